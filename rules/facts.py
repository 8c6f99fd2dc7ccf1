"""The facts about one candidate (or one organiser) that the engine decides on.

Every field is optional: `None` means "not known yet", which is a state the engine reasons about
(it answers `need_info` and names the field), never an error. For list fields `None` means unknown
and `[]` means "none" (e.g. `honours=[]`: the person holds no honour).

The allowed levels, grades and honour levels are the rules' parameters (policy/parameters.yaml),
not copies: a value added there is accepted here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, field_validator, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from corpus.lexicon import load_lexicon
from rules.dates import parse_partial_date
from rules.parameters import load_parameters

Track = Literal["skill_to_title", "title_to_skill", "qualification_exam", "organiser"]
NO_TITLE = "无"  # title_held: the person holds no 职称 at all
OrganiserTopic = Literal["separate_panel", "enterprise_self_evaluation"]

if TYPE_CHECKING:  # for type checkers: plain strings; at run time: the parameters' values
    SkillLevel: TypeAlias = str
    TitleLevel: TypeAlias = str
    ReviewResult: TypeAlias = str
    HonourLevel: TypeAlias = str
else:
    _p = load_parameters()
    SkillLevel = Literal[tuple(_p.value("skill_levels"))]
    TitleLevel = Literal[tuple(_p.value("title_levels"))]
    HonourLevel = Literal[tuple(_p.value("honour_levels"))]
    _grades = _p.value("annual_review_grades")
    ReviewResult = Literal[tuple(_grades["passing"] + _grades["failing"] + ["unknown"])]

PARTIAL_DATE_HELP = "YYYY、YYYY-MM 或 YYYY-MM-DD；只知道年份或月份时按最晚的一天保守计算"
# The partial dates `parse_partial_date` reads, for the JSON schema (`guantong check --schema`, the API).
PARTIAL_DATE_FORMS: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": r"^[12][0-9]{3}(-(0?[1-9]|1[0-2]))?$"},
        {"type": "string", "format": "date"},
        {"type": "string", "pattern": r"^\s*$", "description": "空：不知道"},
        {"type": "null"},
    ]
}


def _checked_partial_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    parse_partial_date(value)  # raises ValueError with a Chinese message
    return value.strip()


class SkillCertificate(BaseModel):
    """One 职业资格 or 职业技能等级 certificate."""

    model_config = ConfigDict(extra="forbid")

    level: SkillLevel = Field(description="职业技能等级")
    obtained: str | None = Field(
        None, description=f"取得日期：{PARTIAL_DATE_HELP}", examples=["2019-07"], json_schema_extra=PARTIAL_DATE_FORMS
    )
    years_held: float | None = Field(None, ge=0, le=80, description="不知道取得日期时：已持证的年数")

    @field_validator("obtained")
    @classmethod
    def _check_obtained(cls, value: str | None) -> str | None:
        return _checked_partial_date(value)


class Honour(BaseModel):
    """One honour or recognition, with the level the person's words give it (None: not said).

    A plain string is read through the shared lexicon: "全国技术能手" → 技术能手 at 国家级,
    "省技术能手" → 技术能手 at 省级, "技术能手" → 技术能手 with the level unknown."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, description="荣誉名称，如 技术能手、政府特殊津贴、劳动模范", examples=["技术能手"])
    level: HonourLevel | None = Field(None, description="级别；不知道时为空", examples=["国家级"])

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        """The schema says what `_from_words` accepts: an honour as words, too."""
        words = {
            "type": "string",
            "pattern": r"\S",
            "description": "荣誉的说法，如“全国技术能手”",
            "examples": ["全国技术能手"],
        }
        return {"anyOf": [handler(core_schema), words]}

    @model_validator(mode="before")
    @classmethod
    def _from_words(cls, data: Any) -> Any:
        if not isinstance(data, str):
            return data
        mentions = load_lexicon().honours_in(data.strip())
        if not mentions:
            return {"name": data.strip()}
        return {"name": mentions[0].name, "level": mentions[0].level}


class Facts(BaseModel):
    """What is known about the person (or organiser) asking."""

    model_config = ConfigDict(extra="forbid")

    track: Track | None = Field(None, description="办理的事项：技能人员评职称、职称人员评技能、职业资格考试、组织评审")
    province: str | None = Field(None, description="所在省份，如“云南”；不知道时为空", examples=["云南"])
    skill_certificates: list[SkillCertificate] | None = Field(
        None, description="持有的职业资格或职业技能等级证书；空列表表示没有"
    )
    technical_work_interrupted: bool | None = Field(
        None, description="取证后是否离开过技术技能工作；不知道时按没有离开计算，并在结论里说明"
    )
    technical_work_gap_years: float | None = Field(
        None, ge=0, le=80, description="取证后离开技术技能工作的累计年数（从满年日期里顺延）"
    )
    annual_review_results: list[ReviewResult] | None = Field(
        None, max_length=3, description="现工作岗位近3年年度考核结果，最近一年在前"
    )
    annual_reviews_all_pass: bool | None = Field(None, description="近3年年度考核是否都合格（不知道逐年结果时的概括）")
    series: str | None = Field(None, description="想评的职称系列，如 工程、农业、技工院校教师", examples=["工程"])
    new_occupation: bool | None = Field(None, description="是否属于新兴职业、新兴领域")
    target_level: str | None = Field(None, description="想申报的职称等级或职业技能等级", examples=["中级", "技师"])
    title_held: TitleLevel | Literal["无"] | None = Field(None, description="已取得的职称等级；“无”表示没有职称")
    title_obtained: str | None = Field(
        None, description=f"取得职称的日期：{PARTIAL_DATE_HELP}", json_schema_extra=PARTIAL_DATE_FORMS
    )
    honours: list[Honour] | None = Field(None, description="获得的荣誉或认定（名称和级别）；空列表表示没有")
    wants_direct_application: bool | None = Field(None, description="是否问的是不看年限、直接申报（绿色通道）")
    front_line_mastery: bool | None = Field(None, description="是否具有绝招、绝技、绝活，并长期坚守在生产服务一线岗位")
    major_contribution: bool | None = Field(None, description="是否为国家经济发展和重大战略实施作出突出贡献")
    related_major_diploma: bool | None = Field(None, description="是否有所申报职业相关专业的毕业证书")
    cumulative_work_years: float | None = Field(None, ge=0, le=80, description="累计工作年限")
    meets_occupation_standard: bool | None = Field(
        None, description="累计工作年限是否已达到该职业（工种）国家职业技能标准的申报条件"
    )
    occupation_matches_post: bool | None = Field(None, description="申请评价的职业（工种）是否与现工作岗位相对应")
    exam: str | None = Field(None, description="想参加的专业技术人员职业资格考试，如 经济、会计", examples=["会计"])
    organiser_topic: OrganiserTopic | None = Field(
        None, description="组织评审问的是：单设高技能人才评审组，还是企业自主评审"
    )
    applicant_count: int | None = Field(None, ge=0, le=100000, description="组织评审时高技能人才申报人数")
    enterprise_above_scale: bool | None = Field(None, description="企业是否为规模以上企业")

    @property
    def held_title(self) -> str | None:
        """The title level held, or None: not known, or none held ("无")."""
        return None if self.title_held == NO_TITLE else self.title_held

    @field_validator("title_obtained")
    @classmethod
    def _check_title_obtained(cls, value: str | None) -> str | None:
        return _checked_partial_date(value)

    @field_validator("province", "series", "target_level", "exam")
    @classmethod
    def _strip(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        return value or None
