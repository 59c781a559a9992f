"""The texts of the court papers, each kind in at least three wordings and layouts.

Real courts print the same request in many ways: different titles, party labels
(被执行人 / 被申请人), ID labels (公民身份号码 / 身份证号码 / 证件号码), amount forms
(capitals, figures, 万元) and date forms. Each builder here picks one variant at random,
so an extractor trained on the samples cannot key on a single template. The builders
return plain block lists; ``render`` decides fonts and positions.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal

from samples.cases import Case
from samples.numerals import amount_figures, amount_plain, amount_upper, amount_wan, date_arabic, date_cn
from samples.people import Officer

# ---------------------------------------------------------------- document model


@dataclass
class Block:
    """One paragraph-like unit; ``style`` tells the renderer how to place it.

    Styles: court, title, caseno, para (first-line indent), plain, center, right, cut
    (dashed tear-off line with a caption), gap, table (``rows``). ``anchor`` names a
    block a defect may target (``date``: the court's seal goes over it).
    """

    style: str
    text: str = ""
    anchor: str | None = None
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class DocText:
    """A document's content: its contract type code, a variant id and its blocks."""

    kind: str
    variant: str
    blocks: list[Block]
    seal_text: str = ""


@dataclass
class CardText:
    """A small card (work ID, duty certificate): title, fields and layout variant."""

    kind: str
    variant: str
    title: str
    header: str
    fields: list[tuple[str, str]]
    footer: str = ""
    seal_text: str = ""


# ---------------------------------------------------------------- phrase helpers

ID_LABELS = ("公民身份号码", "身份证号码", "证件号码", "身份证号")
ACTION_TITLES = {
    "query": ("协助执行通知书",),
    "freeze": ("协助执行通知书", "协助冻结通知书", "协助执行通知书"),
    "renew_freeze": ("协助执行通知书", "协助续行冻结通知书"),
    "unfreeze": ("协助执行通知书", "协助解除冻结通知书"),
    "deduct": ("协助执行通知书", "协助扣划通知书"),
}
YEARS_CN = {1: "一年", 2: "两年", 3: "三年"}


def money(amount: Decimal, form: str) -> str:
    """An amount in one of the forms courts use."""
    if form == "wan" and amount_wan(amount):
        return f"人民币{amount_wan(amount)}元"
    if form == "upper":
        return f"人民币（大写）{amount_upper(amount)}（小写：{amount_plain(amount)}元）"
    if form == "upper_fig":
        return f"人民币{amount_upper(amount)}（{amount_figures(amount)}）"
    if form == "fig_sep":
        return f"人民币{amount:,.2f}元"
    return f"人民币{amount_plain(amount)}元"


def pick_money_form(rng: random.Random, amount: Decimal) -> str:
    forms = ["upper", "upper_fig", "fig_sep", "fig"]
    if amount_wan(amount):
        forms += ["wan", "wan"]
    return rng.choice(forms)


def day(d: dt.date, chinese: bool) -> str:
    return date_cn(d) if chinese else date_arabic(d)


def period_phrase(case: Case, rng: random.Random, chinese: bool) -> str:
    """The freeze period, as a full range or as start + length."""
    assert case.freeze_start and case.freeze_end
    length = YEARS_CN[case.freeze_years]
    start, end = day(case.freeze_start, chinese), day(case.freeze_end, chinese)
    verb = "续行冻结期限" if case.action == "renew_freeze" else "冻结期限"
    form = rng.randrange(3)
    if form == 0:
        return f"{verb}{length}，自{start}起至{end}止"
    if form == 1:
        return f"{verb}为{length}，自{start}起计算"
    return f"{verb}：{start}至{end}"


def respondent_with_id(case: Case, label: str) -> str:
    """张三（公民身份号码：310115...）"""
    return f"{case.respondent.name}（{label}：{case.printed_id}）"


def officer_names(officers: list[Officer]) -> str:
    return "、".join(o.name for o in officers)


def court_account(case: Case) -> str:
    return (f"户名：{case.court.name}执行款专户；账号：{case.court_account_no}；"
            f"开户行：{case.court.bank}")


def action_item(case: Case, rng: random.Random, amount_form: str, chinese_dates: bool, label: str) -> str:
    """The request itself (请协助执行的事项), one sentence per action."""
    who = respondent_with_id(case, label)
    account = f"住房公积金账户（账号：{case.fund_account}）" if case.account_stated else "住房公积金账户"
    lbl = case.respondent_label
    if case.action == "query":
        return f"查询{lbl}{who}在你中心的住房公积金账户开户、缴存、余额、冻结及贷款情况。"
    assert case.amount is not None
    amt = money(case.amount, amount_form)
    if case.action == "freeze":
        return f"冻结{lbl}{who}名下{account}内的资金{amt}，{period_phrase(case, rng, chinese_dates)}。"
    if case.action == "renew_freeze":
        assert case.prior
        return (f"续行冻结{lbl}{who}名下{account}内的资金{amt}（本院已于"
                f"{day(case.prior.start, chinese_dates)}冻结），{period_phrase(case, rng, chinese_dates)}。")
    if case.action == "unfreeze":
        assert case.prior
        return (f"解除对{lbl}{who}名下{account}内资金{amt}的冻结（本院于"
                f"{day(case.prior.start, chinese_dates)}冻结）。")
    return (f"扣划{lbl}{who}名下{account}内的资金{amt}，划至本院指定账户（{court_account(case)}）。")


def basis_sentence(case: Case, rng: random.Random) -> str:
    """Why the court asks: the effective judgment and the law."""
    j = case.judgment_number.text(case.half_width)
    law = rng.choice([
        "依照《中华人民共和国民事诉讼法》的有关规定",
        "依照《中华人民共和国民事诉讼法》及《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》",
        "根据《中华人民共和国民事诉讼法》和《住房公积金管理条例》的有关规定",
    ])
    if case.case_number.kind == "执保":
        return f"本院受理的申请人{case.applicant_name}与被申请人{case.respondent.name}{case.cause}一案，{law}"
    return (f"本院在执行申请执行人{case.applicant_name}与被执行人{case.respondent.name}{case.cause}一案中，"
            f"因被执行人未履行本院{j}民事判决书确定的义务，{law}")


def contact_lines(case: Case, rng: random.Random, variant: int) -> list[Block]:
    """Who to call: 执行员 / 承办人 / 联系人 lines. Every name here is an officer in the truth."""
    o = case.officers
    if variant == 0:
        return [Block("plain", f"执行员：{o[0].name}　　联系电话：{case.contact_phone}")]
    if variant == 1:
        return [Block("plain", f"承办人：{officer_names(o)}"), Block("plain", f"联系电话：{case.contact_phone}")]
    return [Block("plain", f"联系人：{o[0].name}，电话{case.contact_phone}")]


def receipt_blocks(case: Case, title: str) -> list[Block]:
    """The detachable 回执 courts print under the notice; names stay blank for the centre."""
    return [
        Block("cut", "（此联由协助执行单位填写后退回）"),
        Block("title", "回　　执", anchor="receipt"),
        Block("plain", f"{case.court.name}："),
        Block("para", f"你院{case.case_text}{title}收悉，我单位已按要求办理。"),
        Block("right", "经办人：　　　　　　　（盖章）"),
        Block("right", "年　　月　　日"),
    ]


# ---------------------------------------------------------------- documents


def assist_notice(case: Case, rng: random.Random, with_receipt: bool | None = None) -> DocText:
    """协助执行通知书 in three layouts: narrative, labelled form, numbered items."""
    v = rng.randrange(3)
    title = rng.choice(ACTION_TITLES[case.action])
    cn = rng.random() < 0.7
    label = rng.choice(ID_LABELS)
    form = pick_money_form(rng, case.amount) if case.amount is not None else "fig"
    if with_receipt is None:
        with_receipt = rng.random() < 0.4
    head = [Block("court", case.court.name), Block("title", _spaced(title)), Block("caseno", case.case_text),
            Block("plain", f"{case.addressee}：")]
    body: list[Block]
    if v == 0:
        body = [Block("para", basis_sentence(case, rng) + "，请协助执行下列事项："),
                Block("para", action_item(case, rng, form, cn, label))]
        if case.action != "query":
            body.append(Block("para", f"附：{case.case_text}执行裁定书一份。"))
        tail = [Block("right", case.court.name), Block("right", day(case.notice_date, cn), anchor="date")]
        tail += contact_lines(case, rng, 0)
    elif v == 1:
        body = [Block("para", basis_sentence(case, rng) + "，请你单位协助执行以下事项：")]
        body += _labelled_items(case, rng, form, cn, label)
        tail = [Block("gap"), Block("right", day(case.notice_date, cn), anchor="date")]
        tail += contact_lines(case, rng, 1)
    else:
        body = [Block("para", _numbered_opening(case))]
        items = [action_item(case, rng, form, cn, label)]
        if case.action in ("freeze", "renew_freeze"):
            items.append("冻结期间，未经本院准许，不得办理提取、转移等手续。")
        items.append("请将协助执行结果及时书面反馈本院。")
        nums = "一二三四"
        body += [Block("para", f"{nums[i]}、{t}") for i, t in enumerate(items)]
        tail = [Block("right", f"{case.court.name}（公章）"), Block("right", day(case.notice_date, cn), anchor="date")]
        tail += contact_lines(case, rng, 2)
    blocks = head + body + tail
    if with_receipt:
        blocks += receipt_blocks(case, title)
    return DocText("assist_notice", f"notice-{v}", blocks, case.court.name)


def _numbered_opening(case: Case) -> str:
    """Opening of the numbered-items notice; a preservation case cites the ruling, not a judgment."""
    parties = (f"{case.applicant_label}{case.applicant_name}与{case.respondent_label}"
               f"{case.respondent.name}{case.cause}一案")
    if case.case_number.kind == "执保":
        return (f"本院受理的{parties}，申请人向本院申请财产保全，本院经审查予以准许，已作出"
                "财产保全民事裁定。依照《中华人民共和国民事诉讼法》的有关规定，请协助执行如下事项：")
    j = case.judgment_number.text(case.half_width)
    return (f"本院受理的{parties}，{j}民事判决书已经发生法律效力。"
            "依照《中华人民共和国民事诉讼法》的有关规定，请协助执行如下事项：")


def _labelled_items(case: Case, rng: random.Random, form: str, cn: bool, label: str) -> list[Block]:
    """The form-like layout: one 标签：值 line per fact."""
    what = {"query": "查询住房公积金账户信息", "freeze": "冻结住房公积金账户资金",
            "renew_freeze": "续行冻结住房公积金账户资金", "unfreeze": "解除冻结住房公积金账户资金",
            "deduct": "扣划住房公积金账户资金"}[case.action]
    lines = [Block("plain", f"{case.respondent_label}：{case.respondent.name}"),
             Block("plain", f"{label}：{case.printed_id}")]
    if case.account_stated:
        lines.append(Block("plain", f"公积金账号：{case.fund_account}"))
    lines.append(Block("plain", f"协助事项：{what}"))
    if case.amount is not None:
        word = {"deduct": "扣划金额", "unfreeze": "解冻金额"}.get(case.action, "冻结金额")
        lines.append(Block("plain", f"{word}：{money(case.amount, form)}"))
    if case.freeze_start:
        lines.append(Block("plain", period_phrase(case, rng, cn).replace("期限，", "期限：", 1)))
    if case.action == "deduct":
        lines.append(Block("plain", f"划入账户：{court_account(case)}"))
    if case.prior and case.action == "unfreeze":
        lines.append(Block("plain", f"原冻结日期：{day(case.prior.start, cn)}"))
    return lines


def _spaced(title: str) -> str:
    """Short titles are letter-spaced on court papers (执 行 裁 定 书)."""
    return "　".join(title) if len(title) <= 5 else title


def _party_line(case: Case, rng: random.Random, label: str, style: int) -> list[Block]:
    """The two party paragraphs of a ruling or judgment."""
    r = case.respondent
    a = case.applicant_person
    lab_a, lab_r = (("原告", "被告") if style == 9 else (case.applicant_label, case.respondent_label))
    if a is not None:
        app = f"{lab_a}：{a.name}，{a.sex}，{date_arabic(a.birth)}出生，汉族，住{a.address}。"
    else:
        app = (f"{lab_a}：{case.applicant_name}，住所地{case.court.city}。"
               f"法定代表人：{case.applicant_rep}，该公司总经理。")
    if style == 1:
        resp = (f"{lab_r}：{r.name}，{r.sex}，汉族，{date_arabic(r.birth)}生，{label}：{case.printed_id}，"
                f"住址：{r.address}。")
    else:
        resp = f"{lab_r}：{r.name}，{r.sex}，{date_arabic(r.birth)}出生，{r.ethnicity}，{label}{case.printed_id}，住{r.address}。"
    return [Block("plain", app), Block("plain", resp)]


def _ruling_measure(case: Case, rng: random.Random, form: str) -> str:
    amt = money(case.ruling_amount, form) if case.ruling_amount is not None else ""
    who = f"{case.respondent_label}{case.respondent.name}"
    years = YEARS_CN[case.freeze_years]
    return {
        "freeze": f"冻结{who}名下住房公积金账户资金{amt}，冻结期限{years}。",
        "renew_freeze": f"续行冻结{who}名下住房公积金账户资金{amt}，续行冻结期限{years}。",
        "unfreeze": f"解除对{who}名下住房公积金账户资金{amt}的冻结。",
        "deduct": f"扣划{who}名下住房公积金账户资金{amt}。",
        "query": f"查询{who}的住房公积金账户信息。",
    }[case.action]


def ruling(case: Case, rng: random.Random) -> DocText:
    """执行裁定书 in three variants: judges' panel, single 执行员, numbered measures."""
    v = rng.randrange(3)
    cn = rng.random() < 0.8
    label = rng.choice(ID_LABELS)
    form = pick_money_form(rng, case.ruling_amount) if case.ruling_amount is not None else "fig"
    number = case.case_text
    if case.action == "unfreeze" and rng.random() < 0.5:
        number = number.removesuffix("号") + "号之一"
    blocks = [Block("court", case.court.name), Block("title", "执　行　裁　定　书"), Block("caseno", number)]
    blocks += _party_line(case, rng, label, 1 if v == 1 else 0)
    finding = ""
    if case.action == "deduct" and case.no_other_property:
        finding = rng.choice([
            "经本院调查，未发现被执行人有其他可供执行的财产。",
            "经网络查控及现场调查，被执行人名下其他财产不足以清偿全部执行标的。",
            "本院经执行调查，未发现被执行人有其他可供执行的财产，被执行人名下有住房公积金可供执行。",
        ])
    j = case.judgment_number.text(case.half_width)
    if case.case_number.kind == "执保":
        blocks[1] = Block("title", "民　事　裁　定　书")
        blocks.append(Block("para", _preservation_opening(case, rng)))
        blocks.append(Block("para", _ruling_measure(case, rng, form)))
        blocks.append(Block("para", "本裁定立即开始执行。如不服本裁定，可以向本院申请复议一次，复议期间不停止裁定的执行。"))
        sign = [Block("right", f"审　判　员　　{case.judges[0]}")]
        v = 3
    elif v == 0:
        blocks.append(Block("para", f"本院在执行{case.applicant_label}{case.applicant_name}与{case.respondent_label}"
                                    f"{case.respondent.name}{case.cause}一案中，因被执行人未按执行通知书指定的期间"
                                    f"履行生效法律文书确定的义务。{finding}依照《中华人民共和国民事诉讼法》"
                                    "第二百五十三条之规定，裁定如下："))
        blocks.append(Block("para", _ruling_measure(case, rng, form)))
        blocks.append(Block("para", "本裁定立即执行。"))
        sign = [Block("right", f"审　判　长　　{case.judges[0]}"), Block("right", f"审　判　员　　{case.judges[1]}"),
                Block("right", f"审　判　员　　{case.judges[2]}")]
    elif v == 1:
        blocks.append(Block("para", f"本院依据已经发生法律效力的{j}民事判决书，于{date_arabic(case.filed_date)}"
                                    f"立案执行。{finding}本院认为，被执行人未履行生效法律文书确定的义务，"
                                    "依照《中华人民共和国民事诉讼法》及《最高人民法院关于人民法院民事执行中查封、"
                                    "扣押、冻结财产的规定》的有关规定，裁定如下："))
        blocks.append(Block("para", _ruling_measure(case, rng, form)))
        blocks.append(Block("para", "本裁定送达后立即生效。"))
        sign = [Block("right", f"执行员　　{case.officers[0].name}")]
    else:
        blocks.append(Block("para", f"本院执行的{case.applicant_label}{case.applicant_name}与{case.respondent_label}"
                                    f"{case.respondent.name}{case.cause}一案，{j}民事判决书已经发生法律效力，"
                                    f"被执行人至今未履行。{finding}依照《中华人民共和国民事诉讼法》的有关规定，"
                                    "裁定如下："))
        blocks.append(Block("para", "一、" + _ruling_measure(case, rng, form)))
        blocks.append(Block("para", "二、本裁定送达后即发生法律效力。"))
        sign = [Block("right", f"审　判　员　　{case.judges[0]}")]
    blocks += [Block("gap"), *sign]
    blocks.append(Block("right", day(case.ruling_date, cn), anchor="date"))
    if rng.random() < 0.5:
        blocks.append(Block("plain", "本件与原本核对无异"))
    blocks.append(Block("right", f"书　记　员　　{case.clerk}"))
    return DocText("ruling", f"ruling-{v}", blocks, case.court.name)


def _preservation_opening(case: Case, rng: random.Random) -> str:
    """A preservation ruling (执保) grants the applicant's request rather than enforcing a judgment."""
    filed = date_arabic(case.filed_date)
    return (f"申请人{case.applicant_name}与被申请人{case.respondent.name}{case.cause}一案，申请人于{filed}"
            f"向本院提出财产保全申请，请求冻结被申请人名下价值{money(case.ruling_amount or Decimal(0), 'fig')}"
            "的财产，并已提供担保。本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》"
            "关于财产保全的规定，裁定如下：")


def judgment(case: Case, rng: random.Random) -> DocText:
    """民事判决书 (two wordings) or 民事调解书, the effective document a deduction needs."""
    v = rng.randrange(3)
    label = rng.choice(ID_LABELS)
    num = case.judgment_number.text(case.half_width)
    title = "民　事　调　解　书" if v == 2 else "民　事　判　决　书"
    blocks = [Block("court", case.court.name), Block("title", title), Block("caseno", num)]
    blocks += _party_line(case, rng, label, 9)
    a, r = case.applicant_name, case.respondent.name
    blocks.append(Block("para", f"原告{a}与被告{r}{case.cause}一案，本院于{date_arabic(case.judgment_date - dt.timedelta(days=60))}"
                                "立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"))
    items = _judgment_items(case)
    if v == 2:
        blocks.append(Block("para", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："))
    else:
        blocks.append(Block("para", "依照《中华人民共和国民法典》的有关规定，判决如下："))
    nums = "一二三四"
    blocks += [Block("para", f"{nums[i]}、{t}") for i, t in enumerate(items)]
    if v == 2:
        blocks.append(Block("para", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"))
    else:
        blocks.append(Block("para", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》"
                                    "的规定，加倍支付迟延履行期间的债务利息。"))
    blocks += [Block("gap"), Block("right", f"审　判　员　　{case.judges[2]}"),
               Block("right", day(case.judgment_date, True), anchor="date"),
               Block("right", f"书　记　员　　{case.clerk}")]
    return DocText("judgment", f"judgment-{v}", blocks, case.court.name)


def _judgment_items(case: Case) -> list[str]:
    """What the judgment orders; for some grounds it names the fund itself."""
    a, r = case.applicant_name, case.respondent.name
    s = f"{case.judgment_sum:,.2f}"
    if case.ground == "maintenance_wages_injury":
        return [f"被告{r}应于本判决生效之日起十日内支付原告{a}拖欠的子女抚养费共计人民币{s}元；",
                "案件受理费由被告负担。"]
    if case.ground == "marriage_inheritance_division":
        return [f"被告{r}名下住房公积金账户内的资金中人民币{s}元归原告{a}所有；",
                "案件受理费由原、被告各半负担。"]
    return [f"被告{r}应于本判决生效之日起十日内归还原告{a}款项人民币{s}元及相应利息；",
            "案件受理费由被告负担。"]


def query_form(case: Case, rng: random.Random) -> DocText:
    """查询单 as a table, as a list, or 协助查询通知书 in prose; it names the person queried."""
    v = rng.randrange(3)
    label = rng.choice(ID_LABELS)
    cn = rng.random() < 0.5
    names = officer_names(case.officers)
    if v == 0:
        rows = [["查询单位", case.court.name], ["案　　号", case.case_text],
                ["被查询人姓名", case.respondent.name], ["证件类型", "居民身份证"], [label, case.printed_id],
                ["查询内容", "账户状态、缴存余额、冻结情况、贷款及担保情况"], ["承办人", names],
                ["联系电话", case.contact_phone]]
        blocks = [Block("title", "住房公积金信息查询单"), Block("gap"), Block("table", rows=rows), Block("gap"),
                  Block("right", case.court.name), Block("right", day(case.notice_date, cn), anchor="date")]
        title = "查询单"
    elif v == 1:
        blocks = [Block("court", case.court.name), Block("title", "查　询　单"), Block("caseno", case.case_text),
                  Block("plain", f"{case.addressee}："),
                  Block("para", "因执行案件需要，请协助查询下列人员的住房公积金信息："),
                  Block("plain", f"姓名：{case.respondent.name}"), Block("plain", f"{label}：{case.printed_id}"),
                  Block("plain", "查询事项：公积金账户开户、缴存、余额、冻结及贷款情况"),
                  Block("plain", f"承办人：{names}　　电话：{case.contact_phone}"),
                  Block("right", day(case.notice_date, cn), anchor="date")]
        title = "查询单"
    else:
        blocks = [Block("court", case.court.name), Block("title", "协助查询通知书"), Block("caseno", case.case_text),
                  Block("plain", f"{case.addressee}："),
                  Block("para", f"本院在执行{case.applicant_label}{case.applicant_name}与{case.respondent_label}"
                                f"{case.respondent.name}{case.cause}一案中，需查询{case.respondent_label}"
                                f"{respondent_with_id(case, label)}的住房公积金缴存及使用情况。依照《中华人民共和国"
                                "民事诉讼法》的有关规定，请予协助查询，并将查询结果书面告知本院。"),
                  Block("right", case.court.name), Block("right", day(case.notice_date, cn), anchor="date"),
                  Block("plain", f"经办人：{names}")]
        title = "协助查询通知书"
    return DocText("query_form", f"query-{v}-{title}", blocks, case.court.name)


def intro_letter(case: Case, rng: random.Random) -> DocText:
    """介绍信: plain letter, letter with counterfoil (存根), or letter naming ID numbers."""
    v = rng.randrange(3)
    cn = rng.random() < 0.6
    o = case.officers
    names = officer_names(o)
    task = {"query": "查询", "freeze": "冻结", "renew_freeze": "续行冻结", "unfreeze": "解除冻结",
            "deduct": "扣划"}[case.action]
    blocks: list[Block] = []
    if v == 1:
        blocks += [Block("center", "介 绍 信 存 根"),
                   Block("plain", f"{names}等{len(o)}人前往{case.addressee}办理{case.case_text}案住房公积金{task}事宜。"),
                   Block("right", day(case.notice_date, cn)),
                   Block("cut", "")]
    blocks += [Block("court", case.court.name), Block("title", "介　绍　信"),
               Block("caseno", case.case_text if v != 2 else f"{case.court.old_code}法介字第{len(names) * 37}号"),
               Block("plain", f"{case.addressee}：")]
    if v == 2:
        ids = "、".join(f"{x.name}（工作证号：{x.work_id_no}）" for x in o)
        blocks.append(Block("para", f"兹有我院执行干警{ids}前往贵中心，办理{case.case_text}"
                                    f"案件被执行人{case.respondent.name}（{rng.choice(ID_LABELS)}：{case.printed_id}）"
                                    f"住房公积金{task}事宜，请予协助。"))
    else:
        blocks.append(Block("para", f"兹介绍我院{names}同志前往你处办理{case.case_text}案件被执行人"
                                    f"{case.respondent.name}（{rng.choice(ID_LABELS)}{case.printed_id}）"
                                    f"住房公积金{task}事宜，请予接洽为荷。"))
    blocks += [Block("plain", "　　此致"), Block("plain", "敬礼"), Block("gap"),
               Block("right", case.court.name), Block("right", day(case.notice_date, cn), anchor="date"),
               Block("plain", "（有效期　七　天）")]
    return DocText("intro_letter", f"intro-{v}", blocks, case.court.name)


def ground_proof(case: Case, rng: random.Random) -> DocText:
    """退休证明 from the former employer, in three wordings."""
    v = rng.randrange(3)
    r = case.respondent
    label = rng.choice(ID_LABELS)
    when = case.retire_date or (case.today - dt.timedelta(days=400))
    when_s = f"{when.year}年{when.month}月"
    if v == 0:
        blocks = [Block("title", "退 休 证 明"), Block("gap"),
                  Block("para", f"兹证明{r.name}，{r.sex}，{label}：{case.printed_id}，原系我单位职工，"
                                f"已于{when_s}办理退休手续，现按月领取基本养老金。"),
                  Block("para", "特此证明。")]
    elif v == 1:
        blocks = [Block("title", "证　明"), Block("gap"),
                  Block("para", f"{r.name}（{label}{case.printed_id}）系我单位退休职工，退休时间为{when_s}。"),
                  Block("para", "特此证明。")]
    else:
        blocks = [Block("title", f"关于{r.name}同志退休情况的说明"), Block("gap"),
                  Block("plain", f"{case.court.name}："),
                  Block("para", f"经查，{r.name}，{r.sex}，{date_arabic(r.birth)}出生，{label}{case.printed_id}，"
                                f"于{when_s}在我单位办理退休，退休后由社会保险经办机构按月发放养老金。"),
                  Block("para", "特此说明。")]
    blocks += [Block("gap"), Block("right", case.company_for_proof),
               Block("right", date_arabic(case.today - dt.timedelta(days=rng.randint(15, 60))), anchor="date")]
    return DocText("ground_proof", f"proof-{v}", blocks, case.company_for_proof)


# ---------------------------------------------------------------- cards


def work_id(case: Case, officer: Officer, rng: random.Random) -> CardText:
    """工作证: three card layouts with different labels."""
    v = rng.randrange(3)
    dept = rng.choice(["执行局", "执行庭", "执行实施庭"])
    if v == 0:
        fields = [("姓名", officer.name), ("单位", case.court.name), ("部门", dept), ("职务", officer.title),
                  ("编号", officer.work_id_no)]
        return CardText("work_id", "work-0", "工　作　证", case.court.name, fields, "", case.court.name)
    if v == 1:
        fields = [("姓　名", officer.name), ("性　别", "男" if officer.male else "女"), ("职　务", officer.title),
                  ("证　号", officer.work_id_no)]
        return CardText("work_id", "work-1", "人民法院工作证", case.court.name, fields,
                        f"发证日期：{date_arabic(case.today - dt.timedelta(days=900))}", case.court.name)
    fields = [("Name 姓名", officer.name), ("工作单位", f"{case.court.name}{dept}"), ("工作证号", officer.work_id_no)]
    return CardText("work_id", "work-2", "工作证", "中华人民共和国人民法院", fields, "凭证出入　妥善保管",
                    case.court.name)


def duty_cert(case: Case, officer: Officer, rng: random.Random) -> CardText:
    """执行公务证: issued under the Supreme People's Court, three layouts."""
    v = rng.randrange(3)
    valid = date_arabic(case.today + dt.timedelta(days=rng.randint(200, 900)))
    if v == 0:
        fields = [("姓名", officer.name), ("单位", case.court.name), ("证号", officer.duty_cert_no),
                  ("有效期至", valid)]
        return CardText("duty_cert", "duty-0", "执行公务证", "中华人民共和国最高人民法院", fields,
                        "持证人依法执行公务，有关单位和个人应当予以协助。", "最高人民法院")
    if v == 1:
        fields = [("持证人", officer.name), ("所在法院", case.court.name), ("证件编号", f"执公字第{officer.duty_cert_no}号")]
        return CardText("duty_cert", "duty-1", "人民法院执行公务证", "最高人民法院制", fields, f"有效期：{valid}",
                        "最高人民法院")
    fields = [("姓　名", officer.name), ("职　务", officer.title), ("工作单位", case.court.name),
              ("编　号", officer.duty_cert_no)]
    return CardText("duty_cert", "duty-2", "执 行 公 务 证", "最高人民法院", fields,
                    "本证是人民法院执行人员依法执行公务的凭证", "最高人民法院")
