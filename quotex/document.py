"""What the attribution rules know of one document while they run.

A :class:`Document` holds the text, its paragraphs and people
(:class:`~quotex.cast.Cast`), the quotations, and what has been decided so
far: the quotations given a speaker, in the order decided, and the turns of
the conversation (one per paragraph that has a speaker). Rules read it and
answer with a :class:`~quotex.quotations.Decision`; only :meth:`apply`
writes.
"""

from __future__ import annotations

import regex

from quotex.cast import Cast, named_person
from quotex.descriptions import Descriptions
from quotex.kin import relative
from quotex.language import conventions, word_set
from quotex.lexicon import Lexicon
from quotex.mentions import (
    Mention,
    as_speaker,
    compatible,
    introduced,
    noun_phrase,
    read_words,
    sexed,
)
from quotex.narrator import ProperWords, find_narrator, is_narrator
from quotex.patterns import Patterns
from quotex.quotations import Decision, Person, Quotation
from quotex.segment import Paragraphs
from quotex.talk import Talk, same_person

# Determiners that describe a speaker by a relation ("his wife").
# How many of the latest attributed quotations a pronoun with no antecedent
# in narration may take its person from.
RECENT_SPEAKERS = 8
# "said his mentor" is the other talker only in a conversation of two: a
# third person ("said her father") is often one who has not spoken yet.
PAIR = 2
# A pronoun's person is looked for past at most this many names of the one
# its quotation calls by name: beyond, the talkers say more than a name far back.
AVOID_STEPS = 4
# A vocative at the end of a turn stands within this many characters of it.
VOCATIVE_REACH = 60


# The endings of a possessive name that owns a description ("Powell’s office").
_POSSESSIVE = ("'s", "’s", "'", "’")
# "the unsympathetic Marilla": an article, words in lower case that say how
# the person is, and a name
_EPITHETS = regex.compile(
    r"""\S+\s+                   # "the"
    (?:[\p{Ll}-]+\s+)+           # "unsympathetic", "more candid"
    (?P<name>\p{Lu}\S*(?:\s+\p{Lu}\S*)*)  # "Marilla", "Lady Bertram"
    """,
    regex.VERBOSE,
)


class Document:
    """One document's text, people and decisions so far.

    Args:
        text: The document.
        paras: Its paragraphs.
        lexicon: The lexicon it is read with.
        patterns: That lexicon's compiled patterns.
        cast: Its people.
        quotations: Its quotations, in text order.
        dialogue: Whether it reads as dialogue (fiction): see
            :func:`quotex.conversation.is_dialogue`.
        full_names: Name speakers in their fullest form (``names="full"``).
    """

    def __init__(
        self,
        text: str,
        paras: Paragraphs,
        lexicon: Lexicon,
        patterns: Patterns,
        cast: Cast,
        quotations: list[Quotation],
        *,
        dialogue: bool,
        full_names: bool,
    ) -> None:
        self.text = text
        self.paras = paras
        self.lexicon = lexicon
        self.patterns = patterns
        self.cast = cast
        self.quotations = quotations
        self.dialogue = dialogue
        self.full_names = full_names
        # a description ("le prêtre") is reported as it stands, not taken for
        # the person of its gender named last (see conventions.txt)
        self.descriptions_stand = "descriptive_speakers" in conventions(lexicon.lang)
        #: who has spoken so far: the decided quotations, turns, groups
        self.talk = Talk(quotations, paras)
        self.descriptions = Descriptions(text, lexicon, patterns)
        self._narrator: Person | None = None
        self._narrator_read = False
        self.proper_words = ProperWords(text)
        if dialogue:
            cast.framed_names.update(_named_in_frames(self))

    # -- what the rules ask ---------------------------------------------------

    def person(self, mention: Mention) -> Person:
        """The person a name mention names, in the naming style asked for."""
        core = self.cast.fullest(mention) if self.full_names else mention.core
        if self.full_names and core == mention.core and not self.cast.article:
            # "said Denham" after "said Ralph Denham", its fuller form written too far off
            core = self.cast.families.spoken(mention, self.cast.speakers) or core
        honorific = mention.honorific if core == mention.core else ""
        return Person(core, honorific, mention.gender)

    def resolve(
        self, mention: Mention, lemma: str | None = None, avoid: Person | None = None
    ) -> Person | str | None:
        """Who a speaker mention means: a person, a description that stands
        for itself ("the company"), or ``None`` when the text does not say.
        ``lemma`` is the cue's: "she continued" goes on from her own turn.
        "He" or "she" never means ``avoid``."""
        if mention.kind == "name":
            return self.person(mention)
        if mention.kind == "pronoun":
            if is_narrator(mention.text, self.lexicon.lang):
                return self.narrator()
            if not sexed(mention.gender):
                return None
            lang = self.lexicon.lang
            goes_on = lemma is not None and lemma in word_set("continuing_verbs.txt", lang)
            return self.antecedent(mention.start, mention.gender, goes_on=goes_on, avoid=avoid)
        return _nominal(self, mention)

    def talker(self, mention: Mention) -> Person | None:
        """In a text that reads as dialogue, who a relation means ("said
        his mentor"): the latest person of the conversation, of its gender,
        who did not speak last, in a conversation of :data:`PAIR`."""
        if not self.dialogue:
            return None
        people = self.talk.participants(self.paras.index(mention.start))
        if len(people) > PAIR:
            return None
        for other in people[1:]:
            if compatible(self.gender_of(other), mention.gender):
                return other.person
        return None

    def names_someone(self, mention: Mention) -> bool:
        """Whether a mention with no cue beside it (``Stoltenberg: "…"``)
        names a person. It does, but in a language that capitalises every
        noun ("Der Haken: „…“"), where a name needs more: a title, a known
        given name (in its fullest form too), or to have spoken before."""
        if mention.kind != "name" or "capitalised_nouns" not in conventions(self.lexicon.lang):
            return True
        if sexed(mention.gender):  # from a title or a given name
            return True
        core = self.cast.fullest(mention)
        given = self.lexicon.first_names
        return any(w.lower() in given for w in core) or core in self.cast.speakers

    def described(self, mention: Mention) -> Person | None:
        """The person the text ties a description to ("Mr. Bumble, the
        beadle"; "Doctor Losberne" for "the doctor"), if any."""
        found = self.descriptions.named(mention)
        if found is None:
            return None
        cand = named_person(self.cast, *found)
        return None if cand is None else self.person(cand)

    def antecedent(
        self, pos: int, gender: str, *, goes_on: bool = False, avoid: Person | None = None
    ) -> Person | None:
        """The person "he" or "she" at ``pos`` means; ``goes_on`` when the
        cue says the speaker goes on from their last turn ("she continued");
        never ``avoid``, whom the quotation calls by name."""
        # a paragraph is one person's turn ("“Come,” said Emma. “Now,” she
        # said."), whoever the narration names between the two
        turn = self.talk.said_before(pos, self.paras.index(pos))
        if turn is not None and self.gender_of(turn) == gender and not _is(turn.person, avoid):
            return turn.person
        cand = self._named_fit(pos, gender, avoid)
        talker = self._conversing(pos, gender, cand, goes_on, avoid)
        if talker is not None:
            return talker.person
        if cand is not None:
            return self.person(cand)
        for old in reversed(self.talk.history[-RECENT_SPEAKERS:]):
            if old.core and compatible(old.gender, gender) and not _is(old.person, avoid):
                return old.person
        return None

    def _named_fit(self, pos: int, gender: str, avoid: Person | None) -> Mention | None:
        """The nearest person of ``gender`` named in narration before
        ``pos`` who is not ``avoid``, looked for past :data:`AVOID_STEPS`
        names of ``avoid`` at most."""
        # in a novel, only a name of known gender or one who has spoken
        cand = self.cast.antecedent(pos, gender, sure=self.dialogue)
        for _ in range(AVOID_STEPS):
            if cand is None or not _is(self.person(cand), avoid):
                return cand
            cand = self.cast.antecedent(cand.start, gender, sure=self.dialogue)
        return None

    def _conversing(
        self, pos: int, gender: str, cand: Mention | None, goes_on: bool, avoid: Person | None
    ) -> Quotation | None:
        """In a conversation, who "he" or "she" at ``pos`` means: the one
        of that gender who did not speak last (the one who did, when the
        cue says the speaker ``goes_on``), unless the narration since the
        last turn named somebody. ``cand`` is the nearest fit named in
        narration."""
        p = self.paras.index(pos)
        people = self.talk.participants(p)
        if not people:
            return None
        last = people[0]
        if cand is not None and self.paras.index(cand.start) > last.span.last_paragraph:
            return None  # named since the last turn: that one
        if goes_on:
            # the latest speaker, in this paragraph or the last turn
            latest = self.talk.history[-1] if self.talk.history else last
            if self.paras.index(latest.span.start) >= last.span.paragraph:
                last = latest
            if self.gender_of(last) == gender and not _is(last.person, avoid):
                return last
        for other in people[1:]:
            if self.gender_of(other) == gender and not _is(other.person, avoid):
                return other
        return None

    def gender_of(self, q: Quotation) -> str:
        """The gender of ``q``'s speaker, as decided or as the text's
        pronouns tell it."""
        if sexed(q.gender):
            return q.gender
        return self.cast.learned_gender(q.core, q.span.start)

    def vocative(self, q: Quotation, *, people_only: bool = True) -> Person | None:
        """The person ``q`` addresses by name at its start or end ("Aziz,
        don't chatter.", "Thank you, Dr. Aziz."): only a name that surely
        names a person, unless ``people_only`` is false; then any word
        the text never writes in lower case ("Exactly, ..." is no name)."""
        span, pats, text = q.span, self.patterns, self.text
        for m in (
            pats.vocative_first.match(text, span.start, span.end),
            pats.vocative_last.search(text, max(span.start, span.end - VOCATIVE_REACH), span.end),
        ):
            if m is None:
                continue
            cand = self.cast.mention_at(*m.span("speaker"))
            if cand is None or cand.kind != "name":
                continue
            if self.cast.person_like(cand) or (
                not people_only and self.proper_words.never_lower(cand.core[-1])
            ):
                return self.person(cand)
        return None

    def narrator(self) -> Person | None:
        """The first-person narrator ("said I"), named as the other people
        of the narrator's conversations call them (:mod:`quotex.narrator`);
        ``None`` when they never call the narrator by name."""
        if not self._narrator_read:
            self._narrator_read = True
            self._narrator = find_narrator(self)
        return self._narrator

    # -- what the runner writes -------------------------------------------------

    def apply(self, q: Quotation, decision: Decision, rule: str) -> None:
        """Write ``decision`` into ``q`` as decided by ``rule``."""
        q.rule = rule
        q.mention = decision.mention
        if decision.cue is not None:
            q.cue, q.lemma = decision.cue, decision.lemma
        source = decision.same_as
        if source is not None:
            q.speaker, q.core, q.gender = source.speaker, source.core, source.gender
        elif decision.person is not None:
            self._record(q, decision.person)
        elif decision.description is not None:
            q.speaker = as_speaker(decision.description)

    def _record(self, q: Quotation, person: Person) -> None:
        if not person.core:
            return
        gender = person.gender if person.gender != "-" else self.cast.gender_of(person.core)
        q.core, q.gender = person.core, gender
        q.speaker = Person(person.core, person.honorific, gender).name
        self.cast.add_speaker(person.core, gender)
        self.talk.history.append(q)


def _is(person: Person, avoid: Person | None) -> bool:
    """Whether ``person`` is ``avoid`` (never, when ``avoid`` is ``None``)."""
    return avoid is not None and same_person(person, avoid)


def _named_in_frames(doc: Document) -> set[tuple[str, ...]]:
    """In a novel, the names a frame with a cue gives a quotation ("said
    Styopka"), which no title or known given name marks as a person's:
    they are, and a pronoun read before their first turn may mean them
    ("Styopka made some answer … “It's full!” he shouted"). Only names
    the text never writes in lower case ("Finally Ellen said" makes no
    "Finally" a person)."""
    found: set[tuple[str, ...]] = set()
    for q in doc.quotations:
        for frame in q.frames:
            if frame.mention is None or frame.cue is None:
                continue
            named = doc.cast.mention_at(*frame.mention)
            if named is None or named.kind != "name" or named.core in found:
                continue
            if doc.cast.person_like(named):
                continue  # a person already
            if all(doc.proper_words.never_lower(w) for w in named.core):
                found.add(named.core)
    return found


def _opens_with(nominal: str, words: str, lang: str) -> bool:
    """Whether a nominal mention opens with a word of the list ``words`` of
    ``lang`` (its definite articles: "the", "le", "l’"; or its indefinite
    determiners), an elided one ("l’étrangère") too."""
    first = nominal.split()[0].lower()
    for apostrophe in "'’":
        if apostrophe in first:  # an elided article: "l’étrangère"
            first = first[: first.index(apostrophe) + 1]
    return first in word_set(words, lang)


def _nominal(doc: Document, mention: Mention) -> Person | str | None:
    """Who a nominal mention means ("the beadle", "his wife", "the other"):
    see :meth:`Document.resolve`."""
    if mention.head == "other":  # "the other", "the other man"
        # the talker before the latest one, turn by turn: the first half of
        # "“Because,” said the other, “it rains.”" is no turn of its own
        # and one person named two ways ("Syme", "Gabriel Syme") one talker
        people = doc.talk.participants(doc.paras.index(mention.start))
        other = people[1] if len(people) > 1 else doc.talk.other_speaker()
        return other.person if other is not None else None
    lang = doc.lexicon.lang
    if "nominals_stand" in conventions(lang):
        # named by its nouns, the speaker is a person like a named one
        return Person(tuple(noun_phrase(mention.text).split()), "", mention.gender)
    if doc.descriptions_stand:
        # "le prêtre", "ma mère": a description stands; "un homme" names nobody
        return (
            None if _opens_with(mention.text, "indefinite_determiners.txt", lang) else mention.text
        )
    if not _opens_with(mention.text, "definite_articles.txt", lang):
        # "one senior official", "his wife": the description is all the
        # text says of the speaker ("this source" in news; in a novel "this"
        # or "that" is rarely anyone)
        possessive = _opens_with(mention.text, "possessive_determiners.txt", lang)
        if possessive:
            return doc.talker(mention) or _relative(doc, mention) or mention.text
        if mention.text.istitle() and " " not in mention.text:
            return _title_as_surname(doc, mention)  # "said Baron"
        owner = mention.text.split(None, 1)[0]
        if owner.endswith(_POSSESSIVE):
            return mention.text if doc.cast.article else _owner(doc, mention, owner)
        return mention.text if doc.cast.article or not mention.definite else None
    named = doc.described(mention) or _epithet_name(doc, mention)
    if named is not None:
        return named
    if not doc.cast.article and _titled_description(mention, doc.proper_words):
        # "said the Grandmother": a novel's name for one of its people
        article, *words = mention.text.split()
        return Person(tuple(words), article, mention.gender)
    if (
        doc.cast.article
        and mention.head
        and introduced(doc.text, mention.start, mention.head, lang)
    ):
        return mention.text  # "a young woman asked …": "the woman" is hers
    # in a news article, "the woman" is someone it describes, not the
    # woman it named last: it calls a named person by the surname
    if mention.head and sexed(mention.gender) and not doc.cast.article:
        found = doc.antecedent(mention.start, mention.gender)
        if found is not None:
            return found
    if mention.head and mention.text.split()[-1].islower():
        # "said the painter", tied to no name: in a conversation of two,
        # the one who did not speak last ("the General" names himself)
        return doc.talker(mention) or mention.text
    return mention.text


def _titled_description(mention: Mention, proper: ProperWords) -> bool:
    """Whether a definite description is written as a name: every word
    after its article capitalised ("the Grandmother", "the General"), its
    noun one the text writes in lower case too ("the Englishman" is a
    description of a nationality, which is always capitalised)."""
    words = mention.text.split()[1:]
    return bool(words) and all(w[:1].isupper() for w in words) and not proper.never_lower(words[-1])


def _owner(doc: Document, mention: Mention, word: str) -> Person | None:
    """Outside a news article, whose a possessive description is
    ("Marilla’s encouraging answer" is Marilla’s): the owner's, as a name;
    a news article reports the office or spokesman as written."""
    owner = read_words(word, doc.lexicon)
    if owner is None or owner.kind != "name":
        return None
    return doc.person(owner.placed(mention.start, mention.start + len(word)))


def _relative(doc: Document, mention: Mention) -> Person | None:
    """In a text that reads as dialogue, the one relative a family tie
    means ("said her husband"; see :func:`quotex.kin.relative`)."""
    if not doc.dialogue:
        return None
    owners = doc.talk.participants(doc.paras.index(mention.start))
    return relative(mention, owners, doc.talk.history, doc.lexicon.lang)


def _epithet_name(doc: Document, mention: Mention) -> Person | None:
    """In a novel, a name that an article and words of mood come before
    ("the unsympathetic Marilla", "the more candid Lady Bertram"): that
    person. (A news article so writes a name's office: "the economist Jared
    Bernstein", "the younger Mr. Trump" tells a son from his father.)"""
    m = _EPITHETS.fullmatch(mention.text)
    if m is None or doc.cast.article:
        return None
    found = read_words(m["name"], doc.lexicon)
    if found is None or found.kind != "name":
        return None
    return doc.person(found.placed(mention.start + m.start("name"), mention.end))


def _title_as_surname(doc: Document, mention: Mention) -> Person | None:
    """A lone title word the text gives elsewhere as a person's surname
    ("Marty Baron … said Baron"): that person; else no one."""
    word = mention.text.rstrip(".")
    named = Mention("name", mention.text, mention.start, mention.end, core=(word,))
    if doc.cast.fullest(named) == named.core:
        return None
    return doc.person(named)
