"""When an event happened: a date the sentence names, resolved against the publication date.

Handles relative days (أمس، أول أمس، اليوم، غدا), weekdays (الثلاثاء، يوم الثلاثاء الماضي،
الخميس المقبل), Gregorian dates with Egyptian/Gulf, Levantine and Maghrebi month names
("10 ديسمبر"، "10 كانون الأول 2019"، "العاشر من ديسمبر"، "10 جوان") with or without a year, and
Hijri dates ("15 جمادى الأولى 1441"). Hijri dates use the Umm al-Qura calendar through
``hijridate`` when it is installed, else the tabular Islamic calendar (within a day or two).
Everything works on normalised words (marsad.text.normalize.norm: ى→ي، ة→ه، أ→ا).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from marsad.model import Doc

WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
PAST = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت"})
NEXT = frozenset({"المقبل", "المقبله", "القادم", "القادمه"})
YESTERDAY = frozenset({"امس", "البارحه", "بالامس", "وامس"})
TODAY = frozenset({"اليوم", "الليله", "واليوم"})
TOMORROW = frozenset({"غدا", "وغدا"})

# Gregorian months: Egypt/Gulf transliterations, Maghreb (French) names, Levant (Syriac) names.
MONTHS_ONE: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12, "دجنبر": 12, "نونبر": 11, "شتنبر": 9, "غشت": 8, "يوليوز": 7,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
}
MONTHS_TWO: dict[tuple[str, str], int] = {
    ("كانون", "الثاني"): 1, ("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11,
    ("كانون", "الاول"): 12,
}
HIJRI_ONE: dict[str, int] = {
    "محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
}
HIJRI_TWO: dict[tuple[str, str], int] = {
    ("ربيع", "الاول"): 3, ("ربيع", "الثاني"): 4, ("ربيع", "الاخر"): 4,
    ("جمادي", "الاولي"): 5, ("جمادي", "الاول"): 5, ("جمادي", "الثانيه"): 6,
    ("جمادي", "الاخره"): 6, ("جمادي", "الثاني"): 6, ("جمادي", "الاخر"): 6,
    ("ذو", "القعده"): 11, ("ذي", "القعده"): 11, ("ذو", "الحجه"): 12, ("ذي", "الحجه"): 12,
}
MONTH_HEADS = frozenset(a for a, _ in (*MONTHS_TWO, *HIJRI_TWO))
_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع"]
ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNITS)} | {"العاشر": 10,
                                                                       "العشرين": 20,
                                                                       "الثلاثين": 30}
# a date right after these names a movement or an anniversary (قوى 14 آذار، ثورة 25 يناير)
NAMING = frozenset({"قوي", "حركه", "ثوره", "تحالف", "فريق", "معسكر", "حزب", "ذكري", "انتفاضه",
                    "شباب", "تيار", "جمعه", "مجموعه", "ائتلاف"})


def _weekday(word: str) -> int | None:
    for pre in ("", "و", "ب", "وب"):
        if word.startswith(pre + "ال") and word[len(pre) + 2 :] in WEEKDAYS:
            return WEEKDAYS[word[len(pre) + 2 :]]
    return None


def _int(word: str) -> int | None:
    word = word.rstrip("ه")  # 1441ه
    return int(word) if word.isdigit() and len(word) <= 4 else None


def _ordinal(words: Sequence[str], i: int) -> tuple[int, int] | None:
    """An ordinal day at ``i``: (day, words used). الحادي عشر، الثاني والعشرين، العاشر."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    unit = 1 if w == "الحادي" else ORDINALS.get(w)
    if unit is None:
        return None
    if unit < 10 and nxt == "عشر":
        return unit + 10, 2
    if unit < 10 and nxt in ("والعشرين", "والثلاثين"):
        return unit + (20 if nxt == "والعشرين" else 30), 2
    if w == "الحادي":
        return None
    return unit, 1


def _month(words: Sequence[str], i: int) -> tuple[int, bool, int] | None:
    """A month name at ``i``: (month, hijri, words used)."""
    if i >= len(words):
        return None
    w = words[i]
    w = w[1:] if w[:1] == "ب" and w[1:] in MONTHS_ONE and len(w) > 3 else w
    pair = (w, words[i + 1]) if i + 1 < len(words) else None
    if pair in MONTHS_TWO:
        return MONTHS_TWO[pair], False, 2
    if pair in HIJRI_TWO:
        return HIJRI_TWO[pair], True, 2
    if w in MONTHS_ONE:
        return MONTHS_ONE[w], False, 1
    if w in HIJRI_ONE:
        return HIJRI_ONE[w], True, 1
    return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """Umm al-Qura (via hijridate when installed) or tabular Islamic calendar."""
    try:
        from hijridate import Hijri
    except ImportError:  # pragma: no cover - depends on the environment
        return _tabular(year, month, day)
    try:
        g = Hijri(year, month, day).to_gregorian()
        return dt.date(g.year, g.month, g.day)
    except (ValueError, OverflowError):  # outside the Umm al-Qura table or day 30 that is not
        return _tabular(year, month, day)


EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH (16 July 622 Julian)


def _tabular(year: int, month: int, day: int) -> dt.date:
    days = (year - 1) * 354 + (3 + 11 * year) // 30 + (59 * (month - 1) + 1) // 2 + day - 1
    return dt.date.fromordinal(EPOCH + days)


def _gregorian_to_hijri_year(date: dt.date) -> int:
    return int((date.toordinal() - EPOCH) / 354.367) + 1


def _build(day: int, month: int, hijri: bool, year: int | None, pub: dt.date) -> dt.date | None:
    """The date; without a year, the one of that day and month nearest the publication date."""
    try:
        if year is not None:
            if hijri:
                return hijri_to_gregorian(year, month, day) if 1300 < year < 1600 else None
            return dt.date(year, month, day) if 1900 < year < 2200 else None
        if hijri:
            hy = _gregorian_to_hijri_year(pub)
            options = [hijri_to_gregorian(y, month, day) for y in (hy - 1, hy, hy + 1)]
        else:
            options = [dt.date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)]
    except ValueError:
        return None
    return min(options, key=lambda d: abs((d - pub).days))


def _explicit(words: Sequence[str], i: int, pub: dt.date) -> tuple[dt.date, str] | None:
    """A day-month(-year) date starting at ``i``."""
    if i > 0 and words[i - 1] in NAMING:
        return None
    day = _int(words[i])
    used = 1
    if day is None:
        found = _ordinal(words, i)
        if found is None:
            return None
        day, used = found
    if not 1 <= day <= 31:
        return None
    j = i + used
    if j < len(words) and words[j] == "من":
        j += 1  # العاشر من ديسمبر
    month = _month(words, j)
    if month is None:
        return None
    m, hijri, mlen = month
    j += mlen
    year = _int(words[j]) if j < len(words) else None
    if year is None and j + 1 < len(words) and words[j] in ("عام", "سنه", "لعام"):
        year = _int(words[j + 1])
    date = _build(day, m, hijri, year, pub)
    if date is None:
        return None
    return date, f"{'Hijri ' if hijri else ''}date {day}/{m}{'/' + str(year) if year else ''}"


def date_in_words(words: Sequence[str], pub: dt.date) -> tuple[dt.date, str] | None:
    """The first date named in normalised ``words``, resolved against ``pub``, with a reason;
    None when the words name no day."""
    for i, w in enumerate(words):
        if w in ("اول", "واول") and i + 1 < len(words) and words[i + 1] in YESTERDAY:
            return pub - dt.timedelta(days=2), "أول أمس: two days before publication"
        if w in YESTERDAY:
            return pub - dt.timedelta(days=1), "أمس: the day before publication"
        if w in TOMORROW:
            return pub + dt.timedelta(days=1), "غدا: the day after publication"
        target = _weekday(w)
        if target is not None:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in NEXT:
                return pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7), \
                    f"{w} {nxt}: the next such weekday"
            back = (pub.weekday() - target) % 7
            if nxt in PAST and back == 0:
                back = 7
            return pub - dt.timedelta(days=back), f"{w}: the last such weekday"
        if i > 0 and words[i - 1] in MONTH_HEADS:
            continue  # كانون الأول، ربيع الثاني: part of a month name, not a day
        if w[:1].isdigit() or w in ORDINALS or w == "الحادي":
            found = _explicit(words, i, pub)
            if found:
                return found
    for w in words:
        if w in TODAY:
            return pub, "اليوم: the publication date"
    return None


def sentence_date(doc: Doc, si: int) -> tuple[dt.date | None, str]:
    """The date of events in sentence ``si`` and why: a date the sentence names, resolved
    against the publication date, else the publication date itself (None when unknown)."""
    pub = doc.article.published
    if pub is None:
        return None, "no publication date"
    a, b = doc.sentence_tokens[si]
    words = [t.norm for t in doc.tokens[a:b] if t.kind != "punct"]
    found = date_in_words(words, pub)
    if found is None:
        return pub, "publication date (the sentence names no day)"
    return found
