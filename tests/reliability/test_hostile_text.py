"""Hostile text through the library: random Unicode, bidi and zero-width controls, combining
marks, odd line breaks, run-on lines. ``marsad.code`` never raises, no stage fails, and every
span of every sentence, token, mention, actor, quote, place and event lies inside the text and
holds exactly the characters the field claims."""

from __future__ import annotations

import json

from fuzz_cases import tried
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import marsad
from marsad.model import Doc, Span
from marsad.output import doc_record, dumps, event_record
from marsad.text.normalize import norm, normalize
from marsad.text.sentences import split_sentences

# News vocabulary that reaches every stage (actors, places, quotes, triggers), plus quote marks.
NEWS = (
    "قصفت القوات الروسية مدينة حلب وقتل عشرة مدنيين قال الرئيس الأمريكي إن الجيش الإسرائيلي "
    "هاجم غزة أمس وأعلن وزير الخارجية المصري سامح شكري في القاهرة أنه التقى نظيره الإيراني "
    "واتهمت حركة حماس إسرائيل بخرق الهدنة ودعا الأمين العام للأمم المتحدة إلى وقف إطلاق النار "
    "في اليمن والسودان وليبيا الحوثيون الرياض طهران بغداد اعتقلت الشرطة متظاهرين يوم الثلاثاء "
    "وأضاف المتحدث باسم الحكومة العراقية ولن تفاوض الأمم المتحدة 2024 ١٢٣ ۴۵ م. د. أ.ف.ب"
)
WORDS = [*NEWS.split(" "), "«", "»", "“", "”", '"', "(", ")", ".", "،", "؛", ":", "؟", "!", "…", "-"]
CONTROLS = [
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c",
    "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad", "\u0640",
    "\u064b", "\u0651", "\u0670", "\u00a0", "\u202f", "\r", "\r\n", "\n", "\u2028", "\u2029",
    "\x85", "\x0b", "\x0c", "\x1c", "\t", "\ufdf2", "\ufefb", "\U0001f600", "e\u0301", "\x00",
]
SEPARATORS = [" ", " ", " ", "", "  ", "\n", "، ", ". "]

news_like = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(CONTROLS), st.sampled_from(SEPARATORS)),
    max_size=120,
).map("".join)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
mixed = st.lists(st.one_of(news_like, any_text), max_size=4).map(" ".join)

FUZZ = settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


def _inside(text: str, span: Span | list[int] | None, what: str) -> None:
    assert span is not None, what
    start, end = span
    assert 0 <= start <= end <= len(text), f"{what}: span {span} outside text of {len(text)}"


def _holds(text: str, span: Span | list[int], claimed: str, what: str) -> None:
    _inside(text, span, what)
    assert text[span[0] : span[1]] == claimed, f"{what}: {claimed!r} != text{list(span)}"


def check_doc(doc: Doc) -> None:
    """Every offset valid, every claimed string equal to its source characters."""
    text = doc.text
    assert doc.errors == [], f"a stage failed: {[e.to_dict() for e in doc.errors]}"
    last = 0
    for start, end in doc.sentences:
        assert last <= start < end <= len(text), f"sentence {(start, end)} after {last}"
        assert end - start <= 1000, "over-long sentence not cut"
        last = end
    for tok in doc.tokens:
        _inside(text, (tok.start, tok.end), "token")
    for m in doc.mentions:
        _holds(text, m.span, m.text, "mention")
    for actor in doc.actors:
        for span in actor.mentions:
            _inside(text, span, f"actor {actor.entity_name}")
    for q in doc.quotes:
        _holds(text, q.cue_span, q.cue, "quote cue")
        _inside(text, q.quote_span, "quote")
        if q.speaker_span is not None:
            _inside(text, q.speaker_span, "speaker")
    for p in doc.places:
        _holds(text, p.span, p.raw_text, "place")
    for ev in doc.events:
        _holds(text, ev.event_span, ev.event_text, "event trigger")
        _holds(text, ev.text_span, ev.text, "event sentence")
        for party in (*ev.actor, *ev.recipient):
            _holds(text, party.span, party.raw_text, "event actor")
        if ev.event_loc is not None:
            _holds(text, ev.event_loc.span, ev.event_loc.raw_text, "event place")
        json.loads(dumps(event_record(doc, ev)))  # every record serialises
    json.loads(dumps(doc_record(doc)))


@FUZZ
@given(news_like)
def test_code_news_like_text_with_controls(text: str) -> None:
    tried("hostile text: news words + bidi/zero-width/line controls (marsad.code)")
    check_doc(marsad.code(text))


@FUZZ
@given(mixed)
def test_code_random_unicode(text: str) -> None:
    tried("hostile text: random Unicode mixed with news (marsad.code)")
    check_doc(marsad.code(text))


@settings(max_examples=400, deadline=None, database=None)
@given(st.one_of(mixed, st.text(max_size=2000)))
def test_normalisation_and_sentences_keep_valid_offsets(text: str) -> None:
    tried("hostile text: normalisation offset map and sentence spans")
    nt = normalize(text)
    assert nt.text == norm(text)
    assert len(nt.starts) == len(nt.ends) == len(nt.text)
    assert all(0 <= s < e <= len(text) for s, e in zip(nt.starts, nt.ends, strict=True))
    assert list(nt.starts) == sorted(nt.starts)
    for a in range(0, len(nt.text) + 1, 7):
        _inside(text, nt.to_orig((a, min(len(nt.text), a + 5))), "to_orig")
    last = 0
    for start, end in split_sentences(text):
        assert last <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert end - start <= 1000
        last = end


def test_run_on_line_is_cut_and_coded_quickly() -> None:
    """A 45,000-character line without a full stop (just under the article limit)."""
    line = ("قصفت القوات الروسية مدينة حلب، " * 1500)[:45_000]
    doc = marsad.code(line)
    tried("hostile text: 45,000-character run-on line")
    check_doc(doc)
    assert len(doc.sentences) >= 45 and doc.events


def test_million_character_text_is_refused_with_a_reason() -> None:
    from marsad.errors import BadInput

    tried("hostile text: million-character line (library)")
    try:
        marsad.code("ا" * 1_000_000)
    except BadInput as err:
        assert "1,000,000 characters" in err.message and "split" in err.message
    else:
        raise AssertionError("a million-character article was not refused")
