"""Parse a Chinese official document (公文) into clauses.

The structure is read from the document's own numbering, whatever the markup:
一、 → level 1, （一） → level 2, 1. → level 3, （1） → level 4, with full- or
half-width brackets, markdown heading or bold markers, or none. Everything before
the first numbered heading (after the red-head and title) is the `preamble`;
everything from the first closing line (附件, 本意见自…施行, (此件主动公开), the
signature, dates, 印发) after the last numbered part is the `closing`.

Page breaks in the sources can split a sentence with a blank line in mid-word
(`助` / `理级职称`). A body line that does not end a sentence, followed by a line
that starts no heading, is the same paragraph: the two are rejoined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.model import Clause, Document, DocumentMeta

_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# (rank, pattern, how the number shows in a label). Rank orders the nesting.
_HEADING_PATTERNS = (
    (1, re.compile(r"^(?P<num>[一二三四五六七八九十]+)、\s*"), "{cn}"),
    (2, re.compile(r"^[（(]\s*(?P<num>[一二三四五六七八九十]+)\s*[）)]\s*"), "（{cn}）"),
    (3, re.compile(r"^(?P<num>\d{1,2})\s*[.．、]\s*"), "{n}"),
    (4, re.compile(r"^[（(]\s*(?P<num>\d{1,2})\s*[）)]\s*"), "（{n}）"),
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s*")
_BOLD = re.compile(r"^\*\*(?P<inner>.*)\*\*$")
_RULE = re.compile(r"^(-{3,}|\*{3,}|_{3,})$")
# A line ending like this ends a sentence (or a heading that introduces a list).
_SENTENCE_END = tuple("。！？；：:!?;”’」』）)")
# Lines that open the closing part of a 公文.
_CLOSING_START = re.compile(
    r"^(附件\s*[：:\d]|本(意见|通知|办法|规定|细则|方案|决定|规则)自.*(施行|执行)|"
    r"[（(](此件|联系)|\d{4}年\d{1,2}月\d{1,2}日)"
)
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]*[”’」』）)]*")


def chinese_numeral(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (enough for 公文 numbering)."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


@dataclass
class _Line:
    text: str  # markup removed, verbatim otherwise
    rank: int = 0  # 0: not a numbered heading
    number: int = 0
    display: str = ""
    lead: str = ""  # the heading part of a heading line, verbatim
    heading: str = ""
    body: str = ""  # what follows the heading on the same line (or the whole line)


def _strip_markup(raw: str) -> str:
    line = _MARKDOWN_HEADING.sub("", raw.strip()).strip()
    bold = _BOLD.match(line)
    return bold.group("inner").strip() if bold else line


def _classify(text: str) -> _Line:
    for rank, pattern, display in _HEADING_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        raw_num = match.group("num")
        number = int(raw_num) if raw_num.isdigit() else chinese_numeral(raw_num)
        rest = text[match.end() :]
        head, stop, body = rest.partition("。")
        lead = text[: match.end()] + head + stop
        return _Line(
            text=text,
            rank=rank,
            number=number,
            heading=head.strip(),
            display=display.format(cn=raw_num, n=raw_num),
            lead=lead,
            body=body.lstrip(),
        )
    return _Line(text=text, body=text)


def _lines(source: str) -> list[_Line]:
    texts = (_strip_markup(raw) for raw in source.splitlines())
    return [_classify(text) for text in texts if text and not _RULE.match(text)]


def _header_length(lines: list[_Line]) -> int:
    """Red-head, 文号 and title: leading lines that are not headings and end no sentence."""
    count = 0
    for line in lines:
        if line.rank or line.text.endswith(_SENTENCE_END):
            break
        count += 1
    return count


def _closing_start(lines: list[_Line], first: int) -> int:
    last_heading = max((i for i, line in enumerate(lines) if line.rank), default=first - 1)
    for i in range(max(last_heading + 1, first), len(lines)):
        if _CLOSING_START.match(lines[i].text):
            return i
    return len(lines)


def _rejoin_page_breaks(lines: list[_Line]) -> list[_Line]:
    joined: list[_Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if previous is not None and not line.rank and previous.body and not previous.body.endswith(_SENTENCE_END):
            previous.body += line.text
            previous.text += line.text
            continue
        joined.append(line)
    return joined


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (or semicolon-clause) boundaries, for quoting."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            spans.append((start, end))
    return spans


class _ClauseBuilder:
    def __init__(self, meta: DocumentMeta):
        self.meta = meta
        self.clauses: list[Clause] = []
        self._stack: list[tuple[int, Clause, tuple[int, ...]]] = []  # (rank, clause, path) of open headings
        self._bodies: dict[str, list[str]] = {}

    def add_clause(
        self, key: str, path: tuple[int, ...] | str, label_part: str, heading: str, lead: str, parent: Clause | None
    ) -> Clause:
        clause = Clause(
            clause_id=f"{self.meta.doc_id}:{key}",
            doc_id=self.meta.doc_id,
            path=path,
            label=f"{self.meta.wenhao} {label_part}",
            heading=heading,
            lead=lead,
            text="",
            parent_id=parent.clause_id if parent else None,
        )
        if parent:
            parent.child_ids.append(clause.clause_id)
        self.clauses.append(clause)
        self._bodies[clause.clause_id] = []
        return clause

    def open_heading(self, line: _Line) -> Clause:
        while self._stack and self._stack[-1][0] >= line.rank:
            self._stack.pop()
        _, parent, parent_path = self._stack[-1] if self._stack else (0, None, ())
        path = (*parent_path, line.number)
        label_part = (parent.label.split(" ", 1)[1] if parent else "") + line.display
        clause = self.add_clause(".".join(map(str, path)), path, label_part, line.heading, line.lead, parent)
        self._stack.append((line.rank, clause, path))
        return clause

    def add_body(self, clause: Clause, text: str) -> None:
        if text:
            self._bodies[clause.clause_id].append(text)

    def finish(self) -> list[Clause]:
        for clause in self.clauses:
            clause.text = "\n".join(self._bodies[clause.clause_id])
            clause.sentence_spans = sentence_spans(clause.text)
        return self.clauses


def parse_document(source: str, meta: DocumentMeta) -> Document:
    lines = _lines(source)
    header_end = _header_length(lines)
    closing_start = _closing_start(lines, header_end)
    body = _rejoin_page_breaks(lines[header_end:closing_start])

    builder = _ClauseBuilder(meta)
    current = builder.add_clause("preamble", "preamble", "导语", "导语", "", None)
    for line in body:
        if line.rank:
            current = builder.open_heading(line)
        builder.add_body(current, line.body)
    closing = builder.add_clause("closing", "closing", "结尾", "结尾", "", None)
    for line in lines[closing_start:]:
        builder.add_body(closing, line.text)

    header = "\n".join(line.text for line in lines[:header_end])
    return Document(meta=meta, header=header, clauses=builder.finish())
