/* manifest: see manifest.h. */
#include "pipeline/manifest.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "pipeline/analysis.h"

void ls__iso8601_utc(long long t, char *out, size_t cap)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || strftime(out, cap, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        snprintf(out, cap, "unknown");
}

/* The host name says which machine produced the evidence (gethostname never fails on
 * Linux for a buffer this size; the name is cut at the buffer, always terminated). */
void ls__manifest_run_start(ls_run_info *r)
{
    memset(r, 0, sizeof *r);
    ls__iso8601_utc((long long)time(NULL), r->started, sizeof r->started);
    if (gethostname(r->host, sizeof r->host - 1) != 0) snprintf(r->host, sizeof r->host, "unknown");
    r->host[sizeof r->host - 1] = '\0';
}

void ls__manifest_run_end(ls_run_info *r)
{
    ls__iso8601_utc((long long)time(NULL), r->finished, sizeof r->finished);
}

void ls__manifest_take(ls_input_summary *pub, ls_source *src)
{
    ls_source_digest d;
    ls_source_take_digest(src, &d);
    memcpy(pub->sha256, d.sha256, sizeof pub->sha256);
    pub->sha256_bytes = d.bytes;
    pub->sha256_complete = d.complete && d.sha256[0];
    pub->decoded_bytes = d.decoded_bytes;
}

const ls_run_info *ls_analysis_run_info(const ls_analysis *a)
{
    return a ? &a->run : NULL;
}
