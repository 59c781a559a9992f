"""Fake people, courts and the numbers that identify them.

Everything here is invented except the courts' names and their administrative-division
codes, which must be real for a case number to look like one a court would print.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["建华", "秀兰", "志强", "桂芳", "海燕", "国庆", "红梅", "振宇", "晓东", "丽娟", "永刚", "春生", "淑珍", "新民", "玉梅", "德胜", "小军", "雅琴", "宏伟", "彩霞", "文博", "思远", "俊杰", "婉婷", "子涵", "浩然", "明轩", "欣怡", "少华", "金凤", "长青", "伟", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娜", "卫东", "爱国", "秋菊", "学军", "凤英", "广才", "满仓", "翠兰", "家豪", "梦瑶"]


def check_digit(first17: str) -> str:
    """GB 11643-1999 check character over the first 17 digits."""
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=False)) % 11]


def id_number(area: str, born: date, male: bool, rng: random.Random) -> str:
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    seq = max(seq, 2 if not male else 1)
    first = f"{area}{born:%Y%m%d}{seq:03d}"
    return first + check_digit(first)


def spoil_check_digit(idn: str) -> str:
    """The same number with a check character that does not verify."""
    good = idn[-1]
    for c in "0123456789X":
        if c != good and c != "X":
            return idn[:-1] + c
    raise AssertionError


def uscc(rng: random.Random, area: str) -> str:
    """A unified social credit code (GB 32100-2015) with a correct check character."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = "9" + "1" + area + "".join(rng.choice(alphabet) for _ in range(9))
    total = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=False))
    return body + alphabet[(31 - total % 31) % 31]


@dataclass
class Person:
    name: str
    male: bool
    born: date
    id_number: str
    address: str

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"


def person_name(rng: random.Random, used: set[str]) -> str:
    while True:
        name = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if name not in used:
            used.add(name)
            return name


def make_person(rng: random.Random, used: set[str], area: str, address: str,
                born: date | None = None, male: bool | None = None) -> Person:
    male = rng.random() < 0.55 if male is None else male
    if born is None:
        born = date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
    return Person(person_name(rng, used), male, born, id_number(area, born, male, rng), address)


@dataclass(frozen=True)
class Court:
    name: str           # full name as the court prints it
    code: str           # case-number court code, e.g. 豫0811
    city: str           # for the court's bank branch and addresses
    area: str           # division code for the parties' ID numbers
    street: str


JIAOZUO = [
    Court("河南省焦作市中级人民法院", "豫08", "焦作", "410802", "焦作市解放区人民路"),
    Court("河南省焦作市解放区人民法院", "豫0802", "焦作", "410802", "焦作市解放区焦东路"),
    Court("河南省焦作市中站区人民法院", "豫0803", "焦作", "410803", "焦作市中站区冯封街道"),
    Court("河南省焦作市马村区人民法院", "豫0804", "焦作", "410804", "焦作市马村区待王街道"),
    Court("河南省焦作市山阳区人民法院", "豫0811", "焦作", "410811", "焦作市山阳区塔南路"),
    Court("河南省修武县人民法院", "豫0821", "焦作", "410821", "修武县城关镇"),
    Court("河南省博爱县人民法院", "豫0822", "焦作", "410822", "博爱县清化镇"),
    Court("河南省武陟县人民法院", "豫0823", "焦作", "410823", "武陟县木城镇"),
    Court("河南省温县人民法院", "豫0825", "焦作", "410825", "温县温泉街道"),
    Court("河南省沁阳市人民法院", "豫0882", "焦作", "410882", "沁阳市覃怀街道"),
    Court("河南省孟州市人民法院", "豫0883", "焦作", "410883", "孟州市河阳街道"),
    Court("河南省郑州市金水区人民法院", "豫0105", "郑州", "410105", "郑州市金水区经三路"),
]

SHANGHAI = [
    Court("上海市第一中级人民法院", "沪01", "上海", "310112", "上海市闵行区七莘路"),
    Court("上海市徐汇区人民法院", "沪0104", "上海", "310104", "上海市徐汇区漕溪北路"),
    Court("上海市静安区人民法院", "沪0106", "上海", "310106", "上海市静安区新闸路"),
    Court("上海市普陀区人民法院", "沪0107", "上海", "310107", "上海市普陀区长寿路"),
    Court("上海市杨浦区人民法院", "沪0110", "上海", "310110", "上海市杨浦区控江路"),
    Court("上海市闵行区人民法院", "沪0112", "上海", "310112", "上海市闵行区沪闵路"),
    Court("上海市宝山区人民法院", "沪0113", "上海", "310113", "上海市宝山区友谊路"),
    Court("上海市松江区人民法院", "沪0117", "上海", "310117", "上海市松江区中山中路"),
    Court("上海市奉贤区人民法院", "沪0120", "上海", "310120", "上海市奉贤区南桥镇"),
]

INLAND = [
    Court("湖北省武汉市江岸区人民法院", "鄂0102", "武汉", "420102", "武汉市江岸区沿江大道"),
    Court("四川省成都市武侯区人民法院", "川0107", "成都", "510107", "成都市武侯区人民南路"),
    Court("陕西省西安市雁塔区人民法院", "陕0113", "西安", "610113", "西安市雁塔区小寨东路"),
    Court("湖南省长沙市岳麓区人民法院", "湘0104", "长沙", "430104", "长沙市岳麓区麓山南路"),
    Court("重庆市渝中区人民法院", "渝0103", "重庆", "500103", "重庆市渝中区中山三路"),
    Court("江西省南昌市东湖区人民法院", "赣0102", "南昌", "360102", "南昌市东湖区八一大道"),
    Court("安徽省合肥市蜀山区人民法院", "皖0104", "合肥", "340104", "合肥市蜀山区长江西路"),
    Court("山西省太原市小店区人民法院", "晋0105", "太原", "140105", "太原市小店区平阳路"),
    Court("贵州省贵阳市云岩区人民法院", "黔0103", "贵阳", "520103", "贵阳市云岩区中华北路"),
    Court("云南省昆明市五华区人民法院", "云0102", "昆明", "530102", "昆明市五华区人民中路"),
    Court("甘肃省兰州市城关区人民法院", "甘0102", "兰州", "620102", "兰州市城关区庆阳路"),
]

SH_OFFICES = ["徐汇管理部", "静安管理部", "普陀管理部", "杨浦管理部", "闵行管理部", "宝山管理部",
              "浦东管理部", "松江管理部", "奉贤管理部", "黄浦管理部"]

DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..31 in the way dates are written: 十, 十一, 二十一, 三十."""
    if n < 10:
        return DIGITS[n]
    tens, unit = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[unit] if unit else "")


def cn_date(d: date) -> str:
    return "".join(DIGITS[int(c)] for c in str(d.year)) + "年" + cn_number(d.month) + "月" + cn_number(d.day) + "日"


def ar_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


UNITS = "元拾佰仟万拾佰仟亿"
UPPER = "零壹贰叁肆伍陆柒捌玖"


def upper_amount(cents: int) -> str:
    """人民币大写 for an amount in fen, e.g. 壹拾贰万叁仟肆佰伍拾陆元柒角捌分."""
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    digits = str(yuan)
    out = ""
    zero = False
    n = len(digits)
    for i, c in enumerate(digits):
        pos = n - 1 - i
        d = int(c)
        unit = UNITS[pos]
        if d == 0:
            if pos in (4, 8):   # 万 / 亿 keep their unit
                out += unit if not out.endswith(("万", "亿")) else ""
                zero = False
            elif pos == 0:
                out += "元"
            else:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        out += UPPER[d] + unit
    if yuan == 0:
        out = ""
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += UPPER[jiao] + "角"
    elif yuan:
        out += "零"
    if fen:
        out += UPPER[fen] + "分"
    return out


def money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def money_commas(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def period_end(start: date, years: int) -> date:
    """The last day of a period of whole years that starts on `start`."""
    return add_years(start, years) - timedelta(days=1)
