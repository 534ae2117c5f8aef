#!/usr/bin/env python3
"""Checks of the HTML report against the JSON report of the same run (html_tests.sh).

The DOM is the one Chromium dumped after loading the page (--dump-dom), so what is checked
is what a browser built from the page, not the bytes leakscope wrote. Standard library only.

  html_check.py figures DOM.html REPORT.json
      every element with data-figure="a.b.0.c" holds the JSON's value at that path (its
      data-value, and its text with the digit grouping removed); the report's headline
      figures must all be there (records, unique records, every category, every input,
      every claim item, every column's distinct count, every signal, every manifest digest)
  html_check.py names DOM.html REPORT.json
      every input path, table and column name of the JSON (masked there) is the text of an
      element of the page, and so is every masked sample (when the JSON has them)
  html_check.py tags DOM.html
      only the elements leakscope writes: no script, no link, no img, no iframe, no object,
      no form; no src/href/action attribute but in-page anchors; the CSP meta is there
  html_check.py order DOM.html ID...
      the sections with these ids appear in this order
  html_check.py absent VALUES FILE...
      none of the values (one per line) occurs in any of the files
"""
import html.parser
import json
import sys

ALLOWED = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "q",
    "nav", "ol", "ul", "li", "a", "main", "section", "table", "caption", "thead", "tbody",
    "tr", "th", "td", "span", "strong", "em", "code", "br", "dl", "div", "dt", "dd", "svg",
    "g", "rect", "text", "desc", "footer",
}

VOID = {"br", "meta", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"}


class Page(html.parser.HTMLParser):
    """Elements in document order with their attributes and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []  # [tag, attrs, text]
        self.stack = []
        self.texts = []  # text of every leaf run, stripped

    def handle_starttag(self, tag, attrs):
        e = [tag, dict(attrs), ""]
        self.elements.append(e)
        if tag not in VOID:
            self.stack.append(e)

    def handle_startendtag(self, tag, attrs):
        self.elements.append([tag, dict(attrs), ""])

    def handle_endtag(self, tag):
        while self.stack:
            e = self.stack.pop()
            if e[0] == tag:
                break

    def handle_data(self, data):
        for e in self.stack:
            e[2] += data
        if data.strip():
            self.texts.append(data.strip())


def load(path):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    p.close()
    return p


def at(report, path):
    v = report
    for k in path.split("."):
        if isinstance(v, list):
            v = v[int(k)]
        else:
            v = v[k]
    return v


def figures(dom, report_path):
    page = load(dom)
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    bad = []
    seen = set()
    for tag, attrs, text in page.elements:
        path = attrs.get("data-figure")
        if path is None:
            continue
        seen.add(path)
        try:
            want = at(report, path)
        except (KeyError, IndexError, ValueError, TypeError):
            bad.append(f"{path}: not in the JSON report")
            continue
        shown = text.strip()
        if isinstance(want, bool) or want is None:
            bad.append(f"{path}: the JSON has {want!r}, not a figure")
        elif isinstance(want, int):
            if attrs.get("data-value") != str(want):
                bad.append(f"{path}: data-value {attrs.get('data-value')!r}, JSON {want}")
            if shown.replace(",", "") != str(want):
                bad.append(f"{path}: shown {shown!r}, JSON {want}")
        elif isinstance(want, float):
            got = float(attrs.get("data-value", "nan"))
            if not abs(got - want) <= 1e-9 * max(1.0, abs(want)):
                bad.append(f"{path}: data-value {got}, JSON {want}")
        elif isinstance(want, str):
            if shown != want:
                bad.append(f"{path}: shown {shown!r}, JSON {want!r}")
    # the figures a reader looks for first must be there, whatever the data
    need = ["totals.records", "totals.unique_records", "totals.unique_records_normalized",
            "totals.malformed", "totals.duplicate_records", "totals.inputs"]
    for t, c in report.get("categories", {}).items():
        need.append(f"categories.{t}.columns")
        if "records" in c:
            need += [f"categories.{t}.{k}" for k in ("records", "valid", "unique")]
    for i, inp in enumerate(report.get("inputs", [])):
        need += [f"inputs.{i}.records", f"inputs.{i}.malformed"]
        for j, col in enumerate(inp.get("columns", [])):
            need.append(f"inputs.{i}.columns.{j}.non_empty")
            if col.get("unique") is not None:
                need.append(f"inputs.{i}.columns.{j}.unique")
    subj = report.get("subjects")
    if subj and subj.get("available"):
        need.append("subjects.estimate")
    claim = report.get("claim")
    if claim:
        need += [f"claim.summary.{k}" for k in claim["summary"]]
        for i, it in enumerate(claim["items"]):
            if it["item"] == "field":
                need.append(f"claim.items.{i}.records_with")
            else:
                need.append(f"claim.items.{i}.claimed")
                if it["observed"].get(it["compared_with"]) is not None:
                    need.append(f"claim.items.{i}.observed.{it['compared_with']}")
    if "gdpr" in report:
        need.append("gdpr.enisa.se")
    for i, _ in enumerate(report.get("signals", [])):
        need += [f"signals.{i}.value", f"signals.{i}.checked"]
    for i, fl in enumerate(report.get("manifest", {}).get("files", [])):
        if fl.get("sha256"):
            need.append(f"manifest.files.{i}.sha256")
    for n in need:
        if n not in seen:
            bad.append(f"{n}: in the JSON report, not on the page")
    for b in bad:
        print("FIGURE:", b, file=sys.stderr)
    print(f"{len(seen)} figures on the page, {len(need)} required, {len(bad)} problems")
    return not bad


def names(dom, report_path):
    page = load(dom)
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    texts = set(page.texts)
    alltext = " ".join(page.texts)
    bad = []
    for inp in report.get("inputs", []):
        for key in ("path", "table"):
            if inp.get(key) and inp[key] not in texts:
                bad.append(f"input {key} {inp[key]!r} is not an element's text")
        for col in inp.get("columns", []):
            if col.get("name") is not None and col["name"] not in texts:
                bad.append(f"column name {col['name']!r} is not an element's text")
            for s in col.get("samples", []):
                if s not in alltext:
                    bad.append(f"masked sample {s!r} not on the page")
    for b in bad:
        print("NAME:", b, file=sys.stderr)
    return not bad


def tags(dom):
    page = load(dom)
    bad = []
    csp = False
    for tag, attrs, _ in page.elements:
        if tag not in ALLOWED:
            bad.append(f"element <{tag}>")
        for a, v in attrs.items():
            if a in ("src", "srcset", "action", "formaction", "background", "poster", "data"):
                bad.append(f"<{tag} {a}={v!r}>")
            if a in ("href", "xlink:href") and not (v or "").startswith("#"):
                bad.append(f"<{tag} {a}={v!r}>: not an in-page anchor")
            if a.startswith("on"):
                bad.append(f"<{tag} {a}=...>: event handler")
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy":
            csp = "default-src 'none'" in attrs.get("content", "")
    if not csp:
        bad.append("no Content-Security-Policy meta with default-src 'none'")
    for b in bad:
        print("TAG:", b, file=sys.stderr)
    return not bad


def order(dom, ids):
    page = load(dom)
    found = [a.get("id") for t, a, _ in page.elements if t == "section"]
    pos = [found.index(i) if i in found else -1 for i in ids]
    if -1 in pos or pos != sorted(pos):
        print(f"ORDER: sections {found}, wanted {ids} in this order", file=sys.stderr)
        return False
    return True


def absent(values_path, files):
    with open(values_path, encoding="utf-8") as f:
        values = [v for v in f.read().split("\n") if v]
    bad = 0
    for p in files:
        with open(p, encoding="utf-8", errors="replace") as f:
            body = f.read()
        for v in values:
            if v in body:
                print(f"RAW: {v!r} in {p}", file=sys.stderr)
                bad += 1
    print(f"{len(values)} raw values looked for in {len(files)} files, {bad} found")
    return bad == 0 and len(values) > 0


def main(argv):
    cmd = argv[1]
    if cmd == "figures":
        ok = figures(argv[2], argv[3])
    elif cmd == "names":
        ok = names(argv[2], argv[3])
    elif cmd == "tags":
        ok = tags(argv[2])
    elif cmd == "order":
        ok = order(argv[2], argv[3:])
    elif cmd == "absent":
        ok = absent(argv[2], argv[3:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
