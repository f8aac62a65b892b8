"""The ``SecurityCredential`` that B2C, B2B, reversal, balance and status requests carry.

It is the initiator password encrypted with the M-Pesa public key certificate: RSA with
PKCS#1 v1.5 padding over the password's own UTF-8 bytes, then Base64, as Daraja's B2C page
describes it (https://developer.safaricom.co.ke/apis/BusinessToCustomer). The password is not Base64-encoded first and no
timestamp is appended. A 2048-bit key gives a 344-character credential.

PKCS#1 v1.5 encryption is randomised, so each encryption differs; Daraja accepts any of them
and the credential can be reused, so it is computed once per adapter.
"""

from __future__ import annotations

import base64
import os
import threading
from typing import TYPE_CHECKING

from .errors import MpesaConfigError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    from .config import MpesaConfig

__all__ = ["SecurityCredentialSource", "encrypt_initiator_password", "load_certificate"]

_UNREADABLE = (
    "the M-Pesa certificate could not be read: expected a PEM or DER X.509 certificate "
    "or a PEM public key (download it from the Daraja portal)"
)


def load_certificate(source: bytes | str | os.PathLike[str]) -> RSAPublicKey:
    """The RSA public key of a certificate given as its contents (bytes) or a file path."""
    # cryptography is imported on first use: most programs never encrypt a credential.
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    if isinstance(source, bytes):
        data = source
    else:
        try:
            with open(source, "rb") as file:
                data = file.read()
        except OSError as exc:
            raise MpesaConfigError(
                f"certificate_path: cannot read {os.fspath(source)!r}: {exc.strerror}",
                setting="certificate_path",
            ) from None
    key: object
    try:
        if data.lstrip().startswith(b"-----BEGIN CERTIFICATE"):
            key = x509.load_pem_x509_certificate(data).public_key()
        elif data.lstrip().startswith(b"-----BEGIN"):
            key = load_pem_public_key(data)
        else:
            key = x509.load_der_x509_certificate(data).public_key()
    except ValueError:
        raise MpesaConfigError(_UNREADABLE, setting="certificate") from None
    if not isinstance(key, RSAPublicKey):
        raise MpesaConfigError("the M-Pesa certificate must hold an RSA key", setting="certificate")
    return key


def encrypt_initiator_password(password: str, certificate: bytes | RSAPublicKey) -> str:
    """Encrypt the initiator password into a ``SecurityCredential``."""
    if not password:
        raise MpesaConfigError("initiator_password is empty", setting="initiator_password")
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    key = certificate if isinstance(certificate, RSAPublicKey) else load_certificate(certificate)
    try:
        ciphertext = key.encrypt(password.encode("utf-8"), PKCS1v15())
    except ValueError:
        raise MpesaConfigError(
            f"initiator_password is too long for a {key.key_size}-bit certificate key",
            setting="initiator_password",
        ) from None
    return base64.b64encode(ciphertext).decode("ascii")


class SecurityCredentialSource:
    """Gives each operation the configured ``SecurityCredential``, computing it at most once.

    A precomputed ``security_credential`` wins; otherwise the initiator password is encrypted
    with ``certificate`` or the file at ``certificate_path`` on first use. Missing settings
    are reported only when an operation needs them, naming that operation.
    """

    def __init__(self, config: MpesaConfig) -> None:
        self._config = config
        self._value = config.security_credential or None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "SecurityCredentialSource(<hidden>)"

    def get(self, for_operation: str) -> str:
        """The credential, or :class:`MpesaConfigError` saying what ``for_operation`` lacks."""
        with self._lock:
            if self._value is None:
                self._value = self._compute(for_operation)
            return self._value

    def _compute(self, for_operation: str) -> str:
        config = self._config
        if not config.initiator_password:
            raise MpesaConfigError(
                f"security_credential is required for {for_operation}: set "
                "MPESA_SECURITY_CREDENTIAL, or MPESA_INITIATOR_PASSWORD and MPESA_CERTIFICATE_PATH",
                setting="security_credential",
            )
        certificate = (
            config.certificate if config.certificate is not None else config.certificate_path
        )
        if certificate is None:
            raise MpesaConfigError(
                f"a certificate is required for {for_operation} to encrypt the initiator password: "
                "set MPESA_CERTIFICATE_PATH or pass certificate_path= or certificate=",
                setting="certificate_path",
            )
        return encrypt_initiator_password(config.initiator_password, load_certificate(certificate))
