"""The read/query side and the orchestration of runs. Coming with later issues."""
