"""The PLOVER codebook as data."""

from __future__ import annotations

import pytest

from marsad.events import CONTEXTS, EVENT_TYPES, quad_code
from marsad.events.plover import is_valid

QUADS = {
    1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
    2: {"COOPERATE", "AID", "RETREAT"},
    3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
    4: {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"},
}


def test_sixteen_types_in_four_quads() -> None:
    assert len(EVENT_TYPES) == 16
    for quad, names in QUADS.items():
        for name in names:
            assert quad_code(name) == quad


@pytest.mark.parametrize(
    ("etype", "mode"),
    [("CONSULT", "phone"), ("RETREAT", "ceasefire"), ("ASSAULT", "drone"),
     ("COERCE", "arrest"), ("THREATEN", "arrest"), ("SANCTION", "discontinue")],
)
def test_known_modes(etype: str, mode: str) -> None:
    assert is_valid(etype, mode)


def test_unknown_type_or_mode_is_invalid() -> None:
    assert not is_valid("FIGHT")
    assert not is_valid("ASSAULT", "ceasefire")
    with pytest.raises(KeyError):
        quad_code("FIGHT")


def test_contexts() -> None:
    assert "military" in CONTEXTS and "diplomatic" in CONTEXTS
    assert len(set(CONTEXTS)) == len(CONTEXTS) == 37
