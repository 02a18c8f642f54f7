"""People the knowledge base does not know but Wikidata does: named as Wikidata labels them and
placed in their state when no title places them. (Sentences written for these tests.)"""

from __future__ import annotations

from importlib import resources

import pytest

from marsad.actors import lookup, wikinames
from marsad.text.normalize import norm


def _people(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.text, m.actor.entity_name, m.actor.country)
        for m in lookup(text, None)
        if m.actor.kind == "PER"
    ]


def test_an_unknown_minister_of_the_articles_state_is_the_wikidata_person() -> None:
    found = _people("وقال الوزير أشرف ريفي إن الحكومة ستجتمع غدا لبحث الأزمة في لبنان.")
    assert found == [("أشرف ريفي", "Ashraf Rifi", "LBN")]


def test_a_two_part_name_alone_is_not_taken_for_a_wikidata_person() -> None:
    # Wikidata has a Kuwaiti of this name; nothing in the article says it is him
    found = _people("وقال العميد الركن سليم حداد إن الجيش جاهز للرد.")
    assert found == [("سليم حداد", "Salim Haddad", None)]


def test_a_three_part_name_is_the_wikidata_person_anywhere() -> None:
    found = _people("واستقبل الرئيس الراحل أحمد حسن البكر الوفد في القصر.")
    assert found == [("أحمد حسن البكر", "Ahmed Hassan al-Bakr", "IRQ")]


def test_a_title_that_names_the_state_keeps_it() -> None:
    # Wikidata's person of this name is Lebanese; the sentence's own words say otherwise
    found = _people("وقال السفير الأردني أشرف ريفي إن بلاده ستشارك في المؤتمر.")
    assert found == [("أشرف ريفي", "Ashraf Rifi", "JOR")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("أحمد بن حلي", ("Ahmed Ben Helli", "DZA")),  # بن links, it is no name of its own
        ("أحمد حسن البكر", ("Ahmed Hassan al-Bakr", "IRQ")),
        ("أحمد رضا", None),  # two given names: too many people
        ("عبد العزيز", None),  # one compound given name
        ("صلاح الدين", None),
        ("ريفي", None),  # one word
    ],
)
def test_lookup(name: str, expected: tuple[str, str] | None) -> None:
    assert wikinames.lookup(norm(name)) == expected


def test_the_table_is_normalised_sorted_and_one_line_a_name() -> None:
    text = (resources.files("marsad.data.actors") / "wikidata_names.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
    assert rows[0] == ["arabic", "english", "country"]
    keys = [r[0] for r in rows[1:]]
    assert len(keys) > 50_000 and keys == sorted(set(keys))
    assert all(norm(k) == k and len(k.split()) >= 2 for k in keys[::500])
    assert all(len(r) == 3 and r[1] and (r[2] == "" or len(r[2]) == 3) for r in rows[1:])


def test_the_main_state_is_not_guessed_for_a_wikidata_person_of_another() -> None:
    # the article is about Israel; Wikidata's only people of this name are Algerian
    text = (
        "القدس - قالت الحكومة الإسرائيلية إن الجيش الإسرائيلي سيبقى في الضفة. وأكد الجيش "
        "الإسرائيلي ذلك. وتذكر الكاتب لقاءه مع الرئيس هواري بومدين قبل عقود."
    )
    found = [p for p in _people(text) if p[0] == "هواري بومدين"]
    assert len(found) == 1 and found[0][2] is None
