/* leakscope-gen — check digits of the identifiers it writes. */
#include "gen.h"

/* French NIR key: 97 - (n mod 97) over the 13 first characters, Corsica 2A -> 19, 2B -> 18. */
int nir_key(const char body[13])
{
    uint64_t n = 0;
    for (int i = 0; i < 13; i++) {
        char c = body[i];
        if (i == 5 && c == '2' && (body[6] == 'A' || body[6] == 'B')) {
            n = n * 100 + (body[6] == 'A' ? 19 : 18);
            i++;
            continue;
        }
        n = n * 10 + (uint64_t)(c - '0');
    }
    return (int)(97 - n % 97);
}

static unsigned mod97_str(unsigned acc, const char *s)
{
    for (; *s; s++) {
        char c = *s;
        if (c >= '0' && c <= '9') {
            acc = (acc * 10 + (unsigned)(c - '0')) % 97;
        } else {
            unsigned v = (unsigned)((c >= 'a' ? c - 'a' : c - 'A') + 10);
            acc = (acc * 100 + v) % 97;
        }
    }
    return acc;
}

/* ISO 13616 check digits for country cc and BBAN (digits and upper-case letters). */
int iban_check(const char *bban, const char cc[2])
{
    char tail[5] = {cc[0], cc[1], '0', '0', 0};
    unsigned acc = mod97_str(0, bban);
    acc = mod97_str(acc, tail);
    return (int)(98 - acc);
}

/* Luhn check digit for a payload of n digits. */
int luhn_check(const char *digits, size_t n)
{
    unsigned sum = 0;
    int dbl = 1; /* the rightmost payload digit is doubled */
    for (size_t i = n; i-- > 0;) {
        unsigned d = (unsigned)(digits[i] - '0');
        if (dbl) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return (int)((10 - sum % 10) % 10);
}

/* NHS number: weights 10..2 on the first nine digits, 11 - (sum mod 11); 11 -> 0; 10 unusable. */
int nhs_check(const char d[9])
{
    unsigned sum = 0;
    for (int i = 0; i < 9; i++)
        sum += (unsigned)(d[i] - '0') * (unsigned)(10 - i);
    int c = 11 - (int)(sum % 11);
    return c == 11 ? 0 : c;
}

/* French RIB key. */
int rib_key(uint64_t bank, uint64_t branch, uint64_t account)
{
    uint64_t s = (89 * bank + 15 * branch + 3 * account) % 97;
    return (int)(97 - s);
}
