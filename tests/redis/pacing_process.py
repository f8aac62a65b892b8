"""A fleet of workers sharing a rate limit on Redis, each a process of its own.

``python -m tests.redis.pacing_process BASE_URL REDIS_URL RATE SECONDS WORKERS`` imports the
package once and forks ``WORKERS`` processes. Each builds an ``MpesaAdapter`` whose settings
name the Redis and the rate (so it builds its own limiter) and fetches its token; once all are
ready they start together and send STK pushes one after another for ``SECONDS`` seconds. The
launcher prints how many were sent in all.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from mpesa import MpesaAdapter, MpesaConfig


def work(config: MpesaConfig, seconds: float, start: Barrier, sent: Queue[int]) -> None:
    with MpesaAdapter(config) as mpesa:
        mpesa.get_access_token()
        start.wait()
        count = 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            mpesa.initiate_stk_push("0708374149", 10, "INV001")
            count += 1
    sent.put(count)


def main(base_url: str, redis_url: str, rate: str, seconds: str, workers: str) -> None:
    config = MpesaConfig(
        consumer_key="fleet-key",
        consumer_secret="fleet-secret",
        business_shortcode="174379",
        passkey="fleet-passkey",
        base_url=base_url,
        callback_url="https://merchant.example/stk",
        redis_url=redis_url,
        rate_limit=float(rate),
    )
    MpesaAdapter(config).close()  # what every worker needs is imported once, before forking
    fork = multiprocessing.get_context("fork")
    start, sent = fork.Barrier(int(workers)), fork.Queue()
    processes = [
        fork.Process(target=work, args=(config, float(seconds), start, sent))
        for _ in range(int(workers))
    ]
    for process in processes:
        process.start()
    total = sum(sent.get(timeout=60) for _ in processes)
    for process in processes:
        process.join()
    print(total, flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
