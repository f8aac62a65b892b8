# Generated from spec/ by `make generate`: do not edit.
"""Daraja's result codes and API error codes (public as ``mpesa.codes``).

Result codes arrive in callbacks and query results (``ResultCode``); error codes arrive in the
synchronous error envelope (``errorCode``). The same result code can mean different things for
different products, so result codes are grouped in tables and looked up most specific first.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from .._codebook import CodeInfo

ERROR_CODES: Mapping[str, CodeInfo] = MappingProxyType(
    {
        "00.002.1001": CodeInfo(
            code="00.002.1001",
            description="Maintenance (Account Balance).",
            category="retry_later",
            message="Service is currently under maintenance",
        ),
        "400.001": CodeInfo(
            code="400.001",
            description="The shortcode is not valid for Pull Transactions.",
            category="configuration_error",
            message="Invalid ShortCode",
            refused=True,
        ),
        "400.002.02": CodeInfo(
            code="400.002.02",
            description="A field failed validation (BusinessShortCode, Timestamp, PhoneNumber, Amount, TransactionID, RecieverIdentifierType, InitiatorName ...); a wrong Content-Type shows up the same way.",
            category="configuration_error",
            message="Bad Request - Invalid <Field>",
            http_status=400,
            refused=True,
        ),
        "400.002.05": CodeInfo(
            code="400.002.05",
            description="The body is malformed.",
            category="configuration_error",
            message="Invalid Request Payload",
            http_status=400,
            refused=True,
        ),
        "400.003.01": CodeInfo(
            code="400.003.01",
            description="The token is wrong or expired (Transaction Status, C2B).",
            category="configuration_error",
            message="Invalid Access Token",
            http_status=400,
            invalid_token=True,
            refused=True,
        ),
        "400.003.02": CodeInfo(
            code="400.003.02",
            description="Something is missing from the request.",
            category="configuration_error",
            message="Bad Request",
            http_status=400,
            refused=True,
        ),
        "400.008.01": CodeInfo(
            code="400.008.01",
            description="The OAuth request did not use Basic authentication.",
            category="configuration_error",
            message="Invalid authentication type passed",
            http_status=400,
            refused=True,
        ),
        "400.008.02": CodeInfo(
            code="400.008.02",
            description="grant_type is not client_credentials.",
            category="configuration_error",
            message="Invalid grant type passed",
            http_status=400,
            refused=True,
        ),
        "401.001": CodeInfo(
            code="401.001",
            description="The token is invalid (Pull Transactions, Query Org Info).",
            category="configuration_error",
            message="Invalid Access Token",
            invalid_token=True,
            refused=True,
        ),
        "401.002.01": CodeInfo(
            code="401.002.01",
            description="The token is invalid, or the API product is not enabled on the app (Account Balance, B2C, B2B, B2Pochi).",
            category="configuration_error",
            message="Error Occurred - Invalid Access Token - <token>",
            http_status=401,
            invalid_token=True,
            refused=True,
        ),
        "401.003.01": CodeInfo(
            code="401.003.01",
            description="The token is invalid (C2B register URL).",
            category="configuration_error",
            message="Error Occurred - Invalid Access Token",
            http_status=401,
            invalid_token=True,
            refused=True,
        ),
        "404.001.01": CodeInfo(
            code="404.001.01",
            description="Wrong endpoint.",
            category="configuration_error",
            message="Resource not found",
            http_status=404,
            refused=True,
        ),
        "404.001.03": CodeInfo(
            code="404.001.03",
            description="The token is wrong or expired (STK push, STK query, Reversal).",
            category="configuration_error",
            message="Invalid Access Token",
            http_status=404,
            invalid_token=True,
            refused=True,
        ),
        "404.001.04": CodeInfo(
            code="404.001.04",
            description="Wrong HTTP method or misplaced headers.",
            category="configuration_error",
            message="Invalid Authentication Header",
            http_status=404,
            refused=True,
        ),
        "404.002.01": CodeInfo(
            code="404.002.01",
            description="Wrong endpoint (Account Balance).",
            category="configuration_error",
            message="Resource not found",
            http_status=404,
            refused=True,
        ),
        "404.003.01": CodeInfo(
            code="404.003.01",
            description="Wrong endpoint (Transaction Status, C2B).",
            category="configuration_error",
            message="Resource not found",
            http_status=404,
            refused=True,
        ),
        "405.001": CodeInfo(
            code="405.001",
            description='A method other than POST was used (e.g. "GET Method Not Allowed").',
            category="configuration_error",
            message="<METHOD> Method Not Allowed",
            http_status=405,
            refused=True,
        ),
        "500.001.1001": CodeInfo(
            code="500.001.1001",
            description="One code, several causes, told apart only by errorMessage: a wrong shortcode or passkey/Timestamp (configuration), a busy subscriber (wait at least a minute), an STK query while the prompt is still open (pending), or a Reversal server error.",
            category="unknown_outcome",
            message="Merchant does not exist / Wrong credentials / Unable to lock subscriber, a transaction is already in process for the current subscriber / The transaction is being processed / Internal Server Error",
            http_status=500,
            by_message=(
                (
                    "being processed",
                    "The STK prompt is still open: query again later.",
                    "pending",
                    False,
                ),
                (
                    "unable to lock subscriber",
                    "The customer has a transaction in process: wait at least a minute.",
                    "retry_later",
                    True,
                ),
                (
                    "merchant does not exist",
                    "The BusinessShortCode is not an STK shortcode.",
                    "configuration_error",
                    True,
                ),
                (
                    "wrong credentials",
                    "The Password does not match shortcode, passkey and Timestamp.",
                    "configuration_error",
                    True,
                ),
            ),
        ),
        "500.002.1001": CodeInfo(
            code="500.002.1001",
            description="One code, two causes told apart by errorMessage: the OriginatorConversationID was already used (B2C, B2Pochi, Account Balance), or a server failure.",
            category="unknown_outcome",
            message="Duplicate OriginatorConversationID / System internal error.",
            http_status=500,
            by_message=(
                (
                    "duplicate originatorconversationid",
                    "The OriginatorConversationID was already used; this request was not processed, but an earlier one with the same ID reached Daraja.",
                    "unknown_outcome",
                    False,
                ),
                (
                    "system internal error",
                    "A server failure on Safaricom's side; the request may or may not have been processed.",
                    "unknown_outcome",
                    False,
                ),
            ),
        ),
        "500.003.02": CodeInfo(
            code="500.003.02",
            description="The per-second limit (spike arrest) was exceeded or the system is busy; also triggered by endpoints producing many errors. The request was not processed.",
            category="retry_later",
            message="Error Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.",
            http_status=500,
            throttled=True,
            refused=True,
        ),
        "500.003.03": CodeInfo(
            code="500.003.03",
            description="The request quota was exceeded; the request was not processed.",
            category="retry_later",
            message="Quota Violation / Error Occurred: Quota Violation",
            http_status=500,
            throttled=True,
            refused=True,
        ),
        "500.003.1001": CodeInfo(
            code="500.003.1001",
            description="A server failure (STK push, Transaction Status, Account Balance), or a C2B URL registration that already exists (on Daraja, or on the VPN aggregator/broker platform).",
            category="retry_later",
            message="Internal Server Error / Urls are already registered / Duplicate notification info, SP ID is ..., correlator is ...",
            http_status=500,
        ),
    }
)
"""Every documented ``errorCode`` of Daraja's error envelope."""

RESULT_CODES: Mapping[str, Mapping[str, CodeInfo]] = MappingProxyType(
    {
        "stk": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The payment was processed successfully.",
                    category="success",
                    table="stk",
                ),
                "1": CodeInfo(
                    code="1",
                    description="The customer's balance (including Fuliza) is insufficient for the payment.",
                    category="customer_action",
                    table="stk",
                ),
                "2": CodeInfo(
                    code="2",
                    description="Declined by a limit rule; the amount is below the C2B minimum (KES 1).",
                    category="failed",
                    table="stk",
                ),
                "3": CodeInfo(
                    code="3",
                    description="Declined by a limit rule; the amount is above the maximum per transaction.",
                    category="failed",
                    table="stk",
                ),
                "4": CodeInfo(
                    code="4",
                    description="Declined by a limit rule; the payment would exceed the customer's daily transfer limit (KES 500,000).",
                    category="customer_action",
                    table="stk",
                ),
                "8": CodeInfo(
                    code="8",
                    description="Declined by a limit rule; the payment would exceed the maximum balance of the receiving paybill or till.",
                    category="failed",
                    table="stk",
                ),
                "17": CodeInfo(
                    code="17",
                    description="Rule limited; the same amount was requested from the same customer within 2 minutes.",
                    category="retry_later",
                    table="stk",
                ),
                "21": CodeInfo(
                    code="21",
                    description="The initiator is not allowed to initiate this request.",
                    category="configuration_error",
                    table="stk",
                ),
                "26": CodeInfo(
                    code="26",
                    description="The system is busy (traffic blocking).",
                    category="retry_later",
                    table="stk",
                ),
                "1001": CodeInfo(
                    code="1001",
                    description="Unable to lock the subscriber; another transaction or USSD session is in progress for this customer. Wait at least a minute.",
                    category="retry_later",
                    table="stk",
                ),
                "1019": CodeInfo(
                    code="1019",
                    description="The transaction expired before the customer completed it.",
                    category="customer_action",
                    table="stk",
                ),
                "1025": CodeInfo(
                    code="1025",
                    description="An error occurred while sending the push request (D3 names a prompt longer than 182 characters).",
                    category="failed",
                    table="stk",
                ),
                "1031": CodeInfo(
                    code="1031",
                    description="The customer cancelled the request (older code for 1032).",
                    category="customer_action",
                    table="stk",
                ),
                "1032": CodeInfo(
                    code="1032",
                    description="The customer cancelled the request, or the prompt timed out on the phone.",
                    category="customer_action",
                    table="stk",
                ),
                "1036": CodeInfo(
                    code="1036",
                    description="The SMSC did not acknowledge in time (SMSC ACK timeout).",
                    category="retry_later",
                    table="stk",
                ),
                "1037": CodeInfo(
                    code="1037",
                    description="The customer could not be reached or did not answer the prompt in time (phone offline, SIM without STK support).",
                    category="customer_action",
                    table="stk",
                ),
                "1101": CodeInfo(
                    code="1101",
                    description="Invalid prompt message prefix.",
                    category="failed",
                    table="stk",
                ),
                "1102": CodeInfo(
                    code="1102",
                    description="Invalid authentication message.",
                    category="failed",
                    table="stk",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The initiator information is invalid; for STK, the customer entered a wrong PIN.",
                    category="customer_action",
                    table="stk",
                ),
                "2008": CodeInfo(
                    code="2008",
                    description="Authentication failed.",
                    category="failed",
                    table="stk",
                ),
                "2026": CodeInfo(
                    code="2026",
                    description="The channel session expired.",
                    category="failed",
                    table="stk",
                ),
                "2028": CodeInfo(
                    code="2028",
                    description="Not permitted by the product assignment (wrong TransactionType or PartyB for the shortcode).",
                    category="configuration_error",
                    table="stk",
                ),
                "8006": CodeInfo(
                    code="8006",
                    description="The security credential is locked.",
                    category="configuration_error",
                    table="stk",
                ),
                "9999": CodeInfo(
                    code="9999",
                    description="A generic error occurred while sending the push.",
                    category="retry_later",
                    table="stk",
                ),
                "SFC_IC0003": CodeInfo(
                    code="SFC_IC0003",
                    description="The operator does not exist; usually a TransactionType or PartyB that does not match the shortcode (till versus paybill).",
                    category="configuration_error",
                    table="stk",
                ),
                "100000100": CodeInfo(
                    code="100000100",
                    description="Storage object save failure on Safaricom's side.",
                    category="retry_later",
                    table="stk",
                ),
            }
        ),
        "b2c": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The payment was processed successfully.",
                    category="success",
                    table="b2c",
                ),
                "1": CodeInfo(
                    code="1",
                    description="The organisation's utility account balance is insufficient for the payment.",
                    category="failed",
                    table="b2c",
                ),
                "2": CodeInfo(
                    code="2",
                    description="Declined by a limit rule; the amount is below the B2C minimum (KES 10).",
                    category="failed",
                    table="b2c",
                ),
                "3": CodeInfo(
                    code="3",
                    description="Declined by a limit rule; the amount is above the maximum per transaction.",
                    category="failed",
                    table="b2c",
                ),
                "4": CodeInfo(
                    code="4",
                    description="Declined by a limit rule; the recipient would exceed the daily transfer limit (KES 500,000).",
                    category="customer_action",
                    table="b2c",
                ),
                "7": CodeInfo(
                    code="7",
                    description="The receiver could not be resolved (invalid receiver).",
                    category="failed",
                    table="b2c",
                ),
                "8": CodeInfo(
                    code="8",
                    description="Declined by a limit rule; the recipient would exceed the maximum wallet balance (KES 500,000).",
                    category="customer_action",
                    table="b2c",
                ),
                "11": CodeInfo(
                    code="11",
                    description="The debit party is in an invalid state (the B2C account is inactive).",
                    category="configuration_error",
                    table="b2c",
                ),
                "14": CodeInfo(
                    code="14",
                    description="The credit party or credit account could not be resolved.",
                    category="failed",
                    table="b2c",
                ),
                "17": CodeInfo(
                    code="17",
                    description="Internal system error.",
                    category="retry_later",
                    table="b2c",
                ),
                "21": CodeInfo(
                    code="21",
                    description="The initiator is not allowed to pay from this shortcode (missing the ORG B2C API initiator role).",
                    category="configuration_error",
                    table="b2c",
                ),
                "1005": CodeInfo(
                    code="1005",
                    description="The account reference is invalid.",
                    category="failed",
                    table="b2c",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The initiator information is invalid (username, password, certificate or encryption algorithm).",
                    category="configuration_error",
                    table="b2c",
                ),
                "2006": CodeInfo(
                    code="2006",
                    description="Declined by an account rule (the account is inactive).",
                    category="failed",
                    table="b2c",
                ),
                "2007": CodeInfo(
                    code="2007",
                    description="External validation failed.",
                    category="failed",
                    table="b2c",
                ),
                "2020": CodeInfo(
                    code="2020",
                    description="The amount format is invalid.",
                    category="configuration_error",
                    table="b2c",
                ),
                "2028": CodeInfo(
                    code="2028",
                    description="Not permitted by the product assignment.",
                    category="configuration_error",
                    table="b2c",
                ),
                "2029": CodeInfo(
                    code="2029",
                    description="Declined for an unresolved reason.",
                    category="failed",
                    table="b2c",
                ),
                "2040": CodeInfo(
                    code="2040",
                    description="The recipient's customer type (registered or unregistered) is not supported by this CommandID.",
                    category="failed",
                    table="b2c",
                ),
                "2043": CodeInfo(
                    code="2043",
                    description="The organisation is not a child of the initiator.",
                    category="configuration_error",
                    table="b2c",
                ),
                "2051": CodeInfo(
                    code="2051",
                    description="The MSISDN is invalid.",
                    category="failed",
                    table="b2c",
                ),
                "2202": CodeInfo(
                    code="2202",
                    description="The account number is invalid.",
                    category="failed",
                    table="b2c",
                ),
                "8006": CodeInfo(
                    code="8006",
                    description="The security credential is locked (too many failed attempts with a wrong credential).",
                    category="configuration_error",
                    table="b2c",
                ),
                "SFC_IC0003": CodeInfo(
                    code="SFC_IC0003",
                    description="The operator (MSISDN or shortcode) does not exist.",
                    category="configuration_error",
                    table="b2c",
                ),
                "R002": CodeInfo(
                    code="R002",
                    description="(B2C with validation) no ID of the given IDType is registered for the recipient.",
                    category="failed",
                    table="b2c",
                ),
                "R003": CodeInfo(
                    code="R003",
                    description="(B2C with validation) the ID number does not match the recipient's registration.",
                    category="failed",
                    table="b2c",
                ),
            }
        ),
        "b2b": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The payment was processed successfully.",
                    category="success",
                    table="b2b",
                ),
                "1": CodeInfo(
                    code="1",
                    description="The paying organisation's account balance is insufficient.",
                    category="failed",
                    table="b2b",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The initiator information is invalid (username, password or certificate).",
                    category="configuration_error",
                    table="b2b",
                ),
                "8006": CodeInfo(
                    code="8006",
                    description="The security credential is locked.",
                    category="configuration_error",
                    table="b2b",
                ),
                "21": CodeInfo(
                    code="21",
                    description="The initiator is not allowed to initiate this request (it lacks the product's initiator role).",
                    category="configuration_error",
                    table="b2b",
                ),
                "2006": CodeInfo(
                    code="2006",
                    description="Declined by an account rule (the account status does not allow this transaction).",
                    category="failed",
                    table="b2b",
                ),
                "2028": CodeInfo(
                    code="2028",
                    description="Not permitted by the product assignment (PartyA may not make this payment).",
                    category="configuration_error",
                    table="b2b",
                ),
                "SFC_IC0003": CodeInfo(
                    code="SFC_IC0003",
                    description="The operator does not exist (check PartyB and the CommandID).",
                    category="configuration_error",
                    table="b2b",
                ),
            }
        ),
        "reversal": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The transaction was reversed.",
                    category="success",
                    table="reversal",
                ),
                "1": CodeInfo(
                    code="1",
                    description="The balance is insufficient for the reversal.",
                    category="failed",
                    table="reversal",
                ),
                "11": CodeInfo(
                    code="11",
                    description="The debit party is in an invalid state.",
                    category="configuration_error",
                    table="reversal",
                ),
                "21": CodeInfo(
                    code="21",
                    description="The initiator lacks the Org Reversals Initiator role.",
                    category="configuration_error",
                    table="reversal",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The initiator information is invalid.",
                    category="configuration_error",
                    table="reversal",
                ),
                "2006": CodeInfo(
                    code="2006",
                    description="Declined by an account rule.",
                    category="failed",
                    table="reversal",
                ),
                "2028": CodeInfo(
                    code="2028",
                    description="Not permitted by the product assignment.",
                    category="configuration_error",
                    table="reversal",
                ),
                "8006": CodeInfo(
                    code="8006",
                    description="The security credential is locked.",
                    category="configuration_error",
                    table="reversal",
                ),
                "R000001": CodeInfo(
                    code="R000001",
                    description="The transaction has already been reversed.",
                    category="failed",
                    table="reversal",
                ),
                "R000002": CodeInfo(
                    code="R000002",
                    description="The OriginalTransactionID is invalid.",
                    category="failed",
                    table="reversal",
                ),
            }
        ),
        "transaction_status": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The query succeeded; see the TransactionStatus result parameter.",
                    category="success",
                    table="transaction_status",
                ),
                "SFC_IC0003": CodeInfo(
                    code="SFC_IC0003",
                    description="The operator does not exist (check PartyA and IdentifierType).",
                    category="configuration_error",
                    table="transaction_status",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The initiator information is invalid (username, password or certificate).",
                    category="configuration_error",
                    table="transaction_status",
                ),
                "8006": CodeInfo(
                    code="8006",
                    description="The security credential (API password) is locked.",
                    category="configuration_error",
                    table="transaction_status",
                ),
                "2032": CodeInfo(
                    code="2032",
                    description="The transaction receipt number does not exist.",
                    category="failed",
                    table="transaction_status",
                ),
            }
        ),
        "account_balance": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The balance was read; see the AccountBalance result parameter.",
                    category="success",
                    table="account_balance",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The initiator information is invalid (username, password or certificate).",
                    category="configuration_error",
                    table="account_balance",
                ),
                "8006": CodeInfo(
                    code="8006",
                    description="The security credential (API password) is locked.",
                    category="configuration_error",
                    table="account_balance",
                ),
            }
        ),
        "ratiba": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The customer consented and the standing order was created.",
                    category="success",
                    table="ratiba",
                ),
                "200": CodeInfo(
                    code="200",
                    description="The request was accepted for processing (synchronous acknowledgement).",
                    category="success",
                    table="ratiba",
                ),
                "1001": CodeInfo(
                    code="1001",
                    description="Unable to lock the subscriber (another transaction or USSD session is in progress); try again in 2 to 3 minutes.",
                    category="retry_later",
                    table="ratiba",
                ),
                "1025": CodeInfo(
                    code="1025",
                    description="An error occurred while sending the push request (system error); retry.",
                    category="retry_later",
                    table="ratiba",
                ),
                "1032": CodeInfo(
                    code="1032",
                    description="The customer cancelled the prompt, or it timed out.",
                    category="customer_action",
                    table="ratiba",
                ),
                "1037": CodeInfo(
                    code="1037",
                    description="The customer could not be reached or did not answer the prompt in time.",
                    category="customer_action",
                    table="ratiba",
                ),
                "1050": CodeInfo(
                    code="1050",
                    description="The customer already has a standing order with this name; use a unique name.",
                    category="customer_action",
                    table="ratiba",
                ),
                "1051": CodeInfo(
                    code="1051",
                    description="Bad request; one or more fields of the payload are invalid.",
                    category="configuration_error",
                    table="ratiba",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The customer entered a wrong PIN.",
                    category="customer_action",
                    table="ratiba",
                ),
                "3001": CodeInfo(
                    code="3001",
                    description="Appears in a D3 table sample without an explanation.",
                    category="failed",
                    table="ratiba",
                ),
            }
        ),
        "pull": MappingProxyType(
            {
                "1000": CodeInfo(
                    code="1000",
                    description="Success (shortcode registered, or transactions returned).",
                    category="success",
                    table="pull",
                ),
                "1001": CodeInfo(
                    code="1001",
                    description="The shortcode is already registered (register), or there are no transactions in the window (query).",
                    category="success",
                    table="pull",
                ),
            }
        ),
        "bill_manager": MappingProxyType(
            {
                "200": CodeInfo(
                    code="200", description="Success.", category="success", table="bill_manager"
                ),
                "409": CodeInfo(
                    code="409",
                    description="Conflict: e.g. the biller is already registered, another invoice has the same externalReference, or a (partly) paid invoice cannot be cancelled.",
                    category="failed",
                    table="bill_manager",
                ),
            }
        ),
        "org_info": MappingProxyType(
            {
                "4000": CodeInfo(
                    code="4000",
                    description="The organisation was found.",
                    category="success",
                    table="org_info",
                ),
                "0": CodeInfo(
                    code="0",
                    description="Success (as the prose documents it).",
                    category="success",
                    table="org_info",
                ),
            }
        ),
        "bonga": MappingProxyType(
            {
                "6000": CodeInfo(
                    code="6000", description="Success.", category="success", table="bonga"
                ),
                "6001": CodeInfo(
                    code="6001", description="The request failed.", category="failed", table="bonga"
                ),
                "6004": CodeInfo(
                    code="6004", description="Server error.", category="retry_later", table="bonga"
                ),
                "6005": CodeInfo(
                    code="6005",
                    description="Invalid credentials.",
                    category="configuration_error",
                    table="bonga",
                ),
                "6006": CodeInfo(
                    code="6006",
                    description="Parts of the request are missing.",
                    category="configuration_error",
                    table="bonga",
                ),
                "6007": CodeInfo(
                    code="6007",
                    description="The core banking system (CBS) is unavailable.",
                    category="retry_later",
                    table="bonga",
                ),
                "6008": CodeInfo(
                    code="6008",
                    description="The STK service is unavailable.",
                    category="retry_later",
                    table="bonga",
                ),
                "6009": CodeInfo(
                    code="6009",
                    description="The broker is unavailable.",
                    category="retry_later",
                    table="bonga",
                ),
                "6011": CodeInfo(
                    code="6011",
                    description="The database is unavailable.",
                    category="retry_later",
                    table="bonga",
                ),
                "1031": CodeInfo(
                    code="1031",
                    description="The STK push timed out.",
                    category="customer_action",
                    table="bonga",
                ),
                "1037": CodeInfo(
                    code="1037",
                    description="The customer could not be reached or did not answer.",
                    category="customer_action",
                    table="bonga",
                ),
                "2001": CodeInfo(
                    code="2001",
                    description="The customer entered a wrong PIN.",
                    category="customer_action",
                    table="bonga",
                ),
                "17": CodeInfo(
                    code="17",
                    description="Declined by a limit rule (a reversal above the KES 100,000 balance limit).",
                    category="failed",
                    table="bonga",
                ),
            }
        ),
        "core": MappingProxyType(
            {
                "15": CodeInfo(
                    code="15",
                    description="A duplicate was detected.",
                    category="unknown_outcome",
                    table="core",
                ),
                "17": CodeInfo(
                    code="17", description="Internal failure.", category="retry_later", table="core"
                ),
                "18": CodeInfo(
                    code="18",
                    description="The initiator credential check failed.",
                    category="configuration_error",
                    table="core",
                ),
                "19": CodeInfo(
                    code="19",
                    description="Message sequencing failure.",
                    category="retry_later",
                    table="core",
                ),
                "20": CodeInfo(
                    code="20",
                    description="The initiator could not be resolved.",
                    category="configuration_error",
                    table="core",
                ),
                "21": CodeInfo(
                    code="21",
                    description="The initiator may not act for the primary party.",
                    category="configuration_error",
                    table="core",
                ),
                "22": CodeInfo(
                    code="22",
                    description="The initiator may not act for the receiver party.",
                    category="configuration_error",
                    table="core",
                ),
                "24": CodeInfo(
                    code="24",
                    description="Mandatory fields are missing.",
                    category="configuration_error",
                    table="core",
                ),
                "25": CodeInfo(
                    code="25",
                    description="Invalid request parameters.",
                    category="configuration_error",
                    table="core",
                ),
                "26": CodeInfo(
                    code="26",
                    description="A traffic blocking condition is in place (system too busy).",
                    category="retry_later",
                    table="core",
                ),
                "29": CodeInfo(
                    code="29",
                    description="Invalid command.",
                    category="configuration_error",
                    table="core",
                ),
                "100000000": CodeInfo(
                    code="100000000",
                    description="The request is cached and waiting to be resent.",
                    category="pending",
                    table="core",
                ),
                "100000001": CodeInfo(
                    code="100000001",
                    description="The system is overloaded.",
                    category="retry_later",
                    table="core",
                ),
                "100000002": CodeInfo(
                    code="100000002",
                    description="Throttling error.",
                    category="retry_later",
                    table="core",
                ),
                "100000004": CodeInfo(
                    code="100000004",
                    description="Internal server error.",
                    category="retry_later",
                    table="core",
                ),
                "100000005": CodeInfo(
                    code="100000005",
                    description="An input value is invalid (the message names the parameter).",
                    category="configuration_error",
                    table="core",
                ),
                "100000007": CodeInfo(
                    code="100000007",
                    description="The service status is abnormal.",
                    category="retry_later",
                    table="core",
                ),
                "100000009": CodeInfo(
                    code="100000009",
                    description="The API status is abnormal.",
                    category="retry_later",
                    table="core",
                ),
                "100000010": CodeInfo(
                    code="100000010",
                    description="Insufficient permissions.",
                    category="configuration_error",
                    table="core",
                ),
                "100000011": CodeInfo(
                    code="100000011",
                    description="The request-rate limit was exceeded.",
                    category="retry_later",
                    table="core",
                ),
                "00.002.1001": CodeInfo(
                    code="00.002.1001",
                    description="The service is under maintenance.",
                    category="retry_later",
                    table="core",
                ),
            }
        ),
        "kyc": MappingProxyType(
            {
                "200": CodeInfo(
                    code="200",
                    description='The check ran; read status ("true"/"false") for the match.',
                    category="success",
                    table="kyc",
                ),
                "400": CodeInfo(
                    code="400",
                    description="Bad request.",
                    category="configuration_error",
                    table="kyc",
                ),
                "401": CodeInfo(
                    code="401",
                    description="Unauthorised (token or product not enabled).",
                    category="configuration_error",
                    table="kyc",
                ),
                "403": CodeInfo(
                    code="403",
                    description="Forbidden (the API is not enabled for this app).",
                    category="configuration_error",
                    table="kyc",
                ),
                "404": CodeInfo(
                    code="404", description="Not found.", category="failed", table="kyc"
                ),
                "405": CodeInfo(
                    code="405",
                    description="Method not allowed.",
                    category="configuration_error",
                    table="kyc",
                ),
                "408": CodeInfo(
                    code="408", description="Request timeout.", category="retry_later", table="kyc"
                ),
                "429": CodeInfo(
                    code="429",
                    description="Too many requests.",
                    category="retry_later",
                    table="kyc",
                ),
                "500": CodeInfo(
                    code="500",
                    description="Internal server error.",
                    category="retry_later",
                    table="kyc",
                ),
                "501": CodeInfo(
                    code="501", description="Not implemented.", category="failed", table="kyc"
                ),
                "502": CodeInfo(
                    code="502", description="Bad gateway.", category="retry_later", table="kyc"
                ),
                "503": CodeInfo(
                    code="503",
                    description="Service unavailable.",
                    category="retry_later",
                    table="kyc",
                ),
                "504": CodeInfo(
                    code="504", description="Gateway timeout.", category="retry_later", table="kyc"
                ),
            }
        ),
        "identity": MappingProxyType(
            {
                "200": CodeInfo(
                    code="200", description="Success.", category="success", table="identity"
                ),
                "400": CodeInfo(
                    code="400",
                    description="Bad request.",
                    category="configuration_error",
                    table="identity",
                ),
                "401": CodeInfo(
                    code="401",
                    description="Unauthorised (token or product not enabled).",
                    category="configuration_error",
                    table="identity",
                ),
                "403": CodeInfo(
                    code="403",
                    description="Forbidden (the API is not enabled for this app).",
                    category="configuration_error",
                    table="identity",
                ),
                "404": CodeInfo(
                    code="404", description="Not found.", category="failed", table="identity"
                ),
                "405": CodeInfo(
                    code="405",
                    description="Method not allowed.",
                    category="configuration_error",
                    table="identity",
                ),
                "408": CodeInfo(
                    code="408",
                    description="Request timeout.",
                    category="retry_later",
                    table="identity",
                ),
                "429": CodeInfo(
                    code="429",
                    description="Too many requests.",
                    category="retry_later",
                    table="identity",
                ),
                "500": CodeInfo(
                    code="500",
                    description="Internal server error.",
                    category="retry_later",
                    table="identity",
                ),
                "501": CodeInfo(
                    code="501", description="Not implemented.", category="failed", table="identity"
                ),
                "502": CodeInfo(
                    code="502", description="Bad gateway.", category="retry_later", table="identity"
                ),
                "503": CodeInfo(
                    code="503",
                    description="Service unavailable.",
                    category="retry_later",
                    table="identity",
                ),
                "504": CodeInfo(
                    code="504",
                    description="Gateway timeout.",
                    category="retry_later",
                    table="identity",
                ),
            }
        ),
        "c2b_validation": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="Accept the payment.",
                    category="success",
                    table="c2b_validation",
                ),
                "C2B00011": CodeInfo(
                    code="C2B00011",
                    description="Reject; the MSISDN is invalid.",
                    category="customer_action",
                    table="c2b_validation",
                ),
                "C2B00012": CodeInfo(
                    code="C2B00012",
                    description="Reject; the account number is invalid.",
                    category="customer_action",
                    table="c2b_validation",
                ),
                "C2B00013": CodeInfo(
                    code="C2B00013",
                    description="Reject; the amount is invalid.",
                    category="customer_action",
                    table="c2b_validation",
                ),
                "C2B00014": CodeInfo(
                    code="C2B00014",
                    description="Reject; the KYC details are invalid.",
                    category="customer_action",
                    table="c2b_validation",
                ),
                "C2B00015": CodeInfo(
                    code="C2B00015",
                    description="Reject; the shortcode is invalid.",
                    category="failed",
                    table="c2b_validation",
                ),
                "C2B00016": CodeInfo(
                    code="C2B00016",
                    description="Reject; other error.",
                    category="failed",
                    table="c2b_validation",
                ),
            }
        ),
        "b2b_express": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0",
                    description="The merchant approved and the payment completed.",
                    category="success",
                    table="b2b_express",
                ),
                "4001": CodeInfo(
                    code="4001",
                    description="The till operator cancelled the USSD prompt.",
                    category="customer_action",
                    table="b2b_express",
                ),
                "4102": CodeInfo(
                    code="4102",
                    description="The merchant's KYC check failed.",
                    category="failed",
                    table="b2b_express",
                ),
                "4104": CodeInfo(
                    code="4104",
                    description="The till has no Nominated Number to send the prompt to.",
                    category="configuration_error",
                    table="b2b_express",
                ),
                "4201": CodeInfo(
                    code="4201",
                    description="USSD network error.",
                    category="retry_later",
                    table="b2b_express",
                ),
                "4203": CodeInfo(
                    code="4203",
                    description="USSD exception.",
                    category="retry_later",
                    table="b2b_express",
                ),
            }
        ),
        "generic": MappingProxyType(
            {
                "0": CodeInfo(
                    code="0", description="Success.", category="success", table="generic"
                ),
                "1": CodeInfo(
                    code="1",
                    description="Insufficient funds.",
                    category="customer_action",
                    table="generic",
                ),
                "2": CodeInfo(
                    code="2",
                    description="Less than the minimum transaction value.",
                    category="failed",
                    table="generic",
                ),
                "3": CodeInfo(
                    code="3",
                    description="More than the maximum transaction value.",
                    category="failed",
                    table="generic",
                ),
                "4": CodeInfo(
                    code="4",
                    description="Would exceed the daily transfer limit.",
                    category="customer_action",
                    table="generic",
                ),
                "5": CodeInfo(
                    code="5",
                    description="Would exceed the minimum balance.",
                    category="failed",
                    table="generic",
                ),
                "6": CodeInfo(
                    code="6",
                    description="The primary party could not be resolved.",
                    category="failed",
                    table="generic",
                ),
                "7": CodeInfo(
                    code="7",
                    description="The receiver party could not be resolved.",
                    category="failed",
                    table="generic",
                ),
                "8": CodeInfo(
                    code="8",
                    description="Would exceed the maximum balance.",
                    category="failed",
                    table="generic",
                ),
                "11": CodeInfo(
                    code="11",
                    description="The debit account is invalid.",
                    category="failed",
                    table="generic",
                ),
                "12": CodeInfo(
                    code="12",
                    description="The credit account is invalid.",
                    category="failed",
                    table="generic",
                ),
                "13": CodeInfo(
                    code="13",
                    description="The debit account could not be resolved.",
                    category="failed",
                    table="generic",
                ),
                "14": CodeInfo(
                    code="14",
                    description="The credit account could not be resolved.",
                    category="failed",
                    table="generic",
                ),
                "15": CodeInfo(
                    code="15",
                    description="A duplicate was detected.",
                    category="unknown_outcome",
                    table="generic",
                ),
                "17": CodeInfo(
                    code="17",
                    description="Internal failure.",
                    category="retry_later",
                    table="generic",
                ),
                "20": CodeInfo(
                    code="20",
                    description="The initiator could not be resolved.",
                    category="configuration_error",
                    table="generic",
                ),
                "26": CodeInfo(
                    code="26",
                    description="A traffic blocking condition is in place.",
                    category="retry_later",
                    table="generic",
                ),
            }
        ),
    }
)
"""Result code tables by name, in lookup order; an operation's registry entry says which apply."""


class ResultTable:
    """The name of every result code table, for ``ResultCodes.describe(code, tables)``."""

    STK: Final = "stk"
    """ResultCode of the STK push callback (Body.stkCallback) and of the STK push query."""
    B2C: Final = "b2c"
    """ResultCode of the Result callback for B2C (v1 and v3), B2C with validation and Business To
    Pochi."""
    B2B: Final = "b2b"
    """ResultCode of the Result callback for Business Pay Bill, Business Buy Goods, B2C Account Top Up
    and Tax Remittance; the generic table applies after this one."""
    REVERSAL: Final = "reversal"
    """ResultCode of the Result callback for Reversal."""
    TRANSACTION_STATUS: Final = "transaction_status"
    """ResultCode of the Transaction Status Result callback. It says whether the query succeeded; the
    found transaction's own state is the TransactionStatus result parameter."""
    ACCOUNT_BALANCE: Final = "account_balance"
    """ResultCode of the Account Balance Result callback; the core table applies after this one."""
    RATIBA: Final = "ratiba"
    """responseCode of the M-Pesa Ratiba callback (and "200" of its synchronous acknowledgement)."""
    PULL: Final = "pull"
    """ResponseStatus / ResponseCode of Pull Transactions register and query."""
    BILL_MANAGER: Final = "bill_manager"
    """rescode of Bill Manager responses."""
    ORG_INFO: Final = "org_info"
    """ResponseCode of Query Org Info."""
    BONGA: Final = "bonga"
    """responseCode of Lipa na Bonga (calculate points, redeem to paybill)."""
    CORE: Final = "core"
    """Core gateway (ApiResult) codes listed on the Account Balance page, shared by the Result APIs."""
    KYC: Final = "kyc"
    """responseCode / HTTP status of Mobile Number (KYC ID) validation; failures are plain HTTP
    statuses. A 200 answer still carries status "true" or "false" for the ID match."""
    IDENTITY: Final = "identity"
    """responseCode / HTTP status of SIM Swap, IMSI and Age on Network; errors are plain HTTP statuses."""
    C2B_VALIDATION: Final = "c2b_validation"
    """ResultCode values the merchant sends in its C2B validation reply."""
    B2B_EXPRESS: Final = "b2b_express"
    """resultCode of the B2B Express CheckOut (USSD push to till) callback."""
    GENERIC: Final = "generic"
    """Generic M-Pesa result codes from the 2017 Daraja table, shared by every API."""

    ALL: Final = (
        "stk",
        "b2c",
        "b2b",
        "reversal",
        "transaction_status",
        "account_balance",
        "ratiba",
        "pull",
        "bill_manager",
        "org_info",
        "bonga",
        "core",
        "kyc",
        "identity",
        "c2b_validation",
        "b2b_express",
        "generic",
    )
    """Every table, in the order a lookup without tables searches them (``generic`` last)."""
