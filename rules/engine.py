"""evaluate(facts, as_of) -> Verdict: the deterministic decision, with clauses and dates.

1. a date before 人社部发〔2020〕96号 applies: nothing is decided by it;
2. the track (what the person wants to do), said or inferred from the facts;
3. the target level, asked or — when none was asked — the highest level the facts reach,
   else the next rung of the ordinary ladder above what they hold;
4. the routes to that target, each judged check by check (skill_to_title, title_to_skill,
   exams, organiser); the precedence rule (`rules.precedence`) settles each route and picks
   the deciding one;
5. the verdict: outcome, earliest date, every condition with its clauses, the facts worth
   asking (the next question first), other levels within reach, notes and assumptions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import replace

from rules import exams, honours, organiser, precedence, skill_to_title, title_to_skill
from rules.checks import Route, unique
from rules.dates import chinese_date
from rules.documents import in_force_from, national_in_force
from rules.facts import Facts
from rules.labels import label
from rules.normalise import exam_name, series_name
from rules.parameters import load_parameters
from rules.verdict import Condition, OtherOption, Verdict

REACHED = ("eligible", "conditional")


def evaluate(facts: Facts, as_of: dt.date, unsure: Collection[str] = ()) -> Verdict:
    """Decide on `facts` as of `as_of`. Pure: same input, same verdict; no I/O beyond cached data.
    `unsure`: facts the person was asked about and could not say (绝活？搞不懂): a route that needs them claimed
    (honours, 绝活) is set aside and the other routes decide, since asking again would not open it."""
    track, assumptions = _track(facts)
    # 有个技术能手 记不清是全国的还是省里的: an honour claimed whose level is not known keeps the green channel open
    if any(honours.qualifies(h) is None for h in facts.honours or []):
        unsure = [fact for fact in unsure if fact != "honours"]
    if not national_in_force(as_of):
        return _before_in_force(track, facts, as_of)
    if track is None:
        return _ask(
            None,
            None,
            as_of,
            ["track"],
            "请先说明您要办的事：技能人才评职称、有职称的人评技能等级、参加职业资格考试，还是组织评审。",
        )
    if track == "qualification_exam":
        return _verdict(facts, track, [exams.exam_route(facts, as_of)], as_of, assumptions, unsure)
    if track == "organiser":
        return _verdict(facts, track, [organiser.organiser_route(facts, as_of)], as_of, assumptions, unsure)
    target = facts.target_level or _default_target(facts, track, as_of)
    if target is None:
        return _ask_first(facts, track, as_of, assumptions)
    if target not in _levels(track):
        return _ask_target(track, as_of, assumptions, given=target)
    verdict = _verdict(facts, track, _routes(track, facts, target, as_of), as_of, assumptions, unsure)
    verdict.other_options = _other_options(facts, track, target, as_of)
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
    elif facts.organiser_topic or facts.applicant_count is not None or facts.enterprise_above_scale is not None:
        track = "organiser"
    elif facts.held_title and facts.skill_certificates:
        return None, []  # a title and skill levels, nothing asked: either way is possible
    elif facts.held_title:
        track = "title_to_skill"
    elif facts.skill_certificates:
        track = "skill_to_title"
    else:
        return None, []
    return track, [f"您没有说明要办的事，按“{label('tracks', track)}”判断。"]


def _levels(track: str) -> list[str]:
    return load_parameters().value("title_levels" if track == "skill_to_title" else "skill_levels")


def _routes(track: str, facts: Facts, target: str, as_of: dt.date) -> list[Route]:
    module = skill_to_title if track == "skill_to_title" else title_to_skill
    return module.routes(facts, target, as_of)


def _targets(track: str) -> list[str]:
    return skill_to_title.title_targets() if track == "skill_to_title" else title_to_skill.skill_targets()


def _default_target(facts: Facts, track: str, as_of: dt.date) -> str | None:
    """The highest level the facts reach; if none, the next rung above what the person holds."""
    if track == "title_to_skill":
        candidates = title_to_skill.candidate_targets(facts)
        reached = [target for target in candidates if _reaches(track, facts, target, as_of)]
        return max(reached or candidates, key=_levels(track).index, default=None)
    above_held = [target for target in _targets(track) if skill_to_title.above_title_held(facts, target)]
    reached = [target for target in above_held if _reaches(track, facts, target, as_of)]
    return reached[-1] if reached else skill_to_title.next_rung_target(facts)


def _reaches(track: str, facts: Facts, target: str, as_of: dt.date) -> bool:
    """The facts open `target` by a route that names a level (not special evaluation, which sets
    none, nor Yunnan's other series, whose levels are that series' own)."""
    if track == "skill_to_title" and skill_to_title.levels_are_the_series_own(facts, as_of):
        return False  # Yunnan's other series: no route names a level, the ordinary rung is the target (R32)
    named = [r for r in _routes(track, facts, target, as_of) if r.name not in skill_to_title.LEVEL_FREE_ROUTES]
    return bool(named) and precedence.outcome(precedence.best(named)) in REACHED


# the verdict -----------------------------------------------------------------------------------


def _verdict(
    facts: Facts, track: str, routes: list[Route], as_of: dt.date, assumptions: list[str], unsure: Collection[str] = ()
) -> Verdict:
    aside = [route.name for route in routes if precedence.set_aside(route, unsure)]
    routes = [replace(route, considered=False) if route.name in aside else route for route in routes]
    decided = precedence.best(routes)
    missing = precedence.worth_asking(routes, decided)
    conditions = _conditions(routes, decided, missing)
    notes = list(decided.notes)
    if track == "skill_to_title":
        notes += skill_to_title.extra_notes(facts, decided, as_of)
    notes += [
        f"您说不清楚是否符合{label('routes', name)}的条件，所以先按其他途径判断；弄清楚了可以再告诉我。"
        for name in aside
    ]
    verdict = Verdict(
        outcome=precedence.outcome(decided),
        track=track,
        target=decided.target,
        as_of=as_of,
        earliest_date=precedence.earliest_date(decided),
        conditions=conditions,
        missing_facts=missing,
        assumptions=unique(assumptions + decided.assumptions),
        open_conditions=decided.all_open_conditions(),
        notes=unique(n for n in notes if n),
        summary="",
        obligation=decided.obligation,
        route=decided.name,
        unsure_facts=list(unsure),
        clause_ids=unique([i for c in conditions for i in c.clause_ids] + decided.cited()),
    )
    verdict.summary = decided.summary or _summary(facts, verdict, decided)
    return verdict


def _conditions(routes: list[Route], decided: Route, missing: list[str]) -> list[Condition]:
    """The deciding route's checks, then what other routes add: their failures (a 技师 asking for
    副高级 sees the ordinary route fail) and the questions they are why we ask."""
    conditions = [c.condition(decided.name) for c in decided.checks]
    shown = {c.requirement for c in conditions}
    for route in routes:
        if route is decided or not route.considered:
            continue
        for check in route.checks:
            if check.requirement not in shown and (check.status == "not_met" or (check.asks and check.fact in missing)):
                conditions.append(check.condition(route.name))
                shown.add(check.requirement)
    return conditions


def _other_options(facts: Facts, track: str, target: str, as_of: dt.date) -> list[OtherOption]:
    options = []
    for other in _targets(track):
        if other == target:
            continue
        decided = precedence.best(_routes(track, facts, other, as_of))
        outcome = precedence.outcome(decided)
        if outcome in (*REACHED, "not_yet") and decided.name not in skill_to_title.LEVEL_FREE_ROUTES:
            options.append(OtherOption(target=other, outcome=outcome, earliest_date=precedence.earliest_date(decided)))
    return options


def _ask(
    track: str | None,
    target: str | None,
    as_of: dt.date,
    missing: list[str],
    summary: str,
    assumptions: list[str] | None = None,
) -> Verdict:
    return Verdict(
        outcome="need_info",
        track=track,
        target=target,
        as_of=as_of,
        missing_facts=missing,
        assumptions=assumptions or [],
        summary=summary,
    )


def _ask_first(facts: Facts, track: str, as_of: dt.date, assumptions: list[str]) -> Verdict:
    """No level asked and none to aim for yet: the certificates (or the title) come first."""
    if track == "skill_to_title":
        return _ask(
            track,
            None,
            as_of,
            ["skill_certificates"],
            f"要判断能评哪一级职称，先要知道：{label('fields', 'skill_certificates')}。",
            assumptions,
        )
    if facts.title_held is None and facts.skill_certificates is None:
        return _ask(
            track,
            None,
            as_of,
            ["title_held"],
            f"要判断能申请哪一级职业技能等级，先要知道：{label('fields', 'title_held')}。",
            assumptions,
        )
    if facts.held_title and title_to_skill.mapped_level(facts.held_title) is None:
        # 员级 / 正高级: 2.4 names no level for them; its general sentence still decides
        return _verdict(facts, track, [title_to_skill.title_route(facts, None)], as_of, assumptions)
    return _ask_target(track, as_of, assumptions)


def _ask_target(track: str, as_of: dt.date, assumptions: list[str], given: str | None = None) -> Verdict:
    kind = "职称等级" if track == "skill_to_title" else "职业技能等级"
    said = f"“{given}”不是可以判断的{kind}。" if given else ""
    return _ask(
        track,
        None,
        as_of,
        ["target_level"],
        f"{said}请说明您想申报哪一级{kind}（{'、'.join(_levels(track))}）。",
        assumptions,
    )


def _before_in_force(track: str | None, facts: Facts, as_of: dt.date) -> Verdict:
    p = load_parameters()
    start = in_force_from("national_in_force_from")
    condition = Condition(
        requirement="判断日期在文件施行之后",
        fact="as_of",
        status="not_met",
        clause_ids=[p.clause("national_in_force_from")],
        detail=f"人社部发〔2020〕96号自印发之日（{chinese_date(start)}）起施行，"
        f"判断日期{chinese_date(as_of)}在此之前。",
        route="documents",
    )
    target = (
        exam_name(facts.exam)
        if track == "qualification_exam" and facts.exam
        else (facts.target_level if track != "organiser" else None)
    )
    return Verdict(
        outcome="not_eligible",
        track=track,
        target=target,
        as_of=as_of,
        conditions=[condition],
        clause_ids=condition.clause_ids,
        route="documents",
        summary=f"判断日期{chinese_date(as_of)}早于人社部发〔2020〕96号施行的{chinese_date(start)}，"
        "那时这两份文件还不适用，不能按它们判断。",
    )


# the sentence read out -------------------------------------------------------------------------

ROUTE_WORDS = {skill_to_title.GREEN: "走绿色通道直接", skill_to_title.SPECIAL: "通过特殊评价"}


def _summary(facts: Facts, verdict: Verdict, decided: Route) -> str:
    action = ROUTE_WORDS.get(decided.name, "") + _action(facts, verdict)
    outcome = verdict.outcome
    if outcome == "eligible":
        return f"按您说的情况，您现在可以{action}。"
    if outcome == "not_yet":
        assert verdict.earliest_date is not None  # not_yet always says when
        return f"您现在还不能{action}，最早从{chinese_date(verdict.earliest_date)}起可以。"
    if outcome == "need_info":
        missing = "、".join(label("fields", name) for name in verdict.missing_facts_named())
        return f"要判断能否{action}，还需要知道：{missing}。"
    if outcome == "conditional" and decided.name == skill_to_title.SPECIAL:
        # the documents set no level for special evaluation: the person qualifies for the route, not a level
        wanted = f"（您想评的是{verdict.target}）" if verdict.target else ""
        return f"您符合文件说的特殊评价条件，可以按当地办法申请特殊评审{wanted}；{verdict.open_conditions[0]}"
    if outcome == "conditional":
        return f"原则上您可以{action}，但还要看：{verdict.open_conditions[0]}"
    reason = next(c.detail for c in decided.checks if c.fails)
    return f"按这两份文件，您目前还不能{action}：{reason}"


def _action(facts: Facts, verdict: Verdict) -> str:
    if verdict.track == "skill_to_title":
        series = f"{series_name(facts.series)}系列" if facts.series else ""
        return f"申报{series}{verdict.target}职称"
    if verdict.track == "title_to_skill":
        return f"申请{verdict.target or ''}职业技能评价"
    if verdict.track == "qualification_exam":
        return f"报考{verdict.target}职业资格" if verdict.target else "报考职业资格"
    return "组织高技能人才职称评审"
