"""RapidOCR (PP-OCRv6 on onnxruntime, models from the wheel) driven step by step.

RapidOCR's one-call API detects, classifies every line and recognises on a page resized
to 2000 px. Driving its three models ourselves lets us: run the detector on a smaller
copy of the page (its cost grows with the pixel count, its boxes barely change), decide
the page's orientation once from the box shapes and a vote of the direction classifier
instead of classifying every line, and crop lines for recognition from the full-resolution
page so small print stays legible.
"""

from __future__ import annotations

import logging
import math

import cv2
import numpy as np

from extract.ocr.base import OcrEngine, OcrLine, OcrResult, OcrUnavailable

log = logging.getLogger(__name__)

DET_MAX_SIDE = 1280
"""Longest side of the detector's input by default; A4 at 200 dpi is 2339 px."""
MIN_LINE_SCORE = 0.35
"""Lines read with less confidence are dropped as noise (speckle, seal rims)."""
SPARSE_LINES = 6
"""A page with fewer lines than this is looked at again with the detector at full size."""
SPARSE_BOX_THRESH = 0.3
ORIENTATION_SAMPLE = 16
"""Lines the direction classifier votes on; more only costs time."""


class RapidEngine(OcrEngine):
    name = "rapidocr"

    def __init__(self, det_max_side: int = DET_MAX_SIDE, threads: int = 0) -> None:
        """`threads` 0 lets onnxruntime choose; both come from the deployment's settings."""
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:  # pragma: no cover - a broken install
            raise OcrUnavailable("RapidOCR is not installed: run the README's set-up command") from exc
        self.det_max_side = det_max_side
        self._ocr = RapidOCR(
            params={
                "Global.log_level": "warning",
                "Det.limit_type": "max",
                "Det.limit_side_len": det_max_side,
                "EngineConfig.onnxruntime.intra_op_num_threads": threads or -1,
            }
        )
        self._det = self._ocr._load_det_model()
        self._cls = self._ocr._load_cls_model()
        self._rec = self._ocr._load_rec_model()

    # -- steps ---------------------------------------------------------------------------
    def detect(self, image: np.ndarray, max_side: int | None = None, box_thresh: float = 0.5) -> np.ndarray:
        """Quadrilaterals (N, 4, 2) of text lines, in the image's own pixels."""
        self._det.limit_side_len = max_side or self.det_max_side
        self._det.postprocess_op.box_thresh = box_thresh
        out = self._det(image)
        if out.boxes is None or len(out.boxes) == 0:
            return np.zeros((0, 4, 2), dtype=np.float32)
        return np.asarray(out.boxes, dtype=np.float32)

    def recognise(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        from rapidocr.ch_ppocr_rec import TextRecInput

        if not crops:
            return []
        out = self._rec(TextRecInput(img=crops))
        return list(zip(out.txts, (float(s) for s in out.scores), strict=True))

    def upside_down_votes(self, crops: list[np.ndarray]) -> float:
        """Share of sampled lines the classifier reads as turned 180°, weighted by its score."""
        if not crops:
            return 0.0
        res = self._cls(crops).cls_res
        up = sum(score for label, score in res if label == "0")
        down = sum(score for label, score in res if label == "180")
        return down / (up + down) if up + down else 0.0

    # -- the page --------------------------------------------------------------------------
    def read(self, image: np.ndarray) -> OcrResult:
        rotation = 0
        quads = self.detect(image)
        if _sparse(quads):
            # Little text found: look again at full size and with a lower box threshold, so
            # that faint small print such as the footer 「— 2 —」 (which tells a later page
            # of a paper) is not lost; a page of text never pays for this.
            quads = self.detect(image, max(image.shape[:2]), box_thresh=SPARSE_BOX_THRESH)
        if _mostly_vertical(quads):
            image = cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)
            rotation = 90
            quads = self.detect(image)
        if len(quads) == 0:
            h, w = image.shape[:2]
            return OcrResult([], rotation, 0.0, w, h)

        sample = _widest(quads, ORIENTATION_SAMPLE)
        if self.upside_down_votes([_crop(image, q) for q in sample]) > 0.5:
            image = cv2.rotate(image, cv2.ROTATE_180)
            quads = _rotate_quads_180(quads, image.shape[1], image.shape[0])
            rotation = (rotation + 180) % 360

        crops = [_crop(image, q) for q in quads]
        lines: list[OcrLine] = []
        for quad, (text, score) in zip(quads, self.recognise(crops), strict=True):
            if not text.strip() or score < MIN_LINE_SCORE:
                continue
            x0, y0 = quad.min(axis=0)
            x1, y1 = quad.max(axis=0)
            lines.append(OcrLine(text, (float(x0), float(y0), float(x1), float(y1)), score, _angle(quad)))
        h, w = image.shape[:2]
        return OcrResult(lines, rotation, _skew(quads), w, h)


def _crop(image: np.ndarray, quad: np.ndarray) -> np.ndarray:
    from rapidocr.utils.process_img import get_rotate_crop_image

    return get_rotate_crop_image(image, quad.astype(np.float32).copy())


def _sides(quads: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    widths = np.linalg.norm(quads[:, 1] - quads[:, 0], axis=1)
    heights = np.linalg.norm(quads[:, 3] - quads[:, 0], axis=1)
    return widths, heights


def _mostly_vertical(quads: np.ndarray) -> bool:
    """A page turned by 90° shows its lines as tall, thin boxes."""
    if len(quads) < 3:
        return False
    widths, heights = _sides(quads)
    long_ = np.maximum(widths, heights) > 2.5 * np.minimum(widths, heights)
    if long_.sum() < 3:
        return False
    tall = (heights > widths) & long_
    return bool(tall.sum() > 0.6 * long_.sum())


def _sparse(quads: np.ndarray) -> bool:
    return len(quads) < SPARSE_LINES


def _widest(quads: np.ndarray, n: int) -> np.ndarray:
    widths, _ = _sides(quads)
    return quads[np.argsort(-widths)[:n]]


def _rotate_quads_180(quads: np.ndarray, width: int, height: int) -> np.ndarray:
    """Map boxes onto the page turned by 180°, keeping the top-left-first point order."""
    turned = np.empty_like(quads)
    turned[..., 0] = width - 1 - quads[..., 0]
    turned[..., 1] = height - 1 - quads[..., 1]
    return turned[:, [2, 3, 0, 1], :][::-1]


def _angle(quad: np.ndarray) -> float:
    dx, dy = quad[1] - quad[0]
    return math.degrees(math.atan2(float(dy), float(dx)))


def _skew(quads: np.ndarray) -> float:
    widths, heights = _sides(quads)
    wide = quads[widths > 4 * heights]
    if len(wide) == 0:
        return 0.0
    return float(np.median([_angle(q) for q in wide]))
