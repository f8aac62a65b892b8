# Generated from spec/ by `make generate`: do not edit.
"""``MpesaAdapter`` and ``AsyncMpesaAdapter``: one method per Daraja operation.

Each method is a thin, typed front for the hand-written engine in ``_base_client``: it gathers
its arguments and hands them, with the operation's registry entry, to ``_call``, which fills
configured values, validates, sends, retries where safe, and parses the typed response.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal

from .._base_client import AsyncBaseClient, SyncBaseClient
from . import _operations as ops
from . import enums, models

__all__ = ["AsyncMpesaAdapter", "MpesaAdapter"]


class MpesaAdapter(SyncBaseClient):
    """The M-Pesa Daraja client: one method per operation, each returning a typed response."""

    _operations = ops.OPERATIONS

    def initiate_stk_push(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        account_reference: str,
        transaction_desc: str = "Payment",
        callback_url: str | None = None,
        *,
        business_shortcode: str | None = None,
        password: str | None = None,
        timestamp: str | None = None,
        transaction_type: Literal[
            "CustomerPayBillOnline", "CustomerBuyGoodsOnline"
        ] = "CustomerPayBillOnline",
        party_b: str | None = None,
    ) -> models.StkPushResponse:
        """Send an M-Pesa Express (STK push) payment prompt to a customer's phone.

        The customer gets a PIN prompt for the amount; Daraja acknowledges at once and POSTs the
        outcome to CallBackURL. Query it with query_stk_push_status when the callback is late.

        ``POST /mpesa/stkpush/v1/processrequest``. Moves money: never resent unless Daraja provably
        did not process it.

        The outcome arrives later as ``models.StkCallback``, POSTed to the URL in ``callback_url``
        (``CallBackURL``).

        Args:
            phone_number: The paying customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire: PartyA,
                PhoneNumber)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: Account or reference shown on the prompt. (wire: AccountReference)
            transaction_desc: Short description. (wire: TransactionDesc)
            callback_url: Where Daraja POSTs the StkCallback. Defaults to the ``callback_url``
                setting (``MPESA_CALLBACK_URL``). (wire: CallBackURL)
            business_shortcode: The paybill or till (head office) shortcode receiving the payment.
                Defaults to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``).
                (wire: BusinessShortCode)
            password: base64(BusinessShortCode + Passkey + Timestamp). Defaults to base64(shortcode
                + the ``passkey`` setting + timestamp). (wire: Password)
            timestamp: YYYYMMDDHHmmss in Africa/Nairobi time, the one used to build Password.
                Defaults to the current Africa/Nairobi time (YYYYMMDDHHmmss). (wire: Timestamp)
            transaction_type: CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a
                till. (wire: TransactionType)
            party_b: The credit party; the till number for CustomerBuyGoodsOnline. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyB)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``passkey``.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``404.001.01`` Resource not found (configuration_error);
                ``404.001.03`` Invalid Access Token (configuration_error); ``405.001`` <METHOD>
                Method Not Allowed (configuration_error); ``500.001.1001`` Merchant does not exist /
                Wrong credentials / Unable to lock subscriber, a transaction is already in process
                for the current subscriber / The transaction is being processed / Internal Server
                Error (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later); ``500.003.1001`` Internal
                Server Error / Urls are already registered / Duplicate notification info, SP ID is
                ..., correlator is ... (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_stk_push_status(**error.resolve_with)`` (``checkout_request_id`` from
                ``CheckoutRequestID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.INITIATE_STK_PUSH,
            {
                "phone_number": phone_number,
                "amount": amount,
                "account_reference": account_reference,
                "transaction_desc": transaction_desc,
                "callback_url": callback_url,
                "business_shortcode": business_shortcode,
                "password": password,
                "timestamp": timestamp,
                "transaction_type": transaction_type,
                "party_b": party_b,
            },
        )

    def query_stk_push_status(
        self,
        checkout_request_id: str,
        *,
        business_shortcode: str | None = None,
        password: str | None = None,
        timestamp: str | None = None,
    ) -> models.StkQueryResponse:
        """Ask for the outcome of an STK push by its CheckoutRequestID.

        Synchronous. While the prompt is open Daraja answers HTTP 500 with errorCode 500.001.1001
        "The transaction is being processed".

        ``POST /mpesa/stkpushquery/v1/query``.

        Args:
            checkout_request_id: CheckoutRequestID from the STK push acknowledgement. (wire:
                CheckoutRequestID)
            business_shortcode: The shortcode the push was sent with. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire:
                BusinessShortCode)
            password: base64(BusinessShortCode + Passkey + Timestamp), with this request's
                Timestamp. Defaults to base64(shortcode + the ``passkey`` setting + timestamp).
                (wire: Password)
            timestamp: YYYYMMDDHHmmss in Africa/Nairobi time. Defaults to the current Africa/Nairobi
                time (YYYYMMDDHHmmss). (wire: Timestamp)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``passkey``.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.02`` Bad Request -
                Invalid <Field> (configuration_error); ``400.002.05`` Invalid Request Payload
                (configuration_error); ``404.001.03`` Invalid Access Token (configuration_error);
                ``500.001.1001`` Merchant does not exist / Wrong credentials / Unable to lock
                subscriber, a transaction is already in process for the current subscriber / The
                transaction is being processed / Internal Server Error (unknown_outcome);
                ``500.003.02`` Error Occurred: Spike Arrest Violation / System is busy. Please try
                again in few minutes. (retry_later); ``500.003.03`` Quota Violation / Error
                Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.QUERY_STK_PUSH_STATUS,
            {
                "checkout_request_id": checkout_request_id,
                "business_shortcode": business_shortcode,
                "password": password,
                "timestamp": timestamp,
            },
        )

    def c2b_register_url(
        self,
        confirmation_url: str | None = None,
        validation_url: str | None = None,
        response_type: Literal["Completed", "Cancelled"] = "Completed",
        *,
        shortcode: str | None = None,
    ) -> models.C2BRegisterUrlResponse:
        """Register the C2B Confirmation and Validation URLs of a shortcode (v1).

        Tells M-Pesa where to POST C2BValidation (before a customer's payment completes, only when
        External Validation is enabled on the shortcode) and C2BConfirmation (after it completes).
        v1 callbacks carry the customer MSISDN as a SHA-256 hash (C14: the Register-URL page shows a
        masked number instead). The sandbox lets you re-register any number of times; production
        registration is one-time (a second call answers 500.003.1001 "Urls are already registered";
        change URLs on the org portal under URL Management). The validation reply is due within
        about 8 seconds, otherwise ResponseType decides the outcome.

        ``POST /mpesa/c2b/v1/registerurl``.

        Args:
            confirmation_url: Where M-Pesa POSTs C2BConfirmation. Publicly reachable, HTTPS in
                production, without the words M-PESA, mpesa, Safaricom, exe, exec, cmd, SQL or
                query. Defaults to the ``confirmation_url`` setting (``MPESA_CONFIRMATION_URL``).
                (wire: ConfirmationURL)
            validation_url: Where M-Pesa POSTs C2BValidation; called only when External Validation
                is enabled on the shortcode (disabled by default). Same URL rules as
                ConfirmationURL. Defaults to the ``validation_url`` setting
                (``MPESA_VALIDATION_URL``). (wire: ValidationURL)
            response_type: What M-Pesa does when the ValidationURL is unreachable or slow: Completed
                completes the payment, Cancelled cancels it. Sentence case exactly. (wire:
                ResponseType)
            shortcode: The paybill or till whose URLs are registered. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``400.003.01`` Invalid Access Token
                (configuration_error); ``400.003.02`` Bad Request (configuration_error);
                ``401.003.01`` Error Occurred - Invalid Access Token (configuration_error);
                ``404.001.04`` Invalid Authentication Header (configuration_error); ``404.003.01``
                Resource not found (configuration_error); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.C2B_REGISTER_URL,
            {
                "confirmation_url": confirmation_url,
                "validation_url": validation_url,
                "response_type": response_type,
                "shortcode": shortcode,
            },
        )

    def c2b_register_url_v2(
        self,
        confirmation_url: str | None = None,
        validation_url: str | None = None,
        response_type: Literal["Completed", "Cancelled"] = "Completed",
        *,
        shortcode: str | None = None,
    ) -> models.C2BRegisterUrlV2Response:
        """Register the C2B Confirmation and Validation URLs of a shortcode (v2).

        Same as c2b_register_url, but the C2BValidation and C2BConfirmation callbacks carry a masked
        MSISDN (e.g. "2547 ***** 126") instead of a hash. Sandbox re-registration is unlimited;
        production registration is one-time (500.003.1001 "Urls are already registered"). The
        validation reply is due within about 8 seconds, otherwise ResponseType decides the outcome.

        ``POST /mpesa/c2b/v2/registerurl``.

        Args:
            confirmation_url: Where M-Pesa POSTs C2BConfirmation. Publicly reachable, HTTPS in
                production, without the words M-PESA, mpesa, Safaricom, exe, exec, cmd, SQL or
                query. Defaults to the ``confirmation_url`` setting (``MPESA_CONFIRMATION_URL``).
                (wire: ConfirmationURL)
            validation_url: Where M-Pesa POSTs C2BValidation; called only when External Validation
                is enabled on the shortcode (disabled by default). Same URL rules as
                ConfirmationURL. Defaults to the ``validation_url`` setting
                (``MPESA_VALIDATION_URL``). (wire: ValidationURL)
            response_type: What M-Pesa does when the ValidationURL is unreachable or slow: Completed
                completes the payment, Cancelled cancels it. Sentence case exactly. (wire:
                ResponseType)
            shortcode: The paybill or till whose URLs are registered. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``400.003.01`` Invalid Access Token
                (configuration_error); ``400.003.02`` Bad Request (configuration_error);
                ``401.003.01`` Error Occurred - Invalid Access Token (configuration_error);
                ``404.001.04`` Invalid Authentication Header (configuration_error); ``404.003.01``
                Resource not found (configuration_error); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.C2B_REGISTER_URL_V2,
            {
                "confirmation_url": confirmation_url,
                "validation_url": validation_url,
                "response_type": response_type,
                "shortcode": shortcode,
            },
        )

    def c2b_simulate(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        bill_ref_number: str | None = None,
        *,
        shortcode: str | None = None,
        command_id: Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"]
        | enums.CommandID = "CustomerPayBillOnline",
    ) -> models.C2BSimulateResponse:
        """Simulate a customer paying a paybill or till (sandbox only, v1).

        Sandbox only: moves test money from a test MSISDN to a sandbox shortcode. There is no
        callback URL in the request; the payment triggers the C2BValidation (when enabled) and
        C2BConfirmation callbacks to the URLs registered with c2b_register_url, so register them
        before each simulation. Community reports say sandbox C2B callbacks arrive unreliably.

        ``POST /mpesa/c2b/v1/simulate``. Moves money: never resent unless Daraja provably did not
        process it.

        Args:
            phone_number: The paying test MSISDN (the public sandbox one is 254708374149). (wire:
                Msisdn)
            amount: Whole Kenya shillings. (wire: Amount)
            bill_ref_number: The account number; needed for CustomerPayBillOnline, left out (null)
                for CustomerBuyGoodsOnline. At most 20 characters, as the C2B callbacks carry it.
                (wire: BillRefNumber)
            shortcode: The sandbox shortcode being paid (e.g. 600984, 601426). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            command_id: CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
                (wire: CommandID)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.05`` Invalid Request Payload (configuration_error);
                ``400.003.01`` Invalid Access Token (configuration_error); ``400.003.02`` Bad
                Request (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``404.003.01`` Resource not found (configuration_error);
                ``500.003.02`` Error Occurred: Spike Arrest Violation / System is busy. Please try
                again in few minutes. (retry_later); ``500.003.03`` Quota Violation / Error
                Occurred: Quota Violation (retry_later); ``500.003.1001`` Internal Server Error /
                Urls are already registered / Duplicate notification info, SP ID is ..., correlator
                is ... (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.C2B_SIMULATE,
            {
                "phone_number": phone_number,
                "amount": amount,
                "bill_ref_number": bill_ref_number,
                "shortcode": shortcode,
                "command_id": command_id,
            },
        )

    def c2b_simulate_v2(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        bill_ref_number: str | None = None,
        *,
        shortcode: str | None = None,
        command_id: Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"]
        | enums.CommandID = "CustomerPayBillOnline",
    ) -> models.C2BSimulateV2Response:
        """Simulate a customer paying a paybill or till (sandbox only, v2).

        Sandbox only ("Simulation is not supported on production", C15: the page still lists a
        production URL; we offer it in the sandbox only). Moves test money from a test MSISDN to a
        sandbox shortcode. There is no callback URL in the request; the payment triggers the
        C2BValidation (when enabled) and C2BConfirmation callbacks to the URLs registered with
        c2b_register_url_v2, so register them before each simulation.

        ``POST /mpesa/c2b/v2/simulate``. Moves money: never resent unless Daraja provably did not
        process it.

        Args:
            phone_number: The paying test MSISDN (the public sandbox one is 254708374149). (wire:
                Msisdn)
            amount: Whole Kenya shillings. (wire: Amount)
            bill_ref_number: The account number; needed for CustomerPayBillOnline, left out (null)
                for CustomerBuyGoodsOnline. At most 20 characters, as the C2B callbacks carry it.
                (wire: BillRefNumber)
            shortcode: The sandbox shortcode being paid (e.g. 600984, 601426). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            command_id: CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
                (wire: CommandID)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.05`` Invalid Request Payload (configuration_error);
                ``400.003.01`` Invalid Access Token (configuration_error); ``400.003.02`` Bad
                Request (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``404.003.01`` Resource not found (configuration_error);
                ``500.003.02`` Error Occurred: Spike Arrest Violation / System is busy. Please try
                again in few minutes. (retry_later); ``500.003.03`` Quota Violation / Error
                Occurred: Quota Violation (retry_later); ``500.003.1001`` Internal Server Error /
                Urls are already registered / Duplicate notification info, SP ID is ..., correlator
                is ... (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.C2B_SIMULATE_V2,
            {
                "phone_number": phone_number,
                "amount": amount,
                "bill_ref_number": bill_ref_number,
                "shortcode": shortcode,
                "command_id": command_id,
            },
        )

    def b2c_payment(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        command_id: Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"]
        | enums.CommandID
        | enums.PaymentType = "BusinessPayment",
        remarks: str = "Payment",
        occasion: str | None = None,
        *,
        originator_conversation_id: str | None = None,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        party_a: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2CPaymentResponse:
        """Pay money from the business's B2C shortcode to a customer's M-Pesa wallet (v3).

        Debits the shortcode's Utility account. Daraja acknowledges at once and POSTs the outcome (a
        ResultCallback) to ResultURL, or a timeout notice to QueueTimeOutURL. Callbacks are not
        retried: when none arrives, find the outcome with query_transaction_status using the
        OriginatorConversationID or the receipt. The OriginatorConversationID is the merchant's
        idempotency key: a reused value is refused with 500.002.1001. B2C payments cannot be
        reversed through the API.

        ``POST /mpesa/b2c/v3/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The receiving customer's MSISDN, 12 digits without "+". (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000. (wire: Amount)
            command_id: SalaryPayment (registered customers; unregistered ones are no longer
                supported), BusinessPayment (registered customers), PromotionPayment (registered
                customers, with a congratulatory SMS). (wire: CommandID)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            occasion: Optional free text, 1 to 100 characters. (wire: Occassion)
            originator_conversation_id: Unique per request; the adapter generates one. Reusing it
                answers 500.002.1001 Duplicate OriginatorConversationID. Defaults to a new unique
                ID. (wire: OriginatorConversationID)
            initiator_name: The API operator username (role "ORG B2C API Initiator"). Defaults to
                the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            party_a: The B2C (or one-account) shortcode paying out. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID / System
                internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.B2C_PAYMENT,
            {
                "phone_number": phone_number,
                "amount": amount,
                "command_id": command_id,
                "remarks": remarks,
                "occasion": occasion,
                "originator_conversation_id": originator_conversation_id,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "party_a": party_a,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    def b2c_payment_v1(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        command_id: Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"]
        | enums.CommandID
        | enums.PaymentType = "BusinessPayment",
        remarks: str = "Payment",
        occasion: str | None = None,
        *,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        party_a: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2CPaymentV1Response:
        """Pay money from the business's B2C shortcode to a customer (legacy v1).

        The legacy B2C path: the same as b2c_payment without the merchant's OriginatorConversationID
        (so no idempotency key; Daraja generates the ID in the acknowledgement) and with the field
        spelled Occasion. Prefer b2c_payment.

        ``POST /mpesa/b2c/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The receiving customer's MSISDN, 12 digits without "+". (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000. (wire: Amount)
            command_id: SalaryPayment, BusinessPayment or PromotionPayment (see b2c_payment). (wire:
                CommandID)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            occasion: Optional free text, 1 to 100 characters. (wire: Occasion)
            initiator_name: The API operator username (role "ORG B2C API Initiator"). Defaults to
                the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            party_a: The B2C shortcode paying out. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.B2C_PAYMENT_V1,
            {
                "phone_number": phone_number,
                "amount": amount,
                "command_id": command_id,
                "remarks": remarks,
                "occasion": occasion,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "party_a": party_a,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    def b2c_payment_with_validation(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        id_number: str,
        *,
        originator_conversation_id: str | None = None,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"]
        | enums.CommandID
        | enums.PaymentType = "BusinessPayment",
        party_a: str | None = None,
        remarks: str = "Payment",
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
        occasion: str | None = None,
        id_type: Literal["01", "02", "03", "04", "05"] = "01",
    ) -> models.B2CValidatedPaymentResponse:
        """Pay a customer only if their registered ID matches (B2C with ID validation).

        B2C v3 plus the recipient's ID type and number: the payment fails (result R002 or R003) when
        they do not match the MSISDN's registration. Needs the separate "B2C with validation" API
        product. Acknowledgement and ResultCallback are as for b2c_payment.

        ``POST /mpesa/b2cvalidate/v2/paymentrequest``. Moves money: never resent unless Daraja
        provably did not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The receiving customer's MSISDN. (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000 (the B2C limits). (wire: Amount)
            id_number: The recipient's ID number; must match the MSISDN's registration. (wire:
                IDNumber)
            originator_conversation_id: Unique per request; the adapter generates one. Defaults to a
                new unique ID. (wire: OriginatorConversationID)
            initiator_name: The API operator username. Defaults to the ``initiator_name`` setting
                (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: SalaryPayment, BusinessPayment or PromotionPayment (see b2c_payment). (wire:
                CommandID)
            party_a: The B2C shortcode paying out. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            occasion: Optional free text, 1 to 100 characters. (wire: Occassion)
            id_type: "01" National ID, "02" Military ID, "03" Alien ID, "04" Diplomatic ID, "05"
                Passport. (wire: IDType)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID / System
                internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.B2C_PAYMENT_WITH_VALIDATION,
            {
                "phone_number": phone_number,
                "amount": amount,
                "id_number": id_number,
                "originator_conversation_id": originator_conversation_id,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "command_id": command_id,
                "party_a": party_a,
                "remarks": remarks,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
                "occasion": occasion,
                "id_type": id_type,
            },
        )

    def b2pochi_payment(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        remarks: str = "Payment",
        occasion: str | None = None,
        *,
        originator_conversation_id: str | None = None,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessPayToPochi"] | enums.CommandID = "BusinessPayToPochi",
        party_a: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2PochiPaymentResponse:
        """Pay money from the business's B2C shortcode to a customer's Pochi la Biashara wallet.

        The B2C v3 body with CommandID BusinessPayToPochi; the receiver must have a Pochi la
        Biashara wallet. Acknowledgement and ResultCallback are as for b2c_payment. An app without
        the B2Pochi product is refused with HTTP 401 401.002.01.

        ``POST /mpesa/b2pochi/v1/paymentrequest``. Moves money: never resent unless Daraja provably
        did not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The MSISDN of the receiver's Pochi la Biashara wallet. (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000. (wire: Amount)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            occasion: Optional free text, 1 to 100 characters. (wire: Occassion)
            originator_conversation_id: Unique per request; the adapter generates one (500.002.1001
                when reused). Defaults to a new unique ID. (wire: OriginatorConversationID)
            initiator_name: The API operator username. Defaults to the ``initiator_name`` setting
                (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessPayToPochi. (wire: CommandID)
            party_a: The B2C shortcode paying out. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``401.002.01`` Error Occurred - Invalid Access Token -
                <token> (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID /
                System internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.B2POCHI_PAYMENT,
            {
                "phone_number": phone_number,
                "amount": amount,
                "remarks": remarks,
                "occasion": occasion,
                "originator_conversation_id": originator_conversation_id,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "command_id": command_id,
                "party_a": party_a,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    def business_pay_bill(
        self,
        receiver_shortcode: str,
        amount: int | float | Decimal | str,
        account_reference: str,
        remarks: str = "Payment",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessPayBill"] | enums.CommandID = "BusinessPayBill",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        requester: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
        occasion: str | None = None,
    ) -> models.BusinessPayBillResponse:
        """Pay from the business's shortcode to another business's paybill.

        Moves money from PartyA's Working/MMF account to the receiving paybill's utility account.
        Daraja acknowledges at once and POSTs the outcome (a ResultCallback) to ResultURL; on
        failure ResultParameter is a single BOCompletedTime object and TransactionID a placeholder
        such as OAK0000000 (C37). Callbacks are not retried: when none arrives, find the outcome
        with query_transaction_status.

        ``POST /mpesa/b2b/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            receiver_shortcode: The receiving paybill. (wire: PartyB)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: The account number at the receiving paybill, at most 13 characters.
                (wire: AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Business Paybill Org API initiator").
                Defaults to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire:
                Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessPayBill. (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            requester: Optional MSISDN of the customer on whose behalf the business pays. (wire:
                Requester)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            occasion: Optional free text, at most 100 characters. (wire: Occassion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BUSINESS_PAY_BILL,
            {
                "receiver_shortcode": receiver_shortcode,
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "requester": requester,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
                "occasion": occasion,
            },
        )

    def business_buy_goods(
        self,
        receiver_shortcode: str,
        amount: int | float | Decimal | str,
        account_reference: str | None = None,
        remarks: str = "Payment",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessBuyGoods"] | enums.CommandID = "BusinessBuyGoods",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        requester: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
        occasion: str | None = None,
    ) -> models.BusinessBuyGoodsResponse:
        """Pay from the business's shortcode to a till, store or head-office number.

        Moves money from PartyA's Working/MMF account to the receiving merchant account. Daraja
        acknowledges at once and POSTs the outcome (a ResultCallback) to ResultURL. Callbacks are
        not retried: when none arrives, find the outcome with query_transaction_status.

        ``POST /mpesa/b2b/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            receiver_shortcode: The receiving till, store or head-office number. (wire: PartyB)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: Optional reference, at most 13 characters (required for Pay Bill
                only; shown in every sample). (wire: AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Business Buy Goods Org API initiator").
                Defaults to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire:
                Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessBuyGoods. (the D3 parameter table copies "BusinessPayBill
                only" from the Pay Bill page; its sample uses BusinessBuyGoods) (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            requester: Optional MSISDN of the customer on whose behalf the business pays. (wire:
                Requester)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            occasion: Optional free text, at most 100 characters. (wire: Occassion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BUSINESS_BUY_GOODS,
            {
                "receiver_shortcode": receiver_shortcode,
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "requester": requester,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
                "occasion": occasion,
            },
        )

    def b2c_account_top_up(
        self,
        receiver_shortcode: str,
        amount: int | float | Decimal | str,
        account_reference: str | None = None,
        remarks: str = "Top up",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessPayToBulk"] | enums.CommandID = "BusinessPayToBulk",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        requester: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2CAccountTopUpResponse:
        """Move money from the business's shortcode to a B2C shortcode's utility account.

        Funds a B2C shortcode so that it can pay customers. Moves money from PartyA's Working/MMF
        account to the B2C utility account of PartyB. Daraja acknowledges at once and POSTs the
        outcome (a ResultCallback) to ResultURL. Callbacks are not retried: when none arrives, find
        the outcome with query_transaction_status.

        ``POST /mpesa/b2b/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            receiver_shortcode: The B2C shortcode being topped up. (wire: PartyB)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: Optional reference, at most 13 characters (shown in the sample).
                (wire: AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Org Business Pay to Bulk API initiator").
                Defaults to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire:
                Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessPayToBulk. (the D3 sample column misprints
                BusinessPayToBullk) (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            requester: Optional MSISDN of the customer on whose behalf the business pays. (wire:
                Requester)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.B2C_ACCOUNT_TOP_UP,
            {
                "receiver_shortcode": receiver_shortcode,
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "requester": requester,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    def tax_remittance(
        self,
        amount: int | float | Decimal | str,
        account_reference: str,
        remarks: str = "Tax remittance",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["PayTaxToKRA"] | enums.CommandID = "PayTaxToKRA",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        receiver_shortcode: Literal["572572"] = "572572",
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.TaxRemittanceResponse:
        """Pay tax to the Kenya Revenue Authority (KRA) from the business's shortcode.

        Needs prior integration with KRA for the declaration and the payment registration number
        (PRN), and an initiator with the "Tax Remittance to KRA API" role. Daraja acknowledges at
        once and POSTs the outcome (a ResultCallback) to ResultURL; on failure ResultParameters
        carries BOCompletedTime (as a list in the Tax sample, a single object on the other B2B
        pages: C37). Callbacks are not retried: when none arrives, find the outcome with
        query_transaction_status.

        ``POST /mpesa/b2b/v1/remittax``. Moves money: never resent unless Daraja provably did not
        process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: The KRA payment registration number (PRN) being paid. (wire:
                AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Tax Remittance to KRA API"). Defaults to the
                ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always PayTaxToKRA. (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            receiver_shortcode: KRA's shortcode; 572572 is the only value allowed. (wire: PartyB)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.TAX_REMITTANCE,
            {
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "receiver_shortcode": receiver_shortcode,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    def b2b_express_checkout(
        self,
        primary_shortcode: str,
        amount: int | float | Decimal | str,
        payment_ref: str,
        partner_name: str,
        *,
        receiver_shortcode: str | None = None,
        callback_url: str | None = None,
        request_ref_id: str | None = None,
    ) -> models.B2BExpressCheckoutResponse:
        """Send a USSD payment prompt to a merchant's till operator to pay the business (B2B Express
        CheckOut).

        The vendor (this business, receiverShortCode) asks a merchant (primaryShortCode, a till) to
        pay it: the prompt goes to the operator on the till's Nominated Number, who enters the
        operator ID and PIN. Daraja acknowledges with {"code": "0", "status": "USSD Initiated
        Successfully"} and POSTs a flat camelCase B2BExpressCallback to callbackUrl. The
        acknowledgement carries no identifier: match the callback by the RequestRefID sent.

        ``POST /v1/ussdpush/get-msisdn``. Moves money: never resent unless Daraja provably did not
        process it.

        The outcome arrives later as ``models.B2BExpressCallback``, POSTed to the URL in
        ``callback_url`` (``callbackUrl``).

        Args:
            primary_shortcode: The debit party, the merchant's till. (wire: primaryShortCode)
            amount: Whole Kenya shillings. (wire: amount)
            payment_ref: The reference shown to the merchant. (wire: paymentRef)
            partner_name: The vendor's friendly name shown in the prompt. (wire: partnerName)
            receiver_shortcode: The credit party, this business's (the vendor's) paybill. Defaults
                to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire:
                receiverShortCode)
            callback_url: Where Daraja POSTs the B2BExpressCallback. Defaults to the
                ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire: callbackUrl)
            request_ref_id: Unique per request (a UUID); the adapter generates one. Defaults to a
                new unique ID. (wire: RequestRefID)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.B2B_EXPRESS_CHECKOUT,
            {
                "primary_shortcode": primary_shortcode,
                "amount": amount,
                "payment_ref": payment_ref,
                "partner_name": partner_name,
                "receiver_shortcode": receiver_shortcode,
                "callback_url": callback_url,
                "request_ref_id": request_ref_id,
            },
        )

    def query_transaction_status(
        self,
        transaction_id: str | None = None,
        party_a: str | None = None,
        identifier_type: Literal["1", "2", "4"] | enums.IdentifierType = "4",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["TransactionStatusQuery"] | enums.CommandID = "TransactionStatusQuery",
        original_conversation_id: str | None = None,
        result_url: str | None = None,
        queue_timeout_url: str | None = None,
        remarks: str = "Transaction status query",
        occasion: str | None = None,
    ) -> models.TransactionStatusResponse:
        """Ask for the status of a C2B, B2C, B2B, reversal or IMT transaction.

        Identify the transaction by its M-Pesa receipt (TransactionID), by the
        OriginatorConversationID it was sent with (OriginalConversationID), or both: at least one of
        the two is needed. A read: Daraja acknowledges at once and POSTs the status as a
        ResultCallback to ResultURL. This is how an unknown B2C/B2B/reversal outcome is resolved.
        Transaction states: Initiated, Authorized / Pending Authorized, then Cancelled, Declined,
        Completed or Expired.

        ``POST /mpesa/transactionstatus/v1/query``.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            transaction_id: The M-Pesa receipt of the transaction. (wire: TransactionID)
            party_a: The organisation that took part in the transaction: a shortcode (the docs say 6
                to 9 digits) or an MSISDN (12 digits), matching IdentifierType. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            identifier_type: The type of PartyA: "1" MSISDN, "2" till number, "4" shortcode. (wire:
                IdentifierType)
            initiator: The API operator username (role "Transaction Status query ORG API"). Defaults
                to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always TransactionStatusQuery. (wire: CommandID)
            original_conversation_id: The OriginatorConversationID the transaction was sent with.
                (wire: OriginalConversationID)
            result_url: Where Daraja POSTs the ResultCallback with the status. Defaults to the
                ``result_url`` setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            occasion: Optional free text, at most 100 characters (spelled Occasion on this API).
                (wire: Occasion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``400.003.01`` Invalid Access Token
                (configuration_error); ``400.003.02`` Bad Request (configuration_error);
                ``404.001.04`` Invalid Authentication Header (configuration_error); ``404.003.01``
                Resource not found (configuration_error); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.QUERY_TRANSACTION_STATUS,
            {
                "transaction_id": transaction_id,
                "party_a": party_a,
                "identifier_type": identifier_type,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "original_conversation_id": original_conversation_id,
                "result_url": result_url,
                "queue_timeout_url": queue_timeout_url,
                "remarks": remarks,
                "occasion": occasion,
            },
        )

    def get_account_balance(
        self,
        identifiers: Literal["2", "4"] | enums.IdentifierType = "4",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["AccountBalance"] | enums.CommandID = "AccountBalance",
        party_a: str | None = None,
        remarks: str = "Account balance query",
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.AccountBalanceResponse:
        """Ask for the balances of the business's shortcode accounts.

        A read: Daraja acknowledges at once and POSTs a ResultCallback to ResultURL whose
        AccountBalance parameter lists every account of the shortcode joined by "&", each as
        Name|Currency|Current|Available|Reserved|Uncleared (e.g. "Working
        Account|KES|700000.00|700000.00|0.00|0.00&Utility Account|KES|228037.00|..."). Callbacks are
        not retried; ask again if none arrives.

        ``POST /mpesa/accountbalance/v1/query``.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            identifiers: The type of PartyA: "4" shortcode (the D3 value) or "2" till; "1" (MSISDN)
                is refused. (wire: IdentifierType)
            initiator: The API operator username. Defaults to the ``initiator_name`` setting
                (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always AccountBalance. (wire: CommandID)
            party_a: The shortcode being queried (your own, or a store under your head office).
                Defaults to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``).
                (wire: PartyA)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback with the balances. Defaults to the
                ``result_url`` setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``00.002.1001`` Service is
                currently under maintenance (retry_later); ``400.002.02`` Bad Request - Invalid
                <Field> (configuration_error); ``401.002.01`` Error Occurred - Invalid Access Token
                - <token> (configuration_error); ``404.002.01`` Resource not found
                (configuration_error); ``405.001`` <METHOD> Method Not Allowed
                (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID / System
                internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.GET_ACCOUNT_BALANCE,
            {
                "identifiers": identifiers,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "party_a": party_a,
                "remarks": remarks,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    def reverse_transaction(
        self,
        transaction_id: str,
        amount: int | float | Decimal | str,
        remarks: str = "Reversal",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["TransactionReversal"] | enums.CommandID = "TransactionReversal",
        receiver_party: str | None = None,
        receiver_identifier_type: Literal["11"] | enums.IdentifierType = "11",
        result_url: str | None = None,
        queue_timeout_url: str | None = None,
        occasion: str | None = None,
    ) -> models.ReversalResponse:
        """Reverse a C2B payment (paybill, till or M-Pesa Express) received by the business.

        Only C2B receipts can be reversed, M-Pesa Express payments included; B2C payments cannot
        (portal only). Daraja acknowledges at once and POSTs the outcome (a ResultCallback) to
        ResultURL; a failure looks like ResultCode "R000002" "The OriginalTransactionID is invalid."
        with a placeholder TransactionID. Callbacks are not retried: when none arrives, find the
        outcome with query_transaction_status.

        ``POST /mpesa/reversal/v1/request``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            transaction_id: The M-Pesa receipt of the C2B transaction to reverse. (wire:
                TransactionID)
            amount: Whole Kenya shillings; the amount of the transaction being reversed. (wire:
                Amount)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Org Reversals Initiator"). Defaults to the
                ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always TransactionReversal. (wire: CommandID)
            receiver_party: Your organisation's shortcode, the one that received the payment.
                Defaults to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``).
                (wire: ReceiverParty)
            receiver_identifier_type: Always "11". The wire key is misspelled RecieverIdentifierType
                by Daraja; the correct spelling is refused with 400.002.02 "Bad Request - Invalid
                RecieverIdentifierType". (wire: RecieverIdentifierType)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            occasion: Optional free text, sent only when given. (wire: Occasion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``404.001.01`` Resource not found (configuration_error);
                ``404.001.03`` Invalid Access Token (configuration_error); ``500.001.1001`` Merchant
                does not exist / Wrong credentials / Unable to lock subscriber, a transaction is
                already in process for the current subscriber / The transaction is being processed /
                Internal Server Error (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.REVERSE_TRANSACTION,
            {
                "transaction_id": transaction_id,
                "amount": amount,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "receiver_party": receiver_party,
                "receiver_identifier_type": receiver_identifier_type,
                "result_url": result_url,
                "queue_timeout_url": queue_timeout_url,
                "occasion": occasion,
            },
        )

    def generate_dynamic_qr(
        self,
        merchant_name: str,
        ref_no: str,
        amount: int | float | Decimal | str,
        trx_code: Literal["BG", "WA", "PB", "SM", "SB"],
        cpi: str,
        *,
        size: str = "300",
    ) -> models.DynamicQrResponse:
        """Generate a Dynamic M-Pesa QR code (Base64 PNG) for a payment.

        Synchronous. The QR code encodes the merchant, amount, reference and payment kind (TrxCode);
        the customer scans it with the M-Pesa app to pay. The answer carries the image as a
        Base64-encoded PNG in QRCode.

        ``POST /mpesa/qrcode/v1/generate``.

        Args:
            merchant_name: Company or M-Pesa merchant name shown to the payer. (wire: MerchantName)
            ref_no: Transaction reference. (wire: RefNo)
            amount: Total amount in whole Kenya shillings. (wire: Amount)
            trx_code: BG pay merchant (buy goods), WA withdraw cash at an agent till, PB paybill or
                business number, SM send money (mobile number), SB send to business (business number
                CPI in MSISDN format). (wire: TrxCode)
            cpi: Credit party identifier: a mobile number, business number, agent till, paybill or
                till (samples "373132", "174379"). (wire: CPI)
            size: Side of the square QR image in pixels, as a digit string (e.g. "300"). (wire:
                Size)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.GENERATE_DYNAMIC_QR,
            {
                "merchant_name": merchant_name,
                "ref_no": ref_no,
                "amount": amount,
                "trx_code": trx_code,
                "cpi": cpi,
                "size": size,
            },
        )

    def create_standing_order(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        standing_order_name: str,
        start_date: str,
        end_date: str,
        frequency: Literal["1", "2", "3", "4", "5", "6", "7", "8"],
        *,
        business_shortcode: str | None = None,
        transaction_type: Literal[
            "Standing Order Customer Pay Bill",
            "Standing Order Customer Pay Merchant",
            "Standing Order Customer Pay Marchant",
        ] = "Standing Order Customer Pay Bill",
        receiver_party_identifier_type: Literal["4", "2"] | enums.IdentifierType = "4",
        callback_url: str | None = None,
        account_reference: str | None = None,
        transaction_desc: str = "Payment",
        custom_sto_id: str | None = None,
    ) -> models.StandingOrderResponse:
        """Create an M-Pesa Ratiba standing order (recurring payment) from a customer.

        A commercial API (Go-Live through apisupport@safaricom.co.ke). The customer gets an STK
        prompt to consent to the standing order; Daraja acknowledges at once and POSTs the outcome
        to CallBackURL. Once consented, the customer is debited on every Frequency period from
        StartDate to EndDate.

        ``POST /standingorder/v1/createStandingOrderExternal``. Moves money: never resent unless
        Daraja provably did not process it.

        The outcome arrives later as ``models.RatibaCallback``, POSTed to the URL in
        ``callback_url`` (``CallBackURL``).

        Args:
            phone_number: The paying customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire: PartyA)
            amount: Amount of each debit, whole Kenya shillings. (wire: Amount)
            standing_order_name: Name of the standing order; unique per customer (a duplicate gives
                result 1050). (wire: StandingOrderName)
            start_date: First debit date, yyyymmdd. (wire: StartDate)
            end_date: Last debit date, yyyymmdd. (wire: EndDate)
            frequency: "1" One Off, "2" Daily, "3" Weekly, "4" Monthly, "5" Bi-Monthly, "6"
                Quarterly, "7" Half Year, "8" Yearly. (wire: Frequency)
            business_shortcode: The receiving paybill or till shortcode. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire:
                BusinessShortCode)
            transaction_type: "Standing Order Customer Pay Bill" for a paybill, "Standing Order
                Customer Pay Merchant" for a till (buy goods). (wire: TransactionType)
            receiver_party_identifier_type: "4" paybill, "2" till. (wire:
                ReceiverPartyIdentifierType)
            callback_url: Where Daraja POSTs the RatibaCallback. Defaults to the ``callback_url``
                setting (``MPESA_CALLBACK_URL``). (wire: CallBackURL)
            account_reference: Account number for a paybill; required for "Standing Order Customer
                Pay Bill". (wire: AccountReference)
            transaction_desc: Short description, 13 characters at most. (wire: TransactionDesc)
            custom_sto_id: Merchant's own standing-order ID. (wire: CustomStoId)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.CREATE_STANDING_ORDER,
            {
                "phone_number": phone_number,
                "amount": amount,
                "standing_order_name": standing_order_name,
                "start_date": start_date,
                "end_date": end_date,
                "frequency": frequency,
                "business_shortcode": business_shortcode,
                "transaction_type": transaction_type,
                "receiver_party_identifier_type": receiver_party_identifier_type,
                "callback_url": callback_url,
                "account_reference": account_reference,
                "transaction_desc": transaction_desc,
                "custom_sto_id": custom_sto_id,
            },
        )

    def bill_manager_opt_in(
        self,
        email: str,
        official_contact: str,
        *,
        shortcode: str | None = None,
        send_reminders: Literal["0", "1"] = "1",
        logo: str | None = None,
        callback_url: str | None = None,
    ) -> models.BillManagerOptInResponse:
        """Opt a shortcode in to Bill Manager; returns the app_key for later calls.

        One-time registration of the paybill with Bill Manager. Keep the returned app_key
        (MpesaConfig.bill_manager_app_key): every other Bill Manager call sends it in the appKey
        header. Customer payments against invoices are pushed to callbackurl (BillManagerPayment).

        ``POST /v1/billmanager-invoice/optin``.

        The outcome arrives later as ``models.BillManagerPayment``, POSTed to the URL in
        ``callback_url`` (``callbackurl``).

        Args:
            email: The business's official email address. (wire: email)
            official_contact: The business's official contact phone number. (wire: officialContact)
            shortcode: The paybill opting in (5 to 6 digits per D3). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: shortcode)
            send_reminders: "1" to send reminder SMS (7 days and 3 days before the due date, and on
                it), "0" for none. (wire: sendReminders)
            logo: Optional logo (JPEG image) shown on invoices. (wire: logo)
            callback_url: Where Bill Manager pushes payments against invoices (BillManagerPayment).
                Defaults to the ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire:
                callbackurl)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_OPT_IN,
            {
                "email": email,
                "official_contact": official_contact,
                "shortcode": shortcode,
                "send_reminders": send_reminders,
                "logo": logo,
                "callback_url": callback_url,
            },
        )

    def bill_manager_update_opt_in(
        self,
        email: str,
        official_contact: str,
        *,
        shortcode: str | None = None,
        send_reminders: Literal["0", "1"] = "1",
        logo: str | None = None,
        callback_url: str | None = None,
        app_key: str | None = None,
    ) -> models.BillManagerUpdateOptInResponse:
        """Change a shortcode's Bill Manager opt-in details.

        ``POST /v1/billmanager-invoice/change-optin-details``.

        The outcome arrives later as ``models.BillManagerPayment``, POSTed to the URL in
        ``callback_url`` (``callbackurl``).

        Args:
            email: The business's official email address. (wire: email)
            official_contact: The business's official contact phone number. (wire: officialContact)
            shortcode: The paybill opting in (5 to 6 digits per D3). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: shortcode)
            send_reminders: "1" to send reminder SMS (7 days and 3 days before the due date, and on
                it), "0" for none. (wire: sendReminders)
            logo: Optional logo (JPEG image) shown on invoices. (wire: logo)
            callback_url: New URL for payment pushes; optional here. Defaults to the
                ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire: callbackurl)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_UPDATE_OPT_IN,
            {
                "email": email,
                "official_contact": official_contact,
                "shortcode": shortcode,
                "send_reminders": send_reminders,
                "logo": logo,
                "callback_url": callback_url,
                "app_key": app_key,
            },
        )

    def bill_manager_send_invoice(
        self,
        external_reference: str,
        billed_full_name: str,
        billed_phone_number: str,
        amount: int | float | Decimal | str,
        due_date: str,
        *,
        billed_period: str,
        invoice_name: str,
        account_reference: str,
        invoice_items: Sequence[
            models.BillManagerSendInvoiceRequestInvoiceItemsItem | Mapping[str, Any]
        ]
        | None = None,
        app_key: str | None = None,
    ) -> models.BillManagerSendInvoiceResponse:
        """Send one e-invoice to a customer by SMS.

        The customer receives the invoice (and reminders if opted in) and pays it with the paybill
        and accountReference; the payment is pushed to the opt-in callbackurl.

        ``POST /v1/billmanager-invoice/single-invoicing``.

        Args:
            external_reference: The merchant's unique invoice reference (a reused one gives 409).
                (wire: externalReference)
            billed_full_name: The customer's full name. (wire: billedFullName)
            billed_phone_number: The customer's Safaricom number (07XXXXXXXX in the D3 samples).
                (wire: billedPhoneNumber)
            amount: Invoice total in whole Kenya shillings (no commas). (wire: amount)
            due_date: Due date, "2021-10-12" or "2021-09-15 00:00:00.00". (wire: dueDate)
            billed_period: The period billed, e.g. "August 2021". (wire: billedPeriod)
            invoice_name: Invoice title. (wire: invoiceName)
            account_reference: The account number the customer pays to. (wire: accountReference)
            invoice_items: Optional line items. (wire: invoiceItems)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_SEND_INVOICE,
            {
                "external_reference": external_reference,
                "billed_full_name": billed_full_name,
                "billed_phone_number": billed_phone_number,
                "amount": amount,
                "due_date": due_date,
                "billed_period": billed_period,
                "invoice_name": invoice_name,
                "account_reference": account_reference,
                "invoice_items": invoice_items,
                "app_key": app_key,
            },
        )

    def bill_manager_send_bulk_invoices(
        self,
        invoices: Sequence[models.BillManagerInvoice | Mapping[str, Any]],
        *,
        app_key: str | None = None,
    ) -> models.BillManagerSendBulkInvoicesResponse:
        """Send up to 1000 e-invoices in one call.

        ``POST /v1/billmanager-invoice/bulk-invoicing``.

        Args:
            invoices: The BillManagerInvoice items of the body.
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_SEND_BULK_INVOICES,
            {
                "invoices": invoices,
                "app_key": app_key,
            },
        )

    def bill_manager_reconcile(
        self,
        transaction_id: str,
        external_reference: str,
        *,
        payment_date: str,
        paid_amount: int | float | Decimal | str,
        account_reference: str,
        phone_number: str,
        full_name: str,
        invoice_name: str,
        app_key: str | None = None,
    ) -> models.BillManagerReconcileResponse:
        """Acknowledge a Bill Manager payment (reconciliation).

        The merchant's acknowledgement of a payment pushed to callbackurl, echoing its details; Bill
        Manager then sends the customer an e-receipt.

        ``POST /v1/billmanager-invoice/reconciliation``.

        Args:
            transaction_id: The M-Pesa receipt of the payment. (wire: transactionId)
            external_reference: (wire: externalReference)
            payment_date: Date of the payment (the push's dateCreated). (wire: paymentDate)
            paid_amount: Amount paid in whole Kenya shillings. (wire: paidAmount)
            account_reference: (wire: accountReference)
            phone_number: The paying customer's number. (wire: phoneNumber)
            full_name: (wire: fullName)
            invoice_name: (wire: invoiceName)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_RECONCILE,
            {
                "transaction_id": transaction_id,
                "external_reference": external_reference,
                "payment_date": payment_date,
                "paid_amount": paid_amount,
                "account_reference": account_reference,
                "phone_number": phone_number,
                "full_name": full_name,
                "invoice_name": invoice_name,
                "app_key": app_key,
            },
        )

    def bill_manager_cancel_invoice(
        self,
        external_reference: str,
        *,
        app_key: str | None = None,
    ) -> models.BillManagerCancelInvoiceResponse:
        """Cancel one unpaid invoice by its externalReference.

        ``POST /v1/billmanager-invoice/cancel-single-invoice``.

        Args:
            external_reference: The invoice's externalReference. (wire: externalReference)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_CANCEL_INVOICE,
            {
                "external_reference": external_reference,
                "app_key": app_key,
            },
        )

    def bill_manager_cancel_bulk_invoices(
        self,
        external_references: Sequence[models.BillManagerInvoiceReference | Mapping[str, Any]],
        *,
        app_key: str | None = None,
    ) -> models.BillManagerCancelBulkInvoicesResponse:
        """Cancel up to 1000 unpaid invoices by their externalReference.

        Partially or fully paid invoices cannot be cancelled (409 Conflict).

        ``POST /v1/billmanager-invoice/cancel-bulk-invoices``.

        Args:
            external_references: The BillManagerInvoiceReference items of the body.
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BILL_MANAGER_CANCEL_BULK_INVOICES,
            {
                "external_references": external_references,
                "app_key": app_key,
            },
        )

    def pull_transactions_register(
        self,
        nominated_number: str,
        *,
        shortcode: str | None = None,
        request_type: Literal["Pull"] = "Pull",
        callback_url: str | None = None,
    ) -> models.PullRegisterResponse:
        """Register a shortcode for the Pull Transactions API (one-time).

        One-time registration; the shortcode must be live in production, and NominatedNumber must be
        the MSISDN in the shortcode's KYC. ResponseStatus "1000" means registered, "1001" already
        registered.

        ``POST /pulltransactions/v1/register``.

        Args:
            nominated_number: The MSISDN in the shortcode's KYC, 07XXXXXXXX or 2547XXXXXXXX. (wire:
                NominatedNumber)
            shortcode: The shortcode to register. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            request_type: (wire: RequestType)
            callback_url: The merchant's callback URL for the registration. Defaults to the
                ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire: CallBackURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.001`` Invalid
                ShortCode (configuration_error); ``401.001`` Invalid Access Token
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.PULL_TRANSACTIONS_REGISTER,
            {
                "nominated_number": nominated_number,
                "shortcode": shortcode,
                "request_type": request_type,
                "callback_url": callback_url,
            },
        )

    def pull_transactions_query(
        self,
        start_date: str,
        end_date: str,
        *,
        shortcode: str | None = None,
        offset_value: str = "0",
    ) -> models.PullQueryResponse:
        """Pull the shortcode's C2B transactions in a time window (last 48 hours only).

        Synchronous. Dates are "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm" and must fall in the last
        48 hours; only C2B transactions are returned. OffSetValue is a row offset (not a page
        number) starting at "0". ResponseCode "1000" means success, "1001" no transactions.

        ``POST /pulltransactions/v1/query``.

        Args:
            start_date: Window start, "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm". (wire: StartDate)
            end_date: Window end, "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm". (wire: EndDate)
            shortcode: The registered shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            offset_value: Row offset (not a page number), starting at "0". (wire: OffSetValue)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.001`` Invalid
                ShortCode (configuration_error); ``401.001`` Invalid Access Token
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.PULL_TRANSACTIONS_QUERY,
            {
                "start_date": start_date,
                "end_date": end_date,
                "shortcode": shortcode,
                "offset_value": offset_value,
            },
        )

    def check_sim_swap(
        self,
        phone_number: str,
    ) -> models.SimSwapResponse:
        """Ask when a customer's SIM was last swapped.

        Synchronous. lastSwapDate "01-01-1900 00:00" means the SIM was swapped more than three
        months ago (or never). Commercial: KES 50,000 connection, first 200,000 requests free, then
        KES 1 per request.

        ``POST /imsi/v2/checkATI``.

        Args:
            phone_number: The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                customerNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.CHECK_SIM_SWAP,
            {
                "phone_number": phone_number,
            },
        )

    def check_imsi(
        self,
        phone_number: str,
    ) -> models.ImsiResponse:
        """Look up a customer's (hashed) IMSI, last SIM swap and registration dates.

        Synchronous. Commercial, KES 20 per call.

        ``POST /imsi/v1/checkATI``.

        Args:
            phone_number: The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                customerNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.CHECK_IMSI,
            {
                "phone_number": phone_number,
            },
        )

    def check_age_on_network(
        self,
        phone_number: str,
    ) -> models.AgeOnNetworkResponse:
        """Ask when a customer's SIM was registered (age on network).

        Synchronous. The answer gives the SIM registration date; its keys are not documented in any
        official page, so the response model declares none and keeps every key received.

        ``POST /registration/lookup/v1/checkATI``.

        Args:
            phone_number: The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                customerNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.CHECK_AGE_ON_NETWORK,
            {
                "phone_number": phone_number,
            },
        )

    def validate_kyc_id(
        self,
        phone_number: str,
        id_number: str,
        id_type: Literal["01", "02", "05"] = "01",
        *,
        request_ref_id: str | None = None,
        shortcode: str | None = None,
    ) -> models.KycValidateIdResponse:
        """Check that an ID document number matches a mobile number's KYC (no PII returned).

        ``POST /v1/KYC-validation/validateID``.

        Args:
            phone_number: The MSISDN whose KYC is checked. (wire: msisdn)
            id_number: The ID document number. (wire: idNumber)
            id_type: "01" National ID, "02" Military ID, "05" Passport. (wire: idType)
            request_ref_id: The merchant's unique reference for this request. Defaults to a new
                unique ID. (wire: requestRefID)
            shortcode: The organisation's shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: shortCode)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.VALIDATE_KYC_ID,
            {
                "phone_number": phone_number,
                "id_number": id_number,
                "id_type": id_type,
                "request_ref_id": request_ref_id,
                "shortcode": shortcode,
            },
        )

    def query_org_info(
        self,
        identifier: str,
        identifier_type: Literal["2", "4"] | enums.IdentifierType = "4",
    ) -> models.OrgInfoResponse:
        """Look up the organisation behind a paybill or till (B2B Hakikisha).

        Synchronous; OAuth token only, no initiator. Use it to confirm the name of a paybill or till
        before paying it.

        ``POST /sfcverify/v1/query/info``.

        Args:
            identifier: The paybill or till number (sample "666677"). (wire: Identifier)
            identifier_type: "4" paybill, "2" till. (wire: IdentifierType)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``401.001`` Invalid Access
                Token (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.QUERY_ORG_INFO,
            {
                "identifier": identifier,
                "identifier_type": identifier_type,
            },
        )

    def bonga_calculate_points(
        self,
        points: str,
    ) -> models.BongaCalculatePointsResponse:
        """Convert Bonga points to their value in Kenya shillings.

        Synchronous. The rate is KES 0.2 per point (40 points = KES 8).

        ``POST /v1/lipa/na/bonga/calculate-points``.

        Args:
            points: Number of Bonga points, as a digit string (sample "40"). (wire: points)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BONGA_CALCULATE_POINTS,
            {
                "points": points,
            },
        )

    def bonga_redeem_paybill(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        bonga_points: str,
        *,
        conversion_rate: str = "0.2",
        shortcode: str | None = None,
        account_number: str,
    ) -> models.BongaRedeemPaybillResponse:
        """Pay a paybill with a customer's Bonga points.

        The customer's points are converted at conversionRate and paid to the shortcode's account.
        The synchronous answer has a header and a null body; the settlement is posted to the
        shortcode's registered C2B URLs (C2BConfirmation).

        ``POST /v1/lipa/na/bonga/redeem-paybill``. Moves money: never resent unless Daraja provably
        did not process it.

        Args:
            phone_number: The customer redeeming points, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                msisdn)
            amount: Amount to pay in whole Kenya shillings. (wire: amount)
            bonga_points: Points redeemed, as a digit string (see bonga_calculate_points). (wire:
                bongaPoints)
            conversion_rate: KES per point; 0.2 per BONGA. (wire: conversionRate)
            shortcode: The paybill receiving the payment. Defaults to the ``business_shortcode``
                setting (``MPESA_BUSINESS_SHORTCODE``). (wire: shortCode)
            account_number: The account number at the paybill. (wire: accountNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return self._call(
            ops.BONGA_REDEEM_PAYBILL,
            {
                "phone_number": phone_number,
                "amount": amount,
                "bonga_points": bonga_points,
                "conversion_rate": conversion_rate,
                "shortcode": shortcode,
                "account_number": account_number,
            },
        )

    def get_access_token(
        self,
    ) -> str:
        """Get an OAuth access token for the Bearer header of every other API.

        GET with HTTP Basic auth, base64(ConsumerKey + ":" + ConsumerSecret), and the only grant
        type Daraja supports. The token is valid for about an hour (expires_in 3599; the prose says
        3600 s). The runtime caches it and emits mpesa.auth.token_acquired each time it fetches a
        new one.

        ``GET /oauth/v1/generate``.

        Returns:
            access_token: The Bearer token (samples are 28 characters).

        Raises:
            MpesaAuthException: Daraja refused the consumer key and secret, or could not be reached.
        """
        response = self._call(
            ops.GET_ACCESS_TOKEN,
            {},
        )
        return response.access_token


class AsyncMpesaAdapter(AsyncBaseClient):
    """The asyncio twin of :class:`MpesaAdapter`: the same methods, awaited."""

    _operations = ops.OPERATIONS

    async def initiate_stk_push(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        account_reference: str,
        transaction_desc: str = "Payment",
        callback_url: str | None = None,
        *,
        business_shortcode: str | None = None,
        password: str | None = None,
        timestamp: str | None = None,
        transaction_type: Literal[
            "CustomerPayBillOnline", "CustomerBuyGoodsOnline"
        ] = "CustomerPayBillOnline",
        party_b: str | None = None,
    ) -> models.StkPushResponse:
        """Send an M-Pesa Express (STK push) payment prompt to a customer's phone.

        The customer gets a PIN prompt for the amount; Daraja acknowledges at once and POSTs the
        outcome to CallBackURL. Query it with query_stk_push_status when the callback is late.

        ``POST /mpesa/stkpush/v1/processrequest``. Moves money: never resent unless Daraja provably
        did not process it.

        The outcome arrives later as ``models.StkCallback``, POSTed to the URL in ``callback_url``
        (``CallBackURL``).

        Args:
            phone_number: The paying customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire: PartyA,
                PhoneNumber)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: Account or reference shown on the prompt. (wire: AccountReference)
            transaction_desc: Short description. (wire: TransactionDesc)
            callback_url: Where Daraja POSTs the StkCallback. Defaults to the ``callback_url``
                setting (``MPESA_CALLBACK_URL``). (wire: CallBackURL)
            business_shortcode: The paybill or till (head office) shortcode receiving the payment.
                Defaults to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``).
                (wire: BusinessShortCode)
            password: base64(BusinessShortCode + Passkey + Timestamp). Defaults to base64(shortcode
                + the ``passkey`` setting + timestamp). (wire: Password)
            timestamp: YYYYMMDDHHmmss in Africa/Nairobi time, the one used to build Password.
                Defaults to the current Africa/Nairobi time (YYYYMMDDHHmmss). (wire: Timestamp)
            transaction_type: CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a
                till. (wire: TransactionType)
            party_b: The credit party; the till number for CustomerBuyGoodsOnline. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyB)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``passkey``.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``404.001.01`` Resource not found (configuration_error);
                ``404.001.03`` Invalid Access Token (configuration_error); ``405.001`` <METHOD>
                Method Not Allowed (configuration_error); ``500.001.1001`` Merchant does not exist /
                Wrong credentials / Unable to lock subscriber, a transaction is already in process
                for the current subscriber / The transaction is being processed / Internal Server
                Error (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later); ``500.003.1001`` Internal
                Server Error / Urls are already registered / Duplicate notification info, SP ID is
                ..., correlator is ... (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_stk_push_status(**error.resolve_with)`` (``checkout_request_id`` from
                ``CheckoutRequestID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.INITIATE_STK_PUSH,
            {
                "phone_number": phone_number,
                "amount": amount,
                "account_reference": account_reference,
                "transaction_desc": transaction_desc,
                "callback_url": callback_url,
                "business_shortcode": business_shortcode,
                "password": password,
                "timestamp": timestamp,
                "transaction_type": transaction_type,
                "party_b": party_b,
            },
        )

    async def query_stk_push_status(
        self,
        checkout_request_id: str,
        *,
        business_shortcode: str | None = None,
        password: str | None = None,
        timestamp: str | None = None,
    ) -> models.StkQueryResponse:
        """Ask for the outcome of an STK push by its CheckoutRequestID.

        Synchronous. While the prompt is open Daraja answers HTTP 500 with errorCode 500.001.1001
        "The transaction is being processed".

        ``POST /mpesa/stkpushquery/v1/query``.

        Args:
            checkout_request_id: CheckoutRequestID from the STK push acknowledgement. (wire:
                CheckoutRequestID)
            business_shortcode: The shortcode the push was sent with. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire:
                BusinessShortCode)
            password: base64(BusinessShortCode + Passkey + Timestamp), with this request's
                Timestamp. Defaults to base64(shortcode + the ``passkey`` setting + timestamp).
                (wire: Password)
            timestamp: YYYYMMDDHHmmss in Africa/Nairobi time. Defaults to the current Africa/Nairobi
                time (YYYYMMDDHHmmss). (wire: Timestamp)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``passkey``.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.02`` Bad Request -
                Invalid <Field> (configuration_error); ``400.002.05`` Invalid Request Payload
                (configuration_error); ``404.001.03`` Invalid Access Token (configuration_error);
                ``500.001.1001`` Merchant does not exist / Wrong credentials / Unable to lock
                subscriber, a transaction is already in process for the current subscriber / The
                transaction is being processed / Internal Server Error (unknown_outcome);
                ``500.003.02`` Error Occurred: Spike Arrest Violation / System is busy. Please try
                again in few minutes. (retry_later); ``500.003.03`` Quota Violation / Error
                Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.QUERY_STK_PUSH_STATUS,
            {
                "checkout_request_id": checkout_request_id,
                "business_shortcode": business_shortcode,
                "password": password,
                "timestamp": timestamp,
            },
        )

    async def c2b_register_url(
        self,
        confirmation_url: str | None = None,
        validation_url: str | None = None,
        response_type: Literal["Completed", "Cancelled"] = "Completed",
        *,
        shortcode: str | None = None,
    ) -> models.C2BRegisterUrlResponse:
        """Register the C2B Confirmation and Validation URLs of a shortcode (v1).

        Tells M-Pesa where to POST C2BValidation (before a customer's payment completes, only when
        External Validation is enabled on the shortcode) and C2BConfirmation (after it completes).
        v1 callbacks carry the customer MSISDN as a SHA-256 hash (C14: the Register-URL page shows a
        masked number instead). The sandbox lets you re-register any number of times; production
        registration is one-time (a second call answers 500.003.1001 "Urls are already registered";
        change URLs on the org portal under URL Management). The validation reply is due within
        about 8 seconds, otherwise ResponseType decides the outcome.

        ``POST /mpesa/c2b/v1/registerurl``.

        Args:
            confirmation_url: Where M-Pesa POSTs C2BConfirmation. Publicly reachable, HTTPS in
                production, without the words M-PESA, mpesa, Safaricom, exe, exec, cmd, SQL or
                query. Defaults to the ``confirmation_url`` setting (``MPESA_CONFIRMATION_URL``).
                (wire: ConfirmationURL)
            validation_url: Where M-Pesa POSTs C2BValidation; called only when External Validation
                is enabled on the shortcode (disabled by default). Same URL rules as
                ConfirmationURL. Defaults to the ``validation_url`` setting
                (``MPESA_VALIDATION_URL``). (wire: ValidationURL)
            response_type: What M-Pesa does when the ValidationURL is unreachable or slow: Completed
                completes the payment, Cancelled cancels it. Sentence case exactly. (wire:
                ResponseType)
            shortcode: The paybill or till whose URLs are registered. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``400.003.01`` Invalid Access Token
                (configuration_error); ``400.003.02`` Bad Request (configuration_error);
                ``401.003.01`` Error Occurred - Invalid Access Token (configuration_error);
                ``404.001.04`` Invalid Authentication Header (configuration_error); ``404.003.01``
                Resource not found (configuration_error); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.C2B_REGISTER_URL,
            {
                "confirmation_url": confirmation_url,
                "validation_url": validation_url,
                "response_type": response_type,
                "shortcode": shortcode,
            },
        )

    async def c2b_register_url_v2(
        self,
        confirmation_url: str | None = None,
        validation_url: str | None = None,
        response_type: Literal["Completed", "Cancelled"] = "Completed",
        *,
        shortcode: str | None = None,
    ) -> models.C2BRegisterUrlV2Response:
        """Register the C2B Confirmation and Validation URLs of a shortcode (v2).

        Same as c2b_register_url, but the C2BValidation and C2BConfirmation callbacks carry a masked
        MSISDN (e.g. "2547 ***** 126") instead of a hash. Sandbox re-registration is unlimited;
        production registration is one-time (500.003.1001 "Urls are already registered"). The
        validation reply is due within about 8 seconds, otherwise ResponseType decides the outcome.

        ``POST /mpesa/c2b/v2/registerurl``.

        Args:
            confirmation_url: Where M-Pesa POSTs C2BConfirmation. Publicly reachable, HTTPS in
                production, without the words M-PESA, mpesa, Safaricom, exe, exec, cmd, SQL or
                query. Defaults to the ``confirmation_url`` setting (``MPESA_CONFIRMATION_URL``).
                (wire: ConfirmationURL)
            validation_url: Where M-Pesa POSTs C2BValidation; called only when External Validation
                is enabled on the shortcode (disabled by default). Same URL rules as
                ConfirmationURL. Defaults to the ``validation_url`` setting
                (``MPESA_VALIDATION_URL``). (wire: ValidationURL)
            response_type: What M-Pesa does when the ValidationURL is unreachable or slow: Completed
                completes the payment, Cancelled cancels it. Sentence case exactly. (wire:
                ResponseType)
            shortcode: The paybill or till whose URLs are registered. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``400.003.01`` Invalid Access Token
                (configuration_error); ``400.003.02`` Bad Request (configuration_error);
                ``401.003.01`` Error Occurred - Invalid Access Token (configuration_error);
                ``404.001.04`` Invalid Authentication Header (configuration_error); ``404.003.01``
                Resource not found (configuration_error); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.C2B_REGISTER_URL_V2,
            {
                "confirmation_url": confirmation_url,
                "validation_url": validation_url,
                "response_type": response_type,
                "shortcode": shortcode,
            },
        )

    async def c2b_simulate(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        bill_ref_number: str | None = None,
        *,
        shortcode: str | None = None,
        command_id: Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"]
        | enums.CommandID = "CustomerPayBillOnline",
    ) -> models.C2BSimulateResponse:
        """Simulate a customer paying a paybill or till (sandbox only, v1).

        Sandbox only: moves test money from a test MSISDN to a sandbox shortcode. There is no
        callback URL in the request; the payment triggers the C2BValidation (when enabled) and
        C2BConfirmation callbacks to the URLs registered with c2b_register_url, so register them
        before each simulation. Community reports say sandbox C2B callbacks arrive unreliably.

        ``POST /mpesa/c2b/v1/simulate``. Moves money: never resent unless Daraja provably did not
        process it.

        Args:
            phone_number: The paying test MSISDN (the public sandbox one is 254708374149). (wire:
                Msisdn)
            amount: Whole Kenya shillings. (wire: Amount)
            bill_ref_number: The account number; needed for CustomerPayBillOnline, left out (null)
                for CustomerBuyGoodsOnline. At most 20 characters, as the C2B callbacks carry it.
                (wire: BillRefNumber)
            shortcode: The sandbox shortcode being paid (e.g. 600984, 601426). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            command_id: CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
                (wire: CommandID)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.05`` Invalid Request Payload (configuration_error);
                ``400.003.01`` Invalid Access Token (configuration_error); ``400.003.02`` Bad
                Request (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``404.003.01`` Resource not found (configuration_error);
                ``500.003.02`` Error Occurred: Spike Arrest Violation / System is busy. Please try
                again in few minutes. (retry_later); ``500.003.03`` Quota Violation / Error
                Occurred: Quota Violation (retry_later); ``500.003.1001`` Internal Server Error /
                Urls are already registered / Duplicate notification info, SP ID is ..., correlator
                is ... (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.C2B_SIMULATE,
            {
                "phone_number": phone_number,
                "amount": amount,
                "bill_ref_number": bill_ref_number,
                "shortcode": shortcode,
                "command_id": command_id,
            },
        )

    async def c2b_simulate_v2(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        bill_ref_number: str | None = None,
        *,
        shortcode: str | None = None,
        command_id: Literal["CustomerPayBillOnline", "CustomerBuyGoodsOnline"]
        | enums.CommandID = "CustomerPayBillOnline",
    ) -> models.C2BSimulateV2Response:
        """Simulate a customer paying a paybill or till (sandbox only, v2).

        Sandbox only ("Simulation is not supported on production", C15: the page still lists a
        production URL; we offer it in the sandbox only). Moves test money from a test MSISDN to a
        sandbox shortcode. There is no callback URL in the request; the payment triggers the
        C2BValidation (when enabled) and C2BConfirmation callbacks to the URLs registered with
        c2b_register_url_v2, so register them before each simulation.

        ``POST /mpesa/c2b/v2/simulate``. Moves money: never resent unless Daraja provably did not
        process it.

        Args:
            phone_number: The paying test MSISDN (the public sandbox one is 254708374149). (wire:
                Msisdn)
            amount: Whole Kenya shillings. (wire: Amount)
            bill_ref_number: The account number; needed for CustomerPayBillOnline, left out (null)
                for CustomerBuyGoodsOnline. At most 20 characters, as the C2B callbacks carry it.
                (wire: BillRefNumber)
            shortcode: The sandbox shortcode being paid (e.g. 600984, 601426). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            command_id: CustomerPayBillOnline for a paybill, CustomerBuyGoodsOnline for a till.
                (wire: CommandID)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.05`` Invalid Request Payload (configuration_error);
                ``400.003.01`` Invalid Access Token (configuration_error); ``400.003.02`` Bad
                Request (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``404.003.01`` Resource not found (configuration_error);
                ``500.003.02`` Error Occurred: Spike Arrest Violation / System is busy. Please try
                again in few minutes. (retry_later); ``500.003.03`` Quota Violation / Error
                Occurred: Quota Violation (retry_later); ``500.003.1001`` Internal Server Error /
                Urls are already registered / Duplicate notification info, SP ID is ..., correlator
                is ... (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.C2B_SIMULATE_V2,
            {
                "phone_number": phone_number,
                "amount": amount,
                "bill_ref_number": bill_ref_number,
                "shortcode": shortcode,
                "command_id": command_id,
            },
        )

    async def b2c_payment(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        command_id: Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"]
        | enums.CommandID
        | enums.PaymentType = "BusinessPayment",
        remarks: str = "Payment",
        occasion: str | None = None,
        *,
        originator_conversation_id: str | None = None,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        party_a: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2CPaymentResponse:
        """Pay money from the business's B2C shortcode to a customer's M-Pesa wallet (v3).

        Debits the shortcode's Utility account. Daraja acknowledges at once and POSTs the outcome (a
        ResultCallback) to ResultURL, or a timeout notice to QueueTimeOutURL. Callbacks are not
        retried: when none arrives, find the outcome with query_transaction_status using the
        OriginatorConversationID or the receipt. The OriginatorConversationID is the merchant's
        idempotency key: a reused value is refused with 500.002.1001. B2C payments cannot be
        reversed through the API.

        ``POST /mpesa/b2c/v3/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The receiving customer's MSISDN, 12 digits without "+". (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000. (wire: Amount)
            command_id: SalaryPayment (registered customers; unregistered ones are no longer
                supported), BusinessPayment (registered customers), PromotionPayment (registered
                customers, with a congratulatory SMS). (wire: CommandID)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            occasion: Optional free text, 1 to 100 characters. (wire: Occassion)
            originator_conversation_id: Unique per request; the adapter generates one. Reusing it
                answers 500.002.1001 Duplicate OriginatorConversationID. Defaults to a new unique
                ID. (wire: OriginatorConversationID)
            initiator_name: The API operator username (role "ORG B2C API Initiator"). Defaults to
                the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            party_a: The B2C (or one-account) shortcode paying out. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID / System
                internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.B2C_PAYMENT,
            {
                "phone_number": phone_number,
                "amount": amount,
                "command_id": command_id,
                "remarks": remarks,
                "occasion": occasion,
                "originator_conversation_id": originator_conversation_id,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "party_a": party_a,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    async def b2c_payment_v1(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        command_id: Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"]
        | enums.CommandID
        | enums.PaymentType = "BusinessPayment",
        remarks: str = "Payment",
        occasion: str | None = None,
        *,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        party_a: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2CPaymentV1Response:
        """Pay money from the business's B2C shortcode to a customer (legacy v1).

        The legacy B2C path: the same as b2c_payment without the merchant's OriginatorConversationID
        (so no idempotency key; Daraja generates the ID in the acknowledgement) and with the field
        spelled Occasion. Prefer b2c_payment.

        ``POST /mpesa/b2c/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The receiving customer's MSISDN, 12 digits without "+". (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000. (wire: Amount)
            command_id: SalaryPayment, BusinessPayment or PromotionPayment (see b2c_payment). (wire:
                CommandID)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            occasion: Optional free text, 1 to 100 characters. (wire: Occasion)
            initiator_name: The API operator username (role "ORG B2C API Initiator"). Defaults to
                the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            party_a: The B2C shortcode paying out. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.B2C_PAYMENT_V1,
            {
                "phone_number": phone_number,
                "amount": amount,
                "command_id": command_id,
                "remarks": remarks,
                "occasion": occasion,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "party_a": party_a,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    async def b2c_payment_with_validation(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        id_number: str,
        *,
        originator_conversation_id: str | None = None,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["SalaryPayment", "BusinessPayment", "PromotionPayment"]
        | enums.CommandID
        | enums.PaymentType = "BusinessPayment",
        party_a: str | None = None,
        remarks: str = "Payment",
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
        occasion: str | None = None,
        id_type: Literal["01", "02", "03", "04", "05"] = "01",
    ) -> models.B2CValidatedPaymentResponse:
        """Pay a customer only if their registered ID matches (B2C with ID validation).

        B2C v3 plus the recipient's ID type and number: the payment fails (result R002 or R003) when
        they do not match the MSISDN's registration. Needs the separate "B2C with validation" API
        product. Acknowledgement and ResultCallback are as for b2c_payment.

        ``POST /mpesa/b2cvalidate/v2/paymentrequest``. Moves money: never resent unless Daraja
        provably did not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The receiving customer's MSISDN. (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000 (the B2C limits). (wire: Amount)
            id_number: The recipient's ID number; must match the MSISDN's registration. (wire:
                IDNumber)
            originator_conversation_id: Unique per request; the adapter generates one. Defaults to a
                new unique ID. (wire: OriginatorConversationID)
            initiator_name: The API operator username. Defaults to the ``initiator_name`` setting
                (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: SalaryPayment, BusinessPayment or PromotionPayment (see b2c_payment). (wire:
                CommandID)
            party_a: The B2C shortcode paying out. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            occasion: Optional free text, 1 to 100 characters. (wire: Occassion)
            id_type: "01" National ID, "02" Military ID, "03" Alien ID, "04" Diplomatic ID, "05"
                Passport. (wire: IDType)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID / System
                internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.B2C_PAYMENT_WITH_VALIDATION,
            {
                "phone_number": phone_number,
                "amount": amount,
                "id_number": id_number,
                "originator_conversation_id": originator_conversation_id,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "command_id": command_id,
                "party_a": party_a,
                "remarks": remarks,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
                "occasion": occasion,
                "id_type": id_type,
            },
        )

    async def b2pochi_payment(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        remarks: str = "Payment",
        occasion: str | None = None,
        *,
        originator_conversation_id: str | None = None,
        initiator_name: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessPayToPochi"] | enums.CommandID = "BusinessPayToPochi",
        party_a: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2PochiPaymentResponse:
        """Pay money from the business's B2C shortcode to a customer's Pochi la Biashara wallet.

        The B2C v3 body with CommandID BusinessPayToPochi; the receiver must have a Pochi la
        Biashara wallet. Acknowledgement and ResultCallback are as for b2c_payment. An app without
        the B2Pochi product is refused with HTTP 401 401.002.01.

        ``POST /mpesa/b2pochi/v1/paymentrequest``. Moves money: never resent unless Daraja provably
        did not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            phone_number: The MSISDN of the receiver's Pochi la Biashara wallet. (wire: PartyB)
            amount: Whole Kenya shillings, 10 to 250,000. (wire: Amount)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            occasion: Optional free text, 1 to 100 characters. (wire: Occassion)
            originator_conversation_id: Unique per request; the adapter generates one (500.002.1001
                when reused). Defaults to a new unique ID. (wire: OriginatorConversationID)
            initiator_name: The API operator username. Defaults to the ``initiator_name`` setting
                (``MPESA_INITIATOR_NAME``). (wire: InitiatorName)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessPayToPochi. (wire: CommandID)
            party_a: The B2C shortcode paying out. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``401.002.01`` Error Occurred - Invalid Access Token -
                <token> (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID /
                System internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.B2POCHI_PAYMENT,
            {
                "phone_number": phone_number,
                "amount": amount,
                "remarks": remarks,
                "occasion": occasion,
                "originator_conversation_id": originator_conversation_id,
                "initiator_name": initiator_name,
                "security_credential": security_credential,
                "command_id": command_id,
                "party_a": party_a,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    async def business_pay_bill(
        self,
        receiver_shortcode: str,
        amount: int | float | Decimal | str,
        account_reference: str,
        remarks: str = "Payment",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessPayBill"] | enums.CommandID = "BusinessPayBill",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        requester: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
        occasion: str | None = None,
    ) -> models.BusinessPayBillResponse:
        """Pay from the business's shortcode to another business's paybill.

        Moves money from PartyA's Working/MMF account to the receiving paybill's utility account.
        Daraja acknowledges at once and POSTs the outcome (a ResultCallback) to ResultURL; on
        failure ResultParameter is a single BOCompletedTime object and TransactionID a placeholder
        such as OAK0000000 (C37). Callbacks are not retried: when none arrives, find the outcome
        with query_transaction_status.

        ``POST /mpesa/b2b/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            receiver_shortcode: The receiving paybill. (wire: PartyB)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: The account number at the receiving paybill, at most 13 characters.
                (wire: AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Business Paybill Org API initiator").
                Defaults to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire:
                Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessPayBill. (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            requester: Optional MSISDN of the customer on whose behalf the business pays. (wire:
                Requester)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            occasion: Optional free text, at most 100 characters. (wire: Occassion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BUSINESS_PAY_BILL,
            {
                "receiver_shortcode": receiver_shortcode,
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "requester": requester,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
                "occasion": occasion,
            },
        )

    async def business_buy_goods(
        self,
        receiver_shortcode: str,
        amount: int | float | Decimal | str,
        account_reference: str | None = None,
        remarks: str = "Payment",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessBuyGoods"] | enums.CommandID = "BusinessBuyGoods",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        requester: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
        occasion: str | None = None,
    ) -> models.BusinessBuyGoodsResponse:
        """Pay from the business's shortcode to a till, store or head-office number.

        Moves money from PartyA's Working/MMF account to the receiving merchant account. Daraja
        acknowledges at once and POSTs the outcome (a ResultCallback) to ResultURL. Callbacks are
        not retried: when none arrives, find the outcome with query_transaction_status.

        ``POST /mpesa/b2b/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            receiver_shortcode: The receiving till, store or head-office number. (wire: PartyB)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: Optional reference, at most 13 characters (required for Pay Bill
                only; shown in every sample). (wire: AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Business Buy Goods Org API initiator").
                Defaults to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire:
                Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessBuyGoods. (the D3 parameter table copies "BusinessPayBill
                only" from the Pay Bill page; its sample uses BusinessBuyGoods) (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            requester: Optional MSISDN of the customer on whose behalf the business pays. (wire:
                Requester)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            occasion: Optional free text, at most 100 characters. (wire: Occassion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BUSINESS_BUY_GOODS,
            {
                "receiver_shortcode": receiver_shortcode,
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "requester": requester,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
                "occasion": occasion,
            },
        )

    async def b2c_account_top_up(
        self,
        receiver_shortcode: str,
        amount: int | float | Decimal | str,
        account_reference: str | None = None,
        remarks: str = "Top up",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["BusinessPayToBulk"] | enums.CommandID = "BusinessPayToBulk",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        requester: str | None = None,
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.B2CAccountTopUpResponse:
        """Move money from the business's shortcode to a B2C shortcode's utility account.

        Funds a B2C shortcode so that it can pay customers. Moves money from PartyA's Working/MMF
        account to the B2C utility account of PartyB. Daraja acknowledges at once and POSTs the
        outcome (a ResultCallback) to ResultURL. Callbacks are not retried: when none arrives, find
        the outcome with query_transaction_status.

        ``POST /mpesa/b2b/v1/paymentrequest``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            receiver_shortcode: The B2C shortcode being topped up. (wire: PartyB)
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: Optional reference, at most 13 characters (shown in the sample).
                (wire: AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Org Business Pay to Bulk API initiator").
                Defaults to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire:
                Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always BusinessPayToBulk. (the D3 sample column misprints
                BusinessPayToBullk) (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            requester: Optional MSISDN of the customer on whose behalf the business pays. (wire:
                Requester)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.B2C_ACCOUNT_TOP_UP,
            {
                "receiver_shortcode": receiver_shortcode,
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "requester": requester,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    async def tax_remittance(
        self,
        amount: int | float | Decimal | str,
        account_reference: str,
        remarks: str = "Tax remittance",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["PayTaxToKRA"] | enums.CommandID = "PayTaxToKRA",
        sender_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        receiver_identifier_type: Literal["4"] | enums.IdentifierType = "4",
        party_a: str | None = None,
        receiver_shortcode: Literal["572572"] = "572572",
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.TaxRemittanceResponse:
        """Pay tax to the Kenya Revenue Authority (KRA) from the business's shortcode.

        Needs prior integration with KRA for the declaration and the payment registration number
        (PRN), and an initiator with the "Tax Remittance to KRA API" role. Daraja acknowledges at
        once and POSTs the outcome (a ResultCallback) to ResultURL; on failure ResultParameters
        carries BOCompletedTime (as a list in the Tax sample, a single object on the other B2B
        pages: C37). Callbacks are not retried: when none arrives, find the outcome with
        query_transaction_status.

        ``POST /mpesa/b2b/v1/remittax``. Moves money: never resent unless Daraja provably did not
        process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            amount: Whole Kenya shillings. (wire: Amount)
            account_reference: The KRA payment registration number (PRN) being paid. (wire:
                AccountReference)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Tax Remittance to KRA API"). Defaults to the
                ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always PayTaxToKRA. (wire: CommandID)
            sender_identifier_type: The type of PartyA; "4" (shortcode) is the only value. (wire:
                SenderIdentifierType)
            receiver_identifier_type: The type of PartyB; "4" (shortcode) is the only value. The
                wire key is misspelled RecieverIdentifierType by Daraja and must be sent that way.
                (wire: RecieverIdentifierType)
            party_a: The paying shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            receiver_shortcode: KRA's shortcode; 572572 is the only value allowed. (wire: PartyB)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``400.002.05`` Invalid Request Payload (configuration_error);
                ``401.002.01`` Error Occurred - Invalid Access Token - <token>
                (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.TAX_REMITTANCE,
            {
                "amount": amount,
                "account_reference": account_reference,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "sender_identifier_type": sender_identifier_type,
                "receiver_identifier_type": receiver_identifier_type,
                "party_a": party_a,
                "receiver_shortcode": receiver_shortcode,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    async def b2b_express_checkout(
        self,
        primary_shortcode: str,
        amount: int | float | Decimal | str,
        payment_ref: str,
        partner_name: str,
        *,
        receiver_shortcode: str | None = None,
        callback_url: str | None = None,
        request_ref_id: str | None = None,
    ) -> models.B2BExpressCheckoutResponse:
        """Send a USSD payment prompt to a merchant's till operator to pay the business (B2B Express
        CheckOut).

        The vendor (this business, receiverShortCode) asks a merchant (primaryShortCode, a till) to
        pay it: the prompt goes to the operator on the till's Nominated Number, who enters the
        operator ID and PIN. Daraja acknowledges with {"code": "0", "status": "USSD Initiated
        Successfully"} and POSTs a flat camelCase B2BExpressCallback to callbackUrl. The
        acknowledgement carries no identifier: match the callback by the RequestRefID sent.

        ``POST /v1/ussdpush/get-msisdn``. Moves money: never resent unless Daraja provably did not
        process it.

        The outcome arrives later as ``models.B2BExpressCallback``, POSTed to the URL in
        ``callback_url`` (``callbackUrl``).

        Args:
            primary_shortcode: The debit party, the merchant's till. (wire: primaryShortCode)
            amount: Whole Kenya shillings. (wire: amount)
            payment_ref: The reference shown to the merchant. (wire: paymentRef)
            partner_name: The vendor's friendly name shown in the prompt. (wire: partnerName)
            receiver_shortcode: The credit party, this business's (the vendor's) paybill. Defaults
                to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire:
                receiverShortCode)
            callback_url: Where Daraja POSTs the B2BExpressCallback. Defaults to the
                ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire: callbackUrl)
            request_ref_id: Unique per request (a UUID); the adapter generates one. Defaults to a
                new unique ID. (wire: RequestRefID)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.B2B_EXPRESS_CHECKOUT,
            {
                "primary_shortcode": primary_shortcode,
                "amount": amount,
                "payment_ref": payment_ref,
                "partner_name": partner_name,
                "receiver_shortcode": receiver_shortcode,
                "callback_url": callback_url,
                "request_ref_id": request_ref_id,
            },
        )

    async def query_transaction_status(
        self,
        transaction_id: str | None = None,
        party_a: str | None = None,
        identifier_type: Literal["1", "2", "4"] | enums.IdentifierType = "4",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["TransactionStatusQuery"] | enums.CommandID = "TransactionStatusQuery",
        original_conversation_id: str | None = None,
        result_url: str | None = None,
        queue_timeout_url: str | None = None,
        remarks: str = "Transaction status query",
        occasion: str | None = None,
    ) -> models.TransactionStatusResponse:
        """Ask for the status of a C2B, B2C, B2B, reversal or IMT transaction.

        Identify the transaction by its M-Pesa receipt (TransactionID), by the
        OriginatorConversationID it was sent with (OriginalConversationID), or both: at least one of
        the two is needed. A read: Daraja acknowledges at once and POSTs the status as a
        ResultCallback to ResultURL. This is how an unknown B2C/B2B/reversal outcome is resolved.
        Transaction states: Initiated, Authorized / Pending Authorized, then Cancelled, Declined,
        Completed or Expired.

        ``POST /mpesa/transactionstatus/v1/query``.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            transaction_id: The M-Pesa receipt of the transaction. (wire: TransactionID)
            party_a: The organisation that took part in the transaction: a shortcode (the docs say 6
                to 9 digits) or an MSISDN (12 digits), matching IdentifierType. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: PartyA)
            identifier_type: The type of PartyA: "1" MSISDN, "2" till number, "4" shortcode. (wire:
                IdentifierType)
            initiator: The API operator username (role "Transaction Status query ORG API"). Defaults
                to the ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always TransactionStatusQuery. (wire: CommandID)
            original_conversation_id: The OriginatorConversationID the transaction was sent with.
                (wire: OriginalConversationID)
            result_url: Where Daraja POSTs the ResultCallback with the status. Defaults to the
                ``result_url`` setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            occasion: Optional free text, at most 100 characters (spelled Occasion on this API).
                (wire: Occasion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``400.003.01`` Invalid Access Token
                (configuration_error); ``400.003.02`` Bad Request (configuration_error);
                ``404.001.04`` Invalid Authentication Header (configuration_error); ``404.003.01``
                Resource not found (configuration_error); ``500.003.02`` Error Occurred: Spike
                Arrest Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.QUERY_TRANSACTION_STATUS,
            {
                "transaction_id": transaction_id,
                "party_a": party_a,
                "identifier_type": identifier_type,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "original_conversation_id": original_conversation_id,
                "result_url": result_url,
                "queue_timeout_url": queue_timeout_url,
                "remarks": remarks,
                "occasion": occasion,
            },
        )

    async def get_account_balance(
        self,
        identifiers: Literal["2", "4"] | enums.IdentifierType = "4",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["AccountBalance"] | enums.CommandID = "AccountBalance",
        party_a: str | None = None,
        remarks: str = "Account balance query",
        queue_timeout_url: str | None = None,
        result_url: str | None = None,
    ) -> models.AccountBalanceResponse:
        """Ask for the balances of the business's shortcode accounts.

        A read: Daraja acknowledges at once and POSTs a ResultCallback to ResultURL whose
        AccountBalance parameter lists every account of the shortcode joined by "&", each as
        Name|Currency|Current|Available|Reserved|Uncleared (e.g. "Working
        Account|KES|700000.00|700000.00|0.00|0.00&Utility Account|KES|228037.00|..."). Callbacks are
        not retried; ask again if none arrives.

        ``POST /mpesa/accountbalance/v1/query``.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            identifiers: The type of PartyA: "4" shortcode (the D3 value) or "2" till; "1" (MSISDN)
                is refused. (wire: IdentifierType)
            initiator: The API operator username. Defaults to the ``initiator_name`` setting
                (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always AccountBalance. (wire: CommandID)
            party_a: The shortcode being queried (your own, or a store under your head office).
                Defaults to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``).
                (wire: PartyA)
            remarks: Free text, at most 100 characters. (wire: Remarks)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            result_url: Where Daraja POSTs the ResultCallback with the balances. Defaults to the
                ``result_url`` setting (``MPESA_RESULT_URL``). (wire: ResultURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``00.002.1001`` Service is
                currently under maintenance (retry_later); ``400.002.02`` Bad Request - Invalid
                <Field> (configuration_error); ``401.002.01`` Error Occurred - Invalid Access Token
                - <token> (configuration_error); ``404.002.01`` Resource not found
                (configuration_error); ``405.001`` <METHOD> Method Not Allowed
                (configuration_error); ``500.002.1001`` Duplicate OriginatorConversationID / System
                internal error. (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later);
                ``500.003.1001`` Internal Server Error / Urls are already registered / Duplicate
                notification info, SP ID is ..., correlator is ... (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.GET_ACCOUNT_BALANCE,
            {
                "identifiers": identifiers,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "party_a": party_a,
                "remarks": remarks,
                "queue_timeout_url": queue_timeout_url,
                "result_url": result_url,
            },
        )

    async def reverse_transaction(
        self,
        transaction_id: str,
        amount: int | float | Decimal | str,
        remarks: str = "Reversal",
        *,
        initiator: str | None = None,
        security_credential: str | None = None,
        command_id: Literal["TransactionReversal"] | enums.CommandID = "TransactionReversal",
        receiver_party: str | None = None,
        receiver_identifier_type: Literal["11"] | enums.IdentifierType = "11",
        result_url: str | None = None,
        queue_timeout_url: str | None = None,
        occasion: str | None = None,
    ) -> models.ReversalResponse:
        """Reverse a C2B payment (paybill, till or M-Pesa Express) received by the business.

        Only C2B receipts can be reversed, M-Pesa Express payments included; B2C payments cannot
        (portal only). Daraja acknowledges at once and POSTs the outcome (a ResultCallback) to
        ResultURL; a failure looks like ResultCode "R000002" "The OriginalTransactionID is invalid."
        with a placeholder TransactionID. Callbacks are not retried: when none arrives, find the
        outcome with query_transaction_status.

        ``POST /mpesa/reversal/v1/request``. Moves money: never resent unless Daraja provably did
        not process it.

        The outcome arrives later as ``models.ResultCallback``, POSTed to the URL in ``result_url``
        (``ResultURL``); a queue timeout notice goes to ``queue_timeout_url``.

        Args:
            transaction_id: The M-Pesa receipt of the C2B transaction to reverse. (wire:
                TransactionID)
            amount: Whole Kenya shillings; the amount of the transaction being reversed. (wire:
                Amount)
            remarks: Free text, 2 to 100 characters. (wire: Remarks)
            initiator: The API operator username (role "Org Reversals Initiator"). Defaults to the
                ``initiator_name`` setting (``MPESA_INITIATOR_NAME``). (wire: Initiator)
            security_credential: The initiator password RSA-encrypted (PKCS#1 v1.5) with the M-Pesa
                certificate, Base64. Defaults to the ``security_credential`` setting, else the
                ``initiator_password`` setting encrypted with the M-Pesa certificate. (wire:
                SecurityCredential)
            command_id: Always TransactionReversal. (wire: CommandID)
            receiver_party: Your organisation's shortcode, the one that received the payment.
                Defaults to the ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``).
                (wire: ReceiverParty)
            receiver_identifier_type: Always "11". The wire key is misspelled RecieverIdentifierType
                by Daraja; the correct spelling is refused with 400.002.02 "Bad Request - Invalid
                RecieverIdentifierType". (wire: RecieverIdentifierType)
            result_url: Where Daraja POSTs the ResultCallback. Defaults to the ``result_url``
                setting (``MPESA_RESULT_URL``). (wire: ResultURL)
            queue_timeout_url: Where Daraja POSTs a notice when the request times out in its queue.
                Defaults to the ``timeout_url`` setting (``MPESA_TIMEOUT_URL``). (wire:
                QueueTimeOutURL)
            occasion: Optional free text, sent only when given. (wire: Occasion)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaConfigError: A setting it needs is missing: the ``security_credential`` (or
                ``initiator_password`` and certificate).
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope, or ``ResponseCode``
                other than ``"0"``); ``error_code``, ``meaning`` and ``category`` say why.
                Documented codes: ``400.002.02`` Bad Request - Invalid <Field>
                (configuration_error); ``404.001.01`` Resource not found (configuration_error);
                ``404.001.03`` Invalid Access Token (configuration_error); ``500.001.1001`` Merchant
                does not exist / Wrong credentials / Unable to lock subscriber, a transaction is
                already in process for the current subscriber / The transaction is being processed /
                Internal Server Error (unknown_outcome); ``500.003.02`` Error Occurred: Spike Arrest
                Violation / System is busy. Please try again in few minutes. (retry_later);
                ``500.003.03`` Quota Violation / Error Occurred: Quota Violation (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Find the outcome with
                ``query_transaction_status(**error.resolve_with)`` (``original_conversation_id``
                from ``OriginatorConversationID``).
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.REVERSE_TRANSACTION,
            {
                "transaction_id": transaction_id,
                "amount": amount,
                "remarks": remarks,
                "initiator": initiator,
                "security_credential": security_credential,
                "command_id": command_id,
                "receiver_party": receiver_party,
                "receiver_identifier_type": receiver_identifier_type,
                "result_url": result_url,
                "queue_timeout_url": queue_timeout_url,
                "occasion": occasion,
            },
        )

    async def generate_dynamic_qr(
        self,
        merchant_name: str,
        ref_no: str,
        amount: int | float | Decimal | str,
        trx_code: Literal["BG", "WA", "PB", "SM", "SB"],
        cpi: str,
        *,
        size: str = "300",
    ) -> models.DynamicQrResponse:
        """Generate a Dynamic M-Pesa QR code (Base64 PNG) for a payment.

        Synchronous. The QR code encodes the merchant, amount, reference and payment kind (TrxCode);
        the customer scans it with the M-Pesa app to pay. The answer carries the image as a
        Base64-encoded PNG in QRCode.

        ``POST /mpesa/qrcode/v1/generate``.

        Args:
            merchant_name: Company or M-Pesa merchant name shown to the payer. (wire: MerchantName)
            ref_no: Transaction reference. (wire: RefNo)
            amount: Total amount in whole Kenya shillings. (wire: Amount)
            trx_code: BG pay merchant (buy goods), WA withdraw cash at an agent till, PB paybill or
                business number, SM send money (mobile number), SB send to business (business number
                CPI in MSISDN format). (wire: TrxCode)
            cpi: Credit party identifier: a mobile number, business number, agent till, paybill or
                till (samples "373132", "174379"). (wire: CPI)
            size: Side of the square QR image in pixels, as a digit string (e.g. "300"). (wire:
                Size)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.002.05`` Invalid
                Request Payload (configuration_error); ``404.001.04`` Invalid Authentication Header
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.GENERATE_DYNAMIC_QR,
            {
                "merchant_name": merchant_name,
                "ref_no": ref_no,
                "amount": amount,
                "trx_code": trx_code,
                "cpi": cpi,
                "size": size,
            },
        )

    async def create_standing_order(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        standing_order_name: str,
        start_date: str,
        end_date: str,
        frequency: Literal["1", "2", "3", "4", "5", "6", "7", "8"],
        *,
        business_shortcode: str | None = None,
        transaction_type: Literal[
            "Standing Order Customer Pay Bill",
            "Standing Order Customer Pay Merchant",
            "Standing Order Customer Pay Marchant",
        ] = "Standing Order Customer Pay Bill",
        receiver_party_identifier_type: Literal["4", "2"] | enums.IdentifierType = "4",
        callback_url: str | None = None,
        account_reference: str | None = None,
        transaction_desc: str = "Payment",
        custom_sto_id: str | None = None,
    ) -> models.StandingOrderResponse:
        """Create an M-Pesa Ratiba standing order (recurring payment) from a customer.

        A commercial API (Go-Live through apisupport@safaricom.co.ke). The customer gets an STK
        prompt to consent to the standing order; Daraja acknowledges at once and POSTs the outcome
        to CallBackURL. Once consented, the customer is debited on every Frequency period from
        StartDate to EndDate.

        ``POST /standingorder/v1/createStandingOrderExternal``. Moves money: never resent unless
        Daraja provably did not process it.

        The outcome arrives later as ``models.RatibaCallback``, POSTed to the URL in
        ``callback_url`` (``CallBackURL``).

        Args:
            phone_number: The paying customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire: PartyA)
            amount: Amount of each debit, whole Kenya shillings. (wire: Amount)
            standing_order_name: Name of the standing order; unique per customer (a duplicate gives
                result 1050). (wire: StandingOrderName)
            start_date: First debit date, yyyymmdd. (wire: StartDate)
            end_date: Last debit date, yyyymmdd. (wire: EndDate)
            frequency: "1" One Off, "2" Daily, "3" Weekly, "4" Monthly, "5" Bi-Monthly, "6"
                Quarterly, "7" Half Year, "8" Yearly. (wire: Frequency)
            business_shortcode: The receiving paybill or till shortcode. Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire:
                BusinessShortCode)
            transaction_type: "Standing Order Customer Pay Bill" for a paybill, "Standing Order
                Customer Pay Merchant" for a till (buy goods). (wire: TransactionType)
            receiver_party_identifier_type: "4" paybill, "2" till. (wire:
                ReceiverPartyIdentifierType)
            callback_url: Where Daraja POSTs the RatibaCallback. Defaults to the ``callback_url``
                setting (``MPESA_CALLBACK_URL``). (wire: CallBackURL)
            account_reference: Account number for a paybill; required for "Standing Order Customer
                Pay Bill". (wire: AccountReference)
            transaction_desc: Short description, 13 characters at most. (wire: TransactionDesc)
            custom_sto_id: Merchant's own standing-order ID. (wire: CustomStoId)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.CREATE_STANDING_ORDER,
            {
                "phone_number": phone_number,
                "amount": amount,
                "standing_order_name": standing_order_name,
                "start_date": start_date,
                "end_date": end_date,
                "frequency": frequency,
                "business_shortcode": business_shortcode,
                "transaction_type": transaction_type,
                "receiver_party_identifier_type": receiver_party_identifier_type,
                "callback_url": callback_url,
                "account_reference": account_reference,
                "transaction_desc": transaction_desc,
                "custom_sto_id": custom_sto_id,
            },
        )

    async def bill_manager_opt_in(
        self,
        email: str,
        official_contact: str,
        *,
        shortcode: str | None = None,
        send_reminders: Literal["0", "1"] = "1",
        logo: str | None = None,
        callback_url: str | None = None,
    ) -> models.BillManagerOptInResponse:
        """Opt a shortcode in to Bill Manager; returns the app_key for later calls.

        One-time registration of the paybill with Bill Manager. Keep the returned app_key
        (MpesaConfig.bill_manager_app_key): every other Bill Manager call sends it in the appKey
        header. Customer payments against invoices are pushed to callbackurl (BillManagerPayment).

        ``POST /v1/billmanager-invoice/optin``.

        The outcome arrives later as ``models.BillManagerPayment``, POSTed to the URL in
        ``callback_url`` (``callbackurl``).

        Args:
            email: The business's official email address. (wire: email)
            official_contact: The business's official contact phone number. (wire: officialContact)
            shortcode: The paybill opting in (5 to 6 digits per D3). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: shortcode)
            send_reminders: "1" to send reminder SMS (7 days and 3 days before the due date, and on
                it), "0" for none. (wire: sendReminders)
            logo: Optional logo (JPEG image) shown on invoices. (wire: logo)
            callback_url: Where Bill Manager pushes payments against invoices (BillManagerPayment).
                Defaults to the ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire:
                callbackurl)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_OPT_IN,
            {
                "email": email,
                "official_contact": official_contact,
                "shortcode": shortcode,
                "send_reminders": send_reminders,
                "logo": logo,
                "callback_url": callback_url,
            },
        )

    async def bill_manager_update_opt_in(
        self,
        email: str,
        official_contact: str,
        *,
        shortcode: str | None = None,
        send_reminders: Literal["0", "1"] = "1",
        logo: str | None = None,
        callback_url: str | None = None,
        app_key: str | None = None,
    ) -> models.BillManagerUpdateOptInResponse:
        """Change a shortcode's Bill Manager opt-in details.

        ``POST /v1/billmanager-invoice/change-optin-details``.

        The outcome arrives later as ``models.BillManagerPayment``, POSTed to the URL in
        ``callback_url`` (``callbackurl``).

        Args:
            email: The business's official email address. (wire: email)
            official_contact: The business's official contact phone number. (wire: officialContact)
            shortcode: The paybill opting in (5 to 6 digits per D3). Defaults to the
                ``business_shortcode`` setting (``MPESA_BUSINESS_SHORTCODE``). (wire: shortcode)
            send_reminders: "1" to send reminder SMS (7 days and 3 days before the due date, and on
                it), "0" for none. (wire: sendReminders)
            logo: Optional logo (JPEG image) shown on invoices. (wire: logo)
            callback_url: New URL for payment pushes; optional here. Defaults to the
                ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire: callbackurl)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_UPDATE_OPT_IN,
            {
                "email": email,
                "official_contact": official_contact,
                "shortcode": shortcode,
                "send_reminders": send_reminders,
                "logo": logo,
                "callback_url": callback_url,
                "app_key": app_key,
            },
        )

    async def bill_manager_send_invoice(
        self,
        external_reference: str,
        billed_full_name: str,
        billed_phone_number: str,
        amount: int | float | Decimal | str,
        due_date: str,
        *,
        billed_period: str,
        invoice_name: str,
        account_reference: str,
        invoice_items: Sequence[
            models.BillManagerSendInvoiceRequestInvoiceItemsItem | Mapping[str, Any]
        ]
        | None = None,
        app_key: str | None = None,
    ) -> models.BillManagerSendInvoiceResponse:
        """Send one e-invoice to a customer by SMS.

        The customer receives the invoice (and reminders if opted in) and pays it with the paybill
        and accountReference; the payment is pushed to the opt-in callbackurl.

        ``POST /v1/billmanager-invoice/single-invoicing``.

        Args:
            external_reference: The merchant's unique invoice reference (a reused one gives 409).
                (wire: externalReference)
            billed_full_name: The customer's full name. (wire: billedFullName)
            billed_phone_number: The customer's Safaricom number (07XXXXXXXX in the D3 samples).
                (wire: billedPhoneNumber)
            amount: Invoice total in whole Kenya shillings (no commas). (wire: amount)
            due_date: Due date, "2021-10-12" or "2021-09-15 00:00:00.00". (wire: dueDate)
            billed_period: The period billed, e.g. "August 2021". (wire: billedPeriod)
            invoice_name: Invoice title. (wire: invoiceName)
            account_reference: The account number the customer pays to. (wire: accountReference)
            invoice_items: Optional line items. (wire: invoiceItems)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_SEND_INVOICE,
            {
                "external_reference": external_reference,
                "billed_full_name": billed_full_name,
                "billed_phone_number": billed_phone_number,
                "amount": amount,
                "due_date": due_date,
                "billed_period": billed_period,
                "invoice_name": invoice_name,
                "account_reference": account_reference,
                "invoice_items": invoice_items,
                "app_key": app_key,
            },
        )

    async def bill_manager_send_bulk_invoices(
        self,
        invoices: Sequence[models.BillManagerInvoice | Mapping[str, Any]],
        *,
        app_key: str | None = None,
    ) -> models.BillManagerSendBulkInvoicesResponse:
        """Send up to 1000 e-invoices in one call.

        ``POST /v1/billmanager-invoice/bulk-invoicing``.

        Args:
            invoices: The BillManagerInvoice items of the body.
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_SEND_BULK_INVOICES,
            {
                "invoices": invoices,
                "app_key": app_key,
            },
        )

    async def bill_manager_reconcile(
        self,
        transaction_id: str,
        external_reference: str,
        *,
        payment_date: str,
        paid_amount: int | float | Decimal | str,
        account_reference: str,
        phone_number: str,
        full_name: str,
        invoice_name: str,
        app_key: str | None = None,
    ) -> models.BillManagerReconcileResponse:
        """Acknowledge a Bill Manager payment (reconciliation).

        The merchant's acknowledgement of a payment pushed to callbackurl, echoing its details; Bill
        Manager then sends the customer an e-receipt.

        ``POST /v1/billmanager-invoice/reconciliation``.

        Args:
            transaction_id: The M-Pesa receipt of the payment. (wire: transactionId)
            external_reference: (wire: externalReference)
            payment_date: Date of the payment (the push's dateCreated). (wire: paymentDate)
            paid_amount: Amount paid in whole Kenya shillings. (wire: paidAmount)
            account_reference: (wire: accountReference)
            phone_number: The paying customer's number. (wire: phoneNumber)
            full_name: (wire: fullName)
            invoice_name: (wire: invoiceName)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_RECONCILE,
            {
                "transaction_id": transaction_id,
                "external_reference": external_reference,
                "payment_date": payment_date,
                "paid_amount": paid_amount,
                "account_reference": account_reference,
                "phone_number": phone_number,
                "full_name": full_name,
                "invoice_name": invoice_name,
                "app_key": app_key,
            },
        )

    async def bill_manager_cancel_invoice(
        self,
        external_reference: str,
        *,
        app_key: str | None = None,
    ) -> models.BillManagerCancelInvoiceResponse:
        """Cancel one unpaid invoice by its externalReference.

        ``POST /v1/billmanager-invoice/cancel-single-invoice``.

        Args:
            external_reference: The invoice's externalReference. (wire: externalReference)
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_CANCEL_INVOICE,
            {
                "external_reference": external_reference,
                "app_key": app_key,
            },
        )

    async def bill_manager_cancel_bulk_invoices(
        self,
        external_references: Sequence[models.BillManagerInvoiceReference | Mapping[str, Any]],
        *,
        app_key: str | None = None,
    ) -> models.BillManagerCancelBulkInvoicesResponse:
        """Cancel up to 1000 unpaid invoices by their externalReference.

        Partially or fully paid invoices cannot be cancelled (409 Conflict).

        ``POST /v1/billmanager-invoice/cancel-bulk-invoices``.

        Args:
            external_references: The BillManagerInvoiceReference items of the body.
            app_key: The app_key returned by bill_manager_opt_in. Defaults to the
                ``bill_manager_app_key`` setting (``MPESA_BILL_MANAGER_APP_KEY``). (wire: appKey)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BILL_MANAGER_CANCEL_BULK_INVOICES,
            {
                "external_references": external_references,
                "app_key": app_key,
            },
        )

    async def pull_transactions_register(
        self,
        nominated_number: str,
        *,
        shortcode: str | None = None,
        request_type: Literal["Pull"] = "Pull",
        callback_url: str | None = None,
    ) -> models.PullRegisterResponse:
        """Register a shortcode for the Pull Transactions API (one-time).

        One-time registration; the shortcode must be live in production, and NominatedNumber must be
        the MSISDN in the shortcode's KYC. ResponseStatus "1000" means registered, "1001" already
        registered.

        ``POST /pulltransactions/v1/register``.

        Args:
            nominated_number: The MSISDN in the shortcode's KYC, 07XXXXXXXX or 2547XXXXXXXX. (wire:
                NominatedNumber)
            shortcode: The shortcode to register. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            request_type: (wire: RequestType)
            callback_url: The merchant's callback URL for the registration. Defaults to the
                ``callback_url`` setting (``MPESA_CALLBACK_URL``). (wire: CallBackURL)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.001`` Invalid
                ShortCode (configuration_error); ``401.001`` Invalid Access Token
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer; a request that may
                have arrived is not sent again (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.PULL_TRANSACTIONS_REGISTER,
            {
                "nominated_number": nominated_number,
                "shortcode": shortcode,
                "request_type": request_type,
                "callback_url": callback_url,
            },
        )

    async def pull_transactions_query(
        self,
        start_date: str,
        end_date: str,
        *,
        shortcode: str | None = None,
        offset_value: str = "0",
    ) -> models.PullQueryResponse:
        """Pull the shortcode's C2B transactions in a time window (last 48 hours only).

        Synchronous. Dates are "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm" and must fall in the last
        48 hours; only C2B transactions are returned. OffSetValue is a row offset (not a page
        number) starting at "0". ResponseCode "1000" means success, "1001" no transactions.

        ``POST /pulltransactions/v1/query``.

        Args:
            start_date: Window start, "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm". (wire: StartDate)
            end_date: Window end, "YYYY-MM-DD HH:mm:ss" or "YYYY-MM-DD HH:mm". (wire: EndDate)
            shortcode: The registered shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: ShortCode)
            offset_value: Row offset (not a page number), starting at "0". (wire: OffSetValue)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``400.001`` Invalid
                ShortCode (configuration_error); ``401.001`` Invalid Access Token
                (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.PULL_TRANSACTIONS_QUERY,
            {
                "start_date": start_date,
                "end_date": end_date,
                "shortcode": shortcode,
                "offset_value": offset_value,
            },
        )

    async def check_sim_swap(
        self,
        phone_number: str,
    ) -> models.SimSwapResponse:
        """Ask when a customer's SIM was last swapped.

        Synchronous. lastSwapDate "01-01-1900 00:00" means the SIM was swapped more than three
        months ago (or never). Commercial: KES 50,000 connection, first 200,000 requests free, then
        KES 1 per request.

        ``POST /imsi/v2/checkATI``.

        Args:
            phone_number: The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                customerNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.CHECK_SIM_SWAP,
            {
                "phone_number": phone_number,
            },
        )

    async def check_imsi(
        self,
        phone_number: str,
    ) -> models.ImsiResponse:
        """Look up a customer's (hashed) IMSI, last SIM swap and registration dates.

        Synchronous. Commercial, KES 20 per call.

        ``POST /imsi/v1/checkATI``.

        Args:
            phone_number: The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                customerNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.CHECK_IMSI,
            {
                "phone_number": phone_number,
            },
        )

    async def check_age_on_network(
        self,
        phone_number: str,
    ) -> models.AgeOnNetworkResponse:
        """Ask when a customer's SIM was registered (age on network).

        Synchronous. The answer gives the SIM registration date; its keys are not documented in any
        official page, so the response model declares none and keeps every key received.

        ``POST /registration/lookup/v1/checkATI``.

        Args:
            phone_number: The customer's MSISDN, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                customerNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.CHECK_AGE_ON_NETWORK,
            {
                "phone_number": phone_number,
            },
        )

    async def validate_kyc_id(
        self,
        phone_number: str,
        id_number: str,
        id_type: Literal["01", "02", "05"] = "01",
        *,
        request_ref_id: str | None = None,
        shortcode: str | None = None,
    ) -> models.KycValidateIdResponse:
        """Check that an ID document number matches a mobile number's KYC (no PII returned).

        ``POST /v1/KYC-validation/validateID``.

        Args:
            phone_number: The MSISDN whose KYC is checked. (wire: msisdn)
            id_number: The ID document number. (wire: idNumber)
            id_type: "01" National ID, "02" Military ID, "05" Passport. (wire: idType)
            request_ref_id: The merchant's unique reference for this request. Defaults to a new
                unique ID. (wire: requestRefID)
            shortcode: The organisation's shortcode. Defaults to the ``business_shortcode`` setting
                (``MPESA_BUSINESS_SHORTCODE``). (wire: shortCode)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why.
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.VALIDATE_KYC_ID,
            {
                "phone_number": phone_number,
                "id_number": id_number,
                "id_type": id_type,
                "request_ref_id": request_ref_id,
                "shortcode": shortcode,
            },
        )

    async def query_org_info(
        self,
        identifier: str,
        identifier_type: Literal["2", "4"] | enums.IdentifierType = "4",
    ) -> models.OrgInfoResponse:
        """Look up the organisation behind a paybill or till (B2B Hakikisha).

        Synchronous; OAuth token only, no initiator. Use it to confirm the name of a paybill or till
        before paying it.

        ``POST /sfcverify/v1/query/info``.

        Args:
            identifier: The paybill or till number (sample "666677"). (wire: Identifier)
            identifier_type: "4" paybill, "2" till. (wire: IdentifierType)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``401.001`` Invalid Access
                Token (configuration_error); ``500.003.02`` Error Occurred: Spike Arrest Violation /
                System is busy. Please try again in few minutes. (retry_later); ``500.003.03`` Quota
                Violation / Error Occurred: Quota Violation (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.QUERY_ORG_INFO,
            {
                "identifier": identifier,
                "identifier_type": identifier_type,
            },
        )

    async def bonga_calculate_points(
        self,
        points: str,
    ) -> models.BongaCalculatePointsResponse:
        """Convert Bonga points to their value in Kenya shillings.

        Synchronous. The rate is KES 0.2 per point (40 points = KES 8).

        ``POST /v1/lipa/na/bonga/calculate-points``.

        Args:
            points: Number of Bonga points, as a digit string (sample "40"). (wire: points)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaTransportError: Daraja could not be reached or did not answer, even after the
                configured resends (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BONGA_CALCULATE_POINTS,
            {
                "points": points,
            },
        )

    async def bonga_redeem_paybill(
        self,
        phone_number: str,
        amount: int | float | Decimal | str,
        bonga_points: str,
        *,
        conversion_rate: str = "0.2",
        shortcode: str | None = None,
        account_number: str,
    ) -> models.BongaRedeemPaybillResponse:
        """Pay a paybill with a customer's Bonga points.

        The customer's points are converted at conversionRate and paid to the shortcode's account.
        The synchronous answer has a header and a null body; the settlement is posted to the
        shortcode's registered C2B URLs (C2BConfirmation).

        ``POST /v1/lipa/na/bonga/redeem-paybill``. Moves money: never resent unless Daraja provably
        did not process it.

        Args:
            phone_number: The customer redeeming points, 2547XXXXXXXX or 2541XXXXXXXX. (wire:
                msisdn)
            amount: Amount to pay in whole Kenya shillings. (wire: amount)
            bonga_points: Points redeemed, as a digit string (see bonga_calculate_points). (wire:
                bongaPoints)
            conversion_rate: KES per point; 0.2 per BONGA. (wire: conversionRate)
            shortcode: The paybill receiving the payment. Defaults to the ``business_shortcode``
                setting (``MPESA_BUSINESS_SHORTCODE``). (wire: shortCode)
            account_number: The account number at the paybill. (wire: accountNumber)

        Raises:
            MpesaValidationError: An argument breaks a rule of the spec; nothing was sent.
            MpesaAuthException: No access token: Daraja refused the consumer key and secret.
            MpesaAPIException: Daraja refused the request (an error envelope); ``error_code``,
                ``meaning`` and ``category`` say why. Documented codes: ``500.003.02`` Error
                Occurred: Spike Arrest Violation / System is busy. Please try again in few minutes.
                (retry_later); ``500.003.03`` Quota Violation / Error Occurred: Quota Violation
                (retry_later).
            MpesaOutcomeUnknownError: The request may have reached Daraja but no usable answer came
                back, so money may have moved: never send it again. Wait for its callback; the
                error's ``ids`` identify the request.
            MpesaTransportError: Daraja could not be reached, so nothing was sent
                (``MpesaConnectionError``, ``MpesaTimeoutError``).
        """
        return await self._call(
            ops.BONGA_REDEEM_PAYBILL,
            {
                "phone_number": phone_number,
                "amount": amount,
                "bonga_points": bonga_points,
                "conversion_rate": conversion_rate,
                "shortcode": shortcode,
                "account_number": account_number,
            },
        )

    async def get_access_token(
        self,
    ) -> str:
        """Get an OAuth access token for the Bearer header of every other API.

        GET with HTTP Basic auth, base64(ConsumerKey + ":" + ConsumerSecret), and the only grant
        type Daraja supports. The token is valid for about an hour (expires_in 3599; the prose says
        3600 s). The runtime caches it and emits mpesa.auth.token_acquired each time it fetches a
        new one.

        ``GET /oauth/v1/generate``.

        Returns:
            access_token: The Bearer token (samples are 28 characters).

        Raises:
            MpesaAuthException: Daraja refused the consumer key and secret, or could not be reached.
        """
        response = await self._call(
            ops.GET_ACCESS_TOKEN,
            {},
        )
        return response.access_token
