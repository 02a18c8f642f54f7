"""Language identification: marsad codes Arabic; other languages are rejected with a reason.

py3langid gives the most likely language with a normalised probability. Persian, Urdu and
other Arabic-script languages are the cases that matter (a share of Arabic letters cannot
tell them apart); English or French pages are refused as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from marsad.ingest.encodings import arabic_share
from marsad.ingest.reject import Reject
from marsad.model import Article

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier  # type: ignore[import-untyped]

LANGUAGE_CODE = "E103"  # a readable article, but not in Arabic
_SAMPLE = 2000  # characters classified: enough for a confident answer, cheap on long articles


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid import langid  # type: ignore[import-untyped]

    return langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
    )


def identify(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code, probability)`` of the language of ``text`` (its first 2,000 chars)."""
    lang, prob = _identifier().classify(text[:_SAMPLE])
    return str(lang), float(prob)


def language_reject(article: Article, min_arabic: float = 0.5) -> Reject | None:
    """A Reject naming the language when ``article`` is not Arabic, else None.

    Text that is mostly Arabic letters and that the model calls Arabic passes; so does mostly
    Arabic text the model is unsure of (short dispatches), since other Arabic-script languages
    are recognised with high confidence.
    """
    sample = article.text[:_SAMPLE]
    lang, prob = identify(sample)
    share = arabic_share(sample)
    if lang == "ar" and share >= min_arabic:
        return None
    if lang != "ar" and share >= min_arabic and prob < 0.5:
        return None
    where = article.source or article.url or article.doc_id
    reason = (
        f"not Arabic: the language is {lang} (probability {prob:.2f}, "
        f"{share:.0%} Arabic letters); marsad codes Arabic news"
    )
    return Reject(where, reason, LANGUAGE_CODE, article.doc_id)


def filter_language(items: Iterable[Article | Reject]) -> Iterator[Article | Reject]:
    """Pass Rejects and Arabic articles through; turn other articles into Rejects (E103)."""
    for item in items:
        if isinstance(item, Article):
            yield language_reject(item) or item
        else:
            yield item
