"""Sentence splitting for Arabic news.

A sentence ends at ``.``, ``؟``, ``?``, ``!`` or ``…`` (with any closing quotes that follow),
and at every line break, so that sub-headings (short lines without final punctuation) stand
alone. Full stops inside quotation marks (“” «» "") do not end the sentence, so that a quote
stays with its cue verb; a quote left open is closed by the end of its line. ``،`` and ``؛``
join clauses and never split here: the event coder works on clauses itself.
"""

from __future__ import annotations

import re

from marsad.model import Span

_ENDERS = ".؟?!…"
_OPEN = {"“": "”", "«": "»", "„": "”"}
_CLOSERS = set(_OPEN.values()) | {'"', "'", ")", "’"}
_ABBREV_RE = re.compile(r"(?:^|[\s(])[\u0621-\u064AA-Za-z]$")  # one letter: أ.ف.ب، د.
_MAX_QUOTED = 600  # a quote longer than this may be split inside
# Longer runs (a page without full stops, hostile input) are cut at a clause break: the coder's
# work per sentence grows with its length squared, and no news sentence comes near this.
_MAX_SENTENCE = 1000
_BREAKS = "،؛,;"


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return start, end


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text``, in order, trimmed of surrounding white space."""
    spans: list[Span] = []
    line_start = 0
    for line in text.splitlines(keepends=True):
        for start, end in _split_line(text, line_start, line_start + len(line)):
            spans.extend(_cut_long(text, start, end))
        line_start += len(line)
    return spans


def _cut_long(text: str, start: int, end: int) -> list[Span]:
    """Pieces of at most ``_MAX_SENTENCE`` characters, cut after a clause break or a space."""
    pieces: list[Span] = []
    while end - start > _MAX_SENTENCE:
        limit = start + _MAX_SENTENCE
        half = start + _MAX_SENTENCE // 2
        cut = max(text.rfind(c, half, limit) for c in _BREAKS) + 1
        if cut <= half:
            cut = max(text.rfind(" ", half, limit), text.rfind("\t", half, limit)) + 1
        if cut <= half:
            cut = limit
        span = _trim(text, start, cut)
        if span:
            pieces.append(span)
        start = cut
    span = _trim(text, start, end)
    if span:
        pieces.append(span)
    return pieces


def _split_line(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    sent_start = start
    stack: list[str] = []
    straight_open = False
    quote_start = start
    i = start
    while i < end:
        c = text[i]
        if c in _OPEN:
            if not stack and not straight_open:
                quote_start = i
            stack.append(_OPEN[c])
        elif stack and c == stack[-1]:
            stack.pop()
        elif c == '"':
            straight_open = not straight_open
            if straight_open and not stack:
                quote_start = i
        elif c in _ENDERS:
            quoted = bool(stack) or straight_open
            if quoted and i - quote_start < _MAX_QUOTED:
                i += 1
                continue
            if c == "." and _is_inner_dot(text, i, end):
                i += 1
                continue
            j = i + 1
            while j < end and (text[j] in _ENDERS or text[j] in _CLOSERS):
                j += 1
            span = _trim(text, sent_start, j)
            if span:
                spans.append(span)
            sent_start = j
            stack.clear()
            straight_open = False
            i = j
            continue
        i += 1
    span = _trim(text, sent_start, end)
    if span:
        spans.append(span)
    return spans


def _is_inner_dot(text: str, i: int, end: int) -> bool:
    """A dot inside a number (3.5), a web address, or after a one-letter abbreviation."""
    nxt = text[i + 1] if i + 1 < end else ""
    prev = text[i - 1] if i > 0 else ""
    if prev.isdigit() and nxt.isdigit():
        return True
    if nxt.isalpha() and prev.isalpha():
        return True  # example.com, أ.ف.ب
    return bool(_ABBREV_RE.search(text[max(0, i - 3) : i]))


def is_link_line(words: list[str]) -> bool:
    """A line that links to the story in another paper and repeats its headline (رابط الخبر
    بصحيفة الوئام: ...), given its first normalised words: a title, so neither coded nor quoted."""
    return words[:2] == ["رابط", "الخبر"]
