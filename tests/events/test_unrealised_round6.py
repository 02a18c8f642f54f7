"""Round 6: acts that are expected (ينتظر أن، من المنتظر), set aside (بدلا من، عوضا عن) or
laid on someone as a duty (على الحكومة أن): none is reported as done. Whole pipeline;
sentences written for these tests."""

from __future__ import annotations

import pytest

from event_parts import events, reported


def _done(text: str, kind: str) -> list[str | None]:
    """The auxiliaries of the events of ``kind`` not negated (None: reported as done)."""
    return [e.auxiliary for e in events(text) if e.event == kind and not e.negated]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an awaited act: future, so a sanction is a threat and a meeting an agreement
        ("وينتظر أن تفرض الحكومة الأمريكية عقوبات على الشركات الروسية.", "SANCTION"),
        ("وينتظر أن يلتقي وزير الخارجية الأمريكي نظيره الروسي في جنيف.", "CONSULT"),
        (
            "ومن المنتظر اتخاذ قرار بفرض عقوبات على الشركات الروسية من قبل الحكومة الأمريكية.",
            "SANCTION",
        ),
        ("وقال المسؤول إنه من المنتظر أن يزور الرئيس الفرنسي القاهرة الشهر المقبل.", "CONSULT"),
    ],
)
def test_expected_act_not_done(text: str, kind: str) -> None:
    assert None not in _done(text, kind)


def test_done_act_kept_beside_expectation() -> None:
    assert (
        reported("وقال المسؤول إن الحكومة الأمريكية فرضت عقوبات على الشركات الروسية.", "SANCTION")
        != []
    )


def test_act_set_aside_by_instead_of_not_done() -> None:
    text = "وقال النائب إن المتطوعين حوربوا بدلا من أن يتم دعمهم من قبل الحكومة العراقية."
    assert reported(text, "SUPPORT") == []


def test_instead_of_keeps_the_act_done() -> None:
    text = (
        "وقالت وحدات حماية الشعب الكردية إنه بدلا من استهداف مواقع تنظيم داعش فإن الجيش "
        "التركي يقصف القرى."
    )
    assert [[a.raw_text for a in e.actor] for e in reported(text, "ASSAULT")] == [["الجيش التركي"]]
    # instead of a noun that names no act: the act before it is done
    text = "وقالت الحركة في بيان إن الجيش السوداني قصف القرى الشمالية بدلا من المواقع العسكرية."
    assert reported(text, "ASSAULT") != []
    text = "وقال الوزير إن الحكومة المصرية اعتقلت المتظاهرين بدلا من الحوار معهم."
    assert reported(text, "COERCE") != []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a duty laid on a party: على + the party + a verbal noun or أن + a verb
        ("وقال الرئيس إن على الحكومة التركية الإعراب عن استعدادها للحوار مع الأكراد.", "AGREE"),
        ("وقال المتحدث إن على المجتمع الدولي دعم الحكومة اليمنية الشرعية.", "SUPPORT"),
        # على أن + a present verb after a comma: provided that, later
        ("ووصل المبعوث الأممي إلى دمشق، على أن يلتقي الرئيس السوري بشار الأسد غدا.", "CONSULT"),
    ],
)
def test_duty_not_done(text: str, kind: str) -> None:
    assert reported(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the same act done, and على naming a place or opening "however"
        ("وقال الرئيس إن الحكومة التركية أعربت عن استعدادها للحوار مع الأكراد.", "AGREE"),
        ("وقال الوزير إن على الحدود التركية قوات سورية تهاجم القرى.", "ASSAULT"),
        ("على أن رفض الحكومة الإيرانية للاتفاق يظهر عمق الخلاف مع واشنطن.", "REJECT"),
        # علي the name reads as على once normalised
        ("لكن علي خامنئي ندد بالاتفاق النووي مع الولايات المتحدة.", "ACCUSE"),
    ],
)
def test_no_duty_act_kept(text: str, kind: str) -> None:
    assert reported(text, kind) != []


def test_awaited_until_done() -> None:
    # waited until it was reached: the agreement is done
    text = "وقال الصحفي إننا سهرنا ننتظر إلى أن توصلت إيران والقوى الكبرى لاتفاق نووي."
    assert None in _done(text, "AGREE")
