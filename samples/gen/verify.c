/* leakscope-gen — --verify: re-read the written file with an independent parser and recount
 * records, malformed rows, non-record lines and unique records (exact and normalised) with
 * hash sets, so the constructed truth is checked against what a reader actually sees. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "gen.h"

h128_t vh_record(const rec_t *r, bool normalized)
{
    vh_t h;
    vh_init(&h);
    char tmp[GEN_REC_CAP];
    for (int i = 0; i < r->nf; i++) {
        if (normalized) {
            size_t n = norm_field(rec_field(r, i), r->len[i], tmp);
            vh_field(&h, tmp, n);
        } else {
            vh_field(&h, rec_field(r, i), r->len[i]);
        }
    }
    return vh_final(&h);
}

/* Parsed record: values unescaped into a growable buffer. */
typedef struct {
    char *buf;
    size_t len, cap;
    size_t off[64], flen[64];
    int nf;
    bool overflow;
} prec_t;

static void pr_putc(prec_t *p, char c)
{
    if (p->len == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 4096;
        p->buf = realloc(p->buf, p->cap);
        if (!p->buf) {
            fprintf(stderr, "leakscope-gen: out of memory\n");
            exit(1);
        }
    }
    p->buf[p->len++] = c;
}

static void pr_field(prec_t *p, size_t start)
{
    if (p->nf >= 64) {
        p->overflow = true;
        return;
    }
    p->off[p->nf] = start;
    p->flen[p->nf] = p->len - start;
    p->nf++;
}

static h128_t pr_hash(const prec_t *p, bool normalized, char **scratch, size_t *scap)
{
    vh_t h;
    vh_init(&h);
    for (int i = 0; i < p->nf; i++) {
        const char *s = p->buf + p->off[i];
        size_t n = p->flen[i];
        if (normalized) {
            if (*scap < n + 1) {
                *scap = n + 1024;
                *scratch = realloc(*scratch, *scap);
                if (!*scratch) {
                    fprintf(stderr, "leakscope-gen: out of memory\n");
                    exit(1);
                }
            }
            n = norm_field(s, n, *scratch);
            s = *scratch;
        }
        vh_field(&h, s, n);
    }
    return vh_final(&h);
}

/* Parse one record starting at *pp (not at a blank line). CSV follows RFC 4180 with the
 * usual leniency: a quote inside an unquoted field is literal. Returns the line-ending kind:
 * 0 EOF, 1 LF, 2 CRLF; -1 on a syntax error. */
static int parse_record(const gen_t *g, const char **pp, const char *end, prec_t *p,
                        bool *multiline)
{
    const char *s = *pp;
    char d = g->delim;
    p->len = 0;
    p->nf = 0;
    p->overflow = false;
    *multiline = false;
    if (g->format == FMT_COMBO || g->format == FMT_LINES) {
        const char *e = memchr(s, '\n', (size_t)(end - s));
        const char *le = e ? e : end;
        int kind = e ? 1 : 0;
        if (le > s && le[-1] == '\r' && e) {
            le--;
            kind = 2;
        }
        size_t start = 0;
        const char *sep = g->format == FMT_COMBO ? memchr(s, d, (size_t)(le - s)) : NULL;
        if (sep) {
            for (const char *q = s; q < sep; q++)
                pr_putc(p, *q);
            pr_field(p, start);
            start = p->len;
            s = sep + 1;
        }
        for (const char *q = s; q < le; q++)
            pr_putc(p, *q);
        pr_field(p, start);
        *pp = e ? e + 1 : end;
        return kind;
    }
    bool quoting = g->format == FMT_CSV;
    for (;;) {
        size_t start = p->len;
        if (quoting && s < end && *s == '"') {
            s++;
            for (;;) {
                if (s >= end) return -1; /* unterminated quote */
                if (*s == '"') {
                    if (s + 1 < end && s[1] == '"') {
                        pr_putc(p, '"');
                        s += 2;
                        continue;
                    }
                    s++;
                    break;
                }
                if (*s == '\n') *multiline = true;
                pr_putc(p, *s++);
            }
            pr_field(p, start);
            if (s >= end) {
                *pp = s;
                return 0;
            }
            if (*s == d) {
                s++;
                continue;
            }
            if (*s == '\n') {
                *pp = s + 1;
                return 1;
            }
            if (*s == '\r' && s + 1 < end && s[1] == '\n') {
                *pp = s + 2;
                return 2;
            }
            return -1; /* text after a closing quote */
        }
        while (s < end && *s != d && *s != '\n')
            pr_putc(p, *s++);
        if (s >= end) {
            pr_field(p, start);
            *pp = s;
            return 0;
        }
        if (*s == d) {
            pr_field(p, start);
            s++;
            continue;
        }
        /* end of line: a CR right before LF belongs to the line ending */
        int kind = 1;
        if (p->len > start && p->buf[p->len - 1] == '\r') {
            p->len--;
            kind = 2;
        }
        pr_field(p, start);
        *pp = s + 1;
        return kind;
    }
}

int verify_file(const char *path, const gen_t *g, bool header, vstats_t *st, char *err,
                size_t errlen)
{
    memset(st, 0, sizeof(*st));
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "cannot reopen %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat sb;
    if (fstat(fd, &sb) != 0) {
        snprintf(err, errlen, "cannot stat %s: %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    size_t size = (size_t)sb.st_size;
    const char *map = NULL;
    if (size) {
        map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED) {
            snprintf(err, errlen, "cannot map %s: %s", path, strerror(errno));
            close(fd);
            return -1;
        }
    }
    close(fd);

    hset_t exact, norm;
    hset_init(&exact);
    hset_init(&norm);
    prec_t pr = {0};
    char *scratch = NULL;
    size_t scap = 0;
    const char *s = map, *end = map + size;
    bool saw_header = !header;
    bool tabular = g->format == FMT_CSV || g->format == FMT_TSV;
    uint64_t pending_nondata = 0; /* non-record lines after the last record seen so far */
    int rc = 0;
    st->header_ok = !header;
    while (s < end) {
        if (*s == '\n' || (*s == '\r' && s + 1 < end && s[1] == '\n')) {
            st->blank_lines++;
            if (*s == '\r') {
                st->crlf_lines++;
                s++;
            }
            s++;
            continue;
        }
        if (tabular && *s != '"') {
            /* a physical line without any delimiter is not a record (preamble, title, footer) */
            const char *e = memchr(s, '\n', (size_t)(end - s));
            const char *le = e ? e : end;
            if (!memchr(s, g->delim, (size_t)(le - s))) {
                if (!saw_header || (!header && st->records == 0 && !pending_nondata))
                    st->preamble_lines++;
                else
                    pending_nondata++;
                if (e && e > s && e[-1] == '\r') st->crlf_lines++;
                s = e ? e + 1 : end;
                continue;
            }
        }
        bool ml;
        int kind = parse_record(g, &s, end, &pr, &ml);
        if (kind < 0 || pr.overflow) {
            snprintf(err, errlen, "parse error at byte %zu", (size_t)(s - map));
            rc = -1;
            break;
        }
        if (kind == 2) st->crlf_lines++;
        if (!saw_header) {
            saw_header = true;
            bool ok = pr.nf == g->ncols;
            for (int i = 0; ok && i < pr.nf; i++)
                ok = pr.flen[i] == strlen(g->cols[i].name) &&
                     memcmp(pr.buf + pr.off[i], g->cols[i].name, pr.flen[i]) == 0;
            st->header_ok = ok;
            continue;
        }
        if (pending_nondata) { /* non-record lines between records */
            st->interior_nondata += pending_nondata;
            pending_nondata = 0;
        }
        st->records++;
        if (pr.nf != g->ncols) st->malformed++;
        if (ml) st->multiline_records++;
        h128_t h = pr_hash(&pr, false, &scratch, &scap);
        st->hash_sum += h.lo;
        hset_insert(&exact, h);
        hset_insert(&norm, pr_hash(&pr, true, &scratch, &scap));
    }
    st->footer_lines = pending_nondata;
    st->unique_records = exact.count;
    st->unique_records_normalized = norm.count;
    hset_free(&exact);
    hset_free(&norm);
    free(pr.buf);
    free(scratch);
    if (map) munmap((void *)map, size);
    return rc;
}
