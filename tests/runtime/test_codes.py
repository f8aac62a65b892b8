"""``ResultCodes.describe``: what a result code means, with or without naming its tables."""

from __future__ import annotations

import pytest

from mpesa import RESULT_CODES, ResultCodes, ResultTable


def test_without_tables_a_code_is_found_in_whichever_table_has_it() -> None:
    info = ResultCodes.describe("1032")
    assert info.category == "customer_action"
    assert "cancelled" in info.description.lower()
    assert info.table == ResultTable.STK


def test_without_tables_the_first_table_in_spec_order_wins() -> None:
    assert ResultCodes.describe("1") == RESULT_CODES[ResultTable.STK]["1"]


def test_the_generic_table_is_searched_last() -> None:
    assert ResultCodes.TABLES[-1] == ResultTable.GENERIC
    only_generic = next(
        code
        for code in RESULT_CODES[ResultTable.GENERIC]
        if not any(code in RESULT_CODES[t] for t in ResultCodes.TABLES[:-1])
    )
    assert ResultCodes.describe(only_generic).table == ResultTable.GENERIC


def test_named_tables_are_searched_in_the_order_given() -> None:
    info = ResultCodes.describe(1, (ResultTable.GENERIC, ResultTable.STK))
    assert info.table == ResultTable.GENERIC


def test_an_unknown_table_name_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="'stk_push'"):
        ResultCodes.describe("1032", ("stk_push",))


def test_an_unknown_code_is_an_unknown_outcome_from_no_table() -> None:
    info = ResultCodes.describe("999999")
    assert (info.known, info.category, info.table) == (False, "unknown_outcome", None)


def test_the_table_constants_name_every_table() -> None:
    assert set(ResultCodes.TABLES) == set(RESULT_CODES)
    assert ResultTable.STK == "stk"


def test_a_transaction_status_result_knows_an_invalid_and_a_locked_initiator() -> None:
    invalid = ResultCodes.describe("2001", (ResultTable.TRANSACTION_STATUS,))
    locked = ResultCodes.describe("8006", (ResultTable.TRANSACTION_STATUS,))
    assert (invalid.table, invalid.category) == (
        ResultTable.TRANSACTION_STATUS,
        "configuration_error",
    )
    assert (locked.table, "locked" in locked.description) == (ResultTable.TRANSACTION_STATUS, True)


@pytest.mark.parametrize("code", ["SFC_IC0003", "2028", "21", "2006"])
def test_a_b2b_result_knows_the_codes_other_payments_answer(code: str) -> None:
    assert ResultCodes.describe(code, (ResultTable.B2B,)).table == ResultTable.B2B


def test_an_stk_result_21_says_the_initiator_is_not_allowed() -> None:
    info = ResultCodes.describe("21", (ResultTable.STK,))
    assert (info.table, info.category) == (ResultTable.STK, "configuration_error")
    assert "not allowed" in info.description


def test_500_002_1001_as_a_system_internal_error_is_a_server_failure_not_a_refusal() -> None:
    info = ResultCodes.describe_error("500.002.1001").refined("System internal error.")
    assert "server failure" in info.description
    assert (info.category, info.refused) == ("unknown_outcome", False)


def test_500_002_1001_as_a_duplicate_still_says_the_id_was_used() -> None:
    info = ResultCodes.describe_error("500.002.1001").refined("Duplicate OriginatorConversationID")
    assert "already used" in info.description
    assert info.refused is False
