"""Names a module offers but imports on first use (PEP 562).

``import mpesa`` stays cheap: the models of an operation group, the callback parser and the
ledger are imported when a program first names them, not when the package is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(
    namespace: dict[str, Any], homes: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the module whose globals are ``namespace``.

    ``homes`` maps each lazy name to the module that defines it (relative to the module's
    package, as in a ``from .home import name``). A name is imported on its first lookup and then
    kept in ``namespace``, so later lookups never reach ``__getattr__``.
    """
    module, package = namespace["__name__"], namespace["__package__"]

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(import_module(home, package), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *homes})

    return __getattr__, __dir__
