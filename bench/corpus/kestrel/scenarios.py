"""What each bundle tests, and the decision my reading of the seeds and the contract gives it.

Readings (seed 000 = shanghai-2021, seed 001 = jiaozuo-2024, contract decision rules):
- Shanghai query: 工作证 or 执行公务证, plus 介绍信 or 协助查询文书 (第一条（二）); 单位 queries are
  covered, so a query about an employer needs no person's ID number.
- Shanghai freeze / renewal / unfreeze: cards + 协助执行通知书 + 裁定书 (第二条（五）, 第四条);
  loans block only as 主贷人/参贷人, unless the case is about that loan; guarantees are not a
  Shanghai condition; an account already frozen takes a 轮候冻结 (第二条（四）).
- Shanghai deduction: 第三条（一）1-5 and materials 1-5; the ground proof is excused when the
  person has reached the statutory age or the judgment itself states the ground; the centre's
  record of retirement, when present, outweighs age; 先予执行 is excluded (5), no paper cures it.
- Jiaozuo: 查询单 with the person's ID + notice + 工作证 and 执行公务证 of two or more officers
  (第3条); freeze: ruling + notice + the same cards, amount and period stated (第4条); no
  freeze while the person borrows or guarantees an unsettled fund loan (第2条); the national
  three-year limit for 其他财产权 applies (民诉法解释 第四百八十五条).
- Over-limit, reversed or past periods, bad check digits, a notice/ruling conflict, a ruling
  silent on the property investigation, a query form without the ID: the court can cure by
  new papers → needs_correction. A closed account, an unsettled loan, a contracted
  withdrawal, 先予执行, no freeze of this case to release → decline. No account facts at
  all (freeze, unfreeze) → needs_facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SH, JZ = "shanghai-2021", "jiaozuo-2024"


@dataclass(frozen=True)
class Scenario:
    key: str
    pack: str
    action: str
    decision: str
    missing: tuple[str, ...]
    zh: str
    opts: dict = field(default_factory=dict, hash=False)


S = Scenario
SCENARIOS: list[Scenario] = [
    # --- shanghai-2021: query
    S("sh-query-notice", SH, "query", "assist", (), "线下查询：协助查询通知书附执行人员工作证，材料齐全", {"cards": "work_id"}),
    S("sh-query-intro", SH, "query", "assist", (), "线下查询：介绍信附两名执行人员执行公务证，材料齐全", {"cards": "duty_cert", "intro": True}),
    S("sh-query-unit", SH, "query", "assist", (), "查询单位住房公积金缴存情况：协助查询通知书不载个人身份证号码，仍应协助",
      {"unit_query": True, "cards": "work_id"}),
    # --- shanghai-2021: freeze
    S("sh-freeze-clean", SH, "freeze", "assist", (), "冻结：通知书、裁定书、工作证齐全，账户缴存中、无贷款，冻结三年", {}),
    S("sh-freeze-topup", SH, "freeze", "assist", (), "冻结金额大于账户余额，账户仍在缴存：按通知金额冻结，此后每月缴存额自动冻结", {"topup": True}),
    S("sh-freeze-guarantor", SH, "freeze", "assist", (), "被执行人为他人公积金贷款提供担保尚未结清：上海意见不以担保为冻结条件，应协助",
      {"loan": ("guarantor", False, False)}),
    S("sh-freeze-queue", SH, "freeze", "assist", (), "账户已被外地法院冻结：本次冻结作为轮候冻结登记", {"freezes": "other_active"}),
    S("sh-freeze-own-loan", SH, "freeze", "assist", (), "被执行人主贷的公积金贷款未结清，但本案即为该笔公积金贷款纠纷：属除外情形，应协助",
      {"loan": ("borrower", False, True), "ground": "housing_loan"}),
    S("sh-freeze-5y", SH, "freeze", "needs_correction", (), "冻结期限五年，超过三年上限：请法院更正期限", {"years": 5}),
    S("sh-freeze-reversed", SH, "freeze", "needs_correction", (), "冻结期限止日早于起日：请法院更正期限", {"period": "reversed"}),
    S("sh-freeze-past", SH, "freeze", "needs_correction", (), "冻结期限在收件日前已经届满：请法院更正期限", {"period": "past"}),
    S("sh-freeze-borrower", SH, "freeze", "decline", (), "被执行人作为主贷人有尚未结清的本市公积金贷款：不予协助冻结",
      {"loan": ("borrower", False, False)}),
    S("sh-freeze-coborrower", SH, "freeze", "decline", (), "被执行人作为参贷人有尚未结清的公积金贷款：不予协助冻结",
      {"loan": ("co_borrower", False, False)}),
    S("sh-freeze-contracted", SH, "freeze", "decline", (), "被执行人正在履行按月提取公积金归还贷款的约定提取：不予协助冻结",
      {"contracted": True}),
    S("sh-freeze-closed", SH, "freeze", "decline", (), "被执行人公积金账户已销户：无可冻结的账户", {"status": "closed"}),
    S("sh-freeze-no-ruling", SH, "freeze", "needs_correction", ("ruling",), "冻结未附裁定书：请法院补送裁定书", {"drop": ("ruling",)}),
    S("sh-freeze-bad-id", SH, "freeze", "needs_correction", (), "通知书和裁定书所载被执行人身份证号码校验位错误：请法院核对更正", {"bad_id": True}),
    S("sh-freeze-no-facts", SH, "freeze", "needs_facts", (), "冻结材料齐全，但未提供本中心账户记录：需查明账户情况后决定", {"accounts": False}),
    S("sh-freeze-conflict", SH, "freeze", "needs_correction", (), "通知书与裁定书所载冻结金额不一致：请法院更正", {"conflict": True}),
    S("sh-freeze-preservation", SH, "freeze", "assist", (), "诉讼财产保全冻结：执保案号，依据民初案号的财产保全民事裁定书，材料齐全",
      {"ground": "preservation"}),
    # --- shanghai-2021: renewal and unfreeze
    S("sh-renew-clean", SH, "renew_freeze", "assist", (), "原冻结届满前续行冻结三年，材料齐全", {}),
    S("sh-renew-4y", SH, "renew_freeze", "needs_correction", (), "续行冻结期限四年，超过三年上限：请法院更正期限", {"years": 4}),
    S("sh-unfreeze-clean", SH, "unfreeze", "assist", (), "解除本案冻结，账户上确有本案冻结，材料齐全", {"freezes": "own_active"}),
    S("sh-unfreeze-other", SH, "unfreeze", "decline", (), "要求解除的冻结不是本案所为：账户上仅有他案冻结，不能解除", {"freezes": "other_active"}),
    S("sh-unfreeze-no-facts", SH, "unfreeze", "needs_facts", (), "解除冻结材料齐全，但未提供账户记录：需核实本案冻结后决定", {"accounts": False}),
    # --- shanghai-2021: deduction
    S("sh-deduct-retired", SH, "deduct", "assist", (), "扣划：中心记录已退休，附退休证明，裁定书载明无其他可供执行财产",
      {"retired": True, "proof": True, "age": "retired_f"}),
    S("sh-deduct-by-age", SH, "deduct", "assist", (), "扣划：中心无退休记录，被执行人已年满六十七周岁，达到法定退休年龄，无需退休证明",
      {"retired": None, "age": "old"}),
    S("sh-deduct-child", SH, "deduct", "assist", (), "扣划：执行标的为判决确定的抚养费，判决书已载明提取情形，无需另附证明",
      {"ground": "child_support"}),
    S("sh-deduct-elder", SH, "deduct", "assist", (), "扣划：执行标的为判决确定的赡养费，判决书已载明提取情形", {"ground": "elder_support"}),
    S("sh-deduct-injury", SH, "deduct", "assist", (), "扣划：交通事故致人伤残，判决赔偿医疗费、误工费、残疾赔偿金等（人身损害赔偿金）",
      {"ground": "injury"}),
    S("sh-deduct-wages", SH, "deduct", "assist", (), "扣划：判决支付农民工劳务费（农民工工资），判决书已载明", {"ground": "migrant_wages"}),
    S("sh-deduct-silent", SH, "deduct", "needs_correction", (), "扣划：执行裁定书未载明已进行财产调查、无其他可供执行财产：请法院说明",
      {"ground": "child_support", "no_investigation": True}),
    S("sh-deduct-not-retired", SH, "deduct", "needs_correction", ("ground_proof",),
      "扣划：被执行人已满六十一周岁，但中心记录为未退休，判决为民间借贷，未附提取情形证明", {"retired": False, "age": "61"}),
    S("sh-deduct-advance", SH, "deduct", "decline", (), "扣划：执行依据为先予执行裁定，不适用扣划公积金", {"ground": "advance"}),
    S("sh-deduct-no-judgment", SH, "deduct", "needs_correction", ("judgment",), "扣划：未附民事判决书复印件，被执行人记录为已退休",
      {"retired": True, "age": "old", "drop": ("judgment",)}),
    # --- jiaozuo-2024
    S("jz-query-clean", JZ, "query", "assist", (), "焦作查询：查询单载明身份证号码，两名执行人员工作证、执行公务证齐全", {}),
    S("jz-query-no-id", JZ, "query", "needs_correction", (), "焦作查询：查询单未注明被查询人身份证号码：请法院补正", {"query_no_id": True}),
    S("jz-query-one-officer", JZ, "query", "needs_correction", ("duty_cert", "work_id"),
      "焦作查询：仅一名执行人员的工作证和执行公务证，不足两名：请补送另一名执行人员证件", {"officers": 1}),
    S("jz-freeze-clean", JZ, "freeze", "assist", (), "焦作冻结：裁定书、通知书载明金额和期限，两名执行人员证件齐全，无贷款", {}),
    S("jz-freeze-settled", JZ, "freeze", "assist", (), "焦作冻结：被执行人曾有公积金贷款，已结清", {"loan": ("borrower", True, False)}),
    S("jz-freeze-guarantor", JZ, "freeze", "decline", (), "焦作冻结：被执行人为他人公积金贷款提供担保尚未解除：暂不予冻结",
      {"loan": ("guarantor", False, False)}),
    S("jz-freeze-borrower", JZ, "freeze", "decline", (), "焦作冻结：被执行人有尚未还清的公积金贷款：暂不予冻结", {"loan": ("borrower", False, False)}),
    S("jz-freeze-no-duty", JZ, "freeze", "needs_correction", ("duty_cert",), "焦作冻结：只有两名执行人员的工作证，缺执行公务证",
      {"cards": "work_id"}),
    S("jz-freeze-5y", JZ, "freeze", "needs_correction", (), "焦作冻结：冻结期限五年，超过全国规定的三年上限", {"years": 5}),
    S("jz-freeze-no-amount", JZ, "freeze", "needs_correction", (), "焦作冻结：协助执行通知书和裁定书均未注明冻结的具体金额", {"no_amount": True}),
    S("jz-freeze-closed", JZ, "freeze", "decline", (), "焦作冻结：账户已销户", {"status": "closed"}),
    S("jz-unfreeze-clean", JZ, "unfreeze", "assist", (), "焦作解冻：账户上有本案冻结，材料齐全", {"freezes": "own_active"}),
    S("jz-query-photo", JZ, "query", "assist", (), "焦作查询：执行人员证件为手机拍照，查询单与通知书齐全", {"card_mode": "photo"}),
    S("jz-unfreeze-no-facts", JZ, "unfreeze", "needs_facts", (), "焦作解冻：材料齐全，但未提供账户记录", {"accounts": False}),
    S("jz-freeze-reversed", JZ, "freeze", "needs_correction", (), "焦作冻结：冻结期限止日早于起日", {"period": "reversed"}),
    S("jz-freeze-no-ruling", JZ, "freeze", "needs_correction", ("ruling",), "焦作冻结：未附执行裁定书", {"drop": ("ruling",)}),
    S("jz-freeze-bad-id", JZ, "freeze", "needs_correction", (), "焦作冻结：被执行人身份证号码校验位错误", {"bad_id": True}),
]
