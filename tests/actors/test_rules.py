"""Each mention rule and each coreference pattern, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.actors import lookup
from marsad.model import Mention

D2019 = dt.date(2019, 12, 10)
D2023 = dt.date(2023, 3, 1)


def _found(
    text: str, date: dt.date | None = None
) -> list[tuple[str, str, str | None, str | None, str]]:
    return [
        (m.text, m.actor.entity_name, m.actor.country, m.actor.sector_code, m.rule)
        for m in lookup(text, date)
    ]


def _one(text: str, surface: str, date: dt.date | None = None) -> Mention:
    hits = [m for m in lookup(text, date) if m.text == surface]
    assert len(hits) == 1, [(m.text, m.rule) for m in lookup(text, date)]
    return hits[0]


CASES = [
    # states named, capitals as metonymy, clitics stripped from the surface
    ("أعلنت روسيا دعمها للاتفاق", "روسيا", "Russia", "RUS", "GOV", "country"),
    (
        "رحبت الولايات المتحدة الأمريكية بالقرار",
        "الولايات المتحدة الأمريكية",
        "United States",
        "USA",
        "GOV",
        "country",
    ),
    (
        "دعت الولاياتالمتحدة إلى التهدئة",
        "الولاياتالمتحدة",
        "United States",
        "USA",
        "GOV",
        "country",
    ),
    ("وقال إن ولروسيا مصالح في المنطقة", "روسيا", "Russia", "RUS", "GOV", "country"),
    ("وأكدت أميركا التزامها", "أميركا", "United States", "USA", "GOV", "country"),
    (
        "وقالت واشنطن إنها تدرس العقوبات",
        "واشنطن",
        "United States",
        "USA",
        "GOV",
        "capital-metonymy",
    ),
    ("ردت أنقرة على الاتهامات بحدة", "أنقرة", "Turkey", "TUR", "GOV", "capital-metonymy"),
    ("اتهمت طهران خصومها بالتصعيد", "طهران", "Iran", "IRN", "GOV", "capital-metonymy"),
    ("أرسلت الرياض وفدا إلى المحادثات", "الرياض", "Saudi Arabia", "SAU", "GOV", "capital-metonymy"),
    ("سافر الوزير أمس ووصلت موسكو رسالته", "موسكو", "Russia", "RUS", "GOV", "capital-metonymy"),
    # institutions with a nationality adjective or a country
    (
        "قصف الجيش السوري مواقع المسلحين",
        "الجيش السوري",
        "Syrian Armed Forces",
        "SYR",
        "MIL",
        "institution-adj",
    ),
    (
        "نفت وزارة الخارجية الروسية الخبر",
        "وزارة الخارجية الروسية",
        "Russian Ministry of Foreign Affairs",
        "RUS",
        "GOV",
        "institution-adj",
    ),
    (
        "أسقطت الدفاعات الجوية الروسية طائرة",
        "الدفاعات الجوية الروسية",
        "Russian air defence",
        "RUS",
        "MIL",
        "institution-adj",
    ),
    (
        "قالت وزارة خارجية روسيا إن اللقاء مثمر",
        "وزارة خارجية روسيا",
        "Russian Ministry of Foreign Affairs",
        "RUS",
        "GOV",
        "institution-country",
    ),
    (
        "فرقت الشرطة العراقية المحتجين",
        "الشرطة العراقية",
        "Iraqi police",
        "IRQ",
        "COP",
        "institution-adj",
    ),
    (
        "صوت البرلمان اللبناني على القانون",
        "البرلمان اللبناني",
        "Lebanese Parliament",
        "LBN",
        "LEG",
        "institution-adj",
    ),
    (
        "انتشرت قوات روسية في المدينة",
        "قوات روسية",
        "Russian Armed Forces",
        "RUS",
        "MIL",
        "institution-adj",
    ),
    (
        "وأعلنت الحكومة الألمانية موقفها",
        "الحكومة الألمانية",
        "Germany",
        "DEU",
        "GOV",
        "institution-adj",
    ),
    # fixed institutions, organisations and groups
    ("قال الكرملين إن القمة ستعقد", "الكرملين", "Kremlin", "RUS", "GOV", "kb-institution"),
    (
        "أعلن البنتاغون إرسال قوات",
        "البنتاغون",
        "US Department of Defense",
        "USA",
        "MIL",
        "kb-institution",
    ),
    ("وشدد البيت الأبيض على موقفه", "البيت الأبيض", "White House", "USA", "GOV", "kb-institution"),
    ("دعت الأمم المتحدة إلى وقف القتال", "الأمم المتحدة", "United Nations", "UNO", "IGO", "kb-org"),
    (
        "وعقد مجلس الأمن الدولي جلسة طارئة",
        "مجلس الأمن الدولي",
        "UN Security Council",
        "UNO",
        "IGO",
        "kb-org",
    ),
    (
        "أدانت جامعة الدول العربية الهجوم",
        "جامعة الدول العربية",
        "Arab League",
        "IGO",
        "IGO",
        "kb-org",
    ),
    (
        "وطالب الاتحاد الأوروبي بضبط النفس",
        "الاتحاد الأوروبي",
        "European Union",
        "EUR",
        "IGO",
        "kb-org",
    ),
    (
        "وثقت منظمة العفو الدولية الانتهاكات",
        "منظمة العفو الدولية",
        "Amnesty International",
        "NGO",
        "NGO",
        "kb-org",
    ),
    ("أطلقت حركة حماس صواريخ", "حركة حماس", "Hamas", "PSE", "PTY", "kb-org"),
    ("وهاجم الحوثيون سفينة تجارية", "الحوثيون", "Houthis (Ansar Allah)", "YEM", "REB", "kb-org"),
    ("يقاتل مرتزقة فاغنر إلى جانب القوات", "مرتزقة فاغنر", "Wagner Group", "RUS", "PRM", "kb-org"),
    ("سيطرت قسد على القرية", "قسد", "Syrian Democratic Forces", "SYR", "REB", "kb-org"),
    (
        "تبنى تنظيم الدولة الإسلامية الهجوم",
        "تنظيم الدولة الإسلامية",
        "Islamic State",
        "IMG",
        "REB",
        "kb-org",
    ),
    # people: full names, short forms, titles
    ("التقى فلاديمير بوتين بضيفه", "فلاديمير بوتين", "Vladimir Putin", "RUS", "GOV", "kb-name"),
    ("وقال فلادمير بوتين إن الوقت حان", "فلادمير بوتين", "Vladimir Putin", "RUS", "GOV", "kb-name"),
    (
        "وأضاف أردوغان أن بلاده لن تتراجع",
        "أردوغان",
        "Recep Tayyip Erdogan",
        "TUR",
        "GOV",
        "kb-short-name",
    ),
    (
        "قال وزير الخارجية الأمريكي “مايك بومبيو” إن الحل سياسي",
        "مايك بومبيو",
        "Mike Pompeo",
        "USA",
        "GOV",
        "title-name",
    ),
    (
        "وأكد الرئيس المصري عبد الفتاح السيسي دعمه",
        "عبد الفتاح السيسي",
        "Abdel Fattah el-Sisi",
        "EGY",
        "GOV",
        "title-name",
    ),
    (
        "قال قائد الجيش الليبي خليفة حفتر إن قواته تتقدم",
        "خليفة حفتر",
        "Khalifa Haftar",
        "LBY",
        "MIL",
        "title-name",
    ),
    (
        "وقال وزير الخارجية الإيطالي جوفاني روسو إن بلاده قلقة",
        "جوفاني روسو",
        "Giovanni Roso",  # romanised: the knowledge base does not know him
        "ITA",
        "GOV",
        "title-unknown-name",
    ),
    (
        "وصرح السفير الكويتي في الدوحة بأن الرسالة سلمت",
        "السفير الكويتي",
        "Kuwaiti ambassador",
        "KWT",
        "GOV",
        "title-generic",
    ),
    (
        "وقال مصدر أمني مصري إن الوساطة مستمرة",
        "مصدر أمني مصري",
        "Egyptian security source",
        "EGY",
        "SPY",
        "title-generic",
    ),
    ("وأعرب المبعوث الأممي عن أمله", "المبعوث الأممي", "UN envoy", "UNO", "IGO", "title-generic"),
    (
        "قال المتحدث باسم الأمم المتحدة إن المساعدات وصلت",
        "المتحدث باسم الأمم المتحدة",
        "United Nations spokesperson",
        "UNO",
        "IGO",
        "title-generic",
    ),
    (
        "وقالت إدارة ترامب إنها ستفرض رسوما",
        "إدارة ترامب",
        "Trump administration",
        "USA",
        "GOV",
        "institution-person",
    ),
]


@pytest.mark.parametrize(("text", "surface", "name", "country", "sector", "rule"), CASES)
def test_rule(text: str, surface: str, name: str, country: str, sector: str, rule: str) -> None:
    assert (surface, name, country, sector, rule) in _found(text)


@pytest.mark.parametrize(
    ("text", "surface", "date", "name", "rule"),
    [
        (
            "وقال الرئيس الروسي إن المحادثات مثمرة",
            "الرئيس الروسي",
            D2019,
            "Vladimir Putin",
            "title-date",
        ),
        (
            "وقال الرئيس الأمريكي إن المحادثات مثمرة",
            "الرئيس الأمريكي",
            D2019,
            "Donald Trump",
            "title-date",
        ),
        (
            "وقال الرئيس الأمريكي إن المحادثات مثمرة",
            "الرئيس الأمريكي",
            D2023,
            "Joe Biden",
            "title-date",
        ),
        (
            "وقال وزير الخارجية الروسي إن المحادثات مثمرة",
            "وزير الخارجية الروسي",
            D2019,
            "Sergey Lavrov",
            "title-date",
        ),
        # without a date the office stands for its state's generic holder
        (
            "وقال الرئيس الروسي إن المحادثات مثمرة",
            "الرئيس الروسي",
            None,
            "Russian President",
            "title-generic",
        ),
    ],
)
def test_title_alone_is_date_aware(
    text: str, surface: str, date: dt.date | None, name: str, rule: str
) -> None:
    m = _one(text, surface, date)
    assert (m.actor.entity_name, m.rule) == (name, rule)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("عقد المؤتمر في واشنطن أمس", "واشنطن"),  # a capital after a locative is a place
        ("وصل الوفد إلى موسكو صباحا", "موسكو"),
        ("سقطت الطائرة فوق العاصمة طرابلس", "طرابلس"),
        ("التقى الوزيران بأنقرة أمس", "أنقرة"),
    ],
)
def test_capital_as_place_is_not_an_actor(text: str, surface: str) -> None:
    assert not [m for m in lookup(text) if surface in m.text]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("أثار التدخل الروسي قلقا واسعا", "الروسي", "RUS"),
        ("تصاعدت المخاوف الأمريكية من التصعيد", "الأمريكية", "USA"),
        ("تزايدت المخاوف السعودية من الهجمات", "السعودية", "SAU"),  # adjective, not the state
        ("وصلت شحنات سورية إلى الميناء", "سورية", "SYR"),
    ],
)
def test_nationality_adjective_after_a_noun(text: str, surface: str, country: str) -> None:
    m = _one(text, surface)
    assert (m.rule, m.actor.country, m.actor.sector_code) == ("nationality-adj", country, "GOV")


def test_ambiguous_state_name_is_the_state_after_a_verb() -> None:
    m = _one("وأعلنت السعودية وقف العمليات", "السعودية")
    assert (m.rule, m.actor.entity_name) == ("country", "Saudi Arabia")


def test_weak_country_name_needs_support() -> None:
    assert not lookup("قدمت الدولة دعم مالي كبير")
    m = _one("وقعت النيجر ومالي اتفاقا أمنيا", "مالي")
    assert m.actor.country == "MLI"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # surname after the full name
        ("قال سامح شكري إن الحل سياسي. وأكد شكري ذلك", "شكري", "Sameh Shoukry"),
        # first name after the full name (no short form listed for it)
        ("أكد ديمتري بيسكوف الخبر. وقال ديمتري إن بلاده مستعدة", "ديمتري", "Dmitry Peskov"),
        # a surname that is not a standalone short form in the knowledge base
        ("زار هايكو ماس ليبيا. وقال ماس إن الحل سياسي", "ماس", "Heiko Maas"),
        # an unknown person named after a title, then by surname
        ("وقال العميد الركن سليم حداد إن الجيش جاهز. وأضاف حداد أن", "حداد", "Salim Haddad"),
    ],
)
def test_name_coreference(text: str, surface: str, name: str) -> None:
    m = _one(text, surface)
    assert (m.actor.entity_name, m.rule) == (name, "coref-name")


def test_surname_before_the_full_name_is_not_resolved() -> None:
    assert not [m for m in lookup("وقال ماس إن الحل سياسي") if m.text == "ماس"]


def test_counterpart_takes_the_office_of_the_last_title() -> None:
    text = "دعا الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان إلى التهدئة"
    m = _one(text, "رجب طيب أردوغان")
    assert (m.actor.entity_name, m.rule) == ("Recep Tayyip Erdogan", "counterpart-name")


def test_counterpart_alone_is_resolved_by_date() -> None:
    text = "بحث وزير الخارجية الأمريكي مع نظيره الروسي الملف"
    m = _one(text, "نظيره الروسي", D2019)
    assert (m.actor.entity_name, m.rule) == ("Sergey Lavrov", "counterpart-date")


def test_counterpart_of_a_body_is_the_same_body_of_another_state() -> None:
    text = "أجرت القوات المصرية مناورة مع نظيرتها السعودية"
    m = _one(text, "نظيرتها السعودية")
    assert (m.actor.country, m.actor.sector_code, m.rule) == ("SAU", "MIL", "counterpart")


def test_title_alone_refers_back_to_its_holder() -> None:
    text = "وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده ملتزمة. وأضاف وزير الخارجية أن"
    ms = [m for m in lookup(text) if m.text == "وزير الخارجية"]
    assert [(m.actor.entity_name, m.rule) for m in ms] == [("Mohammad Javad Zarif", "title-coref")]


def test_own_country_follows_the_last_person() -> None:
    m = _one("وقال أردوغان إن بلاده سترد على الهجوم", "بلاده")
    assert (m.actor.entity_name, m.rule) == ("Turkey", "own-country")


def test_bare_institution_takes_the_main_country() -> None:
    text = (
        "خرج المتظاهرون العراقيون في بغداد. وقالت الحكومة العراقية إنها ستحقق. وأطلقت الشرطة الغاز"
    )
    m = _one(text, "الشرطة")
    assert (m.actor.country, m.actor.sector_code, m.rule) == ("IRQ", "COP", "bare-institution-main")


def test_bare_institution_refers_back_to_the_same_body() -> None:
    text = "تقدم الجيش اللبناني نحو التلال. وقال الجيش في بيان إن العملية مستمرة"
    m = _one(text, "الجيش")
    assert (m.actor.entity_name, m.rule) == ("Lebanese Armed Forces", "bare-institution-coref")


def test_name_before_a_title_is_that_office_holder() -> None:
    text = "وقال سليم حداد المتحدث باسم الأمم المتحدة إن القافلة وصلت"
    m = _one(text, "سليم حداد")
    assert (m.actor.country, m.actor.sector_code, m.rule) == ("UNO", "IGO", "title-apposition")


def test_apposition_needs_a_speech_verb_before_the_name() -> None:
    text = "وجاءت تصريحات المتحدث باسم الأمم المتحدة بعد الهجوم"
    assert not [m for m in lookup(text) if m.rule.endswith("apposition")]


def test_country_after_a_locative_is_a_place_not_an_actor() -> None:
    assert not lookup("اندلعت اشتباكات عنيفة في ليبيا")
    assert [m.rule for m in lookup("دعت ليبيا إلى الحوار")] == ["country"]


def test_office_of_an_organisation_is_resolved_by_date() -> None:
    m = _one("وقال الأمين العام للأمم المتحدة إن الوضع خطير", "الأمين العام للأمم المتحدة", D2019)
    assert (m.actor.entity_name, m.rule) == ("Antonio Guterres", "title-date")


def test_office_of_a_state_body_is_not_the_state_leader() -> None:
    text = "قال الرئيس العراقي برهم صالح كلمته. ثم تحدث رئيس البرلمان العراقي عن القانون"
    m = _one(text, "رئيس البرلمان العراقي")
    assert m.actor.entity_name != "Barham Salih"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            'واشتبكت وحدات "حماية الشعب" مع القوات',
            'وحدات "حماية الشعب"',
            "People's Protection Units (YPG)",
        ),
        ("سيطرت قوات “الدعم السريع” على المقر", "قوات “الدعم السريع”", "Rapid Support Forces"),
    ],
)
def test_quote_marks_inside_a_name(text: str, surface: str, name: str) -> None:
    assert _one(text, surface).actor.entity_name == name


def test_a_bare_surname_needs_its_bearer_to_be_in_office_around_the_date() -> None:
    text = "وقال الشيباني إن الوضع خطير"
    assert [m.actor.entity_name for m in lookup(text, dt.date(2025, 3, 1))] == ["Asaad al-Shaibani"]
    assert not lookup(text, dt.date(2012, 3, 1))


def test_national_security_council_is_not_the_un_security_council() -> None:
    m = _one("اجتمع مجلس الأمن القومي الأمريكي أمس", "مجلس الأمن القومي الأمريكي")
    assert (m.actor.country, m.actor.sector_code) == ("USA", "GOV")


def test_posting_between_title_and_name() -> None:
    text = "وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة سامانثا باور إن"
    found = [(m.text, m.actor.entity_name, m.rule) for m in lookup(text)]
    assert ("سامانثا باور", "Samantha Power", "title-name") in found
    assert ("الأمم المتحدة", "United Nations", "kb-org") in found


def test_a_parliamentary_bloc_in_quotes_is_one_actor() -> None:
    m = _one('وسمت كتلة "الوفاء للمقاومة" الحريري', 'كتلة "الوفاء للمقاومة"')
    assert (m.actor.entity_name, m.actor.country, m.actor.sector_code) == (
        "Loyalty to the Resistance bloc",
        "LBN",
        "LEG",
    )


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "sector"),
    [
        (
            "قتل عناصر من اللواء 45 بالحشد الشعبي في القصف",
            "اللواء 45",
            "Popular Mobilization Forces brigade 45",
            "IRQ",
            "PRM",
        ),
        (
            "تقدمت الفرقة الرابعة في الجيش السوري نحو البلدة",
            "الفرقة الرابعة",
            "Syrian Armed Forces division 4",
            "SYR",
            "MIL",
        ),
    ],
)
def test_a_numbered_unit_belongs_to_the_body_after_it(
    text: str, surface: str, name: str, country: str, sector: str
) -> None:
    m = _one(text, surface)
    assert (m.actor.entity_name, m.actor.country, m.actor.sector_code, m.rule) == (
        name,
        country,
        sector,
        "numbered-unit",
    )


def test_a_rank_before_an_ordinal_is_no_person() -> None:
    assert not lookup("وكان اللواء التاسع وراء أغلب الخروقات")


def test_counted_mps_are_the_main_state_parliament() -> None:
    text = "أعلن البرلمان اللبناني النتيجة بعدما صوت 111 نائبا لصالح الحكومة اللبنانية"
    m = _one(text, "نائبا")
    assert (m.actor.country, m.actor.sector_code, m.rule) == ("LBN", "LEG", "bare-institution-main")


def test_a_deputy_without_a_count_is_no_body() -> None:
    text = "عين الرئيس اللبناني نائبا جديدا لرئيس الحكومة اللبنانية"
    assert not [m for m in lookup(text) if m.text == "نائبا"]


def test_a_name_of_two_common_given_names_needs_a_plausible_date() -> None:
    text = "وقال محمد مصطفى إن الوضع خطير"
    assert [m.actor.entity_name for m in lookup(text, dt.date(2024, 6, 1))] == ["Mohammad Mustafa"]
    assert not lookup(text, dt.date(2005, 6, 1))


def test_helicopters_of_a_state_are_its_air_force() -> None:
    m = _one("حلقت مروحيات سورية فوق البلدة", "مروحيات سورية")
    assert (m.actor.entity_name, m.actor.sector_code, m.rule) == (
        "Syrian Air Force",
        "MIL",
        "institution-adj",
    )


def test_the_treasury_alone_is_the_us_treasury() -> None:
    m = _one("فرضت وزارة الخزانة عقوبات على شركات روسية", "وزارة الخزانة")
    assert (m.actor.entity_name, m.actor.country, m.rule) == (
        "US Treasury",
        "USA",
        "bare-institution-default",
    )


def test_forces_of_a_named_commander() -> None:
    found = _found("هاجمت قوات اللواء المتقاعد خليفة حفتر العاصمة")
    assert ("قوات", "Khalifa Haftar forces", "LBY", "MIL", "forces-of-person") in found
    assert ("خليفة حفتر", "Khalifa Haftar", "LBY", "MIL", "title-name") in found
