"""Collection for the doctest run over the package: the module of an optional
extra is left out when the extra is not installed, as its tests skip."""

from __future__ import annotations

import importlib.util

EXTRAS = {"spacy": "quotex/spacy_component.py", "pandas": "quotex/dataframe.py"}

collect_ignore = [
    path for package, path in EXTRAS.items() if importlib.util.find_spec(package) is None
]
