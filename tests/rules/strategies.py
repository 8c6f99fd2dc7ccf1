"""Hypothesis strategies for random situations: every fact the rules read, with dates placed
around the anniversaries that decide them (the day before, the day, the day after)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from rules import load_parameters

P = load_parameters()
SKILL_LEVELS = P.value("skill_levels")
TITLES = P.value("title_levels")
HONOUR_LEVELS = P.value("honour_levels")
GRADES = P.value("annual_review_grades")
LISTED_HONOURS = [entry["honour"] for entry in P.value("green_channel_honours")]
SERIES = [*P.value("integrated_series"), "卫生", "经济", "会计", "其他"]
EXAMS = [*P.value("qualification_exams"), "软考", "中级会计师", "建造师", "注册会计师", "教师资格"]
PROVINCES = ["云南", "云南省", "广东", "北京", "其他"]

maybe_bool = st.sampled_from([None, True, False])
as_of_dates = st.dates(dt.date(2020, 6, 1), dt.date(2031, 12, 31))


def partial(date: dt.date, precision: str) -> str:
    return {"day": date.isoformat(), "month": date.isoformat()[:7], "year": str(date.year)}[precision]


@st.composite
def certificate(draw, as_of: dt.date) -> dict:
    """A certificate obtained around 1-4 anniversaries before `as_of` (± a few days), or long ago."""
    level = draw(st.sampled_from(SKILL_LEVELS))
    years = draw(st.integers(0, 5))
    around = (
        as_of.replace(year=as_of.year - years)
        if not (as_of.month == 2 and as_of.day == 29)
        else as_of.replace(year=as_of.year - years, day=28)
    )
    date = around + dt.timedelta(days=draw(st.integers(-3, 3)))
    kind = draw(st.sampled_from(["day", "day", "month", "year", "held", "none"]))
    if kind == "held":
        return {"level": level, "years_held": draw(st.sampled_from([0.5, 1, 2, 2.5, 3, 4, 6]))}
    if kind == "none":
        return {"level": level}
    return {"level": level, "obtained": partial(date, kind)}


honour = st.fixed_dictionaries(
    {
        "name": st.sampled_from([*LISTED_HONOURS, "劳动模范", "首席技师"]),
        "level": st.sampled_from([None, *HONOUR_LEVELS]),
    }
)
review = st.sampled_from([*GRADES["passing"], *GRADES["failing"]])


@st.composite
def facts(draw, track: str | None = None) -> tuple[dict, dt.date]:
    """(facts, as_of): any track, or the one given; unknown facts left out."""
    as_of = draw(as_of_dates)
    track = track or draw(
        st.sampled_from(["skill_to_title", "skill_to_title", "title_to_skill", "qualification_exam", "organiser", None])
    )
    optional = {
        "province": st.sampled_from(PROVINCES),
        "skill_certificates": st.lists(certificate(as_of), max_size=3),
        "annual_review_results": st.lists(review, min_size=1, max_size=3),
        "annual_reviews_all_pass": st.booleans(),
    }
    if track in ("skill_to_title", None):
        optional.update(
            {
                "target_level": st.sampled_from(TITLES),
                "series": st.sampled_from(SERIES),
                "new_occupation": st.booleans(),
                "technical_work_interrupted": st.booleans(),
                "technical_work_gap_years": st.sampled_from([0.5, 1, 2]),
                "honours": st.lists(honour, max_size=2),
                "wants_direct_application": st.just(True),
                "front_line_mastery": st.booleans(),
                "major_contribution": st.booleans(),
                "title_held": st.sampled_from(TITLES),
            }
        )
    if track == "title_to_skill":
        optional.update(
            {
                "target_level": st.sampled_from(SKILL_LEVELS[1:]),
                "title_held": st.sampled_from(TITLES),
                "meets_occupation_standard": st.booleans(),
                "occupation_matches_post": st.booleans(),
                "related_major_diploma": st.booleans(),
            }
        )
    if track == "qualification_exam":
        optional["exam"] = st.sampled_from(EXAMS)
    if track == "organiser":
        optional.update(
            {
                "organiser_topic": st.sampled_from(["separate_panel", "enterprise_self_evaluation"]),
                "applicant_count": st.integers(0, 9),
                "enterprise_above_scale": st.booleans(),
            }
        )
    chosen = draw(st.lists(st.sampled_from(sorted(optional)), unique=True))
    situation = {name: draw(optional[name]) for name in chosen}
    if track:
        situation["track"] = track
    return situation, as_of


RUNGS = [P.value(name) for name in ("assistant_title_rung", "intermediate_title_rung", "deputy_senior_title_rung")]


@st.composite
def waiting_facts(draw) -> tuple[dict, dt.date]:
    """A situation that waits for an anniversary: the rung's level obtained less than N years ago
    (or, for 晋级, the level below less than a year ago), with other facts drawn at random."""
    situation, as_of = draw(facts(draw(st.sampled_from(["skill_to_title", "title_to_skill"]))))
    if situation["track"] == "skill_to_title":
        rung = draw(st.sampled_from(RUNGS))
        level, target, years = rung["skill_level"], rung["title"], rung["years"]
    else:
        target = draw(st.sampled_from(SKILL_LEVELS[2:]))
        level, years = SKILL_LEVELS[SKILL_LEVELS.index(target) - 1], 1
    days = draw(st.integers(1, 365 * years - 1))
    obtained = (as_of - dt.timedelta(days=days)).isoformat()
    situation.update(target_level=target, skill_certificates=[{"level": level, "obtained": obtained}])
    return situation, as_of
