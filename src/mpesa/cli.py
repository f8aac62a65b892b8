"""The ``mpesa`` command line: one subcommand per operation, built from ``mpesa.OPERATIONS``.

Nothing here is written per operation. Each subcommand's flags come from the adapter method's
signature (names, required-ness, ``Literal`` choices) and its docstring's ``Args`` section
(help text), so the command line can never drift from the adapter it drives. Settings come
from the ``MPESA_*`` environment exactly as for :func:`mpesa.create_mpesa_adapter`.

Secret arguments (security credential, STK password, Bill Manager app key) get no flag: the
adapter fills them from the environment, and a secret typed on a command line ends up in shell
history and in ``ps``.

Exit codes: 0 done; 1 Daraja answered with an error (or refused the credentials); 2 bad input
or settings (nothing was sent); 3 a money-moving request may have been processed and its outcome
must be queried; 4 Daraja could not be reached or did not answer (nothing that moves money was
sent); 5 the result is still pending (an STK prompt still open): ask again later.

With ``--wait`` a money-moving command follows the payment to its outcome: 0 success, 1 failed,
5 still pending or unknown at the deadline. ``mpesa ledger``, ``mpesa reconcile`` and ``mpesa
callbacks serve`` (modules ``_cli_ledger`` and ``_cli_serve``) exit 2 when no ledger is given
(or a ledger to read is not there), when ``ledger show`` finds no request with that ID, or when
``callbacks serve`` cannot listen.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import shutil
import sys
import textwrap
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ._version import __version__
from .errors import (
    MpesaAPIException,
    MpesaAuthException,
    MpesaConfigError,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaTransportError,
    MpesaValidationError,
)

if TYPE_CHECKING:
    from ._generated._client import MpesaAdapter
    from ._operation import FieldSpec, Operation

__all__ = ["main"]

AdapterFactory = Callable[..., "MpesaAdapter"]
"""Builds the adapter from ``environment=`` / ``base_url=`` overrides; tests inject a transport."""

# The most used operations, by a shorter name.
_COMMAND_ALIASES: Mapping[str, str] = {
    "initiate_stk_push": "stk-push",
    "query_stk_push_status": "stk-query",
    "b2c_payment": "b2c",
    "get_account_balance": "balance",
    "query_transaction_status": "status",
}
_FLAG_ALIASES: Mapping[str, str] = {
    "phone_number": "--phone",
    "account_reference": "--reference",
}
_ARG_PREFIX = "arg:"
_ARGS_ENTRY = re.compile(r"^ {4}(\w+): (.*)$")
_SANDBOX_EXTRA = "pip install 'mpesa-adapter[sandbox]'"

_SANDBOX_HELP = "Run a local Daraja sandbox on this machine (needs the sandbox extra)"
_EXIT_STATUSES = (
    "exit status: 0 done, 1 Daraja answered with an error, 2 bad input or settings (nothing "
    "sent), 3 outcome unknown (query it, do not resend), 4 no answer from Daraja, 5 pending "
    "(ask again later)"
)

EXIT_API_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_OUTCOME_UNKNOWN = 3
EXIT_NO_ANSWER = 4
EXIT_PENDING = 5
_PENDING = "pending"  # the spec's category of an answer that is not final yet (codes.yaml)


def main(
    argv: Sequence[str] | None = None, *, adapter_factory: AdapterFactory | None = None
) -> int:
    """Run one command and return the process exit status (see the module docstring)."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if args.command == "sandbox":
        return _sandbox(extra)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    run: Callable[[argparse.Namespace, AdapterFactory | None], int] | None = getattr(
        args, "run", None
    )
    if run is not None:
        return run(args, adapter_factory)
    from ._cli_wait import wait_and_report
    from ._generated._operations import OPERATIONS

    op: Operation[Any, Any] = OPERATIONS[args.command]
    arguments = {
        key.removeprefix(_ARG_PREFIX): value
        for key, value in vars(args).items()
        if key.startswith(_ARG_PREFIX)
    }
    wait: float | None = getattr(args, "wait", None)
    try:
        with open_adapter(args, adapter_factory) as adapter:
            try:
                result = getattr(adapter, op.name)(**arguments)
            except MpesaOutcomeUnknownError as exc:
                if wait is None:
                    raise
                _report(op, exc)
                return wait_and_report(adapter, exc, wait, response=None, as_json=args.json)
            data = {op.returns: result} if op.returns else result.to_dict()
            if wait is not None:
                return wait_and_report(adapter, result, wait, response=data, as_json=args.json)
    except MpesaException as exc:
        _report(op, exc)
        return _exit_status(exc)
    print(_render(data, as_json=args.json))
    return 0


def open_adapter(
    args: argparse.Namespace, adapter_factory: AdapterFactory | None, **settings: object
) -> MpesaAdapter:
    """The adapter from the environment, ``--base-url`` / ``--environment`` and ``settings``."""
    from ._factory import create_mpesa_adapter

    factory: AdapterFactory = adapter_factory or create_mpesa_adapter
    overrides = {
        key: value
        for key, value in (("base_url", args.base_url), ("environment", args.environment))
        if value is not None
    }
    return factory(**overrides, **settings)


def _report(op: Operation[Any, Any], exc: MpesaException) -> None:
    print(f"mpesa: {type(exc).__name__}: {exc.message}", file=sys.stderr)
    for hint in _setting_hints(op, exc):
        print(f"mpesa: {hint}", file=sys.stderr)


def _exit_status(exc: MpesaException) -> int:
    """The exit status of an error (see the module docstring)."""
    if isinstance(exc, (MpesaValidationError, MpesaConfigError)):
        return EXIT_BAD_INPUT
    if isinstance(exc, MpesaOutcomeUnknownError):
        return EXIT_OUTCOME_UNKNOWN
    if isinstance(exc, MpesaTransportError) or _token_fetch_unanswered(exc):
        return EXIT_NO_ANSWER
    if isinstance(exc, MpesaAPIException) and exc.category == _PENDING:
        return EXIT_PENDING
    return EXIT_API_ERROR


def _token_fetch_unanswered(exc: MpesaException) -> bool:
    """The OAuth call got no answer: the adapter reports the HTTP failure as the context of
    an ``MpesaAuthException`` (the request that would follow was never sent)."""
    import httpx

    return isinstance(exc, MpesaAuthException) and isinstance(exc.__context__, httpx.TransportError)


def _setting_hints(op: Operation[Any, Any], exc: MpesaException) -> list[str]:
    """For each missing value a setting fills, the flag and variable that give it."""
    if isinstance(exc, MpesaValidationError):
        missing = {problem.field for problem in exc.errors if problem.rule == "required"}
    elif isinstance(exc, MpesaConfigError):
        missing = {spec.wire for spec in _filled(op) if spec.fill == f"config.{exc.setting}"}
    else:
        return []
    hints = []
    for spec in _filled(op):
        if spec.wire in missing:
            ways = [_variable(spec)] if spec.secret else [_flag(spec.argument), _variable(spec)]
            hints.append(f"give {spec.wire} with {' or '.join(ways)}")
    return hints


def _filled(op: Operation[Any, Any]) -> list[FieldSpec]:
    """The fields and headers the adapter fills from a setting of ``MpesaConfig``."""
    return [
        spec
        for spec in (*op.fields, *op.headers)
        if spec.fill is not None and spec.fill.startswith("config.")
    ]


def _variable(spec: FieldSpec) -> str:
    """The ``MPESA_*`` variable of the setting that fills ``spec`` (``MpesaConfig.from_env``)."""
    return "MPESA_" + (spec.fill or "").removeprefix("config.").upper()


def _flag(argument: str) -> str:
    return "--" + argument.replace("_", "-")


def _sandbox(argv: list[str]) -> int:
    """Hand over to ``python -m mpesa.sandbox``, which needs the optional ``sandbox`` extra."""
    try:
        from .sandbox.__main__ import main as sandbox_main
    except ImportError as exc:
        message = str(exc)
        if _SANDBOX_EXTRA not in message:
            message = f"the local sandbox needs the sandbox extra ({exc}): {_SANDBOX_EXTRA}"
        print(f"mpesa: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return sandbox_main(argv)


def _parser() -> argparse.ArgumentParser:
    from . import _cli_conformance, _cli_events, _cli_ledger, _cli_serve
    from ._cli_wait import add_wait_flag
    from ._generated._client import MpesaAdapter
    from ._generated._operations import OPERATIONS

    parser = argparse.ArgumentParser(
        prog="mpesa",
        description="Call the M-Pesa Daraja API, configured from MPESA_* environment variables.",
        epilog=_command_list(OPERATIONS.values()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mpesa {__version__}")
    parser.add_argument("--base-url", help="send requests here instead (overrides MPESA_BASE_URL)")
    parser.add_argument(
        "--environment",
        choices=("sandbox", "production"),
        help="Daraja environment (overrides MPESA_ENVIRONMENT)",
    )
    # Subcommands get no help= here: the epilog lists them, grouped by product.
    commands = parser.add_subparsers(
        dest="command", metavar="<command>", help="one of the commands listed below"
    )
    for op in OPERATIONS.values():
        method = getattr(MpesaAdapter, op.name)
        sub = commands.add_parser(
            _command(op),
            aliases=_aliases(op),
            description=_escape(_description(method)),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(command=op.name)
        sub.add_argument("--json", action="store_true", help="print the response as JSON")
        if op.moves_money:
            add_wait_flag(sub)
        _add_flags(sub, op, method)
    commands.add_parser("sandbox", add_help=False)
    _cli_ledger.add_parsers(commands)
    _cli_serve.add_parsers(commands)
    _cli_events.add_parsers(commands)
    _cli_conformance.add_parsers(commands)
    return parser


def _command(op: Operation[Any, Any]) -> str:
    return op.name.replace("_", "-")


def _aliases(op: Operation[Any, Any]) -> list[str]:
    return [_COMMAND_ALIASES[op.name]] if op.name in _COMMAND_ALIASES else []


def _command_list(operations: Iterable[Operation[Any, Any]]) -> str:
    """The subcommands by product, products and commands in the registry's (the spec's) order."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for op in operations:
        names = ", ".join([_command(op), *_aliases(op)])
        groups.setdefault(op.group_title, []).append((names, op.summary))
    from . import _cli_conformance, _cli_events, _cli_ledger, _cli_serve

    groups["Following payments"] = [
        *_cli_ledger.COMMANDS,
        *_cli_serve.COMMANDS,
        *_cli_events.COMMANDS,
    ]
    groups["Local tools"] = [("sandbox", _SANDBOX_HELP), *_cli_conformance.COMMANDS]
    width = max(len(names) for rows in groups.values() for names, _ in rows) + 6
    columns = max(shutil.get_terminal_size().columns - 2, width + 20)
    lines = ["commands, by product (mpesa <command> --help shows its flags):"]
    for group, rows in groups.items():
        lines += ["", f"  {group}:"]
        for names, summary in rows:
            lines += textwrap.wrap(
                summary,
                columns,
                initial_indent=f"    {names}".ljust(width),
                subsequent_indent=" " * width,
                break_on_hyphens=False,
            )
    lines += ["", *textwrap.wrap(_EXIT_STATUSES, columns, subsequent_indent="  ")]
    return _escape("\n".join(lines))


def _add_flags(
    sub: argparse.ArgumentParser, op: Operation[Any, Any], method: Callable[..., Any]
) -> None:
    """One flag per adapter argument; unset flags are left out so the adapter's defaults apply."""
    hints = typing.get_type_hints(method)
    helps = _argument_help(method)
    specs = {spec.argument: spec for spec in (*op.fields, *op.headers)}
    for name, parameter in list(inspect.signature(method).parameters.items())[1:]:
        spec = specs.get(name)
        if spec is not None and spec.secret:
            continue
        required = parameter.default is inspect.Parameter.empty
        flags = [_flag(name)]
        if name in _FLAG_ALIASES:
            flags.append(_FLAG_ALIASES[name])
        help_text = helps.get(name, "")
        if spec is not None and spec.fill is not None and spec.fill.startswith("config."):
            help_text += f" [default: ${_variable(spec)}]"
        elif parameter.default not in (inspect.Parameter.empty, None):
            help_text += f" [default: {parameter.default}]"
        target: argparse._ActionsContainer = sub
        if name == op.item_argument:
            target = sub.add_mutually_exclusive_group(required=required)
            target.add_argument(
                "--json-file",
                dest=_ARG_PREFIX + name,
                type=_json_file,
                default=argparse.SUPPRESS,
                metavar="PATH",
                help=f"read {name} from this JSON file (a list)",
            )
            required = False
        kind, choices = _kind(hints[name])
        target.add_argument(
            *flags,
            dest=_ARG_PREFIX + name,
            required=required,
            type=_json_list if kind == "json" else str,
            choices=choices,
            default=argparse.SUPPRESS,
            metavar="JSON" if kind == "json" else None if choices else name.upper(),
            help=_escape(help_text.strip()),
        )


def _kind(annotation: Any) -> tuple[Literal["text", "json"], tuple[str, ...] | None]:
    """How a parameter is typed on the command line: plain text (maybe with choices) or JSON.

    Everything else stays text: the adapter validates and converts (amounts included), so the
    command line reports the same field and rule as the library would.
    """
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [
            option
            for option in typing.get_args(annotation)
            if option is not type(None)
            and not (isinstance(option, type) and issubclass(option, Enum))
        ]
        if len(options) == 1:
            annotation = options[0]
    if typing.get_origin(annotation) is Literal:
        return "text", tuple(str(value) for value in typing.get_args(annotation))
    if typing.get_origin(annotation) is Sequence:
        return "json", None
    return "text", None


def _json_list(text: str) -> list[Any]:
    """Parse a JSON list argument; argparse turns the ValueError into a usage error (exit 2)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise argparse.ArgumentTypeError(f"not valid JSON: {exc}") from None
    if not isinstance(value, list):
        raise argparse.ArgumentTypeError("must be a JSON list")
    return value


def _json_file(path: str) -> list[Any]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {exc.strerror}") from None
    return _json_list(text)


def _description(method: Callable[..., Any]) -> str:
    """The method docstring without its ``Args`` section."""
    doc = inspect.getdoc(method) or ""
    return doc.split("\nArgs:", 1)[0].strip()


def _argument_help(method: Callable[..., Any]) -> dict[str, str]:
    """Parse the docstring's ``Args`` section: ``    name: text (wire: Wire)`` plus indented lines."""
    doc = inspect.getdoc(method) or ""
    _, _, section = doc.partition("\nArgs:\n")
    helps: dict[str, str] = {}
    current: str | None = None
    for line in section.splitlines():
        entry = _ARGS_ENTRY.match(line)
        if entry:
            current = entry.group(1)
            helps[current] = entry.group(2)
        elif current is not None and line.startswith(" " * 8):
            helps[current] += " " + line.strip()
    return helps


def _escape(text: str) -> str:
    """argparse %-formats help text."""
    return text.replace("%", "%%")


def _render(data: Mapping[str, Any], *, as_json: bool) -> str:
    """JSON (sorted keys, Decimals as strings) or a two-column table of wire name and value."""
    if as_json:
        return json.dumps(data, default=_json_default, sort_keys=True, indent=2)
    if not data:
        return "(empty response)"
    width = max(len(key) for key in data)
    return "\n".join(f"{key:<{width}}  {_cell(value)}" for key, value in data.items())


def _cell(value: object) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, default=_json_default, sort_keys=True)
    if isinstance(value, (Decimal, date)):
        return _json_default(value)
    return str(value)


def _json_default(value: object) -> str:
    """Money stays exact (a string, never a float); dates in ISO 8601."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot show {type(value).__name__} as JSON")
