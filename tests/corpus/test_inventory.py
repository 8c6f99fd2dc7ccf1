"""The real corpus: DESIGN's inventory of 28 clause ids, their text, and no lost characters."""

import re

import pytest

from corpus import load_corpus
from corpus.store import DOCUMENTS_DIR

# (clause_id, label, heading, first characters of text, last characters of text)
INVENTORY = [
    ("yunnan-2021-28:preamble", "云人社通〔2021〕28号 导语", "导语", "各（州）市人力资源", "一并贯彻落实。"),
    (
        "yunnan-2021-28:1",
        "云人社通〔2021〕28号 一",
        "提高思想认识，加强组织领导",
        "建立高技能人才",
        "职业发展贯通工作。",
    ),
    ("yunnan-2021-28:2", "云人社通〔2021〕28号 二", "突出技术技能，强化工作业绩", "相关职称系列", "审核后组织实施。"),
    (
        "yunnan-2021-28:3",
        "云人社通〔2021〕28号 三",
        "规范开展评审，加强监督管理",
        "各地、各部门要按照",
        "有关规定处理。",
    ),
    (
        "yunnan-2021-28:4",
        "云人社通〔2021〕28号 四",
        "加强宣传引导，营造良好氛围",
        "高技能人才与专业技术人员",
        "营造良好氛围。",
    ),
    ("yunnan-2021-28:closing", "云人社通〔2021〕28号 结尾", "结尾", "附件：", "2021年4月9日印发"),
    ("mohrss-2020-96:preamble", "人社部发〔2020〕96号 导语", "导语", "各省、自治区", "提出如下实施意见。"),
    ("mohrss-2020-96:1", "人社部发〔2020〕96号 一", "总体要求", "", ""),
    ("mohrss-2020-96:1.1", "人社部发〔2020〕96号 一（一）", "指导思想", "以习近平", "有力人才支撑。"),
    ("mohrss-2020-96:1.2", "人社部发〔2020〕96号 一（二）", "基本原则", "", ""),
    ("mohrss-2020-96:1.2.1", "人社部发〔2020〕96号 一（二）1", "坚持突出重点", "适应技术技能", "融合发展。"),
    ("mohrss-2020-96:1.2.2", "人社部发〔2020〕96号 一（二）2", "坚持问题导向", "聚焦人才", "成长立交桥。"),
    ("mohrss-2020-96:1.2.3", "人社部发〔2020〕96号 一（二）3", "坚持科学评价", "进一步破除", "充分尊重和体现。"),
    ("mohrss-2020-96:1.2.4", "人社部发〔2020〕96号 一（二）4", "坚持以用为本", "立足实际", "制度环境。"),
    ("mohrss-2020-96:2", "人社部发〔2020〕96号 二", "主要措施", "", ""),
    ("mohrss-2020-96:2.1", "人社部发〔2020〕96号 二（一）", "扩大贯通领域", "以支持高技能人才", "专业对应关系。"),
    ("mohrss-2020-96:2.2", "人社部发〔2020〕96号 二（二）", "完善高技能人才职称评价标准", "", ""),
    ("mohrss-2020-96:2.2.1", "人社部发〔2020〕96号 二（二）1", "淡化学历要求", "对两类人才贯通", "近3年年度考核合格。"),
    (
        "mohrss-2020-96:2.2.2",
        "人社部发〔2020〕96号 二（二）2",
        "强化技能贡献",
        "高技能人才参加职称评审突出",
        "重要内容。",
    ),
    ("mohrss-2020-96:2.2.3", "人社部发〔2020〕96号 二（二）3", "建立绿色通道", "对为国家经济发展", "制定具体办法。"),
    (
        "mohrss-2020-96:2.3",
        "人社部发〔2020〕96号 二（三）",
        "创新高技能人才职称评价机制",
        "综合采用",
        "参与制定评价标准。",
    ),
    (
        "mohrss-2020-96:2.4",
        "人社部发〔2020〕96号 二（四）",
        "鼓励专业技术人员参加职业技能评价",
        "符合职业技能评价条件",
        "标准条件。",
    ),
    (
        "mohrss-2020-96:2.5",
        "人社部发〔2020〕96号 二（五）",
        "加强评价制度与用人制度衔接",
        "高技能人才依据",
        "待遇水平。",
    ),
    ("mohrss-2020-96:3", "人社部发〔2020〕96号 三", "有关要求", "", ""),
    ("mohrss-2020-96:3.1", "人社部发〔2020〕96号 三（一）", "加强组织领导", "建立高技能人才", "职称评审工作。"),
    ("mohrss-2020-96:3.2", "人社部发〔2020〕96号 三（二）", "强化监督指导", "各级人力资源", "取得实效。"),
    ("mohrss-2020-96:3.3", "人社部发〔2020〕96号 三（三）", "加强宣传引导", "各地区、各有关单位", "营造良好氛围。"),
    ("mohrss-2020-96:closing", "人社部发〔2020〕96号 结尾", "结尾", "本意见自印发之日起施行。", "2020年12月30日印发"),
]


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_exactly_the_inventory_in_order(corpus):
    assert [c.clause_id for c in corpus.clauses()] == [row[0] for row in INVENTORY]


@pytest.mark.parametrize("clause_id,label,heading,starts,ends", INVENTORY)
def test_clause_label_heading_and_text(corpus, clause_id, label, heading, starts, ends):
    clause = corpus.clause(clause_id)
    assert (clause.label, clause.heading) == (label, heading)
    assert clause.text.startswith(starts) and clause.text.endswith(ends)


@pytest.mark.parametrize(
    "clause_id,joined",
    [
        ("mohrss-2020-96:2.2.1", "可申报评审相应专业助理级职称"),
        ("yunnan-2021-28:4", "引导两类人才积极参与"),
        ("mohrss-2020-96:1.2.3", "让各类人才价值得到充分尊重和体现"),
    ],
)
def test_page_break_splits_are_rejoined(corpus, clause_id, joined):
    assert joined in corpus.clause(clause_id).text


def test_yunnan_clause_2_keeps_its_two_paragraphs(corpus):
    paragraphs = corpus.clause("yunnan-2021-28:2").text.split("\n")
    assert len(paragraphs) == 2 and paragraphs[1].startswith("对新兴职业、新兴领域")


def _visible(text: str) -> str:
    text = re.sub(r"(?m)^#+\s*|\*\*|^-{3,}$", "", text)
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("doc_id", ["yunnan-2021-28", "mohrss-2020-96"])
def test_every_character_in_exactly_one_clause(corpus, doc_id):
    document = corpus.document(doc_id)
    rebuilt = document.header + "".join(c.lead + c.text for c in document.clauses)
    source = (DOCUMENTS_DIR / f"{doc_id}.md").read_text(encoding="utf-8")
    assert _visible(rebuilt) == _visible(source)


def test_sentences_are_verbatim_and_cover_the_text(corpus):
    for clause in corpus.clauses():
        assert all(sentence in clause.text for sentence in clause.sentences)
        assert re.sub(r"\s", "", "".join(clause.sentences)) == re.sub(r"\s", "", clause.text)


def test_corpus_copies_are_the_shared_source_unchanged():
    shared = DOCUMENTS_DIR.parents[1].parent / "shared" / "sources" / "000_7e763686a073978f.txt"
    if not shared.exists():
        pytest.skip("shared/ is not beside this checkout")
    copies = [(DOCUMENTS_DIR / f"{d}.md").read_text(encoding="utf-8") for d in ("yunnan-2021-28", "mohrss-2020-96")]
    assert "".join(copies) == shared.read_text(encoding="utf-8")
