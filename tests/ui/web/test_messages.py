"""The chat's reply text: the first paragraph stays in view, the rest is folded (fast, no browser)."""

import re

from ui.web.messages import DETAIL_LABEL, folded_reply


def test_a_reply_of_one_paragraph_is_shown_as_it_is():
    assert folded_reply("您想评哪个系列的职称？\n") == "您想评哪个系列的职称？"


def test_the_first_paragraph_stays_and_the_rest_is_folded_as_markdown():
    answer = "**结论**：您现在可以申报中级职称。\n\n**依据**\n- ✓ 满3年\n\n**下一步**\n- 准备材料"
    folded = folded_reply(answer)
    first, detail = folded.split("\n\n", 1)
    assert first == "**结论**：您现在可以申报中级职称。"
    assert (
        re.fullmatch(
            rf"<details class='reply-detail'><summary>{DETAIL_LABEL}</summary>\n\n(.*)\n\n</details>", detail, re.S
        ).group(1)
        == answer.split("\n\n", 1)[1]
    )


def test_a_question_asked_after_the_verdict_stays_on_screen():
    answer = "您现在可以申报中级职称。\n\n再确认一下：您中间有没有离开过技术技能工作？\n\n**依据**\n- ✓ 年限"
    shown, _, folded = folded_reply(answer).partition("<details")
    assert "中间有没有离开过" in shown and "依据" in folded
