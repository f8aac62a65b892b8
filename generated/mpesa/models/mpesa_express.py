# Generated from spec/ by `make generate`: do not edit.
# The models of the mpesa_express operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel

from ._shared import MetadataItem


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


class StkCallbackBody(InboundModel):
    """
    Part of StkCallbackBody.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    stk_callback: Annotated[StkCallbackBodyStkCallback, Field(alias="stkCallback")]


class StkCallback(InboundModel):
    """
    The outcome of an STK push, POSTed to the request's CallBackURL.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    body: Annotated[StkCallbackBody, Field(alias="Body")]
