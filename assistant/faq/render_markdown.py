"""The FAQ as one Markdown document: table of contents, topics, entries, cited clause texts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.faq import wording

if TYPE_CHECKING:
    from assistant.faq.model import Faq, FaqEntry


def render_markdown(faq: Faq) -> str:
    blocks = [f"# {faq.title}", wording.introduction(faq.documents), f"> {wording.DISCLAIMER}", _table_of_contents(faq)]
    for topic in faq.topics:
        entries = faq.entries_in(topic.topic_id)
        if entries:
            blocks += [f"## {topic.name}", topic.description]
            blocks += [_entry(faq, entry) for entry in entries]
    blocks.append(f"## {wording.CLAUSES_HEADING}")
    for clause in faq.clauses:
        blocks += [f'### <a id="{clause.anchor}"></a>{clause.label}　{clause.heading}', clause.text]
    return "\n\n".join(blocks) + "\n"


def _table_of_contents(faq: Faq) -> str:
    lines = [f"## {wording.TOC_HEADING}"]
    for topic in faq.topics:
        entries = faq.entries_in(topic.topic_id)
        if entries:
            lines += ["", f"**{topic.name}**", ""]
            lines += [f"- [{e.question}](#{e.entry_id})" for e in entries]
    return "\n".join(lines)


def _entry(faq: Faq, entry: FaqEntry) -> str:
    def linked(citation):
        return f"[{citation.label}](#{faq.clause_text(citation.clause_id).anchor})"

    parts = [f'### <a id="{entry.entry_id}"></a>{entry.question}', entry.render_answer(linked)]
    if entry.verified_by:
        checks = [
            f"- {check.example.situation}（以 {check.example.as_of.isoformat()} 计）→ {check.summary}"
            for check in entry.verified_by
        ]
        parts.append(f"*{wording.CHECKS_HEADING}：*\n\n" + "\n".join(checks))
    return "\n\n".join(parts)
