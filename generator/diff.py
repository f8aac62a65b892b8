"""``python -m generator diff [REF]``: what changed in the public API since a git revision.

The spec at ``REF`` (by default the last release, see :mod:`generator.history`) and the spec in
the working tree are loaded into the typed model and their public surfaces
(:mod:`generator.public_api`) compared. Every change is listed with its kind, where it is, the
values before and after, and whether it breaks existing callers. ``--check-changelog FILE``
instead fails when a breaking change is not named by an entry of the file's ``[Unreleased]``
section.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from .history import HistoryError, Revision, last_release, resolve, spec_at
from .loader import load_model
from .model import ApiSpec
from .public_api import Item, Value, surface
from .spec import SpecError

UNRELEASED = re.compile(r"^## \[Unreleased\][^\n]*\n(?P<body>.*?)(?=^## |\Z)", re.M | re.S)


@dataclass(frozen=True)
class Change:
    """One change of the public API: a name added or removed, or one fact of it changed."""

    change: Literal["added", "removed", "changed"]
    kind: str
    where: str
    fact: str | None
    before: Value
    after: Value
    breaking: bool
    mention: tuple[tuple[str, ...], ...]

    @property
    def text(self) -> str:
        """What changed, in words: ``minimum: 1 -> 10``, ``required``."""
        if self.fact is not None:
            return f"{self.fact}: {_shown(self.before)} -> {_shown(self.after)}"
        return "required" if self.change == "added" and self.breaking else ""

    def as_json(self) -> dict[str, Any]:
        return {
            "change": self.change,
            "kind": self.kind,
            "where": self.where,
            "fact": self.fact,
            "before": self.before,
            "after": self.after,
            "breaking": self.breaking,
            "mention": [list(group) for group in self.mention],
        }


def compare(before: Mapping[str, Item], after: Mapping[str, Item]) -> list[Change]:
    """Every change from the surface ``before`` to ``after``, in listing order."""
    changes: list[Change] = []
    for where in [*before, *(w for w in after if w not in before)]:
        old, new = before.get(where), after.get(where)
        if old is None and new is not None:
            changes.append(
                Change("added", new.kind, where, None, None, None, new.required, new.mention)
            )
        elif new is None and old is not None:
            changes.append(Change("removed", old.kind, where, None, None, None, True, old.mention))
        elif old is not None and new is not None:
            for name, fact in new.facts.items():
                previous = old.facts.get(name)
                value = None if previous is None else previous.value
                if value != fact.value:
                    breaking = fact.breaks(value, fact.value)
                    changes.append(
                        Change(
                            "changed",
                            new.kind,
                            where,
                            name,
                            value,
                            fact.value,
                            breaking,
                            new.mention,
                        )
                    )
    return changes


def unmentioned(changes: Iterable[Change], changelog: str) -> list[Change]:
    """The breaking changes no entry of the changelog's ``[Unreleased]`` section names."""
    section = UNRELEASED.search(changelog)
    entries = _entries(section["body"]) if section else []
    return [c for c in changes if c.breaking and not any(_names(e, c) for e in entries)]


def _entries(body: str) -> list[str]:
    """The list entries of a section, each with its continuation lines."""
    entries: list[str] = []
    for line in body.splitlines():
        if line.startswith("- "):
            entries.append(line)
        elif entries and line.startswith(" "):
            entries[-1] += " " + line.strip()
    return entries


def _names(entry: str, change: Change) -> bool:
    """Whether ``entry`` names one of each of the change's groups of names."""
    return all(any(_word(name).search(entry) for name in group) for group in change.mention)


def _word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w)", re.IGNORECASE)


def render_text(changes: Sequence[Change], revision: Revision) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [
        f"Public API of spec/ since {revision}: "
        f"{len(breaking)} breaking, {len(other)} other change(s)."
    ]
    for title, group in (("Breaking", breaking), ("Other", other)):
        if group:
            lines += ["", f"{title}:", *_rows(group)]
    return "\n".join(lines)


def _rows(changes: Sequence[Change]) -> list[str]:
    """One aligned line per change: what happened, the kind of name, where, the values."""
    rows = [(c.change, c.kind, c.where, c.text) for c in changes]
    widths = [max(len(row[column]) for row in rows) for column in range(3)] + [0]
    return ["  " + "  ".join(map(str.ljust, row, widths)).rstrip() for row in rows]


def _shown(value: Value) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, tuple):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return str(value)


def render_json(changes: Sequence[Change], revision: Revision) -> str:
    document = {
        "ref": revision.name,
        "commit": revision.commit,
        "breaking": sum(c.breaking for c in changes),
        "changes": [c.as_json() for c in changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator diff", description=__doc__)
    parser.add_argument(
        "ref", nargs="?", help="a git revision (default: the last release, as documented)"
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.add_argument(
        "--check-changelog",
        type=Path,
        metavar="FILE",
        help="fail when a breaking change is not named in the file's [Unreleased] section",
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    log: Path | None = args.check_changelog
    try:
        changelog = None if log is None else log.read_text(encoding="utf-8")
        revision = (
            resolve(root, args.ref) if args.ref else last_release(root, root / "CHANGELOG.md")
        )
        with tempfile.TemporaryDirectory() as scratch:
            before = _load(spec_at(root, revision, Path(scratch)), revision)
        changes = compare(surface(before), surface(load_model(root / "spec")))
    except (HistoryError, SpecError, OSError) as exc:
        print(exc, file=sys.stderr)
        return 2
    if log is not None and changelog is not None:
        return _check(changes, changelog, log.name, revision)
    print(render_json(changes, revision) if args.json else render_text(changes, revision))
    return 0


def _load(spec_dir: Path, revision: Revision) -> ApiSpec:
    try:
        return load_model(spec_dir)
    except SpecError as exc:
        raise HistoryError(f"the spec at {revision} does not load: {exc}") from exc


def _check(changes: Sequence[Change], changelog: str, name: str, revision: Revision) -> int:
    missing = unmentioned(changes, changelog)
    breaking = sum(c.breaking for c in changes)
    if not missing:
        print(f"{name} names all {breaking} breaking change(s) since {revision}")
        return 0
    print(
        f"{name} [Unreleased] does not name {len(missing)} of the {breaking} "
        f"breaking change(s) since {revision}; give each an entry naming one of each group:",
        file=sys.stderr,
    )
    for change in missing:
        names = " and ".join("/".join(group) for group in change.mention)
        print(
            f"  {change.change} {change.kind} {change.where} {change.text}".rstrip(),
            file=sys.stderr,
        )
        print(f"    name: {names}", file=sys.stderr)
    return 1
