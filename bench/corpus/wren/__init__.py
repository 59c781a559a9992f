"""wren: an independent corpus generator of counter-style bundles (issue 9, item 4).

Phone photos, fax-like TIFF, mixed bundles, informal wordings and many defects;
see README.md.
"""
