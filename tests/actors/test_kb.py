"""The knowledge-base files: every line parses, codes are valid, ids unique, no stray ambiguity."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from marsad.actors import kb

FILES = ("countries.tsv", "institutions.tsv", "igos.tsv", "people.tsv", "groups.tsv", "titles.tsv")
ISO3 = re.compile(r"^[A-Z]{3}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ARABIC = re.compile(r"^[~\u0621-\u064A\u0670-\u06D3 0-9]+$")


def _lines(name: str) -> list[str]:
    text = resources.files("marsad.data.actors").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("name", FILES)
def test_every_line_has_the_header_width(name: str) -> None:
    header, *rows = _lines(name)
    width = len(header.split("\t"))
    for row in rows:
        assert 1 < len(row.split("\t")) <= width, row


@pytest.mark.parametrize("name", FILES)
def test_arabic_cells_hold_only_arabic_letters(name: str) -> None:
    header, *rows = _lines(name)
    columns = header.split("\t")
    arabic = [
        i
        for i, c in enumerate(columns)
        if c in ("ar", "names_ar", "short_ar", "capitals_ar", "nisba", "nisba_irregular")
    ]
    for row in rows:
        cells = row.split("\t")
        for i in arabic:
            if i < len(cells) and cells[i]:
                for form in cells[i].split("|"):
                    assert ARABIC.match(form), (name, form)


def test_countries_cover_the_un_and_the_named_extras() -> None:
    countries = kb.countries()
    assert len(countries) >= 197
    for code in ("USA", "RUS", "PSE", "KOS", "TWN", "ESH", "VAT", "SSD"):
        assert code in countries
    for c in countries.values():
        assert ISO3.match(c.iso3) and c.name_en and c.adj_en and c.names


def test_country_ids_are_unique() -> None:
    _header, *rows = _lines("countries.tsv")
    codes = [r.split("\t")[0] for r in rows]
    assert len(codes) == len(set(codes))


def test_nisba_rule_generates_gender_and_number() -> None:
    forms = kb.nisba_forms("أمريكي")
    for f in ("امريكي", "امريكيه", "امريكيون", "امريكيين", "امريكيان", "امريكيات"):
        assert f in forms


def _valid_country(code: str | None) -> bool:
    return code is not None and (code in kb.countries() or code in kb.PLOVER_NONSTATE)


def test_institutions_use_valid_codes() -> None:
    for inst in kb.institutions():
        assert inst.kind in ("head", "fixed")
        assert inst.sector in kb.SECTORS, inst
        if inst.kind == "fixed":
            assert _valid_country(inst.country), inst
        else:
            assert inst.country is None and ("{adj}" in inst.en or "{country}" in inst.en), inst
            assert inst.group, inst


def test_orgs_use_valid_codes_and_unique_ids() -> None:
    ids: list[str] = []
    for name in ("igos.tsv", "groups.tsv"):
        ids += [r.split("\t")[0] for r in _lines(name)[1:]]
    assert len(ids) == len(set(ids))
    for org in kb.orgs().values():
        assert _valid_country(org.country) and org.sector in kb.SECTORS, org


def test_people_use_valid_codes_roles_and_dates() -> None:
    rows = _lines("people.tsv")[1:]
    ids = [r.split("\t")[0] for r in rows]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 300
    roles = {t.role for t in kb.titles().values() if t.role} | {"leader", "supreme_leader"}
    for row in rows:
        cells = row.split("\t")
        for term in filter(None, cells[4].split(";")):
            role, start, end = [*term.split(":"), "", ""][:3]
            assert role in roles, (cells[0], role)
            assert not start or DATE.match(start), (cells[0], start)
            assert not end or DATE.match(end), (cells[0], end)
    for p in kb.people().values():
        assert _valid_country(p.country) and p.sector in kb.SECTORS, p
        assert p.names, p
        for t in p.terms:
            assert t.start is None or t.end is None or t.start <= t.end, (p.id, t)


def test_titles_use_valid_sectors() -> None:
    for t in kb.titles().values():
        assert t.sector in kb.SECTORS or t.sector == "ORG", t


# Readings of one phrase that a rule tells apart (adjective after a definite noun vs state name).
SETTLED = {frozenset({"country", "nisba"}), frozenset({"head", "title"})}


def test_no_phrase_is_ambiguous_unless_a_rule_settles_it() -> None:
    problems = []
    for words, entries in kb.lexicon().phrases.items():
        by_type: dict[str, set[str]] = {}
        for e in entries:
            by_type.setdefault(e.type, set()).add(e.ref)
        same_type = {t: refs for t, refs in by_type.items() if len(refs) > 1 and t != "title"}
        people = {
            kb.people()[r].en for r in by_type.get("person", set()) | by_type.get("short", set())
        }
        if same_type and not (set(same_type) <= {"person", "short"} and len(people) == 1):
            problems.append((" ".join(words), same_type))
        strong = set(by_type) - {"title", "head"}
        if strong == {"person", "short"} and len(people) == 1:
            continue  # a full name that is also listed as a short form of the same person
        if len(strong) > 1 and frozenset(strong) not in SETTLED:
            problems.append((" ".join(words), sorted(by_type)))
    assert not problems, problems[:20]


def test_holder_is_date_aware() -> None:
    import datetime as dt

    assert (kb.holder("president", "USA", dt.date(2019, 6, 1)) or kb.Person).en == "Donald Trump"
    assert (kb.holder("president", "USA", dt.date(2022, 6, 1)) or kb.Person).en == "Joe Biden"
    assert kb.holder("president", "USA", dt.date(1990, 6, 1)) is None


def test_parse_date_fills_partial_dates() -> None:
    import datetime as dt

    assert kb.parse_date("2019") == dt.date(2019, 1, 1)
    assert kb.parse_date("2019", end=True) == dt.date(2019, 12, 31)
    assert kb.parse_date("2019-02", end=True) == dt.date(2019, 2, 28)
    assert kb.parse_date("") is None
