"""One setting, ``callback_base_url``, gives every operation its callback URLs.

URLs not configured on their own are derived from it; a request that triggers a callback gets a
reference of its own at the end of its callback and timeout URLs, so its callback names it even
when the synchronous answer was lost. The base URL carries a secret: never logged, never shown.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from mpesa import MpesaConfig, MpesaConfigError, RecordingEventEmitter
from mpesa._callback_routes import CallbackRoute, route_of
from mpesa.constants import EventNameConstants
from mpesa.testing import MockDaraja, mock_adapter, mock_config
from tests.spec_strategies import minimal_arguments

SECRET = "0123456789abcdef0123456789abcdef"
BASE = f"https://shop.example/hooks/{SECRET}"
UNSET = dict.fromkeys(
    ("callback_url", "result_url", "timeout_url", "confirmation_url", "validation_url")
)


def sent(operation: str, config: MpesaConfig | None = None, **overrides: Any) -> dict[str, Any]:
    daraja = MockDaraja()
    settings = config or mock_config(**UNSET, callback_base_url=BASE)
    with mock_adapter(settings, daraja=daraja) as client:
        getattr(client, operation)(**{**minimal_arguments(operation), **overrides})
    body: dict[str, Any] = daraja.calls(operation)[0].body
    return body


def test_a_payouts_result_and_timeout_urls_share_one_reference_of_its_own() -> None:
    body = sent("b2c_payment")
    result = route_of(BASE, body["ResultURL"].removeprefix("https://shop.example"))
    timeout = route_of(BASE, body["QueueTimeOutURL"].removeprefix("https://shop.example"))
    assert result is not None and timeout is not None
    assert (result.name, timeout.name) == ("result", "timeout")
    assert result.reference == timeout.reference is not None


def test_every_request_gets_a_new_reference() -> None:
    assert sent("b2c_payment")["ResultURL"] != sent("b2c_payment")["ResultURL"]


def test_an_stk_push_callback_url_carries_its_reference() -> None:
    url = sent("initiate_stk_push")["CallBackURL"]
    route = route_of(BASE, url.removeprefix("https://shop.example"))
    assert route is not None and route.name == "callback" and route.reference is not None


def test_c2b_registration_urls_are_the_shortcodes_and_carry_no_reference() -> None:
    body = sent("c2b_register_url")
    assert body["ConfirmationURL"] == f"{BASE}/confirmation"
    assert body["ValidationURL"] == f"{BASE}/validation"


def test_a_url_configured_on_its_own_overrides_the_derived_one() -> None:
    config = mock_config(**{**UNSET, "result_url": "https://other.example/result"})
    body = sent("b2c_payment", config.replace(callback_base_url=BASE))
    assert body["ResultURL"] == "https://other.example/result"


def test_a_url_given_on_the_call_overrides_the_derived_one() -> None:
    body = sent("b2c_payment", result_url="https://other.example/result")
    assert body["ResultURL"] == "https://other.example/result"


def test_the_reference_is_among_the_ids_published_before_sending() -> None:
    events, daraja = RecordingEventEmitter(), MockDaraja()
    config = mock_config(**UNSET, callback_base_url=BASE)
    with mock_adapter(config, daraja=daraja, event_emitter=events) as client:
        client.initiate_stk_push(**minimal_arguments("initiate_stk_push"))
    (sending,) = events.of(EventNameConstants.PAYMENT_SENDING)
    url = daraja.calls("initiate_stk_push")[0].body["CallBackURL"]
    assert url.endswith("/" + sending.data["correlation"]["reference"])


def test_the_base_url_is_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, "mpesa"):
        sent("b2c_payment")
    assert "request POST" in caplog.text
    assert SECRET not in caplog.text


def test_the_base_url_is_never_in_the_configs_repr() -> None:
    assert SECRET not in repr(mock_config(callback_base_url=BASE))


def test_the_base_url_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPESA_CONSUMER_KEY", "key")
    monkeypatch.setenv("MPESA_CONSUMER_SECRET", "secret")
    monkeypatch.setenv("MPESA_CALLBACK_BASE_URL", BASE)
    assert MpesaConfig.from_env().callback_base_url == BASE


@pytest.mark.parametrize("base", ["shop.example/hooks", f"{BASE}?a=1", f"{BASE}#part"])
def test_a_malformed_base_url_is_refused(base: str) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        mock_config(callback_base_url=base)
    assert caught.value.setting == "callback_base_url"


def test_production_refuses_a_plain_http_base_url() -> None:
    with pytest.raises(MpesaConfigError):
        mock_config(environment="production", callback_base_url=BASE.replace("https", "http"))


def test_a_path_with_the_wrong_secret_is_no_route() -> None:
    assert route_of(BASE, f"/hooks/{SECRET[::-1]}/result") is None


def test_a_path_with_a_malformed_reference_is_no_route() -> None:
    assert route_of(BASE, f"/hooks/{SECRET}/result/not-a-reference") is None


def test_a_path_under_the_base_reads_back_its_route_and_reference() -> None:
    reference = "f" * 32
    assert route_of(BASE, f"/hooks/{SECRET}/result/{reference}") == CallbackRoute(
        "result", reference
    )
