"""Calls (دعا، طالب، ناشد): the noun after the verb is the one called on, not the caller, when
the verb does not agree with it, carries its own subject, or continues the sentence's subject."""

from __future__ import annotations

import pytest

from marsad.events.coder import trace_records
from marsad.model import Event
from marsad.pipeline import load_pipeline, make_article


def requests(text: str) -> list[tuple[list[str | None], list[str | None]]]:
    doc = load_pipeline()(make_article(text))
    found: list[Event] = [e for e in doc.events if e.event == "REQUEST"]
    return [([a.country for a in e.actor], [r.country for r in e.recipient]) for e in found]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # و + verb inside the sentence carries on its subject (بلاده): the parties are called on
        ("أعلن المتحدث باسم الخارجية المصرية أن بلاده تتابع الوضع في السودان وتدعو أطراف "
         "النزاع إلى وقف القتال فورا.", ["EGY"], ["SDN"]),
        # a masculine verb before a feminine body: the body is the object
        ("انتقد الرئيس الفرنسي الهجمات على المدنيين في بغداد. ودعا الحكومة العراقية إلى "
         "حمايتهم.", ["FRA"], ["IRQ"]),
        # a plural verb has its own subject: the noun after it is called on
        ("قال النواب الأردنيون إن الوضع خطير، وطالبوا الحكومة العراقية بالتدخل.",
         ["JOR"], ["IRQ"]),
        # an accusative plural is no subject
        ("أدانت وزارة الخارجية الأردنية الهجوم على المسجد. ودعت الفلسطينيين إلى الوحدة.",
         ["JOR"], ["PSE"]),
        # the sayer of the sentence, not the subject of what he reports, calls on
        ("وأكد وزير الخارجية السعودي أن المملكة تدعم الحل السياسي، وطالب المجتمع الدولي "
         "بدعم الحكومة اليمنية.", ["SAU"], ["YEM"]),
    ],
)
def test_noun_after_the_call_is_called_on(
    text: str, actor: list[str], recipient: list[str]
) -> None:
    assert (actor, recipient) in requests(text)


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # verb, subject, object: the first noun calls
        ("دعت مصر أطراف النزاع في السودان إلى وقف القتال.", ["EGY"], ["SDN"]),
        ("ودعت الحكومة المصرية الرئيس السوداني إلى الحوار.", ["EGY"], ["SDN"]),
        # a new sentence names its caller right after the verb
        ("ودعا الاتحاد الأوروبي إلى وقف إطلاق النار في غزة.", ["EUR"], []),
        # a feminine verb after a masculine subject starts a new subject
        ("رحب الرئيس الأمريكي بالاتفاق، ودعت الحكومة الألمانية إلى تنفيذه.", ["DEU"], []),
    ],
)
def test_noun_after_the_call_still_calls(
    text: str, actor: list[str], recipient: list[str]
) -> None:
    assert (actor, recipient) in requests(text)


def test_called_on_noun_is_never_the_caller_without_another() -> None:
    # تدعو (she) cannot have الرئيس as subject; with no one else named, no caller is guessed
    assert requests("تدعو الرئيس السوداني إلى الحوار.") == []


def test_explain_says_why_the_noun_is_called_on() -> None:
    doc = load_pipeline()(make_article(
        "قال النواب الأردنيون إن الوضع خطير، وطالبوا الحكومة العراقية بالتدخل."
    ))
    reasons = [r for rec in trace_records(doc) if rec.type == "REQUEST" for r in rec.reasons]
    assert any("is called on: the verb carries its own subject" in r for r in reasons)
