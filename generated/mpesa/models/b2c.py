# Generated from spec/ by `make generate`: do not edit.
# The models of the b2c operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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
