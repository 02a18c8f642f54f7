"""Unknown names after a title, checked by the NER tagger (``marsad.ner``).

The title rules take the words after "الوزير" or "الرئيس" for a name the knowledge base does
not know; in running prose those words are as often a verbal noun, an adverb or the next clause
("أكد الوزير ضرورة التوصل", "الجنرال عون فقط", "تم خلاله"). The tagger, trained on tagged
news, tells a name from such words: a candidate stands only if the tagger reads its first word
as part of a person's name, and it ends where the tagger's person name ends.
"""

from __future__ import annotations

import bisect

from marsad.model import Doc

Cache = dict[int, list[str]]  # sentence index -> the tagger's BIO tags for its tokens


def _sentence_tags(doc: Doc, sent: int, cache: Cache) -> list[str]:
    if sent not in cache:
        from marsad.ner.model import load_model

        lo, hi = doc.sentence_tokens[sent]
        words = [doc.text[t.start : t.end] for t in doc.tokens[lo:hi]]
        cache[sent] = load_model().tag(words)
    return cache[sent]


def person_run(doc: Doc, a: int, b: int, cache: Cache) -> tuple[int, int] | None:
    """Tokens [a, x) of the candidate [a, b) that the tagger reads as a person's name, or None
    where it does not read the first one so."""
    starts = [lo for lo, _ in doc.sentence_tokens]
    sent = bisect.bisect_right(starts, a) - 1
    if sent < 0:
        return None
    lo, hi = doc.sentence_tokens[sent]
    if not lo <= a < b <= hi:
        return None
    tags = _sentence_tags(doc, sent, cache)
    x = a
    while x < b and tags[x - lo].endswith("-PER"):
        x += 1
    return (a, x) if x > a else None
