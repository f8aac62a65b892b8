"""Production set-up: configuration from ``MPESA_*`` variables, and what production refuses.

Production code keeps no settings in code. The deployment provides them::

    MPESA_ENVIRONMENT=production
    MPESA_CONSUMER_KEY=…              MPESA_CONSUMER_SECRET=…
    MPESA_BUSINESS_SHORTCODE=…        MPESA_PASSKEY=…
    MPESA_INITIATOR_NAME=…            MPESA_INITIATOR_PASSWORD=…
    MPESA_CERTIFICATE_PATH=/etc/mpesa/ProductionCertificate.cer
    MPESA_CALLBACK_URL=https://…      MPESA_RESULT_URL=https://…      MPESA_TIMEOUT_URL=https://…

``MpesaConfig.from_env()`` reads and checks them once, at start-up, naming any variable that is
missing or malformed; ``create_mpesa_adapter()`` builds an adapter from them, with keyword
overrides on top. The config's repr hides every secret, so it can be logged. Production refuses
plain-http base and callback URLs, and TLS verification is always on.

Run: ``python examples/production_setup.py`` reads the ``MPESA_*`` variables; when
``MPESA_BASE_URL`` is not set it uses those of a local Daraja it starts.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import _local

from mpesa import MpesaConfig, MpesaConfigError, create_mpesa_adapter

PRODUCTION_ATTEMPTS: dict[str, dict[str, Any]] = {
    "with this environment's URLs": {},
    "on Safaricom's server, https callbacks": {
        "base_url": None,
        "callback_url": "https://shop.example.com/payments/stk",
    },
    "with an http callback URL": {
        "base_url": None,
        "callback_url": "http://shop.example.com/payments/stk",
    },
}


def main() -> int:
    with _local.daraja():
        config = MpesaConfig.from_env()
        print(f"Read from the environment: {config!r}")
        with create_mpesa_adapter() as mpesa:
            mpesa.get_access_token()
            print(f"Token acquired from {mpesa.config.resolved_base_url}")

        for environ in ({}, {**os.environ, "MPESA_TIMEOUT": "soon"}):
            try:
                MpesaConfig.from_env(environ)
            except MpesaConfigError as exc:
                print(f"Refused at start-up: {exc}")

        print("Switching to production (MPESA_ENVIRONMENT=production):")
        for label, overrides in PRODUCTION_ATTEMPTS.items():
            try:
                with create_mpesa_adapter(environment="production", **overrides) as mpesa:
                    print(f"  {label}: accepted; requests go to {mpesa.config.resolved_base_url}")
            except MpesaConfigError as exc:
                print(f"  {label}: refused: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
