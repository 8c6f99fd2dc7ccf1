"""The next question to ask: one at a time, from the verdict's missing_facts, with quick replies."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.answer import NextQuestion
from assistant.config import load_config
from assistant.reading.facts import occupations
from assistant.reading.mentions import skill_ladder
from corpus.lexicon import LexiconEntry, load_lexicon
from rules import Verdict, load_parameters
from rules.skill_to_title import RUNGS, rung_for

RECENT_YEARS_OFFERED = 6
NONE_OF_THESE = {"series": "其他系列", "honours": "都没有"}


def _policy_words() -> dict[str, Any]:
    """Numbers and lists the question wording mentions, from the rules' parameters."""
    parameters = load_parameters()
    return {
        "review_years": parameters.value("annual_review_requirement")["years"],
        "integrated_series": "、".join(parameters.value("integrated_series")),
    }


def where_to_find_out(missing_facts: list[str]) -> list[str]:
    """For facts the person could not tell: where they can find them out (questions.toml `unsure_hint`)."""
    entries, words = questions(), _policy_words()
    return [
        entries[fact]["unsure_hint"].format(**words) for fact in missing_facts if "unsure_hint" in entries.get(fact, {})
    ]


def _policy_options(key: str) -> list[str] | None:
    """Quick replies that are policy lists come from the rules' parameters, never a copy."""
    parameters = load_parameters()
    if key == "series":
        return [*parameters.value("integrated_series"), NONE_OF_THESE["series"]]
    if key == "honours":
        return [*(entry["listed_as"] for entry in parameters.value("green_channel_honours")), NONE_OF_THESE["honours"]]
    if key == "exam":
        return list(parameters.value("qualification_exams"))
    if key == "target_level":
        reachable = {rung["title"] for rung in (parameters.value(name) for name in RUNGS)}
        reachable |= set(parameters.value("green_channel_titles"))
        return [title for title in parameters.value("title_levels") if title in reachable]
    if key == "target_level_skill":
        return list(parameters.value("title_to_skill_mapping").values())
    return None


def questions() -> dict[str, dict[str, Any]]:
    return load_config("questions")


def next_question(
    verdict: Verdict,
    facts: dict[str, Any],
    today: dt.date,
    occupation: str | None = None,
    skip: list[str] | tuple[str, ...] = (),
) -> NextQuestion | None:
    """The question for the first missing fact the person has not said they cannot answer (`skip`);
    then, for a conditional verdict, for a condition left open only because the fact is unknown
    (累计工作年限是否达到职业标准: a no makes it not eligible now, a yes is recorded and said, 说不清 leaves it open);
    None once nothing more can be asked."""
    asked_for = [
        *verdict.missing_facts,
        *_open_facts(verdict),
        *_assumed_facts(verdict, facts),
        *_a_new_occupation_unasked(verdict, facts),
    ]
    for fact in [*asked_for, *_rough_dates(verdict, facts)]:
        if fact == "series" and occupation and "series" not in skip:
            return _series_suggestion(occupation)
        question = _question_for(fact, verdict.track, facts, today)
        if question and question.fact not in skip:
            return question
    return None


def the_rung_held_offered(verdict: Verdict, facts: dict[str, Any], said: list[str]) -> tuple[str, NextQuestion] | None:
    """技师 wanting 副高级 (or 高级技师 wanting 正高级 with no honour): not eligible for the title asked; the title the
    highest level held reaches by its rung, and the question offering it — the person may take it (那就中级吧 / 好)
    or keep the wish — unless they named it already (助理的我不稀罕: they know of it)."""
    if verdict.outcome != "not_eligible" or verdict.track != "skill_to_title":
        return None
    held = [c["level"] for c in facts.get("skill_certificates") or [] if c.get("level") in skill_ladder()]
    rung = rung_for(skill=max(held, key=skill_ladder().index)) if held else None
    levels = load_parameters().value("title_levels")
    if (
        rung is None
        or verdict.target not in levels
        or levels.index(rung.value["title"]) >= levels.index(verdict.target)
        or any(
            rung.value["title"] in (m.entry.level, m.entry.canonical)
            for text in said
            for m in load_lexicon().find(text)
        )
    ):
        return None
    entry = questions()["target_level_reachable"]
    words = {"level": rung.value["skill_level"], "title": rung.value["title"], "years": rung.value["years"]}
    return rung.value["title"], NextQuestion(
        fact="target_level",
        text=entry["text"].format(**words),
        options=[option.format(**words) for option in entry["options"]],
    )


def _open_facts(verdict: Verdict) -> list[str]:
    if verdict.outcome != "conditional":
        return []
    return [c.fact for c in verdict.conditions if c.route == verdict.route and c.status == "unknown"]


def _assumed_facts(verdict: Verdict, facts: dict[str, Any]) -> list[str]:
    """A date counted on the person never having left technical-skill work, which they did not say: the
    verdict states the assumption (DESIGN), and one question checks it, since a break moves the date — also
    while another fact is still open (考核我真不晓得: a break that puts the years off settles it as not yet)."""
    counted = verdict.track == "skill_to_title" and verdict.route == "ordinary"
    if counted and _years_counted(verdict) and facts.get("technical_work_interrupted") is None:
        return ["technical_work_interrupted"]
    return []


def _years_counted(verdict: Verdict) -> bool:
    if verdict.outcome in ("eligible", "not_yet"):
        return True
    years = [c for c in verdict.conditions if c.route == verdict.route and c.fact == "skill_certificates"]
    return verdict.outcome == "need_info" and [c.status for c in years] == ["met"]


def _a_new_occupation_unasked(verdict: Verdict, facts: dict[str, Any]) -> list[str]:
    """经济系列, asked outside Yunnan: not opened by these documents, unless the work is a new occupation, which is
    mapped locally (2.1). Only the series fails, so one question is worth asking: a yes makes it conditional, a no
    or 不清楚 leaves the verdict as it is."""
    failed = [c for c in verdict.conditions if c.route == verdict.route and c.status == "not_met"]
    only_the_series = verdict.outcome == "not_eligible" and [c.fact for c in failed] == ["series"]
    return ["new_occupation"] if only_the_series and facts.get("new_occupation") is None else []


def _rough_dates(verdict: Verdict, facts: dict[str, Any]) -> list[str]:
    """去年考的高级工: a date known by its year only is counted from the year's last day, 拿了快三年了 by the
    whole years said; when that decides how long the person waits, the month is asked, since it can bring
    the date forward."""
    certificates = facts.get("skill_certificates") or []
    latest = certificates[-1] if certificates else {}
    rough = len(str(latest.get("obtained", ""))) == 4 or ("years_held" in latest and "obtained" not in latest)
    return ["skill_certificates"] if verdict.outcome == "not_yet" and rough else []


def _question_for(fact: str, track: str | None, facts: dict[str, Any], today: dt.date) -> NextQuestion | None:
    certificates = facts.get("skill_certificates") or []
    if fact == "skill_certificates" and certificates:
        return _date_question("skill_certificates_obtained", today, level=certificates[-1]["level"])
    if fact == "title_obtained":
        return _date_question("title_obtained", today)
    if fact == "annual_review_results" and _reviews_told(facts):
        return _reviews_partly_question(facts["annual_review_results"])
    if fact == "meets_occupation_standard" and (years := facts.get("cumulative_work_years")):
        return _standard_with_years_question(years)
    if fact == "target_level" and track == "title_to_skill":
        return _from_config("target_level_skill", "target_level")
    if fact not in questions():
        return None
    return _from_config(fact, fact)


def _reviews_told(facts: dict[str, Any]) -> int:
    """How many years' results the person has said, when that is fewer than the rule asks (23 24都合格 25年的还没评)."""
    told = len([grade for grade in facts.get("annual_review_results") or [] if grade != "unknown"])
    return told if told < _policy_words()["review_years"] else 0


def _reviews_partly_question(results: list[str]) -> NextQuestion:
    """The years still to be told, after a partial answer: not the whole question again, and which of the years
    they are (the list runs from the latest review back)."""
    entry, words = questions()["annual_reviews_partly"], _policy_words()
    years = words["review_years"]
    missing = [i for i in range(years) if i >= len(results) or results[i] == "unknown"]
    return NextQuestion(
        fact="annual_review_results",
        text=entry["text"].format(told=years - len(missing), which=_which_years(missing, years), **words),
        options=entry["options"],
    )


def _which_years(missing: list[int], years: int) -> str:
    """最近一年 / 最早那一年 / 中间那一年 for one year missing; 另外2年 for more."""
    if len(missing) > 1:
        return f"另外{len(missing)}年"
    if missing == [0]:
        return "最近一年"
    return "最早那一年" if missing == [years - 1] else "中间那一年"


def _standard_with_years_question(years: float) -> NextQuestion:
    """工作十二年了, asked about the occupation's standard: the years said back, and what they are set against."""
    entry = questions()["meets_occupation_standard_years"]
    told = f"{years:g}"
    return NextQuestion(
        fact="meets_occupation_standard", text=entry["text"].format(years=told), options=entry["options"]
    )


def _series_suggestion(occupation: str) -> NextQuestion:
    """Suggest the usual series for an occupation, first among the options, to be confirmed."""
    series = occupations()[occupation]
    options = _policy_options("series") or []
    return NextQuestion(
        fact="series",
        text=questions()["series_suggested"]["text"].format(occupation=occupation, series=series),
        options=[series, *(o for o in options if o != series)],
    )


def _from_config(key: str, fact: str) -> NextQuestion:
    entry, words = questions()[key], _policy_words()
    options = _policy_options(key) or [option.format(**words) for option in entry["options"]]
    return NextQuestion(fact=fact, text=entry["text"].format(**words), options=options)


def _date_question(key: str, today: dt.date, **values: str) -> NextQuestion:
    years = [f"{today.year - n}年" for n in range(RECENT_YEARS_OFFERED, 0, -1)]
    return NextQuestion(fact=key, text=questions()[key]["text"].format(**values), options=years)


# 有绝活的能不能特殊评审 / 能走绿色通道吗: ways for skilled workers to a title, asked about as a rule
_SKILL_SIDE_CONCEPTS = {"绿色通道", "绝招绝技绝活"}
# 实习指导老师能走技能这条路评职称吗: a series named with no title of it is a title wished for by a skilled worker
# (技能人才能考哪些职业资格证？二建算不算: an exam, asked about by a skilled worker)
_SKILL_SIDE_KINDS = {"skill_level", "honour", "series", "exam"}


def own_case_question(named: list[LexiconEntry], organiser: bool = False, a_trade_asked: bool = False) -> NextQuestion:
    """高级技师可以评高级工程师吗 / 正高级工程师还能申请高级技师吗: after the rule is quoted, the first question of
    the asker's own check — the skill level held (also when a trade asks: 灯光师也能评职称？), or the title held when
    only titles are named, or the matter asked about when nothing of a case is named (贯通咋弄); for an organiser
    (我们是州人社局职称科的，想咨询…评审组织方面的问题), which matter of their evaluation it is."""
    kinds_named = {entry.kind for entry in named}
    levels = [entry.kind for entry in named if entry.kind in ("skill_level", "title_level", "series_title")]
    if organiser:
        key, fact = "organisers_case", "organiser_topic"
    elif levels and levels[0] != "skill_level" and "skill_level" in levels:
        # 正高级工程师可以申请高级技师评价吗: the title comes first, the route from it
        key, fact = "own_case", "title_held"
    elif (
        a_trade_asked
        or kinds_named & _SKILL_SIDE_KINDS
        or any(entry.canonical in _SKILL_SIDE_CONCEPTS for entry in named)
    ):
        key, fact = "own_case", "skill_certificates"
    elif kinds_named & {"title_level", "series_title"}:
        key, fact = "own_case", "title_held"
    else:  # 贯通咋弄: nothing of a case named, so the check starts where it always does
        key, fact = "own_case", "track"
    question = _from_config(fact, fact)
    text = questions()[key]["text"].format(question=question.text)
    return NextQuestion(fact=question.fact, text=text, options=question.options)


def ambiguity_question(surface: str, readings: list[str]) -> NextQuestion:
    return NextQuestion(
        fact="ambiguity",
        text=questions()["ambiguity"]["text"].format(surface=surface),
        options=[_reading_label(r) for r in readings],
    )


def _reading_label(reading: str) -> str:
    """高级工程师 → 高级工程师（职称）, 高级工 → 高级工（技能等级）: the reply must contain the reading."""
    kind = "技能等级" if reading in skill_ladder() else "职称"
    return f"{reading}（{kind}）"
