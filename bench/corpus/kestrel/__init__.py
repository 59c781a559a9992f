"""kestrel: an independent corpus generator of scanned court bundles (issue 9, item 4).

Mostly scanned paper: image-only PDFs and PNG/JPEG pages rendered with Pillow at 150–300
dpi, red round seals partly over the text, slight skew, scanner noise, photocopy grey,
now and then a page upside down; officers' cards photocopied, split over TIFF pages or
photographed. Written from the seeds and the SPC's forms only.
"""
