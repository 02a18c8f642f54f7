"""Reported speech: find cue words, their speakers and the words reported.

Patterns handled, per sentence:
- verb-first: ``قال وزير الخارجية ... إن ...`` (speaker after the cue, words after إن/أن, a
  colon or a semicolon, or in quotation marks);
- subject-first: ``واشنطن كانت أكدت أنها ...`` (speaker just before the cue);
- omitted subject: ``وأكد أن ...`` and participles ``مضيفا أن`` take the last speaker;
- attribution after the words: ``...، بحسب المتحدث`` (``according`` cues);
- calls and demands with their preposition: ``طالب X بـ``، ``دعا X الحكومة إلى``;
- verbs of considering with an object pronoun: ``التي تصنفها العاصمة "منظمة إرهابية"``.

Cue words that report nobody's words are left out: a relative clause about a thing (الأنباء
التي تقول), a present verb describing a noun (لافتات تندد), the first and second person,
verbal nouns (عدم ذكر اسمه).
"""

from __future__ import annotations

from functools import cache

from marsad.model import Doc, Mention, Quote, Span
from marsad.quotes.cues import Cue, cue_lexicon
from marsad.text.normalize import norm
from marsad.text.sentences import is_link_line
from marsad.text.tokens import Token, canonical, proclitic_readings

_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم")
# أن/إن after normalisation, bare or with a pronoun (أنها، إنهم) and clitics (بأن، وأنه)
_COMPLEMENTISERS = {c + "ان" + p for c in ("", "ب", "و", "ف", "وب") for p in _PRONOUNS}
_OPEN_QUOTES = {"“": "”", "«": "»", '"': '"', "„": "”"}
_SPEAKER_WINDOW = 9  # tokens between a cue and its speaker (titles, adverbs, quote marks)
_INTRO_WINDOW = 14  # tokens between a cue and the أن/colon that opens the reported words
_ADDRESSEE_CLITICS = ("ل", "ب")  # لوكالة، بالرئيس: the hearer, not the speaker
_QUOTE_MARKS = {"“", "”", "«", "»", '"', "„", "(", ")"}
# A particle carrying a subject pronoun just before a cue (لكنها أكدت، وأنه أبلغ): the cue's
# subject is that pronoun, so a name after the cue is its object, not its speaker.
_PRONOUN_PARTICLES = {
    c + base + p
    for c in ("", "و", "ف", "ب", "ل")
    for base in ("ان", "لكن")
    for p in ("ه", "ها", "هم", "هما", "هن")
}
# Cues whose object is an actor and part of what is reported (اتهم الوزير إيران بـ...); after
# any other cue an actor right after the speaker is no reported speech (ذكّر بومبيو لافروف بـ).
_ACTOR_OBJECT_CUES = {
    "اتهم",
    "حذر",
    "هدد",
    "أبلغ",
    "طمأن",
    "وعد",
    "أدان",
    "ندد",
    "وصف",
    "طالب",
    "دعا",
    "ناشد",
    "أمهل",
    "شكر",
}
# Relative pronouns: a cue after one is inside a clause describing the noun before.
_RELATIVES = {
    w + r
    for w in ("", "و")
    for r in ("الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللاتي", "اللواتي")
}
# Words after which a past form reads as a verbal noun (عدم ذكر اسمه، تم نقل خطابه).
_BEFORE_VERBAL_NOUN = {"عدم", "تم", "يتم", "سيتم", "وتم", "ويتم", "جري", "يجري"}
# Words after which a verb cannot stand (بعد + present, أكثر + noun): a cue form there is a
# noun (بعد تبلّغ اللاجئين أن، الاسم الأكثر ذكرا).
_BEFORE_NOUN_ONLY = {"بعد", "قبل", "اثر", "عقب", "رغم", "اكثر", "الاكثر", "اقل", "الاقل"}
# A cue followed by this preposition has another sense: شدد من إجراءاته (tightened them).
_OTHER_SENSE = {"شدد": "من"}
# What one tightens (شددت الشرطة صباح أمس من إجراءاتها، شدد الجيش قبضته): nouns of measures,
# grip, control and siege, as stems; شدد with one of them after من has that other sense.
_TIGHTENED = ("اجراء", "قبض", "رقاب", "حراس", "تدابير", "حصار", "قيود", "عقوب")
# Particles of negation before a verb (ولم يؤكد الجيش، لم توضح الرئاسة): nothing was said.
_NEGATIONS = {"لم", "ولم", "فلم", "لن", "ولن", "فلن"}
# Words after أبلغ/يبلغ in its sense "reach, amount to" (يبلغ من العمر 10 سنوات، تبلغ نحو).
_REACH_NEXT = {"من", "نحو", "حوالي", "قرابه", "زهاء", "عدد", "عدده", "عددهم", "قيمه", "مجموع"}
# Words opening a clause about the speaker (قال فلان، الذي يعد ...، وهو ...).
_DESCRIBERS = _RELATIVES | {"وهو", "وهي", "وهم"}
# A preposition with a pronoun right after a relative clause's verb takes up the noun before
# (المشاريع التي وعدت بها، اللتين يشير إليهما): that noun is no subject.
_RESUMPTIVES = {
    p + pron
    for p in ("ب", "ل", "عن", "الي", "علي", "في", "من")
    for pron in ("ه", "ها", "هما", "هم", "هن")
} | {"اليه", "اليها", "اليهما", "اليهم", "عليه", "عليها", "عليهم"}
# ما "what" and its clitic forms: a cue after it opens a clause about a thing (مما أشار إلى).
_WHAT = {"ما", "مما", "وما", "فما"}
# Nouns opening with ب that stand as subjects, not ب + noun (وطالب بعض الأهالي، كما تقول بعثة).
_B_SUBJECTS = {"بعض", "بعثه", "بعثات", "بقيه", "باقي"}
# Demonstratives before a noun that is the subject of the verb after it (هذه القيادات أكدت).
_DEMONSTRATIVES = {"هذا", "هذه", "هؤلاء", "ذلك", "تلك", "وهذا", "وهذه"}
# كان before a subject and its verb (كانت الوزيرة أكدت).
_WAS = {"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"}
# Second person pronouns: a cue near them speaks to a reader or hearer (أنت حين تقول).
_YOU = {"انت", "انتم", "انتما", "انتن", "وانت", "فانت", "انك", "انكم", "لانك", "ولانك"}
# Particles of the future and negation before a present verb (سوف يعلن، لن يقبل).
_FUTURE_PARTICLES = {"سوف", "لن", "لم", "ولن", "ولم"}
# Words between a cue and the preposition it needs: an actor, then its other object.
_OBJECT_WINDOW = 4
# Events one is invited to (دعا الوزير نظيره إلى زيارة، للمشاركة في القمة): no call.
_EVENT_NOUNS = {
    canonical(norm(w))
    for w in (
        "اجتماع",
        "قمة",
        "زيارة",
        "مؤتمر",
        "لقاء",
        "حفل",
        "مأدبة",
        "حضور",
        "مشاركة",
        "المشاركة",
        "الاجتماع",
        "القمة",
        "المؤتمر",
        "اللقاء",
        "الحفل",
    )
}
# Words that open with ل or ب without being the preposition that a cue needs.
_NOT_PREPOSITION = {"لكن", "لم", "لن", "لا", "لدي", "لقد", "بل", "بعد", "بين"}
# Words after which a bare past form stands as a verb, not as a noun (طالب "student").
_VERB_SLOT = {
    "قد",
    "كما",
    "فيما",
    "بينما",
    "كان",
    "كانت",
    "ثم",
    "لكن",
    "ولكن",
    "كذلك",
    "حين",
    "عندما",
    "بعدما",
    "ما",
    "الذي",
    "التي",
    "الذين",
}
# ``يذكر أن`` (passive, "it is worth noting") opens the writer's own background.
_IMPERSONAL = {"يذكر", "ويذكر"}
# Prepositions: an actor right after one is an object, never the subject of the next verb.
_PREPOSITIONS = {"من", "في", "الي", "علي", "عن", "مع", "ضد", "لدي", "حول", "نحو", "بين"}
# Prepositions after a definite attribute of the subject (المقرب من، المسؤول عن، المنشق عن).
_ATTRIBUTE_PREPOSITIONS = {"من", "عن", "مع", "ضد", "الي", "علي", "نحو"}
# Nouns for an unnamed source (مصدر في الجيش، صحافي في وكالة ...): the organisation named
# after في/من speaks through them.
_SOURCE_NOUNS = {
    "مصدر",
    "مصدرا",
    "مصادر",
    "مسؤول",
    "مسؤولا",
    "مسئول",
    "مسؤولون",
    "مسؤولين",
    "مسئولون",
    "صحافي",
    "صحفي",
    "مراسل",
    "عضو",
    "قيادي",
    "متحدث",
    "ناطق",
    "ضابط",
    "دبلوماسي",
}
# After a comma these open the narrator's own clause, which ends the reported words.
_CLAUSE_OPENERS = {"فيما", "بينما", "وذلك", "وسط"}
# Words naming a statement: ``وأوضح البيان`` continues the speaker of a statement cited before.
_STATEMENT_WORDS = {"بيان", "البيان", "بيانا", "بيانه", "بيانها", "تصريح", "التصريح"}
# Words that may follow a cue verb without being its subject: prepositions, time words,
# particles. Any other word there starts a speaker that the knowledge base does not know.
_NOT_SUBJECT = {
    "في",
    "خلال",
    "الي",
    "علي",
    "عن",
    "من",
    "عبر",
    "امام",
    "بعد",
    "قبل",
    "اثناء",
    "عقب",
    "اليوم",
    "امس",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "صباح",
    "مساء",
    "يوم",
    "ايضا",
    "كذلك",
    "قد",
    "كان",
    "كانت",
    "بدوره",
    "بدورها",
    "حينها",
    "لاحقا",
    "مجددا",
    "مرارا",
    "سابقا",
    "اليها",
    "اليه",
    "فيه",
    "فيها",
    "انه",
    "انها",
    "لدي",  # قال لدى وصوله: the subject is omitted
}


@cache
def _title_words() -> frozenset[str]:
    """Words of person titles (وزير، الخارجية، المتحدث، باسم ...), as lexicon keys."""
    from marsad.actors import kb

    keys = [*kb.titles(), *kb.heads()]
    return frozenset(canonical(w) for key in keys for w in key.split())


def _may_precede_speaker(token: Token) -> bool:
    """Title words, definite attributes and quote marks may stand between cue and speaker."""
    return (
        token.norm in _QUOTE_MARKS
        or canonical(token.norm) in _title_words()
        or token.norm in _NOT_SUBJECT  # وأعلن أمس الجيش، أعلن فيه الاتحاد
        or (token.kind == "word" and token.norm.startswith("ال") and token.norm not in _NOT_SUBJECT)
    )


def _cue_at(token: Token) -> Cue | None:
    cue, _ = _cue_reading(token)
    return cue


def _cue_reading(token: Token) -> tuple[Cue | None, str]:
    """The cue of a word and the proclitics read before it (وطالب → طالب, "و")."""
    if token.kind != "word":
        return None, ""
    lexicon = cue_lexicon()
    for clitics, rest in proclitic_readings(token.norm):
        cue = lexicon.get(rest)
        if cue is not None and not (cue.pos == "verb" and ("ك" in clitics or "ب" in clitics)):
            return cue, clitics  # a verb takes no ك/ب: كيري is a name, not ك + يرى
    return None, ""


def _has_addressee_clitic(doc: Doc, mention: Mention) -> bool:
    token = doc.tokens[mention.tokens[0]]
    if mention.span[0] <= token.start:
        return False
    prefix = doc.text[token.start : mention.span[0]]
    return any(c in prefix for c in _ADDRESSEE_CLITICS)


class _SentenceQuotes:
    """Finds the quotes of one sentence; keeps the last speaker across sentences."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.last_speaker = -1
        self.statement_speaker = -1  # the last speaker cited from a statement (في بيان)
        self.unnamed_sent = -1  # the last sentence where a cue had a speaker we cannot name
        self.sent = 0  # the sentence being read
        self.mention_at: dict[int, int] = {}
        for idx, m in enumerate(doc.mentions):
            for t in range(m.tokens[0], m.tokens[1]):
                self.mention_at.setdefault(t, idx)

    def speaker_after(self, cue_tok: int, end_tok: int) -> int:
        """The mention that follows the cue as its subject, or -1.

        Title words and quote marks may come between (قال وزير الخارجية “فلان”); with a title
        + organisation + name (المتحدث باسم الكرملين ديمتري بيسكوف) the person is the speaker.
        """
        doc = self.doc
        found = -1
        commas = 0
        plain = False  # the cue's subject is a definite noun that is no title: الدستور اللبناني
        host = False  # inside ``لدى X`` after the sending state of an ambassador
        t = cue_tok + 1
        while t < min(end_tok, cue_tok + 1 + _SPEAKER_WINDOW):
            tok = doc.tokens[t]
            idx = self.mention_at.get(t, -1)
            if idx < 0:
                if found < 0 and tok.norm in ("،", ",") and commas == 0 and t > cue_tok + 1:
                    commas += 1  # الرئيس الأمريكي، دونالد ترامب
                    t += 1
                    continue
                if found >= 0 and tok.norm == "لدي" and not host:
                    host = True  # سفير المغرب لدى فرنسا كريم العلوي: the host country
                    t += 1
                    continue
                if found >= 0 or not _may_precede_speaker(tok):
                    break
                # the head noun itself: الدستور اللبناني، not وزير النقل اليمني
                plain = plain or (
                    t == cue_tok + 1
                    and tok.norm not in _NOT_SUBJECT
                    and tok.norm not in _QUOTE_MARKS
                    and canonical(tok.norm) not in _title_words()
                )
                t += 1
                continue
            mention = doc.mentions[idx]
            if found < 0:
                if mention.tokens[0] != t or _has_addressee_clitic(doc, mention):
                    return -1
                if plain and mention.rule == "nationality-adj":
                    return -1
                if self._complement_of_attribute(mention):
                    return -1  # مدير المرصد المقرب من المعارضة: close to it, not it
                found = idx
            elif mention.actor.kind == "PER" and doc.mentions[found].actor.kind != "PER":
                return idx
            elif host and mention.tokens[0] == t and mention.actor.kind != "PER":
                host = False  # skip the host; a person may follow
            else:
                break
            t = mention.tokens[1]
        return found

    def _complement_of_attribute(self, mention: Mention) -> bool:
        """Whether the mention follows a definite attribute and its preposition (المقرب من،
        المسؤول عن): the attribute describes the subject before. Not في, which names where
        the subject works (المسؤول الكبير في الخارجية)."""
        first = mention.tokens[0]
        if first < 2 or self.doc.tokens[first - 1].norm not in _ATTRIBUTE_PREPOSITIONS:
            return False
        attribute = self.doc.tokens[first - 2]
        return (
            attribute.kind == "word"
            and attribute.norm.startswith("ال")
            and self.mention_at.get(first - 2, -1) < 0
            and canonical(attribute.norm) not in _title_words()
        )

    def unknown_subject(self, cue_tok: int, end_tok: int) -> bool:
        """Whether a word that the knowledge base does not know stands as the cue's subject."""
        t = cue_tok + 1
        if t >= end_tok:
            return False
        tok = self.doc.tokens[t]
        if tok.kind != "word" or tok.norm in _COMPLEMENTISERS or tok.norm in _NOT_SUBJECT:
            return False
        return (
            not tok.norm.startswith(("ل", "ب"))
            or tok.norm in _B_SUBJECTS
            or (tok.forms[0] == tok.norm and len(tok.forms) == 1)
        )

    def speaker_before(self, cue_tok: int, start_tok: int) -> int:
        """A subject just before the cue: الحكومة أعلنت، واشنطن كانت أكدت، بوتين، قال.

        A nationality adjective is never the subject, and across a comma only a person is,
        and only when the cue is not coordinated (``، وأعرب`` continues the main subject).
        """
        doc = self.doc
        coordinated = (
            doc.tokens[cue_tok].norm[0] in ("و", "ف") and len(doc.tokens[cue_tok].forms) > 1
        )
        comma = False
        for t in range(cue_tok - 1, max(start_tok, cue_tok - 4) - 1, -1):
            idx = self.mention_at.get(t, -1)
            if idx >= 0:
                mention = doc.mentions[idx]
                if mention.rule == "nationality-adj" or _has_addressee_clitic(doc, mention):
                    return -1
                if self._after_preposition(mention) and not self._source_of(mention):
                    return -1  # أوامر من طهران ويقولون: طهران is no subject
                if comma and (coordinated or mention.actor.kind != "PER"):
                    return -1
                return idx
            tok = doc.tokens[t]
            if tok.norm in ("،", ",") and not comma:
                comma = True
                continue
            if tok.kind == "punct":
                return -1
        return -1

    def _source_of(self, mention: Mention) -> bool:
        """Whether an unnamed source stands before the mention: مصدرا في الشرطة قال."""
        first = mention.tokens[0]
        return first > 1 and self.doc.tokens[first - 2].norm in _SOURCE_NOUNS

    def _after_preposition(self, mention: Mention) -> bool:
        first = mention.tokens[0]
        return first > 0 and self.doc.tokens[first - 1].norm in _PREPOSITIONS

    def anaphor(self, cue_tok: int, end_tok: int) -> int:
        """A short definite name after the cue that takes up an actor named before.

        ``وقالت الوزارة`` after ``وزارة الدفاع``, ``وقال التلفزيون`` after ``التلفزيون الرسمي``:
        the word is the head of an earlier, longer mention. ``البيان`` is the statement
        of the last speaker whose words were cited from a statement.
        """
        doc = self.doc
        t = cue_tok + 1
        if t >= end_tok or doc.tokens[t].kind != "word" or not doc.tokens[t].norm.startswith("ال"):
            return -1
        word = doc.tokens[t].norm
        if word in _STATEMENT_WORDS:
            return self.statement_speaker
        head = canonical(word)
        for idx in range(len(doc.mentions) - 1, -1, -1):
            m = doc.mentions[idx]
            if m.tokens[0] >= cue_tok or m.tokens[1] - m.tokens[0] < 2:
                continue
            if canonical(doc.tokens[m.tokens[0]].norm) == head:
                return idx
        return -1

    def unnamed_source(self, cue_tok: int, end_tok: int) -> int:
        """``قال مصدر في الجيش``, ``صحافي في وكالة X``: the organisation after في/من/ب."""
        doc = self.doc
        t = cue_tok + 1
        if t >= end_tok or self.mention_at.get(t, -1) >= 0:
            return -1
        if doc.tokens[t].norm not in _SOURCE_NOUNS:
            return -1
        for u in range(t + 1, min(end_tok, t + 4)):
            tok = doc.tokens[u]
            idx = self.mention_at.get(u, -1)
            if idx >= 0:
                m = doc.mentions[idx]
                prefix = doc.text[tok.start : m.span[0]]
                # مصدر بالدفاع المدني; not ل: مصدر محلي لوكالة الأنباء is the agency spoken to
                by_clitic = m.tokens[0] == u and prefix == "ب"
                after_prep = doc.tokens[u - 1].norm in ("في", "من", "داخل")
                if m.tokens[0] == u and (by_clitic or after_prep) and m.actor.kind != "PER":
                    return idx
                return -1
            if tok.kind == "punct" or tok.norm in _COMPLEMENTISERS:
                return -1
        return -1

    def embedded_speaker(self, t: int, cue: Cue, first: int, limit: int) -> tuple[int, int] | None:
        """The speaker of a cue inside a relative clause, or None for a cue that heads its own.

        After الذي/التي the subject is named after the verb (التي أكد المصدر أنها) or is the
        actor just before the pronoun (بوتين، الذي أعلن); a thing there (الاتهامات التي تقول،
        الدين الذي يدعو) speaks for nobody. A present verb right after a plain noun opens a
        clause describing it (لافتات تندد بـ، قرار يدعو إلى): only a subject after it speaks.
        """
        doc = self.doc
        if t <= first:
            return None
        prev = doc.tokens[t - 1]
        relative = prev.norm in _RELATIVES
        _, clitics = _cue_reading(doc.tokens[t])
        prev_mention = self.mention_at.get(t - 1, -1)
        describing = (
            cue.present
            and not clitics
            and prev.kind == "word"
            and (prev_mention < 0 or self._plain_noun(self.doc.mentions[prev_mention]))
            and prev.norm not in _VERB_SLOT
            and prev.norm not in _PRONOUN_PARTICLES
            and prev.norm not in _COMPLEMENTISERS
            and prev.norm not in _NOT_SUBJECT
            and prev.norm not in _FUTURE_PARTICLES
        )
        if not relative and not describing:
            return None
        speaker = self.speaker_after(t, limit)
        if speaker >= 0:
            return speaker, doc.mentions[speaker].tokens[1]
        speaker = self.unnamed_source(t, limit)
        if speaker >= 0:
            return speaker, doc.mentions[speaker].tokens[1]
        speaker = self.anaphor(t, limit)
        if speaker >= 0:
            return speaker, t + 2  # التي أكد المصدر أنها
        resumptive = t + 1 < limit and doc.tokens[t + 1].norm in _RESUMPTIVES
        if relative and not resumptive:  # اللتين يشير إليهما: the noun before is the object
            head = t - 2
            comma = head > first and doc.tokens[head].norm in ("،", ",")
            if comma:
                head -= 1  # بوتين، الذي أعلن
            idx = self.mention_at.get(head, -1) if head >= first else -1
            if idx >= 0 and doc.mentions[idx].tokens[1] == head + 1:
                mention = doc.mentions[idx]
                # across a comma only a person (التجارة بين دبي وإيران، التي: not Iran)
                if not self._plain_noun(mention) and (not comma or mention.actor.kind == "PER"):
                    return idx, t + 1
        return -1, t + 1

    def _plain_noun(self, mention: Mention) -> bool:
        """A mention that cannot be a subject: a nationality adjective, or an actor after a
        preposition or clitic (قرار من المجلس، مدير لدى الهيئة)."""
        return (
            mention.rule == "nationality-adj"
            or _has_addressee_clitic(self.doc, mention)
            or self._after_preposition(mention)
        )

    def pronoun_subject(self, cue_tok: int, first: int) -> bool:
        """Whether a particle with a subject pronoun stands just before the cue."""
        return cue_tok > first and self.doc.tokens[cue_tok - 1].norm in _PRONOUN_PARTICLES

    def main_subject(self, sent: int, cue_tok: int) -> int:
        """Who a participle cue (مضيفا، مشيرا) continues: this sentence's speaker or subject."""
        for q in reversed(self.doc.quotes):
            if q.sentence == sent and q.speaker_mention >= 0:
                return q.speaker_mention
        if self.unnamed_sent == sent:
            return -1  # وأضاف مموزيني: ...، مشيرا: the speaker is one we cannot name
        subject = self.opening_subject(sent, cue_tok)
        return self.last_speaker if subject is None else subject

    def opening_subject(self, sent: int, cue_tok: int) -> int | None:
        """The subject that opens the sentence before ``cue_tok``, -1 for one we cannot name,
        None where no name opens it."""
        first = self.doc.sentence_tokens[sent][0]
        for idx, m in enumerate(self.doc.mentions):
            if (
                m.sentence == sent
                and m.tokens[0] < cue_tok
                and not _has_addressee_clitic(self.doc, m)
            ):
                # up to three words, not counting titles, open the sentence before its
                # subject: فيما أمهل الرئيس التركي رجب طيب أردوغان ...
                lead = [
                    u
                    for u in range(first, m.tokens[0])
                    if canonical(self.doc.tokens[u].norm) not in _title_words()
                ]
                if len(lead) <= 3:
                    if m.rule == "country" and lead != list(range(first, m.tokens[0])):
                        # وهنأ مجلس الوزراء مصر ...، منوها: a title the knowledge base did
                        # not name stands before the country, which is its object
                        return -1
                    return idx
                break
        return None

    def _is_cue(self, t: int, cue: Cue) -> bool:
        """A cue word in an actor's name (قوى إعلان الحرية، قالن) is part of the name, and a
        verbal noun without a possessor (وإرجاء إعلان أسماء) reports nobody's words."""
        if self.mention_at.get(t, -1) >= 0:
            return False  # a name: قوى إعلان الحرية، قالن (Kalin, not قال)
        if cue.homograph and not self._verb_slot(t, cue):
            return False
        if t > 0 and self.doc.tokens[t - 1].norm in _BEFORE_VERBAL_NOUN:
            return False  # عدم ذكر اسمه، تم نقل خطابه: a verbal noun, nobody speaking
        if cue.pos != "noun" and t > 0 and self.doc.tokens[t - 1].norm in _BEFORE_NOUN_ONLY:
            return False  # بعد تبلّغ اللاجئين، الأكثر ذكرا: a noun where no verb can stand
        nxt = self.doc.tokens[t + 1].norm if t + 1 < len(self.doc.tokens) else ""
        if _OTHER_SENSE.get(cue.lemma) == nxt:
            return False  # وشددت من إجراءاتها: tightened, not stressed
        if self._other_sense(t, cue, nxt):
            return False
        if cue.obj and self.speaker_after(t, self.doc.sentence_tokens[self.sent][1]) < 0:
            return False  # وصفه إطلاق الصاروخ: a verbal noun, or a subject we cannot name
        if cue.pos != "noun" or self.doc.tokens[t].norm.endswith("ه"):
            return True
        idx = self.mention_at.get(t + 1, -1)
        return idx >= 0 and self.doc.mentions[idx].tokens[0] == t + 1

    def _other_sense(self, t: int, cue: Cue, nxt: str) -> bool:
        """Cue forms that have another sense here: شدد (الأمن) ... من إجراءاته (tightened
        them, past a subject and time words); يبلغ من العمر، تبلغ نحو (reach, amount to);
        نقل إلى (carried to); a bare تابع before ل (معسكر تابع لها: belonging to), a present
        one without words after it (تتابع الوضع: monitors); تردد أن، تردد في (rumoured,
        hesitated); a verb in ى written with ي (رأي الحزب: a noun)."""
        doc = self.doc
        token = doc.tokens[t]
        if cue.lemma == "أبلغ":
            return nxt in _REACH_NEXT or (
                t + 1 < len(doc.tokens) and doc.tokens[t + 1].kind == "num"
            )
        if cue.lemma == "نقل":
            # وأنه نُقل إلى المستشفى، نقلوا إلى مستشفى: carried somewhere, no words; with
            # an object first (نقل الوزير إلى نظيره رسالة) it may convey words
            return nxt == "الي" or nxt.startswith("للمستشف")
        if cue.lemma == "تابع":
            if cue.present:
                # الحكومة تتابع الوضع: follows, monitors; ويتابع: «...» goes on speaking
                return not self._opens_words(t + 1, min(len(doc.tokens), t + 2))
            # مستودعا تابعا للمتمردين: belonging to; not تابع لـ«الصحيفة» (the hearer)
            return (
                token.norm in ("تابع", "تابعا")
                and nxt.startswith("ل")
                and len(nxt) > 2
                and nxt not in ("لدي", "لكن")
            )
        if cue.lemma == "ردد" and token.norm.endswith("تردد"):
            # تردد أن (was rumoured), تردد في (hesitated): nobody's words; ما تردد عن stays
            # a cue that ends the words before it, and gives none of its own (see _say)
            prev = doc.tokens[t - 1].norm if t > 0 else ""
            return prev not in _WHAT and (nxt in ("في", "عن") or nxt in _COMPLEMENTISERS)
        if self._noun_spelling(t, cue, nxt):
            return True
        if cue.lemma != "شدد":
            return False
        end = doc.sentence_tokens[self.sent][1]
        for u in range(t + 1, min(end - 1, t + 9)):
            word = doc.tokens[u].norm
            if word in _COMPLEMENTISERS or word == "علي" or doc.tokens[u].kind == "punct":
                return False
            if word == "من":
                after = canonical(doc.tokens[u + 1].norm)
                return after.startswith(_TIGHTENED)
        return False

    def _noun_spelling(self, t: int, cue: Cue, nxt: str) -> bool:
        """A verb whose past ends in ى written with ي (رأي الحزب، مقال رأي، تأكيد أو نفي
        المعلومات) is the verbal noun, unless أن or a colon follows (some outlets write
        the verb so: رأي أن)."""
        if cue.pos != "verb" or cue.present or not cue.lemma.endswith("ى"):
            return False
        doc = self.doc
        token = doc.tokens[t]
        written = doc.text[token.start : token.end]
        return written.endswith("ي") and nxt not in _COMPLEMENTISERS and nxt not in (":", "،")

    def _verb_slot(self, t: int, cue: Cue) -> bool:
        """Whether a past form that is also a noun (طالب، شكر) stands where a verb does: with
        و/ف, at the clause start, after a particle, or after its subject (الرئيس طالب)."""
        doc = self.doc
        _, clitics = _cue_reading(doc.tokens[t])
        if clitics in ("و", "ف") or not doc.tokens[t].norm.startswith(norm(cue.lemma)):
            return True  # وطالب; present forms (يطالب) are no nouns
        prev = doc.tokens[t - 1] if t > 0 else None
        return (
            prev is None
            or prev.kind == "punct"
            or prev.norm in _VERB_SLOT
            or prev.norm in _PRONOUN_PARTICLES
            or self.mention_at.get(t - 1, -1) >= 0
        )

    def _inside_words(self, t: int, cue: Cue, first: int) -> bool:
        """A verb in the first person is part of someone's words (نطالب بـ). A present-tense
        verb joined by و with no comma, after the أن of an earlier past
        cue, goes on with the reported clause (قال إن بلاده على اتصال بالأطراف وتدعو إلى ...);
        after a present cue it is parallel to it (ينفون أن ... ويقولون إن)."""
        doc = self.doc
        _, clitics = _cue_reading(doc.tokens[t])
        rest = doc.tokens[t].norm[len(clitics) :].removeprefix("س")
        if cue.present and rest.startswith(("ن", "ا")):
            return True  # ندعو، وأطالب: the first person speaks inside someone's words
        if not cue.present or clitics != "و" or doc.tokens[t - 1].kind == "punct":
            return False
        for u in range(t - 2, first - 1, -1):
            if doc.tokens[u].norm in _COMPLEMENTISERS:
                earlier = [c for v in range(first, u) if (c := _cue_at(doc.tokens[v])) is not None]
                return bool(earlier) and not earlier[-1].present
        return False

    def _continued_object(self, t: int, cue: Cue, first: int, limit: int) -> bool:
        """Whether the one actor between a cue that continues its clause (ويطالب، كما طالب)
        and the preposition it needs is its object: ويطالب إيران بالتعاون, the subject being
        the one named before."""
        doc = self.doc
        if not cue.needs:
            return False
        _, clitics = _cue_reading(doc.tokens[t])
        continued = (cue.present and clitics == "و") or (
            t > first and doc.tokens[t - 1].norm in ("كما", "وكما")
        )
        idx = self.mention_at.get(t + 1, -1)
        if not continued or idx < 0 or doc.mentions[idx].tokens[0] != t + 1:
            return False
        start, prep = self._opening(t + 1, limit, cue)
        return prep and start == doc.mentions[idx].tokens[1]

    def _subject_right_before(self, t: int, first: int) -> int:
        """The actor that ends right before the cue as its subject (واشنطن طالبت), or -1."""
        before = t - 1
        if before > first and self.doc.tokens[before].norm in _QUOTE_MARKS:
            before -= 1  # «هيومن رايتس ووتش» تطالب
        if before < first:
            return -1
        idx = self.mention_at.get(before, -1)
        if idx < 0 or self._plain_noun(self.doc.mentions[idx]):
            return -1
        return idx

    def _nested(self, t: int, outer: int) -> bool:
        """Whether the cue at ``t`` has its subject right after the أن of the cue at ``outer``
        (قال الوزير إن العاصمة تدعو إلى ...): the outer words go on through it."""
        doc = self.doc
        idx = self.mention_at.get(t - 1, -1)
        if idx < 0 or doc.mentions[idx].tokens[1] != t:
            return False
        comp = doc.mentions[idx].tokens[0] - 1
        return outer < comp and doc.tokens[comp].norm in _COMPLEMENTISERS

    def _takes_words(self, t: int, cue: Cue, last: int) -> bool:
        """A cue that needs a preposition and lacks it is no cue at all (دعت الوزارة السفير
        أمس للقاء: an invitation), so it does not cut the words of an earlier cue."""
        if not cue.needs:
            return True
        speaker = self.speaker_after(t, last)
        after = self.doc.mentions[speaker].tokens[1] if speaker >= 0 else t + 1
        return self._opening(after, last, cue)[0] >= 0

    def run(self, sent: int) -> None:
        doc = self.doc
        self.sent = sent
        first, last = doc.sentence_tokens[sent]
        if is_link_line([tok.norm for tok in doc.tokens[first : first + 2]]):
            return  # رابط الخبر بصحيفة X: <headline>: the link line repeats the title
        cues = [
            (t, c)
            for t in range(first, last)
            if (c := _cue_at(doc.tokens[t])) is not None and self._is_cue(t, c)
        ]
        cues = [
            (t, c)
            for t, c in cues
            if not self._inside_words(t, c, first)
            and self.embedded_speaker(t, c, first, last) != (-1, t + 1)
            and self._takes_words(t, c, last)
            # أنت حين تقول، لأنك تعلن: "you" is the reader or hearer, nobody reported
            and not any(doc.tokens[v].norm in _YOU for v in range(max(first, t - 3), t))
        ]
        # بحسب ما أفاد X، وفق ما ذكرت X، حسبما نقلت X: the verb's subject is the source of
        # the words before; the verb is not a cue of its own.
        joined: dict[int, int] = {}
        for n, (t, cue) in enumerate(cues[:-1]):
            nxt = cues[n + 1][0]
            if cue.kind == "according" and (
                nxt == t + 1 or (nxt == t + 2 and doc.tokens[t + 1].norm == "ما")
            ):
                joined[n] = nxt
        skip = set(joined.values())
        for n, (t, cue) in enumerate(cues):
            if t in skip:
                continue
            following = [u for u, _ in cues[n + 1 :] if not self._nested(u, t)]
            limit = following[0] if following else last
            if cue.kind == "according":
                verb = joined.get(n, -1)
                if verb >= 0:
                    limit = cues[n + 2][0] if n + 2 < len(cues) else last
                self._according(sent, t, first, limit, verb)
            else:
                self._say(sent, t, cue, first, limit)

    def _say(self, sent: int, t: int, cue: Cue, first: int, limit: int) -> None:
        doc = self.doc
        impersonal = doc.tokens[t].norm in _IMPERSONAL
        if cue.lemma == "ردد" and t > first and doc.tokens[t - 1].norm in _WHAT:
            return  # نفى ما تردد عن أن ...: a hearsay, nobody's words
        if impersonal and t + 1 < limit and doc.tokens[t + 1].norm in _COMPLEMENTISERS:
            return  # ويذكر أن ...: "it is worth noting", the writer's own words
        if cue.pos == "participle":
            speaker = self.main_subject(sent, t)
            words = self._words_from(t + 1, limit, cue)
            if speaker >= 0 and words is not None:
                self._add(sent, t, speaker, words)
            return
        # a subject inside a clause about something else (التي تصنفها العاصمة، التي دعت
        # الحكومة) leaves the story's speaker as it was for the verbs after it
        background = cue.obj
        described = False
        named_path = False
        if cue.obj:
            # التي تصنفها العاصمة "منظمة إرهابية": the object pronoun takes up the noun before;
            # the subject follows the verb, and without one nobody here is the speaker
            speaker = self.speaker_after(t, limit)
            after = doc.mentions[speaker].tokens[1] if speaker >= 0 else t + 1
        elif self._continued_object(t, cue, first, limit):
            speaker, after = self.main_subject(sent, t), t + 1
        elif cue.needs and (subject := self._subject_right_before(t, first)) >= 0:
            speaker, after = subject, t + 1  # الإدارة الأميركية دعت مصر إلى ...
        elif (embedded := self.embedded_speaker(t, cue, first, limit)) is not None:
            speaker, after = embedded
            # not the head; nor a body or state that a relative clause describes (وجهة نظر
            # بلاده التي ترى أن، واشنطن التي تتهم): the story goes on with its own subject
            described = (
                speaker >= 0
                and doc.tokens[t - 1].norm in _RELATIVES
                and doc.mentions[speaker].tokens[0] < t
                and doc.mentions[speaker].actor.kind != "PER"
            )
            background = speaker >= 0 and (doc.mentions[speaker].tokens[0] > t or described)
        elif self.pronoun_subject(t, first):
            # لكنها أكدت، وأنه أبلغ روسيا: the pronoun is the subject, a name after is the hearer
            speaker = self.main_subject(sent, t)
            after = t + 1
        else:
            named_path = True
            speaker, after = self._named_speaker(sent, t, cue, first, limit)
            if self._as_said(t, cue, first):
                # ...، على ما أعلنت الشرطة أمس؛ كما تقول البعثة في تقرير: the words come
                # before, and only a subject named after the verb said them
                named = speaker >= 0 and doc.mentions[speaker].tokens[0] > t
                if named and not self._opens_words(after, limit):
                    self._according(sent, t, first, limit, verb=t)
                if not named or not self._opens_words(after, limit):
                    return
            if speaker == self.last_speaker and self._after_what(t, first):
                # مما أشار إلى، نافية ما تردد عن أن، وهو ما أشار إليه فلان: a clause about a
                # thing or a hearsay, whose subject (if any) is named after the verb; the last
                # speaker did not say it
                speaker = self.speaker_after(t, limit)
        if speaker < 0:
            self.unnamed_sent = sent
            if named_path and (
                self._unknown_speaker_spoke(t, cue, limit) or self.unknown_before(t, first)
            ):
                # وقال تشاندار في مقال له: «...». واعتبر أن ...: a speaker we cannot name now
                # holds the floor; the verbs after him no longer take up the one named before
                self.last_speaker = -1
            return  # reported words without a speaker we can name are not attributed
        if cue.pos == "verb" and t > first and doc.tokens[t - 1].norm in _NEGATIONS:
            return  # ولم يؤكد الجيش مقتله: the words were not said
        words = self._words_from(after, limit, cue)
        if words is None:
            return
        obj = self.mention_at.get(after, -1)
        if (
            obj >= 0
            and cue.lemma not in _ACTOR_OBJECT_CUES
            and after > t + 1
            and doc.mentions[obj].rule != "nationality-adj"
            and words[0] == doc.tokens[after].start
            and doc.mentions[obj].span[0] == doc.tokens[after].start
        ):
            return  # وذكر بومبيو لافروف بالحظر: an actor right after the speaker is the object
        self._add(sent, t, speaker, words, remember=cue.pos == "verb" and not background)
        if described:
            # the story goes on with the sentence's own subject (وأعاد لافروف التأكيد بوجهة
            # نظر بلاده التي ترى أن ...، وقال), or with nobody we know
            opener = self.opening_subject(sent, t)
            if opener is None or opener != speaker:
                self.last_speaker = -1 if opener is None else opener

    def _opening(self, after: int, limit: int, cue: Cue) -> tuple[int, bool]:
        """For cues that take a preposition (طالب بـ، دعا إلى): the token of that preposition,
        after an actor or a short object (دعا الوزير جميع الأطراف إلى الحوار), and True; أن, a
        colon or a quotation mark open the words too (``after``, False). (-1, False) where
        none does; other cues: (``after``, False)."""
        if not cue.needs:
            return after, False
        doc = self.doc
        u = after
        idx = self.mention_at.get(u, -1)
        if idx >= 0 and doc.mentions[idx].tokens[0] == u:
            u = doc.mentions[idx].tokens[1]
        for v in range(u, min(limit, u + _OBJECT_WINDOW)):
            word = doc.tokens[v].norm
            if word in _COMPLEMENTISERS or word in (":", "؛") or word in _OPEN_QUOTES:
                return after, False
            needed = (
                word not in _NOT_PREPOSITION
                and not word.startswith("لقاء")
                and any(
                    word == p
                    # ل only right after the actor: للأمم in مبعوث الأمين العام للأمم is no call
                    or (
                        len(p) == 1
                        and word.startswith(p)
                        and len(word) > 2
                        and (p != "ل" or v == u)
                    )
                    for p in cue.needs
                )
            )
            if needed and not self._invitation(v, limit):
                return v, True
            if doc.tokens[v].kind == "punct":
                break
        return -1, False

    def _invitation(self, prep: int, limit: int) -> bool:
        """Whether ``دعا X إلى اجتماع``, ``للمشاركة في``: an invitation to an event, no call."""
        doc = self.doc
        word = doc.tokens[prep].norm
        if word == "الي":
            noun = doc.tokens[prep + 1].norm if prep + 1 < limit else ""
        else:
            noun = word[2:] if word.startswith("لل") else word[1:]  # للمشاركة
        return canonical(noun) in _EVENT_NOUNS

    def _words_from(self, after: int, limit: int, cue: Cue) -> Span | None:
        """The reported words of a cue: from its object or the preposition that it needs
        (طالب بوقف القتال، دعا الأطراف إلى الحوار), from the predicate right after the
        subject of ``تعتبرها X``, or as usual."""
        start, prep = self._opening(after, limit, cue)
        if start < 0:
            return None
        if prep:
            return self._reported_words(after, limit, window=1)
        if cue.obj:
            doc = self.doc
            if after < limit and doc.tokens[after].norm in ("-", "–", ":", "،", ","):
                return None  # كما يصفها فلان -: the words that follow are another's
            mark = after + 1 if after < limit and doc.tokens[after].norm in ("ب", "بان") else after
            if mark < limit and doc.tokens[mark].norm in _OPEN_QUOTES:
                shut = self._closing(mark, limit)
                if shut > mark + 1:  # تصنفها العاصمة "منظمة محظورة" منذ سنوات: the marked words
                    return doc.tokens[mark + 1].start, doc.tokens[shut - 1].end
            return self._reported_words(after, limit, window=3)
        return self._reported_words(after, limit)

    def _named_speaker(
        self, sent: int, t: int, cue: Cue, first: int, limit: int
    ) -> tuple[int, int]:
        """The speaker of a verb or noun cue and the token after which its words start."""
        doc = self.doc
        if cue.pos == "noun" and doc.tokens[t].norm.endswith("ه"):
            source = self._source_before(t, first)
            if source is not None:
                return source, t + 1  # نقلت الوكالة عن مسؤول قوله: his words, not the agency's
        if t > first and doc.tokens[t - 1].norm == "قد":
            # كانت القيادة قد اتهمت الدفاعات الجوية ...: the subject stands before قد
            speaker = self.speaker_before(t, first)
            if speaker >= 0:
                return speaker, t + 1
        speaker = self.speaker_after(t, limit)
        after = doc.mentions[speaker].tokens[1] if speaker >= 0 else t + 1
        if (
            speaker >= 0
            and after < limit
            and doc.tokens[after].norm in _QUOTE_MARKS
            and doc.tokens[doc.mentions[speaker].tokens[0] - 1].norm in _QUOTE_MARKS
        ):
            after += 1  # قال "مجلس منبج العسكري" التابع ...: the mark closes the name
        if cue.lemma == "نقل":
            # نقلت الوكالة عن مصدر ...: the source spoke, and an unnamed one is nobody we
            # know; without عن (نقل التلفزيون إعلان فلان) it carried another's words
            for u in range(t + 1, min(limit, max(after, t + 1) + 3)):
                source = self._source_at(u, limit)
                if source is not None:
                    return source, (doc.mentions[source].tokens[1] if source >= 0 else t + 1)
            return -1, after
        if speaker < 0:
            speaker = self.unnamed_source(t, limit)
            if speaker >= 0:
                after = doc.mentions[speaker].tokens[1]
        if speaker < 0:
            speaker = self.speaker_before(t, first)
        if speaker < 0:
            speaker = self.anaphor(t, limit)
            if speaker >= 0:
                after = t + 2
        if speaker < 0 and not self.unknown_before(t, first) and self._agrees(t, self.last_speaker):
            if not self.unknown_subject(t, limit):
                speaker = self.last_speaker
            elif self._names_last_speaker(t, limit) and self._opens_words(t + 1, limit):
                # وشدد البطريرك الماروني على أن after البطريرك الماروني فلان: the title
                # names him again; his words open after it
                speaker, after = self.last_speaker, t + 2
        return speaker, after

    def _agrees(self, t: int, speaker: int) -> bool:
        """Whether a verb with the plural ending (وطالبوا، وأعلنوا) can take up the speaker: a
        plural name (المتظاهرون، الحوثيين), not one person or body (المرصد) named before."""
        if speaker < 0 or not self.doc.tokens[t].norm.endswith("وا"):
            return True
        last = self.doc.tokens[self.doc.mentions[speaker].tokens[1] - 1].norm
        return last.endswith(("ون", "ين"))

    def _unknown_speaker_spoke(self, t: int, cue: Cue, limit: int) -> bool:
        """Whether a verb cue has a subject that the knowledge base does not know and words
        opened after it (قال زاكروس هيوا: «...»، أكد رئيس اللجنة فلان: إن): someone else
        speaks. A definite word said of the last speaker before (وشدد البطريرك على after
        البطريرك فلان; الناطق باسم المجلس after مجلس القضاء) names him or his body again."""
        if cue.pos != "verb" or not self.unknown_subject(t, limit):
            return False
        return not self._names_last_speaker(t, limit) and self._opens_words(t + 1, limit)

    def _names_last_speaker(self, t: int, limit: int) -> bool:
        """Whether the definite head of the subject after the cue, or the body after باسم
        (الناطق باسم المجلس), was said of the last speaker before (``_titles_last_speaker``).
        """
        doc = self.doc
        heads = [t + 1] + [
            u + 1 for u in range(t + 1, min(limit - 1, t + 4)) if doc.tokens[u].norm == "باسم"
        ]
        return any(u < limit and self._titles_last_speaker(u) for u in heads)

    def _titles_last_speaker(self, u: int) -> bool:
        """Whether the definite word at ``u`` stood right before, or in, a mention of the last
        speaker's actor (البطريرك الماروني بشارة الراعي; مجلس القضاء في إقليم كردستان)."""
        doc = self.doc
        word = doc.tokens[u].norm
        if self.last_speaker < 0 or not word.startswith("ال"):
            return False
        head = canonical(word)
        name = doc.mentions[self.last_speaker].actor.entity_name
        for m in doc.mentions:
            if m.actor.entity_name != name or m.tokens[0] >= u or m.rule == "nationality-adj":
                continue  # الصحف التركية: the noun before a nationality is no title of it
            for v in range(max(0, m.tokens[0] - 4), m.tokens[1]):
                if canonical(doc.tokens[v].norm) == head:
                    return True
        return False

    def _as_said(self, t: int, cue: Cue, first: int) -> bool:
        """Whether the cue follows على ما or كما in the present (كما تقول X): "as X says"."""
        if t - 2 < first:
            return False
        prev, before = self.doc.tokens[t - 1].norm, self.doc.tokens[t - 2].norm
        return (prev in _WHAT and before == "علي") or (prev in ("كما", "وكما") and cue.present)

    def _opens_words(self, after: int, limit: int) -> bool:
        """Whether أن, a colon or a quotation mark opens words soon after token ``after``."""
        return any(
            tok.norm in _COMPLEMENTISERS or tok.norm in (":", "؛") or tok.norm in _OPEN_QUOTES
            for tok in self.doc.tokens[after : min(limit, after + _INTRO_WINDOW)]
        )

    def _after_what(self, t: int, first: int) -> bool:
        """Whether the cue follows ما "what" (مما أشار، على ما أعلنت، ما تردد)."""
        return t > first and self.doc.tokens[t - 1].norm in _WHAT

    def unknown_before(self, t: int, first: int) -> bool:
        """Whether a name we do not know stands as subject between كان and the cue
        (وكانت فلانة اقترحت، كان فلان قد أعلن): the last speaker did not say these words."""
        doc = self.doc
        u = t - 1
        if u > first and doc.tokens[u].norm == "قد":
            u -= 1
        if u > first and doc.tokens[u].norm in _QUOTE_MARKS and not _cue_reading(doc.tokens[t])[1]:
            # وكان زعيم الحزب "دولت باهجة لي" قال: a short name in marks that we do not know
            # (not وقال, which opens a clause after words in marks: بـ«هجوم إرهابي» وقال)
            marked = [v for v in range(max(first, u - 5), u) if doc.tokens[v].norm in _QUOTE_MARKS]
            if marked and all(self.mention_at.get(v, -1) < 0 for v in range(marked[-1], u)):
                return True
        return (
            u > first
            and doc.tokens[u].kind == "word"
            and self.mention_at.get(u, -1) < 0
            and doc.tokens[u].norm not in _NOT_SUBJECT
            and (
                doc.tokens[u - 1].norm in _WAS
                # لكن هذه القيادات أكدت: a noun after a demonstrative is the subject
                or (
                    doc.tokens[u - 1].norm in _DEMONSTRATIVES
                    and doc.tokens[u].norm.startswith("ال")
                )
            )
        )

    def _source_at(self, t: int, limit: int) -> int | None:
        """``عن X`` at token ``t``: X's mention, -1 for a source without a name, None without عن."""
        doc = self.doc
        if t + 1 >= limit or doc.tokens[t].norm != "عن":
            return None
        idx = self.mention_at.get(t + 1, -1)
        return idx if idx >= 0 and doc.mentions[idx].tokens[0] == t + 1 else -1

    def _source_before(self, t: int, first: int) -> int | None:
        """The nearest ``عن X`` before a possessive noun cue (قوله) in its sentence."""
        for u in range(t - 1, first - 1, -1):
            if self.doc.tokens[u].norm == "عن":
                return self._source_at(u, t)
        return None

    def _according(self, sent: int, t: int, first: int, limit: int, verb: int = -1) -> None:
        """``بحسب X``: words before it, or after X when it opens the sentence.

        ``verb`` is the token of a verb of saying joined to the cue (بحسب ما أفاد X), whose
        subject is the source.
        """
        doc = self.doc
        speaker = self.speaker_after(verb if verb >= 0 else t, limit)
        if speaker < 0:
            return
        cue_tok = doc.tokens[t]
        opens = all(doc.tokens[u].kind == "punct" for u in range(first, t)) or (
            # ...، وبحسب X فإن ...: a coordinated clause (وفق itself is no و + فق)
            cue_tok.norm.startswith("و") and cue_tok.norm not in cue_lexicon()
        )
        if opens:
            # وبحسب وكالة الأنباء، “...”؛ وبحسب قناة X، فإن ...
            after = doc.mentions[speaker].tokens[1]
            while after < limit and self.mention_at.get(after, -1) >= 0:
                after = doc.mentions[self.mention_at[after]].tokens[1]  # وكالة X السعودية
            words = self._reported_words(after, limit)
            if words is not None:
                self._add(sent, t, speaker, words, remember=False)
            return
        start = first
        for q in reversed(doc.quotes):
            if q.sentence == sent:
                return  # the words already belong to a quote of this sentence
        end_tok = t
        while end_tok > start and (
            doc.tokens[end_tok - 1].kind == "punct"
            or doc.tokens[end_tok - 1].norm in _WHAT | {"علي", "كما", "وكما"}
        ):
            end_tok -= 1  # the words end before على ما، كما
        if end_tok - start < 3:
            return
        self._add(sent, t, speaker, (doc.tokens[start].start, doc.tokens[end_tok - 1].end))

    def _reported_words(self, after: int, limit: int, window: int = _INTRO_WINDOW) -> Span | None:
        """The span of the reported words that follow token ``after``; أن, a colon or a
        quotation mark within ``window`` tokens opens them."""
        doc = self.doc
        start = -1
        close = ""
        lead = after
        while lead < limit and doc.tokens[lead].norm in ("،", ","):
            lead += 1
        described = lead < limit and doc.tokens[lead].norm in _DESCRIBERS
        if described:
            # قال فلان، الذي عمل سفيرا بعد أن ...، إن: the words open after the clause ends
            for u in range(lead + 1, limit - 1):
                opener = doc.tokens[u + 1].norm
                if opener in (":", "؛") or (
                    doc.tokens[u].kind == "punct"
                    and (opener in _COMPLEMENTISERS or opener in _OPEN_QUOTES)
                ):
                    after, window = u + 1, 2
                    break
        t = after
        while t < min(limit, after + window):
            tok = doc.tokens[t]
            if tok.norm in _OPEN_QUOTES:
                shut = self._closing(t, limit)
                # قال الجيش "الوطني" في بيان إن ...: a quoted name; قال لـ«الصحيفة»: «...»:
                # the paper spoken to, in marks after the clitic ل
                if shut >= 0 and (self._is_name(shut, limit) or doc.tokens[t - 1].norm == "ل"):
                    t = shut + 1
                    continue
                start, close = t + 1, _OPEN_QUOTES[tok.norm]
                break
            if tok.norm in _COMPLEMENTISERS or tok.norm in (":", "؛"):
                start = t + 1
                if start < limit and doc.tokens[start].norm in _COMPLEMENTISERS:
                    start += 1  # ؛ إن ...
                if start < limit and doc.tokens[start].norm in _OPEN_QUOTES:
                    shut = self._closing(start, limit)
                    if (
                        shut >= 0
                        and self._is_name(shut, limit)
                        and not self._left_open(start, shut)
                    ):
                        # أن “قوة حماية” صدت هجوما: the marks set off a name inside the words
                        words_end = self._clause_end(start, limit)
                        return doc.tokens[start].start, doc.tokens[words_end - 1].end
                    close = _OPEN_QUOTES[doc.tokens[start].norm]
                    start += 1
                break
            t += 1
        if start < 0:
            if described:
                return None  # only the clause about the speaker: no words of theirs
            start = after
        while start < limit and doc.tokens[start].kind == "punct":
            start += 1
        if close:
            end = limit
            for u in range(start, limit):
                if doc.tokens[u].norm == close:
                    end = u
                    break
            opener = doc.tokens[start - 1].norm if start > 0 else ""
            reopened = next(
                (u for u in range(start, end) if opener != close and doc.tokens[u].norm == opener),
                -1,
            )
            shut_after = any(
                doc.tokens[u].norm == close for u in range(limit, min(len(doc.tokens), limit + 2))
            )
            if reopened >= 0 or (end == limit and not shut_after):
                # «نؤكد ... العشرين.. وأوردت الصحف أن «ش أ أ» التحق: a mark never closed
                # (another opens first, or none closes it) ends the words at a full stop
                stop = self._full_stop(start, reopened if reopened >= 0 else limit)
                if stop >= 0:
                    end = stop
        else:
            end = self._clause_end(start, limit)
        while end > start and doc.tokens[end - 1].kind == "punct":
            end -= 1
        if end - start < 2:
            return None
        return doc.tokens[start].start, doc.tokens[end - 1].end

    def _left_open(self, open_tok: int, shut: int) -> bool:
        """Whether the mark at ``open_tok`` opens again before ``shut`` closes a mark: it was
        left open, and ``shut`` closes the second («نؤكد ... العشرين.. باسم «ش أ أ»)."""
        mark = self.doc.tokens[open_tok].norm
        return _OPEN_QUOTES[mark] != mark and any(
            self.doc.tokens[v].norm == mark for v in range(open_tok + 1, shut)
        )

    def _closing(self, open_tok: int, limit: int) -> int:
        """The token that closes the quotation mark at ``open_tok``, or -1."""
        close = _OPEN_QUOTES[self.doc.tokens[open_tok].norm]
        for u in range(open_tok + 1, limit):
            if self.doc.tokens[u].norm == close:
                return u
        return -1

    def _is_name(self, close_tok: int, limit: int) -> bool:
        """Whether quotation marks closing at ``close_tok`` set off a name that the sentence
        goes on after (a word follows), rather than the quoted words themselves."""
        nxt = close_tok + 1
        return nxt < limit and self.doc.tokens[nxt].kind != "punct"

    def _clause_end(self, start: int, limit: int) -> int:
        """Where unquoted reported words end: at the limit, or where the narrator's own clause
        begins after a comma (``، فيما ...``، ``، وذلك بعد ...``، ``، في حين ...``)."""
        doc = self.doc
        for u in range(start + 2, limit - 1):
            if doc.tokens[u].norm not in ("،", ","):
                continue
            nxt = doc.tokens[u + 1].norm
            if nxt in _CLAUSE_OPENERS or (
                nxt == "في" and u + 2 < limit and doc.tokens[u + 2].norm == "حين"
            ):
                return u
        stop = self._full_stop(start, limit)
        if stop >= 0:
            limit = stop
        while limit > start and doc.tokens[limit - 1].kind == "punct":
            limit -= 1
        return limit

    def _full_stop(self, start: int, limit: int) -> int:
        """The first full stop (., !, ?) between ``start`` and ``limit`` with words after it,
        or -1. Sentences are split at stops, except where a quotation mark left open runs
        them together; then the stop still ends words that no mark encloses. A stop after a
        one- or two-letter word is an abbreviation (د. محمد)."""
        doc = self.doc
        u = start - 1
        while u < limit - 2:
            u += 1
            mark = doc.tokens[u].norm
            if mark in _OPEN_QUOTES:
                shut = self._closing(u, limit)
                if shut > u and not self._left_open(u, shut):
                    u = shut  # قال إن: «... للجميع.. لا يمكن ...»: a stop inside marks
                    continue
            if u < start + 2 or doc.tokens[u].norm not in (".", "!", "?", "؟"):
                continue
            prev = doc.tokens[u - 1]
            if prev.kind == "word" and len(prev.norm) <= 2:
                continue
            if doc.tokens[u + 1].kind != "punct":
                return u
        return -1

    def _add(
        self, sent: int, cue_tok: int, speaker: int, words: Span, *, remember: bool = True
    ) -> None:
        doc = self.doc
        token = doc.tokens[cue_tok]
        mention = doc.mentions[speaker] if speaker >= 0 else None
        doc.quotes.append(
            Quote(
                speaker=mention.actor.entity_name if mention else None,
                speaker_span=mention.span if mention else None,
                cue=doc.text[token.start : token.end],
                cue_span=(token.start, token.end),
                quote=doc.text[words[0] : words[1]],
                quote_span=words,
                sentence=sent,
                speaker_mention=speaker,
            )
        )
        if speaker >= 0 and remember:
            self.last_speaker = speaker
            first, last = doc.sentence_tokens[sent]
            if any(doc.tokens[u].norm in _STATEMENT_WORDS for u in range(first, last)):
                self.statement_speaker = speaker


def find_quotes(doc: Doc) -> None:
    """Fill ``doc.quotes`` from cue words, speakers (``doc.mentions``) and reported words."""
    finder = _SentenceQuotes(doc)
    for sent in range(len(doc.sentences)):
        finder.run(sent)
