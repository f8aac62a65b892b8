"""``python -m benchmarks --quick`` runs to the end and writes its results; no time is asserted."""

from __future__ import annotations

from tests.benchmarks.conftest import QuickRun


def test_quick_run_completes(quick_run: QuickRun) -> None:
    assert quick_run.returncode == 0, quick_run.output


def test_results_json_holds_the_figures_and_the_tables(quick_run: QuickRun) -> None:
    results = quick_run.results()
    assert {"command", "machine", "settings", "figures", "tables"} <= results.keys()
    assert [table["title"] for table in results["tables"]] == [
        "one call at a time, TLS",
        "50 in flight, TLS",
    ]


def test_every_figure_has_a_baseline_a_target_and_a_verdict(quick_run: QuickRun) -> None:
    for figure in quick_run.results()["figures"]:
        assert {"figure", "value", "baseline", "ratio", "target", "met"} <= figure.keys()


def test_the_adapters_are_measured_over_tls(quick_run: QuickRun) -> None:
    sequential = quick_run.results()["tables"][0]
    measured = {row["client"] for row in sequential["rows"] if "not_measured" not in row}
    assert {"httpx.Client (raw)", "MpesaAdapter", "AsyncMpesaAdapter"} <= measured


def test_a_peer_left_out_is_reported_as_not_measured(quick_run: QuickRun) -> None:
    rows = {row["client"]: row for row in quick_run.results()["tables"][0]["rows"]}
    assert rows["mpesakit"]["not_measured"] == "left out (--no-peers)"


def test_results_md_shows_the_machine_and_the_summary(quick_run: QuickRun) -> None:
    written = (quick_run.folder / "RESULTS.md").read_text()
    assert written.startswith("# Benchmark results")
    assert "- machine:" in written
    assert "## Summary" in written
