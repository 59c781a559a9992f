"""The spaCy frame for field extraction: a blank `zh` pipeline, a ruler, small components.

No statistical model is loaded (none may be downloaded): the blank Chinese pipeline cuts
text into characters, a `span_ruler` marks the cue words court papers use as labels
(被执行人, 申请执行人, 身份证号码, 冻结, 扣划 …), and our components add the values
(case numbers, amounts, dates, ID numbers, names, courts) as labelled spans carrying their
parsed value. Field readers then work on spans, never on raw string positions.
"""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extract import values

CUES: dict[str, list[str]] = {
    "RESPONDENT_LABEL": ["被执行人", "被申请执行人", "被申请人", "被执行人姓名", "被查询人", "当事人姓名"],
    "APPLICANT_LABEL": ["申请执行人", "申请人", "申请执行人名称"],
    "DEFENDANT_LABEL": ["被告"],
    "PLAINTIFF_LABEL": ["原告"],
    "OFFICER_LABEL": [
        "执行员", "执行人员", "承办人", "承办人员", "经办人", "经办人员", "联系人", "执行法官", "承办法官", "办案人员", "执行干警",
    ],
    "ACCOUNT_LABEL": [
        "公积金账号", "住房公积金账号", "公积金个人账号", "个人公积金账号", "公积金账户", "住房公积金账户号",
        "个人账号", "职工账号", "公积金帐号", "住房公积金帐号",
    ],
    "COURT_ACCOUNT_LABEL": ["户名", "开户行", "开户银行", "收款账号", "收款账户", "案款账户"],
    "NAME_LABEL": ["姓名", "名字", "持证人", "持证人姓名"],
    "TRANSFEREE_LABEL": ["买受人", "受让人", "承受人", "变更登记为", "变更登记至", "过户至", "过户给", "转移登记至",
                         "权利人变更为"],
    "ACTION_RENEW": ["续行冻结", "继续冻结", "续冻", "延长冻结"],
    "ACTION_UNFREEZE": ["解除冻结", "解冻", "解除对", "解除", "撤销对", "撤销"],
    "ACTION_DEDUCT": ["扣划", "划拨", "划扣", "提取并划付", "强制扣划", "扣减", "强制提取", "划转", "划至本院", "转入本院",
                      "划付", "划入本院", "划入我院", "划至我院", "转入我院", "汇入本院", "交付本院", "交付我院",
                      "协助提取", "账户中提取", "账户内提取"],  # 提取 asked for, never the 提取条件 it meets
    "ACTION_FREEZE": ["冻结", "轮候冻结"],
    "ACTION_QUERY": ["查询"],
    "REQUEST_CLAUSE": ["请协助", "协助执行下列事项", "协助执行如下事项", "请你单位协助", "请贵中心协助", "协助事项"],
}

_PEOPLE_STOP = (
    r"[，,、（(：:；;。\s\d]|男|女|性别|身份|公民|证件|住所?|出生|现住|户籍|的|之|名下|在|于|持|账户|账号"
    r"|住房|公积金|个人|与|等|同志|电话|联系|手机|地址|职务|单位|部门|证号|编号"
    r"|所有|已|缴|应|未|因|系|曾|拖欠|欠|支付|偿还|名义|向|将|上述|本案"
    r"|抚养|赡养|扶养|抚育|离婚|继承|追索|劳动|劳务|民间借贷|金融借款|信用卡|借款|买卖|租赁|机动车|生命权|健康权|合同|侵权|物业"
    r"|服务|房屋|商品房|建设工程|装饰装修|承揽|运输|保险|保证|追偿|不当得利|股权|合伙|融资|委托|赠与|抵押|质押|分期"
    r"|债权|财产损害|人身损害|产品|医疗|交通|车辆|居间|中介|储蓄|银行卡|小额|典当|担保"
    r"|[位务号别级][：:]|$"  # a card's split labels (「单」/「位：」) read on after the name: 「名：何国伟位：…」
)
"""Where a name ends: a mark, a word about the person, or the first word of a cause of action
(民事案件案由规定: 「服务合同纠纷」, 「房屋买卖合同纠纷」, 「建设工程施工合同纠纷」 …), which a
cause written right after the respondent's name (「与被执行人秦某服务合同纠纷一案」) would
otherwise run into."""
PERSON = re.compile(
    r"([\u4e00-\u9fff]{1,6}[·•．][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4}?)(?=" + _PEOPLE_STOP + ")"
)
"""A Han name of two to four characters, or a transcribed one joined by a middle dot (买买提·艾力)."""
CARD_NAME_LEFT = re.compile(r"^.{0,2}(?<![签署书])名[^\u4e00-\u9fff\dA-Za-z]{0,2}([\u4e00-\u9fff]{2,4})$")
"""A card's line that is its name label and the name, the label's 姓 lost or misread and no colon
after it, though a stray mark may stand there: 「名侯思远」, 「E名程俊杰」, 「生名秦新民」 (the 姓 read as 生), 「生☑名郑波」 or 「名☑孟晓浩」 (a seal's
edge or the photo's frame read as a mark); the name must pass `looks_like_person`. 「签名」 is no name label."""
ORG_SUFFIX = re.compile(
    r"股份有限公司|有限责任公司|有限公司|公司|分行|支行|营业部|银行|合作社|管理中心|中心|协会|医院|学校|委员会|集团"
    r"|事务所|厂|店|商行|经营部|联社|研究院|研究所|基金会|办事处|管理处|管理局|门市部|超市|酒店|宾馆|工作室"
    r"|幼儿园|俱乐部|服务部|农场|林场|诊所|门诊部|餐厅|饭店|酒楼"
)
"""The words a unit's name ends in, as they stand inside a sentence (「温县农村信用合作联社与…」); the
one-character endings a whole name may have (局, 站, 所: `validate.situation.ORGANISATION`) would cut a
name short here."""
ORG_STOP = re.compile(r"[与、，,。；;：:\s]|诉|申请|被执行人|被申请人|一案|纠纷|$")


def org_at(text: str) -> int | None:
    """「中国建设银行股份有限公司南京鼓楼支行与…」: the name runs to its last legal-entity word
    before the sentence moves on, so a branch is not cut back to its bank."""
    segment = text[: ORG_STOP.search(text).start()]
    ends = [m.end() for m in ORG_SUFFIX.finditer(segment)]
    if not ends or ends[-1] < 4 or not re.fullmatch(r"[\u4e00-\u9fff（）()]+", segment[: ends[-1]]):
        return None
    if PERSON_CLAUSE.search(segment[: ends[-1]]):
        return None  # 「李四系博爱县实验幼儿园职工」, 「王芳在华联超市」: a person and where they work
    return ends[-1]


PERSON_CLAUSE = re.compile(r"系(?!统)|在|住(?!房)|名下")
COURT = re.compile(r"([\u4e00-\u9fff]{2,24}?(?:人民法院|法院))")
LOST_REN = re.compile(r"(?<!人)民法院")
"""「博爱县民法院」: a seal's ring read with its 人 lost, no court (no court's name ends in 民法院)."""
FIELD_SEP = re.compile(r"^(?:[（(][^）)]{1,10}[）)])?(?:姓名|名称)?[\s：:为是系]*")
"""What stands between a label and its value: 「被执行人（被申请人）姓名：」."""

for _name in ("value", "role"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


@Language.component("value_finder")
def value_finder(doc: Doc) -> Doc:
    """Case numbers, amounts, dates and ID numbers, each parsed once, as spans."""
    found: list[Span] = []
    text = doc.text
    for label, finder in (
        ("CASE_NUMBER", values.find_case_numbers),
        ("AMOUNT", values.find_amounts),
        ("DATE", values.find_dates),
        ("ID_NUMBER", values.find_id_numbers),
    ):
        for value, start, end in finder(text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None:
                span._.value = value
                found.append(span)
    doc.spans["values"] = found
    return doc


@Language.component("party_finder")
def party_finder(doc: Doc) -> Doc:
    """Names written after a party's or an officer's label.

    A name is clear where a mark or a known word follows it (「被执行人卜雅琴（」); where the
    sentence runs straight on (「被执行人卜雅琴上述账户」) the name is the one already read
    clearly elsewhere on the page that the text starts with.
    """
    found: list[Span] = []
    unclear: list[tuple[int, str, str]] = []
    role_of = {"RESPONDENT_LABEL": "respondent", "APPLICANT_LABEL": "applicant", "OFFICER_LABEL": "officer",
               "TRANSFEREE_LABEL": "transferee"}  # a transferee's ID number is not the respondent's
    for cue in doc.spans.get("cues", []):
        role = role_of.get(cue.label_)
        if role is None or _inside_longer_label(doc, cue):
            continue
        rest = doc.text[cue.end_char : cue.end_char + 60]
        lead = FIELD_SEP.match(rest)
        offset = cue.end_char + (lead.end() if lead else 0)
        tail = doc.text[offset : offset + 60]
        names = _names_at(tail, role)
        if not names:
            unclear.append((offset, tail, role))
        found.extend(_party_span(doc, offset + start, offset + end, role) for start, end in names)
    known = sorted({s._.value for s in found if s is not None}, key=len, reverse=True)
    for offset, tail, role in unclear:
        name = next((k for k in known if tail.startswith(k)), None)
        if name is not None:
            found.append(_party_span(doc, offset, offset + len(name), role))
    found.extend(_parties_of_the_cause(doc, {s._.role for s in found if s is not None}))
    found.extend(_parties_of_the_suit(doc, {s._.role for s in found if s is not None}))
    doc.spans["parties"] = sorted((s for s in found if s is not None), key=lambda s: s.start_char)
    return doc


CAUSE_PARTIES = re.compile(r"(?:在执行|执行)(?P<applicant>[\u4e00-\u9fff（）()]{2,40}?)申请执行(?![人])")
"""「本院在执行焦作市朗旭装饰工程有限公司申请执行彭文博买卖合同纠纷一案中」: the parties named
without their labels, the applicant before 申请执行 and the respondent after it."""


def _parties_of_the_cause(doc: Doc, labelled: set[str]) -> list[Span]:
    """The applicant and respondent a cause names without labels, for the roles no label gave."""
    found: list[Span | None] = []
    for match in CAUSE_PARTIES.finditer(doc.text):
        applicant = match.group("applicant")
        if "applicant" not in labelled and "申请" not in applicant and "被执行" not in applicant:
            end = org_at(applicant + "与")
            person = 2 <= len(applicant) <= 4 and looks_like_person(applicant)
            if end == len(applicant) or person:
                found.append(_party_span(doc, match.start("applicant"), match.end("applicant"), "applicant"))
                labelled = labelled | {"applicant"}
        if "respondent" not in labelled:
            names = _names_at(doc.text[match.end() : match.end() + 60], "respondent")
            if names:
                start, end = names[0]
                found.append(_party_span(doc, match.end() + start, match.end() + end, "respondent"))
                labelled = labelled | {"respondent"}
    return [s for s in found if s is not None]


SUIT_ROLES = {"DEFENDANT_LABEL": "respondent", "PLAINTIFF_LABEL": "applicant"}
PRESERVATION = re.compile(r"(?:诉讼|诉前|财产)保全|保全措施|申请保全|执保|财保|在审理[^。]{2,60}?一案中")
"""A paper about preservation: it says so, bears a 执保 / 财保 number, or was written while the
suit is heard (「本院在审理原告…与被告…纠纷一案中」)."""


def _parties_of_the_suit(doc: Doc, labelled: set[str]) -> list[Span]:
    """A preservation paper written while the suit is heard may name the parties only as the
    suit does, 「原告…与被告…纠纷一案」「冻结被告张某名下…」: there the 被告 is the person whose
    property is preserved, the 原告 the one who asked for it. Only on a paper about preservation
    and only for a role no party label gave: in a judgment the 被告 need not be the person the
    enforcement is against (a guarantor, one of several defendants)."""
    if PRESERVATION.search(doc.text) is None:
        return []
    found: list[Span | None] = []
    for cue in doc.spans.get("cues", []):
        role = SUIT_ROLES.get(cue.label_)
        if role is None or role in labelled or doc.text[cue.end_char : cue.end_char + 1] == "人":
            continue  # 「被告人」 is a criminal defendant
        rest = doc.text[cue.end_char : cue.end_char + 60]
        lead = FIELD_SEP.match(rest)
        offset = cue.end_char + (lead.end() if lead else 0)
        names = _names_at(doc.text[offset : offset + 60], role)
        found.extend(_party_span(doc, offset + start, offset + end, role) for start, end in names[:1])
    return [s for s in found if s is not None]


def _party_span(doc: Doc, start: int, end: int, role: str) -> Span | None:
    span = doc.char_span(start, end, label="PARTY", alignment_mode="expand")
    if span is not None:
        span._.role = role
        span._.value = doc.text[start:end]
    return span


def _names_at(tail: str, role: str) -> list[tuple[int, int]]:
    """Where the name(s) after a label stand: an organisation or a person for an applicant,
    a person for a respondent, a list of people for officers."""
    if role == "applicant" and (end := org_at(tail)) is not None:
        return [(0, end)]
    match = PERSON.match(tail)
    if match is None or not looks_like_person(match.group(1)):
        if role == "respondent" and (end := company_at(tail)) is not None:
            return [(0, end)]
        return []
    return _name_list(tail, match) if role == "officer" else [match.span(1)]


COMPANY_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|公司|合作社|集团|事务所|商行|经营部)$")


def company_at(text: str) -> int | None:
    """A respondent that is a company (「查询被执行人上海盛邦劳务派遣有限公司住房公积金事宜」): an
    organisation's name ending in a legal-entity word, never a person's words run on to the
    agency (「张三在上海市公积金管理中心」)."""
    end = org_at(text)
    if end is None:
        return None
    name = text[:end]
    while not COMPANY_SUFFIX.search(name):
        shorter = [m.end() for m in ORG_SUFFIX.finditer(name[:-1])]
        if not shorter:
            return None
        name = name[: shorter[-1]]
    return len(name) if len(name) >= 6 and not re.search(r"[在的]|名下", name) else None


LIST_SEP = re.compile(r"^(?:\s*[、，,和及与]\s*|\s+)")


def _name_list(tail: str, first: re.Match[str]) -> list[tuple[int, int]]:
    """「承办人：杨英、孔芳国」 names two officers; read every name of the list.

    A list keeps its separator: after 「杨英、孔芳国」 a name set off by spaces only is
    something else on the same row (a seal's ring text 「徐汇区」 read as 「徐汇伞」, a
    signature), while 「杨英 孔芳国」 is a list spaced throughout.
    """
    spans = [first.span(1)]
    position = first.end(1)
    spaced: bool | None = None
    while (sep := LIST_SEP.match(tail[position:])) is not None:
        blank = not sep.group(0).strip()
        if spaced is None:
            spaced = blank
        elif blank != spaced:
            break
        nxt = PERSON.match(tail[position + sep.end() :] + " ")
        if nxt is None or not looks_like_person(nxt.group(1)):
            break
        start = position + sep.end() + nxt.start(1)
        spans.append((start, start + len(nxt.group(1))))
        position = spans[-1][1]
    return spans


def _inside_longer_label(doc: Doc, cue: Span) -> bool:
    """「申请执行人」 holds 「执行人」 and 「被申请人」 holds 「申请人」: the longer label wins."""
    before = doc.text[max(0, cue.start_char - 1) : cue.start_char]
    if cue.label_ == "APPLICANT_LABEL" and before == "被":
        return True
    return bool(cue.label_ == "OFFICER_LABEL" and doc.text[cue.start_char : cue.start_char + 3] == "执行员"
                and doc.text[cue.end_char : cue.end_char + 1] in "会")


SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由赖"
    # rarer ones of the 百家姓: a name missed for its surname is a respondent or officer lost
    "宓钮蒯仉亓訾逄郗隗笪邴糜弓牧蓬钭厍乜佴缑郈谯琴莘璩濮郏宦庾暨夔殳蔚禄扈咸籍苍宰郦却寿习充慎"
    "终融须巢竺督赏墨仰秋宁暴蓟怀从鄂索双闻贡扶堵桑桂农别柴艾鱼容古戈步弘匡欧沃越师巩晁敖冷辛"
    "那简空养鞠丰相后荆红游权盖益桓亢况归晋楚闫汝涂钦商牟佘伯年阳佟第言福綦阎郑漆雷井卢"
    # the 百家姓's others that are no common word of these papers (傅 is among the hundred most common)
    "傅萧洪凤昌贝贲荀滑羿汲松韶酆毋"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯")
NOT_NAMES = {"本院", "住房", "上述", "如下", "你单位", "贵中心", "申请", "执行", "人民", "法院", "公积金"}
NOT_NAME_WORDS = ("法官", "审判", "执行", "书记", "人员", "助理", "庭长", "院长", "干警", "警察", "法警", "公务",
                  "单位", "职务", "编号", "证号")
"""Words of a card's or a form's labels (单 is a surname: 「单位：」 is no 单 person)."""
NAME_CHAR = re.compile(r"[\u4e00-\u9fff·•．]+")


def looks_like_person(name: str) -> bool:
    """A person's name starts with a surname; this keeps labels and phrases out of names."""
    if name in NOT_NAMES or any(ch in "院局区市省县号年月日元" for ch in name) or not NAME_CHAR.fullmatch(name):
        return False
    if any(word in name for word in NOT_NAME_WORDS):
        return False
    if any(dot in name for dot in "·•．"):
        return True
    return name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES)


@Language.component("court_finder")
def court_finder(doc: Doc) -> Doc:
    found = []
    for match in COURT.finditer(doc.text):
        span = doc.char_span(match.start(1), match.end(1), label="COURT", alignment_mode="expand")
        if span is not None and not LOST_REN.search(match.group(1)):
            span._.value = match.group(1)
            found.append(span)
    doc.spans["courts"] = found
    return doc


@cache
def pipeline() -> Language:
    """The one pipeline, built on first use (it costs ~0.1 s) and shared."""
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "cues", "overwrite": False})
    ruler.add_patterns([{"label": label, "pattern": word} for label, words in CUES.items() for word in words])
    nlp.add_pipe("value_finder")
    nlp.add_pipe("party_finder")
    nlp.add_pipe("court_finder")
    return nlp
