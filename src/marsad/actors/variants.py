"""Known foreigners under another Arabic spelling (بيتر مورار for بيتر ماورير, جاك لو for جاك ليو).

Arabic news writes a foreign name as each desk hears it: غ or ج for g, ق or ك for k, long vowels
written or left out. The knowledge base lists the usual spellings; a full name that differs
from one only in those letters is that person. The comparison key keeps a name's consonants
with those letters merged and drops its inner long vowels. Only people of states whose names
are not Arabic are matched, only full names of two words or more, and only where the key
names one person: Arabic names differ in exactly those letters (سعيد، سعد).
"""

from __future__ import annotations

import functools
import re

from marsad.actors import kb
from marsad.actors.romanize import ARABIC_NAMED
from marsad.text.normalize import norm

_MERGE = str.maketrans({"غ": "ج", "ق": "ك", "ط": "ت", "ث": "س", "ص": "س", "ض": "د", "ظ": "ز"})
_INNER_VOWELS = re.compile("[اويىء]")


def key(name: str) -> str:
    """The spelling-blind key of a name: consonants merged, inner long vowels dropped."""
    words = []
    for w in norm(name).translate(_MERGE).replace("ة", "ه").split():
        words.append(w[:1] + _INNER_VOWELS.sub("", w[1:]))
    return " ".join(words)


@functools.cache
def _index() -> dict[str, str | None]:
    """key → person id, or None where two people share the key."""
    index: dict[str, str | None] = {}
    for person in kb.people().values():
        if person.country in ARABIC_NAMED:
            continue
        for name in person.names:
            if len(name.split()) < 2:
                continue
            k = key(name)
            index[k] = None if index.get(k, person.id) != person.id else person.id
    return index


def known_person(name_norm: str) -> kb.Person | None:
    """The one foreign person of the knowledge base whose name is ``name_norm`` respelled."""
    if len(name_norm.split()) < 2:
        return None
    pid = _index().get(key(name_norm))
    return kb.people()[pid] if pid is not None else None
