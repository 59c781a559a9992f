"""Fake people, companies and real courts for the bundles.

Every person is invented: names are drawn from common surnames and given-name
characters, ID numbers are built to GB 11643-1999 (valid check digit unless a
bundle's defect says otherwise) on real area codes of the court's region.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def check_char(first17: str) -> str:
    """GB 11643 check character of the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=False))
    return _CHECK[total % 11]


def id_number(area: str, birth: dt.date, seq: int, male: bool) -> str:
    """An 18-character citizen ID: area, birth date, sequence (odd male), check."""
    if (seq % 2 == 1) != male:
        seq += 1
    seq %= 1000
    if seq == 0:
        seq = 2 if not male else 1
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + check_char(body)


def broken_check(number: str) -> str:
    """The same number with a wrong check character (a typing slip)."""
    good = number[-1]
    for alt in "7305X1":
        if alt != good:
            return number[:-1] + alt
    raise AssertionError


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏飞鑫宇浩凯晨瑶婷雪琳晓东海波斌宁建国志云峰辉亮俊文博慧颖佳欣嘉怡梦诗雯睿泽轩昊然航远卫兵春梅秋菊德福荣祥"

COMPANY_HEADS = ["鸿嘉", "瑞丰", "恒信", "金穗", "华泓", "亿禾", "盛邦", "润泽", "佳骏", "联拓", "丰茂", "弘毅"]
COMPANY_TAILS = ["建材有限公司", "小额贷款有限公司", "融资租赁有限公司", "装饰工程有限公司", "商贸有限公司", "物业管理有限公司", "劳务派遣有限公司", "汽车销售服务有限公司"]


def person_name(rng: random.Random) -> str:
    """A two- or three-character name."""
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def company_name(rng: random.Random, city: str) -> str:
    """An invented company of the court's city."""
    return f"{city}{rng.choice(COMPANY_HEADS)}{rng.choice(COMPANY_TAILS)}"


@dataclass(frozen=True)
class Court:
    """A real court with its case-number code (法〔2015〕137号) and the fund office it writes to."""

    name: str
    code: str          # 沪0115
    old: str           # the pre-2016 abbreviation, e.g. 浦
    city: str          # for invented companies and addresses
    areas: tuple[str, ...]  # ID area codes of people living there
    office: str        # addressee at the fund centre
    bank: str          # where the court's 执行款专户 is held
    street: str


SHANGHAI_COURTS = [
    Court("上海市浦东新区人民法院", "沪0115", "浦", "上海", ("310115", "310110"), "上海市公积金管理中心浦东管理部", "中国农业银行上海浦东分行", "浦东新区丁香路611号"),
    Court("上海市闵行区人民法院", "沪0112", "闵", "上海", ("310112", "310104"), "上海市公积金管理中心闵行管理部", "中国工商银行上海市闵行支行", "闵行区沪闵路6258号"),
    Court("上海市徐汇区人民法院", "沪0104", "徐", "上海", ("310104", "310101"), "上海市公积金管理中心徐汇管理部", "中国建设银行上海徐汇支行", "徐汇区南丹东路80号"),
    Court("上海市杨浦区人民法院", "沪0110", "杨", "上海", ("310110", "310109"), "上海市公积金管理中心杨浦管理部", "交通银行上海杨浦支行", "杨浦区平凉路2081号"),
    Court("上海市宝山区人民法院", "沪0113", "宝", "上海", ("310113", "310107"), "上海市公积金管理中心宝山管理部", "上海农村商业银行宝山支行", "宝山区同济支路88号"),
    Court("上海市松江区人民法院", "沪0117", "松", "上海", ("310117", "310118"), "上海市公积金管理中心松江管理部", "中国银行上海市松江支行", "松江区西林北路1050号"),
    Court("上海市第一中级人民法院", "沪01", "沪一中", "上海", ("310105", "310112"), "上海市公积金管理中心长宁管理部", "中国工商银行上海市分行营业部", "长宁区虹桥路1200号"),
    Court("上海金融法院", "沪74", "沪金", "上海", ("310115", "310106"), "上海市公积金管理中心浦东管理部", "中国银行上海市分行", "浦东新区民生路1199号"),
    Court("江苏省昆山市人民法院", "苏0583", "昆", "昆山", ("320583",), "上海市公积金管理中心嘉定管理部", "中国农业银行昆山分行", "昆山市前进西路1588号"),
    Court("浙江省杭州市西湖区人民法院", "浙0106", "西", "杭州", ("330106", "330102"), "上海市公积金管理中心静安管理部", "杭州银行西湖支行", "西湖区文三路477号"),
    Court("安徽省合肥市蜀山区人民法院", "皖0104", "蜀", "合肥", ("340104",), "上海市公积金管理中心闵行管理部", "徽商银行合肥蜀山支行", "蜀山区潜山路2号"),
]

JIAOZUO_COURTS = [
    Court("河南省焦作市解放区人民法院", "豫0802", "解", "焦作", ("410802", "410811"), "焦作市住房公积金管理中心", "中国建设银行焦作解放路支行", "焦作市解放区民主南路"),
    Court("河南省焦作市中级人民法院", "豫08", "焦", "焦作", ("410802", "410803"), "焦作市住房公积金管理中心", "中国工商银行焦作分行", "焦作市山阳区人民路"),
    Court("河南省修武县人民法院", "豫0821", "修", "修武", ("410821",), "焦作市住房公积金管理中心修武县管理部", "中国农业银行修武县支行", "修武县七贤路"),
    Court("河南省沁阳市人民法院", "豫0882", "沁", "沁阳", ("410882",), "焦作市住房公积金管理中心沁阳市管理部", "中国银行沁阳支行", "沁阳市怀府路"),
    Court("河南省温县人民法院", "豫0825", "温", "温县", ("410825",), "焦作市住房公积金管理中心温县管理部", "河南温县农村商业银行", "温县子夏大街"),
    Court("河南省孟州市人民法院", "豫0883", "孟", "孟州", ("410883",), "焦作市住房公积金管理中心孟州市管理部", "中国邮政储蓄银行孟州市支行", "孟州市韩愈大街"),
    Court("河南省郑州市金水区人民法院", "豫0105", "金", "郑州", ("410105", "410802"), "焦作市住房公积金管理中心", "中原银行郑州金水支行", "郑州市金水区经三路"),
    Court("山西省晋城市城区人民法院", "晋0502", "城", "晋城", ("140502", "410883"), "焦作市住房公积金管理中心孟州市管理部", "晋城银行城区支行", "晋城市城区泽州路"),
]

STREETS = {
    "上海": ["浦东新区张杨路", "闵行区七宝镇漕宝路", "徐汇区龙华西路", "杨浦区长阳路", "宝山区友谊路", "松江区中山中路", "长宁区天山路", "静安区共和新路"],
    "焦作": ["焦作市解放区民主北路", "焦作市山阳区塔南路", "焦作市中站区冯封街道", "焦作市马村区待王街道"],
}


def address(rng: random.Random, city: str) -> str:
    """An invented street address with a house and room number."""
    streets = STREETS.get(city, [f"{city}市人民路", f"{city}市建设路", f"{city}市文化街"])
    return f"{rng.choice(streets)}{rng.randint(3, 999)}弄{rng.randint(1, 80)}号{rng.randint(101, 1802)}室"
