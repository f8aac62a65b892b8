"""Secrets never shown, phone numbers masked: the rules every log line and event follows.

The ``mpesa`` logger's own helpers are tested here too: they are where the rules are applied.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from mpesa._logging import configure_from_env, log_request, log_response
from mpesa._redact import (
    DEFAULT_PHONE_KEYS,
    DEFAULT_SECRET_KEYS,
    REDACTED,
    mask_phone,
    redact,
    redact_text,
)

PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"


def test_msisdn_keeps_first_four_and_last_three_digits() -> None:
    assert mask_phone("254708374149") == "2547****149"


def test_msisdn_given_as_a_number_is_masked_the_same() -> None:
    assert mask_phone(254708374149) == "2547****149"


def test_plus_spaces_and_dashes_are_ignored_when_masking() -> None:
    assert mask_phone("+254 708-374 149") == "2547****149"


def test_short_number_keeps_only_its_last_two_digits() -> None:
    assert mask_phone("0708374149") == "********49"


def test_very_short_value_is_masked_entirely() -> None:
    assert mask_phone("149") == "***"


def test_hashed_msisdn_is_shortened_to_six_characters() -> None:
    hashed = "3f8a9b" + "0" * 58
    assert mask_phone(hashed) == "3f8a9b…"


def test_already_masked_c2b_msisdn_reveals_no_more_than_its_last_two_characters() -> None:
    assert mask_phone("2547 ***** 126") == "************26"


def test_secret_values_are_replaced() -> None:
    body = {"Password": "cGFzc3dvcmQ=", "SecurityCredential": "abc==", "Amount": 10}
    assert redact(body) == {"Password": REDACTED, "SecurityCredential": REDACTED, "Amount": 10}


def test_secret_keys_match_without_regard_to_case() -> None:
    assert redact({"authorization": "Bearer x", "AUTHORIZATION": "Bearer y"}) == {
        "authorization": REDACTED,
        "AUTHORIZATION": REDACTED,
    }


def test_phone_values_are_masked() -> None:
    assert redact({"PhoneNumber": "254708374149"}) == {"PhoneNumber": "2547****149"}


def test_nested_dicts_and_lists_are_redacted() -> None:
    body = {"items": [{"Name": "PhoneNumber", "msisdn": 254708374149}, {"token": "t0ken"}]}
    assert redact(body) == {
        "items": [{"Name": "PhoneNumber", "msisdn": "2547****149"}, {"token": REDACTED}]
    }


def test_party_keys_are_left_alone_unless_the_caller_names_them() -> None:
    body = {"PartyA": "600999", "PartyB": "254708374149"}
    assert redact(body) == body
    assert redact(body, phone_keys={"PartyB"}) == {"PartyA": "600999", "PartyB": "2547****149"}


def test_caller_keys_add_to_the_defaults_rather_than_replacing_them() -> None:
    body = {"Password": "p4ssw0rd", "InitiatorCredential": "c", "PhoneNumber": "254708374149"}
    assert redact(body, secret_keys={"InitiatorCredential"}, phone_keys={"Other"}) == {
        "Password": REDACTED,
        "InitiatorCredential": REDACTED,
        "PhoneNumber": "2547****149",
    }


def test_redact_copies_and_leaves_the_original_untouched() -> None:
    body = {"Password": "p4ssw0rd", "nested": {"token": "t0ken"}}
    redact(body)
    assert body == {"Password": "p4ssw0rd", "nested": {"token": "t0ken"}}


def test_non_container_values_pass_through() -> None:
    assert redact("text") == "text"
    assert redact(None) is None


def test_default_key_sets_are_lower_case() -> None:
    assert all(key == key.lower() for key in DEFAULT_SECRET_KEYS | DEFAULT_PHONE_KEYS)


def test_secret_values_are_removed_from_free_text() -> None:
    message = f"Bad Request - Invalid Password for passkey {PASSKEY}"
    assert (
        redact_text(message, [PASSKEY]) == f"Bad Request - Invalid Password for passkey {REDACTED}"
    )


def test_short_and_empty_secrets_are_not_replaced_in_text() -> None:
    assert redact_text("a 123 b", ["", "123"]) == "a 123 b"


def test_a_secret_containing_another_is_removed_whole() -> None:
    assert redact_text("key=abcdefgh", ["abcd", "abcdefgh"]) == f"key={REDACTED}"


# The "mpesa" logger: opt-in output, redacted traces


@pytest.fixture
def mpesa_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("mpesa")
    handlers, level = list(logger.handlers), logger.level
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)


def test_mpesa_log_turns_on_one_stderr_handler_at_that_level(mpesa_logger: logging.Logger) -> None:
    before = len(mpesa_logger.handlers)
    configure_from_env({"MPESA_LOG": "debug"})
    configure_from_env({"MPESA_LOG": "info"})
    assert len(mpesa_logger.handlers) == before + 1
    assert mpesa_logger.level == logging.INFO


def test_without_mpesa_log_logging_is_left_alone(mpesa_logger: logging.Logger) -> None:
    before = list(mpesa_logger.handlers)
    configure_from_env({})
    assert mpesa_logger.handlers == before


def test_unknown_mpesa_log_value_is_reported_and_ignored(
    mpesa_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    before = list(mpesa_logger.handlers)
    configure_from_env({"MPESA_LOG": "verbose"})
    assert mpesa_logger.handlers == before
    assert "MPESA_LOG='verbose' ignored" in caplog.text


def test_request_log_redacts_authorization_secrets_and_phones(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="mpesa")
    log_request(
        logging.getLogger("mpesa"),
        "initiate_stk_push",
        "POST",
        "https://sandbox.safaricom.co.ke/mpesa/stkpush/v1/processrequest",
        {"Authorization": "Bearer t0ken-value"},
        {"Password": "cGFzc3dvcmQ=", "PartyA": "254708374149", "Amount": 1},
        secret_keys=(key for key in ["Password"]),
        phone_keys=["PartyA"],
    )
    assert "t0ken-value" not in caplog.text
    assert "cGFzc3dvcmQ=" not in caplog.text
    assert "254708374149" not in caplog.text
    assert "2547****149" in caplog.text
    assert "'Amount': 1" in caplog.text


def test_response_log_redacts_the_access_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="mpesa")
    log_response(
        logging.getLogger("mpesa"), "generate_token", 200, {"access_token": "t0ken-value"}, 0.25
    )
    assert "t0ken-value" not in caplog.text
    assert "generate_token response 200 in 0.250s" in caplog.text


def test_nothing_is_logged_below_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mpesa")
    log_response(logging.getLogger("mpesa"), "generate_token", 200, {}, 0.25)
    assert caplog.records == []
