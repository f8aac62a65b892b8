# Generated from spec/ by `make generate`: do not edit.
# The models of the c2b operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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
