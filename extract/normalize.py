"""OCR-noise normalisation applied to every page's text before any field is read.

Field readers match on exact Chinese terms (执行, 公积金, 冻结 …) and exact value shapes
(（2024）沪0115执1234号, 二〇二四年五月十日). Scans reach them with three kinds of noise that
this module removes, and nothing else:

* width and spacing: full-width digits and letters, ideographic spaces, and spaces that a
  text layer or OCR puts between Chinese characters or inside a number;
* look-alikes: ○/O/0 for the Chinese zero 〇 inside Chinese numerals, ￥ for ¥;
* script confusion: a model trained on Japanese reads simplified Chinese as kanji, kana and
  Latin debris (仇行 for 执行, 公釈金 for 公积金, 中′む for 中心). These are undone by data
  tables below, never by code paths, so a new confusion is one line to add.

Chinese punctuation （）：，。「」 is content, not noise, and is left alone. Every table entry
must be unable to damage correct simplified Chinese: a character that is also a valid
simplified character (仇, 事, 札 …) is only replaced inside a pair that never occurs in
correct text (仇行, 札行); single-character entries are limited to traditional or Japanese
forms that simplified text does not use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

# --------------------------------------------------------------------------- tables

# Multi-character confusions (key -> replacement), applied longest key first. Keys of the
# same length as their replacement are also matched across a line break, because OCR
# often splits a term at the end of a line (仇\n行 -> 执\n行) and the break is kept.
PHRASE_TABLE: dict[str, str] = {
    # 执行 and friends
    "仇行": "执行",
    "札行": "执行",
    "被抗行人": "被执行人",
    "抗行裁定": "执行裁定",
    "抗行栽定": "执行裁定",
    "抗行通知": "执行通知",
    "助抗行": "助执行",
    "机行公": "执行公",
    "仇法": "执法",
    # 公积金
    "公釈金": "公积金",
    "公釈全": "公积金",
    "公秋金": "公积金",
    "公秋全": "公积金",
    "公積金": "公积金",
    # 冻结 / 协助 / 协作 / 查询
    "凍錯": "冻结",
    "凛錆": "冻结",
    "冻错": "冻结",
    "跡作": "协作",
    "査洵": "查询",
    "查洵": "查询",
    "査柱": "查控",
    # documents
    "裁定ギ": "裁定书",
    "裁定や": "裁定书",
    "栽定": "裁定",
    "通郷ギ": "通知书",
    # place names a stamp or a photocopy smudges (上 loses its top stroke)
    "土海": "上海",
    "通知ギ": "通知书",
    "通知や": "通知书",
    "法律文ギ": "法律文书",
    # institutions and common words
    "人民潤院": "人民法院",
    "中吸人民": "中级人民",
    "中鉄人民": "中级人民",
    "中象人民": "中级人民",
    "工作曰": "工作日",
    "意見": "意见",
    "意兄": "意见",
    "意几": "意见",
    "遊一歩": "进一步",
    "逃一歩": "进一步",
    "訴松": "诉讼",
    "敗声": "账户",
    "敗夕": "账户",
    "照夕": "账户",
    "系坑": "系统",
    "系銃": "系统",
    "咲功": "联动",
    "朕功": "联动",
    "瑛功": "联动",
    "咲合": "联合",
    "咲席": "联席",
    "秩席": "联席",
    "亦公室": "办公室",
    "赤公室": "办公室",
    "宙口": "窗口",
    "録色": "绿色",
    "碗定": "确定",
    "実豚": "实际",
    "共豚": "实际",
    "及吋": "及时",
    "泣当": "应当",
    "泣予": "应予",
    "辻程": "过程",
    "逍辻": "通过",
    "週辻": "通过",
    "逍址": "通过",
}

# Confusions that need a character class or a look-ahead; (pattern, replacement).
REGEX_TABLE: list[tuple[str, str]] = [
    # 住房/Ak釈金, /AX釈金, /At\n釈金: the 公 glyph read as Latin letters
    (r"/A[kKtTXx]\s*[釈秋私積](\s*)[金全]", r"公积\1金"),
    # 公私金 is 公积金 unless it starts 公私金融 (公私 + 金融机构 is real Chinese)
    (r"公私(\s*)[金全](?![融面])", r"公积\1金"),
    # 美子/美千/美干 before a title's verb phrase is 关于 (美子 alone may be a name)
    (r"(?<=[《〈])美[子千干]|美[子千干](?=[遊逃進进]一|建立|[対对協协い]|lll)", "关于"),
    # 管理中′む, 中lむ, 中Jむ, 中`む, 中|む, 中Iむ, 中′さ (kana never occur in Chinese)
    (r"中\s*[′`'|lIJ]?\s*[むさ]", "中心"),
    # lll助, Ill助, l・I助, Itl助, い助 -> 协助; い作 -> 协作
    (r"(?<![A-Za-z])[lIit|!・]{2,4}助", "协助"),
    (r"い\s*助", "协助"),
    (r"い\s*作", "协作"),
    # 通知事 is 通知书 unless it is 通知事项 / 通知事宜
    (r"通知事(?![项宜])", "通知书"),
    # 工作iIE, 工作II -> 工作证; 公弁IIE, 公券II, 公弁江 -> 公务证
    (r"工作\s*[iIl1]{1,2}[EＥ]?", "工作证"),
    (r"公[弁券]\s*(?:[iIl1]{1,2}[EＥ]?|江)", "公务证"),
    # 2企工作日 -> 2个工作日 (企/介 before 工作日 after a number is always 个)
    (r"(?<=[\d两二三四五六七八九十])\s*[企介]\s*(?=工作[日曰])", "个"),
    # ill辻 / lll辻 -> 通过 (辻 is a Japanese-only character)
    (r"[il]{2,3}\s*辻", "通过"),
]

# Traditional / Japanese forms that simplified Chinese never uses, so a one-to-one map
# cannot hurt correct text. Deliberately absent: characters that are also valid
# simplified characters or surnames (於, 乾, 後, 係, 餘, 徵, 弁, 仇, 事, 札, 釈 …).
CHAR_TABLE: dict[str, str] = {
    "粵": "粤",  # Guangdong (every 粤53…执 case number) read in the traditional form
    "執": "执", "凍": "冻", "結": "结", "協": "协", "査": "查", "務": "务", "証": "证",
    "書": "书", "銀": "银", "員": "员", "関": "关", "關": "关", "実": "实", "實": "实",
    "従": "从", "從": "从", "単": "单", "單": "单", "積": "积", "額": "额", "號": "号",
    "権": "权", "權": "权", "債": "债", "義": "义", "請": "请", "詢": "询", "処": "处",
    "處": "处", "條": "条", "規": "规", "範": "范", "機": "机", "開": "开", "戶": "户",
    "戸": "户", "國": "国", "県": "县", "縣": "县", "別": "别", "発": "发", "發": "发",
    "転": "转", "轉": "转", "議": "议", "認": "认", "総": "总", "總": "总", "経": "经",
    "經": "经", "済": "济", "濟": "济", "価": "价", "價": "价", "営": "营", "營": "营",
    "業": "业", "貸": "贷", "還": "还", "帰": "归", "歸": "归", "決": "决", "対": "对",
    "對": "对", "現": "现", "様": "样", "樣": "样", "説": "说", "說": "说", "読": "读",
    "讀": "读", "調": "调", "復": "复", "複": "复", "護": "护", "産": "产", "產": "产",
    "労": "劳", "勞": "劳", "険": "险", "險": "险", "録": "录", "錄": "录", "貫": "贯",
    "徹": "彻", "準": "准", "気": "气", "氣": "气", "図": "图", "圖": "图", "聴": "听",
    "聽": "听", "庁": "厅", "廳": "厅", "歩": "步", "見": "见", "訴": "诉", "訟": "讼",
    "類": "类", "頁": "页", "項": "项", "題": "题", "順": "顺", "預": "预", "領": "领",
    "頭": "头", "陳": "陈", "東": "东", "車": "车", "軍": "军", "輸": "输", "運": "运",
    "達": "达", "過": "过", "進": "进", "連": "连", "選": "选", "遺": "遗", "辺": "边",
    "邊": "边", "郵": "邮", "間": "间", "門": "门", "問": "问", "閉": "闭", "際": "际",
    "隊": "队", "階": "阶", "難": "难", "電": "电", "風": "风", "飛": "飞", "館": "馆",
    "験": "验", "驗": "验", "齢": "龄", "齡": "龄", "伝": "传", "傳": "传", "個": "个",
    "備": "备", "偽": "伪", "傷": "伤", "億": "亿", "優": "优", "児": "儿", "兒": "儿",
    "劃": "划", "効": "效", "勝": "胜", "厳": "严", "嚴": "严", "収": "收", "團": "团",
    "団": "团", "報": "报", "場": "场", "増": "增", "變": "变", "変": "变", "専": "专",
    "專": "专", "導": "导", "層": "层", "帯": "带", "帶": "带", "広": "广", "廣": "广",
    "徴": "征", "徳": "德", "応": "应", "應": "应", "戦": "战", "戰": "战", "択": "择",
    "擇": "择", "拠": "据", "據": "据", "挙": "举", "舉": "举", "損": "损", "換": "换",
    "時": "时", "暦": "历", "曆": "历", "歴": "历", "歷": "历", "検": "检", "檢": "检",
    "楽": "乐", "樂": "乐", "歓": "欢", "歡": "欢", "歳": "岁", "歲": "岁", "殺": "杀",
    "毎": "每", "況": "况", "渉": "涉", "満": "满", "滿": "满", "漢": "汉", "為": "为",
    "爲": "为", "獲": "获", "確": "确", "競": "竞", "筆": "笔", "節": "节", "築": "筑",
    "簡": "简", "約": "约", "紅": "红", "納": "纳", "紙": "纸", "級": "级", "組": "组",
    "統": "统", "絡": "络", "給": "给", "絶": "绝", "絕": "绝", "継": "继", "繼": "继",
    "続": "续", "續": "续", "緊": "紧", "線": "线", "編": "编", "練": "练", "縮": "缩",
    "績": "绩", "罰": "罚", "職": "职", "薬": "药", "藥": "药", "補": "补", "製": "制",
    "覚": "觉", "覺": "觉", "観": "观", "觀": "观", "視": "视", "覧": "览", "覽": "览",
    "親": "亲", "計": "计", "記": "记", "訓": "训", "設": "设", "許": "许", "診": "诊",
    "評": "评", "試": "试", "詳": "详", "話": "话", "誤": "误", "課": "课", "談": "谈",
    "論": "论", "諸": "诸", "講": "讲", "謝": "谢", "識": "识", "負": "负", "財": "财",
    "貨": "货", "責": "责", "貴": "贵", "費": "费", "貿": "贸", "資": "资", "賃": "赁",
    "賠": "赔", "賞": "赏", "質": "质", "購": "购", "贈": "赠", "軽": "轻", "輕": "轻",
    "較": "较", "載": "载", "農": "农", "違": "违", "適": "适", "郷": "乡", "鄉": "乡",
    "鉄": "铁", "鐵": "铁", "銭": "钱", "錢": "钱", "鎖": "锁", "長": "长", "陸": "陆",
    "離": "离", "雑": "杂", "顧": "顾", "養": "养", "黒": "黑", "錯": "错", "錆": "锈",
    "審": "审", "訂": "订", "託": "托",
    # kana that only stand for 书 in these documents (裁定ギ, 法律文ギ, 栽定や)
    "ギ": "书", "や": "书",
    # traditional forms (傑 for 杰 in a name) are simplified by OpenCC: simplify_forms
}  # fmt: skip

# Full-width ASCII letters and digits (U+FF10-FF19, FF21-FF3A, FF41-FF5A) -> half-width;
# full-width punctuation is deliberately not included.
_HALFWIDTH = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0x3000: 0x20,  # ideographic space
    0x00A0: 0x20,  # no-break space
    0xFFE5: 0x00A5,  # ￥ -> ¥
}

# Characters that count as "Chinese" for the spacing rule: ideographs, 〇, CJK and
# full-width punctuation, kana (OCR debris that later maps to Chinese).
_TIGHT = (
    r"\u3001-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
)
_TIGHT_OR_DIGIT = _TIGHT + r"0-9"
_SPACES_RE = re.compile(rf"(?<=[{_TIGHT_OR_DIGIT}])[ \t\u3000\u00a0]+(?=[{_TIGHT_OR_DIGIT}])")

# Chinese numerals a look-alike zero may sit between (二○二四年, 二○○五年, 二〇二○年).
_CN_NUMERAL = "〇一二三四五六七八九十"
_ZERO_LOOKALIKES = "○OoＯ０0◯"
_ZERO_RE = re.compile(rf"(?<=[{_CN_NUMERAL}])[{_ZERO_LOOKALIKES}]+(?=[{_CN_NUMERAL}年])")


# ------------------------------------------------------------------------- compiling


def _phrase_pattern(key: str, value: str) -> str:
    """A regex for one phrase; same-length phrases may be split by one line break."""
    if len(key) != len(value):
        return re.escape(key)
    return r"(\s*\n\s*)?".join(re.escape(ch) for ch in key)


def _phrase_replacer(value: str) -> Callable[[re.Match[str]], str]:
    """Rebuild the replacement character by character, keeping any line break inside."""

    def replace(match: re.Match[str]) -> str:
        breaks = [g or "" for g in match.groups()]
        if not breaks:
            return value
        return "".join(ch + (breaks[i] if i < len(breaks) else "") for i, ch in enumerate(value))

    return replace


def _compile_phrases(
    table: dict[str, str],
) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """Longest key first, so 被抗行人 wins over 抗行 and 公釈金 over any shorter key."""
    ordered = sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True)
    return [(re.compile(_phrase_pattern(k, v)), _phrase_replacer(v)) for k, v in ordered]


_PHRASES = _compile_phrases(PHRASE_TABLE)
_REGEXES = [(re.compile(p), r) for p, r in REGEX_TABLE]
_CHARS = str.maketrans(CHAR_TABLE)


# --------------------------------------------------------------------------- steps


def to_halfwidth(text: str) -> str:
    """Full-width digits/letters to ASCII, ideographic space to space, ￥ to ¥.

    Length-preserving (one character for one), so offsets found in the result are valid
    in the input.
    """
    return text.translate(_HALFWIDTH)


def collapse_spaces(text: str) -> str:
    """Drop spaces between Chinese characters, Chinese punctuation and digits.

    Text layers space out titles (上 海 市 高 级) and OCR splits numbers (沪01 1 5 执1 23 4号);
    both break exact matching. But a space between two words (「承办人 张伟 李娜」) separates
    values, so between two Han characters a space goes only where it spaces out single
    characters. Line breaks are kept, and spaces next to Latin letters are kept because
    they may be meaningful.
    """
    return _SPACES_RE.sub(lambda m: "" if _letter_spacing(text, m.start(), m.end()) else m.group(), text)


def _letter_spacing(text: str, start: int, end: int) -> bool:
    left, right = text[start - 1], text[end]
    if not (_is_han(left) and _is_han(right)):
        return True
    before = text[start - 2] if start >= 2 else " "
    after = text[end + 1] if end + 1 < len(text) else " "
    return not _is_han(before) or not _is_han(after)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def fix_zero_lookalikes(text: str) -> str:
    """○, O, o, 0 between Chinese numerals are the Chinese zero 〇 (二○二四年 -> 二〇二四年)."""
    return _ZERO_RE.sub(lambda m: "〇" * len(m.group()), text)


_DIGIT_COMMA_RE = re.compile(r"(?<=\d)，(?=\d{3}(?!\d))")
_DIGIT_POINT_RE = re.compile(r"(?<=\d)[．。](?=\d{1,2}(?!\d))")
_DROPPED_ZERO_RE = re.compile(r"(?<![〇零一二三四五六七八九十])二二([〇一二三四五六七八九])年")


def fix_number_marks(text: str) -> str:
    """Marks OCR gets wrong inside numbers.

    A thousands separator read as the Chinese comma (168，682.42) is a comma and a decimal
    point read as 。 or ． is a point; a year in
    Chinese numerals that lost its small 〇 (二二四年 for 二〇二四年: the circle is the
    glyph the recogniser drops most) gets it back, since no document year reads 二二X.
    """
    text = _DIGIT_COMMA_RE.sub(",", text)
    text = _DIGIT_POINT_RE.sub(".", text)
    return _DROPPED_ZERO_RE.sub(lambda m: f"二〇二{m.group(1)}年", text)


def fix_script_confusions(text: str) -> str:
    """Undo Japanese-kanji / kana / Latin misreadings using the tables above."""
    for pattern, replacement in _REGEXES:
        text = pattern.sub(replacement, text)
    for pattern, replacer in _PHRASES:
        text = pattern.sub(replacer, text)
    return text.translate(_CHARS)


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@cache
def _simplified(ch: str) -> str:
    """A traditional or Japanese form simplified Chinese never writes (溫, 裏, 釈), in its
    simplified form by OpenCC. Only a character outside GB 2312, whose simplified form is in
    it, is changed: GB 2312 holds the forms simplified text uses, 乾, 於 and 後 among them, so
    correct text is never touched, and a rare character of a name (堃) has no other form."""
    from extract.repair.lm import is_simplified_han
    from extract.repair.search import script_form

    if is_simplified_han(ch):
        return ch
    out = script_form(ch)
    return out if out != ch and is_simplified_han(out) else ch


def simplify_forms(text: str) -> str:
    """Every traditional or Japanese form left after the tables, simplified (`_simplified`)."""
    return _HAN.sub(lambda m: _simplified(m.group(0)), text)


def normalize_text(text: str) -> str:
    """Everything a field reader needs done to a page's text, in a safe order.

    Spaces are collapsed before the confusion tables (so 仇 行 matches 仇行) and again
    after them (a Latin fragment that became Chinese may now sit next to a space). The
    tables go first: their pairs (凍錯 → 冻结) know more than one character's conversion.
    """
    text = to_halfwidth(text)
    text = collapse_spaces(text)
    text = simplify_forms(fix_script_confusions(text))
    text = collapse_spaces(text)
    return fix_number_marks(fix_zero_lookalikes(text))


def normalize_lines(lines: Iterable[str]) -> list[str]:
    """normalize_text for each OCR line separately (line boxes stay aligned)."""
    return [normalize_text(line) for line in lines]
