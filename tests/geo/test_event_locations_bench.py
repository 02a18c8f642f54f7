"""bench/event_locations.py on the dev gold: attacks and protests land in the right country.

Pins the fractions measured when the event_loc rules were written (see the report in
bench/event_locations.py); a change that loses located events fails here.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / ".." / "shared" / "gold" / "dev"
MIN_ALL = 0.83  # 43/50 gold ASSAULT/PROTEST events with a place
MIN_NAMED = 0.96  # 31/31 of them whose sentence itself names the place (one miss allowed)


def _bench() -> ModuleType:
    path = ROOT / "bench" / "event_locations.py"
    spec = importlib.util.spec_from_file_location("bench_event_locations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _gold() -> Path:
    if not GOLD.is_dir():
        if os.environ.get("MARSAD_REQUIRE_SHARED") == "1":
            pytest.fail(f"gold folder {GOLD} missing and MARSAD_REQUIRE_SHARED=1")
        pytest.skip("../shared/gold/dev is not beside the repository")
    return GOLD


def test_event_locations_on_dev_gold() -> None:
    bench = _bench()
    cases = bench.measure(_gold())
    named = [c for c in cases if c.named]
    assert len(cases) >= 40 and named
    assert bench.fraction(cases) >= MIN_ALL
    assert bench.fraction(named) >= MIN_NAMED
    # none rather than a guess: a miss is far more often no event_loc than a wrong country
    wrong = [c for c in cases if c.why == "wrong country"]
    assert len(wrong) <= 2


def test_names_is_word_bounded() -> None:
    bench = _bench()
    assert bench.names("تظاهر المئات في وبغداد", "بغداد")
    assert bench.names("وصل الوفد لليبيا", "ليبيا")  # ل + ليبيا
    assert bench.names("عاد الوفد إلى الخرطوم", "الخرطوم")
    assert bench.names("وصل للخرطوم", "الخرطوم")
    assert not bench.names("استمر الحراك الجزائري", "الجزائر")
