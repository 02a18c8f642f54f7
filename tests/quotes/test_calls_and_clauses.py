"""Calls and demands (طالب، دعا، أمهل، شكر), verbs of considering with an object pronoun, and
cue words that report nobody's words: relative clauses, the first and second person, verbal
nouns (invented text)."""

from __future__ import annotations

import pytest

from marsad.quotes.cues import cue_lexicon
from marsad.text.normalize import norm
from quote_docs import quoted_doc as _doc
from quote_docs import speaker_pairs as _pairs


@pytest.mark.parametrize(
    "form", ["طالب", "طالبت", "يطالبون", "دعت", "يدعون", "أمهل", "شكر", "تصنفها", "يعتبرونه"]
)
def test_call_and_consider_forms_are_cues(form: str) -> None:
    assert norm(form) in cue_lexicon()


def test_a_future_of_see_is_not_read_into_other_words() -> None:
    assert norm("ساريين") not in cue_lexicon()  # سيبقى الحظر ساريين: no "they will see"


def test_demand_with_its_preposition_is_reported() -> None:
    text = "وطالب وزير الخارجية سامر الحداد بوقف القتال فورا قبل بدء المحادثات."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "بوقف القتال فورا قبل بدء المحادثات")]


def test_call_on_an_actor_to_do_something_keeps_the_caller() -> None:
    text = "ودعا الرئيس كريم ناصر الحكومة الانتقالية إلى إجراء انتخابات خلال عام."
    doc = _doc(
        text,
        {"كريم ناصر": "Karim Nasser", "الحكومة الانتقالية": "Transitional Government"},
        {"الحكومة الانتقالية": "ORG"},
    )
    assert _pairs(doc) == [("Karim Nasser", "الحكومة الانتقالية إلى إجراء انتخابات خلال عام")]


def test_student_is_no_demand() -> None:
    text = "أصيب طالب بجروح في الانفجار. وقال سامر الحداد إن التحقيق بدأ."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "التحقيق بدأ")]


def test_an_invitation_to_a_meeting_is_no_call() -> None:
    text = "وذكرت الخارجية أن العاصمة دعت السفراء أمس للمشاركة في مؤتمر المانحين."
    doc = _doc(
        text,
        {"الخارجية": "Foreign Ministry", "العاصمة": "Capital"},
        {"الخارجية": "ORG", "العاصمة": "GPE"},
    )
    assert _pairs(doc) == [
        ("Foreign Ministry", "العاصمة دعت السفراء أمس للمشاركة في مؤتمر المانحين")
    ]


def test_a_continued_demand_keeps_the_subject_named_before() -> None:
    text = "ويكلف مجلس الأمن الوكالة بالتحقق من المنشآت، ويطالب الحكومة بالتعاون التام معها."
    doc = _doc(
        text,
        {"مجلس الأمن": "UN Security Council", "الحكومة": "Government"},
        {"مجلس الأمن": "ORG", "الحكومة": "ORG"},
    )
    assert [q.speaker for q in doc.quotes if q.cue == "ويطالب"] == ["UN Security Council"]


def test_deadline_names_who_set_it() -> None:
    text = "فيما أمهل الرئيس كريم ناصر المتمردين حتى نهاية الشهر لتسليم السلاح."
    doc = _doc(text, {"كريم ناصر": "Karim Nasser"})
    assert _pairs(doc) == [("Karim Nasser", "المتمردين حتى نهاية الشهر لتسليم السلاح")]


def test_considered_by_the_subject_after_the_verb() -> None:
    text = 'وسيطرت على البلدة جماعة مسلحة التي تصنفها العاصمة "منظمة محظورة" منذ سنوات.'
    doc = _doc(text, {"العاصمة": "Capital"}, {"العاصمة": "GPE"})
    assert _pairs(doc) == [("Capital", "منظمة محظورة")]


def test_is_considered_without_a_subject_reports_nothing() -> None:
    text = "وقال سامر الحداد إن المحادثات بدأت. وتنص المرحلة الأولى التي تعتبر بندا رئيسا على الانسحاب."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "المحادثات بدأت")]


def test_claims_that_say_are_part_of_a_denial() -> None:
    text = "ونفى الوزير سامر الحداد الأنباء التي تقول إن الجيش انسحب من المدينة."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert [q.speaker for q in doc.quotes] == ["Samer al-Haddad"]


def test_actor_before_a_relative_pronoun_speaks() -> None:
    text = "وكان في استقبال الوفد سامر الحداد، الذي أكد أن الهدنة صامدة."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "الهدنة صامدة")]


def test_banner_that_condemns_is_nobody_speaking() -> None:
    text = "وقال سامر الحداد إن المسيرة سلمية. ورفع المحتجون لافتات تندد بالفساد وغلاء الأسعار."
    doc = _doc(
        text,
        {"سامر الحداد": "Samer al-Haddad", "المحتجون": "Protesters"},
        {"المحتجون": "ORG"},
    )
    assert _pairs(doc) == [("Samer al-Haddad", "المسيرة سلمية")]


def test_first_person_verbs_stay_inside_the_words() -> None:
    text = 'وقال سامر الحداد: "نحن ندعو إلى الهدوء ونطالب بتحقيق مستقل في الأحداث".'
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [
        ("Samer al-Haddad", "نحن ندعو إلى الهدوء ونطالب بتحقيق مستقل في الأحداث")
    ]


def test_you_who_say_is_nobody_reported() -> None:
    text = "وقال سامر الحداد إن الوضع صعب. وأنت حين تقول إن الأزمة انتهت تتجاهل الوقائع."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "الوضع صعب")]


def test_unknown_subject_after_kana_is_not_the_last_speaker() -> None:
    text = "وقال سامر الحداد إن الجلسة تأجلت. وكانت ليلى مرادي اقترحت تأجيل التصويت إلى الخريف."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "الجلسة تأجلت")]


def test_clause_about_the_speaker_is_not_the_words() -> None:
    text = (
        "وقال سامر الحداد، الذي يشغل منصب مستشار الرئيس منذ عامين بعد أن عمل سفيرا لدى عدة "
        "دول أوروبية وآسيوية، إن الاتفاق بات قريبا."
    )
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "الاتفاق بات قريبا")]


def test_verbal_noun_after_adam_is_no_cue() -> None:
    text = "وقال سامر الحداد الذي طلب عدم ذكر اسمه إن القوات انسحبت من التلال."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "القوات انسحبت من التلال")]


def test_thanks_reports_who_thanked() -> None:
    text = "وشكر سامر الحداد الدول المانحة على دعمها المتواصل للاجئين."
    doc = _doc(text, {"سامر الحداد": "Samer al-Haddad"})
    assert _pairs(doc) == [("Samer al-Haddad", "الدول المانحة على دعمها المتواصل للاجئين")]


def test_words_run_through_a_report_nested_in_them() -> None:
    text = "قال سامر الحداد إن العاصمة تدعو إلى الهدوء وضبط النفس."
    doc = _doc(
        text,
        {"سامر الحداد": "Samer al-Haddad", "العاصمة": "Capital"},
        {"العاصمة": "GPE"},
    )
    assert _pairs(doc) == [
        ("Samer al-Haddad", "العاصمة تدعو إلى الهدوء وضبط النفس"),
        ("Capital", "إلى الهدوء وضبط النفس"),
    ]
