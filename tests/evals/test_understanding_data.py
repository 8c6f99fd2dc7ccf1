"""The blind understanding data (evals/understanding/): its splits, and what the eval command shows of each."""

import datetime as dt
from argparse import Namespace

import pytest

from evals.understanding.dataset import SPLITS, load
from evals.understanding.dialogues import verdict_matches
from evals.understanding.utterances import UtteranceReport, _message_quoted, context, options_listed
from rules import Verdict
from ui.cli.eval import _blind_report


@pytest.mark.parametrize("kind", ["utterances", "dialogues"])
def test_every_item_belongs_to_one_split(kind):
    splits = {split: load(kind, split) for split in SPLITS}
    ids = [item["id"] for items in splits.values() for item in items]
    assert len(ids) == len(set(ids)) and all(splits.values())


@pytest.mark.parametrize(("split", "shown"), [("tuning", True), ("heldout", False), ("fresh", False), ("all", False)])
def test_only_the_tuning_split_lists_its_failures(capsys, split, shown):
    report = UtteranceReport(split, cases=1, failures=["ux-001 一句没读对的话"])
    _blind_report(Namespace(json=False), report, {"facts": 0.0})
    assert ("ux-001" in capsys.readouterr().out) is shown


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("您说想评“高工”，是指高级工程师，还是高级工（技能等级）？", "想评高工"),
        ("您说的“高工”是指高级工程师，还是高级工？", "高工"),
        ("不好意思没太明白，您是想评职称，还是想考技能等级？", "高工"),
    ],
)
def test_a_clarifying_question_that_quotes_the_message_gives_it_back(question, message):
    assert _message_quoted(question, "高工") == message


@pytest.mark.parametrize(
    ("question", "options"),
    [
        ("您想申报助理级（助理工程师）还是中级（工程师）？", ["助理级", "中级"]),
        ("您想评哪个系列：工程、农业，还是工艺美术？", ["工程", "农业", "工艺美术"]),
        ("请问您是想：1. 评职称 2. 有职称想评技能等级 3. 考职业资格？", ["评职称", "有职称想评技能等级", "考职业资格"]),
        ("您是什么时候取得技师证书的？", []),  # no choice listed
    ],
)
def test_the_choices_a_question_lists_are_its_quick_replies(question, options):
    assert options_listed(question) == options


def test_a_clarifying_question_lists_the_readings_in_its_own_order():
    item = {"asked": "clarify", "question": "您说的“高工”是指高级工，还是高级工程师？"}
    assert context(item).pending_ambiguity.readings == ["高级工", "高级工程师"]


@pytest.mark.parametrize(
    ("expect", "earliest_date", "right"),
    [
        ({"outcome": "eligible", "earliest_date": "2024-07-31"}, None, True),  # eligible since then: eligible now
        ({"outcome": "eligible", "earliest_date": "2024-07-31"}, dt.date(2024, 7, 31), True),
        ({"outcome": "eligible", "earliest_date": "2025-07-31"}, None, False),  # a date still to come is not now
        ({"outcome": "not_yet", "earliest_date": "2024-07-31"}, None, False),
        ({"outcome": "not_yet", "earliest_date": "2025-07-31"}, dt.date(2025, 7, 30), False),
    ],
)
def test_an_eligible_dated_by_when_its_years_were_complete_is_eligible_now(expect, earliest_date, right):
    today = dt.date(2025, 1, 1)
    verdict = Verdict(
        outcome=expect["outcome"],
        track="skill_to_title",
        target="中级",
        as_of=today,
        earliest_date=earliest_date,
        summary="",
    )
    assert verdict_matches(verdict, expect, today) is right
