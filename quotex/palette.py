"""Speaker colours, shared by the terminal listing and the HTML view.

Speakers are ranked by how often they are quoted (ties: first quoted first),
and the n-th speaker gets the n-th colour, so the people a reader cares about
most get the colours that are easiest to tell apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from quotex.types import Quote

# Kelly's 22 colours of maximum contrast (K. L. Kelly, "Twenty-two colors of
# maximum contrast", Color Engineering 3, 1965) less white and black, in his
# order: each is as unlike the ones before it as he could make it.
HIGHLIGHTS = (
    "#f3c300",  # yellow
    "#875692",  # purple
    "#f38400",  # orange
    "#a1caf1",  # light blue
    "#be0032",  # red
    "#c2b280",  # buff
    "#848482",  # grey
    "#008856",  # green
    "#e68fac",  # purplish pink
    "#0067a5",  # blue
    "#f99379",  # yellowish pink
    "#604e97",  # violet
    "#f6a600",  # orange yellow
    "#b3446c",  # purplish red
    "#dcd300",  # greenish yellow
    "#882d17",  # reddish brown
    "#8db600",  # yellow green
    "#654522",  # yellowish brown
    "#e25822",  # reddish orange
    "#2b3d26",  # olive green
)

INK_DARK = "#000000"
INK_LIGHT = "#ffffff"

# The terminal's own palette (SGR codes), which follows its theme, so each is
# readable on the background a person chose; after twelve, underlined again.
_TERMINAL = ("36", "33", "35", "32", "31", "34", "96", "93", "95", "92", "91", "94")
TERMINAL_STYLES = _TERMINAL + tuple(f"4;{code}" for code in _TERMINAL)


def speaker_counts(quotes: Iterable[Quote]) -> list[tuple[str, int]]:
    """The speakers with their quotation counts, most quoted first.

    Examples:
        >>> quotes = [Quote("a", 0, 1, speaker="Ann"), Quote("b", 2, 3, speaker="Bo"),
        ...           Quote("c", 4, 5, speaker="Bo"), Quote("d", 6, 7)]
        >>> speaker_counts(quotes)
        [('Bo', 2), ('Ann', 1)]
    """
    counts = Counter(q.speaker for q in quotes if q.speaker is not None)
    # Counter keeps first-seen order, and sorted() is stable: ties stay in it.
    return sorted(counts.items(), key=lambda item: -item[1])


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours, 1 to 21."""
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def ink(background: str) -> str:
    """The text colour, black or white, that reads best on ``background``."""
    return max((INK_DARK, INK_LIGHT), key=lambda colour: contrast(background, colour))


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
