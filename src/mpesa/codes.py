"""Daraja's result codes and API error codes, with their meaning and category.

Result codes arrive in callbacks and query results (``ResultCode``); error codes arrive in the
synchronous error envelope (``errorCode``). The same result code can mean different things for
different products, so result codes are grouped in tables (generated from ``spec/codes.yaml``)
and looked up most specific first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._codebook import CodeInfo, describe
from ._generated.codes import ERROR_CODES, RESULT_CODES

__all__ = ["ERROR_CODES", "RESULT_CODES", "CodeInfo", "ResultCodes"]


class ResultCodes:
    """Look up what a Daraja code means, from the tables of ``spec/codes.yaml``."""

    SUCCESS = "0"

    @staticmethod
    def describe(code: str | int | None, tables: Sequence[str] = ("generic",)) -> CodeInfo:
        """The meaning of a callback or query ``ResultCode``; unknown codes are described as unknown."""
        return describe(code, [RESULT_CODES[table] for table in tables if table in RESULT_CODES])

    @staticmethod
    def describe_error(code: str | None) -> CodeInfo:
        """The meaning of an ``errorCode`` from Daraja's error envelope."""
        return describe(code, [ERROR_CODES])

    @staticmethod
    def is_success(code: str | int | None) -> bool:
        """``True`` for the result code that means the transaction succeeded."""
        return code is not None and str(code).strip() == ResultCodes.SUCCESS
