"""``mpesa conformance``: check a Daraja-compatible server against the spec (see
:mod:`mpesa.conformance`).

Credentials and settings come from the ``MPESA_*`` environment. Exit status: 0 nothing failed,
1 a rule was broken, 2 bad options or settings (or money-moving operations on production
without ``--allow-production``, or the conformance extra is missing), 4 the server could not
be reached.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli import EXIT_API_ERROR, EXIT_BAD_INPUT, EXIT_NO_ANSWER, AdapterFactory
from .errors import MpesaException

__all__ = ["COMMANDS", "add_parsers"]

COMMANDS = (
    (
        "conformance",
        "Check a Daraja-compatible server against the spec (needs the conformance extra)",
    ),
)
"""The commands this module adds, for ``mpesa --help``."""

_EXTRA = "pip install 'mpesa-adapter[conformance]'"


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "conformance",
        description=(
            "Property-based checks of a Daraja-compatible server against the spec: valid "
            "requests accepted with answers in the spec's shape, invalid ones and bad tokens "
            "refused with the codes the spec lists, callbacks in the spec's shape carrying the "
            "request's IDs. Each failure is shrunk to its smallest example. Credentials come "
            "from the MPESA_* environment."
        ),
    )
    parser.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        help="the server to check (overrides MPESA_BASE_URL)",
    )
    parser.add_argument(
        "--operations",
        metavar="A,B,...",
        help="the operations to check [default: those the environment offers]",
    )
    parser.add_argument(
        "--max-examples", type=int, default=10, metavar="N", help="examples per property [10]"
    )
    parser.add_argument("--seed", type=int, help="the random seed (printed with every run)")
    parser.add_argument("--json-report", metavar="PATH", help="also write the report as JSON")
    parser.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="collect callbacks here [default on a loopback server: 127.0.0.1:0]",
    )
    parser.add_argument(
        "--callback-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for each callback [10]",
    )
    parser.add_argument(
        "--allow-production",
        action="store_true",
        help="send money-moving requests to production too (refused otherwise)",
    )
    parser.set_defaults(run=_conformance)


def _conformance(args: argparse.Namespace, adapter_factory: AdapterFactory | None) -> int:
    try:
        from .conformance import run_conformance
    except ImportError as exc:
        print(
            f"mpesa: conformance checks need the conformance extra ({exc}): {_EXTRA}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    import httpx

    from .config import MpesaConfig, naming_variable
    from .errors import MpesaConfigError

    overrides = {
        key: value
        for key, value in (("base_url", args.base_url), ("environment", args.environment))
        if value is not None
    }
    operations = [name for name in (args.operations or "").split(",") if name] or None
    try:
        config = MpesaConfig.from_env().replace(**overrides)
    except MpesaConfigError as exc:
        print(f"mpesa: {naming_variable(exc, setting=exc.setting).message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        report = run_conformance(
            config,
            operations=operations,
            max_examples=args.max_examples,
            seed=args.seed,
            listen=args.listen,
            allow_production=args.allow_production,
            callback_timeout=args.callback_timeout,
        )
    except MpesaException as exc:
        print(f"mpesa: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyError as exc:
        print(f"mpesa: {exc.args[0]}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except httpx.TransportError as exc:
        print(f"mpesa: {config.resolved_base_url} did not answer ({exc})", file=sys.stderr)
        return EXIT_NO_ANSWER
    print(report.table())
    if args.json_report:
        Path(args.json_report).write_text(report.to_json() + "\n", encoding="utf-8")
    return 0 if report.ok else EXIT_API_ERROR
