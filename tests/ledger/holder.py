"""Holds ``argv[2]`` in the ledger at ``argv[1]`` and prints ``holding``, until it is killed."""

from __future__ import annotations

import sys
import time

from mpesa.ledger import open_ledger

ledger = open_ledger(sys.argv[1])
with ledger.handling(sys.argv[2]):
    print("holding", flush=True)
    time.sleep(600)
