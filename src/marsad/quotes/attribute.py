"""Reported speech: find cue words, their speakers and the words reported.

Patterns handled, per sentence:
- verb-first: ``قال وزير الخارجية ... إن ...`` (speaker after the cue, words after إن/أن, a
  colon or a semicolon, or in quotation marks);
- subject-first: ``واشنطن كانت أكدت أنها ...`` (speaker just before the cue);
- omitted subject: ``وأكد أن ...`` and participles ``مضيفا أن`` take the last speaker;
- attribution after the words: ``...، بحسب المتحدث`` (``according`` cues).
"""

from __future__ import annotations

from functools import cache

from marsad.model import Doc, Mention, Quote, Span
from marsad.quotes.cues import Cue, cue_lexicon
from marsad.text.tokens import Token, canonical, proclitic_readings

_PRONOUNS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني", "ك", "كم")
# أن/إن after normalisation, bare or with a pronoun (أنها، إنهم) and clitics (بأن، وأنه)
_COMPLEMENTISERS = {c + "ان" + p for c in ("", "ب", "و", "ف", "وب") for p in _PRONOUNS}
_OPEN_QUOTES = {"“": "”", "«": "»", '"': '"', "„": "”"}
_SPEAKER_WINDOW = 9  # tokens between a cue and its speaker (titles, adverbs, quote marks)
_INTRO_WINDOW = 14  # tokens between a cue and the أن/colon that opens the reported words
_ADDRESSEE_CLITICS = ("ل", "ب")  # لوكالة، بالرئيس: the hearer, not the speaker
_QUOTE_MARKS = {"“", "”", "«", "»", '"', "„", "(", ")"}
# Words that may follow a cue verb without being its subject: prepositions, time words,
# particles. Any other word there starts a speaker that the knowledge base does not know.
_NOT_SUBJECT = {
    "في",
    "خلال",
    "الي",
    "علي",
    "عن",
    "من",
    "عبر",
    "امام",
    "بعد",
    "قبل",
    "اثناء",
    "عقب",
    "اليوم",
    "امس",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "صباح",
    "مساء",
    "يوم",
    "ايضا",
    "كذلك",
    "قد",
    "كان",
    "كانت",
    "بدوره",
    "بدورها",
    "حينها",
    "لاحقا",
    "مجددا",
    "مرارا",
    "سابقا",
    "اليها",
    "اليه",
    "فيه",
    "فيها",
    "انه",
    "انها",
}


@cache
def _title_words() -> frozenset[str]:
    """Words of person titles (وزير، الخارجية، المتحدث، باسم ...), as lexicon keys."""
    from marsad.actors import kb

    keys = [*kb.titles(), *kb.heads()]
    return frozenset(canonical(w) for key in keys for w in key.split())


def _may_precede_speaker(token: Token) -> bool:
    """Title words, definite attributes and quote marks may stand between cue and speaker."""
    return (
        token.norm in _QUOTE_MARKS
        or canonical(token.norm) in _title_words()
        or token.norm in _NOT_SUBJECT  # وأعلن أمس الجيش، أعلن فيه الاتحاد
        or (token.kind == "word" and token.norm.startswith("ال") and token.norm not in _NOT_SUBJECT)
    )


def _cue_at(token: Token) -> Cue | None:
    if token.kind != "word":
        return None
    lexicon = cue_lexicon()
    for _, rest in proclitic_readings(token.norm):
        cue = lexicon.get(rest)
        if cue is not None:
            return cue
    return None


def _has_addressee_clitic(doc: Doc, mention: Mention) -> bool:
    token = doc.tokens[mention.tokens[0]]
    if mention.span[0] <= token.start:
        return False
    prefix = doc.text[token.start : mention.span[0]]
    return any(c in prefix for c in _ADDRESSEE_CLITICS)


class _SentenceQuotes:
    """Finds the quotes of one sentence; keeps the last speaker across sentences."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.last_speaker = -1
        self.mention_at: dict[int, int] = {}
        for idx, m in enumerate(doc.mentions):
            for t in range(m.tokens[0], m.tokens[1]):
                self.mention_at.setdefault(t, idx)

    def speaker_after(self, cue_tok: int, end_tok: int) -> int:
        """The mention that follows the cue as its subject, or -1.

        Title words and quote marks may come between (قال وزير الخارجية “فلان”); with a title
        + organisation + name (المتحدث باسم الكرملين ديمتري بيسكوف) the person is the speaker.
        """
        doc = self.doc
        found = -1
        commas = 0
        t = cue_tok + 1
        while t < min(end_tok, cue_tok + 1 + _SPEAKER_WINDOW):
            tok = doc.tokens[t]
            idx = self.mention_at.get(t, -1)
            if idx < 0:
                if found < 0 and tok.norm in ("،", ",") and commas == 0 and t > cue_tok + 1:
                    commas += 1  # الرئيس الأمريكي، دونالد ترامب
                    t += 1
                    continue
                if found >= 0 or not _may_precede_speaker(tok):
                    break
                t += 1
                continue
            mention = doc.mentions[idx]
            if found < 0:
                if mention.tokens[0] != t or _has_addressee_clitic(doc, mention):
                    return -1
                found = idx
            elif mention.actor.kind == "PER" and doc.mentions[found].actor.kind != "PER":
                return idx
            else:
                break
            t = mention.tokens[1]
        return found

    def unknown_subject(self, cue_tok: int, end_tok: int) -> bool:
        """Whether a word that the knowledge base does not know stands as the cue's subject."""
        t = cue_tok + 1
        if t >= end_tok:
            return False
        tok = self.doc.tokens[t]
        if tok.kind != "word" or tok.norm in _COMPLEMENTISERS or tok.norm in _NOT_SUBJECT:
            return False
        return (
            not tok.norm.startswith(("ل", "ب"))
            or (tok.forms[0] == tok.norm and len(tok.forms) == 1)
        )

    def speaker_before(self, cue_tok: int, start_tok: int) -> int:
        """A subject just before the cue: الحكومة أعلنت، واشنطن كانت أكدت، بوتين، قال.

        A nationality adjective is never the subject, and across a comma only a person is,
        and only when the cue is not coordinated (``، وأعرب`` continues the main subject).
        """
        doc = self.doc
        coordinated = (
            doc.tokens[cue_tok].norm[0] in ("و", "ف") and len(doc.tokens[cue_tok].forms) > 1
        )
        comma = False
        for t in range(cue_tok - 1, max(start_tok, cue_tok - 4) - 1, -1):
            idx = self.mention_at.get(t, -1)
            if idx >= 0:
                mention = doc.mentions[idx]
                if mention.rule == "nationality-adj":
                    return -1
                if comma and (coordinated or mention.actor.kind != "PER"):
                    return -1
                return idx
            tok = doc.tokens[t]
            if tok.norm in ("،", ",") and not comma:
                comma = True
                continue
            if tok.kind == "punct":
                return -1
        return -1

    def main_subject(self, sent: int, cue_tok: int) -> int:
        """Who a participle cue (مضيفا، مشيرا) continues: this sentence's speaker or subject."""
        for q in reversed(self.doc.quotes):
            if q.sentence == sent and q.speaker_mention >= 0:
                return q.speaker_mention
        first = self.doc.sentence_tokens[sent][0]
        for idx, m in enumerate(self.doc.mentions):
            if (
                m.sentence == sent
                and m.tokens[0] < cue_tok
                and not _has_addressee_clitic(self.doc, m)
            ):
                if m.tokens[0] <= first + 3:
                    return idx
                break
        return self.last_speaker

    def run(self, sent: int) -> None:
        doc = self.doc
        first, last = doc.sentence_tokens[sent]
        cues = [(t, c) for t in range(first, last) if (c := _cue_at(doc.tokens[t])) is not None]
        for n, (t, cue) in enumerate(cues):
            limit = cues[n + 1][0] if n + 1 < len(cues) else last
            if cue.kind == "according":
                self._according(sent, t, first, limit)
            else:
                self._say(sent, t, cue, first, limit)

    def _say(self, sent: int, t: int, cue: Cue, first: int, limit: int) -> None:
        doc = self.doc
        if cue.pos == "participle":
            speaker = self.main_subject(sent, t)
            words = self._reported_words(t + 1, limit)
            if speaker >= 0 and words is not None:
                self._add(sent, t, speaker, words)
            return
        speaker = self.speaker_after(t, limit)
        after = doc.mentions[speaker].tokens[1] if speaker >= 0 else t + 1
        if speaker < 0:
            speaker = self.speaker_before(t, first)
        if speaker < 0 and not self.unknown_subject(t, limit):
            speaker = self.last_speaker
        if speaker < 0:
            return  # reported words without a speaker we can name are not attributed
        words = self._reported_words(after, limit)
        if words is None:
            return
        self._add(sent, t, speaker, words, remember=cue.pos == "verb")

    def _according(self, sent: int, t: int, first: int, limit: int) -> None:
        doc = self.doc
        speaker = self.speaker_after(t, limit)
        if speaker < 0:
            return
        start = first
        for q in reversed(doc.quotes):
            if q.sentence == sent:
                return  # the words already belong to a quote of this sentence
        end_tok = t
        while end_tok > start and doc.tokens[end_tok - 1].kind == "punct":
            end_tok -= 1
        if end_tok - start < 3:
            return
        self._add(sent, t, speaker, (doc.tokens[start].start, doc.tokens[end_tok - 1].end))

    def _reported_words(self, after: int, limit: int) -> Span | None:
        """The span of the reported words that follow token ``after``."""
        doc = self.doc
        start = -1
        close = ""
        for t in range(after, min(limit, after + _INTRO_WINDOW)):
            tok = doc.tokens[t]
            if tok.norm in _OPEN_QUOTES:
                start, close = t + 1, _OPEN_QUOTES[tok.norm]
                break
            if tok.norm in _COMPLEMENTISERS or tok.norm in (":", "؛"):
                start = t + 1
                if start < limit and doc.tokens[start].norm in _COMPLEMENTISERS:
                    start += 1  # ؛ إن ...
                if start < limit and doc.tokens[start].norm in _OPEN_QUOTES:
                    close = _OPEN_QUOTES[doc.tokens[start].norm]
                    start += 1
                break
        if start < 0:
            start = after
        while start < limit and doc.tokens[start].kind == "punct":
            start += 1
        end = limit
        for t in range(start, limit):
            if close and doc.tokens[t].norm == close:
                end = t
                break
        while end > start and doc.tokens[end - 1].kind == "punct":
            end -= 1
        if end - start < 2:
            return None
        return doc.tokens[start].start, doc.tokens[end - 1].end

    def _add(
        self, sent: int, cue_tok: int, speaker: int, words: Span, *, remember: bool = True
    ) -> None:
        doc = self.doc
        token = doc.tokens[cue_tok]
        mention = doc.mentions[speaker] if speaker >= 0 else None
        doc.quotes.append(
            Quote(
                speaker=mention.actor.entity_name if mention else None,
                speaker_span=mention.span if mention else None,
                cue=doc.text[token.start : token.end],
                cue_span=(token.start, token.end),
                quote=doc.text[words[0] : words[1]],
                quote_span=words,
                sentence=sent,
                speaker_mention=speaker,
            )
        )
        if speaker >= 0 and remember:
            self.last_speaker = speaker


def find_quotes(doc: Doc) -> None:
    """Fill ``doc.quotes`` from cue words, speakers (``doc.mentions``) and reported words."""
    finder = _SentenceQuotes(doc)
    for sent in range(len(doc.sentences)):
        finder.run(sent)
