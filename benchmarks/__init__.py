"""Speed measurements of mpesa-adapter, run with ``make bench``."""
