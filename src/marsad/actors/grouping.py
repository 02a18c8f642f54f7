"""Grouping mentions into the article's distinct actors (``Doc.actors``)."""

from __future__ import annotations

from marsad.model import Actor, Mention

# Mentions that point at an actor without naming it: they join an actor named elsewhere in the
# article but never create one (التدخل الروسي alone does not make Russia an actor of the text).
_NON_NAMING = ("nationality-adj",)
# Collectives with no identity of their own (the parties to a conflict): parties to events, but
# no distinct actor of the article.
_COLLECTIVE_GROUPS = (":parties",)


def _non_naming(m: Mention) -> bool:
    return m.rule in _NON_NAMING or m.actor.key.endswith(_COLLECTIVE_GROUPS)


def group(mentions: list[Mention]) -> list[Actor]:
    actors: list[Actor] = []
    index: dict[str, int] = {}
    first_named: dict[str, bool] = {}
    for m in mentions:
        if _non_naming(m):
            continue
        ref = m.actor
        i = index.get(ref.key)
        if i is None:
            i = index[ref.key] = len(actors)
            actors.append(
                Actor(
                    ref.entity_name,
                    ref.kind,
                    ref.country,
                    ref.sector_code,
                    ref.wikidata_id,
                    ref.key,
                )
            )
        actor = actors[i]
        if m.rule.startswith("kb-") and not first_named.get(ref.key):
            # a knowledge-base name beats a name built from a template (Israel Defense Forces)
            actor.entity_name = ref.entity_name
            first_named[ref.key] = True
        if m.text not in actor.raw_text:
            actor.raw_text.append(m.text)
        actor.mentions.append(m.span)
        m.entity = i
    for m in mentions:
        if _non_naming(m):
            m.entity = index.get(m.actor.key, -1)
    return actors
