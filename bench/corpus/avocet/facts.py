"""People, ID numbers, retirement ages, dates, amounts and Shanghai courts."""

from __future__ import annotations

import datetime as dt
import math
import random

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK = "10X98765432"


def check_char(first17: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def id_valid(idn: str) -> bool:
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return check_char(idn[:17]) == idn[17]


def make_id(area: str, birth: dt.date, male: bool, rng: random.Random) -> str:
    seq = rng.randrange(1, 500) * 2 + (1 if male else 0)
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first + check_char(first)


def retirement_date(birth: dt.date, male: bool, category: int = 55) -> dt.date:
    """Statutory retirement per the 2025 reform (DOMAIN.md). category: women's original age 50 or 55."""
    if male:
        base, step, cap = 60, 4, 36
    elif category == 55:
        base, step, cap = 55, 4, 36
    else:
        base, step, cap = 50, 2, 60
    n = (birth.year + base - 2025) * 12 + birth.month
    delay = 0 if n <= 0 else min(math.ceil(n / step), cap)
    months = (birth.year + base) * 12 + (birth.month - 1) + delay
    y, m = divmod(months, 12)
    day = min(birth.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m])
    return dt.date(y, m + 1, day)


def reached_statutory_age(birth: dt.date, male: bool, on: dt.date) -> bool:
    """True only when reached whatever a woman's category (the ID does not tell it)."""
    if male:
        return on >= retirement_date(birth, True)
    return on >= retirement_date(birth, False, 55) and on >= retirement_date(birth, False, 50)


def below_statutory_age(birth: dt.date, male: bool, on: dt.date) -> bool:
    """True only when not reached under any category."""
    if male:
        return on < retirement_date(birth, True)
    return on < retirement_date(birth, False, 50) and on < retirement_date(birth, False, 55)


# ---------------------------------------------------------------- names

SURNAMES = (
    "张王李赵刘陈杨黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴莫孔汤"
)
GIVEN_M = "伟强磊军勇杰涛明超辉刚健斌波宇浩凯鹏建国华忠德文海峰志平东亮俊晨一鸣立新永嘉诚荣昌"
GIVEN_F = "芳娟敏静丽艳娜秀英华玲萍红燕霞婷雪琳晶洁颖慧琴云兰凤梅珍莉倩蓉佳怡雯瑾"

SH_AREAS = ("310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
            "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310230")
OTHER_AREAS = ("320102", "320583", "330106", "340524", "341204", "360102", "410881", "420106",
               "430104", "510107", "370203", "350102")

ROADS = ("浦东南路", "张杨路", "中山北路", "虹桥路", "漕溪北路", "四平路", "长寿路", "天山路", "共和新路",
         "沪闵路", "吴中路", "曹安公路", "南京西路", "肇嘉浜路", "延安西路", "大连路", "周家嘴路", "陆家浜路",
         "松汇中路", "城中路", "金山大道", "南桥路", "公园路", "淞宝路")

DISTRICTS = {
    "310101": "黄浦区", "310104": "徐汇区", "310105": "长宁区", "310106": "静安区", "310107": "普陀区",
    "310109": "虹口区", "310110": "杨浦区", "310112": "闵行区", "310113": "宝山区", "310114": "嘉定区",
    "310115": "浦东新区", "310116": "金山区", "310117": "松江区", "310118": "青浦区", "310120": "奉贤区",
    "310230": "崇明区",
}


class Names:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def person(self, male: bool) -> str:
        pool = GIVEN_M if male else GIVEN_F
        while True:
            n = self.rng.choice(SURNAMES)
            n += self.rng.choice(pool) if self.rng.random() < 0.35 else self.rng.choice(pool) + self.rng.choice(pool)
            if n not in self.used and len(set(n[1:])) == len(n[1:]):
                self.used.add(n)
                return n


class Person:
    def __init__(self, name: str, male: bool, birth: dt.date, id_number: str, address: str, ethnic: str = "汉族"):
        self.name, self.male, self.birth, self.id_number, self.address, self.ethnic = (
            name, male, birth, id_number, address, ethnic)

    @property
    def sex(self) -> str:
        return "男" if self.male else "女"


def make_person(names: Names, rng: random.Random, male: bool, birth: dt.date, local: bool = True) -> Person:
    area = rng.choice(SH_AREAS) if local or rng.random() < 0.3 else rng.choice(OTHER_AREAS)
    idn = make_id(area, birth, male, rng)
    dist = rng.choice(list(DISTRICTS.values()))
    addr = f"上海市{dist}{rng.choice(ROADS)}{rng.randint(2, 1999)}弄{rng.randint(1, 60)}号{rng.randint(101, 2402)}室"
    return Person(names.person(male), male, birth, idn, addr)


def birth_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


# ---------------------------------------------------------------- courts

# (code, court name, fund-centre office the notice is addressed to, bank branch)
COURTS = [
    ("沪0101", "上海市黄浦区人民法院", "黄浦区", "中国工商银行上海市黄浦支行"),
    ("沪0104", "上海市徐汇区人民法院", "徐汇区", "中国建设银行上海徐汇支行"),
    ("沪0105", "上海市长宁区人民法院", "长宁区", "中国农业银行上海长宁支行"),
    ("沪0106", "上海市静安区人民法院", "静安区", "交通银行上海静安支行"),
    ("沪0107", "上海市普陀区人民法院", "普陀区", "中国工商银行上海市普陀支行"),
    ("沪0109", "上海市虹口区人民法院", "虹口区", "中国银行上海市虹口支行"),
    ("沪0110", "上海市杨浦区人民法院", "杨浦区", "中国建设银行上海杨浦支行"),
    ("沪0112", "上海市闵行区人民法院", "闵行区", "上海农村商业银行闵行支行"),
    ("沪0113", "上海市宝山区人民法院", "宝山区", "中国工商银行上海市宝山支行"),
    ("沪0114", "上海市嘉定区人民法院", "嘉定区", "中国农业银行上海嘉定支行"),
    ("沪0115", "上海市浦东新区人民法院", "浦东新区", "中国建设银行上海浦东分行"),
    ("沪0116", "上海市金山区人民法院", "金山区", "上海农村商业银行金山支行"),
    ("沪0117", "上海市松江区人民法院", "松江区", "中国工商银行上海市松江支行"),
    ("沪0118", "上海市青浦区人民法院", "青浦区", "中国银行上海市青浦支行"),
    ("沪0120", "上海市奉贤区人民法院", "奉贤区", "中国农业银行上海奉贤支行"),
    ("沪0151", "上海市崇明区人民法院", "崇明区", "上海农村商业银行崇明支行"),
    ("沪01", "上海市第一中级人民法院", "长宁区", "中国工商银行上海市分行营业部"),
    ("沪02", "上海市第二中级人民法院", "静安区", "中国建设银行上海第二支行"),
]
FIN_COURT = ("沪74", "上海金融法院", "黄浦区", "交通银行上海分行营业部")

COMPANIES = ("上海恒顺商贸有限公司", "上海申达小额贷款股份有限公司", "上海锦程建筑劳务有限公司",
             "上海东方明珠物业管理有限公司", "上海浦江融资租赁有限公司", "上海嘉信汽车销售服务有限公司",
             "上海华润置业发展有限公司", "上海沪通典当有限公司")
BANKS = ("上海农村商业银行股份有限公司", "中国光大银行股份有限公司上海分行", "招商银行股份有限公司上海分行",
         "上海银行股份有限公司浦东分行")

# ---------------------------------------------------------------- text forms

CN_DIGIT = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return "零一二三四五六七八九"[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGIT[t]) + "十" + (CN_DIGIT[u] if u else "")


def cn_date(d: dt.date) -> str:
    return "".join(CN_DIGIT[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(cents: int) -> str:
    yuan, jiao, fen = cents // 100, (cents // 10) % 10, cents % 10
    s, zero, digits = "", False, str(yuan)
    L = len(digits)
    for i, ch in enumerate(digits):
        pos = L - 1 - i
        d = int(ch)
        if d == 0:
            zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += DX[d] + ("", "拾", "佰", "仟")[pos % 4]
        if pos in (4, 8) and int(digits[max(0, i - 3): i + 1]) != 0:
            s += "万" if pos == 4 else "亿"
    s = (s or "零") + "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += DX[jiao] + "角"
    elif yuan:
        s += "零"
    if fen:
        s += DX[fen] + "分"
    return s


def yuan(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


def plain(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def case_no(year: int, code: str, kind: str, num: int, half: bool = False) -> str:
    if half:
        return f"({year}){code}{kind}{num}号"
    return f"（{year}）{code}{kind}{num}号"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)
