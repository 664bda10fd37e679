"""Who a report is by: the subject before its cue, or the name after it."""

from __future__ import annotations

from quotex.reported.patterns import ReportedPatterns
from quotex.reported.speakers import (
    adverbial,
    adverbs_before,
    after_preposition,
    clause_subject,
    in_adverbial,
    joined,
    opening_name,
    shares_subject,
    speaker_words,
)
from quotex.reported.text import Cue, ReportText
from quotex.reported.words import (
    ANTECEDENT_WORDS,
    BLOCKER_REACH,
    BRACKET_REACH,
    DASH_REACH,
    MENTION_LOOK,
    NOMINAL_LOOK,
    NOUN_REACH,
    RELATIVE_REACH,
    SHARED_REACH,
    SOURCE_WORDS,
    SUBJECT_REACH,
    SUBJECT_WORDS,
    TOKEN,
    WORD,
    ReportedWords,
    space,
    stripped,
    trimmed,
)

Mention = tuple[int, int]

# Dashes that set off an aside between a subject and its cue.
_DASHES = "\N{EM DASH}\N{EN DASH}-"


def subject_and_end(
    doc: ReportText, cue: Cue, pats: ReportedPatterns
) -> tuple[Mention | None, int] | None:
    """The subject mention of a cue that opens its content (``None`` when
    the cue shares a subject the text does not give next to it), and where
    the content must end; ``None`` when the cue reports nothing."""
    text, cs, s0, s1, words = doc.text, cue.start, cue.s0, cue.s1, pats.words
    lead = adverbs_before(text, s0, cs, words)  # "and specifically mentioned"
    shared = words.shared_subject.search(text, max(s0, lead - SHARED_REACH), lead) and (
        cue.word.split()[0].endswith(words.participle_endings)
        or text[max(s0, lead - len(", ")) : lead] != ", "
    )
    if shared or _infinitive(doc, cue, pats) or shares_subject(text, cue, pats):
        # "…, saying", "… and said", "was quick to point out that", "issued
        # a statement saying": the subject of the sentence or clause
        if doc.frames_quotation(cs - len(", ")):
            return None
        comma = text.find(",", cue.end, s1)
        if comma >= 0 and in_adverbial(text, s0, cs, pats):
            return clause_subject(doc, s0, cs, pats), comma  # "In describing X, Y said …"
        return clause_subject(doc, s0, cs, pats), s1
    before = text[max(s0, cs - NOUN_REACH) : cs].split()
    if before and before[-1].lower() in words.determiners:
        return None  # "the said property", "the finding that": no verb after "the"
    if before and _count(before[-1]) and _counted(text, cue.end, s1, words):
        return None  # "by 270 pledged delegates": a count before an adjective
    mention = subject(doc, cue, pats)
    if mention is None or blocked(text, s0, mention[0], s1, words):
        return None
    mention = _contracted(text, mention, pats)
    if mention is None or doc.frames_quotation(mention[0]):
        return None
    comma = text.find(",", cue.end, s1)
    if text[mention[0] : mention[1]].lower() in words.relative_subjects:
        # "Barkley, who said he votes Democratic, likes …": a relative clause
        lo = max(s0, mention[0] - SUBJECT_REACH)
        named = pats.frames.subject_before.match(text, lo, mention[0])
        if named is not None:
            return _antecedent(text, named.span("speaker"), pats), comma if comma >= 0 else s1
        # "anger from farmers who say": the plain words before it
        return _antecedent(text, (lo, mention[0]), pats, True), comma if comma >= 0 else s1
    if comma >= 0 and not words.subordinators.isdisjoint(
        w.lower() for w in WORD.findall(text, s0, mention[0])
    ):
        return mention, comma  # "Ever since Sanders announced X, he …"
    return mention, s1


def _count(word: str) -> bool:
    """Whether ``word`` is a number ("270", "4,051"; not "2012,")."""
    return word[-1:].isdigit() and word.replace(",", "").isdigit()


def _counted(text: str, end: int, s1: int, words: ReportedWords) -> bool:
    """Whether the cue ending at ``end`` reads as an adjective before the
    plural noun it counts ("270 pledged delegates"): a plural word (an
    ending of ``plural_endings.txt``) follows it straight away."""
    after = text[end:s1].split()
    return (
        bool(after)
        and after[0].isalpha()
        and after[0].islower()
        and after[0].endswith(words.plural_endings)
    )


def _antecedent(
    text: str, span: Mention, pats: ReportedPatterns, plain: bool = False
) -> Mention | None:
    """The words a relative pronoun stands for, read back from ``span``
    to a verb before them ("The rule angered farmers, who say" gives
    "farmers"), or, when they are ``plain`` words, to a preposition too
    ("anger from farmers who say"); ``None`` for plain words that reach
    no such word within a few."""
    start, end = trimmed(text, *span)
    words, lang = pats.words, speaker_words(pats.frames.lexicon.lang)
    tokens = list(TOKEN.finditer(text, start, end))
    for i in range(len(tokens) - 2, -1, -1):
        word = tokens[i].group()
        verb = word in words.auxiliaries or word in lang.pasts or word.endswith(lang.verb_endings)
        verb = verb and i > 0 and tokens[i - 1].group().lower() not in words.determiners
        if word[:1].islower() and (verb or (plain and word in lang.openers)):
            return tokens[i + 1].start(), end  # not "The embattled mayor"
        if plain and len(tokens) - i > ANTECEDENT_WORDS:
            return None
    return None if plain else (start, end)


def _infinitive(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> bool:
    """Whether a cue stands in its infinitive before "that" or a subject
    pronoun: "was quick to point out that …", "wanted to say he …" (not
    "went there to see what happened"), or is one of ``infinitive_cues``,
    whose infinitive reports any content ("met to discuss the plan")."""
    text, cs = doc.text, cue.start
    if cue.word != cue.lemma or not pats.words.infinitive_marker.search(
        text, max(cue.s0, cs - SHARED_REACH), cs
    ):
        return False
    if cue.lemma in pats.words.infinitive_cues:
        return True
    start = cue.end + space(text, cue.end)
    return pats.that.match(text, start) is not None or (
        pats.words.subject_pronoun.match(text, start) is not None
    )


def subject(doc: ReportText, cue: Cue, pats: ReportedPatterns) -> Mention | None:
    """The subject that ends at a cue: a mention, else a plain subject
    opening its clause; ``None`` for a noun that only looks like a verb
    ("the final say", "the low demand")."""
    text, s0, words = doc.text, cue.s0, pats.words
    cs = _bracket_before(text, s0, cue.start) or cue.start  # "McCrory (R) said"
    subj = None
    if _may_mention(text, s0, cs, pats):
        subj = pats.frames.subject_before.match(text, max(s0, cs - SUBJECT_REACH), cs)
    base_form = cue.word == cue.lemma
    if subj is None:
        return _clause_subject(text, s0, cs, base_form, words)
    ms, me = joined(text, s0, *trimmed(text, *subj.span("speaker")), pats)
    opening = opening_name(text, s0, ms, cs, pats)
    if opening is not None:
        return opening  # "Ana Ruiz, 59, of Springfield, Ill., said"
    a0, a1 = subj.span("appositive")
    if a0 >= 0:
        # "In an email, Axelrod, a former newspaperman, defended", "The
        # mayor of Springfield, Ana Ruiz, said": the name of the two
        named = pats.frames.name.match(text, a0 + 1 + space(text, a0 + 1), a1)
        if (
            named is not None
            and (
                not text[ms].isupper()
                or text[named.end() : a1] == ","
                or after_preposition(text, s0, ms, pats)  # "In Nevada, Harry Reid, a senator,"
                or adverbial(text[ms:me].lower(), pats)  # "Then, William Bennett, …,"
                or _owned(text[ms:me])  # "Dow's chief executive, Andrew Liveris,"
            )
        ):
            return named.span()
    if after_preposition(text, s0, ms, pats):
        # "Trump at the time said", "advisers to Mr. Obama say": the
        # subject stands before the preposition
        plain = _clause_subject(text, s0, cs, base_form, words)
        if plain is not None and plain[0] < ms:
            return plain
    said = text[ms:me].lower().split()
    if said[-1] in words.determiners:
        return None  # "seized the said property"
    helped = subj.end("speaker") < subj.end() and _helped(text, me, cs, words)
    plural = said[-1].endswith(words.plural_endings)
    if base_form and not helped and said[0] in words.determiners and not plural:
        # "the final say", but "supporters of the law hope"
        return _clause_subject(text, s0, cs, base_form, words)
    return ms, me


def _clause_subject(
    text: str, s0: int, cs: int, base_form: bool, words: ReportedWords
) -> Mention | None:
    """A plain subject opening the clause of a cue at ``cs``."""
    lo = max(s0, cs - SUBJECT_REACH)
    relative = _relative_subject(text, lo, cs, words)
    if relative is not None:
        return relative  # "leaders who say": the relative pronoun
    opens = [m.end() for m in words.clause_open.finditer(text, lo, cs)]
    start = opens[-1] if opens else lo
    if start == lo and lo != s0:
        return None
    if words.relative.search(text, max(s0, start - RELATIVE_REACH), start):
        return None
    found = plain_subject(text, start, cs, words)
    if found is None:
        return None
    said = text[found[0] : found[1]].lower().split()
    if said[-1] in words.determiners:
        return None
    if base_form and not _helped(text, found[1], cs, words) and not _takes_base_form(said, words):
        return None  # "the final say", but "Clinton didn't say"
    return found


def _relative_subject(text: str, lo: int, cs: int, words: ReportedWords) -> Mention | None:
    """The relative pronoun that stands as the subject right before a cue
    at ``cs``, auxiliaries and adverbs between them ("experts who have
    long argued"), or ``None``."""
    tokens = list(TOKEN.finditer(text, max(lo, cs - NOUN_REACH), cs))
    while tokens and _no_subject_word(tokens[-1].group(), words):
        tokens.pop()
    if tokens and tokens[-1].group().lower() in words.relative_subjects:
        return tokens[-1].span()
    return None


def _helped(text: str, start: int, cs: int, words: ReportedWords) -> bool:
    """Whether an auxiliary stands between a subject ending at ``start``
    and its cue at ``cs`` ("did not", "didn't", "will"): the cue's base
    form then needs no plural subject."""
    return any(
        _no_subject_word(w, words) and not w.endswith(words.adverb_endings)
        for w in text[start:cs].split()
    )


def _takes_base_form(said: list[str], words: ReportedWords) -> bool:
    """Whether a plain subject, its words lower case, takes a verb's base
    form: "two aides say", "supporters of the law hope", "Clinton and
    Sanders say", "six in 10 say"."""
    if not words.plural_joiners.isdisjoint(said[1:]):
        return True
    head = next((said[i - 1] for i in range(1, len(said)) if said[i] in words.subject_heads), None)
    return _plural(head or said[-1], words) or (head or said[-1])[:1].isdigit()


def _contracted(text: str, mention: Mention, pats: ReportedPatterns) -> Mention | None:
    """``mention`` without the "'s" of a pronoun's contraction ("he's
    hoping"); ``None`` for a possessive ("Trump's remarks": a noun, no
    verb)."""
    written = text[mention[0] : mention[1]]
    ending = next((e for e in pats.words.possessive if written.endswith(e)), None)
    if ending is None:
        return mention
    if written[: -len(ending)].lower() in pats.frames.lexicon.pronouns:
        return mention[0], mention[1] - len(ending)
    return None


def plain_subject(text: str, start: int, cs: int, words: ReportedWords) -> Mention | None:
    """A subject of a few words and no punctuation that ends at the cue
    ("many economists say", "advisers to Mr. Obama say"), or ``None``."""
    said = text[start:cs].split()
    while said and _no_subject_word(said[-1], words):
        said.pop()  # "Republican senators have vowed", "Trump isn't", "officials privately"
    while len(said) > 1 and (
        said[0].lower() in words.focus_adverbs or said[0].lower() in words.clause_starters
    ):
        adverb = said.pop(0)  # "Only 24 percent said", "And surveys of voters indicated"
        start = text.index(adverb, start) + len(adverb)
    if not said or len(said) > SUBJECT_WORDS or not all(TOKEN.fullmatch(w) for w in said):
        return None
    if said[0].lower() in words.content_stops or any(w.lower() in words.auxiliaries for w in said):
        return None  # a clause or an adverbial, no subject: "crowds are asked"
    if words.clause_open.match(text, text.index(said[0], start)) or (
        len(said) == 1 and said[0].islower() and said[0].endswith(words.adverb_endings)
    ):
        return None  # "…, but told", "…, privately worry": a clause that shares one
    ends = words.subject_ends
    cut = next((i for i, w in enumerate(said) if i and w.lower() in ends), len(said))
    said = said[:cut]  # "the Kentucky Republican on Tuesday", "Sasse even"
    first = text.index(said[0], start)
    return first, text.index(said[-1], first) + len(said[-1])


def _no_subject_word(word: str, words: ReportedWords) -> bool:
    """Whether a word that ends a plain subject before its cue belongs to
    the verb: an auxiliary, maybe with "n't" ("isn't"), or an adverb
    ("almost universally")."""
    lower = word.lower()
    for ending in ("n't", "n’t"):
        lower = lower.removesuffix(ending)
    return (
        lower in words.auxiliaries
        or word.lower() in words.auxiliaries
        or (word.islower() and word.endswith(words.adverb_endings))
    )


def inverted(text: str, ce: int, s1: int, pats: ReportedPatterns) -> tuple[Mention, int] | None:
    """The speaker after a cue that follows its content ("…, said Democratic
    strategist Hank Sheinkopf."): the last name of the words up to the next
    comma or the sentence's end, else a mention there; with where they end."""
    comma = text.find(",", ce, s1)
    end = comma if comma >= 0 else s1
    start, stop = stripped(text, ce, end)
    said = text[start:stop].lower().split()
    if not said or len(said) > SOURCE_WORDS or not pats.words.auxiliaries.isdisjoint(said):
        return None  # no speaker but a clause: "…, said the coverage was unfair"
    names = list(pats.frames.name.finditer(text, start, stop))
    if names:
        return names[-1].span(), names[-1].end()
    found = pats.frames.mention_after.match(text, ce, end)
    if found is None:
        return None
    mention = trimmed(text, *found.span("speaker"))
    return mention, mention[1]


def blocked(text: str, s0: int, subject: int, s1: int, words: ReportedWords) -> bool:
    """Whether a report is hypothetical ("If he says …") or a question about
    speech ("Did he say …?")."""
    # the word before the subject, or its first when a capital made it
    # look like a name's ("Unless Okafor says")
    before = text[max(s0, subject - BLOCKER_REACH) : subject].split()[-1:]
    first = text[subject : subject + BLOCKER_REACH].split()[:1]
    if any(w.lower() in words.blockers for w in before + first):
        return True
    opening = text[s0 : s0 + BLOCKER_REACH].split()[:1]
    question = bool(opening) and opening[0].lower() in words.question_openers
    return question and text[s1 - 1 : s1] == "?"


def _may_mention(text: str, s0: int, cs: int, pats: ReportedPatterns) -> bool:
    """Whether the words before a cue at ``cs`` may end a speaker mention,
    read cheaply before the mention grammar is tried: a capital, a pronoun,
    punctuation, or a determiner a few words back ("the old man"). Plain
    lower-case words ("many economists") are read as a plain subject."""
    words = pats.words
    said = text[max(s0, cs - MENTION_LOOK) : cs].split()
    while said and _no_subject_word(said[-1], words):
        said.pop()  # "has also", "quietly", "didn't"
    if len(said) < 2:
        return True
    last = said[-1]
    if not last[0].islower() or not last[-1].isalpha() or last in pats.frames.lexicon.pronouns:
        return True
    if last in words.relative_subjects:
        return True  # "leaders who say": the relative pronoun stands for them
    return any(w.lower() in words.determiners for w in said[-NOMINAL_LOOK:])


def _bracket_before(text: str, s0: int, cs: int) -> int | None:
    """Where a bracketed aside, or one set off by dashes, right before a
    cue opens, with the space before it ("McCrory (R) said" gives the end
    of "McCrory", "Jason Sims — a teacher — says" that of "Sims"), or
    ``None``."""
    end = cs
    while end > s0 and text[end - 1].isspace():
        end -= 1
    if text[end - 1 : end] in _DASHES:
        dash = text[end - 1]
        opening = text.rfind(" " + dash, max(s0, end - DASH_REACH), end - 2)
        opening = opening + 1 if opening >= 0 else -1
    elif text[end - 1 : end] == ")":
        opening = text.rfind("(", max(s0, end - BRACKET_REACH), end)
    else:
        return None
    if opening < 0:
        return None
    while opening > s0 and text[opening - 1].isspace():
        opening -= 1
    return opening + 1


def _plural(word: str, words: ReportedWords) -> bool:
    """Whether a subject's last word may take a verb's base form: "voters
    say", "we believe", "people think" (and not "the final say")."""
    return word.endswith(words.plural_endings) or word in words.plural_words


def _owned(said: str) -> bool:
    """Whether a subject is a description a possessive name opens ("Dow's
    chief executive"), which gives way to the name in its appositive."""
    words = said.split(None, 1)
    return len(words) > 1 and words[0].endswith(("'s", "’s", "'", "’")) and words[1][:1].islower()
