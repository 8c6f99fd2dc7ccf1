"""Issue 13 in a real browser, on a phone (390×844) and a desktop (1366×900): after asking, the
reply's first paragraph and the input box are on screen without scrolling, the rest of the reply
is folded, and every quick reply offered can be clicked and moves the conversation on."""

import re

import httpx
import pytest

from tests.ui.web.chat_driver import VIEWPORTS, expect, needs_chromium

pytestmark = [pytest.mark.integration, needs_chromium]

NEED_INFO_QUESTION = "我是电工，2020年7月拿的技师证，能评中级职称吗"  # asks for the series: the most options
HONOURS_QUESTION = "我是高级技师，想直接评正高级职称"  # asks for honours: the longest options
VERDICT_QUESTION = "我是技师，2018年拿的证，一直在一线干，近3年考核都合格，想评工程系列中级职称"
# the same case with nothing said about time away: the verdict, and one question to check it
VERDICT_CHECKED_QUESTION = "我是技师，2018年拿的证，近3年考核都合格，想评工程系列中级职称"
MAX_FOLLOW_UPS = 6


def without_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(
    ("kind", "question"),
    [
        ("need-info", NEED_INFO_QUESTION),
        ("need-info-honours", HONOURS_QUESTION),
        ("verdict", VERDICT_QUESTION),
        ("verdict-checked", VERDICT_CHECKED_QUESTION),
    ],
    ids=["need-info", "need-info-honours", "verdict", "verdict-checked"],
)
def test_the_reply_opens_with_its_point_and_the_input_stays_in_view(open_chat, server, viewport, kind, question):
    chat = open_chat(viewport)
    chat.type(question)
    shot = chat.screenshot(kind)

    asked = httpx.post(f"{server.url}/v1/ask", json={"question": question}, timeout=60).json()
    summary = asked["summary"]
    assert without_spaces(chat.first_paragraph.inner_text()) == without_spaces(summary)
    assert chat.fully_visible(chat.first_paragraph), f"the reply's first paragraph is off screen: {shot}"
    assert chat.fully_visible(chat.input), f"the input box is off screen: {shot}"
    assert not chat.scrolled(), f"the page had to scroll: {shot}"
    for option in chat.quick_replies():  # between the reply and the input: all on screen, all clickable
        assert chat.fully_visible(chat.quick_reply(option)), f"quick reply {option} is off screen: {shot}"
        chat.quick_reply(option).click(trial=True)  # enabled, and nothing on top of it
    if kind.startswith("need-info"):  # the one question being asked comes first, with its options
        assert "？" in chat.first_paragraph.inner_text() and chat.quick_replies()
    elif kind == "verdict-checked":  # the verdict first, then the one thing it checks, on screen with its options
        follow_up = chat.newest_reply.get_by_text(asked["next_question"]["text"])
        assert chat.reached_a_verdict() and chat.quick_replies() and chat.fully_visible(follow_up), shot
    else:
        assert chat.reached_a_verdict() and not chat.quick_replies()

    expect(chat.detail).to_have_count(1)  # the rest is folded under the first paragraph, and opens on a tap
    detail_body = chat.detail.locator("ul").first
    expect(detail_body).to_be_hidden()
    chat.detail.locator("summary").click()
    expect(detail_body).to_be_visible()
    detail_body.scroll_into_view_if_needed()
    chat.screenshot(f"{kind}-detail")  # the condition marks (✓ × ？) legible without a colour-emoji font


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_every_quick_reply_can_be_clicked_and_is_understood(open_chat, viewport):
    """Walk a dialogue to its verdict; at every turn, every option offered is clickable where it
    is, and clicking it (in a conversation of its own) is taken in as a fact and moves on. What an
    option says is read the same on any screen, so that is clicked through on the phone only."""
    chat, path, turns = open_chat(viewport), [], 0
    chat.type(NEED_INFO_QUESTION)
    while options := chat.quick_replies():
        turns += 1
        assert turns <= MAX_FOLLOW_UPS, f"still asking after {MAX_FOLLOW_UPS} answers: {path}"
        for option in options:
            chat.quick_reply(option).click(trial=True)  # visible, enabled, nothing on top of it
        for option in options if viewport == "phone" else []:
            other = open_chat(viewport)
            other.type(NEED_INFO_QUESTION)
            for earlier in path:
                other.click_quick_reply(earlier)
            facts_before = other.facts()
            other.click_quick_reply(option)
            assert other.facts() != facts_before, f"{option!r} was not taken in as a fact"
            assert other.quick_replies() != options, f"{option!r} got the same question again"
            other.page.context.close()
        chat.click_quick_reply(options[0])
        path.append(options[0])
    assert chat.reached_a_verdict()
    chat.screenshot("dialogue")
