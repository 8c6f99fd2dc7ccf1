"""Masking of phone and ID-card numbers before anything is stored or logged."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.service.privacy import mask, mask_data


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("我电话13812345678，能评吗", "我电话138****5678，能评吗"),
        ("+86 138 1234 5678", "+86 138****5678"),
        ("138-1234-5678", "138****5678"),
        ("身份证53010219900101123X", "身份证530***********123X"),
        ("身份证530102199001011234。", "身份证530***********1234。"),
        ("老身份证530102900101123", "老身份证530********1123"),
        ("单位电话0871-65123456", "单位电话0871-****3456"),
    ],
)
def test_identifiers_are_masked(text, masked):
    assert mask(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "2020年7月拿的技师证",
        "20200701",
        "满3年",
        "技师证编号 2020-0701",
        "考核 2021、2022、2023 都合格",
        "mohrss-2020-96:2.2.1",
        "12345",
        "1234567890123456789012",
    ],
)
def test_dates_numbers_and_clause_ids_are_left_alone(text):
    assert mask(text) == text


@given(st.text())
def test_masking_is_idempotent(text):
    once = mask(text)
    assert mask(once) == once


def test_nested_data_is_masked_everywhere():
    data = {"turns": [{"text": "电话13812345678"}], "fact_sources": {"skill": "13912345678"}, "years": 3}
    assert mask_data(data) == {
        "turns": [{"text": "电话138****5678"}],
        "fact_sources": {"skill": "139****5678"},
        "years": 3,
    }
