"""A reply read in the context of the open question (assistant/reading/replies.py)."""

import datetime as dt

import pytest

from assistant.reading import replies
from assistant.reading.facts import read
from corpus.normalise import normalise_text

TODAY = dt.date(2026, 6, 15)


def answer(text, pending, known=None, classifier=None):
    extraction = read(text, TODAY, pending, known)
    kind = replies.answer(text, pending, extraction, classifier, known)
    return kind, extraction.updates


@pytest.mark.parametrize(
    ("text", "pending", "kind", "updates"),
    [
        ("对应", "occupation_matches_post", "yes", {"occupation_matches_post": True}),
        ("不对应", "occupation_matches_post", "no", {"occupation_matches_post": False}),
        ("够了够了", "meets_occupation_standard", "yes", {"meets_occupation_standard": True}),
        ("都过了", "annual_review_results", "yes", {"annual_reviews_all_pass": True}),
        ("没断过", "technical_work_gap_years", "yes", {"technical_work_interrupted": False}),
        (
            "中间出去跑了半年运输",
            "technical_work_gap_years",
            "yes",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("都没有", "honours", "no", {"honours": []}),
        ("那倒没有 就是平平常常干活", "major_contribution", "no", {"major_contribution": False}),
        ("查过了，够的，还多出来两年", "meets_occupation_standard", "yes", {"meets_occupation_standard": True}),
        (
            "算对口吧，我一直做变电设计和调试。",
            "occupation_matches_post",
            "yes",
            {"occupation_matches_post": True, "technical_work_interrupted": False},
        ),
        ("省上国家嘞那些奖么没得 就是参加过几回展览", "honours", "no", {"honours": []}),
        ("没有职称", "title_held", "no", {"title_held": "无"}),
        ("算是吧，我就是跑外卖的", "new_occupation", "yes", {"new_occupation": True}),
        ("这个真不晓得", "annual_review_results", "unsure", {}),
        ("不太清楚，单位从来没通知过", "annual_review_results", "unsure", {}),
        ("记不得哪年了，得回家翻翻证", "skill_certificates_obtained", "unsure", {}),
        ("5个，含5个", "applicant_count", "yes", {"applicant_count": 5, "track": "organiser"}),
        ("二十三年", "cumulative_work_years", "yes", {"cumulative_work_years": 23.0}),
        ("那不对应，我现在管项目，不焊了", "occupation_matches_post", "no", {"occupation_matches_post": False}),
        ("我学的会计，跟电工不沾边", "related_major_diploma", "no", {"related_major_diploma": False}),
        (
            "她岗位是质检员，想考的是化学检验员，一回事",
            "occupation_matches_post",
            "yes",
            {"occupation_matches_post": True},
        ),
        ("从九八年参加工作到现在", "cumulative_work_years", "yes", {"cumulative_work_years": 28.0}),
        ("一线倒是一直在，绝活嘛……不好说", "front_line_mastery", "unsure", {}),
        ("传统行业，修锅炉的", "new_occupation", "no", {"new_occupation": False}),
        ("奖的话没有", "honours", "no", {"honours": []}),
        (
            "年年都是合格，没得不合格哩",
            "annual_review_results",
            "yes",
            {"annual_review_results": ["合格", "合格", "合格"], "annual_reviews_all_pass": True},
        ),
        ("没有，全国技术能手、省里的都没评上，也没享受啥津贴", "honours", "no", {"honours": []}),
        ("那可没有 给国家做突出贡献那得是大人物", "major_contribution", "no", {"major_contribution": False}),
        ("不知道对应哪个系列 感觉哪个都对不上 算其他吧", "series", "yes", {"series": "其他"}),
        (
            "我是2019年拿的技师哈，你先看看年限够不够",
            "annual_review_results",
            None,
            {},
        ),
        ("岗位是质检，想报化学检验员，对得上", "occupation_matches_post", "yes", {"occupation_matches_post": True}),
        ("莫得断过哈，一直在搞这个", "technical_work_gap_years", "yes", {"technical_work_interrupted": False}),
        (
            "她是护理专业毕业的，考的养老护理员，算相关吧",
            "related_major_diploma",
            "yes",
            {"related_major_diploma": True},
        ),
        ("这个怎么才算绝活？要啥证明不", "front_line_mastery", None, {}),
        (
            "够，他累计干了十五年了。",
            "meets_occupation_standard",
            "yes",
            {"meets_occupation_standard": True, "cumulative_work_years": 15.0},
        ),
        (
            "一直在岗。另外补充一下，他近三年考核都是合格。",
            "technical_work_gap_years",
            "yes",
            {
                "technical_work_interrupted": False,
                "annual_review_results": ["合格", "合格", "合格"],
                "annual_reviews_all_pass": True,
            },
        ),
        ("有绝活 但是前几年调去管理岗了", "front_line_mastery", "no", {"front_line_mastery": False}),
        (
            "员工现岗位为质量检验，拟申报的是焊工技师，不完全对应。",
            "occupation_matches_post",
            "no",
            {"occupation_matches_post": False, "target_level": "技师"},
        ),
        ("通信专业技术人员职业资格（中级）。", "exam", "yes", {"exam": "通信", "track": "qualification_exam"}),
        ("合格", "annual_review_results", "yes", {"annual_reviews_all_pass": True}),
        ("称职的", "annual_review_results", "yes", {"annual_reviews_all_pass": True}),
        ("基本合格", "annual_review_results", "no", {"annual_reviews_all_pass": False}),
        ("都没问题", "annual_review_results", "yes", {"annual_reviews_all_pass": True}),
        ("个体户，哪个给我考核嘛", "annual_review_results", "unsure", {}),  # no reviews is not a failed one
        ("我们厂从来不搞年度考核", "annual_review_results", "unsure", {}),
        ("对口的呀 我就在养老院上班", "occupation_matches_post", "yes", {"occupation_matches_post": True}),
        ("随便 你看着办", "series", "unsure", {}),
        ("应该算对应吧", "occupation_matches_post", "yes", {"occupation_matches_post": True}),
        ("算相关吗 我是工艺员 想报车工", "occupation_matches_post", "unsure", {}),
        ("那肯定不对应嘛，我本职是画图纸的", "occupation_matches_post", "no", {"occupation_matches_post": False}),
        ("我平时画图纸 不是电工岗", "occupation_matches_post", "no", {"occupation_matches_post": False}),
        (
            "想评的是机修钳工技师 平时也带着班组修设备 算对口吧",
            "occupation_matches_post",
            "yes",
            {"occupation_matches_post": True, "target_level": "技师"},
        ),
        (
            "够的够的，我参加工作二十年了",
            "meets_occupation_standard",
            "yes",
            {"meets_occupation_standard": True, "cumulative_work_years": 20.0},
        ),
    ],
)
def test_replies_in_everyday_words(text, pending, kind, updates):
    assert answer(text, pending) == (kind, updates)  # exactly these facts: an unsure reply records none


def test_a_level_given_later_completes_the_honour_said_before():
    known = {"honours": [{"name": "技术能手", "level": None}]}
    kind, updates = answer("不是全国的，是州里的", "honours", known)
    assert kind == "yes" and updates["honours"] == [{"name": "技术能手", "level": "市级"}]


def test_the_classifier_reads_what_the_words_cannot_and_refuses_below_its_threshold():
    def embed(texts):  # a stand-in embedding: 1 for the example "是滴", far from everything else
        import numpy as np

        return np.array(
            [[1.0, 0.0] if t == "是滴" else [0.0, 1.0] if t == "今天天气不错" else [0.3, 0.3] for t in texts]
        )

    classifier = replies.ReplyClassifier(embed=embed, threshold=0.95)
    assert classifier.classify("是滴")[0] == "yes"
    assert classifier.classify("今天天气不错")[0] is None


@pytest.mark.parametrize(
    ("text", "pending", "kind"),
    [
        ("说不上 就是普通干活的", "major_contribution", "no"),
        ("说不上，他厂里的项目算不算我也不清楚", "major_contribution", None),
        ("不管要几年我都够，干了十五年了", "meets_occupation_standard", "yes"),
        ("我没有 我们车间主任倒是全国技术能手", "honours", "no"),
        ("没得。对了评职称要交钱不", "honours", "no"),
        ("那肯定噻 十五岁就跟师傅打银子 三十年没离开过作坊", "front_line_mastery", "yes"),
        ("营林跟种苗 算是吧 我们也自己育苗", "occupation_matches_post", "yes"),
        ("👌", "technical_work_interrupted", "yes"),
    ],
)
def test_answers_of_the_thirty_sixth_to_thirty_eighth_rounds(text, pending, kind):
    extraction = read(text, TODAY, pending)
    said = replies.answer(text, pending, extraction, classifier=None)
    assert (said if said in ("yes", "no") else None) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("有毕业证 学的会计", None),  # a diploma, whether its major fits not said
        ("有 大专学的电气自动化", "yes"),
    ],
)
def test_a_diploma_named_with_its_major_is_a_yes_only_when_it_answers_the_question(text, kind):
    extraction = read(text, TODAY, "related_major_diploma")
    said = replies.answer(text, "related_major_diploma", extraction, classifier=None)
    assert (said if said in ("yes", "no") else None) == kind and (kind is not None) == (
        "related_major_diploma" in extraction.updates
    )


def test_not_daring_to_boast_of_a_contribution_is_a_no():
    text = "那不敢吹 就是在宜昌参加过一点三峡那边机组检修的活"
    extraction = read(text, TODAY, "major_contribution")
    assert replies.answer(text, "major_contribution", extraction, classifier=None) == "no"


def test_not_really_a_contribution_in_other_words_is_a_no():
    extraction = read("那倒说不上，就是个普通工人", TODAY, "major_contribution")
    assert replies.answer("那倒说不上，就是个普通工人", "major_contribution", extraction, classifier=None) == "no"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("不是不对口 我就是在茶叶检验站 报的评茶员", "yes"),  # a double negation is the answer after it
        ("这个我说不来", "unsure"),
        ("呢个未谂过", "unsure"),
        ("这个算新职业嘛", "unsure"),  # asked back whether it is new: not known to them
    ],
)
def test_double_negations_and_dialect_unsure_replies(text, kind):
    assert replies.kind_by_words(text) == kind


def test_a_hedge_said_after_enough_is_unsure():
    assert answer("够了吧 应该", "meets_occupation_standard")[0] == "unsure"
    assert answer("够了", "meets_occupation_standard")[0] == "yes"


def test_never_mind_is_not_a_yes():
    # (算了 had been read as 算, "it counts": a person refusing the title offered was taken to accept it)
    assert replies.kind_by_words("算了") is None and replies.kind_by_words("算了吧") is None
    assert replies.kind_by_words("算是吧") == replies.YES


def test_an_emoji_alone_says_yes_or_no():
    assert replies.kind_by_words("👌") == replies.YES and replies.kind_by_words("❌") == replies.NO


@pytest.mark.parametrize(
    ("text", "pending", "kind"),
    [
        ("不是不是 就是种了几十年的水稻", "new_occupation", "no"),  # a no said twice is no double negation
        ("那肯定够啊 我干了快三十年了", "meets_occupation_standard", "yes"),
        ("那当然是 厂里一年产值好几十个亿", "enterprise_above_scale", "yes"),
        ("车床那手绝活 厂里挑不出第二个 二十年一直在车间", "front_line_mastery", "yes"),
        ("一直在车间 就是没啥绝活", "front_line_mastery", "no"),  # the front line without the skill
    ],
)
def test_answers_of_the_seventy_third_round(text, pending, kind):
    extraction = read(text, TODAY, pending)
    said = replies.answer(text, pending, extraction, classifier=None)
    assert (said if said in ("yes", "no") else None) == kind


@pytest.mark.parametrize(
    ("text", "pending", "kind"),
    [
        ("标准要几年我记不住 反正干了二十年了肯定够", "meets_occupation_standard", "yes"),  # what 反正 settles
        ("不记得专业全称了，反正是工科", "related_major_diploma", None),
        ("标准要几年俺记不清了，反正俺参加工作十二年了，应该够了吧", "meets_occupation_standard", None),
        ("这个他不敢说", "major_contribution", "no"),
    ],
)
def test_answers_of_the_seventy_fifth_round(text, pending, kind):
    extraction = read(text, TODAY, pending)
    said = replies.answer(text, pending, extraction, classifier=None)
    assert (said if said in ("yes", "no") else None) == kind


@pytest.mark.parametrize(
    ("text", "pending", "kind"),
    [
        ("那些都够不着 俺就是个普通工人", "honours", "no"),
        ("一直都在干，莫得歇过", "technical_work_interrupted", "no"),
    ],
)
def test_answers_of_the_seventy_sixth_round(text, pending, kind):
    text = normalise_text(text)
    extraction = read(text, TODAY, pending)
    said = replies.answer(text, pending, extraction, classifier=None)
    assert (said if said in ("yes", "no") else None) == kind


def test_something_there_said_to_the_reviews_question_is_no_result():
    assert answer("有啊 厂里啲灯控系统得我识修", "annual_review_results") == (None, {})
    assert answer("嗯 一直在装置上 没挪过窝", "annual_review_results")[0] is None  # (the work, not the reviews)


def test_a_match_said_last_in_dialect_is_a_yes():
    assert replies.kind_by_words(normalise_text("我教的就是焊工 实训都是我带 对口嘞")) == replies.YES
    assert replies.kind_by_words(normalise_text("天天编程调车床，跟数控车工对口的。")) == replies.YES


def test_a_bare_no_to_the_reviews_question_is_no_result():
    """没有, asked what the results were: no reviews held, or none failed — neither is a failed year."""
    assert answer("没有", "annual_review_results") == (None, {})
    assert answer(normalise_text("冇"), "annual_review_results") == (None, {})
    assert "annual_reviews_all_pass" not in answer("没有 一直在车间修机器", "annual_review_results")[1]
    assert answer("没有不合格", "annual_review_results")[1] == {"annual_reviews_all_pass": True}


def test_not_knowing_and_no_in_cantonese():
    assert replies.kind_by_words(normalise_text("唔知喔")) == replies.UNSURE
    assert replies.kind_by_words(normalise_text("冇")) == replies.NO
    assert replies.kind_by_words(normalise_text("冇问题")) == replies.YES
    assert replies.kind_by_words(normalise_text("啱嘅 我岗位就系设备部做电气维修")) == replies.YES


def test_what_is_known_said_after_not_knowing_is_the_answer():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2019"}]}
    assert answer("助理工程师还是工程师 我也不晓得 反正是工程那块", "series", known)[1] == {"series": "工程"}
    assert answer("他说一直在干吧 我也不太清楚", "technical_work_interrupted")[0] == "unsure"


def test_little_to_do_with_the_post_is_no_match():
    said = normalise_text("岗位…算质检吧 平时就是拿卡尺量零件出报告 车床俺不上 说实话跟数控车关系不大")
    assert answer(said, "occupation_matches_post", {"track": "title_to_skill"})[1] == {"occupation_matches_post": False}


def test_an_answer_after_thanks_is_the_answer_though_a_question_follows():
    said = normalise_text("谢谢你啊 这些都没有 对了评职称要交钱不")
    assert answer(said, "honours", {"track": "skill_to_title"}) == ("no", {"track": "skill_to_title", "honours": []})


def test_an_honour_supposed_and_denied_then_no_is_none():
    said = normalise_text("哈哈 来电人说他要有全国技术能手就不打这个电话了 没有")
    assert answer(said, "honours", {"track": "skill_to_title"})[1].get("honours") == []


def test_the_level_of_an_honour_told_before_is_put_right():
    known = {"track": "skill_to_title", "honours": [{"name": "政府特殊津贴", "level": "市级"}]}
    said = normalise_text("刚才那个津贴说错了 不是州里嘞 是省政府给嘞")
    assert answer(said, "honours", known) == ("yes", {"honours": [{"name": "政府特殊津贴", "level": "省级"}]})


def test_the_level_of_an_honour_put_right_in_dialect_while_another_question_is_answered():
    known = {"track": "skill_to_title", "honours": [{"name": "政府特殊津贴", "level": "省级"}]}
    said = normalise_text("证是一六年的 啊对了 那个津贴讲错了 毋着 是市里面的")
    updates = answer(said, "skill_certificates_obtained", known)[1]
    assert updates.get("honours") == [{"name": "政府特殊津贴", "level": "市级"}]


def test_a_thing_denied_by_its_nickname_before_anothers_honour_is_no():
    known = {"track": "skill_to_title", "target_level": "副高级"}
    said = normalise_text("那玩意儿俺可没有 俺们队长倒是全国技术能手 俺就一干活的")
    assert answer(said, "honours", known) == ("no", {"honours": []})


def test_none_of_ones_own_after_anothers_honour_is_no():
    known = {"track": "skill_to_title", "target_level": "正高级"}
    assert answer("我师傅是全国技术能手 我自己是没有嘞", "honours", known) == ("no", {"honours": []})


def test_not_the_persons_own_question_is_neither_yes_nor_no():
    known = {"track": "skill_to_title", "target_level": "中级", "series": "工程"}
    assert answer("不是我 是他们三个 都是技师 我是搞人事的", "skill_certificates", known) == (None, {})


def test_an_answer_before_a_date_put_right_is_the_answer():
    known = {"track": "title_to_skill", "title_held": "中级", "title_obtained": "2019", "target_level": "技师"}
    said = normalise_text("有 电气自动化的大专 哦对了职称不是19年 是18年12月份评的")
    assert answer(said, "related_major_diploma", known) == ("yes", {"related_major_diploma": True})


def test_a_post_said_to_have_nothing_to_do_with_the_level_in_hokkien_is_no():
    known = {"track": "title_to_skill", "title_held": "助理级", "target_level": "高级工"}
    said = normalise_text("阮这马做品管 佮欲报嘅钳工无啥关系")
    assert answer(said, "occupation_matches_post", known) == ("no", {"occupation_matches_post": False})


def test_none_of_ones_own_then_anothers_honour_is_no():
    assert answer(normalise_text("我冇 他有个广西技术能手"), "honours", {"track": "skill_to_title"}) == (
        "no",
        {"honours": []},
    )


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("工作室系广东省人社厅挂牌嘅 省级 我系带头人 国家级嗰个未有", "省级"),  # the national level denied
        ("工作室是省里挂的……不对 是人社部去年挂的牌 国家级的 我是领办人", "国家级"),  # put right
    ],
)
def test_the_level_of_a_studio_is_the_one_said_not_the_one_denied(text, level):
    known = {"track": "skill_to_title", "honours": [{"name": "技能大师工作室带头人", "level": None}]}
    assert answer(normalise_text(text), "honours", known) == (
        "yes",
        {"honours": [{"name": "技能大师工作室带头人", "level": level}]},
    )


def test_giving_up_on_the_reviews_question_is_no_fail():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]}
    said = normalise_text("考核？考核表在人事那 我哪晓得 算了算了 太麻烦了 不整了 拜拜")
    kind, facts = answer(said, "annual_review_results", known)
    assert kind == "unsure" and "annual_reviews_all_pass" not in facts


def test_none_said_with_a_closing_particle_is_no():
    said = normalise_text("我冇得咯 我们班长倒是省技术能手")
    assert answer(said, "honours", {"track": "skill_to_title"}) == ("no", {"honours": []})


def test_a_contribution_not_claimed_for_a_father_is_no():
    known = {"track": "skill_to_title", "target_level": "副高级"}
    assert answer("这个俺爹可不敢吹 就是个烧窑的", "major_contribution", known) == ("no", {"major_contribution": False})


@pytest.mark.parametrize(
    ("text", "pending", "facts"),
    [
        ("不合格还能让我带徒弟？", "annual_review_results", {"annual_reviews_all_pass": True}),  # supposed, to deny it
        ("都过了 就是担心今年车间换了领导 不好说", "annual_review_results", {"annual_reviews_all_pass": True}),
        (
            "这些年带动我们村和周边三百多户做银饰脱了贫 县里当乡村振兴的典型 算得上",
            "major_contribution",
            {"major_contribution": True},
        ),
    ],
)
def test_a_yes_said_in_a_question_a_worry_or_at_the_end(text, pending, facts):
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2018"}]}
    assert answer(normalise_text(text), pending, known) == ("yes", facts)


@pytest.mark.parametrize(
    ("text", "pending", "kind", "facts"),
    [
        ("那还能不够咋的 年头老长了", "meets_occupation_standard", "yes", {"meets_occupation_standard": True}),
        ("她说是三级 又说好像是四级 她自己也整不明白", "skill_certificates", "unsure", {}),  # which, not known
        (
            "我也不太清楚 问了下财务 财务说是规模以上",
            "enterprise_above_scale",
            "yes",
            {"enterprise_above_scale": True, "track": "organiser"},
        ),
        ("阮是家己开店 无考核", "annual_review_results", None, {}),  # no reviews: no "no"
        ("国务院津贴那是我们总工才有的 我哪有", "honours", "no", {"honours": []}),
        ("他要是有那些就不用问了 哈哈 木得", "honours", "no", {"honours": []}),
        ("算是吧 差不多的活", "occupation_matches_post", "yes", {"occupation_matches_post": True}),
        ("咁大顶帽 佢点敢认 冇啦", "major_contribution", "no", {"major_contribution": False}),
        ("佢而家管锅炉 想考锅炉运行值班员 啱晒", "occupation_matches_post", "yes", {"occupation_matches_post": True}),
        ("我今年刚换了单位，新单位还没考过呢", "annual_review_results", "unsure", {}),  # no review yet: no "no"
    ],
)
def test_a_reply_read_with_what_is_said_after_it(text, pending, kind, facts):
    known = {"track": "skill_to_title", "province": "辽宁"}
    assert answer(normalise_text(text), pending, known) == (kind, facts)


@pytest.mark.parametrize(
    ("text", "pending", "kind", "facts"),
    [
        (
            "规上？你是说规模以上企业嘛？是的 职工三千多人 年产值几十亿",
            "enterprise_above_scale",
            "yes",
            {"enterprise_above_scale": True},
        ),
        (
            "年限？标准要求多少？我干了十四年了 肯定够",
            "meets_occupation_standard",
            "yes",
            {"meets_occupation_standard": True},
        ),
        ("这个是啥意思？你说清楚点", "meets_occupation_standard", None, {}),
    ],
)
def test_a_yes_or_no_said_after_the_question_is_asked_back(text, pending, kind, facts):
    said, updates = answer(normalise_text(text), pending, {"track": "organiser"})
    assert (said, {name: updates.get(name) for name in facts}) == (kind, facts)
