"""Places: gazetteer lookup and toponym resolution (the ``places`` stage), event locations and
the GeoJSON export of located events."""

from marsad.geo.eventloc import event_location
from marsad.geo.gazetteer import Entry, Gazetteer, gazetteer
from marsad.geo.geojson import events_to_geojson
from marsad.geo.resolve import find_places

__all__ = ["Entry", "Gazetteer", "event_location", "events_to_geojson", "find_places", "gazetteer"]
