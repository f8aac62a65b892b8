"""The clients measured over the wire, grouped into tables, and how one measurement runs.

Every measurement is a driver (``drivers/``) in a fresh process of the client's own
environment, timing its calls against ``BenchServer``; the server's counts before and after
give the TCP connections the client opened. Within a table every client, the baseline
included, is measured once per round, the order turning each round, and each figure is
also taken as a ratio to the baseline of its own round.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .peers import DARAJA_SDK_PY, DARAJA_V3, MPESA_DARAJA_MCP, MPESAKIT, Peer
from .server import BenchServer

DRIVERS = Path(__file__).resolve().parent / "drivers"


@dataclass(frozen=True)
class Client:
    """``name`` as its driver knows it, run ``concurrency`` calls in flight."""

    label: str
    driver: str
    name: str
    concurrency: int = 1
    peer: Peer | None = None
    note: str = ""


@dataclass(frozen=True)
class Group:
    """A table: clients compared with ``baseline`` at the same concurrency."""

    title: str
    baseline: Client
    clients: tuple[Client, ...]
    throughput: bool
    """Compare calls per second (many in flight) rather than time per call (one at a time)."""


@dataclass
class Measured:
    """One client's runs in a table: per-call seconds and CPU seconds, per-round ratios."""

    client: Client
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    cpu_ratios: list[float] = field(default_factory=list)
    connections: int = 0
    calls: int = 0
    error: str | None = None

    def median(self) -> float:
        return statistics.median(self.seconds)

    def as_row(self, throughput: bool) -> dict[str, object]:
        row: dict[str, object] = {"client": self.client.label, "note": self.client.note}
        if self.error is not None or not self.seconds:
            row["not_measured"] = self.error or "no run completed"
            return row
        per_call = self.median()
        row.update(
            {
                "us_per_call": per_call * 1e6,
                "calls_per_s": 1 / per_call,
                "cpu_us_per_call": statistics.median(self.cpu) * 1e6,
                "ratio": statistics.median(self.ratios) if self.ratios else None,
                "cpu_ratio": statistics.median(self.cpu_ratios) if self.cpu_ratios else None,
                "connections_per_1000": 1000 * self.connections / max(self.calls, 1),
                "connections": self.connections,
                "calls": self.calls,
                "rounds": len(self.seconds),
            }
        )
        return row


def _ours(label: str, name: str, concurrency: int = 1, note: str = "") -> Client:
    return Client(label, "ours", name, concurrency, None, note)


RAW_SYNC = _ours("httpx.Client (raw)", "httpx.Client")
RAW_ASYNC = "httpx.AsyncClient"
ADAPTER = _ours("MpesaAdapter", "MpesaAdapter")
V3_NOTE = "urllib: a new connection per call"
MCP_NOTE = "stk_push tool; stores each request in SQLite"
AIOHTTP = "AsyncMpesaAdapter + aiohttp"


def _in_flight(concurrency: int, peers: bool) -> Group:
    clients = [
        _ours("AsyncMpesaAdapter", "AsyncMpesaAdapter", concurrency),
        _ours("AsyncMpesaAdapter, aiohttp transport", AIOHTTP, concurrency),
    ]
    if peers:
        clients += [
            Client(
                "daraja-v3 (aiohttp)", "peer_daraja_v3", "daraja-v3 aiohttp", concurrency, DARAJA_V3
            ),
            Client(
                "mpesa-daraja-mcp",
                "peer_mpesa_daraja_mcp",
                "mpesa-daraja-mcp",
                concurrency,
                MPESA_DARAJA_MCP,
                MCP_NOTE,
            ),
        ]
    return Group(
        f"{concurrency} in flight",
        _ours("httpx.AsyncClient (raw)", RAW_ASYNC, concurrency),
        tuple(clients),
        throughput=True,
    )


SEQUENTIAL = Group(
    "one call at a time",
    RAW_SYNC,
    (
        ADAPTER,
        _ours("AsyncMpesaAdapter", "AsyncMpesaAdapter", note="one task"),
        Client("mpesakit", "peer_mpesakit", "mpesakit", 1, MPESAKIT, "use_session=True"),
        Client("daraja-sdk-py", "peer_daraja_sdk_py", "daraja-sdk-py", 1, DARAJA_SDK_PY),
        Client("daraja-v3", "peer_daraja_v3", "daraja-v3", 1, DARAJA_V3, V3_NOTE),
        Client(
            "mpesa-daraja-mcp",
            "peer_mpesa_daraja_mcp",
            "mpesa-daraja-mcp",
            1,
            MPESA_DARAJA_MCP,
            MCP_NOTE + "; one task",
        ),
    ),
    throughput=False,
)
FIFTY = _in_flight(50, peers=True)
HUNDRED = _in_flight(100, peers=False)


def environment(ca: Path) -> dict[str, str]:
    """The drivers' environment: this one, trusting ``ca`` the ways Python clients read."""
    variables = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    variables.update({"SSL_CERT_FILE": str(ca), "REQUESTS_CA_BUNDLE": str(ca)})
    return variables


def drive(
    client: Client, options: dict[str, object], env: dict[str, str], timeout: float = 900
) -> dict[str, object]:
    """Run ``client``'s driver once; its JSON answer, or ``{"error": ...}``."""
    python = str(client.peer.python) if client.peer else sys.executable
    script = str(DRIVERS / f"{client.driver}.py")
    arguments = json.dumps({"client": client.name, **options})
    try:
        done = subprocess.run(
            [python, script, arguments], env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"error": f"no answer within {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if not lines:
        tail = done.stderr.strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        return {"error": tail[0][:300]}
    answer: dict[str, object] = json.loads(lines[-1])
    return answer


@dataclass(frozen=True)
class Settings:
    rounds: int
    calls: int
    """Timed calls per run, one at a time; runs with many in flight make ``in_flight`` calls."""
    in_flight: int
    warmup: int


def measure_group(
    group: Group,
    server: BenchServer,
    url: str,
    env: dict[str, str],
    settings: Settings,
    missing: dict[str, str],
) -> list[Measured]:
    """Every client of ``group`` and its baseline, ``settings.rounds`` times, against ``url``."""
    everyone = (group.baseline, *group.clients)
    results = {client: Measured(client) for client in everyone}
    for client in everyone:
        if client.peer is not None and client.peer.name in missing:
            results[client].error = missing[client.peer.name]
    calls = settings.in_flight if group.throughput else settings.calls
    warmup = max(settings.warmup, group.baseline.concurrency)
    for number in range(settings.rounds):
        turn = number % len(everyone)
        base: tuple[float, float] | None = None
        for client in everyone[turn:] + everyone[:turn]:
            result = results[client]
            if result.error is not None:
                continue
            options = {"url": url, "calls": calls, "warmup": warmup}
            options.update({"ca": env["SSL_CERT_FILE"], "concurrency": client.concurrency})
            before = server.counts()
            answer = drive(client, options, env)
            after = server.counts()
            if "error" in answer:
                result.error = str(answer["error"])
                continue
            result.seconds.append(float(answer["seconds"]) / calls)  # type: ignore[arg-type]
            result.cpu.append(float(answer["cpu"]) / calls)  # type: ignore[arg-type]
            result.connections += after.connections - before.connections
            result.calls += after.stk - before.stk
        baseline = results[group.baseline]
        if baseline.error is None and len(baseline.seconds) == number + 1:
            base = (baseline.seconds[-1], baseline.cpu[-1])
        for result in results.values():
            if base is None or result.error is not None or len(result.seconds) != number + 1:
                continue
            seconds, cpu = result.seconds[-1], result.cpu[-1]
            result.ratios.append(base[0] / seconds if group.throughput else seconds / base[0])
            result.cpu_ratios.append(cpu / base[1])
    return list(results.values())
