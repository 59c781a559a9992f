"""Fake people, courts, case numbers and money for the sample bundles.

Everything here is drawn at random from small lists so that no real person is ever
described, yet every value is plausible: ID numbers carry a valid GB 11643 check digit
and a real administrative-division prefix, and case numbers use the court code of the
court that issues them, so a bundle can be checked for consistency like a real one.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴孔汤"
)
GIVEN_CHARS = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力兰云鹏宇浩凯俊晨欣怡佳琳雪梅"
    "海波斌峰宁亮飞鑫晓慧颖蕾思源嘉豪子涵志国庆春秋雨泽瑞祥德福安康永立新"
)
STREETS = ["张杨路", "世纪大道", "浦东南路", "东方路", "漕溪北路", "龙华中路", "莘庄路", "虹梅路", "中山南路",
           "淮海中路", "民生路", "沪南公路", "川沙路", "七莘路", "肇嘉浜路"]
JZ_STREETS = ["解放中路", "民主南路", "人民路", "塔南路", "丰收路", "焦东路", "建设路", "山阳路", "太行路",
              "迎宾路", "新华街", "和平街"]
COMPANY_WORDS = ["恒盛", "鑫源", "华泰", "宏达", "瑞丰", "金桥", "永信", "东升", "佳和", "明远", "安顺",
                 "德润"]
COMPANY_TRADES = ["建材有限公司", "商贸有限公司", "小额贷款有限公司", "融资担保有限公司", "装饰工程有限公司",
                  "物业管理有限公司", "汽车销售服务有限公司"]

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


@dataclass(frozen=True)
class Court:
    """A court with its case-number code, the old short code and where it sits."""

    name: str
    code: str  # 沪0115, 沪01, 沪, 豫0802
    old_code: str  # used in pre-2016 numbers: 浦 -> (2014)浦执字第123号
    pack: str
    area_codes: tuple[str, ...]  # administrative division codes of residents it sees
    city: str  # address prefix, e.g. 上海市浦东新区
    bank: str  # where its enforcement account sits (fake branch names)


COURTS: tuple[Court, ...] = (
    Court("上海市浦东新区人民法院", "沪0115", "浦", "shanghai-2021", ("310115",), "上海市浦东新区",
          "上海浦东发展银行浦东分行营业部"),
    Court("上海市徐汇区人民法院", "沪0104", "徐", "shanghai-2021", ("310104",), "上海市徐汇区",
          "中国工商银行上海市徐汇支行"),
    Court("上海市闵行区人民法院", "沪0112", "闵", "shanghai-2021", ("310112",), "上海市闵行区",
          "中国建设银行上海闵行支行"),
    Court("上海市黄浦区人民法院", "沪0101", "黄", "shanghai-2021", ("310101",), "上海市黄浦区",
          "中国农业银行上海黄浦支行"),
    Court("上海市第一中级人民法院", "沪01", "沪一中", "shanghai-2021", ("310112", "310104", "310101"),
          "上海市长宁区", "中国银行上海市长宁支行"),
    Court("上海市高级人民法院", "沪", "沪高", "shanghai-2021", ("310115", "310101"), "上海市黄浦区",
          "中国工商银行上海市分行营业部"),
    Court("焦作市解放区人民法院", "豫0802", "解", "jiaozuo-2024", ("410802",), "河南省焦作市解放区",
          "中国建设银行焦作解放路支行"),
    Court("焦作市山阳区人民法院", "豫0811", "山", "jiaozuo-2024", ("410811",), "河南省焦作市山阳区",
          "中国工商银行焦作山阳支行"),
    Court("焦作市中站区人民法院", "豫0803", "站", "jiaozuo-2024", ("410803",), "河南省焦作市中站区",
          "中国农业银行焦作中站支行"),
    Court("修武县人民法院", "豫0821", "修", "jiaozuo-2024", ("410821",), "河南省焦作市修武县",
          "中国银行修武支行"),
    Court("焦作市中级人民法院", "豫08", "焦中", "jiaozuo-2024", ("410802", "410811", "410882"),
          "河南省焦作市山阳区", "中国建设银行焦作分行营业部"),
)

CENTRE_OFFICES = {
    "shanghai-2021": "上海市公积金管理中心",
    "jiaozuo-2024": "焦作市住房公积金管理中心",
}


def courts_of(pack: str) -> list[Court]:
    """The courts whose papers a pack's centre receives."""
    return [c for c in COURTS if c.pack == pack]


def court_by_code(code: str) -> Court:
    """Look a court up by its case-number code."""
    return next(c for c in COURTS if c.code == code)


def centre_addressee(court: Court) -> str:
    """The office a court writes to: Shanghai district offices, Jiaozuo's centre."""
    base = CENTRE_OFFICES[court.pack]
    if court.pack == "shanghai-2021" and court.city.startswith("上海市") and court.city.endswith("区"):
        return base + court.city.removeprefix("上海市") + "管理部"
    return base


def fake_name(rng: random.Random) -> str:
    """A two- or three-character name from common surnames and given-name characters."""
    given = "".join(rng.sample(GIVEN_CHARS, rng.choice((1, 2, 2, 2))))
    return rng.choice(SURNAMES) + given


def distinct_names(rng: random.Random, n: int) -> list[str]:
    """n different names, so no two roles in one bundle are confused."""
    out: list[str] = []
    while len(out) < n:
        name = fake_name(rng)
        if name not in out:
            out.append(name)
    return out


def id_check_digit(first17: str) -> str:
    """GB 11643-1999 check character of the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_is_valid(id_number: str) -> bool:
    """True when an 18-character ID number's check character matches."""
    if len(id_number) != 18 or not id_number[:17].isdigit():
        return False
    return id_check_digit(id_number[:17]) == id_number[17]


def make_id(rng: random.Random, area: str, birth: dt.date, male: bool) -> str:
    """An ID number: area, birth date, sequence (odd for men), check digit."""
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_digit(first17)


def misprint_check_digit(id_number: str) -> str:
    """The same ID with a wrong check character, as a typist's slip would leave it."""
    good = id_number[17]
    wrong = next(c for c in "3579X0" if c != good)
    return id_number[:17] + wrong


@dataclass
class Person:
    """A natural person as a ruling describes them."""

    name: str
    male: bool
    birth: dt.date
    id_number: str
    address: str
    ethnicity: str = "汉族"

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"


def fake_person(rng: random.Random, court: Court, name: str, birth_years: tuple[int, int]) -> Person:
    """A resident of the court's area, born within birth_years."""
    male = rng.random() < 0.55
    birth = dt.date(rng.randint(*birth_years), rng.randint(1, 12), rng.randint(1, 28))
    area = rng.choice(court.area_codes)
    streets = JZ_STREETS if court.pack == "jiaozuo-2024" else STREETS
    city = court.city if court.code[-1].isdigit() and len(court.code) > 3 else _city_of_area(area, court)
    street = rng.choice(streets)
    if court.pack == "jiaozuo-2024":
        address = (f"{city}{street}{rng.randint(1, 300)}号院{rng.randint(1, 20)}号楼"
                   f"{rng.randint(1, 6)}单元{rng.randint(101, 1802)}号")
    else:
        address = f"{city}{street}{rng.randint(1, 999)}弄{rng.randint(1, 60)}号{rng.randint(101, 1802)}室"
    return Person(name, male, birth, make_id(rng, area, birth, male), address)


def _city_of_area(area: str, court: Court) -> str:
    """Address prefix for an area code, for courts that serve several districts."""
    names = {"310115": "上海市浦东新区", "310104": "上海市徐汇区", "310112": "上海市闵行区",
             "310101": "上海市黄浦区", "410802": "河南省焦作市解放区", "410811": "河南省焦作市山阳区",
             "410882": "河南省沁阳市", "410803": "河南省焦作市中站区", "410821": "河南省焦作市修武县"}
    return names.get(area, court.city)


def fake_company(rng: random.Random, court: Court) -> str:
    """A fictitious company name in the court's city."""
    city = "上海" if court.pack == "shanghai-2021" else "焦作市"
    return city + rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_TRADES)


@dataclass(frozen=True)
class CaseNumber:
    """An enforcement case number (案号) in the 2016 form or the older 字第 form."""

    year: int
    court: Court
    kind: str  # 执, 执恢, 执保, 民初 ...
    seq: int
    old_form: bool = False

    def text(self, half_width: bool = False) -> str:
        """The printed form; half_width prints (2024) as some courts' systems do."""
        lp, rp = ("(", ")") if half_width else ("（", "）")
        if self.old_form:
            return f"{lp}{self.year}{rp}{self.court.old_code}{self.kind}字第{self.seq}号"
        return f"{lp}{self.year}{rp}{self.court.code}{self.kind}{self.seq}号"

    @property
    def canonical(self) -> str:
        """The contract's form: full-width parentheses, otherwise as printed."""
        return self.text(half_width=False)


def fake_case_number(rng: random.Random, court: Court, year: int, kind: str = "执",
                     old_form: bool = False) -> CaseNumber:
    """A case number of the given court and year."""
    seq = rng.randint(1, 99) if len(court.code) <= 3 else rng.randint(100, 9999)
    return CaseNumber(year, court, kind, seq, old_form)


def fake_amount(rng: random.Random, round_wan: bool = False) -> Decimal:
    """An amount in yuan with fen, or a round number of hundreds for the 万元 form."""
    if round_wan:
        return Decimal(rng.randint(10, 600) * 500)
    return Decimal(rng.randint(500_000, 40_000_000)) / Decimal(100)


def fake_digits(rng: random.Random, n: int) -> str:
    """n random digits, the first non-zero."""
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def fake_phone(rng: random.Random, pack: str) -> str:
    """A landline in the court's city."""
    area = "021" if pack == "shanghai-2021" else "0391"
    return f"{area}-{fake_digits(rng, 8 if area == '021' else 7)}"


@dataclass
class Officer:
    """An enforcement officer who carries a work ID and a duty certificate."""

    name: str
    title: str  # 执行员, 法官助理, 审判员
    work_id_no: str
    duty_cert_no: str
    male: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def fake_officers(rng: random.Random, court: Court, names: list[str]) -> list[Officer]:
    """Officers of the court; numbers follow the court code so they look local."""
    digits = "".join(ch for ch in court.code if ch.isdigit()) or "00"
    out = []
    for name in names:
        out.append(Officer(
            name=name,
            title=rng.choice(["执行员", "执行员", "法官助理", "审判员"]),
            work_id_no=f"{digits}{fake_digits(rng, 4)}",
            duty_cert_no=f"{court.code[0]}{fake_digits(rng, 7)}",
            male=rng.random() < 0.6,
        ))
    return out


def add_years(d: dt.date, years: int) -> dt.date:
    """Same day years later (28 Feb for 29 Feb)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)
