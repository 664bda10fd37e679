"""The regular inflections of reporting verbs, one function per language.

A verb in ``verbs.txt`` is written in its base form; the inflector of the
lexicon's language makes its regular forms (irregular ones follow an ``=``
in the file). Each inflector takes the base form as the file writes it and
gives the lemma and its forms. A language without one lists every form.
"""

from __future__ import annotations

from collections.abc import Callable

from quotex.wordlists import word_list

_VOWELS = frozenset("aeiou")
# Where a German separable verb's prefix ends, as verbs.txt writes it: "fort|fahren".
SEPARABLE_MARK = "|"


def inflect(lemma: str) -> set[str]:
    """The regular inflections of a verb, or of the first word of a phrase.

    Forms that English does not use may be made too ("offerred" beside
    "offered"); they never occur in text, so they cost nothing.

    Examples:
        >>> sorted(inflect("cry"))
        ['cried', 'cries', 'cry', 'crying']
        >>> sorted(inflect("go on"))
        ['go on', 'goed on', 'goes on', 'going on']
    """
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = {head}
    if head.endswith("ee"):
        forms |= {head + "s", head + "d", head + "ing"}  # agree, agreed, agreeing
    elif head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and len(head) > 1 and head[-2] not in _VOWELS:
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms |= {head + "es", head + "ed", head + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
        if (
            len(head) > 2
            and head[-1] not in _VOWELS | {"w", "x", "y"}
            and head[-2] in _VOWELS
            and head[-3] not in _VOWELS
        ):
            # admit/admitted, quip/quipped; "offerred" is made too, harmlessly
            forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    return {f + tail for f in forms}


def english(lemma: str) -> tuple[str, set[str]]:
    """An English verb's lemma and regular forms (see :func:`inflect`)."""
    return lemma, inflect(lemma)


def german(lemma: str) -> tuple[str, set[str]]:
    """A German verb's lemma and the forms of a weak verb, in every person a
    narrator writes, past and present, participles included. A separable
    verb is written with a bar after its prefix ("hinzu|fügen"): its forms
    are those of the verb alone ("fügte", read in "fügte er hinzu") and,
    joined to the prefix, those of a clause that ends with it
    ("hinzugefügt"). A strong verb's forms ("sprach") follow an ``=`` in
    the file; the weak forms made beside them never occur in text.

    Examples:
        >>> sorted(german("sagen")[1])[:6]
        ['gesagt', 'sage', 'sagen', 'sagend', 'sagst', 'sagt']
        >>> lemma, forms = german("hinzu|fügen")
        >>> lemma, "fügte" in forms, "hinzugefügt" in forms
        ('hinzufügen', True, True)
        >>> "erklärt" in german("erklären")[1], "flüsterte" in german("flüstern")[1]
        (True, True)
    """
    if " " in lemma:
        return lemma.replace(SEPARABLE_MARK, ""), {lemma.replace(SEPARABLE_MARK, "")}
    prefix, _, verb = lemma.rpartition(SEPARABLE_MARK)
    if verb.endswith("en"):
        stem = verb[:-2]
    elif verb.endswith("n"):
        stem = verb[:-1]  # flüstern, murmeln, tun
    else:
        stem = verb
    # "antwortet", "atmet": an e before the ending after t, d, or m/n after a consonant
    joint = "e" if stem.endswith(("t", "d")) or _hard_nasal(stem) else ""
    tense = [stem + joint + "t", stem + joint + "st"]
    past = [stem + joint + "te" + end for end in ("", "n", "st", "t")]
    forms = {verb, verb + "d", stem + "e", *tense, *past}
    # prefixes that take no "ge-" in the participle: "erklärt", "versichert"
    if verb.endswith("ieren") or verb.startswith(word_list("inseparable_prefixes.txt", "de")):
        participle = stem + joint + "t"
    else:
        participle = "ge" + stem + joint + "t"
    if prefix:
        forms |= {prefix + f for f in (verb, *tense, *past)}
        forms |= {prefix + participle, prefix + "zu" + verb}
    else:
        forms.add(participle)
    return prefix + verb, forms


def _hard_nasal(stem: str) -> bool:
    """Whether a stem ends in m or n after a consonant other than l, r, h:
    "atm-", "rechn-" (their endings take an e: "atmet")."""
    return len(stem) >= 2 and stem[-1] in "mn" and stem[-2] not in _VOWELS | set("lrhmnäöü")


def listed(lemma: str) -> tuple[str, set[str]]:
    """A lemma only: for a language whose files list every form."""
    return lemma, {lemma}


INFLECTIONS: dict[str, Callable[[str], tuple[str, set[str]]]] = {
    "en": english,
    "de": german,
}
"""The inflector of each language; :func:`listed` for any other."""
