"""The exceptions quotex raises.

quotex raises only on a caller's mistake (a wrong type, a malformed lexicon
file); messy text never raises.
"""

from __future__ import annotations


class QuotexError(Exception):
    """Base class of the errors quotex raises."""


class LexiconError(QuotexError, ValueError):
    """A lexicon file or entry is malformed; the message names the file and line."""
