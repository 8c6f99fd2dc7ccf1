"""DESIGN's precedence rule, in one place, for every track.

Within a route: a condition known to fail settles it, whatever is still unknown
(`not_eligible`); else a years condition met on a known future day makes it `not_yet` (the
earliest possible day); only when nothing known fails does an unknown make it `need_info`;
what the documents leave to other rules makes it `conditional`; otherwise `eligible`.

Across routes: the best outcome wins, in the order of BEST_FIRST. `need_info` outranks `not_yet`
because a route that still asks has nothing known against it, so the answer to its question could
open it before the date a waiting route gives: the date is only promised when nothing could beat it.
A route the person must claim (honours, 绝活) is set aside when they could not say whether they have what
it needs (绝活？搞不懂): asking again would not open it, so the other routes decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from rules.checks import Route
from rules.verdict import Outcome

BEST_FIRST: tuple[Outcome, ...] = ("eligible", "conditional", "need_info", "not_yet", "not_eligible")


def outcome(route: Route) -> Outcome:
    checks = route.checks
    if any(c.fails for c in checks):
        return "not_eligible"
    if any(c.waits for c in checks):
        return "not_yet"
    if any(c.asks for c in checks):
        return "need_info"
    return "conditional" if route.all_open_conditions() else "eligible"


def earliest_date(route: Route) -> dt.date | None:
    """For a waiting route: the day its last waiting condition is met."""
    if outcome(route) != "not_yet":
        return None
    return max(c.met_on for c in route.checks if c.waits and c.met_on is not None)


def potential(route: Route) -> Outcome:
    """The outcome if every fact the route asks about turned out well: what asking could gain."""
    return outcome(route.favourable())


def rank(route: Route) -> tuple[int, int]:
    """Higher is better: the outcome's place in BEST_FIRST, then the sooner date."""
    date = earliest_date(route)
    return -BEST_FIRST.index(outcome(route)), -(date.toordinal() if date else 0)


def set_aside(route: Route, unsure: Collection[str]) -> bool:
    """A route the person must claim, and what it needs them to claim is what they could not say."""
    return any(c.asks and c.fact in route.claimed_by and c.fact in unsure for c in route.checks)


def better(a: Outcome, b: Outcome) -> bool:
    return BEST_FIRST.index(a) < BEST_FIRST.index(b)


def best(routes: list[Route]) -> Route:
    """The deciding route among those considered (the first on ties: routes come in asking order)."""
    considered = [r for r in routes if r.considered] or routes[:1]
    return max(considered, key=rank)


def worth_asking(routes: list[Route], decided: Route) -> list[str]:
    """Facts worth asking, the routes with the best potential first, each in its asking order: those
    the deciding route still needs (nothing, once a failure has settled it), and those of any
    considered route whose potential beats the verdict."""
    verdict = outcome(decided)
    facts: list[str] = []
    # A route that could end in a better outcome is asked about first (the ordinary route's
    # eligible before special evaluation's conditional); on ties, the routes' own order.
    for route in sorted(routes, key=lambda r: BEST_FIRST.index(potential(r))):
        needed = route is decided and verdict != "not_eligible"
        if route.considered and (needed or better(potential(route), verdict)):
            facts += [c.fact for c in route.checks if c.asks and c.fact not in facts]
    return facts
