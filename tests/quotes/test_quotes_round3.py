"""Quote attribution, round 3: classes of phrasing seen in news unlike the dev gold
(invented text)."""

from __future__ import annotations

from quote_docs import quoted_doc as _doc
from quote_docs import speaker_pairs as _pairs


def test_a_speaker_we_cannot_name_takes_the_floor_from_the_last_one() -> None:
    text = (
        "قال وزير الخارجية أحمد سالم إن الحوار مستمر. "
        "وقال الكاتب جمال طوبال في مقال له: «إن الحكومة أخطأت في حساباتها». "
        "واعتبر أن الانتخابات يجب أن تؤجل إلى العام المقبل."
    )
    doc = _doc(text, {"أحمد سالم": "Ahmed Salem"})
    assert _pairs(doc) == [("Ahmed Salem", "الحوار مستمر")]


def test_a_title_and_unknown_name_before_a_colon_end_the_last_speaker() -> None:
    text = (
        "وأعلنت وزارة الصحة أن المستشفيات تعمل بكامل طاقتها. "
        "وأكد رئيس لجنة أهالي المفقودين سامر دحبور: إن العائلات تنتظر أخبارا منذ أشهر. "
        "وأشار إلى أن اللجنة ستواصل اعتصامها أمام المبنى."
    )
    doc = _doc(text, {"وزارة الصحة": "Ministry of Health"}, {"وزارة الصحة": "ORG"})
    assert _pairs(doc) == [("Ministry of Health", "المستشفيات تعمل بكامل طاقتها")]


def test_a_definite_title_said_of_the_last_speaker_still_names_him() -> None:
    text = (
        "قال المطران الأرثوذكسي يوسف الخوري إن الكنيسة باقية في المنطقة. "
        "وشدد المطران الأرثوذكسي على أن «الحوار هو الطريق الوحيد». "
        "وأضاف أن الشباب يجب أن يبقوا في قراهم."
    )
    doc = _doc(text, {"يوسف الخوري": "Youssef al-Khoury"})
    assert [s for s, _ in _pairs(doc)] == ["Youssef al-Khoury"] * 3


def test_the_spokesman_of_the_body_named_before_speaks_for_it() -> None:
    text = (
        "أكد مجلس القضاء في الإقليم أنه يضمن محاكمة عادلة للمتهمين. "
        "وقال الناطق باسم المجلس القاضي هيمن كاوه في بيان: «إن التحقيق بدأ أمس». "
        "وأضاف أن المتهمين سيمثلون أمام المحكمة قريبا."
    )
    doc = _doc(
        text, {"مجلس القضاء في الإقليم": "Judicial Council"}, {"مجلس القضاء في الإقليم": "ORG"}
    )
    assert [s for s, _ in _pairs(doc)] == ["Judicial Council"] * 3


def test_tightening_measures_past_a_subject_and_time_words_is_no_saying() -> None:
    text = "وشددت الشرطة المحلية صباح أمس من إجراءاتها حول مبنى البرلمان قبل الجلسة."
    doc = _doc(text, {"الشرطة المحلية": "Local Police"}, {"الشرطة المحلية": "ORG"})
    assert _pairs(doc) == []


def test_stressing_on_after_the_subject_is_still_a_quote() -> None:
    text = "وشدد الوزير سامي الحداد على أن الحكومة ماضية في الإصلاحات."
    doc = _doc(text, {"سامي الحداد": "Sami Haddad"})
    assert _pairs(doc) == [("Sami Haddad", "الحكومة ماضية في الإصلاحات")]


def test_reaching_an_age_or_amount_is_no_informing() -> None:
    text = (
        "قال الناشط كريم العلي إن ابنه اعتقل ظلما. "
        "ويبلغ من العمر 16 عاما فقط. "
        "وتبلغ نحو 300 دولار قيمة الكفالة التي طلبتها المحكمة."
    )
    doc = _doc(text, {"كريم العلي": "Karim al-Ali"})
    assert _pairs(doc) == [("Karim al-Ali", "ابنه اعتقل ظلما")]


def test_bare_tabi_before_li_means_belonging_to() -> None:
    text = (
        "قال المتحدث العسكري خالد الصالح إن الطائرات قصفت مواقع المتمردين. "
        "ودمرت الغارات مخزنا تابع لهم قرب الحدود."
    )
    doc = _doc(text, {"خالد الصالح": "Khaled al-Saleh"})
    assert _pairs(doc) == [("Khaled al-Saleh", "الطائرات قصفت مواقع المتمردين")]


def test_unquoted_words_end_at_a_full_stop_where_sentences_ran_together() -> None:
    # an opening mark left unclosed earlier keeps the sentences together: the stop still
    # ends the words that no mark encloses
    text = (
        "وقال الوزير ماهر الزين «نحن مستعدون للحوار. "
        "وأشار الوزير ماهر الزين إلى أن الوفد وصل صباح أمس. "
        "وشهدت العاصمة مظاهرات حاشدة طوال اليوم."
    )
    doc = _doc(text, {"ماهر الزين": "Maher al-Zein"})
    assert _pairs(doc)[-1] == ("Maher al-Zein", "الوفد وصل صباح أمس")


def test_a_mark_that_opens_again_before_closing_was_left_open() -> None:
    text = (
        "وصرح الناطق سليم داود: «نؤكد أن المنفذ شاب في العشرين.. "
        "ونشرت الصحف صورة الشاب المعروف باسم «أ ب» قبل سفره بشهرين."
    )
    doc = _doc(text, {"سليم داود": "Salim Daoud"})
    assert _pairs(doc) == [("Salim Daoud", "نؤكد أن المنفذ شاب في العشرين")]


def test_a_stop_inside_closed_marks_does_not_end_the_words() -> None:
    text = "وقال الوزير ماهر الزين في مؤتمر صحافي: «الأمن مسؤولية الجميع.. ولا أحد يقدر وحده»."
    doc = _doc(text, {"ماهر الزين": "Maher al-Zein"})
    assert _pairs(doc) == [("Maher al-Zein", "الأمن مسؤولية الجميع.. ولا أحد يقدر وحده")]


def test_a_negated_cue_reports_no_words() -> None:
    text = (
        "وقالت المتحدثة رنا سعيد إن الجنود تعرضوا لهجوم. "
        "ولم يؤكد جيش الدفاع مقتل الشاب بل اكتفى بالإشارة إلى إصابته."
    )
    doc = _doc(text, {"رنا سعيد": "Rana Said", "جيش الدفاع": "Army"}, {"جيش الدفاع": "ORG"})
    assert _pairs(doc) == [("Rana Said", "الجنود تعرضوا لهجوم")]


def test_carried_to_hospital_is_no_cue_and_does_not_cut_the_words() -> None:
    text = "وأشار المتحدث كمال نادر إلى أن الجرحى نقلوا إلى مستشفى المدينة لتلقي العلاج."
    doc = _doc(text, {"كمال نادر": "Kamal Nader"})
    assert _pairs(doc) == [("Kamal Nader", "الجرحى نقلوا إلى مستشفى المدينة لتلقي العلاج")]


def test_a_state_described_by_a_relative_clause_does_not_take_the_floor() -> None:
    text = (
        "وأعاد الوزير سامي النجار التأكيد على موقف بلاده التي ترى أن الحل سياسي، "
        "وقال: «نحن مع الحوار بين الجميع»."
    )
    doc = _doc(text, {"سامي النجار": "Sami Najjar", "بلاده": "Country"}, {"بلاده": "GPE"})
    assert _pairs(doc) == [
        ("Country", "الحل سياسي"),
        ("Sami Najjar", "نحن مع الحوار بين الجميع"),
    ]


def test_wa_aden_is_no_feminine_plural_of_promise() -> None:
    text = "وقال المحافظ ناصر الخضر إن القوات حررت لحج وعدن من المسلحين خلال أسبوع."
    doc = _doc(text, {"ناصر الخضر": "Nasser al-Khader"})
    assert _pairs(doc) == [
        ("Nasser al-Khader", "القوات حررت لحج وعدن من المسلحين خلال أسبوع"),
    ]


def test_verbal_nouns_spelled_with_ya_and_other_senses_are_no_cues() -> None:
    text = (
        "قال الوزير ماجد عيسى إن الحكومة ماضية في خطتها. "
        "ورفضت المصادر تأكيد أو نفي المعلومات عن الاتفاق، وكتب مقال رأي في الصحيفة. "
        "وأصابت الغارة مستودعا تابعا للمتمردين، والحكومة تتابع الوضع بقلق."
    )
    doc = _doc(text, {"ماجد عيسى": "Majed Issa"})
    assert _pairs(doc) == [("Majed Issa", "الحكومة ماضية في خطتها")]


def test_rumoured_and_hesitated_are_no_cues() -> None:
    text = (
        "قال المتحدث ماجد عيسى إن الطائرات هبطت في المطار لكن تردد أنها تحمل أسلحة "
        "وإن البيت الأبيض تردد في الرد."
    )
    doc = _doc(text, {"ماجد عيسى": "Majed Issa"})
    assert _pairs(doc) == [
        (
            "Majed Issa",
            "الطائرات هبطت في المطار لكن تردد أنها تحمل أسلحة وإن البيت الأبيض تردد في الرد",
        )
    ]


def test_a_name_in_marks_before_the_cue_is_a_speaker_we_do_not_know() -> None:
    text = (
        "قال الرئيس كريم ناصر إن الانتخابات ستجرى في موعدها. "
        'وكان زعيم الحزب القومي "دولت باهر" قال: "نفضل انتخابات مبكرة". '
        "وأضاف أن حزبه لن يشارك في الحكومة."
    )
    doc = _doc(text, {"كريم ناصر": "Karim Nasser"})
    assert _pairs(doc) == [("Karim Nasser", "الانتخابات ستجرى في موعدها")]
