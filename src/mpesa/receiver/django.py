"""The receiver in a Django project: a CSRF-exempt view, and the URL pattern that routes the
secret path to it.

    urlpatterns = [*mpesa.receiver.django.urls(receiver), ...]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

try:
    from django.http import HttpRequest, HttpResponse
    from django.urls import URLPattern, re_path
except ImportError as exc:
    raise ImportError(f"mpesa.receiver.django needs Django ({exc})", name=exc.name) from exc

from ._core import Receiver, Request

__all__ = ["urls", "view"]


def view(receiver: Receiver) -> Callable[..., HttpResponse]:
    """A view answering callbacks with ``receiver`` (it ignores URL arguments); exempt from
    CSRF checks, since Daraja sends no token (the secret path and the ledger guard it)."""

    def callback_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        head = Request(
            method=request.method or "",
            path=request.path,
            headers={name.lower(): value for name, value in request.headers.items()},
            peer=request.META.get("REMOTE_ADDR"),
        )
        reply = receiver.refusal(head)
        if reply is None:
            body = request.read(receiver.max_body_size + 1)
            reply = receiver.handle(replace(head, body=body))
        response = HttpResponse(reply.body, status=reply.status)
        for name, value in reply.headers:
            response[name] = value
        return response

    setattr(callback_view, "csrf_exempt", True)  # noqa: B010 (what django's csrf_exempt sets)
    return callback_view


def urls(receiver: Receiver) -> list[URLPattern]:
    """The URL pattern of every callback URL under the receiver's secret path."""
    prefix = re.escape(receiver.base_path.lstrip("/"))
    return [re_path(rf"^{prefix}/", view(receiver), name="mpesa-callbacks")]
