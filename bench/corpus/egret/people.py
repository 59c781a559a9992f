"""Fake people, companies, vehicles and property for the egret corpus.

Every identifier is synthetic but well formed (GB 11643 check digit for citizens,
GB 32100 check character for credit codes, ISO 3779 check digit for VINs), so that a
reader that validates them is exercised, not tripped, unless a scenario says otherwise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SURNAMES = "陈黄梁李何林罗吴冯邓谭苏叶钟卢欧曾彭严莫潘赖温邱麦"
GIVEN = "志强伟华俊杰家豪美玲秀英丽娟海燕国栋文辉建明桂芳锦华永康惠珍晓东少君嘉怡炳坤润发"

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def id_check(first17: str) -> str:
    """GB 11643-1999 check character of the first 17 digits."""
    return _ID_CHECK[sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True)) % 11]


@dataclass
class Person:
    """A natural person as courts describe them (sex and birth from the ID number)."""

    name: str
    id_number: str
    address: str

    @property
    def sex(self) -> str:
        return "男" if int(self.id_number[16]) % 2 else "女"

    @property
    def birth(self) -> str:
        n = self.id_number
        return f"{n[6:10]}年{int(n[10:12])}月{int(n[12:14])}日"


AREAS = {
    "445302": ("云浮市云城区", ["云城街道兴云西路", "河口街道建设路", "高峰街道环市东路"]),
    "445303": ("云浮市云安区", ["六都镇平安路", "石城镇永安路"]),
    "445381": ("罗定市", ["罗城街道振华路", "附城街道龙华中路", "素龙街道大岗村"]),
    "445321": ("新兴县", ["新城镇东堤北路", "六祖镇龙山村"]),
    "445322": ("郁南县", ["都城镇郁南大道", "南江口镇北街"]),
    "440106": ("广州市天河区", ["天河北路", "体育西路"]),
    "441202": ("肇庆市端州区", ["端州三路", "星湖大道"]),
}


def person(rng: random.Random, used: set[str], area: str | None = None) -> Person:
    """A fake person with a valid ID number and an address in the area code's district."""
    while True:
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        if name not in used:
            used.add(name)
            break
    code = area or rng.choice(list(AREAS))
    year = rng.randint(1962, 1998)
    first17 = f"{code}{year:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(10, 999):03d}"
    district, streets = AREAS[code]
    address = f"广东省{district}{rng.choice(streets)}{rng.randint(1, 188)}号"
    return Person(name, first17 + id_check(first17), address)


_CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(rng: random.Random, area: str = "445302") -> str:
    """A 统一社会信用代码 (GB 32100-2015) for a company registered in the area."""
    body = "9144" + area[2:] + "MA" + "".join(rng.choice(_CC_CHARS[:10] + "BCDEFGHJ") for _ in range(7))
    total = sum(_CC_CHARS.index(c) * w for c, w in zip(body, _CC_WEIGHTS, strict=True))
    return body + _CC_CHARS[(31 - total % 31) % 31]


COMPANY_WORDS = ["石材", "硫铁矿", "农业科技", "建材贸易", "物流", "不锈钢制品", "南药种植", "食品"]
COMPANY_PLACES = ["云浮市", "云浮市云安区", "罗定市", "新兴县", "郁南县"]


def company(rng: random.Random) -> str:
    """A fake limited company's name in the Yunfu area."""
    mark = rng.choice("鸿锦盛华丰泰润达恒兴隆")+rng.choice("业源发昌裕通宏信和")
    return f"{rng.choice(COMPANY_PLACES)}{mark}{rng.choice(COMPANY_WORDS)}有限公司"


_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
               **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
               **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A 17-character vehicle identification number with a valid check digit."""
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    raw = rng.choice(["LSV", "LFV", "LGB", "LBV", "LVS"]) + "".join(rng.choice(chars) for _ in range(14))
    raw = raw[:8] + "0" + raw[9:]
    total = sum(_VIN_VALUES[c] * w for c, w in zip(raw, _VIN_WEIGHTS, strict=True))
    check = total % 11
    return raw[:8] + ("X" if check == 10 else str(check)) + raw[9:]


def plate(rng: random.Random) -> str:
    """A Yunfu (粤W) number plate."""
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return "粤W·" + "".join(rng.choice(chars) for _ in range(5))


CAR_MODELS = ["大众牌SVW7148NSD小型轿车", "丰田牌GTM7250GB小型轿车", "本田牌DHW7153小型轿车",
              "五菱牌LZW6447小型普通客车", "东风牌DFL1160重型货车", "比亚迪牌BYD7005BEV纯电动轿车"]
