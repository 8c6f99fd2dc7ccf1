"""Intent routing — eligibility, policy, out of scope, small talk — by patterns and the lexicon, no LLM."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.compose import replies
from assistant.extract import Extraction

_INJECTION = re.compile(
    r"(忽略|无视|忘记|忘掉|不要管|绕过).{0,12}(指令|提示|规则|设定|要求|限制|以上|之前|前面)|"
    r"ignore (all |the |your )?(previous|above|prior)|system prompt|jailbreak|"
    r"你现在是|扮演|角色扮演|开发者模式|developer mode|prompt",
    re.IGNORECASE,
)
_GREETING = re.compile(r"^(你好|您好|hi|hello|hey|嗨|哈喽|在吗|早上好|下午好|晚上好)[!！。.~～\s]*$", re.IGNORECASE)
_THANKS = re.compile(
    r"^(谢谢|多谢|感谢|谢了|thanks|thank you|好的谢谢|明白了|知道了|懂了)[!！。.~～\s啦了呀]*$", re.IGNORECASE
)
_IDENTITY = re.compile(r"你是谁|你是什么|你叫什么|你能做什么|你会什么|你是机器人|你是人工")
_RESET = re.compile(r"^(重新开始|重来|重置|清空|从头开始|reset|restart)[!！。.\s]*$", re.IGNORECASE)
_UNDERSTOOD = re.compile(
    r"(你|您)(都)?(了解|知道|记住|记录)(到)?(了)?(我的?)?(什么|哪些|些什么)|我(都)?说了(什么|哪些)|"
    r"目前(的)?情况|已了解的情况"
)
_PERSONAL = re.compile(r"我|本人|俺|咱|自己|我们|我司|我厂")
_ASKING_ME = re.compile(
    r"能不能|能否|能评|能报|能申|能考|可以|可不可以|行不行|够不够|有没有资格|符合|"
    r"什么时候|何时|哪年|还差|还要多久|多久"
)
_GENERAL_QUESTION = re.compile(r"几年|多少|哪些|哪几|什么(?!时候)|怎么|怎样|如何|是否需要|要不要|规定|条件|政策")
# Facts that describe someone's own case (a place or a series alone may be a general question).
_CASE_FACTS = (
    "title_held",
    "honours",
    "applicant_count",
    "front_line_mastery",
    "exam",
    "track",
    "skill_certificates",
    "target_level",
)
_POLICY_WORDS = re.compile(
    r"职称|技能等级|职业资格|评审|贯通|技师|高级工|高技能|专业技术|评价|申报|考核|"
    r"绿色通道|评委|待遇|政策|文件|规定"
)


@dataclass
class Route:
    intent: str  # eligibility | policy | out_of_scope | smalltalk
    reply_name: str | None = None  # a fixed reply from config, for small talk and out of scope
    meta: str | None = None  # "reset" or "understood"


def out_of_scope_pointer(text: str) -> str:
    for topic in replies()["pointers"].values():
        if any(word in text for word in topic["words"]):
            return topic["text"]
    return replies()["pointers"]["default"]["text"]


def route(text: str, extraction: Extraction, pending_fact: str | None, has_facts: bool) -> Route:
    if _INJECTION.search(text):
        return Route("out_of_scope", "injection")
    if _RESET.match(text):
        return Route("smalltalk", meta="reset")
    if _UNDERSTOOD.search(text):
        return Route("smalltalk", meta="understood")
    if _GREETING.match(text):
        return Route("smalltalk", "greeting")
    if _THANKS.match(text):
        return Route("smalltalk", "thanks")
    if _IDENTITY.search(text) and not extraction.domain_terms:
        return Route("smalltalk", "identity")
    personal = bool(_PERSONAL.search(text))
    in_domain = bool(extraction.domain_terms or _POLICY_WORDS.search(text))
    if _GENERAL_QUESTION.search(text) and in_domain and not personal and not extraction.held_skills:
        return Route("policy")  # 哪些系列可以贯通？ — even in the middle of a check
    organiser_how = extraction.updates.get("track") == "organiser" and "applicant_count" not in extraction.updates
    if organiser_how and _GENERAL_QUESTION.search(text):
        return Route("policy")  # 我们公司想自己评职称，怎么操作: the organiser rules, quoted
    if (pending_fact and not extraction.empty) or extraction.ambiguities or extraction.corrected_date:
        return Route("eligibility")
    facts_said = any(name in extraction.updates for name in _CASE_FACTS)
    if personal and (extraction.held_skills or facts_said or _ASKING_ME.search(text)):
        return Route("eligibility")
    dated = any(len(c) > 1 for c in extraction.held_skills)
    if extraction.held_skills and (dated or not _GENERAL_QUESTION.search(text)):
        return Route("eligibility")  # 技师能评中级吗 / 2022年取得高级技师…: a case, even without 我
    if has_facts and extraction.updates and len(text) <= 15:
        return Route("eligibility")  # 那副高呢 / 3年都合格: more about the case under discussion
    if in_domain:
        return Route("policy")
    return Route("out_of_scope", "out_of_scope")
