"""What the HTTP API and the web page share: checked, masked messages through the pipeline,
with the dialogue state loaded from and saved to the session store around each turn."""

from __future__ import annotations

from assistant.dialogue import DialogueState
from ui.service.privacy import mask
from ui.service.sessions import SessionStore


class InvalidMessageError(ValueError):
    """A message the assistant will not take: empty or too long. `code` is machine-readable."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message

    @classmethod
    def empty(cls) -> InvalidMessageError:
        return cls("empty_message", "消息是空的，请输入您的问题。")

    @classmethod
    def too_long(cls, length: int, max_chars: int) -> InvalidMessageError:
        return cls(
            "message_too_long",
            f"消息太长了（{length} 字），请控制在 {max_chars} 字以内，一次说清一件事就好。",
        )


class ConversationService:
    """What the HTTP API and the web UI share: checked, masked messages through the pipeline,
    with the dialogue state loaded from and saved to the session store around each turn: a turn
    is one atomic update of its session, so a later turn may go to any process or machine."""

    def __init__(self, store: SessionStore, assistant, max_message_chars: int):
        self.store = store
        self.assistant = assistant
        self.max_message_chars = max_message_chars

    def clean(self, message: str) -> str:
        """The message as the pipeline may see it: stripped, within the cap, identifiers masked."""
        message = message.strip()
        if not message:
            raise InvalidMessageError.empty()
        if len(message) > self.max_message_chars:
            raise InvalidMessageError.too_long(len(message), self.max_message_chars)
        return mask(message)

    def ask(self, question: str, as_of=None, province=None):
        return self.assistant.ask(self.clean(question), as_of=as_of, province=province)

    def send(self, session_id: str | None, message: str, as_of=None, province=None):
        """One turn; a new session when `session_id` is None. Returns (session_id, answer)."""
        message = self.clean(message)
        if session_id is None:
            session_id = self.store.create()
        answer = self.store.update(
            session_id, lambda state: self.assistant.chat(state, message, as_of=as_of, province=province)
        )
        return session_id, answer

    def replay(self, messages: list[str], as_of=None, province=None):
        """A whole conversation given at once (OpenAI clients resend the history): every user
        message goes through a fresh dialogue state in order; the answer to the last one."""
        state = DialogueState()
        cleaned = [self.clean(message) for message in messages]
        answer = None
        for message in cleaned:
            answer = self.assistant.chat(state, message, as_of=as_of, province=province)
        return answer
