/* block_impl.h: the body of the block tokenizer, included by block.c once per instruction
 * set (BLK_SUFFIX names the copy, BLK_ATTR is its target attribute, BLK_CLASSIFY and
 * BLK_CLASSIFY_QN its classifiers). One body, so the SSE2 and AVX2 paths cannot drift
 * apart; see block.h for the rules it implements. Not a public header. */

#define BLK_CAT2(a, b) a##_##b
#define BLK_CAT(a, b)  BLK_CAT2(a, b)
#define BLK_FN(name)   BLK_CAT(name, BLK_SUFFIX)

/* Parse one record from bitmasks; see ls__block_parse_record. */
BLK_ATTR static bool BLK_FN(parse_record)(const ls_dialect *d, const char *data, size_t pos,
                                          size_t end, ls_record *rec)
{
    const unsigned char *u = (const unsigned char *)data;
    const uint8_t quote = d->quote, nl = d->newline_char;
    ls_field *const fields = rec->field_store;
    uint32_t nf = 0;
    uint64_t inside_carry = 0; /* all ones when the previous block ended inside quotes */
    uint64_t prev_s = 1;       /* the byte before the block was structural (record start) */
    uint64_t prev_q = 0;       /* the byte before the block was a quote */
    size_t fs = pos;           /* start of the current field */
    bool f_esc = false;        /* the current field met a "" pair in an earlier block */
    for (size_t base = pos; end - base >= 64; base += 64) {
        blk_masks m;
        BLK_CLASSIFY(u + base, quote, d->delimiter, nl, &m);
        if (m.nul) return false; /* NUL bytes: the scalar path flags them */
        uint64_t inside = prefix_xor(m.q) ^ inside_carry;
        uint64_t s = (m.d | m.n) & ~inside; /* field and record ends */
        uint64_t sn = m.n & ~inside;
        uint64_t lim = sn ? (sn ^ (sn - 1)) : ~0ull; /* up to the record's newline */
        if (m.n & inside & lim) return false;        /* a newline inside quotes: R3 */
        uint64_t fstart = (s << 1) | prev_s;
        uint64_t on = m.q & inside & ~fstart;                /* opens, not at a field start */
        if (on & ~((m.q << 1) | prev_q) & lim) return false; /* ...nor after a quote: stray */
        uint64_t esc = on & lim;                             /* second quotes of "" pairs */
        inside_carry = (uint64_t)((int64_t)inside >> 63);
        prev_s = s >> 63;
        prev_q = m.q >> 63;
        for (uint64_t ends = s & lim; ends; ends &= ends - 1) {
            unsigned bit = (unsigned)__builtin_ctzll(ends);
            size_t e = base + bit;
            uint64_t below = (1ull << bit) - 1;
            bool escaped = f_esc || (esc & below);
            esc &= ~below;
            f_esc = false;
            bool is_nl = (m.n >> bit) & 1;
            size_t le = e; /* the field's last byte + 1, CR of CR+LF excluded (R4) */
            if (is_nl && nl == '\n' && e > fs && u[e - 1] == '\r') le = e - 1;
            if (LS_UNLIKELY(nf == LS_MAX_FIELDS)) return false;
            ls_field *f = &fields[nf++];
            if (quote && u[fs] == quote) {
                if (le < fs + 2 || u[le - 1] != quote) return false; /* not closed here: R2 */
                f->p = data + fs + 1;
                f->len = (uint32_t)(le - fs - 2);
                f->quoted = 1;
                f->escaped = escaped;
            } else {
                f->p = data + fs;
                f->len = (uint32_t)(le - fs);
                f->quoted = 0;
                f->escaped = 0;
            }
            if (is_nl) {
                rec->nfields = nf;
                rec->end = (nl == '\n' && e > pos && u[e - 1] == '\r') ? e - 1 : e;
                rec->next = e + 1;
                return true;
            }
            fs = e + 1;
        }
        f_esc |= esc != 0; /* pairs after the block's last end belong to the open field */
    }
    return false; /* the record runs into the data's last partial block */
}

/* Skip quote-free single-line records; see ls__block_skip_records. */
BLK_ATTR static size_t BLK_FN(skip_records)(const ls_dialect *d, const char *data, size_t i,
                                            size_t end, size_t want, bool *reached)
{
    const unsigned char *u = (const unsigned char *)data;
    const size_t max = d->max_record_bytes;
    size_t rs = i; /* start of the record in progress: every byte before it is skipped */
    for (size_t base = i; end - base >= 64; base += 64) {
        uint64_t q, n;
        BLK_CLASSIFY_QN(u + base, d->quote, d->newline_char, &q, &n);
        uint64_t before_q = q ? (q ^ (q - 1)) >> 1 : ~0ull; /* bytes before the first quote */
        uint64_t nn = n & before_q;
        if (nn) {
            /* only the block's first record may have started in an earlier block: the
             * others are at most 64 bytes long */
            if (base + (size_t)__builtin_ctzll(nn) + 1 - rs > max) return rs;
            if (want < base + 64) {
                unsigned sh = want > base ? (unsigned)(want - base) : 0;
                uint64_t hit = nn & (~0ull << sh);
                if (hit) {
                    *reached = true;
                    return base + (size_t)__builtin_ctzll(hit) + 1;
                }
            }
            rs = base + 64 - (size_t)__builtin_clzll(nn); /* past the block's last record */
        }
        if (q) break; /* the record at rs holds a quote: the scalar walk reads it */
    }
    return rs;
}

#undef BLK_FN
#undef BLK_CAT
#undef BLK_CAT2
