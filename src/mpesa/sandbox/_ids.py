"""Identifiers and timestamps in Daraja's own formats, so a client's parsing meets real shapes."""

from __future__ import annotations

import secrets
import string
from datetime import datetime, timedelta, timezone

NAIROBI = timezone(timedelta(hours=3), "EAT")
_ALPHANUMERIC = string.ascii_uppercase + string.digits
_DAY_CHARACTERS = "123456789ABCDEFGHIJKLMNOPQRSTUV"


def now() -> datetime:
    """The current time in Africa/Nairobi, the zone of every Daraja timestamp."""
    return datetime.now(NAIROBI)


def compact_time(moment: datetime) -> str:
    """``YYYYMMDDHHmmss``, as in ``TransTime`` and ``TransactionDate``."""
    return moment.strftime("%Y%m%d%H%M%S")


def receipt(moment: datetime) -> str:
    """A 10-character M-Pesa receipt such as ``SG632NMUAB``.

    Real receipts start with a year letter (S = 2024), a month letter (A = January) and a day
    character; the remaining seven characters are random here.
    """
    year = chr(ord("A") + (moment.year - 2006) % 26)
    month = chr(ord("A") + moment.month - 1)
    day = _DAY_CHARACTERS[moment.day - 1]
    return year + month + day + "".join(secrets.choice(_ALPHANUMERIC) for _ in range(7))


def placeholder_receipt(moment: datetime) -> str:
    """The ``TransactionID`` of a failed transaction (``NLJ0000000``): a prefix and zeros."""
    return receipt(moment)[:3] + "0000000"


def conversation_id(moment: datetime) -> str:
    """A ``ConversationID`` such as ``AG_20240706_20106e9209f64bebd05b``."""
    return f"AG_{moment:%Y%m%d}_{secrets.token_hex(10)}"


def numbered_id() -> str:
    """An ID of the form ``29115-34620561-1`` (MerchantRequestID, OriginatorConversationID)."""
    return f"{secrets.randbelow(90000) + 10000}-{secrets.randbelow(90000000) + 10000000}-1"


def checkout_request_id(moment: datetime) -> str:
    """A ``CheckoutRequestID`` such as ``ws_CO_1007202409152617172396192``."""
    digits = "".join(secrets.choice(string.digits) for _ in range(12))
    return f"ws_CO_{moment:%d%m%Y%H%M%S}{digits}"


def token() -> str:
    """A 28-character bearer token such as ``c9SQxWWhmdVRlyh0zh8gZDTkubVF``."""
    letters = string.ascii_letters + string.digits
    return "".join(secrets.choice(letters) for _ in range(28))


def reference() -> str:
    """A UUID-like reference for ``requestRefID``/``responseRefID`` style fields."""
    text = secrets.token_hex(16)
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"
