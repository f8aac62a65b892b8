"""The sandbox's own M-Pesa certificate, so ``SecurityCredential`` is checked for real.

Clients encrypt the initiator password with this certificate (RSA, PKCS#1 v1.5, Base64, as
with Safaricom's) and the sandbox decrypts it with the matching private key. One key pair is
made per process, on first use: RSA key generation is slow and tests start many sandboxes.
"""

from __future__ import annotations

import base64
import binascii
import functools
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.x509.oid import NameOID


@dataclass(frozen=True, repr=False)
class SandboxKeys:
    """The private key and its self-signed certificate (PEM)."""

    private_key: rsa.RSAPrivateKey
    certificate_pem: bytes

    def __repr__(self) -> str:
        return "SandboxKeys(<private key hidden>)"

    def decrypt_credential(self, credential: str) -> str | None:
        """The password inside a ``SecurityCredential``, or ``None`` if it is not one of ours."""
        try:
            ciphertext = base64.b64decode(credential, validate=True)
            plaintext = self.private_key.decrypt(ciphertext, PKCS1v15())
            return plaintext.decode("utf-8")
        except (binascii.Error, ValueError):
            return None


@functools.lru_cache(maxsize=1)
def sandbox_keys() -> SandboxKeys:
    """The process-wide key pair and certificate (2048-bit, like Safaricom's)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "local-daraja.sandbox")])
    start = datetime.now(timezone.utc) - timedelta(days=1)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    return SandboxKeys(key, certificate.public_bytes(serialization.Encoding.PEM))
