"""``python -m generator diff``: every kind of public API change listed, and classed as breaking or not."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.diff import Change, compare, unmentioned
from generator.history import Revision, last_release, resolve, spec_at
from generator.loader import load_model
from generator.model import ApiSpec, Model, ObjectModel, OperationSpec
from generator.public_api import surface

from .conftest import REPO, Git

# -- editing the typed spec ------------------------------------------------------------------


def diff(before: ApiSpec, after: ApiSpec) -> list[Change]:
    return compare(surface(before), surface(after))


def the_change(changes: list[Change], where: str, fact: str | None = None) -> Change:
    """The one change listed at ``where`` (of ``fact``), failing when there is not exactly one."""
    found = [c for c in changes if c.where == where and c.fact == fact]
    assert len(found) == 1, [(c.where, c.fact) for c in changes]
    return found[0]


def operation(api: ApiSpec, name: str) -> OperationSpec:
    return next(op for op in api.operations if op.name == name)


def with_operation(api: ApiSpec, name: str, **changes: Any) -> ApiSpec:
    ops = tuple(replace(op, **changes) if op.name == name else op for op in api.operations)
    return replace(api, operations=ops)


def with_field_type(api: ApiSpec, name: str, wire: str, **changes: Any) -> ApiSpec:
    """``api`` with the type (its constraints, enum, kind) of a request field changed."""
    fields = tuple(
        replace(f, type=replace(f.type, **changes)) if f.wire == wire else f
        for f in operation(api, name).fields
    )
    return with_operation(api, name, fields=fields)


def with_parameter(api: ApiSpec, name: str, argument: str, **changes: Any) -> ApiSpec:
    parameters = tuple(
        replace(p, **changes) if p.name == argument else p for p in operation(api, name).parameters
    )
    return with_operation(api, name, parameters=parameters)


def with_model_field(api: ApiSpec, model: str, field: str, **changes: Any) -> ApiSpec:
    """``api`` with a field of a model changed, or removed when ``changes`` is empty."""
    models: list[Model] = []
    for found in api.models:
        if isinstance(found, ObjectModel) and found.name == model:
            fields = tuple(
                replace(f, **changes) if f.name == field else f
                for f in found.fields
                if changes or f.name != field
            )
            found = replace(found, fields=fields)
        models.append(found)
    return replace(api, models=tuple(models))


def stk_constraints(api: ApiSpec, wire: str) -> dict[str, Any]:
    field = next(f for f in operation(api, "initiate_stk_push").fields if f.wire == wire)
    return dict(field.type.constraints)


# -- operations ------------------------------------------------------------------------------


def test_an_unchanged_spec_has_no_changes(project_api: ApiSpec) -> None:
    assert diff(project_api, project_api) == []


def test_a_removed_operation_breaks(project_api: ApiSpec) -> None:
    after = replace(
        project_api,
        operations=tuple(op for op in project_api.operations if op.name != "reverse_transaction"),
    )
    change = the_change(diff(project_api, after), "reverse_transaction()")
    assert (change.change, change.kind, change.breaking) == ("removed", "operation", True)
    assert change.mention == (("reverse_transaction",),)


def test_an_added_operation_does_not_break(project_api: ApiSpec) -> None:
    before = replace(
        project_api,
        operations=tuple(op for op in project_api.operations if op.name != "reverse_transaction"),
    )
    change = the_change(diff(before, project_api), "reverse_transaction()")
    assert (change.change, change.breaking) == ("added", False)


def test_a_new_return_type_breaks(project_api: ApiSpec) -> None:
    token = operation(project_api, "get_access_token")
    after = with_operation(project_api, "get_access_token", returns=None)
    change = the_change(diff(project_api, after), "get_access_token()", "returns")
    assert (change.before, change.after) == ("str", f"models.{token.response_model}")
    assert change.breaking


def test_a_new_route_is_listed_without_breaking(project_api: ApiSpec) -> None:
    after = with_operation(
        project_api, "initiate_stk_push", path="/mpesa/stkpush/v2/processrequest"
    )
    change = the_change(diff(project_api, after), "initiate_stk_push()", "route")
    assert change.after == "POST /mpesa/stkpush/v2/processrequest"
    assert not change.breaking


# -- arguments -------------------------------------------------------------------------------


def test_a_removed_argument_breaks(project_api: ApiSpec) -> None:
    op = operation(project_api, "initiate_stk_push")
    after = with_operation(
        project_api,
        "initiate_stk_push",
        parameters=tuple(p for p in op.parameters if p.name != "party_b"),
    )
    change = the_change(diff(project_api, after), "initiate_stk_push(party_b)")
    assert (change.change, change.kind, change.breaking) == ("removed", "argument", True)
    assert change.mention == (("initiate_stk_push",), ("party_b", "PartyB"))


def test_a_new_required_argument_breaks(project_api: ApiSpec) -> None:
    op = operation(project_api, "initiate_stk_push")
    before = with_operation(
        project_api,
        "initiate_stk_push",
        parameters=tuple(p for p in op.parameters if p.name != "account_reference"),
    )
    change = the_change(diff(before, project_api), "initiate_stk_push(account_reference)")
    assert (change.change, change.breaking, change.text) == ("added", True, "required")


def test_a_new_optional_argument_does_not_break(project_api: ApiSpec) -> None:
    op = operation(project_api, "initiate_stk_push")
    before = with_operation(
        project_api,
        "initiate_stk_push",
        parameters=tuple(p for p in op.parameters if p.name != "party_b"),
    )
    change = the_change(diff(before, project_api), "initiate_stk_push(party_b)")
    assert (change.change, change.breaking) == ("added", False)


def test_an_optional_argument_made_required_breaks(project_api: ApiSpec) -> None:
    after = with_parameter(project_api, "initiate_stk_push", "party_b", default=None)
    change = the_change(diff(project_api, after), "initiate_stk_push(party_b)", "required")
    assert (change.before, change.after, change.breaking) == (False, True, True)


def test_a_required_argument_made_optional_does_not_break(project_api: ApiSpec) -> None:
    after = with_parameter(project_api, "initiate_stk_push", "account_reference", default="None")
    change = the_change(
        diff(project_api, after), "initiate_stk_push(account_reference)", "required"
    )
    assert not change.breaking


def test_a_new_default_breaks(project_api: ApiSpec) -> None:
    after = with_parameter(project_api, "initiate_stk_push", "transaction_desc", default="'Pay'")
    change = the_change(diff(project_api, after), "initiate_stk_push(transaction_desc)", "default")
    assert (change.before, change.after, change.breaking) == ("'Payment'", "'Pay'", True)


def test_a_moved_positional_argument_breaks(project_api: ApiSpec) -> None:
    op = operation(project_api, "initiate_stk_push")
    first, second, *rest = op.parameters
    after = with_operation(project_api, "initiate_stk_push", parameters=(second, first, *rest))
    change = the_change(diff(project_api, after), "initiate_stk_push(phone_number)", "position")
    assert (change.before, change.after, change.breaking) == (0, 1, True)


def test_a_new_argument_type_breaks(project_api: ApiSpec) -> None:
    after = with_field_type(project_api, "initiate_stk_push", "AccountReference", kind="integer")
    change = the_change(diff(project_api, after), "initiate_stk_push(account_reference)", "type")
    assert (change.before, change.after, change.breaking) == (("string",), ("integer",), True)


def test_an_argument_taking_a_second_type_does_not_break(project_api: ApiSpec) -> None:
    after = with_field_type(
        project_api,
        "initiate_stk_push",
        "AccountReference",
        kind="any",
        choices=("string", "integer"),
    )
    change = the_change(diff(project_api, after), "initiate_stk_push(account_reference)", "type")
    assert change.after == ("integer", "string")
    assert not change.breaking


TIGHTENED = [
    ("Amount", "minimum", 10),
    ("Amount", "maximum", 150000),
    ("AccountReference", "min_length", 2),
    ("AccountReference", "max_length", 10),
    ("AccountReference", "pattern", "^[A-Z0-9]+$"),
]
LOOSENED = [
    ("Amount", "minimum", None),
    ("Amount", "maximum", 300000),
    ("AccountReference", "max_length", 20),
    ("Timestamp", "pattern", None),
]


@pytest.mark.parametrize(("wire", "key", "value"), TIGHTENED)
def test_a_tightened_argument_constraint_breaks(
    project_api: ApiSpec, wire: str, key: str, value: Any
) -> None:
    constraints = {**stk_constraints(project_api, wire), key: value}
    after = with_field_type(project_api, "initiate_stk_push", wire, constraints=constraints)
    argument = "amount" if wire == "Amount" else "account_reference"
    change = the_change(diff(project_api, after), f"initiate_stk_push({argument})", key)
    assert change.after == value
    assert change.breaking


@pytest.mark.parametrize(("wire", "key", "value"), LOOSENED)
def test_a_loosened_argument_constraint_does_not_break(
    project_api: ApiSpec, wire: str, key: str, value: Any
) -> None:
    constraints = {**stk_constraints(project_api, wire), key: value}
    constraints = {k: v for k, v in constraints.items() if v is not None}
    after = with_field_type(project_api, "initiate_stk_push", wire, constraints=constraints)
    changes = [c for c in diff(project_api, after) if c.fact == key]
    assert len(changes) == 1
    assert not changes[0].breaking


def test_a_value_dropped_from_an_argument_enum_breaks(project_api: ApiSpec) -> None:
    after = with_field_type(
        project_api, "initiate_stk_push", "TransactionType", enum=("CustomerPayBillOnline",)
    )
    change = the_change(diff(project_api, after), "initiate_stk_push(transaction_type)", "enum")
    assert change.breaking


def test_a_value_added_to_an_argument_enum_does_not_break(project_api: ApiSpec) -> None:
    after = with_field_type(
        project_api,
        "initiate_stk_push",
        "TransactionType",
        enum=("CustomerPayBillOnline", "CustomerBuyGoodsOnline", "CustomerPayLater"),
    )
    change = the_change(diff(project_api, after), "initiate_stk_push(transaction_type)", "enum")
    assert not change.breaking


def test_a_new_group_of_which_one_argument_is_needed_breaks(project_api: ApiSpec) -> None:
    models = tuple(
        replace(m, at_least_one=(("PartyB", "AccountReference"),))
        if isinstance(m, ObjectModel) and m.name == "StkPushRequest"
        else m
        for m in project_api.models
    )
    after = replace(project_api, models=models)
    change = the_change(diff(project_api, after), "models.StkPushRequest", "at_least_one")
    assert (change.after, change.breaking) == (("PartyB or AccountReference",), True)
    assert change.mention == (("StkPushRequest", "initiate_stk_push"),)


# -- response and callback fields ------------------------------------------------------------


def test_a_removed_response_field_breaks(project_api: ApiSpec) -> None:
    after = with_model_field(project_api, "StkPushResponse", "customer_message")
    change = the_change(diff(project_api, after), "models.StkPushResponse.customer_message")
    assert (change.change, change.kind, change.breaking) == ("removed", "field", True)
    assert change.mention == (
        ("StkPushResponse", "initiate_stk_push"),
        ("customer_message", "CustomerMessage"),
    )


def test_an_added_response_field_does_not_break(project_api: ApiSpec) -> None:
    before = with_model_field(project_api, "StkPushResponse", "customer_message")
    change = the_change(diff(before, project_api), "models.StkPushResponse.customer_message")
    assert (change.change, change.breaking) == ("added", False)


def test_a_response_field_made_optional_breaks(project_api: ApiSpec) -> None:
    after = with_model_field(project_api, "StkPushResponse", "response_code", required=False)
    change = the_change(
        diff(project_api, after), "models.StkPushResponse.response_code", "required"
    )
    assert change.breaking


def test_a_response_field_made_required_does_not_break(project_api: ApiSpec) -> None:
    after = with_model_field(project_api, "StkPushResponse", "customer_message", required=True)
    change = the_change(
        diff(project_api, after), "models.StkPushResponse.customer_message", "required"
    )
    assert not change.breaking


def test_a_removed_callback_field_breaks(project_api: ApiSpec) -> None:
    after = with_model_field(project_api, "ResultCallbackResult", "transaction_id")
    change = the_change(diff(project_api, after), "models.ResultCallbackResult.transaction_id")
    assert change.breaking


def test_a_removed_result_parameter_breaks(project_api: ApiSpec) -> None:
    op = operation(project_api, "b2c_payment")
    assert op.callback is not None
    kept = tuple(p for p in op.callback.result_parameters if p.key != "TransactionReceipt")
    after = with_operation(
        project_api, "b2c_payment", callback=replace(op.callback, result_parameters=kept)
    )
    change = the_change(
        diff(project_api, after), "b2c_payment() result_parameters[TransactionReceipt]"
    )
    assert (change.change, change.kind, change.breaking) == ("removed", "result parameter", True)


# -- codes, events, enums, servers -----------------------------------------------------------


def without_stk_code(api: ApiSpec, code: str) -> ApiSpec:
    tables = tuple(
        replace(t, codes=tuple(c for c in t.codes if c.code != code)) if t.name == "stk" else t
        for t in api.result_codes
    )
    return replace(api, result_codes=tables)


def test_a_removed_result_code_breaks(project_api: ApiSpec) -> None:
    change = the_change(
        diff(project_api, without_stk_code(project_api, "1032")), "result_codes[stk][1032]"
    )
    assert (change.change, change.kind, change.breaking) == ("removed", "result code", True)
    assert change.mention == (("stk", "STK"), ("1032",))


def test_an_added_result_code_does_not_break(project_api: ApiSpec) -> None:
    change = the_change(
        diff(without_stk_code(project_api, "1032"), project_api), "result_codes[stk][1032]"
    )
    assert not change.breaking


def test_a_result_code_in_a_new_category_breaks(project_api: ApiSpec) -> None:
    tables = tuple(
        replace(t, codes=tuple(replace(c, category="unknown") for c in t.codes))
        if t.name == "stk"
        else t
        for t in project_api.result_codes
    )
    after = replace(project_api, result_codes=tables)
    change = the_change(diff(project_api, after), "result_codes[stk][1032]", "category")
    assert change.breaking


def test_a_removed_error_code_breaks(project_api: ApiSpec) -> None:
    after = replace(
        project_api,
        error_codes=tuple(e for e in project_api.error_codes if e.code != "404.001.03"),
    )
    change = the_change(diff(project_api, after), "error_codes[404.001.03]")
    assert (change.change, change.breaking) == ("removed", True)


def test_a_new_error_meaning_does_not_break(project_api: ApiSpec) -> None:
    after = replace(
        project_api,
        error_codes=tuple(replace(e, meaning="Reworded.") for e in project_api.error_codes),
    )
    change = the_change(diff(project_api, after), "error_codes[404.001.03]", "meaning")
    assert not change.breaking


def test_a_removed_event_breaks(project_api: ApiSpec) -> None:
    after = replace(
        project_api,
        events=tuple(e for e in project_api.events if e.name != "mpesa.stk_push.failed"),
    )
    change = the_change(diff(project_api, after), "events[mpesa.stk_push.failed]")
    assert (change.change, change.kind, change.breaking) == ("removed", "event", True)
    assert change.mention == (("mpesa.stk_push.failed", "STK_PUSH_FAILED"),)


def test_an_operation_emitting_a_renamed_event_breaks(project_api: ApiSpec) -> None:
    events = {**operation(project_api, "initiate_stk_push").events, "failed": "mpesa.stk.failed"}
    after = with_operation(project_api, "initiate_stk_push", events=events)
    change = the_change(diff(project_api, after), "initiate_stk_push() events[failed]", "name")
    assert (change.before, change.after, change.breaking) == (
        "mpesa.stk_push.failed",
        "mpesa.stk.failed",
        True,
    )


def without_member(api: ApiSpec, enum: str, member: str) -> ApiSpec:
    enums = tuple(
        replace(e, members=tuple(m for m in e.members if m.name != member)) if e.name == enum else e
        for e in api.enums
    )
    return replace(api, enums=enums)


def test_a_removed_enum_member_breaks(project_api: ApiSpec) -> None:
    after = without_member(project_api, "CommandID", "SALARY_PAYMENT")
    change = the_change(diff(project_api, after), "enums.CommandID.SALARY_PAYMENT")
    assert (change.change, change.kind, change.breaking) == ("removed", "enum member", True)


def test_an_added_enum_member_does_not_break(project_api: ApiSpec) -> None:
    before = without_member(project_api, "CommandID", "SALARY_PAYMENT")
    change = the_change(diff(before, project_api), "enums.CommandID.SALARY_PAYMENT")
    assert (change.change, change.breaking) == ("added", False)


def test_a_new_base_url_does_not_break(project_api: ApiSpec) -> None:
    servers = {**project_api.info.servers, "sandbox": "https://sandbox.example"}
    after = replace(project_api, info=replace(project_api.info, servers=servers))
    change = the_change(diff(project_api, after), "servers[sandbox]", "url")
    assert not change.breaking


# -- the changelog check ---------------------------------------------------------------------

REMOVED_PARTY_B = Change(
    "removed",
    "argument",
    "initiate_stk_push(party_b)",
    None,
    None,
    None,
    True,
    (("initiate_stk_push",), ("party_b", "PartyB")),
)


def changelog(*entries: str) -> str:
    lines = "\n".join(entries)
    return f"# Changelog\n\n## [Unreleased]\n\n### Changed\n{lines}\n\n## [0.1.0] - 2026-11-26\n"


def test_a_breaking_change_without_an_entry_is_reported() -> None:
    assert unmentioned([REMOVED_PARTY_B], changelog("- Faster token refresh.")) == [REMOVED_PARTY_B]


def test_an_entry_naming_the_method_and_the_argument_covers_it() -> None:
    entry = "- `initiate_stk_push` no longer takes `party_b`: it is always the\n  shortcode."
    assert unmentioned([REMOVED_PARTY_B], changelog(entry)) == []


def test_the_wire_name_may_stand_for_the_argument() -> None:
    entry = "- `initiate_stk_push` sends `PartyB` from the shortcode."
    assert unmentioned([REMOVED_PARTY_B], changelog(entry)) == []


def test_an_entry_naming_only_the_argument_is_not_enough() -> None:
    entry = "- `party_b` is gone."
    assert unmentioned([REMOVED_PARTY_B], changelog(entry)) == [REMOVED_PARTY_B]


def test_a_name_inside_a_longer_name_does_not_count() -> None:
    entry = "- `initiate_stk_push_v2` no longer takes `party_b_code`."
    assert unmentioned([REMOVED_PARTY_B], changelog(entry)) == [REMOVED_PARTY_B]


def test_an_entry_of_a_released_version_does_not_count() -> None:
    text = changelog() + "- `initiate_stk_push` no longer takes `party_b`.\n"
    assert unmentioned([REMOVED_PARTY_B], text) == [REMOVED_PARTY_B]


def test_a_change_that_does_not_break_needs_no_entry() -> None:
    added = replace(REMOVED_PARTY_B, change="added", breaking=False)
    assert unmentioned([added], changelog()) == []


# -- the spec at a git revision --------------------------------------------------------------


def test_the_spec_at_a_revision_is_read_from_git(tiny_repo: Path, tmp_path: Path) -> None:
    (tiny_repo / "spec" / "things.yaml").unlink()
    spec = spec_at(tiny_repo, resolve(tiny_repo, "HEAD"), tmp_path / "old")
    assert sorted(p.name for p in spec.iterdir()) == ["api.yaml", "things.yaml"]


def test_a_spec_in_the_0_1_0_format_is_read(tiny_repo: Path, tmp_path: Path, git: Git) -> None:
    things = tiny_repo / "spec" / "things.yaml"
    api = tiny_repo / "spec" / "api.yaml"
    old_resolution = (
        "    resolved_by:\n      operation: query_thing\n      arguments: {thing_id: ThingID}\n"
    )
    things.write_text(things.read_text().replace(old_resolution, "    resolved_by: query_thing\n"))
    api.write_text(api.read_text().replace("  groups:\n    - {name: things, title: Things}\n", ""))
    git(tiny_repo, "commit", "--quiet", "-am", "The 0.1.0 format")
    model = load_model(spec_at(tiny_repo, resolve(tiny_repo, "HEAD"), tmp_path / "old"))
    send = operation(model, "send_thing")
    assert send.resolution is not None
    assert send.resolution.operation == "query_thing"
    assert [g.name for g in model.groups] == ["things"]


def test_the_last_release_is_the_newest_version_tag(tiny_repo: Path, git: Git) -> None:
    git(tiny_repo, "tag", "v0.2.0")
    git(tiny_repo, "commit", "--quiet", "--allow-empty", "-m", "Later", date="2026-12-01T10:00Z")
    git(tiny_repo, "tag", "v0.10.0")
    git(
        tiny_repo,
        "commit",
        "--quiet",
        "--allow-empty",
        "-m",
        "Unreleased",
        date="2026-12-02T10:00Z",
    )
    release = last_release(tiny_repo, tiny_repo / "CHANGELOG.md")
    assert release == Revision("v0.10.0", git(tiny_repo, "rev-parse", "HEAD~1"))


def test_without_a_tag_the_last_release_is_the_last_commit_on_its_changelog_date(
    tiny_repo: Path, git: Git
) -> None:
    released = git(tiny_repo, "rev-parse", "HEAD")
    git(tiny_repo, "commit", "--quiet", "--allow-empty", "-m", "Later", date="2026-11-27T00:00Z")
    assert last_release(tiny_repo, tiny_repo / "CHANGELOG.md") == Revision("0.1.0", released)


# -- the command line ------------------------------------------------------------------------


def raise_minimum(repo: Path) -> None:
    things = repo / "spec" / "things.yaml"
    things.write_text(things.read_text().replace("minimum: 10}", "minimum: 20}"))


def test_the_command_lists_each_change_since_a_revision(
    tiny_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raise_minimum(tiny_repo)
    assert main(["diff", "HEAD", "--root", str(tiny_repo)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Public API of spec/ since HEAD (")
    assert out[0].endswith("1 breaking, 0 other change(s).")
    assert out[2:] == ["Breaking:", "  changed  argument  send_thing(amount)  minimum: 10 -> 20"]


def test_the_command_prints_json(tiny_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raise_minimum(tiny_repo)
    assert main(["diff", "HEAD", "--json", "--root", str(tiny_repo)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["breaking"] == 1
    assert document["changes"] == [
        {
            "change": "changed",
            "kind": "argument",
            "where": "send_thing(amount)",
            "fact": "minimum",
            "before": 10,
            "after": 20,
            "breaking": True,
            "mention": [["send_thing"], ["amount", "Amount"]],
        }
    ]


def test_the_changelog_check_fails_without_an_entry_and_passes_with_one(
    tiny_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raise_minimum(tiny_repo)
    check = ["diff", "--check-changelog", str(tiny_repo / "CHANGELOG.md"), "--root", str(tiny_repo)]
    assert main(check) == 1
    assert "send_thing(amount) minimum: 10 -> 20" in capsys.readouterr().err
    changelog = tiny_repo / "CHANGELOG.md"
    changelog.write_text(
        changelog.read_text().replace(
            "## [Unreleased]\n", "## [Unreleased]\n\n- `send_thing` needs an `amount` of 20.\n"
        )
    )
    assert main(check) == 0
    assert "names all 1 breaking change(s) since 0.1.0" in capsys.readouterr().out


def test_an_unknown_revision_exits_2(tiny_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "no-such-ref", "--root", str(tiny_repo)]) == 2
    assert "no-such-ref" in capsys.readouterr().err


def test_python_m_generator_diff_runs(tiny_repo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "HEAD", "--root", str(tiny_repo)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "0 breaking, 0 other change(s)." in result.stdout
