"""How an understood fact is compared with a blind label (LABELS.md, CONVENTIONS.md).

Values are compared as the rules read them, not as strings: a date by the latest day it can mean
("2023-06" = "2023-06-30"), places, series and exams by their canonical names, honours as a set of
(name, level). Reviews follow the authors' convention: results when given year by year, else
whether all passed. A person saying they hold no title ("无") is not in the labels' vocabulary:
it counts as nothing said. Honours outside the green-channel list count only as "another honour".
"""

from __future__ import annotations

from typing import Any

from rules.dates import parse_partial_date
from rules.facts import NO_TITLE
from rules.normalise import exam_name, province_name, series_name
from rules.parameters import load_parameters

REVIEWS = ("annual_review_results", "annual_reviews_all_pass")


def _latest(date: Any) -> str | None:
    return parse_partial_date(str(date)).latest.isoformat() if date not in (None, "") else None


def _certificates(value: list[dict] | None) -> Any:
    if value is None:
        return None
    return sorted((c["level"], _latest(c.get("obtained")), c.get("years_held")) for c in value)


def _honours(value: list | None) -> Any:
    """The green-channel honours exactly (name and level); any other honour only as "some other honour":
    its name is "as said" in the labels (LABELS.md), and the rules give it no meaning."""
    if value is None:
        return None
    listed = {entry["honour"] for entry in load_parameters().value("green_channel_honours")}
    said = {(h["name"], h.get("level")) if isinstance(h, dict) else (h, None) for h in value}
    return sorted(h for h in said if h[0] in listed), any(h[0] not in listed for h in said)


NORMALISE = {
    "skill_certificates": _certificates,
    "honours": _honours,
    "province": lambda v: province_name(v) if v else v,
    "series": lambda v: series_name(v) if v else v,
    "exam": lambda v: exam_name(v) if v else v,
    "title_obtained": _latest,
    "technical_work_gap_years": lambda v: round(float(v), 2) if v is not None else v,
    "cumulative_work_years": lambda v: round(float(v), 2) if v is not None else v,
    "title_held": lambda v: None if v == NO_TITLE else v,
}


def normalised(facts: dict[str, Any]) -> dict[str, Any]:
    out = {name: NORMALISE.get(name, lambda v: v)(value) for name, value in facts.items()}
    return {name: value for name, value in out.items() if value is not None}


def all_pass(facts: dict[str, Any]) -> bool | None:
    """Whether the reviews all pass, as far as the facts say."""
    if facts.get("annual_reviews_all_pass") is not None:
        return facts["annual_reviews_all_pass"]
    results = facts.get("annual_review_results") or []
    grades = load_parameters().value("annual_review_grades")
    if any(r in grades["failing"] for r in results):
        return False
    if (
        len([r for r in results if r in grades["passing"]])
        >= load_parameters().value("annual_review_requirement")["years"]
    ):
        return True
    return None


def differences(got: dict[str, Any], expected: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """{field: (got, expected)} for every field where the understood facts differ from the label."""
    got, expected = normalised(got), normalised(expected)
    diffs = {
        name: (got.get(name), expected.get(name))
        for name in (set(got) | set(expected)) - set(REVIEWS)
        if got.get(name) != expected.get(name)
    }
    said_reviews = any(name in expected for name in REVIEWS)
    if said_reviews or any(name in got for name in REVIEWS):
        if (
            "annual_review_results" in expected
            and got.get("annual_review_results") != expected["annual_review_results"]
        ):
            diffs["annual_review_results"] = (got.get("annual_review_results"), expected["annual_review_results"])
        if all_pass(got) != all_pass(expected) or said_reviews != any(name in got for name in REVIEWS):
            diffs["annual_reviews_all_pass"] = (all_pass(got), all_pass(expected))
    return diffs
