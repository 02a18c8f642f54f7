"""Reliability tests report how many cases each one tried (in pytest's terminal summary)."""

from __future__ import annotations

import pytest
from fuzz_cases import report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    report(terminalreporter)
