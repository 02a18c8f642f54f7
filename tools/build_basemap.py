"""Build the dashboard's base map from world-atlas's countries-110m TopoJSON.

world-atlas (npm, ISC licence, Mike Bostock) packages Natural Earth's 1:110m countries, which
are public domain. Fetch it with ``npm pack world-atlas@2.0.2`` and unpack it, then:

    python tools/build_basemap.py package/countries-110m.json

It writes src/marsad/data/web/static/world.json: one SVG path per country in an
equirectangular frame (x = lon + 180, y = 90 - lat, 360 x 180 units), 0.1 degree precision.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "src/marsad/data/web/static/world.json"


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for r in rings:
        out = ""
        last: tuple[float, float] | None = None
        for lon, lat in r:
            point = (round(lon + 180, 1), round(90 - lat, 1))
            if point == last:
                continue
            # a ring that crosses the antimeridian jumps across the map: lift the pen there
            move = last is None or abs(point[0] - last[0]) > 180
            out += f"{'M' if move else 'L'}{point[0]:g},{point[1]:g}"
            last = point
        if out.count("L") >= 2:
            parts.append(out + "Z")
    return "".join(parts)


def main(source: str) -> None:
    topo = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    countries = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polygons = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polygons = geom["arcs"]
        else:
            continue
        rings = [ring(arcs, r) for polygon in polygons for r in polygon]
        countries.append({"name": geom.get("properties", {}).get("name", ""), "d": path(rings)})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "source": "Natural Earth 1:110m countries (public domain) via world-atlas 2.0.2 (ISC)",
        "frame": "equirectangular: x = lon + 180, y = 90 - lat",
        "countries": countries,
    }
    OUT.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
