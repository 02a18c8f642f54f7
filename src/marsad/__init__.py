"""marsad: Arabic news to PLOVER event data, every field traceable to its source characters."""

from __future__ import annotations

__version__ = "0.1.0"
