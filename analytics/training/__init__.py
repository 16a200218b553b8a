"""Training the content classifiers whose weights ship in ``detections/classifier``.

What goes in (the manifest), how it is put together, and the fit itself live here; the
shipped model and its scoring live in ``detections``. Nothing here runs at detection time.
"""
