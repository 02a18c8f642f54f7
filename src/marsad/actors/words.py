"""Closed word lists used by the mention rules (normalised spellings)."""

from __future__ import annotations

from marsad.text.normalize import norm


def _set(text: str) -> frozenset[str]:
    return frozenset(norm(w) for w in text.split())


# A capital after these is a place, not the government acting (في واشنطن، قرب طرابلس).
LOCATIVES = _set(
    "في من إلى الى قرب فوق داخل نحو حول عبر خارج بالقرب تجاه صوب شمال جنوب شرق غرب وسط شمالي "
    "جنوبي شرقي غربي محيط ضواحي أطراف أنحاء مدينة العاصمة عاصمة منطقة شوارع سماء مطار زار يزور "
    "وصل يصل توجه غادر يغادر ريف محافظة محافظات ولاية بلدية مقر سفارة سفير سفيرة"
)
CITY_NOUNS = _set("العاصمة عاصمة مدينة")

# Words before a weak name (مالي) that show it is the country: في مالي، جمهورية مالي.
WEAK_SUPPORT = _set("في من إلى الى على مع عن دولة جمهورية حكومة رئيس شمال جنوب وسط شرق غرب بين و")

# Adjectives that may stand between a title and a name: الرئيس المؤقت، عبد القادر بن صالح.
TITLE_ADJECTIVES = _set(
    "السابق السابقة الأسبق الحالي الحالية المؤقت المؤقتة الجديد الجديدة المكلف المكلفة المنتخب "
    "المنتخبة الراحل المتقاعد الركن الأول الخاص الخاصة الرسمي الرسمية العام العامة المساعد "
    "الأعلى المعزول المخلوع المستقيل المقال الانتقالي المنتهية ولايته المتقاعدة البارز "
    "الدكتور الدكتورة"
)

# Nouns of a title holder's aides and deputies in construct (مستشار الرئيس، نائب الوزير).
AIDES = _set("مستشار مستشارة نائب نائبة مساعد مساعدة مبعوث مبعوثة ممثل ممثلة مدير سكرتير")

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
    "ميليشيا قوات عناصر مقاتلي مسلحي فصائل كتائب قوة لواء جماعة حركة تنظيم باتجاه بحضور برئاسة "
    "بقيادة بسبب بشأن لدى لصالح حين أبلغ رحمه كذلك أيضا"
)
# First names that start like an imperfect verb (ي...): anything else starting ي is taken as a verb.
YA_NAMES = _set(
    "يوسف يحيى ياسر يزيد يعقوب يونس يارا يائير يوآف يسرائيل يفغيني يان يوهان ياسين يسري "
    "يوري يولي يولا ينس يوكيا يون يشار يلدريم ياسمين يعلون يامن يمنى يعرب"
)
NAME_LINKS = _set("عبد بن ابن أبو أبي ولد بنت آل")

OPEN_QUOTES = frozenset("“«\"'„‘")
CLOSE_QUOTES = frozenset("”»\"'’")
QUOTES = OPEN_QUOTES | CLOSE_QUOTES

# Counterpart nouns: نظيره التركي takes the office of the last title (or body) named.
COUNTERPARTS = _set("نظيره نظيرها نظيرته نظيرتها نظيريه نظراؤه نظرائه نظيرهم")

# "His/her country (government)": the state of the person last named.
OWN_COUNTRY = _set("بلاده بلادها حكومته حكومتها")

# Words before من that make what follows the source of an action, not a place:
# المدعومة من إيران، بدعم من روسيا، ضغوط من واشنطن، بطلب من تركيا.
AGENT_BEFORE_MIN = _set(
    "المدعومة المدعوم مدعومة مدعوم المدعومين المدعومون مدعومين مدعومون المدعومتين دعم بدعم "
    "تمويل بتمويل الممولة الممول ممولة ممول بمساعدة مساعدة بتوجيه توجيه بطلب طلب بدعوة دعوة "
    "بمبادرة مبادرة بوساطة وساطة بأوامر أوامر بأمر ضغوط ضغط بضغط تهديدات تهديد تحذيرات "
    "انتقادات إدانة المرسلة المقدمة المقدم المقترح المقترحة "
    # people sent by a state: ممثلون من الولايات المتحدة، وفد من روسيا
    "ممثلون ممثلين ممثلو ممثلي ممثل وفد وفود مسؤولون مسؤولين دبلوماسيون دبلوماسيين"
)

# Speech verbs that may open "name, title" appositions (وقال جوناثان هوفمان المتحدث باسم ...).
SAY = _set(
    "قال قالت أكد أكدت أعلن أعلنت أوضح أوضحت أشار أشارت ذكر ذكرت صرح صرحت أضاف أضافت شدد شددت "
    "اعتبر اعتبرت نفى نفت أفاد أفادت كشف كشفت حذر حذرت دعا دعت طالب طالبت رأى رأت"
)

# Common first names (Arabic and, in Arabic script, foreign). A word after a title that is not one
# of these starts a name only in the safest contexts (two words, then punctuation or a verb).
FIRST_NAMES = _set(
    # Arabic, male
    "محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد خليل إبراهيم إسماعيل إسحاق يوسف يعقوب "
    "يحيى يونس موسى عيسى سليمان داود هارون صالح سالم سليم سعيد سعد سعود سلطان سلمان فيصل فهد "
    "فايز فائز فؤاد فاروق فارس فريد فتحي فادي فراس كمال كريم كامل جمال جميل جلال جعفر جاسم "
    "جواد حمد حمدان حامد حازم حاتم حيدر حمزة حسام حسني هشام هاني هادي هيثم وليد وائل وسام "
    "وجيه ياسر ياسين زياد زيد زكريا زكي زهير طارق طلال طاهر طه عادل عاطف عارف عاصم عامر "
    "عباس عبد عبدالله عبدالرحمن عبدالعزيز عبدالكريم عبدالمجيد عبدالفتاح عبدالقادر عبدالرحيم "
    "عبدالحميد عبدالسلام عبدالملك عبدالهادي عبدالناصر عبدالوهاب عدنان عصام علاء عماد عمار عمرو "
    "عوض عيد غازي غسان قاسم قيس كاظم لؤي ماجد مازن مالك مأمون مجدي مختار مراد مروان مسعود "
    "مصعب معاذ معتز منصور منير مهدي موفق ناصر نبيل نبيه نجيب نزار نصر نضال نعيم نواف نور "
    "نوري هاشم همام هيثم وحيد رائد راشد رامي رشيد رضا رفيق رمضان رياض ريان باسل باسم بسام "
    "بشار بشير بكر بلال بدر بهاء تامر تركي توفيق ثامر شادي شاكر شريف شكري صابر صبري صدام صدقي "
    "صلاح ضياء ظافر إياد أيمن أسامة أسعد أشرف أكرم أمين أنور أنس إدريس إلياس أديب أمجد "
    "حسان جهاد خضر ربيع رأفت رجب سامح سامي سمير سهيل شوقي شفيق صفوت عزت عزيز علوي فهمي "
    "قدري مدحت مؤيد نادر نايف نجم هلال يزن الحسين الحسن "
    # Arabic, female
    "فاطمة عائشة مريم زينب خديجة سارة ليلى هدى هند نور نادية نجلاء ريم رنا رانيا سلمى سمر "
    "سهى منى مها لمى دينا دعاء أسماء آمنة إيمان أمل حنان سناء سعاد يارا لينا لبنى جميلة "
    "نوال وفاء هيفاء هالة عبير شيرين غادة "
    # foreign, in Arabic script
    "جون جورج جيمس جو جوزيف جوزيف جوناثان جيك جاك جان جيرار جيريمي جيم جانيت جاريد جيف "
    "مايك مايكل مارك مارتن ماركو ماريو ماري ماريا مارين ماتيو ميشال ميشيل مانويل ماتيو "
    "ديفيد دانيال دونالد ديمتري دميتري ديميتري دومينيك ديك "
    "روبرت رونالد ريتشارد ريكس رجب رافائيل روبيرتا ريشي رودريغو "
    "بيتر باتريك بوريس بيني بنيامين بيل باراك بيدرو بول بن "
    "فلاديمير فولوديمير فيكتور فرانسوا فرانك فرانسيس فيليب فيديريكا فريدريش فولفجانج "
    "سيرغي سيرجي ستيفان ستيفن ستيف سيلفيو سيريل "
    "أنطونيو أنتوني أنجيلا أنالينا أولاف أورسولا أليكسي ألكسندر أندريه أفيغدور إيمانويل "
    "إيهود إسحاق إيتمار إيال أفيف آموس أرييل "
    "هايكو هيلاري هانس هيرتسي هنري هاري "
    "كمالا كوندوليزا كولن كيم كير كاترين كايا كلود كارل كريستوفر كريستين "
    "لويد ليون لوران لويجي ليز لوكاس "
    "نيكولا نيكولاس نيكولاي نفتالي نيد ناريندرا "
    "تيريزا توني تشاك تور تيدروس "
    "يان يوهان يائير يوآف يسرائيل يفغيني يوري ينس "
    "غير جير غوردون موشي موشيه "
    "أليكسيس ألكسندر أليكسندر آلان إليزابيث إليزابيت ألبرت ألفريد أليس إلهام إلياس ألبرتو "
    "شي وانغ "
    "ويليام وليام وندي "
    "زلماي زبيغنيو "
    "آبي "
)

# Titles that never take a name after them (مصدر عسكري، مسؤول عراقي رفيع المستوى).
NAMELESS_TITLES = _set("مصدر مصادر مسؤول مسؤولين مسؤولون")

# Number words before a counted head (ثلاثة نواب، عشرات النواب).
NUMBER_WORDS = _set(
    "ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة عشرات مئات ثلاث أربع خمس ست سبع ثماني تسع عشر"
)

# Bare bodies named for the main state only when one state clearly dominates the article.
DOMINANT_ONLY = frozenset({"military_council", "civil_defence", "ruling_elite", "mps"})

# Numbered units of an armed body (اللواء 45 بالحشد الشعبي، الفرقة الرابعة في الجيش السوري).
UNIT_NOUNS = {
    norm(w): en
    for w, en in (
        ("اللواء", "brigade"),
        ("لواء", "brigade"),
        ("الفرقة", "division"),
        ("فرقة", "division"),
        ("الكتيبة", "battalion"),
        ("كتيبة", "battalion"),
        ("الفوج", "regiment"),
        ("فوج", "regiment"),
    )
}
ORDINALS = {
    norm(w): str(n)
    for n, forms in enumerate(
        (
            "الأول الأولى",
            "الثاني الثانية",
            "الثالث الثالثة",
            "الرابع الرابعة",
            "الخامس الخامسة",
            "السادس السادسة",
            "السابع السابعة",
            "الثامن الثامنة",
            "التاسع التاسعة",
            "العاشر العاشرة",
        ),
        start=1,
    )
    for w in forms.split()
}
UNIT_LINKS = _set("في من التابع التابعة التابعين")

# Nameless offices that, with no state named, speak for the article's main state.
UNPLACED_TITLES = frozenset(
    norm(p)
    for p in [
        "مصدر عسكري",
        "مصدر أمني",
        "مصدر حكومي",
        "مصدر دبلوماسي",
        "مصدر رسمي",
        "مصادر أمنية",
        "مصادر عسكرية",
        "مصادر حكومية",
        "مصادر دبلوماسية",
        "مصادر رسمية",
        "مسؤول حكومي",
        "مسؤول عسكري",
        "مسؤول أمني",
        "مسؤولون عسكريون",
        "مسؤولون أمنيون",
        "قاض",
        "القاضي",
    ]
)

# A medium named by a common word (الجزيرة، الفرنسية) is the medium only where speech cites it.
# Verbs whose subject is then the medium: ذكرت الجزيرة، نقلت الفرنسية، بثت العربية.
CITING_VERBS = _set(
    "قال قالت ذكر ذكرت نقل نقلت أفاد أفادت أورد أوردت بث بثت نشر نشرت أضاف أضافت أوضح أوضحت "
    "كشف كشفت أكد أكدت أعلن أعلنت تابع تابعت علم علمت"
)
# Words after which the medium is the source: بحسب الجزيرة، وفقا للفرنسية، نقلا عن قنا.
CITING_BEFORE = _set("حسب بحسب وفق وفقا طبقا نقلا عن")
# Nouns of speech to a medium: في تصريح للفرنسية، في مقابلة مع الجزيرة.
SPEECH_NOUNS = _set(
    "تصريح تصريحات تصريحه تصريحها تصريحاته حديث حديثه حديثها مقابلة مقابلته مقابلتها لقاء حوار "
    "بيان رسالة"
)
COMPLEMENTISERS = _set("أن إن أنه أنها بأن بأنه بأنها")

# Forces named after a government (قوات حكومة الوفاق، القوات الموالية للرئيس): its armed forces.
GOVERNMENT_FORCES = frozenset(norm(p) for p in ("القوات الحكومية", "قوات النظام"))
GOV_FORCES_OPEN = tuple(sorted(GOVERNMENT_FORCES))
GOVERNMENT_ADJ = _set("الحكومية الحكومي الحكوميه حكومية")
# Offices whose holder in office commands the state's armed forces (قوات الأسد).
HEAD_ROLES = frozenset({"president", "king", "emir", "sultan", "prime_minister", "supreme_leader"})
LOYAL = _set(
    "الموالية الموالي الموالين الموالون موالية موالين موالون "
    "التابعة التابع التابعين تابعة تابع تابعين"
)

# Events named after a city: اتفاق فيينا، مؤتمر برلين، اجتماع الخرطوم (the city is no actor there).
EVENT_NOUNS = _set(
    "اتفاق اتفاقية مؤتمر اجتماع اجتماعات قمة محادثات مفاوضات إعلان مسار جولة منتدى عملية"
)

# First names too common to stand for one person on their own.
COMMON_FIRST = _set(
    "محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد إبراهيم يوسف عبد عبدالله سعيد سعد "
    "صالح ناصر فيصل سلمان فهد عبدالعزيز عبدالرحمن"
)

# Heads of armed collectives that an ethnic or sectarian adjective may follow (المقاتلين الأكراد).
FIGHTER_GROUPS = frozenset(
    {"fighters", "gunmen", "militants", "factions", "armed_groups", "militias", "rebels"}
)
# Collectives named after no state (أطراف النزاع): the state where the article places the conflict.
THEATRE_GROUPS = frozenset({"parties"})
# Sectors of the armed groups that a bare fighters' head (المتمردون، الميليشيات) may stand for.
ARMED_SECTORS = frozenset({"REB", "PRM"})
# Nouns of a body's members that المسلحين may qualify (عناصرها المسلحين: its armed members).
MEMBER_NOUNS = _set("عناصر أفراد رجال مقاتلي أنصار أتباع")
MEMBER_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "نا"})
ARMED_NEAR = 6  # sentences before a bare fighters' head within which its group must be named
# "The coalition" alone, by the state where the article places its events: the coalition that
# fights there (the knowledge base's fixed institution or organisation id).
COALITION_HEAD = _set("التحالف")
# "The resistance" alone, by the state where the article places its events: the group.
RESISTANCES = {"YEM": "popular_resistance_ye"}
# Words that make "the resistance" a camp or a creed (محور المقاومة، المقاومة والممانعة).
RESISTANCE_CAMPS = _set("محور فصائل حركات قوى ثقافة خيار نهج مشروع جبهة")
RESISTANCE_PAIRS = _set("الممانعة")
RELATIVES = _set("الذي التي الذين اللذين اللتين")
COALITIONS = {
    "YEM": "fixed:Saudi-led coalition",
    "IRQ": "org:coalition_isis",
    "SYR": "org:coalition_isis",
}
# Ethnic and sectarian communities after a fighters' head: English adjective, and the knowledge-base
# groups (org ids, or fixed institutions' English names) of that community that such fighters
# usually are, most specific first: المقاتلين الأكراد after وحدات حماية الشعب are those units.
ETHNIC_FORMS = {
    "Kurdish": "الأكراد الكرد الكردية الكردي الكرديين الكرديون أكراد كرد كردية كرديين كرديون",
    "Arab": "العرب عرب",
    "Shiite": "الشيعية الشيعة الشيعيين الشيعيون شيعية شيعيين",
    "Sunni": "السنية السنة السنيين السنيون سنية سنيين",
    "Turkmen": "التركمان التركمانية تركمان تركمانية",
    "Yazidi": "الإيزيديين الإيزيديون الإيزيدية الأيزيديين الأيزيدية",
    "Druze": "الدروز الدرزية دروز",
    "Baloch": "البلوش البلوشية",
    "Tuareg": "الطوارق",
    "Islamist": "الإسلاميين الإسلاميون إسلاميين إسلاميون",
    "tribal": "القبلية القبليين القبليون قبلية",
}
ETHNIC = {norm(w): en for en, forms in ETHNIC_FORMS.items() for w in forms.split()}
# (Shiite militias are too many to stand for the one named before.)
ETHNIC_GROUPS = {"Kurdish": ("ypg", "sdf", "pkk", "Peshmerga")}

# Directions between في and a state: في شمال سوريا.
DIRECTIONS = _set("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")

# A summit's final statement (البيان الختامي لقمة/للقمة): its body speaks (see _summit_statements).
STATEMENT = _set("البيان")
FINAL = _set("الختامي")
SUMMIT = _set("قمة القمة")
