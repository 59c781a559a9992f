"""Wording: several courts' ways of saying the same things."""

from __future__ import annotations

import datetime as dt
import random

from .docs import Basis
from .facts import Person, ar_date, cn_date, yuan

INVEST = [
    "经本院通过网络执行查控系统查询，被执行人名下银行存款已依法冻结、扣划，经向不动产登记、车辆管理、证券登记结算等"
    "部门调查，未发现被执行人有其他可供执行的财产。",
    "本院已依法对被执行人的财产进行执行调查，被执行人除住房公积金外，确无其他可供执行的财产。",
    "经调查，被执行人名下其他财产不足以清偿本案全部执行标的。",
    "本院穷尽财产调查措施后查明，被执行人名下仅有银行存款人民币{small}元，已予扣划，尚不足以覆盖全部执行标的，"
    "暂无其他财产可供执行。",
    "执行中，本院赴被执行人住所地实地调查，并通过总对总、点对点网络查控系统查询其存款、车辆、不动产、有价证券、"
    "网络资金等财产，均未发现可供执行的财产。",
]

NOTICE_INVEST_LEAD = ["经查，", "另，", "特此说明：", ""]

EXTRA_REASONS = [
    "执行过程中，本院于{d1}向被执行人送达执行通知书、报告财产令及廉政监督卡，被执行人逾期未申报财产。",
    "本院于{d2}依法对被执行人采取限制消费措施，并将其纳入失信被执行人名单。",
    "申请执行人到庭陈述，被执行人长期拒不履行，申请本院对其住房公积金采取强制执行措施。",
    "本院于{d3}传唤被执行人到庭接受询问，被执行人未到庭，亦未说明理由。",
    "截至本裁定作出之日，本案尚有执行标的未能履行，申请执行人对此未提出异议。",
]

GROUND_RULING = {
    "retired": ["另查明，被执行人{name}已达法定退休年龄，现已退休，按月领取养老金。",
                "经查，被执行人{name}系退休人员。"],
    "retired_date": ["另查明，被执行人{name}已于{rdate}办理退休手续，现按月领取基本养老金，退休证明附后。"],
    "retired_claim": ["另查明，被执行人{name}于二〇二五年退休，现无固定工作。",
                      "据申请执行人反映，被执行人{name}已经退休。"],
    "dead": ["另查明，被执行人{name}已于{ddate}死亡，本案在其遗产范围内继续执行，死亡证明附后。"],
}

GROUND_NOTICE = {
    "age": ["被执行人已达法定退休年龄，符合住房公积金提取条件。",
            "被执行人系已达法定退休年龄人员。"],
    "retired": ["被执行人已办理退休手续，退休证明附后。"],
    "emigrated": ["被执行人已出境定居，其户籍注销证明附后。"],
    "emigrated_claim": ["被执行人{name}已于二〇二五年出境定居，符合提取条件。",
                        "据查，被执行人已出国定居。"],
}

CAUSES = {
    "loan": "民间借贷纠纷", "finloan": "金融借款合同纠纷", "maintenance": "抚养费纠纷", "division": "离婚纠纷",
    "injury": "机动车交通事故责任纠纷", "rent": "房屋租赁合同纠纷", "wages": "劳务合同纠纷", "advance": "抚养费纠纷",
}


def basis_for(cause: str, kind: str, court: tuple, number: str, date: dt.date, applicant: str, r: Person,
              amount: int, rng: random.Random, judge: str, clerk: str, facts_retired: dt.date | None) -> Basis:
    b = Basis(kind=kind, court=court[1], code=court[0], number=number, date=date, cause=CAUSES[cause],
              judge=judge, clerk=clerk)
    principal = amount * rng.randint(84, 95) // 100 // 100 * 100
    loan_day = date - dt.timedelta(days=rng.randint(400, 900))
    if cause == "loan":
        b.facts = [f"经审理查明：{ar_date(loan_day)}，被告{r.name}向原告{applicant}借款人民币{yuan(principal)}元，"
                   f"约定于一年内归还，被告出具借条一份。借款到期后，经原告多次催讨，被告至今未归还。"]
        if facts_retired:
            b.facts.append(f"另查明，被告{r.name}于{ar_date(facts_retired)}退休，现每月领取养老金。")
        b.reasoning = ["本院认为，合法的借贷关系受法律保护。被告向原告借款后未按约归还，应当承担归还借款并支付逾期利息的"
                       "民事责任。"]
        b.main = [f"一、被告{r.name}于本判决生效之日起十日内归还原告{applicant}借款本金人民币{yuan(principal)}元；",
                  f"二、被告{r.name}于本判决生效之日起十日内支付原告{applicant}以{yuan(principal)}元为基数，"
                  f"自{ar_date(loan_day + dt.timedelta(days=366))}起至实际清偿之日止，按全国银行间同业拆借中心公布的"
                  "一年期贷款市场报价利率计算的逾期利息。"]
        if kind == "mediation":
            b.facts, b.reasoning = [], []
            b.main = [f"一、被告{r.name}确认尚欠原告{applicant}借款人民币{yuan(principal)}元；",
                      f"二、被告{r.name}于{cn_date(date + dt.timedelta(days=60))}前一次性归还原告上述借款；",
                      "三、如被告未按期足额履行，原告可就全部未付款项及按年利率百分之六计算的利息申请强制执行；",
                      "四、案件受理费减半收取，由被告负担。"]
        b.fee = f"案件受理费人民币{yuan(principal // 100 * 2 + 5000)}元，减半收取，由被告{r.name}负担。"
    elif cause == "finloan":
        b.plaintiff_role = "原告"
        b.facts = [f"经审理查明：{ar_date(loan_day)}，原告与被告{r.name}签订《个人借款合同》，约定原告向被告发放贷款"
                   f"人民币{yuan(principal)}元。原告依约放款后，被告自第七期起未按期还款，原告宣布贷款提前到期。"]
        b.reasoning = ["本院认为，原、被告之间的金融借款合同合法有效，被告未按约还款，构成违约。"]
        b.main = [f"一、被告{r.name}于本判决生效之日起十日内归还原告{applicant}借款本金人民币{yuan(principal)}元及相应"
                  "利息、罚息、复利；", "二、被告于本判决生效之日起十日内支付原告律师费人民币8,000元。"]
        b.fee = "案件受理费由被告负担。"
    elif cause in ("maintenance", "advance"):
        monthly = rng.choice((1500, 1800, 2000, 2500, 3000))
        months = max(6, amount // 100 // monthly)
        if kind == "advance":
            b.facts = ["原告以被告长期不支付抚养费、原告生活、学习费用急需为由申请先予执行，并提供了相应证据。"]
            b.reasoning = ["本院认为，原告的申请符合法律规定的先予执行条件。依照《中华人民共和国民事诉讼法》关于先予执行的"
                           "规定，"]
            b.main = [f"被告{r.name}于本裁定送达之日起十日内先行给付原告{applicant}抚养费人民币{yuan(amount)}元。"]
        else:
            b.facts = [f"经审理查明：原告{applicant}系被告{r.name}之子女，原告之母与被告已于{ar_date(loan_day)}离婚，"
                       f"原告随母生活。离婚后被告未支付抚养费。"]
            b.reasoning = ["本院认为，父母对未成年子女负有抚养义务。不直接抚养子女的一方应负担必要的抚养费。"]
            b.main = [f"一、被告{r.name}自{date.year}年{date.month}月起每月支付原告{applicant}抚养费人民币{monthly:,}元，"
                      "至原告年满十八周岁时止；",
                      f"二、被告{r.name}于本判决生效之日起十日内支付原告{applicant}以往抚养费共计人民币{yuan(amount)}元"
                      f"（{months}个月）。"]
            b.fee = "案件受理费人民币50元，减半收取计25元，由被告负担。"
    elif cause == "division":
        b.main = [f"一、原告{applicant}与被告{r.name}自愿离婚；",
                  "二、婚生子随原告共同生活，被告每月支付抚养费人民币2,000元；",
                  f"三、被告{r.name}名下住房公积金账户内的存款中人民币{yuan(amount)}元归原告{applicant}所有，"
                  f"由被告{r.name}于{cn_date(date + dt.timedelta(days=30))}前支付原告；",
                  "四、双方其余财产各自所有，再无其他争议。"]
    elif cause == "injury":
        b.facts = [f"经审理查明：{ar_date(loan_day)}，被告{r.name}驾驶小型轿车与原告发生碰撞，致原告受伤。经交警部门认定，"
                   "被告负事故全部责任。原告经住院治疗，经鉴定构成十级伤残。"]
        b.reasoning = ["本院认为，公民的生命健康权受法律保护。被告未投保商业三者险，对超出交强险限额部分应承担赔偿责任。"]
        b.main = [f"一、被告{r.name}于本判决生效之日起十日内赔偿原告{applicant}医疗费、护理费、误工费、残疾赔偿金、"
                  f"精神损害抚慰金等人身损害赔偿金共计人民币{yuan(amount)}元；", "二、驳回原告的其余诉讼请求。"]
        b.fee = "案件受理费由被告负担。"
    elif cause == "rent":
        monthly = rng.choice((3800, 4500, 5200, 6000, 6800))
        b.facts = [f"经审理查明：被告{r.name}承租原告所有的位于上海市某区的住房一套用于居住，约定月租金人民币{monthly:,}元。"
                   f"自{ar_date(loan_day)}起，被告拖欠租金至今。"]
        b.reasoning = ["本院认为，租赁合同依法成立，被告作为承租人应按约支付租金。"]
        b.main = [f"一、被告{r.name}于本判决生效之日起十日内支付原告{applicant}欠付的房屋租金人民币{yuan(principal)}元；",
                  "二、被告于本判决生效之日起十日内支付原告逾期付款违约金。"]
        b.fee = "案件受理费由被告负担。"
    elif cause == "wages":
        b.facts = [f"经审理查明：被告{r.name}承包本市某建筑工程劳务后，雇佣原告等农民工从事泥瓦工作，"
                   "工程完工后拖欠原告劳务报酬（农民工工资）。"]
        b.reasoning = ["本院认为，被告应当及时足额支付农民工工资。"]
        b.main = [f"被告{r.name}于本判决生效之日起十日内支付原告{applicant}拖欠的农民工工资人民币{yuan(amount)}元。"]
        b.fee = "案件受理费减半收取，由被告负担。"
    return b
