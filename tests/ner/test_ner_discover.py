"""NER over a Doc and the actor stage's NER discovery hook."""

from __future__ import annotations

from marsad.actors import find_actors
from marsad.actors.mentions import find_mentions
from marsad.actors.ner_hook import GATE, NerGate, add_ner_mentions
from marsad.ner.discover import find_unknown_entities, tag_doc
from marsad.pipeline import prepare

TEXT = (
    "وقال عضو المكتب السياسي لحركة حماس حسام بدران إن الحركة سترد. "
    "وزار الرئيس الروسي فلاديمير بوتين العاصمة التركية أنقرة."
)


def _span_text(doc_text: str, doc: object, start: int, end: int) -> str:
    tokens = doc.tokens  # type: ignore[attr-defined]
    return doc_text[tokens[start].start : tokens[end - 1].end]


def test_tag_doc_finds_people_and_places_with_confidences() -> None:
    doc = prepare(TEXT)
    spans = tag_doc(doc)
    kinds = {(s.type, _span_text(TEXT, doc, s.start, s.end)) for s in spans}
    assert ("PER", "فلاديمير بوتين") in kinds
    assert any(t == "LOC" and "أنقرة" in text for t, text in kinds)
    assert all(0.0 <= s.prob <= 1.0 and s.start < s.end for s in spans)


def test_unknown_entities_skip_what_the_knowledge_base_found() -> None:
    doc = prepare(TEXT)
    doc.mentions = find_mentions(doc, None)
    found = find_unknown_entities(doc)
    texts = [_span_text(TEXT, doc, s.start, s.end) for s in found]
    assert "فلاديمير بوتين" not in texts  # a known person: already a mention
    assert all(s.type in ("PER", "ORG") for s in found)
    covered = {x for m in doc.mentions for x in range(*m.tokens)}
    assert all(not covered & set(range(s.start, s.end)) for s in found)


def test_hook_places_an_unknown_leader_by_his_organisation() -> None:
    doc = prepare(TEXT)
    mentions = add_ner_mentions(doc, find_mentions(doc, None), NerGate(enabled=True))
    ner = [m for m in mentions if m.rule == "ner-person"]
    assert [m.text for m in ner] == ["حسام بدران"]
    assert (ner[0].actor.country, ner[0].actor.sector_code, ner[0].actor.kind) == (
        "PSE",
        "PTY",
        "PER",
    )
    assert ner[0].actor.entity_name == "حسام بدران"


def test_hook_follows_the_default_gate() -> None:
    doc = prepare(TEXT)
    find_actors(doc)
    rules = {m.rule for m in doc.mentions}
    assert ("ner-person" in rules) == (GATE.enabled and "PER" in GATE.types)
