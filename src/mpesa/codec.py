"""Reading the Name/Value lists and packed strings in Daraja's callbacks.

Daraja reports results as lists of ``{"Name"|"Key": …, "Value": …}`` items (sometimes a single
object instead of a list, sometimes without ``Value``), with amounts as JSON numbers, times as
``20191219102115`` or ``06.07.2024 22:48:52``, and balances packed into ``|`` and ``&`` separated
strings. :class:`TransactionCodec` turns these into plain Python values: ``Decimal`` for money
(never float), aware datetimes in Nairobi time, :class:`AccountBalance` for balances.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

EAT = timezone(timedelta(hours=3), "EAT")
"""East Africa Time, Nairobi's fixed UTC+3 (no daylight saving), in which Daraja writes times."""

_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_COMPACT_TIME = re.compile(r"[0-9]{14}")
_TIME_FORMATS = ("%d.%m.%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S")
_BASIC_AMOUNT = re.compile(r"BasicAmount=\s*(-?[0-9]+(?:\.[0-9]+)?)")
_BALANCE_FIELDS = ("current", "available", "reserved", "uncleared")
_TRUE = frozenset({"y", "yes", "true", "1"})
_FALSE = frozenset({"n", "no", "false", "0"})


@dataclass(frozen=True)
class AccountBalance:
    """One account of an Account Balance result; balances may be negative (charges paid)."""

    account: str
    currency: str
    current: Decimal
    available: Decimal
    reserved: Decimal
    uncleared: Decimal


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite number")
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, float):
        # The shortest repr is what was on the wire (1.0, 8959269.6); no binary noise.
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("{"):
            return TransactionCodec.parse_amount_block(text)
        if _NUMBER.fullmatch(text):
            return Decimal(text)
        raise ValueError(f"{value!r} is not a number")
    raise ValueError(f"a {type(value).__name__} is not a number")


def _integer(value: object) -> int:
    number = _decimal(value)
    if number != number.to_integral_value():
        raise ValueError(f"{value!r} is not a whole number")
    return int(number)


def _string(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"a {type(value).__name__} is not text")


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"{value!r} is not a yes/no value")


def _balance(value: object) -> list[AccountBalance]:
    if not isinstance(value, str):
        raise ValueError(f"a {type(value).__name__} is not a balance string")
    return TransactionCodec.parse_balances(value)


def _any(value: object) -> object:
    return value


def _item(item: object) -> tuple[str, Any]:
    if isinstance(item, Mapping):
        name = next((item[k] for k in ("Name", "Key", "name", "key") if k in item), None)
        value = next((item[k] for k in ("Value", "value") if k in item), None)
        described = f"keys {sorted(map(str, item))}"
    else:
        name = getattr(item, "name", None)
        if name is None:
            name = getattr(item, "key", None)
        value = getattr(item, "value", None)
        described = type(item).__name__
    if not isinstance(name, str):
        raise ValueError(f"a result item has no Name or Key ({described})")
    return name, value


class TransactionCodec:
    """Decoding of ``CallbackMetadata.Item`` / ``ResultParameters.ResultParameter`` and friends."""

    @staticmethod
    def flatten(items: object) -> dict[str, Any]:
        """Turn Name/Value (or Key/Value) items into ``{name: value}``.

        ``items`` is a list, a single item (Daraja sends one object instead of a one-element
        list), or ``None`` (no parameters). Items are dicts with ``Name``/``Key`` and
        ``Value`` in either case, or models with ``.name``/``.key`` and ``.value``. An item
        without a value maps to ``None``; if a key repeats, the last one wins.
        """
        if items is None:
            return {}
        if not isinstance(items, (list, tuple)):
            items = [items]
        return dict(_item(item) for item in items)

    @staticmethod
    def decode(items: object, types: Mapping[str, str]) -> dict[str, Any]:
        """:meth:`flatten` the items, then convert each value by the type named in ``types``.

        Types: ``decimal`` (``Decimal``; a ``{Amount={…BasicAmount=…}}`` block gives its
        BasicAmount), ``integer``, ``string``, ``boolean`` (Y/N, true/false, 1/0),
        ``datetime`` (see :meth:`parse_datetime`), ``balance`` (see :meth:`parse_balances`),
        ``any``. Keys not in ``types`` pass through as they are, and so do missing values;
        blank strings become ``None`` except for ``string`` and ``any``. A value that does not
        convert raises ``ValueError`` naming the key.
        """
        return TransactionCodec.convert(TransactionCodec.flatten(items), types)

    @staticmethod
    def convert(values: Mapping[str, Any], types: Mapping[str, str]) -> dict[str, Any]:
        """A copy of ``{name: value}`` with each value named in ``types`` converted as
        :meth:`decode` converts it."""
        decoded = dict(values)
        for key, type_name in types.items():
            convert = _CONVERTERS.get(type_name)
            if convert is None:
                raise ValueError(f"{key}: unknown result parameter type {type_name!r}")
            value = decoded.get(key)
            if value is None:
                continue
            if type_name not in ("string", "any") and isinstance(value, str) and not value.strip():
                decoded[key] = None
                continue
            try:
                decoded[key] = convert(value)
            except ValueError as error:
                raise ValueError(f"{key}: cannot read as {type_name}: {error}") from None
        return decoded

    @staticmethod
    def parse_datetime(value: object) -> datetime:
        """Read a Daraja time as an aware datetime in Nairobi time (EAT).

        Accepts ``20191219102115`` (number or text), ``06.07.2024 22:48:52`` and
        ``2024-07-06 22:48:52``. Daraja documents no timezone (the spec's note on ``Timestamp``
        in ``spec/operations/mpesa_express.yaml``); Safaricom writes local time. A naive datetime is taken as EAT; an aware one is returned unchanged.
        """
        if isinstance(value, datetime):
            return value if value.tzinfo is not None else value.replace(tzinfo=EAT)
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ValueError(f"a {type(value).__name__} is not a time")
        text = value.strip()
        if _COMPACT_TIME.fullmatch(text):
            return datetime(
                int(text[0:4]),
                int(text[4:6]),
                int(text[6:8]),
                int(text[8:10]),
                int(text[10:12]),
                int(text[12:14]),
                tzinfo=EAT,
            )
        for time_format in _TIME_FORMATS:
            try:
                return datetime.strptime(text, time_format).replace(tzinfo=EAT)
            except ValueError:
                continue
        raise ValueError(
            f"{value!r} is not a time like 20191219102115, 06.07.2024 22:48:52 "
            "or 2024-07-06 22:48:52"
        )

    @staticmethod
    def parse_balances(text: str) -> list[AccountBalance]:
        """Read an Account Balance string into one :class:`AccountBalance` per account.

        The format is ``Name|Currency|Current|Available|Reserved|Uncleared`` joined by ``&``.
        Values are read exactly as written: the documented sample's typo ``0.008&`` reads as
        ``Decimal("0.008")`` rather than failing, and empty segments (a trailing ``&``) are
        skipped. A malformed account raises ``ValueError`` naming it.
        """
        balances = []
        for segment in text.split("&"):
            if not segment.strip():
                continue
            parts = [part.strip() for part in segment.split("|")]
            account = parts[0]
            if len(parts) != 6:
                raise ValueError(
                    f"balance of {account!r} has {len(parts)} fields, expected 6: "
                    "Account|Currency|Current|Available|Reserved|Uncleared"
                )
            amounts = []
            for label, raw in zip(_BALANCE_FIELDS, parts[2:], strict=True):
                if not _NUMBER.fullmatch(raw):
                    raise ValueError(f"{label} balance of {account!r} is not a number: {raw!r}")
                amounts.append(Decimal(raw))
            balances.append(AccountBalance(account, parts[1], *amounts))
        return balances

    @staticmethod
    def parse_amount_block(text: str) -> Decimal:
        """Read the BasicAmount of a B2B balance block.

        ``{Amount={CurrencyCode=KES, MinimumAmount=618683, BasicAmount=6186.83}}`` gives
        ``Decimal("6186.83")``. MinimumAmount (in the samples, the same sum in cents) is not used.
        """
        match = _BASIC_AMOUNT.search(text)
        if match is None:
            raise ValueError(f"no BasicAmount in {text!r}")
        return Decimal(match.group(1))


_CONVERTERS: dict[str, Callable[[Any], object]] = {
    "decimal": _decimal,
    "integer": _integer,
    "string": _string,
    "boolean": _boolean,
    "datetime": TransactionCodec.parse_datetime,
    "balance": _balance,
    "any": _any,
}
