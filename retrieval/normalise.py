"""Query normalisation: the shared text clean-up, then the lexicon rewrite.

A worker may type 助工 or 会计证; the documents say 助理工程师 (助理级) and 会计. Rewriting the
query first lets both the lexical and the dense side match.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.lexicon import LexiconMatch, load_lexicon
from corpus.normalise import normalise_text


@dataclass(frozen=True)
class NormalisedQuery:
    original: str
    text: str  # simplified, half-width, whitespace collapsed
    rewritten: str  # `text` with every alias replaced by the documents' word
    matches: tuple[LexiconMatch, ...] = field(default=())

    @property
    def expansion(self) -> list[str]:
        """The documents' words the query implies: canonical names, and for a series title
        its series and level, for an ambiguous word every reading."""
        lexicon = load_lexicon()
        terms: list[str] = []
        for match in self.matches:
            for entry in lexicon.readings(match.surface) or [match.entry]:
                terms += [t for t in (entry.canonical, entry.level, entry.series) if t]
        return list(dict.fromkeys(terms))


def normalise_query(query: str) -> NormalisedQuery:
    text = normalise_text(query)
    matches = tuple(load_lexicon().find(text))
    return NormalisedQuery(original=query, text=text, rewritten=_rewrite(text, matches), matches=matches)


def _rewrite(text: str, matches: tuple[LexiconMatch, ...]) -> str:
    """Replace aliases by canonical names; ambiguous words and places stay as typed."""
    pieces, position = [], 0
    for match in matches:
        pieces.append(text[position : match.start])
        entry = match.entry
        keep = entry.kind in ("ambiguous", "city", "province")
        pieces.append(match.surface if keep else entry.canonical)
        position = match.end
    pieces.append(text[position:])
    return "".join(pieces)
