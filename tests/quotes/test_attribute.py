from __future__ import annotations

import pytest

from marsad.pipeline import prepare
from marsad.quotes import find_quotes
from marsad.quotes.cues import cue_lexicon
from marsad.text.normalize import norm
from quote_docs import quoted_doc


@pytest.mark.parametrize(
    "form", ["قال", "قالت", "يقول", "وأكد", "فأكدت", "مضيفاً", "وأضافت", "ستعلن", "نفت"]
)
def test_cue_forms_are_recognised(form: str) -> None:
    from marsad.quotes.attribute import _cue_at

    doc = prepare(form)
    assert _cue_at(doc.tokens[0]) is not None, form


def test_cue_lexicon_does_not_hold_the_article_reading() -> None:
    assert norm("التابع") not in cue_lexicon()


def test_verb_first_speaker_and_words_after_inna() -> None:
    text = "قال وزير الخارجية سامي الحداد إن المفاوضات ستستأنف الأسبوع المقبل."
    doc = quoted_doc(text, {"وزير الخارجية سامي الحداد": "Sami al-Haddad"})
    [q] = doc.quotes
    assert q.speaker == "Sami al-Haddad"
    assert q.quote == "المفاوضات ستستأنف الأسبوع المقبل"
    assert text[q.quote_span[0] : q.quote_span[1]] == q.quote
    assert q.cue == "قال"


def test_direct_quote_in_guillemets() -> None:
    text = "وقال الحداد في مؤتمر صحفي: «لن نقبل بأي تدخل أجنبي في شؤوننا». ثم غادر."
    doc = quoted_doc(text, {"الحداد": "Sami al-Haddad"})
    [q] = doc.quotes
    assert q.quote == "لن نقبل بأي تدخل أجنبي في شؤوننا"


def test_subject_first_speaker() -> None:
    text = "الحكومة أعلنت أنها ستفرج عن المعتقلين."
    doc = quoted_doc(text, {"الحكومة": "Government"})
    [q] = doc.quotes
    assert q.speaker == "Government"
    assert q.quote.startswith("ستفرج")


def test_omitted_subject_takes_the_last_speaker() -> None:
    text = "قال الحداد إن الوضع هادئ. وأكد أن الحوار مستمر مع جميع الأطراف."
    doc = quoted_doc(text, {"الحداد": "Sami al-Haddad"})
    assert [q.speaker for q in doc.quotes] == ["Sami al-Haddad", "Sami al-Haddad"]
    assert doc.quotes[1].quote == "الحوار مستمر مع جميع الأطراف"


def test_hearer_after_lam_is_not_the_speaker() -> None:
    text = "وقال لوكالة الأنباء إن الهجوم فشل."
    doc = quoted_doc(text, {"وكالة الأنباء": "News agency"})
    assert doc.quotes == []  # nobody we can name said it


def test_title_then_quoted_name_is_the_speaker() -> None:
    text = "قال وزير الخارجية الأمريكي “مايك بومبيو”؛ إن الحل في ليبيا سياسي."
    doc = quoted_doc(text, {"مايك بومبيو": "Mike Pompeo"})
    [q] = doc.quotes
    assert (q.speaker, q.quote) == ("Mike Pompeo", "الحل في ليبيا سياسي")


def test_spokesman_of_an_organisation_is_the_speaker() -> None:
    text = "أكد المتحدث باسم الرئاسة كمال يوسف أن اللقاء كان إيجابيا."
    doc = quoted_doc(text, {"الرئاسة": "Presidency", "كمال يوسف": "Kamal Youssef"})
    doc.mentions[0].actor.kind = "ORG"
    doc.quotes.clear()
    find_quotes(doc)
    assert [q.speaker for q in doc.quotes] == ["Kamal Youssef"]


def test_unknown_subject_does_not_inherit_the_last_speaker() -> None:
    text = "قال الحداد إن الوضع هادئ. وقال سكان إن القصف استمر طوال الليل."
    doc = quoted_doc(text, {"الحداد": "Sami al-Haddad"})
    assert [q.speaker for q in doc.quotes] == ["Sami al-Haddad"]


def test_according_to_after_the_words() -> None:
    text = "قتل خمسة مدنيين في القصف، بحسب المرصد السوري لحقوق الإنسان."
    doc = quoted_doc(text, {"المرصد السوري لحقوق الإنسان": "SOHR"})
    [q] = doc.quotes
    assert q.speaker == "SOHR"
    assert q.quote == "قتل خمسة مدنيين في القصف"


def test_no_cue_no_quote() -> None:
    assert quoted_doc("سقطت أمطار غزيرة على المدينة.", {}).quotes == []
