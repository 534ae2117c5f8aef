/* json: streaming reader for JSON exports (JSON lines, top-level arrays, wrappers). See
 * json.h.
 *
 * How it works
 *   Records are parsed whole by a fast non-resumable parser (parse_value) over a buffer that
 *   holds the record: the caller's chunk when the record lies in it (zero copy), else the
 *   parser's carry buffer, which gathers the pending record across chunks. The record
 *   boundary is found without the parser in JSON lines (memchr for '\n'); in array mode the
 *   parser itself finds the element's end, and a pending element is retried only when the
 *   carry has doubled (or reached the record limit), so the work stays linear whatever the
 *   chunk sizes. Everything between records (blanks, separators, resynchronisation, the
 *   skipping of oversized records) is a small resumable state machine over the bytes.
 *
 *   Results depend only on the bytes: a record is parsed from its first byte to a limit
 *   fixed by the input (the line end, or max_record_bytes + 1 bytes), never by where a chunk
 *   ended, so every chunking gives the same records, values, paths and problems.
 *
 *   Auto mode decides at the first non-blank byte, except for '[' where the first line is
 *   looked at (an array export, or JSON lines whose records are arrays) and '{' where the
 *   head is (JSON lines, or a wrapper). The head is held in the carry until decided and
 *   looked at again from its start each time the carry doubled (wr_probe: not resumable,
 *   still linear), then read by the mode decided.
 *
 *   Wrapped mode walks the wrapper's own punctuation (keys, ':', ',', the two levels of
 *   objects) with a small resumable state machine (S_WR_OBJ) that holds no bytes; each
 *   metadata value is parsed whole like a record (S_VALUE, VK_META) to count its scalars,
 *   the other arrays of objects are skipped by depth, and the records array is handed to
 *   the array mode states, which return to the wrapper at its ']'. The probe walks the head
 *   by the same grammar, so the records array it picks (by the offset of its '[') is the
 *   one the reader meets.
 *
 *   Paths are interned in a trie: a node per distinct path, children by (parent, key) in a
 *   hash table, plus a guess of the next sibling so that a document shaped like the
 *   previous one finds its nodes with one memcmp per key. Public path ids are handed out
 *   when a node first carries a delivered value. */
#include "parse/json.h"
#include "sniff/encoding.h"

#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define JSON_MAX_DEPTH      LS_JSON_MAX_DEPTH
#define MAP_MIN_KEYS        16 /* an object of this many object-valued keys is a map */
#define MAP_SHAPE_KEYS      4  /* ... or of this many whose objects open with the same key */
#define REPARSE_MAX         8  /* re-parses of one record after maps were found in it */
#define PRESCAN_MIN_OBJECTS 16 /* objects (and distinct keys) a path needs in the head */
#define JSON_DEFAULT_MAX    ((size_t)64 << 20)
#define JSON_MAX_LIMIT      ((size_t)UINT32_MAX - 2) /* value lengths are uint32_t */
#define NODE_NONE           UINT32_MAX
#define NODE_ROOT           0u /* the record object: its keys are paths without prefix */
#define NODE_DOLLAR         1u /* "$": a record that is not an object */
#define CARRY_MIN_STEP      4096
#define KIND_SCRATCH        0x80 /* ls_value.kind flag while parsing: p is a scratch offset */
#define ARENA_BLOCK         (64 * 1024)
#define AUTO_PROBE_MAX      ((size_t)1 << 20) /* the auto mode head ('[': first line, '{') */
#define NO_OFFSET           UINT64_MAX

typedef enum { PV_OK, PV_ERR, PV_MORE, PV_NOMEM } pv_res;

enum {
    S_BOM,        /* nothing read yet: a UTF-8 BOM is skipped */
    S_LINE_START, /* JSON lines: at a line start or in its leading blanks */
    S_LINE_BODY,  /* JSON lines: the line's first non-blank byte is at pos (pending) */
    S_LINE_SKIP,  /* JSON lines: skipping the rest of a line (oversized) */
    S_LINE_REST,  /* JSON lines: after a multi-line document, the rest of its last line */
    S_DOC_RESYNC, /* JSON lines: after a malformed multi-line document */
    S_ARR_OPEN,   /* array: before '[' */
    S_ARR_FIRST,  /* array: after '[' */
    S_ARR_ELEM,   /* array: after ',' */
    S_ARR_AFTER,  /* array: after an element */
    S_ARR_RESYNC, /* array: after a malformed element */
    S_ARR_DONE,   /* array: after the closing ']' */
    S_VALUE,      /* an element or a multi-line document starts at pos (pending) */
    S_SKIP,       /* an oversized element or document: scanning to its end */
    S_AUTO_PROBE, /* auto mode, input starting with '[': an array, or lines of arrays? */
    S_WR_START,   /* forced wrapped mode: before the wrapper's '{' */
    S_WR_PROBE,   /* '{' at pos (pending): JSON lines or a wrapper? which records array? */
    S_WR_OBJ,     /* wrapped: in the wrapper's punctuation (sub-state wk) */
    S_WR_END      /* wrapped: the rest of the input is not read */
};

enum { RS_SEEK, RS_LINE, RS_COMMA }; /* S_ARR_RESYNC / S_DOC_RESYNC sub-states */
/* S_WR_OBJ sub-states: before the '{', after it, after a ',', in a key, before the ':',
 * before a value, after a value */
enum { WK_OPEN, WK_FIRST, WK_NEXT, WK_KEY, WK_COLON, WK_VALUE, WK_AFTER };
/* what S_VALUE / S_SKIP is reading: an array element (array mode, or a wrapped record), a
 * multi-line document (JSON lines), a metadata value of the wrapper */
enum { VK_ELEM, VK_DOC, VK_META };
enum { SK_CONTAINER, SK_STRING, SK_SCALAR };

typedef struct {
    uint32_t parent;
    uint32_t arr_child;   /* node of parent path + "[]", NODE_NONE until seen */
    uint32_t pub;         /* public id, NODE_NONE until a value is delivered at it */
    uint32_t first_guess; /* the node of the first key last seen in an object here */
    uint32_t next_guess;  /* the node of the key that last followed this one */
    uint64_t hash;
    const char *name; /* NUL-terminated, in the arena: stable until free */
    size_t name_len;
    const char *key; /* the raw key (key_len bytes; 0 for "[]" and roots), in the arena */
    size_t key_len;
    uint32_t star_child; /* node of parent path + ".*": the keys that are data */
    uint32_t val_child;  /* (a ".*" node) node of path + "=": scalars stored under them */
    bool is_map;         /* every key of an object here is data (see json.h) */
    uint32_t nobj;       /* objects closed here, over all records (the prescan's rule) */
    uint32_t nkeychild;  /* distinct keys seen in them (NK_KEY children) */
    uint64_t nkeys;      /* keys seen in them, repeats included */
} jnode;

typedef struct arena_block {
    struct arena_block *next;
    size_t used, cap;
    char data[];
} arena_block;

typedef struct {
    uint32_t node;
    uint32_t prev;   /* last key's node in this object (for the sibling guess) */
    uint32_t nkeys;  /* keys so far (map detection) */
    uint32_t shape;  /* the first key's node of the first object value, NODE_NONE */
    bool all_obj;    /* every value so far is an object */
    bool same_shape; /* every object value so far opens with the same key */
    bool is_obj;
} jframe;

typedef struct {
    const char *p; /* or a scratch offset when scr */
    size_t len;
    bool scr;
} jstr;

struct ls_json_parser {
    ls_json_callbacks cb;
    size_t max;
    bool decided; /* mode known */
    bool finished;
    int rc; /* non-zero: stopped (callback value or -1 out of memory) */
    ls_json_stats st;

    /* input position and carry */
    uint64_t off; /* absolute offset of the next byte to be fed */
    char *carry;
    size_t carry_len, carry_cap, carry_tried;
    uint64_t carry_off;
    unsigned char last_nonblank;

    /* reader state */
    int state, sub;
    int vkind;         /* S_VALUE / S_SKIP: what is read (VK_*) */
    uint64_t rec_off;  /* start of the pending record */
    uint64_t line_off; /* JSON lines: start of the current line */
    /* S_SKIP scanner */
    int sk_kind;
    uint64_t sk_depth;
    bool sk_in_str, sk_esc, sk_started;
    /* wrapped mode */
    uint64_t wr_start;   /* offset of the wrapper's '{' */
    uint64_t wr_rec_off; /* offset of the records array's '[' (NO_OFFSET: none) */
    int wr_level;        /* 1: in the wrapper, 2: in an object value of one of its keys */
    int wk;              /* S_WR_OBJ sub-state */
    bool wk_esc;         /* WK_KEY: the last byte was a backslash */
    char *wr_key;        /* the records key (NULL: none) */

    /* the record being parsed */
    ls_value *vals;
    uint32_t nvals, vcap;
    char *scr;
    size_t scr_len, scr_cap;
    jframe stk[JSON_MAX_DEPTH];
    bool too_deep; /* the last parse stopped at the depth limit */
    bool sniffing; /* ls_json_sniff: the depth limit ends the check, not the value */
    bool new_map;  /* the last parse marked a node as a map: parse the record again */

    /* path trie */
    jnode *nodes;
    uint32_t nnodes, ncap;
    uint32_t *slots; /* hash table of key children: node ids, NODE_NONE = empty */
    uint32_t slot_mask, nkeyed;
    uint32_t *pub; /* public id -> node */
    uint32_t npub, pubcap;
    arena_block *arena;
};

/* ---- small helpers ------------------------------------------------------------------------- */

static inline bool is_ws(unsigned char c)
{
    /* one shift and test instead of four compares: this runs after every token */
    const uint64_t mask = 1ULL << ' ' | 1ULL << '\t' | 1ULL << '\n' | 1ULL << '\r';
    return c <= ' ' && (mask >> c & 1);
}

/* Blanks inside a line (JSON lines: '\n' ends the line). */
static inline bool is_lblank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static inline size_t skip_ws(const char *b, size_t pos, size_t end)
{
    while (pos < end && is_ws((unsigned char)b[pos]))
        pos++;
    return pos;
}

/* First '"' or '\\' in b[pos, end), or end. The string scan of the parser: 16 bytes a step
 * with SSE2, 8 with SWAR elsewhere, so long values cost a fraction of a cycle per byte. */
static inline size_t find_qb(const char *b, size_t pos, size_t end)
{
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"'), s = _mm_set1_epi8('\\');
    while (end - pos >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(b + pos));
        unsigned m =
            (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, s)));
        if (m) return pos + (size_t)__builtin_ctz(m);
        pos += 16;
    }
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (end - pos >= 8) {
        uint64_t v;
        memcpy(&v, b + pos, 8);
        uint64_t x = v ^ (ones * '"'), y = v ^ (ones * '\\');
        uint64_t h = ((x - ones) & ~x & highs) | ((y - ones) & ~y & highs);
        if (h) return pos + (size_t)(__builtin_ctzll(h) >> 3);
        pos += 8;
    }
#endif
    while (pos < end && b[pos] != '"' && b[pos] != '\\')
        pos++;
    return pos;
}

/* The value of one hex digit, -1 if it is not one. */
static inline int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* The 4 hex digits at b[pos] as a code unit, or -1. */
static int hex4(const char *b, size_t pos)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval((unsigned char)b[pos + (size_t)i]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* Room for n more scratch bytes. Values keep offsets, so moving the buffer is fine. */
static int scr_reserve(ls_json_parser *p, size_t n)
{
    if (p->scr_cap - p->scr_len >= n) return 0;
    size_t cap = p->scr_cap ? p->scr_cap : 4096;
    while (cap - p->scr_len < n)
        cap *= 2;
    char *s = realloc(p->scr, cap);
    if (!s) return -1;
    p->scr = s;
    p->scr_cap = cap;
    return 0;
}

/* a[0, n) == b[0, n), for the short strings keys are: overlapping 8- or 4-byte loads
 * instead of a call to memcmp for every key of every record. */
static inline bool bytes_eq(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        if (n > 16) return memcmp(a, b, n) == 0;
        uint64_t x0, y0, x1, y1;
        memcpy(&x0, a, 8);
        memcpy(&y0, b, 8);
        memcpy(&x1, a + n - 8, 8);
        memcpy(&y1, b + n - 8, 8);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    if (n >= 4) {
        uint32_t x0, y0, x1, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

/* ---- path trie ----------------------------------------------------------------------------- */

/* n bytes of the arena (blocks never move, so names stay valid until free). */
static char *arena_alloc(ls_json_parser *p, size_t need)
{
    arena_block *blk = p->arena;
    if (!blk || blk->cap - blk->used < need) {
        size_t cap = need > ARENA_BLOCK ? need : ARENA_BLOCK;
        blk = malloc(sizeof *blk + cap);
        if (!blk) return NULL;
        blk->next = p->arena;
        blk->used = 0;
        blk->cap = cap;
        p->arena = blk;
    }
    char *o = blk->data + blk->used;
    blk->used += need;
    return o;
}

/* A new node under parent (NODE_NONE for a root named k): key k (klen bytes) or, with
 * is_arr, the "[]" child. The key is kept as is for matching; in the name a NUL byte of a
 * key is written "\u0000" so that the name stays a C string. */
enum { NK_KEY, NK_ARR, NK_STAR, NK_VAL };

static uint32_t node_new(ls_json_parser *p, uint32_t parent, const char *k, size_t klen, int kind,
                         uint64_t hash)
{
    if (p->nnodes == p->ncap) {
        uint32_t nc = p->ncap ? p->ncap * 2 : 64;
        jnode *nn = realloc(p->nodes, (size_t)nc * sizeof *nn);
        if (!nn) return NODE_NONE;
        p->nodes = nn;
        p->ncap = nc;
    }
    const jnode *par = parent == NODE_NONE ? NULL : &p->nodes[parent];
    const char *prefix = "", *sep = "";
    size_t plen = 0, slen = 0, nuls = 0;
    if (kind == NK_ARR) {
        sep = "[]";
        klen = 0;
    } else if (kind == NK_VAL) {
        sep = "=";
        klen = 0;
    } else if (par && parent != NODE_ROOT) {
        sep = ".";
    }
    if (par) {
        prefix = par->name;
        plen = par->name_len;
        slen = strlen(sep);
    }
    for (size_t i = 0; i < klen; i++)
        nuls += k[i] == '\0';
    size_t nlen = plen + slen + klen + 5 * nuls;
    char *name = arena_alloc(p, nlen + 1 + (nuls ? klen : 0));
    if (!name) return NODE_NONE;
    memcpy(name, prefix, plen);
    memcpy(name + plen, sep, slen);
    char *o = name + plen + slen;
    for (size_t i = 0; i < klen; i++) {
        if (k[i] == '\0') {
            memcpy(o, "\\u0000", 6);
            o += 6;
        } else {
            *o++ = k[i];
        }
    }
    *o++ = '\0';
    const char *key = name + plen + slen;
    if (nuls) { /* the raw key after the name */
        memcpy(o, k, klen);
        key = o;
    }
    uint32_t id = p->nnodes++;
    jnode *n = &p->nodes[id];
    n->parent = parent;
    n->arr_child = n->pub = n->first_guess = n->next_guess = NODE_NONE;
    n->star_child = n->val_child = NODE_NONE;
    n->is_map = false;
    n->nobj = n->nkeychild = 0;
    n->nkeys = 0;
    if (kind == NK_KEY && par) p->nodes[parent].nkeychild++;
    n->name = name;
    n->name_len = nlen;
    n->key = par ? key : NULL;
    n->key_len = par ? klen : 0;
    n->hash = hash;
    return id;
}

/* Double the key-children hash table (256 slots at first), keeping the load under 1/2 so
 * that probes stay short. */
static int slots_grow(ls_json_parser *p)
{
    uint32_t ncap = p->slot_mask ? (p->slot_mask + 1) * 2 : 256;
    uint32_t *ns = malloc((size_t)ncap * sizeof *ns);
    if (!ns) return -1;
    memset(ns, 0xFF, (size_t)ncap * sizeof *ns);
    for (uint32_t i = 0; p->slots && i <= p->slot_mask; i++) {
        uint32_t id = p->slots[i];
        if (id == NODE_NONE) continue;
        uint32_t j = (uint32_t)p->nodes[id].hash & (ncap - 1);
        while (ns[j] != NODE_NONE)
            j = (j + 1) & (ncap - 1);
        ns[j] = id;
    }
    free(p->slots);
    p->slots = ns;
    p->slot_mask = ncap - 1;
    return 0;
}

/* Is node id the child with key k? */
static inline bool node_key_is(const ls_json_parser *p, uint32_t id, const char *k, size_t klen)
{
    const jnode *n = &p->nodes[id];
    return n->key_len == klen && bytes_eq(n->key, k, klen);
}

/* The node of key k under parent; *prev is the previous key's node in this object (the
 * sibling guess is tried first) and becomes this one. NODE_NONE on out of memory. */
static uint32_t child_key(ls_json_parser *p, uint32_t parent, const char *k, size_t klen,
                          uint32_t *prev)
{
    uint32_t guess = *prev == NODE_NONE ? p->nodes[parent].first_guess : p->nodes[*prev].next_guess;
    if (guess != NODE_NONE && node_key_is(p, guess, k, klen) && p->nodes[guess].parent == parent) {
        *prev = guess;
        return guess;
    }
    uint64_t h = XXH3_64bits_withSeed(k, klen, parent);
    uint32_t id = NODE_NONE;
    if (p->slots) {
        uint32_t j = (uint32_t)h & p->slot_mask;
        for (;;) {
            uint32_t c = p->slots[j];
            if (c == NODE_NONE) break;
            if (p->nodes[c].hash == h && p->nodes[c].parent == parent &&
                node_key_is(p, c, k, klen)) {
                id = c;
                break;
            }
            j = (j + 1) & p->slot_mask;
        }
    }
    if (id == NODE_NONE) {
        if ((p->nkeyed + 1) * 2 > p->slot_mask + 1 && slots_grow(p) != 0) return NODE_NONE;
        id = node_new(p, parent, k, klen, NK_KEY, h);
        if (id == NODE_NONE) return NODE_NONE;
        uint32_t j = (uint32_t)h & p->slot_mask;
        while (p->slots[j] != NODE_NONE)
            j = (j + 1) & p->slot_mask;
        p->slots[j] = id;
        p->nkeyed++;
    }
    if (*prev == NODE_NONE)
        p->nodes[parent].first_guess = id;
    else
        p->nodes[*prev].next_guess = id;
    *prev = id;
    return id;
}

/* The "[]" child of parent: one per node, cached in it (no hashing for array elements). */
static inline uint32_t child_arr(ls_json_parser *p, uint32_t parent)
{
    uint32_t id = p->nodes[parent].arr_child;
    if (id != NODE_NONE) return id;
    id = node_new(p, parent, "", 0, NK_ARR, 0);
    if (id != NODE_NONE) p->nodes[parent].arr_child = id;
    return id;
}

/* The ".*" child of parent (the keys of its objects that are data), or with val the "="
 * child of a ".*" node (the scalars stored under those keys). Cached like "[]": a real key
 * "*" is another node (same name, as json.h says of keys with dots). */
static uint32_t child_special(ls_json_parser *p, uint32_t parent, bool val)
{
    uint32_t *slot = val ? &p->nodes[parent].val_child : &p->nodes[parent].star_child;
    if (*slot != NODE_NONE) return *slot;
    uint32_t id = node_new(p, parent, "*", 1, val ? NK_VAL : NK_STAR, 0);
    if (id != NODE_NONE) {
        if (val)
            p->nodes[parent].val_child = id;
        else
            p->nodes[parent].star_child = id;
    }
    return id;
}

/* Is the key k (klen bytes) data rather than a field name? Shaped like personal data or an
 * identifier: an e-mail ('@' after the first byte: "@timestamp" is a field), six digits or
 * more (phone numbers, national ids, numeric user ids, IP addresses, dates), four or more
 * digits and no letter, a token of 16+ bytes without blanks or '_' mixing letters and
 * digits (UUIDs, hashes, Firebase uids), or a Firebase push id ("-MxY...", 12+ bytes).
 * Field names of real exports ("email", "phone2", "address_line_1", "$oid", "Nom") are
 * none of these. Deliberately a little eager: a field name taken for data only loses its
 * name (it becomes "*"), a key taken for a name would be printed. */
static bool key_is_data_shaped(const char *k, size_t klen)
{
    size_t digits = 0, letters = 0, seps = 0;
    bool at = false;
    for (size_t i = 0; i < klen; i++) {
        unsigned char c = (unsigned char)k[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if ((c | 32) >= 'a' && (c | 32) <= 'z')
            letters++;
        else if (c == '@' && i > 0)
            at = true;
        else if (c == ' ' || c == '_')
            seps++;
    }
    if (at || digits >= 6 || (digits >= 4 && letters == 0)) return true;
    if (klen >= 16 && seps == 0 && digits >= 2 && letters >= 1) return true;
    return klen >= 12 && k[0] == '-' && seps == 0;
}

/* ---- values -------------------------------------------------------------------------------- */

/* Append a value of the record being parsed (scr: s is an offset into scratch, which may
 * still move). -1 on out of memory. */
static inline int emit(ls_json_parser *p, const char *s, size_t len, bool scr, uint32_t node,
                       uint8_t kind)
{
    if (p->nvals == p->vcap) {
        uint32_t nc = p->vcap ? p->vcap * 2 : 64;
        ls_value *nv = realloc(p->vals, (size_t)nc * sizeof *nv);
        if (!nv) return -1;
        p->vals = nv;
        p->vcap = nc;
    }
    ls_value *v = &p->vals[p->nvals++];
    v->p = s;
    v->len = (uint32_t)len;
    v->col = node;
    v->kind = (uint8_t)(kind | (scr ? KIND_SCRATCH : 0));
    return 0;
}

/* emit() for a parsed string. */
static inline int emit_str(ls_json_parser *p, const jstr *s, uint32_t node, uint8_t kind)
{
    return emit(p, s->p, s->len, s->scr, node, kind);
}

/* ---- the record parser --------------------------------------------------------------------- */

/* Result for a parse that reached the end of its buffer. */
#define AT_END(final) ((final) ? PV_ERR : PV_MORE)

/* The string whose opening quote is at b[pos]: unescaped into scratch if it has escapes,
 * else a span of b. *out: the byte after the closing quote (PV_OK), the error position
 * (PV_ERR) or end. */
static pv_res parse_string(ls_json_parser *p, const char *b, size_t pos, size_t end, bool final,
                           jstr *s, size_t *out)
{
    size_t st = pos + 1;
    size_t q = find_qb(b, st, end);
    if (q >= end) {
        *out = end;
        return AT_END(final);
    }
    if (b[q] == '"') {
        s->p = b + st;
        s->len = q - st;
        s->scr = false;
        *out = q + 1;
        return PV_OK;
    }
    size_t so = p->scr_len;
    for (;;) {
        /* b[st, q) is plain, b[q] is a backslash or the closing quote */
        if (scr_reserve(p, q - st + 4) != 0) return PV_NOMEM;
        memcpy(p->scr + p->scr_len, b + st, q - st);
        p->scr_len += q - st;
        if (b[q] == '"') break;
        if (q + 1 >= end) {
            *out = end;
            return AT_END(final);
        }
        char c = b[q + 1], o;
        st = q + 2;
        switch (c) {
        case '"':
            o = '"';
            break;
        case '\\':
            o = '\\';
            break;
        case '/':
            o = '/';
            break;
        case 'b':
            o = '\b';
            break;
        case 'f':
            o = '\f';
            break;
        case 'n':
            o = '\n';
            break;
        case 'r':
            o = '\r';
            break;
        case 't':
            o = '\t';
            break;
        case 'u': {
            if (end - q < 6) {
                *out = end;
                return AT_END(final);
            }
            int u = hex4(b, q + 2);
            if (u < 0) {
                *out = q + 1;
                return PV_ERR;
            }
            uint32_t cp = (uint32_t)u;
            st = q + 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                /* a high surrogate: paired when "\uDC00-DFFF" follows; decide only once
                 * those 6 bytes are here (or the input ends), so chunking cannot matter */
                if (end - st < 6 && !final) {
                    *out = end;
                    return PV_MORE;
                }
                int lo = end - st >= 6 && b[st] == '\\' && b[st + 1] == 'u' ? hex4(b, st + 2) : -1;
                if (lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
                    st += 6;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            p->scr_len += ls_utf8_encode(cp, p->scr + p->scr_len);
            q = find_qb(b, st, end);
            if (q >= end) {
                *out = end;
                return AT_END(final);
            }
            continue;
        }
        default:
            *out = q + 1;
            return PV_ERR;
        }
        p->scr[p->scr_len++] = o;
        q = find_qb(b, st, end);
        if (q >= end) {
            *out = end;
            return AT_END(final);
        }
    }
    s->p = (const char *)(uintptr_t)so;
    s->len = p->scr_len - so;
    s->scr = true;
    *out = q + 1;
    return PV_OK;
}

/* ASCII digit (isdigit() depends on the locale). */
static inline bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* The literal lit (len bytes) at b[pos]: compared byte by byte so that an error points at
 * the first wrong byte. */
static pv_res parse_lit(const char *b, size_t pos, size_t end, bool final, const char *lit,
                        size_t len, size_t *out)
{
    for (size_t i = 0; i < len; i++) {
        if (pos + i >= end) {
            *out = end;
            return AT_END(final);
        }
        if (b[pos + i] != lit[i]) {
            *out = pos + i;
            return PV_ERR;
        }
    }
    *out = pos + len;
    return PV_OK;
}

/* A number at b[pos] (JSON grammar, plus NaN, Infinity, -Infinity as Python writes them).
 * A number that reaches the end of a non-final buffer may go on: PV_MORE. */
static pv_res parse_number(const char *b, size_t pos, size_t end, bool final, size_t *out)
{
    size_t i = pos;
    if (b[i] == 'N') return parse_lit(b, i, end, final, "NaN", 3, out);
    if (b[i] == '-') i++;
    if (i >= end) goto at_end;
    if (b[i] == 'I') return parse_lit(b, i, end, final, "Infinity", 8, out);
    if (b[i] == '0') {
        i++;
    } else if (b[i] >= '1' && b[i] <= '9') {
        while (++i < end && is_digit((unsigned char)b[i]))
            ;
    } else {
        *out = i;
        return PV_ERR;
    }
    if (i < end && b[i] == '.') {
        if (++i >= end) goto at_end;
        if (!is_digit((unsigned char)b[i])) {
            *out = i;
            return PV_ERR;
        }
        while (++i < end && is_digit((unsigned char)b[i]))
            ;
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
        if (++i >= end) goto at_end;
        if (b[i] == '+' || b[i] == '-')
            if (++i >= end) goto at_end;
        if (!is_digit((unsigned char)b[i])) {
            *out = i;
            return PV_ERR;
        }
        while (++i < end && is_digit((unsigned char)b[i]))
            ;
    }
    if (i >= end && !final) goto at_end;
    *out = i;
    return PV_OK;
at_end:
    *out = end;
    return AT_END(final);
}

/* A scalar for an extended JSON wrapper: a string or a number. */
static pv_res wrap_scalar(ls_json_parser *p, const char *b, size_t pos, size_t end, bool final,
                          jstr *s, size_t *out)
{
    if (pos >= end) {
        *out = end;
        return AT_END(final);
    }
    if (b[pos] == '"') return parse_string(p, b, pos, end, final, s, out);
    if (b[pos] == '-' || is_digit((unsigned char)b[pos])) {
        pv_res r = parse_number(b, pos, end, final, out);
        if (r == PV_OK) {
            s->p = b + pos;
            s->len = *out - pos;
            s->scr = false;
        }
        return r;
    }
    *out = pos;
    return PV_ERR;
}

/* A key without escapes at b[pos] (a quote), for the wrapper test. */
static bool plain_key(const char *b, size_t pos, size_t end, size_t *ks, size_t *kl, size_t *out)
{
    if (pos >= end || b[pos] != '"') return false;
    size_t q = find_qb(b, pos + 1, end);
    if (q >= end || b[q] != '"') return false;
    *ks = pos + 1;
    *kl = q - pos - 1;
    *out = q + 1;
    return true;
}

/* Is the key b[ks, ks + kl) the literal lit? */
static inline bool key_eq(const char *b, size_t ks, size_t kl, const char *lit)
{
    size_t n = strlen(lit); /* a constant: inlined calls fold it */
    return kl == n && bytes_eq(b + ks, lit, n);
}

enum { W_NONE, W_STRING, W_NUMBER, W_DATE, W_BINARY };

/* Which extended JSON wrapper the key b[ks, ks + kl) names (W_NONE if none). */
static int wrapper_kind(const char *b, size_t ks, size_t kl)
{
    static const struct {
        const char *k;
        int w;
    } tab[] = {{"$oid", W_STRING},       {"$date", W_DATE},           {"$numberLong", W_NUMBER},
               {"$numberInt", W_NUMBER}, {"$numberDouble", W_NUMBER}, {"$numberDecimal", W_NUMBER},
               {"$binary", W_BINARY},    {"$uuid", W_STRING},         {"$symbol", W_STRING}};
    if (kl < 4 || kl > 14) return W_NONE;
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (tab[i].k[1] == b[ks + 1] && key_eq(b, ks, kl, tab[i].k)) return tab[i].w;
    return W_NONE;
}

/* Is the object at b[pos] ('{') a MongoDB extended JSON wrapper ({"$oid": "..."} ...)? If
 * so its value is emitted at node and *out is past the closing brace: 1. Else nothing is
 * emitted (scratch restored) and the caller parses an ordinary object: 0. -1 out of memory.
 * The look-ahead reads one key and one small value, so re-reading costs a constant factor. */
static int try_wrapper(ls_json_parser *p, const char *b, size_t pos, size_t end, uint32_t node,
                       bool inner_ok, size_t *out)
{
    size_t ks, kl, q = skip_ws(b, pos + 1, end);
    if (end - q < 3 || b[q] != '"' || b[q + 1] != '$') return 0;
    if (!plain_key(b, q, end, &ks, &kl, &q)) return 0;
    int w = wrapper_kind(b, ks, kl);
    if (w == W_NONE) return 0;
    q = skip_ws(b, q, end);
    if (q >= end || b[q] != ':') return 0;
    q = skip_ws(b, q + 1, end);
    if (q >= end) return 0;

    size_t scr0 = p->scr_len;
    jstr v = {0};
    bool have = false;
    if (b[q] == '{' && !inner_ok) return 0; /* its inner object would be too deep */
    if (w == W_DATE && b[q] == '{') {
        /* {"$date": {"$numberLong": "..."}} */
        q = skip_ws(b, q + 1, end);
        if (!plain_key(b, q, end, &ks, &kl, &q) || !key_eq(b, ks, kl, "$numberLong")) goto no;
        q = skip_ws(b, q, end);
        if (q >= end || b[q] != ':') goto no;
        q = skip_ws(b, q + 1, end);
        pv_res r = wrap_scalar(p, b, q, end, false, &v, &q);
        if (r == PV_NOMEM) return -1;
        if (r != PV_OK) goto no;
        q = skip_ws(b, q, end);
        if (q >= end || b[q] != '}') goto no;
        q++;
        have = true;
    } else if (w == W_BINARY) {
        /* {"$binary": {"base64": "...", "subType": "00"}} (either order, subType optional) */
        if (b[q] != '{') goto no;
        bool seen_b64 = false, seen_sub = false;
        q = skip_ws(b, q + 1, end);
        for (;;) {
            if (!plain_key(b, q, end, &ks, &kl, &q)) goto no;
            bool is_b64 = key_eq(b, ks, kl, "base64"), is_sub = key_eq(b, ks, kl, "subType");
            if ((!is_b64 && !is_sub) || (is_b64 && seen_b64) || (is_sub && seen_sub)) goto no;
            q = skip_ws(b, q, end);
            if (q >= end || b[q] != ':') goto no;
            q = skip_ws(b, q + 1, end);
            jstr t;
            pv_res r = wrap_scalar(p, b, q, end, false, &t, &q);
            if (r == PV_NOMEM) return -1;
            if (r != PV_OK) goto no;
            if (is_b64) {
                if (b[q - 1] != '"') goto no; /* base64 is a string */
                v = t;
                seen_b64 = true;
            } else {
                seen_sub = true;
            }
            q = skip_ws(b, q, end);
            if (q >= end) goto no;
            if (b[q] == '}') break;
            if (b[q] != ',') goto no;
            q = skip_ws(b, q + 1, end);
        }
        if (!seen_b64) goto no;
        q++;
        have = true;
    } else {
        pv_res r = wrap_scalar(p, b, q, end, false, &v, &q);
        if (r == PV_NOMEM) return -1;
        if (r != PV_OK) goto no;
        have = true;
    }
    if (!have) goto no;
    q = skip_ws(b, q, end);
    if (q >= end || b[q] != '}') goto no;
    if (node == NODE_ROOT) node = NODE_DOLLAR; /* a record that is a wrapped scalar */
    if (emit_str(p, &v, node, w == W_NUMBER ? LS_VAL_NUMBER : LS_VAL_STRING) != 0) return -1;
    *out = q + 1;
    return 1;
no:
    p->scr_len = scr0;
    return 0;
}

/* Open an object or array frame at stk[depth] for node. */
static inline void frame_open(jframe *f, uint32_t node, bool is_obj)
{
    f->node = node;
    f->prev = NODE_NONE;
    f->nkeys = 0;
    f->shape = NODE_NONE;
    f->all_obj = true;
    f->same_shape = true;
    f->is_obj = is_obj;
}

/* The object of frame f closes: is its node a map (json.h: an object of MAP_MIN_KEYS keys
 * or more whose values are all objects, or of MAP_SHAPE_KEYS or more whose values are all
 * objects opening with the same key -- users keyed by uid)? Marks it, and asks the caller
 * to parse the record again so that its keys become values of "node.*". */
static inline void frame_close_obj(ls_json_parser *p, const jframe *f)
{
    jnode *n = &p->nodes[f->node];
    n->nobj++;
    n->nkeys += f->nkeys;
    if (n->is_map || !f->all_obj || f->nkeys < MAP_SHAPE_KEYS) return;
    if (f->nkeys >= MAP_MIN_KEYS || (f->same_shape && f->shape != NODE_NONE)) {
        n->is_map = true;
        p->new_map = true;
    }
}

/* Parse one JSON value at b[pos] (not a blank) up to end, appending its values to p->vals.
 * final: nothing follows end (else reaching end is PV_MORE). *out: the byte after the
 * value (PV_OK), the error position (PV_ERR), end (PV_MORE). Iterative, depth <= 64; past
 * it p->too_deep is set (PV_ERR; PV_MORE when sniffing: the head is JSON as far as it was
 * checked). Keys that are data (json.h) are emitted as values of the ".*" node. */
static pv_res parse_value_once(ls_json_parser *p, const char *b, size_t pos, size_t end, bool final,
                               size_t *out)
{
    jframe *stk = p->stk;
    uint32_t depth = 0;
    uint32_t node = pos < end && b[pos] == '{' ? NODE_ROOT : NODE_DOLLAR;
    pv_res r;
    jstr s;
    size_t e;

value:
    if (pos >= end) goto at_end;
    switch (b[pos]) {
    case '"':
        r = parse_string(p, b, pos, end, final, &s, &e);
        if (r != PV_OK) goto fail;
        if (emit_str(p, &s, node, LS_VAL_STRING) != 0) return PV_NOMEM;
        pos = e;
        goto after;
    case '{': {
        if (depth == JSON_MAX_DEPTH) goto too_deep;
        int w = try_wrapper(p, b, pos, end, node, depth + 2 <= JSON_MAX_DEPTH, &e);
        if (w < 0) return PV_NOMEM;
        if (w > 0) {
            if (depth > 0) stk[depth - 1].all_obj = false; /* a scalar, in fact */
            pos = e;
            goto after;
        }
        frame_open(&stk[depth], node, true);
        depth++;
        pos = skip_ws(b, pos + 1, end);
        if (pos >= end) goto at_end;
        if (b[pos] == '}') {
            depth--;
            pos++;
            goto after;
        }
        goto key;
    }
    case '[':
        if (depth == JSON_MAX_DEPTH) goto too_deep;
        frame_open(&stk[depth], node, false);
        depth++;
        pos = skip_ws(b, pos + 1, end);
        if (pos >= end) goto at_end;
        if (b[pos] == ']') {
            depth--;
            pos++;
            goto after;
        }
        if ((node = child_arr(p, stk[depth - 1].node)) == NODE_NONE) return PV_NOMEM;
        goto value;
    case 't':
        r = parse_lit(b, pos, end, final, "true", 4, &e);
        if (r != PV_OK) goto fail;
        if (emit(p, b + pos, 4, false, node, LS_VAL_BOOL) != 0) return PV_NOMEM;
        pos = e;
        goto after;
    case 'f':
        r = parse_lit(b, pos, end, final, "false", 5, &e);
        if (r != PV_OK) goto fail;
        if (emit(p, b + pos, 5, false, node, LS_VAL_BOOL) != 0) return PV_NOMEM;
        pos = e;
        goto after;
    case 'n':
        r = parse_lit(b, pos, end, final, "null", 4, &e);
        if (r != PV_OK) goto fail;
        if (emit(p, b + pos, 0, false, node, LS_VAL_NULL) != 0) return PV_NOMEM;
        pos = e;
        goto after;
    default:
        if (b[pos] != '-' && !is_digit((unsigned char)b[pos]) && b[pos] != 'N' && b[pos] != 'I')
            goto err;
        r = parse_number(b, pos, end, final, &e);
        if (r != PV_OK) goto fail;
        if (emit(p, b + pos, e - pos, false, node, LS_VAL_NUMBER) != 0) return PV_NOMEM;
        pos = e;
        goto after;
    }

key:
    /* b[pos] is the key's first byte (after '{' or ',' and blanks) */
    if (b[pos] != '"') goto err;
    {
        size_t scr0 = p->scr_len;
        r = parse_string(p, b, pos, end, final, &s, &e);
        if (r != PV_OK) goto fail;
        const char *k = s.scr ? p->scr + (uintptr_t)s.p : s.p;
        jframe *f = &stk[depth - 1];
        bool data = p->nodes[f->node].is_map || key_is_data_shaped(k, s.len);
        if (data) {
            /* the key is a value of "parent.*" (kept in scratch if unescaped) */
            node = child_special(p, f->node, false);
            if (node == NODE_NONE || emit_str(p, &s, node, LS_VAL_STRING) != 0) return PV_NOMEM;
        } else {
            node = child_key(p, f->node, k, s.len, &f->prev);
            p->scr_len = scr0; /* the key's unescaped copy is no longer needed */
            if (node == NODE_NONE) return PV_NOMEM;
        }
        if (f->nkeys++ == 0 && depth >= 2 && stk[depth - 2].is_obj) {
            /* the first key of an object that is the value of a key: same shape as the
             * other object values there? */
            jframe *g = &stk[depth - 2];
            if (g->shape == NODE_NONE)
                g->shape = node;
            else if (!node_key_is(p, g->shape, p->nodes[node].key, p->nodes[node].key_len))
                g->same_shape = false;
        }
        pos = skip_ws(b, e, end);
        if (pos >= end) goto at_end;
        if (b[pos] != ':') goto err;
        pos = skip_ws(b, pos + 1, end);
        if (pos >= end) goto at_end;
        if (b[pos] != '{') f->all_obj = false;
        if (data && b[pos] != '{' && b[pos] != '[' &&
            (node = child_special(p, node, true)) == NODE_NONE)
            return PV_NOMEM;
    }
    goto value;

after:
    if (depth == 0) {
        *out = pos;
        return PV_OK;
    }
    pos = skip_ws(b, pos, end);
    if (pos >= end) goto at_end;
    if (stk[depth - 1].is_obj) {
        if (b[pos] == ',') {
            pos = skip_ws(b, pos + 1, end);
            if (pos >= end) goto at_end;
            goto key;
        }
        if (b[pos] != '}') goto err;
        frame_close_obj(p, &stk[depth - 1]);
    } else {
        if (b[pos] == ',') {
            pos = skip_ws(b, pos + 1, end);
            if ((node = child_arr(p, stk[depth - 1].node)) == NODE_NONE) return PV_NOMEM;
            goto value;
        }
        if (b[pos] != ']') goto err;
    }
    depth--;
    pos++;
    goto after;

fail:
    *out = e;
    return r;
too_deep:
    p->too_deep = true;
    if (p->sniffing) goto at_end;
err:
    *out = pos;
    return PV_ERR;
at_end:
    *out = end;
    return p->too_deep ? PV_MORE : AT_END(final);
}

/* parse_value_once, again from the same bytes while it finds new maps (a map's keys met
 * before it was known to be one must not stay paths: they are data). The keys' orphan nodes
 * are never delivered, so never named. */
static pv_res parse_value(ls_json_parser *p, const char *b, size_t pos, size_t end, bool final,
                          size_t *out)
{
    uint32_t nv0 = p->nvals;
    size_t scr0 = p->scr_len;
    for (int i = 0;; i++) {
        p->new_map = false;
        p->too_deep = false;
        pv_res r = parse_value_once(p, b, pos, end, final, out);
        if (!p->new_map || r != PV_OK || i == REPARSE_MAX) return r;
        p->nvals = nv0;
        p->scr_len = scr0;
    }
}

/* ---- records ------------------------------------------------------------------------------- */

/* Forget the values and scratch of the record being parsed (before each record). */
static void record_reset(ls_json_parser *p)
{
    p->nvals = 0;
    p->scr_len = 0;
}

/* Deliver the record parsed into p->vals (its values only if pr is LS_VREC_OK): scratch
 * offsets become pointers, nodes become public path ids. Sets p->rc if the callback stops
 * us (or on out of memory). */
static void deliver(ls_json_parser *p, ls_vrec_problem pr, uint64_t off)
{
    uint32_t nv = pr == LS_VREC_OK ? p->nvals : 0;
    for (uint32_t i = 0; i < nv; i++) {
        ls_value *v = &p->vals[i];
        if (v->kind & KIND_SCRATCH) {
            v->p = p->scr + (uintptr_t)v->p;
            v->kind &= (uint8_t)~KIND_SCRATCH;
        }
        jnode *n = &p->nodes[v->col];
        if (n->pub == NODE_NONE) {
            if (p->npub == p->pubcap) {
                uint32_t nc = p->pubcap ? p->pubcap * 2 : 64;
                uint32_t *np = realloc(p->pub, (size_t)nc * sizeof *np);
                if (!np) {
                    p->rc = -1;
                    return;
                }
                p->pub = np;
                p->pubcap = nc;
            }
            p->pub[p->npub] = v->col;
            n->pub = p->npub++;
        }
        v->col = n->pub;
    }
    p->st.records++;
    if (pr != LS_VREC_OK) p->st.malformed++;
    if (pr == LS_VREC_OVERSIZED) p->st.oversized++;
    if (pr == LS_VREC_TOO_DEEP) p->st.too_deep++;
    if (p->cb.on_record) {
        int rc = p->cb.on_record(p->cb.ctx, p->vals, nv, pr, off);
        if (rc) p->rc = rc;
    }
    record_reset(p);
}

/* The problem of a record whose parse stopped at b[e]. */
static ls_vrec_problem err_problem(const ls_json_parser *p, const char *b, size_t e, size_t end)
{
    if (p->too_deep) return LS_VREC_TOO_DEEP;
    return e < end && b[e] == '\0' ? LS_VREC_NUL : LS_VREC_SYNTAX;
}

/* A JSON lines record: the line's content is b[s, e) (s is its first non-blank byte). */
static void line_record(ls_json_parser *p, const char *b, size_t s, size_t e)
{
    size_t out;
    record_reset(p);
    pv_res r = parse_value(p, b, s, e, true, &out);
    if (r == PV_NOMEM) {
        p->rc = -1;
        return;
    }
    if (r == PV_OK) {
        while (out < e && is_lblank((unsigned char)b[out]))
            out++;
        if (out != e) r = PV_ERR;
    }
    deliver(p, r == PV_OK ? LS_VREC_OK : err_problem(p, b, out, e), p->rec_off);
}

/* Is b[s, e) a lone '{' or '[' (the first line of a pretty-printed document)? */
static bool lone_open(const char *b, size_t s, size_t e)
{
    if (b[s] != '{' && b[s] != '[') return false;
    for (size_t i = s + 1; i < e; i++)
        if (!is_lblank((unsigned char)b[i])) return false;
    return true;
}

/* Start the bracket-depth scan of an oversized element whose first byte is c. */
static void skip_start(ls_json_parser *p, unsigned char c)
{
    p->sk_kind = c == '{' || c == '[' ? SK_CONTAINER : c == '"' ? SK_STRING : SK_SCALAR;
    p->sk_depth = 0;
    p->sk_in_str = p->sk_esc = p->sk_started = false;
}

/* Bytes an oversized scalar element (a number, a literal) is skipped over. */
static inline bool scalar_byte(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' ||
           c == '-' || c == '.';
}

/* Scan b[pos, n) for the end of the skipped element (string-aware bracket depth). Returns
 * the position after it with *done, or n. */
static size_t skip_scan(ls_json_parser *p, const char *b, size_t pos, size_t n, bool *done)
{
    *done = false;
    if (p->sk_kind == SK_SCALAR) {
        while (pos < n && scalar_byte((unsigned char)b[pos]))
            pos++;
        *done = pos < n;
        return pos;
    }
    while (pos < n) {
        if (p->sk_esc) {
            p->sk_esc = false;
            pos++;
            continue;
        }
        if (p->sk_in_str) {
            size_t q = find_qb(b, pos, n);
            if (q >= n) return n;
            if (b[q] == '\\') {
                p->sk_esc = true;
                pos = q + 1;
                continue;
            }
            p->sk_in_str = false;
            pos = q + 1;
            if (p->sk_kind == SK_STRING) {
                *done = true;
                return pos;
            }
            continue;
        }
        unsigned char c = (unsigned char)b[pos++];
        if (c == '"') {
            p->sk_in_str = true;
        } else if (c == '{' || c == '[') {
            p->sk_depth++;
        } else if ((c == '}' || c == ']') && p->sk_depth > 0) {
            if (--p->sk_depth == 0) {
                *done = true;
                return pos;
            }
        }
    }
    return n;
}

/* After a record at the array level, a multi-line document or a metadata value of the
 * wrapper: where to go next. */
static void value_done(ls_json_parser *p)
{
    if (p->vkind == VK_ELEM) {
        p->state = S_ARR_AFTER;
    } else if (p->vkind == VK_DOC) {
        p->state = S_LINE_REST;
    } else {
        p->state = S_WR_OBJ;
        p->wk = WK_AFTER;
    }
}

/* The array of records closed (its ']' read): array mode is done, wrapped mode goes back to
 * the wrapper's punctuation. */
static void arr_closed(ls_json_parser *p)
{
    if (p->st.mode == LS_JSON_WRAPPED) {
        p->state = S_WR_OBJ;
        p->wk = WK_AFTER;
    } else {
        p->state = S_ARR_DONE;
    }
}

/* Wrapped mode: the wrapper is broken (a syntax error outside the records) -- the rest of
 * the input is not read and says so as trailing_garbage. Returns the window's end. */
static size_t wr_broken(ls_json_parser *p, size_t n)
{
    p->st.trailing_garbage = true;
    p->state = S_WR_END;
    return n;
}

/* An element (array mode) or a multi-line document (JSON lines) at b[pos]: parse it up to
 * max_record_bytes + 1 bytes from the record start. Returns the new position, or pos with
 * *pending when more input is needed. */
static size_t value_record(ls_json_parser *p, const char *b, size_t pos, size_t n, uint64_t w_off,
                           bool final, bool *pending)
{
    *pending = false;
    uint64_t lim_abs = p->rec_off + p->max + 1;
    size_t lim = lim_abs - w_off < n ? (size_t)(lim_abs - w_off) : n;
    if (lim < pos) lim = pos;
    bool fin = final && lim == n;
    size_t out;
    record_reset(p);
    pv_res r = parse_value(p, b, pos, lim, fin, &out);
    if (r == PV_NOMEM) {
        p->rc = -1;
        return pos;
    }
    if (r == PV_MORE) {
        if (w_off + lim < lim_abs) {
            *pending = true;
            return pos;
        }
        /* max_record_bytes + 1 bytes without an end: oversized, skipped by depth */
        deliver(p, LS_VREC_OVERSIZED, p->rec_off);
        skip_start(p, (unsigned char)b[pos]);
        p->state = S_SKIP;
        return pos;
    }
    if (r == PV_OK) {
        deliver(p, w_off + out - p->rec_off > p->max ? LS_VREC_OVERSIZED : LS_VREC_OK, p->rec_off);
        value_done(p);
        return out;
    }
    if (p->too_deep) {
        /* one record: skipped to its end by bracket depth, however deep it goes */
        deliver(p, LS_VREC_TOO_DEEP, p->rec_off);
        skip_start(p, (unsigned char)b[pos]);
        p->state = S_SKIP;
        return pos;
    }
    deliver(p, err_problem(p, b, out, n), p->rec_off);
    p->state = p->vkind == VK_DOC ? S_DOC_RESYNC : S_ARR_RESYNC;
    p->sub = RS_SEEK;
    return out;
}

/* A metadata value of the wrapper at b[pos] (rec_off): parsed like a record, up to
 * max_record_bytes + 1 bytes, to count its scalars in wrapper_values (not delivered). An
 * array whose first element is an object is another array of records: counted and skipped
 * by depth, like a value too long to parse. Same returns as value_record. */
static size_t meta_value(ls_json_parser *p, const char *b, size_t pos, size_t n, uint64_t w_off,
                         bool final, bool *pending)
{
    *pending = false;
    uint64_t lim_abs = p->rec_off + p->max + 1;
    size_t lim = lim_abs - w_off < n ? (size_t)(lim_abs - w_off) : n;
    if (lim < pos) lim = pos;
    bool fin = final && lim == n;
    if (b[pos] == '[') {
        size_t q = skip_ws(b, pos + 1, lim);
        if (q < lim && b[q] == '{') {
            p->st.other_record_arrays++;
            skip_start(p, '[');
            p->state = S_SKIP;
            return pos;
        }
        if (q == lim && !fin && w_off + lim < lim_abs) {
            *pending = true;
            return pos;
        }
    }
    size_t out;
    record_reset(p);
    pv_res r = parse_value(p, b, pos, lim, fin, &out);
    uint32_t nv = p->nvals;
    record_reset(p);
    if (r == PV_NOMEM) {
        p->rc = -1;
        return pos;
    }
    if (r == PV_MORE) {
        if (w_off + lim < lim_abs) {
            *pending = true;
            return pos;
        }
        skip_start(p, (unsigned char)b[pos]); /* too long: skipped uncounted */
        p->state = S_SKIP;
        return pos;
    }
    if (r == PV_OK) {
        if (w_off + out - p->rec_off <= p->max) p->st.wrapper_values += nv;
        value_done(p);
        return out;
    }
    if (fin && out >= lim) { /* the input ends inside the value */
        p->st.unterminated = true;
        p->state = S_WR_END;
        return n;
    }
    return wr_broken(p, n);
}

/* Auto mode, the first non-blank byte is '[' (at b[pos]): an array export, unless the first
 * line is a whole JSON value followed by a line that starts with '[' too -- JSON lines of
 * arrays (["Ann", "a@b.fr"] per line). Decided from at most AUTO_PROBE_MAX bytes from the
 * line start: LS_JSON_ARRAY, LS_JSON_LINES, or -1 when more input is needed. */
static int auto_probe(ls_json_parser *p, const char *b, size_t pos, size_t n, uint64_t w_off,
                      bool final)
{
    uint64_t lim_abs = p->rec_off + AUTO_PROBE_MAX;
    const char *nl = memchr(b + pos, '\n', n - pos);
    if (!nl || w_off + (size_t)(nl - b) > lim_abs)
        return !final && w_off + n <= lim_abs ? -1 : LS_JSON_ARRAY;
    size_t le = (size_t)(nl - b), out;
    record_reset(p);
    pv_res r = parse_value(p, b, pos, le, true, &out);
    record_reset(p);
    if (r == PV_NOMEM) {
        p->rc = -1;
        return -1;
    }
    if (r != PV_OK) return LS_JSON_ARRAY;
    while (out < le && is_lblank((unsigned char)b[out]))
        out++;
    if (out != le) return LS_JSON_ARRAY;
    size_t q = skip_ws(b, le + 1, n);
    if (q == n) return !final && w_off + n <= lim_abs ? -1 : LS_JSON_ARRAY;
    return b[q] == '[' && w_off + q <= lim_abs ? LS_JSON_LINES : LS_JSON_ARRAY;
}

/* A candidate for the records array seen by the probe: positions in the probe's window. */
typedef struct {
    size_t open;   /* its '[' (SIZE_MAX: none) */
    size_t size;   /* bytes from '[' to ']' included (closed ones) */
    size_t k1, k2; /* its key's opening quote, and the outer key's (k1; SIZE_MAX: depth 1) */
} wr_cand;

enum { WP_OPEN, WP_CLOSED, WP_ERR, WP_NOMEM };
enum { WW_KEY_OR_CLOSE, WW_KEY, WW_AFTER };

/* Walk the wrapper starting at b[pos] ('{') up to end, by the grammar the wrapped reader
 * follows (keys, ':', ','; an object at depth 1 is entered; an array whose first element
 * is an object is a candidate, skipped by depth; any other value is parsed whole). *best:
 * the largest closed candidate, or the one open at end. Returns WP_CLOSED (*closed_at: the
 * byte after W), WP_OPEN (end reached inside W), WP_ERR (a syntax error), WP_NOMEM. Bytes
 * up to end only, and end is never taken for the end of the input: a prefix of the input
 * gives WP_OPEN or the answer of the whole. */
static int wr_walk(ls_json_parser *p, const char *b, size_t pos, size_t end, wr_cand *best,
                   size_t *closed_at)
{
    size_t q = pos + 1, e, key1 = SIZE_MAX;
    int level = 1, at = WW_KEY_OR_CLOSE;
    for (;;) {
        q = skip_ws(b, q, end);
        if (q >= end) return WP_OPEN;
        if (at == WW_AFTER || (at == WW_KEY_OR_CLOSE && b[q] == '}')) {
            if (at == WW_AFTER && b[q] == ',') {
                q++;
                at = WW_KEY;
                continue;
            }
            if (b[q] != '}') return WP_ERR;
            q++;
            if (level == 2) {
                level = 1;
                at = WW_AFTER;
                continue;
            }
            *closed_at = q;
            return WP_CLOSED;
        }
        /* a member: "key" : value */
        if (b[q] != '"') return WP_ERR;
        size_t key = q, scr0 = p->scr_len;
        jstr s;
        pv_res r = parse_string(p, b, q, end, false, &s, &e);
        p->scr_len = scr0;
        if (r != PV_OK) return r == PV_MORE ? WP_OPEN : r == PV_NOMEM ? WP_NOMEM : WP_ERR;
        q = skip_ws(b, e, end);
        if (q >= end) return WP_OPEN;
        if (b[q] != ':') return WP_ERR;
        q = skip_ws(b, q + 1, end);
        if (q >= end) return WP_OPEN;
        at = WW_AFTER;
        if (b[q] == '{' && level == 1) {
            key1 = key;
            level = 2;
            q++;
            at = WW_KEY_OR_CLOSE;
            continue;
        }
        if (b[q] == '[') {
            size_t f = skip_ws(b, q + 1, end);
            if (f >= end) return WP_OPEN;
            if (b[f] == '{') {
                bool done;
                skip_start(p, '[');
                e = skip_scan(p, b, q, end, &done);
                wr_cand c = {q, e - q, level == 2 ? key1 : SIZE_MAX, key};
                if (!done) {
                    *best = c;
                    return WP_OPEN;
                }
                if (best->open == SIZE_MAX || c.size > best->size) *best = c;
                q = e;
                continue;
            }
        }
        record_reset(p);
        r = parse_value(p, b, q, end, false, &e);
        record_reset(p);
        if (r != PV_OK) return r == PV_MORE ? WP_OPEN : r == PV_NOMEM ? WP_NOMEM : WP_ERR;
        q = e;
    }
}

/* Set p->wr_key to the records array's key: the key strings at b[k1] (SIZE_MAX: none) and
 * b[k2], unescaped, joined by '.', a NUL byte written \u0000. -1 on out of memory. */
static int wr_set_key(ls_json_parser *p, const char *b, size_t k1, size_t k2, size_t end)
{
    const size_t ks[2] = {k1, k2};
    char *o = NULL;
    size_t len = 0;
    for (int i = 0; i < 2; i++) {
        if (ks[i] == SIZE_MAX) continue;
        size_t scr0 = p->scr_len, e, nuls = 0;
        jstr s;
        if (parse_string(p, b, ks[i], end, false, &s, &e) != PV_OK) { /* parsed before */
            free(o);
            p->scr_len = scr0;
            return -1;
        }
        const char *k = s.scr ? p->scr + (uintptr_t)s.p : s.p;
        for (size_t j = 0; j < s.len; j++)
            nuls += k[j] == '\0';
        char *no = realloc(o, len + 1 + s.len + 5 * nuls + 1);
        if (!no) {
            free(o);
            p->scr_len = scr0;
            return -1;
        }
        o = no;
        if (len) o[len++] = '.';
        for (size_t j = 0; j < s.len; j++) {
            if (k[j] == '\0') {
                memcpy(o + len, "\\u0000", 6);
                len += 6;
            } else {
                o[len++] = k[j];
            }
        }
        o[len] = '\0';
        p->scr_len = scr0;
    }
    free(p->wr_key);
    p->wr_key = o;
    return 0;
}

/* The first non-blank byte is '{' at b[pos] (wr_start): JSON lines or a wrapper, and which
 * array holds the records (json.h). Decided from the head, the bytes [wr_start, wr_start +
 * AUTO_PROBE_MAX): returns LS_JSON_LINES, LS_JSON_WRAPPED (wr_rec_off, wr_key set) or -1
 * when more input is needed (or out of memory: p->rc). Forced wrapped mode never gets
 * LS_JSON_LINES. */
static int wr_probe(ls_json_parser *p, const char *b, size_t pos, size_t n, uint64_t w_off,
                    bool final)
{
    bool forced = p->st.mode == LS_JSON_WRAPPED;
    uint64_t lim_abs = p->wr_start + AUTO_PROBE_MAX;
    bool full = w_off + n >= lim_abs;
    size_t end = full ? (size_t)(lim_abs - w_off) : n;
    bool stop = full || final; /* the head is all there */
    wr_cand best = {SIZE_MAX, 0, SIZE_MAX, SIZE_MAX};
    size_t closed = 0;
    int w = wr_walk(p, b, pos, end, &best, &closed);
    record_reset(p);
    if (w == WP_NOMEM) {
        p->rc = -1;
        return -1;
    }
    if (w == WP_ERR) {
        if (!forced) return LS_JSON_LINES;
    } else if (w == WP_CLOSED && skip_ws(b, closed, end) < end) {
        if (!forced) return LS_JSON_LINES; /* a second document */
    } else if (!stop) {
        return -1;
    }
    p->wr_rec_off = NO_OFFSET;
    if (best.open == SIZE_MAX) return forced ? LS_JSON_WRAPPED : LS_JSON_LINES;
    if (wr_set_key(p, b, best.k1, best.k2, end) != 0) {
        p->rc = -1;
        return -1;
    }
    p->wr_rec_off = w_off + best.open;
    return LS_JSON_WRAPPED;
}

/* Wrapped mode: the wrapper's punctuation from b[pos] (S_WR_OBJ). Keys are skipped (only
 * their quotes and backslashes matter), so nothing is held. Returns the new position: n
 * when the window is used up, else where the next state starts (a value, the records
 * array, or after W). */
static size_t wr_obj(ls_json_parser *p, const char *b, size_t pos, size_t n, uint64_t w_off)
{
    while (p->state == S_WR_OBJ) {
        if (p->wk == WK_KEY) {
            for (;;) {
                if (p->wk_esc) {
                    if (pos == n) return n;
                    pos++;
                    p->wk_esc = false;
                }
                size_t q = find_qb(b, pos, n);
                if (q >= n) return n;
                pos = q + 1;
                if (b[q] == '"') break;
                p->wk_esc = true;
            }
            p->wk = WK_COLON;
            continue;
        }
        pos = skip_ws(b, pos, n);
        if (pos == n) return n;
        unsigned char c = (unsigned char)b[pos];
        switch (p->wk) {
        case WK_OPEN:
            if (c != '{') return wr_broken(p, n);
            pos++;
            p->wr_level = 1;
            p->wk = WK_FIRST;
            break;
        case WK_FIRST:
        case WK_NEXT:
        case WK_AFTER:
            if (p->wk == WK_AFTER && c == ',') {
                pos++;
                p->wk = WK_NEXT;
            } else if (p->wk != WK_NEXT && c == '}') {
                pos++;
                if (p->wr_level == 2) {
                    p->wr_level = 1;
                    p->wk = WK_AFTER;
                } else {
                    p->state = S_ARR_DONE; /* after W: only blanks expected */
                }
            } else if (p->wk != WK_AFTER && c == '"') {
                pos++;
                p->wk = WK_KEY;
                p->wk_esc = false;
            } else {
                return wr_broken(p, n);
            }
            break;
        case WK_COLON:
            if (c != ':') return wr_broken(p, n);
            pos++;
            p->wk = WK_VALUE;
            break;
        default: /* WK_VALUE */
            if (w_off + pos == p->wr_rec_off) {
                pos++;
                p->vkind = VK_ELEM;
                p->state = S_ARR_FIRST;
            } else if (c == '{' && p->wr_level == 1) {
                pos++;
                p->wr_level = 2;
                p->wk = WK_FIRST;
            } else {
                p->rec_off = w_off + pos;
                p->vkind = VK_META;
                p->state = S_VALUE;
            }
            break;
        }
    }
    return pos;
}

/* Run the reader over the window b[0, n) (absolute offset w_off). Returns how many bytes
 * were consumed: less than n when a record starting there needs more input (never with
 * final, where the window ends the input). */
static size_t run(ls_json_parser *p, const char *b, size_t n, uint64_t w_off, bool final)
{
    size_t pos = 0;
    while (p->rc == 0) {
        switch (p->state) {
        case S_BOM:
            if (n - pos < 3 && !final && memcmp(b + pos, "\xEF\xBB\xBF", n - pos) == 0) return pos;
            if (n - pos >= 3 && memcmp(b + pos, "\xEF\xBB\xBF", 3) == 0) pos += 3;
            p->line_off = w_off + pos;
            p->state = p->st.mode == LS_JSON_ARRAY     ? S_ARR_OPEN
                       : p->st.mode == LS_JSON_WRAPPED ? S_WR_START
                                                       : S_LINE_START;
            break;

        case S_LINE_START:
            while (pos < n) {
                unsigned char c = (unsigned char)b[pos];
                if (is_lblank(c)) {
                    pos++;
                } else if (c == '\n') {
                    p->st.blank_lines++;
                    p->line_off = w_off + ++pos;
                } else {
                    break;
                }
            }
            if (pos == n) return n;
            p->rec_off = p->line_off;
            if (!p->decided) {
                if (b[pos] == '[') {
                    p->state = S_AUTO_PROBE;
                    break;
                }
                if (b[pos] == '{') {
                    p->wr_start = w_off + pos;
                    p->state = S_WR_PROBE;
                    break;
                }
                p->decided = true;
                p->st.mode = LS_JSON_LINES;
            }
            p->state = S_LINE_BODY;
            break;

        case S_AUTO_PROBE: {
            int d = auto_probe(p, b, pos, n, w_off, final);
            if (d < 0) return pos;
            p->decided = true;
            if (d == LS_JSON_ARRAY) {
                p->st.mode = LS_JSON_ARRAY;
                p->st.blank_lines = 0;
                p->state = S_ARR_OPEN;
            } else {
                p->st.mode = LS_JSON_LINES;
                p->state = S_LINE_BODY;
            }
            break;
        }

        case S_WR_START:
            pos = skip_ws(b, pos, n);
            if (pos == n) return n;
            if (b[pos] != '{') return wr_broken(p, n);
            p->wr_start = w_off + pos;
            p->state = S_WR_PROBE;
            break;

        case S_WR_PROBE: {
            int d = wr_probe(p, b, pos, n, w_off, final);
            if (d < 0) return pos;
            p->decided = true;
            if (d == LS_JSON_WRAPPED) {
                p->st.mode = LS_JSON_WRAPPED;
                p->st.blank_lines = 0;
                p->state = S_WR_OBJ;
                p->wk = WK_OPEN;
            } else {
                p->st.mode = LS_JSON_LINES;
                p->state = S_LINE_BODY;
            }
            break;
        }

        case S_WR_OBJ:
            pos = wr_obj(p, b, pos, n, w_off);
            if (pos == n && p->state == S_WR_OBJ) return n;
            break;

        case S_WR_END:
            return n;

        case S_LINE_BODY: {
            const char *nl = memchr(b + pos, '\n', n - pos);
            size_t le = nl ? (size_t)(nl - b) : n;
            if (!nl) {
                if (w_off + n - p->rec_off > p->max) {
                    deliver(p, LS_VREC_OVERSIZED, p->rec_off);
                    p->state = S_LINE_SKIP;
                    return n;
                }
                if (!final) return pos;
            }
            if (w_off + le - p->rec_off > p->max) {
                deliver(p, LS_VREC_OVERSIZED, p->rec_off);
            } else if (lone_open(b, pos, le)) {
                p->vkind = VK_DOC;
                p->state = S_VALUE;
                break;
            } else {
                line_record(p, b, pos, le);
            }
            pos = nl ? le + 1 : n;
            p->line_off = w_off + pos;
            p->state = S_LINE_START;
            break;
        }

        case S_LINE_SKIP: {
            const char *nl = memchr(b + pos, '\n', n - pos);
            if (!nl) return n;
            pos = (size_t)(nl - b) + 1;
            p->line_off = w_off + pos;
            p->state = S_LINE_START;
            break;
        }

        case S_LINE_REST:
            while (pos < n && is_lblank((unsigned char)b[pos]))
                pos++;
            if (pos == n) return n;
            if (b[pos] == '\n') {
                p->line_off = w_off + ++pos;
                p->state = S_LINE_START;
            } else { /* more on the line that closed the document: a record of its own */
                p->rec_off = w_off + pos;
                p->state = S_LINE_BODY;
            }
            break;

        case S_DOC_RESYNC:
            /* skip lines up to one that starts with '{' in its first column */
            if (pos == n) return n;
            if (p->sub == RS_SEEK) {
                const char *nl = memchr(b + pos, '\n', n - pos);
                if (!nl) return n;
                pos = (size_t)(nl - b) + 1;
                p->sub = RS_LINE;
            } else if (b[pos] == '{') {
                p->line_off = w_off + pos;
                p->state = S_LINE_START;
            } else {
                p->sub = RS_SEEK;
            }
            break;

        case S_ARR_OPEN:
            pos = skip_ws(b, pos, n);
            if (pos == n) return n;
            if (b[pos] == '[') pos++; /* else forced array mode: elements without brackets */
            p->state = S_ARR_FIRST;
            break;

        case S_ARR_FIRST:
        case S_ARR_ELEM:
            pos = skip_ws(b, pos, n);
            if (pos == n) return n;
            if (b[pos] == ']') { /* empty array, or a trailing comma */
                pos++;
                arr_closed(p);
                break;
            }
            p->rec_off = w_off + pos;
            p->vkind = VK_ELEM;
            p->state = S_VALUE;
            break;

        case S_ARR_AFTER:
            pos = skip_ws(b, pos, n);
            if (pos == n) return n;
            if (b[pos] == ',') {
                pos++;
                p->state = S_ARR_ELEM;
            } else if (b[pos] == ']') {
                pos++;
                arr_closed(p);
            } else if (b[pos] == '{') { /* a missing comma between objects: tolerated */
                p->rec_off = w_off + pos;
                p->vkind = VK_ELEM;
                p->state = S_VALUE;
            } else { /* a stray byte: a malformed record, then resynchronise */
                record_reset(p);
                deliver(p, err_problem(p, b, pos, n), w_off + pos);
                p->state = S_ARR_RESYNC;
                p->sub = RS_SEEK;
            }
            break;

        case S_ARR_RESYNC:
            /* the next '{' that starts a line (after blanks) or follows a ',' */
            if (pos == n) return n;
            if (p->sub == RS_SEEK) {
                while (pos < n && b[pos] != '\n' && b[pos] != ',')
                    pos++;
                if (pos == n) return n;
                p->sub = b[pos++] == '\n' ? RS_LINE : RS_COMMA;
                break;
            }
            {
                unsigned char c = (unsigned char)b[pos];
                if (c == '{') {
                    p->rec_off = w_off + pos;
                    p->vkind = VK_ELEM;
                    p->state = S_VALUE;
                } else if (is_ws(c)) {
                    pos++;
                } else if (c == ',' && p->sub == RS_LINE) {
                    pos++;
                    p->sub = RS_COMMA;
                } else {
                    p->sub = RS_SEEK;
                }
            }
            break;

        case S_ARR_DONE:
            pos = skip_ws(b, pos, n);
            if (pos < n) p->st.trailing_garbage = true;
            return n;

        case S_VALUE: {
            if (pos == n) return n; /* not reached: a value starts at a byte */
            bool pending;
            if (p->vkind == VK_META)
                pos = meta_value(p, b, pos, n, w_off, final, &pending);
            else
                pos = value_record(p, b, pos, n, w_off, final, &pending);
            if (pending) return pos;
            break;
        }

        case S_SKIP: {
            bool done;
            pos = skip_scan(p, b, pos, n, &done);
            if (!done) return n;
            value_done(p);
            break;
        }
        }
    }
    return n;
}

/* ---- carry and feeding ---------------------------------------------------------------------- */

/* Append to the carry, growing it by doubling. -1 on out of memory. */
static int carry_append(ls_json_parser *p, const char *d, size_t len)
{
    if (p->carry_cap - p->carry_len < len) {
        size_t cap = p->carry_cap ? p->carry_cap : 4096;
        while (cap - p->carry_len < len)
            cap *= 2;
        char *c = realloc(p->carry, cap);
        if (!c) return -1;
        p->carry = c;
        p->carry_cap = cap;
    }
    memcpy(p->carry + p->carry_len, d, len);
    p->carry_len += len;
    return 0;
}

/* How many bytes the carry (holding a pending record) should have before the next try:
 * twice what the last try saw (linear total work), at most what decides the record. */
static size_t carry_target(const ls_json_parser *p)
{
    if (p->state == S_BOM) return 3;
    uint64_t lim =
        p->state == S_WR_PROBE
            ? p->wr_start + AUTO_PROBE_MAX + 1 - p->carry_off
            : p->rec_off + (p->state == S_AUTO_PROBE ? AUTO_PROBE_MAX : p->max) + 1 - p->carry_off;
    size_t t = p->carry_tried * 2;
    if (t < p->carry_tried + CARRY_MIN_STEP) t = p->carry_tried + CARRY_MIN_STEP;
    if (t > lim) t = (size_t)lim;
    if (t <= p->carry_len) t = p->carry_len + 1;
    return t;
}

/* Drop the first k carry bytes (consumed by the reader). */
static void carry_drop(ls_json_parser *p, size_t k)
{
    memmove(p->carry, p->carry + k, p->carry_len - k);
    p->carry_len -= k;
    p->carry_off += k;
}

/* See json.h. The two roots of the path trie are made here: NODE_ROOT (the record object,
 * empty name) and NODE_DOLLAR ("$"). */
ls_json_parser *ls_json_parser_create(ls_json_mode mode, size_t max_record_bytes,
                                      const ls_json_callbacks *cb)
{
    ls_json_parser *p = calloc(1, sizeof *p);
    if (!p) return NULL;
    if (cb) p->cb = *cb;
    p->max = max_record_bytes ? max_record_bytes : JSON_DEFAULT_MAX;
    if (p->max > JSON_MAX_LIMIT) p->max = JSON_MAX_LIMIT;
    p->st.mode = mode;
    p->decided = mode != LS_JSON_AUTO;
    p->state = S_BOM;
    p->wr_rec_off = NO_OFFSET;
    if (node_new(p, NODE_NONE, "", 0, false, 0) != NODE_ROOT ||
        node_new(p, NODE_NONE, "$", 1, false, 0) != NODE_DOLLAR || slots_grow(p) != 0) {
        ls_json_parser_free(p);
        return NULL;
    }
    return p;
}

/* The node of dst standing for src's node id (created in dst if new): the same chain of
 * keys, "[]" and "*" from the same root. NODE_NONE on out of memory. */
static uint32_t node_mirror(ls_json_parser *dst, const ls_json_parser *src, uint32_t id)
{
    if (id == NODE_ROOT || id == NODE_DOLLAR) return id;
    const jnode *n = &src->nodes[id];
    uint32_t par = node_mirror(dst, src, n->parent);
    if (par == NODE_NONE) return NODE_NONE;
    const jnode *sp = &src->nodes[n->parent];
    if (sp->arr_child == id) return child_arr(dst, par);
    if (sp->star_child == id) return child_special(dst, par, false);
    if (sp->val_child == id) return child_special(dst, par, true);
    uint32_t prev = NODE_NONE;
    return child_key(dst, par, n->key, n->key_len, &prev);
}

/* Is src's node a map by the prescan's rule (json.h): objects here, over the records of the
 * head, mostly have keys no other object here has -- one person per record,
 * {"alice":{..}} then {"bob":{..}}? A field name recurs from record to record; a key that
 * is data does not. */
static bool node_keys_are_data(const jnode *n)
{
    return n->is_map || (n->nobj >= PRESCAN_MIN_OBJECTS && n->nkeychild >= PRESCAN_MIN_OBJECTS &&
                         (uint64_t)n->nkeychild * 4 > n->nkeys * 3);
}

int ls_json_parser_prescan(ls_json_parser *p, const char *head, size_t len)
{
    if (p->st.bytes || len == 0) return 0;
    ls_json_parser *q = ls_json_parser_create(p->st.mode, p->max, NULL);
    if (!q) return -1;
    /* finished, so that modes decided only at the end (a wrapper read whole) decide; a
     * record cut by the head's end is then malformed, which marks nothing */
    int rc = ls_json_parser_feed(q, head, len) < 0 || ls_json_parser_finish(q) < 0 ? -1 : 0;
    for (uint32_t id = 0; rc == 0 && id < q->nnodes; id++) {
        if (!node_keys_are_data(&q->nodes[id])) continue;
        uint32_t d = node_mirror(p, q, id);
        if (d == NODE_NONE)
            rc = -1;
        else
            p->nodes[d].is_map = true;
    }
    ls_json_parser_free(q);
    return rc;
}

/* Feed: with no carry, the chunk is read in place and only the pending tail is copied;
 * with a carry, bytes are appended until the carry is worth a new try (JSON lines: up to
 * the next '\n'), and as soon as the rest of the carry also lies in this chunk the reader
 * goes back to reading the chunk in place. */
int ls_json_parser_feed(ls_json_parser *p, const char *data, size_t len)
{
    if (p->rc) return p->rc;
    if (len == 0 || p->finished) return 0;
    p->st.bytes += len;
    for (size_t i = len; i > 0; i--)
        if (!is_ws((unsigned char)data[i - 1])) {
            p->last_nonblank = (unsigned char)data[i - 1];
            break;
        }

    size_t pos = 0;
    while (p->carry_len) {
        size_t target = carry_target(p), take = len - pos;
        bool try_now = false;
        if (p->state == S_LINE_BODY) {
            const char *nl = memchr(data + pos, '\n', take);
            if (nl) {
                take = (size_t)(nl - data) - pos + 1;
                try_now = true;
            }
            uint64_t lim = p->rec_off + p->max + 1 - p->carry_off;
            uint64_t room = lim > p->carry_len ? lim - p->carry_len : 0;
            if (take >= room) {
                take = (size_t)room;
                try_now = true;
            }
        } else if (take >= target - p->carry_len) {
            take = target - p->carry_len;
            try_now = true;
        }
        if (carry_append(p, data + pos, take) != 0) return p->rc = -1;
        pos += take;
        if (!try_now) break;
        size_t k = run(p, p->carry, p->carry_len, p->carry_off, false);
        if (p->rc) return p->rc;
        carry_drop(p, k);
        p->carry_tried = p->carry_len;
        if (p->carry_len <= pos) { /* the rest is in this chunk: read it in place */
            pos -= p->carry_len;
            p->carry_len = 0;
        }
        if (pos == len) break;
    }
    if (p->carry_len == 0 && pos < len) {
        size_t k = run(p, data + pos, len - pos, p->off + pos, false);
        if (p->rc) return p->rc;
        if (pos + k < len) {
            if (carry_append(p, data + pos + k, len - pos - k) != 0) return p->rc = -1;
            p->carry_off = p->off + pos + k;
            p->carry_tried = p->carry_len;
        }
    }
    p->off += len;
    return 0;
}

/* The carry is read as the end of the input; then what the final state says about the
 * input (an array left open, a last line of blanks) goes into the stats. */
int ls_json_parser_finish(ls_json_parser *p)
{
    if (p->rc) return p->rc;
    if (p->finished) return 0;
    p->finished = true;
    if (p->carry_len)
        run(p, p->carry, p->carry_len, p->carry_off, true);
    else
        run(p, "", 0, p->off, true);
    p->carry_len = 0;
    if (p->rc) return p->rc;
    if (!p->decided) {
        p->decided = true;
        p->st.mode = LS_JSON_LINES;
    }
    if (p->st.mode == LS_JSON_ARRAY || p->st.mode == LS_JSON_WRAPPED) {
        switch (p->state) {
        case S_ARR_FIRST:
        case S_ARR_ELEM:
        case S_ARR_AFTER:
        case S_VALUE:
        case S_SKIP:
        case S_WR_OBJ:
            p->st.unterminated = true;
            break;
        case S_ARR_RESYNC:
            p->st.unterminated = p->last_nonblank != (p->st.mode == LS_JSON_WRAPPED ? '}' : ']');
            break;
        default:
            break;
        }
    } else if (p->state == S_LINE_START && p->off > p->line_off) {
        p->st.blank_lines++; /* a last line of blanks without '\n' */
    }
    return 0;
}

/* See json.h: the mode reads LS_JSON_AUTO until decided. */
void ls_json_parser_stats(const ls_json_parser *p, ls_json_stats *out)
{
    *out = p->st;
    if (!p->decided) out->mode = LS_JSON_AUTO;
}

/* See json.h. Names live in the arena, so they stay valid until free. */
const char *ls_json_path_name(const ls_json_parser *p, uint32_t id)
{
    return id < p->npub ? p->nodes[p->pub[id]].name : NULL;
}

/* Paths that carried a delivered value. */
uint32_t ls_json_path_count(const ls_json_parser *p)
{
    return p->npub;
}

/* See json.h: set when wrapped mode is decided with a records array. */
const char *ls_json_records_key(const ls_json_parser *p)
{
    return p->decided && p->st.mode == LS_JSON_WRAPPED ? p->wr_key : NULL;
}

/* See json.h; accepts NULL. */
void ls_json_parser_free(ls_json_parser *p)
{
    if (!p) return;
    free(p->wr_key);
    for (arena_block *b = p->arena, *nb; b; b = nb) {
        nb = b->next;
        free(b);
    }
    free(p->nodes);
    free(p->slots);
    free(p->pub);
    free(p->vals);
    free(p->scr);
    free(p->carry);
    free(p);
}

/* ---- sniffing ------------------------------------------------------------------------------- */

#define SNIFF_LINES 16

/* JSON lines head: of the first non-blank lines (a pretty-printed document counts as one),
 * the first must parse and three in four must (a line cut by the end of the head parses
 * when what is there is a valid beginning). */
static bool sniff_lines(ls_json_parser *p, const char *h, size_t pos, size_t len)
{
    unsigned good = 0, total = 0;
    while (total < SNIFF_LINES) {
        while (pos < len && is_ws((unsigned char)h[pos]))
            pos++;
        if (pos >= len) break;
        const char *nl = memchr(h + pos, '\n', len - pos);
        size_t le = nl ? (size_t)(nl - h) : len, out;
        bool ok, cut = false;
        record_reset(p);
        if (lone_open(h, pos, le)) {
            pv_res r = parse_value(p, h, pos, len, false, &out);
            if (r == PV_NOMEM) return false;
            ok = r != PV_ERR;
            cut = r == PV_MORE;
            if (r == PV_OK) {
                while (out < len && is_lblank((unsigned char)h[out]))
                    out++;
                if (out < len && h[out] != '\n') ok = false;
                nl = out < len ? h + out : NULL;
            }
        } else {
            pv_res r = parse_value(p, h, pos, le, nl != NULL, &out);
            if (r == PV_NOMEM) return false;
            if (r == PV_OK) {
                while (out < le && is_lblank((unsigned char)h[out]))
                    out++;
                if (out != le) r = PV_ERR;
            }
            ok = r != PV_ERR;
            cut = r == PV_MORE;
        }
        if (total == 0 && !ok) return false;
        total++;
        good += ok;
        if (cut || !nl) break;
        pos = (size_t)(nl - h) + 1;
    }
    return good > 0 && good * 4 >= total * 3;
}

/* One value at h[pos] (an array export, a wrapper): valid up to the cut, or whole and
 * followed by blanks or more JSON. */
static bool sniff_value(ls_json_parser *p, const char *h, size_t pos, size_t len)
{
    size_t out;
    record_reset(p);
    pv_res r = parse_value(p, h, pos, len, false, &out);
    if (r != PV_OK) return r == PV_MORE;
    out = skip_ws(h, out, len);
    return out == len || h[out] == '[' || h[out] == '{';
}

/* See json.h: the head is parsed by a throw-away parser (values and paths discarded). */
bool ls_json_sniff(const char *head, size_t len)
{
    size_t pos = 0;
    if (len >= 3 && memcmp(head, "\xEF\xBB\xBF", 3) == 0) pos = 3;
    pos = skip_ws(head, pos, len);
    if (pos >= len || (head[pos] != '{' && head[pos] != '[')) return false;
    ls_json_parser *p = ls_json_parser_create(LS_JSON_AUTO, 0, NULL);
    if (!p) return false;
    p->sniffing = true;
    bool yes;
    if (head[pos] == '[')
        yes = sniff_value(p, head, pos, len);
    else
        yes = sniff_lines(p, head, pos, len) || sniff_value(p, head, pos, len);
    ls_json_parser_free(p);
    return yes;
}
