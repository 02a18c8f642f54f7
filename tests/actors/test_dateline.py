"""The dateline that opens a wire story is where it was filed, not a state acting."""

from __future__ import annotations

import marsad


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = marsad.code(text, published="2021-03-04")
    assert not doc.errors
    return {a.entity_name: (a.country, a.sector_code) for a in doc.actors}


def test_a_capital_before_the_dash_is_a_place_not_its_government() -> None:
    text = "عمّان - قال المتحدث باسم الأمن العام إن دورية ضبطت شحنة أسلحة قرب الحدود."
    doc = marsad.code(text, published="2021-03-04")
    assert "Jordan" not in {a.entity_name for a in doc.actors}
    assert any(p.raw_text == "عمّان" for p in doc.places)


def test_an_agency_in_brackets_after_the_dateline_lends_it_no_country() -> None:
    found = _actors("الخرطوم (رويترز) - قالت الشرطة إن محتجين أغلقوا طريقا رئيسيا.")
    assert found.get("Sudanese police") == ("SDN", "COP")
    assert "Sudan" not in found


def test_the_same_capital_acting_later_or_without_a_dash_stays_an_actor() -> None:
    assert "Egypt" in _actors("وأعلنت القاهرة رفضها للقرار الأخير.")
    assert "Egypt" in _actors("القاهرة ترفض القرار الأخير - وفق مصادر دبلوماسية.")
    # a headline's "Russia: ..." names the speaker, not a dateline
    assert "Russia" in _actors("روسيا: لن نسمح بتكرار الهجوم")
