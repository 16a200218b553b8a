"""The only face of aisoc: the ``aisoc`` command line (and, later, the Streamlit console).

This is the one package that prints, exits, or imports a CLI or UI framework; every other
package raises and returns. It defines no error class of its own: ``cli.main`` catches
``AisocError`` (the tree is drawn in ``aisoc.ingest.kernel.errors``) and prints it as one line.
"""
