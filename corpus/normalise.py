"""Text normalisation every layer shares: traditional → simplified, full → half width, spaces, and
the lexicon's common misspellings (职城 → 职称).

A worker may type 職稱 or ＡＢＣ; the documents say 职称 and ABC. The query normaliser
(retrieval), the fact extractor (assistant) and the vocabulary all read text through this.
"""

from __future__ import annotations

import functools
import re

import opencc

from corpus.lexicon import load_lexicon

FULL_WIDTH_OFFSET = 0xFEE0  # ！(U+FF01) … ～(U+FF5E) → ! … ~
_SPACES = re.compile(r"\s+")


@functools.cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_half_width(text: str) -> str:
    chars = []
    for char in text:
        code = ord(char)
        if code == 0x3000:
            chars.append(" ")
        elif 0xFF01 <= code <= 0xFF5E:
            chars.append(chr(code - FULL_WIDTH_OFFSET))
        else:
            chars.append(char)
    return "".join(chars)


def to_simplified(text: str) -> str:
    return _converter().convert(text)


def normalise_text(text: str) -> str:
    return load_lexicon().correct(_SPACES.sub(" ", to_simplified(to_half_width(text))).strip())
