"""Each agency answers in its own name, and nothing a sample installation prints is a placeholder.

Issue 12 item 11: a 送达回证 printed 「上海市浦东新区示例路100号」 and the organisation under
签发人; item 4: Jiaozuo papers came out with Shanghai's header because the letter followed
the clerk's office. The sample configuration (generate/centre.example.yaml) is what a new
installation starts from, so every document kind is rendered with every agency in it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pymupdf
import pytest

from generate import ALL_KINDS, Deployment, agency_kind, write_outputs
from generate.facts import gather
from generate.selection import RESULT_BY_MEASURE
from generate.templating import build_context, render_blocks, title_for
from tests.generate.cases import TODAY, cases

PLACEHOLDERS = [
    (re.compile(r"示例|某某|XXX|ＸＸ|×××"), "a sample's stand-in"),
    (re.compile(r"(?<!\d)100号"), "the sample's house number"),
    (re.compile(r"[{}]"), "a template's braces"),
    (re.compile(r"None|null|True|False"), "a Python value"),
    (re.compile(r"[A-Za-z]{2,}"), "an English word or code"),
    (re.compile(r"\.(pdf|png|jpe?g|tiff?|txt|ya?ml|docx)\b", re.I), "a file name"),
    (re.compile(r"〔\d{4}〕\s*[　 ]+号"), "a blank document number"),
]


def placeholders(text: str) -> list[str]:
    return [f"{why}: {m.group(0)!r}" for pattern, why in PLACEHOLDERS for m in pattern.finditer(text)]


@pytest.fixture(scope="module")
def deployment() -> Deployment:
    return Deployment.example()


def test_the_pack_chooses_the_agency_before_the_office(deployment: Deployment) -> None:
    jiaozuo = deployment.choose("jiaozuo-2024", "浦东管理部")
    assert jiaozuo.name == "焦作市住房公积金管理中心"
    assert jiaozuo.header_lines == ("焦作市住房公积金管理中心",)
    assert jiaozuo.document_number(2026, 3) == "焦公积金协〔2026〕3号"
    assert deployment.choose("shanghai-2021", "徐汇管理部").signatory == "上海市公积金管理中心徐汇管理部"
    assert deployment.choose("shanghai-2021", "浦东管理部").signatory == "上海市公积金管理中心浦东管理部"
    # a pack no agency lists and an office no agency lists: the default
    assert deployment.choose("national-2010", "某管理部").signatory == "上海市公积金管理中心浦东管理部"


def test_the_measure_chooses_the_kind_of_agency(deployment: Deployment) -> None:
    assert agency_kind("police.vehicle_seal") == "police" and agency_kind(None) == "fund"
    assert deployment.choose("yunfu-2017", None, "police.vehicle_seal").name == "云浮市公安局"
    assert deployment.choose("yunfu-2017", None, "land.seal").name == "云浮市自然资源局"
    assert deployment.choose("yunfu-2017", None, "housing.transfer").name == "云浮市住房和城乡建设局"
    assert deployment.choose("yunfu-2017", None, "market.equity_freeze").name == "云浮市市场监督管理局"
    # the police never answer as a fund centre, whatever the pack
    assert deployment.choose("shanghai-2021", "浦东管理部", "police.locate").name == "云浮市公安局"


def test_every_agency_kind_has_an_entry(deployment: Deployment) -> None:
    from generate import AGENCY_KINDS

    assert {a.kind for a in deployment.agencies.values()} == set(AGENCY_KINDS)
    for key, agency in deployment.agencies.items():
        assert agency.signer and agency.address and agency.telephone and agency.document_number_prefix, key


def test_a_misspelt_agency_key_is_refused_with_its_agency(tmp_path: Path) -> None:
    path = tmp_path / "deployment.yaml"
    path.write_text("agencies:\n  jz:\n    name: 焦作市住房公积金管理中心\n    signr: 郭某\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"agencies\.jz: unknown centre config keys: signr"):
        Deployment.from_yaml(path)
    path.write_text("default: nowhere\nagencies:\n  jz: {name: 焦作市住房公积金管理中心}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="nowhere"):
        Deployment.from_yaml(path)


def test_a_single_centre_file_is_still_a_deployment(tmp_path: Path) -> None:
    path = tmp_path / "centre.yaml"
    path.write_text("name: 焦作市住房公积金管理中心\nsigner: 郭永亮\n", encoding="utf-8")
    one = Deployment.from_yaml(path)
    assert one.choose("shanghai-2021", "浦东管理部").name == "焦作市住房公积金管理中心"


def test_every_kind_with_every_agency_prints_no_placeholder(deployment: Deployment) -> None:
    seen: set[str] = set()
    for case in cases():
        request, report = case.request, case.report
        from extract.contract import Request

        typed = Request.from_json(request)
        facts = gather(typed, report)
        for key, agency in deployment.agencies.items():
            for kind in case.kinds:
                context = build_context(kind, typed, report, facts, agency, TODAY,
                                        [title_for(k, request) for k in case.kinds if k != "proof_of_service"],
                                        serial=7)
                text = "\n".join(f"{b.label} {b.plain_text}" for b in render_blocks(kind, context))
                assert not placeholders(text), (case.name, key, kind, placeholders(text))
                if kind == "proof_of_service":
                    assert agency.signer in text and agency.address in text
                elif kind != "receipt":
                    assert agency.document_number(TODAY.year, 7) in text, (case.name, key, kind)
                seen.add(kind)
    agency_kinds = set(RESULT_BY_MEASURE.values())
    assert seen | agency_kinds >= set(ALL_KINDS), "every fund-centre kind is rendered here; the agencies' "
    "own result letters are rendered for every measure in test_agency_answers.py"


def test_the_printed_proof_of_service_names_the_signer_not_the_organisation(tmp_path: Path,
                                                                          deployment: Deployment) -> None:
    case = next(c for c in cases() if c.name == "freeze_full")
    jiaozuo = deployment.choose("jiaozuo-2024", None)
    outputs = write_outputs(case.request, case.report, tmp_path, jiaozuo, TODAY)
    pdf = next(o["path"] for o in outputs if o["kind"] == "proof_of_service")
    with pymupdf.open(pdf) as doc:
        text = "".join(page.get_text() for page in doc).replace("\n", "")
    assert "签发人郭永亮" in text.replace(" ", "")
    assert "河南省焦作市解放区人民路1136号" in text
    assert "示例" not in text and "上海市公积金" not in text
