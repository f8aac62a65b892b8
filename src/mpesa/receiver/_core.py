"""The receiver itself, framework-neutral: an HTTP request in, the reply Daraja expects out.

Checks come in a fixed order, each refusal a 4xx that changes nothing: the secret path
(404, the path never echoed), POST (405), the source allowlist (403), a JSON content type
(415), the size cap (413). A body that then cannot be parsed is kept as a dead letter (400).
A parsed callback is committed to the ledger under its dedupe key before anything else; its
handlers run, the ledger marks it handled with the reply, its events are published, and only
then is it acknowledged. With an outbox (``Receiver(..., outbox=True)``) its events are
instead stored in the ledger's outbox by the write that marks it handled, for a relay to
publish: stored once, whichever process gets the callback. A duplicate of a handled callback
gets the same reply and runs nothing; a duplicate of one whose handler raised runs the
handlers again. All of this holds the ledger's :meth:`~mpesa.ledger.Ledger.handling` for the
dedupe key, so a duplicate arriving meanwhile, in any process the ledger reaches, waits for
it. A callback whose kind has no handler needs no hold: it is stored already answered, in one
write, and the ledger's unique dedupe key settles duplicates; several taken together
(:meth:`Receiver.handle_many`) share one ledger batch, acknowledged once it commits.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass, field
from os import PathLike
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar, get_args, overload
from urllib.parse import urlsplit

from .._bounded import MAX_BODY_SIZE
from .._callback_routes import STATUS_ROUTE, CallbackRoute, route_of
from .._generated._operations import OPERATIONS
from .._generated.constants import EventNameConstants
from .._operation import Operation
from ..callbacks import Callback, CallbackKind, parse_callback
from ..errors import FieldProblem, MpesaCallbackError, MpesaValidationError
from ..events import EventTarget, NoOpEventEmitter, as_emitter, event_data, safe_emit
from ..ledger import (
    CallbackEntry,
    DarajaIds,
    Event,
    Ledger,
    Outcome,
    Recorded,
    SQLiteLedger,
    open_ledger,
)
from ..outcomes import callback_outcome
from ._replies import acknowledgement, validation_reply
from ._sources import Allowlist, source_of

if TYPE_CHECKING:
    from .asgi import ReceiverASGI
    from .wsgi import ReceiverWSGI

__all__ = ["Handler", "Receiver", "Reply", "Request", "dedupe_key"]

_log = logging.getLogger("mpesa.receiver")

Handler = Callable[[Callback], object]
"""A function given each new callback of its kind; a C2B validation handler's return value is
its :data:`~mpesa.receiver.Verdict`, other handlers' return values are ignored."""

_H = TypeVar("_H", bound=Handler)

_ROUTE_KINDS: Mapping[str, frozenset[CallbackKind]] = {
    "callback": frozenset({"stk", "b2b_express", "ratiba", "bill_manager"}),
    "result": frozenset({"result"}),
    "timeout": frozenset({"result"}),
    "confirmation": frozenset({"c2b_confirmation"}),
    "validation": frozenset({"c2b_validation"}),
    STATUS_ROUTE: frozenset({"result"}),
}
"""The callback kinds each derived URL receives (``<base>/<route>``)."""

_JSON: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)


@dataclass(frozen=True)
class Request:
    """An HTTP request as a receiver reads it: header names in lower case, ``peer`` the
    address of the connection's other end."""

    method: str
    path: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    peer: str | None = None


@dataclass(frozen=True)
class Reply:
    """What to answer: the status, a JSON body and its headers."""

    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = _JSON


@dataclass(frozen=True)
class _Parsed:
    """A request that passed the checks and parsed: what recording its callback needs."""

    callback: Callback
    key: str
    body: bytes
    route: CallbackRoute
    source: str | None


def _refusal(status: int, reason: str) -> Reply:
    return Reply(status, json.dumps({"error": reason}).encode())


def dedupe_key(callback: Callback) -> str:
    """What makes two deliveries the same callback: its kind, the IDs it carries and its result
    code (the whole body, for a callback carrying no ID). A C2B validation and the confirmation
    of the same payment differ by kind."""
    ids = sorted(callback.ids.items())
    basis: object = ids or json.dumps(callback.body, sort_keys=True, default=str)
    text = json.dumps([callback.kind, callback.result_code, basis])
    return f"{callback.kind}:{hashlib.sha256(text.encode()).hexdigest()[:32]}"


def _daraja_ids(callback: Callback) -> DarajaIds:
    return DarajaIds(
        originator_conversation_id=callback.originator_conversation_id,
        conversation_id=callback.conversation_id,
        checkout_request_id=callback.checkout_request_id,
        merchant_request_id=callback.merchant_request_id,
    )


def _base_path(callback_base_url: str) -> str:
    parts = urlsplit(callback_base_url)
    path = parts.path.rstrip("/")
    if parts.scheme not in ("http", "https") or not parts.netloc or not path.strip("/"):
        raise MpesaValidationError(
            FieldProblem(
                "callback_base_url",
                "secret_path",
                "must be an http(s) URL whose path is the secret (mpesa.receiver.new_secret_path())",
            )
        )
    return path


def _opened(ledger: str | PathLike[str]) -> Ledger:
    """The ledger a URL (``scheme://...``) names, else the SQLite file at that path."""
    if isinstance(ledger, str) and "://" in ledger:
        try:
            return open_ledger(ledger)
        except ValueError as exc:
            raise MpesaValidationError(FieldProblem("ledger", "url", str(exc))) from exc
    return SQLiteLedger(ledger)


class Receiver:
    """Receives Daraja's callbacks at the URLs derived from ``callback_base_url``.

    ``ledger`` is a :class:`~mpesa.ledger.Ledger`, or one to open (closed by :meth:`close`): a
    ledger URL (``sqlite:///payments.db``, ``postgresql://user:password@host/db``, as
    :func:`~mpesa.ledger.open_ledger` takes) or the path of a SQLite file. ``event_emitter``
    gets ``mpesa.callback.received`` for each new callback and the ``success`` / ``failed``
    event of the operation it answers; with ``outbox`` those events are stored in the ledger's
    outbox instead, in the transaction that records the callback handled, for
    :class:`~mpesa.redis.OutboxRelay` to publish. ``allowed_sources`` (addresses or networks;
    :data:`~mpesa.receiver.SAFARICOM_ADDRESSES` for Safaricom's) turns the source check on;
    with ``trust_proxy_headers`` the source is the left-most ``X-Forwarded-For`` address, which
    only a proxy in front of the receiver may set.
    """

    def __init__(
        self,
        callback_base_url: str,
        *,
        ledger: Ledger | str | PathLike[str],
        event_emitter: EventTarget | None = None,
        outbox: bool = False,
        allowed_sources: Iterable[str] | None = None,
        trust_proxy_headers: bool = False,
        max_body_size: int = MAX_BODY_SIZE,
    ) -> None:
        if outbox and event_emitter is not None:
            raise MpesaValidationError(
                FieldProblem(
                    "outbox", "exclusive", "events go to the outbox or to event_emitter, not both"
                )
            )
        self._base_url = callback_base_url
        self.base_path = _base_path(callback_base_url)
        """The secret path every callback URL starts with."""
        if (
            isinstance(max_body_size, bool)
            or not isinstance(max_body_size, int)
            or max_body_size < 1
        ):
            raise MpesaValidationError(
                FieldProblem(
                    "max_body_size", "minimum", "must be a whole number of bytes, at least 1"
                )
            )
        self.max_body_size = max_body_size
        self._allowlist = None if allowed_sources is None else Allowlist(allowed_sources)
        self._trust_proxy_headers = trust_proxy_headers
        self._events = as_emitter(event_emitter)
        self._outbox = outbox
        self._owns_ledger = isinstance(ledger, (str, PathLike))
        self.ledger: Ledger = _opened(ledger) if isinstance(ledger, (str, PathLike)) else ledger
        self._handlers: dict[CallbackKind, list[Handler]] = {}

    def __repr__(self) -> str:
        parts = urlsplit(self._base_url)
        return f"Receiver('{parts.scheme}://{parts.netloc}/[REDACTED]', ledger={self.ledger!r})"

    def close(self) -> None:
        """Close the ledger if the receiver opened it."""
        if self._owns_ledger:
            self.ledger.close()

    @overload
    def on(self, kind: CallbackKind) -> Callable[[_H], _H]: ...

    @overload
    def on(self, kind: CallbackKind, handler: _H) -> _H: ...

    def on(self, kind: CallbackKind, handler: _H | None = None) -> _H | Callable[[_H], _H]:
        """Run ``handler`` for each new callback of ``kind``; as a decorator without it."""
        if kind not in get_args(CallbackKind):
            kinds = ", ".join(get_args(CallbackKind))
            raise MpesaValidationError(FieldProblem("kind", "choice", f"must be one of {kinds}"))

        def register(function: _H) -> _H:
            self._handlers.setdefault(kind, []).append(function)
            return function

        return register if handler is None else register(handler)

    def asgi_app(self, *, in_thread: bool = False) -> ReceiverASGI:
        """This receiver as an ASGI application (see :class:`~mpesa.receiver.asgi.ReceiverASGI`);
        ``in_thread`` handles each callback in a worker thread rather than on the event loop."""
        from .asgi import ReceiverASGI

        return ReceiverASGI(self, in_thread=in_thread)

    def wsgi_app(self) -> ReceiverWSGI:
        """This receiver as a WSGI application (see :class:`~mpesa.receiver.wsgi.ReceiverWSGI`)."""
        from .wsgi import ReceiverWSGI

        return ReceiverWSGI(self)

    # -- checks -------------------------------------------------------------------------------

    def refusal(self, request: Request) -> Reply | None:
        """The refusal of a request by the checks that need no body, or ``None`` to read it.

        An adapter calls this before reading the body; :meth:`handle` applies it again.
        """
        screened = self._screen(request)
        return screened if isinstance(screened, Reply) else None

    def _screen(self, request: Request) -> Reply | tuple[CallbackRoute, str | None]:
        route = route_of(self._base_url, request.path)
        source = source_of(request.peer, request.headers, self._trust_proxy_headers)
        if route is None:
            return self._refuse(404, "not found", source)
        if request.method.upper() != "POST":
            return self._refuse(405, "callbacks are POSTed", source)
        if self._allowlist is not None and not self._allowlist.allows(source):
            return self._refuse(403, "the source address is not allowed", source)
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            return self._refuse(415, "callbacks are application/json", source)
        declared = request.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > self.max_body_size:
            return self._refuse(413, f"the body is over {self.max_body_size} bytes", source)
        return route, source

    def _refuse(self, status: int, reason: str, source: str | None) -> Reply:
        _log.warning("callback refused with %d: %s (source %s)", status, reason, source)
        return _refusal(status, reason)

    # -- handling -----------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        """Check, parse, record and acknowledge one request; never raises.

        A 200 is answered only once the callback is committed to the ledger and its handlers
        have succeeded; a 500 (the ledger or a handler failed) asks Daraja to send it again.
        """
        return self.handle_many([request])[0]

    def handle_many(self, requests: Sequence[Request]) -> list[Reply]:
        """:meth:`handle` each request; the replies in the same order. Never raises.

        The callbacks whose kind has no handler are recorded, already answered, in one
        :meth:`~mpesa.ledger.Ledger.batch`: a server that takes several requests at once (the
        ASGI app does) commits them together, and acknowledges none before that commit.
        """
        reads = [self._read(request) for request in requests]
        answered = iter(self._store_answered([r for r in reads if self._answerable(r)]))
        replies = []
        for read in reads:
            if isinstance(read, Reply):
                replies.append(read)
            elif self._answerable(read):
                replies.append(next(answered))
            else:
                replies.append(self._handled(read))
        return replies

    def _read(self, request: Request) -> Reply | _Parsed:
        """The request checked and parsed, or the reply that ends it (a refusal, or 400 for a
        body kept as a dead letter)."""
        screened = self._screen(request)
        if isinstance(screened, Reply):
            return screened
        route, source = screened
        if len(request.body) > self.max_body_size:
            return self._refuse(413, f"the body is over {self.max_body_size} bytes", source)
        try:
            callback = self._parse(request.body, route)
        except MpesaCallbackError as error:
            return self._dead_letter(request.body, str(error), source)
        except Exception as error:  # a parser fault still keeps the body
            return self._dead_letter(request.body, f"unreadable ({type(error).__name__})", source)
        return _Parsed(callback, dedupe_key(callback), request.body, route, source)

    def _parse(self, body: bytes, route: CallbackRoute) -> Callback:
        kinds = _ROUTE_KINDS[route.name]
        only = next(iter(kinds)) if len(kinds) == 1 else None
        callback = parse_callback(body, expect=only)
        if callback.kind not in kinds:
            raise MpesaCallbackError(
                f"a {callback.kind} callback does not arrive at the {route.name} URL"
            )
        return callback

    def _dead_letter(self, body: bytes, reason: str, source: str | None) -> Reply:
        try:
            entry = self.ledger.record_dead_letter(body, reason=reason, source=source)
        except Exception as error:
            _log.error("a dead letter could not be recorded: %s", type(error).__name__)
            return _refusal(500, "the callback could not be recorded")
        _log.warning("callback %d kept as a dead letter: %s (source %s)", entry.id, reason, source)
        return _refusal(400, reason)

    def _answerable(self, read: Reply | _Parsed) -> TypeGuard[_Parsed]:
        """Whether the reply is known without a handler: then it is stored with the callback in
        one write, and duplicates need no lock (the ledger's unique key settles them)."""
        return isinstance(read, _Parsed) and not self._handlers.get(read.callback.kind)

    def _store_answered(self, parsed: list[_Parsed]) -> list[Reply]:
        if not parsed:
            return []
        replies = []
        published = []
        try:
            with self.ledger.batch():
                for item in parsed:
                    reply = self._run_handlers(item.callback)
                    try:
                        outcome = callback_outcome(item.callback, item.route.name)
                        events = self._outbox_events(item, outcome, matched=True)
                        recorded = self._record(item, outcome, reply, events)
                    except Exception as error:
                        _log.error(
                            "a %s callback could not be recorded: %s",
                            item.callback.kind,
                            type(error).__name__,
                        )
                        replies.append(_refusal(500, "the callback could not be recorded"))
                        continue
                    entry = recorded.callback
                    if recorded.duplicate and entry.reply is not None:
                        replies.append(Reply(200, entry.reply))
                        continue
                    replies.append(Reply(200, reply))
                    published.append((item, outcome, entry))
        except Exception as error:
            _log.error("%d callbacks could not be committed: %s", len(parsed), type(error).__name__)
            return [_refusal(500, "the callback could not be recorded")] * len(parsed)
        for item, outcome, entry in published:
            self._publish(item, outcome, entry)
        return replies

    def _handled(self, item: _Parsed) -> Reply:
        try:
            return self._accept(item)
        except Exception as error:
            _log.error(
                "a %s callback could not be recorded: %s", item.callback.kind, type(error).__name__
            )
            return _refusal(500, "the callback could not be recorded")

    def _accept(self, item: _Parsed) -> Reply:
        """Record a callback, run its handlers and mark it handled, holding its dedupe key."""
        callback = item.callback
        with self.ledger.handling(item.key):
            outcome = callback_outcome(callback, item.route.name)
            recorded = self._record(item, outcome, None)
            entry = recorded.callback
            if recorded.duplicate and entry.reply is not None:
                return Reply(200, entry.reply)
            try:
                reply = self._run_handlers(callback)
            except Exception as error:
                _log.error(
                    "a %s handler raised %s on callback %d; answering 500 so that a redelivery"
                    " runs it again",
                    callback.kind,
                    type(error).__name__,
                    entry.id,
                )
                return _refusal(500, "the callback's handler failed")
            events = self._outbox_events(item, outcome, matched=entry.request_id is not None)
            self.ledger.mark_handled(entry.id, reply, events)
        self._publish(item, outcome, entry)
        return Reply(200, reply)

    def _record(
        self, item: _Parsed, outcome: Outcome, reply: bytes | None, events: Sequence[Event] = ()
    ) -> Recorded:
        return self.ledger.record_callback(
            item.body,
            kind=item.callback.kind,
            dedupe_key=item.key,
            outcome=outcome,
            reference=item.route.reference,
            # A status query's answer carries the query's own IDs, not the request's.
            ids=None if item.route.name == STATUS_ROUTE else _daraja_ids(item.callback),
            source=item.source,
            reply=reply,
            events=events,
        )

    def _run_handlers(self, callback: Callback) -> bytes:
        verdict: object = None
        for handler in self._handlers.get(callback.kind, ()):
            answer = handler(callback)
            if verdict is None or verdict is True:
                verdict = answer
        if callback.kind == "c2b_validation":
            return validation_reply(verdict)
        return acknowledgement(callback)

    # -- events -------------------------------------------------------------------------------

    def _publish(self, item: _Parsed, outcome: Outcome, entry: CallbackEntry) -> None:
        """Emit a new callback's events in this process, when they do not go to the outbox."""
        if self._outbox or isinstance(self._events, NoOpEventEmitter):
            return
        for event in self._callback_events(item, outcome, entry.request_id is not None):
            safe_emit(self._events, event.name, event.data)

    def _outbox_events(self, item: _Parsed, outcome: Outcome, *, matched: bool) -> list[Event]:
        """The callback's events for the outbox (none without one)."""
        return self._callback_events(item, outcome, matched) if self._outbox else []

    def _callback_events(self, item: _Parsed, outcome: Outcome, matched: bool) -> list[Event]:
        """``mpesa.callback.received``, then the ``success`` / ``failed`` event of the operation
        the callback answers; each event's ID follows from the callback's dedupe key."""
        callback, route = item.callback, item.route
        operations = self._operations(callback, route, matched)
        status = outcome.status
        data = event_data(
            operation=operations[0].name if len(operations) == 1 else callback.kind,
            correlation=dict(callback.ids),
            amount=callback.amount,
            phone=callback.phone,
            result_code=callback.result_code,
            result_desc=callback.result_desc,
            extra={
                "kind": callback.kind,
                "schema": type(callback.model).__name__,
                "receipt": callback.receipt,
                "reference": route.reference,
                "status": status,
            },
        )
        names: list[str] = [EventNameConstants.CALLBACK_RECEIVED]
        if status in ("success", "failed"):
            found = {
                op.events.success if status == "success" else op.events.failed for op in operations
            }
            if len(found) == 1 and (name := found.pop()) is not None:
                names.append(name)
        return [Event.named(name, data, basis=item.key) for name in names]

    def _operations(
        self, callback: Callback, route: CallbackRoute, matched: bool
    ) -> list[Operation[Any, Any]]:
        """The operation of the request the callback was matched to (looked up when
        ``matched``), else every operation whose callback it can be."""
        if matched:
            # A status query's answer carries the query's own IDs, not the request's.
            ids = () if route.name == STATUS_ROUTE else astuple(_daraja_ids(callback))
            for found in (route.reference, *ids):
                request = None if found is None else self.ledger.find_request(found)
                if request is not None:
                    if request.operation in OPERATIONS:
                        return [OPERATIONS[request.operation]]
                    break
        return [OPERATIONS[name] for name in callback.operations if name in OPERATIONS]
