"""The kinds of bundle (scenario × 3 variants) and what the truth says about each."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from .common import COURTS, People, add_workdays, add_years, workday_on_or_after, yuan
from .papers import Case
from .render import Officer


@dataclass
class Spec:
    kind: str
    action: str
    expected: str
    scenario: str
    ground: str = "none"
    ground_place: str = "none"
    invest_place: str = "ruling"
    papers: list[str] = field(default_factory=lambda: ["assist_notice", "ruling", "judgment"])
    missing: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)
    n_officers: int = 2
    card: str = "mixed"  # work_id, duty_cert, mixed
    accounts: str = "present"  # present, absent_person, no_file, namesake
    status: str | None = None
    loans: list[dict] = field(default_factory=list)
    contracted: bool = False
    balance: str = "enough"  # enough, short
    other_freeze: bool = False
    over_limit: bool = False
    query_id: bool = True
    state_account: bool = True
    age: str = "young"  # young, old (past any retirement age), woman50


def _d(kind, v):  # deduction helper: default papers
    return Spec(kind=kind, action="deduct", expected="assist", scenario="")


def spec_for(k: int, v: int, rng: random.Random) -> Spec:
    """k: kind index, v: variant (0, 1 dev; 2 held out)."""
    name = KINDS[k]
    s = _d(name, v)
    if name == "deduct_ground_in_papers":
        s.ground, s.ground_place, s.invest_place = [("support", "judgment_main", "ruling"),
                                                    ("injury", "judgment_reason", "notice"),
                                                    ("retired", "ruling", "other")][v]
        s.age = "old" if v == 2 else "young"
        s.scenario = ["扣划：抚养费判决，判决主文载明抚养费，裁定书载明执行调查无其他财产",
                      "扣划：人身损害赔偿判决（本院认为部分），通知书载明执行调查结果",
                      "扣划：被执行人已退休（裁定书另查明），另附财产调查情况说明"][v]
    elif name == "deduct_ground_proof":
        s.ground = ["retired", "emigrated", "lowincome"][v]
        s.ground_place = "proof"
        s.age = "woman50" if v == 0 else "young"
        s.papers = ["assist_notice", "ruling", "judgment", "ground_proof"]
        s.invest_place = ["ruling", "ruling", "notice"][v]
        s.scenario = ["扣划：被执行人（女）已退休，另附单位退休证明（身份证号不能单独证明已达退休年龄）",
                      "扣划：被执行人出境定居，另附派出所户口注销证明",
                      "扣划：申请执行人享受最低生活保障，另附低保证明"][v]
    elif name == "deduct_loan_not_blocking":
        s.ground, s.ground_place = [("retired", "judgment_facts"), ("loan_case", "judgment_main"),
                                    ("elder", "judgment_main")][v]
        s.age = "old" if v == 0 else "young"
        s.loans = [[{"role": "guarantor", "settled": False}],
                   [{"role": "borrower", "settled": False, "case_about_this_loan": True}],
                   [{"role": "borrower", "settled": True}]][v]
        s.balance = "short" if v == 2 else "enough"
        s.scenario = ["扣划：被执行人仅为他人公积金贷款提供担保（124号文只限主贷人、参贷人），已退休",
                      "扣划：本案即为被执行人的住房公积金贷款纠纷（第三条（一）1但书），住房消费",
                      "扣划：被执行人曾有公积金贷款已结清；赡养费；余额少于扣划金额"][v]
    elif name == "deduct_no_ground":
        s.expected, s.missing = "needs_correction", ["ground_proof"]
        s.invest_place = ["ruling", "notice", "other"][v]
        s.scenario = "扣划：普通民商事债务，被执行人未到退休年龄，任何材料均未载明第三条（一）4所列提取情形"
        s.defects = ["未载明且未证明符合协助扣划的提取条件（第三条（一）4、（二）5）"]
    elif name == "deduct_no_investigation":
        s.expected = "needs_correction"
        s.invest_place = "none"
        s.ground, s.ground_place = [("support", "judgment_main"), ("retired", "ruling"), ("wages", "judgment_reason")][v]
        s.age = "old" if v == 1 else "young"
        s.scenario = "扣划：提取情形明确，但裁定书、通知书均未说明已进行执行调查、确无其他可供执行财产"
        s.defects = ["未说明已对被执行人财产进行执行调查且无其他可供执行财产（第三条（一）3）"]
    elif name == "deduct_missing_paper":
        s.expected = "needs_correction"
        miss = ["judgment", "ruling", "assist_notice"][v]
        s.ground, s.ground_place = [("retired", "ruling"), ("support", "judgment_main"), ("injury", "judgment_facts")][v]
        s.age = "old" if v == 0 else "young"
        s.papers = [p for p in s.papers if p != miss]
        if miss == "ruling":
            s.invest_place = "notice"
        s.missing = [miss]
        s.scenario = f"扣划：缺少{ {'judgment': '民事判决书复印件', 'ruling': '执行裁定书', 'assist_notice': '协助执行通知书'}[miss]}"
        s.defects = [f"材料缺失：{miss}（第三条（二））"]
    elif name == "deduct_condition_fails":
        s.expected = "decline"
        s.ground, s.ground_place = [("retired", "ruling"), ("support", "judgment_main"), ("injury", "judgment_reason")][v]
        s.age = "old" if v == 0 else "young"
        if v == 0:
            s.loans = [{"role": "borrower", "settled": False}]
            s.defects = ["被执行人作为主贷人有尚未结清的本市住房公积金贷款（第三条（一）1）"]
        elif v == 1:
            s.loans = [{"role": "co_borrower", "settled": False}]
            s.contracted = True
            s.defects = ["被执行人作为参贷人有未结清公积金贷款（第三条（一）1）",
                         "被执行人有正在履行的约定提取还贷业务（第三条（一）2）"]
        else:
            s.status = "closed"
            s.defects = ["被执行人住房公积金账户已销户"]
        s.scenario = "扣划：材料齐全，但公积金中心记录显示条件不满足"
    elif name == "deduct_needs_facts":
        s.expected = "needs_facts"
        s.ground, s.ground_place = [("support", "judgment_main"), ("retired", "ruling"), ("wages", "judgment_reason")][v]
        s.age = "old" if v == 1 else "young"
        s.accounts = ["absent_person", "no_file", "namesake"][v]
        s.scenario = ["扣划：材料齐全，但账户数据中没有被执行人",
                      "扣划：材料齐全，未提供账户数据",
                      "扣划：账户数据中只有同名不同身份证号的人"][v]
        s.defects = ["公积金中心自身记录缺失，无法核对贷款、约定提取及账户状态"]
    elif name == "freeze":
        s.action, s.papers = "freeze", ["assist_notice", "ruling"]
        s.balance = "short" if v == 1 else "enough"
        s.other_freeze = v == 2
        s.scenario = ["冻结：三年期限，材料齐全", "冻结：冻结金额多于账户余额（第二条（三）2，缴存中按月续冻）",
                      "冻结：账户已被他院冻结，本次为轮候冻结（第二条（四））"][v]
    elif name == "renew_freeze":
        s.action, s.papers = "renew_freeze", ["assist_notice", "ruling"]
        s.scenario = "续行冻结：原冻结期限届满前办理，续行期限不超过三年"
        s.card = ["work_id", "duty_cert", "mixed"][v]
    elif name == "unfreeze":
        s.action, s.papers = "unfreeze", ["assist_notice", "ruling"]
        s.scenario = "解除冻结：解除本案冻结，附解除冻结裁定"
        s.state_account = v != 1
    elif name == "query":
        s.action = "query"
        s.papers = [["query_form"], ["intro_letter"], ["query_sheet", "intro_letter"]][v]
        s.n_officers = [1, 2, 2][v]
        s.card = ["work_id", "duty_cert", "work_id"][v]
        s.scenario = ["线下查询：协助查询通知书＋一名执行人员工作证（124号文不要求两名）",
                      "线下查询：介绍信＋执行公务证（第一条（二）2：介绍信或协助查询文书其一即可）",
                      "线下查询：查询单＋介绍信＋工作证复印"][v]
    elif name == "nondeduct_defects":
        s.expected = "needs_correction"
        if v == 0:
            s.action, s.papers, s.over_limit = "freeze", ["assist_notice", "ruling"], True
            s.scenario = "冻结：通知书所载冻结期限四年，超过三年上限"
            s.defects = ["冻结期限超过三年（第二条（二））"]
        elif v == 1:
            s.action, s.papers, s.query_id = "query", ["query_form"], False
            s.scenario = "查询：协助查询通知书未填写被查询人身份证号码"
            s.defects = ["查询文书缺少被查询人身份证号码，无法确定查询对象"]
        else:
            s.action, s.papers, s.over_limit = "renew_freeze", ["assist_notice", "ruling"], True
            s.scenario = "续行冻结：续行期限四年，超过三年上限"
            s.defects = ["续行冻结期限超过三年（第二条（二））"]
    return s


KINDS = ["deduct_ground_in_papers", "deduct_ground_proof", "deduct_loan_not_blocking", "deduct_no_ground",
         "deduct_no_investigation", "deduct_missing_paper", "deduct_condition_fails", "deduct_needs_facts",
         "freeze", "renew_freeze", "unfreeze", "query", "nondeduct_defects"]

COMPANIES = ["上海恒远建材有限公司", "上海锦程贸易有限公司", "上海申丰物业管理有限公司", "上海汇诚小额贷款股份有限公司",
             "上海众鑫机电设备有限公司", "上海明德装饰工程有限公司"]
BANKS = [("中国工商银行股份有限公司上海市分行", "中国工商银行上海市分行营业部"),
         ("中国建设银行股份有限公司上海市分行", "中国建设银行上海市分行营业部"),
         ("中国农业银行股份有限公司上海市分行", "中国农业银行上海市分行营业部"),
         ("上海农村商业银行股份有限公司", "上海农商银行营业部")]
CAUSES = {"support": "抚养费纠纷", "injury": "机动车交通事故责任纠纷", "wages": "追索劳动报酬纠纷",
          "elder": "赡养费纠纷", "rent": "房屋租赁合同纠纷", "loan_case": "金融借款合同纠纷", "divorce": "离婚纠纷"}


def make_case(spec: Spec, rng: random.Random) -> tuple[Case, People]:
    ppl = People(rng)
    court, code, district = rng.choice(COURTS)
    today = workday_on_or_after(dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 640)))
    notice = add_workdays(today, -0) if spec.action in ("freeze", "query") else today
    # the notice is dated a few working days before receipt
    back = rng.randint(0, 6)
    notice = today
    while back:
        notice -= dt.timedelta(days=1)
        if notice.weekday() < 5:
            back -= 1
    ruling_d = notice - dt.timedelta(days=rng.randint(0, 20))
    judgment_d = ruling_d - dt.timedelta(days=rng.randint(150, 500))
    # respondent
    if spec.age == "old":
        resp = ppl.person((1950, 1958))
    elif spec.age == "woman50":
        resp = ppl.person((today.year - 53, today.year - 51), male=False)
    else:
        resp = ppl.person((1978, 1995))
    # applicant
    g = spec.ground
    cause = CAUSES.get(g, rng.choice(["民间借贷纠纷", "买卖合同纠纷", "民间借贷纠纷"]))
    if g == "support":
        app = ppl.person((today.year - 14, today.year - 6))
        app["guardian"] = ppl.name()
    elif g == "elder":
        app = ppl.person((1940, 1950), male=True)
    elif g == "loan_case":
        bank = rng.choice(BANKS)[0]
        app = {"org": True, "name": bank, "addr": "浦东新区银城中路200号", "rep": ppl.name(), "rep_title": "行长"}
    elif cause == "买卖合同纠纷" and g in ("none", "emigrated", "retired"):
        app = {"org": True, "name": rng.choice(COMPANIES), "addr": f"{rng.choice(['闵行区', '嘉定区', '松江区'])}"
               f"{rng.choice(['江川路', '沪宜公路', '九亭镇涞寅路'])}{rng.randint(10, 999)}号", "rep": ppl.name(),
               "rep_title": "执行董事"}
    else:
        app = ppl.person((1960, 1990))
    if g == "divorce":
        cause = "离婚纠纷"
    year = notice.year if rng.random() < 0.7 else notice.year - 1
    case_no = f"（{year}）{code}执{rng.randint(100, 29999)}号"
    judg_no = f"（{judgment_d.year}）{code}民初{rng.randint(1000, 49999)}号"
    amount = rng.randint(80, 1500) * 10000 + rng.choice([0, 0, rng.randint(1, 9999)])
    if g == "support":
        amount = rng.randint(12, 60) * 100000
    officers = []
    cards = {"work_id": ["work_id"] * 2, "duty_cert": ["duty_cert"] * 2}.get(spec.card, rng.choice(
        [["work_id", "duty_cert"], ["duty_cert", "work_id"], ["work_id", "work_id"], ["duty_cert", "duty_cert"]]))
    for n in range(spec.n_officers):
        male = rng.random() < 0.6
        on = ppl.name()
        card = cards[n]
        num = (f"{code[1:]}{rng.randint(1000, 9999)}" if card == "work_id"
               else f"沪执证字第{code[1:]}{rng.randint(100, 999)}号")
        issued = (f"{rng.randint(2015, 2022)}年{rng.randint(1, 12)}月" if card == "work_id"
                  else f"{rng.randint(2026, 2028)}年12月31日")
        officers.append(Officer(on, male, court, rng.choice(["执行员", "法官助理", "执行法官"]), num, card, issued))
    bank = (court, f"{rng.randint(10, 99)}{rng.randint(10**12, 10**13 - 1)}", rng.choice(BANKS)[1])
    c = Case(court=court, code=code, district=district, case_no=case_no, judg_no=judg_no, judg_court=court,
             cause=cause, applicant=app, respondent=resp, amount_fen=amount,
             account_no=f"{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}", officers=officers,
             judges=[ppl.name() for _ in range(3)], clerk=ppl.name(), notice_date=notice, ruling_date=ruling_d,
             judgment_date=judgment_d, today=today, action=spec.action, ground=g, ground_place=spec.ground_place,
             invest_place=spec.invest_place, state_account=spec.state_account, query_id=spec.query_id, bank=bank)
    c.extra["trial_judge"] = ppl.name()
    c.extra["trial_clerk"] = ppl.name()
    if spec.action == "freeze":
        c.freeze_start = today
        c.freeze_end = add_years(today, 4 if spec.over_limit else 3) - dt.timedelta(days=1)
    if spec.action in ("renew_freeze", "unfreeze"):
        if spec.action == "renew_freeze":
            end = today + dt.timedelta(days=rng.randint(12, 70))
            c.prior_start = add_years(end + dt.timedelta(days=1), -3)
        else:
            c.prior_start = today - dt.timedelta(days=rng.randint(120, 700))
        c.prior_end = add_years(c.prior_start, 3) - dt.timedelta(days=1)
        c.prior_no = case_no
        # earlier notice: dated at the prior start
        c.notice_date = max(c.notice_date, c.prior_start + dt.timedelta(days=30))
        if spec.action == "renew_freeze":
            c.freeze_start = c.prior_end + dt.timedelta(days=1)
            c.freeze_end = add_years(c.freeze_start, 4 if spec.over_limit else 3) - dt.timedelta(days=1)
        c.ruling_date = min(c.ruling_date, c.notice_date)
        c.ruling_date = max(c.ruling_date, c.prior_start)
        c.judgment_date = c.prior_start - dt.timedelta(days=rng.randint(100, 300))
        c.judg_no = f"（{c.judgment_date.year}）{code}民初{rng.randint(1000, 49999)}号"
        yr = c.prior_start.year
        c.case_no = c.prior_no = f"（{yr}）{code}执{rng.randint(100, 29999)}号"
    if g == "retired":
        c.extra["retire_date"] = dt.date(resp["birth"].year + (50 if spec.age == "woman50" else 60),
                                         resp["birth"].month, 1) + dt.timedelta(days=31)
        c.extra["retire_date"] = c.extra["retire_date"].replace(day=1)
        c.extra["employer"] = rng.choice(["上海申通纺织品有限公司", "上海市第三百货商店有限公司", "上海华联针织厂",
                                          "上海东海仪表有限公司"])
        c.extra["proof_date"] = notice - dt.timedelta(days=rng.randint(3, 30))
    if g == "emigrated":
        c.extra["emig_date"] = notice - dt.timedelta(days=rng.randint(200, 900))
        c.extra["station"] = f"上海市公安局{district}分局{rng.choice(['东明路', '江川路', '田林', '南京东路', '曹家渡'])}派出所"
        c.extra["proof_date"] = notice - dt.timedelta(days=rng.randint(3, 30))
    if g == "lowincome":
        c.extra["office"] = f"上海市{district}民政局"
        c.extra["since"] = judgment_d - dt.timedelta(days=rng.randint(100, 700))
        c.extra["proof_date"] = notice - dt.timedelta(days=rng.randint(3, 30))
    return c, ppl


def accounts(spec: Spec, c: Case, ppl: People, rng: random.Random) -> list[dict] | None:
    if spec.accounts == "no_file":
        return None
    r = c.respondent
    bal = c.amount_fen * rng.randint(12, 30) // 10 if spec.balance == "enough" else c.amount_fen * rng.randint(3, 8) // 10
    retired = spec.ground == "retired" or spec.age == "old"
    rec = {"id_number": r["id"], "name": r["name"], "account_number": c.account_no, "balance": yuan(bal),
           "status": spec.status or ("sealed" if retired or spec.ground == "emigrated" else "depositing")}
    if rec["status"] == "depositing":
        rec["monthly_deposit"] = yuan(rng.randint(800, 5000) * 100)
    if retired:
        rec["retired"] = True
    if spec.status == "closed":
        rec["balance"] = "0.00"
    if spec.loans:
        rec["loans"] = spec.loans
    rec["contracted_withdrawal"] = spec.contracted
    freezes = []
    if spec.other_freeze:
        oc, ocode, _ = rng.choice([x for x in COURTS if x[0] != c.court])
        st = c.today - dt.timedelta(days=rng.randint(60, 500))
        freezes.append({"court": oc, "case_number": f"（{st.year}）{ocode}执{rng.randint(100, 9999)}号",
                        "amount": yuan(bal // 2), "state": "active", "start": st.isoformat(),
                        "end": (add_years(st, 3) - dt.timedelta(days=1)).isoformat()})
    if c.action in ("renew_freeze", "unfreeze"):
        freezes.append({"court": c.court, "case_number": c.prior_no, "amount": yuan(c.amount_fen), "state": "active",
                        "start": c.prior_start.isoformat(), "end": c.prior_end.isoformat()})
    if freezes:
        rec["freezes"] = freezes
    out = []
    for _ in range(rng.randint(1, 3)):
        p = ppl.person((1965, 1998))
        out.append({"id_number": p["id"], "name": p["name"],
                    "account_number": f"{rng.randint(10, 99)}{rng.randint(10**9, 10**10 - 1)}",
                    "balance": yuan(rng.randint(5000, 400000) * 100), "status": "depositing",
                    "monthly_deposit": yuan(rng.randint(800, 5000) * 100), "contracted_withdrawal": False})
    if spec.accounts == "absent_person":
        return out
    if spec.accounts == "namesake":
        from .common import make_id
        twin = dict(out[0])
        other_birth = r["birth"].replace(year=r["birth"].year + rng.choice([-3, 2, 5]))
        twin["name"] = r["name"]
        twin["id_number"] = make_id(rng, other_birth, r["male"])
        return [twin, *out[1:]]
    pos = rng.randint(0, len(out))
    return [*out[:pos], rec, *out[pos:]]
