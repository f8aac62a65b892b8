"""What a Daraja code means: the record type of ``mpesa.codes`` and its lookup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Literal

Category = Literal[
    "success",
    "pending",
    "customer_action",
    "retry_later",
    "configuration_error",
    "unknown_outcome",
    "failed",
]


@dataclass(frozen=True)
class CodeInfo:
    """A result or error code, its meaning and what kind of outcome it is."""

    code: str
    description: str
    category: Category
    message: str | None = None
    http_status: int | None = None
    invalid_token: bool = False
    throttled: bool = False
    refused: bool = False
    """A definite refusal before processing: a money-moving request answered with it moved no
    money (``refused``, ``invalid_token`` or ``throttled`` in ``spec/codes.yaml``)."""
    known: bool = True
    by_message: tuple[tuple[str, str, Category, bool], ...] = ()
    """(lower-case text, meaning, category, refused) for codes whose cause only errorMessage
    tells."""
    table: str | None = None
    """The ``result_codes`` table of ``spec/codes.yaml`` it comes from (``None`` for error codes
    and unknown codes)."""

    def refined(self, message: str | None) -> CodeInfo:
        """This code as ``message`` narrows it (Daraja reuses 500.001.1001 for four causes)."""
        text = (message or "").lower()
        for contains, meaning, category, refused in self.by_message:
            if contains in text:
                return replace(
                    self, description=meaning, category=category, refused=refused, by_message=()
                )
        return self


def describe(code: str | int | None, tables: Sequence[Mapping[str, CodeInfo]]) -> CodeInfo:
    """Look ``code`` up in ``tables``, most specific first.

    Daraja sends the same code as a number or a string (``0`` or ``"0"``), so it is compared as
    text. An unknown code is described as unknown with category ``unknown_outcome``: nothing
    is assumed about what happened to the money.
    """
    text = "" if code is None else str(code).strip()
    for table in tables:
        if text in table:
            return table[text]
    return CodeInfo(
        code=text, description=f"Unknown code {text!r}", category="unknown_outcome", known=False
    )
