"""Names as people write them → the documents' words, through the shared lexicon.

工程技术系列 → 工程, 出版专业技术人员职业资格 → 出版, 软考 → 计算机技术与软件, 云南省 → 云南.
A name the lexicon does not know is kept as written (minus 系列 / 考试 suffixes).
"""

from __future__ import annotations

from corpus.lexicon import load_lexicon

_EXAM_AFFIXES = ("专业技术人员", "初级", "中级", "高级")
_EXAM_SUFFIXES = (
    "专业技术人员职业资格考试",
    "专业技术人员职业资格",
    "职业资格考试",
    "专业技术资格考试",
    "专业技术资格",
    "职业资格",
    "专业资格",
    "资格考试",
    "考试",
    "资格",
    "师",
)


def _canonical(name: str, kinds: tuple[str, ...]) -> str | None:
    entry = load_lexicon().lookup(name)
    return entry.canonical if entry is not None and entry.kind in kinds else None


def series_name(series: str) -> str:
    """ "工程系列" / "工程技术系列" → "工程"; "教师" (教师系列) → "中小学教师"; 工程师 (a title of the 工程 series)
    → "工程"."""
    name = series.strip().removesuffix("系列").strip()
    entry = load_lexicon().lookup(name)
    if entry is not None and entry.kind == "series_title" and entry.series:
        return entry.series
    return _canonical(name, ("series",)) or _canonical(f"{name}系列", ("series",)) or name  # 教师 → 中小学教师


def province_name(province: str) -> str:
    """ "云南省" / "昆明" → "云南"; "广东省" → "广东"; an unknown place is kept as written."""
    name = province.strip()
    canonical = _canonical(name, ("province", "city"))
    if canonical:
        return canonical
    for suffix in ("省", "市", "自治区"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name.removesuffix(suffix)
    return name


def is_yunnan(province: str | None) -> bool:
    return province is not None and province_name(province) == "云南"


def exam_name(exam: str) -> str:
    """ "中级会计师" → "会计", "软考" → "计算机技术与软件"; other names are kept as written
    (注册会计师 stays 注册会计师: it is not the 会计 qualification)."""
    name = exam.strip()
    candidate = name
    for prefix in _EXAM_AFFIXES:
        candidate = candidate.removeprefix(prefix)
    for form in (name, candidate, *(candidate.removesuffix(s) for s in _EXAM_SUFFIXES if candidate.endswith(s))):
        if known := _canonical(form, ("exam",)):
            return known
    return name.removesuffix("考试") or name
