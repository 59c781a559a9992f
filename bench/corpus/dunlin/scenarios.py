"""The kinds of bundle (12 kinds x 3 variants) and what each one expects."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = [
    "query-ok", "query-no-id", "freeze-ok", "one-officer", "freeze-period", "renew-ok",
    "renew-late", "unfreeze-ok", "deduct-ok", "deduct-no-ground", "account-bars", "not-in-records",
]

DECISION = {
    "query-ok": "assist", "query-no-id": "needs_correction", "freeze-ok": "assist",
    "one-officer": "needs_correction", "freeze-period": "needs_correction", "renew-ok": "assist",
    "renew-late": "decline", "unfreeze-ok": "assist", "deduct-ok": "assist",
    "deduct-no-ground": "needs_correction", "account-bars": "decline", "not-in-records": "needs_facts",
}


@dataclass
class Plan:
    kind: str
    variant: int
    action: str
    decision: str
    scenario: str = ""
    defects: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    cards: list[tuple[str, ...]] = field(default_factory=lambda: [("work_id", "duty_cert"), ("work_id", "duty_cert")])
    card_mode: str = "photo"  # photo | photo2 | photocopy | textpdf
    pack: str = "A"  # A separate files · B one combined scan · C TIFF + text PDFs
    intro: bool = False
    judgment: bool = False
    proof: bool = False
    query_id: bool = True
    notice_id: bool = True
    with_amount: bool = True
    show_acct: bool = False
    ground: str = ""  # where the withdrawal ground is stated: ruling_found / ruling_reason / notice / judgment
    ground_kind: str = ""  # retired / disabled / emigrated
    period_kind: str = "one_year"  # one_year / months / four_years / reversed / none
    accounts: str = "with"  # with / without_respondent / none
    account_state: str = "ok"  # ok / loan_borrower / loan_guarantor / loan_settled / closed / co_borrower
    renew_timing: str = ""  # before_end / after_end / sent_before_received_after
    existing_freeze: bool = False
    reply_slip: bool = False


def plan_for(i: int) -> Plan:
    kind = KINDS[(i // 3) % len(KINDS)]
    v = i % 3
    action = {"query-ok": "query", "query-no-id": "query", "renew-ok": "renew_freeze", "renew-late": "renew_freeze",
              "unfreeze-ok": "unfreeze", "deduct-ok": "deduct", "deduct-no-ground": "deduct"}.get(kind, "freeze")
    p = Plan(kind, v, action, DECISION[kind])
    p.card_mode = ["photo", "photocopy", "textpdf"][v]
    p.pack = "ABC"[v]
    if kind == "query-ok":
        p.scenario = "查询：查询单载明被查询人身份证号，附协助执行通知书及两名执行人员的工作证、执行公务证"
        p.intro = v == 1
        p.accounts = "none" if v == 1 else "with"
    elif kind == "query-no-id":
        p.scenario = "查询：查询单只写姓名，未注明被查询人的公民身份号码"
        p.query_id = False
        p.notice_id = v == 1
        p.defects = ["查询单未注明被查询人的身份证号码（焦作意见第3条）"]
        if v == 1:
            p.defects.append("身份证号码只出现在协助执行通知书上，查询单上仍为空白")
    elif kind == "freeze-ok":
        p.scenario = "冻结：裁定书、协助执行通知书载明金额和期限，两名执行人员证件齐全"
        p.show_acct = v != 1
        p.account_state = "loan_settled" if v == 2 else "ok"
        p.period_kind = "months" if v == 1 else "one_year"
        p.reply_slip = v == 0
        p.intro = v == 2
        if v == 2:
            p.scenario += "；被执行人曾有住房公积金贷款，已还清"
    elif kind == "one-officer":
        p.action = ["freeze", "deduct", "query"][v]
        p.scenario = ["冻结：只附一名执行人员的工作证和执行公务证", "扣划：只附一名执行人员的证件",
                      "查询：两名执行人员都有工作证，但只有一人附执行公务证"][v]
        if v == 2:
            p.cards = [("work_id", "duty_cert"), ("work_id",)]
            p.missing = ["duty_cert"]
            p.defects = ["第二名执行人员缺执行公务证"]
        else:
            p.cards = [("work_id", "duty_cert")]
            p.missing = ["duty_cert", "work_id"]
            p.defects = ["只有一名执行人员的工作证、执行公务证，焦作意见要求2名以上"]
        if v == 1:
            p.ground, p.ground_kind = "ruling_found", "retired"
        p.intro = v == 0
    elif kind == "freeze-period":
        p.period_kind = ["four_years", "none_amount", "reversed"][v]
        p.with_amount = v != 1
        p.scenario = ["冻结：冻结期限四年，超过法定最长三年", "冻结：文书未写具体冻结金额（只写账户余额）",
                      "冻结：冻结期限终止日早于起始日（笔误）"][v]
        p.defects = [p.scenario.split("：", 1)[1]]
    elif kind == "renew-ok":
        p.scenario = "续行冻结：原冻结期限届满前送达，新期限自原期限届满次日起一年"
        p.renew_timing = "before_end"
        p.existing_freeze = True
        p.show_acct = v == 2
    elif kind == "renew-late":
        p.renew_timing = ["after_end", "after_end", "sent_before_received_after"][v]
        p.existing_freeze = True
        p.scenario = "续行冻结：原冻结期限已届满后才送达中心，原冻结已自动解除，无可续行"
        if v == 2:
            p.scenario = "续行冻结：通知书落款在原期限届满前，但中心收到时原冻结已届满"
        p.defects = ["原冻结期限已届满，续行冻结须在届满前办理（民诉法解释第四百八十五条）"]
    elif kind == "unfreeze-ok":
        p.scenario = "解除冻结：解除本院本案的冻结，中心记录中有该冻结"
        p.existing_freeze = True
        p.intro = v == 0
        p.show_acct = v == 1
    elif kind == "deduct-ok":
        p.ground = ["ruling_found", "notice", "judgment"][v]
        p.ground_kind = ["retired", "emigrated", "disabled"][v]
        p.proof = v == 1
        p.judgment = v == 2
        p.existing_freeze = v == 0
        p.scenario = ["扣划：裁定书经查部分载明被执行人已退休", "扣划：协助执行通知书载明被执行人已出境定居，附注销户口证明",
                      "扣划：判决书经审理查明被执行人完全丧失劳动能力并已终止劳动关系"][v]
    elif kind == "deduct-no-ground":
        p.scenario = "扣划：文书未载明被执行人符合任何住房公积金提取条件"
        p.defects = ["未说明提取条件（离退休、出境定居、丧失劳动能力等）"]
        p.existing_freeze = v == 1
        p.intro = v == 2
    elif kind == "account-bars":
        p.action = ["freeze", "deduct", "deduct"][v]
        p.account_state = ["loan_borrower", "loan_guarantor", "closed"][v]
        if v:
            p.ground, p.ground_kind = ("ruling_reason", "retired") if v == 1 else ("notice", "retired")
        p.scenario = ["冻结：被执行人有未结清的住房公积金贷款", "扣划：被执行人为他人住房公积金贷款提供担保，贷款未结清",
                      "扣划：被执行人住房公积金账户已销户"][v]
        p.defects = [p.scenario.split("：", 1)[1]]
    elif kind == "not-in-records":
        p.action = ["freeze", "deduct", "unfreeze"][v]
        p.accounts = "none" if v == 2 else "without_respondent"
        if v == 1:
            p.ground, p.ground_kind = "ruling_reason", "retired"
        p.scenario = ["冻结：材料齐全，但中心记录中查无被执行人", "扣划：材料齐全，中心记录中查无被执行人",
                      "解除冻结：材料齐全，未提供中心账户记录"][v]
        p.defects = ["中心账户记录缺失，无法核对账户状态、贷款和冻结"]
    return p
