"""``MpesaIntegrationTestBase``: a ``unittest.TestCase`` base on a local Daraja.

::

    class CheckoutTests(MpesaIntegrationTestBase):
        def test_a_push_is_announced(self):
            self.adapter.initiate_stk_push("0708374149", 10, "INV001")
            self.assert_event_emitted("mpesa.stk_push.initiated")

Needs the ``sandbox`` extra; without it the class's tests are skipped with the reason.
"""

from __future__ import annotations

import unittest
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from .helpers import SANDBOX_EXTRA, MockMpesaEventEmitter, MpesaAdapterTestHelper

if TYPE_CHECKING:
    from .._generated._client import MpesaAdapter
    from ..sandbox import CallbackReceiver, LocalDaraja

__all__ = ["MpesaIntegrationTestBase"]


class MpesaIntegrationTestBase(unittest.TestCase):
    """Starts a local Daraja and a callback receiver for the class; a fresh adapter per test.

    Each test gets ``self.adapter``, a real ``MpesaAdapter`` over HTTP whose callback URLs are
    the receiver's (see ``MpesaAdapterTestHelper.create_local_adapter``), and
    ``self.events``, the :class:`MockMpesaEventEmitter` it publishes to. Before each test the
    local Daraja forgets earlier money movements and pending callbacks, and the receiver its
    callbacks.
    """

    local_daraja: ClassVar[LocalDaraja]
    callback_receiver: ClassVar[CallbackReceiver]
    adapter: MpesaAdapter
    events: MockMpesaEventEmitter

    @classmethod
    def setUpClass(cls) -> None:
        super().setUpClass()
        try:
            from ..sandbox import CallbackReceiver, LocalDaraja
        except ImportError as exc:
            raise unittest.SkipTest(f"{SANDBOX_EXTRA} ({exc})") from None
        # The receiver starts first so that it stops last, after the Daraja calling it.
        cls.callback_receiver = CallbackReceiver().start()
        cls.addClassCleanup(cls.callback_receiver.stop)
        cls.local_daraja = LocalDaraja().start()
        cls.addClassCleanup(cls.local_daraja.stop)

    def setUp(self) -> None:
        super().setUp()
        self.local_daraja.state.reset()
        self.callback_receiver.clear()
        self.events = MockMpesaEventEmitter()
        self.adapter = MpesaAdapterTestHelper.create_local_adapter(
            self.local_daraja, self.callback_receiver, event_emitter=self.events
        )
        self.addCleanup(self.adapter.close)

    def assert_event_emitted(self, name: str, **expected: Any) -> Mapping[str, Any]:
        """The data of the first ``name`` event of this test holding every ``expected`` value."""
        return self.events.assert_event_emitted(name, **expected)
