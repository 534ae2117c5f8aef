#!/usr/bin/env python3
"""Write the seed corpus of the fuzz targets to tests/fuzz/corpus/ (small files: sample
snippets, nasty quoting, BOMs, CR-only, NUL, UTF-16, empty-ish, huge field count...).

Run from anywhere: python3 tests/fuzz/make_corpus.py. Deterministic output."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "corpus")


def sample_head(name, lines):
    path = os.path.join(ROOT, "samples", name)
    try:
        with open(path, "rb") as f:
            data = f.read(200000)
    except OSError:
        return None
    out, n = bytearray(), 0
    for line in data.splitlines(keepends=True):
        out += line
        n += 1
        if n >= lines:
            break
    return bytes(out)


HEADER = b"id;nom;prenom;email;telephone;date_naissance\n"
ROWS = [
    b"1;Dupont;Jean;jean.dupont@example.fr;0612345678;01/02/1980\n",
    b"2;Martin;Claire;claire.martin@example.fr;+33698765432;15/11/1975\n",
    b"3;O\"Brien;Sean;sean@example.ie;0033612121212;29/02/2000\n",
]

seeds = {
    "semicolon_header.csv": HEADER + b"".join(ROWS),
    "comma_quoted.csv": b'name,comment,city\n"Doe, John","said ""hi""",Paris\n'
    b'"Roe","multi\nline\ncomment",Lyon\n"","",""\n',
    "crlf.csv": b"a;b;c\r\n1;2;3\r\n\"x\r\ny\";5;6\r\n",
    "mixed_eol.csv": b"a;b\n1;2\r\n3;4\n\r\n5;6",
    "cr_only.csv": b"a;b;c\r1;2;3\r\"q\rr\";5;6\r",
    "bom_utf8.csv": b"\xef\xbb\xbfemail;nom\nx@y.fr;\xc3\xa9l\xc3\xa8ve\n",
    "bom_utf16le.csv": b"\xff\xfea\x00;\x00b\x00\n\x00",
    "bom_utf16be.csv": b"\xfe\xff\x00a\x00;\x00b\x00\n",
    "bom_utf32.csv": b"\xff\xfe\x00\x00a\x00\x00\x00",
    "nul_byte.csv": b"a;b\n1;\x002\n3;4\n",
    "nul_late.csv": b"a;b\n" + b"1;2\n" * 40 + b"x\x00y;z\n",
    "unclosed_quote.csv": b"id;v;w\n1;\"open;x\n2;b;c\n3;d;e\n",
    "multiline_wrong_count.csv": b"a;b\n1;\"x\ny\";z\n2;3\n4;5\n",
    "stray_quotes.csv": b"".join(b"id%d;O\"Brien;Paris;x%d@y.fr\n" % (i, i) for i in range(8)),
    "r2_quote.csv": b"a;b\n\"x\"y\";2\n\"p\" ;q\";3\n\"u\"\rv\";4\n",
    "doubled_quotes.csv": b'"""";"a""b";""\n"""x""";"";"\n"\n',
    "empty.csv": b"",
    "newline_only.csv": b"\n",
    "crlf_only.csv": b"\r\n\r\n",
    "lone_quote.csv": b'"',
    "lone_delim.csv": b";",
    "blank_lines.csv": b"\n\n a \n\n\t\n",
    "many_fields.csv": b";" * 17000 + b"\n" + b"a;" * 20 + b"\n",
    "tab.tsv": b"a\tb\tc\n1\t\"x\ty\"\t3\n4\t5\t6\n",
    "pipe.csv": b"a|b|c\n1|2|3\n4|\"5|5\"|6\n",
    "combo.txt": b"a@b.fr:pa:ss;w\"d\nc@d.com:secret\nuser@x.org:\n:nouser\n",
    "lines.txt": b"alice@example.com\nbob@example.org\n\ncarol@example.net",
    "preamble_footer.csv": b"# export 2023\nTITLE LINE\n\nid;email;tel\n1;a@b.fr;0612345678\n"
    b"2;c@d.fr;0698765432\n\n-- end of export : 2 lines\n",
    "repeated_header.csv": HEADER + ROWS[0] + HEADER + ROWS[1],
    "cp1252.csv": b"nom;ville\nh\xe9l\xe8ne;B\xe9ziers\n\x80uro;\x9cuvre\n",
    "header_only.csv": b"id;email;telephone\n",
    "comments_only.csv": b"# a\n// b\n-- c\n",
    "sql_insert.sql": b"INSERT INTO `users` VALUES (1,'a@b.fr','x;y'),(2,'c@d.fr','\"q\"');\n",
    "jsonl.json": b'{"email":"a@b.fr","n":1}\n{"email":"c;d@e.fr","n":"x,y"}\n',
    "long_quoted_span.csv": b"a;b\n1;\"" + b"x\n" * 300 + b"\";2\n3;4\n",
    "trailing_cr.csv": b"a;b\n1;2\r",
}

heads = {
    "sample_fr_clients.csv": ("fr_clients.csv", 30),
    "sample_messy_fr.csv": ("messy_fr.csv", 30),
    "sample_uk_people.tsv": ("uk_people.tsv", 20),
    "sample_combo.txt": ("combo.txt", 20),
}

os.makedirs(OUT, exist_ok=True)
for name, (src, n) in heads.items():
    data = sample_head(src, n)
    if data is not None:
        seeds[name] = data


def pad16(data):
    """fuzz_analysis repeats inputs whose size is a multiple of 16 past 256 KB (stream
    windows): pad a few seeds with trailing newlines to get there."""
    return data + b"\n" * (-len(data) % 16 or 16) if len(data) % 16 else data


for name in ["comma_quoted.csv", "crlf.csv", "unclosed_quote.csv", "multiline_wrong_count.csv",
             "sample_fr_clients.csv", "sample_messy_fr.csv", "cr_only.csv"]:
    if name in seeds:
        seeds["big_" + name] = pad16(seeds[name])
for name, data in sorted(seeds.items()):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
print(f"{len(seeds)} seed files in {OUT}")
