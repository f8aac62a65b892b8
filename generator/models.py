"""``mpesa/models.py`` through datamodel-code-generator (pydantic v2)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .model import ACCEPTS_HINT, REPR_HINT
from .model_schemas import ModelSchemas

HEADER = "# Generated from spec/ by `make generate`: do not edit.\n# Models of every Daraja request, response and callback body."
BASES = {"request": "mpesa._wire.RequestModel", "inbound": "mpesa._wire.InboundModel"}


def write_models(models: ModelSchemas, target: Path) -> None:
    """Run datamodel-code-generator over the schemas and write ``target``."""
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
