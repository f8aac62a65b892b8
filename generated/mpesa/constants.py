# Generated from spec/ by `make generate`: do not edit.
"""Base URLs, paths and event names from the spec (the product brief's constant classes)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

SERVERS: Mapping[str, str] = MappingProxyType(
    {"sandbox": "https://sandbox.safaricom.co.ke", "production": "https://api.safaricom.co.ke"}
)
"""Daraja's base URL per environment."""

SAFARICOM_ADDRESSES: frozenset[str] = frozenset(
    [
        "196.201.214.200",
        "196.201.214.206",
        "196.201.213.114",
        "196.201.214.207",
        "196.201.214.208",
        "196.201.213.44",
        "196.201.212.127",
        "196.201.212.138",
        "196.201.212.129",
        "196.201.212.136",
        "196.201.212.74",
        "196.201.212.69",
    ]
)
"""The addresses Daraja POSTs callbacks from (community-sourced: no official page lists them)."""

TEST_MSISDNS: tuple[str, ...] = ("254708374149",)
"""The customer numbers the public sandbox offers for tests (the only ones a conformance run sends)."""

CALLBACK_REPLIES: Mapping[str, Mapping[str, object]] = MappingProxyType(
    {
        "BillManagerPayment": MappingProxyType({"resmsg": "Success", "rescode": "200"}),
        "C2BConfirmation": MappingProxyType({"ResultCode": 0, "ResultDesc": "Success"}),
        "C2BValidation": MappingProxyType({"ResultCode": "0", "ResultDesc": "Accepted"}),
        "ResultCallback": MappingProxyType({"ResultCode": 0, "ResultDesc": "Accepted"}),
    }
)
"""Callback model name -> the reply Daraja expects back, as the spec's defaults give it."""


class APIEndpointConstants:
    """Daraja's base URLs and the path of every operation."""

    SANDBOX_BASE_URL: Final = "https://sandbox.safaricom.co.ke"
    PRODUCTION_BASE_URL: Final = "https://api.safaricom.co.ke"
    INITIATE_STK_PUSH: Final = "/mpesa/stkpush/v1/processrequest"
    QUERY_STK_PUSH_STATUS: Final = "/mpesa/stkpushquery/v1/query"
    C2B_REGISTER_URL: Final = "/mpesa/c2b/v1/registerurl"
    C2B_REGISTER_URL_V2: Final = "/mpesa/c2b/v2/registerurl"
    C2B_SIMULATE: Final = "/mpesa/c2b/v1/simulate"
    C2B_SIMULATE_V2: Final = "/mpesa/c2b/v2/simulate"
    B2C_PAYMENT: Final = "/mpesa/b2c/v3/paymentrequest"
    B2C_PAYMENT_V1: Final = "/mpesa/b2c/v1/paymentrequest"
    B2C_PAYMENT_WITH_VALIDATION: Final = "/mpesa/b2cvalidate/v2/paymentrequest"
    B2POCHI_PAYMENT: Final = "/mpesa/b2pochi/v1/paymentrequest"
    BUSINESS_PAY_BILL: Final = "/mpesa/b2b/v1/paymentrequest"
    BUSINESS_BUY_GOODS: Final = "/mpesa/b2b/v1/paymentrequest"
    B2C_ACCOUNT_TOP_UP: Final = "/mpesa/b2b/v1/paymentrequest"
    TAX_REMITTANCE: Final = "/mpesa/b2b/v1/remittax"
    B2B_EXPRESS_CHECKOUT: Final = "/v1/ussdpush/get-msisdn"
    QUERY_TRANSACTION_STATUS: Final = "/mpesa/transactionstatus/v1/query"
    GET_ACCOUNT_BALANCE: Final = "/mpesa/accountbalance/v1/query"
    REVERSE_TRANSACTION: Final = "/mpesa/reversal/v1/request"
    GENERATE_DYNAMIC_QR: Final = "/mpesa/qrcode/v1/generate"
    CREATE_STANDING_ORDER: Final = "/standingorder/v1/createStandingOrderExternal"
    BILL_MANAGER_OPT_IN: Final = "/v1/billmanager-invoice/optin"
    BILL_MANAGER_UPDATE_OPT_IN: Final = "/v1/billmanager-invoice/change-optin-details"
    BILL_MANAGER_SEND_INVOICE: Final = "/v1/billmanager-invoice/single-invoicing"
    BILL_MANAGER_SEND_BULK_INVOICES: Final = "/v1/billmanager-invoice/bulk-invoicing"
    BILL_MANAGER_RECONCILE: Final = "/v1/billmanager-invoice/reconciliation"
    BILL_MANAGER_CANCEL_INVOICE: Final = "/v1/billmanager-invoice/cancel-single-invoice"
    BILL_MANAGER_CANCEL_BULK_INVOICES: Final = "/v1/billmanager-invoice/cancel-bulk-invoices"
    PULL_TRANSACTIONS_REGISTER: Final = "/pulltransactions/v1/register"
    PULL_TRANSACTIONS_QUERY: Final = "/pulltransactions/v1/query"
    CHECK_SIM_SWAP: Final = "/imsi/v2/checkATI"
    CHECK_IMSI: Final = "/imsi/v1/checkATI"
    CHECK_AGE_ON_NETWORK: Final = "/registration/lookup/v1/checkATI"
    VALIDATE_KYC_ID: Final = "/v1/KYC-validation/validateID"
    QUERY_ORG_INFO: Final = "/sfcverify/v1/query/info"
    BONGA_CALCULATE_POINTS: Final = "/v1/lipa/na/bonga/calculate-points"
    BONGA_REDEEM_PAYBILL: Final = "/v1/lipa/na/bonga/redeem-paybill"
    GET_ACCESS_TOKEN: Final = "/oauth/v1/generate"


class EventNameConstants:
    """Every ``mpesa.*`` event the adapter emits."""

    AUTH_TOKEN_ACQUIRED: Final = "mpesa.auth.token_acquired"
    """A new OAuth access token was fetched from /oauth/v1/generate (at first use, on expiry, or after Daraja refused the previous token). Carries the environment and the expiry, never the token itself."""
    B2B_BUY_GOODS_FAILED: Final = "mpesa.b2b_buy_goods.failed"
    """failed of business_buy_goods"""
    B2B_BUY_GOODS_INITIATED: Final = "mpesa.b2b_buy_goods.initiated"
    """initiated of business_buy_goods"""
    B2B_BUY_GOODS_SUCCESS: Final = "mpesa.b2b_buy_goods.success"
    """success of business_buy_goods"""
    B2B_EXPRESS_FAILED: Final = "mpesa.b2b_express.failed"
    """failed of b2b_express_checkout"""
    B2B_EXPRESS_INITIATED: Final = "mpesa.b2b_express.initiated"
    """initiated of b2b_express_checkout"""
    B2B_EXPRESS_SUCCESS: Final = "mpesa.b2b_express.success"
    """success of b2b_express_checkout"""
    B2B_PAYBILL_FAILED: Final = "mpesa.b2b_paybill.failed"
    """failed of business_pay_bill"""
    B2B_PAYBILL_INITIATED: Final = "mpesa.b2b_paybill.initiated"
    """initiated of business_pay_bill"""
    B2B_PAYBILL_SUCCESS: Final = "mpesa.b2b_paybill.success"
    """success of business_pay_bill"""
    B2C_FAILED: Final = "mpesa.b2c.failed"
    """failed of b2c_payment"""
    B2C_INITIATED: Final = "mpesa.b2c.initiated"
    """initiated of b2c_payment"""
    B2C_SUCCESS: Final = "mpesa.b2c.success"
    """success of b2c_payment"""
    B2C_TOP_UP_FAILED: Final = "mpesa.b2c_top_up.failed"
    """failed of b2c_account_top_up"""
    B2C_TOP_UP_INITIATED: Final = "mpesa.b2c_top_up.initiated"
    """initiated of b2c_account_top_up"""
    B2C_TOP_UP_SUCCESS: Final = "mpesa.b2c_top_up.success"
    """success of b2c_account_top_up"""
    B2C_VALIDATED_FAILED: Final = "mpesa.b2c_validated.failed"
    """failed of b2c_payment_with_validation"""
    B2C_VALIDATED_INITIATED: Final = "mpesa.b2c_validated.initiated"
    """initiated of b2c_payment_with_validation"""
    B2C_VALIDATED_SUCCESS: Final = "mpesa.b2c_validated.success"
    """success of b2c_payment_with_validation"""
    B2POCHI_FAILED: Final = "mpesa.b2pochi.failed"
    """failed of b2pochi_payment"""
    B2POCHI_INITIATED: Final = "mpesa.b2pochi.initiated"
    """initiated of b2pochi_payment"""
    B2POCHI_SUCCESS: Final = "mpesa.b2pochi.success"
    """success of b2pochi_payment"""
    BALANCE_QUERY: Final = "mpesa.balance.query"
    """query of get_account_balance"""
    BONGA_REDEEM_FAILED: Final = "mpesa.bonga_redeem.failed"
    """failed of bonga_redeem_paybill"""
    BONGA_REDEEM_INITIATED: Final = "mpesa.bonga_redeem.initiated"
    """initiated of bonga_redeem_paybill"""
    BONGA_REDEEM_SUCCESS: Final = "mpesa.bonga_redeem.success"
    """success of bonga_redeem_paybill"""
    C2B_SIMULATE_FAILED: Final = "mpesa.c2b_simulate.failed"
    """failed of c2b_simulate"""
    C2B_SIMULATE_INITIATED: Final = "mpesa.c2b_simulate.initiated"
    """initiated of c2b_simulate"""
    C2B_SIMULATE_SUCCESS: Final = "mpesa.c2b_simulate.success"
    """success of c2b_simulate"""
    CALLBACK_RECEIVED: Final = "mpesa.callback.received"
    """A callback body arrived at a receiver (STK, C2B validation or confirmation, Result, B2B Express, Ratiba, Bill Manager). Carries the callback schema name and its correlation identifiers, with phone numbers masked."""
    ERROR_OCCURRED: Final = "mpesa.error.occurred"
    """An operation raised an exception (validation, transport, Daraja error envelope, unknown outcome). Carries the operation name, the exception class, errorCode and its category where known."""
    PAYMENT_SENDING: Final = "mpesa.payment.sending"
    """A money-moving request is about to leave for the first time. Carries the operation, the request's own identifying values (OriginatorConversationID and the other client-side IDs the adapter generated, or the caller gave), the amount, the masked phone and the query that resolves the outcome with its arguments: enough to find the outcome if the call is then cancelled or its answer is lost. Emitted synchronously, so a handler may record it first."""
    RATIBA_FAILED: Final = "mpesa.ratiba.failed"
    """failed of create_standing_order"""
    RATIBA_INITIATED: Final = "mpesa.ratiba.initiated"
    """initiated of create_standing_order"""
    RATIBA_SUCCESS: Final = "mpesa.ratiba.success"
    """success of create_standing_order"""
    REVERSAL_FAILED: Final = "mpesa.reversal.failed"
    """failed of reverse_transaction"""
    REVERSAL_INITIATED: Final = "mpesa.reversal.initiated"
    """initiated of reverse_transaction"""
    REVERSAL_SUCCESS: Final = "mpesa.reversal.success"
    """success of reverse_transaction"""
    STK_PUSH_FAILED: Final = "mpesa.stk_push.failed"
    """failed of initiate_stk_push"""
    STK_PUSH_INITIATED: Final = "mpesa.stk_push.initiated"
    """initiated of initiate_stk_push"""
    STK_PUSH_STATUS_QUERY: Final = "mpesa.stk_push.status_query"
    """query of query_stk_push_status"""
    STK_PUSH_SUCCESS: Final = "mpesa.stk_push.success"
    """success of initiate_stk_push"""
    TAX_REMITTANCE_FAILED: Final = "mpesa.tax_remittance.failed"
    """failed of tax_remittance"""
    TAX_REMITTANCE_INITIATED: Final = "mpesa.tax_remittance.initiated"
    """initiated of tax_remittance"""
    TAX_REMITTANCE_SUCCESS: Final = "mpesa.tax_remittance.success"
    """success of tax_remittance"""
    TRANSACTION_STATUS_QUERY: Final = "mpesa.transaction.status_query"
    """query of query_transaction_status"""

    ALL: Final = frozenset(
        {
            "mpesa.auth.token_acquired",
            "mpesa.b2b_buy_goods.failed",
            "mpesa.b2b_buy_goods.initiated",
            "mpesa.b2b_buy_goods.success",
            "mpesa.b2b_express.failed",
            "mpesa.b2b_express.initiated",
            "mpesa.b2b_express.success",
            "mpesa.b2b_paybill.failed",
            "mpesa.b2b_paybill.initiated",
            "mpesa.b2b_paybill.success",
            "mpesa.b2c.failed",
            "mpesa.b2c.initiated",
            "mpesa.b2c.success",
            "mpesa.b2c_top_up.failed",
            "mpesa.b2c_top_up.initiated",
            "mpesa.b2c_top_up.success",
            "mpesa.b2c_validated.failed",
            "mpesa.b2c_validated.initiated",
            "mpesa.b2c_validated.success",
            "mpesa.b2pochi.failed",
            "mpesa.b2pochi.initiated",
            "mpesa.b2pochi.success",
            "mpesa.balance.query",
            "mpesa.bonga_redeem.failed",
            "mpesa.bonga_redeem.initiated",
            "mpesa.bonga_redeem.success",
            "mpesa.c2b_simulate.failed",
            "mpesa.c2b_simulate.initiated",
            "mpesa.c2b_simulate.success",
            "mpesa.callback.received",
            "mpesa.error.occurred",
            "mpesa.payment.sending",
            "mpesa.ratiba.failed",
            "mpesa.ratiba.initiated",
            "mpesa.ratiba.success",
            "mpesa.reversal.failed",
            "mpesa.reversal.initiated",
            "mpesa.reversal.success",
            "mpesa.stk_push.failed",
            "mpesa.stk_push.initiated",
            "mpesa.stk_push.status_query",
            "mpesa.stk_push.success",
            "mpesa.tax_remittance.failed",
            "mpesa.tax_remittance.initiated",
            "mpesa.tax_remittance.success",
            "mpesa.transaction.status_query",
        }
    )
