"""Typed models of every Daraja request, response and callback body.

Generated from ``spec/`` into ``mpesa._generated.models``; this module is their public name.
"""

from ._generated.models import *  # noqa: F403
