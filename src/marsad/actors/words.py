"""Closed word lists used by the mention rules (normalised spellings)."""

from __future__ import annotations

from marsad.text.normalize import norm


def _set(text: str) -> frozenset[str]:
    return frozenset(norm(w) for w in text.split())


# A capital after these is a place, not the government acting (في واشنطن، قرب طرابلس).
LOCATIVES = _set(
    "في من إلى الى قرب فوق داخل نحو حول عبر خارج بالقرب تجاه صوب شمال جنوب شرق غرب وسط شمالي "
    "جنوبي شرقي غربي محيط ضواحي أطراف أنحاء مدينة العاصمة عاصمة منطقة شوارع سماء مطار زار يزور "
    "وصل يصل توجه غادر يغادر"
)
CITY_NOUNS = _set("العاصمة عاصمة مدينة")

# Words before a weak name (مالي) that show it is the country: في مالي، جمهورية مالي.
WEAK_SUPPORT = _set("في من إلى الى على مع عن دولة جمهورية حكومة رئيس شمال جنوب وسط شرق غرب بين و")

# Adjectives that may stand between a title and a name: الرئيس المؤقت، عبد القادر بن صالح.
TITLE_ADJECTIVES = _set(
    "السابق السابقة الأسبق الحالي الحالية المؤقت المؤقتة الجديد الجديدة المكلف المكلفة المنتخب "
    "المنتخبة الراحل المتقاعد الركن الأول الخاص الخاصة الرسمي الرسمية العام العامة المساعد "
    "الأعلى المعزول المخلوع المستقيل المقال الانتقالي المنتهية ولايته المتقاعدة البارز"
)

# Words that end (or forbid) a name after a title.
NAME_STOP = _set(
    "قال قالت أكد أكدت أعلن أعلنت أشار أشارت شدد شددت أوضح أوضحت ذكر ذكرت صرح صرحت دعا دعت "
    "أضاف أضافت اعتبر اعتبرت رأى وصف وصفت طالب طالبت حذر حذرت نفى نفت أعرب أعربت بحث بحثت "
    "التقى استقبل استقبلت زار وصل غادر اتهم اتهمت هدد هددت قد لقد كان كانت إن أن أنه أنها بأن "
    "لأن الذي التي الذين في من على إلى الى عن مع خلال بعد قبل منذ أمس اليوم غدا يوم ليلة صباح "
    "مساء الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد حول بشأن إزاء تجاه أمام لدى عند "
    "حيث كما بينما فيما وفق وفقا حسب بحسب إنه إنها هو هي هم كل بين ضد عبر نحو لكن ولكن لم لن "
    "ما لا ثم أو أي وقد وكان وأكد وقال ووصف وأضاف وأشار وأعلن وشدد ودعا وأوضح عن نظيره نظيرها "
    "نظيرته نظيرتها نظراءه نظرائه رئيس وزير مسؤول مصدر بلاده بلادها مليشيات ميليشيات مليشيا "
    "ميليشيا قوات عناصر مقاتلي مسلحي فصائل كتائب قوة لواء جماعة حركة تنظيم"
)
# First names that start like an imperfect verb (ي...): anything else starting ي is taken as a verb.
YA_NAMES = _set(
    "يوسف يحيى ياسر يزيد يعقوب يونس يارا يائير يوآف يسرائيل يفغيني يان يوهان ياسين يسري "
    "يوري يولي يولا ينس يوكيا يون يشار يلدريم ياسمين يعلون يامن يمنى يعرب"
)
NAME_LINKS = _set("عبد بن ابن أبو أبي ولد بنت آل")

OPEN_QUOTES = frozenset("“«\"'„‘")
CLOSE_QUOTES = frozenset("”»\"'’")

# Counterpart nouns: نظيره التركي takes the office of the last title (or body) named.
COUNTERPARTS = _set("نظيره نظيرها نظيرته نظيرتها نظيريه نظراؤه نظرائه نظيرهم")

# "His/her country": the state of the person last named.
OWN_COUNTRY = _set("بلاده بلادها")
