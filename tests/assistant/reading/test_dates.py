"""Dates and durations in the forms workers use."""

import datetime as dt

import pytest

from assistant.reading.dates import digits_for_numerals, either_date, parse_date, parse_duration_years

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2023年7月拿的", "2023-07"),
        ("2020年7月15日取得", "2020-07-15"),
        ("2020.7", "2020-07"),
        ("2020-07-15", "2020-07-15"),
        ("20年7月考的", "2020-07"),
        ("2021年", "2021"),
        ("去年", "2025"),
        ("前年考的", "2024"),
        ("三年前", "2023-11"),
        ("三年前 五一前后", "2023-05"),  # whole years back, then the month said of that year
        ("两年前的5月拿的", "2024-05"),
        ("三年前年底", "2023-12"),  # not 前年
        ("一年半以前", "2025-05"),
        ("18个月前", "2025-05"),
        ("2019年13月", "2019"),
        ("化工总控工高级工19.7取证", "2019-07"),
        ("证书时间23.4", "2023-04"),
        ("干了3.5年", None),
        ("工资12.5万", None),
        ("没说日期", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("满两年", 2),
        ("干了三年多", 3),
        ("一年半", 1.5),
        ("18个月", 1.5),
        ("1.5年", 1.5),
        ("2023年7月拿的", None),
        ("三年前", None),
        ("技师", None),
    ],
)
def test_parse_duration_years(text, expected):
    assert parse_duration_years(text) == expected


def test_numerals_become_digits_only_before_units():
    assert digits_for_numerals("一线工人有五人，一级技能，干了十二年") == "一线工人有5人，一级技能，干了12年"


def test_a_rough_count_is_left_as_said():
    assert digits_for_numerals("二三十个人") == "二三十个人"
    assert parse_duration_years("三四年") == 3  # at least three years: the conservative reading
    assert parse_duration_years("二十五六年了") == 25  # the tens belong to the span, not 十五六


def test_tens_and_some_are_the_round_tens():
    assert parse_duration_years("十几年了") == 10
    assert parse_duration_years("二十好几年了") == 20
    assert parse_duration_years("三十多年") == 30


def test_neighbouring_digits_after_了_are_a_span_though_a_wish_follows():
    assert parse_duration_years(digits_for_numerals("高级技师证都拿了六七年 评个副高得不得行哦")) == 6
    assert digits_for_numerals("二三年评的技师") == "23年评的技师"


def test_a_day_in_words_after_its_month_becomes_digits():
    assert digits_for_numerals("证上写的是六月十五") == "证上写的是6月15"
    assert digits_for_numerals("六月十五号") == "6月15号"


def test_neighbouring_digits_before_a_dated_thing_are_a_year():
    assert digits_for_numerals("二三年考的高级工") == "23年考的高级工"
    assert digits_for_numerals("干了五六年") == "干了5年"  # a rough span, as before


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("二二年中秋前后拿的", "2022"),  # a year before a holiday is a year, not two or three years
        ("前年10月前一个礼拜发的证", "2024-09"),  # 国庆前一个礼拜, as normalised: the end of September
        ("24年十一长假前一个礼拜考的", "2024-09"),  # said by the holiday: not moved twice
        ("去年三八节那阵评下来的", "2025-03"),
        ("21年 放暑假那会儿拿的", "2021"),  # July or August
        ("21年 放暑假那会儿 七月份拿的", "2021-07"),  # the month said after the holiday
    ],
)
def test_dates_of_the_seventy_fourth_round(text, date):
    assert parse_date(text, TODAY) == date


def test_twenty_as_a_single_character_and_whole_years_are_counted():
    assert parse_duration_years("廿二年了") == 22
    assert parse_duration_years("在家猫了一整年") == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("三八节那会儿，前年", "2024-03"),  # the holiday said first, its year after
        ("十一长假前一个礼拜，去年", "2025-09"),
        ("国庆前一个礼拜发的证 就去年", "2025-09"),
        ("七一前后，二三年", "2023-07"),  # neighbouring digits after a holiday: a year
        ("元旦过后发的证 就今年", "2026-01"),
    ],
)
def test_a_holiday_said_before_its_year(text, date):
    assert parse_date(text, TODAY) == date


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("20年还是21年 记不清了", ("2020", "2021")),
        ("17还是18年 记不得了", ("2017", "2018")),  # the first year said bare
        ("18年底还是19年初来着", ("2018-12", "2019-01")),
        ("21年下半年还是22年上半年", ("2021", "2022-06")),  # the later one to its half
        ("2021年6月", None),
    ],
)
def test_one_year_or_another_is_the_two_dates_offered(text, offered):
    assert either_date(text, dt.date(2025, 3, 1)) == offered
