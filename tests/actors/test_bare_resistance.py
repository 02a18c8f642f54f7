""""The resistance" alone (المقاومة، المقاومة الشعبية) in an article whose events are in Yemen:
the Yemeni Popular Resistance; never a camp or a creed (محور المقاومة، المقاومة والممانعة), nor
anywhere else. (Articles written for these tests.)"""

from __future__ import annotations

from marsad.actors import lookup

YEMEN = (
    "عدن - تقدمت المقاومة الشعبية نحو قاعدة العند في لحج. وقال مصدر في المقاومة إن الحوثيين "
    "انسحبوا من مواقعهم في اليمن، بينما تتواصل المعارك في تعز باليمن."
)


def _resistance(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor.entity_name) for m in lookup(text, None) if "المقاومة" in m.text]


def test_in_yemen_the_resistance_is_the_popular_resistance() -> None:
    assert _resistance(YEMEN) == [
        ("المقاومة الشعبية", "Popular Resistance (Yemen)"),
        ("المقاومة", "Popular Resistance (Yemen)"),
    ]


def test_a_camp_or_a_creed_is_no_group() -> None:
    text = YEMEN + " ويتحدث الإعلام الإيراني عن محور المقاومة وعن المقاومة والممانعة في اليمن."
    assert [t for t, _ in _resistance(text)] == ["المقاومة الشعبية", "المقاومة"]


def test_another_resistance_named_by_its_adjective_is_left_alone() -> None:
    text = YEMEN + " وأشاد البيان بالمقاومة الوطنية الجنوبية في عدن باليمن."
    assert len(_resistance(text)) == 2


def test_elsewhere_the_resistance_is_not_assumed() -> None:
    text = "بيروت - قال النائب إن المقاومة ستبقى حاضرة في لبنان، وإن لبنان لن يتراجع."
    assert _resistance(text) == []
