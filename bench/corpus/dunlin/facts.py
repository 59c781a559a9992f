"""Invented people, courts, numbers and dates for 焦作 bundles."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

import chinese_calendar

COURTS = [
    # (name, case-number code, address code of its district, centre's office it writes to)
    ("焦作市中级人民法院", "豫08", "410811", "焦作市住房公积金管理中心"),
    ("焦作市解放区人民法院", "豫0802", "410802", "焦作市住房公积金管理中心"),
    ("焦作市中站区人民法院", "豫0803", "410803", "焦作市住房公积金管理中心"),
    ("焦作市马村区人民法院", "豫0804", "410804", "焦作市住房公积金管理中心"),
    ("焦作市山阳区人民法院", "豫0811", "410811", "焦作市住房公积金管理中心"),
    ("修武县人民法院", "豫0821", "410821", "焦作市住房公积金管理中心修武县管理部"),
    ("博爱县人民法院", "豫0822", "410822", "焦作市住房公积金管理中心博爱县管理部"),
    ("武陟县人民法院", "豫0823", "410823", "焦作市住房公积金管理中心武陟县管理部"),
    ("温县人民法院", "豫0825", "410825", "焦作市住房公积金管理中心温县管理部"),
    ("沁阳市人民法院", "豫0882", "410882", "焦作市住房公积金管理中心沁阳市管理部"),
    ("孟州市人民法院", "豫0883", "410883", "焦作市住房公积金管理中心孟州市管理部"),
]
PLACES = {
    "410802": "焦作市解放区", "410803": "焦作市中站区", "410804": "焦作市马村区", "410811": "焦作市山阳区",
    "410821": "修武县", "410822": "博爱县", "410823": "武陟县", "410825": "温县", "410882": "沁阳市",
    "410883": "孟州市",
}
STREETS = ["人民路", "解放路", "塔南路", "丰收路", "民主路", "建设路", "焦东路", "山阳路", "太行路", "迎宾路",
           "文昌路", "和平街", "中原路", "健康路"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈姚卢崔钟谭陆汪范金石廖贾韦夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏飞斌宇浩凯健俊帆鑫淑珍海燕慧颖雪梅琳晶欣宁波峰亮永兴振东春雷立新建华秋菊金凤保民卫红爱萍"
COMPANIES = ["焦作市鑫源商贸有限公司", "河南恒达建设工程有限公司", "焦作中旅银行股份有限公司焦作分行",
             "焦作市兴隆小额贷款有限公司", "河南太行装饰工程有限公司", "焦作市宏远物资有限公司",
             "温县农村信用合作联社", "沁阳市华茂置业有限公司"]
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "租赁合同纠纷", "追偿权纠纷", "建设工程施工合同纠纷",
          "劳务合同纠纷", "信用卡纠纷"]
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_digit(first17: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def id_valid(idn: str) -> bool:
    return len(idn) == 18 and idn[:17].isdigit() and check_digit(idn[:17]) == idn[17]


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    id_number: str
    address: str
    ethnic: str = "汉族"


@dataclass
class Officer:
    name: str
    sex: str
    title: str  # 执行员 / 书记员 / 法官助理 / 审判员
    work_no: str
    duty_no: str
    birth_year: int


@dataclass
class Court:
    name: str
    code: str
    area: str
    addressee: str


@dataclass
class Facts:
    court: Court
    case_number: str
    basis_number: str
    cause: str
    respondent: Person
    applicant_name: str
    applicant_person: Person | None
    officers: list[Officer]
    account_number: str
    balance: Decimal
    amount: Decimal
    today: dt.date
    notice_date: dt.date
    ruling_date: dt.date
    phone: str
    bank_account: str
    extra: dict = field(default_factory=dict)


class Namer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def name(self) -> str:
        while True:
            n = self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2])))
            if n not in self.used:
                self.used.add(n)
                return n


def make_person(rng: random.Random, namer: Namer, area: str, birth_from: int, birth_to: int,
                sex: str | None = None) -> Person:
    sex = sex or rng.choice("男女")
    birth = dt.date(rng.randint(birth_from, birth_to), rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randint(1, 499) * 2 - (1 if sex == "男" else 0)
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    idn = first + check_digit(first)
    addr = f"河南省{PLACES[area]}{rng.choice(STREETS)}{rng.randint(1, 399)}号"
    if rng.random() < 0.5:
        addr += f"{rng.randint(1, 30)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 26)}0{rng.randint(1, 4)}室"
    return Person(namer.name(), sex, birth, idn, addr)


def workday_on_or_after(d: dt.date) -> dt.date:
    while not chinese_calendar.is_workday(d):
        d += dt.timedelta(days=1)
    return d


def workdays_before(d: dt.date, n: int) -> dt.date:
    while n > 0:
        d -= dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def period_end(start: dt.date, years: int = 0, months: int = 0) -> dt.date:
    """Last day of a period of so many years/months starting on start (e.g. 2026-03-05 + 1y -> 2027-03-04)."""
    m = start.month - 1 + months
    y = start.year + years + m // 12
    m = m % 12 + 1
    day = min(start.day, 28)
    return dt.date(y, m, day) - dt.timedelta(days=1) if start.day <= 28 else dt.date(y, m, 28)


CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def cn_date(d: dt.date) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


UPPER = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(amount: Decimal) -> str:
    cents = int((amount * 100).quantize(Decimal(1)))
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    units = ["", "拾", "佰", "仟"]
    def four(n: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += UPPER[d] + units[i]
        return s
    parts = []
    wan, rest = yuan // 10000, yuan % 10000
    if wan:
        parts.append(four(wan) + "万")
        if 0 < rest < 1000:
            parts.append("零")
    if rest:
        parts.append(four(rest))
    s = "".join(parts) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += UPPER[jiao] + "角"
    elif yuan:
        s += "零"
    if fen:
        s += UPPER[fen] + "分"
    else:
        s += "整"
    return s


def money(amount: Decimal, comma: bool = False) -> str:
    return f"{amount:,.2f}" if comma else f"{amount:.2f}"


def spaced_id(idn: str, style: int) -> str:
    if style == 1:
        return f"{idn[:6]} {idn[6:14]} {idn[14:]}"
    return idn
