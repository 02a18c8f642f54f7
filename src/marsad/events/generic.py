"""Verbal nouns that name a kind of act, not an act that took place.

News writes about attacks, clashes and charges in general as often as it reports them:
"أن استهداف المدنيين انتهاك للقانون" states a norm, "لتجنب الاشتباكات" an aim that did
not happen, "مواجهتهم لتهم فساد" a legal ordeal, and "يتهمون فيها تركيا باتهامات" repeats
the verb's own event as its cognate object. ``generic_reason`` says why such a trigger is
not an event of its own ("" when it may be one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from marsad.events.lexicon import Hit, has_article
from marsad.text.normalize import norm
from marsad.text.tokens import Token

# words that make the verbal noun before them the subject of a judgement (X جريمة، X بات
# أمرا مرفوضا، X يشكل انتهاكا): the act is evaluated as a kind, not reported
_PREDICATES = frozenset({
    "جريمه", "جرائم", "انتهاك", "انتهاكا", "خرق", "خرقا", "امر", "امرا", "مرفوض", "مرفوضا",
    "محرم", "محرما", "حرام", "خط", "يعد", "تعد", "يعتبر", "تعتبر", "يشكل", "تشكل",
    "يمثل", "تمثل", "بات", "باتت", "اصبح", "اصبحت", "صار", "صارت", "ليس", "ليست",
})
# what comes before the noun of a judged act: a complementizer or the start of a clause
_OPENERS = frozenset({"ان", "انه", "لان", "بان", "وان", "فان", "،", ",", ":", "«", '"'})
# words that make the act after them one avoided or prevented (تفادي الاشتباكات، لمنع
# الهجوم، العودة إلى القتال): not an event that happened
_AVERTED = frozenset({
    "تفادي", "منع", "تجنب", "تجنيب", "الحيلوله", "درء", "العوده", "عوده",
    "تفاديا", "منعا", "تجنبا",
})
# words that stop or suspend the act after them (لوقف الاعتداءات، إيقاف القصف، أن توقف
# تركيا عملياتها): the sentence reports the halt, or a call for it, not the act. Bare وقف
# (also "stood"), تعليق (also "a comment") and إنهاء take the act right after them only.
_HALTING = frozenset({
    "لوقف", "بوقف", "ووقف", "فوقف", "ايقاف", "لايقاف", "بايقاف", "وايقاف", "يوقف", "توقف",
    "ويوقف", "وتوقف", "اوقف", "اوقفت", "واوقفت", "اوقفوا", "يوقفوا", "ليوقف", "لتوقف",
})
_HALTING_NEAR = frozenset({
    "وقف", "تعليق", "وتعليق", "لتعليق", "بتعليق", "انهاء", "لانهاء", "وانهاء", "بانهاء",
})
# a present "stops" with a pronoun adverb: هدنة تتوقف خلالها الغارات (the raids stop)
_HALTING_PRESENT = frozenset({
    "تتوقف", "يتوقف", "وتتوقف", "ويتوقف", "ستتوقف", "سيتوقف", "فتتوقف", "فيتوقف",
})
_DURING = frozenset({
    "خلالها", "خلاله", "فيها", "فيه", "بموجبها", "بموجبه", "معها", "بعدها", "بعده",
})
_CEASEFIRE_WORDS = frozenset({"اطلاق", "النار", "نار", "القتال", "الاعمال"})
# words that may stand between a halting word and the act: هذه المعركة، كل الهجمات
_DETERMINERS = frozenset({"هذه", "هذا", "هذين", "هاتين", "كل", "كافه", "جميع", "تلك", "ذلك"})
# words before تفتيش that make it a checkpoint, a place (نقطة تفتيش، حواجز التفتيش)
_CHECKPOINT_HEADS = frozenset({
    "نقطه", "نقطتي", "نقاط", "لنقاط", "بنقاط", "ونقاط", "لنقطه", "بنقطه", "ونقطه", "حاجز",
    "حواجز", "وحواجز", "اكمنه", "كمين", "مركز", "مراكز", "بوابات", "بوابه",
})
# words before طالب that make it part of a name (جعفر بن أبي طالب، آل أبي طالب)
_NAME_PARTS = frozenset({"ابي", "ابو", "بن", "ابن", "ال"})
# words after طالب that make it a student or an applicant (طالب جامعي، طالب لجوء)
_STUDENT_WORDS = ("جامعي", "الجامعي", "بجامعه", "ثانوي", "دكتوراه", "ماجستير", "لجوء",
                  "اللجوء", "بكليه", "في جامعه", "علم")
# words after قمة that make it a hill or mountain top, a place (قمة جبل صبر، قمة التل)
_HEIGHTS = frozenset({
    "جبل", "الجبل", "جبال", "الجبال", "تل", "التل", "تله", "التله", "هضبه", "الهضبه",
    "مرتفع", "المرتفع", "مرتفعات", "المرتفعات",
})
# verbs of naming before بقمة: فيما عرف بقمة جبل رضوى is a summit named after a mountain
_NAMING = frozenset({"عرف", "عرفت", "يعرف", "تعرف", "سمي", "سميت", "يسمي", "تسمي"})
# inspections of nuclear sites (عمليات التفتيش، مفتشي الوكالة الدولية للطاقة الذرية) and
# inspection regimes (آلية تفتيش): monitoring under an agreement, not a search or a seizure
_INSPECTION_REGIMES = frozenset({
    "اليه", "اليات", "نظام", "برنامج", "بنظام", "ببرنامج", "باليه", "لاليه", "واليه",
})
_NUCLEAR_PARTS = ("نووي", "الذريه", "يورانيوم", "تخصيب", "مفتش")
# what one faces that is no one's attack (مواجهة تهم، مواجهة ضغوط)
_ORDEALS = frozenset({
    "تهم", "تهمه", "اتهامات", "انتقادات", "ضغوط", "ضغوطا", "تحديات", "صعوبات", "مشاكل",
    "مشكلات", "ازمه", "ازمات", "مخاطر", "خطر", "عقوبات", "قضايا", "دعاوي", "محاكمه",
    "شبح", "نقص", "فقر", "تداعيات", "اتهام",
})
_CLITICS = ("وب", "ول", "و", "ف", "ب", "ل", "ال", "لل", "وال", "بال")


def _bare(word: str) -> tuple[str, ...]:
    """The word and the word without a leading conjunction, preposition or article."""
    return (
        word, *(word[len(p):] for p in _CLITICS if word.startswith(p) and len(word) > len(p) + 2)
    )


def _judged(tokens: Sequence[Token], hit: Hit, a: int, b: int) -> bool:
    """أن استهداف المدنيين انتهاك صارخ: a bare verbal noun opening a clause whose
    predicate, a few words on, judges it."""
    if has_article(tokens[hit.head]):
        return False  # الهجوم على السفارة جريمة: the attack that happened, judged
    before = tokens[hit.head - 1].norm if hit.head > a else "،"
    if before not in _OPENERS:
        return False
    if hit.tense == "past" and (before not in ("ان", "بان", "لان", "وان") or not hit.key.startswith(
        tokens[hit.head].norm[:1]
    )):
        return False  # وطالبت ...: a verb joined by و, not a verbal noun
    for t in range(hit.end, min(b, hit.end + 5)):
        tok = tokens[t]
        if not tok.is_word or (tok.norm[:1] in "بل" and tok.norm not in _PREDICATES):
            return False  # the noun's object is a bare genitive chain (استهداف المدنيين)
        if tok.norm in _PREDICATES:
            return True
    return False


def _averted(tokens: Sequence[Token], hit: Hit, a: int) -> bool:
    """لتفادي الاشتباكات، يمنع العودة إلى القتال: the act named is kept from happening."""
    for t in range(max(a, hit.head - 3), hit.head):
        words = _bare(tokens[t].norm)
        if any(w in _AVERTED for w in words):
            # only a noun chain or إلى between (تفادي العودة إلى الاشتباكات)
            return all(tokens[u].is_word for u in range(t + 1, hit.head))
    return False


def _not_an_act(tokens: Sequence[Token], hit: Hit, a: int, b: int) -> str:
    """نقطة تفتيش: a checkpoint; جعفر بن أبي طالب: a name; طالب جامعي: a student."""
    word = tokens[hit.head].norm
    before = tokens[hit.head - 1].norm if hit.head > a else ""
    after = tokens[hit.end].norm if hit.end < b else ""
    if word in ("تفتيش", "التفتيش") and before in _CHECKPOINT_HEADS:
        return "a checkpoint (نقطة تفتيش), a place, not a search"
    if word.endswith("قمه") and hit.end == hit.head + 1 and after in _HEIGHTS and not (
        word.startswith("ب") and before in _NAMING
    ):
        return "a hill or mountain top (قمة جبل، قمة التل), a place, not a summit"
    if "تفتيش" in word and (
        before in _INSPECTION_REGIMES or _nuclear(tokens, a, b)
    ):
        return "an inspection of nuclear sites or an inspection regime, not a search"
    if word in ("طالب", "وطالب") and hit.end == hit.head + 1:
        if word == "طالب" and before in _NAME_PARTS:
            return "part of a name (بن أبي طالب), not a call"
        if after.startswith(_STUDENT_WORDS):
            return "a student or an applicant (طالب جامعي، طالب لجوء), not a call"
    return ""


def _nuclear(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether the sentence speaks of nuclear sites or their inspectors."""
    return any(part in tokens[t].norm for t in range(a, b) for part in _NUCLEAR_PARTS)


def _halted(tokens: Sequence[Token], hit: Hit, a: int) -> bool:
    """لوقف هذه المعركة، إيقاف القصف التركي، وقف هجماته: the act named is being stopped
    (not one joined to it by و: وقف القتال والانسحاب asks for a withdrawal)."""
    if tokens[hit.head].norm.startswith("و"):
        return False  # وقف ومصادرة الصحف: two acts, the second not halted
    for t in range(hit.head - 1, max(a, hit.head - 4) - 1, -1):
        n = tokens[t].norm
        between = range(t + 1, hit.head)
        if n in _HALTING_PRESENT:  # تتوقف خلالها الغارات، يتوقف القصف
            return all(tokens[u].norm in _DURING | _DETERMINERS for u in between)
        if n in _HALTING and n.endswith("توقف") and len(between) != 1:
            return False  # بعد توقف القصف: the shelling stopped, it had happened
        if n in _HALTING:
            # one word at most between (أن توقف تركيا عملياتها), and not a ceasefire's
            # (وقف إطلاق النار تم التوصل إليه: the halt is of the firing)
            return len(between) <= 1 and all(
                tokens[u].is_word and tokens[u].norm not in _CEASEFIRE_WORDS for u in between
            )
        if n in _HALTING_NEAR:
            return all(tokens[u].norm in _DETERMINERS for u in between)
        if not tokens[t].is_word:
            return False
    return False


def _ordeal(tokens: Sequence[Token], hit: Hit, b: int) -> bool:
    """مواجهتهم لتهم فساد: facing charges or pressure, not a confrontation."""
    if not tokens[hit.head].norm.lstrip("وبل").startswith(("مواجه", "يواجه", "تواجه", "واجه")):
        return False
    for t in range(hit.end, min(b, hit.end + 4)):
        if not tokens[t].is_word:
            return False
        if any(w in _ORDEALS for w in _bare(tokens[t].norm)):
            return True
    return False


def _same_root(verb: str, noun: str) -> bool:
    """Whether the verb's letters after a first alif stand in order in the noun (اتهم،
    اتهام), three at least: أيد and دعم share no root."""
    letters = verb[1:] if verb.startswith("ا") else verb
    rest = iter(noun)
    return len(letters) >= 3 and all(ch in rest for ch in letters)


def _cognate(tokens: Sequence[Token], hit: Hit, verbs: Sequence[Hit]) -> bool:
    """يتهمون فيها تركيا باتهامات: the noun after a verb of its own type is that verb's
    cognate object, the same act."""
    return any(
        v.entry.type == hit.entry.type and v.end <= hit.head <= v.end + 3
        and _same_root(norm(v.entry.head.split("|")[0]), norm(hit.entry.head.split("|")[0]))
        and all(tokens[t].is_word for t in range(v.end, hit.head))
        for v in verbs
    )


def generic_reason(
    tokens: Sequence[Token], hit: Hit, a: int, b: int, verbs: Sequence[Hit]
) -> str:
    """Why the verbal-noun trigger ``hit`` of the sentence ``a``..``b`` names no act of its
    own ("" when it may); ``verbs`` are the sentence's verb triggers."""
    not_act = _not_an_act(tokens, hit, a, b)
    if not_act:
        return not_act
    # a bare past form (أن قصف الأحياء جريمة) reads as the noun when a judgement follows
    if hit.tense in ("noun", "past") and _judged(tokens, hit, a, b):
        return "a kind of act judged (أن استهداف المدنيين انتهاك), not one that happened"
    if hit.tense != "noun":
        return ""
    if _averted(tokens, hit, a):
        return "an act avoided or prevented (تفادي، منع، تجنب، العودة إلى), not one that happened"
    if _halted(tokens, hit, a):
        return "an act stopped or suspended (وقف، إيقاف، تعليق), not one reported as happening"
    if _ordeal(tokens, hit, b):
        return "facing charges or pressure (مواجهة تهم), not a confrontation"
    if _cognate(tokens, hit, verbs):
        return "the cognate object of a verb of its own type (يتهمون ... باتهامات)"
    return ""


def object_genitive(tokens: Sequence[Token], h: int, hit: Hit, first: int) -> bool:
    """نفذوا عملية تفجير أنبوب نفط إقليم كردستان: a name at ``first`` that closes the
    construct chain of the verbal noun after the light verb ``h`` owns that noun's object;
    it is not the subject. Only a chain of bare nouns (no article, no adjective in -ي/-ية,
    no accusative -ا) is read so: شنت غارات جوية طائرات التحالف keeps its subject."""
    if hit.head <= h or first <= hit.end or has_article(tokens[hit.head]):
        return False
    for t in range(hit.end, first):
        tok = tokens[t]
        if not tok.is_word or has_article(tok) or tok.norm.endswith(("ي", "يه", "ا")):
            return False
    return True


def unnamed_doer(
    tokens: Sequence[Token], hit: Hit, a: int, named: Callable[[int], bool],
    light: Callable[[int], bool],
) -> bool:
    """إن مجهولين نفذوا هجوما: the light verb before the verbal noun agrees with the plural
    noun just before it, after أن/إن, which names no actor; the doer is that unnamed group,
    not the sayer."""
    h = next((t for t in range(hit.head - 1, max(a, hit.head - 7) - 1, -1) if light(t)), -1)
    if h < a + 2 or named(h - 1):
        return False
    subject, verb = tokens[h - 1], tokens[h]
    return (
        tokens[h - 2].norm in ("ان", "بان", "لان", "وان")
        and subject.is_word and subject.norm.endswith(("ين", "ون"))
        and verb.norm.endswith(("وا", "ون"))
    )


def however(tokens: Sequence[Token], i: int) -> bool:
    """غير أن / غير أنها: "however", which opens a clause; غير here negates nothing."""
    return (
        tokens[i].norm in ("غير", "وغير") and i + 1 < len(tokens)
        and tokens[i + 1].norm in ("ان", "انه", "انها", "انهم", "انهما", "اننا")
    )


def died_in(
    tokens: Sequence[Token], hit: Hit, a: int, actor: int, casualty: Callable[[int], bool]
) -> bool:
    """وقال المتحدث باسم الناتو إن ثمانية قتلوا في الهجوم: the event noun is where people
    died, and the actor found for it (at token ``actor``) stands in the reporting frame,
    before the first أن/إن: whoever reports the deaths is not the attacker."""
    if hit.tense != "noun" or hit.head - 1 < a:
        return False
    if tokens[hit.head - 1].norm not in ("في", "خلال", "جراء", "اثر"):
        return False
    if not any(casualty(t) for t in range(max(a, hit.head - 5), hit.head - 1)):
        return False
    frame = next((t for t in range(a, hit.head) if tokens[t].norm in ("ان", "بان", "انه")), a)
    return actor < frame
