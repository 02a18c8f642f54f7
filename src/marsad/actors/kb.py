"""The actor knowledge base: reviewable TSV files under ``marsad/data/actors``, loaded once.

Each file is one entry a line with a header line and ``#`` comments. This module parses them
into small frozen records and builds the phrase ``Lexicon`` that the mention finder walks:
normalised word tuples mapped to what they may name (a country, a capital, a nationality
adjective, an institution head, a title, an organisation, a person).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

from marsad.actors.words import FIRST_NAMES
from marsad.text.normalize import norm

PLOVER_NONSTATE = ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC")
# PLOVER sector codes (manual, table "Sector Codes"), plus IGO/NGO as used for organisations.
_SECTOR_CODES = (
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP "
)
SECTORS = frozenset((_SECTOR_CODES + "PRE REL SOC IGO NGO").split())
ARTICLE = "ال"

# Nationality adjectives of non-state actors (المبعوث الأممي → UN envoy).
NONSTATE_NISBA = {"اممي": "UNO"}
NONSTATE_ADJ = {"UNO": "UN", "EUR": "EU", "IGO": "", "NGO": "", "IMG": "", "ISM": "", "MNC": ""}


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name_en: str
    adj_en: str
    names: tuple[str, ...]
    capitals: tuple[str, ...]
    nisba: tuple[str, ...]  # masculine singular bases
    nisba_irregular: tuple[str, ...]
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Institution:
    kind: str  # "head" or "fixed"
    ar: str
    sector: str
    en: str
    country: str | None
    group: str
    bare: bool
    count: bool = False  # the head alone counts only after a number (111 نائبا)


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    en: str
    country: str
    sector: str
    names: tuple[str, ...]
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class Term:
    role: str
    start: dt.date | None
    end: dt.date | None
    org: str = ""  # the organisation (igos.tsv id) the office belongs to, for IGO offices

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    en: str
    country: str
    sector: str
    terms: tuple[Term, ...]
    names: tuple[str, ...]
    short: tuple[str, ...]
    wikidata: str | None = None


def plausible(person: Person, day: dt.date | None, before: int = 2, after: int = 6) -> bool:
    """Whether a bare surname may mean ``person`` in an article of ``day``.

    Somebody holds an office known to us from (start - ``before`` years) to (end + ``after``):
    الشيباني in 2015 is not the foreign minister appointed in 2024.
    """
    if day is None or not person.terms:
        return True
    starts = [t.start for t in person.terms]
    ends = [t.end for t in person.terms]
    first = None if None in starts else min(s for s in starts if s is not None)
    last = None if None in ends else max(e for e in ends if e is not None)
    if first is not None and day.year < first.year - before:
        return False
    return last is None or day.year <= last.year + after


@dataclass(frozen=True, slots=True)
class Title:
    ar: str
    sector: str  # a PLOVER sector, or "ORG": the sector of the body named after the title
    role: str
    en: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a lexicon phrase."""

    type: str  # country, capital, nisba, head, fixed, cited, org, person, short, title
    ref: str  # iso3, head/title phrase, org or person id, fixed phrase
    exact: bool = True  # the phrase as listed (not an article variant)
    construct: bool = False  # ends without the article: may govern a country (وزارة خارجية روسيا)
    weak: bool = False  # a name that is also a common word (مالي): needs a supporting context


def _rows(name: str) -> list[list[str]]:
    """Data rows of a TSV file (header and comments dropped), padded to the header's width."""
    text = resources.files("marsad.data.actors").joinpath(name).read_text(encoding="utf-8")
    rows: list[list[str]] = []
    width = 0
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not width:
            width = len(cells)
            continue
        rows.append(cells + [""] * (width - len(cells)))
    return rows


def _split(cell: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split(sep) if x.strip())


def parse_date(text: str, end: bool = False) -> dt.date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a bare year or month spans the whole period."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        if not end:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], parts[1], parts[2])


@cache
def countries() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for iso3, name_en, adj_en, names, capitals, nisba, irregular, qid in _rows("countries.tsv"):
        out[iso3] = Country(
            iso3,
            name_en,
            adj_en,
            _split(names),
            _split(capitals),
            _split(nisba),
            _split(irregular),
            qid or None,
        )
    return out


@cache
def institutions() -> list[Institution]:
    return [
        Institution(kind, ar, sector, en, country or None, group, bare == "yes", bare == "count")
        for kind, ar, sector, en, country, group, bare in _rows("institutions.tsv")
    ]


@cache
def heads() -> dict[str, Institution]:
    return {norm(i.ar): i for i in institutions() if i.kind == "head"}


@cache
def fixed() -> dict[str, Institution]:
    return {norm(i.ar): i for i in institutions() if i.kind == "fixed"}


@cache
def cited() -> dict[str, Institution]:
    """Media named by a common word (الجزيرة، الفرنسية): bodies only where speech cites them."""
    return {norm(i.ar): i for i in institutions() if i.kind == "cited"}


@cache
def orgs() -> dict[str, Org]:
    out: dict[str, Org] = {}
    for file in ("igos.tsv", "groups.tsv"):
        for oid, en, country, sector, names, qid in _rows(file):
            out[oid] = Org(oid, en, country, sector, _split(names), qid or None)
    return out


def _terms(cell: str) -> tuple[Term, ...]:
    terms: list[Term] = []
    for item in _split(cell, ";"):
        role, start, end, org = [*item.split(":"), "", "", ""][:4]
        terms.append(Term(role, parse_date(start), parse_date(end, end=True), org))
    return tuple(terms)


@cache
def people() -> dict[str, Person]:
    out: dict[str, Person] = {}
    for pid, en, country, sector, roles, names, short, qid in _rows("people.tsv"):
        out[pid] = Person(
            pid, en, country, sector, _terms(roles), _split(names), _split(short), qid or None
        )
    return out


@cache
def titles() -> dict[str, Title]:
    return {norm(ar): Title(ar, sector, role, en) for ar, sector, role, en in _rows("titles.tsv")}


def nisba_forms(base: str) -> tuple[str, ...]:
    """Regular forms of a masculine nisba: أمريكي → أمريكية، أمريكيان، أمريكيون، أمريكيين ..."""
    b = norm(base)
    return (b, b + "ه", b + "ان", b + "تان", b + "تين", b + "ون", b + "ين", b + "ات")


def article_variants(phrase: str) -> list[tuple[tuple[str, ...], bool]]:
    """Word tuples of ``phrase`` with the article toggled on each word; True for the listed one."""
    words = norm(phrase).split()
    options: list[list[str]] = []
    for w in words:
        bare = w[2:] if w.startswith(ARTICLE) and len(w) >= 4 else w
        options.append([w] + ([bare] if bare != w else [ARTICLE + w]))
    out: list[tuple[tuple[str, ...], bool]] = []

    def walk(i: int, acc: list[str]) -> None:
        if i == len(options):
            out.append((tuple(acc), tuple(acc) == tuple(words)))
            return
        for o in options[i]:
            walk(i + 1, [*acc, o])

    walk(0, [])
    return out


class Lexicon:
    """Phrases (tuples of normalised words) and what each may name."""

    def __init__(self) -> None:
        self.phrases: dict[tuple[str, ...], list[Entry]] = {}
        self.prefixes: set[tuple[str, ...]] = set()
        self.max_len = 1

    def add(self, words: tuple[str, ...], entry: Entry) -> None:
        if not words:
            return
        entries = self.phrases.setdefault(words, [])
        if entry not in entries:
            entries.append(entry)
        for n in range(1, len(words) + 1):
            self.prefixes.add(words[:n])
        self.max_len = max(self.max_len, len(words))

    def add_name(self, name: str, type_: str, ref: str, joined: bool = False) -> None:
        weak = name.startswith("~")
        words = tuple(norm(name.lstrip("~")).split())
        self.add(words, Entry(type_, ref, weak=weak))
        if joined and len(words) > 1:  # scraped text often loses the space: الولاياتالمتحدة
            self.add(("".join(words),), Entry(type_, ref, weak=weak))

    def get(self, words: tuple[str, ...]) -> list[Entry]:
        return self.phrases.get(words, [])


def _add_variants(lex: Lexicon, type_: str, items: list[tuple[str, str]]) -> None:
    """Heads and titles with the article toggled; a phrase listed as such wins over a variant."""
    listed = {tuple(norm(ar).split()) for _, ar in items}
    for exact_pass in (True, False):
        for key, ar in items:
            for words, exact in article_variants(ar):
                if exact != exact_pass or (not exact and words in listed):
                    continue
                if not exact and any(e.type == type_ for e in lex.get(words)):
                    continue
                construct = not words[-1].startswith(ARTICLE)
                if type_ == "title" and not exact and len(words) == 1 and construct:
                    # a bare indefinite one-word title (رئيس) only with a country after it
                    lex.add(words, Entry(type_, key, False, construct=True))
                    continue
                lex.add(words, Entry(type_, key, exact, construct=construct))


@cache
def lexicon() -> Lexicon:
    lex = Lexicon()
    for c in countries().values():
        for name in c.names:
            lex.add_name(name, "country", c.iso3, joined=True)
        for cap in c.capitals:
            lex.add_name(cap, "capital", c.iso3, joined=True)
        forms = [f for base in c.nisba for f in nisba_forms(base)]
        forms += [norm(f) for f in c.nisba_irregular]
        for f in forms:
            lex.add((f,), Entry("nisba", c.iso3))
            lex.add((ARTICLE + f,), Entry("nisba", c.iso3))
    for base, code in NONSTATE_NISBA.items():
        for f in nisba_forms(base):
            lex.add((f,), Entry("nisba", code))
            lex.add((ARTICLE + f,), Entry("nisba", code))
    _add_variants(lex, "head", [(k, i.ar) for k, i in heads().items()])
    for key in fixed():
        lex.add(tuple(key.split()), Entry("fixed", key))
    for key in cited():
        lex.add(tuple(key.split()), Entry("cited", key))
    for org in orgs().values():
        for name in org.names:
            lex.add_name(name, "org", org.id, joined=True)
    for person in people().values():
        for name in person.names:
            # a name of two common given names (محمد مصطفى) is read like a surname: only
            # around its bearer's years in office
            words = tuple(norm(name).split())
            generic = all(w in FIRST_NAMES for w in words)
            lex.add(words, Entry("short" if generic and person.terms else "person", person.id))
            if name.startswith("أبو "):  # the kunya declines: أبي بكر، أبا بكر
                lex.add_name("أبي " + name[4:], "person", person.id)
                lex.add_name("أبا " + name[4:], "person", person.id)
        for name in person.short:
            lex.add_name(name, "short", person.id)
    _add_variants(lex, "title", [(k, t.ar) for k, t in titles().items()])
    return lex


def norm_text(text: str) -> str:
    """Normalised spelling, for callers that compare with lexicon keys."""
    return norm(text)


def adjective(code: str | None) -> str:
    if code is None:
        return ""
    c = countries().get(code)
    return c.adj_en if c else NONSTATE_ADJ.get(code, code)


def country_name(code: str | None) -> str:
    if code is None:
        return ""
    c = countries().get(code)
    return c.name_en if c else code


def fill(template: str, code: str | None) -> str:
    """An English name from a template: '{adj} air defence' → 'Russian air defence'."""
    text = template.replace("{adj}", adjective(code)).replace("{country}", country_name(code))
    return " ".join(text.split())


def holder(role: str, code: str, day: dt.date, org: str = "") -> Person | None:
    """The person holding ``role`` for ``code`` (of organisation ``org``) on ``day``.

    Only when exactly one is known. An office of an organisation (the Arab League's
    secretary-general) is looked up among terms that name it, then among terms naming none.
    """
    for wanted in (org, "") if org else ("",):
        found = [
            p
            for p in people().values()
            if p.country == code
            and any(t.role == role and t.org == wanted and t.covers(day) for t in p.terms)
        ]
        if found:
            return found[0] if len(found) == 1 else None
    return None
