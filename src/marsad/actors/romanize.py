"""English spellings of Arabic personal names, for people the knowledge base does not know.

Analysts who read no Arabic need ``الناطق العقيد أحمد المسماري`` as "Ahmed al-Mismari", the
way English-language news writes it. Two layers, both deterministic:

1. a hand-written table of name parts with their usual press spelling (``romanize.tsv``:
   محمد Mohammed, عبد العزيز Abdulaziz, بن bin ...), matched on up to three words;
2. a rule-based transliteration for the rest: a consonant map, long vowels (ا a, و ou/w,
   ي i/y), ة a, ى a, the article as ``al-``, and a short ``a`` guessed wherever Arabic
   syllables need a vowel the script does not write (word start, between two consonants that
   follow a consonant).

Short vowels cannot be read off unvowelled text, so the fallback is a readable guess
(مسماري → Masmari, not Mismari): list a part in the table when its spelling matters.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

from marsad.actors import kb
from marsad.text.normalize import norm

# Consonants: the spelling English news uses (emphatics and their plain twins merge).
_CONS = {
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ء": "", "پ": "p", "چ": "ch", "گ": "g", "ژ": "zh", "ڤ": "v", "ک": "k",
}  # fmt: skip
# Letters that are only a vowel (hamza seats read as their vowel, ta marbuta, alef maqsura).
_VOWEL = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ة": "a", "ى": "a", "ؤ": "u", "ئ": "e"}
_INITIAL = {"ا": "A", "أ": "A", "إ": "I", "آ": "A", "ٱ": "A"}
# Letters folded before anything else: Persian/Urdu forms of Arabic letters.
_FOLD = {"ی": "ي", "ې": "ي", "ۀ": "ة", "ە": "ة", "ھ": "ه", "ہ": "ه"}

_LINKS = {"بن": "bin", "ابن": "bin", "بنت": "bint"}


def _clean(text: str) -> str:
    """Presentation forms expanded, diacritics and tatweel dropped, Persian letters folded."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if unicodedata.category(ch) == "Mn" or ch in "\u0640\u200c\u200d\u200e\u200f\u061c":
            continue
        out.append(_FOLD.get(ch, ch))
    return "".join(out)


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff"


# Egypt, Sudan, Libya and the Maghreb: the press follows French-influenced local spellings
# there (Mohamed, Abdelaziz), listed in the table's third column.
NILE_MAGHREB = frozenset({"EGY", "SDN", "LBY", "TUN", "DZA", "MAR", "MRT"})
# States whose people bear Arabic (or Persian, Kurdish, Turkish-Arabic) names; a person of any
# other state has a foreign name in Arabic letters, where و between consonants is an o
# (جوناثان هوفمان Jonathan Hofman, not Houfman).
ARABIC_NAMED = NILE_MAGHREB | frozenset(
    {"SAU", "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "IRQ", "SYR", "LBN", "JOR", "PSE"}
    | {"IRN", "TUR", "AFG", "PAK", "SOM", "DJI", "COM"}
)


@functools.cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    return _read_tables()[:2]


@functools.cache
def foreign_given() -> frozenset[str]:
    """Keys of the table's foreign given names (جيف، كريستين): the name around is foreign."""
    return _read_tables()[2]


@functools.cache
def _read_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    text = resources.files("marsad.data.actors").joinpath("romanize.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    west: dict[str, str] = {}
    foreign: set[str] = set()
    in_foreign = False
    header = True
    for line in text.splitlines():
        if line.startswith("# ---"):
            in_foreign = "foreign" in line
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cells = [c.strip() for c in line.split("\t")]
        key = _key(cells[0])
        out.setdefault(key, cells[1])
        if in_foreign:
            foreign.add(key)
        if len(cells) > 2 and cells[2]:
            west.setdefault(key, cells[2])
        elif cells[1].startswith("Abdul "):
            west.setdefault(key, "Abdel " + cells[1][6:])  # Abdel Sattar in Cairo and Khartoum
    return out, {**out, **west}, frozenset(foreign)


def table(country: str | None = None) -> dict[str, str]:
    """Normalised Arabic name part (one to three words) → its English spelling in ``country``."""
    general, west = _tables()
    return west if country in NILE_MAGHREB else general


def _key(text: str) -> str:
    return " ".join(norm(text).split())


def _units(word: str, nisba: bool = False, foreign: bool = False) -> list[tuple[str, str]]:
    """The word as (kind, spelling) units: C a consonant (ع and ء spelled empty), V a vowel."""
    units: list[tuple[str, str]] = []
    n = len(word)
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in ("و", "ي"):
            # a glide at the start, after a written vowel or before one (داود، بيان); else long
            if i == 0 or (i + 1 < n and (prev in _VOWEL or nxt in ("ا", "و", "ي", "ى"))):
                units.append(("C", "w" if ch == "و" else "y"))
            else:
                units.append(("V", ("o" if foreign else "ou") if ch == "و" else "i"))
        elif ch == "ة" and units and units[-1] == ("V", "i"):
            units += [("C", "y"), ("V", "a")]  # ية: -iya
        elif i == 0 and ch in _INITIAL:
            units.append(("V", _INITIAL[ch]))
        elif ch == "ى" and nisba:
            units.append(("V", "i"))  # الشافعى: Egyptian spelling of a family name's -i
        elif ch in _VOWEL:
            units.append(("V", _VOWEL[ch]))
        elif ch == "ه" and i + 1 == n and i > 1 and prev not in "اوي":
            units.append(("V", "a"))  # حمزه، شيوبله: ta marbuta written as ha, or a foreign -e
        elif ch == "غ" and foreign:
            units.append(("C", "g"))  # غ writes a foreign g (لاغارد Lagarde, برغ -berg)
        elif ch in _CONS:
            units.append(("C", _CONS[ch]))
        elif ch.isascii() and ch.isalnum():
            units.append(("V", ch.lower()))
    return units


def _spell(units: list[tuple[str, str]]) -> str:
    """Join units, adding the short vowel Arabic leaves unwritten where a syllable needs one."""
    out: list[str] = []
    open_ = False  # the last sound was a vowel: a consonant may close its syllable
    for i, (kind, text) in enumerate(units):
        if kind == "V":
            out.append(text)
            open_ = True
            continue
        nxt = units[i + 1][0] if i + 1 < len(units) else ""
        if not text and open_ and nxt != "V" and out and out[-1].endswith("a"):
            out.append("a")  # ع or ء closing an a: lengthened (سعد Saad, علاء Alaa)
        else:
            out.append(text)
        if nxt == "C" and not open_:
            out.append("a")  # no cluster at the start or of three consonants
            open_ = True
        elif nxt == "C" and i + 2 == len(units) and i and units[i - 1] == ("V", "a"):
            out.append("e")  # the active participle's vowel (خالد Khaled, ناصر Naser)
            open_ = True
        else:
            open_ = False
    if [k for k, _ in units] == ["V", "C", "C"] and out[1]:
        out.insert(2, "a")  # أسد، أصم: no word ends in two consonants after a lone vowel
    word = "".join(out)
    while "aaa" in word:
        word = word.replace("aaa", "aa")
    return word


def transliterate(word: str, nisba: bool = False, foreign: bool = False) -> str:
    """One Arabic word by rule alone (no table), lower case; may be empty for bare hamza.

    ``nisba``: the word followed the article, so a final ى is the family name's -i.
    ``foreign``: a non-Arabic name written in Arabic letters (و between consonants is o).
    """
    return _spell(_units(_clean(word), nisba, foreign))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _word(word: str, t: dict[str, str], nisba: bool = False, foreign: bool = False) -> str:
    """One word: the table, else the article + the table's stem, else the rules."""
    key = _key(word)
    if key in t:
        return t[key]
    bare = _clean(word)
    if bare.startswith("ال") and len(bare) > 3:  # not إليزابيث: the article has a bare alef
        return "al-" + _word(bare[2:], t, nisba=True)
    spelled = transliterate(word, nisba, foreign)
    return _cap(spelled) if spelled else ""


def _split(name: str) -> list[str]:
    """Words of the name; a joined عبدالله/نصرالله split where the press writes two parts."""
    words: list[str] = []
    for raw in _clean(name).replace("-", " ").split():
        w = "".join(ch for ch in raw if _is_arabic(ch) or (ch.isascii() and ch.isalnum()))
        if not w:
            continue
        k = norm(w)
        if k.startswith("عبدال") and len(k) > 5:
            words += [w[:3], w[3:]]
        elif k.endswith("الله") and len(k) > 4 and k != "عبدالله":
            words += [w[:-4], w[-4:]]
        else:
            words.append(w)
    return words


def romanize(name: str, country: str | None = None) -> str:
    """An Arabic personal name as English news spells it: ``أحمد المسماري`` → ``Ahmed al-Mismari``.

    Latin letters and digits pass through; the result is printable ASCII, and not empty for a
    name with at least one Arabic letter or ASCII letter/digit. ``country`` (ISO3, the
    person's) picks regional spellings: Mohamed for an Egyptian, Mohammed elsewhere.
    """
    words = _split(name)
    t = table(country)
    foreign = (country in kb.countries() and country not in ARABIC_NAMED) or (
        country is None and bool(words) and _key(words[0]) in foreign_given()
    )
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if i == 0 and len(words) > 1 and norm(w).startswith("و") and _key(w) not in t:
            # وخالد: the conjunction, not part of the name
            w = w[1:] if _key(w[1:]) in t else w
        hit = None
        for size in (3, 2):
            if i + size <= len(words):
                k = _key(" ".join([w, *words[i + 1 : i + size]]))
                if k in t:
                    hit = (size, t[k])
                    break
        if hit is not None:
            out.append(hit[1])
            i += hit[0]
            continue
        k = _key(w)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if k == "عبد" and nxt is not None:
            rest = _word(nxt, t)
            out.append(("Abdel " + rest[3:]) if rest.startswith("al-") else f"Abd {rest}")
            i += 2
            continue
        if nxt is not None and _key(nxt) == "الله":
            base = _word(w, t)
            out.append(base + ("llah" if base.endswith("a") else "allah"))
            i += 2
            continue
        if k in _LINKS:
            out.append("Ibn" if i == 0 and k == "ابن" else _LINKS[k])
        else:
            out.append(_word(w, t, foreign=foreign))
        i += 1
    text = " ".join(x for x in out if x)
    text = "".join(ch for ch in text if " " <= ch <= "~")
    if not text.strip() and any(_is_arabic(ch) and ch.isalpha() for ch in name):
        return "A"  # only silent letters (a lone hamza or ain)
    return " ".join(text.split())
