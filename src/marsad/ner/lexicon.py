"""Name-list flags from marsad's own resources, for the CRF's gazetteer features.

The tagged corpus is small (125k words), so most names in the news are words it never saw. The
actor knowledge base (people, groups, IGOs, institutions, titles, countries and nationality
adjectives) and the geo gazetteer know thousands of them; the lists below add common given
names, person titles and organisation head words as context triggers. Each word gets flags:

``kPER`` a word of a known person's name, ``kFN`` a given name, ``kLOC`` a word of a place
name (``kLOC1`` a one-word place), ``kORG`` a word of a known organisation's name, ``kNAT`` a
nationality adjective, ``kTTL`` a person title, ``kORGH`` an organisation head noun.

Built at training time and stored in the model file (merged into its gazetteer), so a later
edit of the knowledge base cannot shift a shipped model's features.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from marsad.text.normalize import norm


def _words(text: str) -> list[str]:
    return text.split()


# Common Arabic given names (male and female), written for marsad.
GIVEN_NAMES = _words(
    """
محمد أحمد محمود مصطفى علي عمر عثمان أبو بكر حسن حسين خالد سعيد سعد سعود فهد فيصل عبد الله
عبدالله عبد الرحمن عبدالرحمن عبد العزيز عبدالعزيز عبد الملك عبد الكريم عبد الرحيم عبد
الفتاح إبراهيم إسماعيل إسحاق يوسف يعقوب موسى عيسى هارون داود سليمان يحيى زكريا يونس إلياس
آدم نوح جمال كمال نبيل وليد طارق زياد رامي سامي سمير منير بشير نذير جميل هشام عصام بسام
حسام وسام عماد إياد رياض فؤاد مراد جواد عادل فادي هادي ماجد مجدي حمدي رشيد مجيد حميد سليم
كريم رحيم ناصر منصور نصر جعفر حمزة عباس قاسم هاشم حازم عاصم باسم وائل نايف نواف مشعل بندر
تركي سلطان عبيد راشد حمد حمدان مبارك صالح صلاح فلاح نجاح أيمن أمين أنور أنيس أسامة أشرف
شريف لطيف رؤوف عزيز نزار نضال جهاد غسان عدنان مروان عمران حمود محمدي مهدي هاني ياسر ياسين
ناجي نجيب شكري رفيق توفيق حافظ زهير مازن معاذ معتز مؤيد منذر يزيد يزن قيس أنس بلال حاتم
طلال جلال هلال كمال عمرو زيد بكر شادي فارس سيف مالك نوري شاكر ذاكر فاروق رضا نعيم مختار
إدريس الطيب العربي الحبيب الهادي المنصف الصادق الأمين الباجي المنجي رشاد إسلام حسني عاطف
عرفات ميشال ميشيل جورج إلياس بطرس جبران نجيب أنطوان سمعان حنا يوحنا فاطمة عائشة خديجة مريم
زينب ليلى سلمى هدى نور نورا أمل منى سارة هند رنا رانيا دينا لينا سعاد نادية سميرة أمينة
حنان إيمان أسماء رقية حليمة جميلة نجلاء وفاء صفاء سناء هيفاء رشا ريم لمى ندى سهى عبير غادة
نوال سوزان حياة بشرى كوثر شيماء سامر سامح رائد ماهر باسل عامر ثامر نادر زاهر خليل
جبريل ميخائيل عوض عودة عيد سليمان مصعب حذيفة صهيب عبيدة أسعد أحمد نبيه وجدي رمزي فوزي
"""
)

# Left-context triggers of a person's name; titles.tsv adds the knowledge base's own.
PERSON_TITLES = _words(
    """
الرئيس رئيس الملك الأمير الأميرة الشيخ الشيخة السيد السيدة الدكتور الدكتورة د المهندس
الأستاذ الوزير وزير وزيرة الجنرال العقيد العميد اللواء الفريق المشير الرائد النقيب الملازم
الإمام المطران البابا الحاخام القاضي المستشار النائب النائبة السفير الزعيم القائد المتحدث
الناطق المبعوث المندوب السلطان الأمين المدير مدير الحاج المرشح رئيسة اللاعب المدرب الفنان
الكاتب الشاعر المطرب المخرج الممثل الروائي الصحافي الصحفي البروفيسور
"""
)

# Head nouns that open an organisation's name.
ORG_HEADS = _words(
    """
وزارة حزب حركة شركة نادي جامعة وكالة مجلس منظمة هيئة جمعية اتحاد رابطة مؤسسة معهد مركز
جبهة تنظيم جماعة لجنة محكمة بنك مصرف صندوق برلمان مجمع اللجنة المجلس الاتحاد الحزب الحركة
الجبهة المنظمة الوكالة الهيئة الجمعية الشركة الجامعة البنك المعهد المركز المحكمة مجموعة
المجموعة كتائب سرايا قوات جيش الجيش فيلق لواء تحالف التحالف ائتلاف الائتلاف نقابة النقابة
اكاديمية الأكاديمية صحيفة مجلة تلفزيون إذاعة قناة القناة الصحيفة فريق منتخب المنتخب
"""
)


# Words inside multi-word names that say nothing about the name.
_FUNCTION_WORDS = frozenset(
    norm(w)
    for w in ["على", "الى", "إلى", "عن", "بين", "تحت", "فوق", "عند", "لدى", "ذلك", "هذا", "هذه"]
)


def build_lexicon(stem: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """stem -> ``k``-prefixed flags from the knowledge bases and the lists above."""
    from marsad.actors import kb
    from marsad.geo.gazetteer import gazetteer

    flags: dict[str, set[str]] = {}

    def add(words: Iterable[str], flag: str) -> None:
        for w in words:
            s = stem(w)
            if len(s) >= 3 and s not in _FUNCTION_WORDS:
                flags.setdefault(s, set()).add(flag)

    def phrase(text: str) -> list[str]:
        return norm(text).replace("-", " ").split()

    for person in kb.people().values():
        for name in (*person.names, *person.short):
            words = phrase(name)
            add(words, "kPER")
            if len(words) > 1:
                add(words[:1], "kFN")
    add((w for n in GIVEN_NAMES for w in phrase(n)), "kFN")
    for org in kb.orgs().values():
        for name in org.names:
            add(phrase(name), "kORG")
    for inst in kb.institutions():
        add(phrase(inst.ar)[:1], "kORGH")
    add((w for n in ORG_HEADS for w in phrase(n)), "kORGH")
    for ar in kb.titles():
        add(phrase(ar)[:1], "kTTL")
    add((w for n in PERSON_TITLES for w in phrase(n)), "kTTL")
    for country in kb.countries().values():
        for name in (*country.names, *country.capitals):
            words = phrase(name)
            add(words, "kLOC1" if len(words) == 1 else "kLOC")
        for base in country.nisba:
            add(kb.nisba_forms(base), "kNAT")
        add((w for n in country.nisba_irregular for w in phrase(n)), "kNAT")
    gaz = gazetteer()
    for keys in gaz.first_words.values():
        for key in keys:
            add(key, "kLOC1" if len(key) == 1 else "kLOC")
    return {s: tuple(sorted(f)) for s, f in sorted(flags.items())}
