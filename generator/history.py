"""The spec as it was at a git revision, and the revision of the last release.

The last release is the newest ``v*`` tag; without one, it is the last commit (following
first parents from ``HEAD``) made on or before the date of the newest released version in
``CHANGELOG.md`` (``## [0.1.0] - 2026-11-26``), so it is the same on every clone with full
history.
"""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

RELEASE_HEADING = re.compile(
    r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})[ \t]*$", re.MULTILINE
)


class HistoryError(Exception):
    """A revision that git cannot resolve, or no release to compare with."""


@dataclass(frozen=True)
class Revision:
    """A commit, and how the caller named it."""

    name: str
    commit: str

    def __str__(self) -> str:
        return f"{self.name} ({self.commit[:12]})"


def resolve(root: Path, ref: str) -> Revision:
    """The commit ``ref`` names in the repository at ``root``."""
    try:
        return Revision(ref, _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"))
    except HistoryError:
        raise HistoryError(f"{ref!r} names no commit of this repository") from None


def last_release(root: Path, changelog: Path) -> Revision:
    """The newest ``v*`` tag, else the last commit on the newest released version's date."""
    tags = _git(root, "tag", "--list", "v*", "--sort=-version:refname").split()
    if tags:
        return resolve(root, tags[0])
    text = changelog.read_text(encoding="utf-8") if changelog.is_file() else ""
    heading = RELEASE_HEADING.search(text)
    if heading is None:
        raise HistoryError(f"no v* tag and no released version heading in {changelog.name}")
    version, date = heading["version"], heading["date"]
    commit = _git(
        root, "rev-list", "-1", "--first-parent", f"--before={date} 23:59:59 +0000", "HEAD"
    )
    if not commit:
        raise HistoryError(f"no commit on or before {date}, the date of {version}")
    return Revision(version, commit)


def spec_at(root: Path, revision: Revision, target: Path) -> Path:
    """Write the ``spec/`` folder of ``revision`` under the empty folder ``target``; its path."""
    archive = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", revision.commit, "spec"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise HistoryError(f"no spec/ at {revision}: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        for member in tar.getmembers():
            content = tar.extractfile(member) if member.isfile() else None
            if content is not None:
                path = target / member.name
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content.read())
    upgrade(target / "spec")
    return target / "spec"


def upgrade(spec_dir: Path) -> None:
    """Bring a spec in an older format to today's, in place.

    0.1.0 had no ``info.groups`` (each operation's ``group`` stands alone; they are listed in
    the order first met) and named only the query in ``resolved_by``. A later change of the
    format that older specs do not pass gets its step here.
    """
    groups: dict[str, None] = {}
    info_file: tuple[Path, dict[str, Any]] | None = None
    for path in sorted(spec_dir.rglob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict):
            continue
        changed = False
        for op in document.get("operations", {}).values():
            groups.setdefault(op.get("group"), None)
            if isinstance(op.get("resolved_by"), str):
                op["resolved_by"] = {"operation": op["resolved_by"]}
                changed = True
        if isinstance(document.get("info"), dict) and "groups" not in document["info"]:
            info_file = (path, document)
        elif changed:
            _dump(path, document)
    if info_file is not None:
        path, document = info_file
        document["info"]["groups"] = [{"name": g, "title": g} for g in groups if g]
        _dump(path, document)


def _dump(path: Path, document: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")


def _git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise HistoryError(f"git {args[0]} failed: {result.stderr.strip()}")
    return result.stdout.strip()
