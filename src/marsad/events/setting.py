"""Where, when and in what context: the document- and sentence-level fields of an event."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from marsad.events.cues import Cues
from marsad.events.lexicon import token_keys
from marsad.geo.eventloc import event_location
from marsad.model import Doc, Place
from marsad.text.tokens import Token

WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
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


def _has(cues: Cues, group: str, tok: Token) -> bool:
    return cues.has(group, (*token_keys(tok), tok.norm))


def sentence_date(doc: Doc, si: int, cues: Cues) -> dt.date | None:
    """The date an event of sentence ``si`` happened: the publication date, moved by أمس
    (yesterday) or a weekday name (the last such day, or the next one with المقبل)."""
    pub = doc.article.published
    if pub is None:
        return None
    a, b = doc.sentence_tokens[si]
    for i in range(a, b):
        tok = doc.tokens[i]
        if tok.kind != "word":
            continue
        if _has(cues, "yesterday", tok):
            return pub - dt.timedelta(days=1)
        name = tok.norm[1:] if tok.norm[0] in "وب" and tok.norm[1:3] == "ال" else tok.norm
        if name.startswith("ال") and name[2:] in WEEKDAYS:
            target = WEEKDAYS[name[2:]]
            if i + 1 < b and _has(cues, "next", doc.tokens[i + 1]):
                return pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)
            return pub - dt.timedelta(days=(pub.weekday() - target) % 7)
    return pub
