"""Name-list flags built from marsad's own knowledge bases (marsad.ner.lexicon)."""

from __future__ import annotations

from marsad.ner.lexicon import build_lexicon
from marsad.text.normalize import norm
from marsad.text.tokens import strip_article


def _stem(word: str) -> str:
    return strip_article(norm(word))


def test_flags_come_from_people_places_titles_heads_and_nationalities() -> None:
    lex = build_lexicon(_stem)
    assert "kPER" in lex[_stem("بوتين")]
    assert "kFN" in lex[_stem("محمد")]
    assert "kTTL" in lex[_stem("الرئيس")]
    assert "kORGH" in lex[_stem("وزارة")]
    assert "kNAT" in lex[_stem("سوري")]
    assert "kLOC1" in lex[_stem("بيروت")]
    assert "kORG" in lex[_stem("حماس")]


def test_function_words_inside_names_are_not_flagged() -> None:
    lex = build_lexicon(_stem)
    assert all(w not in lex for w in ("في", "من", "على", "عن"))
    assert all(f.startswith("k") for flags in lex.values() for f in flags)
