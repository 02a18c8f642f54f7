from __future__ import annotations

import pytest

import marsad
from marsad.errors import PipelineError
from marsad.model import Article
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.registry import list_stages, stage


def test_default_pipeline_lists_its_stages_in_order() -> None:
    assert Pipeline().names == list(DEFAULT_STAGES)
    assert set(DEFAULT_STAGES) <= set(list_stages())


def test_a_stage_whose_needs_come_later_is_refused_at_build_time() -> None:
    with pytest.raises(PipelineError) as err:
        Pipeline(["text.normalize.v1", "events.rules.v1"])
    assert err.value.code == "E205"
    assert "events.rules.v1" in err.value.message


def test_unknown_stage_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="registered stages"):
        Pipeline(["no.such.stage"])


def test_a_failing_stage_is_recorded_and_its_dependants_skipped() -> None:
    @stage("test.broken.v1", requires=("tokens",), provides=("mentions",))
    def _broken(doc: object) -> None:
        raise RuntimeError("boom")

    names = [*DEFAULT_STAGES[:3], "test.broken.v1", "geo.gazetteer.v1", "quotes.cues.v1"]
    doc = Pipeline(names)(Article("d1", "قال الرئيس إن الوضع هادئ."))
    assert [(e.stage, e.code) for e in doc.errors] == [("test.broken.v1", "E201")]
    assert "boom" in doc.errors[0].message
    assert doc.tokens  # the stages before it ran
    assert "quotes.cues.v1" not in doc.trace  # it needed the mentions that never came


def test_code_returns_a_coded_doc() -> None:
    doc = marsad.code(
        "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعو إلى وقف إطلاق النار في ليبيا.",
        published="2019-12-10",
    )
    assert doc.article.published is not None and doc.article.published.isoformat() == "2019-12-10"
    assert any(a.entity_name == "Sergey Lavrov" for a in doc.actors)
    assert any(e.event == "REQUEST" for e in doc.events)
    assert doc.quotes and doc.quotes[0].speaker == "Sergey Lavrov"
    assert any(p.country == "LBY" for p in doc.places)
    assert not doc.errors
