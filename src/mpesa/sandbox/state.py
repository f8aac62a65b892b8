"""Everything the local Daraja remembers: credentials, money, transactions, and test controls.

One :class:`SandboxState` backs one sandbox server. It holds the configured credentials, the
business accounts and customer wallets (``Decimal`` shillings), every transaction with its
receipt, pending STK pushes, C2B URL registrations, Bill Manager billers, and the test
controls: forced outcomes (:meth:`SandboxState.set_next_outcome`) and fault injection
(:meth:`SandboxState.inject_fault`). All of it sits behind one lock, because HTTP requests and
the callback worker thread change it concurrently.

Money never appears or vanishes: every movement is a :meth:`SandboxState.transfer` between two
parties that refuses to overdraw the payer.
"""

from __future__ import annotations

import dataclasses
import math
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, get_args

from . import _ids
from ._keys import sandbox_keys
from .callbacks import CallbackDispatcher, CallbackFaults, Delivery
from .flaws import Flaw, check_flaws
from .receiver import Received

__all__ = [
    "BUSINESS_ACCOUNTS",
    "SANDBOX_PASSKEY",
    "TEST_MSISDN",
    "Fault",
    "FaultKind",
    "ForcedOutcome",
    "SandboxState",
    "Transaction",
]

SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919"
"""The public Daraja sandbox passkey of shortcode 174379 (D3-MpesaExpressSimulate test credentials)."""

TEST_MSISDN = "254708374149"
"""The public sandbox test customer (Daraja's test credentials, developer.safaricom.co.ke)."""

WORKING = "Working Account"
UTILITY = "Utility Account"
CHARGES_PAID = "Charges Paid Account"
BUSINESS_ACCOUNTS = (
    WORKING,
    "Float Account",
    UTILITY,
    CHARGES_PAID,
    "Organization Settlement Account",
)
"""Account names in the order Daraja lists them in an ``AccountBalance`` string."""

FaultKind = Literal[
    "latency",
    "http_503",
    "spike_arrest",
    "drop_connection",
    "duplicate_callback",
    "late_callback",
    "lost_callback",
]
_REQUEST_FAULTS = frozenset({"latency", "http_503", "spike_arrest", "drop_connection"})
_TOKEN_OPERATION = "get_access_token"


@dataclass
class Fault:
    """A misbehaviour to inject, for ``count`` requests (``None``: until cleared).

    ``operation`` limits it to one operation. Without one, it hits any operation except the
    OAuth call, so a client's token fetch does not use the fault up.

    * ``latency``: wait ``seconds`` before answering.
    * ``http_503``: answer HTTP 503 with an HTML page, no Daraja envelope; nothing is processed.
    * ``spike_arrest``: answer HTTP 500 ``500.003.02`` Spike Arrest Violation; nothing processed.
    * ``drop_connection``: process the request (money moves), then cut the connection
      without a complete response.
    * ``duplicate_callback``: send the request's callback twice.
    * ``late_callback``: send the request's callback ``seconds`` later than usual.
    * ``lost_callback``: never send the request's callback.
    """

    kind: FaultKind
    operation: str | None = None
    count: int | None = 1
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if not isinstance(self.kind, str) or self.kind not in get_args(FaultKind):
            raise ValueError(f"unknown fault kind {self.kind!r}")
        if self.count is not None:
            _check_count(self.count)
        if (
            isinstance(self.seconds, bool)
            or not isinstance(self.seconds, (int, float))
            or not math.isfinite(self.seconds)
            or self.seconds < 0
        ):
            raise ValueError(f"seconds must be a finite number, not negative: {self.seconds!r}")
        _check_operation(self.operation)

    def matches(self, operation: str) -> bool:
        """Whether this fault applies to a request of ``operation``."""
        if self.operation is None:
            return operation != _TOKEN_OPERATION
        return self.operation == operation


@dataclass
class ForcedOutcome:
    """A result code the next ``count`` requests of ``operation`` (or any) end with."""

    operation: str | None
    result_code: str
    result_desc: str | None
    count: int


@dataclass
class Transaction:
    """One money movement (or failed attempt) with its receipt.

    An account name marks a business party; ``None`` marks a customer wallet. ``receipt`` is
    ``None`` for a declined attempt; its callback carries a placeholder instead.
    """

    receipt: str | None
    operation: str
    amount: Decimal
    debit_party: str
    debit_account: str | None
    credit_party: str
    credit_account: str | None
    status: Literal["Completed", "Declined"]
    result_code: str
    result_desc: str
    time: datetime
    conversation_id: str | None = None
    originator_conversation_id: str | None = None
    reference: str | None = None
    reversal_of: str | None = None
    reversed_by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for ``GET /sandbox/transactions`` (amounts as text, exact)."""
        data = dataclasses.asdict(self)
        data["amount"] = f"{self.amount:.2f}"
        data["time"] = _ids.compact_time(self.time)
        return data


@dataclass
class StkPush:
    """An STK push waiting for (or given) the customer's answer.

    ``forced`` is the (code, description) a magic number or forced outcome chose at push time.
    """

    checkout_request_id: str
    merchant_request_id: str
    business_shortcode: str
    party_a: str
    party_b: str
    phone_number: str
    amount: Decimal
    account_reference: str
    callback_url: str
    forced: tuple[str, str] | None
    result_code: str | None = None
    result_desc: str | None = None


@dataclass(frozen=True)
class C2BRegistration:
    """The URLs a shortcode registered; ``masked`` for v2 (masked MSISDN) else v1 (hash)."""

    confirmation_url: str
    validation_url: str
    response_type: str
    masked: bool


@dataclass
class Biller:
    """A Bill Manager opt-in."""

    shortcode: str
    app_key: str
    callback_url: str | None


@dataclass
class Invoice:
    """A Bill Manager invoice, paid by a C2B payment to its account reference."""

    shortcode: str
    external_reference: str
    account_reference: str
    amount: Decimal
    phone_number: str
    paid: bool = False


class SandboxState:
    """The configuration, ledger and test controls of one local Daraja.

    Delays are in seconds: ``stk_delay`` until an STK push is answered by the "customer",
    ``callback_delay`` before a result callback is POSTed. ``token_lifetime`` is how long a
    token really lasts (``expires_in`` always says ``"3599"``, as Daraja does), so a test can
    make tokens expire early. ``external_validation`` calls a registered C2B ValidationURL
    (Daraja enables this per shortcode on request). ``lock_subscriber`` refuses a second STK
    push to a phone that still has one open ("Unable to lock subscriber").
    ``allow_external_callbacks`` lets callbacks go to hosts other than loopback ones; without
    it such a callback is recorded as refused and never sent. ``flaws`` makes it break the spec
    on purpose, to test conformance tools (:mod:`mpesa.sandbox.flaws`); there are none by default.
    """

    def __init__(
        self,
        *,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        passkey: str = SANDBOX_PASSKEY,
        business_shortcode: str = "174379",
        initiator_name: str = "testapi",
        initiator_password: str = "Safaricom999!*!",
        token_lifetime: float = 3599.0,
        stk_delay: float = 0.2,
        callback_delay: float = 0.05,
        callback_timeout: float = 8.0,
        external_validation: bool = True,
        lock_subscriber: bool = True,
        customer_balance: Decimal = Decimal("100000.00"),
        business_balance: Decimal = Decimal("1000000.00"),
        allow_external_callbacks: bool = False,
        flaws: Iterable[Flaw] = (),
    ) -> None:
        self.flaws = check_flaws(flaws)
        self.consumer_key = consumer_key or secrets.token_urlsafe(24)
        self.consumer_secret = consumer_secret or secrets.token_urlsafe(24)
        self.passkey = passkey
        self.business_shortcode = business_shortcode
        self.initiator_name = initiator_name
        self.initiator_password = initiator_password
        self.token_lifetime = token_lifetime
        self.stk_delay = stk_delay
        self.callback_delay = callback_delay
        self.external_validation = external_validation
        self.lock_subscriber = lock_subscriber
        self.customer_balance_default = customer_balance
        self.business_balance_default = business_balance
        self.keys = sandbox_keys()
        self.lock = threading.RLock()
        self.dispatcher = CallbackDispatcher(
            timeout=callback_timeout, allow_external=allow_external_callbacks
        )
        self._tokens: dict[str, float] = {}
        self._init_ledger()

    def __repr__(self) -> str:
        flawed = f", flaws={sorted(self.flaws)}" if self.flaws else ""
        return (
            f"SandboxState(business_shortcode={self.business_shortcode!r}, "
            f"transactions={len(self._transactions)}{flawed})"
        )

    def _init_ledger(self) -> None:
        self._businesses: dict[str, dict[str, Decimal]] = {}
        self._wallets: dict[str, Decimal] = {TEST_MSISDN: Decimal("500000.00")}
        self._transactions: list[Transaction] = []
        self._receipts: set[str] = set()
        self.stk_pushes: dict[str, StkPush] = {}
        self.c2b_registrations: dict[str, C2BRegistration] = {}
        self.billers: dict[str, Biller] = {}
        self.invoices: dict[tuple[str, str], Invoice] = {}
        self.standing_orders: set[tuple[str, str]] = set()
        self.pull_registrations: set[str] = set()
        self.originator_conversation_ids: set[str] = set()
        self._outcomes: list[ForcedOutcome] = []
        self._faults: list[Fault] = []
        self._inbox: list[Received] = []

    # Credentials -------------------------------------------------------------------------

    @property
    def certificate_pem(self) -> bytes:
        """The certificate clients encrypt the initiator password with."""
        return self.keys.certificate_pem

    def credential_is_valid(self, initiator: str, credential: str) -> bool:
        """Whether the initiator name and ``SecurityCredential`` match the configured ones."""
        password = self.keys.decrypt_credential(credential)
        return initiator == self.initiator_name and password == self.initiator_password

    def issue_token(self) -> str:
        """A new bearer token, valid for ``token_lifetime`` seconds."""
        with self.lock:
            value = _ids.token()
            self._tokens[value] = time.monotonic() + self.token_lifetime
            return value

    @property
    def tokens_issued(self) -> int:
        """How many tokens the OAuth endpoint has issued so far."""
        with self.lock:
            return len(self._tokens)

    def token_is_valid(self, value: str) -> bool:
        """Whether ``value`` was issued here and has not expired."""
        with self.lock:
            expiry = self._tokens.get(value)
            return expiry is not None and time.monotonic() < expiry

    def expire_tokens(self) -> None:
        """Make every token issued so far expired, as if its lifetime had run out."""
        with self.lock:
            now = time.monotonic()
            self._tokens = {value: min(expiry, now) for value, expiry in self._tokens.items()}

    # Money -------------------------------------------------------------------------------

    def business_balance(self, shortcode: str, account: str = UTILITY) -> Decimal:
        """A business account's balance (businesses are opened on first use)."""
        with self.lock:
            return self._business(shortcode)[account]

    def customer_balance(self, msisdn: str) -> Decimal:
        """A customer's wallet balance (wallets are opened on first use)."""
        with self.lock:
            return self._wallet(msisdn)

    def set_business_balance(self, shortcode: str, amount: Decimal, account: str = UTILITY) -> None:
        """Set a business account's balance, e.g. to provoke insufficient funds."""
        if account not in BUSINESS_ACCOUNTS:
            raise ValueError(f"unknown account {account!r}; one of {BUSINESS_ACCOUNTS}")
        with self.lock:
            self._business(shortcode)[account] = Decimal(amount)

    def set_customer_balance(self, msisdn: str, amount: Decimal) -> None:
        """Set a customer's wallet balance."""
        with self.lock:
            self._wallets[msisdn] = Decimal(amount)

    def balance_text(self, shortcode: str) -> str:
        """Daraja's ``AccountBalance`` string: ``Name|KES|current|available|reserved|uncleared``."""
        with self.lock:
            accounts = self._business(shortcode)
            return "&".join(
                f"{name}|KES|{accounts[name]:.2f}|{accounts[name]:.2f}|0.00|0.00"
                for name in BUSINESS_ACCOUNTS
            )

    def balances(self) -> dict[str, dict[str, Any]]:
        """Every business account and customer wallet opened so far, amounts as exact text."""
        with self.lock:
            businesses = {
                code: {name: f"{amount:.2f}" for name, amount in accounts.items()}
                for code, accounts in self._businesses.items()
            }
            customers = {msisdn: f"{amount:.2f}" for msisdn, amount in self._wallets.items()}
            return {"businesses": businesses, "customers": customers}

    def transfer(
        self,
        amount: Decimal,
        *,
        debit: str,
        credit: str,
        debit_account: str | None = None,
        credit_account: str | None = None,
    ) -> bool:
        """Move ``amount`` from ``debit`` to ``credit``; ``False`` (nothing moves) if short.

        A party with an account name is a business shortcode; without one, a customer wallet.
        """
        with self.lock:
            if self._read(debit, debit_account) < amount:
                return False
            self._write(debit, debit_account, -amount)
            self._write(credit, credit_account, amount)
            return True

    def _business(self, shortcode: str) -> dict[str, Decimal]:
        if shortcode not in self._businesses:
            opening = {name: Decimal("0.00") for name in BUSINESS_ACCOUNTS}
            opening[WORKING] = opening[UTILITY] = Decimal(self.business_balance_default)
            self._businesses[shortcode] = opening
        return self._businesses[shortcode]

    def _wallet(self, msisdn: str) -> Decimal:
        return self._wallets.setdefault(msisdn, Decimal(self.customer_balance_default))

    def _read(self, party: str, account: str | None) -> Decimal:
        return self._wallet(party) if account is None else self._business(party)[account]

    def _write(self, party: str, account: str | None, change: Decimal) -> None:
        if account is None:
            self._wallets[party] = self._wallet(party) + change
        else:
            self._business(party)[account] += change

    # Transactions ------------------------------------------------------------------------

    def new_receipt(self, moment: datetime) -> str:
        """A receipt not used before in this sandbox."""
        with self.lock:
            while (value := _ids.receipt(moment)) in self._receipts:
                pass
            self._receipts.add(value)
            return value

    def record(self, transaction: Transaction) -> Transaction:
        """Keep ``transaction`` in the ledger."""
        with self.lock:
            self._transactions.append(transaction)
            return transaction

    def transactions(self) -> list[Transaction]:
        """Copies of every transaction, oldest first."""
        with self.lock:
            return [dataclasses.replace(txn) for txn in self._transactions]

    def find_transaction(
        self, *, receipt: str | None = None, originator_conversation_id: str | None = None
    ) -> Transaction | None:
        """The live record with this receipt or OriginatorConversationID (receipt first)."""
        with self.lock:
            for txn in self._transactions:
                if receipt and txn.receipt == receipt:
                    return txn
            for txn in self._transactions:
                if (
                    originator_conversation_id
                    and txn.originator_conversation_id == originator_conversation_id
                ):
                    return txn
            return None

    # Test controls -----------------------------------------------------------------------

    def set_next_outcome(
        self,
        operation: str | None = None,
        result_code: str | int = "0",
        *,
        result_desc: str | None = None,
        count: int = 1,
    ) -> None:
        """Make the next ``count`` requests of ``operation`` (or of any operation with a
        result) end with ``result_code``; nothing moves unless it is ``"0"``."""
        _check_operation(operation)
        _check_count(count)
        if isinstance(result_code, bool) or not isinstance(result_code, (str, int)):
            raise ValueError(f"result_code must be text or a whole number: {result_code!r}")
        if result_desc is not None and not isinstance(result_desc, str):
            raise ValueError(f"result_desc must be text: {result_desc!r}")
        with self.lock:
            self._outcomes.append(ForcedOutcome(operation, str(result_code), result_desc, count))

    def take_outcome(self, operation: str) -> ForcedOutcome | None:
        """Use up the forced outcome that applies to this request, if any."""
        with self.lock:
            for outcome in self._outcomes:
                if outcome.operation in (None, operation):
                    outcome.count -= 1
                    if outcome.count == 0:
                        self._outcomes.remove(outcome)
                    return outcome
            return None

    def inject_fault(
        self,
        kind: FaultKind,
        *,
        operation: str | None = None,
        count: int | None = 1,
        seconds: float = 0.0,
    ) -> Fault:
        """Misbehave on the next ``count`` matching requests; see :class:`Fault`."""
        fault = Fault(kind, operation, count, seconds)
        with self.lock:
            self._faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        with self.lock:
            self._faults.clear()

    def take_request_faults(self, operation: str) -> list[Fault]:
        """Use up the request-level faults that hit this request."""
        return self._take(operation, lambda kind: kind in _REQUEST_FAULTS)

    def take_callback_faults(self, operation: str) -> CallbackFaults:
        """Use up the callback faults that hit this request's callback (the flaws
        ``drop-callback`` and ``callback-wrong-ids`` apply here)."""
        taken = self._take(operation, lambda kind: kind not in _REQUEST_FAULTS)
        return CallbackFaults(
            lost="drop-callback" in self.flaws
            or any(fault.kind == "lost_callback" for fault in taken),
            duplicate=any(fault.kind == "duplicate_callback" for fault in taken),
            extra_delay=sum(fault.seconds for fault in taken if fault.kind == "late_callback"),
            other_ids=_correlation(operation) if "callback-wrong-ids" in self.flaws else (),
        )

    def _take(self, operation: str, wanted: Any) -> list[Fault]:
        with self.lock:
            taken = [f for f in self._faults if wanted(f.kind) and f.matches(operation)]
            snapshot = [dataclasses.replace(fault) for fault in taken]
            for fault in taken:
                if fault.count is not None:
                    fault.count -= 1
                    if fault.count == 0:
                        self._faults.remove(fault)
            return snapshot

    def deliveries(self) -> list[Delivery]:
        """Every callback delivery (and deliberately lost one) so far."""
        return self.dispatcher.deliveries()

    def receive(self, item: Received) -> None:
        """Keep a POST to the sandbox's own callback inbox (``/sandbox/inbox/...``)."""
        with self.lock:
            self._inbox.append(item)

    def inbox(self) -> list[Received]:
        """Every POST to the callback inbox so far, oldest first."""
        with self.lock:
            return list(self._inbox)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no callback or STK answer is pending; ``False`` on timeout."""
        return self.dispatcher.wait_idle(timeout)

    def settle(self, timeout: float = 5.0) -> bool:
        """Deliver everything pending now, ignoring delays (late callbacks too), and wait."""
        return self.dispatcher.settle(timeout)

    def reset(self) -> None:
        """Forget all money movements, registrations, controls, pending callbacks and the inbox.

        Credentials, the certificate, issued tokens and flaws stay.
        """
        with self.lock:
            self.dispatcher.clear()
            self._init_ledger()

    def close(self) -> None:
        """Stop the callback worker."""
        self.dispatcher.close()


def _check_count(count: object) -> None:
    """A count is a whole number of requests, at least one (``1.5`` or ``True`` is refused)."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be a whole number, at least 1: {count!r}")


def _correlation(operation: str) -> tuple[str, ...]:
    """The wire names of the IDs that match ``operation``'s callback to its request."""
    from .._generated._operations import OPERATIONS  # generated from spec/

    return OPERATIONS[operation].correlation


def _check_operation(operation: str | None) -> None:
    if operation is None:
        return
    if not isinstance(operation, str):
        raise ValueError(f"operation must be an operation's name: {operation!r}")
    from .._generated._operations import OPERATIONS  # generated from spec/

    if operation not in OPERATIONS:
        raise ValueError(f"unknown operation {operation!r}")
