"""Foreigners the knowledge base knows, written by another desk's spelling (غ/ج، ق/ك, long
vowels written or not), are those people; Arabic names are never matched that way.
(Sentences written for these tests.)"""

from __future__ import annotations

import pytest

from marsad.actors import lookup, variants
from marsad.text.normalize import norm


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        (
            "وقال رئيس اللجنة الدولية للصليب الأحمر بيتر مورار إن الوضع صعب.",
            "بيتر مورار",
            "Peter Maurer",
        ),
        ("والتقى رئيس مجلس النواب الأمريكي جون باينر بالوفد.", "جون باينر", "John Boehner"),
        (
            "وقال نائب وزير الخارجية الروسي ميخائيل بغدانوف إن موسكو تدعم الحوار.",
            "ميخائيل بغدانوف",
            "Mikhail Bogdanov",
        ),
    ],
)
def test_a_respelled_foreigner_is_the_known_person(text: str, surface: str, name: str) -> None:
    found = {(m.text, m.actor.entity_name) for m in lookup(text, None)}
    assert (surface, name) in found


def test_the_key_merges_the_letters_desks_disagree_on() -> None:
    assert variants.key("بيتر ماورير") == variants.key("بيتر مورار")
    assert variants.key("بوغدانوف") == variants.key("بغدانوف")


@pytest.mark.parametrize("name", ["سعيد محمد", "محمد سعد", "أحمد ماهر", "جون", "ماورير"])
def test_arabic_names_and_single_words_are_not_matched(name: str) -> None:
    assert variants.known_person(norm(name)) is None
