"""README's understanding table is what `guantong eval understanding|dialogues` measures now, on both splits."""

import re
from pathlib import Path

import pytest

from evals.understanding.measure import measure

README = Path(__file__).parents[2] / "README.md"
# Measuring both splits (29 000+ sentences, 4 000+ dialogues) takes about eight minutes on two cores.
# (integration: it starts worker processes)
pytestmark = [pytest.mark.timeout(1800), pytest.mark.integration]


def row(label: str) -> list[str]:
    """The cells of README's understanding-table row that starts with `label`."""
    line = next(line for line in README.read_text(encoding="utf-8").splitlines() if line.startswith(f"| {label} |"))
    return [cell.strip() for cell in line.strip("|").split("|")][1:]


def figure(cell: str) -> float:
    return float(re.match(r"[\d.]+", cell).group())


@pytest.fixture(scope="module")
def measured():
    return measure(("tuning", "heldout"))


@pytest.mark.parametrize(("column", "split"), [(0, "tuning"), (1, "heldout")])
def test_the_readme_table_is_the_current_measurement(measured, column, split):
    said, played = measured[split]
    assert figure(row("单句：事实全对")[column]) == round(said.scores["facts"], 3)
    assert figure(row("单句：意图")[column]) == round(said.scores["intent"], 3)
    assert figure(row("对话：6 轮内结论正确")[column]) == round(played.scores["verdict"], 3)
    assert (
        f"（{said.cases} 句）" in row("单句：事实全对")[column]
        and f"（{played.cases} 段）" in row("对话：6 轮内结论正确")[column]
    )
