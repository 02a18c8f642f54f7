"""Acts that news names without reporting them, and sessions that are no meeting of two sides.

"الجيش قادر على صد أي هجوم", "يمكنها مساعدة الحكومة", "لا يحتاج إلا إلى اجتماع" name an
ability, a possibility or a need; "وفي حال مثل هذا العدوان، أو التهديد به" and "إذا تعرضت
سفنها، فتدمر مصافيها" carry a condition past a comma, where the coder's clause window stops.
``unrealised_reason`` says why such a trigger is hypothetical ("" when it is not).

"اطلع مجلس الوزراء على جدول أعمال جلسته", "بعد جلسة الحكومة", "الاجتماع الدوري للجنة" are
the routine sittings of one body: PLOVER's CONSULT is a meeting between actors.
``internal_session`` tells such an event from a meeting of two sides or of a body of states.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.events.lexicon import Hit
from marsad.model import Event
from marsad.text.tokens import Token

_CLITICS = ("و", "ف", "ب", "ل", "ال", "وال", "بال", "فال")
# ability, readiness, possibility, need: the act after them (within a few words) is not done
_ABILITY = frozenset({
    "قادر", "قادره", "قادرون", "قادرين", "قادرا", "مستعد", "مستعده", "مستعدون", "مستعدين",
    "مستعدا", "استعداد", "استعداده", "استعدادها", "استعدادهم", "يمكن", "يمكنه", "يمكنها",
    "يمكنهم", "يمكننا", "يمكنك", "امكان", "بامكان", "بامكانه", "بامكانها", "بامكانهم", "بوسع",
    "بوسعه", "بوسعها", "باستطاعه", "يستطيع", "تستطيع", "يستطيعون", "نستطيع",
    "يحتاج", "تحتاج", "يحتاجون", "نحتاج", "يتطلب", "تتطلب", "يستلزم", "يستدعي", "تستدعي",
    # obliged or forced (سيجدون أنفسهم مرغمين على تقديم تنازلات): bound to act, not acting
    "مرغم", "مرغمه", "مرغمين", "مرغمون", "مرغما", "مجبر", "مجبره", "مجبرين", "مجبرون",
    "مجبرا", "مضطر", "مضطره", "مضطرين", "مضطرون", "ملزم", "ملزمه", "ملزمين", "ملزمون",
    "ملزما",
})
# what may link an ability word to the act it names (قادر على، يمكن أن، إمكان عقد)
_LINKS = frozenset({
    "ان", "بان", "علي", "الي", "الا", "من", "عقد", "اجراء", "شن", "تنفيذ", "تقديم", "تحقيق", "يكون",
    "تكون", "يؤدي", "تؤدي",
})
# purpose: what the act after them is for (بهدف، بغرض، سعيا إلى)
_PURPOSE = frozenset({"بهدف", "لهدف", "بغرض", "لغرض", "سعيا", "ابتغاء", "توخيا"})
_STOPPING = frozenset({"وقف", "ايقاف", "منع", "انهاء", "صد", "ردع", "مواجهه", "التصدي"})
# openers of a condition; the act coordinated with its clause after a comma, or the
# consequence opened by ف, stays conditional
_CONDITION = frozenset({"اذا", "لو", "واذا", "فاذا", "ولو"})
_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللاتي", "اللواتي"})
_CONDITION_NOUN = frozenset({"حال", "حاله"})  # في حال(ة)
# expectation and schedule: من المقرر، أن يزور (a comma between)
_EXPECTED = frozenset({
    "مقرر", "متوقع", "مزمع", "منتظر", "مرتقب",
    # awaiting and expecting verbs (وينتظر أن يلتقي، تنتظر الحكومة أن يزور)
    "ينتظر", "تنتظر", "ينتظرون", "ننتظر", "يرتقب", "يترقب", "يتوقع", "تتوقع", "يتوقعون",
    "نتوقع",
})
# likelihood: من المرجح أن نشهد هجمات، من المحتمل أن يلتقي (a guess, not a schedule)
_LIKELY = frozenset({"مرجح", "محتمل", "مستبعد"})
_PREPOSITIONS = frozenset({
    "علي", "في", "من", "الي", "عن", "مع", "حول", "بين", "ضد", "لدي", "خلال", "اثناء", "قبل", "بعد",
})
# negation before a governing verb: the act it governs is not done either
_NEGATION = frozenset({"لم", "لن", "لا", "ولم", "ولن", "ولا", "فلم", "فلن", "فلا", "عدم", "بعدم"})
# permission (لن تسمح لإيران بأن تتدخل، لا يمكن السماح لمجموعات بأن تدمر)
_PERMIT = frozenset({
    "يسمح", "تسمح", "نسمح", "اسمح", "يسمحوا", "يسمحون", "سماح", "السماح", "يسمحا", "تسمحوا",
})
# hearing and knowing (لم يسمع بأنه حجب، لم نر أن أحدا اعتقل): the act is not asserted
_KNOW = frozenset({
    "يسمع", "نسمع", "اسمع", "تسمع", "يسمعوا", "يعلم", "نعلم", "اعلم", "تعلم", "يعرف", "نعرف",
    "يقرا", "نقرا", "يري", "نري", "اري", "تري", "يشاهد", "نشاهد",
})
# verbs of being, coming and report after a negation (لم يرد تأكيد للهجوم، لم يصدر تعليق
# على الهجوم): what they negate is news of the act, whose ل marks an object, not an aim
_NO_NEWS = frozenset({
    "يرد", "ترد", "يصدر", "تصدر", "يكن", "تكن", "يوجد", "توجد", "يحدث", "تحدث", "يتوفر",
    "تتوفر", "يعلن", "تعلن", "يتسن", "يتضح", "تتضح", "يعرف", "يتم", "تتم",
})
# verbs that a negation before them does not make the act after them undone: لم يعد
# (no longer), لا يزال (still), لم يتردد (did not hesitate to)
_ASPECT = frozenset({
    "يعد", "تعد", "يزال", "تزال", "نزال", "زال", "زالت", "يتردد", "تتردد", "يتوقف",
    "تتوقف", "تتوان", "يتوان", "يكف", "تكف", "يخف", "تخف",
})
# sessions and meetings that a single body holds
_SESSION = frozenset({"جلسه", "جلسات", "جلسته", "جلستها", "جلساته", "جلساتها", "جلساتهم"})
_MEETING = ("اجتماع",)
# what marks a meeting as a body's own routine sitting
_ROUTINE = frozenset({
    "دوري", "اسبوعي", "شهري", "عادي", "اعتيادي", "سنوي", "لجنه", "حكومه", "برلمان",
    "نواب", "شوري", "حزب", "كتله", "مكتب", "هيئه", "اداره", "ادارات", "امانه", "محكمه",
})
# national councils (مجلس الوزراء، مجلس النواب، مجلس المحافظين، المجلس الثوري لفتح)
_COUNCILS = frozenset({
    "وزراء", "نواب", "شوري", "شعب", "امه", "دفاع", "محافظين", "اداره", "ثوري", "عسكري",
    "قضاء", "وطني",
})
# a session named as talks, or held between sides, is a meeting
_TALKS = frozenset({
    "مباحثات", "محادثات", "مفاوضات", "مشاورات", "حوار", "تفاوض", "مصالحه", "بين", "مع",
})


def _bare(word: str) -> tuple[str, ...]:
    """The word and the word without a leading conjunction, preposition or article."""
    return (
        word, *(word[len(p):] for p in _CLITICS if word.startswith(p) and len(word) > len(p) + 2)
    )


def _ability(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """قادرون على محاسبة، يمكنها مساعدة، يتطلب اعترافا، إمكان عقد لقاء: the trigger is the
    complement of the ability word, with only linking words between (not لا يستطيع التراجع
    عن هذه المعركة: the battle is real, only the retreat is not)."""
    if hit.tense == "past" and (hit.head <= a or tokens[hit.head - 1].norm not in ("علي", "الي")):
        return ""  # a past verb is done; after على (قادر على صد) صد is the noun
    for t in range(hit.head - 1, max(a, hit.head - 4) - 1, -1):
        tok = tokens[t]
        if not tok.is_word:
            return ""
        if any(w in _ABILITY for w in _bare(tok.norm)):
            return f"an ability, readiness or need ({tok.norm!r})"
        if not (tok.norm in _LINKS or (tok.norm.startswith("ل") and len(tok.norm) > 4)):
            return ""
    return ""


def _condition(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """وفي حال مثل هذا العدوان، أو التهديد به؛ إذا تعرضت سفنها، فتدمر: a condition opened
    before a comma right after which the trigger continues its clause (أو، و) or answers it
    (ف). A future verb there (فإيران ستنسحب) is a threat or a promise, which the coder reads."""
    if hit.future or hit.head - 1 <= a:
        return ""
    head = tokens[hit.head].norm
    prefixed = head[:1] in ("و", "ف") and not hit.key.startswith(head[:1])
    t = hit.head - 1
    if not prefixed and tokens[t].norm in ("او", "و", "ام"):
        t -= 1
    elif not prefixed:
        return ""
    if prefixed and head[:1] == "و" and tokens[t].is_word:
        # وإذا مر القرار واستخدم أوباما حق النقض، إذا لم يبادروا إلى الخروج وسحب قواتهم:
        # the act joined by و to the condition's own clause, with no break between
        for u in range(hit.head - 2, max(a, hit.head - 9) - 1, -1):
            tok = tokens[u]
            if not tok.is_word or tok.norm in _RELATIVES:
                return ""  # لو توافرت الخدمات التي قطعت ودمرت: the relative clause is done
            if tok.norm in _CONDITION:
                return f"conditional ({tok.norm!r}, joined by و)"
        return ""
    if tokens[t].norm not in ("،", ","):
        return ""  # the comma must come right before: واعتبروا أن احتجازهم is a new clause
    for u in range(t - 1, max(a, t - 12) - 1, -1):
        tok = tokens[u]
        if not tok.is_word:
            return ""  # a second break ends the condition's reach
        n = tok.norm
        if n in _CONDITION or (
            n in _CONDITION_NOUN and u > a and tokens[u - 1].norm in ("في", "وفي")
        ):  # not إن: without hamzas it reads as أن (that)
            return f"conditional ({n!r} before the comma)"
    return ""


def _expected(
    tokens: Sequence[Token], hit: Hit, a: int, words: frozenset[str] = _EXPECTED
) -> bool:
    """ومن المقرر، أن يزور؛ من المقرر أن تفرض الحكومة عقوبات: an expectation (or, with
    ``words`` = _LIKELY, a likelihood) whose أن the coder's window does not reach."""
    h = hit.head
    if hit.tense == "noun" and words is _EXPECTED and _expected_noun(tokens, hit, a):
        return True
    if hit.tense == "noun":
        # من المرجح أن تفرض الحكومة عقوبات: أن, a present verb, its subject, the noun (no
        # preposition between: من المقرر أن تؤثر على سير المعارك names no future battle)
        for t in range(h - 2, max(a, h - 5) - 1, -1):
            if tokens[t].norm not in ("ان", "بان"):
                continue
            verb = tokens[t + 1].norm
            subject = [tokens[u] for u in range(t + 2, h)]
            if verb[:1] in "يتن" and len(verb) > 3 and all(
                u.is_word and u.norm not in _PREPOSITIONS and u.norm[:1] not in "بل"
                for u in subject
            ):
                h = t + 1
            break
    if h - 1 <= a or tokens[h - 1].norm not in ("ان", "بان"):
        return False  # أن right before: من المقرر أن تؤثر على سير المعارك names no future battle
    if h - 2 >= a and tokens[h - 2].norm in ("الي", "حتي"):
        return False  # ننتظر إلى أن توصلوا لاتفاق: until it was done
    for t in range(h - 2, max(a, h - 5) - 1, -1):
        if any(w in words for w in _bare(tokens[t].norm)):
            return True
    return False


def _expected_noun(tokens: Sequence[Token], hit: Hit, a: int) -> bool:
    """ومن المنتظر اتخاذ قرار بفرض عقوبات، من المرتقب وصول الوزير: an expectation noun
    (من المنتظر) right before the verbal noun, or before a light noun (اتخاذ قرار ب)."""
    for t in range(hit.head - 1, max(a, hit.head - 4) - 1, -1):
        tok = tokens[t]
        if not tok.is_word or tok.norm in _NOT_GOVERNED or tok.norm in _PREPOSITIONS:
            return False
        if any(w in _EXPECTED for w in _bare(tok.norm)):
            return tok.norm.startswith(("ال", "وال"))  # not ينتظرون زيارة: awaited by whom
    return False


def _purpose(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """بهدف تفجير المساجد، من أجل اقتحام القاعدة، بهدف وقف القتال والانسحاب: the act a
    verbal noun names after a purpose phrase is aimed at, not done (an attempt, محاولة
    اغتيال, is coded as the act and is not read here)."""
    if hit.tense != "noun" or hit.head <= a:
        return ""
    if any(w in _STOPPING for w in _bare(tokens[hit.head - 1].norm)):
        return ""  # بهدف وقف هجماته: the attacks are real, stopping them is the aim
    for t in range(hit.head - 1, max(a, hit.head - 4) - 1, -1):
        tok = tokens[t]
        if not tok.is_word:
            return ""
        n = tok.norm
        pair = (tokens[t - 1].norm, n) if t > a else ("", n)
        if n in _PURPOSE or pair in (("من", "اجل"), ("في", "سبيل")):
            return f"an aim ({n!r} + event noun)"
        if n in ("عن", "علي", "في", "من", "مع", "ضد"):
            return ""  # بهدف تحديد المسؤولين عن هجمات: the aim is about an act that happened
    return ""


def _negated_governor(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """لن تسمح لإيران بأن تتدخل، لم يسمع بأنه حجب، لم يدخل الأراضي السورية لتدمير
    أهداف: the act is the complement of a negated permission or knowing verb, or the aim of
    a negated verb: it is not reported as done."""
    h = hit.head
    for t in range(h - 1, max(a, h - 7) - 1, -1):
        if not tokens[t].is_word:
            return ""
        n = tokens[t].norm
        if n in _NEGATION and t + 1 < h:
            verb = tokens[t + 1].norm
            if verb in _ASPECT:
                return ""
            rest = [tokens[u].norm for u in range(t + 1, h)]
            if "الا" in rest or "سوي" in rest:
                return ""  # لا ... إلا: only, an affirmation
            if verb in ("يمكن", "يمكنه", "يمكنها") and len(rest) > 1:
                rest = rest[1:]  # لا يمكن السماح ...
            first = rest[0]
            last = rest[-1]
            head = tokens[h].norm
            if first in _PERMIT and (
                last in ("ان", "بان") or (head.startswith("ب") and hit.tense == "noun")
            ):
                return f"not permitted ({n!r} + {first!r})"
            if first in _KNOW and any(
                w.startswith(("ان", "بان")) and len(w) <= 5 for w in rest[1:]
            ):
                return f"not known to have happened ({n!r} + {first!r} + أن)"
            if (
                hit.tense == "noun" and head.startswith("ل") and not hit.key.startswith("ل")
                and n != "عدم" and len(rest) >= 2 and first not in _NO_NEWS
            ):
                return f"the aim of a negated act ({n!r} + {first!r} ... ل)"
            return ""
    return ""


# what may stand between a negated verb and its object: any, ever, yet (لن تقدم أية
# امتيازات أو تنازلات، لم تصدر إلى الآن بيانات احتجاج، لم تطلق قط أي رصاصة)
_FILLERS = frozenset({
    "اي", "ايه", "ايا", "اية", "ابدا", "مطلقا", "اطلاقا", "قط", "حتي", "الي", "الان", "بعد",
    "اليوم", "الساعه", "من", "جانبها", "جانبه", "جهتها", "جهته",
})


def _negated_far(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """لن تقدم أية امتيازات أو تنازلات، لم تصدر إلى الآن بيانات احتجاج: a negated verb
    whose object, past "any", "yet" or a first object joined by أو/ولا, is the trigger
    (the coder's negation window is three words)."""
    if hit.tense != "noun":
        return ""
    h = hit.head
    for t in range(h - 4, max(a, h - 8) - 1, -1):
        n = tokens[t].norm
        if n not in _NEGATION:
            continue
        verb = tokens[t + 1].norm
        if verb in _ASPECT or (verb in _NO_NEWS and verb not in ("يصدر", "تصدر", "يعلن", "تعلن")):
            return ""
        between = range(t + 2, h)
        ok = all(
            tokens[u].norm in _FILLERS or tokens[u].norm in ("او", "ولا")
            or (tokens[u].is_word and u + 1 < h and tokens[u + 1].norm in ("او", "ولا"))
            for u in between
        )
        return f"negated beyond any or yet ({n!r} {verb!r} ...)" if ok else ""
    return ""


# instead of: بدلا من، بدل أن، عوضا عن
_INSTEAD = frozenset({"بدلا", "وبدلا", "بدل", "وبدل", "عوضا", "وعوضا"})
# what may stand between بدلا من and the act it sets aside (بدلا من أن يتم دعمهم)
_INSTEAD_LINKS = frozenset({"ان", "يتم", "تتم", "يجري", "تجري", "يقوم", "تقوم", "يقوموا"})


def _instead(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """بدلا من أن يتم دعمهم، بدلا من دعم المعارضة، عوضا عن مهاجمة المواقع، بدل أن يهاجموا:
    the act set aside by "instead of" did not happen (not an act further on, governed by
    another noun: بدلا من التركيز على دعمها)."""
    h = hit.head
    t = h - 1
    while t > a and tokens[t].norm in _INSTEAD_LINKS and h - t <= 3:
        t -= 1
    if t < a:
        return ""
    n = tokens[t].norm
    if n in ("من", "عن") and t > a and tokens[t - 1].norm in _INSTEAD:
        return f"set aside ({tokens[t - 1].norm!r} {n!r})"
    if n in _INSTEAD and t + 1 < h and tokens[t + 1].norm == "ان":
        return f"set aside ({n!r} أن)"
    return ""


# what opens a clause whose first words are على + a party (إن على الحكومة أن، يجب على)
_DUTY_OPENERS = frozenset({
    "ان", "بان", "انه", "لكن", "ولكن", "يجب", "ويجب", "فيجب", "ينبغي", "وينبغي", "يتعين",
    "ويتعين", "بل", "اذ", "لذا", "ولذا", "فان", "وان", "كان", "وكان",
})
# على + these is a place or a manner, no party (إن على الحدود قوات، إن على رأس الوفد)
_NO_PARTY = frozenset({
    "ارض", "حدود", "صعيد", "مستوي", "رغم", "اقل", "ساحه", "راس", "طول", "مدي", "مدار",
    "خلفيه", "اثر", "غرار", "جبهه", "طاوله", "اطلاق", "فور", "دوام", "نحو", "ما", "هامش",
    "عاتق", "الرغم", "الاقل", "ذلك", "هذا", "هذه", "الفور", "الارض", "الحدود", "الصعيد",
    "المستوي", "الساحه", "الجبهه", "الطاوله", "الاطلاق", "الدوام", "المدي", "الهامش",
    "اساس", "الاساس", "اعتبار", "امتداد", "مقربه", "بعد", "مسافه", "حساب", "سبيل", "وجه",
    "حد", "خط", "الخط", "الخطوط", "خلاف", "غير", "عكس", "العكس", "قدم", "تلك", "هذين",
    "هاتين", "وقع", "ذكر", "ايدي", "يد", "يدي", "ضوء", "اعقاب",
})


def _duty(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """إن على الحكومة التركية الإعراب عن استعدادها للحوار، على الأطراف أن توقف القتال،
    يجب على الحكومة سحب قواتها: an act laid on a party as a duty is not done (not a past
    verb after أن, nor one inside a content clause: على الحكومة أن تعترف بأن قواتها قصفت)."""
    h = hit.head
    for t in range(h - 1, max(a, h - 7) - 1, -1):
        tok = tokens[t]
        if not tok.is_word or tok.norm in ("بان", "انه", "انها", "انهم", "الذي", "التي"):
            return ""
        if tok.norm in _NOT_GOVERNED and tok.norm != "عن":
            return ""  # على إيران بعد توقيعها للاتفاق أن: the signing is done
        if tok.norm == "ان" and hit.tense == "past":
            return ""  # أن + a past verb reports it; دعم right after the party is a noun
        if tok.norm not in ("علي", "وعلي", "فعلي") or t + 1 >= h:
            continue
        before = tokens[t - 1].norm if t > a else ""
        party = tokens[t + 1].norm
        # at the sentence's start, after a comma or an opening quote (not after ») or ):
        # وافقت تركيا (يوليو) على مشاركة), or after إن/يجب
        opened = (
            before in ("", "«")
            or (before in ("،", ",", ":", "؛") and party.startswith(("ال", "ان", "بان")))
            or (tok.norm == "علي" and before in _DUTY_OPENERS)
        )
        if party in ("ان", "بان"):  # على أن يستقيل: provided that; على أن هذا الرفض: however
            nxt = tokens[t + 2].norm if t + 2 < len(tokens) else ""
            opened = opened and nxt[:1] in "يتن" and len(nxt) > 3
        # a party without ال needs أن after it (على إيران أن تثبت): علي خامنئي يندد is a name
        named = party.startswith(("ال", "وال", "ان", "بان")) or any(
            tokens[u].norm == "ان" for u in range(t + 2, h)
        )
        if opened and named and party not in _NO_PARTY and party[:1] not in "بلك":
            return f"a duty laid on a party ({tok.norm!r} {party!r})"
        return ""
    return ""


def _supposed(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """كان يفترض أن يدمر القذافي المخزون: what was supposed to happen did not (or is only
    presumed)."""
    h = hit.head
    if hit.tense != "present" or h - 2 < a or tokens[h - 1].norm not in ("ان", "بان"):
        return ""
    if tokens[h - 2].norm in ("يفترض", "ويفترض", "المفترض", "مفترض"):
        return f"supposed, not done ({tokens[h - 2].norm!r} أن)"
    return ""


def unrealised_reason(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """Why the trigger ``hit`` of a sentence starting at ``a`` names an act that is only
    possible, needed, aimed at or conditional ("" when nothing says so)."""
    return (
        _ability(tokens, hit, a) or _purpose(tokens, hit, a) or _condition(tokens, hit, a)
        or _negated_governor(tokens, hit, a) or _negated_far(tokens, hit, a)
        or _supposed(tokens, hit, a) or _likely(tokens, hit, a) or _instead(tokens, hit, a)
        or _duty(tokens, hit, a)
    )


def _likely(tokens: Sequence[Token], hit: Hit, a: int) -> str:
    """من المرجح أن نشهد هجمات، من المحتمل أن تجري المشاورات: a guess at what may come."""
    if hit.tense != "past" and _expected(tokens, hit, a, _LIKELY):
        return "only likely (من المرجح/المحتمل أن)"
    return ""


# words of س + a present prefix that are no future verb (سياسة، سيطرة، سيناء، ستيفان)
_S_NOUNS = frozenset({
    "سيناء", "سينا", "سيناريو", "سيناريوهات", "سيدني", "سيغولين", "سيلفيو", "ستين", "ستون",
    "سنويا", "سيرغي", "سيرجي", "سيمون", "ستيفن", "ستيفان", "ستيف", "سينمائي", "سيبراني",
    "سيريلانكا", "ستوكهولم", "ستراسبورغ", "ستالين", "سيتي", "سيول", "سيادي", "سياسي",
    "سياسيا", "سياسيين", "سياسيون", "سيطرتها", "سيطرته", "سيطرتهم", "ستار", "سيزيف",
})
# words after which the event noun is no longer what the future verb governs
_NOT_GOVERNED = frozenset({"عن", "بعد", "منذ", "قبل", "رغم", "بسبب", "جراء", "اثر"})
# a demonstrative right before the noun points at an act already there (ستجعل من هذه
# الزيارة الأهم، سيعمل على استثمار هذا التأييد)
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"})
_COPULAS = frozenset({"سيكون", "ستكون", "سيكونون", "سنكون", "ستكونان", "سيكونان"})


def _future_verb(tokens: Sequence[Token], hit: Hit, a: int) -> bool:
    """ستعمل على ترتيب الزيارة، وستحصل على تخفيف العقوبات، ستكون هناك معركة: a verb in
    the future, up to three words before the event noun it governs (a copula only before
    هناك: سيكون اعتداء سوروتش الأول names a past attack)."""
    if hit.tense != "noun" or (hit.head > a and tokens[hit.head - 1].norm in _DEMONSTRATIVES):
        return False
    for t in range(hit.head - 1, max(a, hit.head - 4) - 1, -1):
        tok = tokens[t]
        if not tok.is_word or tok.norm in _NOT_GOVERNED:
            return False  # سيمهد تحديد المسؤولية عن الهجمات، سيذهب بعد زيارته: no future act
        w = tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 5 else tok.norm
        if (
            len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and w not in _S_NOUNS
            and not w.endswith(("ه", "ات", "يه", "يا", "ي", "ين", "يس", "وس"))
            and not w.startswith("سيطر")  # سيطروا، سنتين، سيارتين، ستاثاكيس: no future verb
        ):
            return w not in _COPULAS or tokens[t + 1].norm == "هناك"
    return False


def expected_future(tokens: Sequence[Token], hit: Hit, a: int) -> bool:
    """Whether a schedule or expectation (من المقرر، من المتوقع) frames the trigger, or a
    future verb governs it."""
    return hit.tense != "past" and (_expected(tokens, hit, a) or _future_verb(tokens, hit, a))


def internal_session(tokens: Sequence[Token], hit: Hit, b: int, ev: Event) -> bool:
    """جدول أعمال جلسته، بعد جلسة الحكومة، الاجتماع الدوري للجنة: a sitting of a single
    body, whose participants are one actor of one state (not a body of states such as the
    Security Council or the Arab League, and not two sides: جلسة مباحثات بين الرئيسين)."""
    word = tokens[hit.head].norm
    bare = _bare(word)
    session = any(w in _SESSION for w in bare)
    meeting = any(w.startswith(_MEETING) for w in bare)
    if not (session or meeting) or ev.event != "CONSULT":
        return False
    words = [
        _bare(tokens[t].norm) for t in range(hit.end, min(b, hit.end + 4)) if tokens[t].is_word
    ][:3]
    after = [w for ws in words for w in ws]
    if any(w in _TALKS for w in after):
        return False
    # مجلس الوزراء، مجلس النواب: a national council; المجلس alone may be a council of states
    routine = any(w in _ROUTINE for w in after) or any(
        "مجلس" in x and any(w in _COUNCILS for w in y) for x, y in pairwise(words)
    )
    if meeting and not routine:
        return False
    sides = ev.actor + ev.recipient
    if any(s.sector_code in ("IGO", "UNO") or s.country in ("UNO", "IGO") for s in sides):
        return False
    names = {s.entity_name or s.raw_text for s in sides}
    countries = {s.country for s in sides if s.country}
    return len(names) <= 1 or len(countries) <= 1


def done_after_qad(tokens: Sequence[Token], i: int, h: int) -> bool:
    """قد شنت هجمات، وقد تم استهدافها، فقد أودت ضربات، قد سيطرت: قد at ``i`` before a
    past verb (up to the trigger at ``h``) marks the act as done, not weighed (قد يشن، قد
    تؤدي: a present verb, a possibility)."""
    if i + 1 > h or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].norm
    if not tokens[i + 1].is_word or len(nxt) < 2:
        return False
    if nxt in ("تم", "تمت", "جري", "جرت"):
        return True
    if nxt[0] == "ت":  # تجددت، تعرضوا (past) against تشن، تؤدي (present)
        return len(nxt) >= 4 and nxt.endswith(("ت", "وا"))
    return nxt[0] != "ي" and not nxt.endswith("ون")  # أودت، شنت، نفذ، أدى (not يشن، نقوم)

