"""English names and countries of people the knowledge base does not know, from Wikidata.

``wikidata_names.tsv`` (built by tools/build_wikidata_names.py from Wikidata labels, CC0)
holds some 58,000 full Arabic names of people, mostly of the Arab states, Iran, Pakistan and
Afghanistan, with their English label and, where everyone of that name is of one state, its
country. A name found there is spelled as Wikidata spells it (Houari Boumediene, not a
transliteration), and a person no title places gets that country.
"""

from __future__ import annotations

import functools
from importlib import resources

from marsad.actors import words as W


@functools.cache
def _table() -> dict[str, tuple[str, str | None]]:
    text = (resources.files("marsad.data.actors") / "wikidata_names.tsv").read_text("utf-8")
    table: dict[str, tuple[str, str | None]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("arabic\t"):
            continue
        arabic, english, country = line.split("\t")
        table[arabic] = (english, country or None)
    return table


def lookup(name_norm: str) -> tuple[str, str | None] | None:
    """(English label, ISO3 country or None) of a normalised full name of two parts or more.

    Two given names (أحمد رضا، فارس سعيد) or one compound (عبد العزيز، صلاح الدين) are too common to
    stand for the Wikidata person of that name: they are left to the transliteration.
    """
    parts = name_parts(name_norm)
    if len(parts) < 2 or (len(parts) == 2 and all(w in W.FIRST_NAMES for w in parts)):
        return None
    return _table().get(" ".join(name_norm.split()))


def sure(name_norm: str) -> tuple[str, str | None] | None:
    """``lookup`` for a name of three parts or more, rare enough to be the Wikidata person
    without more evidence (a two-part name also needs its state named in the article)."""
    return lookup(name_norm) if len(name_parts(name_norm)) >= 3 else None


def name_parts(name_norm: str) -> list[str]:
    """The names in a full name: عبد الله one, بن none (محمد بن عبد الله → محمد، عبد)."""
    words = name_norm.split()
    return [
        w
        for i, w in enumerate(words)
        if w not in _LINKS and w not in _SUFFIXES and not (i > 0 and words[i - 1] in _BINDERS)
    ]


_BINDERS = frozenset({"عبد", "ابو"})  # normalised; each makes one name with the next word
_SUFFIXES = frozenset({"الدين"})  # one name with the word before (صلاح الدين، نور الدين)
_LINKS = frozenset({"بن", "ابن", "بنت"})  # between a name and the father's: no name itself
