"""The Streamlit SOC console: ``app.py`` is the frame (sign-in, navigation by role), ``views/``
holds one thin script per page, ``safe.py`` the only ways event text reaches the screen."""
