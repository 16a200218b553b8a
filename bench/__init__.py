"""Benchmarks: each compares aisoc against a named baseline in the same run. Not tests."""
