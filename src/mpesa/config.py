"""The adapter's settings, checked once when they are made.

A wrong setting fails here, at start-up, with the setting's name, rather than as a refused
payment later. The repr never shows a secret, so a config can be logged.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal
from urllib.parse import urlsplit

from .enums import Environment
from .errors import MpesaConfigError
from .ledger._open import URL_FORMS, is_postgres_url, ledger_path
from .validators import url_rule_broken

__all__ = ["MpesaConfig"]

EnvironmentSetting = Environment | Literal["sandbox", "production"]
"""An ``Environment`` member or its value (``"sandbox"``, ``"production"``)."""

_SECRET: Mapping[str, bool] = {"secret": True}
_URL_SETTINGS = (
    "base_url",
    "callback_base_url",
    "callback_url",
    "result_url",
    "timeout_url",
    "confirmation_url",
    "validation_url",
)
# Settings read by from_env, each from the variable prefix + its upper-cased name.
_TEXT_SETTINGS = (
    "consumer_key",
    "consumer_secret",
    "business_shortcode",
    "passkey",
    "environment",
    "initiator_name",
    "initiator_password",
    "certificate_path",
    "security_credential",
    "bill_manager_app_key",
    "ledger_url",
    "redis_url",
    *_URL_SETTINGS,
)
_FLOAT_SETTINGS = ("timeout", "backoff_factor", "rate_limit")
_INT_SETTINGS = ("max_retries", "max_connections")
# Shortcodes (paybill, till, B2C) are 5 to 7 digits, as every shortcode field of the spec
# accepts (spec/operations/b2b.yaml, note C4).
_SHORTCODE = re.compile(r"[0-9]{5,7}")
# Daraja's tokens live 3599 seconds (spec/operations/authorization.yaml, expires_in); a larger
# margin would refetch on every call.
_TOKEN_LIFETIME = 3599.0
_REDIS_SCHEMES = ("redis", "rediss")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True, slots=True, kw_only=True, repr=False)
class MpesaConfig:
    """Credentials, endpoints, URLs and retry settings for one Daraja app."""

    consumer_key: str
    consumer_secret: str = field(metadata=_SECRET)
    business_shortcode: str | None = None
    passkey: str | None = field(default=None, metadata=_SECRET)
    environment: EnvironmentSetting = "sandbox"
    base_url: str | None = None
    timeout: float = 30.0
    max_retries: int = 3
    backoff_factor: float = 1.0
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})
    max_retry_after: float = 60.0
    token_refresh_margin: float = 300.0
    max_connections: int = 100
    """Connections the adapter's own pool opens at most, all kept alive between calls, so
    calls in flight never open more connections than there are calls and a busy adapter
    does not close and reopen them (a given ``http_client`` keeps its own limits)."""
    initiator_name: str | None = None
    initiator_password: str | None = field(default=None, metadata=_SECRET)
    certificate_path: str | os.PathLike[str] | None = None
    certificate: bytes | None = field(default=None, metadata=_SECRET)
    security_credential: str | None = field(default=None, metadata=_SECRET)
    callback_base_url: str | None = field(default=None, metadata=_SECRET)
    """Every callback URL not set on its own is derived from it (``<base>/result/<ref>``);
    its path is the secret a receiver checks, so it is kept out of logs and reprs."""
    callback_url: str | None = None
    result_url: str | None = None
    timeout_url: str | None = None
    confirmation_url: str | None = None
    validation_url: str | None = None
    bill_manager_app_key: str | None = field(default=None, metadata=_SECRET)
    ledger_url: str | None = field(default=None, metadata=_SECRET)
    """Where adapters record money-moving requests: ``sqlite:///<path>`` or
    ``postgresql://<user>:<password>@<host>/<database>`` (kept out of reprs: it may carry a
    password)."""
    redis_url: str | None = field(default=None, metadata=_SECRET)
    """A Redis server every process of a deployment shares (``redis://[:password@]host:port/db``
    or ``rediss://`` for TLS): with it, adapters share one OAuth token and, with ``rate_limit``,
    one request rate (kept out of reprs: it may carry a password)."""
    rate_limit: float | None = None
    """Requests per second per API that all adapters sharing ``redis_url`` stay under together,
    so a fleet does not trip Daraja's spike arrest; needs ``redis_url``."""
    amount_limits: Mapping[str, tuple[int, int]] | None = None
    """Per-operation (minimum, maximum) overriding the spec's limits, for when Daraja's change."""

    def __post_init__(self) -> None:
        for name in ("consumer_key", "consumer_secret"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise MpesaConfigError(
                    f"{name} is required and must be non-empty text", setting=name
                )
        if self.environment not in ("sandbox", "production"):
            raise MpesaConfigError(
                f"environment must be 'sandbox' or 'production', got {self.environment!r}",
                setting="environment",
            )
        if not _is_number(self.timeout) or self.timeout <= 0:
            raise MpesaConfigError(
                f"timeout must be a number of seconds above 0, got {self.timeout!r}",
                setting="timeout",
            )
        if (
            not isinstance(self.max_retries, int)
            or isinstance(self.max_retries, bool)
            or self.max_retries < 0
        ):
            raise MpesaConfigError(
                f"max_retries must be a whole number of at least 0, got {self.max_retries!r}",
                setting="max_retries",
            )
        if (
            not isinstance(self.max_connections, int)
            or isinstance(self.max_connections, bool)
            or self.max_connections < 1
        ):
            raise MpesaConfigError(
                f"max_connections must be a whole number of at least 1, got {self.max_connections!r}",
                setting="max_connections",
            )
        for name in ("backoff_factor", "max_retry_after"):
            value = getattr(self, name)
            if not _is_number(value) or value < 0:
                raise MpesaConfigError(
                    f"{name} must be a number of seconds of at least 0, got {value!r}", setting=name
                )
        margin = self.token_refresh_margin
        if not _is_number(margin) or not 0 <= margin < _TOKEN_LIFETIME:
            raise MpesaConfigError(
                "token_refresh_margin must be at least 0 and below the token's "
                f"{_TOKEN_LIFETIME:.0f}-second lifetime, got {margin!r}",
                setting="token_refresh_margin",
            )
        statuses = frozenset(self.retry_statuses)
        if not all(isinstance(status, int) and 100 <= status <= 599 for status in statuses):
            raise MpesaConfigError(
                "retry_statuses must hold HTTP status codes (100-599)", setting="retry_statuses"
            )
        object.__setattr__(self, "retry_statuses", statuses)
        if self.certificate is not None and self.certificate_path is not None:
            raise MpesaConfigError(
                "give certificate or certificate_path, not both", setting="certificate"
            )
        self._check_shortcode()
        self._check_certificate_path()
        for name in _URL_SETTINGS:
            self._check_url(name)
        if self.ledger_url is not None and not (
            isinstance(self.ledger_url, str)
            and (ledger_path(self.ledger_url) or is_postgres_url(self.ledger_url))
        ):
            raise MpesaConfigError(f"ledger_url must be {URL_FORMS}", setting="ledger_url")
        self._check_redis()
        base = self.callback_base_url
        if base is not None and (urlsplit(base).query or urlsplit(base).fragment):
            raise MpesaConfigError(
                "callback_base_url may not have a query or fragment", setting="callback_base_url"
            )

    def _check_shortcode(self) -> None:
        shortcode = self.business_shortcode
        if shortcode is not None and not (
            isinstance(shortcode, str) and _SHORTCODE.fullmatch(shortcode)
        ):
            raise MpesaConfigError(
                f"business_shortcode must be 5 to 7 digits, got {shortcode!r}",
                setting="business_shortcode",
            )

    def _check_redis(self) -> None:
        url = self.redis_url
        if url is not None and not is_redis_url(url):
            raise MpesaConfigError(
                "redis_url must be redis://host[:port][/db] or rediss://...", setting="redis_url"
            )
        rate = self.rate_limit
        if rate is None:
            return
        if not _is_number(rate) or rate <= 0:
            raise MpesaConfigError(
                f"rate_limit must be a number of requests per second above 0, got {rate!r}",
                setting="rate_limit",
            )
        if url is None:
            raise MpesaConfigError(
                "rate_limit is shared through Redis: set redis_url too", setting="rate_limit"
            )

    def _check_certificate_path(self) -> None:
        """The certificate file must be readable now, not on the first B2C call."""
        path = self.certificate_path
        if path is None:
            return
        if not isinstance(path, (str, os.PathLike)) or not os.fspath(path):
            raise MpesaConfigError(
                f"certificate_path must be a file path, got {path!r}", setting="certificate_path"
            )
        if not os.path.isfile(path) or not os.access(path, os.R_OK):
            problem = "is not a readable file" if os.path.exists(path) else "does not exist"
            raise MpesaConfigError(
                f"certificate_path {os.fspath(path)!r} {problem}", setting="certificate_path"
            )

    def _check_url(self, name: str) -> None:
        """URLs must be absolute http(s); production needs https (spec/operations/c2b.yaml).
        The message names the setting, never the URL (it may carry a secret)."""
        url = getattr(self, name)
        if url is None:
            return
        broken = url_rule_broken(url, https_only=self.environment == "production")
        if broken is not None:
            raise MpesaConfigError(f"{name} {broken.reason}", setting=name)

    def __repr__(self) -> str:
        shown = []
        for spec in fields(self):
            value = getattr(self, spec.name)
            if value is not None and spec.metadata.get("secret"):
                text = "'***'"
            elif spec.name == "consumer_key":
                text = repr(f"{value[:4]}***" if len(value) > 8 else "***")
            else:
                text = repr(value)
            shown.append(f"{spec.name}={text}")
        return f"MpesaConfig({', '.join(shown)})"

    @property
    def resolved_base_url(self) -> str:
        """The URL requests go to: ``base_url`` if given, else the environment's server."""
        if self.base_url:
            return self.base_url.rstrip("/")
        from .constants import SERVERS  # generated from spec/api.yaml

        return SERVERS[self.environment].rstrip("/")

    def replace(self, **changes: Any) -> MpesaConfig:
        """Return a copy with ``changes`` applied, validated like a new config."""
        return dataclasses.replace(self, **changes)

    def require(self, attr: str, for_what: str) -> str:
        """Return a text setting that ``for_what`` (an operation name) cannot do without."""
        value = getattr(self, attr)
        if value is None or value == "":
            raise MpesaConfigError(
                f"{attr} is required for {for_what}: set MPESA_{attr.upper()} or pass {attr}=",
                setting=attr,
            )
        if not isinstance(value, str):
            raise TypeError(f"{attr} is not a text setting")
        return value

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, prefix: str = "MPESA_"
    ) -> MpesaConfig:
        """Read the settings from environment variables (``MPESA_CONSUMER_KEY`` and so on).

        Surrounding whitespace is ignored and empty variables count as unset. Errors name the
        variable.
        """
        source = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name in (*_TEXT_SETTINGS, *_FLOAT_SETTINGS, *_INT_SETTINGS):
            raw = source.get(prefix + name.upper(), "").strip()
            if raw:
                values[name] = raw
        for name in ("consumer_key", "consumer_secret"):
            if name not in values:
                variable = prefix + name.upper()
                raise MpesaConfigError(f"{variable} is not set", setting=variable)
        if "environment" in values:
            values["environment"] = values["environment"].lower()
        for name in _FLOAT_SETTINGS:
            if name in values:
                values[name] = _parse(prefix + name.upper(), values[name], float, "a number")
        for name in _INT_SETTINGS:
            if name in values:
                values[name] = _parse(prefix + name.upper(), values[name], int, "a whole number")
        try:
            return cls(**values)
        except MpesaConfigError as exc:
            raise naming_variable(exc, prefix) from exc


def is_redis_url(url: object) -> bool:
    """Whether ``url`` is a Redis URL the redis client opens: ``redis://`` or ``rediss://``
    with a host."""
    return (
        isinstance(url, str)
        and urlsplit(url).scheme in _REDIS_SCHEMES
        and bool(urlsplit(url).hostname)
    )


def naming_variable(
    error: MpesaConfigError, prefix: str = "MPESA_", *, setting: str | None = None
) -> MpesaConfigError:
    """``error`` about a setting, told as the environment variable that sets it.

    ``business_shortcode must be …`` becomes ``MPESA_BUSINESS_SHORTCODE is invalid:
    business_shortcode must be …``; its ``setting`` is ``setting``, else the variable.
    """
    variable = prefix + (error.setting or "").upper()
    message = f"{variable} is invalid: {error.message}"
    return MpesaConfigError(message, setting=setting if setting is not None else variable)


def _parse(variable: str, raw: str, kind: type[float] | type[int], what: str) -> Any:
    """Convert a numeric variable; numeric settings are never secret, so the value is quoted."""
    try:
        return kind(raw)
    except ValueError:
        raise MpesaConfigError(
            f"{variable} must be {what}, got {raw!r}", setting=variable
        ) from None
