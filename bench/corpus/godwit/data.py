"""Courts, fake people, valid ID numbers, case numbers, dates and amounts."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

# (full name, 案号代字, telephone area code, short name used on cards)
JIAOZUO_COURTS = {
    "zhong": ("焦作市中级人民法院", "豫08", "0391"),
    "jiefang": ("焦作市解放区人民法院", "豫0802", "0391"),
    "zhongzhan": ("焦作市中站区人民法院", "豫0803", "0391"),
    "macun": ("焦作市马村区人民法院", "豫0804", "0391"),
    "shanyang": ("焦作市山阳区人民法院", "豫0811", "0391"),
    "xiuwu": ("修武县人民法院", "豫0821", "0391"),
    "boai": ("博爱县人民法院", "豫0822", "0391"),
    "wuzhi": ("武陟县人民法院", "豫0823", "0391"),
    "wenxian": ("温县人民法院", "豫0825", "0391"),
    "qinyang": ("沁阳市人民法院", "豫0882", "0391"),
    "mengzhou": ("孟州市人民法院", "豫0883", "0391"),
}
OTHER_HENAN_COURTS = {
    "jinshui": ("郑州市金水区人民法院", "豫0105", "0371"),
    "hongqi": ("新乡市红旗区人民法院", "豫0702", "0373"),
    "jianxi": ("洛阳市涧西区人民法院", "豫0305", "0379"),
    "zhengzhong": ("郑州市中级人民法院", "豫01", "0371"),
    "xinxiang": ("新乡市中级人民法院", "豫07", "0373"),
}
COURTS = {**JIAOZUO_COURTS, **OTHER_HENAN_COURTS}

CENTRE = "焦作市住房公积金管理中心"
CENTRE_BRANCH = {
    "xiuwu": "焦作市住房公积金管理中心修武县管理部",
    "boai": "焦作市住房公积金管理中心博爱县管理部",
    "wuzhi": "焦作市住房公积金管理中心武陟县管理部",
    "wenxian": "焦作市住房公积金管理中心温县管理部",
    "qinyang": "焦作市住房公积金管理中心沁阳市管理部",
    "mengzhou": "焦作市住房公积金管理中心孟州市管理部",
}

# address codes of 焦作 (GB/T 2260) for the people's ID numbers
ADDRESS_CODES = {
    "410802": "焦作市解放区", "410803": "焦作市中站区", "410804": "焦作市马村区",
    "410811": "焦作市山阳区", "410821": "修武县", "410822": "博爱县", "410823": "武陟县",
    "410825": "温县", "410882": "沁阳市", "410883": "孟州市",
}
STREETS = ["人民路", "解放路", "民主路", "塔南路", "丰收路", "焦东路", "建设路", "山阳路", "太行路",
           "和平街", "新华街", "迎宾路", "站前路", "文昌路", "康复街"]

SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺赖龚文牛申焦")
GIVEN = list("建国伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳佳丽娟敏静燕艳芳娜秀英霞玲桂兰红梅琳雪倩婷颖洁璐晶瑶蕾晓文志永新春海东振宏学庆德")
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "劳务合同纠纷", "金融借款合同纠纷", "房屋租赁合同纠纷",
          "追偿权纠纷", "装饰装修合同纠纷", "机动车交通事故责任纠纷"]
COMPANIES = ["焦作市恒远建材有限公司", "河南豫通商贸有限公司", "焦作市山阳区鑫达小额贷款有限公司",
             "武陟县丰源农资有限公司", "焦作市宏泰物流有限公司", "温县瑞丰种业有限公司"]

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def id_valid(idn: str) -> bool:
    return (len(idn) == 18 and idn[:17].isdigit() and check_char(idn[:17]) == idn[17]
            and _date_ok(idn[6:14]))


def _date_ok(s: str) -> bool:
    try:
        dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return False
    return True


@dataclass
class Person:
    name: str
    id_number: str
    sex: str            # 男 / 女
    birth: dt.date
    address: str

    @property
    def birth_cn(self) -> str:
        return f"{self.birth.year}年{self.birth.month}月{self.birth.day}日"


def make_person(rng: random.Random, used: set[str], year_range=(1970, 1996), sex: str | None = None) -> Person:
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if name not in used:
            break
    used.add(name)
    sex = sex or rng.choice("男女")
    code = rng.choice(sorted(ADDRESS_CODES))
    birth = dt.date(rng.randint(*year_range), rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randint(1, 499) * 2 + (1 if sex == "男" else 0)
    seq = seq % 1000 if seq % 1000 else 2
    first17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    idn = first17 + check_char(first17)
    addr = f"河南省{ADDRESS_CODES[code]}{rng.choice(STREETS)}{rng.randint(1, 399)}号"
    if rng.random() < 0.5:
        addr += f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    return Person(name, idn, sex, birth, addr)


def fake_name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if name not in used:
            used.add(name)
            return name


# ---- dates ----
CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_small(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def date_cn(d: dt.date) -> str:
    return f"{cn_year(d.year)}年{cn_small(d.month)}月{cn_small(d.day)}日"


def date_ar(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year + n, day=28)


def period_end(start: dt.date, years: int) -> dt.date:
    return add_years(start, years) - dt.timedelta(days=1)


def workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


# receipt days avoid 春节 (2026-02-14..23), 清明/五一/端午/国庆 weeks
_SAFE_MONTHS = [(3, 2, 27), (4, 7, 29), (5, 11, 29), (6, 2, 18), (7, 1, 30), (8, 3, 28), (9, 1, 24),
                (10, 12, 30), (11, 2, 27), (12, 1, 18)]


def receipt_day(rng: random.Random) -> dt.date:
    m, a, b = rng.choice(_SAFE_MONTHS)
    return workday(dt.date(2026, m, rng.randint(a, b)))


# ---- amounts ----
_UP = "零壹贰叁肆伍陆柒捌玖"


def amount_upper(a: Decimal) -> str:
    """大写 amount, e.g. 伍万陆仟叁佰贰拾元整."""
    yuan = int(a)
    jiao = int((a * 10) % 10)
    fen = int((a * 100) % 10)
    units = ["", "拾", "佰", "仟"]
    def four(n: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = n // (10 ** i) % 10
            if dgt:
                if zero:
                    s += "零"
                s += _UP[dgt] + units[i]
                zero = False
            elif s:
                zero = True
        return s
    parts = []
    wan, rest = divmod(yuan, 10000)
    if wan:
        parts.append(four(wan) + "万")
        if rest and rest < 1000:
            parts.append("零")
    if rest:
        parts.append(four(rest))
    out = "".join(parts) + "元"
    if not jiao and not fen:
        return out + "整"
    if jiao:
        out += _UP[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += _UP[fen] + "分"
    return out


def money_ar(a: Decimal, commas: bool = False) -> str:
    if commas:
        return f"{a:,.2f}"
    return f"{a:.2f}" if a != a.to_integral() else f"{int(a)}"


def norm_case(year: int, code: str, typ: str, num: int) -> str:
    return f"（{year}）{code}{typ}{num}号"


def printed_case(year: int, code: str, typ: str, num: int, style: str) -> str:
    if style == "half":
        return f"({year}){code}{typ}{num}号"
    return norm_case(year, code, typ, num)
