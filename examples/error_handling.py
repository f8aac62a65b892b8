"""Error handling: the exception hierarchy, what each error carries, and what to do next.

Every exception derives from ``MpesaException``; the subclass says what the caller can do.
``MpesaAPIException`` carries Daraja's ``error_code``, ``error_message``, ``request_id`` and
``http_status``, plus the spec's ``meaning`` and ``category``; ``MpesaAuthException`` means the
consumer key and secret were refused. A customer who cancels the STK prompt is *not* an
exception: the push was accepted, and its outcome (ResultCode 1032) arrives in the callback and
the STK query, where ``ResultCodes.describe`` gives the same categories.

Run: ``python examples/error_handling.py``. The local sandbox cancels every STK push to the
magic customer number 254700001032.
"""

from __future__ import annotations

import sys

import _local

from mpesa import (
    OPERATIONS,
    MpesaAdapter,
    MpesaAPIException,
    MpesaAuthException,
    MpesaConfig,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTransportError,
    MpesaValidationError,
    ResultCodes,
    models,
)

CANCELLING_CUSTOMER = "254700001032"  # the local sandbox answers 1032 "Request cancelled by user"

NEXT_STEP = {
    "success": "nothing to do",
    "pending": "ask again later",
    "customer_action": "tell the customer; they may try again",
    "retry_later": "try again later",
    "configuration_error": "fix the integration (credentials, shortcode, request)",
    "unknown_outcome": "do not resend; find the outcome first",
    "failed": "record the failure",
}


def print_hierarchy(cls: type[BaseException], depth: int = 0) -> None:
    print(f"{'    ' * depth}{cls.__name__}")
    for subclass in cls.__subclasses__():
        print_hierarchy(subclass, depth + 1)


def report(exc: MpesaException) -> None:
    """One handler for every error, most specific class first."""
    match exc:
        case MpesaOutcomeUnknownError():
            print(f"  outcome unknown: do not resend; call {exc.resolved_by}({exc.resolve_with})")
        case MpesaAPIException():
            print(f"  error_code={exc.error_code} http_status={exc.http_status}")
            print(f"  error_message={exc.error_message!r} request_id={exc.request_id}")
            print(f"  category={exc.category}: {NEXT_STEP.get(exc.category or '', '?')}")
            print(f"  meaning={exc.meaning}")
        case MpesaAuthException():
            print(f"  credentials refused: {exc.error_code} {exc.error_message!r}")
        case MpesaValidationError():
            print(f"  bad input, nothing sent: {exc.field} ({exc.rule})")
        case MpesaTransportError():
            print(f"  no answer ({type(exc).__name__}); a read may be retried")
        case _:
            print(f"  {type(exc).__name__}: {exc}")


def main() -> int:
    print_hierarchy(MpesaException)

    with _local.daraja(callbacks=True) as daraja:
        config = MpesaConfig.from_env()

        print("\nWrong consumer secret -> MpesaAuthException")
        with MpesaAdapter(config.replace(consumer_secret="not-the-secret")) as wrong:
            try:
                wrong.get_access_token()
            except MpesaException as exc:
                report(exc)

        with MpesaAdapter(config) as mpesa:
            print("\nQuerying an STK push that does not exist -> MpesaAPIException")
            try:
                mpesa.query_stk_push_status("ws_CO_000000000000000000")
            except MpesaException as exc:
                report(exc)

            print("\nThe customer cancels the prompt -> an outcome, not an exception")
            push = mpesa.initiate_stk_push(CANCELLING_CUSTOMER, 10, "INV002")
            body = daraja.callback("/stk")
            if body is not None:
                callback = models.StkCallback.model_validate(body).body.stk_callback
                tables = OPERATIONS["initiate_stk_push"].result_code_tables
                info = ResultCodes.describe(callback.result_code, tables)
                print(f"  callback ResultCode {info.code}: {callback.result_desc}")
                print(f"  category={info.category}: {NEXT_STEP[info.category]}")
            try:
                status = mpesa.query_stk_push_status(push.checkout_request_id)
                print(f"  STK query agrees: ResultCode {status.result_code} {status.result_desc}")
            except MpesaException as exc:
                report(exc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
