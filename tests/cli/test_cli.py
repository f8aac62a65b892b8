"""The ``mpesa`` command line, driven through ``main`` against an in-memory Daraja."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import mpesa
from mpesa import OPERATIONS, MpesaAdapter, create_mpesa_adapter
from mpesa.cli import main

Handler = Callable[[httpx.Request], httpx.Response]

STK_PUSH = ["stk-push", "--phone", "0712345678", "--amount", "10", "--reference", "INV001"]
STK_ANSWER = {
    "MerchantRequestID": "29115-34620561-1",
    "CheckoutRequestID": "ws_CO_191220191020363925",
    "ResponseCode": "0",
    "ResponseDescription": "Success. Request accepted for processing",
    "CustomerMessage": "Success. Request accepted for processing",
}


class Daraja:
    """Answers the token request, records every other request and answers it with ``reply``."""

    def __init__(self, reply: Handler) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []
        self.token_requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/v1/generate":
            self.token_requests += 1
            return httpx.Response(200, json={"access_token": "tok", "expires_in": "3599"})
        self.requests.append(request)
        return self.reply(request)

    def factory(self, **overrides: Any) -> MpesaAdapter:
        """Build the adapter from the environment like the real command, over this transport."""
        client = httpx.Client(transport=httpx.MockTransport(self))
        return create_mpesa_adapter(http_client=client, max_retries=0, **overrides)


def answer(body: object, status: int = 200) -> Handler:
    return lambda request: httpx.Response(status, json=body)


def error_answer(status: int, code: str, message: str, request_id: str) -> Handler:
    """Daraja's error envelope."""
    return answer({"requestId": request_id, "errorCode": code, "errorMessage": message}, status)


def refuse_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("Connection refused", request=request)


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith("MPESA_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MPESA_CONSUMER_KEY", "key-for-tests")
    monkeypatch.setenv("MPESA_CONSUMER_SECRET", "secret-for-tests")
    monkeypatch.setenv("MPESA_BUSINESS_SHORTCODE", "174379")
    monkeypatch.setenv("MPESA_PASSKEY", "passkey-for-tests")
    monkeypatch.setenv("MPESA_CALLBACK_URL", "https://example.com/mpesa/callback")
    monkeypatch.setenv("MPESA_BILL_MANAGER_APP_KEY", "app-key-for-tests")
    monkeypatch.setenv("COLUMNS", "400")  # keep argparse from wrapping summaries
    yield


def test_help_lists_every_operation_with_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])

    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert len(OPERATIONS) == 37
    for op in OPERATIONS.values():
        assert op.name.replace("_", "-") in out
        assert op.summary in out


def test_stk_push_with_short_flags_sends_the_payment_and_prints_the_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    daraja = Daraja(answer(STK_ANSWER))

    status = main(
        STK_PUSH,
        adapter_factory=daraja.factory,
    )

    assert status == 0
    (request,) = daraja.requests
    body = json.loads(request.content)
    assert body["PhoneNumber"] == "254712345678"
    assert body["Amount"] == 10
    assert body["AccountReference"] == "INV001"
    assert body["BusinessShortCode"] == "174379"
    rows = [line.split(maxsplit=1) for line in capsys.readouterr().out.splitlines()]
    assert ["CheckoutRequestID", "ws_CO_191220191020363925"] in rows


def test_json_output_has_sorted_keys_and_money_as_exact_strings(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reply = {
        "header": {"responseCode": "200", "responseMessage": "Success"},
        "body": {"amount": "8.0", "points": "40", "rate": "0.2"},
    }
    daraja = Daraja(answer(reply))

    status = main(
        ["bonga-calculate-points", "--points", "40", "--json"], adapter_factory=daraja.factory
    )

    assert status == 0
    out = capsys.readouterr().out
    assert json.loads(out)["body"] == {"amount": "8.0", "points": "40", "rate": "0.2"}
    assert out.index('"body"') < out.index('"header"')


def test_zero_amount_exits_2_naming_the_field_without_any_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    daraja = Daraja(answer(STK_ANSWER))

    status = main(
        ["stk-push", "--phone", "0712345678", "--amount", "0", "--reference", "INV001"],
        adapter_factory=daraja.factory,
    )

    assert status == 2
    err = capsys.readouterr().err
    assert "amount" in err
    assert "minimum=1" in err
    assert daraja.requests == []
    assert daraja.token_requests == 0


def test_bad_phone_exits_2_naming_the_field_without_any_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    daraja = Daraja(answer(STK_ANSWER))

    status = main(
        ["stk-push", "--phone", "0812345678", "--amount", "10", "--reference", "INV001"],
        adapter_factory=daraja.factory,
    )

    assert status == 2
    err = capsys.readouterr().err
    assert "phone_number" in err
    assert "Safaricom" in err
    assert daraja.requests == []


def test_missing_consumer_key_exits_2_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("MPESA_CONSUMER_KEY")

    status = main(["stk-push", "--phone", "0712345678", "--amount", "10", "--reference", "A1"])

    assert status == 2
    assert "MPESA_CONSUMER_KEY" in capsys.readouterr().err


def test_daraja_error_exits_1_with_its_code_and_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    daraja = Daraja(
        error_answer(400, "400.002.02", "Bad Request - Invalid Amount", "11728-2929992-1")
    )

    status = main(
        STK_PUSH,
        adapter_factory=daraja.factory,
    )

    assert status == 1
    err = capsys.readouterr().err
    assert "400.002.02" in err
    assert "Bad Request - Invalid Amount" in err


def test_lost_answer_to_a_payment_exits_3_saying_not_to_resend(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def lose_answer(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    daraja = Daraja(lose_answer)

    status = main(
        STK_PUSH,
        adapter_factory=daraja.factory,
    )

    assert status == 3
    assert "do not resend" in capsys.readouterr().err
    assert len(daraja.requests) == 1


def test_array_body_is_read_from_a_json_file(tmp_path: Path) -> None:
    references = [{"externalReference": "INV-1"}, {"externalReference": "INV-2"}]
    path = tmp_path / "references.json"
    path.write_text(json.dumps(references), encoding="utf-8")
    daraja = Daraja(answer({"rescode": "200", "resmsg": "Success"}))

    status = main(
        ["bill-manager-cancel-bulk-invoices", "--json-file", str(path)],
        adapter_factory=daraja.factory,
    )

    assert status == 0
    (request,) = daraja.requests
    assert json.loads(request.content) == references


def test_array_body_is_taken_as_a_json_argument() -> None:
    daraja = Daraja(answer({"rescode": "200", "resmsg": "Success"}))

    status = main(
        [
            "bill-manager-cancel-bulk-invoices",
            "--external-references",
            '[{"externalReference": "X"}]',
        ],
        adapter_factory=daraja.factory,
    )

    assert status == 0
    (request,) = daraja.requests
    assert json.loads(request.content) == [{"externalReference": "X"}]


def test_malformed_json_argument_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["bill-manager-cancel-bulk-invoices", "--external-references", "[oops"])

    assert exit_info.value.code == 2
    assert "not valid JSON" in capsys.readouterr().err


def test_secrets_cannot_be_given_as_flags() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["balance", "--security-credential", "c2VjcmV0"])

    assert exit_info.value.code == 2


def test_literal_parameters_only_accept_their_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["b2c", "--phone", "0712345678", "--amount", "10", "--command-id", "Gift"])

    assert exit_info.value.code == 2
    assert "BusinessPayment" in capsys.readouterr().err


def test_base_url_flag_overrides_the_environment() -> None:
    daraja = Daraja(answer(STK_ANSWER))

    main(
        ["--base-url", "http://127.0.0.1:9999", *STK_PUSH],
        adapter_factory=daraja.factory,
    )

    (request,) = daraja.requests
    assert str(request.url).startswith("http://127.0.0.1:9999/")


def test_sandbox_without_the_extra_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "mpesa.sandbox.__main__", None)

    status = main(["sandbox", "--port", "0"])

    assert status == 2
    assert "pip install 'mpesa-adapter[sandbox]'" in capsys.readouterr().err


def test_sandbox_passes_its_arguments_through(monkeypatch: pytest.MonkeyPatch) -> None:
    import mpesa.sandbox.__main__ as sandbox_main

    received: list[list[str]] = []

    def fake_sandbox(argv: list[str]) -> int:
        received.append(argv)
        return 0

    monkeypatch.setattr(sandbox_main, "main", fake_sandbox)

    status = main(["sandbox", "--port", "0", "--stk-delay", "0.5"])

    assert status == 0
    assert received == [["--port", "0", "--stk-delay", "0.5"]]


@pytest.fixture
def help_text(capsys: pytest.CaptureFixture[str]) -> str:
    """What ``mpesa --help`` prints."""
    with pytest.raises(SystemExit):
        main(["--help"])
    return capsys.readouterr().out


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])

    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"mpesa {mpesa.__version__}"


def test_help_lists_commands_by_product_in_the_registry_order(help_text: str) -> None:
    out = help_text
    groups = list(dict.fromkeys(op.group_title for op in OPERATIONS.values()))
    headings = [out.index(f"\n  {group}:\n") for group in groups]
    assert headings == sorted(headings)
    for op in OPERATIONS.values():
        heading = headings[groups.index(op.group_title)]
        assert out.index(f"    {op.name.replace('_', '-')}", heading) > heading


def test_help_lists_m_pesa_express_first(help_text: str) -> None:
    products = help_text.split("commands, by product", 1)[1]
    assert products.index("\n  M-Pesa Express:\n") < products.index("\n  Customer to Business")
    assert next(iter(OPERATIONS)) == "initiate_stk_push"


def test_help_shows_the_short_aliases_next_to_their_commands(help_text: str) -> None:
    assert "initiate-stk-push, stk-push " in help_text
    assert "query-stk-push-status, stk-query " in help_text
    assert "b2c-payment, b2c " in help_text


def test_help_documents_the_exit_statuses(help_text: str) -> None:
    out = " ".join(help_text.split())
    assert "exit status: 0 done, 1 Daraja answered with an error, 2 bad input" in out
    assert "4 no answer from Daraja, 5 pending" in out


@pytest.mark.parametrize(
    ("variable", "command", "hint"),
    [
        ("MPESA_CALLBACK_URL", STK_PUSH, "CallBackURL with --callback-url or MPESA_CALLBACK_URL"),
        (
            "MPESA_BUSINESS_SHORTCODE",
            STK_PUSH,
            "BusinessShortCode with --business-shortcode or MPESA_BUSINESS_SHORTCODE",
        ),
        (  # a secret has no flag
            "MPESA_BILL_MANAGER_APP_KEY",
            ["bill-manager-cancel-invoice", "--external-reference", "INV1"],
            "appKey with MPESA_BILL_MANAGER_APP_KEY\n",
        ),
    ],
)
def test_a_missing_setting_is_named_with_its_flag_and_variable_before_any_request(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    command: list[str],
    hint: str,
) -> None:
    monkeypatch.delenv(variable)
    daraja = Daraja(answer(STK_ANSWER))

    status = main(command, adapter_factory=daraja.factory)

    assert status == 2
    assert hint in capsys.readouterr().err
    assert daraja.requests == []


def test_unreachable_daraja_exits_4(capsys: pytest.CaptureFixture[str]) -> None:
    def factory(**overrides: Any) -> MpesaAdapter:
        client = httpx.Client(transport=httpx.MockTransport(refuse_connection))
        return create_mpesa_adapter(http_client=client, max_retries=0, **overrides)

    status = main(STK_PUSH, adapter_factory=factory)

    assert status == 4
    assert "Connection refused" in capsys.readouterr().err


def test_connection_lost_on_a_query_exits_4() -> None:
    daraja = Daraja(refuse_connection)

    status = main(["stk-query", "--checkout-request-id", "ws_CO_1"], adapter_factory=daraja.factory)

    assert status == 4


def test_stk_query_of_an_open_prompt_exits_5_saying_to_ask_again(
    capsys: pytest.CaptureFixture[str],
) -> None:
    daraja = Daraja(
        error_answer(500, "500.001.1001", "The transaction is being processed", "ws_CO_1")
    )

    status = main(["stk-query", "--checkout-request-id", "ws_CO_1"], adapter_factory=daraja.factory)

    assert status == 5
    assert "query again later" in capsys.readouterr().err
