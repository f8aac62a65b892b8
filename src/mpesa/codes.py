"""Daraja's result codes and API error codes, with their meaning and category.

Result codes arrive in callbacks and query results (``ResultCode``); error codes arrive in the
synchronous error envelope (``errorCode``). The same result code can mean different things for
different products, so result codes are grouped in tables (generated from ``spec/codes.yaml``)
and looked up most specific first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from ._codebook import CodeInfo, describe
from ._generated.codes import ERROR_CODES, RESULT_CODES, ResultTable

__all__ = ["ERROR_CODES", "RESULT_CODES", "CodeInfo", "ResultCodes", "ResultTable"]


class ResultCodes:
    """Look up what a Daraja code means, from the tables of ``spec/codes.yaml``."""

    SUCCESS = "0"
    TABLES: Final = ResultTable.ALL
    """Every table name, in the order :meth:`describe` searches them without ``tables``."""

    @staticmethod
    def describe(code: str | int | None, tables: Sequence[str] | None = None) -> CodeInfo:
        """The meaning of a callback or query ``ResultCode``; unknown codes are described as unknown.

        ``tables`` names the tables to search, most specific first (an operation's
        ``result_code_tables``; the names are the constants of :class:`ResultTable`). Without
        it every table is searched in :attr:`TABLES` order, the order of ``spec/codes.yaml``:
        product tables first, ``generic`` last, so a code several products use (``"1"``) takes
        the meaning of the first table that lists it (``stk``), and ``generic`` answers only for
        codes no product table has. The answer's ``table`` names the table it came from.
        Raises ``ValueError`` naming an unknown table.
        """
        names = ResultTable.ALL if tables is None else tuple(tables)
        unknown = [name for name in names if name not in RESULT_CODES]
        if unknown:
            raise ValueError(
                f"no result code table named {', '.join(map(repr, unknown))}; "
                f"the tables are {', '.join(ResultTable.ALL)}"
            )
        return describe(code, [RESULT_CODES[name] for name in names])

    @staticmethod
    def describe_error(code: str | None) -> CodeInfo:
        """The meaning of an ``errorCode`` from Daraja's error envelope."""
        return describe(code, [ERROR_CODES])

    @staticmethod
    def is_success(code: str | int | None) -> bool:
        """``True`` for the result code that means the transaction succeeded."""
        return code is not None and str(code).strip() == ResultCodes.SUCCESS
