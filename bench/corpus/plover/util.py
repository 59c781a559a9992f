"""Small pure helpers: ID numbers (GB 11643), names, dates and amounts in Chinese."""
import datetime as dt
from decimal import Decimal

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17):
    return CHECK[sum(int(c) * w for c, w in zip(first17, WEIGHTS, strict=True)) % 11]


def id_valid(idn):
    return len(idn) == 18 and idn[:17].isdigit() and check_char(idn[:17]) == idn[17]


def make_id(rng, area, birth, male):
    seq = rng.randrange(1, 499) * 2 + (1 if male else 0)
    head = f"{area}{birth:%Y%m%d}{seq:03d}"
    return head + check_char(head)


def id_birth(idn):
    return dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬斌鹏辉俊峰建国志文宇浩然子轩梓涵雨欣一诺晨曦思远嘉怡佳琪博文昊天心怡梦琪雪松海燕春梅秋菊立新卫东振华永强晓东丹丹亚楠"


def make_name(rng, used):
    while True:
        n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        if n not in used:
            used.add(n)
            return n


CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def cn_date(d):
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"


def ar_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


UPPER = "零壹贰叁肆伍陆柒捌玖"
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
            s += UPPER[d] + UNITS[i]
    return s


def daxie(amount):
    """Chinese capital amount: 壹拾贰万叁仟肆佰伍拾陆元柒角捌分 / …元整."""
    amount = Decimal(amount)
    yuan = int(amount)
    jiao = int(amount * 10) % 10
    fen = int(amount * 100) % 10
    parts = []
    yi, rest = divmod(yuan, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += _four(yi) + "亿"
    if wan:
        if out and wan < 1000:
            out += "零"
        out += _four(wan) + "万"
    elif out and ge:
        out += "零"
    if ge:
        if out and ge < 1000 and not out.endswith("零"):
            out += "零"
        out += _four(ge)
    if not out:
        out = "零"
    out += "元"
    parts.append(out)
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += UPPER[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += UPPER[fen] + "分"
    return out


def money(amount):
    """12,345.67 style as courts print it."""
    return f"{Decimal(amount):,.2f}"


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
