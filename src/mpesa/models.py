"""Typed models of every Daraja request, response and callback body.

Generated from ``spec/`` into ``mpesa._generated.models``, one module per operation group; this
module is their public name. A group's models are imported when one of them is first named
(``mpesa.models.StkPushRequest``), so ``import mpesa`` builds none of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._generated.models import __all__ as __all__
from ._lazy import lazy_names

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403
else:
    __getattr__, __dir__ = lazy_names(globals(), dict.fromkeys(__all__, "._generated.models"))
