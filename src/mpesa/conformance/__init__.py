"""Property-based conformance checks of any Daraja-compatible server against the spec.

``run_conformance(config)`` (and ``mpesa conformance --base-url URL``) checks, for every
operation the environment offers and from ``mpesa.OPERATIONS`` alone, that valid requests are
accepted with answers in the spec's shape, that requests breaking one constraint are refused
with a code the spec lists, that bad tokens and wrong credentials are refused, and that
callbacks arrive in the spec's shape carrying the request's IDs. Every failure is shrunk to its
smallest example by Hypothesis and comes with the command that reproduces it.

Needs the ``conformance`` extra (``pip install 'mpesa-adapter[conformance]'``) for Hypothesis.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError as exc:
    raise ImportError(
        f"mpesa.conformance needs the conformance extra ({exc}): "
        "pip install 'mpesa-adapter[conformance]'",
        name=exc.name,
    ) from exc

from .checks import RULES, Finding, Rule
from .listener import CallbackListener
from .report import Failure, OperationResult, Report
from .runner import REMOTE_INTERVAL, ConformanceRefused, offered, run_conformance

__all__ = [
    "REMOTE_INTERVAL",
    "RULES",
    "CallbackListener",
    "ConformanceRefused",
    "Failure",
    "Finding",
    "OperationResult",
    "Report",
    "Rule",
    "offered",
    "run_conformance",
]
