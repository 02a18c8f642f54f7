"""The scorer follows gold/GUIDE.md: these cases pin its matching rules."""

from __future__ import annotations

from typing import Any

from marsad.evaluate import (
    haversine_km,
    score_actors,
    score_events,
    score_places,
    score_quotes,
    sentences_overlap,
)
from marsad.model import Actor, Article, Doc, Event, EventActor, Place, Quote

SENT = "قصفت الطائرات الروسية مواقع المعارضة في إدلب صباح اليوم"


def _party(country: str, sector: str = "GOV") -> EventActor:
    return EventActor("x", country, country, sector, (0, 1))


def _event(kind: str, actors: list[str], recipients: list[str] = (), **kw: Any) -> Event:  # type: ignore[assignment]
    return Event(
        event=kind,
        mode=None,
        actor=[_party(c) for c in actors],
        recipient=[_party(c) for c in recipients],
        event_text="قصفت",
        event_span=(0, 4),
        sentence=0,
        text=kw.pop("text", SENT),
        text_span=(0, len(SENT)),
        **kw,
    )


def _gold(kind: str, actors: list[str], recipients: list[str] = (), **kw: Any) -> dict[str, Any]:  # type: ignore[assignment]
    return {
        "sentence": kw.pop("sentence", SENT),
        "event": kind,
        "alt_events": kw.pop("alt_events", []),
        "actor": [{"country": c} for c in actors],
        "recipient": [{"country": c} for c in recipients],
        "negated": kw.pop("negated", False),
        "optional": kw.pop("optional", False),
    }


def _doc(events: list[Event] = (), **kw: Any) -> Doc:  # type: ignore[assignment]
    doc = Doc(article=Article("d", SENT), **kw)
    doc.events = list(events)
    return doc


def test_sentence_overlap_uses_half_of_the_shorter_sentence() -> None:
    assert sentences_overlap(SENT, "قصفت الطائرات الروسية مواقع")
    assert not sentences_overlap(SENT, "اجتمع الوزراء في القاهرة لبحث الأزمة")


def test_event_matches_on_type_or_alt_and_actor_country() -> None:
    gold = [_gold("ASSAULT", ["RUS"], alt_events=["COERCE"])]
    assert score_events(gold, _doc([_event("ASSAULT", ["RUS"])]), True).tp == 1
    assert score_events(gold, _doc([_event("COERCE", ["RUS"])]), True).tp == 1
    wrong_actor = score_events(gold, _doc([_event("ASSAULT", ["SYR"])]), True)
    assert (wrong_actor.tp, wrong_actor.fp, wrong_actor.fn) == (0, 1, 1)
    # the type-only score ignores the actors
    assert score_events(gold, _doc([_event("ASSAULT", ["SYR"])]), False).tp == 1


def test_gold_recipient_must_intersect_when_given() -> None:
    gold = [_gold("ASSAULT", ["RUS"], ["SYR"])]
    assert score_events(gold, _doc([_event("ASSAULT", ["RUS"], ["SYR"])]), True).tp == 1
    assert score_events(gold, _doc([_event("ASSAULT", ["RUS"])]), True).tp == 0


def test_consult_compares_participants() -> None:
    gold = [_gold("CONSULT", ["USA", "RUS"])]
    assert score_events(gold, _doc([_event("CONSULT", ["USA"], ["RUS"])]), True).tp == 1
    assert score_events(gold, _doc([_event("CONSULT", ["FRA"])]), True).tp == 0


def test_optional_and_negated_gold_events() -> None:
    optional = score_events(
        [_gold("ASSAULT", ["RUS"], optional=True)], _doc([_event("ASSAULT", ["RUS"])]), True
    )
    assert (optional.tp, optional.fp, optional.fn) == (0, 0, 0)
    negated = score_events(
        [_gold("ASSAULT", ["RUS"], negated=True)], _doc([_event("ASSAULT", ["RUS"])]), True
    )
    assert (negated.tp, negated.fp, negated.fn) == (0, 1, 0)


def test_negated_and_hypothetical_system_events_are_ignored() -> None:
    doc = _doc(
        [
            _event("ASSAULT", ["RUS"], negated=True),
            _event("ASSAULT", ["RUS"], auxiliary="hypothetical"),
        ]
    )
    counts = score_events([_gold("ASSAULT", ["RUS"])], doc, True)
    assert (counts.tp, counts.fp, counts.fn) == (0, 0, 1)


def test_matching_is_one_to_one() -> None:
    doc = _doc([_event("ASSAULT", ["RUS"])])
    counts = score_events([_gold("ASSAULT", ["RUS"]), _gold("ASSAULT", ["RUS"])], doc, True)
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_actors_match_by_name_then_by_country_and_sector() -> None:
    doc = _doc()
    doc.actors = [
        Actor("Mike Pompeo", "PER", "USA", "GOV", None, "k1"),
        Actor("Russian army", "ORG", "RUS", "MIL", None, "k2"),
        Actor("Somebody", "PER", "FRA", "GOV", None, "k3"),
    ]
    gold = [
        {"entity_name": "mike pompeo", "country": "USA", "sector_code": "GOV"},
        {"entity_name": "Russian Armed Forces", "country": "RUS", "sector_code": "MIL"},
        {"entity_name": "Turkey", "country": "TUR", "sector_code": "GOV"},
    ]
    counts = score_actors(gold, doc)
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 1)


def test_quotes_need_the_speaker_and_overlapping_words() -> None:
    doc = _doc()
    doc.quotes = [Quote("Mike Pompeo", None, "قال", (0, 3), "الحل في ليبيا سياسي", (5, 20), 0)]
    gold = [{"speaker": "Mike Pompeo", "quote": "الحل في ليبيا سياسي وهو وحده"}]
    assert score_quotes(gold, doc).tp == 1
    assert score_quotes([{"speaker": "Sergey Lavrov", "quote": gold[0]["quote"]}], doc).tp == 0


def test_places_need_country_and_50_km() -> None:
    doc = _doc()
    doc.places = [Place("بطرابلس", "Tripoli", "LBY", 32.89, 13.19, (0, 7), 0)]
    near = {
        "raw_text": "طرابلس",
        "name": "Tripoli",
        "country": "LBY",
        "lat": 32.8872,
        "lon": 13.1913,
    }
    lebanon = dict(near, country="LBN", lat=34.43, lon=35.84)
    assert score_places([near], doc).right == 1
    assert score_places([lebanon], doc).right == 0
    assert round(haversine_km(32.8872, 13.1913, 34.4367, 35.8497)) > 2000


def test_quote_speaker_known_only_in_arabic_counts_by_country_and_sector() -> None:
    from marsad.model import ActorRef, Mention

    doc = _doc()
    doc.mentions = [
        Mention((0, 5), "يارا", 0, (0, 1), ActorRef("يارا خواجة", "LBN", "NGO", "PER"), "t")
    ]
    doc.quotes = [Quote("يارا خواجة", (0, 5), "قالت", (6, 10), "الفرق موجودة في المطارات", (11, 30), 0, 0)]
    gold_quotes = [{"speaker": "Yara Khawaja", "quote": "الفرق موجودة في المطارات"}]
    actors = [{"entity_name": "Yara Khawaja", "country": "LBN", "sector_code": "NGO"}]
    assert score_quotes(gold_quotes, doc, actors).tp == 1
    wrong = [{"entity_name": "Yara Khawaja", "country": "LBN", "sector_code": "GOV"}]
    assert score_quotes(gold_quotes, doc, wrong).tp == 0
