"""Sigma rules compiled to polars: the backend, the pipeline, and the engine that runs rule packs."""
