# Generated from spec/ by `make generate`: do not edit.
# The models of the bonga operations.

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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
