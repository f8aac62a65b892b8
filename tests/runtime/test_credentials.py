"""The SecurityCredential: RSA PKCS#1 v1.5 over the raw initiator password, Base64, once."""

from __future__ import annotations

import base64
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.x509.oid import NameOID

from mpesa import credentials
from mpesa.config import MpesaConfig
from mpesa.credentials import (
    SecurityCredentialSource,
    encrypt_initiator_password,
    load_certificate,
)
from mpesa.errors import MpesaConfigError

PASSWORD = "Safaricom999!*!"


def self_signed(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "apicrypt.test")])
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def pem(key: rsa.RSAPrivateKey) -> bytes:
    return self_signed(key).public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def der(key: rsa.RSAPrivateKey) -> bytes:
    return self_signed(key).public_bytes(serialization.Encoding.DER)


def decrypt(key: rsa.RSAPrivateKey, credential: str) -> bytes:
    return key.decrypt(base64.b64decode(credential), PKCS1v15())


def config(**changes: object) -> MpesaConfig:
    settings: dict[str, object] = {"consumer_key": "k", "consumer_secret": "s"}
    settings.update(changes)
    return MpesaConfig(**settings)  # type: ignore[arg-type]


def test_credential_decrypts_to_the_raw_password_bytes(key: rsa.RSAPrivateKey, pem: bytes) -> None:
    assert decrypt(key, encrypt_initiator_password(PASSWORD, pem)) == PASSWORD.encode()


def test_a_der_certificate_works(key: rsa.RSAPrivateKey, der: bytes) -> None:
    assert decrypt(key, encrypt_initiator_password(PASSWORD, der)) == PASSWORD.encode()


def test_a_pem_public_key_works(key: rsa.RSAPrivateKey) -> None:
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert decrypt(key, encrypt_initiator_password(PASSWORD, public)) == PASSWORD.encode()


def test_a_loaded_key_can_be_passed_instead_of_bytes(key: rsa.RSAPrivateKey, pem: bytes) -> None:
    credential = encrypt_initiator_password(PASSWORD, load_certificate(pem))
    assert decrypt(key, credential) == PASSWORD.encode()


def test_non_ascii_passwords_are_encrypted_as_utf8(key: rsa.RSAPrivateKey, pem: bytes) -> None:
    assert decrypt(key, encrypt_initiator_password("Pässwörd#1", pem)) == "Pässwörd#1".encode()


def test_a_2048_bit_key_gives_a_344_character_credential(pem: bytes) -> None:
    assert len(encrypt_initiator_password(PASSWORD, pem)) == 344


def test_an_unreadable_certificate_is_a_config_error() -> None:
    with pytest.raises(MpesaConfigError, match="could not be read") as caught:
        encrypt_initiator_password(PASSWORD, b"not a certificate")
    assert caught.value.setting == "certificate"


def test_a_certificate_without_an_rsa_key_is_a_config_error() -> None:
    ec_pem = self_signed(ec.generate_private_key(ec.SECP256R1())).public_bytes(
        serialization.Encoding.PEM
    )
    with pytest.raises(MpesaConfigError, match="RSA"):
        encrypt_initiator_password(PASSWORD, ec_pem)


def test_an_empty_password_is_refused(pem: bytes) -> None:
    with pytest.raises(MpesaConfigError) as caught:
        encrypt_initiator_password("", pem)
    assert caught.value.setting == "initiator_password"


def test_a_password_too_long_for_the_key_is_refused_without_quoting_it(pem: bytes) -> None:
    password = "x" * 300
    with pytest.raises(MpesaConfigError) as caught:
        encrypt_initiator_password(password, pem)
    assert password not in str(caught.value)


def test_load_certificate_reads_a_file(tmp_path: Path, key: rsa.RSAPrivateKey, der: bytes) -> None:
    path = tmp_path / "cert.cer"
    path.write_bytes(der)
    assert load_certificate(path).public_numbers() == key.public_key().public_numbers()
    assert load_certificate(str(path)).public_numbers() == key.public_key().public_numbers()


def test_load_certificate_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MpesaConfigError, match=r"missing\.cer") as caught:
        load_certificate(tmp_path / "missing.cer")
    assert caught.value.setting == "certificate_path"


def test_a_precomputed_credential_wins_and_nothing_is_encrypted(
    monkeypatch: pytest.MonkeyPatch, pem: bytes
) -> None:
    monkeypatch.setattr(credentials, "encrypt_initiator_password", pytest.fail)
    source = SecurityCredentialSource(
        config(security_credential="precomputed", initiator_password=PASSWORD, certificate=pem)
    )
    assert source.get("b2c_payment") == "precomputed"


def test_the_credential_is_encrypted_with_the_configured_certificate(
    key: rsa.RSAPrivateKey, pem: bytes
) -> None:
    source = SecurityCredentialSource(config(initiator_password=PASSWORD, certificate=pem))
    assert decrypt(key, source.get("b2c_payment")) == PASSWORD.encode()


def test_the_credential_is_encrypted_with_the_certificate_file(
    tmp_path: Path, key: rsa.RSAPrivateKey, pem: bytes
) -> None:
    path = tmp_path / "cert.pem"
    path.write_bytes(pem)
    source = SecurityCredentialSource(config(initiator_password=PASSWORD, certificate_path=path))
    assert decrypt(key, source.get("reversal")) == PASSWORD.encode()


def test_the_credential_is_computed_once_however_many_threads_ask(
    monkeypatch: pytest.MonkeyPatch, pem: bytes
) -> None:
    calls = []

    def counting(password: str, certificate: object) -> str:
        calls.append(password)
        return "credential"

    monkeypatch.setattr(credentials, "encrypt_initiator_password", counting)
    source = SecurityCredentialSource(config(initiator_password=PASSWORD, certificate=pem))
    results: list[str] = []
    threads = [
        threading.Thread(target=lambda: results.append(source.get("b2c_payment")))
        for _ in range(20)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == ["credential"] * 20
    assert len(calls) == 1


def test_a_missing_password_names_the_operation_and_the_settings() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        SecurityCredentialSource(config()).get("account_balance")
    assert "security_credential is required for account_balance" in str(caught.value)
    assert "MPESA_INITIATOR_PASSWORD" in str(caught.value)


def test_a_missing_certificate_names_the_operation() -> None:
    with pytest.raises(MpesaConfigError) as caught:
        SecurityCredentialSource(config(initiator_password=PASSWORD)).get("reversal")
    assert "certificate is required for reversal" in str(caught.value)
    assert caught.value.setting == "certificate_path"
    assert PASSWORD not in str(caught.value)


def test_repr_hides_the_password_and_the_credential(pem: bytes) -> None:
    source = SecurityCredentialSource(config(initiator_password=PASSWORD, certificate=pem))
    credential = source.get("b2c_payment")
    assert PASSWORD not in repr(source)
    assert credential not in repr(source)
