"""Near-duplicates (MinHash LSH) and story-level events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dedup import count_events, group_duplicates, story_events, story_ids
from marsad.model import Article

SENTENCES = [
    "أعلنت وزارة الخارجية السعودية اليوم الاثنين أن المملكة تدين بشدة الهجوم الإرهابي الذي استهدف "
    "مسجدا في مدينة الكويت أثناء صلاة الجمعة.",
    "وقال المتحدث الرسمي باسم الوزارة في بيان إن الرياض تقف إلى جانب دولة الكويت الشقيقة في "
    "كل ما تتخذه من إجراءات لحماية أمنها واستقرارها.",
    "ودعا المتحدث المجتمع الدولي إلى تكثيف التعاون لمكافحة التنظيمات المتطرفة وتجفيف مصادر "
    "تمويلها في المنطقة والعالم.",
    "وأشار البيان إلى أن هذه الأعمال الإجرامية لن تنال من وحدة الشعوب الخليجية وتماسكها.",
    "وقدم وزير الخارجية تعازيه لأسر الضحايا متمنيا الشفاء العاجل للمصابين.",
]
ORIGINAL = " ".join(SENTENCES)
SYNDICATED = "الرياض - واس: " + ORIGINAL + " رابط الخبر بصحيفة المثال: اقرأ المزيد"
REWRITE = " ".join([SENTENCES[1], SENTENCES[0], SENTENCES[2], SENTENCES[4]])  # reordered, one gone
OTHER = (
    "أعلنت وزارة الداخلية الكويتية اليوم القبض على خلية إرهابية كانت تخطط لتنفيذ هجمات في "
    "البلاد، وقال مصدر أمني إن الأجهزة ضبطت كميات من الأسلحة والمتفجرات في مخزن جنوب العاصمة. "
    "وأضاف المصدر أن التحقيقات مستمرة لمعرفة الجهات التي تقف وراء الخلية ومصادر تمويلها، وأن "
    "المتهمين سيحالون إلى النيابة العامة بعد استكمال الإجراءات. ودعت الوزارة المواطنين إلى "
    "الإبلاغ عن أي نشاط مشبوه."
)


def test_copies_and_rewrites_group_other_stories_do_not() -> None:
    groups = group_duplicates(
        [("orig", ORIGINAL), ("other", OTHER), ("synd", SYNDICATED), ("rewrite", REWRITE)]
    )
    assert groups == [["orig", "synd", "rewrite"], ["other"]]


def test_story_ids_are_stable_and_respect_dates() -> None:
    day = dt.date(2015, 8, 1)
    arts = [
        Article("a", ORIGINAL, published=day),
        Article("b", SYNDICATED, published=day + dt.timedelta(days=1)),
        Article("c", OTHER, published=day),
        Article("d", REWRITE, published=day + dt.timedelta(days=30)),  # a month later: not news
    ]
    ids = story_ids(arts)
    assert ids["a"] == ids["b"] and len({ids["a"], ids["c"], ids["d"]}) == 3
    assert story_ids(arts) == ids


def _event(eid: str, doc: str, etype: str, actor: str, recipient: str | None, day: str,
           conf: float = 0.5) -> dict[str, Any]:  # fmt: skip
    return {
        "id": eid,
        "doc_id": doc,
        "date": day,
        "event": [etype],
        "actor": [{"country": actor}],
        "recipient": [{"country": recipient}] if recipient else [],
        "confidence": conf,
        "cite_info": {"outlet": f"outlet-{doc}"},
    }


def test_story_events_merge_reports_of_one_happening() -> None:
    stories = {"a": "s1", "b": "s1", "c": "s1", "z": "s2"}
    events = [
        _event("e1", "a", "ACCUSE", "SAU", "IRN", "2015-08-01"),
        _event("e2", "b", "ACCUSE", "SAU", None, "2015-08-02", conf=0.9),  # recipient unnamed
        _event("e3", "c", "ACCUSE", "SAU", "IRN", "2015-08-01"),
        _event("e4", "a", "ACCUSE", "SAU", "YEM", "2015-08-01"),  # another accusation, same text
        _event("e5", "b", "ACCUSE", "SAU", "USA", "2015-08-01"),  # contradicting recipient
        _event("e6", "c", "CONSULT", "SAU", "IRN", "2015-08-01"),  # another type
        _event("e7", "z", "ACCUSE", "SAU", "IRN", "2015-08-01"),  # another story
        _event("e8", "c", "ACCUSE", "SAU", "IRN", "2015-08-09"),  # a week later
    ]
    merged = story_events(events, stories)
    by_first = {m["event_ids"][0]: m for m in merged}
    assert by_first["e1"]["event_ids"] == ["e1", "e2", "e3"]
    assert by_first["e1"]["sources"] == 3 and by_first["e1"]["id"] == "e2"  # most confident
    assert by_first["e1"]["outlets"] == ["outlet-a", "outlet-b", "outlet-c"]
    assert by_first["e4"]["sources"] == 1
    assert sorted(len(m["event_ids"]) for m in merged) == [1, 1, 1, 1, 1, 3]
    assert count_events(events) == {"ACCUSE": 7, "CONSULT": 1}
    assert count_events(events, "story", stories=stories) == {"ACCUSE": 5, "CONSULT": 1}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from([ORIGINAL, SYNDICATED, REWRITE, OTHER, "قصير"]), max_size=8))
def test_groups_partition_the_input(texts: list[str]) -> None:
    items = [(i, t) for i, t in enumerate(texts)]
    groups = group_duplicates(items)
    assert sorted(k for g in groups for k in g) == list(range(len(texts)))
    for g in groups:  # identical articles share a group (short snippets are never grouped)
        same = [k for k in range(len(texts)) if texts[k] == texts[g[0]]]
        assert set(same) <= set(g) or texts[g[0]] == "قصير"
