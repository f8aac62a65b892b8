"""The product brief's enums: generated from the spec, and plain strings on the wire."""

from __future__ import annotations

import json

import pytest

from mpesa import (
    OPERATIONS,
    CommandID,
    Environment,
    IdentifierType,
    MpesaConfig,
    PaymentType,
    TransactionStatus,
)
from mpesa.constants import SERVERS


def spec_values(wires: set[str], operations: set[str] | None = None) -> set[str]:
    """Every enum or const value the request models allow for these wire names."""
    found: set[str] = set()
    for op in OPERATIONS.values():
        if operations is not None and op.name not in operations:
            continue
        schema = op.request_model.model_json_schema(by_alias=True)
        for wire, prop in schema.get("properties", {}).items():
            if wire in wires:
                found.update(prop.get("enum", [prop["const"]] if "const" in prop else []))
    return found


def test_command_id_has_every_command_id_of_the_spec() -> None:
    assert {member.value for member in CommandID} == spec_values({"CommandID"})


def test_payment_type_has_the_b2c_command_ids() -> None:
    assert {member.value for member in PaymentType} == {
        "BusinessPayment",
        "SalaryPayment",
        "PromotionPayment",
    }
    assert PaymentType.BUSINESS_PAYMENT == CommandID.BUSINESS_PAYMENT == "BusinessPayment"


def test_identifier_type_names_dar_ajas_identifier_numbers() -> None:
    assert (IdentifierType.MSISDN, IdentifierType.TILL, IdentifierType.SHORTCODE) == ("1", "2", "4")
    wires = {"IdentifierType", "SenderIdentifierType", "RecieverIdentifierType"}
    wires.add("ReceiverPartyIdentifierType")
    assert {member.value for member in IdentifierType} == spec_values(wires)


def test_environment_has_a_member_per_server() -> None:
    assert {member.value for member in Environment} == set(SERVERS)


@pytest.mark.parametrize("environment", [Environment.PRODUCTION, "production"])
def test_the_config_takes_the_environment_as_a_member_or_a_string(
    environment: Environment | str,
) -> None:
    config = MpesaConfig(consumer_key="k", consumer_secret="s", environment=environment)  # type: ignore[arg-type]
    assert config.resolved_base_url == SERVERS["production"]


def test_a_member_is_its_value_as_text_and_in_json() -> None:
    assert str(CommandID.BUSINESS_PAYMENT) == "BusinessPayment"
    assert f"{IdentifierType.SHORTCODE}" == "4"
    assert (
        json.dumps({"CommandID": CommandID.BUSINESS_PAYMENT}) == '{"CommandID": "BusinessPayment"}'
    )


@pytest.mark.parametrize(
    ("code", "status"),
    [
        ("0", TransactionStatus.SUCCESS),
        ("1032", TransactionStatus.CUSTOMER_ACTION),
        (0, TransactionStatus.SUCCESS),
        ("not-a-code", TransactionStatus.UNKNOWN_OUTCOME),
    ],
)
def test_transaction_status_from_a_result_code(code: str | int, status: TransactionStatus) -> None:
    assert TransactionStatus.from_code(code) is status


def test_transaction_status_from_a_code_in_named_tables() -> None:
    assert TransactionStatus.from_code("2001", ("b2c",)) is TransactionStatus.CONFIGURATION_ERROR
