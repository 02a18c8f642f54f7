"""The Wikidata name table ships as listed in the data manifest (name, build date, sha256,
licence), so a rebuilt table cannot ship unnoticed."""

from __future__ import annotations

import hashlib
from importlib import resources


def test_wikidata_names_match_the_manifest() -> None:
    data = resources.files("marsad.data")
    entries = {
        row[0]: row
        for line in (data / "manifest.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
        for row in [line.split("\t")]
    }
    _, _, sha256, licence = entries["actors/wikidata_names.tsv"]
    body = (data / "actors" / "wikidata_names.tsv").read_bytes()
    assert hashlib.sha256(body).hexdigest() == sha256
    assert licence == "CC0-1.0"
