"""ActorRef builders: one place that decides names, kinds, sectors and identity keys."""

from __future__ import annotations

from marsad.actors import kb
from marsad.model import ActorRef
from marsad.text.normalize import norm


def state(code: str) -> ActorRef:
    """A state acting as an actor (its government): Russia, United States ..."""
    return ActorRef(kb.country_name(code), code, "GOV", "GPE", key=f"gpe:{code}")


def body(inst: kb.Institution, code: str) -> ActorRef:
    """A body of a state: a head with a country (الجيش السوري) or a fixed institution."""
    if inst.group == "state":
        return state(code)
    name = inst.en if inst.kind == "fixed" else kb.fill(inst.en, code)
    key = f"body:{code}:{inst.group}" if inst.group else f"inst:{norm_key(inst.ar)}"
    return ActorRef(name, code, inst.sector, "ORG", key=key)


def org(o: kb.Org) -> ActorRef:
    return ActorRef(o.en, o.country, o.sector, "ORG", key=f"org:{o.id}")


def person(p: kb.Person) -> ActorRef:
    return ActorRef(p.en, p.country, p.sector, "PER", key=f"per:{p.id}")


def unknown_person(name: str, name_norm: str, code: str | None, sector: str | None) -> ActorRef:
    """A person the knowledge base does not know, placed by the title before the name."""
    return ActorRef(name, code, sector, "PER", key=f"per:ar:{name_norm}")


def generic(title: kb.Title, code: str | None, owner: ActorRef | None) -> ActorRef:
    """An unnamed office holder: 'Russian President', 'Kremlin spokesperson'."""
    if owner is not None and title.sector == "ORG":
        name = f"{owner.entity_name} {title.en}"
        return ActorRef(name, owner.country, owner.sector_code, "PER", key=f"title:{name}")
    sector = owner.sector_code if owner is not None and title.sector == "ORG" else title.sector
    if sector == "ORG":
        sector = None
    name = kb.fill(title.en, code)
    return ActorRef(name, code, sector, "PER", key=f"title:{name}:{code}")


def norm_key(text: str) -> str:
    return "_".join(norm(text).split())
