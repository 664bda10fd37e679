"""Shared pytest set-up: the hypothesis profiles.

``ci`` (the default) keeps the property tests to a few seconds on a small
machine; ``thorough`` is for a run by hand:
``HYPOTHESIS_PROFILE=thorough pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os

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
