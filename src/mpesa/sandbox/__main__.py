"""``python -m mpesa.sandbox``: run the local Daraja in the foreground until interrupted.

It prints the base URL and the credentials to configure a client with, and writes the
certificate (for the ``SecurityCredential``) to a file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from .server import LocalDaraja
from .state import SandboxState

__all__ = ["main"]


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
        help="where to write the certificate PEM (default: a temporary file)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until Ctrl+C; returns the process exit status."""
    args = _parser().parse_args(argv)
    state = SandboxState(
        consumer_key=args.consumer_key,
        consumer_secret=args.consumer_secret,
        stk_delay=args.stk_delay,
        callback_delay=args.callback_delay,
    )
    certificate = args.certificate_out or Path(tempfile.gettempdir()) / "local-daraja-cert.pem"
    certificate.write_bytes(state.certificate_pem)
    with LocalDaraja(state, host=args.host, port=args.port) as sandbox:
        print(f"Local Daraja listening on {sandbox.base_url}")
        print(f"  MPESA_BASE_URL={sandbox.base_url}")
        print(f"  MPESA_CONSUMER_KEY={sandbox.consumer_key}")
        print(f"  MPESA_CONSUMER_SECRET={sandbox.consumer_secret}")
        print(f"  MPESA_BUSINESS_SHORTCODE={sandbox.business_shortcode}")
        print(f"  MPESA_PASSKEY={sandbox.passkey}")
        print(f"  MPESA_INITIATOR_NAME={sandbox.initiator_name}")
        print(f"  MPESA_INITIATOR_PASSWORD={sandbox.initiator_password}")
        print(f"  MPESA_CERTIFICATE_PATH={certificate}")
        print("Test controls under /sandbox/ (transactions, callbacks, control/...). Ctrl+C stops.")
        sys.stdout.flush()
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("Stopping.")
    state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
