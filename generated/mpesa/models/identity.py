# Generated from spec/ by `make generate`: do not edit.
# The models of the identity operations.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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
