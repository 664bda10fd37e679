"""How far a speaker can be trusted: the precision of the rule that decided it.

Each rule's precision is measured on the annotated development corpora by
``python -m benchmarks.confidence``, which writes it to
``quotex/data/<lang>/confidence.txt``: for every rule, in text read as dialogue
(fiction) and in text read as reporting (news), the share of the quotations
it attributed whose speaker the corpus's scorer counts right. Rules tell
speakers apart very differently in the two ("he said" after a
conversation of two is a guess that a news article rarely needs), so each
figure is for one setting.
"""

from __future__ import annotations

import functools
from typing import Literal

from quotex.lexicon import word_list

Setting = Literal["dialogue", "reporting"]
"""Text read as dialogue (a novel's conversations) or as reporting (news)."""


def confidence(rule: str | None, dialogue: bool, lang: str = "en") -> float | None:
    """The measured precision of ``rule`` in text of ``lang`` read as
    dialogue or not, or ``None`` when no rule decided or the rule has no
    figure measured in that language.

    Examples:
        >>> 0.0 < confidence("cue_after", dialogue=False) <= 1.0
        True
        >>> confidence(None, dialogue=True) is None
        True
    """
    if rule is None:
        return None
    return _table(lang).get((rule, "dialogue" if dialogue else "reporting"))


@functools.cache
def _table(lang: str) -> dict[tuple[str, str], float]:
    """The rows of the language's ``confidence.txt``: rule, setting,
    precision, quotations it was measured on."""
    table = {}
    for line in word_list("confidence.txt", lang):
        rule, setting, precision, _count = line.split()
        table[rule, setting] = float(precision)
    return table
