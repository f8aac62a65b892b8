"""``create_mpesa_adapter``: the product brief's one-line set-up from the environment."""

from __future__ import annotations

from typing import Any

from ._generated._client import MpesaAdapter
from .config import MpesaConfig


def create_mpesa_adapter(environment: str | None = None, **overrides: Any) -> MpesaAdapter:
    """An :class:`MpesaAdapter` configured from ``MPESA_*`` variables, with ``overrides`` on top.

    Client options (``http_client``, ``event_emitter``, ``clock``) pass through to the adapter;
    every other keyword overrides the :class:`MpesaConfig` setting of the same name.
    """
    client_options = {
        key: overrides.pop(key)
        for key in ("http_client", "event_emitter", "clock", "sleep")
        if key in overrides
    }
    if environment is not None:
        overrides["environment"] = environment
    config = MpesaConfig.from_env().replace(**overrides)
    return MpesaAdapter(config, **client_options)
