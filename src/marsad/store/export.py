"""Event lines out of the store as a table, CSV, PLOVER JSONL, Parquet or GeoJSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from marsad.errors import MarsadError

FORMATS = ("table", "csv", "jsonl", "parquet", "geojson")

# Flat columns for CSV and Parquet; several actors in one field are joined with "; ".
COLUMNS = (
    "id",
    "date",
    "event",
    "mode",
    "quad_code",
    "actor",
    "actor_country",
    "actor_sector",
    "recipient",
    "recipient_country",
    "recipient_sector",
    "event_text",
    "text",
    "place",
    "place_country",
    "lat",
    "lon",
    "negated",
    "confidence",
    "doc_id",
    "url",
    "story_id",  # last, so that scripts reading columns by position keep working
)


def _join(parties: list[dict[str, Any]], key: str) -> str:
    return "; ".join(str(p.get(key) or "") for p in parties)


def flat(record: dict[str, Any]) -> dict[str, Any]:
    loc = record.get("event_loc") or {}
    return {
        "id": record["id"],
        "date": record["date"],
        "event": "; ".join(record["event"]),
        "mode": "; ".join(record["mode"]),
        "quad_code": record["quad_code"],
        "actor": _join(record["actor"], "entity_name"),
        "actor_country": _join(record["actor"], "country"),
        "actor_sector": _join(record["actor"], "sector_code"),
        "recipient": _join(record["recipient"], "entity_name"),
        "recipient_country": _join(record["recipient"], "country"),
        "recipient_sector": _join(record["recipient"], "sector_code"),
        "event_text": record["event_text"],
        "text": record["text"],
        "place": loc.get("name"),
        "place_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "negated": record["negated"],
        "confidence": record["confidence"],
        "doc_id": record["doc_id"],
        "url": (record.get("cite_info") or {}).get("url"),
        "story_id": record.get("story_id"),  # absent for articles coded without stories
    }


def _party(parties: list[dict[str, Any]]) -> str:
    return ", ".join(
        f"{p['entity_name']} ({p['country'] or '?'})" for p in parties
    ) or "-"


def write_table(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    out.write("date        event      quad  actor -> recipient  |  trigger  |  place\n")
    for r in records:
        loc = (r.get("event_loc") or {}).get("name") or "-"
        out.write(
            f"{r['date'] or '?':<11} {r['event'][0]:<10} {r['quad_code'] or '-':<5} "
            f"{_party(r['actor'])} -> {_party(r['recipient'])}  |  {r['event_text']}  |  {loc}\n"
        )
        n += 1
    return n


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, COLUMNS)
    writer.writeheader()
    n = 0
    for r in records:
        writer.writerow(flat(r))
        n += 1
    return n


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """A FeatureCollection of the events that have a location (point at the place)."""
    features = []
    for r in records:
        loc = r.get("event_loc")
        if not loc:
            continue
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                "properties": flat(r),
            }
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def write_parquet(records: Iterable[dict[str, Any]], path: str) -> int:
    """Flat columns plus ``record``, the full event line as JSON text."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError:
        raise MarsadError(
            "Parquet output needs pyarrow: pip install 'marsad[parquet]'", "E202"
        ) from None
    rows = [{**flat(r), "record": json.dumps(r, ensure_ascii=False)} for r in records]
    fields = [
        ("id", pa.string()),
        ("date", pa.string()),
        ("event", pa.string()),
        ("mode", pa.string()),
        ("quad_code", pa.int8()),
        ("actor", pa.string()),
        ("actor_country", pa.string()),
        ("actor_sector", pa.string()),
        ("recipient", pa.string()),
        ("recipient_country", pa.string()),
        ("recipient_sector", pa.string()),
        ("event_text", pa.string()),
        ("text", pa.string()),
        ("place", pa.string()),
        ("place_country", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("negated", pa.bool_()),
        ("confidence", pa.float64()),
        ("doc_id", pa.string()),
        ("url", pa.string()),
        ("story_id", pa.string()),
        ("record", pa.string()),
    ]
    schema = pa.schema(fields)
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return len(rows)
