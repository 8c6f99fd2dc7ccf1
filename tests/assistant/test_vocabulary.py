"""Which words of a question the documents never use (assistant/vocabulary.py)."""

import pytest

from assistant.vocabulary import unmentioned_things, unmentioned_words


def test_things_the_documents_never_name_are_named():
    assert unmentioned_things("评上高级技师以后有安家费吗") == ["安家费"]


@pytest.mark.parametrize(
    "question",
    [
        "专业技术人员参加职业技能评价可以免考理论吗",
        "技能等级属于什么",
        "是从什么时候开始算",
        "咯个职称贯通是么子意思咯",
        "我是做公众号的 想核对一下 技师评工程师是不是要拿证满三年 这个跟文件对得上吗",
    ],
)
def test_verbs_and_function_words_are_not_named(question):
    assert unmentioned_things(question) == []


def test_verbs_still_count_towards_nothing_here_answers_it():
    assert len(unmentioned_words("评审专家怎么抽取，回避制度是什么，公示期多长")) >= 3


def test_words_that_frame_a_question_do_not_count_as_unmentioned():
    assert unmentioned_words("单设评审组是必须的吗，还是可设可不设？") == []


def test_pointing_words_do_not_count_as_unmentioned():
    assert unmentioned_words("民宿管家这种新职业 也能评职称吗") == ["民宿", "管家"]


def test_hedges_interjections_and_the_persons_occupation_do_not_count_as_unmentioned():
    assert unmentioned_words("emm想问下 数控车工技师能不能考中级会计呀 听说现在支持了 是真的吗") == []


@pytest.mark.parametrize(
    "question",
    [
        "老师好 技工学校的实习指导老师能走技能这条路评职称吗",
        "我们是职称科的，想咨询评审组织方面的问题",
        "我在写一篇公众号文章 想确认一下 技能人才评职称 学历有没有限制",
    ],
)
def test_how_the_person_addresses_us_or_frames_the_question_is_not_a_topic(question):
    assert unmentioned_things(question) == []


@pytest.mark.parametrize(
    "question",
    [
        "技师跟中级职称到底哪个高啊？阿拉剧院里大家吵了一下午",
        "技能人才可以考哪些职业资格证？网上说有八个还是几个，二建算不算",
        "你好，我们是宁波一家汽车零部件企业，技师和高级技师比较多，想问企业能不能自己组织技能人才的职称评审",
    ],
)
def test_the_story_around_a_question_is_not_a_topic_the_documents_miss(question):
    assert unmentioned_words(question) == []


def test_an_occupation_named_with_its_level_is_no_topic_the_documents_miss():
    assert unmentioned_words("请问正高级工程师可以申请工业机器人系统运维员高级技师评价吗？") == []


def test_the_words_that_check_a_claim_are_not_a_topic_the_documents_miss():
    assert unmentioned_words("网上传“高级技师等于高级工程师” 这种说法准确吗") == []
    assert unmentioned_words("96号文原文是“省级以上”吧？帮忙核实一下") == []
