"""The verdict: what the engine decided, why, under which clauses, and what it still needs."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from rules.facts import Track

Outcome = Literal["eligible", "not_yet", "not_eligible", "need_info", "conditional"]
Status = Literal["met", "not_met", "unknown"]
Obligation = Literal["must", "may"]


class Condition(BaseModel):
    requirement: str = Field(description="What the rule requires, in Chinese.")
    fact: str = Field(description="The Facts field this condition was judged on.")
    status: Status
    clause_ids: list[str]
    detail: str = Field(description="What the fact was and how it was judged, in Chinese.")
    route: str = Field("ordinary", description="The route this condition belongs to (labels: routes).")


MISSING_FACTS_NAMED = 3


class OtherOption(BaseModel):
    target: str
    outcome: Outcome
    earliest_date: dt.date | None = None


class Verdict(BaseModel):
    outcome: Outcome
    track: Track | None
    target: str | None = Field(description="The level asked about, or the highest level reached.")
    as_of: dt.date
    earliest_date: dt.date | None = Field(None, description="For not_yet: the first day it holds.")
    conditions: list[Condition] = Field(default_factory=list)
    missing_facts: list[str] = Field(default_factory=list, description="Facts field names, the next one to ask first.")
    other_options: list[OtherOption] = Field(default_factory=list)
    assumptions: list[str] = Field(default_factory=list)
    open_conditions: list[str] = Field(default_factory=list, description="What these documents leave to other rules.")
    notes: list[str] = Field(default_factory=list, description="Other things the documents say that matter here.")
    summary: str = Field(description="One plain Chinese sentence to read out.")
    clause_ids: list[str] = Field(default_factory=list, description="Every clause cited.")
    obligation: Obligation | None = Field(None, description="Organisers only: must or may.")
    route: str | None = Field(None, description="The route that decided (labels: routes).")
    unsure_facts: list[str] = Field(
        default_factory=list,
        description="Facts the person was asked about and could not say: a route needing them claimed was set aside.",
    )

    def missing_facts_named(self) -> list[str]:
        """The missing facts a reply names (the next one to ask first): a longer list is not read."""
        return self.missing_facts[:MISSING_FACTS_NAMED]
