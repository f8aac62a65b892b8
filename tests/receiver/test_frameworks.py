"""The receiver mounted in FastAPI, in Flask under a WSGI server, and in Django, each receiving
a real callback from the local Daraja."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import URLPattern
from fastapi import FastAPI
from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware

from mpesa import MpesaAdapter
from mpesa.callbacks import Callback
from mpesa.ledger import SQLiteLedger
from mpesa.receiver import Receiver
from mpesa.receiver import django as receiver_django
from mpesa.sandbox import LocalDaraja
from tests.receiver.conftest import free_socket, serve_asgi, serve_wsgi, wait_until

CUSTOMER = "254708374149"
SECRET = "/hooks/0123456789abcdef0123456789abcdef"
PUBLIC = f"https://shop.example{SECRET}"
"""The receiver's public URL; a proxy would forward it to the local server's origin."""

urlpatterns: list[URLPattern] = []
"""The Django URL configuration (this module is ``ROOT_URLCONF``)."""


def pays_through(daraja: LocalDaraja, base_url: str, receiver: Receiver) -> Callback:
    """Make an STK push whose callback goes to ``base_url``; the callback ``receiver`` handled."""
    handled: list[Callback] = []
    receiver.on("stk", handled.append)
    with MpesaAdapter(daraja.config(callback_base_url=base_url)) as adapter:
        push = adapter.initiate_stk_push(CUSTOMER, 25, "ORDER-1")
    wait_until(lambda: handled)
    (callback,) = handled
    assert callback.checkout_request_id == push.checkout_request_id
    return callback


def test_mounted_in_fastapi(daraja: LocalDaraja, ledger: SQLiteLedger) -> None:
    sock = free_socket()
    base_url = f"http://127.0.0.1:{sock.getsockname()[1]}{SECRET}"
    receiver = Receiver(base_url, ledger=ledger)
    app = FastAPI()
    app.mount("/hooks", receiver.asgi_app())
    with serve_asgi(app, sock):
        callback = pays_through(daraja, base_url, receiver)
    assert ledger.dead_letters() == [] and callback.is_success


def test_mounted_in_flask_under_a_wsgi_server(daraja: LocalDaraja, ledger: SQLiteLedger) -> None:
    receiver = Receiver(PUBLIC, ledger=ledger)
    app = Flask(__name__)
    app.wsgi_app = DispatcherMiddleware(app.wsgi_app, {"/hooks": receiver.wsgi_app()})  # type: ignore[method-assign]
    with serve_wsgi(app) as origin:
        callback = pays_through(daraja, f"{origin}{SECRET}", receiver)
    assert callback.is_success


@contextmanager
def django_site() -> Iterator[Any]:
    """This module as a Django project's URL configuration, with CSRF protection on."""
    if not settings.configured:
        settings.configure(
            ROOT_URLCONF=__name__,
            ALLOWED_HOSTS=["127.0.0.1"],
            SECRET_KEY="tests-only",
            MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware"],
            INSTALLED_APPS=[],
        )
        django.setup()
    try:
        yield get_wsgi_application()
    finally:
        urlpatterns.clear()


def test_routed_in_django(daraja: LocalDaraja, ledger: SQLiteLedger) -> None:
    receiver = Receiver(PUBLIC, ledger=ledger)
    with django_site() as application, serve_wsgi(application) as origin:
        urlpatterns.extend(receiver_django.urls(receiver))
        callback = pays_through(daraja, f"{origin}{SECRET}", receiver)
    assert callback.is_success
