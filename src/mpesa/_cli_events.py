"""``mpesa events relay``: the ledger's outbox published to a Redis Stream until stopped.

The ledger is ``--ledger`` (a SQLite file, ``sqlite:///`` or ``postgresql://``), else
``MPESA_LEDGER_URL``; Redis is ``--redis``, else ``MPESA_REDIS_URL``. Ctrl+C or SIGTERM stops it
after the batch in progress. A password in either URL is never printed.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from types import FrameType

from ._cli_ledger import _positive, ledger_url, opened_or_reported
from .cli import EXIT_BAD_INPUT, AdapterFactory
from .config import is_redis_url

__all__ = ["COMMANDS", "add_parsers"]

COMMANDS = (
    ("events relay", "Publish the ledger's outbox to a Redis Stream (needs the redis extra)"),
)
"""The commands this module adds, for ``mpesa --help``."""

_EXTRA = "pip install 'mpesa-adapter[redis]'"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    events = commands.add_parser("events", description="Publish the adapter's events.")
    actions = events.add_subparsers(dest="events_command", metavar="<relay>", required=True)
    relay = actions.add_parser(
        "relay",
        description=(
            "Publish the events of a ledger's outbox to a Redis Stream, oldest first and at "
            "least once (consumers deduplicate on event_id), until Ctrl+C or SIGTERM."
        ),
    )
    relay.add_argument(
        "--ledger",
        dest="db",
        metavar="PATH|URL",
        help=(
            "the ledger: a SQLite file, sqlite:///PATH or postgresql://USER:PASSWORD@HOST/DB "
            "[default: $MPESA_LEDGER_URL]"
        ),
    )
    relay.add_argument(
        "--redis",
        metavar="URL",
        help="redis://HOST:PORT/DB or rediss://... [default: $MPESA_REDIS_URL]",
    )
    relay.add_argument(
        "--stream", default="mpesa:events", help="the stream's key [default: mpesa:events]"
    )
    relay.add_argument(
        "--batch-size",
        type=_positive,
        default=100,
        metavar="N",
        help="events per batch [default: 100]",
    )
    relay.add_argument(
        "--interval",
        type=_seconds,
        default=0.5,
        metavar="SECONDS",
        help="wait between looks at an empty outbox [default: 0.5]",
    )
    relay.set_defaults(run=_relay)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError("must be above 0")
    return value


def _redis_url(args: argparse.Namespace) -> str | None:
    """``--redis``, else ``MPESA_REDIS_URL``; None (reported) when neither is a Redis URL."""
    given: str | None = args.redis or os.environ.get("MPESA_REDIS_URL")
    if not given:
        print("mpesa: no Redis: give --redis URL or set MPESA_REDIS_URL", file=sys.stderr)
        return None
    if not is_redis_url(given):
        print(
            "mpesa: the Redis URL must be redis://HOST[:PORT][/DB] or rediss://...", file=sys.stderr
        )
        return None
    return given


def _relay(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
    try:
        from .ledger import open_ledger
        from .redis import OutboxRelay
    except ImportError as exc:
        print(f"mpesa: the relay needs the redis extra ({exc}): {_EXTRA}", file=sys.stderr)
        return EXIT_BAD_INPUT
    redis_url = _redis_url(args)
    if redis_url is None:
        return EXIT_BAD_INPUT
    ledger = opened_or_reported(lambda: open_ledger(ledger_url(args)))
    if ledger is None:
        return EXIT_BAD_INPUT
    relay = OutboxRelay(ledger, redis_url, stream=args.stream, batch_size=args.batch_size)
    stop = threading.Event()

    def interrupt(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {
        number: signal.signal(number, interrupt) for number in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        print(f"# Relaying {ledger!r} to the stream {args.stream!r}")
        print("# Ctrl+C stops.", flush=True)
        relay.run(stop, args.interval)
    finally:
        relay.close()
        ledger.close()
        print("# Stopped.", file=sys.stderr)
        for number, handler in previous.items():
            signal.signal(number, handler)
    return 0
