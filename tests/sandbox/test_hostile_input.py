"""The local Daraja is a server people run in CI: hostile input is refused, and it keeps serving.

Oversized and lying bodies, deep JSON, unauthenticated uploads, cross-origin or malformed
control requests, slow clients and external callback URLs each get a precise refusal; after
every test the sandbox still answers. Everything runs on 127.0.0.1; no external address is
ever resolved or contacted.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mpesa.sandbox import CallbackReceiver, LocalDaraja
from mpesa.sandbox.callbacks import CallbackDispatcher, is_loopback_url
from tests.sandbox.daraja_client import Daraja
from tests.sandbox.sandbox_process import StartSandbox

STK = "/mpesa/stkpush/v1/processrequest"
LIMIT = 1024 * 1024
REQUEST_TIMEOUT = 0.5
CHUNK = b"x" * 65536


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[LocalDaraja, CallbackReceiver]]:
    """The module's sandbox, with a short request deadline so slow clients are quick to test."""
    with (
        LocalDaraja(stk_delay=0.05, callback_delay=0.0, request_timeout=REQUEST_TIMEOUT) as sandbox,
        CallbackReceiver() as receiver,
    ):
        yield sandbox, receiver


@pytest.fixture(autouse=True)
def still_serving(servers: tuple[LocalDaraja, CallbackReceiver]) -> Iterator[None]:
    """After every hostile request, the sandbox still answers an ordinary one."""
    yield
    sandbox, _ = servers
    assert httpx.get(sandbox.base_url + "/sandbox/transactions", timeout=5).status_code == 200


def stream(total: int) -> Iterator[bytes]:
    """``total`` bytes in 64 KB chunks, never all in memory."""
    sent = 0
    while sent < total:
        yield CHUNK
        sent += len(CHUNK)


def connect(base_url: str, timeout: float) -> socket.socket:
    """A raw TCP connection to ``http://host:port``."""
    host, port = base_url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=timeout)


def raw_exchange(base_url: str, data: bytes, *, wait: float = 5.0) -> bytes:
    """Send ``data`` on a new connection; everything the server sends before closing (or
    before ``wait`` runs out)."""
    with connect(base_url, wait) as sock:
        sock.sendall(data)
        received = b""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            received += chunk
        return received


def closed_within(base_url: str, data: bytes, seconds: float) -> bool:
    """Whether the server closes a connection that sent only ``data`` within ``seconds``."""
    with connect(base_url, seconds) as sock:
        sock.sendall(data)
        try:
            while sock.recv(65536):
                pass
        except TimeoutError:
            return False
        except ConnectionResetError:
            return True
        return True


# Bodies ------------------------------------------------------------------------------------


def test_a_body_over_the_limit_gets_413(daraja: Daraja) -> None:
    response = daraja.http.post(
        STK,
        content=b"{" + b" " * LIMIT + b"}",
        headers={"Authorization": f"Bearer {daraja.token()}", "Content-Type": "application/json"},
    )

    assert response.status_code == 413
    assert response.json()["errorCode"] == "413"


def test_a_streamed_body_is_cut_off_at_the_limit_with_413(daraja: Daraja) -> None:
    response = daraja.http.post(
        STK,
        content=stream(8 * LIMIT),
        headers={"Authorization": f"Bearer {daraja.token()}", "Content-Type": "application/json"},
    )

    assert response.status_code == 413


def test_a_claimed_length_over_the_limit_is_refused_before_any_body_arrives(
    daraja: Daraja,
) -> None:
    request = (
        f"POST {STK} HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer {daraja.token()}\r\n"
        "Content-Type: application/json\r\nContent-Length: 1000000000000\r\n\r\n"
    ).encode()

    answer = raw_exchange(daraja.sandbox.base_url, request)

    assert answer.startswith(b"HTTP/1.1 413 ")


def test_a_claimed_length_the_body_never_reaches_is_closed_at_the_deadline(
    daraja: Daraja,
) -> None:
    request = (
        f"POST {STK} HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer {daraja.token()}\r\n"
        'Content-Type: application/json\r\nContent-Length: 500000\r\n\r\n{"a"'
    ).encode()

    assert closed_within(daraja.sandbox.base_url, request, REQUEST_TIMEOUT + 2)


def test_an_unauthenticated_body_is_refused_without_being_read(daraja: Daraja) -> None:
    request = (
        f"POST {STK} HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer not-a-token\r\n"
        "Content-Type: application/json\r\nContent-Length: 900000\r\n\r\n"
    ).encode()

    answer = raw_exchange(daraja.sandbox.base_url, request, wait=REQUEST_TIMEOUT * 3)

    assert answer.startswith(b"HTTP/1.1 4")
    assert b"Invalid Access Token" in answer


@pytest.mark.parametrize(
    "body", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 40 + b"1" + b"}" * 40]
)
def test_json_nested_deeper_than_daraja_shapes_gets_a_daraja_400(
    daraja: Daraja, body: bytes
) -> None:
    response = daraja.http.post(
        STK,
        content=body,
        headers={"Authorization": f"Bearer {daraja.token()}", "Content-Type": "application/json"},
    )

    assert response.status_code == 400
    assert response.json()["errorCode"] == "400.002.05"


def test_deep_json_sent_to_the_callback_inbox_is_kept_as_text(daraja: Daraja) -> None:
    response = daraja.http.post("/sandbox/inbox/deep", content=b"[" * 100_000)

    assert response.status_code == 200
    (item,) = daraja.http.get("/sandbox/inbox").json()["received"]
    assert isinstance(item["body"], str)


# Test controls -----------------------------------------------------------------------------


def test_a_cross_origin_control_post_is_refused(daraja: Daraja) -> None:
    response = daraja.http.post(
        "/sandbox/control/fault",
        json={"kind": "http_503", "count": None},
        headers={"Origin": "http://attacker.example"},
    )

    assert response.status_code == 403
    assert daraja.oauth().status_code == 200
    assert daraja.post(STK, daraja.stk()).status_code == 200


def test_a_control_post_from_the_sandbox_own_origin_is_accepted(daraja: Daraja) -> None:
    response = daraja.http.post(
        "/sandbox/control/reset", json={}, headers={"Origin": daraja.sandbox.base_url}
    )

    assert response.status_code == 200


def test_a_control_body_that_is_not_json_gets_415(daraja: Daraja) -> None:
    response = daraja.http.post(
        "/sandbox/control/fault",
        content=b'{"kind": "http_503"}',
        headers={"Content-Type": "text/plain"},
    )

    assert response.status_code == 415
    assert daraja.post(STK, daraja.stk()).status_code == 200


@pytest.mark.parametrize(
    ("control", "body"),
    [
        ("fault", {"kind": "spike_arrest", "count": 1.5}),
        ("fault", {"kind": "spike_arrest", "count": True}),
        ("fault", {"kind": "spike_arrest", "count": "2"}),
        ("fault", {"kind": "latency", "seconds": "inf"}),
        ("fault", {"kind": "latency", "seconds": -1}),
        ("fault", {"kind": ["latency"]}),
        ("fault", {"kind": "spike_arrest", "operation": ["b2c_payment"]}),
        ("next-outcome", {"result_code": "1032", "count": 1.5}),
        ("next-outcome", {"result_code": "1032", "count": 0}),
        ("next-outcome", {"result_code": {"code": 1}}),
        ("next-outcome", {"result_code": "1032", "result_desc": 7}),
    ],
)
def test_an_invalid_control_value_is_refused_when_set(
    daraja: Daraja, control: str, body: dict[str, object]
) -> None:
    response = daraja.http.post(f"/sandbox/control/{control}", json=body)

    assert response.status_code == 400
    assert daraja.post(STK, daraja.stk()).status_code == 200
    daraja.state.settle()
    (callback,) = daraja.receiver.wait_for(1, path="/stk")
    assert callback["Body"]["stkCallback"]["ResultCode"] == 0


def test_a_control_token_is_required_when_the_sandbox_has_one() -> None:
    with LocalDaraja(control_token="s3cret") as sandbox:
        url = sandbox.base_url + "/sandbox/control/reset"

        refused = httpx.post(url, timeout=5)
        wrong = httpx.post(url, headers={"Authorization": "Bearer guess"}, timeout=5)
        allowed = httpx.post(url, headers={"Authorization": "Bearer s3cret"}, timeout=5)

    assert (refused.status_code, wrong.status_code, allowed.status_code) == (401, 401, 200)


# Slow clients ------------------------------------------------------------------------------


def test_an_idle_connection_is_closed(daraja: Daraja) -> None:
    assert closed_within(daraja.sandbox.base_url, b"", REQUEST_TIMEOUT + 2)


def test_a_half_sent_request_line_and_headers_are_closed(daraja: Daraja) -> None:
    assert closed_within(
        daraja.sandbox.base_url, f"POST {STK} HTTP/1.1\r\nHost: san".encode(), REQUEST_TIMEOUT + 2
    )


def test_a_client_dribbling_bytes_is_closed_at_the_deadline(daraja: Daraja) -> None:
    request = b"GET /sandbox/transactions HTTP/1.1\r\nHost: sandbox\r\nX-Slow: "
    started = time.monotonic()
    closed = False
    with connect(daraja.sandbox.base_url, 5) as sock:
        sock.sendall(request)
        for _ in range(50):
            try:
                sock.sendall(b"a")
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            time.sleep(0.1)

    assert closed
    assert time.monotonic() - started < REQUEST_TIMEOUT + 2


# Callbacks ---------------------------------------------------------------------------------


def test_a_callback_to_an_external_host_is_recorded_and_never_sent(daraja: Daraja) -> None:
    external = "https://192.0.2.10/stk"  # TEST-NET-1: never contacted

    assert daraja.post(STK, daraja.stk(CallBackURL=external)).status_code == 200
    daraja.state.settle()

    (delivery,) = daraja.http.get("/sandbox/callbacks").json()["callbacks"]
    assert delivery["url"] == external
    assert delivery["status_code"] is None
    assert delivery["error"].startswith("refused")


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/cb", "http://127.8.9.10/cb", "http://[::1]:8000/cb", "http://localhost/x"],
)
def test_loopback_callback_urls_are_allowed(url: str) -> None:
    assert is_loopback_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/cb",
        "http://10.0.0.1/cb",
        "http://0.0.0.0/cb",
        "http://127.0.0.1.example.com/cb",
        "http://localhost.example.com/cb",
        "not a url",
    ],
)
def test_other_callback_urls_are_external(url: str) -> None:
    assert not is_loopback_url(url)


def test_external_callbacks_are_refused_unless_allowed() -> None:
    dispatcher = CallbackDispatcher(timeout=1.0)
    try:
        delivery = dispatcher.post("b2c_payment", "https://192.0.2.10/result", {})
    finally:
        dispatcher.close()

    assert delivery.error is not None and delivery.error.startswith("refused")


# The callback receiver ---------------------------------------------------------------------


def test_the_callback_receiver_refuses_a_claimed_length_over_its_limit() -> None:
    with CallbackReceiver(max_body_size=1000) as receiver:
        request = b"POST /cb HTTP/1.1\r\nHost: r\r\nContent-Length: 1000000000000\r\n\r\n"

        answer = raw_exchange(receiver.base_url, request)

        assert answer.startswith(b"HTTP/1.1 413 ")
        assert receiver.received == []


def test_the_callback_receiver_refuses_a_body_over_its_limit() -> None:
    with CallbackReceiver(max_body_size=1000) as receiver:
        response = httpx.post(receiver.url("/cb"), content=b"{" + b" " * 2000 + b"}", timeout=5)

        assert response.status_code == 413
        assert receiver.received == []


# Memory --------------------------------------------------------------------------------------


def peak_rss(pid: int) -> int:
    """The process's peak resident set (``VmHWM``), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_memory_stays_bounded_under_four_concurrent_100_mb_uploads(
    start_sandbox: StartSandbox,
) -> None:
    process = start_sandbox()
    key, secret = process.variable("MPESA_CONSUMER_KEY"), process.variable("MPESA_CONSUMER_SECRET")
    token = httpx.get(
        process.base_url + "/oauth/v1/generate",
        params={"grant_type": "client_credentials"},
        auth=(key, secret),
        timeout=10,
    ).json()["access_token"]
    uploads = [
        ("Bearer " + token, None),  # streamed, read up to the limit
        ("Bearer " + token, str(100 * LIMIT)),  # claimed, refused at once
        ("Bearer not-a-token", None),  # unauthenticated, never read
        ("Bearer not-a-token", str(100 * LIMIT)),
    ]
    statuses: list[int | str] = []

    def upload(authorization: str, length: str | None) -> None:
        headers = {"Authorization": authorization, "Content-Type": "application/json"}
        if length is not None:
            headers["Content-Length"] = length
        try:
            response = httpx.post(
                process.base_url + STK, content=stream(100 * LIMIT), headers=headers, timeout=30
            )
            statuses.append(response.status_code)
        except httpx.HTTPError as exc:  # the server may close before the upload ends
            statuses.append(type(exc).__name__)

    before = peak_rss(process.process.pid)
    threads = [threading.Thread(target=upload, args=args) for args in uploads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    after = peak_rss(process.process.pid)

    assert len(statuses) == 4
    assert after - before < 100 * 1024 * 1024
    assert httpx.get(process.base_url + "/sandbox/transactions", timeout=5).status_code == 200


def test_mpesa_sandbox_control_token_guards_the_controls(start_sandbox: StartSandbox) -> None:
    process = start_sandbox("--control-token", "s3cret")
    url = process.base_url + "/sandbox/control/settle"

    refused = httpx.post(url, timeout=5)
    allowed = httpx.post(url, headers={"Authorization": "Bearer s3cret"}, timeout=5)

    assert (refused.status_code, allowed.status_code) == (401, 200)
