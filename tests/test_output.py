"""The event and docs records: field names and shapes of the contract in DESIGN.md."""

from __future__ import annotations

import json
from typing import Any

from marsad import __version__
from marsad.ingest import Reject
from marsad.output import doc_record, dumps, event_record, reject_record
from sample_doc import TEXT, make_doc, span_of


def test_output_event_record_matches_the_contract() -> None:
    doc = make_doc()
    record = event_record(doc, doc.events[0])
    assert list(record) == [
        "id",
        "doc_id",
        "date",
        "event",
        "mode",
        "context",
        "quad_code",
        "actor",
        "recipient",
        "event_text",
        "event_span",
        "text",
        "text_span",
        "event_loc",
        "negated",
        "auxiliary",
        "confidence",
        "coder",
        "cite_info",
    ]
    assert record["doc_id"] == "seed-000"
    assert record["date"] == "2019-12-10"
    assert record["event"] == ["ACCUSE"]
    assert record["mode"] == ["allege"]
    assert record["context"] == ["military"]
    assert record["quad_code"] == 3
    assert record["actor"] == [
        {
            "raw_text": "القيادة العسكرية الأمريكية",
            "entity_name": "United States Africa Command",
            "wikidata_id": None,
            "country": "USA",
            "sector_code": "MIL",
            "span": list(span_of("القيادة العسكرية الأمريكية")),
        }
    ]
    assert record["recipient"][0]["country"] == "RUS"
    start, end = record["event_span"]
    assert TEXT[start:end] == record["event_text"] == "اتهمت"
    assert record["event_loc"] == {
        "raw_text": "طرابلس",
        "name": "Tripoli",
        "country": "LBY",
        "lat": 32.8872,
        "lon": 13.1913,
        "span": list(span_of("طرابلس")),
    }
    assert record["coder"] == f"marsad {__version__}"
    assert record["cite_info"] == {
        "url": "https://example.org/a",
        "outlet": "example.org",
        "title": "عنوان",
    }


def test_output_event_id_is_stable_and_distinct() -> None:
    first, again = make_doc(), make_doc()
    assert event_record(first, first.events[0])["id"] == event_record(again, again.events[0])["id"]
    other = make_doc()
    other.events[0].event = "THREATEN"
    assert event_record(other, other.events[0])["id"] != event_record(first, first.events[0])["id"]
    fewer = make_doc()
    fewer.events[0].recipient = []
    assert event_record(fewer, fewer.events[0])["id"] != event_record(first, first.events[0])["id"]


def test_output_event_without_date_mode_or_place() -> None:
    doc = make_doc(published=None)
    ev = doc.events[0]
    ev.mode, ev.event_loc = None, None
    record = event_record(doc, ev)
    assert (record["date"], record["mode"], record["event_loc"]) == (None, [], None)


def test_output_doc_record_shape() -> None:
    record = doc_record(make_doc())
    assert record["doc_id"] == "seed-000" and record["published"] == "2019-12-10"
    assert record["sentences"] == [[0, len(TEXT)]]
    assert record["actors"][0]["entity_name"] == "Russian air defence"
    assert record["actors"][0]["mentions"] == [list(span_of("الدفاعات الجوية الروسية"))]
    assert record["quotes"][0]["speaker"] == "Mike Pompeo"
    assert record["places"][0]["name"] == "Tripoli"
    assert record["errors"] == [
        {"stage": "geo.gazetteer.v1", "code": "E201", "message": "KeyError: 'x'"}
    ]


def test_output_reject_record_carries_the_reason() -> None:
    record = reject_record(Reject("in.jsonl:3", "line 3 is not valid JSON", "E101"))
    assert record["errors"] == [
        {"stage": "ingest", "code": "E101", "message": "line 3 is not valid JSON"}
    ]
    assert record["source"] == "in.jsonl:3" and record["actors"] == []


def test_output_json_keeps_arabic_readable() -> None:
    doc = make_doc()
    line = dumps(event_record(doc, doc.events[0]))
    assert "اتهمت" in line and "\\u" not in line
    parsed: dict[str, Any] = json.loads(line)
    assert parsed["event_text"] == "اتهمت"
