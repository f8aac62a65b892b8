"""The modules of ``mpesa/models/`` through datamodel-code-generator (pydantic v2).

One run writes every class; its output is then split into one module per operation group
(:attr:`ObjectModel.module <generator.model.ObjectModel.module>`), so a program imports only
the models of the groups it uses. A group's module imports what it refers to from the shared one.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .model import ACCEPTS_HINT, REF_PREFIX, REPR_HINT, SHARED_MODELS
from .model_schemas import ModelSchemas

HEADER = "# Generated from spec/ by `make generate`: do not edit."
BASES = {"request": "mpesa._wire.RequestModel", "inbound": "mpesa._wire.InboundModel"}


def write_models(models: ModelSchemas, package: Path) -> list[Path]:
    """Write one module per operation group into the folder ``package``; return their paths."""
    return _split(_generate(models), models, package)


def _generate(models: ModelSchemas) -> str:
    """Every class in one source text, as datamodel-code-generator writes it."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "mpesa models", "version": "0"},
        "paths": {},
        "components": {"schemas": models.schemas},
    }
    base_map = {name: BASES[kind] for name, kind in models.kinds.items()}
    aliases: dict[str, str | list[str]] = dict(models.python_names)
    aliases.update(models.validation_aliases)
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch, "models.json")
        target = Path(scratch, "models.py")
        source.write_text(json.dumps(document, indent=1, sort_keys=True))
        alias_file = Path(scratch, "aliases.json")
        alias_file.write_text(json.dumps(aliases, sort_keys=True))
        config_file = Path(scratch, "configs.json")
        configs = {name: {"config": config} for name, config in models.configs.items()}
        config_file.write_text(json.dumps(configs, sort_keys=True))
        command = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(source),
            "--input-file-type",
            "openapi",
            "--openapi-scopes",
            "schemas",
            "--output",
            str(target),
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--target-python-version",
            "3.10",
            "--base-class-map",
            json.dumps(base_map, sort_keys=True),
            "--aliases",
            str(alias_file),
            "--extra-template-data",
            str(config_file),
            "--serialization-aliases",
            json.dumps(models.serialization_aliases, sort_keys=True),
            "--use-title-as-name",
            "--use-annotated",
            "--field-constraints",
            "--field-extra-keys-without-x-prefix",
            REPR_HINT,
            "--field-extra-keys",
            ACCEPTS_HINT,
            "--use-union-operator",
            "--use-standard-collections",
            "--enum-field-as-literal",
            "all",
            "--use-schema-description",
            "--use-field-description",
            "--disable-timestamp",
            "--custom-file-header",
            HEADER,
            "--no-formatters",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"datamodel-code-generator failed:\n{result.stderr}")
        return target.read_text(encoding="utf-8")


def _split(source: str, models: ModelSchemas, package: Path) -> list[Path]:
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    if any(not isinstance(node, ast.ClassDef | ast.Import | ast.ImportFrom) for node in tree.body):
        raise RuntimeError("datamodel-code-generator wrote more than imports and classes")
    imports = "".join(lines[tree.body[0].lineno - 1 : classes[0].lineno - 1])
    bodies: dict[str, list[str]] = {}
    needs: dict[str, set[str]] = {}
    for node in classes:
        module = models.modules[node.name]
        bodies.setdefault(module, []).append("".join(lines[node.lineno - 1 : node.end_lineno]))
        for name in _refs(models.schemas[node.name]):
            home = models.modules[name]
            if home == module:
                continue
            if home != SHARED_MODELS or module == SHARED_MODELS:
                raise RuntimeError(f"{node.name} of {module} refers to {name} of {home}")
            needs.setdefault(module, set()).add(name)
    written: list[Path] = []
    for module, body in sorted(bodies.items()):
        about = "several groups use" if module == SHARED_MODELS else f"of the {module} operations"
        parts = [HEADER, f"\n# The models {about}.\n\n", imports]
        if module in needs:
            parts.append(f"from .{SHARED_MODELS} import {', '.join(sorted(needs[module]))}\n")
        parts.append("\n\n" + "\n\n".join(body))
        path = package / f"{module}.py"
        path.write_text("".join(parts), encoding="utf-8")
        written.append(path)
    return written


def _refs(schema: Any) -> Iterator[str]:
    """The class names a schema refers to."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(REF_PREFIX):
            yield ref[len(REF_PREFIX) :]
        for value in schema.values():
            yield from _refs(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _refs(item)
