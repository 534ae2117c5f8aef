/* sql_readers: several parsers on one mapped SQL dump (design in sql_readers.h). */
#include "pipeline/sql_readers.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/macros.h"
#include "input/sigbus.h"

#define CHUNK_BYTES   ((size_t)16 << 20) /* bytes a reader parses at a time */
#define MIN_CHUNK     ((size_t)4 << 10)  /* smallest LS_SQL_READER_CHUNK honoured */
#define POINT_WINDOW  ((size_t)1 << 20)  /* how far to look for a tuple or statement start */
#define RUN_BATCH     ((size_t)1 << 20)  /* a run's batch (as the single reader's) */
#define UNKNOWN_COUNT UINT32_MAX

/* What the last run did (tests and bench: how many guesses held). */
_Atomic uint64_t ls__sql_readers_chunks, ls__sql_readers_redone, ls__sql_readers_inline;

enum { EV_INTERN = 0, EV_TABLE, EV_UNDECL, EV_RUN };

/* Something a reader's parser said, kept until the chunk is replayed in order. */
typedef struct {
    uint8_t kind;
    bool rel;       /* EV_INTERN: a relative name */
    uint32_t table; /* the parser's own id */
    char *text;     /* EV_INTERN: the name; EV_TABLE: the column names back to back */
    size_t len;
    uint32_t ncols;
    uint32_t *lens;
    ls__sql_run run;
} event_t;

struct chunk;

/* One parser and what the replay knows of its tables. */
typedef struct {
    ls_sql_parser *p;
    struct chunk *out; /* the chunk its events go to */
    uint32_t *lexp;    /* per table id: values a record should have, if it knows */
    uint32_t *lmap;    /* per table id: the single reader's id (replay only) */
    uint32_t nlocal, lcap;
    bool exact;               /* started at the beginning: its view of the tables is the truth */
    char db[LS_SQL_NAME_MAX]; /* the database where it started (relative names) */
    size_t db_len;
} reader_t;

enum { CH_WAITING = 0, CH_TAKEN, CH_DONE };

typedef struct chunk {
    size_t start, end; /* [start, end) of the mapping */
    ls_sql_point kind; /* of the point at start (chunk 0: from the beginning) */
    int state;         /* CH_*, under the pool's lock */
    int status;        /* 0 parsed, -1 the parser stopped (memory), 1 SIGBUS */
    reader_t *rd;      /* the parser that read it (speculative until accepted) */
    event_t *ev;
    size_t nev, evcap;
} chunk_t;

typedef struct {
    ls_analysis *a;
    void *drv;
    const char *map;
    size_t size, bom, max_rec;
    ls_sql_dialect dialect; /* the resumed parsers' (from the head of the dump) */
    chunk_t *ch;
    size_t nch;
    pthread_mutex_t lock;
    pthread_cond_t taken_cv, done_cv;
    size_t next;   /* next chunk for a reader thread */
    size_t merged; /* chunks replayed so far */
    size_t ahead;  /* chunks parsed ahead of the replay, at most */
    bool quit;
    /* replay: the single reader's table ids */
    char **gname;
    size_t *glen;
    bool *gann; /* announced to the driver */
    uint32_t ng, gcap;
    uint32_t *ghash;
    uint32_t ghcap;
    char gdb[LS_SQL_NAME_MAX]; /* the database of the last USE so far */
    size_t gdb_len;
} pool_t;

/* ---- the readers' side: events ------------------------------------------------------------- */

static event_t *ev_add(chunk_t *c, uint8_t kind, uint32_t table)
{
    if (c->nev == c->evcap) {
        size_t nc = c->evcap ? 2 * c->evcap : 16;
        event_t *n = realloc(c->ev, nc * sizeof *n);
        if (!n) return NULL;
        c->ev = n;
        c->evcap = nc;
    }
    event_t *e = &c->ev[c->nev++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->table = table;
    return e;
}

static void batch_drop(vbatch_t *b)
{
    while (b) {
        vbatch_t *n = b->next;
        memset(b->data, 0, b->len); /* personal data: wiped, not just freed */
        free(b->data);
        free(b);
        b = n;
    }
}

/* Forget a chunk's events (replayed, or the work of a guess that did not hold). */
static void ev_clear(chunk_t *c)
{
    for (size_t i = 0; i < c->nev; i++) {
        free(c->ev[i].text);
        free(c->ev[i].lens);
        batch_drop(c->ev[i].run.head);
    }
    c->nev = 0;
}

/* Room for table id `id` in the reader's per-table arrays. */
static int rd_grow(reader_t *r, uint32_t id)
{
    if (id < r->lcap) return 0;
    uint32_t nc = r->lcap ? r->lcap : 16;
    while (nc <= id)
        nc *= 2;
    uint32_t *e = realloc(r->lexp, nc * sizeof *e);
    if (!e) return -1;
    r->lexp = e;
    uint32_t *m = realloc(r->lmap, nc * sizeof *m);
    if (!m) return -1;
    r->lmap = m;
    for (uint32_t i = r->lcap; i < nc; i++)
        r->lexp[i] = r->lmap[i] = UNKNOWN_COUNT;
    r->lcap = nc;
    return 0;
}

static int rd_intern(void *ctx, uint32_t table, const char *name, size_t len, bool rel)
{
    reader_t *r = ctx;
    if (rd_grow(r, table) != 0) return -1;
    if (table >= r->nlocal) r->nlocal = table + 1;
    event_t *e = ev_add(r->out, EV_INTERN, table);
    if (!e || !(e->text = malloc(len ? len : 1))) return -1;
    memcpy(e->text, name, len);
    e->len = len;
    e->rel = rel;
    return 0;
}

static int rd_table(void *ctx, uint32_t table, const char *name, size_t name_len,
                    const char *const *names, const uint32_t *lens, uint32_t ncols)
{
    (void)name;
    (void)name_len;
    reader_t *r = ctx;
    if (rd_grow(r, table) != 0) return -1;
    event_t *e = ev_add(r->out, EV_TABLE, table);
    if (!e) return -1;
    size_t total = 0;
    for (uint32_t i = 0; i < ncols; i++)
        total += lens[i];
    e->text = malloc(total ? total : 1);
    e->lens = malloc((ncols ? ncols : 1) * sizeof *e->lens);
    if (!e->text || !e->lens) return -1;
    size_t off = 0;
    for (uint32_t i = 0; i < ncols; i++) {
        memcpy(e->text + off, names[i], lens[i]);
        off += lens[i];
        e->lens[i] = lens[i];
    }
    e->len = total;
    e->ncols = ncols;
    r->lexp[table] = ncols; /* the driver expects the latest list's count */
    return 0;
}

static int rd_undeclared(void *ctx, uint32_t table)
{
    reader_t *r = ctx;
    if (rd_grow(r, table) != 0) return -1;
    /* from the start of the dump, never declared means no columns; resumed, who knows */
    if (r->exact) r->lexp[table] = 0;
    return ev_add(r->out, EV_UNDECL, table) ? 0 : -1;
}

static vbatch_t *run_batch(size_t need)
{
    vbatch_t *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->cap = need > RUN_BATCH ? need : RUN_BATCH;
    if (!(b->data = malloc(b->cap))) {
        free(b);
        return NULL;
    }
    return b;
}

static inline void put32(char *p, uint32_t v)
{
    memcpy(p, &v, 4);
}

/* A record: appended to the chunk's run of its table (a new run after any other event),
 * serialised as structured.c would with no column map. */
static int rd_record(void *ctx, uint32_t table, const ls_value *vals, uint32_t n,
                     ls_vrec_problem pr, uint64_t offset)
{
    reader_t *r = ctx;
    chunk_t *c = r->out;
    if (rd_grow(r, table) != 0) return -1;
    event_t *e = c->nev ? &c->ev[c->nev - 1] : NULL;
    if (!e || e->kind != EV_RUN || e->table != table) {
        if (!(e = ev_add(c, EV_RUN, table))) return -1;
        uint32_t x = r->lexp[table];
        e->run.exp_used = x == UNKNOWN_COUNT ? 0 : x;
        e->run.first_off = e->run.last_off = offset;
        e->run.uniform_n = UNKNOWN_COUNT;
    }
    ls__sql_run *run = &e->run;
    uint32_t vbytes = 0;
    for (uint32_t i = 0; i < n; i++)
        vbytes += vals[i].kind == LS_VAL_NULL ? 0 : vals[i].len;
    size_t need = LS_VREC_HEADER + 12 * (size_t)n + vbytes;
    vbatch_t *b = run->tail;
    if (!b || b->len + need > b->cap) {
        vbatch_t *nb = run_batch(need);
        if (!nb) return -1;
        if (b)
            b->next = nb;
        else
            run->head = nb;
        run->tail = b = nb;
    }
    uint8_t flags = 0;
    bool hashed = pr == LS_VREC_OK || pr == LS_VREC_NUL;
    if (hashed && run->exp_used && n != run->exp_used)
        flags = n > run->exp_used ? LS_VREC_TOO_MANY : LS_VREC_TOO_FEW;
    char *p = b->data + b->len;
    put32(p, n);
    p[4] = (char)(pr | flags);
    put32(p + 5, vbytes);
    p += LS_VREC_HEADER;
    for (uint32_t i = 0; i < n; i++) {
        bool null = vals[i].kind == LS_VAL_NULL;
        put32(p, i);
        put32(p + 4, i);
        put32(p + 8, null ? LS_VNULL : vals[i].len);
        p += 12;
        if (!null && vals[i].len) {
            memcpy(p, vals[i].p, vals[i].len);
            p += vals[i].len;
        }
    }
    b->len = (size_t)(p - b->data);
    if (run->nrec && offset > run->last_off) run->inner_bytes += offset - run->last_off;
    run->last_off = offset;
    run->nrec++;
    if (n > run->maxn) run->maxn = n;
    if (hashed) {
        if (!run->nhashed)
            run->uniform_n = n;
        else if (run->uniform_n != n)
            run->uniform_n = UNKNOWN_COUNT;
        run->nhashed++;
    }
    return 0;
}

static reader_t *reader_new(void)
{
    return calloc(1, sizeof(reader_t));
}

static void reader_free(reader_t *r)
{
    if (!r) return;
    ls_sql_parser_free(r->p);
    free(r->lexp);
    free(r->lmap);
    free(r);
}

/* Feed a parser the bytes [from, to) of the mapping under the SIGBUS guard. 0, -1 (the
 * parser stopped) or 1 (the file shrank). */
static int feed_guarded(ls_sql_parser *p, const char *map, size_t from, size_t to)
{
    ls_sigbus_guard guard;
    if (sigsetjmp(guard.env, 1)) return 1;
    ls_sigbus_arm(&guard);
    int rc = to > from && ls_sql_parser_feed(p, map + from, to - from) != 0 ? -1 : 0;
    ls_sigbus_disarm();
    return rc;
}

static const ls_sql_callbacks *reader_cb(reader_t *r, ls_sql_callbacks *cb)
{
    memset(cb, 0, sizeof *cb);
    cb->ctx = r;
    cb->on_table = rd_table;
    cb->on_record = rd_record;
    cb->on_intern = rd_intern;
    cb->on_undeclared = rd_undeclared;
    return cb;
}

/* Parse chunk k with a parser of its own (resumed at its point, or from the start). */
static void parse_chunk(pool_t *P, size_t k)
{
    chunk_t *c = &P->ch[k];
    reader_t *r = reader_new();
    c->status = -1;
    c->rd = r;
    if (!r) return;
    r->out = c;
    ls_sql_callbacks cb;
    if (k == 0) {
        r->exact = true;
        r->p = ls_sql_parser_create(LS_SQL_AUTO, P->max_rec, reader_cb(r, &cb));
    } else {
        r->p = ls_sql_parser_resume(P->dialect, P->max_rec, reader_cb(r, &cb), c->kind,
                                    (uint64_t)(c->start - P->bom));
    }
    if (!r->p) return;
    if (rd_grow(r, 0) != 0) return;
    c->status = feed_guarded(r->p, P->map, c->start, c->end);
}

static void *reader_main(void *arg)
{
    pool_t *P = arg;
    for (;;) {
        pthread_mutex_lock(&P->lock);
        while (!P->quit && P->next < P->nch &&
               (P->ch[P->next].state != CH_WAITING || P->next >= P->merged + P->ahead)) {
            if (P->ch[P->next].state != CH_WAITING) {
                P->next++; /* taken by the replay itself */
                continue;
            }
            pthread_cond_wait(&P->taken_cv, &P->lock);
        }
        if (P->quit || P->next >= P->nch) {
            pthread_mutex_unlock(&P->lock);
            return NULL;
        }
        size_t k = P->next++;
        P->ch[k].state = CH_TAKEN;
        pthread_mutex_unlock(&P->lock);
        parse_chunk(P, k);
        pthread_mutex_lock(&P->lock);
        P->ch[k].state = CH_DONE;
        pthread_cond_broadcast(&P->done_cv);
        pthread_mutex_unlock(&P->lock);
    }
}

/* ---- replay, in order, in the caller's thread ------------------------------------------------ */

static uint64_t name_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h ^ (h >> 29);
}

/* The single reader's id of a (qualified) table name: interned on first sight, as it does. */
static int global_id(pool_t *P, const char *name, size_t len, uint32_t *out)
{
    if (2 * ((size_t)P->ng + 1) > P->ghcap) {
        uint32_t cap = P->ghcap ? 2 * P->ghcap : 64;
        uint32_t *h = calloc(cap, sizeof *h);
        if (!h) return -1;
        for (uint32_t id = 0; id < P->ng; id++) {
            uint32_t i = (uint32_t)name_hash(P->gname[id], P->glen[id]) & (cap - 1);
            while (h[i])
                i = (i + 1) & (cap - 1);
            h[i] = id + 1;
        }
        free(P->ghash);
        P->ghash = h;
        P->ghcap = cap;
    }
    uint32_t mask = P->ghcap - 1, i = (uint32_t)name_hash(name, len) & mask;
    for (; P->ghash[i]; i = (i + 1) & mask) {
        uint32_t id = P->ghash[i] - 1;
        if (P->glen[id] == len && memcmp(P->gname[id], name, len) == 0) {
            *out = id;
            return 0;
        }
    }
    if (P->ng == P->gcap) {
        uint32_t cap = P->gcap ? 2 * P->gcap : 16;
        char **gn = realloc(P->gname, cap * sizeof *gn);
        if (!gn) return -1;
        P->gname = gn;
        size_t *gl = realloc(P->glen, cap * sizeof *gl);
        if (!gl) return -1;
        P->glen = gl;
        bool *ga = realloc(P->gann, cap * sizeof *ga);
        if (!ga) return -1;
        P->gann = ga;
        P->gcap = cap;
    }
    char *nm = malloc(len + 1);
    if (!nm) return -1;
    memcpy(nm, name, len);
    nm[len] = 0;
    P->gname[P->ng] = nm;
    P->glen[P->ng] = len;
    P->gann[P->ng] = false;
    P->ghash[i] = P->ng + 1;
    *out = P->ng++;
    return 0;
}

/* Hand a chunk's events to the driver, with the ids of reader r (the one that read it). */
static int replay(pool_t *P, reader_t *r, chunk_t *c)
{
    static const char *const no_names[1] = {NULL};
    static const uint32_t no_lens[1] = {0};
    for (size_t i = 0; i < c->nev; i++) {
        event_t *e = &c->ev[i];
        if (e->kind == EV_INTERN) {
            char q[LS_SQL_NAME_MAX];
            const char *nm = e->text;
            size_t n = e->len;
            if (e->rel && r->db_len) {
                n = ls_sql_qualify(r->db, r->db_len, e->text, e->len, q);
                nm = q;
            }
            if (global_id(P, nm, n, &r->lmap[e->table]) != 0) return -1;
            continue;
        }
        uint32_t g = e->table < r->lcap ? r->lmap[e->table] : UNKNOWN_COUNT;
        if (g == UNKNOWN_COUNT) return -1; /* cannot happen: every id is interned first */
        if (e->kind == EV_TABLE) {
            const char **ptrs = malloc((e->ncols ? e->ncols : 1) * sizeof *ptrs);
            if (!ptrs) return -1;
            size_t off = 0;
            for (uint32_t j = 0; j < e->ncols; j++) {
                ptrs[j] = e->text + off;
                off += e->lens[j];
            }
            int rc =
                ls__sdrv_sql_table(P->drv, g, P->gname[g], P->glen[g], e->ncols ? ptrs : no_names,
                                   e->ncols ? e->lens : no_lens, e->ncols);
            free(ptrs);
            if (rc != 0) return -1;
            P->gann[g] = true;
        } else if (e->kind == EV_UNDECL) {
            if (!P->gann[g] &&
                ls__sdrv_sql_table(P->drv, g, P->gname[g], P->glen[g], no_names, no_lens, 0) != 0)
                return -1;
            P->gann[g] = true;
        } else {
            ls__sql_run run = e->run;
            e->run.head = e->run.tail = NULL; /* the driver takes the batches */
            if (ls__sdrv_sql_run(P->drv, g, &run) != 0) return -1;
        }
    }
    ev_clear(c);
    /* the database the next parser starts in */
    const char *db;
    size_t dl;
    if (ls_sql_parser_db(r->p, &db, &dl)) {
        memcpy(P->gdb, db, dl);
        P->gdb_len = dl;
    }
    return 0;
}

/* Chunk boundaries: a point near every CHUNK bytes. */
static int plan(pool_t *P, size_t chunk)
{
    size_t cap = (P->size - P->bom) / chunk + 2;
    P->ch = calloc(cap, sizeof *P->ch);
    if (!P->ch) return -1;
    ls_sigbus_guard guard;
    volatile size_t n = 0;
    if (sigsetjmp(guard.env, 1) == 0) {
        ls_sigbus_arm(&guard);
        size_t at = P->bom;
        ls_sql_point kind = LS_SQL_AT_STATEMENT;
        while (n + 1 < cap) {
            size_t nominal = at + chunk;
            size_t pt = nominal < P->size
                            ? ls_sql_find_point(P->map, P->size, nominal, POINT_WINDOW, &kind)
                            : P->size;
            P->ch[n].start = at;
            P->ch[n].end = pt;
            P->ch[n].kind = n == 0 ? 0 : P->ch[n].kind;
            if (pt < P->size) P->ch[n + 1].kind = kind;
            n++;
            if (pt >= P->size) break;
            at = pt;
        }
        ls_sigbus_disarm();
    }
    /* (a SIGBUS while looking: the file shrank; the last chunk runs to the end, and its
     * reader meets the fault where the single reader would) */
    if (n == 0) {
        P->ch[0].start = P->bom;
        n = 1;
    }
    P->ch[n - 1].end = P->size;
    P->nch = n;
    return 0;
}

/* The dialect for the resumed parsers: the one decided in the head of the dump (MySQL if
 * none is; checked at every point anyway). -1 on out of memory. */
static int dialect_of_head(pool_t *P)
{
    ls_sql_parser *p = ls_sql_parser_create(LS_SQL_AUTO, P->max_rec, NULL);
    if (!p) return -1;
    size_t head = LS_MIN(P->size - P->bom, (size_t)1 << 20);
    int rc = feed_guarded(p, P->map, P->bom, P->bom + head);
    ls_sql_stats st;
    ls_sql_parser_stats(p, &st);
    P->dialect = st.dialect == LS_SQL_POSTGRES ? LS_SQL_POSTGRES : LS_SQL_MYSQL;
    ls_sql_parser_free(p);
    return rc < 0 ? rc : 0; /* a SIGBUS: the readers will meet it where it matters */
}

static size_t chunk_size(void)
{
    const char *e = getenv("LS_SQL_READER_CHUNK");
    if (e && *e) {
        char *end;
        unsigned long long v = strtoull(e, &end, 10);
        if (*end == 0 && v >= MIN_CHUNK) return (size_t)v;
    }
    return CHUNK_BYTES;
}

bool ls__sql_readers_wanted(const ls_analysis *a, size_t size)
{
    return a->threads >= 2 && size >= 2 * chunk_size();
}

/* Drop from the process the pages of the mapping every reader is past (as feed_mapping). */
static void release_pages(pool_t *P, size_t upto, size_t *released)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    upto = upto / page * page;
    if (upto >= *released + ((size_t)64 << 20)) {
        madvise((char *)P->map + *released, upto - *released, MADV_DONTNEED);
        *released = upto;
    }
}

int ls__sql_readers_feed(ls_analysis *a, void *drv, const char *map, size_t size, size_t start,
                         size_t *done, ls_sql_parser **last)
{
    pool_t P;
    memset(&P, 0, sizeof P);
    P.a = a;
    P.drv = drv;
    P.map = map;
    P.size = size;
    P.bom = start;
    P.max_rec = a->opt.max_record_bytes ? a->opt.max_record_bytes : LS_DEFAULT_MAX_RECORD_BYTES;
    *done = start;
    *last = NULL;
    int rc = plan(&P, chunk_size());
    if (rc != 0) {
        free(P.ch);
        return rc;
    }
    if ((rc = dialect_of_head(&P)) != 0) {
        free(P.ch);
        return rc;
    }
    unsigned nthreads = a->threads > 64 ? 64 : a->threads;
    P.ahead = 2 * (size_t)nthreads + 1;
    atomic_fetch_add(&ls__sql_readers_chunks, P.nch);
    pthread_mutex_init(&P.lock, NULL);
    pthread_cond_init(&P.taken_cv, NULL);
    pthread_cond_init(&P.done_cv, NULL);
    pthread_t tid[64];
    unsigned started = 0;
    for (; started < nthreads; started++)
        if (pthread_create(&tid[started], NULL, reader_main, &P) != 0) break;

    reader_t *cur = NULL; /* the parser whose state is the truth, fed up to chunk k's start */
    size_t released = 0;
    rc = 0;
    for (size_t k = 0; k < P.nch && rc == 0; k++) {
        chunk_t *c = &P.ch[k];
        pthread_mutex_lock(&P.lock);
        bool mine = c->state == CH_WAITING;
        if (mine) c->state = CH_TAKEN; /* no reader got to it: read it here */
        while (!mine && c->state != CH_DONE)
            pthread_cond_wait(&P.done_cv, &P.lock);
        pthread_mutex_unlock(&P.lock);
        bool accept = false;
        if (!mine && c->status == 0) {
            if (k == 0) {
                accept = true;
            } else if (ls_sql_parser_at_point(cur->p, c->kind, (uint64_t)(c->start - start),
                                              P.dialect)) {
                accept = true;
                uint32_t t = ls_sql_parser_table(cur->p);
                if (c->kind != LS_SQL_AT_STATEMENT && t < cur->lcap)
                    c->rd->lmap[0] = cur->lmap[t]; /* the statement it started inside */
            }
        }
        if (!accept && !mine && k > 0) atomic_fetch_add(&ls__sql_readers_redone, 1);
        if (mine) atomic_fetch_add(&ls__sql_readers_inline, 1);
        if (accept) {
            reader_t *r = c->rd;
            c->rd = NULL;
            memcpy(r->db, P.gdb, P.gdb_len);
            r->db_len = P.gdb_len;
            reader_free(cur);
            cur = r;
        } else if (!mine && c->status == 1 && k == 0) {
            /* the file shrank under the first reader: what it read before is kept */
            rc = replay(&P, c->rd, c) != 0 ? -1 : 1;
            break;
        } else {
            /* the guess did not hold (or no reader took the chunk): the true parser reads
             * it; a SIGBUS there means the file shrank */
            ev_clear(c);
            reader_free(c->rd);
            c->rd = NULL;
            if (k == 0) {
                parse_chunk(&P, 0);
                if (c->status != 0) {
                    rc = c->status == 1 && c->rd && replay(&P, c->rd, c) != 0 ? -1 : c->status;
                    break;
                }
                cur = c->rd;
                c->rd = NULL;
            } else {
                cur->out = c;
                int f = feed_guarded(cur->p, map, c->start, c->end);
                if (f != 0) {
                    /* the records read before the fault are kept, as the single reader
                     * keeps those of the chunk that faulted */
                    if (f == 1 && replay(&P, cur, c) != 0) f = -1;
                    rc = f;
                    break;
                }
            }
        }
        cur->out = c;
        if (replay(&P, cur, c) != 0) {
            rc = -1;
            break;
        }
        *done = c->end;
        atomic_store(&a->prog_bytes, (uint64_t)c->end);
        pthread_mutex_lock(&P.lock);
        P.merged = k + 1;
        pthread_cond_broadcast(&P.taken_cv);
        pthread_mutex_unlock(&P.lock);
        release_pages(&P, c->start > CHUNK_BYTES ? c->start - CHUNK_BYTES : 0, &released);
    }
    if (rc == 0 && cur) {
        /* the end of the input: what the last parser left open */
        chunk_t *c = &P.ch[P.nch - 1];
        cur->out = c;
        if (ls_sql_parser_finish(cur->p) != 0 || replay(&P, cur, c) != 0) rc = -1;
    }
    pthread_mutex_lock(&P.lock);
    P.quit = true;
    pthread_cond_broadcast(&P.taken_cv);
    pthread_mutex_unlock(&P.lock);
    for (unsigned i = 0; i < started; i++)
        pthread_join(tid[i], NULL);
    for (size_t k = 0; k < P.nch; k++) {
        ev_clear(&P.ch[k]);
        free(P.ch[k].ev);
        reader_free(P.ch[k].rd);
    }
    if (cur) {
        *last = cur->p;
        cur->p = NULL;
        reader_free(cur);
    }
    pthread_mutex_destroy(&P.lock);
    pthread_cond_destroy(&P.taken_cv);
    pthread_cond_destroy(&P.done_cv);
    for (uint32_t i = 0; i < P.ng; i++)
        free(P.gname[i]);
    free(P.gname);
    free(P.glen);
    free(P.gann);
    free(P.ghash);
    free(P.ch);
    return rc;
}
