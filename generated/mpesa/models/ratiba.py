# Generated from spec/ by `make generate`: do not edit.
# The models of the ratiba operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel

from ._shared import RatibaCallbackItem


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
