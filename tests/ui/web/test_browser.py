"""The web chat in a real browser (Debian's chromium through Playwright), with the network cut."""

import re

import httpx
import pytest

from rules.labels import label
from tests.ui.web.chat_driver import expect, needs_chromium

pytestmark = [pytest.mark.integration, needs_chromium]

QUESTION = "我是电工，2020年7月拿的技师证，能评中级职称吗"
NO_FACTS = "还没有了解到您的情况"
DISCLAIMER_END = "认定为准"
MAX_FOLLOW_UPS = 6


def test_first_visit_is_chinese_offline_with_examples_and_the_disclaimer_once(open_chat):
    chat = open_chat()
    assert (
        "最终以职称评审委员会、职业技能评价机构和当地人社部门的认定为准"
        in chat.page.locator("#disclaimer").inner_text()
    )
    examples = chat.page.locator("button.example-question")
    assert examples.count() >= 3 and "能评中级职称吗" in examples.first.inner_text()
    assert NO_FACTS in chat.facts()
    assert chat.click(examples.first).strip()
    expect(chat.page.locator("#examples")).to_be_hidden()
    assert chat.visible_text().count(DISCLAIMER_END) == 1, "the disclaimer is shown once, in the header"


def test_a_reload_keeps_the_conversation_folded_and_the_bin_starts_afresh(open_chat):
    chat = open_chat()
    chat.type(QUESTION)
    chat.page.reload()
    expect(chat.page.locator('#chat [data-testid="user"]').last).to_contain_text("能评中级职称吗")
    expect(chat.detail).to_have_count(1)
    assert "技师" in chat.facts()

    chat.page.locator("#chat").get_by_role("button", name="清空对话").click()  # the chat's own bin
    expect(chat.page.locator('#chat [data-testid="user"]')).to_have_count(0)
    expect(chat.page.locator("#facts")).to_contain_text(NO_FACTS)
    chat.page.reload()  # the session went with it, not just the bubbles
    expect(chat.page.locator("#facts")).to_contain_text(NO_FACTS)
    expect(chat.page.locator('#chat [data-testid="user"]')).to_have_count(0)


def test_the_reset_button_starts_afresh(open_chat):
    chat = open_chat()
    chat.type("技师评中级职称要满几年？")
    chat.page.locator("#reset").click()
    expect(chat.page.locator('#chat [data-testid="user"]')).to_have_count(0)
    expect(chat.page.locator("#facts")).to_contain_text(NO_FACTS)


def test_an_eligibility_conversation_reaches_a_verdict_with_its_clause(open_chat, server):
    chat = open_chat()
    reply = chat.type(QUESTION)
    assert chat.quick_replies(), f"expected a follow-up question, got: {reply}"
    reply = chat.click_quick_reply(chat.quick_replies()[0])  # follow-up 1: a click
    assert chat.quick_replies(), f"expected a second follow-up, got: {reply}"
    reply = chat.type(chat.quick_replies()[0])  # follow-up 2: typed in the box
    for _ in range(MAX_FOLLOW_UPS):
        if not chat.quick_replies():
            break
        reply = chat.click_quick_reply(chat.quick_replies()[0])
    assert chat.reached_a_verdict(), reply
    facts = chat.facts()
    assert "技师" in facts and "2020" in facts and label("fields", "series") in facts
    assert chat.visible_text().count(DISCLAIMER_END) == 1, "the disclaimer is shown once, in the header"

    chat.page.locator("#citations label").first.click()
    marked = chat.page.locator("#clause-view mark")
    expect(marked).to_have_count(1)
    clause_id = re.search(r"条款编号：(\S+)", chat.page.locator("#clause-view").inner_text()).group(1)
    clause = httpx.get(f"{server.url}/v1/clauses/{clause_id}").json()
    assert marked.inner_text() in clause["text"] and clause["label"] in chat.page.locator("#clause-view").inner_text()

    chat.detail.locator("summary").click()  # the conditions, each with its mark, unfold under the verdict
    conditions = chat.detail.locator("li")
    expect(conditions.first).to_be_visible()
    conditions.first.scroll_into_view_if_needed()
    chat.screenshot("eligibility-dialogue")  # the marks ✓ × ？ must be legible here: no colour-emoji font
