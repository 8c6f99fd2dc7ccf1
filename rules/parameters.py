"""Policy parameters, read once from rules/policy/parameters.yaml."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field

PARAMETERS_FILE = Path(__file__).parent / "policy" / "parameters.yaml"


class Parameter(BaseModel):
    name: str
    value: Any
    clause_id: str
    layer: Literal["national", "yunnan"]
    description: str = Field(description="One plain Chinese sentence stating the rule.")
    evidence: list[str] = Field(description="Verbatim pieces of the clause that carry the value.")
    beyond_text: str | None = Field(None, description="Values not written in the documents, and why.")


class Parameters:
    """All parameters in file order; iterate them, or look one up by name."""

    def __init__(self, parameters: list[Parameter]):
        self._by_name = {p.name: p for p in parameters}

    def __iter__(self) -> Iterator[Parameter]:
        return iter(self._by_name.values())

    def __len__(self) -> int:
        return len(self._by_name)

    def __getitem__(self, name: str) -> Parameter:
        return self._by_name[name]

    def value(self, name: str) -> Any:
        return self._by_name[name].value

    def clause(self, name: str) -> str:
        return self._by_name[name].clause_id


@functools.cache
def load_parameters() -> Parameters:
    raw = yaml.safe_load(PARAMETERS_FILE.read_text(encoding="utf-8"))
    return Parameters([Parameter(**item) for item in raw])
