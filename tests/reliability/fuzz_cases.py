"""How many cases each reliability and security test tried, reported at the end of the run."""

from __future__ import annotations

from collections import Counter
from typing import Any

TRIED: Counter[str] = Counter()
_reported = False


def tried(name: str, n: int = 1) -> None:
    """Count ``n`` more cases for the test ``name``."""
    TRIED[name] += n


def report(terminalreporter: Any) -> None:
    """The counts as a section of pytest's terminal summary (once per run)."""
    global _reported
    if _reported or not TRIED:
        return
    _reported = True
    terminalreporter.section("reliability and security: cases tried")
    for name, n in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name}: {n} cases")
    terminalreporter.write_line(f"total: {sum(TRIED.values())} cases")
