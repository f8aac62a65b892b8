"""``python -m mpesa.sandbox``: run the local Daraja in the foreground until interrupted.

Once its port is bound it writes its own certificate (for the ``SecurityCredential``) to a file
of its own and prints the ``MPESA_*`` settings as shell ``export`` lines, every other line a
shell comment: the output, pasted into a shell or sourced, configures ``mpesa`` and
:func:`mpesa.create_mpesa_adapter` as it is. Callback, result and timeout URLs point at the
sandbox's own callback inbox (``GET /sandbox/inbox`` lists what arrived there).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from ._limits import MAX_BODY_SIZE
from .flaws import FLAWS
from .server import LocalDaraja
from .state import SandboxState

__all__ = ["main"]

_QUOTED_QUOTE = "'\"'\"'"
"""A ``'`` inside single quotes: end the quoting, a double-quoted ``'``, quote again."""

EXIT_START_FAILED = 2
"""The exit status when the sandbox cannot start (a port in use, a file it cannot write)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mpesa sandbox", description="Run a local Daraja sandbox on this machine."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8000, help="port (0 picks a free one)")
    parser.add_argument("--consumer-key", help="consumer key to accept (default: random)")
    parser.add_argument("--consumer-secret", help="consumer secret to accept (default: random)")
    parser.add_argument(
        "--stk-delay", type=float, default=3.0, help="seconds an STK push stays pending"
    )
    parser.add_argument(
        "--callback-delay", type=float, default=1.0, help="seconds before result callbacks"
    )
    parser.add_argument(
        "--certificate-out",
        type=Path,
        help="where to write the certificate PEM (default: a temporary file of this sandbox, "
        "removed when it stops)",
    )
    parser.add_argument(
        "--env-file",
        type=Path,
        metavar="PATH",
        help="also write the printed export lines to PATH (for `source PATH` or a dotenv loader)",
    )
    parser.add_argument(
        "--max-body-size",
        type=int,
        default=MAX_BODY_SIZE,
        metavar="BYTES",
        help="largest request body; a larger one gets 413 unread (default: 1 MB)",
    )
    parser.add_argument(
        "--control-token",
        metavar="TOKEN",
        help="require `Authorization: Bearer TOKEN` on every /sandbox/control/ request",
    )
    parser.add_argument(
        "--allow-external-callbacks",
        action="store_true",
        help="also POST callbacks to hosts other than loopback ones (refused by default)",
    )
    parser.add_argument(
        "--flaw",
        action="append",
        default=[],
        choices=FLAWS,
        metavar="NAME",
        help="break the spec on purpose, to test conformance tools (repeatable): "
        + ", ".join(FLAWS),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until Ctrl+C or SIGTERM; returns the process exit status."""
    args = _parser().parse_args(argv)
    state = SandboxState(
        consumer_key=args.consumer_key,
        consumer_secret=args.consumer_secret,
        stk_delay=args.stk_delay,
        callback_delay=args.callback_delay,
        allow_external_callbacks=args.allow_external_callbacks,
        flaws=args.flaw,
    )
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        with (
            LocalDaraja(
                state,
                host=args.host,
                port=args.port,
                max_body_size=args.max_body_size,
                control_token=args.control_token,
            ) as sandbox,
            _certificate_file(state.certificate_pem, args.certificate_out) as certificate,
        ):
            lines = export_lines(settings(sandbox, certificate))
            if args.env_file is not None:
                args.env_file.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            print(f"# Local Daraja listening on {sandbox.base_url}")
            if state.flaws:
                print(f"# Deliberately flawed (not conformant): {', '.join(sorted(state.flaws))}")
            print("\n".join(lines))
            print(
                "# Callbacks land in the sandbox's inbox: GET /sandbox/inbox lists them. "
                "Test controls under /sandbox/ (transactions, callbacks, control/...). "
                "Ctrl+C stops."
            )
            sys.stdout.flush()
            threading.Event().wait()
    except KeyboardInterrupt:
        print("# Stopping.", file=sys.stderr)
    except (OSError, RuntimeError) as exc:
        print(f"mpesa sandbox: {_reason(exc)}", file=sys.stderr)
        return EXIT_START_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)
        state.close()
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM (what a process manager sends) stops the sandbox as Ctrl+C does: cleanly, its
    certificate file removed, from the very start."""
    raise KeyboardInterrupt


def _reason(exc: Exception) -> str:
    """One line, no traceback: a port in use, a file that cannot be written, no start."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"cannot write {exc.filename}: " if exc.filename else ""
        return where + exc.strerror
    return str(exc)


def settings(sandbox: LocalDaraja, certificate: Path) -> dict[str, str]:
    """Every ``MPESA_*`` variable a client needs for this sandbox, by name."""
    values = {
        "base_url": sandbox.base_url,
        "environment": "sandbox",
        "consumer_key": sandbox.consumer_key,
        "consumer_secret": sandbox.consumer_secret,
        "business_shortcode": sandbox.business_shortcode,
        "passkey": sandbox.passkey,
        "initiator_name": sandbox.initiator_name,
        "initiator_password": sandbox.initiator_password,
        "certificate_path": str(certificate),
        "callback_base_url": sandbox.inbox_url("").rstrip("/"),
    }
    return {f"MPESA_{name.upper()}": value for name, value in values.items()}


def export_lines(variables: dict[str, str]) -> list[str]:
    """``export NAME='value'`` lines: single-quoted, so ``!``, ``$``, spaces and quotes survive
    a shell (a ``'`` inside a value is written ``'"'"'``)."""
    return [f"export {name}='{_quote_inside(value)}'" for name, value in variables.items()]


def _quote_inside(value: str) -> str:
    return value.replace("'", _QUOTED_QUOTE)


@contextmanager
def _certificate_file(pem: bytes, path: Path | None) -> Iterator[Path]:
    """Write the certificate to ``path``, or to a new temporary file removed afterwards.

    Each sandbox has a file of its own, so a second one never replaces the certificate a
    client of the first encrypts with.
    """
    if path is not None:
        path.write_bytes(pem)
        yield path
        return
    handle, name = tempfile.mkstemp(prefix="local-daraja-", suffix=".pem")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pem)
        yield Path(name)
    finally:
        os.unlink(name)


if __name__ == "__main__":
    sys.exit(main())
