"""و/ف before a doubled verb written in two letters (وحث), a long subject before مع (تحدث X،
مع Y), a noun under جميع after a call verb, and sentences that tell what the law prescribes."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import find_hits, verb_keys
from marsad.model import Event
from marsad.pipeline import load_pipeline, make_article
from marsad.text.normalize import norm, normalize
from marsad.text.tokens import tokenize


def coded(text: str) -> list[tuple[str, list[str | None], list[str | None]]]:
    """(type, actor countries, recipient countries) of the real (not hypothetical) events."""
    doc = load_pipeline()(make_article(text))
    found: list[Event] = [
        e for e in doc.events if not e.negated and e.auxiliary != "hypothetical"
    ]
    return [
        (e.event, [a.country for a in e.actor], [r.country for r in e.recipient]) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("وحث الرئيس المصري الأطراف الليبية على الحوار.", ["EGY"], ["LBY"]),
        ("فحث وزير الخارجية الفرنسي الحكومة اللبنانية على الإسراع في الإصلاحات.",
         ["FRA"], ["LBN"]),
    ],
)
def test_a_conjunction_before_a_two_letter_verb(
    text: str, actor: list[str], recipient: list[str]
) -> None:
    assert ("REQUEST", actor, recipient) in coded(text)


@pytest.mark.parametrize("word", ["وعد", "وصل", "وقع", "وجد", "ورد", "فرد", "وفر"])
def test_three_letter_words_that_are_words_are_not_split(word: str) -> None:
    # وعد is "promised", not و + عد; its last two letters are no verb of its own
    assert verb_keys(norm(word)) == frozenset({norm(word)})


def test_a_two_letter_verb_is_read_after_the_conjunction() -> None:
    assert "حث" in verb_keys(norm("وحث"))
    assert "صد" in verb_keys(norm("فصد"))


def test_a_long_subject_before_with_is_the_one_who_talks() -> None:
    events = coded("تحدث رئيس الوزراء العراقي مصطفى الكاظمي، مع الرئيس الإيراني بشأن الأزمة.")
    consult = [(a, r) for t, a, r in events if t == "CONSULT"]
    assert consult and {"IRQ", "IRN"} <= set(consult[0][0] + consult[0][1])


def test_an_alias_in_brackets_stays_in_the_subject() -> None:
    events = coded(
        "وتحدث رئيس المكتب السياسي لحركة فتح (محمود عباس)، مع مسؤولي المخابرات الأردنية "
        "حول التهدئة."
    )
    consult = [a + r for t, a, r in events if t == "CONSULT"]
    assert consult and {"PSE", "JOR"} <= set(consult[0])


def test_only_actors_may_stand_between_talk_and_with() -> None:
    # talking about cooperation with Iran is no talk with Iran
    events = coded("تحدث وزير الخارجية العراقي عن التعاون مع إيران في مجال الطاقة.")
    assert not any(t == "CONSULT" and "IRN" in a + r for t, a, r in events)


def test_the_actor_gap_takes_no_plain_words() -> None:
    text = "تحدث الوزير عن التعاون مع إيران"
    tokens = tokenize(normalize(text))
    # an actor mention over إيران alone: the words before it are no actor
    hits = find_hits(tokens, 0, len(tokens), actors={len(tokens) - 1: len(tokens)})
    assert not any(h.entry.type == "CONSULT" for h in hits)


def test_a_noun_under_all_is_called_on() -> None:
    events = coded(
        "أدان الرئيس الفرنسي الهجوم على ميناء الحديدة. ودعا جميع الأطراف اليمنية إلى وقف القتال."
    )
    assert ("REQUEST", ["FRA"], ["YEM"]) in events


@pytest.mark.parametrize(
    "text",
    [
        "وبحسب الدستور العراقي، يجري رئيس الجمهورية مشاورات مع الكتل النيابية لتسمية رئيس "
        "للوزراء.",
        "وفقا للقانون، تفرض الحكومة المصرية عقوبات على الشركات المخالفة.",
    ],
)
def test_what_the_law_prescribes_is_no_event(text: str) -> None:
    assert coded(text) == []


def test_a_past_act_under_the_law_is_an_event() -> None:
    events = coded("بموجب القانون، اعتقلت الشرطة المصرية عشرات المتظاهرين في القاهرة.")
    assert any(t == "COERCE" and a == ["EGY"] for t, a, _ in events)


def test_a_saying_participle_gives_the_main_subject_its_intent() -> None:
    events = coded(
        "التقى وزير الخارجية الألماني نظيره التونسي، مؤكدا العزم على تعزيز التعاون بين البلدين."
    )
    assert any(t == "AGREE" and a == ["DEU"] for t, a, _ in events)


def test_what_is_expressed_after_an_aside_and_a_comma() -> None:
    # أعرب X في تصريح ...، عن تقدير: the verb stands well before what it expresses
    events = coded("أعربت الوزيرة الفرنسية في تصريح للصحفيين، عن تقدير حكومتها لجهود الجيش المالي.")
    assert any(t == "SUPPORT" and a == ["FRA"] for t, a, _ in events)


@pytest.mark.parametrize(
    ("text", "kind", "own"),
    [
        ("وأعرب الرئيس الروسي عن استعداد بلاده للحوار مع الرئيس السوري.", "AGREE", "RUS"),
        ("أعربت الوزيرة الفرنسية عن تقدير حكومتها لجهود الجيش المالي.", "SUPPORT", "FRA"),
    ],
)
def test_the_speakers_own_country_is_no_recipient(text: str, kind: str, own: str) -> None:
    found = [(a, r) for t, a, r in coded(text) if t == kind]
    assert found and found[0][0] == [own] and own not in found[0][1]


def test_the_party_talked_with_is_the_recipient_not_the_own_country() -> None:
    events = coded("وأعرب الرئيس الروسي عن استعداد بلاده للحوار مع الرئيس السوري.")
    assert ("AGREE", ["RUS"], ["SYR"]) in events


def test_a_light_verb_opening_its_sentence_carries_the_previous_subject() -> None:
    events = coded(
        "قال وزير الخارجية التركي إن الوضع في ليبيا خطير. وأعرب عن أمله في أن تعيد روسيا "
        "النظر في موقفها."
    )
    assert ("REQUEST", ["TUR"], ["RUS"]) in events


def test_a_light_verb_with_its_own_subject_keeps_it() -> None:
    # طائرات التحالف is the subject of وشنت: the previous sayer does not attack
    events = coded(
        "قال المتحدث باسم الخارجية الإيرانية إن بلاده تتابع الوضع. وشنت طائرات التحالف غارات "
        "على مواقع في صعدة."
    )
    assert not any(t == "ASSAULT" and "IRN" in a for t, a, _ in events)
