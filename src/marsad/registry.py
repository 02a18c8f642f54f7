"""Named, versioned pipeline stages with the annotations they need and provide.

A stage is a function that annotates one ``Doc`` in place. Registering it under a versioned
name (``"events.rules.v1"``) lets a pipeline be described by names and checked before it runs:
a stage whose ``requires`` no earlier stage ``provides`` is a build-time error, not a crash on
the thousandth article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from marsad.model import Doc

StageFn = Callable[[Doc], None]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    fn: StageFn
    requires: frozenset[str]
    provides: frozenset[str]


_STAGES: dict[str, Stage] = {}


def stage(
    name: str, *, requires: tuple[str, ...] = (), provides: tuple[str, ...] = ()
) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage ``name``."""

    def register(fn: StageFn) -> StageFn:
        _STAGES[name] = Stage(name, fn, frozenset(requires), frozenset(provides))
        return fn

    return register


def get_stage(name: str) -> Stage:
    try:
        return _STAGES[name]
    except KeyError:
        known = ", ".join(sorted(_STAGES)) or "none"
        raise KeyError(f"no stage named {name!r}; registered stages: {known}") from None


def list_stages() -> list[str]:
    return sorted(_STAGES)
