"""atheris (libFuzzer) harness: bytes -> ingestion -> marsad.code. Run by test_atheris.py as
``python atheris_ingest.py -runs=N -max_total_time=S``; a crash or broken invariant aborts."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import marsad
    from marsad.ingest import Reject, read_bytes

KINDS = [None, "txt", "html", "jsonl"]


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    kind = fdp.PickValueInList(KINDS)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    for item in read_bytes(raw, "fuzz", kind):
        if isinstance(item, Reject):
            assert item.reason.strip(), item
            continue
        doc = marsad.code(item.text)
        assert not doc.errors, [e.to_dict() for e in doc.errors]
        text = doc.text
        for ev in doc.events:
            assert text[ev.event_span[0] : ev.event_span[1]] == ev.event_text
            for party in (*ev.actor, *ev.recipient):
                assert text[party.span[0] : party.span[1]] == party.raw_text
        for m in doc.mentions:
            assert text[m.span[0] : m.span[1]] == m.text


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
