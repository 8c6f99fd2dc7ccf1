"""What counts as a substantive clause, judged on the text (so a new document works the same)."""

from pathlib import Path

from assistant.faq.coverage import NO_BODY, NUMBERED_LINE_ONLY, is_boilerplate, measure_coverage
from corpus import Corpus

FIXTURES = Path(__file__).parents[2] / "corpus" / "fixtures"


def test_official_formalities_are_boilerplate():
    for sentence in (
        "各省、自治区、直辖市人力资源社会保障厅（局）：",
        "附件：实施意见",
        "2021年4月9日",
        "2020年12月30日印发",
        "(此件主动公开)",
        "(联系单位：专业技术人员管理司)",
        "人力资源社会保障部办公厅",
        "云南省人力资源和社会保障厅",
    ):
        assert is_boilerplate(sentence), sentence


def test_policy_sentences_are_not_boilerplate():
    for sentence in (
        "本意见自印发之日起施行。",
        "考评员不少于5人。",
        "高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。",
    ):
        assert not is_boilerplate(sentence), sentence


def test_a_new_document_is_judged_by_the_same_definition():
    corpus = Corpus.from_directory(FIXTURES)
    coverage = measure_coverage(corpus, [], [])
    doc = "synthetic-2024-7"
    assert f"{doc}:preamble" in coverage.substantive  # its purpose sentence is policy
    assert f"{doc}:closing" in coverage.substantive  # 本通知自印发之日起施行
    assert f"{doc}:2.1.2" in coverage.substantive
    assert coverage.excluded == {
        f"{doc}:2": NO_BODY,
        f"{doc}:2.1.1.1": NUMBERED_LINE_ONLY,
        f"{doc}:2.1.1.2": NUMBERED_LINE_ONLY,
    }
    # Nothing answers it yet: every substantive clause is reported uncovered.
    assert coverage.uncovered == coverage.substantive and not coverage.complete
