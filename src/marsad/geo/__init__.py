"""Places: gazetteer lookup and toponym resolution (the ``places`` stage)."""

from marsad.geo.gazetteer import Entry, Gazetteer, gazetteer
from marsad.geo.resolve import find_places

__all__ = ["Entry", "Gazetteer", "find_places", "gazetteer"]
