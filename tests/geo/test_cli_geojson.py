"""marsad code --geojson FILE: the located events of a batch as a GeoJSON FeatureCollection."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from marsad.cli import main

ARTICLE = (
    "احتجاجات في الخرطوم\n"
    "تظاهر آلاف السودانيين في الخرطوم للمطالبة بحكم مدني. "
    "واعتقلت الشرطة عشرة متظاهرين بعد اشتباكات عنيفة.\n"
)


def test_code_writes_geojson_beside_the_events(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    events, geojson = tmp_path / "events.jsonl", tmp_path / "events.geojson"
    result = CliRunner().invoke(
        main, ["code", str(article), "--out", str(events), "--geojson", str(geojson)]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
    collection = json.loads(geojson.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    located = [r for r in records if r["event_loc"]]
    assert located and len(collection["features"]) == len(located)
    feature = collection["features"][0]
    assert feature["properties"]["place"] == "Khartoum"
    lon, lat = feature["geometry"]["coordinates"]
    assert 32 < lon < 33.5 and 15 < lat < 16
    assert feature["properties"]["id"] == located[0]["id"]


def test_code_without_geojson_writes_no_map(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(article), "--out", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 0, result.output
    assert not list(tmp_path.glob("*.geojson"))
