"""The shipped gazetteer: loads fast, finds places by any Arabic spelling, ranks candidates."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from marsad.geo import gazetteer


def test_lookup_by_spelling_variants() -> None:
    gaz = gazetteer()
    for spelling in ("ليبيا", "ليبيا"):
        assert gaz.lookup(spelling)[0].country == "LBY"
    assert gaz.lookup("إدلب")[0].name == "Idlib"
    assert gaz.lookup("ادلب")[0].name == "Idlib"
    assert gaz.lookup("الضفة الغربية")[0].country == "PSE"


def test_countries_outrank_cities_of_the_same_name() -> None:
    names = [(e.name, e.feature) for e in gazetteer().lookup("الجزائر")]
    assert names[0] == ("Algeria", "country")
    assert ("Algiers", "city") in names


def test_ambiguous_names_list_every_candidate() -> None:
    countries = {e.country for e in gazetteer().lookup("طرابلس")}
    assert {"LBY", "LBN"} <= countries


def test_curated_entry_replaces_geonames_duplicate() -> None:
    jerusalem = gazetteer().lookup("القدس")
    assert [e.source for e in jerusalem] == ["supplement"]
    assert jerusalem[0].country == "PSE"


def test_country_entries_by_code() -> None:
    sau = gazetteer().country("SAU")
    assert sau is not None and sau.feature == "country" and 15 < sau.lat < 32


def test_loads_in_well_under_a_second() -> None:
    code = textwrap.dedent(
        """
        import time
        t = time.perf_counter()
        from marsad.geo import gazetteer
        gazetteer()
        print(time.perf_counter() - t)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 0.5
