"""The trigger lexicon: every line valid, inflections and clitics matched."""

from __future__ import annotations

import pytest

from marsad.events.cues import cues
from marsad.events.lexicon import LexiconError, find_hits, lexicon, parse_lexicon
from marsad.events.plover import EVENT_TYPES
from marsad.pipeline import prepare


def test_every_entry_has_a_valid_type_and_mode() -> None:
    lex = lexicon()
    assert len(lex.entries) > 300
    for entry in lex.entries:
        if entry.pos == "X":
            continue
        assert entry.type in EVENT_TYPES, entry.rule
        assert entry.mode is None or entry.mode in EVENT_TYPES[entry.type].modes, entry.rule


def test_every_type_has_triggers() -> None:
    types = {e.type for e in lexicon().entries}
    assert set(EVENT_TYPES) <= types


def test_cue_files_load() -> None:
    c = cues()
    for group in ("negation", "future", "conditional", "light_verb", "skippable"):
        assert c.groups[group]
    assert c.instruments and c.contexts


@pytest.mark.parametrize(
    "line",
    [
        "V\tقصف|يقصف\tFIGHT\t-\t-",
        "V\tقصف|يقصف\tASSAULT\tceasefire\t-",
        "V\tقصف|يقصف\tASSAULT\t-\tloud",
        "Q\tقصف\tASSAULT\t-\t-",
        "N\tقصف ...\tASSAULT\t-\t-",
    ],
)
def test_bad_lines_are_rejected(line: str) -> None:
    with pytest.raises(LexiconError):
        parse_lexicon(line)


def _hit(text: str) -> tuple[str, str | None, str, bool]:
    doc = prepare(text)
    hits = find_hits(doc.tokens, 0, len(doc.tokens))
    assert hits, text
    h = hits[0]
    return h.entry.type, h.entry.mode, h.tense, h.future


@pytest.mark.parametrize(
    ("text", "etype", "tense"),
    [
        ("قصفت الطائرات القرية", "ASSAULT", "past"),
        ("يقصفون المدينة منذ أيام", "ASSAULT", "present"),
        ("والقصف مستمر", "ASSAULT", "noun"),
        ("اعتقلوه فجر اليوم", "COERCE", "past"),
        ("شهدت المدينة احتجاجات واسعة", "PROTEST", "noun"),
        ("خرجت تظاهرتان في العاصمة", "PROTEST", "noun"),
        ("ودعت الوزارة إلى التهدئة", "REQUEST", "fixed"),
        ("أدانت الخارجية التفجير", "ACCUSE", "fixed"),
        ("فرضت عقوبات جديدة", "SANCTION", "noun"),
        ("جرى اتصال هاتفي بين الرئيسين", "CONSULT", "noun"),
        ("وصلت المساعدات الإنسانية", "AID", "noun"),
        ("أطلق سراح الرهائن", "RETREAT", "past"),
        ("أعلنت هدنة إنسانية", "RETREAT", "noun"),
    ],
)
def test_forms_match(text: str, etype: str, tense: str) -> None:
    got = _hit(text)
    assert got[0] == etype
    assert got[2] == tense


def test_future_prefix_on_verb() -> None:
    assert _hit("سيبحث الوزيران الملف") == ("CONSULT", None, "present", True)


def test_multiword_beats_single_word() -> None:
    assert _hit("أعلنوا وقف إطلاق النار") == ("RETREAT", "ceasefire", "noun", False)
    assert _hit("ثم بدأ تبادل إطلاق النار") == ("ASSAULT", "firearms", "noun", False)


def test_gap_pattern() -> None:
    assert _hit("أطلقت الشرطة الرصاص الحي") == ("ASSAULT", "firearms", "past", False)
    assert _hit("ألقت الشرطة القبض عليه") == ("COERCE", "arrest", "fixed", False)


@pytest.mark.parametrize(
    "text",
    ["وذكرت وزارة الدفاع", "قتل عشرة طالبا", "في فجر اليوم", "الوضع الاجتماعي", "بأيدي الناس"],
)
def test_blockers_and_look_alikes(text: str) -> None:
    doc = prepare(text)
    hits = find_hits(doc.tokens, 0, len(doc.tokens))
    assert [doc.tokens[h.head].norm for h in hits if h.entry.type != "ASSAULT"] == []


def test_preposition_blocks_verb_reading() -> None:
    doc = prepare("اتهمها بقصف المستشفى")
    hits = find_hits(doc.tokens, 0, len(doc.tokens))
    assert [(doc.tokens[h.head].norm, h.tense) for h in hits][1] == ("بقصف", "noun")
