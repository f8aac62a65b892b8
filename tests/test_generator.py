"""The generator: deterministic output from a spec, and a broken spec refused with a useful message."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.build import Layout, build, differences, generate
from generator.spec import SpecError

REPO = Path(__file__).resolve().parents[1]

API = """
info:
  title: Tiny
  version: "1"
  description: A one-operation spec.
  servers: {sandbox: "https://sandbox.example", production: "https://api.example"}
error_codes:
  - {code: "400.002.02", http_status: 400, message: Bad Request, category: configuration_error}
result_codes:
  generic:
    description: Results.
    codes:
      - {code: "0", description: Done, category: success}
events:
  - {name: mpesa.auth.token_acquired, description: A token was fetched.}
  - {name: mpesa.error.occurred, description: Something failed.}
"""

OPERATION = """
operations:
  get_access_token:
    summary: Token.
    group: auth
    method: GET
    path: /oauth/v1/generate
    auth: basic
    environments: [sandbox]
    moves_money: false
    retry: safe
    request: {model: TokenRequest, body: none, query: {grant_type: client_credentials}}
    response:
      model: TokenResponse
      fields:
        - {wire: access_token, name: access_token, type: string, required: true}
    errors: []
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
        - {wire: Amount, name: amount, type: integer, required: true, money: true, minimum: 10, maximum: 100}
        - {wire: Occassion, name: occasion, type: string, max_length: 5, aliases: [Occasion]}
        - {wire: ResultURL, name: result_url, type: string, url: true, fill: config.result_url, required: true}
    response:
      model: SendThingResponse
      fields:
        - {wire: ResponseCode, name: response_code, type: [string, integer], required: true}
    errors: ["400.002.02"]
    events: {initiated: mpesa.thing.initiated}
"""


def make_project(root: Path, operations: str = OPERATION) -> Layout:
    (root / "spec").mkdir(parents=True)
    (root / "spec" / "api.yaml").write_text(textwrap.dedent(API))
    (root / "spec" / "things.yaml").write_text(textwrap.dedent(operations))
    shutil.copytree(REPO / "templates", root / "templates")
    return Layout(root)


def test_models_carry_wire_names_as_aliases_and_python_names_as_attributes(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    out = tmp_path / "out"
    out.mkdir()
    build(layout, out)
    models = " ".join((out / "mpesa" / "models.py").read_text().split())
    assert "class SendThingRequest(RequestModel):" in models
    assert 'amount: Annotated[int, Field(alias="Amount", ge=10, le=100)]' in models
    assert 'validation_alias=AliasChoices("Occassion", "occasion", "Occasion")' in models
    assert "class SendThingResponse(InboundModel):" in models


def test_each_operation_gets_a_registry_entry_and_a_method(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    out = tmp_path / "out"
    out.mkdir()
    build(layout, out)
    operations = (out / "mpesa" / "_operations.py").read_text()
    client = (out / "mpesa" / "_client.py").read_text()
    assert "SEND_THING: Operation[models.SendThingRequest, models.SendThingResponse]" in operations
    assert "def send_thing(" in client
    assert "async def send_thing(" in client


def test_building_twice_gives_identical_bytes(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project")
    generate(layout)
    assert differences(layout) == []


def test_the_openapi_export_is_valid_openapi_3_1(tmp_path: Path) -> None:
    from openapi_spec_validator import validate

    layout = make_project(tmp_path / "project")
    generate(layout)
    import json

    validate(json.loads((layout.output / "openapi.json").read_text()))


def test_a_broken_spec_names_file_path_and_rule(tmp_path: Path) -> None:
    broken = OPERATION.replace("method: POST", "method: PUT")
    layout = make_project(tmp_path / "project", broken)
    with pytest.raises(SpecError) as caught:
        generate(layout)
    problem = caught.value.problems[0]
    assert problem.file == "spec/things.yaml"
    assert problem.path == "/operations/send_thing/method"
    assert "enum" in problem.rule


def test_a_broken_spec_writes_nothing(tmp_path: Path) -> None:
    layout = make_project(
        tmp_path / "project", OPERATION.replace('errors: ["400.002.02"]', 'errors: ["999.9"]')
    )
    with pytest.raises(SpecError, match=r"error code 999\.9 is not in error_codes"):
        generate(layout)
    assert not layout.output.exists()


def test_the_command_line_exits_non_zero_on_a_broken_spec(tmp_path: Path) -> None:
    layout = make_project(tmp_path / "project", OPERATION.replace("retry: unsafe", "retry: safe"))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(layout.root)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert (
        "spec/things.yaml: /operations/send_thing/retry: an operation that moves money must be retry: unsafe"
        in result.stderr
    )
