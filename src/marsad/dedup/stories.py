"""Stories: near-duplicate articles grouped, and their events merged into story-level events.

An event that several articles of one story report (a syndicated agency dispatch printed by
five papers) is one event in the world: ``story_events`` merges events of the same type whose
actor and recipient countries overlap, within a window of days, into one record carrying
``sources`` (how many articles reported it). Counting event lines counts reports; counting
story-level events counts happenings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.dedup.minhash import CONTAINMENT, JACCARD, DupIndex, _UnionFind
from marsad.model import Article

MAX_DAYS = 3  # copies of a story appear within days; older look-alikes are recurring boilerplate


def _story_id(first_doc_id: str) -> str:
    return "story-" + hashlib.sha1(first_doc_id.encode("utf-8")).hexdigest()[:12]


def story_ids(
    articles: Iterable[Article],
    jaccard: float = JACCARD,
    containment: float = CONTAINMENT,
    max_days: int = MAX_DAYS,
) -> dict[str, str]:
    """``doc_id -> story_id`` for every article; copies of one story share an id.

    A story's id is derived from its first article's doc_id, so it is stable across runs on
    the same input.
    """
    index: DupIndex[str] = DupIndex(jaccard=jaccard, containment=containment)
    uf: _UnionFind[str] = _UnionFind()
    dates: dict[str, dt.date | None] = {}
    order: list[str] = []
    for art in articles:
        if art.doc_id in dates:
            continue
        dates[art.doc_id] = art.published
        order.append(art.doc_id)
        uf.find(art.doc_id)
        for other in index.add(art.doc_id, art.text):
            if _near(dates[other], art.published, max_days):
                uf.union(other, art.doc_id)
    first: dict[str, str] = {}
    for doc_id in order:
        first.setdefault(uf.find(doc_id), doc_id)
    return {doc_id: _story_id(first[uf.find(doc_id)]) for doc_id in order}


def _near(a: dt.date | None, b: dt.date | None, days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


@dataclass(frozen=True, slots=True)
class Assignment:
    story_id: str
    new: bool  # the article opened this story
    copy_of: str | None = None  # the earlier article it was found to copy, when it joined one


class StoryIndex:
    """Stories assigned one article at a time, for a watcher that codes articles as they come.

    ``assign`` puts a near-duplicate of an earlier article (same rule as ``story_ids``, published
    within ``max_days``) in that article's story, else opens a story whose id is derived from the
    article's doc_id, so a stream gets the ids ``story_ids`` gives the same articles in batch.
    An assignment is never revised (its events may already be written): an article that copies
    articles of two stories joins the older story instead of merging them as a batch run does.
    ``restore`` reloads earlier assignments; ``forget`` drops an article from memory.
    """

    def __init__(
        self,
        jaccard: float = JACCARD,
        containment: float = CONTAINMENT,
        max_days: int = MAX_DAYS,
    ) -> None:
        self.max_days = max_days
        self._index: DupIndex[str] = DupIndex(jaccard=jaccard, containment=containment)
        self._story: dict[str, str] = {}  # doc_id -> story_id, in order of arrival
        self._dates: dict[str, dt.date | None] = {}
        self._seq: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._story)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._story

    def story_of(self, doc_id: str) -> str | None:
        return self._story.get(doc_id)

    def _add(self, doc_id: str, text: str, published: dt.date | None) -> list[str]:
        self._dates[doc_id] = published
        self._seq[doc_id] = len(self._seq)
        found = self._index.add(doc_id, text)
        return [d for d in found if _near(self._dates[d], published, self.max_days)]

    def restore(self, doc_id: str, text: str, published: dt.date | None, story_id: str) -> None:
        if doc_id not in self._story:
            self._add(doc_id, text, published)
            self._story[doc_id] = story_id

    def assign(self, doc_id: str, text: str, published: dt.date | None) -> Assignment:
        known = self._story.get(doc_id)
        if known is not None:  # coded again (a restart after a crash): keep its story
            return Assignment(known, False)
        copies = self._add(doc_id, text, published)
        if not copies:
            self._story[doc_id] = _story_id(doc_id)
            return Assignment(self._story[doc_id], True)
        first = min(copies, key=self._seq.__getitem__)
        self._story[doc_id] = self._story[first]
        return Assignment(self._story[first], False, first)

    def forget(self, doc_id: str) -> None:
        self._index.remove(doc_id)
        for table in (self._story, self._dates, self._seq):
            table.pop(doc_id, None)


def _countries(parties: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    return frozenset(str(p["country"]) for p in parties if p.get("country"))


def _date(record: Mapping[str, Any]) -> dt.date | None:
    value = record.get("date")
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Overlapping countries, or one side unknown (an article that did not name the party)."""
    return not a or not b or bool(a & b)


def _same_happening(
    cl: Mapping[str, Any],
    actors: frozenset[str],
    recipients: frozenset[str],
    date: dt.date | None,
    window_days: int,
) -> bool:
    """Same parties (countries overlap on a side both name, none contradicts), close dates."""
    if not (_compatible(cl["actors"], actors) and _compatible(cl["recipients"], recipients)):
        return False
    shared = bool(cl["actors"] & actors) or bool(cl["recipients"] & recipients)
    unnamed = not (cl["actors"] or cl["recipients"] or actors or recipients)
    if not (shared or unnamed):
        return False
    return date is None or cl["date"] is None or abs((cl["date"] - date).days) <= window_days


def story_events(
    events: Iterable[Mapping[str, Any]],
    stories: Mapping[str, str] | None = None,
    window_days: int = 1,
    outlets: Mapping[str, str | None] | None = None,
) -> list[dict[str, Any]]:
    """Merge the event lines of a story's articles into story-level events.

    ``stories`` maps doc_id to story_id (else each line's own ``story_id``, else its doc).
    Events of different articles merge when they share story and PLOVER type, their actor and
    recipient countries overlap (one side unnamed is allowed, a contradiction is not), and their
    dates are at most ``window_days`` apart; events of one article are never merged together.
    Each result is the most confident member's line plus ``story_id``, ``sources`` (number
    of articles), ``doc_ids``, ``event_ids`` and ``outlets``.
    """
    clusters: list[dict[str, Any]] = []
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for rec in events:
        doc_id = str(rec["doc_id"])
        story = (stories or {}).get(doc_id) or rec.get("story_id") or doc_id
        etype = rec["event"][0] if isinstance(rec["event"], list) else str(rec["event"])
        actors, recipients, date = (
            _countries(rec["actor"]),
            _countries(rec["recipient"]),
            _date(rec),
        )
        for cl in by_key.setdefault((str(story), etype), []):
            if doc_id not in cl["docs"] and _same_happening(
                cl, actors, recipients, date, window_days
            ):
                break
        else:
            cl = {
                "story": str(story),
                "actors": actors,
                "recipients": recipients,
                "date": date,
                "members": [],
                "docs": set(),
            }
            by_key[(str(story), etype)].append(cl)
            clusters.append(cl)
        cl["docs"].add(doc_id)
        cl["members"].append(rec)
        cl["actors"] = cl["actors"] | actors
        cl["recipients"] = cl["recipients"] | recipients
        if cl["date"] is None:
            cl["date"] = date
    return [_merged(cl, outlets) for cl in clusters]


def _merged(cl: dict[str, Any], outlets: Mapping[str, str | None] | None) -> dict[str, Any]:
    members: list[dict[str, Any]] = cl["members"]
    best = max(members, key=lambda r: float(r.get("confidence") or 0.0))
    doc_ids = list(dict.fromkeys(str(r["doc_id"]) for r in members))
    names = [
        (outlets or {}).get(d) or (r.get("cite_info") or {}).get("outlet")
        for d, r in ((str(r["doc_id"]), r) for r in members)
    ]
    out = dict(best)
    out.update(
        story_id=cl["story"],
        sources=len(doc_ids),
        doc_ids=doc_ids,
        event_ids=[str(r["id"]) for r in members],
        outlets=sorted({str(n) for n in names if n}),
    )
    return out


def count_events(
    events: Iterable[Mapping[str, Any]], level: str = "article", **kwargs: Any
) -> dict[str, int]:
    """Events per PLOVER type, counted per report (``article``) or per happening (``story``)."""
    if level not in ("article", "story"):
        raise ValueError("level is 'article' or 'story'")
    records: list[Mapping[str, Any]] = (
        list(story_events(events, **kwargs)) if level == "story" else list(events)
    )
    counts: dict[str, int] = {}
    for rec in records:
        etype = rec["event"][0] if isinstance(rec["event"], list) else str(rec["event"])
        counts[etype] = counts.get(etype, 0) + 1
    return counts
