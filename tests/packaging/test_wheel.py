"""The wheel built from the repository installs into a fresh environment and works there.

The package is assembled from two directories (hand-written ``src/mpesa`` and generated
``generated/mpesa``); this is the check that a user's ``pip install`` gets all of it: the
import, an STK push against the local Daraja, the ``mpesa`` command and the pytest plugin.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

STK_PUSH = """
import mpesa
from mpesa import MpesaAdapter
from mpesa.sandbox import LocalDaraja

assert "site-packages" in mpesa.__file__, mpesa.__file__
with LocalDaraja() as daraja:
    config = daraja.config(callback_url="http://127.0.0.1:9/callback")
    with MpesaAdapter(config) as adapter:
        accepted = adapter.initiate_stk_push("0708374149", 10, "WHEEL1")
        print(accepted.response_code)
"""

PLUGIN_TEST = """
def test_the_plugin_gives_an_adapter(mpesa_adapter, mpesa_daraja):
    mpesa_adapter.initiate_stk_push("0708374149", 10, "WHEEL1")
    assert len(mpesa_daraja.calls("initiate_stk_push")) == 1
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel (and its sandbox extra) installed."""
    root = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(root), str(REPO)], check=True)
    (wheel,) = root.glob("mpesa_adapter-*.whl")
    venv.create(root / "venv", with_pip=True)
    python = root / "venv" / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "--disable-pip-version-check",
            "--quiet",
            "install",
            f"{wheel}[sandbox]",
            "pytest",
        ],
        check=True,
    )
    return root / "venv" / "bin"


def run(command: list[str], cwd: Path) -> str:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("MPESA_", "PYTHON"))}
    result = subprocess.run(
        command, cwd=cwd, env=environ, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_the_installed_wheel_makes_an_stk_push_against_the_local_daraja(
    installed: Path, tmp_path: Path
) -> None:
    assert run([str(installed / "python"), "-c", STK_PUSH], tmp_path).strip() == "0"


def test_the_installed_wheel_has_the_mpesa_command(installed: Path, tmp_path: Path) -> None:
    assert "stk-push" in run([str(installed / "mpesa"), "--help"], tmp_path)


def test_the_installed_wheel_registers_the_pytest_plugin(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "test_plugin.py").write_text(textwrap.dedent(PLUGIN_TEST))
    output = run(
        [str(installed / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"], tmp_path
    )
    assert "1 passed" in output
