"""Where the person applies, the series and the exam (assistant/reading/places.py), read through the
extractor as the pipeline calls it."""

import datetime as dt

import pytest

from assistant.reading.facts import read

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "province"),
    [("我在雷山打银饰 技师证22年拿的", "贵州"), ("四川的 成都龙泉驿这边", "四川"), ("成都龙泉这边做家具", "四川")],
)
def test_a_county_or_a_district_in_its_city_names_the_province(text, province):
    assert read(text, TODAY).updates.get("province") == province


def test_a_number_that_reads_as_a_county_is_no_place():
    assert "province" not in read("他二五年基本称职，二四、二三都是称职", TODAY, "annual_review_results").updates


@pytest.mark.parametrize(
    ("text", "province"),
    [("户口在四川 人在昆明上班", "云南"), ("我在广州考的证 现在回老家贵阳了", "贵州")],
)
def test_the_province_is_where_one_works_not_where_one_comes_from_or_took_an_exam(text, province):
    assert read(text, TODAY).updates.get("province") == province


@pytest.mark.parametrize(
    ("text", "updates"),
    [
        ("我是高级工 想考个中级经济师", {"exam": "经济", "track": "qualification_exam"}),
        ("我在国企干会计 有技师证 想评工程师", {"series": "工程"}),
        ("有技师证 想评卫生系列的", {"series": "卫生"}),
    ],
)
def test_an_exam_or_a_series_named(text, updates):
    said = read(text, TODAY).updates
    assert {name: said.get(name) for name in updates} == updates


def test_the_series_settled_for_is_not_the_one_wanted():
    assert read("我在医院修医疗设备，想评卫生系列的，不行就工程", TODAY, "series").updates["series"] == "卫生"
