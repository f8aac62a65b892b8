"""What every example shares: use the Daraja that ``MPESA_BASE_URL`` names, or start a local one.

With ``MPESA_BASE_URL`` set, an example talks to that server using the other ``MPESA_*``
variables, as production code would. Without it, :func:`daraja` starts the local Daraja sandbox
on 127.0.0.1 and puts its settings into this process's ``MPESA_*`` variables, so the examples
configure themselves the same way in both cases, with ``MpesaConfig.from_env()``, and run on a
fresh machine with no configuration and no internet.

For callbacks, :func:`daraja` also starts a ``CallbackReceiver`` and points every callback URL
the environment leaves unset at it (``/stk``, ``/result``, ``/timeout``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx

from mpesa.sandbox import CallbackReceiver, LocalDaraja

# The receiver path that each callback URL variable gets when the environment leaves it unset.
CALLBACK_PATHS = {
    "MPESA_CALLBACK_URL": "/stk",
    "MPESA_RESULT_URL": "/result",
    "MPESA_TIMEOUT_URL": "/timeout",
}
# Variables a developer may keep set for the local Daraja too.
_KEPT = frozenset({"MPESA_LOG"})


class Session:
    """Where the requests go, and the callbacks that came back to this machine."""

    def __init__(self, base_url: str, receiver: CallbackReceiver | None, paths: set[str]) -> None:
        self.base_url = base_url
        self._receiver = receiver
        self._paths = paths
        self._seen: dict[str, int] = {}

    def callback(self, path: str, timeout: float = 30.0) -> Any | None:
        """The next callback body POSTed to ``path`` of the local receiver.

        ``None`` when it cannot arrive here (the environment sends it to your own URL) or did
        not arrive in time: Daraja does not resend callbacks, so query the outcome instead.
        """
        if self._receiver is None or path not in self._paths:
            return None
        count = self._seen.get(path, 0) + 1
        try:
            bodies = self._receiver.wait_for(count, timeout, path=path)
        except TimeoutError:
            return None
        self._seen[path] = count
        return bodies[count - 1]

    def inject_fault(self, kind: str, operation: str) -> bool:
        """Make a local Daraja misbehave on the next ``operation`` request.

        Uses the sandbox's ``POST /sandbox/control/fault`` (the kinds are documented on
        ``mpesa.sandbox.Fault``), so it also works with ``python -m mpesa.sandbox``. ``False``
        when the server has no such control, as a real Daraja has not.
        """
        try:
            response = httpx.post(
                f"{self.base_url}/sandbox/control/fault",
                json={"kind": kind, "operation": operation},
                timeout=10,
            )
        except httpx.HTTPError:
            return False
        return response.status_code == 200


@contextmanager
def daraja(*, callbacks: bool = False) -> Iterator[Session]:
    """Yield with ``MPESA_*`` describing a usable Daraja; start a local one if none is named.

    ``callbacks=True`` also starts a callback receiver for the callback URLs left unset. The
    environment is restored and everything started here is stopped on exit.
    """
    saved = {name: value for name, value in os.environ.items() if name.startswith("MPESA_")}
    with ExitStack() as stack:
        stack.callback(_restore, saved)
        base_url = os.environ.get("MPESA_BASE_URL", "").strip()
        unset = [
            name for name in CALLBACK_PATHS if not (base_url and os.environ.get(name, "").strip())
        ]
        # Started first so that it stops last, after the Daraja that may still be calling back.
        receiver = stack.enter_context(CallbackReceiver()) if callbacks and unset else None
        if base_url:
            print(f"Using the Daraja at {base_url} (MPESA_BASE_URL)")
        else:
            local = stack.enter_context(LocalDaraja())
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            _use_local(local, Path(folder))
            base_url = local.base_url
            print(f"Using a local Daraja sandbox at {base_url}")
        paths: set[str] = set()
        if receiver is not None:
            for name in unset:
                os.environ[name] = receiver.url(CALLBACK_PATHS[name])
                paths.add(CALLBACK_PATHS[name])
        yield Session(base_url, receiver, paths)


def _use_local(local: LocalDaraja, folder: Path) -> None:
    """Replace the ``MPESA_*`` settings with the local Daraja's."""
    certificate = folder / "daraja-certificate.pem"
    certificate.write_bytes(local.certificate_pem)
    for name in [name for name in os.environ if name.startswith("MPESA_")]:
        if name not in _KEPT:
            del os.environ[name]
    os.environ.update(
        {
            "MPESA_BASE_URL": local.base_url,
            "MPESA_ENVIRONMENT": "sandbox",
            "MPESA_CONSUMER_KEY": local.consumer_key,
            "MPESA_CONSUMER_SECRET": local.consumer_secret,
            "MPESA_BUSINESS_SHORTCODE": local.business_shortcode,
            "MPESA_PASSKEY": local.passkey,
            "MPESA_INITIATOR_NAME": local.initiator_name,
            "MPESA_INITIATOR_PASSWORD": local.initiator_password,
            "MPESA_CERTIFICATE_PATH": str(certificate),
        }
    )


def _restore(saved: dict[str, str]) -> None:
    for name in [name for name in os.environ if name.startswith("MPESA_")]:
        del os.environ[name]
    os.environ.update(saved)
