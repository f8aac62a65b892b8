"""Check the spec and build its typed model (:mod:`generator.model`).

The raw checks (:func:`spec.load_spec`) run first; the rules that need derived facts, such as
whether an argument has a default, are checked on the typed model itself, so each rule is
written once. Inline objects are hoisted to models of their own as they are met.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from .model import (
    CONSTRAINT_KEYWORDS,
    AcceptedCode,
    Accepts,
    ApiSpec,
    ArrayModel,
    Callback,
    CallbackUse,
    CodeTable,
    EnumMember,
    EnumSpec,
    ErrorCode,
    Event,
    Field,
    Group,
    Info,
    Kind,
    MessageRule,
    Model,
    ObjectModel,
    OperationSpec,
    Parameter,
    Resolution,
    ResultCode,
    ResultParameter,
    TypeRef,
    pascal,
)
from .spec import SCHEMA_PATH, Problem, Spec, SpecError, load_spec

MEMBER_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


def load_model(spec_dir: Path) -> ApiSpec:
    """Check the spec under ``spec_dir`` and build its typed model; raise :class:`SpecError`."""
    spec = load_spec(spec_dir)
    model = _Builder(spec).build()
    problems = list(model_problems(model))
    if problems:
        raise SpecError(problems)
    return model


class _Builder:
    """Builds the typed model from a checked spec; collects models as it hoists them."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.data = spec.data
        self.models: dict[str, Model] = {}

    @functools.cached_property
    def info(self) -> Info:
        """The API as a whole, its products in their listing order."""
        raw = self.data["info"]
        groups = tuple(Group(entry["name"], entry["title"]) for entry in raw["groups"])
        sources = tuple(raw.get("callback_sources", {}).get("addresses", ()))
        msisdns = tuple(raw.get("test_msisdns", {}).get("numbers", ()))
        return Info(
            raw["title"],
            raw["version"],
            raw["description"],
            raw["servers"],
            groups,
            sources,
            msisdns,
        )

    def build(self) -> ApiSpec:
        schemas = tuple(
            self.object_model(name, body["description"], body["fields"], _schema_kind(body), None)
            for name, body in sorted(self.data.get("schemas", {}).items())
        )
        callbacks = tuple(
            self.callback(name, body)
            for name, body in sorted(self.data.get("callbacks", {}).items())
        )
        errors = {entry["code"]: _error_code(entry) for entry in self.data.get("error_codes", [])}
        every_operation = {
            entry["every_operation"]: entry["name"]
            for entry in self.data.get("events", [])
            if "every_operation" in entry
        }
        enums = self.enums()
        order = [group.name for group in self.info.groups]
        operations = tuple(
            sorted(
                (
                    self.operation(name, body, errors, every_operation, enums)
                    for name, body in self.spec.operations.items()
                ),
                key=lambda op: order.index(op.group),
            )
        )
        tables = tuple(
            CodeTable(
                name,
                body["description"],
                tuple(
                    ResultCode(c["code"], c["description"], c["category"]) for c in body["codes"]
                ),
            )
            for name, body in self.data.get("result_codes", {}).items()
        )
        return ApiSpec(
            info=self.info,
            operations=operations,
            callbacks=callbacks,
            schemas=schemas,
            models=tuple(self.models.values()),
            result_codes=tables,
            error_codes=tuple(sorted(errors.values(), key=lambda e: e.code)),
            events=self.events(operations),
            enums=enums,
            categories=tuple(yaml.safe_load(SCHEMA_PATH.read_text())["$defs"]["category"]["enum"]),
        )

    def enums(self) -> tuple[EnumSpec, ...]:
        """Each enum, its members the values of the request fields it covers, in spec order."""
        found = []
        for name, raw in sorted(self.data.get("enums", {}).items()):
            enum = EnumSpec(
                name=name,
                file=self.spec.origin[f"enums/{name}"],
                description=" ".join(raw["description"].split()),
                wires=tuple(raw["wires"]),
                operations=tuple(raw.get("operations", ())),
                members=(),
            )
            values: dict[str, None] = {}
            for operation, body in self.spec.operations.items():
                for spec_field in body["request"].get("fields", []):
                    if enum.covers(operation, spec_field["wire"]):
                        listed = spec_field.get("enum", [spec_field.get("const")])
                        values.update(dict.fromkeys(str(v) for v in listed if v is not None))
            names = raw.get("names", {})
            members = tuple(EnumMember(names.get(v) or _snake(v).upper(), v) for v in values)
            found.append(replace(enum, members=members))
        return tuple(found)

    def events(self, operations: tuple[OperationSpec, ...]) -> tuple[Event, ...]:
        descriptions = {e["name"]: e["description"] for e in self.data.get("events", [])}
        for op in operations:
            for kind, name in op.events.items():
                descriptions.setdefault(name, f"{kind} of {op.name}")
        return tuple(Event(name, text.strip()) for name, text in sorted(descriptions.items()))

    # -- fields and models

    def fields(
        self, owner: str, raw: list[dict[str, Any]], kind: Kind, group: str | None
    ) -> tuple[Field, ...]:
        return tuple(self.field(owner, f, kind, group) for f in raw)

    def field(self, owner: str, raw: dict[str, Any], kind: Kind, group: str | None) -> Field:
        return Field(
            wire=raw["wire"],
            name=raw["name"],
            argument=raw.get("argument", raw["name"]),
            type=self.type_ref(owner + pascal(raw["name"]), raw, kind, group),
            description=raw.get("description", ""),
            required=bool(raw.get("required")),
            has_default="default" in raw,
            default=raw.get("default"),
            fill=raw.get("fill"),
            aliases=tuple(raw.get("aliases", ())),
            money=bool(raw.get("money")),
            phone=bool(raw.get("phone")),
            msisdn=bool(raw.get("msisdn")),
            secret=bool(raw.get("secret")),
            url=bool(raw.get("url")),
            forbidden_words=tuple(raw.get("forbidden_words", ())),
            free_text=bool(raw.get("free_text")),
            accepts=_accepts(raw),
        )

    def type_ref(self, nested: str, raw: dict[str, Any], kind: Kind, group: str | None) -> TypeRef:
        """The type of ``raw``; an inline object becomes the model ``nested``."""
        declared = raw.get("type", "object" if "ref" in raw else "any")
        choices = tuple(declared) if isinstance(declared, list) else ()
        model = raw.get("ref")
        items = None
        if "fields" in raw and "ref" not in raw:
            model = nested
            self.object_model(nested, f"Part of {nested}.", raw["fields"], kind, group)
        if declared == "array":
            items = self.type_ref(nested + "Item", raw["items"], kind, group)
        return TypeRef(
            kind="any" if choices else declared,
            choices=choices,
            ref=raw.get("ref"),
            model=model,
            items=items,
            one_or_many=bool(raw.get("one_or_many")),
            enum=tuple(raw["enum"]) if "enum" in raw else None,
            open_enum=bool(raw.get("open_enum")),
            const=raw.get("const"),
            constraints={key: raw[key] for key in CONSTRAINT_KEYWORDS if key in raw},
        )

    def object_model(
        self, name: str, description: str, raw: list[dict[str, Any]], kind: Kind, group: str | None
    ) -> ObjectModel:
        model = ObjectModel(name, description, self.fields(name, raw, kind, group), kind, group)
        self.add(model)
        return model

    def add(self, model: Model) -> None:
        """Record a class of ``mpesa.models`` (a later one of the same name replaces it)."""
        self.models[model.name] = model

    def callback(self, name: str, raw: dict[str, Any]) -> Callback:
        groups = {
            op["group"]
            for op in self.spec.operations.values()
            if op.get("callback", {}).get("schema") == name
        }
        group = groups.pop() if len(groups) == 1 else None
        model = self.object_model(name, raw["summary"], raw["fields"], "inbound", group)
        reply = raw.get("reply")
        reply_fields: tuple[Field, ...] = ()
        if reply is not None:
            reply_model = self.object_model(
                raw["reply_model"], reply["description"], reply["fields"], "request", group
            )
            reply_fields = reply_model.fields
        return Callback(
            name=name,
            summary=raw["summary"],
            fields=model.fields,
            reply_model=raw.get("reply_model"),
            reply_fields=reply_fields,
        )

    # -- operations

    def operation(
        self,
        name: str,
        raw: dict[str, Any],
        errors: Mapping[str, ErrorCode],
        every_operation: Mapping[str, str],
        enums: tuple[EnumSpec, ...],
    ) -> OperationSpec:
        request, response = raw["request"], raw["response"]
        group = raw["group"]
        body = request.get("body", "object")
        item_model = request.get("item_model")
        owner = item_model if body == "array" else request["model"]
        fields = tuple(
            replace(f, enums=tuple(e.name for e in enums if e.covers(name, f.wire)))
            for f in self.fields(owner, request.get("fields", []), "request", group)
        )
        description = request.get("description", f"Request body of {name}.")
        at_least_one = tuple(tuple(group) for group in request.get("at_least_one", ()))
        if body == "array":
            self.add(
                ObjectModel(item_model, f"One item of {name}'s body.", fields, "request", group)
            )
            self.add(
                ArrayModel(
                    request["model"],
                    description,
                    item_model,
                    request.get("min_items"),
                    request.get("max_items"),
                    group,
                )
            )
        else:
            self.add(
                ObjectModel(request["model"], description, fields, "request", group, at_least_one)
            )
        headers = self.fields(owner, request.get("headers", []), "request", group)
        response_model = self.object_model(
            response["model"],
            response.get("description", f"Synchronous answer of {name}."),
            response["fields"],
            "inbound",
            group,
        )
        arguments = tuple(raw.get("arguments", ()))
        resolver = raw.get("resolved_by")
        accepted = raw.get("accepted")
        return OperationSpec(
            name=name,
            file=self.spec.origin[f"operations/{name}"],
            summary=raw["summary"].strip(),
            description=raw.get("description", "").strip(),
            group=group,
            group_title=next(g.title for g in self.info.groups if g.name == group),
            method=raw["method"],
            path=raw["path"],
            auth=raw["auth"],
            environments=tuple(raw["environments"]),
            moves_money=raw["moves_money"],
            retry=raw["retry"],
            request_model=request["model"],
            response_model=response["model"],
            body=body,
            fields=fields,
            headers=headers,
            query=request.get("query", {}),
            at_least_one=at_least_one,
            item_model=item_model,
            item_argument=request.get("item_argument"),
            response_fields=response_model.fields,
            arguments=arguments,
            parameters=_parameters(
                owner,
                fields,
                headers,
                request.get("item_argument") if body == "array" else None,
                item_model,
                arguments,
                raw.get("argument_defaults", {}),
            ),
            errors=tuple(errors[code] for code in raw["errors"] if code in errors),
            invalid_token_errors=tuple(sorted(raw.get("invalid_token_errors", ()))),
            result_code_tables=tuple(raw.get("result_codes", ())),
            callback=_callback_use(raw.get("callback"), fields),
            correlation=tuple(raw.get("correlation", ())),
            resolution=Resolution(resolver["operation"], resolver.get("arguments", {}))
            if resolver
            else None,
            accepted=AcceptedCode(
                accepted["wire"],
                accepted["code"],
                accepted["description"],
                accepted.get("missing", "unknown"),
            )
            if accepted
            else None,
            returns=next((f for f in response_model.fields if f.name == raw.get("returns")), None),
            events=dict(sorted({**raw.get("events", {}), **_every(every_operation, raw)}.items())),
        )


def _every(every_operation: Mapping[str, str], raw: dict[str, Any]) -> dict[str, str]:
    """The every-operation events this operation emits: ``sending`` only if it moves money."""
    return {
        kind: name
        for kind, name in every_operation.items()
        if kind != "sending" or raw["moves_money"]
    }


def _accepts(raw: dict[str, Any]) -> Accepts | None:
    """The other JSON form the field is read in: ``accepts_number`` or ``accepts_text``."""
    if raw.get("accepts_number"):
        return "number"
    if raw.get("accepts_text"):
        return "text"
    return None


def _schema_kind(body: dict[str, Any]) -> Kind:
    return "request" if body.get("extra") == "forbid" else "inbound"


def _error_code(entry: dict[str, Any]) -> ErrorCode:
    invalid_token = bool(entry.get("invalid_token"))
    throttled = bool(entry.get("throttled"))
    return ErrorCode(
        code=entry["code"],
        message=entry["message"],
        meaning=entry.get("meaning"),
        category=entry["category"],
        http_status=entry.get("http_status"),
        invalid_token=invalid_token,
        throttled=throttled,
        refused=bool(entry.get("refused")) or invalid_token or throttled,
        by_message=tuple(
            MessageRule(
                rule["contains"].lower(),
                rule["meaning"],
                rule["category"],
                bool(rule.get("refused")),
            )
            for rule in entry.get("by_message", ())
        ),
    )


def _callback_use(raw: dict[str, Any] | None, fields: tuple[Field, ...]) -> CallbackUse | None:
    if raw is None:
        return None
    arguments = {f.wire: f.argument for f in fields}
    timeout = raw.get("timeout_url_field")
    return CallbackUse(
        model=raw["schema"],
        url_field=raw["url_field"],
        url_argument=arguments.get(raw["url_field"], raw["url_field"]),
        timeout_url_field=timeout,
        timeout_url_argument=arguments.get(timeout, timeout) if timeout else None,
        result_parameters=tuple(
            ResultParameter(
                p["key"],
                p.get("name", _snake(p["key"])),
                p["type"],
                p.get("example"),
                dict(p.get("states", {})),
            )
            for p in raw.get("result_parameters", ())
        ),
        numeric_codes=bool(raw.get("numeric_codes")),
    )


def _snake(name: str) -> str:
    """``MpesaReceiptNumber`` -> ``mpesa_receipt_number``."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _parameters(
    owner: str,
    fields: tuple[Field, ...],
    headers: tuple[Field, ...],
    item_argument: str | None,
    item_model: str | None,
    positional: tuple[str, ...],
    argument_defaults: Mapping[str, Any],
) -> tuple[Parameter, ...]:
    """The adapter method's arguments: the spec's positional ones first, then keyword-only ones."""
    found: list[Parameter] = []
    feeding = headers
    if item_argument is not None:
        items = TypeRef("array", items=TypeRef("object", ref=item_model, model=item_model))
        found.append(
            Parameter(
                item_argument, items.annotation(), None, f"The {item_model} items of the body."
            )
        )
    else:
        feeding = fields + headers
    groups: dict[str, list[Field]] = {}
    for spec_field in feeding:
        groups.setdefault(spec_field.argument, []).append(spec_field)
    for argument, group in groups.items():
        first = group[0]
        default: str | None
        annotation = first.annotation
        if any(f.needed for f in group):
            default = None
        elif first.has_default and first.fill is None and len(group) == 1:
            default = repr(first.default)
        else:
            default, annotation = "None", f"{annotation} | None"
        if argument in argument_defaults:
            default = repr(argument_defaults[argument])
        wires = tuple(f.wire for f in group)
        fills = tuple(dict.fromkeys(f.fill_text for f in group if f.fill_text is not None))
        found.append(
            Parameter(argument, annotation, default, first.description.strip(), wires, fills)
        )
    ordered = [p for name in positional for p in found if p.name == name]
    return tuple(ordered + [p for p in found if p.name not in positional])


# -- checks that need the typed model --------------------------------------------------------


def model_problems(model: ApiSpec) -> Iterator[Problem]:
    """Rules about arguments, resolutions and enums, checked on the derived facts themselves."""
    operations = {op.name: op for op in model.operations}
    for op in operations.values():
        base = f"/operations/{op.name}"
        names = [p.name for p in op.parameters]
        optional: str | None = None
        for index, argument in enumerate(op.arguments):
            where = f"{base}/arguments/{index}"
            if argument not in names:
                yield Problem(op.file, where, f"{argument} is not an argument of any field")
                continue
            parameter = op.parameters[names.index(argument)]
            if parameter.default is None and optional is not None:
                yield Problem(
                    op.file, where, f"{argument} is required but follows the optional {optional}"
                )
            if parameter.default is not None:
                optional = optional or argument
        if op.resolution is not None:
            yield from _resolution_problems(op, operations)
    for enum in model.enums:
        yield from _enum_problems(enum, operations)


def _enum_problems(enum: EnumSpec, operations: Mapping[str, OperationSpec]) -> Iterator[Problem]:
    base = f"/enums/{enum.name}"
    for index, operation in enumerate(enum.operations):
        if operation not in operations:
            yield Problem(
                enum.file, f"{base}/operations/{index}", f"no operation named {operation}"
            )
    if not enum.members:
        yield Problem(enum.file, base, "no request field with these wires has enum or const values")
    seen: set[str] = set()
    for member in enum.members:
        if not MEMBER_NAME.fullmatch(member.name):
            yield Problem(enum.file, f"{base}/names", f"the value {member.value!r} needs a name")
        elif member.name in seen:
            yield Problem(enum.file, f"{base}/names", f"two values are named {member.name}")
        seen.add(member.name)


def _resolution_problems(
    op: OperationSpec, operations: Mapping[str, OperationSpec]
) -> Iterator[Problem]:
    assert op.resolution is not None
    base = f"/operations/{op.name}/resolved_by"
    target = operations.get(op.resolution.operation)
    if target is None:
        yield Problem(op.file, f"{base}/operation", f"no operation named {op.resolution.operation}")
        return
    target_arguments = {p.name for p in target.parameters}
    for argument, wire in op.resolution.arguments.items():
        where = f"{base}/arguments/{argument}"
        if argument not in target_arguments:
            yield Problem(op.file, where, f"{argument} is not an argument of {target.name}")
        if wire not in op.id_wires and wire not in {f.wire for f in op.response_fields}:
            yield Problem(
                op.file,
                where,
                f"{wire} is neither an identifying request field nor a response field",
            )
