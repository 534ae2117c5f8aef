#include "report/mask.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>

#include <stdio.h>
#include <string.h>

/* Copy at most k leading bytes of s without cutting a UTF-8 sequence in two. */
static size_t head(const char *s, size_t n, size_t k, char *out)
{
    size_t i = 0;
    while (i < n && i < k) {
        unsigned char c = (unsigned char)s[i];
        size_t l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (i + l > n || i + l > k) break;
        memcpy(out + i, s + i, l);
        i += l;
    }
    out[i] = 0;
    return i;
}

static void mask_email(const char *s, size_t n, char *out)
{
    const char *at = memchr(s, '@', n);
    if (!at) {
        snprintf(out, LS_MASK_MAX, "***");
        return;
    }
    const char *dom = at + 1;
    size_t dn = n - (size_t)(dom - s);
    const char *dot = NULL;
    for (size_t i = dn; i > 0; i--)
        if (dom[i - 1] == '.') {
            dot = dom + i - 1;
            break;
        }
    char a[8], b[8];
    head(s, (size_t)(at - s), 1, a);
    head(dom, dn, 1, b);
    size_t tl = dot ? (size_t)(dom + dn - dot) : 0;
    if (tl > 12) tl = 12;
    snprintf(out, LS_MASK_MAX, "%s***@%s***%.*s", a, b, (int)tl, dot ? dot : "");
}

static void mask_digits_keep(const char *s, size_t n, size_t keep_head, size_t keep_tail, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < LS_MASK_MAX; i++) {
        char c = s[i];
        bool digit_or_alnum =
            (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (digit_or_alnum && i >= keep_head && i + keep_tail < n)
            out[o++] = '*';
        else
            out[o++] = c;
    }
    out[o] = 0;
}

void ls_mask_value(ls_type t, const char *s, size_t n, char *out)
{
    while (n && (*s == ' ' || *s == '\t'))
        s++, n--;
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n > 48) n = 48;
    switch (t) {
    case LS_TYPE_EMAIL:
        mask_email(s, n, out);
        return;
    case LS_TYPE_FR_NIR:
        if (n == 15) { /* "1 85 ** ** *** *** 36": sex, birth year and key only */
            snprintf(out, LS_MASK_MAX, "%c %.2s ** ** *** *** %.2s", s[0], s + 1, s + 13);
            return;
        }
        mask_digits_keep(s, n, 3, 2, out);
        return;
    case LS_TYPE_PHONE:
        mask_digits_keep(s, n, n > 4 && s[0] == '+' ? 4 : 2, 2, out);
        return;
    case LS_TYPE_IBAN:
        mask_digits_keep(s, n, 4, 3, out);
        return;
    case LS_TYPE_CARD_NUMBER:
        mask_digits_keep(s, n, 6, 4, out);
        return;
    case LS_TYPE_DATE_OF_BIRTH: /* the decade only */
        if (n >= 10 && s[4] == '-') {
            snprintf(out, LS_MASK_MAX, "%.3s*-**-**", s);
            return;
        }
        snprintf(out, LS_MASK_MAX, "**/**/****");
        return;
    case LS_TYPE_PASSWORD:
    case LS_TYPE_PASSWORD_HASH:
        snprintf(out, LS_MASK_MAX, "********");
        return;
    case LS_TYPE_IPV4: {
        /* first two octets */
        size_t dots = 0, i = 0;
        for (; i < n && dots < 2; i++)
            if (s[i] == '.') dots++;
        snprintf(out, LS_MASK_MAX, "%.*s*.*", (int)i, s);
        return;
    }
    default: {
        char h[8];
        size_t hl = head(s, n, 1, h);
        (void)hl;
        snprintf(out, LS_MASK_MAX, "%s***", n ? h : "");
        return;
    }
    }
}

/* Is c a character of an e-mail's local part / domain? */
static bool local_char(unsigned char c)
{
    return isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c >= 0x80;
}
static bool domain_char(unsigned char c)
{
    return isalnum(c) || c == '.' || c == '-' || c >= 0x80;
}

/* See mask.h. E-mails: a letter or digit before '@' and a dotted domain after it; the first
 * byte of each part and the domain's last label stay. Digit runs: digits possibly split by
 * one ' ', '.', '-' or '/' each, with 9 digits or more (phone numbers, national ids, card
 * numbers, IBAN bodies; dates and years stay): all but the last two become '*'. */
void ls_mask_name(char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '@' || i == 0 || !local_char((unsigned char)s[i - 1])) continue;
        size_t l = i, r = i + 1;
        while (l > 0 && local_char((unsigned char)s[l - 1]))
            l--;
        while (r < n && domain_char((unsigned char)s[r]))
            r++;
        while (r > i + 1 && (s[r - 1] == '.' || s[r - 1] == '-'))
            r--;
        const char *dot = NULL;
        for (size_t k = i + 2; k < r; k++)
            if (s[k] == '.') dot = s + k;
        if (!dot) continue; /* "user@host" without a dot: not shaped like an address */
        for (size_t k = l + 1; k < i; k++)
            s[k] = '*';
        for (size_t k = i + 2; k < (size_t)(dot - s); k++)
            s[k] = '*';
        i = r - 1;
    }
    for (size_t i = 0; i < n;) {
        if (!isdigit((unsigned char)s[i])) {
            i++;
            continue;
        }
        size_t j = i, digits = 0;
        while (j < n) {
            if (isdigit((unsigned char)s[j])) {
                digits++;
                j++;
            } else if ((s[j] == ' ' || s[j] == '.' || s[j] == '-' || s[j] == '/') && j + 1 < n &&
                       isdigit((unsigned char)s[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        if (digits >= 9) {
            size_t keep = 2;
            for (size_t k = j; k-- > i;) {
                if (!isdigit((unsigned char)s[k])) continue;
                if (keep) {
                    keep--;
                    continue;
                }
                s[k] = '*';
            }
        }
        i = j;
    }
}

/* See mask.h. */
const char *ls_mask_name_into(const char *s, char *buf, size_t cap, char **heap)
{
    *heap = NULL;
    if (!s) return NULL;
    size_t n = strlen(s);
    char *o = buf;
    if (n >= cap) {
        if (!(o = *heap = malloc(n + 1))) return "(name not shown: out of memory)";
    }
    memcpy(o, s, n + 1);
    ls_mask_name(o);
    return o;
}
