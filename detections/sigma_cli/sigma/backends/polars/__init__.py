"""sigma-cli target ``polars``: aisoc's backend (the code lives in ``aisoc.detections.sigma``)."""

from aisoc.detections.sigma.backend import PolarsBackend

backends = {"polars": PolarsBackend}
