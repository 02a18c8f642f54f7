"""ActorRef builders: one place that decides names, kinds, sectors and identity keys."""

from __future__ import annotations

from marsad.actors import kb, variants
from marsad.actors.romanize import romanize
from marsad.model import ActorRef
from marsad.text.normalize import norm

NONSTATE = frozenset(kb.PLOVER_NONSTATE)
# Bodies whose people share the body's sector whatever their title (a Hamas spokesman is PTY).
OWN_SECTOR = frozenset({"REB", "PRM", "PTY", "OPP", "IGO", "NGO", "JRN", "SOC", "MED"})


def state(code: str) -> ActorRef:
    """A state acting as an actor (its government): Russia, United States ..."""
    c = kb.countries().get(code)
    qid = c.wikidata if c is not None else None
    return ActorRef(kb.country_name(code), code, "GOV", "GPE", qid, key=f"gpe:{code}")


def body(inst: kb.Institution, code: str) -> ActorRef:
    """A body of a state: a head with a country (الجيش السوري) or a fixed institution."""
    if inst.group == "state":
        return state(code)
    name = inst.en if inst.kind == "fixed" else kb.fill(inst.en, code)
    key = f"body:{code}:{inst.group}" if inst.group else f"inst:{code}:{inst.en}"
    return ActorRef(name, code, inst.sector, "ORG", key=key)


def forces(gov: kb.Institution, armed: kb.Institution) -> ActorRef:
    """The forces of a government: a state's are its armed forces, an authority's its own."""
    assert gov.country is not None
    if gov.group == "state":
        return body(armed, gov.country)
    key = f"forces:inst:{gov.country}:{gov.en}"
    return ActorRef(f"{gov.en} forces", gov.country, "MIL", "ORG", key=key)


def org(o: kb.Org) -> ActorRef:
    return ActorRef(o.en, o.country, o.sector, "ORG", o.wikidata, key=f"org:{o.id}")


def person(p: kb.Person) -> ActorRef:
    return ActorRef(p.en, p.country, p.sector, "PER", p.wikidata, key=f"per:{p.id}")


def unknown_person(
    name: str,
    name_norm: str,
    code: str | None,
    sector: str | None,
    known: tuple[str, str | None] | None = None,
) -> ActorRef:
    """A person the knowledge base does not know, placed by the title before the name.

    Named in English as the press spells it, or as Wikidata labels the person where ``known``
    (``wikinames.lookup``) says who it is, whose state then places a person no title places.
    The Arabic stays in the mentions' raw text. A foreigner the knowledge base knows under
    another spelling (بيتر مورار, listed as بيتر ماورير) is that person (``variants``).
    """
    respelled = variants.known_person(name_norm)
    if respelled is not None:
        return person(respelled)
    if known is not None:
        english, country = known
        return ActorRef(english, code or country, sector, "PER", key=f"per:ar:{name_norm}")
    return ActorRef(romanize(name, code), code, sector, "PER", key=f"per:ar:{name_norm}")


def title_sector(title: kb.Title, code: str | None, owner: ActorRef | None) -> str | None:
    """A title's sector, or the body's where the title only says "of" (spokesperson of Hamas)."""
    if owner is not None and (
        title.sector == "ORG" or owner.sector_code in OWN_SECTOR or owner.country in NONSTATE
    ):
        return owner.sector_code
    if code in NONSTATE:
        return "IGO" if code in ("UNO", "EUR", "IGO") else code
    return None if title.sector == "ORG" else title.sector


def generic(title: kb.Title, code: str | None, owner: ActorRef | None) -> ActorRef:
    """An unnamed office holder: 'Russian President', 'Kremlin spokesperson', 'ICRC envoy'."""
    sector = title_sector(title, code, owner)
    if owner is not None:
        role = kb.fill(title.en, None)
        name = f"{owner.entity_name} {role}"
        return ActorRef(name, owner.country, sector, "PER", key=f"title:{name}")
    name = kb.fill(title.en, code)
    return ActorRef(name, code, sector, "PER", key=f"title:{name}:{code}")


def administration(p: kb.Person) -> ActorRef:
    """إدارة ترامب: the government a person leads."""
    name = f"{p.en.split()[-1]} administration"
    return ActorRef(name, p.country, "GOV", "ORG", key=f"admin:{p.id}")


def norm_key(text: str) -> str:
    return "_".join(norm(text).split())
