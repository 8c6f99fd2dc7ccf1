"""Whose facts, when a message names several people (assistant/reading/people.py)."""

import datetime as dt

import pytest

from assistant.reading.facts import read
from assistant.reading.people import Asked, only_the_asked

TODAY = dt.date(2026, 6, 15)


def _held(text: str) -> list[dict]:
    return read(text, TODAY).held_skills


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # labelled people: 员工A / 员工B, 甲 / 乙
        (
            "职工A：高级技师，2016年；职工B：技师，2024年3月。先帮我看A能不能评副高",
            [{"level": "高级技师", "obtained": "2016"}],
        ),
        (
            "员工甲技师（2019年），员工乙高级工（2022年），乙想评助理工程师，帮看一下乙",
            [{"level": "高级工", "obtained": "2022"}],
        ),
        # people by name: 老李 / 小陈, 王老师 / 赵老师
        (
            "我们班组两个高级工，老李2015年的，小陈2023年的，帮我看看小陈能不能评助理",
            [{"level": "高级工", "obtained": "2023"}],
        ),
        (
            "孙师傅是高级技师，他徒弟小郑是技师，今天先帮小郑问，小郑2021年拿的证",
            [{"level": "技师", "obtained": "2021"}],
        ),
        # relatives and the caller: 我爸 / 我叔, 她老公 / 她自己
        ("我妈是技师，我姐是高级工，我姐2020年拿的证，她想评助理工程师", [{"level": "高级工", "obtained": "2020"}]),
        ("来电人和她丈夫都在厂里，她丈夫是高级技师，她是技师，问她自己能不能评工程师", [{"level": "技师"}]),
        (
            "我和我媳妇一个单位，我是技师她是高级工，帮她问问能不能评助理，她21年拿的",
            [{"level": "高级工", "obtained": "2021"}],
        ),
        # said of them all: 都是 / 两个
        ("我和我哥都是技师，他想考安全工程师，我想评工程师，先问我的", [{"level": "技师"}]),
        # 俺 and 闽南's 阮 / 家己 speak as 我; a workmate's level is theirs; the one who wishes, not the aside
        (
            "俺是采油工 技师 2019年拿的证 俺媳妇是化验员 也是高级工 先问俺自己的哈 能评工程师不",
            [{"level": "技师", "obtained": "2019"}],
        ),
        (
            "我佇泉州做石雕 高级工证提了六冬 阮小弟是石雕技师 想问我家己会使评助理工艺美术师无",
            [{"level": "高级工", "years_held": 6.0}],
        ),
        (
            "高级工2019年 技师2022年 我同事高级技师评上高工了 我啥时候能评工程师",
            [{"level": "高级工", "obtained": "2019"}, {"level": "技师", "obtained": "2022"}],
        ),
        (
            "技师2021年拿的 我自己想评工程师 另外我们科长是高级技师 他能不能评个啥",
            [{"level": "技师", "obtained": "2021"}],
        ),
        # the one asked about: 我想问的是他…
        (
            "我爸高级技师 2010年拿的 我自己是技师 我想问的是他还能评高级工程师不",
            [{"level": "高级技师", "obtained": "2010"}],
        ),
        # someone named in passing is not the subject of what follows (孩子上学忙…, then oneself)
        (
            "俺在柴油机厂干钳工，前几年孩子上学忙没顾上，23年9月份才考下来技师，俺想问问俺现在能报不",
            [{"level": "技师", "obtained": "2023-09"}],
        ),
        # told apart by their levels: 一个…一个…, 那个…
        (
            "我带了两个学徒，一个是中级工，一个是高级工，那个高级工的2024年拿的证，想评助理",
            [{"level": "高级工", "obtained": "2024"}],
        ),
        # the speaker's own level said after their workplace, an apprentice's after it
        ("我是昆明一个汽修厂的高级工 拿证三年了 我徒弟是技师都评上工程师了", [{"level": "高级工", "years_held": 3.0}]),
    ],
)
def test_only_the_person_asked_about(text, held):
    assert _held(text) == held


def test_what_someone_said_of_the_rules_is_no_case_of_theirs():
    extraction = read("俺是技师，俺们车间主任说技师能评工程师，俺想问问俺现在能报不", TODAY)
    assert extraction.updates.get("target_level") == "中级"


def test_a_review_said_of_both_is_the_asked_persons():
    extraction = read("我哥是采油技师 2019年的 我是高级工 我俩考核都合格 帮他问问能评中级不", TODAY)
    assert extraction.held_skills == [{"level": "技师", "obtained": "2019"}]
    assert extraction.updates.get("annual_reviews_all_pass") is True


def test_honours_of_another_are_not_theirs():
    extraction = read("来电人说她师傅是全国技术能手，她自己是高级技师，2018年的，想评副高，问她自己", TODAY)
    assert extraction.held_skills == [{"level": "高级技师", "obtained": "2018"}]
    assert "honours" not in extraction.updates


@pytest.mark.parametrize(
    "text",
    [
        "我是技师，2020年拿的证，想评工程师",
        "我同事是高级工，帮他问问能不能评助理工程师",
        "我是县人社局的，我们这有个技师，他想问能不能评工程师",
        "技师和工程师哪个高",
    ],
)
def test_one_person_is_left_alone(text):
    assert only_the_asked(text) == Asked(text)


def test_positions_are_kept():
    text = "员工A技师2017年，员工B高级工2023年，先问B"
    asked = only_the_asked(text)
    assert len(asked.text) == len(text) and "2017" not in asked.text and asked.first_of_several is None


def test_several_asked_about_at_once_reads_the_first_and_says_so():
    extraction = read("赵六2021年拿的技师证，钱七2018年拿的高级技师，他们分别能评什么", TODAY)
    assert extraction.first_of_several == "赵六"
    assert extraction.held_skills == [{"level": "技师", "obtained": "2021"}]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the one level said before a correction is replaced, with its date
        ("我弟是中级工 不对 他前年考上高级工了 想评助理", [{"level": "高级工", "obtained": "2024"}]),
        ("他是技师，2021年拿证……写错了，是高级技师，2021年拿的", [{"level": "高级技师", "obtained": "2021"}]),
        (
            "她是技师，2016年取证……更正一下，她2016年取得的高级工，技师是前年才拿的",
            [{"level": "高级工", "obtained": "2016"}, {"level": "技师", "obtained": "2024"}],
        ),
        # a correction of the date alone keeps the level
        ("我技师证是2020年拿的，不对，2019年", [{"level": "技师", "obtained": "2019"}]),
    ],
)
def test_a_correction_replaces_what_it_names(text, held):
    assert _held(text) == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # 那口子 is someone spoken for; 他 after 孩子上学 still means them
        (
            "我帮我家那口子问问哈，他在沈阳修车，前年7月考的汽车维修高级工，孩子上学一堆事他也不管，你给看看他现在能评不",
            [{"level": "高级工", "obtained": "2024-07"}],
        ),
        # 听他同事说…: where it was heard, not whom it is about
        (
            "俺想替俺家那口子问问 前年年底考了个技师 听他同事说技师能评工程师 中不中啊",
            [{"level": "技师", "obtained": "2024-12"}],
        ),
    ],
)
def test_the_one_spoken_for_stays_the_subject(text, held):
    assert _held(text) == held


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # a spouse's title and certificate (两口子…她 / 俺媳妇…不问她的事儿 / 俺对象 / 我男人 / 我老婆), then the
        # speaker's own (我自己 / 俺自个儿 / 俺也 / 我也问问)
        (
            "我们两口子都在遵义一个酒厂上班 她去年评上助理工程师了 是拿高级工证去评嘞。"
            "我自己是酿酒技师 2020年国庆那会儿拿嘞证 我得不得评个工程师哦",
            [{"level": "技师", "obtained": "2020-10"}],
        ),
        (
            "俺媳妇在保定一家医院 她是护师 不问她的事儿。俺自个儿是修车的 "
            "汽车维修工技师 22年七一前后拿的证 能评个工程师不",
            [{"level": "技师", "obtained": "2022-07"}],
        ),
        (
            "俺对象是邯钢的高级技师 前年评上高级工程师了。俺也在邯钢 "
            "开天车 技师 拿证刚半年 听他说得满三年才能评 是真的不",
            [{"level": "技师", "years_held": 0.5}],
        ),
        (
            "六一带娃出来耍 顺便问问 我男人在铜仁锰厂是高级技师 他嘞我晓得了。"
            "我自己在同一个厂当化验工 技师 两年半了 想评工程师",
            [{"level": "技师", "years_held": 2.5}],
        ),
        ("我老婆今年考了初级会计 她让我也问问 我是上饶一家光伏厂个技师 想考中级会计 能不能报", [{"level": "技师"}]),
    ],
)
def test_a_spouses_case_told_first_is_not_the_speakers(text, held):
    assert _held(text) == held


def test_a_fathers_life_is_not_the_speakers_time_at_work():
    said = read(
        "清明回会泽上坟 我爹又说起他们那代人 干一辈子电工也评不上个职称。我也是干电工嘞 在曲靖供电这边 去年拿嘞技师证",
        TODAY,
    ).updates
    assert "technical_work_interrupted" not in said and said["province"] == "云南"


def test_relatives_named_as_a_time_or_those_taught_are_no_one_asked_about():
    said = read(
        "我今年四十二了高级工是孩子上小学那年考的2016年嘛后来一直在小区里头当电工没变过现在想评助理工程师", TODAY
    )
    assert said.held_skills == [{"level": "高级工", "obtained": "2016"}] and said.updates["target_level"] == "助理级"
    taught = read("我是高级技师，这些年带了十几个徒弟，准备今年报职称，带徒弟在评审里算不算业绩？", TODAY)
    assert taught.updates["track"] == "skill_to_title"
    relayed = read("来电的是个东北大哥，原话是：俺是汽修的高级工，整了老些年了，想评助理工程师。他在沈阳。", TODAY)
    assert relayed.updates["province"] == "辽宁"
