"""The text of the court's papers, as blocks (style, text); no drawing here.

Each builder takes the case context `c` (a dict made by scenarios.py) and returns a Doc.
Wording follows the official execution forms (协助执行通知书, 执行裁定书, 民事裁定书) and
published judgments (经审理查明 / 本院认为 / 判决如下), varied per court.
"""
from dataclasses import dataclass, field

from .util import ar_date, cn_date, daxie, money


@dataclass
class Doc:
    dtype: str                 # contract document type
    name: str                  # short file stem
    blocks: list = field(default_factory=list)   # (style, text)
    sealed: bool = True
    seal_court: str = ""
    card: dict = None          # for work_id / duty_cert: fields to draw
    copy: bool = False         # a photocopy (judgment copies)

    def text(self):
        if self.card:
            return "\n".join(f"{k}{v}" for k, v in self.card["fields"]) + "\n" + self.card.get("head", "")
        return "\n".join(t for _, t in self.blocks)


def _party(p, role, with_id=True):
    s = f"{role}：{p['name']}"
    if p.get("org"):
        return s + f"，住所地{p['addr']}。"
    s += f"，{'男' if p['male'] else '女'}，{ar_date(p['birth'])}出生，汉族"
    if with_id:
        s += f"，公民身份号码{p['id']}"
    return s + f"，住{p['addr']}。"


def _amount_phrase(c, style):
    a = c["amount"]
    if style == 0:
        return f"人民币{money(a)}元（大写：{daxie(a)}）"
    if style == 1:
        return f"人民币{daxie(a)}（¥{a}）"
    return f"{a}元"


def _resp_id(c, key="resp"):
    p = c[key]
    return f"{p['name']}（公民身份号码：{p['id']}）" if c["rng_i"] % 2 else f"{p['name']}（身份证号码{p['id']}）"


def _period(c):
    s, e = c["period"]
    if c["rng_i"] % 3 == 0:
        return f"冻结期限自{ar_date(s)}起至{ar_date(e)}止"
    if c["rng_i"] % 3 == 1:
        return f"冻结期限为{c['period_words']}，自{ar_date(s)}起至{ar_date(e)}止"
    return f"期限{c['period_words']}（{s:%Y年%m月%d日}至{e:%Y年%m月%d日}）"


def _account(c):
    return f"（住房公积金账号：{c['account_number']}）" if c.get("account_in_notice") else ""


def notice(c):
    """协助执行通知书 (or, for a query under the Shanghai pack, its 协助查询 cousin)."""
    act, resp = c["action"], c["resp"]
    i = c["rng_i"]
    b = [("court", c["court"]), ("title", "协助执行通知书"), ("caseno", c["case_no_printed"]),
         ("left", c["addressee"] + "：")]
    if c.get("preservation") == "pre":
        b.append(("para", f"本院受理申请人{c['appl']['name']}申请对被申请人{resp['name']}诉前财产保全一案，"
                          f"于{ar_date(c['ruling_date'])}作出{c['civil_no']}民事裁定书，已经发生法律效力。"
                          f"依照《中华人民共和国民事诉讼法》第一百零四条、第二百五十二条的规定，请协助执行下列事项："))
    elif c.get("preservation"):
        b.append(("para", f"本院在审理{c['p_role_a']}{c['appl']['name']}与{c['p_role_b']}{resp['name']}{c['cause']}一案中，"
                          f"于{ar_date(c['ruling_date'])}作出{c['civil_no']}民事裁定书，已经发生法律效力。"
                          f"依照《中华人民共和国民事诉讼法》第一百零三条、第二百五十二条的规定，请协助执行下列事项："))
    else:
        basis = "执行裁定书" if act != "query" else "执行通知书"
        b.append(("para", f"关于申请执行人{c['appl']['name']}与被执行人{resp['name']}{c['cause']}一案，"
                          f"本院作出的{c['case_no_printed']}{basis}已经发生法律效力。"
                          + ("依照《中华人民共和国民事诉讼法》第二百五十条、第二百五十一条的规定，" if i % 2 else "依照《中华人民共和国民事诉讼法》的有关规定，")
                          + "请协助执行下列事项："))
    who = _resp_id(c)
    if act == "freeze":
        if c.get("preservation"):
            item = (f"冻结{c['p_role_b']}{who}在你中心的住房公积金账户{_account(c)}内的住房公积金，"
                    f"以{_amount_phrase(c, i % 3)}为限，{_period(c)}。" if c.get("period") else
                    f"冻结{c['p_role_b']}{who}在你中心的住房公积金账户{_account(c)}内的住房公积金，以{_amount_phrase(c, i % 3)}为限。")
        else:
            item = f"冻结被执行人{who}在你中心的住房公积金账户{_account(c)}内的住房公积金{_amount_phrase(c, i % 3)}"
            item += f"，{_period(c)}。" if c.get("period") else "。"
        b.append(("para", "一、" + item))
        if c["pack"] == "shanghai-2021" and i % 2:
            b.append(("para", "二、账户内资金不足冻结金额的，此后每月缴存的住房公积金予以续冻，直至达到冻结金额。"))
    elif act == "renew_freeze":
        s0, e0 = c["old_period"]
        b.append(("para", f"一、继续冻结被执行人{who}在你中心的住房公积金账户{_account(c)}内的住房公积金{_amount_phrase(c, i % 3)}"
                          f"（原冻结期限自{ar_date(s0)}至{ar_date(e0)}），{_period(c)}。"))
    elif act == "unfreeze":
        b.append(("para", f"一、解除对被执行人{who}在你中心的住房公积金账户{_account(c)}内住房公积金{_amount_phrase(c, i % 3)}的冻结"
                          f"（原冻结文书：{c['case_no_printed']}协助执行通知书）。"))
    elif act == "deduct":
        b.append(("para", f"一、扣划被执行人{who}在你中心的住房公积金账户{_account(c)}内的住房公积金{_amount_phrase(c, i % 3)}，"
                          f"划至本院执行款专户（户名：{c['court']}；账号：{c['court_account']}；开户行：{c['court_bank']}）。"))
        if c.get("notice_ground"):
            b.append(("para", "二、" + c["notice_ground"]))
    elif act == "query":
        b.append(("para", f"一、查询被执行人{who}在你中心的住房公积金账户开立、缴存、余额、冻结及贷款情况，并提供相关账户明细。"))
    attach = {"freeze": "民事裁定书" if c.get("preservation") else "执行裁定书", "deduct": "执行裁定书、民事判决书（复印件）",
              "renew_freeze": "执行裁定书", "unfreeze": "执行裁定书", "query": "查询单"}[act]
    b.append(("para", f"附：{attach}一份"))
    b.append(("blank", ""))
    b.append(("right", c["court"] if i % 2 else ""))
    b.append(("date", cn_date(c["notice_date"])))
    b.append(("small", f"（联系人：{c['officers'][0]['name']}，联系电话：{c['phone']}）"))
    if i % 3 == 0:
        b.append(("small", "- - - - - - - - - - - - - - - - - 回  执 - - - - - - - - - - - - - - - - -"))
        b.append(("small", f"{c['court']}：你院{c['case_no_printed']}协助执行通知书收到，已于　　年　月　日办理完毕。"))
        b.append(("small", "协助执行单位（盖章）　　　　经办人：　　　　年　月　日"))
    return Doc("assist_notice", "notice", b, sealed=not c.get("unsealed_notice"), seal_court=c["court"])


def ruling(c):
    """执行裁定书 (or the 民事裁定书 of a preservation)."""
    resp, appl, i = c["ruling_resp"], c["appl"], c["rng_i"]
    if c.get("preservation"):
        b = [("court", c["court"]), ("title", "民事裁定书"), ("caseno", c["civil_no"]),
             ("para", _party(appl, c["p_role_a"], with_id=False)), ("para", _party(resp, c["p_role_b"]))]
        pre = c["preservation"] == "pre"
        b.append(("para", (f"申请人{appl['name']}于{ar_date(c['apply_date'])}向本院申请诉前财产保全，请求对被申请人{resp['name']}"
                           f"名下价值{money(c['amount'])}元的财产采取保全措施，并以保险公司出具的保函提供担保。") if pre else
                          (f"{c['p_role_a']}{appl['name']}与{c['p_role_b']}{resp['name']}{c['cause']}一案，{c['p_role_a']}{appl['name']}"
                           f"于{ar_date(c['apply_date'])}向本院提出财产保全申请，请求冻结{c['p_role_b']}{resp['name']}名下银行存款、住房公积金"
                           f"{money(c['amount'])}元或查封、扣押其他等值财产，并已提供担保。")))
        b.append(("para", "本院经审查认为，" + ("申请人的申请符合法律规定。" if pre else f"{c['p_role_a']}的申请符合法律规定。")
                  + "依照《中华人民共和国民事诉讼法》第一百零三条、第一百零四条、第一百零五条、第一百零六条第一款规定，裁定如下："))
        b.append(("para", f"冻结{c['p_role_b']}{resp['name']}名下银行存款、住房公积金等财产，以人民币{money(c['amount'])}元为限；"
                          "或查封、扣押其相应价值的其他财产。"))
        b.append(("para", f"案件申请费{c['fee']}元，由{'申请人' if pre else c['p_role_a']}{appl['name']}负担。"))
        b.append(("para", "本裁定立即开始执行。如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次。复议期间不停止裁定的执行。"))
    else:
        b = [("court", c["court"]), ("title", "执行裁定书"), ("caseno", c["case_no_printed"]),
             ("para", _party(appl, "申请执行人", with_id=False)), ("para", _party(resp, "被执行人"))]
        basis = c.get("basis_doc", f"{c['civil_no']}民事判决书")
        b.append(("para", f"本院在执行申请执行人{appl['name']}与被执行人{resp['name']}{c['cause']}一案中，"
                          f"依据已经发生法律效力的{basis}，于{ar_date(c['filed_date'])}向被执行人发出执行通知书及报告财产令，"
                          f"责令其履行生效法律文书确定的义务，但被执行人至今未履行。"))
        if c.get("invest_text"):
            b.append(("para", c["invest_text"]))
        if c.get("ruling_ground"):
            b.append(("para", c["ruling_ground"]))
        if c["action"] == "query":
            pass
        law = "依照《中华人民共和国民事诉讼法》第二百四十九条、第二百五十三条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下："
        b.append(("para", law if i % 2 else "依照《中华人民共和国民事诉讼法》的相关规定，裁定如下："))
        act = c["action"]
        if act == "deduct":
            b.append(("para", f"扣划被执行人{resp['name']}在{c['centre']}住房公积金账户内的住房公积金人民币{money(c['amount'])}元。"))
        elif act == "freeze":
            b.append(("para", f"冻结被执行人{resp['name']}在{c['centre']}住房公积金账户内的住房公积金人民币{money(c['amount'])}元。"))
        elif act == "renew_freeze":
            b.append(("para", f"继续冻结被执行人{resp['name']}在{c['centre']}住房公积金账户内的住房公积金人民币{money(c['amount'])}元，"
                              f"冻结期限{c['period_words']}。"))
        elif act == "unfreeze":
            b.append(("para", f"鉴于{c['unfreeze_reason']}，解除对被执行人{resp['name']}在{c['centre']}住房公积金账户内住房公积金"
                              f"人民币{money(c['amount'])}元的冻结。"))
        b.append(("para", "本裁定送达后立即生效。"))
    b.append(("blank", ""))
    roles = [("审判长", c["judges"][0]), ("审判员", c["judges"][1]), ("审判员", c["judges"][2])] if i % 3 == 0 and not c.get("preservation") \
        else [("执行员" if not c.get("preservation") else "审判员", c["officers"][0]["name"] if not c.get("preservation") else c["judges"][0])]
    for r, n in roles:
        b.append(("right", f"{r}　{n}"))
    b.append(("date", cn_date(c["ruling_date"])))
    b.append(("right", "本件与原本核对无异"))
    b.append(("right", f"书记员　{c['clerk']}"))
    return Doc("ruling", "ruling", b, sealed=True, seal_court=c["court"])


def judgment(c):
    """民事判决书 (a certified copy); c['jdg'] holds its facts / reasons / orders."""
    j, resp, appl = c["jdg"], c["resp"], c["appl"]
    b = [("court", c["court_j"]), ("title", j.get("title", "民事判决书")), ("caseno", c["civil_no"]),
         ("para", _party(appl, "原告", with_id=False)), ("para", _party(resp, "被告"))]
    b.append(("para", f"原告{appl['name']}与被告{resp['name']}{c['cause']}一案，本院于{ar_date(c['civil_filed'])}立案后，"
                      "依法适用简易程序，公开开庭进行了审理。原告、被告均到庭参加诉讼。本案现已审理终结。"))
    b.append(("para", f"原告{appl['name']}向本院提出诉讼请求：{j['claim']}"))
    b.append(("para", "经审理查明：" + j["facts"]))
    b.append(("para", "本院认为：" + j["reasons"]))
    b.append(("para", f"依照{j['law']}之规定，{j.get('verb', '判决如下')}："))
    for k, o in enumerate(j["orders"]):
        b.append(("para", "一二三四五"[k] + "、" + o if len(j["orders"]) > 1 else o))
    if j.get("title", "民事判决书") == "民事判决书":
        b.append(("para", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"))
        b.append(("para", f"案件受理费{c['fee']}元，减半收取计{c['fee'] // 2}元，由被告{resp['name']}负担。"))
        b.append(("para", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于上级人民法院。"))
    b.append(("blank", ""))
    b.append(("right", f"审判员　{c['judges'][1]}"))
    b.append(("date", cn_date(c["judgment_date"])))
    b.append(("right", "本件与原本核对无异"))
    b.append(("right", f"书记员　{c['clerk']}"))
    return Doc("judgment", "judgment", b, sealed=True, seal_court=c["court_j"], copy=True)


def intro_letter(c):
    names = "、".join(o["name"] for o in c["officers"])
    b = [("court", c["court"]), ("title", "介 绍 信"), ("caseno", f"（{c['today'].year}）{c['court_code']}执介字第{c['rng_i'] * 7 + 31}号"),
         ("left", c["addressee"] + "："),
         ("para", f"兹介绍我院执行局{names}同志（共{len(c['officers'])}人）前往你处办理{c['case_no_printed']}案件"
                  f"{ {'query': '住房公积金查询', 'freeze': '住房公积金冻结', 'deduct': '住房公积金扣划', 'unfreeze': '住房公积金解冻', 'renew_freeze': '住房公积金续冻'}[c['action']] }事宜"
                  + (f"（申请执行人{c['appl']['name']}，被执行人{c['resp']['name']}，公民身份号码{c['resp']['id']}），"
                     "请协助查询其住房公积金账户缴存、余额、冻结及贷款情况，" if c["action"] == "query" else "，")
                  + "请予接洽为荷。"),
         ("left", "此致"), ("left", "敬礼"), ("blank", ""), ("right", c["court"]), ("date", cn_date(c["notice_date"])),
         ("small", "（有效期　十五　天）")]
    return Doc("intro_letter", "intro", b, sealed=True, seal_court=c["court"])


def query_form(c, with_id=True):
    resp = c["resp"]
    title = "查 询 单" if c["pack"] == "jiaozuo-2024" else "协助查询通知书"
    b = [("court", c["court"]), ("title", title), ("caseno", c["case_no_printed"]),
         ("left", c["addressee"] + "："),
         ("para", f"因执行申请执行人{c['appl']['name']}与被执行人{resp['name']}{c['cause']}一案需要，请协助查询下列人员的住房公积金信息："),
         ("para", f"被查询人姓名：{resp['name']}"),
         ("para", f"公民身份号码：{resp['id']}" if with_id else "公民身份号码：（未填写）"),
         ("para", "查询内容：住房公积金账户开户情况、缴存状态、账户余额、冻结情况、住房公积金贷款及担保情况。"),
         ("para", "执行人员：" + "、".join(o["name"] for o in c["officers"])),
         ("blank", ""), ("right", c["court"]), ("date", cn_date(c["notice_date"]))]
    return Doc("query_form", "query", b, sealed=True, seal_court=c["court"])


def ground_proof(c):
    g, resp = c["proof"], c["resp"]
    if g == "emigrate":
        b = [("court", c["police"]), ("title", "户口注销证明"),
             ("para", f"兹证明{resp['name']}，{'男' if resp['male'] else '女'}，公民身份号码{resp['id']}，"
                      f"因出国（境）定居，其常住户口已于{ar_date(c['proof_date'])}在本所注销。"),
             ("para", "特此证明。"), ("blank", ""), ("right", c["police"]), ("date", ar_date(c["proof_date"]))]
        return Doc("ground_proof", "proof", b, sealed=True, seal_court=c["police"])
    b = [("court", c["civil_affairs"]), ("title", "最低生活保障证明"),
         ("para", f"兹证明{c['appl']['name']}（公民身份号码{c['appl']['id']}）家庭经审核，符合城乡居民最低生活保障条件，"
                  f"自{ar_date(c['proof_date'])}起享受最低生活保障待遇，现仍在保。"),
         ("para", "特此证明。"), ("blank", ""), ("right", c["civil_affairs"]), ("date", ar_date(c["proof_date"]))]
    return Doc("ground_proof", "proof", b, sealed=True, seal_court=c["civil_affairs"])


def work_id(c, o):
    fields = [("姓名：", o["name"]), ("单位：", c["court"]), ("部门：", "执行局"), ("职务：", o["rank"]), ("编号：", o["work_no"])]
    return Doc("work_id", "work_id_" + o["name"], sealed=True, seal_court=c["court"],
               card={"head": "工作证", "fields": fields, "kind": "work_id", "court": c["court"]})


def duty_cert(c, o):
    fields = [("姓名：", o["name"]), ("性别：", "男" if o["male"] else "女"), ("单位：", c["court"]), ("职务：", o["rank"]),
              ("证号：", o["duty_no"]), ("有效期至：", ar_date(o["duty_until"]))]
    return Doc("duty_cert", "duty_cert_" + o["name"], sealed=True, seal_court="中华人民共和国最高人民法院",
               card={"head": "执行公务证", "fields": fields, "kind": "duty_cert", "court": c["court"]})
