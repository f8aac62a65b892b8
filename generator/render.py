"""Jinja rendering with ``StrictUndefined``: a template that names a missing key fails loudly.

Templates lay out attributes of the typed model (:mod:`generator.model`); the only filters are
``py`` (a Python literal) and ``wrap`` (text wrapped to the generated code's line length).
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .model import ApiSpec

LINE_LENGTH = 100


def _py(value: Any) -> str:
    """A Python literal for a spec value (``repr`` is deterministic for YAML's types)."""
    return repr(value)


def _wrap(text: str, indent: int, label: str | None = None) -> str:
    """``text`` wrapped to the line length, for a template line indented by ``indent``.

    The first line comes without its indentation (the template places it). With a ``label``
    it reads ``label: text`` and the following lines hang four spaces deeper, as docstring
    ``Args:`` and ``Raises:`` entries do.
    """
    words = " ".join(text.split())
    hanging = indent
    if label is not None:
        words, hanging = f"{label}: {words}", indent + 4
    lines = textwrap.wrap(
        words,
        width=LINE_LENGTH,
        initial_indent=" " * indent,
        subsequent_indent=" " * hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines)[indent:]


def environment(templates: Path) -> jinja2.Environment:
    """The Jinja environment every template is rendered in."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["py"] = _py
    env.filters["wrap"] = _wrap
    return env


def render(env: jinja2.Environment, template: str, api: ApiSpec) -> str:
    """Render one template with the typed spec as ``api``."""
    return env.get_template(template).render(api=api)
