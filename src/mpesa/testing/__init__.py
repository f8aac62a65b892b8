"""Test helpers for code that uses mpesa-adapter, and the pytest plugin behind them.

- :class:`RecordingEventEmitter`: keeps every event; ``assert_emitted(name, **subset)``.
- :func:`canned_response` / :func:`canned_callback`: Daraja's answer to any operation and the
  callback it POSTs later, built from the spec's models, with overrides by wire name.
- :class:`MockDaraja`: an ``httpx.MockTransport`` handler that answers every operation,
  records requests and plays queued answers or failures.
- :func:`mock_adapter` / :func:`mock_config`: a ready adapter on a ``MockDaraja``.
- The same under the product brief's names: :class:`MockMpesaEventEmitter`,
  :class:`MockMpesaResponses`, :class:`MpesaAdapterTestHelper` (adapters on a mock or a local
  Daraja) and :class:`MpesaIntegrationTestBase` (a ``unittest.TestCase`` base on a local
  Daraja).

Installing the package registers the pytest plugin (:mod:`mpesa.testing.plugin`) with the
fixtures ``mpesa_events``, ``mpesa_daraja``, ``mpesa_adapter``, ``mpesa_async_adapter`` and,
with the ``sandbox`` extra, ``local_daraja``, ``callback_receiver`` and ``local_mpesa_adapter``.
Nothing here imports pytest.
"""

from __future__ import annotations

from ..events import RecordedEvent, RecordingEventEmitter
from .canned import canned_callback, canned_response
from .helpers import MockMpesaEventEmitter, MockMpesaResponses, MpesaAdapterTestHelper
from .integration import MpesaIntegrationTestBase
from .mock import MockCall, MockDaraja, mock_adapter, mock_config

__all__ = [
    "MockCall",
    "MockDaraja",
    "MockMpesaEventEmitter",
    "MockMpesaResponses",
    "MpesaAdapterTestHelper",
    "MpesaIntegrationTestBase",
    "RecordedEvent",
    "RecordingEventEmitter",
    "canned_callback",
    "canned_response",
    "mock_adapter",
    "mock_config",
]
