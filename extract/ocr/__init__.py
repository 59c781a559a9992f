"""OCR engines behind one small interface, and the choice between them.

The pipeline only ever calls `get_engine()` and `OcrEngine.read`: RapidOCR with the
PP-OCRv6 models its wheel ships is the default; PaddleOCR plugs in where its models are
installed locally (`ASSISTDESK_OCR=paddle`).
"""

from extract.ocr.base import OcrEngine, OcrLine, OcrResult, OcrUnavailable, get_engine

__all__ = ["OcrEngine", "OcrLine", "OcrResult", "OcrUnavailable", "get_engine"]
