"""The answer pipeline, written out step by step in one place.

Work in progress (issue 5): for now every message gets a fixed reply. The
signatures are the contract the CLI, the HTTP service and the UI build on.
"""

from __future__ import annotations

import datetime as dt

from assistant.answer import Answer
from assistant.dialogue import DialogueState, Turn

PLACEHOLDER_REPLY = "对话功能正在建设中。现在可以用 guantong clause 查看条款原文。"


class Assistant:
    def ask(self, question: str, as_of: dt.date | None = None, province: str | None = None) -> Answer:
        """One stateless question."""
        return self.chat(DialogueState(), question, as_of=as_of, province=province)

    def chat(self, state: DialogueState, message: str, as_of: dt.date | None = None,
             province: str | None = None) -> Answer:
        """One turn of a conversation; updates `state` in place."""
        state.turns.append(Turn(role="user", text=message))
        answer = Answer(answer=PLACEHOLDER_REPLY, intent="smalltalk", facts=dict(state.facts))
        state.turns.append(Turn(role="assistant", text=answer.answer))
        return answer
