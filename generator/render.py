"""Jinja rendering with ``StrictUndefined``: a template that names a missing key fails loudly."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jinja2

from .context import constant


def _py(value: Any) -> str:
    """A Python literal for a spec value (``repr`` is deterministic for YAML's types)."""
    return repr(value)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _type_text(spec_field: dict[str, Any]) -> str:
    declared = spec_field.get("type", "object")
    if "ref" in spec_field:
        declared = f"`{spec_field['ref']}`"
    if isinstance(declared, list):
        declared = " or ".join(declared)
    if spec_field.get("one_or_many"):
        declared = f"{declared} (or one item)"
    if declared == "array" and "items" in spec_field:
        items = spec_field["items"]
        declared = f"array of {items.get('ref', items.get('type', 'object'))}"
    return str(declared)


def _rules_text(spec_field: dict[str, Any]) -> str:
    rules: list[str] = []
    for key in ("min_length", "max_length", "minimum", "maximum"):
        if key in spec_field:
            rules.append(f"{key} {spec_field[key]}")
    if "pattern" in spec_field:
        rules.append(f"pattern `{spec_field['pattern'].replace('|', '&#124;')}`")
    if "enum" in spec_field:
        rules.append("one of " + ", ".join(f"`{v}`" for v in spec_field["enum"]))
    if "const" in spec_field:
        rules.append(f"always `{spec_field['const']}`")
    if "fill" in spec_field:
        rules.append(f"filled from {spec_field['fill']}")
    if "default" in spec_field and "const" not in spec_field:
        rules.append(f"default `{spec_field['default']}`")
    if spec_field.get("aliases"):
        rules.append("also read as " + ", ".join(f"`{a}`" for a in spec_field["aliases"]))
    return "; ".join(rules)


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment every template is rendered in."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["py"] = _py
    env.filters["tuple"] = tuple
    env.filters["snake"] = _snake
    env.filters["constant"] = constant
    env.filters["type_text"] = _type_text
    env.filters["rules_text"] = _rules_text
    return env


def render(env: jinja2.Environment, template: str, context: dict[str, Any]) -> str:
    """Render one template."""
    return env.get_template(template).render(**context)
