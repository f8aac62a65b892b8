# Generated from spec/ by `make generate`: do not edit.
# The models of the authorization operations.

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from mpesa._wire import InboundModel, RequestModel


class AccessTokenRequest(RequestModel):
    """
    Request body of get_access_token.
    """

    model_config = ConfigDict(
        extra="forbid",
    )


class AccessTokenResponse(InboundModel):
    """
    Synchronous answer of get_access_token.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    access_token: Annotated[str, Field(alias="access_token", repr=False)]
    """
    The Bearer token (samples are 28 characters).
    """
    expires_in: Annotated[str | int, Field(alias="expires_in")]
    """
    Seconds of validity, 3599 in every sample.
    """
