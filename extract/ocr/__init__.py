"""OCR engines behind one small interface, and the choice between them.

The pipeline only ever calls `OcrEngine.read` on the engine it is handed; `get_engine(name,
**options)` builds one from the registry `ENGINES` by the name the settings give: RapidOCR
with the PP-OCRv6 models its wheel ships is the default; PaddleOCR plugs in where its
models are installed locally (`ASSISTDESK_OCR=paddle`); `replay` gives back recorded results.
"""

from extract.ocr.base import ENGINES, OcrEngine, OcrLine, OcrResult, OcrUnavailable, ReplayEngine, get_engine

__all__ = ["ENGINES", "OcrEngine", "OcrLine", "OcrResult", "OcrUnavailable", "ReplayEngine", "get_engine"]
