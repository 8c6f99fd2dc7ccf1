"""Which way a text points: from a skill level to a title, or from a title to a skill level.

"高级工干满两年评助理工程师" and "助理工程师考高级工" share all their words, yet the first is
answered by the skill → title clause and the second by the title → skill clause. Both the
documents and people name the level they have before the level they want, so the order of
the first skill-level and the first title mention tells the direction.
"""

from __future__ import annotations

from corpus.lexicon import LexiconMatch, load_lexicon
from corpus.normalise import normalise_text

SKILL_TO_TITLE, TITLE_TO_SKILL = "skill_to_title", "title_to_skill"
_SIDE = {"skill_level": "skill", "title_level": "title", "series_title": "title"}


def direction_of(matches: list[LexiconMatch] | tuple[LexiconMatch, ...]) -> str | None:
    first: dict[str, int] = {}
    for match in matches:
        side = _SIDE.get(match.entry.kind)
        if side:
            first.setdefault(side, match.start)
    if len(first) < 2:
        return None
    return SKILL_TO_TITLE if first["skill"] < first["title"] else TITLE_TO_SKILL


def text_direction(text: str) -> str | None:
    return direction_of(load_lexicon().find(normalise_text(text)))


DIRECTION_NAMES = {SKILL_TO_TITLE: "技能等级→职称", TITLE_TO_SKILL: "职称→技能等级"}
