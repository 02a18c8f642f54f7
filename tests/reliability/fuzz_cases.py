"""How many cases each reliability test tried, reported at the end of the pytest run."""

from __future__ import annotations

from collections import Counter

TRIED: Counter[str] = Counter()


def tried(name: str, n: int = 1) -> None:
    """Count ``n`` more cases for the test ``name``."""
    TRIED[name] += n
