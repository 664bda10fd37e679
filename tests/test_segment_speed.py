"""Paragraph splitting: the news path agrees with the plain definition.

``paragraphs`` splits a text with a long line near its start at every line
break first, and keeps that split when the lengths it found show the text is
not hard-wrapped, without counting the text's lines. The definition below
counts them: a text of eight lines or more is hard-wrapped when fewer than a
tenth of them are 100 characters or longer, and then only a blank line ends a
paragraph. Both must split any text alike.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from quotex.segment import (
    _ANY_BREAK,
    _BLANK_LINE,
    _INDENT,
    _RARE_BREAKS,
    Paragraphs,
    paragraphs,
)


def plain_paragraphs(text: str) -> Paragraphs:
    lines = text.split("\n")
    long_lines = sum(len(line) >= 100 for line in lines)
    wrapped = len(lines) >= 8 and long_lines < 0.1 * len(lines)
    if any(c in text for c in _RARE_BREAKS):
        breaker = _BLANK_LINE if wrapped else _ANY_BREAK
    elif wrapped:
        breaker = re.compile(rf"\n(?:[{_INDENT}]*\n)+")
    else:
        breaker = re.compile(rf"\n[\n{_INDENT}]*")
    starts, ends = [0], []
    for m in breaker.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    return Paragraphs(starts, [*ends, len(text)])


# lines short and long (a line of 100 indents is long too), blank lines,
# indents, and the odd rarer line break
_LINE = st.sampled_from(
    ["", "", "ab", "x" * 99, "x" * 100, "x" * 150, " ", "\u00a0", "\t a", " " * 100, "a\rb"]
)


@given(st.lists(_LINE, max_size=40).map("\n".join))
@example("x" * 100 + "\n" * 9)  # long, then blank lines: wrapped
@example("x" * 100 + "\n \n" * 4)  # the blank lines indented
@example("x" * 100 + "\n" + "\n".join(["ab"] * 9))  # one long line in ten: not wrapped
@example("x" * 100 + "\n" + "\n".join(["ab"] * 10))  # one in eleven: wrapped
def test_paragraphs_split_as_the_counted_definition_does(text: str) -> None:
    assert paragraphs(text) == plain_paragraphs(text)
