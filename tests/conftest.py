"""Suite-wide settings: Hypothesis profiles.

``ci`` (the default) is derandomized with modest example counts so every run is the same;
``deep`` explores far more and is run on purpose: ``HYPOTHESIS_PROFILE=deep make test``;
``fuzz`` runs 10,000 examples per test, for the input fuzzing
(``HYPOTHESIS_PROFILE=fuzz pytest tests/adapter/test_input_fuzz.py``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "deep", max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=10_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
