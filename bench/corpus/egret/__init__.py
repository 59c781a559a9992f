"""egret: an independent corpus of seed 002's other agencies (police, land, housing, market).

Written without reading the product's samples, tests or code, nor the other generators.
"""
