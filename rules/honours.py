"""Which honours open the green channel (二（二）3): the exact list, each at its level or above."""

from __future__ import annotations

from rules.facts import Honour
from rules.parameters import load_parameters


def _levels() -> list[str]:
    return load_parameters().value("honour_levels")


def listed(honour: Honour) -> dict | None:
    """The green-channel entry for this honour's name, or None when the list does not name it."""
    return entry_named(honour.name)


def entry_named(name: str) -> dict | None:
    """The green-channel entry for an honour's canonical name (工艺美术大师: None, the list does not name it)."""
    return next((entry for entry in load_parameters().value("green_channel_honours") if entry["honour"] == name), None)


def qualifies(honour: Honour) -> bool | None:
    """True: opens the green channel; False: does not; None: named in the list, level not said."""
    entry = listed(honour)
    if entry is None:
        return False
    level = honour.level
    if level is None:  # 中华技能大奖 is only ever national: its name says its level
        return True if entry.get("only_at_minimum_level") else None
    return _levels().index(level) >= _levels().index(entry["minimum_level"])


def describe(honour: Honour) -> str:
    """How the honour was said, for the verdict: 省级技术能手, 技术能手（级别未说明）."""
    return f"{honour.level}{honour.name}" if honour.level else f"{honour.name}（级别未说明）"


def listed_names() -> list[str]:
    """The list as the text words it: 中华技能大奖、全国技术能手、国家级技能大师工作室带头人…"""
    return [entry["listed_as"] for entry in load_parameters().value("green_channel_honours")]
