"""Limits on JSON from the network: a body size cap and a measure of nesting depth.

Shared by the callback parser (:mod:`mpesa.callbacks`) and the local Daraja's server.
"""

from __future__ import annotations

from typing import Any

MAX_BODY_SIZE = 1024 * 1024
"""The largest body accepted, in bytes (1 MB); Daraja's requests and callbacks are a few hundred."""


def deeper_than(value: Any, levels: int) -> bool:
    """Whether arrays and objects nest more than ``levels`` deep in a parsed JSON value (a
    scalar nests 0 deep). Stops descending past ``levels``, so it recurses at most that far."""
    if isinstance(value, dict):
        children: Any = value.values()
    elif isinstance(value, list):
        children = value
    else:
        return False
    if levels < 1:
        return True
    for child in children:
        if isinstance(child, (dict, list)) and deeper_than(child, levels - 1):
            return True
    return False
