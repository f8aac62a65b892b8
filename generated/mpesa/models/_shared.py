# Generated from spec/ by `make generate`: do not edit.
# The models several groups use.

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

from pydantic import AliasChoices, ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


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


class MetadataItem(InboundModel):
    """
    One Name/Value pair of an STK callback's CallbackMetadata; Value may be missing (C6).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: Annotated[str, Field(alias="Name")]
    value: Annotated[Any | None, Field(alias="Value")] = None


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


class ResultCallback(InboundModel):
    """
    The standard {"Result": {...}} envelope POSTed to ResultURL by asynchronous APIs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    result: Annotated[ResultCallbackResult, Field(alias="Result")]
