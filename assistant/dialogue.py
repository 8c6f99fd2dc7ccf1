"""Dialogue state: what one conversation has established so far. Serialisable, stored by the service."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class Turn(BaseModel):
    role: str  # "user" or "assistant"
    text: str


class DialogueState(BaseModel):
    facts: dict[str, Any] = Field(default_factory=dict)
    fact_sources: dict[str, str] = Field(default_factory=dict, description="fact name → the message it came from")
    pending_fact: str | None = None  # what the last question asked for
    turns: list[Turn] = Field(default_factory=list)
