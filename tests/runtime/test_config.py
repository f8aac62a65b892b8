"""MpesaConfig: defaults, validation at construction, secret-free repr, and reading the env."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mpesa import create_mpesa_adapter
from mpesa.config import MpesaConfig
from mpesa.errors import MpesaConfigError

SECRETS = {
    "consumer_secret": "consumer-secret-value",
    "passkey": "passkey-value",
    "initiator_password": "initiator-password-value",
    "security_credential": "security-credential-value",
    "bill_manager_app_key": "app-key-value",
}


def make(**changes: object) -> MpesaConfig:
    settings: dict[str, object] = {"consumer_key": "key-abcdefgh", "consumer_secret": "s3cret"}
    settings.update(changes)
    return MpesaConfig(**settings)  # type: ignore[arg-type]


def test_defaults_are_the_sandbox_with_three_retries_and_a_five_minute_token_margin() -> None:
    config = make()
    assert config.environment == "sandbox"
    assert (config.timeout, config.max_retries, config.backoff_factor) == (30.0, 3, 1.0)
    assert config.retry_statuses == frozenset({429, 500, 502, 503, 504})
    assert config.max_retry_after == 60.0
    assert config.token_refresh_margin == 300.0


def test_config_is_immutable() -> None:
    config = make()
    with pytest.raises(AttributeError):
        config.timeout = 5.0  # type: ignore[misc]


def test_repr_never_shows_a_secret() -> None:
    config = make(**SECRETS, certificate=b"-----BEGIN CERTIFICATE-----certificate-body")
    text = repr(config)
    for secret in SECRETS.values():
        assert secret not in text
    assert "certificate-body" not in text
    assert "key-abcdefgh" not in text


def test_repr_shows_the_consumer_key_masked() -> None:
    assert "consumer_key='key-***'" in repr(make())


def test_repr_shows_ordinary_settings() -> None:
    assert "business_shortcode='174379'" in repr(make(business_shortcode="174379"))


@pytest.mark.parametrize("name", ["consumer_key", "consumer_secret"])
def test_blank_credentials_are_refused(name: str) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(**{name: "  "})
    assert caught.value.setting == name


def test_an_unknown_environment_is_refused() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(environment="live")
    assert caught.value.setting == "environment"


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan"), float("inf")])
def test_timeout_must_be_a_positive_finite_number(timeout: float) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(timeout=timeout)
    assert caught.value.setting == "timeout"


@pytest.mark.parametrize("retries", [-1, 1.5, True])
def test_max_retries_must_be_a_whole_number_of_at_least_zero(retries: object) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(max_retries=retries)
    assert caught.value.setting == "max_retries"


def test_zero_retries_is_allowed() -> None:
    assert make(max_retries=0).max_retries == 0


@pytest.mark.parametrize("name", ["backoff_factor", "max_retry_after"])
def test_negative_waits_are_refused(name: str) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(**{name: -0.5})
    assert caught.value.setting == name


@pytest.mark.parametrize("margin", [-1.0, 3599.0])
def test_token_refresh_margin_must_be_shorter_than_the_token_lifetime(margin: float) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(token_refresh_margin=margin)
    assert caught.value.setting == "token_refresh_margin"


def test_retry_statuses_must_be_http_statuses() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(retry_statuses=frozenset({503, 1000}))
    assert caught.value.setting == "retry_statuses"


def test_retry_statuses_given_as_a_set_are_stored_frozen() -> None:
    assert make(retry_statuses={503}).retry_statuses == frozenset({503})


def test_production_refuses_a_plain_http_base_url() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(environment="production", base_url="http://api.example.com")
    assert caught.value.setting == "base_url"


def test_sandbox_accepts_a_plain_http_base_url() -> None:
    assert make(base_url="http://localhost:8000").base_url == "http://localhost:8000"


def test_production_refuses_a_plain_http_callback_url() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(environment="production", result_url="http://example.com/result")
    assert caught.value.setting == "result_url"


@pytest.mark.parametrize("url", ["ftp://example.com/cb", "example.com/cb", "https://"])
def test_urls_must_be_absolute_http_urls(url: str) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(callback_url=url)
    assert caught.value.setting == "callback_url"


def test_certificate_and_certificate_path_together_are_refused() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(certificate=b"pem", certificate_path="/etc/mpesa.cer")
    assert caught.value.setting == "certificate"


def test_resolved_base_url_is_the_given_base_url_without_a_trailing_slash() -> None:
    assert make(base_url="https://proxy.example.com/").resolved_base_url == (
        "https://proxy.example.com"
    )


def test_resolved_base_url_defaults_to_the_sandbox_server() -> None:
    assert make().resolved_base_url == "https://sandbox.safaricom.co.ke"


def test_resolved_base_url_of_production_is_the_production_server() -> None:
    assert make(environment="production").resolved_base_url == "https://api.safaricom.co.ke"


def test_replace_returns_a_new_config_with_the_changes() -> None:
    config = make()
    changed = config.replace(timeout=5.0)
    assert (config.timeout, changed.timeout) == (30.0, 5.0)


def test_replace_validates_the_changes() -> None:
    with pytest.raises(MpesaConfigError, match="environment"):
        make().replace(environment="staging")


def test_require_returns_a_setting_that_is_present() -> None:
    assert make(initiator_name="testapi").require("initiator_name", "b2c_payment") == "testapi"


def test_require_names_the_setting_the_operation_and_how_to_set_it() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make().require("initiator_name", "b2c_payment")
    assert str(caught.value) == (
        "initiator_name is required for b2c_payment: "
        "set MPESA_INITIATOR_NAME or pass initiator_name="
    )
    assert caught.value.setting == "initiator_name"


ENV = {"MPESA_CONSUMER_KEY": "env-key", "MPESA_CONSUMER_SECRET": "env-secret"}


def test_from_env_reads_every_setting(tmp_path: Path) -> None:
    certificate = tmp_path / "cert.cer"
    certificate.write_bytes(b"certificate")
    environ = {
        **ENV,
        "MPESA_BUSINESS_SHORTCODE": "174379",
        "MPESA_PASSKEY": "pk",
        "MPESA_ENVIRONMENT": "Production",
        "MPESA_TIMEOUT": "12.5",
        "MPESA_MAX_RETRIES": "5",
        "MPESA_BACKOFF_FACTOR": "0.5",
        "MPESA_INITIATOR_NAME": "testapi",
        "MPESA_INITIATOR_PASSWORD": "pw",
        "MPESA_CERTIFICATE_PATH": str(certificate),
        "MPESA_SECURITY_CREDENTIAL": "cred",
        "MPESA_BASE_URL": "https://proxy.example.com",
        "MPESA_CALLBACK_URL": "https://example.com/stk",
        "MPESA_RESULT_URL": "https://example.com/result",
        "MPESA_TIMEOUT_URL": "https://example.com/timeout",
        "MPESA_CONFIRMATION_URL": "https://example.com/confirm",
        "MPESA_VALIDATION_URL": "https://example.com/validate",
        "MPESA_BILL_MANAGER_APP_KEY": "appkey",
    }
    config = MpesaConfig.from_env(environ)
    assert config == MpesaConfig(
        consumer_key="env-key",
        consumer_secret="env-secret",
        business_shortcode="174379",
        passkey="pk",
        environment="production",
        timeout=12.5,
        max_retries=5,
        backoff_factor=0.5,
        initiator_name="testapi",
        initiator_password="pw",
        certificate_path=str(certificate),
        security_credential="cred",
        base_url="https://proxy.example.com",
        callback_url="https://example.com/stk",
        result_url="https://example.com/result",
        timeout_url="https://example.com/timeout",
        confirmation_url="https://example.com/confirm",
        validation_url="https://example.com/validate",
        bill_manager_app_key="appkey",
    )


def test_from_env_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPESA_CONSUMER_KEY", "os-key")
    monkeypatch.setenv("MPESA_CONSUMER_SECRET", "os-secret")
    assert MpesaConfig.from_env().consumer_key == "os-key"


def test_from_env_honours_a_prefix() -> None:
    environ = {"SHOP_MPESA_CONSUMER_KEY": "k", "SHOP_MPESA_CONSUMER_SECRET": "s"}
    assert MpesaConfig.from_env(environ, prefix="SHOP_MPESA_").consumer_key == "k"


def test_from_env_treats_empty_variables_as_unset() -> None:
    assert MpesaConfig.from_env({**ENV, "MPESA_PASSKEY": "", "MPESA_TIMEOUT": " "}).passkey is None


@pytest.mark.parametrize("variable", ["MPESA_CONSUMER_KEY", "MPESA_CONSUMER_SECRET"])
def test_from_env_names_a_missing_credential(variable: str) -> None:
    environ = {k: v for k, v in ENV.items() if k != variable}
    with pytest.raises(MpesaConfigError) as caught:
        MpesaConfig.from_env(environ)
    assert caught.value.setting == variable
    assert variable in str(caught.value)


def test_from_env_names_a_malformed_number_and_its_problem() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        MpesaConfig.from_env({**ENV, "MPESA_MAX_RETRIES": "three"})
    assert caught.value.setting == "MPESA_MAX_RETRIES"
    assert str(caught.value) == "MPESA_MAX_RETRIES must be a whole number, got 'three'"


def test_from_env_names_the_variable_of_an_invalid_value() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        MpesaConfig.from_env({**ENV, "MPESA_TIMEOUT": "-3"})
    assert caught.value.setting == "MPESA_TIMEOUT"
    assert str(caught.value).startswith("MPESA_TIMEOUT is invalid: timeout must be")


def test_from_env_errors_never_quote_a_secret() -> None:
    environ = {**ENV, "MPESA_ENVIRONMENT": "production", "MPESA_BASE_URL": "http://x.example"}
    with pytest.raises(MpesaConfigError) as caught:
        MpesaConfig.from_env(environ)
    assert "env-secret" not in str(caught.value)


@pytest.mark.parametrize("shortcode", ["1234", "12345678", "17437a", " 174379", ""])
def test_a_shortcode_that_is_not_5_to_7_digits_is_refused(shortcode: str) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        make(business_shortcode=shortcode)
    assert caught.value.setting == "business_shortcode"
    assert "5 to 7 digits" in str(caught.value)


@pytest.mark.parametrize("shortcode", ["12345", "174379", "1234567"])
def test_shortcodes_of_5_to_7_digits_are_accepted(shortcode: str) -> None:
    assert make(business_shortcode=shortcode).business_shortcode == shortcode


def test_a_certificate_path_that_does_not_exist_is_refused_at_once(tmp_path: Path) -> None:
    missing = tmp_path / "missing.cer"
    with pytest.raises(MpesaConfigError) as caught:
        make(certificate_path=str(missing))
    assert caught.value.setting == "certificate_path"
    assert str(caught.value) == f"certificate_path {str(missing)!r} does not exist"


def test_a_certificate_path_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MpesaConfigError, match="is not a readable file") as caught:
        make(certificate_path=tmp_path)
    assert caught.value.setting == "certificate_path"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_certificate_file_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    certificate = tmp_path / "cert.cer"
    certificate.write_bytes(b"certificate")
    certificate.chmod(0)
    with pytest.raises(MpesaConfigError, match="is not a readable file"):
        make(certificate_path=certificate)


def test_a_readable_certificate_path_is_accepted(tmp_path: Path) -> None:
    certificate = tmp_path / "cert.cer"
    certificate.write_bytes(b"certificate")
    assert make(certificate_path=certificate).certificate_path == certificate


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        ("MPESA_BUSINESS_SHORTCODE", "1234", "business_shortcode must be 5 to 7 digits"),
        ("MPESA_CERTIFICATE_PATH", "/no/such/cert.cer", "does not exist"),
        ("MPESA_CALLBACK_URL", "example.com/stk", "must be an absolute http(s) URL"),
    ],
)
def test_from_env_names_the_variable_of_a_value_it_can_check(
    variable: str, value: str, problem: str
) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        MpesaConfig.from_env({**ENV, variable: value})
    assert caught.value.setting == variable
    assert str(caught.value).startswith(f"{variable} is invalid: ")
    assert problem in str(caught.value)


def test_create_mpesa_adapter_names_the_variable_of_a_bad_environment_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in {**ENV, "MPESA_BUSINESS_SHORTCODE": "1743790000"}.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(MpesaConfigError) as caught:
        create_mpesa_adapter(environment="sandbox")
    assert caught.value.setting == "MPESA_BUSINESS_SHORTCODE"
    assert "MPESA_BUSINESS_SHORTCODE is invalid" in str(caught.value)


def test_create_mpesa_adapter_names_the_variable_of_a_bad_keyword(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(MpesaConfigError) as caught:
        create_mpesa_adapter(business_shortcode="12")
    assert str(caught.value) == (
        "MPESA_BUSINESS_SHORTCODE is invalid: business_shortcode must be 5 to 7 digits, got '12'"
    )
    assert caught.value.setting == "business_shortcode"
