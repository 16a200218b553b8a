"""Detections: pure functions from events (polars frames) to findings. Coming with the detections issues."""
