"""Benchmarks: figures for start-up time and memory, printed, not asserted.

Run ``python -m benchmarks --help``.
"""
