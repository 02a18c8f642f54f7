"""Round 5: nouns that name no act (a hill top, nuclear inspections) and a halt named by a
present "stops" (تتوقف خلالها الغارات). Whole pipeline; sentences written for these tests."""

from __future__ import annotations

import pytest

from event_parts import events, reported


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a hill or mountain top is a place, not a summit
        ("وتقدمت القوات الحكومية نحو قمة جبل المكبر بعد انسحاب المسلحين.", "CONSULT"),
        ("وتحصن المقاتلون على قمة التل المطل على القرية الشمالية.", "CONSULT"),
        # inspections of nuclear sites and inspection regimes
        ("وقال الوزير الفرنسي إن عمليات التفتيش على المنشآت النووية الإيرانية ستبدأ قريبا.",
         "COERCE"),
        ("ويتضمن الاتفاق آلية تفتيش صارمة لكل المواقع المشتبه بها.", "COERCE"),
        ("وطالب النائب بتفتيش المواقع العسكرية من قبل مفتشي الوكالة الدولية للطاقة الذرية.",
         "COERCE"),
        # a truce during which the raids stop
        ("وأعلن التحالف هدنة لمدة ثلاثة أيام تتوقف خلالها الغارات على المدن الساحلية.",
         "ASSAULT"),
        ("ووقع الطرفان اتفاقا يتوقف بموجبه القصف على الأحياء السكنية.", "ASSAULT"),
    ],
)
def test_no_act_reported(text: str, kind: str) -> None:
    assert reported(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a summit is still a summit
        ("وعقدت القمة العربية في عمان بمشاركة الرؤساء العرب.", "CONSULT"),
        # a search by the police is a search
        ("وداهمت الشرطة التركية منزل الصحفي في أنقرة وقامت بتفتيشه.", "COERCE"),
        # the raids that went on are raids
        ("وشنت الطائرات الروسية غارات على ريف إدلب أمس.", "ASSAULT"),
    ],
)
def test_acts_kept(text: str, kind: str) -> None:
    assert reported(text, kind) != []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act under a negated permission
        ("وقال المسؤول إن الحكومة الإيرانية لن تسمح للوفد الأمريكي بزيارة طهران.", "CONSULT"),
        ("وأكد الرئيس أنه لا يمكن السماح للجيش التركي بأن يهاجم القرى الحدودية.", "ASSAULT"),
        # an act under a negated verb of hearing or knowing with أن
        ("وقال النائب إنه لم يسمع بأن الشرطة المصرية اعتقلت أيا من الطلاب.", "COERCE"),
        # the aim of a negated act
        ("وقال المتحدث إن القوات الإيرانية لم تعبر الحدود لمهاجمة مواقع المتمردين.", "ASSAULT"),
        # obliged or forced, not acting
        ("وقال الخبير إن حركة طالبان ستجد نفسها مضطرة إلى تقديم تنازلات كبيرة للحكومة "
         "الأفغانية.", "CONCEDE"),
        # likely, supposed
        ("وقال مسؤول إنه من المرجح أن تفرض الحكومة الأمريكية عقوبات على الشركات الروسية.",
         "SANCTION"),
        ("وكان يفترض أن ينسحب الجيش الروسي من المدينة قبل أسبوعين.", "RETREAT"),
        # a negated verb whose object comes after any or a first object joined by أو
        ("وقال الوزير إن حركة حماس لن تقدم أية امتيازات أو تنازلات لإسرائيل.", "CONCEDE"),
    ],
)
def test_negated_or_unrealised_act_not_reported(text: str, kind: str) -> None:
    assert reported(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the same acts, done
        ("وقال المسؤول إن الحكومة الإيرانية سمحت للوفد الأمريكي بزيارة طهران.", "CONSULT"),
        ("وقال النائب إن الشرطة المصرية اعتقلت الطلاب.", "COERCE"),
        # no comment came on a raid that happened: the raid is reported
        ("وقال مسؤول إن الطائرات الروسية قصفت مدينة حلب، ولم يصدر تعليق رسمي على القصف.",
         "ASSAULT"),
        # لا ... سوى: only, an affirmation
        ("وقال المتحدث إن الحكومة المصرية لم تفعل شيئا سوى أنها اعتقلت المتظاهرين في "
         "القاهرة.", "COERCE"),
    ],
)
def test_done_acts_kept(text: str, kind: str) -> None:
    assert reported(text, kind) != []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a future verb governs the event noun up to three words after it
        ("وقال المتحدث إن الحكومة الأردنية ستعمل على ترتيب الزيارة مع الجانب العراقي.",
         "CONSULT"),
        ("وقال الوزير إن الجيش اللبناني سيبدأ الهجوم على مواقع المسلحين الأسبوع المقبل.",
         "ASSAULT"),
        ("وقال المسؤول إن الحكومة العراقية ستقوم بإجراء الاتصالات مع الدول المجاورة.",
         "CONSULT"),
    ],
)
def test_future_verb_governs_noun(text: str, kind: str) -> None:
    assert reported(text, kind) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # past verbs and nouns that look like a future verb: سيطروا، منذ سنتين
        ("وقال المتحدث إن القوات العراقية سيطرت بمساعدة الطيران الأمريكي على مواقع قرب "
         "الموصل.", "AID"),
        ("وقد كثفت القوات الحكومية السورية منذ سنتين الغارات على ريف حلب.", "ASSAULT"),
        # what the future verb is about happened before (سيذهب بعد زيارته)
        ("وقال المتحدث إن المبعوث الأممي سيذهب إلى مسقط بعد زيارته للقاهرة أمس.", "CONSULT"),
    ],
)
def test_not_a_future_verb(text: str, kind: str) -> None:
    assert reported(text, kind) != []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # قد before a past light verb: done, not weighed
        ("وكانت القوات العراقية قد شنت هجوما واسعا على مواقع التنظيم في الأنبار.", "ASSAULT"),
        ("وكان الجيش السوري قد فرض حصارا على بلدة مضايا منذ أشهر.", "COERCE"),
        ("وقد اندلعت اشتباكات عنيفة بين الجيش اليمني والحوثيين في مأرب.", "ASSAULT"),
    ],
)
def test_qad_with_past_verb_is_done(text: str, kind: str) -> None:
    assert reported(text, kind) != []
    assert not [e for e in events(text) if e.event == "THREATEN"]


def test_qad_with_present_verb_is_weighed() -> None:
    text = "وقال الوزير إن إيران قد تشن هجمات على السفن الأمريكية في الخليج."
    assert reported(text, "ASSAULT") == []


def test_act_joined_to_a_condition_by_wa() -> None:
    text = "وإذا أقر البرلمان القانون واستخدم الرئيس الأمريكي حق النقض فسيعاد التصويت."
    assert reported(text, "REJECT") == []


def test_demonstrative_points_at_an_act_already_there() -> None:
    text = "وقال الرئيس الصيني إن الاتفاقات ستجعل من هذه الزيارة للرئيس التركي الأهم منذ عقود."
    assert not [e for e in events(text) if e.event == "AGREE"]
