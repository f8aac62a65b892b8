"""One worker of a deployment that shares its OAuth token on Redis.

``python -m tests.redis.token_process calls REDIS_URL`` prints ``ready`` once imported; then,
for each line ``BASE_URL CONSUMER_KEY CONSUMER_SECRET N`` read on stdin, it makes ``N`` calls
at once (each needs a token) with its ``AsyncMpesaAdapter`` for that Daraja app, built on the
app's first line with settings naming the Redis (so it builds its own token store), and prints
how many succeeded (and the first failure on stderr). It ends at the end of stdin.

``python -m tests.redis.token_process dies-holding-the-lock REDIS_URL KEY LOCK_EXPIRY`` asks a
``RedisTokenStore`` for the token under ``KEY`` and is killed (SIGKILL) while fetching it,
holding the refresh lock.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from contextlib import AsyncExitStack

from mpesa import AsyncMpesaAdapter, MpesaConfig
from mpesa._tokens import AccessToken
from mpesa.redis import RedisTokenStore


async def calls(redis_url: str) -> None:
    async with AsyncExitStack() as stack:
        adapters: dict[str, AsyncMpesaAdapter] = {}
        print("ready", flush=True)
        while line := await asyncio.to_thread(sys.stdin.readline):
            base_url, consumer_key, consumer_secret, tasks = line.split()
            if base_url not in adapters:
                config = MpesaConfig(
                    consumer_key=consumer_key,
                    consumer_secret=consumer_secret,
                    base_url=base_url,
                    redis_url=redis_url,
                )
                adapters[base_url] = await stack.enter_async_context(AsyncMpesaAdapter(config))
            mpesa = adapters[base_url]
            answers = await asyncio.gather(
                *(mpesa.query_org_info("666677") for _ in range(int(tasks))),
                return_exceptions=True,
            )
            failures = [repr(answer) for answer in answers if isinstance(answer, BaseException)]
            if failures:
                print(failures[0], file=sys.stderr, flush=True)
            print(len(answers) - len(failures), flush=True)


def dies_holding_the_lock(redis_url: str, key: str, lock_expiry: str) -> None:
    def die() -> AccessToken:
        os.kill(os.getpid(), signal.SIGKILL)
        raise AssertionError("unreachable")

    RedisTokenStore(redis_url, lock_expiry=float(lock_expiry)).token(
        key, die, margin=300.0, refused=None
    )


if __name__ == "__main__":
    if sys.argv[1] == "calls":
        asyncio.run(calls(*sys.argv[2:]))
    else:
        dies_holding_the_lock(*sys.argv[2:])
