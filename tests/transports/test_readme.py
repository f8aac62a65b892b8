"""The README's aiohttp transport example runs as written, against the local Daraja."""

from __future__ import annotations

import asyncio
from typing import Any

from mpesa import MpesaConfig
from mpesa.sandbox import LocalDaraja
from tests.examples.test_readme import python_blocks


def test_the_readme_example_pushes_over_aiohttp(config: MpesaConfig, daraja: LocalDaraja) -> None:
    (block,) = python_blocks("A faster async transport: aiohttp")
    names: dict[str, Any] = {}
    exec(block, names)
    asyncio.run(names["main"](config))
    daraja.state.settle()
    (push,) = daraja.state.transactions()
    assert (push.operation, push.reference) == ("initiate_stk_push", "INV-1")
