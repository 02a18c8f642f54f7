"""Finding and resolving actor mentions in one document.

Pass 1 walks each sentence: at every word the longest knowledge-base phrase is found (the first
word may carry proclitics: ولروسيا، بواشنطن، للرئيس), then small rules combine neighbours:
title + nationality/country/body + name, institution + nationality adjective or country,
counterparts (نظيره التركي), capitals as metonymy, and nationality adjectives after other nouns.
Pass 2 settles what needs the whole article: bare institutions (الشرطة), first names and surnames
of people named in full earlier (بومبيو، ديمتري), and بلاده.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from marsad.actors import kb, name_check, refs, wikinames
from marsad.actors import words as W
from marsad.model import ActorRef, Doc, Mention
from marsad.text.tokens import Token, proclitic_readings

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


# What follows a dateline (بغداد - , القاهرة (رويترز) -).
_DATELINE_MARKS = frozenset({"-", "–", "—"})


@dataclass(slots=True)
class Seg:
    """The longest lexicon phrase starting at token ``i``: tokens [i, j)."""

    i: int
    j: int
    entries: list[kb.Entry]
    pro: str  # proclitics read off the first token
    cut: int  # normalised characters to drop at the start of the first token

    def of(self, *types: str) -> kb.Entry | None:
        for t in types:
            for e in self.entries:
                if e.type == t:
                    return e
        return None


@dataclass(slots=True)
class _Pending:
    """A bare institution (الشرطة) resolved once the whole article is read."""

    seg: Seg
    sentence: int
    inst: kb.Institution
    government: bool = False  # القوات الحكومية، قوات النظام: the forces of the government


@dataclass(slots=True)
class _Unplaced:
    """A nameless office with no state (قال مصدر عسكري): placed in the article's main state."""

    start: int
    end: int
    cut: int
    sentence: int
    title: kb.Title


@dataclass(slots=True)
class _Ethnic:
    """Fighters of a community (المقاتلين الأكراد): a group of it named in the article, else
    fighters of the state named after them or of the state the article places events in."""

    start: int
    end: int
    cut: int
    sentence: int
    inst: kb.Institution
    ethnic: str
    code: str | None  # the state named right after (المسلحين الأكراد في شمال سوريا)


@dataclass(slots=True)
class _Typed:
    """What a counterpart noun (نظيره) copies: the last title or state body named."""

    title: kb.Title | None = None
    inst: kb.Institution | None = None


@dataclass
class Finder:
    doc: Doc
    day: dt.date | None
    mentions: list[Mention] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)
    unplaced: list[_Unplaced] = field(default_factory=list)
    ethnic: list[_Ethnic] = field(default_factory=list)
    places: Counter[str] = field(default_factory=Counter)  # states named as places (في ليبيا)
    filed_from: str | None = None  # the state of the article's dateline (بغداد - )
    last_typed: _Typed = field(default_factory=_Typed)
    roles: dict[str, set[str]] = field(default_factory=dict)  # actor key -> roles seen
    lex: kb.Lexicon = field(default_factory=kb.lexicon)
    ner_tags: name_check.Cache = field(default_factory=dict)

    # ------------------------------------------------------------------ segmentation
    def segment(self, start: int, end: int) -> dict[int, Seg]:
        tokens = self.doc.tokens
        segs: dict[int, Seg] = {}
        for i in range(start, end):
            tok = tokens[i]
            if tok.kind != "word":
                continue
            best: Seg | None = None
            for pro, rest in proclitic_readings(tok.norm):
                phrase: tuple[str, ...] = (rest,)
                k = i
                quoted = False
                while phrase in self.lex.prefixes:
                    entries = self.lex.get(phrase)
                    if entries and (best is None or k + 1 - i > best.j - best.i):
                        cut = max(0, len(tok.norm) - len(rest))
                        j = k + 1
                        if quoted and j < end and tokens[j].norm in W.CLOSE_QUOTES:
                            j += 1  # وحدات "حماية الشعب": the quoted part closes the name
                        best = Seg(i, j, entries, pro, cut)
                    k += 1
                    if k + 1 < end and tokens[k].norm in W.QUOTES and tokens[k + 1].kind == "word":
                        k += 1  # a quote mark inside a name is skipped
                        quoted = True
                    if k >= end or tokens[k].kind != "word":
                        break
                    phrase = (*phrase, tokens[k].norm)
            if best is not None:
                segs[i] = best
        return segs

    # ------------------------------------------------------------------ helpers
    def _prev_word(self, i: int, lo: int) -> Token | None:
        return self.doc.tokens[i - 1] if i - 1 >= lo else None

    def add(self, i: int, j: int, cut: int, ref: ActorRef, rule: str, sent: int) -> Mention:
        tokens = self.doc.tokens
        assert self.doc.norm is not None
        a = tokens[i].nstart + cut
        b = tokens[j - 1].nend
        start, end = self.doc.norm.to_orig((a, b))
        m = Mention((start, end), self.doc.text[start:end], sent, (i, j), ref, rule)
        self.mentions.append(m)
        return m

    def _note_roles(self, ref: ActorRef, role: str) -> None:
        roles = self.roles.setdefault(ref.key, set())
        if role:
            roles.add(role)
        pid = ref.key.removeprefix("per:")
        person = kb.people().get(pid)
        if person is not None:
            roles.update(t.role for t in person.terms)

    def _recent_holder(self, role: str, code: str | None) -> ActorRef | None:
        """The last person named in this article who holds ``role`` (for ``code``)."""
        if not role:
            return None
        for m in reversed(self.mentions):
            ref = m.actor
            if ref.kind != "PER" or role not in self.roles.get(ref.key, ()):
                continue
            if code is None or ref.country == code:
                return ref
        return None

    def _weak_ok(self, seg: Seg, lo: int) -> bool:
        prev = self._prev_word(seg.i, lo)
        return bool(seg.pro) or (prev is not None and prev.norm in W.WEAK_SUPPORT)

    def _country_of(self, seg: Seg | None, construct: bool, lo: int) -> str | None:
        """The country a nationality adjective (or, after a construct noun, a name) gives."""
        if seg is None or seg.pro:
            return None
        e = seg.of("nisba")
        if e is not None:
            return e.ref
        if construct:
            e = seg.of("country", "capital")
            if e is not None and (not e.weak or self._weak_ok(seg, lo)):
                return e.ref
        return None

    # ------------------------------------------------------------------ pass 1
    def run_sentence(self, sent: int) -> None:
        lo, hi = self.doc.sentence_tokens[sent]
        segs = self.segment(lo, hi)
        t = lo
        while t < hi:
            seg = segs.get(t)
            tok = self.doc.tokens[t]
            if (seg is None or seg.of("title") is not None) and self._numbered(t, hi):
                t = self._unit(t, hi, segs, sent)
                continue
            if seg is None:
                if tok.kind == "word" and any(
                    r in W.COUNTERPARTS for _, r in proclitic_readings(tok.norm)
                ):
                    t = self._counterpart(t, hi, segs, sent)
                    continue
                t += 1
                continue
            t = self._dispatch(seg, segs, lo, hi, sent)

    def _numbered(self, t: int, hi: int) -> bool:
        """اللواء 45، الفرقة الرابعة: a unit noun and its number."""
        tokens = self.doc.tokens
        if t + 1 >= hi or tokens[t].kind != "word" or tokens[t].norm not in W.UNIT_NOUNS:
            return False
        nxt = tokens[t + 1]
        return nxt.kind == "num" or nxt.norm in W.ORDINALS

    def _unit(self, t: int, hi: int, segs: dict[int, Seg], sent: int) -> int:
        """A numbered unit of the body named right after it (اللواء 45 بالحشد الشعبي)."""
        tokens = self.doc.tokens
        k = t + 2
        if k < hi and tokens[k].norm in W.UNIT_LINKS:
            k += 1
        owner_seg = segs.get(k)
        if (
            owner_seg is None
            or "و" in owner_seg.pro
            or owner_seg.of("org", "fixed", "head") is None
        ):
            return t + 2  # a unit of nobody named: no actor, and no name after a rank
        lo = self.doc.sentence_tokens[sent][0]
        before, pending = len(self.mentions), len(self.pending)
        end = self._dispatch(owner_seg, segs, lo, hi, sent)
        if len(self.mentions) == before:
            del self.pending[pending:]  # a bare body is read again in the main loop
            return t + 2
        owner = self.mentions[-1].actor
        noun = W.UNIT_NOUNS[tokens[t].norm]
        number = (
            tokens[t + 1].norm if tokens[t + 1].kind == "num" else W.ORDINALS[tokens[t + 1].norm]
        )
        ref = ActorRef(
            f"{owner.entity_name} {noun} {number}",
            owner.country,
            owner.sector_code,
            "ORG",
            key=f"unit:{owner.key}:{noun}:{number}",
        )
        self.add(t, t + 2, 0, ref, "numbered-unit", sent)
        return max(end, t + 2)

    def _dispatch(self, seg: Seg, segs: dict[int, Seg], lo: int, hi: int, sent: int) -> int:
        e = seg.of("cited")
        if e is not None and self._cited(seg, lo):
            inst = kb.cited()[e.ref]
            assert inst.country is not None
            self.add(seg.i, seg.j, seg.cut, refs.body(inst, inst.country), "kb-cited-medium", sent)
            return seg.j
        e = seg.of("person")
        if e is not None:
            ref = refs.person(kb.people()[e.ref])
            self._note_roles(ref, "")
            self.add(seg.i, seg.j, seg.cut, ref, "kb-name", sent)
            return seg.j
        e = seg.of("org")
        if e is not None:
            self.add(seg.i, seg.j, seg.cut, refs.org(kb.orgs()[e.ref]), "kb-org", sent)
            return seg.j
        e = seg.of("fixed")
        if e is not None:
            inst = kb.fixed()[e.ref]
            assert inst.country is not None
            j = self._own_adjective(seg.j, segs, inst.country) if inst.sector == "JRN" else seg.j
            self.add(seg.i, j, seg.cut, refs.body(inst, inst.country), "kb-institution", sent)
            return j
        e = seg.of("title")
        if e is not None:
            end = self._title(seg, e, segs, lo, hi, sent)
            if end > seg.i:
                return end
        e = seg.of("head")
        if e is not None:
            end = self._head(seg, e, segs, lo, sent)
            if end > seg.i:
                return end
        e = seg.of("short")
        if e is not None and kb.plausible(kb.people()[e.ref], self.day):
            ref = refs.person(kb.people()[e.ref])
            self._note_roles(ref, "")
            self.add(seg.i, seg.j, seg.cut, ref, "kb-short-name", sent)
            return seg.j
        return self._state(seg, lo, sent)

    def _state(self, seg: Seg, lo: int, sent: int) -> int:
        country = seg.of("country")
        capital = seg.of("capital")
        nisba = seg.of("nisba")
        prev = self._prev_word(seg.i, lo)
        if country is not None and nisba is not None:
            # السعودية: an adjective after a definite noun or another adjective, else the state
            word = self.doc.tokens[seg.i].norm[seg.cut :]
            after_noun = (
                prev is not None
                and prev.kind == "word"
                and not seg.pro
                # a definite noun (المخاوف السعودية), or a plural one before an indefinite
                # adjective (طائرات سورية); a verb (أعلنت السعودية) leaves the state's name
                and (
                    prev.norm.startswith(kb.ARTICLE)
                    or (not word.startswith(kb.ARTICLE) and prev.norm.endswith("ات"))
                )
            )
            if after_noun:
                country = None
            else:
                nisba = None
        located = country or capital
        if located is not None and self._dateline(seg):
            self.places[located.ref] += 1
            self.filed_from = located.ref
            return seg.j
        if country is not None:
            if country.weak and not self._weak_ok(seg, lo):
                return seg.j
            if not self._locative(seg, lo):  # في ليبيا: a place (the geo stage's), not an actor
                self.add(seg.i, seg.j, seg.cut, refs.state(country.ref), "country", sent)
            else:
                self.places[country.ref] += 1
            return seg.j
        if capital is not None:
            if not self._locative(seg, lo):
                ref = refs.state(capital.ref)
                self.add(seg.i, seg.j, seg.cut, ref, "capital-metonymy", sent)
            else:
                self.places[capital.ref] += 1
            return seg.j
        if nisba is not None and nisba.ref in kb.countries():
            self.add(seg.i, seg.j, seg.cut, refs.state(nisba.ref), "nationality-adj", sent)
        return seg.j

    @staticmethod
    def _medium(seg: Seg) -> bool:
        e = seg.of("fixed")
        if e is not None:
            return kb.fixed()[e.ref].sector == "JRN"
        o = seg.of("org")
        return o is not None and kb.orgs()[o.ref].sector == "JRN"

    def _own_adjective(self, j: int, segs: dict[int, Seg], code: str) -> int:
        """The end of a name followed by its own state's adjective (وكالة إرنا الإيرانية)."""
        nxt = segs.get(j)
        nisba = nxt.of("nisba") if nxt is not None and not nxt.pro else None
        return nxt.j if nxt is not None and nisba is not None and nisba.ref == code else j

    def _cited(self, seg: Seg, lo: int) -> bool:
        """Whether reported speech cites a medium named by a common word at ``seg``.

        ذكرت الجزيرة، بحسب الفرنسية، نقلا عن قنا; قال للفرنسية، في تصريح لـ"العربية" (the
        addressee before the reported words); (قنا) after the agency's full name.
        """
        tokens = self.doc.tokens
        pro = seg.pro
        k = seg.i - 1
        opened = False
        while k >= lo and (tokens[k].norm in W.QUOTES or tokens[k].norm == "("):
            opened = opened or tokens[k].norm == "("
            k -= 1
        if k >= lo and tokens[k].norm in ("ل", "لل"):  # لـ "الفرنسية"
            pro, k = pro + "ل", k - 1
        if k < lo:
            return False
        if opened and any(
            m.span[1] <= tokens[k].end and m.tokens[1] == k + 1 and m.actor.sector_code == "JRN"
            for m in self.mentions[-2:]
        ):
            return True  # وكالة الأنباء القطرية (قنا)
        prev = {r for _, r in proclitic_readings(tokens[k].norm)}
        if "ل" in pro:
            if prev & W.CITING_BEFORE:
                return True  # وفقا للجزيرة
            for x in range(k, max(lo, k - 8) - 1, -1):
                tok = tokens[x]
                if tok.kind == "punct" and tok.norm not in W.QUOTES:
                    return False
                readings = {r for _, r in proclitic_readings(tok.norm)}
                if readings & W.COMPLEMENTISERS:
                    return False  # قال إن القوات وصلت للجزيرة: a place in the reported words
                if readings & (W.SAY | W.CITING_VERBS | W.SPEECH_NOUNS):
                    return True
            return False
        if pro not in ("", "و"):
            return False
        if prev & (W.CITING_VERBS | W.CITING_BEFORE):
            return True
        if k - 1 >= lo and ({r for _, r in proclitic_readings(tokens[k - 1].norm)}):
            before = {r for _, r in proclitic_readings(tokens[k - 1].norm)}
            if "عن" in prev and "نقلا" in before:
                return True  # نقلا عن قنا
            if "مع" in prev and before & W.SPEECH_NOUNS:
                return True  # في مقابلة مع الجزيرة
        return False

    def _dateline(self, seg: Seg) -> bool:
        """The city or country that opens the article before a dash (بغداد - , القاهرة (رويترز) -):
        where the story was filed, a place, not the state acting."""
        tokens = self.doc.tokens
        if seg.pro or any(t.is_word for t in tokens[: seg.i]):
            return False
        k = seg.j
        if k < len(tokens) and tokens[k].norm == "(":
            ahead = range(k, min(k + 8, len(tokens)))
            close = next((x for x in ahead if tokens[x].norm == ")"), None)
            if close is None:
                return False
            k = close + 1
        return k < len(tokens) and tokens[k].norm in _DATELINE_MARKS

    def _locative(self, seg: Seg, lo: int) -> bool:
        if "ب" in seg.pro:
            return True
        tokens = self.doc.tokens
        for back in (1, 2):
            k = seg.i - back
            if k < lo:
                break
            w = tokens[k].norm
            readings = [r for _, r in proclitic_readings(w)]
            if back == 1 and "من" in readings and self._agent_before(k, lo):
                return False  # المدعومة من إيران: the state acts
            if back == 1 and any(r in W.LOCATIVES or r in W.EVENT_NOUNS for r in readings):
                return True
            if any(r in W.CITY_NOUNS for r in readings):
                return True
        return False

    def _agent_before(self, k: int, lo: int) -> bool:
        """Whether the word before من at ``k`` names a backing or a demand (بدعم من، ضغوط من)."""
        if k - 1 < lo or self.doc.tokens[k - 1].kind != "word":
            return False
        readings = proclitic_readings(self.doc.tokens[k - 1].norm)
        return any(r in W.AGENT_BEFORE_MIN for _, r in readings)

    # ------------------------------------------------------------------ institutions
    def _head(
        self, seg: Seg, e: kb.Entry, segs: dict[int, Seg], lo: int, sent: int, bare: bool = True
    ) -> int:
        inst = kb.heads()[e.ref]
        nxt = segs.get(seg.j)
        led = nxt.of("person", "short") if nxt is not None and e.construct and not nxt.pro else None
        if led is not None and nxt is not None and inst.group == "state":
            ref = refs.administration(kb.people()[led.ref])
            self.add(seg.i, nxt.j, seg.cut, ref, "institution-person", sent)
            return nxt.j
        if inst.group == "armed_forces":
            end = self._loyal_forces(seg, inst, segs, lo, sent)
            if end > seg.i:
                return end
        if inst.group == "armed_forces" and e.construct:
            commander = self._person_at(seg.j, sent, segs)
            if commander is not None:
                # قوات (اللواء المتقاعد) خليفة حفتر: the forces a person commands
                self.add(
                    seg.i,
                    seg.j,
                    seg.cut,
                    self._forces_of(commander, inst),
                    "forces-of-person",
                    sent,
                )
                return seg.j
            if nxt is not None and not nxt.pro:
                end = self._government_forces(seg, nxt, inst, segs, lo, sent)
                if end > seg.i:
                    return end
        code = self._country_of(nxt, e.construct, lo)
        if inst.group in W.THEATRE_GROUPS:
            if nxt is None or nxt.of("nisba") is None:
                code = None  # أطراف طرابلس: the outskirts of a place, not its parties
            placed = self._place_after(seg.j, sent, segs)
            if code is None and placed is not None:
                # أطراف النزاع في ليبيا: the parties of that state; the place stays a place
                self.add(seg.i, seg.j, seg.cut, refs.body(inst, placed), "institution-place", sent)
                return seg.j
        if inst.group in W.FIGHTER_GROUPS and code is None:
            end = self._ethnic_fighters(seg, inst, segs, sent)
            if end > seg.i:
                return end
        if code is not None and nxt is not None and code in kb.countries():
            self.last_typed = _Typed(inst=inst)
            self.add(
                seg.i,
                nxt.j,
                seg.cut,
                refs.body(inst, code),
                "institution-country" if nxt.of("nisba") is None else "institution-adj",
                sent,
            )
            return nxt.j
        if bare and e.exact and (inst.bare or (inst.count and self._after_count(seg.i, lo))):
            government = inst.group == "armed_forces" and e.ref in W.GOVERNMENT_FORCES
            self.pending.append(_Pending(seg, sent, inst, government))
            return seg.j
        return seg.i  # not an actor by itself: let other readings try

    def _place_after(self, k: int, sent: int, segs: dict[int, Seg]) -> str | None:
        """The state named as a place at ``k``: في ليبيا، في شمال سوريا."""
        tokens = self.doc.tokens
        hi = self.doc.sentence_tokens[sent][1]
        if k >= hi or tokens[k].norm != "في":
            return None
        k += 1
        if k < hi and tokens[k].norm in W.DIRECTIONS:
            k += 1
        s = segs.get(k)
        e = s.of("country") if s is not None and not s.pro else None
        return e.ref if e is not None and not e.weak else None

    def _ethnic_fighters(
        self, seg: Seg, inst: kb.Institution, segs: dict[int, Seg], sent: int
    ) -> int:
        """المقاتلين الأكراد، الميليشيات الشيعية: fighters of a community, resolved in pass 2."""
        tokens = self.doc.tokens
        hi = self.doc.sentence_tokens[sent][1]
        k = seg.j
        if k >= hi or tokens[k].kind != "word" or tokens[k].norm not in W.ETHNIC:
            return seg.i
        ethnic = W.ETHNIC[tokens[k].norm]
        end = k + 1
        nxt = segs.get(end)
        nisba = nxt.of("nisba") if nxt is not None and not nxt.pro else None
        if nxt is not None and nisba is not None and nisba.ref in kb.countries():
            code: str | None = nisba.ref  # المقاتلون الأكراد السوريون
            end = nxt.j
        else:
            code = self._place_after(end, sent, segs)
        self.ethnic.append(_Ethnic(seg.i, end, seg.cut, sent, inst, ethnic, code))
        return end

    def _forces_of(self, person: kb.Person, inst: kb.Institution) -> ActorRef:
        """Forces a person commands: a sitting head of state's are the state's armed forces."""
        day = self.day
        if day is not None and any(t.role in W.HEAD_ROLES and t.covers(day) for t in person.terms):
            return refs.body(inst, person.country)  # قوات الأسد: the Syrian army (not Saleh's)
        sector = person.sector if person.sector in ("REB", "PRM") else "MIL"
        return ActorRef(
            f"{person.en} forces", person.country, sector, "ORG", key=f"forces:{person.id}"
        )

    def _government_forces(
        self, seg: Seg, nxt: Seg, inst: kb.Institution, segs: dict[int, Seg], lo: int, sent: int
    ) -> int:
        """قوات حكومة الوفاق، قوات الحكومة الليبية، قوات الحكومة: the armed forces of a government.

        A rival or regional authority's forces are its own actor (GNA forces); a state's
        government's are the state's armed forces; a bare government waits for the article.
        """
        f = nxt.of("fixed")
        if f is not None:
            gov = kb.fixed()[f.ref]
            if gov.sector != "GOV" or gov.country is None:
                return seg.i
            end = self._own_adjective(nxt.j, segs, gov.country)
            self.add(seg.i, end, seg.cut, refs.forces(gov, inst), "forces-of-government", sent)
            return end
        h = nxt.of("head")
        if h is None or kb.heads()[h.ref].group != "state":
            return seg.i
        after = segs.get(nxt.j)
        code = self._country_of(after, h.construct, lo)
        if code is not None and after is not None and code in kb.countries():
            self.add(seg.i, after.j, seg.cut, refs.body(inst, code), "forces-of-government", sent)
            return after.j
        if h.exact:
            whole = Seg(seg.i, nxt.j, seg.entries, seg.pro, seg.cut)
            self.pending.append(_Pending(whole, sent, inst, government=True))
            return nxt.j
        return seg.i

    def _loyal_forces(
        self, seg: Seg, inst: kb.Institution, segs: dict[int, Seg], lo: int, sent: int
    ) -> int:
        """القوات الموالية للرئيس هادي، قوات تابعة لحكومة الوفاق: forces of whom they serve."""
        tokens = self.doc.tokens
        hi = self.doc.sentence_tokens[sent][1]
        k = seg.j
        if k < hi and tokens[k].norm in W.GOVERNMENT_ADJ:
            k += 1  # القوات الحكومية الموالية لـ
        if k + 1 >= hi or tokens[k].norm not in W.LOYAL:
            return seg.i
        k += 1
        owner = segs.get(k)
        if owner is not None and owner.pro == "" and tokens[k].norm in ("ل", "لل"):
            owner = segs.get(k + 1)
        elif owner is None or "ل" not in owner.pro:
            return seg.i
        if owner is None:
            return seg.i
        title = owner.of("title")
        person_seg = segs.get(owner.j) if title is not None else owner
        if title is not None and person_seg is not None and person_seg.of("nisba") is not None:
            person_seg = segs.get(person_seg.j)  # للرئيس اليمني عبد ربه منصور هادي
        p = person_seg.of("person", "short") if person_seg is not None else None
        if p is not None and person_seg is not None:
            # the person stays an actor of their own: the mention ends before the name
            ref = self._forces_of(kb.people()[p.ref], inst)
            self.add(seg.i, owner.i, seg.cut, ref, "forces-loyal", sent)
            return owner.i
        bare = Seg(owner.i, owner.j, owner.entries, "", owner.cut)
        return (
            self._government_forces(
                Seg(seg.i, seg.j, seg.entries, seg.pro, seg.cut), bare, inst, segs, lo, sent
            )
            if owner.of("fixed", "head") is not None
            else seg.i
        )

    def _person_at(self, k: int, sent: int, segs: dict[int, Seg]) -> kb.Person | None:
        """A known person at token ``k``, after at most two ranks or title adjectives."""
        hi = self.doc.sentence_tokens[sent][1]
        for _ in range(3):
            if k >= hi:
                return None
            s = segs.get(k)
            e = s.of("person", "short") if s is not None and not s.pro else None
            if e is not None and s is not None:
                return kb.people()[e.ref]
            if s is not None and s.of("title") is not None and not s.pro:
                k = s.j
            elif self.doc.tokens[k].norm in W.TITLE_ADJECTIVES:
                k += 1
            else:
                return None
        return None

    def _after_count(self, i: int, lo: int) -> bool:
        """Whether a number comes just before token ``i`` (صوت 111 نائبا، ثلاثة نواب)."""
        prev = self._prev_word(i, lo)
        return prev is not None and (prev.kind == "num" or prev.norm in W.NUMBER_WORDS)

    def _counterpart(self, t: int, hi: int, segs: dict[int, Seg], sent: int) -> int:
        """نظيره التركي (رجب طيب أردوغان): the office of the last title or body, another state."""
        lo = self.doc.sentence_tokens[sent][0]
        nxt = segs.get(t + 1)
        code = self._country_of(nxt, False, lo)
        typed = self.last_typed
        if nxt is None or code is None:
            return t + 1
        if typed.title is not None:
            return self._person_after(
                t, nxt.j, hi, segs, typed.title, code, None, sent, "counterpart"
            )
        if typed.inst is not None and code in kb.countries():
            self.add(t, nxt.j, 0, refs.body(typed.inst, code), "counterpart", sent)
            return nxt.j
        return t + 1

    # ------------------------------------------------------------------ titles
    def _title(
        self, seg: Seg, e: kb.Entry, segs: dict[int, Seg], lo: int, hi: int, sent: int
    ) -> int:
        title = kb.titles()[e.ref]
        k = seg.j
        code: str | None = None
        owner: ActorRef | None = None
        nxt = segs.get(k)
        if nxt is None and k + 1 < hi and self.doc.tokens[k].norm == "في":
            after = segs.get(k + 1)  # القيادي في حركة حماس
            if after is not None and after.of("org", "fixed") is not None:
                nxt = after
        c = self._country_of(nxt, e.construct, lo)
        if c is not None and nxt is not None:
            code, k = c, nxt.j
        elif (
            nxt is not None
            and nxt.of("org", "fixed") is not None
            and (
                # قال المصدر لوكالة الأنباء، قال المتحدث لرويترز: told, not "of"
                "ل" not in nxt.pro or (title.role and not self._medium(nxt))
            )
        ):
            # المتحدث باسم الكرملين، الأمين العام لحلف الناتو: the body is an actor of its own
            self._dispatch(nxt, segs, lo, hi, sent)
            owner = self.mentions[-1].actor
            code, k = owner.country, nxt.j
        elif nxt is not None and nxt.of("head") is not None:
            before = len(self.mentions)
            end = self._head(nxt, nxt.of("head") or e, segs, lo, sent, bare=False)
            if len(self.mentions) > before:
                owner = self.mentions[-1].actor
                code, k = owner.country, end
            elif not e.construct or e.exact:
                k = nxt.j  # قائد الجيش: the body of an unknown state
            else:
                return seg.i
        elif e.construct and not e.exact:
            return seg.i  # رئيس without a country after it is not a title here
        if kb.norm_text(title.ar).split()[0] not in W.NAMELESS_TITLES:
            self.last_typed = _Typed(title=title)  # a source has no counterpart (نظيره)
        return self._person_after(seg.i, k, hi, segs, title, code, owner, sent, "title", seg.cut)

    def _person_after(
        self,
        start: int,
        k: int,
        hi: int,
        segs: dict[int, Seg],
        title: kb.Title,
        code: str | None,
        owner: ActorRef | None,
        sent: int,
        rule: str,
        cut: int = 0,
    ) -> int:
        tokens = self.doc.tokens
        sector = refs.title_sector(title, code, owner)
        # adjectives, a rank title, a comma or an opening quote may come before the name
        n = k
        for _ in range(4):
            if n >= hi:
                break
            tok = tokens[n]
            s = segs.get(n)
            if tok.norm == "(" and n + 1 < hi:
                close = next(
                    (x for x in range(n + 1, min(n + 5, hi)) if tokens[x].norm == ")"), None
                )
                if close is None:
                    break
                n = close + 1  # an aside: الحركة (حماس) إسماعيل هنية
            elif (
                tok.norm in W.TITLE_ADJECTIVES
                or tok.norm in ("،", ",")
                or (tok.norm in W.OPEN_QUOTES)
            ):
                n += 1
            elif (
                s is not None
                and s.of("title") is not None
                and s.of("person") is None
                and (kb.titles()[(s.of("title") or kb.Entry("", "")).ref].sector == "MIL")
            ):
                n = s.j
            elif tok.norm in ("في", "لدي") and self._posted_then_named(n, hi, segs):
                # السفير الإماراتي في واشنطن يوسف العتيبة: the posting, then the name
                post = segs[n + 1]
                if post.of("org", "fixed") is not None:
                    self._dispatch(post, segs, self.doc.sentence_tokens[sent][0], hi, sent)
                n = post.j
            else:
                break
        if title.role == "" and kb.norm_text(title.ar).split()[0] in W.NAMELESS_TITLES:
            n = k + 10**6  # sources and officials are never followed by their names
        named = segs.get(n)
        e = named.of("person", "short") if named is not None else None
        if named is not None and e is not None:
            ref = refs.person(kb.people()[e.ref])
            self._note_roles(ref, title.role)
            self.add(named.i, named.j, named.cut, ref, f"{rule}-name", sent)
            return self._skip_close(named.j, hi)
        if title.sector == "ORG" and owner is None and n < hi:
            # المتحدث باسم قيادة المقاومة علي الأحمدي: skip an owner the lexicon does not know
            for x in range(n, min(n + 5, hi)):
                if tokens[x].kind != "word" or segs.get(x) is not None:
                    break
                if x > n and tokens[x].norm in W.FIRST_NAMES:
                    n = x
                    break
        span = self._unknown_name(n, hi, segs) if n < hi else None
        if span is not None:
            a, b = span
            assert self.doc.norm is not None
            name_norm = " ".join(tokens[x].norm for x in range(a, b))
            orig = self.doc.text[tokens[a].start : tokens[b - 1].end]
            ref = refs.unknown_person(orig, name_norm, code, sector, wikinames.sure(name_norm))
            self._note_roles(ref, title.role)
            self.add(a, b, 0, ref, f"{rule}-unknown-name", sent)
            return self._skip_close(b, hi)
        before = self._name_before(start, sent) if code or owner else None
        if before is not None:
            a, b = before
            name_norm = " ".join(tokens[x].norm for x in range(a, b))
            orig = self.doc.text[tokens[a].start : tokens[b - 1].end]
            ref = refs.unknown_person(orig, name_norm, code, sector, wikinames.sure(name_norm))
            self._note_roles(ref, title.role)
            self.add(a, b, 0, ref, f"{rule}-apposition", sent)
            return k
        # no name: the office holder at the article's date, someone named earlier, or generic
        if code is None and owner is None:
            held = self._recent_holder(title.role, None)
            if held is not None and k > start + 0:
                self.add(start, k, cut, held, f"{rule}-coref", sent)
            elif k > start and kb.norm_text(title.ar) in W.UNPLACED_TITLES:
                self.unplaced.append(_Unplaced(start, k, cut, sent, title))
            return k if k > start else start + 1
        if owner is not None and owner.kind != "GPE" and owner.country in kb.countries():
            # رئيس إقليم كردستان: an office of a body within the state, not the state's own
            self.add(start, k, cut, refs.generic(title, code, owner), f"{rule}-generic", sent)
            return k
        held = self._recent_holder(title.role, code)
        if held is not None:
            self.add(start, k, cut, held, f"{rule}-coref", sent)
            return k
        if self.day is not None and title.role and code is not None:
            org = owner.key.removeprefix("org:") if owner and owner.key.startswith("org:") else ""
            person = kb.holder(title.role, code, self.day, org)
            if person is not None:
                ref = refs.person(person)
                self._note_roles(ref, title.role)
                self.add(start, k, cut, ref, f"{rule}-date", sent)
                return k
        self.add(start, k, cut, refs.generic(title, code, owner), f"{rule}-generic", sent)
        return k

    def _name_before(self, start: int, sent: int) -> tuple[int, int] | None:
        """An unknown name just before a title (وقال جوناثان هوفمان المتحدث باسم ...)."""
        tokens = self.doc.tokens
        lo = self.doc.sentence_tokens[sent][0]
        if start > lo and tokens[start - 1].norm in W.AIDES:
            return None  # كمال الدباغ مستشار الرئيس: the president's aide, not the president
        taken = {x for m in self.mentions if m.sentence == sent for x in range(*m.tokens)}
        words: list[int] = []
        k = start - 1
        while k >= lo and len(words) < 3:
            tok = tokens[k]
            w = tok.norm
            if tok.kind != "word" or k in taken or self._stop(w):
                break
            words.insert(0, k)
            k -= 1
        prev = tokens[k].norm if k >= lo else ""
        boundary = k < lo or tokens[k].kind != "word" or prev in W.SAY or prev[1:] in W.SAY
        if not boundary or len(words) < 2:
            return None
        if any(tokens[x].norm.startswith(("و", "ف")) for x in words):
            return None
        first = tokens[words[0]].norm
        if first.startswith(("ال", "بال", "لل", "وال")) or first.endswith("ات"):
            return None
        if any("\u064b" in self.doc.text[tokens[x].start : tokens[x].end] for x in words):
            return None
        if first not in W.FIRST_NAMES:
            return None
        return words[0], words[-1] + 1

    @staticmethod
    def _stop(w: str) -> bool:
        return w in W.NAME_STOP or (w[:1] in "وف" and w[1:] in W.NAME_STOP)

    def _posted_then_named(self, n: int, hi: int, segs: dict[int, Seg]) -> bool:
        """في/لدى + a place or body, followed by a person's name."""
        post = segs.get(n + 1)
        if post is None or post.of("capital", "country", "org", "fixed") is None:
            return False
        if post.j >= hi:
            return False
        after = segs.get(post.j)
        if after is not None:
            return after.of("person", "short") is not None
        return self.doc.tokens[post.j].norm in W.FIRST_NAMES

    def _skip_close(self, k: int, hi: int) -> int:
        if k < hi and self.doc.tokens[k].norm in W.CLOSE_QUOTES:
            return k + 1
        return k

    def _name_shape(self, words: list[int], k: int, hi: int) -> bool:
        """A known first name opens a name; otherwise only two words before a clear boundary."""
        tokens = self.doc.tokens
        first = tokens[words[0]].norm
        if first in W.FIRST_NAMES or (len(words) > 1 and first in W.NAME_LINKS):
            return True
        if len(words) != 2:
            return False
        if k >= hi:
            return True
        nxt = tokens[k]
        if nxt.norm in W.FIRST_NAMES:
            return False  # the name starts here: what came before was not a name (علي = على)
        return nxt.kind != "word" or self._stop(nxt.norm) or nxt.norm in W.SAY

    def _links(self, words: list[int]) -> int:
        return sum(1 for x in words if self.doc.tokens[x].norm in W.NAME_LINKS)

    def _unknown_name(self, n: int, hi: int, segs: dict[int, Seg]) -> tuple[int, int] | None:
        """Token range of a person name that the knowledge base does not know."""
        tokens = self.doc.tokens
        quoted = n < hi and tokens[n].norm in W.OPEN_QUOTES
        if quoted:
            n += 1
        words: list[int] = []
        k = n
        while k < hi and len(words) < (5 if quoted else 3) + self._links(words):
            tok = tokens[k]
            w = tok.norm
            if tok.kind != "word" or w in W.NAME_STOP or w in W.COUNTERPARTS:
                break
            s = segs.get(k)
            if s is not None:
                break
            if (
                not words
                and not quoted
                and w not in W.FIRST_NAMES
                and (
                    w.startswith(("ال", "بال", "لل", "كال", "وال", "فال"))
                    or (w.startswith("و") and w[1:] in W.NAME_STOP)
                    or w.endswith("ات")  # a plural noun (استشارات), not a first name
                )
            ):
                break
            if w.startswith("ي") and w not in W.YA_NAMES and not quoted:
                break
            if "\u064b" in self.doc.text[tok.start : tok.end]:
                break  # tanween marks an adverb or adjective (ممثلًا), never a name
            if words and w[0] in "لب" and not quoted and w[1:3] != "ال" and len(words) >= 2:
                break  # لمتابعة، بحضور: a preposition after a full name
            words.append(k)
            k += 1
            prev_link = len(words) >= 2 and tokens[words[-2]].norm in W.NAME_LINKS
            if w.startswith(kb.ARTICLE) and len(words) >= 2 and not prev_link and not quoted:
                break
        if not words:
            return None
        if not quoted and not self._name_shape(words, k, hi):
            return None
        if quoted:
            if k < hi and tokens[k].norm in W.CLOSE_QUOTES:
                return words[0], words[-1] + 1
            return None
        while words and tokens[words[-1]].norm in W.NAME_LINKS:
            words.pop()
        if len(words) < 2:
            return None
        return self._checked_name(words[0], words[-1] + 1)

    def _checked_name(self, a: int, b: int) -> tuple[int, int] | None:
        """[a, b) as far as the NER tagger reads a person's name (see ``name_check``). A name
        the tagger does not start at all stands only if it opens with a known given name."""
        run = name_check.person_run(self.doc, a, b, self.ner_tags)
        if run is not None:
            # one word only: the tagger ends the name there, and one word is too little
            return run if run[1] - run[0] >= 2 else None
        return (a, b) if self.doc.tokens[a].norm in W.FIRST_NAMES else None

    # ------------------------------------------------------------------ pass 2
    def finish(self) -> None:
        self._place_known()
        self._place_unknown()
        self._place_nameless()
        self._resolve_bare()
        self._resolve_ethnic()
        self._summit_statements()
        self._name_coref()
        self.mentions.sort(key=lambda m: (m.span[0], -m.span[1]))

    def _place_known(self) -> None:
        """A two-part name that Wikidata gives to people of one state, in an article that names
        that state, is that person (فؤاد شهاب in an article on Lebanon: Fouad Chehab)."""
        named = {c for c, _ in self._country_counts()} | set(self.places)
        for m in self.mentions:
            ref = m.actor
            if not ref.key.startswith("per:ar:") or not m.rule.endswith(
                ("unknown-name", "apposition")
            ):
                continue
            name_norm = ref.key.removeprefix("per:ar:")
            known = wikinames.lookup(name_norm)
            if known is None or known[1] is None or known[1] not in named:
                continue
            if ref.country not in (None, known[1]):
                continue  # the sentence's own words place the person elsewhere
            m.actor = refs.unknown_person(m.text, name_norm, ref.country, ref.sector_code, known)

    def _place_unknown(self) -> None:
        """A person placed only by a rank or office (العميد مانويل كرجيان) serves the main state."""
        main = self.main_country()
        if main is None:
            return
        for m in self.mentions:
            ref = m.actor
            if (
                m.rule.endswith("unknown-name")
                and ref.country is None
                and (ref.sector_code in STATE_SECTORS)
            ):
                # Named again now that the country is known: the spelling follows its press.
                name_norm = ref.key.removeprefix("per:ar:")
                known = wikinames.lookup(name_norm)
                if known is not None and known[1] not in (None, main):
                    continue  # Wikidata's people of that name are of another state: unplaced
                m.actor = refs.unknown_person(m.text, name_norm, main, ref.sector_code)

    def _place_nameless(self) -> None:
        """وقال مصدر عسكري: a source or official of no named state speaks for the main one."""
        main = self.dominant_country()
        for u in self.unplaced:
            code = self._sentence_state(u) or main
            if code is None:
                continue
            ref = refs.generic(u.title, code, None)
            self.add(u.start, u.end, u.cut, ref, "title-main-country", u.sentence)

    def _sentence_state(self, u: _Unplaced) -> str | None:
        """The one state whose bodies act before the source in its sentence (أعلن الجيش
        السوري ...، وقال مصدر عسكري); a medium citing the source (نقلت الفرنسية عن) says
        nothing of the source's state."""
        codes = {
            m.actor.country
            for m in self.mentions
            if m.sentence == u.sentence
            and m.tokens[1] <= u.start
            and m.actor.kind != "PER"
            and m.actor.sector_code in STATE_SECTORS
            and m.actor.country in kb.countries()
        }
        return codes.pop() if len(codes) == 1 else None

    def _country_counts(self) -> list[tuple[str, int]]:
        # A news agency's home says nothing of where the story is; its dateline does.
        counts: Counter[str] = Counter([self.filed_from] if self.filed_from else [])
        for m in self.mentions:
            c = m.actor.country
            if c in kb.countries() and m.actor.kind != "PER" and m.actor.sector_code != "JRN":
                counts[c] += 1
        return counts.most_common(2)

    def main_country(self) -> str | None:
        top = self._country_counts()
        return top[0][0] if top else None

    def dominant_country(self) -> str | None:
        """The main state when it is named at least twice and half again as often as any other."""
        top = self._country_counts()
        if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 1.5 * top[1][1]):
            return None
        return top[0][0]

    def theatre(self) -> str | None:
        """The state the article places events in: named as a place three times, and half again
        as often as any other (أطراف النزاع in an article about fighting في ليبيا)."""
        top = self.places.most_common(2)
        if not top or top[0][1] < 3 or (len(top) > 1 and top[0][1] < 1.5 * top[1][1]):
            return None
        return top[0][0]

    def _resolve_ethnic(self) -> None:
        for e in self.ethnic:
            pos = self.doc.tokens[e.start].start
            before = [m.actor for m in self.mentions if m.span[0] < pos]
            # وحدات حماية الشعب ... المقاتلين الأكراد: the community's group already named,
            # the most specific one where several are (the YPG rather than the SDF it leads)
            named = [
                next(a for a in reversed(before) if a.key == f"org:{g}" or a.entity_name == g)
                for g in W.ETHNIC_GROUPS.get(e.ethnic, ())
                if any(a.key == f"org:{g}" or a.entity_name == g for a in before)
            ]
            if named and e.code is None:
                self.add(e.start, e.end, e.cut, named[0], "ethnic-group-coref", e.sentence)
                continue
            # else where the article's events happen, when its actors are mostly of that state
            # too (Kurdish fighters in an article on Turkey that names places in Syria: neither)
            theatre = self.theatre()
            code = e.code or (theatre if theatre == self.main_country() else None)
            if code is None:
                continue
            noun = kb.fill(e.inst.en, None)
            ref = ActorRef(
                f"{e.ethnic} {noun}",
                code,
                e.inst.sector,
                "ORG",
                key=f"ethnic:{code}:{e.ethnic}:{e.inst.sector}",
            )
            self.add(e.start, e.end, e.cut, ref, "ethnic-fighters", e.sentence)

    def _summit_statements(self) -> None:
        """البيان الختامي لقمة العلا: a summit's final statement speaks for the body whose
        summit it is, the intergovernmental body named in that or the two sentences before."""
        tokens = self.doc.tokens
        taken = {x for m in self.mentions for x in range(*m.tokens)}
        for sent, (lo, hi) in enumerate(self.doc.sentence_tokens):
            for x in range(lo, hi - 2):
                if x in taken or not self._reads(x, W.STATEMENT):
                    continue
                if tokens[x + 1].norm not in W.FINAL or not self._reads(x + 2, W.SUMMIT, "ل"):
                    continue
                end = x + 3
                if end in taken:
                    continue  # لقمة مجموعة العشرين: the body is named right there
                if end < hi and tokens[end].kind == "word" and tokens[end].norm not in W.NAME_STOP:
                    end += 1  # the summit's place or number: قمة العلا
                owner = next(
                    (
                        m.actor
                        for m in sorted(self.mentions, key=lambda m: m.span, reverse=True)
                        if m.tokens[1] <= x
                        and sent - 2 <= m.sentence <= sent
                        and m.actor.sector_code == "IGO"
                        and m.actor.country in kb.PLOVER_NONSTATE
                    ),
                    None,
                )
                if owner is not None:
                    cut = len(tokens[x].norm) - len(next(iter(W.STATEMENT)))
                    self.add(x, end, cut, owner, "summit-statement", sent)

    def _reads(self, x: int, words: frozenset[str], pro: str = "") -> bool:
        """Whether token ``x`` is one of ``words`` after proclitics (``pro`` among them)."""
        return any(r in words and pro in p for p, r in proclitic_readings(self.doc.tokens[x].norm))

    def _resolve_bare(self) -> None:
        main, dominant = self.main_country(), self.dominant_country()
        theatre = self.theatre()
        for p in self.pending:
            if p.inst.group in W.THEATRE_GROUPS:
                # أطراف النزاع alone: the parties in the state where the conflict is placed
                if theatre is not None:
                    ref = refs.body(p.inst, theatre)
                    self.add(
                        p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-theatre", p.sentence
                    )
                continue
            pos = self.doc.tokens[p.seg.i].start
            if p.inst.group in W.FIGHTER_GROUPS:
                if self._qualified(p.seg.j) or (
                    p.seg.i > 0 and self._reads_member(p.seg.i - 1)
                ):
                    # الميليشيات المتطرفة، المسلحين الفارين: some of them, not the group;
                    # عناصرها المسلحين: an adjective of another body's members
                    continue
                armed = self._armed_group(p.sentence) or (
                    refs.body(p.inst, theatre) if theatre is not None else None
                )
                if armed is not None:
                    self.add(p.seg.i, p.seg.j, p.seg.cut, armed, "bare-armed", p.sentence)
                continue
            if p.inst.group == "resistance":
                if self._qualified(p.seg.j) or self._resistance_idiom(p.seg.i, p.seg.j):
                    continue  # المقاومة الوطنية الجنوبية، محور المقاومة: another resistance
                resistance = self._resistance(pos, theatre)
                if resistance is not None:
                    self.add(p.seg.i, p.seg.j, p.seg.cut, resistance, "bare-resistance", p.sentence)
                continue
            if p.inst.group == "coalition":
                nxt = self.doc.tokens[p.seg.j] if p.seg.j < len(self.doc.tokens) else None
                if nxt is not None and nxt.norm in W.RELATIVES:
                    continue  # التحالف الذي تقترحه روسيا: a coalition the clause describes
                coalition = self._coalition(pos, theatre)
                if coalition is not None:
                    self.add(p.seg.i, p.seg.j, p.seg.cut, coalition, "bare-coalition", p.sentence)
                continue
            earlier = [
                m
                for m in self.mentions
                if m.span[0] < pos
                and m.actor.key.endswith(f":{p.inst.group}")
                and m.actor.key.startswith("body:")
            ]
            if p.government:
                # القوات الحكومية: the forces of a government named before (قوات حكومة الوفاق),
                # or those of a government of the main state (حكومة الوفاق → GNA forces)
                # (another state's army named before is not "the government's forces")
                earlier = sorted(
                    (
                        m
                        for m in self.mentions
                        if m.span[0] < pos
                        and (
                            m.rule in ("forces-of-government", "forces-loyal")
                            or (m in earlier and m.actor.country == dominant)
                            or (m in earlier and kb.norm_text(m.text).startswith(W.GOV_FORCES_OPEN))
                        )
                    ),
                    key=lambda m: m.span,
                )
                gov = self._government_of(main, pos) if not earlier else None
                if gov is not None:
                    ref = refs.forces(gov, p.inst)
                    self.add(p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-coref", p.sentence)
                    continue
                if not earlier:
                    # which government's forces: only a state that dominates the article says
                    if dominant is not None:
                        ref = refs.body(p.inst, dominant)
                        self.add(
                            p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-main", p.sentence
                        )
                    continue
            if p.inst.group == "state":
                # الحكومة alone: a government of the main state named before (حكومة الوفاق),
                # else that state itself
                earlier = [
                    m
                    for m in self.mentions
                    if m.span[0] < pos
                    and m.actor.kind == "ORG"
                    and m.actor.sector_code == "GOV"
                    and m.actor.country == main
                    and m.actor.key.startswith("inst:")
                ]
            if earlier:
                ref = earlier[-1].actor
                self.add(p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-coref", p.sentence)
            elif p.inst.country is not None:
                # وزارة الخزانة alone: the body news means by default (the US Treasury)
                ref = refs.body(p.inst, p.inst.country)
                self.add(p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-default", p.sentence)
            elif p.inst.group in W.DOMINANT_ONLY and dominant is not None:
                ref = refs.body(p.inst, dominant)
                self.add(p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-main", p.sentence)
            elif main is not None and p.inst.group not in W.DOMINANT_ONLY:
                ref = refs.body(p.inst, main)
                self.add(p.seg.i, p.seg.j, p.seg.cut, ref, "bare-institution-main", p.sentence)

    def _qualified(self, j: int) -> bool:
        """Whether a definite word follows token ``j - 1``: an adjective that picks some of
        them (المتطرفة) or a group's name (المسلحين الحوثيين, found as the group itself)."""
        return j < len(self.doc.tokens) and self.doc.tokens[j].norm.startswith(kb.ARTICLE)

    def _reads_member(self, x: int) -> bool:
        """Whether token ``x`` is a members' noun with a pronoun suffix (عناصرها، رجاله)."""
        word = self.doc.tokens[x].norm
        return any(
            word.startswith(m) and len(word) > len(m) and word[len(m) :] in W.MEMBER_SUFFIXES
            for m in W.MEMBER_NOUNS
        )

    def _armed_group(self, sent: int) -> ActorRef | None:
        """The armed group the article is about, which المتمردون، الميليشيات or المسلحون alone
        mean: a rebel or militia group named at least twice and twice as often as any other,
        and named near the bare word (a round-up of news names other wars further on)."""
        named: Counter[str] = Counter()
        near: set[str] = set()
        ref: dict[str, ActorRef] = {}
        for m in self.mentions:
            if m.actor.key.startswith("org:") and m.actor.sector_code in W.ARMED_SECTORS:
                named[m.actor.key] += 1
                ref[m.actor.key] = m.actor
                if sent - W.ARMED_NEAR <= m.sentence <= sent + 2:
                    near.add(m.actor.key)
        top = named.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
            return None
        return ref[top[0][0]] if top[0][0] in near else None

    def _resistance_idiom(self, i: int, j: int) -> bool:
        """محور المقاومة، فصائل المقاومة، المقاومة والممانعة: a camp or a creed, not a group."""
        tokens = self.doc.tokens
        before = i > 0 and tokens[i - 1].norm in W.RESISTANCE_CAMPS
        return before or (j < len(tokens) and self._reads(j, W.RESISTANCE_PAIRS, "و"))

    def _resistance(self, pos: int, theatre: str | None) -> ActorRef | None:
        """المقاومة (الشعبية) alone: the resistance named before it, else the one fighting in
        the state where the article's events happen (the Yemeni Popular Resistance), placed
        by the article's places alone: the states acting in a war are not where it is."""
        known = {f"org:{g}" for g in W.RESISTANCES.values()}
        for m in sorted(self.mentions, key=lambda m: m.span, reverse=True):
            if m.span[0] < pos and m.actor.key in known:
                return m.actor
        if theatre is None:
            top = self.places.most_common(2)
            if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
                theatre = top[0][0]
        group = W.RESISTANCES.get(theatre or "")
        return refs.org(kb.orgs()[group]) if group is not None else None

    def _coalition(self, pos: int, theatre: str | None) -> ActorRef | None:
        """التحالف alone: the coalition named before it, else the one that fights in the state
        where the article places its events (Yemen, Iraq, Syria); elsewhere none is assumed."""
        known = {_coalition_ref(v).key for v in W.COALITIONS.values()}
        for m in sorted(self.mentions, key=lambda m: m.span, reverse=True):
            if m.span[0] < pos and m.actor.key in known:
                return m.actor
        if self._other_coalition():
            return None  # التحالف الوطني، التحالف الحاكم: a political bloc may be meant
        if theatre is not None:
            return _coalition_ref(W.COALITIONS[theatre]) if theatre in W.COALITIONS else None
        # else the one coalition whose states the article names, as places or by their actors
        # (الحوثيون، صنعاء → Yemen), when the other's are named at most half as often
        votes: Counter[str] = Counter()
        for code, n in self.places.items():
            if code in W.COALITIONS:
                votes[W.COALITIONS[code]] += n
        for m in self.mentions:
            if m.span[0] < pos and m.actor.country in W.COALITIONS:
                votes[W.COALITIONS[m.actor.country]] += 1
        top = votes.most_common(2)
        if not top or (len(top) > 1 and top[0][1] < 2 * top[1][1]):
            return None
        return _coalition_ref(top[0][0])

    def _other_coalition(self) -> bool:
        """Whether the article names a coalition other than the known ones (التحالف الوطني)."""
        tokens = self.doc.tokens
        known = {_coalition_ref(v).key for v in W.COALITIONS.values()}
        covered = {x for m in self.mentions if m.actor.key in known for x in range(*m.tokens)}
        for x in range(len(tokens) - 1):
            if x in covered or not self._reads(x, W.COALITION_HEAD):
                continue
            nxt = tokens[x + 1]
            if nxt.is_word and nxt.norm.startswith("ال") and nxt.norm not in W.NAME_STOP:
                return True
        return False

    def _government_of(self, code: str | None, pos: int) -> kb.Institution | None:
        """The last authority of state ``code`` named before ``pos`` (حكومة الوفاق)."""
        for m in reversed(self.mentions):
            ref = m.actor
            if m.span[0] >= pos or ref.country != code or ref.sector_code != "GOV":
                continue
            # an authority (حكومة الوفاق، السلطة الفلسطينية), not an office (الكرملين)
            name = ref.entity_name.casefold()
            if ref.key.startswith("inst:") and ("government" in name or "authority" in name):
                return next(
                    (
                        i
                        for i in kb.fixed().values()
                        if i.country == code and i.en == ref.entity_name
                    ),
                    None,
                )
        return None

    def _name_coref(self) -> None:
        """First names and surnames of people named in full earlier (بومبيو، ديمتري)."""
        tokens = self.doc.tokens
        taken = [False] * len(tokens)
        for m in self.mentions:
            for x in range(*m.tokens):
                taken[x] = True
        first_seen: dict[str, tuple[int, ActorRef]] = {}
        ambiguous: set[str] = set()
        for m in sorted(self.mentions, key=lambda m: m.span[0]):
            if (
                not m.actor.key.startswith("per:")
                or not m.rule.endswith(("-name", "-apposition"))
                or m.tokens[1] - m.tokens[0] < 2
            ):
                # names only: neither مصادر أمنية nor الرئيس التونسي makes every later أمنية
                # or التونسي a mention of them
                continue
            parts = [tokens[x].norm for x in range(*m.tokens) if tokens[x].kind == "word"]
            known = m.actor.key.startswith("per:") and not m.actor.key.startswith("per:ar:")
            # a known person by first name or surname (ديمتري، بومبيو); an unknown one by surname
            candidates = (parts[0], parts[-1]) if known else (parts[-1],)
            for part in candidates:
                if part in W.COMMON_FIRST and part == parts[0]:
                    continue
                if part in W.NAME_LINKS or len(part) < 3 or part in W.NAME_STOP:
                    continue
                seen = first_seen.get(part)
                if seen is not None and seen[1].key != m.actor.key:
                    ambiguous.add(part)
                elif seen is None:
                    first_seen[part] = (m.tokens[1], m.actor)
        added: list[Mention] = []
        # a source placed by guess (title-main-country) does not say whose بلاده
        persons = [
            m for m in self.mentions if m.actor.kind == "PER" and m.rule != "title-main-country"
        ]
        for sent, (lo, hi) in enumerate(self.doc.sentence_tokens):
            for x in range(lo, hi):
                tok = tokens[x]
                if taken[x] or tok.kind != "word":
                    continue
                for pro, rest in proclitic_readings(tok.norm):
                    if rest in W.OWN_COUNTRY:
                        ref = self._own_country(tok.start, persons)
                        if ref is not None:
                            added.append(self.add(x, x + 1, len(pro), ref, "own-country", sent))
                        break
                    hit = first_seen.get(rest)
                    if hit is None or rest in ambiguous or hit[0] > x:
                        continue
                    added.append(self.add(x, x + 1, len(pro), hit[1], "coref-name", sent))
                    break

    def _own_country(self, pos: int, persons: list[Mention]) -> ActorRef | None:
        before = [m for m in persons if m.span[1] <= pos]
        if not before:
            return None
        code = before[-1].actor.country
        if code in kb.countries():
            return refs.state(code)
        return None


def _coalition_ref(spec: str) -> ActorRef:
    """``fixed:<English name>`` or ``org:<id>`` of ``words.COALITIONS`` as an actor."""
    kind, _, name = spec.partition(":")
    if kind == "org":
        return refs.org(kb.orgs()[name])
    inst = next(i for i in kb.institutions() if i.kind == "fixed" and i.en == name)
    assert inst.country is not None
    return refs.body(inst, inst.country)


def find_mentions(doc: Doc, day: dt.date | None) -> list[Mention]:
    finder = Finder(doc, day)
    for sent in range(len(doc.sentence_tokens)):
        finder.run_sentence(sent)
    finder.finish()
    return finder.mentions
