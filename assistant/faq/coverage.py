"""Coverage: every substantive clause must be answered by at least one FAQ entry.

"Substantive" is defined on the text itself, so a third document dropped into corpus/
is judged the same way:

- a clause with no body text answers nothing a quote could carry: a heading such as
  二、主要措施 has its content in its sub-clauses (judged instead), and an item whose whole
  content is its numbered line leaves nothing after it to quote;
- a 公文's addressee line (主送机关, "各省、自治区…：") and its closing formalities
  (附件 line, issuing office, dates, 此件主动公开, 联系单位) are the same in every
  official document and tell a worker nothing about the policy.

A clause is substantive when it has at least one sentence that is neither. This keeps the
national closing (its first sentence, 本意见自印发之日起施行, is the effective date) and both
preambles (they say why the policy exists and how the two documents relate), and drops
Yunnan's closing, which is only attachment line, signature and dates.
"""

from __future__ import annotations

import re

from assistant.faq.model import Coverage, FaqEntry
from corpus import Corpus
from corpus.model import Clause

_BOILERPLATE_SENTENCES = (
    re.compile(r"[^。；]*："),  # addressee line: a list of recipients ending in a colon
    re.compile(r"附件[：:].*"),  # attachment line
    re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(印发)?"),  # signing or printing date
    re.compile(r"[（(](此件[^）)]*|联系单位[^）)]*)[）)]"),  # publication and contact remarks
    re.compile(r"[^，。；：、]{2,30}(厅|部|局|办公厅|办公室|委员会|人民政府)"),  # issuing office
)

NO_BODY = "只有标题，内容在下级条款中"
NUMBERED_LINE_ONLY = "只有编号行，没有可以逐字引用的正文"
ONLY_BOILERPLATE = "只有公文格式内容（主送机关、附件说明、落款、日期等），不涉及政策本身"


def is_boilerplate(sentence: str) -> bool:
    sentence = sentence.strip()
    return any(pattern.fullmatch(sentence) for pattern in _BOILERPLATE_SENTENCES)


def exclusion_reason(clause: Clause) -> str | None:
    """Why a clause is not substantive, or None when it is."""
    if not clause.text.strip():
        return NO_BODY if clause.child_ids else NUMBERED_LINE_ONLY
    if all(is_boilerplate(sentence) for sentence in clause.sentences):
        return ONLY_BOILERPLATE
    return None


def measure_coverage(corpus: Corpus, entries: list[FaqEntry], parameter_names: list[str]) -> Coverage:
    excluded = {c.clause_id: reason for c in corpus.clauses() if (reason := exclusion_reason(c)) is not None}
    substantive = tuple(c.clause_id for c in corpus.clauses() if c.clause_id not in excluded)
    covered: dict[str, tuple[str, ...]] = {}
    for clause in corpus.clauses():
        citing = tuple(
            dict.fromkeys(e.entry_id for e in entries for c in e.citations if c.clause_id == clause.clause_id)
        )
        if citing:
            covered[clause.clause_id] = citing
    parameters = {name: tuple(e.entry_id for e in entries if e.parameter == name) for name in parameter_names}
    return Coverage(substantive=substantive, covered=covered, excluded=excluded, parameters=parameters)


def render_coverage(coverage: Coverage, corpus: Corpus) -> str:
    """The coverage report as plain Chinese text, one line per clause and per parameter."""
    covered = [c for c in coverage.substantive if coverage.covered.get(c)]
    lines = [
        f"条款覆盖：实质性条款 {len(coverage.substantive)} 条，"
        f"已有问答覆盖 {len(covered)} 条，未覆盖 {len(coverage.uncovered)} 条。"
    ]
    for clause_id in coverage.substantive:
        entries = coverage.covered.get(clause_id, ())
        mark = "✓" if entries else "✗ 未覆盖"
        lines.append(
            f"  {mark} {clause_id}（{corpus.clause(clause_id).label}）" + (f"：{'、'.join(entries)}" if entries else "")
        )
    lines.append("不计入覆盖的条款：")
    lines += [
        f"  - {clause_id}（{corpus.clause(clause_id).label}）：{reason}"
        for clause_id, reason in coverage.excluded.items()
    ]
    answered = len(coverage.parameters) - len(coverage.uncovered_parameters)
    lines.append(f"规则参数：共 {len(coverage.parameters)} 个，已有问答 {answered} 个。")
    lines += [f"  ✗ 没有对应问答的参数：{name}" for name in coverage.uncovered_parameters]
    lines.append("结论：覆盖完整。" if coverage.complete else "结论：覆盖不完整，请补充问答。")
    return "\n".join(lines)
