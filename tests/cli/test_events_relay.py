"""``mpesa events relay``: the ledger's outbox published to a Redis Stream by a process that
stops cleanly when asked."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

import pytest
import redis

from mpesa.ledger import Event, SQLiteLedger
from tests.receiver.conftest import wait_until
from tests.sandbox.sandbox_process import MPESA, clean_environment, read_start, stop
from tests.servers import PostgresServer, RedisServer


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    """A SQLite ledger holding three pending events."""
    path = tmp_path / "ledger.db"
    with SQLiteLedger(path) as ledger:
        ledger.append_events([Event(f"e-{n}", "mpesa.test.happened", {"n": n}) for n in range(3)])
    return path


def start(*options: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """``mpesa events relay <options>`` running, and what it printed on start."""
    process = subprocess.Popen(
        [str(MPESA), "events", "relay", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**clean_environment(), **(env or {})},
        bufsize=0,
    )
    return process, read_start(process)


def run(*options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(MPESA), "events", "relay", *options],
        capture_output=True,
        text=True,
        env=clean_environment(),
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl+C"])
def test_it_publishes_the_outbox_until_stopped(
    ledger_file: Path,
    redis_server: RedisServer,
    redis_client: redis.Redis,
    stream: str,
    how: signal.Signals,
) -> None:
    process, printed = start(
        "--ledger", str(ledger_file), "--stream", stream, env={"MPESA_REDIS_URL": redis_server.url}
    )
    assert "Ctrl+C stops." in printed
    wait_until(lambda: redis_client.xlen(stream) == 3)
    process.send_signal(how)
    assert process.wait(timeout=15) == 0
    assert process.stderr is not None and b"# Stopped." in process.stderr.read()
    with SQLiteLedger(ledger_file) as ledger:
        assert ledger.pending_events() == []


def test_it_shows_no_password_of_the_ledger_or_redis(
    postgres_server: PostgresServer, redis_server: RedisServer, stream: str
) -> None:
    ledger = postgres_server.empty_database().replace("postgres@", "postgres:pg-s3cret@")
    redis_url = f"redis://:rd-s3cret@127.0.0.1:{redis_server.port}/0"
    process, printed = start("--ledger", ledger, "--redis", redis_url, "--stream", stream)
    assert "Ctrl+C stops." in printed
    assert stop(process) == 0
    assert process.stderr is not None
    shown = printed + process.stderr.read().decode()
    assert "pg-s3cret" not in shown and "rd-s3cret" not in shown


def test_without_redis_it_exits_2(ledger_file: Path) -> None:
    done = run("--ledger", str(ledger_file))
    assert done.returncode == 2
    assert "MPESA_REDIS_URL" in done.stderr


def test_a_redis_url_of_another_scheme_is_refused_without_being_shown(ledger_file: Path) -> None:
    done = run("--ledger", str(ledger_file), "--redis", "http://user:s3cret@127.0.0.1:1")
    assert done.returncode == 2
    assert "redis://" in done.stderr and "s3cret" not in done.stderr


def test_without_a_ledger_it_exits_2(redis_server: RedisServer) -> None:
    done = run("--redis", redis_server.url)
    assert done.returncode == 2
    assert "MPESA_LEDGER_URL" in done.stderr
