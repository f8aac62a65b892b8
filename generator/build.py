"""Build ``generated/`` from the spec and the templates.

``generated/mpesa/`` is the private subpackage ``mpesa._generated`` of the hand-written package
in ``src/mpesa/`` (which links to it); nothing outside ``generated/`` is ever written.

The whole output is built in a scratch folder first; ``generated/`` is replaced only when every
step succeeded, so an invalid spec writes nothing. The output is deterministic: no timestamps,
sorted JSON, one formatter at a pinned version.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .loader import load_model
from .model_schemas import build_model_schemas
from .models import write_models
from .openapi import build_openapi
from .render import environment, render

PACKAGE_TEMPLATES = {
    "_client.py.j2": "_client.py",
    "_operations.py.j2": "_operations.py",
    "codes.py.j2": "codes.py",
    "constants.py.j2": "constants.py",
    "enums.py.j2": "enums.py",
    "models/__init__.py.j2": "models/__init__.py",
}


PACKAGE_DOCSTRING = '''# Generated from spec/ by `make generate`: do not edit.
"""``mpesa._generated``: the modules generated from ``spec/``, re-exported by ``mpesa``."""
'''


@dataclass(frozen=True)
class Layout:
    """Where the generator reads and writes."""

    root: Path

    @property
    def spec(self) -> Path:
        return self.root / "spec"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def output(self) -> Path:
        return self.root / "generated"


def build(layout: Layout, target: Path) -> None:
    """Write the complete output into the empty folder ``target``."""
    api = load_model(layout.spec)
    package = target / "mpesa"
    package.mkdir()
    (package / "models").mkdir()
    (package / "__init__.py").write_text(PACKAGE_DOCSTRING, encoding="utf-8")
    env = environment(layout.templates)
    written: list[Path] = []
    for template, name in PACKAGE_TEMPLATES.items():
        path = package / name
        path.write_text(render(env, template, api), encoding="utf-8")
        written.append(path)
    models = build_model_schemas(api)
    written.extend(write_models(models, package / "models"))
    _format(written)
    (target / "docs").mkdir()
    (target / "docs" / "api.md").write_text(render(env, "docs/api.md.j2", api), encoding="utf-8")
    openapi = build_openapi(api, models)
    (target / "openapi.json").write_text(
        json.dumps(openapi, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def _format(paths: list[Path]) -> None:
    files = [str(path) for path in paths]
    ruff = [sys.executable, "-m", "ruff"]
    settings = ["--isolated", "--line-length", "100", "--target-version", "py310"]
    subprocess.run(
        [*ruff, "check", *settings, "--select", "I,F401,UP", "--fix", "--quiet", *files],
        check=False,
    )
    result = subprocess.run(
        [*ruff, "format", *settings, *files], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"a template produced invalid Python:\n{result.stdout}{result.stderr}")


def generate(layout: Layout) -> None:
    """Rebuild ``generated/`` in place."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "out"
        target.mkdir()
        build(layout, target)
        if layout.output.exists():
            shutil.rmtree(layout.output)
        shutil.copytree(target, layout.output)


def differences(layout: Layout) -> list[str]:
    """Files that differ between ``generated/`` and a fresh build (empty when up to date)."""
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "out"
        target.mkdir()
        build(layout, target)
        return _compare(target, layout.output)


def _compare(fresh: Path, current: Path) -> list[str]:
    def files(root: Path) -> set[str]:
        if not root.exists():
            return set()
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }

    expected, actual = files(fresh), files(current)
    changed = [
        name
        for name in sorted(expected & actual)
        if not filecmp.cmp(fresh / name, current / name, shallow=False)
    ]
    return (
        [f"missing: {name}" for name in sorted(expected - actual)]
        + [f"unexpected: {name}" for name in sorted(actual - expected)]
        + [f"differs: {name}" for name in changed]
    )
