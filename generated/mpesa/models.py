# Generated from spec/ by `make generate`: do not edit.
# Models of every Daraja request, response and callback body.

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, ConfigDict, Field, RootModel

from mpesa._wire import InboundModel, RequestModel


class AccessTokenRequest(RequestModel):
    """
    Request body of get_access_token.
    """

    model_config = ConfigDict(
        extra="forbid",
    )


class AccessTokenResponse(InboundModel):
    """
    Synchronous answer of get_access_token.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    access_token: Annotated[str, Field(alias="access_token", repr=False)]
    """
    The Bearer token (samples are 28 characters).
    """
    expires_in: Annotated[str | int, Field(alias="expires_in")]
    """
    Seconds of validity, 3599 in every sample.
    """


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


class AgeOnNetworkRequest(RequestModel):
    """
    Request body of check_age_on_network.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    customer_number: Annotated[str, Field(alias="customerNumber", pattern="^254[17][0-9]{8}$")]
    """
    The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX.
    """


class AgeOnNetworkResponse(InboundModel):
    """
    Undocumented keys (the SIM registration date); all are kept as received.
    """

    model_config = ConfigDict(
        extra="allow",
    )


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


class B2CPaymentRequest(RequestModel):
    """
    Request body of b2c_payment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        int, Field(alias="Amount", ge=10, json_schema_extra={"x-accepts": "text"}, le=250000)
    ]
    """
    Whole Kenya shillings, 10 to 250,000.
    """
    command_id: Annotated[
        Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"], Field(alias="CommandID")
    ]
    """
    SalaryPayment (registered customers; unregistered ones are no longer supported), BusinessPayment (registered customers), PromotionPayment (registered customers, with a congratulatory SMS).
    """
    initiator_name: Annotated[str, Field(alias="InitiatorName", min_length=1)]
    """
    The API operator username (role "ORG B2C API Initiator").
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
    Optional free text, 1 to 100 characters.
    """
    originator_conversation_id: Annotated[
        str, Field(alias="OriginatorConversationID", min_length=1)
    ]
    """
    Unique per request; the adapter generates one. Reusing it answers 500.002.1001 Duplicate OriginatorConversationID.
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The B2C (or one-account) shortcode paying out.
    """
    party_b: Annotated[
        str,
        Field(
            alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The receiving customer's MSISDN, 12 digits without "+".
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
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


class B2CPaymentResponse(InboundModel):
    """
    Synchronous answer of b2c_payment.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    """
    "0" when accepted; the docs list "0 or 1 or 2001 or 21".
    """
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class B2CPaymentV1Request(RequestModel):
    """
    Request body of b2c_payment_v1.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        int, Field(alias="Amount", ge=10, json_schema_extra={"x-accepts": "text"}, le=250000)
    ]
    """
    Whole Kenya shillings, 10 to 250,000.
    """
    command_id: Annotated[
        Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"], Field(alias="CommandID")
    ]
    """
    SalaryPayment, BusinessPayment or PromotionPayment (see b2c_payment).
    """
    initiator_name: Annotated[str, Field(alias="InitiatorName", min_length=1)]
    """
    The API operator username (role "ORG B2C API Initiator").
    """
    occasion: Annotated[
        str | None,
        Field(
            max_length=100,
            min_length=1,
            serialization_alias="Occasion",
            validation_alias=AliasChoices("Occasion", "occasion", "Occassion"),
        ),
    ] = None
    """
    Optional free text, 1 to 100 characters.
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The B2C shortcode paying out.
    """
    party_b: Annotated[
        str,
        Field(
            alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The receiving customer's MSISDN, 12 digits without "+".
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
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


class B2CPaymentV1Response(InboundModel):
    """
    Synchronous answer of b2c_payment_v1.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class B2CValidatedPaymentRequest(RequestModel):
    """
    Request body of b2c_payment_with_validation.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        int, Field(alias="Amount", ge=10, json_schema_extra={"x-accepts": "text"}, le=250000)
    ]
    """
    Whole Kenya shillings, 10 to 250,000 (the B2C limits).
    """
    command_id: Annotated[
        Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"], Field(alias="CommandID")
    ]
    """
    SalaryPayment, BusinessPayment or PromotionPayment (see b2c_payment).
    """
    id_number: Annotated[str, Field(alias="IDNumber", min_length=1)]
    """
    The recipient's ID number; must match the MSISDN's registration.
    """
    id_type: Annotated[Literal["01", "02", "03", "04", "05"], Field(alias="IDType")]
    """
    "01" National ID, "02" Military ID, "03" Alien ID, "04" Diplomatic ID, "05" Passport.
    """
    initiator_name: Annotated[str, Field(alias="InitiatorName", min_length=1)]
    """
    The API operator username.
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
    Optional free text, 1 to 100 characters.
    """
    originator_conversation_id: Annotated[
        str, Field(alias="OriginatorConversationID", min_length=1)
    ]
    """
    Unique per request; the adapter generates one.
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The B2C shortcode paying out.
    """
    party_b: Annotated[
        str,
        Field(
            alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The receiving customer's MSISDN.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
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


class B2CValidatedPaymentResponse(InboundModel):
    """
    Synchronous answer of b2c_payment_with_validation.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class B2PochiPaymentRequest(RequestModel):
    """
    Request body of b2pochi_payment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        int, Field(alias="Amount", ge=10, json_schema_extra={"x-accepts": "text"}, le=250000)
    ]
    """
    Whole Kenya shillings, 10 to 250,000.
    """
    command_id: Annotated[Literal["BusinessPayToPochi"], Field(alias="CommandID")]
    """
    Always BusinessPayToPochi.
    """
    initiator_name: Annotated[str, Field(alias="InitiatorName", min_length=1)]
    """
    The API operator username.
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
    Optional free text, 1 to 100 characters.
    """
    originator_conversation_id: Annotated[
        str, Field(alias="OriginatorConversationID", min_length=1)
    ]
    """
    Unique per request; the adapter generates one (500.002.1001 when reused).
    """
    party_a: Annotated[
        str,
        Field(alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The B2C shortcode paying out.
    """
    party_b: Annotated[
        str,
        Field(
            alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The MSISDN of the receiver's Pochi la Biashara wallet.
    """
    queue_timeout_url: Annotated[
        str, Field(alias="QueueTimeOutURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where Daraja POSTs a notice when the request times out in its queue.
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


class B2PochiPaymentResponse(InboundModel):
    """
    Synchronous answer of b2pochi_payment.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class BillManagerCancelBulkInvoicesResponse(InboundModel):
    """
    Synchronous answer of bill_manager_cancel_bulk_invoices.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status_message: Annotated[str | None, Field(alias="Status_Message")] = None
    """
    e.g. Invoice cancelled successfuly.
    """
    errors: Annotated[list[Any] | None, Field(alias="errors")] = None
    """
    Empty on success.
    """
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success, "409" conflict (paid invoices cannot be cancelled).
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BillManagerCancelInvoiceRequest(RequestModel):
    """
    Request body of bill_manager_cancel_invoice.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    external_reference: Annotated[str, Field(alias="externalReference", min_length=1)]
    """
    The invoice's externalReference.
    """


class BillManagerCancelInvoiceResponse(InboundModel):
    """
    Synchronous answer of bill_manager_cancel_invoice.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status_message: Annotated[str | None, Field(alias="Status_Message")] = None
    """
    e.g. Invoice cancelled successfuly.
    """
    errors: Annotated[list[Any] | None, Field(alias="errors")] = None
    """
    Empty on success.
    """
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success, "409" conflict (paid invoices cannot be cancelled).
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BillManagerInvoiceInvoiceItemsItem(RequestModel):
    """
    Part of BillManagerInvoiceInvoiceItemsItem.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[int, Field(alias="amount", ge=1)]
    item_name: Annotated[str, Field(alias="itemName", min_length=1)]


class BillManagerInvoiceReference(RequestModel):
    """
    One item of bill_manager_cancel_bulk_invoices's body.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    external_reference: Annotated[str, Field(alias="externalReference", min_length=1)]
    """
    The invoice's externalReference.
    """


class BillManagerOptInRequest(RequestModel):
    """
    Request body of bill_manager_opt_in.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    callback_url: Annotated[str, Field(alias="callbackurl", max_length=1024, pattern="^https?://")]
    """
    Where Bill Manager pushes payments against invoices (BillManagerPayment).
    """
    email: Annotated[str, Field(alias="email", pattern="^[^@\\s]+@[^@\\s]+$")]
    """
    The business's official email address.
    """
    logo: Annotated[str | None, Field(alias="logo")] = None
    """
    Optional logo (JPEG image) shown on invoices.
    """
    official_contact: Annotated[str, Field(alias="officialContact", min_length=1)]
    """
    The business's official contact phone number.
    """
    send_reminders: Annotated[
        Literal["0", "1"], Field(alias="sendReminders", json_schema_extra={"x-accepts": "number"})
    ]
    """
    "1" to send reminder SMS (7 days and 3 days before the due date, and on it), "0" for none.
    """
    shortcode: Annotated[str, Field(alias="shortcode", pattern="^[0-9]{5,6}$")]
    """
    The paybill opting in (5 to 6 digits per D3).
    """


class BillManagerOptInResponse(InboundModel):
    """
    Synchronous answer of bill_manager_opt_in.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    app_key: Annotated[str | None, Field(alias="app_key", repr=False)] = None
    """
    Send it in the appKey header of every later Bill Manager call (e.g. AG_2376487236_126732989KJ).
    """
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success, "409" conflict (e.g. "Biller already Registered").
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BillManagerPayment(InboundModel):
    """
    A payment against a Bill Manager invoice, pushed to the callbackurl given at opt-in.
    """

    model_config = ConfigDict(
        extra="allow",
        arbitrary_types_allowed=True,
    )
    account_reference: Annotated[str | None, Field(alias="accountReference")] = None
    """
    The invoice's account reference.
    """
    date_created: Annotated[str | None, Field(alias="dateCreated")] = None
    """
    When the payment was recorded.
    """
    msisdn: Annotated[str | int | None, Field(alias="msisdn")] = None
    """
    The paying customer's number.
    """
    paid_amount: Annotated[Decimal, Field(alias="paidAmount")]
    short_code: Annotated[str | int | None, Field(alias="shortCode")] = None
    """
    The biller's shortcode (JSON type not documented; both accepted).
    """
    transaction_id: Annotated[str, Field(alias="transactionId")]
    """
    The M-Pesa receipt.
    """


class BillManagerPaymentReply(RequestModel):
    """
    The merchant's acknowledgement of a Bill Manager payment push.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    rescode: Annotated[str | int, Field(alias="rescode")]
    resmsg: Annotated[str, Field(alias="resmsg")]


class BillManagerReconcileRequest(RequestModel):
    """
    Request body of bill_manager_reconcile.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[str, Field(alias="accountReference", min_length=1)]
    external_reference: Annotated[str, Field(alias="externalReference", min_length=1)]
    full_name: Annotated[str, Field(alias="fullName", min_length=1)]
    invoice_name: Annotated[str, Field(alias="invoiceName", min_length=1)]
    paid_amount: Annotated[int, Field(alias="paidAmount", ge=1)]
    """
    Amount paid in whole Kenya shillings.
    """
    payment_date: Annotated[str, Field(alias="paymentDate", min_length=1)]
    """
    Date of the payment (the push's dateCreated).
    """
    phone_number: Annotated[str, Field(alias="phoneNumber", pattern="^(0|254)[17][0-9]{8}$")]
    """
    The paying customer's number.
    """
    transaction_id: Annotated[str, Field(alias="transactionId", min_length=1)]
    """
    The M-Pesa receipt of the payment.
    """


class BillManagerReconcileResponse(InboundModel):
    """
    Synchronous answer of bill_manager_reconcile.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success.
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BillManagerSendBulkInvoicesResponse(InboundModel):
    """
    Synchronous answer of bill_manager_send_bulk_invoices.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status_message: Annotated[str | None, Field(alias="Status_Message")] = None
    """
    e.g. Invoice sent successfully
    """
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success, "409" conflict.
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BillManagerSendInvoiceRequestInvoiceItemsItem(RequestModel):
    """
    Part of BillManagerSendInvoiceRequestInvoiceItemsItem.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[int, Field(alias="amount", ge=1)]
    item_name: Annotated[str, Field(alias="itemName", min_length=1)]


class BillManagerSendInvoiceResponse(InboundModel):
    """
    Synchronous answer of bill_manager_send_invoice.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status_message: Annotated[str | None, Field(alias="Status_Message")] = None
    """
    e.g. Invoice sent successfully
    """
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success, "409" conflict.
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BillManagerUpdateOptInRequest(RequestModel):
    """
    Request body of bill_manager_update_opt_in.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    callback_url: Annotated[
        str | None, Field(alias="callbackurl", max_length=1024, pattern="^https?://")
    ] = None
    """
    New URL for payment pushes; optional here.
    """
    email: Annotated[str, Field(alias="email", pattern="^[^@\\s]+@[^@\\s]+$")]
    """
    The business's official email address.
    """
    logo: Annotated[str | None, Field(alias="logo")] = None
    """
    Optional logo (JPEG image) shown on invoices.
    """
    official_contact: Annotated[str, Field(alias="officialContact", min_length=1)]
    """
    The business's official contact phone number.
    """
    send_reminders: Annotated[
        Literal["0", "1"], Field(alias="sendReminders", json_schema_extra={"x-accepts": "number"})
    ]
    """
    "1" to send reminder SMS (7 days and 3 days before the due date, and on it), "0" for none.
    """
    shortcode: Annotated[str, Field(alias="shortcode", pattern="^[0-9]{5,6}$")]
    """
    The paybill opting in (5 to 6 digits per D3).
    """


class BillManagerUpdateOptInResponse(InboundModel):
    """
    Synchronous answer of bill_manager_update_opt_in.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    rescode: Annotated[str | int | None, Field(alias="rescode")] = None
    """
    "200" success.
    """
    resmsg: Annotated[str | None, Field(alias="resmsg")] = None
    """
    e.g. Success
    """


class BongaCalculatePointsRequest(RequestModel):
    """
    Request body of bonga_calculate_points.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    points: Annotated[
        str, Field(alias="points", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]+$")
    ]
    """
    Number of Bonga points, as a digit string (sample "40").
    """


class BongaCalculatePointsResponseBody(InboundModel):
    """
    Part of BongaCalculatePointsResponseBody.
    """

    model_config = ConfigDict(
        extra="allow",
        arbitrary_types_allowed=True,
    )
    amount: Annotated[Decimal | None, Field(alias="amount")] = None
    """
    Value in KES (sample "8").
    """
    points: Annotated[str | int | None, Field(alias="points")] = None
    """
    Sample "40".
    """
    rate: Annotated[Decimal | None, Field(alias="rate")] = None
    """
    KES per point (sample "0.2").
    """


class BongaCalculatePointsResponseHeader(InboundModel):
    """
    Part of BongaCalculatePointsResponseHeader.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    customer_message: Annotated[str | None, Field(alias="customerMessage")] = None
    request_ref_id: Annotated[str | None, Field(alias="requestRefId")] = None
    response_code: Annotated[str | int | None, Field(alias="responseCode")] = None
    """
    200 on success.
    """
    response_message: Annotated[str | None, Field(alias="responseMessage")] = None
    timestamp: Annotated[str | None, Field(alias="timestamp")] = None


class BongaRedeemPaybillRequest(RequestModel):
    """
    Request body of bonga_redeem_paybill.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_number: Annotated[str, Field(alias="accountNumber", min_length=1)]
    """
    The account number at the paybill.
    """
    amount: Annotated[int, Field(alias="amount", ge=1)]
    """
    Amount to pay in whole Kenya shillings.
    """
    bonga_points: Annotated[
        str,
        Field(alias="bongaPoints", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]+$"),
    ]
    """
    Points redeemed, as a digit string (see bonga_calculate_points).
    """
    conversion_rate: Annotated[str, Field(alias="conversionRate", pattern="^[0-9]+(\\.[0-9]+)?$")]
    """
    KES per point; 0.2 per BONGA.
    """
    msisdn: Annotated[str, Field(alias="msisdn", pattern="^254[17][0-9]{8}$")]
    """
    The customer redeeming points, 2547XXXXXXXX or 2541XXXXXXXX.
    """
    shortcode: Annotated[str, Field(alias="shortCode", pattern="^[0-9]{5,7}$")]
    """
    The paybill receiving the payment.
    """


class BongaRedeemPaybillResponseHeader(InboundModel):
    """
    Part of BongaRedeemPaybillResponseHeader.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    customer_message: Annotated[str | None, Field(alias="customerMessage")] = None
    request_ref_id: Annotated[str | None, Field(alias="requestRefId")] = None
    response_code: Annotated[str | int | None, Field(alias="responseCode")] = None
    """
    200 on success.
    """
    response_message: Annotated[str | None, Field(alias="responseMessage")] = None
    timestamp: Annotated[str | None, Field(alias="timestamp")] = None


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


class C2BConfirmation(InboundModel):
    """
    A completed C2B payment, POSTed to the registered ConfirmationURL.
    """

    model_config = ConfigDict(
        extra="allow",
        arbitrary_types_allowed=True,
    )
    bill_ref_number: Annotated[str | None, Field(alias="BillRefNumber")] = None
    """
    The account number the customer typed (paybill only, up to 20 characters).
    """
    business_shortcode: Annotated[str, Field(alias="BusinessShortCode")]
    """
    The receiving paybill or till.
    """
    first_name: Annotated[str | None, Field(alias="FirstName")] = None
    """
    May be empty (data minimisation).
    """
    invoice_number: Annotated[str | None, Field(alias="InvoiceNumber")] = None
    """
    Usually empty.
    """
    last_name: Annotated[str | None, Field(alias="LastName")] = None
    """
    May be empty.
    """
    msisdn: Annotated[str | None, Field(alias="MSISDN")] = None
    """
    The payer: masked ("2547 ***** 126") on v2 URLs, a SHA-256 hash (64 hex characters) on v1 URLs; 2017 docs showed the plain number.
    """
    middle_name: Annotated[str | None, Field(alias="MiddleName")] = None
    """
    May be empty.
    """
    org_account_balance: Annotated[Decimal | str | None, Field(alias="OrgAccountBalance")] = None
    """
    The shortcode's new utility balance, e.g. "25.00" (blank on validation).
    """
    third_party_trans_id: Annotated[str | None, Field(alias="ThirdPartyTransID")] = None
    """
    The value the merchant returned in its validation reply, else empty.
    """
    trans_amount: Annotated[Decimal, Field(alias="TransAmount")]
    """
    The amount, sent as a string ("10", "5.00", "10.00"); whole shillings only.
    """
    trans_id: Annotated[str, Field(alias="TransID")]
    """
    The M-Pesa receipt, e.g. RKTQDM7W6S.
    """
    trans_time: Annotated[str, Field(alias="TransTime")]
    """
    YYYYMMDDHHmmss.
    """
    transaction_type: Annotated[str | None, Field(alias="TransactionType")] = None
    """
    "Pay Bill" or "Buy Goods" (the 2017 sample sends an empty string).
    """


class C2BConfirmationReply(RequestModel):
    """
    The merchant's acknowledgement of a confirmation; always ResultCode 0.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    result_code: Annotated[str | int, Field(alias="ResultCode")]
    """
    Always 0 (a number in the documentation).
    """
    result_desc: Annotated[str, Field(alias="ResultDesc")]


class C2BRegisterUrlRequest(RequestModel):
    """
    Request body of c2b_register_url.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    confirmation_url: Annotated[
        str, Field(alias="ConfirmationURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where M-Pesa POSTs C2BConfirmation. Publicly reachable, HTTPS in production, without the words M-PESA, mpesa, Safaricom, exe, exec, cmd, SQL or query.
    """
    response_type: Annotated[Literal["Completed", "Cancelled"], Field(alias="ResponseType")]
    """
    What M-Pesa does when the ValidationURL is unreachable or slow: Completed completes the payment, Cancelled cancels it. Sentence case exactly.
    """
    shortcode: Annotated[
        str,
        Field(alias="ShortCode", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The paybill or till whose URLs are registered.
    """
    validation_url: Annotated[
        str, Field(alias="ValidationURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where M-Pesa POSTs C2BValidation; called only when External Validation is enabled on the shortcode (disabled by default). Same URL rules as ConfirmationURL.
    """


class C2BRegisterUrlResponse(InboundModel):
    """
    Synchronous answer of c2b_register_url.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    originator_conversation_id: Annotated[
        str | None,
        Field(
            serialization_alias="OriginatorCoversationID",
            validation_alias=AliasChoices(
                "OriginatorCoversationID", "originator_conversation_id", "OriginatorConversationID"
            ),
        ),
    ] = None
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
    """
    "success" (v1 docs) or "Success" (v2).
    """


class C2BRegisterUrlV2Request(RequestModel):
    """
    Request body of c2b_register_url_v2.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    confirmation_url: Annotated[
        str, Field(alias="ConfirmationURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where M-Pesa POSTs C2BConfirmation. Publicly reachable, HTTPS in production, without the words M-PESA, mpesa, Safaricom, exe, exec, cmd, SQL or query.
    """
    response_type: Annotated[Literal["Completed", "Cancelled"], Field(alias="ResponseType")]
    """
    What M-Pesa does when the ValidationURL is unreachable or slow: Completed completes the payment, Cancelled cancels it. Sentence case exactly.
    """
    shortcode: Annotated[
        str,
        Field(alias="ShortCode", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The paybill or till whose URLs are registered.
    """
    validation_url: Annotated[
        str, Field(alias="ValidationURL", max_length=1024, pattern="^https?://")
    ]
    """
    Where M-Pesa POSTs C2BValidation; called only when External Validation is enabled on the shortcode (disabled by default). Same URL rules as ConfirmationURL.
    """


class C2BRegisterUrlV2Response(InboundModel):
    """
    Synchronous answer of c2b_register_url_v2.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    originator_conversation_id: Annotated[
        str | None,
        Field(
            serialization_alias="OriginatorCoversationID",
            validation_alias=AliasChoices(
                "OriginatorCoversationID", "originator_conversation_id", "OriginatorConversationID"
            ),
        ),
    ] = None
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
    """
    "Success" in the v2 sample.
    """


class C2BSimulateRequest(RequestModel):
    """
    Request body of c2b_simulate.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    bill_ref_number: Annotated[
        str | None, Field(alias="BillRefNumber", max_length=20, min_length=1)
    ] = None
    """
    The account number; needed for CustomerPayBillOnline, left out (null) for CustomerBuyGoodsOnline. At most 20 characters, as the C2B callbacks carry it.
    """
    command_id: Annotated[
        Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"], Field(alias="CommandID")
    ]
    """
    CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
    """
    phone_number: Annotated[
        str,
        Field(
            alias="Msisdn", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The paying test MSISDN (the public sandbox one is 254708374149).
    """
    shortcode: Annotated[
        str,
        Field(alias="ShortCode", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The sandbox shortcode being paid (e.g. 600984, 601426).
    """


class C2BSimulateResponse(InboundModel):
    """
    Synchronous answer of c2b_simulate.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str | None, Field(alias="ConversationID")] = None
    """
    Present in some (2018) responses.
    """
    originator_conversation_id: Annotated[
        str | None,
        Field(
            serialization_alias="OriginatorCoversationID",
            validation_alias=AliasChoices(
                "OriginatorCoversationID", "originator_conversation_id", "OriginatorConversationID"
            ),
        ),
    ] = None
    response_code: Annotated[str | int | None, Field(alias="ResponseCode")] = None
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class C2BSimulateV2Request(RequestModel):
    """
    Request body of c2b_simulate_v2.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Whole Kenya shillings.
    """
    bill_ref_number: Annotated[
        str | None, Field(alias="BillRefNumber", max_length=20, min_length=1)
    ] = None
    """
    The account number; needed for CustomerPayBillOnline, left out (null) for CustomerBuyGoodsOnline. At most 20 characters, as the C2B callbacks carry it.
    """
    command_id: Annotated[
        Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"], Field(alias="CommandID")
    ]
    """
    CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
    """
    phone_number: Annotated[
        str,
        Field(
            alias="Msisdn", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The paying test MSISDN (the public sandbox one is 254708374149).
    """
    shortcode: Annotated[
        str,
        Field(alias="ShortCode", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The sandbox shortcode being paid (e.g. 600984, 601426).
    """


class C2BSimulateV2Response(InboundModel):
    """
    Synchronous answer of c2b_simulate_v2.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str | None, Field(alias="ConversationID")] = None
    """
    Not in the v2 sample; kept in case Daraja sends it.
    """
    originator_conversation_id: Annotated[
        str | None,
        Field(
            serialization_alias="OriginatorCoversationID",
            validation_alias=AliasChoices(
                "OriginatorCoversationID", "originator_conversation_id", "OriginatorConversationID"
            ),
        ),
    ] = None
    response_code: Annotated[str | int | None, Field(alias="ResponseCode")] = None
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
    """
    "Accept the service request successfully."
    """


class C2BValidation(InboundModel):
    """
    A C2B payment awaiting the merchant's approval, POSTed to the registered ValidationURL.
    """

    model_config = ConfigDict(
        extra="allow",
        arbitrary_types_allowed=True,
    )
    bill_ref_number: Annotated[str | None, Field(alias="BillRefNumber")] = None
    """
    The account number the customer typed (paybill only, up to 20 characters).
    """
    business_shortcode: Annotated[str, Field(alias="BusinessShortCode")]
    """
    The receiving paybill or till.
    """
    first_name: Annotated[str | None, Field(alias="FirstName")] = None
    """
    May be empty (data minimisation).
    """
    invoice_number: Annotated[str | None, Field(alias="InvoiceNumber")] = None
    """
    Usually empty.
    """
    last_name: Annotated[str | None, Field(alias="LastName")] = None
    """
    May be empty.
    """
    msisdn: Annotated[str | None, Field(alias="MSISDN")] = None
    """
    The payer: masked ("2547 ***** 126") on v2 URLs, a SHA-256 hash (64 hex characters) on v1 URLs; 2017 docs showed the plain number.
    """
    middle_name: Annotated[str | None, Field(alias="MiddleName")] = None
    """
    May be empty.
    """
    org_account_balance: Annotated[Decimal | str | None, Field(alias="OrgAccountBalance")] = None
    """
    Blank ("") on validation; the shortcode's new utility balance on confirmation.
    """
    third_party_trans_id: Annotated[str | None, Field(alias="ThirdPartyTransID")] = None
    """
    The value the merchant returned in its validation reply, else empty.
    """
    trans_amount: Annotated[Decimal, Field(alias="TransAmount")]
    """
    The amount, sent as a string ("10", "5.00", "10.00"); whole shillings only.
    """
    trans_id: Annotated[str, Field(alias="TransID")]
    """
    The M-Pesa receipt, e.g. RKTQDM7W6S.
    """
    trans_time: Annotated[str, Field(alias="TransTime")]
    """
    YYYYMMDDHHmmss.
    """
    transaction_type: Annotated[str | None, Field(alias="TransactionType")] = None
    """
    "Pay Bill" or "Buy Goods" (the 2017 sample sends an empty string).
    """


class C2BValidationReply(RequestModel):
    """
    The merchant's answer to a validation request: ResultCode "0" accepts; C2B00011 to C2B00016 reject and choose the SMS the customer gets (result_codes.c2b_validation).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    result_code: Annotated[str | int, Field(alias="ResultCode")]
    """
    "0" to accept, or C2B00011..C2B00016 to reject.
    """
    result_desc: Annotated[str, Field(alias="ResultDesc")]
    """
    "Accepted" or "Rejected".
    """
    third_party_trans_id: Annotated[str | None, Field(alias="ThirdPartyTransID")] = None
    """
    Optional merchant reference, echoed back in the confirmation.
    """


class DynamicQrRequest(RequestModel):
    """
    Request body of generate_dynamic_qr.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[int, Field(alias="Amount", ge=1)]
    """
    Total amount in whole Kenya shillings.
    """
    cpi: Annotated[str, Field(alias="CPI", pattern="^[0-9]{5,12}$")]
    """
    Credit party identifier: a mobile number, business number, agent till, paybill or till (samples "373132", "174379").
    """
    merchant_name: Annotated[str, Field(alias="MerchantName", min_length=1)]
    """
    Company or M-Pesa merchant name shown to the payer.
    """
    ref_no: Annotated[str, Field(alias="RefNo", min_length=1)]
    """
    Transaction reference.
    """
    size: Annotated[str, Field(alias="Size", pattern="^[0-9]+$")]
    """
    Side of the square QR image in pixels, as a digit string (e.g. "300").
    """
    trx_code: Annotated[Literal["BG", "WA", "PB", "SM", "SB"], Field(alias="TrxCode")]
    """
    BG pay merchant (buy goods), WA withdraw cash at an agent till, PB paybill or business number, SM send money (mobile number), SB send to business (business number CPI in MSISDN format).
    """


class DynamicQrResponse(InboundModel):
    """
    Synchronous answer of generate_dynamic_qr.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    qr_code: Annotated[str | None, Field(alias="QRCode")] = None
    """
    The QR image as a Base64-encoded PNG.
    """
    request_id: Annotated[str | None, Field(alias="RequestID")] = None
    """
    e.g. 16738-27456357-1
    """
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
    """
    e.g. QR Code Successfully Generated.
    """


class ImsiRequest(RequestModel):
    """
    Request body of check_imsi.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    customer_number: Annotated[str, Field(alias="customerNumber", pattern="^254[17][0-9]{8}$")]
    """
    The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX.
    """


class ImsiResponse(InboundModel):
    """
    Synchronous answer of check_imsi.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    customer_number: Annotated[str | None, Field(alias="customerNumber")] = None
    imsi: Annotated[str | None, Field(alias="imsi")] = None
    """
    The IMSI, hashed.
    """
    last_swap_date: Annotated[str | None, Field(alias="lastSwapDate")] = None
    msisdn_registration_date: Annotated[str | None, Field(alias="msisdnRegistrationDate")] = None
    request_ref_id: Annotated[str | None, Field(alias="requestRefID")] = None
    response_code: Annotated[str | int | None, Field(alias="responseCode")] = None
    response_desc: Annotated[str | None, Field(alias="responseDesc")] = None


class KycValidateIdRequest(RequestModel):
    """
    Request body of validate_kyc_id.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    id_number: Annotated[str, Field(alias="idNumber", min_length=1)]
    """
    The ID document number.
    """
    id_type: Annotated[Literal["01", "02", "05"], Field(alias="idType")]
    """
    "01" National ID, "02" Military ID, "05" Passport.
    """
    msisdn: Annotated[str, Field(alias="msisdn", pattern="^254[17][0-9]{8}$")]
    """
    The MSISDN whose KYC is checked.
    """
    request_ref_id: Annotated[str, Field(alias="requestRefID", min_length=1)]
    """
    The merchant's unique reference for this request.
    """
    shortcode: Annotated[str, Field(alias="shortCode", pattern="^[0-9]{5,7}$")]
    """
    The organisation's shortcode.
    """


class KycValidateIdResponse(InboundModel):
    """
    Only status is documented; other keys are kept as received.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    status: Annotated[str | bool | None, Field(alias="status")] = None
    """
    "true" when the ID matches the MSISDN, "false" otherwise.
    """


class MetadataItem(InboundModel):
    """
    One Name/Value pair of an STK callback's CallbackMetadata; Value may be missing (C6).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(alias="Name")]
    value: Annotated[Any | None, Field(alias="Value")] = None


class OrgInfoRequest(RequestModel):
    """
    Request body of query_org_info.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    identifier: Annotated[str, Field(alias="Identifier", pattern="^[0-9]{5,7}$")]
    """
    The paybill or till number (sample "666677").
    """
    identifier_type: Annotated[Literal["2", "4"], Field(alias="IdentifierType")]
    """
    "4" paybill, "2" till.
    """


class OrgInfoResponse(InboundModel):
    """
    Synchronous answer of query_org_info.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    charge_profile_id: Annotated[str | int | None, Field(alias="ChargeProfileID")] = None
    conversation_id: Annotated[str | None, Field(alias="ConversationID")] = None
    detailed_message: Annotated[str | None, Field(alias="DetailedMessage")] = None
    organization_name: Annotated[str | None, Field(alias="OrganizationName")] = None
    organization_short_code: Annotated[str | None, Field(alias="OrganizationShortCode")] = None
    response_code: Annotated[str | int | None, Field(alias="ResponseCode")] = None
    """
    "4000" (sample) on success.
    """
    response_message: Annotated[str | None, Field(alias="ResponseMessage")] = None
    """
    e.g. Success
    """


class PullQueryRequest(RequestModel):
    """
    Request body of pull_transactions_query.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    end_date: Annotated[
        str,
        Field(
            alias="EndDate", pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$"
        ),
    ]
    """
    Window end, "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm".
    """
    offset_value: Annotated[str, Field(alias="OffSetValue", pattern="^[0-9]+$")]
    """
    Row offset (not a page number), starting at "0".
    """
    shortcode: Annotated[str, Field(alias="ShortCode", pattern="^[0-9]{5,7}$")]
    """
    The registered shortcode.
    """
    start_date: Annotated[
        str,
        Field(
            alias="StartDate",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{1,2}:[0-9]{2}(:[0-9]{2})?$",
        ),
    ]
    """
    Window start, "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm".
    """


class PullQueryResponseResponseItemItem(InboundModel):
    """
    Part of PullQueryResponseResponseItemItem.
    """

    model_config = ConfigDict(
        extra="allow",
        arbitrary_types_allowed=True,
    )
    amount: Annotated[Decimal | None, Field(alias="amount")] = None
    """
    A string in the D3 sample.
    """
    bill_reference: Annotated[str | None, Field(alias="billreference")] = None
    msisdn: Annotated[str | int | None, Field(alias="msisdn")] = None
    """
    A number in the D3 sample.
    """
    organization_name: Annotated[str | None, Field(alias="organizationname")] = None
    sender: Annotated[str | None, Field(alias="sender")] = None
    transaction_id: Annotated[str | None, Field(alias="transactionId")] = None
    transaction_type: Annotated[str | None, Field(alias="transactiontype")] = None
    """
    e.g. c2b-pay-bill-debit
    """
    trx_date: Annotated[str | None, Field(alias="trxDate")] = None
    """
    ISO 8601 timestamp ending in Z.
    """


class PullRegisterRequest(RequestModel):
    """
    Request body of pull_transactions_register.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    callback_url: Annotated[str, Field(alias="CallBackURL", max_length=1024, pattern="^https?://")]
    """
    The merchant's callback URL for the registration.
    """
    nominated_number: Annotated[
        str, Field(alias="NominatedNumber", pattern="^(0|254)[17][0-9]{8}$")
    ]
    """
    The MSISDN in the shortcode's KYC, 07XXXXXXXX or 2547XXXXXXXX.
    """
    request_type: Annotated[Literal["Pull"], Field(alias="RequestType")]
    shortcode: Annotated[str, Field(alias="ShortCode", pattern="^[0-9]{5,7}$")]
    """
    The shortcode to register.
    """


class PullRegisterResponse(InboundModel):
    """
    Synchronous answer of pull_transactions_register.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    response_description: Annotated[
        str | None,
        Field(
            serialization_alias="ResponseDescription",
            validation_alias=AliasChoices(
                "ResponseDescription", "response_description", "Response Description"
            ),
        ),
    ] = None
    """
    e.g. Shortcode Registered Successfully
    """
    response_ref_id: Annotated[str | None, Field(alias="ResponseRefID")] = None
    response_status: Annotated[
        str | int | None,
        Field(
            serialization_alias="ResponseStatus",
            validation_alias=AliasChoices("ResponseStatus", "response_status", "Response Status"),
        ),
    ] = None
    """
    "1000" registered, "1001" already registered.
    """
    shortcode: Annotated[str | None, Field(alias="ShortCode")] = None


class RatibaCallbackItem(InboundModel):
    """
    One Name/Value pair of a Ratiba callback's ResponseData (TransactionID, responseCode, Status, Msisdn). C26: the success sample uses lowercase name/value, the failure sample Name/Value; both are accepted.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[
        str, Field(serialization_alias="Name", validation_alias=AliasChoices("Name", "name"))
    ]
    value: Annotated[
        Any | None,
        Field(serialization_alias="Value", validation_alias=AliasChoices("Value", "value")),
    ] = None


class RatibaCallbackResponseBody(InboundModel):
    """
    Part of RatibaCallbackResponseBody.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    response_data: Annotated[
        RatibaCallbackItem | list[RatibaCallbackItem] | None,
        Field(
            serialization_alias="ResponseData",
            validation_alias=AliasChoices("ResponseData", "response_data", "responseData"),
        ),
    ] = None
    """
    TransactionID, responseCode, Status (OKAY / ERROR) and Msisdn (masked).
    """


class RatibaCallbackResponseHeader(InboundModel):
    """
    Part of RatibaCallbackResponseHeader.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    request_ref_id: Annotated[str | None, Field(alias="requestRefID")] = None
    response_code: Annotated[str | int, Field(alias="responseCode")]
    """
    "0" on success, e.g. "1037" on failure; see result_codes.ratiba.
    """
    response_description: Annotated[str | None, Field(alias="responseDescription")] = None
    response_ref_id: Annotated[str | None, Field(alias="responseRefID")] = None


class ResultCallbackReply(RequestModel):
    """
    The merchant's acknowledgement of a result callback.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    result_code: Annotated[str | int, Field(alias="ResultCode")]
    """
    0 acknowledges.
    """
    result_desc: Annotated[str, Field(alias="ResultDesc")]


class ResultItem(InboundModel):
    """
    One Key/Value pair of ResultParameters or ReferenceData. Value may be missing ({"Key": "TransactionReason"}) and may be a number or a string.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    key: Annotated[str, Field(alias="Key")]
    value: Annotated[Any | None, Field(alias="Value")] = None
    """
    Missing on some items (catalog §1).
    """


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


class SimSwapRequest(RequestModel):
    """
    Request body of check_sim_swap.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    customer_number: Annotated[str, Field(alias="customerNumber", pattern="^254[17][0-9]{8}$")]
    """
    The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX.
    """


class SimSwapResponse(InboundModel):
    """
    Synchronous answer of check_sim_swap.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    last_swap_date: Annotated[str | None, Field(alias="lastSwapDate")] = None
    """
    DD-MM-YYYY HH:mm; "01-01-1900 00:00" means more than three months ago.
    """
    request_ref_id: Annotated[str | None, Field(alias="requestRefID")] = None
    response_code: Annotated[str | int | None, Field(alias="responseCode")] = None
    """
    "200" success.
    """
    response_desc: Annotated[str | None, Field(alias="responseDesc")] = None
    """
    e.g. Success
    """


class StandingOrderRequest(RequestModel):
    """
    Request body of create_standing_order.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[
        str | None, Field(alias="AccountReference", max_length=12, min_length=1)
    ] = None
    """
    Account number for a paybill; required for "Standing Order Customer Pay Bill".
    """
    amount: Annotated[int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"})]
    """
    Amount of each debit, whole Kenya shillings.
    """
    business_shortcode: Annotated[str, Field(alias="BusinessShortCode", pattern="^[0-9]{5,7}$")]
    """
    The receiving paybill or till shortcode.
    """
    callback_url: Annotated[str, Field(alias="CallBackURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the RatibaCallback.
    """
    custom_sto_id: Annotated[str | None, Field(alias="CustomStoId")] = None
    """
    Merchant's own standing-order ID.
    """
    end_date: Annotated[str, Field(alias="EndDate", pattern="^[0-9]{8}$")]
    """
    Last debit date, yyyymmdd.
    """
    frequency: Annotated[Literal["1", "2", "3", "4", "5", "6", "7", "8"], Field(alias="Frequency")]
    """
    "1" One Off, "2" Daily, "3" Weekly, "4" Monthly, "5" Bi-Monthly, "6" Quarterly, "7" Half Year, "8" Yearly.
    """
    party_a: Annotated[str, Field(alias="PartyA", pattern="^254[17][0-9]{8}$")]
    """
    The paying customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX.
    """
    receiver_party_identifier_type: Annotated[
        Literal["4", "2"], Field(alias="ReceiverPartyIdentifierType")
    ]
    """
    "4" paybill, "2" till.
    """
    standing_order_name: Annotated[str, Field(alias="StandingOrderName", min_length=1)]
    """
    Name of the standing order; unique per customer (a duplicate gives result 1050).
    """
    start_date: Annotated[str, Field(alias="StartDate", pattern="^[0-9]{8}$")]
    """
    First debit date, yyyymmdd.
    """
    transaction_desc: Annotated[str, Field(alias="TransactionDesc", max_length=13, min_length=1)]
    """
    Short description, 13 characters at most.
    """
    transaction_type: Annotated[
        Literal[
            "Standing Order Customer Pay Bill",
            "Standing Order Customer Pay Merchant",
            "Standing Order Customer Pay Marchant",
        ],
        Field(alias="TransactionType"),
    ]
    """
    "Standing Order Customer Pay Bill" for a paybill, "Standing Order Customer Pay Merchant" for a till (buy goods).
    """


class StandingOrderResponseResponseBody(InboundModel):
    """
    Part of StandingOrderResponseResponseBody.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    response_code: Annotated[str | int | None, Field(alias="responseCode")] = None
    response_description: Annotated[str | None, Field(alias="responseDescription")] = None


class StandingOrderResponseResponseHeader(InboundModel):
    """
    Part of StandingOrderResponseResponseHeader.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result_desc: Annotated[str | None, Field(alias="ResultDesc")] = None
    """
    e.g. The service request is processed successfully.
    """
    response_code: Annotated[str | int | None, Field(alias="responseCode")] = None
    """
    "200" when accepted.
    """
    response_description: Annotated[str | None, Field(alias="responseDescription")] = None
    """
    e.g. Request accepted for processing
    """
    response_ref_id: Annotated[str | None, Field(alias="responseRefID")] = None


class StkCallbackBodyStkCallbackCallbackMetadata(InboundModel):
    """
    Part of StkCallbackBodyStkCallbackCallbackMetadata.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    item: Annotated[MetadataItem | list[MetadataItem], Field(alias="Item")]


class StkPushRequest(RequestModel):
    """
    Request body of initiate_stk_push.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[str, Field(alias="AccountReference", max_length=12, min_length=1)]
    """
    Account or reference shown on the prompt.
    """
    amount: Annotated[
        int, Field(alias="Amount", ge=1, json_schema_extra={"x-accepts": "text"}, le=250000)
    ]
    """
    Whole Kenya shillings.
    """
    business_shortcode: Annotated[
        str,
        Field(
            alias="BusinessShortCode",
            json_schema_extra={"x-accepts": "number"},
            pattern="^[0-9]{5,7}$",
        ),
    ]
    """
    The paybill or till (head office) shortcode receiving the payment.
    """
    callback_url: Annotated[str, Field(alias="CallBackURL", max_length=1024, pattern="^https?://")]
    """
    Where Daraja POSTs the StkCallback.
    """
    party_a: Annotated[
        str,
        Field(
            alias="PartyA", json_schema_extra={"x-accepts": "number"}, pattern="^254[17][0-9]{8}$"
        ),
    ]
    """
    The paying customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX.
    """
    party_b: Annotated[
        str,
        Field(alias="PartyB", json_schema_extra={"x-accepts": "number"}, pattern="^[0-9]{5,7}$"),
    ]
    """
    The credit party; the till number for CustomerBuyGoodsOnline.
    """
    password: Annotated[str, Field(alias="Password", repr=False)]
    """
    base64(BusinessShortCode + Passkey + Timestamp).
    """
    phone_number: Annotated[
        str,
        Field(
            alias="PhoneNumber",
            json_schema_extra={"x-accepts": "number"},
            pattern="^254[17][0-9]{8}$",
        ),
    ]
    """
    The MSISDN that receives the PIN prompt.
    """
    timestamp: Annotated[str, Field(alias="Timestamp", pattern="^[0-9]{14}$")]
    """
    YYYYMMDDHHmmss in Africa/Nairobi time, the one used to build Password.
    """
    transaction_desc: Annotated[
        str | None, Field(alias="TransactionDesc", max_length=13, min_length=1)
    ] = "Payment"
    """
    Short description.
    """
    transaction_type: Annotated[
        Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"], Field(alias="TransactionType")
    ]
    """
    CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
    """


class StkPushResponse(InboundModel):
    """
    Synchronous answer of initiate_stk_push.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    checkout_request_id: Annotated[str, Field(alias="CheckoutRequestID")]
    customer_message: Annotated[str | None, Field(alias="CustomerMessage")] = None
    merchant_request_id: Annotated[str, Field(alias="MerchantRequestID")]
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None


class StkQueryRequest(RequestModel):
    """
    Request body of query_stk_push_status.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    business_shortcode: Annotated[
        str,
        Field(
            alias="BusinessShortCode",
            json_schema_extra={"x-accepts": "number"},
            pattern="^[0-9]{5,7}$",
        ),
    ]
    """
    The shortcode the push was sent with.
    """
    checkout_request_id: Annotated[
        str, Field(alias="CheckoutRequestID", max_length=64, min_length=1)
    ]
    """
    CheckoutRequestID from the STK push acknowledgement.
    """
    password: Annotated[str, Field(alias="Password", repr=False)]
    """
    base64(BusinessShortCode + Passkey + Timestamp), with this request's Timestamp.
    """
    timestamp: Annotated[str, Field(alias="Timestamp", pattern="^[0-9]{14}$")]
    """
    YYYYMMDDHHmmss in Africa/Nairobi time.
    """


class StkQueryResponse(InboundModel):
    """
    Synchronous answer of query_stk_push_status.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    checkout_request_id: Annotated[str | None, Field(alias="CheckoutRequestID")] = None
    merchant_request_id: Annotated[str | None, Field(alias="MerchantRequestID")] = None
    response_code: Annotated[str | int, Field(alias="ResponseCode")]
    response_description: Annotated[str | None, Field(alias="ResponseDescription")] = None
    result_code: Annotated[str | int | None, Field(alias="ResultCode")] = None
    result_desc: Annotated[str | None, Field(alias="ResultDesc")] = None


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


class BillManagerCancelBulkInvoicesRequest(RootModel[list[BillManagerInvoiceReference]]):
    """
    A top-level JSON array of {"externalReference": ...} objects.
    """

    root: Annotated[
        list[BillManagerInvoiceReference],
        Field(max_length=1000, min_length=1, title="BillManagerCancelBulkInvoicesRequest"),
    ]
    """
    A top-level JSON array of {"externalReference": ...} objects.
    """


class BillManagerInvoice(RequestModel):
    """
    One item of bill_manager_send_bulk_invoices's body.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[str, Field(alias="accountReference", min_length=1)]
    """
    The account number the customer pays to.
    """
    amount: Annotated[int, Field(alias="amount", ge=1)]
    """
    Invoice total in whole Kenya shillings (no commas).
    """
    billed_full_name: Annotated[str, Field(alias="billedFullName", min_length=1)]
    """
    The customer's full name.
    """
    billed_period: Annotated[str, Field(alias="billedPeriod", min_length=1)]
    """
    The period billed, e.g. "August 2021".
    """
    billed_phone_number: Annotated[
        str, Field(alias="billedPhoneNumber", pattern="^(0|254)[17][0-9]{8}$")
    ]
    """
    The customer's Safaricom number (07XXXXXXXX in the D3 samples).
    """
    due_date: Annotated[
        str,
        Field(
            alias="dueDate",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)?$",
        ),
    ]
    """
    Due date, "2021-10-12" or "2021-09-15 00:00:00.00".
    """
    external_reference: Annotated[str, Field(alias="externalReference", min_length=1)]
    """
    The merchant's unique invoice reference (a reused one gives 409).
    """
    invoice_items: Annotated[
        list[BillManagerInvoiceInvoiceItemsItem] | None, Field(alias="invoiceItems")
    ] = None
    """
    Optional line items.
    """
    invoice_name: Annotated[str, Field(alias="invoiceName", min_length=1)]
    """
    Invoice title.
    """


class BillManagerSendBulkInvoicesRequest(RootModel[list[BillManagerInvoice]]):
    """
    A top-level JSON array of invoices.
    """

    root: Annotated[
        list[BillManagerInvoice],
        Field(max_length=1000, min_length=1, title="BillManagerSendBulkInvoicesRequest"),
    ]
    """
    A top-level JSON array of invoices.
    """


class BillManagerSendInvoiceRequest(RequestModel):
    """
    Request body of bill_manager_send_invoice.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    account_reference: Annotated[str, Field(alias="accountReference", min_length=1)]
    """
    The account number the customer pays to.
    """
    amount: Annotated[int, Field(alias="amount", ge=1)]
    """
    Invoice total in whole Kenya shillings (no commas).
    """
    billed_full_name: Annotated[str, Field(alias="billedFullName", min_length=1)]
    """
    The customer's full name.
    """
    billed_period: Annotated[str, Field(alias="billedPeriod", min_length=1)]
    """
    The period billed, e.g. "August 2021".
    """
    billed_phone_number: Annotated[
        str, Field(alias="billedPhoneNumber", pattern="^(0|254)[17][0-9]{8}$")
    ]
    """
    The customer's Safaricom number (07XXXXXXXX in the D3 samples).
    """
    due_date: Annotated[
        str,
        Field(
            alias="dueDate",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)?$",
        ),
    ]
    """
    Due date, "2021-10-12" or "2021-09-15 00:00:00.00".
    """
    external_reference: Annotated[str, Field(alias="externalReference", min_length=1)]
    """
    The merchant's unique invoice reference (a reused one gives 409).
    """
    invoice_items: Annotated[
        list[BillManagerSendInvoiceRequestInvoiceItemsItem] | None, Field(alias="invoiceItems")
    ] = None
    """
    Optional line items.
    """
    invoice_name: Annotated[str, Field(alias="invoiceName", min_length=1)]
    """
    Invoice title.
    """


class BongaCalculatePointsResponse(InboundModel):
    """
    Synchronous answer of bonga_calculate_points.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    body: Annotated[BongaCalculatePointsResponseBody | None, Field(alias="body")] = None
    header: Annotated[BongaCalculatePointsResponseHeader, Field(alias="header")]


class BongaRedeemPaybillResponse(InboundModel):
    """
    Synchronous answer of bonga_redeem_paybill.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    body: Annotated[Any | None, Field(alias="body")] = None
    """
    null in the documented answer.
    """
    header: Annotated[BongaRedeemPaybillResponseHeader, Field(alias="header")]


class PullQueryResponse(InboundModel):
    """
    Synchronous answer of pull_transactions_query.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    response: Annotated[
        list[list[PullQueryResponseResponseItemItem]] | None, Field(alias="Response")
    ] = None
    """
    The transactions, as an array of arrays of transaction objects.
    """
    response_code: Annotated[str | int | None, Field(alias="ResponseCode")] = None
    """
    "1000" success, "1001" no transactions.
    """
    response_message: Annotated[str | None, Field(alias="ResponseMessage")] = None
    """
    e.g. Success
    """
    response_ref_id: Annotated[str | None, Field(alias="ResponseRefID")] = None
    transaction: Annotated[Any | None, Field(alias="Transaction")] = None
    """
    Sent instead of Response when there are no transactions (ResponseCode 1001): "[[]]".
    """


class RatibaCallback(InboundModel):
    """
    The outcome of an M-Pesa Ratiba standing-order request, POSTed to CallBackURL.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    response_body: Annotated[
        RatibaCallbackResponseBody | None,
        Field(
            serialization_alias="ResponseBody",
            validation_alias=AliasChoices("ResponseBody", "response_body", "responseBody"),
        ),
    ] = None
    response_header: Annotated[
        RatibaCallbackResponseHeader,
        Field(
            serialization_alias="ResponseHeader",
            validation_alias=AliasChoices("ResponseHeader", "response_header", "responseHeader"),
        ),
    ]


class ResultCallbackResultReferenceData(InboundModel):
    """
    Part of ResultCallbackResultReferenceData.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    reference_item: Annotated[
        ResultItem | list[ResultItem] | None, Field(alias="ReferenceItem")
    ] = None
    """
    One object for B2C, Reversal and Balance; a list for B2B success.
    """


class ResultCallbackResultResultParameters(InboundModel):
    """
    Part of ResultCallbackResultResultParameters.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result_parameter: Annotated[
        ResultItem | list[ResultItem] | None, Field(alias="ResultParameter")
    ] = None


class StandingOrderResponse(InboundModel):
    """
    Synchronous answer of create_standing_order.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    response_body: Annotated[
        StandingOrderResponseResponseBody | None, Field(alias="ResponseBody")
    ] = None
    response_header: Annotated[StandingOrderResponseResponseHeader, Field(alias="ResponseHeader")]


class StkCallbackBodyStkCallback(InboundModel):
    """
    Part of StkCallbackBodyStkCallback.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    callback_metadata: Annotated[
        StkCallbackBodyStkCallbackCallbackMetadata | None, Field(alias="CallbackMetadata")
    ] = None
    """
    Present on success only.
    """
    checkout_request_id: Annotated[str, Field(alias="CheckoutRequestID")]
    merchant_request_id: Annotated[str, Field(alias="MerchantRequestID")]
    result_code: Annotated[int | str, Field(alias="ResultCode")]
    """
    0 on success; see result_codes.stk.
    """
    result_desc: Annotated[str, Field(alias="ResultDesc")]
    """
    e.g. "The service request is processed successfully.", "Request cancelled by user" (older: "[STK_CB - ]Request cancelled by user").
    """


class ResultCallbackResult(InboundModel):
    """
    Part of ResultCallbackResult.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    conversation_id: Annotated[str, Field(alias="ConversationID")]
    """
    Daraja's AG_YYYYMMDD_... identifier from the acknowledgement.
    """
    originator_conversation_id: Annotated[str, Field(alias="OriginatorConversationID")]
    """
    Echo of the acknowledgement's OriginatorConversationID (the request's own value on B2C v3).
    """
    reference_data: Annotated[
        ResultCallbackResultReferenceData | None, Field(alias="ReferenceData")
    ] = None
    """
    Echoed request data (QueueTimeoutURL, BillReferenceNumber, Occasion).
    """
    result_code: Annotated[int | str, Field(alias="ResultCode")]
    """
    0 on success; otherwise a code of the operation's result_codes tables (2001, 8006, SFC_IC0003, R000002 ...).
    """
    result_desc: Annotated[str, Field(alias="ResultDesc")]
    result_parameters: Annotated[
        ResultCallbackResultResultParameters | None, Field(alias="ResultParameters")
    ] = None
    """
    The operation's results; on failure sometimes a single BOCompletedTime item.
    """
    result_type: Annotated[int | str | None, Field(alias="ResultType")] = None
    """
    0 in every sample (a number, or the string "0").
    """
    transaction_id: Annotated[str | None, Field(alias="TransactionID")] = None
    """
    The M-Pesa receipt; a placeholder such as NLJ0000000 or OAK0000000 on failures.
    """


class StkCallbackBody(InboundModel):
    """
    Part of StkCallbackBody.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    stk_callback: Annotated[StkCallbackBodyStkCallback, Field(alias="stkCallback")]


class ResultCallback(InboundModel):
    """
    The standard {"Result": {...}} envelope POSTed to ResultURL by asynchronous APIs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[ResultCallbackResult, Field(alias="Result")]


class StkCallback(InboundModel):
    """
    The outcome of an STK push, POSTed to the request's CallBackURL.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    body: Annotated[StkCallbackBody, Field(alias="Body")]
