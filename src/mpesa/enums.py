"""The product brief's enums: ``str`` enums accepted wherever the plain strings are.

Generated from ``spec/`` into ``mpesa._generated.enums``; this module is their public name.
"""

from ._generated.enums import (
    CommandID,
    Environment,
    IdentifierType,
    PaymentType,
    TransactionStatus,
)

__all__ = ["CommandID", "Environment", "IdentifierType", "PaymentType", "TransactionStatus"]
