"""A coded Doc built by hand (no pipeline), for tests of output, store and the CLI."""

from __future__ import annotations

import datetime as dt

from marsad.model import (
    Actor,
    Article,
    Doc,
    Event,
    EventActor,
    Place,
    Quote,
    StageError,
)

TEXT = "اتهمت القيادة العسكرية الأمريكية الدفاعات الجوية الروسية بإسقاط طائرة فوق طرابلس."


def span_of(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def make_doc(published: dt.date | None = dt.date(2019, 12, 10)) -> Doc:
    article = Article(
        doc_id="seed-000",
        text=TEXT,
        title="عنوان",
        published=published,
        url="https://example.org/a",
        outlet="example.org",
    )
    tripoli = Place("طرابلس", "Tripoli", "LBY", 32.8872, 13.1913, span_of("طرابلس"), 0)
    event = Event(
        event="ACCUSE",
        mode="allege",
        actor=[
            EventActor(
                "القيادة العسكرية الأمريكية",
                "United States Africa Command",
                "USA",
                "MIL",
                span_of("القيادة العسكرية الأمريكية"),
            )
        ],
        recipient=[
            EventActor(
                "الدفاعات الجوية الروسية",
                "Russian air defence",
                "RUS",
                "MIL",
                span_of("الدفاعات الجوية الروسية"),
            )
        ],
        event_text="اتهمت",
        event_span=span_of("اتهمت"),
        sentence=0,
        text=TEXT,
        text_span=(0, len(TEXT)),
        context=["military"],
        event_loc=tripoli,
        confidence=0.82,
        rule="events.accuse",
    )
    return Doc(
        article=article,
        sentences=[(0, len(TEXT))],
        actors=[
            Actor(
                "Russian air defence",
                "ORG",
                "RUS",
                "MIL",
                None,
                "rus-ad",
                ["الدفاعات الجوية الروسية"],
                [span_of("الدفاعات الجوية الروسية")],
            )
        ],
        quotes=[Quote("Mike Pompeo", (0, 3), "قال", (4, 7), "نص", (8, 10), 0)],
        places=[tripoli],
        events=[event],
        errors=[StageError("geo.gazetteer.v1", "E201", "KeyError: 'x'")],
    )
