"""Coverage: every substantive clause must be answered by at least one FAQ entry.

"Substantive" is defined on the text itself, so a third document dropped into corpus/
is judged the same way:

- a clause with no body text (a heading such as 二、主要措施 whose content sits in its
  sub-clauses) answers nothing by itself — its sub-clauses are judged instead;
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

from corpus import Corpus
from corpus.model import Clause

from assistant.faq.model import Coverage, FaqEntry

_BOILERPLATE_SENTENCES = (
    re.compile(r"[^。；]*："),  # addressee line: a list of recipients ending in a colon
    re.compile(r"附件[：:].*"),  # attachment line
    re.compile(r"\d{4}年\d{1,2}月\d{1,2}日(印发)?"),  # signing or printing date
    re.compile(r"[（(](此件[^）)]*|联系单位[^）)]*)[）)]"),  # publication and contact remarks
    re.compile(r"[^，。；：、]{2,30}(厅|部|局|办公厅|办公室|委员会|人民政府)"),  # issuing office
)

NO_BODY = "只有标题，内容在下级条款中"
ONLY_BOILERPLATE = "只有公文格式内容（主送机关、附件说明、落款、日期等），不涉及政策本身"


def is_boilerplate(sentence: str) -> bool:
    sentence = sentence.strip()
    return any(pattern.fullmatch(sentence) for pattern in _BOILERPLATE_SENTENCES)


def exclusion_reason(clause: Clause) -> str | None:
    """Why a clause is not substantive, or None when it is."""
    if not clause.text.strip():
        return NO_BODY
    if all(is_boilerplate(sentence) for sentence in clause.sentences):
        return ONLY_BOILERPLATE
    return None


def measure_coverage(corpus: Corpus, entries: list[FaqEntry],
                     parameter_names: list[str]) -> Coverage:
    excluded = {c.clause_id: reason for c in corpus.clauses()
                if (reason := exclusion_reason(c)) is not None}
    substantive = tuple(c.clause_id for c in corpus.clauses() if c.clause_id not in excluded)
    covered: dict[str, tuple[str, ...]] = {}
    for clause in corpus.clauses():
        citing = tuple(dict.fromkeys(e.entry_id for e in entries
                                     for c in e.citations if c.clause_id == clause.clause_id))
        if citing:
            covered[clause.clause_id] = citing
    parameters = {name: tuple(e.entry_id for e in entries if e.parameter == name)
                  for name in parameter_names}
    return Coverage(substantive=substantive, covered=covered, excluded=excluded,
                    parameters=parameters)
