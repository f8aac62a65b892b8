"""``mpesa sandbox`` as a new user meets it: start it, paste what it prints, start another."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mpesa.sandbox import LocalDaraja
from tests.sandbox.sandbox_process import MPESA, SandboxProcess, StartSandbox, clean_environment

B2C = "mpesa b2c --phone 0712345678 --amount 100"


def test_printed_settings_are_export_lines_and_comments(running_sandbox: SandboxProcess) -> None:
    lines = running_sandbox.printed.splitlines()

    assert lines
    assert all(line.startswith(("export MPESA_", "# ")) for line in lines)


def test_printed_exports_keep_spaces_quotes_and_exclamation_marks_in_a_shell(
    start_sandbox: StartSandbox,
) -> None:
    sandbox = start_sandbox("--consumer-key", "my key", "--consumer-secret", "it's $ecret!*!")

    assert sandbox.variable("MPESA_CONSUMER_KEY") == "my key"
    assert sandbox.variable("MPESA_CONSUMER_SECRET") == "it's $ecret!*!"
    assert sandbox.variable("MPESA_INITIATOR_PASSWORD") == "Safaricom999!*!"


def test_the_printed_callback_base_url_points_at_the_sandbox_inbox(
    running_sandbox: SandboxProcess,
) -> None:
    url = running_sandbox.variable("MPESA_CALLBACK_BASE_URL")
    assert url == f"{running_sandbox.base_url}/sandbox/inbox"


def test_env_file_holds_the_printed_export_lines(
    start_sandbox: StartSandbox, tmp_path: Path
) -> None:
    env_file = tmp_path / "sandbox.env"

    sandbox = start_sandbox("--env-file", str(env_file))

    exports = [line for line in sandbox.printed.splitlines() if line.startswith("export ")]
    assert env_file.read_text(encoding="utf-8").splitlines() == exports


def test_two_sandboxes_side_by_side_each_pay_out(
    running_sandbox: SandboxProcess, start_sandbox: StartSandbox
) -> None:
    first, second = running_sandbox, start_sandbox()

    for sandbox in (first, second):
        run = sandbox.mpesa(B2C)
        assert run.returncode == 0, run.stderr

    for sandbox in (first, second):
        assert sandbox.result_codes() == ["0"]


def test_each_sandbox_has_its_own_certificate_file(
    running_sandbox: SandboxProcess, start_sandbox: StartSandbox
) -> None:
    first, second = running_sandbox, start_sandbox()

    first_path = first.variable("MPESA_CERTIFICATE_PATH")
    second_path = second.variable("MPESA_CERTIFICATE_PATH")

    assert first_path != second_path
    assert Path(first_path).read_bytes() != Path(second_path).read_bytes()


def test_a_sandbox_that_cannot_start_leaves_the_running_one_working(
    running_sandbox: SandboxProcess, start_sandbox: StartSandbox
) -> None:
    port = running_sandbox.base_url.rsplit(":", 1)[1]

    failed = start_sandbox("--port", port)

    assert failed.stop() == 2
    run = running_sandbox.mpesa(B2C)
    assert run.returncode == 0, run.stderr
    assert running_sandbox.result_codes() == ["0"]


def test_a_busy_port_is_one_line_and_exit_status_2() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]

        run = subprocess.run(
            [str(MPESA), "sandbox", "--port", str(port)],
            capture_output=True,
            text=True,
            env=clean_environment(),
            timeout=60,
            check=False,
        )

    assert run.returncode == 2
    assert run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"mpesa sandbox: cannot listen on 127.0.0.1:{port}: ")
    assert "in use" in line


def test_local_daraja_on_a_busy_port_raises_an_os_error_naming_it() -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]

        with pytest.raises(OSError, match=f"cannot listen on 127.0.0.1:{port}"):
            LocalDaraja(port=port).start()


def test_stopping_the_sandbox_removes_its_certificate_file(start_sandbox: StartSandbox) -> None:
    sandbox = start_sandbox()
    certificate = Path(sandbox.variable("MPESA_CERTIFICATE_PATH"))

    status = sandbox.stop()

    assert status == 0
    assert not certificate.exists()


def test_import_without_the_sandbox_extra_says_how_to_install_it() -> None:
    blocked = textwrap.dedent(
        """
        import sys

        class WithoutStarlette:
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] == "starlette":
                    raise ModuleNotFoundError(f"No module named {name!r}", name=name)
                return None

        sys.meta_path.insert(0, WithoutStarlette())
        try:
            import mpesa.sandbox
        except ImportError as exc:
            print(exc)
        """
    )

    run = subprocess.run(
        [sys.executable, "-c", blocked], capture_output=True, text=True, timeout=60, check=True
    )

    assert "pip install 'mpesa-adapter[sandbox]'" in run.stdout
