"""Receiving Daraja's callbacks: verified, recorded in a ledger, handled exactly once.

:class:`Receiver` is the framework-neutral core (a :class:`Request` in, a :class:`Reply` out);
``receiver.asgi_app()`` serves it under uvicorn or inside FastAPI and Starlette,
``receiver.wsgi_app()`` under a WSGI server or inside Flask, and :mod:`mpesa.receiver.django`
inside Django.
"""

from __future__ import annotations

from .._callback_routes import new_secret_path
from .._generated.constants import SAFARICOM_ADDRESSES
from ._core import Handler, Receiver, Reply, Request, dedupe_key
from ._replies import REJECT, REJECTION_CODES, Verdict

__all__ = [
    "REJECT",
    "REJECTION_CODES",
    "SAFARICOM_ADDRESSES",
    "Handler",
    "Receiver",
    "Reply",
    "Request",
    "Verdict",
    "dedupe_key",
    "new_secret_path",
]
