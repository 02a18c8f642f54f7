"""The model file: one zip holding the CRF weights, the feature resources and metadata.

Everything the tagger needs travels in one versioned file (listed in the data manifest), and
the zip is written with fixed timestamps so that the same training run gives the same bytes.
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.ner.features import Resources

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Bundle:
    crf: bytes
    resources: Resources
    meta: dict[str, Any]


def _tsv(rows: dict[str, tuple[str, ...]]) -> str:
    return "".join(f"{k}\t{' '.join(v)}\n" for k, v in sorted(rows.items()))


def _parse_tsv(text: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        key, _, value = line.partition("\t")
        out[key] = tuple(value.split())
    return out


def write_bundle(path: Path, bundle: Bundle) -> None:
    res = bundle.resources
    members = {
        "meta.json": json.dumps(bundle.meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        "counts.tsv": "".join(f"{k}\t{v}\n" for k, v in sorted(res.counts.items())),
        "clusters.tsv": _tsv(dict(res.clusters)),
        "gazetteer.tsv": _tsv(dict(res.gazetteer)),
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in [
            ("model.crfsuite", bundle.crf),
            *((n, t.encode()) for n, t in members.items()),
        ]:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def read_bundle(path: Path) -> Bundle:
    with zipfile.ZipFile(path) as zf:
        crf = zf.read("model.crfsuite")
        meta = json.loads(zf.read("meta.json").decode())
        counts = {
            k: int(v)
            for k, _, v in (
                line.partition("\t") for line in zf.read("counts.tsv").decode().splitlines()
            )
        }
        clusters = _parse_tsv(zf.read("clusters.tsv").decode())
        gazetteer = _parse_tsv(zf.read("gazetteer.tsv").decode())
    return Bundle(crf, Resources(clusters=clusters, counts=counts, gazetteer=gazetteer), meta)
