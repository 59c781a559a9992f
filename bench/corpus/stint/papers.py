"""The wording of each paper, written after the Supreme People's Court's execution forms."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .common import ar_date, cn_date, comma, daxie, spaced_id
from .render import Block, Officer, Paper

FUND = "上海市公积金管理中心"


@dataclass
class Case:
    court: str
    code: str
    district: str
    case_no: str
    judg_no: str
    judg_court: str
    cause: str
    applicant: dict
    respondent: dict
    amount_fen: int
    account_no: str
    officers: list[Officer]
    judges: list[str]
    clerk: str
    notice_date: dt.date
    ruling_date: dt.date
    judgment_date: dt.date
    today: dt.date
    action: str
    ground: str  # retired, emigrated, support, injury, wages, rent, divorce, loan_case, lowincome, elder, none
    ground_place: str  # judgment_main, judgment_facts, judgment_reason, ruling, proof, none
    invest_place: str  # ruling, notice, other, none
    freeze_start: dt.date | None = None
    freeze_end: dt.date | None = None
    prior_start: dt.date | None = None
    prior_end: dt.date | None = None
    prior_no: str = ""
    state_account: bool = True
    query_id: bool = True
    bank: tuple[str, str, str] = ("", "", "")
    extra: dict = field(default_factory=dict)


def _party(p: dict, rng: random.Random, with_id: bool = True, spaced: bool = False) -> str:
    if p.get("org"):
        return f"{p['name']}，住所地上海市{p['addr']}。法定代表人{p['rep']}，{p['rep_title']}。"
    sex = "男" if p["male"] else "女"
    bits = [p["name"], sex, f"{ar_date(p['birth'])}出生", "汉族"]
    if with_id:
        idt = spaced_id(p["id"]) if spaced else p["id"]
        bits.append(rng.choice(["公民身份号码", "身份证号码", "居民身份证号码"]) + idt)
    bits.append("住" + p["addr"])
    return "，".join(bits) + "。"


def money(fen: int, rng: random.Random, style: int | None = None) -> str:
    style = rng.randrange(3) if style is None else style
    if style == 0:
        return f"人民币{daxie(fen)}（¥{comma(fen)}）"
    if style == 1:
        return f"人民币{comma(fen)}元"
    return f"{fen / 100:.2f}元（大写：人民币{daxie(fen)}）"


def dated(d: dt.date, rng: random.Random) -> str:
    return cn_date(d) if rng.random() < 0.7 else ar_date(d)


def header(c: Case, title: str, no: str, rng: random.Random) -> list[Block]:
    big = rng.choice([20, 22, 22, 24])
    blocks = [Block(c.court, "title", big, rng.choice(["song", "hei"])), Block(title, "title", big + 4, "hei")]
    if rng.random() < 0.5:
        blocks.append(Block("", "gap", 6))
    blocks.append(Block(no, "right" if rng.random() < 0.6 else "center", 15))
    return blocks


def fund_addressee(c: Case, rng: random.Random) -> str:
    return rng.choice([f"{FUND}{c.district}管理部：", f"{FUND}：", f"{FUND}{c.district}管理部："])


# ---------------------------------------------------------------- grounds

def ground_sentence(c: Case, where: str) -> str:
    r = c.respondent["name"]
    g = c.ground
    if g == "retired":
        yr = c.respondent["birth"].year + 60
        return f"另查明，被执行人{r}已于{yr}年办理退休手续，现按月领取基本养老金。"
    if g == "wages":
        return "本案执行标的系申请执行人追索的劳动报酬，属农民工工资。"
    if g == "support":
        return "本案执行标的为抚养费。"
    if g == "elder":
        return "本案执行标的为赡养费。"
    if g == "injury":
        return "本案执行标的系人身损害赔偿金。"
    if g == "rent":
        return "本案债务系被执行人租赁自住住房所欠付的房屋租金，涉及住房消费。"
    if g == "loan_case":
        return "本案系被执行人偿还住房公积金贷款本息的债务，涉及住房消费。"
    return ""


def investigation(c: Case, rng: random.Random) -> str:
    return rng.choice([
        "本院依法对被执行人的财产状况进行了调查，通过网络执行查控系统查询被执行人名下的银行存款、不动产、车辆、证券、网络资金等财产，"
        "未发现被执行人有其他可供执行的财产。",
        "经本院执行调查，被执行人名下除住房公积金外，无其他可供执行的财产。",
        "经本院依法调查，被执行人名下银行账户余额合计仅数百元，其他财产不足以清偿全部执行标的。",
    ])


# ---------------------------------------------------------------- 协助执行通知书

def assist_notice(c: Case, rng: random.Random) -> Paper:
    a, r = c.applicant["name"], c.respondent
    no = c.case_no
    blocks = header(c, "协助执行通知书", no, rng)
    blocks.append(Block(fund_addressee(c, rng), "left", 16))
    lead = rng.choice([
        f"本院在执行申请执行人{a}与被执行人{r['name']}{c.cause}一案中，",
        f"关于申请执行人{a}与被执行人{r['name']}{c.cause}一案，",
        f"申请执行人{a}与被执行人{r['name']}{c.cause}一案，",
    ])
    if c.action == "deduct":
        base = f"本院作出的{no}执行裁定书已经发生法律效力。" if not lead.startswith("本院在执行") else f"本院于{dated(c.ruling_date, rng)}作出{no}执行裁定书。"
        body = lead + base
        if c.invest_place == "notice":
            body += investigation(c, rng)
        if c.ground_place == "notice":
            body += ground_sentence(c, "notice")
        body += rng.choice(["依照《中华人民共和国民事诉讼法》的有关规定，请协助执行下列事项：",
                            "依照《中华人民共和国民事诉讼法》第二百五十三条的规定，请你单位协助执行以下事项："])
        blocks.append(Block(body))
        acct = f"（住房公积金账号：{c.account_no}）" if c.state_account else ""
        verb = rng.choice(["扣划", "划拨", "扣划"])
        blocks.append(Block(f"{verb}被执行人{r['name']}（{rng.choice(['公民身份号码', '身份证号'])}：{r['id']}）在你中心住房公积金账户{acct}"
                            f"内的住房公积金{money(c.amount_fen, rng)}，划至本院执行款专户。"))
        bn, bacct, bbank = c.bank
        blocks += [Block(f"户　名：{bn}", "left", 15), Block(f"账　号：{bacct}", "left", 15),
                   Block(f"开户行：{bbank}", "left", 15)]
    elif c.action in ("freeze", "renew_freeze"):
        body = lead + f"本院作出的{no}执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》的有关规定，请协助执行下列事项："
        blocks.append(Block(body))
        acct = f"（账号：{c.account_no}）" if c.state_account else ""
        s, e = c.freeze_start, c.freeze_end
        if c.action == "freeze":
            blocks.append(Block(f"冻结被执行人{r['name']}（身份证号码：{r['id']}）名下住房公积金账户{acct}内的资金"
                                f"{money(c.amount_fen, rng)}，冻结期限自{ar_date(s)}起至{ar_date(e)}止。"))
        else:
            blocks.append(Block(f"对本院{c.prior_no}协助执行通知书冻结的被执行人{r['name']}（身份证号码：{r['id']}）"
                                f"名下住房公积金账户{acct}内的资金{money(c.amount_fen, rng)}继续冻结（续行冻结）。"
                                f"原冻结期限至{ar_date(c.prior_end)}届满，续行冻结期限自{ar_date(s)}起至{ar_date(e)}止。"))
    elif c.action == "unfreeze":
        body = lead + f"本院作出的{no}之一执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》的有关规定，请协助执行下列事项："
        blocks.append(Block(body))
        acct = f"（账号：{c.account_no}）" if c.state_account else ""
        blocks.append(Block(f"解除对被执行人{r['name']}（身份证号码：{r['id']}）名下住房公积金账户{acct}的冻结"
                            f"（本院{c.prior_no}协助执行通知书冻结，冻结期限自{ar_date(c.prior_start)}起至{ar_date(c.prior_end)}止）。"))
    blocks.append(Block("", "gap", 8))
    ruling_no = f"{no}之一" if c.action == "unfreeze" else no
    blocks.append(Block(f"附：{ruling_no}执行裁定书一份", "left", 15))
    blocks.append(Block("", "gap", 28))
    blocks.append(Block(cn_date(c.notice_date), "sig", 15, anchor=True))
    blocks.append(Block("", "gap", 18))
    o = c.officers[0]
    blocks.append(Block(f"联系人：{o.name}　　联系电话：021-{rng.randint(5000, 6999)}{rng.randint(1000, 9999)}",
                        "left", 13, "kai"))
    if rng.random() < 0.5:
        blocks.append(Block("- - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "center", 10))
        blocks.append(Block("回　执", "center", 16, "hei"))
        blocks.append(Block(f"{c.court}：你院{no}协助执行通知书收到，我单位已于　　年　　月　　日协助执行完毕。", "para", 13))
        blocks.append(Block("（协助执行单位盖章）　　年　　月　　日", "right", 13))
    return Paper("assist_notice", blocks, court=c.court, label="协助执行通知书")


# ---------------------------------------------------------------- 执行裁定书

def ruling(c: Case, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    no = f"{c.case_no}之一" if c.action == "unfreeze" else c.case_no
    blocks = header(c, "执行裁定书", no, rng)
    blocks.append(Block("申请执行人：" + _party(a, rng), "left"))
    blocks.append(Block("被执行人：" + _party(r, rng, spaced=rng.random() < 0.3), "left"))
    src = f"{c.judg_court}{c.judg_no}民事{'调解书' if c.ground == 'divorce' else '判决书'}"
    body = (f"本院在执行申请执行人{a['name']}与被执行人{r['name']}{c.cause}一案中，{src}已经发生法律效力，"
            f"因被执行人未按执行通知履行生效法律文书确定的义务，申请执行人向本院申请强制执行，本院依法立案执行。")
    blocks.append(Block(body))
    if c.action == "deduct":
        if c.invest_place == "ruling":
            blocks.append(Block(investigation(c, rng)))
        if c.ground_place == "ruling":
            blocks.append(Block(ground_sentence(c, "ruling")))
        blocks.append(Block(f"本院认为，被执行人{r['name']}未履行生效法律文书确定的给付义务，"
                            "其在住房公积金账户内的存款依法可予扣划。依照《中华人民共和国民事诉讼法》的有关规定，裁定如下："))
        blocks.append(Block(f"扣划被执行人{r['name']}在{FUND}住房公积金账户内的存款{money(c.amount_fen, rng, 1)}。"))
    elif c.action == "freeze":
        blocks.append(Block("本院认为，被执行人未履行生效法律文书确定的义务，依照《中华人民共和国民事诉讼法》"
                            "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》的有关规定，裁定如下："))
        blocks.append(Block(f"冻结被执行人{r['name']}名下住房公积金账户内的资金{money(c.amount_fen, rng, 1)}。"))
    elif c.action == "renew_freeze":
        blocks.append(Block(f"本院曾于{ar_date(c.prior_start)}冻结被执行人{r['name']}名下住房公积金账户内的资金，"
                            f"冻结期限至{ar_date(c.prior_end)}届满。因本案尚未执行完毕，申请执行人申请续行冻结。"
                            "依照《中华人民共和国民事诉讼法》的有关规定，裁定如下："))
        blocks.append(Block(f"继续冻结被执行人{r['name']}名下住房公积金账户内的资金{money(c.amount_fen, rng, 1)}。"))
    elif c.action == "unfreeze":
        blocks.append(Block(rng.choice(["本案执行中，双方当事人已自行达成和解协议并履行完毕，", "被执行人已履行全部给付义务，"])
                            + "依照《中华人民共和国民事诉讼法》的有关规定，裁定如下："))
        blocks.append(Block(f"解除对被执行人{r['name']}名下住房公积金账户内资金的冻结。"))
    blocks.append(Block("本裁定立即执行。" if rng.random() < 0.5 else "本裁定送达后即发生法律效力。"))
    blocks.append(Block("", "gap", 26))
    j = c.judges
    blocks += [Block(f"审　判　长　　{j[0]}", "sig", 15), Block(f"审　判　员　　{j[1]}", "sig", 15),
               Block(f"审　判　员　　{j[2]}", "sig", 15), Block("", "gap", 10),
               Block(cn_date(c.ruling_date), "sig", 15, anchor=True), Block("", "gap", 10),
               Block(f"书　记　员　　{c.clerk}", "sig", 15)]
    return Paper("ruling", blocks, court=c.court, label="执行裁定书")


# ---------------------------------------------------------------- 民事判决书 / 调解书 (copy)

def judgment(c: Case, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    kind = "民事调解书" if c.ground == "divorce" else "民事判决书"
    blocks = [Block(c.judg_court, "title", 22, "song"), Block(kind, "title", 26, "hei"),
              Block(c.judg_no, "right", 15)]
    blocks.append(Block("原告：" + _party(a, rng, with_id=not a.get("org") and rng.random() < 0.5), "left"))
    if a.get("guardian"):
        blocks.append(Block(f"法定代理人：{a['guardian']}，系原告之母。", "left"))
    blocks.append(Block("被告：" + _party(r, rng), "left"))
    blocks.append(Block(f"原告{a['name']}与被告{r['name']}{c.cause}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                        "本案现已审理终结。"))
    amt = money(c.amount_fen, rng, 1)
    g, gp = c.ground, c.ground_place
    facts = {
        "support": "原告系原、被告之子（女），双方离婚后原告随母亲生活，被告未按约支付抚养费。",
        "injury": "被告驾驶的机动车与原告发生碰撞，致原告受伤，经鉴定构成十级伤残。原告因此产生医疗费、误工费、护理费、残疾赔偿金等人身损害赔偿金。",
        "wages": "原告系外来务工人员（农民工），受被告雇佣从事建筑施工劳务，被告拖欠原告工资至今未付。",
        "elder": "原告系被告之父，年老多病，无固定收入，被告未履行赡养义务。",
        "rent": "被告承租原告所有的房屋用于自住，租赁期间被告拖欠租金。",
        "loan_case": "被告向原告申请住房公积金个人住房贷款用于购买自住住房，此后未按期偿还贷款本息。",
        "divorce": "原、被告于婚后共同生活，现因感情不和诉至本院要求离婚。",
    }.get(g, rng.choice(["被告因资金周转向原告借款，到期后经原告多次催讨未归还。",
                         "原、被告之间存在买卖合同关系，原告依约供货后，被告未支付货款。"]))
    found = "经审理查明：" + facts
    if g == "retired" and gp == "judgment_facts":
        found += f"另查明，被告{r['name']}已于{r['birth'].year + 60}年退休。"
    blocks.append(Block(found))
    reason = {
        "support": "本院认为，父母对子女有抚养教育的义务，不直接抚养子女的一方应负担部分抚养费。",
        "injury": "本院认为，被告的行为造成原告人身损害，应当承担人身损害赔偿责任。",
        "wages": "本院认为，劳动者付出劳动即有权获得劳动报酬，被告拖欠的系农民工工资，应予全额支付。",
        "elder": "本院认为，成年子女对父母负有赡养扶助的义务，原告要求被告支付赡养费，于法有据。",
        "rent": "本院认为，承租人应按约支付租金，被告拖欠原告房屋租金，应予支付。",
        "loan_case": "本院认为，借款合同依法成立，被告未按约偿还住房公积金贷款本息，应承担还款责任。",
    }.get(g, "本院认为，合法的债权债务关系受法律保护，被告应当履行付款义务。")
    if gp != "judgment_reason" and g in ("injury", "wages"):
        reason = "本院认为，原告的诉讼请求于法有据，本院予以支持。"
    if gp in ("judgment_main", "proof", "none", "ruling", "notice") and g in ("support", "elder"):
        pass
    blocks.append(Block(reason + "依照《中华人民共和国民法典》的有关规定，判决如下："))
    main = {
        "support": f"一、被告{r['name']}于本判决生效之日起十日内支付原告{a['name']}抚养费{amt}；",
        "elder": f"一、被告{r['name']}于本判决生效之日起十日内支付原告{a['name']}赡养费{amt}；",
        "injury": f"一、被告{r['name']}于本判决生效之日起十日内赔偿原告{a['name']}医疗费、残疾赔偿金等各项损失共计{amt}；",
        "wages": f"一、被告{r['name']}于本判决生效之日起十日内支付原告{a['name']}劳动报酬{amt}；",
        "rent": f"一、被告{r['name']}于本判决生效之日起十日内支付原告{a['name']}房屋租金{amt}；",
        "loan_case": f"一、被告{r['name']}于本判决生效之日起十日内偿还原告{a['name']}住房公积金贷款本金及利息共计{amt}；",
    }.get(g, f"一、被告{r['name']}于本判决生效之日起十日内支付原告{a['name']}{amt}；")
    if g == "divorce":
        blocks[-1] = Block("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：")
        main = (f"一、原告{a['name']}与被告{r['name']}离婚；二、被告{r['name']}名下住房公积金账户内的住房公积金中"
                f"{amt}归原告{a['name']}所有，由被告于本调解书生效之日起三十日内支付；")
    blocks.append(Block(main, "para"))
    blocks.append(Block("二、案件受理费由被告负担。" if g != "divorce" else "三、案件受理费减半收取，由双方各半负担。"))
    if g != "divorce":
        blocks.append(Block("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》的规定，加倍支付迟延履行期间的债务利息。"))
        blocks.append(Block(f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于{_appeal(c.judg_court)}。"))
    else:
        blocks.append(Block("上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"))
    blocks += [Block("", "gap", 20), Block(f"审　判　员　　{c.extra.get('trial_judge', c.judges[0])}", "sig", 15),
               Block("", "gap", 8), Block(cn_date(c.judgment_date), "sig", 15, anchor=True), Block("", "gap", 8),
               Block(f"书　记　员　　{c.extra.get('trial_clerk', c.clerk)}", "sig", 15)]
    return Paper("judgment", blocks, court=c.judg_court, copy_stamp=True, label=kind + "（复印件）")


def _appeal(court: str) -> str:
    if "中级" in court:
        return "上海市高级人民法院"
    return "上海市第一中级人民法院" if court in ("上海市闵行区人民法院", "上海市徐汇区人民法院", "上海市长宁区人民法院",
                                          "上海市松江区人民法院", "上海市青浦区人民法院", "上海市奉贤区人民法院",
                                          "上海市金山区人民法院") else "上海市第二中级人民法院"


# ---------------------------------------------------------------- proof of ground

def ground_proof(c: Case, rng: random.Random) -> Paper:
    r = c.respondent
    if c.ground == "retired":
        blocks = [Block("退休证明", "title", 26, "hei"), Block("", "gap", 20),
                  Block(f"兹证明{r['name']}（{'男' if r['male'] else '女'}，身份证号码：{r['id']}），原系本单位职工，"
                        f"已于{ar_date(c.extra['retire_date'])}办理退休手续，现按月领取基本养老金。"),
                  Block("特此证明。"), Block("", "gap", 40), Block(c.extra["employer"], "sig", 15),
                  Block(ar_date(c.extra["proof_date"]), "sig", 15, anchor=True)]
        return Paper("ground_proof", blocks, seal_name=c.extra["employer"], sealed=False, label="退休证明")
    if c.ground == "emigrated":
        st = c.extra["station"]
        blocks = [Block("户口注销证明", "title", 26, "hei"), Block("", "gap", 20),
                  Block(f"{r['name']}，{'男' if r['male'] else '女'}，{ar_date(r['birth'])}出生，公民身份号码{r['id']}，"
                        f"原户籍地址{r['addr']}。该人因出国（境）定居，已于{ar_date(c.extra['emig_date'])}在我所注销户口。"),
                  Block("特此证明。"), Block("", "gap", 40), Block(st, "sig", 15),
                  Block(ar_date(c.extra["proof_date"]), "sig", 15, anchor=True)]
        return Paper("ground_proof", blocks, seal_name=st, sealed=False, label="户口注销证明（出境定居）")
    # lowincome: the applicant receives 最低生活保障
    a = c.applicant
    office = c.extra["office"]
    blocks = [Block("最低生活保障证明", "title", 26, "hei"), Block("", "gap", 20),
              Block(f"兹证明{a['name']}（身份证号：{a['id']}），住{a['addr']}，其家庭经审核符合本市城乡居民最低生活保障条件，"
                    f"自{ar_date(c.extra['since'])}起享受城镇最低生活保障待遇，目前仍在享受中。"),
              Block("特此证明。"), Block("", "gap", 40), Block(office, "sig", 15),
              Block(ar_date(c.extra["proof_date"]), "sig", 15, anchor=True)]
    return Paper("ground_proof", blocks, seal_name=office, sealed=False, label="最低生活保障证明")


def investigation_note(c: Case, rng: random.Random) -> Paper:
    r = c.respondent
    blocks = header(c, "执行财产调查情况说明", c.case_no, rng)
    blocks.append(Block(fund_addressee(c, rng), "left", 16))
    blocks.append(Block(f"本院在执行申请执行人{c.applicant['name']}与被执行人{r['name']}{c.cause}一案中，"
                        f"已通过全国法院网络执行查控系统及上海法院执行查控系统对被执行人{r['name']}（身份证号{r['id']}）"
                        "名下的银行存款、不动产、车辆、证券、网络资金等财产进行查询，并向被执行人发出报告财产令。"
                        "经调查，被执行人名下确无其他可供执行的财产。"))
    if c.ground_place == "note":
        blocks.append(Block(ground_sentence(c, "note")))
    blocks.append(Block("特此说明。"))
    blocks += [Block("", "gap", 30), Block(cn_date(c.notice_date), "sig", 15, anchor=True)]
    return Paper("other", blocks, court=c.court, label="财产调查情况说明")


# ---------------------------------------------------------------- query papers, intro letter

def query_notice(c: Case, rng: random.Random) -> Paper:
    r = c.respondent
    blocks = header(c, "协助查询通知书", c.case_no, rng)
    blocks.append(Block(fund_addressee(c, rng), "left", 16))
    blocks.append(Block(f"本院在执行申请执行人{c.applicant['name']}与被执行人{r['name']}{c.cause}一案中，因执行需要，"
                        "依照《中华人民共和国民事诉讼法》的有关规定，请协助查询被执行人的下列情况："))
    idtxt = r["id"] if c.query_id else "　　　　　　"
    blocks.append(Block(f"被执行人：{r['name']}　　身份证号码：{idtxt}", "left"))
    blocks.append(Block("查询内容：住房公积金账户开户情况、缴存单位、账户余额、缴存及提取明细、是否被冻结及冻结情况、"
                        "住房公积金贷款情况。"))
    blocks += [Block("", "gap", 30), Block(cn_date(c.notice_date), "sig", 15, anchor=True), Block("", "gap", 16),
               Block(f"经办人：{'、'.join(o.name for o in c.officers)}", "left", 13, "kai")]
    return Paper("query_form", blocks, court=c.court, label="协助查询通知书")


def query_sheet(c: Case, rng: random.Random) -> Paper:
    """A tabular 查询单: name / ID / items, as some courts print it."""
    r = c.respondent
    blocks = [Block(c.court, "title", 20, "song"), Block("住房公积金查询单", "title", 24, "hei"),
              Block(c.case_no, "right", 14), Block(f"致：{FUND}{c.district}管理部", "left", 15),
              Block("━" * 24, "left", 12),
              Block(f"被查询人姓名：{r['name']}", "left"),
              Block(f"证件类型：居民身份证　　证件号码：{r['id'] if c.query_id else ''}", "left"),
              Block("查询事项：☑账户状态　☑账户余额　☑缴存明细　☑冻结情况　☑贷款情况", "left"),
              Block("查询事由：执行案件需要", "left"),
              Block("━" * 24, "left", 12),
              Block(f"承办人：{'、'.join(o.name for o in c.officers)}", "left"),
              Block("", "gap", 30), Block(ar_date(c.notice_date), "sig", 15, anchor=True)]
    return Paper("query_form", blocks, court=c.court, label="查询单")


def intro_letter(c: Case, rng: random.Random) -> Paper:
    names = "、".join(o.name for o in c.officers)
    r = c.respondent
    matter = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结", "deduct": "扣划"}[c.action]
    blocks = [Block(c.court, "title", 20, "song"), Block("介　绍　信", "title", 28, "hei"),
              Block(f"（{c.today.year}）{c.code}执介字第{rng.randint(100, 2999)}号", "right", 13),
              Block(fund_addressee(c, rng), "left", 16),
              Block(f"兹介绍我院{names}{'等' if len(c.officers) > 1 else ''}{len(c.officers)}名同志前往你处，"
                    f"办理{c.case_no}案件{matter}住房公积金事宜"
                    + (f"（查询对象：被执行人{r['name']}，身份证号码{r['id']}）" if c.action == "query" else "")
                    + "，请予接洽协助为盼。"),
              Block("此致", "para"), Block("敬礼", "left"), Block("", "gap", 30),
              Block(cn_date(c.notice_date), "sig", 15, anchor=True), Block("", "gap", 10),
              Block("（有效期　十五　天）", "left", 12, "kai")]
    return Paper("intro_letter", blocks, court=c.court, label="介绍信")
