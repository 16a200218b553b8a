"""``python -m ui.console.serve run APP …``: ``streamlit run``, told first that the console is an
``st.navigation`` app.

With a ``pages/`` folder beside ``app.py``, Streamlit runs each session as an old-style multipage
app (``pages/alert.py`` on its own, without ``app.py``'s sign-in frame, and a sidebar of file
names) until some session of the process has run ``app.py`` and its ``st.navigation`` once. After
every start, the first visitors to a page address (a link to an alert, a tab reconnecting) got
that instead of the sign-in form. Saying so before the first session ends it.
"""

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web.cli import main

if __name__ == "__main__":
    PagesManager.uses_pages_directory = False
    main(prog_name="streamlit")
