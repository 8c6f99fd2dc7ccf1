"""What the chat tab shows, as text: folded replies, the side panels' markdown, a cited clause.

Pure functions of the answer's data, so the page and a reloaded conversation show the same thing.
"""

from __future__ import annotations

import html
from typing import Any

from assistant import compose
from rules import Verdict
from rules.dates import chinese_date
from rules.labels import label

DETAIL_LABEL = "展开详细说明（条件、依据和下一步）"
NO_FACTS = "还没有了解到您的情况。告诉我您的工种、证书和取得时间，我会一步步帮您判断。"
NO_CLAUSE = "点击上面的一条引用，这里会显示条款全文，引用的句子会高亮。"
QUOTE_PREVIEW_CHARS = 30
FOLLOW_UP_CHARS = 120  # a question asked after the verdict stays on screen, as a question turn's would


def folded_reply(markdown: str) -> str:
    """The answer's first paragraph (the verdict or the question being asked) as it is — with the
    question a verdict turn still asks right after it — and the rest folded in a <details> block that
    the chat's sanitizer keeps and a tap opens.

    The blank lines around the detail keep it markdown: an HTML block ends at a blank line."""
    first, _, rest = markdown.strip().partition("\n\n")
    second, _, after = rest.strip().partition("\n\n")
    if second.endswith("？") and len(second) <= FOLLOW_UP_CHARS:  # 再确认一下：…中间有没有离开过…？
        first, rest = f"{first}\n\n{second}", after
    if not rest.strip():
        return first
    return f"{first}\n\n<details class='reply-detail'><summary>{DETAIL_LABEL}</summary>\n\n{rest.strip()}\n\n</details>"


def facts_markdown(facts: dict[str, Any]) -> str:
    """The "已了解的情况" panel: the same lines the assistant gives when asked what it understood."""
    return compose.facts_markdown(facts) or NO_FACTS


def verdict_markdown(verdict: Verdict | None) -> str:
    """The outcome in the rules' own words, with the level and the date when there is one."""
    if not verdict:
        return ""
    text = f"**当前结论：{label('outcomes', verdict.outcome)}**"
    if verdict.target:
        text += f"（{verdict.target}）"
    if verdict.earliest_date:
        text += f"，最早 {chinese_date(verdict.earliest_date)} 可以申报"
    return text


def citation_choices(citations: list[dict[str, str]]) -> list[tuple[str, int]]:
    """One short line per citation for the picker: the label and the start of the quote."""
    choices = []
    for index, citation in enumerate(citations):
        quote = citation["quote"]
        preview = f"{quote[:QUOTE_PREVIEW_CHARS]}…" if len(quote) > QUOTE_PREVIEW_CHARS else quote
        choices.append((f"{citation['label']}：{preview}", index))
    return choices


def clause_html(corpus, citation: dict[str, str]) -> str:
    """The cited clause in full, with the quoted sentence marked."""
    clause = corpus.clause(citation["clause_id"])
    text, quote = clause.text or "（本条只有标题，内容见下级条款。）", citation.get("quote") or ""
    start = text.find(quote) if quote else -1
    if start < 0:
        body = html.escape(text)
    else:
        body = (
            html.escape(text[:start]) + f"<mark>{html.escape(quote)}</mark>" + html.escape(text[start + len(quote) :])
        )
    return (
        f"<h4>{html.escape(clause.label)}　{html.escape(clause.heading)}</h4>"
        f"<div class='clause-text'>{body}</div>"
        f"<p class='clause-id'>条款编号：{html.escape(clause.clause_id)}</p>"
    )
