"""Where an event happened: the place its sentence names with a locative, nearest the trigger.

The places stage marks each place named after في، قرب، شمال، على مشارف، ريف ... (or ب) as
locative. For an event, in order of preference:
1. the target of an attack or the goal of a move (غارة على صنعاء، صواريخ على إسرائيل، هجوم
   شنه الحوثيون على مطار أبها، تسللت إلى كييف): where the attack lands, ahead of any other
   place of the clause (a background place or في المدينة about an earlier event); a definite
   place noun there names the place it refers back to (غارات على القطاع);
2. a locative place of the trigger's clause (between commas), nearest the trigger, one after
   it before one before it (قصفت الطائرات مواقع في إدلب); else the scene that an opening
   locative clause sets for the whole sentence (وفي حي التواهي، قالت مصادر إن ...);
3. a definite place noun after a locative (في المدينة، وسط العاصمة، في القطاع) names the last
   place of that kind that the article named before it (not البلدة or البلاد, which are too
   often some other town or the speaker's country);
4. the place an event noun governs (هجوم سروج، معركة قاعدة العند، الغزو الأميركي للعراق);
5. a locative place elsewhere in the sentence, else such a place noun elsewhere in it;
6. a country whose clock the sentence tells the time by (فجرا بتوقيت أوكرانيا): reporters
   give an event's local time, so the country is where it happened. A zone named after a city
   (بتوقيت مكة، بتوقيت موسكو، غرينتش) is a standard zone used far beyond it: not a where.
A capital that acts as a government (واشنطن تدعم) is never a where. Otherwise: none, rather
than a guess.
"""

from __future__ import annotations

from bisect import bisect_left

from marsad.geo.gazetteer import gazetteer
from marsad.model import Doc, Place
from marsad.text.tokens import Token, proclitic_readings

# Definite place nouns that refer back to a place named before, and the features they fit.
# fmt: off
ANAPHORS: dict[str, frozenset[str]] = {
    "المدينه": frozenset({"city"}),
    "العاصمه": frozenset({"city"}),
    "القطاع": frozenset({"city", "region"}),
    "المحافظه": frozenset({"region", "city"}),
    "الولايه": frozenset({"region"}),
    "الاقليم": frozenset({"region"}),
}
# Words before an anaphor that make it a where (after clitic stripping).
ANAPHOR_CUES = frozenset({
    "في", "وسط", "داخل", "انحاء", "شوارع", "محيط", "اطراف", "مشارف", "شمال", "جنوب", "شرق",
    "غرب", "ضواحي", "قرب", "ساحات",
})
# Attack words whose object after على is the place attacked; moves whose goal after الى is
# the place entered. Stems after clitic stripping and without the article.
ATTACKS = frozenset({
    "هجوم", "هجمات", "هجوما", "غاره", "غارات", "ضربه", "ضربات", "قصف", "صاروخ", "صواريخ",
    "قذائف", "اطلاق", "شن", "شنت", "شنه", "شنها", "هجم", "هاجم", "هاجمت", "اعتداء",
    "اعتداءات", "زحف", "حمله", "عدوان", "اطلق", "اطلقت", "اطلقوا", "شنوا", "اعتدي", "اعتدت",
    "هجومه", "هجومها", "قصفت", "قصفوا",
})
MOVES = frozenset({
    "تسلل", "تسللت", "توغل", "توغلت", "دخل", "دخلت", "دخول", "اقتحام", "اقتحمت", "زحف",
    "وصل", "وصلت", "وصول", "زياره", "زار", "زارت", "توجه", "توجهت", "تقدم", "تقدمت",
})
# Event nouns whose construct (or ل) complement is the place of the event.
EVENT_NOUNS = frozenset({
    "هجوم", "هجمات", "غاره", "غارات", "ضربه", "ضربات", "قصف", "اعتداء", "اعتداءات", "حمله",
    "عدوان", "معركه", "معارك", "تفجير", "تفجيرات", "غزو", "اجتياح", "حصار", "مجزره", "مذبحه",
    "احتجاجات", "تظاهرات", "مظاهرات", "اشتباكات", "عمليه", "انفجار",
})
# Words of position that take على themselves (جبل صبر المطل على المدينة): what follows is
# what they overlook, not what the attack hit. Without the article.
OVERLOOKING = frozenset({
    "مطل", "مطله", "مطلين", "يطل", "تطل", "مشرف", "مشرفه", "يشرف", "تشرف", "واقع", "واقعه",
    "يقع", "تقع",
})
SITES = frozenset({
    "مطار", "ميناء", "قاعده", "مدينه", "بلده", "قريه", "مواقع", "معسكر", "مقر", "مخيم",
    "حي", "مدن", "منطقه", "ريف", "محافظه", "اراضي", "عاصمه",
})
# fmt: on
TARGET_WINDOW = 6  # tokens between the trigger and على/الى
_CLAUSE_BREAKS = frozenset({"،", ",", "؛", ";", ":", "(", ")", "«", "»", '"', "“", "”"})


def event_location(doc: Doc, si: int, pos: int) -> Place | None:
    """The place of an event of sentence ``si`` whose trigger starts at offset ``pos``."""
    tokens = doc.tokens
    if not tokens or si >= len(doc.sentence_tokens):
        return _nearest([p for p in doc.places if p.sentence == si and p.locative], pos)
    lo, hi = doc.sentence_tokens[si]
    t = _token_at(tokens, pos)
    c_lo, c_hi = _clause(tokens, t, lo, hi)
    c_start, c_end = tokens[c_lo].start, tokens[c_hi - 1].end
    in_sentence = [p for p in doc.places if p.sentence == si]
    targets = _as_places(doc, in_sentence)
    target = _target(doc, targets, t, hi)
    if target is not None:
        return target
    located = [p for p in in_sentence if p.locative]
    in_clause = [p for p in located if c_start <= p.span[0] < c_end]
    if in_clause:
        return _nearest(in_clause, pos)
    scene = _fronted_scene(doc, located, lo, hi)
    if scene is not None:
        return scene
    anaphoric = _anaphor(doc, c_lo, c_hi, pos)
    if anaphoric is not None:
        return anaphoric
    if _rests(tokens[t]) & EVENT_NOUNS:
        governed = _governed(doc, targets, t, hi)
        if governed is not None:
            return governed
    return _nearest(located, pos) or _anaphor(doc, lo, hi, pos) or _clock(doc, targets, lo, hi)


def _fronted_scene(doc: Doc, located: list[Place], lo: int, hi: int) -> Place | None:
    """وفي حي التواهي، قالت مصادر ...: a sentence that opens with a locative clause sets the
    scene of all its events (a named place there, or في المدينة referring back)."""
    tokens = doc.tokens
    if lo >= hi or not _rests(tokens[lo]) & {"في", "وسط", "داخل"}:
        return None
    a, b = _clause(tokens, lo, lo, hi)
    if b >= hi:
        return None  # no comma: the opening is not a clause of its own
    start, end = tokens[a].start, tokens[b - 1].end
    first = [p for p in located if start <= p.span[0] < end]
    if first:
        return first[0]
    return _anaphor(doc, a, b, start)


def _nearest(places: list[Place], pos: int) -> Place | None:
    """The place nearest ``pos``: after it first (Arabic puts the where after the verb or
    noun: شن ضربات على الحوثيين في صنعاء), else before it."""
    after = [p for p in places if p.span[0] >= pos]
    if after:
        return min(after, key=lambda p: p.span[0])
    return max(places, key=lambda p: p.span[0], default=None)


def _token_at(tokens: list[Token], pos: int) -> int:
    i = bisect_left(tokens, pos, key=lambda tok: tok.start)
    return min(i, len(tokens) - 1)


def _clause(tokens: list[Token], t: int, lo: int, hi: int) -> tuple[int, int]:
    """The token range around ``t`` between clause punctuation, within [lo, hi)."""
    a = t
    while a > lo and tokens[a - 1].norm not in _CLAUSE_BREAKS:
        a -= 1
    b = max(t + 1, a + 1)
    while b < hi and tokens[b].norm not in _CLAUSE_BREAKS:
        b += 1
    return a, min(b, hi)


def _rests(tok: Token) -> set[str]:
    return {rest for _, rest in proclitic_readings(tok.norm)} | set(tok.forms)


def _anaphor(doc: Doc, lo: int, hi: int, pos: int) -> Place | None:
    """في المدينة: the last place of that kind named before, for the anaphor nearest ``pos``."""
    tokens = doc.tokens
    best: tuple[int, Place] | None = None
    for i in range(lo, hi):
        tok = tokens[i]
        if not _rests(tok) & ANAPHORS.keys():
            continue
        by = any(
            pro.endswith("ب") for pro, rest in proclitic_readings(tok.norm) if rest in ANAPHORS
        )
        if not by and not (i > lo and _rests(tokens[i - 1]) & ANAPHOR_CUES):
            continue
        antecedent = _antecedent(doc, i)
        if antecedent is None:
            continue
        dist = abs(tok.start - pos)
        if best is None or dist < best[0]:
            best = (dist, antecedent)
    return best[1] if best else None


def _antecedent(doc: Doc, i: int) -> Place | None:
    """The place that the definite place noun at token ``i`` (المدينة، القطاع) refers back to:
    the last place of its kind named before it; None if token ``i`` is no such noun."""
    tokens = doc.tokens
    tok = tokens[i]
    features = next((ANAPHORS[r] for r in _rests(tok) if r in ANAPHORS), None)
    if features is None or any(p.span[0] <= tok.start < p.span[1] for p in doc.places):
        return None
    if i + 1 < len(tokens) and any(p.span[0] == tokens[i + 1].start for p in doc.places):
        return None  # العاصمة صنعاء names the place itself
    if i + 1 < len(tokens) and _adjective(tokens[i + 1]):
        return None  # العاصمة الإيرانية: described, not referred back to
    antecedent = None
    for p in _as_places(doc, doc.places):
        if p.span[1] <= tok.start and p.feature in features:
            antecedent = p  # places are in text order: the last one wins
    return antecedent


def _as_places(doc: Doc, places: list[Place]) -> list[Place]:
    """``places`` less the capitals that act as governments (واشنطن تدعم): never a where."""
    metonymy = [m.span for m in doc.mentions if m.rule == "capital-metonymy"]
    return [p for p in places if not any(s < p.span[1] and p.span[0] < e for s, e in metonymy)]


def _adjective(tok: Token) -> bool:
    """A definite adjective of relation (الإيرانية، السوري، الشرقي) after the noun."""
    word = tok.norm
    return word.startswith("ال") and word.endswith(("يه", "ي")) and len(word) > 5


def _target(doc: Doc, places: list[Place], t: int, hi: int) -> Place | None:
    """غارة على صنعاء، تسللت إلى كييف: the place right after على/الى following the trigger
    (or after a site word: على مطار أبها), or the place that a place noun there refers back
    to (غارات على القطاع)."""
    tokens = doc.tokens
    rests = _rests(tokens[t])
    goals = {"علي"} if rests & ATTACKS else set()
    if rests & MOVES:
        goals.add("الي")
    if not goals:
        return None
    for i in range(t + 1, min(hi, t + 2 + TARGET_WINDOW)):
        tok = tokens[i]
        if tok.norm in _CLAUSE_BREAKS:
            return None
        if "علي" not in goals and any(p.span[0] == tok.start for p in places):
            return None  # زيارة الوزير للعاصمة عمان ضمن جولة إلى ...: the visit has its place
        if tok.norm in goals and i + 1 < hi:
            if {r.removeprefix("ال") for r in _rests(tokens[i - 1])} & OVERLOOKING:
                return None
            nxt = tokens[i + 1]
            for p in places:
                if nxt.start <= p.span[0] < nxt.end or _site_of(doc, p, i + 1):
                    return p
            return _antecedent(doc, i + 1)
    return None


def _clock(doc: Doc, places: list[Place], lo: int, hi: int) -> Place | None:
    """فجرا بتوقيت أوكرانيا: the country by whose clock the sentence tells the time. Only a
    country: a zone named after a city (بتوقيت مكة، بتوقيت موسكو) is used well beyond it."""
    tokens = doc.tokens
    for i in range(lo + 1, hi):
        if not _rests(tokens[i - 1]) & {"توقيت"}:
            continue
        for p in places:
            if p.span[0] == tokens[i].start and p.feature == "country":
                return p
    return None


def _governed(doc: Doc, places: list[Place], t: int, hi: int) -> Place | None:
    """The place in construct after an event noun (هجوم سروج، معركة قاعدة العند), past one
    adjective (هجوم سوروتش الانتحاري), or after ل (الغزو الأميركي للعراق). A country in
    construct is more often the attacker (هجوم إيران) and counts only after ل."""
    tokens = doc.tokens
    for i in range(t + 1, min(hi, t + 3)):
        tok = tokens[i]
        for p in places:
            if p.span[0] != tok.start:
                continue
            # ل + the name (للعراق), not a name that starts with ل (لبنان)
            of = tok.norm.startswith("ل") and not gazetteer().lookup(tok.norm)
            return p if of or p.feature != "country" else None
        if not _adjective(tok):
            return None
    return None


def _site_of(doc: Doc, p: Place, i: int) -> bool:
    """على مطار أبها: a site word (airport, port, base) stands between على and the place."""
    tokens = doc.tokens
    return (
        i + 1 < len(tokens) and tokens[i + 1].start == p.span[0] and bool(_rests(tokens[i]) & SITES)
    )
