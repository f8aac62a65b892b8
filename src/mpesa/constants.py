"""Base URLs, paths and event names from the spec, as constant classes.

Generated from ``spec/`` into ``mpesa._generated.constants``; this module is their public name.
"""

from ._generated.constants import SERVERS, APIEndpointConstants, EventNameConstants

__all__ = ["SERVERS", "APIEndpointConstants", "EventNameConstants"]
