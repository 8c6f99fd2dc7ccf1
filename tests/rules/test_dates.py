"""Full-year arithmetic and conservative partial dates."""

import datetime as dt

import pytest

from rules.dates import add_years, parse_partial_date, start_from_years_held, years_completed_on
from rules.organiser import minimum_skilled_judges


@pytest.mark.parametrize(
    "start, years, completed",
    [
        ("2021-05-10", 3, "2024-05-10"),
        ("2020-02-29", 2, "2022-02-28"),  # no 29 February: the month's last day
        ("2020-02-29", 4, "2024-02-29"),
        ("2023-12-31", 1, "2024-12-31"),
    ],
)
def test_full_years_are_completed_on_the_anniversary(start, years, completed):
    assert years_completed_on(dt.date.fromisoformat(start), years) == dt.date.fromisoformat(completed)


@pytest.mark.parametrize(
    "text, latest, precision",
    [
        ("2020", "2020-12-31", "year"),
        ("2021-02", "2021-02-28", "month"),
        ("2024-02", "2024-02-29", "month"),
        ("2019-07-15", "2019-07-15", "day"),
        ("2019-7-5", "2019-07-05", "day"),
    ],
)
def test_partial_dates_mean_their_latest_day(text, latest, precision):
    date = parse_partial_date(text)
    assert date.latest == dt.date.fromisoformat(latest) and date.precision == precision


@pytest.mark.parametrize("text", ["2020-13", "2021-02-30", "去年", "20201", ""])
def test_bad_dates_raise_a_chinese_error(text):
    with pytest.raises(ValueError, match="日期"):
        parse_partial_date(text)


def test_years_held_counts_whole_months_only():
    assert start_from_years_held(2.5, dt.date(2024, 6, 1)) == dt.date(2021, 12, 1)
    assert start_from_years_held(1.99, dt.date(2024, 6, 1)) == dt.date(2022, 7, 1)
    assert add_years(dt.date(2024, 2, 29), -1) == dt.date(2023, 2, 28)


@pytest.mark.parametrize("panel, needed", [(1, 1), (2, 1), (5, 3), (7, 4), (8, 4), (9, 5)])
def test_at_least_half_of_the_judges_includes_exactly_half(panel, needed):
    assert minimum_skilled_judges(panel) == needed
