# Generated from spec/ by `make generate`: do not edit.
# The models of the bill_manager operations.

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, RootModel

from mpesa._wire import InboundModel, RequestModel


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
