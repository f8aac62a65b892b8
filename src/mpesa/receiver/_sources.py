"""Where a request came from, and whether that address may send callbacks."""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Iterable, Mapping

from ..errors import FieldProblem, MpesaValidationError

__all__ = ["Allowlist", "source_of"]

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def source_of(
    peer: str | None, headers: Mapping[str, str], trust_proxy_headers: bool
) -> str | None:
    """The sending address: the peer, or the left-most ``X-Forwarded-For`` address when the
    receiver sits behind a proxy it trusts to set that header."""
    if trust_proxy_headers:
        forwarded = headers.get("x-forwarded-for")
        if forwarded:
            return forwarded.split(",", 1)[0].strip() or None
    return peer


class Allowlist:
    """Addresses and networks (``196.201.214.200``, ``10.0.0.0/8``) allowed to send callbacks."""

    def __init__(self, entries: Iterable[str]) -> None:
        networks: list[_Network] = []
        for entry in entries:
            try:
                networks.append(ipaddress.ip_network(str(entry).strip(), strict=False))
            except ValueError:
                raise MpesaValidationError(
                    FieldProblem("allowed_sources", "address", "must be IP addresses or networks")
                ) from None
        if not networks:
            raise MpesaValidationError(
                FieldProblem("allowed_sources", "non_empty", "must hold at least one address")
            )
        self._networks = tuple(networks)
        self._cached = functools.lru_cache(maxsize=1024)(self._check)

    def allows(self, source: str | None) -> bool:
        """Whether ``source`` is one of the addresses; an unreadable address is not.

        Answers are cached: callbacks come from a few addresses, again and again."""
        return self._cached(source)

    def _check(self, source: str | None) -> bool:
        if source is None:
            return False
        try:
            address = ipaddress.ip_address(source.strip().strip("[]"))
        except ValueError:
            return False
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        return any(address in network for network in self._networks)
