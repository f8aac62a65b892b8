"""``results.json`` and ``RESULTS.md``: the machine, the command, the figures and the tables."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any


def machine() -> dict[str, object]:
    """What the figures depend on: processor, cores, Python, and how busy the machine was."""
    processor = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                processor = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "system": platform.system(),
        "processor": processor,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }


def _number(value: object, digits: int = 0) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return f"{value:,.{digits}f}"
    return str(value)


def _figure_rows(figures: list[dict[str, Any]]) -> list[list[str]]:
    rows = []
    for figure in figures:
        digits = {"s": 2, "MB": 2, "requests": 0, "/s": 0}.get(figure["unit"], 1)
        value = _number(figure["value"], digits)
        met = "not measured" if figure["met"] is None and figure["value"] is None else None
        rows.append(
            [
                figure["figure"],
                f"{value} {figure['unit']}" if figure["value"] is not None else "-",
                f"{figure['baseline']}: {_number(figure['baseline_value'], digits)}"
                if figure["baseline_value"] is not None
                else figure["baseline"],
                "-" if figure["ratio"] is None else f"{figure['ratio']:.2f}x",
                figure["target"],
                met or _number(figure["met"]),
                figure["note"],
            ]
        )
    return rows


def _table_rows(table: dict[str, Any]) -> list[list[str]]:
    rows = []
    for row in table["rows"]:
        if "not_measured" in row:
            rows.append([row["client"], f"not measured: {row['not_measured']}", "", "", "", "", ""])
            continue
        speed = (
            f"{row['calls_per_s']:,.0f} /s"
            if table["throughput"]
            else f"{row['us_per_call']:,.0f} us"
        )
        ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}x"
        cpu_ratio = "-" if row["cpu_ratio"] is None else f"{row['cpu_ratio']:.2f}x"
        rows.append(
            [
                row["client"],
                speed,
                ratio,
                f"{row['cpu_us_per_call']:,.0f} us",
                cpu_ratio,
                f"{row['connections_per_1000']:,.1f}",
                row["note"],
            ]
        )
    return rows


def _table_header(table: dict[str, Any]) -> list[str]:
    if table["throughput"]:
        speed, ratio = "calls/s", "throughput vs baseline"
    else:
        speed, ratio = "time per call", "time vs baseline"
    return [
        "client",
        speed,
        ratio,
        "CPU per call",
        "CPU vs baseline",
        "TCP conns/1000 calls",
        "note",
    ]


FIGURE_HEADER = ["figure", "value", "baseline", "ratio", "target", "met", "note"]


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _text(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    )


def markdown(results: dict[str, Any]) -> str:
    info = results["machine"]
    load = info["load_average"]
    parts = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m benchmarks`); every ratio is against a baseline "
        "measured in the same run, alternating with it over several rounds (medians). "
        "CPU per call is the measured process's own CPU time, which other work on the "
        "machine inflates less than wall time.",
        "",
        f"- command: `{results['command']}`",
        f"- machine: {info['processor']}, {info['cores']} cores, {info['system']}, "
        f"Python {info['python']}",
        f"- load average at start and end: {_load(results['load_at_start'])} / {_load(load)}",
        f"- started {results['started']}, took {results['duration_s']:.0f} s; "
        f"rounds: {results['settings']['rounds']}",
        *_busy(results),
        "",
        "## Summary",
        "",
        _markdown(FIGURE_HEADER, _figure_rows(results["figures"])),
    ]
    for table in results["tables"]:
        parts += ["", f"## {table['title']}", "", table["description"], ""]
        parts.append(_markdown(_table_header(table), _table_rows(table)))
    return "\n".join(parts) + "\n"


def _busy(results: dict[str, Any]) -> list[str]:
    """A warning when the machine ran other work: a load average above its core count."""
    cores = results["machine"]["cores"] or 1
    loads = [results["load_at_start"], results["machine"]["load_average"]]
    if not any(isinstance(load, (list, tuple)) and max(load) > cores for load in loads):
        return []
    return [
        "",
        "The machine was busy with other work during this run (load average above its core "
        "count): wall times and rates are pessimistic, CPU times per call less so.",
    ]


def _load(load: object) -> str:
    if not isinstance(load, (list, tuple)):
        return "unknown"
    return ", ".join(f"{value:.1f}" for value in load)


def text(results: dict[str, Any]) -> str:
    parts = [_text(FIGURE_HEADER, _figure_rows(results["figures"]))]
    for table in results["tables"]:
        parts += ["", table["title"], _text(_table_header(table), _table_rows(table))]
    return "\n".join(parts)


def write(results: dict[str, Any], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (directory / "RESULTS.md").write_text(markdown(results))
