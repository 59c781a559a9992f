"""Make a clean policy read like seed 001: Chinese through a Japanese-trained OCR.

Used once to write wuhu-2022.txt from wuhu-2022.clean.txt (the committed file is the
output; this is kept so the noise can be made again and is known). The confusions are the
kinds seen in seed 001: simplified characters read as their Japanese or traditional forms
(执→執/仇, 积→釈/秋, 书→ギ/事), look-alikes (设→没, 范→苑, 开展→升晨), pieces of a
character read as kana or Latin (协→lll/い, 证→II), spaces inside words, and lines broken
where the scan's lines end, with stray marks on lines of their own. Run:
`python tests/validate/policies/noise.py CLEAN NOISY`.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

CONFUSIONS: dict[str, list[str]] = {
    "执": ["仇", "執", "抗", "机"], "积": ["釈", "秋", "私"], "协": ["協", "lll", "跡"], "联": ["咲", "朕", "瑛"],
    "动": ["功", "劫"], "关": ["美", "夫"], "于": ["千", "干", "子"], "进": ["逃", "遊"], "级": ["吸", "級", "鉄"],
    "书": ["ギ", "や", "事"], "查": ["査"], "询": ["洵"], "冻": ["凍", "凛"], "结": ["結", "錆", "錯"],
    "范": ["苑"], "开": ["升"], "展": ["晨"], "网": ["岡", "国", "周"], "设": ["没"], "实": ["実"], "际": ["豚"],
    "发": ["友"], "请": ["清"], "证": ["II", "iIE", "江"], "务": ["弁", "券"], "员": ["員"], "单": ["単"],
    "应": ["庄", "泣"], "账": ["敗"], "户": ["夕", "声"], "办": ["亦", "赤"], "时": ["叶", "吋"], "过": ["辻", "址"],
    "确": ["碗"], "专": ["寺"], "责": ["責"], "题": ["題"], "报": ["扱"], "议": ["袂", "洪"], "涉": ["渉"],
    "对": ["対"], "统": ["統", "坑", "銃"], "审": ["申"], "划": ["剣", "北1"], "扣": ["わ", "オロ"], "为": ["力"],
    "与": ["有", "ユ"], "且": ["ユ"], "予": ["子"], "该": ["核"], "将": ["杵"], "现": ["現"], "见": ["兄", "几"],
    "个": ["企"], "日": ["曰"], "即": ["印"], "馈": ["債"], "县": ["県"], "区": ["区"], "门": ["|コ"], "录": ["録"],
    "绍": ["紹"], "复": ["複"], "资": ["資"], "产": ["産"], "经": ["経"], "还": ["還"], "价": ["価"], "续": ["続"],
    "决": ["決"], "况": ["況"], "贷": ["貸"], "费": ["費"], "劳": ["労"], "达": ["達"], "龄": ["齢"],
    "额": ["額"], "状": ["状"], "态": ["態"], "线": ["線"], "营": ["営"], "强": ["張"], "问": ["同"], "处": ["処"],
}
RATE = 0.8
STRAY = ["`む", "い", "■", "`さ", "ξI", "′"]


def noisy(text: str, seed: int = 1) -> str:
    rnd = random.Random(seed)
    out_lines: list[str] = []
    for para in text.split("\n"):
        chars = []
        for ch in para:
            if ch in CONFUSIONS and rnd.random() < RATE:
                chars.append(rnd.choice(CONFUSIONS[ch]))
            else:
                chars.append(ch)
            if "\u4e00" <= ch <= "\u9fff" and rnd.random() < 0.03:
                chars.append(" ")
        line = "".join(chars).replace("，", ",").replace("：", ":")
        width = 30
        while len(line) > width:
            out_lines.append(line[:width])
            line = line[width:]
            if rnd.random() < 0.08:
                out_lines.append(rnd.choice(STRAY))
        out_lines.append(line)
    return "\n".join(out_lines) + "\n"


if __name__ == "__main__":
    clean, target = Path(sys.argv[1]), Path(sys.argv[2])
    target.write_text(noisy(clean.read_text(encoding="utf-8")), encoding="utf-8")
