"""The 公文 parser on a synthetic document: every markup variant and a deeper level."""

import re
from pathlib import Path

import pytest

from corpus.parser import chinese_numeral, sentence_spans
from corpus.store import load_document

FIXTURE = Path(__file__).parent / "fixtures" / "synthetic.md"

EXPECTED = [
    # clause_id suffix, label after the 文号, heading, text
    ("preamble", "导语", "导语", "各县（区）人力资源和社会保障局：\n为做好技能人才评价工作，现将有关事项通知如下。"),
    ("1", "一", "工作目标", "到2025年，建成覆盖全市的技能人才评价体系。"),
    ("2", "二", "工作措施", ""),
    ("2.1", "二（一）", "规范评价机构", "各评价机构应当具备相应条件。"),
    ("2.1.1", "二（一）1", "场地要求", "评价场地面积不少于200平方米；"),
    ("2.1.1.1", "二（一）1（1）", "理论考场应配备监控设备", ""),
    ("2.1.1.2", "二（一）1（2）", "实操考场应满足安全要求，并经属地主管部门验收", ""),
    ("2.1.2", "二（一）2", "人员要求", "考评员不少于5人。"),
    ("2.2", "二（二）", "加强监督", "市局定期组织检查。"),
    ("3", "三", "保障措施", "各单位要高度重视。"),
    ("closing", "结尾", "结尾", "本通知自印发之日起施行。\n(此件主动公开)\n某某市人力资源和社会保障局\n2024年3月1日"),
]


@pytest.fixture(scope="module")
def document():
    return load_document(FIXTURE)


def test_ids_labels_headings_and_text(document):
    got = [(c.clause_id, c.label, c.heading, c.text) for c in document.clauses]
    want = [
        (f"synthetic-2024-7:{key}", f"某人社发〔2024〕7号 {label}", heading, text)
        for key, label, heading, text in EXPECTED
    ]
    assert got == want


def test_header_holds_only_red_head_number_and_title(document):
    assert document.header.splitlines() == [
        "某某市人力资源和社会保障局文件",
        "某人社发〔2024〕7号",
        "关于做好技能人才评价工作的通知",
    ]


def test_parent_child_links(document):
    by_id = {c.clause_id: c for c in document.clauses}
    assert by_id["synthetic-2024-7:2"].child_ids == ["synthetic-2024-7:2.1", "synthetic-2024-7:2.2"]
    assert by_id["synthetic-2024-7:2.1.1.2"].parent_id == "synthetic-2024-7:2.1.1"
    assert by_id["synthetic-2024-7:closing"].parent_id is None
    for clause in document.clauses:
        for child_id in clause.child_ids:
            assert by_id[child_id].parent_id == clause.clause_id


def _visible(text: str) -> str:
    """Source text without markup, separators and white space."""
    text = re.sub(r"(?m)^#+\s*|\*\*|^-{3,}$", "", text)
    return re.sub(r"\s+", "", text)


def test_no_text_lost_or_doubled(document):
    rebuilt = document.header + "".join(c.lead + c.text for c in document.clauses)
    assert _visible(rebuilt) == _visible(FIXTURE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("numeral,value", [("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十三", 23)])
def test_chinese_numerals(numeral, value):
    assert chinese_numeral(numeral) == value


def test_sentence_spans_cover_each_sentence_once():
    text = "第一句。第二句；“第三句。”\n第四句"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["第一句。", "第二句；", "“第三句。”", "第四句"]
