"""The chat tab: the conversation, its quick replies and the input first; the side panels
(已了解的情况, 引用的条款) beside it on a wide screen and below it on a phone.

The tab talks to the same `ConversationService` as the HTTP API, so its conversations are
sessions in SQLite too: the session id lives in the browser's local storage, and a reload or a
server restart picks the conversation up where it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer import Answer
from ui.service.conversation import ConversationService, InvalidMessageError
from ui.service.sessions import UnknownSessionError
from ui.web.messages import (
    NO_CLAUSE,
    NO_FACTS,
    citation_choices,
    clause_html,
    facts_markdown,
    folded_reply,
    verdict_markdown,
)
from ui.web.pathmap import chat_path_html

LOG = logging.getLogger("guantong.ui")
PROVINCES = [("全国通用规定", ""), ("云南省", "云南")]
EXAMPLE_QUESTIONS = [
    "我是电工，2020年7月拿的技师证，能评中级职称吗",
    "高级工评助理工程师需要什么条件？",
    "评职称还要看学历和论文吗？",
    "我有中级职称，能去考技师证吗？",
    "云南的企业想单独组织高技能人才评审，有什么要求？",
]
WELCOME = (
    "**您好！请说说您想了解什么。**\n\n"
    "高技能人才（高级工、技师、高级技师）和专业技术人才（职称）之间怎么互通，问我就行："
    "能不能评、评哪一级、什么时候能评，每个结论都注明政策条款。"
)
# Tall enough for a reply on a desktop, short enough that the quick replies and the input stay
# on a phone's first screen under it.
CHAT_HEIGHT = "clamp(260px, 46dvh, 460px)"


class ChatTab:
    """Builds the chat's components and holds its handlers; each handler is a thin call into `service`."""

    title = "咨询"
    key = "chat"
    css_paths: tuple[Path, ...] = (Path(__file__).with_name("chat.css"),)

    def __init__(self, service: ConversationService, corpus):
        self.service = service
        self.corpus = corpus

    # ----------------------------------------------------------------- layout

    def build(self, page: gr.Blocks) -> None:
        self.session = gr.BrowserState(None, storage_key="guantong-session")
        self.citations = gr.State([])
        with gr.Row(equal_height=False, elem_id="chat-layout"):
            with gr.Column(scale=3, min_width=320):
                self._build_conversation()
            with gr.Column(scale=2, min_width=320, elem_id="side-panel"):
                self._build_side_panel()
        self._wire(page)

    def _build_conversation(self) -> None:
        self.chatbot = gr.Chatbot(
            label="对话",
            show_label=False,
            elem_id="chat",
            height=CHAT_HEIGHT,
            buttons=["copy"],
            feedback_options=None,
            placeholder=WELCOME,
        )
        # The options of the question being asked, however many it has: one choice each, wrapping.
        self.quick_replies = gr.Radio(
            [], label="点一下直接回答", visible=False, elem_id="quick-replies", container=False
        )
        with gr.Row(elem_id="input-row"):
            self.message = gr.Textbox(
                show_label=False, placeholder="在这里输入问题，按回车发送", scale=5, elem_id="message", max_lines=4
            )
            self.send_button = gr.Button("发送", variant="primary", scale=0, min_width=64, elem_id="send")
        with gr.Column(elem_id="examples") as self.examples:
            gr.Markdown("**第一次来？可以这样问：**")
            self.example_buttons = [
                gr.Button(q, size="sm", elem_classes=["example-question"]) for q in EXAMPLE_QUESTIONS
            ]
        self.province = gr.Radio(PROVINCES, value="", label="按哪里的规定判断", elem_id="province")

    def _build_side_panel(self) -> None:
        with gr.Group():
            gr.Markdown("### 已了解的情况")
            self.verdict = gr.Markdown("", elem_id="verdict")
            self.facts = gr.Markdown(NO_FACTS, elem_id="facts")
            self.reset_button = gr.Button("重新开始（清除已了解的情况）", size="sm", elem_id="reset")
        self.path_map = gr.HTML(elem_id="chat-path")  # once a verdict is reached (ui.web.pathmap)
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
            self.quick_replies,
            self.path_map,
        ]

    def _wire(self, page: gr.Blocks) -> None:
        outputs = self._answer_outputs()
        inputs = [self.chatbot, self.session, self.province]
        self.send_button.click(self.on_message, [self.message, *inputs], outputs)
        self.message.submit(self.on_message, [self.message, *inputs], outputs)
        self.quick_replies.input(self.on_message, [self.quick_replies, *inputs], outputs)
        for button in self.example_buttons:
            button.click(self.on_message, [button, *inputs], outputs)
        self.reset_button.click(self.on_reset, [self.session], outputs)
        self.chatbot.clear(self.on_reset, [self.session], outputs)  # the chat's own bin: the same fresh start
        self.citation_picker.change(self.on_citation, [self.citation_picker, self.citations], [self.clause_view])
        page.load(self.on_load, [self.session], outputs, show_progress="hidden")

    def on_message(self, message: str, history: list, session_id: str | None, province: str):
        try:
            session_id, answer = self._send(session_id, message or "", province or None)
        except InvalidMessageError as error:
            gr.Warning(error.message)
            return self._unchanged()
        except Exception:  # the page's catch-all, like the API's: a Chinese notice, never a trace
            LOG.exception("chat turn failed")
            gr.Warning("抱歉，服务内部出错了，请稍后再试或换一种说法。")
            return self._unchanged()
        history = [
            *history,
            {"role": "user", "content": message},
            {"role": "assistant", "content": folded_reply(answer.answer)},
        ]
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
        # The message box is left alone: the visitor may already be typing when this runs. A first
        # visit changes nothing: the visitor's first message may already be answered by then.
        if not session_id:
            return self._unchanged()
        try:
            state = self.service.store.load(session_id)
        except UnknownSessionError:
            return self._view([], None, None, message=gr.skip())
        history = [
            {"role": turn.role, "content": folded_reply(turn.text) if turn.role == "assistant" else turn.text}
            for turn in state.turns
        ]
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
        return [
            history,
            message,
            session_id,
            verdict_markdown(answer.verdict if answer else None),
            facts_markdown(answer.facts if answer else (facts or {})),
            citations,
            gr.Radio(choices=citation_choices(citations), value=None),
            f"<p>{NO_CLAUSE}</p>",
            gr.Column(visible=not history),
            gr.Radio(choices=options, value=None, visible=bool(options)),
            chat_path_html(answer.verdict if answer else None, answer.facts if answer else {}),
        ]

    def _unchanged(self) -> list:
        return [gr.skip() for _ in self._answer_outputs()]
