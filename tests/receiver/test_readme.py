"""The README's standalone receiver runs as written, behind a proxy that sets the source."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from mpesa.testing import canned_callback
from tests.receiver.conftest import free_socket, serve_asgi

README = Path(__file__).resolve().parents[2] / "README.md"
SAFARICOM = {"x-forwarded-for": "196.201.214.200"}


def standalone_example() -> str:
    section = README.read_text(encoding="utf-8").split("\n## Receiving callbacks\n", 1)[1]
    return re.findall(r"```python\n(.*?)```", section.split("\n## ", 1)[0], re.DOTALL)[0]


def test_the_readme_receiver_handles_a_payment_and_refuses_what_it_should(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sock = free_socket()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}/hooks/{'ab' * 16}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MPESA_CALLBACK_BASE_URL", base_url)
    namespace: dict[str, Any] = {}
    exec(standalone_example(), namespace)
    validation = {
        "TransID": "RKTQDM7W6S",
        "TransTime": "20191122063845",
        "TransAmount": "10",
        "BusinessShortCode": "600638",
        "BillRefNumber": "ORDER-9",
        "OrgAccountBalance": "",
    }
    with serve_asgi(namespace["app"], sock):
        paid = httpx.post(
            f"{base_url}/callback",
            json=canned_callback("initiate_stk_push"),
            headers=SAFARICOM,
            timeout=10,
        )
        rejected = httpx.post(
            f"{base_url}/validation", json=validation, headers=SAFARICOM, timeout=10
        )
        forged = httpx.post(
            f"{base_url}/callback", json=canned_callback("initiate_stk_push"), timeout=10
        )
    namespace["receiver"].ledger.close()
    assert paid.status_code == 200
    assert capsys.readouterr().out.startswith("ws_CO_191220191020363925 paid KES 1")
    assert rejected.json()["ResultCode"] == "C2B00012"
    assert forged.status_code == 403
    assert (tmp_path / "payments.db").exists()
