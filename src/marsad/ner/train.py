"""Reproducible training of the shipped CRF from ../shared/data.

The recipe: ANERcorp train (CAMeL split) is the tagged training data, plus WikiFANE and the
Wojood sample's train and val parts as out-of-domain tagged data (each feature copied under
the corpus's name, ``TrainConfig.augment``); word counts and clusters come from the raw text of
ANERcorp train, the Wojood sample and WikiFANE (CC BY-SA); gazetteer flags come from WikiFANE
and Wojood entity spans, name-list flags from marsad's own knowledge bases
(``marsad.ner.lexicon``). Nothing from the ANERcorp test region (or NewsFANEGold, its
re-annotation) is read. Training is single-threaded, so it runs on any two-core machine.
"""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.ner import corpora
from marsad.ner.bundle import Bundle, write_bundle
from marsad.ner.corpora import Tagged
from marsad.ner.features import Featurizer, Resources, core_of, stem_of, word_counts
from marsad.ner.gazetteer import build_gazetteer, merge_gazetteers
from marsad.ner.lexicon import build_lexicon
from marsad.ner.model import MODEL_NAME, MODEL_VERSION

FEATURE_VERSION = 2


@dataclass(frozen=True)
class TrainConfig:
    c1: float = 0.05
    c2: float = 0.01
    iterations: int = 300
    seed: int = 13  # k-means initialisation; the CRF's L-BFGS is deterministic
    cluster_sizes: tuple[int, ...] = (32, 256, 1024)
    folds: int = 5  # jackknife for the gazetteer learned from the tagged training data
    dev_fraction: float = 0.0  # > 0: hold out the last part of ANERcorp train (for tuning)
    dev_at_start: bool = False  # hold out the first part instead
    lexicon: bool = True  # name-list flags from marsad's knowledge bases (marsad.ner.lexicon)
    # Other tagged corpora learned from with feature copies of their own (Daume 2007): their
    # other annotation habits and topics stay in the copies. ``source_fraction`` of each
    # one's sentences, evenly spaced. Plain concatenation of the same data did not help.
    augment: tuple[str, ...] = ("wikifane", "wojood")
    source_fraction: float = 1.0


@dataclass(frozen=True)
class TrainResult:
    path: Path
    seconds: float
    meta: dict[str, Any]
    dev: list[Tagged]


def _rel(shared: Path, path: Path) -> str:
    return path.relative_to(shared).as_posix()


def train(
    shared_data: Path,
    out: Path,
    config: TrainConfig | None = None,
    log: Callable[[str], None] = print,
) -> TrainResult:
    config = config or TrainConfig()
    # Fixed single-threaded BLAS: same numbers on every run, and within the two-core budget.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"
    import pycrfsuite

    from marsad.ner.clusters import compute_clusters

    start = time.perf_counter()
    files = {
        "anercorp_train": shared_data / corpora.ANER_TRAIN,
        "wojood_train": shared_data / corpora.WOJOOD.format(split="train"),
        "wojood_val": shared_data / corpora.WOJOOD.format(split="val"),
        **{f"wikifane_{i + 1}": shared_data / p for i, p in enumerate(corpora.WIKIFANE)},
    }
    missing = [str(p) for p in files.values() if not p.is_file()]
    if missing:
        raise MarsadError(f"NER training data missing: {', '.join(missing)}", "E202")
    aner = list(corpora.read_anercorp(files["anercorp_train"]))
    wojood = [
        *corpora.read_wojood(files["wojood_train"]),
        *corpora.read_wojood(files["wojood_val"]),
    ]
    fane = list(corpora.read_fane([files[f"wikifane_{i}"] for i in (1, 2, 3)]))
    n_dev = int(len(aner) * config.dev_fraction)
    if config.dev_at_start:
        dev, tagged = aner[:n_dev], aner[n_dev:]
    else:
        tagged, dev = aner[: len(aner) - n_dev], aner[len(aner) - n_dev :]
    log(f"data: {len(tagged)} training sentences, {len(dev)} held out, {len(fane)} WikiFANE")

    raw = [tokens for tokens, _ in [*tagged, *wojood, *fane]]
    counts = word_counts(raw)

    def stem(word: str) -> str:
        return stem_of(core_of(word), counts)[1]

    clusters = compute_clusters(
        [[stem(w) for w in s] for s in raw], sizes=config.cluster_sizes, seed=config.seed
    )
    external = build_gazetteer([*fane, *wojood], stem)
    lexicon = build_lexicon(stem) if config.lexicon else {}

    def resources(own_data: list[Tagged]) -> Resources:
        # Flags from the tagged data itself ("a" prefix) are kept apart from external ones.
        own = build_gazetteer(own_data, stem, min_count=1)
        gazetteer = merge_gazetteers(("", external), ("a", own), ("", lexicon))
        return Resources(clusters=clusters, counts=counts, gazetteer=gazetteer)

    final = resources(tagged)
    log(
        f"resources: {len(counts)} word counts, {len(clusters)} clustered stems, "
        f"{len(final.gazetteer)} gazetteer stems ({time.perf_counter() - start:.0f}s)"
    )
    trainer = pycrfsuite.Trainer(verbose=False)
    # Out-of-domain corpora: every feature also gets a copy private to the corpus, so their
    # own annotation habits and topics land in those copies and ANERcorp's weights learn
    # only what the corpora share. Their external gazetteer flags would be self-derived, so
    # they see only the flags built from ANERcorp and the knowledge bases.
    sources = {"wikifane": fane, "wojood": wojood}
    n_source = 0
    if config.augment and config.source_fraction > 0:
        plain = Featurizer(
            Resources(
                clusters=clusters,
                counts=counts,
                gazetteer=merge_gazetteers(
                    ("a", build_gazetteer(tagged, stem, min_count=1)), ("", lexicon)
                ),
            )
        )
        step = max(1, round(1 / config.source_fraction))
        for name in config.augment:
            for tokens, tags in sources[name][::step]:
                rows = plain.sentence(tokens)
                trainer.append([[*r, *(f"{name}|{f}" for f in r)] for r in rows], tags)
                n_source += 1
    if n_source:
        log(f"out-of-domain: {n_source} sentences from {', '.join(config.augment)}")
    # Jackknife: each fold is featurised with the tagged-data gazetteer of the other folds,
    # so the CRF learns how far such flags carry to sentences they were not built from.
    k = max(config.folds, 1)
    for i in range(k):
        fold = tagged[i * len(tagged) // k : (i + 1) * len(tagged) // k]
        others = [*tagged[: i * len(tagged) // k], *tagged[(i + 1) * len(tagged) // k :]]
        featurizer = Featurizer(resources(others) if k > 1 else final)
        for tokens, tags in fold:
            trainer.append(featurizer.sentence(tokens), tags)
    params = {
        "c1": config.c1,
        "c2": config.c2,
        "max_iterations": config.iterations,
        "feature.possible_transitions": True,
    }
    trainer.set_params(params)
    crf_path = out.with_suffix(".crfsuite.tmp")
    trainer.train(str(crf_path))
    crf = crf_path.read_bytes()
    crf_path.unlink()

    meta: dict[str, Any] = {
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "feature_version": FEATURE_VERSION,
        "labels": sorted({t for _, tags in tagged for t in tags}),
        "crf": {"algorithm": "lbfgs", **params},
        "seed": config.seed,
        "cluster_sizes": list(config.cluster_sizes),
        "gazetteer_folds": config.folds,
        "dev_fraction": config.dev_fraction,
        "dev_at_start": config.dev_at_start,
        "lexicon": config.lexicon,
        "augment": list(config.augment),
        "source_fraction": config.source_fraction,
        "training_sentences": len(tagged),
        "training_tokens": sum(len(t) for t, _ in tagged),
        "data_sha256": {_rel(shared_data, p): corpora.file_sha256(p) for p in files.values()},
        "python_crfsuite": getattr(pycrfsuite, "__version__", "unknown"),
        "python": platform.python_version(),
        "licence": "CC-BY-SA-4.0",
        "sources": "ANERcorp CAMeL-recipe train (CC BY-SA 4.0), Wojood sample (MIT), "
        "WikiFANEGold (CC BY-SA 3.0)",
    }
    write_bundle(out, Bundle(crf, final, meta))
    seconds = time.perf_counter() - start
    log(f"model written to {out} ({out.stat().st_size / 1e6:.1f} MB) in {seconds:.0f}s")
    return TrainResult(out, seconds, meta, dev)
