"""NER discovery: people and organisations the knowledge base does not know (issue 3).

After the rule-based mentions are found, the CRF tagger (``marsad.ner``) finds PER/ORG names
that no mention covers; each becomes a Mention placed by its context: an organisation just
before it (القيادي في حركة الجهاد تيسير الجعبري → its country and sector), a title before it
with a nationality adjective (الوزير السوري ... → SYR and the title's sector), else the
sentence's nationality adjective or the article's dominant state. The entity name is the
Arabic text (no English is known). Gated to confident, placeable names: an unplaced stranger
adds an actor that gold seldom lists.

Off by default (``GATE.enabled``): on the dev gold it adds no actor that scores (gold names
actors in English) and tagging costs a few ms an article. Turn it on with
``marsad.actors.ner_hook.GATE = NerGate(enabled=True)``.

On by default (``GATE.speakers``): the subject's place right after a verb of saying (وقال
الصرخي إن، وأكد عبد الله الربيعة أن), the largest class of quotes left without a speaker. There the
tagger's confident PER span becomes an unknown person named in English as the title rules name
one (``refs.unknown_person``), keyed per:ar:<name> so that the rules' mentions of the same name
merge with it, and its surname alone later is that person. SaudiNewsNet, 127 articles: 67
mentions of 46 speakers, none of them wrong once the filters below were in (a noun for anybody,
an adverb in ـًا, a last word seen alone before); 101 quotes that had no speaker now have one.
Tagging these windows costs about 3 ms an article.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from marsad.actors import kb, refs, wikinames
from marsad.actors import words as W
from marsad.actors.refs import OWN_SECTOR
from marsad.model import ActorRef, Doc, Mention
from marsad.quotes.cues import cue_lexicon
from marsad.text.normalize import norm
from marsad.text.tokens import Token, proclitic_readings


@dataclass(frozen=True)
class NerGate:
    enabled: bool = False  # off by default: see the module docstring
    types: tuple[str, ...] = ("PER",)
    min_prob: float = 0.9  # the tagger's lowest marginal over the span's tags
    min_tokens: int = 2  # a single word is too often a common noun
    need_context: bool = True  # only names with an organisation or title just before them
    speakers: bool = True  # the subject slot right after a speech verb (وقال الصرخي إن)
    speaker_min_prob: float = 0.5  # measured on SaudiNewsNet: see _speaker_names
    speaker_max_tokens: int = 3


GATE = NerGate()


def _nisba(doc: Doc, lo: int, hi: int) -> str | None:
    """The first nationality adjective among tokens [lo, hi)."""
    lex = kb.lexicon()
    for tok in doc.tokens[lo:hi]:
        for form in (tok.norm, *tok.forms):
            for e in lex.get((form,)):
                if e.type == "nisba" and e.ref in kb.countries():
                    return e.ref
    return None


def _dominant(mentions: list[Mention]) -> str | None:
    counts = Counter(
        m.actor.country for m in mentions if m.actor.kind != "PER" and m.actor.country
    ).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[0][1] < 1.5 * counts[1][1]):
        return None
    return counts[0][0]


def _context(
    doc: Doc, start: int, lo: int, mentions: list[Mention]
) -> tuple[str | None, str | None] | None:
    """(country, sector) from an organisation or title right before token ``start``."""
    before = [m for m in mentions if lo <= m.tokens[0] and m.tokens[1] <= start]
    if before and start - before[-1].tokens[1] <= 2:
        ref = before[-1].actor
        if ref.kind == "ORG" and ref.sector_code in OWN_SECTOR:
            return ref.country, ref.sector_code
    titles = kb.titles()
    for k in range(start - 1, max(lo, start - 3) - 1, -1):
        title = titles.get(doc.tokens[k].norm)
        if title is not None:
            sector = None if title.sector == "ORG" else title.sector
            return _nisba(doc, k + 1, start), sector
    return None


def _windows(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Token windows after a title word or an organisation whose people share its sector,
    where an uncovered word follows: the only places a gated name can be."""
    taken = [False] * len(doc.tokens)
    for m in mentions:
        for x in range(*m.tokens):
            taken[x] = True
    anchors: list[tuple[int, int, int]] = []  # (token after the anchor, sentence range)
    for m in mentions:
        if m.actor.kind == "ORG" and m.actor.sector_code in OWN_SECTOR:
            anchors.append((m.tokens[1], *doc.sentence_tokens[m.sentence]))
    titles = kb.titles()
    for lo, hi in doc.sentence_tokens:
        anchors += [(k + 1, lo, hi) for k in range(lo, hi) if doc.tokens[k].norm in titles]
    out: list[tuple[int, int]] = []
    for after, start, hi in sorted(anchors):
        if any(not taken[x] and doc.tokens[x].is_word for x in range(after, min(after + 3, hi))):
            lo = max(after - 3, start)
            if out and out[-1][1] >= lo and out[-1][1] <= hi:
                lo = out.pop()[0]
            out.append((lo, min(after + 8, hi)))
    return out


def add_ner_mentions(
    doc: Doc, mentions: list[Mention], gate: NerGate | None = None
) -> list[Mention]:
    """``mentions`` plus the gated NER names the rules missed (sorted like the finder's)."""
    gate = gate or GATE
    if not doc.tokens:
        return mentions
    if gate.enabled:
        mentions = _context_names(doc, mentions, gate)
    if gate.speakers:
        mentions = _speaker_names(doc, mentions, gate)
    return mentions


def _context_names(doc: Doc, mentions: list[Mention], gate: NerGate) -> list[Mention]:
    """Names after a title or an organisation (the ``enabled`` windows)."""
    from marsad.ner.discover import find_unknown_entities

    doc.mentions = mentions
    # Tagging costs ~1 ms a sentence: with context required, only windows where one may be.
    wanted = _windows(doc, mentions) if gate.need_context else None
    if wanted is not None and not wanted:
        return mentions
    spans = find_unknown_entities(doc, gate.types, gate.min_prob, wanted)
    dominant = _dominant(mentions)
    added: list[Mention] = []
    for span in spans:
        if span.end - span.start < gate.min_tokens:
            continue
        sent = next(
            (i for i, (lo, hi) in enumerate(doc.sentence_tokens) if lo <= span.start < hi), -1
        )
        lo, hi = doc.sentence_tokens[sent]
        ctx = _context(doc, span.start, lo, mentions)
        if ctx is None and gate.need_context:
            continue
        country, sector = ctx or (None, None)
        country = country or _nisba(doc, lo, hi) or dominant
        first, last = doc.tokens[span.start], doc.tokens[span.end - 1]
        cut = (
            1 if first.norm.startswith("و") and first.forms and first.forms[0] != first.norm else 0
        )
        begin = first.start + cut
        text = doc.text[begin : last.end]
        # the key the rules give an unknown person (refs.unknown_person), so both merge
        name_norm = " ".join(norm(text).split())
        key = ("per:ar:" if span.type == "PER" else "org:ar:") + name_norm
        ref = ActorRef(text, country, sector, span.type, key=key)
        rule = "ner-person" if span.type == "PER" else "ner-org"
        added.append(Mention((begin, last.end), text, sent, (span.start, span.end), ref, rule))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.span[0], -m.span[1]))


# ---------------------------------------------------------------- speakers after a speech verb

# Words that may stand between a speech verb and its subject (وقال أمس فلان، وأكد بدوره فلان).
_TIME_WORDS = "أمس اليوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت"
_BEFORE_SUBJECT = frozenset(map(norm, [*_TIME_WORDS.split(), "أيضا", "كذلك", "بدوره", "بدورها"]))
# Nouns for a person that the tagger may read as a name in the subject's place (وقال كادر من
# الحركة، وقال ناشط): nobody in particular.
_PERSON_WORDS = "كادر ناشط قيادي عضو شاهد مواطن مقاتل جندي ضابط عنصر محلل خبير مراقب"
_PERSON_NOUNS = frozenset(map(norm, _PERSON_WORDS.split(" ")))
_TANWEEN = "\u064b"  # هامسًا، لوبيًا سعوديًا: an adverb or an indefinite noun, not a name
# Parts of a name too common to stand for the person alone later in the article.
_NOT_SURNAME = frozenset(map(norm, ("الله", "الدين", "الرحمن"))) | W.NAME_LINKS


def _speech_verb(tok: Token) -> bool:
    """A verb of saying from the quote-cue lexicon (قال، وأكد، يقول), not its verbal noun or
    participle (whose subject is not after it) nor a homograph's bare form (طالب)."""
    if tok.kind != "word":
        return False
    lexicon = cue_lexicon()
    for clitics, rest in proclitic_readings(tok.norm):
        if any(c in clitics for c in "كبل"):
            continue  # a verb takes no ك/ب/ل: كيري is a name
        cue = lexicon.get(rest)
        if cue is None or cue.kind != "say" or cue.pos != "verb":
            continue
        if cue.homograph and rest == norm(cue.lemma):
            continue
        return True
    return False


def _speaker_slots(doc: Doc, taken: list[bool], span: int) -> list[tuple[int, int, int]]:
    """(slot, window start, window end): the subject's place after each speech verb where an
    uncovered word stands, and the tokens to tag around it (the features look two words out)."""
    tokens = doc.tokens
    out: list[tuple[int, int, int]] = []
    for lo, hi in doc.sentence_tokens:
        for k in range(lo, hi - 1):
            if not _speech_verb(tokens[k]):
                continue
            s = k + 1
            while s < min(hi, k + 3) and tokens[s].norm in _BEFORE_SUBJECT:
                s += 1
            if s >= hi or taken[s] or not tokens[s].is_word:
                continue
            out.append((s, max(lo, k - 2), min(hi, s + span + 2)))
    return out


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping token windows joined, so that no token is tagged twice."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _speaker_names(doc: Doc, mentions: list[Mention], gate: NerGate) -> list[Mention]:
    """People the knowledge base does not know, named right after a speech verb (وقال الصرخي
    إن، وأكد عبد الله الربيعة أن): the tagger's confident PER span that starts in the subject's
    place becomes an unknown person, named as the title rules name one (``refs.unknown_person``:
    Wikidata's label where ``wikinames`` is sure, else a transliteration) and placed only by
    evidence: the words in apposition (``_apposition``), else Wikidata. Later mentions of the
    surname alone are that person. The threshold (0.5 on the span's lowest marginal) was read
    off SaudiNewsNet: below it the spans were phrases (زعيمان محليان قويان), above it the wrong
    ones were nouns, adverbs and places, which the word rules below keep out."""
    from marsad.ner.discover import tag_doc

    tokens = doc.tokens
    taken = [False] * len(tokens)
    for m in mentions:
        for x in range(*m.tokens):
            taken[x] = True
    slots = _speaker_slots(doc, taken, gate.speaker_max_tokens)
    if not slots:
        return mentions
    starts = {s for s, _, _ in slots}
    spans = [
        sp
        for sp in tag_doc(doc, _merged([(a, b) for _, a, b in slots]))
        if sp.type == "PER"
        and sp.start in starts
        and sp.end - sp.start <= gate.speaker_max_tokens
        and sp.prob >= gate.speaker_min_prob
        and not any(taken[sp.start : sp.end])
        and all(tokens[x].is_word for x in range(sp.start, sp.end))
        and not (sp.end - sp.start == 1 and doc.tokens[sp.start].norm in _PERSON_NOUNS)
        and not any(_TANWEEN in doc.text[t.start : t.end] for t in tokens[sp.start : sp.end])
    ]
    if not spans:
        return mentions
    named = {m.actor.country for m in mentions if m.actor.country}
    surnames: dict[str, ActorRef] = {}
    clash: set[str] = set()
    added: list[Mention] = []
    for sp in sorted(spans):
        a, b = sp.start, sp.end
        sent = next(i for i, (lo, hi) in enumerate(doc.sentence_tokens) if lo <= a < hi)
        hi = doc.sentence_tokens[sent][1]
        name_norm = " ".join(tokens[x].norm for x in range(a, b))
        orig = doc.text[tokens[a].start : tokens[b - 1].end]
        if b - a >= 2 and _seen_alone(doc, a, b):
            continue  # its last word stood alone before (قرويو فويو after فويو): not a surname
        ref = surnames.get(name_norm)  # محسن بن فريد, then بن فريد or فريد alone
        if ref is None and _kb_name(name_norm):
            continue  # ماس alone may be the Heiko Maas the knowledge base knows: no stranger
        office: Mention | None = None
        if ref is None:
            code, sector, office = _apposition(doc, b, hi, mentions)
            known = wikinames.sure(name_norm)
            if known is None:
                maybe = wikinames.lookup(name_norm)
                known = maybe if maybe is not None and maybe[1] in named else None
            if known is not None and code is not None and known[1] not in (None, code):
                known = None  # the sentence's own words place the person elsewhere
            ref = refs.unknown_person(orig, name_norm, code, sector, known)
        if office is not None:
            office.actor = ref  # جيوفانا دي بينيديتو -وهي متحدثة باسم أنقذوا الأطفال-: one person
        added.append(
            Mention((tokens[a].start, tokens[b - 1].end), orig, sent, (a, b), ref, "ner-speaker")
        )
        for x in range(a, b):
            taken[x] = True
        for x in range(a + 1, b):
            part = " ".join(tokens[y].norm for y in range(x, b))
            if x == b - 1 and (
                len(part) < 3
                or part in _NOT_SURNAME
                or part in W.NAME_STOP
                or tokens[x - 1].norm in W.NAME_LINKS  # ماريا of أبو ماريا is no name alone
            ):
                continue
            if surnames.get(part, ref).key != ref.key:
                clash.add(part)
            surnames.setdefault(part, ref)
    added += _surname_mentions(doc, added, taken, surnames, clash)
    return sorted([*mentions, *added], key=lambda m: (m.span[0], -m.span[1]))


@functools.cache
def _known_surnames() -> frozenset[str]:
    """The last words of the names of people the knowledge base knows."""
    return frozenset(
        norm(name).split()[-1]
        for p in kb.people().values()
        for name in (*p.names, *p.short)
        if name.strip()
    )


# Nouns of office that open an apposition without a comma (عبد العزيز جباري مستشار الرئيس):
# not those that are as often the verb's object (واتهم فلان رئيس الوزراء، قائد الجيش).
_ROLE_WORDS = (
    "مستشار مستشارة مدير مديرة أمين أمينة عضو متحدث متحدثة نائب نائبة مساعد مساعدة منسق "
    "منسقة مؤسس زميل خبير أستاذ باحث محلل"
)
_ROLE_NOUNS = frozenset(map(norm, _ROLE_WORDS.split(" ")))
_APPOSITION_MARKS = frozenset(map(norm, ["،", ",", "-", "–", "وهو", "وهي", "أحد", "احد", "إحدى"]))
_COMMAS = frozenset(map(norm, ["،", ","]))
_CLAUSE_WORDS = frozenset(map(norm, ["أن", "إن", "ان", "بأن", "إنه", "أنه", "إنها", "أنها"]))


def _apposition(
    doc: Doc, b: int, hi: int, mentions: list[Mention]
) -> tuple[str | None, str | None, Mention | None]:
    """(country, sector, office mention) from the words in apposition after a name: a comma, a
    dash or وهو, or a noun of office (مستشار الرئيس اليمني، -وهي متحدثة باسم أنقذوا الأطفال-),
    up to the next punctuation or أن. An unnamed office holder there (a generic title) is the
    person named before it; a body of its own sector (ICRC, Hamas) or of a state places the
    person, as does another person's state (adviser of the Yemeni president) or a nationality
    adjective, or one right after the name; a place alone does not (خبير في جامعة روسيا)."""
    tokens = doc.tokens
    x = b
    marks: list[str] = []
    while x < min(hi, b + 2) and tokens[x].norm in _APPOSITION_MARKS:
        marks.append(tokens[x].norm)
        x += 1
    if x >= hi:
        return None, None, None
    if not marks and _nisba(doc, x, x + 1) is not None:
        return _nisba(doc, x, x + 1), None, None  # ميخائيل كوزنتسوف الروسي
    head = tokens[x].norm
    # after a bare comma, an office or a definite noun (، المتحدث البرلماني), never a phrase
    # of the speech (، في تصريح لوكالة فارس: the medium is no employer)
    if not (
        head in _ROLE_NOUNS
        or (marks and (head.startswith("ال") or head in _ROLE_NOUNS or head in kb.titles()))
        or (not set(marks) <= _COMMAS and tokens[x].is_word)  # -وهو ...، أحد ...
    ):
        return None, None, None
    end = x
    while end < min(hi, x + 8) and tokens[end].is_word and tokens[end].norm not in _CLAUSE_WORDS:
        end += 1
    for m in mentions:
        if not x <= m.tokens[0] < end or m.tokens[1] > end:
            continue
        ref = m.actor
        if ref.kind == "PER" and ref.key.startswith("title:"):
            if m.tokens[0] > x and tokens[x].norm in _ROLE_NOUNS:
                # مستشار الرئيس العراقي: the office holder's aide, of his state and sector
                return ref.country, ref.sector_code, None
            return ref.country, ref.sector_code, m
        if ref.kind == "ORG" and ref.country is not None:
            return ref.country, ref.sector_code, None
        if ref.kind == "PER" and ref.country is not None and m.rule != "nationality-adj":
            return ref.country, None, None
    return _nisba(doc, x, end), None, None


def _kb_name(name_norm: str) -> bool:
    """A name the knowledge base gives a person it knows (محمد مصطفى, left to the rules, which
    resolve it only at its bearer's dates), or the surname of one (ماس، سيف: most likely that
    person, whom the rules name only after the full name); a given name (ياسين، صالح) is
    anybody's."""
    words = tuple(name_norm.split())
    if any(e.type in ("person", "short") for e in kb.lexicon().get(words)):
        return True
    return len(words) == 1 and words[0] in _known_surnames() and words[0] not in W.FIRST_NAMES


def _seen_alone(doc: Doc, a: int, b: int) -> bool:
    """The name's last word occurs before it in the article without the word before it."""
    tokens = doc.tokens
    last, prev = tokens[b - 1].norm, tokens[b - 2].norm
    return any(
        rest == last and (x == 0 or tokens[x - 1].norm != prev)
        for x in range(a)
        for _, rest in proclitic_readings(tokens[x].norm)
    )


def _surname_mentions(
    doc: Doc,
    named: list[Mention],
    taken: list[bool],
    surnames: dict[str, ActorRef],
    clash: set[str],
) -> list[Mention]:
    """The surname alone, after the person was named in full (الصرخي after علي الصرخي)."""
    first: dict[str, int] = {}
    for m in named:
        first.setdefault(m.actor.key, m.tokens[1])
    tokens = doc.tokens
    out: list[Mention] = []
    for sent, (lo, hi) in enumerate(doc.sentence_tokens):
        for x in range(lo, hi):
            if taken[x] or tokens[x].kind != "word":
                continue
            for pro, rest in proclitic_readings(tokens[x].norm):
                ref = surnames.get(rest)
                if ref is None or rest in clash or first.get(ref.key, len(tokens)) > x:
                    continue
                if x > lo and tokens[x - 1].norm in W.NAME_LINKS:
                    break  # أبو فريد، بن فريد: another name
                begin = tokens[x].start + len(pro)
                span = (begin, tokens[x].end)
                out.append(
                    Mention(
                        span,
                        doc.text[begin : tokens[x].end],
                        sent,
                        (x, x + 1),
                        ref,
                        "ner-speaker-coref",
                    )
                )
                taken[x] = True
                break
    return out
