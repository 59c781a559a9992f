"""The product's errors, one hierarchy for every stage and both front doors.

Each class says once what a user is told (`title`, in Chinese, before the one-line
`detail` of what to do), the command line's exit status (`exit_code`) and the API's HTTP
status (`http_status`). `service/cli.py` and the API's one exception handler read these
attributes and nothing else, so an error means the same at a terminal and over HTTP.

A submission where some files could not be read is not an error: it is processed, and
`Extraction.status` says `partial` (its `problems` list is not empty). Only when nothing
at all can be read is it `NothingReadable`.
"""

from __future__ import annotations

from typing import ClassVar


class AssistdeskError(Exception):
    """Something the product cannot do; `str()` is the one-line detail, `title` says it in Chinese."""

    title: ClassVar[str] = "无法处理"
    exit_code: ClassVar[int] = 1
    http_status: ClassVar[int] = 500
    code: ClassVar[str] = "error"
    """A stable English name a program may branch on; the API sends it beside the Chinese."""

    @property
    def detail(self) -> str:
        return str(self)

    @property
    def user_message(self) -> str:
        """「文件无法读取：…」: the title a clerk reads first, then what to do."""
        return f"{self.title}：{self.detail}"


class InputError(AssistdeskError):
    """What was handed in cannot be used as it is; the caller can fix it and try again."""

    title = "提交的材料有误"
    code = "input_error"
    exit_code = 2
    http_status = 422


class UnreadableFile(InputError):
    """A file whose content is not a readable PDF or image (judged by its bytes, not its name)."""

    title = "文件无法读取"
    code = "unreadable_file"
    http_status = 415


class NothingReadable(InputError):
    """Not one file of the submission could be read: there is nothing to check."""

    title = "没有可读取的文件"
    code = "nothing_readable"


class NoSuchFile(InputError):
    """A path given on the command line that does not exist."""

    title = "文件不存在"
    code = "no_such_file"
    http_status = 404


class AccountsError(InputError):
    """The account facts handed in are not the JSON array `accounts.schema.json` describes."""

    title = "账户信息无法读取"
    code = "accounts_invalid"


class UnknownPack(InputError, ValueError):
    """A pack name that no file answers to; the message lists the known packs."""

    title = "未知的规则包"
    code = "unknown_pack"

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"没有名为「{name}」的规则包；现有规则包：{'、'.join(known)}")


class DraftPack(InputError, ValueError):
    """A pack drafted by `assistdesk rules draft` that nobody has reviewed yet (`draft: true`).

    Deciding with it would be deciding by the drafter's guesses, so the engine refuses it
    until a person has checked every rule against the policy and removed the mark.
    """

    title = "规则包未经审核"
    code = "draft_pack"

    def __init__(self, name: str, title: str) -> None:
        self.name = name
        named = title if title.startswith("《") else f"“{title or name}”"
        super().__init__(f"规则包{named}是自动起草的草稿，尚未经人工审核，不能据以审核协助请求；"
                         f"请逐条审核后删除其中的“draft: true”标记再使用。")


class CorrectionRejected(InputError):
    """A reviewer's correction that names no correctable field or does not check."""

    title = "更正未被接受"
    code = "correction_rejected"


class DecisionRejected(InputError):
    """A reviewer's decision that cannot be recorded (not a decision, or the register refuses what it would do)."""

    title = "审核决定未被接受"
    code = "decision_rejected"


class ConfigurationError(AssistdeskError):
    """The deployment's own set-up is broken (a pack, a calendar, the OCR engine): an administrator fixes it."""

    title = "系统配置有误"
    code = "configuration_error"
    exit_code = 3
    http_status = 500


class PackError(ConfigurationError, ValueError):
    """A pack file that does not load: the message names the file and the line."""

    title = "规则包有误"
    code = "pack_invalid"

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {problem}")


class CalendarError(ConfigurationError, ValueError):
    """An administrator's year schedule that does not load (names the file and line)."""

    title = "节假日安排有误"
    code = "calendar_invalid"


class OcrUnavailable(ConfigurationError, RuntimeError):
    """The configured OCR engine cannot run here; the message says what to install or set."""

    title = "文字识别引擎不可用"
    code = "ocr_unavailable"
    http_status = 503
