"""Deduplication precision and recall on a labelled set built from SaudiNewsNet.

    python bench/bench_dedup.py [--data DIR] [--bases N] [--seed S] [--sweep]

The labelled set is built here, at run time, from the political subset (CC BY-NC-SA: read
from ../shared for evaluation only, never copied):

* synthetic positives: for N sampled articles, five rewrites each (a syndicated copy with
  dateline and boilerplate; 25% of sentences dropped; sentences reordered with one dropped;
  the first 60% only; 10% of words replaced), each paired with its original;
* real positives: pairs of corpus articles (same or adjacent crawl day) that a word-sequence
  alignment (difflib, blocks of 6+ words) shows to share at least half of the shorter text:
  the same dispatch printed by several papers;
* hard negatives: pairs a day apart at most, on the same topic (word-set Jaccard >= 0.15),
  whose aligned text covers at most 5% of the shorter one: different stories, same subject.

Every article and rewrite goes into one ``group_duplicates`` run (MinHash LSH + check); a
pair is predicted a duplicate when both land in one group. Reports precision and recall per
kind, and the time per article.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import itertools
import json
import random
import re
import time
from pathlib import Path
from typing import Any

from marsad.dedup.minhash import CONTAINMENT, JACCARD, LSH_THRESHOLD, group_duplicates, words

DEFAULT_DATA = (
    Path(__file__).resolve().parents[1].parent / "shared" / "data" / "saudinewsnet-political-subset"
)
_SENT = re.compile(r"(?<=[.!؟?])\s+")
BOILER = [
    "رابط الخبر بصحيفة المثال: اقرأ التفاصيل كاملة على موقعنا",
    "تابعونا على تويتر وفيسبوك لمزيد من الأخبار العاجلة",
    "جميع الحقوق محفوظة، ويمنع النقل دون ذكر المصدر",
]
DATELINES = ["الرياض - واس:", "القاهرة - أ ف ب:", "دبي - رويترز:", "بيروت - الشرق:"]


def load(data: Path) -> list[dict[str, Any]]:
    recs = []
    for path in sorted(data.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            recs += [json.loads(line) for line in fh if line.strip()]
    return [r for r in recs if (r.get("content") or "").strip()]


def sentences(text: str) -> list[str]:
    return [s for s in _SENT.split(text.strip()) if s]


def rewrites(text: str, rng: random.Random, vocab: list[str]) -> dict[str, str]:
    sents = sentences(text)
    n = len(sents)
    keep = sorted(rng.sample(range(n), max(1, round(n * 0.75))))
    order = list(range(n))
    rng.shuffle(order)
    if n > 2:
        order.remove(rng.randrange(n))
    toks = text.split()
    edited = [rng.choice(vocab) if rng.random() < 0.10 else t for t in toks]
    return {
        "syndicated": f"{rng.choice(DATELINES)} {text} {rng.choice(BOILER)}",
        "sentence_drop": " ".join(sents[i] for i in keep),
        "reorder": " ".join(sents[i] for i in order),
        "truncated": " ".join(toks[: max(1, int(len(toks) * 0.6))]),
        "word_edits": " ".join(edited),
    }


def coverage(a: list[str], b: list[str]) -> float:
    """Share of the shorter word sequence inside aligned blocks of 6+ words."""
    if len(a) > len(b):
        a, b = b, a
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    covered = sum(m.size for m in matcher.get_matching_blocks() if m.size >= 6)
    return covered / max(1, len(a))


def corpus_pairs(
    recs: list[dict[str, Any]], rng: random.Random, max_neg: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    ws = [words(r["content"]) for r in recs]
    sets = [frozenset(w) for w in ws]
    by_day: dict[str, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(recs):
        by_day[str(r.get("date_extracted", ""))[:10]].append(i)
    days = sorted(by_day)
    pos: list[tuple[int, int]] = []
    neg_cands: list[tuple[int, int]] = []
    for k, day in enumerate(days):
        today = by_day[day]
        pairs = itertools.chain(
            itertools.combinations(today, 2),
            itertools.product(today, by_day[days[k + 1]]) if k + 1 < len(days) else (),
        )
        for a, b in pairs:
            jac = len(sets[a] & sets[b]) / max(1, len(sets[a] | sets[b]))
            if jac >= 0.3:
                if coverage(ws[a], ws[b]) >= 0.5:
                    pos.append((a, b))
            elif jac >= 0.15:
                neg_cands.append((a, b))
    rng.shuffle(neg_cands)
    neg: list[tuple[int, int]] = []
    for a, b in neg_cands:
        if len(neg) >= max_neg:
            break
        if coverage(ws[a], ws[b]) <= 0.05:
            neg.append((a, b))
    return pos, neg


def evaluate(
    texts: list[str],
    labelled: dict[str, list[tuple[int, int]]],
    jaccard: float,
    contain: float,
    lsh: float = LSH_THRESHOLD,
) -> tuple[dict[str, tuple[int, int]], float]:
    start = time.perf_counter()
    groups = group_duplicates(
        enumerate(texts), jaccard=jaccard, containment=contain, lsh_threshold=lsh
    )
    seconds = time.perf_counter() - start
    group_of = {k: g for g, members in enumerate(groups) for k in members}
    hits = {
        kind: (sum(group_of[a] == group_of[b] for a, b in pairs), len(pairs))
        for kind, pairs in labelled.items()
    }
    return hits, seconds


def report(hits: dict[str, tuple[int, int]], negatives: str = "hard_negative") -> str:
    tp = sum(h for k, (h, _n) in hits.items() if k != negatives)
    pos = sum(n for k, (_h, n) in hits.items() if k != negatives)
    fp = hits[negatives][0]
    precision = tp / max(1, tp + fp)
    recall = tp / max(1, pos)
    return f"precision {precision:.3f}  recall {recall:.3f}  (TP {tp}, FN {pos - tp}, FP {fp})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--bases", type=int, default=300, help="articles given synthetic rewrites")
    ap.add_argument("--negatives", type=int, default=1000, help="hard negatives at most")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--sweep", action="store_true", help="also try other thresholds")
    args = ap.parse_args()
    if not args.data.exists():
        raise SystemExit(f"{args.data} not found: put the shared/ folder beside the repository")
    rng = random.Random(args.seed)
    recs = load(args.data)
    texts = [r["content"] for r in recs]
    vocab = [w for t in rng.sample(texts, 200) for w in t.split()]
    real_pos, hard_neg = corpus_pairs(recs, rng, args.negatives)
    labelled: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    labelled["real_duplicate"] = real_pos
    bases = rng.sample([i for i, t in enumerate(texts) if len(t.split()) >= 80], args.bases)
    for i in bases:
        for kind, variant in rewrites(texts[i], rng, vocab).items():
            labelled[kind].append((i, len(texts)))
            texts.append(variant)
    labelled["hard_negative"] = hard_neg
    print(f"dedup benchmark: {len(recs)} corpus articles + {len(texts) - len(recs)} rewrites")
    for kind, pairs in labelled.items():
        print(f"  {kind:15s} {len(pairs):5d} pairs")
    settings = [(JACCARD, CONTAINMENT, LSH_THRESHOLD)]
    if args.sweep:
        settings += [(0.5, c, LSH_THRESHOLD) for c in (0.5, 0.7, 0.8)]
        settings += [(0.5, CONTAINMENT, lsh) for lsh in (0.3, 0.4)]
    for jac, con, lsh in dict.fromkeys(settings):
        hits, seconds = evaluate(texts, labelled, jac, con, lsh)
        chosen = " (default)" if (jac, con, lsh) == settings[0] else ""
        print(
            f"\nLSH candidates at Jaccard {lsh}; copies: Jaccard >= {jac} or containment "
            f">= {con}{chosen}: {report(hits)}"
        )
        print(
            f"  {seconds:.1f} s for {len(texts)} texts ({1000 * seconds / len(texts):.1f} ms each)"
        )
        for kind, (h, n) in hits.items():
            label = "grouped (false positives)" if kind == "hard_negative" else "found"
            print(f"  {kind:15s} {h:5d} / {n:5d} {label}")


if __name__ == "__main__":
    main()
