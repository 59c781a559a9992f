"""Wording of the court papers: 协助执行通知书, 执行裁定书, 民事判决书/调解书, 介绍信."""
from .people import ar_date, cn_date, daxie, money_print

INVEST = [
    "经本院通过网络执行查控系统及传统调查方式查询，被执行人{r}名下除住房公积金外无其他可供执行的财产。",
    "本院依法对被执行人{r}的财产进行了调查，未发现被执行人有其他可供执行的财产。",
    "经查，被执行人{r}名下的银行存款、车辆、不动产等财产不足以清偿全部执行标的。",
    "本院已穷尽财产调查措施，被执行人{r}名下暂无其他可供执行的财产，现有财产不足以覆盖全部执行标的。",
    "经向不动产登记、车辆管理、金融机构等部门查询，被执行人{r}无其他财产可供执行。",
    "执行中，本院对被执行人{r}的财产状况进行了全面调查，其名下银行账户余额合计仅数百元，无房产、车辆等可供处置的财产。",
]

CLAIM_LAW = {
    "fuyang": "《中华人民共和国民法典》第一千零六十七条、第一千零八十五条",
    "shanyang": "《中华人民共和国民法典》第二十六条、第一千零六十七条",
    "injury": "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条",
    "wages": "《保障农民工工资支付条例》第三条，《中华人民共和国民法典》第五百七十七条",
    "divorce": "《中华人民共和国民法典》第一千零七十九条、第一千零八十七条",
    "retired": "《中华人民共和国民法典》第六百六十七条、第六百七十五条",
    "none_loan": "《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条",
    "none_sale": "《中华人民共和国民法典》第五百九十五条、第六百二十六条",
    "loan": "《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十五条",
}


def party_line(role, p, with_id=True):
    sex = "男" if p["male"] else "女"
    s = "{}：{}，{}，{}出生，{}".format(role, p["name"], sex, ar_date(p["birth"]), p["nation"])
    if with_id:
        s += "，公民身份号码{}".format(p["id"])
    return s + "，住{}。".format(p["addr"])


def org_line(role, org):
    return "{}：{}，住所地{}。".format(role, org["name"], org["addr"])


def judgment_blocks(b, rng):
    """b: bundle context dict. Returns blocks for the effective legal document."""
    g, place = b["ground"], b["place"]
    ap, rp = b["applicant"], b["respondent"]
    court, jc = b["court"], b["judg_case"]
    A, R = ap["name"], rp["name"]
    amt = b["judg_amount"]
    amtp = money_print(amt, rng)
    mediation = place == "mediation"
    cause = b["cause"]
    blocks = [("center", court["name"], 20, "hei"), ("title", "民事调解书" if mediation else "民事判决书", 24),
              ("right", jc, 15)]
    if ap.get("org"):
        blocks.append(("left", org_line("原告", ap), 15))
        blocks.append(("left", "法定代表人：{}，行长。".format(ap["rep"]), 15))
    else:
        blocks.append(("left", party_line("原告", ap, with_id=rng.random() < 0.5), 15))
        if ap.get("guardian"):
            blocks.append(("left", "法定代理人：{}（系原告之母），住址同上。".format(ap["guardian"]), 15))
    blocks.append(("left", party_line("被告", rp), 15))
    filed = b["judg_date"].replace(day=1)
    blocks.append(("para", "原告{}与被告{}{}一案，本院于{}立案后，依法适用简易程序{}进行了审理。{}".format(
        A, R, cause, ar_date(filed), "，公开开庭" if not mediation else "",
        "本案现已审理终结。" if not mediation else ""), 15))
    explicit = {
        "fuyang": f"被告{R}系原告{A}之父，应当依法负担原告的抚养费",
        "shanyang": f"被告{R}系原告{A}之子女，对原告负有赡养义务，应当支付赡养费",
        "injury": f"本次事故造成原告人身损害，原告的医疗费、误工费、护理费、残疾赔偿金等人身损害赔偿金应由被告{R}赔偿",
        "wages": f"原告{A}系农民工，在被告{R}承包的工程中务工，被告拖欠原告农民工工资（劳动报酬）",
        "divorce": f"被告{R}名下住房公积金账户内的存款系夫妻共同财产，应予分割",
        "retired": "",
        "loan": f"被告{R}系住房公积金个人住房贷款的借款人之一，应偿还所欠购房贷款本息",
        "none_loan": "", "none_sale": "",
    }[g]
    neutral_main = f"被告{R}于本判决生效之日起十日内支付原告{A}人民币{amtp}元"
    main_explicit = {
        "fuyang": (f"被告{R}于本判决生效之日起十日内支付原告{A}{filed.year - 2:d}年{filed.month:d}月至"
                   f"{filed.year:d}年{filed.month:d}月的抚养费共计人民币{amtp}元"),
        "shanyang": f"被告{R}于本判决生效之日起十日内支付原告{A}赡养费人民币{amtp}元",
        "injury": f"被告{R}于本判决生效之日起十日内赔偿原告{A}医疗费、误工费、护理费、残疾赔偿金等各项损失共计人民币{amtp}元",
        "wages": f"被告{R}于本判决生效之日起十日内支付原告{A}农民工工资（劳动报酬）人民币{amtp}元",
        "divorce": f"被告{R}名下住房公积金账户内的存款中人民币{amtp}元归原告{A}所有，由被告于本判决生效之日起十日内支付",
        "loan": f"被告{R}于本判决生效之日起十日内偿还原告住房公积金个人住房贷款本金及利息共计人民币{amtp}元",
    }.get(g, neutral_main)
    if mediation:
        blocks.append(("para", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议：", 15))
        txt = main_explicit if g in ("fuyang", "shanyang", "injury", "wages", "divorce") else neutral_main
        txt = txt.replace("于本判决生效之日起十日内", "于{}前".format(ar_date(b["judg_date"].replace(day=28))))
        blocks.append(("para", "一、" + txt + "；", 15))
        blocks.append(("para", f"二、案件受理费{b['fee'] * 2:d}元，减半收取计{b['fee']:d}元，由被告{R}负担。", 15))
        blocks.append(("para", "上述协议，不违反法律规定，本院予以确认。", 15))
        blocks.append(("para", "本调解书经双方当事人签收后，即具有法律效力。", 15))
    else:
        claims = {
            "fuyang": "判令被告支付原告抚养费", "shanyang": "判令被告支付原告赡养费",
            "injury": "判令被告赔偿原告各项损失", "wages": "判令被告支付原告拖欠的工资",
            "divorce": "判令原、被告离婚并分割夫妻共同财产", "loan": "判令被告偿还贷款本金及利息",
            "retired": "判令被告归还借款本金及利息", "none_loan": "判令被告归还借款本金及利息",
            "none_sale": "判令被告支付货款及逾期付款损失",
        }[g]
        blocks.append(("para", f"{A}向本院提出诉讼请求：1.{claims}人民币{amtp}元；2.本案诉讼费用由被告负担。", 15))
        blocks.append(("para", "{}辩称，{}".format(R, rng.choice(["对原告主张的事实无异议，但目前经济困难，无力一次性支付。",
                                                            "对欠款金额有异议，请求法院依法处理。", "未到庭，亦未提交书面答辩意见。"])), 15))
        facts = {
            "fuyang": f"原告{A}系被告{R}之子（女），原告之母{ap.get('guardian', '某')}与被告已于{filed.year - 3:d}年离婚，离婚后原告随母亲生活，被告未按约支付抚养费。",
            "shanyang": f"原告{A}年事已高，无固定收入，被告{R}系原告子女，长期未向原告支付生活费用。",
            "injury": f"{ar_date(filed.replace(year=filed.year - 1))}，被告{R}驾驶车辆与原告{A}发生碰撞，致原告受伤，经交警部门认定被告负事故全部责任。原告住院治疗，经鉴定构成十级伤残。",
            "wages": f"原告{A}于{filed.year - 1:d}年在被告{R}承包的住宅楼工地从事钢筋工作，工程完工后被告出具欠条，确认尚欠原告工资{amtp}元。",
            "divorce": f"原、被告于{filed.year - 9:d}年登记结婚，婚后感情不和，现已分居。婚姻关系存续期间，被告名下住房公积金账户内存有婚后缴存的款项。",
            "loan": f"被告{R}与他人作为共同借款人向原告申请住房公积金个人住房贷款用于购房，后未按期还款。",
            "retired": f"被告{R}于{filed.year - 2:d}年向原告借款{amtp}元，出具借条一份，约定一年内归还，到期后经催讨未还。",
            "none_loan": f"被告{R}于{filed.year - 2:d}年向原告借款{amtp}元，出具借条一份，约定一年内归还，到期后经催讨未还。",
            "none_sale": f"原告向被告{R}经营的门店供应建材，双方结算后被告尚欠货款{amtp}元未付。",
        }[g]
        if place == "facts" and explicit:
            facts = facts + explicit + "。"
        blocks.append(("para", "经审理查明：" + facts, 15))
        reason = {
            "fuyang": "父母对未成年子女负有抚养教育的义务。", "shanyang": "成年子女对父母负有赡养、扶助和保护的义务。",
            "injury": "行为人因过错侵害他人民事权益造成损害的，应当承担侵权责任。", "wages": "用工方应当按约足额支付劳动者的劳动报酬。",
            "divorce": "夫妻感情确已破裂，应准予离婚，夫妻共同财产依法分割。", "loan": "借款人应当按照约定的期限返还借款。",
            "retired": "合法的借贷关系受法律保护，借款人应当按照约定的期限返还借款。",
            "none_loan": "合法的借贷关系受法律保护，借款人应当按照约定的期限返还借款。",
            "none_sale": "买受人应当按照约定的数额和支付方式支付价款。",
        }[g]
        if place == "reason" and explicit:
            reason += explicit + "。"
        blocks.append(("para", "本院认为，" + reason + f"原告的诉讼请求，本院予以支持。依照{CLAIM_LAW[g]}之规定，判决如下：", 15))
        main = main_explicit if place == "main" else neutral_main
        blocks.append(("para", "一、" + main + "；", 15))
        if g == "divorce":
            blocks.append(("para", f"二、准予原告{A}与被告{R}离婚；", 15))
        blocks.append(("para", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。", 15))
        blocks.append(("para", f"案件受理费{b['fee'] * 2:d}元，减半收取计{b['fee']:d}元，由被告{R}负担。", 15))
        blocks.append(("para", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{}。".format(court["appeal"]), 15))
    blocks.append(("gap", 20))
    blocks.append(("right", "审判员　{}".format(b["judge"]), 15))
    blocks.append(("right", cn_date(b["judg_date"]), 15))
    blocks.append(("seal", court["name"]))
    blocks.append(("right", "书记员　{}".format(b["clerk"]), 15))
    if rng.random() < 0.6:
        blocks.append(("gap", 10))
        blocks.append(("left", "本件与原本核对无异", 12, "kai"))
    return blocks


def deduct_phrase(b, rng, who):
    verb = b["verb"]
    acct = "（账号：{}）".format(b["printed_account"]) if b["printed_account"] else ""
    amtp = money_print(b["amount"], rng)
    return "{}被执行人{}（公民身份号码：{}）在{}住房公积金账户{}内的存款人民币{}元（大写：{}）".format(
        verb, who["name"], who["id"], b["court"]["centre"] if who is b["respondent"] else "你中心", acct, amtp, daxie(b["amount"]))


def ruling_blocks(b, rng):
    court, ap, rp = b["court"], b["applicant"], b["ruling_respondent"]
    blocks = [("center", court["name"], 20, "hei"), ("title", "执行裁定书", 24), ("right", b["ruling_case"], 15)]
    if ap.get("org"):
        blocks.append(("left", org_line("申请执行人", ap), 15))
    else:
        blocks.append(("left", party_line("申请执行人", ap, with_id=rng.random() < 0.5), 15))
    blocks.append(("left", party_line("被执行人", rp), 15))
    doc = "民事调解书" if b["place"] == "mediation" else "民事判决书"
    t = "本院在执行申请执行人{}与被执行人{}{}一案中，本院作出的{}{}已经发生法律效力。因被执行人{}未按执行通知履行法律文书确定的义务，本院依法对其采取执行措施。".format(
        ap["name"], rp["name"], b["cause"], b["judg_case"], doc, rp["name"])
    if b["invest_where"] == "ruling":
        t += b["invest"]
    if b["ruling_ground"]:
        t += b["ruling_ground"]
    blocks.append(("para", t, 15))
    blocks.append(("para", "依照《中华人民共和国民事诉讼法》第二百五十三条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下：", 15))
    blocks.append(("para", "{}被执行人{}在{}住房公积金账户内的存款人民币{}元。".format(
        b["verb"], rp["name"], court["centre"], money_print(b["amount"], rng)), 15))
    blocks.append(("para", "本裁定立即生效。", 15))
    blocks.append(("gap", 24))
    if rng.random() < 0.5:
        blocks += [("right", "审判长　{}".format(b["judge"]), 15), ("right", "审判员　{}".format(b["judge2"]), 15),
                   ("right", "审判员　{}".format(b["judge3"]), 15)]
    else:
        blocks.append(("right", "审判员　{}".format(b["judge"]), 15))
    blocks.append(("right", cn_date(b["ruling_date"]), 15))
    blocks.append(("seal", court["name"]))
    blocks.append(("right", "书记员　{}".format(b["clerk2"]), 15))
    return blocks


def notice_blocks(b, rng):
    court, ap, rp = b["court"], b["applicant"], b["notice_respondent"]
    case = b["notice_case_print"]
    blocks = [("center", court["name"], 20, "hei"), ("title", "协助执行通知书", 24), ("right", case, 15),
              ("left", "{}：".format(court["office"]), 16)]
    doc = "民事调解书" if b["place"] == "mediation" else "民事判决书"
    t = "关于申请执行人{}与被执行人{}{}一案，本院作出的{}{}已经发生法律效力。".format(ap["name"], rp["name"], b["cause"], b["judg_case"], doc)
    if b["invest_where"] == "notice":
        t += b["invest"]
    t += "依照《中华人民共和国民事诉讼法》{}的规定，请协助执行下列事项：".format(rng.choice(["第二百五十三条", "第二百五十二条、第二百五十三条", "有关条款"]))
    blocks.append(("para", t, 16))
    amtp = money_print(b["amount"], rng)
    acct = "（住房公积金账号：{}）".format(b["printed_account"]) if b["printed_account"] else ""
    item = "{}被执行人{}（公民身份号码：{}）名下住房公积金账户{}内的存款人民币{}元（大写：{}），划至本院执行款专户。".format(
        b["verb"], rp["name"], rp["id"], acct, amtp, daxie(b["amount"]))
    blocks.append(("para", item, 16))
    blocks.append(("left", "户名：{}".format(court["name"]), 15))
    blocks.append(("left", "账号：{}".format(b["court_acct"]), 15))
    blocks.append(("left", "开户行：{}".format(court["bank"]), 15))
    blocks.append(("left", "附：{}{}一份".format(b["ruling_case"] if rng.random() < 0.4 else "", "执行裁定书"), 15))
    blocks.append(("gap", 34))
    blocks.append(("right", cn_date(b["notice_date"]), 16))
    blocks.append(("seal", court["name"]))
    blocks.append(("gap", 10))
    blocks.append(("left", "联系人：{}　　联系电话：{}".format(b["contact"], court["phone"]), 14))
    if rng.random() < 0.45:
        blocks.append(("gap", 8))
        blocks.append(("left_nowrap", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", 12))
        blocks.append(("center", "回　执", 16, "hei"))
        blocks.append(("para", "{}：你院{}协助执行通知书收悉，我单位已于____年__月__日协助执行完毕。".format(court["name"], case), 14))
        blocks.append(("right", "（协助执行单位盖章）　年　月　日", 14))
    return blocks


def intro_blocks(b, rng):
    court = b["court"]
    names = "、".join(o["name"] for o in b["officers"])
    return [("center", court["name"], 20, "hei"), ("title", "介　绍　信", 24),
            ("right", f"（{b['notice_date'].year:d}）{court['code']}执介字第{rng.randrange(100, 3000):d}号", 14),
            ("left", "{}：".format(court["office"]), 16),
            ("para", "兹介绍我院执行局{}同志{}名前往你处，办理{}申请执行人{}与被执行人{}{}一案{}住房公积金事宜，请予接洽协助。".format(
                names, "共" + "一二三"[len(b["officers"]) - 1], b["notice_case_print"], b["applicant"]["name"],
                b["notice_respondent"]["name"], b["cause"], b["verb"]), 16),
            ("left", "此致", 16), ("left", "敬礼", 16), ("gap", 30),
            ("right", cn_date(b["notice_date"]), 16), ("seal", court["name"]),
            ("left", "（有效期十五日）", 13, "kai")]
