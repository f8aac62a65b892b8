"""``pytest --mpesa-conformance URL``: one test per operation, checking the server at URL.

The options are added by the package's pytest plugin (:mod:`mpesa.testing.plugin`), which
imports this module only when ``--mpesa-conformance`` is given. Credentials come from the
``MPESA_*`` environment.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from ..config import MpesaConfig
from ..errors import MpesaConfigError
from .runner import offered, run_conformance

__all__ = ["ConformanceItem", "conformance_items"]


class ConformanceItem(pytest.Item):
    """The conformance checks of one operation against the server given on the command line."""

    def __init__(
        self, *, config_: MpesaConfig, operation: str, max_examples: int, seed: int, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.mpesa_config = config_
        self.operation = operation
        self.max_examples = max_examples
        self.seed = seed

    def runtest(self) -> None:
        report = run_conformance(
            self.mpesa_config,
            operations=[self.operation],
            max_examples=self.max_examples,
            seed=self.seed,
        )
        if not report.ok:
            raise ConformanceFailed(report.table())

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ConformanceFailed):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"mpesa conformance: {self.operation}"


class ConformanceFailed(Exception):
    """The server broke a rule; the message is the report's table."""


def conformance_items(session: pytest.Session, config: pytest.Config) -> list[ConformanceItem]:
    """One item per operation to check, from the ``--mpesa-conformance*`` options."""
    try:
        mpesa_config = MpesaConfig.from_env().replace(
            base_url=config.getoption("mpesa_conformance")
        )
    except MpesaConfigError as exc:
        raise pytest.UsageError(f"--mpesa-conformance: {exc.message}") from None
    chosen = config.getoption("mpesa_conformance_operations")
    names = chosen.split(",") if chosen else offered(mpesa_config, allow_production=False)
    seed = random.randrange(2**32)
    return [
        ConformanceItem.from_parent(
            session,
            name=f"mpesa_conformance[{name}]",
            config_=mpesa_config,
            operation=name,
            max_examples=config.getoption("mpesa_conformance_max_examples"),
            seed=seed,
        )
        for name in names
    ]
