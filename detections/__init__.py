"""Detections: pure functions from events (polars frames) to findings.

Exceptions, detections' branch of the tree below ``AisocError`` (``aisoc.ingest.kernel.errors``)::

    AisocError
    ├── BehaviourError    (behaviour) a behaviour model that cannot be used
    ├── ClassifierError   (classifier) a classifier file missing, damaged or not ours; names the path
    └── SimilarityError   (similarity) a similarity model, corpus or index that cannot be used

A rule pack's problems are values (``Problem``, ``path:line: message``), not exceptions.
"""
