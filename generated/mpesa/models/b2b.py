# Generated from spec/ by `make generate`: do not edit.
# The models of the b2b operations.

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


class B2BExpressCallback(InboundModel):
    """
    The outcome of a B2B Express CheckOut (USSD push to a till), POSTed to callbackUrl.
    """

    model_config = ConfigDict(
        extra="allow",
        arbitrary_types_allowed=True,
    )
    amount: Annotated[Decimal | None, Field(alias="amount")] = None
    """
    Sent as a string such as "71.0".
    """
    conversation_id: Annotated[str | None, Field(alias="conversationID")] = None
    """
    Success only.
    """
    payment_reference: Annotated[str | None, Field(alias="paymentReference")] = None
    """
    The paymentRef sent; in the failure sample.
    """
    request_id: Annotated[str, Field(alias="requestId")]
    """
    Identifies the request (the RequestRefID sent).
    """
    result_code: Annotated[str | int, Field(alias="resultCode")]
    """
    "0" on success; see result_codes.b2b_express.
    """
    result_desc: Annotated[str, Field(alias="resultDesc")]
    result_type: Annotated[str | int | None, Field(alias="resultType")] = None
    """
    "0" in the success sample.
    """
    status: Annotated[str | None, Field(alias="status")] = None
    """
    SUCCESS in the success sample.
    """
    transaction_id: Annotated[str | None, Field(alias="transactionId")] = None
    """
    The M-Pesa receipt; success only.
    """


class B2BExpressCheckoutRequest(RequestModel):
    """
    Request body of b2b_express_checkout.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    request_ref_id: Annotated[
        str,
        Field(
            min_length=1,
            serialization_alias="RequestRefID",
            validation_alias=AliasChoices("RequestRefID", "request_ref_id", "RequestRefId"),
        ),
    ]
    """
    Unique per request (a UUID); the adapter generates one.
    """
    amount: Annotated[int, Field(alias="amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    callback_url: Annotated[str, Field(alias="callbackUrl", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the B2BExpressCallback.
    """
    partner_name: Annotated[str, Field(alias="partnerName", min_length=1)]
    """
    The vendor's friendly name shown in the prompt.
    """
    payment_ref: Annotated[str, Field(alias="paymentRef", min_length=1)]
    """
    The reference shown to the merchant.
    """
    primary_shortcode: Annotated[
        str,
        Field(
            alias="primaryShortCode",
            json_schema_extra={"x-accepts": "number"},
            pattern="^[0-9]{5,7}$",
        ),
    ]
    """
    The debit party, the merchant's till.
    """
    receiver_shortcode: Annotated[
        str,
        Field(
            alias="receiverShortCode",
            json_schema_extra={"x-accepts": "number"},
            pattern="^[0-9]{5,7}$",
        ),
    ]
    """
    The credit party, this business's (the vendor's) paybill.
    """


class B2BExpressCheckoutResponse(InboundModel):
    """
    Synchronous answer of b2b_express_checkout.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    code: Annotated[str | int, Field(alias="code")]
    """
    "0" when the USSD push was initiated.
    """
    status: Annotated[str | None, Field(alias="status")] = None
    """
    "USSD Initiated Successfully"
    """


class B2CAccountTopUpRequest(RequestModel):
    """
    Request body of b2c_account_top_up.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[
        str | None, Field(alias="AccountReference", max_length=13, min_length=1)
    ] = None
    """
    Optional reference, at most 13 characters (shown in the sample).
    """
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    command_id: Annotated[Literal["BusinessPayToBulk"], Field(alias="CommandID")]
    """
    Always BusinessPayToBulk. (the D3 sample column misprints BusinessPayToBullk)
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username (role "Org Business Pay to Bulk API initiator").
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The paying shortcode.
    """
    receiver_shortcode: Annotated[
        str,
        Field(alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The B2C shortcode being topped up.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    receiver_identifier_type: Annotated[
        Literal["4"],
        Field(alias="RecieverIdentifierType", json_schema_extra={"x-accepts": "number"}),
    ]
    """
    The type of PartyB; "4" (shortcode) is the only value. The wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=1)]
    """
    Free text, at most 100 characters.
    """
    requester: Annotated[str | None, Field(alias="Requester", pattern="^254[17][0-9]{8}$")] = None
    """
    Optional MSISDN of the customer on whose behalf the business pays.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """
    sender_identifier_type: Annotated[
        Literal["4"], Field(alias="SenderIdentifierType", json_schema_extra={"x-accepts": "number"})
    ]
    """
    The type of PartyA; "4" (shortcode) is the only value.
    """


class B2CAccountTopUpResponse(InboundModel):
    """
    Synchronous answer of b2c_account_top_up.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class BusinessBuyGoodsRequest(RequestModel):
    """
    Request body of business_buy_goods.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[
        str | None, Field(alias="AccountReference", max_length=13, min_length=1)
    ] = None
    """
    Optional reference, at most 13 characters (required for Pay Bill only; shown in every sample).
    """
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    command_id: Annotated[Literal["BusinessBuyGoods"], Field(alias="CommandID")]
    """
    Always BusinessBuyGoods. (the D3 parameter table copies "BusinessPayBill only" from the Pay Bill page; its sample uses BusinessBuyGoods)
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username (role "Business Buy Goods Org API initiator").
    """
    occasion: Annotated[
        str | None,
        Field(
            max_length=100,
            min_length=1,
            serialization_alias="Occassion",
            validation_alias=AliasChoices("Occassion", "occasion", "Occasion"),
        ),
    ] = None
    """
    Optional free text, at most 100 characters.
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The paying shortcode.
    """
    receiver_shortcode: Annotated[
        str,
        Field(alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The receiving till, store or head-office number.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    receiver_identifier_type: Annotated[
        Literal["4"],
        Field(alias="RecieverIdentifierType", json_schema_extra={"x-accepts": "number"}),
    ]
    """
    The type of PartyB; "4" (shortcode) is the only value. The wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=1)]
    """
    Free text, at most 100 characters.
    """
    requester: Annotated[str | None, Field(alias="Requester", pattern="^254[17][0-9]{8}$")] = None
    """
    Optional MSISDN of the customer on whose behalf the business pays.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """
    sender_identifier_type: Annotated[
        Literal["4"], Field(alias="SenderIdentifierType", json_schema_extra={"x-accepts": "number"})
    ]
    """
    The type of PartyA; "4" (shortcode) is the only value.
    """


class BusinessBuyGoodsResponse(InboundModel):
    """
    Synchronous answer of business_buy_goods.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class BusinessPayBillRequest(RequestModel):
    """
    Request body of business_pay_bill.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[str, Field(alias="AccountReference", max_length=13, min_length=1)]
    """
    The account number at the receiving paybill, at most 13 characters.
    """
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    command_id: Annotated[Literal["BusinessPayBill"], Field(alias="CommandID")]
    """
    Always BusinessPayBill.
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username (role "Business Paybill Org API initiator").
    """
    occasion: Annotated[
        str | None,
        Field(
            max_length=100,
            min_length=1,
            serialization_alias="Occassion",
            validation_alias=AliasChoices("Occassion", "occasion", "Occasion"),
        ),
    ] = None
    """
    Optional free text, at most 100 characters.
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The paying shortcode.
    """
    receiver_shortcode: Annotated[
        str,
        Field(alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The receiving paybill.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    receiver_identifier_type: Annotated[
        Literal["4"],
        Field(alias="RecieverIdentifierType", json_schema_extra={"x-accepts": "number"}),
    ]
    """
    The type of PartyB; "4" (shortcode) is the only value. The wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=1)]
    """
    Free text, at most 100 characters.
    """
    requester: Annotated[str | None, Field(alias="Requester", pattern="^254[17][0-9]{8}$")] = None
    """
    Optional MSISDN of the customer on whose behalf the business pays.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """
    sender_identifier_type: Annotated[
        Literal["4"], Field(alias="SenderIdentifierType", json_schema_extra={"x-accepts": "number"})
    ]
    """
    The type of PartyA; "4" (shortcode) is the only value.
    """


class BusinessPayBillResponse(InboundModel):
    """
    Synchronous answer of business_pay_bill.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class TaxRemittanceRequest(RequestModel):
    """
    Request body of tax_remittance.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[str, Field(alias="AccountReference", min_length=1)]
    """
    The KRA payment registration number (PRN) being paid.
    """
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    command_id: Annotated[Literal["PayTaxToKRA"], Field(alias="CommandID")]
    """
    Always PayTaxToKRA.
    """
    initiator: Annotated[str, Field(alias="Initiator", min_length=1)]
    """
    The API operator username (role "Tax Remittance to KRA API").
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The paying shortcode.
    """
    receiver_shortcode: Annotated[
        Literal["572572"],
        Field(alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    KRA's shortcode; 572572 is the only value allowed.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
    """
    receiver_identifier_type: Annotated[
        Literal["4"],
        Field(alias="RecieverIdentifierType", json_schema_extra={"x-accepts": "number"}),
    ]
    """
    The type of PartyB; "4" (shortcode) is the only value. The wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
    """
    remarks: Annotated[str, Field(alias="Remarks", max_length=100, min_length=1)]
    """
    Free text, at most 100 characters.
    """
    result_url: Annotated[str, Field(alias="ResultURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the ResultCallback.
    """
    security_credential: Annotated[str, Field(alias="SecurityCredential", repr=False)]
    """
    The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa certificate, Base64.
    """
    sender_identifier_type: Annotated[
        Literal["4"], Field(alias="SenderIdentifierType", json_schema_extra={"x-accepts": "number"})
    ]
    """
    The type of PartyA; "4" (shortcode) is the only value.
    """


class TaxRemittanceResponse(InboundModel):
    """
    Synchronous answer of tax_remittance.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
