"""What each bundle tests, and how the seeds decide it (my own reading of seeds 000 and 001).

Shanghai (seed 000, 沪高法〔2021〕124号): a query needs one officer's 工作证 or 执行公务证 and an
introduction letter or a 协助查询 paper; a freeze, renewal or unfreeze needs the card, the
协助执行通知书 and the 裁定书; a freeze or deduction is refused while the respondent owes an
unsettled fund loan as 主贷人/参贷人 (a guarantee does not matter there) or an 约定提取 runs;
a freeze lasts at most three years; a deduction also needs the 执行裁定书, the judgment,
the court's finding that no (or not enough) other property was found, and a withdrawal
ground, proved by a paper unless the judgment itself states it or the person is retired.

Jiaozuo (seed 001): a query needs the 查询单 naming the person with the ID number, the
协助执行通知书 and the 工作证 and 执行公务证 of two or more officers; a freeze needs the 执行裁定书,
the 协助执行通知书, the same cards, and must state amount and period; no freeze while the
person has a fund loan or guarantees one, unless settled. The national three-year limit
for 其他财产权 (民诉法解释 第四百八十五条) applies to the period, and a closed account
cannot be frozen.

A spec is a dict; keys not given take the defaults in `bundle.py`.
"""

from __future__ import annotations

SH, JZ = "shanghai-2021", "jiaozuo-2024"

SPECS: list[dict] = [
    # 0
    dict(pack=JZ, action="query", court="山阳区", decision="assist",
         scenario="焦作查询：查询单载明身份证号，两名执行人员工作证、执行公务证照片嵌入PDF，材料齐全"),
    dict(pack=SH, action="query", court="静安区", decision="assist", officers=1, cards=("work_id",),
         scenario="上海线下查询：协助查询通知书加一名执行人员工作证"),
    dict(pack=JZ, action="query", court="解放区", decision="needs_correction", no_query_id=True,
         defects=[("query_form", "query_form_without_id_number")],
         scenario="焦作查询：查询单未注明被查询人身份证号码（通知书上有），应补正"),
    dict(pack=SH, action="freeze", court="武侯区", decision="assist", officers=2, papers_extra=("intro",),
         scenario="外省法院（成都武侯）冻结上海公积金：通知书、裁定书、介绍信、两名人员证件齐全"),
    dict(pack=JZ, action="query", court="修武县", decision="needs_correction", officers=1,
         missing=["duty_cert", "work_id"], defects=[("cards", "one_officer_where_two_required")],
         scenario="焦作查询：仅一名执行人员的工作证和执行公务证，焦作要求二名以上"),
    dict(pack=SH, action="freeze", court="杨浦区", decision="decline",
         loans=[dict(role="borrower", settled=False)],
         defects=[("notice", "respondent_has_unsettled_fund_loan")],
         scenario="上海冻结：被执行人作为主贷人有未结清的本市公积金贷款，不予协助"),
    # 6
    dict(pack=JZ, action="query", court="博爱县", decision="needs_correction", cards=("work_id",),
         missing=["duty_cert"], defects=[("cards", "duty_certs_missing")],
         scenario="焦作查询：两名执行人员只有工作证，缺执行公务证"),
    dict(pack=SH, action="freeze", court="雁塔区", decision="assist",
         loans=[dict(role="guarantor", settled=False)],
         scenario="上海冻结：被执行人仅为他人公积金贷款提供担保（上海不以担保为限），应协助"),
    dict(pack=JZ, action="freeze", court="焦作市中级", decision="assist", cards_layout="split",
         scenario="焦作中院冻结：裁定书、通知书、两名人员两证齐全，证件封面与内页分页嵌入"),
    dict(pack=SH, action="freeze", court="岳麓区", decision="needs_correction", years=5,
         defects=[("notice", "freeze_period_over_three_years")],
         scenario="上海冻结：通知书冻结期限五年，超过三年上限，应由法院更正"),
    dict(pack=JZ, action="freeze", court="沁阳市", decision="assist", cards_layout="two_officers",
         scenario="焦作冻结：两名执行人员的同类证件拍在同一页，多份文书乱序合订"),
    dict(pack=SH, action="freeze", court="宝山区", decision="needs_correction", end_before_start=True,
         defects=[("notice", "freeze_end_before_start")],
         scenario="上海冻结：冻结期限截止日早于起始日（年份未改），应补正"),
    # 12
    dict(pack=JZ, action="freeze", court="孟州市", decision="decline",
         loans=[dict(role="borrower", settled=False)],
         defects=[("notice", "respondent_has_unsettled_fund_loan")],
         scenario="焦作冻结：被执行人有未结清的住房公积金贷款，暂不予冻结"),
    dict(pack=SH, action="freeze", court="渝中区", decision="assist",
         freezes=[dict(kind="other", state="active")],
         scenario="上海冻结：账户已被他院冻结，本案作轮候冻结"),
    dict(pack=JZ, action="freeze", court="武陟县", decision="decline",
         loans=[dict(role="guarantor", settled=False)],
         defects=[("notice", "respondent_guarantees_unsettled_loan")],
         scenario="焦作冻结：被执行人为他人公积金贷款提供担保且未解除，暂不予冻结"),
    dict(pack=SH, action="freeze", court="蜀山区", decision="needs_correction", ruling_amount_delta=1500000,
         defects=[("ruling", "notice_ruling_amount_conflict")],
         scenario="上海冻结：通知书与裁定书冻结金额不一致，应由法院更正"),
    dict(pack=JZ, action="freeze", court="温县", decision="assist",
         loans=[dict(role="borrower", settled=True)],
         scenario="焦作冻结：被执行人的公积金贷款已结清，可以冻结"),
    dict(pack=SH, action="freeze", court="东湖区", decision="needs_correction", papers=("notice",),
         missing=["ruling"], defects=[("notice", "ruling_missing")],
         scenario="上海冻结：只有协助执行通知书，缺裁定书"),
    # 18
    dict(pack=JZ, action="freeze", court="山阳区", decision="needs_correction", years=5,
         defects=[("notice", "freeze_period_over_national_limit")],
         scenario="焦作冻结：冻结期限五年，超过民诉法解释规定的三年上限"),
    dict(pack=SH, action="freeze", court="闵行区", decision="assist", preservation=True,
         scenario="上海财产保全冻结：执保案号，依据民初案号的财产保全民事裁定书"),
    dict(pack=JZ, action="freeze", court="解放区", decision="needs_correction", no_period=True,
         defects=[("notice", "freeze_period_not_stated")],
         scenario="焦作冻结：通知书和裁定书只写金额，未写冻结期限"),
    dict(pack=SH, action="renew_freeze", court="小店区", decision="assist",
         freezes=[dict(kind="this", state="active", old=True)],
         scenario="上海续行冻结：原冻结期限届满前续冻三年，通知书同时写明原冻结期限"),
    dict(pack=JZ, action="freeze", court="中站区", decision="decline", status="closed",
         defects=[("notice", "account_closed")],
         scenario="焦作冻结：公积金账户已销户"),
    dict(pack=SH, action="unfreeze", court="普陀区", decision="assist",
         freezes=[dict(kind="this", state="active", old=True)],
         scenario="上海解除冻结：账户上正是本案的冻结，材料齐全"),
    # 24
    dict(pack=JZ, action="freeze", court="马村区", decision="needs_correction", papers=("notice",),
         missing=["ruling"], defects=[("notice", "ruling_missing")],
         scenario="焦作冻结：缺执行裁定书"),
    dict(pack=SH, action="unfreeze", court="云岩区", decision="needs_facts", accounts=False,
         scenario="上海解除冻结：无账户资料，无法核对冻结是否本案所为"),
    dict(pack=JZ, action="unfreeze", court="孟州市", decision="assist", cards_layout="officer_per_page",
         freezes=[dict(kind="this", state="active", old=True)],
         scenario="焦作解除冻结：本案冻结，被执行人已履行完毕"),
    dict(pack=SH, action="deduct", court="五华区", decision="assist", ground="maintenance",
         scenario="上海扣划：判决书载明追索抚养费，裁定书写明无其他可供执行财产"),
    dict(pack=JZ, action="unfreeze", court="博爱县", decision="needs_facts", accounts=False,
         scenario="焦作解除冻结：无账户资料"),
    dict(pack=SH, action="deduct", court="城关区", decision="assist", ground="injury",
         scenario="上海扣划：人身损害赔偿（判决列明医疗费、误工费、残疾赔偿金等），无需另附提取证明"),
    # 30
    dict(pack=JZ, action="freeze", court="修武县", decision="needs_facts", accounts="others",
         scenario="焦作冻结：账户资料中查无被执行人"),
    dict(pack=SH, action="deduct", court="松江区", decision="assist", ground="wages",
         scenario="上海扣划：判决书认定拖欠农民工工资（劳动报酬）"),
    dict(pack=JZ, action="query", court="沁阳市", decision="assist", cards_layout="jpeg", papers_extra=("intro",),
         scenario="焦作查询：证件以手机照片JPEG另附，附介绍信"),
    dict(pack=SH, action="deduct", court="第一中级", decision="assist", ground="none", born=(1958, 4), male=True,
         status="sealed",
         scenario="上海扣划：民间借贷，但被执行人早已达法定退休年龄（中心无退休记录）"),
    dict(pack=JZ, action="freeze", court="焦作市中级", decision="needs_correction", bad_id=True,
         defects=[("notice", "id_number_check_digit_invalid")],
         scenario="焦作冻结：通知书和裁定书上的身份证号校验位错误"),
    dict(pack=SH, action="deduct", court="江岸区", decision="needs_correction", ground="none",
         missing=["ground_proof"], defects=[("judgment", "no_withdrawal_ground")],
         scenario="上海扣划：民间借贷，被执行人未到退休年龄，判决未载提取情形，且无证明材料"),
    # 36
    dict(pack=JZ, action="freeze", court="金水区", decision="assist", cards_layout="officer_per_page",
         scenario="郑州金水区法院委托焦作中心冻结，材料齐全"),
    dict(pack=SH, action="deduct", court="奉贤区", decision="needs_correction", ground="sale", born=(1962, 5),
         male=True, retired=False, missing=["ground_proof"],
         defects=[("judgment", "over_age_but_record_not_retired")],
         scenario="上海扣划：被执行人已过法定退休年龄，但中心记录未退休（仍在缴存），需提取证明"),
    dict(pack=JZ, action="freeze", court="博爱县", decision="needs_correction", cards=("work_id",),
         missing=["duty_cert"], defects=[("cards", "duty_certs_missing")],
         scenario="焦作冻结：两名人员只附工作证，缺执行公务证"),
    dict(pack=SH, action="deduct", court="雁塔区", decision="needs_correction", ground="alimony",
         investigation="silent", defects=[("ruling", "ruling_silent_on_property_investigation")],
         scenario="上海扣划：赡养费，但执行裁定书未写明财产调查情况，应由法院说明"),
    dict(pack=JZ, action="unfreeze", court="温县", decision="assist", unfreeze_reason="withdrawn",
         freezes=[dict(kind="this", state="active", old=True)],
         scenario="焦作解除冻结：申请执行人撤回执行申请"),
    dict(pack=SH, action="deduct", court="静安区", decision="decline", ground="injury", contracted=True,
         defects=[("notice", "contracted_withdrawal_in_force")],
         scenario="上海扣划：被执行人有正在履行的约定提取（偿还贷款），不予扣划"),
    # 42
    dict(pack=JZ, action="freeze", court="中站区", decision="assist", investigation="insufficient",
         scenario="焦作冻结：材料齐全，附送达回证", papers_extra=("service",)),
    dict(pack=SH, action="deduct", court="岳麓区", decision="assist", ground="none", born=(1980, 6), male=False,
         papers_extra=("proof",), retired_on=(2025, 6), status="sealed",
         scenario="上海扣划：民间借贷，附单位出具的退休证明（特殊工种提前退休）"),
    dict(pack=SH, action="query", court="江岸区", decision="assist", company=True, cards=("duty_cert",),
         papers_extra=("intro",), accounts=False,
         scenario="上海查询单位缴存情况：被执行人为公司，无身份证号亦可查询"),
    dict(pack=SH, action="freeze", court="徐汇区", decision="needs_correction", bad_id=True,
         defects=[("notice", "id_number_check_digit_invalid")],
         scenario="上海冻结：身份证号校验位错误"),
]
