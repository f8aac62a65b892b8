"""``mpesa ledger list``, ``mpesa ledger show`` and ``mpesa reconcile``: reading the payment
ledger and settling what it left unresolved.

The ledger is the one ``--db`` names (a SQLite file, or a ``sqlite:///`` or ``postgresql://``
ledger URL), else the one of ``MPESA_LEDGER_URL``. Phone numbers are shown masked, as the
ledger stores them; a callback's raw body (``show --json`` only) has every phone number in it
masked too.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from dataclasses import asdict
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, get_args

from ._redact import mask_phone, redact
from .cli import EXIT_BAD_INPUT, AdapterFactory, _cell, _exit_status, _render, open_adapter
from .errors import MpesaConfigError, MpesaException
from .ledger import (
    CallbackEntry,
    Ledger,
    LedgerEntry,
    LedgerError,
    RequestEntry,
    Status,
    ledger_path,
    open_ledger,
)
from .ledger._open import URL_FORMS, is_postgres_url

_T = TypeVar("_T")

if TYPE_CHECKING:
    from .outcomes import Reconciled

__all__ = ["COMMANDS", "add_parsers"]

COMMANDS: Sequence[tuple[str, str]] = (
    ("ledger list", "List the ledger's requests: status, amount, result"),
    (
        "ledger show",
        "Show one request of the ledger, by reference or Daraja ID, with its callbacks",
    ),
    ("reconcile", "Ask Daraja about every unresolved ledger entry and show what changed"),
)
"""The commands this module adds, for ``mpesa --help``."""

Command = Callable[[argparse.Namespace, AdapterFactory | None], int]
"""What a subcommand runs: the parsed arguments and the adapter factory in, the exit status out."""

_DURATION = re.compile(r"(\d+(?:\.\d+)?)([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
_PHONE_IN_TEXT = re.compile(r"(?<![0-9])\+?254[0-9]{9}(?![0-9])")
_LIST_COLUMNS = ("reference", "operation", "status", "amount", "phone", "result", "created")
_CALLBACK_COLUMNS = ("received", "kind", "source", "outcome", "deliveries")


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ledger = commands.add_parser(
        "ledger", description="Read the payment ledger (--db, else MPESA_LEDGER_URL)."
    )
    actions = ledger.add_subparsers(dest="ledger_command", metavar="<list|show>", required=True)
    listing = actions.add_parser("list", description=f"{COMMANDS[0][1]}, oldest first.")
    _add_db(listing)
    listing.add_argument(
        "--status",
        action="extend",
        nargs="+",
        choices=get_args(Status),
        help="only requests in these statuses",
    )
    listing.add_argument(
        "--older-than", type=_duration, metavar="AGE", help="only requests older than AGE (5m, 2h)"
    )
    listing.add_argument("--limit", type=_positive, metavar="N", help="at most N requests")
    listing.add_argument("--json", action="store_true", help="print the requests as JSON")
    listing.set_defaults(run=_list)
    show = actions.add_parser("show", description=f"{COMMANDS[1][1]}.")
    show.add_argument("id", metavar="ID", help="the request's reference, or any Daraja ID of it")
    _add_db(show)
    show.add_argument(
        "--json", action="store_true", help="print it as JSON, callbacks' raw bodies included"
    )
    show.set_defaults(run=_show)
    reconcile = commands.add_parser(
        "reconcile",
        description=(
            f"{COMMANDS[2][1]}. Settings come from the MPESA_* environment, as for any command."
        ),
    )
    _add_db(reconcile)
    reconcile.add_argument(
        "--older-than",
        type=_duration,
        default=timedelta(minutes=5),
        metavar="AGE",
        help="only entries older than AGE [default: 5m]",
    )
    reconcile.add_argument("--json", action="store_true", help="print what was learnt as JSON")
    reconcile.set_defaults(run=_reconcile)


def _add_db(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--db",
        metavar="PATH|URL",
        help=(
            "the ledger: a SQLite file, sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB "
            "[default: $MPESA_LEDGER_URL]"
        ),
    )


def ledger_url(args: argparse.Namespace, *, existing: bool = True) -> str:
    """The ledger URL of ``--db`` (a plain path is a SQLite file), else ``MPESA_LEDGER_URL``;
    a SQLite file's path is made absolute, and one that must exist is checked."""
    given: str | None = args.db
    setting = "--db"
    if given is None:
        given, setting = os.environ.get("MPESA_LEDGER_URL"), "MPESA_LEDGER_URL"
        if not given:
            raise MpesaConfigError(
                "no ledger: give --db PATH or set MPESA_LEDGER_URL=sqlite:///PATH"
            )
    elif "://" not in given:
        given = f"sqlite:///{given}"
    if is_postgres_url(given):
        return given
    path = ledger_path(given)
    if path is None:
        raise MpesaConfigError(f"{setting} must be a ledger URL: {URL_FORMS}", setting=setting)
    if existing and not Path(path).is_file():
        raise MpesaConfigError(f"no ledger at {path}")
    return f"sqlite:///{Path(path).resolve()}"


def opened_or_reported(opening: Callable[[], _T]) -> _T | None:
    """What ``opening()`` opens, or ``None`` once its failure is reported on stderr: a bad
    setting, a missing driver, or a database that cannot be reached (named by its error's type,
    since a driver's message may quote the URL)."""
    try:
        return opening()
    except MpesaException as exc:
        print(f"mpesa: {exc.message}", file=sys.stderr)
    except ImportError as exc:
        print(f"mpesa: {exc}", file=sys.stderr)
    except Exception as exc:
        if not database_error(exc):
            raise
        print(f"mpesa: cannot open the ledger ({type(exc).__name__})", file=sys.stderr)
    return None


def database_error(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite's or PostgreSQL's (``psycopg`` is only loaded by a
    PostgreSQL ledger, so an error of it implies it is loaded)."""
    psycopg = sys.modules.get("psycopg")
    return isinstance(exc, sqlite3.Error) or (
        psycopg is not None and isinstance(exc, psycopg.Error)
    )


def _open(args: argparse.Namespace) -> Ledger:
    try:
        return open_ledger(ledger_url(args))
    except ImportError as exc:
        raise MpesaConfigError(str(exc)) from exc


def _guarded(command: Command) -> Command:
    """Report a bad setting, a missing entry or an unreadable file on stderr, with its status."""

    def run(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
        try:
            return command(args, adapter_factory)
        except LedgerError as exc:
            print(f"mpesa: {exc.message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except MpesaException as exc:
            print(f"mpesa: {type(exc).__name__}: {exc.message}", file=sys.stderr)
            return _exit_status(exc)
        except Exception as exc:
            if not database_error(exc):
                raise
            print(f"mpesa: cannot read the ledger: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT

    return run


@_guarded
def _list(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
    with closing(_open(args)) as ledger:
        entries = ledger.list_requests(
            statuses=args.status, older_than=args.older_than, limit=args.limit
        )
    if args.json:
        print(_render({"requests": [_request_json(entry) for entry in entries]}, as_json=True))
    else:
        rows = [
            (
                entry.reference,
                entry.operation,
                entry.status,
                entry.amount,
                entry.phone,
                entry.result_code,
                _moment(entry.created_at),
            )
            for entry in entries
        ]
        print(_table(_LIST_COLUMNS, rows) if rows else "(no requests)")
    return 0


@_guarded
def _show(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
    with closing(_open(args)) as ledger:
        found = ledger.entry(args.id)
    if found is None:
        raise LedgerError(f"no request in the ledger has the reference or ID {args.id}")
    if args.json:
        data = {
            "request": _request_json(found.request),
            "callbacks": [_callback_json(callback) for callback in found.callbacks],
        }
        print(_render(data, as_json=True))
    else:
        print(_entry_text(found))
    return 0


@_guarded
def _reconcile(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
    with open_adapter(args, adapter_factory, ledger_url=ledger_url(args)) as adapter:
        report = adapter.reconcile(older_than=args.older_than)
    if args.json:
        print(_render({"reconciled": [_reconciled_json(item) for item in report]}, as_json=True))
        return 0
    changed = [item for item in report if item.changed]
    rows = [
        (
            item.reference,
            item.operation,
            item.before,
            item.outcome.status,
            item.outcome.result_code,
            item.outcome.receipt,
        )
        for item in changed
    ]
    if rows:
        print(_table(("reference", "operation", "before", "now", "result", "receipt"), rows))
    print(f"{len(report)} unresolved entries asked about, {len(changed)} changed")
    return 0


def _entry_text(found: LedgerEntry) -> str:
    request = found.request
    fields: dict[str, object] = {
        "reference": request.reference,
        "operation": request.operation,
        "status": request.status,
        "amount": request.amount,
        "phone": request.phone,
        "result_code": request.result_code,
        "result_desc": request.result_desc,
        "receipt": request.receipt,
        **request.client_ids,
        **{key: value for key, value in asdict(request.ids).items()},
        "created": _moment(request.created_at),
        "updated": _moment(request.updated_at),
    }
    text = _render(
        {key: value for key, value in fields.items() if value is not None}, as_json=False
    )
    if not found.callbacks:
        return f"{text}\n\nno callbacks"
    rows = [
        (
            _moment(callback.received_at),
            callback.kind or "dead letter",
            callback.source,
            _outcome_text(callback),
            callback.deliveries,
        )
        for callback in found.callbacks
    ]
    return f"{text}\n\ncallbacks:\n{_table(_CALLBACK_COLUMNS, rows)}"


def _outcome_text(callback: CallbackEntry) -> str:
    if callback.outcome is None:
        return callback.dead_letter or ""
    parts = (callback.outcome.status, callback.outcome.result_code, callback.outcome.result_desc)
    return " ".join(part for part in parts if part)


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Left-aligned columns under their headers; a missing value is blank."""
    cells = [
        list(headers),
        *[["" if value is None else _cell(value) for value in row] for row in rows],
    ]
    widths = [max(len(row[column]) for row in cells) for column in range(len(headers))]
    return "\n".join(
        "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip()
        for row in cells
    )


def _moment(moment: datetime) -> str:
    return moment.isoformat(sep=" ", timespec="seconds")


def _request_json(entry: RequestEntry) -> dict[str, Any]:
    data = asdict(entry) | {"client_ids": dict(entry.client_ids)}
    del data["id"]
    return data


def _callback_json(callback: CallbackEntry) -> dict[str, Any]:
    return {
        "received_at": callback.received_at,
        "kind": callback.kind,
        "source": callback.source,
        "outcome": None if callback.outcome is None else asdict(callback.outcome),
        "deliveries": callback.deliveries,
        "dead_letter": callback.dead_letter,
        "body": masked_body(callback.body),
    }


def _reconciled_json(item: Reconciled) -> dict[str, Any]:
    return {
        "reference": item.reference,
        "operation": item.operation,
        "before": item.before,
        "outcome": asdict(item.outcome),
        "changed": item.changed,
    }


def masked_body(body: bytes) -> object:
    """A callback body as JSON (as text when it is not JSON), every phone number masked:
    under a phone key, as a ``Name``/``Value`` item's value, or inside text."""
    try:
        data: object = json.loads(body, parse_float=Decimal)
    except ValueError:
        return _mask_text(body.decode("utf-8", errors="replace"))
    return _mask_numbers(redact(data))


def _mask_numbers(value: object) -> object:
    if isinstance(value, Mapping):
        return {key: _mask_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_mask_numbers(item) for item in value]
    if isinstance(value, str):
        return _mask_text(value)
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and _PHONE_IN_TEXT.fullmatch(str(value))
    ):
        return mask_phone(value)
    return value


def _mask_text(text: str) -> str:
    return _PHONE_IN_TEXT.sub(lambda match: mask_phone(match.group()), text)


def _duration(text: str) -> timedelta:
    """``90``, ``30s``, ``5m``, ``2h`` or ``1d``."""
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"not an age like 30s, 5m, 2h or 1d: {text!r}")
    return timedelta(seconds=float(match.group(1)) * _UNITS[match.group(2)])


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {text!r}")
    return int(text)
