"""Readable explanations of the event coder: for each sentence, every trigger found, the
event it became (type, mode, actor and recipient with their reasons, negation, modality,
date, confidence and the lexicon rule), or why it did not become one.

``explain_text(doc)`` is what ``marsad explain "SENTENCE"`` prints.
"""

from __future__ import annotations

from marsad.events.coder import TraceRecord, trace_records
from marsad.model import Doc, EventActor

# reasons that say how the actor or the recipient was chosen, shown beside them
_ACTOR_WORDS = ("actor:", "agent", "subject", "participants", "speaker", "omitted subject",
                "all participants", "visit:", "hosting verb")
_RECIPIENT_WORDS = ("recipient:", "partners", "underwent")


def _party(p: EventActor) -> str:
    where = "/".join(x for x in (p.country, p.sector_code) if x) or "?"
    raw = f"«{p.raw_text}» → " if p.raw_text else ""
    return f"{raw}{p.entity_name} ({where})"


def _record_lines(rec: TraceRecord) -> list[str]:
    ev = rec.event
    if ev is None:
        lines = [f"  (no event) {rec.type} «{rec.trigger}»"]
        lines += [f"      - {r}" for r in rec.reasons]
        return lines
    head = ev.event + (f"/{ev.mode}" if ev.mode else "")
    flags = [f for f, on in (("negated", ev.negated), (ev.auxiliary or "", bool(ev.auxiliary)))
             if on]
    lines = [
        f"  {head}  «{ev.event_text}» {list(ev.event_span)}  confidence {ev.confidence:.2f}"
        + (f"  [{', '.join(flags)}]" if flags else "")
        + ("" if rec.kept else "  (merged into the event above)"),
        f"      rule:      {ev.rule}",
    ]
    actor_why = [r for r in rec.reasons if r.startswith(_ACTOR_WORDS)]
    recip_why = [r for r in rec.reasons if r.startswith(_RECIPIENT_WORDS)]
    lines += [f"      actor:     {_party(a)}" for a in ev.actor] or ["      actor:     (none)"]
    lines += [f"                 ↳ {r}" for r in actor_why]
    lines += [f"      recipient: {_party(r)}" for r in ev.recipient]
    lines += [f"                 ↳ {r}" for r in recip_why]
    if ev.event_loc is not None:
        loc = ev.event_loc
        lines.append(f"      where:     «{loc.raw_text}» → {loc.name} ({loc.country})")
    lines.append(f"      date:      {ev.date}")
    if ev.context:
        lines.append(f"      context:   {', '.join(ev.context)}")
    other = [r for r in rec.reasons if r not in actor_why and r not in recip_why]
    lines += [f"      - {r}" for r in other]
    return lines


def explain_text(doc: Doc) -> str:
    """Every sentence with triggers, each trigger's fate and the reasons behind it ("" when
    the text has no trigger)."""
    out: list[str] = []
    last = -1
    for rec in trace_records(doc):
        if rec.sentence != last:
            s, e = doc.sentences[rec.sentence]
            out.append(f"sentence {rec.sentence}: {doc.text[s:e].strip()}")
            last = rec.sentence
        out.extend(_record_lines(rec))
    return "\n".join(out)
