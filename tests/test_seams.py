"""The seams every stage shares: the error hierarchy, the settings, the OCR registry, field paths."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from extract import errors, read_bundle
from extract.contract import DOCUMENT_TYPES, document_name, get_path, set_path
from extract.ocr import ENGINES, OcrLine, OcrResult, OcrUnavailable, ReplayEngine, get_engine
from service.settings import Settings
from tests.conftest import NOTICE_LINES


@pytest.mark.parametrize(
    ("error", "exit_code", "http_status", "title"),
    [
        (errors.UnreadableFile("is empty"), 2, 415, "文件无法读取"),
        (errors.NothingReadable("none"), 2, 422, "没有可读取的文件"),
        (errors.UnknownPack("atlantis", ["shanghai-2021"]), 2, 422, "未知的规则包"),
        (errors.AccountsError("not JSON"), 2, 422, "账户信息无法读取"),
        (errors.CorrectionRejected("amount"), 2, 422, "更正未被接受"),
        (errors.PackError("x.yaml", 3, "unknown key"), 3, 500, "规则包有误"),
        (errors.OcrUnavailable("no models"), 3, 503, "文字识别引擎不可用"),
    ],
)
def test_each_error_says_once_what_it_means_everywhere(error, exit_code, http_status, title) -> None:
    assert isinstance(error, errors.AssistdeskError)
    assert (error.exit_code, error.http_status, error.title) == (exit_code, http_status, title)
    assert error.user_message == f"{title}：{error}"


def test_pack_errors_stay_value_errors_for_their_callers() -> None:
    import validate

    with pytest.raises(ValueError, match="没有名为「atlantis」的规则包"):
        validate.load_pack("atlantis")


def test_settings_come_from_assistdesk_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ASSISTDESK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ASSISTDESK_MAX_FILE_MB", "3")
    monkeypatch.setenv("ASSISTDESK_PACK", "jiaozuo-2024")
    monkeypatch.setenv("ASSISTDESK_OCR", "replay")
    settings = Settings()
    assert settings.data_dir == tmp_path and settings.database_url == f"sqlite:///{tmp_path / 'assistdesk.db'}"
    assert settings.max_file_bytes == 3 * 1024 * 1024 and settings.default_pack == "jiaozuo-2024"
    assert settings.ocr == "replay"
    with pytest.raises(OcrUnavailable, match="needs a recording"):
        settings.ocr_engine()


def test_no_stage_reads_the_environment() -> None:
    root = Path(__file__).resolve().parents[1]
    for package in ("extract", "validate", "generate"):
        for path in (root / package).rglob("*.py"):
            assert "os.environ" not in path.read_text(encoding="utf-8"), path


def test_engines_are_chosen_by_name() -> None:
    assert set(ENGINES) == {"rapidocr", "paddle", "replay"}
    with pytest.raises(OcrUnavailable, match="choose one of rapidocr, paddle, replay"):
        get_engine("tesseract")


def _notice_result(width: int = 1240, height: int = 1754) -> OcrResult:
    lines = [OcrLine(text, (100.0, 100.0 + 40 * i, 1100.0, 130.0 + 40 * i), 0.98)
             for i, text in enumerate(NOTICE_LINES)]
    return OcrResult(lines, 0, 0.0, width, height)


def test_replayed_ocr_drives_the_pipeline_and_its_error_paths(tmp_path: Path) -> None:
    """Recorded results stand in for OCR: a page recorded as failing is a problem, not a crash."""
    blank = np.full((1754, 1240, 3), 255, dtype=np.uint8)
    for name in ("notice.png", "page2.png"):
        Image.fromarray(blank).save(tmp_path / name)
    recording = tmp_path / "ocr.json"
    ReplayEngine.record([_notice_result(), None], recording)

    extraction = read_bundle([tmp_path / "notice.png", tmp_path / "page2.png"],
                             engine=ReplayEngine.from_file(recording))

    assert extraction.status == "partial"
    assert [(p.source, p.kind) for p in extraction.problems] == [("page2.png", "internal")]
    assert extraction.to_json()["request"]["case_number"] == "（2024）沪0115执1234号"
    assert [d["type"] for d in extraction.to_json()["request"]["documents"]] == ["assist_notice"]
    assert extraction.to_json()["request"]["documents"][0]["sealed"] is None  # no red seal seen: not "unsealed"


def test_nothing_readable_is_a_status(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    extraction = read_bundle([tmp_path / "empty.pdf"], engine=ReplayEngine([]))
    assert extraction.status == "unreadable" and extraction.to_json()["status"] == "unreadable"


def test_one_dotted_path_for_reading_and_correcting() -> None:
    request = {"respondent": {"name": "张三"}, "officers": [{"name": "王五"}]}
    assert get_path(request, "respondent.name") == "张三"
    assert get_path(request, "officers[0].name") == "王五"
    assert get_path(request, "officers[3].name") is None and get_path(request, "respondent.id_number") is None
    assert get_path(request, "respondent.name.first") is None
    set_path(request, "officers[1].name", "赵六")
    set_path(request, "freeze_period.start", "2024-05-10")
    assert request["officers"] == [{"name": "王五"}, {"name": "赵六"}]
    assert request["freeze_period"] == {"start": "2024-05-10"}


def test_one_list_of_document_types() -> None:
    import validate.model

    assert tuple(DOCUMENT_TYPES) == validate.model.DOCUMENT_TYPES
    assert document_name("work_id") == "执行人员工作证" and document_name("no_such") == "其他材料"
