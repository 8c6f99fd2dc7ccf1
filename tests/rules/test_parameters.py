"""Every parameter really comes from the clause it cites: its names and numbers are in that text."""

from __future__ import annotations

import pytest

from corpus import load_corpus
from rules import load_labels, load_parameters
from rules.facts import Facts

PARAMETERS = list(load_parameters())


def leaves(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from leaves(item)
    elif isinstance(value, list):
        for item in value:
            yield from leaves(item)
    else:
        yield value


def in_text(leaf, text: str) -> bool:
    """Numbers as written in Chinese documents: 5 as “5”, one half as “一半”."""
    if isinstance(leaf, bool) or leaf in (
        "skill_level",
        "years",
        "title",
        "applicants",
        "inclusive",
        "share",
        "result",
        "passing",
        "failing",
        "honour",
        "minimum_level",
        "listed_as",
        "only_at_minimum_level",
    ):
        return True
    if leaf == 0.5:
        return "一半" in text
    unquoted = str.maketrans("", "", "“”")
    return str(leaf).translate(unquoted) in text.translate(unquoted)


@pytest.mark.parametrize("parameter", PARAMETERS, ids=[p.name for p in PARAMETERS])
def test_parameter_is_written_in_its_clause(parameter):
    text = load_corpus().clause(parameter.clause_id).text
    assert parameter.evidence, "every parameter needs verbatim evidence"
    for piece in parameter.evidence:
        assert piece in text, f"{piece!r} is not in {parameter.clause_id}"
    for leaf in leaves(parameter.value):
        assert in_text(leaf, text) or str(leaf) in (parameter.beyond_text or ""), (
            f"{leaf!r} of {parameter.name} is neither in {parameter.clause_id} nor explained"
        )


@pytest.mark.parametrize("parameter", PARAMETERS, ids=[p.name for p in PARAMETERS])
def test_parameter_layer_matches_its_document(parameter):
    expected = "yunnan" if parameter.clause_id.startswith("yunnan-") else "national"
    assert parameter.layer == expected
    assert parameter.description.endswith("。")


def test_inclusive_thresholds_say_so_in_the_text():
    parameters = load_parameters()
    panel = parameters["separate_panel_threshold"]
    count = panel.value["applicants"]
    assert panel.value["inclusive"] and f"{count}人以上（含{count}人）" in "".join(panel.evidence)
    assert parameters["skill_judges_share"].value["inclusive"]


def test_labels_cover_every_field_outcome_status_and_track():
    labels = load_labels()
    assert set(labels["fields"]) == set(Facts.model_fields)
    assert set(labels["outcomes"]) == {"eligible", "not_yet", "not_eligible", "need_info", "conditional"}
    assert set(labels["statuses"]) == {"met", "not_met", "unknown"}
    assert set(labels["tracks"]) == {"skill_to_title", "title_to_skill", "qualification_exam", "organiser"}
