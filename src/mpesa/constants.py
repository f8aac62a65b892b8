"""Base URLs, paths, event names and the sandbox's test numbers from the spec.

Generated from ``spec/`` into ``mpesa._generated.constants``; this module is their public name.
"""

from ._generated.constants import (
    SERVERS,
    TEST_MSISDNS,
    APIEndpointConstants,
    EventNameConstants,
)

__all__ = ["SERVERS", "TEST_MSISDNS", "APIEndpointConstants", "EventNameConstants"]
