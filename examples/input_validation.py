"""Input validation: bad phone numbers and amounts are refused before any request is sent.

``PhoneNumberValidator`` normalises every way Kenyans write a mobile number to Daraja's
``2547XXXXXXXX`` and refuses the rest, naming the rule broken (never quoting the number).
``AmountValidator`` takes whole shillings within an operation's limits from the spec; floats
and cents are refused. The adapter runs the same checks (and the request model's field rules)
on every call and raises ``MpesaValidationError`` (``.field``, ``.rule``, ``.errors``) before
anything goes over the network, as the request counter below shows.

Run: ``python examples/input_validation.py``.
"""

from __future__ import annotations

import sys
from decimal import Decimal

import _local
import httpx

from mpesa import (
    AmountValidator,
    MpesaAdapter,
    MpesaConfig,
    MpesaValidationError,
    PhoneNumberValidator,
)


def main() -> int:
    for written in ("0712 345-678", "+254712345678", "712345678", "0112345678"):
        print(f"{written!r:>17} -> {PhoneNumberValidator.normalize(written)}")
    print(f"Masked for logs: {PhoneNumberValidator.mask('254708374149')}")
    for bad in ("0812345678", "+1 555 0100", "07123"):
        try:
            PhoneNumberValidator.normalize(bad)
        except MpesaValidationError as exc:
            print(f"Refused {bad!r}: {exc}")

    b2c = AmountValidator.for_operation("b2c_payment")
    print(f"B2C amounts: {b2c}; '1500.00' -> {b2c.validate('1500.00')}")
    for amount in (5, 10.0, Decimal("99.50"), 300_000):
        try:
            b2c.validate(amount)
        except MpesaValidationError as exc:
            print(f"Refused amount {amount!r}: rule {exc.rule!r}")
    stricter = AmountValidator.for_operation("b2c_payment", limits={"b2c_payment": (10, 150_000)})
    print(f"With amount_limits overriding the spec: {stricter}")

    sent: list[str] = []
    counting = httpx.Client(
        event_hooks={"request": [lambda request: sent.append(request.url.path)]}
    )
    with (
        _local.daraja(callbacks=True),
        counting,
        MpesaAdapter(MpesaConfig.from_env(), http_client=counting) as mpesa,
    ):
        for phone, amount, reference in (
            ("0812345678", 10, "INV001"),  # not a Safaricom number
            ("0708374149", Decimal("10.50"), "INV001"),  # cents: Daraja takes whole shillings
            ("0708374149", 10, "INVOICE-2024-0001"),  # AccountReference: at most 12 characters
        ):
            try:
                mpesa.initiate_stk_push(phone, amount, reference)
            except MpesaValidationError as exc:
                print(f"Adapter refused: {exc.field} ({exc.rule})")
        print(f"Requests sent so far: {len(sent)}")
        push = mpesa.initiate_stk_push("0708374149", 10, "INV001")
        print(f"A valid push goes out: {push.checkout_request_id}; requests sent: {sent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
