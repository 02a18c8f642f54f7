"""Who does an act named by a verbal noun or a pronoun: a quoted genitive doer before a
لـ-object (استهداف «داعش» لمساجد), and the owner of a possessive pronoun (غاراتها،
تضامنه، عدوانهم), which must agree with the pronoun as a relative pronoun's head does, as must
a pronoun subject (أنه، وإنها); and which names a verb's "nearest subject" guess may reach
(not an object far back)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.events.coder import _Cand, _Coder

SENTENCE_BREAKS = frozenset({".", ":", "؟", "?", "!"})
# quotation marks that may wrap a name (not brackets, which wrap asides)
NAME_QUOTES = frozenset({'"', "“", "”", "«", "»", "'"})
OPENING_BRACKETS = frozenset({"(", "[", "{"})
# words after which a name is a side, a leader or a participant of what follows
LEADER_OR_SIDES = frozenset({
    "بين", "بقياده", "بزعامه", "مشاركه", "بمشاركه", "ومشاركه", "لمشاركه",
})
# words naming the kind of body before its name (تنظيم داعش، جماعة الحوثي، حركة حماس)
BODY_WORDS = frozenset({
    "تنظيم", "وتنظيم", "حركه", "وحركه", "جماعه", "وجماعه", "حزب", "وحزب", "منظمه", "ومنظمه",
    "جبهه", "وجبهه", "ميليشيا", "ميليشيات", "مليشيات", "وميليشيات", "ومليشيات",
})
# قام بـ: "did", whose subject does the act the noun after ب names
DOING_VERBS = frozenset({"قام", "قامت", "وقام", "وقامت", "قاموا", "يقوم", "تقوم", "ويقوم", "وتقوم"})
# acts whose verbal noun takes its doer as genitive and its target after لـ
DOER_LAM_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "REJECT"})
# armed bodies: a name of one right after a verbal noun, with an object after it, does the act
ARMED = frozenset({"MIL", "REB", "PRM", "COP", "SPY", "UAF"})
# verbal nouns whose genitive is what they act on (مواجهة داعش، اعتقال الحوثي: confronting,
# arresting them), whatever follows
PATIENT_GENITIVE = frozenset(
    {"مواجهه", "مكافحه", "محاربه", "قتال", "اعتقال", "توقيف", "احتجاز", "ملاحقه", "استهداف"}
)
# words after a verbal noun's genitive that are no object of it (verbs of happening, time)
NOT_OBJECTS = frozenset(
    {"جري", "تم", "وقع", "كان", "كانت", "جاء", "جاءت", "يوم", "امس", "اليوم", "مساء", "صباح",
     "ليلا", "فجر", "عقب", "بعد", "قبل", "خلال", "اثناء", "منذ", "حين", "عندما", "حيث", "الذي",
     "التي", "الذين", "وهو", "وهي", "قد", "لم", "لن", "ان", "انه", "انها",
     # where (قصف قوات الدعم السريع شرق الجسر: the place of the shelled, no object)
     "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "قرب", "داخل", "خارج",
     "وسط", "محيط", "اطراف", "حول", "عند", "لدي", "امام", "خلف", "فوق", "تحت", "بين", "هناك",
     "هنا"}
)
# a possessive pronoun's gender: feminine (or a plural of things), masculine, people
POSSESSIVE_GENDER = {"ها": "f", "ه": "m", "هم": "p"}
# words that may stand between the genitive doer and its لـ-object (أخيرا، مجددا)
ADVERBS = frozenset({"اخيرا", "مجددا", "مؤخرا", "ايضا", "امس", "اليوم", "مرة", "اخري"})


def _skip(coder: _Coder, t: int, end: int, words: frozenset[str] = frozenset()) -> int:
    while t < end and (coder.tokens[t].norm in NAME_QUOTES or coder.tokens[t].norm in words):
        t += 1
    return t


def quoted_after(coder: _Coder, between: range, c: _Cand) -> bool:
    """تستهدف «داعش»: only an opening quotation mark (and skippable words) stands between
    a verb and the name after it, which is then its subject."""
    return any(coder.tokens[t].norm in NAME_QUOTES for t in between) and all(
        t < c.hit.end or coder.tokens[t].norm in NAME_QUOTES or coder._is(t, "skippable")
        for t in between
    )


def _lam_object(coder: _Coder, t: int) -> bool:
    """لمساجد، للقوات: a word under the preposition لـ (not لدى، لكن)."""
    n = coder.tokens[t].norm
    return coder.tokens[t].kind == "word" and (
        n.startswith("لل") or (n.startswith("ل") and coder._has_prep_clitic(t))
    )


def _bare_object(coder: _Coder, si: int, t: int) -> bool:
    """منزل، مقرا، قرية: an indefinite noun (no article, no preposition, no name) that can be
    the object of the verbal noun before it."""
    from marsad.events.coder import PREPOSITIONS  # coder imports this module

    tok = coder.tokens[t]
    n = tok.norm
    return (
        tok.kind == "word" and not n.startswith(("ال", "وال", "بال", "لل")) and len(n) > 2
        and n not in PREPOSITIONS and not coder._has_prep_clitic(t)
        and coder._mention_at(si, t) is None and not n.startswith(("و", "ف"))
        and n not in NOT_OBJECTS
    )


def genitive_doer(
    coder: _Coder, si: int, c: _Cand, lo: int, hi: int
) -> tuple[list[int], list[int], str] | None:
    """استهداف «داعش» لمساجد الشيعة، قصف "الحوثيين" للأحياء: the name right after the verbal
    noun (quoted or not) is its doer when a لـ-object follows it; that object is the target."""
    if c.type not in DOER_LAM_TYPES:
        return None
    b = coder.doc.sentence_tokens[si][1]
    first = _skip(coder, c.hit.end, b)
    mi = coder._mention_at(si, first)
    if mi is None or coder.doc.mentions[mi].tokens[0] != first:
        return None
    if coder._prep_before(mi) is not None or not coder._usable(mi, c):
        return None
    after = _skip(coder, coder.doc.mentions[mi].tokens[1], b, ADVERBS)
    if after < b and _bare_object(coder, si, after) and (
        coder.doc.mentions[mi].actor.sector_code in ARMED
        and coder.tokens[first].norm.startswith(("ال", *NAME_QUOTES))
        and not any(k in PATIENT_GENITIVE for k in coder._keys(c.hit.head))
    ):
        # اقتحام ميليشيا الحوثي منزل القيادي: an armed group, then the thing it acts on
        return coder._group(si, mi, lo, hi), [], "genitive doer before its object"
    if after >= b or not _lam_object(coder, after):
        return None
    target = coder._mention_at(si, after)
    patients = coder._group(si, target, after, hi) if target is not None else []
    return coder._group(si, mi, lo, hi), patients, "genitive doer before a لـ-object"


def _possessive_agrees(coder: _Coder, gender: str, mi: int) -> bool:
    """Whether mention ``mi`` can own a possessive pronoun of ``gender``: as for relative
    pronouns, except that a state is feminine (مصر وتضامنها), or its people (plural)."""
    from marsad.events.coder import _mention_agrees

    m = coder.doc.mentions[mi]
    if gender == "p" and m.actor.kind == "ORG":
        return True  # مجلس التعاون ... دعمهم: a body stands for its members
    if m.actor.kind == "GPE":
        return gender == "f"
    return _mention_agrees(gender, coder._mention_form(mi), m.actor.kind)


def possessor(
    coder: _Coder, si: int, c: _Cand, suffix: str, lo: int, hi: int
) -> tuple[list[int], list[int], str] | None:
    """The doer a possessive pronoun on an action noun points to: the subject of the light
    verb that takes the noun (أعربت قطر، حليفة تركيا، عن تضامنها: Qatar) when it agrees,
    else the nearest agreeing mention before the noun in the sentence, else the previous
    sentence's actor when it agrees; None when no mention agrees (no actor guessed)."""
    gender = POSSESSIVE_GENDER.get(suffix)
    a = coder.doc.sentence_tokens[si][0]
    h = c.hit.head
    if c.hit.entry.head in PATIENT_OWNER_HEADS and not _object_after(coder, si, c):
        return _owner_undergoes(coder, si, c, gender, a, lo, hi)
    # the light verb may stand further back when عن opens the noun (أعرب فلان، ...، عن أمله)
    back = h - 1
    while back > a and coder.tokens[back].norm in NAME_QUOTES:
        back -= 1
    reach = 16 if coder.tokens[back].norm == "عن" else 7
    for t in range(h - 1, max(a, h - reach) - 1, -1):
        if coder.tokens[t].norm in SENTENCE_BREAKS:
            break
        if coder._is(t, "light_verb"):
            found = coder._verb_subject(si, t, a, hi, c)
            if found and (gender is None or _possessive_agrees(coder, gender, found[0][0])):
                return found[0], [], "owner of the possessive pronoun: the light verb's subject"
            break
    for mi in reversed(coder.by_sentence.get(si, [])):
        m = coder.doc.mentions[mi]
        if m.tokens[1] > h or not coder._usable(mi, c):
            continue
        if gender is None or _possessive_agrees(coder, gender, mi):
            return coder._group(si, mi, lo, hi), [], "owner of the possessive pronoun"
    prev = coder.prev_actor
    if prev and (gender is None or _possessive_agrees(coder, gender, prev[0])):
        return list(prev), [], "owner of the possessive pronoun (earlier)"
    return None



# acts done to a person, whose possessive pronoun is that person (اعتقاله، لاغتياله، إعدامهم)
PATIENT_OWNER_HEADS = frozenset(
    {"اعتقال", "احتجاز", "توقيف", "اغتيال", "اختطاف", "خطف", "اعدام", "تعذيب", "ترحيل",
     "تدمير"}
)


def _object_after(coder: _Coder, si: int, c: _Cand) -> bool:
    """باعتقالها قائد المجموعة: a name right after the noun is its object, so the pronoun
    is the doer after all."""
    mi = coder._mention_at(si, _skip(coder, c.hit.end, coder.doc.sentence_tokens[si][1]))
    return mi is not None and coder._prep_before(mi) is None


def _owner_undergoes(
    coder: _Coder, si: int, c: _Cand, gender: str | None, a: int, lo: int, hi: int
) -> tuple[list[int], list[int], str]:
    """أعلنت الشرطة اعتقاله، خطة لاغتياله: the pronoun is who is arrested or killed (the
    nearest agreeing name before the noun); the doer is the light verb's subject or none."""
    governed = coder._light_verb_subject(si, c, a, lo, hi)
    doer = governed[0] if governed else []
    for mi in reversed(coder.by_sentence.get(si, [])):
        m = coder.doc.mentions[mi]
        if m.tokens[1] > c.hit.head or mi in doer or not coder._usable(mi, c):
            continue
        if gender is None or _possessive_agrees(coder, gender, mi):
            return doer, coder._group(si, mi, lo, hi), "the possessive pronoun is who undergoes it"
    return doer, [], "the possessive pronoun is who undergoes it"


FEMININE_WORD_END = ("ه", "ات")


def object_disagrees(coder: _Coder, mi: int, c: _Cand) -> bool:
    """وحذرت المجلس العسكري، هاجمت المتمردين: the name right after a verb that does not agree
    with it (a feminine verb, a masculine noun; an accusative plural) is its object."""
    first = _skip(coder, c.hit.end, coder.doc.mentions[mi].tokens[0])
    if c.hit.tense not in ("past", "present"):
        return False
    from marsad.events.lexicon import lexicon

    if any(t == "noun" for _, t in lexicon().index.get(c.hit.key, ())):
        return False  # قصف المدفعية، دعم الحوثيين: a verbal noun and its genitive doer
    verb, noun = coder._call_person(c), coder._noun_person(mi)
    if noun != "p" and carries_subject(coder, c):
        return True  # نطالب أولا الحكومة، انتقدوا الحكومة، وينتقدون السلطة: the object
    if first != coder.doc.mentions[mi].tokens[0]:
        return False  # أشعل مئات المحتجين: a word between may be the subject
    if verb == "f" and c.hit.key == c.hit.entry.head:
        return False  # a stem that itself ends in ت or starts with it (ثبت، تقدم)
    if noun == "m" and coder._mention_form(mi).endswith(FEMININE_WORD_END):
        return False  # متحدثة باسم الجيش: a woman, though her title is a man's word
    return noun == "obl" or {verb, noun} == {"m", "f"}


def carries_subject(coder: _Coder, c: _Cand) -> bool:
    """نطالب، طالبنا، انتقدوا، ينتقدون: a first-person verb or one with a plural subject
    suffix has its subject in itself, so a single name after it is its object."""
    if coder._first_person(c.hit):
        return True
    k, head = c.hit.key, c.hit.entry.head
    if k.startswith(head):
        return k != head and k[len(head):] == "وا"  # past: انتقدوا (not a stem in وا)
    return k[:1] in "يت" and k.endswith("ون")  # present: ينتقدون، يطالبون


def subject_before(
    coder: _Coder, si: int, h: int, mi: int, c: _Cand
) -> tuple[list[int], str] | None:
    """The subject of a verb whose next name is its object: the agreeing subject before it in
    the sentence, with that name as what the act is aimed at; None (left to the fallbacks)
    when none agrees."""
    c.target = mi
    return coder._caller(si, h, c)


NEAR = 10  # tokens: closer than this, any ungoverned mention may be the doer (as before)


def _subject_slot(coder: _Coder, si: int, first: int) -> bool:
    """Whether a name starting at token ``first`` stands where a subject stands: first in
    its clause, or after a verb, a saying verb or a particle that opens a clause."""
    a = coder.doc.sentence_tokens[si][0]
    if first - a <= 2:
        return True  # أعلنت X، قال X: the sentence's opening verb and its subject
    t = first - 1
    while t >= a:
        n = coder.tokens[t].norm
        if coder._punct(t) and n not in NAME_QUOTES:
            return True
        if t in coder.verb_heads or any(
            coder._is(t, g) for g in ("say_verb", "subject_link", "light_verb")
        ):
            return True
        if not (coder._is(t, "skippable") or n in NAME_QUOTES):
            return False
        t -= 1
    return True


def _title_chain_start(coder: _Coder, si: int, first: int) -> int:
    """Where the chain of titles and names that ends at token ``first`` starts: قام ولي ولي
    العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير محمد: at the first ولي; a
    nationality adjective after a title (الرئيس الأمريكي باراك أوباما) is part of it."""
    from marsad.events.coder import _title_words  # coder imports this module

    a = coder.doc.sentence_tokens[si][0]
    titles = _title_words()
    for _ in range(12):
        t = first - 1
        if t < a:
            break
        n = coder.tokens[t].norm
        title_before = t - 1 >= a and coder.tokens[t - 1].norm in titles
        if n in titles or (n[:1] in "لو" and n[1:] in titles) or (
            n.endswith(("ين", "ان")) and n[:-2] in titles  # الرئيسين السيسي والبشير
        ) or (
            coder._mention_at(si, t) is not None and not coder._punct(t)
        ) or (title_before and n.startswith("ال") and n.endswith(("ي", "يه"))) or (
            coder._is(t, "partitive")  # قوات الجيش، عناصر التنظيم: the unit of a body
        ) or n in BODY_WORDS:  # تنظيم حزب العمال، جماعة الحوثي: the body's kind
            first = t
        else:
            break
    return first


def _plural_verb(n: str) -> bool:
    """A verb by its plural suffix: past مكنوا، فرضوا; present يدعمون، تواصلون."""
    stem = n[1:] if n[:1] in "وف" and len(n) > 5 else n
    return (len(stem) >= 4 and stem.endswith("وا")) or (
        len(stem) >= 5 and stem[:1] in "يت" and stem.endswith("ون")
    )


def _fronted_phrase_start(coder: _Coder, si: int, first: int) -> int:
    """Where time words and one prepositional phrase that stand between a verb and its
    subject start (وصل إلى القاهرة أمس الخميس ميدفيديف): the subject stands after the verb."""
    from marsad.events.coder import PREPOSITIONS  # coder imports this module

    a = coder.doc.sentence_tokens[si][0]
    t = first
    while t - 1 >= a and coder._is(t - 1, "skippable"):
        t -= 1
    if t - 2 >= a and coder.tokens[t - 2].norm in PREPOSITIONS and coder.tokens[t - 1].is_word:
        while t - 3 >= a and coder._is(t - 3, "skippable"):
            t -= 1
        return t - 2
    return first


def in_subject_slot(coder: _Coder, si: int, mi: int) -> bool:
    """Whether mention ``mi`` stands where a subject stands (clause start, after a verb or
    أن/إن), however far from the trigger. A name after a noun is that noun's genitive
    (إدانة بلاده، مبعوث الأمم المتحدة، مواقع داعش): it does no act that a verbal noun further
    on names. A unit of it (قوة من جيش، وحدات تابعة للجيش) stands in its unit's place, a
    second conjunct (ومليشيات الحوثي) in the first one's, parties after بين are the sides of
    what follows, and a nationality adjective (العملية الروسية) says whose act its noun is."""
    m = coder.doc.mentions[mi]
    if coder._adjective(mi) and m.text.startswith("ال") and m.actor.kind != "PER":
        return True  # العملية الروسية، الاحتلال الحوثي
    first = m.tokens[0]
    a = coder.doc.sentence_tokens[si][0]
    if coder.tokens[first].norm.startswith("و") and first > a:
        back = first - 2 if coder.tokens[first - 1].norm == "،" else first - 1
        prev = coder._mention_at(si, back) if back >= a else None
        if prev is not None and prev != mi:
            return in_subject_slot(coder, si, prev)
    before = first - 1
    if before >= a and coder.tokens[before].norm in LEADER_OR_SIDES:
        return True  # بين الطرفين، بقيادة كاسترو، مشاركة البيشمركة: the sides, who leads, who joins
    if coder.tokens[first].norm.startswith("و") and any(
        coder.tokens[t].norm == "بين" for t in range(max(a, first - 4), first)
    ):
        return True  # بين ممثلي الشرعية ومليشيات الحوثي
    if before - 1 >= a and coder.tokens[before].norm == "من" and coder._is(
        before - 1, "partitive"
    ):
        first = before - 1
    elif before >= a and coder._is(before, "owner"):
        first = next(
            (t for t in range(before - 1, max(a - 1, before - 4), -1)
             if coder._is(t, "partitive")),
            first,
        )
    first = _title_chain_start(coder, si, first)
    for t in range(first - 1, max(a - 1, first - 16), -1):
        if coder._punct(t):
            break
        if coder.tokens[t].norm in DOING_VERBS:
            return True  # قام صاحب السمو الأمير ... وزير الدفاع بزيارة
    if first > a and _plural_verb(coder.tokens[first - 1].norm):
        return True  # مكنوا داعش من اعتقالهم: the object of a verb, not a genitive
    if first > a and coder.tokens[first - 1].norm in OPENING_BRACKETS:
        return False  # (مبعوث الأمم المتحدة إلى سوريا): an aside
    if first - a == 2 and coder.tokens[first - 1].norm.endswith("ه"):
        return False  # وجاءت كلمة العبادي: the genitive of a noun in ـة, not a verb's subject
    if _subject_slot(coder, si, first):
        return True
    fronted = _fronted_phrase_start(coder, si, first)
    return fronted != first and _subject_slot(coder, si, fronted)


def may_be_subject(coder: _Coder, si: int, mi: int, h: int) -> bool:
    """Whether the fallback may take mention ``mi`` as the unnamed doer of the trigger at
    ``h``: near it, or in a subject's place (clause start, after a verb or أن/إن; a unit
    of it, قوة من جيش الاحتلال, counts as it), so that an object or a name deep inside
    a long sentence is not guessed as the doer."""
    m = coder.doc.mentions[mi]
    if h - m.tokens[1] <= NEAR:
        return True
    first = m.tokens[0]
    if first - 2 >= 0 and coder.tokens[first - 1].norm == "من" and coder._is(
        first - 2, "partitive"
    ):
        first -= 2
    return _subject_slot(coder, si, first)


# the pronoun a subject clause opens with (أنه، بأنها، وإنهم), by the gender it points to
SUBJECT_PRONOUN_GENDER = (("هما", ""), ("ها", "f"), ("هم", "p"), ("ه", "m"))


def pronoun_subject(coder: _Coder, si: int, a: int, t: int, c: _Cand) -> list[int]:
    """What the pronoun subject at token ``t`` (أعلن X أنه، وإنها) refers to: the nearest
    subject-like mention before it that agrees with it (a state is feminine: وإنه يرفض
    after "قال الوزير إن الولايات المتحدة ..." is the minister, not the state)."""
    n = coder.tokens[t].norm
    gender = next((g for suf, g in SUBJECT_PRONOUN_GENDER if n.endswith(suf)), "")
    for mi in reversed(coder.by_sentence.get(si, [])):
        m = coder.doc.mentions[mi]
        if m.tokens[1] > t or m.tokens[0] < a:
            continue
        before = coder._mention_at(si, m.tokens[0] - 1) if m.tokens[0] > a else None
        if before is not None and not coder._same_entity(before, mi):
            continue  # أبلغت تركيا الأمم المتحدة أنها: the object right after the subject
        if coder._prep_before(mi) is None and coder._usable(mi, c) and (
            not gender or _possessive_agrees(coder, gender, mi)
        ):
            return coder._group(si, mi, a, t)
    return []
