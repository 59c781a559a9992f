"""Field extraction is framed by spaCy: a blank zh pipeline, a ruler and our components."""

from __future__ import annotations

from decimal import Decimal

from extract.nlp import pipeline


def test_pipeline_is_blank_zh_with_ruler_and_components():
    nlp = pipeline()
    assert nlp.lang == "zh"
    assert nlp.pipe_names == ["span_ruler", "value_finder", "party_finder", "court_finder"]
    assert not nlp.meta.get("vectors", {}).get("width"), "no statistical model is loaded"


def test_spans_carry_parsed_values():
    doc = pipeline()("上海市浦东新区人民法院：申请执行人上海某某贸易有限公司与被执行人张三（身份证号码34052419800101001X）"
                     "一案，冻结人民币壹万元整（¥10,000.00），承办人：王小明、李强。")
    values = {(s.label_, str(s._.value)) for s in doc.spans["values"]}
    assert ("AMOUNT", str(Decimal("10000.00"))) in {(label, str(Decimal(v))) for label, v in values if label == "AMOUNT"}
    assert ("ID_NUMBER", "34052419800101001X") in values
    parties = [(s._.role, s._.value) for s in doc.spans["parties"]]
    assert ("applicant", "上海某某贸易有限公司") in parties
    assert ("respondent", "张三") in parties
    assert ("officer", "王小明") in parties and ("officer", "李强") in parties
    assert [s._.value for s in doc.spans["courts"]] == ["上海市浦东新区人民法院"]


def test_labels_inside_longer_labels_are_not_parties():
    doc = pipeline()("被申请人：陈伟，男。")
    roles = [(s._.role, s._.value) for s in doc.spans["parties"]]
    assert roles == [("respondent", "陈伟")]


def test_label_variants_and_transcribed_names():
    doc = pipeline()("被执行人（被申请人）：买买提·艾力，男，维吾尔族。申请执行人 李四")
    roles = [(s._.role, s._.value) for s in doc.spans["parties"]]
    assert ("respondent", "买买提·艾力") in roles
    assert ("applicant", "李四") in roles


def test_an_officers_list_keeps_its_separator():
    def officers(text: str) -> list[str]:
        doc = pipeline()(text)
        return [s._.value for s in doc.spans["parties"] if s._.role == "officer"]

    assert officers("承办人：苗青、宋嘉禾 汤城伞") == ["苗青", "宋嘉禾"], "a seal ring misread (汤城区) is no officer"
    assert officers("承办人：苗青 宋嘉禾") == ["苗青", "宋嘉禾"]


def test_the_last_officer_of_a_list_ends_where_the_cards_they_carry_begin():
    doc = pipeline()("特派本院执行人员麦英、何惠燕持工作证、执行公务证前往你处办理")
    assert [s._.value for s in doc.spans["parties"] if s._.role == "officer"] == ["麦英", "何惠燕"]
    doc = pipeline()("执行人员：王持平、李强")
    assert [s._.value for s in doc.spans["parties"] if s._.role == "officer"] == ["王持平", "李强"]


def test_a_name_does_not_run_into_the_cause_written_after_it():
    for cause in ("服务合同纠纷", "房屋买卖合同纠纷", "建设工程施工合同纠纷", "追偿权纠纷", "保证合同纠纷"):
        doc = pipeline()(f"关于申请执行人周晓燕与被执行人钱立群{cause}一案")
        assert [(s._.role, s._.value) for s in doc.spans["parties"]] == [("applicant", "周晓燕"), ("respondent", "钱立群")]


def test_a_cards_title_is_no_persons_name():
    """公 is a surname, but 「公务证」 read off a duty card's cover (godwit) is the card's title."""
    from extract.nlp import looks_like_person

    assert not looks_like_person("公务证")
    assert looks_like_person("公冶明")


def test_a_seal_ring_missing_its_ren_is_no_court_and_does_not_run_on_to_the_next():
    doc = pipeline()("博爱县民法院委托温县人民法院执行。")
    courts = [s._.value for s in doc.spans["courts"]]
    assert courts and all("博爱县" not in c for c in courts)


def test_a_person_and_where_they_work_is_no_unit():
    from extract.nlp import org_at

    assert org_at("李四系博爱县实验幼儿园职工") is None
    assert org_at("王芳在博爱县华联超市上班") is None
    assert org_at("温县农村信用合作联社与被执行人") == len("温县农村信用合作联社")
    assert org_at("焦作市住房公积金管理中心与") == len("焦作市住房公积金管理中心")
    assert org_at("北京某某信息系统有限公司与") == len("北京某某信息系统有限公司")
