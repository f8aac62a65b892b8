"""``mpesa callbacks serve``: the callback receiver under uvicorn, recording into a ledger.

Once its port is bound it prints, as shell ``export`` lines, the ``MPESA_CALLBACK_BASE_URL``
(its secret path included) and ``MPESA_LEDGER_URL`` (a password in it as ``***``) that make
``mpesa`` and the adapters send callbacks here and read their outcomes from the same ledger.
Ctrl+C or SIGTERM stops it after the callbacks in progress are answered.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
from types import FrameType
from urllib.parse import parse_qsl, urlencode, urlsplit

from ._cli_ledger import ledger_url, opened_or_reported
from .cli import EXIT_BAD_INPUT, AdapterFactory
from .errors import MpesaException

__all__ = ["COMMANDS", "add_parsers"]

COMMANDS = (
    ("callbacks serve", "Receive Daraja's callbacks into a ledger (needs the sandbox extra)"),
)
"""The commands this module adds, for ``mpesa --help``."""

_EXTRA = "pip install 'mpesa-adapter[sandbox]'"
_GRACE_SECONDS = 5


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    callbacks = commands.add_parser("callbacks", description="Receive Daraja's callbacks.")
    actions = callbacks.add_subparsers(dest="callbacks_command", metavar="<serve>", required=True)
    serve = actions.add_parser(
        "serve",
        description=(
            "Receive Daraja's callbacks at a secret URL, verify them and record them in a "
            "ledger (SQLite or PostgreSQL), until Ctrl+C or SIGTERM. Prints the "
            "MPESA_CALLBACK_BASE_URL and MPESA_LEDGER_URL to give the commands and adapters "
            "that send payments."
        ),
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on [default: 127.0.0.1]"
    )
    serve.add_argument(
        "--port", type=int, default=8080, help="port (0 picks a free one) [default: 8080]"
    )
    serve.add_argument(
        "--db",
        metavar="PATH|URL",
        help=(
            "the ledger: a SQLite file (created if missing), sqlite:///PATH or "
            "postgresql://USER:PASSWORD@HOST/DB [default: $MPESA_LEDGER_URL]"
        ),
    )
    serve.add_argument(
        "--base-path",
        default="/hooks",
        metavar="PATH",
        help=(
            "where the secret path starts [default: /hooks]; ignored when "
            "MPESA_CALLBACK_BASE_URL is set (a public URL in front of this server)"
        ),
    )
    serve.add_argument(
        "--outbox",
        action="store_true",
        help=(
            "store each callback's events in the ledger's outbox, in the transaction that "
            "records it, for `mpesa events relay` to publish"
        ),
    )
    serve.set_defaults(run=_serve)


def _serve(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
    try:
        import uvicorn

        from .receiver import Receiver, new_secret_path
    except ImportError as exc:
        print(
            f"mpesa: serving callbacks needs the sandbox extra ({exc}): {_EXTRA}", file=sys.stderr
        )
        return EXIT_BAD_INPUT
    try:
        url = ledger_url(args, existing=False)
        sock = _listen(args.host, args.port)
    except MpesaException as exc:
        print(f"mpesa: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"mpesa: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return EXIT_BAD_INPUT
    with sock:
        host, port = sock.getsockname()[:2]
        base_url = os.environ.get("MPESA_CALLBACK_BASE_URL") or (
            f"http://{_url_host(host)}:{port}{new_secret_path('/' + args.base_path.strip('/'))}"
        )
        receiver = opened_or_reported(lambda: Receiver(base_url, ledger=url, outbox=args.outbox))
        if receiver is None:
            return EXIT_BAD_INPUT
        logging.basicConfig(format="%(asctime)s %(name)s %(levelname)s %(message)s")
        config = uvicorn.Config(
            receiver.asgi_app(),
            log_config=None,
            access_log=False,
            lifespan="off",
            # The receiver decides whom to trust (its allowlist, trust_proxy_headers); uvicorn
            # would otherwise take X-Forwarded-For from 127.0.0.1 as the peer.
            proxy_headers=False,
            timeout_graceful_shutdown=_GRACE_SECONDS,
        )
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            shown = _password_hidden(url)
            print(f"# Receiving callbacks on http://{_url_host(host)}:{port}, ledger {shown}")
            print(_export("MPESA_CALLBACK_BASE_URL", base_url))
            print(_export("MPESA_LEDGER_URL", shown))
            if shown != url:
                print("# MPESA_LEDGER_URL shows its password as ***: put yours in its place.")
            print("# Ctrl+C stops.", flush=True)
            uvicorn.Server(config).run(sockets=[sock])
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            receiver.close()
    print("# Stopped.", file=sys.stderr)
    return 0


def _listen(host: str, port: int) -> socket.socket:
    """Bind and listen now, so the port (``0``: a free one) is known before anything is printed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    return socket.create_server((host, port), family=family)


def _password_hidden(url: str) -> str:
    """``url`` with its password, in the user part or a ``password=`` parameter, as ``***``."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    in_query = any(name == "password" for name, _ in query)
    if parts.password is None and not in_query:
        return url
    netloc = parts.netloc
    if parts.password is not None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}:***@{host}"
    hidden = [(name, "***" if name == "password" else value) for name, value in query]
    return parts._replace(netloc=netloc, query=urlencode(hidden, safe="*")).geturl()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _export(name: str, value: str) -> str:
    """A shell ``export`` line, the value single-quoted (a ``'`` in it written ``'"'"'``)."""
    quoted = value.replace("'", "'\"'\"'")
    return f"export {name}='{quoted}'"


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops the receiver as Ctrl+C does: the callbacks in progress answered first."""
    raise KeyboardInterrupt
