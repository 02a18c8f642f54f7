"""A held-out check that is not the dev gold: news sentences written for marsad (all 16 PLOVER
types; verbal nouns, passives, negation, future and conditional events, compound actors,
Gulf/Levant/Maghreb wording), coded by the whole pipeline (actors, places, quotes, events).

Each case names the event that must come out: its type, the actor countries (all must be
among the event's), the recipient countries (one must be among the event's; ``()`` = not
checked), whether it is negated and its auxiliary; ``mode`` is checked when given. Cases
that the current rules get wrong stay here, marked xfail with the reason, so that the pass
rate is honest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

import marsad
from marsad.model import Event

PUB = "2020-01-15"  # a Wednesday


@dataclass(frozen=True)
class Case:
    text: str
    type: str
    actor: tuple[str, ...]
    recipient: tuple[str, ...] = ()
    negated: bool = False
    aux: str | None = None
    mode: str | None = None
    date: dt.date | None = None


def xfail(case: Case, why: str) -> object:
    return pytest.param(case, marks=pytest.mark.xfail(reason=why, strict=False))


C = Case
CASES = [
    # ASSAULT: verbs, verbal nouns, light verbs, passives
    C("قصفت الطائرات الروسية مواقع المعارضة في إدلب.", "ASSAULT", ("RUS",), mode="aerial"),
    C("أعلن الجيش الإسرائيلي أنه استهدف مواقع لحركة حماس في قطاع غزة.", "ASSAULT", ("ISR",),
      ("PSE",)),
    C("اندلعت اشتباكات عنيفة بين الجيش اللبناني ومسلحين في طرابلس.", "ASSAULT", ("LBN",)),
    C("قُتل ثلاثة جنود أتراك في هجوم بعبوة ناسفة شمال سوريا.", "ASSAULT", ("SYR",), ("TUR",),
      mode="explosives"),
    C("تعرضت دورية للجيش العراقي لهجوم شنه تنظيم داعش قرب الموصل.", "ASSAULT", ("IMG",),
      ("IRQ",)),
    C("استُهدفت سفارة الولايات المتحدة في بغداد بصواريخ كاتيوشا.", "ASSAULT", ("IRQ",),
      ("USA",), mode="heavy-weapons"),
    C("أطلقت قوات الاحتلال الإسرائيلي الرصاص الحي على المتظاهرين الفلسطينيين.", "ASSAULT",
      ("ISR",), ("PSE",), mode="firearms"),
    C("اغتال مسلحون مجهولون ضابطا في الجيش الليبي في بنغازي.", "ASSAULT", ("LBY",),
      mode="targeted"),
    C("لم تقصف الطائرات الأمريكية أي مواقع في سوريا خلال الأسبوع الماضي.", "ASSAULT", ("USA",),
      negated=True),
    C("قصفت القوات الروسية والسورية بلدات في ريف إدلب.", "ASSAULT", ("RUS", "SYR")),
    C("شن الطيران الحربي الإسرائيلي غارات على مواقع في جنوب لبنان فجر أمس.", "ASSAULT",
      ("ISR",), mode="aerial", date=dt.date(2020, 1, 14)),
    C("هاجم الحوثيون مواقع للجيش اليمني في مأرب بالصواريخ الباليستية.", "ASSAULT", ("YEM",),
      mode="heavy-weapons"),
    C("قصفت المدفعية التركية يوم الثلاثاء الماضي قرى في ريف الحسكة.", "ASSAULT", ("TUR",),
      date=dt.date(2020, 1, 14)),
    C("نفى الجيش اللبناني أن يكون قد أطلق النار على المحتجين.", "ASSAULT", ("LBN",),
      negated=True),
    C("إذا هاجمت إيران القوات الأمريكية فإن واشنطن سترد بقوة.", "ASSAULT", ("IRN",), ("USA",),
      aux="hypothetical"),
    xfail(C("شنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة.", "ASSAULT", ("SAU",),
            ("YEM",)), "the bare word التحالف (Saudi-led coalition) is not an actor mention"),
    # COERCE
    C("اعتقلت الشرطة المصرية عشرات الناشطين في القاهرة.", "COERCE", ("EGY",), mode="arrest"),
    C("تم اعتقال خمسة أشخاص من قبل الأجهزة الأمنية الأردنية.", "COERCE", ("JOR",),
      mode="arrest"),
    C("داهمت قوات الأمن العراقية منازل في البصرة واعتقلت عددا من المطلوبين.", "COERCE",
      ("IRQ",)),
    C("فرضت السلطات الجزائرية حظر التجول في ولاية ورقلة.", "COERCE", ("DZA",), mode="curfew"),
    C("اعتُقل الصحفي في مطار بيروت فور وصوله.", "COERCE", ("LBN",), mode="arrest"),
    C("قررت الحكومة التونسية ترحيل عشرات المهاجرين غير النظاميين.", "COERCE", ("TUN",),
      mode="deport"),
    C("اقتحمت قوات الاحتلال المسجد الأقصى صباح اليوم.", "COERCE", ("ISR",), mode="seize"),
    C("أوقفت المصالح الأمنية الجزائرية عشرة أشخاص في العاصمة.", "COERCE", ("DZA",),
      mode="arrest"),
    C("لم تعتقل الشرطة التونسية أي متظاهر خلال الاحتجاجات.", "COERCE", ("TUN",), negated=True),
    # SANCTION
    C("فرضت الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION", ("USA",), ("IRN",)),
    C("قطعت المملكة العربية السعودية علاقاتها الدبلوماسية مع قطر.", "SANCTION", ("SAU",),
      ("QAT",)),
    C("طردت الحكومة الهولندية دبلوماسيين إيرانيين.", "SANCTION", ("NLD",), ("IRN",),
      mode="expel"),
    C("قررت وزارة الخزانة الأمريكية تجميد أصول شركات تابعة لحزب الله.", "SANCTION", ("USA",),
      ("LBN",)),
    # PROTEST
    C("تظاهر آلاف اللبنانيين في ساحة الشهداء ببيروت احتجاجا على الفساد.", "PROTEST",
      ("LBN",), mode="demo"),
    C("خرجت احتجاجات واسعة في مدن جزائرية عدة ضد ترشح بوتفليقة.", "PROTEST", ("DZA",)),
    C("نظم أساتذة التعليم وقفة احتجاجية أمام البرلمان في الرباط.", "PROTEST", ("MAR",)),
    C("أعلن عمال الموانئ في تونس إضرابا عن العمل.", "PROTEST", ("TUN",), mode="strike"),
    C("شارك الآلاف في مسيرات حاشدة في الخرطوم للمطالبة بالحكم المدني.", "PROTEST", ("SDN",)),
    C("دخل معتقلون فلسطينيون في إضراب عن الطعام في السجون الإسرائيلية.", "PROTEST", ("PSE",),
      mode="hunger"),
    C("تواصلت الوقفات الاحتجاجية للمعطلين عن العمل أمام مقر ولاية قفصة.", "PROTEST",
      ("TUN",)),
    C("شارك آلاف التونسيين في مظاهرة حاشدة بالعاصمة.", "PROTEST", ("TUN",)),
    # MOBILIZE
    C("أرسلت تركيا تعزيزات عسكرية إلى الحدود مع سوريا.", "MOBILIZE", ("TUR",)),
    C("نشرت الولايات المتحدة آلاف الجنود في الخليج.", "MOBILIZE", ("USA",), mode="troops"),
    C("رفع الجيش الإسرائيلي حالة التأهب على الحدود الشمالية.", "MOBILIZE", ("ISR",)),
    C("دفع الجيش السوري بتعزيزات عسكرية إلى ريف حلب.", "MOBILIZE", ("SYR",)),
    # THREATEN (incl. announced force)
    C("هدد الرئيس الأمريكي دونالد ترامب إيران برد قاس.", "THREATEN", ("USA",), ("IRN",)),
    C("حذرت روسيا الولايات المتحدة من أي تدخل عسكري في فنزويلا.", "THREATEN", ("RUS",),
      ("USA",)),
    C("توعدت جماعة الحوثي بالرد على غارات التحالف.", "THREATEN", ("YEM",)),
    C("لوّح الاتحاد الأوروبي بفرض عقوبات على تركيا.", "THREATEN", ("EUR",), ("TUR",)),
    C("ستفرض بريطانيا عقوبات على مسؤولين روس الأسبوع المقبل.", "THREATEN", ("GBR",), ("RUS",)),
    C("أعلن الاتحاد الأوروبي أنه سيفرض عقوبات على روسيا إذا لم تنسحب من أوكرانيا.",
      "THREATEN", ("EUR",), ("RUS",)),
    xfail(C("قال وزير الدفاع الإسرائيلي إن إسرائيل ستضرب أي تموضع إيراني في سوريا.",
            "THREATEN", ("ISR",), ("IRN",)), "ضرب (strike) is too ambiguous to be a trigger"),
    # REQUEST
    C("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار في ليبيا.",
      "REQUEST", ("UNO",), mode="yield"),
    C("طالبت منظمة العفو الدولية السلطات المصرية بالإفراج عن المعتقلين.", "REQUEST", ("NGO",),
      ("EGY",)),
    C("ناشدت الحكومة اليمنية المجتمع الدولي تقديم مساعدات عاجلة.", "REQUEST", ("YEM",),
      mode="assist"),
    C("حث وزير الخارجية الأمريكي الأطراف الليبية على العودة إلى طاولة المفاوضات.", "REQUEST",
      ("USA",), ("LBY",)),
    # ACCUSE
    C("اتهمت إيران الولايات المتحدة بدعم الإرهاب في المنطقة.", "ACCUSE", ("IRN",), ("USA",),
      mode="allege"),
    C("أدانت وزارة الخارجية السعودية الهجوم الإرهابي في الصومال.", "ACCUSE", ("SAU",),
      mode="disapprove"),
    C("ندد الاتحاد الأفريقي بالانقلاب العسكري في مالي.", "ACCUSE", ("IGO",)),
    C("انتقد الرئيس الفرنسي إيمانويل ماكرون السياسة التركية في ليبيا.", "ACCUSE", ("FRA",),
      ("TUR",)),
    C("فتحت النيابة العامة المصرية تحقيقا في الحادث.", "ACCUSE", ("EGY",),
      mode="investigate"),
    C("حمّلت الحكومة العراقية تنظيم داعش مسؤولية التفجير.", "ACCUSE", ("IRQ",), ("IMG",)),
    C("أدانت مصر والأردن والسعودية الاعتداء على المسجد الأقصى.", "ACCUSE",
      ("EGY", "JOR", "SAU")),
    C("اتهم وزير الخارجية السعودي عادل الجبير إيران بتهريب الأسلحة إلى الحوثيين.", "ACCUSE",
      ("SAU",), ("IRN",)),
    # REJECT
    C("رفضت حركة حماس المقترح الأمريكي للسلام.", "REJECT", ("PSE",)),
    C("رفض البرلمان العراقي مشروع القانون.", "REJECT", ("IRQ",)),
    C("استخدمت روسيا حق النقض ضد مشروع قرار في مجلس الأمن.", "REJECT", ("RUS",)),
    C("أعلنت الحكومة المغربية رفضها للقرار الأوروبي.", "REJECT", ("MAR",)),
    C("رفضت الحكومة العراقية أن تنسحب القوات الأمريكية من البلاد.", "REJECT", ("IRQ",)),
    # AGREE (incl. announced cooperation)
    C("اتفقت مصر والسودان على استئناف المفاوضات حول سد النهضة.", "AGREE", ("EGY", "SDN")),
    C("توصلت الحكومة اليمنية والحوثيون إلى اتفاق لتبادل الأسرى.", "AGREE", ("YEM",)),
    C("تعهدت الحكومة الكويتية بتقديم مساعدات للاجئين السوريين.", "AGREE", ("KWT",)),
    C("أبدت إيران استعدادها للحوار مع دول الخليج.", "AGREE", ("IRN",)),
    C("سيزور الرئيس التركي رجب طيب أردوغان الجزائر الأسبوع المقبل.", "AGREE", ("TUR",)),
    C("من المقرر أن يلتقي الرئيس السوداني رئيس الوزراء الإثيوبي في أديس أبابا.", "AGREE",
      ("SDN",)),
    C("تعتزم ألمانيا تقديم مساعدات مالية للأردن.", "AGREE", ("DEU",)),
    C("أعلنت الحكومة الأردنية أنها ستقدم مساعدات للاجئين السوريين.", "AGREE", ("JOR",)),
    # CONSULT: peers all actors; visitor actor and host recipient
    C("التقى العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس في عمان.",
      "CONSULT", ("JOR", "PSE")),
    C("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف.", "CONSULT",
      ("RUS",), ("EGY",), mode="visit"),
    C("زار وزير الخارجية الإيراني محمد جواد ظريف بغداد.", "CONSULT", ("IRN",), ("IRQ",),
      mode="visit"),
    C("وصل وزير الخارجية المصري سامح شكري إلى الرياض والتقى العاهل السعودي الملك سلمان.",
      "CONSULT", ("EGY", "SAU")),
    C("بحث ولي العهد السعودي الأمير محمد بن سلمان مع الرئيس الأمريكي دونالد ترامب في اتصال "
      "هاتفي تطورات المنطقة.", "CONSULT", ("SAU", "USA"), mode="phone"),
    C("أجرى الرئيس الروسي فلاديمير بوتين مباحثات مع نظيره التركي رجب طيب أردوغان.", "CONSULT",
      ("RUS", "TUR")),
    C("اجتمع الرئيس الفرنسي مع المستشارة الألمانية أنجيلا ميركل في برلين في 10 كانون الأول.",
      "CONSULT", ("FRA", "DEU"), date=dt.date(2019, 12, 10)),
    # SUPPORT
    C("رحبت الإمارات بالاتفاق بين الحكومة اليمنية والمجلس الانتقالي الجنوبي.", "SUPPORT",
      ("ARE",), ("YEM",)),
    C("أكد الملك سلمان دعم المملكة للشعب اليمني.", "SUPPORT", ("SAU",)),
    C("أشاد الرئيس الأمريكي بجهود الكويت في الوساطة.", "SUPPORT", ("USA",), ("KWT",)),
    C("وقعت مصر واليونان اتفاقية لترسيم الحدود البحرية.", "SUPPORT", ("EGY", "GRC")),
    C("اعترفت الولايات المتحدة بسيادة المغرب على الصحراء الغربية.", "SUPPORT", ("USA",),
      ("MAR",)),
    C("وقالت وزارة الخارجية القطرية إنها تدعم جهود الوساطة الكويتية.", "SUPPORT", ("QAT",)),
    # CONCEDE
    C("اعتذر رئيس الوزراء الإسرائيلي عن تصريحاته.", "CONCEDE", ("ISR",)),
    C("رفعت الولايات المتحدة العقوبات عن السودان.", "CONCEDE", ("USA",), ("SDN",)),
    C("أعلن الرئيس الجزائري العفو عن آلاف السجناء.", "CONCEDE", ("DZA",)),
    # COOPERATE
    C("أجرت القوات السعودية والمصرية مناورات عسكرية مشتركة في البحر الأحمر.", "COOPERATE",
      ("SAU",), ("EGY",)),
    C("سلمت تركيا مطلوبين إلى السلطات العراقية.", "COOPERATE", ("TUR",), ("IRQ",)),
    C("تبادلت الأجهزة الأمنية الأردنية والمصرية معلومات حول الجماعات المتطرفة.", "COOPERATE",
      ("JOR",)),
    # AID
    C("قدمت الإمارات مساعدات إنسانية إلى اليمن.", "AID", ("ARE",), ("YEM",)),
    C("أرسلت الكويت شحنة مساعدات طبية إلى لبنان.", "AID", ("KWT",), ("LBN",)),
    C("زودت الولايات المتحدة الجيش اللبناني بأسلحة وذخائر.", "AID", ("USA",), ("LBN",)),
    # RETREAT
    C("انسحبت القوات الأمريكية من قاعدة عسكرية شمال سوريا.", "RETREAT", ("USA",),
      mode="withdraw"),
    C("أفرجت السلطات السعودية عن عدد من المعتقلين.", "RETREAT", ("SAU",), mode="release"),
    C("أعلن رئيس الوزراء اللبناني سعد الحريري استقالته.", "RETREAT", ("LBN",), mode="resign"),
    C("أطلقت حركة طالبان سراح عشرين أسيرا أفغانيا.", "RETREAT", ("AFG",), mode="release"),
    C("أفرج الجيش الإسرائيلي الثلاثاء الماضي عن أسرى فلسطينيين.", "RETREAT", ("ISR",),
      ("PSE",), date=dt.date(2020, 1, 14)),
    C("لن تنسحب القوات التركية من سوريا، بحسب وزير الدفاع التركي.", "RETREAT", ("TUR",),
      negated=True),
    C("لو انسحبت إسرائيل من الجولان لوقعت سوريا اتفاق سلام.", "RETREAT", ("ISR",),
      aux="hypothetical"),
    # written after reading SaudiNewsNet articles (the general causes found there)
    C("اقتحمت قوة من الجيش الإسرائيلي بلدة في الضفة الغربية.", "COERCE", ("ISR",)),
    C("فرض الاتحاد الأوروبي عقوبات على مسؤولين كبار في الحكومة السورية.", "SANCTION",
      ("EUR",), ("SYR",)),
    C("أعلن الجيش الإسرائيلي إسقاط طائرة مسيرة تابعة لحزب الله.", "ASSAULT", ("ISR",),
      ("LBN",)),
    C("استخدمت الصين حق النقض ضد مشروع قرار في مجلس الأمن الدولي.", "REJECT", ("CHN",),
      ("UNO",)),
    C('قصفت المدفعية التركية قرى سورية، مع تجدد الاشتباكات، أمس، بين الجيش التركي و"قوات '
      'سوريا الديمقراطية" قرب الحدود.', "ASSAULT", ("TUR", "SYR")),
    C("تم قصف مواقع لتنظيم داعش من قبل الطائرات العراقية.", "ASSAULT", ("IRQ",), ("IMG",)),
    C("وقال الرئيس السوري: يجب أن تنسحب القوات التركية من سوريا.", "RETREAT", ("TUR",),
      aux="hypothetical"),  # an obligation, not a withdrawal
    C("وأكد كيري دعم الولايات المتحدة لمصر في حربها على الإرهاب.", "SUPPORT", ("USA",),
      ("EGY",)),
    C("وصل الرئيس الأمريكي باراك أوباما إلى نيروبي في أول زيارة له لكينيا.", "CONSULT",
      ("USA",), ("KEN",), mode="visit"),
    C("شن الرئيس التركي هجوما لاذعا على الحكومة المصرية.", "ACCUSE", ("TUR",), ("EGY",),
      mode="disapprove"),  # a verbal attack
    xfail(C("قال الرئيس السوري إنه يجب أن تنسحب القوات التركية من سوريا.", "RETREAT",
            ("TUR",), aux="hypothetical"),
          "إنه is read as the speaker's pronoun subject, not a dummy pronoun"),
]

# sentences that must not give an event of the type named (false-positive guards)
NOT_EVENTS = [
    ("بيان صادر عن وزارة الخارجية المصرية.", "COERCE"),  # issued by, not confiscated
    ("قررت المحكمة تأجيل محاكمة 11 متهما في القضية.", "ACCUSE"),  # defendants, not accusing
    ("تقع البلدة تحت سيطرة المعارضة السورية منذ عام 2013.", "ASSAULT"),  # a state, not an act
    ("وصل الرئيس الفرنسي إلى بيروت في 10 كانون الأول 2019.", "CONSULT"),  # arrival alone
    ("أكد الوزير أن الوضع تحت السيطرة بالكامل.", "ASSAULT"),  # control as a state
    ("قتل زعيم قبلي في مديرية أرحب شمال صنعاء.", "SUPPORT"),  # أرحب: a district, not "I welcome"
    ("اعتقل الناشط على خلفية رفضه دفع الضرائب.", "REJECT"),  # background of the arrest
    ("ستستغل المنظمة المعركة الانتخابية في الولايات المتحدة.", "ASSAULT"),  # a metaphor
    ("ورفضت متحدثة باسم الجيش الإسرائيلي التعليق على التقرير.", "REJECT"),  # no comment
    ("قال أستاذ علم الاجتماع بجامعة طهران إن العقوبات أثرت على المجتمع.", "CONSULT"),
    ("تأخرت القاهرة في الرد، ما دعا السلطات السودانية إلى توقيف الصيادين.", "REQUEST"),
    ("شن الرئيس التركي هجوما لاذعا على الحكومة المصرية.", "ASSAULT"),  # words, not force
]


# events whose actor must not be the mention named (victims, monitors, officials)
NOT_ACTORS = [
    ("يغتال مسلحون ضباط الجيش اللبناني في طرابلس.", "ASSAULT", "الجيش اللبناني"),
    ("وذكر المرصد السوري لحقوق الإنسان أن المقاتلين انسحبوا من البلدة.", "RETREAT",
     "المرصد السوري لحقوق الإنسان"),
    ("قال الرئيس الفرنسي إيمانويل ماكرون إنه يتابع الاحتجاجات في باريس.", "PROTEST",
     "إيمانويل ماكرون"),
    ("قتل ثلاثة جنود مصريين في هجوم على حاجز أمني في سيناء.", "ASSAULT", "مصريين"),
    ("سيصوت الكونغرس على مشروع قرار يرفض الاتفاق الذي وقعته الولايات المتحدة مع إيران.",
     "REJECT", "الولايات المتحدة"),  # the draft rejects it
]


def _events(text: str) -> list[Event]:
    return marsad.code(text, published=PUB).events


def _matches(ev: Event, case: Case) -> bool:
    actors = {a.country for a in ev.actor}
    recipients = {r.country for r in ev.recipient}
    if ev.event != case.type or not set(case.actor) <= actors:
        return False
    if case.recipient and not set(case.recipient) & recipients:
        return False
    if ev.negated != case.negated or (case.aux is not None and ev.auxiliary != case.aux):
        return False
    if case.aux is None and ev.auxiliary == "hypothetical":
        return False
    if case.mode is not None and ev.mode != case.mode:
        return False
    return case.date is None or ev.date == case.date


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.text[:40] if isinstance(c, Case) else "")
def test_heldout_event(case: Case) -> None:
    events = _events(case.text)
    assert any(_matches(ev, case) for ev in events), [
        (e.event, e.mode, [a.country for a in e.actor], [r.country for r in e.recipient],
         e.negated, e.auxiliary, e.date) for e in events
    ]


@pytest.mark.parametrize(("text", "etype"), NOT_EVENTS)
def test_heldout_not_an_event(text: str, etype: str) -> None:
    assert all(ev.event != etype for ev in _events(text))


@pytest.mark.parametrize(("text", "etype", "raw"), NOT_ACTORS)
def test_heldout_not_the_actor(text: str, etype: str, raw: str) -> None:
    for ev in _events(text):
        if ev.event == etype:
            assert raw not in [a.raw_text for a in ev.actor]


def test_heldout_covers_all_types() -> None:
    from marsad.events import EVENT_TYPES

    covered = {c.type for c in CASES if isinstance(c, Case)}
    assert covered == set(EVENT_TYPES)
