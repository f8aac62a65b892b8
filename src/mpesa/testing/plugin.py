"""The pytest plugin of mpesa-adapter: fixtures for testing an M-Pesa integration.

Registered through the ``pytest11`` entry point, so it loads in every pytest session of an
environment where the package is installed, including projects that never use it. Loading it
costs no more than ``import mpesa``: the local Daraja (Starlette and uvicorn, the ``sandbox``
extra) is imported only by the fixtures that need it, which skip with the reason when the extra
is missing, so a missing extra never breaks a test session.

Fixtures (all function-scoped):

- ``mpesa_events``: a :class:`~mpesa.RecordingEventEmitter`.
- ``mpesa_daraja``: a :class:`~mpesa.testing.MockDaraja`.
- ``mpesa_adapter`` / ``mpesa_async_adapter``: adapters on ``mpesa_daraja`` (see
  :func:`~mpesa.testing.mock_adapter`) publishing to ``mpesa_events``.
- ``local_daraja``: a :class:`~mpesa.sandbox.LocalDaraja` on 127.0.0.1, stopped afterwards.
- ``callback_receiver``: a :class:`~mpesa.sandbox.CallbackReceiver`, stopped afterwards.
- ``local_mpesa_adapter``: a real ``MpesaAdapter`` on ``local_daraja`` whose callback, result,
  timeout, confirmation and validation URLs are ``callback_receiver``'s ``/callback``,
  ``/result``, ``/timeout``, ``/confirmation`` and ``/validation``.

``pytest --mpesa-conformance URL`` adds one test per operation checking the server at URL
against the spec (:mod:`mpesa.conformance`, the ``conformance`` extra), with
``--mpesa-conformance-operations A,B`` and ``--mpesa-conformance-max-examples N``.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from .helpers import SANDBOX_EXTRA, MpesaAdapterTestHelper

if TYPE_CHECKING:
    from .. import AsyncMpesaAdapter, MpesaAdapter, RecordingEventEmitter
    from ..sandbox import CallbackReceiver, LocalDaraja
    from .mock import MockDaraja


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("mpesa", "mpesa-adapter")
    group.addoption(
        "--mpesa-conformance",
        metavar="URL",
        help="check the Daraja-compatible server at URL against the spec (MPESA_* credentials)",
    )
    group.addoption(
        "--mpesa-conformance-operations",
        metavar="A,B",
        help="the operations to check [default: those the environment offers]",
    )
    group.addoption(
        "--mpesa-conformance-max-examples",
        type=int,
        default=10,
        metavar="N",
        help="examples per property [10]",
    )


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    """With ``--mpesa-conformance``, one test per operation checking that server."""
    if config.getoption("mpesa_conformance") is None:
        return
    from ..conformance.pytest_items import conformance_items

    items.extend(conformance_items(session, config))


def _sandbox() -> ModuleType:
    """``mpesa.sandbox``, or a skip naming the missing extra."""
    try:
        from .. import sandbox
    except ImportError as exc:
        pytest.skip(f"{SANDBOX_EXTRA} ({exc})")
    return sandbox


@pytest.fixture
def mpesa_events() -> RecordingEventEmitter:
    """Every event the adapters of this test publish."""
    from ..events import RecordingEventEmitter

    return RecordingEventEmitter()


@pytest.fixture
def mpesa_daraja() -> MockDaraja:
    """The in-memory Daraja behind ``mpesa_adapter``: queue answers, read requests."""
    from .mock import MockDaraja

    return MockDaraja()


@pytest.fixture
def mpesa_adapter(
    mpesa_daraja: MockDaraja, mpesa_events: RecordingEventEmitter
) -> Iterator[MpesaAdapter]:
    """A ``MpesaAdapter`` with a complete test configuration, talking to ``mpesa_daraja``."""
    from .mock import mock_adapter

    adapter = mock_adapter(daraja=mpesa_daraja, event_emitter=mpesa_events)
    with adapter:
        yield adapter


@pytest.fixture
def mpesa_async_adapter(
    mpesa_daraja: MockDaraja, mpesa_events: RecordingEventEmitter
) -> AsyncMpesaAdapter:
    """An ``AsyncMpesaAdapter`` talking to ``mpesa_daraja`` (its transport holds no sockets)."""
    from .mock import mock_adapter

    return mock_adapter(daraja=mpesa_daraja, event_emitter=mpesa_events, async_=True)


@pytest.fixture
def local_daraja() -> Iterator[LocalDaraja]:
    """A local Daraja server on 127.0.0.1 for this test; skipped without the sandbox extra."""
    server = _sandbox().LocalDaraja()
    with server:
        yield server


@pytest.fixture
def callback_receiver() -> Iterator[CallbackReceiver]:
    """A local endpoint collecting the callbacks POSTed to it; skipped without the extra."""
    receiver = _sandbox().CallbackReceiver()
    with receiver:
        yield receiver


@pytest.fixture
def local_mpesa_adapter(
    local_daraja: LocalDaraja,
    callback_receiver: CallbackReceiver,
    mpesa_events: RecordingEventEmitter,
) -> Iterator[MpesaAdapter]:
    """A real ``MpesaAdapter`` on ``local_daraja``, its callbacks going to ``callback_receiver``."""
    adapter = MpesaAdapterTestHelper.create_local_adapter(
        local_daraja, callback_receiver, event_emitter=mpesa_events
    )
    with adapter:
        yield adapter
