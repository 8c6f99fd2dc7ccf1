"""Small, unambiguous clean-ups of what people write (系列, 省, 考试 suffixes)."""

from __future__ import annotations

_EXAM_ALIASES = {"软考": "计算机技术与软件"}
_EXAM_AFFIXES = ("专业技术人员", "初级", "中级", "高级")
_EXAM_SUFFIXES = ("职业资格考试", "专业技术资格考试", "专业技术资格", "职业资格", "资格考试", "考试", "师")


def series_name(series: str) -> str:
    """"工程系列" → "工程"."""
    return series.removesuffix("系列").strip()


def is_yunnan(province: str | None) -> bool:
    return bool(province) and province.startswith("云南")


def province_name(province: str) -> str:
    for suffix in ("省", "市", "自治区"):
        if province.endswith(suffix) and len(province) > len(suffix) + 1:
            return province.removesuffix(suffix)
    return province


def exam_name(exam: str) -> str:
    """"中级会计师" → "会计", "软考" → "计算机技术与软件"; other names are kept as written."""
    name = exam.strip()
    if name in _EXAM_ALIASES:
        return _EXAM_ALIASES[name]
    for prefix in _EXAM_AFFIXES:
        name = name.removeprefix(prefix)
    for suffix in _EXAM_SUFFIXES:
        name = name.removesuffix(suffix)
    return name or exam.strip()
