"""heron: born-digital court papers (PyMuPDF text layer) with card photos embedded.

See README.md; run with ``python -m bench.corpus.heron --out DIR``.
"""
