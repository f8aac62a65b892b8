"""The test helpers under the names of the product brief, as thin names over this package.

- :class:`MockMpesaEventEmitter`: a :class:`~mpesa.RecordingEventEmitter` whose
  ``assert_event_emitted`` returns the matching event's data.
- :class:`MockMpesaResponses`: Daraja's answers (success and failure) and callbacks, from
  :func:`~mpesa.testing.canned_response` and :func:`~mpesa.testing.canned_callback`.
- :class:`MpesaAdapterTestHelper`: adapters on a :class:`~mpesa.testing.MockDaraja` or on a
  local Daraja, and one call to queue the next answer of an operation::

    adapter = MpesaAdapterTestHelper.create_mock_adapter()
    MpesaAdapterTestHelper.mock_stk_push_response(adapter, success=False)
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _shapes
from ..events import RecordingEventEmitter
from .canned import canned_callback, canned_response, result_description
from .mock import MockDaraja, mock_adapter

if TYPE_CHECKING:
    from .._generated._client import MpesaAdapter
    from ..config import MpesaConfig
    from ..events import EventTarget
    from ..sandbox import CallbackReceiver, LocalDaraja

__all__ = ["MockMpesaEventEmitter", "MockMpesaResponses", "MpesaAdapterTestHelper"]

# The callback receiver path of each URL setting of an adapter on a local Daraja.
RECEIVER_PATHS = {
    "callback_url": "/callback",
    "result_url": "/result",
    "timeout_url": "/timeout",
    "confirmation_url": "/confirmation",
    "validation_url": "/validation",
}
SANDBOX_EXTRA = "needs the local Daraja: pip install 'mpesa-adapter[sandbox]'"
MOCK_REQUEST_ID = "mock-request-id"
# How Daraja refuses each operation whose mock answer can be a failure: code and message.
_REFUSALS: Mapping[str, tuple[str, str]] = {
    "get_access_token": ("400.008.01", "Invalid Authentication passed"),
    "initiate_stk_push": ("400.002.02", "Bad Request - Invalid PhoneNumber"),
    "b2c_payment": ("400.002.02", "Bad Request - Invalid InitiatorName"),
}


class MockMpesaEventEmitter(RecordingEventEmitter):
    """Records every event, like :class:`~mpesa.RecordingEventEmitter`."""

    def assert_event_emitted(self, name: str, **expected: Any) -> Mapping[str, Any]:
        """The data of the first ``name`` event holding every ``expected`` key and value.

        Raises AssertionError saying what was emitted instead (see ``assert_emitted``).
        """
        return self.assert_emitted(name, **expected).data


class MockMpesaResponses:
    """Daraja's JSON answers and callbacks, for any operation and for the brief's usual ones.

    A success is the operation's :func:`~mpesa.testing.canned_response`; a failure is Daraja's
    error envelope (``errorCode``, ``errorMessage``), which Daraja sends with the HTTP status
    that ``mpesa.ERROR_CODES`` records for the code. Every call returns a fresh dict.
    """

    @staticmethod
    def response(operation: str, **overrides: Any) -> dict[str, Any]:
        """The success answer of ``operation``; ``overrides`` by wire name."""
        return canned_response(operation, **overrides)

    @staticmethod
    def error(error_code: str, message: str | None = None) -> dict[str, Any]:
        """Daraja's error envelope for ``error_code``, with its recorded message by default."""
        return _shapes.error_envelope(error_code, message, request_id=MOCK_REQUEST_ID)

    @staticmethod
    def callback(
        operation: str,
        result_code: str | int = "0",
        *,
        parameters: Mapping[str, Any] | None = None,
        **overrides: Any,
    ) -> dict[str, Any]:
        """The callback Daraja POSTs after ``operation`` (see ``canned_callback``)."""
        return canned_callback(operation, result_code, parameters=parameters, **overrides)

    @classmethod
    def oauth_token(cls, success: bool = True) -> dict[str, Any]:
        """A token, or the refusal of a wrong consumer key and secret (400.008.01)."""
        return cls._answer("get_access_token", success)

    @classmethod
    def stk_push(cls, success: bool = True) -> dict[str, Any]:
        """An accepted STK push, or one refused for its phone number (400.002.02)."""
        return cls._answer("initiate_stk_push", success)

    @classmethod
    def stk_query(cls, result_code: str | int = "0") -> dict[str, Any]:
        """The STK query's answer once the customer has answered: ``1032`` is a cancellation."""
        description = result_description("query_stk_push_status", result_code)
        return cls.response(
            "query_stk_push_status", ResultCode=str(result_code), ResultDesc=description
        )

    @classmethod
    def stk_query_pending(cls) -> dict[str, Any]:
        """The STK query's answer while the prompt is still open (500.001.1001)."""
        return cls.error("500.001.1001", "The transaction is being processed")

    @classmethod
    def b2c(cls, success: bool = True) -> dict[str, Any]:
        """An accepted B2C payment, or one refused for its initiator (400.002.02)."""
        return cls._answer("b2c_payment", success)

    @classmethod
    def transaction_status(cls) -> dict[str, Any]:
        """An accepted transaction status query (the status comes in its result callback)."""
        return cls.response("query_transaction_status")

    @classmethod
    def account_balance(cls) -> dict[str, Any]:
        """An accepted balance query (the balances come in its result callback)."""
        return cls.response("get_account_balance")

    @classmethod
    def _answer(cls, operation: str, success: bool) -> dict[str, Any]:
        return cls.response(operation) if success else cls.error(*_REFUSALS[operation])


class MpesaAdapterTestHelper:
    """Adapters for tests, and the answers their mock Daraja gives next."""

    @staticmethod
    def create_mock_adapter(
        config: MpesaConfig | None = None,
        *,
        daraja: MockDaraja | None = None,
        event_emitter: EventTarget | None = None,
    ) -> MpesaAdapter:
        """A real adapter on a :class:`MockDaraja` (see ``mock_adapter``).

        Its ``event_emitter`` is a new :class:`MockMpesaEventEmitter` unless one is given.
        """
        daraja = daraja if daraja is not None else MockDaraja()
        emitter = event_emitter if event_emitter is not None else MockMpesaEventEmitter()
        adapter = mock_adapter(config, daraja=daraja, event_emitter=emitter)
        _MOCKS[adapter] = daraja
        return adapter

    @staticmethod
    def create_local_adapter(
        local_daraja: LocalDaraja,
        receiver: CallbackReceiver | None = None,
        *,
        event_emitter: EventTarget | None = None,
    ) -> MpesaAdapter:
        """A real adapter on ``local_daraja``, over HTTP.

        With a ``receiver``, the callback, result, timeout, confirmation and validation URLs
        are its ``/callback``, ``/result``, ``/timeout``, ``/confirmation`` and ``/validation``.
        """
        from .._generated._client import MpesaAdapter

        urls = (
            {setting: receiver.url(path) for setting, path in RECEIVER_PATHS.items()}
            if receiver is not None
            else {}
        )
        return MpesaAdapter(local_daraja.config(**urls), event_emitter=event_emitter)

    @staticmethod
    def mock_daraja(adapter: MpesaAdapter) -> MockDaraja:
        """The :class:`MockDaraja` behind an adapter of :meth:`create_mock_adapter`."""
        try:
            return _MOCKS[adapter]
        except KeyError:
            raise ValueError(
                "this adapter was not made by MpesaAdapterTestHelper.create_mock_adapter"
            ) from None

    @classmethod
    def mock_response(cls, adapter: MpesaAdapter, operation: str, body: Mapping[str, Any]) -> None:
        """Answer the next ``operation`` request with ``body``.

        An error envelope (a body with ``errorCode``) goes with the HTTP status Daraja sends
        with that code; any other body with 200.
        """
        code = body.get("errorCode")
        status = _shapes.error_status(str(code)) if code is not None else 200
        cls.mock_daraja(adapter).respond(operation, json=dict(body), status=status)

    @classmethod
    def mock_oauth_response(cls, adapter: MpesaAdapter, success: bool = True) -> None:
        """The next token request gets a token, or the refusal of the credentials."""
        cls.mock_response(adapter, "get_access_token", MockMpesaResponses.oauth_token(success))

    @classmethod
    def mock_stk_push_response(cls, adapter: MpesaAdapter, success: bool = True) -> None:
        """The next STK push is accepted, or refused (``MpesaAPIException``)."""
        cls.mock_response(adapter, "initiate_stk_push", MockMpesaResponses.stk_push(success))

    @classmethod
    def mock_stk_query_response(cls, adapter: MpesaAdapter, result_code: str | int = "0") -> None:
        """The next STK query reports ``result_code``."""
        body = MockMpesaResponses.stk_query(result_code)
        cls.mock_response(adapter, "query_stk_push_status", body)

    @classmethod
    def mock_b2c_response(cls, adapter: MpesaAdapter, success: bool = True) -> None:
        """The next B2C payment is accepted, or refused (``MpesaAPIException``)."""
        cls.mock_response(adapter, "b2c_payment", MockMpesaResponses.b2c(success))

    @classmethod
    def mock_transaction_status_response(cls, adapter: MpesaAdapter) -> None:
        """The next transaction status query is accepted."""
        body = MockMpesaResponses.transaction_status()
        cls.mock_response(adapter, "query_transaction_status", body)

    @classmethod
    def mock_account_balance_response(cls, adapter: MpesaAdapter) -> None:
        """The next balance query is accepted."""
        cls.mock_response(adapter, "get_account_balance", MockMpesaResponses.account_balance())


_MOCKS: weakref.WeakKeyDictionary[MpesaAdapter, MockDaraja] = weakref.WeakKeyDictionary()
