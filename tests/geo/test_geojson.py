"""GeoJSON export: events with a place as Point features, [lon, lat] as RFC 7946 orders them."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from marsad.geo.geojson import events_to_geojson
from marsad.output import event_record
from marsad.pipeline import load_pipeline, make_article

TEXT = (
    "تظاهر آلاف السودانيين في الخرطوم للمطالبة بحكم مدني. "
    "واعتقلت الشرطة عشرة متظاهرين بعد اشتباكات عنيفة."
)


def records() -> list[dict[str, object]]:
    doc = load_pipeline()(make_article(TEXT, published="2019-06-01", doc_id="d1"))
    return [event_record(doc, e) for e in doc.events]


def test_feature_collection_of_located_events() -> None:
    recs = records()
    gj = events_to_geojson(recs)
    assert gj["type"] == "FeatureCollection"
    located = [r for r in recs if r["event_loc"]]
    assert located and len(gj["features"]) == len(located) < len(recs)
    feature = gj["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert 32 < lon < 33.5 and 15 < lat < 16  # Khartoum: longitude first
    props = feature["properties"]
    assert props["event"] == "PROTEST"
    assert props["place"] == "Khartoum" and props["country"] == "SDN"
    assert props["doc_id"] == "d1" and props["date"] == "2019-06-01"
    assert props["id"] == located[0]["id"]
    assert props["quad_code"] == located[0]["quad_code"]
    assert "SDN" in props["actor_country"]
    assert props["event_text"] in TEXT
    json.dumps(gj)  # serialisable as it stands


def test_no_records_empty_collection() -> None:
    assert events_to_geojson([]) == {"type": "FeatureCollection", "features": []}


@given(
    lat=st.floats(-90, 90, allow_nan=False),
    lon=st.floats(-180, 180, allow_nan=False),
)
def test_coordinates_are_lon_lat(lat: float, lon: float) -> None:
    rec = {
        "id": "e1",
        "event": ["ASSAULT"],
        "mode": [],
        "actor": [{"entity_name": "Russia", "country": "RUS"}],
        "recipient": [],
        "event_loc": {"name": "X", "country": "UKR", "lat": lat, "lon": lon, "raw_text": "س"},
    }
    (feature,) = events_to_geojson([rec])["features"]
    assert feature["geometry"]["coordinates"] == [lon, lat]
    assert feature["properties"]["actor"] == ["Russia"]
    assert feature["properties"]["mode"] is None


def test_bad_coordinates_are_left_out() -> None:
    rec = {"id": "e1", "event_loc": {"name": "X", "lat": 200.0, "lon": 0.0}}
    assert events_to_geojson([rec, {"id": "e2", "event_loc": None}])["features"] == []


def test_tee_passes_jsonl_through_and_maps_located_events() -> None:
    import io

    from marsad.geo.geojson import GeoJSONTee

    out = io.StringIO()
    tee = GeoJSONTee(out)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())
    for i in range(0, len(lines), 7):  # chunks that split lines, as shutil.copyfileobj does
        tee.write(lines[i : i + 7])
    tee.flush()
    assert out.getvalue() == lines
    assert tee.collection() == events_to_geojson(records())
