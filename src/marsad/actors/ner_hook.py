"""NER discovery: people and organisations the knowledge base does not know (issue 3).

After the rule-based mentions are found, the CRF tagger (``marsad.ner``) finds PER/ORG names
that no mention covers; each becomes a Mention placed by its context: an organisation just
before it (القيادي في حركة الجهاد تيسير الجعبري → its country and sector), a title before it
with a nationality adjective (الوزير السوري ... → SYR and the title's sector), else the
sentence's nationality adjective or the article's dominant state. The entity name is the
Arabic text (no English is known). Gated to confident, placeable names: an unplaced stranger
adds an actor that gold seldom lists.

Off by default (``GATE.enabled``): on the dev gold it adds no actor that scores (gold names
actors in English) and tagging costs a few ms an article. Turn it on with
``marsad.actors.ner_hook.GATE = NerGate(enabled=True)``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from marsad.actors import kb
from marsad.actors.refs import OWN_SECTOR
from marsad.model import ActorRef, Doc, Mention
from marsad.text.normalize import norm


@dataclass(frozen=True)
class NerGate:
    enabled: bool = False  # off by default: see the module docstring
    types: tuple[str, ...] = ("PER",)
    min_prob: float = 0.9  # the tagger's lowest marginal over the span's tags
    min_tokens: int = 2  # a single word is too often a common noun
    need_context: bool = True  # only names with an organisation or title just before them


GATE = NerGate()


def _nisba(doc: Doc, lo: int, hi: int) -> str | None:
    """The first nationality adjective among tokens [lo, hi)."""
    lex = kb.lexicon()
    for tok in doc.tokens[lo:hi]:
        for form in (tok.norm, *tok.forms):
            for e in lex.get((form,)):
                if e.type == "nisba" and e.ref in kb.countries():
                    return e.ref
    return None


def _dominant(mentions: list[Mention]) -> str | None:
    counts = Counter(
        m.actor.country for m in mentions if m.actor.kind != "PER" and m.actor.country
    ).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[0][1] < 1.5 * counts[1][1]):
        return None
    return counts[0][0]


def _context(
    doc: Doc, start: int, lo: int, mentions: list[Mention]
) -> tuple[str | None, str | None] | None:
    """(country, sector) from an organisation or title right before token ``start``."""
    before = [m for m in mentions if lo <= m.tokens[0] and m.tokens[1] <= start]
    if before and start - before[-1].tokens[1] <= 2:
        ref = before[-1].actor
        if ref.kind == "ORG" and ref.sector_code in OWN_SECTOR:
            return ref.country, ref.sector_code
    titles = kb.titles()
    for k in range(start - 1, max(lo, start - 3) - 1, -1):
        title = titles.get(doc.tokens[k].norm)
        if title is not None:
            sector = None if title.sector == "ORG" else title.sector
            return _nisba(doc, k + 1, start), sector
    return None


def _windows(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Token windows after a title word or an organisation whose people share its sector,
    where an uncovered word follows: the only places a gated name can be."""
    taken = [False] * len(doc.tokens)
    for m in mentions:
        for x in range(*m.tokens):
            taken[x] = True
    anchors: list[tuple[int, int, int]] = []  # (token after the anchor, sentence range)
    for m in mentions:
        if m.actor.kind == "ORG" and m.actor.sector_code in OWN_SECTOR:
            anchors.append((m.tokens[1], *doc.sentence_tokens[m.sentence]))
    titles = kb.titles()
    for lo, hi in doc.sentence_tokens:
        anchors += [(k + 1, lo, hi) for k in range(lo, hi) if doc.tokens[k].norm in titles]
    out: list[tuple[int, int]] = []
    for after, start, hi in sorted(anchors):
        if any(not taken[x] and doc.tokens[x].is_word for x in range(after, min(after + 3, hi))):
            lo = max(after - 3, start)
            if out and out[-1][1] >= lo and out[-1][1] <= hi:
                lo = out.pop()[0]
            out.append((lo, min(after + 8, hi)))
    return out


def add_ner_mentions(
    doc: Doc, mentions: list[Mention], gate: NerGate | None = None
) -> list[Mention]:
    """``mentions`` plus the gated NER names the rules missed (sorted like the finder's)."""
    gate = gate or GATE
    if not gate.enabled or not doc.tokens:
        return mentions
    from marsad.ner.discover import find_unknown_entities

    doc.mentions = mentions
    # Tagging costs ~1 ms a sentence: with context required, only windows where one may be.
    wanted = _windows(doc, mentions) if gate.need_context else None
    if wanted is not None and not wanted:
        return mentions
    spans = find_unknown_entities(doc, gate.types, gate.min_prob, wanted)
    dominant = _dominant(mentions)
    added: list[Mention] = []
    for span in spans:
        if span.end - span.start < gate.min_tokens:
            continue
        sent = next(
            (i for i, (lo, hi) in enumerate(doc.sentence_tokens) if lo <= span.start < hi), -1
        )
        lo, hi = doc.sentence_tokens[sent]
        ctx = _context(doc, span.start, lo, mentions)
        if ctx is None and gate.need_context:
            continue
        country, sector = ctx or (None, None)
        country = country or _nisba(doc, lo, hi) or dominant
        first, last = doc.tokens[span.start], doc.tokens[span.end - 1]
        cut = (
            1 if first.norm.startswith("و") and first.forms and first.forms[0] != first.norm else 0
        )
        begin = first.start + cut
        text = doc.text[begin : last.end]
        # the key the rules give an unknown person (refs.unknown_person), so both merge
        name_norm = " ".join(norm(text).split())
        key = ("per:ar:" if span.type == "PER" else "org:ar:") + name_norm
        ref = ActorRef(text, country, sector, span.type, key=key)
        rule = "ner-person" if span.type == "PER" else "ner-org"
        added.append(Mention((begin, last.end), text, sent, (span.start, span.end), ref, rule))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.span[0], -m.span[1]))
