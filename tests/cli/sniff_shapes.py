#!/usr/bin/env python3
"""Generate messy delimited files in the shapes of issue 11, with what a careful person
reading each one would count: records per table, header lines per table, preamble lines.

    sniff_shapes.py OUTDIR [SEED]

Writes OUTDIR/<shape>-<n>.csv and OUTDIR/expected.tsv, one line per file:
    file  shape  records(per table, comma-separated)  header_rows(per table)  preamble
Every shape comes in several variants: which column is damaged, which row, which
delimiter (',' ';' tab '|'), with and without quoting and a blank line between tables.
The data rows are regular (the expected field count) so what is counted depends only on
the lines around them.
"""
import os
import random
import sys

FIRST = ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Marie",
         "Lucas", "Camille", "Hugo", "Sophie", "Thomas", "Laura", "Daniel", "Hannah"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Martin", "Bernard",
        "Dubois", "Moreau", "Walker", "Wright", "Robinson", "Thompson", "Evans", "Hughes"]
CITY = ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Paris", "Lyon",
        "Nantes", "Liverpool", "Sheffield", "Edinburgh", "Bordeaux", "Lille", "Belfast"]

# column kind -> (header names a person would write, units row cell, value maker)
KINDS = {
    "id": (["id", "Customer ID", "num_client", "ID"], "", lambda r: str(r.randint(1, 999999))),
    "email": (["email", "E-mail address", "courriel", "Email"], "",
              lambda r: "%s.%s%d@example.%s" % (r.choice(FIRST).lower(), r.choice(LAST).lower(),
                                                r.randint(1, 99), r.choice(["com", "fr", "co.uk"]))),
    "phone": (["phone", "Telephone", "tel", "Mobile"], "",
              lambda r: "+44 7%03d %06d" % (r.randint(0, 999), r.randint(0, 999999))),
    "date": (["date_of_birth", "Born", "date_naissance", "DOB"], "YYYY-MM-DD",
             lambda r: "%04d-%02d-%02d" % (r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28))),
    "amount": (["amount", "Total", "montant", "Balance"], "EUR",
               lambda r: "%d.%02d" % (r.randint(0, 9999), r.randint(0, 99))),
    "first": (["first_name", "Forename", "prenom", "First name"], "",
              lambda r: r.choice(FIRST)),
    "last": (["last_name", "Surname", "nom", "Last name"], "", lambda r: r.choice(LAST)),
    "city": (["city", "Town", "ville", "City"], "", lambda r: r.choice(CITY)),
    "score": (["score", "Points", "note", "Rank"], "%", lambda r: str(r.randint(0, 100))),
}
TYPED = ["id", "email", "phone", "date", "amount", "score"]
TEXT = ["first", "last", "city"]


def columns(r, n):
    """n column kinds, at least two typed ones (so the body has types to judge by)."""
    ks = r.sample(TYPED, 2) + r.sample(TYPED + TEXT, n - 2)
    r.shuffle(ks)
    return ks


def quote(v, d, r, q):
    if q and (r.random() < 0.2 or d in v):
        return '"' + v.replace('"', '""') + '"'
    return v


def row(cells, d):
    return d.join(cells)


def header_cells(r, ks, style):
    return [KINDS[k][0][style] for k in ks]


def body(r, ks, d, n, q):
    return [row([quote(KINDS[k][2](r), d, r, q) for k in ks], d) for _ in range(n)]


def damage(r, cells, d, how, col):
    """One damaged header line: an extra quote, a separator too many or too few."""
    cells = list(cells)
    if how == "quote_open":
        cells[col] = '"' + cells[col]
    elif how == "quote_close":
        cells[col] = cells[col] + '"'
    elif how == "quote_mid":
        c = cells[col]
        cells[col] = c[: len(c) // 2] + '"' + c[len(c) // 2:]
    elif how == "extra_sep":
        cells.insert(col, "")
    elif how == "extra_sep_end":
        cells.append("")
    elif how == "missing_sep":
        col = min(col, len(cells) - 2)
        cells[col:col + 2] = [cells[col] + " " + cells[col + 1]]
    return d.join(cells)


def main():
    out = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    r = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    exp = []
    delims = [",", ";", "\t", "|"]

    def emit(shape, lines, records, headers, preamble=0):
        name = "%s-%d.csv" % (shape, sum(1 for e in exp if e[1] == shape))
        with open(os.path.join(out, name), "w", newline="") as f:
            f.write("\n".join(lines) + "\n")
        exp.append((name, shape, ",".join(map(str, records)), ",".join(map(str, headers)),
                    str(preamble)))

    for v in range(8):
        d = delims[v % 4]
        q = d == "," and v % 2 == 0
        ncol = r.randint(4, 8)
        ks = columns(r, ncol)
        style = r.randrange(4)
        hc = header_cells(r, ks, style)
        n = r.randint(20, 90)

        # a clean header (control)
        emit("clean", [row(hc, d)] + body(r, ks, d, n, q), [n], [1])

        # a damaged header line, the body regular
        for how in ["quote_open", "quote_close", "quote_mid", "extra_sep", "extra_sep_end",
                    "missing_sep"]:
            col = r.randrange(ncol)
            n = r.randint(20, 90)
            emit("damaged_" + how, [damage(r, hc, d, how, col)] + body(r, ks, d, n, q), [n], [1])

        # headers on two or three lines
        units = [KINDS[k][1] for k in ks]
        title = ["Customer export %d" % (2020 + v)] + [""] * (ncol - 1)
        n = r.randint(20, 90)
        emit("multi_units", [row(hc, d), row(units, d)] + body(r, ks, d, n, q), [n], [2])
        n = r.randint(20, 90)
        emit("multi_title", [row(title, d), row(hc, d)] + body(r, ks, d, n, q), [n], [2])
        n = r.randint(20, 90)
        emit("multi_3", [row(title, d), row(hc, d), row(units, d)] + body(r, ks, d, n, q), [n],
             [3])

        # a preamble before the header: key/value lines with fewer fields, a title
        n = r.randint(20, 90)
        pre = ["Exported by%sadmin" % d, "Date%s2024-0%d-1%d" % (d, v % 9 + 1, v % 10),
               "Source%sCRM%sv%d" % (d, d, v)][: 2 + v % 2]
        emit("preamble_kv", pre + [row(hc, d)] + body(r, ks, d, n, q), [n], [1], len(pre))
        n = r.randint(20, 90)
        pre = ["Customer list", "Generated %d-01-0%d" % (2020 + v, v + 1)]
        emit("preamble_title", pre + [row(hc, d)] + body(r, ks, d, n, q), [n], [1], len(pre))

        # several tables stacked in one file
        ks2 = columns(r, r.randint(3, 7))
        while len(ks2) == ncol:
            ks2 = columns(r, r.randint(3, 7))
        hc2 = header_cells(r, ks2, r.randrange(4))
        n1, n2 = r.randint(20, 60), r.randint(20, 60)
        gap = [""] if v % 2 else []
        emit("stacked_diff", [row(hc, d)] + body(r, ks, d, n1, q) + gap + [row(hc2, d)] +
             body(r, ks2, d, n2, q), [n1, n2], [1, 1])
        ks3 = columns(r, ncol)
        hc3 = header_cells(r, ks3, (style + 1) % 4)
        while hc3 == hc:
            ks3 = columns(r, ncol)
            hc3 = header_cells(r, ks3, (style + 1) % 4)
        n1, n2 = r.randint(20, 60), r.randint(20, 60)
        emit("stacked_same", [row(hc, d)] + body(r, ks, d, n1, q) + gap + [row(hc3, d)] +
             body(r, ks3, d, n2, q), [n1, n2], [1, 1])
        n1, n2, n3 = r.randint(20, 50), r.randint(20, 50), r.randint(20, 50)
        emit("stacked_3", [row(hc, d)] + body(r, ks, d, n1, q) + gap + [row(hc2, d)] +
             body(r, ks2, d, n2, q) + gap + [row(hc, d)[::-1] if False else row(hc3, d)] +
             body(r, ks3, d, n3, q), [n1, n2, n3], [1, 1, 1])

        # controls: a data row holding only text must not split a table; no header at all
        n = r.randint(20, 90)
        b = body(r, ks, d, n, q)
        b[r.randrange(5, n - 5)] = row(["n/a"] * ncol, d)
        emit("text_row", [row(hc, d)] + b, [n], [1])
        people = [row([r.choice(LAST), r.choice(FIRST), r.choice(["Sgt", "Cpl", "Lt", "Maj"]),
                       r.choice(CITY)], d) for _ in range(r.randint(20, 90))]
        emit("headerless_names", people, [len(people)], [0])

        # stacked tables whose later table has a units line under its names too
        ks4 = columns(r, r.randint(3, 7))
        while len(ks4) == ncol:
            ks4 = columns(r, r.randint(3, 7))
        hc4 = header_cells(r, ks4, r.randrange(4))
        units4 = [KINDS[k][1] for k in ks4]
        if not any(units4):
            units4[-1] = "EUR"
        n1, n2 = r.randint(20, 60), r.randint(20, 60)
        emit("stacked_units", [row(hc, d), row(units, d)] + body(r, ks, d, n1, q) + gap +
             [row(hc4, d), row(units4, d)] + body(r, ks4, d, n2, q), [n1, n2], [2, 2])

    with open(os.path.join(out, "expected.tsv"), "w") as f:
        for e in exp:
            f.write("\t".join(e) + "\n")


if __name__ == "__main__":
    main()
