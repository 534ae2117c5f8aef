#!/usr/bin/env python3
"""Independent cross-check of a leakscope-gen truth file (development aid, stdlib only).

Parses the dump with Python's csv module (or by hand for combo/lines; a small tokenizer for
mysqldump/pg_dump files; the json module for JSON lines and arrays), recounts records,
malformed rows, unique records (exact and normalised) and, per typed column, non-empty
values, checksum-valid values and distinct valid values after the type's normalisation,
then compares with the truth JSON. Exit status 0 if everything agrees.

usage: check_truth.py DUMP TRUTH.json
"""
import csv
import io
import json
import re
import sys

csv.field_size_limit(1 << 30)


def fold(s):
    # ASCII + Latin-1 case fold (A-Z, À-Þ except ×), as the analyser's normalisation
    return "".join(chr(ord(c) + 32) if ("A" <= c <= "Z" or ("\u00c0" <= c <= "\u00de" and c != "\u00d7")) else c for c in s)


def norm(v):
    v = v.strip(" \t")
    v = re.sub(r"[ \t\r\n]+", " ", v)
    return fold(v)


def nir_ok(v):
    v = v.replace(" ", "").upper()
    if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{6}\d{2}", v):
        return None
    body = v[:13].replace("2A", "19", 1) if v[5:7] == "2A" else v[:13].replace("2B", "18", 1) if v[5:7] == "2B" else v[:13]
    return v if 97 - int(body) % 97 == int(v[13:]) else None


def iban_ok(v):
    v = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return None
    s = v[4:] + v[:4]
    n = int("".join(str(int(c, 36)) for c in s))
    return v if n % 97 == 1 else None


def luhn_ok(v):
    d = v.replace(" ", "")
    if not d.isdigit():
        return None
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return d if tot % 10 == 0 else None


def nhs_ok(v):
    d = v.replace(" ", "")
    if not re.fullmatch(r"\d{10}", d):
        return None
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return d if c != 10 and c == int(d[9]) else None


def phone_norm(v, locale):
    v = v.strip()
    d = re.sub(r"[ .\-]", "", v)
    if d.startswith("+"):
        return d
    if d.startswith("00"):
        return "+" + d[2:]
    if d.startswith("0"):
        return ("+44" if locale == "uk" else "+33") + d[1:]
    return None


def nino_ok(v):
    v = v.replace(" ", "").upper()
    return v if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) else None


def norm_struct(v):
    # the generator's normalisation (norm_field): trim and collapse spaces/tabs/CR/LF, fold
    v = v.strip(" \t\r\n")
    v = re.sub(r"[ \t\r\n]+", " ", v)
    return fold(v)


MYSQL_ESC = {"0": "\0", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "Z": "\x1a"}
PG_E_ESC = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
COPY_ESC = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def sql_records(data, dialect):
    """Yield (table, values, malformed): values are (kind, text), kind NULL/STR/NUM."""
    i, n = 0, len(data)
    while i < n:
        nl = data.find("\n", i)
        line_end = n if nl < 0 else nl
        if data.startswith("INSERT INTO ", i):
            m = re.match(r"INSERT INTO (?:`([^`]+)`|public\.(\w+)) VALUES\s*", data[i:i + 200])
            table = m.group(1) or m.group(2)
            i += m.end()
            while True:
                assert data[i] == "(", data[i:i + 40]
                i += 1
                vals, bad = [], False
                while True:
                    while data[i] in " \t\n":
                        i += 1
                    c = data[i]
                    if c in ",)":
                        bad = True
                    elif data.startswith("NULL", i):
                        vals.append(("NULL", ""))
                        i += 4
                    elif c == "'" or (dialect == "postgres" and data.startswith("E'", i)):
                        esc = dialect == "mysql" or c == "E"
                        i += 2 if c == "E" else 1
                        out = []
                        while True:
                            ch = data[i]
                            if ch == "'":
                                if data[i + 1] == "'":
                                    out.append("'")
                                    i += 2
                                    continue
                                i += 1
                                break
                            if ch == "\\" and esc:
                                e = data[i + 1]
                                if e == "x":
                                    h = re.match(r"[0-9A-Fa-f]{1,2}", data[i + 2:i + 4]).group(0)
                                    out.append(chr(int(h, 16)))
                                    i += 2 + len(h)
                                    continue
                                out.append((MYSQL_ESC if dialect == "mysql" else PG_E_ESC).get(e, e))
                                i += 2
                                continue
                            out.append(ch)
                            i += 1
                        vals.append(("STR", "".join(out)))
                    else:
                        m2 = re.match(r"-?[0-9.]+", data[i:i + 40])
                        vals.append(("NUM", m2.group(0)))
                        i += m2.end()
                    while data[i] in " \t\n":
                        i += 1
                    if data[i] == ",":
                        i += 1
                        continue
                    assert data[i] == ")", data[i:i + 40]
                    i += 1
                    break
                yield table, vals, bad
                while data[i] in " \t\n":
                    i += 1
                if data[i] == ";":
                    i += 1
                    break
                assert data[i] == ",", data[i:i + 40]
                i += 1
                while data[i] in " \t\n":
                    i += 1
            continue
        if data.startswith("COPY ", i):
            m = re.match(r"COPY public\.(\w+) \(([^)]*)\) FROM stdin;", data[i:line_end])
            table, ncols = m.group(1), len(m.group(2).split(", "))
            i = line_end + 1
            while True:
                nl = data.find("\n", i)
                line = data[i:nl]
                i = nl + 1
                if line == "\\.":
                    break
                vals = []
                for f in line.split("\t"):
                    if f == "\\N":
                        vals.append(("NULL", ""))
                    else:
                        vals.append(("TXT", re.sub(r"\\(.)", lambda mm: COPY_ESC[mm.group(1)], f)))
                yield table, vals, len(vals) != ncols
            continue
        i = line_end + 1


def sql_columns(data):
    """Column names per table, from CREATE TABLE."""
    cols = {}
    for m in re.finditer(r"CREATE TABLE (?:`(\w+)`|public\.(\w+)) \(\n(.*?)\n\)", data, re.S):
        names = []
        for line in m.group(3).split("\n"):
            mm = re.match(r"\s+`?(\w+)`? ", line)
            if mm and not re.match(r"\s+(PRIMARY|KEY|CONSTRAINT)", line):
                names.append(mm.group(1))
        cols[m.group(1) or m.group(2)] = names
    return cols


def flatten(doc, path, out):
    if isinstance(doc, dict):
        if len(doc) == 1 and next(iter(doc)) in ("$oid", "$date", "$numberLong"):
            k, v = next(iter(doc.items()))
            out.append((path, "NUM" if k == "$numberLong" else "STR", v))
            return
        for k, v in doc.items():
            flatten(v, path + "." + k if path else k, out)
    elif isinstance(doc, list):
        for v in doc:
            flatten(v, path + "[]", out)
    elif isinstance(doc, str):
        out.append((path, "STR", doc))
    else:
        out.append((path, "NUM", json.dumps(doc)))


def check_structured(dump, truth):
    data = open(dump, "rb").read().decode("utf-8")
    fmt = truth["format"]
    sql = fmt in ("mysql", "postgres")
    locale = truth["locale"]
    # records: (table, [(column, kind, value)], malformed)
    recs, blank = [], 0
    if sql:
        colnames = sql_columns(data)
        for table, vals, bad in sql_records(data, truth["dialect"]):
            names = colnames[table]
            if not bad:
                assert len(vals) == len(names), (table, vals)
            recs.append((table, [(names[k] if k < len(names) else "?", kind, v)
                                 for k, (kind, v) in enumerate(vals)], bad))
        numeric = {(t["name"], c["name"]) for t in truth["tables"] for c in t["columns"]
                   if c["sql_type"].split("(")[0] in ("int", "integer", "bigint", "decimal", "numeric")}
        recs = [(t, [(c, "NUM" if k == "TXT" and v != "" and (t, c) in numeric else
                      "STR" if k == "TXT" else k, v) for c, k, v in vals], bad) for t, vals, bad in recs]
    else:
        docs = []
        if fmt == "jsonl":
            for line in data.split("\n")[:-1]:
                if not line:
                    blank += 1
                    continue
                try:
                    docs.append((json.loads(line), False))
                except ValueError:
                    docs.append((None, True))
        else:
            docs = [(d, False) for d in json.loads(data)]
        for d, bad in docs:
            flat = []
            if not bad:
                flatten(d, "", flat)
            recs.append(("people", flat, bad))
    bad = 0

    def cmp(what, got, want):
        nonlocal bad
        if got != want:
            print(f"MISMATCH {what}: parsed {got}, truth {want}")
            bad = 1

    good = [r for r in recs if not r[2]]
    nmal = len(recs) - len(good)
    cmp("records", len(recs), truth["records"])
    cmp("malformed", nmal, truth["malformed"])
    cmp("unique_records", len(set((t, tuple(v)) for t, v, _ in good)) + nmal, truth["unique_records"])
    cmp("unique_records_normalized",
        len(set((t, tuple((c, k, norm_struct(x) if k != "NULL" else x) for c, k, x in v))
                for t, v, _ in good)) + nmal, truth["unique_records_normalized"])
    if not sql:
        cmp("blank_lines", blank, truth["blank_lines"])
    checks = {
        "fr_nir": nir_ok, "iban": iban_ok, "card_number": luhn_ok, "uk_nhs": nhs_ok,
        "uk_nino": nino_ok, "email": lambda v: v.strip().lower() or None,
        "phone": lambda v: phone_norm(v, locale),
    }
    # per column / path
    cols = ([(t["name"], c) for t in truth["tables"] for c in t["columns"]] if sql
            else [("people", dict(c, name=c["path"])) for c in truth["paths"]])
    by_type = {}
    for table, c in cols:
        vals = [x for t, v, _ in good if t == table for name, k, x in v
                if name == c["name"] and k != "NULL" and x != ""]
        res = {"values": len(vals)}
        if sql:
            res["nulls"] = sum(1 for t, v, _ in good if t == table for name, k, x in v
                               if name == c["name"] and k == "NULL")
            res["empty"] = sum(1 for t, v, _ in good if t == table for name, k, x in v
                               if name == c["name"] and k != "NULL" and x == "")
        else:
            res["records"] = sum(1 for t, v, _ in good if any(name == c["name"] for name, _, _ in v))
        normed = None
        if c["type"] in checks:
            normed = [checks[c["type"]](x) for x in vals]
            res["valid"] = sum(1 for x in normed if x)
            if "unique" in c:
                res["unique"] = len(set(x for x in normed if x))
        else:
            res["valid"] = len(vals)
        for k, v in res.items():
            cmp(f"{table}.{c['name']}.{k}", v, c.get(k))
        e = by_type.setdefault(c["type"], {"values": 0, "valid": 0, "set": set()})
        e["values"] += res["values"]
        e["valid"] += res["valid"]
        if normed is not None:
            e["set"] |= set(x for x in normed if x)
    for tname, t in truth["types"].items():
        e = by_type[tname]
        cmp(f"types.{tname}.values", e["values"], t["values"])
        cmp(f"types.{tname}.valid", e["valid"], t["valid"])
        if "unique" in t:
            cmp(f"types.{tname}.unique", len(e["set"]), t["unique"])
    print("check_truth:", "FAILED" if bad else "OK", f"({len(recs)} records)")
    return bad


def main():
    dump, truth_path = sys.argv[1], sys.argv[2]
    truth = json.load(open(truth_path, encoding="utf-8"))
    if truth["format"] in ("mysql", "postgres", "jsonl", "json"):
        return check_structured(dump, truth)
    fmt, delim, header = truth["format"], truth["delimiter"], truth["header"]
    cols = truth["columns"]
    data = open(dump, "rb").read().decode("utf-8")
    rows, blank, nondata = [], 0, 0
    if fmt in ("csv", "tsv"):
        quoting = csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE
        rdr = csv.reader(io.StringIO(data, newline=""), delimiter=delim, quotechar='"', quoting=quoting, strict=False)
        for row in rdr:
            if not row:
                blank += 1
            elif len(row) == 1 and delim not in row[0] and len(cols) > 1:
                nondata += 1
            else:
                rows.append(row)
        if header:
            if rows[0] != cols:
                print("header mismatch", rows[0])
                return 1
            rows = rows[1:]
    else:
        for line in data.split("\n")[:-1]:
            line = line[:-1] if line.endswith("\r") else line
            if not line:
                blank += 1
                continue
            rows.append(line.split(delim, 1) if fmt == "combo" else [line])

    got = {
        "records": len(rows),
        "malformed": sum(1 for r in rows if len(r) != len(cols)) if fmt in ("csv", "tsv") else 0,
        "blank_lines": blank,
        "unique_records": len(set(tuple(r) for r in rows)),
        "unique_records_normalized": len(set(tuple(norm(v) for v in r) for r in rows)),
        "multiline_records": sum(1 for r in rows if any("\n" in v for v in r)),
        "stray_quote_records": sum(1 for r in rows if any('"' in v and "\n" not in v for v in r)) if fmt != "combo" else truth["stray_quote_records"],
    }
    got["duplicate_records"] = got["records"] - got["unique_records"]
    got["preamble_lines+footer_lines"] = nondata
    want = {k: truth[k] for k in got if k in truth}
    want["preamble_lines+footer_lines"] = truth["preamble_lines"] + truth["footer_lines"]
    bad = 0
    for k in got:
        if got[k] != want[k]:
            print(f"MISMATCH {k}: parsed {got[k]}, truth {want[k]}")
            bad = 1

    locale = truth["locale"]
    checks = {
        "fr_nir": nir_ok, "iban": iban_ok, "card_number": luhn_ok, "uk_nhs": nhs_ok,
        "uk_nino": nino_ok, "email": lambda v: v.strip().lower() or None,
        "phone": lambda v: phone_norm(v, locale),
    }
    for tname, t in truth["types"].items():
        i = t["index"]
        vals = [r[i] for r in rows if len(r) > i and r[i] != ""]
        res = {"values": len(vals)}
        if tname in checks:
            normed = [checks[tname](v) for v in vals]
            res["valid"] = sum(1 for x in normed if x)
            if "unique" in t:
                res["unique"] = len(set(x for x in normed if x))
        for k, v in res.items():
            if t.get(k) != v:
                print(f"MISMATCH types.{tname}.{k}: parsed {v}, truth {t.get(k)}")
                bad = 1
    print("check_truth:", "FAILED" if bad else "OK", f"({got['records']} records)")
    return bad


if __name__ == "__main__":
    sys.exit(main())
