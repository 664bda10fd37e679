"""quotex: find the quotations in a text and say who said them.

>>> from quotex import extract_quotes
>>> [q.speaker for q in extract_quotes('“We are ready,” Jens Stoltenberg said.')]
['Jens Stoltenberg']
"""

from quotex.batch import extract_many
from quotex.dataframe import to_frame
from quotex.errors import LexiconError, QuotexError
from quotex.extract import extract_quotes
from quotex.html_page import to_html
from quotex.jsonl import read_jsonl
from quotex.lexicon import Lexicon
from quotex.rules import RULES
from quotex.types import Quote, QuoteKind

__all__ = [
    "RULES",
    "Lexicon",
    "LexiconError",
    "Quote",
    "QuoteKind",
    "QuotexError",
    "extract_many",
    "extract_quotes",
    "read_jsonl",
    "to_frame",
    "to_html",
]
