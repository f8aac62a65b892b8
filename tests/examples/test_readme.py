"""The README's first steps run as written: the first STK push and reading a callback."""

from __future__ import annotations

import io
import re
import threading
import time
import unittest
from pathlib import Path
from typing import Any

import pytest

from mpesa.sandbox import LocalDaraja

README = Path(__file__).resolve().parents[2] / "README.md"


def python_blocks(section: str) -> list[str]:
    """The ```python blocks of a README section (``## <section>``), in order."""
    text = README.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", body, flags=re.DOTALL)


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses the test's own thread asks ``time.sleep`` for; each lasts at most 0.5 s."""
    asked: list[float] = []
    real_sleep = time.sleep

    def sleep(seconds: float) -> None:
        if threading.current_thread() is threading.main_thread():
            asked.append(seconds)
        real_sleep(min(seconds, 0.5))

    monkeypatch.setattr(time, "sleep", sleep)
    return asked


def test_the_first_stk_push_asks_again_while_the_prompt_is_open_then_reports_the_outcome(
    mpesa_environment: LocalDaraja, waits: list[float], capsys: pytest.CaptureFixture[str]
) -> None:
    (block,) = python_blocks("A first STK push")
    exec(block, {})
    ids, outcome = capsys.readouterr().out.splitlines()
    attribute, wire_name = ids.split(" ")
    assert attribute == wire_name and attribute.startswith("ws_CO_")
    assert waits == [5]  # one pending answer while the customer had the prompt open
    assert outcome == "0 The service request is processed successfully."


def test_reading_a_callback_decodes_a_payment_and_reports_a_cancellation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    (block,) = python_blocks("Parsing callbacks")
    exec(block, {})
    paid, cancelled = capsys.readouterr().out.splitlines()
    assert paid == (
        "ws_CO_191220191020363925 paid KES 1.00, receipt NLJ7RT61SV, at 2019-12-19 10:21"
    )
    assert cancelled.startswith("ws_CO_191220191020363925 not paid: 1032 ")


def test_the_brief_s_helpers_example_passes_under_pytest_and_unittest() -> None:
    (block,) = [b for b in python_blocks("Testing your integration") if "TestBase" in b]
    namespace: dict[str, Any] = {}
    exec(block, namespace)
    namespace["test_a_refused_stk_push_is_reported"]()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(namespace["CheckoutTests"])
    outcome = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    assert outcome.wasSuccessful() and outcome.testsRun == 1, outcome.errors + outcome.failures
