"""What several processes of one deployment share through Redis.

Install with ``pip install 'mpesa-adapter[redis]'``; ``import mpesa`` never imports ``redis``,
only this package does.
"""

from __future__ import annotations

from ._limiter import AsyncRedisRateLimiter, RedisRateLimiter
from ._outbox import OutboxEmitter
from ._streams import STREAM, OutboxRelay, StreamEmitterBridge
from ._tokens import AsyncRedisTokenStore, RedisTokenStore

__all__ = [
    "STREAM",
    "AsyncRedisRateLimiter",
    "AsyncRedisTokenStore",
    "OutboxEmitter",
    "OutboxRelay",
    "RedisRateLimiter",
    "RedisTokenStore",
    "StreamEmitterBridge",
]
