"""Actors named by their role or community: fighters of a nationality or ethnicity, the parties to
a conflict, police and army units, and long and short names of intergovernmental bodies
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.actors import find_actors, lookup, prepare


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.text, m.actor.entity_name, m.actor.country, m.actor.sector_code) for m in lookup(text)
    ]


# ------------------------------------------------------------------ fighters


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "sector"),
    [
        (
            "واتهمت الحكومة المسلحين الفلسطينيين بإطلاق الصواريخ.",
            "المسلحين الفلسطينيين",
            "Palestinian gunmen",
            "PSE",
            "REB",
        ),
        (
            "وقصفت الطائرات مواقع الميليشيات العراقية قرب الحدود.",
            "الميليشيات العراقية",
            "Iraqi militias",
            "IRQ",
            "PRM",
        ),
        (
            "وانسحب المقاتلون الأكراد السوريون من البلدة.",
            "المقاتلون الأكراد السوريون",
            "Kurdish fighters",
            "SYR",
            "REB",
        ),
        (
            "وهاجم المسلحون التركمان في شمال العراق نقطة تفتيش.",
            "المسلحون التركمان",
            "Turkmen gunmen",
            "IRQ",
            "REB",
        ),
    ],
)
def test_fighters_of_a_nationality_or_community(
    text: str, surface: str, name: str, country: str, sector: str
) -> None:
    assert (surface, name, country, sector) in _found(text)


def test_ethnic_fighters_are_the_community_group_named_before() -> None:
    text = (
        "أعلن حزب العمال الكردستاني وقف القتال. وقال الجيش إن المقاتلين الأكراد انسحبوا من الجبال."
    )
    found = _found(text)
    assert ("المقاتلين الأكراد", "Kurdistan Workers' Party", "TUR", "REB") in found
    doc = prepare(text)
    find_actors(doc)
    assert [a.entity_name for a in doc.actors].count("Kurdistan Workers' Party") == 1


def test_ethnic_fighters_prefer_the_more_specific_group() -> None:
    text = (
        "قالت وحدات حماية الشعب إنها صدت الهجوم. وتسيطر قوات سوريا الديمقراطية على المدينة. "
        "وتوعدت أنقرة المقاتلين الأكراد بعملية جديدة."
    )
    assert ("المقاتلين الأكراد", "People's Protection Units (YPG)", "SYR", "REB") in _found(text)


def test_ethnic_fighters_take_the_state_the_article_is_about() -> None:
    text = (
        "تجددت الاشتباكات في سوريا أمس، وقال الجيش السوري إن الوضع في سوريا هادئ. "
        "وقال شهود في سوريا إن الفصائل الشيعية قصفت القرى."
    )
    assert ("الفصائل الشيعية", "Shiite factions", "SYR", "REB") in _found(text)


def test_ethnic_fighters_with_no_state_are_no_actor() -> None:
    assert _found("وتحدث الكاتب عن المقاتلين العرب في رواياته.") == []


def test_ethnic_fighters_need_the_article_to_be_about_the_state_of_its_places() -> None:
    # places in Syria, but the actors are Turkish: which Kurds is not said
    text = (
        "قال الجيش التركي إن الحكومة التركية والقوات التركية مستعدة. وقصفت المدفعية مواقع في "
        "سوريا، وفي سوريا أيضا، وفي سوريا قرب الحدود، وقتل عدد من المسلحين الأكراد."
    )
    assert [f for f in _found(text) if f[0] == "المسلحين الأكراد"] == []


# ------------------------------------------------------------------ parties to a conflict


def test_parties_to_the_conflict_take_the_adjective_or_the_place() -> None:
    found = _found(
        "ودعت موسكو الأطراف اليمنية إلى الحوار، وحثت أطراف النزاع في السودان على التهدئة."
    )
    assert ("الأطراف اليمنية", "Yemeni parties to the conflict", "YEM", "UNK") in found
    assert ("أطراف النزاع", "Sudanese parties to the conflict", "SDN", "UNK") in found


def test_bare_parties_are_those_of_the_state_the_conflict_is_in() -> None:
    text = (
        "اشتدت المعارك في ليبيا. وقال المبعوث إن الوضع في ليبيا خطير وإن السلاح يتدفق إلى "
        "ليبيا، وطالب أطراف الصراع بوقف إطلاق النار."
    )
    assert ("أطراف الصراع", "Libyan parties to the conflict", "LBY", "UNK") in _found(text)
    doc = prepare(text)
    find_actors(doc)
    # a collective, not an actor of its own in the article's list
    assert all("parties" not in a.entity_name for a in doc.actors)


def test_outskirts_are_no_parties() -> None:
    assert _found("وصلت الدبابات إلى أطراف دمشق.") == []


# ------------------------------------------------------------------ units


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "sector"),
    [
        (
            "وفرقت شرطة مكافحة الشغب المصرية المتظاهرين.",
            "شرطة مكافحة الشغب المصرية",
            "Egyptian riot police",
            "EGY",
            "COP",
        ),
        (
            "وانتشرت قوات الأمن المركزي التونسية في الشوارع.",
            "قوات الأمن المركزي التونسية",
            "Tunisian Central Security Forces",
            "TUN",
            "COP",
        ),
        (
            "واعتقلت الشرطة الاتحادية العراقية ثلاثة مشتبهين.",
            "الشرطة الاتحادية العراقية",
            "Iraqi Federal Police",
            "IRQ",
            "COP",
        ),
    ],
)
def test_units_named_by_their_role(
    text: str, surface: str, name: str, country: str, sector: str
) -> None:
    assert (surface, name, country, sector) in _found(text)


def test_a_bare_unit_serves_the_main_state_and_joins_its_full_name() -> None:
    text = (
        "قال الجيش السوداني إن القتال تجدد. وسيطر المسلحون على مقر شرطة الاحتياطي. "
        "وأكدت قوات الاحتياطي المركزي أنها استعادت المقر."
    )
    found = _found(text)
    assert ("شرطة الاحتياطي", "Sudanese reserve police", "SDN", "COP") in found
    doc = prepare(text)
    find_actors(doc)
    police = [a for a in doc.actors if a.sector_code == "COP"]
    assert [(a.entity_name, a.country) for a in police] == [("Central Reserve Police", "SDN")]


# ------------------------------------------------------------------ intergovernmental bodies


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وعقد المجلس الأعلى لدول الخليج العربية دورته في الرياض.", "Gulf Cooperation Council"),
        ("وأكدت القمة الخليجية دعمها للقرار.", "Gulf Cooperation Council"),
        ("ورحب مجلس الجامعة العربية بالاتفاق.", "Arab League"),
        ("وحذر حلف شمال الأطلنطي من التصعيد.", "NATO"),
        ("وقال برنامج الغذاء العالمي إن المساعدات توقفت.", "World Food Programme"),
        ("وأعلنت منظمة الأغذية والزراعة أن المحصول تراجع.", "Food and Agriculture Organization"),
        ("ودعا المجلس الأوروبي إلى التهدئة.", "European Council"),
    ],
)
def test_igo_name_variants(text: str, name: str) -> None:
    assert name in [m.actor.entity_name for m in lookup(text)]


def test_a_summit_statement_speaks_for_the_body_named_before() -> None:
    text = "افتتح مجلس التعاون الخليجي دورته في مسقط. وأكد البيان الختامي لقمة مسقط، دعم الحوار."
    assert ("البيان الختامي لقمة مسقط", "Gulf Cooperation Council", "IGO", "IGO") in _found(text)
    # no body named before: a summit of whom is not said
    assert _found("وأكد البيان الختامي لقمة مسقط، دعم الحوار.") == []
    # the body named in the summit's name is the actor itself
    found = _found("وقال الاتحاد الأوروبي إنه مستعد. ودعا البيان الختامي لقمة مجموعة العشرين إلى")
    assert [f[1] for f in found] == ["European Union", "G20"]
