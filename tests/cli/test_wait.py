"""``--wait`` on the money-moving commands: the call, then its outcome, over real HTTP against
the local Daraja."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
import redis

from mpesa import OPERATIONS, MpesaConfig, SQLiteLedger
from mpesa._tokens import shared_key
from mpesa.cli import main
from mpesa.ledger.postgres import PostgresLedger
from mpesa.sandbox import LocalDaraja
from tests.servers import RedisServer

PAYS = "0708374149"
CANCELS = "0700001032"


def stk_push(phone: str = PAYS, *options: str) -> list[str]:
    return ["stk-push", "--phone", phone, "--amount", "10", "--reference", "INV001", *options]


def test_a_paid_push_is_followed_to_success_and_exits_0(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(stk_push(PAYS, "--wait", "10"))

    assert status == 0
    out = capsys.readouterr().out
    rows = [line.split(maxsplit=1) for line in out.splitlines()]
    assert ["status", "success"] in rows
    assert ["result_code", "0"] in rows
    assert ["operation", "initiate_stk_push"] in rows


def test_the_response_is_printed_before_the_outcome(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    main(stk_push(PAYS, "--wait", "10"))

    out = capsys.readouterr().out
    assert out.index("CheckoutRequestID") < out.index("status")


def test_a_cancelled_push_exits_1_with_its_result_code(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(stk_push(CANCELS, "--wait", "10"))

    assert status == 1
    rows = [line.split(maxsplit=1) for line in capsys.readouterr().out.splitlines()]
    assert ["status", "failed"] in rows
    assert ["result_code", "1032"] in rows


def test_a_push_still_open_at_the_deadline_exits_5(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox_env.state.stk_delay = 30.0

    status = main(stk_push(PAYS, "--wait", "0.5"))

    assert status == 5
    rows = [line.split(maxsplit=1) for line in capsys.readouterr().out.splitlines()]
    assert ["status", "pending"] in rows


def test_each_poll_is_shown_on_stderr_and_the_outcome_at_the_end(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    main(stk_push(PAYS, "--wait", "10"))

    err = capsys.readouterr().err.splitlines()
    assert "waiting for the outcome... pending" in err
    assert err[-1] == "outcome: success"


def test_json_prints_the_response_and_the_outcome_as_one_document(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(stk_push(PAYS, "--wait", "10", "--json"))

    assert status == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["response"]["ResponseCode"] == "0"
    assert printed["outcome"]["status"] == "success"
    assert printed["outcome"]["result_code"] == "0"


def test_a_lost_answer_is_waited_on_after_saying_not_to_resend(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    sandbox_env.state.inject_fault("drop_connection", operation="initiate_stk_push")

    status = main(stk_push(PAYS, "--wait", "0.3"))

    assert status == 5  # without a ledger nothing can name the push: still unknown
    captured = capsys.readouterr()
    assert "do not resend" in captured.err
    assert ["status", "unknown"] in [line.split(maxsplit=1) for line in captured.out.splitlines()]


def test_with_mpesa_ledger_url_the_awaited_payment_is_recorded_with_its_outcome(
    sandbox_env: LocalDaraja, monkeypatch: pytest.MonkeyPatch, ledger_file: Path
) -> None:
    monkeypatch.setenv("MPESA_LEDGER_URL", f"sqlite:///{ledger_file}")

    status = main(stk_push(PAYS, "--wait", "10"))

    assert status == 0
    with SQLiteLedger(ledger_file) as ledger:
        (entry,) = ledger.list_requests()
    assert (entry.status, entry.result_code) == ("success", "0")


def test_on_postgresql_and_redis_the_awaited_payment_is_recorded_with_a_shared_token(
    sandbox_env: LocalDaraja,
    monkeypatch: pytest.MonkeyPatch,
    postgres_ledger_url: str,
    redis_server: RedisServer,
    redis_client: redis.Redis,
) -> None:
    monkeypatch.setenv("MPESA_LEDGER_URL", postgres_ledger_url)
    monkeypatch.setenv("MPESA_REDIS_URL", redis_server.url)
    config = MpesaConfig.from_env()
    token_key = shared_key(config.resolved_base_url, config.consumer_key)

    status = main(stk_push(PAYS, "--wait", "10"))

    assert status == 0
    with PostgresLedger(postgres_ledger_url) as ledger:
        (entry,) = ledger.list_requests()
    assert (entry.status, entry.result_code) == ("success", "0")
    assert redis_client.exists(token_key)


def test_without_wait_the_command_returns_at_once(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(stk_push(PAYS))

    assert status == 0
    captured = capsys.readouterr()
    assert "status" not in captured.out.split()
    assert "waiting" not in captured.err


def test_only_money_moving_commands_take_wait() -> None:
    from mpesa.cli import _parser

    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for op in OPERATIONS.values():
        flags = commands[op.name.replace("_", "-")]._option_string_actions
        assert ("--wait" in flags) == op.moves_money, op.name


def test_a_negative_wait_is_refused_before_anything_is_sent(
    sandbox_env: LocalDaraja, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(stk_push(PAYS, "--wait", "-1"))

    assert exit_info.value.code == 2
    assert sandbox_env.state.transactions() == []


class Terminal(io.StringIO):
    """What a terminal is to the progress display: a stream that says it is a TTY."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_progress_is_one_line_redrawn_in_place(
    sandbox_env: LocalDaraja, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)

    main(stk_push(PAYS, "--wait", "10"))

    shown = terminal.getvalue()
    assert shown.count("\r") > 1
    assert "\rwaiting" not in shown  # a spinner character leads the line
    assert shown.endswith("\r\x1b[Koutcome: success\n")
    assert shown.count("\n") == 1
