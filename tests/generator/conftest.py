"""Fixtures of the generator tests: the project's spec, typed, and a small project under git."""

from __future__ import annotations

import os
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.loader import load_model
from generator.model import ApiSpec

REPO = Path(__file__).resolve().parents[2]

TINY_API = """
info:
  title: Tiny
  version: "1"
  description: A two-operation spec.
  servers: {sandbox: "https://sandbox.example", production: "https://api.example"}
  groups:
    - {name: things, title: Things}
error_codes:
  - {code: "400.002.02", http_status: 400, message: Bad Request, category: configuration_error}
result_codes:
  generic:
    description: Results.
    codes:
      - {code: "0", description: Done, category: success}
events:
  - {name: mpesa.error.occurred, description: Something failed., every_operation: error}
"""

TINY_OPERATIONS = """
operations:
  send_thing:
    summary: Send a thing.
    group: things
    method: POST
    path: /things/v1/send
    auth: bearer
    environments: [sandbox, production]
    moves_money: true
    retry: unsafe
    arguments: [amount]
    request:
      model: SendThingRequest
      fields:
        - {wire: Amount, name: amount, type: integer, required: true, money: true, minimum: 10}
        - {wire: ThingID, name: thing_id, type: string, fill: unique_id, required: true}
    response:
      model: SendThingResponse
      fields:
        - {wire: ResponseCode, name: response_code, type: string, required: true}
    errors: ["400.002.02"]
    resolved_by:
      operation: query_thing
      arguments: {thing_id: ThingID}
    events: {initiated: mpesa.thing.initiated}
  query_thing:
    summary: Find a thing.
    group: things
    method: POST
    path: /things/v1/query
    auth: bearer
    environments: [sandbox]
    moves_money: false
    retry: safe
    arguments: [thing_id]
    request:
      model: QueryThingRequest
      fields:
        - {wire: ThingID, name: thing_id, type: string, required: true}
    response:
      model: QueryThingResponse
      fields:
        - {wire: ResultCode, name: result_code, type: string}
    errors: []
"""

TINY_CHANGELOG = """\
# Changelog

## [Unreleased]

## [0.1.0] - 2026-11-26

### Added
- `send_thing` and `query_thing`.
"""


Git = Callable[..., str]


def run_git(repo: Path, *args: str, date: str = "2026-11-26T10:00:00+00:00") -> str:
    """Run git in ``repo`` as a fixed author at ``date`` (author and committer date)."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Maintainer",
        "GIT_AUTHOR_EMAIL": "maintainer@example.com",
        "GIT_COMMITTER_NAME": "Maintainer",
        "GIT_COMMITTER_EMAIL": "maintainer@example.com",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    result = subprocess.run(
        ["git", "-C", str(repo), "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def project_api() -> ApiSpec:
    """The typed model of the project's own spec, loaded once per module."""
    return load_model(REPO / "spec")


@pytest.fixture
def git() -> Git:
    """``git(repo, *args, date=...)``: run git as a fixed author at a fixed date."""
    return run_git


@pytest.fixture
def tiny_repo(tmp_path: Path) -> Path:
    """A git repository whose one commit holds a two-operation spec and a CHANGELOG."""
    repo = tmp_path / "tiny"
    (repo / "spec").mkdir(parents=True)
    (repo / "spec" / "api.yaml").write_text(textwrap.dedent(TINY_API))
    (repo / "spec" / "things.yaml").write_text(textwrap.dedent(TINY_OPERATIONS))
    (repo / "CHANGELOG.md").write_text(TINY_CHANGELOG)
    run_git(repo, "init", "--quiet")
    run_git(repo, "add", ".")
    run_git(repo, "commit", "--quiet", "-m", "The first spec")
    return repo
