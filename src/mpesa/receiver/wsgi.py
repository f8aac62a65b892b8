"""The receiver as a WSGI application: under any WSGI server, or mounted in Flask with
Werkzeug's ``DispatcherMiddleware``.

The checks that need no body run first; the body is read in chunks up to its
``Content-Length`` (or to the end, where the server says the input is terminated), and
reading stops once it passes the size cap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from http import HTTPStatus
from typing import Any, BinaryIO

from ._core import Receiver, Request

__all__ = ["ReceiverWSGI"]

StartResponse = Callable[..., Any]
_CHUNK = 64 * 1024


class ReceiverWSGI:
    """A WSGI application answering callbacks with a :class:`~mpesa.receiver.Receiver`."""

    def __init__(self, receiver: Receiver) -> None:
        self.receiver = receiver

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        headers = {
            key[5:].replace("_", "-").lower(): str(value)
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            if environ.get(key):
                headers[key.replace("_", "-").lower()] = str(environ[key])
        head = Request(
            method=str(environ.get("REQUEST_METHOD", "")),
            path=str(environ.get("SCRIPT_NAME", "")) + str(environ.get("PATH_INFO", "")),
            headers=headers,
            peer=environ.get("REMOTE_ADDR"),
        )
        reply = self.receiver.refusal(head)
        if reply is None:
            body = _body(environ, self.receiver.max_body_size)
            reply = self.receiver.handle(replace(head, body=body))
        status = f"{reply.status} {HTTPStatus(reply.status).phrase}"
        start_response(status, [*reply.headers, ("content-length", str(len(reply.body)))])
        return [reply.body]


def _body(environ: dict[str, Any], cap: int) -> bytes:
    """The body, cut just past ``cap`` bytes; never read past ``Content-Length``."""
    stream: BinaryIO = environ["wsgi.input"]
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    if declared.isdigit():
        remaining = min(int(declared), cap + 1)
    elif environ.get("wsgi.input_terminated"):
        remaining = cap + 1
    else:
        return b""
    chunks: list[bytes] = []
    while remaining > 0:
        chunk = stream.read(min(_CHUNK, remaining))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)
