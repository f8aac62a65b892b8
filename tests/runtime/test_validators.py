"""Phone numbers, amounts and text are checked locally, before Daraja sees them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mpesa.errors import MpesaValidationError
from mpesa.validators import (
    AmountValidator,
    BrokenRule,
    PhoneNumberValidator,
    text_rule_broken,
    whole_number,
)

# Phone numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0712345678", "254712345678"),
        ("0112345678", "254112345678"),
        ("+254712345678", "254712345678"),
        ("254712345678", "254712345678"),
        ("712345678", "254712345678"),
        ("0712 345 678", "254712345678"),
        ("0712-345-678", "254712345678"),
        (" +254 712 345 678 ", "254712345678"),
        (254712345678, "254712345678"),
        (712345678, "254712345678"),
    ],
)
def test_kenyan_mobile_numbers_normalize_to_the_msisdn(value: str | int, expected: str) -> None:
    assert PhoneNumberValidator.normalize(value) == expected


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("", "required"),
        ("   ", "required"),
        ("07123abc78", "digits"),
        ("+44712345678", "country_code"),
        ("07123456789", "length"),
        ("071234567", "length"),
        ("25471234567", "length"),
        ("0812345678", "prefix"),
        ("254212345678", "prefix"),
    ],
)
def test_malformed_numbers_are_refused_with_the_rule_broken(value: str, rule: str) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize(value)
    assert raised.value.rule == rule


@pytest.mark.parametrize(
    "value",
    [
        "+-254712345678",
        "-0712345678-",
        "++254712345678",
        "254+712345678",
        "0712--345678",
        "0712  345678",
        "0712 -345678",
        "0712\u00a0345678",
        "0712\t345678",
        "\u0660712345678",
    ],
)
def test_only_single_spaces_or_dashes_between_digit_groups_are_allowed(value: str) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize(value)
    assert raised.value.rule == "digits"


def test_a_negative_int_is_not_a_phone_number() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize(-712345678)
    assert raised.value.rule == "digits"


def test_a_huge_int_is_refused_by_its_length() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize(10**5000)
    assert raised.value.rule == "length"


def test_refusal_names_the_field_and_operation() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize("0812345678", field="PartyB", operation="b2c_payment")
    assert raised.value.field == "PartyB"
    assert raised.value.operation == "b2c_payment"
    assert "PartyB" in str(raised.value)


def test_refusal_message_does_not_quote_the_number() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize("25470837414999")
    assert "70837414" not in str(raised.value)
    assert "has 14 digits" in str(raised.value)


def test_a_bool_is_not_a_phone_number() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        PhoneNumberValidator.normalize(True)
    assert raised.value.rule == "type"


def test_is_valid_answers_without_raising() -> None:
    assert PhoneNumberValidator.is_valid("0712345678")
    assert not PhoneNumberValidator.is_valid("0812345678")


def test_mask_hides_the_middle_digits() -> None:
    assert PhoneNumberValidator.mask("254708374149") == "2547****149"


# Amounts


@pytest.mark.parametrize(
    "amount", [100, Decimal("100"), Decimal("100.00"), "100", "100.00", " 100 "]
)
def test_whole_shillings_are_accepted_as_an_int(amount: object) -> None:
    assert AmountValidator().validate(amount) == 100


def test_the_result_is_a_plain_int() -> None:
    assert type(AmountValidator().validate(Decimal("100.00"))) is int


def test_a_float_of_whole_shillings_is_sent_as_the_int() -> None:
    amount = AmountValidator().validate(100.0)
    assert amount == 100
    assert type(amount) is int


def test_a_large_whole_float_is_converted_exactly() -> None:
    assert AmountValidator(maximum=None).validate(2.0**60) == 2**60


@pytest.mark.parametrize("amount", [10.5, 100.01, 0.1 + 99.9 - 0.000001])
def test_a_float_with_a_fraction_is_refused(amount: float) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(amount)
    assert raised.value.rule == "whole_shillings"


@pytest.mark.parametrize("amount", [float("nan"), float("inf"), float("-inf")])
def test_a_float_that_is_not_a_number_is_refused(amount: float) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(amount)
    assert raised.value.rule == "type"


@pytest.mark.parametrize("amount", [Decimal("10.5"), "10.50", Decimal("0.01") + 10])
def test_fractions_are_refused(amount: object) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(amount)
    assert raised.value.rule == "whole_shillings"


@pytest.mark.parametrize(
    "amount", [True, None, [100], "ten", "1e3", "", Decimal("NaN"), Decimal("Infinity")]
)
def test_non_numbers_are_refused(amount: object) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(amount)
    assert raised.value.rule == "type"


@pytest.mark.parametrize("amount", [0, -5, "-5"])
def test_zero_and_negative_amounts_are_below_the_minimum(amount: object) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(amount)
    assert raised.value.rule == "minimum=1"


def test_amount_below_a_configured_minimum_is_refused() -> None:
    with pytest.raises(MpesaValidationError, match="at least 10") as raised:
        AmountValidator(minimum=10).validate(9)
    assert raised.value.rule == "minimum=10"


def test_amount_above_the_maximum_is_refused() -> None:
    with pytest.raises(MpesaValidationError, match="at most 250000") as raised:
        AmountValidator(maximum=250000).validate(250001)
    assert raised.value.rule == "maximum=250000"


def test_limits_are_inclusive() -> None:
    validator = AmountValidator(minimum=10, maximum=250000)
    assert validator.validate(10) == 10
    assert validator.validate(250000) == 250000


def test_no_maximum_means_no_upper_limit() -> None:
    assert AmountValidator().validate(10**9) == 10**9


def test_refusal_does_not_quote_the_amount() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator(maximum=250000).validate(254708374149, field="Amount")
    assert "254708374149" not in str(raised.value)
    assert raised.value.field == "Amount"


@pytest.mark.parametrize(
    "amount",
    [Decimal("1E+1000000"), Decimal("-1E+1000000"), 10**5000, "1" * 5000, 1e300],
    ids=["huge Decimal", "huge negative Decimal", "huge int", "huge digit string", "huge float"],
)
def test_a_number_of_more_than_19_digits_is_refused(amount: object) -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(amount)
    assert raised.value.rule == "max_digits=19"


def test_a_huge_decimal_is_refused_even_under_a_maximum() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator(maximum=250000).validate(Decimal("1E+1000000"))
    assert raised.value.rule == "max_digits=19"


def test_a_decimal_with_a_long_fraction_is_refused_as_cents() -> None:
    with pytest.raises(MpesaValidationError) as raised:
        AmountValidator().validate(Decimal("1." + "0" * 100_000 + "1"))
    assert raised.value.rule == "whole_shillings"


def test_the_largest_number_of_19_digits_is_accepted_without_a_maximum() -> None:
    assert AmountValidator().validate(Decimal("9" * 19)) == int("9" * 19)


def test_maximum_below_minimum_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="below minimum"):
        AmountValidator(minimum=10, maximum=5)


def test_limits_override_the_spec_for_an_operation() -> None:
    validator = AmountValidator.for_operation("b2c_payment", limits={"b2c_payment": (10, 150000)})
    assert (validator.minimum, validator.maximum) == (10, 150000)


# Limits from the spec.


def test_stk_push_limits_come_from_the_spec() -> None:
    validator = AmountValidator.for_operation("initiate_stk_push")
    assert (validator.minimum, validator.maximum) == (1, 250000)


def test_b2c_limits_come_from_the_spec() -> None:
    validator = AmountValidator.for_operation("b2c_payment")
    assert (validator.minimum, validator.maximum) == (10, 250000)


def test_limits_for_other_operations_still_come_from_the_spec() -> None:
    validator = AmountValidator.for_operation("initiate_stk_push", limits={"b2c_payment": (1, 2)})
    assert (validator.minimum, validator.maximum) == (1, 250000)


# Whole numbers, as every number of a request is.


def test_a_whole_decimal_becomes_an_int() -> None:
    assert whole_number(Decimal("250.000")) == 250


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (Decimal("1E+1000000"), "max_digits=19"),
        (Decimal("1E+19"), "max_digits=19"),
        (Decimal("0.5"), "integer"),
        (Decimal("1E-1000000"), "integer"),
        (Decimal("NaN"), "type"),
        (Decimal("-Infinity"), "type"),
    ],
)
def test_a_decimal_that_is_not_a_bounded_whole_number_breaks_a_rule(
    value: Decimal, rule: str
) -> None:
    broken = whole_number(value)
    assert isinstance(broken, BrokenRule)
    assert broken.rule == rule


# Text


@pytest.mark.parametrize("text", ["A\x00B", "line\nbreak", "tab\there", "\x7f", "C1\x85"])
def test_text_with_control_characters_breaks_the_control_characters_rule(text: str) -> None:
    broken = text_rule_broken(text)
    assert broken is not None
    assert broken.rule == "control_characters"


@pytest.mark.parametrize("text", ["", " ", "   ", "\u00a0", "\u3000"])
def test_blank_text_breaks_the_blank_rule(text: str) -> None:
    broken = text_rule_broken(text)
    assert broken is not None
    assert broken.rule == "blank"


@pytest.mark.parametrize("text", ["INV-001", "Payment for order 12", "Caf\u00e9 \u00a0 Nairobi"])
def test_ordinary_text_breaks_no_rule(text: str) -> None:
    assert text_rule_broken(text) is None
