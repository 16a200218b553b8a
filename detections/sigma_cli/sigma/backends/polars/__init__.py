"""sigma-cli target ``polars``: aisoc's backend (the code lives in ``detections.sigma``)."""

from detections.sigma.backend import PolarsBackend

backends = {"polars": PolarsBackend}
