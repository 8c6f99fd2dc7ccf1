"""The domain lexicon as data: colloquial and series-specific names → the documents' words.

`corpus/data/lexicon.toml` is the one source of truth: query normalisation (retrieval), the
rules' reading of honours and the assistant's fact extraction all use `load_lexicon()`.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

LEXICON_PATH = Path(__file__).parent / "data" / "lexicon.toml"

KINDS = ("skill_level", "title_level", "series", "series_title", "exam", "honour",
         "province", "city", "concept", "ambiguous")


@dataclass(frozen=True)
class LexiconEntry:
    canonical: str
    kind: str
    aliases: tuple[str, ...] = ()
    series: str | None = None  # series_title: the series the title belongs to
    level: str | None = None  # series_title: its title level (员级 … 正高级)
    ambiguous: tuple[str, ...] = ()  # canonical names this surface may mean, usual first

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


class Lexicon:
    def __init__(self, entries: list[LexiconEntry]):
        self.entries = entries
        self._by_surface: dict[str, LexiconEntry] = {}
        for entry in entries:
            for surface in entry.surfaces:
                self._by_surface.setdefault(surface.lower(), entry)
        self._longest = max(len(s) for s in self._by_surface)

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
        return [self.lookup(name) for name in entry.ambiguous if self.lookup(name)]

    def find(self, text: str) -> list[LexiconMatch]:
        """Non-overlapping matches, left to right, longest surface first at each position."""
        lowered = text.lower()
        matches, position = [], 0
        while position < len(lowered):
            for size in range(min(self._longest, len(lowered) - position), 0, -1):
                entry = self._by_surface.get(lowered[position:position + size])
                if entry:
                    matches.append(LexiconMatch(text[position:position + size], position,
                                                position + size, entry))
                    position += size
                    break
            else:
                position += 1
        return matches

    def terms(self) -> set[str]:
        """Every surface form, for the tokenizer's user dictionary."""
        return {surface for entry in self.entries for surface in entry.surfaces}


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for raw in data["entry"]:
        if raw["kind"] not in KINDS:
            raise ValueError(f"lexicon entry {raw['canonical']}: unknown kind {raw['kind']}")
        entries.append(LexiconEntry(
            canonical=raw["canonical"], kind=raw["kind"],
            aliases=tuple(raw.get("aliases", ())), series=raw.get("series"),
            level=raw.get("level"), ambiguous=tuple(raw.get("ambiguous", ()))))
    return Lexicon(entries)
