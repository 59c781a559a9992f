"""Red court seals: notice them, then make them transparent to the OCR.

A seal is printed in red over black text. In the red channel the seal's ink is nearly as
bright as the paper while black (and blue) ink stays dark, so reading the red channel
removes the seal and keeps the text under it, where thresholding or inpainting the red
area would cut the characters the seal covers.
"""

from __future__ import annotations

import cv2
import numpy as np

MIN_SEAL_SHARE = 0.002
"""Share of the page's pixels that must be seal-red before we say a seal is there."""
MIN_BLOB_SHARE = 0.4
"""A seal is one compact blob: this share of the red pixels must sit in the largest one."""


def red_mask(image: np.ndarray) -> np.ndarray:
    """Pixels whose colour is a saturated red, as a seal's ink is (and text never is)."""
    rgb = image.astype(np.int16)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    return (r > 120) & (r - np.maximum(g, b) > 50)


def has_seal(image: np.ndarray) -> bool:
    """Whether a red seal is printed on the page: enough red, gathered in one place."""
    if image.ndim != 3:
        return False
    small = _shrink(image, 600)
    mask = red_mask(small)
    red = int(mask.sum())
    if red < MIN_SEAL_SHARE * mask.size:
        return False
    closed = cv2.morphologyEx(mask.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed)
    if count < 2:
        return False
    largest = int(stats[1:, cv2.CC_STAT_AREA].argmax()) + 1
    return int(mask[labels == largest].sum()) >= MIN_BLOB_SHARE * red


def without_seal(image: np.ndarray) -> np.ndarray:
    """The page as three equal channels of its red channel: seal gone, text kept."""
    if image.ndim == 2:
        return cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    red = image[..., 0]
    return np.repeat(red[..., None], 3, axis=2)


def _shrink(image: np.ndarray, longest: int) -> np.ndarray:
    h, w = image.shape[:2]
    scale = longest / max(h, w)
    if scale >= 1:
        return image
    return cv2.resize(image, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
