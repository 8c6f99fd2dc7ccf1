"""assistant/reading/honours.py: the honours a person holds, as their words give them."""

import pytest

from assistant.reading import honours
from assistant.reading.facts import Extraction


def honours_said(text):
    result = Extraction()
    honours.read(text, result)
    return result.updates.get("honours")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("我是全国技术能手", [{"name": "技术能手", "level": "国家级"}]),
        ("楚雄州技术能手", [{"name": "技术能手", "level": "市级"}]),
        ("市技术能手，哦不对是省技术能手", [{"name": "技术能手", "level": "省级"}]),
        ("技术能手、津贴都没得", []),
        ("我没有，我们车间主任倒是全国技术能手", None),
        ("我们厂有技能大师工作室 想问问企业能不能自己评", None),
        ("厂里给我弄了个工作室", [{"name": "技能大师工作室带头人", "level": None}]),
        ("有高精尖缺的话是不是就能直接评副高了", None),
        ("我是工作室的成员，不是带头人", None),
        ("我师傅倒是全国技术能手 我就没有了", None),
        ("享受过红河州政府特殊津贴 国家级那些没有", [{"name": "政府特殊津贴", "level": "市级"}]),
        (
            "全国五一劳动奖章 去年拿的 别的什么大师工作室 特殊津贴那些就没有了",
            [{"name": "五一劳动奖章", "level": "国家级"}],
        ),
        ("那年我带的徒弟拿了市里比赛二等奖", None),
        (
            "厂里去年刚给我弄了个技能大师工作室 不过是市里挂牌的 市级的 国家级那些我够不上",
            [{"name": "技能大师工作室带头人", "level": "市级"}],
        ),
    ],
)
def test_honours_as_said(text, said):
    assert honours_said(text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("没有 他说他徒弟倒是全国技术能手", None),  # a no, then someone else's honour: none taken
        ("我是省技术能手 也在国家级技能大师工作室里面", [{"name": "技术能手", "level": "省级"}]),  # a member
        ("俺们工作室是国家级技能大师工作室 俺是里头的高级技师", None),  # the studio they work in
    ],
)
def test_honours_of_the_seventy_third_round(text, said):
    assert honours_said(text) == said
