"""The texts of a bundle's papers, written after the SPC's printed execution forms.

协助执行通知书 (title, 文号, addressee, the items with the 被执行人's name, ID number, amount
in capitals and figures, the freeze period, then 联系人/承办人, date under the seal and a
回执 stub), 协助查询通知书, Jiaozuo's 查询单, 介绍信, 执行裁定书, a preservation 民事裁定书,
民事判决书 of each kind the deduction grounds need, and a 退休证明.
"""

from __future__ import annotations

import random
from decimal import Decimal

from .case import Case, Party
from .ids import ar_date, cn_date, daxie, xiaoxie
from .render import HEI, KAI, MING, Block, Paper

LAW = "《中华人民共和国民事诉讼法》"


def _b(kind: str, text: str = "", pt: float = 16.0, **kw) -> Block:
    return Block(kind, text, pt=pt, **kw)


def _who(p: Party, role: str, with_id: bool = True) -> str:
    if p.male is None:
        code = f"，统一社会信用代码{p.uscc}" if p.uscc else ""
        return f"{role}：{p.name}，住所地{p.address}{code}。"
    sex = "男" if p.male else "女"
    birth = f"，{ar_date(p.birth)}出生" if p.birth else ""
    idn = f"，公民身份号码{p.id_number}" if with_id and p.id_number else ""
    return f"{role}：{p.name}，{sex}{birth}，汉族{idn}，住{p.address}。"


def _money(c: Case, amt: Decimal | None = None) -> str:
    a = c.amount if amt is None else amt
    return f"{daxie(a)}（{xiaoxie(a, c.xiaoxie_style)}）"


def _resp_ref(c: Case) -> str:
    r = c.respondent
    role = "被申请人" if c.ground == "preservation" else "被执行人"
    return f"{role}{r.name}（公民身份号码：{r.id_number}）"


def _acct(c: Case) -> str:
    return f"（账号：{c.account_no}）" if c.account_no else ""


def _years(a, b) -> str:
    n = round(((b - a).days + 1) / 365.25)
    return "一二三四五六七八九十"[n - 1] + "年" if 1 <= n <= 10 else ""


def _head(c: Case, title: str, docno: str) -> list[Block]:
    return [_b("court", c.court.name, 20), _b("title", title, 22), _b("docno", docno), _b("left", f"{c.addressee}：")]


def _stub(c: Case, title: str) -> Block:
    return Block("stub", lines=[
        "^回执",
        f"{c.court.name}：",
        f"你院{c.case_no}{title}收悉，我单位已于    年  月  日按要求协助办理完毕。",
        ">协助执行单位（盖章）",
        ">经办人：            年    月    日",
    ], pt=12)


def _contacts(c: Case) -> list[str]:
    o = c.officers
    names = "、".join(x.name for x in o)
    return [f"<联系人：{o[0].name}    联系电话：{c.phone}", f"<承办人：{names}", c.court.name, cn_date(c.notice_date)]


def notice(c: Case, rng: random.Random, docno: str) -> Paper:
    """协助执行通知书 for freeze, renewal, unfreeze, deduction or (Jiaozuo) query."""
    a, r = c.applicant, c.respondent
    v = rng.choice([0, 2]) if c.action == "query" else rng.randrange(3)
    if c.ground == "preservation":
        pre = (f"本院受理的申请人{a.name}与被申请人{r.name}{c.cause}财产保全一案，根据本院{c.civil_no}民事裁定书，"
               f"依照{LAW}第一百零三条、第一百零六条之规定，请协助执行下列事项：")
    elif v == 0:
        pre = f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.cause}一案中，依照{LAW}第二百五十三条之规定，请协助执行下列事项："
    elif v == 1:
        pre = (f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.cause}一案中，根据本院{c.case_no}执行裁定书，"
               f"依照{LAW}第二百五十三条、第二百五十四条的规定，请你单位协助执行以下事项：")
    else:
        pre = (f"申请执行人{a.name}与被执行人{r.name}{c.cause}一案，本院作出的{c.civil_no}民事判决书已经发生法律效力。"
               f"因被执行人未履行生效法律文书确定的义务，依照{LAW}第二百五十三条之规定，请协助执行下列事项：")
    items: list[str] = []
    if c.action == "freeze":
        if c.notice_amount_text:
            items.append(f"冻结{_resp_ref(c)}在你中心的住房公积金个人账户{_acct(c)}内的资金{_money(c)}。")
        else:
            items.append(f"冻结{_resp_ref(c)}在你中心的住房公积金个人账户{_acct(c)}内的资金。")
        s, e = c.period
        yrs = _years(s, e) if e > s else ""
        items.append(f"冻结期限{('为' + yrs + '，') if yrs else ''}自{ar_date(s)}起至{ar_date(e)}止。")
        items.append("冻结期间，未经本院准许，不得为其办理该账户资金的提取、转移手续；冻结期满本院未办理续行冻结手续的，冻结自动解除。")
    elif c.action == "renew_freeze":
        s, e = c.period
        items.append(f"续行冻结{_resp_ref(c)}在你中心的住房公积金个人账户{_acct(c)}内的资金{_money(c)}。"
                     f"本院原冻结期限将于{ar_date(c.old_end)}届满。")
        items.append(f"续行冻结期限自{ar_date(s)}起至{ar_date(e)}止。")
    elif c.action == "unfreeze":
        items.append(f"解除对{_resp_ref(c)}在你中心的住房公积金个人账户{_acct(c)}内资金{_money(c)}的冻结。")
        items.append(f"原冻结依据为本院{c.case_no}执行裁定书及协助执行通知书。")
    elif c.action == "deduct":
        items.append(f"扣划{_resp_ref(c)}在你中心的住房公积金个人账户{_acct(c)}内的资金{_money(c)}，划至本院执行款专户。")
        h, n, bank = c.court_account
        items.append(f"户名：{h}；账号：{n}；开户行：{bank}。")
    elif c.action == "query":
        items.append(f"查询{_resp_ref(c)}在你中心的住房公积金账户信息，包括开户、缴存、余额、冻结及贷款担保情况。")
    else:
        raise ValueError(c.action)
    nums = "一二三四五"
    blocks = [*_head(c, "协助执行通知书", docno), _b("para", pre)]
    blocks += [_b("para", f"{nums[i]}、{t}") for i, t in enumerate(items)]
    att = f"{c.civil_no}民事裁定书" if c.ground == "preservation" else f"{c.case_no}执行裁定书"
    if c.action != "query":
        blocks.append(_b("para", f"附：{att}一份"))
    blocks.append(Block("sign", lines=_contacts(c)))
    blocks.append(_stub(c, "协助执行通知书"))
    return Paper(blocks, c.court.name, body_face=rng.choice([MING, MING, KAI]))


def query_notice(c: Case, rng: random.Random, docno: str) -> Paper:
    """协助查询通知书 (Shanghai's offline query: it stands for the 介绍信)."""
    a, r = c.applicant, c.respondent
    if c.unit_query:
        what = (f"被执行人{r.name}（统一社会信用代码：{r.uscc}）在你中心的单位住房公积金缴存登记、"
                "缴存人数、缴存基数及欠缴情况。")
    else:
        what = f"被执行人{r.name}（公民身份号码：{r.id_number}）在你中心的住房公积金个人账户开户、缴存、余额、冻结及提取使用情况。"
    names = "、".join(o.name for o in c.officers)
    blocks = [*_head(c, "协助查询通知书", docno), _b("para", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.cause}一案中，依照{LAW}第二百五十三条之规定，请协助查询下列事项："), _b("para", what), _b("para", f"本院执行人员{names}持本通知书及工作证件前来办理，请予协助，并将查询结果书面回复本院。"), Block("sign", lines=_contacts(c)), _stub(c, "协助查询通知书")]
    return Paper(blocks, c.court.name, body_face=rng.choice([MING, KAI]))


def jz_query_form(c: Case, rng: random.Random) -> Paper:
    """焦作's 查询单: a table naming the person queried (seed 001 第3条 wants the ID on it)."""
    r = c.respondent
    offs = "、".join(f"{o.name}（工作证号{o.work_no}）" for o in c.officers)
    rows = [
        ("案    号", c.case_no),
        ("承办法院", c.court.name),
        ("被查询人", r.name),
        ("身份证号码", r.id_number if c.query_form_has_id else ""),
        ("查询事项", "住房公积金账户余额、缴存状态、冻结情况及住房公积金贷款、担保情况"),
        ("执行人员", offs),
        ("联系电话", c.phone),
        ("填单日期", ar_date(c.notice_date)),
    ]
    blocks = [_b("court", c.court.name, 20), _b("title", "住房公积金查询单", 22),
              _b("left", f"致：{c.addressee}"), Block("table", rows=rows, pt=15),
              Block("sign", lines=[c.court.name, cn_date(c.notice_date)])]
    return Paper(blocks, c.court.name, body_face=MING)


def intro_letter(c: Case, rng: random.Random) -> Paper:
    r = c.respondent
    o = c.officers
    names = "、".join(x.name for x in o)
    certs = "、".join(x.duty_no for x in o)
    blocks = [
        _b("court", c.court.name, 20), _b("title", "介绍信", 22),
        _b("docno", f"编号：{c.notice_date.year}-{rng.randrange(100, 2000):04d}"),
        _b("left", f"{c.addressee}："),
        _b("para", f"兹介绍我院执行人员{names}同志（执行公务证号：{certs}）前往你处，办理本院{c.case_no}"
                   f"申请执行人{c.applicant.name}与被执行人{r.name}{c.cause}一案中被执行人{r.name}"
                   f"（公民身份号码：{r.id_number}）住房公积金缴存情况的查询事宜，请予接洽并协助为盼。"),
        _b("left", "    此致"), _b("left", "敬礼"),
        Block("sign", lines=[c.court.name, cn_date(c.notice_date)]),
        _b("left", "（本介绍信有效期七日）", 12),
    ]
    return Paper(blocks, c.court.name, body_face=rng.choice([MING, KAI]))


_INVESTIGATED = [
    "本院通过网络执行查控系统对被执行人名下的银行存款、车辆、不动产、证券等财产进行了查询，并经实地调查，未发现被执行人有其他可供执行的财产。",
    "经本院依法对被执行人的财产状况进行调查，被执行人除住房公积金外，其名下其他财产不足以清偿全部执行标的。",
    "经财产调查，被执行人名下除本案所涉住房公积金外，暂无其他可供执行的财产。",
]


def _sign_ruling(c: Case, date) -> Block:
    return Block("sign", lines=[f"审 判 员  {c.judge}", f"法官助理  {c.officers[-1].name}", cn_date(date),
                                f"书 记 员  {c.clerk}"])


def ruling(c: Case, rng: random.Random, docno: str) -> Paper:
    """执行裁定书 (or, for a preservation freeze, the 财产保全 民事裁定书 under the 民初 number)."""
    a, r = c.applicant, c.respondent
    amt = c.ruling_amount if c.ruling_amount is not None else c.amount
    money = f"人民币{amt:,.2f}元" if amt is not None else ""
    if c.ground == "preservation":
        blocks = [_b("court", c.court.name, 20), _b("title", "民事裁定书", 22), _b("docno", c.civil_no),
                  _b("left", _who(a, "原告（申请人）")), _b("left", _who(r, "被告（被申请人）")),
                  _b("para", f"原告{a.name}与被告{r.name}{c.cause}一案，原告{a.name}于{ar_date(c.ruling_date)}向本院提出财产保全申请，"
                             f"请求冻结被告{r.name}名下价值{money}的财产，并已提供担保。"),
                  _b("para", f"本院经审查认为，申请人的申请符合法律规定。依照{LAW}第一百零三条、第一百零五条、第一百零六条第一款之规定，裁定如下："),
                  _b("para", f"冻结被告{r.name}名下银行存款、住房公积金等财产，以{money}为限。"),
                  _b("para", "案件申请费5000元，由申请人负担。"),
                  _b("para", "本裁定立即开始执行。如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次。复议期间不停止裁定的执行。"),
                  _sign_ruling(c, c.ruling_date)]
        return Paper(blocks, c.court.name, body_face=rng.choice([MING, KAI]))
    basis = "民事裁定书（先予执行）" if c.ground == "advance" else "民事判决书"
    body = [f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.cause}一案中，依据已经发生法律效力的{c.civil_no}{basis}，"
            f"于{ar_date(c.filed_date)}立案执行。本院向被执行人发出执行通知书，责令其履行生效法律文书确定的义务，但被执行人至今未履行。"]
    if c.action == "deduct":
        if c.ruling_states_investigation:
            body.append(rng.choice(_INVESTIGATED))
        if c.extra.get("ruling_names_ground"):
            body.append(c.extra["ruling_names_ground"])
        if c.ground == "advance":
            body.append(f"本案系依先予执行裁定申请执行，执行标的为{money}。")
    elif c.action == "renew_freeze":
        body.append(f"本院已冻结被执行人{r.name}名下住房公积金账户内的资金，冻结期限将于{ar_date(c.old_end)}届满，申请执行人申请续行冻结。")
    elif c.action == "unfreeze":
        body.append(rng.choice(["现被执行人已履行完毕生效法律文书确定的全部义务。", "申请执行人申请解除对被执行人住房公积金的冻结。"]))
    body.append(f"依照{LAW}第二百五十三条、第二百五十四条之规定，裁定如下：")
    acct = f"（账号：{c.account_no}）" if c.account_no else ""
    if c.action == "freeze":
        s, e = c.period
        amount_part = f"内的资金{money}" if amt is not None else "内的资金"
        measure = f"冻结被执行人{r.name}名下住房公积金个人账户{acct}{amount_part}，冻结期限自{ar_date(s)}起至{ar_date(e)}止。"
    elif c.action == "renew_freeze":
        s, e = c.period
        measure = f"续行冻结被执行人{r.name}名下住房公积金个人账户{acct}内的资金{money}，续行冻结期限自{ar_date(s)}起至{ar_date(e)}止。"
    elif c.action == "unfreeze":
        measure = f"解除对被执行人{r.name}名下住房公积金个人账户{acct}内资金{money}的冻结。"
    else:
        measure = f"扣划被执行人{r.name}名下住房公积金个人账户{acct}内的资金{money}。"
    blocks = [_b("court", c.court.name, 20), _b("title", "执行裁定书", 22), _b("docno", docno),
              _b("left", _who(a, "申请执行人")), _b("left", _who(r, "被执行人"))]
    blocks += [_b("para", t) for t in body]
    blocks += [_b("para", measure), _b("para", "本裁定立即生效。"), _sign_ruling(c, c.ruling_date)]
    return Paper(blocks, c.court.name, body_face=rng.choice([MING, KAI]))


def _intermediate(c: Case) -> str:
    n = c.court.name
    if n.startswith("上海市") and "中级" not in n:
        return "上海市第一中级人民法院" if c.court.code in ("沪0104", "沪0105", "沪0112", "沪0117", "沪0118", "沪0120") else "上海市第二中级人民法院"
    if "焦作" in n or (n.startswith("河南省") and "中级" not in n):
        return "河南省焦作市中级人民法院"
    city = n.split("省")[-1].split("市")[0] if "省" in n else ""
    prov = n.split("省")[0] + "省" if "省" in n else n[:3]
    return f"{prov}{city}市中级人民法院" if city else f"{prov}第一中级人民法院"


def judgment(c: Case, rng: random.Random) -> Paper:
    """The effective legal document the deduction rests on, worded after published judgments."""
    a, r = c.applicant, c.respondent
    amt = f"{c.amount:,.2f}"
    x = c.extra
    if c.ground == "advance":
        blocks = [_b("court", c.court.name, 20), _b("title", "民事裁定书", 22), _b("docno", c.civil_no),
                  _b("left", _who(a, "申请人（原告）", with_id=False)), _b("left", _who(r, "被申请人（被告）")),
                  _b("para", f"原告{a.name}与被告{r.name}{c.cause}一案，原告于诉讼中向本院申请先予执行，请求裁定被告先行给付抚养费。"),
                  _b("para", "本院认为，本案当事人之间权利义务关系明确，不先予执行将严重影响申请人的生活，申请人的申请符合法律规定。"
                             f"依照{LAW}第一百零九条、第一百一十条之规定，裁定如下："),
                  _b("para", f"被告{r.name}于本裁定送达之日起五日内先予给付原告{a.name}抚养费人民币{amt}元。"),
                  _b("para", "本裁定送达后立即执行。如不服本裁定，可以申请复议一次。复议期间不停止裁定的执行。"),
                  Block("sign", lines=[f"审 判 员  {c.judge}", cn_date(c.judgment_date), f"书 记 员  {c.clerk}"])]
        return Paper(blocks, c.court.name, body_face=MING)
    intro = (f"原告{a.name}与被告{r.name}{c.cause}一案，本院于{ar_date(x['filed'])}立案后，依法适用简易程序，公开开庭进行了审理。"
             f"原告{a.name}{'的法定代理人' + x['guardian'] if x.get('guardian') else ''}、被告{r.name}到庭参加诉讼。本案现已审理终结。")
    g = c.ground
    if g == "loan":
        claim = f"判令被告归还借款本金人民币{amt}元及逾期利息。"
        facts = (f"{ar_date(x['lent'])}，被告{r.name}因资金周转向原告{a.name}借款人民币{amt}元，并出具借条一份，约定于一年内归还。"
                 "借款到期后，经原告多次催讨，被告未予归还。")
        reason = "合法的借贷关系受法律保护。被告向原告借款后未按约定期限归还，应承担归还借款本金并支付逾期利息的民事责任。"
        order = [f"被告{r.name}于本判决生效之日起十日内归还原告{a.name}借款本金人民币{amt}元；",
                 "被告于本判决生效之日起十日内支付原告以上述本金为基数，自借款到期之日起至实际清偿之日止，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算的逾期利息。"]
        law = "《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条"
    elif g == "child_support":
        claim = "判令被告按月给付原告抚养费，并给付此前拖欠的抚养费。"
        facts = (f"原告{a.name}系被告{r.name}与{x['guardian']}之{'子' if a.male else '女'}。{x['guardian']}与被告于{x['divorce_year']}年离婚，"
                 f"原告随母亲{x['guardian']}共同生活。离婚后，被告未按约定支付原告的抚养费。")
        reason = ("父母对未成年子女有抚养、教育和保护的义务。离婚后，子女由一方直接抚养的，另一方应当负担部分或者全部抚养费。"
                  "结合原告的实际需要、被告的负担能力和当地的实际生活水平，本院酌定被告每月给付原告抚养费如下。")
        order = [f"被告{r.name}自{ar_date(x['from'])}起每月给付原告{a.name}抚养费人民币{x['monthly']}元，至原告年满十八周岁时止；",
                 f"被告{r.name}于本判决生效之日起十日内一次性给付原告{a.name}此前拖欠的抚养费共计人民币{amt}元。"]
        law = "《中华人民共和国民法典》第一千零六十七条、第一千零八十五条"
    elif g == "elder_support":
        claim = "判令被告每月支付原告赡养费，并支付此前拖欠的赡养费。"
        facts = (f"原告{a.name}现年{x['age']}岁，系被告{r.name}之{'父' if a.male else '母'}。原告年老体弱，无固定收入，"
                 "患有多种慢性疾病，需长期服药。被告作为子女，自前年起未再给付原告生活费用。")
        reason = "成年子女对父母负有赡养、扶助和保护的义务。成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，有要求成年子女给付赡养费的权利。"
        order = [f"被告{r.name}自本判决生效之日起每月十日前支付原告{a.name}赡养费人民币{x['monthly']}元；",
                 f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}拖欠的赡养费共计人民币{amt}元。"]
        law = "《中华人民共和国民法典》第二十六条、第一千零六十七条"
    elif g == "injury":
        items = x["items"]
        claim = f"判令被告赔偿原告医疗费、误工费、护理费、残疾赔偿金等各项损失共计人民币{amt}元。"
        facts = (f"{ar_date(x['accident'])}，被告{r.name}驾驶小型轿车行经{c.court.place}某路口时，与步行通过人行横道的原告{a.name}发生碰撞，"
                 "致原告受伤。经公安机关交通管理部门认定，被告负事故全部责任。原告伤后住院治疗，经司法鉴定，原告构成十级伤残。")
        reason = ("行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。本院对原告的各项损失核定如下："
                  + "、".join(f"{k}{v:,.2f}元" for k, v in items) + f"，以上合计{amt}元。被告车辆未投保商业保险，上述损失由被告赔偿。")
        order = [f"被告{r.name}于本判决生效之日起十日内赔偿原告{a.name}医疗费、误工费、护理费、残疾赔偿金等各项损失合计人民币{amt}元。"]
        law = "《中华人民共和国民法典》第一千一百六十五条、第一千一百七十九条、第一千二百零八条"
    elif g == "migrant_wages":
        claim = f"判令被告支付原告拖欠的劳务费人民币{amt}元。"
        facts = (f"原告{a.name}系农民工。{x['work_year']}年3月，被告{r.name}承包{c.court.place}某住宅小区的钢筋绑扎工程后，招用原告在该工地务工，"
                 f"约定按日计发劳务报酬。工程完工后，经双方结算，被告尚欠原告劳务费{amt}元，原告多次催讨未果。")
        reason = "原告为被告提供劳务，被告应当按照约定及时足额支付劳务报酬。被告拖欠农民工劳务费的行为，应予纠正。"
        order = [f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}劳务费人民币{amt}元。"]
        law = "《中华人民共和国民法典》第五百零九条、第五百七十七条，《保障农民工工资支付条例》第三条"
    else:
        raise ValueError(g)
    fee = max(50, int(c.amount) // 100)
    blocks = [_b("court", c.court.name, 20), _b("title", "民事判决书", 22), _b("docno", c.civil_no),
              _b("left", _who(a, "原告", with_id=False))]
    if x.get("guardian"):
        blocks.append(_b("left", f"法定代理人：{x['guardian']}，系原告之母。"))
    blocks += [_b("left", _who(r, "被告")), _b("para", intro),
               _b("para", f"原告{a.name}向本院提出诉讼请求：{claim}事实和理由：被告经催告后仍不履行，故诉至法院。"),
               _b("para", f"被告{r.name}辩称，对原告主张的事实无异议，但目前经济困难，无力一次性支付。"),
               _b("para", f"经审理查明：{facts}"), _b("para", f"本院认为，{reason}"),
               _b("para", f"依照{law}之规定，判决如下：")]
    blocks += [_b("para", f"{'一二三'[i]}、{t}") for i, t in enumerate(order)]
    blocks += [_b("para", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
               _b("para", f"案件受理费{fee}元，减半收取计{fee // 2}元，由被告{r.name}负担。"),
               _b("para", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{_intermediate(c)}。"),
               Block("sign", lines=[f"审 判 员  {c.judge}", cn_date(c.judgment_date), f"书 记 员  {c.clerk}"]),
               _b("left", "本件与原本核对无异", 12)]
    return Paper(blocks, c.court.name, body_face=rng.choice([MING, KAI]))


def retirement_proof(c: Case, rng: random.Random) -> Paper:
    """退休证明 from the person's former employer: a ground proof under seed 000 第三条（二）5."""
    r = c.respondent
    sex = "男" if r.male else "女"
    blocks = [_b("title", "退休证明", 22), _b("gap", pt=10),
              _b("para", f"兹证明{r.name}（{sex}，公民身份号码：{r.id_number}）原系我单位职工，已于{ar_date(c.retire_date)}"
                         "按国家规定办理退休手续，现按月领取基本养老金。"),
              _b("para", "特此证明。"),
              Block("sign", lines=[c.employer, cn_date(c.notice_date)])]
    return Paper(blocks, c.employer, body_face=KAI, title_face=HEI)
