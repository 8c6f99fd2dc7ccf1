"""path_map(facts, as_of) -> PathMap: every rung above where the person stands, on both ladders.

The title ladder (助理级 … 正高级, skill → title) and the skill ladder (高级工 … 高级技师, title →
skill, 晋级 included) are the levels the engine decides on. Each rung is `evaluate` itself, with
the track and the target set: the path map holds no rule of its own, so it cannot disagree with a
verdict. Rungs at or below a level already held are not rungs any more: they are where the person
stands (`Standing`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from pydantic import BaseModel, Field

from rules import skill_to_title, title_to_skill
from rules.certificates import highest_level, holding, skill_rank
from rules.dates import chinese_date, parse_partial_date
from rules.engine import evaluate
from rules.facts import Facts, Track
from rules.labels import label
from rules.verdict import Outcome, Verdict

LADDERS: tuple[Track, ...] = ("skill_to_title", "title_to_skill")
# Each ladder by the kind of level on it: the skill ladder first, as the picture draws it.
LADDER_NAMES = {"title_to_skill": "职业技能等级", "skill_to_title": "职称"}
# How each outcome reads on one rung, in a few words.
OUTCOME_WORDS = {
    "eligible": "现在可以申报",
    "conditional": "有条件可以申报",
    "not_yet": "到期可以申报",
    "need_info": "还需补充情况",
    "not_eligible": "目前不能申报",
}


class Rung(BaseModel):
    track: Track = Field(description="skill_to_title: a title level; title_to_skill: a skill level.")
    target: str = Field(description="The level of this rung.")
    outcome: Outcome
    earliest_date: dt.date | None = Field(None, description="For not_yet: the first day it opens.")
    clause_ids: list[str] = Field(default_factory=list)
    route: str | None = Field(None, description="The route that decided (labels: routes).")
    summary: str = Field(description="The verdict's sentence for this rung, in Chinese.")
    blocked_by: str | None = Field(None, description="The deciding route's first requirement not met, in Chinese.")
    missing_facts: list[str] = Field(default_factory=list)


class Standing(BaseModel):
    """Where the person stands on `as_of`: the levels held, and since when (None: not said)."""

    skill_level: str | None = None
    skill_since: dt.date | None = None
    title_level: str | None = None
    title_since: dt.date | None = None


class PathMap(BaseModel):
    as_of: dt.date
    standing: Standing
    rungs: list[Rung]


def path_map(facts: Facts, as_of: dt.date, unsure: Collection[str] = ()) -> PathMap:
    """Every rung above what is held on both ladders, each decided by `evaluate` (with what the person
    could not say, as the verdict was)."""
    standing = standing_of(facts, as_of)
    rungs = [
        rung_of(track, target, evaluate(rung_facts(facts, track, target), as_of, unsure))
        for track in LADDERS
        for target in ladder(track)
        if above(facts, standing, track, target)
    ]
    return PathMap(as_of=as_of, standing=standing, rungs=rungs)


def ladder(track: Track) -> list[str]:
    """The levels a verdict on `track` can be about, lowest first (the engine's own targets)."""
    return skill_to_title.title_targets() if track == "skill_to_title" else title_to_skill.skill_targets()


def rung_facts(facts: Facts, track: Track, target: str) -> Facts:
    """The person's facts, asking about one rung: what `evaluate` decides that rung on."""
    return facts.model_copy(update={"track": track, "target_level": target})


def rung_of(track: Track, target: str, verdict: Verdict) -> Rung:
    blocked = next(
        (c.requirement for c in verdict.conditions if c.status == "not_met" and c.route == verdict.route), None
    )
    return Rung(
        track=track,
        target=target,
        outcome=verdict.outcome,
        earliest_date=verdict.earliest_date,
        clause_ids=verdict.clause_ids,
        route=verdict.route,
        summary=verdict.summary,
        blocked_by=blocked,
        missing_facts=verdict.missing_facts,
    )


def standing_of(facts: Facts, as_of: dt.date) -> Standing:
    top = highest_level(facts.skill_certificates or [])
    since = holding(facts.skill_certificates or [], top, as_of, exact=True).since if top else None
    title_since = parse_partial_date(facts.title_obtained).latest if facts.title_obtained else None
    return Standing(skill_level=top, skill_since=since, title_level=facts.held_title, title_since=title_since)


def above(facts: Facts, standing: Standing, track: Track, target: str) -> bool:
    """A rung still to climb: above the level held on its ladder (every level, when none is held)."""
    if track == "skill_to_title":
        return skill_to_title.above_title_held(facts, target)
    return standing.skill_level is None or skill_rank(target) > skill_rank(standing.skill_level)


# the path map as text: the CLI's output, the picture's alt text, the call record ---------------


def when(rung: Rung) -> str:
    """The rung's outcome in a few words, with its date when it waits for one."""
    if rung.outcome == "not_yet" and rung.earliest_date:
        return f"{chinese_date(rung.earliest_date)}起可以申报"
    return OUTCOME_WORDS[rung.outcome]


def standing_text(standing: Standing) -> str:
    skill = _held(standing.skill_level, standing.skill_since, "没有或未说明")
    title = _held(standing.title_level, standing.title_since, "没有或未说明")
    return f"职业技能等级：{skill}；职称：{title}"


def _held(level: str | None, since: dt.date | None, unknown: str) -> str:
    if level is None:
        return unknown
    return f"{level}（{chinese_date(since)}取得）" if since else level


def path_text(path: PathMap) -> str:
    lines = [f"路径图（判断日期：{chinese_date(path.as_of)}）", f"现在：{standing_text(path.standing)}"]
    for track, name in LADDER_NAMES.items():
        rungs = [r for r in path.rungs if r.track == track]
        lines.append(f"\n{name}（{label('tracks', track)}）：")
        lines += [f"- {r.target}：{when(r)}。{r.summary}" for r in rungs] or ["- 已是最高一级。"]
    return "\n".join(lines)
