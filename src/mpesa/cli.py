"""The ``mpesa`` command line: one subcommand per operation, built from ``mpesa.OPERATIONS``.

Nothing here is written per operation. Each subcommand's flags come from the adapter method's
signature (names, required-ness, ``Literal`` choices) and its docstring's ``Args`` section
(help text), so the command line can never drift from the adapter it drives. Settings come
from the ``MPESA_*`` environment exactly as for :func:`mpesa.create_mpesa_adapter`.

Secret arguments (security credential, STK password, Bill Manager app key) get no flag: the
adapter fills them from the environment, and a secret typed on a command line ends up in shell
history and in ``ps``.

Exit codes: 0 done; 1 Daraja or the network refused; 2 bad input or settings (nothing was
sent); 3 a money-moving request may have been processed and its outcome must be queried.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .errors import (
    MpesaConfigError,
    MpesaException,
    MpesaOutcomeUnknownError,
    MpesaValidationError,
)

if TYPE_CHECKING:
    from ._generated._client import MpesaAdapter
    from ._operation import Operation

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

EXIT_API_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_OUTCOME_UNKNOWN = 3


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
    from ._generated._operations import OPERATIONS

    op: Operation[Any, Any] = OPERATIONS[args.command]
    arguments = {
        key.removeprefix(_ARG_PREFIX): value
        for key, value in vars(args).items()
        if key.startswith(_ARG_PREFIX)
    }
    if adapter_factory is None:
        from ._factory import create_mpesa_adapter

        adapter_factory = create_mpesa_adapter
    overrides = {
        key: value
        for key, value in (("base_url", args.base_url), ("environment", args.environment))
        if value is not None
    }
    try:
        with adapter_factory(**overrides) as adapter:
            result = getattr(adapter, op.name)(**arguments)
    except (MpesaValidationError, MpesaConfigError) as exc:
        return _fail(exc, EXIT_BAD_INPUT)
    except MpesaOutcomeUnknownError as exc:
        return _fail(exc, EXIT_OUTCOME_UNKNOWN)
    except MpesaException as exc:  # Daraja's error answer, refused credentials, no answer
        return _fail(exc, EXIT_API_ERROR)
    print(_render(result.to_dict(), as_json=args.json))
    return 0


def _fail(exc: MpesaException, status: int) -> int:
    """Report an error on stderr; the messages already name the field, rule, code or next step."""
    print(f"mpesa: {type(exc).__name__}: {exc.message}", file=sys.stderr)
    return status


def _sandbox(argv: list[str]) -> int:
    """Hand over to ``python -m mpesa.sandbox``, which needs the optional ``sandbox`` extra."""
    try:
        from .sandbox.__main__ import main as sandbox_main
    except ImportError as exc:
        print(
            f"mpesa: the local sandbox needs the sandbox extra ({exc}): {_SANDBOX_EXTRA}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return sandbox_main(argv)


def _parser() -> argparse.ArgumentParser:
    from ._generated._client import MpesaAdapter
    from ._generated._operations import OPERATIONS

    parser = argparse.ArgumentParser(
        prog="mpesa",
        description="Call the M-Pesa Daraja API, configured from MPESA_* environment variables.",
    )
    parser.add_argument("--base-url", help="send requests here instead (overrides MPESA_BASE_URL)")
    parser.add_argument(
        "--environment",
        choices=("sandbox", "production"),
        help="Daraja environment (overrides MPESA_ENVIRONMENT)",
    )
    commands = parser.add_subparsers(dest="command", metavar="<command>", title="commands")
    for op in OPERATIONS.values():
        method = getattr(MpesaAdapter, op.name)
        sub = commands.add_parser(
            op.name.replace("_", "-"),
            aliases=[_COMMAND_ALIASES[op.name]] if op.name in _COMMAND_ALIASES else [],
            help=_escape(op.summary),
            description=_escape(_description(method)),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(command=op.name)
        sub.add_argument("--json", action="store_true", help="print the response as JSON")
        _add_flags(sub, op, method)
    commands.add_parser(
        "sandbox", help="run a local Daraja sandbox (needs the sandbox extra)", add_help=False
    )
    return parser


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
        flags = [f"--{name.replace('_', '-')}"]
        if name in _FLAG_ALIASES:
            flags.append(_FLAG_ALIASES[name])
        help_text = helps.get(name, "")
        if spec is not None and spec.fill is not None and spec.fill.startswith("config."):
            help_text += f" [default: $MPESA_{spec.fill.removeprefix('config.').upper()}]"
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
        options = [option for option in typing.get_args(annotation) if option is not type(None)]
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
