"""A server's protections for the local Daraja: bounded bodies and bounded JSON nesting.

A body is read as a stream with a running count and refused once it passes the limit; a
claimed ``Content-Length`` only ever refuses early, it never sizes a buffer. JSON deeper than
:data:`MAX_JSON_DEPTH` is refused as malformed instead of reaching the parser's recursion limit.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.datastructures import Headers
from starlette.requests import Request

from .._bounded import MAX_BODY_SIZE, deeper_than

__all__ = [
    "MAX_BODY_SIZE",
    "MAX_JSON_DEPTH",
    "BodyTooLarge",
    "TooDeep",
    "has_body",
    "parse_json",
    "read_body",
]

MAX_JSON_DEPTH = 32
"""The deepest JSON nesting accepted; Daraja's deepest shapes (callbacks) nest six levels."""


class BodyTooLarge(Exception):
    """A request body (claimed or counted) passed the limit."""


class TooDeep(ValueError):
    """JSON nested deeper than :data:`MAX_JSON_DEPTH`."""


def has_body(headers: Headers) -> bool:
    """Whether a request comes with a body (a non-zero ``Content-Length`` or chunked)."""
    return headers.get("content-length", "0") != "0" or "transfer-encoding" in headers


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, read chunk by chunk; :class:`BodyTooLarge` as soon as it passes ``limit``."""
    claimed = request.headers.get("content-length", "")
    if claimed.isdigit() and int(claimed) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(raw: bytes) -> Any:
    """``json.loads`` that refuses nesting past :data:`MAX_JSON_DEPTH` (``TooDeep``)."""
    try:
        value = json.loads(raw)
    except RecursionError:
        raise TooDeep("JSON nested too deeply") from None
    if deeper_than(value, MAX_JSON_DEPTH):
        raise TooDeep("JSON nested too deeply")
    return value
