# Generated from spec/ by `make generate`: do not edit.
"""The operation registry: every Daraja operation the spec describes.

``OPERATIONS`` drives the adapter, the local sandbox, the command line and the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from . import models
from ._operation import CallbackSpec, EventNames, FieldSpec, Operation, ResultParameterSpec

QUERY_TRANSACTION_STATUS: Operation[
    models.TransactionStatusRequest, models.TransactionStatusResponse
] = Operation(
    name="query_transaction_status",
    summary="Ask for the status of a C2B, B2C, B2B, reversal or IMT transaction.",
    group="account",
    method="POST",
    path="/mpesa/transactionstatus/v1/query",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.TransactionStatusRequest,
    response_model=models.TransactionStatusResponse,
    fields=(
        FieldSpec(
            wire="Initiator",
            name="initiator",
            argument="initiator",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="TransactionStatusQuery",
        ),
        FieldSpec(
            wire="TransactionID",
            name="transaction_id",
            argument="transaction_id",
            required=False,
        ),
        FieldSpec(
            wire="OriginalConversationID",
            name="original_conversation_id",
            argument="original_conversation_id",
            required=False,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="party_a",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="IdentifierType",
            name="identifier_type",
            argument="identifier_type",
            required=True,
            default="4",
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Transaction status query",
        ),
        FieldSpec(
            wire="Occasion",
            name="occasion",
            argument="occasion",
            required=False,
        ),
    ),
    errors=frozenset(
        [
            "400.002.05",
            "400.003.01",
            "400.003.02",
            "404.001.04",
            "404.003.01",
            "500.003.02",
            "500.003.03",
            "500.003.1001",
        ]
    ),
    invalid_token_errors=frozenset(["400.003.01"]),
    result_code_tables=("transaction_status", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(key="DebitPartyName", name="debit_party_name", type="string"),
            ResultParameterSpec(key="CreditPartyName", name="credit_party_name", type="string"),
            ResultParameterSpec(
                key="OriginatorConversationID", name="originator_conversation_id", type="string"
            ),
            ResultParameterSpec(key="InitiatedTime", name="initiated_time", type="datetime"),
            ResultParameterSpec(key="DebitAccountType", name="debit_account_type", type="string"),
            ResultParameterSpec(key="DebitPartyCharges", name="debit_party_charges", type="string"),
            ResultParameterSpec(key="TransactionReason", name="transaction_reason", type="string"),
            ResultParameterSpec(key="ReasonType", name="reason_type", type="string"),
            ResultParameterSpec(key="TransactionStatus", name="transaction_status", type="string"),
            ResultParameterSpec(key="FinalisedTime", name="finalised_time", type="datetime"),
            ResultParameterSpec(key="Amount", name="amount", type="decimal"),
            ResultParameterSpec(key="ConversationID", name="conversation_id", type="string"),
            ResultParameterSpec(key="ReceiptNo", name="receipt_no", type="string"),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    events=EventNames(
        query="mpesa.transaction.status_query",
    ),
)

GET_ACCOUNT_BALANCE: Operation[models.AccountBalanceRequest, models.AccountBalanceResponse] = (
    Operation(
        name="get_account_balance",
        summary="Ask for the balances of the business's shortcode accounts.",
        group="account",
        method="POST",
        path="/mpesa/accountbalance/v1/query",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=False,
        retry_safe=True,
        request_model=models.AccountBalanceRequest,
        response_model=models.AccountBalanceResponse,
        fields=(
            FieldSpec(
                wire="Initiator",
                name="initiator",
                argument="initiator",
                required=True,
                fill="config.initiator_name",
            ),
            FieldSpec(
                wire="SecurityCredential",
                name="security_credential",
                argument="security_credential",
                required=True,
                fill="security_credential",
                secret=True,
            ),
            FieldSpec(
                wire="CommandID",
                name="command_id",
                argument="command_id",
                required=True,
                default="AccountBalance",
            ),
            FieldSpec(
                wire="PartyA",
                name="party_a",
                argument="party_a",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="IdentifierType",
                name="identifier_type",
                argument="identifiers",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="Remarks",
                name="remarks",
                argument="remarks",
                required=True,
                default="Account balance query",
            ),
            FieldSpec(
                wire="QueueTimeOutURL",
                name="queue_timeout_url",
                argument="queue_timeout_url",
                required=True,
                fill="config.timeout_url",
                url=True,
            ),
            FieldSpec(
                wire="ResultURL",
                name="result_url",
                argument="result_url",
                required=True,
                fill="config.result_url",
                url=True,
            ),
        ),
        errors=frozenset(
            [
                "00.002.1001",
                "400.002.02",
                "401.002.01",
                "404.002.01",
                "405.001",
                "500.002.1001",
                "500.003.02",
                "500.003.03",
                "500.003.1001",
            ]
        ),
        invalid_token_errors=frozenset(["401.002.01"]),
        result_code_tables=("account_balance", "core", "generic"),
        callback=CallbackSpec(
            model=models.ResultCallback,
            url_field="ResultURL",
            timeout_url_field="QueueTimeOutURL",
            result_parameters=(
                ResultParameterSpec(key="AccountBalance", name="account_balance", type="balance"),
                ResultParameterSpec(
                    key="BOCompletedTime", name="bocompleted_time", type="datetime"
                ),
            ),
        ),
        correlation=("ConversationID", "OriginatorConversationID"),
        events=EventNames(
            query="mpesa.balance.query",
        ),
    )
)

REVERSE_TRANSACTION: Operation[models.ReversalRequest, models.ReversalResponse] = Operation(
    name="reverse_transaction",
    summary="Reverse a C2B payment (paybill, till or M-Pesa Express) received by the business.",
    group="account",
    method="POST",
    path="/mpesa/reversal/v1/request",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.ReversalRequest,
    response_model=models.ReversalResponse,
    fields=(
        FieldSpec(
            wire="Initiator",
            name="initiator",
            argument="initiator",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="TransactionReversal",
        ),
        FieldSpec(
            wire="TransactionID",
            name="transaction_id",
            argument="transaction_id",
            required=True,
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="ReceiverParty",
            name="receiver_party",
            argument="receiver_party",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="RecieverIdentifierType",
            name="receiver_identifier_type",
            argument="receiver_identifier_type",
            required=True,
            default="11",
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Reversal",
        ),
        FieldSpec(
            wire="Occasion",
            name="occasion",
            argument="occasion",
            required=False,
        ),
    ),
    errors=frozenset(
        ["400.002.02", "404.001.01", "404.001.03", "500.001.1001", "500.003.02", "500.003.03"]
    ),
    invalid_token_errors=frozenset(["404.001.03"]),
    result_code_tables=("reversal", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(
                key="DebitAccountBalance", name="debit_account_balance", type="balance"
            ),
            ResultParameterSpec(key="Amount", name="amount", type="decimal"),
            ResultParameterSpec(
                key="TransCompletedTime", name="trans_completed_time", type="datetime"
            ),
            ResultParameterSpec(
                key="OriginalTransactionID", name="original_transaction_id", type="string"
            ),
            ResultParameterSpec(key="Charge", name="charge", type="decimal"),
            ResultParameterSpec(
                key="CreditPartyPublicName", name="credit_party_public_name", type="string"
            ),
            ResultParameterSpec(
                key="DebitPartyPublicName", name="debit_party_public_name", type="string"
            ),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    resolved_by="query_transaction_status",
    events=EventNames(
        failed="mpesa.reversal.failed",
        initiated="mpesa.reversal.initiated",
        success="mpesa.reversal.success",
    ),
)

GET_ACCESS_TOKEN: Operation[models.AccessTokenRequest, models.AccessTokenResponse] = Operation(
    name="get_access_token",
    summary="Get an OAuth access token for the Bearer header of every other API.",
    group="authorization",
    method="GET",
    path="/oauth/v1/generate",
    auth="basic",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.AccessTokenRequest,
    response_model=models.AccessTokenResponse,
    body="none",
    query=MappingProxyType({"grant_type": "client_credentials"}),
    errors=frozenset(["400.008.01", "400.008.02"]),
    result_code_tables=(),
)

BUSINESS_PAY_BILL: Operation[models.BusinessPayBillRequest, models.BusinessPayBillResponse] = (
    Operation(
        name="business_pay_bill",
        summary="Pay from the business's shortcode to another business's paybill.",
        group="b2b",
        method="POST",
        path="/mpesa/b2b/v1/paymentrequest",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=True,
        retry_safe=False,
        request_model=models.BusinessPayBillRequest,
        response_model=models.BusinessPayBillResponse,
        fields=(
            FieldSpec(
                wire="Initiator",
                name="initiator",
                argument="initiator",
                required=True,
                fill="config.initiator_name",
            ),
            FieldSpec(
                wire="SecurityCredential",
                name="security_credential",
                argument="security_credential",
                required=True,
                fill="security_credential",
                secret=True,
            ),
            FieldSpec(
                wire="CommandID",
                name="command_id",
                argument="command_id",
                required=True,
                default="BusinessPayBill",
            ),
            FieldSpec(
                wire="SenderIdentifierType",
                name="sender_identifier_type",
                argument="sender_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="RecieverIdentifierType",
                name="receiver_identifier_type",
                argument="receiver_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="Amount",
                name="amount",
                argument="amount",
                required=True,
                money=True,
                minimum=1,
            ),
            FieldSpec(
                wire="PartyA",
                name="party_a",
                argument="party_a",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="PartyB",
                name="receiver_shortcode",
                argument="receiver_shortcode",
                required=True,
            ),
            FieldSpec(
                wire="AccountReference",
                name="account_reference",
                argument="account_reference",
                required=True,
            ),
            FieldSpec(
                wire="Requester",
                name="requester",
                argument="requester",
                required=False,
                phone=True,
                pattern="^254[17][0-9]{8}$",
            ),
            FieldSpec(
                wire="Remarks",
                name="remarks",
                argument="remarks",
                required=True,
                default="Payment",
            ),
            FieldSpec(
                wire="QueueTimeOutURL",
                name="queue_timeout_url",
                argument="queue_timeout_url",
                required=True,
                fill="config.timeout_url",
                url=True,
            ),
            FieldSpec(
                wire="ResultURL",
                name="result_url",
                argument="result_url",
                required=True,
                fill="config.result_url",
                url=True,
            ),
            FieldSpec(
                wire="Occassion",
                name="occasion",
                argument="occasion",
                required=False,
            ),
        ),
        errors=frozenset(
            ["400.002.02", "400.002.05", "401.002.01", "404.001.04", "500.003.02", "500.003.03"]
        ),
        invalid_token_errors=frozenset(["401.002.01"]),
        result_code_tables=("b2b", "generic"),
        callback=CallbackSpec(
            model=models.ResultCallback,
            url_field="ResultURL",
            timeout_url_field="QueueTimeOutURL",
            result_parameters=(
                ResultParameterSpec(
                    key="DebitAccountBalance", name="debit_account_balance", type="string"
                ),
                ResultParameterSpec(key="Amount", name="amount", type="decimal"),
                ResultParameterSpec(
                    key="DebitPartyAffectedAccountBalance",
                    name="debit_party_affected_account_balance",
                    type="balance",
                ),
                ResultParameterSpec(
                    key="TransCompletedTime", name="trans_completed_time", type="datetime"
                ),
                ResultParameterSpec(
                    key="DebitPartyCharges", name="debit_party_charges", type="string"
                ),
                ResultParameterSpec(
                    key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
                ),
                ResultParameterSpec(key="Currency", name="currency", type="string"),
                ResultParameterSpec(
                    key="InitiatorAccountCurrentBalance",
                    name="initiator_account_current_balance",
                    type="string",
                ),
                ResultParameterSpec(
                    key="DebitAccountCurrentBalance",
                    name="debit_account_current_balance",
                    type="string",
                ),
            ),
        ),
        correlation=("ConversationID", "OriginatorConversationID"),
        resolved_by="query_transaction_status",
        events=EventNames(
            failed="mpesa.b2b_paybill.failed",
            initiated="mpesa.b2b_paybill.initiated",
            success="mpesa.b2b_paybill.success",
        ),
    )
)

BUSINESS_BUY_GOODS: Operation[models.BusinessBuyGoodsRequest, models.BusinessBuyGoodsResponse] = (
    Operation(
        name="business_buy_goods",
        summary="Pay from the business's shortcode to a till, store or head-office number.",
        group="b2b",
        method="POST",
        path="/mpesa/b2b/v1/paymentrequest",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=True,
        retry_safe=False,
        request_model=models.BusinessBuyGoodsRequest,
        response_model=models.BusinessBuyGoodsResponse,
        fields=(
            FieldSpec(
                wire="Initiator",
                name="initiator",
                argument="initiator",
                required=True,
                fill="config.initiator_name",
            ),
            FieldSpec(
                wire="SecurityCredential",
                name="security_credential",
                argument="security_credential",
                required=True,
                fill="security_credential",
                secret=True,
            ),
            FieldSpec(
                wire="CommandID",
                name="command_id",
                argument="command_id",
                required=True,
                default="BusinessBuyGoods",
            ),
            FieldSpec(
                wire="SenderIdentifierType",
                name="sender_identifier_type",
                argument="sender_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="RecieverIdentifierType",
                name="receiver_identifier_type",
                argument="receiver_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="Amount",
                name="amount",
                argument="amount",
                required=True,
                money=True,
                minimum=1,
            ),
            FieldSpec(
                wire="PartyA",
                name="party_a",
                argument="party_a",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="PartyB",
                name="receiver_shortcode",
                argument="receiver_shortcode",
                required=True,
            ),
            FieldSpec(
                wire="AccountReference",
                name="account_reference",
                argument="account_reference",
                required=False,
            ),
            FieldSpec(
                wire="Requester",
                name="requester",
                argument="requester",
                required=False,
                phone=True,
                pattern="^254[17][0-9]{8}$",
            ),
            FieldSpec(
                wire="Remarks",
                name="remarks",
                argument="remarks",
                required=True,
                default="Payment",
            ),
            FieldSpec(
                wire="QueueTimeOutURL",
                name="queue_timeout_url",
                argument="queue_timeout_url",
                required=True,
                fill="config.timeout_url",
                url=True,
            ),
            FieldSpec(
                wire="ResultURL",
                name="result_url",
                argument="result_url",
                required=True,
                fill="config.result_url",
                url=True,
            ),
            FieldSpec(
                wire="Occassion",
                name="occasion",
                argument="occasion",
                required=False,
            ),
        ),
        errors=frozenset(
            ["400.002.02", "400.002.05", "401.002.01", "404.001.04", "500.003.02", "500.003.03"]
        ),
        invalid_token_errors=frozenset(["401.002.01"]),
        result_code_tables=("b2b", "generic"),
        callback=CallbackSpec(
            model=models.ResultCallback,
            url_field="ResultURL",
            timeout_url_field="QueueTimeOutURL",
            result_parameters=(
                ResultParameterSpec(
                    key="DebitAccountBalance", name="debit_account_balance", type="string"
                ),
                ResultParameterSpec(key="Amount", name="amount", type="decimal"),
                ResultParameterSpec(
                    key="DebitPartyAffectedAccountBalance",
                    name="debit_party_affected_account_balance",
                    type="balance",
                ),
                ResultParameterSpec(
                    key="TransCompletedTime", name="trans_completed_time", type="datetime"
                ),
                ResultParameterSpec(
                    key="DebitPartyCharges", name="debit_party_charges", type="string"
                ),
                ResultParameterSpec(
                    key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
                ),
                ResultParameterSpec(key="Currency", name="currency", type="string"),
                ResultParameterSpec(
                    key="InitiatorAccountCurrentBalance",
                    name="initiator_account_current_balance",
                    type="string",
                ),
                ResultParameterSpec(
                    key="DebitAccountCurrentBalance",
                    name="debit_account_current_balance",
                    type="string",
                ),
            ),
        ),
        correlation=("ConversationID", "OriginatorConversationID"),
        resolved_by="query_transaction_status",
        events=EventNames(
            failed="mpesa.b2b_buy_goods.failed",
            initiated="mpesa.b2b_buy_goods.initiated",
            success="mpesa.b2b_buy_goods.success",
        ),
    )
)

B2C_ACCOUNT_TOP_UP: Operation[models.B2CAccountTopUpRequest, models.B2CAccountTopUpResponse] = (
    Operation(
        name="b2c_account_top_up",
        summary="Move money from the business's shortcode to a B2C shortcode's utility account.",
        group="b2b",
        method="POST",
        path="/mpesa/b2b/v1/paymentrequest",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=True,
        retry_safe=False,
        request_model=models.B2CAccountTopUpRequest,
        response_model=models.B2CAccountTopUpResponse,
        fields=(
            FieldSpec(
                wire="Initiator",
                name="initiator",
                argument="initiator",
                required=True,
                fill="config.initiator_name",
            ),
            FieldSpec(
                wire="SecurityCredential",
                name="security_credential",
                argument="security_credential",
                required=True,
                fill="security_credential",
                secret=True,
            ),
            FieldSpec(
                wire="CommandID",
                name="command_id",
                argument="command_id",
                required=True,
                default="BusinessPayToBulk",
            ),
            FieldSpec(
                wire="SenderIdentifierType",
                name="sender_identifier_type",
                argument="sender_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="RecieverIdentifierType",
                name="receiver_identifier_type",
                argument="receiver_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="Amount",
                name="amount",
                argument="amount",
                required=True,
                money=True,
                minimum=1,
            ),
            FieldSpec(
                wire="PartyA",
                name="party_a",
                argument="party_a",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="PartyB",
                name="receiver_shortcode",
                argument="receiver_shortcode",
                required=True,
            ),
            FieldSpec(
                wire="AccountReference",
                name="account_reference",
                argument="account_reference",
                required=False,
            ),
            FieldSpec(
                wire="Requester",
                name="requester",
                argument="requester",
                required=False,
                phone=True,
                pattern="^254[17][0-9]{8}$",
            ),
            FieldSpec(
                wire="Remarks",
                name="remarks",
                argument="remarks",
                required=True,
                default="Top up",
            ),
            FieldSpec(
                wire="QueueTimeOutURL",
                name="queue_timeout_url",
                argument="queue_timeout_url",
                required=True,
                fill="config.timeout_url",
                url=True,
            ),
            FieldSpec(
                wire="ResultURL",
                name="result_url",
                argument="result_url",
                required=True,
                fill="config.result_url",
                url=True,
            ),
        ),
        errors=frozenset(
            ["400.002.02", "400.002.05", "401.002.01", "404.001.04", "500.003.02", "500.003.03"]
        ),
        invalid_token_errors=frozenset(["401.002.01"]),
        result_code_tables=("b2b", "generic"),
        callback=CallbackSpec(
            model=models.ResultCallback,
            url_field="ResultURL",
            timeout_url_field="QueueTimeOutURL",
            result_parameters=(
                ResultParameterSpec(
                    key="DebitAccountBalance", name="debit_account_balance", type="string"
                ),
                ResultParameterSpec(key="Amount", name="amount", type="decimal"),
                ResultParameterSpec(
                    key="DebitPartyAffectedAccountBalance",
                    name="debit_party_affected_account_balance",
                    type="balance",
                ),
                ResultParameterSpec(
                    key="TransCompletedTime", name="trans_completed_time", type="datetime"
                ),
                ResultParameterSpec(
                    key="DebitPartyCharges", name="debit_party_charges", type="string"
                ),
                ResultParameterSpec(
                    key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
                ),
                ResultParameterSpec(key="Currency", name="currency", type="string"),
                ResultParameterSpec(
                    key="InitiatorAccountCurrentBalance",
                    name="initiator_account_current_balance",
                    type="string",
                ),
                ResultParameterSpec(
                    key="DebitAccountCurrentBalance",
                    name="debit_account_current_balance",
                    type="string",
                ),
            ),
        ),
        correlation=("ConversationID", "OriginatorConversationID"),
        resolved_by="query_transaction_status",
        events=EventNames(
            failed="mpesa.b2c_top_up.failed",
            initiated="mpesa.b2c_top_up.initiated",
            success="mpesa.b2c_top_up.success",
        ),
    )
)

TAX_REMITTANCE: Operation[models.TaxRemittanceRequest, models.TaxRemittanceResponse] = Operation(
    name="tax_remittance",
    summary="Pay tax to the Kenya Revenue Authority (KRA) from the business's shortcode.",
    group="b2b",
    method="POST",
    path="/mpesa/b2b/v1/remittax",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.TaxRemittanceRequest,
    response_model=models.TaxRemittanceResponse,
    fields=(
        FieldSpec(
            wire="Initiator",
            name="initiator",
            argument="initiator",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="PayTaxToKRA",
        ),
        FieldSpec(
            wire="SenderIdentifierType",
            name="sender_identifier_type",
            argument="sender_identifier_type",
            required=True,
            default="4",
        ),
        FieldSpec(
            wire="RecieverIdentifierType",
            name="receiver_identifier_type",
            argument="receiver_identifier_type",
            required=True,
            default="4",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="party_a",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="PartyB",
            name="receiver_shortcode",
            argument="receiver_shortcode",
            required=True,
            default="572572",
        ),
        FieldSpec(
            wire="AccountReference",
            name="account_reference",
            argument="account_reference",
            required=True,
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Tax remittance",
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
    ),
    errors=frozenset(
        ["400.002.02", "400.002.05", "401.002.01", "404.001.04", "500.003.02", "500.003.03"]
    ),
    invalid_token_errors=frozenset(["401.002.01"]),
    result_code_tables=("b2b", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(
                key="DebitAccountBalance", name="debit_account_balance", type="string"
            ),
            ResultParameterSpec(key="Amount", name="amount", type="decimal"),
            ResultParameterSpec(
                key="DebitPartyAffectedAccountBalance",
                name="debit_party_affected_account_balance",
                type="balance",
            ),
            ResultParameterSpec(
                key="TransCompletedTime", name="trans_completed_time", type="datetime"
            ),
            ResultParameterSpec(key="DebitPartyCharges", name="debit_party_charges", type="string"),
            ResultParameterSpec(
                key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
            ),
            ResultParameterSpec(key="Currency", name="currency", type="string"),
            ResultParameterSpec(
                key="InitiatorAccountCurrentBalance",
                name="initiator_account_current_balance",
                type="string",
            ),
            ResultParameterSpec(
                key="DebitAccountCurrentBalance",
                name="debit_account_current_balance",
                type="string",
            ),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    resolved_by="query_transaction_status",
    events=EventNames(
        failed="mpesa.tax_remittance.failed",
        initiated="mpesa.tax_remittance.initiated",
        success="mpesa.tax_remittance.success",
    ),
)

B2B_EXPRESS_CHECKOUT: Operation[
    models.B2BExpressCheckoutRequest, models.B2BExpressCheckoutResponse
] = Operation(
    name="b2b_express_checkout",
    summary="Send a USSD payment prompt to a merchant's till operator to pay the business (B2B Express CheckOut).",
    group="b2b",
    method="POST",
    path="/v1/ussdpush/get-msisdn",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.B2BExpressCheckoutRequest,
    response_model=models.B2BExpressCheckoutResponse,
    fields=(
        FieldSpec(
            wire="primaryShortCode",
            name="primary_shortcode",
            argument="primary_shortcode",
            required=True,
        ),
        FieldSpec(
            wire="receiverShortCode",
            name="receiver_shortcode",
            argument="receiver_shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="paymentRef",
            name="payment_ref",
            argument="payment_ref",
            required=True,
        ),
        FieldSpec(
            wire="callbackUrl",
            name="callback_url",
            argument="callback_url",
            required=True,
            fill="config.callback_url",
            url=True,
        ),
        FieldSpec(
            wire="partnerName",
            name="partner_name",
            argument="partner_name",
            required=True,
        ),
        FieldSpec(
            wire="RequestRefID",
            name="request_ref_id",
            argument="request_ref_id",
            required=True,
            fill="unique_id",
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("b2b_express",),
    callback=CallbackSpec(
        model=models.B2BExpressCallback,
        url_field="callbackUrl",
        result_parameters=(),
    ),
    events=EventNames(
        failed="mpesa.b2b_express.failed",
        initiated="mpesa.b2b_express.initiated",
        success="mpesa.b2b_express.success",
    ),
)

B2C_PAYMENT: Operation[models.B2CPaymentRequest, models.B2CPaymentResponse] = Operation(
    name="b2c_payment",
    summary="Pay money from the business's B2C shortcode to a customer's M-Pesa wallet (v3).",
    group="b2c",
    method="POST",
    path="/mpesa/b2c/v3/paymentrequest",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.B2CPaymentRequest,
    response_model=models.B2CPaymentResponse,
    fields=(
        FieldSpec(
            wire="OriginatorConversationID",
            name="originator_conversation_id",
            argument="originator_conversation_id",
            required=True,
            fill="unique_id",
        ),
        FieldSpec(
            wire="InitiatorName",
            name="initiator_name",
            argument="initiator_name",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="BusinessPayment",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=10,
            maximum=250000,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="party_a",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="PartyB",
            name="party_b",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Payment",
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
        FieldSpec(
            wire="Occassion",
            name="occasion",
            argument="occasion",
            required=False,
        ),
    ),
    errors=frozenset(
        ["400.002.02", "400.002.05", "401.002.01", "500.002.1001", "500.003.02", "500.003.03"]
    ),
    invalid_token_errors=frozenset(["401.002.01"]),
    result_code_tables=("b2c", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(key="TransactionAmount", name="transaction_amount", type="decimal"),
            ResultParameterSpec(
                key="TransactionReceipt", name="transaction_receipt", type="string"
            ),
            ResultParameterSpec(
                key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
            ),
            ResultParameterSpec(
                key="TransactionCompletedDateTime",
                name="transaction_completed_date_time",
                type="datetime",
            ),
            ResultParameterSpec(
                key="B2CUtilityAccountAvailableFunds",
                name="b2_cutility_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CWorkingAccountAvailableFunds",
                name="b2_cworking_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CRecipientIsRegisteredCustomer",
                name="b2_crecipient_is_registered_customer",
                type="string",
            ),
            ResultParameterSpec(
                key="B2CChargesPaidAccountAvailableFunds",
                name="b2_ccharges_paid_account_available_funds",
                type="decimal",
            ),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    resolved_by="query_transaction_status",
    events=EventNames(
        failed="mpesa.b2c.failed",
        initiated="mpesa.b2c.initiated",
        success="mpesa.b2c.success",
    ),
)

B2C_PAYMENT_V1: Operation[models.B2CPaymentV1Request, models.B2CPaymentV1Response] = Operation(
    name="b2c_payment_v1",
    summary="Pay money from the business's B2C shortcode to a customer (legacy v1).",
    group="b2c",
    method="POST",
    path="/mpesa/b2c/v1/paymentrequest",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.B2CPaymentV1Request,
    response_model=models.B2CPaymentV1Response,
    fields=(
        FieldSpec(
            wire="InitiatorName",
            name="initiator_name",
            argument="initiator_name",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="BusinessPayment",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=10,
            maximum=250000,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="party_a",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="PartyB",
            name="party_b",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Payment",
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
        FieldSpec(
            wire="Occasion",
            name="occasion",
            argument="occasion",
            required=False,
        ),
    ),
    errors=frozenset(["400.002.02", "400.002.05", "401.002.01", "500.003.02", "500.003.03"]),
    invalid_token_errors=frozenset(["401.002.01"]),
    result_code_tables=("b2c", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(key="TransactionAmount", name="transaction_amount", type="decimal"),
            ResultParameterSpec(
                key="TransactionReceipt", name="transaction_receipt", type="string"
            ),
            ResultParameterSpec(
                key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
            ),
            ResultParameterSpec(
                key="TransactionCompletedDateTime",
                name="transaction_completed_date_time",
                type="datetime",
            ),
            ResultParameterSpec(
                key="B2CUtilityAccountAvailableFunds",
                name="b2_cutility_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CWorkingAccountAvailableFunds",
                name="b2_cworking_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CRecipientIsRegisteredCustomer",
                name="b2_crecipient_is_registered_customer",
                type="string",
            ),
            ResultParameterSpec(
                key="B2CChargesPaidAccountAvailableFunds",
                name="b2_ccharges_paid_account_available_funds",
                type="decimal",
            ),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    resolved_by="query_transaction_status",
    events=EventNames(
        failed="mpesa.b2c.failed",
        initiated="mpesa.b2c.initiated",
        success="mpesa.b2c.success",
    ),
)

B2C_PAYMENT_WITH_VALIDATION: Operation[
    models.B2CValidatedPaymentRequest, models.B2CValidatedPaymentResponse
] = Operation(
    name="b2c_payment_with_validation",
    summary="Pay a customer only if their registered ID matches (B2C with ID validation).",
    group="b2c",
    method="POST",
    path="/mpesa/b2cvalidate/v2/paymentrequest",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.B2CValidatedPaymentRequest,
    response_model=models.B2CValidatedPaymentResponse,
    fields=(
        FieldSpec(
            wire="OriginatorConversationID",
            name="originator_conversation_id",
            argument="originator_conversation_id",
            required=True,
            fill="unique_id",
        ),
        FieldSpec(
            wire="InitiatorName",
            name="initiator_name",
            argument="initiator_name",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="BusinessPayment",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=10,
            maximum=250000,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="party_a",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="PartyB",
            name="party_b",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Payment",
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
        FieldSpec(
            wire="Occassion",
            name="occasion",
            argument="occasion",
            required=False,
        ),
        FieldSpec(
            wire="IDType",
            name="id_type",
            argument="id_type",
            required=True,
            default="01",
        ),
        FieldSpec(
            wire="IDNumber",
            name="id_number",
            argument="id_number",
            required=True,
        ),
    ),
    errors=frozenset(
        ["400.002.02", "400.002.05", "401.002.01", "500.002.1001", "500.003.02", "500.003.03"]
    ),
    invalid_token_errors=frozenset(["401.002.01"]),
    result_code_tables=("b2c", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(key="TransactionAmount", name="transaction_amount", type="decimal"),
            ResultParameterSpec(
                key="TransactionReceipt", name="transaction_receipt", type="string"
            ),
            ResultParameterSpec(
                key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
            ),
            ResultParameterSpec(
                key="TransactionCompletedDateTime",
                name="transaction_completed_date_time",
                type="datetime",
            ),
            ResultParameterSpec(
                key="B2CUtilityAccountAvailableFunds",
                name="b2_cutility_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CWorkingAccountAvailableFunds",
                name="b2_cworking_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CRecipientIsRegisteredCustomer",
                name="b2_crecipient_is_registered_customer",
                type="string",
            ),
            ResultParameterSpec(
                key="B2CChargesPaidAccountAvailableFunds",
                name="b2_ccharges_paid_account_available_funds",
                type="decimal",
            ),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    resolved_by="query_transaction_status",
    events=EventNames(
        failed="mpesa.b2c_validated.failed",
        initiated="mpesa.b2c_validated.initiated",
        success="mpesa.b2c_validated.success",
    ),
)

B2POCHI_PAYMENT: Operation[models.B2PochiPaymentRequest, models.B2PochiPaymentResponse] = Operation(
    name="b2pochi_payment",
    summary="Pay money from the business's B2C shortcode to a customer's Pochi la Biashara wallet.",
    group="b2c",
    method="POST",
    path="/mpesa/b2pochi/v1/paymentrequest",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.B2PochiPaymentRequest,
    response_model=models.B2PochiPaymentResponse,
    fields=(
        FieldSpec(
            wire="OriginatorConversationID",
            name="originator_conversation_id",
            argument="originator_conversation_id",
            required=True,
            fill="unique_id",
        ),
        FieldSpec(
            wire="InitiatorName",
            name="initiator_name",
            argument="initiator_name",
            required=True,
            fill="config.initiator_name",
        ),
        FieldSpec(
            wire="SecurityCredential",
            name="security_credential",
            argument="security_credential",
            required=True,
            fill="security_credential",
            secret=True,
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="BusinessPayToPochi",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=10,
            maximum=250000,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="party_a",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="PartyB",
            name="party_b",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="Remarks",
            name="remarks",
            argument="remarks",
            required=True,
            default="Payment",
        ),
        FieldSpec(
            wire="QueueTimeOutURL",
            name="queue_timeout_url",
            argument="queue_timeout_url",
            required=True,
            fill="config.timeout_url",
            url=True,
        ),
        FieldSpec(
            wire="ResultURL",
            name="result_url",
            argument="result_url",
            required=True,
            fill="config.result_url",
            url=True,
        ),
        FieldSpec(
            wire="Occassion",
            name="occasion",
            argument="occasion",
            required=False,
        ),
    ),
    errors=frozenset(["400.002.02", "401.002.01", "500.002.1001", "500.003.02", "500.003.03"]),
    invalid_token_errors=frozenset(["401.002.01"]),
    result_code_tables=("b2c", "generic"),
    callback=CallbackSpec(
        model=models.ResultCallback,
        url_field="ResultURL",
        timeout_url_field="QueueTimeOutURL",
        result_parameters=(
            ResultParameterSpec(key="TransactionAmount", name="transaction_amount", type="decimal"),
            ResultParameterSpec(
                key="TransactionReceipt", name="transaction_receipt", type="string"
            ),
            ResultParameterSpec(
                key="ReceiverPartyPublicName", name="receiver_party_public_name", type="string"
            ),
            ResultParameterSpec(
                key="TransactionCompletedDateTime",
                name="transaction_completed_date_time",
                type="datetime",
            ),
            ResultParameterSpec(
                key="B2CUtilityAccountAvailableFunds",
                name="b2_cutility_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CWorkingAccountAvailableFunds",
                name="b2_cworking_account_available_funds",
                type="decimal",
            ),
            ResultParameterSpec(
                key="B2CRecipientIsRegisteredCustomer",
                name="b2_crecipient_is_registered_customer",
                type="string",
            ),
            ResultParameterSpec(
                key="B2CChargesPaidAccountAvailableFunds",
                name="b2_ccharges_paid_account_available_funds",
                type="decimal",
            ),
        ),
    ),
    correlation=("ConversationID", "OriginatorConversationID"),
    resolved_by="query_transaction_status",
    events=EventNames(
        failed="mpesa.b2pochi.failed",
        initiated="mpesa.b2pochi.initiated",
        success="mpesa.b2pochi.success",
    ),
)

BILL_MANAGER_OPT_IN: Operation[models.BillManagerOptInRequest, models.BillManagerOptInResponse] = (
    Operation(
        name="bill_manager_opt_in",
        summary="Opt a shortcode in to Bill Manager; returns the app_key for later calls.",
        group="bill_manager",
        method="POST",
        path="/v1/billmanager-invoice/optin",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=False,
        retry_safe=False,
        request_model=models.BillManagerOptInRequest,
        response_model=models.BillManagerOptInResponse,
        fields=(
            FieldSpec(
                wire="shortcode",
                name="shortcode",
                argument="shortcode",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="email",
                name="email",
                argument="email",
                required=True,
            ),
            FieldSpec(
                wire="officialContact",
                name="official_contact",
                argument="official_contact",
                required=True,
            ),
            FieldSpec(
                wire="sendReminders",
                name="send_reminders",
                argument="send_reminders",
                required=True,
                default="1",
            ),
            FieldSpec(
                wire="logo",
                name="logo",
                argument="logo",
                required=False,
            ),
            FieldSpec(
                wire="callbackurl",
                name="callback_url",
                argument="callback_url",
                required=True,
                fill="config.callback_url",
                url=True,
            ),
        ),
        errors=frozenset(["500.003.02", "500.003.03"]),
        result_code_tables=("bill_manager",),
        callback=CallbackSpec(
            model=models.BillManagerPayment,
            url_field="callbackurl",
            result_parameters=(),
        ),
    )
)

BILL_MANAGER_UPDATE_OPT_IN: Operation[
    models.BillManagerUpdateOptInRequest, models.BillManagerUpdateOptInResponse
] = Operation(
    name="bill_manager_update_opt_in",
    summary="Change a shortcode's Bill Manager opt-in details.",
    group="bill_manager",
    method="POST",
    path="/v1/billmanager-invoice/change-optin-details",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=False,
    request_model=models.BillManagerUpdateOptInRequest,
    response_model=models.BillManagerUpdateOptInResponse,
    fields=(
        FieldSpec(
            wire="shortcode",
            name="shortcode",
            argument="shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="email",
            name="email",
            argument="email",
            required=True,
        ),
        FieldSpec(
            wire="officialContact",
            name="official_contact",
            argument="official_contact",
            required=True,
        ),
        FieldSpec(
            wire="sendReminders",
            name="send_reminders",
            argument="send_reminders",
            required=True,
            default="1",
        ),
        FieldSpec(
            wire="logo",
            name="logo",
            argument="logo",
            required=False,
        ),
        FieldSpec(
            wire="callbackurl",
            name="callback_url",
            argument="callback_url",
            required=False,
            fill="config.callback_url",
            url=True,
        ),
    ),
    headers=(
        FieldSpec(
            wire="appKey",
            name="app_key",
            argument="app_key",
            required=True,
            location="header",
            fill="config.bill_manager_app_key",
            secret=True,
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bill_manager",),
    callback=CallbackSpec(
        model=models.BillManagerPayment,
        url_field="callbackurl",
        result_parameters=(),
    ),
)

BILL_MANAGER_SEND_INVOICE: Operation[
    models.BillManagerSendInvoiceRequest, models.BillManagerSendInvoiceResponse
] = Operation(
    name="bill_manager_send_invoice",
    summary="Send one e-invoice to a customer by SMS.",
    group="bill_manager",
    method="POST",
    path="/v1/billmanager-invoice/single-invoicing",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=False,
    request_model=models.BillManagerSendInvoiceRequest,
    response_model=models.BillManagerSendInvoiceResponse,
    fields=(
        FieldSpec(
            wire="externalReference",
            name="external_reference",
            argument="external_reference",
            required=True,
        ),
        FieldSpec(
            wire="billedFullName",
            name="billed_full_name",
            argument="billed_full_name",
            required=True,
        ),
        FieldSpec(
            wire="billedPhoneNumber",
            name="billed_phone_number",
            argument="billed_phone_number",
            required=True,
            phone=True,
            pattern="^(0|254)[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="billedPeriod",
            name="billed_period",
            argument="billed_period",
            required=True,
        ),
        FieldSpec(
            wire="invoiceName",
            name="invoice_name",
            argument="invoice_name",
            required=True,
        ),
        FieldSpec(
            wire="dueDate",
            name="due_date",
            argument="due_date",
            required=True,
        ),
        FieldSpec(
            wire="accountReference",
            name="account_reference",
            argument="account_reference",
            required=True,
        ),
        FieldSpec(
            wire="amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="invoiceItems",
            name="invoice_items",
            argument="invoice_items",
            required=False,
        ),
    ),
    headers=(
        FieldSpec(
            wire="appKey",
            name="app_key",
            argument="app_key",
            required=True,
            location="header",
            fill="config.bill_manager_app_key",
            secret=True,
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bill_manager",),
)

BILL_MANAGER_SEND_BULK_INVOICES: Operation[
    models.BillManagerSendBulkInvoicesRequest, models.BillManagerSendBulkInvoicesResponse
] = Operation(
    name="bill_manager_send_bulk_invoices",
    summary="Send up to 1000 e-invoices in one call.",
    group="bill_manager",
    method="POST",
    path="/v1/billmanager-invoice/bulk-invoicing",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=False,
    request_model=models.BillManagerSendBulkInvoicesRequest,
    response_model=models.BillManagerSendBulkInvoicesResponse,
    body="array",
    fields=(
        FieldSpec(
            wire="externalReference",
            name="external_reference",
            argument="external_reference",
            required=True,
        ),
        FieldSpec(
            wire="billedFullName",
            name="billed_full_name",
            argument="billed_full_name",
            required=True,
        ),
        FieldSpec(
            wire="billedPhoneNumber",
            name="billed_phone_number",
            argument="billed_phone_number",
            required=True,
            phone=True,
            pattern="^(0|254)[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="billedPeriod",
            name="billed_period",
            argument="billed_period",
            required=True,
        ),
        FieldSpec(
            wire="invoiceName",
            name="invoice_name",
            argument="invoice_name",
            required=True,
        ),
        FieldSpec(
            wire="dueDate",
            name="due_date",
            argument="due_date",
            required=True,
        ),
        FieldSpec(
            wire="accountReference",
            name="account_reference",
            argument="account_reference",
            required=True,
        ),
        FieldSpec(
            wire="amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="invoiceItems",
            name="invoice_items",
            argument="invoice_items",
            required=False,
        ),
    ),
    headers=(
        FieldSpec(
            wire="appKey",
            name="app_key",
            argument="app_key",
            required=True,
            location="header",
            fill="config.bill_manager_app_key",
            secret=True,
        ),
    ),
    item_argument="invoices",
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bill_manager",),
)

BILL_MANAGER_RECONCILE: Operation[
    models.BillManagerReconcileRequest, models.BillManagerReconcileResponse
] = Operation(
    name="bill_manager_reconcile",
    summary="Acknowledge a Bill Manager payment (reconciliation).",
    group="bill_manager",
    method="POST",
    path="/v1/billmanager-invoice/reconciliation",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=False,
    request_model=models.BillManagerReconcileRequest,
    response_model=models.BillManagerReconcileResponse,
    fields=(
        FieldSpec(
            wire="paymentDate",
            name="payment_date",
            argument="payment_date",
            required=True,
        ),
        FieldSpec(
            wire="paidAmount",
            name="paid_amount",
            argument="paid_amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="accountReference",
            name="account_reference",
            argument="account_reference",
            required=True,
        ),
        FieldSpec(
            wire="transactionId",
            name="transaction_id",
            argument="transaction_id",
            required=True,
        ),
        FieldSpec(
            wire="phoneNumber",
            name="phone_number",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^(0|254)[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="fullName",
            name="full_name",
            argument="full_name",
            required=True,
        ),
        FieldSpec(
            wire="invoiceName",
            name="invoice_name",
            argument="invoice_name",
            required=True,
        ),
        FieldSpec(
            wire="externalReference",
            name="external_reference",
            argument="external_reference",
            required=True,
        ),
    ),
    headers=(
        FieldSpec(
            wire="appKey",
            name="app_key",
            argument="app_key",
            required=True,
            location="header",
            fill="config.bill_manager_app_key",
            secret=True,
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bill_manager",),
)

BILL_MANAGER_CANCEL_INVOICE: Operation[
    models.BillManagerCancelInvoiceRequest, models.BillManagerCancelInvoiceResponse
] = Operation(
    name="bill_manager_cancel_invoice",
    summary="Cancel one unpaid invoice by its externalReference.",
    group="bill_manager",
    method="POST",
    path="/v1/billmanager-invoice/cancel-single-invoice",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=False,
    request_model=models.BillManagerCancelInvoiceRequest,
    response_model=models.BillManagerCancelInvoiceResponse,
    fields=(
        FieldSpec(
            wire="externalReference",
            name="external_reference",
            argument="external_reference",
            required=True,
        ),
    ),
    headers=(
        FieldSpec(
            wire="appKey",
            name="app_key",
            argument="app_key",
            required=True,
            location="header",
            fill="config.bill_manager_app_key",
            secret=True,
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bill_manager",),
)

BILL_MANAGER_CANCEL_BULK_INVOICES: Operation[
    models.BillManagerCancelBulkInvoicesRequest, models.BillManagerCancelBulkInvoicesResponse
] = Operation(
    name="bill_manager_cancel_bulk_invoices",
    summary="Cancel up to 1000 unpaid invoices by their externalReference.",
    group="bill_manager",
    method="POST",
    path="/v1/billmanager-invoice/cancel-bulk-invoices",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=False,
    request_model=models.BillManagerCancelBulkInvoicesRequest,
    response_model=models.BillManagerCancelBulkInvoicesResponse,
    body="array",
    fields=(
        FieldSpec(
            wire="externalReference",
            name="external_reference",
            argument="external_reference",
            required=True,
        ),
    ),
    headers=(
        FieldSpec(
            wire="appKey",
            name="app_key",
            argument="app_key",
            required=True,
            location="header",
            fill="config.bill_manager_app_key",
            secret=True,
        ),
    ),
    item_argument="external_references",
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bill_manager",),
)

BONGA_CALCULATE_POINTS: Operation[
    models.BongaCalculatePointsRequest, models.BongaCalculatePointsResponse
] = Operation(
    name="bonga_calculate_points",
    summary="Convert Bonga points to their value in Kenya shillings.",
    group="bonga",
    method="POST",
    path="/v1/lipa/na/bonga/calculate-points",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.BongaCalculatePointsRequest,
    response_model=models.BongaCalculatePointsResponse,
    fields=(
        FieldSpec(
            wire="points",
            name="points",
            argument="points",
            required=True,
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bonga",),
    correlation=("requestRefId",),
)

BONGA_REDEEM_PAYBILL: Operation[
    models.BongaRedeemPaybillRequest, models.BongaRedeemPaybillResponse
] = Operation(
    name="bonga_redeem_paybill",
    summary="Pay a paybill with a customer's Bonga points.",
    group="bonga",
    method="POST",
    path="/v1/lipa/na/bonga/redeem-paybill",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.BongaRedeemPaybillRequest,
    response_model=models.BongaRedeemPaybillResponse,
    fields=(
        FieldSpec(
            wire="msisdn",
            name="msisdn",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="bongaPoints",
            name="bonga_points",
            argument="bonga_points",
            required=True,
        ),
        FieldSpec(
            wire="conversionRate",
            name="conversion_rate",
            argument="conversion_rate",
            required=True,
            default="0.2",
        ),
        FieldSpec(
            wire="shortCode",
            name="shortcode",
            argument="shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="accountNumber",
            name="account_number",
            argument="account_number",
            required=True,
        ),
    ),
    errors=frozenset(["500.003.02", "500.003.03"]),
    result_code_tables=("bonga",),
    correlation=("requestRefId",),
    events=EventNames(
        failed="mpesa.bonga_redeem.failed",
        initiated="mpesa.bonga_redeem.initiated",
        success="mpesa.bonga_redeem.success",
    ),
)

C2B_REGISTER_URL: Operation[models.C2BRegisterUrlRequest, models.C2BRegisterUrlResponse] = (
    Operation(
        name="c2b_register_url",
        summary="Register the C2B Confirmation and Validation URLs of a shortcode (v1).",
        group="c2b",
        method="POST",
        path="/mpesa/c2b/v1/registerurl",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=False,
        retry_safe=False,
        request_model=models.C2BRegisterUrlRequest,
        response_model=models.C2BRegisterUrlResponse,
        fields=(
            FieldSpec(
                wire="ShortCode",
                name="shortcode",
                argument="shortcode",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="ResponseType",
                name="response_type",
                argument="response_type",
                required=True,
                default="Completed",
            ),
            FieldSpec(
                wire="ConfirmationURL",
                name="confirmation_url",
                argument="confirmation_url",
                required=True,
                fill="config.confirmation_url",
                url=True,
            ),
            FieldSpec(
                wire="ValidationURL",
                name="validation_url",
                argument="validation_url",
                required=True,
                fill="config.validation_url",
                url=True,
            ),
        ),
        errors=frozenset(
            [
                "400.002.05",
                "400.003.01",
                "400.003.02",
                "401.003.01",
                "404.001.04",
                "404.003.01",
                "500.003.02",
                "500.003.03",
                "500.003.1001",
            ]
        ),
        invalid_token_errors=frozenset(["400.003.01", "401.003.01"]),
        result_code_tables=(),
    )
)

C2B_REGISTER_URL_V2: Operation[models.C2BRegisterUrlV2Request, models.C2BRegisterUrlV2Response] = (
    Operation(
        name="c2b_register_url_v2",
        summary="Register the C2B Confirmation and Validation URLs of a shortcode (v2).",
        group="c2b",
        method="POST",
        path="/mpesa/c2b/v2/registerurl",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=False,
        retry_safe=False,
        request_model=models.C2BRegisterUrlV2Request,
        response_model=models.C2BRegisterUrlV2Response,
        fields=(
            FieldSpec(
                wire="ShortCode",
                name="shortcode",
                argument="shortcode",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="ResponseType",
                name="response_type",
                argument="response_type",
                required=True,
                default="Completed",
            ),
            FieldSpec(
                wire="ConfirmationURL",
                name="confirmation_url",
                argument="confirmation_url",
                required=True,
                fill="config.confirmation_url",
                url=True,
            ),
            FieldSpec(
                wire="ValidationURL",
                name="validation_url",
                argument="validation_url",
                required=True,
                fill="config.validation_url",
                url=True,
            ),
        ),
        errors=frozenset(
            [
                "400.002.05",
                "400.003.01",
                "400.003.02",
                "401.003.01",
                "404.001.04",
                "404.003.01",
                "500.003.02",
                "500.003.03",
                "500.003.1001",
            ]
        ),
        invalid_token_errors=frozenset(["400.003.01", "401.003.01"]),
        result_code_tables=(),
    )
)

C2B_SIMULATE: Operation[models.C2BSimulateRequest, models.C2BSimulateResponse] = Operation(
    name="c2b_simulate",
    summary="Simulate a customer paying a paybill or till (sandbox only, v1).",
    group="c2b",
    method="POST",
    path="/mpesa/c2b/v1/simulate",
    auth="bearer",
    environments=frozenset(["sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.C2BSimulateRequest,
    response_model=models.C2BSimulateResponse,
    fields=(
        FieldSpec(
            wire="ShortCode",
            name="shortcode",
            argument="shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="CustomerPayBillOnline",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="Msisdn",
            name="phone_number",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="BillRefNumber",
            name="bill_ref_number",
            argument="bill_ref_number",
            required=False,
        ),
    ),
    errors=frozenset(
        [
            "400.002.05",
            "400.003.01",
            "400.003.02",
            "404.001.04",
            "404.003.01",
            "500.003.02",
            "500.003.03",
            "500.003.1001",
        ]
    ),
    invalid_token_errors=frozenset(["400.003.01"]),
    result_code_tables=(),
    correlation=("OriginatorCoversationID", "ConversationID"),
    events=EventNames(
        failed="mpesa.c2b_simulate.failed",
        initiated="mpesa.c2b_simulate.initiated",
        success="mpesa.c2b_simulate.success",
    ),
)

C2B_SIMULATE_V2: Operation[models.C2BSimulateV2Request, models.C2BSimulateV2Response] = Operation(
    name="c2b_simulate_v2",
    summary="Simulate a customer paying a paybill or till (sandbox only, v2).",
    group="c2b",
    method="POST",
    path="/mpesa/c2b/v2/simulate",
    auth="bearer",
    environments=frozenset(["sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.C2BSimulateV2Request,
    response_model=models.C2BSimulateV2Response,
    fields=(
        FieldSpec(
            wire="ShortCode",
            name="shortcode",
            argument="shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="CommandID",
            name="command_id",
            argument="command_id",
            required=True,
            default="CustomerPayBillOnline",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="Msisdn",
            name="phone_number",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="BillRefNumber",
            name="bill_ref_number",
            argument="bill_ref_number",
            required=False,
        ),
    ),
    errors=frozenset(
        [
            "400.002.05",
            "400.003.01",
            "400.003.02",
            "404.001.04",
            "404.003.01",
            "500.003.02",
            "500.003.03",
            "500.003.1001",
        ]
    ),
    invalid_token_errors=frozenset(["400.003.01"]),
    result_code_tables=(),
    correlation=("OriginatorCoversationID",),
    events=EventNames(
        failed="mpesa.c2b_simulate.failed",
        initiated="mpesa.c2b_simulate.initiated",
        success="mpesa.c2b_simulate.success",
    ),
)

CHECK_SIM_SWAP: Operation[models.SimSwapRequest, models.SimSwapResponse] = Operation(
    name="check_sim_swap",
    summary="Ask when a customer's SIM was last swapped.",
    group="identity",
    method="POST",
    path="/imsi/v2/checkATI",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.SimSwapRequest,
    response_model=models.SimSwapResponse,
    fields=(
        FieldSpec(
            wire="customerNumber",
            name="customer_number",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
    ),
    errors=frozenset([]),
    result_code_tables=("identity",),
    correlation=("requestRefID",),
)

CHECK_IMSI: Operation[models.ImsiRequest, models.ImsiResponse] = Operation(
    name="check_imsi",
    summary="Look up a customer's (hashed) IMSI, last SIM swap and registration dates.",
    group="identity",
    method="POST",
    path="/imsi/v1/checkATI",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.ImsiRequest,
    response_model=models.ImsiResponse,
    fields=(
        FieldSpec(
            wire="customerNumber",
            name="customer_number",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
    ),
    errors=frozenset([]),
    result_code_tables=("identity",),
    correlation=("requestRefID",),
)

CHECK_AGE_ON_NETWORK: Operation[models.AgeOnNetworkRequest, models.AgeOnNetworkResponse] = (
    Operation(
        name="check_age_on_network",
        summary="Ask when a customer's SIM was registered (age on network).",
        group="identity",
        method="POST",
        path="/registration/lookup/v1/checkATI",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=False,
        retry_safe=True,
        request_model=models.AgeOnNetworkRequest,
        response_model=models.AgeOnNetworkResponse,
        fields=(
            FieldSpec(
                wire="customerNumber",
                name="customer_number",
                argument="phone_number",
                required=True,
                phone=True,
                pattern="^254[17][0-9]{8}$",
            ),
        ),
        errors=frozenset([]),
        result_code_tables=("identity",),
    )
)

VALIDATE_KYC_ID: Operation[models.KycValidateIdRequest, models.KycValidateIdResponse] = Operation(
    name="validate_kyc_id",
    summary="Check that an ID document number matches a mobile number's KYC (no PII returned).",
    group="identity",
    method="POST",
    path="/v1/KYC-validation/validateID",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.KycValidateIdRequest,
    response_model=models.KycValidateIdResponse,
    fields=(
        FieldSpec(
            wire="requestRefID",
            name="request_ref_id",
            argument="request_ref_id",
            required=True,
            fill="unique_id",
        ),
        FieldSpec(
            wire="shortCode",
            name="shortcode",
            argument="shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="msisdn",
            name="msisdn",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="idType",
            name="id_type",
            argument="id_type",
            required=True,
            default="01",
        ),
        FieldSpec(
            wire="idNumber",
            name="id_number",
            argument="id_number",
            required=True,
        ),
    ),
    errors=frozenset([]),
    result_code_tables=("kyc",),
)

QUERY_ORG_INFO: Operation[models.OrgInfoRequest, models.OrgInfoResponse] = Operation(
    name="query_org_info",
    summary="Look up the organisation behind a paybill or till (B2B Hakikisha).",
    group="identity",
    method="POST",
    path="/sfcverify/v1/query/info",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.OrgInfoRequest,
    response_model=models.OrgInfoResponse,
    fields=(
        FieldSpec(
            wire="IdentifierType",
            name="identifier_type",
            argument="identifier_type",
            required=True,
            default="4",
        ),
        FieldSpec(
            wire="Identifier",
            name="identifier",
            argument="identifier",
            required=True,
        ),
    ),
    errors=frozenset(["401.001", "500.003.02", "500.003.03"]),
    invalid_token_errors=frozenset(["401.001"]),
    result_code_tables=("org_info",),
    correlation=("ConversationID",),
)

INITIATE_STK_PUSH: Operation[models.StkPushRequest, models.StkPushResponse] = Operation(
    name="initiate_stk_push",
    summary="Send an M-Pesa Express (STK push) payment prompt to a customer's phone.",
    group="mpesa_express",
    method="POST",
    path="/mpesa/stkpush/v1/processrequest",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=True,
    retry_safe=False,
    request_model=models.StkPushRequest,
    response_model=models.StkPushResponse,
    fields=(
        FieldSpec(
            wire="BusinessShortCode",
            name="business_shortcode",
            argument="business_shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="Password",
            name="password",
            argument="password",
            required=True,
            fill="stk_password",
            secret=True,
        ),
        FieldSpec(
            wire="Timestamp",
            name="timestamp",
            argument="timestamp",
            required=True,
            fill="stk_timestamp",
        ),
        FieldSpec(
            wire="TransactionType",
            name="transaction_type",
            argument="transaction_type",
            required=True,
            default="CustomerPayBillOnline",
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
            maximum=250000,
        ),
        FieldSpec(
            wire="PartyA",
            name="party_a",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="PartyB",
            name="party_b",
            argument="party_b",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="PhoneNumber",
            name="phone_number",
            argument="phone_number",
            required=True,
            phone=True,
            pattern="^254[17][0-9]{8}$",
        ),
        FieldSpec(
            wire="CallBackURL",
            name="callback_url",
            argument="callback_url",
            required=True,
            fill="config.callback_url",
            url=True,
        ),
        FieldSpec(
            wire="AccountReference",
            name="account_reference",
            argument="account_reference",
            required=True,
        ),
        FieldSpec(
            wire="TransactionDesc",
            name="transaction_desc",
            argument="transaction_desc",
            required=False,
            default="Payment",
        ),
    ),
    errors=frozenset(
        [
            "400.002.02",
            "404.001.01",
            "404.001.03",
            "405.001",
            "500.001.1001",
            "500.003.02",
            "500.003.03",
        ]
    ),
    invalid_token_errors=frozenset(["404.001.03"]),
    result_code_tables=("stk", "generic"),
    callback=CallbackSpec(
        model=models.StkCallback,
        url_field="CallBackURL",
        result_parameters=(
            ResultParameterSpec(key="Amount", name="amount", type="decimal"),
            ResultParameterSpec(
                key="MpesaReceiptNumber", name="mpesa_receipt_number", type="string"
            ),
            ResultParameterSpec(key="Balance", name="balance", type="decimal"),
            ResultParameterSpec(key="TransactionDate", name="transaction_date", type="datetime"),
            ResultParameterSpec(key="PhoneNumber", name="phone_number", type="string"),
        ),
    ),
    correlation=("CheckoutRequestID", "MerchantRequestID"),
    resolved_by="query_stk_push_status",
    events=EventNames(
        failed="mpesa.stk_push.failed",
        initiated="mpesa.stk_push.initiated",
        success="mpesa.stk_push.success",
    ),
)

QUERY_STK_PUSH_STATUS: Operation[models.StkQueryRequest, models.StkQueryResponse] = Operation(
    name="query_stk_push_status",
    summary="Ask for the outcome of an STK push by its CheckoutRequestID.",
    group="mpesa_express",
    method="POST",
    path="/mpesa/stkpushquery/v1/query",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.StkQueryRequest,
    response_model=models.StkQueryResponse,
    fields=(
        FieldSpec(
            wire="BusinessShortCode",
            name="business_shortcode",
            argument="business_shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="Password",
            name="password",
            argument="password",
            required=True,
            fill="stk_password",
            secret=True,
        ),
        FieldSpec(
            wire="Timestamp",
            name="timestamp",
            argument="timestamp",
            required=True,
            fill="stk_timestamp",
        ),
        FieldSpec(
            wire="CheckoutRequestID",
            name="checkout_request_id",
            argument="checkout_request_id",
            required=True,
        ),
    ),
    errors=frozenset(
        ["400.002.02", "400.002.05", "404.001.03", "500.001.1001", "500.003.02", "500.003.03"]
    ),
    invalid_token_errors=frozenset(["404.001.03"]),
    result_code_tables=("stk", "generic"),
    correlation=("CheckoutRequestID",),
    events=EventNames(
        failed="mpesa.stk_push.failed",
        query="mpesa.stk_push.status_query",
        success="mpesa.stk_push.success",
    ),
)

PULL_TRANSACTIONS_REGISTER: Operation[models.PullRegisterRequest, models.PullRegisterResponse] = (
    Operation(
        name="pull_transactions_register",
        summary="Register a shortcode for the Pull Transactions API (one-time).",
        group="pull_transactions",
        method="POST",
        path="/pulltransactions/v1/register",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=False,
        retry_safe=False,
        request_model=models.PullRegisterRequest,
        response_model=models.PullRegisterResponse,
        fields=(
            FieldSpec(
                wire="ShortCode",
                name="shortcode",
                argument="shortcode",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="RequestType",
                name="request_type",
                argument="request_type",
                required=True,
                default="Pull",
            ),
            FieldSpec(
                wire="NominatedNumber",
                name="nominated_number",
                argument="nominated_number",
                required=True,
                phone=True,
                pattern="^(0|254)[17][0-9]{8}$",
            ),
            FieldSpec(
                wire="CallBackURL",
                name="callback_url",
                argument="callback_url",
                required=True,
                fill="config.callback_url",
                url=True,
            ),
        ),
        errors=frozenset(["400.001", "401.001", "500.003.02", "500.003.03"]),
        invalid_token_errors=frozenset(["401.001"]),
        result_code_tables=("pull",),
    )
)

PULL_TRANSACTIONS_QUERY: Operation[models.PullQueryRequest, models.PullQueryResponse] = Operation(
    name="pull_transactions_query",
    summary="Pull the shortcode's C2B transactions in a time window (last 48 hours only).",
    group="pull_transactions",
    method="POST",
    path="/pulltransactions/v1/query",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.PullQueryRequest,
    response_model=models.PullQueryResponse,
    fields=(
        FieldSpec(
            wire="ShortCode",
            name="shortcode",
            argument="shortcode",
            required=True,
            fill="config.business_shortcode",
        ),
        FieldSpec(
            wire="StartDate",
            name="start_date",
            argument="start_date",
            required=True,
        ),
        FieldSpec(
            wire="EndDate",
            name="end_date",
            argument="end_date",
            required=True,
        ),
        FieldSpec(
            wire="OffSetValue",
            name="offset_value",
            argument="offset_value",
            required=True,
            default="0",
        ),
    ),
    errors=frozenset(["400.001", "401.001", "500.003.02", "500.003.03"]),
    invalid_token_errors=frozenset(["401.001"]),
    result_code_tables=("pull",),
    correlation=("ResponseRefID",),
)

GENERATE_DYNAMIC_QR: Operation[models.DynamicQrRequest, models.DynamicQrResponse] = Operation(
    name="generate_dynamic_qr",
    summary="Generate a Dynamic M-Pesa QR code (Base64 PNG) for a payment.",
    group="dynamic_qr",
    method="POST",
    path="/mpesa/qrcode/v1/generate",
    auth="bearer",
    environments=frozenset(["production", "sandbox"]),
    moves_money=False,
    retry_safe=True,
    request_model=models.DynamicQrRequest,
    response_model=models.DynamicQrResponse,
    fields=(
        FieldSpec(
            wire="MerchantName",
            name="merchant_name",
            argument="merchant_name",
            required=True,
        ),
        FieldSpec(
            wire="RefNo",
            name="ref_no",
            argument="ref_no",
            required=True,
        ),
        FieldSpec(
            wire="Amount",
            name="amount",
            argument="amount",
            required=True,
            money=True,
            minimum=1,
        ),
        FieldSpec(
            wire="TrxCode",
            name="trx_code",
            argument="trx_code",
            required=True,
        ),
        FieldSpec(
            wire="CPI",
            name="cpi",
            argument="cpi",
            required=True,
        ),
        FieldSpec(
            wire="Size",
            name="size",
            argument="size",
            required=True,
            default="300",
        ),
    ),
    errors=frozenset(["400.002.05", "404.001.04", "500.003.02", "500.003.03"]),
    result_code_tables=(),
    correlation=("RequestID",),
)

CREATE_STANDING_ORDER: Operation[models.StandingOrderRequest, models.StandingOrderResponse] = (
    Operation(
        name="create_standing_order",
        summary="Create an M-Pesa Ratiba standing order (recurring payment) from a customer.",
        group="ratiba",
        method="POST",
        path="/standingorder/v1/createStandingOrderExternal",
        auth="bearer",
        environments=frozenset(["production", "sandbox"]),
        moves_money=True,
        retry_safe=False,
        request_model=models.StandingOrderRequest,
        response_model=models.StandingOrderResponse,
        fields=(
            FieldSpec(
                wire="StandingOrderName",
                name="standing_order_name",
                argument="standing_order_name",
                required=True,
            ),
            FieldSpec(
                wire="StartDate",
                name="start_date",
                argument="start_date",
                required=True,
            ),
            FieldSpec(
                wire="EndDate",
                name="end_date",
                argument="end_date",
                required=True,
            ),
            FieldSpec(
                wire="BusinessShortCode",
                name="business_shortcode",
                argument="business_shortcode",
                required=True,
                fill="config.business_shortcode",
            ),
            FieldSpec(
                wire="TransactionType",
                name="transaction_type",
                argument="transaction_type",
                required=True,
                default="Standing Order Customer Pay Bill",
            ),
            FieldSpec(
                wire="ReceiverPartyIdentifierType",
                name="receiver_party_identifier_type",
                argument="receiver_party_identifier_type",
                required=True,
                default="4",
            ),
            FieldSpec(
                wire="Amount",
                name="amount",
                argument="amount",
                required=True,
                money=True,
                minimum=1,
            ),
            FieldSpec(
                wire="PartyA",
                name="party_a",
                argument="phone_number",
                required=True,
                phone=True,
                pattern="^254[17][0-9]{8}$",
            ),
            FieldSpec(
                wire="CallBackURL",
                name="callback_url",
                argument="callback_url",
                required=True,
                fill="config.callback_url",
                url=True,
            ),
            FieldSpec(
                wire="AccountReference",
                name="account_reference",
                argument="account_reference",
                required=False,
            ),
            FieldSpec(
                wire="TransactionDesc",
                name="transaction_desc",
                argument="transaction_desc",
                required=True,
                default="Payment",
            ),
            FieldSpec(
                wire="Frequency",
                name="frequency",
                argument="frequency",
                required=True,
            ),
            FieldSpec(
                wire="CustomStoId",
                name="custom_sto_id",
                argument="custom_sto_id",
                required=False,
            ),
        ),
        errors=frozenset(["500.003.02", "500.003.03"]),
        result_code_tables=("ratiba", "generic"),
        callback=CallbackSpec(
            model=models.RatibaCallback,
            url_field="CallBackURL",
            result_parameters=(
                ResultParameterSpec(key="TransactionID", name="transaction_id", type="string"),
                ResultParameterSpec(key="responseCode", name="response_code", type="string"),
                ResultParameterSpec(key="Status", name="status", type="string"),
                ResultParameterSpec(key="Msisdn", name="msisdn", type="string"),
            ),
        ),
        correlation=("responseRefID",),
        events=EventNames(
            failed="mpesa.ratiba.failed",
            initiated="mpesa.ratiba.initiated",
            success="mpesa.ratiba.success",
        ),
    )
)


OPERATIONS: Mapping[str, Operation[Any, Any]] = MappingProxyType(
    {
        "query_transaction_status": QUERY_TRANSACTION_STATUS,
        "get_account_balance": GET_ACCOUNT_BALANCE,
        "reverse_transaction": REVERSE_TRANSACTION,
        "get_access_token": GET_ACCESS_TOKEN,
        "business_pay_bill": BUSINESS_PAY_BILL,
        "business_buy_goods": BUSINESS_BUY_GOODS,
        "b2c_account_top_up": B2C_ACCOUNT_TOP_UP,
        "tax_remittance": TAX_REMITTANCE,
        "b2b_express_checkout": B2B_EXPRESS_CHECKOUT,
        "b2c_payment": B2C_PAYMENT,
        "b2c_payment_v1": B2C_PAYMENT_V1,
        "b2c_payment_with_validation": B2C_PAYMENT_WITH_VALIDATION,
        "b2pochi_payment": B2POCHI_PAYMENT,
        "bill_manager_opt_in": BILL_MANAGER_OPT_IN,
        "bill_manager_update_opt_in": BILL_MANAGER_UPDATE_OPT_IN,
        "bill_manager_send_invoice": BILL_MANAGER_SEND_INVOICE,
        "bill_manager_send_bulk_invoices": BILL_MANAGER_SEND_BULK_INVOICES,
        "bill_manager_reconcile": BILL_MANAGER_RECONCILE,
        "bill_manager_cancel_invoice": BILL_MANAGER_CANCEL_INVOICE,
        "bill_manager_cancel_bulk_invoices": BILL_MANAGER_CANCEL_BULK_INVOICES,
        "bonga_calculate_points": BONGA_CALCULATE_POINTS,
        "bonga_redeem_paybill": BONGA_REDEEM_PAYBILL,
        "c2b_register_url": C2B_REGISTER_URL,
        "c2b_register_url_v2": C2B_REGISTER_URL_V2,
        "c2b_simulate": C2B_SIMULATE,
        "c2b_simulate_v2": C2B_SIMULATE_V2,
        "check_sim_swap": CHECK_SIM_SWAP,
        "check_imsi": CHECK_IMSI,
        "check_age_on_network": CHECK_AGE_ON_NETWORK,
        "validate_kyc_id": VALIDATE_KYC_ID,
        "query_org_info": QUERY_ORG_INFO,
        "initiate_stk_push": INITIATE_STK_PUSH,
        "query_stk_push_status": QUERY_STK_PUSH_STATUS,
        "pull_transactions_register": PULL_TRANSACTIONS_REGISTER,
        "pull_transactions_query": PULL_TRANSACTIONS_QUERY,
        "generate_dynamic_qr": GENERATE_DYNAMIC_QR,
        "create_standing_order": CREATE_STANDING_ORDER,
    }
)
"""Every operation by its Python name (also the adapter's method name)."""
