"""Synthetic court enforcement-assistance bundles with ground truth.

The generator (``python -m samples.generate``) builds fake but internally consistent
bundles -- notices, rulings, judgments, officer IDs -- renders them as text-layer PDFs,
scans or phone photos, damages some pages the way real scans are damaged, and writes the
request the product should read from them (``truth.json``) beside the account facts
(``accounts.json``). Everything is fake: names, ID numbers and accounts are drawn at
random, so the bundles can be committed and shared.
"""
