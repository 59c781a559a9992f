"""The texts of the court's papers, written after the published forms and judgments.

Each function returns a list of blocks for `layout.Writer`; wording varies by seed the
way it varies between courts (who writes 「请协助执行下列事项」 and who writes 「请你单位
协助执行以下事项」, a table of the 被执行人's details or a sentence), while every fact
comes from the bundle's `Case` so the truth and the paper cannot drift apart.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from .people import Court, Person, ar_date, cn_date, money, money_commas, upper_amount

CIVIL_LAW = "《中华人民共和国民事诉讼法》"


@dataclass
class Party:
    name: str
    person: Person | None = None          # None for an organisation
    address: str = ""
    uscc: str = ""
    legal_rep: str = ""
    guardian: str = ""                    # 法定代理人 of a minor

    def describe(self) -> str:
        if self.person is None:
            return (f"{self.name}，住所地{self.address}，统一社会信用代码{self.uscc}。"
                    f"法定代表人：{self.legal_rep}，该公司执行董事。")
        p = self.person
        return (f"{self.name}，{p.sex}，{p.born.year}年{p.born.month}月{p.born.day}日出生，汉族，"
                f"住{p.address}，公民身份号码{p.id_number}。")


@dataclass
class Case:
    court: Court
    case_number: str
    action: str
    centre: str                       # the addressee's full name
    applicant: Party
    respondent: Party
    cause: str                        # 案由
    ground: str                       # maintenance / alimony / injury / wages / none …
    basis_number: str                 # the judgment (or preservation ruling) the case rests on
    basis_date: date
    notice_date: date
    officers: list[dict]
    amount_cents: int | None = None
    ruling_amount_cents: int | None = None
    period: tuple[date, date] | None = None
    old_period: tuple[date, date] | None = None
    old_notice: str = ""
    old_notice_date: date | None = None
    account_number: str | None = None
    court_account: tuple[str, str, str] = ("", "", "")
    clerk: str = ""
    judge: str = ""
    phone: str = ""
    preservation: bool = False
    id_on_notice: str | None = None   # the ID number as printed (a defect may spoil it)
    id_on_query_form: bool = True
    ruling_investigation: str = "none_found"   # none_found / insufficient / silent
    state_period_on_notice: bool = True
    unfreeze_reason: str = "paid"
    company_query: bool = False
    extras: dict = field(default_factory=dict)


def amount_text(cents: int, rng: random.Random) -> str:
    k = rng.randrange(4)
    if k == 0:
        return f"人民币{money_commas(cents)}元"
    if k == 1:
        return f"人民币{upper_amount(cents)}（¥{money(cents)}）"
    if k == 2:
        return f"{money(cents)}元（大写：人民币{upper_amount(cents)}）"
    return f"人民币{money(cents)}元"


def period_text(p: tuple[date, date], rng: random.Random) -> str:
    s, e = p
    if rng.random() < 0.5:
        return f"自{ar_date(s)}起至{ar_date(e)}止"
    return f"{s:%Y年%m月%d日}至{e:%Y年%m月%d日}"


def years_word(p: tuple[date, date]) -> str:
    months = (p[1].year - p[0].year) * 12 + p[1].month - p[0].month + (1 if p[1].day >= p[0].day - 1 else 0)
    yrs = round(months / 12)
    return "一二三四五六七八九十"[yrs - 1] + "年" if 1 <= yrs <= 10 else f"{months}个月"


def head(case: Case, title: str, rng: random.Random, number: str | None = None) -> list:
    spacing = rng.choice([0, 1, 2]) if len(title) <= 7 else 0
    blocks = [("centered", case.court.name, None, "head", 0, rng.random() < 0.5),
              ("centered", title, "title", "head", spacing, False),
              ("right", number or case.case_number)]
    return blocks


def seal_lines(case: Case) -> list[str]:
    return []


def respondent_clause(case: Case, idn: str | None = None) -> str:
    r = case.respondent
    if r.person is None:
        return f"{r.name}（统一社会信用代码：{r.uscc}）"
    idn = idn if idn is not None else case.id_on_notice
    return f"{r.name}（公民身份号码：{idn}）" if idn else r.name


def lead(case: Case, rng: random.Random) -> str:
    a, r = case.applicant.name, case.respondent.name
    if case.preservation:
        return (f"本院在审理原告{a}与被告{r}{case.cause}一案中，原告{a}向本院申请财产保全，本院作出的"
                f"{case.basis_number}民事裁定书已发生法律效力，")
    k = rng.randrange(3)
    if k == 0:
        return (f"本院受理的申请执行人{a}与被执行人{r}{case.cause}一案，{case.basis_number}民事判决书已经发生法律效力。"
                f"因被执行人未按执行通知履行法律文书确定的义务，")
    if k == 1:
        return (f"关于申请执行人{a}与被执行人{r}{case.cause}一案，本院作出的{case.case_number}执行裁定书"
                f"已经发生法律效力，")
    return f"本院在执行{a}申请执行{r}{case.cause}一案中，依法作出{case.case_number}执行裁定，"


def notice(case: Case, rng: random.Random) -> list:
    """协助执行通知书 for freeze, renewal, unfreeze, deduction and (Jiaozuo) query."""
    b = head(case, "协助执行通知书", rng)
    b.append(("para", case.centre + "：", False))
    article = "第二百五十四条" if case.action == "deduct" else "第二百五十三条"
    if case.preservation:
        article = "第一百零三条、第一百零六条"
    ask = rng.choice(["请协助执行下列事项：", "请你单位协助执行以下事项：", "特请协助执行如下事项："])
    b.append(("para", lead(case, rng) + f"依照{CIVIL_LAW}{article}之规定，{ask}"))
    r = case.respondent
    use_table = rng.random() < 0.55 and not case.company_query
    amount = amount_text(case.amount_cents, rng) if case.amount_cents is not None else ""
    acct = f"（账号：{case.account_number}）" if case.account_number else ""
    if case.action in ("freeze", "renew_freeze"):
        if use_table:
            rows = [["被执行人", r.name, "公民身份号码", case.id_on_notice or ""]]
            if case.account_number:
                rows.append(["公积金账号", case.account_number, "协助事项", "冻结" if case.action == "freeze" else "续行冻结"])
            rows.append(["冻结金额", amount, "冻结期限",
                         period_text(case.period, rng) if case.period and case.state_period_on_notice else ""])
            verb = "冻结" if case.action == "freeze" else "继续冻结"
            b.append(("para", f"一、{verb}被执行人在你中心开立的住房公积金个人账户内的存款，具体如下："))
            b.append(("table", rows, [0.15, 0.27, 0.24, 0.34]))
            if case.action == "renew_freeze":
                b.append(("para", f"二、本院原于{ar_date(case.old_notice_date)}以{case.old_notice}协助执行通知书冻结上述款项，"
                                   f"原冻结期限自{ar_date(case.old_period[0])}至{ar_date(case.old_period[1])}，现予续行冻结。"))
            b.append(("para", ("三、" if case.action == "renew_freeze" else "二、") + "冻结期间，未经本院准许，不得办理提取、转移等手续。"))
        else:
            if case.action == "freeze":
                s = f"一、冻结被执行人{respondent_clause(case)}在你中心住房公积金账户{acct}内的存款{amount}。"
                b.append(("para", s))
                if case.period and case.state_period_on_notice:
                    b.append(("para", f"二、冻结期限为{years_word(case.period)}，{period_text(case.period, rng)}。"))
                    b.append(("para", "三、冻结期间不得支取。"))
                else:
                    b.append(("para", "二、冻结期间不得支取。"))
            else:
                b.append(("para", f"一、本院于{ar_date(case.old_notice_date)}以{case.old_notice}协助执行通知书冻结的被执行人"
                                   f"{respondent_clause(case)}住房公积金账户{acct}内的存款{amount}，原冻结期限"
                                   f"自{ar_date(case.old_period[0])}至{ar_date(case.old_period[1])}。"))
                b.append(("para", f"二、对上述存款继续冻结，续行冻结期限为{years_word(case.period)}，"
                                   f"{period_text(case.period, rng)}。"))
    elif case.action == "unfreeze":
        reason = {"paid": "被执行人已履行完毕生效法律文书确定的义务",
                  "settled": "双方当事人已达成执行和解并履行完毕",
                  "withdrawn": "申请执行人撤回执行申请"}[case.unfreeze_reason]
        b.append(("para", f"因{reason}，本院已作出{case.case_number}之一执行裁定书。"))
        b.append(("para", f"一、解除本院于{ar_date(case.old_notice_date)}以{case.old_notice}协助执行通知书对被执行人"
                           f"{respondent_clause(case)}在你中心住房公积金账户{acct}内存款的冻结。"))
        b.append(("para", "二、请将解除冻结的结果及时反馈本院。"))
    elif case.action == "deduct":
        name, number, bank = case.court_account
        b.append(("para", f"一、扣划被执行人{respondent_clause(case)}在你中心住房公积金账户{acct}内的存款{amount}。"))
        b.append(("para", "二、上述款项请划至本院执行款专户："))
        b.append(("table", [["户名", name], ["账号", number], ["开户行", bank]], [0.2, 0.8]))
    elif case.action == "query":
        b.append(("para", f"查询被执行人{respondent_clause(case)}在你中心的住房公积金开户、缴存、余额及冻结情况，"
                           "并提供账户明细。"))
    attach = {"freeze": "附：执行裁定书", "renew_freeze": "附：执行裁定书", "unfreeze": "附：执行裁定书",
              "deduct": "附：执行裁定书、民事判决书（复印件）", "query": "附：查询单"}[case.action]
    if case.preservation:
        attach = "附：民事裁定书"
    b.append(("para", attach, True))
    b.append(("date_seal", cn_date(case.notice_date) if rng.random() < 0.7 else ar_date(case.notice_date), True, []))
    b.append(("para", f"联系人：{case.officers[0]['name']}　　联系电话：{case.phone}", False, "small"))
    if rng.random() < 0.6:
        b.append(("receipt", "协助执行通知书"))
    return b


def ruling(case: Case, rng: random.Random) -> list:
    """执行裁定书 (or, for a preservation freeze, the civil ruling it rests on)."""
    if case.preservation:
        return preservation_ruling(case, rng)
    number = case.case_number + ("之一" if case.action == "unfreeze" else "")
    b = head(case, "执行裁定书", rng, number)
    b.append(("para", "申请执行人：" + case.applicant.describe(), False))
    if case.applicant.legal_rep == "" and case.applicant.person is None:
        pass
    b.append(("para", "被执行人：" + case.respondent.describe().replace(
        case.respondent.person.id_number if case.respondent.person else "@@", case.id_on_notice or ""), False))
    a, r = case.applicant.name, case.respondent.name
    intro = (f"本院在执行申请执行人{a}与被执行人{r}{case.cause}一案中，{case.basis_number}民事判决书已经发生法律效力，"
             f"被执行人{r}未按执行通知书指定的期间履行生效法律文书确定的义务。")
    centre = case.centre.split("（")[0].replace("管理部", "") if "上海" not in case.centre else "上海市公积金管理中心"
    amt = case.ruling_amount_cents if case.ruling_amount_cents is not None else case.amount_cents
    if case.action == "freeze":
        b.append(("para", intro + f"依照{CIVIL_LAW}第二百五十三条，《最高人民法院关于人民法院民事执行中查封、扣押、"
                                  "冻结财产的规定》第一条、第二十九条规定，裁定如下："))
        per = f"，冻结期限为{years_word(case.period)}" if case.period else ""
        b.append(("para", f"冻结被执行人{r}在{centre}的住房公积金账户内的存款人民币{money(amt)}元{per}。"))
        b.append(("para", "本裁定立即执行。"))
    elif case.action == "renew_freeze":
        b.append(("para", intro + f"本院于{ar_date(case.old_notice_date)}冻结了被执行人{r}的住房公积金账户存款，"
                                  f"因执行需要，依照{CIVIL_LAW}第二百五十三条、《最高人民法院关于人民法院民事执行中查封、"
                                  "扣押、冻结财产的规定》第二十九条、第三十条规定，裁定如下："))
        b.append(("para", f"继续冻结被执行人{r}在{centre}的住房公积金账户内的存款人民币{money(amt)}元，"
                           f"冻结期限{years_word(case.period)}，{period_text(case.period, rng)}。"))
        b.append(("para", "本裁定立即执行。"))
    elif case.action == "unfreeze":
        reason = {"paid": f"被执行人{r}已履行完毕生效法律文书确定的全部义务",
                  "settled": "双方当事人达成执行和解协议，且已履行完毕",
                  "withdrawn": f"申请执行人{a}向本院申请撤回执行申请"}[case.unfreeze_reason]
        b.append(("para", intro.split("被执行人" + r + "未按")[0] + f"本院于{ar_date(case.old_notice_date)}冻结了被执行人{r}"
                           f"在{centre}的住房公积金账户内的存款。执行过程中，{reason}。本院认为，冻结的原因已经消灭，"
                           f"依照{CIVIL_LAW}第一百五十七条第一款第十一项、《最高人民法院关于人民法院民事执行中查封、扣押、"
                           "冻结财产的规定》第二十八条规定，裁定如下："))
        b.append(("para", f"解除对被执行人{r}在{centre}的住房公积金账户内存款的冻结。"))
        b.append(("para", "本裁定送达后立即生效。"))
    elif case.action == "deduct":
        found = {"none_found": "经本院通过网络执行查控系统对被执行人名下的银行存款、不动产、车辆、证券、网络资金等财产进行调查，"
                               "未发现被执行人有其他可供执行的财产。",
                 "insufficient": "本院依法对被执行人的财产状况进行了调查，被执行人名下除住房公积金外的其他财产不足以清偿"
                                 "本案全部执行标的。",
                 "silent": ""}[case.ruling_investigation]
        why = {"maintenance": "本案执行标的为追索抚养费，",
               "alimony": "本案系追索赡养费案件，",
               "injury": "本案执行标的系人身损害赔偿金，",
               "wages": "本案执行标的为农民工工资，"}.get(case.ground, "")
        b.append(("para", intro + found))
        b.append(("para", f"本院认为，{why}被执行人应当履行生效法律文书确定的义务。依照{CIVIL_LAW}第二百五十四条规定，"
                           "裁定如下："))
        b.append(("para", f"提取被执行人{r}在{centre}的住房公积金账户内的存款人民币{money(amt)}元。"))
        b.append(("para", "本裁定立即执行。"))
    elif case.action == "query":
        b.append(("para", intro + f"依照{CIVIL_LAW}第二百五十三条规定，裁定如下："))
        b.append(("para", f"查询被执行人{r}在{centre}的住房公积金账户信息。"))
    signers = [("审判长" if rng.random() < 0.3 else "执行员", case.officers[0]["name"])]
    if len(case.officers) > 1:
        signers.append(("执行员", case.officers[1]["name"]))
    lines = [f"{t}　{n}" for t, n in signers]
    b.append(("date_seal", cn_date(case.notice_date), True, lines))
    b.append(("right_plain", f"书记员　{case.clerk}"))
    return b


def preservation_ruling(case: Case, rng: random.Random) -> list:
    b = head(case, "民事裁定书", rng, case.basis_number)
    b.append(("para", "申请人（原告）：" + case.applicant.describe(), False))
    b.append(("para", "被申请人（被告）：" + case.respondent.describe(), False))
    a, r = case.applicant.name, case.respondent.name
    b.append(("para", f"原告{a}与被告{r}{case.cause}一案，{a}于{ar_date(case.basis_date)}向本院提出财产保全申请，请求冻结被申请人"
                       f"{r}名下价值{money(case.amount_cents)}元的财产。申请人已提供担保。"))
    b.append(("para", f"本院经审查认为，申请人的申请符合法律规定。依照{CIVIL_LAW}第一百零三条、第一百零五条、第一百零六条"
                       "第一款规定，裁定如下："))
    b.append(("para", f"冻结被申请人{r}名下的银行存款、住房公积金人民币{money(case.amount_cents)}元，"
                       "或查封、扣押其相应价值的其他财产。"))
    b.append(("para", "案件申请费5000元，由申请人负担。"))
    b.append(("para", "本裁定立即开始执行。如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次。复议期间不停止裁定的执行。"))
    b.append(("date_seal", cn_date(case.basis_date), True, [f"审判员　{case.judge}"]))
    b.append(("right_plain", f"书记员　{case.clerk}"))
    return b


GROUND_TEXT = {
    "maintenance": dict(
        facts="原告{a}系被告{r}与其前妻所生之{kid}。二人于2021年经本院调解离婚，约定婚生{kid}随母亲生活，被告每月支付抚养费1500元。"
              "自2022年7月起，被告未再支付抚养费，原告之母多次催要未果。",
        reason="父母对未成年子女负有抚养、教育和保护的义务。离婚后，不直接抚养子女的一方应当负担部分或者全部抚养费。"
               "被告拒不支付抚养费，原告要求其支付，于法有据，本院予以支持。",
        law="《中华人民共和国民法典》第一千零六十七条第一款、第一千零八十五条",
        main="被告{r}于本判决生效之日起十日内支付原告{a}2022年7月至2024年6月的抚养费共计{amt}元；"),
    "alimony": dict(
        facts="原告{a}系被告{r}之母，现年七十九岁，丧偶，无固定收入，患有多种慢性疾病。被告系原告之{kid}，有稳定工作。"
              "原告多次要求被告给付赡养费，被告未予理会。",
        reason="成年子女对父母负有赡养、扶助和保护的义务。成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，"
               "有要求成年子女给付赡养费的权利。原告的诉讼请求，本院予以支持。",
        law="《中华人民共和国民法典》第二十六条第二款、第一千零六十七条第二款",
        main="被告{r}于本判决生效之日起十日内给付原告{a}拖欠的赡养费{amt}元，自2024年7月起每月给付赡养费800元；"),
    "injury": dict(
        facts="2023年4月18日，被告{r}驾驶电动三轮车与步行的原告{a}相撞，致原告受伤。原告住院治疗二十六日，"
              "经鉴定构成十级伤残。交警部门认定被告负事故全部责任。",
        reason="行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。侵害他人造成人身损害的，应当赔偿医疗费、护理费、"
               "交通费、营养费、住院伙食补助费等为治疗和康复支出的合理费用，以及因误工减少的收入；造成残疾的，还应当赔偿"
               "辅助器具费和残疾赔偿金。",
        law="《中华人民共和国民法典》第一千一百六十五条、第一千一百七十九条",
        main="被告{r}于本判决生效之日起十日内赔偿原告{a}医疗费、误工费、护理费、住院伙食补助费、残疾赔偿金等各项损失共计{amt}元；"),
    "wages": dict(
        facts="2023年3月至12月，原告{a}等十二人在被告{r}承包的住宅楼工地从事钢筋、模板作业。工程完工后，被告向原告出具欠条，"
              "载明尚欠原告工资{amt}元，至今未付。原告系进城务工的农民工。",
        reason="劳动者付出劳动，有权获得劳动报酬。被告拖欠原告的工资，事实清楚，证据确实充分，被告应当支付。"
               "根据《保障农民工工资支付条例》的规定，农民工有按时足额获得工资的权利。",
        law="《中华人民共和国民法典》第五百零九条、第五百七十七条，《保障农民工工资支付条例》第三条",
        main="被告{r}于本判决生效之日起十日内支付原告{a}劳动报酬{amt}元；"),
    "none": dict(
        facts="2022年5月，被告{r}因资金周转向原告{a}借款，原告通过银行转账方式交付借款，被告出具借条一张，约定于2023年5月前归还。"
              "借款到期后，被告未予归还。",
        reason="合法的借贷关系受法律保护。被告向原告借款，有借条及转账凭证为证，借款到期后未予归还，应承担还款责任。",
        law="《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条",
        main="被告{r}于本判决生效之日起十日内偿还原告{a}借款本金{amt}元及利息（以本金为基数，自2023年6月1日起按照一年期贷款市场报价利率计算至实际清偿之日止）；"),
    "sale": dict(
        facts="原告{a}与被告{r}之间存在买卖合同关系，原告向被告供应建材，经双方对账，被告尚欠原告货款{amt}元未付。",
        reason="当事人应当按照约定全面履行自己的义务。被告未按约支付货款，应承担继续履行的违约责任。",
        law="《中华人民共和国民法典》第五百零九条、第六百二十六条",
        main="被告{r}于本判决生效之日起十日内支付原告{a}货款{amt}元；"),
}


def judgment(case: Case, rng: random.Random) -> list:
    """A 民事判决书 as published: 经审理查明, 本院认为, 判决如下."""
    g = GROUND_TEXT[case.ground]
    a, r = case.applicant.name, case.respondent.name
    amt = money(case.extras.get("judgment_cents", case.amount_cents))
    kid_of = case.applicant.person if case.ground == "maintenance" else case.respondent.person
    fmt = dict(a=a, r=r, amt=amt, kid="子" if kid_of is None or kid_of.male else "女")
    b = head(case, "民事判决书", rng, case.basis_number)
    b.append(("para", "原告：" + case.applicant.describe(), False))
    if case.applicant.guardian:
        b.append(("para", f"法定代理人：{case.applicant.guardian}，系原告之母。", False))
    b.append(("para", "被告：" + case.respondent.describe(), False))
    b.append(("para", f"原告{a}与被告{r}{case.cause}一案，本院于{ar_date(case.basis_date.replace(day=1))}立案后，依法适用简易程序，"
                       "公开开庭进行了审理。原告及其委托诉讼代理人、被告到庭参加诉讼。本案现已审理终结。"))
    b.append(("para", f"{a}向本院提出诉讼请求：判令被告支付{amt}元。"))
    b.append(("para", "经审理查明：" + g["facts"].format(**fmt)))
    b.append(("para", "本院认为，" + g["reason"].format(**fmt)))
    b.append(("para", f"依照{g['law']}，{CIVIL_LAW}第六十七条规定，判决如下："))
    b.append(("para", "一、" + g["main"].format(**fmt)))
    b.append(("para", "二、驳回原告的其他诉讼请求。"))
    b.append(("para", f"如果未按本判决指定的期间履行给付金钱义务，应当依照{CIVIL_LAW}第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"))
    b.append(("para", "案件受理费减半收取计1250元，由被告负担。"))
    b.append(("para", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于上一级人民法院。"))
    b.append(("date_seal", cn_date(case.basis_date), True, [f"审判员　{case.judge}"]))
    b.append(("right_plain", f"书记员　{case.clerk}"))
    b.append(("para", "本件与原本核对无异", False, "small"))
    return b


def query_form(case: Case, rng: random.Random) -> list:
    """Jiaozuo's 查询单 (a table) or Shanghai's 协助查询通知书 (a letter)."""
    r = case.respondent
    if case.extras.get("query_style") == "letter":
        b = head(case, "协助查询通知书", rng)
        b.append(("para", case.centre + "：", False))
        what = ("单位住房公积金缴存情况（缴存人数、缴存基数、缴存金额及欠缴情况）" if case.company_query
                else "住房公积金账户开户、缴存、余额、使用及冻结情况")
        b.append(("para", f"本院在执行申请执行人{case.applicant.name}与被执行人{r.name}{case.cause}一案中，因执行需要，"
                           f"依照{CIVIL_LAW}第二百五十三条之规定，请协助查询被执行人{respondent_clause(case)}的{what}。"))
        b.append(("para", "请将查询结果书面回复本院。", True))
        b.append(("date_seal", cn_date(case.notice_date), True, []))
        b.append(("para", f"承办人：{'、'.join(o['name'] for o in case.officers)}　　电话：{case.phone}", False, "small"))
        return b
    b = [("centered", "住房公积金查询单", "title", "head", 0, False),
         ("right", case.case_number)]
    idn = case.id_on_notice if case.id_on_query_form else ""
    rows = [["查询单位", case.court.name], ["被查询人姓名", r.name],
            ["证件类型", "居民身份证" if case.id_on_query_form else ""],
            ["证件号码", idn],
            ["查询事项", "住房公积金账户状态、余额、缴存明细及冻结情况"],
            ["承办人", "、".join(o["name"] for o in case.officers)],
            ["联系电话", case.phone]]
    b.append(("table", rows, [0.28, 0.72]))
    b.append(("para", f"致：{case.centre}", False))
    b.append(("date_seal", ar_date(case.notice_date), True, [case.court.name]))
    return b


def intro_letter(case: Case, rng: random.Random) -> list:
    names = "、".join(o["name"] for o in case.officers)
    year = case.notice_date.year
    b = [("centered", case.court.name, None, "head", 0, True),
         ("centered", "介  绍  信", "title", "head", 0, False),
         ("right", f"（{year}）{case.court.code}法介字第{rng.randint(20, 400)}号")]
    b.append(("para", case.centre + "：", False))
    matter = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结",
              "deduct": "扣划"}[case.action]
    b.append(("para", f"兹介绍我院{names}同志（共{len(case.officers)}人）前往你处，联系办理{case.case_number}"
                       f"案件{matter}住房公积金事宜，请予接洽并协助为盼。"))
    b.append(("para", "此致"))
    b.append(("para", "敬礼", False))
    b.append(("date_seal", cn_date(case.notice_date), True, []))
    b.append(("para", "（有效期七日）", False, "small"))
    return b


def retirement_proof(case: Case, rng: random.Random) -> list:
    p = case.respondent.person
    unit = case.extras["employer"]
    retired = case.extras["retired_on"]
    b = [("centered", "退休证明", "title", "head", 2, False), ("gap", 20)]
    b.append(("para", f"兹证明{p.name}（公民身份号码：{p.id_number}），{p.sex}，{p.born.year}年{p.born.month}月出生，"
                       f"系我单位职工，已于{ar_date(retired)}按国家规定办理退休手续，现已退休，按月领取基本养老金。"))
    b.append(("para", "特此证明。"))
    b.append(("date_seal_unit", ar_date(case.notice_date), unit))
    return b


def service_receipt(case: Case, rng: random.Random) -> list:
    """送达回证: not asked for by any pack, an `other` paper a court often includes."""
    b = [("centered", case.court.name, None, "head", 0, False),
         ("centered", "送达回证", "title", "head", 2, False)]
    docs = "协助执行通知书、执行裁定书" if case.action != "query" else "协助执行通知书、查询单"
    rows = [["案由", case.cause], ["案号", case.case_number], ["送达文书名称及件数", f"{docs}各一份"],
            ["受送达人", case.centre], ["送达地点", case.extras.get("centre_address", "")],
            ["受送达人签名或盖章", "　"], ["代收人及代收理由", "　"], ["备注", "　"]]
    b.append(("table", rows, [0.3, 0.7]))
    b.append(("para", f"签发人：{case.judge}　　送达人：{case.officers[0]['name']}", False))
    return b
