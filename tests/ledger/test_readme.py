"""The README's ledger examples run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mpesa.ledger.postgres import PostgresLedger

from .conftest import PostgresStore

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_example_records_a_payment_and_its_callback_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    section = README.read_text(encoding="utf-8").split("\n## The ledger\n", 1)[1]
    own_text = re.split(r"\n##+ ", section, maxsplit=1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", own_text, re.DOTALL)
    monkeypatch.chdir(tmp_path)
    exec(block, {})
    assert capsys.readouterr().out.splitlines() == [
        "recorded",
        "duplicate",
        "success 2547****149 10 1",
        "[]",
    ]
    assert (tmp_path / "payments.db").exists()


def test_the_readme_postgres_example_records_a_request(postgres_store: PostgresStore) -> None:
    section = README.read_text(encoding="utf-8").split("\n### The PostgreSQL ledger\n", 1)[1]
    own_text = re.split(r"\n##+ ", section, maxsplit=1)[0]
    (block,) = re.findall(r"```python\n(.*?)```", own_text, re.DOTALL)
    (url,) = re.findall(r'"(postgresql://[^"]+)"', block)
    exec(block.replace(url, postgres_store.url), {})
    with PostgresLedger(postgres_store.url) as ledger:
        found = ledger.find_request("order-1001")
    assert found is not None and found.amount == 10
