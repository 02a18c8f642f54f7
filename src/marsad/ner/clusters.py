"""Word clusters computed from raw text: k-means over SVD-reduced PPMI context vectors.

A cheap stand-in for Brown clusters: words used in the same left/right contexts (names of
cities, of ministers, of parties) land in the same cluster, which lets the tagger generalise
to names it never saw tagged. Needs numpy; used at training time only (the clusters are
stored in the model file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any


def compute_clusters(
    sentences: Iterable[Sequence[str]],
    sizes: Sequence[int] = (32, 256, 1024),
    min_count: int = 3,
    n_contexts: int = 1500,
    dims: int = 100,
    seed: int = 13,
    iterations: int = 25,
) -> dict[str, tuple[str, ...]]:
    """Map each word seen ``min_count`` times to one cluster id per size in ``sizes``."""
    import numpy as np

    sents = [list(s) for s in sentences]
    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(vocab)}
    ctx_words = vocab[:n_contexts]
    ctx_index = {w: i for i, w in enumerate(ctx_words)}
    width = 2 * (n_contexts + 1)  # left and right context, plus a sentence-edge context each
    mat = np.zeros((len(vocab), width), dtype=np.float32)
    edge = n_contexts
    for s in sents:
        for i, w in enumerate(s):
            row = index.get(w)
            if row is None:
                continue
            left = ctx_index.get(s[i - 1], -1) if i > 0 else edge
            right = ctx_index.get(s[i + 1], -1) if i + 1 < len(s) else edge
            if left >= 0:
                mat[row, left] += 1
            if right >= 0:
                mat[row, n_contexts + 1 + right] += 1
    total = mat.sum()
    row_sum = mat.sum(axis=1, keepdims=True) + 1e-9
    col_sum = mat.sum(axis=0, keepdims=True) ** 0.75  # context smoothing as in word2vec
    col_sum = col_sum / col_sum.sum() * total + 1e-9
    with np.errstate(divide="ignore"):
        pmi = np.log(mat * total / (row_sum * col_sum))
    ppmi = np.maximum(pmi, 0).astype(np.float32)
    u, sv, _ = np.linalg.svd(ppmi, full_matrices=False)
    vecs = u[:, :dims] * np.sqrt(sv[:dims])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    rng = np.random.default_rng(seed)
    labels = [_kmeans(vecs, k, rng, iterations) for k in sizes]
    return {
        w: tuple(f"{k}_{int(lab[i])}" for k, lab in zip(sizes, labels, strict=True))
        for w, i in index.items()
    }


def _kmeans(x: Any, k: int, rng: Any, iterations: int) -> Any:
    """Spherical k-means on unit vectors, seeded from distinct frequent-first random rows."""
    import numpy as np

    k = min(k, len(x))
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        filled = norms[:, 0] > 0  # an emptied cluster keeps its old centre
        centres[filled] = sums[filled] / norms[filled]
    return labels
