"""The two ways a rule pack can be wrong before any request is checked.

Both are `ValueError`s so the command line can report them in one line and exit non-zero
(the contract: an unknown pack means the submission could not be processed).
"""

from __future__ import annotations


class PackError(ValueError):
    """A pack file that does not load: the message names the file and the line."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file = file
        self.line = line
        self.problem = problem
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {problem}")


class UnknownPack(ValueError):
    """A pack name that no file answers to; the message lists the known packs."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(f"unknown rule pack {name!r}; known packs: {', '.join(known)}")


class CalendarError(ValueError):
    """An administrator's year schedule that does not load (names the file and line)."""


class DraftPack(ValueError):
    """A drafted pack nobody has reviewed yet: deciding with it would be deciding by guesswork."""

    def __init__(self, name: str, title: str) -> None:
        self.name = name
        named = title if title.startswith("《") else f"“{title or name}”"
        super().__init__(f"规则包{named}是自动起草的草稿，尚未经人工审核，不能据以审核协助请求；"
                         f"请逐条审核后删除其中的“draft: true”标记再使用。")
