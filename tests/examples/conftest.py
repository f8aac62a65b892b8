"""A local Daraja described by ``MPESA_*`` variables, as a user configures the adapter for it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from mpesa.sandbox import CallbackReceiver, LocalDaraja


@pytest.fixture
def local_daraja_variables(tmp_path: Path) -> Iterator[tuple[LocalDaraja, dict[str, str]]]:
    """A running local Daraja, and the MPESA_* variables that configure a client for it."""
    with LocalDaraja() as daraja:
        certificate = tmp_path / "certificate.pem"
        certificate.write_bytes(daraja.certificate_pem)
        yield (
            daraja,
            {
                "MPESA_BASE_URL": daraja.base_url,
                "MPESA_CONSUMER_KEY": daraja.consumer_key,
                "MPESA_CONSUMER_SECRET": daraja.consumer_secret,
                "MPESA_BUSINESS_SHORTCODE": daraja.business_shortcode,
                "MPESA_PASSKEY": daraja.passkey,
                "MPESA_INITIATOR_NAME": daraja.initiator_name,
                "MPESA_INITIATOR_PASSWORD": daraja.initiator_password,
                "MPESA_CERTIFICATE_PATH": str(certificate),
            },
        )


@pytest.fixture
def mpesa_environment(
    monkeypatch: pytest.MonkeyPatch,
    local_daraja_variables: tuple[LocalDaraja, dict[str, str]],
    callback_receiver: CallbackReceiver,
) -> LocalDaraja:
    """This process's MPESA_* variables set for a local Daraja, callbacks to the receiver's
    ``/callback``; every other MPESA_* variable removed for the test."""
    daraja, variables = local_daraja_variables
    for name in os.environ:
        if name.startswith("MPESA_"):
            monkeypatch.delenv(name)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MPESA_CALLBACK_URL", callback_receiver.url("/callback"))
    return daraja
