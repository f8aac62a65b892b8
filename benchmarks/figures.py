"""The figures besides the tables: each as a value, the baseline it is set against, a target.

- own CPU per call: ``MpesaAdapter`` minus raw ``httpx.Client`` on one in-memory transport;
- ``import mpesa`` and ``from mpesa import MpesaAdapter`` against ``import httpx, pydantic``,
  each timed inside a fresh interpreter;
- ``make generate``: a full build into a scratch folder (``python -m generator --check``);
- resident memory gained over many calls, against raw ``httpx.Client`` over the same calls;
- token requests from a cold cache under many tasks and many threads, counted by the server;
- callbacks per second into the SQLite ledger, directly and over HTTP (``bench_ledger``,
  ``bench_receiver``), and over HTTP into PostgreSQL with 1, 2 and 4 receiver processes
  (``bench_postgres``).
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .clients import Client, drive
from .server import BenchServer

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Figure:
    """One row of the summary: ``met`` is ``None`` without a target, or when not measured
    (``value`` is then ``None`` and ``note`` says why)."""

    figure: str
    value: float | None
    unit: str
    baseline: str
    baseline_value: float | None
    ratio: float | None
    target: str
    met: bool | None
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def not_measured(figure: str, unit: str, baseline: str, target: str, why: str) -> Figure:
    return Figure(figure, None, unit, baseline, None, None, target, None, why)


def _ours(name: str) -> Client:
    return Client(name, "ours", name)


OWN_CPU = "MpesaAdapter's own CPU per call, in-memory transport"
OWN_CPU_BASELINE = "raw httpx.Client, same transport (us CPU per call)"


def own_cpu(rounds: int, calls: int, env: dict[str, str]) -> Figure:
    """Median over alternating rounds of the adapter's CPU per call less raw httpx's."""
    raw: list[float] = []
    adapter: list[float] = []
    for _ in range(rounds):
        for name, into in (("memory httpx.Client", raw), ("memory MpesaAdapter", adapter)):
            answer = drive(_ours(name), {"calls": calls, "warmup": 200}, env)
            if "error" in answer:
                return not_measured(
                    OWN_CPU, "us", OWN_CPU_BASELINE, "<= 25 us", str(answer["error"])
                )
            into.append(float(answer["cpu"]) / calls)  # type: ignore[arg-type]
    own = statistics.median(mine - base for mine, base in zip(adapter, raw, strict=True)) * 1e6
    ratio = statistics.median(mine / base for mine, base in zip(adapter, raw, strict=True))
    base = statistics.median(raw) * 1e6
    return Figure(OWN_CPU, own, "us", OWN_CPU_BASELINE, base, ratio, "<= 25 us", own <= 25)


def _import_seconds(statement: str) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def import_time(rounds: int) -> list[Figure]:
    """``import mpesa``, and the import that loads the adapter itself (``import mpesa`` defers
    what it can), each against ``import httpx, pydantic`` over alternating rounds."""
    statements = ("import httpx, pydantic", "import mpesa", "from mpesa import MpesaAdapter")
    times: list[list[float]] = [[] for _ in statements]
    for _ in range(rounds):
        for statement, into in zip(statements, times, strict=True):
            into.append(_import_seconds(statement))
    base = statistics.median(times[0]) * 1e3
    made = []
    for statement, measured, target in zip(statements[1:], times[1:], (1.3, None), strict=True):
        ratio = statistics.median(
            mine / other for mine, other in zip(measured, times[0], strict=True)
        )
        made.append(
            Figure(
                statement,
                statistics.median(measured) * 1e3,
                "ms",
                "import httpx, pydantic (ms)",
                base,
                ratio,
                "-" if target is None else f"<= {target}x",
                None if target is None else ratio <= target,
            )
        )
    return made


def generation() -> Figure:
    """``make generate``'s build, timed on the wall, with its CPU time in the note."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "generator", "--check"], cwd=ROOT, capture_output=True, check=False
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    return Figure(
        "make generate (full build)",
        seconds,
        "s",
        "-",
        None,
        None,
        "< 10 s",
        seconds < 10,
        f"{cpu:.1f} s CPU",
    )


def memory_growth(calls: int, env: dict[str, str]) -> Figure:
    grown = []
    for name in ("rss httpx.Client", "rss MpesaAdapter"):
        answer = drive(_ours(name), {"calls": calls, "warmup": min(calls, 1000)}, env)
        if "error" in answer:
            return not_measured(
                f"RSS growth over {calls:,} calls",
                "MB",
                "raw httpx.Client",
                "< 5 MB",
                str(answer["error"]),
            )
        grown.append(float(answer["bytes"]) / 2**20)  # type: ignore[arg-type]
    return Figure(
        f"RSS growth over {calls:,} calls (MpesaAdapter, in-memory)",
        grown[1],
        "MB",
        "raw httpx.Client, same calls (MB)",
        grown[0],
        None,
        "< 5 MB",
        grown[1] < 5,
    )


def token_requests(
    server: BenchServer, url: str, tasks: int, threads: int, env: dict[str, str]
) -> list[Figure]:
    """Token requests the server saw while a cold adapter served ``tasks`` tasks, then
    ``threads`` threads."""
    made = []
    for name, label, count in (
        ("tokens async", f"{tasks:,} tasks (AsyncMpesaAdapter)", tasks),
        ("tokens threads", f"{threads} threads (MpesaAdapter)", threads),
    ):
        figure = f"token requests, cold cache, {label}"
        before = server.counts()
        answer = drive(_ours(name), {"url": url, "calls": count, "concurrency": count}, env)
        fetched = server.counts().oauth - before.oauth
        if "error" in answer:
            made.append(not_measured(figure, "requests", "1", "exactly 1", str(answer["error"])))
            continue
        made.append(Figure(figure, fetched, "requests", "1", 1, fetched, "exactly 1", fetched == 1))
    return made


def callbacks() -> list[Figure]:
    """The receiver's and the ledger's callbacks per second, from their own modules."""
    from . import bench_ledger, bench_receiver

    over_http = bench_receiver.run()
    floor, receiver = over_http.get("floor"), over_http.get("receiver")
    ledger = bench_ledger.run()
    raw, direct = ledger.get("raw"), ledger.get("ledger")
    return [
        Figure(
            "callbacks/s over HTTP into SQLite (receiver)",
            receiver,
            "/s",
            "same server answering without work (/s)",
            floor,
            receiver / floor if receiver and floor else None,
            ">= 1000/s",
            None if receiver is None else receiver >= 1000,
        ),
        Figure(
            "callbacks/s recorded by SQLiteLedger",
            direct,
            "/s",
            "plain SQLite insert + commit (/s)",
            raw,
            direct / raw if direct and raw else None,
            "-",
            None,
        ),
        *postgres_callbacks(),
    ]


def postgres_callbacks() -> list[Figure]:
    """Callbacks per second over HTTP into one PostgreSQL ledger with 1, 2 and 4 receiver
    processes, each against the rate of one process."""
    from . import bench_postgres

    rates = bench_postgres.run()
    one = rates.get("1")
    return [
        Figure(
            f"callbacks/s over HTTP into PostgreSQL, {count} receiver process(es)",
            rate,
            "/s",
            "one receiver process (/s)",
            one,
            rate / one if one else None,
            "-",
            None,
        )
        for count, rate in rates.items()
    ]
