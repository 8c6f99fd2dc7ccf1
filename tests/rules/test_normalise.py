import pytest

from rules.normalise import series_name


@pytest.mark.parametrize(
    ("said", "canonical"),
    [
        ("工程系列", "工程"),
        ("工程师", "工程"),
        ("教师", "中小学教师"),  # 教师系列, as authors and workers name the school teachers' series
        ("技工院校教师", "技工院校教师"),
        ("幼儿园教师", "中小学教师"),
        ("茶艺", "茶艺"),  # a series not in the lexicon is kept as said
    ],
)
def test_a_series_is_named_by_its_canonical_name(said, canonical):
    assert series_name(said) == canonical
