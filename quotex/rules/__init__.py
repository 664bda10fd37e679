"""The attribution rules, as one ordered table.

Each rule is one function with one signature: the quotation and what the
document knows (:class:`~quotex.document.Document`) in, a
:class:`~quotex.quotations.Decision` or ``None`` (the rule does not apply)
out. :data:`RULE_TABLE` lists them in the order they are tried, with the
family that says when the runner (:mod:`quotex.attribute`) asks them:

``frame``
    for each quotation, for each frame read next to it (a frame leading
    into the quotation first, see :mod:`quotex.reading`): the rule named
    after that frame's layout. The first decision wins.
``paragraph``
    for each quotation still without a speaker in a paragraph where a frame
    named somebody.
``turn``
    once for each paragraph none of whose quotations has a frame, asked of
    its first quotation; the first decision goes to every quotation of the
    paragraph.

A rule may also have a ``settle`` step, run once after every paragraph is
read (``dialogue_turn`` revisits the runs of a conversation).

Switching a rule off (``extract_quotes(..., rules=...)``) removes its row
before any work is done; frames of a switched-off layout are not tried.

Adding a rule: write its function in the module of its family, add a row
here, a paragraph in ``docs/rules.md``, and a table of test sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

import attrs

from quotex.conversation import settle_turns
from quotex.document import Document
from quotex.quotations import Decision, Quotation
from quotex.rules.dialogue import continuing_paragraph, dialogue_turn, vocative
from quotex.rules.framed import chained_cue, named_by_frame
from quotex.rules.narration import narration_before
from quotex.rules.paragraph import paragraph_subject, same_paragraph

Family = Literal["frame", "paragraph", "turn"]
Decide = Callable[[Quotation, Document], "Decision | None"]


@attrs.frozen
class Rule:
    """One row of the rule table.

    Attributes:
        name: What ``Quote.rule`` reports and ``rules=`` selects by.
        family: When the runner asks it (see the module's description).
        decide: The rule itself.
        settle: A step run once after every paragraph is read, if any.
    """

    name: str
    family: Family
    decide: Decide
    settle: Callable[[Document], None] | None = None


RULE_TABLE: tuple[Rule, ...] = (
    Rule("cue_after", "frame", named_by_frame),
    Rule("according_to", "frame", named_by_frame),
    Rule("signature", "frame", named_by_frame),
    Rule("cue_before", "frame", named_by_frame),
    Rule("colon", "frame", named_by_frame),
    Rule("chained_cue", "frame", chained_cue),
    Rule("same_paragraph", "paragraph", same_paragraph),
    Rule("paragraph_subject", "turn", paragraph_subject),
    Rule("narration_before", "turn", narration_before),
    Rule("vocative", "turn", vocative),
    Rule("dialogue_turn", "turn", dialogue_turn, settle=settle_turns),
    Rule("continuing_paragraph", "turn", continuing_paragraph),
)
"""Every attribution rule, in the order quotex tries them."""

RULES: tuple[str, ...] = tuple(rule.name for rule in RULE_TABLE)
"""The names of every attribution rule, in the order quotex tries them."""


def select(names: Iterable[str] | None) -> tuple[Rule, ...]:
    """The rows of :data:`RULE_TABLE` named in ``names`` (all when ``None``),
    in table order.

    Raises:
        TypeError: ``names`` is one string, not a collection of them.
        ValueError: a name is no rule of quotex's.
    """
    if names is None:
        return RULE_TABLE
    if isinstance(names, str):
        raise TypeError("rules must be a collection of rule names, e.g. rules={'cue_after'}")
    chosen = set(names)
    unknown = sorted(chosen - set(RULES))
    if unknown:
        raise ValueError(f"unknown rule(s) {', '.join(unknown)}; quotex has {', '.join(RULES)}")
    return tuple(rule for rule in RULE_TABLE if rule.name in chosen)
