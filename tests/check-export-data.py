#!/usr/bin/env python3
# check-export-data.py: --export-data read back as a spreadsheet would.
#
# Copyright 2026 The Bilateral authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-export-data.py BILATERAL TESTS_DIR
#
# On the embedded seed corpus and on tests/articles (its manifest), the CSV
# and JSON of --export-data must hold the figures of --extract, in its
# order and with its values; --table=partnerships its partnerships; and
# --country only the figures and pairs of that country. Python's csv and
# json modules read the files, not our code. Prints TAP.

import csv
import io
import json
import os
import subprocess
import sys
import tempfile

binary, tests_dir = sys.argv[1], sys.argv[2]
env = dict(os.environ)
env.pop("DISPLAY", None)
env.pop("WAYLAND_DISPLAY", None)

results = []


def run(*args):
    done = subprocess.run([binary, *args], env=env, capture_output=True, check=False)
    if done.returncode != 0:
        raise AssertionError(f"bilateral {' '.join(args)}: exit {done.returncode}: {done.stderr.decode()}")
    return done.stdout


def check(name, test):
    try:
        test()
        results.append((True, name, None))
    except Exception as error:  # noqa: BLE001 (a crash is a failure too)
        results.append((False, name, error))


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def read_csv(path):
    with open(path, "rb") as f:
        raw = f.read()
    expect(not raw.startswith(b"\xef\xbb\xbf"), f"{path}: a byte order mark")
    text = raw.decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), strict=True))
    # RFC 4180: every record ends in CRLF (the newlines inside quoted
    # fields are the data's own).
    expect(text.endswith("\r\n"), f"{path}: the last record does not end in CRLF")
    expect(text.split("\r\n", 1)[0].count("\n") == 0, f"{path}: the header does not end in CRLF")
    ends = sum(1 for _ in csv.reader(io.StringIO(text, newline=""), lineterminator="\r\n"))
    expect(text.count("\r\n") >= ends, f"{path}: {ends} records, fewer CRLF")
    return rows


def number(field):
    """A CSV number: '' is none; a dot, no grouping, no locale."""
    if field == "":
        return None
    expect("," not in field and " " not in field, f"number {field!r} is formatted")
    return float(field)


def optional(field):
    return None if field == "" else field


def extracted(extract):
    figures = []
    for article in extract["articles"]:
        for f in article["figures"]:
            figures.append((article, f))
    return figures


def compare_figure(where, row, article, f, from_json):
    def same(column, got, want):
        expect(got == want, f"{where}: {column} is {got!r}, --extract says {want!r}")

    as_number = (lambda v: v) if from_json else number
    as_optional = (lambda v: v) if from_json else optional
    same("text", row["text"], f["text"])
    same("value", as_number(row["value"]), f["value"])
    same("usd", as_number(row["usd"]), f["usd"])
    same("currency", row["currency"], f["currency"])
    same("metric", row["metric"], f["metric"])
    same("from", as_optional(row["from"]), f["from"])
    same("to", as_optional(row["to"]), f["to"])
    same("year", row["year"] if from_json else (int(row["year"]) if row["year"] else None), f["year"])
    same("year_stated", row["year_stated"] if from_json else row["year_stated"] == "true", f["year_stated"])
    same("year_rule", as_optional(row["year_rule"]), f["year_rule"])
    same("approx", as_optional(row["approx"]), f["approx"])
    same("rate_origin", row["rate_origin"], f["rate_origin"])
    same("confidence", as_number(row["confidence"]), f["confidence"])
    same("doubts", row["doubts"] if from_json else [d for d in row["doubts"].split(";") if d], f["doubts"])
    same("review", as_optional(row["review"]), f["review"])
    same("sentence", row["sentence"], f["sentence"])
    same("title", as_optional(row["title"]), article["title"])
    same("source", as_optional(row["source"]), article["source"])
    same("date", as_optional(row["date"]), article["date"])
    same("url", as_optional(row["url"]), article["url"])
    same("file", row["file"], article["file"])


def check_corpus(label, corpus_args, country):
    tmp = tempfile.mkdtemp(prefix="bilateral-export-data-")
    extract = json.loads(run("--extract", *corpus_args))
    figures = extracted(extract)
    paths = {name: os.path.join(tmp, name) for name in
             ("figures.csv", "figures.json", "pairs.csv", "pairs.json", "country.csv", "country-pairs.json")}

    def figures_csv():
        out = run(f"--export-data={paths['figures.csv']}", *corpus_args).decode()
        expect(out == paths["figures.csv"] + "\n", f"prints {out!r}, not the path written")
        rows = read_csv(paths["figures.csv"])
        expect(len(figures) > 0, "--extract found no figure")
        expect(len(rows) == len(figures), f"{len(rows)} rows, --extract has {len(figures)} figures")
        for i, (row, (article, f)) in enumerate(zip(rows, figures)):
            compare_figure(f"row {i + 1}", row, article, f, False)

    def figures_json():
        run(f"--export-data={paths['figures.json']}", *corpus_args)
        with open(paths["figures.json"], encoding="utf-8") as f:
            objects = json.load(f)
        rows = read_csv(paths["figures.csv"])
        expect(isinstance(objects, list), "not an array")
        expect(len(objects) == len(figures), f"{len(objects)} objects, --extract has {len(figures)} figures")
        for i, (o, (article, f)) in enumerate(zip(objects, figures)):
            expect(list(o.keys()) == list(rows[0].keys()), f"object {i + 1}: its fields are not the CSV's columns")
            compare_figure(f"object {i + 1}", o, article, f, True)

    def partnerships():
        want = [(p["a"], p["b"], p["stance"], p["sectors"], p["articles"], p["mentions"])
                for p in extract["partnerships"]]
        run(f"--export-data={paths['pairs.csv']}", "--table=partnerships", *corpus_args)
        run(f"--export-data={paths['pairs.json']}", "--table=partnerships", *corpus_args)
        rows = read_csv(paths["pairs.csv"])
        got = [(r["a"], r["b"], r["stance"], [s for s in r["sectors"].split(";") if s], int(r["articles"]),
                int(r["mentions"])) for r in rows]
        expect(len(want) > 0, "--extract found no partnership")
        expect(got == want, f"CSV partnerships {got[:3]}… differ from --extract's {want[:3]}…")
        with open(paths["pairs.json"], encoding="utf-8") as f:
            got = [(o["a"], o["b"], o["stance"], o["sectors"], o["articles"], o["mentions"]) for o in json.load(f)]
        expect(got == want, "JSON partnerships differ from --extract's")

    def country_filter():
        run(f"--export-data={paths['country.csv']}", f"--country={country}", *corpus_args)
        rows = read_csv(paths["country.csv"])
        want = [(a, f) for a, f in figures if country in (f["from"], f["to"])]
        expect(0 < len(want) < len(figures), f"--country={country} would not narrow {len(figures)} figures")
        expect(len(rows) == len(want), f"--country={country}: {len(rows)} rows, {len(want)} figures name it")
        for i, (row, (article, f)) in enumerate(zip(rows, want)):
            compare_figure(f"--country={country} row {i + 1}", row, article, f, False)

        run(f"--export-data={paths['country-pairs.json']}", "--table=partnerships", f"--country={country}",
            *corpus_args)
        with open(paths["country-pairs.json"], encoding="utf-8") as f:
            pairs = json.load(f)
        expect(0 < len(pairs) < len(extract["partnerships"]), f"--country={country} does not narrow the pairs")
        expect(all(country in (p["a"], p["b"]) for p in pairs), f"a pair without {country}")

    check(f"{label}: CSV equals --extract", figures_csv)
    check(f"{label}: JSON equals --extract", figures_json)
    check(f"{label}: partnerships equal --extract's", partnerships)
    check(f"{label}: --country={country} narrows both tables", country_filter)
    for path in paths.values():
        if os.path.exists(path):
            os.remove(path)
    os.rmdir(tmp)


check_corpus("seeds", [], "US")
check_corpus("tests/articles", [os.path.join(tests_dir, "articles", "manifest.json")], "MY")

print(f"1..{len(results)}")
failed = 0
for i, (ok, name, error) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {i} {name}")
    if error:
        failed += 1
        for line in str(error).splitlines():
            print(f"# {line}")
sys.exit(1 if failed else 0)
