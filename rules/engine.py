"""evaluate(facts, as_of) -> Verdict: the deterministic decision, with clauses and dates.

Each track offers one or more paths to a target (e.g. years of skill work, or the green channel);
the verdict follows the best path, asks for the facts that could still improve it, and lists the
other levels the person could reach.
"""

from __future__ import annotations

import datetime as dt

from rules import other_tracks, skill_to_title, title_to_skill
from rules.checks import Path, unique
from rules.dates import chinese_date
from rules.facts import Facts
from rules.labels import label
from rules.normalise import series_name
from rules.parameters import load_parameters
from rules.verdict import OUTCOME_RANK, OtherOption, Verdict

# When several facts are missing, ask first about the one the outcome hinges on most; ties in this order.
FIELD_ORDER = ("track", "target_level", "title_held", "skill_certificates", "series", "province",
               "new_occupation", "honours", "technical_work_since", "annual_review_results",
               "annual_reviews_all_pass", "meets_occupation_standard", "exam", "applicant_count",
               "front_line_mastery", "title_obtained", "cumulative_work_years", "related_major_diploma")


def evaluate(facts: Facts, as_of: dt.date) -> Verdict:
    """Decide on `facts` as of `as_of`. Pure: same input, same verdict; no I/O beyond cached data."""
    track, assumptions = _track(facts)
    if track is None:
        return _ask_track(as_of)
    if track == "qualification_exam":
        return _verdict(facts, track, [other_tracks.exam_path(facts)], as_of, assumptions)
    if track == "organiser":
        return _verdict(facts, track, [other_tracks.organiser_path(facts)], as_of, assumptions)
    module, targets = _level_track(track)
    target = facts.target_level or _default_target(facts, track, as_of)
    if target is None:
        return _ask_target(facts, track, as_of, assumptions)
    if target not in targets and target not in _all_levels(track):
        return _ask_target(facts, track, as_of, assumptions, given=target)
    verdict = _verdict(facts, track, module.paths(facts, target, as_of), as_of, assumptions)
    verdict.other_options = _other_options(facts, track, target, targets, as_of)
    return verdict


# tracks and targets ----------------------------------------------------------------------------

def _track(facts: Facts) -> tuple[str | None, list[str]]:
    if facts.track:
        return facts.track, []
    p = load_parameters()
    if facts.target_level in p.value("title_levels"):
        track = "skill_to_title"
    elif facts.target_level in p.value("skill_levels"):
        track = "title_to_skill"
    elif facts.exam:
        track = "qualification_exam"
    elif facts.applicant_count is not None:
        track = "organiser"
    elif facts.title_held:
        track = "title_to_skill"
    elif facts.skill_certificates:
        track = "skill_to_title"
    else:
        return None, []
    return track, [f"您没有说明要办的事，按“{label('tracks', track)}”判断。"]


def _level_track(track: str):
    if track == "skill_to_title":
        return skill_to_title, skill_to_title.title_targets()
    return title_to_skill, load_parameters().value("skill_levels")[2:]


def _all_levels(track: str) -> list[str]:
    name = "title_levels" if track == "skill_to_title" else "skill_levels"
    return load_parameters().value(name)


def _default_target(facts: Facts, track: str, as_of: dt.date) -> str | None:
    """With no level asked: the highest level the facts reach, else the nearest one to aim for."""
    if track == "title_to_skill":
        return title_to_skill.default_target(facts)
    targets = skill_to_title.title_targets()
    decided = [(target, _best(skill_to_title.paths(facts, target, as_of))) for target in targets]

    def preference(item):
        index = targets.index(item[0])
        outcome_rank = item[1].rank[0]
        reached = outcome_rank >= OUTCOME_RANK["conditional"]
        return outcome_rank, index if reached else -index, item[1].rank[1]

    return max(decided, key=preference)[0]


# verdict assembly ------------------------------------------------------------------------------

def _best(paths: list[Path]) -> Path:
    deciding = [p for p in paths if not p.gated] or paths
    return max(deciding, key=lambda p: p.rank)


def _missing_facts(paths: list[Path], best: Path) -> list[str]:
    """Facts worth asking: the best path's unknowns, and those of any path that could beat it.

    Ordered by how much knowing that one fact (favourably) would improve the outcome on its own.
    """
    asked = unique(fact for path in paths
                   if path is best or OUTCOME_RANK[path.potential] > OUTCOME_RANK[best.potential]
                   for fact in path.unknown_facts())

    def gain(fact: str) -> int:
        return max(OUTCOME_RANK[p.assuming_met(fact).outcome] for p in paths) - OUTCOME_RANK[best.outcome]

    return sorted(asked, key=lambda fact: (-gain(fact), FIELD_ORDER.index(fact)))


def _verdict(facts: Facts, track: str, paths: list[Path], as_of: dt.date,
             assumptions: list[str]) -> Verdict:
    best = _best(paths)
    missing = _missing_facts(paths, best)
    checks = list(best.checks)
    for path in paths:  # show why a question is asked even when it belongs to another path
        checks += [c for c in path.checks if path is not best and c.fact in missing
                   and c.status == "unknown" and c.requirement not in {k.requirement for k in checks}]
    conditions = [c.condition() for c in checks]
    open_conditions = unique(best.all_open_conditions())
    verdict = Verdict(
        outcome=best.outcome, track=track, target=best.target, as_of=as_of,
        earliest_date=best.earliest_date, conditions=conditions, missing_facts=missing,
        assumptions=unique(assumptions + best.assumptions), open_conditions=open_conditions,
        notes=unique(n for n in best.notes if n), summary="",
        clause_ids=unique([i for c in conditions for i in c.clause_ids] + best.clause_ids))
    verdict.summary = _summary(facts, verdict, best)
    return verdict


def _other_options(facts: Facts, track: str, target: str, targets: list[str],
                   as_of: dt.date) -> list[OtherOption]:
    module = skill_to_title if track == "skill_to_title" else title_to_skill
    options = []
    for other in targets:
        if other == target:
            continue
        best = _best(module.paths(facts, other, as_of))
        if best.outcome in ("eligible", "conditional", "not_yet"):
            options.append(OtherOption(target=other, outcome=best.outcome, earliest_date=best.earliest_date))
    return options


def _ask_track(as_of: dt.date) -> Verdict:
    return Verdict(outcome="need_info", track=None, target=None, as_of=as_of, missing_facts=["track"],
                   summary="请先说明您要办的事：技能人才评职称、有职称的人评技能等级、"
                           "参加职业资格考试，还是组织评审。")


def _ask_target(facts: Facts, track: str, as_of: dt.date, assumptions: list[str],
                given: str | None = None) -> Verdict:
    kind = "职称等级" if track == "skill_to_title" else "职业技能等级"
    choices = "、".join(_all_levels(track))
    said = f"“{given}”不是可以判断的{kind}。" if given else ""
    return Verdict(outcome="need_info", track=track, target=None, as_of=as_of,
                   missing_facts=["target_level"], assumptions=assumptions,
                   summary=f"{said}请说明您想申报哪一级{kind}（{choices}）。")


# the sentence read out -------------------------------------------------------------------------

def _summary(facts: Facts, verdict: Verdict, best: Path) -> str:
    if best.summary:
        return best.summary
    action = _action(facts, verdict)
    outcome = verdict.outcome
    if outcome == "eligible":
        return f"按您说的情况，您现在可以{action}。"
    if outcome == "not_yet":
        return f"您现在还不能{action}，从{chinese_date(verdict.earliest_date)}起可以。"
    if outcome == "need_info":
        return f"要判断能否{action}，还需要知道：{label('fields', verdict.missing_facts[0])}。"
    if outcome == "conditional":
        return f"原则上您可以{action}，但还要看：{verdict.open_conditions[0]}"
    reason = next(c.detail for c in best.checks if c.status == "not_met" and c.blocking)
    return f"按这两份文件，您目前还不能{action}：{reason}"


def _action(facts: Facts, verdict: Verdict) -> str:
    if verdict.track == "skill_to_title":
        series = f"{series_name(facts.series)}系列" if facts.series else ""
        return f"申报{series}{verdict.target}职称"
    if verdict.track == "title_to_skill":
        return f"申请{verdict.target}职业技能评价"
    if verdict.track == "qualification_exam":
        return f"报考{verdict.target}" if facts.exam else "报考职业资格"
    return verdict.target
