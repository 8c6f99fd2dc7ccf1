"""The FAQ's topics, in the order a reader meets them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    topic_id: str  # ASCII, used in anchors and in the JSON
    name: str
    description: str


TOPICS: tuple[Topic, ...] = (
    Topic("overview", "政策概况", "这两份文件是什么、为什么出台、从什么时候执行。"),
    Topic("conditions", "申报条件", "技能人才评职称：哪些系列、要什么等级、满几年、考核要求。"),
    Topic("green-channel", "绿色通道", "获得重要荣誉或身怀绝技的高技能人才怎样直接申报。"),
    Topic("evaluation", "评价方式", "评审看什么、怎么考、怎么评。"),
    Topic("skill-evaluation", "专业技术人员考技能等级", "有职称的专业技术人员怎样参加职业技能评价、考职业资格。"),
    Topic("benefits", "待遇", "取得等级或职称后，单位层面的待遇和激励。"),
    Topic("yunnan", "云南规定", "云南省在国家文件之外补充或从严的要求。"),
    Topic("organisers", "组织评审", "给人社部门、评委会和企业：怎样组织高技能人才职称评审。"),
)

TOPIC_IDS = frozenset(topic.topic_id for topic in TOPICS)
