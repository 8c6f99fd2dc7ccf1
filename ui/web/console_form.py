"""The operator console's form: its fields, and the facts they stand for, both ways.

Every choice comes from the rules' parameters and labels (levels, grades, series, honours, exams),
never a copy. A field left at "不知道" is a fact not known yet (None), which the engine asks about;
"没有" is a known none ([] for certificates and honours). `facts_from_form` turns the form's
values into a facts dict for `rules.Facts`; `form_from_facts` fills the form from facts (a chat
session's), so the two views hold the same case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rules import Facts
from rules.labels import label, load_labels
from rules.parameters import load_parameters

UNKNOWN = ""  # the value of every "不知道 / 未说明" choice
NONE_HELD = "none"  # "没有": a known none
YES, NO = "yes", "no"
TRI_CHOICES = [("不知道", UNKNOWN), ("是", YES), ("否", NO)]
CERTIFICATE_ROWS = 3
REVIEW_YEARS = ("最近一年", "前一年", "再前一年")
_YEARS_HELD = re.compile(r"约?\s*(\d+(?:\.\d+)?)\s*年")


@dataclass(frozen=True)
class Field:
    """One input of the form; `key` is a Facts field for the simple ones."""

    key: str
    label: str
    kind: str  # "choice" | "tri" | "text" | "number"
    choices: list[tuple[str, str]] = field(default_factory=list)
    custom: bool = False  # a choice that also takes typed text (another series, another exam)
    placeholder: str = ""
    row: str = ""  # fields with the same row sit side by side

    @property
    def elem_id(self) -> str:
        return f"c-{self.key.replace('_', '-')}"


def _p(name: str):
    return load_parameters().value(name)


def _unknown(words: str = "不知道") -> list[tuple[str, str]]:
    return [(words, UNKNOWN)]


def _named(values: list[str]) -> list[tuple[str, str]]:
    return [(value, value) for value in values]


def _fact(key: str, kind: str, **extra) -> Field:
    return Field(key, label("fields", key), kind, **extra)


DATE_HINT = "如 2021、2021-06 或 2021-06-15"


def case_fields() -> list[Field]:
    """What the caller wants and where: the track, the level, the place, the series."""
    tracks = [(text, track) for track, text in load_labels()["tracks"].items()]
    return [
        _fact("track", "choice", choices=_unknown("未说明") + tracks),
        _fact(
            "target_level",
            "choice",
            choices=_unknown("未说明") + _named(_p("title_levels") + _p("skill_levels")),
            custom=True,
        ),
        _fact("province", "choice", choices=[*_unknown("未说明"), ("云南", "云南")], custom=True),
        _fact("series", "choice", choices=_unknown("未说明") + _named(_p("integrated_series")), custom=True),
        _fact("new_occupation", "tri", choices=TRI_CHOICES),
    ]


def certificate_fields() -> list[Field]:
    """Up to three certificates (a higher level counts as the lower ones from its own date)."""
    rows = []
    for row in range(CERTIFICATE_ROWS):
        levels = _unknown("—") + ([("没有证书", NONE_HELD)] if row == 0 else []) + _named(_p("skill_levels"))
        rows += [
            Field(f"cert_level_{row}", f"证书{row + 1}：等级", "choice", choices=levels, row=f"cert{row}"),
            Field(
                f"cert_when_{row}",
                "取得时间",
                "text",
                placeholder="如 2021-06，或持证“3.5年”",
                row=f"cert{row}",
            ),
        ]
    return rows


def work_and_review_fields() -> list[Field]:
    grades = _p("annual_review_grades")
    return [
        _fact("technical_work_interrupted", "tri", choices=TRI_CHOICES),
        _fact("technical_work_gap_years", "number", placeholder="如 1.5"),
        _fact("annual_reviews_all_pass", "tri", choices=TRI_CHOICES),
        *(
            Field(
                f"review_{index}",
                f"考核：{year}",
                "choice",
                choices=_unknown() + _named(grades["passing"] + grades["failing"]),
                row="reviews",
            )
            for index, year in enumerate(REVIEW_YEARS)
        ),
    ]


def honour_and_title_fields() -> list[Field]:
    honours = [entry["honour"] for entry in _p("green_channel_honours")]
    return [
        Field(
            "honour_name",
            "荣誉或认定",
            "choice",
            choices=[*_unknown(), ("没有", NONE_HELD), *_named(honours)],
            custom=True,
            row="honour",
        ),
        Field(
            "honour_level", "荣誉级别", "choice", choices=_unknown("未说明") + _named(_p("honour_levels")), row="honour"
        ),
        _fact("wants_direct_application", "tri", choices=TRI_CHOICES),
        _fact("front_line_mastery", "tri", choices=TRI_CHOICES),
        _fact("major_contribution", "tri", choices=TRI_CHOICES),
        _fact(
            "title_held", "choice", choices=[*_unknown(), ("没有职称", "无"), *_named(_p("title_levels"))], row="title"
        ),
        _fact("title_obtained", "text", placeholder=DATE_HINT, row="title"),
    ]


def title_to_skill_fields() -> list[Field]:
    return [
        _fact("occupation_matches_post", "tri", choices=TRI_CHOICES),
        _fact("meets_occupation_standard", "tri", choices=TRI_CHOICES),
        _fact("related_major_diploma", "tri", choices=TRI_CHOICES),
        _fact("cumulative_work_years", "number", placeholder="如 8"),
    ]


def exam_and_organiser_fields() -> list[Field]:
    topics = [(label("routes", topic), topic) for topic in ("separate_panel", "enterprise_self_evaluation")]
    return [
        _fact("exam", "choice", choices=_unknown("未说明") + _named(_p("qualification_exams")), custom=True),
        _fact("organiser_topic", "choice", choices=_unknown("未说明") + topics),
        _fact("applicant_count", "number", placeholder="如 5"),
        _fact("enterprise_above_scale", "tri", choices=TRI_CHOICES),
    ]


SECTIONS = (
    ("来电人要办的事", case_fields),
    ("职业技能等级证书", certificate_fields),
    ("技术技能工作和年度考核", work_and_review_fields),
    ("荣誉和职称", honour_and_title_fields),
    ("有职称的人评技能", title_to_skill_fields),
    ("职业资格考试、组织评审", exam_and_organiser_fields),
)


def all_fields() -> list[Field]:
    return [f for _, fields in SECTIONS for f in fields()]


def empty_form() -> dict[str, Any]:
    return dict.fromkeys((f.key for f in all_fields()), UNKNOWN)


# form → facts ----------------------------------------------------------------------------------

_COMPOSITE_KEYS = re.compile(r"cert_(level|when)_\d|review_\d|honour_(name|level)")


def facts_from_form(values: dict[str, Any]) -> dict[str, Any]:
    """The facts the form says; what is left unknown is not in the dict."""
    facts: dict[str, Any] = {}
    for item in all_fields():
        if _COMPOSITE_KEYS.fullmatch(item.key):
            continue
        value = _value(item, values.get(item.key))
        if value is not None:
            facts[item.key] = value
    for name, value in (
        ("skill_certificates", _certificates(values)),
        ("annual_review_results", _reviews(values)),
        ("honours", _honours(values)),
    ):
        if value is not None:
            facts[name] = value
    return facts


def _value(item: Field, raw: Any) -> Any:
    if item.kind == "tri":
        return {YES: True, NO: False}.get(raw)
    text = (raw or "").strip()
    if item.kind == "number" and text:
        return _number(text)
    return text or None


def _number(text: str) -> float | int | str:
    """A number as typed; what is not one is passed on as typed, for the facts to reject."""
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


def _certificates(values: dict[str, Any]) -> list[dict[str, Any]] | None:
    if values.get("cert_level_0") == NONE_HELD:
        return []
    certificates = []
    for row in range(CERTIFICATE_ROWS):
        level = values.get(f"cert_level_{row}")
        if not level or level == NONE_HELD:
            continue
        when = (values.get(f"cert_when_{row}") or "").strip()
        years = _YEARS_HELD.fullmatch(when)
        if years:
            certificates.append({"level": level, "years_held": float(years.group(1))})
        else:
            certificates.append({"level": level, "obtained": when or None})
    return certificates or None


def _reviews(values: dict[str, Any]) -> list[str] | None:
    """The grades from the most recent year back, a year not said between two said ones "unknown"."""
    grades = [values.get(f"review_{index}") or "unknown" for index in range(len(REVIEW_YEARS))]
    while grades and grades[-1] == "unknown":
        grades.pop()
    return grades or None


def _honours(values: dict[str, Any]) -> list[dict[str, Any]] | None:
    name = (values.get("honour_name") or "").strip()
    if not name:
        return None
    if name == NONE_HELD:
        return []
    return [{"name": name, "level": values.get("honour_level") or None}]


# facts → form ----------------------------------------------------------------------------------


def form_from_facts(facts: Facts) -> dict[str, Any]:
    """The form filled with `facts` (a chat session's), everything else left unknown."""
    form = empty_form()
    for item in all_fields():
        if item.key in Facts.model_fields:
            form[item.key] = _shown(item, getattr(facts, item.key))
    for row, certificate in enumerate((facts.skill_certificates or [])[:CERTIFICATE_ROWS]):
        form[f"cert_level_{row}"] = certificate.level
        held = f"{certificate.years_held:g}年" if certificate.years_held is not None else ""
        form[f"cert_when_{row}"] = certificate.obtained or held
    if facts.skill_certificates == []:
        form["cert_level_0"] = NONE_HELD
    for index, grade in enumerate((facts.annual_review_results or [])[: len(REVIEW_YEARS)]):
        form[f"review_{index}"] = UNKNOWN if grade == "unknown" else grade
    if facts.honours == []:
        form["honour_name"] = NONE_HELD
    elif facts.honours:
        form["honour_name"], form["honour_level"] = facts.honours[0].name, facts.honours[0].level or UNKNOWN
    return form


def _shown(item: Field, value: Any) -> Any:
    if item.kind == "tri":
        return {True: YES, False: NO}.get(value, UNKNOWN)
    if value is None:
        return UNKNOWN
    return f"{value:g}" if item.kind == "number" else value
