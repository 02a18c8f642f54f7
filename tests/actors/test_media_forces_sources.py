"""News media cited as sources, forces of a government, and unnamed sources (sentences written
for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.actors import find_actors, lookup, prepare

D2016 = dt.date(2016, 5, 1)


def _found(text: str, date: dt.date | None = None) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.text, m.actor.entity_name, m.actor.country, m.actor.sector_code)
        for m in lookup(text, date)
    ]


# ------------------------------------------------------------------ media


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        (
            "وقال الناطق لوكالة الصحافة الفرنسية إن الجسر أغلق.",
            "وكالة الصحافة الفرنسية",
            "Agence France-Presse",
            "FRA",
        ),
        (
            'وأوضح مسؤول تونسي لـ"الفرنسية" أن الحدود ستفتح.',
            "الفرنسية",
            "Agence France-Presse",
            "FRA",
        ),
        ("وقالت الفرنسية إن السيول جرفت عشرات المنازل.", "الفرنسية", "Agence France-Presse", "FRA"),
        (
            "وبحسب الفرنسية، تراجع عدد المهاجرين هذا العام.",
            "الفرنسية",
            "Agence France-Presse",
            "FRA",
        ),
        ("وبثت الجزيرة صورا للحريق في الميناء.", "الجزيرة", "Al Jazeera", "QAT"),
        ("وقال النائب في مقابلة مع الجزيرة إنه سيستقيل.", "الجزيرة", "Al Jazeera", "QAT"),
        ("وأكد الوزير في تصريح للعربية أن الخطة جاهزة.", "للعربية", "Al Arabiya", "SAU"),
        ("وذكرت العربية أن الطائرة هبطت بسلام.", "العربية", "Al Arabiya", "SAU"),
        (
            "ونقلت وكالة الأنباء القطرية (قنا) عن الوزير ترحيبه بالوفد.",
            "قنا",
            "Qatar News Agency",
            "QAT",
        ),
        ("وذكرت وام أن الحاكم افتتح المعرض.", "وام", "Emirates News Agency", "ARE"),
        (
            "وأفادت وكالة تسنيم الإيرانية بأن السفينة أبحرت.",
            "وكالة تسنيم الإيرانية",
            "Tasnim News Agency",
            "IRN",
        ),
        ("وقال المتحدث لشبكة سكاي نيوز إن المفاوضات متعثرة.", "سكاي نيوز", "Sky News", "GBR"),
    ],
)
def test_a_cited_medium_is_a_news_organisation(
    text: str, surface: str, name: str, country: str
) -> None:
    assert (surface, name, country, "JRN") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وأكد المعلم أن اللغة العربية مادة أساسية في المدارس.",
        "وقال القائد إن السفينة رست قرب الجزيرة.",
        "وقال إن الزوارق وصلت للجزيرة قبل الفجر.",
        "وزار المحافظ مدينة قنا أمس.",
        "وتحدث السفير بالفرنسية أمام الطلاب.",
    ],
)
def test_the_same_common_words_elsewhere_name_no_medium(text: str) -> None:
    assert not [f for f in _found(text) if f[3] == "JRN"]


def test_a_spokesperson_speaking_to_an_agency_does_not_work_for_it() -> None:
    found = _found("وقال المتحدث لوكالة الأنباء الألمانية إن الطريق آمن.")
    assert not [f for f in found if f[2] == "DEU" and f[3] == "JRN" and "spokesperson" in f[1]]
    assert ("وكالة الأنباء الألمانية", "Deutsche Presse-Agentur", "DEU", "JRN") in found


def test_the_agency_by_its_full_and_its_short_name_is_one_actor() -> None:
    doc = prepare(
        "ونقلت وكالة الصحافة الفرنسية عن شهود قولهم إن النيران اشتعلت. "
        "وأضافت الفرنسية أن الإطفاء وصل متأخرا."
    )
    find_actors(doc)
    afp = [a for a in doc.actors if a.entity_name == "Agence France-Presse"]
    assert len(afp) == 1 and len(afp[0].raw_text) == 2
    assert not [a for a in doc.actors if a.entity_name == "France"]


# ------------------------------------------------------------------ forces


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        (
            "وقصفت قوات حكومة الوفاق مواقع جنوب المدينة.",
            "قوات حكومة الوفاق",
            "Government of National Accord forces",
            "LBY",
        ),
        (
            "وانسحبت قوات تابعة لحكومة الوفاق من المعسكر.",
            "قوات تابعة لحكومة الوفاق",
            "Government of National Accord forces",
            "LBY",
        ),
        (
            "وتقدمت قوات الحكومة اليمنية نحو الساحل.",
            "قوات الحكومة اليمنية",
            "Yemeni government forces",
            "YEM",
        ),
        (
            "وتقدمت قوات الحكومة الصومالية نحو الميناء.",
            "قوات الحكومة الصومالية",
            "Somali Armed Forces",
            "SOM",
        ),
    ],
)
def test_forces_of_a_government_are_military(
    text: str, surface: str, name: str, country: str
) -> None:
    assert (surface, name, country, "MIL") in _found(text)


def test_bare_government_forces_take_the_government_named_before() -> None:
    found = _found(
        "وأعلنت حكومة الوفاق الوطني استئناف المحادثات. ثم قصفت قوات الحكومة مواقع في الصحراء."
    )
    assert ("قوات الحكومة", "Government of National Accord forces", "LBY", "MIL") in found


def test_regime_forces_are_the_army_of_the_state_that_dominates_the_article() -> None:
    found = _found(
        "قال الجيش السوري إنه استعاد بلدة. وأكدت دمشق أن الهجوم مستمر. "
        "وقصفت قوات النظام قرية مجاورة."
    )
    assert ("قوات النظام", "Syrian Armed Forces", "SYR", "MIL") in found


def test_regime_forces_do_not_take_another_state_named_before() -> None:
    found = _found("وقصفت المدفعية التركية مواقع. ثم هاجمت قوات النظام البلدة.")
    assert not [f for f in found if f[0] == "قوات النظام" and f[2] == "TUR"]


def test_forces_loyal_to_a_sitting_president_are_the_army_and_he_stays_an_actor() -> None:
    found = _found("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي في الجبال.", D2016)
    assert ("القوات الموالية", "Yemeni Armed Forces", "YEM", "MIL") in found
    assert any(f[1] == "Abd Rabbuh Mansur Hadi" for f in found)


def test_forces_of_a_former_president_are_his_own() -> None:
    found = _found("واشتبك الحوثيون مع قوات الرئيس السابق علي عبد الله صالح.", D2016)
    forces = [f for f in found if f[0] == "قوات"]
    assert forces and forces[0][1] == "Ali Abdullah Saleh forces"


# ------------------------------------------------------------------ unnamed sources


@pytest.mark.parametrize(
    ("text", "surface", "country", "sector"),
    [
        ("وقالت مصادر أمنية أردنية إن المهربين اعتقلوا.", "مصادر أمنية أردنية", "JOR", "SPY"),
        ("وأكدت مصادر عسكرية عراقية أن الجسر دمر.", "مصادر عسكرية عراقية", "IRQ", "MIL"),
        ("وقال مسؤول حكومي سوداني إن الوقود وصل.", "مسؤول حكومي سوداني", "SDN", "GOV"),
        ("وقال مسؤول عسكري أمريكي إن الطائرة سقطت.", "مسؤول عسكري أمريكي", "USA", "MIL"),
    ],
)
def test_an_unnamed_source_takes_its_sector_and_country(
    text: str, surface: str, country: str, sector: str
) -> None:
    assert any(f[0] == surface and f[2:] == (country, sector) for f in _found(text))


def test_an_unplaced_source_speaks_for_the_state_acting_before_it_in_the_sentence() -> None:
    found = _found("أعلن الجيش المصري تدمير أنفاق، وقالت مصادر عسكرية إن العملية مستمرة.")
    assert any(f[0] == "مصادر عسكرية" and f[2:] == ("EGY", "MIL") for f in found)


def test_a_source_adjective_is_not_a_name_to_repeat() -> None:
    found = _found("وقال مصدر عسكري تونسي إن الدورية عادت. وفرضت السلطات قيودا عسكرية على المنطقة.")
    assert [f for f in found if f[0] == "عسكرية"] == []
