"""Fake people, IDs (GB 11643), courts, dates, amounts."""
import datetime as dt
import math

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN_M = "伟强磊军勇杰涛明超辉刚健斌波鹏华飞宇浩凯俊峰建国志文海洋成龙亮晨昊睿博远航嘉诚永春佳豪"
GIVEN_F = "芳娜敏静丽艳娟霞燕玲婷雪琳慧颖洁倩晶妍红梅兰云萍琴秀英霞丹晓蕾怡欣悦蓉瑶"
HOMO = {"伟": "玮", "强": "蔷", "磊": "垒", "军": "均", "杰": "洁", "涛": "滔", "明": "铭", "辉": "晖",
        "刚": "钢", "健": "建", "斌": "彬", "波": "博", "鹏": "朋", "华": "桦", "飞": "菲", "宇": "羽",
        "浩": "昊", "凯": "恺", "俊": "骏", "峰": "锋", "芳": "方", "娜": "纳", "敏": "民", "静": "靜",
        "丽": "莉", "艳": "燕", "娟": "鹃", "玲": "龄", "婷": "亭", "琳": "林", "慧": "惠", "颖": "影"}

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def check_char(first17):
    return CHK[sum(int(c) * w for c, w in zip(first17, W, strict=False)) % 11]


def id_valid(s):
    return len(s) == 18 and s[:17].isdigit() and check_char(s[:17]) == s[17]


def make_id(area, birth, male, rng):
    seq = rng.randrange(0, 100) * 10 + rng.randrange(0, 10)
    seq = (seq // 2) * 2 + (1 if male else 0)
    seq = max(seq, 1 if male else 2)
    f = f"{area}{birth.strftime('%Y%m%d')}{seq % 1000:03d}"
    return f + check_char(f)


def alter_id(idn, rng):
    """another valid ID differing in the sequence digits"""
    while True:
        s = list(idn[:17])
        pos = rng.choice([14, 15])
        s[pos] = str((int(s[pos]) + rng.randrange(1, 9)) % 10)
        f = "".join(s)
        if f != idn[:17]:
            return f + check_char(f)


def make_name(rng, male, used):
    while True:
        g = GIVEN_M if male else GIVEN_F
        n = rng.choice(SURNAMES) + "".join(rng.choice(g) for _ in range(rng.choice([1, 2, 2])))
        if n not in used and len(set(n)) == len(n):
            used.add(n)
            return n


def mismatch_name(name, rng):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in HOMO:
            return name[:i] + HOMO[name[i]] + name[i + 1:]
    return name[:-1] + ("玮" if name[-1] != "玮" else "伟")


SH_COURTS = [("0101", "黄浦区", "二"), ("0104", "徐汇区", "一"), ("0105", "长宁区", "一"), ("0106", "静安区", "二"),
             ("0107", "普陀区", "二"), ("0109", "虹口区", "二"), ("0110", "杨浦区", "二"), ("0112", "闵行区", "一"),
             ("0113", "宝山区", "二"), ("0114", "嘉定区", "一"), ("0115", "浦东新区", "一"), ("0116", "金山区", "一"),
             ("0117", "松江区", "一"), ("0118", "青浦区", "一"), ("0120", "奉贤区", "一"), ("0151", "崇明区", "二")]
JZ_COURTS = [("0802", "解放区"), ("0803", "中站区"), ("0804", "马村区"), ("0811", "山阳区"), ("0821", "修武县"),
             ("0822", "博爱县"), ("0823", "武陟县"), ("0825", "温县"), ("0882", "沁阳市"), ("0883", "孟州市")]
SH_ROADS = ["浦东大道", "张杨路", "世纪大道", "漕溪北路", "虹桥路", "延安西路", "武宁路", "曲阳路", "控江路", "莘庄路", "友谊路", "城中路", "龙吴路", "石龙路", "新松江路", "青安路", "南桥路", "城桥镇八一路"]
JZ_ROADS = ["解放路", "民主路", "人民路", "塔南路", "丰收路", "焦东路", "建设路", "山阳路", "太行路", "迎宾路", "和平街", "站前路"]
VILLAGES = ["北孔村", "西小庄村", "东王村", "南张村", "后庄村", "大位村", "前进村", "新庄村"]


def court_info(pack, rng):
    if pack == "shanghai-2021":
        code, dist, inter = rng.choice(SH_COURTS)
        return dict(code="沪" + code, name=f"上海市{dist}人民法院", district=dist, area="31" + code,
                    appeal=f"上海市第{inter}中级人民法院", centre="上海市公积金管理中心",
                    office=f"上海市公积金管理中心{dist}管理部", phone=f"021-{rng.randrange(50000000, 69999999):d}",
                    bank=rng.choice(["中国工商银行上海市分行营业部", "中国建设银行上海市分行营业部", f"上海银行{dist[:2]}支行"]))
    code, dist = rng.choice(JZ_COURTS)
    name = ("焦作市%s人民法院" if dist.endswith("区") else "%s人民法院") % dist
    return dict(code="豫" + code, name=name, district=dist, area="41" + code, appeal="河南省焦作市中级人民法院",
                centre="焦作市住房公积金管理中心",
                office="焦作市住房公积金管理中心" + ("" if dist.endswith("区") else f"{dist}管理部"),
                phone=f"0391-{rng.randrange(2000000, 8999999):d}",
                bank=rng.choice(["中国工商银行焦作分行", "中国建设银行焦作分行", f"焦作中旅银行{dist[:2]}支行"]))


def address(pack, court, rng):
    if pack == "shanghai-2021":
        return (f"上海市{court['district']}{rng.choice(SH_ROADS)}{rng.randrange(10, 999):d}弄"
                f"{rng.randrange(1, 40):d}号{rng.choice([101, 202, 301, 402, 503, 604, 1102]):d}室")
    d = court["district"]
    if d.endswith("区"):
        return (f"河南省焦作市{d}{rng.choice(JZ_ROADS)}{rng.randrange(1, 300):d}号院"
                f"{rng.randrange(1, 12):d}号楼{rng.randrange(1, 4):d}单元{rng.randrange(101, 1802):d}号")
    return (f"河南省{d}{rng.choice(['城关', '西陶', '大封', '王召', '紫陵', '赵堡'])}镇"
            f"{rng.choice(VILLAGES)}{rng.randrange(1, 200):d}号")


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randrange(0, (hi - lo).days + 1))


def person(rng, pack, court, used, male=None, born=(1978, 1995), birth=None):
    if male is None:
        male = rng.random() < 0.6
    if birth is None:
        birth = rand_date(rng, dt.date(born[0], 1, 1), dt.date(born[1], 12, 28))
    return dict(name=make_name(rng, male, used), male=male, birth=birth,
                id=make_id(court["area"], birth, male, rng), addr=address(pack, court, rng),
                nation=rng.choice(["汉族"] * 9 + ["回族"]))


def retirement_month(birth, male, base=None):
    """DOMAIN.md: 2025 reform. returns (year, month) of retirement."""
    if base is None:
        base = 60 if male else 55
    step, cap = (4, 36) if base in (60, 55) else (2, 60)
    n = (birth.year + base - 2025) * 12 + birth.month
    delay = 0 if n <= 0 else min(math.ceil(n / step), cap)
    m = birth.month + base * 12 + delay - 1
    return birth.year + m // 12, m % 12 + 1


CN = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d):
    return "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d):
    return f"{d.year:d}年{d.month:d}月{d.day:d}日"


DIG = "零壹贰叁肆伍陆柒捌玖"
UNITS = ["", "拾", "佰", "仟"]


def _four(n):
    s, zero = "", False
    for i in range(3, -1, -1):
        d = n // (10 ** i) % 10
        if d == 0:
            zero = bool(s)
        else:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + UNITS[i]
    return s


def daxie(amount):
    """amount: str '12345.67' -> 壹万贰仟叁佰肆拾伍元陆角柒分"""
    yuan, frac = amount.split(".")
    y = int(yuan)
    jiao, fen = int(frac[0]), int(frac[1])
    if y == 0:
        s = ""
    else:
        yi, wan, ge = y // 10**8, y // 10**4 % 10**4, y % 10**4
        s = ""
        if yi:
            s += _four(yi) + "亿"
        if wan:
            if yi and wan < 1000:
                s += "零"
            s += _four(wan) + "万"
        elif yi and ge:
            s += "零"
        if ge:
            if (yi or wan) and ge < 1000 and not s.endswith("零"):
                s += "零"
            s += _four(ge)
        s += "元"
    if jiao == 0 and fen == 0:
        return (s or "零元") + "整"
    if jiao:
        s += DIG[jiao] + "角"
    elif y:
        s += "零"
    if fen:
        s += DIG[fen] + "分"
    return s


def money(v):
    return f"{v:.2f}"


def money_print(s, rng, commas=None):
    if commas is None:
        commas = rng.random() < 0.5
    y, f = s.split(".")
    if commas:
        y = f"{int(y):,}"
    return y + "." + f
