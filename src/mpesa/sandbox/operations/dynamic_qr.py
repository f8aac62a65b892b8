"""Dynamic QR: a fixed image, since the sandbox does not draw real QR codes.

Source: D3-DynamicQRCode (spec/operations/qr.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import _ids
from ._common import Call, Reply, answering

# A 1x1 white PNG.
_QR_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC"
)


def _qr(call: Call) -> dict[str, Any]:
    return {
        "RequestID": _ids.numbered_id(),
        "ResponseDescription": "QR Code Successfully Generated.",
        "QRCode": _QR_PNG,
    }


HANDLERS: Mapping[str, Callable[[Call], Reply]] = {"generate_dynamic_qr": answering(_qr)}
