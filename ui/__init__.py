"""The only face of aisoc: the ``aisoc`` command line (and, later, the Streamlit console).

This is the one package that prints, exits, or imports a CLI or UI framework; every other
package raises and returns.
"""
