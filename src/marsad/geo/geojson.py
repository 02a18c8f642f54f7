"""Events on the map: event records (marsad.output.event_record) as a GeoJSON FeatureCollection.

One Point feature per event that has an event_loc, coordinates in GeoJSON's order
[longitude, latitude] (RFC 7946); events without a place are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

Json = dict[str, Any]


def _parties(parties: Iterable[Json] | None) -> tuple[list[str], list[str]]:
    names: list[str] = []
    countries: list[str] = []
    for p in parties or ():
        name = p.get("entity_name") or p.get("raw_text")
        if name:
            names.append(str(name))
        country = p.get("country")
        if country and country not in countries:
            countries.append(str(country))
    return names, countries


def _first(value: Any) -> Any:
    """PLOVER writes event and mode as lists; a feature property holds the first."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


def event_feature(record: Json) -> Json | None:
    """The Point feature of one event record, or None when it has no usable event_loc."""
    loc = record.get("event_loc")
    if not loc:
        return None
    try:
        lat, lon = float(loc["lat"]), float(loc["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    actors, actor_countries = _parties(record.get("actor"))
    recipients, recipient_countries = _parties(record.get("recipient"))
    return {
        "type": "Feature",
        "id": record.get("id"),
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": record.get("id"),
            "doc_id": record.get("doc_id"),
            "date": record.get("date"),
            "event": _first(record.get("event")),
            "mode": _first(record.get("mode")),
            "quad_code": record.get("quad_code"),
            "actor": actors,
            "actor_country": actor_countries,
            "recipient": recipients,
            "recipient_country": recipient_countries,
            "event_text": record.get("event_text"),
            "place": loc.get("name"),
            "place_text": loc.get("raw_text"),
            "country": loc.get("country"),
        },
    }


def events_to_geojson(records: Iterable[Json]) -> Json:
    """A FeatureCollection of the events that have a place, in input order."""
    features = [f for f in map(event_feature, records) if f is not None]
    return {"type": "FeatureCollection", "features": features}


class GeoJSONTee:
    """A text stream for event JSONL that passes every write through to ``out`` and keeps the
    located events as features: ``marsad code --geojson`` maps what it writes, in one pass."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.features: list[Json] = []
        self._partial = ""

    def write(self, text: str) -> int:
        written = self.out.write(text)
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        for line in lines:
            self._keep(line)
        return written

    def _keep(self, line: str) -> None:
        if not line.strip():
            return
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            return
        if isinstance(record, dict):
            feature = event_feature(record)
            if feature is not None:
                self.features.append(feature)

    def flush(self) -> None:
        self.out.flush()

    def collection(self) -> Json:
        """The FeatureCollection of everything written so far (a last unterminated line too)."""
        if self._partial:
            self._keep(self._partial)
            self._partial = ""
        return {"type": "FeatureCollection", "features": list(self.features)}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.out, name)  # fileno, name, encoding ... of the real stream
