"""Reliability tests report how many cases each one tried (in pytest's terminal summary)."""

from __future__ import annotations

import pytest
from fuzz_cases import TRIED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TRIED:
        return
    terminalreporter.section("reliability and security: cases tried")
    for name, n in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name}: {n} cases")
    terminalreporter.write_line(f"total: {sum(TRIED.values())} cases")
