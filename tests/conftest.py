"""Shared pytest set-up: the hypothesis profiles, and the modules of the
integration suite left out of the everyday one.

``ci`` (the default) keeps the property tests to a few seconds on a small
machine; ``thorough`` is for a run by hand:
``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Text strategies build long strings; a slow example is not a failure here,
# the adversarial tests time the pipeline instead.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "thorough",
    max_examples=5000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# Modules whose every test is marked ``integration`` (Spark, Dask,
# Chromium). Importing them imports their engines, seconds of the everyday
# suite's time for tests it deselects anyway: where the mark expression
# leaves integration tests out, they are not collected at all.
INTEGRATION_MODULES = frozenset({"test_spark.py", "test_dask.py", "test_browser.py"})


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    if collection_path.name not in INTEGRATION_MODULES:
        return None
    markexpr = config.getoption("markexpr") or ""
    return "not integration" in markexpr
