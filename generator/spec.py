"""Loading and checking the spec.

Every file is checked against the JSON Schema in ``spec_schema.yaml`` first, then the merged
spec is checked for broken cross-references; :mod:`generator.model` then checks the rules that
need derived facts (argument order, resolutions). Nothing is generated from a spec with errors,
and each error names the file, the path inside it and the rule broken.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml

SCHEMA_PATH = Path(__file__).with_name("spec_schema.yaml")
TOP_LEVEL_MAPS = ("operations", "schemas", "callbacks", "result_codes", "enums")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the spec: where it is and which rule it breaks."""

    file: str
    path: str
    rule: str

    def __str__(self) -> str:
        return f"{self.file}: {self.path or '/'}: {self.rule}"


class SpecError(Exception):
    """The spec is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems)
        super().__init__(f"the spec is invalid ({len(problems)} problem(s)):\n{lines}")


@dataclass(frozen=True)
class Spec:
    """The merged spec, and which file each named entry came from."""

    data: dict[str, Any]
    origin: dict[str, str]

    @property
    def operations(self) -> dict[str, dict[str, Any]]:
        ops: dict[str, dict[str, Any]] = self.data.get("operations", {})
        return ops


def load_spec(spec_dir: Path) -> Spec:
    """Read, check and merge every YAML file under ``spec_dir``."""
    validator = jsonschema.Draft202012Validator(yaml.safe_load(SCHEMA_PATH.read_text()))
    problems: list[Problem] = []
    merged: dict[str, Any] = {}
    origin: dict[str, str] = {}
    files = sorted(spec_dir.rglob("*.yaml"))
    if not files:
        raise SpecError([Problem(str(spec_dir), "", "no YAML files found")])
    for path in files:
        name = path.relative_to(spec_dir.parent).as_posix()
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            problems.append(Problem(name, "", f"not valid YAML: {exc}"))
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
        problems.extend(Problem(name, _pointer(e.absolute_path), _rule(e)) for e in errors)
        if errors or not isinstance(document, dict):
            continue
        _merge(document, merged, origin, name, problems)
    if not problems:
        problems.extend(_cross_reference_problems(Spec(merged, origin)))
    if problems:
        raise SpecError(problems)
    return Spec(merged, origin)


def _pointer(path: Any) -> str:
    return "/" + "/".join(str(part) for part in path)


def _rule(error: jsonschema.ValidationError) -> str:
    message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
    return f"{message} (rule: {error.validator})"


def _merge(
    document: dict[str, Any],
    merged: dict[str, Any],
    origin: dict[str, str],
    name: str,
    problems: list[Problem],
) -> None:
    for key, value in document.items():
        if key in TOP_LEVEL_MAPS:
            target = merged.setdefault(key, {})
            for entry, body in value.items():
                if entry in target:
                    where = origin[f"{key}/{entry}"]
                    problems.append(Problem(name, f"/{key}/{entry}", f"already defined in {where}"))
                    continue
                target[entry] = body
                origin[f"{key}/{entry}"] = name
        elif key in ("error_codes", "events"):
            entries = merged.setdefault(key, [])
            for entry in value:
                origin[f"{key}/{len(entries)}"] = name
                entries.append(entry)
        elif key in merged:
            problems.append(Problem(name, f"/{key}", "defined in more than one file"))
        else:
            merged[key] = value
            origin[key] = name


def _cross_reference_problems(spec: Spec) -> Iterator[Problem]:
    data = spec.data
    if "info" not in data:
        yield Problem("spec", "/info", "no file defines info")
    groups = [entry["name"] for entry in data.get("info", {}).get("groups", [])]
    for index, group in enumerate(groups):
        if group in groups[:index]:
            yield Problem(spec.origin["info"], f"/info/groups/{index}", f"{group} listed twice")
    for name, op in spec.operations.items():
        if groups and op["group"] not in groups:
            yield Problem(
                spec.origin[f"operations/{name}"],
                f"/operations/{name}/group",
                f"{op['group']} is not one of info/groups",
            )
    schemas = data.get("schemas", {})
    callbacks = data.get("callbacks", {})
    tables = data.get("result_codes", {})
    error_codes = [entry["code"] for entry in data.get("error_codes", [])]
    yield from _duplicates(spec, "error_codes", error_codes)
    events = [entry["name"] for entry in data.get("events", [])]
    yield from _duplicates(spec, "events", events)
    kinds = [entry.get("every_operation") for entry in data.get("events", [])]
    for index, kind in enumerate(kinds):
        if kind is not None and kind in kinds[:index]:
            yield Problem(
                spec.origin[f"events/{index}"],
                "/events",
                f"{events[index]}: another event is already every operation's {kind} event",
            )
    for table, body in tables.items():
        codes = [entry["code"] for entry in body["codes"]]
        for code in sorted({c for c in codes if codes.count(c) > 1}):
            yield Problem(
                spec.origin[f"result_codes/{table}"],
                f"/result_codes/{table}",
                f"code {code} listed twice",
            )
    model_names: dict[str, str] = {}

    def claim(model: str, file: str, path: str) -> Iterator[Problem]:
        if model in model_names:
            yield Problem(file, path, f"model name {model} is already used at {model_names[model]}")
        else:
            model_names[model] = f"{file} {path}"

    for name, schema in schemas.items():
        file = spec.origin[f"schemas/{name}"]
        yield from claim(name, file, f"/schemas/{name}")
        yield from _field_problems(schema["fields"], schemas, file, f"/schemas/{name}/fields")
    for name, callback in callbacks.items():
        file = spec.origin[f"callbacks/{name}"]
        yield from claim(name, file, f"/callbacks/{name}")
        yield from _field_problems(callback["fields"], schemas, file, f"/callbacks/{name}/fields")
        if "reply" in callback:
            if "reply_model" not in callback:
                yield Problem(file, f"/callbacks/{name}", "a reply needs a reply_model name")
            else:
                yield from claim(callback["reply_model"], file, f"/callbacks/{name}/reply_model")
            yield from _field_problems(
                callback["reply"]["fields"], schemas, file, f"/callbacks/{name}/reply/fields"
            )
    for name, op in spec.operations.items():
        file = spec.origin[f"operations/{name}"]
        base = f"/operations/{name}"
        request, response = op["request"], op["response"]
        yield from claim(request["model"], file, f"{base}/request/model")
        yield from claim(response["model"], file, f"{base}/response/model")
        body = request.get("body", "object")
        if body == "array":
            for key in ("item_model", "item_argument"):
                if key not in request:
                    yield Problem(file, f"{base}/request", f"body array needs {key}")
            if "item_model" in request:
                yield from claim(request["item_model"], file, f"{base}/request/item_model")
        fields = request.get("fields", [])
        yield from _field_problems(fields, schemas, file, f"{base}/request/fields")
        yield from _field_problems(response["fields"], schemas, file, f"{base}/response/fields")
        wires = {field["wire"] for field in fields}
        if "returns" in op:
            returned = [f for f in response["fields"] if f["name"] == op["returns"]]
            if not returned or not returned[0].get("required"):
                yield Problem(
                    file, f"{base}/returns", f"{op['returns']} is not a required response field"
                )
        for index, code in enumerate(op["errors"]):
            if code not in error_codes:
                yield Problem(
                    file, f"{base}/errors/{index}", f"error code {code} is not in error_codes"
                )
        for index, code in enumerate(op.get("invalid_token_errors", [])):
            if code not in op["errors"]:
                yield Problem(
                    file,
                    f"{base}/invalid_token_errors/{index}",
                    f"{code} is not in this operation's errors",
                )
        for index, table in enumerate(op.get("result_codes", [])):
            if table not in tables:
                yield Problem(
                    file, f"{base}/result_codes/{index}", f"no result_codes table named {table}"
                )
        callback = op.get("callback")
        if callback:
            if callback["schema"] not in callbacks:
                yield Problem(
                    file, f"{base}/callback/schema", f"no callback named {callback['schema']}"
                )
            for key in ("url_field", "timeout_url_field"):
                if key in callback and callback[key] not in wires:
                    yield Problem(
                        file, f"{base}/callback/{key}", f"{callback[key]} is not a request field"
                    )
        accepted = op.get("accepted", {})
        for key in ("wire", "description"):
            if key in accepted and accepted[key] not in {f["wire"] for f in response["fields"]}:
                yield Problem(
                    file, f"{base}/accepted/{key}", f"{accepted[key]} is not a response field"
                )
        if accepted.get("missing") == "accepted" and any(
            f["wire"] == accepted["wire"] and f.get("required") for f in response["fields"]
        ):
            yield Problem(
                file,
                f"{base}/accepted/missing",
                f"{accepted['wire']} is required, so never missing",
            )
        by_wire = {f["wire"]: f for f in fields}
        for index, group in enumerate(request.get("at_least_one", [])):
            for wire in group:
                if wire not in by_wire or by_wire[wire].get("required"):
                    yield Problem(
                        file,
                        f"{base}/request/at_least_one/{index}",
                        f"{wire} is not an optional request field",
                    )
        for index, spec_field in enumerate(fields):
            if spec_field.get("msisdn") and not spec_field.get("phone"):
                yield Problem(file, f"{base}/request/fields/{index}", "msisdn needs phone: true")
            if spec_field.get("forbidden_words") and not spec_field.get("url"):
                yield Problem(
                    file, f"{base}/request/fields/{index}", "forbidden_words needs url: true"
                )
        if op["moves_money"] and op["retry"] != "unsafe":
            yield Problem(
                file, f"{base}/retry", "an operation that moves money must be retry: unsafe"
            )
        if op["auth"] == "basic" and op["method"] != "GET":
            yield Problem(file, f"{base}/auth", "basic auth is only used by the OAuth GET")


def _duplicates(spec: Spec, key: str, values: list[str]) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield Problem(
                spec.origin.get(f"{key}/{index}", "spec"), f"/{key}", f"{value} listed twice"
            )
        seen.add(value)


def _field_problems(
    fields: list[dict[str, Any]], schemas: dict[str, Any], file: str, path: str
) -> Iterator[Problem]:
    wires: set[str] = set()
    names: set[str] = set()
    for index, field in enumerate(fields):
        where = f"{path}/{index}"
        if field["wire"] in wires:
            yield Problem(file, where, f"wire name {field['wire']} appears twice")
        if field["name"] in names:
            yield Problem(file, where, f"name {field['name']} appears twice")
        wires.add(field["wire"])
        names.add(field["name"])
        yield from _type_problems(field, schemas, file, where)


def _type_problems(
    type_def: dict[str, Any], schemas: dict[str, Any], file: str, where: str
) -> Iterator[Problem]:
    kind = type_def.get("type")
    if "ref" in type_def and type_def["ref"] not in schemas:
        yield Problem(file, f"{where}/ref", f"no schema named {type_def['ref']}")
    if kind == "object" and "fields" not in type_def and "ref" not in type_def:
        yield Problem(file, where, "an object needs fields or a ref")
    if "fields" in type_def:
        yield from _field_problems(type_def["fields"], schemas, file, f"{where}/fields")
    if kind == "array":
        if "items" not in type_def:
            yield Problem(file, where, "an array needs items")
        else:
            yield from _type_problems(type_def["items"], schemas, file, f"{where}/items")
    names = type_def.get("enum_names")
    if names is not None and len(names) != len(type_def.get("enum", [])):
        yield Problem(file, f"{where}/enum_names", "enum_names must name every enum value")
    if kind == "integer" and "enum" in type_def and names is None:
        yield Problem(file, where, "an integer enum needs enum_names")
