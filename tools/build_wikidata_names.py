"""Build src/marsad/data/actors/wikidata_names.tsv: people's full Arabic names as Wikidata
labels them, with their English label and country, for people the knowledge base does not know.

Source: the name index that arabic-name-romanizer 0.2.0 (MIT) ships, whose rows marked
``wikidata`` are Wikidata labels of people (CC0 1.0). Only those rows are read (its other
sources are left out), only names of two words or more (one word names too many people), and
only names written with Arabic letters alone. Install it beside the project without its
dependencies, then run:

    .venv/bin/pip install --no-deps arabic-name-romanizer==0.2.0
    .venv/bin/python tools/build_wikidata_names.py [--shared ../shared]

ISO 3166 two-letter codes become three-letter ones with the country table in
shared/data/gazetteers/countries_ar_en.tsv. Each name keeps its English label (else French,
else an alias; the most frequent, ties the alphabetically first) and the country only when all
its Wikidata people share one. Same input, same bytes.
"""

from __future__ import annotations

import argparse
import csv
import sqlite3
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

from marsad.text.normalize import norm

OUT = Path(__file__).resolve().parents[1] / "src/marsad/data/actors/wikidata_names.tsv"
HEADER = """\
# People's full Arabic names with their English Wikidata label and country (ISO3, empty where
# people of several countries share the name). Wikidata labels, CC0 1.0, as indexed by
# arabic-name-romanizer 0.2.0 (MIT); built by tools/build_wikidata_names.py. Do not edit by hand.
arabic\tenglish\tcountry
"""


LANG_RANK = {"en": 0, "fr": 1, "alias": 2}  # English labels first, then French, then aliases


def _arabic_only(text: str) -> bool:
    return all(ch == " " or "\u0621" <= ch <= "\u064a" for ch in text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with open(args.shared / "data/gazetteers/countries_ar_en.tsv", encoding="utf-8") as fh:
        iso3 = {row["cca2"]: row["cca3"] for row in csv.DictReader(fh, delimiter="\t")}
    index = resources.files("arabic_name_romanizer") / "resources/names.sqlite3"
    with resources.as_file(index) as path:
        db = sqlite3.connect(path)
        rows = db.execute(
            "select arabic_key, latin, latin_lang, country, count from full_names"
            " where source = 'wikidata'"
        ).fetchall()
    labels: dict[str, Counter[tuple[int, str]]] = defaultdict(Counter)
    countries: dict[str, set[str]] = defaultdict(set)
    for arabic, latin, lang, country, count in rows:
        key = " ".join(norm(arabic).split())
        if len(key.split()) < 2 or not _arabic_only(key) or not latin.strip():
            continue
        labels[key][(LANG_RANK.get(lang, 3), latin.strip())] += count
        countries[key].add(iso3.get(country, ""))
    lines = []
    for key in sorted(labels):
        (_, label), _ = min(labels[key].items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
        codes = countries[key] - {""}
        code = next(iter(codes)) if len(codes) == 1 and "" not in countries[key] else ""
        lines.append(f"{key}\t{label}\t{code}\n")
    args.out.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} names written to {args.out}")


if __name__ == "__main__":
    main()
