"""Dialogue state: what one conversation has established so far. Serialisable, stored by the service."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.extract import Extraction, skill_ladder


class Turn(BaseModel):
    role: str  # "user" or "assistant"
    text: str


class PendingAmbiguity(BaseModel):
    surface: str  # what the user typed, e.g. 高工
    readings: list[str]  # canonical names, usual first
    message: str  # the message it was in, re-read once the user picks a reading


class DialogueState(BaseModel):
    facts: dict[str, Any] = Field(default_factory=dict)
    fact_sources: dict[str, str] = Field(default_factory=dict, description="fact name → the message it came from")
    pending_fact: str | None = None  # what the last question asked for
    pending_ambiguity: PendingAmbiguity | None = None
    occupation: str | None = None  # only ever used to suggest a series, never as a fact
    turns: list[Turn] = Field(default_factory=list)

    def apply(self, extraction: Extraction, message: str) -> None:
        """Merge what a message said; a later statement overrides an earlier one."""
        for name, value in extraction.updates.items():
            self._set(name, value, message)
        if extraction.held_skills:
            self._set("skill_certificates", self._merged_certificates(extraction), message)
        if extraction.corrected_date:
            self._correct_date(extraction.corrected_date, message)
        if extraction.occupation:
            self.occupation = extraction.occupation

    def _set(self, name: str, value: Any, message: str) -> None:
        self.facts[name] = value
        self.fact_sources[name] = message

    def _merged_certificates(self, extraction: Extraction) -> list[dict]:
        before = {c["level"]: c for c in self.facts.get("skill_certificates") or []}
        merged = dict(before) if extraction.adds_skills else {}
        for certificate in extraction.held_skills:
            previous = before.get(certificate["level"], {})
            merged[certificate["level"]] = {**previous, **certificate}
        return sorted(merged.values(), key=lambda c: skill_ladder().index(c["level"]))

    def _correct_date(self, date: str, message: str) -> None:
        """ "不对，是2021年拿的": the date belongs to the certificate (or title) being discussed."""
        certificates = self.facts.get("skill_certificates") or []
        if self.pending_fact == "title_obtained" or (not certificates and self.facts.get("title_held")):
            self._set("title_obtained", date, message)
        elif certificates:
            undated = [c for c in certificates if not c.get("obtained") and c.get("years_held") is None]
            certificate = (undated or certificates)[-1]
            certificate["obtained"] = date
            certificate.pop("years_held", None)
            self.fact_sources["skill_certificates"] = message

    def reset(self) -> None:
        self.facts.clear()
        self.fact_sources.clear()
        self.pending_fact = None
        self.pending_ambiguity = None
        self.occupation = None
