"""A ranked clause, with the sentence that matched and why."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Hit:
    clause_id: str
    label: str
    score: float  # fused score in [0, 1]; comparable within one query only
    text: str  # the clause text
    sentence: str  # the best-matching sentence, a verbatim substring of `text`
    reason: str  # why it matched, in Chinese: components, words, lexicon rewrites
    heading: str = ""
    components: dict[str, float] = field(default_factory=dict)  # per-component scores

    def to_dict(self) -> dict:
        """DESIGN's hit shape {"clause_id","label","score","text"} plus the explanation."""
        return {
            "clause_id": self.clause_id,
            "label": self.label,
            "score": round(self.score, 4),
            "text": self.text,
            "heading": self.heading,
            "sentence": self.sentence,
            "reason": self.reason,
            "components": {name: round(value, 4) for name, value in self.components.items()},
        }
