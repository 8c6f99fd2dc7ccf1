"""When each document applies: 人社部发〔2020〕96号 from the day it was issued (本意见自印发之日起
施行), Yunnan's notice from its issue date. Before a document applies, nothing is decided by it."""

from __future__ import annotations

import datetime as dt
import re

from rules.facts import Facts
from rules.normalise import is_yunnan
from rules.parameters import load_parameters

_CHINESE_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def in_force_from(parameter: str) -> dt.date:
    text = load_parameters().value(parameter)
    match = _CHINESE_DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"parameters.yaml: {parameter} should be a date like 2020年12月30日, not {text!r}")
    year, month, day = map(int, match.groups())
    return dt.date(year, month, day)


def national_in_force(as_of: dt.date) -> bool:
    return as_of >= in_force_from("national_in_force_from")


def yunnan_rules_apply(facts: Facts, as_of: dt.date) -> bool:
    """Yunnan's additions apply: the person is in Yunnan and the notice was issued by `as_of`."""
    return is_yunnan(facts.province) and as_of >= in_force_from("yunnan_in_force_from")


def yunnan_in_force(as_of: dt.date) -> bool:
    return as_of >= in_force_from("yunnan_in_force_from")
