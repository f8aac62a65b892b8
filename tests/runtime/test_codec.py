"""Reading Daraja's result items, times and balance strings, using the catalog's real samples."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from mpesa.codec import EAT, AccountBalance, TransactionCodec

# Catalog §3.2: a successful STK callback's CallbackMetadata.Item (D3, with the 2017 Balance item).
STK_ITEMS = json.loads(
    """[
      {"Name": "Amount", "Value": 1.00},
      {"Name": "MpesaReceiptNumber", "Value": "NLJ7RT61SV"},
      {"Name": "Balance"},
      {"Name": "TransactionDate", "Value": 20191219102115},
      {"Name": "PhoneNumber", "Value": 254708374149}
    ]""",
    parse_float=Decimal,
)
STK_TYPES = {
    "Amount": "decimal",
    "MpesaReceiptNumber": "string",
    "Balance": "decimal",
    "TransactionDate": "datetime",
    "PhoneNumber": "string",
}

# Catalog §3.7: a successful B2C result's ResultParameters.ResultParameter (D3).
B2C_PARAMETERS = json.loads(
    """[
      {"Key": "TransactionAmount", "Value": 10},
      {"Key": "TransactionReceipt", "Value": "SG632NMUAB"},
      {"Key": "B2CRecipientIsRegisteredCustomer", "Value": "Y"},
      {"Key": "B2CChargesPaidAccountAvailableFunds", "Value": -1980.00},
      {"Key": "ReceiverPartyPublicName", "Value": "254705912645 - NICHOLAS JOHN SONGOK"},
      {"Key": "TransactionCompletedDateTime", "Value": "06.07.2024 22:48:52"},
      {"Key": "B2CUtilityAccountAvailableFunds", "Value": 8959269.60},
      {"Key": "B2CWorkingAccountAvailableFunds", "Value": 1199371.00}
    ]""",
    parse_float=Decimal,
)
B2C_TYPES = {
    "TransactionAmount": "decimal",
    "TransactionReceipt": "string",
    "B2CRecipientIsRegisteredCustomer": "boolean",
    "B2CChargesPaidAccountAvailableFunds": "decimal",
    "ReceiverPartyPublicName": "string",
    "TransactionCompletedDateTime": "datetime",
    "B2CUtilityAccountAvailableFunds": "decimal",
    "B2CWorkingAccountAvailableFunds": "decimal",
}

# Catalog §3.14: the Account Balance string (D3).
BALANCE = (
    "Working Account|KES|700000.00|700000.00|0.00|0.00"
    "&Float Account|KES|0.00|0.00|0.00|0.00"
    "&Utility Account|KES|228037.00|228037.00|0.00|0.00"
    "&Charges Paid Account|KES|-1540.00|-1540.00|0.00|0.00"
    "&Organization Settlement Account|KES|0.00|0.00|0.00|0.00"
)
# The same as printed in AMOS-account-balance, with its "0.008&" typo.
BALANCE_WITH_TYPO = (
    "Working Account|KES|700000.00|700000.00|0.00|0.008"
    "&Float Account|KES|0.00|0.00|0.00|0.008"
    "&Utility Account|KES|228037.00|228037.00|0.00|0.008"
    "&Charges Paid Account|KES|-1540.00|-1540.00|0.00|0.008"
    "&Organization Settlement Account|KES|0.00|0.00|0.00|0.00"
)


class MetadataItem(BaseModel):
    name: str
    value: Any = None


class ResultItem(BaseModel):
    key: str
    value: Any = None


# flatten


def test_stk_items_flatten_to_a_dict_with_valueless_items_as_none() -> None:
    assert TransactionCodec.flatten(STK_ITEMS) == {
        "Amount": Decimal("1.00"),
        "MpesaReceiptNumber": "NLJ7RT61SV",
        "Balance": None,
        "TransactionDate": 20191219102115,
        "PhoneNumber": 254708374149,
    }


def test_a_single_result_parameter_object_is_read_like_a_list_of_one() -> None:
    single = {"Key": "BOCompletedTime", "Value": 20200120164825}
    assert TransactionCodec.flatten(single) == {"BOCompletedTime": 20200120164825}


def test_missing_parameters_flatten_to_an_empty_dict() -> None:
    assert TransactionCodec.flatten(None) == {}


def test_lower_case_name_and_value_keys_are_read() -> None:
    items = [{"name": "Status", "value": "OKAY"}]
    assert TransactionCodec.flatten(items) == {"Status": "OKAY"}


def test_models_with_name_or_key_attributes_are_read() -> None:
    items = [MetadataItem(name="Amount", value=1), ResultItem(key="TransactionReason")]
    assert TransactionCodec.flatten(items) == {"Amount": 1, "TransactionReason": None}


def test_an_item_without_a_name_is_refused() -> None:
    with pytest.raises(ValueError, match=r"no Name or Key \(keys \['Value'\]\)"):
        TransactionCodec.flatten([{"Value": 1}])


# decode


def test_stk_callback_items_decode_to_exact_values() -> None:
    assert TransactionCodec.decode(STK_ITEMS, STK_TYPES) == {
        "Amount": Decimal("1.00"),
        "MpesaReceiptNumber": "NLJ7RT61SV",
        "Balance": None,
        "TransactionDate": datetime(2019, 12, 19, 10, 21, 15, tzinfo=EAT),
        "PhoneNumber": "254708374149",
    }


def test_b2c_result_parameters_decode_with_negative_charges_account() -> None:
    decoded = TransactionCodec.decode(B2C_PARAMETERS, B2C_TYPES)
    assert decoded == {
        "TransactionAmount": Decimal("10"),
        "TransactionReceipt": "SG632NMUAB",
        "B2CRecipientIsRegisteredCustomer": True,
        "B2CChargesPaidAccountAvailableFunds": Decimal("-1980.00"),
        "ReceiverPartyPublicName": "254705912645 - NICHOLAS JOHN SONGOK",
        "TransactionCompletedDateTime": datetime(2024, 7, 6, 22, 48, 52, tzinfo=EAT),
        "B2CUtilityAccountAvailableFunds": Decimal("8959269.60"),
        "B2CWorkingAccountAvailableFunds": Decimal("1199371.00"),
    }


def test_float_values_become_decimals_without_binary_noise() -> None:
    decoded = TransactionCodec.decode([{"Key": "Funds", "Value": 8959269.6}], {"Funds": "decimal"})
    assert str(decoded["Funds"]) == "8959269.6"


def test_decimal_text_is_read_exactly() -> None:
    decoded = TransactionCodec.decode([{"Key": "Amount", "Value": "190.00"}], {"Amount": "decimal"})
    assert str(decoded["Amount"]) == "190.00"


def test_account_balance_result_decodes_balances_and_completion_time() -> None:
    items = [
        {"Key": "AccountBalance", "Value": BALANCE},
        {"Key": "BOCompletedTime", "Value": "20200109125710"},
    ]
    decoded = TransactionCodec.decode(
        items, {"AccountBalance": "balance", "BOCompletedTime": "datetime"}
    )
    assert decoded["AccountBalance"] == TransactionCodec.parse_balances(BALANCE)
    assert decoded["BOCompletedTime"] == datetime(2020, 1, 9, 12, 57, 10, tzinfo=EAT)


def test_amount_block_declared_decimal_gives_its_basic_amount() -> None:
    block = "{Amount={CurrencyCode=KES, MinimumAmount=618683, BasicAmount=6186.83}}"
    decoded = TransactionCodec.decode(
        [{"Key": "DebitAccountBalance", "Value": block}], {"DebitAccountBalance": "decimal"}
    )
    assert decoded["DebitAccountBalance"] == Decimal("6186.83")


def test_integer_accepts_digit_text_and_whole_decimals() -> None:
    items = [{"Key": "A", "Value": "42"}, {"Key": "B", "Value": Decimal("7.00")}]
    assert TransactionCodec.decode(items, {"A": "integer", "B": "integer"}) == {"A": 42, "B": 7}


def test_integer_refuses_a_fraction() -> None:
    with pytest.raises(ValueError, match="A: cannot read as integer"):
        TransactionCodec.decode([{"Key": "A", "Value": "7.5"}], {"A": "integer"})


def test_boolean_reads_y_and_n() -> None:
    items = [{"Key": "A", "Value": "Y"}, {"Key": "B", "Value": "N"}]
    assert TransactionCodec.decode(items, {"A": "boolean", "B": "boolean"}) == {
        "A": True,
        "B": False,
    }


def test_blank_text_of_a_typed_key_becomes_none() -> None:
    decoded = TransactionCodec.decode([{"Key": "Balance", "Value": ""}], {"Balance": "decimal"})
    assert decoded == {"Balance": None}


def test_blank_text_of_a_string_key_stays_blank() -> None:
    decoded = TransactionCodec.decode([{"Key": "Charges", "Value": ""}], {"Charges": "string"})
    assert decoded == {"Charges": ""}


def test_unknown_keys_pass_through_undecoded() -> None:
    items = [{"Key": "Surprise", "Value": 1.5}]
    assert TransactionCodec.decode(items, {}) == {"Surprise": 1.5}


def test_declared_keys_missing_from_the_items_are_not_added() -> None:
    assert TransactionCodec.decode([], {"Amount": "decimal"}) == {}


def test_a_value_that_does_not_convert_names_its_key() -> None:
    with pytest.raises(ValueError, match="Amount: cannot read as decimal"):
        TransactionCodec.decode([{"Key": "Amount", "Value": "ten"}], {"Amount": "decimal"})


def test_an_unknown_type_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown result parameter type 'money'"):
        TransactionCodec.decode([], {"Amount": "money"})


# parse_datetime


@pytest.mark.parametrize(
    "value",
    [20240706224852, "20240706224852", "06.07.2024 22:48:52", "2024-07-06 22:48:52"],
)
def test_daraja_time_formats_read_as_nairobi_time(value: object) -> None:
    assert TransactionCodec.parse_datetime(value) == datetime(2024, 7, 6, 22, 48, 52, tzinfo=EAT)


def test_nairobi_time_is_three_hours_ahead_of_utc() -> None:
    parsed = TransactionCodec.parse_datetime("20240706224852")
    assert parsed.astimezone(timezone.utc) == datetime(2024, 7, 6, 19, 48, 52, tzinfo=timezone.utc)
    assert parsed.utcoffset() == timedelta(hours=3)


def test_a_truncated_compact_time_is_refused() -> None:
    with pytest.raises(ValueError, match="is not a time"):
        TransactionCodec.parse_datetime("2024070622485")


def test_a_naive_datetime_is_taken_as_nairobi_time() -> None:
    parsed = TransactionCodec.parse_datetime(datetime(2024, 7, 6, 22, 48, 52))
    assert parsed.tzinfo is EAT


# parse_balances


def test_balance_string_reads_every_account() -> None:
    balances = TransactionCodec.parse_balances(BALANCE)
    assert [b.account for b in balances] == [
        "Working Account",
        "Float Account",
        "Utility Account",
        "Charges Paid Account",
        "Organization Settlement Account",
    ]
    assert balances[0] == AccountBalance(
        account="Working Account",
        currency="KES",
        current=Decimal("700000.00"),
        available=Decimal("700000.00"),
        reserved=Decimal("0.00"),
        uncleared=Decimal("0.00"),
    )


def test_negative_balances_are_kept() -> None:
    charges = TransactionCodec.parse_balances(BALANCE)[3]
    assert (charges.current, charges.available) == (Decimal("-1540.00"), Decimal("-1540.00"))


def test_balance_sample_with_documented_typo_still_reads_every_account_as_written() -> None:
    balances = TransactionCodec.parse_balances(BALANCE_WITH_TYPO)
    assert len(balances) == 5
    assert balances[2].available == Decimal("228037.00")
    assert balances[2].uncleared == Decimal("0.008")


def test_trailing_ampersand_is_ignored() -> None:
    assert len(TransactionCodec.parse_balances("Utility Account|KES|1.00|1.00|0.00|0.00&")) == 1


def test_an_account_with_missing_fields_is_named() -> None:
    with pytest.raises(ValueError, match="'Utility Account' has 4 fields, expected 6"):
        TransactionCodec.parse_balances("Utility Account|KES|1.00|1.00")


def test_an_unreadable_amount_is_named_with_its_account() -> None:
    with pytest.raises(ValueError, match="available balance of 'Utility Account' is not a number"):
        TransactionCodec.parse_balances("Utility Account|KES|1.00|1,00|0.00|0.00")


# parse_amount_block


def test_amount_block_gives_its_basic_amount() -> None:
    block = "{Amount={CurrencyCode=KES, MinimumAmount=618683, BasicAmount=6186.83}}"
    assert TransactionCodec.parse_amount_block(block) == Decimal("6186.83")


def test_amount_block_without_basic_amount_is_refused() -> None:
    with pytest.raises(ValueError, match="no BasicAmount"):
        TransactionCodec.parse_amount_block("{Amount={CurrencyCode=KES}}")
