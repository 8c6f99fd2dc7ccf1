"""Checks (one judged requirement each) and paths (one way to qualify, made of checks)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from rules.verdict import OUTCOME_RANK, Condition, Outcome, Status


@dataclass
class Check:
    requirement: str
    fact: str
    status: Status
    clause_ids: list[str]
    detail: str
    # A not_met check that will be met on a known day (满N年): the path is `not_yet`, not `not_eligible`.
    met_on: dt.date | None = None
    # An unknown the documents leave to other rules: the path is `conditional`, not `need_info`,
    # and this sentence names what is left open.
    open_if_unknown: str | None = None
    # A not_met check that informs but does not decide (e.g. fewer than 5 applicants: "may").
    blocking: bool = True

    def condition(self) -> Condition:
        return Condition(requirement=self.requirement, fact=self.fact, status=self.status,
                         clause_ids=self.clause_ids, detail=self.detail)


@dataclass
class Path:
    """One way to reach `target`; its outcome follows from its checks."""

    target: str
    checks: list[Check]
    open_conditions: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    clause_ids: list[str] = field(default_factory=list)
    # A path whose gate fact is unknown only suggests a question; it never decides the outcome.
    gated: bool = False
    # The sentence to read out, when the generic one would not fit (exams, organisers).
    summary: str | None = None

    def _blocked(self) -> bool:
        return any(c.status == "not_met" and c.blocking and c.met_on is None for c in self.checks)

    def _asks(self) -> list[Check]:
        return [c for c in self.checks if c.status == "unknown" and c.open_if_unknown is None]

    def _waits(self) -> list[Check]:
        return [c for c in self.checks if c.status == "not_met" and c.met_on is not None]

    def all_open_conditions(self) -> list[str]:
        left_open = [c.open_if_unknown for c in self.checks
                     if c.status == "unknown" and c.open_if_unknown is not None]
        return self.open_conditions + left_open

    @property
    def outcome(self) -> Outcome:
        if self._asks() and not self._blocked():
            return "need_info"
        return self._settled(self.all_open_conditions())

    @property
    def earliest_date(self) -> dt.date | None:
        if self.outcome != "not_yet":
            return None
        return max(c.met_on for c in self._waits())

    @property
    def potential(self) -> Outcome:
        """The outcome if every unknown turned out favourably: what asking could gain."""
        return self._settled(self.open_conditions)

    def _settled(self, open_conditions: list[str]) -> Outcome:
        """The outcome once nothing is left to ask, given what stays open."""
        if self._blocked():
            return "not_eligible"
        if self._waits():
            return "not_yet"
        return "conditional" if open_conditions else "eligible"

    def unknown_facts(self) -> list[str]:
        """Facts worth asking: unknown here, and able to improve this path's outcome."""
        if OUTCOME_RANK[self.potential] <= OUTCOME_RANK[self.outcome]:
            return []
        return [c.fact for c in self.checks if c.status == "unknown"]

    def assuming_met(self, fact: str) -> Path:
        """This path as it would be if `fact` turned out favourably."""
        checks = [replace(c, status="met") if c.fact == fact and c.status == "unknown" else c
                  for c in self.checks]
        return replace(self, checks=checks)

    @property
    def rank(self) -> tuple[int, int]:
        """Best path first: higher outcome, then the sooner date."""
        date = self.earliest_date
        return OUTCOME_RANK[self.outcome], -(date.toordinal() if date else 0)

    def cited(self) -> list[str]:
        return self.clause_ids + [i for c in self.checks for i in c.clause_ids]


def unique(items) -> list:
    return list(dict.fromkeys(items))
