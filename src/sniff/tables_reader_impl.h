/* tables_reader_impl.h — the line reader of tables.c, compiled once per instruction set
 * (included twice: baseline SSE2 and AVX2 + POPCNT, like parse/block_impl.h). Before
 * including, define LR_SUFFIX (name suffix), LR_ATTR (function attribute) and
 * LR_CLASSIFY(p, r, nl, dl, qt, ty) (set the four masks of the 64 bytes at p). */

#define LR_CAT2(a, b) a##_##b
#define LR_CAT(a, b)  LR_CAT2(a, b)

/* Classify the 64 bytes from `at` (fewer at the end: the bits past `to` are cleared and
 * `to` itself reads as a line end). */
LR_ATTR static void LR_CAT(lr_load, LR_SUFFIX)(line_reader *r, size_t at)
{
    const char *p = r->data + at;
    size_t n = r->to - at;
    char tail[64];
    if (n < 64) {
        memcpy(tail, p, n);
        memset(tail + n, 0, 64 - n);
        p = tail;
    }
    r->base = at;
    uint64_t nl, dl, qt, ty;
    LR_CLASSIFY(p, r, nl, dl, qt, ty);
    if (!r->quote) qt = 0;
    if (n < 64) {
        uint64_t live = (UINT64_C(1) << n) - 1;
        nl = (nl & live) | (UINT64_C(1) << n), dl &= live, qt &= live, ty &= live;
    }
    r->nl = nl, r->dl = dl, r->qt = qt, r->ty = ty;
}

/* The line starting at pos (< to): its span without the line end, where the next line
 * starts, and its figures. */
LR_ATTR static size_t LR_CAT(lr_line, LR_SUFFIX)(line_reader *r, size_t pos, ls_line *l,
                                                 line_scan *s)
{
    if (r->base == SIZE_MAX || pos < r->base || pos >= r->base + 64)
        LR_CAT(lr_load, LR_SUFFIX)(r, pos);
    size_t start = pos;
    *s = (line_scan){0, 0, false};
    uint64_t ty = 0;
    for (;;) {
        unsigned off = (unsigned)(pos - r->base);
        uint64_t live = ~UINT64_C(0) << off;
        uint64_t nlb = r->nl & live;
        uint64_t seg = nlb ? live & ((nlb & (0 - nlb)) - 1) : live;
        s->delims += (uint32_t)__builtin_popcountll(r->dl & seg);
        s->quotes += (uint32_t)__builtin_popcountll(r->qt & seg);
        ty |= r->ty & seg;
        if (nlb) {
            size_t e = r->base + (size_t)__builtin_ctzll(nlb);
            size_t le = e < r->to ? e : r->to;
            size_t len = le - start;
            if (r->cr && len && r->data[le - 1] == '\r') len--;
            *l = (ls_line){start, len};
            s->typed = ty != 0;
            return e < r->to ? e + 1 : r->to;
        }
        pos = r->base + 64;
        if (pos >= r->to) { /* the mapping ends exactly at a block end, without a newline */
            *l = (ls_line){start, r->to - start};
            s->typed = ty != 0;
            return r->to;
        }
        LR_CAT(lr_load, LR_SUFFIX)(r, pos);
    }
}

/* Skip the plain lines from pos (a line start), for the scan's fast path: a plain line
 * ends in a newline before r->to, holds exactly `want` delimiters and an even number of
 * quotes, and — when `need_typed` — a digit or an '@'. Such a line is never a candidate
 * header nor blank, and the scan's only work on it is to step over it, so whole 64-byte
 * blocks are classified and their lines checked from the masks with no per-line call.
 * Returns the start of the first line that is not plain (or that does not end in a
 * whole block before r->to): the line-by-line scan reads it. */
LR_ATTR static size_t LR_CAT(lr_skip_plain, LR_SUFFIX)(const line_reader *r, size_t pos,
                                                       uint32_t want, bool need_typed)
{
    size_t line = pos, blk = pos;
    uint32_t dc = 0, qc = 0;
    uint64_t typed = 0;
    while (r->to - blk >= 64) {
        uint64_t nl, dl, qt, ty;
        LR_CLASSIFY(r->data + blk, r, nl, dl, qt, ty);
        if (!r->quote) qt = 0;
        unsigned from = 0; /* the current line's first bit in this block */
        while (nl) {
            unsigned b = (unsigned)__builtin_ctzll(nl);
            uint64_t seg = ((UINT64_C(1) << b) - 1) & (~UINT64_C(0) << from);
            dc += (uint32_t)__builtin_popcountll(dl & seg);
            qc += (uint32_t)__builtin_popcountll(qt & seg);
            typed |= ty & seg;
            if (dc != want || (qc & 1) || (need_typed && !typed)) return line;
            line = blk + b + 1;
            dc = qc = 0;
            typed = 0;
            from = b + 1;
            nl &= nl - 1;
        }
        uint64_t rest = from < 64 ? ~UINT64_C(0) << from : 0;
        dc += (uint32_t)__builtin_popcountll(dl & rest);
        qc += (uint32_t)__builtin_popcountll(qt & rest);
        typed |= ty & rest;
        if (dc > want) return line;
        blk += 64;
    }
    return line;
}

#undef LR_CAT
#undef LR_CAT2
