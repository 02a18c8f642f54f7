"""Acts named but not reported (ability, readiness, need, a condition carried past a comma,
a schedule set off by a comma) and the routine sittings of one body, which are no meeting
between actors. Whole pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from event_parts import events, reported


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # ability and readiness
        ("قال الوزير الإيراني إن الجيش قادر على صد أي هجوم على المنشآت.", "ASSAULT"),
        ("وقال وزير الخارجية الأمريكي إن بلاده قادرة على محاسبة طهران.", "ACCUSE"),
        ("وأكد المتحدث أن المقاتلين القادرين على مواجهة المتمردين تخرجوا.", "ASSAULT"),
        # possibility and need
        ("وقال المحلل إن روسيا يمكنها مساعدة الحكومة السورية في إعادة الإعمار.", "AID"),
        ("وأكد الوزير الأردني أن الاتفاق لا يحتاج إلا إلى اجتماع بين الطرفين.", "CONSULT"),
        ("وقال الوزير القطري إن عودة العراق تتطلب اعترافا من إيران بسيادته.", "SUPPORT"),
        # a condition whose clause the event continues, or answers, past a comma
        ("وتعهدت واشنطن بالدفاع عن حلفائها، وفي حال مثل هذا العدوان، أو التهديد به، "
         "فإن الولايات المتحدة مستعدة للتحرك.", "THREATEN"),
        ("وقال المحلل إن البحرية الأمريكية تنتقم إذا تعرضت ناقلات النفط للخطر، "
         "فتدمر مصافي النفط الإيرانية.", "ASSAULT"),
    ],
)
def test_named_but_not_reported(text: str, kind: str) -> None:
    assert reported(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # done, not only possible
        ("وتمكن الجيش العراقي من صد هجوم لتنظيم داعش على الرمادي.", "ASSAULT"),
        # the battle is real; only the retreat from it is not possible
        ("وقال القيادي إن حزب الله لا يستطيع التراجع عن المعركة التي يخوضها في الزبداني "
         "ضد المعارضة السورية.", "ASSAULT"),
        # a condition earlier in the sentence does not reach a new clause with its own verb
        ("ولم تفرج الشرطة المصرية عن المعتقلين إذا كانوا متهمين، واعتبر المحامون أن الشرطة المصرية "
         "اعتقلت الناشطين تعسفا.", "COERCE"),
    ],
)
def test_done_acts_stay(text: str, kind: str) -> None:
    assert reported(text, kind)


def test_schedule_past_a_comma_is_future() -> None:
    found = [e for e in events("ومن المقرر، أن يزور الرئيس الأمريكي السعودية الشهر المقبل.")
             if e.event in ("CONSULT", "AGREE")]
    assert found
    assert all(e.event == "AGREE" or e.auxiliary in ("future", "hypothetical") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "عقدت الحكومة اللبنانية جلستها الأسبوعية في بيروت برئاسة رئيس الوزراء.",
        "وترأس الرئيس المصري اجتماعا لمجلس الدفاع الوطني لبحث الأوضاع الأمنية.",
        "وأشار وزير العمل اللبناني بعد جلسة الحكومة إلى أن الأسماء لم تحسم.",
        "وعين الجيش التركي خلال اجتماع سنوي قائدا جديدا لهيئة الأركان.",
        "ويقاطع نواب حزب الله جلسات البرلمان اللبناني منذ أشهر.",
    ],
)
def test_routine_sitting_of_one_body_is_no_consult(text: str) -> None:
    assert reported(text, "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a body of states in session
        ("عقد مجلس الأمن جلسة طارئة لبحث الأوضاع في اليمن.", set()),
        # a session of talks between two sides
        ("عقدت جلسة مباحثات بين الرئيس المصري ونظيره اليمني في القاهرة.", {"EGY", "YEM"}),
    ],
)
def test_meetings_between_sides_stay(text: str, countries: set[str]) -> None:
    found = reported(text, "CONSULT")
    assert found
    sides = {a.country for e in found for a in e.actor + e.recipient}
    assert countries <= sides


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a ministry of communications holds no call
        ("وشارك في الافتتاح وزير الخارجية المصري ووزير الاتصالات القبرصي.", "CONSULT"),
        ("وحجبت وزارة الاتصالات اليمنية مئات المواقع الإلكترونية.", "CONSULT"),
        # aspects (أبعاد) are no expulsion (إبعاد)
        ("وقال الوزير اليمني إن زيارة رئيس الوزراء لعدن تحمل أبعادا سياسية.", "COERCE"),
        # holding a veto is no use of it
        ("وقال المحلل إن روسيا تملك حق النقض في مجلس الأمن.", "REJECT"),
        # supporting forces are named, not an act of support
        ("وقال المتحدث إن الجيش الليبي والقوات المساندة له مصممة على هزيمة الإرهاب.", "SUPPORT"),
    ],
)
def test_compounds_name_no_event(text: str, kind: str) -> None:
    assert reported(text, kind) == []


def test_veto_used_and_support_given_stay() -> None:
    assert reported("واستخدمت روسيا حق النقض ضد مشروع القرار الفرنسي.", "REJECT")
    assert reported("وأعرب الوزير السعودي عن مساندة المملكة للشعب اليمني.", "SUPPORT")
    assert reported("وأجرى الرئيس المصري اتصالات مع نظيره الفرنسي.", "CONSULT")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقالت الشرطة الإسرائيلية إن مستوطنين خططوا بهدف تفجير المسجد الأقصى.", "ASSAULT"),
        ("وقال قائد المنطقة العسكرية اليمنية إن العمليات مستمرة من أجل اقتحام قاعدة العند.",
         "COERCE"),
        ("وأجرى الجيش اليمني مفاوضات مع المتمردين بهدف وقف القتال والانسحاب من المدينة.",
         "RETREAT"),
    ],
)
def test_aim_is_not_done(text: str, kind: str) -> None:
    assert reported(text, kind) == []


def test_stopping_an_act_leaves_the_act() -> None:
    # the attacks are real; only stopping them is the aim
    text = "وضغطت إسرائيل على الحكومة اللبنانية بهدف وقف هجمات حزب الله على الجليل."
    assert [e for e in events(text) if e.event == "ASSAULT" and e.auxiliary == "hypothetical"] == []
