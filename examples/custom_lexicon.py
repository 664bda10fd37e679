"""Teach quotex a reporting verb it does not know.

"spat" is not in the bundled verb list, so the first reading finds the
quotation but no speaker. ``Lexicon.with_verbs`` returns a new lexicon that
also knows "spit" (with its irregular past "spat" after the equals sign);
the bundled default is left as it was.

Run from the repository root, with quotex installed::

    python examples/custom_lexicon.py
"""

from __future__ import annotations

from quotex import Lexicon, Quote, extract_quotes

TEXT = "“Get out,” Harriet Vane spat at Peter Wimsey."


def show(label: str, quotes: list[Quote]) -> None:
    for q in quotes:
        print(f"{label}: speaker={q.speaker} cue={q.cue} lemma={q.cue_lemma} rule={q.rule}")


def main() -> None:
    show("default", extract_quotes(TEXT))
    lexicon = Lexicon.default().with_verbs("spit = spat")
    show("with spit", extract_quotes(TEXT, lexicon=lexicon))
    # the default lexicon is unchanged: it still does not know "spat"
    print("default knows 'spat':", Lexicon.default().lemma("spat") is not None)


if __name__ == "__main__":
    main()
