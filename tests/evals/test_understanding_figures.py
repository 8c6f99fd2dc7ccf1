"""README's understanding table is the record of the last whole measurement (evals/understanding/record.py), and
the record is what the code gives now: the held-out split measured in full, the tuning split on a fixed sample
(one item in CHECKED_SAMPLE; `make bench` measures all of it). When a test here fails, run `make figures`."""

import pytest

from evals.understanding.dataset import load, sampled
from evals.understanding.measure import measure
from evals.understanding.record import CHECKED_SAMPLE, README, SPLITS, load_record, summary, table_cells

# (integration: it starts worker processes; measuring takes about three minutes on two cores)
pytestmark = [pytest.mark.timeout(1800), pytest.mark.integration]

RECORD = load_record()


def row(label: str) -> list[str]:
    """The cells of README's understanding-table row that starts with `label`."""
    line = next(line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith(f"| {label} |"))
    return [cell.strip() for cell in line.strip("|").split("|")][1:]


def test_the_readme_table_is_the_record():
    for label, cells in table_cells(RECORD).items():
        assert row(label)[:2] == cells, label


@pytest.mark.parametrize("split", SPLITS)
def test_the_record_counts_every_item_of_the_split(split):
    assert RECORD[split]["sentences"] == len(load("utterances", split))
    assert RECORD[split]["dialogues"] == len(load("dialogues", split))


def test_the_recorded_tuning_failures_are_tuning_items():
    ids = {item["id"] for kind in ("utterances", "dialogues") for item in load(kind, "tuning")}
    tuning = RECORD["tuning"]
    assert set(tuning["facts_wrong"] + tuning["intent_wrong"] + tuning["verdicts_wrong"]) <= ids


@pytest.fixture(scope="module")
def measured():
    return summary(measure(SPLITS, every={"tuning": CHECKED_SAMPLE}))


def test_the_heldout_split_scores_as_recorded(measured):
    assert measured["heldout"] == RECORD["heldout"]


@pytest.mark.parametrize("failed", ["facts_wrong", "intent_wrong", "verdicts_wrong"])
def test_the_sampled_tuning_items_fail_as_recorded(measured, failed):
    recorded = [item_id for item_id in RECORD["tuning"][failed] if sampled(item_id, CHECKED_SAMPLE)]
    assert measured["tuning"][failed] == recorded
