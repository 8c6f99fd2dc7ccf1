"""Dialogue state: what one conversation has established so far. Serialisable, stored by the service."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.reading import honours as honours_reading
from assistant.reading.facts import Extraction
from assistant.reading.mentions import skill_ladder
from rules import load_parameters


class Turn(BaseModel):
    role: str  # "user" or "assistant"
    text: str


class PendingAmbiguity(BaseModel):
    surface: str  # what the user typed, e.g. 高工
    readings: list[str]  # canonical names, usual first
    message: str  # the message it was in, re-read once the user picks a reading


class SeveralPeople(BaseModel):
    """A message about several people (张三…李四…分别能评什么), kept so that 那李四呢 reads it again for 李四."""

    message: str
    names: list[str]
    current: str


class DialogueState(BaseModel):
    facts: dict[str, Any] = Field(default_factory=dict)
    fact_sources: dict[str, str] = Field(default_factory=dict, description="fact name → the words it came from")
    pending_fact: str | None = None  # what the last question asked for
    pending_options: list[str] = Field(default_factory=list, description="the last question's quick replies")
    pending_text: str = Field("", description="the last question's words")
    pending_ambiguity: PendingAmbiguity | None = None
    several_people: SeveralPeople | None = None
    unsure: list[str] = Field(default_factory=list, description="facts the person could not say: not asked again")
    asked_again: list[str] = Field(
        default_factory=list, description="facts left unsure, asked once more before the check stopped on them"
    )
    clarified: str | None = None  # the open question already asked again once in other words
    dates_offered: list[str] = Field(
        default_factory=list, description="20年还是21年, asked when the certificate came: the two dates offered"
    )
    dates_offered_twice: bool = False  # said again when asked once more: the later one is counted
    title_offered: str | None = None  # the title the level held reaches, offered once after a no to a higher one
    asked_about: dict[str, Any] = Field(
        default_factory=dict,
        description="the level and route a rule question asked about, taken as the person's wish if they go on to "
        "their own case (高级技师评高工得等几年 → 铸造工高级技师)",
    )
    occupation: str | None = None  # only ever used to suggest a series, never as a fact
    disclaimer_shown: bool = False
    turns: list[Turn] = Field(default_factory=list)

    def apply(self, extraction: Extraction) -> None:
        """Merge what a message said; a later statement (or a correction) overrides an earlier one."""
        for name, value in extraction.updates.items():
            if name == "annual_review_results":
                value = self._reviews_completed(value)
            if name == "honours" and value and self._adds_honours(extraction):
                value = self._honours_added(value)
            self._set(name, value, extraction.spans.get(name, ""))
        if extraction.held_skills:
            self._set(
                "skill_certificates",
                self._merged_certificates(extraction),
                extraction.spans.get("skill_certificates", ""),
            )
        if extraction.corrected_date or extraction.corrected_years_held is not None:
            self._correct_date(
                extraction.corrected_date, extraction.corrected_years_held, extraction.spans.get("corrected_date", "")
            )
        if extraction.occupation:
            self.occupation = extraction.occupation
        if extraction.updates.get("province") and "honours" not in extraction.updates:
            self._honours_placed(extraction.updates["province"])

    def _honours_placed(self, province: str) -> None:
        """去年被市政府认定为高精尖缺 … (asked the province) 上海: 市 was a municipality's government, so the honour
        said before is read again in its words, now that the province is known."""
        said = self.facts.get("honours") or []
        if not any(honour.get("level") == "市级" for honour in said):
            return
        again = Extraction()
        honours_reading.read(self.fact_sources.get("honours", ""), again, province)
        levels = {honour["name"]: honour["level"] for honour in again.updates.get("honours") or []}
        self.facts["honours"] = [
            {**honour, "level": levels.get(honour["name"], honour["level"])}
            if honour.get("level") == "市级"
            else honour
            for honour in said
        ]

    def _reviews_completed(self, said: list[str]) -> list[str]:
        """前年那次其实是基本合格: one year corrected; the years not said keep what was said before. 25年的也合格,
        asked for the one year still missing: that year added."""
        before = self.facts.get("annual_review_results") or []
        years = load_parameters().value("annual_review_requirement")["years"]
        one_missing = self.pending_fact == "annual_review_results" and len(before) == years - 1
        if one_missing and len(said) == 1 and "unknown" not in before + said:
            return before + said
        return [
            before[i] if grade == "unknown" and i < len(before) and before[i] != "unknown" else grade
            for i, grade in enumerate(said)
        ] + before[len(said) :]

    def _adds_honours(self, extraction: Extraction) -> bool:
        """还有个全国五一劳动奖章 / 2018年 跟评上市劳模同一年 (asked when a level came): one more honour named, not
        a new answer to which honours."""
        asked_when = (
            self.pending_fact in ("skill_certificates_obtained", "title_obtained") and not extraction.correction
        )
        return extraction.adds_to_lists or asked_when

    def _honours_added(self, said: list[dict]) -> list[dict]:
        """还有个全国五一劳动奖章: one more honour, beside those said before."""
        before = self.facts.get("honours") or []
        return before + [honour for honour in said if honour not in before]

    def _set(self, name: str, value: Any, span: str) -> None:
        self.facts[name] = value
        self.fact_sources[name] = span
        if name in self.unsure:
            self.unsure.remove(name)

    def _merged_certificates(self, extraction: Extraction) -> list[dict]:
        before = {c["level"]: c for c in self.facts.get("skill_certificates") or []}
        if extraction.replaces_level and len(before) == 1 and len(extraction.held_skills) == 1:
            # 说错了，是高级技师不是技师: the level changes, the date said before stays
            (previous,) = before.values()
            said = extraction.held_skills[0]
            dropped = {"level", "years_held"} if "obtained" in said else {"level"}  # the date said replaces a length
            return [{**{k: v for k, v in previous.items() if k not in dropped}, **said}]
        merged = dict(before) if extraction.adds_to_lists else {}
        for certificate in extraction.held_skills:
            previous = before.get(certificate["level"], {})
            if "obtained" in previous and "obtained" not in certificate:
                certificate = {k: v for k, v in certificate.items() if k != "years_held"}  # 都拿了三年多了: restated
            elif "obtained" in certificate:
                previous = {k: v for k, v in previous.items() if k != "years_held"}  # the date said replaces a length
                if _said_again_less_precisely(certificate["obtained"], previous):
                    certificate = previous | {"level": certificate["level"]}
            merged[certificate["level"]] = {**previous, **certificate}
        return sorted(merged.values(), key=lambda c: skill_ladder().index(c["level"]))

    def count_from(self, date: str, span: str) -> None:
        """The certificate asked about counted from `date` (the later of two offered: the verdict says it assumed
        it)."""
        self._correct_date(date, None, span)

    def _correct_date(self, date: str | None, years_held: float | None, span: str) -> None:
        """ "不对，是2021年拿的" / "拿了六年了": the date belongs to the certificate (or title) being discussed."""
        certificates = self.facts.get("skill_certificates") or []
        if date and (self.pending_fact == "title_obtained" or (not certificates and self.facts.get("title_held"))):
            self._set("title_obtained", date, span)
        elif certificates:
            undated = [c for c in certificates if not c.get("obtained") and c.get("years_held") is None]
            certificate = (undated or certificates)[-1]
            if date and _said_again_less_precisely(date, certificate):
                return
            certificate.pop("years_held" if date else "obtained", None)
            certificate.update({"obtained": date} if date else {"years_held": years_held})
            self._set("skill_certificates", certificates, span)

    def reset(self) -> None:
        self.several_people = None
        self.facts.clear()
        self.fact_sources.clear()
        self.unsure.clear()
        self.asked_again.clear()
        self.dates_offered.clear()
        self.dates_offered_twice = False
        self.title_offered = None
        self.pending_fact = None
        self.pending_ambiguity = None
        self.asked_about.clear()
        self.occupation = None


def _said_again_less_precisely(date: str, certificate: dict) -> bool:
    """20年拿的证, after 2020年5月 was said: the year said again, not a new date (the month stays)."""
    return str(certificate.get("obtained", "")).startswith(date)
