from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from marsad.ner.conll import Row, format_tagged, read_conll

token = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zs", "Zl", "Zp"), blacklist_characters="\ufeff"
    ),
    min_size=1,
    max_size=8,
)
tag = st.sampled_from(["O", "B-PER", "I-PER", "B-LOC", "I-ORG", "B-MISC"])
sentence = st.lists(st.tuples(token, tag), min_size=1, max_size=12)


@given(st.lists(sentence, max_size=6))
def test_written_sentences_read_back_the_same(sentences: list[list[tuple[str, str]]]) -> None:
    pairs = [([t for t, _ in s], [g for _, g in s]) for s in sentences]
    text = "".join(format_tagged(pairs))
    back = list(read_conll(io.StringIO(text)))
    assert [[r.token for r in s] for s in back] == [tokens for tokens, _ in pairs]
    assert [[r.extra for r in s] for s in back] == [[(g,) for g in tags] for _, tags in pairs]


def test_extra_columns_blank_lines_and_crlf() -> None:
    text = "\ufeffقال VBD O\r\nبوش NNP B-PER\r\n\r\n\r\n  \nفي\n"
    assert list(read_conll(io.StringIO(text))) == [
        [Row("قال", ("VBD", "O")), Row("بوش", ("NNP", "B-PER"))],
        [Row("في")],
    ]
