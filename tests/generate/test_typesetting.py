"""Chinese line breaking: closing punctuation never opens a line, values stay whole."""

from __future__ import annotations

from generate.markup import keep, parse
from generate.typesetting import NO_LINE_END, NO_LINE_START, break_lines


def measure(text: str) -> float:
    return sum(1.0 if ord(char) > 0x2000 else 0.55 for char in text)


def test_no_closing_punctuation_at_line_start() -> None:
    text = "《协助冻结结果告知书》，共2件（《若干意见》）第三条（一）4。" * 3
    for width in range(5, 15):
        lines = break_lines(text, width, measure)
        assert all(line.units[0][0] not in NO_LINE_START for line in lines[1:] if line.units), width
        assert all(line.units[-1][-1] not in NO_LINE_END for line in lines if line.units), width
        assert "".join(line.text for line in lines) == text


def test_values_are_never_split() -> None:
    text = "被执行人张三（公民身份号码：34052419800101001X）冻结" + keep("（2024）沪0115执1234号") + "案件"
    for width in range(21, 30):
        lines = break_lines(text, width, measure, first_indent=2)
        joined = [line.text for line in lines]
        assert any("34052419800101001X" in line for line in joined)
        assert any("（2024）沪0115执1234号" in line for line in joined)


def test_markup_blocks() -> None:
    blocks = parse("::title 标题\n正文。\n\n::row 案号|（2024）沪0115执1号|2|sign\n::blank\n")
    assert [b.kind for b in blocks] == ["title", "para", "row", "blank"]
    assert blocks[2].label == "案号" and blocks[2].min_lines == 2 and blocks[2].style == "sign"
