"""The web page: Gradio Blocks mounted at `/` of the FastAPI app — a compact header with the
disclaimer (shown once, here), then the tabs, the chat first.

Everything the page needs is served by this process: no CDN, no analytics, no web fonts
(the theme uses the system's font stacks, which include the usual Chinese fonts).

A tab is any object with a `title`, a `key`, its own `css_paths` and a `build(page)` that creates
its components inside the current Blocks context and wires its events (page.load included).
`page_tabs` lists them; they are built in that order, so a later tab may use an earlier one's
components (e.g. the chat's `session`, the visitor's session id).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import gradio as gr

from ui.service.conversation import ConversationService
from ui.web.chat import ChatTab
from ui.web.console import ConsoleTab

TITLE = "贯通助手"
TAGLINE = "技能等级和职称怎么互通，按政策原文一步步判断"
DISCLAIMER = (
    "只解读人社部发〔2020〕96号和云人社通〔2021〕28号原文，仅供参考；"
    "能否申报、何时申报，最终以职称评审委员会、职业技能评价机构和当地人社部门的认定为准。"
)
PAGE_CSS = Path(__file__).with_name("page.css")

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


class Tab(Protocol):
    title: str
    key: str
    css_paths: tuple[Path, ...]

    def build(self, page: gr.Blocks) -> None: ...


def theme() -> gr.themes.Base:
    return gr.themes.Soft(primary_hue="blue", font=SYSTEM_FONTS, font_mono=MONO_FONTS)


def header_html() -> str:
    return (
        f"<div id='page-title'><strong>{TITLE}</strong><span>{TAGLINE}</span></div>"
        f"<p id='disclaimer'>提示：{DISCLAIMER}</p>"
    )


def page_tabs(service: ConversationService, corpus) -> list[Tab]:
    """The page's tabs in order, the chat first: adding a tab is adding it here."""
    chat = ChatTab(service, corpus)
    return [chat, ConsoleTab(service, chat)]


def build_page(tabs: Sequence[Tab]) -> gr.Blocks:
    """The header, then the tabs; a single tab is shown without a tab bar (no row spent on a phone)."""
    with gr.Blocks(title=TITLE) as page:
        gr.HTML(header_html(), elem_id="header", padding=False)
        if len(tabs) == 1:
            tabs[0].build(page)
        else:
            with gr.Tabs(elem_id="tabs"):
                for tab in tabs:
                    with gr.Tab(tab.title, id=tab.key, elem_id=f"tab-{tab.key}"):
                        tab.build(page)
    return page


def mount_ui(app, service: ConversationService, corpus, path: str = "/"):
    """Mount the page into the FastAPI `app`; server-side rendering off (it needs Node)."""
    tabs = page_tabs(service, corpus)
    page = build_page(tabs)
    return gr.mount_gradio_app(
        app,
        page,
        path=path,
        theme=theme(),
        css_paths=[PAGE_CSS, *(css for tab in tabs for css in tab.css_paths)],
        ssr_mode=False,
        footer_links=[],
        show_error=False,
    )
