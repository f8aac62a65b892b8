"""Records callbacks into the ledger at the URL ``argv[1]`` as fast as it can, printing each key
once it is committed, until it is killed."""

from __future__ import annotations

import sys
from itertools import count

from mpesa.ledger import Outcome, open_ledger

ledger = open_ledger(sys.argv[1])
for number in count():
    key = f"callback-{number}"
    ledger.record_callback(
        b'{"n": %d}' % number, kind="stk", dedupe_key=key, outcome=Outcome("success")
    )
    print(key, flush=True)
