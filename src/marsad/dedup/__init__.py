"""Near-duplicate articles and stories: syndicated copies and rewrites grouped by MinHash LSH,
and events reported by several articles of one story merged into story-level events."""

from __future__ import annotations

from marsad.dedup.minhash import DupIndex, group_duplicates, shingles
from marsad.dedup.stories import (
    Assignment,
    StoryIndex,
    count_events,
    story_events,
    story_ids,
)

__all__ = [
    "Assignment",
    "DupIndex",
    "StoryIndex",
    "count_events",
    "group_duplicates",
    "shingles",
    "story_events",
    "story_ids",
]
