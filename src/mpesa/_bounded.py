"""Limits on JSON from the network: a body size cap and a measure of nesting depth.

Shared by the callback parser (:mod:`mpesa.callbacks`) and the local Daraja's server.
"""

from __future__ import annotations

from typing import Any

MAX_BODY_SIZE = 1024 * 1024
"""The largest body accepted, in bytes (1 MB); Daraja's requests and callbacks are a few hundred."""


def depth(value: Any) -> int:
    """How deep arrays and objects nest in a parsed JSON value (a scalar is 0), iteratively."""
    deepest = 0
    stack = [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, level + 1) for child in children if isinstance(child, (dict, list)))
    return deepest
