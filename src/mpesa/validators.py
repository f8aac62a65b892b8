"""Phone numbers, amounts and text, checked before a request leaves the process.

Daraja answers a malformed MSISDN or a fractional amount with a terse ``400.002.02 Bad Request``
after a network round trip, or worse, with a failed callback minutes later. These validators
catch the mistake locally and say which field and which rule. Every check looks at a value's
size before converting it, so a hostile value (``Decimal("1E+1000000")``) is refused at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

from ._redact import mask_phone
from .errors import FieldProblem, MpesaValidationError

MAX_DIGITS = 19
"""Digits a number in a request may have: far above any amount, below any costly conversion."""
_CEILING = 10**MAX_DIGITS

# One optional leading +, ASCII digits, single spaces or dashes between digit groups.
_PHONE_TEXT = re.compile(r"\+?[0-9]+(?:[ \-][0-9]+)*")
_SEPARATORS = re.compile(r"[ \-]")
_PHONE_FORMS = "expected 07XXXXXXXX, 01XXXXXXXX, 2547XXXXXXXX or +2547XXXXXXXX"
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class BrokenRule:
    """The rule a value breaks and why, in words that never quote the value."""

    rule: str
    reason: str


TOO_MANY_DIGITS = BrokenRule(f"max_digits={MAX_DIGITS}", f"has more than {MAX_DIGITS} digits")
NOT_A_NUMBER = BrokenRule("type", "is not a number")
FRACTION = BrokenRule("integer", "must be a whole number")


def missing_group(groups: Sequence[Sequence[str]], given: Collection[str]) -> Sequence[str] | None:
    """The first group of wire names of which ``given`` holds none (``request.at_least_one``)."""
    return next((group for group in groups if not any(wire in given for wire in group)), None)


def text_rule_broken(text: str) -> BrokenRule | None:
    """The rule a request's text breaks: ``control_characters`` or ``blank``."""
    if _CONTROL_CHARACTERS.search(text):
        return BrokenRule("control_characters", "may not hold control characters")
    if not text.strip():
        return BrokenRule("blank", "may not be blank")
    return None


NOT_A_URL = BrokenRule("url", "must be an absolute http(s) URL")
NOT_HTTPS = BrokenRule("https", "must use https in production")


def url_rule_broken(
    url: object, *, https_only: bool, forbidden_words: Sequence[str] = ()
) -> BrokenRule | None:
    """The rule a callback URL breaks: ``url`` (not an absolute http(s) URL), ``https`` (plain
    http where production needs https) or ``forbidden_word`` (a word Daraja refuses, matched in
    any case anywhere in the URL). The reason never quotes the URL: it may carry a secret."""
    if not isinstance(url, str) or any(c.isspace() for c in url) or text_rule_broken(url):
        return NOT_A_URL
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return NOT_A_URL
    if parts.scheme not in ("http", "https") or not host:
        return NOT_A_URL
    if https_only and parts.scheme != "https":
        return NOT_HTTPS
    lowered = url.lower()
    for word in forbidden_words:
        if word.lower() in lowered:
            return BrokenRule(
                "forbidden_word", f"may not contain {word!r} in any case (Daraja refuses it)"
            )
    return None


def whole_number(value: Decimal) -> int | BrokenRule:
    """``value`` as an int, its magnitude checked before any conversion (``adjusted()`` is
    cheap; ``int()`` of ``Decimal("1E+1000000")`` takes minutes)."""
    if not value.is_finite():
        return NOT_A_NUMBER
    if value.adjusted() >= MAX_DIGITS:
        return TOO_MANY_DIGITS
    integral = value.to_integral_value()
    if integral != value:
        return FRACTION
    return int(integral)


class PhoneNumberValidator:
    """Normalises Kenyan mobile numbers to Daraja's MSISDN form ``2547XXXXXXXX`` / ``2541XXXXXXXX``."""

    @staticmethod
    def normalize(
        value: str | int, *, field: str = "phone_number", operation: str | None = None
    ) -> str:
        """Return ``value`` as a 12-digit MSISDN.

        Accepts ``0712345678``, ``0112345678``, ``+254712345678``, ``254712345678`` and
        ``712345678``: one optional leading ``+``, ASCII digits, and single spaces or dashes
        between digit groups (``0712 345-678``); spaces around the number are ignored.
        Raises :class:`MpesaValidationError` naming ``field`` and the rule broken; the message
        never quotes the number.
        """

        def fail(rule: str, reason: str) -> MpesaValidationError:
            return MpesaValidationError(FieldProblem(field, rule, reason), operation=operation)

        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise fail("type", f"must be a string or an int, not {type(value).__name__}")
        if isinstance(value, int) and value < 0:
            raise fail("digits", "may not be negative")
        if isinstance(value, int) and value >= _CEILING:
            raise fail("length", f"has more than {MAX_DIGITS} digits; {_PHONE_FORMS}")
        text = str(value).strip(" ")
        if not text:
            raise fail("required", "is empty")
        if not _PHONE_TEXT.fullmatch(text):
            raise fail(
                "digits",
                "may hold only one leading +, digits, and single spaces or dashes between digits",
            )
        digits = _SEPARATORS.sub("", text).removeprefix("+")
        if text.startswith("+") and not digits.startswith("254"):
            raise fail("country_code", "is not a Kenyan number (+254…)")
        if len(digits) == 12 and digits.startswith("254"):
            national = digits[3:]
        elif len(digits) == 10 and digits.startswith("0"):
            national = digits[1:]
        elif len(digits) == 9 and not digits.startswith("0"):
            national = digits
        else:
            raise fail("length", f"has {len(digits)} digits; {_PHONE_FORMS}")
        if national[0] not in "71":
            raise fail("prefix", "is not a Safaricom mobile number (07…, 01…, 2547…, 2541…)")
        return "254" + national

    @staticmethod
    def is_valid(value: str | int) -> bool:
        """Whether :meth:`normalize` accepts ``value``."""
        try:
            PhoneNumberValidator.normalize(value)
        except MpesaValidationError:
            return False
        return True

    @staticmethod
    def mask(value: object) -> str:
        """The number as it may appear in logs: ``2547****149``."""
        return mask_phone(value)


class AmountValidator:
    """Checks a request amount: whole shillings within the operation's limits.

    Daraja takes whole shillings only. A float is accepted only when it is exactly a whole
    number (``100.0``, as the product brief's quickstart writes it); it is converted exactly,
    never through float arithmetic, and a float with a fraction, NaN or infinity is refused.
    """

    def __init__(self, minimum: int = 1, maximum: int | None = None) -> None:
        if maximum is not None and maximum < minimum:
            raise ValueError(f"maximum {maximum} is below minimum {minimum}")
        self.minimum = minimum
        self.maximum = maximum

    def __repr__(self) -> str:
        return f"AmountValidator(minimum={self.minimum}, maximum={self.maximum})"

    @classmethod
    def for_operation(
        cls, name: str, *, limits: Mapping[str, tuple[int, int]] | None = None
    ) -> AmountValidator:
        """The validator for an operation's money field, from the spec unless ``limits`` has it.

        ``limits`` maps operation names to ``(minimum, maximum)``; Daraja's limits change with
        regulation (the maximum went 70,000 → 150,000 → 250,000), so they can be overridden
        without waiting for a release.
        """
        if limits is not None and name in limits:
            minimum, maximum = limits[name]
            return cls(minimum, maximum)
        from ._generated._operations import OPERATIONS

        money = [spec for spec in OPERATIONS[name].fields if spec.money]
        if not money:
            raise ValueError(f"operation {name!r} has no money field")
        spec = money[0]
        return cls(spec.minimum if spec.minimum is not None else 1, spec.maximum)

    def validate(
        self, amount: object, *, field: str = "amount", operation: str | None = None
    ) -> int:
        """Return ``amount`` as an int of whole shillings, or raise :class:`MpesaValidationError`.

        Accepts an int, an integral Decimal or float, or a decimal string such as ``"100"`` or
        ``"100.00"``. Rules named in the error: ``type``, ``max_digits=19`` (checked before
        any conversion), ``whole_shillings``, ``minimum=N``, ``maximum=N``.
        """

        def fail(rule: str, reason: str) -> MpesaValidationError:
            return MpesaValidationError(FieldProblem(field, rule, reason), operation=operation)

        if isinstance(amount, bool) or not isinstance(amount, (int, float, Decimal, str)):
            raise fail(
                "type", f"must be an int, Decimal or digit string, not {type(amount).__name__}"
            )
        value: int | Decimal
        if isinstance(amount, str):
            if not _DECIMAL_TEXT.fullmatch(amount.strip()):
                raise fail("type", "is not a number of shillings")
            value = Decimal(amount.strip())
        elif isinstance(amount, float):
            if not math.isfinite(amount):
                raise fail("type", "is not a number of shillings")
            value = Decimal(amount)  # exact: every finite float is a Decimal without rounding
        else:
            value = amount
        if isinstance(value, Decimal):
            whole = whole_number(value)
            if whole is FRACTION:
                raise fail("whole_shillings", "must be whole shillings; Daraja refuses cents")
            if whole is NOT_A_NUMBER:
                raise fail("type", "is not a number of shillings")
            if isinstance(whole, BrokenRule):
                raise fail(whole.rule, whole.reason)
            value = whole
        elif abs(value) >= _CEILING:
            raise fail(TOO_MANY_DIGITS.rule, TOO_MANY_DIGITS.reason)
        if value < self.minimum:
            raise fail(f"minimum={self.minimum}", f"must be at least {self.minimum}")
        if self.maximum is not None and value > self.maximum:
            raise fail(f"maximum={self.maximum}", f"must be at most {self.maximum}")
        return value
