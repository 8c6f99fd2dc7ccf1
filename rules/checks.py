"""Checks (one judged requirement each) and routes (one way to qualify, made of checks).

How a route's checks settle into an outcome, and how routes compete, is `rules.precedence`:
the one place where DESIGN's precedence rule is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from rules.verdict import Condition, Status


def answered(value: bool | None) -> Status:
    """A yes/no fact as a check's status: unknown until the person says."""
    if value is None:
        return "unknown"
    return "met" if value else "not_met"


@dataclass(frozen=True)
class Check:
    requirement: str
    fact: str  # the Facts field to ask about when the status is unknown
    status: Status
    clause_ids: list[str]
    detail: str
    # A not_met check that will be met on a known day (满N年): the route waits (not_yet).
    met_on: dt.date | None = None
    # An unknown the documents leave to other rules: the route is conditional, never asks;
    # this sentence names what is left open.
    open_if_unknown: str | None = None
    # A not_met check that informs but does not decide (fewer than 5 applicants: "may").
    blocking: bool = True

    def condition(self, route: str) -> Condition:
        return Condition(
            requirement=self.requirement,
            fact=self.fact,
            status=self.status,
            clause_ids=self.clause_ids,
            detail=self.detail,
            route=route,
        )

    @property
    def fails(self) -> bool:
        """Known to fail in a way time cannot cure."""
        return self.status == "not_met" and self.blocking and self.met_on is None

    @property
    def waits(self) -> bool:
        return self.status == "not_met" and self.met_on is not None

    @property
    def asks(self) -> bool:
        return self.status == "unknown" and self.open_if_unknown is None

    def favourable(self) -> Check:
        """This check as it would be if the fact it asks about turned out well."""
        return replace(self, status="met") if self.asks else self


@dataclass
class Route:
    """One way to reach `target` (the ordinary years route, the green channel …)."""

    name: str  # a key of labels.yaml `routes`
    target: str | None
    checks: list[Check]
    open_conditions: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    clause_ids: list[str] = field(default_factory=list)
    # False: a route nobody asked about (honours never mentioned): it neither decides nor asks.
    considered: bool = True
    # The facts the person must claim for this route (honours, 绝活): not known to them, it is set aside.
    claimed_by: tuple[str, ...] = ()
    # The sentence to read out, when the generic one would not fit (exams, organisers).
    summary: str | None = None
    obligation: str | None = None  # organisers: "must" or "may"

    def all_open_conditions(self) -> list[str]:
        left_open = [c.open_if_unknown for c in self.checks if c.status == "unknown" and c.open_if_unknown is not None]
        return unique(self.open_conditions + left_open)

    def favourable(self) -> Route:
        return replace(self, checks=[c.favourable() for c in self.checks])

    def cited(self) -> list[str]:
        return unique(self.clause_ids + [i for c in self.checks for i in c.clause_ids])


def unique(items) -> list:
    return list(dict.fromkeys(items))
