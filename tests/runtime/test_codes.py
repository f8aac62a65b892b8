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
