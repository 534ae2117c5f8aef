#!/usr/bin/env python3
"""Independent cross-check of a leakscope-gen truth file (development aid, stdlib only).

Parses the dump with Python's csv module (or by hand for combo/lines), recounts records,
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


def main():
    dump, truth_path = sys.argv[1], sys.argv[2]
    truth = json.load(open(truth_path, encoding="utf-8"))
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
