"""Who is acted on, not acting, on unseen news: the possessive pronoun of an arrest or
assassination noun (اعتقاله، لاغتياله) is the person arrested or killed, and a name right after
a verb that does not agree with it (وحذرت الجيش) is its object. Whole pipeline; sentences
written for these tests."""

from __future__ import annotations

from event_parts import actors, of_type, recipients


def test_assassination_pronoun_names_the_target() -> None:
    text = "وصل القيادي في حركة حماس إلى القاهرة، وكشفت الشرطة المصرية عن مخطط لاغتياله."
    (ev,) = of_type(text, "ASSAULT")
    assert recipients(ev) == ["القيادي في حركة حماس"]
    assert "القيادي في حركة حماس" not in actors(ev)


def test_arrest_pronoun_is_the_arrested_and_the_enabler_arrests() -> None:
    (ev,) = of_type("وقالت جبهة النصرة إن المسلحين مكنوا داعش من اعتقالهم.", "COERCE")
    assert actors(ev) == ["داعش"]


def test_arrest_pronoun_before_its_object_is_the_doer() -> None:
    # اعتقالها قائد المجموعة: the noun has its own object, so the pronoun is who arrests
    (ev,) = of_type("وأعلنت جبهة النصرة في بيان اعتقالها قائد المجموعة.", "COERCE")
    assert actors(ev) == ["جبهة النصرة"]


def test_feminine_verb_takes_no_masculine_noun_after_it_as_subject() -> None:
    text = "وأكدت الحكومة السودانية أنها لن تقبل بذلك، وحذرت الجيش السوداني من مغبة التصعيد."
    (ev,) = of_type(text, "THREATEN")
    assert actors(ev) == ["الحكومة السودانية"]
    assert recipients(ev) == ["الجيش السوداني"]


def test_masculine_verb_keeps_the_masculine_noun_after_it_as_subject() -> None:
    (ev,) = of_type("ودعا المتحدث إلى الهدوء، وحذر الجيش السوداني من مغبة التصعيد.", "THREATEN")
    assert actors(ev) == ["الجيش السوداني"]


def test_a_woman_spokesperson_after_a_feminine_verb_is_its_subject() -> None:
    text = "ورفضت متحدثة باسم الجيش الإسرائيلي في تل أبيب التعليق حين سئلت عن الغارة."
    (ev,) = of_type(text, "REJECT")
    assert actors(ev) == ["متحدثة باسم الجيش الإسرائيلي"]


def test_a_verbal_noun_like_a_past_verb_keeps_its_genitive_doer() -> None:
    text = "وشن سلاح الجو التركي غارات على مواقع الحزب، فيما انطلق قصف المدفعية التركية."
    for ev in of_type(text, "ASSAULT"):
        assert "المدفعية التركية" not in recipients(ev)
