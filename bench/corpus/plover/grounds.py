"""What the judgment behind a deduction says: its cause, facts, reasons and orders.

`judgment_for(rng, ground, where, c)` returns the cause (案由), the judgment's parts and
the amount awarded, placing the withdrawal ground (seed 000 第三条（一）4) where asked:
'orders' (判决主文), 'reasons' (本院认为), 'facts' (经审理查明), or nowhere.
"""
from .util import money

LAW_DEFAULT = "《中华人民共和国民法典》第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第六十七条"


def _yuan(rng, lo, hi, step=100):
    return f"{rng.randrange(lo // step, hi // step) * step}.00"


def judgment_for(rng, ground, where, c):
    resp, appl = c["resp"]["name"], c["appl"]["name"]
    if ground == "support":
        monthly = rng.choice([1500, 2000, 2500, 3000])
        months = rng.randint(12, 30)
        amt = f"{monthly * months}.00"
        pa, other = ("之父", "之母") if c["resp"].get("male", True) else ("之母", "之父")
        son = "之子" if c["appl"].get("male", True) else "之女"
        facts = (f"原告{appl}系被告{resp}{son}，原告{other}与被告于数年前经法院调解离婚，约定原告随{other[1:]}亲生活，被告每月支付抚养费。"
                 f"被告自离婚后未按约支付抚养费，累计拖欠{months}个月。")
        reasons = f"父母对子女有抚养教育的义务。被告作为原告{pa}，应当负担原告必要的生活费、教育费、医疗费等费用。"
        orders = [f"被告{resp}于本判决生效之日起十日内支付原告{appl}拖欠的抚养费共计人民币{money(amt)}元；",
                  f"被告{resp}自本判决生效次月起每月支付原告{appl}抚养费人民币{monthly}元，至原告年满十八周岁时止。"]
        cause, law = "抚养费纠纷", "《中华人民共和国民法典》第一千零六十七条、第一千零八十五条"
        claim = f"判令被告支付拖欠的抚养费{money(amt)}元及此后每月抚养费{monthly}元。"
        if where == "reasons":
            orders[0] = f"被告{resp}于本判决生效之日起十日内支付原告{appl}人民币{money(amt)}元；"
    elif ground == "elder":
        amt = _yuan(rng, 20000, 60000)
        facts = f"原告{appl}年逾七旬，无固定收入，患有慢性疾病，被告{resp}系原告{'之子' if c['resp'].get('male', True) else '之女'}，近年来未尽赡养义务。"
        reasons = "成年子女对父母负有赡养扶助的义务。子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母有要求成年子女给付赡养费的权利。"
        orders = [f"被告{resp}于本判决生效之日起十日内给付原告{appl}赡养费人民币{money(amt)}元。"]
        cause, law = "赡养费纠纷", "《中华人民共和国民法典》第二十六条、第一千零六十七条"
        claim = f"判令被告给付赡养费{money(amt)}元。"
    elif ground == "injury":
        med, lost, care, dis = (rng.randrange(200, 900) * 100, rng.randrange(50, 300) * 100,
                                rng.randrange(30, 150) * 100, rng.randrange(300, 1500) * 100)
        total = med + lost + care + dis
        amt = f"{total}.00"
        facts = (f"被告{resp}驾驶小型轿车与骑行电动自行车的原告{appl}发生碰撞，致原告受伤。经交警部门认定，被告负事故全部责任。"
                 f"原告经住院治疗，经鉴定构成十级伤残。")
        reasons = (f"被告侵害原告的身体权、健康权，应当承担人身损害赔偿责任。原告的各项损失确认为：医疗费{money(med)}元、误工费{money(lost)}元、"
                   f"护理费{money(care)}元、残疾赔偿金{money(dis)}元，扣除保险公司已赔付部分，由被告赔偿。")
        orders = [f"被告{resp}于本判决生效之日起十日内赔偿原告{appl}医疗费、误工费、护理费、残疾赔偿金等人身损害赔偿金共计人民币{money(amt)}元。"]
        cause, law = "机动车交通事故责任纠纷", "《中华人民共和国民法典》第一千一百七十九条、第一千二百零八条"
        claim = f"判令被告赔偿各项损失共计{money(amt)}元。"
    elif ground == "wages":
        amt = _yuan(rng, 18000, 90000)
        facts = (f"被告{resp}承包某小区二期工程的木工劳务，雇佣原告{appl}等人在工地务工。原告系进城务工的农民工，"
                 f"工程完工后，被告出具欠条一份，确认尚欠原告劳务工资{money(amt)}元，至今未付。")
        reasons = "被告拖欠原告的款项系农民工工资，事实清楚，证据充分，被告应当及时足额支付。"
        if where == "facts":
            reasons = "原告为被告提供劳务，被告应当按约支付劳务报酬。被告出具的欠条系其真实意思表示，本院予以确认。"
        if where == "ruling":
            facts = f"原告{appl}在被告{resp}承包的工地从事木工劳务，被告出具欠条确认尚欠原告劳务费{money(amt)}元，至今未付。"
            reasons = "原告为被告提供劳务，被告应当按约支付劳务报酬。"
        orders = [f"被告{resp}于本判决生效之日起十日内支付原告{appl}劳务费人民币{money(amt)}元。"]
        cause, law = "劳务合同纠纷", "《中华人民共和国民法典》第五百零九条、第五百七十七条，《保障农民工工资支付条例》第三条"
        claim = f"判令被告支付拖欠的劳务工资{money(amt)}元。"
    elif ground == "divorce":
        amt = _yuan(rng, 40000, 160000)
        facts = (f"原告{appl}与被告{resp}于二〇一二年登记结婚，婚后感情不和，分居已满两年。婚姻关系存续期间，被告名下住房公积金账户缴存的"
                 f"住房公积金属夫妻共同财产。")
        reasons = "原、被告夫妻感情确已破裂，原告要求离婚，本院予以准许。婚姻关系存续期间被告缴存的住房公积金应作为夫妻共同财产予以分割。"
        orders = [f"准予原告{appl}与被告{resp}离婚；",
                  f"被告{resp}名下住房公积金账户内的住房公积金，由被告{resp}支付原告{appl}人民币{money(amt)}元（于本判决生效之日起三十日内付清）；",
                  "其余夫妻共同财产各自名下的归各自所有。"]
        cause, law = "离婚纠纷", "《中华人民共和国民法典》第一千零七十九条、第一千零八十七条"
        claim = "判令原、被告离婚，依法分割夫妻共同财产。"
    elif ground == "rent":
        amt = _yuan(rng, 15000, 80000)
        facts = f"原告{appl}将其所有的住房出租给被告{resp}居住，约定月租金，被告自去年起拖欠房租，累计{money(amt)}元。"
        reasons = "双方之间的房屋租赁合同合法有效，被告承租原告房屋用于居住，拖欠房租构成违约，应当支付。"
        orders = [f"被告{resp}于本判决生效之日起十日内支付原告{appl}房屋租金人民币{money(amt)}元。"]
        cause, law = "房屋租赁合同纠纷", "《中华人民共和国民法典》第七百零三条、第七百二十二条"
        claim = f"判令被告支付拖欠的房屋租金{money(amt)}元。"
    elif ground == "fundloan":
        amt = _yuan(rng, 60000, 300000)
        facts = (f"被告{resp}向原告借款用于购买自住住房，借款为住房公积金委托贷款，由原告受上海市公积金管理中心委托发放。"
                 f"被告自二〇二四年起未按期归还贷款本息，尚欠本金{money(amt)}元。")
        reasons = "原、被告之间的住房公积金贷款合同合法有效，被告未按约偿还购房贷款本息，构成违约，原告有权要求被告清偿全部欠款。"
        orders = [f"被告{resp}于本判决生效之日起十日内归还原告住房公积金贷款本金人民币{money(amt)}元及相应利息。"]
        cause, law = "金融借款合同纠纷", "《中华人民共和国民法典》第六百七十四条、第六百七十五条"
        claim = f"判令被告归还住房公积金贷款本金{money(amt)}元及利息。"
    else:  # 'loan' / 'sale': no withdrawal ground anywhere
        amt = _yuan(rng, 50000, 400000)
        if ground == "sale":
            facts = f"被告{resp}向原告{appl}购买建材一批，双方对账确认被告尚欠货款{money(amt)}元，被告至今未付。"
            reasons = "双方之间的买卖合同关系合法有效，被告未按约支付货款，应承担违约责任。"
            orders = [f"被告{resp}于本判决生效之日起十日内支付原告{appl}货款人民币{money(amt)}元。"]
            cause, law, claim = "买卖合同纠纷", "《中华人民共和国民法典》第五百七十七条、第六百二十六条", f"判令被告支付货款{money(amt)}元。"
        else:
            facts = f"被告{resp}因资金周转向原告{appl}借款{money(amt)}元，并出具借条一份，约定还款期限，到期后被告未归还。"
            reasons = "合法的借贷关系受法律保护。被告向原告借款后未按约归还，应承担还款责任。"
            orders = [f"被告{resp}于本判决生效之日起十日内归还原告{appl}借款本金人民币{money(amt)}元；",
                      "被告于本判决生效之日起十日内支付原告以前述本金为基数，按全国银行间同业拆借中心公布的一年期贷款市场报价利率计算的逾期利息。"]
            cause, law, claim = "民间借贷纠纷", LAW_DEFAULT, f"判令被告归还借款{money(amt)}元及利息。"
    jdg = {"facts": facts, "reasons": reasons, "orders": orders, "law": law, "claim": claim}
    return cause, jdg, amt


RULING_GROUND = {
    "wages": "另查明，本案执行标的系被执行人拖欠申请执行人的农民工工资。",
    "support": "另查明，本案执行标的系追索抚养费。",
    "elder": "另查明，本案执行标的系追索赡养费。",
}

INVEST = [
    "本院通过全国法院网络执行查控系统对被执行人名下的银行存款、车辆、不动产、证券、网络资金等财产进行了查询，"
    "未发现被执行人有其他可供执行的财产。",
    "经本院调查，被执行人名下除住房公积金外，暂无其他可供执行的财产。",
    "本院依法对被执行人的财产进行了执行调查，被执行人名下银行存款已全部扣划，其他财产不足以清偿全部执行标的。",
    "本案于二〇二五年六月经网络查控、实地调查等措施，确无财产可供执行，本院裁定终结本次执行程序；"
    "现申请执行人申请恢复执行，经再次查询，仍未发现被执行人有其他可供执行的财产。",
    "经总对总、点对点查控系统查询及赴不动产登记中心、车辆管理所调查，被执行人无其他可供执行财产。",
]
SILENT = [
    "",
    "经查，被执行人在住房公积金管理中心缴存有住房公积金。",
    "申请执行人向本院申请执行被执行人名下的住房公积金。",
]
