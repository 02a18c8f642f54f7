"""Speaker resolution and reported-word spans for classes of news phrasing (invented text)."""

from __future__ import annotations

from marsad.quotes import find_quotes
from quote_docs import quoted_doc as _doc
from quote_docs import speaker_pairs as _pairs


def test_quoted_name_after_anna_does_not_end_the_words() -> None:
    text = "وأعلنت الشرطة أن “وحدة التدخل السريع” أوقفت ثلاثة مهربين قرب الحدود."
    doc = _doc(text, {"الشرطة": "Police"}, {"الشرطة": "ORG"})
    assert _pairs(doc) == [("Police", "“وحدة التدخل السريع” أوقفت ثلاثة مهربين قرب الحدود")]


def test_closing_mark_of_a_quoted_speaker_name_is_not_the_words() -> None:
    text = 'وقال "مجلس الأعيان" في بيان إن "الجلسة المقبلة ستخصص للموازنة".'
    doc = _doc(text, {"مجلس الأعيان": "Senate"}, {"مجلس الأعيان": "ORG"})
    assert _pairs(doc) == [("Senate", "الجلسة المقبلة ستخصص للموازنة")]


def test_according_to_at_the_start_takes_the_words_after() -> None:
    text = "وبحسب وكالة الأنباء الوطنية، فإن المحادثات ستستأنف في العاصمة الأسبوع المقبل."
    doc = _doc(text, {"وكالة الأنباء الوطنية": "National News Agency"})
    assert _pairs(doc) == [("National News Agency", "المحادثات ستستأنف في العاصمة الأسبوع المقبل")]


def test_according_to_what_a_source_said_takes_the_words_before() -> None:
    text = "أصيب عشرة أشخاص في انفجار بسوق المدينة، وفق ما أفادت منظمة الإغاثة الدولية."
    doc = _doc(text, {"منظمة الإغاثة الدولية": "Relief International"})
    assert _pairs(doc) == [("Relief International", "أصيب عشرة أشخاص في انفجار بسوق المدينة")]


def test_pronoun_subject_before_the_cue_is_the_sentence_subject() -> None:
    text = "أما حزب الوسط فلم يعلق على القرار، لكنه أكد رفضه لأي تمديد جديد للبرلمان."
    doc = _doc(text, {"حزب الوسط": "Centre Party"}, {"حزب الوسط": "ORG"})
    assert _pairs(doc) == [("Centre Party", "رفضه لأي تمديد جديد للبرلمان")]


def test_name_after_a_cue_with_a_pronoun_subject_is_the_hearer() -> None:
    text = "قال الحداد إن الحكومة سترد وإنه أبلغ الكرخي بأن «الوقت قد نفد»."
    doc = _doc(text, {"الحداد": "Sami al-Haddad", "الكرخي": "Ali al-Karkhi"})
    assert [q.speaker for q in doc.quotes] == ["Sami al-Haddad", "Sami al-Haddad"]
    assert doc.quotes[1].quote == "الوقت قد نفد"


def test_object_of_a_preposition_is_not_the_subject_of_a_coordinated_cue() -> None:
    text = "وينفي المتمردون تلقي أي دعم من باريس ويقولون إنهم يدافعون عن قراهم."
    doc = _doc(
        text, {"المتمردون": "Rebels", "باريس": "France"}, {"المتمردون": "ORG", "باريس": "GPE"}
    )
    assert [q.speaker for q in doc.quotes if q.cue == "ويقولون"] != ["France"]


def test_short_definite_name_takes_up_an_earlier_organisation() -> None:
    text = "أصدرت وزارة الصحة تقريرا عن الوباء. وقالت الوزارة إن عدد الإصابات تراجع خلال الأسبوع."
    doc = _doc(text, {"وزارة الصحة": "Ministry of Health"}, {"وزارة الصحة": "ORG"})
    assert _pairs(doc) == [("Ministry of Health", "عدد الإصابات تراجع خلال الأسبوع")]


def test_the_statement_is_its_issuer() -> None:
    text = "وقال الجيش في بيان له إن دورية تعرضت لكمين. وأوضح البيان أن جنديين أصيبا بجروح طفيفة."
    doc = _doc(text, {"الجيش": "Army"}, {"الجيش": "ORG"})
    assert [q.speaker for q in doc.quotes] == ["Army", "Army"]
    assert doc.quotes[1].quote == "جنديين أصيبا بجروح طفيفة"


def test_ambassador_to_a_country_is_the_named_person() -> None:
    text = "قال سفير المغرب لدى فرنسا كريم العلوي إن العلاقات بين البلدين متينة."
    doc = _doc(
        text,
        {"المغرب": "Morocco", "فرنسا": "France", "كريم العلوي": "Karim Alaoui"},
        {"المغرب": "GPE", "فرنسا": "GPE"},
    )
    assert _pairs(doc) == [("Karim Alaoui", "العلاقات بين البلدين متينة")]


def test_agency_quoting_a_named_source_attributes_to_the_source() -> None:
    text = "ونقلت وكالة الأنباء عن الوزير سامي الحداد قوله إن الاتفاق سيوقع قريبا."
    doc = _doc(
        text,
        {"وكالة الأنباء": "News Agency", "الوزير سامي الحداد": "Sami al-Haddad"},
        {"وكالة الأنباء": "ORG"},
    )
    assert {q.speaker for q in doc.quotes} == {"Sami al-Haddad"}


def test_agency_quoting_an_unnamed_official_is_not_the_speaker() -> None:
    text = "ونقلت وكالة الأنباء عن مسؤول في الوزارة قوله إن الاتفاق سيوقع قريبا."
    doc = _doc(text, {"وكالة الأنباء": "News Agency"}, {"وكالة الأنباء": "ORG"})
    assert doc.quotes == []


def test_carrying_another_announcement_is_no_quote_of_the_channel() -> None:
    text = "ونقلت القناة الأولى إعلان المرشح ترشحه للانتخابات الرئاسية المقبلة."
    doc = _doc(text, {"القناة الأولى": "Channel One"}, {"القناة الأولى": "ORG"})
    assert doc.quotes == []


def test_is_considered_is_not_a_promise() -> None:
    text = "ويعد المجلس الوطني أكبر تكتل للمعارضة في البلاد."
    doc = _doc(text, {"المجلس الوطني": "National Council"}, {"المجلس الوطني": "ORG"})
    assert doc.quotes == []


def test_unnamed_source_in_an_organisation_speaks_for_it() -> None:
    text = "وقال مصدر في الدفاع المدني إن فرق الإنقاذ انتشلت خمس جثث من تحت الأنقاض."
    doc = _doc(text, {"الدفاع المدني": "Civil Defence"}, {"الدفاع المدني": "ORG"})
    assert _pairs(doc) == [("Civil Defence", "فرق الإنقاذ انتشلت خمس جثث من تحت الأنقاض")]


def test_narrator_clause_after_a_comma_ends_the_words() -> None:
    text = "وقال الحداد إن القوات ستنسحب من المدينة، فيما تواصل الطائرات قصف الأطراف."
    doc = _doc(text, {"الحداد": "Sami al-Haddad"})
    assert _pairs(doc) == [("Sami al-Haddad", "القوات ستنسحب من المدينة")]


def test_subject_before_qad_is_the_speaker() -> None:
    text = "وكانت الهيئة المستقلة قد اتهمت الشركة المنفذة بتأخير المشروع عامين."
    doc = _doc(
        text,
        {"الهيئة المستقلة": "Independent Authority", "الشركة المنفذة": "Contractor"},
        {"الهيئة المستقلة": "ORG", "الشركة المنفذة": "ORG"},
    )
    assert _pairs(doc) == [("Independent Authority", "الشركة المنفذة بتأخير المشروع عامين")]


def test_actor_right_after_the_speaker_is_an_object_not_words() -> None:
    text = "وذكر الحداد الكرخي بالتزامات بلاده السابقة خلال اللقاء."
    doc = _doc(text, {"الحداد": "Sami al-Haddad", "الكرخي": "Ali al-Karkhi"})
    assert doc.quotes == []


def test_cue_word_inside_a_name_is_no_cue() -> None:
    text = "وتضم جبهة إعلان المبادئ كلا من حزب العمال ونقابة المعلمين."
    doc = _doc(text, {"جبهة إعلان المبادئ": "Principles Front"}, {"جبهة إعلان المبادئ": "ORG"})
    assert doc.quotes == []


def test_it_is_worth_noting_is_the_writer_speaking() -> None:
    text = "قال الحداد إن الوضع هادئ. ويذكر أن المدينة شهدت اشتباكات عنيفة العام الماضي."
    doc = _doc(text, {"الحداد": "Sami al-Haddad"})
    assert [q.quote for q in doc.quotes] == ["الوضع هادئ"]


def test_name_with_kaf_is_not_a_verb_of_saying() -> None:
    text = "قال الحداد إن الوضع هادئ. واستقبل كيري الوفد في مقر الوزارة صباح اليوم."
    doc = _doc(text, {"الحداد": "Sami al-Haddad"})
    assert [q.cue for q in doc.quotes] == ["قال"]


def test_paper_spoken_to_in_marks_is_not_the_words() -> None:
    text = "وقال الوزير سامي النجار لـ«الأخبار»: «الحكومة لن تتراجع عن خطتها هذا العام»."
    doc = _doc(text, {"سامي النجار": "Sami Najjar"})
    assert _pairs(doc) == [("Sami Najjar", "الحكومة لن تتراجع عن خطتها هذا العام")]


def test_source_speaking_to_an_agency_is_not_the_agency() -> None:
    text = (
        "قال الوزير سامي النجار إن الطريق مغلق. "
        "وأكد مصدر أمني لوكالة رويترز أن الجيش دخل البلدة فجر اليوم."
    )
    doc = _doc(
        text, {"سامي النجار": "Sami Najjar", "وكالة رويترز": "Reuters"}, {"وكالة رويترز": "ORG"}
    )
    assert _pairs(doc) == [("Sami Najjar", "الطريق مغلق")]


def test_source_in_an_organisation_by_clitic_still_speaks_for_it() -> None:
    text = "وقال مصدر بوزارة الداخلية إن الحدود ستفتح غدا أمام المسافرين."
    doc = _doc(text, {"وزارة الداخلية": "Interior Ministry"}, {"وزارة الداخلية": "ORG"})
    assert _pairs(doc) == [("Interior Ministry", "الحدود ستفتح غدا أمام المسافرين")]


def test_cue_after_ma_is_no_saying_of_the_last_speaker() -> None:
    # مما أشار إلى: a fact points to something; ما تردد: hearsay; وهو ما أشار إليه فلان
    text = (
        "قال الوزير سامي النجار إن الميزانية جاهزة. "
        "ولم يشمل التعديل وزراء المال، مما أشار إلى رضا الرئيس عن أدائهم. "
        "ونفى النجار ما تردد عن أن الحكومة ستستقيل. "
        "وهو ما أشار إليه نائب في البرلمان أمس في حديث تلفزيوني طويل."
    )
    doc = _doc(text, {"سامي النجار": "Sami Najjar", "النجار": "Sami Najjar"})
    assert _pairs(doc) == [("Sami Najjar", "الميزانية جاهزة")]


def test_also_stressed_keeps_the_last_speaker() -> None:
    text = "قال الوزير سامي النجار إن الميزانية جاهزة. كما أكد أن الرواتب ستصرف في موعدها."
    doc = _doc(text, {"سامي النجار": "Sami Najjar"})
    assert _pairs(doc) == [
        ("Sami Najjar", "الميزانية جاهزة"),
        ("Sami Najjar", "الرواتب ستصرف في موعدها"),
    ]


def test_named_speaker_after_ma_keeps_the_verb() -> None:
    text = "وقال الوزير سامي النجار إن الطريق مغلق، وفق ما أعلنت الشرطة صباح اليوم."
    doc = _doc(text, {"سامي النجار": "Sami Najjar", "الشرطة": "Police"}, {"الشرطة": "ORG"})
    assert ("Sami Najjar", "الطريق مغلق") in _pairs(doc)


def test_as_x_says_attributes_the_words_before() -> None:
    text = "وقتل خمسة أشخاص في الهجوم على السوق، على ما أعلنت الشرطة مساء أمس."
    doc = _doc(text, {"الشرطة": "Police"}, {"الشرطة": "ORG"})
    assert _pairs(doc) == [("Police", "وقتل خمسة أشخاص في الهجوم على السوق")]


def test_as_an_unknown_body_says_is_not_the_last_speaker() -> None:
    text = (
        "قال الوزير سامي النجار إن الهجوم جبان. "
        "وقتل خمسة أشخاص في السوق، كما تقول بعثة المراقبين في تقرير نشر أمس."
    )
    doc = _doc(text, {"سامي النجار": "Sami Najjar"})
    assert _pairs(doc) == [("Sami Najjar", "الهجوم جبان")]


def test_subject_close_to_a_party_is_not_the_party() -> None:
    text = "وأضاف مدير المركز المقرب من الحزب الحاكم أن الانتخابات ستؤجل إلى الربيع."
    doc = _doc(text, {"الحزب الحاكم": "Ruling party"}, {"الحزب الحاكم": "ORG"})
    assert _pairs(doc) == []


def test_official_in_a_ministry_speaks_for_it() -> None:
    text = "وقال المسؤول الكبير في وزارة الخارجية إن الاتفاق بات قريبا."
    doc = _doc(text, {"وزارة الخارجية": "Foreign Ministry"}, {"وزارة الخارجية": "ORG"})
    assert _pairs(doc) == [("Foreign Ministry", "الاتفاق بات قريبا")]


def test_plural_verb_does_not_take_up_one_speaker() -> None:
    text = (
        "قال المرصد إن القصف استمر طوال الليل. "
        "وأن السكان الغاضبين أغلقوا الطرق وطالبوا بمحاسبة المسؤولين عن القصف."
    )
    doc = _doc(text, {"المرصد": "Observatory"}, {"المرصد": "ORG"})
    assert _pairs(doc) == [("Observatory", "القصف استمر طوال الليل")]


def test_plural_verb_takes_up_a_plural_speaker() -> None:
    text = "قال المتظاهرون إن الشرطة فرقتهم بالقوة. وأكدوا أنهم سيعودون غدا إلى الساحة."
    doc = _doc(text, {"المتظاهرون": "Protesters"}, {"المتظاهرون": "ORG"})
    assert _pairs(doc) == [
        ("Protesters", "الشرطة فرقتهم بالقوة"),
        ("Protesters", "سيعودون غدا إلى الساحة"),
    ]


def test_some_of_the_people_demanding_is_not_the_last_speaker() -> None:
    said = "قال الوزير سامي النجار إن الحادث مؤسف. "
    doc = _doc(
        said + "وطالب بعض السكان بمحاسبة السائق أمام القضاء.", {"سامي النجار": "Sami Najjar"}
    )
    assert _pairs(doc) == [("Sami Najjar", "الحادث مؤسف")]
    doc = _doc(said + "وطالب بمحاسبة السائق أمام القضاء.", {"سامي النجار": "Sami Najjar"})
    assert _pairs(doc) == [
        ("Sami Najjar", "الحادث مؤسف"),
        ("Sami Najjar", "بمحاسبة السائق أمام القضاء"),
    ]


def test_noun_after_a_demonstrative_is_the_subject() -> None:
    text = (
        "قال الوزير سامي النجار إن الميناء مغلق. "
        "وقدم نواب معارضون طلبا للتحقيق، لكن هؤلاء النواب أكدوا أنهم لن يقاطعوا الجلسة."
    )
    doc = _doc(text, {"سامي النجار": "Sami Najjar"})
    assert _pairs(doc) == [("Sami Najjar", "الميناء مغلق")]


def test_cue_forms_where_only_a_noun_can_stand_report_nothing() -> None:
    said = "قال الوزير سامي النجار إن الهجوم جبان. "
    for text in (
        "وعم الغضب المخيمات بعد تبلغ السكان أن المساعدات ستتوقف.",
        "وكان اسم الوزير الأكثر ذكرا على المواقع في ذلك اليوم.",
        "ونصبت الشرطة حواجز جديدة وشددت من عمليات التفتيش في المدينة.",
    ):
        doc = _doc(said + text, {"سامي النجار": "Sami Najjar"})
        assert _pairs(doc) == [("Sami Najjar", "الهجوم جبان")], text


def test_stressed_with_ala_is_still_a_cue() -> None:
    doc = _doc(
        "قال الوزير سامي النجار إن الهجوم جبان. وشدد على أن الحكومة لن تتفاوض.",
        {"سامي النجار": "Sami Najjar"},
    )
    assert _pairs(doc)[-1] == ("Sami Najjar", "الحكومة لن تتفاوض")


def test_link_line_with_the_headline_is_no_quote() -> None:
    text = (
        "قال الوزير سامي النجار إن الميناء سيفتح غدا.\n"
        "رابط الخبر بصحيفة المساء: وزير النقل يعلن عن فتح الميناء غدا"
    )
    doc = _doc(text, {"سامي النجار": "Sami Najjar", "وزير النقل": "Sami Najjar"})
    assert _pairs(doc) == [("Sami Najjar", "الميناء سيفتح غدا")]


def test_participle_after_an_unnamed_title_and_a_country_object() -> None:
    said = "قال الوزير سامي النجار إن الهجوم جبان. "
    text = said + "وهنأ مجلس الوزراء دولة الكويت على نجاح القمة منوها بأهمية نتائجها للمنطقة."
    doc = _doc(
        text, {"سامي النجار": "Sami Najjar", "دولة الكويت": "Kuwait"}, {"دولة الكويت": "GPE"}
    )
    for mention in doc.mentions:
        if mention.text == "دولة الكويت":
            mention.rule = "country"  # as the actor finder names a country
    doc.quotes.clear()
    find_quotes(doc)
    assert _pairs(doc) == [("Sami Najjar", "الهجوم جبان")]
