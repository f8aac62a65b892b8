"""Suite-wide settings: Hypothesis profiles.

``ci`` (the default) is derandomized with modest example counts so every run is the same;
``deep`` explores far more and is run on purpose: ``HYPOTHESIS_PROFILE=deep make test``.
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
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
