"""Toponym recognition and resolution: find place names in a Doc and geocode them.

1. Matching: at each token, every clitic reading (بطرابلس → طرابلس، لليبيا → ليبيا) is looked
   up as the first word of a gazetteer name, which is then extended over the following tokens;
   the longest name wins (الضفة الغربية over الضفة, جنوب السودان over السودان).
2. Guards: names that are also ordinary words (stoplist.tsv), very short names and small
   GeoNames villages count only after a locative cue (في، قرب، شمال، مدينة، بلدة ... or ب),
   villages only in a country the article is already about; a feminine nisba after a definite
   noun (القوات السعودية) is an adjective, not a place; person-name mentions are left alone.
3. Disambiguation: among same-name candidates, a country the article names elsewhere wins
   (طرابلس in a Lebanon story is Tripoli, LBN), then the prior (countries, curated entries,
   population); "العاصمة X" prefers the capital city over the country of the same name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from marsad.geo.gazetteer import Entry, Gazetteer, gazetteer
from marsad.model import Doc, Place
from marsad.text.tokens import Token, proclitic_readings

# Words that put a following name in the role of a location (after clitic stripping and
# without the article, as Token.forms gives them).
# fmt: off
LOCATIVE_CUES = frozenset({
    "في", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
    "مشارف", "محيط", "ضواحي", "داخل", "حول", "عند", "انحاء", "اطراف", "مدينه", "بلده",
    "قريه", "قري", "بلدات", "مدن", "معبر", "حي", "احياء", "منطقه", "مناطق", "محافظه",
    "ولايه", "ريف", "مخيم", "قضاء", "ناحيه", "مديريه", "عاصمه", "اقليم", "اماره", "شعبيه",
    "اوبلاست", "منطقتي", "مدينتي", "بلدتي", "قريتي", "محافظتي", "مدينتا", "منطقتا", "جرود",
    "سهل", "باديه",
})
# fmt: on
# Cues that name the kind of place: enough to accept a village outside the article's countries.
# fmt: off
PLACE_TYPE_CUES = frozenset({
    "مدينه", "بلده", "قريه", "قري", "بلدات", "مدن", "معبر", "حي", "احياء", "مخيم",
    "قضاء", "ناحيه", "مديريه", "محافظه", "ولايه", "منطقتي", "مدينتي", "بلدتي", "قريتي",
    "محافظتي", "مدينتا", "منطقتا",
})
# fmt: on
# Words before a region's name (محافظة، ولاية ...), without the article.
# fmt: off
REGION_TYPES = frozenset({
    "محافظه", "ولايه", "منطقه", "اقليم", "اماره", "شعبيه", "بلديه", "جهه", "لواء",
    "جمهوريه", "اوبلاست",
})
# fmt: on
# Feminine adjectives that make a country's name another region (أمريكا اللاتينية).
REGION_ADJECTIVES = frozenset({"الجنوبيه", "الشماليه", "اللاتينيه", "الوسطي", "الكبري"})
# Verbs whose subject is where something happened (شهدت المدينة احتجاجات).
# "witnessed" and "was subjected to" (تعرضت حلب لقصف): their subject is where it happened.
WITNESSED = frozenset(
    {
        "شهد",
        "شهدت",
        "تشهد",
        "يشهد",
        "تشهدها",
        "يشهدها",
        "تعرض",
        "تعرضت",
        "يتعرض",
        "تتعرض",
    }
)
# A prefix taken into the span: a crossing is named by its town (معبر الدرباسية). Airports,
# ports and camps keep the town as the name (مطار أبها → أبها) unless listed themselves.
SITE_PREFIXES = {"معبر": "{} crossing"}
KINGDOM_KEY = ("المملكه",)  # "the Kingdom": the one kingdom the article is about, if any
# fmt: off
KINGDOMS = frozenset({
    "SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA",
})
# fmt: on
# Words after which an indefinite nisba-like name (سورية) is the country, not an adjective.
FUNCTION_WORDS = frozenset(
    ["من", "الي", "في", "عن", "علي", "مع", "بين", "ان", "او", "ثم", "حول", "داخل", "خارج"]
)
_QUOTES = frozenset("\"«»“”„'")
_LIST_JOINERS = frozenset({"و", "،", ",", "او"})
MAX_WORDS = 6
# Countries whose small towns Arabic news name; elsewhere a one-word town name of fewer than
# FOREIGN_MIN people is more likely a person's name or a word (Yuma يوما، Anderson).
# fmt: off
LOCAL = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR",
    "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ISR", "ESH",
})
# fmt: on
FOREIGN_MIN = 100_000
RANK_GAP = 30  # candidates this many times smaller than the biggest are not context's to pick
NEAR_SENTENCES = 2  # how far back a village's country may be named
SHORT = 3  # names this short (letters, without ال) need a locative cue


@dataclass(slots=True)
class _Match:
    first: int  # token range [first, last)
    last: int
    key: tuple[str, ...]
    candidates: list[Entry]
    locative: bool
    cued: bool  # a locative word precedes
    by: bool  # the clitic ب (a weaker cue: it also means "with", "by" and "that")
    typed: bool  # a place-type cue (مدينة، بلدة ...) precedes
    capital_cue: bool  # preceded by العاصمة
    listed: bool = False  # located only by being listed after a located place (X وY)
    procl: str = ""  # the proclitics read off the first token (و، ب، ل ...)
    prefix: str | None = None  # a site prefix taken into the span (معبر)


@lru_cache(maxsize=100_000)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    """(proclitics, rest) readings of a word, adding ل + name for لل (لليبيا → ليبيا)."""
    # The future particle س attaches to verbs, never to names: وسيطا is not و+س+يطا.
    # Nor is ك "like" read before names (كلاوس is Klaus, not ك + لاوس).
    out = [r for r in proclitic_readings(word) if "س" not in r[0] and "ك" not in r[0]]
    for conj in ("", "و", "ف"):
        head = conj + "لل"
        if word.startswith(head) and len(word) - len(head) >= 2:
            out.append((conj + "ل", word[len(conj) + 1 :]))
    return tuple(out)


_KEYS: dict[tuple[int, str], tuple[tuple[str, tuple[str, ...]], ...]] = {}


def _word_keys(gaz: Gazetteer, word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(proclitics, name key) for every gazetteer name that may start with ``word``."""
    cache_key = (id(gaz), word)
    found = _KEYS.get(cache_key)
    if found is None:
        found = tuple(
            (procl, key) for procl, rest in _readings(word) for key in gaz.first_words.get(rest, ())
        )
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        _KEYS[cache_key] = found
    return found


def _prev_word(tokens: list[Token], i: int, lo: int) -> int:
    """Index of the nearest token before ``i`` that is not a quotation mark (or -1)."""
    j = i - 1
    while j >= lo and tokens[j].norm in _QUOTES:
        j -= 1
    return j if j >= lo else -1


def _has_form(tok: Token, words: frozenset[str] | set[str] | dict[str, str]) -> bool:
    return any(f in words for f in tok.forms)


class _Finder:
    def __init__(self, doc: Doc, gaz: Gazetteer) -> None:
        self.doc = doc
        self.gaz = gaz
        self.tokens = doc.tokens

    def matches(self, lo: int, hi: int) -> list[_Match]:
        """Longest gazetteer names in tokens [lo, hi), with their cues."""
        out: list[_Match] = []
        i = lo
        while i < hi:
            found = self._longest(i, hi)
            if found is None:
                i += 1
                continue
            n, procl, key = found
            if "\u064b" in self.doc.text[self.tokens[i + n - 1].start : self.tokens[i + n - 1].end]:
                i += n  # tanween fath marks an adverb or object (دوماً "always"), never a name
                continue
            m = self._cues(lo, i, i + n, procl, key)
            if i + n < hi and _has_form(self.tokens[i + n], WITNESSED):
                m.locative = True  # بغداد شهدت احتجاجات (the subject first)
            out.append(m)
            i += n
        return out

    def _longest(self, i: int, hi: int) -> tuple[int, str, tuple[str, ...]] | None:
        tok = self.tokens[i]
        if tok.kind != "word" or (
            self.gaz.stop.get(tok.norm) == "never" and tok.norm != KINGDOM_KEY[0]
        ):
            return None  # a stoplisted word is not read as clitics + name (فرانس ≠ ف + رانس)
        best: tuple[int, str, tuple[str, ...]] | None = None
        for procl, key in _word_keys(self.gaz, tok.norm):
            n = len(key)
            if i + n > hi or (best is not None and n <= best[0]):
                continue
            if n == 1 or all(self.tokens[i + k].norm == key[k] for k in range(1, n)):
                best = (n, procl, key)
        if best is None:
            for procl, rest in _readings(tok.norm):
                if rest == KINGDOM_KEY[0]:
                    return 1, procl, KINGDOM_KEY
        if best is not None and self._type_then_name(best[2]):
            return None  # the name after the type word matches on its own, with the type as cue
        return best

    def _type_then_name(self, key: tuple[str, ...]) -> bool:
        """محافظة إدلب، منطقة نجران: a region named by its type word and a place of the same
        country is read as that place after a cue (as news and the gold mean it); ولاية
        الجزيرة stays the Sudanese state, since الجزيرة alone is elsewhere."""
        if len(key) < 2 or key[0].removeprefix("ال") not in REGION_TYPES:
            return False
        if len(key) == 2 and self.gaz.stop.get(key[1]) == "never":
            return False  # محافظة إب: إب alone is a word (أب), the region is the place
        countries = {e.country for e in self.gaz.candidates(key)}
        return any(e.country in countries for e in self.gaz.candidates(key[1:]))

    def _cues(self, lo: int, first: int, last: int, procl: str, key: tuple[str, ...]) -> _Match:
        tokens = self.tokens
        candidates = self.gaz.candidates(key)
        by = "ب" in procl
        m = _Match(
            first,
            last,
            key,
            candidates,
            locative=by,
            typed=False,
            capital_cue=False,
            cued=False,
            by=by,
            procl=procl,
        )
        if key[0].removeprefix("ال") in LOCATIVE_CUES or key[0] in SITE_PREFIXES:
            m.locative = m.cued = m.typed = True
        p = _prev_word(tokens, first, lo)
        if p >= 0 and key[0] not in SITE_PREFIXES:
            prefix = next((f for f in tokens[p].forms if f in SITE_PREFIXES), None)
            if prefix is not None:
                m.prefix, m.first = prefix, p
                m.locative = m.cued = m.typed = True
                p = _prev_word(tokens, p, lo)
        if p < 0:
            return m
        prev = tokens[p]
        if _is_nisba(prev) and not _has_form(prev, LOCATIVE_CUES):
            # a cue noun and its adjective before the name: العاصمة اليمنية صنعاء
            pp = _prev_word(tokens, p, lo)
            if pp >= 0 and _has_form(tokens[pp], LOCATIVE_CUES) and _definite(tokens[pp]):
                prev = tokens[pp]
        if _has_form(prev, LOCATIVE_CUES):
            m.locative = m.cued = True
            m.typed = m.typed or _has_form(prev, PLACE_TYPE_CUES)
            m.capital_cue = "عاصمه" in prev.forms
        elif prev.norm == "من":
            pp = _prev_word(tokens, p, lo)
            if pp >= 0 and "قرب" in tokens[pp].forms:  # بالقرب من
                m.locative = m.cued = True
        elif _has_form(prev, WITNESSED):
            m.locative = True  # شهدت بغداد احتجاجات: the subject of "witnessed" is a where
        return m


def _definite(tok: Token) -> bool:
    """Whether a reading of the word (after its proclitics) carries the article."""
    return any(rest.startswith("ال") for _, rest in _readings(tok.norm))


def _is_nisba(tok: Token) -> bool:
    """A definite relational adjective (اليمنية، السوري): it may stand between a cue and a name."""
    word = tok.norm
    return (
        tok.kind == "word"
        and word.startswith("ال")
        and word.endswith(("يه", "ي"))
        and (len(word) > 5)
    )


def _is_adjective(tokens: list[Token], m: _Match, lo: int) -> bool:
    """A feminine nisba agreeing with the noun before it: القوات السعودية، طائرات روسية وسورية.

    Definite after a definite word; indefinite (سورية is also Syria) after any content word.
    """
    word = m.key[-1]
    if len(m.key) != 1 or not word.endswith("يه") or m.cued or m.by:
        return False
    p = _prev_word(tokens, m.first, lo)
    if p < 0 or tokens[p].kind != "word":
        return False
    readings = [rest for _, rest in _readings(tokens[p].norm)]
    if word.startswith("ال"):
        return any(rest.startswith("ال") for rest in readings)
    return not any(rest in FUNCTION_WORDS for rest in readings)


def _wider_region(tokens: list[Token], m: _Match, hi: int) -> bool:
    """أمريكا اللاتينية، أوسيتيا الجنوبية: a country's name with an adjective the gazetteer
    does not know as a whole is another region, not the country."""
    if m.last >= hi or not m.candidates or m.candidates[0].feature != "country":
        return False
    return tokens[m.last].norm in REGION_ADJECTIVES


def _list_continuation(tokens: list[Token], m: _Match, prev: _Match | None, lo: int) -> bool:
    """``X وY`` / ``X، Y``: a name listed right after a located place is located too."""
    if prev is None or not (prev.cued or any(not e.minor for e in prev.candidates)):
        return False
    if m.procl.startswith("و") and m.first - prev.last <= 2:
        return True
    p = _prev_word(tokens, m.first, lo)
    return p >= 0 and tokens[p].norm in _LIST_JOINERS and p - prev.last <= 2


def find_places(doc: Doc) -> None:
    """Fill ``doc.places`` with every place name of the text, geocoded (a pipeline stage)."""
    if doc.norm is None:
        return
    gaz = gazetteer()
    finder = _Finder(doc, gaz)
    tokens = doc.tokens
    spans = doc.sentence_tokens or [(0, len(tokens))]
    person_spans = [m.span for m in doc.mentions if m.actor.kind == "PER"]

    found: list[tuple[int, int, _Match]] = []  # (sentence, lo, match)
    context: Counter[str] = Counter(m.actor.country for m in doc.mentions if m.actor.country)
    for sent, (lo, hi) in enumerate(spans):
        prev: _Match | None = None
        for m in finder.matches(lo, hi):
            if not m.cued and _list_continuation(tokens, m, prev, lo):
                m.locative = m.cued = m.listed = True
            prev = m
            start, end = tokens[m.first].start, tokens[m.last - 1].end
            if any(s < end and start < e for s, e in person_spans):
                continue
            if _is_adjective(tokens, m, lo):
                context.update({e.country for e in m.candidates if e.feature == "country"})
                continue
            if _wider_region(tokens, m, hi):
                continue
            found.append((sent, lo, m))

    kept: list[tuple[int, _Match]] = []
    kingdom: list[tuple[int, _Match]] = []
    for sent, _lo, m in found:
        if m.key == KINGDOM_KEY:
            kingdom.append((sent, m))
            continue
        m.candidates = _guard(m, gaz, context=None)
        if m.candidates:
            kept.append((sent, m))
    # Context: countries of the names that are not in doubt: one country among the candidates,
    # or a country name (لبنان is Lebanon, whatever towns of Pennsylvania are also called).
    by_sentence: dict[int, set[str]] = {}
    for mention in doc.mentions:
        if mention.actor.country:
            by_sentence.setdefault(mention.sentence, set()).add(mention.actor.country)
    for sent, m in kept:
        countries = {e.country for e in m.candidates}
        if len(countries) == 1 or m.candidates[0].feature == "country":
            context[m.candidates[0].country] += 1
            if not m.candidates[0].minor:  # a village does not vouch for itself
                by_sentence.setdefault(sent, set()).add(m.candidates[0].country)

    places: list[Place] = []
    metonymy = [m.span for m in doc.mentions if m.rule == "capital-metonymy"]
    for sent, m in kept:
        entries = _guard(m, gaz, context, _near_countries(by_sentence, sent))
        if entries:
            place = _place(doc, m, _choose(m, entries, context), sent, gaz)
            if any(s < place.span[1] and place.span[0] < e for s, e in metonymy):
                place.locative = False  # واشنطن تدعم: a government acting, listed but no where
            places.append(place)
    the_kingdom = _kingdom(context, gaz)
    if the_kingdom is not None:
        places += [_place(doc, m, the_kingdom, sent, gaz) for sent, m in kingdom]
    places += _capitals_by_adjective(doc, gaz, places)
    places.sort(key=lambda p: p.span)
    doc.places = places


def _near_countries(by_sentence: dict[int, set[str]], sent: int) -> set[str]:
    """Countries named in sentence ``sent`` and the NEAR_SENTENCES before it."""
    out: set[str] = set()
    for s in range(sent - NEAR_SENTENCES, sent + 1):
        out |= by_sentence.get(s, set())
    return out


def _capitals_by_adjective(doc: Doc, gaz: Gazetteer, found: list[Place]) -> list[Place]:
    """العاصمة العراقية with no name after it: the capital of the adjective's country."""
    tokens = doc.tokens
    adjectives = {m.tokens[0]: m for m in doc.mentions if m.rule == "nationality-adj"}
    named = {p.span[0] for p in found}
    starts = [p.span for p in found]
    out: list[Place] = []
    for sent, (lo, hi) in enumerate(doc.sentence_tokens):
        for i in range(lo, hi - 1):
            tok = tokens[i]
            if tok.kind != "word" or "عاصمه" not in tok.forms or not tok.norm.count("ال"):
                continue
            adj = adjectives.get(i + 1)
            if adj is None or adj.tokens[1] != i + 2 or adj.actor.country is None:
                continue
            if adj.tokens[1] < len(tokens) and tokens[adj.tokens[1]].start in named:
                continue  # العاصمة اليمنية صنعاء: the name itself is the place
            if any(s <= tok.start < e for s, e in starts):
                continue
            capital = gaz.capital(adj.actor.country)
            if capital is None:
                continue
            p = _prev_word(tokens, i, lo)
            procl = next((pro for pro, rest in _readings(tok.norm) if rest == "العاصمه"), "")
            after = adj.tokens[1]
            locative = (
                "ب" in procl
                or (p >= 0 and _has_form(tokens[p], LOCATIVE_CUES | WITNESSED))
                or (after < len(tokens) and _has_form(tokens[after], WITNESSED))
            )
            start, end = tok.start, tokens[i + 1].end
            out.append(
                Place(
                    raw_text=doc.text[start:end],
                    name=capital.name,
                    country=capital.country,
                    lat=capital.lat,
                    lon=capital.lon,
                    span=(start, end),
                    sentence=sent,
                    feature="city",
                    locative=locative,
                )
            )
    return out


def _guard(
    m: _Match, gaz: Gazetteer, context: Counter[str] | None, near: set[str] | None = None
) -> list[Entry]:
    """The candidates that this occurrence may stand for (none: not a place here).

    A village needs its country in the article (``context``) and, when ``near`` is given,
    named close by: an Iraqi passage does not move to a Syrian village of the same name.
    """
    word = " ".join(m.key)
    policy = gaz.stop.get(word)  # multiword names too: صلاح الدين is also a man's name
    if policy == "never" or (policy == "locative" and not (m.cued or m.by)):
        return []
    short = len(m.key) == 1 and len(word.removeprefix("ال")) <= SHORT
    out = []
    for e in m.candidates:
        geonames = e.source.startswith("geonames")
        foreign = geonames and e.population < FOREIGN_MIN and e.country not in LOCAL
        if geonames and (short or e.minor or (foreign and len(m.key) == 1)):
            if not m.cued or (foreign and m.listed):
                continue
            if e.minor and context is not None and not m.typed and e.country not in context:
                continue
            if e.minor and near is not None and not m.typed and e.country not in near:
                continue
        out.append(e)
    return out


def _kingdom(context: Counter[str], gaz: Gazetteer) -> Entry | None:
    """The one kingdom the article names (at least twice), or None."""
    kingdoms = [c for c in context if c in KINGDOMS]
    if len(kingdoms) != 1 or context[kingdoms[0]] < 2:
        return None
    return gaz.country(kingdoms[0])


def _choose(m: _Match, entries: list[Entry], context: Counter[str]) -> Entry:
    if m.capital_cue:
        cities = [e for e in entries if e.feature == "city"]
        if cities:
            entries = cities

    # Context picks among comparable candidates only: Paris in a story about the United States
    # is still Paris, France, not a Texan town of 25,000.
    top = max((e.rank for e in entries if e.feature != "country"), default=0)
    plausible = [e for e in entries if e.feature == "country" or e.rank * RANK_GAP >= top]
    if not m.typed:
        plausible = [e for e in plausible if not e.minor] or plausible

    def score(e: Entry) -> tuple[bool, int]:
        return (context[e.country] > 0, e.rank)

    return max(plausible, key=score)


def _place(doc: Doc, m: _Match, entry: Entry, sent: int, gaz: Gazetteer) -> Place:
    tokens = doc.tokens
    last = _alias_end(doc, m, entry, gaz)
    start, end = tokens[m.first].start, tokens[last - 1].end
    name, feature = entry.name, entry.feature
    if m.prefix is not None:
        name, feature = SITE_PREFIXES[m.prefix].format(entry.name), "site"
    return Place(
        raw_text=doc.text[start:end],
        name=name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        span=(start, end),
        sentence=sent,
        feature=feature,
        locative=m.locative,
    )


def _alias_end(doc: Doc, m: _Match, entry: Entry, gaz: Gazetteer) -> int:
    """Extend over a bracketed alias of the same place: عين العرب (كوباني)."""
    tokens = doc.tokens
    i = m.last
    if i >= len(tokens) or tokens[i].norm != "(":
        return m.last
    for n in range(1, MAX_WORDS):
        close = i + 1 + n
        if close >= len(tokens) or tokens[close - 1].kind != "word":
            break
        if tokens[close].norm != ")":
            continue
        key = tuple(t.norm for t in tokens[i + 1 : close])
        for e in gaz.candidates(key):
            if e.country == entry.country and abs(e.lat - entry.lat) + abs(e.lon - entry.lon) < 1:
                return close + 1
        break
    return m.last
