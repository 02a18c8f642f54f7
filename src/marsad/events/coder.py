"""The event stage: triggers → PLOVER events with actor, recipient, mode and modality.

Per sentence: find lexicon triggers (verbs, verbal nouns, phrases); drop those that only name
an aim (للتوصل), a background (رغم انسحاب), a place name or an object of concern; let speech
acts (calls, threats, welcomes) absorb the event they name ("called for a ceasefire" is one
REQUEST, mode yield); read negation, denial, future and conditional cues, turning future
cooperation into AGREE and announced force into THREATEN (PLOVER codes one category, not
category + auxiliary). Then find the actor: the verb's subject (after it, or before it, or the
antecedent of أنه/بلاده), the verbal noun's agent (nationality adjective, genitive, لـ، من قبل,
the subject of a light verb شن/نفذ/أعلن), the speaker of a first-person quote, the doer named
before (a definite event noun), and only then the nearest subject or the previous clause's
actor; and the recipient: the object or a phrase after على/ضد/إلى/مع/بحق، the place attacked,
or for protests and arrests the country itself. Repeats of one type merge per sentence; two
actors doing the same thing get one event each, on their own clauses.

Every choice appends a reason, so that ``explain`` can show why an event came out as it did.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from marsad.actors import kb
from marsad.events import doers
from marsad.events.cues import Cues, cues
from marsad.events.dates import sentence_date
from marsad.events.generic import (
    died_in,
    generic_reason,
    however,
    object_genitive,
    unnamed_doer,
)
from marsad.events.lexicon import (
    ACTOR_GAP,
    Hit,
    find_hits,
    has_article,
    lexicon,
    purpose_l,
    token_keys,
)
from marsad.events.setting import doc_contexts, event_place
from marsad.events.unrealised import (
    done_after_qad,
    expected_future,
    internal_session,
    unrealised_reason,
)
from marsad.model import Doc, Event, EventActor, Mention, Place, Quote
from marsad.text.normalize import norm
from marsad.text.sentences import is_link_line
from marsad.text.tokens import Token, canonical


@cache
def _title_words() -> frozenset[str]:
    """The words of person titles (رئيس، الوزراء، وزير، الخارجية), as the actor KB lists them."""
    return frozenset(w for t in kb.titles() for w in t.split())


# Honorifics before a name (صاحب السمو الملكي الأمير، فخامة الرئيس، جلالة الملك)
HONORIFICS = frozenset({
    "صاحب", "السمو", "سمو", "الملكي", "فخامه", "جلاله", "معالي", "سعاده", "دوله", "الامير",
    "الشيخ", "سماحه",
})
# People counted right after a killing verb read as passive (قتل جندي، قتل عناصر من)
KILLED_PEOPLE = frozenset({
    "جندي", "جنديا", "جنديان", "جنديين", "جنود", "عنصر", "عنصرا", "عناصر", "مدني", "مدنيا",
    "مدنيان", "مدنيين", "مدنيون", "شخص", "شخصا", "شخصان", "اشخاص", "طفل", "اطفال", "مقاتل",
    "مقاتلا", "مقاتلين", "مسلح", "مسلحا", "مسلحين", "شرطي", "شرطيا", "ضابط", "ضابطا",
})
# words after "X قتلوا" that show nothing killed follows it (إضافة إلى اثنين)
AFTER_VICTIMS = frozenset({"اضافه", "بالاضافه", "ايضا", "كذلك", "جميعا", "جميعهم"})
# Acts that judge or ask for another act named right after them (إدانة الهجمات، رفض التدخل).
JUDGING = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT"})
# Speech acts that take the event they name as their content.
ABSORBING = frozenset({"REQUEST", "REJECT", "THREATEN", "SUPPORT"})
COOPERATIVE_FUTURE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
FORCE_FUTURE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# Verbal nouns whose genitive is their agent (احتجاجات الطلاب، دعوة ميركل، انسحاب القوات).
# (اتهام X، مطالبة X، دعم X name the one accused, asked, supported: a recipient.)
GENITIVE_AGENT = frozenset(
    {"PROTEST", "CONSULT", "AGREE", "MOBILIZE", "RETREAT", "CONCEDE", "COOPERATE"}
)
# Event types whose unnamed target is taken from the place attacked or the country it happens in.
PLACE_TARGET = frozenset({"ASSAULT", "COERCE"})
DOMESTIC_TARGET = frozenset({"PROTEST", "COERCE"})
ARMED = frozenset({"MIL", "REB", "PRM", "UAF", "COP", "SPY", "INS"})
DESCRIBE_NOT = ("subject_link", "skippable", "negation", "future", "back_subject",
                "country_pronoun", "conditional", "relative", "say_verb", "light_verb")
VETO = frozenset({"النقض", "نقض", "الفيتو", "فيتو"})
GUESSED = ("nearest subject", "subject carried", "the same event", "speaker")
STATE = ARMED | {"GOV", "JUD", "LEG"}  # never guessed to be protesters
CLAUSE_PUNCT = frozenset({"،", "؛", ":", ";", ","})
PREPOSITIONS = frozenset(
    {"في", "علي", "من", "الي", "عن", "مع", "ضد", "بين", "حول", "لدي", "عند", "نحو", "تجاه",
     "بحق", "قبل", "بعد", "خلال", "ازاء", "حيال", "صوب", "باتجاه", "مثل", "دون", "عبر",
     "امام", "خلف", "وسط", "ضمن", "جانب", "عقب", "اثناء", "لصالح"}
)
NOT_RECIPIENT_PREP = frozenset({"في", "من", "عن", "عبر", "خلال", "حول", "قبل", "بعد"})
DESTINATION_PREP = frozenset({"الي", "علي", "ضد", "مع", "بحق", "لصالح"})
# what a call for peace asks of warring parties: a ceasefire, a withdrawal, a release
PEACE_CONTENT = frozenset({"RETREAT"})
RELIEF = frozenset({"CONCEDE", "RETREAT"})  # أفرج عن X، رفع العقوبات عن X: X receives
MAX_CONFIDENCE = 0.95
SOURCE_SECTORS = frozenset({"JRN", "MED"})  # news media report acts; they do not do them
MATERIAL_TYPES = frozenset(
    {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "SANCTION", "AID", "COOPERATE", "RETREAT"}
)
HEADING_MAX_WORDS = 6
OVERRIDING_MODES = frozenset({"aerial", "drone", "unconventional", "suicide-attack"})
COUNTERPART = frozenset({"ونظيره", "ونظيرته", "ونظيرها", "ونظيريه", "ونظراوه", "ونظرائه"})
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "'", "(", ")"})
NAME_QUOTES_ALL = frozenset({'"', "“", "”", "«", "»", "'"})
DAMMA = "\u064f"
OBJECT_SUFFIXES = ("ها", "هم", "هما", "هن", "ته", "وه", "نه")
FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
MONITORS = frozenset({"NGO", "JRN", "MED"})  # report acts of force; never guessed as doers
# A definite relative adjective that describes a noun (البحري، والجوي، العسكرية).
DESCRIPTIVE = re.compile(r"^و?ال\w{2,}(ي|ية|يه)$")
ONLOOKERS = frozenset({"CVL", "JRN", "MED", "EDU"})  # people who speak of acts, not do them
RELATIVE_REACH = 8  # tokens a relative pronoun may stand after the actor it refers to
COMPLEMENTIZERS = frozenset({"ان", "بان", "وان", "لان"})  # إن/أن open a new clause
# calls whose object is the one called on, with what is asked after إلى/بـ/على/لـ
CALL_HEADS = frozenset({"دعا", "طالب", "حث", "ناشد"})
CALL_PREPS = frozenset({"الي", "علي"})
# oblique (accusative/genitive) duals in construct: طرفي النزاع is called on, طرفا النزاع call
OBLIQUE_DUALS = frozenset({"طرفي", "جانبي", "الطرفين", "الجانبين"})
SENTENCE_BREAKS = frozenset({".", ":", "؟", "?", "!"})
INFORMANTS = frozenset(
    {"مصدر", "مصادر", "شهود", "شاهد", "محلل", "محللون", "محللين", "مراقبون", "مراقبين",
     "خبير", "خبراء"}
)  # who tell of or comment on acts, never who does them


# broken plurals of things and groups, which take التي (كتائب القسام التي)
FEMININE_PLURALS = frozenset({"كتائب", "فصائل", "عناصر", "سرايا", "الوية", "مليشيات"})
# the relative pronouns by what their head must be: feminine (or a plural of things),
# masculine singular, or people in the plural
RELATIVE_GENDER = {
    "التي": "f", "اللتين": "f", "اللتان": "f",
    "الذي": "m", "اللذين": "m", "اللذان": "m",
    "الذين": "p",
}
FEMININE_END = ("ه", "ات")
PLURAL_END = ("ون", "ين")


def _mention_agrees(gender: str, word: str, kind: str) -> bool:
    """Whether an actor mention whose first word is ``word`` can head a relative pronoun
    of ``gender``: حركة، القوات، سرايا take التي; الجيش، الرئيس الذي; a place (or its
    people), or an organisation's bare name (حماس، داعش), any."""
    if kind == "GPE":  # إيران التي، ملالي إيران الذين
        return True
    if gender == "p":
        return word.endswith(PLURAL_END)
    if kind == "PER":  # أوباما الذي، الوزيرة التي
        feminine = word.endswith("ه")
    else:
        feminine = word.endswith((*FEMININE_END, "ا", "ى")) or word in FEMININE_PLURALS
    if kind == "ORG" and not word.startswith("ال") and not word.endswith(FEMININE_END):
        return True  # حماس التي، داعش الذي
    if gender == "f":
        return feminine
    return not feminine and not word.endswith(PLURAL_END)


def _word_heads(gender: str, word: str, definite: bool) -> bool:
    """Whether a word that names no actor may itself head the relative pronoun (المدينة
    التي، خطة السلام التي، الأطراف التي، الشاب الذي): then the pronoun reaches no actor.
    A man's name or a nisba (تيسير، الجعبري) does not head التي."""
    feminine = word.endswith(FEMININE_END)
    if gender == "f":
        return feminine or (definite and not word.endswith(("ي", *PLURAL_END)))
    if gender == "m":
        return definite and not feminine
    return word.endswith(PLURAL_END) or (definite and not feminine and not word.endswith("ي"))


@dataclass(frozen=True, slots=True)
class TraceRecord:
    """What became of one trigger, for explanations."""

    sentence: int
    type: str
    trigger: str
    reasons: tuple[str, ...]
    event: Event | None  # None: no event (the reasons say why)
    kept: bool  # False: merged into another event of the sentence


@dataclass(slots=True)
class _Cand:
    """An event being built from one trigger."""

    hit: Hit
    type: str
    mode: str | None
    clause: int
    reasons: list[str] = field(default_factory=list)
    actors: list[int] = field(default_factory=list)  # indices into Doc.mentions
    recipients: list[int] = field(default_factory=list)
    synthetic: EventActor | None = None
    negated: bool = False
    auxiliary: str | None = None
    confidence: float = 0.75
    embedded: bool = False  # inside an accusation or a worry: needs its own explicit actor
    absorbed: list[str] = field(default_factory=list)
    complements: list[str] = field(default_factory=list)  # types of nouns it took (ضرورة وقف)
    actor_source: str = ""
    drop: str = ""  # why the candidate is not an event
    fold_into: list[Hit] = field(default_factory=list)  # verbs whose subject is this event
    passive: bool = False
    entered: Place | None = None  # the place an armed subject entered (an incursion)
    same_as: _Cand | None = None  # the earlier event a definite event noun refers back to
    addressee: int | None = None  # the noun a call is addressed to (وتدعو الأطراف إلى)
    target: int | None = None  # a verb's object its subject was told from (وحذرت المجلس)


class _Coder:
    def __init__(self, doc: Doc, trace: dict[int, list[str]] | None = None) -> None:
        self.doc = doc
        self.tokens: Sequence[Token] = doc.tokens
        self.cues: Cues = cues()
        self.trace = trace
        self.records: list[TraceRecord] = []
        self.by_sentence: dict[int, list[int]] = {}
        for i, m in enumerate(doc.mentions):
            if 0 <= m.tokens[0] < m.tokens[1] <= len(doc.tokens):  # ignore malformed mentions
                self.by_sentence.setdefault(m.sentence, []).append(i)
        for idx in self.by_sentence.values():
            idx.sort(key=lambda i: doc.mentions[i].tokens)
        # what may fill an actor gap (تحدث رئيس الوزراء العراقي فلان، مع): mentions, first
        # token -> one past the last, and the words of titles, which mentions leave out
        self.mention_spans: dict[int, int] = {}
        for t, tok in enumerate(self.tokens):
            if tok.norm in _title_words():
                # with the nationality after it, which a mention of the name leaves out
                # (رئيس الوزراء العراقي مصطفى الكاظمي)
                nxt = self.tokens[t + 1].norm if t + 1 < len(self.tokens) else ""
                nisba = nxt.startswith("ال") and nxt.endswith(("ي", "يه"))
                self.mention_spans[t] = t + 2 if nisba else t + 1
        for idx in self.by_sentence.values():
            for i in idx:
                a, b = doc.mentions[i].tokens
                self.mention_spans[a] = max(b, self.mention_spans.get(a, b))
        self.contexts = doc_contexts(self.tokens, self.cues)
        place_countries = Counter(p.country for p in doc.places if p.country)
        self.doc_country = place_countries.most_common(1)[0][0] if place_countries else None
        self.prev_actor: list[int] = []  # the last actor group coded, for pro-drop fallbacks
        self.prev_actor_sentence = -10
        self.last_by_type: dict[str, tuple[int, list[int]]] = {}
        self.last_cand: dict[str, _Cand] = {}  # the last event coded per type
        self.last_event: _Cand | None = None  # the last event coded with an actor
        self._dates: dict[int, tuple[dt.date | None, str]] = {}
        self.patients: set[int] = set()  # mentions named as targets of passive verbs
        self._key_cache: dict[int, tuple[str, ...]] = {}
        self._is_cache: dict[tuple[int, str], bool] = {}
        self._words_cache: dict[int, list[str]] = {}
        self.verb_heads: set[int] = set()  # the current sentence's trigger verbs

    # ------------------------------------------------------------------ helpers

    def _keys(self, i: int) -> tuple[str, ...]:
        keys = self._key_cache.get(i)
        if keys is None:
            tok = self.tokens[i]
            keys = self._key_cache[i] = (*token_keys(tok), tok.norm)
        return keys

    def _mention_words(self, mi: int) -> list[str]:
        words = self._words_cache.get(mi)
        if words is None:
            words = self._words_cache[mi] = norm(self.doc.mentions[mi].text).split()
        return words

    def _is(self, i: int, group: str) -> bool:
        key = (i, group)
        found = self._is_cache.get(key)
        if found is None:
            found = self._is_cache[key] = self.cues.has(group, self._keys(i))
        return found

    def _punct(self, i: int) -> bool:
        return self.tokens[i].kind == "punct"

    def _is_break(self, i: int) -> bool:
        """Punctuation that ends a clause (not a quote mark)."""
        return self._punct(i) and self.tokens[i].norm not in QUOTE_MARKS

    def _mention_at(self, si: int, tok: int) -> int | None:
        for mi in self.by_sentence.get(si, ()):
            a, b = self.doc.mentions[mi].tokens
            if a <= tok < b:
                return mi
        return None

    def _prep_before(self, mi: int) -> str | None:
        """The preposition governing mention ``mi`` (a word before it or a ب/ل proclitic)."""
        m = self.doc.mentions[mi]
        first = m.tokens[0]
        before = first - 1
        while before > 0 and self.tokens[before].norm in QUOTE_MARKS:
            before -= 1  # في “فرانس برس”
        if before >= 0 and self.tokens[before].kind == "word":
            prev = self.tokens[before]
            if prev.norm == "من" and before > 0 and self._is(before - 1, "partitive"):
                return None  # قوة من جيش الاحتلال: a unit of the army is the army acting
            if self._is(before, "owner") and any(
                self._is(t, "partitive") for t in range(max(0, before - 3), before)
            ):
                return None  # وحدات عسكرية تابعة للجيش: the army's units, the army acting
            keys = (prev.norm, *prev.forms)
            for k in keys:
                if k in PREPOSITIONS:
                    return k
            if prev.norm in ("ل", "ب", "ول", "وب") and before < first - 1:
                return prev.norm[-1]  # لـ«الشرق الأوسط»، ل"الرياض": the proclitic before marks
        tn = self.tokens[first].norm
        if tn.startswith(("بال", "وبال", "فبال")):
            return "ب"
        if tn.startswith(("لل", "ولل", "فلل")):
            return "ل"
        words = self._mention_words(mi)
        mfirst = canonical(words[0]) if words else ""
        for pre in ("ب", "ل", "وب", "ول", "فب", "فل"):
            if tn.startswith(pre) and canonical(tn[len(pre):]) == mfirst and mfirst:
                return pre[-1]
        return None

    def _country(self, mi: int) -> str | None:
        return self.doc.mentions[mi].actor.country

    def _same_entity(self, m1: int, m2: int) -> bool:
        a, b = self.doc.mentions[m1], self.doc.mentions[m2]
        if a.entity >= 0 and a.entity == b.entity:
            return True
        return a.actor.entity_name == b.actor.entity_name and a.actor.country == b.actor.country

    def _group(self, si: int, mi: int, lo: int, hi: int) -> list[int]:
        """Mention ``mi`` with the mentions joined to it by و (compound actors) and same-country
        appositions, within tokens [lo, hi)."""
        order = self.by_sentence.get(si, [])
        pos = order.index(mi)
        group = [mi]
        # forward: X و Y ، و Z
        cur = mi
        for nxt in order[pos + 1 :]:
            a = self.doc.mentions[cur].tokens[1]
            b = self.doc.mentions[nxt].tokens[0]
            if b >= hi or b < a:
                break
            between = [self.tokens[t].norm for t in range(a, b)
                       if self.tokens[t].norm not in QUOTE_MARKS]
            first_norm = self.tokens[b].norm
            counterpart = (
                bool(between) and between[0] in COUNTERPART and len(between) <= 2
            )  # أوباما ونظيره التركي أردوغان
            if counterpart or (all(w in ("و", "،", ",") for w in between) and (
                "و" in between or first_norm.startswith("و")
            )):
                group.append(nxt)
            elif between in ([], ["،"]) and self._same_entity(cur, nxt):
                group.append(nxt)  # apposition: الرئيس التركي، رجب طيب أردوغان
            elif self._titled_apposition(cur, nxt, b):
                group.append(nxt)  # ولي العهد السعودي الأمير محمد بن سلمان
            else:
                break
            cur = nxt
        # backward: the mention is the second of "X و Y"
        cur = mi
        for prv in reversed(order[:pos]):
            a = self.doc.mentions[prv].tokens[1]
            b = self.doc.mentions[cur].tokens[0]
            if a > b or self.doc.mentions[prv].tokens[0] < lo:
                break
            between = [self.tokens[t].norm for t in range(a, b)]
            cur_first = self.tokens[b].norm
            joined = (bool(between) and between[0] in COUNTERPART and len(between) <= 2) or (
                all(w in ("و", "،", ",") for w in between)
                and ("و" in between or cur_first.startswith("و"))
            )
            if joined or (not between and self._same_entity(prv, cur)) or (
                self._titled_apposition(prv, cur, b)
            ):
                group.insert(0, prv)
            else:
                break
            cur = prv
        return group

    def _titled_apposition(self, m1: int, m2: int, b: int) -> bool:
        """Two mentions of one country with only an honorific between them name one person
        (ولي العهد السعودي الأمير محمد بن سلمان، العاهل الأردني الملك عبدالله)."""
        a = self.doc.mentions[m1].tokens[1]
        return (
            b - a == 1 and self._is(a, "honorific")
            and self._country(m1) is not None and self._country(m1) == self._country(m2)
        )

    # ------------------------------------------------------------------ sentence level

    def sentence(self, si: int) -> list[Event]:
        if si >= len(self.doc.sentence_tokens) or si >= len(self.doc.sentences):
            return []
        a, b = self.doc.sentence_tokens[si]
        if self._heading(a, b):
            return []
        hits = find_hits(self.tokens, a, b, actors=self.mention_spans)
        if not hits:
            return []
        self.verb_heads = {h.head for h in hits if h.tense != "noun"}
        clause_of = self._clauses(a, b, hits)
        cands = [
            _Cand(h, h.entry.type, h.entry.mode, clause_of[h.head],
                  reasons=[f"trigger {self.tokens[h.head].norm!r} → {h.entry.rule}"])
            for h in hits
        ]
        all_cands = list(cands)
        for c in cands:
            window = range(max(a, c.hit.head - 6), c.hit.head)
            if any(self._is(t, "concern") for t in window):
                # قلقه إزاء الاشتباكات، تدريبهم على إطلاق النار: not an act of the subject
                c.embedded = True
                c.reasons.append("named as an object of concern or practice: needs its own actor")
            elif c.hit.tense == "noun" and not self.tokens[c.hit.head].norm.startswith("و") and any(
                o.entry.type in JUDGING and o.head < c.hit.head and 0 <= c.hit.head - o.end <= 2
                for o in hits
            ):  # (not إدانة المملكة واستنكارها: a second act joined by و)
                # إدانة بلاده الهجمات، رفضه استهداف المدنيين: who judges an act does not do it
                c.embedded = True
                c.reasons.append("named as what a condemnation, rejection or call is about")
        if any(c.type in ("ASSAULT", "COERCE") and c.hit.tense == "noun" for c in cands) and any(
            self._is(t, "drill") for t in range(a, b)
        ):
            for c in cands:
                if c.type in ("ASSAULT", "COERCE") and c.hit.tense == "noun":
                    c.drop = "an attack or raid rehearsed in an exercise (مناورة، تمرين)"
        if any(c.type == "PROTEST" for c in cands):
            for c in cands:
                tok = self.tokens[c.hit.head]
                if c.type in ("ACCUSE", "REQUEST") and c.hit.tense == "noun" and purpose_l(
                    tok, c.hit.key
                ):  # هتف المئات للتنديد بـ، تظاهروا للمطالبة بـ: what the protest is about
                    c.drop = "the aim of the protest in the sentence, part of that protest"
        verbs = [c.hit for c in cands if c.hit.tense != "noun"]
        for c in cands:  # استهداف المدنيين جريمة، لتفادي الاشتباكات: no act took place
            c.drop = c.drop or generic_reason(self.tokens, c.hit, a, b, verbs)
        cands = self._prefilter(cands)
        cands = self._absorb(cands)
        for c in cands:
            self._modality(c, a, clause_of)
        events: list[tuple[_Cand, Event]] = []
        for c in cands:
            self._resolve(si, c, a, b, clause_of)
            self._left_agreement(c, a)  # after the actor: انسحاب واشنطن منه names the leaver
            ev = self._finish(si, c, a, b, clause_of)
            if ev is not None and internal_session(self.tokens, c.hit, b, ev):
                c.reasons.append("dropped: the routine sitting of one body, not a meeting")
                ev = None
            if ev is not None:
                events.append((c, ev))
        out = self._dedupe(si, events, a, b, clause_of)
        if self.trace is not None:
            self._trace(si, all_cands, events, out)
        return out

    def _trace(
        self, si: int, cands: list[_Cand], events: list[tuple[_Cand, Event]], out: list[Event]
    ) -> None:
        assert self.trace is not None
        lines = self.trace.setdefault(si, [])
        made = {id(c): ev for c, ev in events}
        for c in cands:
            ev = made.get(id(c))
            word = self.doc.text[self.tokens[c.hit.head].start : self.tokens[c.hit.end - 1].end]
            kept = ev is not None and any(e is ev for e in out)
            self.records.append(TraceRecord(si, c.type, word, tuple(c.reasons), ev, kept))
            if ev is None:
                lines.append(f"(no event) {c.type} «{word}»: " + "; ".join(c.reasons))
                continue
            lines.append(
                f"{ev.event}{'/' + ev.mode if ev.mode else ''} «{ev.event_text}» "
                f"conf={ev.confidence:.2f}{'' if kept else ' (merged)'}: "
                + "; ".join(c.reasons)
            )

    def _heading(self, a: int, b: int) -> bool:
        """A short line without final punctuation is a sub-heading, and a link line repeats
        the headline (رابط الخبر بصحيفة X: ...): neither is coded (GUIDE rule 1)."""
        if is_link_line([t.norm for t in self.tokens[a : min(b, a + 2)]]):
            return True
        if b <= a or self.tokens[b - 1].norm in (".", "؟", "?", "!", "…", "”", "»", '"'):
            return False
        words = sum(1 for t in range(a, b) if self.tokens[t].is_word)
        return words <= HEADING_MAX_WORDS

    def _usable(self, mi: int, c: _Cand) -> bool:
        """Whether a mention can be the actor of ``c``: it has a country and is not a news
        outlet (outlets report events; calls they make to sources are not diplomacy)."""
        m = self.doc.mentions[mi]
        if m.actor.country is None:
            return False
        if c.type != "REJECT" and self._informant(mi):
            return False  # مصادر عسكرية، شهود عيان: they tell of acts; a denial is theirs
        return m.actor.sector_code not in SOURCE_SECTORS

    def _informant(self, mi: int) -> bool:
        """مصدر أمني، المصادر، شهود عيان، محللون مصريون: a mention named by a word for who
        informs or comments (the KB gives sources a country and sector, not a doer)."""
        words = self._mention_words(mi)
        if not words:
            return False
        first = words[0]
        for prefix in ("و", "ف"):
            if first.startswith(prefix + "ال") or first.startswith(prefix + "م"):
                first = first[1:]
                break
        return first.removeprefix("ال") in INFORMANTS

    def _prefilter(self, cands: list[_Cand]) -> list[_Cand]:
        """Drop triggers that name an aim or a name part rather than an act, and fold a verb
        whose subject is an event noun (الغارة استهدفت X) into that noun's event."""
        out: list[_Cand] = []
        for c in cands:
            tok = self.tokens[c.hit.head]
            weak = "weak" in c.hit.entry.flags
            if self._in_place(tok.start):
                c.reasons.append("dropped: the word is (part of) a place name (بعقوبة)")
                continue
            if "self" not in c.hit.entry.flags and self._in_name(c.hit.head):
                c.reasons.append("dropped: the word is part of a name (مجلس التعاون)")
                continue
            raw = self.doc.text[tok.start : tok.end].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650")
            if raw.endswith("ة") and c.hit.tense != "noun" and not c.hit.key.endswith("ه"):
                c.reasons.append("dropped: ends in ة, a noun (سيطرة), not verb + pronoun")
                continue
            if (
                c.hit.tense == "present" and c.hit.key[:1] == "ا"
                and self._quote_of(self.doc.sentence_of(tok.start), c.hit.head) is None
            ):
                c.reasons.append("dropped: first person singular outside a quote (أرحب)")
                continue
            if "hal" in c.hit.entry.flags and c.hit.head > 0 and (
                any(ch.isdigit() for ch in self.tokens[c.hit.head - 1].norm)
                or self._is(c.hit.head - 1, "quantity")
            ):
                c.reasons.append("dropped: a counted noun (11 متهما), not a participle")
                continue
            noun = c.hit.tense == "noun"
            if noun and purpose_l(tok, c.hit.key) and (
                weak or c.type in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE")
            ):
                c.reasons.append("dropped: a purpose (لـ + verbal noun), not an act")
                continue
            if c.type == "SANCTION" and noun and has_article(tok) and not any(
                self._is(t, "light_verb") or self._future_light_verb(t)
                for t in range(max(0, c.hit.head - 4), c.hit.head)
            ):
                c.reasons.append("dropped: the sanctions already in place (definite, no verb)")
                continue
            topic = self._topic_of(c)
            if topic:
                c.reasons.append(f"dropped: {topic}")
                continue
            if noun and c.hit.head > 1 and self.tokens[c.hit.head - 1].norm in (
                "وقع", "خلفيه"
            ) and self.tokens[c.hit.head - 2].norm in ("علي", "وعلي"):
                c.reasons.append("dropped: background (على وقع/خلفية + event noun)")
                continue
            if noun and c.hit.head > 0 and self._is(c.hit.head - 1, "background"):
                c.reasons.append(
                    f"dropped: background ({self.tokens[c.hit.head - 1].norm!r} + event noun)"
                )
                continue
            prev = out[-1] if out else None
            if prev is not None and weak and noun and prev.hit.end == c.hit.head:
                prev.reasons.append(f"takes the following {self.tokens[c.hit.head].norm!r} as "
                                    "its complement")
                prev.complements.append(c.type)
                continue  # اتفاق الهدنة، محادثات وقف إطلاق النار: one event
            # احتجاجاتهم، التي تطالب: a relative clause describes the event it follows
            relative = c.hit.head > 0 and self._is(c.hit.head - 1, "relative")
            foldable = (
                prev is not None and c.hit.tense in ("present", "past")
                and prev.hit.tense == "noun"
                and (relative or "speech" not in c.hit.entry.flags)
                and not (tok.norm[0] in "وف" and not c.hit.key.startswith(tok.norm[0]))
                # ورهنت: a conjunction starts a new coordinated clause
            )
            if prev is not None and foldable:
                gap = range(prev.hit.end, c.hit.head)
                if len(gap) <= 3 and all(
                    (self.tokens[t].kind == "word" and not self._is(t, "negation"))
                    or (relative and self.tokens[t].norm == "،")
                    for t in gap
                ) and not any(self._mention_at_any(t) for t in gap):
                    prev.fold_into.append(c.hit)
                    prev.reasons.append(
                        f"verb {tok.norm!r} has the event noun as subject: folded in"
                    )
                    continue
            out.append(c)
        return out

    def _left_agreement(self, c: _Cand, a: int) -> None:
        """إنقاذ الاتفاق بعد انسحاب واشنطن منه: a withdrawal from "it", where "it" is the
        agreement just named, is leaving that agreement (SANCTION/withdraw), not a retreat."""
        if c.type != "RETREAT" or c.mode != "withdraw":
            return
        h = c.hit.head
        after = range(c.hit.end, min(len(self.tokens), c.hit.end + 4))
        if not any(self.tokens[t].norm in ("منه", "منها") for t in after):
            return
        for t in range(h - 1, max(a, h - 10) - 1, -1):
            if self._is(t, "agreement_noun"):
                c.type, c.mode = "SANCTION", "withdraw"
                c.reasons.append(f"withdrawal from the {self.tokens[t].norm!r} just named "
                                 "→ SANCTION")
                return
            if self._is_break(t):
                return

    def _topic_of(self, c: _Cand) -> str:
        """Why an event noun names no act ("" if it does): it is the charge against someone
        (متهمين بدعم هجمات), what is talked about (يتحدث عن دعمها، الحديث عن اتفاق), or
        part of a site's name (ساحة الاعتصام، موقع الهجوم)."""
        h = c.hit.head
        if h == 0:
            return ""
        tok = self.tokens[h]
        for t in range(h - 1, max(-1, h - 4), -1):  # متهمين بدعم هجمات: the charge goes on
            if self._is(t, "accused") and self.tokens[t + 1].norm.startswith(("ب", "وب")):
                return "the charge against someone (متهم بـ), not an act"
            if self._is_break(t):
                break
        if c.type == "PROTEST" and self._is(h - 1, "dispersal"):
            return "the protest is what is dispersed (فض الاعتصام), not a protest act"
        before = [t for t in range(max(0, h - 4), h) if self.tokens[t].norm not in QUOTE_MARKS]
        if before and self.tokens[before[-1]].norm == "عن" and c.type not in MATERIAL_TYPES and any(
            self._is(t, "topic_verb") for t in before[:-1]
        ):
            return "what is talked about (يتحدث عن ...), not an act"
        if c.hit.tense == "noun" and has_article(tok) and self._is(h - 1, "site_noun"):
            return f"part of a place's name ({self.tokens[h - 1].norm!r} + event noun)"
        return ""

    def _mention_at_any(self, tok: int) -> bool:
        return any(m.tokens[0] <= tok < m.tokens[1] for m in self._sentence_mentions(tok))

    def _sentence_mentions(self, tok: int) -> list[Mention]:
        si = self.doc.sentence_of(self.tokens[tok].start)
        return [self.doc.mentions[i] for i in self.by_sentence.get(si, [])]

    def _clauses(self, a: int, b: int, hits: list[Hit]) -> dict[int, int]:
        verb_heads = {
            h.head for h in hits
            if h.tense in ("past", "present", "fixed") and self.tokens[h.head].norm[0] in "وف"
        }
        clause_of: dict[int, int] = {}
        k = 0
        for i in range(a, b):
            if i in verb_heads:
                k += 1
            clause_of[i] = k
            if self.tokens[i].norm in CLAUSE_PUNCT:
                k += 1
        return clause_of

    def _absorb(self, cands: list[_Cand]) -> list[_Cand]:
        out: list[_Cand] = []
        owner: _Cand | None = None
        for c in cands:
            if owner is not None and c.clause != owner.clause:
                owner = None
            if "armed" in c.hit.entry.flags:
                out.append(c)  # تدخل إيراني is no content of a warning unless armed
                continue
            if "speech" in c.hit.entry.flags:
                if owner is not None and owner.type in ABSORBING and c.type not in ABSORBING:
                    self._take(owner, c)  # دعا إلى إدانة ...: the call is the event
                    continue
                owner = c
                out.append(c)
                continue
            if owner is not None and owner.type in ABSORBING:
                self._take(owner, c)
                continue
            if owner is not None and owner.type == "ACCUSE":
                c.embedded = True
                accuse = self.tokens[owner.hit.head].norm
                c.reasons.append(f"named inside the accusation {accuse!r}")
            out.append(c)
        return out

    def _take(self, owner: _Cand, c: _Cand) -> None:
        owner.absorbed.append(c.type)
        c.reasons.append(f"absorbed as the content of {self.tokens[owner.hit.head].norm!r}")
        owner.reasons.append(
            f"absorbs {c.type} {self.tokens[c.hit.head].norm!r} as its content"
        )
        if owner.mode is not None:
            return
        if owner.type in ("REQUEST", "REJECT"):
            if c.type in ("RETREAT", "CONCEDE"):
                owner.mode = "yield"
            elif c.type in ("CONSULT", "AGREE"):
                owner.mode = "meet"
            elif c.type in ("AID", "COOPERATE"):
                owner.mode = "assist"
            else:
                owner.mode = "change"
        elif owner.type == "THREATEN":
            if c.type in ("ASSAULT", "MOBILIZE"):
                owner.mode = "violence"
            elif c.type == "COERCE" and c.mode == "arrest":
                owner.mode = "arrest"
            elif c.type == "SANCTION" and c.mode == "expel":
                owner.mode = "expel"
            elif c.type in ("SANCTION", "COERCE"):
                owner.mode = "restrict"

    def _modality(self, c: _Cand, a: int, clause_of: dict[int, int]) -> None:
        h = c.hit.head
        clause_start = h
        while clause_start > a and clause_of[clause_start - 1] == c.clause:
            clause_start -= 1
        window = range(max(clause_start, h - 3), h)
        for i in window:
            if self._is(i, "negation") and not however(self.tokens, i):
                c.negated = True
                c.reasons.append(f"negated by {self.tokens[i].norm!r}")
                if self.tokens[i].norm in ("لن", "ولن", "فلن"):
                    c.auxiliary = "future"
                break
        for i in range(a, h):
            if c.negated:
                break
            n = self.tokens[i].norm
            denied = self._is(i, "denial") and not (
                i + 1 == h and (n.startswith("فشل") or n[1:].startswith("فشل"))
            )  # فشل قمة: the summit happened and failed; فشل في الاتفاق: no agreement
            denied = denied or (
                self._is(i, "denial_after_la") and i > a and self.tokens[i - 1].norm == "لا"
            )
            if denied:
                c.negated = True
                c.reasons.append(f"denied/failed by {self.tokens[i].norm!r}")
        future = c.hit.future
        if not future:
            for i in range(max(clause_start, h - 5), h):
                if self._is(i, "future") or self._future_light_verb(i) or (
                    i == h - 1 and expected_future(self.tokens, c.hit, a)
                ):
                    future = True
                    c.reasons.append(f"future by {self.tokens[i].norm!r}")
                    break
        else:
            c.reasons.append("future prefix س")
        for i in range(clause_start, h):
            if self._is(i, "conditional") or self._provides(i, c):
                c.auxiliary = "hypothetical"
                c.reasons.append(f"conditional or provided for by {self.tokens[i].norm!r}")
                break
        if c.auxiliary is None and not c.negated:
            why = self._unrealised(c, clause_start) or unrealised_reason(self.tokens, c.hit, a)
            if why:
                c.auxiliary = "hypothetical"
                c.reasons.append(why)
        framed = any(
            self._is(i, "threat_frame") and not (
                self.tokens[i].norm in ("قد", "وقد", "فقد")
                and (c.hit.tense == "past" or done_after_qad(self.tokens, i, h))
            )  # قد + past verb (قد دخلوا، قد شنت هجمات) is done, not weighed
            for i in range(max(clause_start, h - 4), h)
        )
        if c.type in FORCE_FUTURE and (future or framed) and not c.negated:
            old = c.type
            c.mode = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "restrict"}.get(
                old, "arrest" if c.mode == "arrest" else "restrict"
            )
            c.type = "THREATEN"
            c.reasons.append(f"{old} announced or weighed, not done → THREATEN")
            return
        if c.type in COOPERATIVE_FUTURE and future and not c.negated:
            c.reasons.append(f"{c.type} announced for the future → AGREE")
            c.type, c.mode = "AGREE", None
            return
        if c.type in ("SUPPORT", "AGREE") and c.negated and c.auxiliary == "future":
            c.reasons.append("refusal to support/agree (لن) → REJECT")
            c.type, c.mode, c.negated, c.auxiliary = "REJECT", "change", False, None
            return
        if future and c.auxiliary is None:
            c.auxiliary = "future"

    def _provides(self, i: int, c: _Cand) -> bool:
        """تنص الاتفاقية على انسحاب، يقضي الاتفاق بانسحاب: the event noun is the complement
        of a provision verb at ``i`` (the first على/بـ after it introduces the noun)."""
        if c.hit.tense != "noun":
            return False
        h = c.hit.head
        between = [self.tokens[t].norm for t in range(i + 1, h)]
        if self._is(i, "provision_ala"):  # تنص على: the first على introduces the noun
            return bool(between) and between[-1] == "علي" and "علي" not in between[:-1]
        if self._is(i, "provision_bi"):  # يقضي بانسحاب، but not يقضي بأن تكون
            return self.tokens[h].norm.startswith(("ب", "وب")) and not any(
                n.startswith("بان") for n in between
            )
        return False

    def _unrealised(self, c: _Cand, clause_start: int) -> str:
        """Why an event is only possible, aimed at or proposed ("" if it is not): a possibility
        adjective after the noun (هجوم محتمل), قد before a present verb (قد يسحب), a purpose
        light verb (لشن هجوم: an aim), or a draft (مشروع قرار يدين)."""
        h = c.hit.head
        end = len(self.tokens)
        for t in range(c.hit.end, min(end, c.hit.end + 2)):
            if self._is(t, "possible_after"):
                return f"only possible or expected ({self.tokens[t].norm!r})"
        for t in range(max(clause_start, h - 3), h):
            n = self.tokens[t].norm
            nxt = self.tokens[t + 1].norm
            if c.type not in FORCE_FUTURE and n in ("قد", "وقد") and nxt[:1] in "يتن" and len(
                nxt
            ) > 3 and (
                c.hit.tense == "present" or t + 1 < h
            ):
                return f"a possibility (قد + present {nxt!r})"
            if c.hit.tense == "noun" and n.startswith("ل") and self.cues.has(
                "light_verb", (canonical(n[1:]),)
            ):
                return f"an aim ({n!r} + event noun)"
            if self._is(t, "draft"):
                return f"named in a draft ({n!r})"
        if c.hit.tense == "present":  # مشروع قرار في مجلس الأمن يدين: the draft condemns
            for t in range(max(clause_start, h - 7), h - 1):
                if self._is(t, "draft") and self.tokens[t + 1].norm in ("قرار", "قانون"):
                    return f"named in a draft ({self.tokens[t].norm!r})"
        return self._prescribed(c, clause_start)

    def _prescribed(self, c: _Cand, clause_start: int) -> str:
        """بحسب الدستور، يجري الرئيس مشاورات: a sentence opened by what the law says, whose
        verb is in the present, tells what is done by rule, not what was done ("" if not)."""
        h = c.hit.head
        start = next((x for x, y in self.doc.sentence_tokens if x <= h < y), h)
        frame = next(
            (t for t in range(start, min(h, start + 2)) if self._is(t, "legal_frame")), None
        )
        if frame is None or not any(
            self._is(t, "law_noun") for t in range(frame, min(h, frame + 3))
        ):
            return ""
        present = c.hit.tense == "present" or any(
            self._is(t, "light_verb") and self.tokens[t].norm.lstrip("وف")[:1] in "يت"
            for t in range(clause_start, h)
        )
        if not present:
            return ""
        return f"what the law prescribes ({self.tokens[frame].norm!r} + a present verb)"

    def _future_light_verb(self, i: int) -> bool:
        """سيفرض، ستشن: a light verb with the future prefix."""
        n = self.tokens[i].norm
        n = n[1:] if n[:1] in "وف" and len(n) > 4 else n
        return len(n) > 3 and n[0] == "س" and n[1] in "يتن" and self.cues.has(
            "light_verb", (n[1:],)
        )

    # ------------------------------------------------------------------ actors

    def _quote_of(self, si: int, tok: int) -> int | None:
        pos = self.tokens[tok].start
        for qi, q in enumerate(self.doc.quotes):
            if q.quote_span[0] <= pos < q.quote_span[1]:
                return qi
        return None

    def _speaker(self, qi: int) -> int | None:
        q: Quote = self.doc.quotes[qi]
        return q.speaker_mention if 0 <= q.speaker_mention < len(self.doc.mentions) else None

    def _verb_subject(
        self, si: int, h: int, lo: int, hi: int, c: _Cand
    ) -> tuple[list[int], str] | None:
        order = self.by_sentence.get(si, [])
        a = self.doc.sentence_tokens[si][0]
        if h > a and self._describes_noun(h):
            return None  # مشروع قرار يرفض الاتفاق: the draft rejects, no actor named
        if h > a and self._is(h - 1, "relative") and not self.tokens[h].norm.endswith(
            OBJECT_SUFFIXES
        ):
            # القتال الذي دمر سوريا: the antecedent is the subject, what follows the object
            ante = self._antecedent(si, h - 1, a)
            if ante is not None and "weak" not in c.hit.entry.flags:
                return self._group(si, ante, lo, hi), "antecedent of the relative pronoun"
            return None
        # أعلن X أنه سيبحث: the pronoun subject is the main subject
        for t in range(h - 1, max(a - 1, h - 4), -1):
            if self._mention_at(si, t) is not None:
                break
            if self._is(t, "back_subject"):
                main = doers.pronoun_subject(self, si, a, t, c)  # agreeing: أنه، أنها
                if main:
                    return main, f"pronoun subject {self.tokens[t].norm!r} → main subject"
                break
        # SVO: X (قد|كانت|أن...) verb
        for mi in reversed(order):
            m = self.doc.mentions[mi]
            if m.tokens[1] > h or m.tokens[0] < lo:
                continue
            between = range(m.tokens[1], h)
            linked = len(between) <= 2 and all(self._is(t, "subject_link") for t in between)
            if linked and self._prep_before(mi) is None:
                return self._group(si, mi, lo, hi), "subject before the verb"
            break
        # VSO: verb (time words, title, comma) X: may cross a comma (اتهم الرئيس، ترامب)
        hi = self.doc.sentence_tokens[si][1]
        for mi in order:
            m = self.doc.mentions[mi]
            if m.tokens[0] <= h:
                continue
            if m.tokens[0] >= hi:
                break
            between = range(h + 1, m.tokens[0])
            if between and self._nominative_plural(between[0], c) and not (
                len(between) == 1 and self._adjective(mi)
            ):
                if len(between) == 2 and self._is(between[1], "owner") and (
                    self._prep_before(mi) == "ل"
                ):
                    # اختطف مسلحون تابعون لجماعة الحوثي: the men of the group, the group acting
                    return self._group(si, mi, lo, hi), "subject after the verb (its men)"
                return None  # يغتال مسلحون ضباط الجيش: مسلحون is the subject
            near = (len(between) <= 4 and all(
                self._is(t, "skippable") or self.tokens[t].norm in ("،", ",") or t < c.hit.end
                or (self.tokens[t].kind == "word" and self.tokens[t].norm not in PREPOSITIONS
                    and not self._is(t, "light_verb") and not self._has_prep_clitic(t))
                or (self.tokens[t].norm == "من" and t > h + 1 and self._is(t - 1, "partitive"))
                for t in between
            )) or doers.quoted_after(self, between, c)  # تستهدف «داعش»
            # سيبحث الشأن السوري: an adjective of the object, unless it qualifies an agent noun
            # (قصفت دبابات تركية، الطائرات الحربية الروسية)
            modifier = self._adjective(mi) and bool(between) and not any(
                self._is(t, "agent_noun") for t in between
            ) and not all(t < c.hit.end or self._is(t, "skippable") for t in between)
            prep = self._prep_before(mi)
            if near and not modifier and prep == "ل" and between and not self._has_prep_clitic(
                h + 1
            ) and self._titled(between):
                # الأمين العام للأمم المتحدة (غوتيريش): the body of a title after the verb
                nxt = next((x for x in order if self.doc.mentions[x].tokens[0]
                            in (m.tokens[1], m.tokens[1] + 1)), None)
                chosen = nxt if nxt is not None and self._prep_before(nxt) is None else mi
                return self._group(si, chosen, lo, hi), "subject after the verb (title of a body)"
            if near and object_genitive(self.tokens, h, c.hit, m.tokens[0]):
                return None  # نفذوا تفجير أنبوب نفط إقليم كردستان: the pipeline's owner
            if near and not modifier and prep is None:
                if h == c.hit.head:
                    called = self._addressee(si, h, mi, c)
                    if called:
                        # وتدعو أطراف النزاع إلى: the parties are called on, not calling
                        c.addressee = mi
                        c.reasons.append(f"{m.text!r} is called on: {called}")
                        return self._caller(si, h, c)
                    if doers.object_disagrees(self, mi, c):  # وحذرت المجلس: the object
                        return doers.subject_before(self, si, h, mi, c)
                return self._group(si, mi, lo, hi), "subject after the verb"
            break
        return None

    def _titled(self, between: range) -> bool:
        """الأمين العام للأمم المتحدة، طائرات تابعة للتحالف: a title or an agent noun is the
        first word after the verb, and the لـ-body after it is the doer's body; not when
        something else comes first (استهدفت إحدى الغارات دبابة تابعة للحوثيين: the
        subject is the raid, the لـ-body owns the tank it hit)."""
        first = next(
            (t for t in between if not self._is(t, "skippable")
             and self.tokens[t].norm not in NAME_QUOTES_ALL),
            None,
        )
        return first is not None and (
            self.tokens[first].norm in _title_words() or self._is(first, "agent_noun")
        )

    def _call_person(self, c: _Cand) -> str:
        """What the call verb says of its subject: "m" (دعا، يطالب), "f" (دعت، تدعو), "p"
        (دعوا، يطالبون, or we: ندعو: a pronoun subject, so the noun after is the object)."""
        k, head = c.hit.key, c.hit.entry.head
        if k[:1] in "يتن" and not k.startswith(head):  # present: the prefix tells
            if k.endswith(("ون", "ان")) or k[:1] == "ن":
                return "p"
            return "f" if k[:1] == "ت" else "m"
        if k.endswith(("وا", "تا", "يا")) or k == head + "ا":
            return "p"
        return "f" if k.endswith("ت") else "m"

    def _noun_person(self, mi: int) -> str:
        """What a mention's head word says it may be the subject of: "m", "f", "p"
        (a nominative plural), "obl" (an accusative/genitive plural or dual: not a subject),
        or "" (any: a place name, a bare name, a broken plural of people). The word, not the
        kind, tells: الحكومة العراقية is feminine though it stands for Iraq."""
        m = self.doc.mentions[mi]
        w = self._mention_form(mi)
        if w in OBLIQUE_DUALS or (w.startswith("ال") and len(w) > 6 and (
            w.endswith("يين") or (w.startswith("الم") and w.endswith("ين"))
        )):
            return "obl"  # الكينيين، المتمردين، الطرفين: not الكينيون، المتمردون، الطرفان
        if w.endswith("ون") and len(w) > 4:
            return "p"
        if not w:
            return ""
        if self._is(m.tokens[0], "masculine_head"):
            return "m"
        if m.actor.kind == "PER" and not w.startswith("ال"):
            return ""  # a name: عريقات، أسامة are men, ميركل a woman
        stem = w[2:] if w.startswith("ال") else w
        if w.endswith("ات") or (
            w.endswith("ه") and not (len(stem) == 4 and "ا" in stem[1:3])  # قادة، دعاة: people
        ):
            return "f"
        return ""

    def _addressee(self, si: int, h: int, mi: int, c: _Cand) -> str:
        """Why the mention right after a call verb is the one called on rather than the caller
        ("" when it may be the caller): the verb does not agree with it (دعا الحكومة، دعوا
        الأطراف), it is in the accusative (دعت المتمردين), or the verb, joined by و/ف inside a
        sentence whose subject it agrees with, carries that subject on (أكد أن بلاده ...
        وتدعو الأطراف إلى). Only where the noun itself takes what is asked (إلى، بـ، على)."""
        if c.type != "REQUEST" or c.hit.entry.head not in CALL_HEADS or c.hit.tense == "noun":
            return ""
        if not self._takes_call(si, mi):
            return ""
        first = self.doc.mentions[mi].tokens[0]
        if any(self._is(t, "all_of") for t in range(h + 1, first)):
            return "a noun under جميع/كافة/كل: those called on, not the caller"
        verb, noun = self._call_person(c), self._noun_person(mi)
        if verb == "p" and noun != "p":
            return "the verb carries its own subject"
        if noun == "obl":
            return "an accusative plural or dual, not a subject"
        if {verb, noun} == {"m", "f"}:
            return "the verb does not agree with it"
        tok = self.tokens[h]
        a = self.doc.sentence_tokens[si][0]
        joined = tok.norm[:1] in "وف" and not c.hit.key.startswith(tok.norm[:1])
        if not joined or h == a or self.doc.mentions[mi].actor.kind == "PER" or noun == "p":
            return ""  # ودعا الأمين العام إلى: a new sentence names its caller
        before = self._agreeing_subject(si, h, c)
        if before:
            return f"the joined verb carries on the subject {self.doc.mentions[before[0]].text!r}"
        return ""

    def _takes_call(self, si: int, mi: int) -> bool:
        """Whether what is asked follows the mention (إلى، على، بـ/لـ + a noun that names no
        actor), across a short phrase (أطراف النزاع في ليبيا إلى)."""
        b = self.doc.sentence_tokens[si][1]
        end = self._group(si, mi, self.doc.mentions[mi].tokens[0], b)[-1]
        start = self.doc.mentions[end].tokens[1]
        for t in range(start, min(b, start + 4)):
            tok = self.tokens[t]
            if self._punct(t) and tok.norm not in QUOTE_MARKS:
                return False
            if tok.norm in CALL_PREPS or tok.norm in ("بان", "لان"):
                return True
            if self._has_prep_clitic(t) or tok.norm.startswith(("بال", "لل")):
                return self._mention_at(si, t) is None and t == start
        return False

    def _may_call(self, group: list[int], c: _Cand) -> bool:
        """Whether the call verb agrees with a group as its subject: not an accusative, not
        the other gender, and a plural verb (دعوا) not one person or one state."""
        verb, noun = self._call_person(c), self._noun_person(group[0])
        single = len(group) == 1
        if noun == "obl" or (single and {verb, noun} == {"m", "f"}):
            return False
        kind = self.doc.mentions[group[0]].actor.kind
        return not (verb == "p" and single and noun != "p" and (
            kind in ("PER", "GPE") or noun in ("m", "f")  # الكويتيون may; الكويت may not
        ))

    def _agreeing_subject(self, si: int, h: int, c: _Cand) -> list[int]:
        """The subject a call verb carries on from before it in the sentence: the sayer's
        (وأكد X أن ... ، ودعا), else the nearest mention in a subject's place (at the start of
        a clause, after a verb or after أن/إن) that the verb agrees with."""
        a = self.doc.sentence_tokens[si][0]
        sayer = self._sayer(si, a, h, c)
        if sayer and all(self._usable(m, c) for m in sayer) and self._may_call(sayer, c):
            return sayer
        for mi in reversed(self.by_sentence.get(si, [])):
            m = self.doc.mentions[mi]
            if m.tokens[1] > h or m.tokens[0] < a:
                continue
            if any(self.tokens[t].norm in SENTENCE_BREAKS for t in range(m.tokens[1], h)):
                return []
            if self._prep_before(mi) is not None or not self._usable(mi, c) or not (
                self._subject_position(si, mi)
            ):
                continue
            group = self._group(si, mi, a, h)
            if self._may_call(group, c):
                return group
        return []

    def _subject_position(self, si: int, mi: int) -> bool:
        """Whether a mention stands where a subject stands: first in its clause, or after a
        verb (a trigger or a saying verb) or a particle that opens a clause (أن، إن، قد)."""
        a = self.doc.sentence_tokens[si][0]
        t = self.doc.mentions[mi].tokens[0] - 1
        while t >= a:
            if self._punct(t) and self.tokens[t].norm not in QUOTE_MARKS:
                return True
            if t in self.verb_heads or any(
                self._is(t, g) for g in ("say_verb", "subject_link", "light_verb")
            ):
                return True
            if not (self._is(t, "skippable") or self.tokens[t].norm in QUOTE_MARKS):
                return False
            t -= 1
        return True

    def _caller(self, si: int, h: int, c: _Cand) -> tuple[list[int], str] | None:
        """Who makes a call whose noun is its addressee: the sentence's subject before it
        that the verb agrees with; else None (the subject is carried from before)."""
        found = self._agreeing_subject(si, h, c)
        if found:
            return found, "the sentence's subject, carried on by the joined call verb"
        return None

    def _antecedent(self, si: int, rel: int, a: int) -> int | None:
        """The actor a relative pronoun at ``rel`` refers to: the nearest mention before it
        that agrees with it in gender and number, across words that cannot be its head (a
        man's name before التي: سرايا القدس ... القيادي فلان التي ردت). A definite noun
        that agrees and names no actor is the head itself (المدينة التي): no actor."""
        gender = RELATIVE_GENDER.get(self.tokens[rel].norm.lstrip("و"))
        if gender is None:  # a rare form: only a mention right before it
            return self._mention_at(si, rel - 1) if rel > a else None
        t = rel - 1
        while t >= max(a, rel - RELATIVE_REACH):
            tok = self.tokens[t]
            if self._punct(t) and tok.norm not in QUOTE_MARKS:
                return None
            mi = self._mention_at(si, t)
            if mi is not None:
                m = self.doc.mentions[mi]
                if _mention_agrees(gender, self._mention_form(mi), m.actor.kind):
                    return mi
                t = m.tokens[0] - 1
                continue
            if tok.kind == "word" and _word_heads(gender, tok.norm, has_article(tok)):
                return None  # القرية التي، الشاب الذي: the head is no actor
            t -= 1
        return None

    def _mention_form(self, mi: int) -> str:
        """The head word of a mention (its first word), whose ending shows its gender."""
        words = self._mention_words(mi)
        return words[0] if words else ""

    def _nominative_plural(self, t: int, c: _Cand) -> bool:
        """An indefinite sound masculine plural in -ون (مسلحون، متظاهرون): a subject noun."""
        if t < c.hit.end:
            return False
        tok = self.tokens[t]
        n = tok.norm
        return tok.kind == "word" and len(n) > 5 and n.endswith("ون") and not n.startswith(
            ("ال", "وال", "ي", "ت", "ن", "س")
        )

    def _has_prep_clitic(self, t: int) -> bool:
        """لعناصر، بالصواريخ: a word under a ب/ل proclitic (it heads a prepositional phrase)."""
        tok = self.tokens[t]
        n = tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 3 else tok.norm
        return n[:1] in "بل" and len(tok.forms) > 1 and not n.startswith("ال")

    def _adjective(self, mi: int) -> bool:
        """A one-word nationality adjective mention (الروسي، التركية، أمريكية)."""
        words = self._mention_words(mi)
        return len(words) == 1 and words[0].endswith(("ي", "يه", "يين", "يون"))

    def _noun_agent(
        self, si: int, c: _Cand, lo: int, hi: int
    ) -> tuple[list[int], list[int], str] | None:
        """Agent (and patient) inside the noun phrase of a verbal noun."""
        e = c.hit.end
        order = self.by_sentence.get(si, [])
        # غارات روسية read as one mention (the Russian air force): its state does the strikes
        own = self._mention_at(si, c.hit.head)
        if (
            own is not None and self.doc.mentions[own].tokens[0] == c.hit.head
            and self.doc.mentions[own].tokens[1] > e and self._usable(own, c)
            and self.doc.mentions[own].rule.startswith("institution-adj")
        ):
            return [own], [], "the noun with its nationality adjective names the doer"
        # شنه X، نفذها X: a light verb carrying the noun as pronoun names the agent
        for t in range(e, min(hi, e + 3)):
            n = self.tokens[t].norm
            if self._is(t, "light_verb") and n.endswith(("ه", "ها")):
                for mi in order:
                    if self.doc.mentions[mi].tokens[0] in (t + 1, t + 2):
                        return self._group(si, mi, lo, hi), [], f"agent of {n!r}"
        # إطلاق صاروخ من اليمن: where fire came from is who fired
        if c.type == "ASSAULT":
            for mi in order:
                first = self.doc.mentions[mi].tokens[0]
                if (
                    e <= first <= e + 3 and self._prep_before(mi) == "من"
                    and not any(self._punct(t) for t in range(e, first))
                ):
                    return self._group(si, mi, lo, hi), [], "origin of fire after من"
        # ونسب الهجوم إلى X، الاعتداء المنسوب لـX: the act attributed to X is X's
        for t in range(max(lo, c.hit.head - 4), min(hi, e + 4)):
            if t == c.hit.head or not self._is(t, "attribution") or any(
                self._punct(x) for x in range(min(t, c.hit.head), max(t, c.hit.head))
            ):
                continue
            start = max(t + 1, e)
            for mi in order:
                first = self.doc.mentions[mi].tokens[0]
                if (
                    start <= first <= start + 2 and self._prep_before(mi) in ("الي", "ل")
                    and not any(self._punct(x) for x in range(start, first))
                ):
                    return self._group(si, mi, lo, hi), [], "attributed to (نسب إلى)"
        # من قبل X / بقيادة X
        for t in range(e, min(hi, e + 8)):
            if self._is(t, "agent_intro"):
                for mi in order:
                    if self.doc.mentions[mi].tokens[0] in (t + 1, t + 2):
                        return self._group(si, mi, lo, hi), [], "agent after من قبل/بقيادة"
        # قمة لرؤساء X و Y، اجتماع لوزراء X
        if c.type == "CONSULT":
            for mi in order:
                first = self.doc.mentions[mi].tokens[0]
                last = self.doc.mentions[mi].tokens[1]
                wrapped = last < len(self.tokens) and self.tokens[last].norm in doers.NAME_QUOTES
                if e <= first <= e + 3 and not any(
                    self._punct(t) and not (wrapped and self.tokens[t].norm in doers.NAME_QUOTES)
                    for t in range(e, first)
                ):  # زيارة «ميدفيديف» لمصر: a name in quotation marks is still the genitive
                    group = self._group(si, mi, lo, hi)
                    with_ = any(self.tokens[t].norm in ("مع", "ومع") for t in range(e, first))
                    prep = self._prep_before(mi)
                    if c.mode == "visit" and prep in ("ل", "الي"):
                        return [], group, ""  # زيارته لكينيا: the host
                    if with_ or prep == "مع":  # with X: X joins the subject
                        return [], group, ""
                    return group, [], "participants named after the meeting"
        doer = doers.genitive_doer(self, si, c, lo, hi)  # استهداف «داعش» لمساجد
        if doer is not None:
            return doer
        # زيارة صاحب السمو الملكي الأمير محمد: honorifics stand between the noun and its genitive
        while e < hi and self.tokens[e].norm in HONORIFICS and self._mention_at(si, e) is None:
            e += 1
        # الحصار البحري والجوي الإسرائيلي: the state's adjective after the noun's own adjectives
        k = e
        while k < hi and k - e < 3 and self._mention_at(si, k) is None and DESCRIPTIVE.match(
            self.tokens[k].norm
        ):
            k += 1
        nisba = self._mention_at(si, k) if k > e and k < hi else None
        if nisba is not None and self.doc.mentions[nisba].tokens[0] == k and (
            self._adjective(nisba) and self._prep_before(nisba) is None
        ):
            return self._group(si, nisba, lo, hi), [], "nationality adjective after the noun"
        for mi in order:
            m = self.doc.mentions[mi]
            if m.tokens[0] < e:
                continue
            gap = m.tokens[0] - e
            if gap > 1 or (gap == 1 and (
                self._punct(e) or self.tokens[e].norm in PREPOSITIONS or self._has_prep_clitic(e)
            )):
                break
            prep = self._prep_before(mi)
            sector = m.actor.sector_code
            if self._adjective(mi) and prep is None:
                return self._group(si, mi, lo, hi), [], "nationality adjective after the noun"
            if gap == 1 and self._is(e, "owner"):
                return [], self._group(si, mi, lo, hi), ""  # طائرتين تابعتين للجيش: the owner
            if prep == "ل" and c.type == "ASSAULT":
                return self._group(si, mi, lo, hi), [], "agent after لـ (هجوم لـX)"
            if prep is None and gap == 0 and c.type in ("SUPPORT", "AID"):
                end = m.tokens[1]
                to = next((x for x in order if end <= self.doc.mentions[x].tokens[0] <= end + 2
                           and self._prep_before(x) == "ل"), None)
                if to is not None:  # دعم الولايات المتحدة لمصر: the US supports Egypt
                    return (self._group(si, mi, lo, hi), self._group(si, to, lo, hi),
                            "genitive giver before لـ + receiver")
            if prep is None:
                direct = gap == 0  # قصف مواقع داعش: داعش is the genitive of مواقع, a target
                if direct and (
                    c.type in GENITIVE_AGENT or (c.type == "ASSAULT" and sector in ARMED)
                ):
                    return self._group(si, mi, lo, hi), [], "genitive agent of the noun"
                return [], self._group(si, mi, lo, hi), ""
            break
        # دعمها، انسحابهم: the possessor of an action noun is its agent
        tok = self.tokens[c.hit.head]
        suffix = next((
            suf for suf in ("هما", "ها", "هم", "ه")
            if tok.norm.endswith(c.hit.key + suf) or tok.norm.endswith(c.hit.key[:-1] + "ت" + suf)
        ), None) if c.hit.key != tok.norm else None
        owner = doers.possessor(self, si, c, suffix, lo, hi) if suffix is not None else None
        if owner is not None:
            return owner
        # between X و Y (clashes, talks)
        if "joint" in c.hit.entry.flags:
            end = min(self.doc.sentence_tokens[si][1], e + 8)  # may cross a comma
            for t in range(e, end):
                if self._punct(t) and self.tokens[t].norm not in ("،", ","):
                    break
                if self.tokens[t].norm == "بين":
                    for mi in order:
                        if self.doc.mentions[mi].tokens[0] in (t + 1, t + 2):
                            return self._group(si, mi, lo, hi), [], "participants after بين"
        return None

    def _resolve(self, si: int, c: _Cand, a: int, b: int, clause_of: dict[int, int]) -> None:
        h = c.hit.head
        lo = h
        while lo > a and clause_of[lo - 1] == c.clause:
            lo -= 1
        hi = h
        while hi < b and clause_of[hi] == c.clause:
            hi += 1
        qi = self._quote_of(si, h)
        if qi is not None:
            qs, qe = self.doc.quotes[qi].quote_span
            # reported speech: look for the real actor inside the quote first
            lo = max(lo, next((t for t in range(lo, h + 1) if self.tokens[t].start >= qs), h))
            hi = min(hi, next((t for t in range(h, hi) if self.tokens[t].start >= qe), hi))
        if "armed" in c.hit.entry.flags:
            incursion = self._incursion(si, c, lo, hi)
            if incursion is None:
                c.drop = "no armed subject entering a place (دخل حيز التنفيذ): not an incursion"
                return
            if not incursion:  # مجموعات مسلحة دخلت المدينة: armed, but no one named
                last = self.last_by_type.get("ASSAULT")
                if last is not None and last[0] >= si - 1:
                    # قصفت القوات الروسية المدينة ... ودخلت وحدات خاصة: the force just named
                    c.actors, c.actor_source = list(last[1]), "armed doers of the attack before"
                else:
                    c.actor_source = "unattributed"
                c.reasons.append(f"actor: an armed group not named; {c.actor_source}")
                c.recipients = self._recipient(si, c, c.actors, lo, hi)
                return
        if c.type == "ASSAULT" and self._repelled(si, c, a, lo, hi):
            return
        actors: list[int] = []
        patients: list[int] = []
        why = ""
        verb = c.hit.tense in ("past", "present", "fixed")
        if "self" in c.hit.entry.flags:
            # protesters are a protest event only as the doers: not after a preposition
            tok = self.tokens[h]
            prev = self.tokens[h - 1].norm if h > a else ""
            if prev in PREPOSITIONS or tok.norm.startswith(("بال", "لل", "وبال", "ولل")):
                c.drop = "participants after a preposition are not protesting here"
                return
            if tok.norm.endswith("ا"):
                c.drop = "participant in the accusative (قتلت الشرطة محتجا): an object"
                return
            mi = self._mention_at(si, h)
            c.actors = [mi] if mi is not None else []
            c.actor_source = "the participants named by the trigger"
            c.reasons.append(f"actor: {c.actor_source}")
            return
        if verb and self._masdar_object(si, c):
            verb = False  # وأكد الجيش قصف مواقع: قصف is the noun the verb reports
            c.reasons.append("bare verb form after a preposition, noun or reporting verb: a noun")
        if verb and self._passive(si, c, hi):
            self._resolve_passive(si, c, lo, hi)
            return
        if verb and not actors:
            carried = self._coordinated_subject(si, c, a)
            if carried:
                actors, why = carried
        if not verb and self._passive_noun(c, a):
            self._resolve_passive(si, c, lo, hi, noun=True)
            return
        if not verb:
            found = self._noun_agent(si, c, lo, b)
            if found:
                actors, patients, why = found
            if c.type in ("SUPPORT", "AID") and patients and not actors:
                receiver = self._receiver(si, c, a)
                if receiver:  # حصل الحريري على دعم مجلس النواب: the council supports him
                    actors, patients, why = patients, receiver, "giver after a receiving verb"
            if why == "genitive agent of the noun":
                governed = self._light_verb_subject(si, c, a, lo, hi)
                if governed:  # أكد الجيش قصف قوات X: the army shelled X
                    actors, patients, why = governed[0], actors, governed[1]
        if "hal" in c.hit.entry.flags:
            main = self._main_subject(si, a, h)
            if main:
                actors, why = main, "circumstantial participle: subject of the main verb"
                after = self._recipient(si, c, main, a, h) or self._main_object(si, c, main, h)
                if after:
                    patients = after
        if not verb and not patients:
            undergoer = self._undergoer(si, c, a)
            if undergoer:  # تعرضت دورية للجيش لهجوم: who underwent it is the target
                patients = undergoer
                actors = [m for m in actors if m not in undergoer]
                if not actors:
                    why = ""
        if not actors and not verb and c.type == "ASSAULT":
            origin = self._origin_place(si, c)
            if origin is not None:  # إطلاق صاروخ من اليمن على ...: fired from Yemen
                c.synthetic = EventActor(origin.raw_text, origin.name, origin.country, None,
                                         origin.span)
                c.actor_source = "origin of fire (a place after من)"
                c.reasons.append(f"actor: {c.actor_source}: {origin.country}")
                c.recipients = self._recipient(si, c, [], lo, hi)
                return
        if not actors and verb:
            c.synthetic = self._country_pronoun(si, h, qi)
            if c.synthetic is not None:
                c.actor_source = "بلاده: the speaker's country"
                c.reasons.append(f"actor: {c.actor_source} ({c.synthetic.country})")
                c.recipients = self._recipient(si, c, [], lo, hi) or self._responded_to(
                    si, c, [], lo, c.synthetic.country
                )
                return
        if not actors and not verb and has_article(self.tokens[h]):
            last = self.last_by_type.get(c.type)
            # الضربات after "شن التحالف ضربات": an ambiguous (weak) attack word refers back
            # only to an attack in the same or the previous sentence
            weak_noun = "weak" in c.hit.entry.flags
            reach = 1 if weak_noun and c.type == "ASSAULT" else -1 if weak_noun else 2
            if last is not None and last[0] >= si - reach and not c.embedded:
                actors, why = list(last[1]), "the same event named before (definite noun)"
                c.same_as = self.last_cand.get(c.type)
        if not actors and not verb:
            hal = self._speech_participle(h, a)
            if hal is not None:
                main = self._main_subject(si, a, hal)
                if main:  # ..., مؤكدة العزم على: the sayer of the main clause intends
                    actors, why = main, "after a saying participle: subject of the main verb"
        if not actors and (verb or not c.embedded):
            pos = h
            if not verb:
                # أعربت السفيرة في تصريح مماثل، عن "تقدير: عن names what is expressed, and
                # the verb may stand further back
                back = h - 1
                while back > a and self.tokens[back].norm in QUOTE_MARKS:
                    back -= 1
                reach = 11 if self.tokens[back].norm == "عن" else 6
                for t in range(h - 1, max(a, h - reach) - 1, -1):
                    if self._is(t, "light_verb") or self._future_light_verb(t):
                        pos = t
                        c.reasons.append(f"light verb {self.tokens[t].norm!r}")
                        break
            if verb or pos != h:
                found_v = self._verb_subject(si, pos, lo if pos == h else a, hi, c)
                if found_v:
                    actors, why = found_v
            if not actors and pos != h:
                actors = self._dropped_subject(si, pos, h, c)
                if actors:
                    why = "the light verb opens its sentence with no subject: the previous one's"
        if actors and not all(self._usable(m, c) for m in actors):
            actors = [m for m in actors if self._usable(m, c)]
            if not actors:
                c.reasons.append("a news outlet or unplaced name is not the doer")
                why = ""
        weak = "weak" in c.hit.entry.flags and not c.absorbed
        if weak and not verb and h > a and self._is(h - 1, "means"):
            weak = False  # عن طريق دعم X: the means of the clause's subject
        if not actors and qi is not None and self._first_person(c.hit):
            sp = self._speaker(qi)
            if sp is not None:
                actors, why = [sp], "first-person verb in a quote: the speaker"
        if not actors and not c.embedded and not weak and not (not verb and self._underwent(c, a)) \
                and not unnamed_doer(self.tokens, c.hit, a, self._mention_at_any,
                                     lambda t: self._is(t, "light_verb")):
            # (أعلنت السلطات أن العاصمة تعرضت لاعتداء: whoever reports or underwent an attack
            # is not its doer; it is unattributed unless named)
            actors, why = self._fallback_actor(si, c, lo, h, qi)
            if actors and died_in(self.tokens, c.hit, a, self.doc.mentions[actors[0]].tokens[0],
                                  lambda t: self._is(t, "casualty")):
                actors, why = [], ""  # قال الناتو إن ثمانية قتلوا في الهجوم: the sayer
        first_person = why.startswith("first-person")  # نطالب: "we", said by one speaker
        if c.addressee is not None and actors and not first_person and (
            not self._may_call(actors, c) or (
            why.startswith(("nearest subject", "subject carried"))
            and self.doc.mentions[actors[0]].sentence == si
            and not self._subject_position(si, actors[0])
        )):
            # (بمواجهة تنظيم داعش ... طالب مجلس المحافظة الولايات المتحدة: no caller named)
            c.reasons.append(f"the call verb does not take {why!r} as its subject: no actor")
            actors, why = [], ""
        guessed = why.startswith(GUESSED)
        if c.type == "PROTEST" and guessed and any(
            self.doc.mentions[m].actor.sector_code in (ARMED if self._adjective(m) else STATE)
            for m in actors
        ):
            c.reasons.append("state officials or forces guessed as protesters: dropped")
            actors, why = [], ""
        if "recv" in c.hit.entry.flags and actors:
            giver = self._after_word(si, "من", c.hit.end, hi) or [
                r for r in self._recipient(si, c, actors, lo, hi) if r not in actors
            ]
            if giver:
                patients, actors, why = actors, giver, why + "; receiving verb: the giver acts"
            else:  # تسلمت قطر قائمة المطالب: the receiver gives nothing
                c.drop = "a receiving verb with no giver named"
                return
        if "host" in c.hit.entry.flags and actors:
            c.reasons.append("hosting verb: the subject hosts")
        if "charge" in c.hit.entry.flags:
            speaker = self._speaker(qi) if qi is not None else None
            accuser = [speaker] if speaker is not None else self._sayer(si, a, h, c)
            accuser = [m for m in accuser if m not in actors]
            if accuser:
                patients, actors = actors, accuser
                why = "a charge in reported words: the speaker accuses the subject"
            else:
                c.drop = "a charge with no one who makes it"
                return
        c.actors = actors
        c.actor_source = why
        if why:
            c.reasons.append(f"actor: {why}")
        # recipients
        actor_countries = {self._country(m) for m in actors}
        recips = [
            p for p in patients if p not in actors and not self._own_side(p, actor_countries)
        ]
        if not recips and c.addressee is not None and c.addressee not in actors:
            recips = self._group(si, c.addressee, self.doc.mentions[c.addressee].tokens[0], hi)
        if not recips and c.target is not None and c.target not in actors:
            recips = self._group(si, c.target, self.doc.mentions[c.target].tokens[0], hi)
        if not recips:
            recips = self._recipient(si, c, actors, lo, hi)
        if not recips and c.type == "ASSAULT":
            recips = self._casualties(si, c, a, actors)
        if not recips and actors and c.type in FORCE | {"THREATEN"}:
            recips = self._responded_to(si, c, actors, lo)
        if not recips and c.same_as is not None and c.same_as.recipients:
            recips = list(c.same_as.recipients)  # الضربات استهدفت مواقع: the same target
            c.reasons.append("recipient: that of the same event named before")
        actor_set = set(actors)
        actor_names = {self.doc.mentions[m].actor.entity_name for m in actors}
        recips = [
            r for r in recips
            if r not in actor_set and self.doc.mentions[r].actor.entity_name not in actor_names
        ]
        if c.type == "CONSULT" and not actors:
            recips = []  # the other side of talks is no doer by itself
        elif c.type == "CONSULT":
            if "host" in c.hit.entry.flags:
                c.actors, recips = recips, c.actors
            elif c.mode == "visit" and "joint" not in c.hit.entry.flags:
                if recips:  # زار X بغداد: the visitor acts, the host receives
                    c.reasons.append("visit: the visitor acts, the host receives")
            else:
                c.actors = actors + recips
                recips = []
                if c.actors != actors:
                    c.reasons.append("all participants as actors")
        if not recips and c.type == "REJECT" and self._veto(c):
            # a veto is cast in a UN body: that body's draft is what is rejected
            recips = [m for m in self.by_sentence.get(si, []) if self._country(m) == "UNO"][:1]
        c.recipients = recips
        if recips:
            c.reasons.append(
                "recipient: " + ", ".join(self.doc.mentions[r].text for r in recips)
            )

    def _repelled(self, si: int, c: _Cand, a: int, lo: int, hi: int) -> bool:
        """صدت القوات هجوما لمليشيات X، تصدوا لغارات سلاح الجو: the attack repelled is done by
        the attacker named after it (genitive or لـ); those who repel it are its target.
        False (nothing set) where no repelling verb governs the attack or no attacker is named."""
        h = c.hit.head
        if self._is(h, "repel"):
            verb, noun_end = h, c.hit.end
        else:
            verb = next((t for t in range(h - 1, max(a, h - 4) - 1, -1)
                         if self._is(t, "repel")), -1)
            noun_end = c.hit.end
        if verb < 0:
            return False
        b = self.doc.sentence_tokens[si][1]
        attacker: list[int] = []
        for mi in self.by_sentence.get(si, []):
            first = self.doc.mentions[mi].tokens[0]
            if first < noun_end:
                continue
            if first > noun_end + 10 or any(
                self._is_break(t) and self.tokens[t].norm not in ("،", ",")
                for t in range(noun_end, first)
            ):
                break
            if self._prep_before(mi) in (None, "ل") and self._usable(mi, c):
                attacker = self._group(si, mi, noun_end, b)
            break
        if not attacker:
            return False
        found = self._verb_subject(si, verb, a, hi, c)
        c.actors = attacker
        c.recipients = [m for m in (found[0] if found else []) if m not in attacker]
        c.actor_source = "attacker of a repelled attack"
        c.reasons.append(f"actor: the attacker named after the attack that "
                         f"{self.tokens[verb].norm!r} repelled; who repelled it is the target")
        return True

    def _responded_to(
        self, si: int, c: _Cand, actors: list[int], lo: int, country: str | None = None
    ) -> list[int]:
        """The target of a response (ردت الشرطة بإطلاق الغاز، سترد على الهجوم): the doers of
        the attack named after على, else of the last event in this or the previous sentence
        whose doers are not the responders (``actors``, or a state named by ``country``)."""
        h = c.hit.head
        words = self.cues.groups.get("response", frozenset())
        cue = next((t for t in range(max(lo, h - 4), h + 1)
                    if self.tokens[t].norm in words or (
                        self.tokens[t].norm[:1] == "و" and self.tokens[t].norm[1:] in words
                    )), None)  # exact forms: فردا (one person) is no ف + ردا
        if cue is None or any(self.tokens[t].norm == "علي" for t in range(cue + 1, h)):
            return []  # ردا على خطف الفتى: the kidnapping is what is responded to
        names = {self.doc.mentions[m].actor.entity_name for m in actors}
        after = range(c.hit.end, min(len(self.tokens), c.hit.end + 2))
        attack = any(self._is(t, "attack_noun") for t in after)
        last = self.last_cand.get("ASSAULT") if attack else self.last_event
        if last is None or not last.actors or self._cand_sentence(last) < si - 1:
            return []
        if {self.doc.mentions[m].actor.entity_name for m in last.actors} & names or (
            country is not None and any(self._country(m) == country for m in last.actors)
        ):
            return []
        c.reasons.append("recipient: a response targets the doers of the act before it")
        return list(last.actors)

    def _cand_sentence(self, c: _Cand) -> int:
        return self.doc.sentence_of(self.tokens[c.hit.head].start)

    def _incursion(self, si: int, c: _Cand, lo: int, hi: int) -> list[int] | None:
        """An armed subject entering a place (دخلت القوات الروسية كييف، مسلحون اجتاحوا
        القرية): its named subject ([] if the armed doers are not named), or None where the
        subject is unarmed or no place is entered (دخل الاتفاق حيز التنفيذ، تدخل إيراني)."""
        h = c.hit.head
        # the words of the subject: just before the verb (SVO) or just after it (VSO)
        before: list[int] = []
        t = h - 1
        while t >= max(lo, h - 5) and not (
            self._punct(t) and self.tokens[t].norm not in QUOTE_MARKS
        ) and not self._is(t, "back_subject") and self.tokens[t].norm not in COMPLEMENTIZERS:
            before.append(t)  # stops at إن/أنه: what stands before belongs to the main clause
            t -= 1
        after = [t for t in range(h + 1, min(hi, h + 4)) if not self._punct(t)]
        found = self._verb_subject(si, h, lo, hi, c)
        named = found[0] if found else []
        if self._armed_words(before):  # مجموعات التخريب دخلت كييف: what follows is the place
            named = [m for m in named if self.doc.mentions[m].tokens[1] <= h]
        elif named:
            if not all(self.doc.mentions[m].actor.sector_code in ARMED for m in named):
                return None
        elif not self._armed_words(after):
            return None
        # the place entered: the direct object or after إلى, before any other preposition
        for t in range(h + 1, min(hi, h + 9)):
            tok = self.tokens[t]
            if self._punct(t) and tok.norm not in QUOTE_MARKS:
                break
            if tok.kind != "word":
                continue
            if self._in_place(tok.start) or self._is(t, "place_noun"):
                # دخلت القوات كييف: the capital entered is where, even if it is read as acting
                c.entered = next((p for p in self.doc.places
                                  if p.span[0] <= tok.start < p.span[1]), None)
                return named
            if tok.norm in PREPOSITIONS and tok.norm != "الي":
                break
            if self._has_prep_clitic(t) and not self._mention_at_any(t):
                break
        return None

    def _armed_words(self, tokens: list[int]) -> bool:
        """Whether the words name armed doers (قوات، مسلحون، مجموعات مسلحة)."""
        return any(self._is(t, "armed_noun") for t in tokens) or (
            any(self._is(t, "armed_group") for t in tokens)
            and any(self._is(t, "armed_qualifier") for t in tokens)
        )

    def _passive(self, si: int, c: _Cand, hi: int) -> bool:
        """A passive past verb: a damma on its first letters where the text is vowelled
        (قُتل، اعتُقل، استُهدف), else a weak verb followed by a number of victims or an
        instrument/agent phrase (قتل ثلاثة جنود في هجوم، برصاص، على يد) and no armed subject."""
        if c.hit.tense != "past":
            return False
        tok = self.tokens[c.hit.head]
        conj = tok.norm[:1] in "وف" and not c.hit.key.startswith(tok.norm[:1])
        seen = -1 if conj else 0
        for ch in self.doc.text[tok.start : tok.end]:
            if ch == DAMMA and 1 <= seen <= 4:
                c.reasons.append("passive verb (damma)")
                return True
            if not ("\u064b" <= ch <= "\u0652" or ch == "\u0670"):
                seen += 1
        if "weak" not in c.hit.entry.flags and c.type not in ("COERCE", "ASSAULT"):
            return False
        h = c.hit.head
        end = min(hi, h + 9)
        hint = any(
            self._is(t, "passive_hint")
            or (self.tokens[t].norm == "في" and t + 1 < end and self._is(t + 1, "attack_noun"))
            for t in range(h + 1, end)
        )
        if not hint and c.type == "ASSAULT" and self._passive_killing(si, c, hi):
            c.reasons.append("passive reading of a killing verb: its victims, no object")
            return True
        if not hint:
            return False
        nxt = self.tokens[h + 1] if h + 1 < end else None
        counted = nxt is not None and (
            any(ch.isdigit() for ch in nxt.norm) or self._is(h + 1, "quantity")
        )
        subject = self._verb_subject(si, h, h, hi, c)
        armed = subject is not None and any(
            self.doc.mentions[m].actor.sector_code in ARMED for m in subject[0]
        )
        if counted or not armed:
            c.reasons.append("passive reading: victims and an instrument/agent phrase follow")
            return True
        return False

    def _passive_killing(self, si: int, c: _Cand, hi: int) -> bool:
        """قُتل read without its damma: "X قتلوا، أيضا" or "X قتل وأصيب" (a subject before
        it and no object after: a stop, a preposition, time words or a second casualty verb),
        and "قتل أربعة جنود، قتل جنديان تركيان" (people counted right after it and no subject
        before it): the people named are the killed, not the killers."""
        if c.hit.entry.head.split("|")[0] != "قتل":
            return False
        h = c.hit.head
        a = self.doc.sentence_tokens[si][0]
        word = self.tokens[h].norm
        if word.endswith(("ه", "ها", "هم", "هما", "هن")):
            return False  # قتلته، قتلوهم: the object is in the verb, it is active
        t = h + 1
        while t < hi and self._is(t, "skippable"):
            t += 1
        if t >= hi or self._punct(t) or self.tokens[t].norm in PREPOSITIONS | AFTER_VICTIMS or (
            self.tokens[t].norm[:1] == "و" and self._is(t, "casualty")
        ):
            return True  # nothing killed after it: its subject was killed
        for u in range(h - 1, max(a, h - 4) - 1, -1):
            if self._punct(u):
                break
            if self._mention_at(si, u) is not None or self._is(u, "back_subject"):
                return False  # الجيش قتل 5، حزب العمال المحظور قتل 3، أنه قتل: it kills
        nxt = self.tokens[h + 1].norm if h + 1 < hi else ""
        after = self.tokens[h + 2].norm if h + 2 < hi else ""
        return (
            any(ch.isdigit() for ch in nxt) or self._is(h + 1, "quantity")
            or nxt in KILLED_PEOPLE or (nxt.endswith("ان") and after.endswith("ان"))
        )

    def _passive_noun(self, c: _Cand, a: int) -> bool:
        """تم اعتقال، جرى إطلاق سراح: a verbal noun after a passive auxiliary."""
        h = c.hit.head
        if c.type not in FORCE | {"SANCTION"} or "joint" in c.hit.entry.flags:
            return False
        if any(self._is(t, "passive_aux") for t in range(max(a, h - 2), h)):
            c.reasons.append("passive: verbal noun after تم/جرى")
            return True
        return False

    def _resolve_passive(
        self, si: int, c: _Cand, lo: int, hi: int, noun: bool = False
    ) -> None:
        """The subject of a passive verb (or the genitive of a verbal noun after تم) is its
        target; the doer is named only after من قبل/على يد/برصاص."""
        if noun:
            patients = self._recipient(si, c, [], lo, hi)
        else:
            found = self._verb_subject(si, c.hit.head, lo, hi, c)
            patients = found[0] if found else []
        agent: list[int] = []
        for t in range(c.hit.end, min(hi, c.hit.end + 10)):
            if self._is(t, "agent_intro"):
                mi = next((x for x in self.by_sentence.get(si, [])
                           if self.doc.mentions[x].tokens[0] in (t + 1, t + 2)), None)
                if mi is not None:
                    agent = self._group(si, mi, lo, hi)
                break
        patients = [m for m in patients if m not in agent]
        c.actors = [m for m in agent if self._usable(m, c)]
        c.recipients = patients
        c.passive = True
        self.patients.update(patients)
        if c.actors:
            c.actor_source = "agent of a passive verb (من قبل/على يد)"
            c.reasons.append(f"actor: {c.actor_source}")
        if patients:
            c.reasons.append(
                "recipient: subject of the passive verb, "
                + ", ".join(self.doc.mentions[r].text for r in patients)
            )

    def _coordinated_subject(self, si: int, c: _Cand, a: int) -> tuple[list[int], str] | None:
        """وصل الوزير إلى الرياض والتقى الملك: a verb joined by و (or after حيث) to a verb
        of arrival shares its subject; what follows it is the object."""
        h = c.hit.head
        tok = self.tokens[h]
        joined = (tok.norm[:1] in "وف" and not c.hit.key.startswith(tok.norm[:1])) or (
            h > a and self.tokens[h - 1].norm == "حيث"
        )
        if not joined:
            return None
        for t in range(h - 1, max(a, h - 12) - 1, -1):
            if self._is(t, "motion_verb"):
                found = self._verb_subject(si, t, a, h, c)
                if found and all(self._usable(m, c) for m in found[0]):
                    return found[0], f"omitted subject: that of {self.tokens[t].norm!r}"
                return None
        return None

    def _underwent(self, c: _Cand, a: int) -> bool:
        """Whether a verb of undergoing (تعرض) governs the event noun."""
        h = c.hit.head
        return any(self._is(t, "undergo") for t in range(max(a, h - 3), h))

    def _undergoer(self, si: int, c: _Cand, a: int) -> list[int]:
        """The subject of تعرض/يتعرض before an event noun: the one the event befell."""
        h = c.hit.head
        for t in range(h - 1, max(a, h - 6) - 1, -1):
            if self._is(t, "undergo"):
                found = self._verb_subject(si, t, a, h, c)
                if found:
                    c.reasons.append(f"subject of {self.tokens[t].norm!r} underwent the event")
                    return found[0]
                return []
        return []

    def _masdar_object(self, si: int, c: _Cand) -> bool:
        """A bare past-verb form that is also a verbal noun, right after a reporting/light verb
        (within four tokens, commas and a short PP allowed): the noun, not the verb."""
        if c.hit.tense != "past" or c.hit.entry.rest:
            return False
        lex_nouns = lexicon().index.get(c.hit.key, ())
        if not any(t == "noun" and e.type == c.type for e, t in lex_nouns):
            return False
        a = self.doc.sentence_tokens[si][0]
        h = c.hit.head
        if h > a and (
            self.tokens[h - 1].norm in PREPOSITIONS or self._is(h - 1, "noun_governor")
            or self._is(h - 1, "passive_aux")
        ):
            return True  # عن طريق دعم، بعد قصف: a noun after a preposition or a noun
        return any(self._is(t, "light_verb") for t in range(max(a, h - 7), h))

    def _receiver(self, si: int, c: _Cand, a: int) -> list[int]:
        """The subject of a receiving verb (حصل، نال، تلقى) governing the noun, if any."""
        for t in range(c.hit.head - 1, max(a, c.hit.head - 12) - 1, -1):
            if self._is(t, "receive_verb"):
                found = self._verb_subject(si, t, a, c.hit.head, c)
                return found[0] if found else []
        return []

    def _light_verb_subject(
        self, si: int, c: _Cand, a: int, lo: int, hi: int
    ) -> tuple[list[int], str] | None:
        h = c.hit.head
        for t in range(h - 1, max(a, h - 7) - 1, -1):
            if self._is(t, "light_verb") or self._future_light_verb(t):
                found = self._verb_subject(si, t, a, hi, c)
                if found:
                    return found[0], f"subject of {self.tokens[t].norm!r}"
                return None
        return None

    def _country_pronoun(self, si: int, h: int, qi: int | None) -> EventActor | None:
        """بلاده ستدعم: "his country" before the verb is the speaker's (main subject's) state."""
        a = self.doc.sentence_tokens[si][0]
        for t in range(h - 1, max(a - 1, h - 3), -1):
            if self._is(t, "country_pronoun"):
                owner = self._speaker(qi) if qi is not None else None
                if owner is None:
                    main = self._main_subject(si, a, t)
                    owner = main[0] if main else None
                country = self._country(owner) if owner is not None else None
                if country is None:
                    return None
                tok = self.tokens[t]
                return EventActor(self.doc.text[tok.start : tok.end], f"{country} (GOV)",
                                  country, "GOV", (tok.start, tok.end))
            if not self._is(t, "subject_link"):
                return None
        return None

    def _first_person(self, hit: Hit) -> bool:
        """نعترف، سنرد، قررنا: a first-person verb (its actor is whoever speaks)."""
        n = self.tokens[hit.head].norm.lstrip("وف")
        if hit.tense == "present" or (hit.tense == "fixed" and n[:1] in "نس"):
            return n.startswith(("ن", "سن"))
        return hit.tense == "past" and n.endswith(("نا", "ت")) and hit.key + "نا" == n
    def _sayer(self, si: int, a: int, h: int, c: _Cand) -> list[int]:
        """The subject of the nearest saying verb (قال، أكد، اعتبر...) before token ``h``."""
        for t in range(h - 1, a - 1, -1):
            if self._is(t, "say_verb"):
                found = self._verb_subject(si, t, a, h, c)
                return found[0] if found else []
        return []

    def _main_object(self, si: int, c: _Cand, main: list[int], h: int) -> list[int]:
        """أمهل أردوغان الجيش السوري ... مهددا: the object of the main verb, right after its
        subject, is whom a circumstantial participle (warning, demanding) is aimed at."""
        end = max(self.doc.mentions[m].tokens[1] for m in main)
        for mi in self.by_sentence.get(si, []):
            first = self.doc.mentions[mi].tokens[0]
            if first < end or mi in main:
                continue
            if first >= h or first - end > 1:
                break
            own = {self._country(m) for m in main}
            if self._prep_before(mi) is None and self._usable(mi, c) and self._country(
                mi
            ) not in own:  # الدبلوماسي الأمريكي دينيس روس: the subject's name, not an object
                found = self._group(si, mi, first, h)
                return [m for m in found if m not in main]
            break
        return []

    def _dropped_subject(self, si: int, v: int, h: int, c: _Cand) -> list[int]:
        """The subject of a light verb that opens its sentence with و and takes the event
        noun at ``h`` right after it, with no subject between (قال الوزير التركي إن ... .
        وأعرب عن أمله، وفرضت عقوبات): the previous sentence's main subject."""
        a = self.doc.sentence_tokens[si][0]
        n = self.tokens[v].norm
        if si == 0 or v != a or n[:1] not in "وف" or not all(
            self.tokens[t].norm == "عن" or self.tokens[t].norm in QUOTE_MARKS
            for t in range(v + 1, h)
        ):
            return []
        pa, pb = self.doc.sentence_tokens[si - 1]
        main = self._main_subject(si - 1, pa, pb)
        return main if main and all(self._usable(m, c) for m in main) else []

    def _own_side(self, mi: int, actor_countries: set[str | None]) -> bool:
        """بلاده، حكومتها: the actor's own country named by a pronoun, which is never the one
        the actor acts on (تقدير حكومتها لجهود الجيش)."""
        m = self.doc.mentions[mi]
        return self._country(mi) in actor_countries and (
            m.rule == "own-country" or self._is(m.tokens[0], "country_pronoun")
        )

    def _speech_participle(self, h: int, a: int) -> int | None:
        """The saying participle that opens the clause of a noun at ``h`` (، مؤكدا العزم على،
        مشددة على ضرورة الحوار), or None."""
        for t in range(h - 1, max(a, h - 3) - 1, -1):
            if self._is(t, "speech_hal") and (t == a or self._is_break(t - 1)):
                return t
        return None

    def _main_subject(self, si: int, a: int, h: int) -> list[int]:
        """The first subject-like mention of the sentence before ``h`` (the main clause)."""
        for mi in self.by_sentence.get(si, []):
            m = self.doc.mentions[mi]
            if m.tokens[0] >= h:
                break
            if self._prep_before(mi) is None:
                group = self._group(si, mi, a, h)
                # على الشرطة والجيش: a conjunct of a preposition's object is no subject
                if any(self._prep_before(g) is not None for g in group):
                    continue
                return group
        return []

    def _own_subject(self, c: _Cand) -> bool:
        """عارضه 48%، أن المقاتلين انسحبوا: a number after the verb, or a plain definite noun
        between أن/إن and the verb, is the verb's subject (and no actor)."""
        h = c.hit.head
        b = len(self.tokens)
        after = c.hit.end
        if c.hit.tense == "present" and h > 0 and self._describes_noun(h):
            return True  # مشروع قرار يدين: the draft condemns
        if after < b and (any(ch.isdigit() for ch in self.tokens[after].norm)
                          or self.tokens[after].norm in ("%", "٪")):
            return True
        if h >= 2 and self.tokens[h - 2].norm in ("ان", "بان", "وان", "لان"):
            prev = self.tokens[h - 1]
            return prev.kind == "word" and has_article(prev) and not self._mention_at_any(h - 1)
        return False

    def _describes_noun(self, h: int) -> bool:
        """A present verb right after an indefinite noun that names no actor describes it
        (قرار يدين، رسالة تطالب): that noun is its subject."""
        prev = self.tokens[h - 1]
        n = prev.norm
        return (
            prev.kind == "word" and len(n) > 2 and not has_article(prev)
            and self.tokens[h].norm[:1] in "يت"
            and not self._mention_at_any(h - 1)
            and not any(self._is(h - 1, g) for g in DESCRIBE_NOT)
            and n not in PREPOSITIONS and n[:1] not in "وف"
        )

    def _after_casualty(self, mi: int, lo: int) -> bool:
        first = self.doc.mentions[mi].tokens[0]
        return any(self._is(t, "casualty") for t in range(max(lo, first - 3), first))

    def _casualties(self, si: int, c: _Cand, a: int, actors: list[int]) -> list[int]:
        """قياديان حوثيان قتلا بغارة، مقتل جنود أتراك بقصف: the people killed or wounded just
        before the attack word are its target."""
        h = c.hit.head
        window = range(max(a, h - 6), h)
        if not any(self._is(t, "casualty") for t in window):
            return []
        for mi in self.by_sentence.get(si, []):
            m = self.doc.mentions[mi]
            named = m.tokens[0] in window and m.tokens[1] <= h and mi not in actors
            if named and self._prep_before(mi) in (None, "من"):
                c.reasons.append(f"recipient: the casualties named before ({m.text})")
                return self._group(si, mi, window.start, h)
        return []

    def _after_word(self, si: int, word: str, start: int, hi: int) -> list[int]:
        for t in range(start, hi):
            if self.tokens[t].norm == word:
                for mi in self.by_sentence.get(si, []):
                    if self.doc.mentions[mi].tokens[0] in (t + 1, t + 2):
                        return self._group(si, mi, start, hi)
        return []

    def _recipient(self, si: int, c: _Cand, actors: list[int], lo: int, hi: int) -> list[int]:
        start = c.hit.head + 1
        for mi in actors:
            start = max(start, self.doc.mentions[mi].tokens[1])
        if (ACTOR_GAP,) in c.hit.entry.rest:
            start = max(start, c.hit.end)  # تحدث X، مع Y: Y stands after the matched مع
        if c.fold_into:
            start = max(start, c.fold_into[-1].end)
        if c.fold_into or start >= hi:  # the subject stood after a comma: read on from it
            b = self.doc.sentence_tokens[si][1]
            end = start
            while end < b and self.tokens[end].norm not in CLAUSE_PUNCT:
                end += 1
            # a folded verb reads on to the clause's comma, not into the next clause
            hi = end if start >= hi else min(hi, end)
        actor_countries = {self._country(m) for m in actors}
        actor_names = {self.doc.mentions[m].actor.entity_name for m in actors}
        fallback: list[int] = []
        for mi in self.by_sentence.get(si, []):
            m = self.doc.mentions[mi]
            if m.tokens[0] < start or mi in actors:
                continue
            if m.tokens[0] >= hi or m.tokens[0] - start > 8:
                break
            prep = self._prep_before(mi)
            if prep is None and m.actor.entity_name in actor_names:
                # ولي ولي العهد ... وزير الدفاع: the actor's titles; read on from after them
                start = m.tokens[1]
                continue
            if prep in ("في", "من") and (
                self._member_of(m.tokens[0], start)
                or (c.type in PLACE_TARGET and self._held_by(mi, start))
            ):
                prep = "علي"  # عقوبات على مسؤولين في الكرملين: officials of the Kremlin
            if prep in NOT_RECIPIENT_PREP and not (prep == "عن" and c.type in RELIEF):
                continue
            if c.type == "CONSULT" and prep in ("ضد", "علي", "ل", "تجاه", "نحو"):
                continue  # talks with X, not about or against X
            if c.type == "REQUEST" and prep == "مع":
                continue  # دعا في مؤتمر مع نظيره الأطراف إلى: a co-host, not the one called on
            before = m.tokens[0] - 1
            if (
                self._adjective(mi) and prep is None and before >= start
                and self.tokens[before].kind == "word" and self._mention_at(si, before) is None
            ):
                # الملف الليبي: an adjective of a thing; keep it only if no party follows
                fallback = fallback or self._group(si, mi, m.tokens[0], hi)
                continue
            if prep is None and (
                (m.tokens[0] == start and self._country(mi) in actor_countries)
                or self._own_side(mi, actor_countries)
            ):
                continue  # apposition of the actor; تقدير سلطات بلادها ل: the actor's own side
            return self._group(si, mi, m.tokens[0], hi)
        return fallback

    def _onlooker(self, mi: int) -> bool:
        """A person who speaks of acts without a state's or a body's office: an analyst, writer
        or witness (CVL, JRN), or someone no title places."""
        ref = self.doc.mentions[mi].actor
        return ref.kind == "PER" and ref.sector_code in (None, *ONLOOKERS)

    def _fallback_actor(
        self, si: int, c: _Cand, lo: int, h: int, qi: int | None
    ) -> tuple[list[int], str]:
        order = self.by_sentence.get(si, [])
        a = self.doc.sentence_tokens[si][0]
        # nearest subject-like mention before the trigger in the clause, then the sentence
        scopes = [(lo, "nearest subject in the clause"), (a, "nearest subject in the sentence")]
        verbal = c.hit.tense in ("past", "present", "fixed") or "speech" in c.hit.entry.flags
        if verbal and self._own_subject(c):
            c.reasons.append("the verb has its own subject that names no actor")
            return [], ""
        for start, label in scopes:
            if start == a and verbal and self.prev_actor and self.prev_actor_sentence == si:
                return list(self.prev_actor), "subject carried from the previous clause"
            for mi in reversed(order):
                m = self.doc.mentions[mi]
                if m.tokens[1] > h or m.tokens[0] < start or not self._usable(mi, c):
                    continue
                if mi in self.patients or self._after_casualty(mi, start):
                    continue  # قتل ثلاثة جنود في هجوم: the victims, not the attackers
                if verbal and not doers.may_be_subject(self, si, mi, h):
                    continue  # an object or a name deep in a long sentence
                if not verbal and not doers.in_subject_slot(self, si, mi):
                    continue  # إدانة بلاده الهجمات، مبعوث الأمم المتحدة: a genitive, no doer
                if c.type in FORCE and m.actor.sector_code in MONITORS:
                    continue  # وذكر المرصد أن ...: monitors report force, they do not use it
                if self._prep_before(mi) is None:
                    if qi is not None and self._quote_of(si, m.tokens[0]) != qi:
                        continue
                    return self._group(si, mi, start, h), label
            if "weak" in c.hit.entry.flags:
                break
        if qi is not None:
            sp = self._speaker(qi)
            monitor = c.type in FORCE and self.doc.mentions[sp].actor.sector_code in MONITORS \
                if sp is not None else False  # الصليب الأحمر: "بدء تبادل الأسرى" reports it
            if sp is not None and self._onlooker(sp):
                monitor = True  # an analyst or a stranger tells of the shelling, not does it
            if sp is not None and self._usable(sp, c) and not monitor:
                return [sp], "speaker of the quote"
        if verbal and self.prev_actor and self.prev_actor_sentence >= si - 1:
            return list(self.prev_actor), "subject carried from the previous clause/sentence"
        return [], ""

    # ------------------------------------------------------------------ output

    def _finish(
        self, si: int, c: _Cand, a: int, b: int, clause_of: dict[int, int]
    ) -> Event | None:
        weak = "weak" in c.hit.entry.flags and not c.absorbed
        if c.drop:
            c.reasons.append(f"dropped: {c.drop}")
            return None
        if c.embedded and not c.actors:
            c.reasons.append("dropped: event inside an accusation without its own actor")
            return None
        if weak and c.actor_source.startswith(("subject carried", "speaker")):
            c.actors = []
        if weak and c.type == "REQUEST" and not c.absorbed and not c.recipients:
            c.reasons.append("dropped: a weak call word without content or addressee")
            return None
        if (
            c.type in ("AID", "COOPERATE") and not c.recipients
            and c.actor_source.startswith(("nearest subject", "subject carried", "speaker"))
        ):
            c.reasons.append(f"dropped: {c.type} needs a recipient and a named giver")
            return None
        place = c.entered or event_place(self.doc, si, self.tokens[c.hit.head].start)
        if not c.actors and c.synthetic is None:
            country = place.country if place else None
            if country is None and c.type in DOMESTIC_TARGET:
                country = (
                    self._any_place_country(si) or self._locative_adjective(si)
                    or self.doc_country
                )
            domestic = c.type in DOMESTIC_TARGET  # protesters, police: of the country itself
            if c.type in ("ASSAULT", *DOMESTIC_TARGET) and country and (domestic or not weak):
                sector = {"ASSAULT": "UAF", "PROTEST": "CVL", "COERCE": "COP"}[c.type]
                c.synthetic = EventActor("", f"unattributed ({sector})", country, sector,
                                         (0, 0))
                c.reasons.append(f"actor: unattributed {sector} in {country} (place of event)")
                c.actor_source = "unattributed"
                c.confidence -= 0.2
            else:
                c.reasons.append("dropped: no actor found")
                return None
        if c.mode is None:
            c.mode = self._instrument_mode(c, a, b, clause_of)
        if c.mode is None and c.same_as is not None:
            c.mode = c.same_as.mode  # الضربات after ضربات جوية: the same strikes, from the air
        elif c.hit.entry.mode_is_default and c.mode == c.hit.entry.mode:
            # قصف by aircraft or drones is aerial/drone; by anything else keeps its default
            found = self._instrument_mode(c, a, b, clause_of)
            if found in OVERRIDING_MODES:
                c.mode = found
        self._support_or_aid(c, a, b, clause_of)
        self._joint_cooperation(c)
        extra_recipient = None
        if not c.recipients:
            extra_recipient = self._default_recipient(si, c, place, clause_of, b)
        if weak:
            c.confidence -= 0.2
        if c.hit.entry.length > 1:
            c.confidence += 0.1
        if c.actor_source.startswith(("subject carried", "speaker", "nearest subject in the s")):
            c.confidence -= 0.1
        if c.absorbed:
            c.confidence += 0.05
        if c.actors and not c.negated:
            self.prev_actor = list(c.actors)
            self.prev_actor_sentence = si
            self.last_by_type[c.type] = (si, list(c.actors))
            self.last_cand[c.type] = c
            self.last_event = c
        tok_h = self.tokens[c.hit.head]
        tok_e = self.tokens[c.hit.end - 1]
        s, e = self.doc.sentences[si]
        actors = [self._event_actor(m) for m in dict.fromkeys(c.actors)]
        if c.synthetic is not None:
            actors = [c.synthetic]
        return Event(
            event=c.type,
            mode=c.mode,
            actor=actors,
            recipient=[self._event_actor(m) for m in dict.fromkeys(c.recipients)]
            + ([extra_recipient] if extra_recipient else []),
            event_text=self.doc.text[tok_h.start : tok_e.end],
            event_span=(tok_h.start, tok_e.end),
            sentence=si,
            text=self.doc.text[s:e],
            text_span=(s, e),
            negated=c.negated,
            auxiliary=c.auxiliary,
            context=list(self.contexts),
            event_loc=place,
            date=self._date(si, c),
            confidence=round(max(0.05, min(MAX_CONFIDENCE, c.confidence)), 2),
            rule=c.hit.entry.rule,
        )

    def _date(self, si: int, c: _Cand) -> dt.date | None:
        found = self._dates.get(si)
        if found is None:
            found = self._dates[si] = sentence_date(self.doc, si)
        c.reasons.append(f"date {found[0]}: {found[1]}")
        return found[0]

    def _support_or_aid(self, c: _Cand, a: int, b: int, clause_of: dict[int, int]) -> None:
        """دعم is AID when it goes to an armed party or is military/financial, else SUPPORT."""
        if c.type != "SUPPORT" or c.hit.entry.head != "دعم":
            return
        armed = any(
            self.doc.mentions[r].actor.sector_code in ARMED for r in c.recipients + c.actors
        )
        material = any(
            self._is(t, "material_aid") for t in range(a, b) if clause_of[t] == c.clause
        )
        if armed or material:
            c.type, c.mode = "AID", None
            c.reasons.append("support to an armed party or in arms/money → AID")

    def _joint_cooperation(self, c: _Cand) -> None:
        """Forces of two states drilling or deploying together cooperate (MOBILIZE → COOPERATE),
        and COOPERATE needs a recipient: the partners of the first named party."""
        countries = list(dict.fromkeys(self._country(m) for m in c.actors))
        if c.type == "MOBILIZE" and len(countries) > 1:
            c.type, c.mode = "COOPERATE", None
            c.reasons.append("forces of several states together → COOPERATE")
        if c.type == "COOPERATE" and not c.recipients and len(countries) > 1:
            first = countries[0]
            c.recipients = [m for m in c.actors if self._country(m) != first]
            c.actors = [m for m in c.actors if self._country(m) == first]
            c.reasons.append("partners of the first party as recipients")

    def _default_recipient(
        self, si: int, c: _Cand, place: Place | None, clause_of: dict[int, int], b: int
    ) -> EventActor | None:
        """The unnamed target: the place attacked or raided (its country), or for a protest
        or arrest with no target named, the country where it happens."""
        if c.type in ("ACCUSE", "COERCE", "SANCTION") and self._counted_people(c, b, clause_of):
            country = (self._country(c.actors[0]) if c.actors else None) or (
                place.country if place else self.doc_country
            )
            if country:
                c.reasons.append(f"recipient: the people counted after it → {country} CVL")
                return EventActor("", f"{country} civilians", country, "CVL", (0, 0))
        if c.type == "ASSAULT" and self._civilian_casualties(c, si):
            country = place.country if place else self.doc_country
            if country:
                c.reasons.append(f"recipient: civilians killed or wounded → {country} CVL")
                return EventActor("", f"{country} civilians", country, "CVL", (0, 0))
        if c.type in PLACE_TARGET:
            h = self.tokens[c.hit.head].start
            end = max(
                (self.tokens[t].end for t in range(c.hit.head, b) if clause_of[t] == c.clause),
                default=h,
            )
            for p in self.doc.places:
                if (
                    p.sentence == si and h < p.span[0] < end
                    and not self._place_after(p, ("من", "عن"))
                ):
                    c.reasons.append(f"recipient: the country of the place targeted, {p.name}")
                    return EventActor(p.raw_text, p.name, p.country, None, p.span)
        if c.type not in PLACE_TARGET | DOMESTIC_TARGET | {"MOBILIZE"} and (
            c.type != "CONSULT" or c.mode == "visit"
        ):
            dest = self._destination(si, c, clause_of, b)
            if dest is not None:
                return dest
        parties = any(self._is(t, "warring_parties")
                      for t in range(c.hit.end, min(b, c.hit.end + 3)))
        if c.type == "REQUEST" and (set(c.absorbed + c.complements) & PEACE_CONTENT or parties):
            # a call for a ceasefire or a release, or one addressed to "the parties", is aimed
            # at the warring parties of the country where the conflict is (GUIDE rule 10)
            actor_countries = {self._country(m) for m in c.actors}
            if c.synthetic is not None:
                actor_countries.add(c.synthetic.country)
            for p in self.doc.places:
                if (
                    p.sentence == si and p.feature == "country" and p.locative
                    and p.country not in actor_countries
                ):
                    c.reasons.append(f"recipient: the parties of the conflict in {p.name}")
                    return EventActor(p.raw_text, p.name, p.country, None, p.span)
        if c.type == "REJECT" and self._veto(c) and self._un_context(si):
            # a veto against a UN draft is cast in the Security Council: it is what is rejected
            c.reasons.append("recipient: a veto in a UN vote goes against the Security Council")
            return EventActor("", "United Nations Security Council", "UNO", "IGO", (0, 0))
        if c.type in DOMESTIC_TARGET:
            country = place.country if place else None
            if country is None and c.type == "COERCE":
                country = self._any_place_country(si) or self.doc_country
            if country is None and c.actors:
                country = self._country(c.actors[0])
            if country is None and c.synthetic is not None:
                country = c.synthetic.country
            if country:
                sector = "GOV" if c.type == "PROTEST" else "CVL"
                c.reasons.append(f"recipient: domestic {c.type.lower()} → {country} {sector}")
                return EventActor("", f"{country} ({sector})", country, sector, (0, 0))
        return None

    def _counted_people(self, c: _Cand, b: int, clause_of: dict[int, int]) -> bool:
        """وجه القاضي الاتهام إلى 29 شخصا، اعتقلت الشرطة عشرة ناشطين: a number of people
        (persons, activists, protesters) right after the act is its target."""
        for t in range(c.hit.end, min(b - 1, c.hit.end + 4)):
            if clause_of[t] != c.clause:
                return False
            counted = any(ch.isdigit() for ch in self.tokens[t].norm) or self._is(t, "quantity")
            aimed = t == c.hit.end or self.tokens[t - 1].norm in ("الي", "ضد", "بحق", "علي")
            if counted and aimed and (self._is(t + 1, "person_noun") or (
                t + 2 < b and self._is(t + 2, "person_noun")
            )):
                return True
        return False

    def _civilian_casualties(self, c: _Cand, si: int) -> bool:
        """مقتل 12 مدنيا بغارة، غارات تسببت بمقتل مدنيين: civilians named killed or wounded
        next to the attack word (a casualty word, then civilians within three words)."""
        a, b = self.doc.sentence_tokens[si]
        lo = c.hit.head
        while lo > max(a, c.hit.head - 6) and not self._is_break(lo - 1):
            lo -= 1
        hi = c.hit.end
        while hi < min(b, c.hit.end + 6) and not self._is_break(hi):
            hi += 1
        for t in range(lo, hi):
            if self._is(t, "casualty") and any(
                self._is(x, "civilian") for x in range(t + 1, min(b, t + 4))
            ):
                return True
        return False

    def _un_context(self, si: int) -> bool:
        """A UN body named in this or the previous sentence, or a draft resolution voted on
        here (a veto can also be a president's or a faction's)."""
        named = (m for s in (si - 1, si) for m in self.by_sentence.get(s, []))
        if any(self._country(m) == "UNO" for m in named):
            return True
        a, b = self.doc.sentence_tokens[si]
        return any(  # مشروع القرار (a resolution), not مشروع قانون (a bill)
            self._is(t, "draft") and self.tokens[t + 1].norm in ("قرار", "القرار")
            for t in range(a, b - 1)
        )

    def _veto(self, c: _Cand) -> bool:
        words = {c.hit.entry.head, *(w for alts in c.hit.entry.rest for w in alts)}
        return bool(words & VETO)

    def _member_of(self, first: int, start: int) -> bool:
        """A mention after في/من that names whom the people just targeted belong to: a
        recipient preposition two or three words before it (على مسؤولين كبار في X)."""
        for t in range(first - 2, max(start, first - 5) - 1, -1):
            if self._punct(t):
                return False
            if self.tokens[t].norm in ("علي", "ضد", "بحق"):
                return not any(self._mention_at_any(x) for x in range(t + 1, first - 1))
        return False

    def _held_by(self, mi: int, start: int) -> bool:
        """قصفت مواقع للواء 45 في الحشد الشعبي: a group (not a place) named just after a
        position or base that the attack hit is the one that holds it."""
        m = self.doc.mentions[mi]
        if m.actor.kind == "GPE":
            return False  # مواقع في سوريا: where, not whose
        first = m.tokens[0]
        for t in range(first - 2, max(start, first - 5) - 1, -1):
            if self._punct(t) or self._mention_at_any(t):
                return False
            if self._is(t, "held_target"):
                return True
        return False

    def _destination(
        self, si: int, c: _Cand, clause_of: dict[int, int], b: int
    ) -> EventActor | None:
        """A country named as a place after إلى/على/ضد/مع in the trigger's clause (مساعدات إلى
        اليمن، عقوبات على إيران): that state receives the act."""
        for t in range(c.hit.end, min(b, c.hit.end + 8)):
            if clause_of[t] != c.clause:
                break
            if self.tokens[t].norm not in DESTINATION_PREP or t + 1 >= b:
                continue
            nxt = self.tokens[t + 1]
            for p in self.doc.places:
                if p.sentence == si and p.feature == "country" and nxt.start <= p.span[0] < nxt.end:
                    c.reasons.append(f"recipient: the state named after {self.tokens[t].norm!r}")
                    return EventActor(p.raw_text, p.name, p.country, None, p.span)
        return None

    def _origin_place(self, si: int, c: _Cand) -> Place | None:
        e = c.hit.end
        b = self.doc.sentence_tokens[si][1]
        for t in range(e, min(b, e + 3)):
            if self._punct(t):
                return None
            if self.tokens[t].norm == "من" and t + 1 < b:
                nxt = self.tokens[t + 1]
                for p in self.doc.places:
                    if p.sentence == si and nxt.start <= p.span[0] < nxt.end + 1:
                        return p
                return None
        return None

    def _in_name(self, tok: int) -> bool:
        """Whether token ``tok`` is inside a multi-word actor name (not its first word)."""
        si = self.doc.sentence_of(self.tokens[tok].start)
        for mi in self.by_sentence.get(si, ()):
            first, end = self.doc.mentions[mi].tokens
            if first < tok < end or (
                first == tok < end - 1 and self.doc.mentions[mi].actor.kind == "PER"
            ):
                return True  # مجلس التعاون; صادق لاريجاني (a person's name)
        return False

    def _in_place(self, pos: int) -> bool:
        return any(p.span[0] <= pos < p.span[1] for p in self.doc.places)

    def _place_after(self, p: Place, words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` stands right before place ``p`` (من إيران: an origin)."""
        i = next((t for t, tok in enumerate(self.tokens) if tok.start <= p.span[0] < tok.end), -1)
        return i > 0 and self.tokens[i - 1].norm in words

    def _locative_adjective(self, si: int) -> str | None:
        """في مدن جزائرية: the country of a nationality adjective inside a في phrase."""
        for mi in self.by_sentence.get(si, []):
            first = self.doc.mentions[mi].tokens[0]
            if self._adjective(mi) and first >= 2 and self.tokens[first - 2].norm == "في":
                return self._country(mi)
        return None

    def _any_place_country(self, si: int) -> str | None:
        for p in self.doc.places:
            if p.sentence == si and p.country:
                return p.country
        return None

    def _event_actor(self, mi: int) -> EventActor:
        m: Mention = self.doc.mentions[mi]
        return EventActor(
            raw_text=m.text,
            entity_name=m.actor.entity_name,
            country=m.actor.country,
            sector_code=m.actor.sector_code,
            span=m.span,
            wikidata_id=m.actor.wikidata_id,
        )

    def _instrument_mode(
        self, c: _Cand, a: int, b: int, clause_of: dict[int, int]
    ) -> str | None:
        if c.type not in ("ASSAULT", "MOBILIZE"):
            return None
        span = [t for t in range(a, b) if clause_of[t] == c.clause]
        keys = {k for t in span for k in self._keys(t)}
        for etype, mode, words in self.cues.instruments:
            if etype == c.type and keys & words:
                c.reasons.append(f"mode {mode} from an instrument word in the clause")
                return mode
        return None

    def _dedupe(
        self, si: int, events: list[tuple[_Cand, Event]], a: int, b: int,
        clause_of: dict[int, int],
    ) -> list[Event]:
        kept: list[tuple[_Cand, Event]] = []
        for c, ev in events:
            countries = {x.country for x in ev.actor}
            dup = None
            guessed = c.actor_source.startswith(("nearest subject", "subject carried", "speaker"))
            for kc, kev in kept:
                if kev.event != ev.event or kev.negated != ev.negated:
                    continue
                other = {x.country for x in kev.actor}
                if c.actor_source == "participants after بين" and countries != other:
                    continue  # تجدد الاشتباك بين X و Y: its own clash, its own parties
                if c.actor_source == "attacker of a repelled attack" and not (
                    {x.entity_name for x in ev.actor} & {x.entity_name for x in kev.actor}
                ):
                    continue  # تصدوا لغارات سلاح الجو: not the clashes of the clause before
                if guessed or c.actor_source == "unattributed" or countries & other:
                    dup = (kc, kev)
                    break
            if dup is None:
                kept.append((c, ev))
                continue
            kev = dup[1]
            def same(r: EventActor) -> tuple[str | None, ...]:
                # unnamed parties (civilians, a state's people) are one by country and sector
                if r.span == (0, 0):
                    return (r.country, r.sector_code)
                return (r.entity_name, str(r.span))

            have = {same(r) for r in kev.recipient}
            have |= {same(x) for x in kev.actor}  # not its own doers
            kev.recipient.extend(r for r in ev.recipient if same(r) not in have)
            kev.confidence = max(kev.confidence, ev.confidence)
            if kev.mode is None and ev.mode is not None:
                kev.mode = ev.mode  # بحث ... في اتصال هاتفي: the call says how they met
        # two events of one type by different actors: each gets its own clause
        types = Counter(ev.event for _, ev in kept)
        for c, ev in kept:
            if types[ev.event] > 1:
                span = [t for t in range(a, b) if clause_of[t] == c.clause]
                if span:
                    s = self.tokens[span[0]].start
                    e = self.tokens[span[-1]].end
                    ev.text, ev.text_span = self.doc.text[s:e], (s, e)
        return [ev for _, ev in kept]


def code_events(doc: Doc) -> None:
    """Fill ``doc.events`` from its tokens, mentions, quotes and places (the last stage)."""
    coder = _Coder(doc)
    events: list[Event] = []
    for si in range(len(doc.sentence_tokens)):
        events.extend(coder.sentence(si))
    for ev in events:
        ev.actor = _one_each(ev.actor)
        ev.recipient = _one_each(ev.recipient)
    doc.events = events


def _one_each(parties: list[EventActor]) -> list[EventActor]:
    """Each party once, at its first mention: two mentions of one actor in a clause (الحوثيين
    ... المسلحين الحوثيين) are one party to the event, not two."""
    first: dict[tuple[str, str | None, str | None], EventActor] = {}
    for p in parties:
        who = (p.entity_name, p.country, p.sector_code)
        kept = first.get(who)
        if kept is None or (p.span != (0, 0) and (kept.span == (0, 0) or p.span < kept.span)):
            first[who] = p
    return list(first.values())


def trace_records(doc: Doc) -> list[TraceRecord]:
    """Code every sentence of ``doc`` again and return what became of each trigger, in text
    order (``doc.events`` is left as it is)."""
    coder = _Coder(doc, {})
    for si in range(len(doc.sentence_tokens)):
        coder.sentence(si)
    return coder.records


def explain(doc: Doc, sentence_index: int) -> list[str]:
    """Why each event of one sentence came out as it did: one line per trigger found, with
    the event type/mode, trigger text, lexicon rule, how actor and recipient were chosen,
    negation/future/conditional cues and confidence, or "(no event)" and the reason it was
    dropped, absorbed or merged. ``doc.events`` is left as it is."""
    trace: dict[int, list[str]] = {}
    coder = _Coder(doc, trace)
    for si in range(min(sentence_index + 1, len(doc.sentence_tokens))):
        coder.sentence(si)
    return trace.get(sentence_index, [])

