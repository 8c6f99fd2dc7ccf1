"""jieba tokenisation with the lexicon as user dictionary, for BM25."""

from __future__ import annotations

import functools
import logging
import re

import jieba
import jieba.posseg

from corpus.lexicon import load_lexicon

# Words that carry no meaning for matching a clause: particles, question words, filler.
STOPWORDS = frozenset(
    [
        *"的了吗呢吧啊呀嘛么不是在和与及或等都也就还要有没我你他她它能行会啥哪几这那个把被对从给让到说想问吧嗯哦其之为以于而并将",
        "我们",
        "你们",
        "他们",
        "能不能",
        "可以",
        "可不可以",
        "行不行",
        "会不会",
        "怎么",
        "怎么办",
        "怎样",
        "如何",
        "什么",
        "哪些",
        "哪个",
        "多少",
        "几年",
        "这个",
        "那个",
        "一个",
        "请问",
        "一下",
    ]
)

_WORDLIKE = re.compile(r"[\w\u4e00-\u9fff]")
_RUNS = re.compile(r"[^\W_]+")


@functools.cache
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    for term in load_lexicon().terms():
        tokenizer.add_word(term, freq=20000)
    return tokenizer


def tokenize(text: str) -> list[str]:
    """Search-mode jieba tokens (long words and their parts), lower-cased, no stopwords."""
    tokens = (token.strip() for token in _tokenizer().cut_for_search(text.lower()))
    return [token for token in tokens if _meaningful(token)]


def dictionary_words(text: str) -> list[str]:
    """Whole dictionary words only (no new-word guessing, so a typo stays single characters),
    lower-cased, no stopwords: for telling which words of a question a text never uses."""
    words = (word.strip() for word in _tokenizer().cut(text.lower(), HMM=False))
    return [word for word in words if _meaningful(word)]


@functools.cache
def _tagger() -> jieba.posseg.POSTokenizer:
    return jieba.posseg.POSTokenizer(_tokenizer())


def content_words(text: str) -> list[str]:
    """The dictionary words that name something (nouns, nominal verbs): 养老保险, 安家费, 年龄 — not
    免考, 属于, 够不够, 的话. For telling which things a question asks about that a text never names."""
    tagged = _tagger().cut(text.lower(), HMM=False)
    return [
        pair.word.strip()
        for pair in tagged
        if _meaningful(pair.word.strip()) and (pair.flag.startswith("n") or pair.flag in ("vn", "an"))
    ]


def _meaningful(word: str) -> bool:
    return bool(word) and word not in STOPWORDS and bool(_WORDLIKE.search(word))


def char_bigrams(text: str) -> list[str]:
    """Overlapping two-character pieces of each run of letters, digits or CJK characters."""
    return [run[i : i + 2] for run in _RUNS.findall(text.lower()) for i in range(len(run) - 1)]
