"""Regenerate `corpus/data/counties.toml`: every county and district of China → its province.

People name the county they work in (雷山, 郫都区, 泾县) far more often than the province, and the
rules differ by province (Yunnan's notice). The table comes from cpca's administrative codes
(the province is the code's first two digits); a name is kept only where it says one place:
- a name shared by two provinces is left out (the person is asked);
- a short name (雷山县 → 雷山, 澜沧拉祜族自治县 → 澜沧) is kept for a county unless it is also an
  everyday word: jieba's dictionary lists it as something other than a place or a name, or as
  common (路桥, 长寿, 合作, 通道, 新兴), or `EVERYDAY_WORDS` names it;
- a district's short name (城东区 → 城东) only when it is no word at all in jieba's dictionary;
- a name the lexicon (corpus/data/lexicon.toml) already has is left to it.

Build-time tools only, never imported by the app:
    pip install cpca==0.5.5 jieba==0.42.1 && python corpus/tools/make_counties.py
"""

from __future__ import annotations

import collections
import csv
import importlib.util
import re
import tomllib
from pathlib import Path

DATA = Path(__file__).parents[1] / "data"
OUT = DATA / "counties.toml"

# Short names that pass the dictionary test yet are everyday words, firms or landmarks.
EVERYDAY_WORDS = {
    "长寿",
    "石柱",
    "吉利",
    "温泉",
    "黄龙",
    "江海",
    "白玉",
    "九龙",
    "东坡",
    "太湖",
    "三山",
    "永安",
    "古田",
    "元宝",
    "泰山",
    "梁山",
    "永福",
    "凤山",
    "兴隆",
    "大城",
    "路桥",
    "江山",
    "西山",
    "松山",
    "同仁",
    "龙井",
    "青龙",
    "宁远",
    "平江",
    "红安",
    "京山",
    "竹山",
    "咸丰",
    "西平",
    "西华",
    "永和",
    "中阳",
    "万安",
    "南城",
    "玉山",
    "德安",
    "宝塔",
    "大关",
    "博爱",
    "新河",
    "故城",
    "东至",
    "卧龙",
    "上街",
    "山城",
    "金山",
    "天山",
    "高明",
    "花山",
    "马尾",
    "天桥",
    "牡丹",
    "武陵",
    "北湖",
    "七星",
    "银海",
    "沙河",
    "海港",
    "江东",
    "钟楼",
    "城西",
    "城东",
    "恒山",
    "建华",
    "木兰",
    "向阳",
    "南郊",
    "盐湖",
    "河西",
    "锦江",
    "华容",
    "安全",
    "和平",
    "新华",
    "光明",
    "长安",
    "东方",
    "平安",
    "大方",
    "通道",
    "合作",
    "凤凰",
    "新兴",
    "新建",
    "城关",
    "东区",
    "西区",
    "南区",
    "北区",
    "中山",
    "清河",
    "白山",
    "石门",
    "永宁",
    "安宁",
    "正定",
    "大通",
    "新民",
    "开平",
    "景泰",
    "道里",  # (技能通道里有1份: a Harbin district, and 通道里)
    "道外",
}
PLACE_TAGS = {"ns", "nr", "nrt", "nrfg", "nz"}
COMMON = 800  # jieba frequency from which a name is an everyday word too
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市")
SUFFIXES = ("林区", "特区", "新区", "县", "市", "旗", "区")
# cpca's table predates these renamings; people use both names.
RENAMED = {
    "郫县": "郫都区",
    "户县": "鄠邑区",
    "彬县": "彬州市",
    "梁平县": "梁平区",
    "滦县": "滦州市",
    "武隆县": "武隆区",
    "平泉县": "平泉市",
    "京山县": "京山市",
    "荔浦县": "荔浦市",
    "隆昌县": "隆昌市",
    "宁乡县": "宁乡市",
    "射洪县": "射洪市",
    "潜山县": "潜山市",
    "玉环县": "玉环市",
    "澄江县": "澄江市",
    "水富县": "水富市",
}


def _package_file(package: str, name: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package} is not installed: pip install cpca==0.5.5 jieba==0.42.1")
    return Path(next(iter(spec.submodule_search_locations))) / name


def _province(name: str) -> str:
    return next((name[: -len(s)] for s in PROVINCE_SUFFIXES if name.endswith(s)), name)


def _short(name: str, nations: str) -> str | None:
    """雷山县 → 雷山, 澜沧拉祜族自治县 → 澜沧; None when the short name would be one character."""
    autonomous = re.match(rf"^(.+?)({nations})+自治[县旗州]$", name)
    short = autonomous.group(1) if autonomous else None
    short = short or next((name[: -len(s)] for s in SUFFIXES if name.endswith(s) and len(name) > len(s)), None)
    return short if short and len(short) >= 2 else None


# 二三都是称职 (三都), 五河: a short name that opens with a numeral reads as a number and other words
_READS_AS_OTHER_WORDS = re.compile(r"^[一二三四五六七八九十两]")


def _is_word(name: str, words: dict[str, tuple[int, str]], *, district: bool) -> bool:
    if name in EVERYDAY_WORDS or (len(name) == 2 and _READS_AS_OTHER_WORDS.search(name)):
        return True
    if name not in words:
        return False
    frequency, tag = words[name]
    return district or tag not in PLACE_TAGS or frequency >= COMMON


def _names_by_province(codes: list[dict], nations: str, words: dict[str, tuple[int, str]]) -> dict[str, list[str]]:
    provinces = {row["adcode"][:2]: _province(row["name"]) for row in codes if row["adcode"][2:] == "0" * 10}
    said: dict[str, set[str]] = collections.defaultdict(set)  # every name → the provinces it names
    words_too = set()  # names that are everyday words as well
    for row in codes:
        code = row["adcode"]
        if code[2:] == "0" * 10:
            continue
        for name in filter(None, (row["name"], RENAMED.get(row["name"]))):
            short = _short(name, nations)
            for alias in filter(None, (name, short)):
                said[alias].add(provinces[code[:2]])
            words_too |= {name} if _is_word(name, words, district=False) else set()
            words_too |= {short} if short and _is_word(short, words, district=name.endswith("区")) else set()
    lexicon = tomllib.loads((DATA / "lexicon.toml").read_text(encoding="utf-8"))["entry"]
    named = {surface for entry in lexicon for surface in [entry["canonical"], *entry.get("aliases", ())]}
    by_province: dict[str, list[str]] = collections.defaultdict(list)
    for name, where in sorted(said.items()):
        if len(where) == 1 and name not in words_too and name not in named:
            by_province[next(iter(where))].append(name)
    return by_province


def main() -> None:
    codes = list(csv.DictReader(_package_file("cpca", "resources/adcodes.csv").open(encoding="utf-8")))
    nations_file = _package_file("cpca", "resources/56_nations.csv").read_text(encoding="utf-8")
    nations = "|".join(sorted([*nations_file.split(), "各族"], key=len, reverse=True))
    words = {}
    for line in _package_file("jieba", "dict.txt").open(encoding="utf-8"):
        word, frequency, tag = line.split()
        words[word] = (int(frequency), tag)
    by_province = _names_by_province(codes, nations, words)
    lines = [
        "# Generated by corpus/tools/make_counties.py from cpca's administrative codes: do not edit by hand.",
        "# Counties and districts (full and short names) → their province, for reading where a person works.",
        "# Names in corpus/data/lexicon.toml take precedence over these.",
    ]
    for province in sorted(by_province):
        aliases = ", ".join(f'"{name}"' for name in by_province[province])
        lines += ["", "[[entry]]", f'canonical = "{province}"', 'kind = "city"', f"aliases = [{aliases}]"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
