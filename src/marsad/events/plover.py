"""The PLOVER codebook as data: event types, quad classes, modes and contexts.

Source: the PLOVER manual (Draft 2.0). The manual's quad table lists SANCTION under verbal
conflict while its summary table lists it as material conflict; we follow the summary
(SANCTION is an act, not a statement), as POLECAT does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad_code: int  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    modes: tuple[str, ...]
    requires_recipient: bool = False


_TYPES = (
    EventType("AGREE", 1, ()),
    EventType("CONSULT", 1, ("visit", "third-party", "multilateral", "phone")),
    EventType("SUPPORT", 1, ()),
    EventType("CONCEDE", 1, ()),
    EventType("COOPERATE", 2, (), requires_recipient=True),
    EventType("AID", 2, (), requires_recipient=True),
    EventType("RETREAT", 2, ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    EventType("REQUEST", 3, ("assist", "change", "yield", "meet")),
    EventType("ACCUSE", 3, ("disapprove", "investigate", "allege")),
    EventType("REJECT", 3, ("assist", "change", "yield", "meet")),
    EventType(
        "THREATEN", 3, ("restrict", "arrest", "relations", "expel", "territory", "violence")
    ),
    EventType("PROTEST", 4, ("demo", "riot", "strike", "hunger", "boycott", "obstruct")),
    EventType(
        "SANCTION", 4, ("convict", "expel", "withdraw", "discontinue"), requires_recipient=True
    ),
    EventType("MOBILIZE", 4, ("troops", "weapons", "police", "militia")),
    EventType(
        "COERCE",
        4,
        (
            "seize",
            "restrict",
            "censor",
            "curfew",
            "martial-law",
            "arrest",
            "deport",
            "withhold",
            "misinformation",
            "cyber",
        ),
    ),
    EventType(
        "ASSAULT",
        4,
        (
            "abduct",
            "beat",
            "torture",
            "sexual",
            "targeted",
            "destroy",
            "primitive",
            "firearms",
            "explosives",
            "suicide-attack",
            "aerial",
            "drone",
            "heavy-weapons",
            "crowd-control",
            "unconventional",
        ),
    ),
)

EVENT_TYPES: dict[str, EventType] = {t.name: t for t in _TYPES}

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

CONTEXTS: tuple[str, ...] = (
    "military",
    "intelligence",
    "executive",
    "legislative",
    "election",
    "political_institutions",
    "pro_democracy",
    "pro_autocracy",
    "economic",
    "legal",
    "reparations",
    "human_rights",
    "rights_freedoms",
    "repression",
    "human_security",
    "gender",
    "lgbt",
    "religion_ethnicity",
    "inequality",
    "diplomatic",
    "territory",
    "peacekeeping",
    "health",
    "asylum",
    "migration",
    "disasters",
    "natural_resource",
    "environment",
    "technology",
    "terrorism",
    "cbrn",
    "cyber",
    "misinformation",
    "crime",
    "corruption",
    "illegal_drugs",
    "trafficking",
)

AUXILIARIES: tuple[str, ...] = ("historical", "future", "hypothetical", "negation")


def quad_code(event_type: str) -> int:
    """The quad class (1..4) of a PLOVER event type; KeyError for an unknown type."""
    return EVENT_TYPES[event_type].quad_code


def is_valid(event_type: str, mode: str | None = None) -> bool:
    """Whether ``event_type`` is a PLOVER type and ``mode`` (if given) one of its modes."""
    et = EVENT_TYPES.get(event_type)
    if et is None:
        return False
    return mode is None or mode in et.modes
