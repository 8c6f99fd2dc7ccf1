"""The one error FAQ generation raises: the text, the rules and the FAQ disagree."""

from __future__ import annotations


class FaqVerificationError(Exception):
    """An FAQ entry failed a check. The message is bilingual and names the entry,
    so whoever reads the build log knows which question to look at."""

    def __init__(self, entry_id: str, chinese: str, english: str):
        self.entry_id = entry_id
        self.chinese = chinese
        self.english = english
        super().__init__(
            f"常见问题条目 {entry_id} 校验失败：{chinese}\nFAQ entry {entry_id} failed verification: {english}"
        )
