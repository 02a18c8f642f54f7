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
        assert inst.kind in ("head", "fixed", "cited")
        assert inst.sector in kb.SECTORS, inst
        if inst.kind in ("fixed", "cited"):
            assert _valid_country(inst.country), inst
        else:
            assert inst.country is None or _valid_country(inst.country), inst
            assert "{adj}" in inst.en or "{country}" in inst.en, inst
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
    assert len(ids) >= 1200
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


def test_at_least_1500_named_actors() -> None:
    """People, armed groups, militias, mercenary companies and parties (IGOs not counted)."""
    groups = [r.split("\t")[0] for r in _lines("groups.tsv")[1:]]
    assert len(kb.people()) + len(groups) >= 1500


QID = re.compile(r"^Q[1-9][0-9]*$")


def test_wikidata_ids_are_well_formed_and_unique() -> None:
    qids = [c.wikidata for c in kb.countries().values() if c.wikidata]
    qids += [o.wikidata for o in kb.orgs().values() if o.wikidata]
    qids += [p.wikidata for p in kb.people().values() if p.wikidata]
    assert qids and all(QID.match(q) for q in qids)
    assert len(qids) == len(set(qids))


def test_ids_are_unique_across_all_named_actor_files() -> None:
    ids = [
        r.split("\t")[0]
        for name in ("people.tsv", "groups.tsv", "igos.tsv")
        for r in _lines(name)[1:]
    ]
    assert len(ids) == len(set(ids))


def test_office_terms_of_one_role_and_state_do_not_overlap_by_accident() -> None:
    """One holder per office and day, so that a title alone names one person (date-aware)."""
    import datetime as dt

    roles = {
        "president", "prime_minister", "foreign_minister", "defence_minister", "interior_minister",
        "king", "emir", "crown_prince", "chief_of_staff", "speaker", "intelligence_chief",
    }  # fmt: skip
    # rival authorities (Libya's east and west; the Houthi council in Sanaa)
    rivals = {
        ("LBY", "prime_minister"), ("LBY", "president"), ("LBY", "speaker"),
        ("LBY", "chief_of_staff"), ("YEM", "president"),
    }  # fmt: skip
    problems = []
    for day in (dt.date(y, m, 15) for y in range(2000, 2026) for m in (2, 5, 8, 11)):
        holders: dict[tuple[str, str], set[str]] = {}
        for p in kb.people().values():
            for t in p.terms:
                if t.role in roles and t.covers(day):
                    holders.setdefault((p.country, t.role), set()).add(p.id)
        for key, ids in holders.items():
            if len(ids) > 1 and key not in rivals:
                problems.append((day.isoformat(), key, sorted(ids)))
    assert not problems, problems[:15]


def test_titles_use_valid_sectors() -> None:
    for t in kb.titles().values():
        assert t.sector in kb.SECTORS or t.sector == "ORG", t


# Readings of one phrase that a rule tells apart (adjective after a definite noun vs state name).
# A medium named by a common word (الفرنسية) is read as the medium only where speech cites it.
SETTLED = {
    frozenset({"country", "nisba"}),
    frozenset({"head", "title"}),
    frozenset({"nisba", "cited"}),
}


def test_each_cited_medium_is_one_actor_with_its_full_name() -> None:
    """الجزيرة cited and قناة الجزيرة name one body: same English name and country."""
    fixed = {(i.en, i.country) for i in kb.fixed().values() if i.sector == "JRN"}
    for inst in kb.cited().values():
        assert (inst.en, inst.country) in fixed, inst


def test_no_phrase_is_ambiguous_unless_a_rule_settles_it() -> None:
    problems: list[tuple[str, object]] = []
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

    trump = kb.holder("president", "USA", dt.date(2019, 6, 1))
    biden = kb.holder("president", "USA", dt.date(2022, 6, 1))
    assert trump is not None and trump.en == "Donald Trump"
    assert biden is not None and biden.en == "Joe Biden"
    assert kb.holder("president", "USA", dt.date(1990, 6, 1)) is None


def test_parse_date_fills_partial_dates() -> None:
    import datetime as dt

    assert kb.parse_date("2019") == dt.date(2019, 1, 1)
    assert kb.parse_date("2019", end=True) == dt.date(2019, 12, 31)
    assert kb.parse_date("2019-02", end=True) == dt.date(2019, 2, 28)
    assert kb.parse_date("") is None


def test_offices_of_organisations_name_a_known_organisation() -> None:
    for p in kb.people().values():
        for t in p.terms:
            assert not t.org or t.org in kb.orgs(), (p.id, t.org)
