# Generated from spec/ by `make generate`: do not edit.
# The models of the pull_transactions operations.

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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
