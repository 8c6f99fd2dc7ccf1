"""Which words of a question the two documents never use: said plainly instead of papered over."""

from __future__ import annotations

import functools
import re

from assistant.reading.facts import occupations
from corpus import load_corpus
from corpus.lexicon import load_lexicon
from retrieval.normalise import normalise_query
from retrieval.tokenize import content_words, dictionary_words

# Question words the tokenizer's stop list does not drop but that carry no topic.
_QUESTION_WORDS = frozenset(
    {"多久", "多长时间", "多长", "时候", "区别", "一样", "问下", "请教", "咨询", "哪里", "哪儿", "在哪", "文件"}
    | {"有没有", "是不是", "能不能", "可不可以", "要不要", "会不会", "行不行"}
    | {"必须", "还是", "可不", "或者", "一定", "到底", "究竟", "是否", "应该"}
    | {"这种", "那种", "这类", "那类", "这样", "那样", "这个", "那个", "哪种", "咱们", "我们"}
    | {"不能", "不可", "现在", "目前", "如今", "听说", "据说", "听人说", "真的", "假的", "一般", "已经", "还能"}
    | {"算不算", "网上", "老师"}  # 技工院校的老师: the documents say 教师
    | {"那天", "那年", "是从", "就是", "不能自己"}  # 不能自己组织: the tokenizer's idiom, not a topic
    | {"意思", "啥子", "咋个", "要得"}  # 是啥意思 / 要得不: the words of a question, in any dialect
    | {"说法", "准确", "原文", "原话", "核实", "等于", "来信", "收到"}  # 这种说法准确吗 / 原文是…吧: a claim checked
)

# 老师好 / 师傅您好，…: how the person addresses us, not what they ask about
_SALUTATION = re.compile(r"^\s*((老师|师傅|领导|同志|专家|客服)(们)?)?(好|您好|你好)[，,！!。~～\s]*")
# 我们是宁波一家汽车零部件企业…，想问企业能不能…: what follows the word that says a question comes
_ASKS = re.compile(r"(想问|请问|问一下|问下|想了解|想咨询|确认|想知道|核对|核实|求证)(一下|下)?")


@functools.cache
def _corpus_text() -> str:
    return "".join(clause.heading + clause.text for clause in load_corpus().clauses())


def _what_is_asked(question: str) -> str:
    """技师跟中级职称到底哪个高啊？阿拉剧院里大家吵了一下午: the clauses that ask, not the story around them."""
    parts = re.split(r"(?<=[？?])", question)
    asking = [part for part in parts if re.search(r"[？?]|(吗|呢|么|不|没|算不算|是不是|能不能)[。！!\s]*$", part)]
    asked = "".join(asking) or question
    said_to_ask = list(_ASKS.finditer(asked))
    return asked[said_to_ask[-1].end() :] if said_to_ask and said_to_ask[-1].end() < len(asked) else asked


# 工业机器人系统运维员高级技师: an occupation named with its level, whatever its words
_AN_OCCUPATION_AT_A_LEVEL = re.compile(
    r"[\u4e00-\u9fa5]{2,10}?(员|工|师)(?=(初级工|中级工|高级工|技师|高级技师|[一二三四五]级))"
)


def unmentioned_words(question: str) -> list[str]:
    """Words of `question` (after lexicon rewriting) that appear nowhere in the corpus; the person's
    occupation (数控车工) and interjections in Latin letters (emm) say nothing of what is asked."""
    asked = _AN_OCCUPATION_AT_A_LEVEL.sub(" ", _SALUTATION.sub("", _what_is_asked(question)))
    rewritten = normalise_query(asked).rewritten
    known = load_lexicon().terms() | _QUESTION_WORDS | set(occupations())
    unmentioned = [
        w
        for w in dictionary_words(rewritten)
        if len(w) >= 2
        and w not in known
        and not w.isascii()
        and not re.fullmatch(r"[一二两三四五六七八九十几\d]+(个|年|月|天)", w)  # 八个还是几个: a count, no topic
        and w not in _corpus_text()
    ]
    return list(dict.fromkeys(unmentioned))


def unmentioned_things(question: str) -> list[str]:
    """The unmentioned words that name something (养老保险, 年龄): the ones worth telling the person the
    documents never use. Verbs (免考, 属于, 开始) only count towards "nothing here answers it"."""
    things = set(content_words(normalise_query(question).rewritten))
    return [word for word in unmentioned_words(question) if word in things]
