# Generated from spec/ by `make generate`: do not edit.
# The models of the dynamic_qr operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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
