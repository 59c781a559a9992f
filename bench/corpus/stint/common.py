"""Names, ID numbers, courts, case numbers, dates and amounts."""

from __future__ import annotations

import datetime as dt
import random

import chinese_calendar

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉海燕鹏飞亮晨蕾琳雯婷倩宇浩然子轩佳怡思远欣悦俊峰晓东春梅秋菊雪松立新卫东永强德华淑珍美玲志刚庆丰宏伟嘉伦"

# (court name, court code, district for the centre's 管理部)
COURTS = [
    ("上海市浦东新区人民法院", "沪0115", "浦东新区"),
    ("上海市闵行区人民法院", "沪0112", "闵行区"),
    ("上海市徐汇区人民法院", "沪0104", "徐汇区"),
    ("上海市黄浦区人民法院", "沪0101", "黄浦区"),
    ("上海市长宁区人民法院", "沪0105", "长宁区"),
    ("上海市静安区人民法院", "沪0106", "静安区"),
    ("上海市普陀区人民法院", "沪0107", "普陀区"),
    ("上海市虹口区人民法院", "沪0109", "虹口区"),
    ("上海市杨浦区人民法院", "沪0110", "杨浦区"),
    ("上海市宝山区人民法院", "沪0113", "宝山区"),
    ("上海市嘉定区人民法院", "沪0114", "嘉定区"),
    ("上海市松江区人民法院", "沪0117", "松江区"),
    ("上海市青浦区人民法院", "沪0118", "青浦区"),
    ("上海市奉贤区人民法院", "沪0120", "奉贤区"),
    ("上海市金山区人民法院", "沪0116", "金山区"),
    ("上海市崇明区人民法院", "沪0151", "崇明区"),
    ("上海市第一中级人民法院", "沪01", "长宁区"),
    ("上海市第二中级人民法院", "沪02", "静安区"),
]

ADDR_CODES = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
              "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151",
              "320582", "340824", "412727", "330381", "510722"]
ROADS = ["浦东南路", "张杨路", "沪闵路", "莘庄镇莘北路", "漕溪北路", "中山南一路", "延安西路", "长寿路",
         "曹杨路", "四平路", "殷高路", "共和新路", "嘉定镇博乐路", "松江新城人民北路", "青浦区公园路", "南桥镇解放东路"]

DIGITS = "〇一二三四五六七八九"


def check_char(first17: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=False)) % 11]


def id_valid(idn: str) -> bool:
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return check_char(idn[:17]) == idn[17]


def make_id(rng: random.Random, birth: dt.date, male: bool) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    first = f"{rng.choice(ADDR_CODES)}{birth:%Y%m%d}{seq:03d}"
    return first + check_char(first)


class People:
    """Hands out distinct names inside one bundle."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def name(self) -> str:
        while True:
            n = self.rng.choice(SURNAMES) + "".join(
                self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2])))
            if n not in self.used:
                self.used.add(n)
                return n

    def person(self, birth_year: tuple[int, int], male: bool | None = None) -> dict:
        rng = self.rng
        if male is None:
            male = rng.random() < 0.6
        birth = dt.date(rng.randint(*birth_year), rng.randint(1, 12), rng.randint(1, 28))
        return {"name": self.name(), "male": male, "birth": birth, "id": make_id(rng, birth, male),
                "addr": f"上海市{rng.choice(ROADS)}{rng.randint(1, 1999)}弄{rng.randint(1, 60)}号{rng.randint(101, 2202)}室"}


def cn_date(d: dt.date) -> str:
    y = "".join(DIGITS[int(c)] for c in str(d.year))
    return f"{y}年{cn_num(d.month)}月{cn_num(d.day)}日"


def cn_num(n: int) -> str:
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    return DIGITS[n // 10] + "十" + (DIGITS[n % 10] if n % 10 else "")


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def workday_on_or_after(d: dt.date) -> dt.date:
    while not chinese_calendar.is_workday(d):
        d += dt.timedelta(days=1)
    return d


def add_workdays(d: dt.date, n: int) -> dt.date:
    while n > 0:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


UNITS = "零壹贰叁肆伍陆柒捌玖"


def daxie(amount_fen: int) -> str:
    """Amount in 大写, e.g. 壹拾贰万叁仟肆佰伍拾陆元柒角捌分."""
    yuan, fen = divmod(amount_fen, 100)
    jiao, fen = divmod(fen, 10)
    out = _int_daxie(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += UNITS[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += UNITS[fen] + "分"
    return out


def _int_daxie(n: int) -> str:
    def four(x: int) -> str:
        s, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            dgt = x // div % 10
            if dgt:
                if zero:
                    s += "零"
                s += UNITS[dgt] + unit
                zero = False
            elif s:
                zero = True
        return s
    parts = []
    hi, lo = divmod(n, 10000)
    yi, wan = divmod(hi, 10000)
    if yi:
        parts.append(four(yi) + "亿")
    if wan:
        if yi and wan < 1000:
            parts.append("零")
        parts.append(four(wan) + "万")
    if lo:
        if (yi or wan) and lo < 1000:
            parts.append("零")
        parts.append(four(lo))
    return "".join(parts)


def yuan(amount_fen: int) -> str:
    return f"{amount_fen // 100}.{amount_fen % 100:02d}"


def comma(amount_fen: int) -> str:
    return f"{amount_fen // 100:,}.{amount_fen % 100:02d}"


def spaced_id(idn: str) -> str:
    return f"{idn[:6]} {idn[6:14]} {idn[14:]}"
