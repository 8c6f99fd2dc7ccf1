"""Fact extraction: free Chinese text → updates to the rules' facts.

Names of levels, titles, series, exams, honours and places come from the domain lexicon
(`corpus/data/lexicon.toml`, the one source of truth); dates and durations from
`assistant.timeparse`. Nothing is guessed: a word with several readings (高工) becomes an
`Ambiguity` to ask about, and a yes/no reply only counts for the question just asked.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from assistant.config import load_config
from assistant.timeparse import digits_for_numerals, parse_date, parse_duration_years
from corpus.lexicon import LexiconMatch, load_lexicon
from corpus.normalise import normalise_text
from rules import load_parameters
from rules.facts import NO_TITLE

DATE_QUESTIONS = ("skill_certificates_obtained", "title_obtained")


def skill_ladder() -> list[str]:
    """Skill levels, lowest first: the rules' parameter, not a copy."""
    return load_parameters().value("skill_levels")


def title_ladder() -> list[str]:
    return load_parameters().value("title_levels")


# Words right before a level that make it something the person HAS, or WANTS.
_HELD_BEFORE = re.compile(
    r"(我是|现在是|目前是|已经是|是|有|持有|(?<![想能要])拿|拿了|拿的|拿到了?|取得了?|获得了?|考了|考过|考取了?|"
    r"考下了?|评了|评上了?|评过|评的|当上了?)\s*(?:个|一个|了)?\s*$"
)
_WANT_BEFORE = re.compile(r"(评|申报|申请|报|考|升|晋|冲|够|上|转|想|要|能|可以|打算|准备|参加)[^，,。；;？?！!]{0,6}$")
_NEGATION_BEFORE = re.compile(r"(没有|没|无|不是|未|还没|还没有|并非)[^，,。；;]{0,3}$")
_HELD_AFTER = re.compile(
    r"^\s*(证|证书|资格)?\s*(是|已经|有|拿|考|取得)?[^，,。；;？?]{0,6}(拿的|取得的|考的|评的|获得的|年了|了)"
)
_CLAUSE_SPLIT = re.compile(r"[，,。；;！!？?\n]")

_YES = re.compile(
    r"^(是|是的|对|对的|有|有的|嗯|好|够|够了|满足|符合|一直|一直在做|一直是|可以|当然|没错|yes|y)\b|^(是|有|够|对)"
)
_NO = re.compile(r"^(不是|没有|没|否|不|无|不够|不满足|不符合|中断|有中断|断过|no|n)\b|^(不|没|无)")
_UNKNOWN = re.compile(r"不清楚|不知道|不确定|说不准|不记得|忘了")

_REVIEW_ALL_PASS = re.compile(
    r"(都|全|均|全部|每年都|三年都|3年都|一直)(是)?(考核)?合格|考核(都|全|均)?合格|没有不合格"
)
_REVIEW_BASIC = re.compile(r"基本合格")
_REVIEW_FAIL = re.compile(r"(?<!基本)不合格")

_APPLICANTS = re.compile(r"(\d+)\s*(?:个|名|位)?\s*(?:高技能人才|技能人才|人|位|名)")
_WORK_YEARS_CUE = re.compile(r"(累计|参加工作|工作了|工龄|干了|从业|做了)")
_OTHER_PROVINCE = re.compile(r"(外省|其他省|别的省|省外|不是云南|不在云南)")
_FRONT_LINE = re.compile(r"绝招|绝技|绝活")
_DIPLOMA = re.compile(r"(相关|对口)专业.{0,4}(毕业|文凭|学历|证书)|(毕业|文凭).{0,4}(相关|对口)")
_NEW_OCCUPATION = re.compile(r"新兴职业|新职业|新兴领域")
_TECH_WORK_BROKEN = re.compile(r"(中断|转岗|没干了|不干了|离开了?一线|换了?行|没有从事|没再)")
_TECH_WORK_KEPT = re.compile(r"(一直|始终|持续)(在)?(从事|做|干|一线|岗|教|带|搞|车间|工作)")
_STANDARD_MET = re.compile(r"(年限|年头|工龄).{0,10}(已经)?(达到|够了|满足|符合)")
_STANDARD_NOT_MET = re.compile(r"(年限|年头|工龄).{0,10}((?<!够)不够(?!不)|没达到|没有达到|不满足|不符合)")
_SERIES_BEFORE_WORD = re.compile(r"([\u4e00-\u9fa5]{2})系列")
_NOT_SERIES_NAMES = {"职称", "哪些", "什么", "哪个", "这个", "那个", "其他", "其它", "别的", "贯通", "所有", "各个"}
_NONE_HELD = re.compile(r"(没有|没|无)(任何)?(技能)?(等级)?(证书|证|等级)")
_NO_HONOUR = re.compile(r"(都没有|没有获得|没获得|没有荣誉|没得过|都不是)")
_NO_HONOUR_SAID = re.compile(r"(没有|没|无)(获得过?|得过|拿过)?(什么|任何)?(荣誉|奖项|称号|奖)")
_ORGANISER = re.compile(
    r"评审组|评委|评审委员会|单设|单独分组|组织.{0,2}评审|自主评审|自主开展|"
    r"(企业|公司|单位|厂).{0,4}(自己|自主)(评|开展)"
)
_OTHER_SERIES = re.compile(r"其他系列|别的系列|其它系列")
# How a person names the track when no level says it (the quick replies among them).
_TRACK_WORDS = (
    ("title_to_skill", re.compile(r"(有职称|专业技术人员|专技人员).{0,8}(评|考|申报).{0,4}(技能|等级|工种)")),
    ("qualification_exam", re.compile(r"职业资格考试|考.{0,6}职业资格|资格考试")),
    ("skill_to_title", re.compile(r"(技能人才|工人|技术工人|高技能人才).{0,4}(评|申报).{0,2}职称|评职称")),
)
_EXAM_CUE = re.compile(r"考|报|资格|证")
_OBTAINED_CUE = re.compile(r"拿|取得|考|获得|评|发证")


@dataclass
class Ambiguity:
    surface: str
    readings: list[str]  # canonical names, usual first


@dataclass
class Extraction:
    """What one message says. `updates` are Facts fields; `corrected_date` applies to the last certificate."""

    updates: dict[str, Any] = field(default_factory=dict)
    held_skills: list[dict] = field(default_factory=list)  # [{"level", "obtained"?, "years_held"?}]
    adds_skills: bool = False  # 还有 / 另外: add to, do not replace, the certificates said before
    corrected_date: str | None = None
    occupation: str | None = None  # e.g. 电工: only ever a suggested series, never a fact
    ambiguities: list[Ambiguity] = field(default_factory=list)
    domain_terms: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.updates or self.held_skills or self.corrected_date or self.ambiguities)


def _role(text: str, match: LexiconMatch) -> str:
    """'held', 'wanted' or 'negated' for a level mentioned at `match`."""
    before = text[max(0, match.start - 8) : match.start]
    clause_before = _CLAUSE_SPLIT.split(before)[-1]
    if _NEGATION_BEFORE.search(clause_before):
        return "negated"
    if _HELD_BEFORE.search(clause_before):
        return "held"
    if _WANT_BEFORE.search(clause_before):
        return "wanted"
    after = text[match.end : match.end + 12]
    if _HELD_AFTER.match(after):
        return "held"
    return "wanted" if re.match(r"^[^，,。；;]{0,2}(吗|么|呢|？|\?)", after) else "held"


def _clause_of(text: str, position: int) -> str:
    start = max((m.end() for m in _CLAUSE_SPLIT.finditer(text, 0, position)), default=0)
    end_match = _CLAUSE_SPLIT.search(text, position)
    return text[start : end_match.start() if end_match else len(text)]


def extract(message: str, today: dt.date, pending_fact: str | None = None) -> Extraction:
    text = digits_for_numerals(normalise_text(message))
    result = Extraction()
    matches = load_lexicon().find(text)
    result.domain_terms = [m.entry.canonical for m in matches if m.entry.kind not in ("city", "province")]
    _levels_and_titles(text, matches, today, result, pending_fact)
    _places_exams_honours(text, matches, result, pending_fact)
    _reviews(text, result)
    _flags(text, result)
    _numbers(text, today, result, pending_fact)
    _organiser(text, result)
    if pending_fact:
        _reply_to_pending(text, pending_fact, result)
    _infer_track(text, matches, result)
    result.occupation = next((o for o in occupations() if o in text), None)
    return result


@functools.cache
def occupations() -> dict[str, str]:
    """Occupation → suggested series (config, not policy), longest name first."""
    data = load_config("occupations")
    pairs = {name: series for series, entry in data.items() for name in entry["occupations"]}
    return dict(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


def _levels_and_titles(
    text: str, matches: list[LexiconMatch], today: dt.date, result: Extraction, pending_fact: str | None
) -> None:
    negated_skill = False
    for match in matches:
        entry, role = match.entry, _role(text, match)
        if pending_fact == "target_level" and role == "held":
            role = "wanted"  # "中级" in reply to "您想申报哪一级？"
        if entry.kind == "ambiguous":
            result.ambiguities.append(Ambiguity(match.surface, list(entry.ambiguous)))
        elif entry.kind == "skill_level":
            negated_skill |= role == "negated"
            if role == "held" and all(c["level"] != entry.canonical for c in result.held_skills):
                clause = _clause_of(text, match.start)
                certificate = {"level": entry.canonical}
                if obtained := parse_date(clause, today):
                    certificate["obtained"] = obtained
                elif (years := parse_duration_years(clause)) is not None:
                    certificate["years_held"] = years
                result.held_skills.append(certificate)
            elif role == "wanted":
                result.updates["target_level"] = entry.canonical
        elif entry.kind in ("title_level", "series_title"):
            level = entry.level or entry.canonical
            if entry.series:
                result.updates.setdefault("series", entry.series)
            if role == "held":
                result.updates["title_held"] = level
                if obtained := parse_date(_clause_of(text, match.start), today):
                    result.updates["title_obtained"] = obtained
            elif role == "wanted":
                result.updates["target_level"] = level
    undated = [c for c in result.held_skills if len(c) == 1]
    if len(result.held_skills) == 1 and undated and _OBTAINED_CUE.search(text):
        if obtained := parse_date(text, today):
            undated[0]["obtained"] = obtained
    if result.held_skills and re.search(r"还有|另外|也有|同时有", text):
        result.adds_skills = True
    none_held = _NONE_HELD.search(text)
    if none_held and "职称" in text[max(0, none_held.start() - 4) : none_held.end() + 4]:
        none_held = None  # 没有职称证书: about a title, not skill certificates
    if not result.held_skills and (negated_skill or none_held):
        result.updates["skill_certificates"] = []
    if (
        not result.held_skills
        and not matches
        and (_OBTAINED_CUE.search(text) or pending_fact in DATE_QUESTIONS)
        and (date := parse_date(text, today))
    ):
        result.corrected_date = date


def _places_exams_honours(text: str, matches: list[LexiconMatch], result: Extraction, pending_fact: str | None) -> None:
    for match in matches:
        entry = match.entry
        if entry.kind == "province" or entry.kind == "city":
            result.updates["province"] = entry.canonical
        elif entry.kind == "series":
            result.updates["series"] = entry.canonical
        elif entry.kind == "exam" and (_EXAM_CUE.search(text) or pending_fact == "exam"):
            result.updates["exam"] = entry.canonical
    honours = [
        {"name": m.name, "level": m.level}
        for m in load_lexicon().honours_in(text)
        if _NEGATION_BEFORE.search(text[max(0, m.start - 8) : m.start]) is None
    ]
    if honours:
        result.updates["honours"] = [dict(pair) for pair in dict.fromkeys(tuple(h.items()) for h in honours)]
    elif _NO_HONOUR_SAID.search(text):
        result.updates["honours"] = []
    named_series = [m for m in matches if m.entry.kind in ("series", "series_title")]
    series = _SERIES_BEFORE_WORD.search(text)
    if not named_series and series and series.group(1) not in _NOT_SERIES_NAMES:
        result.updates["series"] = series.group(1)  # a series outside the lexicon, e.g. 卫生系列
    if _OTHER_PROVINCE.search(text):
        result.updates["province"] = "其他"
    if _OTHER_SERIES.search(text):
        result.updates["series"] = "其他"


def _reviews(text: str, result: Extraction) -> None:
    if _REVIEW_BASIC.search(text) or _REVIEW_FAIL.search(text):
        result.updates["annual_reviews_all_pass"] = False
        results = ["基本合格"] * len(_REVIEW_BASIC.findall(text)) + ["不合格"] * len(_REVIEW_FAIL.findall(text))
        result.updates["annual_review_results"] = results[:3]
    elif _REVIEW_ALL_PASS.search(text):
        result.updates["annual_reviews_all_pass"] = True
        result.updates["annual_review_results"] = ["合格", "合格", "合格"]


_POST_MISMATCH = re.compile(r"(岗位|工种).{0,4}(不对应|不一致|不对口|对不上)|不是(现在|本|现)的?岗位")
_POST_MATCH = re.compile(
    r"(现在?|本)的?(工作)?岗位.{0,3}(对应|相应|一致|对口)|(对应|相应).{0,3}(现在?|本)的?(工作)?岗位|"
    r"(现在?|本)的?岗位(的|对应的)?工种"
)


_NO_TITLE = re.compile(r"(没有|没|无|还没有?)(评过|评上|评|拿到|拿过|取得)?(任何)?职称")


def _flags(text: str, result: Extraction) -> None:
    if _NO_TITLE.search(text) and "title_held" not in result.updates:
        result.updates["title_held"] = NO_TITLE
    if _POST_MISMATCH.search(text):
        result.updates["occupation_matches_post"] = False
    elif _POST_MATCH.search(text):
        result.updates["occupation_matches_post"] = True
    if match := _FRONT_LINE.search(text):
        negated = _NEGATION_BEFORE.search(text[max(0, match.start() - 6) : match.start()])
        result.updates["front_line_mastery"] = not negated
    if _DIPLOMA.search(text):
        result.updates["related_major_diploma"] = True
    if _NEW_OCCUPATION.search(text):
        result.updates["new_occupation"] = True
    if re.search(r"够不够|达没达到|不清楚|不知道", text):
        pass  # said, but not known: stays unknown
    elif _STANDARD_NOT_MET.search(text):
        result.updates["meets_occupation_standard"] = False
    elif _STANDARD_MET.search(text):
        result.updates["meets_occupation_standard"] = True
    if broken := _TECH_WORK_BROKEN.search(text):
        result.updates["technical_work_interrupted"] = True
        if (gap := parse_duration_years(_clause_of(text, broken.start()))) is not None:
            result.updates["technical_work_gap_years"] = gap
    elif _TECH_WORK_KEPT.search(text):
        result.updates["technical_work_interrupted"] = False


_SELF_EVALUATION = re.compile(r"自主评审|自主开展|自主评价|自己评|自己组织|自行评审")
_SEPARATE_PANEL = re.compile(r"单设|单独分组|单独评审|评审组|分组")
_ABOVE_SCALE = re.compile(r"规模以上|规上")
_SMALL_ENTERPRISE = re.compile(r"小企业|小厂|小公司|规模以下|不是规模以上")


def _organiser(text: str, result: Extraction) -> None:
    if _SELF_EVALUATION.search(text):
        result.updates["organiser_topic"] = "enterprise_self_evaluation"
    elif _SEPARATE_PANEL.search(text):
        result.updates["organiser_topic"] = "separate_panel"
    if _SMALL_ENTERPRISE.search(text):
        result.updates["enterprise_above_scale"] = False
    elif _ABOVE_SCALE.search(text):
        result.updates["enterprise_above_scale"] = True


def _numbers(text: str, today: dt.date, result: Extraction, pending_fact: str | None) -> None:
    if (_ORGANISER.search(text) or pending_fact == "applicant_count") and (m := _APPLICANTS.search(text)):
        result.updates["applicant_count"] = int(m.group(1))
    work_clause = next((c for c in _CLAUSE_SPLIT.split(text) if _WORK_YEARS_CUE.search(c)), None)
    if pending_fact == "cumulative_work_years":
        work_clause = work_clause or text
    if work_clause and not result.held_skills and (years := parse_duration_years(work_clause)) is not None:
        result.updates["cumulative_work_years"] = years
    if pending_fact == "technical_work_gap_years" and (gap := parse_duration_years(text)) is not None:
        result.updates["technical_work_gap_years"] = gap
        result.updates["technical_work_interrupted"] = True


_BOOLEAN_FACTS = (
    "front_line_mastery",
    "major_contribution",
    "related_major_diploma",
    "meets_occupation_standard",
    "occupation_matches_post",
    "new_occupation",
    "annual_reviews_all_pass",
    "enterprise_above_scale",
)


def _reply_to_pending(text: str, pending_fact: str, result: Extraction) -> None:
    """Short replies (是 / 没有 / 不清楚) answer the question just asked, and only that one."""
    reply = text.strip().lower()
    if pending_fact in _BOOLEAN_FACTS and pending_fact not in result.updates:
        if _UNKNOWN.search(reply):
            result.updates[pending_fact] = None
        elif _NO.match(reply):
            result.updates[pending_fact] = False
        elif _YES.match(reply):
            result.updates[pending_fact] = True
    elif (
        pending_fact == "honours" and "honours" not in result.updates and (_NO_HONOUR.search(reply) or _NO.match(reply))
    ):
        result.updates["honours"] = []
    elif pending_fact == "skill_certificates" and not result.held_skills and _NO.match(reply):
        result.updates["skill_certificates"] = []


def _infer_track(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    updates = result.updates
    target = updates.get("target_level")
    if _ORGANISER.search(text) or "applicant_count" in updates:
        updates["track"] = "organiser"
    elif "exam" in updates:
        updates["track"] = "qualification_exam"
    elif target in title_ladder() or (result.held_skills and "职称" in text):
        updates["track"] = "skill_to_title"
    elif target in skill_ladder() and "title_held" in updates:
        updates["track"] = "title_to_skill"
    else:
        track = next((name for name, pattern in _TRACK_WORDS if pattern.search(text)), None)
        if track:
            updates["track"] = track
