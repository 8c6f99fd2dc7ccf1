"""The answer object: what `ask --json`, POST /v1/ask and POST /v1/chat return (DESIGN contract)."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from rules import Verdict

Intent = Literal["eligibility", "policy", "out_of_scope", "smalltalk"]


class Citation(BaseModel):
    clause_id: str = Field(examples=["mohrss-2020-96:2.2.1"])
    label: str = Field(examples=["人社部发〔2020〕96号 二（二）1"])
    quote: str = Field(description="A verbatim substring of the cited clause's text.")


class NextQuestion(BaseModel):
    fact: str = Field(description="The fact this question collects, e.g. skill_level.")
    text: str = Field(examples=["您现在取得的最高职业技能等级是什么？"])
    options: list[str] = Field(default_factory=list, description="Quick replies.")


_MARKUP = re.compile(r"(?m)\*\*|__|^\s*(?:[>#-]+|\d+\.)\s*|_")


def plain_first_paragraph(markdown: str) -> str:
    """The first paragraph of a markdown answer as plain text: what to say first."""
    first = next((p for p in markdown.strip().split("\n\n") if p.strip()), "")
    return " ".join(_MARKUP.sub("", line).strip() for line in first.splitlines() if line.strip())


class Answer(BaseModel):
    answer: str = Field(description="Markdown, simplified Chinese: the first paragraph is what to say first.")
    summary: str = Field("", description="The answer's first paragraph as plain text (SMS, hotline screens).")
    intent: Intent
    citations: list[Citation] = Field(default_factory=list)
    verdict: Verdict | None = Field(None, description="The rules' verdict, when the turn decided one.")
    facts: dict[str, Any] = Field(default_factory=dict)
    fact_sources: dict[str, str] = Field(
        default_factory=dict, description="For each fact, the words it was read from (so an operator sees why)."
    )
    next_question: NextQuestion | None = None
