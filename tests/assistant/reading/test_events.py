"""A date told by an event of one's life, the event's own year said beside it."""

import datetime as dt

import pytest

from assistant.reading.dates import digits_for_numerals
from assistant.reading.events import dated_by_an_anniversary, dated_by_an_event, dated_by_the_year_said_next

TODAY = dt.date(2026, 6, 1)


def _dated(text: str, date_asked: bool = False) -> str:
    return dated_by_an_event(digits_for_numerals(text), TODAY, date_asked)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("技师证是俺闺女出生那年拿的 她是18年生的", "2018年"),
        ("搬到新区的前一年考下来滴 搬厂是2020年", "2019年"),  # the year before
        ("孩子满月那会儿拿的证 孩子是21年三月生的", "2021年4月"),  # a month after the birth
        ("油田改制那年拿的 改制是一七年", "2017年"),  # said as the event, then its year
        ("我闺女出生那年考的 她是21年3月生的 那年秋天拿的证", "2021年考"),  # that year: not the birth's month
        ("评上班组长的第二年考下的技师 俺是19年当的班组长", "2020年"),  # a post taken up
        ("俺当兵回来第二年考的技师 俺是一五年退的伍", "2016年"),  # back from the army
        ("技师是俺老伴退休那年拿的 她是二〇二二年退的", "2022年"),  # a spouse's retirement
        ("技师证是俺儿子结婚那年拿的 他是2019年国庆办的事", "2019年"),  # a wedding, the year alone
        ("技师证是我女娃儿出生那个月拿到手的 她是2023年1月3号生的", "2023年1月"),  # that month
    ],
)
def test_the_event_s_year_dates_what_was_got_then(text, date):
    said = _dated(text)
    assert date in said and not any(birth in said for birth in ("生的", "改制是"))  # the event's own dating blanked


def test_an_event_dated_with_nothing_got_then_is_left_alone():
    text = "俺闺女出生那年厂里效益不好 她是18年生的"
    assert _dated(text) == digits_for_numerals(text)


def test_asked_when_the_certificate_came_the_event_alone_dates_it():
    assert "2016年" in _dated("我退伍回来第二年 一五年退的伍", date_asked=True)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("公司十周年庆那年考的 公司是2013年成立的 证是十一月份发的", "2023年"),
        ("院里十周年院庆那天发的证 院是2014年开的", "2024年"),
        ("厂里二十周年那年拿的技师 厂是1998年5月建的", "2018年"),
    ],
)
def test_an_anniversary_is_counted_from_the_founding(text, date):
    said = dated_by_an_anniversary(digits_for_numerals(text), TODAY)
    assert date in said and not any(founded in said for founded in ("成立", "开的", "建的"))


def test_an_anniversary_with_no_founding_said_is_left_alone():
    assert dated_by_an_anniversary("公司十周年那年拿的证", TODAY) == "公司十周年那年拿的证"


def test_the_year_said_next_dates_what_happened_that_year():
    said = dated_by_the_year_said_next("技师是厂里接第一条LNG船那年考的 那年是2019年 这几年一直在船台上")
    assert "2019年考的" in said and "那年是" not in said


def test_an_event_with_no_year_said_is_left_alone():
    assert _dated("俺闺女出生那年拿的证") == "俺闺女出生那年拿的证"
