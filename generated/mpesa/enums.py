# Generated from spec/ by `make generate`: do not edit.
"""The product brief's enums (public as ``mpesa.enums``).

They are ``str`` enums: a member is accepted wherever its plain string is, compares equal to
it, and travels on the wire as its value.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from ..codes import ResultCodes


class _StrEnum(str, Enum):
    """A ``str`` enum whose ``str()`` is its value (``"BusinessPayment"``, not the member name)."""

    def __str__(self) -> str:
        return str(self.value)


class Environment(_StrEnum):
    """Daraja's environments; ``mpesa.constants.SERVERS`` has the base URL of each."""

    SANDBOX = "sandbox"
    PRODUCTION = "production"


class TransactionStatus(_StrEnum):
    """What a result code says about the transaction: the category of its meaning.

    ``from_code`` reads it from a callback's or query's ``ResultCode`` (see
    ``ResultCodes.describe`` for which table answers); an unknown code is ``UNKNOWN_OUTCOME``.
    """

    SUCCESS = "success"
    PENDING = "pending"
    CUSTOMER_ACTION = "customer_action"
    RETRY_LATER = "retry_later"
    CONFIGURATION_ERROR = "configuration_error"
    UNKNOWN_OUTCOME = "unknown_outcome"
    FAILED = "failed"

    @classmethod
    def from_code(
        cls, code: str | int | None, tables: Sequence[str] | None = None
    ) -> TransactionStatus:
        """The status ``code`` reports, looked up in ``tables`` (every table when omitted)."""
        return cls(ResultCodes.describe(code, tables).category)


class CommandID(_StrEnum):
    """Every CommandID a Daraja request takes."""

    TRANSACTION_STATUS_QUERY = "TransactionStatusQuery"
    ACCOUNT_BALANCE = "AccountBalance"
    TRANSACTION_REVERSAL = "TransactionReversal"
    BUSINESS_PAY_BILL = "BusinessPayBill"
    BUSINESS_BUY_GOODS = "BusinessBuyGoods"
    BUSINESS_PAY_TO_BULK = "BusinessPayToBulk"
    PAY_TAX_TO_KRA = "PayTaxToKRA"
    SALARY_PAYMENT = "SalaryPayment"
    BUSINESS_PAYMENT = "BusinessPayment"
    PROMOTION_PAYMENT = "PromotionPayment"
    BUSINESS_PAY_TO_POCHI = "BusinessPayToPochi"
    CUSTOMER_PAY_BILL_ONLINE = "CustomerPayBillOnline"
    CUSTOMER_BUY_GOODS_ONLINE = "CustomerBuyGoodsOnline"


class IdentifierType(_StrEnum):
    """The type of a party in a request: a phone number, a till number, a shortcode (paybill), or the
    receiver of a Reversal."""

    MSISDN = "1"
    TILL = "2"
    SHORTCODE = "4"
    REVERSAL_RECEIVER = "11"


class PaymentType(_StrEnum):
    """The CommandID of a B2C payment (salary, business or promotion payment)."""

    SALARY_PAYMENT = "SalaryPayment"
    BUSINESS_PAYMENT = "BusinessPayment"
    PROMOTION_PAYMENT = "PromotionPayment"
