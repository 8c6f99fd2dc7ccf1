"""The assistant's evaluation tasks must pass at their thresholds (100% on outcome and target)."""

import pytest

from evals.assistant.runner import run_all


@pytest.fixture(scope="module")
def reports(assistant):
    return {report.task: report for report in run_all(assistant)}


@pytest.mark.parametrize("task", ["single_turn", "dialogues", "adversarial"])
def test_task_passes(reports, task):
    report = reports[task]
    assert report.passed, "\n".join(report.failures)


def test_dataset_sizes_meet_the_issue(reports):
    assert reports["single_turn"].cases >= 40 and reports["dialogues"].cases >= 30
    assert reports["adversarial"].cases >= 20


def test_every_dialogue_reaches_its_verdict_within_five_turns(reports):
    assert reports["dialogues"].scores["within_5_turns"] == 1.0
