/* v_datetime.c — dates, date-times and dates of birth. */
#include <time.h>

#include "detect/v_common.h"

/* Plausible years: dumps hold birth dates, account dates and expiry dates. Outside this
 * range a date-shaped value is a placeholder ("0000-00-00", "0001-01-01", "9999-12-31")
 * and counts as INVALID. */
#define LS_YEAR_MIN 1800
#define LS_YEAR_MAX 2200

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int cal_ok(int y, int m, int d)
{
    static const unsigned char mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < LS_YEAR_MIN || y > LS_YEAR_MAX || m < 1 || m > 12 || d < 1) return 0;
    return d <= mdays[m] + (m == 2 && leap(y));
}

/* ls_days_from_civil: days since 1970-01-01 (H. Hinnant's algorithm, exact for the
 * proleptic Gregorian calendar). Used to compare dates without calling gmtime per value. */
long ls_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Read 1..maxw digits at s[*i]; returns the value and the width in *w, or -1. */
static int read_num(const char *s, size_t n, size_t *i, int maxw, int *w)
{
    int v = 0, k = 0;
    while (*i < n && k < maxw + 1 && lsc_digit((unsigned char)s[*i])) {
        v = v * 10 + (s[*i] - '0');
        (*i)++, k++;
    }
    *w = k;
    return k >= 1 && k <= maxw ? v : -1;
}

/* Parse "HH:MM[:SS[.frac]][Z|±HH[:]MM]" at s[i..n). Returns 1 (ok), 0 (shape but out of
 * range), -1 (not a time). */
static int parse_time(const char *s, size_t n, size_t i, ls_date *out)
{
    int w, hh, mi, ss = 0;
    if ((hh = read_num(s, n, &i, 2, &w)) < 0 || i >= n || s[i] != ':') return -1;
    i++;
    if ((mi = read_num(s, n, &i, 2, &w)) < 0 || w != 2) return -1;
    if (i < n && s[i] == ':') {
        i++;
        if ((ss = read_num(s, n, &i, 2, &w)) < 0 || w != 2) return -1;
        if (i < n && (s[i] == '.' || s[i] == ',')) {
            i++;
            size_t f = i;
            while (i < n && lsc_digit((unsigned char)s[i]))
                i++;
            if (i == f || i - f > 9) return -1;
        }
    }
    if (i < n && s[i] == 'Z') {
        i++;
    } else if (i < n && (s[i] == '+' || s[i] == '-')) {
        i++;
        int tzh = read_num(s, n, &i, 4, &w);
        if (tzh < 0 || (w != 2 && w != 4)) return -1;
        if (w == 2 && i < n && s[i] == ':') {
            i++;
            if (read_num(s, n, &i, 2, &w) < 0 || w != 2) return -1;
        }
    }
    if (i != n) return -1;
    out->hour = hh, out->minute = mi, out->second = ss;
    return hh <= 23 && mi <= 59 && ss <= 60;
}

/* ls_parse_date: parse a date, optionally followed by a time.
 *
 * Date forms (separator '/', '-' or '.', the same twice):
 *   YYYY-MM-DD (also YYYY/MM/DD, YYYY.MM.DD; 1-2 digit month/day) — year first;
 *   DD/MM/YYYY, MM/DD/YYYY, DD-MM-YYYY, DD.MM.YYYY, with 1-2 digit fields and a 4- or
 *     2-digit year (yy 00-29 -> 20yy, 30-99 -> 19yy, flagged);
 *   YYYYMMDD (8 digits; only read as a date when the year is plausible and the month
 *     01-12, otherwise NOT_TYPE: 8-digit numbers are common).
 * Time (optional, after 'T' or spaces): HH:MM[:SS[.fraction]] with an optional 'Z' or
 * ±HH[:MM] offset, which is accepted and ignored.
 *
 * Day-first versus month-first: with LS_DATE_ORDER_AUTO a/b/yyyy is read day-first (the
 * French convention) unless only the month-first reading is a real date. The flags tell
 * the column-level decision what each value allows: DAY_FIRST (a > 12), MONTH_FIRST (b >
 * 12, or forced), AMBIGUOUS (both readings valid and different, e.g. 03/04/1990). A
 * column with some MONTH_FIRST and no DAY_FIRST values is month-first; re-parse it with
 * LS_DATE_ORDER_MDY.
 *
 * VALID: calendar-valid (leap years included) with a year in 1800-2200 and a valid time;
 * INVALID: date-shaped but impossible; NOT_TYPE otherwise. `out` is filled on VALID. */
ls_verdict ls_parse_date(const char *s, size_t n, ls_date_order order, ls_date *out)
{
    ls_date tmp;
    if (!out) out = &tmp;
    memset(out, 0, sizeof *out);
    lsv_trim(&s, &n);
    if (n < 6 || n > 48) return LS_VERDICT_NOT_TYPE;

    size_t i = 0;
    int w1, w2, w3;
    int a = read_num(s, n, &i, 8, &w1);
    if (a < 0) return LS_VERDICT_NOT_TYPE;
    int y, m, d;
    uint32_t flags = 0;
    int ok;

    if (w1 == 8) {
        y = a / 10000, m = a / 100 % 100, d = a % 100;
        if (y < LS_YEAR_MIN || y > LS_YEAR_MAX || m < 1 || m > 12) return LS_VERDICT_NOT_TYPE;
        flags = LS_DATE_F_YEAR_FIRST | LS_DATE_F_COMPACT;
        ok = cal_ok(y, m, d);
    } else {
        if (i >= n) return LS_VERDICT_NOT_TYPE;
        char sep = s[i];
        if (sep != '/' && sep != '-' && sep != '.') return LS_VERDICT_NOT_TYPE;
        i++;
        int b = read_num(s, n, &i, 2, &w2);
        if (b < 0 || i >= n || s[i] != sep) return LS_VERDICT_NOT_TYPE;
        i++;
        if (w1 == 4) {
            int c = read_num(s, n, &i, 2, &w3);
            if (c < 0) return LS_VERDICT_NOT_TYPE;
            y = a, m = b, d = c;
            flags = LS_DATE_F_YEAR_FIRST;
            ok = cal_ok(y, m, d);
        } else if (w1 <= 2) {
            int c = read_num(s, n, &i, 4, &w3);
            if (c < 0 || (w3 != 4 && w3 != 2)) return LS_VERDICT_NOT_TYPE;
            y = c;
            if (w3 == 2) {
                y = c <= 29 ? 2000 + c : 1900 + c;
                flags |= LS_DATE_F_TWO_DIGIT_YEAR;
            }
            int dmy = cal_ok(y, b, a), mdy = cal_ok(y, a, b);
            if (dmy && mdy && a != b) flags |= LS_DATE_F_AMBIGUOUS;
            if (dmy && !mdy) flags |= LS_DATE_F_DAY_FIRST;
            if (mdy && !dmy) flags |= LS_DATE_F_MONTH_FIRST;
            int use_mdy =
                order == LS_DATE_ORDER_MDY || (order == LS_DATE_ORDER_AUTO && !dmy && mdy);
            if (order == LS_DATE_ORDER_MDY) flags |= LS_DATE_F_MONTH_FIRST;
            m = use_mdy ? a : b;
            d = use_mdy ? b : a;
            ok = use_mdy ? mdy : dmy;
        } else {
            return LS_VERDICT_NOT_TYPE;
        }
    }

    if (i < n) {
        if (s[i] == 'T') {
            i++;
        } else if (s[i] == ' ') {
            while (i < n && s[i] == ' ')
                i++;
        } else {
            return LS_VERDICT_NOT_TYPE;
        }
        int t = parse_time(s, n, i, out);
        if (t < 0) return LS_VERDICT_NOT_TYPE;
        if (!t) ok = 0;
        flags |= LS_DATE_F_HAS_TIME;
    }
    out->year = y, out->month = m, out->day = d;
    out->flags = flags;
    return ok ? LS_VERDICT_VALID : LS_VERDICT_INVALID;
}

static void put2(char *o, int v)
{
    o[0] = (char)('0' + v / 10 % 10);
    o[1] = (char)('0' + v % 10);
}

/* Write "YYYY-MM-DD" (10 bytes) and, with_time, "THH:MM:SS" (9 more). */
static size_t iso(char *o, const ls_date *dt, int with_time)
{
    put2(o, dt->year / 100), put2(o + 2, dt->year % 100);
    o[4] = '-', put2(o + 5, dt->month), o[7] = '-', put2(o + 8, dt->day);
    if (!with_time) return 10;
    o[10] = 'T', put2(o + 11, dt->hour), o[13] = ':', put2(o + 14, dt->minute), o[16] = ':';
    put2(o + 17, dt->second);
    return 19;
}

static ls_verdict date_out(ls_verdict v, const ls_date *dt, int with_time, char *norm,
                           size_t *norm_len)
{
    char o[19];
    if (v == LS_VERDICT_NOT_TYPE) return lsv_not(norm_len);
    /* An INVALID date has no calendar meaning to normalise; its fields are still written
     * so that equal spellings compare equal (0000-00-00 stays 0000-00-00). */
    return lsv_out(v, norm, norm_len, o, iso(o, dt, with_time));
}

/* ls_validate_date_ex: a calendar date, with or without a time of day (LS_DATE_F_HAS_TIME
 * tells a date column from a datetime one). Normal form "YYYY-MM-DD". detail: LS_DATE_F_*.
 * Forms and verdicts: see ls_parse_date (day-first reading). */
ls_verdict ls_validate_date_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                               uint32_t *detail)
{
    ls_date dt;
    ls_verdict v = ls_parse_date(s, n, LS_DATE_ORDER_AUTO, &dt);
    lsv_set_detail(detail, v == LS_VERDICT_NOT_TYPE ? 0 : dt.flags);
    return date_out(v, &dt, 0, norm, norm_len);
}

/* ls_validate_datetime_ex: a date followed by a time; a bare date is NOT_TYPE. Normal
 * form "YYYY-MM-DDTHH:MM:SS" (fractions and UTC offsets dropped: dumps rarely carry them
 * consistently). detail: LS_DATE_F_*. */
ls_verdict ls_validate_datetime_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                   uint32_t *detail)
{
    ls_date dt;
    ls_verdict v = ls_parse_date(s, n, LS_DATE_ORDER_AUTO, &dt);
    if (v != LS_VERDICT_NOT_TYPE && !(dt.flags & LS_DATE_F_HAS_TIME)) v = LS_VERDICT_NOT_TYPE;
    lsv_set_detail(detail, v == LS_VERDICT_NOT_TYPE ? 0 : dt.flags);
    return date_out(v, &dt, 1, norm, norm_len);
}

/* ls_validate_date_of_birth_at: a date (time allowed and ignored, as SQL exports write
 * "1985-03-12 00:00:00") that is a plausible birth date on day `today_days`
 * (ls_days_from_civil): not in the future and at most 120 years before. A real date
 * outside that window is INVALID. Normal form "YYYY-MM-DD". detail: LS_DATE_F_*. */
ls_verdict ls_validate_date_of_birth_at(const char *s, size_t n, char *norm, size_t *norm_len,
                                        uint32_t *detail, long today_days)
{
    ls_date dt;
    ls_verdict v = ls_parse_date(s, n, LS_DATE_ORDER_AUTO, &dt);
    if (v == LS_VERDICT_VALID) {
        long days = ls_days_from_civil(dt.year, dt.month, dt.day);
        if (days > today_days || today_days - days > 43830) v = LS_VERDICT_INVALID; /* 120 y */
    }
    lsv_set_detail(detail, v == LS_VERDICT_NOT_TYPE ? 0 : dt.flags);
    return date_out(v, &dt, 0, norm, norm_len);
}

/* ls_validate_date_of_birth_ex: ls_validate_date_of_birth_at with today's date (UTC). The
 * clock is read per call (time(2) goes through the vDSO: a few ns); callers validating
 * many values against a fixed day should use the _at variant. */
ls_verdict ls_validate_date_of_birth_ex(const char *s, size_t n, char *norm, size_t *norm_len,
                                        uint32_t *detail)
{
    return ls_validate_date_of_birth_at(s, n, norm, norm_len, detail, (long)(time(NULL) / 86400));
}
