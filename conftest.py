"""Collection for the doctest run over the package: a module of an optional
extra (spaCy) is left out when the extra is not installed, as its tests skip."""

from __future__ import annotations

import importlib.util

collect_ignore = []
if importlib.util.find_spec("spacy") is None:
    collect_ignore.append("quotex/spacy_component.py")
