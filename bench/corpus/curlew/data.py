"""Fake people, courts, numbers, dates and money words. Everything takes a random.Random."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def id_check(first17: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(first17, W, strict=False)) % 11]


def id_valid(idn: str) -> bool:
    return (len(idn) == 18 and idn[:17].isdigit() and idn[17] in "0123456789X"
            and id_check(idn[:17]) == idn[17])


SH_AREAS = ["310101", "310104", "310105", "310106", "310107", "310109", "310110", "310112",
            "310113", "310114", "310115", "310116", "310117", "310118", "310120", "310151"]
JZ_AREAS = ["410802", "410803", "410804", "410811", "410821", "410822", "410823", "410825",
            "410882", "410883"]
OTHER_AREAS = ["320102", "320506", "330106", "340104", "342401", "370202", "420106", "430104",
               "510107", "362502", "411302", "410105"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力荣鹏斌宇浩凯琳晨欣怡婷雪慧颖彬帆俊峰海波宁春燕志国庆兰凤梅松柏亮晓东旭阳瑞祥立新卫红光永福德庆佳")
COMPANIES = ["上海鸿澄商贸有限公司", "上海融屹实业有限公司", "上海锦岚建筑工程有限公司",
             "上海泊舟小额贷款有限公司", "焦作市恒嘉建材有限公司", "焦作市丰瑞农业科技有限公司",
             "河南豫通融资担保有限公司", "武陟县鑫源物流有限公司", "上海汇禾融资租赁有限公司"]
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "房屋租赁合同纠纷", "劳务合同纠纷",
          "机动车交通事故责任纠纷", "服务合同纠纷", "信用卡纠纷", "追偿权纠纷", "装饰装修合同纠纷"]
STREETS_SH = ["浦东新区张杨路", "闵行区虹梅南路", "徐汇区漕溪北路", "杨浦区控江路", "普陀区真北路",
              "宝山区牡丹江路", "松江区人民北路", "嘉定区城中路", "静安区共和新路", "青浦区公园路"]
STREETS_JZ = ["解放区民主南路", "山阳区塔南路", "中站区冯封街道", "马村区待王大道", "武陟县木城镇",
              "沁阳市怀府中路", "温县黄河路", "修武县云台大道", "博爱县清化镇", "孟州市韩愈大街"]

# court name, code, short addressee (district office) for the fund centre
SH_COURTS = [("上海市黄浦区人民法院", "沪0101", "黄浦"), ("上海市徐汇区人民法院", "沪0104", "徐汇"),
             ("上海市长宁区人民法院", "沪0105", "长宁"), ("上海市静安区人民法院", "沪0106", "静安"),
             ("上海市普陀区人民法院", "沪0107", "普陀"), ("上海市虹口区人民法院", "沪0109", "虹口"),
             ("上海市杨浦区人民法院", "沪0110", "杨浦"), ("上海市闵行区人民法院", "沪0112", "闵行"),
             ("上海市宝山区人民法院", "沪0113", "宝山"), ("上海市嘉定区人民法院", "沪0114", "嘉定"),
             ("上海市浦东新区人民法院", "沪0115", "浦东新区"), ("上海市松江区人民法院", "沪0117", "松江"),
             ("上海市青浦区人民法院", "沪0118", "青浦"), ("上海市奉贤区人民法院", "沪0120", "奉贤"),
             ("上海市第一中级人民法院", "沪01", "徐汇"), ("上海金融法院", "沪74", "浦东新区")]
JZ_COURTS = [("焦作市中级人民法院", "豫08"), ("焦作市解放区人民法院", "豫0802"),
             ("焦作市中站区人民法院", "豫0803"), ("焦作市马村区人民法院", "豫0804"),
             ("焦作市山阳区人民法院", "豫0811"), ("修武县人民法院", "豫0821"),
             ("博爱县人民法院", "豫0822"), ("武陟县人民法院", "豫0823"), ("温县人民法院", "豫0825"),
             ("沁阳市人民法院", "豫0882"), ("孟州市人民法院", "豫0883")]
OTHER_COURTS = [("上海市闵行区人民法院", "沪0112"), ("上海市宝山区人民法院", "沪0113"),
                ("江苏省苏州市姑苏区人民法院", "苏0508"), ("浙江省杭州市西湖区人民法院", "浙0106"),
                ("焦作市山阳区人民法院", "豫0811"), ("郑州市金水区人民法院", "豫0105"),
                ("武陟县人民法院", "豫0823"), ("上海市嘉定区人民法院", "沪0114")]


def person_name(r) -> str:
    g = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.7 else "")
    return r.choice(SURNAMES) + g


def make_id(r, areas, year_lo=1966, year_hi=1999, sex=None) -> tuple[str, dt.date, str]:
    area = r.choice(areas)
    birth = dt.date(r.randint(year_lo, year_hi), r.randint(1, 12), r.randint(1, 28))
    seq = r.randint(1, 499) * 2 - 1
    if sex == "女" or (sex is None and r.random() < 0.45):
        seq = seq - 1 if seq > 1 else 2
    s = "男" if seq % 2 else "女"
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first + id_check(first), birth, s


def case_no(r, year, code, kind, lo=100, hi=9999) -> str:
    return f"（{year}）{code}{kind}{r.randint(lo, hi)}号"


def halfwidth(cn: str) -> str:
    return cn.replace("（", "(").replace("）", ")")


def money(d: Decimal) -> str:
    return f"{d:.2f}"


def money_comma(d: Decimal) -> str:
    return f"{d:,.2f}"


DIG = "零壹贰叁肆伍陆柒捌玖"
U4 = ["", "拾", "佰", "仟"]
GU = ["", "万", "亿"]


def _four(g: int) -> str:
    s, zero, started = "", False, False
    for pos in (3, 2, 1, 0):
        d = g // 10 ** pos % 10
        if d == 0:
            if started:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + U4[pos]
            started = True
    return s


def daxie(amount: Decimal) -> str:
    cents = int((amount * 100).to_integral_value())
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    out = ""
    if yuan == 0:
        out = ""
    else:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        groups.reverse()
        need_zero = False
        for i, g in enumerate(groups):
            unit = GU[len(groups) - 1 - i]
            if g == 0:
                need_zero = bool(out)
                continue
            if out and (need_zero or g < 1000):
                out += "零"
            out += _four(g) + unit
            need_zero = False
        out += "元"
    if jiao == 0 and fen == 0:
        return (out or "零元") + "整"
    if jiao:
        out += DIG[jiao] + "角"
    elif out:
        out += "零"
    if fen:
        out += DIG[fen] + "分"
    return out


CN_D = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else CN_D[n]
    if n < 20:
        return "十" + CN_D[n - 10]
    return CN_D[n // 10] + "十" + (CN_D[n % 10] if n % 10 else "")


def cn_date(d: dt.date) -> str:
    return "".join(CN_D[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def period_end(start: dt.date, years: int) -> dt.date:
    return add_years(start, years) - dt.timedelta(days=1)


def fund_account(r, pack) -> str:
    if pack == "shanghai-2021":
        return str(r.randint(10, 99)) + "".join(str(r.randint(0, 9)) for _ in range(10))
    return "4108" + "".join(str(r.randint(0, 9)) for _ in range(11))


def phone(r, pack) -> str:
    if pack == "shanghai-2021":
        return f"021-{r.randint(5000, 6999)}{r.randint(1000, 9999)}"
    return f"0391-{r.randint(2000, 8999)}{r.randint(100, 999)}"
