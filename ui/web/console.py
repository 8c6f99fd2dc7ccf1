"""The operator console: a second tab of the page, for a hotline operator on a live call.

The form holds the facts the rules use and is filled as the caller speaks; on every change the
rules decide again (no submit button) and the right-hand side shows what to read out — the
verdict's sentence and the verbatim clause sentences with their labels — and the next fact to
ask about. "复制为文字" gives a plain-text record for the call log, phone and ID numbers masked.
A call that started in the chat continues here: "载入对话" fills the form from a chat session.
The path map of the same facts is drawn under the form.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import logging
import re
from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from assistant import compose
from rules import Facts, Verdict, evaluate, path_map
from rules.dates import chinese_date
from rules.explain import describe
from rules.labels import label
from rules.path import path_text
from ui.service.conversation import ConversationService
from ui.service.errors import describe_validation_errors
from ui.service.privacy import mask
from ui.service.sessions import SESSION_ID_PATTERN, UnknownSessionError
from ui.web import console_form
from ui.web.console_form import SECTIONS, Field
from ui.web.pathmap import path_html

LOG = logging.getLogger("guantong.ui")
AS_OF_KEY = "as_of"
INTRO = "边听边填：来电人说到哪一项就填哪一项，右侧的结论随时更新；照读右侧的结论和条款原文，再问“下一步请问”的那一项。"
NOT_LOADED = "找不到这个对话（编号不对，或闲置太久已被清除）。请核对对话编号，或直接在表格里填写。"


def today() -> str:
    return dt.date.today().isoformat()


# what is shown ---------------------------------------------------------------------------------


def decide(values: dict[str, Any]) -> tuple[Facts, dt.date, list[str]]:
    """The form as facts and a date, and what in it cannot be used (in Chinese). A value the
    rules cannot read is left out, so the rest of the call still counts."""
    problems = []
    try:
        as_of = dt.date.fromisoformat((values.get(AS_OF_KEY) or "").strip() or today())
    except ValueError:
        problems.append(f"判断日期“{values[AS_OF_KEY]}”格式不对，请写成 2025-03-01；暂按今天判断。")
        as_of = dt.date.today()
    facts = console_form.facts_from_form(values)
    try:
        return Facts.model_validate(facts), as_of, problems
    except ValidationError as error:
        for item in error.errors():
            name = str(item["loc"][0])
            problems.append(f"{label('fields', name)}：{_problem(item)}")
            facts.pop(name, None)
    return Facts.model_validate(facts), as_of, problems


def _problem(error: ErrorDetails) -> str:
    if error["type"] == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"])) + "，暂不计入。"
    return describe_validation_errors([error])[0]["problem"] + "，暂不计入。"


def verdict_html(verdict: Verdict, problems: list[str]) -> str:
    outcome = verdict.outcome
    warnings = [f"<p class='errors'>注意：{html.escape(p)}</p>" for p in problems]
    detail = []
    if verdict.track:
        detail.append(label("tracks", verdict.track))
    if verdict.target:
        detail.append(f"申报：{verdict.target}")
    if verdict.earliest_date:
        detail.append(f"最早：{chinese_date(verdict.earliest_date)}")
    if verdict.obligation:
        detail.append(label("obligations", verdict.obligation))
    return (
        "".join(warnings)
        + f"<p class='outcome {outcome}' data-outcome='{outcome}'>{html.escape(label('outcomes', outcome))}</p>"
        + f"<p class='detail'>{html.escape('　'.join(detail))}</p>"
        + f"<p class='summary'>{html.escape(verdict.summary)}</p>"
    )


def next_question_html(verdict: Verdict) -> str:
    if not verdict.missing_facts:
        return "<p>下一步：不需要再问，可以按上面的结论答复。</p>"
    first = verdict.missing_facts[0]
    also = "、".join(label("fields", name) for name in verdict.missing_facts_named()[1:])
    later = f"<br><small>之后可能还要问：{html.escape(also)}</small>" if also else ""
    return f"<p>下一步请问：<b data-fact='{first}'>{html.escape(label('fields', first))}</b>{later}</p>"


def clauses_html(verdict: Verdict) -> str:
    """The clause sentences to read out, verbatim, each with its document label."""
    _, citations = compose.compose_eligibility(verdict, None)
    if not citations:
        return ""
    items = [
        f"<div class='citation' data-clause-id='{html.escape(c.clause_id)}'>"
        f"<blockquote><span class='quote'>{html.escape(c.quote)}</span><br>"
        f"<span class='clause-label'>——{html.escape(c.label)}</span></blockquote></div>"
        for c in citations
    ]
    return "<p><b>依据的条款原文</b>（可照读）：</p>" + "".join(items)


def conditions_markdown(verdict: Verdict) -> str:
    marks = compose.replies()["outcome_marks"]  # characters the CJK fonts carry
    lines = [
        f"- {marks[c.status]} **{c.requirement}**：{c.detail}（{label('routes', c.route)}）" for c in verdict.conditions
    ]
    lines += [f"- 文件之外的条件：{item}" for item in verdict.open_conditions]
    lines += [f"- 假设：{item}" for item in verdict.assumptions]
    return "\n".join(lines) or "（还没有可以逐条判断的条件。）"


def call_record(values: dict[str, Any], notes: str, now: dt.datetime | None = None) -> str:
    """The call as plain text for the log, every phone and ID number masked."""
    facts, as_of, problems = decide(values)
    verdict = evaluate(facts, as_of)
    known = compose.facts_markdown(facts.model_dump(exclude_none=True)).replace("**", "")
    parts = [
        "贯通助手 来电记录",
        f"记录时间：{(now or dt.datetime.now()).strftime('%Y-%m-%d %H:%M')}",
        f"已了解的情况：\n{known or '（无）'}",
        *(f"注意：{p}" for p in problems),
        describe(verdict),
        path_text(path_map(facts, as_of)),
    ]
    if notes and notes.strip():
        parts.append(f"备注：{notes.strip()}")
    return mask("\n\n".join(parts))


# the tab ---------------------------------------------------------------------------------------


class ConsoleTab:
    """The console's components and handlers; a tab of the page (`ui.web.page.Tab`). It comes
    after the chat, whose `session` (the visitor's chat session id) it can load."""

    title = "接线员工作台"
    key = "console"
    css_paths: tuple[Path, ...] = (Path(__file__).with_name("console.css"),)

    def __init__(self, service: ConversationService, chat):
        self.service = service
        self.chat = chat
        self.fields = console_form.all_fields()

    def build(self, page: gr.Blocks) -> None:
        self.inputs: dict[str, gr.Textbox | gr.Radio | gr.Dropdown] = {}
        gr.Markdown(INTRO, elem_id="console-intro")
        with gr.Row(equal_height=False, elem_id="console"):
            with gr.Column(scale=3, elem_id="console-form"):
                self._build_toolbar()
                self._build_form()
                gr.Markdown("**路径图**：两条阶梯上，比现有等级高的每一级能否申报、最早何时")
                self.path = gr.HTML(elem_id="console-path")
            with gr.Column(scale=2, elem_id="console-readout"):
                self._build_readout()
        self._wire(page)

    def _build_toolbar(self) -> None:
        with gr.Row():
            self.session_id = gr.Textbox(
                label="接着聊天继续办理：对话编号",
                placeholder="留空则载入本浏览器里的聊天",
                elem_id="c-session",
                max_lines=1,
                scale=3,
            )
            self.load_button = gr.Button("载入对话", elem_id="c-load", scale=1, size="sm")
            self.clear_button = gr.Button("新来电（清空）", elem_id="c-clear", scale=1, size="sm")
        self.inputs[AS_OF_KEY] = gr.Textbox(
            label="判断日期", placeholder="2025-03-01（留空按今天）", elem_id="c-as-of", max_lines=1
        )

    def _build_form(self) -> None:
        columns = (SECTIONS[:2], SECTIONS[2:4], SECTIONS[4:])
        with gr.Row(equal_height=False):
            for sections in columns:
                with gr.Column(min_width=200):
                    for title, fields in sections:
                        gr.Markdown(f"**{title}**", elem_classes=["section-title"])
                        self._build_section(fields())

    def _build_section(self, fields: list[Field]) -> None:
        """Each field on its own line, but those sharing a `row` side by side."""
        for _, group in itertools.groupby(fields, key=lambda item: item.row or item.key):
            members = list(group)
            if len(members) == 1:
                self.inputs[members[0].key] = _component(members[0])
                continue
            with gr.Row(equal_height=True):
                for item in members:
                    self.inputs[item.key] = _component(item, min_width=90)

    def _build_readout(self) -> None:
        self.verdict = gr.HTML(elem_id="console-verdict")
        self.next_question = gr.HTML(elem_id="console-next")
        self.clauses = gr.HTML(elem_id="console-clauses")
        with gr.Accordion("逐条条件、假设", open=False):
            self.conditions = gr.Markdown(elem_id="console-conditions")
        self.notes = gr.Textbox(label="通话备注（记录里的手机号、身份证号会打码）", lines=2, elem_id="c-notes")
        self.copy_button = gr.Button("复制为文字", elem_id="c-copy", variant="primary")
        self.record = gr.Textbox(
            label="来电记录（纯文字，可粘贴到工单）", lines=4, max_lines=14, elem_id="c-record", buttons=["copy"]
        )

    # events --------------------------------------------------------------------------------

    def _wire(self, page: gr.Blocks) -> None:
        fields = list(self.inputs.values())  # the date, then every field of the form
        outputs = [self.verdict, self.next_question, self.clauses, self.conditions, self.path]
        page.load(self.on_open, fields, [self.inputs[AS_OF_KEY], *outputs], show_progress="hidden")
        gr.on(
            triggers=[c.change for c in fields],
            fn=self.on_change,
            inputs=fields,
            outputs=outputs,
            trigger_mode="always_last",
            show_progress="hidden",
        )
        self.copy_button.click(self.on_copy, [*fields, self.notes], [self.record]).then(
            None, [self.record], None, js="(text) => { navigator.clipboard?.writeText(text).catch(() => {}); }"
        )
        form_fields = [self.inputs[item.key] for item in self.fields]
        self.load_button.click(self.on_load, [self.session_id, self.chat.session], form_fields)
        self.clear_button.click(self.on_clear, None, [*form_fields, self.notes, self.record, self.session_id])
        self.outputs = outputs

    def _values(self, values: tuple) -> dict[str, Any]:
        return dict(zip(self.inputs, values, strict=True))

    def on_open(self, as_of: str, *form):
        """A new page: today's date and the first verdict come in one event, so once the verdict
        shows, a late default can no longer overwrite a date the operator typed (a date typed
        even earlier is kept)."""
        as_of = (as_of or "").strip() or today()
        return (as_of, *self.on_change(as_of, *form))

    def on_change(self, *values):
        try:
            facts, as_of, problems = decide(self._values(values))
            verdict = evaluate(facts, as_of)
            return (
                verdict_html(verdict, problems),
                next_question_html(verdict),
                clauses_html(verdict),
                conditions_markdown(verdict),
                path_html(path_map(facts, as_of)),
            )
        except Exception:  # the page's catch-all: a Chinese notice, never a trace; the form stays
            LOG.exception("console update failed")
            gr.Warning("抱歉，判断时出错了，请检查刚填的内容或稍后再试。")
            return tuple(gr.skip() for _ in self.outputs)

    def on_copy(self, *values):
        *form, notes = values
        return call_record(self._values(tuple(form)), notes)

    def on_load(self, typed: str, chat_session: str | None):
        session_id = (typed or "").strip() or chat_session
        try:
            if not re.fullmatch(SESSION_ID_PATTERN, session_id or ""):
                raise UnknownSessionError(session_id or "")
            state = self.service.store.load(session_id or "")
            form = console_form.form_from_facts(Facts.model_validate(state.facts))
        except (UnknownSessionError, ValidationError):
            gr.Warning(NOT_LOADED)
            return [gr.skip() for _ in self.fields]
        return [form[item.key] for item in self.fields]

    def on_clear(self):
        form = console_form.empty_form()
        return [*(form[item.key] for item in self.fields), "", "", ""]


def _component(item: Field, min_width: int = 160) -> gr.Textbox | gr.Radio | gr.Dropdown:
    if item.kind == "tri":
        return gr.Radio(
            item.choices, value=console_form.UNKNOWN, label=item.label, elem_id=item.elem_id, min_width=min_width
        )
    if item.kind == "choice":
        return gr.Dropdown(
            item.choices,
            value=console_form.UNKNOWN,
            allow_custom_value=item.custom,
            label=item.label,
            elem_id=item.elem_id,
            min_width=min_width,
        )
    return gr.Textbox(
        placeholder=item.placeholder, max_lines=1, label=item.label, elem_id=item.elem_id, min_width=min_width
    )
