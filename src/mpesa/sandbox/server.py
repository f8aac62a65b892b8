"""``LocalDaraja``: the sandbox app served by uvicorn on 127.0.0.1, in a background thread.

::

    with LocalDaraja() as sandbox:
        adapter = MpesaAdapter(sandbox.config(callback_url=receiver.url("/stk")))
        ...

The server listens on a free port chosen by the operating system, is ready when the
``with`` block starts, and is always shut down (with its callback worker) when it ends.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import TYPE_CHECKING, Any

import uvicorn

from ._background import BackgroundServer
from ._limits import MAX_BODY_SIZE
from ._protocol import protocol_with_deadline
from .app import create_app
from .state import SandboxState

if TYPE_CHECKING:
    from ..config import MpesaConfig

__all__ = ["LocalDaraja"]

_START_TIMEOUT = 10.0

REQUEST_TIMEOUT = 10.0
"""Seconds a connection has to deliver a whole request (from opening, or the last answer)."""

_MAX_HEADER_SIZE = 16 * 1024
"""The largest request line and headers h11 buffers before answering 400."""


class LocalDaraja(BackgroundServer):
    """A local Daraja server for tests, demos and offline development.

    Pass a :class:`SandboxState` to share or pre-configure one, or its keyword options
    (``stk_delay=0.05``, ``token_lifetime=1.0``, ``flaws={"drop-callback"}`` ...) to make a new
    one. ``port=0`` picks a free port; ``base_url`` says which.

    Its protections, as a server run in CI needs: bodies over ``max_body_size`` bytes get 413
    unread, a connection that does not deliver a whole request within ``request_timeout``
    seconds is closed, and ``control_token`` (when given) must come as a bearer token with
    every ``/sandbox/control/`` request. Callbacks go to loopback hosts only unless the state
    allows others (``allow_external_callbacks=True``).
    """

    def __init__(
        self,
        state: SandboxState | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        max_body_size: int = MAX_BODY_SIZE,
        request_timeout: float = REQUEST_TIMEOUT,
        control_token: str | None = None,
        **state_options: Any,
    ) -> None:
        if state is not None and state_options:
            raise TypeError("give a SandboxState or its options, not both")
        self._owns_state = state is None
        self.state = state if state is not None else SandboxState(**state_options)
        self._host = host
        self._port = port
        self._max_body_size = max_body_size
        self._request_timeout = request_timeout
        self._control_token = control_token
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._socket is not None else "stopped"
        return f"LocalDaraja({where})"

    def start(self) -> LocalDaraja:
        """Start serving; returns once the server accepts connections."""
        if self._server is not None:
            raise RuntimeError("this LocalDaraja is already running")
        sock = self._listen()
        app = create_app(
            self.state, max_body_size=self._max_body_size, control_token=self._control_token
        )
        config = uvicorn.Config(
            app,
            log_config=None,
            access_log=False,
            lifespan="off",
            http=protocol_with_deadline(self._request_timeout),
            h11_max_incomplete_event_size=_MAX_HEADER_SIZE,
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="local-daraja", daemon=True
        )
        self._server, self._thread, self._socket = server, thread, sock
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the local Daraja server did not start")
            time.sleep(0.01)
        return self

    def _listen(self) -> socket.socket:
        """Bind and listen at once, so a port in use fails here with an ``OSError`` naming it."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # Accepted connections inherit this: without it, a response's separate header and
            # body writes wait for the client's delayed ACK (~40 ms per keep-alive request).
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.bind((self._host, self._port))
            sock.listen()
        except OSError as exc:
            sock.close()
            raise OSError(
                exc.errno, f"cannot listen on {self._host}:{self._port}: {exc.strerror}"
            ) from None
        return sock

    def stop(self) -> None:
        """Shut the server and the callback worker down; safe to call twice."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout=_START_TIMEOUT)
        if sock is not None:
            sock.close()
        if self._owns_state:
            self.state.close()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``, the base URL to give the adapter."""
        if self._socket is None:
            raise RuntimeError("the local Daraja is not running")
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def inbox_url(self, path: str = "callback") -> str:
        """A URL of this server's own callback inbox: what is POSTed there is listed by
        ``GET /sandbox/inbox`` (and :meth:`SandboxState.inbox`)."""
        return f"{self.base_url}/sandbox/inbox/{path.lstrip('/')}"

    @property
    def consumer_key(self) -> str:
        return self.state.consumer_key

    @property
    def consumer_secret(self) -> str:
        return self.state.consumer_secret

    @property
    def passkey(self) -> str:
        return self.state.passkey

    @property
    def business_shortcode(self) -> str:
        return self.state.business_shortcode

    @property
    def initiator_name(self) -> str:
        return self.state.initiator_name

    @property
    def initiator_password(self) -> str:
        return self.state.initiator_password

    @property
    def certificate_pem(self) -> bytes:
        """The certificate to encrypt the initiator password with (``MpesaConfig.certificate``)."""
        return self.state.certificate_pem

    def config(self, **overrides: Any) -> MpesaConfig:
        """An ``MpesaConfig`` pointing at this server with its credentials.

        ``overrides`` set or replace any setting, typically ``callback_url``, ``result_url``,
        ``timeout_url`` (the URLs of a :class:`~mpesa.sandbox.CallbackReceiver`) and retry
        settings.
        """
        from ..config import MpesaConfig

        settings: dict[str, Any] = {
            "consumer_key": self.consumer_key,
            "consumer_secret": self.consumer_secret,
            "environment": "sandbox",
            "base_url": self.base_url,
            "business_shortcode": self.business_shortcode,
            "passkey": self.passkey,
            "initiator_name": self.initiator_name,
            "initiator_password": self.initiator_password,
            "certificate": self.certificate_pem,
        }
        settings.update(overrides)
        return MpesaConfig(**settings)
