"""Turns the YAML spec in ``spec/`` into the ``mpesa`` package in ``generated/``."""
