"""The FAQ as one standalone, printable HTML page: no external CSS, scripts or fonts."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from assistant.faq import wording

if TYPE_CHECKING:
    from assistant.faq.model import ClauseText, Faq, FaqEntry

STYLE = """
:root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --accent: #0b5cad; --mark: #fff3b0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.25rem 4rem; color: var(--ink);
  font: 16px/1.75 "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC",
  "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 1.7rem; line-height: 1.4; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 .5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.8rem 0 .4rem; }
a { color: var(--accent); }
.intro, .topic-description, .checks, .back { color: var(--muted); }
.disclaimer { border-left: 4px solid #d4a72c; background: #fff8e5; padding: .6rem 1rem; }
nav ol { padding-left: 1.4rem; }
nav li { margin: .15rem 0; }
nav .topic-name { font-weight: bold; margin-top: .6rem; }
blockquote { margin: .6rem 0; padding: .4rem 1rem; border-left: 4px solid var(--accent); background: #f3f7fc; }
blockquote cite { display: block; font-style: normal; font-size: .9rem; margin-top: .2rem; }
.note { background: #f6f8fa; padding: .4rem .8rem; border-radius: 4px; }
.checks { font-size: .9rem; }
.checks ul { margin: .2rem 0; padding-left: 1.4rem; }
.entry { page-break-inside: avoid; break-inside: avoid; }
.clause { border-top: 1px solid var(--line); }
.clause-id { color: var(--muted); font-size: .85rem; font-weight: normal; }
mark { background: var(--mark); }
.back { font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .back { display: none; }
  h2 { page-break-after: avoid; break-after: avoid; }
  h3 { page-break-after: avoid; break-after: avoid; }
  .clauses { page-break-before: always; break-before: page; }
  blockquote, .note, .disclaimer { background: none; }
}
"""


def render_html(faq: Faq) -> str:
    body = [
        f"<h1>{escape(faq.title)}</h1>",
        f'<p class="intro">{escape(wording.introduction(faq.documents))}</p>',
        f'<p class="disclaimer">{escape(wording.DISCLAIMER)}</p>',
        _table_of_contents(faq),
    ]
    for topic in faq.topics:
        entries = faq.entries_in(topic.topic_id)
        if entries:
            body.append(
                f'<section class="topic" id="topic-{topic.topic_id}">'
                f"<h2>{escape(topic.name)}</h2>"
                f'<p class="topic-description">{escape(topic.description)}</p>'
                + "".join(_entry(faq, entry) for entry in entries)
                + "</section>"
            )
    body.append(_clauses(faq))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(faq.title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f'<body id="top">\n' + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _table_of_contents(faq: Faq) -> str:
    items = []
    for topic in faq.topics:
        entries = faq.entries_in(topic.topic_id)
        if entries:
            questions = "".join(f'<li><a href="#{e.entry_id}">{escape(e.question)}</a></li>' for e in entries)
            items.append(
                f'<li><div class="topic-name"><a href="#topic-{topic.topic_id}">'
                f"{escape(topic.name)}</a></div><ol>{questions}</ol></li>"
            )
    items.append(f'<li><div class="topic-name"><a href="#clauses">{escape(wording.CLAUSES_HEADING)}</a></div></li>')
    return f"<nav><h2>{wording.TOC_HEADING}</h2><ol>{''.join(items)}</ol></nav>"


def _entry(faq: Faq, entry: FaqEntry) -> str:
    parts = [
        f'<article class="entry" id="{entry.entry_id}">',
        f"<h3>{escape(entry.question)}</h3>",
        f"<p>{escape(entry.summary)}</p>",
    ]
    for citation in entry.citations:
        anchor = faq.clause_text(citation.clause_id).anchor
        parts.append(
            f"<blockquote>“{escape(citation.quote)}”"
            f'<cite>——<a href="#{anchor}">{escape(citation.label)}</a></cite></blockquote>'
        )
    parts += [f'<p class="note"><strong>说明：</strong>{escape(note)}</p>' for note in entry.notes]
    if entry.verified_by:
        checks = "".join(
            f"<li>{escape(c.example.situation)}（以 {c.example.as_of.isoformat()} 计）→ {escape(c.summary)}</li>"
            for c in entry.verified_by
        )
        parts.append(f'<div class="checks">{wording.CHECKS_HEADING}：<ul>{checks}</ul></div>')
    parts.append('<p class="back"><a href="#top">回到目录</a></p></article>')
    return "".join(parts)


def _clauses(faq: Faq) -> str:
    sections = []
    for clause in faq.clauses:
        quotes = [c.quote for e in faq.entries for c in e.citations if c.clause_id == clause.clause_id]
        cited_by = [e for e in faq.entries if any(c.clause_id == clause.clause_id for c in e.citations)]
        links = "、".join(f'<a href="#{e.entry_id}">{escape(e.question)}</a>' for e in cited_by)
        sections.append(
            f'<section class="clause" id="{clause.anchor}">'
            f"<h3>{escape(clause.label)}　{escape(clause.heading)} "
            f'<span class="clause-id">{escape(clause.clause_id)}</span></h3>'
            + _highlighted_paragraphs(clause, quotes)
            + f'<p class="back">{wording.CITED_BY}：{links}</p></section>'
        )
    return (
        f'<section class="clauses" id="clauses"><h2>{wording.CLAUSES_HEADING}</h2>' + "".join(sections) + "</section>"
    )


def _highlighted_paragraphs(clause: ClauseText, quotes: list[str]) -> str:
    """The clause text, paragraph by paragraph, with every quoted passage marked."""
    spans = _merge([(start, start + len(q)) for q in quotes if (start := clause.text.find(q)) >= 0])
    paragraphs, offset = [], 0
    for paragraph in clause.text.split("\n"):
        end = offset + len(paragraph)
        local = [(max(s, offset) - offset, min(e, end) - offset) for s, e in spans if s < end and e > offset]
        paragraphs.append(f"<p>{_mark(paragraph, local)}</p>")
        offset = end + 1
    return "".join(paragraphs)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    out, position = [], 0
    for start, end in spans:
        out += [escape(text[position:start]), f"<mark>{escape(text[start:end])}</mark>"]
        position = end
    out.append(escape(text[position:]))
    return "".join(out)
