"""How a test chooses what the local Daraja answers: magic customer numbers and forced outcomes.

Magic customer numbers
----------------------
A customer MSISDN ``2547000NNNNN`` selects result code ``NNNNN`` (leading zeros dropped) for any
request that carries it in a phone field (``PartyA``/``PhoneNumber`` of an STK push or Ratiba
order, ``PartyB`` of a B2C or B2Pochi payment), as long as that code is a documented result of
the operation (its ``result_code_tables`` in the spec). Elsewhere the number is an ordinary
customer. Nothing moves when a magic number fails a request.

==============  ======  =====================================================  ==================
MSISDN          Code    ResultDesc sent                                        Meaningful for
==============  ======  =====================================================  ==================
254700000001    1       The balance is insufficient for the transaction.       STK, B2C, Ratiba
254700000008    8       (codes table) would exceed the maximum balance         STK, B2C
254700000017    17      Rule limited.                                          STK, B2C
254700001001    1001    Unable to lock subscriber, a transaction is already    STK, Ratiba
                        in process for the current subscriber
254700001019    1019    Transaction has expired                                STK
254700001032    1032    Request cancelled by user                              STK, Ratiba
254700001037    1037    DS timeout user cannot be reached                      STK, Ratiba
254700002001    2001    The initiator information is invalid.                  STK (wrong PIN),
                                                                               B2C, Ratiba
254700002040    2040    (codes table) customer type not supported              B2C
==============  ======  =====================================================  ==================

Real conditions need no magic: a customer wallet or business account without enough money gives
result ``1``; a ``SecurityCredential`` that does not decrypt to the configured initiator password
(or a wrong initiator name) gives ``2001`` in the result callback while the request itself is
acknowledged, as Daraja does; an unknown receipt gives ``R000002`` (reversal) or ``2032``
(transaction status); reversing twice gives ``R000001``.

Forced outcomes
---------------
``SandboxState.set_next_outcome(operation=None, result_code="1032")`` (or HTTP
``POST /sandbox/control/next-outcome``) makes the next request of that operation (or of any
operation that produces a result) end with that code, whatever the request says. ``"0"`` forces
nothing but switches off the magic numbers for that request.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

__all__ = ["MAGIC", "describe_result", "magic_result_code"]

_MAGIC_PREFIX = "2547000"

MAGIC: Mapping[str, str] = MappingProxyType(
    {
        "254700000001": "1",
        "254700000008": "8",
        "254700000017": "17",
        "254700001001": "1001",
        "254700001019": "1019",
        "254700001032": "1032",
        "254700001037": "1037",
        "254700002001": "2001",
        "254700002040": "2040",
    }
)
"""The documented magic customer numbers and the result code each selects."""

# Daraja's own wording where its documented samples show it; other codes use the spec's description.
_DARAJA_WORDING: Mapping[str, str] = MappingProxyType(
    {
        "0": "The service request is processed successfully.",
        "1": "The balance is insufficient for the transaction.",
        "17": "Rule limited.",
        "1001": "Unable to lock subscriber, a transaction is already in process for the current subscriber",
        "1019": "Transaction has expired",
        "1032": "Request cancelled by user",
        "1037": "DS timeout user cannot be reached",
        "1050": "Standing order name already exists for this customer",
        "2001": "The initiator information is invalid.",
        "2032": "The transaction receipt number does not exist.",
        "4001": "User cancelled transaction",
        "8006": "The security credential is locked.",
        "R000001": "The transaction has already been reversed.",
        "R000002": "The OriginalTransactionID is invalid.",
    }
)


def magic_result_code(msisdn: str, tables: Sequence[str]) -> str | None:
    """The result code a magic MSISDN selects for an operation with these result-code tables.

    ``None`` when the number is not magic or its code is not a documented result of the
    operation (a cancelled-by-user code means nothing for a B2C payment).
    """
    if len(msisdn) != 12 or not msisdn.startswith(_MAGIC_PREFIX) or not msisdn.isdigit():
        return None
    code = str(int(msisdn[len(_MAGIC_PREFIX) :]))
    if code == "0" or not _documented(code, tables):
        return None
    return code


def describe_result(code: str, tables: Sequence[str]) -> str:
    """The ``ResultDesc`` the sandbox sends with ``code``: Daraja's wording, else the spec's."""
    if code in _DARAJA_WORDING:
        return _DARAJA_WORDING[code]
    from ..codes import ResultCodes  # generated from spec/codes.yaml

    return ResultCodes.describe(code, tuple(tables) or ("generic",)).description


def _documented(code: str, tables: Sequence[str]) -> bool:
    from ..codes import RESULT_CODES  # generated from spec/codes.yaml

    return any(code in RESULT_CODES.get(table, {}) for table in tables)
