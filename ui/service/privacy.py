"""Masking of personal identifiers before anything is stored or logged.

Workers sometimes type their phone or ID-card number into a chat ("我电话13812345678，
身份证530102199001011234，能评吗"). The assistant never needs them, so the service masks
them on the way in: sessions, logs and the pipeline only ever see the masked form.
Masking keeps the first and last characters (138****5678), the way Chinese hotlines read
numbers back, so a user can still recognise what they typed.
"""

from __future__ import annotations

import re
from typing import Any

# 18-digit resident ID (last character may be X) or the old 15-digit form.
_ID_CARD = re.compile(r"(?<![0-9A-Za-z])(?:\d{17}[0-9Xx]|\d{15})(?![0-9A-Za-z])")
# Mainland mobile numbers, optionally with +86 and spaces or hyphens: 138 1234 5678.
_MOBILE = re.compile(r"(?<!\d)((?:\+?86[- ]?)?1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})(?!\d)")
# Landlines with an area code: 0871-12345678, 010 1234567.
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3})[- ]?(\d{3,4})(\d{4})(?!\d)")


def _mask_id_card(match: re.Match) -> str:
    number = match.group(0)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask(text: str) -> str:
    """The text with every phone and ID-card number masked."""
    text = _ID_CARD.sub(_mask_id_card, text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    return _LANDLINE.sub(lambda m: f"{m.group(1)}-{'*' * len(m.group(2))}{m.group(3)}", text)


def mask_data(data: Any) -> Any:
    """`mask` applied to every string inside nested dicts and lists (a dumped model, a log record)."""
    if isinstance(data, str):
        return mask(data)
    if isinstance(data, dict):
        return {key: mask_data(value) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [mask_data(value) for value in data]
    return data
