/* v_network.c — IPv4 and IPv6 addresses, URLs. */
#include "detect/v_common.h"

/* Parse a dotted quad exactly filling s[0..n). Returns 1 valid, 0 shape but invalid
 * (octet > 255 or leading zero), -1 not a dotted quad. */
static int parse_v4(const char *s, size_t n, uint32_t *addr)
{
    uint32_t a = 0;
    int parts = 0, bad = 0;
    size_t i = 0;
    while (parts < 4) {
        size_t st = i;
        unsigned v = 0;
        while (i < n && lsc_digit((unsigned char)s[i]) && i - st < 4)
            v = v * 10 + (unsigned)(s[i++] - '0');
        size_t w = i - st;
        if (w == 0 || w > 3) return -1;
        if (v > 255 || (w > 1 && s[st] == '0')) bad = 1;
        a = a << 8 | (v & 0xff);
        parts++;
        if (parts < 4) {
            if (i >= n || s[i] != '.') return -1;
            i++;
        }
    }
    if (i != n) return -1;
    if (addr) *addr = a;
    return !bad;
}

static ls_ip_class v4_class(uint32_t a)
{
    unsigned o1 = a >> 24, o2 = a >> 16 & 0xff, o3 = a >> 8 & 0xff;
    if (o1 == 127) return LS_IP_LOOPBACK;
    if (o1 == 10 || (o1 == 172 && (o2 & 0xf0) == 16) || (o1 == 192 && o2 == 168) ||
        (o1 == 100 && (o2 & 0xc0) == 64))
        return LS_IP_PRIVATE;
    if (o1 == 169 && o2 == 254) return LS_IP_LINK_LOCAL;
    if (o1 == 0 || o1 >= 224 || (o1 == 192 && o2 == 0 && o3 == 2) ||
        (o1 == 198 && o2 == 51 && o3 == 100) || (o1 == 203 && o2 == 0 && o3 == 113))
        return LS_IP_SPECIAL;
    return LS_IP_PUBLIC;
}

/* ls_validate_ipv4_ex: dotted-quad IPv4 address "a.b.c.d".
 *
 * Shape (else NOT_TYPE): four groups of 1-3 digits separated by dots, nothing else (no
 * port, no CIDR suffix). Rules (else INVALID): each octet <= 255 and written without a
 * leading zero — "010.1.1.1" is octal 8.1.1.1 for inet_aton() but decimal for most other
 * parsers, so it is refused rather than guessed. Version-like strings ("1.2.3.4") are
 * indistinguishable and pass. Normal form: the address itself. detail: ls_ip_class. */
ls_verdict ls_validate_ipv4_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                               uint32_t *detail)
{
    uint32_t a = 0;
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 7 || n > 15) return lsv_not(norm_len);
    int r = parse_v4(s, n, &a);
    if (r < 0) return lsv_not(norm_len);
    if (r) lsv_set_detail(detail, v4_class(a));
    return lsv_out(r ? LS_VERDICT_VALID : LS_VERDICT_INVALID, norm, norm_len, s, n);
}

/* Parse an IPv6 address (RFC 4291 text forms) into w[8]. Returns 1 on success. */
static int parse_v6(const char *s, size_t n, uint16_t w[8])
{
    uint16_t g[8];
    int ng = 0, dc = -1;
    size_t i = 0;
    if (n >= 2 && s[0] == ':' && s[1] == ':') {
        dc = 0, i = 2;
    } else if (n && s[0] == ':') {
        return 0;
    }
    while (i < n) {
        size_t st = i;
        unsigned v = 0;
        while (i < n && (ls_ctab[(unsigned char)s[i]] & LSC_HEX) && i - st < 5)
            v = v << 4 | (unsigned)lsc_hexval((unsigned char)s[i++]);
        if (i < n && s[i] == '.') { /* embedded IPv4 takes the last 32 bits */
            uint32_t a;
            if (ng > 6 || parse_v4(s + st, n - st, &a) != 1) return 0;
            g[ng++] = (uint16_t)(a >> 16), g[ng++] = (uint16_t)a;
            i = n;
            break;
        }
        if (i == st || i - st > 4 || ng == 8) return 0;
        g[ng++] = (uint16_t)v;
        if (i == n) break;
        if (s[i] != ':') return 0;
        i++;
        if (i < n && s[i] == ':') {
            if (dc >= 0) return 0;
            dc = ng, i++;
        } else if (i == n) {
            return 0;
        }
    }
    if (dc < 0 && ng != 8) return 0;
    if (dc >= 0 && ng > 7) return 0;
    int fill = 8 - ng, o = 0;
    for (int k = 0; k < ng; k++) {
        if (k == dc)
            for (int z = 0; z < fill; z++)
                w[o++] = 0;
        w[o++] = g[k];
    }
    if (dc == ng)
        for (int z = 0; z < fill; z++)
            w[o++] = 0;
    return 1;
}

static size_t put_hex16(char *o, unsigned v)
{
    static const char hx[] = "0123456789abcdef";
    size_t k = 0;
    int started = 0;
    for (int sh = 12; sh >= 0; sh -= 4) {
        unsigned d = v >> sh & 0xf;
        if (d || started || sh == 0) o[k++] = hx[d], started = 1;
    }
    return k;
}

static size_t put_dec(char *o, unsigned v)
{
    char t[3];
    size_t k = 0, m = 0;
    do
        t[m++] = (char)('0' + v % 10), v /= 10;
    while (v);
    while (m)
        o[k++] = t[--m];
    return k;
}

/* RFC 5952 canonical text: lower-case, no leading zeros, the longest run (>= 2) of zero
 * groups as "::" (the first on ties), IPv4-mapped addresses with a dotted tail. At most
 * 45 bytes. */
static size_t v6_canon(const uint16_t w[8], char *o)
{
    int best = -1, blen = 0;
    for (int i = 0; i < 8;) {
        if (w[i]) {
            i++;
            continue;
        }
        int j = i;
        while (j < 8 && !w[j])
            j++;
        if (j - i > blen && j - i >= 2) best = i, blen = j - i;
        i = j;
    }
    int mapped = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0 && w[5] == 0xffff;
    int last = mapped ? 6 : 8;
    size_t k = 0;
    for (int i = 0; i < last;) {
        if (i == best) {
            o[k++] = ':', o[k++] = ':';
            i += blen;
            continue;
        }
        if (k && o[k - 1] != ':') o[k++] = ':';
        k += put_hex16(o + k, w[i]);
        i++;
    }
    if (mapped) {
        if (o[k - 1] != ':') o[k++] = ':';
        for (int b = 0; b < 4; b++) {
            unsigned byte = (b < 2 ? w[6] >> (8 - 8 * b) : w[7] >> (8 - 8 * (b - 2))) & 0xff;
            k += put_dec(o + k, byte);
            if (b < 3) o[k++] = '.';
        }
    }
    return k;
}

/* ls_validate_ipv6_ex: IPv6 address, full ("2001:0db8:0000:...") or compressed ("::1",
 * "fe80::1"), with an optional embedded IPv4 tail ("::ffff:192.0.2.1").
 *
 * Shape (else NOT_TYPE): only hex digits, ':' and '.', at most 45 bytes, and either a
 * "::" or at least 7 colons — so that times ("12:30:45") and MAC addresses
 * ("00:1a:2b:3c:4d:5e") are not candidates. Zone ids ("%eth0") and brackets are not
 * accepted. Rules (else INVALID): RFC 4291 grammar. Normal form: RFC 5952 canonical text
 * (so that every spelling of one address counts once). detail: ls_ip_class. */
ls_verdict ls_validate_ipv6_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                               uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 2 || n > 45) return lsv_not(norm_len);
    int colons = 0, dbl = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ':') {
            colons++;
            if (i + 1 < n && s[i + 1] == ':') dbl = 1;
        } else if (!(ls_ctab[c] & LSC_HEX) && c != '.') {
            return lsv_not(norm_len);
        }
    }
    if (!dbl && colons < 7) return lsv_not(norm_len);
    uint16_t w[8];
    if (!parse_v6(s, n, w)) {
        if (norm)
            for (size_t i = 0; i < n; i++)
                norm[i] = (char)lsc_lower((unsigned char)s[i]);
        if (norm_len) *norm_len = n;
        return LS_VERDICT_INVALID;
    }
    ls_ip_class cls = LS_IP_PUBLIC;
    int zero6 = !w[0] && !w[1] && !w[2] && !w[3] && !w[4];
    if (zero6 && w[5] == 0xffff)
        cls = v4_class((uint32_t)w[6] << 16 | w[7]);
    else if (zero6 && !w[5] && !w[6] && w[7] == 1)
        cls = LS_IP_LOOPBACK;
    else if ((w[0] & 0xffc0) == 0xfe80)
        cls = LS_IP_LINK_LOCAL;
    else if ((w[0] & 0xfe00) == 0xfc00)
        cls = LS_IP_PRIVATE;
    else if ((w[0] & 0xff00) == 0xff00 || (w[0] == 0x2001 && w[1] == 0x0db8) ||
             (zero6 && !w[5] && !w[6] && !w[7]))
        cls = LS_IP_SPECIAL;
    lsv_set_detail(detail, cls);
    char o[48];
    size_t k = v6_canon(w, o);
    return lsv_out(LS_VERDICT_VALID, norm, norm_len, o, k);
}

/* Is h[0..n) a valid host name: dot-separated labels of letters, digits, '-' and '_'
 * (1-63 bytes, no '-' at either end), ending in a TLD of 2+ letters or "xn--" label, or
 * "localhost"? Non-ASCII bytes are accepted inside labels (IDN written in UTF-8). */
static int host_ok(const char *h, size_t n)
{
    if (n == 0 || n > 253) return 0;
    if (lsv_eq_ci(h, n, "localhost")) return 1;
    const unsigned char *p = (const unsigned char *)h;
    size_t lab = 0;
    int labels = 0;
    if (p[n - 1] == '.') n--; /* fully qualified "example.com." */
    for (size_t i = 0; i <= n; i++) {
        if (i < n && p[i] != '.') {
            if (!lsc_alnum(p[i]) && p[i] != '-' && p[i] != '_' && p[i] < 0x80) return 0;
            continue;
        }
        size_t len = i - lab;
        if (len < 1 || len > 63 || p[lab] == '-' || p[i - 1] == '-') return 0;
        labels++;
        if (i == n) {
            if (len >= 4 && lsv_prefix_ci(h + lab, len, "xn--")) break;
            if (len < 2) return 0;
            for (size_t j = lab; j < i; j++)
                if (!lsc_alpha(p[j])) return 0;
        }
        lab = i + 1;
    }
    return labels >= 2;
}

/* ls_validate_url_ex: an absolute http, https or ftp URL.
 *
 * Shape (else NOT_TYPE): the scheme (any case) followed by "://", at most 4096 bytes.
 * Rules (else INVALID): an authority of optional "user[:pass]@", a host (DNS name with a
 * real TLD, "localhost", a dotted-quad IPv4 or a bracketed IPv6) and an optional port
 * 1-65535; no white space, control bytes, '"', '<' or '>' anywhere. Bare "www.x.fr"
 * without a scheme is NOT_TYPE (free text is full of such mentions). Normal form: scheme
 * and host lower-cased, the rest unchanged. detail: 0. */
ls_verdict ls_validate_url_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                              uint32_t *detail)
{
    lsv_set_detail(detail, 0);
    lsv_trim(&s, &n);
    if (n < 8 || n > 4096) return lsv_not(norm_len);
    size_t sl;
    if (lsv_prefix_ci(s, n, "http://"))
        sl = 7;
    else if (lsv_prefix_ci(s, n, "https://"))
        sl = 8;
    else if (lsv_prefix_ci(s, n, "ftp://"))
        sl = 6;
    else
        return lsv_not(norm_len);

    const unsigned char *p = (const unsigned char *)s;
    int ok = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c <= 0x20 || c == 0x7f || c == '"' || c == '<' || c == '>') {
            ok = 0;
            break;
        }
    }
    size_t ae = sl; /* end of authority */
    while (ae < n && p[ae] != '/' && p[ae] != '?' && p[ae] != '#')
        ae++;
    size_t hs = sl; /* host start: after the last '@' of the authority */
    for (size_t i = sl; i < ae; i++)
        if (p[i] == '@') hs = i + 1;
    size_t he = ae; /* host end: before ":port" */
    if (ok && hs < ae && p[hs] == '[') {
        size_t rb = hs;
        while (rb < ae && p[rb] != ']')
            rb++;
        uint16_t w[8];
        if (rb == ae || !parse_v6(s + hs + 1, rb - hs - 1, w)) ok = 0;
        he = rb + 1;
    } else if (ok) {
        for (size_t i = hs; i < ae; i++)
            if (p[i] == ':') {
                he = i;
                break;
            }
        int v4 = parse_v4(s + hs, he - hs, NULL);
        if (v4 == 0 || (v4 < 0 && !host_ok(s + hs, he - hs))) ok = 0;
    }
    if (ok && he < ae) {
        if (p[he] != ':' || ae - he < 2 || ae - he > 6) {
            ok = 0;
        } else {
            unsigned port = 0;
            for (size_t i = he + 1; i < ae; i++) {
                if (!lsc_digit(p[i])) ok = 0;
                port = port * 10 + (unsigned)(p[i] - '0');
            }
            if (port == 0 || port > 65535) ok = 0;
        }
    }
    if (norm) {
        for (size_t i = 0; i < n; i++)
            norm[i] = (char)((i < sl || (i >= hs && i < he)) ? lsc_lower(p[i]) : p[i]);
    }
    if (norm_len) *norm_len = n;
    return ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
}
