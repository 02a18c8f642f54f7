"""An actor named twice in one clause (a title and then the name: خادم الحرمين الشريفين الملك
سلمان) is one party to its event, given at its first mention. (Sentences written for these
tests.)"""

from __future__ import annotations

import marsad


def test_a_title_and_a_name_of_one_person_are_one_party() -> None:
    text = (
        "وبحث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز مع الرئيس التركي في الرياض أمس "
        "العلاقات الثنائية."
    )
    doc = marsad.code(text, "2016-05-01")
    [event] = [e for e in doc.events if e.event == "CONSULT"]
    names = [a.entity_name for a in event.actor]
    assert names.count("King Salman") == 1 and len(names) == 2
    salman = next(a for a in event.actor if a.entity_name == "King Salman")
    assert salman.raw_text == "خادم الحرمين الشريفين"  # the first mention in the text
    assert text[slice(*salman.span)] == salman.raw_text


def test_every_event_names_each_party_once() -> None:
    text = (
        "وفي ختام اللقاء بعث الملك عبدالله الثاني تحياته إلى خادم الحرمين الشريفين الملك سلمان "
        "بن عبدالعزيز في الرياض. وقصفت مقاتلات التحالف العربي مواقع الحوثيين ومخازن أسلحة "
        "للحوثيين في صعدة."
    )
    doc = marsad.code(text, "2016-05-01")
    assert doc.events
    for event in doc.events:
        for parties in (event.actor, event.recipient):
            who = [(p.entity_name, p.country, p.sector_code) for p in parties]
            assert len(who) == len(set(who)), event
