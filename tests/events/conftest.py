"""Hand-built Docs for event tests: text stages run for real, mentions/places/quotes made here,
so the event stage is tested without depending on the actor, place and quote stages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from events_docs import build_doc

from marsad.model import Doc


@pytest.fixture
def make_doc() -> Callable[..., Doc]:
    return build_doc
