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
    spaced = _SPACES.sub(" ", to_simplified(to_half_width(text))).strip()
    return load_lexicon().correct(_joined_if_spoken_word_by_word(_common_numerals(spaced)))


# 贰拾年 / 叁个: the numerals of receipts and cheques (a run, or one before a unit; not 陆 alone: 陆续, 陆师傅)
_CAPITAL_NUMERALS = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰]{2,}|[壹贰叁肆伍柒捌玖](?=[年个月岁天名人份])")
_AS_COMMON = str.maketrans("壹贰叁肆伍陆柒捌玖拾佰", "一二三四五六七八九十百")


def _common_numerals(text: str) -> str:
    return _CAPITAL_NUMERALS.sub(
        lambda run: run.group() if set(run.group()) == {"陆"} else run.group().translate(_AS_COMMON), text
    )


_BETWEEN_WORDS = re.compile(
    r"(?<=[^\s，,。！!？?：:；;])(?<!\d)\s(?=[^\s，,。！!？?：:；;])|(?<=\d)\s(?=[^\s\d，,。！!？?：:；;])"
)


def _joined_if_spoken_word_by_word(text: str) -> str:
    """您 好 我 是 西 双 版 纳 的 橡 胶 工 / 焊工 高级技师 2018年 拿的 想 问: voice input that puts a space
    after nearly every word says nothing by its spaces (高级 工程师 is 高级工程师); a space between
    phrases (我是技师 二三年拿的) still parts them, and so does one between numbers (22 23 24 合格 合格 优秀:
    three years, not 222324)."""
    words = text.split(" ")
    if len(words) < 6 or sum(len(word) for word in words) / len(words) > 2.5:
        return text
    return _BETWEEN_WORDS.sub("", text)
