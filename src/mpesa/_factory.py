"""``create_mpesa_adapter``: an adapter configured from the ``MPESA_*`` environment in one line."""

from __future__ import annotations

import httpx

from ._generated._client import MpesaAdapter
from .config import EnvironmentSetting, MpesaConfig, naming_variable
from .errors import MpesaConfigError
from .events import EventTarget


def create_mpesa_adapter(
    environment: EnvironmentSetting | None = None,
    *,
    http_client: httpx.Client | None = None,
    event_emitter: EventTarget | None = None,
    **settings: object,
) -> MpesaAdapter:
    """An :class:`MpesaAdapter` configured by :meth:`MpesaConfig.from_env`, ``settings`` on top.

    ``environment`` and every other keyword but ``http_client`` and ``event_emitter`` (the
    adapter's options of those names) replace the :class:`MpesaConfig` setting of the same name:
    an unknown name raises ``TypeError`` naming it. A bad value raises ``MpesaConfigError``
    whose message names the ``MPESA_*`` variable of its setting (``MPESA_BUSINESS_SHORTCODE``);
    its ``setting`` is that variable when the value came from the environment, the keyword when
    it was passed here.
    """
    if environment is not None:
        settings["environment"] = environment
    config = MpesaConfig.from_env()
    try:
        config = config.replace(**settings)
    except MpesaConfigError as exc:
        raise naming_variable(exc, setting=exc.setting) from exc
    return MpesaAdapter(config, http_client=http_client, event_emitter=event_emitter)
