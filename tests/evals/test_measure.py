"""Measuring a split in parts on both cores (evals/understanding/measure.py) gives what one pass over it gives."""

import pytest

from assistant.pipeline import Assistant
from evals.understanding import dialogues, utterances
from evals.understanding.measure import measure

pytestmark = pytest.mark.integration  # it starts worker processes


def test_a_split_measured_in_parts_is_the_split_measured_whole():
    in_parts, played_in_parts = measure(("heldout",))["heldout"]
    assistant = Assistant()
    whole, played_whole = utterances.run(assistant, "heldout"), dialogues.run(assistant, "heldout")
    assert (in_parts.cases, in_parts.scores) == (whole.cases, whole.scores)
    assert _ids(in_parts.failures) == _ids(whole.failures)  # (the order of a failure's differences may vary)
    assert (played_in_parts.cases, played_in_parts.scores) == (played_whole.cases, played_whole.scores)
    assert _ids(played_in_parts.failures) == _ids(played_whole.failures)
    assert sorted(played_in_parts.paragraph_lengths) == sorted(played_whole.paragraph_lengths)


def _ids(failures: list[str]) -> list[str]:
    return sorted(failure.split()[0] for failure in failures)
