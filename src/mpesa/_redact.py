"""Keep secrets and phone numbers out of logs, events and error messages.

Everything the adapter writes about a request (debug logs, events, exception text) goes through
this module first. Secrets are replaced outright; phone numbers are masked so a log line still
says which customer it was about without exposing the number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[REDACTED]"

# Lower-case key names whose values are never shown. Matching ignores case.
DEFAULT_SECRET_KEYS: frozenset[str] = frozenset(
    {
        "password",
        "passkey",
        "securitycredential",
        "security_credential",
        "access_token",
        "authorization",
        "consumer_secret",
        "client_secret",
        "initiator_password",
        "appkey",
        "app_key",
        "token",
    }
)

# Keys that always hold a customer's phone number. PartyA/PartyB are not here: they are
# shortcodes in B2B, so the caller adds them per operation from the spec's ``phone`` fields.
DEFAULT_PHONE_KEYS: frozenset[str] = frozenset(
    {
        "phonenumber",
        "phone_number",
        "phone",
        "msisdn",
        "customernumber",
        "customer_number",
        "billedphonenumber",
        "nominatednumber",
    }
)

_HASHED_MSISDN = re.compile(r"[0-9a-fA-F]{64}")
_PHONE_LIKE = re.compile(r"\+?[0-9][0-9 \-]*")
_SHORTEST_SECRET = 4


def mask_phone(value: object) -> str:
    """Mask a phone number for display: ``254708374149`` becomes ``2547****149``.

    International numbers (12 digits or more, ``+``, spaces and dashes ignored) keep their first
    four and last three digits. Anything shorter, or not phone-like, keeps only its last two
    characters. C2B v1 sends SHA-256 hashes of the MSISDN; those are shortened to their first
    six characters, which is enough to tell two apart in a log.
    """
    text = str(value).strip()
    if _HASHED_MSISDN.fullmatch(text):
        return text[:6] + "…"
    if _PHONE_LIKE.fullmatch(text):
        text = re.sub(r"[^0-9]", "", text)
        if len(text) >= 12:
            return text[:4] + "****" + text[-3:]
    if len(text) <= _SHORTEST_SECRET:
        return "*" * len(text)
    return "*" * (len(text) - 2) + text[-2:]


def redact(
    obj: Any,
    *,
    secret_keys: Iterable[str] = (),
    phone_keys: Iterable[str] = (),
) -> Any:
    """Return a copy of ``obj`` safe to log: secret values replaced, phone values masked.

    Mappings, lists and tuples are copied recursively (mappings become dicts, tuples lists);
    other values are returned as they are. ``secret_keys`` and ``phone_keys`` are added to
    :data:`DEFAULT_SECRET_KEYS` and :data:`DEFAULT_PHONE_KEYS`, which always apply, so a
    caller naming an operation's own fields can never switch the defaults off. Keys match
    without regard to case.
    """
    secrets = DEFAULT_SECRET_KEYS | {key.lower() for key in secret_keys}
    phones = DEFAULT_PHONE_KEYS | {key.lower() for key in phone_keys}
    return _redact(obj, secrets, phones)


def _redact(obj: Any, secrets: frozenset[str], phones: frozenset[str]) -> Any:
    if isinstance(obj, Mapping):
        copy: dict[Any, Any] = {}
        for key, value in obj.items():
            name = key.lower() if isinstance(key, str) else key
            if name in secrets:
                copy[key] = REDACTED
            elif name in phones and isinstance(value, (str, int)):
                copy[key] = mask_phone(value)
            else:
                copy[key] = _redact(value, secrets, phones)
        return copy
    if isinstance(obj, (list, tuple)):
        return [_redact(item, secrets, phones) for item in obj]
    return obj


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of a known secret value in free text (an exception message).

    This is the last line of defence for text that did not come from a keyed structure, such
    as a server's error message echoing a credential. Values shorter than four characters are
    ignored: replacing them would garble the text without protecting anything.
    """
    # Longest first, so a secret that contains another is removed whole.
    for secret in sorted({s for s in secrets if len(s) >= _SHORTEST_SECRET}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text
