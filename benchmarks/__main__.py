"""``make bench``: mpesa-adapter beside raw ``httpx`` and the public M-Pesa clients, one run.

``python -m benchmarks`` starts a keep-alive HTTP/1.1 server over TLS (a certificate made for
the run, which every client is told to trust) and plain HTTP, installs the peers into
``benchmarks/.peers/`` on first use, measures every client against it in rounds, measures the
other figures (``figures.py``), then writes ``results.json`` and ``RESULTS.md`` and prints the
tables. Every figure is set against a baseline measured in the same run; nothing here asserts
a time. ``--quick`` runs tiny counts, installs nothing and leaves out the slow figures.
"""

from __future__ import annotations

import argparse
import datetime
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import figures, report
from .certs import make_certificates
from .clients import (
    FIFTY,
    HUNDRED,
    SEQUENTIAL,
    Group,
    Measured,
    Settings,
    environment,
    measure_group,
)
from .figures import Figure
from .peers import PEERS, prepare
from .server import BenchServer

HERE = Path(__file__).resolve().parent
FULL = Settings(rounds=5, calls=500, in_flight=1000, warmup=50)
QUICK = Settings(rounds=1, calls=10, in_flight=50, warmup=2)
TLS_NOTE = (
    "Over TLS, as Daraja is served: a client that opens a connection per call pays a TLS "
    "handshake per call."
)
PLAIN_NOTE = (
    "The same over plain HTTP, for comparison only: without the handshake, a client that "
    "opens a connection per call looks better than it would against Daraja."
)


def _table(group: Group, tls: bool, measured: list[Measured]) -> dict[str, Any]:
    scheme = "TLS" if tls else "plain HTTP"
    baseline = group.baseline.label
    return {
        "title": f"{group.title}, {scheme}",
        "description": f"{TLS_NOTE if tls else PLAIN_NOTE} Baseline: {baseline}.",
        "scheme": "https" if tls else "http",
        "concurrency": group.baseline.concurrency,
        "throughput": group.throughput,
        "baseline": baseline,
        "rows": [result.as_row(group.throughput) for result in measured],
    }


def _row(table: dict[str, Any], client: str) -> dict[str, Any] | None:
    row = next((row for row in table["rows"] if row["client"] == client), None)
    return None if row is None or "not_measured" in row else row


def _missing(table: dict[str, Any], client: str) -> str:
    row = next((row for row in table["rows"] if row["client"] == client), None)
    return "not in this run" if row is None else str(row.get("not_measured", ""))


def _versus(table: dict[str, Any], ours: str, theirs: str, target: float, title: str) -> Figure:
    """``ours`` against ``theirs`` in one table: time per call, or calls per second."""
    mine, other = _row(table, ours), _row(table, theirs)
    throughput = table["throughput"]
    unit, key = ("/s", "calls_per_s") if throughput else ("us", "us_per_call")
    sign = ">=" if throughput else "<="
    goal = f"{sign} {target:.2f}x"
    if mine is None or other is None:
        why = _missing(table, ours if mine is None else theirs)
        return figures.not_measured(title, unit, theirs, goal, why)
    # Against the table's baseline, the medians of the per-round ratios, as the table shows them.
    if theirs == table["baseline"]:
        ratio, cpu = mine["ratio"], mine["cpu_ratio"]
    else:
        ratio, cpu = mine[key] / other[key], mine["cpu_us_per_call"] / other["cpu_us_per_call"]
    met = ratio >= target if throughput else ratio <= target
    baseline = f"{theirs} ({unit})"
    note = f"CPU per call {cpu:.2f}x"
    return Figure(title, mine[key], unit, baseline, other[key], ratio, goal, met, note)


def _connections(table: dict[str, Any], client: str) -> Figure:
    """Connections per 1,000 calls; met when no run opened more than were in flight."""
    concurrency = table["concurrency"]
    title = f"{client} TCP connections per 1,000 calls, {concurrency} in flight"
    row, base = _row(table, client), _row(table, table["baseline"])
    goal = f"<= {concurrency} per run"
    if row is None:
        return figures.not_measured(title, "", table["baseline"], goal, _missing(table, client))
    per_1000 = row["connections_per_1000"]
    base_value = None if base is None else base["connections_per_1000"]
    ratio = None if not base_value else per_1000 / base_value
    per_run = row["connections"] / row["rounds"]
    note = f"{per_run:.0f} per run"
    return Figure(
        title,
        per_1000,
        "",
        table["baseline"],
        base_value,
        ratio,
        goal,
        per_run <= concurrency,
        note,
    )


def summary(tables: dict[str, dict[str, Any]]) -> list[Figure]:
    sequential, fifty = tables["sequential"], tables["fifty"]
    made = [
        _versus(
            sequential,
            "MpesaAdapter",
            "httpx.Client (raw)",
            1.05,
            "MpesaAdapter time per call vs raw httpx.Client, TLS",
        ),
    ]
    for peer in ("mpesakit", "daraja-sdk-py", "daraja-v3", "mpesa-daraja-mcp"):
        made.append(
            _versus(
                sequential, "MpesaAdapter", peer, 1.0, f"MpesaAdapter time per call vs {peer}, TLS"
            )
        )
    made += [
        _versus(
            fifty,
            "AsyncMpesaAdapter",
            "httpx.AsyncClient (raw)",
            0.95,
            "AsyncMpesaAdapter calls/s, 50 in flight, vs raw httpx.AsyncClient, TLS",
        ),
        _versus(
            fifty,
            "AsyncMpesaAdapter, aiohttp transport",
            "httpx.AsyncClient (raw)",
            0.95,
            "AsyncMpesaAdapter + aiohttp calls/s, 50 in flight, vs raw httpx.AsyncClient, TLS",
        ),
        _versus(
            fifty,
            "AsyncMpesaAdapter, aiohttp transport",
            "daraja-v3 (aiohttp)",
            0.95,
            "AsyncMpesaAdapter + aiohttp calls/s, 50 in flight, vs daraja-v3 aiohttp, TLS",
        ),
    ]
    for table in (fifty, tables.get("hundred")):
        if table is None:
            continue
        for client in ("AsyncMpesaAdapter", "AsyncMpesaAdapter, aiohttp transport"):
            made.append(_connections(table, client))
    return made


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="tiny counts; install nothing")
    parser.add_argument("--no-peers", action="store_true", help="measure this project only")
    parser.add_argument("--rounds", type=int, help="rounds per table (default 5; quick 1)")
    parser.add_argument("--out", type=Path, default=HERE, help="where to write the results")
    return parser.parse_args()


def main() -> None:
    options = _arguments()
    settings = QUICK if options.quick else FULL
    if options.rounds:
        settings = Settings(options.rounds, settings.calls, settings.in_flight, settings.warmup)
    started, clock = datetime.datetime.now(datetime.timezone.utc), time.perf_counter()
    load_at_start = report.machine()["load_average"]
    if options.no_peers:
        missing = {peer.name: "left out (--no-peers)" for peer in PEERS}
    else:
        missing = prepare(install=not options.quick)
    with tempfile.TemporaryDirectory() as scratch:
        certificates = make_certificates(Path(scratch))
        env = environment(certificates.ca)
        with BenchServer(certificates) as server:
            tables: dict[str, dict[str, Any]] = {}
            plan = [("sequential", SEQUENTIAL, True), ("fifty", FIFTY, True)]
            if not options.quick:
                plan += [("hundred", HUNDRED, True), ("sequential plain", SEQUENTIAL, False)]
                plan += [("fifty plain", FIFTY, False)]
            for key, group, tls in plan:
                print(f"measuring: {group.title}, {'TLS' if tls else 'plain HTTP'} ...", flush=True)
                url = server.tls_url if tls else server.plain_url
                measured = measure_group(group, server, url, env, settings, missing)
                tables[key] = _table(group, tls, measured)
            print("measuring: the other figures ...", flush=True)
            made = summary(tables)
            made.append(figures.own_cpu(settings.rounds, 200 if options.quick else 5000, env))
            made += figures.import_time(1 if options.quick else 7)
            calls = 500 if options.quick else 100_000
            made.append(figures.memory_growth(calls, env))
            tasks, threads = (100, 16) if options.quick else (1000, 64)
            made += figures.token_requests(server, server.tls_url, tasks, threads, env)
        if options.quick:
            why = "left out of --quick"
            made.append(figures.not_measured("make generate (full build)", "s", "-", "< 10 s", why))
            made.append(
                figures.not_measured(
                    "callbacks/s over HTTP into SQLite (receiver)", "/s", "-", ">= 1000/s", why
                )
            )
        else:
            made.append(figures.generation())
            made += figures.callbacks()
    results = {
        "command": shlex.join(["python", "-m", "benchmarks", *sys.argv[1:]]),
        "started": started.isoformat(timespec="seconds"),
        "duration_s": time.perf_counter() - clock,
        "machine": report.machine(),
        "load_at_start": load_at_start,
        "settings": settings.__dict__,
        "figures": [figure.as_dict() for figure in made],
        "tables": list(tables.values()),
    }
    report.write(results, options.out)
    print(report.text(results))


if __name__ == "__main__":
    main()
