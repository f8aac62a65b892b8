# Generated from spec/ by `make generate`: do not edit.
# The models of the account operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


class AccountBalanceRequest(RequestModel):
    """
    Request body of get_account_balance.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    command_id: Annotated[Literal["AccountBalance"], Field(alias="CommandID")]
    """
    Always AccountBalance.
    """
    identifier_type: Annotated[
        Literal["2", "4"], Field(alias="IdentifierType", json_schema_extra={"x-accepts": "number"})
    ]
    """
    The type of PartyA: "4" shortcode (the D3 value) or "2" till; "1" (MSISDN) is refused.
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username.
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The shortcode being queried (your own, or a store under your head office).
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=1)]
    """
    Free text, at most 100 characters.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback with the balances.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """


class AccountBalanceResponse(InboundModel):
    """
    Synchronous answer of get_account_balance.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[
        str, Field(alias="OriginatorConversationID", max_length=128)
    ]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class ReversalRequest(RequestModel):
    """
    Request body of reverse_transaction.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings; the amount of the transaction being reversed.
    """
    command_id: Annotated[Literal["TransactionReversal"], Field(alias="CommandID")]
    """
    Always TransactionReversal.
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username (role "Org Reversals Initiator").
    """
    occasion: Annotated[str | None, Field(alias="Occasion", max_length=100, min_length=1)] = None
    """
    Optional free text, sent only when given.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    receiver_party: Annotated[
        str,
        Field(
            alias="ReceiverParty", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"
        ),
    ]
    """
    Your organisation's shortcode, the one that received the payment.
    """
    receiver_identifier_type: Annotated[Literal["11"], Field(alias="RecieverIdentifierType")]
    """
    Always "11". The wire key is misspelled RecieverIdentifierType by Daraja; the correct spelling is refused with 400.002.02 "Bad Request - Invalid RecieverIdentifierType".
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=2)]
    """
    Free text, 2 to 100 characters.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """
    transaction_id: Annotated[str, Field(alias="TransactionID", min_length=1)]
    """
    The M-Pesa receipt of the C2B transaction to reverse.
    """


class ReversalResponse(InboundModel):
    """
    Synchronous answer of reverse_transaction.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class TransactionStatusRequest(RequestModel):
    """
    Request body of query_transaction_status.
    """

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"x-at-least-one": [["TransactionID", "OriginalConversationID"]]},
    )
    command_id: Annotated[Literal["TransactionStatusQuery"], Field(alias="CommandID")]
    """
    Always TransactionStatusQuery.
    """
    identifier_type: Annotated[
        Literal["1", "2", "4"],
        Field(alias="IdentifierType", json_schema_extra={"x-accepts": "number"}),
    ]
    """
    The type of PartyA: "1" MSISDN, "2" till number, "4" shortcode.
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username (role "Transaction Status query ORG API").
    """
    occasion: Annotated[str | None, Field(alias="Occasion", max_length=100, min_length=1)] = None
    """
    Optional free text, at most 100 characters (spelled Occasion on this API).
    """
    original_conversation_id: Annotated[
        str | None, Field(alias="OriginalConversationID", min_length=1)
    ] = None
    """
    The OriginatorConversationID the transaction was sent with.
    """
    party_a: Annotated[
        str,
        Field(
            alias="PartyA",
            json_schema_extra={"x-accepts": "number"},
            pattern="^([0-9]{5,9}|254[17][0-9]{8})$",
        ),
    ]
    """
    The organisation that took part in the transaction: a shortcode (the docs say 6 to 9 digits) or an MSISDN (12 digits), matching IdentifierType.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=1)]
    """
    Free text, at most 100 characters.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback with the status.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """
    transaction_id: Annotated[str | None, Field(alias="TransactionID", min_length=1)] = None
    """
    The M-Pesa receipt of the transaction.
    """


class TransactionStatusResponse(InboundModel):
    """
    Synchronous answer of query_transaction_status.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
