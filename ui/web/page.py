"""The web chat for workers: Gradio Blocks mounted at `/` of the FastAPI app.

Everything the page needs is served by this process: no CDN, no analytics, no web fonts
(the theme uses the system's font stacks, which include the usual Chinese fonts).
The page talks to the same `ConversationService` as the HTTP API, so its conversations
are sessions in SQLite too: the session id lives in the browser's local storage, and a
reload or a server restart picks the conversation up where it was.
"""

from __future__ import annotations

import html
import logging
from typing import Any

import gradio as gr

from assistant import compose
from assistant.answer import Answer
from rules.labels import label
from ui.service.conversation import ConversationService, InvalidMessageError
from ui.service.sessions import UnknownSessionError
from ui.web import console, pathmap

LOG = logging.getLogger("guantong.ui")
QUICK_REPLY_SLOTS = 6
PROVINCES = [("全国通用规定", ""), ("云南省", "云南")]
EXAMPLE_QUESTIONS = [
    "我是电工，2020年7月拿的技师证，能评中级职称吗",
    "高级工评助理工程师需要什么条件？",
    "评职称还要看学历和论文吗？",
    "我有中级职称，能去考技师证吗？",
    "云南的企业想单独组织高技能人才评审，有什么要求？",
]
DISCLAIMER = (
    "本助手只解读《人社部发〔2020〕96号》和《云人社通〔2021〕28号》两份文件的原文，"
    "不代替任何机构作决定。**能否申报、何时申报，最终以职称评审委员会、职业技能评价机构"
    "和当地人社部门的认定为准。**"
)
NO_FACTS = "还没有了解到您的情况。告诉我您的工种、证书和取得时间，我会一步步帮您判断。"
NO_CLAUSE = "点击上面的一条引用，这里会显示条款全文，引用的句子会高亮。"

SYSTEM_FONTS = [
    "PingFang SC",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "system-ui",
    "-apple-system",
    "Segoe UI",
    "Roboto",
    "Helvetica Neue",
    "Arial",
    "sans-serif",
]
MONO_FONTS = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "Liberation Mono", "monospace"]

CSS = """
#disclaimer { border-left: 4px solid #d97706; padding: 0.4em 0.8em; background: #fffbeb; }
#clause-view mark { background: #fde68a; padding: 0 2px; }
#clause-view .clause-text { white-space: pre-wrap; line-height: 1.8; }
#clause-view .clause-id { color: #6b7280; font-size: 0.9em; }
"""


def theme() -> gr.themes.Base:
    return gr.themes.Soft(primary_hue="blue", font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def facts_markdown(facts: dict[str, Any]) -> str:
    """The "已了解的情况" panel: the same lines the assistant gives when asked what it understood."""
    return compose.facts_markdown(facts) or NO_FACTS


def verdict_markdown(verdict: dict[str, Any] | None) -> str:
    """The outcome in the rules' own words, with the level and the date when there is one."""
    if not verdict:
        return ""
    text = f"**当前结论：{label('outcomes', verdict['outcome'])}**"
    if verdict.get("target"):
        text += f"（{verdict['target']}）"
    if verdict.get("earliest_date"):
        text += f"，最早 {compose.chinese_date(verdict['earliest_date'])} 可以申报"
    return text


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


class ChatPage:
    """Builds the Blocks and holds the handlers; every handler is a thin call into `service`."""

    def __init__(self, service: ConversationService, corpus):
        self.service = service
        self.corpus = corpus

    # ----------------------------------------------------------------- layout

    def build(self) -> gr.Blocks:
        with gr.Blocks(title="贯通助手") as page:
            self.session = gr.BrowserState(None, storage_key="guantong-session")
            self.citations = gr.State([])
            gr.Markdown(
                "# 贯通助手\n高技能人才（高级工、技师、高级技师）和专业技术人才（职称）之间怎么互通，"
                "问我就行：能不能评、评哪一级、什么时候能评，每个结论都注明政策条款。"
            )
            gr.Markdown(f"提示：{DISCLAIMER}", elem_id="disclaimer")
            with gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    self._build_chat()
                with gr.Column(scale=2):
                    self._build_side_panel()
            self._wire(page)
        return page

    def _build_chat(self) -> None:
        self.chatbot = gr.Chatbot(
            label="对话",
            elem_id="chat",
            height=460,
            buttons=["copy"],
            feedback_options=None,
            placeholder="您好！请说说您想了解什么。",
        )
        with gr.Row(elem_id="quick-replies"):
            self.quick_replies = [
                gr.Button(visible=False, size="sm", elem_classes=["quick-reply"]) for _ in range(QUICK_REPLY_SLOTS)
            ]
        with gr.Row():
            self.message = gr.Textbox(
                show_label=False, placeholder="在这里输入问题，按回车发送", scale=5, elem_id="message", max_lines=6
            )
            self.send_button = gr.Button("发送", variant="primary", scale=1, elem_id="send")
        self.province = gr.Radio(PROVINCES, value="", label="按哪里的规定判断", elem_id="province")
        with gr.Column(elem_id="examples") as self.examples:
            gr.Markdown("**第一次来？可以这样问：**")
            self.example_buttons = [
                gr.Button(q, size="sm", elem_classes=["example-question"]) for q in EXAMPLE_QUESTIONS
            ]

    def _build_side_panel(self) -> None:
        with gr.Group():
            gr.Markdown("### 已了解的情况")
            self.verdict = gr.Markdown("", elem_id="verdict")
            self.facts = gr.Markdown(NO_FACTS, elem_id="facts")
            self.reset_button = gr.Button("重新开始（清除已了解的情况）", size="sm", elem_id="reset")
        self.path_map = gr.HTML(elem_id="chat-path")
        with gr.Group():
            gr.Markdown("### 引用的条款")
            self.citation_picker = gr.Radio([], label="点击查看条款全文", elem_id="citations")
            self.clause_view = gr.HTML(f"<p>{NO_CLAUSE}</p>", elem_id="clause-view")

    # ----------------------------------------------------------------- events

    def _answer_outputs(self) -> list:
        return [
            self.chatbot,
            self.message,
            self.session,
            self.verdict,
            self.facts,
            self.citations,
            self.citation_picker,
            self.clause_view,
            self.examples,
            *self.quick_replies,
            self.path_map,
        ]

    def _wire(self, page: gr.Blocks) -> None:
        outputs = self._answer_outputs()
        inputs = [self.chatbot, self.session, self.province]
        self.send_button.click(self.on_message, [self.message, *inputs], outputs)
        self.message.submit(self.on_message, [self.message, *inputs], outputs)
        for button in self.quick_replies + self.example_buttons:
            button.click(self.on_message, [button, *inputs], outputs)
        self.reset_button.click(self.on_reset, [self.session], outputs)
        self.citation_picker.change(self.on_citation, [self.citation_picker, self.citations], [self.clause_view])
        page.load(self.on_load, [self.session], outputs)

    def on_message(self, message: str, history: list, session_id: str | None, province: str):
        try:
            session_id, answer = self._send(session_id, message, province or None)
        except InvalidMessageError as error:
            gr.Warning(error.message)
            return self._unchanged()
        except Exception:  # the page's catch-all, like the API's: a Chinese notice, never a trace
            LOG.exception("chat turn failed")
            gr.Warning("抱歉，服务内部出错了，请稍后再试或换一种说法。")
            return self._unchanged()
        history = [*history, {"role": "user", "content": message}, {"role": "assistant", "content": answer.answer}]
        return self._view(history, session_id, answer)

    def _send(self, session_id: str | None, message: str, province: str | None):
        try:
            return self.service.send(session_id, message, province=province)
        except UnknownSessionError:  # expired while the page was open: carry on in a new one
            return self.service.send(None, message, province=province)

    def on_reset(self, session_id: str | None):
        if session_id:
            self.service.store.delete(session_id)
        return self._view([], None, None)

    def on_load(self, session_id: str | None):
        """A returning visitor sees their conversation again (it is stored, masked, in SQLite)."""
        # The message box is left alone: the visitor may already be typing when this runs.
        if not session_id:
            return self._view([], None, None, message=gr.skip())
        try:
            state = self.service.store.load(session_id)
        except UnknownSessionError:
            return self._view([], None, None, message=gr.skip())
        history = [{"role": turn.role, "content": turn.text} for turn in state.turns]
        return self._view(history, session_id, None, facts=state.facts, message=gr.skip())

    def on_citation(self, index: int | None, citations: list[dict]):
        if index is None or not 0 <= index < len(citations):
            return f"<p>{NO_CLAUSE}</p>"
        return clause_html(self.corpus, citations[index])

    def _view(
        self, history: list, session_id: str | None, answer: Answer | None, facts: dict | None = None, message: Any = ""
    ) -> list:
        citations = [c.model_dump() for c in answer.citations] if answer else []
        options = answer.next_question.options if answer and answer.next_question else []
        buttons = [
            gr.Button(value=options[i], visible=True) if i < len(options) else gr.Button(visible=False)
            for i in range(QUICK_REPLY_SLOTS)
        ]
        facts = answer.facts if answer else (facts or {})
        choices = [
            (f"{c['label']}：{c['quote'][:30]}…" if len(c["quote"]) > 30 else f"{c['label']}：{c['quote']}", i)
            for i, c in enumerate(citations)
        ]
        return [
            history,
            message,
            session_id,
            verdict_markdown(answer.verdict if answer else None),
            facts_markdown(facts),
            citations,
            gr.Radio(choices=choices, value=None),
            f"<p>{NO_CLAUSE}</p>",
            gr.Column(visible=not history),
            *buttons,
            pathmap.chat_path_html(answer.verdict if answer else None, facts),
        ]

    def _unchanged(self) -> list:
        return [gr.skip() for _ in self._answer_outputs()]


def mount_ui(app, service: ConversationService, corpus, path: str = "/"):
    """Mount the chat page into the FastAPI `app`; server-side rendering off (it needs Node)."""
    page = console.with_console_tab(ChatPage(service, corpus), service)
    return gr.mount_gradio_app(
        app, page, path=path, theme=theme(), css=CSS + console.CSS, ssr_mode=False, footer_links=[], show_error=False
    )
