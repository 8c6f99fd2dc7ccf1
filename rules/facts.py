"""The facts about one candidate (or one organiser) that the engine decides on.

Every field is optional: `None` means "not known yet", which is a state the engine reasons about
(it answers `need_info` and names the field), never an error. For list fields `None` means unknown
and `[]` means "none" (e.g. `honours=[]`: the person holds none of the listed honours).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from rules.dates import parse_partial_date

Track = Literal["skill_to_title", "title_to_skill", "qualification_exam", "organiser"]
SkillLevel = Literal["初级工", "中级工", "高级工", "技师", "高级技师"]
TitleLevel = Literal["员级", "助理级", "中级", "副高级", "正高级"]
HeldTitle = Literal["助理级", "中级", "副高级", "正高级"]
ReviewResult = Literal["合格", "基本合格", "不合格", "unknown"]
Honour = Literal["中华技能大奖", "全国技术能手", "国家级技能大师工作室带头人", "省级以上政府特殊津贴",
                 "高精尖缺高技能人才"]

PARTIAL_DATE_HELP = "YYYY、YYYY-MM 或 YYYY-MM-DD；只知道年份或月份时按最晚的一天保守计算"


def _checked_partial_date(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    parse_partial_date(value)  # raises ValueError with a Chinese message
    return value.strip()


class SkillCertificate(BaseModel):
    """One 职业资格 or 职业技能等级 certificate."""

    model_config = ConfigDict(extra="forbid")

    level: SkillLevel = Field(description="职业技能等级")
    obtained: str | None = Field(None, description=f"取得日期：{PARTIAL_DATE_HELP}", examples=["2019-07"])
    years_held: float | None = Field(None, ge=0, le=80,
                                     description="不知道取得日期时：已持证的年数")

    @field_validator("obtained")
    @classmethod
    def _check_obtained(cls, value: str | None) -> str | None:
        return _checked_partial_date(value)


class Facts(BaseModel):
    """What is known about the person (or organiser) asking."""

    model_config = ConfigDict(extra="forbid")

    track: Track | None = Field(None, description="办理的事项：技能人员评职称、职称人员评技能、"
                                "职业资格考试、组织评审")
    province: str | None = Field(None, description="所在省份，如“云南”；不知道时为空",
                                 examples=["云南"])
    skill_certificates: list[SkillCertificate] | None = Field(
        None, description="持有的职业资格或职业技能等级证书；空列表表示没有")
    technical_work_since: bool | None = Field(
        None, description="取得证书后是否一直从事技术技能工作")
    annual_review_results: list[ReviewResult] | None = Field(
        None, max_length=3, description="现工作岗位近3年年度考核结果，最近一年在前")
    annual_reviews_all_pass: bool | None = Field(
        None, description="近3年年度考核是否都是合格（不知道逐年结果时的概括）")
    series: str | None = Field(None, description="想评的职称系列，如 工程、农业、技工院校教师",
                               examples=["工程"])
    target_level: str | None = Field(None, description="想申报的职称等级或职业技能等级",
                                     examples=["中级", "技师"])
    title_held: HeldTitle | None = Field(None, description="已取得的职称等级")
    title_obtained: str | None = Field(None, description=f"取得职称的日期：{PARTIAL_DATE_HELP}")
    honours: list[Honour] | None = Field(None, description="获得的荣誉或认定；空列表表示没有")
    front_line_mastery: bool | None = Field(
        None, description="是否具有绝招、绝技、绝活，并长期坚守在生产服务一线岗位")
    related_major_diploma: bool | None = Field(None, description="是否有所申报职业相关专业的毕业证书")
    cumulative_work_years: float | None = Field(None, ge=0, le=80, description="累计工作年限")
    meets_occupation_standard: bool | None = Field(
        None, description="累计工作年限是否已达到该职业（工种）国家职业技能标准的申报条件")
    new_occupation: bool | None = Field(None, description="是否属于新兴职业、新兴领域")
    exam: str | None = Field(None, description="想参加的专业技术人员职业资格考试，如 经济、会计",
                             examples=["会计"])
    applicant_count: int | None = Field(None, ge=0, le=100000,
                                        description="组织评审时高技能人才申报人数")

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
