"""Where, when and in what context: the document- and sentence-level fields of an event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from marsad.events.cues import Cues
from marsad.events.lexicon import token_keys
from marsad.geo.eventloc import event_location
from marsad.model import Doc, Place
from marsad.text.tokens import Token

MAX_CONTEXTS = 3
MIN_CONTEXT_HITS = 2


def doc_contexts(tokens: Sequence[Token], cues: Cues) -> list[str]:
    """PLOVER contexts of an article: those whose keywords occur at least twice (top three)."""
    counts: Counter[str] = Counter()
    index = cues.context_index
    prev = ""
    for tok in tokens:
        if tok.kind != "word":
            prev = ""
            continue
        keys = token_keys(tok)
        k0 = keys[0] if keys else tok.norm
        found = [name for k in keys for name in index.get(k, ())]
        if prev:
            found.extend(index.get(f"{prev}_{k0}", ()))
        if found:
            counts.update(set(found))
        prev = k0
    return [name for name, n in counts.most_common(MAX_CONTEXTS) if n >= MIN_CONTEXT_HITS]


def event_place(doc: Doc, si: int, pos: int) -> Place | None:
    """Where the event of sentence ``si`` with its trigger at ``pos`` happened (or None):
    the locative place nearest the trigger in its clause (marsad.geo.eventloc)."""
    return event_location(doc, si, pos)


