"""The scenario table: kinds of bundle, three variants each, with the expected decision.

Bundle NNN takes kind NNN // 3 (mod the table) and variant NNN % 3, so variants 0 and 1
are dev and variant 2 is held out: every kind is in both splits.

Keys a variant may set (read by bundle.py):
  ground / where        the judgment's cause and where the withdrawal ground is written
  invest                index into grounds.INVEST (stated) or ('silent', k)
  retired_by_id         respondent born early enough to be past retirement age
  proof                 'emigrate' / 'dibao': a ground_proof paper is included
  claim_only            'emigrate' / 'dibao': the ground is only asserted in the notice
  xianyu                the basis is a 先予执行 ruling
  drop                  document types left out of the bundle
  loan, contracted, status, low_balance, own_freeze, other_freeze, no_accounts, absent
  preservation          'suit' (原告/被告, 民初) or 'pre' (申请人/被申请人, 财保)
  period_years, no_period, unsealed_notice, id_mismatch, name_mismatch,
  one_officer, one_duty_missing, expired_duty, query_no_id, other_court, no_cards
"""

NC, AS, NF, DE = "needs_correction", "assist", "needs_facts", "decline"
SH, JZ = "shanghai-2021", "jiaozuo-2024"

KINDS = [
    ("deduct-ground-stated", [
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=0, expect=(AS, []),
             why="抚养费 awarded in 判决主文 (ground 7, stated in the judgment, so no proof is needed); ruling states the network search found no other property; clean account"),
        dict(pack=SH, action="deduct", ground="injury", where="orders", invest=1, other_court=True, expect=(AS, []),
             why="a court outside Shanghai deducts 人身损害赔偿金 awarded in the 判决主文 (ground 7); no other property stated; clean account"),
        dict(pack=SH, action="deduct", ground="wages", where="reasons", invest=4, expect=(AS, []),
             why="农民工工资 recognised only in 本院认为 (ground 7 stated in the judgment); property investigation stated; clean account"),
    ]),
    ("deduct-ground-elsewhere", [
        dict(pack=SH, action="deduct", ground="wages", where="ruling", invest=2, expect=(AS, []),
             why="the judgment only says 劳务费; the 执行裁定's reasons state the debt is 农民工工资 (an effective legal document states the ground); other property insufficient; clean account"),
        dict(pack=SH, action="deduct", ground="elder", where="orders", invest=3, resumed=True, expect=(AS, []),
             why="赡养费 (ground 7) in a resumed case (执恢) after 终结本次执行, re-search found nothing; clean account"),
        dict(pack=SH, action="deduct", ground="rent", where="orders", invest=0, expect=(AS, []),
             why="the respondent's debt is house rent (ground 4 住房消费, 支付房租) awarded by the judgment; no other property; clean account"),
    ]),
    ("deduct-retired-divorce-dibao", [
        dict(pack=SH, action="deduct", ground="loan", where="none", invest=0, retired_by_id=True, expect=(AS, []),
             why="民间借贷 debt, but the respondent's ID shows he is past statutory retirement age (ground 1, proof exempt); account sealed and retired in the records; no other property"),
        dict(pack=SH, action="deduct", ground="divorce", where="orders", invest=1, expect=(AS, []),
             why="a divorce judgment divides the 住房公积金 explicitly (ground 5); no other property; clean account"),
        dict(pack=SH, action="deduct", ground="loan", where="none", invest=4, proof="dibao", expect=(AS, []),
             why="民间借贷 debt owed to an applicant on 最低生活保障 (ground 6), proved by the civil-affairs certificate (ground_proof); no other property; clean account"),
    ]),
    ("deduct-proof-missing", [
        dict(pack=SH, action="deduct", ground="loan", where="none", invest=0, claim_only="emigrate", expect=(NC, ["ground_proof"]),
             why="only the 协助执行通知书 asserts the respondent has settled abroad (ground 2); no judgment states it and no proof is attached: the court must send the ground proof (第三条（二）5)"),
        dict(pack=SH, action="deduct", ground="sale", where="none", invest=2, claim_only="dibao", expect=(NC, ["ground_proof"]),
             why="the notice says the applicant lives on 最低生活保障 (ground 6), but no certificate is attached and no legal document states it: needs the ground proof"),
        dict(pack=SH, action="deduct", ground="loan", where="none", invest=1, claim_only="emigrate", other_court=True, expect=(NC, ["ground_proof"]),
             why="an out-of-province court's notice asserts 出境定居 without a 户口注销证明: needs the ground proof"),
    ]),
    ("deduct-investigation-silent", [
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=("silent", 0), expect=(NC, []),
             why="ground stated (抚养费) but neither ruling nor notice says the court investigated and found no other property (第三条（一）3): only the court can state it"),
        dict(pack=SH, action="deduct", ground="injury", where="orders", invest=("silent", 1), expect=(NC, []),
             why="the ruling says only that the respondent has a fund account, nothing about other property: the court must state its property investigation"),
        dict(pack=SH, action="deduct", ground="wages", where="reasons", invest=("silent", 2), expect=(NC, []),
             why="the ruling says the applicant asked for the fund to be enforced, not that no other property exists: needs the court's statement"),
    ]),
    ("deduct-missing-paper", [
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=0, drop=["judgment"], notice_ground_text=True, expect=(NC, ["judgment"]),
             why="the 民事判决书 copy is missing (第三条（二）4); the ruling alone carries the ground"),
        dict(pack=SH, action="deduct", ground="injury", where="orders", invest=None, drop=["ruling"], expect=(NC, ["ruling"]),
             why="no 执行裁定书 (第三条（二）3); the judgment and notice are there"),
        dict(pack=SH, action="deduct", ground="elder", where="orders", invest=0, drop=["judgment"], other_court=True, notice_ground_text=True, expect=(NC, ["judgment"]),
             why="out-of-province court; the judgment copy is missing"),
    ]),
    ("deduct-needs-facts", [
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=0, no_accounts=True, expect=(NF, []),
             why="papers complete and a ground stated, but no account facts: loans and contracted withdrawals (第三条（一）1-2) are only in the centre's records"),
        dict(pack=SH, action="deduct", ground="injury", where="orders", invest=4, absent=True, expect=(NF, []),
             why="papers complete; the account facts given do not contain the respondent (a partial source): needs_facts"),
        dict(pack=JZ, action="deduct", ground="wages", where="reasons", invest=0, no_accounts=True, expect=(NF, []),
             why="Jiaozuo deduction with every paper and two officers' cards, but no account facts: the loan bar (第2条) needs the centre's records"),
    ]),
    ("deduct-decline-ground", [
        dict(pack=SH, action="deduct", ground="loan", where="none", invest=0, expect=(DE, []),
             why="民间借贷 debt, a young depositing respondent, an ordinary applicant: none of the seven withdrawal grounds (第三条（一）4) holds, and no paper can make one"),
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=1, xianyu=True, expect=(DE, []),
             why="the basis is a 先予执行 ruling (抚养费 ordered in advance): 第三条（一）5 不适用先予执行"),
        dict(pack=SH, action="deduct", ground="sale", where="none", invest=2, expect=(DE, []),
             why="买卖合同 debt of a working-age respondent, nothing in the papers or records gives a withdrawal ground"),
    ]),
    ("deduct-decline-facts", [
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=0, loan=[{"role": "borrower", "settled": False}], expect=(DE, []),
             why="the respondent has an unsettled Shanghai fund loan as borrower (第三条（一）1)"),
        dict(pack=SH, action="deduct", ground="injury", where="orders", invest=1, contracted=True, expect=(DE, []),
             why="a 约定提取 (rent / loan repayment) is in force (第三条（一）2)"),
        dict(pack=SH, action="deduct", ground="wages", where="reasons", invest=3, resumed=True, loan=[{"role": "co_borrower", "settled": False}], expect=(DE, []),
             why="the respondent is 参贷人 of an unsettled fund loan (第三条（一）1)"),
    ]),
    ("deduct-balance-freeze", [
        dict(pack=SH, action="deduct", ground="support", where="orders", invest=0, low_balance=True, expect=(AS, []),
             why="the amount asked exceeds the balance: deduct what there is; everything else holds"),
        dict(pack=SH, action="deduct", ground="injury", where="orders", invest=2, own_freeze=True, expect=(AS, []),
             why="the same court froze this account earlier in the same case; now deducts it"),
        dict(pack=SH, action="deduct", ground="fundloan", where="orders", invest=1, bank_applicant=True,
             loan=[{"role": "borrower", "settled": False, "case_about_this_loan": True}], expect=(AS, []),
             why="unsettled borrower loan, but the case is about that very fund loan (exception in 第三条（一）1), and the debt is 偿还购房贷款 (ground 4)"),
    ]),
    ("deduct-jiaozuo", [
        dict(pack=JZ, action="deduct", ground="support", where="orders", invest=0, expect=(AS, []),
             why="Jiaozuo: notice, ruling, judgment, two officers with 工作证 and 执行公务证 (第8条); no loan or guarantee"),
        dict(pack=JZ, action="deduct", ground="injury", where="orders", invest=1, one_duty_missing=True, expect=(NC, ["duty_cert"]),
             why="Jiaozuo: the second officer's 执行公务证 is missing (第8条 needs both cards of two officers)"),
        dict(pack=JZ, action="deduct", ground="wages", where="reasons", invest=4, loan=[{"role": "borrower", "settled": False}], expect=(DE, []),
             why="Jiaozuo: the respondent has an unsettled fund loan (第2条)"),
    ]),
    ("preserve-sh", [
        dict(pack=SH, action="freeze", preservation="suit", ground="sale", expect=(AS, []),
             why="诉讼保全: 民事裁定书 under 民初, notice under 执保, 原告/被告, 以…元为限, three-year period; clean account"),
        dict(pack=SH, action="freeze", preservation="pre", ground="loan", expect=(AS, []),
             why="诉前保全: 申请人/被申请人, 财保 ruling, 执保 notice; clean account"),
        dict(pack=SH, action="freeze", preservation="suit", ground="loan", other_court=True, low_balance=True, expect=(AS, []),
             why="out-of-province preservation, amount above the balance: freeze as asked and top up monthly (第二条（三）2)"),
    ]),
    ("preserve-sh-defects", [
        dict(pack=SH, action="freeze", preservation="suit", ground="sale", drop=["ruling"], expect=(NC, ["ruling"]),
             why="preservation freeze without the 民事裁定书 (第二条（五）3)"),
        dict(pack=SH, action="freeze", preservation="pre", ground="loan", loan=[{"role": "borrower", "settled": False}], expect=(DE, []),
             why="preservation freeze, respondent is borrower of an unsettled fund loan (第二条（一）1)"),
        dict(pack=SH, action="freeze", preservation="suit", ground="loan", no_accounts=True, expect=(NF, []),
             why="preservation freeze with complete papers, no account facts: loans unknown"),
    ]),
    ("preserve-jz", [
        dict(pack=JZ, action="freeze", preservation="suit", ground="sale", expect=(AS, []),
             why="Jiaozuo preservation: ruling + notice with amount and period, two officers' cards; no loan"),
        dict(pack=JZ, action="freeze", preservation="suit", ground="loan", loan=[{"role": "guarantor", "settled": False}], expect=(DE, []),
             why="Jiaozuo: the respondent guarantees someone's unsettled fund loan (第2条 为他人贷款提供担保)"),
        dict(pack=JZ, action="freeze", preservation="suit", ground="sale", no_period=True, expect=(NC, []),
             why="Jiaozuo: the papers do not state the freeze period (第4条 must state amount and period)"),
    ]),
    ("freeze-sh-ok", [
        dict(pack=SH, action="freeze", ground="loan", other_freeze=True, expect=(AS, []),
             why="account already frozen by another court: a queued freeze (轮候冻结, 第二条（四))"),
        dict(pack=SH, action="freeze", ground="sale", loan=[{"role": "guarantor", "settled": False}], other_court=True, expect=(AS, []),
             why="Shanghai bars only 主贷人/参贷人 loans; a guarantee of another's loan is no bar"),
        dict(pack=SH, action="freeze", ground="loan", low_balance=True, loan=[{"role": "borrower", "settled": True}], expect=(AS, []),
             why="settled loan, amount over the balance: freeze as asked (第二条（三）2)"),
    ]),
    ("freeze-sh-defects", [
        dict(pack=SH, action="freeze", ground="loan", period_years=4, expect=(NC, []),
             why="freeze period of four years exceeds the three-year limit (第二条（二）)"),
        dict(pack=SH, action="freeze", ground="sale", unsealed_notice=True, expect=(NC, []),
             why="the 协助执行通知书 bears no court seal: not an original the centre can act on"),
        dict(pack=SH, action="freeze", ground="loan", id_mismatch=True, expect=(NC, []),
             why="the ruling gives the respondent a different ID number from the notice: the court must correct"),
    ]),
    ("renew-unfreeze-query-sh", [
        dict(pack=SH, action="renew_freeze", ground="loan", expect=(AS, []),
             why="renewal before expiry for three more years (第二条（二）); the earlier freeze is in the records"),
        dict(pack=SH, action="unfreeze", ground="sale", expect=(AS, []),
             why="unfreeze with card, notice and ruling (第四条); the freeze is in the records"),
        dict(pack=SH, action="query", ground="loan", query_style="intro", no_accounts=True, expect=(AS, []),
             why="offline query with 介绍信 and 工作证 (第一条（二）); no account facts are needed"),
    ]),
    ("sh-defects-other", [
        dict(pack=SH, action="unfreeze", ground="loan", drop=["ruling"], expect=(NC, ["ruling"]),
             why="unfreeze without the 裁定书 (第四条 3)"),
        dict(pack=SH, action="renew_freeze", ground="sale", period_years=4, expect=(NC, []),
             why="renewal for four years exceeds the three-year limit"),
        dict(pack=SH, action="freeze", ground="loan", name_mismatch=True, expect=(NC, []),
             why="the 协助执行通知书 and the 执行裁定书 write the respondent's name differently (same ID): the court must correct"),
    ]),
    ("jz-query-freeze", [
        dict(pack=JZ, action="query", ground="loan", expect=(AS, []),
             why="Jiaozuo query: 查询单 with the ID number, notice, two officers' 工作证 and 执行公务证 (第3条)"),
        dict(pack=JZ, action="query", ground="sale", query_no_id=True, expect=(NC, []),
             why="Jiaozuo: the 查询单 does not give the person's ID number (第3条 身份信息)"),
        dict(pack=JZ, action="freeze", ground="loan", one_officer=True, expect=(NC, []),
             why="Jiaozuo freeze presented by one officer only (第4条 needs two or more)"),
    ]),
    ("jz-defects", [
        dict(pack=JZ, action="freeze", ground="sale", expired_duty=True, expect=(NC, []),
             why="Jiaozuo: one officer's 执行公务证 expired before today"),
        dict(pack=JZ, action="freeze", ground="loan", drop=["ruling"], expect=(NC, ["ruling"]),
             why="Jiaozuo freeze without the 执行裁定书 (第4条)"),
        dict(pack=JZ, action="freeze", ground="loan", expect=(AS, []),
             why="Jiaozuo ordinary freeze: ruling, notice with amount and three-year period, two officers' cards; no loan"),
    ]),
]


def pick(nnn):
    name, variants = KINDS[(nnn // 3) % len(KINDS)]
    return name, dict(variants[nnn % 3])
