/* The status enum's sentences, and the small name tables of the public header. */
#include "leakscope/leakscope.h"

static const char *const status_text[LS_STATUS_COUNT] = {
    [LS_OK] = "success",
    [LS_ERR_NOMEM] = "out of memory",
    [LS_ERR_OPEN] = "cannot open input",
    [LS_ERR_IS_DIRECTORY] = "input is a directory",
    [LS_ERR_EMPTY] = "input is empty",
    [LS_ERR_BINARY] = "input is binary (NUL bytes), not a text dump",
    [LS_ERR_ENCODING] = "unsupported text encoding",
    [LS_ERR_READ] = "read error: the input was only partly read",
    [LS_ERR_TRUNCATED] = "input was truncated while being read: partial result",
    [LS_ERR_RECORD_TOO_LONG] = "a record exceeds the record size bound: counted, not analysed",
    [LS_ERR_THREAD] = "cannot start worker threads",
    [LS_ERR_INVALID_ARGUMENT] = "invalid argument",
    [LS_ERR_OUTPUT] = "cannot write the report",
    [LS_ERR_NESTED_TOO_DEEP] = "an archive nested too deep was not opened: partial result",
};

const char *ls_strerror(ls_status status)
{
    if ((unsigned)status >= LS_STATUS_COUNT) return "no such status";
    return status_text[status];
}

bool ls_status_is_partial(ls_status status)
{
    return status == LS_ERR_TRUNCATED || status == LS_ERR_READ ||
           status == LS_ERR_RECORD_TOO_LONG || status == LS_ERR_NESTED_TOO_DEEP;
}

const char *ls_version(void)
{
    return LS_VERSION_STRING;
}

const char *ls_format_name(ls_format f)
{
    switch (f) {
    case LS_FORMAT_CSV:
        return "csv";
    case LS_FORMAT_COMBO:
        return "combo";
    case LS_FORMAT_LINES:
        return "lines";
    case LS_FORMAT_SQL:
        return "sql";
    case LS_FORMAT_JSONL:
        return "jsonl";
    case LS_FORMAT_JSON:
        return "json";
    case LS_FORMAT_ARCHIVE:
        return "archive";
    default:
        return "unknown";
    }
}

const char *ls_encoding_name(ls_encoding e)
{
    switch (e) {
    case LS_ENCODING_UTF8:
        return "utf-8";
    case LS_ENCODING_CP1252:
        return "windows-1252";
    case LS_ENCODING_LATIN1:
        return "iso-8859-1";
    case LS_ENCODING_UTF16LE:
        return "utf-16le";
    case LS_ENCODING_UTF16BE:
        return "utf-16be";
    case LS_ENCODING_ISO8859_15:
        return "iso-8859-15";
    default:
        return "unknown";
    }
}

const char *ls_newline_name(ls_newline n)
{
    switch (n) {
    case LS_NEWLINE_LF:
        return "lf";
    case LS_NEWLINE_CRLF:
        return "crlf";
    case LS_NEWLINE_CR:
        return "cr";
    default:
        return "mixed";
    }
}
