"""PaddleOCR 3.x as an optional engine, for sites that install it with local models.

Nothing is downloaded: the engine only starts when `ASSISTDESK_PADDLE_MODELS` names a
folder holding the detection, recognition and document-orientation models
(`det/`, `rec/`, `doc_ori/`, as exported by PaddleOCR), and `pip install '.[paddle]'`
has installed PaddleOCR and PaddlePaddle. PaddleOCR turns the page upright itself and
reports the angle, so this adapter only maps its output onto our `OcrResult`.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from extract.ocr.base import OcrEngine, OcrLine, OcrResult, OcrUnavailable

MODEL_DIRS = {
    "text_detection_model_dir": "det",
    "text_recognition_model_dir": "rec",
    "doc_orientation_classify_model_dir": "doc_ori",
}
_TURN = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
"""PaddleOCR reports the angle the page *is* turned by; we turn it back the other way."""


def model_dirs(root: str | None) -> dict[str, str]:
    """The model folders PaddleOCR needs, or a one-line reason why they are not there."""
    if not root:
        raise OcrUnavailable(
            "PaddleOCR needs local models: set ASSISTDESK_PADDLE_MODELS to a folder with det/, rec/ and "
            "doc_ori/ (no model is downloaded), or use the default engine (unset ASSISTDESK_OCR)"
        )
    base = Path(root)
    dirs = {arg: base / sub for arg, sub in MODEL_DIRS.items()}
    missing = [str(path) for path in dirs.values() if not path.is_dir()]
    if missing:
        raise OcrUnavailable(f"PaddleOCR models missing: {', '.join(missing)}; copy the exported models there")
    return {arg: str(path) for arg, path in dirs.items()}


class PaddleEngine(OcrEngine):
    name = "paddle"

    def __init__(self, models: str | None = None) -> None:
        """`models`: the folder of exported models, from the settings' ASSISTDESK_PADDLE_MODELS."""
        dirs = model_dirs(models)
        try:
            from paddleocr import PaddleOCR
        except ImportError as exc:
            raise OcrUnavailable(
                "PaddleOCR is not installed: run `.venv/bin/pip install '.[paddle]'` or use the default engine"
            ) from exc
        self._ocr = PaddleOCR(
            use_doc_orientation_classify=True,
            use_doc_unwarping=False,
            use_textline_orientation=False,
            **dirs,
        )

    def read(self, image: np.ndarray) -> OcrResult:
        (res,) = self._ocr.predict(image)
        angle = int((res.get("doc_preprocessor_res") or {}).get("angle", 0) or 0) % 360
        upright = cv2.rotate(image, _TURN[angle]) if angle in _TURN else image
        lines = []
        for text, score, poly in zip(res["rec_texts"], res["rec_scores"], res["rec_polys"], strict=False):
            quad = np.asarray(poly, dtype=np.float32)
            x0, y0 = quad.min(axis=0)
            x1, y1 = quad.max(axis=0)
            lines.append(OcrLine(text, (float(x0), float(y0), float(x1), float(y1)), float(score)))
        h, w = upright.shape[:2]
        return OcrResult(lines, (360 - angle) % 360 if angle else 0, 0.0, w, h)
