# Generated from spec/ by `make generate`: do not edit.
"""``mpesa._generated``: the modules generated from ``spec/``, re-exported by ``mpesa``."""
