"""Fake people and organisations: names drawn from common characters, never real persons."""

from __future__ import annotations

import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欣晨阳建国海峰志文荣翔德"
GIVEN_F = "芳娜敏静丽艳娟霞秀燕玲桂丹萍红琳雪莉倩婷颖慧佳琪梅兰凤洁蕾薇晶媛瑶"
COMPANY_HEAD = ["恒昌", "瑞丰", "锦程", "华鼎", "嘉禾", "鑫源", "拓宏", "润泽", "博远", "汇通", "东方永", "金桥", "长兴", "启明", "通达"]
COMPANY_TAIL = ["贸易有限公司", "建筑工程有限公司", "商贸有限公司", "装饰工程有限公司", "物流有限公司", "机电设备有限公司"]


def person_name(rng: random.Random, male: bool) -> str:
    pool = GIVEN_M if male else GIVEN_F
    given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.7 else "")
    return rng.choice(SURNAMES) + given


def company_name(rng: random.Random, city: str) -> str:
    return city + rng.choice(COMPANY_HEAD) + rng.choice(COMPANY_TAIL)


def uscc(rng: random.Random, area: str) -> str:
    """A 统一社会信用代码-shaped string (not checked by anyone; printed on unit queries)."""
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return f"91{area}{tail}"
