"""The product brief's quickstart runs as written against a local Daraja.

Only its configuration differs: ``create_mpesa_adapter(environment="sandbox")`` reads the
``MPESA_*`` variables, which point at a ``LocalDaraja`` here as they would at Safaricom's
sandbox on a developer's machine.
"""

from __future__ import annotations

import pytest

from mpesa.sandbox import CallbackReceiver, LocalDaraja

QUICKSTART = """
from mpesa import create_mpesa_adapter

adapter = create_mpesa_adapter(environment="sandbox")
result = adapter.initiate_stk_push(
    phone_number="254712345678",
    amount=100.0,
    account_reference="INV001",
)
print(f"Checkout request: {result['CheckoutRequestID']}")
adapter.close()
"""


def test_the_brief_s_quickstart_pushes_an_stk_prompt_to_the_local_daraja(
    mpesa_environment: LocalDaraja,
    callback_receiver: CallbackReceiver,
    capsys: pytest.CaptureFixture[str],
) -> None:
    exec(QUICKSTART, {})
    (callback,) = callback_receiver.wait_for(1, timeout=10, path="/callback")
    checkout = callback["Body"]["stkCallback"]["CheckoutRequestID"]
    assert capsys.readouterr().out == f"Checkout request: {checkout}\n"
    metadata = callback["Body"]["stkCallback"]["CallbackMetadata"]["Item"]
    assert {"Name": "Amount", "Value": 100} in metadata
