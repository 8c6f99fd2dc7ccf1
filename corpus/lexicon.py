"""The domain lexicon as data: colloquial and series-specific names → the documents' words.

`corpus/data/lexicon.toml` is the one source of truth: query normalisation (retrieval), the
rules' reading of honours and the assistant's fact extraction all use `load_lexicon()`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.toml"
# Every county and district → its province, generated (corpus/tools/make_counties.py); read after
# the lexicon, whose own place names win.
COUNTIES_PATH = Path(__file__).parent / "data" / "counties.toml"

KINDS = (
    "skill_level",
    "title_level",
    "series",
    "series_title",
    "exam",
    "honour",
    "province",
    "city",
    "concept",
    "ambiguous",
)


_EXAM_GRADE = re.compile(r"^[一二]级(注册)?")  # 一级消防工程师 is the 消防工程师 exam (as 一建 is 建造师)


@dataclass(frozen=True)
class LexiconEntry:
    canonical: str
    kind: str
    aliases: tuple[str, ...] = ()
    series: str | None = None  # series_title: the series the title belongs to
    level: str | None = None  # series_title: its title level (员级 … 正高级); honour: 国家级 … 县级
    ambiguous: tuple[str, ...] = ()  # canonical names this surface may mean, usual first
    name: str | None = None  # honour: its name when the canonical form carries a level (全国技术能手)

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)


@dataclass(frozen=True)
class LexiconMatch:
    """One occurrence of a lexicon surface form in a text."""

    surface: str
    start: int
    end: int
    entry: LexiconEntry


@dataclass(frozen=True)
class HonourMention:
    """An honour as said: its name, and its level when the words give one (else None)."""

    name: str
    level: str | None
    surface: str  # the words it was read from, qualifier included
    start: int
    end: int


# How far before an honour a qualifier may stand (省里评的技术能手, 云南省人民政府认定的高精尖缺人才).
QUALIFIER_REACH = 12
_CLAUSE_BREAK = re.compile(
    r"[，,。；;！!？?\n、]|(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff\d])"
)  # voice input: a space ends a clause too


# A one-character qualifier (省, 市, 州…) is a level only before these, or right before the honour:
# 省里, 市级, 州的, 县评的 — not 市场, 省城, 区别.
_AFTER_SHORT_QUALIFIER = "级里的评认定政府颁发授给那这挂命人"  # 市里评的 / 佛山市那个工作室 / 州挂牌的 / 市人社局认定的


def _qualifies(text: str, word: str, end: int, honour_start: int) -> bool:
    if re.match(r"的?(那些|这些|那种|这种)", text[end:honour_start]):
        return False  # 全国的那些没有 政府津贴倒是有一个: the national ones denied, not the allowance's level
    return len(word) > 1 or end == honour_start or text[end] in _AFTER_SHORT_QUALIFIER


class Lexicon:
    def __init__(
        self,
        entries: list[LexiconEntry],
        honour_levels: dict[str, list[str]] | None = None,
        misspellings: dict[str, str] | None = None,
        exam_patterns: list[str] | None = None,
        occupation_grades: dict | None = None,
    ):
        self.entries = entries
        self.exam_patterns = [re.compile(pattern) for pattern in exam_patterns or ()]
        grades = occupation_grades or {}
        self.grade_pattern = re.compile(grades["pattern"]) if grades else None
        self.grade_not_titles = re.compile(grades["not_titles"]) if grades else None
        self.grade_levels: dict[str, str] = grades.get("levels", {})
        self.misspellings = [(re.compile(pattern), right) for pattern, right in (misspellings or {}).items()]
        # qualifier word → level, longest word first so 省政府 wins over 省
        words = [(word, level) for level, said in (honour_levels or {}).items() for word in said]
        # 广西技术能手 / 云南省技术能手: a province named before an honour is its provincial level
        words += [(surface, "省级") for entry in entries if entry.kind == "province" for surface in entry.surfaces]
        self.honour_level_words = dict(sorted(words, key=lambda pair: -len(pair[0])))
        self._by_surface: dict[str, LexiconEntry] = {}
        for entry in entries:
            for surface in entry.surfaces:
                self._by_surface.setdefault(surface.lower(), entry)
        self._longest = max(len(s) for s in self._by_surface)
        # (one message is looked up again for every word read in it: found once, a long message stays quick)
        self._found = functools.lru_cache(maxsize=1024)(self._matches)

    def __iter__(self):
        return iter(self.entries)

    def of_kind(self, kind: str) -> list[LexiconEntry]:
        return [e for e in self.entries if e.kind == kind]

    def lookup(self, surface: str) -> LexiconEntry | None:
        """The entry a surface form (canonical or alias) belongs to."""
        return self._by_surface.get(surface.strip().lower())

    def canonical(self, name: str, kind: str) -> LexiconEntry | None:
        return next((e for e in self.entries if e.kind == kind and e.canonical == name), None)

    def readings(self, surface: str) -> list[LexiconEntry]:
        """Every entry a surface may mean: one for a plain term, several for 高工."""
        entry = self.lookup(surface)
        if entry is None:
            return []
        if not entry.ambiguous:
            return [entry]
        return [reading for name in entry.ambiguous if (reading := self.lookup(name))]

    def find(self, text: str) -> list[LexiconMatch]:
        """Non-overlapping matches, left to right, longest surface first at each position."""
        return list(self._found(text))

    def _matches(self, text: str) -> tuple[LexiconMatch, ...]:
        lowered = text.lower()
        shaped = {m.start(): m for pattern in self.exam_patterns for m in pattern.finditer(text)}
        graded = self._occupation_grades(text)
        matches, position = [], 0
        while position < len(lowered):
            if exam := shaped.get(position):  # 注册电气工程师: the exam, not the title inside its name
                name = _EXAM_GRADE.sub("", exam.group())
                matches.append(LexiconMatch(exam.group(), position, exam.end(), LexiconEntry(name, "exam")))
                position = exam.end()
                continue
            size, entry = self._surface_at(lowered, position)
            grade = graded.get(position)
            if grade and grade.end - position > size:  # 高级茶艺师: the skill level, named the old way
                matches.append(grade)
                position = grade.end
            elif entry:
                matches.append(LexiconMatch(text[position : position + size], position, position + size, entry))
                position += size
            else:
                position += 1
        return tuple(matches)

    def _surface_at(self, lowered: str, position: int) -> tuple[int, LexiconEntry | None]:
        """The longest surface starting at `position`, with its entry (0, None if none)."""
        for size in range(min(self._longest, len(lowered) - position), 0, -1):
            if entry := self._by_surface.get(lowered[position : position + size]):
                return size, entry
        return 0, None

    def _occupation_grades(self, text: str) -> dict[int, LexiconMatch]:
        """高级茶艺师 → 高级工, not a title named the same way (中级会计师); `find` keeps a longer surface
        starting at the same place (高级工程师, 高级技师)."""
        if not (self.grade_pattern and self.grade_not_titles):
            return {}
        found = {}
        for said in self.grade_pattern.finditer(text):
            entry = self.canonical(self.grade_levels[said.group(1)], "skill_level")
            if entry and not self.grade_not_titles.search(said.group(2)):
                found[said.start()] = LexiconMatch(said.group(), said.start(), said.end(), entry)
        return found

    def honours_in(self, text: str) -> list[HonourMention]:
        """Every honour said in `text`, each with the level its words or the qualifier just
        before it give: 全国技术能手 → 国家级, 州里评的技术能手 → 市级, 技术能手 → None."""
        mentions: list[HonourMention] = []
        for match in self.find(text):
            if match.entry.kind != "honour":
                continue
            level, start = match.entry.level, match.start
            if level is None:
                # (not within the honour named before: 全国技术能手没得 政府津贴有一个 — 全国 is not the allowance's)
                level, start = self._qualifier_before(text, match.start, mentions[-1].end if mentions else 0)
            if level is None:
                level = self._qualifier_after(text, match.end)
            mentions.append(
                HonourMention(
                    match.entry.name or match.entry.canonical, level, text[start : match.end], start, match.end
                )
            )
        return mentions

    def _qualifier_before(self, text: str, position: int, floor: int = 0) -> tuple[str | None, int]:
        """The qualifier nearest before `position` in the same clause, not before `floor`, and where it starts."""
        window_start = max(floor, position - QUALIFIER_REACH)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, window_start, position)]
        window_start = max([window_start, *breaks])
        for end in range(position, window_start, -1):
            for word, level in self.honour_level_words.items():
                start = end - len(word)
                if start >= window_start and text[start:end] == word and _qualifies(text, word, end, position):
                    return level, start
        return None, position

    def _qualifier_after(self, text: str, position: int) -> str | None:
        """技能大师工作室带头人，国家级的 / 高精尖缺那个，省里认定过: a qualifier said right after the honour (not
        是省里还是州里评的: either, not known)."""
        if re.match(r"[^。]{0,8}(还是|或者|或是)", text[position:]):
            return None
        said = re.match(
            r"(那个|这个)?[，,\s]*(是|属于)?([^，,。；;\s]{2,4}?)(的|认定的?|认定过|评的|发的)?(?=[，,。；;\s]|$)",
            text[position:],
        )
        if said and (level := self.honour_level_words.get(said.group(3))):
            return level
        # 高精尖缺那个有 去年省政府认定的: who recognised it, said further on in the same sentence
        given = re.search(
            r"([^，,。；;\s]{1,5}?)(认定|评定|颁发|批|评|发)的", text[position : position + 16].split("。")[0]
        )
        return next(
            (lv for word, lv in self.honour_level_words.items() if given and given.group(1).endswith(word)), None
        )

    def correct(self, text: str) -> str:
        """职城 → 职称, 平职称 → 评职称: the misspellings workers type, each fixed only where it is one."""
        for pattern, right in self.misspellings:
            text = pattern.sub(right, text)
        return text

    def terms(self) -> set[str]:
        """Every surface form, for the tokenizer's user dictionary."""
        return {surface for entry in self.entries for surface in entry.surfaces}


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH, counties: Path | None = COUNTIES_PATH) -> Lexicon:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    places = tomllib.loads(counties.read_text(encoding="utf-8"))["entry"] if counties else []
    entries = []
    for raw in [*data["entry"], *places]:
        if raw["kind"] not in KINDS:
            raise ValueError(f"lexicon entry {raw['canonical']}: unknown kind {raw['kind']}")
        entries.append(
            LexiconEntry(
                canonical=raw["canonical"],
                kind=raw["kind"],
                aliases=tuple(raw.get("aliases", ())),
                series=raw.get("series"),
                level=raw.get("level"),
                ambiguous=tuple(raw.get("ambiguous", ())),
                name=raw.get("name"),
            )
        )
    return Lexicon(
        entries,
        data.get("honour_levels"),
        data.get("misspellings"),
        data.get("exam_patterns", {}).get("patterns"),
        data.get("occupation_grades"),
    )
