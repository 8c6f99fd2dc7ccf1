"""Reading the facts a message states about the person (assistant/reading/facts.py)."""

import datetime as dt

import pytest

from assistant.reading.facts import read
from corpus.normalise import normalise_text
from rules import Facts

TODAY = dt.date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "updates", "held"),
    [
        (
            "我是电工，2020年7月拿的技师证，能评中级职称吗",
            {"target_level": "中级", "track": "skill_to_title"},
            [{"level": "技师", "obtained": "2020-07"}],
        ),
        (
            "我19年拿的焊工技师证，现在能评工程师不",
            {"target_level": "中级", "series": "工程"},
            [{"level": "技师", "obtained": "2019"}],
        ),
        (
            "数控一级，22年底拿的，想报高级工程师",
            {"target_level": "副高级"},
            [{"level": "高级技师", "obtained": "2022-12"}],
        ),
        ("高级工，今年上半年拿的证", {}, [{"level": "高级工", "obtained": "2026-06"}]),
        ("拿技师证三年多了", {}, [{"level": "技师", "years_held": 3.0}]),
        ("二〇一八年考下来的高级工", {}, [{"level": "高级工", "obtained": "2018"}]),
        (
            "技师是2021年5月，高级工更早，2015年",
            {},
            [{"level": "高级工", "obtained": "2015"}, {"level": "技师", "obtained": "2021-05"}],
        ),
        ("我技师证是2022年拿的，哦不，2021年", {}, [{"level": "技师", "obtained": "2021"}]),
        (
            "来电人：技师，2021.3取证，工程，考核均合格，问中级",
            {"target_level": "中级", "series": "工程", "annual_reviews_all_pass": True},
            [{"level": "技师", "obtained": "2021-03"}],
        ),
        ("我有工程师职称，想考个技师证", {"title_held": "中级", "target_level": "技师", "track": "title_to_skill"}, []),
        ("我在深圳干数控", {"province": "广东"}, []),
        ("中间去广东打了一年工", {"technical_work_interrupted": True, "technical_work_gap_years": 1.0}, []),
        ("外省的，不在云南", {"province": "其他"}, []),
        ("没有证书", {"skill_certificates": []}, []),
        (
            "我是全国技术能手，能直接评正高吗",
            {
                "honours": [{"name": "技术能手", "level": "国家级"}],
                "target_level": "正高级",
                "wants_direct_application": True,
            },
            [],
        ),
        ("州里评过技术能手，全国的没有", {"honours": [{"name": "技术能手", "level": "市级"}]}, []),
        ("享受国务院特殊津贴", {"honours": [{"name": "政府特殊津贴", "level": "国家级"}]}, []),
        ("啥奖也没有", {"honours": []}, []),
        ("我想考会计证", {"exam": "会计", "track": "qualification_exam"}, []),
        ("想评会计系列的职称，不是考试", {"series": "会计", "track": "skill_to_title"}, []),
        ("我在广东，想评卫生系列中级", {"province": "广东", "series": "卫生", "target_level": "中级"}, []),
        (
            "我们单位有6个人申报，要单独设评审组吗",
            {"applicant_count": 6, "organiser_topic": "separate_panel", "track": "organiser"},
            [],
        ),
        (
            "我们企业想自己组织评审，是规模以上企业",
            {"organiser_topic": "enterprise_self_evaluation", "enterprise_above_scale": True},
            [],
        ),
        ("有绝活，在一线干了二十多年", {"front_line_mastery": True}, []),
        ("一线干了很久，但说不上有什么绝活", {"front_line_mastery": False}, []),
        ("我没有职称", {"title_held": "无"}, []),
        (
            "员工有两个证：焊工技师（2020年）、钳工高级工（2017年）",
            {},
            [{"level": "高级工", "obtained": "2017"}, {"level": "技师", "obtained": "2020"}],
        ),
        (
            "他技师是二〇二二年拿的 21年是高级工",
            {},
            [{"level": "高级工", "obtained": "2021"}, {"level": "技师", "obtained": "2022"}],
        ),
        (
            "考核2023基本合格、2024合格、2025合格",
            {"annual_review_results": ["合格", "合格", "基本合格"], "annual_reviews_all_pass": False},
            [],
        ),
        ("2022年不合格 那年出了事故 23 24 25都合格", {"annual_review_results": ["合格", "合格", "合格"]}, []),
        ("我是高职院校的副教授，想考电工高级技师", {"title_held": "副高级", "track": "title_to_skill"}, []),
        ("算了不评职称了 我想考个中级经济师", {"exam": "经济", "track": "qualification_exam"}, []),
        ("我爱人是中级经济师，想考个人力资源管理师二级", {"title_held": "中级", "track": "title_to_skill"}, []),
        (
            "我高级工能报考注册消防工程师吗",
            {"exam": "注册消防工程师", "series": None, "target_level": None},
            [{"level": "高级工"}],
        ),
        ("我是技师想考一级消防工程师", {"exam": "消防工程师", "track": "qualification_exam"}, [{"level": "技师"}]),
        (
            "去年被借调到办公室搞了半年文秘，现在回车间了",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5, "front_line_mastery": None},
            [],
        ),
        ("中间去当了三年车间主任，现在又回来干技术了", {"technical_work_gap_years": 3.0}, []),
        ("今年年初拿的高级工", {}, [{"level": "高级工", "obtained": "2026-01"}]),
        ("本人中级会计师，2019年取得，想评个高级技师", {"title_held": "中级", "title_obtained": "2019"}, []),
        ("中级会计师，工龄十五年，想考个技能等级", {"title_held": "中级", "cumulative_work_years": 15.0}, []),
        ("我在高校实验室当实验员，有化学检验员技师证", {"title_held": None}, [{"level": "技师"}]),
        ("电梯维修工高级技师，在昆明干了二十多年电梯", {"province": "云南"}, [{"level": "高级技师"}]),
        ("先在东莞干了几年，后来回老家南充", {"province": "四川"}, []),
        ("我是本省的焊工高级技师，想了解一下评副高要什么条件", {"target_level": "副高级"}, [{"level": "高级技师"}]),
        ("统计师我一个高级工能报不", {"exam": "统计", "target_level": None}, [{"level": "高级工"}]),
        ("技师在考，成绩还没出，现在手上是高级工", {}, [{"level": "高级工"}]),
        ("好像是四级还是三级，证在老家，记不清了", {}, []),
        ("近三年考核前年是基本合格，其他两年合格，技师", {"annual_reviews_all_pass": False}, [{"level": "技师"}]),
        ("我没得啥子奖，有几手绝活", {"honours": [], "front_line_mastery": True}, []),
        (
            "我单位一名数控铣工高级技师，曾获中华技能大奖，该同志能否直接申报副高级职称？",
            {"applicant_count": None, "track": "skill_to_title"},
            [{"level": "高级技师"}],
        ),
        ("我们是玉溪的企业，职工八百多人，有个数控车工技师", {"applicant_count": None}, [{"level": "技师"}]),
        (
            "我们是昆明的一个评委会，报职称的原来是4个，昨天又补报了1个。要不要单独搞一个评审组？",
            {"applicant_count": 5, "organiser_topic": "separate_panel"},
            [],
        ),
        ("我想自己厂里给他们评职称，可不可以的呀", {"organiser_topic": "enterprise_self_evaluation"}, []),
        ("报名的技能人才有十五六个，要单独分组吗", {"applicant_count": 15}, []),
        ("木工高级技师，拿证十年了，做古建筑修缮几十年", {}, [{"level": "高级技师", "years_held": 10.0}]),
        ("职工近三年考核称职，持高级工证书5年", {}, [{"level": "高级工", "years_held": 5.0}]),
        ("高级工，技师去年考过了但证还没发下来", {}, [{"level": "高级工"}]),
        ("说不清，上面写啥等级我忘了", {"skill_certificates": None}, []),
        ("我是技师，要是评上工程师了能在昆明落户不", {"title_held": None, "province": None}, [{"level": "技师"}]),
        (
            "丈夫是电工技师，2022年至2023年间曾离岗外出务工约一年",
            {"technical_work_gap_years": 1.0},
            [{"level": "技师"}],
        ),
        ("还没定，经济师或者审计师吧", {"exam": None}, []),
        ("都合格的 没有不合格", {"annual_reviews_all_pass": True, "annual_review_results": None}, []),
        ("去年良好，前两年都合格", {"annual_review_results": ["良好", "合格", "合格"]}, []),
        ("我只有个低压电工证，就是安监那边发的特种作业证", {"skill_certificates": []}, []),
        (
            "我是大理州农科所的高级农艺师，想申请农业技术员的高级技师，需要啥条件",
            {"title_held": "副高级", "target_level": "高级技师", "track": "title_to_skill"},
            [],
        ),
        (
            "青海盐湖化工的，高级工，拿证以后一直在车间没挪过窝，想问评助理级考核有啥要求",
            {"province": "青海", "target_level": "助理级"},
            [{"level": "高级工"}],
        ),
        ("保山的，咖啡师技师，这个算不算新兴职业", {"province": "云南"}, [{"level": "技师"}]),
        ("我在浦东一家船厂，电气设备安装工高级技师", {"province": "上海"}, [{"level": "高级技师"}]),
        ("全国技术能手是咋评上的？要参加啥比赛？", {"honours": None}, []),
        (
            "今年淡季长得要命😂 三年前考了民宿管家高级工，想问问能评个助理级的职称不",
            {"target_level": "助理级"},
            [{"level": "高级工", "obtained": "2023-06"}],
        ),
        (
            "我哋厂喺东莞，得三十几个人，可唔可以我哋厂自己帮佢哋评职称啊？",
            {"province": "广东", "organiser_topic": "enterprise_self_evaluation", "applicant_count": None},
            [],
        ),
        ("我系软件工程师，中级职称", {"title_held": "中级"}, []),
        ("都河格", {"annual_reviews_all_pass": True}, []),
        ("我们是一家小型民营机械厂，员工不到80人，想自己组织评职称", {"enterprise_above_scale": False}, []),
        ("今年合计有12名高技能人才申报中级职称，另有3名报副高，需要单设评审组吗", {"applicant_count": 15}, []),
        ("除了工程、农业等8个贯通系列以外，云南其他系列的高技能人才能否申报", {"applicant_count": None}, []),
        ("我是技师 额不是 我是高级技师 去年十二月刚下证", {}, [{"level": "高级技师", "obtained": "2025-12"}]),
        ("他讲他考过技师了，但是证还没下来，手上现在是高级工的证", {}, [{"level": "高级工"}]),
        ("我是高级鸡师 想问下副高要等几年", {"title_held": None}, [{"level": "高级技师"}]),
        ("我是高级技师，现在退休了，养老金能不能因为这个证多拿点？", {}, [{"level": "高级技师"}]),
        ("我是高级攻 去年七月份拿的", {}, [{"level": "高级工", "obtained": "2025-07"}]),
        (
            "俺是沈阳的钳工，技师证拿了五年了，这些年一直搁厂里干活",
            {"technical_work_interrupted": False},
            [{"level": "技师", "years_held": 5.0}],
        ),
        (
            "后于2020年至2022年间调至公司行政部门工作两年",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
            [],
        ),
        (
            "干了三十年钳工，一直在一线，手上有几手绝活",
            {"technical_work_interrupted": None, "front_line_mastery": True},
            [],
        ),
        ("他是焊工高级工，一直跟我在工地", {"technical_work_interrupted": False}, [{"level": "高级工"}]),
        ("我姐是中级会计师，工龄十五年，想考个育婴员高级证", {"title_held": "中级", "track": "title_to_skill"}, []),
        ("记录：来电人无技能等级证书，无职称", {"skill_certificates": []}, []),
        ("我爱人在医院当护工，有养老护理员技师证，想评护理的职称", {"series": "卫生"}, [{"level": "技师"}]),
        ("我想考个中级经济师，不是评职称", {"exam": "经济", "series": None}, []),
        (
            "我们公司不是规上企业，但是技能人才挺多的，能不能自主评",
            {"organiser_topic": "enterprise_self_evaluation", "enterprise_above_scale": False},
            [],
        ),
        ("拿过国家科技进步二等奖", {"honours": None, "major_contribution": True}, []),
        (
            "最近两年都是称职，再往前那年记不得了",
            {"annual_review_results": ["称职", "称职"], "annual_reviews_all_pass": None},
            [],
        ),
        ("应该都合格吧，我回头问问他", {"annual_reviews_all_pass": None}, []),
        (
            "我是技工学校的讲师，教数控的，能不能去考数控车工技师",
            {"target_level": "技师", "track": "title_to_skill"},
            [],
        ),
        ("我是工程师，中级职称，想考个热工仪表检修的技师证", {"target_level": "技师"}, []),
        (
            "我是那个汽车维修工的那个技师然后呢我是二零一九年的时候拿的证",
            {"target_level": None},
            [{"level": "技师", "obtained": "2019"}],
        ),
        ("我是高级工不是技师，技师还没考出来", {"target_level": None}, [{"level": "高级工"}]),
        ("我在拉萨做电焊，四川人，高级工17年拿的", {"province": "西藏"}, [{"level": "高级工", "obtained": "2017"}]),
        ("我是技师，想考一建，贯通政策里能不能直接报考", {"wants_direct_application": None}, [{"level": "技师"}]),
        ("没得证，一直是干活", {"skill_certificates": [], "technical_work_interrupted": None}, []),
        ("我是国家级技能大师工作室带头人，在宜昌一家化工企业，副高可以直接报吗", {"target_level": "副高级"}, []),
        ("我在宁波一个注塑厂打工嘞，高级工证书拿起两年多了", {}, [{"level": "高级工", "years_held": 2.0}]),
        ("我是技师，评上工程师以后工资能涨多少", {"title_held": None}, [{"level": "技师"}]),
        ("我有中级会计职称，在工厂做成本核算，想去考个技能等级证书", {"title_held": "中级", "exam": None}, []),
        (
            "来电人技师证拿了6年了，问能不能跳过中级直接评副高",
            {"title_held": None, "target_level": "副高级"},
            [{"level": "技师", "years_held": 6.0}],
        ),
        ("够，标准要求累计10年，我工龄15年了", {"cumulative_work_years": 15.0}, []),
        (
            "我高级工是2017年拿的，哦不对，是2015年，技师是去年刚拿的",
            {},
            [{"level": "高级工", "obtained": "2015"}, {"level": "技师", "obtained": "2025"}],
        ),
        (
            "我同事是省技术能手，他说他可以直接评副高。我就是个普通技师，22年拿的证",
            {"target_level": None, "honours": None},
            [{"level": "技师", "obtained": "2022"}],
        ),
        ("我是普洱的，做茶几十年了，评茶员高级技师", {}, [{"level": "高级技师"}]),
        (
            "本人2012年取得正高级工程师职称。按人社部发〔2020〕96号，是否可以申请仪器仪表装调工高级技师的职业技能评价？",
            {"title_held": "正高级", "title_obtained": "2012", "target_level": "高级技师"},
            [],
        ),
        ("我是全国技术能手，管工高级技师，想直接报副高工程师", {"target_level": "副高级"}, [{"level": "高级技师"}]),
        ("大前年同前年都系合格 旧年得个基本合格", {"annual_review_results": ["基本合格", "合格", "合格"]}, []),
        (
            "唔该问下，我喺深圳做模具，有高级技师证，拎咗三年",
            {"province": "广东"},
            [{"level": "高级技师", "years_held": 3.0}],
        ),
        (
            "来电人是一名中级经济师，在公交公司调度岗位，想申请参加职业技能等级评价",
            {"title_held": "中级", "exam": None},
            [],
        ),
        ("我搁沈阳一国企干会计，中级职称早有了，寻思整个技能等级证", {"exam": None, "province": "辽宁"}, []),
        ("我是搞建筑施工的助理工程师，想报砌筑工技师，是不是非得先有高级工", {"target_level": "技师"}, []),
        (
            "印刷厂的胶印工高级技师，想考出版专业技术人员职业资格中级",
            {"exam": "出版", "target_level": None},
            [{"level": "高级技师"}],
        ),
        (
            "我们是个小型民营厂，三十来个人，老板想自己给厂里的技术工人评职称",
            {"organiser_topic": "enterprise_self_evaluation", "enterprise_above_scale": False},
            [],
        ),
        (
            "记录：来电人2020年取得技师，2022年厂里停产后送了一年外卖，2023年回厂至今",
            {"technical_work_interrupted": True},
            [{"level": "技师", "obtained": "2020"}],
        ),
        ("单设评审组的话，技能人才评委要占多少？我们这次有6个人报", {"applicant_count": 6}, []),
        (
            "刚换的单位，才来一年多，去年考核合格",
            {"annual_review_results": ["合格"], "annual_reviews_all_pass": None},
            [],
        ),
        (
            "两个问题：一是我自己高级工17年拿的想评助理工程师；二是听说企业也能自己评职称，是真的吗",
            {"organiser_topic": None, "target_level": "助理级"},
            [{"level": "高级工", "obtained": "2017"}],
        ),
        ("高技能人才申报正好5个人，是必须单设评审组，还是可设可不设？", {"applicant_count": 5}, []),
        ("文件里“一般申报人员多于5人以上（含5人）”是云南自己加的吗", {"applicant_count": None}, []),
        (
            "我是高级工程师，副高，工作28年了，一直在化工厂搞工艺，想申请化工总控工的高级技师",
            {"cumulative_work_years": 28.0, "technical_work_interrupted": None, "track": "title_to_skill"},
            [],
        ),
        (
            "俺高级工证一八年拿的，中间木有断过",
            {"technical_work_interrupted": False},
            [{"level": "高级工", "obtained": "2018"}],
        ),
    ],
)
def test_reads_the_facts_a_message_states(text, updates, held):
    result = read(text, TODAY)
    assert {k: result.updates.get(k) for k in updates} == updates
    assert sorted(result.held_skills, key=lambda c: c["level"]) == sorted(held, key=lambda c: c["level"])


@pytest.mark.parametrize(
    "text",
    [
        "技师和工程师哪个高？",
        "高级工几年能评助理？",
        "我们车间好几个高级工，评助理要满几年啊",
        "我们评委会今年有6个技师报工程系列",
    ],
)
def test_levels_that_are_not_the_persons_are_not_facts(text):
    result = read(text, TODAY)
    assert not result.held_skills and "title_held" not in result.updates


@pytest.mark.parametrize(
    ("text", "results", "all_pass"),
    [
        ("2023年合格，2024年基本合格，2025年优秀", ["优秀", "基本合格", "合格"], False),
        ("去年前年合格，大前年还评了个优秀", ["合格", "合格", "优秀"], True),
        ("前年基本合格其他都合格", ["合格", "基本合格", "合格"], False),
        ("优秀、合格、合格", ["优秀", "合格", "合格"], True),
        ("年年合格", ["合格", "合格", "合格"], True),
        ("有一年是基本称职", None, False),
        ("有一年是基本合格，其他都合格", None, False),  # which year is not said: no order invented
        (
            "前年单位出了事，考核不合格，去年和大前年合格",
            ["合格", "不合格", "合格"],
            False,
        ),  # the year two clauses back
        ("有一年考核是不称职，别的年份都称职", None, False),
        # years that date something else (the honours said before, a spell away) are not the reviews'
        ("柴达木工匠 还有青海省首席技师 都是2024年的 考核嘛去年优秀 前年大前年合格", ["优秀", "合格", "合格"], True),
        (
            "技师证是2021年6月拿的 中间2022年3月到2023年3月被借调 去年考核优秀 前年和大前年合格",
            ["优秀", "合格", "合格"],
            True,
        ),
        ("2024 2025都合格", ["合格", "合格"], True),
        ("2024 2025都合格 2023年我生孩子休产假 单位没给我考核", ["合格", "合格"], None),
    ],
)
def test_reviews_year_by_year_or_summed_up(text, results, all_pass):
    updates = read(text, TODAY).updates
    assert updates.get("annual_review_results") == results
    assert (updates.get("annual_reviews_all_pass") if "annual_reviews_all_pass" in updates else all_pass) == all_pass


def test_every_fact_keeps_the_words_it_came_from():
    result = read("我在昆明，19年拿的技师证，州里评过技术能手", TODAY)
    assert result.spans["province"] == "昆明"
    assert "19年拿的技师证" in result.spans["skill_certificates"]
    assert "州里" in result.spans["honours"]


def test_every_extracted_fact_is_valid_for_the_rules():
    for text in (
        "我是电工，2020年7月拿的技师证，一直在一线，考核都合格，能评工程系列中级职称吗",
        "我是高级工程师，累计年限已经达到了，想评高级技师",
        "我们在昆明，有5个高技能人才申报",
    ):
        result = read(text, TODAY)
        Facts.model_validate({**result.updates, "skill_certificates": result.held_skills or None})


def test_ambiguous_word_is_asked_about_not_guessed():
    result = read("我是高工，能评正高吗", TODAY)
    assert [(a.surface, a.readings) for a in result.ambiguities] == [("高工", ["高级工程师", "高级工"])]
    assert not result.held_skills and "title_held" not in result.updates


def test_a_date_alone_corrects_only_with_a_cue_or_a_date_question():
    assert read("不对，是2021年拿的", TODAY).corrected_date == "2021"
    assert read("2021年", TODAY).corrected_date is None
    assert read("2021年", TODAY, pending_fact="skill_certificates_obtained").corrected_date == "2021"
    assert read("拿了六年了", TODAY, pending_fact="skill_certificates_obtained").corrected_years_held == 6


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("我是助理工程师，自动化专业毕业的，想考电工高级工", "related_major_diploma", True),
        ("我有工程师职称，大学学的是材料成型，想报焊工技师", "related_major_diploma", True),
        ("我是工程师，不是相关专业毕业的，想考技师", "related_major_diploma", False),
        ("我是助理工程师，想考钳工高级工，现在就在钳工岗位上", "occupation_matches_post", True),
        ("我有讲师职称，想考的工种跟我教的课对口", "occupation_matches_post", True),
        ("我是技师，前年调到后勤部门去了，能评工程师吗", "technical_work_interrupted", True),
        ("今年评委会收到高技能人才申报材料9份，要单设组吗", "applicant_count", 9),
        ("我是曲靖市认定的高技能人才，技师", "province", "云南"),
        ("我是楚雄州技术能手 技师 能破格评高级工程师不", "province", None),  # who gave an honour, not where one works
        ("我是护师，想考个健康照护师的技能证", "title_held", "助理级"),
        ("我在医院做护士，护师职称，想考个技能证", "track", "title_to_skill"),
    ],
)
def test_work_diploma_count_and_place_said_in_passing(text, name, value):
    assert read(text, TODAY).updates.get(name) == value


def test_a_major_is_not_a_diploma_fact_for_a_worker_without_a_title():
    assert "related_major_diploma" not in read("我是机电专业毕业的，高级工，想评助理工程师", TODAY).updates


def test_a_denied_departure_is_not_time_away():
    assert read("中间没离开过", TODAY).updates["technical_work_interrupted"] is False


@pytest.mark.parametrize("text", ["我是技师，想评高级", "能不能直接评个高级啊"])
def test_to_be_evaluated_senior_is_a_senior_title_asked_about(text):
    assert [a.readings for a in read(text, TODAY).ambiguities] == [["副高级", "正高级"]]


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("我是技师，能不能直接评付高", "target_level", "副高级"),
        ("评委会今年收到8个高技能人才申报，评审组11个评委，其中高技能人才评委5个", "applicant_count", 8),
        ("申报的是7个人，3个是评委的人数", "applicant_count", 7),
        ("我在医院是康复治疗技师，想考技能等级", "title_held", "助理级"),
        ("我是技师，去年被调去后勤当了一年库管", "technical_work_interrupted", True),
    ],
)
def test_stranger_wordings(text, name, value):
    assert read(text, TODAY).updates.get(name) == value


def test_a_dialect_question_word_is_not_a_series():
    assert "series" not in read("我是厨师，不晓得评啥子系列", TODAY).updates


def test_a_year_in_the_certificates_clause_does_not_date_the_reviews():
    updates = read("2023年6月拿的技师证，考核都合格", TODAY).updates
    assert "annual_review_results" not in updates and updates["annual_reviews_all_pass"] is True


def test_a_title_that_names_its_level_settles_the_word_chuji():
    extraction = read("我是检验技师（初级职称）", TODAY)
    assert extraction.updates["title_held"] == "助理级" and not extraction.ambiguities


def test_the_date_of_an_honour_is_not_the_certificates():
    extraction = read("员工是高级技师，前年拿了全国技术能手", TODAY)
    assert extraction.held_skills == [{"level": "高级技师"}]  # its date is still to be asked


def test_a_wish_that_opens_the_clause_reaches_a_level_after_the_occupation():
    updates = read("我是讲师，想去考数控车工技师", TODAY).updates
    assert (updates["track"], updates["target_level"]) == ("title_to_skill", "技师")


@pytest.mark.parametrize("title", ["助理会计师", "助理经济师", "助理统计师", "助理审计师"])
def test_assistant_titles_of_the_exam_series_are_titles(title):
    assert read(f"我是{title}", TODAY).updates["title_held"] == "助理级"


@pytest.mark.parametrize("text", ["统计师 中级那个", "软考 中级的"])
def test_the_level_said_beside_an_exam_is_the_exams(text):
    updates = read(text, TODAY, pending_fact="exam").updates
    assert "title_held" not in updates and updates["exam"]


def test_years_since_a_title_date_it_and_a_vague_span_does_not():
    assert read("评上有五年了", TODAY, pending_fact="title_obtained").corrected_date == "2021-06"
    assert read("不记得具体哪年了，大概十几年前", TODAY, pending_fact="title_obtained").corrected_date is None


def test_a_title_named_alone_by_a_skill_holder_is_the_one_wanted():
    updates = read("高级工程师", TODAY, known={"skill_certificates": [{"level": "高级技师"}]}).updates
    assert updates.get("target_level") == "副高级" and "title_held" not in updates


def test_a_title_said_again_corrects_the_title_wanted():
    known = {"track": "skill_to_title", "target_level": "中级", "series": "会计"}
    updates = read("我说的是助理会计师，不是中级", TODAY, known=known).updates
    assert updates.get("target_level") == "助理级" and "title_held" not in updates


_KNOWN_TECHNICIAN = {"skill_certificates": [{"level": "技师", "obtained": "2021-05"}]}


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        (
            "一直在实验中心干检验，甭提离开了，连岗都没换过",
            "technical_work_interrupted",
            "technical_work_interrupted",
            False,
        ),
        ("干过一阵子销售 时间不长", "technical_work_interrupted", "technical_work_interrupted", True),
        ("中途没得耽搁", "technical_work_interrupted", "technical_work_interrupted", False),
        ("19年到21年回老家开了两年小卖部", None, "technical_work_gap_years", 2.0),
        ("技师，2023年7月至2024年6月借调到行政岗，其余时间均从事数控加工", None, "technical_work_gap_years", 1.0),
        ("一线是一直在一线，干了十一年，绝活嘛不敢讲有", "front_line_mastery", "front_line_mastery", False),
        ("普通工人 哪有什么突出贡献", "major_contribution", "major_contribution", False),
        ("突出贡献国家层面的那种肯定没有的我就是个焊工", "major_contribution", "major_contribution", False),
        ("突出贡献有没有我不清楚", "major_contribution", "major_contribution", None),
        ("云南那个文件说5人以上应当单设评审组，这个5人是指申报的人数吗？", None, "applicant_count", None),
        ("自考的本科，电气工程专业，跟电工是对口的", "related_major_diploma", "related_major_diploma", True),
        ("毕业证有的，专业是土木，跟焊工不太搭边", "related_major_diploma", "related_major_diploma", False),
        ("高级政工师", "title_held", "title_held", "副高级"),
        (
            "我是九八年技校毕业分到厂里的，后来一直干到现在，你算算多少年",
            "cumulative_work_years",
            "cumulative_work_years",
            28.0,
        ),
        ("我是高级技式 想评副搞", None, "target_level", "副高级"),
    ],
)
def test_everyday_replies_and_wordings(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


def test_the_years_of_reviews_do_not_date_the_certificate():
    result = read("去年合格，前年还评了个优秀，大前年合格", TODAY, "annual_review_results", _KNOWN_TECHNICIAN)
    assert result.corrected_date is None and result.updates["annual_review_results"] == ["合格", "优秀", "合格"]


def test_a_qualifier_said_after_the_honour_is_its_level():
    honours = read("技能大师工作室带头人，国家级的，前年挂的牌", TODAY, "honours").updates["honours"]
    assert honours == [{"name": "技能大师工作室带头人", "level": "国家级"}]


def test_a_national_science_award_is_a_contribution_not_a_competition_prize():
    updates = read("参与过国家重点工程的关键焊接攻关，拿过国家科学技术进步二等奖", TODAY, "major_contribution").updates
    assert updates.get("major_contribution") is True and "honours" not in updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("高级工证拿着三年多了嘛，可以评个助理工程师不咯", [{"level": "高级工", "years_held": 3.0}]),
        ("我在本省一家水泥厂上班，四级工，想评助理工程师要多久", [{"level": "中级工"}]),
        ("先问刘芳：高级技师，22年取得，报副高行不行？", [{"level": "高级技师", "obtained": "2022"}]),
        (
            "我师傅是中华技能大奖获得者，我是他带出来的徒弟，技师，25年拿的，我能不能也走绿色通道",
            [{"level": "技师", "obtained": "2025"}],
        ),
    ],
)
def test_levels_said_without_a_cue_are_the_persons(text, held):
    assert read(text, TODAY).held_skills == held


def test_time_away_before_the_certificate_is_not_time_since():
    updates = read("我前几年去广东打过一年工，现在回曲靖了，高级工是回来以后22年考的", TODAY).updates
    assert "technical_work_interrupted" not in updates


def test_the_series_of_a_title_held_is_not_a_series_wanted():
    updates = read("我爱人是乡镇农技站的，有农艺师职称，想考个农艺工技师证，能行吗", TODAY).updates
    assert updates["track"] == "title_to_skill" and "series" not in updates


def test_apprentices_taught_are_not_applicants_and_the_title_asked_for_is_wanted():
    text = "平时也带两个徒弟。我2022年7月取得了文物修复师技师证书，想了解一下能否申报文物博物系列的馆员职称？"
    updates = read(text, TODAY).updates
    assert "applicant_count" not in updates and updates["target_level"] == "中级" and "title_held" not in updates


def test_a_title_named_by_a_skill_holder_who_says_what_they_meant_is_the_one_wanted():
    known = {"track": "skill_to_title", **_KNOWN_TECHNICIAN}
    updates = read("我说的是工程师职称 不是技师", TODAY, known=known).updates
    assert updates.get("target_level") == "中级" and "title_held" not in updates


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("考个经济师，以后好转岗", "track", "technical_work_interrupted", None),
        (
            "这个不好说，人一直在车间，但是有段时间主要是管排班考勤",
            "technical_work_interrupted",
            "technical_work_interrupted",
            None,
        ),
        ("他一直在那个厂 没换过单位 不过有一年被派去管仓库 后来又回来修设备了", None, "technical_work_gap_years", 1.0),
        ("厂子那年停产整顿 在家待了三个月 后来复工了就一直干着", None, "technical_work_gap_years", 0.25),
        (
            "我是助理工程师，有机电一体化专业的大专毕业证，想考电工高级工，听说相关专业毕业的可以免理论？",
            None,
            "related_major_diploma",
            True,
        ),
        ("技师吧，高级技师估计够不着", "target_level", "target_level", "技师"),
        ("啥证都还没有 我还在读技校 毕业能拿高级工", "skill_certificates", "skill_certificates", []),
        ("有个焊工证 特种作业那种 别的没得了", "skill_certificates", "skill_certificates", []),
        ("正高 研究员级高工", "title_held", "title_held", "正高级"),
        ("没评过职称", "title_held", "track", None),
        ("啥子是系列哦 我就是修挖机的 你说简单点嘛", "series", "series", None),
        ("全国技术能手 2012年评的 那年去北京比赛拿的名次", "honours", "province", None),
        ("请问记事可以评中级支撑吗 我是电工记事 去年拿的证", None, "target_level", "中级"),
        ("我评上高工了 副高 现在想弄个高级技师 工种就是我岗位上干的化工总控工", None, "occupation_matches_post", True),
        ("我在职高当讲师，我想去考汽车维修工技师，跟这个工种是对口的", None, "target_level", "技师"),
        ("刚才说到哪了 我去开了个会", "applicant_count", "technical_work_interrupted", None),
        ("我在寻甸县医院后勤做电工，电工高级工，21年拿证", None, "province", "云南"),
        ("𠊎在这只厂做了八年 之前在别个厂做过五年", "cumulative_work_years", "cumulative_work_years", 13.0),
        ("交通运输那块，我是公路养护工，天天在山上养路", "series", "series", "交通运输"),
        (
            "取证以来一直在生产装置从事总控操作，未曾离岗。",
            "technical_work_gap_years",
            "technical_work_interrupted",
            False,
        ),
        ("我们厂自己能不能给他们评职称啊，小厂，三十几个人", None, "organiser_topic", "enterprise_self_evaluation"),
    ],
)
def test_everyday_replies_and_wordings_more(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我儿子在技校读高级工班，明年毕业就能拿高级工证，到时候能评职称不？", []),
        ("我好像是高级工吧，证在我妈那，记不清了。想问问能不能评助理工程师", []),
        (
            "俺是铸造厂的技师，17年考的，想问问能不能直接评高级工程师，不走那一级一级的",
            [{"level": "技师", "obtained": "2017"}],
        ),
        ("额是西安一个厂子的钳工，高级工，额想问哈评助理工程师要啥条件", [{"level": "高级工"}]),
        ("您好 高级工 二零 年 拿的 然后 想问 助理 能不能 评", [{"level": "高级工", "obtained": "2020"}]),
        (
            "我弟考了个技师，我记得是21年还是22年，反正证下来是22年3月，他让我帮他问问",
            [{"level": "技师", "obtained": "2022-03"}],
        ),
    ],
)
def test_levels_held_and_levels_to_come(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("今年州工程系列中级评委会收到高技能人才申报材料12份，资格审查退回3份，剩下的要单设评审组吗？", 9),
        ("评委会秘书处 今年高技能人才申报收到9份材料 退回了2份不合格的 评委请了3个高级技师", 7),
    ],
)
def test_applications_returned_are_taken_off_the_count(text, count):
    updates = read(text, TODAY).updates
    assert updates["applicant_count"] == count and "annual_reviews_all_pass" not in updates


@pytest.mark.parametrize(
    ("text", "results", "all_pass"),
    [
        ("去年和前年都是合格，大前年那会儿我还在别的厂，不晓得", ["合格", "合格"], None),
        ("这三年考核一个优秀俩合格", None, True),
        ("22 23 24三年考核分别是基本合格 合格 优秀", ["优秀", "合格", "基本合格"], False),
        ("他反问一句，是必须三年都合格吗？基本合格算不算合格？", None, None),
    ],
)
def test_reviews_partly_known_counted_listed_or_asked_about(text, results, all_pass):
    updates = read(text, TODAY, "annual_review_results").updates
    assert (updates.get("annual_review_results"), updates.get("annual_reviews_all_pass")) == (results, all_pass)


def test_a_review_year_said_with_also_does_not_date_the_certificate():
    result = read("去年评了个优秀 前年合格 大前年也是合格嘞", TODAY, "annual_review_results", _KNOWN_TECHNICIAN)
    assert result.corrected_date is None


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("人在东莞，但单位是贵州的，派过来干项目的，评职称还是回贵州报", "province", "province", "贵州"),
        ("我在楚雄州人民医院设备科 助理工程师", None, "province", "云南"),
        ("昆明的 中华技能大奖获得者 想直接申报正高级工程师", None, "province", "云南"),
        ("您好，我们是楚雄州人社局职称科，今年有6名高技能人才申报", None, "province", "云南"),
        (
            "目前收上来十一份材料，有两份是专技人员的，不算高技能，下周可能还有两三个",
            "applicant_count",
            "applicant_count",
            9,
        ),
        ("零三年七月参加工作，一直到现在", "cumulative_work_years", "cumulative_work_years", 22.0),
        ("从08年进厂到现在", "cumulative_work_years", "cumulative_work_years", 18.0),
        ("我中级工程师十多年前评的 一直没往上走", None, "title_obtained", "2016-06"),
        ("工程师（中级），评上九年了", None, "title_obtained", "2017-06"),
        ("我们是黔东南一个苗绣合作社，十几个绣娘，大多数没得证", None, "skill_certificates", None),
        ("初步统计八九个吧，最后报几个还没定", "applicant_count", "exam", None),
        ("我是农艺师（中级），想考个农艺工技师证，贯通政策里能直接申请吗？", None, "wants_direct_application", None),
        (
            "我是高级工程师（副高），想申请机修钳工高级技师，能不能直接申报，不考那么多年限？",
            None,
            "wants_direct_application",
            True,
        ),
        ("我是高级工，在厂里兼着管仓库的账，想考个初级会计", None, "technical_work_interrupted", None),
        ("架子工，高级工，拿证四年了。中间有两年在项目部管后勤", None, "technical_work_gap_years", 2.0),
        (
            "一直在干，就是去年借调到集团办公室帮忙写材料，搞了三个月又回来了",
            "technical_work_interrupted",
            "technical_work_gap_years",
            0.25,
        ),
        ("没有职称，我就是个普通技术员岗位", "title_held", "title_held", "无"),
        ("我是高级技师 英语还可以 想考个翻译资格证 CATTI二级那个", None, "target_level", None),
        ("我在文山种三七十几年了 有个高级工证 我们这种算不算其他系列里有技术含量的那种", None, "series", None),
        ("我是搞园林绿化的 农业那块吧 农艺师那种", "series", "target_level", None),
        (
            "火车头奖章算不算？我有一个，中华全国铁路总工会发的",
            "honours",
            "honours",
            [{"name": "火车头奖章", "level": "国家级"}],
        ),
        (
            "我去年让北京市政府认定为高精尖缺高技能人才了",
            None,
            "honours",
            [{"name": "高精尖缺高技能人才", "level": "省级"}],
        ),
        ("我在武汉做工业机器人系统运维，这算新职业吧？有高级工证", None, "new_occupation", None),
        ("我们是新兴职业，电子竞技运营师，我拿的是三级证，能走职称吗", None, "track", "skill_to_title"),
    ],
)
def test_places_counts_titles_and_work_in_everyday_words(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "held"),
    [
        ("我爱人是高级技师 今年五十八了 在昆钢上班 一四年拿的证", None, [{"level": "高级技师", "obtained": "2014"}]),
        (
            "上个月刚评上技师 一八年拿的高级工",
            None,
            [{"level": "技师", "obtained": "2026-05"}, {"level": "高级工", "obtained": "2018"}],
        ),
        ("老铁 俺是干电工的 技师证拿了快五年了", None, [{"level": "技师", "years_held": 4.0}]),
        ("高级工拿了好几年了 记不清哪年 中间去跑了半年销售", None, [{"level": "高级工"}]),
        ("我是助理工程师 想考个电工技师还是高级工 不知道能不能直接报", None, []),
        ("我和我老公都是技师，我主要想问他", "skill_certificates", [{"level": "技师"}]),
        ("我们车间主任是全国技术能手 我自己享受州政府津贴 高级技师 我能直接评副高吗", None, [{"level": "高级技师"}]),
    ],
)
def test_whose_levels_and_when_in_everyday_words(text, pending_fact, held):
    assert read(text, TODAY, pending_fact).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "known"),
    [
        ("一六年还是一七年，反正差不多十年了", "skill_certificates_obtained", _KNOWN_TECHNICIAN),
        ("不晓得 证在我婆娘那儿 好像是19年 也可能是20年", "skill_certificates_obtained", _KNOWN_TECHNICIAN),
        ("前年班组出了个安全事故 我被评了个不合格 其他两年都是合格", "annual_review_results", _KNOWN_TECHNICIAN),
    ],
)
def test_dates_not_settled_or_of_something_else_do_not_date_the_certificate(text, pending_fact, known):
    result = read(text, TODAY, pending_fact, known)
    assert result.corrected_date is None and result.corrected_years_held is None


def test_the_third_year_back_and_a_review_missing():
    assert read("去年优秀，前年良好，再往前是合格", TODAY, "annual_review_results").updates[
        "annual_review_results"
    ] == [
        "优秀",
        "良好",
        "合格",
    ]
    updates = read("我只有两年的考核 去年优秀 前年合格 大前年我还在外地打工没考核", TODAY).updates
    assert updates["annual_review_results"] == ["优秀", "合格"] and "annual_reviews_all_pass" not in updates


def test_this_years_start_in_reply_to_when():
    assert read("年初刚拿", TODAY, "skill_certificates_obtained", _KNOWN_TECHNICIAN).corrected_date == "2026-01"


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("两个都想问问，先说单设评审组吧", "organiser_topic", "applicant_count", None),
        (
            "我们是曲靖市工程系列中级评委会，今年申报的高技能人才有6名，评委会21名评委里技能人才只有3个",
            None,
            "applicant_count",
            6,
        ),
        ("评委就有六个了 申报的还没统计完", "applicant_count", "applicant_count", None),
        ("我老弟是高级工，一直在工地上，想考个二建", None, "technical_work_interrupted", None),
        (
            "我焊压力管道三十年了，仰焊全位置都拿得下，厂里疑难活都找我，一直没离开过一线",
            "front_line_mastery",
            "front_line_mastery",
            True,
        ),
        ("现在岗位是设备主管，想考的是钳工，不算太对口", "occupation_matches_post", "occupation_matches_post", False),
        ("年限应该够了吧，我也不太确定", "meets_occupation_standard", "meets_occupation_standard", None),
        ("差一年 标准要满十年 我才干了九年", "meets_occupation_standard", "meets_occupation_standard", False),
        ("去年被省里认定为高精尖缺高技能人才了，那我评副高还要不要等满四年？", None, "wants_direct_application", True),
        ("先评个中级吧，副高以后再说", "target_level", "target_level", "中级"),
        ("先评个助理的 中级估计还够不着", "target_level", "target_level", "助理级"),
        ("中级 哦 说错了 是副高", "target_level", "target_level", "副高级"),
        ("我是昆明一家医院的病案信息技术员，有技师证", None, "title_held", None),
        ("先别问这个 我就想知道评上中级单位给不给涨工资", "annual_review_results", "title_held", None),
        (
            "来电人称其为玉溪某烟厂维修电工，2020年3月取得技师，中间曾借调到厂工会一年",
            None,
            "technical_work_gap_years",
            1.0,
        ),
        (
            "焊工高级技师，一直干焊接，想申报副高，另外问下副高评上后能不能当车间主任",
            None,
            "technical_work_interrupted",
            False,
        ),
        ("一直", "technical_work_interrupted", "technical_work_interrupted", False),
        ("十来年吧", "cumulative_work_years", "cumulative_work_years", 10.0),
        ("我想报监理工程师 我是技师 可以不", None, "exam", "监理工程师"),
        ("俺就是工作室里的成员，带头人是俺师傅，俺自己其他没了", "honours", "honours", []),
        ("大理开民宿的，我是民宿管家，听说这个是新职业，我去年考了个高级工", None, "new_occupation", True),
        ("我妈在养老院做护理员，去年考了养老护理员技师，听说养老护理是新兴领域？", None, "new_occupation", None),
    ],
)
def test_counts_wishes_and_work_in_the_words_of_a_new_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我是机电安装的 有级师证 想问问能不能评中级之称", [{"level": "技师"}]),
        ("技师证拿了三念 能不能评中级职称 考和都合格", [{"level": "技师", "years_held": 3.0}]),
        ("我想问下技世能不能评中及工程师 我技世证是二零二二年五月份的", [{"level": "技师", "obtained": "2022-05"}]),
        ("我21年评的助理工程师，想直接报电工技师，不想从高级工开始考，可以伐", []),
        ("我爸得过中华技能大奖 现在还在厂里带徒弟 他是高级技师", [{"level": "高级技师"}]),
    ],
)
def test_misspelt_and_conditional_levels(text, held):
    assert read(text, TODAY).held_skills == held


def test_one_year_corrected_in_the_reviews_and_a_cantonese_last_year():
    assert read("琴年优秀 前年同大前年都系合格", TODAY, "annual_review_results").updates["annual_review_results"] == [
        "优秀",
        "合格",
        "合格",
    ]


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        (
            "有的嘛，我是昆明冶金高专电气自动化毕业的，报的也是电工这块",
            "related_major_diploma",
            "related_major_diploma",
            True,
        ),
        ("我是工程师，焊接技术与工程本科毕业，想报焊工技师", None, "related_major_diploma", True),
        ("能评到哪个算哪个嘛，最好是副高", "target_level", "target_level", "副高级"),
        ("能上副高就上副高，不行中级也行", "target_level", "target_level", "副高级"),
        ("我搞错了，我想评的是助理工程师，工程师我够不着", None, "target_level", "助理级"),
        ("这个先不说，评上职称以后能不能调去坐办公室啊", "annual_review_results", "technical_work_interrupted", None),
        ("我在国家级技能大师工作室里头，不过带头人是我师父", "honours", "honours", None),
        ("高级工拿了5年了，这5年都在运行岗上，考核年年合格，想评个助工", None, "technical_work_interrupted", False),
        ("去年刚拿的高级技师，想评高级工程师，年限不够的话能不能破格？", None, "meets_occupation_standard", None),
        ("不太对得上，我现在管设备采购，想报的是电工", "occupation_matches_post", "occupation_matches_post", False),
        (
            "中间去广东打了一年工，不过也是干电焊，没改行",
            "technical_work_interrupted",
            "technical_work_interrupted",
            False,
        ),
        ("文件里说取得职业技能等级1年后可以按累计工作年限申报晋级，这句话啥意思", None, "cumulative_work_years", None),
        ("期间无离岗，询问可否申报中级职称", None, "technical_work_interrupted", False),
        ("俺们厂长是全国劳动模范，高级技师，想问他能不能直接整副高", None, "wants_direct_application", True),
        ("那个忘了，不过我工龄二十三年", "title_obtained", "title_obtained", None),
        ("我只有技术员的职称，能申请高级工吗", None, "title_held", "员级"),
        ("老师 我们这种在乡镇农机站修农机的 有高级工 评职称是评农艺师还是评啥子哦", None, "target_level", None),
        ("焊工技师，16年7月拿证，18年到19年在外面跑了一年的业务", None, "technical_work_gap_years", 1.0),
        ("报名的有8个，其中有1个资格审查没过", "applicant_count", "applicant_count", 7),
        ("技师三个，高级技师两个", "applicant_count", "applicant_count", 5),
        (
            "云南这边对新兴职业有没有单独的贯通办法？我在丽江做民宿管家，是新职业，有高级工",
            None,
            "new_occupation",
            True,
        ),
        (
            "帮我屋头那个问一哈，他在成都一个汽车厂当焊工，说是高级工，能不能评助理工程师哦，他自己不会打字",
            None,
            "target_level",
            "助理级",
        ),
    ],
)
def test_more_words_of_a_new_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我还在技师学院读书，毕业了才发高级工证，现在啥证都没有", []),
        (
            "有没有破格评工程师的？我技师才拿一年，但我拿过全省职业技能大赛一等奖",
            [{"level": "技师", "years_held": 1.0}],
        ),
        ("高级公可以评助理攻城师吗 我在成都 拿证三年了", [{"level": "高级工", "years_held": 3.0}]),
    ],
)
def test_levels_to_come_misspelt_or_held_a_while(text, held):
    assert read(text, TODAY).held_skills == held


def test_a_correction_with_its_cue_alone_re_dates_the_certificate():
    assert read("刚才年份说错了，是二一年不是二零年", TODAY, known=_KNOWN_TECHNICIAN).corrected_date == "2021"


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("零三年毕业就进厂了，一直干到现在", "cumulative_work_years", "cumulative_work_years", 23.0),
        ("九一年顶替我爸进的厂，干到现在", "cumulative_work_years", "cumulative_work_years", 35.0),
        ("从零五年毕业参加工作到现在", "cumulative_work_years", "cumulative_work_years", 21.0),
        ("我是化工厂的工艺工程师，中级职称拿了六年", None, "title_obtained", "2020-06"),
        ("我们是种烟的，烟农，手上没有啥子证，听说农民也能评职称", None, "skill_certificates", []),
        (
            "采煤机司机高级技师，零八年评的，后来调去安监科搞了三年管理，现在又回采煤队了",
            None,
            "technical_work_gap_years",
            3.0,
        ),
        ("一直在干，就是疫情那年店关了半年，在屋头耍", "technical_work_interrupted", "technical_work_gap_years", 0.5),
        ("电梯安装维修工技师，这几年一直跑维保冒停过", None, "technical_work_interrupted", False),
        ("2021年9月取证，2022至2024年连续三年年度考核合格", None, "annual_reviews_all_pass", True),
        ("消防设施操作员技师，在物业公司管消控室，这个工种是不是新兴职业？", None, "new_occupation", None),
        ("消防设施操作员技师，在物业公司管消控室，这个工种是不是新兴职业？", None, "occupation_matches_post", None),
        ("我是电气自动化专业毕业的，本科", "related_major_diploma", "related_major_diploma", True),
        ("报名的十一二个，资格审查退回去两份", "applicant_count", "applicant_count", 9),
        ("厂里目前报名评职称的技能人员四个，还有一个在犹豫，这种情况要单独分组吗", None, "applicant_count", 4),
        ("规上是啥意思？我们一年营收三千万左右", "enterprise_above_scale", "enterprise_above_scale", None),
        (
            "老板让我问问，我们就是个小公司，二十来号人，能不能自己关起门来评职称",
            None,
            "organiser_topic",
            "enterprise_self_evaluation",
        ),
        ("大哥，俺在沈阳干数控，技师证2020年整下来的，这些年一天没歇过", None, "technical_work_interrupted", False),
        ("一八年上半年拿的技师证，去年去新疆援建干了半年管理，回来继续当电工", None, "technical_work_gap_years", 0.5),
        ("有个群众高级工拿证两年零一个月，中间失业了半年", None, "technical_work_gap_years", 0.5),
        ("对方咨询失业金领取条件，交了三年社保能领几个月", None, "technical_work_interrupted", None),
        ("人在云南，证是在广东考的技师，回来能不能在这边评工程师", None, "province", "云南"),
        ("我老公是高级技师，他们单位的人说评了高级工程师退休工资要高一大截", None, "title_held", None),
        ("想评个主管中药师，这个是卫生系列的", None, "target_level", "中级"),
        ("我这种能直接评副高级工艺美术师吗", None, "target_level", "副高级"),
        ("我在版纳做民宿管家 22年5月考了高级工 想评个助理经济师 旅游经济那个", None, "exam", None),
    ],
)
def test_and_more_words_of_a_later_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("俺是供电公司哩线路工，高级技师证搁手里五年多了", [{"level": "高级技师", "years_held": 5.0}]),
        ("我们勐海这边做茶的，评茶员二级，证才下来半年", [{"level": "技师", "years_held": 0.5}]),
        ("想评个助工，高级工证两年零三个月了，一直在化工厂干操作", [{"level": "高级工", "years_held": 2.0}]),
        ("我是高级几时，想问一下副高几时能评", [{"level": "高级技师"}]),
    ],
)
def test_years_held_said_every_way(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("老铁，林木种苗工技师证前年下来的，能整个农业系列的职称不？", None, "track", "skill_to_title"),
        ("有个高级技师证 想整个工艺美术的高级职称 得不得行", None, "series", "工艺美术"),
        (
            "一共报了14个，其中高技能的有4个，另外还有两个材料还在路上，估计也是技师",
            "applicant_count",
            "applicant_count",
            4,
        ),
        ("一共20个报名的 技能人才里面技师6个高级技师3个 其他是普通专技人员", "applicant_count", "applicant_count", 9),
        ("现在4个 是不是要到5个才必须单设", "applicant_count", "applicant_count", 4),
        ("我们是省级评委会，今年报了二十几个技师", "organiser_topic", "applicant_count", 20),
        ("应该算规上吧，这个我得问问财务", "enterprise_above_scale", "enterprise_above_scale", None),
        ("规上是啥标准 我们年营收两千万左右", "enterprise_above_scale", "enterprise_above_scale", None),
        (
            "有绝活，焊缝探伤合格率常年百分百，可这三年调到安全科管理岗了",
            "front_line_mastery",
            "front_line_mastery",
            False,
        ),
        ("手上是有些绝活的 一直没离开一线 高级技师证零八年就拿了", None, "front_line_mastery", True),
        ("仰焊我敢说厂里没几个比我强，二十六年一直在一线焊", "front_line_mastery", "front_line_mastery", True),
        ("技师，一七年考的，中间外派到上海分厂干了一年多，也是干管子活", None, "technical_work_interrupted", False),
        ("持高级工证书约四年，去年起调任车间主任至今", None, "technical_work_interrupted", True),
        ("持高级工证书约四年，去年起调任车间主任至今", None, "technical_work_gap_years", None),
        ("技师证21年拿到的，拿证后被调到段办公室做了两年调度统计", None, "exam", None),
        ("中途去深圳电子厂做了两年半普工，二三年才回到老本行", "technical_work_interrupted", "province", None),
        ("我03年大学毕业开始上班，中间脱产读研三年没上班", "cumulative_work_years", "cumulative_work_years", 20.0),
        ("二十五六年了", "cumulative_work_years", "cumulative_work_years", 25.0),
        ("年限还差一点 标准要求十年我才干了八年", "meets_occupation_standard", "cumulative_work_years", 8.0),
        ("我查了国家标准，报技师要累计干本职业8年，我都干了12年了", None, "meets_occupation_standard", True),
        ("想一步到位评副高，不行的话中级也中", "target_level", "target_level", "副高级"),
        ("我这个情况最高能报到哪一级？中级还是副高", "target_level", "target_level", None),
        ("我学的机械专业也相关，理论能免考吗", "title_held", "related_major_diploma", True),
        ("他的毕业证是机电一体化专业 跟要报的维修电工对口", "related_major_diploma", "related_major_diploma", True),
        ("在机场做飞机维修，民航的维修执照有，技能等级证没有，能评职称吗", None, "skill_certificates", []),
        (
            "下岗了两年在外面跑出租 零九年又回来了 一五年考的技师 后来一直在维修岗",
            None,
            "technical_work_interrupted",
            False,
        ),
        ("去年和前年都是合格 大前年我休产假没参加考核", "annual_review_results", "annual_reviews_all_pass", None),
        ("有一年被评了个基本称职 其他都称职", "annual_review_results", "annual_reviews_all_pass", False),
        ("想评工程系列中级。顺便问下医院里的技工能不能评卫生系列？", None, "series", "工程"),
        ("县里还评过我民间工艺大师", None, "honours", [{"name": "工艺美术大师", "level": "县级"}]),
        ("我是高级技师，听说现在又有特级技师、首席技师了", None, "honours", None),
        ("高级技师，我副高都评了八年了", "target_level", "target_level", "高级技师"),
        ("你先跟我说说副高要拿了高级技师以后干满几年？", "target_level", "title_held", None),
        ("我想问下灵活就业人员社保断了两个月怎么补缴", None, "technical_work_interrupted", None),
    ],
)
def test_words_of_the_fifteenth_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我爸是老钳工，高级技师，前年退休了，现在还能评职称吗", [{"level": "高级技师"}]),
        ("我是全国技术能手 去年拿的 现在是高级技师", [{"level": "高级技师"}]),
        ("高级工，拿证后辞职去跑了一年多滴滴又回来的", [{"level": "高级工"}]),
        ("持高级工证书约四年，去年起调任车间主任至今", [{"level": "高级工", "years_held": 4.0}]),
        ("做舞台灯光的 灯光师高级工 有没有可能评个艺术系列的职称", [{"level": "高级工"}]),
        ("他说是技师还是高级技师来着，整不明白", []),
    ],
)
def test_dates_of_other_things_and_levels_not_known(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("我是高级技师，想问下退休以后养老金能不能按副高待遇算", None, "target_level", None),
        ("报名的一共12个，其中两个是工程师不是技能人才", "applicant_count", "applicant_count", 10),
        ("我是高级及时二零幺七年拿的证书想问副高可以申报吗", None, "target_level", "副高级"),
        ("我是高级及时二零幺七年拿的证书想问副高可以申报吗", None, "title_held", None),
        ("我老早拿了高级工，十二年多了，一直勒做数控，现在想评助理工程师", None, "technical_work_interrupted", False),
        (
            "我们公司是规模以上企业，我们自己能不能评，还是要报到市里？",
            None,
            "organiser_topic",
            "enterprise_self_evaluation",
        ),
        ("她老公是技师，她是高级工，今天主要问她自己能不能评助理工程师", None, "organiser_topic", None),
        ("我们有三个员工，一个高级工一个技师一个高级技师，都想评职称", None, "skill_certificates", None),
        ("好像是一八年吧，也可能是一九年", "skill_certificates_obtained", "skill_certificates", None),
        ("17年到19年在外面做生意，后面才回来搞电工的", "technical_work_interrupted", "technical_work_gap_years", 2.0),
        ("就是我们公司的首席技师，公司内部评的", "honours", "organiser_topic", None),
        ("享受州政府津贴，就是楚雄州的", "honours", "province", None),
        ("全国技术能手和省技术能手有啥区别，省级的也算吗", "honours", "honours", None),
        ("想申报农业系列高级职称", None, "track", "skill_to_title"),
        ("我是搞无人机驾驶的，这个听说是这几年新出的职业", "new_occupation", "new_occupation", True),
        ("去年考下来中级经济师，想用这个申请企业人力资源管理师二级", None, "title_held", "中级"),
        ("去年考下来中级经济师，想用这个申请企业人力资源管理师二级", None, "target_level", "技师"),
        ("我在博物馆做青铜器修复 是文物修复师三级 想问下能不能评文博系列的助里馆员", None, "target_level", "助理级"),
    ],
)
def test_words_of_the_sixteenth_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "as_of", "results"),
    [
        ("25年的还没出来，24年合格，23年合格，22年优秀", dt.date(2026, 2, 5), ["合格", "合格", "优秀"]),
        ("22、23年是合格，24年是优秀，25年的还没评", dt.date(2026, 1, 20), ["优秀", "合格", "合格"]),
        ("二三年不称职，二四二五都称职", dt.date(2026, 9, 21), ["称职", "称职", "不称职"]),
    ],
)
def test_review_years_said_as_numerals_or_with_the_latest_not_out(text, as_of, results):
    assert read(text, as_of, "annual_review_results").updates["annual_review_results"] == results


def test_a_month_alone_dates_a_certificate_known_by_its_year():
    known = {"skill_certificates": [{"level": "高级工", "obtained": "2025"}]}
    said = read("考是四月 证是五月发的", TODAY, "skill_certificates_obtained", known)
    assert said.corrected_date == "2025-05"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("证还没下来，上个月刚考完高级技师", []),
        ("考过了技师 证还没发下来 现在手上是高级工", [{"level": "高级工"}]),
        ("我是高级工，拿证还不到两年，能不能先报着助理级", [{"level": "高级工"}]),
    ],
)
def test_levels_not_issued_and_spans_under_a_bound(text, held):
    assert read(text, TODAY, "skill_certificates" if "证还没" in text else None).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("我是工程师，想报继电保护员技师，工种跟岗位是一样的", None, "occupation_matches_post", True),
        ("【申报信息】现职业技能等级：高级技师；拟申报系列：工程；拟申报级别：副高级", None, "series", "工程"),
        ("我是搞电汗的 技师 二零一九年拿证 想评公称师 可以不", None, "target_level", "中级"),
        (
            "没断，不过中间有一年在厂里仓库帮忙管物资，这个算不算",
            "technical_work_interrupted",
            "technical_work_gap_years",
            1.0,
        ),
        ("报名的一共十一二个，有两个是助理工程师，不算技能人才", "applicant_count", "applicant_count", 9),
        ("技师证是2017年考的，中间厂子改制过一次但我人一直没动", None, "technical_work_interrupted", False),
        ("我有工程师职称，想拿个技能等级证", "track", "track", "title_to_skill"),
        ("我是学会计的，想报电工，肯定不相关", "related_major_diploma", "exam", None),
        ("云难", "province", "province", "云南"),
        ("想先评个工程师再说", "target_level", "target_level", "中级"),
        ("副高再说吧，先评中级", None, "target_level", "中级"),
        ("高级技师可以直接评正高吗", None, "wants_direct_application", None),
        ("帮我爸问一下，他得过中华技能大奖，现在还在一汽上班，能评正高级工程师吗？", None, "target_level", "正高级"),
        (
            "我们农业系列评委会今年有几个高级工、技师报职称，是不是一定要单独分个组嘛？",
            None,
            "organiser_topic",
            "separate_panel",
        ),
        (
            "镂空雕的几样手法是祖传的，别个做不来，三十年一直在作坊里头做活",
            "front_line_mastery",
            "front_line_mastery",
            True,
        ),
        (
            "处理卡钻有一套自己的土办法，井队都叫额去，二十多年一直在井上",
            "front_line_mastery",
            "front_line_mastery",
            True,
        ),
        ("丽江做东巴纸的，祖传手艺，没考过啥技能等级，能评职称吗", None, "front_line_mastery", None),
    ],
)
def test_words_of_the_seventeenth_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("帮我儿子问的，他技校毕业拿了高级工，今年刚工作，以后能评职称吗", [{"level": "高级工"}]),
        ("我是高级技师，打算考翻译资格，日语二级那个", [{"level": "高级技师"}]),
    ],
)
def test_a_start_at_work_and_an_exam_grade_are_not_certificates(text, held):
    assert read(text, TODAY).held_skills == held


def test_a_month_misheard_as_yue_still_dates_the_certificate():
    assert read("一九年七约", TODAY, "skill_certificates_obtained").corrected_date == "2019-07"


@pytest.mark.parametrize(
    ("text", "as_of", "all_pass"),
    [
        ("23年合格，24年优秀，25年的还没出结果呢", dt.date(2026, 2, 8), None),
        ("24年25年都是良好，23年的记不得了", dt.date(2026, 6, 8), None),
    ],
)
def test_two_review_years_of_three_do_not_settle_them_all(text, as_of, all_pass):
    assert read(text, as_of, "annual_review_results").updates.get("annual_reviews_all_pass") == all_pass


def test_the_year_of_a_wish_does_not_date_a_review():
    said = read("今年想评副高，厂里近三年考核：2023合格、2024合格、2025优秀。", dt.date(2026, 3, 15))
    assert said.updates["annual_review_results"] == ["优秀", "合格", "合格"]


def test_three_review_years_ending_the_year_before_last_are_the_latest_three():
    said = read("22年合格，23年合格，24年优秀", dt.date(2026, 3, 1), "annual_review_results")
    assert said.updates["annual_review_results"] == ["优秀", "合格", "合格"]


def test_one_year_said_with_its_grade_is_not_all_three():
    said = read("2023年是优秀", dt.date(2026, 3, 1), "annual_review_results")
    assert said.updates.get("annual_reviews_all_pass") is None


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("副高 正高不敢想😂", "target_level", "target_level", "副高级"),
        ("不对不对 我想评的是助理的 中级我知道还不够", "target_level", "target_level", "助理级"),
        ("能上中级就上中级，上不了的话助理的也行", "target_level", "target_level", "中级"),
        ("近三年都是合个", "annual_review_results", "annual_reviews_all_pass", True),
        (
            "等电位作业那套手法全局就我玩得转，在一线二十多年了没下来过",
            "front_line_mastery",
            "front_line_mastery",
            True,
        ),
        ("州级非遗传承人 没有职业技能等级证 想评个工艺美术师", None, "skill_certificates", []),
        ("老子干了二十几年电工，啥子证都没得，能不能评职称哦", None, "skill_certificates", []),
        ("没得 啥子都没得", "honours", "skill_certificates", None),
        ("我技师 23年拿的 想评中级 另外问下 高级技师评副高是要4年吧", None, "target_level", "中级"),
        ("我是州总工会的 想问问全国技术能手评职称有啥优惠政策", None, "honours", None),
        ("高精尖缺那个，省里认定过", "honours", "honours", [{"name": "高精尖缺高技能人才", "level": "省级"}]),
        ("奖倒是没有，不过我在一线干了二十三年了", "honours", "honours", []),
        ("结婚那年考的，18年，那会儿还在东莞打工", "skill_certificates_obtained", "province", None),
        ("申报人数刚好5个人的话要不要单设评审组", None, "applicant_count", None),
        ("会计和统计哪个好考点？我是高级工，想考一个", None, "exam", None),
        ("中级会计职称", "exam", "exam", "会计"),
        ("疫情那年，封在家里复习考的", "skill_certificates_obtained", "technical_work_interrupted", None),
        (
            "大前年是基本合格，后头两年都是合格",
            "annual_review_results",
            "annual_review_results",
            ["合格", "合格", "基本合格"],
        ),
    ],
)
def test_words_of_the_eighteenth_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("助理工程师可以去评化工总控工高级工嘛", None, "target_level", "高级工"),
        ("我哋厂自己可唔可以俾师傅评职称啊", None, "organiser_topic", "enterprise_self_evaluation"),
        ("算对口吧，我一直做变电设计和调试。", "occupation_matches_post", "occupation_matches_post", None),
    ],
)
def test_words_of_the_eighteenth_rounds_dialogues(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "held"),
    [
        ("化学检验员技师 不好意思刚才打错字了", "skill_certificates", [{"level": "技师"}]),
        ("我是技是 能考中级会计是吗", None, [{"level": "技师"}]),
    ],
)
def test_a_level_said_with_an_apology_or_misspelt_is_held(text, pending_fact, held):
    assert read(text, TODAY, pending_fact).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        (
            "我是助理工程师，想申请个电工技师等级，听说要看累计工作年限，我工龄十五年了",
            None,
            "cumulative_work_years",
            15.0,
        ),
        ("我87年出生的，06年技校毕业就上班了，一直到现在", "cumulative_work_years", "cumulative_work_years", 20.0),
        ("莫断过，一直在搞", "technical_work_interrupted", "technical_work_interrupted", False),
        ("焊工技师 一六年拿的证 中间一八年到二零年去俄罗斯给人当了两年翻译", None, "exam", None),
        ("焊工技师 一六年拿的证 中间一八年到二零年去俄罗斯给人当了两年翻译", None, "technical_work_gap_years", 2.0),
        ("跟我干的活对口就行，我是搞电的", "series", "occupation_matches_post", None),
        ("我在攀枝花钢厂上班，老家是云南昭通的，轧钢工技师，想评工程师", None, "province", "四川"),
        ("工单：本人高级技师（2015年取得），无相关荣誉，咨询能否直接申报正高级职称。", None, "honours", []),
        ("正在考技师，现在手里是高级工", "skill_certificates", "target_level", None),
        ("这么多年一直爬杆子没下来过，年年优秀", None, "technical_work_interrupted", False),
        ("我在丽江做纳西东巴纸，高级技师，想评职称，是评艺术系列好还是工艺美术系列好", None, "series", None),
        ("我系深圳电子厂的技术员，高级工证22年拿的，想问下可不可以评助理工程师", None, "title_held", None),
        ("目前交了材料的是四个，还有两个说这周交", "applicant_count", "applicant_count", 4),
        ("算不上规上，一年营收也就一千来万", "enterprise_above_scale", "enterprise_above_scale", False),
        ("听说我们这个工业机器人系统运维员是新职业", "new_occupation", "new_occupation", True),
        ("近三年考核一优两合格", None, "annual_reviews_all_pass", True),
        (
            "23年基本合格，24、25两年都是合格",
            "annual_review_results",
            "annual_review_results",
            ["合格", "合格", "基本合格"],
        ),
        ("我在一所职业中学管实训室设备，维修电工技师，想报实验技术系列的职称", None, "track", "skill_to_title"),
        ("中级会计师", "title_held", "title_held", "中级"),
        ("正高级会计师", "title_held", "title_held", "正高级"),
        ("副搞", "target_level", "target_level", "副高级"),
        ("我是高级技寺 想评付高 干了二十年焊接", None, "target_level", "副高级"),
    ],
)
def test_words_of_the_nineteenth_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2018年，跟我评上厂里劳模是同一年", "2018"),
        ("2019年拿的证，2021年评上的省劳模", "2019"),
        ("省技术能手，2020年评的", None),
        ("出去跑了一年销售，去年又回车间", None),
    ],
)
def test_a_year_said_apart_from_an_honour_dates_the_certificate(text, date):
    known = {"skill_certificates": [{"level": "技师"}]}
    assert read(text, TODAY, "skill_certificates_obtained", known).corrected_date == date


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        (
            "我们是红河州蒙自的一家规上企业，领导想让我们自己搞高技能人才的职称评审，不知道要具备啥条件？",
            None,
            "enterprise_above_scale",
            True,
        ),
        ("应该算规上吧，这个我得问问财务", "enterprise_above_scale", "enterprise_above_scale", None),
        ("老师，我是文山的，种三七的，考了个农艺工高级工，整得成农业的职称不嘛", None, "track", "skill_to_title"),
        ("高级工是19年拿的，一直干维修没断过，助理工程师应该能评了吧？", None, "target_level", "助理级"),
        ("我在省歌舞剧院做舞台灯光，有灯光师技师证，艺术系列能报吗", None, "track", "skill_to_title"),
        ("国家职业资格二级，16年拿的，能评高级农艺师吗，还是得先评农艺师？", None, "target_level", "副高级"),
        (
            "我在南宁修汽车 高级技师17年考的 拿过广西技术能手 想直接报副高",
            None,
            "honours",
            [{"name": "技术能手", "level": "省级"}],
        ),
        ("有相关专业毕业证的话 技能评价可以免哪部分考试", None, "related_major_diploma", None),
        ("九六年上班到现在", "cumulative_work_years", "cumulative_work_years", 30.0),
        ("贵州 对了贵州跟云南政策一样不", "province", "province", "贵州"),
    ],
)
def test_words_of_the_twentieth_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


def test_a_rule_of_years_is_not_the_years_held():
    assert read("我是合肥的技师想问一下技师平工程师需要满三年是从拿证那天开始算吗", TODAY).held_skills == [
        {"level": "技师"}
    ]


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("我焊的仰焊全厂没人比得上，在一线焊了二十多年没离开过", "front_line_mastery", "front_line_mastery", True),
        ("回老家云南报吧，现在人在浙江打工", "province", "province", "云南"),
        ("高精尖缺高技能人才是谁认定的", None, "honours", None),
        ("评技师，高级技师我晓得够不上", "target_level", "target_level", "技师"),
        ("24年不称职，23跟25年合格", "annual_review_results", "annual_review_results", ["合格", "不称职", "合格"]),
        (
            "他去年前年都是合格，大前年那年评的优秀",
            "annual_review_results",
            "annual_review_results",
            ["合格", "合格", "优秀"],
        ),
        ("没有，啥也没评上过", "honours", "skill_certificates", None),
        ("想问一下，我们公司才30个人，可以自己搞职称评审吗", None, "enterprise_above_scale", False),
        ("我们厂今年就3个人报高技能的职称 有必要单设评审组吗", None, "enterprise_above_scale", None),
        ("技师证一五年拿的，完了一八年我上南方跑了一年销售，一九年又回厂了", None, "technical_work_gap_years", 1.0),
    ],
)
def test_words_of_the_twenty_first_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我技师 3年了 能评中级不", [{"level": "技师", "years_held": 3.0}]),
        ("我是级师 二零二一年五月拿的正 想问能不能平中级只称", [{"level": "技师", "obtained": "2021-05"}]),
        ("帮群众问一下：群众持技师证已满3年，近3年考核合格", [{"level": "技师", "years_held": 3.0}]),
    ],
)
def test_years_held_said_bare_and_misspelt_certificates(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        (
            "18年到20年在车间当主任，管人不干活，20年以后又回到班组了",
            "technical_work_gap_years",
            "technical_work_gap_years",
            2.0,
        ),
        (
            "18年到19年厂子停产，我在家待了三个月，别的时候都在车间",
            "technical_work_gap_years",
            "technical_work_gap_years",
            0.25,
        ),
        ("还没统计完，估计七八个", "applicant_count", "applicant_count", 7),
        ("估计也是", "applicant_count", "applicant_count", None),
        ("我们厂就三十来个人，也想自己给工人评职称，可以不", None, "enterprise_above_scale", False),
        (
            "我们想问自己能不能在企业里头搞职称评审，不用送到市里去",
            "organiser_topic",
            "organiser_topic",
            "enterprise_self_evaluation",
        ),
        ("今年想单独给高技能人才分个组评，有八个人报名，行不行", None, "organiser_topic", "separate_panel"),
        ("我妹夫在老家河南开铲车，证书是高级工，他今年都四十了还能评不", None, "province", "河南"),
        ("我是二级技师，大前年考的，年度考核一直是合格", None, "technical_work_interrupted", None),
        ("基本都是称职，就去年因为请长病假评了个基本称职", "annual_review_results", "technical_work_interrupted", None),
        ("去年不是合格，是基本合格", "annual_review_results", "annual_review_results", ["基本合格"]),
        ("工程师吧，助理的没啥意思", "target_level", "target_level", "中级"),
        ("我是中级职称经济师想考个茶艺师技师能不能报", None, "title_held", "中级"),
        ("高级工可以考初级会计吗", None, "exam", None),
        ("高技能人才能不能考注会？我财务这块是自学的，手上有个高级工证", None, "exam", "注册会计师"),
        ("北京开奥运会那年拿的", "skill_certificates_obtained", "province", None),
    ],
)
def test_words_of_the_twenty_second_round(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("他今年都四十了，证书是高级工", [{"level": "高级工"}]),
        (
            "我14年拿的高级工，17年拿的技师，呃不对，技师是18年",
            [{"level": "高级工", "obtained": "2014"}, {"level": "技师", "obtained": "2018"}],
        ),
        (
            "我高级工是2017年拿的，哦不对，是2015年，技师是去年刚拿的",
            [{"level": "高级工", "obtained": "2015"}, {"level": "技师", "obtained": "2025"}],
        ),
        ("技师证正好满三年", [{"level": "技师", "years_held": 3.0}]),
        ("我喺深圳做電工，有技師證，考咗四年啦", [{"level": "技师", "years_held": 4.0}]),
        ("汶川地震那年考的技师", [{"level": "技师", "obtained": "2008"}]),
        ("疫情那年考的技师", [{"level": "技师"}]),
    ],
)
def test_dates_of_the_twenty_second_round(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("我是技师 二三年拿的 顺便问一下 正高级是不是只能走绿色通道", None, "wants_direct_application", None),
        ("一八年取得高级工 咨询可否申报助理级 另问高级工能否直接申报中级", None, "target_level", "助理级"),
        ("标准要求十年，我才八年", "meets_occupation_standard", "cumulative_work_years", 8.0),
        ("在家这边，大理", "province", "technical_work_interrupted", None),
        ("我们才30个人", "enterprise_above_scale", "enterprise_above_scale", False),
        ("这几年考核都中，想评个工程师中不中", None, "annual_reviews_all_pass", True),
        ("22优秀，23合格，24合格", "annual_review_results", "annual_review_results", ["合格", "合格", "优秀"]),
        (
            "前年是合格 去年优秀嘛 大前年好像也是合格的嘛",
            "annual_review_results",
            "annual_review_results",
            ["优秀", "合格"],
        ),
        ("点解评职称要近三年考核合格㗎 我唔明", None, "annual_reviews_all_pass", None),
        # DESIGN, Reading people: what a group of applicants wants is not the asker's fact
        ("我们公司有三个技师想评中级，一个18年拿证，一个20年，一个23年，都能报吗", None, "target_level", None),
        ("HR来电 公司有三名技师一名高级技师 都想报工程系列 问能否单独组个评审组", None, "applicant_count", 4),
        ("报名的有9个技师，另外请了3个高级技师来当评委", "applicant_count", "applicant_count", 9),
        ("俺是高级工 想问问评上助理工程师能不能调进编制内", None, "title_held", None),
        ("我们厂去年搞改制 好多人下岗了 我运气好留下来了", None, "technical_work_interrupted", None),
        ("本人系上海市人民政府特殊津贴获得者，在沪工作", None, "province", "上海"),
        ("艺术系列，我是唱滇剧的", "series", "province", None),
        ("公程系列吧 我们是搞机电安装的", "series", "series", "工程"),
        (
            "2019年取得技师证，2020年至2022年在外地从事餐饮工作，2023年回原单位继续从事维修电工岗位",
            None,
            "technical_work_gap_years",
            2.0,
        ),
        ("18年拿的技师证，18年到20年在外地跑运输，20年回厂接着干维修", None, "technical_work_gap_years", 2.0),
        (
            "来电人李某，男，称其于二〇一七年取得技师职业资格，其间曾于2020年至2021年外出经商一年，现咨询申报中级职称事宜",
            None,
            "technical_work_gap_years",
            1.0,
        ),
        (
            "二〇一五年取得高级技师，二〇一九年至二〇二二年在厂里担任生产副厂长，现已回到制茶岗位",
            None,
            "technical_work_gap_years",
            3.0,
        ),
        ("这几年一直在跑业务，手艺倒没丢", "technical_work", "technical_work_interrupted", True),
        ("有一阵子调去当仓管，具体多久记不清了", "technical_work", "technical_work_interrupted", True),
        ("一直在干，就二三年五月到十一月被抽去工会帮忙，半年", "technical_work", "technical_work_gap_years", 0.5),
        ("去年良好，前年不称职，那年请了半年病假，再往前是称职", "annual_reviews", "technical_work_interrupted", None),
        ("本人系电气专业中专毕业，与申报职业相关", None, "related_major_diploma", True),
        ("其累计工作年限为22年", None, "cumulative_work_years", 22.0),
        ("拟申请对应工种的高级技师评价，咨询其累计工作年限18年是否满足", None, "meets_occupation_standard", None),
        ("能上中级就上中级，上不了助理的也行", "target_level", "target_level", "中级"),
        ("我是正高级工程师，想顺便拿个高级技师，能申请吗", None, "target_level", "高级技师"),
        ("我是搞电焊的高级公 21年拿的 想评铸理工程师", None, "target_level", "助理级"),
        ("我高级工，想考一级消防，可以不", None, "exam", "消防工程师"),
        ("我有中级会计职称 想去考个技能等级证 会计这块有对应的工种吗", None, "exam", None),
        ("去年评了个优秀，其他两年嘛一般般，反正没出过问题", "annual_reviews", "annual_reviews_all_pass", True),
        ("我没有，我们车间主任倒是全国技术能手", None, "honours", None),
        ("俺是市技术能手，哦不对是省技术能手，高级技师", None, "honours", [{"name": "技术能手", "level": "省级"}]),
        (
            "我们公司有三个全国技术能手，我不是，我是公司级的技术能手",
            None,
            "honours",
            [{"name": "技术能手", "level": None}],
        ),
        ("我们是个机械厂 我在人事科 今年估计三四个技师报职称 评委会那边要不要单独分组", None, "applicant_count", 3),
        ("够了，标准要求5年，他都干了9年了", "meets_occupation_standard", "cumulative_work_years", 9.0),
        ("能上高级就上高级 不行的话中级也中", "target_level", "target_level", None),
        ("我送外卖的 网约配送员 有个四级证 能评职称不", None, "technical_work_interrupted", None),
        ("后头回四川学钳工 2016年考了高级工 但我一直在车间 没有去干别的", None, "technical_work_interrupted", False),
        ("你说的突出贡献是个啥子标准嘛", "major_contribution", "major_contribution", None),
        ("没有 啥奖都没拿过", "honours", "honours", []),
    ],
)
def test_words_of_rounds_twenty_three_to_twenty_five(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("二级 也就是技师嘛 二零年考的 证是二一年三月才发下来", [{"level": "技师", "obtained": "2021-03"}]),
        ("九八年就是高级技师了", [{"level": "高级技师", "obtained": "1998"}]),
        ("我好像是高级工吧，也可能是中级工，证在老家放着", []),
        ("俺家老爷们儿技师证丢了 还能评职称不", []),
        ("我的技师证丢了怎么补办", [{"level": "技师"}]),
        ("我是高级公 二零年那的证", [{"level": "高级工", "obtained": "2020"}]),
        ("我是二三年年底拿的高级技师", [{"level": "高级技师", "obtained": "2023-12"}]),
        ("我电焊技师，今年想报二建", [{"level": "技师"}]),
        ("拿高级工已经一年半了", [{"level": "高级工", "years_held": 1.5}]),
        ("高级技师，大前年国庆节后面发的", [{"level": "高级技师", "obtained": f"{TODAY.year - 3}-10"}]),
        ("高级技视证书一九年拿的 能评副搞吗", [{"level": "高级技师", "obtained": "2019"}]),
    ],
)
def test_certificates_of_rounds_twenty_three_to_twenty_five(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("一直在修农机，没得改行", "technical_work", "technical_work_interrupted", False),
        ("好像是高级工吧 记不太清了 证在家里压箱底", "skill_certificates", "technical_work_interrupted", None),
        ("发证19.11，之后一直负责酒店暖通设备运维", None, "technical_work_interrupted", False),
        ("19年到21年在深圳送外卖 21年回来接着干电工", "technical_work", "province", None),
        ("评职称 助理工程师 就是单位说的那个", "track", "target_level", "助理级"),
        ("工程式吧，助理的没啥意思", "target_level", "target_level", "中级"),
        ("先报助理工程师吧，等够年限了再冲工程师", "target_level", "target_level", "助理级"),
        ("技师，高级技师估计年限不够，先拿技师", "target_level", "target_level", "技师"),
        ("想评个农业系列的副高，高级农艺师还是高级农业工程师我也搞不清楚", None, "target_level", "副高级"),
        ("大学是燃气工程专业，和这个工种相关", None, "related_major_diploma", True),
        (
            "我是工程师，想考个化工总控工的技师证，大学学的化学工程，跟这个工种对口",
            None,
            "occupation_matches_post",
            None,
        ),
        ("本人工程师，但我现在是搞设计的，不在操作岗位上，这个能报吗", None, "occupation_matches_post", False),
        ("我是管网所所长，高级工程师，从业已经二十三年，想申请高级技师", None, "cumulative_work_years", 23.0),
        (
            "这个不好说，参与过白鹤滩的机组安装，但要说突出贡献我也说不清楚",
            "major_contribution",
            "major_contribution",
            None,
        ),
        ("普洱做咖啡的 咖啡师高级工 这个算新兴领域不 能评啥职称", None, "new_occupation", None),
        ("高级技师 2021年8月拿证 本来想25年就报副高 结果说年限不够", None, "meets_occupation_standard", None),
        ("我问过评价机构 说技师要的工作年限我还不够哦", None, "meets_occupation_standard", False),
        ("还没想好，要么考审计师要么考统计师", "exam", "exam", None),
        ("没有，我是高中毕业后直接进厂的，后来是边干边评的职称", "related_major_diploma", "track", None),
        ("我是助理工程师，2021年3月评的，不对，是2022年3月", None, "title_obtained", "2022-03"),
        ("我是二级技师 想评中级 福建这边有没有单独评的", None, "organiser_topic", None),
        ("美发师技师 开了个小店自己干 能评职称不", None, "track", "skill_to_title"),
        ("来电人持有特种设备作业人员证，没有其他技能等级证书", None, "skill_certificates", []),
        ("2025年考核优秀，2024、2023年合格", None, "annual_review_results", ["优秀", "合格", "合格"]),
        ("2023-2025年考核分别为合格、合格、良好", None, "annual_review_results", ["良好", "合格", "合格"]),
        (
            "22年合格，23年优秀，24年合格。哦不对，我记岔了，23年是合格，24年才是优秀",
            "annual_reviews",
            "annual_review_results",
            ["优秀", "合格", "合格"],
        ),
        ("考核结果按称职、基本称职那套来的，近三年均为称职", "annual_reviews", "annual_reviews_all_pass", True),
        ("2024年度优秀，2025年度的考核还没出来", "annual_reviews", "annual_review_results", ["优秀"]),
        ("我是安溪做茶的，茶艺师技师", None, "province", "福建"),
        ("呼市美容院的 美容师技师", None, "province", "内蒙古"),
        ("工艺美术 我是做木雕的 剑川那边学的手艺", "series", "province", None),
        ("儿子在武汉的技师学院读的焊接 毕业拿了高级工证", None, "province", None),
        ("高级技师证书2017年拿的，想评高级工程师，听说可以走特殊通道？", None, "wants_direct_application", True),
    ],
)
def test_words_of_round_twenty_six(text, pending_fact, name, value):
    assert read(text, dt.date(2026, 6, 15), pending_fact).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("去年考了养老护理员技师 还没发证 能评职称吗", []),
        ("养老护理 初级证 干了五年了", [{"level": "初级工"}]),
        ("还有一本收银员中级工证，想问今年中级会计师考试我能不能报", [{"level": "中级工"}]),
        ("应该是高级工吧，也可能是中级工，我回家翻翻证书再说", []),
        ("焊工 技师今年满三年", [{"level": "技师", "years_held": 3.0}]),
        (
            "化工总控工高级工19.7取证，技师21.12取证",
            [{"level": "高级工", "obtained": "2019-07"}, {"level": "技师", "obtained": "2021-12"}],
        ),
    ],
)
def test_certificates_of_round_twenty_six(text, held):
    assert read(text, dt.date(2026, 6, 15)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "known", "name", "value"),
    [
        ("我在玉林工地上摔断了腿，老板不给报工伤", None, {}, "technical_work_interrupted", None),
        (
            "高级工证一九年拿哩，这几年工地有活就干，没活就回老家种地，断断续续哩",
            None,
            {},
            "technical_work_interrupted",
            True,
        ),
        (
            "自述二三年至二四年间在公司办公室从事安全资料员工作，现已返回塔吊岗位",
            None,
            {},
            "technical_work_gap_years",
            1.0,
        ),
        ("2022年调去做了半年安全员，后来又回到焊接岗位干到现在", None, {}, "technical_work_gap_years", 0.5),
        ("二零一九年评的高级技师，手上有自己的绝活，一直在做壶没离开过", None, {}, "technical_work_interrupted", False),
        ("手上有几样绝活 几十年都没离开过一线", None, {}, "technical_work_interrupted", None),
        ("一直在冷库干，就是去年腊月请了俩月假回山东老家伺候老人", "technical_work", {}, "province", None),
        ("我现在在宁波打工，以后想回贵州老家报职称", None, {}, "province", "贵州"),
        ("我系贵港一间饲料厂嘅化验员，二二年下半年考到技师", None, {}, "province", "广西"),
        ("中间借到工会去了三个月，搞职工文艺汇演", "technical_work", {}, "series", None),
        ("毕业证是会计的，跟电工八竿子打不着", "related_major_diploma", {}, "exam", None),
        ("没得，我是读的会计专业，报的是电工", "related_major_diploma", {}, "exam", None),
        ("有个三级的信息通信网络运维员证 21年拿的 现在想评个助工", None, {}, "exam", None),
        ("我是印刷厂的高级工，想考出版专业技术人员职业资格", None, {}, "exam", "出版"),
        ("软考能考吗我是电工高级工 想转行搞it", None, {}, "exam", "计算机技术与软件"),
        ("年年都合格啊，不合格早让撵回家了", "annual_reviews", {}, "annual_reviews_all_pass", True),
        ("头年合格，前年合格，大前年优秀", "annual_reviews", {}, "annual_review_results", ["合格", "合格", "优秀"]),
        ("前年去年都是合格，大前年那会儿我还没进这个厂", "annual_reviews", {}, "annual_reviews_all_pass", None),
        (
            "二五年的还没出，二四年优秀，二三年跟二二年都是合格",
            "annual_reviews",
            {},
            "annual_review_results",
            ["优秀", "合格", "合格"],
        ),
        (
            "他二五年基本称职，二四、二三都是称职",
            "annual_reviews",
            {},
            "annual_review_results",
            ["基本称职", "称职", "称职"],
        ),
        ("23年是我评上厂里优秀员工", "annual_reviews", {}, "annual_review_results", None),
        ("能上副高就上副高，不中的话中级也中", "target_level", {}, "target_level", "副高级"),
        ("植保那块的，能给个技师就行，高级技师想都不敢想", "target_level", {}, "target_level", "技师"),
        ("技师就可以了，高级技师估计够不着", "target_level", {"title_held": "中级"}, "target_level", "技师"),
        ("来电询问能否在苏州申报助理工程师或工程师", None, {}, "target_level", None),
        ("我那个不叫职称吧，是单位聘的技术员，没经过评审", "title_held", {}, "title_held", None),
        ("九八年进的煤矿，一直干到现在", "cumulative_work_years", {}, "cumulative_work_years", 28.0),
        ("俺没算过，十七还是十八年", "cumulative_work_years", {}, "cumulative_work_years", 17.0),
        ("奖啥的没有", "honours", {}, "honours", []),
        ("父亲持农业技术员三级证书，未获得任何荣誉，想申报助理农艺师", None, {}, "honours", []),
        (
            "绝活有，制冷机组我闭着眼都能修，不过这几年调到物流公司调度室去了",
            "front_line_mastery",
            {},
            "front_line_mastery",
            False,
        ),
        ("那肯定对不上啦，我岗位是结构设计", "occupation_matches_post", {}, "occupation_matches_post", False),
        ("规上？俺们就四十来口人，一年也就卖个几百万哩", "enterprise_above_scale", {}, "enterprise_above_scale", False),
        ("十好几个，具体还没统计完", "applicant_count", {}, "applicant_count", 10),
        ("还没想好，工程或者工艺美术都行", "series", {}, "series", None),
        ("想走技工院校教师系列", None, {}, "track", "skill_to_title"),
        ("听说高级技师能评高级工程师，有个人工智能训练师三级 能评助攻吗", None, {}, "target_level", "助理级"),
    ],
)
def test_words_of_round_twenty_seven(text, pending_fact, known, name, value):
    assert read(text, dt.date(2026, 6, 15), pending_fact, known).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "known", "held"),
    [
        ("中级工。高级工今年六月份才考，还没考哩", "skill_certificates", {}, [{"level": "中级工"}]),
        ("我自己是高级工，我媳妇才是技师，她回头也想问问", "skill_certificates", {}, [{"level": "高级工"}]),
        ("去年才考起技师 今年想评工程师", None, {}, [{"level": "技师", "obtained": "2025"}]),
        ("估计是一九或者二零年的", "skill_certificates_obtained", {}, []),
        ("技师不是23年，是22年下半年拿的", None, {}, [{"level": "技师", "obtained": "2022"}]),
        ("zc评审 技师满3年 考核都合格 能评中级吗", None, {}, [{"level": "技师", "years_held": 3.0}]),
        ("请问技师满三年可以评工程师了伐？我是维修电工技师", None, {}, [{"level": "技师"}]),
    ],
)
def test_certificates_of_round_twenty_seven(text, pending_fact, known, held):
    assert read(text, dt.date(2026, 6, 15), pending_fact, known).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "known", "name", "value"),
    [
        ("能评正高不 不能的话就副高", "target_level", {}, "target_level", "正高级"),
        ("帮我爸问的 他在克拉玛依油田干了三十年采油工 五十六了 高级技师", None, {}, "province", "新疆"),
        ("在南方电网贵州公司从事继电保护二十年，本人高级工程师", None, {}, "title_obtained", None),
        ("我是侗族 在从江县唱侗族大歌的 有没有可能评艺术系列的职称 我没有什么证", None, {}, "skill_certificates", []),
        ("有 评茶员三级 普洱那边考的", "skill_certificates", {}, "province", None),
        ("应该没断过吧 中间好像去培训了几个月 培训算不算", "technical_work", {}, "technical_work_interrupted", None),
        ("绝活是有的 就是这几年岁数大了调到仓库管理去了", "front_line_mastery", {}, "front_line_mastery", False),
        ("中间17年到19年在矿上当了两年区队长，现在又回到一线了", None, {}, "technical_work_gap_years", 2.0),
        ("2022年3月至2023年3月派驻外地做销售支持", None, {}, "technical_work_gap_years", 1.0),
        ("证在家里压箱底，我这几年在跑滴滴", "technical_work", {}, "technical_work_interrupted", True),
        ("高级技师，就报跟我现在搞的化工工艺对应的那个工种", "target_level", {}, "occupation_matches_post", True),
        ("评委会今年收到高技能人才申报材料二十几份", None, {}, "applicant_count", 20),
        (
            "今年收到高技能人才申报14人，评委我们有9个，是不是要有一半以上是技能人才评委？",
            None,
            {},
            "applicant_count",
            14,
        ),
        ("5个左右吧，最终要看报名情况", "applicant_count", {}, "applicant_count", None),
        ("我在技工学校教焊接，评讲师那个系列", "series", {}, "target_level", None),
        (
            "考核都合格 对了前面说的证的时间说错了 是二一年不是二零年",
            "annual_reviews",
            {},
            "annual_reviews_all_pass",
            True,
        ),
        ("车间里那台老镗床 就剩我一个会修了", None, {}, "front_line_mastery", True),
        ("中间有两年顶了个车间主任的缺，去年又回班组了", None, {}, "technical_work_interrupted", True),
        ("会计中级职称（2018） 想考个技师", None, {}, "title_held", "中级"),
    ],
)
def test_words_of_round_twenty_eight(text, pending_fact, known, name, value):
    assert read(text, dt.date(2026, 6, 15), pending_fact, known).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("不是啥新兴的，就是传统的车工", "new_occupation", "new_occupation", False),
        ("我做乌铜走银三十多年了，这门手艺全省会的没几个，一直在作坊里做，没离开过", None, "front_line_mastery", True),
        (
            "来电人说她在中学当老师，中级职称，想评个育婴员的技能等级，跟教书没关系",
            None,
            "occupation_matches_post",
            False,
        ),
        (
            "我是农艺师，中级，在县农技站，想申请农业技术员的技师评价，我们站里就是干这个的",
            None,
            "occupation_matches_post",
            True,
        ),
        ("我是大理一所中学的物理老师，中级职称，想考电工技师，可以不", None, "province", "云南"),
        ("来电人说他是哈尔滨的，中华技能大奖得主，问评正高级工程师还要不要论文", None, "province", "黑龙江"),
        ("来电人说他是哈尔滨的，中华技能大奖得主，问评正高级工程师还要不要论文", None, "target_level", "正高级"),
        (
            "我是做普洱茶制茶的，评茶员技师，想问我们这种能评农业系列的职称吗，还是只能评工艺美术",
            None,
            "province",
            None,
        ),
        ("我是做普洱茶制茶的，评茶员技师，想问我们这种能评农业系列的职称吗，还是只能评工艺美术", None, "series", None),
        ("我是个电工，想问问能评啥", None, "track", None),
        ("帮我哥问，他是技师，去年刚拿的，在厦门修船，想评助理工程师还是工程师", None, "series", "工程"),
        ("帮我哥问，他是技师，去年刚拿的，在厦门修船，想评助理工程师还是工程师", None, "target_level", None),
        ("想问问我现在能评个啥职称 助理工程师还是工程师", None, "title_held", None),
        ("我们研究所有十几个工程师想参加职业技能评价，单位能不能自己定个标准条件？", None, "title_held", None),
    ],
)
def test_words_of_round_twenty_nine(text, pending_fact, name, value):
    assert read(text, dt.date(2026, 6, 15), pending_fact, {}).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("技能等级里的一级是最高的还是最低的？", []),
        ("兄弟们 我技师 想转评工程师 年度考核一定要三年都合格吗 我去年请病假评了个基本合格", [{"level": "技师"}]),
    ],
)
def test_certificates_of_the_tuning_rounds_read_again(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        (
            "有 一八年到二一年厂里让我去当车间主任 后来又回来干数控了",
            "technical_work_gap_years",
            "technical_work_gap_years",
            3.0,
        ),
        (
            "他在火电厂干汽轮机检修二十多年了高级技师证是2017年拿的后来18年到20年抽调去搞了两年扶贫驻村",
            None,
            "technical_work_gap_years",
            2.0,
        ),
        ("干了18年", "technical_work_gap_years", "technical_work_gap_years", None),
        ("2020年开始当了两年工段长 管人不干活那种 后来又回炉前了", None, "technical_work_gap_years", 2.0),
        (
            "绝活是有的 别人修不好的老机床我能修 但这几年调到设备科当管理了",
            "front_line_mastery",
            "front_line_mastery",
            False,
        ),
        ("我现在是热工仪表的岗 想报的是电工 不太对口", "occupation_matches_post", "occupation_matches_post", False),
        ("我们评委会今年高技能人才申报不足5人 可以不单设评审组吗", None, "applicant_count", None),
        ("2016/9/30 评委会通过的", "title_obtained", "track", None),
        ("我在新疆克拉玛依，技师，想问在新疆能不能评中级工程师？另外你们这个政策是云南的吧", None, "province", "新疆"),
        ("我是柳州一家汽车零部件厂的人力 我们厂有技能大师工作室 想问问企业自己能不能组织评职称", None, "honours", None),
        ("我们单位是称职不称职那种，这三年都是称职", "annual_review_results", "annual_reviews_all_pass", True),
        (
            "管路对接那手活儿，全厂没几个人能干，二十多年一直在总装一线",
            "front_line_mastery",
            "front_line_mastery",
            True,
        ),
        ("我想评职称，实验技术那个系列的", "track", "series", "实验技术"),
        (
            "我在十堰汽车厂干装配钳工，高级技师，厂里给我弄了个工作室，想评个职称",
            None,
            "honours",
            [{"name": "技能大师工作室带头人", "level": None}],
        ),
        (
            "18年到19年厂子停产，我在家待了三个月，别的时候都在车间",
            "technical_work_gap_years",
            "technical_work_gap_years",
            0.25,
        ),
        (
            "中途去深圳电子厂做了两年半普工，二三年才回到老本行",
            "technical_work_gap_years",
            "technical_work_gap_years",
            2.5,
        ),
    ],
)
def test_words_of_round_thirty(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact, {}).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "name", "value"),
    [
        ("我是人事 我们厂有个焊工技师 24年拿的证 我想推荐他评工程师 他现在够条件没", None, "target_level", "中级"),
        ("鞍山的 在钢厂干轧钢 技师 想问技师评工程师是不是得先评个助理", None, "target_level", "中级"),
        ("宜昌三峡电厂的水轮发电机组值班员 技师 20年拿的 想问技师能评工程师", None, "major_contribution", None),
        ("参加过白鹤滩水电站的机组安装", "major_contribution", "major_contribution", True),
        ("有高精尖缺的话是不是就能直接评副高了", "honours", "honours", None),
        ("高精尖缺那个有 去年省政府认定的", "honours", "honours", [{"name": "高精尖缺高技能人才", "level": "省级"}]),
        (
            "一共收到23份材料，其中技能人才的有9份，这9份里有1份材料不全退回去了",
            "applicant_count",
            "applicant_count",
            8,
        ),
        ("报上来5个 其中一个是在读研究生 不是技能人才", "applicant_count", "applicant_count", 4),
        ("一共20个，其中技能人才8个", "applicant_count", "applicant_count", 8),
        ("他说22 23年都合格 24年是优秀", "annual_review_results", "annual_review_results", ["优秀", "合格", "合格"]),
    ],
)
def test_words_of_round_thirty_read_again(text, pending_fact, name, value):
    assert read(text, TODAY, pending_fact, {}).updates.get(name) == value


@pytest.mark.parametrize(
    ("text", "pending_fact", "held"),
    [
        ("好像是高级工吧 也可能是中级 我得回去看看证", "skill_certificates", []),
        ("高级工程师 高级工我十几年前就拿了", None, [{"level": "高级工", "obtained": "2016-06"}]),
    ],
)
def test_certificates_of_round_thirty(text, pending_fact, held):
    assert read(text, TODAY, pending_fact, {}).held_skills == held


def test_the_years_of_a_rule_asked_about_are_not_years_held():
    extraction = read("我有中级职称，技能等级已经拿了高级工，想晋级技师，拿到高级工一年后是不是就能报", TODAY)
    assert extraction.held_skills == [{"level": "高级工"}]


def test_an_honour_alone_carries_no_track():
    assert "track" not in read("县里评的劳模 电工技师 这个劳模有用没", dt.date(2026, 6, 15)).updates


def test_a_date_beside_no_time_away_dates_the_certificate():
    known = {"skill_certificates": [{"level": "技师"}]}
    extraction = read("2019年，对了他中间没停过，一直在干", dt.date(2026, 6, 15), "skill_certificates_obtained", known)
    assert extraction.corrected_date == "2019" and extraction.updates["technical_work_interrupted"] is False


def test_a_corrected_certificate_date_beside_the_reviews_is_read():
    extraction = read(
        "考核都合格 对了前面说的证的时间说错了 是二一年不是二零年", dt.date(2026, 6, 15), "annual_reviews"
    )
    assert extraction.corrected_date == "2021"


def test_a_level_said_wrongly_is_replaced():
    extraction = read(
        "不对，我刚把证翻出来了，上面写的是技师（二级），刚才说成高级工了", dt.date(2026, 6, 15), "technical_work"
    )
    assert extraction.held_skills == [{"level": "技师"}] and extraction.replaces_level


def test_a_date_with_de_before_its_month_is_a_full_date():
    assert read("二零二二年的五月十八号", TODAY, "skill_certificates_obtained").corrected_date == "2022-05-18"


def test_the_date_after_not_this_one_replaces_it():
    assert read("不是19年 是18年下半年 我记混了", TODAY, "skill_certificates_obtained").corrected_date == "2018"


def test_the_issue_date_after_a_corrected_level_dates_the_certificate():
    extraction = read("我是高级工 哦不对 去年考过技师 证是25年10月发的", TODAY)
    assert extraction.held_skills == [{"level": "技师", "obtained": "2025-10"}]


@pytest.mark.parametrize(("text", "years"), [("技师证刚拿半年", 0.5), ("技师证拿咧三年零两个月", 3.0)])
def test_how_long_a_certificate_is_held_in_everyday_words(text, years):
    assert read(text, TODAY).held_skills == [{"level": "技师", "years_held": years}]


def test_the_level_settled_for_if_the_first_is_out_of_reach_is_not_the_wish():
    assert read("高级工程师嘛 要是不够的话工程师也中", TODAY, "target_level").updates["target_level"] == "副高级"


@pytest.mark.parametrize("text", ["想评助理工艺美术师还是工艺美术师", "想评助理工程师定系工程师好"])
def test_two_titles_weighed_keep_the_series_not_a_level(text):
    updates = read(text, TODAY).updates
    assert "target_level" not in updates and "title_held" not in updates and "series" in updates


def test_the_title_held_named_beside_the_level_wanted_stays_held():
    known = {"track": "title_to_skill", "title_held": "副高级"}
    updates = read("高级技师，跟我副高对应那个", TODAY, "target_level", known).updates
    assert updates["target_level"] == "高级技师" and updates.get("title_held", "副高级") == "副高级"


def test_a_title_named_in_its_series_restates_the_wish():
    known = {"track": "skill_to_title", "target_level": "副高级"}
    assert "title_held" not in read("工艺美术 就是高级工艺美术师", TODAY, "series", known).updates


def test_an_aside_after_the_answer_carries_no_title():
    updates = read("三年都合格 对了问一下 评上工程师了单位必须给聘不", TODAY, "annual_review_results").updates
    assert "title_held" not in updates and updates["annual_reviews_all_pass"] is True


def test_a_veterinary_title_is_in_the_agriculture_series():
    assert read("有高级工证 想评个助理兽医师", TODAY).updates["series"] == "农业"


def test_a_level_dismissed_in_cantonese_is_not_the_wish():
    assert read("咁就工程师啦 助理嗰个冇乜意思", TODAY, "target_level").updates["target_level"] == "中级"


def test_an_honour_out_of_reach_is_not_held():
    assert read("啥荣誉都没有，全国技术能手那些够不着", TODAY, "honours").updates["honours"] == []


def test_the_level_of_a_committee_is_not_the_persons():
    assert read("我们是工程系列初级评委会，今年申报的有5个，要不要单设评审组", TODAY).ambiguities == []


@pytest.mark.parametrize(
    "text", ["我们是温州一家阀门厂 四十来个工人 想自己给师傅们评职称", "我们是个三十来人的加工厂，可以自主评审吗"]
)
def test_a_firm_of_some_tens_of_people_is_not_above_scale(text):
    updates = read(text, TODAY).updates
    assert updates["enterprise_above_scale"] is False and updates["organiser_topic"] == "enterprise_self_evaluation"


def test_a_firm_of_hundreds_says_nothing_of_its_scale():
    assert "enterprise_above_scale" not in read("我们厂三百多人 想自己评职称", TODAY).updates


def test_the_topic_denied_is_not_the_topic():
    updates = read("问的是单设评审组，不是企业自主评审", TODAY, "organiser_topic").updates
    assert updates["organiser_topic"] == "separate_panel"


def test_applicants_still_to_come_and_workshops_are_not_counted():
    assert (
        read("目前收到六份，还有两个车间在报，估计还能来三四个", TODAY, "applicant_count").updates["applicant_count"]
        == 6
    )


def test_a_question_after_only_a_greeting_is_the_message_and_its_this_year_is_the_plan():
    extraction = read("新年快乐！顺便问下，今年我能拿技师报中级不，证是2023年12月拿的", TODAY)
    assert extraction.held_skills == [{"level": "技师", "obtained": "2023-12"}]
    assert extraction.updates["target_level"] == "中级"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("二五年优秀 前头两年都是合格", "annual_review_results", {"annual_review_results": ["优秀", "合格", "合格"]}),
        ("技术能手有一个 是昆明市评的", "honours", {"honours": [{"name": "技术能手", "level": "市级"}]}),
        ("轮胎热补这手艺全县就我一个会", "front_line_mastery", {"front_line_mastery": True}),
        ("炉子里啥情况我听一下声音就晓得 年轻人学不来", "front_line_mastery", {"front_line_mastery": True}),
        ("一共报了20个，其中技能人才8个，另外12个是本科毕业的技术员", "applicant_count", {"applicant_count": 8}),
        ("申报的高技能人才有6人，另有2名是专业技术人员", "applicant_count", {"applicant_count": 6}),
        ("今年一共报上来12个 有两个是大学生 本来就是工程师 不算", "applicant_count", {"applicant_count": 10}),
    ],
)
def test_words_of_the_thirty_second_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize("text", ["在深圳送外卖，网约配送员，有个高级工证", "我在美团当骑手站长，网约配送员技师"])
def test_the_work_of_ones_own_trade_is_no_time_away(text):
    assert "technical_work_interrupted" not in read(text, TODAY).updates


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("高级工二零年拿的 中间去广东送了一年快递", 1.0),
        ("技师21年拿的 二二年到二三年在矿上开了一年车", 1.0),
        ("高级工证是二零年拿哩，中间回老家种了一年地", 1.0),
    ],
)
def test_delivering_driving_and_farming_are_time_away(text, years):
    updates = read(text, TODAY).updates
    assert updates["technical_work_interrupted"] is True and updates["technical_work_gap_years"] == years


def test_a_level_compared_is_no_wish():
    extraction = read("我自己是高级工 想问问高级工跟助理工程师算不算一个档次", TODAY)
    assert extraction.held_skills == [{"level": "高级工"}] and "target_level" not in extraction.updates


def test_a_level_after_where_one_works_is_held():
    assert read("在十堰一个汽车厂干车身修理 技师 评工程师要考试吗", TODAY).held_skills == [{"level": "技师"}]


def test_a_title_asked_for_in_dialect_is_the_wish():
    assert read("我这种整得成助理工程师不", TODAY).updates["target_level"] == "助理级"


def test_cantonese_this_month():
    assert read("呢个月啱啱攞咗技师证", TODAY).held_skills == [{"level": "技师", "obtained": "2026-06"}]


def test_a_small_firm_said_of_another():
    assert (
        read("县里一家公司说要自己评职称，他们就二十来个人，这种行吗", TODAY).updates["enterprise_above_scale"] is False
    )


def test_a_count_with_a_unit_is_no_head_count():
    updates = read("一线干了二十五年，研配精度能做到两个微米，想走绿色通道直接申报高级工程师", TODAY).updates
    assert "applicant_count" not in updates and updates["track"] == "skill_to_title"


def test_others_never_among_the_applicants_are_not_taken_off():
    said = read("高技能人才一共七个，都是技师，另外普通专技人员的四十多份不算在里面", TODAY, "applicant_count")
    assert said.updates["applicant_count"] == 7


def test_anothers_honour_in_the_year_said_dates_nothing_of_the_persons():
    known = {"skill_certificates": [{"level": "高级技师"}]}
    said = read("21年6月份，那年我带的学生刚好拿了省赛二等奖", TODAY, "skill_certificates_obtained", known)
    assert said.corrected_date == "2021-06"


def test_the_year_before_the_year_before_in_everyday_words():
    said = read("去年良好 前年合格 再前一年也合格", TODAY, "annual_review_results").updates
    assert said["annual_review_results"] == ["良好", "合格", "合格"]


def test_a_firm_evaluating_its_own_in_cantonese():
    said = read("我哋可唔可以自己喺厂里面帮佢哋评职称", TODAY).updates
    assert said["organiser_topic"] == "enterprise_self_evaluation"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "就是采茶季被抽去门市卖了三个月茶叶 后面又回车间了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True},
        ),
        ("一直在井上 冬天也得巡井 哪能离开啊", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("中间换了两个厂 都是开数控 没改过行", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("中间公司重组换了东家 岗位没变", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("中间我辞职回老家带了半年娃儿 后头又回厂了", "technical_work_gap_years", {"technical_work_gap_years": 0.5}),
        ("后来调去开了三年叉车 又回电解车间", "technical_work_gap_years", {"technical_work_gap_years": 3.0}),
        ("中间有段时间去帮亲戚卖水果 多久记不清了", "technical_work_interrupted", {"technical_work_interrupted": True}),
        ("他仰焊那手活 厂里就他一个能干", "front_line_mastery", {"front_line_mastery": True}),
        ("铆钉打得准 一眼就瞅出来毛病", "front_line_mastery", {"front_line_mastery": True}),
        ("零四年参加工作 中间读了三年研 算下来干了二十年", "cumulative_work_years", {"cumulative_work_years": 20.0}),
        ("我零八年毕业就进厂了 到今年算算十七年", "cumulative_work_years", {"cumulative_work_years": 17.0}),
        ("去年刚进规", "enterprise_above_scale", {"enterprise_above_scale": True}),
        ("规上肯定不是啦 我们就一个汽修店 四十来号人", "enterprise_above_scale", {"enterprise_above_scale": False}),
        ("收到申报材料15份，其中2份是技术员的，还有1份是重复报送的", "applicant_count", {"applicant_count": 12}),
        ("能评正高就评正高 评不了就副高", "target_level", {"target_level": "正高级"}),
        ("好像没有对口的系列", "series", {"series": "其他"}),
        (
            "有个县上评的文化能人 还有厂里的先进个人",
            "honours",
            {"honours": [{"name": "巧手能人", "level": "县级"}, {"name": "先进个人", "level": None}]},
        ),
    ],
)
def test_words_of_the_thirty_third_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    "text",
    [
        "我是工程师 中级职称 车间缺技师 我想申请个钳工技师的技能等级",
        "我是做科普的，假如一个人2023年6月拿的高级工证，最早什么时候能申报助理工程师？",
        "“在现工作岗位上近3年年度考核合格”这句是什么意思",
    ],
)
def test_no_certificate_of_the_persons_is_read(text):
    assert read(text, TODAY).held_skills == []


def test_the_levels_a_firm_would_evaluate_are_not_the_speakers():
    updates = read("我们公司想自己搞职称评审，给厂里的技师评工程师，这个政策上允许吗？", TODAY).updates
    assert updates["track"] == "organiser" and "target_level" not in updates


def test_a_job_named_before_a_level_is_no_title():
    extraction = read("包头稀土研究院的 实验员 高级工 前年拿的", TODAY)
    assert "title_held" not in extraction.updates and extraction.held_skills[0]["level"] == "高级工"


def test_a_title_one_hopes_to_get_is_not_held():
    assert "title_held" not in read("技师证2016年 今年还能评上工程师吗", TODAY).updates


def test_a_callers_own_words_in_quotes_are_theirs():
    extraction = read("来电人说“我在官渡区一个机修厂，电焊工技师拿了三年多了”", TODAY)
    assert extraction.held_skills == [{"level": "技师", "years_held": 3.0}]


def test_a_series_weighed_against_another_is_not_chosen():
    updates = read("我有技师证 我能评工程师不 还是说只能走卫生系列", TODAY).updates
    assert updates["target_level"] == "中级" and "series" not in updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("18", "cumulative_work_years", {"cumulative_work_years": 18.0}),
        ("3", "applicant_count", {"applicant_count": 3}),
        ("就四十来号人", "enterprise_above_scale", {"enterprise_above_scale": False}),
        (
            "离开过两次 一次是20年去开了一年网约车 一次是23年在家带娃带了三个月",
            "technical_work_gap_years",
            {"technical_work_gap_years": 1.25},
        ),
        ("16年拿的技师，17年到18年去缅甸搞了一年边贸，20年又出去跑了半年运输", None, {"technical_work_gap_years": 1.5}),
        ("高级工08年拿的，14到17年在老家开了个小卖部，17年又回了修理厂", None, {"technical_work_gap_years": 3.0}),
        ("在上海做物业管理，是技师，三年多前拿到的", None, {"technical_work_interrupted": None}),
        ("我是大理一家银器作坊的老板，三十来个人，想自己给师傅们评职称", None, {"enterprise_above_scale": False}),
    ],
)
def test_words_of_the_thirty_fourth_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_dotted_date_in_chinese_numerals():
    assert read("二〇二一.三", TODAY, "skill_certificates_obtained").corrected_date == "2021-03"


def test_a_year_denied_further_on_is_replaced():
    said = read("俺是高级工 不对 技师 2018年考的 哎不是18年 是19年 想整个中级工程师", TODAY)
    assert said.held_skills == [{"level": "技师", "obtained": "2019"}]


def test_shanghainese_not_right_corrects_the_date():
    said = read("2020年3月份…伐对伐对，是2021年3月", TODAY, "skill_certificates_obtained")
    assert said.corrected_date == "2021-03"


def test_the_years_of_reviews_are_no_certificate_date():
    known = {"skill_certificates": [{"level": "技师"}]}
    said = read("去年在新单位合格，前年和大前年是在原来那个厂考的，都是优秀", TODAY, "annual_review_results", known)
    assert said.corrected_date is None and said.held_skills == []


@pytest.mark.parametrize(("text", "years"), [("从2005年干到现在", 21.0), ("高级工证是1998年考的 一直干到现在", None)])
def test_working_since_a_year_to_this_day(text, years):
    assert read(text, TODAY, "cumulative_work_years").updates.get("cumulative_work_years") == years


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("补焊压力容器这手活厂里就我能干", "front_line_mastery", {"front_line_mastery": True}),
        ("俺们这行说手上有活儿 俺在井下干了二十六年", "front_line_mastery", {"front_line_mastery": True}),
        ("技师证2022年3月拿的 有人说要先评上助理才能评工程师", None, {"title_held": None}),
        ("我是一名助理工程师，在电子厂做设备工程师，想申请电工的高级工评价", None, {"title_held": "助理级"}),
        ("来电人说她是中式烹调师二级 餐饮这块算不算工程系列", None, {"series": None}),
        ("我表弟想去新加坡打工 国内的焊工证在那边认不认", None, {"technical_work_interrupted": None}),
    ],
)
def test_words_of_the_thirty_fifth_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_year_with_a_leading_zero_is_a_year():
    assert read("俺是鞍山的铆工 高级工零一年就拿了", TODAY).held_skills == [{"level": "高级工", "obtained": "2001"}]


def test_years_held_with_the_certificate():
    assert read("来电人是一名高级技师，持证已满4年", TODAY).held_skills == [{"level": "高级技师", "years_held": 4.0}]


def test_the_level_the_wish_is_measured_by_is_not_the_wish():
    known = {"track": "title_to_skill", "title_held": "副高级"}
    assert read("高级技师呗 副高对应的不就是这个", TODAY, "target_level", known).updates["target_level"] == "高级技师"


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("没评过 啥都没有", "title_held", {}, {"skill_certificates": None}),
        ("想评高级工", None, {"title_held": "助理级"}, {"track": "title_to_skill"}),
        ("我朋友在西双版纳说技师能直接评高级工程师 真的假的", None, {}, {"target_level": None, "province": None}),
        ("头都大了 这么多系列 😵", "series", {}, {"series": None}),
        ("临沧的制茶师傅 高级技师 16年的证 想问茶叶加工能评哪个系列的副高", None, {}, {"target_level": "副高级"}),
        ("我老婆是育婴员技师，前年拿的证，现在辞职在家带孩子一年了", None, {}, {"technical_work_gap_years": None}),
        ("在厂里当过一段时间车间主任，多久记不太清了", "technical_work", {}, {"technical_work_interrupted": True}),
    ],
)
def test_words_of_the_thirty_sixth_round(text, pending, known, updates):
    said = read(text, TODAY, pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("电梯维修 高级技师 4年 想评高工", [{"level": "高级技师", "years_held": 4.0}]),
        ("我在西双版纳农场割胶二十多年了，前几年拿了个高级工", [{"level": "高级工"}]),
        ("拿了三年了 高级工", [{"level": "高级工", "years_held": 3.0}]),
        ("技师今年六月考的，成绩出来了还没发证，能不能先报工程师", []),
        ("太原的 电工技师 去年不是合格，是基本合格，前年和大前年合格", [{"level": "技师"}]),
    ],
)
def test_how_long_a_level_is_held_and_whether_it_is_held(text, held):
    assert read(text, TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "考核嘛 他说23年是合格 24年评了个优秀 去年的还在等结果",
            "annual_review_results",
            {},
            {"annual_review_results": ["优秀", "合格"]},
        ),
        (
            "我07年研究生毕业就进厂了，一直干到现在没挪过窝",
            "cumulative_work_years",
            {},
            {"cumulative_work_years": 19.0},
        ),
        ("我们年产值两个亿左右，统计局那边是按规上报的", "enterprise_above_scale", {}, {"exam": None}),
        ("评上有三年多了 证书上的日子我记不住", "title_obtained", {"title_held": "副高级"}, {}),
        (
            "中间跳过一次槽 从南昌的厂子跳到九江 干的还是设备检修",
            "technical_work_interrupted",
            {},
            {"wants_direct_application": None},
        ),
        (
            "出去跑了一年滴滴 24年回来了 25年又被抽去工会帮了半年忙",
            "technical_work_interrupted",
            {},
            {"technical_work_gap_years": 1.5},
        ),
        (
            "前年跟亲戚卖茶叶 卖了一年又回厂头做茶了",
            "technical_work_interrupted",
            {},
            {"technical_work_gap_years": 1.0},
        ),
        (
            "听声音就晓得哪点坏了 不过这三年调到技术科当副科长了 不咋个下车间",
            "front_line_mastery",
            {},
            {"front_line_mastery": False},
        ),
        ("厨师 听说云南其他系列也能评职称 我这种能评啥系列", None, {}, {"series": None}),
        (
            "标准上写的要干满八年 我参加工作十三年了",
            "meets_occupation_standard",
            {},
            {"meets_occupation_standard": True},
        ),
        ("我是中学物理老师 中级职称 我想顺便把电工的技能等级考一个", "track", {}, {"track": "title_to_skill"}),
        ("我是做电梯安装的 技市证21年拿的 能不能评工成师", None, {}, {"target_level": "中级"}),
        (
            "20年通过贯通评的工程师 现在想往上再走一步",
            "title_held",
            {"track": "skill_to_title"},
            {"title_held": "中级", "target_level": None},
        ),
        (
            "请问我是高级工 能不能直接评工程师 不评助理了",
            None,
            {},
            {"target_level": "中级", "wants_direct_application": None},
        ),
        ("寨子里现在就我还会", "front_line_mastery", {}, {"front_line_mastery": True}),
        ("三年都合格 对了 评上副高单位要给我涨多少钱", "annual_review_results", {}, {"title_held": None}),
        ("答辩是2024年11月 文件是25年1月才下来的", "title_obtained", {"title_held": "中级"}, {}),
        ("先报助理工程师吧 等年限够了再冲工程师", "target_level", {}, {"meets_occupation_standard": None}),
        (
            "确定报的有5个 还有一个在犹豫 另外我们有两个工程师也想报副高 他们不算吧",
            "applicant_count",
            {},
            {"applicant_count": 5},
        ),
        (
            "技能大师工作室，我是领办人，省级的",
            "honours",
            {},
            {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]},
        ),
        ("高精尖缺人才是哪个部门认定的？", "honours", {}, {"honours": None}),
        (
            "老铁们 高级技师证都拿五年了 能整个高工不？就是高级工程师那个",
            None,
            {},
            {"target_level": "副高级", "title_held": None},
        ),
        ("助理工程师还是工程师都行", "series", {}, {"series": "工程", "target_level": None}),
        ("我是人力资源部的，想给车间一个技师报工程师，他技师是2023年7月拿的", None, {}, {"target_level": "中级"}),
        (
            "我是绣娘 有高级工证 前年拿的 听说我们这种也能评工艺美术的助理级了 是真的吗",
            None,
            {},
            {"target_level": "助理级", "title_held": None},
        ),
        ("种地的农民有高级工证的，能不能评职称", None, {}, {"skill_certificates": None}),
    ],
)
def test_words_of_the_thirty_seventh_round(text, pending, known, updates):
    said = read(text, TODAY, pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "date"),
    [
        ("评上有三年多了 证书上的日子我记不住", "title_obtained", "2023-06"),
        ("答辩是2024年11月 文件是25年1月才下来的", "title_obtained", "2025-01"),
        ("四年前考的，证是同年十一月发的", "skill_certificates_obtained", "2022-11"),
        ("那个证噻，是23年考的，9月20号发下来的", "skill_certificates_obtained", "2023-09-20"),
        ("考是去年十月考的，证今年三月才发下来", "skill_certificates_obtained", "2026-03"),
    ],
)
def test_a_level_is_dated_by_when_it_was_issued(text, pending, date):
    assert read(text, TODAY, pending, {"title_held": "中级"}).corrected_date == date


def test_a_level_just_granted_is_held():
    held = read("我是机械工程师，中级，今年3月18号刚凭职称评下来一个车工技师证", TODAY).held_skills
    assert held == [{"level": "技师", "obtained": "2026-03-18"}]


def test_results_out_but_no_certificate_yet_is_no_certificate():
    assert read("高级工上个月刚考完 成绩出来了过了 证还没发下来", TODAY, "skill_certificates").held_skills == []


def test_nothing_else_done_in_shanxi_words_is_no_time_away():
    said = read("一直在实训车间带学生焊，没干过甚别的", TODAY, "technical_work_gap_years").updates
    assert said == {"technical_work_interrupted": False}


def test_organising_the_evaluation_is_no_separate_panel():
    assert read("你好，请教一个评审组织方面的问题。", TODAY).updates.get("organiser_topic") != "separate_panel"


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("额是榆林的 采煤机司机 高级工 考核么麻达 想评个助工", None, {}, {"annual_reviews_all_pass": True}),
        ("快二十年了 零六年进的厂", "cumulative_work_years", {}, {"cumulative_work_years": 20.0}),
        (
            "工龄十二年 不对 十三年 我零九年出来上班的",
            "cumulative_work_years",
            {"title_held": "中级"},
            {"title_obtained": None},
        ),
        ("够的够的 标准说八年我都干十一年了", "meets_occupation_standard", {}, {"cumulative_work_years": 11.0}),
        ("应该够吧 干了十几年了", "meets_occupation_standard", {}, {"cumulative_work_years": None}),
        ("一次基本合格 就是大前年 那年住院了", "annual_review_results", {}, {"annual_reviews_all_pass": False}),
        ("考核一直称职", None, {}, {"annual_reviews_all_pass": True}),
        ("焊缝一次合格率百分之百，一直在车间没挪过窝", "front_line_mastery", {}, {"annual_reviews_all_pass": None}),
        ("应该都没问题吧 我回去问问人事", "annual_review_results", {}, {"annual_reviews_all_pass": None}),
        ("近三年考核都称职，应该没问题吧", None, {}, {"annual_reviews_all_pass": True}),
        ("先考统计吧 哦不 还是审计", "exam", {}, {"exam": "审计"}),
        ("还没想好，会计和经济都想考", "exam", {}, {"exam": None}),
        ("经济师和统计师都想考，先考统计吧", "exam", {}, {"exam": "统计"}),
        ("不对不对，我想考的是经济师，不是会计", None, {}, {"exam": "经济"}),
        ("我是正高级工程师 快退休了 能不能申个高级技师玩玩", None, {}, {"target_level": "高级技师"}),
        ("你说的绝活 是要有啥证明吗", "front_line_mastery", {}, {"front_line_mastery": None}),
        (
            "考核都合格 另外刚说的跑销售不是一年 是一年半",
            "annual_review_results",
            {},
            {"technical_work_gap_years": 1.5},
        ),
        ("本人工艺美术师（中级），在景德镇做陶瓷二十年，想评陶瓷成型施釉工技师", None, {}, {"title_obtained": None}),
        (
            "我一级教练，中级职称，想去评个游泳救生员或者社会体育指导员的技师",
            None,
            {},
            {"title_held": "中级", "target_level": "技师", "track": "title_to_skill"},
        ),
        ("我是出版社的编辑（中级），想申请印刷操作员技师", None, {}, {"title_held": "中级", "exam": None}),
        (
            "我当车间主任的，问个事：班组里小张是高级工，2023年7月拿的证，中间被我调去管了半年仓库",
            None,
            {},
            {"technical_work_gap_years": 0.5},
        ),
        ("有没有卫生系列？我是做康复理疗的", "series", {}, {"series": None}),
        ("我在市总工会负责劳模服务这块，想了解一下劳模能不能走职称绿色通道", None, {}, {"honours": None}),
        (
            "我是高级技师 去年得了省技术能手 能不能直接评副高",
            None,
            {},
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        ("技工院校教师系列也属于贯通范围吗？我们学校好多老师都有技师证", None, {}, {"series": None}),
        ("这个满三年是从发证那天算，还是从考试那天算？", "skill_certificates_obtained", {}, {}),
    ],
)
def test_words_of_the_thirty_eighth_round(text, pending, known, updates):
    said = read(text, TODAY, pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("一九年七月考的 证是二零年元月才发下来的", "2020-01"),
        ("23年农历腊月拿到手的 快过年那会儿", "2024-01"),
        ("19/7", "2019-07"),
        ("2022年3月份 不对 是2022年5月 3月是考试", "2022-05"),
    ],
)
def test_dates_of_the_thirty_eighth_round(text, date):
    assert read(text, TODAY, "skill_certificates_obtained", {}).corrected_date == date


def test_a_year_of_a_childs_schooling_dates_no_certificate():
    assert read("技师是我闺女上小学那年拿的 闺女今年上初一了", TODAY).held_skills == [{"level": "技师"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("漆面那点活儿 看一眼就知道膜厚差多少 这手全厂就我一个", "front_line_mastery", {"front_line_mastery": True}),
        ("俏色巧雕那一手 行里都晓得 一直在一线带徒弟", "front_line_mastery", {"front_line_mastery": True}),
        (
            "恁好，俺们厂能不能自个儿搞职称评审？俺们这高级技师老多了",
            None,
            {"organiser_topic": "enterprise_self_evaluation", "track": "organiser"},
        ),
        ("介个职称，我能评嘛？", None, {"track": "skill_to_title"}),
        ("我们今年收到几份技能人才报的职称材料，评审的时候咋个安排比较合适？", None, {"track": "organiser"}),
        ("我都技师好多年了还评啥子高级工", None, {"skill_certificates": None}),
    ],
)
def test_words_of_the_thirty_eighth_rounds_dialogues(text, pending, updates):
    said = read(text, TODAY, pending)
    assert {name: said.updates.get(name) for name in updates} == updates
    assert read("我都技师好多年了还评啥子高级工", TODAY).held_skills == [{"level": "技师"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("不算 电工哪算啥新职业", "new_occupation", {"new_occupation": False}),
        (
            "瑞丽做翡翠雕刻的 玉雕高级工 19年考的 中间疫情封了差不多一年没开工",
            None,
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("种地的农民有高级工证的能评职称吗", None, {"track": None}),
        ("有人说高级工评了职称以后技能等级证就作废了 有这回事吗", None, {"track": None}),
        ("听群里说现在技师可以直接评工程师了，不用学历，是真的假的？", None, {"wants_direct_application": None}),
        ("你说的国家级技能大师工作室，是不是人社部挂牌的那种？", "honours", {"honours": None}),
    ],
)
def test_words_of_the_thirty_ninth_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_two_years_said_with_liang_are_held():
    held = read("俺是潍坊柴油机厂的装配钳工，高级技师，拿证俩年了", TODAY).held_skills
    assert held == [{"level": "高级技师", "years_held": 2.0}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("现在在单位办公室搞行政 不在电气岗位了", "occupation_matches_post", {"occupation_matches_post": False}),
        ("说实话不对口了，我现在是质量经理，不干焊接了", "occupation_matches_post", {"occupation_matches_post": False}),
        ("毕业证有，但专业不对口", "related_major_diploma", {"occupation_matches_post": None}),
        ("临沧双江茶厂的评茶员 厂里头叫我评个经济师", None, {"series": "经济", "target_level": "中级", "exam": None}),
        (
            "2016年评的工程师（中级）。我寻思报个水电站运行值班员技师，跟我现在岗位一模一样。",
            None,
            {"target_level": "技师", "occupation_matches_post": True},
        ),
        (
            "2017年考的技师，2019年评上全国技术能手了。听说能走绿色通道直接评高级工程师，不用按技师三年评工程师那么一级一级来",
            None,
            {"target_level": "副高级"},
        ),
        (
            "2012年拿的高级技师，享受云南省政府特殊津贴。厂里说我这种可以直接报正高级工程师，不用先评副高",
            None,
            {"target_level": "正高级"},
        ),
    ],
)
def test_words_of_the_thirty_ninth_rounds_dialogues(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("么有，啥奖都么拿过", "honours", {"honours": []}),
        (
            "我们厂一年营收一千九百来万，就差一点点到规上。厂长想自己搞技能人才职称评审",
            None,
            {"enterprise_above_scale": False},
        ),
        ("阮是惠安刻石头的 在泉州", None, {"province": "福建"}),
    ],
)
def test_dialect_and_a_firm_just_below_scale(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "有的，去广东打了两年工，在电子厂流水线上，跟本行没关系",
            "technical_work_interrupted",
            {"occupation_matches_post": None, "technical_work_gap_years": 2.0},
        ),
        (
            "不是了，昨天又退了两个，一个材料不全，一个考核没过，现在是4个",
            "applicant_count",
            {"annual_reviews_all_pass": None, "applicant_count": 4},
        ),
        (
            "辖区有家企业来咨询自主评审，他们职工三百来人，但是说自己是规下企业，没进规",
            None,
            {"enterprise_above_scale": False},
        ),
        (
            "评委会：单位报了8个技师评工程师，后来有2个调走不报了，又新来一个技师补上，现在该几个？",
            None,
            {"applicant_count": 7},
        ),
        (
            "州人社局职称科：今年州农业系列中级评委会报上来高技能人才6个，还有2个的材料还在准备，没交上来",
            None,
            {"applicant_count": 6},
        ),
        (
            "我们是省属国企下面的研究院，今年高级技师报正高的有2个，报副高的3个，省里的评委会会给单独分组吗？",
            None,
            {"applicant_count": 5},
        ),
        (
            "我们是评委会，今年高技能人才报副高的有3个，报正高的2个，合起来5个，另外评委里头技能人才要占多少",
            None,
            {"applicant_count": 5},
        ),
        (
            "我们是某集团评委会，今年高技能人才申报了14个，但是评委库里技能人才评委只有3个",
            None,
            {"applicant_count": 14},
        ),
        (
            "阿拉是上海的，我是技师，前年六月拿的证，想问问评助理工程师还是直接评工程师",
            None,
            {"wants_direct_application": None},
        ),
        (
            "本人工艺美术师（中级），想申请景泰蓝制作工的高级技师，请问可以跨过技师直接申请吗",
            None,
            {"target_level": "高级技师"},
        ),
        (
            "假设一个高级工2019年取得证书，一直在岗，那他最早哪年能评助理级？我在做数据新闻",
            None,
            {"target_level": None},
        ),
    ],
)
def test_words_of_the_fortieth_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("能不能走什么特殊通道直接评副高的工艺美术师", None, {"target_level": "副高级", "series": "工艺美术"}),
        ("就是教师那个，幼儿园老师评的", "series", {"series": "教师"}),
        ("随便那个", "series", {"series": None}),
        ("大口径厚壁管的全位置焊，一般人弄不了，三十年都在一线", "front_line_mastery", {"front_line_mastery": True}),
    ],
)
def test_words_of_the_fortieth_rounds_dialogues(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我在普洱搞茶园管理的", "series", {"technical_work_interrupted": None}),
        ("没有毕业证，初中毕业就出来打工了", "related_major_diploma", {"related_major_diploma": False}),
        ("我老公割胶工技师 2021年拿的证 一直在胶林没出去过", None, {"technical_work_interrupted": False}),
        (
            "高级工是2020年5月拿的，2021年到2022年在外面送快递，后来又回厂当钳工",
            None,
            {"technical_work_gap_years": 1.0},
        ),
        ("有绝活，手工刮研精度能到两微米，但这几年调到技术科了", "front_line_mastery", {"front_line_mastery": False}),
        ("够了 标准写的八年 我都干二十多年了", "meets_occupation_standard", {"cumulative_work_years": 20.0}),
        ("我是技师 我们厂说评上工程师也不给涨工资 这个合理吗", None, {"title_held": None}),
        (
            "兰州石化 仪表维修工高级技师 2016年拿证 想直接评高级工程师 不走中级 可以不",
            None,
            {"target_level": "副高级", "wants_direct_application": None},
        ),
        ("我现在是质检员，想报的是焊工，不是一回事", "occupation_matches_post", {"occupation_matches_post": False}),
        (
            "红河州职称科：今年州工程系列评审委员会收到高技能人才申报材料4份，另有2份正在补充",
            None,
            {"applicant_count": 4},
        ),
        ("省级劳模 21年评的 技术能手没评过", "honours", {"honours": [{"name": "劳动模范", "level": "省级"}]}),
        ("么有哪样绝活", "front_line_mastery", {"front_line_mastery": False}),
        (
            "阴刻阳填那手活计，我们这点会嘞人不多了，三十年都在作坊一线",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        ("在汽车配件厂整质量管理 有工程师职称 想整个汽车维修工技师证 咋整", None, {"target_level": "技师"}),
    ],
)
def test_words_of_the_forty_first_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_title_dates_from_the_document_that_granted_it():
    said = read("评上有五年了 21年底发的文", TODAY, "title_obtained", {"title_held": "中级"})
    assert said.corrected_date == "2021-12"


def test_the_year_of_a_move_said_as_a_correction_dates_no_certificate():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2021"}]}
    assert read("哦不对，我今年调到贵州那边的项目部了，以后要在贵州报", TODAY, None, known).corrected_date is None
    assert read("哦不对，是2020年拿的", TODAY, None, known).corrected_date == "2020"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "当中剧院装修停演，我去朋友公司做了半年行政，其他辰光一直在灯光岗位",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("从2005年一直干到现在", "cumulative_work_years", {"cumulative_work_years": 21.0}),
        (
            "我查了标准，说要累计干够十年，我才七年，不够",
            "meets_occupation_standard",
            {"meets_occupation_standard": False, "cumulative_work_years": 7.0},
        ),
        ("可能在昆明报 也可能回老家昭通报 反正都在云南", "province", {"province": "云南"}),
        ("可能回老家湖南，也可能留在广州", "province", {"province": None}),
        ("我是技师 去年评上了全国五一劳动奖章 能不能直接评副高 不想等那几年", None, {"target_level": "副高级"}),
        ("我是技师，能不能直接评副高？不想先评中级", None, {"target_level": "副高级"}),
        ("佢系木雕工高级技师 而家想评个正高级工艺美术师 佢话唔想由中级开始评", None, {"target_level": "正高级"}),
        (
            "玉溪市职称评委会的 今年农业系列报了高技能人才 报正高2个、副高3个 单独分组是必须的吗",
            None,
            {"applicant_count": 5},
        ),
        (
            "昆明的工艺美术系列评委会 评委有15个 今年报上来的高技能人才6个 要不要单设评审组",
            None,
            {"applicant_count": 6},
        ),
        (
            "总共收上来31份材料，其中技能人才是9个，有2个材料不全已经退回去了，是不是必须单独设一个高技能人才评审组",
            None,
            {"applicant_count": 7},
        ),
        (
            "来电人说他开挖掘机 挖掘机驾驶员高级工 21年拿的证 他说中间还去跑了一年运输",
            None,
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("评职称的话我肯定是想评工艺美术那个 工程的跟我们不沾边嘛", "series", {"series": "工艺美术"}),
        (
            "中间23年屋头老汉生病 我辞职回去照顾了大半年 后头又回厂里来了 还是干老本行",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("他那个技师证是前年腊月拿的 一直在工地上没干过别哩", None, {"technical_work_interrupted": False}),
        ("去年考了个二级的证 我就想评个那种职称 好出去跟人吹牛哈哈", None, {"technical_work_interrupted": None}),
        ("前年考了个高级技师 结果今年厂里效益不好 社保都断断续续的", None, {"technical_work_interrupted": None}),
        ("中间去做了两年保险销售，后来又回来干钳工", None, {"technical_work_gap_years": 2.0}),
        (
            "光技师、高级技师就有一百来号，去年刚被认定为规上企业。领导想搞企业内部自主评职称",
            None,
            {"organiser_topic": "enterprise_self_evaluation", "track": "organiser"},
        ),
        ("我们医院的人都评的是卫生系列 我能不能评卫生系列的职称 还是只能去评工程的", None, {"series": None}),
        ("之前也考过一个水工的中级工 没啥用", None, {"title_held": None}),
        ("现在是助理工程师 19年评的 想评工程师 年限应该够了吧", None, {"meets_occupation_standard": None}),
        (
            "技师12个，高级技师3个，另外还有5个是大专毕业的技术员。想给技能人才单独分个组评",
            None,
            {"related_major_diploma": None},
        ),
        (
            "额达干了一辈子铣工 高级技师 一直念叨没评上个高级工程师",
            None,
            {"title_held": None, "target_level": "副高级"},
        ),
        ("退休以后技师津贴还有吗 我们厂技师每月有两百块", None, {"track": None}),
    ],
)
def test_words_of_the_forty_second_round(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_years_length_is_no_year_and_a_fault_heard_is_no_correction():
    assert read("老早了 记不清 反正十年总归有了", TODAY, "skill_certificates_obtained").corrected_date is None
    said = read("高级技师 证是2022年8月拿的 听声音就知道哪儿不对 不想一级一级熬了", TODAY, None)
    assert said.held_skills == [{"level": "高级技师", "obtained": "2022-08"}] and not said.correction
    assert read("今年刚拿高级工 三月考的 六月才领证", TODAY, None).held_skills == [
        {"level": "高级工", "obtained": "2026-06"}
    ]
    assert read("技师津贴还有吗", TODAY, None).held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "前年被评为全国技术能手了。去年考核评了个基本称职，前年和大前年都是称职。",
            None,
            {"annual_review_results": ["基本称职", "称职", "称职"]},
        ),
        ("我考核嘛 有一年因为请长假评了个基本合格 其他都合格", None, {"annual_reviews_all_pass": False}),
        (
            "一开始报了8个，后来有2个调走了不报了，昨天又补上来1个，还有一个在犹豫报不报。报名的情况比较乱",
            None,
            {"applicant_count": 7},
        ),
        ("云南的文件说申报人员多于5人以上应当单设评审组，那只有4个人的情况怎么办？", None, {"applicant_count": None}),
        (
            "断是断过的 我拿证以后第二年被派去外地做了一年销售支持 回来以后又赶上厂里停工 在家歇了半年",
            "technical_work_interrupted",
            {"technical_work_gap_years": 1.5},
        ),
        (
            "荣誉嘛 全国五一劳动奖章 去年拿的 别的什么大师工作室 特殊津贴那些就没有了",
            "honours",
            {"honours": [{"name": "五一劳动奖章", "level": "国家级"}]},
        ),
        (
            "单位给我评过一个技术员 就是员级职称 现在想弄个电工的高级工证 我不知道员级的算不算",
            None,
            {"title_held": "员级", "target_level": "高级工", "track": "title_to_skill"},
        ),
        ("馆里领导说我们这种可以评文博系列的 就评文博的吧 应该比工程的对口", "series", {"series": "文物博物"}),
        (
            "技师今年才报的名 还没考呢 现在手上有的是高级工 能不能先按高级工评个助理工程师 等技师下来了再说",
            "skill_certificates",
            {"target_level": "助理级"},
        ),
        (
            "俺厂技师、高级技师不老少，领导叫俺问问，企业能不能自己组织技能人才评职称？",
            None,
            {"organiser_topic": "enterprise_self_evaluation", "target_level": None},
        ),
        (
            "我是高级工程师，寻思整个数控铣工的高级技师证，能行不？",
            None,
            {"title_held": "副高级", "target_level": "高级技师", "track": "title_to_skill"},
        ),
        ("有职称了，想整个技能等级证", "track", {"track": "title_to_skill"}),
    ],
)
def test_words_of_the_forty_second_rounds_long_messages(text, pending, updates):
    said = read(text, TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_level_awaited_is_not_held():
    said = read("技师今年才报的名 还没考呢 现在手上有的是高级工 19年拿的 等技师下来了再说", TODAY, "skill_certificates")
    assert said.held_skills == [{"level": "高级工", "obtained": "2019"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "24年因为请了长病假评了个基本称职，23年和25年都是称职",
            "annual_review_results",
            {"annual_review_results": ["称职", "基本称职", "称职"]},
        ),
        (
            "我在景德镇做陶瓷彩绘，陶瓷工艺师高级技师，评工艺美术的正高还是副高合适？",
            None,
            {"series": "工艺美术", "track": "skill_to_title", "target_level": None},
        ),
        ("舅舅是丽江的木雕高级技师，还是省工艺美术大师，想评工艺美术的正高", None, {"series": "工艺美术"}),
        ("评艺术系列好还是工艺美术系列好", None, {"series": None}),
        ("我在保山种咖啡 有个咖啡师三级证 想问能评农业职称吗还是别的啥", None, {"series": None}),
        ("社保交了十二年，工龄其实有十五年", "cumulative_work_years", {"cumulative_work_years": 15.0}),
        (
            "她说舅舅那手镂空雕整个丽江就剩他一个会，几十年一直在工作室里刻",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        ("都合格吧，应该", "annual_review_results", {"annual_reviews_all_pass": None}),
        ("师傅说我们高级工也能评职称了，我也想评，我是鞍山钢厂的炼钢工，高级工", None, {"track": "skill_to_title"}),
        ("好像评过个技术能手吧 是省里还是市里发的记不清了", "honours", {"honours": None}),
        ("我评上工程师八年了 现在车间缺技师 领导让我去评个钳工技师", None, {"title_obtained": "2018-06"}),
        ("阿拉评上工程师是二〇一九年年底答辩额 文件下来是二〇年一月", "title_obtained", {"title_obtained": "2020-01"}),
        ("工程师，2018年评的，技师证是2020年发的", None, {"title_obtained": "2018"}),
        ("收了7份 其中1份退回去了还没交回来 另外还有两个在犹豫", "applicant_count", {"applicant_count": 6}),
        ("阿拉厂里讲勿需要先评中级 想评高级工程师", None, {"target_level": "副高级"}),
        ("想评助理农艺师还是助理工程师 哪个好评", None, {"target_level": "助理级", "series": None}),
        ("报了12个 我们是规上企业 一千多人", "applicant_count", {"applicant_count": 12}),
        ("我是技术员 没有职称 有个技师证 能不能评工程师", None, {"title_held": "无"}),
        ("我是锅炉工 拿了高级工以后下岗了三年 现在又回锅炉房了", None, {"technical_work_gap_years": 3.0}),
        (
            "中间去深圳打了两年工 干的还是电工活",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "province": None},
        ),
        ("报了六个 两个报正高四个报副高", "applicant_count", {"applicant_count": 6}),
        ("正高伐 勿来事就副高", "target_level", {"target_level": "正高级"}),
        (
            "断过 去干了一年多销售 还是两年 记不太清了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
        ("她说她是中级 哦不对 她又说是去年刚评上的副高 高级农艺师", "title_held", {"track": None}),
    ],
)
def test_words_of_the_forty_third_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_dates_of_the_forty_third_round():
    changed = read(normalise_text("刚开始说是22年拿的，现在又改口说是23年3月才发的证"), TODAY, None, {})
    assert changed.correction
    held = read(normalise_text("高级工，16年考的17年才发证"), TODAY, None).held_skills
    assert held == [{"level": "高级工", "obtained": "2017"}]
    assert read("拿了高级工以后下岗了三年", TODAY, None).held_skills == [{"level": "高级工"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("经济", "series", {"series": "经济"}),
        ("会计吧", "series", {"series": "会计"}),
        ("不知道", "series", {"series": None}),
        ("幼儿园教师的职称啊", "series", {"series": "中小学教师"}),
        ("岗位跟电工冒得关系咯，我在院里管图纸档案的", "occupation_matches_post", {"occupation_matches_post": False}),
        (
            "我是大理酒店工程部的电工 想考个中级经齐师 我们技能人才能考不",
            None,
            {"exam": "经济", "track": "qualification_exam"},
        ),
    ],
)
def test_words_of_the_forty_third_rounds_dialogues(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "track"),
    [
        ("我是工程师 16年评的 在中铁一个局搞桥梁 想评高级工程师 另外手上还有个高级技师证 这个有用没", None),
        ("我是一名护师 想评主管护师 我手上还有个养老护理员技师证 这个能帮上忙吗", None),
        ("我搞不清楚，我有技师证也有助理工程师，是拿技师去评工程师，还是怎么弄？", "skill_to_title"),
        (
            "我是高级技师，也是高级工程师，21年评的，去年又评上了全国技术能手，想申报正高级工程师，能不能直接报",
            "skill_to_title",
        ),
        ("我本身是工程师，也是全国技术能手，能不能破格直接评正高？", None),
    ],
)
def test_a_title_holder_wanting_the_next_title_names_the_skill_route_only_by_the_skill_level(text, track):
    assert read(text, TODAY, None).updates.get("track") == track


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "前年基本合格 那年车间出了个批次偏差扣了分 去年跟今年都是合格",
            "annual_review_results",
            {"annual_review_results": ["合格", "合格", "基本合格"]},
        ),
        ("近三年考核 22年基本合格 23 24合格", None, {"annual_review_results": ["合格", "合格", "基本合格"]}),
        (
            "突出贡献谈不上 就是带了三十几个徒弟 建水紫陶能出去有我一份力吧",
            "major_contribution",
            {"technical_work_interrupted": None},
        ),
        (
            "技师证拿到三年了 中间有半年病假 其他时间都在井上 想评工程师 病假算不算中断",
            None,
            {"technical_work_interrupted": False},
        ),
        ("18年到20年抽调去搞了两年扶贫驻村这个算不算中断呀", None, {"technical_work_gap_years": 2.0}),
        ("二〇年到二一年去矿上食堂管了一年伙食 然后又回井下了", None, {"technical_work_gap_years": 1.0}),
        ("她在学校食堂当了二十年厨师 有个中式烹调师三级证", None, {"technical_work_interrupted": None}),
        ("高级工2019年底拿的 拿证到现在一直开天车 考核都合格", None, {"technical_work_interrupted": False}),
        ("老家是贵州的 但在版纳茶山上干了十年了 就在这边报", "province", {"province": "云南"}),
        ("我们这行有冇得职称评咯", None, {"track": "skill_to_title"}),
        (
            "就是这个岗 我天天在河道上巡堤 想评的就是河道修防工",
            "occupation_matches_post",
            {"occupation_matches_post": True},
        ),
        ("技师跟工程师到底哪个高？还是说根本不是一回事", None, {"occupation_matches_post": None}),
        ("我在宜昌三峡船闸干机电运维 全国五一劳动奖章获得者 想评副高", None, {"major_contribution": None}),
        (
            "还得过柴达木工匠 想评高级工程师 这个工匠称号评职称有没有用",
            "honours",
            {"honours": [{"name": "工匠", "level": None}]},
        ),
    ],
)
def test_words_of_the_forty_fourth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_spoken_dates_of_the_forty_fourth_round():
    assert read(normalise_text("中老铁路上的 线路工 技师 二三年国庆节拿的证"), TODAY, None).held_skills == [
        {"level": "技师", "obtained": "2023-10"}
    ]
    assert read(normalise_text("头年秋里拿的"), TODAY, "skill_certificates_obtained").corrected_date == "2025"
    assert read("企业里在聘的技师，是不是能比照中级职称的人享受同等待遇？", TODAY, None).held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("洋浦港开正面吊的 高级工 想考个注册安全工程师 能报不", None, {"province": "海南"}),
        ("盐田港这边集团人力资源部的 想申请自主开展高技能人才职称评审", None, {"province": "广东"}),
        ("我是深圳的网络与信息安全管理员 技师 想考软考的中级 信息安全工程师那个", None, {"exam": "计算机技术与软件"}),
        (
            "考核这三年都合格 想评工程师 另外评上了会不会被调去坐办公室 我不想离开车间",
            None,
            {"technical_work_interrupted": None},
        ),
        ("工程系列吧 助理工程师那个", "series", {"series": "工程", "target_level": None}),
    ],
)
def test_places_exams_and_worries_of_the_forty_fourth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_ten_years_before_is_no_year():
    assert read("技师证十年前拿的", TODAY, None).held_skills == [{"level": "技师", "obtained": "2016-06"}]


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("中间出去过两回 22年下半年跑了半年滴滴 23年厂里停产在家歇了三个月 其他时间都在厂里烧焊", 0.75),
        ("中间出去过两回：22年厂头效益不好，我出去送了一年外卖；24年回老家照顾我爹半年。其他时间都在装配线上", 1.5),
    ],
)
def test_two_spells_said_to_be_two_are_added_up(text, gap):
    said = read(normalise_text(text), TODAY, "technical_work_interrupted").updates
    assert said["technical_work_interrupted"] is True and said["technical_work_gap_years"] == gap


def test_the_same_trade_elsewhere_said_in_dialect_is_no_time_away():
    text = "去年厂头派我去贵阳项目上干了半年，干嘞还是模具，其他时候都在厂头"
    assert read(normalise_text(text), TODAY, "technical_work_interrupted").updates == {
        "technical_work_interrupted": False
    }


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("突出贡献谈不上，参加过白鹤滩水电站的建设，这个算不算", "major_contribution", {"major_contribution": False}),
        ("碳排放管理员算不算新兴领域", "new_occupation", {"new_occupation": None}),
        ("中间回老家种过一段时间地，多久记不清了", "technical_work_interrupted", {"technical_work_interrupted": True}),
        (
            "俺是石家庄一个建筑公司的高级工程师，想考个建筑的技能等级，高级技师那个，能考不",
            None,
            {"target_level": "高级技师", "title_held": "副高级"},
        ),
        (
            "标准要十年，俺才干了七年",
            "meets_occupation_standard",
            {"meets_occupation_standard": False, "cumulative_work_years": 7.0},
        ),
        (
            "厂里就俺一个听声音能听出风机轴承哪儿坏了，在风场干了十八年没挪过窝",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        ("在京东物流仓库干了八年了，物流服务师二级，想问问能评个什么职称", None, {"technical_work_interrupted": None}),
        (
            "中间调去仓库当了阵子保管员，干了多久记不清了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True},
        ),
        ("给国家做大贡献哪有 就是刻石头啦", "major_contribution", {"major_contribution": False}),
    ],
)
def test_words_of_the_forty_fifth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("技能等级那个二级，技师，二建我没考", "clarify", {"exam": None, "track": None}),
    ],
)
def test_an_exam_not_taken_is_no_exam_wanted(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_no_certificate_of_any_kind_in_hunan_words():
    said = read(normalise_text("么子证都冇，就是干了好多年"), TODAY, "skill_certificates")
    assert said.updates == {"skill_certificates": []}


def test_not_stopped_in_minnan_words_is_no_time_away():
    said = read(normalise_text("我惠安做石雕的 石雕工技师证2020年4月领的 一直在做 无停过"), TODAY, None).updates
    assert said["technical_work_interrupted"] is False


@pytest.mark.parametrize(
    "text",
    ["卫生系列，想评主管中药师，我们医院只有这个系列，工程那些用不上", "想评卫生系列的主管技师 厂里说工程系列对不上"],
)
def test_a_series_said_not_to_fit_is_not_the_one_wanted(text):
    assert read(text, TODAY, "series").updates.get("series") == "卫生"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "哎呀 好像是一八年还是一九年哦 记不到了 证在屋头柜子头",
            "skill_certificates_obtained",
            {"technical_work_interrupted": None},
        ),
        ("整个工程师嘛，助理的么意思", "target_level", {"target_level": "中级"}),
        (
            "中间有大半年回屋里帮忙收苹果咧，其他时间都在厂里开车床",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("报正高的2个，副高3个，中级还有4个", "applicant_count", {"applicant_count": 9}),
        ("今年高技能人才报了4个，还有两个说要报，按规定必须单独分组吗", None, {"applicant_count": 4}),
        ("今年高技能人才申报5人，其中2名是高级技师，请问必须单设评审组吗", None, {"applicant_count": 5}),
        ("报了15个 其中5个是技师高级技师 其他都是大学生工程师", "applicant_count", {"applicant_count": 5}),
        (
            "今年单位有7名技师准备报工程系列中级，想问评委会这边需不需要单设高技能人才评审组",
            None,
            {"applicant_count": 7},
        ),
        ("没有相关专业的毕业证，我是学英语的", "related_major_diploma", {"related_major_diploma": False}),
        ("我在云南白药集团的生产车间上班", "province", {"province": "云南"}),
    ],
)
def test_words_of_the_forty_sixth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_one_year_hedged_leaves_the_others_short_of_all_three():
    said = read("去年好像是基本合格 前头两年都是合格", TODAY, "annual_review_results").updates
    assert said.get("annual_reviews_all_pass") is None


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("一直雕，几十年没放下过刀", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("看炉火颜色就晓得温度，干了二十五年炉前", "front_line_mastery", {"front_line_mastery": True}),
        ("看文件就知道了", "front_line_mastery", {"front_line_mastery": None}),
        ("我在国家级大师工作室 能直接评高级工程师吗", None, {"honours": None, "target_level": "副高级"}),
        (
            "我在国家级大师工作室当带头人",
            None,
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        ("有绝活的能不能特殊评审 不等那几年", None, {"front_line_mastery": None}),
        ("专业技术人员能不能考技能等级？比如工程师能考技师吗", None, {"track": None, "target_level": None}),
        (
            "助理工艺美术师还是工艺美术师 都行",
            "series",
            {"series": "工艺美术", "target_level": None, "title_held": None},
        ),
        (
            "俺是唐山钢厂的天车工 技师 想评工程师 可俺中间有三年去饭店帮忙了 这咋算",
            None,
            {"technical_work_interrupted": True, "technical_work_gap_years": 3.0},
        ),
        ("海口的，椰雕高级工，22年拿的证，中间去当了一年导游", None, {"technical_work_gap_years": 1.0}),
        (
            "我们是云南省工艺美术系列高级评委会，今年报上来的技能人才，副高3个正高2个，是不是得单设评审组",
            None,
            {"applicant_count": 5},
        ),
        (
            "我是焊工高级工，在青岛造船厂，我能不能拿高级工证去报二级建造师？",
            None,
            {"target_level": None, "exam": "建造师"},
        ),
        ("苏州这边，我是电子设备装接工技师，能不能报通信工程师考试？中级的", None, {"target_level": None}),
        (
            "我是昆明某建筑公司HR，想给钢筋工张师傅报助理工程师，他高级工是2022年5月拿的",
            None,
            {"target_level": "助理级", "series": "工程"},
        ),
        ("想给厂里的师傅报助理工程师", None, {"target_level": None}),
    ],
)
def test_words_of_the_forty_seventh_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_rule_asked_then_help_asked_with_ones_own_case_names_the_level_held():
    assert read("老铁 高级技师评高工得等几年啊 我这咋整", TODAY).held_skills == [{"level": "高级技师"}]
    assert read("高级技师评高工得等几年啊", TODAY).held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "我舅舅在昆明钢铁厂干了一辈子钳工，高级技师，前年退的休，他问退了休还能评高级工程师不",
            None,
            {"target_level": "副高级"},
        ),
        ("想评个工程师还是农艺师？哪个合适", None, {"series": None, "target_level": "中级"}),
        ("高级的嘛，副高正高哪个能评就评哪个", "target_level", {"target_level": None}),
        (
            "农业系列。还有刚才说错了，不是想评农艺师，是助理农艺师",
            "series",
            {"target_level": "助理级", "title_held": None},
        ),
        (
            "俺是化工厂的工程师，中级的，前年考上了化工总控工技师，现在想往高级技师上考，能行不",
            None,
            {"target_level": "高级技师"},
        ),
        (
            "我喺东莞电子厂做咗十年，有电工中级，可唔可以评助理工程师",
            None,
            {"title_held": None, "target_level": "助理级"},
        ),
        ("技师4个，高级技师3个，另外还有两个是工程师转过来的，那两个不算", "applicant_count", {"applicant_count": 7}),
        ("收到7份 有1份是同一个人重复交的", "applicant_count", {"applicant_count": 6}),
        ("我是高级会计师，能不能去评个技能等级，比如企业人力资源管理师一级那种", None, {"target_level": "高级技师"}),
        (
            "来电人原来问的是评助理工程师，现在又说不评了，想考个二级建造师，他是高级工",
            None,
            {"target_level": None, "exam": "建造师"},
        ),
        ("高级工程师 正高我也想 但估计够不着", "target_level", {"target_level": "副高级"}),
        ("我是助理工程师 评上一年多了 想直接报电梯安装维修工技师 不想从高级工开始", None, {"target_level": "技师"}),
        ("来电人说他是高工，想评正高，问要啥子条件", None, {"track": None, "target_level": "正高级"}),
        ("我是技市 想评工城师 昆明的", None, {"target_level": "中级", "series": "工程"}),
        ("本来想考经济师的 后来一想还是评职称划算 我是高级工 评助理工程师", None, {"series": "工程", "exam": None}),
        (
            "绝活有 高压带电作业全省也没几个敢干 但这几年调到公司安监部了",
            "front_line_mastery",
            {"front_line_mastery": False},
        ),
        ("镂雕那套手艺厂头就我一个整得来，三十多年一直在一线雕", "front_line_mastery", {"front_line_mastery": True}),
        ("想直接评工程师，助理的我不要", None, {"target_level": "中级"}),
        ("我想问问技师评工程师的事 算了 先问个别的 会计那个考试高技能人才能报不", None, {"target_level": None}),
    ],
)
def test_words_of_the_forty_eighth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_treatment_asked_of_a_level_names_no_level_held_unless_it_is_had():
    assert read("高级技师能不能申请人才公寓？我在成都上班", TODAY).held_skills == []
    assert read("有技师证能不能申请创业贷款", TODAY).held_skills == [{"level": "技师"}]


def test_the_other_in_qita_is_no_one_else():
    said = read("我是工作室成员，带头人是我师父，我自己其他没了", TODAY, "honours")
    assert said.updates.get("honours") == []


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我是工作室成员，带头人是我师父，我自己其他没了", "honours", {"honours": []}),
        ("俺评上工程师那年正好北京开冬奥会，22年嘛，年底下的文", "title_obtained", {"province": None}),
        ("四川攀枝花嘛，挨到你们云南那边的", "province", {"province": "四川"}),
        ("在广西北海干活，就在北海报，我是云南文山人", "province", {"province": "广西"}),
        ("我是昆明做无人机植保的 有个高级工证 想评助理工程师", None, {"province": "云南"}),
        ("对口的 我现在就是在车间管数控设备的技术员 报的也是数控车工", "occupation_matches_post", {"title_held": None}),
        ("国务院特殊津贴是我师傅的，我就跟着他干了十几年", "honours", {"honours": None}),
        ("应该够了吧", "meets_occupation_standard", {"meets_occupation_standard": None}),
        (
            "就疫情那年嘛 厂里停工那阵子在家复习考的 具体哪年真记不得了",
            "skill_certificates_obtained",
            {"technical_work_interrupted": None},
        ),
        ("做了二十冬啰", "cumulative_work_years", {"cumulative_work_years": 20.0}),
        (
            "21年3月调去当车间主任 管人管排班 22年3月又回维修班了",
            "technical_work_interrupted",
            {"technical_work_gap_years": 1.0},
        ),
        ("22年工地没活 回老家开了一年火锅店 23年又回工地了", None, {"technical_work_gap_years": 1.0}),
        ("中间22年去当了半年保险理赔员 现在又回修理厂了", None, {"technical_work_gap_years": 0.5}),
        (
            "中间去深圳打了一年工也是干的装接 回来以后还是在这个厂 考核都合格",
            None,
            {"technical_work_interrupted": False},
        ),
        ("高级技师是2019年拿的中间没离开过灶台考核都是合格", None, {"technical_work_interrupted": False}),
        ("差不多吧 应该一直在干", "technical_work_interrupted", {"technical_work_interrupted": None}),
        (
            "乌铜走银这门手艺全省会做的没几个 我十六岁学徒到现在四十年没离开过作坊",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        (
            "他带队搞过隧道盾构机的抢修 那时候国内会弄的没几个人 这个算得上突出贡献",
            "major_contribution",
            {"front_line_mastery": None},
        ),
        ("我想问下我可唔可以评工程师 定系要先评助理", None, {"target_level": "中级"}),
        ("助理农艺师 中级的我还不够吧", "target_level", {"target_level": "助理级"}),
    ],
)
def test_words_of_the_forty_ninth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "today", "results"),
    [
        ("考核24 25 26年都是合格", dt.date(2027, 6, 20), ["合格", "合格", "合格"]),
        ("去年还评了个市级技术能手 考核24年合格25年优秀26年优秀", dt.date(2027, 2, 20), ["优秀", "优秀", "合格"]),
        (
            "19年到20年被抽去搞了一年扶贫驻村 考核19年基本称职 20 21都是称职",
            dt.date(2021, 12, 20),
            ["称职", "称职", "基本称职"],
        ),
        ("2023至2025年度考核结果分别为称职、称职、优秀", dt.date(2026, 5, 26), ["优秀", "称职", "称职"]),
    ],
)
def test_reviews_of_the_forty_ninth_round(text, today, results):
    assert read(normalise_text(text), today).updates.get("annual_review_results") == results


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("我幺儿上一年级那年考的嘛，就是去年，开学那阵子证就发下来了", "2025-09"),
        ("建党一百周年那年，21年嘛，七一前后发的证", "2021-07"),
        ("头年国庆前后拿哩", "2025-10"),
        ("22年，元旦过后没几天就发了", "2022-01"),
        ("跟我评上厂里劳模是同一年，2018年", "2018"),
    ],
)
def test_a_certificate_dated_by_a_holiday_or_an_event(text, obtained):
    said = read(normalise_text(text), TODAY, "skill_certificates_obtained", {"skill_certificates": [{"level": "技师"}]})
    assert said.corrected_date == obtained


def test_a_senior_sister_asked_for_is_the_one_read():
    said = read("我自己是中级工没啥好问的 主要帮我师姐问 她2019年考的技师 她想评个工程师", TODAY)
    assert said.held_skills == [{"level": "技师", "obtained": "2019"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "拿证以后一直在锅炉房，没离开过。倒是拿证以前17年到18年我回家开了一年小卖部，那个算不算？",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "24年做手术住了三个月医院，请的病假，出院就回产线了，别的时候都在",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
    ],
)
def test_time_before_the_certificate_or_on_leave_is_no_time_away(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_pause_inside_a_date_keeps_the_month_and_its_day():
    said = read("20年的……9月，9月26号，我生日前一天考出来的", TODAY, "skill_certificates_obtained", {})
    assert said.corrected_date == "2020-09-26"
    assert read("去年5月……5月20号，证上印着的", TODAY, "skill_certificates_obtained", {}).corrected_date == "2025-05-20"
    assert read("去年5月……6月20号", TODAY, "skill_certificates_obtained", {}).corrected_date == "2025-05"


def test_a_leader_of_ours_in_dialect_is_someone_else():
    said = read("俺们班长是技师，都评上工程师了，俺是高级工，能评工程师不？", TODAY)
    assert said.held_skills == [{"level": "高级工"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我在重庆开挖机的 有个高级工 去年拿的 挖机师傅也能评职称不嘛", None, {"province": "重庆"}),
        ("突出贡献是个哪样标准哦？我们修过好几个大水电站", "major_contribution", {"major_contribution": None}),
        ("这个咋样才算绝活嘛", "front_line_mastery", {"front_line_mastery": None}),
        ("毋曾离开 一直佇车间做模具", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("额在东莞开了个兰州拉面馆 有中式面点师技师证 厨师能评职称撒", None, {"province": "广东"}),
        ("我是曲靖一家化工企业人力资源部的，我们有个化工总控工小杨，2022年6月拿的技师证", None, {"province": "云南"}),
        ("集团人力资源部：我们兰州石化的首席技师老赵（公司评的），高级技师，2019年拿证", None, {"province": "甘肃"}),
        (
            "我帮我爸问下哈，他在大理一个机械厂开了几十年车床，车工高级技师，现在还在厂里带徒弟，想评个高级工程师",
            None,
            {"technical_work_gap_years": None, "target_level": "副高级"},
        ),
        ("她做的是碳排放管理员，这个算新职业吗？", "new_occupation", {"technical_work_interrupted": None}),
        (
            "来电人说拿证以后一直在厂里搞设备电气维修，没有换过岗，也没出去干别的",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "想评个职称嘛，助理工程师那种，听厂头说我们技术工人也评得了",
            "track",
            {"target_level": "助理级", "title_held": None},
        ),
    ],
)
def test_words_of_the_fiftieth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_someone_helped_to_apply_is_the_one_read_and_introduced_with_their_level():
    said = read("我是厂里人事，我们有个高级工小李，2022年3月拿的证，想给他报助理工程师，行不行", TODAY)
    assert said.held_skills == [{"level": "高级工", "obtained": "2022-03"}]
    said = read("我是设备公司做人事的，我们有个焊工小周，技师，想帮他报工程师。他那个技师证是21年拿的", TODAY)
    assert said.held_skills == [{"level": "技师", "obtained": "2021"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "也不是没离开过 24年在我表哥的超市帮了大半年忙 后来又回厂里开数控了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("走过一段时间 多久记不清了", "technical_work_interrupted", {"technical_work_interrupted": True}),
        ("技师还是高级技师来着 忘了 在家里抽屉", "skill_certificates", {"technical_work_interrupted": None}),
        ("不到二十年 十八年吧", "cumulative_work_years", {"cumulative_work_years": 18.0}),
        ("应该够了吧 没仔细看过", "meets_occupation_standard", {"meets_occupation_standard": None}),
        ("没有哪年不合格的 都是合格", "annual_review_results", {"annual_reviews_all_pass": True}),
        ("国务院津贴那是我们总工的 我哪有那些", "honours", {"honours": []}),
        ("还没得 去年报了工程师没评上 今年干脆想直接冲高级工程师", "title_held", {"title_held": None}),
        ("我没得啥子荣誉 也没得绝活 就是个老老实实的技师", None, {"front_line_mastery": False}),
        ("想评中级的 不过听说要先评助理？", "target_level", {"target_level": "中级"}),
        ("不是那个意思 我是说我有技师证 不是想考技师 我想拿它评职称", None, {"target_level": None}),
        ("我不是评上了高级技师 是报了高级技师还没考 现在是技师", None, {"title_held": None}),
        ("我们这批报名的技能人才不少于5个 具体5个还是6个还在确认", None, {"applicant_count": None}),
        ("考核应该都合格 高级技师也拿了好多年了", None, {"annual_reviews_all_pass": None}),
        ("昭通苹果基地的技术员 果树园艺工技师 16年的证", None, {"title_held": None}),
        (
            "我们厂里有个老师傅走技能这条路评上了高级工程师 我是高级技师 在楚雄 我也能评不",
            None,
            {"title_held": None},
        ),
    ],
)
def test_words_of_the_fifty_first_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_date_corrected_with_bu_shi_and_a_reissued_certificate():
    said = read("不是今年 是前年 今年那个是换发的新证", TODAY, "skill_certificates_obtained", {})
    assert said.corrected_date == "2024"


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the certificate's issue date, said after the level it dates (证是23年10月发的 / 证上写的2018年4月)
        (
            "2019年拿的高级工 2023年又考了技师 证是23年10月发的 想评工程师",
            [{"level": "高级工", "obtained": "2019"}, {"level": "技师", "obtained": "2023-10"}],
        ),
        (
            "17年拿的高级工 不对是18年 证上写的2018年4月 后来21年又考了技师 想评工程师",
            [{"level": "高级工", "obtained": "2018-04"}, {"level": "技师", "obtained": "2021"}],
        ),
        # a review corrected is no certificate's year
        ("技师 2021年6月拿证 考核21年合格 22年合格 23年 哦不对23年是良好", [{"level": "技师", "obtained": "2021-06"}]),
    ],
)
def test_dates_of_the_fifty_second_round(text, held):
    assert read(normalise_text(text), TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "考是22年12月考的 证上写的是2023年3月 刚才说评中级 我想了下还是先评个助理的",
            "skill_certificates_obtained",
            {"target_level": "助理级"},
        ),
        (
            "高级工程师 不过俺有个事得更正下 俺高级技师是2019年底拿的 不是20年",
            "target_level",
            {"target_level": "副高级", "title_held": None},
        ),
        ("工程师嘛 助理的我早就有了 2017年评的", "target_level", {"target_level": "中级", "title_held": "助理级"}),
        (
            "来电人说自己是电焊技师，2018年拿证，明年退休，想退休前评上工程师，问来得及吗",
            None,
            {"target_level": "中级", "title_held": None},
        ),
        ("我是技师，想问问要是评上工程师了，单位是不是必须得给聘？", None, {"title_held": None}),
        ("高级工证 想直接整个工程师 助理那玩意儿不要 能整不", None, {"target_level": "中级"}),
        # the words opening an aside alone, then the aside: 另外问一句 技师评工程师是不是得干满三年
        ("高级工证2020年拿的 想评助理工程师 另外问一句 技师评工程师是不是得干满三年", None, {"target_level": "助理级"}),
        # time away told by its two ends, in the same year or across years
        (
            "一直在酒店做厨师 没停过 就2023年五月到十一月回老家帮我哥卖水果",
            "technical_work_interrupted",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "技师2019年拿的证 2022年3月份到2022年12月份借调去工会搞活动 现在回线上了",
            None,
            {"technical_work_gap_years": 0.75},
        ),
        (
            "2020年至2022年去外地搞餐饮了 22年回来接着干数控",
            "technical_work_interrupted",
            {"technical_work_gap_years": 2.0},
        ),
        ("2018年3月到2019年3月去新疆援建当了一年安全员 坐办公室", None, {"technical_work_gap_years": 1.0}),
        # a spell in the office that ended does not undo the knack
        (
            "绝活嘛有一手 听声音就晓得机器哪里坏 就是2020年到2022年被抽去安全办坐了两年办公室 22年以后又回车间了",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        # where one went is not where one applies
        ("文山州的 高级工前年拿的 去年三月到今年三月去浙江跟人学了一年种茶 想评助理农艺师", None, {"province": "云南"}),
        (
            "曲靖一家电厂的 2018年去新疆援建 21 22 23年考核分别是合格 优秀 合格 还是曲靖市技术能手",
            None,
            {"province": "云南"},
        ),
        ("俺和俺对象都在哈电 俺是高级工", None, {"province": "黑龙江"}),
        # reviews: 闽南's 拢是; a year dating something else; only two years known
        ("厂里每冬都有考核 拢是合格", "annual_review_results", {"annual_reviews_all_pass": True}),
        ("24年25年都是合格 23年那会儿我还没来", "annual_review_results", {"annual_reviews_all_pass": None}),
        (
            "浙江省技术能手 还有国务院特殊津贴 不对 津贴那个是我爸的 我搞混了",
            "honours",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "对口的 我在植保站搞植保 另外我大学学的植物保护 跟这个相关 毕业证上写着",
            "occupation_matches_post",
            {"related_major_diploma": True},
        ),
        ("2019年评的 我还有个风电运维的高级工 2015年的", "title_obtained", {"title_held": None}),
        # counts: some left, more came; 统计 is counting
        (
            "今年高技能人才报了6个，又有2个调走不报了，后来又补了1个，我们还要不要单设评审组？",
            None,
            {"applicant_count": 5},
        ),
        ("上周统计是9个，今天有两个说今年先不报了", "applicant_count", {"exam": None, "applicant_count": 7}),
    ],
)
def test_words_of_the_fifty_second_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_the_date_asked_for_in_a_short_form_and_the_title_date_before_more():
    assert read("证书上写的19.7 考试是18年12月考的", TODAY, "skill_certificates_obtained").corrected_date == "2019-07"
    assert read("2021/11/5", TODAY, "skill_certificates_obtained").corrected_date == "2021-11-05"
    assert read("2019年评的 我还有个风电运维的高级工 2015年的", TODAY, "title_obtained").corrected_date == "2019"
    said = read("考是22年12月考的 证上写的是2023年3月 刚才说评中级", TODAY, "skill_certificates_obtained")
    assert said.corrected_date == "2023-03"


def test_a_certificate_remembered_late_is_added():
    assert read("工程师 哦对了刚才忘了说 22年我已经考了技师了", TODAY, "target_level").adds_to_lists
    assert read("高级工程师噻 高级工我2015年就拿了", TODAY, "clarify").adds_to_lists


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        # the level wanted among others dismissed, deferred or hoped for
        (
            "那指定是往高了整啊 高级工程师 副高那个 正高咱也不敢想 那玩意儿得是大学教授那样的",
            "target_level",
            {"target_level": "副高级", "series": "工程"},
        ),
        ("工程师嘛 中级那个 助理的我不要 我都五十五了 再评助理划不来", "target_level", {"target_level": "中级"}),
        ("技师 评个技师就行了 高级技师那得等以后", "target_level", {"target_level": "技师"}),
        ("助理的吧 要是可以的话中级也想试试", "target_level", {"target_level": "助理级"}),
        ("我是工程师 前年用职称申请的技师 现在想再晋一级 高级技师 要等好久", None, {"target_level": "高级技师"}),
        # a series chosen: the title's way, one denied, what others say or chose
        (
            "我们搞橡胶硫化的嘛 肯定是工程撒 总不可能评农业嘛 厂头以前也有人评过工程师的",
            "series",
            {"series": "工程", "target_level": None},
        ),
        ("我们做建水紫陶的 肯定走工艺美术 工艺美术师那条路", "series", {"series": "工艺美术", "target_level": None}),
        ("中药炮制 应该是卫生那块的吧 中药师那种 还是说只能评工程", "series", {"series": None}),
        ("茶艺嘛 我也搞不清该挂哪个系列 有人说是农业 有人说是工艺美术", "series", {"series": None}),
        ("工艺美术吧 我做建水紫陶的 不过我表哥说他报的是工程", "series", {"series": "工艺美术"}),
        # a major or a title is no exam; years until retirement date nothing
        ("毕业证有 是会计专业的 跟额想报的钳工八竿子打不着", "related_major_diploma", {"exam": None}),
        ("她有会计中级职称 想考个育婴员的证 技能等级那个", None, {"exam": None, "title_held": "中级"}),
        ("通信线务员技师，考通信专业的职业资格报哪个级别", None, {"exam": "通信"}),
        # work: 么 / 冇 / 拢无 say never; 借到…帮了一年忙 is away; 工龄二十八 is years; 当科长 is off the line
        ("一直在电站值班运行，么离开过", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("拢无离开 一直佇工厂做", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "机车电工技师 二零年拿的 二一年被借到派出所帮了一年忙 二二年才回的车间",
            None,
            {"technical_work_gap_years": 1.0},
        ),
        (
            "在黑龙江报 大庆 俺在采油厂烧了三十年锅炉 拿证以后也一直没挪窝",
            "province",
            {"technical_work_interrupted": False},
        ),
        ("对口 这岗位俺干了二十五年 工龄二十八", "occupation_matches_post", {"cumulative_work_years": 28.0}),
        (
            "他说绝活算有吧 修老式进口机床全厂就他会 但是这五六年调去当设备科科长了",
            "front_line_mastery",
            {"front_line_mastery": False},
        ),
        ("仰焊厚板一次成型这活儿倍儿少人会，三十年都在工地一线", "front_line_mastery", {"front_line_mastery": True}),
        ("突出贡献讲不上，就是给厂里解决过几个难题", "major_contribution", {"major_contribution": False}),
        # reviews: exam attempts are no reviews; the certificate's year dates no review
        (
            "他说考了两次 18年第一次没过 19年第二次过的 证是19年年底发的",
            "skill_certificates_obtained",
            {"annual_reviews_all_pass": None},
        ),
        # honours: a municipality's government is a province's; the master's honour is the master's
        (
            "阿拉是上海做半导体设备装调的技师，去年被市政府认定为高精尖缺高技能人才",
            None,
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "他说他师傅是全国技术能手 他自己是州里的技术能手 红河州的",
            "honours",
            {"honours": [{"name": "技术能手", "level": "市级"}]},
        ),
        # organisers: a threshold is no count; a definition asked back is no answer
        ("单设评审组是不是报的人满五个就必须单设 我们这边有人说是可以不单设", None, {"applicant_count": None}),
        ("我自己是高级工 我师兄是高级技师 我们都在景洪上班 我想问的是我自己 17年拿的证", None, {"province": "云南"}),
    ],
)
def test_words_of_the_fifty_third_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        ("苏州电子厂 技师 证2020.9 想评工程师", None, [{"level": "技师", "obtained": "2020-09"}]),
        ("德化做陶瓷的 陶瓷成型 技师 提了六冬 想评工艺美术师", None, [{"level": "技师", "years_held": 6.0}]),
        ("额是个橡胶硫化工 高级工 评了职称以后退休工资能多拿不 额还有三年就退咧", None, [{"level": "高级工"}]),
        ("他说有个什么高级的 应该是高级工吧 他自己也说不清", "skill_certificates", []),
    ],
)
def test_certificates_of_the_fifty_third_round(text, pending, held):
    assert read(normalise_text(text), TODAY, pending).held_skills == held


def test_a_holiday_said_clauses_after_the_year_dates_the_month():
    said = read("我女儿结婚那年 一八年 那年喜事多 证也是那年拿到的 国庆前后", TODAY, "skill_certificates_obtained")
    assert said.corrected_date == "2018-10"
    assert read("22年清明过后冇几天", TODAY, "skill_certificates_obtained").corrected_date == "2022-04"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        # the matter named after a correction, not one denied or put off
        ("想评职称 不是考证", "track", {"track": "skill_to_title"}),
        ("两个都想 先评职称 以后再考证", "track", {"track": "skill_to_title"}),
        # a personnel office asking about skilled workers in general: which matter is asked
        ("你好 我哋系佛山一间家电厂人力资源部 想问下技能人才评职称嘅事", None, {"track": None}),
        # a series asked by a skill holder is a title wanted
        (
            "师傅问哈 我腾冲的 做玉雕 工艺美术能评吗 有个高级技师证 二〇一七年的",
            None,
            {"track": "skill_to_title", "series": "工艺美术"},
        ),
        ("广播电视系列 工程技术那块", "series", {"series": "广播电视"}),
        # the question set aside for another
        ("我想问考经济师 算了 还是问评职称吧 我是技师", None, {"exam": None, "series": None}),
        # a level wanted, not held, in 我这种情况正高能不能报
        ("老师好 我攀钢的 想问哈我这种情况正高能不能报哦", None, {"target_level": "正高级", "title_held": None}),
        ("保安就是我本行啊 一直当保安", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("有毕业证 但是学的是计算机 跟美容没关系", "related_major_diploma", {"related_major_diploma": False}),
        (
            "来电人是个老石匠，一辈子在工地一线，有一手别人学不来的石雕绝活，问有没有特殊评审的说法",
            None,
            {"front_line_mastery": True},
        ),
        (
            "本人系云南省政府特殊津贴获得者，现为高级技师，拟申报正高级工程师，请问能否不受取得高级技师后满4年的年限限制？",
            None,
            {"wants_direct_application": True},
        ),
        (
            "额是宝鸡的高级技师，2024年拿的证，不想等满四年，能不能现在就报副高？",
            None,
            {"wants_direct_application": True},
        ),
        ("他问能不能现在就评高级工程师 还是得等几年", None, {"wants_direct_application": None}),
        ("俺想评个高级工程师 可俺以前考核有一年没过 中不中啊", None, {"annual_reviews_all_pass": None}),
    ],
)
def test_words_of_the_fifty_fourth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_correction_dates_the_level_said_last_and_a_hedged_date_is_none():
    said = read("想评职称 技师是去年底拿的 高级工是前年 不对 大前年", TODAY)
    assert said.held_skills == [{"level": "技师", "obtained": "2025-12"}, {"level": "高级工", "obtained": "2023"}]
    assert read("好像是一八年 我得回家翻翻证书", TODAY, "skill_certificates_obtained").corrected_date is None


def test_rules_listed_by_an_explainer_and_a_small_shop_of_round_fifty_four():
    listed = "我们在制作一期职称政策解读短视频，想确认一下：高级工满2年、技师满3年、高级技师满4年，这些年限从哪天起算？"
    assert read(normalise_text(listed), TODAY).held_skills == [
        {"level": "高级工"},
        {"level": "技师"},
        {"level": "高级技师"},
    ]
    said = read("我们是个小美容院 十几个人 能不能自己给员工评职称", TODAY).updates
    assert said.get("enterprise_above_scale") is False


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        # the fall-back after the wish, and a level dismissed
        ("副高嘛 要是不够格 中级也得", "target_level", {"target_level": "副高级"}),
        ("副高 不够格的话中级也行", "target_level", {"target_level": "副高级"}),
        ("工程师吧 助理个冇啥意思", "target_level", {"target_level": "中级"}),
        ("我高级工焊工，想直接评工程师，助理那个我不要，能整不？", None, {"target_level": "中级"}),
        # the occupation standard's years against one's own, a knack, a major that does not fit
        (
            "标准上要十年 我才干得八年",
            "meets_occupation_standard",
            {"meets_occupation_standard": False, "cumulative_work_years": 8.0},
        ),
        (
            "有 井下设备一响我就晓得哪里坏了 年轻人学不来 二十八年都在井下 没上来坐过办公室",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        ("大专读的是会计 跟电工挨不上边", "related_major_diploma", {"related_major_diploma": False}),
        ("没单位，也没啥考核，荣誉啥的也没有。我能评个助理农艺师吗？", None, {"honours": []}),
        (
            "佛山市那个技能大师工作室我是带头人",
            "honours",
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        ("先考个中级经济师，以后有机会再考会计", "exam", {"exam": "经济"}),
        ("工龄算下来二十一年。", None, {"cumulative_work_years": 21.0}),
        ("我在柳州汽车厂焊接 我现在是不是可以评职称了", None, {"track": "skill_to_title"}),
        # a 讲师 of a secondary vocational school is not in the 技工院校教师 series
        ("你好，我在合肥一个中专教汽修实训，有汽车维修工技师证，能评讲师不？", None, {"series": "中等职业学校教师"}),
        # an office with this year's applicants organises an evaluation
        (
            "您好，打扰了。我是曲靖市农业农村局负责职称的，今年农业系列评审有几个持技能证的报名，想咨询一下。",
            None,
            {"track": "organiser", "province": "云南"},
        ),
        # the workplace shared with the spouse named first (not one the spouse alone is at)
        (
            "我老公是赤峰一个矿上的技师 他已经评上工程师了。我跟他一个矿 当化验员 去年九月份拿的技师证 我能评个啥职称",
            None,
            {"province": "内蒙古"},
        ),
        (
            "我老公是赤峰一个矿上的技师 他已经评上工程师了。我在昆明当化验员 技师 我能评个啥职称",
            None,
            {"province": "云南"},
        ),
    ],
)
def test_words_of_the_fifty_fifth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # an age said with the year of birth is a year
        (
            "我是82年的人 四十岁那年考起的技师 在株洲搞电力机车钳工 想评个工程师",
            [{"level": "技师", "obtained": "2022"}],
        ),
        ("技师证拿得三年多了 想评个工程师", [{"level": "技师", "years_held": 3.0}]),
        ("石雕工技师，提了六冬了，想评工艺美术师", [{"level": "技师", "years_held": 6.0}]),
        # 工龄 is years of work, not the certificate's
        ("俺在大同煤矿干瓦斯检查工，技师，工龄二十六年了。", [{"level": "技师"}]),
    ],
)
def test_certificates_of_the_fifty_fifth_round(text, held):
    assert read(normalise_text(text), TODAY).held_skills == held


def test_reviews_are_dated_in_the_sentence_that_says_them():
    said = read(
        "2022年被借调到厂办写了一年材料，23年初又回装置上了。考核22年良好，23、24年都是合格。", dt.date(2025, 11, 3)
    ).updates
    assert said["annual_review_results"] == ["合格", "合格", "良好"]
    away_that_year = read("考核22、23合格，21年那年在外面，没在段里考。", dt.date(2024, 3, 25)).updates
    assert away_that_year["annual_review_results"] == ["合格", "合格"]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("正高呗 正高不行再说副高", "target_level", {"target_level": "正高级"}),
        # an honour said to be a father's; a county's title for rural talent; a studio where one is a member
        (
            "全国技术能手那是俺爸 俺自己就一个市里技能大赛一等奖",
            "honours",
            {"honours": [{"name": "技能竞赛获奖", "level": "市级"}]},
        ),
        ("县里还评过俺是乡土人才", None, {"honours": [{"name": "乡土人才", "level": "县级"}]}),
        ("工作室是国家级的，带头人是我师傅，我是成员。我自己没评过别的，其他没了", "honours", {"honours": []}),
        # staying put through a lockdown, 无 for 没, 停薪留职 and a loan to the 厂办
        (
            "没挪窝 一直在猪场 疫情那年猪场封了俩月 俺都住在场里没出去",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("一直在厂里刻石头，无去做别的", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "22年3月到23年3月停薪留职 跟小舅子去南方倒腾了一年海鲜 23年3月回厂里",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "拿证以后嘛……2020年被借到厂办写材料写了一年，21年初回的车间",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("轧特厚板那个手感 全厂就俺能调 一直在一线没下来过", "front_line_mastery", {"front_line_mastery": True}),
        # the kind of title named for the series is no title held
        ("农业嘛，农艺师那一路的", "series", {"series": "农业", "title_held": None, "target_level": None}),
        ("工作年限嘛 十二年 不对 算上在部队那几年有十五年了", "cumulative_work_years", {"cumulative_work_years": 15.0}),
        ("我是宜宾的 白酒酿造工 技师 想考个中级会计 或者审计师 哪个好考些", None, {"track": "qualification_exam"}),
        # the route asked about from the level the person then says they hold
        (
            "高级技师评高级工程师 要几年？我19年拿的高级技师",
            None,
            {"target_level": "副高级", "track": "skill_to_title"},
        ),
        (
            "我有助理工程师职称，在药厂做质检。业余做西点做了好多年，想拿个西式面点师的高级工证，有职称的能直接申请吗？",
            None,
            {"target_level": "高级工", "track": "title_to_skill"},
        ),
        # counts level by level, less the withdrawn and the duplicates
        ("报副高的3个，报中级的5个，还有2个报助理的后来撤了", "applicant_count", {"applicant_count": 8}),
        (
            "我们局今年收到高技能人才职称申报材料：正高2份、副高5份、中级6份，其中有1份是重复提交的，想问要不要单设评审组。",
            None,
            {"applicant_count": 12},
        ),
        ("今年高技能人才报工程系列中级的有4个，报助理级的3个，要不要单设评审组", None, {"applicant_count": 7}),
        ("两年合格，还有一年在休病假，评了个基本合格", "annual_review_results", {"annual_reviews_all_pass": False}),
    ],
)
def test_words_of_the_fifty_sixth_round(text, pending, updates):
    said = read(normalise_text(text), TODAY, pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "我是那个高级工零九年就拿了后来一六年又考的技师完了以后一直在采油厂干着呢",
            [{"level": "高级工", "obtained": "2009"}, {"level": "技师", "obtained": "2016"}],
        ),
        ("俺考了三回高级技师了 今年终于过了 证还没发下来 就想问问是不是等证下来就能评副高了", []),
        ("化工总控工 高级工 二一年拿的 不对不对 是二二年 二二年年初", [{"level": "高级工", "obtained": "2022-01"}]),
        ("技师……让我想想，前年，2024年5月份发的证", [{"level": "技师", "obtained": "2024-05"}]),
        (
            "果树园艺工技师，拿证刚好三年，前年评了个怀化市乡土人才，能评农艺师不",
            [{"level": "技师", "years_held": 3.0}],
        ),
    ],
)
def test_certificates_of_the_fifty_sixth_round(text, held):
    assert read(normalise_text(text), TODAY).held_skills == held


def test_two_years_summed_up_are_not_the_three_reviews():
    said = read("农场每年都有考核的 22 23都是合格 今年的还没评", dt.date(2024, 5, 28), "annual_review_results").updates
    assert said["annual_review_results"] == ["合格", "合格"] and "annual_reviews_all_pass" not in said


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("工程师 助理嘞没得意思", "target_level", {"target_level": "中级"}),
        ("能评正高就评正高 不能嘞话副高也中", "target_level", {"target_level": "正高级"}),
        (
            "老铁 我沈阳4S店修车的 汽车维修工高级工 想直接评个工程师 助理的我不稀罕 能整不",
            None,
            {"target_level": "中级"},
        ),
        # the level held, dated, beside the level wanted in reply to which level
        (
            "高级技师 技师是23年用职称申请下来嘞 现在想再往上走一步",
            "target_level",
            {"target_level": "高级技师"},
        ),
        # no certificate, in other words
        ("手里就一个CAAC的无人机驾驶员执照 别的证没有 这能评农业系列的职称不", None, {"skill_certificates": []}),
        ("我在香格里拉画唐卡 画了十五年了 没考过哪样技能证", None, {"skill_certificates": []}),
        ("是州级非遗传承人 技能证一个都没得 这种能评职称不", None, {"skill_certificates": []}),
        # driving for a ride-hailing platform after the certificate is time away
        (
            "我16年拿的高级电工证 后来厂子效益不好 出来开滴滴三年了 现在还能评助理工程师吗",
            None,
            {"technical_work_interrupted": True},
        ),
        ("钳工技师 17年的证 19年开始开网约车一直开到现在", None, {"technical_work_interrupted": True}),
        (
            "岗位是设备科，管设备维修保养啦，做茶是我自己业余喜欢，岗位上不做茶叶加工",
            "occupation_matches_post",
            {"occupation_matches_post": False},
        ),
        # reviews: a year not yet employed, none failed, a hedged year left out
        ("21年那会儿还没进这个公司 22年合格", "annual_review_results", {"annual_review_results": ["合格"]}),
        ("没有哪年不合格", "annual_review_results", {"annual_reviews_all_pass": True}),
        (
            "今年的还没出 去年优秀 前年记不清了 应该合格吧",
            "annual_review_results",
            {"annual_review_results": ["优秀"], "annual_reviews_all_pass": None},
        ),
        (
            "那些荣誉都没有 另外刚才说错了 应该是二三年基本合格 二二、二一都是合格",
            "honours",
            {"annual_reviews_all_pass": False},
        ),
        # counts: people who left, the rest after the judges, a group with a wish
        (
            "沈阳一家机床厂人力这块的 今年有7个技师想评工程师 上礼拜走了俩 又来了一个 这个数够单独分组不",
            None,
            {"applicant_count": 6},
        ),
        (
            "推荐名单一共12个人 其中3个是推去当评委的 剩下9个都是技师高级技师 报工程系列",
            "applicant_count",
            {"applicant_count": 9},
        ),
        (
            "我们是一家外卖配送平台在昆明的分公司 今年有7个站长是高级工想评助理工程师 能不能单独分组评",
            None,
            {"applicant_count": 7},
        ),
    ],
)
def test_words_of_the_fifty_seventh_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2023, 7, 19), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # another's case told first, then the speaker's own level
        (
            "我们公司一个开铲车的兄弟去年评了助理工程师 他说我也够了 我挖机高级工 22年6月拿的证",
            [{"level": "高级工", "obtained": "2022-06"}],
        ),
        ("我技师 能评工程师不？还有我老婆是育婴员三级 她能评啥职称", [{"level": "技师"}]),
    ],
)
def test_certificates_of_the_fifty_seventh_round(text, held):
    assert read(normalise_text(text), TODAY).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("钻井队一年到头在井场，我就没进过办公室", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "种烟种了三十年，中间22年去浙江打了半年工，在厂里当保安",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "目前收到技师的材料6份，高级技师3份，其中1个高级技师后来说今年不报了",
            "applicant_count",
            {"applicant_count": 8},
        ),
        (
            "烤烟合作社每年评，22年那年我在外头没评，23 24都合格",
            "annual_review_results",
            {"annual_review_results": ["合格", "合格"], "annual_reviews_all_pass": None},
        ),
    ],
)
def test_words_of_the_fifty_eighth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 3, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_applications_received_are_counted_without_the_word_for_applying():
    said = read("我是保山市人社局的 今年工程系列收了6份高技能人才的材料 有1份不合格退回去了 要不要单独设组", TODAY)
    assert said.updates["applicant_count"] == 5


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("有，我是学机电一体化的，跟这个工种对口", "related_major_diploma", {}, {"occupation_matches_post": None}),
        (
            "23年优秀，22跟21都是称职",
            "annual_review_results",
            {},
            {"annual_review_results": ["优秀", "称职", "称职"]},
        ),
        (
            "大连港的门机司机，高级技师，干了二十多年了，想评高级工程师，我这年头够了吧",
            None,
            {},
            {"meets_occupation_standard": None},
        ),
        ("高级工程师嘛 正高那个估计够不着", "target_level", {}, {"target_level": "副高级"}),
        (
            "有个技术能手 是省里还是州里评的我得翻一下证书",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": None}]},
        ),
        (
            "一直在井下 没离开过 就是19年腿骨折了歇了三个月病假",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "我在重庆开挖掘机，高级工，19年拿的证，21年到22年跑了一年运输，现在又回来开挖机了，想评助理工程师",
            None,
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "我是鲁甸的 在家搞直播卖苹果 互联网营销师 听说这是新职业 有个三级证 能评啥职称",
            None,
            {},
            {"technical_work_interrupted": None, "province": "云南"},
        ),
        ("技师3个 高级技师2个 还有个助理工程师不算", "applicant_count", {}, {"applicant_count": 5}),
        ("我是斗南那边的插花花艺师 高级工 拿证三年多了", None, {}, {"province": "云南"}),
        ("中老铁路玉磨段的线路工 技师证去年10月拿的 想问啥时候能评工程师", None, {}, {"province": "云南"}),
        (
            "一刀下去深浅不差毫米，一个人管的胶树出胶比别人多一截，这个农场都晓得；三十年都在一线割胶",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        ("研磨这手艺厂里就剩额一个会，在一线干了二十八年", "front_line_mastery", {}, {"front_line_mastery": True}),
        ("高技 想考rk中级 网工那个 贯通政策支持不", None, {}, {"exam": "计算机技术与软件"}),
        ("昆明铁路局的接触网工 技师 前年取证", None, {}, {"exam": None, "track": None}),
        (
            "帮我妈问一哈 她是重庆一个国企的会计 中级会计师职称 平时喜欢烤蛋糕 想考个西式面点师的技师",
            None,
            {},
            {"exam": None, "track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
        ),
        (
            "你好 我喺佛山一间中职学校教汽修 17年攞咗汽车维修工技师 想评中职讲师 用技师可唔可以评？",
            None,
            {},
            {"title_held": None, "target_level": "中级", "series": "中等职业学校教师", "track": "skill_to_title"},
        ),
    ],
)
def test_words_of_the_fifty_ninth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2024, 9, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "held"),
    [
        ("好像是高级工 也可能是中级 我得找找证", "skill_certificates", {}, []),
        (
            "前年 哦不是技师 是高级工 技师还没考",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            [{"level": "高级工", "obtained": "2022"}],
        ),
    ],
)
def test_certificates_of_the_fifty_ninth_round(text, pending, known, held):
    assert read(normalise_text(text), dt.date(2024, 9, 1), pending, known).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("就是想拿着这个技师证去评个职称", "track", {}, {"target_level": None, "track": "skill_to_title"}),
        ("统计的吧 还是会计 我再想想", "exam", {}, {"exam": None}),
        (
            "榆林神木煤矿的采煤机司机 技师17年的 中间去跑了一年运输 想评个工程师",
            None,
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("助理农艺师还是农艺师 我都不懂 你看着办嘛", "target_level", {}, {"target_level": None, "series": "农业"}),
        ("评职称还是评高级技师都行 哪个好搞搞哪个", "track", {}, {"target_level": None, "track": None}),
        ("他说一直合格吧 我这边也不太清楚", "annual_review_results", {}, {"annual_reviews_all_pass": None}),
        ("榨季在车间 停榨了也在搞设备检修", "technical_work_interrupted", {}, {"technical_work_interrupted": False}),
        (
            "中途跳过一次槽 去咗第二间厂 做嘅都系设备检修",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False},
        ),
        (
            "咁又唔系一直做，22年成年去帮我表哥搞网店卖货，啱啱好一年，23年返嚟先继续画瓷",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("我系工程师 想搞返个技能等级证", "track", {}, {"title_held": "中级", "track": "title_to_skill"}),
        (
            "勿大对口 阿拉现在主要管教务了 电工课上得老少",
            "occupation_matches_post",
            {},
            {"occupation_matches_post": False},
        ),
        ("副高搞得成就搞副高 搞不成中级也要得", "target_level", {}, {"target_level": "副高级"}),
        (
            "阿拉是浦东一家半导体企业额HR 规上企业 想自家组织高技能人才职称评审",
            None,
            {},
            {"organiser_topic": "enterprise_self_evaluation"},
        ),
        ("谈不上啥子突出贡献 就是老老实实干活", "major_contribution", {}, {"major_contribution": False}),
        ("我是工程师 评了十多年了 在上海金山一家化工厂", None, {}, {"title_obtained": "2014-09"}),
        (
            "冇 另外头先讲错咗 旧年唔系合格 系基本合格",
            "honours",
            {},
            {"annual_review_results": ["基本合格"], "annual_reviews_all_pass": False},  # last year's, corrected
        ),
        ("我是常德农科所的农艺师 中级 想申请个农艺工技师 听说文件今年才转发", None, {}, {"title_obtained": None}),
        (
            "云南省某工艺美术系列评委会：今年收到高技能人才申报材料12份，其中3份是重复报送的，另有2份退回后又补交了",
            None,
            {},
            {"applicant_count": 9},
        ),
        (
            "我们是大理州农业系列中级评委会，今年报来的高技能人才有4个，还有1个在补材料，需要单设评审组吗",
            None,
            {},
            {"applicant_count": 4},
        ),
        ("我们是评委会办公室 问一下 正好5个人算不算‘5人以上’", None, {}, {"applicant_count": None}),
        (
            "我是云南省技术能手 还享受过州政府的津贴",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": "省级"}, {"name": "政府特殊津贴", "level": "市级"}]},
        ),
        ("那些都没得 我师父倒是全国技术能手", "honours", {}, {"honours": None}),  # the master's, not the speaker's
        ("阿拉是高级工程师 2018年评额 在宝山一家钢厂 想申请高级技师", None, {}, {"province": "上海"}),
        # an own case asked only as a rule: the facts kept, no wish
        (
            "内蒙古呼伦贝尔 奶牛场搞家畜繁殖的 技师 我想问问技师评中级是从拿证那天算还是从上岗算",
            None,
            {},
            {"target_level": None, "track": None, "province": "内蒙古"},
        ),
        (
            "我是技师，文件说取得技师后满3年可以评中级，我是2022年8月拿的证，那是不是今年8月就能报了",
            None,
            {},
            {"target_level": "中级"},
        ),
        (
            "技师证21年拿的 问一下 技师评中级是从发证那天开始算满三年吗 我这个啥时候能报",
            None,
            {},
            {"target_level": "中级"},
        ),
        ("我是技师 想问技师评中级要满几年 我能不能评", None, {}, {"target_level": "中级"}),
        (
            "老师您好，我是楚雄一家电力设备企业人力资源部的，今年我们推荐了几个技师报工程系列中级，想问评委会会不会给技能人才单独分组评审？",
            None,
            {},
            {"track": "organiser", "organiser_topic": "separate_panel", "target_level": None},
        ),
    ],
)
def test_words_of_the_sixtieth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2024, 9, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_level_got_through_the_title_is_held():
    text = (
        "我是大理一个水泥厂化验室的 有助理工程师职称 今年4月份用职称申请的化学检验员高级工 证也拿到了 现在想接着评技师"
    )
    said = read(normalise_text(text), dt.date(2025, 11, 1))
    assert said.held_skills == [{"level": "高级工", "obtained": "2025-04"}]
    assert said.updates["target_level"] == "技师"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "你好我是在玉溪一个化工厂上班的化工总控工去年拿的技市证书想问一下能不能评工程式就是那个中级直称",
            None,
            {"title_obtained": None, "target_level": "中级"},
        ),
        ("我是铁路上的线路工 技师 2019年拿的 一直在工务段干", "province", {"technical_work_interrupted": False}),
        (
            "机车司机不跑车干嘛 一直跑着呢 去年还带了两个徒弟",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "证是21年6月拿的 干门机十二年了",
            "technical_work_interrupted",
            {"technical_work_interrupted": None, "technical_work_gap_years": None},
        ),
        (
            "中间19年回家种了一年烤烟 20年又出来开塔吊了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "俺儿在阜阳开挖掘机 挖掘机司机技师20年拿的证 前年去新疆工地干了一年也是开挖机 他问能不能评工程师",
            None,
            {"technical_work_interrupted": False},
        ),
        (
            "拿证以后一直在烤酒车间 没挪过窝 之前19年倒是出去跑过半年外卖",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("工龄十六年 09年进的厂", "cumulative_work_years", {"cumulative_work_years": 16.0}),
        (
            "俺是济南的 干了十几年建筑 有个高级工证 还有个二建 能评工程师不",
            None,
            {"exam": None, "track": "skill_to_title"},
        ),
        ("我有个高级工证 想考个二建", None, {"exam": "建造师", "track": "qualification_exam"}),
        (
            "我在马鞍山钢铁做设备工程师 中级职称17年评的 现在想考个钳工技师的技能等级 行不行",
            None,
            {"title_obtained": "2017"},
        ),
        ("江西跟云南政策一样不 我看到的是云南那个文件", None, {"province": None}),
        ("三峡电厂做水轮机检修 高级技师2022年5月20号发的证", None, {"province": "湖北"}),
        ("hello 大冶有色的 火法冶炼工二级 2020年拿的 能评gcs不", None, {"target_level": "中级", "series": "工程"}),
        ("你说的那几个都没有，全国技术能手差一点", "honours", {"honours": None}),
        (
            "我工程师职称，去年用职称申请的继电保护员技师，现在想接着评高级技师，能报吗",
            None,
            {"target_level": "高级技师", "track": "title_to_skill"},
        ),
    ],
)
def test_words_of_the_sixty_first_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        (
            "我是成都机务段的机车司机高级技师前年那的证这几年考核两个优秀一个合格想问问能不能评高级工程师",
            None,
            [{"level": "高级技师", "obtained": "2023"}],
        ),
        (
            "我在成都火锅店当厨师 中式烹调师高级工 17年拿的 哎呀不是17 是18年",
            None,
            [{"level": "高级工", "obtained": "2018"}],
        ),
        (
            "我工程师职称，去年用职称申请的继电保护员技师，现在想接着评高级技师",
            None,
            [{"level": "技师", "obtained": "2024"}],
        ),
        (
            "20年那年出去跑了一年网约车 21年又回修理厂了 考技师以后就一直在修车",
            "technical_work_interrupted",
            [{"level": "技师"}],
        ),
    ],
)
def test_certificates_of_the_sixty_first_round(text, pending, held):
    assert read(normalise_text(text), dt.date(2025, 6, 1), pending).held_skills == held


@pytest.mark.parametrize(
    ("text", "known_count", "count"),
    [
        ("其中有一个后来说不报了", 6, 5),  # taken off the count given before
        ("又补报了两个", 6, 8),  # added to it
        ("退回了1份 还剩4个", 5, 4),  # the count left, said outright
        ("是8个不是6个", 6, 8),  # corrected
    ],
)
def test_a_count_changed_after_it_was_given(text, known_count, count):
    known = {"track": "organiser", "applicant_count": known_count}
    said = read(normalise_text(text), TODAY, None, known).updates
    assert said["applicant_count"] == count


def test_counts_by_team_with_one_added_later_add_up():
    known = {"track": "organiser", "organiser_topic": "separate_panel"}
    said = read(normalise_text("综采队3个 机电队2个 后来又补了1个"), TODAY, "applicant_count", known).updates
    assert said["applicant_count"] == 6


def test_a_knack_in_dialect_is_front_line_mastery():
    said = read(
        normalise_text("俺焊的压力容器焊缝一次合格率百分百 厂里疑难焊接都找俺 一直在车间"), TODAY, "front_line_mastery"
    )
    assert said.updates["front_line_mastery"] is True


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("你能说四川话不嘛，普通话看起累", None, {"province": None}),  # a dialect, no workplace
        ("我儿子在莆田技师学院读数控 明年毕业能拿高级工", None, {"province": None}),  # where he studies
        ("合肥的 在技校学数控 明年毕业", None, {"province": "安徽"}),  # where he is from, said apart
        ("平遥牛肉厂搞腌制的 高级技师 13年拿的", None, {"province": "山西"}),
        ("我老伴在双城肉联厂干了一辈子", None, {"province": "黑龙江"}),
        ("玉溪卷烟厂 技师 想走绿色通道直接评高工 我们厂有个全国技术能手 可惜不是我", None, {"honours": None}),
        ("算是吧，我们是做碳排放管理的，听说这个是新职业", "new_occupation", {"technical_work_interrupted": None}),
        ("我社保中间断了两年，会不会影响评职称？", "technical_work_gap_years", {"technical_work_gap_years": None}),
        ("育婴这块好像哪个都不沾边吧", "series", {"series": None}),
        ("我们医院就3个，都是后勤的，两个电工技师一个制冷工高级技师", "applicant_count", {"applicant_count": 3}),
        ("收到6份，不过有1个人是重复报的，两份材料一模一样", "applicant_count", {"applicant_count": 5}),
        (
            "我爹是鹤庆打银子的 高级技师 錾刻手艺整个村子都找不出第二个 他想直接评正高级工艺美术师 有没有特殊评审",
            None,
            {"applicant_count": None, "track": "skill_to_title"},
        ),
        ("技师和高级技师鉴定的考试费分别多少", None, {"target_level": None}),
    ],
)
def test_words_of_the_sixty_second_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("技师 22年年底那阵……11月份拿的", "2022-11"),  # the month said after the part of the year
        ("技师是2022年年底拿的 3月份开始干的", "2022-12"),  # a month of something else
    ],
)
def test_the_month_said_after_the_part_of_the_year(text, obtained):
    assert read(normalise_text(text), dt.date(2025, 6, 1), None).held_skills == [
        {"level": "技师", "obtained": obtained}
    ]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("工龄二十二年 哦不对 二十四年 我是01年参加工作的", "cumulative_work_years", {"cumulative_work_years": 24.0}),
        (
            "有 20年疫情厂子停了 我回老家开了大半年三轮 后来又回来干数控",
            "technical_work_gap_years",
            {"technical_work_gap_years": 0.5},
        ),
        ("统计师吧 我在调查队当调查员 哦不是 还是经济师 统计那个太难", "exam", {"exam": "经济"}),
        ("直接副高 不想等", "target_level", {"target_level": "副高级", "wants_direct_application": True}),
        ("本科是机械设计制造及其自动化，跟数控车工相关", None, {"related_major_diploma": True}),
        (
            "我是昭通的 11年拿的高级工 2023年三月考起的技师 中间15到16年去浙江跑了一年业务 后来又回矿上了 想评工程师",
            None,
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "老师好 我们是昆明的一个工程系列评委会 今年一共20个人报名 其中技能人才4个 剩下16个是工程技术人员",
            None,
            {"applicant_count": 4},
        ),
    ],
)
def test_words_of_the_sixty_third_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        ("高级工三年半 想评个助理", None, [{"level": "高级工", "years_held": 3.5}]),
        ("技师（二级）今年三月份满三年 想报工程师", None, [{"level": "技师", "years_held": 3.0}]),
        ("你好 我是助理工程师 去年用职称申请了化学检验员高级工", None, [{"level": "高级工", "obtained": "2024"}]),
        (
            "想给我们一个化工总控工技师推荐评工程师 他2020年7月拿的证",
            None,
            [{"level": "技师", "obtained": "2020-07"}],
        ),
    ],
)
def test_certificates_of_the_sixty_third_round(text, pending, held):
    assert read(normalise_text(text), dt.date(2025, 6, 1), pending).held_skills == held


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("前年三月份 证上写的是三月十五", "2023-03-15"),
        ("他说是2021年拿的 十月份", "2021-10"),
        ("十七还是十八年 我翻一下…找到了 证上写的2018年6月", "2018-06"),
    ],
)
def test_a_date_made_precise_later_in_the_reply(text, obtained):
    said = read(normalise_text(text), dt.date(2025, 6, 1), "skill_certificates_obtained", {})
    assert said.corrected_date == obtained


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("参加工作十一二年了吧 在包头 一直在稀土厂", "cumulative_work_years", {"cumulative_work_years": 11.0}),
        ("她中间有一年在厂里食堂帮厨", None, {"technical_work_interrupted": True, "technical_work_gap_years": 1.0}),
        (
            "去年厂里让俺去办公室帮着弄了半年报表 其他时候都在化验室",
            "technical_work_gap_years",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "一直做额 就是2024年酒店装修关了三个月 阿拉在屋里厢等",
            "technical_work_gap_years",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "2020年3月到2021年3月被派到海外项目做商务协调，其他时间都在现场干焊接",
            "technical_work_gap_years",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "手上功夫是有的 翡翠俏色巧雕年轻人学不来 不过这几年都在店里管事 不怎么动手了",
            "front_line_mastery",
            {"front_line_mastery": False},
        ),
        ("为国家做突出贡献那种不算 就是厂里的活", "major_contribution", {"major_contribution": False}),
        ("先说经济师吧，哦不，还是考审计，经济师以后再说", "exam", {"exam": "审计"}),
        ("就是不想再等那三年，拿到技师才一年", None, {"wants_direct_application": True}),
        (
            "原来说4个 今天客房部又报上来2个 一个高级技师一个技师 不过有个厨师说今年不报了 那就是5个",
            "applicant_count",
            {"applicant_count": 5},
        ),
        (
            "今年一共交上来11份材料，有1个人重复交了两份，还有2份退回去了一直没补",
            "applicant_count",
            {"applicant_count": 8},
        ),
        ("盐池滩羊养殖合作社的 我是合作社的防疫员", None, {"province": "宁夏"}),
        ("我是首都机场的特种车辆维修工", None, {"province": "北京"}),
    ],
)
def test_words_of_the_sixty_fourth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("前年秋天考下的…嗯 证上是十月份 前年十月", "2023-10"),
        ("娃娃上一年级那年 就是前年 秋天开学那阵子", "2023-09"),
        ("2019年考的技师 12月进的厂", "2019"),  # another event's month
    ],
)
def test_a_month_said_after_the_year_of_the_certificate(text, obtained):
    said = read(normalise_text(text), dt.date(2025, 6, 1), "skill_certificates_obtained", {})
    assert (said.corrected_date or said.held_skills[0]["obtained"]) == obtained


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("木有 就拿过厂里技能比武第二名", "honours", {"honours": [{"name": "技能竞赛获奖", "level": None}]}),
        ("没有 就厂里评过优秀员工", "honours", {"honours": [{"name": "先进个人", "level": None}]}),
        ("我现在跑网约车 之前在4S店干汽修 18年考的高级工", None, {"technical_work_interrupted": True}),
        ("以前在厂里考过焊工高级工 16年的 现在不焊了", None, {"technical_work_interrupted": True}),
        (
            "工程测量员技师 21年10月发的证 中间22年去驾校当了一年教练",
            None,
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("技师证提了六冬了，拢无断过，想欲评工艺美术师", None, {"technical_work_interrupted": False}),
        ("08年出来打工 一直干到现在", "cumulative_work_years", {"cumulative_work_years": 17.0}),
        ("统计 不对 还是经济吧 统计太难了", "exam", {"exam": "经济"}),
        ("先评助理吧 够年限再冲工程师", "target_level", {"target_level": "助理级"}),
        ("我也不晓得糕点算哪个系列，轻工？还是工程？你说呢", "series", {"series": None}),
        ("是的，去年产值过了两千万，统计那边报的就是规上工业企业", "enterprise_above_scale", {"exam": None}),
        (
            "规上是指…我不太确定 我问下财务…财务说是规模以上工业企业",
            "enterprise_above_scale",
            {"enterprise_above_scale": True},
        ),
        ("我们就二十几个人，老板想自己给员工评职称，行不行", None, {"enterprise_above_scale": False}),
        (
            "国家级的那些够不着，还有个黔东南州挂牌的技能大师工作室，我是领办人",
            "honours",
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        ("我在丽江跟师傅学了三年东巴纸制作，还没拿证，能评职称不", None, {"skill_certificates": []}),
        (
            "银器錾花这个，会这手的老师傅没剩几个了，一天没离开过炉子",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        ("一直在工地一线 高海拔全位置焊 好多人焊不了 额能焊", "front_line_mastery", {"front_line_mastery": True}),
        ("人家说他这种有绝活的能特殊评审评职称，是真的吗？他想试试", None, {"front_line_mastery": None}),
        (
            "说实话现在岗位跟数控车床关系不大，主要管质量体系",
            "occupation_matches_post",
            {"occupation_matches_post": False},
        ),
        (
            "两个问题：一是高级技师能不能直接评正高？二是我自己，技师，想评农艺师",
            None,
            {"wants_direct_application": None},
        ),
        ("我是中级工，能评职称吗？还是说必须高级工以上才行", None, {"track": "skill_to_title"}),
        ("我是技师，想问下要是评了工程师，以后退休工资按什么算", None, {"title_held": None}),
    ],
)
def test_words_of_the_sixty_fifth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("想给我们一个模具工技师推荐评工程师 他技师是2021年7月拿的", ["技师"]),
        ("2020年10月取得技师职业技能等级证书，现申请评审工程师", ["技师"]),
        ("我是中级工，能评职称吗？还是说必须高级工以上才行", ["中级工"]),
    ],
)
def test_levels_held_beside_a_wish_or_a_condition(text, levels):
    assert [c["level"] for c in read(normalise_text(text), dt.date(2025, 6, 1)).held_skills] == levels


def test_a_lunar_month_said_after_the_year_is_the_next_january():
    said = read(
        normalise_text("就是孙子出生那年，2020年，腊月里发下来的"), dt.date(2025, 6, 1), "skill_certificates_obtained"
    )
    assert (said.corrected_date or said.held_skills[0]["obtained"]) == "2021-01"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("23 24 25都是称职 26年嘞还没出", "annual_reviews", {"annual_review_results": ["称职", "称职", "称职"]}),
        ("年年都是称职 阿拉厂里就称职不称职两档", "annual_reviews", {"annual_reviews_all_pass": True}),
        ("来电人说荣誉一个没有 另外他刚想起来", "honours", {"honours": []}),
        ("这个俺可不敢吹", "major_contribution", {"major_contribution": False}),
        ("哦不是 我说的是我有高级工证 高级工程师哪敢想", None, {"target_level": None}),
        ("我是技师 想问下在杭州评上工程师 买房能加分不", None, {"title_held": None}),
        ("工龄十五年 对了评上技师能不能落户广州", None, {"cumulative_work_years": 15.0}),
        (
            "侬好，我是正高级工程师，想申请个数控车工高级技师，正高可以吧？",
            None,
            {"title_held": "正高级", "target_level": "高级技师"},
        ),
        (
            "他说21年去广东电子厂打过一年工 那会儿还没拿证 拿证以后一直在合作社修农机",
            "technical_work_interrupted",
            {"skill_certificates": None},
        ),
        ("我是工程师 去年用职称申请嘞维修电工技师 现在想接到往上评高级技师", None, {"target_level": "高级技师"}),
    ],
)
def test_words_of_the_sixty_sixth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2027, 1, 15), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("哦对了刚才说错了 技师是二〇二O年五月拿的 不是21年", "2020-05"),
        ("来电人说是二零一九年的 十一长假回来发的证", "2019-10"),
    ],
)
def test_dates_typed_with_a_letter_or_told_by_a_holiday(text, obtained):
    said = read(normalise_text(text), dt.date(2026, 3, 1), "skill_certificates_obtained")
    assert (said.corrected_date or said.held_skills[0]["obtained"]) == obtained


def test_a_level_got_through_a_title_in_dialect_is_held():
    said = read(normalise_text("我是工程师 去年用职称申请嘞维修电工技师 现在想接到往上评高级技师"), dt.date(2025, 1, 1))
    assert [c["level"] for c in said.held_skills] == ["技师"]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("焊工 叁级 在银川 能评个啥", None, {"province": "宁夏"}),
        ("从零三年毕业算 干了廿三年了", "cumulative_work_years", {"cumulative_work_years": 23.0}),
        ("一直在个旧的矿上 没有出去过", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("财务说是规模以上的 我也不太懂这个", "enterprise_above_scale", {"enterprise_above_scale": True}),
        ("我是朝阳区人社局职称科的 今年辖区企业报工程系列的高技能人才有7个", None, {"province": "北京"}),
    ],
)
def test_words_of_the_sixty_seventh_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "levels"), [("焊工 叁级 在银川 能评个啥", ["高级工"]), ("想推荐一个维修电工技师去评工程师", ["技师"])]
)
def test_levels_written_formally_or_put_forward(text, levels):
    assert [c["level"] for c in read(normalise_text(text), dt.date(2026, 6, 1)).held_skills] == levels


def test_a_childs_birth_year_is_not_the_certificates_date():
    said = read(
        normalise_text("21年……不对不对 儿子是21年生的 他证是第二年拿的 22年 月份不记得了"),
        dt.date(2025, 6, 1),
        "skill_certificates_obtained",
    )
    assert said.corrected_date == "2022"


@pytest.mark.parametrize("text", ["对了评上技师能不能落户广州", "拿到高级工可以积分落户吗"])
def test_a_level_asked_for_what_it_would_bring_is_not_held(text):
    assert read(normalise_text(text), dt.date(2026, 6, 1)).held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我是工程师，17年评的中级，去年三月份用工程师职称申请的钳工技师，证拿到了", None, {"title_obtained": "2017"}),
        ("九江 不对 去年调到南昌了 反正都江西", "province", {"province": "江西"}),
        ("南昌 我老婆是育婴员一级 在家政公司 她想评个职称", None, {"technical_work_interrupted": None}),
        (
            "有三个月单位派去培训 学的就是本工种 别的时候都在干",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        ("单位派我去培训了三个月", "technical_work_interrupted", {"technical_work_interrupted": None}),
        ("哈哈哈哈我要是有这些还用问你吗🤣", "honours", {"honours": []}),
        ("单设评审组那个 我们今年报的技师比较多", "organiser_topic", {"organiser_topic": "separate_panel"}),
        ("企业自己能不能搞技能人才的职称评审 我们是规上企业", None, {"organiser_topic": "enterprise_self_evaluation"}),
        ("收到8份材料 1份是评委自己的 不算 还有1个人重复交了两份", "applicant_count", {"applicant_count": 6}),
        ("交通运输系列的工程师", "series", {"series": "交通运输"}),
        ("我在写公众号科普，想确认一下：高级技师评副高是要取得证书后满4年吧？", None, {"target_level": None}),
    ],
)
def test_words_of_the_sixty_eighth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_level_applied_for_with_the_title_held_is_held():
    said = read(
        normalise_text("我是工程师，17年评的中级，去年三月份用工程师职称申请的钳工技师，证拿到了"), dt.date(2026, 1, 12)
    )
    assert said.held_skills == [{"level": "技师", "obtained": "2025-03"}]


def test_an_honour_asked_about_is_not_held():
    said = read(normalise_text("问个事 技术能手分几级啊 我是省里的技术能手 算不算高精尖缺"), dt.date(2026, 6, 1))
    assert said.updates["honours"] == [{"name": "技术能手", "level": "省级"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "他说是二三年底 我看他朋友圈发的是二四年初 搞不清",
            "skill_certificates_obtained",
            {"skill_certificates": None},
        ),
        ("12333这边 来电人是个维修电工技师 2022年6月取证 在合肥上班", None, {"cumulative_work_years": None}),
        ("明天重庆下雨不 我要去工地", "annual_review_results", {"technical_work_interrupted": None}),
        ("我是电视台记者 采访对象说他技师满三年就评上了工程师 这个说法跟文件对得上吗", None, {"title_held": None}),
        ("景德镇做陶瓷的 陶瓷成型工技师 工艺美术那边能评吗", None, {"series": "工艺美术", "track": "skill_to_title"}),
        ("收到9份材料，其中2份是本科毕业的技术员，不算技能人才", "applicant_count", {"related_major_diploma": None}),
        ("她是搞花卉种植的，想评农业系列，她说就是农艺师那种", "series", {"series": "农业", "title_held": None}),
        ("他这会儿不问这个了，他问考技师的报名费是多少、在哪里交", "target_level", {"target_level": None}),
        ("我是助理工程师，21年评的，想申请高级工评价，是不是得先考个中级工才行？", None, {"target_level": "高级工"}),
        ("前年用工程师职称申请的技师，现在想再往高级技师走", None, {"title_held": "中级", "title_obtained": None}),
        ("走技能等级评上的工程师，跟按学历评的工程师，拿到手的证是不是一样的？", None, {"title_held": None}),
        ("助理工程师跟工程师，两个都想了解下", "target_level", {"target_level": None}),
        ("工程还是轻工我也搞不清楚", "series", {"series": None}),
        ("工作室是我领办的，省里挂的牌", "honours", {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]}),
        ("没有。倒是我带的徒弟拿过全国技术能手", "honours", {"honours": None}),
        ("这手老手艺现在会的人没剩几个了，我一直在作坊里干", None, {"new_occupation": None}),
        ("不算新的 唐卡是老手艺了", "new_occupation", {"new_occupation": False}),
        (
            "有一手，祖传的银器錾刻。不过18年到20年出去开了两年出租车，后来又回来了",
            "front_line_mastery",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "借调到后勤管食堂物资 借了两年？不对 就一年",
            "technical_work_interrupted",
            {"technical_work_gap_years": 1.0},
        ),
        ("师傅说我们开叉车的也能评职称了 我也想评 我有高级工证", None, {"track": "skill_to_title"}),
        ("我有职称，想弄个技能等级证", "track", {"track": "title_to_skill"}),
        (
            "一直干这个，返聘以后也是天天下井，跟以前一样",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("不是什么新兴职业，就是普通电工", None, {"new_occupation": False}),
        ("学校让评讲师还是高级讲师我也搞不清，想走技工院校教师系列", None, {"series": "技工院校教师"}),
    ],
)
def test_words_of_the_sixty_ninth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        ("我们班组6个人都是技师 我自己是2021年拿的 想评工程师", None, [{"level": "技师", "obtained": "2021"}]),
        ("我是工程师，今年3月份用职称申请嘞电工技师，证已经下来了", None, [{"level": "技师", "obtained": "2026-03"}]),
    ],
)
def test_levels_held_though_said_of_a_group_or_got_through_a_title(text, pending, held):
    assert read(normalise_text(text), dt.date(2026, 6, 1), pending).held_skills == held


def test_a_date_looked_up_on_the_certificate_settles_one_said_unsure():
    said = read(
        normalise_text("他说好像是18年还是19年 他自己也记不准 后来让他把证翻出来了 证上写的是2019年5月"),
        dt.date(2026, 6, 1),
        "skill_certificates_obtained",
    )
    assert said.corrected_date == "2019-05"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "系啊，2021年7月辞嘅职，2023年7月返嚟，啱啱两年，返嚟之后一直喺化验室",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "一直在跑啊没停过 就过年回玉林歇了半个月",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "白天在厂里当电工 晚上下班跑跑滴滴挣点外快 电工活一天没断过",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "冇断过 一直修车嘅 哦 中间有大半年喺4S店前台做接待",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("经济系列吧 我们搞电商的 总不能评工程吧哈哈", "series", {"series": "经济"}),
        ("经济那块吧 工程？我们又不搞工程", "series", {"series": "经济"}),
        ("单位是中铁的 人在拉萨修川藏铁路 项目部就在这 就在西藏报吧", "province", {"major_contribution": None}),
        ("好像是技师 证在老家压箱底 回去翻翻", "skill_certificates", {"skill_certificates": None}),
        ("好像是助理级 也可能去年已经下中级了 我回去翻下文件", "title_held", {"title_held": None}),
        ("副高还是中级 你帮我看哪个能上", "target_level", {"target_level": None}),
        ("报上来九个 两个是工程师不算 另外退回去一个", "applicant_count", {"applicant_count": 6}),
        ("我是厂里人事 今年有6个技师想评工程师 要不要给他们单独分个组", None, {"applicant_count": 6}),
        ("我爸是高级技师 明年就退休了 退休金能不能按副高算", None, {"target_level": None}),
        ("年年优秀 话说评上高级工程师能转事业编不", "annual_review_results", {"title_held": None}),
        ("从九六年进瓷厂到现在 一直在干 没歇过", "cumulative_work_years", {"cumulative_work_years": 30.0}),
        ("来电人说对口 他一直在变电检修岗", "occupation_matches_post", {"occupation_matches_post": True}),
        ("那我是技师 是不是就可以直接去报高级工程师了？", None, {"wants_direct_application": True}),
        ("想评直称 就那个助里工程师", "track", {"target_level": "助理级"}),
        ("考核一直称职", "annual_review_results", {"annual_reviews_all_pass": True}),
        ("维修电工技师 想评工程师 我算了下差不多满三年了", None, {"target_level": "中级"}),
        ("救命 三级证能不能直接评中级啊 我不想再等了", None, {"wants_direct_application": True}),
        (
            "我电工高级工 19年拿的 助理工程师那玩意儿没意思 我要直接评工程师",
            None,
            {"target_level": "中级", "wants_direct_application": None},
        ),
        ("20年3月到年底 厂里停产 让我去食堂帮厨", "technical_work_interrupted", {"technical_work_gap_years": 0.75}),
        (
            "今年收到技能人才申报材料14份 有2份是同一个人重复交的 另外1个说今年不报了",
            "applicant_count",
            {"applicant_count": 12},
        ),
    ],
)
def test_words_of_the_seventieth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "as_of", "date"),
    [
        ("我00年的 二十三岁那年考下来的", dt.date(2025, 6, 1), "2023"),
        ("我今年三十 二十五岁那年拿的", dt.date(2026, 6, 1), "2021"),
        ("21年中秋那阵 月饼都还没吃完证就到手了", dt.date(2026, 6, 1), "2021"),
        ("元旦过后没几天就发下来了 二四年的元旦", dt.date(2026, 6, 1), "2024-01"),
        ("21年 十一长假前一个礼拜考的", dt.date(2026, 6, 1), "2021-09"),
        ("元旦过后发的证 就今年", dt.date(2026, 6, 1), "2026-01"),
    ],
)
def test_dates_said_by_age_or_holiday(text, as_of, date):
    assert read(normalise_text(text), as_of, "skill_certificates_obtained").corrected_date == date


def test_a_month_short_of_the_years_is_that_much_less():
    said = read(normalise_text("差一个月满三年"), dt.date(2026, 6, 1), "skill_certificates_obtained")
    assert said.corrected_years_held == 2.92


def test_a_year_with_no_review_is_left_out_of_the_list():
    said = read(normalise_text("22年刚进来实习 没考核 23 24都是合格"), dt.date(2025, 3, 1), "annual_review_results")
    assert said.updates["annual_review_results"] == ["合格", "合格"]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("技师5个 高级技师2个 另外有个评委自己也交了 不算", "applicant_count", {"applicant_count": 7}),
        (
            "原来报了9个 退回去2个材料不全的没再交 后来又补报了1个 还有1个是按学历评的工程师 不算技能人才",
            "applicant_count",
            {"applicant_count": 7},
        ),
        ("另外请了3个高级技师来当评委 报了5个", "applicant_count", {"applicant_count": 5}),
        (
            "这个不好说 中间被调去仓库帮过一阵忙 多久记不清了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True},
        ),
        (
            "这个我也说不准 得问他们单位 他自己说一直在干吧",
            "technical_work_interrupted",
            {"technical_work_interrupted": None},
        ),
        ("经济系列可以不 我们搞物流管理的", "series", {"series": "经济", "technical_work_interrupted": None}),
        ("他想一步到位评中级 助理的他说没意思", "target_level", {"target_level": "中级"}),
        ("想问一哈能不能评工程师 还是只能评助理", None, {"target_level": "中级"}),
        (
            "手上有绝活 没得你们说的那些国家级荣誉 云南这边能不能特殊评审个高级工程师",
            None,
            {"honours": [], "target_level": "副高级", "series": "工程"},
        ),
        ("我在宜昌港开叉车 只有个叉车证 那我考了以后能评职称不", None, {"skill_certificates": []}),
        ("我们县里好多做豆腐的老师傅 都没证 这种能评职称吗", None, {"skill_certificates": None}),
        ("我在集团是技师 集团自己评的工程师 跟去省里评的工程师 认不认一样的", None, {"target_level": None}),
        ("我是技师 想问下技师评工程师跟高级工评助理工程师 年限哪个要求长", None, {"target_level": None}),
        ("高级工技师一大堆，厂里能不能自己组织职称评审？", None, {"skill_certificates": None}),
    ],
)
def test_words_of_the_seventy_first_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_level_said_wrongly_at_first_and_then_read_off_the_certificate_is_replaced():
    said = read(normalise_text("来电人茶艺师，开始说是三级证，后来翻出证来一看是二级，2020年10月发的证"), TODAY)
    assert said.held_skills == [{"level": "技师", "obtained": "2020-10"}]


def test_the_month_heard_as_yue_by_voice_input_is_a_month():
    said = read(normalise_text("技市证是二零二二年三约份拿的"), TODAY, "skill_certificates_obtained")
    assert said.held_skills == [{"level": "技师", "obtained": "2022-03"}]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("前年用工程师职称申请的钳工技师", [{"level": "技师", "obtained": "2024"}]),
        ("我是工程师 想评中职讲师 用技师可以评吗", [{"level": "技师"}]),
        ("去年凭中级职称去报的电工技师", [{"level": "技师", "obtained": "2025"}]),
    ],
)
def test_the_level_one_applies_with_is_held(text, held):
    assert read(normalise_text(text), dt.date(2026, 6, 1)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("一直打银饰 十几年莫歇过", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("哈尔滨 道里区上班 证拿了以后一直在这个厂干 没挪窝", "province", {"technical_work_interrupted": False}),
        (
            "22年下半年厂里把我抽去门口看了半年大门 后来又回炉前了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "24年去我老公饭店里帮了三个月厨 其他时候都在绣",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        ("就工程师 副高俺可不敢想", "target_level", {"target_level": "中级"}),
        ("他说副高中级都行 你们看着办", "target_level", {"target_level": None}),
        ("就是农艺师那种", "series", {"series": "农业", "title_held": None}),
        ("工程？俺们又不搞工程 俺是种苹果的", "series", {"series": None}),
        ("我都唔知应该归边个系列 工程定系其他？", "series", {"series": None}),
        ("维修电工技师啊 同我岗位一样", "target_level", {"occupation_matches_post": True}),
        ("他中间被派去外省做了一年销售支持 22年到23年", "technical_work_interrupted", {"province": None}),
        ("我在外省 不是云南", "province", {"province": "其他"}),
        ("想推荐我们一个化工总控工技师评工程师", None, {"target_level": "中级"}),
    ],
)
def test_words_of_the_seventy_second_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("助理工程师吧 工程师我怕不够格", "target_level", {"target_level": "助理级"}),
        ("她说想评工程师 高级工程师她说自己够不着", "target_level", {"target_level": "中级"}),
        ("我是车间主任 想给我们班组的老王报工程系列的中级职称", None, {"target_level": "中级", "title_held": None}),
        ("工程系列吧 我们单位有评工程师的", "series", {"series": "工程", "target_level": None}),
    ],
)
def test_words_of_the_seventy_third_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "技师 我都副高级工程师了 考个技师应该没问题吧",
            "target_level",
            {"title_held": "副高级", "target_level": "技师"},
        ),
        ("想评助理工程师 高级工上个月刚考完 证还没下来", "target_level", {"target_level": "助理级"}),
        ("厂里停产 他在家歇了一整年 啥也没干", "technical_work_gap_years", {"skill_certificates": None}),
    ],
)
def test_words_of_the_seventy_fourth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("22年厂办缺人 把我借过去了 整整一年没下车间 23年才回来", 1.0),
        ("考核年年合格 这三年都是合格 停产那年也评了合格", None),  # the reviews' years are no length
    ],
)
def test_time_away_of_the_seventy_fourth_round(text, gap):
    said = read(normalise_text(text), dt.date(2026, 6, 1), "technical_work_gap_years").updates
    assert said.get("technical_work_gap_years") == gap


@pytest.mark.parametrize(
    ("text", "as_of", "date"),
    [
        ("我今年四十二 三十八那年考下来的", dt.date(2026, 6, 1), "2022"),
        ("我是94年的 27岁那年考下的", dt.date(2024, 6, 1), "2021"),
        ("23年五一过后俩月吧 证下来就一直在车间干", dt.date(2026, 6, 1), "2023-07"),
    ],
)
def test_dates_said_by_age_or_months_from_a_holiday(text, as_of, date):
    assert read(normalise_text(text), as_of, "skill_certificates_obtained").corrected_date == date


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("22年国庆前俩月拿的高级工", [{"level": "高级工", "obtained": "2022-08"}]),
        ("我88年的 三十五那年拿的维修电工技师", [{"level": "技师", "obtained": "2023"}]),
        ("他是1998年的 二十五岁那年考的技师", [{"level": "技师", "obtained": "2023"}]),
        ("他证上写嘞 维修电工 壹级", [{"level": "高级技师"}]),
        ("想推荐我们一个化工总控工技师评工程师", [{"level": "技师"}]),
    ],
)
def test_levels_held_in_the_words_of_the_seventy_second_round(text, held):
    assert read(normalise_text(text), dt.date(2026, 6, 1)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("辞职在屋里带了两年娃 22年才回来重新上班", "technical_work_interrupted", {"cumulative_work_years": None}),
        ("先考中级经济师吧 哦不 还是考统计 经济那个书太厚了", "exam", {"exam": "统计"}),
        ("技市能评高及工程师不 我技市证书拿了五年了", None, {"target_level": "副高级"}),
        ("我爱人是汽车维修工技市 他想评个工程是 在蚌埠", None, {"target_level": "中级"}),
        ("延边州人社局职称科 今年报了6个 这是云南的规定还是全国都这样", None, {"province": "吉林"}),
        ("能评化工的吗 还是只能评工程", "series", {"series": None}),
        ("我是化肥厂的助理工程师 想问问化工总控工高级工咋申请", None, {"target_level": "高级工"}),
        (
            "去年单位改制 没搞考核 前年和大前年都是合格",
            "annual_review_results",
            {"annual_review_results": ["合格", "合格"]},
        ),
    ],
)
def test_words_of_the_seventy_fifth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "gap"),
    [
        ("辞职在屋里带了两年娃 22年才回来重新上班", "technical_work_interrupted", 2.0),
        ("去工地看过半年大门 后来又回家种了一年地", "technical_work_interrupted", 1.5),  # 又回家: another spell
        # (那没干: the answer, not 干 22年 — the length is the loan's year)
        ("那没干 22年让厂办借过去整整一年 写材料 没下车间 23年才回来", "technical_work_interrupted", 1.0),
    ],
)
def test_time_away_of_the_seventy_fifth_round(text, pending, gap):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2019"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending, known).updates
    assert said.get("technical_work_gap_years") == gap


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("来电人是农机修理工 技师 他老婆说是20年拿的 他自己说21年", [{"level": "技师"}]),  # two years, none known
        ("说是2019年拿的技师 哦他又改口说是2020年8月", [{"level": "技师", "obtained": "2020-08"}]),  # corrected
        ("高级技师评副高是要拿证以后满四年对吧", []),  # a rule checked: neither the years nor the level held
    ],
)
def test_certificates_of_the_seventy_fifth_round(text, held):
    assert read(normalise_text(text), dt.date(2026, 6, 1), None).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "没断过 就一直开数控 跳过一回槽 从青岛跳到潍坊 干的还是数控",
            "technical_work_interrupted",
            {"wants_direct_application": None},
        ),
        ("助理工程师 哦不对 前年评上工程师了 助理那是老早的事", "title_held", {"title_held": "中级"}),
        (
            "她爱人是电焊工 技师 想问能评工程师不 她自己是会计 这个不用管",
            None,
            {"track": "skill_to_title", "exam": None},
        ),
        ("我是中级会计师 想考个技能等级证", None, {"title_held": "中级"}),  # the title, not what she works as
        ("高级技师 能不能评副高 不够年限的话能不能走特殊评审", None, {"target_level": "副高级"}),
        ("近三年都是称职 俺们那都叫称职不称职", "annual_review_results", {"annual_reviews_all_pass": True}),
        ("评上了工程师单位能给分房不", None, {"title_held": None}),  # what a title would bring
        ("今天双十一 俺啥也没买 就想问问职称评审今年啥时候开始报名", None, {"skill_certificates": None}),
        ("俺们厂里好多老师傅都没证 手艺贼好 这种能评职称不", None, {"skill_certificates": None}),  # a group's
        ("副高嘛 正高么不敢想", "target_level", {"target_level": "副高级"}),
        ("助理工程师啦 工程师都够唔到", "target_level", {"target_level": "助理级"}),
        ("镂空雕那手活整个剑川都找不出几个 三十年一直在作坊头", "front_line_mastery", {"front_line_mastery": True}),
        ("绝活算是有 不过这几年调去管销售了", "front_line_mastery", {"front_line_mastery": False}),
        ("市人社局职称科 评委会收到高技能人才申报材料11份 其中1份重复 1份是学历评的", None, {"applicant_count": 9}),
        ("技师五个 高级技师两个 还有一个是按学历评的工程师 那个不算", "applicant_count", {"applicant_count": 7}),
        ("中间歇过一阵 多久记不清了", "technical_work_interrupted", {"technical_work_interrupted": True}),
        ("无 一直在做 无歇过", "technical_work_interrupted", {"technical_work_interrupted": False}),
    ],
)
def test_words_of_the_seventy_sixth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("2021年3月到年底 厂里停产 俺在家待着 其他时候都在车间", 0.75),  # 其他时候都在车间: the rest of the time
        ("现在在跑网约车 跑了快两年了 厂里活少", None),  # still away: no length yet
        ("21年厂头没单子 我去送了半年外卖 23年辞职回家带了一年娃 其他时候都在打版", 1.5),  # two spells
        ("去年厂头派我去贵阳项目上干了半年，干嘞还是模具，其他时候都在厂头", None),  # the same work elsewhere
    ],
)
def test_time_away_of_the_seventy_sixth_round(text, gap):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2019"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), "technical_work_interrupted", known).updates
    assert said.get("technical_work_gap_years") == gap


def test_a_spell_away_told_in_a_life_story_is_not_undone_by_the_work_after_it():
    text = "原来在钢厂干电工 一七年考的技师 一直干到二二年 然后厂子搬迁 我在家歇了一年 二三年又去了一个新厂 还是干电工"
    said = read(normalise_text(text), dt.date(2026, 6, 1), None).updates
    assert (said.get("technical_work_interrupted"), said.get("technical_work_gap_years")) == (True, 1.0)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("有个高级工证 好像是…二〇二三年吧 还是二四年 记不住了", [{"level": "高级工"}]),  # one or the other
        ("电焊工 技师 证是21年的年中拿的", [{"level": "技师", "obtained": "2021-06"}]),
    ],
)
def test_certificates_of_the_seventy_sixth_round(text, held):
    assert read(normalise_text(text), dt.date(2026, 6, 1), None).held_skills == held


@pytest.mark.parametrize(
    ("text", "as_of", "date"),
    [
        ("21年年中 证上写的是七月", dt.date(2026, 6, 1), "2021-07"),  # the month the certificate shows
        ("前年过完年考的 证是那年五月份发下来的", dt.date(2026, 6, 1), "2024-05"),
        ("35岁嗰年 我系78年出世", dt.date(2026, 6, 1), "2013"),
        ("三年几前啦", dt.date(2025, 8, 20), "2022-08"),
        ("他说是二三年底 他媳妇在旁边说是二四年初 俩人在电话那头吵起来了", dt.date(2026, 6, 1), None),
    ],
)
def test_dates_of_the_seventy_sixth_round(text, as_of, date):
    assert read(normalise_text(text), as_of, "skill_certificates_obtained").corrected_date == date


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("这个不敢说 就是参加过港珠澳大桥的钢结构 焊了两年", "major_contribution", {"major_contribution": False}),
        ("宜昌 三峡那边搞水电安装的 技师 19年6月份拿证 评工程师够了吧", None, {"major_contribution": None}),  # a place
        ("哈密吐哈油田的 高级工 三年前拿的证 能不能直接评工程师 不想评助理", None, {"target_level": "中级"}),
        ("我老公在独山子石化当仪表工 高级工证20年拿的", None, {"province": "新疆"}),
        (
            "我是杨凌的农技员 想评农艺师 是不是要三年考核都合格才行 对吧",
            None,
            {"province": "陕西", "annual_reviews_all_pass": None},
        ),
        ("考核都还行吧 应该没问题", "annual_review_results", {"annual_reviews_all_pass": None}),  # hedged
        ("多少人以上要单设评审组 云南那个文件说的5人 浙江也一样吗", None, {"applicant_count": None}),  # the rule's five
        (
            "评委会收到申报材料8份，其中1份退回后没有再交，还有1份是按学历申报的工程师，不算技能人才",
            None,
            {"applicant_count": 6},
        ),
        (
            "今年有5个技师想报工程师 另外还有1个是按学历评的 不算 评委会要单设组吗",
            None,
            {"applicant_count": 5},
        ),  # beside, not among
        ("报名13人，其中2人是大学生技术员没有技能等级，另外有1人已经说不报了", None, {"applicant_count": 10}),
        ("一直在茶厂评茶 莫改行", "technical_work_interrupted", {"technical_work_interrupted": False}),
    ],
)
def test_words_of_the_seventy_seventh_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_clause_left_without_work_does_not_make_the_next_years_a_length():
    known = {"skill_certificates": [{"level": "高级工", "obtained": "2022-03"}]}
    text = normalise_text("有段时间冇做 23年厂里停产 我返湛江老家帮阿爸出海打鱼 搞咗半年 之后返嚟继续做电工")
    said = read(text, dt.date(2024, 11, 5), "technical_work_gap_years", known).updates
    assert said.get("technical_work_gap_years") == 0.5


def test_a_rule_checked_holds_nothing():
    said = read(normalise_text("高级技师评副高是拿证后满4年吧 是不是这么算的"), dt.date(2026, 6, 1), None)
    assert said.held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我在北京公交开了二十年车 有高级技师 一六年拿的", None, {"technical_work_gap_years": None}),  # their trade
        ("我系文昌嘅渔民 揸船揸咗廿年 冇乜证 能唔能评职称", None, {"skill_certificates": []}),
        ("副高吧 唔得嘅话中级都得", "target_level", {"target_level": "副高级"}),  # the fall-back after
        ("工程师咯 助理的冇得味", "target_level", {"target_level": "中级"}),
        ("从九五年进矿到现在", "cumulative_work_years", {"cumulative_work_years": 31.0}),
        ("08年进矿 12年拿的高级工", None, {"cumulative_work_years": None}),  # when they began, not asked
        ("经济系列还是工程系列 你帮我睇下 边个好", "series", {"series": None}),
        ("我在安化做黑茶 评茶员技师 前年拿的", None, {"province": "湖南"}),
    ],
)
def test_words_of_the_seventy_eighth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("一直喺胶林割胶嘅 就系23年去海口帮亲戚揸咗大半年的士 返嚟又继续割", 0.5),
        ("22年回屋种了一年地 24年又去工地看了半年大门", 1.5),
    ],
)
def test_time_away_of_the_seventy_eighth_round(text, gap):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2019"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), "technical_work_interrupted", known).updates
    assert said.get("technical_work_gap_years") == gap


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("高级技师评副高是不是取得证书后满4年就行", None, {"skill_certificates": None}),  # the rule's years
        ("我系东莞做物流嘅 叉车证有 技能等级证冇 咁可唔可以评职称啊", None, {"skill_certificates": []}),
        ("绝活算是有 不过这几年调去管安全了", "front_line_mastery", {"front_line_mastery": False}),
        ("我是二级建造师 又是高级工 能不能再考个一建", None, {"title_held": None, "exam": "建造师"}),
        ("从2010年毕业干到现在", "cumulative_work_years", {"cumulative_work_years": 16.0}),
        ("海拉尔 奶粉厂的 乳品加工工高级技师 想评高级工程师 还是说只能评农业的", None, {"series": None}),
        ("技师5个 高级技师2个 还有1个评委自己也报了 不算", "applicant_count", {"applicant_count": 7}),
        ("我是丽江的民宿管家 旅游这块 听说可以评其他系列的 就其他系列嘛", "series", {"series": "其他"}),
        ("画唐卡的 有绝活 可以特殊评审吗 副高", None, {"target_level": "副高级", "title_held": None}),
        ("这个问题跳过 下一个", "annual_review_results", {"wants_direct_application": None}),
    ],
)
def test_words_of_the_seventy_ninth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("一九年七月份考下来的 证是九月发的", "2019-09"),  # dated by its issue
        ("19年7月 证上写的7月15号", "2019-07-15"),
        ("二二年年底那阵 证上写的是11月", "2022-11"),
    ],
)
def test_certificate_dates_of_the_seventy_ninth_round(text, obtained):
    assert read(normalise_text(text), dt.date(2026, 6, 1), "skill_certificates_obtained").corrected_date == obtained


@pytest.mark.parametrize(
    ("text", "interrupted", "gap"),
    [
        ("18年到20年出去开了两年出租车 拿证以后就一直在修车了", False, None),  # before the certificate
        ("22年的基本合格 那年腰椎间盘突出歇了仨月 23、24都合格", None, None),  # sick leave
    ],
)
def test_time_away_of_the_seventy_ninth_round(text, interrupted, gap):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2020-04"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), "technical_work_gap_years", known).updates
    assert (said.get("technical_work_interrupted"), said.get("technical_work_gap_years")) == (interrupted, gap)


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("高级技师评副高是拿证满四年还是满三年 文件咋个说的", None, {"skill_certificates": None}),
        ("你好 我是贵阳的 技市 二级那个 想问问能评工程事不", None, {"target_level": "中级"}),  # 工程事: 工程师
        ("他是高级技师 在都匀 想评高工程师", None, {"target_level": "副高级"}),
        ("这个不敢说 就是参加过贵南高铁隧道施工", "major_contribution", {"province": None}),  # a line, no place
        (
            "从九六年进厂算 到今年整三十年了 哦不 中间当兵走了两年 那就二十八年",
            "cumulative_work_years",
            {"cumulative_work_years": 28.0},
        ),
        ("职称没得 我就想评一个 技师证倒是有", "title_held", {"track": None}),  # no title held
        (
            "哈尔滨的 中级会计师 18年考下来的 想考个技能等级证 行不行",
            None,
            {"title_held": "中级", "exam": None, "track": "title_to_skill"},
        ),
        ("政府津贴有 州政府的", "honours", {"honours": [{"name": "政府特殊津贴", "level": "市级"}]}),
        ("5个 正好5个算不算5人以上", "applicant_count", {"applicant_count": 5}),  # the count, then the rule
        ("我在凤凰古城开店 高级工 能评工艺美术的职称不", None, {"province": "湖南"}),
        ("卫生系列？还是哪个 我也不懂 你帮我看", "series", {"series": None}),
        ("一直冇转行", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("烹饪哪里是新职业，老行当了", "new_occupation", {"new_occupation": False}),
        ("来电人称不属于新兴职业。", "new_occupation", {"new_occupation": False}),
    ],
)
def test_words_of_the_eightieth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        (
            "我在个旧锡矿干爆破 厂子2015年改制 改制后第二年考的高级技师",
            None,
            [{"level": "高级技师", "obtained": "2016"}],
        ),
        ("技师是2022年拿的 哦不对 我说错了 是高级工 技师还没考呢", None, [{"level": "高级工", "obtained": "2022"}]),
        ("疫情那年考的 证是第二年才发下来的 具体哪年真记不清了", "skill_certificates_obtained", []),  # which year
        ("那年我家娃儿刚上小学 开学那阵子拿的 娃儿今年上五年级了", "skill_certificates_obtained", []),  # the child's
    ],
)
def test_certificates_of_the_eightieth_round(text, pending, held):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending)
    assert (said.held_skills, said.corrected_date, said.corrected_years_held) == (held, None, None)


@pytest.mark.parametrize(
    ("text", "interrupted", "gap"),
    [
        ("拿证以后一直在一线 就是去年下半年被派去新疆项目部干了半年 干的还是电焊", False, None),
        ("拿证后回定西老家种了两年洋芋 23年又出来上班了 还是干钳工", True, 2.0),  # away, then back at the trade
    ],
)
def test_time_away_of_the_eightieth_round(text, interrupted, gap):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2020"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), "technical_work_gap_years", known)
    assert (said.updates.get("technical_work_interrupted"), said.updates.get("technical_work_gap_years")) == (
        interrupted,
        gap,
    )
    assert said.corrected_date is None and "cumulative_work_years" not in said.updates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("21年5月 不是 是6月 证上写的6月", "2021-06"),  # corrected
        ("20年疫情 厂里停工之前考的 证上印的是2020年6月", "2020-06"),
    ],
)
def test_dates_of_the_eightieth_round(text, date):
    said = read(normalise_text(text), dt.date(2026, 6, 1), "skill_certificates_obtained")
    assert said.corrected_date == date and "technical_work_interrupted" not in said.updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("泉州做石雕的 高级技师 拿证四年零两个月 想评副高 工艺美术那个", None, {"series": "工艺美术"}),
        ("对口的 我岗位就是维修电工 申请的也是电工技师", "occupation_matches_post", {"target_level": "技师"}),
        ("前年评的 腊月里", "title_obtained", {"title_obtained": None}),  # a date said alone: corrected_date
        ("石家庄的 高级工 想考幼儿园教师资格证 这个跟贯通有关系吗", None, {"exam": "教师资格", "series": None}),
        (
            "太原一家装备制造企业 职工八百多人 这次有12个技能人才报职称 其中3个是按学历报的 想问单设评审组的事",
            None,
            {"applicant_count": 9},
        ),
        ("和平区人社局职称科 今年技能人才报工程系列的一共6个", None, {"applicant_count": 6}),
        (
            "青海省某工程系列评委会的 今年高技能人才申报了5个 正好5个算不算5人以上 要不要单设",
            None,
            {"applicant_count": 5},
        ),
        ("我在马鞍山钢厂 技师 评上工程师能不能分房子", None, {"title_held": None}),  # what it would bring
        ("专业技术人员取得副高级职称可以申请哪一级技能评价", None, {"title_held": None}),  # a kind of person
    ],
)
def test_words_of_the_eighty_first_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "updates"),
    [
        ("不是哪样新职业，养老护理员老早就有了", {"new_occupation": False}),
        ("俺有高级工证 能考那种专业技术人员职业资格不", {"track": "qualification_exam"}),
        ("厨师算啥子新职业嘛，不是", {"new_occupation": False}),
        ("从2008年毕业就在太原这个电厂干，一直干到现在", {"cumulative_work_years": 18.0}),
    ],
)
def test_replies_of_the_eighty_first_round(text, updates):
    pending = next(iter(updates))
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_when_work_began_said_in_an_opening_counts_no_years():
    text = "我15年中专毕业就进厂了 18年拿的高级工 22年拿的技师 一直在干机加 在东莞 能不能搞个工程师"
    assert "cumulative_work_years" not in read(normalise_text(text), dt.date(2026, 6, 1), None).updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("石家庄一建筑公司人力资源部 今年高技能人才报职称的有3个 要单独分组评吗", None, {"exam": None}),
        ("帮我阿叔问的，他在三亚做潜水教练，有没有技能等级证书我也不清楚", None, {"skill_certificates": None}),
        ("有绝活，但这两年调到安全科去了", "front_line_mastery", {"front_line_mastery": False}),
        ("技师4个 高级技师2个，还有1个材料退回去了没补", "applicant_count", {"applicant_count": 6}),  # one beside
        ("彩灯这个好像没得对应系列", None, {"series": None}),  # 对应 is no series
    ],
)
def test_words_of_the_eighty_second_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_year_back_home_in_hokkien_is_time_away():
    known = {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]}
    text = normalise_text("23年回安溪厝里种了一年茶 24年又回码头开门机")
    said = read(text, dt.date(2025, 3, 20), "technical_work_interrupted", known).updates
    assert said.get("technical_work_gap_years") == 1.0


def test_a_twelfth_lunar_month_said_after_the_year_is_the_next_january():
    assert read(normalise_text("前年评的 腊月里"), dt.date(2026, 6, 1), "title_obtained").corrected_date == "2025-01"


def test_a_spell_before_the_certificate_is_no_time_away():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2021"}]}
    text = normalise_text("冇停过 一直在车间焊 20年疫情在屋里歇了两个月 那时候证都还冒拿")
    said = read(text, dt.date(2026, 6, 1), "technical_work_gap_years", known).updates
    assert said.get("technical_work_interrupted") is not True and "technical_work_gap_years" not in said


def test_the_issue_date_is_read_from_the_clause_that_dates_it_not_from_the_question():
    text = "高级工评助理工程师要满两年，是从发证那天算还是考试那天算？我是23年10月考的，24年1月发的证"
    assert read(normalise_text(text), dt.date(2026, 6, 1), None).held_skills == [
        {"level": "高级工", "obtained": "2024-01"}
    ]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("一共收了11份，有2份是按学历报嘞工程师，还有1份是评委自己嘞，不算", "applicant_count", {"applicant_count": 8}),
        ("一车间报了3个，二车间2个，机修那边还没报上来", "applicant_count", {"applicant_count": 5}),  # part by part
        ("一车间报了4个，二车间3个，二车间有1个材料退回去以后没再交", "applicant_count", {"applicant_count": 6}),
        ("人数还在统计，我们厂是规模以上嘞", "applicant_count", {"enterprise_above_scale": True}),  # the count unsure
        (
            "国家那个技术能手没评上，省里嘞倒是有一个，2020年",
            "honours",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        ("岗位跟钳工不太沾边，额现在主要搞设计", "occupation_matches_post", {"occupation_matches_post": False}),
        ("阮师傅做木雕四十冬了 一本证都无 伊想欲评职称 会使无", None, {"skill_certificates": []}),
        ("我喺东莞做会计助理 冇技能证 想考中级会计师", None, {"title_held": None}),  # an assistant's job
        ("俺是阳泉嘞技师，想问问退休以后待遇能不能比照工程师", None, {"target_level": None}),  # a treatment compared
        ("二〇二二年吧 还是二三年 记不清了", "skill_certificates_obtained", {"skill_certificates": None}),  # either
    ],
)
def test_words_of_the_eighty_third_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "as_of", "reviews"),
    [
        # a year spent away is no review year; a year not reviewed is left out
        ("考核？22年23年那两年我出去送外卖了，去年才回厂头来，去年那个考核是合格", dt.date(2025, 6, 18), ["合格"]),
        (
            "技师是21年拿嘞，22年回家带了一年娃，考核22年在家没考，23年合格，24年优秀",
            dt.date(2025, 5, 20),
            ["优秀", "合格"],
        ),
    ],
)
def test_reviews_of_years_away_are_not_counted(text, as_of, reviews):
    said = read(normalise_text(text), as_of, "annual_review_results").updates
    assert said.get("annual_review_results") == reviews and said.get("annual_reviews_all_pass") is not True


def test_a_return_month_after_a_dated_spell_is_in_the_spells_year():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2022-07"}], "technical_work_interrupted": True}
    text = normalise_text("23年3月厂里活少 额停薪留职出去跑货车 12月回来的 回来以后一直在焊")
    said = read(text, dt.date(2026, 1, 10), "technical_work_gap_years", known).updates
    assert said.get("technical_work_gap_years") == 0.75


def test_the_month_of_that_year_said_after_the_year_dates_it():
    text = normalise_text("评上有五年了吧，就是21年，文件是那年11月下来嘞")
    assert read(text, dt.date(2026, 6, 1), "title_obtained").corrected_date == "2021-11"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("二五年优秀 二四 二三都是合格", "annual_review_results", {"annual_review_results": ["优秀", "合格", "合格"]}),
        (
            "除了生娃休了产假 其他时间都在美容院上班 一直做皮肤管理",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("中间有段时间冇做 多久唔记得了", "technical_work_interrupted", {"technical_work_interrupted": True}),
        ("技师4个 高级技师3个 其中有个高级技师是评委自己 不算", "applicant_count", {"applicant_count": 6}),
        ("正好5个 5个算不算5人以上", "applicant_count", {"applicant_count": 5}),
        ("助理工程师还是工程师", "series", {"target_level": None, "title_held": None}),  # the options weighed
        ("物流这块 能评经济系列不 还是只能评工程", "series", {"series": None}),
        ("赣南脐橙合作社做农艺工 高级工 22年考的 能评助理农艺师么", None, {"province": "江西"}),
        ("六盘水煤矿 高级技师 17年拿的证 想评高级工程是 可以走绿色通到不", None, {"target_level": "副高级"}),
    ],
)
def test_words_of_the_eighty_fourth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 10), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("中间调到车队开了一年半的通勤车 后来又回检修班了 现在还是干车辆钳工", 1.5),  # a driving job, away
        ("15年到17年出去跑了两年运输 18年考的技师 考完一直在矿上干机电", None),  # before the certificate
    ],
)
def test_time_away_of_the_eighty_fourth_round(text, gap):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2018"}]}
    said = read(normalise_text(text), dt.date(2026, 3, 10), "technical_work_interrupted", known).updates
    assert said.get("technical_work_gap_years") == gap and said.get("technical_work_interrupted") is (gap is not None)


def test_no_certificate_back_then_is_not_none_now():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2020"}]}
    text = normalise_text("拿证以后一直在油田焊 早先15到17年去南方打过工 那会儿还没证呢")
    said = read(text, dt.date(2024, 9, 1), "technical_work_interrupted", known).updates
    assert "skill_certificates" not in said and said.get("technical_work_interrupted") is False


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("证上头写嘞是2021年9月", "skill_certificates_obtained", {}),  # no level: tested in the pipeline
        ("一共收了9份 有1份是按学历报的工程师 还有1份退回去了没再交", "applicant_count", {"applicant_count": 7}),
        ("一共收了11份 有2份是按学历报的工程师 还有1份是评委自己的", "applicant_count", {"applicant_count": 8}),
        (
            "大理州林场 我是林木种苗工技师 想评农业系列嘞中级 18年拿嘞证",
            None,
            {"target_level": "中级", "title_held": None},
        ),
        ("秦岭林区搞林下经济 我有高级工 能评啥职称", None, {"series": None}),
        ("我儿子在两江新区一个汽车厂 焊工技师 他想评工程师", None, {"province": "重庆"}),
        ("等哈 前头说的津贴那个是我爸的 我自己啥都没有 绝活也谈不上", "front_line_mastery", {"honours": []}),
        ("高精尖缺那个 云南省政府认定过", "honours", {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]}),
        (
            "玉溪市政府给嘞津贴 还有个红塔区劳模 就这两个",
            "honours",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}, {"name": "劳动模范", "level": "县级"}]},
        ),
        (
            "我亦庄车厂干装调的 市里把我认定成高精尖缺高技能人才了",
            None,
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        ("zc咋评 我高级工", None, {"track": "skill_to_title"}),
        ("工地上嘞技术员都是助理工程师 我这种能不能也评一个嘛", None, {"target_level": "助理级", "title_held": None}),
        ("厂里有人评上工程师了 他也想评", None, {"target_level": "中级", "title_held": None}),
        ("我们车间的技术员都是助理工程师", None, {"title_held": None, "target_level": None}),
        ("那些年轻娃儿读了大学两三年都评起工程师了 我们这种老师傅考了技师嘞", None, {"title_held": None}),
        ("高级工证16年就拿了 想直接评工程师 助理那个我不要 年纪大了评助理没意思", None, {"target_level": "中级"}),
        ("我是工程师 想申请数控车工技师 工程师能直接报吗", None, {"title_held": "中级", "target_level": "技师"}),
        ("22年在厝里没考核 23年24年都合格", "technical_work_interrupted", {"technical_work_interrupted": True}),
        ("从来没得离开过，改行？改啥子行哦", "technical_work_gap_years", {"technical_work_interrupted": False}),
    ],
)
def test_words_of_the_eighty_fifth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 10), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "known_title", "pending"),
    [
        ("对口 我是焊接工艺工程师 天天跟焊接打交道", "副高级", "occupation_matches_post"),  # the post's name
        ("不对 我是高级工程师", "中级", "occupation_matches_post"),  # a correction names the title
    ],
)
def test_a_fields_engineer_after_a_known_title_names_the_post(text, known_title, pending):
    said = read(normalise_text(text), dt.date(2026, 3, 10), pending, {"title_held": known_title}).updates
    corrected = "不对" in text
    assert ("title_held" in said) is corrected


def test_a_fields_engineer_asked_the_series_describes_it():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2022"}]}
    said = read(normalise_text("工程系列 就是那个纺织工程师嘛"), dt.date(2026, 3, 10), "series", known).updates
    assert said.get("series") == "工程" and "title_held" not in said


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        (
            "哎呀这个我记不清楚了哦，好像是21年还是22年…你等哈我去柜子头翻下证……找到了找到了，证上头写嘞是2021年9月",
            "2021-09",
        ),
        ("这个我记得不太清楚，好像20年还是21年……我看了一下证书，写的是2021年3月", "2021-03"),
        ("前年评嘞 腊月里", "2025-01"),  # the twelfth lunar month of 2024
        ("我是94年嘞 27岁那年", "2021"),  # born in 1994, at 27
    ],
)
def test_dates_of_the_eighty_fifth_round(text, obtained):
    known = {"skill_certificates": [{"level": "技师"}]}
    said = read(normalise_text(text), dt.date(2026, 3, 10), "skill_certificates_obtained", known)
    assert said.corrected_date == obtained


@pytest.mark.parametrize(
    "text",
    ["我姐夫在黄石 模具工技师 他说证是20年拿嘞 我姐说是21年 他想评工程师"],  # two people, two years
)
def test_two_years_said_by_two_people_date_nothing(text):
    said = read(normalise_text(text), dt.date(2026, 3, 10))
    assert said.held_skills == [{"level": "技师"}]


def test_a_spell_helping_the_office_is_time_away():
    text = normalise_text("高级工证是2022年6月拿的 前年下半年去厂办帮忙弄了半年报表 想评助理工程师")
    said = read(text, dt.date(2026, 3, 10)).updates
    assert said.get("technical_work_interrupted") is True and said.get("technical_work_gap_years") == 0.5


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我在金川镍矿上开铲运机的，好像是高级工吧，想问能评职称不", None, {"province": "甘肃"}),
        (
            "我们集团下面有个榆次的纺织分厂，报了4个技师想评工程师，这个算不算5人以上",
            None,
            {"province": "山西", "organiser_topic": "separate_panel"},
        ),
        ("从九八年进矿就没离开过，一直干到现在", "cumulative_work_years", {"cumulative_work_years": 28.0}),
        ("绝活谈勿上，就是老老实实做了三十年", "front_line_mastery", {"front_line_mastery": False}),
        ("绝活那整不了 就一直搁一线干", "front_line_mastery", {"front_line_mastery": False}),
        ("绝活没得 就是在一线守得久", "front_line_mastery", {"front_line_mastery": False}),
        ("绝活没人比得上 厂里就我会", "front_line_mastery", {"front_line_mastery": True}),
        ("经济吧 我们这个不是新职业嘛", "series", {"series": "经济", "new_occupation": True}),
        ("厨师算啥子新职业嘛，不是", "new_occupation", {"new_occupation": False}),
        ("初级会计师 就是助理会计师那个", "title_held", {"title_held": "助理级"}),
        ("我是高级会计师", None, {"title_held": "副高级"}),
        (
            "中级经济师 18年考下来的 在云南一家国企做人力 想再弄个企业人力资源管理师二级",
            None,
            {"title_obtained": "2018"},
        ),
        (
            "高级工程是 能评高级技师吗 我是搞工业机器人系统运维的",
            None,
            {"title_held": "副高级", "track": "title_to_skill"},
        ),
        ("厂头每年都考核 这三年都合格 没得哪年没过", "annual_review_results", {"annual_reviews_all_pass": True}),
        (
            "岗位是会计嘛 跟电工不沾边 我就是想多个证",
            "occupation_matches_post",
            {"occupation_matches_post": False, "exam": None},
        ),
    ],
)
def test_words_of_the_eighty_sixth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 10), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_the_only_length_said_is_the_spells():
    known = {"skill_certificates": [{"level": "高级工", "obtained": "2024-01"}]}
    text = normalise_text("去年5月到7月底 仨月 电工班人多 把我派食堂帮厨去了 8月又回电工班了 其他时候一直干电工")
    said = read(text, dt.date(2025, 8, 15), "technical_work_interrupted", known).updates
    assert said.get("technical_work_interrupted") is True and said.get("technical_work_gap_years") == 0.25


def test_a_place_gone_to_for_time_away_is_not_where_one_applies():
    known = {"skill_certificates": [{"level": "高级工", "obtained": "2023-05"}]}
    text = normalise_text("中间去新疆摘了两个月棉花 后来就回厂了")
    said = read(text, dt.date(2026, 11, 30), "annual_review_results", known).updates
    assert "province" not in said and said.get("technical_work_gap_years") == 0.17


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("镇海炼化的化工总控工 技师 拿证三年了 想评工程师", None, {"province": "浙江"}),
        ("机师证今年刚满三年 能评工城市不", None, {"track": "skill_to_title", "target_level": "中级"}),
        ("农一技术员 高级工 想评住里农艺师", None, {"target_level": "助理级"}),
        (
            "我系南宁一间物流公司嘅 中级经济师 想申请物流服务师技师 得唔得",
            None,
            {"title_held": "中级", "track": "title_to_skill", "target_level": "技师"},
        ),
        (
            "我跟你说啊，我们班组长老李去年考核是不合格，他那是喝酒误事，我自己嘛，去年优秀，前年合格，大前年也合格",
            "annual_review_results",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        ("我们车间主任倒是全国技术能手，我就一个技师，宁东的，能走绿色通道评职称不", None, {"honours": None}),
        ("高级技师2个，技师3个，还有2个评委是技能人才 不算", "applicant_count", {"applicant_count": 5}),
        ("从2008年毕业就一直干 到现在", "cumulative_work_years", {"cumulative_work_years": 18.0}),
        ("助理工程师还是工程师 你帮我看看", "target_level", {"target_level": None, "series": "工程"}),
        ("我喺湛江养虾 水产养殖工技师 想评水产嘅工程师 定系农业嘅", None, {"series": None, "target_level": "中级"}),
        (
            "20年那会儿厂里抽我去办公室写了大半年的安全台账，后来又回装置了，到现在内操外操轮着干，没再出来过",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "我一直在茶厂里，春茶的时候在车间做揉捻杀青，秋冬季没茶做就在仓库里整理毛茶，这也是茶厂的活，没出去过",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "他说23年去浙江进厂做了半年普工，流水线上贴标签的，回来以后一直干钳工",
            None,
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("评职称啊 助理工程师就行", None, {"target_level": "助理级", "title_held": None}),
    ],
)
def test_words_of_the_eighty_seventh_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 11, 30), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_master_learnt_from_is_no_one_named():
    text = normalise_text("早些年在饭馆打杂，后来跟着师傅学，2016年考了中式烹调师高级工，2020年考了技师，我想试试")
    levels = [c["level"] for c in read(text, dt.date(2026, 11, 30)).held_skills]
    assert levels == ["高级工", "技师"]


def test_a_skill_level_said_before_a_relatives_is_ones_own():
    text = normalise_text("赣州卷烟厂的，高级技师16年拿的证，我想问问能评高级工程师不，另外我爱人也是厂里的，她是技师")
    assert read(text, dt.date(2026, 11, 30)).held_skills == [{"level": "高级技师", "obtained": "2016"}]


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("我32岁那年考下来的 我是八九年的", "2021"),
        ("上半年 23年", "2023-06"),
        ("好像是前年秋天 还是大前年 记不清了", None),
    ],
)
def test_dates_of_the_eighty_seventh_round(text, obtained):
    said = read(normalise_text(text), dt.date(2024, 5, 10), "skill_certificates_obtained", {})
    assert said.corrected_date == obtained


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("俺是养牛场的 兽医那块 评兽医师能中不", "series", {"series": "农业", "target_level": "中级"}),
        ("助理工程师么 额这高级工也就够这个", "target_level", {"target_level": "助理级"}),
        (
            "红河个旧的 锡矿上搞爆破 技师 三年多前拿的证 想问评工程师年限够了没得",
            None,
            {"target_level": "中级", "series": "工程", "track": "skill_to_title"},
        ),
        (
            "俺是濮阳中原油田的修井工 高级工 二〇年拿的 中间去了一年新疆援建 干的还是修井 想评助理工程师",
            None,
            {"province": "河南"},
        ),
        (
            "我徒弟在吉林通化 钢厂轧钢工 去年刚考下来高级工 他问能不能直接评工程师 跳过助理",
            None,
            {"wants_direct_application": None},
        ),
        ("突出贡献这个俺可不敢吹 就是攻关过几个项目", "major_contribution", {"major_contribution": False}),
        (
            "镂空透雕五六层 这个手艺我们这点没几个会 四十年都在作坊一线",
            "front_line_mastery",
            {"front_line_mastery": True},
        ),
        (
            "一直在运行班上 倒班倒了这么多年 一天都没离开过 你说离开去哪点嘛",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("疫情那年林场封了俩月 俺都住在场里干活", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "来电人在珠海一家游艇厂做木工，技师，22年拿证，中间请了大半年假回老家照顾老人，问能不能评工程师",
            None,
            {"technical_work_interrupted": None},
        ),
        ("阮提这张证有五冬啊，一直拢咧做漆线雕", None, {"technical_work_interrupted": False}),
        ("23年优秀 24年合格 25年嘅仲未出结果喔", "annual_review_results", {"annual_review_results": ["合格", "优秀"]}),
        ("23同24年都系优秀，25年合格", "annual_review_results", {"annual_review_results": ["合格", "优秀", "优秀"]}),
        ("我是中医专业毕业额，算相关伐", "related_major_diploma", {"related_major_diploma": None}),
        ("不够，还差一年多", "cumulative_work_years", {"cumulative_work_years": None}),
        ("我在攀枝花上班，家是昭通嘞", "province", {"province": "四川"}),
        ("7个里头有一个是按学历报的工程师 不算技能人才 还有俩在犹豫报不报", "applicant_count", {"applicant_count": 6}),
        ("一共9个，其中2个是按学历走的，不算技能人才", "applicant_count", {"applicant_count": 7}),
        (
            "俺们是榆林一个煤矿 职工一千二百多人 规上 今年报职称的技能人才 综采的4个 机电的3个 另有2名通风的 "
            "单设评审组跟自己评 都想问问",
            None,
            {"organiser_topic": None, "applicant_count": 9, "enterprise_above_scale": True},
        ),
    ],
)
def test_words_of_the_eighty_eighth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 11, 30), pending).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_level_others_say_will_do_is_neither_held_nor_wanted():
    said = read(normalise_text("俺是焊工 想问问评工程师的事儿 俺厂里有人说技师就中"), dt.date(2026, 11, 30))
    assert said.held_skills == [] and said.updates.get("target_level") == "中级"


def test_a_colleague_introduced_by_the_speaker_has_their_own_level():
    text = normalise_text("我们单位一线井下的有个老师傅是高级技师 另外我自己是技师 技师和高级工程师哪个大")
    assert read(text, dt.date(2026, 11, 30)).held_skills == [{"level": "技师"}]


def test_a_level_corrected_keeps_the_date_said_to_stand():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2022-05"}]}
    said = read(normalise_text("不是技师 是高级工 日期没错"), dt.date(2026, 11, 30), "skill_certificates", known)
    assert said.held_skills == [{"level": "高级工", "obtained": "2022-05"}]


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("介个职称嘛 我干了十来年电焊 高级工 能评个嘛呀", None, {"track": "skill_to_title"}),
        (
            "我徒弟小张 高级工 22年拿的证 一直跟着我干管道安装 在南京 他想评助理工程师 我替他问问",
            None,
            {"province": "江苏", "technical_work_interrupted": False},
        ),
        (
            "疫情那年厂里停了俩月 俺都住在厂里守设备 没离开过",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "出去跑了一年滴滴 回来以后就没离开过",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "20年3月到年底厂子停产 在屋头耍了大半年 后面又回来了",
            "technical_work_interrupted",
            {"technical_work_gap_years": 0.75},
        ),
        ("我是贵州嘞全国技术能手 焊工技师 19年拿嘞证", None, {"province": "贵州"}),
        ("我是安顺嘞高级技师 工龄二十年 退休以后待遇能不能比照副高", None, {"cumulative_work_years": 20.0}),
        ("工作室是我领办嘞 省里挂嘞牌", "honours", {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]}),
        (
            "24年合格 23年休产假没参加考核 22年合格",
            "annual_review_results",
            {"annual_review_results": ["合格", "合格"]},
        ),
    ],
)
def test_words_of_the_eighty_ninth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 6), pending).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "certificate"),
    [
        ("我是宜宾嘞 80年嘞 四十岁那年考起嘞技师 拿证以后一直在酒厂干", None, {"level": "技师", "obtained": "2020"}),
        ("哎呀这个记不清了 好像是疫情那年吧 要么就是后一年", "skill_certificates", None),
        ("我老公 技师 他说21年拿的 我记得是22年 反正就那两年", None, {"level": "技师"}),
    ],
)
def test_dates_of_the_eighty_ninth_round(text, pending, certificate):
    known = {"skill_certificates": [{"level": "技师"}]} if pending else {}
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known)
    assert (said.held_skills or [None])[0] == certificate


def test_a_month_corrected_keeps_the_day_said_after_it():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2021-05"}]}
    said = read(normalise_text("21年5月 不是 是6月 证上写的6月15号"), dt.date(2026, 3, 1), "skill_certificates", known)
    assert said.corrected_date == "2021-06-15"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("想了一下 还是想评卫生系列嘞 跟我们中心其他人一样", "series", {"series": "卫生"}),
        (
            "我今年6月份用助理工程师申请嘞电子设备装接工高级工 证拿到了 想接着搞技师 要等好久",
            None,
            {"target_level": "技师"},
        ),
        ("我在贵安新区数据中心做运维 有个技师证", None, {"province": "贵州"}),
        ("一车间3个 二车间4个 有1个材料退回去了没再交", "applicant_count", {"applicant_count": 6}),
        (
            "没有 来电人说她20年辞职回家带了两年孩子 22年才回厂里上班",
            "technical_work_interrupted",
            {"technical_work_gap_years": 2.0, "cumulative_work_years": None},
        ),
        (
            "疫情那年厂子停了 在屋里歇了两个月 那时候证都还冒拿",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "去年3月到年底在奶茶店打工 后来又回厂里干cnc了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True},
        ),
        ("俺们车间主任倒是全国技术能手 俺啥也没有", "honours", {"honours": []}),
        ("去年石家庄市技能比武拿了个第一 算吗", "honours", {"honours": [{"name": "技能竞赛获奖", "level": None}]}),
    ],
)
def test_words_of_the_ninetieth_round(text, pending, updates):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2022"}]}
    said = read(normalise_text(text), dt.date(2025, 6, 6), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_date_told_of_time_away_since_the_certificate_does_not_date_it():
    known = {"skill_certificates": [{"level": "高级技师", "obtained": "2019-05-20"}]}
    text = normalise_text("拿证以后…19年9月厂里没活了 俺回老家种了一年地 到20年9月才回来接着焊 以后一直没断过")
    said = read(text, dt.date(2024, 3, 1), "technical_work_interrupted", known)
    assert said.corrected_date is None and said.updates["technical_work_gap_years"] == 1.0


def test_a_month_said_alone_refines_the_known_certificate_year():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2021"}]}
    said = read(normalise_text("21年10月"), dt.date(2026, 12, 3), "annual_review_results", known)
    assert said.corrected_date == "2021-10"


def test_one_of_the_applicants_talked_about_leaves_the_count():
    text = normalise_text("就是5个 不过有一个下个月要退休了 可能不报了")
    said = read(text, dt.date(2026, 12, 3), "applicant_count", {"track": "organiser"})
    assert said.updates["applicant_count"] == 5


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("工龄二十三年 哦不对 二十四年 从零二年进厂算", "cumulative_work_years", {"cumulative_work_years": 24.0}),
        (
            "当了两年班长 21到23年 不过手上活也一天没停过",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        ("焊接的3个 机修的2个 后来又补报了1个 一共6个", "applicant_count", {"applicant_count": 6}),
        ("报了7个，有1个材料退回去没再交，还有个是按学历报的工程师 不算", "applicant_count", {"applicant_count": 5}),
        ("我在攀枝花钢厂当炉前工 技师 家是昭通的", None, {"province": "四川"}),
        ("在库尔勒 塔里木油田 家是甘肃的", "province", {"province": "新疆"}),
        ("荣昌做陶嘞 有陶瓷装饰工技师", None, {"province": "重庆"}),
        ("坂田一间电子厂做贴片嘅 高级工", None, {"province": "广东"}),
        ("突出贡献额可不敢吹", "major_contribution", {"major_contribution": False}),
        ("来电人说他们单位只有称职不称职，三年都是称职", "annual_reviews", {"annual_reviews_all_pass": True}),
        ("想问评实验技术系列定系工程系列好", None, {"series": None}),
        (
            "我在游艇厂做玻璃钢修补 厂里技术员都评上助理工程师了 我有高级工证 我这种能不能也评一个",
            None,
            {"title_held": None, "target_level": "助理级"},
        ),
        ("我岗位就系船体装配嘅技术员", "occupation_matches_post", {"title_held": None}),
        ("有高级工 想评兽医师 俺家老爷子以前是劳模 这个能帮上不", None, {"honours": None, "target_level": "中级"}),
        ("20年拿的技师 今年考核都合格", None, {"annual_reviews_all_pass": None}),
        ("我这手镂空雕 我们村会嘞没得几个了", "front_line_mastery", {"front_line_mastery": True}),
        ("阮是福州一间电子厂的人事，想问厂里会使家己评无", None, {"organiser_topic": "enterprise_self_evaluation"}),
    ],
)
def test_words_of_the_ninety_first_round(text, pending, updates):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2022"}]}
    said = read(normalise_text(text), dt.date(2025, 6, 6), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("综采维修电工技师 从零三年进矿就没离开过", [{"level": "技师"}]),  # when work began, not the certificate
        ("想推荐我们锅炉房的一个锅炉操作工技师评工程师，他18年拿的证", [{"level": "技师", "obtained": "2018"}]),
    ],
)
def test_certificates_of_the_ninety_first_round(text, held):
    assert read(normalise_text(text), dt.date(2025, 6, 6), None, {}).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "我们厨师哪有对应的系列嘛 工程农业都不沾边 听说云南其他系列也可以报 那就其他系列嘛",
            "series",
            {"series": "其他"},
        ),
        (
            "中间21年俾老细调咗去前台卖车 卖咗成年 22年先返车间",
            "technical_work_gap_years",
            {"technical_work_gap_years": 1.0},
        ),
        ("技师4个 高级技师2个 还有1个是评委自己 不算", "applicant_count", {"applicant_count": 6}),
        ("一车间报了5个 二车间3个 有1个是按学历报的工程师 不算", "applicant_count", {"applicant_count": 7}),
        ("工程师 助理的没意思 我徒弟都是助理了", "target_level", {"target_level": "中级"}),
        ("我是人事 帮厂里组织评", "track", {"track": "organiser"}),
        ("有个员工 中级经济师 想参加电工的技师评价", None, {"title_held": "中级", "track": "title_to_skill"}),
        (
            "工程师 另外我们车间主任是全国技术能手 他能直接评正高吗",
            "target_level",
            {"target_level": "中级", "honours": None},
        ),
        ("一直做的呀 勿曾断过", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("我是江苏省技术能首 在镇江干焊工", None, {"honours": [{"name": "技术能手", "level": "省级"}]}),
        (
            "跑了三家店都没整好 到我们这我听了一下就晓得是阀体 哈哈 扯远了 我是汽车维修工技师 想评工程师",
            None,
            {"front_line_mastery": None, "target_level": "中级"},
        ),
    ],
)
def test_words_of_the_ninety_second_round(text, pending, updates):
    known = {"skill_certificates": [{"level": "技师", "obtained": "2022"}]}
    said = read(normalise_text(text), dt.date(2025, 6, 6), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_title_holder_moving_up_a_skill_level_asks_title_to_skill():
    said = read(normalise_text("我有职称 工程师 想晋个技能等级"), dt.date(2025, 6, 6), None, {}).updates
    assert said.get("track") == "title_to_skill" and said.get("title_held") == "中级"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("二零二三年七月拿的正 正书上写的七月十五号", "2023-07-15"),
        ("22年 七月份 证上写嘞7月15号", "2022-07-15"),
        ("大前年那会儿 三八节前后", "2023-03"),
        ("大前年年底，元旦前几天发的", "2023-12"),  # the year's end, not the New Year after it
        ("2020年6月 考核这三年也都是合格的 你一起记上", "2020-06"),
    ],
)
def test_dates_of_the_ninety_second_round(text, date):
    known = {"skill_certificates": [{"level": "高级工"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), "skill_certificates_obtained", known)
    assert said.corrected_date == date


def test_a_review_year_said_to_be_the_same_takes_the_grade_said_before():
    said = read(
        normalise_text("他说去年是合格 前年也是 再早那年没进这个厂"), dt.date(2026, 12, 3), "annual_review_results", {}
    )
    assert said.updates["annual_review_results"] == ["合格", "合格"]


@pytest.mark.parametrize(
    ("text", "pending", "date"),
    [
        ("我是七三年的 考技师那年正好是五十 对 五十 那年过完年考的", "skill_certificates_obtained", "2023"),
        ("我今年五十三 考高级工那年四十四 你给算算吧", "skill_certificates_obtained", "2017"),
        ("我是零五年进的厂 进厂正好十年那年考下来的", "skill_certificates_obtained", "2015"),
        ("我是二〇一〇年七月入职的 入职满十年那个月拿的证", "skill_certificates_obtained", "2020-07"),
        ("写的是 二〇一九年十二月 二〇一九年十二月", "skill_certificates_obtained", "2019-12"),
        ("21年 孩子开学那会儿 九月份", "skill_certificates_obtained", "2021-09"),
        ("我是六八年的 五十一还是五十二那年考的 记不住了", "skill_certificates_obtained", None),
    ],
)
def test_dates_of_the_ninety_third_round(text, pending, date):
    known = {"skill_certificates": [{"level": "技师"}]}
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending, known)
    held = said.held_skills[0].get("obtained") if said.held_skills else None
    assert (said.corrected_date or held) == date


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("我今年整六十了 我是热电厂的集控值班员 技师 五十六那年考的", None, {"target_level": None}),
        ("评上工程师 那年 那年我正好四十 我是七九年的", "title_obtained", {"title_obtained": "2019"}),
        ("职称有啊 工程师 中级的 一几年评的来着 一四年 一四年 对", "title_held", {"title_obtained": "2014"}),
        (
            "二四 二五 二六 这三年 都是合格",
            "annual_review_results",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        ("技师 和 工程师 哪个高啊 俺们厂里吵起来了", None, {"skill_certificates": None}),
        ("国务院特殊津贴 我们老主任有 我没有", "honours", {"honours": None}),
        ("没离开过 俺们这行 离开了手就生了", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("荣誉没有 啥也没有 对了 你们这能帮查证书真假不", "honours", {"skill_certificates": None, "honours": []}),
        ("我们嘛 考核是 优秀一个 合格两个", "annual_review_results", {"annual_reviews_all_pass": True}),
        ("20年3月拿证 中途被派克售票处卖了半年票", None, {"technical_work_gap_years": 0.5}),
        (
            "工作室是我领办嘞 红河州挂嘞牌 想评个副高",
            None,
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        ("我是农艺师 在普洱市茶科所 想申请个评茶员技师", None, {"province": "云南"}),
        ("县上评嘞民族民间文化传承人", "honours", {"honours": [{"name": "非遗传承人", "level": "县级"}]}),
        ("综采嘞3个 机电嘞2个 后来又补报了1个", "applicant_count", {"applicant_count": 6}),
        ("他嘛 井下干了二十几年 会修进口采煤机嘞就剩他一个", "front_line_mastery", {"front_line_mastery": True}),
        ("新兴职业？俺们这烧锅炉的 供暖 几十年了 哪是啥新职业啊", "new_occupation", {"new_occupation": False}),
    ],
)
def test_words_of_the_ninety_third_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 6, 1), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("差不多二十年吧 05年毕业就进厂了 一直干到现在", "cumulative_work_years", {"cumulative_work_years": 20.0}),
        ("三十多年了，具体是三十二年", "cumulative_work_years", {"cumulative_work_years": 32.0}),
        ("23年有秀 24年合格 25年的还没出来", "annual_review_results", {"annual_review_results": ["合格", "优秀"]}),
        ("平顶山尼龙厂纺丝工 技师 2022.6拿证 想评工程狮", None, {"target_level": "中级", "series": "工程"}),
        ("模具工 级师 21年那的正 想申请中级直称", None, {"target_level": "中级"}),
        ("技师学院毕业的预备技师 算不算技师", None, {"skill_certificates": None}),
        ("云南那边是不是比别的省好评一些", None, {"province": None}),
        ("阿拉想评只职称 助理工程师搿种", None, {"target_level": "助理级", "title_held": None}),
        ("阮是助理工程师 欲评电工高级工 会使无", None, {"target_level": "高级工", "title_held": "助理级"}),
        ("我表哥是技师 他评上工程师了 我也想评一个", None, {"target_level": "中级", "skill_certificates": None}),
        ("这手活我们这点没几个会 我想试哈高级工艺美术师", None, {"target_level": "副高级", "title_held": None}),
        ("北京朝阳一家医院的主治医师，想考个保健按摩师", None, {"province": "北京"}),
        ("有职称的是不是能直接申请高级工以上", None, {"target_level": None}),
        ("我在北京一家央企二级单位做职称工作", None, {"skill_certificates": None}),
        ("22年评过一次基本合格 影响不影响", None, {"annual_reviews_all_pass": None}),
        ("24年评过一次基本合格", None, {"annual_reviews_all_pass": False}),
    ],
)
def test_words_of_the_ninety_fourth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 7, 1), pending, {})
    found = {**said.updates, "skill_certificates": said.held_skills or None}
    assert {name: found.get(name) for name in updates} == updates


def test_the_day_read_off_a_certificate_in_minnan():
    known = {"skill_certificates": [{"level": "技师"}]}
    said = read(normalise_text("2022年7月 证顶写7月15号"), dt.date(2025, 7, 10), "skill_certificates_obtained", known)
    assert said.corrected_date == "2022-07-15"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("原来报了8个 后来退回去2个 其中1个补齐材料又交回来了", 7),
        ("收了11份，有1份是评委自己的，不算，还有1个人交了两份", 9),
        ("报了十一个 不对 十个 有一个是重复报的", 10),
        ("6个 不过其中有1个是评委本人 他自己的材料也交了", 5),
        ("收到的7份里头 有2份是同一个人的 一份电工一份钳工", 6),
        ("一开始报了10个，退回3个，其中2个又交回来了，另外有1个是重复的", 8),
        ("目前收到9份，其中1份是同一个人重复交的，还有2份是按学历报的工程师", 6),
        ("收到高技能人才申报12份，其中3份退回没再交，还有1份是按学历申报的农艺师", 8),
        ("评审费一个人多少钱啊", None),
        ("初报14个 后面退回3个 其中1个改好又交了 还有1个是评委本人 不算", 11),
    ],
)
def test_counts_of_the_ninety_fourth_round(text, count):
    known = {"track": "organiser", "organiser_topic": "separate_panel"}
    said = read(normalise_text(text), dt.date(2026, 6, 1), "applicant_count", known)
    assert said.updates.get("applicant_count") == count


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "离开？俺三天三夜没下岗 你说俺离开没离开😂 一直干着呢",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("改行？改啥子行哦 天天在泵站守着", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "他说中间去昆明开过一阵子滴滴 多久他记不清了",
            "technical_work_interrupted",
            {"technical_work_interrupted": True},
        ),
        (
            "供暖季在锅炉房烧炉子 停暖了就下去检修管网 一年到头没闲着",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "二二 二三 二四 都是合格嘞 么麻达",
            "annual_review_results",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        ("中级的 一几年评的来着 一四年", "title_obtained", {"title_obtained": "2014"}),
        ("食品那块的工程师吧 我也不懂 是轻工还是工程", "series", {"series": None}),
        ("额在陕西榆林上班 不过厂子总部在内蒙古鄂尔多斯", "province", {"province": "陕西"}),
        ("有 长春电力学校毕业的 学的就是发电厂及电力系统", "related_major_diploma", {"province": None}),
        ("阿拉外高桥造船厂电焊工 高级技师", None, {"province": "上海"}),
        ("我在华西医院当护理员 有养老护理员技师证", None, {"province": "四川"}),
        ("农艺师 技师证能评不", None, {"target_level": "中级", "title_held": None}),
        ("涯是稀土厂的高级工 想评个工程师 助理的涯不要 能评么", None, {"target_level": "中级"}),
        ("厂里老李头去年评上工程师了 我寻思我也评一个呗", None, {"target_level": "中级", "title_held": None}),
        ("岗位就是设备电工", None, {"occupation_matches_post": None}),
        ("岗位就是数控车工，报的也是数控车工", None, {"occupation_matches_post": True}),
        ("我岗位就是搞装配工艺的，对口", None, {"occupation_matches_post": True}),
        (
            "规上？好像不是的 厂里就八十来个人 财务说产值没到规上那条线 不是规上企业",
            "enterprise_above_scale",
            {"enterprise_above_scale": False},
        ),
        ("原来报了6个 有2个材料退回去了 后来补交了1个", "applicant_count", {"applicant_count": 5}),
    ],
)
def test_words_of_the_ninety_fifth_round(text, pending, updates):
    known = {"track": "organiser"} if pending in ("enterprise_above_scale", "applicant_count") else {}
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        ("我在沈阳供热公司烧锅炉 技师证有了 问下今年取暖费啥时候交", None, [{"level": "技师"}]),
        ("八六年进的矿 那会儿还叫八级工 后来考的技师 哪年忘了", None, [{"level": "技师"}]),
        ("证还没下来 上个月才考的技师", None, []),
        ("闸站运行工 高级技师 十五年以上了", None, [{"level": "高级技师", "years_held": 15.0}]),
    ],
)
def test_certificates_of_the_ninety_fifth_round(text, pending, held):
    assert read(normalise_text(text), dt.date(2026, 3, 1), pending, {}).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "秋冬在仓库整理毛茶 春天上山看茶园 都是茶厂的活",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "22年拿证 23年厂里没活 出去送了一年快递 24年回来的",
            "technical_work_interrupted",
            {"technical_work_gap_years": 1.0},
        ),
        ("春节刚过完 厂里还没开工 想趁空问问 无锡纺织厂的技师", None, {"technical_work_interrupted": None}),
        (
            "去年基本合格 哦不是 是合格 前年大前年也合格",
            "annual_review_results",
            {"annual_review_results": ["合格"] * 3},
        ),
        ("我现在是财务岗 跟人力资源不太沾边", "occupation_matches_post", {"occupation_matches_post": False}),
        ("徽州做徽墨的 非遗传承人 省级的 有个高级工", None, {"province": "安徽"}),
        ("额在陕西榆林上班 不过厂子总部在内蒙古鄂尔多斯", None, {"province": "陕西"}),
        ("我们集团总部在昆明，职工八百多人，属于规上企业", None, {"province": "云南"}),
        ("萍乡的 我是工程师 想晋个技能等级 钳工技师", None, {"target_level": "技师"}),
        ("我是技师，想问技能人才评职称是不是也要近三年年度考核合格", None, {"annual_reviews_all_pass": None}),
        ("本科就是农学 跟这个对口", "related_major_diploma", {"occupation_matches_post": None}),
        ("综采的4个 机电的3个 另有2名通风的 其中2个是按学历走的", "applicant_count", {"applicant_count": 7}),
    ],
)
def test_words_of_the_ninety_sixth_round(text, pending, updates):
    known = {"track": "organiser"} if pending == "applicant_count" else {}
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "date"),
    [
        ("19", "skill_certificates_obtained", "2019"),
        ("16", "title_obtained", "2016"),
        ("好像是二一年 记不太清了", "skill_certificates_obtained", None),
        ("我在烟站干满十年那年 零八年进的", "skill_certificates_obtained", "2018"),
        ("技师 21年的 哦 是22年", "skill_certificates_obtained", "2022"),
        ("玉溪卷烟厂卷接包机组的 技师 我今年四十二 三十八那年考的", None, "2022"),
        ("啥证没有 干了十八年了", "skill_certificates", None),
    ],
)
def test_dates_of_the_ninety_sixth_round(text, pending, date):
    known = {"skill_certificates": [{"level": "技师"}], "title_held": "中级"}
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known)
    held = said.held_skills[0].get("obtained") if said.held_skills else None
    assert (said.corrected_date or held) == date


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("烧烤这行评哪个系列我也不懂 工程农业那些 跟我们都不沾边", "series", {"series": None}),
        ("想好了 还是评工艺美术吧 我做竹编跟工程不搭边", "series", {"series": "工艺美术"}),
        ("想考个中级经计师", None, {"exam": "经济", "target_level": None}),
        ("在右玉放羊 有个高级工", None, {"province": "山西"}),
        ("仙游做木雕的 技师", None, {"province": "福建"}),
        ("做面点的算啥新职业 老手艺了", "new_occupation", {"new_occupation": False}),
        ("新兴职业包括哪些 有没有名单", "new_occupation", {"new_occupation": None}),
        ("技师吧 高级技师估计不成", "target_level", {"target_level": "技师"}),
        ("这活全车间就我们两个人能干 一直在一线", "front_line_mastery", {"front_line_mastery": True}),
        ("那些我都没得 特殊津贴是我们总工那种人才有的", "honours", {"honours": []}),
        ("全国技术能手差一点 最后只评了个省级的", "honours", {"honours": [{"name": "技术能手", "level": "省级"}]}),
        ("我们厂想自己弄职称评审 行不行", None, {"organiser_topic": "enterprise_self_evaluation"}),
        ("帮我爱人问 她有个中药调剂员技师 能评个中药师不", None, {"target_level": "助理级", "series": "卫生"}),
        ("我想考执业中药师", None, {"exam": "执业药师", "target_level": None}),
        (
            "前年才进厂的 第一年没资格参加考核 去年考核合格",
            "annual_review_results",
            {"annual_review_results": ["合格"]},
        ),
    ],
)
def test_words_of_the_ninety_seventh_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "held"),
    [
        ("我是技师，在酒店上班，20年10月取的证", None, [{"level": "技师", "obtained": "2020-10"}]),
        ("高级技市 二级那个不是 是一级", "skill_certificates", [{"level": "高级技师"}]),
        ("在矿上开铲车二十多年了有个中级工证 能评职称不", None, [{"level": "中级工"}]),
        ("港口的 门机司机 技师 想问问技师跟工程师哪个吃香", None, [{"level": "技师"}]),
        ("她有个中药调剂员技师 能评个中药师不", None, [{"level": "技师"}]),
    ],
)
def test_certificates_of_the_ninety_seventh_round(text, pending, held):
    assert read(normalise_text(text), dt.date(2026, 3, 1), pending, {}).held_skills == held


def test_a_titles_date_is_the_documents_not_the_hearings():
    text = normalise_text("二〇二一年十二月评审的 文件是二二年二月下的")
    assert read(text, dt.date(2026, 3, 1), "title_obtained", {"title_held": "中级"}).corrected_date == "2022-02"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("采油的4个，井下作业的3个，有1个材料退回去了没再交", "applicant_count", {"applicant_count": 6}),
        ("焊接3个 装配2个 涂装2个 还有1个是按学历报的工程师 不算", "applicant_count", {"applicant_count": 7}),
        ("能上工程师就上工程师 上不去助理的也行", "target_level", {"target_level": "中级"}),
        ("改行？改啥子行哦 天天在茶山上", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("我是海北州的 有个技师证", None, {"province": "青海"}),
        ("包钢的天车工 高级工", None, {"province": "内蒙古"}),
        ("昆明市政府给过个津贴 别的没得", "honours", {"honours": [{"name": "政府特殊津贴", "level": "市级"}]}),
        ("去年三月到十二月借调到办公室写材料", "technical_work_interrupted", {"technical_work_gap_years": 0.75}),
        ("中途去东莞打了一年工 也是砌墙", None, {"technical_work_interrupted": False}),
        (
            "25年合格 24年优秀 23年合格 对了 评上工程师工资能涨不",
            "annual_review_results",
            {"annual_review_results": ["合格", "优秀", "合格"]},
        ),
        (
            "不在车间了 跑外卖两年了 一直跑到现在",
            "technical_work_gap_years",
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
    ],
)
def test_words_of_the_ninety_eighth_round(text, pending, updates):
    known = {"track": "organiser"} if pending == "applicant_count" else {}
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_an_issue_date_said_again_to_the_day_dates_the_certificate():
    text = normalise_text("23年七月份去考的 证是10月份才发 证上写的2023年10月15号")
    known = {"skill_certificates": [{"level": "技师"}]}
    assert read(text, dt.date(2026, 3, 1), "skill_certificates_obtained", known).corrected_date == "2023-10-15"


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("那个不敢说 就是参加过白鹤滩电站的活", "major_contribution", {"major_contribution": False}),
        ("做面包的啥新职业 老手艺", "new_occupation", {"new_occupation": False}),
        ("我教的数控 报的也是数控车工", None, {"occupation_matches_post": True}),
        ("岗位是设备维修 申报的工种对应的也是这个", None, {"occupation_matches_post": True}),
        ("想评个助理农艺师 还是助理工程师 哪个好评", None, {"target_level": "助理级", "series": None}),
        ("厂里就两个人会这手活 我是高级技师 想直接评正高", None, {"applicant_count": None, "front_line_mastery": True}),
        ("助理级 中级 副高 分别要啥技能等级", None, {"title_held": None, "target_level": None}),
        ("我是技师 评上职称以后夜班补贴还有没得", None, {"track": None}),
        ("我老公在汉口一家机械厂 钳工技师", None, {"province": "湖北"}),
        (
            "职工王某，焊工高级技师，2023、2024、2025年考核分别为合格、优秀、合格，拟申报高级工程师",
            None,
            {"target_level": "副高级"},
        ),
        ("他们厂就五十来人 能搞自主评审不", None, {"enterprise_above_scale": False}),
    ],
)
def test_words_of_the_ninety_ninth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("22年夏天 证上写的7月15号", "2022-07-15"),
        ("二二年 证上写嘞6月15号", "2022-06-15"),
        ("七一前后 2021年", "2021-07"),
        ("就是开学那会儿 二二年", "2022-09"),
    ],
)
def test_dates_of_the_ninety_ninth_round(text, date):
    known = {"skill_certificates": [{"level": "技师"}]}
    assert read(normalise_text(text), dt.date(2026, 3, 1), "skill_certificates_obtained", known).corrected_date == date


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "设备大修停了个把月 人也是在厂里跟着修机器的",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("一直在车间焊 啥时候离开过啊", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "停业那阵我去朋友饭店帮了半年厨 也是掌勺",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        ("秋冬季在仓库整理毛茶 也是茶厂的活", "technical_work_interrupted", {"technical_work_interrupted": False}),
        (
            "我跑到我姐的奶茶店去帮了半年忙 后来又回厂里了",
            "technical_work_interrupted",
            {"technical_work_gap_years": 0.5},
        ),
        ("普洱茶过我手一闻就晓得几年的 会这手嘞没得几个了", "front_line_mastery", {"front_line_mastery": True}),
        ("在襄阳上班 屋里是河南嘞", "province", {"province": "湖北"}),
        ("我屋里老公在吉首开货车 有个高级工", None, {"province": "湖南"}),
        ("技师证拿了三年多了 现在想评工程师 年限够了没得", None, {"meets_occupation_standard": None}),
    ],
)
def test_words_of_the_hundredth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_month_dates_the_certificate_not_the_reviews_said_next():
    known = {"skill_certificates": [{"level": "技师"}]}
    text = normalise_text("22年6月 考核你等会儿要问吧 三年都是合格")
    assert read(text, dt.date(2026, 3, 1), "skill_certificates_obtained", known).corrected_date == "2022-06"


def test_no_certificate_at_all_said_as_what_kind():
    said = read(normalise_text("俺是枣庄矿上的 采煤机司机 啥证没有 干了十八年了"), dt.date(2026, 3, 1), None, {})
    assert said.updates["skill_certificates"] == []


def test_the_little_new_year_is_in_the_twelfth_lunar_month():
    known = {"skill_certificates": [{"level": "技师"}]}
    text = normalise_text("小年那天发的证 前年的小年 记得清楚")
    assert read(text, dt.date(2026, 3, 1), "skill_certificates_obtained", known).corrected_date == "2025-01"


def test_a_certificates_year_said_again_with_its_month_dates_it():
    text = normalise_text("我是助理工程师 22年按职称申请嘞高级工证 22年10月拿嘞 现在想晋级考技师")
    assert read(text, dt.date(2026, 6, 1), None, {}).held_skills == [{"level": "高级工", "obtained": "2022-10"}]
    text = normalise_text("高级工 大概三年前拿的 哦不 三年多 反正是23年")  # (a month reckoned back refines nothing)
    assert read(text, dt.date(2026, 6, 1), None, {}).held_skills == [{"level": "高级工", "obtained": "2023"}]


def test_ones_own_level_said_before_a_comparison_stays():
    text = normalise_text("我是油田的采油工，高级技师，跟同单位的高级工程师比，我们算不算一个级别")
    assert read(text, dt.date(2026, 6, 1), None, {}).held_skills == [{"level": "高级技师"}]


def test_leaving_scorned_while_another_question_is_open_is_no_time_away():
    said = read(normalise_text("一直在焊 啥时候离开过啊"), dt.date(2026, 3, 1), "annual_review_results", {}).updates
    assert said.get("technical_work_interrupted") is False


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("十二", "applicant_count", {"applicant_count": 12}),
        ("三十", "cumulative_work_years", {"cumulative_work_years": 30.0}),
        ("收了9份 有个人交了两份 还有1个是按学历报的工程师 不算", "applicant_count", {"applicant_count": 7}),
        ("我们是曲靖的人社局 电工3个 焊工2个 还有1个按学历的 不算", None, {"applicant_count": 5}),
        (
            "中 一直在洛阳拖拉机厂装配线上 就是20年疫情停了俩月 俺都在厂里守着",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "疫情那会院里封闭管理 我在院里住了三个月没回家 一直守着老人",
            "technical_work_interrupted",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "23年5月到11月被借去公司办公室写材料 整好半年 其他时间都在站上值班",
            "technical_work_interrupted",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "21年到鄂尔多斯另一个煤矿干了一年 也是开采煤机 后来又回来了",
            "technical_work_interrupted",
            {"technical_work_interrupted": False},
        ),
        (
            "21年单位黄了 出去开了一年出租 22年进了现在这个热电厂 还是干电焊",
            "technical_work_interrupted",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "俺是兰考的 在郑州富士康干了三年 现在回老家开收割机 有个农机驾驶操作员的四级",
            None,
            {"technical_work_interrupted": None},
        ),
        ("工程师 不想评助理 助理那玩意儿没啥用", "target_level", {"target_level": "中级"}),
        (
            "我是银川供电公司的电气工程师 中级职称 想评个变电站运维的技师 正好是我现在岗位",
            None,
            {"occupation_matches_post": True},
        ),
        ("啥新职业啊 修农机都修了二十年了", "new_occupation", {"new_occupation": False}),
        ("厨师边度系新职业 老行当啦", "new_occupation", {"new_occupation": False}),
        ("18年考下来的 中级经济师", "title_obtained", {"title_obtained": "2018", "track": None}),
        ("绝活他说不上 就是做了几十年茶", "front_line_mastery", {"front_line_mastery": False}),
        ("绝活讲不上 德化做瓷雕的大家手艺都好", "front_line_mastery", {"front_line_mastery": False}),
        ("我是太钢的电工技师 想考个中级经济师 有没有啥说法", None, {"province": "山西"}),
        ("接触网技师 哈局的", None, {"province": "黑龙江"}),
        ("我是焊工级师 想评工城市", None, {"target_level": "中级", "series": "工程"}),
        (
            "想问问我们这种技能人才是不是可以去考专业技术人员的资格证",
            None,
            {"track": "qualification_exam"},
        ),
        ("社会工作者 就是社工证那个 中级社工师", "exam", {"exam": "社会工作者"}),
        ("我在县职教中心教数控 有数控车工技师 能评讲师不", None, {"series": "中等职业学校教师"}),
    ],
)
def test_words_of_the_hundred_and_first_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("21年 我家娃上一年级那年 开学那会儿 九月份", "2021-09"),
        ("我属虎的 七四年 四十五岁那年考下来的", "2019"),
        ("21年4月 证上 4月15号", "2021-04-15"),
    ],
)
def test_dates_of_the_hundred_and_first_round(text, date):
    known = {"skill_certificates": [{"level": "技师"}]}
    assert read(normalise_text(text), dt.date(2026, 3, 1), "skill_certificates_obtained", known).corrected_date == date


def test_years_listed_bare_before_their_grade_each_take_it():
    said = read(normalise_text("23年 优秀 22 21 合格"), dt.date(2024, 4, 20), "annual_review_results", {})
    assert said.updates["annual_review_results"] == ["优秀", "合格", "合格"]


def test_a_level_told_before_and_called_wrong_is_replaced_keeping_its_year():
    known = {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]}
    text = normalise_text("考核都合格 哦还有 刚才说的高级工不对 是技师 同一年拿的")
    said = read(text, dt.date(2026, 11, 30), "annual_review_results", known)
    assert said.replaces_level and said.held_skills == [{"level": "技师", "obtained": "2022"}]


def test_a_rules_bound_relayed_by_an_operator_is_no_level_held():
    text = normalise_text(
        "12333 有个大姐打电话来 她在郑州一家乳品厂做杀菌工 中级工 问能不能评职称 我跟她说得高级工以上 对不对"
    )
    assert read(text, dt.date(2024, 10, 29), None, {}).held_skills == [{"level": "中级工"}]


def test_a_voice_slip_for_the_level_keeps_its_date():
    text = normalise_text("我是焊工级师 想评工城市 证是二三年三月拿的")
    assert read(text, dt.date(2026, 5, 20), None, {}).held_skills == [{"level": "技师", "obtained": "2023-03"}]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("工程农业我也搞不清 你帮我看嘛", "series", {}, {"series": None}),
        (
            "想直接评工程师 助理的没啥意思",
            "target_level",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}], "series": "工程"},
            {"target_level": "中级", "wants_direct_application": None},
        ),
        (
            "我们是普洱市人社局职称科 有家茶企想自主开展高技能人才职称评审 他们自己说是小微企业",
            None,
            {},
            {"organiser_topic": "enterprise_self_evaluation", "enterprise_above_scale": False},
        ),
        ("咱陕西有没有专门出技能人才评职称的贯通办法 还是照着国家那个文件走", None, {}, {"province": None}),
    ],
)
def test_words_of_the_hundred_and_second_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_day_read_off_the_certificate_in_cantonese():
    known = {"skill_certificates": [{"level": "技师"}]}
    text = normalise_text("我记得系二三年年底 证上面写嘅系十二月八号")
    assert read(text, dt.date(2026, 2, 2), "skill_certificates_obtained", known).corrected_date == "2023-12-08"


def test_a_level_put_forward_by_the_workshop_is_held_by_that_worker():
    text = normalise_text("我们是顺德一家家电厂的人事 想给车间一个高级技师申报高级工程师 他16年拿的证")
    assert read(text, dt.date(2025, 11, 18), None, {}).held_skills == [{"level": "高级技师", "obtained": "2016"}]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "俺是淄博一个化工厂的 化工总控工技师 19年拿的证 没离开过 就疫情那年厂里停了俩月 俺都住在厂里守设备",
            None,
            {},
            {"technical_work_interrupted": False},
        ),
        ("那些我都没得 国务院津贴是我们矿长那种人才有的", "honours", {}, {"honours": []}),
        (
            "国务院津贴那种我们哪里有哦 就是个遵义市的技术能手",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": "市级"}]},
        ),
        ("州里给嘞津贴有一个 楚雄州政府发嘞", "honours", {}, {"honours": [{"name": "政府特殊津贴", "level": "市级"}]}),
        (
            "全国技术能手差一点 进了决赛没拿上 最后评了个省里嘞",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        ("技师4个 高级技师3个 后来退回去1个没再交", "applicant_count", {}, {"applicant_count": 6}),
        (
            "俺们是晋城一个煤业集团 今年高技能人才报职称嘞 综采嘞4个 机电嘞3个 另有2名通风嘞 想单设一个评审组",
            None,
            {},
            {"applicant_count": 9},
        ),
        ("05年毕业就入厂 差唔多二十年啦", "cumulative_work_years", {}, {"cumulative_work_years": 20.0}),
        ("我在长寿化工园区上班 化工总控工 二级的证", None, {}, {"province": "重庆"}),
        ("帮我老汉问下 他在攀钢开天车 技师 二一年拿嘞 想评工程师", None, {}, {"province": "四川"}),
        (
            "我们是昆明的评委会 今年报上来电工3个 焊工2个 另有1个按学历的不算",
            None,
            {},
            {"applicant_count": 5},
        ),
        (
            "景洪嘞电工 高级工21年拿嘞 23年帮亲戚割了半年胶 回来又接着当电工",
            None,
            {},
            {"technical_work_gap_years": 0.5},
        ),
    ],
)
def test_words_of_the_hundred_and_third_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("我是做民族服饰刺绣嘞 工程农业那些都不沾边 那就其他系列嘛", "series", {}, {"series": "其他"}),
        ("会计吧 不 还是统计", "exam", {}, {"exam": "统计"}),
        ("先考统计吧 哦不 还是会计 统计那个我们单位用不上", "exam", {}, {"exam": "会计"}),
        (
            "大庆油田采油的 工龄二十三年 哦不对 二十四年 从零一年进厂算 技师有了 想评工程师",
            None,
            {},
            {"cumulative_work_years": 24.0},
        ),
        ("从零六年进一汽到现在 中间没断过 你自己算嘛", "cumulative_work_years", {}, {"cumulative_work_years": 20.0}),
        ("年限肯定是够的 干了快十五年了", "meets_occupation_standard", {}, {"cumulative_work_years": 14.0}),
        ("还在统计 估计七八个", "applicant_count", {}, {"applicant_count": None}),
        (
            "我们是南通船厂的 今年报副高的技能人才4个 报中级的3个 又有一个退回去没补 省里评委会会单设评审组吗",
            None,
            {},
            {"applicant_count": 6},
        ),
        (
            "前年才进的这个酒店 第一年没资格参加考核 去年合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格"]},
        ),
        (
            "23跟25年合格 24年那张表找不到了 应该也是合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "25年优秀 前头两年都是合格 对了评上工程师社保基数会不会跟到涨",
            "annual_review_results",
            {},
            {"annual_review_results": ["优秀", "合格", "合格"], "title_held": None},
        ),
        ("包钢炼钢厂的 我是炉前工高级技师 想直接评正高 不想再一级一级熬了", None, {}, {"target_level": "正高级"}),
        ("高级工 二二年拿嘞 一直绣到现在", None, {}, {"technical_work_interrupted": False}),
        (
            "一直在滇中引水工地上开盾构 连过年都没回去过 你说离开没得",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False},
        ),
        (
            "23年3月到年底被借调到公司办公室写材料 24年又回的采油厂 还是干修井",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        (
            "不是没离开过 21年底辞职在家带了两年娃 24年初才回的公司 还是干电梯维保",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "国家那个技术能手没评上 省里嘞倒是有一个 还有个县里评的劳模",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": "省级"}, {"name": "劳动模范", "level": "县级"}]},
        ),
        (
            "工作室倒是有 我领办的 宝鸡市里挂的牌",
            "honours",
            {},
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        ("我问了我爸 那些都没有 全国技术能手 国务院津贴都没有", "honours", {}, {"honours": []}),
        ("江西跟湖南哪个评职称容易点啊 我老表说湖南松些", None, {}, {"province": None}),
        ("牙克石林业局的 我是营林技师", None, {}, {"province": "内蒙古"}),
        ("评实验技术系列还是工程系列好 我在上海一个高校实验室做仪器维修", "series", {}, {"series": None}),
        (
            "想直接评工程师 助理的没得啥意思",
            "target_level",
            {},
            {"target_level": "中级", "wants_direct_application": None},
        ),
    ],
)
def test_words_of_the_hundred_and_fourth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "23年休产假 没参加考核 24 25都是合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "有个事想问哈 我是铜仁嘞 高级工 前年拿嘞 中间没得歇过 三年考核都合格 想评个助理工程师",
            None,
            {},
            {"technical_work_interrupted": False},
        ),
        ("好似评过个技术能手吧 记唔清了", "honours", {}, {"honours": None}),
        (
            "二建证 安全员证都有 但技能等级证没有 能评工程师不",
            None,
            {},
            {"exam": None, "track": "skill_to_title", "skill_certificates": []},
        ),
        ("高级技师想考翻译资格证，英语还行，有没有啥限制", None, {}, {"exam": "翻译"}),
        (
            "我搞舞台灯光咯 有个技师证 能评二级舞美设计师啵",
            None,
            {},
            {"target_level": "中级", "series": "艺术"},
        ),
    ],
)
def test_words_of_the_hundred_and_fifth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "辞职在家带了一年娃 23年才回油田 还是干采油",
            "technical_work_interrupted",
            {},
            {"technical_work_gap_years": 1.0},
        ),
        (
            "没歇过 就去年冬天厂里检修停了个把月 俺也在厂里跟着修机器",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False},
        ),
        ("一直在跑外卖 证是电工的", "technical_work_interrupted", {}, {"technical_work_interrupted": True}),
        (
            "我是个外卖小哥 以前在厂里干过车工 有个高级工证 现在还能评职称不",
            None,
            {},
            {"technical_work_interrupted": True},
        ),
        ("副高 正高额可不敢想", "target_level", {}, {"target_level": "副高级"}),
        (
            "转轮补焊修型那套 全厂就我带的班组能做 在检修一线干了三十年",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        ("对 工程师 打错字了 手冻的", "clarify", {"target_level": "中级"}, {"series": "工程", "title_held": None}),
        (
            "工程农业那些都不沾边 我是做民族服饰刺绣的 工艺美术应该也不对 那就其他系列嘛",
            "series",
            {},
            {"series": "其他"},
        ),
        ("经济吧 我哋做直播带货 呢个唔系新职业咩", "series", {}, {"series": "经济", "new_occupation": True}),
        ("有毕业证 学的会计", "related_major_diploma", {}, {"related_major_diploma": None}),
        ("老乡问我 全国技术能手是不是可以直接评正高 这个是真的不", None, {}, {"honours": None}),
    ],
)
def test_words_of_the_hundred_and_sixth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_certificate_issued_months_after_the_exam_dates_from_its_issue():
    known = {"skill_certificates": [{"level": "技师"}]}
    text = normalise_text("21年5月考嘞 证是8月份才发下来")
    assert read(text, dt.date(2024, 8, 26), "skill_certificates_obtained", known).corrected_date == "2021-08"


def test_a_level_taken_this_year_whose_certificate_has_not_come_is_not_held():
    text = normalise_text("我是德宏的 橡胶割胶工 高级工 今年刚考嘞 证还没下来 以后能评职称不")
    assert read(text, dt.date(2027, 4, 16), None, {}).held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("先考统计吧 哦不 还是考审计 统计那个我们厂用不上", "exam", {}, {"exam": "审计"}),
        ("统计吧 哦不 还是会计 统计我们单位用不上", "exam", {}, {"exam": "会计"}),
        ("正好5个 算不算5人以上", "applicant_count", {}, {"applicant_count": 5}),
        (
            "对 就是助理工程师",
            "clarify",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            {"title_held": None, "target_level": "助理级"},
        ),
        ("我是中级会计师 在一家制造厂 想考个税务师 这个你们管不", None, {}, {"exam": "税务师"}),
    ],
)
def test_words_of_the_hundred_and_seventh_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_the_month_a_certificate_was_issued_refines_a_half_year():
    known = {"skill_certificates": [{"level": "高级工"}]}
    text = normalise_text("前年下半年嘛 证是十一月份发下来嘞")
    assert read(text, dt.date(2025, 6, 10), "skill_certificates_obtained", known).corrected_date == "2023-11"


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("从零三年进一汽 一直干到现在", "cumulative_work_years", {}, {"cumulative_work_years": 23.0}),
        (
            "离开？俺天天在锅炉房守着 大年三十都在班上 哪离开过",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False},
        ),
        ("割胶还能去哪点嘛 天天在胶林头", "technical_work_interrupted", {}, {"technical_work_interrupted": False}),
        (
            "五一在家 想起来问问 我是乌鲁木齐一家公交公司修车的 高级工 想评助理工程师",
            None,
            {},
            {"technical_work_interrupted": None},
        ),
        (
            "去打了两年工 在东莞 干的还是电工活",
            "technical_work_interrupted",
            {"province": "湖北"},
            {"province": None, "technical_work_interrupted": False},
        ),
        (
            "开过一阵子货车 多久记不清了 反正现在又回来干电焊了",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": True},
        ),
        (
            "厂里送我去德国培训了三个月 学的还是焊接机器人 其他时间都在车间",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        ("23年优秀 22年21年合格 对了 评上高级工艺美术师要交好多钱", "annual_review_results", {}, {"title_held": None}),
        ("助里工程师要啥子条件嘛 我是高级公", None, {}, {"title_held": None, "target_level": "助理级"}),
        ("想直接评工程师 助理的冇得么意思 能评不", None, {}, {"target_level": "中级"}),
        (
            "工程系列嘛，厂里说是评茶叶加工工程师",
            "series",
            {"track": "skill_to_title", "target_level": "副高级"},
            {"series": "工程", "target_level": None},
        ),
    ],
)
def test_words_of_the_hundred_and_eighth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("我是全国技术能手 技师证拿了一年多 能不能直接评高级工程师 不想干等", None, {}, {"target_level": "副高级"}),
        (
            "工资都发不出来了还评啥子 厂里欠了我们三个月工资 这个你们管不管",
            "cumulative_work_years",
            {},
            {"cumulative_work_years": None},
        ),
        ("正高没有 副高 高级实验师", "title_held", {"track": "title_to_skill"}, {"title_held": "副高级"}),
        (
            "技师今年才报的名 还没考 先看看高级工能评啥",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2019"}]},
            {"target_level": None},
        ),
        (
            "中级工是19年 高级工的证还没下来 说是明年才发",
            "skill_certificates_obtained",
            {"track": "skill_to_title", "target_level": "助理级", "skill_certificates": [{"level": "高级工"}]},
            {"target_level": None},
        ),
        ("有职称的 想晋个技能等级 钳工技师", "track", {}, {"track": "title_to_skill", "target_level": "技师"}),
        (
            "我们是红河州这边一个评委会，今年高技能人才报工程系列的有6个，要不要单设评审组？",
            None,
            {},
            {"applicant_count": 6},
        ),
        (
            "我是鹤庆打银器嘞 没得啥子荣誉 但手艺在我们这点数得着 三十年一直在作坊里打 能不能特殊评审个职称",
            None,
            {},
            {"front_line_mastery": True, "technical_work_interrupted": None},
        ),
        (
            "国家重大战略那种肯定沾不上 就是给村里带了几十个徒弟",
            "major_contribution",
            {"track": "skill_to_title", "front_line_mastery": True},
            {"major_contribution": False},
        ),
    ],
)
def test_words_of_the_hundred_and_ninth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "国务院津贴那是我师傅有 我就一个市里评的首席技师",
            "honours",
            {},
            {"honours": [{"name": "首席技师", "level": "市级"}]},
        ),
        (
            "这两年厂里没得活 我一直在跑滴滴 还没回去",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
        ("州里给过个津贴 其他没得", "honours", {}, {"honours": [{"name": "政府特殊津贴", "level": "市级"}]}),
        (
            "技能大师工作室 我领办嘞 国家级嘞牌子",
            "honours",
            {},
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "我是农艺师 中级的 19年评上的 想考个农业技术员技师 对口的 我就干这个",
            None,
            {},
            {"occupation_matches_post": True},
        ),
        (
            "我是白银有色的浮选工 一六年考的高级工 二〇年拿了技师 中间去酒泉风电场干了一年安装 23年才回来 还是干浮选",
            None,
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("我系中级会计师 18年考落嘅 而家想考返个技能等级 得唔得", None, {}, {"title_obtained": "2018"}),
        ("我用工程师职称前年三月份申请的钳工技师 证拿到了 现在想申请高级技师", None, {}, {"title_obtained": None}),
        ("俺是洛阳轴承厂嘞车工 高级技师 听说高级技师能评高级工程是了 中不中", None, {}, {"target_level": "副高级"}),
    ],
)
def test_words_of_the_hundred_and_tenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 8, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "读技校那三年算不算",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": None, "technical_work_gap_years": None},
        ),
        ("有职称 想晋个技能等级", "track", {}, {"track": "title_to_skill"}),
        ("会计吧 还是统计 你说哪个好考", "exam", {"track": "qualification_exam"}, {"exam": None}),
        (
            "全国技术能手差一点 进了决赛没拿上 最后评了个自治区嘞",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "厂里送我去德国培训了三个月 学的还是焊接机器人",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": False},
        ),
        (
            "能评工程师不 还是只能评助理",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2023"}]},
            {"target_level": "中级"},
        ),
        (
            "23年公司没活 我出去送了半年外卖 后来24年过年回文昌老家帮家里弄了三个月椰子 其他时间都在修空调啦",
            "technical_work_interrupted",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
    ],
)
def test_words_of_the_hundred_and_eleventh_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "俺那手憋压解堵的活全队就俺一个整得明白 干了二十八年 就没离开过井场",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        ("我在技校教汽修 报的也是汽车维修工", "occupation_matches_post", {}, {"occupation_matches_post": True}),
        ("我在安顺开铲车 证都没得 想评个职称有希望不", None, {}, {"skill_certificates": []}),
        ("俺是焊工 有技师证 厂里好几个人都在说能评工程师 俺这中不中", None, {}, {"target_level": "中级"}),
        (
            "来电人是电梯安装维修工技师，在上海工作，咨询技师评工程师的条件，帮忙看一下他现在能不能报",
            None,
            {},
            {"target_level": "中级", "track": "skill_to_title"},
        ),
    ],
)
def test_words_of_the_hundred_and_twelfth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 11, 20), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_this_years_review_said_after_last_years_counts_late_in_the_year():
    said = read(normalise_text("去年考核基本合格 今年优秀"), dt.date(2025, 12, 28), "annual_review_results", {}).updates
    assert said["annual_review_results"] == ["优秀", "基本合格"]


def test_the_day_written_on_the_certificate_dates_it_after_the_occupation_named():
    text = normalise_text("22年6月拿嘞中药炮制工技师 证上写嘞6月15号 中间没得歇过")
    assert read(text, dt.date(2025, 7, 1), None, {}).held_skills == [{"level": "技师", "obtained": "2022-06-15"}]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("22 23都是合格", "annual_review_results", {}, {"annual_reviews_all_pass": None}),
        ("合格合格优秀 从21年开始数", "annual_review_results", {}, {"annual_review_results": ["优秀", "合格", "合格"]}),
        ("回贵州老家报 现在在浙江打工", "province", {}, {"province": "贵州"}),
        ("厨师有冇得系列㗎 我都唔知", "series", {}, {"series": None}),
        ("应该是农业吧 也可能是工艺美术 我不懂", "series", {}, {"series": None}),
        (
            "考核是对的 不过刚才忘说了 22年被抽去搞了半年拆迁 后来才回的变电站",
            "clarify",
            {"technical_work_interrupted": False},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "20年疫情厂子停了大半年 不过那是拿证之前 拿证后一直在干",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-02"}]},
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        ("汽车维修工 高级技师 国务院津贴是我师傅的 我自己啥也没有 能评副高不", None, {}, {"honours": None}),
        (
            "高级技师证 18年的 我们厂里也有人说可以直接评正高 吹牛吧",
            None,
            {},
            {"wants_direct_application": None},
        ),
        ("技师 听说可以直接评高级工程师 想试试", None, {}, {"wants_direct_application": True}),
        ("评上了工程师 能不能多休几天年假", None, {}, {"title_held": None}),
        ("助里工程式要啥子条件嘛 我是高级公", None, {}, {"target_level": "助理级", "series": "工程"}),
        ("考经济师 我是技师 能不能报 还是只能考会计", None, {}, {"exam": "经济"}),
        (
            "有 大专读的机电一体化 对得上",
            "related_major_diploma",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            {"related_major_diploma": True, "occupation_matches_post": None},
        ),
        (
            "清明放假在家 顺便问下 我爸退休前是高级技师 退休了还能评职称不",
            None,
            {},
            {"technical_work_interrupted": None},
        ),
    ],
)
def test_words_of_the_hundred_and_thirteenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("割胶工高级工 23年6月拿的 证上写15号", [{"level": "高级工", "obtained": "2023-06-15"}]),
        ("清明放假在家 顺便问下 我爸退休前是高级技师 退休了还能评职称不", [{"level": "高级技师"}]),
    ],
)
def test_levels_of_the_hundred_and_thirteenth_round(text, held):
    assert read(normalise_text(text), dt.date(2025, 6, 10), None, {}).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "阮是仙游做木雕嘅 高级工艺美术师想评 阮有高级技师证 提了六冬",
            None,
            {},
            {"target_level": "副高级", "title_held": None},
        ),
        (
            "我系柳州螺蛳粉厂嘅食品检验员 技师 证系20年11月 想问下评农业定系评工程",
            None,
            {},
            {"series": None, "track": "skill_to_title"},
        ),
        ("好似系二一年 记唔太清", "skill_certificates_obtained", {"skill_certificates": [{"level": "高级工"}]}, {}),
        ("助理级中级都行 你们看着办", "target_level", {"track": "skill_to_title"}, {"target_level": None}),
        (
            "您好 我是北京一家国企的会计 中级会计师 平时爱做面点 想申请个中式面点师技师 有职称能直接申请吗",
            None,
            {},
            {"title_held": "中级", "target_level": "技师", "track": "title_to_skill"},
        ),
        ("我是做面点的 想申请个中式面点师技师 能直接申请吗", None, {}, {"track": None}),
    ],
)
def test_words_of_the_hundred_and_fourteenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known)
    assert {name: said.updates.get(name) for name in updates} == updates
    assert said.corrected_date is None


def test_the_skill_level_wanted_said_again_to_the_title_question_is_not_held():
    known = {"target_level": "技师", "wants_direct_application": True}
    assert read("中式面点师技师", dt.date(2025, 6, 10), "title_held", known).held_skills == []
    assert read("我有中式面点师技师证", dt.date(2025, 6, 10), "skill_certificates", {}).held_skills == [
        {"level": "技师"}
    ]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "我们是红河州人社局职称科嘞 今年工程系列有5个技能人才申报 正好5个算不算5人以上",
            None,
            {},
            {"organiser_topic": "separate_panel", "applicant_count": 5},
        ),
        (
            "工作室倒是有 我领办嘞 市里挂嘞牌",
            "honours",
            {"province": "重庆"},
            {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]},
        ),
        (
            "工作室倒是有 我领办嘞 市里挂嘞牌",
            "honours",
            {"province": "四川"},
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        (
            "市政府认定过高精尖缺 21年的文件",
            "honours",
            {"province": "北京"},
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "社保交了十二年 中间断过两年 这个能补吗",
            "cumulative_work_years",
            {"track": "title_to_skill"},
            {"cumulative_work_years": None},
        ),
        ("证都没得 一直跟着师傅干", "skill_certificates", {"track": "skill_to_title"}, {"skill_certificates": []}),
        ("中级嘛 助理的莫得啥子意思", "target_level", {"track": "skill_to_title"}, {"target_level": "中级"}),
        ("厨师算么子新职业啰 老行当", "new_occupation", {}, {"new_occupation": False}),
    ],
)
def test_words_of_the_hundred_and_fifteenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("技师跟工程师哪个高啊 我老婆非说工程师高 打赌呢", None, {}, {"title_held": None}),
        ("收到11份 其中1份重复 1份是按学历评嘞", "applicant_count", {"track": "organiser"}, {"applicant_count": 9}),
        ("助理工程师嘛 工程师我晓得还够不着", "target_level", {"track": "skill_to_title"}, {"target_level": "助理级"}),
        (
            "那还是中级吧 副高等我考了高级技师再说",
            "target_level",
            {"track": "skill_to_title"},
            {"target_level": "中级"},
        ),
        (
            "大姐你好 我是包头稀土厂的 高级技师 16年拿的证 想评高级工程师 不想走中级了直接上",
            None,
            {},
            {"target_level": "副高级", "series": "工程", "track": "skill_to_title"},
        ),
        ("想问一哈 我们贵州这边有没有专门出个技能人才评职称的细则", None, {}, {"province": None}),
        ("文物博物 我在省博物馆修文物的", "series", {"province": "云南"}, {"series": "文物博物", "province": None}),
        (
            "18年到20年在车间当主任 21年以后一直在一线",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-01"}]},
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "西式面点师技师 23年3月拿的证 一直在后厨 想评工程师还是啥 能评不 要几年",
            None,
            {},
            {"track": "skill_to_title", "target_level": None},
        ),
        (
            "规上？就是统计局说的那个规模以上工业企业吗",
            "enterprise_above_scale",
            {"track": "organiser"},
            {"enterprise_above_scale": None},
        ),
    ],
)
def test_words_of_the_hundred_and_sixteenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "22 23 24三年厂里都给的合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "22 23 24拢合格 25年的还冇出来",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        ("有职称 想晋个技能等级 我是助理工程师", "track", {}, {"title_held": "助理级", "track": "title_to_skill"}),
        (
            "18年考下来嘞 中级经济师",
            "title_obtained",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            {"title_obtained": "2018", "exam": None},
        ),
    ],
)
def test_words_of_the_hundred_and_seventeenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 10, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_certificate_issued_in_the_twelfth_lunar_month_of_the_year_said_dates_it_the_next_january():
    known = {"skill_certificates": [{"level": "高级工"}]}
    said = read(
        normalise_text("前年下半年考嘞 证是腊月才发下来"), dt.date(2025, 11, 2), "skill_certificates_obtained", known
    )
    assert said.corrected_date == "2024-01"


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("咱陕西是不是也执行这个96号文？", None, {}, {"province": None}),
        ("二二二三年合格 二四年优秀", "annual_review_results", {}, {"annual_review_results": ["优秀", "合格", "合格"]}),
        (
            "前年称职 去年基本称职 今年的刚出来也是称职 去年那个是因为出了个小事故",
            "annual_review_results",
            {},
            {"annual_review_results": ["称职", "基本称职", "称职"], "annual_reviews_all_pass": False},
        ),
        (
            "江西景德镇 做陶瓷拉坯的 手艺干了三十年 但是一个证都没得 能评职称不",
            None,
            {},
            {"skill_certificates": [], "province": "江西"},
        ),
        (
            "北京朝阳 烘焙师 就是中式面点师技师 二三年考的 能评个中级职称不 中间在别家店干了半年也还是做面点",
            None,
            {},
            {"technical_work_interrupted": False},
        ),
        (
            "前几年去东莞打了两年工 干嘞还是电工活 现在回来了 高级工19年拿嘞证 能评助理工程师不",
            None,
            {},
            {"technical_work_interrupted": False, "province": None},
        ),
        (
            "我一个做网约配送的 送外卖六年了 有个四级证 想问下这种新职业能评职称不",
            None,
            {},
            {"technical_work_interrupted": None, "technical_work_gap_years": None},
        ),
        (
            "五一在家歇了几天 其他没离开过",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-04"}]},
            {"technical_work_interrupted": False},
        ),
        (
            "我是克拉玛依石化嘞仪表工，高级工，2021年拿嘞证，中间被抽去搞了半年疫情防控，其他时间都在装置上",
            None,
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("全国技术能手 国务院津贴这些都没有 就是个技师 能评工程师不", None, {}, {"honours": []}),
        (
            "我是焊转向架的高级技师 想特殊评审评个正高咯 冇得全国技术能手 有个省劳模 能搞不",
            None,
            {},
            {"honours": [{"name": "劳动模范", "level": "省级"}]},
        ),
        (
            "俺是长春一汽嘞钳工 高级技师 前年评下来嘞 想整个高级工程师 不想再走中级了",
            None,
            {},
            {"target_level": "副高级", "title_held": None},
        ),
        (
            "侬好 我是上海宝山的 钳工技师 2019年6月拿的证 想问问直接评高级工程师可以伐 不想再评中级了",
            None,
            {},
            {"target_level": "副高级"},
        ),
        (
            "我是酒厂嘞电工 高级工证19年就拿了 想直接评工程师 助理嘞莫得哪样意思",
            None,
            {},
            {"target_level": "中级", "wants_direct_application": None},
        ),
        ("我在东莞打工 屋头是湖南嘞 不过就在这边报", "province", {"track": "skill_to_title"}, {"province": "广东"}),
        ("我户口在甘肃，但是在独山子石化干了十几年了，就在这边报", "province", {}, {"province": "新疆"}),
        ("现在在厦门打工 可能在这边报也可能回老家报 还没定", "province", {}, {"province": None}),
        ("我是开收割机嘞 农机手 啥子证都冒得 能评职称不", None, {}, {"skill_certificates": [], "honours": None}),
        ("技能等级评价跟职称评审能同时搞不 两个都报会不会冲突", None, {}, {"applicant_count": None}),
    ],
)
def test_words_of_the_hundred_and_eighteenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("帮朋友问下，他是吉林一汽的，汽车维修工技师，21年年中拿的证，证上写的七月，想评工程师", "2021-07"),
        ("我是12333的接线员 来电人说他是焊工技师 23年6月拿证 证上写15号 想评工程师 在成都", "2023-06-15"),
        ("老铁 我是大庆油田采油工 高级技师 十多年前拿嘞证 国务院津贴也享受着", "2015-06"),
    ],
)
def test_certificate_dates_of_the_hundred_and_eighteenth_round(text, obtained):
    held = read(normalise_text(text), dt.date(2025, 6, 10)).held_skills
    assert [c.get("obtained") for c in held] == [obtained]


def test_a_month_said_to_another_question_dates_the_certificate_known_by_its_year():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2024"}]}
    assert read("去年四月份", dt.date(2025, 6, 10), "annual_review_results", known).corrected_date == "2024-04"


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "二二 二三 二四拢是合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "高级工评助理工程师 技师评工程师 高级技师评高工 是这样对应的吧",
            None,
            {},
            {"target_level": None, "series": None},
        ),
        (
            "副高 不想再等那三年",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2024-06"}]},
            {"target_level": "副高级", "wants_direct_application": True},
        ),
        (
            "23年辞了工在屋里带了半年伢 后来又回原来那个厂 其他时候一直在线上做",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-05-20"}]},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("我们学校经常有家长问 孩子读中职拿个中级工证 以后能不能评职称", None, {}, {"title_held": None}),
    ],
)
def test_words_of_the_hundred_and_nineteenth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "held"),
    [
        (
            "大前年年底考的，证是第二年三月份才发下来的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            None,
        ),
        (
            "稍微更正一下 来电人刚说22年拿的技师 现在又改口说是23年3月才发证 工作一直在干",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            [{"level": "技师", "obtained": "2023-03"}],
        ),
        ("太原的 俺有中级工证 十几年了 能评职称不", None, {}, [{"level": "中级工", "years_held": 10.0}]),
    ],
)
def test_certificate_dates_of_the_hundred_and_nineteenth_round(text, pending, known, held):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known)
    if held is None:  # the date asked for, said alone: the certificate's issue, the year after the exam
        assert said.corrected_date == "2023-03"
    else:
        assert said.held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "22 23 24这三年厂里都给的合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        ("目前收到5份材料 正好5个算不算5人以上", "applicant_count", {"track": "organiser"}, {"applicant_count": 5}),
        (
            "我是武汉一家电梯公司的助理工程师 想晋个技能等级 电梯安装维修工高级工",
            None,
            {},
            {"target_level": "高级工", "title_held": "助理级"},
        ),
        (
            "尝一口就晓得哪个窖池出嘞酒 全厂没几个有这本事 三十年都在车间头",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        (
            "不想走中级了 直接上副高",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2023"}]},
            {"target_level": "副高级", "wants_direct_application": True},
        ),
        (
            "不想走中级了 直接上副高",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2023"}]},
            {"target_level": "副高级", "wants_direct_application": None},
        ),
    ],
)
def test_words_of_the_hundred_and_twentieth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_review_not_given_yet_by_the_unit_leaves_the_three_years_before():
    said = read("22 23 24年都是合格 25年的单位还没出", dt.date(2026, 1, 15), "annual_review_results").updates
    assert said["annual_review_results"] == ["合格", "合格", "合格"]


def test_a_voice_slip_for_the_certificate_is_read_as_the_level():
    said = read(
        normalise_text("我是芜湖的 在奇瑞配套厂干汽车装调工 级师证 二二年拿的 想问能评工城市了没"), dt.date(2025, 6, 10)
    )
    assert said.held_skills == [{"level": "技师", "obtained": "2022"}] and said.updates["target_level"] == "中级"


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "你好 我们是普洱市农业系列中级评委会办公室 今年有茶厂嘞技师来报农艺师 想问可不可以给他们单独分个组评",
            None,
            {},
            {"track": "organiser", "organiser_topic": "separate_panel", "target_level": None},
        ),
        ("经济吧 我们这行跟工程又不沾边", "series", {}, {"series": "经济"}),
        ("我系电工技师 评咗工程师可唔可以入户广州", None, {}, {"title_held": None, "target_level": None}),
        (
            "大专刚毕业 学的护理 在医院当护工 还没拿啥证 以后能评职称吗",
            None,
            {},
            {"skill_certificates": [], "track": "skill_to_title"},
        ),
        (
            "绣了三十多年花了 一直在作坊里头绣 我们这点会双面绣嘞就剩我跟我妹子两个了",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
    ],
)
def test_words_of_the_hundred_and_twenty_first_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "22年赣州那个项目完了 回村里种了一年脐橙 23年又出来进了现在这个公司 还是干电工",
            "technical_work_gap_years",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "23年3月让矿上借到调度室去了 12月底才回采区",
            "technical_work_gap_years",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        (
            "23年胶价低 去隔壁农场割了半年胶 也还是割胶 就是换了个胶园",
            "technical_work_gap_years",
            {},
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "21年3月到年底 矿里停产 在屋里歇了大半年",
            "technical_work_gap_years",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        (
            "春节刚过完 工地还没开工 这几天在家歇着 别的时候一直在干",
            "technical_work_gap_years",
            {},
            {"technical_work_interrupted": False},
        ),
        (
            "暑假带娃在家 顺便问下 我是开铲车的 装载机司机技师 15年拿的证 中间没停过 在唐山 能评工程师不",
            None,
            {},
            {"technical_work_interrupted": False, "province": "河北"},
        ),
        (
            "全国技术能手差一点 进了决赛没拿上 最后评了个云南省嘞 19年评嘞",
            "honours",
            {},
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "我们是做高原特色蔬菜种植嘞 技术员都评嘞农艺师 我也评农业嘞",
            "series",
            {},
            {"series": "农业", "title_held": None},
        ),
        ("俺是建三江农场开收割机的 农机修理工技师 寻思问问俺这能评个农艺师不", None, {}, {"province": "黑龙江"}),
        (
            "我是秀苗绣的 高级级师 想评个高级工艺没术师 要等好久",
            None,
            {},
            {"target_level": "副高级", "series": "工艺美术"},
        ),
        ("我是技师 评高级工干啥", None, {}, {"target_level": None}),
    ],
)
def test_words_of_the_hundred_and_twenty_second_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "today", "held", "corrected"),
    [
        ("我是铁路上嘞 接触网工技师 前年下半年考嘞 证是腊月才发下来 在昆明", None, "2025-12-11", "2024-01", None),
        ("我是贵阳一个隧道施工队嘞 钢筋工高级工 二三年秋天考嘞 想评个助理工程师", None, "2026-11-04", "2023", None),
        ("我是西双版纳一个茶厂嘞 评茶员 高级工 二三年泼水节那阵拿嘞证", None, "2026-04-07", "2023", None),
        ("我是工程师 今年三月用职称申请下来了电工技师", None, "2024-09-25", "2024-03", None),
        ("那年娃儿满月 腊月里 二四年", "skill_certificates_obtained", "2027-02-25", None, "2025-01"),
        ("前年中秋嗰阵考嘅 证书写住十一月", "skill_certificates_obtained", "2025-01-06", None, "2023-11"),
        ("他说证是20年拿嘞 俺姐说是21年", "skill_certificates_obtained", "2025-01-31", None, None),
    ],
)
def test_certificate_dates_of_the_hundred_and_twenty_second_round(text, pending, today, held, corrected):
    known = {"skill_certificates": [{"level": "技师"}]} if pending else {}
    said = read(normalise_text(text), dt.date.fromisoformat(today), pending, known)
    assert [c.get("obtained") for c in said.held_skills] == ([held] if held else [])
    assert said.corrected_date == corrected


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "有啊 23年成年喺度做销售 跟住返嚟车间",
            "technical_work_gap_years",
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "南宁的 汽修技师 20年拿证 20年到22年在4S店做销售顾问 后面又回来修车了",
            None,
            {},
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "22年称职 23年称职 24年基本称职 那年腰伤歇了俩月",
            "annual_review_results",
            {},
            {"technical_work_interrupted": None, "annual_reviews_all_pass": False},
        ),
        (
            "我是焊工高级技师 焊了三十年 人家都说我焊的缝拍片子没挑过毛病 一直在一线 这种能不能走特殊评审评正高",
            None,
            {},
            {"front_line_mastery": True},
        ),
        (
            "特种钢全位置焊 厂里就俺们几个能干 三十年没离开过船台",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        (
            "水电机组转轮那种厚板焊 全厂就剩俺俩会 干了二十八年一直在一线",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        (
            "高压管道全位置焊 厂里就我带的几个能干 二十八年都在一线",
            "front_line_mastery",
            {},
            {"front_line_mastery": True},
        ),
        (
            "辽宁省劳动模范 2021年评的 你说那几样全国技术能手啥的 都没有",
            "honours",
            {},
            {"honours": [{"name": "劳动模范", "level": "省级"}]},
        ),
        ("被推荐过全国技术能手 差一点没评上", "honours", {}, {"honours": None}),
        (
            "我是山西省技术能手 车工技师 能不能走绿色通道直接评副高 不想先评中级了",
            None,
            {},
            {"target_level": "副高级", "wants_direct_application": True},
        ),
        (
            "我们是云南一个州的工程系列评委会 今年收到高技能人才申报材料5份 正好5个算不算5人以上",
            None,
            {},
            {"organiser_topic": "separate_panel", "applicant_count": 5},
        ),
    ],
)
def test_words_of_the_hundred_and_twenty_third_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 10), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "today", "results"),
    [
        ("20 21 22年都是良好 23年的还在评", "2024-01-29", ["良好", "良好", "良好"]),
        ("厂头每年都考核 22 23 24都是合格 25年嘞还莫出来", "2026-02-03", ["合格", "合格", "合格"]),
    ],
)
def test_a_latest_review_still_being_given_leaves_the_three_before_it(text, today, results):
    said = read(normalise_text(text), dt.date.fromisoformat(today), "annual_review_results", {})
    assert said.updates["annual_review_results"] == results


def test_a_new_certificate_told_after_the_date_asked_for_leaves_that_date_to_the_level_asked_about():
    known = {"skill_certificates": [{"level": "高级工"}]}
    said = read("去年六月 哦对了 我上个月刚拿了技师证", dt.date(2025, 9, 5), "skill_certificates_obtained", known)
    assert said.corrected_date == "2024-06" and said.held_skills == [{"level": "技师", "obtained": "2025-08"}]


def test_years_of_work_beside_the_certificate_are_not_years_held():
    said = read(normalise_text("我是大理剑川嘞木雕师傅 有高级技师证 搞了三十多年了"), dt.date(2026, 4, 3))
    assert said.held_skills == [{"level": "高级技师"}]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "主要问企业自己能不能评 我们是规上企业 苏州这边的",
            "organiser_topic",
            {"track": "organiser"},
            {"organiser_topic": "enterprise_self_evaluation", "enterprise_above_scale": True},
        ),
        ("十二年 不对不对 是十五年 一一年就进厂了", "cumulative_work_years", {}, {"cumulative_work_years": 15.0}),
        ("参加工作十二年 不对 十四年了 我记岔了", "cumulative_work_years", {}, {"cumulative_work_years": 14.0}),
        (
            "我在南昌做碳排放管理 说是新兴职业 有三级证 想评工程师 可以不",
            None,
            {},
            {"technical_work_interrupted": None, "target_level": "中级"},
        ),
        (
            "我们是曲靖市评委会办公室 今年有5个技师来报 正好5个算不算5人以上",
            None,
            {},
            {"organiser_topic": "separate_panel", "applicant_count": 5},
        ),
        (
            "有 18年评的高级工艺美术师",
            "title_held",
            {"track": "skill_to_title", "target_level": "正高级"},
            {"title_held": "副高级", "track": None},
        ),
        (
            "你好 我是厨师 有中式烹调枝师证 想评个经济shi 这种能评不",
            None,
            {},
            {"series": "经济", "target_level": "中级"},
        ),
    ],
)
def test_words_of_the_hundred_and_twenty_fourth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 2), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "您好，我是人事，想给我们厂一位模具工高级技师推荐评高级工程师，他现在可以报吗",
            None,
            {},
            {"target_level": "副高级", "series": "工程", "track": "skill_to_title"},
        ),
        (
            "对 工程师 另外刚才说错了 技师是22年10月发的证 不是4月",
            None,
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2022-04"}]},
            {"title_held": None, "series": "工程"},
        ),
        ("评职称 我都技师了 不考证了", "track", {}, {"track": "skill_to_title"}),
        ("有职称的人能不能回头考技能等级 我们厂有工程师在问", None, {}, {"title_held": None}),
        (
            "冇啊 全国技术能手边度轮到我",
            "honours",
            {"track": "skill_to_title", "target_level": "副高级", "wants_direct_application": True},
            {"honours": None},  # the honour denied is not read (the reply's 冇 then says none)
        ),
        (
            "焊了三十年了 厂里那几个高压管道就我敢上 一直在一线没挪过窝",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "正高级"},
            {"front_line_mastery": True},
        ),
        (
            "一直在干 就是去年腰杆伤了歇了两个月",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2023-07"}]},
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "收到12份 其中3份退回去了 退回的有1份又交回来了",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            {"applicant_count": 10},
        ),
        ("正月十五都没过完就上班了😭", None, {}, {"annual_reviews_all_pass": None}),
        (
            "我是技术员 员级的职称 能不能 申请 锅炉运行值班员高级工",
            None,
            {},
            {"title_held": "员级", "target_level": "高级工", "track": "title_to_skill"},
        ),
        ("想 评 工程师", None, {}, {"title_held": None, "target_level": "中级"}),
    ],
)
def test_words_of_the_hundred_and_twenty_fifth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 2), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # the issue month wins over the exam's year, said in one breath
        (
            "五一前拿到技师证了🎉 24年考的25年4月发的 我是沈阳做汽修的 多久能评工程师",
            [{"level": "技师", "obtained": "2025-04"}],
        ),
        # the level wished for, named again as a step: not held
        (
            "哈喽 我是吉林通化的 在参厂干了二十年 中级工 想考个高级工再评职称 先问问高级工以后几年能评助理",
            [{"level": "中级工"}],
        ),
        ("我是技术员 员级的职称 能不能 申请 锅炉运行值班员高级工", []),
    ],
)
def test_levels_held_in_the_hundred_and_twenty_fifth_round(text, held):
    assert read(normalise_text(text), dt.date(2026, 3, 2)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "today", "updates"),
    [
        (
            "离开啥呀 天天搁井底下 三十来年了",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            dt.date(2025, 1, 9),
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "20年去工地看了半年大门 后来又回屋头种了一年地 22年才回厂",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2019-08"}]},
            dt.date(2025, 5, 13),
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.5},
        ),
        (
            "南通纺织厂挡车工 技师 证是23年10月发嘞 一直在车间 前年基本合格 其他两年都是合格 能评工程师吗",
            None,
            {},
            dt.date(2026, 6, 20),
            {"annual_review_results": ["合格", "基本合格", "合格"]},
        ),
        (
            "22 23 24都合格 25年的还没下来",
            "annual_review_results",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2022-10-25"}]},
            dt.date(2026, 1, 9),
            {"annual_review_results": ["合格", "合格", "合格"], "annual_reviews_all_pass": True},
        ),
        (
            "技师吧 高级技师估计不得行",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            dt.date(2024, 7, 7),
            {"target_level": "技师"},
        ),
        (
            "那个不敢说 就是给几个博物馆做过复制件",
            "major_contribution",
            {"track": "skill_to_title", "series": "工艺美术", "target_level": "正高级"},
            dt.date(2025, 12, 12),
            {"series": None},
        ),
        (
            "你好，我海口的，在一个椰子加工厂当技术员，员级职称，想申请个食品检验员高级工，员级可不可以申请啊？",
            None,
            {},
            dt.date(2026, 11, 11),
            {"title_held": "员级", "target_level": "高级工", "track": "title_to_skill"},
        ),
        (
            "莫评过职称",
            "title_held",
            {"track": "skill_to_title", "target_level": "正高级"},
            dt.date(2024, 6, 18),
            {"title_held": "无"},
        ),
    ],
)
def test_words_of_the_hundred_and_twenty_sixth_round(text, pending, known, today, updates):
    said = read(normalise_text(text), today, pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "你说那几样全国技术能手啥嘞 都没有 不过我是楚雄州首席技师",
            "honours",
            {"track": "skill_to_title", "target_level": "副高级", "wants_direct_application": True},
            {"honours": [{"name": "首席技师", "level": "市级"}]},
        ),
        ("我喺东莞返工 屋企系湖南嘅 不过就喺呢边报", "province", {"track": "skill_to_title"}, {"province": "广东"}),
        (
            "我在普洱思茅茶厂做评茶 评茶员二级 18年拿嘞 这些年一直在厂头 想评农艺师还是哪样 能评个啥",
            None,
            {},
            {"series": None, "target_level": None, "track": "skill_to_title"},
        ),
        (
            "单设评审组 我们报了5个 正好5个算不算5人以上",
            "organiser_topic",
            {"track": "organiser"},
            {"organiser_topic": "separate_panel", "applicant_count": 5},
        ),
        (
            "盾构姿态纠偏这手活 队上就我整得最稳 二十年没离开过隧道一线",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "副高级", "wants_direct_application": True},
            {"front_line_mastery": True},
        ),
    ],
)
def test_words_of_the_hundred_and_twenty_seventh_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 3, 2), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "阮拢无断过 一直在厝里刻木雕",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            {"technical_work_interrupted": False},
        ),
        (
            "老早了 记不清 在家里压箱底",
            "skill_certificates_obtained",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]},
            {"technical_work_interrupted": None},
        ),
        ("副高啦 正高就唔谂住啦", "target_level", {"track": "skill_to_title"}, {"target_level": "副高级"}),
        (
            "突出贡献说不上 就是给省博物馆修复过几件老东西",
            "major_contribution",
            {"track": "skill_to_title", "target_level": "正高级", "series": "工艺美术"},
            {"series": None},
        ),
        (
            "19年到20年回老家种了两年地 21年又下井了 还是开采煤机",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2018"}]},
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "斑铜这个手艺整个会泽会嘞不超过五个人 我十六岁当学徒到现在一直在作坊里敲",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "正高级"},
            {"front_line_mastery": True},
        ),
        (
            "师傅些都说技师可以评工程师了 我是电工技师 想问下我可以评不嘛",
            None,
            {},
            {"target_level": "中级", "track": "skill_to_title"},
        ),
        ("我在德宏瑞丽做珠宝玉石首饰加工 高级技师", None, {}, {"province": "云南"}),
    ],
)
def test_words_of_the_hundred_and_twenty_eighth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_certificate_issued_the_year_after_its_exam_dates_from_the_issue():
    known = {"skill_certificates": [{"level": "高级工"}]}
    said = read(
        "高级工是19年 不过我去年又考了技师 上个月刚发嘞证", dt.date(2024, 8, 20), "skill_certificates_obtained", known
    )
    assert said.held_skills == [{"level": "高级工", "obtained": "2019"}, {"level": "技师", "obtained": "2024-07"}]


def test_years_worked_put_right_leave_the_title_date_alone():
    known = {"track": "title_to_skill", "title_held": "助理级", "title_obtained": "2017", "target_level": "高级工"}
    said = read("够 干了十五六年了 哎不对 十四年", dt.date(2026, 12, 5), "meets_occupation_standard", known)
    assert said.corrected_date is None and "title_obtained" not in said.updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "高级技师13年拿嘞 厂里给我弄了个技能大师工作室 国家级嘞 我是带头人",
            None,
            {},
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "他说是全国技术能手 19年评的 还是厂里技能大师工作室的领办人 不过那个是市里挂的牌",
            "honours",
            {"track": "skill_to_title", "province": "内蒙古", "target_level": "正高级"},
            {
                "honours": [
                    {"name": "技术能手", "level": "国家级"},
                    {"name": "技能大师工作室带头人", "level": "市级"},
                ]
            },
        ),
        (
            "我们是农业系列中级评委会办公室 今年有茶厂 烟站嘞技师来报农艺师 想问下单设评审组有哪样规定",
            None,
            {},
            {"track": "organiser", "organiser_topic": "separate_panel", "target_level": None},
        ),
    ],
)
def test_words_of_the_hundred_and_twenty_ninth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "高级技师 对应副高那个",
            "target_level",
            {"track": "title_to_skill", "title_held": "副高级"},
            {"target_level": "高级技师", "title_held": None},
        ),
        (
            "二三年回村里种了一年甘蔗 后来又回厂里做检验",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2022-04"}]},
            {"technical_work_gap_years": 1.0},
        ),
        (
            "21 22 23团里都给的合格",
            "annual_review_results",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "会这种老刀法嘅就剩我同我师兄两个 三十年冇离开过胶林",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "中级"},
            {"front_line_mastery": True},
        ),
        (
            "你说嘞那几样 啥子全国技术能手 国务院津贴 都没得",
            "honours",
            {"track": "skill_to_title", "target_level": "中级"},
            {"honours": []},
        ),
        (
            "省里评过技术能手 国务院津贴 没得",
            "honours",
            {"track": "skill_to_title", "target_level": "中级"},
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        ("想问下 像直播带货这种新职业 能评职称不", None, {}, {"new_occupation": None, "track": None}),
        ("5人以上就要单设评审组 那正好5个人算不算", None, {}, {"applicant_count": None}),
    ],
)
def test_words_of_the_hundred_and_thirtieth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "obtained"),
    [
        ("孩子上一年级那年 开学那会儿 就是去年", "2024-09"),
        ("二三年 月份忘了", "2023"),
        ("下半年 去年", "2024"),
        ("下半年", "2024"),  # said in March: this year's second half has not begun
        ("年初刚拿", "2025-01"),
    ],
)
def test_the_date_of_the_certificate_said_by_a_part_of_a_year(text, obtained):
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工"}]}
    said = read(normalise_text(text), dt.date(2025, 3, 5), "skill_certificates_obtained", known)
    assert said.corrected_date == obtained


@pytest.mark.parametrize("text", ["我们厂分优秀、合格、不合格 我年年都是合格", "我们这评优秀 合格那种 我年年合格"])
def test_the_grades_an_employer_gives_are_not_the_persons_results(text):
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2023"}]}
    said = read(normalise_text(text), dt.date(2026, 12, 5), "annual_review_results", known).updates
    assert said["annual_review_results"] == ["合格", "合格", "合格"] and said["annual_reviews_all_pass"]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "能评副高不 不想再等了 我有绝活的",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2024"}]},
            {"target_level": "副高级", "wants_direct_application": True},
        ),
        ("我们想自己评 不想等评委会", None, {}, {"wants_direct_application": None}),
        (
            "额在宝鸡一家机床厂 数控车工高级技师 16年拿的证 工作室是额领办的 宝鸡市里挂的牌 能不能直接评正高",
            None,
            {},
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        (
            "国务院津贴那是我们老厂长才有的 我啥都没有",
            "honours",
            {"track": "skill_to_title", "target_level": "中级"},
            {"honours": []},
        ),
        (
            "我是助理工程师 在两江新区一家汽车厂做装配 想晋个汽车装调工的技能等级 高级工",
            None,
            {},
            {"title_held": "助理级", "target_level": "高级工", "track": "title_to_skill"},
        ),
        (
            "我是玉溪技工学校的讲师 教数控车 想申请数控车工技师 报的就是我教的这个",
            None,
            {},
            {"occupation_matches_post": True, "target_level": "技师"},
        ),
    ],
)
def test_words_of_the_hundred_and_thirty_first_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 6, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_level_held_for_at_least_some_years_is_held_that_long():
    said = read(normalise_text("大庆这嘎哒采油工 高级技师十五年以上了 能走绿色通道直接评职称不"), dt.date(2025, 12, 1))
    assert said.held_skills == [{"level": "高级技师", "years_held": 15.0}]


@pytest.mark.parametrize("text", ["这几年单位都给合格 前年那次是良好", "都是合格 前年是良好"])
def test_the_years_with_no_result_of_their_own_take_the_grade_said_of_every_year(text):
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2025-01"}]}
    said = read(normalise_text(text), dt.date(2026, 12, 5), "annual_review_results", known).updates
    assert said["annual_review_results"] == ["合格", "良好", "合格"]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "政府津贴有一个 是州政府给嘞",
            "honours",
            {"track": "skill_to_title", "target_level": "副高级"},
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "我在赣州一家物流公司，中级经济师，想再考个审计的资格",
            None,
            {},
            {"title_held": "中级", "exam": "审计", "track": "qualification_exam"},
        ),
        (
            "我18年评的中级经济师，在物流公司做调度，想申请个物流服务师的技能等级，行不行",
            None,
            {},
            {"title_held": "中级", "title_obtained": "2018", "track": "title_to_skill"},
        ),
        (
            "称职 称职 基本称职 从23年开始往后数",
            "annual_review_results",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2022-12"}]},
            {"annual_review_results": ["基本称职", "称职", "称职"]},
        ),
        (
            "主要问企业自己评 我们集团是规上企业 在玉溪",
            "organiser_topic",
            {"track": "organiser", "province": "云南"},
            {"organiser_topic": "enterprise_self_evaluation", "enterprise_above_scale": True},
        ),
        ("我喺文昌种椰子嘅 乜证都冇 可唔可以评职称㗎", None, {}, {"skill_certificates": []}),
        (
            "参加过国家重点天然气保供工程 额带队攻下了几口超深井 集团给记了特等功",
            "major_contribution",
            {"track": "skill_to_title", "target_level": "副高级", "front_line_mastery": True},
            {"major_contribution": True},
        ),
        ("我系广州做电梯维修嘅技师 评到工程师嘅话可唔可以入户广州", None, {}, {"target_level": None, "track": None}),
    ],
)
def test_words_of_the_hundred_and_thirty_second_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 7, 15), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "一直在干 哦对了 我去年又考了技师 上个月刚发嘞证",
            [{"level": "技师", "obtained": "2025-06"}],
        ),
        ("没离开过 不过我翻了下证 上面写的是2019年10月15号", None),
    ],
)
def test_a_certificate_dated_in_reply_to_the_question_of_time_away(text, held):
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2021"}]}
    said = read(normalise_text(text), dt.date(2025, 7, 10), "technical_work_gap_years", known)
    if held is None:
        assert said.corrected_date == "2019-10-15"
    else:
        assert said.held_skills == held


def test_an_issue_date_put_right_is_not_overridden_by_the_one_said_first():
    text = "我是工程部主管，持有中央空调系统运行操作员技师，发证19.7，哦不是，19.11，之后一直负责酒店暖通设备运维"
    said = read(normalise_text(text), dt.date(2026, 6, 15))
    assert said.held_skills == [{"level": "技师", "obtained": "2019-11"}]


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "我在湘潭钢厂开天车 技师 21年拿的 工程师跟高级工程师 能评哪个",
            None,
            {},
            {"title_held": None, "target_level": None, "series": "工程"},
        ),
        (
            "gcs能评不 电工技师 22年的 在合肥上班",
            None,
            {},
            {"title_held": None, "target_level": "中级", "cumulative_work_years": None, "track": "skill_to_title"},
        ),
        ("工程师能不能评 我是电工技师", None, {}, {"title_held": None, "target_level": "中级"}),
        (
            "国务院津贴是我师傅嘞 我自己啥都莫得",
            "honours",
            {"track": "skill_to_title", "target_level": "正高级"},
            {"honours": []},  # the master's honour is not the speaker's; 啥都莫得 is none of their own
        ),
        (
            "那也不是一直在井上 22年让机关给借去写了一年材料 23年才回的采油队",
            "technical_work_gap_years",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2021-10"}]},
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "三年倍儿合格 没毛病",
            "annual_review_results",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2024-01"}]},
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "船体合拢那几道焊缝厂里就我们俩能干 三十年一直在一线",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "正高级"},
            {"front_line_mastery": True},
        ),
    ],
)
def test_words_of_the_hundred_and_thirty_third_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 7, 15), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "我在个旧锡矿开了十几年铲车 有个高级工证 想评职称 要得不",
            None,
            {},
            {"technical_work_interrupted": None, "technical_work_gap_years": None, "province": "云南"},
        ),
        (
            "我们那个银器錾刻 全州会这手的不超过三个 我从十几岁干到现在 没离开过作坊",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "副高级", "wants_direct_application": True},
            {"front_line_mastery": True},
        ),
        (
            "工艺美术师还是高级工艺美术师 你看哪个能上",
            "target_level",
            {"track": "skill_to_title", "series": "工艺美术"},
            {"target_level": None},
        ),
        (
            "我在昭通种天麻 合作社嘞技术员 啥证都没有 能评个农艺师不",
            None,
            {},
            {"title_held": None, "target_level": "中级"},
        ),
        ("我是化验室的实验员 中级工 能评实验技术系列的职称不", None, {}, {"title_held": None, "series": "实验技术"}),
        (
            "助理工程师吧 工程师我估计也够不着",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2023-07"}]},
            {"target_level": "助理级"},
        ),
        (
            "技能大师工作室 国家级嘞 我是带头人 另外还是红河州首席技师",
            "honours",
            {"track": "skill_to_title", "target_level": "正高级"},
            {
                "honours": [
                    {"name": "技能大师工作室带头人", "level": "国家级"},
                    {"name": "首席技师", "level": "市级"},
                ]
            },
        ),
        (
            "你说嘞那几样都莫得 全国技术能手 国务院津贴 都挨不着",
            "honours",
            {"track": "skill_to_title", "target_level": "正高级"},
            {"honours": []},
        ),
    ],
)
def test_words_of_the_hundred_and_thirty_fourth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2025, 7, 15), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        ("副高吧 正高那是想都不敢想", "target_level", {"track": "skill_to_title"}, {"target_level": "副高级"}),
        ("俺们那都叫称职不称职 没有不称职过", "annual_review_results", {}, {"annual_reviews_all_pass": True}),
        (
            "23年合格 24年那年我在外头帮人家种烤烟 没考 25年优秀",
            "annual_review_results",
            {},
            {"annual_review_results": ["优秀", "合格"], "technical_work_interrupted": True},
        ),
        (
            "他说23年刚调过来 那年没考 24 25都是合格",
            "annual_review_results",
            {},
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "政府津贴有一个 是红河州政府给嘞 还有个州里嘞首席技师",
            "honours",
            {"track": "skill_to_title", "province": "云南"},
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}, {"name": "首席技师", "level": "市级"}]},
        ),
        (
            "有 江苏省政府认定过的",
            "honours",
            {"track": "skill_to_title", "target_level": "副高级"},
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "一直在车间干呢 就去年厂里让我去办公室整了半年材料 完了又回来了",
            "technical_work_gap_years",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "高级工 员级可不可以申请",
            "target_level",
            {"track": "title_to_skill", "title_held": "员级"},
            {"target_level": "高级工"},
        ),
        ("八一建军节 我退伍回来考的汽车修理工技师 在西安开修理厂 能评啥职称", None, {}, {"series": None}),
        ("厨师算么子新职业 不算", "new_occupation", {"track": "skill_to_title"}, {"new_occupation": False}),
        (
            "搭界伐 我岗位是结构设计 茶艺是业余爱好",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "副高级", "target_level": "高级技师"},
            {"occupation_matches_post": False},
        ),
        ("25年良好 24同23都系合格", "annual_review_results", {}, {"annual_review_results": ["良好", "合格", "合格"]}),
    ],
)
def test_words_of_the_hundred_and_thirty_fifth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2026, 9, 1), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "held"),
    [
        (
            "银川葡萄酒庄做酿酒的 酿酒师三级证 有四年了 想评个农业系列的助理农艺师",
            None,
            {},
            [{"level": "高级工", "years_held": 4.0}],
        ),
        ("高级技师是前年才考嘞", None, {}, [{"level": "高级技师", "obtained": "2024"}]),
        ("我是焊工技师 去年7月份考的 8月出的证 想评工程师", None, {}, [{"level": "技师", "obtained": "2025-08"}]),
    ],
)
def test_certificates_of_the_hundred_and_thirty_fifth_round(text, pending, known, held):
    assert read(normalise_text(text), dt.date(2026, 9, 1), pending, known).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "corrected"),
    [
        (
            "先说个事 证不是23年 是22年下半年拿的 评的话工程师",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2023"}]},
            "2022",
        ),
        (
            "一直在青岛港开龙门吊 没挪过窝 不过证不是22年10月 是11月发的 我刚看了",
            "technical_work_gap_years",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2022-10"}]},
            "2022-11",
        ),
        (
            "他去年7月份考的 8月出的证",
            "annual_review_results",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2025"}]},
            "2025-08",
        ),
    ],
)
def test_a_certificates_date_put_right_beside_another_answer(text, pending, known, corrected):
    assert read(normalise_text(text), dt.date(2026, 9, 1), pending, known).corrected_date == corrected


@pytest.mark.parametrize(
    ("text", "pending", "known", "updates"),
    [
        (
            "全国技术能手 国务院津贴那些都挨不着 莫得",
            "honours",
            {"track": "skill_to_title", "target_level": "副高级"},
            {"honours": []},
        ),
        (
            "中间莫得离开过 就是21年疫情在屋头歇了二十来天 考核嘛22年基本合格 其他两年都是合格",
            None,
            {},
            {"technical_work_interrupted": False, "annual_review_results": ["合格", "基本合格", "合格"]},
        ),
        (
            "技师报了5个 高级技师3个 后来有一个材料退回去了没再交",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            {"applicant_count": 7},
        ),
        (
            "我们是云南一家烟机厂人事部 今年技能人才报副高嘞2个 中级嘞4个 评委会会不会单独给我们分组",
            None,
            {},
            {"applicant_count": 6, "organiser_topic": "separate_panel"},
        ),
        ("哥们 我就一个二建证 技能等级证没有 能评工程师不", None, {}, {"exam": None, "track": "skill_to_title"}),
        (
            "文昌那个发射塔架的安装我们班组全程参与的 算得上突出贡献吧",
            "major_contribution",
            {"track": "skill_to_title", "target_level": "副高级"},
            {"province": None, "major_contribution": True},
        ),
    ],
)
def test_words_of_the_hundred_and_thirty_sixth_round(text, pending, known, updates):
    said = read(normalise_text(text), dt.date(2024, 9, 12), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        ("你说那几样全国技术能手啥嘞 他都没有", "honours", "2026-04-03", {"honours": []}),
        (
            "全国技术能手冇啊 省技术能手就有一个 18年评嘅",
            "honours",
            "2026-02-18",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "我是绵阳嘞钳工 高级技师 17年拿嘞证 想直接评正高 另外文件上说嘞高精尖缺是哪个来认定嘞",
            None,
            "2026-09-07",
            {"honours": None, "wants_direct_application": True},
        ),
        (
            "俺在大同煤矿开采煤机 技师 2019年的证 那也不是一直在井下 22年让机关给借去写了一年材料 想评工程师",
            None,
            "2025-06-19",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "我在克拉玛依油田采油 技师 证是2020.6的 中间被派到另一个采油厂支援了半年 干的也还是采油 想评工程师",
            None,
            "2024-10-21",
            {"technical_work_interrupted": False},
        ),
        (
            "23年那年我在外头帮人家种烤烟 没考 24 25都合格",
            "annual_review_results",
            "2026-03-11",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        ("副高吧 正高那想都不敢想", "target_level", "2027-01-20", {"target_level": "副高级"}),
        (
            "额是稀土萃取的技师 想评个工程师 额22年刚调过来那年考核没过 现在还能评不",
            None,
            "2027-05-19",
            {"annual_reviews_all_pass": None, "target_level": "中级"},
        ),
        ("么新职业 养老护理做了几十年的老行当", "new_occupation", "2026-01-12", {"new_occupation": False}),
        (
            "我是青海的电焊工 技师 19年的证 前两年回老家放了一年牦牛 现在回厂里了 想评工程师",
            None,
            "2026-06-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "矿物颜料 老办法 会的人少 我画了三十年 一直在画院",
            "front_line_mastery",
            "2026-03-03",
            {"front_line_mastery": True},
        ),
    ],
)
def test_words_of_the_hundred_and_thirty_seventh_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {"track": "skill_to_title"}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("有个来电人 说他是高级工 一会又说好像是中级工 他自己也搞不清 想评助理工程师", None),
        ("技师 不过证丢了 搬家嘞时候弄没了 还能报工程师吗", "skill_certificates"),
    ],
)
def test_a_level_said_then_unsaid_or_its_certificate_lost_is_not_held(text, pending):
    assert read(normalise_text(text), dt.date(2026, 8, 15), pending).held_skills == []


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        (
            "你说那几样全国技术能手啥嘞 都没有 县里评过个劳模",
            "honours",
            "2026-02-23",
            {"honours": [{"name": "劳动模范", "level": "县级"}]},
        ),
        ("副高 不想再一年年等了 想直接报", "target_level", "2025-10-24", {"target_level": "副高级"}),
        ("技工院校那个系列 我在技师学院教焊接", "series", "2026-10-09", {"series": "技工院校教师"}),
    ],
)
def test_words_of_the_hundred_and_thirty_eighth_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {"track": "skill_to_title"}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        ("请了半年病假 其他都在干", "technical_work_interrupted", {"technical_work_interrupted": False}),
        ("养老护理算啥新职业 干了多少年了 不算", "new_occupation", {"new_occupation": False}),
    ],
)
def test_words_of_the_hundred_and_thirty_ninth_round(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 9, 7), pending, {"track": "skill_to_title"}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        (
            "我是厂里人力资源部的 想推荐我们车间一个电工技师小赵评工程师 帮我看看他够不够",
            None,
            "2025-12-09",
            {"target_level": "中级", "track": "skill_to_title"},
        ),
        ("助工能评了不 我高级工", None, "2024-12-05", {"target_level": "助理级", "title_held": None}),
        ("阿拉是国家级技能大师工作室的 技师 能不能走绿色通道直接评副高", None, "2025-08-19", {"honours": None}),
        (
            "二三年刚调过来 那年冒考 二四 二五都是合格",
            "annual_review_results",
            "2026-04-26",
            {"annual_review_results": ["合格", "合格"]},
        ),
        ("我们做安保嘞 工程农业哪个都不沾边 那就其他系列嘛", "series", "2026-09-23", {"series": "其他"}),
        ("我是港口门机司机 技师 想问下天津跟河北 评职称嘞条件一样不", None, "2024-03-03", {"province": None}),
    ],
)
def test_words_of_the_hundred_and_fortieth_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        (
            "厂里欠了俺三个月工资 这个咋整",
            "technical_work_interrupted",
            "2025-01-20",
            {"technical_work_gap_years": None},
        ),
        (
            "21年厂里效益不好 我出去送了一年快递 22年回来的 23年又被叫到办公室弄了半年报表 其他时候都在车间",
            "technical_work_interrupted",
            "2025-02-14",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.5},
        ),
        (
            "我在建水做紫陶 高级技师 会这种老刻填手艺嘞没得几个了 三十年一直在窑上做 能不能走特殊评审评副高",
            None,
            "2026-05-01",
            {"front_line_mastery": True},
        ),
        (
            "良好 良好 合格 从23年往后数",
            "annual_review_results",
            "2026-05-01",
            {"annual_review_results": ["合格", "良好", "良好"]},
        ),
        (
            "24年的刚出 合格 22 23也合格 倍儿稳",
            "annual_review_results",
            "2025-01-15",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "我们是曲靖一个煤矿集团的人力资源部 今年有几个技师报工程师 想问问评委会会不会给他们单独分组",
            None,
            "2025-10-16",
            {"applicant_count": None, "organiser_topic": "separate_panel"},
        ),
    ],
)
def test_words_of_the_hundred_and_forty_first_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        (
            "我是赣州一家稀土厂人力资源部的 想推荐我们车间一个萃取工高级技师老刘评高级工程师 帮我看看他够不够",
            None,
            "2026-06-01",
            {"target_level": "副高级", "track": "skill_to_title"},
        ),
        (
            "您好，我是武汉的正高级工程师，2020年评的，做电气试验。想申请一个电工高级技师的技能评价，不知道正高级可不可以？",
            None,
            "2027-01-25",
            {"title_held": "正高级", "target_level": "高级技师", "track": "title_to_skill"},
        ),
        (
            "我在昆明飞植保无人机 无人机驾驶员高级工 23年拿嘞 这个算新职业嘛 能评啥职称",
            None,
            "2026-06-01",
            {"new_occupation": None},
        ),
        (
            "全国技术能手差一点 最后评了个自治区嘞 工作室倒是有 我领办嘞 克拉玛依市里挂嘞牌",
            "honours",
            "2026-06-01",
            {"honours": [{"name": "技术能手", "level": "省级"}, {"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        ("24 25 26拢系合格", "annual_review_results", "2027-03-01", {"annual_reviews_all_pass": True}),
        ("评实验技术系列定系工程系列好 你帮我看下", "series", "2026-06-01", {"series": None}),
    ],
)
def test_words_of_the_hundred_and_forty_second_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        ("技工学校那个系列 我在技工学校教焊接", "series", "2026-06-01", {"series": "技工院校教师"}),
        ("助理工程师还是工程师 你看哪个能上", "series", "2024-07-08", {"series": "工程", "target_level": None}),
        (
            "我们是玉溪一家卷烟机械厂，规上企业，内部管理也规范，想自己组织技师评工程师，要走啥程序",
            None,
            "2026-06-01",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation", "target_level": None},
        ),
        (
            "你好 我系东莞一间五金厂嘅人事 老板问我哋可唔可以自己搞职称评审 畀厂里啲技师评工程师",
            None,
            "2025-02-26",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation"},
        ),
        (
            "我是助理经济师 在物流公司上班 想考中级经济师",
            None,
            "2025-04-04",
            {"title_held": "助理级", "exam": "经济", "track": "qualification_exam"},
        ),
        ("先考统计吧 哦不 还是会计 统计那个没人教", "exam", "2024-12-02", {"exam": "会计"}),
        (
            "转轮现场焊接校圆 全厂就我跟师兄两个能干 在现场蹲了二十几年",
            "front_line_mastery",
            "2026-05-20",
            {"front_line_mastery": True},
        ),
    ],
)
def test_words_of_the_hundred_and_forty_third_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "一直在屋头打银子 没断过",
            "technical_work_interrupted",
            {},
            "2025-02-20",
            {"technical_work_interrupted": False},
        ),
        (
            "24年刚跳过来 那年新厂没考 25年合格 26年的年底才考",
            "annual_review_results",
            {},
            "2026-11-27",
            {"wants_direct_application": None},
        ),
        (
            "不好意思更正一下 有两个调走了不报了 又补上来一个",
            None,
            {"track": "organiser", "organiser_topic": "separate_panel", "applicant_count": 6},
            "2026-03-31",
            {"applicant_count": 5},
        ),
        ("22 23 24剧院都给的合格", "annual_review_results", {}, "2025-04-02", {"annual_review_results": ["合格"] * 3}),
        ("23 24都合格 25也合格", "annual_review_results", {}, "2026-12-05", {"annual_review_results": ["合格"] * 3}),
    ],
)
def test_words_of_the_hundred_and_forty_fourth_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "我九八年进的厂 开了二十多年行车 14年考的高级工 19年考的技师 21年厂子停产在屋头歇了半年 想问能评工程师不",
            None,
            {},
            "2027-04-02",
            {"cumulative_work_years": None, "technical_work_gap_years": 0.5},
        ),
        ("我九八年进的厂", "cumulative_work_years", {}, "2027-04-02", {"cumulative_work_years": 29.0}),
        ("我九八年参加工作 技师19年拿的", None, {}, "2027-04-02", {"cumulative_work_years": 29.0}),
        (
            "职称 工程那个",
            "clarify",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2024-03-12",
            {"track": "skill_to_title", "series": "工程"},
        ),
        ("没得啥突出贡献 就是天天修机器", "major_contribution", {}, "2027-07-07", {"major_contribution": False}),
        ("不在云南 贵州那边", "province", {}, "2026-01-09", {"province": "贵州"}),
        ("不在云南", "province", {}, "2026-01-09", {"province": "其他"}),
        (
            "去年派我去苏州项目上干了半年 干个还是装电梯",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2024-11-11",
            {"technical_work_interrupted": False},
        ),
        (
            "24年在家没考 23 25都是合格",
            "annual_review_results",
            {},
            "2026-09-15",
            {"annual_review_results": ["合格"] * 2},
        ),
        (
            "国务院津贴是他们厂长那种人才有嘞 俺家老头没有",
            "honours",
            {},
            "2024-01-25",
            {"honours": None},
        ),
        (
            "俺们厂里几个技师老想评工程师，俺寻思能不能俺们厂自己组织评，省得往外跑",
            None,
            {},
            "2024-11-11",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation"},
        ),
        (
            "我是高级实验师咯 平时喜欢泡茶 想搞个茶艺师高级技师 副高可以直接申请吧",
            None,
            {},
            "2026-08-08",
            {"title_held": "副高级", "target_level": "高级技师", "track": "title_to_skill"},
        ),
    ],
)
def test_words_of_the_hundred_and_forty_fifth_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "as_of", "held"),
    [
        ("电工技市 想评工程式 20年底的证", "2024-06-15", [{"level": "技师", "obtained": "2020-12"}]),
        (
            "我是厂里人力资源部的 想推荐车间焊工技师小李评工程师 他证是20年拿的 帮我看看他够不够",
            "2024-05-13",
            [{"level": "技师", "obtained": "2020"}],
        ),
        (
            "我是厂里人事 想推荐我们车间高级技师老刘评高级工程师 他15年拿的证 一直在一线干 帮我看看他够不够",
            "2026-05-12",
            [{"level": "高级技师", "obtained": "2015"}],
        ),
        ("俺们厂里几个技师老想评工程师，俺寻思能不能俺们厂自己组织评，省得往外跑", "2024-11-11", []),
    ],
)
def test_levels_held_in_words_of_the_hundred_and_forty_fifth_round(text, as_of, held):
    assert read(normalise_text(text), dt.date.fromisoformat(as_of)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "参加过国家重点天然气保供工程 一直在塔里木 算得上突出贡献吧",
            "major_contribution",
            {},
            "2026-06-25",
            {"major_contribution": True, "technical_work_interrupted": None},
        ),
        (
            "我们是楚雄一家彝绣合作社 就二十几个人 想自己组织绣娘评职称 可以不",
            None,
            {},
            "2025-01-08",
            {"track": "organiser", "enterprise_above_scale": False},
        ),
        (
            "跟数控车床关系不大 我现在管设备采购",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2024-07-01",
            {"occupation_matches_post": False},
        ),
        (
            "俺在大庆采油二厂干采油 技师 一八年拿嘞证 一直搁井上干 想评个工程师 中不中",
            None,
            {},
            "2024-11-05",
            {"technical_work_interrupted": False, "province": "黑龙江"},
        ),
        (
            "昭通嘞 开挖机 高级工 想评职称 拿证以后回家种了一年烤烟 算不算断了",
            None,
            {},
            "2026-12-03",
            {"track": "skill_to_title", "technical_work_gap_years": 1.0},
        ),
        (
            "帮我徒弟问哈 他是电工高级工 22年拿嘞 一直跟到我干 想评助理工程师 我自己是技师",
            None,
            {},
            "2025-06-27",
            {"track": "skill_to_title", "target_level": "助理级", "technical_work_interrupted": False},
        ),
        (
            "福建省工艺美术大师 全国技术能手那些无",
            "honours",
            {},
            "2026-08-08",
            {"honours": [{"name": "工艺美术大师", "level": "省级"}]},
        ),
        (
            "我是砌筑工技师 19年拿的证 前几年有一年考核冇过 现在还能评工程师么",
            None,
            {},
            "2025-07-07",
            {"annual_reviews_all_pass": None},
        ),
        ("我们班组几个高级工都想评助工 包括我 我是22年拿的证", None, {}, "2026-06-15", {"target_level": "助理级"}),
        (
            "兰州石化嘞催化裂化装置操作工 高级技师 21年的 想问企业自己评的高级工程师跟去省里评的 认不认一样的",
            None,
            {},
            "2026-08-18",
            {"title_held": None, "province": "甘肃"},
        ),
    ],
)
def test_words_of_the_hundred_and_forty_sixth_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        (
            "摆杆对接那个活 误差要控制在零点几毫米 全场就我和师兄两个能干 二十年一直在塔架一线",
            "front_line_mastery",
            "2025-10-28",
            {"front_line_mastery": True},
        ),
        (
            "参加过十几次重大航天发射任务的塔架保障 都是国家重点任务 单位给记过功",
            "major_contribution",
            "2025-10-28",
            {"major_contribution": True},
        ),
    ],
)
def test_words_of_the_hundred_and_forty_seventh_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "as_of", "held"),
    [
        (
            "老子干电焊干了二十年咯 高级技师证都拿了六七年 评个副高得不得行哦",
            "2025-08-09",
            [{"level": "高级技师", "years_held": 6.0}],
        ),
        ("潍坊的 俺是数控铣工 高级工 零二年就干这行了 能评个啥", "2026-01-31", [{"level": "高级工"}]),
    ],
)
def test_levels_held_in_words_of_the_hundred_and_forty_seventh_round(text, as_of, held):
    assert read(normalise_text(text), dt.date.fromisoformat(as_of)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "我是注册安全工程师考试想报 我是化工高级工 能报不",
            None,
            {},
            "2026-05-28",
            {"exam": "注册安全工程师", "track": "qualification_exam", "title_held": None},
        ),
        (
            "2023年起任车间主任至今",
            "technical_work_interrupted",
            {},
            "2027-03-03",
            {"technical_work_interrupted": True},
        ),
        (
            "单设嗰个 我哋今年收咗9份 其中3份退返咗",
            "organiser_topic",
            {"track": "organiser", "province": "广东"},
            "2027-10-04",
            {"organiser_topic": "separate_panel", "applicant_count": 6},
        ),
        (
            "一直在干电工 没换过 19年出去跑过半年销售 那阵还没拿技师",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-04-10",
            {"technical_work_interrupted": False},
        ),
        ("工艺美术吧 阮是刻木雕嘅 跟工程无搭", "series", {}, "2024-12-12", {"series": "工艺美术"}),
        ("没有 是厂里说得先有中级", "title_held", {"track": "title_to_skill"}, "2024-05-30", {"title_held": None}),
        (
            "报的就是我天天干的这个 电力调度",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "副高级"},
            "2025-04-09",
            {"occupation_matches_post": True},
        ),
        (
            "你好 我系公司人力资源部嘅 想推荐我哋车间一个模具工高级技师老陈评高级工程师 帮我睇下佢够唔够",
            None,
            {},
            "2026-02-26",
            {"target_level": "副高级", "track": "skill_to_title"},
        ),
        (
            "22 23 24他们矿上都给的合格",
            "annual_review_results",
            {},
            "2025-10-01",
            {"annual_review_results": ["合格"] * 3},
        ),
        ("仓管哪算嘛新职业 干了十来年了", "new_occupation", {}, "2024-12-01", {"new_occupation": False}),
    ],
)
def test_words_of_the_hundred_and_forty_eighth_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "我在攀枝花上班 屋头是昭通嘞",
            "province",
            {"track": "skill_to_title"},
            "2024-10-25",
            {"province": "四川"},
        ),
        (
            "绝活算是有 不过这几年调到安全科管台账去了",
            "front_line_mastery",
            {"track": "skill_to_title", "target_level": "正高级"},
            "2025-11-23",
            {"front_line_mastery": False},
        ),
        (
            "我是哈尔滨话剧院嘞舞台机械工 技师 想评艺术系列的职称 要啥条件",
            None,
            {},
            "2026-12-09",
            {"province": "黑龙江", "series": "艺术"},
        ),
        (
            "2022、2023、2024三年都是合格，今年的还没考",
            "annual_review_results",
            {},
            "2025-11-15",
            {"annual_review_results": ["合格"] * 3},
        ),
    ],
)
def test_words_of_the_hundred_and_forty_ninth_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "我岗位是质检 跟报的数控车工关系不大",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-05-01",
            {"occupation_matches_post": False},
        ),
    ],
)
def test_words_of_the_hundred_and_fiftieth_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "as_of", "held"),
    [
        (
            "我是株洲嘞数控车工 技师证一九年七月份考下来嘞 证是九月发嘞 想评工程师咯",
            "2024-12-27",
            [{"level": "技师", "obtained": "2019-09"}],
        ),
        ("技师证19年考下来的", "2024-12-27", [{"level": "技师", "obtained": "2019"}]),
        ("两江新区汽车厂装配的 技师 想问评工程师跟评高级技师哪个划算点", "2025-05-01", [{"level": "技师"}]),
    ],
)
def test_levels_held_in_words_of_the_hundred_and_fiftieth_round(text, as_of, held):
    assert read(normalise_text(text), dt.date.fromisoformat(as_of)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "高精尖缺 北京市政府认定嘞",
            "honours",
            {},
            "2024-07-15",
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "高精尖缺 昆明市政府认定嘞",
            "honours",
            {},
            "2024-07-15",
            {"honours": [{"name": "高精尖缺高技能人才", "level": "市级"}]},
        ),
        (
            "楚雄州政府给过我津贴 不晓得算不算",
            "honours",
            {},
            "2025-03-17",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        ("全国技术能手 国务院津贴啥的 额都没有", "honours", {}, "2026-05-05", {"honours": []}),
        (
            "现在冇做机修啦 揸网约车 揸咗成年",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2027-01-30",
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
        (
            "高级工 我想考个技能等级嘞高级工 职称我已经有了",
            "clarify",
            {"title_held": "中级", "title_obtained": "2019"},
            "2025-02-13",
            {"track": "title_to_skill", "target_level": "高级工"},
        ),
        ("23 24 25农场都给嘞合格", "annual_review_results", {}, "2026-09-16", {"annual_review_results": ["合格"] * 3}),
        ("23 24 25厂里拢系合格", "annual_review_results", {}, "2026-05-28", {"annual_review_results": ["合格"] * 3}),
    ],
)
def test_words_of_the_hundred_and_fifty_first_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "技师吧 高级技师怕不够",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            "2026-05-07",
            {"target_level": "技师"},
        ),
        ("养老护理边算新职业啊 唔算", "new_occupation", {}, "2026-01-26", {"new_occupation": False}),
    ],
)
def test_words_of_the_hundred_and_fifty_second_round(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "updates"),
    [
        ("没得哪样突出贡献 就是本本分分干活", "major_contribution", "2026-02-12", {"major_contribution": False}),
        ("21 22 23酒店都给嘞合格", "annual_review_results", "2024-04-10", {"annual_review_results": ["合格"] * 3}),
    ],
)
def test_words_of_the_hundred_and_fifty_fourth_round(text, pending, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "as_of", "held"),
    [
        # (没得几个 is no question about how many)
        ("鹤庆打银子嘞 高级技师 全县会这门手艺嘞没得几个 一直在一线 想走绿色通道评正高", "2026-04-27", "高级技师"),
        # (要等两年才能评 is the wait a rule sets, not how long the level is held)
        ("宜宾酒厂电工 高级工 听说去年拿证的要等两年才能评助理工程师 是不是", "2024-12-12", "高级工"),
    ],
)
def test_levels_held_of_the_hundred_and_fifty_fifth_round(text, as_of, held):
    assert read(normalise_text(text), dt.date.fromisoformat(as_of)).held_skills == [{"level": held}]


@pytest.mark.parametrize(
    ("text", "pending", "as_of", "held"),
    [
        ("高级技师 一级呢证", "skill_certificates", "2025-09-18", [{"level": "高级技师"}]),
        ("高级技师呢", "skill_certificates", "2025-09-18", [{"level": "高级技师"}]),
        ("就一个调饮师四级 别的没得", "skill_certificates", "2026-01-05", [{"level": "中级工"}]),
        # (the exam to come dates nothing held)
        ("就一个四级证 高级嘞今年6月份才考", "skill_certificates", "2026-01-05", [{"level": "中级工"}]),
    ],
)
def test_levels_held_said_in_reply_in_the_hundred_and_fifty_eighth_round(text, pending, as_of, held):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, {"track": "skill_to_title"})
    assert said.held_skills == held and "target_level" not in said.updates


def test_a_bare_date_before_a_dated_spell_away_is_the_certificates():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]}
    said = read(
        normalise_text("21年3月 哦中间22年下半年被调去仓库管了半年账 后来又回来开门机了"),
        dt.date(2024, 12, 20),
        "skill_certificates_obtained",
        known,
    )
    assert said.corrected_date == "2021-03" and said.updates["technical_work_gap_years"] == 0.5


@pytest.mark.parametrize(
    ("text", "as_of", "updates"),
    [
        (
            "各位好，我78年的，以前在莆田鞋厂做车版师傅，高级技师证是2011年拿的，"
            "后来照顾老人辞职了八年，2021年重新进厂，现在想评副高，可以吗",
            "2027-03-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 8.0},
        ),
        (
            "我系东莞电子厂做质检嘅，2016年考咗三级高级工，之后辞职返乡凑仔凑咗四年，"
            "2022年先返嚟做返质检，想问可唔可以评助理工程师",
            "2027-01-15",
            {"technical_work_interrupted": True, "technical_work_gap_years": 4.0},
        ),
        (
            "持电子设备装接工技师证（2014年取得），2016—2020年离职照顾家人，2021年起重新上岗至今，咨询能否申报中级职称。",
            "2025-06-09",
            {"technical_work_interrupted": True, "technical_work_gap_years": 4.0},
        ),
        (
            "姐妹们 我之前在贵阳做了八年汽修 17年拿的技师 后来嫁到广东做了六年全职太太 "
            "去年回贵阳重新进修理厂 能评工程师吗",
            "2025-10-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 6.0},
        ),
        (
            "帮我妈问下 她在安溪做了二十多年茶叶加工 2012年拿的评茶员技师 中间没断过 想评个农业系列的中级",
            "2026-05-25",
            {"series": "农业", "target_level": "中级", "technical_work_interrupted": False},
        ),
    ],
)
def test_stories_of_the_hundred_and_fifty_ninth_round(text, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of)).updates
    assert {name: said.get(name) for name in updates} == updates


def test_that_year_before_a_month_is_the_year_said_before():
    said = read(
        normalise_text("20年评的 文件是那年11月才下来的"), dt.date(2026, 1, 1), "title_obtained", {"title_held": "中级"}
    )
    assert said.corrected_date == "2020-11"  # the document's month, in the year said before


def test_a_relative_year_denied_then_put_right_dates_the_level():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2023"}]}
    said = read(
        normalise_text("23 24 25都合格 哎对了 我刚才说错了 高级工不是大前年 是前年拿的 24年"),
        dt.date(2026, 8, 14),
        "annual_review_results",
        known,
    )
    assert said.held_skills == [{"level": "高级工", "obtained": "2024"}] and said.updates["annual_reviews_all_pass"]


def test_a_grade_not_recalled_is_still_a_pass_when_every_year_passed_anyway():
    said = read(
        normalise_text("23年好像是良好还是合格来着 记不太准了 反正这三年都过了 没有不合格"),
        dt.date(2026, 3, 15),
        "annual_review_results",
        {},
    )
    assert said.updates == {"annual_reviews_all_pass": True}


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        ("一直在屋头绣 没断过", "technical_work_interrupted", {}, "2026-09-30", {"technical_work_interrupted": False}),
        (
            "錾花手艺全县就我们几家会 三十年一直在炉子边上干",
            "front_line_mastery",
            {},
            "2025-10-15",
            {"front_line_mastery": True},
        ),
        (
            "阴刻填泥这手全县没得几个会 三十几年一直在作坊一线做",
            "front_line_mastery",
            {},
            "2026-04-18",
            {"front_line_mastery": True},
        ),
        (
            "我家儿子在德宏读技师学院 毕业就有高级工 毕业能评助理工程师吗",
            None,
            {},
            "2027-02-02",
            {"skill_certificates": None},
        ),
        (
            "北京这边直播带货 高精尖缺 北京市政府认定嘞 我想直接评副高",
            None,
            {},
            "2027-05-05",
            {"province": "北京", "honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "泉州惠安打石头嘞 高级技师 工作室是阮领办嘅 国家级嘞",
            None,
            {},
            "2025-10-18",
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "年限够 干了二十多年了",
            "meets_occupation_standard",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-06-25",
            {"meets_occupation_standard": True, "cumulative_work_years": 20.0},
        ),
        (
            "十个 另有3名是工程师 不算技能人才",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2025-03-18",
            {"applicant_count": 10},
        ),
        (
            "你好 我哋老板想问 可唔可以厂里自己搞职称评审 畀啲技师评工程师",
            None,
            {},
            "2025-04-02",
            {"organiser_topic": "enterprise_self_evaluation", "skill_certificates": None},
        ),
        ("24 25 26团场都给的合格", "annual_review_results", {}, "2027-04-04", {"annual_review_results": ["合格"] * 3}),
        (
            "拿证后23年回村里帮他爸种了一年脐橙 24年又回厂里做电工了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-06"}]},
            "2025-04-25",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "开过一年滴滴 后来又送了半年快递 现在回来修车了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2019"}]},
            "2026-01-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.5},
        ),
        (
            "报的就是她天天干的这个 在养老院带护理组",
            "occupation_matches_post",
            {"track": "title_to_skill"},
            "2026-01-01",
            {"occupation_matches_post": True},
        ),
        (
            "报了6个，其中1个是按学历报的工程师，不算技能人才，技能人才是5个，3个技师2个高级技师",
            "applicant_count",
            {"track": "organiser"},
            "2026-07-30",
            {"applicant_count": 5},
        ),
        (
            "收到材料7份 其中1人重复交了两份 另有1份是评委自己的",
            "applicant_count",
            {"track": "organiser"},
            "2025-10-24",
            {"applicant_count": 5},
        ),
        (
            "先弄个助理的吧 中级怕年限不够",
            "target_level",
            {"track": "skill_to_title"},
            "2026-01-01",
            {"target_level": "助理级", "meets_occupation_standard": None},
        ),
        (
            "去年刚进的规 统计局那边有备案",
            "enterprise_above_scale",
            {"track": "organiser"},
            "2026-01-01",
            {"enterprise_above_scale": True},
        ),
        ("厂里考核都给的合格", "annual_review_results", {}, "2025-07-22", {"annual_reviews_all_pass": True}),
        (
            "22年合格 23合格 24嘛也合格",
            "annual_review_results",
            {},
            "2025-04-03",
            {"annual_review_results": ["合格"] * 3},
        ),
        (
            "年年都合格 这玩意儿还能不合格咋的😂",
            "annual_review_results",
            {},
            "2026-01-09",
            {"annual_reviews_all_pass": True},
        ),
        (
            "23年克老挝那边帮人种了半年香蕉 回来一直割胶",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-12"}]},
            "2025-06-12",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        ("我在杭州送快递，想问问灵活就业社保个人怎么交", None, {}, "2023-05-17", {"technical_work_interrupted": None}),
        (
            "一直勒厂里做额 伊啥辰光离开过车间啦 从来没有",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2019"}]},
            "2026-01-01",
            {"technical_work_interrupted": False},
        ),
        ("中级 经济师 19年评嘞", "title_held", {"track": "title_to_skill"}, "2026-01-01", {"title_obtained": "2019"}),
        (
            "21 22 23都合格 24年嘞还么出来",
            "annual_review_results",
            {},
            "2025-01-09",
            {"annual_review_results": ["合格"] * 3},
        ),
        (
            "矿上一般都给合格 我的应该也是吧",
            "annual_review_results",
            {},
            "2024-05-05",
            {"annual_reviews_all_pass": None},
        ),
        (
            "有 江苏省政府认定过的 高精尖缺",
            "honours",
            {},
            "2026-08-03",
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "我在湄潭茶厂做茶 高级工 想评个助理农艺师 哎 还是农艺师嘛 助理嘞没得意思",
            None,
            {},
            "2027-02-14",
            {"target_level": "中级", "title_held": None},
        ),
        (
            "好多技师想评工程师 公司可唔可以自己搞职称评审㗎",
            None,
            {},
            "2025-06-16",
            {"organiser_topic": "enterprise_self_evaluation", "target_level": None},
        ),
        (
            "我是技师 也是助理工程师 19年评的助理",
            "title_held",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]},
            "2026-01-01",
            {"title_held": "助理级", "title_obtained": "2019", "target_level": None},
        ),
        (
            "哈哈 来电人说他要有全国技术能手就不打这个电话了 没有",
            "honours",
            {"track": "skill_to_title"},
            "2026-01-01",
            {"honours": None},
        ),
        (
            "技师吧 高级技师我这个中级怕是不够",
            "target_level",
            {"title_held": "中级"},
            "2026-01-01",
            {"target_level": "技师"},
        ),
        (
            "技师撒 对应中级嘛 高级技师我晓得够不到",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            "2026-01-01",
            {"target_level": "技师"},
        ),
        (
            "21 22 23都合格 没出过岔子",
            "annual_review_results",
            {},
            "2024-11-05",
            {"annual_review_results": ["合格"] * 3, "annual_reviews_all_pass": True},
        ),
    ],
)
def test_words_of_the_hundred_and_fifty_fifth_to_sixtieth_rounds(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known).updates
    assert {name: said.get(name) for name in updates} == updates


@pytest.mark.parametrize(
    ("text", "pending", "known", "as_of", "updates"),
    [
        (
            "经剂 就是经济师 我在公交公司修车",
            "series",
            {"track": "skill_to_title", "target_level": "中级"},
            "2025-11-03",
            {"series": "经济"},
        ),
        (
            "经济师或者会计师",
            "series",
            {"track": "skill_to_title", "target_level": "中级"},
            "2025-11-03",
            {"series": None},
        ),
        (
            "茶叶那块归哪个系列嘛 农业？还是轻工？你帮我看下",
            "series",
            {"track": "skill_to_title"},
            "2026-10-10",
            {"series": None},
        ),
        (
            "问到了 他说三年都是合格 就前年差点没过但也过了",
            "annual_review_results",
            {"track": "skill_to_title"},
            "2025-05-30",
            {"annual_reviews_all_pass": True},
        ),
        (
            "中华技能大将 20年的",
            "honours",
            {"track": "skill_to_title", "target_level": "正高级"},
            "2025-12-24",
            {"honours": [{"name": "中华技能大奖", "level": "国家级"}]},
        ),
        (
            "我们公司有三个技师都想评工程师 有一个是全国技术能手 咋弄",
            None,
            {},
            "2026-03-01",
            {"honours": None, "skill_certificates": None},
        ),
        (
            "我们单位有6个人报 都是技师 能一起评不",
            None,
            {},
            "2026-03-01",
            {"track": "organiser", "organiser_topic": "separate_panel", "applicant_count": 6},
        ),
        (
            "我爸以前在宝鸡机床厂是八级钳工 现在还能换个技师证不",
            None,
            {},
            "2026-03-01",
            {"skill_certificates": None},
        ),
        ("我是市总工会的 有会员问 高级技师评副高要几年", None, {}, "2026-03-01", {"target_level": None}),
        (
            "有个事想问问 我不是给自己问 是我们村的支书让问的 村里种茶的有高级工证的能不能评农艺师",
            None,
            {},
            "2026-03-01",
            {"skill_certificates": None, "target_level": None},
        ),
        (
            "助理工程师还是工程师 我也不晓得 反正是工程那块",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2024"}]},
            "2026-09-29",
            {"target_level": None, "series": "工程"},
        ),
        (
            "我是北京的网约配送员 骑手 四级证去年拿的 这个算新职业 能不能评职称啊 还是要先考高级工",
            None,
            {},
            "2026-10-09",
            {"track": "skill_to_title", "new_occupation": True},
        ),
        (
            "我们这有个徒弟 他问我技师能不能直接评高级工程师 我说不行 他不信 你给评评理",
            None,
            {},
            "2027-08-16",
            {"target_level": None, "skill_certificates": None},
        ),
        (
            "一直下水 就22年那会儿腰间盘突出歇了俩月病假",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2021-12"}]},
            "2025-09-15",
            {"technical_work_interrupted": False},
        ),
        (
            "我是红河州人社局职称科的，今年州里工程系列报上来7个技能人才，技师高级技师都有，按规定是不是要单独设评审组？",
            None,
            {},
            "2026-05-06",
            {"applicant_count": 7, "skill_certificates": None},
        ),
        (
            "5人以上要单设评审组 这个5人是指技能人才5个还是全部申报的人",
            None,
            {},
            "2024-06-09",
            {"applicant_count": None},
        ),
        (
            "技师评工程师的时候 评委里头有没有技能人才？还是全是搞技术的专家",
            None,
            {},
            "2026-04-19",
            {"target_level": None, "skill_certificates": None},
        ),
        (
            "有个事想问 高级工评了助理工程师以后 还能再考技师吗 两个会不会冲突",
            None,
            {},
            "2026-01-19",
            {"skill_certificates": None},
        ),
        (
            "工程师 对了 证不是19年 是18年十月的",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-02-21",
            {"target_level": "中级", "corrected_date": "2018-10"},
        ),
        (
            "就是武汉封城那年 二零年 夏天拿的",
            "skill_certificates_obtained",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]},
            "2025-01-20",
            {"province": None, "corrected_date": "2020"},
        ),
        (
            "前年下半年 十一月份好像 反正前年",
            "skill_certificates_obtained",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]},
            "2026-09-02",
            {"corrected_date": "2024"},
        ),
        (
            "我爱人在湖北宜昌三峡电站 水轮机检修 高级技师 还是省政府特殊津贴 她能直接评正高不",
            None,
            {},
            "2024-11-08",
            {"major_contribution": None, "province": "湖北"},
        ),
        (
            "23年3月 哦中间24年下半年被叫去展厅卖了半年货",
            "skill_certificates_obtained",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]},
            "2026-04-27",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "河北唐山 高炉炉前工 技师 二〇一九年的证 俺们厂里说技师评工程师得先有助理 是这样不",
            None,
            {},
            "2024-06-06",
            {"target_level": None, "track": None, "skill_certificates": [{"level": "技师", "obtained": "2019"}]},
        ),
        (
            "高级技师可以不 我十几年的老工程师了",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级", "title_obtained": "2017"},
            "2025-11-06",
            {"target_level": "高级技师", "series": None},
        ),
        (
            "我在陕西宝鸡机床厂干电工 技师证2019年拿的 但有一年被调去门卫室看了半年大门 前年的事 想评工程师",
            None,
            {},
            "2025-04-15",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "副高级 中级都行 你们看着办",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020-08"}]},
            "2025-07-03",
            {"target_level": None},
        ),
        (
            "阿拉宁波港吊车司机 高级技师 一七年拿的 一直勒岗位浪 考核年年合格 想评高级工程师 全国技术能手啥的么没",
            None,
            {},
            "2026-06-14",
            {"honours": [], "technical_work_interrupted": False},
        ),
        (
            "额是稀土萃取工 高级技师十来年了 想直接报正高级工程师 副高就不报了 可行不",
            None,
            {},
            "2026-07-01",
            {"title_held": None, "target_level": "正高级"},
        ),
        (
            "俺是化肥厂哩技术员 有个员级职称 16年评哩 想申请化工总控工高级工 听说有职称哩能申请技能等级 俺这员级中不中",
            None,
            {},
            "2024-10-15",
            {"title_held": "员级", "target_level": "高级工", "track": "title_to_skill"},
        ),
        ("我是中级会计师 想评高级会计师", None, {}, "2026-12-06", {"title_held": "中级", "target_level": "副高级"}),
        (
            "工程师还是农艺师都行 中级嘞",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-01-09",
            {"target_level": "中级"},
        ),
        (
            "有一年基本合格 就是23年 其他两年都合格",
            "annual_review_results",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-06-17",
            {"annual_review_results": ["合格", "基本合格", "合格"], "annual_reviews_all_pass": False},
        ),
        (
            "有个啥职称来着 技术员还是助理 我得回家翻翻证",
            "title_held",
            {"track": "title_to_skill"},
            "2025-02-26",
            {"title_held": None},
        ),
        (
            "我们是搞茶叶加工嘞 想评轻工那个系列",
            "series",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2026-06-04",
            {"series": "轻工"},
        ),
        (
            "日喀则开大货车嘞 有个汽车驾驶员高级工 有用没得",
            None,
            {},
            "2026-08-12",
            {"target_level": None, "skill_certificates": [{"level": "高级工"}]},
        ),
        (
            "侬好，阿拉是宝山钢厂额电工，2019年拿额技师证，一直勒勒车间做，考核三年侪是合格，想评工程师，好评伐？",
            None,
            {},
            "2025-03-12",
            {"technical_work_interrupted": False},
        ),
        (
            "我在昆明一家温州老板开的厂，电工高级工，24年3月拿的证，想评助理工程师",
            None,
            {},
            "2026-04-22",
            {"province": "云南"},
        ),
        (
            "助理农艺师 21年评嘞 文件是那年11月才下来",
            "title_held",
            {"track": "title_to_skill"},
            "2025-04-02",
            {"title_held": "助理级", "title_obtained": "2021-11"},
        ),
        (
            "壮锦嘅手艺全县冇几个识 我一直喺一线织 三十年冇停过",
            "front_line_mastery",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2010"}]},
            "2025-10-01",
            {"front_line_mastery": True},
        ),
        (
            "去年啱啱入咗规",
            "enterprise_above_scale",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation"},
            "2026-10-13",
            {"enterprise_above_scale": True},
        ),
        (
            "九八年出来做嘢嘅 你自己计啦",
            "cumulative_work_years",
            {"track": "title_to_skill", "title_held": "中级"},
            "2026-04-07",
            {"cumulative_work_years": 28.0},
        ),
        ("高级工程师好申请高级技师评价伐？", None, {}, "2026-02-09", {"target_level": None}),
        (
            "有点绝活的，不过这几年调去做车间管理了",
            "front_line_mastery",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2018"}]},
            "2026-04-29",
            {"front_line_mastery": False},
        ),
        (
            "全国五一劳动奖章有一个，你说的那些都没有",
            "honours",
            {"track": "skill_to_title"},
            "2024-12-06",
            {"honours": [{"name": "五一劳动奖章", "level": "国家级"}]},
        ),
        (
            "有毕业证，学的数控技术，跟报的数控车工是一个专业",
            "related_major_diploma",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2024-03-12",
            {"related_major_diploma": True},
        ),
        (
            "讲老实话跟岗位关系勿大，阿拉现在做品质管理",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2024-08-23",
            {"occupation_matches_post": False},
        ),
        (
            "我屋里的是纺织厂的工程师 有职称的 她想搞个技能等级 技师 听说有职称的可以直接申请 是不是真的哦",
            None,
            {},
            "2025-05-20",
            {"title_held": "中级", "target_level": "技师", "skill_certificates": None},
        ),
        (
            "工程师呗 助理的没嘛意思",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-01-09",
            {"target_level": "中级"},
        ),
        (
            "技师就中 高级技师俺这中级怕是够不着",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-01-09",
            {"target_level": "技师"},
        ),
        (
            "二三年被抽去搞了一年食堂 其他时间都在锅炉房",
            "technical_work_interrupted",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-06-01",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "俺在东营风电场干运维 风电运维算不算新兴领域啊 俺是技师 二三年的",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2023"}]},
        ),
        (
            "工程师 对了 技师证不是一九年 是一八年十月的",
            "title_held",
            {
                "track": "skill_to_title",
                "skill_certificates": [{"level": "技师", "obtained": "2019"}],
                "target_level": "副高级",
            },
            "2025-06-01",
            {
                "title_held": "中级",
                "target_level": None,
                "skill_certificates": [{"level": "技师", "obtained": "2018-10"}],
            },
        ),
        (
            "俺在亳州酒厂干了小二十年 品酒师技师 俺女儿结婚那年拿的 二〇一九年 错不了 今年想报中级职称",
            None,
            {},
            "2026-04-19",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
        ),
        (
            "我是助理工程师 21年评的 在昆明地铁做信号维护 想申请信号工高级工 大专学的城市轨道交通信号 跟申报职业相关",
            None,
            {},
            "2026-04-19",
            {"exam": None, "track": "title_to_skill", "target_level": "高级工"},
        ),
        (
            "一九年七月 不对不对 那是考的 证是九月份发下来的",
            "skill_certificates_obtained",
            {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]},
            "2025-06-01",
            {"corrected_date": "2019-09"},
        ),
        (
            "石家庄这边一个工程系列评委会的 今年有5个技师报工程师 要不要给他们单独分组评",
            None,
            {},
            "2026-01-01",
            {"applicant_count": 5},
        ),
        (
            "问一下 俺在新乡一个养猪场当饲养员 家畜饲养员高级工 拿证三年了 能不能评个助理农艺师 还是畜牧那个叫啥来着",
            None,
            {},
            "2023-02-13",
            {"target_level": "助理级"},
        ),
        (
            "高级工程师嘛 额都高级技师了还问高级工弄啥",
            None,
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2016"}]},
            "2026-04-13",
            {"skill_certificates": [{"level": "高级技师"}]},
        ),
        (
            "你就说正高评得成评不成",
            "title_held",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师"}], "target_level": "正高级"},
            "2024-07-19",
            {"title_held": None, "target_level": "正高级"},
        ),
        (
            "自治区级嘞技术能手有一个 18年嘞 别的没了",
            "honours",
            {"track": "skill_to_title"},
            "2025-06-01",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "能评副高最好噻 评不到的话中级也要得",
            "target_level",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级技师", "obtained": "2015"}]},
            "2025-06-01",
            {"target_level": "副高级"},
        ),
        (
            "高级技师噻 我都副高了 总不能去考个高级工嘛",
            "target_level",
            {"track": "title_to_skill", "title_held": "副高级"},
            "2025-06-01",
            {"target_level": "高级技师"},
        ),
        ("技能人才参加职称评审要近3年考核合格 是哪3年", None, {}, "2025-06-01", {"annual_reviews_all_pass": None}),
        # round 166
        (
            "我老公在德阳东汽 焊工技师 前年不是去年拿的证",
            None,
            {},
            "2026-06-15",
            {"skill_certificates": [{"level": "技师", "obtained": "2024"}]},
        ),
        ("出去打工三年 不是两年", "technical_work_gap_years", {}, "2026-06-15", {"technical_work_gap_years": 3.0}),
        (
            "额那个高级工证 拿到手有六年咧 年时还寻思评个啥",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-06-15",
            {"corrected_date": None},
        ),
        (
            "额是替额屋里那口子问嘞 他是车工高级技师 年时才拿下来",
            "skill_certificates",
            {},
            "2025-07-15",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2024"}]},
        ),
        (
            "高级技师拎十冬矣",
            None,
            {},
            "2027-02-22",
            {"skill_certificates": [{"level": "高级技师", "years_held": 10.0}]},
        ),
        (
            "阮厂四十外个人 规上毋是啦",
            "enterprise_above_scale",
            {"track": "organiser"},
            "2027-05-11",
            {"enterprise_above_scale": False},
        ),
        (
            "报嘅就是阮逐工咧做嘅茶叶加工 对口啦",
            "occupation_matches_post",
            {"track": "title_to_skill"},
            "2026-04-20",
            {"occupation_matches_post": True},
        ),
        ("𠊎喺赣州做嘢 屋下系梅州嘅", "province", {}, "2024-11-29", {"province": "江西"}),
        ("额在陕北打地质钻嘞 钻探工技师", None, {}, "2025-09-11", {"province": "陕西"}),
        (
            "额是华县刻皮影嘞 手里有个高级技师证 工艺美术那个职称额能评不",
            None,
            {},
            "2026-05-15",
            {"province": "陕西", "series": "工艺美术"},
        ),
        (
            "之后一直装电梯",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-04-15",
            {"technical_work_interrupted": False},
        ),
        ("评上工程师了社保缴费基数能不能跟着往上调啊", None, {}, "2024-04-25", {"title_held": None}),
        ("我爱人是电工技师 评上工程师的话单位给不给分房", None, {}, "2025-06-25", {"title_held": None}),
        ("俺是技师 单位就是不给聘工程师 这事咋整", None, {}, "2024-12-11", {"title_held": None}),
        ("我评上工程师了 能不能评副高", None, {}, "2025-06-25", {"title_held": "中级", "target_level": "副高级"}),
        (
            "我九九年出嚟做嘢 中间冇停过 算落廿六年啦",
            "cumulative_work_years",
            {},
            "2025-03-30",
            {"cumulative_work_years": 26.0},
        ),
        ("𠊎九五年出来做 到今年冇停过", "cumulative_work_years", {}, "2027-07-05", {"cumulative_work_years": 32.0}),
        ("23 24 25 茶厂都给嘞合格", "annual_review_results", {}, "2026-03-09", {"annual_review_results": ["合格"] * 3}),
        (
            "二三 二四 二五 年年合格 没掉过链子",
            "annual_review_results",
            {},
            "2026-01-10",
            {"annual_review_results": ["合格"] * 3},
        ),
        (
            "系二三年十二月考嘅 证系二四年三月先出",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-10-02",
            {"corrected_date": "2024-03"},
        ),
        (
            "二一年吧 哎不对不对 那是考试那年 证是二二年开春才发下来的 俺记着是三月份",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-01-20",
            {"corrected_date": "2022-03"},
        ),
        (
            "高级工程师么 撒高级工嘛 额都是技师咧",
            None,
            {"skill_certificates": [{"level": "技师"}]},
            "2027-03-22",
            {"skill_certificates": None},
        ),
        (
            "副高啦 中级我已经有㗎喇",
            "target_level",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2024-05-08",
            {"target_level": "副高级", "title_held": "中级"},
        ),
        (
            "额徒弟想先弄个助理工程师 够咧再说工程师",
            "target_level",
            {"skill_certificates": [{"level": "高级工"}]},
            "2024-04-09",
            {"target_level": "助理级"},
        ),
        (
            "欲评中级啦 工艺美术师 副高阮知影无够",
            "target_level",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-12-01",
            {"target_level": "中级"},
        ),
        (
            "副高 不够的话中级也中",
            "target_level",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-12-01",
            {"target_level": "副高级"},
        ),
        (
            "阿拉车间有个钳工小王 高级技师 前年拿个 阿拉想推荐伊评高级工程师 好伐",
            None,
            {},
            "2026-04-16",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2024"}]},
        ),
        (
            "拿证以后 额跟村里人克新疆摘了半年棉花 回来就一直在厂里干钳工",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-11-27",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "有两摆冇做 一摆去广州卖衫半年 一摆屋下起屋又一年",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-04-02",
            {"technical_work_gap_years": 1.5},
        ),
        (
            "我个仔喺广州修车 有个汽车维修工高级工 上个月啱啱考完技师 证仲未落",
            None,
            {},
            "2026-07-02",
            {"skill_certificates": [{"level": "高级工"}]},
        ),
        # round 167
        (
            "我四十岁那年评的 今年四十七",
            "title_obtained",
            {"title_held": "中级"},
            "2025-06-01",
            {"corrected_date": "2018"},
        ),
        (
            "老子是工程师噻，评起有六年了，现在想整个技师证，要得不",
            None,
            {},
            "2025-09-15",
            {"title_obtained": "2019-09"},
        ),
        ("阿拉是助理工程师，评好三年了，想考个电工技师，好伐？", None, {}, "2025-09-15", {"title_obtained": "2022-09"}),
        (
            "我介是天津港开门机的 技师 二三年的证 嘛时候能评工程师",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2023"}]},
        ),
        (
            "焊工二级 整了得有五六年了吧",
            "skill_certificates",
            {"track": "skill_to_title"},
            "2027-02-14",
            {"skill_certificates": [{"level": "技师", "years_held": 5.0}]},
        ),
        (
            "高级工证是2022.3拿的，2023年上半年去送了半年外卖，其余时间都在汽修厂修车，22 23 24考核 合格 合格 良好",
            None,
            {},
            "2025-03-01",
            {"annual_review_results": ["良好", "合格", "合格"]},
        ),
        (
            "生过一场病 歇了仨月 其他时间都在岗位上",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-06-01",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "俺记得23年是基本合格 不对 那是俺们班长 俺自己年年都是合格",
            "annual_review_results",
            {},
            "2026-02-10",
            {"annual_reviews_all_pass": True},
        ),
        (
            "大前年 不是 是前年 大前年那个是考的高级工",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-12-12",
            {"corrected_date": "2023"},
        ),
        (
            "本人正高级工程师，在广西柳州一家机械厂，想申请个高级技师的技能等级，听说正高不在那个文件里？",
            None,
            {},
            "2025-06-01",
            {"title_held": "正高级", "target_level": "高级技师"},
        ),
        (
            "介个嘛 我干汽修的 工程吧 不对 听说还有个交通运输的 你给看看哪个好评",
            "series",
            {"track": "skill_to_title"},
            "2025-06-01",
            {"series": None},
        ),
        (
            "22年同23年都系合格 24年攞咗个优秀 喺呢间厂做咗好耐啦",
            "annual_review_results",
            {},
            "2025-03-01",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "工程师啦 助理的阮嫌伊无啥意思",
            "target_level",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-06-01",
            {"target_level": "中级"},
        ),
        (
            "俺是潍坊的 俺媳妇是高级工 在纺织厂 20年拿的 她想评个助理工程师 中不中",
            None,
            {},
            "2025-06-01",
            {"province": "山东"},
        ),
        (
            "哇是惠安刻石头的 石雕高级工 想评工艺美术师 助理那个哇不要 可以吗",
            None,
            {},
            "2026-02-09",
            {"target_level": "中级"},
        ),
        (
            "高级技师满4年评副高，这个4年是从证书发证日期开始算吗？一般怎么掌握",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": None, "target_level": None},
        ),
        (
            "錾刻那手艺全县么得几个做得来 我打了三十多年",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-05-08",
            {"front_line_mastery": True},
        ),
        ("中级职称（工程师），同我而家岗位啱嘅", None, {}, "2025-06-01", {"occupation_matches_post": True}),
        (
            "我是高级工程师 想申请冶炼高级技师，干的就是冶炼，跟申报的工种对应",
            None,
            {},
            "2025-06-01",
            {"occupation_matches_post": True},
        ),
        # round 168
        (
            "高级工就行 技师怕考不过",
            "target_level",
            {"skill_certificates": [{"level": "中级工"}]},
            "2025-06-01",
            {"target_level": "高级工"},
        ),
        (
            "技师吧 高级技师我这个中级应该够不着",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            "2026-01-12",
            {"target_level": "技师"},
        ),
        (
            "高级工吧 技术员这个说出去没人认",
            "target_level",
            {"track": "title_to_skill", "title_held": "员级"},
            "2026-04-20",
            {"target_level": "高级工"},
        ),
        ("我是工程师 能直接申报电工技师吗 还是要先考个高级工", None, {}, "2025-06-01", {"target_level": "技师"}),
        (
            "技师 听说高级技师得先有技师",
            "target_level",
            {"track": "skill_to_title"},
            "2025-06-01",
            {"target_level": "技师"},
        ),
        (
            "我爸在丽江做木雕 高级技师 这种刻法县上没得几个人会 想给他问问能不能走特殊评审评正高",
            None,
            {},
            "2025-06-01",
            {"front_line_mastery": True},
        ),
        (
            "头年被抽去看了半年仓库 前年还有仨月去支援食堂 现在都回来了",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-06-01",
            {"technical_work_gap_years": 0.75},
        ),
        (
            "24优秀 25合格 23的也是合格",
            "annual_review_results",
            {},
            "2026-01-10",
            {"annual_review_results": ["合格", "优秀", "合格"]},
        ),
        (
            "我是西双版纳割胶嘞 高级工证拿了五年了 么得改过行 想评个农业嘞职称 整得成不",
            None,
            {},
            "2025-06-01",
            {"technical_work_interrupted": False},
        ),
        (
            "俺们那是打分的 都在八十分往上 算合格吧",
            "annual_review_results",
            {},
            "2025-06-01",
            {"annual_reviews_all_pass": None, "annual_review_results": None},
        ),
        ("刚才说错了 不是6年 是9年", "cumulative_work_years", {}, "2025-01-08", {"cumulative_work_years": 9.0}),
        (
            "21年他去东莞电子厂流水线干了半年 23年又被调去仓库管了一年 其他时间都在萃取车间",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020-07"}]},
            "2025-01-20",
            {"technical_work_gap_years": 1.5},
        ),
        (
            "我想评个职称 农业系列嘞副高 我是农机修理工高级技师",
            None,
            {},
            "2024-08-30",
            {"target_level": "副高级", "title_held": None},
        ),
        # round 169
        (
            "柳州五菱嘅汽车装调工 高级工2023年5月攞嘅 技师今年先报咗名 未考 一直喺线上做",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023-05"}]},
        ),
        ("延长油田的采油工 高级工 证是好几年前拿的 想评助理工程师", None, {}, "2025-06-01", {"province": "陕西"}),
        (
            "涯在梅州一间水泥厂做电工 技师 21年攞嘅证 中间去深圳打咗两年工 做嘅都系电工 后来又返嚟水泥厂",
            None,
            {},
            "2025-06-01",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "割胶这手艺 农场里能刀刀不伤树的没几个 我在胶园干了三十年没离开过",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-01",
            {"front_line_mastery": True},
        ),
        (
            "一直在干的 没换过 我爱人倒是去年辞职在家带娃",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2024-01"}]},
            "2025-06-11",
            {"technical_work_interrupted": False},
        ),
        (
            "23年3月公司把俺派去售后当客服接电话 到年底才回来 其他时候都在跑现场",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-05"}]},
            "2025-12-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        # round 170
        (
            "21年 俺记着是三月份",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-09-30",
            {"corrected_date": "2021-03"},
        ),
        (
            "前年的嘛 前年九月份拿着的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-04-18",
            {"corrected_date": "2023-09"},
        ),
        (
            "二三年的 二三年五一前后",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-09-15",
            {"corrected_date": "2023-05"},
        ),
        (
            "额四十岁那年拿滴 今年四十七咧",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-09-30",
            {"corrected_date": "2018"},
        ),
        (
            "一直在合作社 没得去干别的",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-06-06",
            {"technical_work_interrupted": False},
        ),
        (
            "中间去跑了一年多业务 卖建材 后来觉得还是修车安逸 又回来了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-07-31",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "拿证以后调到库房当保管员了 到现在还在库房",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-11-17",
            {"technical_work_interrupted": True},
        ),
        (
            "俺是平顶山煤矿的 采煤机司机 技师证一八年拿的 一八到二零年在矿上当区队长 后来又回采面了",
            None,
            {},
            "2025-03-18",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "技术员那个说出去没人认 工程师吧",
            "target_level",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-07-04",
            {"target_level": "中级", "technical_work_interrupted": None},
        ),
        (
            "23的也是合格 24 25都合格",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-02-03",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "同事是全国技术能手，能直接评副高，那我是省级技术能手 我能直接评副高不",
            None,
            {},
            "2025-06-01",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "额师父是中华技能大奖 额自己么有",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-01",
            {"honours": []},
        ),
        (
            "我做紫陶三十年了 没离开过作坊 阴刻阳填这手艺建水没得几个会",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-01",
            {"front_line_mastery": True},
        ),
        (
            "錾花錾得细 全县么得几个做得来 三十年一直在作坊一线",
            "front_line_mastery",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-03-18",
            {"front_line_mastery": True},
        ),
        (
            "楚雄州人社局职称科 今年报高技能人才职称评审的材料收齐了 一共20个 其中技能人才8个 想确认下要不要单设评审组",
            None,
            {},
            "2024-09-25",
            {"applicant_count": 8},
        ),
        (
            "高级职称嘛 具体副高正高额也搞不清",
            "target_level",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-21",
            {"target_level": None},
        ),
        (
            "二十好几年了 九九年参加的工作",
            "cumulative_work_years",
            {"title_held": "副高级"},
            "2027-06-01",
            {"cumulative_work_years": 28.0},
        ),
        (
            "标准要求十年 我都干了二十多年了 肯定够",
            "meets_occupation_standard",
            {"title_held": "副高级", "cumulative_work_years": 28},
            "2027-06-01",
            {"meets_occupation_standard": True, "cumulative_work_years": None},
        ),
        # round 171
        (
            "十九年七月拿的 哦不对 七月是考的 证是九月份才发下来",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-09-30",
            {"corrected_date": "2019-09"},
        ),
        (
            "想问问俺们厂自个儿能不能评 不用再往市里报",
            "organiser_topic",
            {},
            "2025-06-01",
            {"organiser_topic": "enterprise_self_evaluation"},
        ),
        (
            "二一年出去跑了半年滴滴 二三年又在超市看了三个月大门 别的时候都在厂里",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-09-30",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        (
            "工程师 俺这技师够不够年头啊",
            "target_level",
            {"skill_certificates": [{"level": "技师", "obtained": "2023"}]},
            "2025-10-14",
            {"target_level": "中级"},
        ),
        (
            "收了8份 有1份是一个人交了两回",
            "applicant_count",
            {"organiser_topic": "separate_panel"},
            "2025-07-08",
            {"applicant_count": 7},
        ),
        ("拢有合格 无一冬无过", "annual_review_results", {}, "2025-06-01", {"annual_reviews_all_pass": True}),
        ("我冇 我师傅才是全国技术能手", "honours", {}, "2025-06-01", {"honours": None}),
        (
            "22 23 24 合格 合格 优秀",
            "annual_review_results",
            {},
            "2025-05-05",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "21 22都是称职 23那年违章让扣了 给了个基本称职 24嘞还没出来",
            "annual_review_results",
            {},
            "2024-12-20",
            {"annual_review_results": ["基本称职", "称职", "称职"]},
        ),
        (
            "帮我爸问 他在郴州矿上 钳工技师 19年嘞证 有一年基本合格 想评工程师还评得成不",
            None,
            {},
            "2024-09-05",
            {"annual_reviews_all_pass": False},
        ),
        (
            "俺那个叫技术员 九几年评的 现在好像都不这么叫了",
            "title_held",
            {"track": "title_to_skill"},
            "2025-05-12",
            {"title_held": "员级"},
        ),
        (
            "国家级嘞没得 省里嘞有个 是啥子来着…省五一劳动奖章",
            "honours",
            {"target_level": "副高级"},
            "2025-06-25",
            {"honours": [{"name": "五一劳动奖章", "level": "省级"}]},
        ),
        (
            "我是福州某机械厂HR 想给我们厂高级技师陈师傅报正高 他是全国技术能手 17年拿的高级技师",
            None,
            {},
            "2025-05-12",
            {"target_level": "正高级", "track": "skill_to_title"},
        ),
        ("我是电工高级工 想直接评工程师 助理嘞那个我不要 要得不", None, {}, "2025-05-30", {"target_level": "中级"}),
        (
            "老板问的 我们厂几个技师想评工程师 能不能我们厂自己组织评",
            None,
            {},
            "2026-10-12",
            {"organiser_topic": "enterprise_self_evaluation", "track": "organiser"},
        ),
        (
            "我们班组几个高级工都想评助工 包括我 我是22年拿的证",
            None,
            {},
            "2026-10-12",
            {"target_level": "助理级", "track": "skill_to_title"},
        ),
        (
            "中级职称 工程师那个 俺已经是技师了",
            "clarify",
            {},
            "2026-02-18",
            {"target_level": "中级", "title_held": None, "series": "工程"},
        ),
        # round 172
        (
            "我在武钢炼钢厂当了十几年炉前工 高级技师 18年拿的 想问能不能直接评正高",
            None,
            {},
            "2025-06-01",
            {"province": "湖北"},
        ),
        ("安顺做蜡染的 有高级技师 16年拿的 工艺美术副高能直接评不", None, {}, "2024-05-15", {"series": "工艺美术"}),
        ("琼海种胡椒的 我是农艺工高级工 今年3月刚拿的证 农业助理能报了吗", None, {}, "2024-12-24", {"series": "农业"}),
        (
            "没改行 就是21年厂里停产 在家歇了大半年",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2020"}]},
            "2024-11-29",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "整整三年了 上个月刚满",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-08-31",
            {"corrected_date": None},
        ),
        (
            "年限肯定够 我干物流十四年了",
            "meets_occupation_standard",
            {"title_held": "中级"},
            "2026-07-14",
            {"meets_occupation_standard": True, "cumulative_work_years": 14.0},
        ),
        (
            "21年3月 然后22年还评上了个苏州市技术能手",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-11-06",
            {"corrected_date": "2021-03"},
        ),
        (
            "厂里老师傅都说全厂就我听声音能判断细纱机哪里出毛病 三十年没离开过车间",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-10-15",
            {"front_line_mastery": True},
        ),
        (
            "想评技师 技能等级证我一个都没有",
            "clarify",
            {"title_held": "中级"},
            "2026-01-08",
            {"skill_certificates": []},
        ),
        (
            "我有职称 想评个技能等级 我是食品厂的助理工程师 做质检的",
            "track",
            {},
            "2026-06-30",
            {"title_held": "助理级", "target_level": None},
        ),
        (
            "对口的。哦对了 我去年已经评上工程师了 刚才说的助理是老黄历了",
            "occupation_matches_post",
            {"title_held": "助理级", "track": "title_to_skill"},
            "2026-02-20",
            {"title_held": "中级"},
        ),
        (
            "助理工程师还是工程师 你看我够哪个",
            "target_level",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-06-01",
            {"target_level": None},
        ),
        (
            "助理工程师 工程师先不想了",
            "target_level",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-11-25",
            {"target_level": "助理级"},
        ),
        (
            "助理工程师 刚刚讲错了 工程师勿报了",
            "target_level",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-03-05",
            {"target_level": "助理级"},
        ),
        ("考和年年都合各的", "annual_review_results", {}, "2025-06-01", {"annual_reviews_all_pass": True}),
        ("没有单位 没人考核", "annual_review_results", {}, "2025-02-18", {"annual_reviews_all_pass": None}),
        (
            "一直在干 没改行 就是23年生了场病歇了仨月",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-12"}]},
            "2026-12-15",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "没改行 就是中间去过一趟南方打工 也还是电工活",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-12"}]},
            "2026-12-15",
            {"technical_work_interrupted": False},
        ),
        # round 173
        (
            "高级工程师和高级技师到底边个高啲 我老婆话高级技师大过高级工程师",
            None,
            {},
            "2025-01-20",
            {"skill_certificates": None},
        ),
        (
            "一个优秀两个合格 优秀係旧年 因为我帮厂里搞掂咗条新生产线",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-10-19",
            {"annual_review_results": ["优秀", "合格", "合格"], "annual_reviews_all_pass": None},
        ),
        (
            "𠊎系惠州一间电子厂嘅SMT技术员 有技师证 二一年国庆前后攞嘅 𠊎想评工程师",
            None,
            {},
            "2026-04-14",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-10"}], "province": "广东"},
        ),
        (
            "唔係好对口 我而家做行政 想考个茶艺师高级工",
            "occupation_matches_post",
            {"title_held": "助理级", "target_level": "高级工", "track": "title_to_skill"},
            "2025-11-14",
            {"occupation_matches_post": False},
        ),
        (
            "额村上有个老汉 剪纸剪了五十年 县上评的民间艺人 他能不能评个职称",
            None,
            {},
            "2025-12-23",
            {"honours": [{"name": "民间艺人", "level": "县级"}]},
        ),
        (
            "目前报上来的是4个，不过二车间还有两个技师说也要报，材料这周交",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2026-04-07",
            {"applicant_count": 4},
        ),
        (
            "不好意思刚核了一下 技能通道里有1份是重复的 1份资格审查没过退回了",
            None,
            {"track": "organiser", "province": "江苏", "organiser_topic": "separate_panel", "applicant_count": 9},
            "2026-08-08",
            {"applicant_count": 7, "province": None},
        ),
        (
            "我们是丹东一个国企 今年准备推荐厂里一个高级技师刘师傅评正高级工程师",
            None,
            {},
            "2025-12-19",
            {"skill_certificates": [{"level": "高级技师"}], "target_level": "正高级"},
        ),
        (
            "我们是鞍山一家耐火材料厂 厂里就三十来个人 有两个老师傅是高级技师 想让他们评高工 厂里自己组织评行不行 "
            "我们不懂这些",
            None,
            {},
            "2026-09-28",
            {"enterprise_above_scale": False, "organiser_topic": "enterprise_self_evaluation"},
        ),
        (
            "𠊎考到证以后一直喺厂里做电焊 冇转过行 就係旧年屋下阿婆病咗 请咗两个礼拜假返梅州",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2026-05-20",
            {"technical_work_interrupted": False, "corrected_date": None},
        ),
        (
            "都过咗 不过23年係基本合格 因为嗰年我调岗 新领导唔识我",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2021"}]},
            "2026-03-30",
            {"annual_review_results": ["unknown", "unknown", "基本合格"], "annual_reviews_all_pass": False},
        ),
        ("应该都合格嘅 我问下人事先", "annual_review_results", {}, "2026-03-04", {"annual_reviews_all_pass": None}),
        (
            "我再核一下哈 6个里头有1个材料不全 资格审查没过 退回去了",
            None,
            {"track": "organiser", "organiser_topic": "separate_panel", "applicant_count": 6},
            "2025-06-11",
            {"applicant_count": 5},
        ),
        (
            "喂喂能听到吗我是国网曲靖供电公司的配电线路工高级工二零二一年三月拿的证一直在线路上干想问下明年能不能报助理工程师",
            None,
            {},
            "2026-01-08",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021-03"}]},
        ),
        (
            "二〇年年底 十二月份 那阵子天天加班 考完就病了一场",
            "skill_certificates_obtained",
            {},
            "2024-03-18",
            {"corrected_date": "2020-12"},
        ),
        (
            "黎锦织法我识几种失传嘅 全省冇几个人识 我喺五指山织咗三十年冇离开过织机",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2018"}], "target_level": "正高级"},
            "2026-02-19",
            {"front_line_mastery": True},
        ),
        (
            "我老婆喺珠海做保育员 高级工 佢想评职称 保育员属唔属新兴职业",
            None,
            {},
            "2027-02-08",
            {"new_occupation": None},
        ),
        (
            "工程师和技师 边个难考啲 我想拣一个",
            None,
            {},
            "2026-07-30",
            {"skill_certificates": None, "title_held": None},
        ),
        (
            "你好 我老婆在温州一家眼镜厂做质检 她有个质量检验员的技师证 21年5月考的 证是8月份才下来 今年想评个中级职称 "
            "她问我能不能评 我也不懂 你给看看",
            None,
            {},
            "2027-02-10",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-08"}], "target_level": "中级"},
        ),
        (
            "先问单设评审组吧 自主评审的事回头再说",
            "organiser_topic",
            {"track": "organiser", "enterprise_above_scale": True, "applicant_count": 7},
            "2026-07-20",
            {"organiser_topic": "separate_panel"},
        ),
        (
            "我是临沂一个蔬菜合作社的农技员 农艺工高级技师是2020年3月的证 一直在大棚里 想评个高级农艺师 "
            "另外听说有绝活的能走绿色通道 那个是咋回事",
            None,
            {},
            "2026-04-22",
            {"technical_work_interrupted": False, "wants_direct_application": None, "target_level": "副高级"},
        ),
        (
            "东阳木雕 我做了三十年 木雕工技师 想评工艺美术师 家里人说我这手艺走特殊评审不用等年限 是不是真的",
            None,
            {},
            "2025-12-30",
            {"target_level": "中级"},
        ),
        (
            "我师傅让我问 他是茶叶加工高级技师 一五年评的 想直接报正高 不想排队了 他快退休了",
            None,
            {},
            "2026-11-18",
            {"target_level": "正高级", "wants_direct_application": True},
        ),
        (
            "高工是高级工还是高级工程师 我们厂里叫法乱的很 我是高工 想评个再高一级的",
            None,
            {},
            "2025-08-26",
            {"skill_certificates": None, "title_held": None},
        ),
        (
            "我是吉林省人社厅职称处的，工程系列全省汇总上来的高技能人才一共47人，先跟你说一声，后面可能还要问单设评审组的事",
            None,
            {},
            "2026-12-14",
            {"applicant_count": 47, "organiser_topic": None},
        ),
        (
            "22年合格 23年基本合格 唔係 23年合格 基本合格係我隔离位阿强 24年优秀",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2020-06"}]},
            "2025-11-29",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "额们那叫称职不称职 额就么不称职过",
            "annual_review_results",
            {},
            "2025-07-25",
            {"annual_reviews_all_pass": True},
        ),
        (
            "我在三亚 是酒店的中级职称经济师 想考个高级茶艺师玩玩 能不能申请",
            None,
            {},
            "2025-01-15",
            {"title_held": "中级", "exam": None},
        ),
        (
            "评起有六年咧 文件是那年十一月才下来的",
            "title_obtained",
            {"title_held": "中级", "track": "title_to_skill"},
            "2026-01-18",
            {"corrected_date": "2020-11"},
        ),
        (
            "不对不对 我刚问了他 他说想先报技师 高级技师一步一步来",
            None,
            {"track": "title_to_skill", "title_held": "中级", "target_level": "高级技师"},
            "2026-09-14",
            {"target_level": "技师"},
        ),
        (
            "高级技师 哦不对 先报技师 一步一步来",
            "target_level",
            {"title_held": "中级"},
            "2026-09-14",
            {"target_level": "技师"},
        ),
        (
            "先报助理工程师嘛 哦 不对 我技师都三年多了 报工程师",
            "target_level",
            {},
            "2026-09-14",
            {"target_level": "中级"},
        ),
        ("想评工程师 是不是要先评助理", None, {}, "2026-09-14", {"target_level": "中级"}),
        (
            "这个俺真不知道 厨师归哪个系列啊 工程？",
            "series",
            {"track": "skill_to_title"},
            "2025-10-10",
            {"series": None},
        ),
        (
            "我们是盐城市人社局，市工程系列中级评委会今年材料一共收了23份，其中按学历资历报的14份，剩下是技能人才通道报的",
            None,
            {},
            "2026-08-08",
            {"applicant_count": 9},
        ),
        (
            "我是苏州一家外企的工艺工程师 中级职称17年评的 我想评个电工技师 岗位也是设备工艺 跟电工也对应",
            None,
            {},
            "2025-04-28",
            {"occupation_matches_post": True},
        ),
        (
            "二三年厂子停了仨月 人在家待着 别的时候都在车间",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-05"}]},
            "2025-09-16",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "不是24年6月 我刚看了 是24年9月 6月是考试",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工", "obtained": "2024-06"}]},
            "2027-05-20",
            {"corrected_date": "2024-09"},
        ),
        (
            "24年开了一年货拉拉 后来还是回厂里当电工了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023-10"}]},
            "2026-07-15",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "工作室係有个 我係带头人 不过係省级嘅 国家级嗰个申报咗未批落嚟",
            "honours",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2020"}]},
            "2025-12-19",
            {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]},
        ),
        (
            "二三年 好似係端午前后 我记得考完就去睇龙舟",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-08-28",
            {"corrected_date": "2023"},
        ),
        (
            "够嘅 我一二年出嚟做嘢 做到而家十三年",
            "meets_occupation_standard",
            {"title_held": "助理级", "target_level": "高级工", "track": "title_to_skill"},
            "2026-01-13",
            {"cumulative_work_years": 13.0},
        ),
        (
            "暂时收咗六份 有一份係同一个人交咗两次 其他部门话仲有两三个未交",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2026-03-19",
            {"applicant_count": 5},
        ),
        ("我做无人机测绘 应该算新职业掛 定系唔算 你话事", "new_occupation", {}, "2026-10-26", {"new_occupation": None}),
        (
            "额是西安的 有技师证 额老汉是高级技师 问问额老汉能评副高不 主要问他",
            None,
            {},
            "2025-04-09",
            {"skill_certificates": [{"level": "高级技师"}], "target_level": "副高级"},
        ),
        (
            "一直都係做 不过24年3月调咗去仓库做仓管 做到年尾先返车间",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-06"}]},
            "2025-10-07",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        (
            "22年定23年啊 唔记得喇",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-04-01",
            {"corrected_date": None},
        ),
        (
            "技师是2018年5月份拿的 中间17年到19年不对 是19年到20年在销售部待了一年 后来又回车间了",
            None,
            {},
            "2025-06-30",
            {
                "skill_certificates": [{"level": "技师", "obtained": "2018-05"}],
                "technical_work_interrupted": True,
                "technical_work_gap_years": 1.0,
            },
        ),
        (
            "一直在公司绣 么得出去过",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2025-03-01",
            {"technical_work_interrupted": False},
        ),
        # round 174
        (
            "我岗位是质量部文员 整理焊接记录 不直接焊 跟焊工对不上",
            "occupation_matches_post",
            {"title_held": "助理级", "target_level": "高级工", "track": "title_to_skill"},
            "2025-12-02",
            {"occupation_matches_post": False},
        ),
        ("做二十几冬啊", "cumulative_work_years", {}, "2026-01-05", {"cumulative_work_years": 20.0}),
        (
            "这个她说不敢说",
            "major_contribution",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2021"}], "target_level": "正高级"},
            "2026-09-09",
            {"major_contribution": False},
        ),
        (
            "称职 称职 优秀 从前年到今年",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-12"}]},
            "2026-12-15",
            {"annual_review_results": ["优秀", "称职", "称职"]},
        ),
        (
            "中间去亲戚的甜茶馆帮过一阵子忙 多久记不清了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020-04"}]},
            "2025-11-03",
            {"technical_work_interrupted": True},
        ),
        (
            "手艺是有 但这两年当了车间主任 不怎么上手了",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2015"}], "target_level": "正高级"},
            "2026-05-25",
            {"front_line_mastery": False},
        ),
        (
            "有 高精尖缺那个 市政府认定的 前年认的",
            "honours",
            {"province": "北京", "skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2024-12-30",
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        (
            "我是林芝做藏式木雕的 厂里刚给我挂了个技能大师工作室 说是自治区级的 我是领头的 技师 2023年拿的证",
            None,
            {},
            "2025-04-04",
            {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]},
        ),
        # round 175
        (
            "阿拉老公辣辣宝钢做电焊 伊技师证拿了四年了 想问问伊好评工程师伐",
            None,
            {},
            "2025-11-03",
            {"province": "上海"},
        ),
        (
            "柳工集团人力这边，我们是规上企业，想自主开展高技能人才职称评审，需要啥条件？",
            None,
            {},
            "2025-01-22",
            {"province": "广西", "organiser_topic": "enterprise_self_evaluation"},
        ),
        (
            "我堂客在景德镇画瓷 有个高级技师 想问渠能不能评副高 工艺美术个",
            None,
            {},
            "2027-02-10",
            {"series": "工艺美术", "target_level": "副高级"},
        ),
        ("想评副高 工艺美术那个 可以不嘛", None, {}, "2026-06-17", {"series": "工艺美术"}),
        (
            "二四年合格 二五年合格 二三年那年请长假评了个基本称职",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2026-03-06",
            {"annual_review_results": ["合格", "合格", "基本称职"], "annual_reviews_all_pass": False},
        ),
        (
            "全国技术能手那是俺爹 俺啥也没有",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}], "wants_direct_application": True},
            "2026-02-19",
            {"honours": []},
        ),
        (
            "副高 正高我晓得评不上",
            "target_level",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2021"}]},
            "2027-03-19",
            {"target_level": "副高级"},
        ),
        ("技师咯 高级技师还早", "target_level", {"title_held": "中级"}, "2024-09-02", {"target_level": "技师"}),
        (
            "副高做得就副高 唔得个话中级都得",
            "target_level",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2021"}]},
            "2025-11-27",
            {"target_level": "副高级"},
        ),
        (
            "拢总合格 呒没一年勿过",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2026-11-20",
            {"annual_reviews_all_pass": True},
        ),
        ("我在昆明跑外卖 网约配送员高级工 听说算新职业 能评职称吗", None, {}, "2025-10-27", {"new_occupation": True}),
        (
            "桂林的 我是农艺师 想申请农作物植保员技师评价 我现在的岗位就是搞植保的",
            None,
            {},
            "2026-04-13",
            {"occupation_matches_post": True, "title_held": "中级"},
        ),
        (
            "有嘞 我是学机电的 大专 跟这个工种对口",
            "related_major_diploma",
            {"title_held": "中级", "target_level": "技师"},
            "2026-04-01",
            {"related_major_diploma": True, "occupation_matches_post": None},
        ),
        (
            "高级技师…哦讲错哒 是技师 高级技师还冇考",
            "skill_certificates",
            {"track": "skill_to_title"},
            "2025-11-19",
            {"skill_certificates": [{"level": "技师"}]},
        ),
        (
            "那些够不着 就县里评过个优秀技工",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}], "wants_direct_application": True},
            "2024-09-18",
            {"honours": [{"name": "优秀技术工人", "level": "县级"}]},
        ),
        (
            "你好 俺们油田今年技师高级技师报职称的挺多 评审能不能给他们单整一个组",
            None,
            {},
            "2024-07-03",
            {"organiser_topic": "separate_panel", "skill_certificates": None},
        ),
        (
            "高原低温焊厚板 额们局里就额带的班能焊 一直在一线",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}], "target_level": "正高级"},
            "2025-05-27",
            {"front_line_mastery": True},
        ),
        (
            "我拉坯拉了三十五年 大件一米二的瓶子景德镇没几个能拉 听说有绝活可以破格评正高",
            None,
            {},
            "2026-06-06",
            {"front_line_mastery": True, "province": "江西"},
        ),
        # round 176
        (
            "俺在平顶山平煤干电工 高级技师 一八年的 想平副高级直称 能不能直接平",
            None,
            {},
            "2025-06-15",
            {"target_level": "副高级", "wants_direct_application": True, "province": "河南"},
        ),
        (
            "助里工程师就行 要求不高",
            "target_level",
            {"skill_certificates": [{"level": "高级工", "obtained": "2020"}]},
            "2026-06-15",
            {"target_level": "助理级"},
        ),
        (
            "综采队报了4个 机电队报了3个 还有2个通风队的材料还在路上没交",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel", "province": "云南"},
            "2026-06-15",
            {"applicant_count": 7},
        ),
        (
            "阳江嘅 我喺船厂做焊工 焊工技师 证係旧年嘅今日攞嘅 想评工程师得唔得",
            None,
            {},
            "2026-06-18",
            {"skill_certificates": [{"level": "技师", "obtained": "2025-06-18"}]},
        ),
        ("回贵州报 我人在浙江打工 社保在浙江交", "province", {}, "2026-06-15", {"province": "贵州"}),
        ("成都局重庆工务段 线路工 二二年下半年考的技师 想报中级职称", None, {}, "2026-06-15", {"province": "重庆"}),
        (
            "2021年第三季度 具体哪天忘了 渔港那边统一发的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-06-03",
            {"corrected_date": "2021-09"},
        ),
        (
            "二二年还没进这厂呢 二三 二四都合格",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-12"}]},
            "2025-07-27",
            {"annual_review_results": ["合格", "合格"], "annual_reviews_all_pass": None},
        ),
        (
            "帮我徒弟问 他是数控车工高级工 25年下半年考的 证上个月才到手 在宁波 想问能不能评助理工程师",
            None,
            {},
            "2026-10-13",
            {"skill_certificates": [{"level": "高级工", "obtained": "2026-09"}]},
        ),
        (
            "帮我老公问 他在甘肃金昌镍厂当化验工 高级技师 四年多了 不是四年多 五年多了 一直在化验室",
            None,
            {},
            "2026-12-10",
            {"skill_certificates": [{"level": "高级技师", "years_held": 5.0}]},
        ),
        (
            "拿证三年了 哦不到三年 两年零八个月",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-07-29",
            {"corrected_date": None},
        ),
        (
            "林芝的 在林业局搞有害生物防治 高级工 二三年藏历新年前后拿到的 想评个职称",
            None,
            {},
            "2024-10-03",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023"}]},
        ),
        ("会理铜矿的 采矿工 我是高级工 拿证十八个月了 想问好久能评助理", None, {}, "2026-06-15", {"province": "四川"}),
        (
            "23年越南那边考的合格 24 25年回来了都是合格",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2020-07"}]},
            "2026-02-27",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "23年底才调过来的 24合格 25合格",
            "annual_reviews",
            {"skill_certificates": [{"level": "高级工", "obtained": "2024-01"}]},
            "2026-10-26",
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "工程师 工程师那个我嫌低了 还是直接报高工程师吧",
            "target_level",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}], "series": "工程"},
            "2025-10-05",
            {"target_level": "副高级", "wants_direct_application": True},
        ),
        (
            "工程师 实在不够年限的话助理的也行",
            "target_level",
            {"skill_certificates": [{"level": "技师", "obtained": "2023"}], "series": "工程"},
            "2026-12-22",
            {"target_level": "中级"},
        ),
        (
            "都合格 对了问一下评上工程师以后能调到技术岗不",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2023-04"}]},
            "2026-05-21",
            {"annual_reviews_all_pass": True, "technical_work_interrupted": None},
        ),
        (
            "我是四川宜宾的酿酒师 高级技师 一九年拿的 想评高级工程师 能评不？对了 刚才说错了 证是二〇年拿的",
            None,
            {},
            "2024-03-28",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2020"}]},
        ),
        (
            "网上带电作业那一套 全段就我跟我徒弟敢上 二十几年一直在一线 没当过官",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}], "target_level": "正高级"},
            "2027-03-03",
            {"front_line_mastery": True},
        ),
        (
            "我是思茅林业局嘞林业工程师 嘞个可以评林业有害生物防治员嘞技师不嘛 评上工程师有五年喽",
            None,
            {},
            "2025-11-23",
            {"title_held": "中级", "title_obtained": "2020-11"},
        ),
        (
            "来电的是位大姐 在西双版纳做茶的 评茶员高级工 拿证快三年了 问她能评个啥职称 我跟她说评工艺美术不对吧",
            None,
            {},
            "2026-04-14",
            {"series": None},
        ),
        (
            "12333转一个咨询：来电人刚开始说自己是技师，后来又说是高级技师，2020年拿的，问评副高要几年",
            None,
            {},
            "2024-07-19",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2020"}]},
        ),
        (
            "我是12333坐席 来电的阿姨说她儿子是技师 也可能是高级工 她也搞不清 想评工程师 在海口",
            None,
            {},
            "2027-06-30",
            {"skill_certificates": None},
        ),
        (
            "我们工会要写个宣传材料 问一下高级工 技师 高级技师分别对应哪级职称 各要满几年",
            None,
            {},
            "2026-06-15",
            {"skill_certificates": None},
        ),
        (
            "我是高级工 我爱人是技师 她比我早 我们两个都在个旧锡矿上",
            "skill_certificates",
            {"province": "云南"},
            "2022-04-22",
            {"skill_certificates": [{"level": "高级工"}]},
        ),
        (
            "年年都合格 我们厂没听说哪个不合格的",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-09"}]},
            "2025-08-20",
            {"annual_reviews_all_pass": True},
        ),
        (
            "享受省政府特殊津贴 不对 是州里的 延边州给的",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-05-27",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "我冇 我师傅先至系高级技师",
            "skill_certificates",
            {"track": "skill_to_title"},
            "2025-08-26",
            {"skill_certificates": None},
        ),
        # round 177
        (
            "考核都合格 不过二三年有仨月被抽去食堂帮厨 那也算吗",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-06-15",
            {"technical_work_gap_years": 0.25},
        ),
        (
            "二三年开了一年货拉拉 二四年又回来干焊工了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-06-15",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "一优两合格 优秀是二三年",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-06-15",
            {"annual_review_results": ["合格", "优秀", "合格"]},
        ),
        (
            "工作室有一个 俺是带头人 不过是市里挂牌的 市级的",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-15",
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        (
            "技能大师工作室有一个 伊是带头人 国家级个",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-15",
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        ("养老护理算么新职业 干了几十年的老行当了 不算", "new_occupation", {}, "2025-06-15", {"new_occupation": False}),
        ("我是护理员 初级证都没得 能评职称不😭", None, {}, "2025-06-15", {"skill_certificates": []}),
        (
            "嗯嗯 一直飞",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2023-06"}]},
            "2025-08-25",
            {"technical_work_interrupted": False},
        ),
        (
            "zlgcs",
            "target_level",
            {"skill_certificates": [{"level": "高级工", "obtained": "2020"}]},
            "2025-06-15",
            {"target_level": "助理级"},
        ),
        (
            "24合格 25合格 26的要年底才出",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2024-08"}]},
            "2027-08-16",
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "莫得 啥子全国技术能手哦 想都不敢想🤣",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-15",
            {"honours": None},
        ),
        (
            "跳槽过来的 新厂第一年还没资格参加考核 后两年都是合格",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-09"}]},
            "2026-05-12",
            {"annual_review_results": ["合格", "合格"], "annual_reviews_all_pass": None},
        ),
        (
            "二一年七月派去售后接电话 干到年底才回来",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2020"}]},
            "2024-07-22",
            {"technical_work_interrupted": True},
        ),
        (
            "养老这块属于啥子系列哦 卫生？",
            "series",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-02-14",
            {"series": None},
        ),
        (
            "美发能走工艺美术不 不行就其他系列嘛",
            "series",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-09-01",
            {"series": None},
        ),
        (
            "阿拉屋里厢老头子 绍兴黄酒厂酿酒师 高级技师 干了四十年 想评个正高 伐晓得好评伐",
            None,
            {},
            "2025-06-15",
            {"technical_work_interrupted": None, "target_level": "正高级"},
        ),
        (
            "俺是吉林化纤的技师 去年评上了吉林省技术能手 想评工程师 还用等满三年不",
            None,
            {},
            "2025-01-14",
            {"wants_direct_application": True},
        ),
        # round 178
        (
            "报咗8个 有一个材料退返转头 另外仲有两个喺度谂紧报唔报",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel", "province": "广东"},
            "2026-04-01",
            {"applicant_count": 7},
        ),
        (
            "享受省政府特殊津贴 哦唔啱 係市里面嘅",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-10-10",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "有个高精尖缺人才 苏州市里认定个",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-11-18",
            {"honours": [{"name": "高精尖缺高技能人才", "level": "市级"}]},
        ),
        (
            "工作室是我领办嘞 红河州挂嘞牌 想评个副高",
            None,
            {},
            "2025-06-15",
            {"honours": [{"name": "技能大师工作室带头人", "level": "市级"}]},
        ),
        (
            "技师仲喺度考紧 高级工就有 19年攞嘅",
            "skill_certificates",
            {},
            "2025-10-02",
            {"skill_certificates": [{"level": "高级工", "obtained": "2019"}]},
        ),
        (
            "证上个月先到手 考係旧年年尾考嘅",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-02-10",
            {"corrected_date": "2026-01"},
        ),
        (
            "绝活说勿上",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2027-02-08",
            {"front_line_mastery": False},
        ),
        (
            "能评正高伐 勿来事个话就副高",
            "target_level",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2027-01-04",
            {"target_level": "正高级"},
        ),
        (
            "考核么 二四年个还没出来 二三年优秀 二二年 二一年侪是合格",
            "annual_reviews",
            {"skill_certificates": [{"level": "技师", "obtained": "2020-06"}]},
            "2025-02-10",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "阮尪佇福州做水电 伊是高级工 毋着 是技师 21年提的 这三冬考核拢合格 中间无去做别项 伊想评中级职称",
            None,
            {},
            "2026-04-11",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}], "technical_work_interrupted": False},
        ),
        (
            "手艺係有嘅 不过呢两年调咗做车间主任 少咗落手",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-08-08",
            {"front_line_mastery": False},
        ),
        (
            "我徒弟喺佛山做电焊 佢话係高级工 又好似係中级工 佢想评助理工程师",
            None,
            {},
            "2026-05-29",
            {"skill_certificates": None},
        ),
        (
            "俺在合肥工地上扎钢筋 好像是考过个高级工 也记不太清了 是不是也能评个职称啊",
            None,
            {},
            "2026-09-08",
            {"skill_certificates": None},
        ),
        (
            "二一年九月份提的 这两冬阮拢在厂内底修机 无走去别位",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-11-03",
            {"technical_work_interrupted": False},
        ),
        (
            "我是主管药师 想考个中药调剂员技师 还是高级工 我也不晓得能报哪个",
            None,
            {},
            "2025-03-08",
            {"target_level": None, "skill_certificates": None},
        ),
        (
            "我有高级工证 单位里又是助理会计师 今年想考中级会计能报名不",
            None,
            {},
            "2026-08-08",
            {"exam": "会计", "title_held": "助理级"},
        ),
        ("我已经是中级经济师了 还能考个统计师不", None, {}, "2025-12-02", {"title_held": "中级", "exam": "统计"}),
        ("拉萨的，唐卡画师，有高级工证，能评工艺美术系列不", None, {}, "2024-08-30", {"series": "工艺美术"}),
        (
            "我是高级会计师 想考个会计类的技能等级证书 可以吗",
            None,
            {},
            "2026-06-15",
            {"exam": None, "track": "title_to_skill", "title_held": "副高级"},
        ),
        (
            "我们工会有个技能大师工作室，带头人是省级的，他本人是高级技师，想评正高级工程师",
            None,
            {},
            "2026-06-15",
            {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]},
        ),
        (
            "有个技术能手 哪一级嘞我记不清了 好像是市里发嘞",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-06-15",
            {"honours": [{"name": "技术能手", "level": None}]},
        ),
        # round 179
        ("三级 电工三级 我徒弟都考二级了我还冇去考", "skill_certificates", {}, "2026-01-01", {"target_level": None}),
        (
            "我係广西技术能手 二一年评嘅 我师父先至系全国技术能手",
            "honours",
            {},
            "2026-01-01",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        ("助理工程师 我哥是高级工程师 我只有助工", "title_held", {}, "2026-01-01", {"title_held": "助理级"}),
        (
            "格尔木 在输油站干了二十年 额们站长是正高级工程师 额是技师 想评个中级的那种",
            None,
            {},
            "2026-01-01",
            {"title_held": None, "track": "skill_to_title", "target_level": "中级"},
        ),
        (
            "吴忠的 开挖掘机的 高级工证有了两年了 想问问助理工程师咋报 "
            "对了我爱人是中学老师评了一级 她那个跟我这个有关系不",
            None,
            {},
            "2026-01-01",
            {"skill_certificates": [{"level": "高级工", "years_held": 2.0}]},
        ),
        (
            "我系防城港码头开门机嘅 高级工 我哋班有个技师评咗工程师 "
            "佢系二一年攞技师 我系二四年攞高级工 我几时可以评助理",
            None,
            {},
            "2026-01-01",
            {"title_held": None, "skill_certificates": [{"level": "高级工", "obtained": "2024"}]},
        ),
        ("副高 我们黎族织锦的老师傅里面有个是正高 我先评副高", "target_level", {}, "2026-01-01", {"title_held": None}),
        ("农业的吧 我在赣州搞脐橙嫁接 隔壁老刘是农艺师", "series", {}, "2026-01-01", {"title_held": None}),
        (
            "高级技师 一级的 额们师傅也是高级技师 还是全国技术能手咧",
            "skill_certificates",
            {},
            "2026-01-01",
            {"honours": None, "skill_certificates": [{"level": "高级技师"}]},
        ),
        (
            "二三年台风厂子停了三个月 在家歇着 其他时候都在干",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-06-01",
            {"technical_work_gap_years": 0.25},
        ),
        (
            "二三年抽到办公室写了大半年材料 后头回来了",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-06-01",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "我们是宁夏一家煤矿 规模以上的 今年技师高级技师报工程师的有五个 "
            "机电队三个综采队两个 评委会说要单设组 是必须的吗",
            None,
            {},
            "2026-01-01",
            {"applicant_count": 5},
        ),
        (
            "不对 刚才讲错了 我是高级技师 技师是以前的",
            "skill_certificates",
            {"skill_certificates": [{"level": "技师", "obtained": "2023"}]},
            "2026-08-21",
            {"skill_certificates": [{"level": "高级技师"}]},
        ),
        (
            "正高我晓得评不上 就副高",
            "target_level",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2019"}]},
            "2025-05-30",
            {"target_level": "副高级"},
        ),
        (
            "高精尖缺那个 厂里给报过 不知道批下来没",
            "honours",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2020"}]},
            "2027-07-14",
            {"honours": None},
        ),
        (
            "工程系列 就是工程师",
            "series",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}], "target_level": "中级"},
            "2026-01-14",
            {"title_held": None, "series": "工程"},
        ),
        (
            "江西赣州的 稀土厂 技师 证是二〇一九年 现在想评工程师 "
            "我听说要三年年度考核合格 二二年我请了半年病假 有影响不",
            None,
            {},
            "2025-04-01",
            {"annual_reviews_all_pass": None},
        ),
        (
            "我是海口的 在美兰机场修地面设备 高级工 拿了三年多 我们组长是技师 他说高级工也能评职称 我也想评一个",
            None,
            {},
            "2025-12-08",
            {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "years_held": 3.0}]},
        ),
        (
            "井下带压补管子全矿就我整得来 三十年一直在一线",
            "front_line_mastery",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-04-25",
            {"front_line_mastery": True},
        ),
        (
            "24年去青海热贡学了三个月 也是画唐卡 别的时候在画院",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2023"}]},
            "2026-08-28",
            {"technical_work_gap_years": None},
        ),
        (
            "23年4月……哦对了 俺刚才说错了 全国技术能手那个是被推荐了没评上 最后评的是省技术能手",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级技师"}], "honours": [{"name": "技术能手", "level": "省级"}]},
            "2025-12-12",
            {"corrected_date": "2023-04"},
        ),
        # round 180
        (
            "没离开过 就疫情那年厂里停了俩月 俺都住厂里守设备",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-06-01",
            {"technical_work_interrupted": False},
        ),
        (
            "津贴有一个 是延边州政府给的",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "高级工 我想考个高级工的技能等级 我已经是工程师了",
            None,
            {"title_held": "中级"},
            "2025-12-22",
            {"track": "title_to_skill", "target_level": "高级工", "series": None},
        ),
        ("我在福州一家医院当护工 医疗护理员四级 想评个护士职称 可以吗", None, {}, "2025-02-26", {"series": "卫生"}),
        (
            "一直干着呢 哎对了 俺不是高级工 是技师 刚才说岔了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2020-06"}]},
            "2025-06-01",
            {"skill_certificates": [{"level": "技师"}]},
        ),
        ("我们班组五个人 都是高级工 都能评职称不", None, {}, "2025-03-03", {"track": None}),
        ("技工院校的老师有技师证的 能不能评讲师啊 我们学校好几个都在问", None, {}, "2025-03-14", {"series": None}),
        (
            "南京市政府特殊津贴 还有个全国电力行业技术能手 公司推荐的",
            "honours",
            {},
            "2025-06-01",
            {
                "honours": [
                    {"name": "政府特殊津贴", "level": "市级"},
                    {"name": "行业技术能手", "level": None},
                ]
            },
        ),
        (
            "js可以评gcs吗 22年拿的js 在徐州上班",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}], "target_level": "中级"},
        ),
        ("我gjjs 想评fg 需要啥条件 在盐城", None, {}, "2025-06-01", {"target_level": "副高级"}),
        (
            "21年回老家安庆种了一年地 22年又回厂里了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-06-01",
            {"province": None, "technical_work_gap_years": 1.0},
        ),
        (
            "中级 能上中级就不整助理了",
            "target_level",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-03"}]},
            "2024-04-15",
            {"target_level": "中级"},
        ),
        (
            "年年合格 刚才说跑了一年业务 其实就半年 俺记岔了",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}], "technical_work_gap_years": 1},
            "2025-06-01",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "有个全国五一劳动奖章 你说的那些都没有",
            "honours",
            {},
            "2026-03-06",
            {"honours": [{"name": "五一劳动奖章", "level": "国家级"}]},
        ),
        (
            "二一年评上的 文件腊月才下来",
            "title_obtained",
            {"title_held": "中级"},
            "2025-04-03",
            {"corrected_date": "2022-01"},
        ),
        (
            "涯冇么个全国技术能手 就系市里评过一只技术能手 梅州市个",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "技术能手", "level": "市级"}]},
        ),
        (
            "中级会计师可以对应技师那个吧 就报技师",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-12-12",
            {"exam": None, "target_level": "技师"},
        ),
        (
            "省政府特殊津贴有 还有个全国技术能手 哦那个不是全国的 是省里的",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "政府特殊津贴", "level": "省级"}, {"name": "技术能手", "level": "省级"}]},
        ),
        (
            "离开过俩回 一回半年跑保险 一回一年开货车",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2018"}]},
            "2025-06-01",
            {"technical_work_gap_years": 1.5},
        ),
        (
            "阮是汕头医院个护士 评着主管护师了 想问下阮有无办法去考个养老护理员个技师证",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": None, "target_level": "技师"},
        ),
        (
            "涯在龙岩做电焊 焊工技师拿咗四年 涯老弟系市技术能手 涯自家冇 想问下涯能评工程师么",
            None,
            {},
            "2025-06-01",
            {"honours": None, "target_level": "中级"},
        ),
        ("全国技术能收 19年的", "honours", {}, "2025-06-01", {"honours": [{"name": "技术能手", "level": "国家级"}]}),
        # round 181
        (
            "额们织那个老式栽绒地毯的 全旗就额跟额师父俩人会那个回纹 干了三十年一直在作坊里 么离开过",
            "front_line_mastery",
            {},
            "2025-06-01",
            {"front_line_mastery": True},
        ),
        (
            "俺是大同煤矿的综采维修电工 技师 一八年拿滴证 想问问能评个工程师不 俺们队长是高级技师 他也想评",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2018"}], "target_level": "中级"},
        ),
        (
            "高级工 三级的那个 额徒弟去年都考上技师了 额还是个高级工 丢人咧",
            "skill_certificates",
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "高级工"}]},
        ),
        (
            "酒泉风电场的运维 二级证 就是技师 22年底拿的 想评中级职称 我老婆也在这上班是高级工 她的事以后再问",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-12"}]},
        ),
        (
            "西安的 咱是陕鼓的钳工 一级高级技师 二零年底拿滴 俺老婆是中级职称会计 她说额能评高级工程师 真的假的",
            None,
            {},
            "2025-06-01",
            {"title_held": None, "track": "skill_to_title"},
        ),
        (
            "兰州石化的仪表工 高级技师拿证五年了 我们班有个全国技术能手说他能直接评正高 我这种能评副高不",
            None,
            {},
            "2025-06-01",
            {"honours": None, "wants_direct_application": None, "target_level": "副高级"},
        ),
        (
            "中间歇过几回 19年矿上整改停了半年 21年抽去机关当了一年安全员 23年又去车队开了仨月车 其他都在井下",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2018"}]},
            "2025-06-01",
            {"technical_work_gap_years": 1.75},
        ),
        (
            "22年去阿克苏亲戚果园帮了一季摘苹果 大概三个月 24年又回老家甘肃照顾我妈半年 其他都在厂里修设备",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2018"}]},
            "2025-06-01",
            {"technical_work_gap_years": 0.75, "province": None},
        ),
        (
            "合格 合格 良好 从23年到25年",
            "annual_review_results",
            {},
            "2026-04-01",
            {"annual_review_results": ["良好", "合格", "合格"]},
        ),
        (
            "技师 今年六月份才考 还没考咧 现在手里是高级工",
            "skill_certificates",
            {},
            "2024-03-01",
            {"skill_certificates": [{"level": "高级工"}]},
        ),
        (
            "莫有 一直在厂里 就是厂里二五年冬天停了一阵子电 放了几天假",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2026-03-01",
            {"technical_work_interrupted": False},
        ),
        (
            "五年前的三八节那天发的 厂里女工一人一本",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-01",
            {"corrected_date": "2021-03-08"},
        ),
        (
            "五年前 那年正好我娃考上大学 八月份",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-06-01",
            {"corrected_date": "2020-08"},
        ),
        ("会使评到佗一级就评佗一级啦", "target_level", {}, "2025-06-01", {"target_level": None}),
        ("拢无 阮一个普通工人 哪有这些", "honours", {}, "2025-06-01", {"honours": []}),
        (
            "中央企业技术能手 国资委发的 全国技术能手无",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "企业技术能手", "level": None}]},
        ),
        (
            "工作室是有 额是带头人 去年刚升成国家级的 别的么有",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "来电人讲伊是中级会计师 想去考个技能等级证 问可以考啥级别",
            None,
            {},
            "2025-06-01",
            {"exam": None, "title_held": "中级", "track": "title_to_skill"},
        ),
        ("浙江 不过证是在江西老家考的", "province", {}, "2025-06-01", {"province": "浙江"}),
        ("有中级职称的去考技师 理论还要不要考", None, {}, "2025-06-01", {"title_held": None}),
        ("伊讲先报助理个 工程师以后再讲", "target_level", {}, "2025-06-01", {"target_level": "助理级"}),
        (
            "我是靠助理工程师申请的高级工 去年拿到的 现在想晋级技师 要等多久",
            None,
            {},
            "2026-03-01",
            {"title_obtained": None, "skill_certificates": [{"level": "高级工", "obtained": "2025"}]},
        ),
        ("工程师 毋着 是助理工程师 阮才高级工", "target_level", {}, "2025-06-01", {"target_level": "助理级"}),
        (
            "我们集团下面有个三十来个人的配件厂 想自己搞技能人才职称评审 行不行",
            None,
            {},
            "2025-06-01",
            {"enterprise_above_scale": False},
        ),
        (
            "阮是公司人事 今年有3个高级技师 2个技师报职称 佮别人分开评会使无",
            None,
            {},
            "2025-06-01",
            {"applicant_count": 5, "organiser_topic": "separate_panel"},
        ),
        # round 182
        (
            "一直在干啊 天天钻底盘 俺们那个车间主任倒是去跑了一年销售",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-06-01",
            {"technical_work_gap_years": None, "technical_work_interrupted": False},
        ),
        (
            "一直在码头开门机 没挪过窝 对了俺师傅还是全国技术能手呢",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-06-01",
            {"honours": None},
        ),
        (
            "23年合格 24年优秀 25年合格 26年的年后才出",
            "annual_review_results",
            {},
            "2027-01-29",
            {"annual_review_results": ["合格", "优秀", "合格"]},
        ),
        (
            "俺在寿光种菜 农业的吧 俺们邻居家小子评的就是农业的助理农艺师",
            "series",
            {},
            "2025-06-01",
            {"title_held": None, "series": "农业"},
        ),
        ("工艺美术师吧 我师父是高级工艺美术师 我不敢比", "target_level", {}, "2025-06-01", {"target_level": "中级"}),
        ("有工程师职称的 能申请技师吗 大概啥条件", None, {}, "2025-06-01", {"title_held": None}),
        (
            "高精尖缺报过 不晓得批下来没得 别嘞都没得",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-06-01",
            {"honours": []},
        ),
        (
            "全厂得我识修嗰部老机器 一直喺车间 廿年冇离开过",
            "front_line_mastery",
            {},
            "2025-06-01",
            {"front_line_mastery": True},
        ),
        (
            "22年回屯里种了一年甘蔗 后头又回糖厂修设备了",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-06-01",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "俺跟你说 俺干了二十多年了 拿了一堆奖 去年还是省劳模",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-06-01",
            {"technical_work_gap_years": None},
        ),
        (
            "俺是郑州富士康的 技师 23年拿的证 俺对象是高级工 俺俩都想评 先问俺自己",
            None,
            {},
            "2025-06-01",
            {"track": "skill_to_title"},
        ),
        (
            "21 22 23合格 今年的年底才评",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2024-08-15",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "木有 就导游证 别的都没得",
            "skill_certificates",
            {"track": "qualification_exam"},
            "2026-10-19",
            {"honours": None},
        ),
        # a stranger's reply, in review: where one is, said when asked about honours
        ("云南大理的", "honours", {"track": "skill_to_title"}, "2026-12-06", {"province": "云南", "honours": None}),
        ("享受州政府津贴，就是楚雄州的", "honours", {}, "2026-12-06", {"province": None}),
        # round 183
        (
            "什么全国技术能手哦，我就评了个湘潭市技术能手",
            "honours",
            {},
            "2026-06-01",
            {"honours": [{"name": "技术能手", "level": "市级"}]},
        ),
        ("副高咯 高级工程丝", "target_level", {"track": "skill_to_title"}, "2026-08-01", {"target_level": "副高级"}),
        (
            "有 俺是焦作技校焊接专业毕业哩 报嘞也是焊工",
            "related_major_diploma",
            {"track": "title_to_skill"},
            "2026-06-10",
            {"province": None, "related_major_diploma": True},
        ),
        (
            "俺是高级工 俺家老头子是技师 俺问俺自己的",
            "skill_certificates",
            {"track": "skill_to_title"},
            "2025-05-22",
            {"skill_certificates": [{"level": "高级工"}]},
        ),
        (
            "等下 刚才说跑了一年业务 其实就半年",
            "annual_review_results",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1},
            "2025-05-07",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "五年前那个三八节那天 记得蛮清楚",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-05-01",
            {"corrected_date": "2021-03-08"},
        ),
        (
            "二三年嘞 五一前后",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2024-12-16",
            {"corrected_date": "2023-05"},
        ),
        (
            "有一年係基本合格 其他两年合格",
            "annual_reviews_all_pass",
            {},
            "2024-11-11",
            {"annual_reviews_all_pass": False},
        ),
        (
            "其他系列 我做美发嘞 工程工艺美术那些都不沾边",
            "series",
            {"track": "skill_to_title"},
            "2025-05-26",
            {"series": "其他"},
        ),
        (
            "技师 高级技师一步一步来",
            "target_level",
            {"track": "title_to_skill", "title_held": "中级"},
            "2026-09-14",
            {"target_level": "技师"},
        ),
        (
            "我21年考核没过 现在还能评工程师不 我是技师",
            None,
            {},
            "2025-03-05",
            {"annual_reviews_all_pass": None, "target_level": "中级"},
        ),
        (
            "副高评不到的话 那就按工程师看嘛",
            None,
            {"track": "skill_to_title", "target_level": "副高级", "skill_certificates": [{"level": "技师"}]},
            "2024-12-16",
            {"title_held": None, "target_level": "中级"},
        ),
        (
            "22年整年被借调到公司办公室做行政，23年初回的车间，其他时间都在车间",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}], "technical_work_interrupted": True},
            "2024-06-20",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "有嘞 透雕这手全剑川么得几个做得来 三十年都在作坊头",
            "front_line_mastery",
            {"track": "skill_to_title", "province": "云南"},
            "2025-09-01",
            {"front_line_mastery": True},
        ),
        # round 184
        (
            "22年7月份发的证 考是21年底考的 对了我徒弟今年也在考技师 到时候能跟我一起报不",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-06-18",
            {"corrected_date": "2022-07"},
        ),
        (
            "我是地铁列车司机 技师 我这个能不能评职称 评什么系列 我们车队队长说他都评上工程师了",
            None,
            {},
            "2025-12-19",
            {"title_held": None, "skill_certificates": [{"level": "技师"}]},
        ),
        (
            "我一直在产线上 没离开过 倒是我们组长去跑了两年销售",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-04-04",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "我是高级工 我徒弟都考二级了 丢人😅",
            "skill_certificates",
            {"track": "skill_to_title"},
            "2025-06-09",
            {"target_level": None, "skill_certificates": [{"level": "高级工"}]},
        ),
        ("俺是农民 没单位 哪来的考核", "annual_review_results", {}, "2025-03-18", {"annual_reviews_all_pass": None}),
        (
            "我在建水做紫陶三十年了 没啥证 人家说有绝活的能走特殊评审 我想试试评个职称",
            None,
            {},
            "2025-04-10",
            {"front_line_mastery": None, "wants_direct_application": True},
        ),
        (
            "我是儋州割胶的 橡胶割胶工高级工 21年拿证 想评助理农艺师 我老婆也是割胶的 她是技师",
            None,
            {},
            "2026-07-15",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021"}]},
        ),
        (
            "海南 对了我老婆那个技师能评啥 等下再问她的",
            "province",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021"}]},
            "2026-07-15",
            {"province": "海南", "skill_certificates": None},
        ),
        (
            "我都合格 我们班小王有一年不合格 他也想评 他那个咋办",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-10-22",
            {"annual_reviews_all_pass": True},
        ),
        (
            "21年底出去跑了两年货车…不对不对 就一年 22年底就回厂了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-04"}]},
            "2026-02-10",
            {"technical_work_gap_years": 1.0},
        ),
        # round 185
        ("额想弄个工程师 助理那个碎碎的 额嫌没意思", "target_level", {}, "2026-06-01", {"target_level": "中级"}),
        (
            "哎呀妈呀 那得是二三年的事儿了 好像是秋天 具体月份真整不明白",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-01-10",
            {"corrected_date": "2023"},
        ),
        (
            "五年前那个三八节 俺记得贼清楚",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2027-01-10",
            {"corrected_date": "2022-03-08"},
        ),
        (
            "津贴有一个 是区政府给的 别的没得",
            "honours",
            {},
            "2026-06-01",
            {"honours": [{"name": "政府特殊津贴", "level": "县级"}]},
        ),
        (
            "技师嘛 高级技师我这个中级够不着",
            "target_level",
            {"title_held": "中级"},
            "2026-06-01",
            {"target_level": "技师"},
        ),
        (
            "全国技术能手那是俺师兄 俺有个吉林省技术能手 二零年的",
            "honours",
            {},
            "2026-02-11",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        ("高精尖缺报过一回 批没批下来不晓得 别的都莫得", "honours", {}, "2026-06-01", {"honours": []}),
        ("那干脆整正高算了 副高我们厂都评烂了", "target_level", {}, "2026-06-01", {"target_level": "正高级"}),
        (
            "我刻的坭兴陶 钦州做得来这种镂空的没几个 在作坊头蹲了二十几年",
            "front_line_mastery",
            {},
            "2026-06-01",
            {"front_line_mastery": True},
        ),
        (
            "三年都合格 二三年那个基本合格不是我 是我们班长",
            "annual_review_results",
            {},
            "2025-05-01",
            {"annual_reviews_all_pass": True},
        ),
        (
            "二五年的还没评 二四年是良好 二三年嘛合格 二二年那年出了点事 基本合格",
            "annual_review_results",
            {},
            "2025-11-01",
            {"annual_review_results": ["良好", "合格", "基本合格"]},
        ),
        (
            "21年那回基本合格 22 23 24都合格 25年的得三月份才出来",
            "annual_review_results",
            {},
            "2026-02-20",
            {"annual_reviews_all_pass": True},
        ),
        ("工程农业都不沾边 其他吧", "series", {"track": "skill_to_title"}, "2026-08-15", {"series": "其他"}),
        (
            "22年国庆节前头发的 证上盖的日子是9月30号 就是那个月最后一天",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-09-28",
            {"corrected_date": "2022-09"},
        ),
        (
            "保健按摩师技师能评卫生系列职称不 我听说云南那边可以",
            None,
            {},
            "2025-06-11",
            {"province": None, "series": "卫生"},
        ),
        (
            "哦对了 23年一整年他被借调到公司办公室弄报表 弄了一年 24年才回的维保队",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-09"}]},
            "2025-10-15",
            {"technical_work_gap_years": 1.0},
        ),
        # round 186
        (
            "我哋呢度年年都合格嘅 唔合格嘅早就俾老细炒咗啦😂",
            "annual_review_results",
            {},
            "2026-06-01",
            {"annual_reviews_all_pass": True},
        ),
        (
            "考核那必须都合格啊 不合格还能让我带徒弟",
            "annual_review_results",
            {},
            "2026-06-01",
            {"annual_reviews_all_pass": True},
        ),
        (
            "技师 高级技师那个我晓得还够不着",
            "target_level",
            {"title_held": "中级"},
            "2026-06-01",
            {"target_level": "技师"},
        ),
        ("能上中级就不整助理了", "target_level", {"track": "skill_to_title"}, "2025-03-03", {"target_level": "中级"}),
        (
            "突出贡献？我就是个修机车的 哪谈得上给国家做贡献哦",
            "major_contribution",
            {},
            "2026-06-01",
            {"major_contribution": False},
        ),
        (
            "金线勾画这一手 整个热贡会的也没几个 我天天在画室画 没离开过",
            "front_line_mastery",
            {},
            "2026-06-01",
            {"front_line_mastery": True},
        ),
        (
            "讲起来 二三年厂里把我抽到后勤管了一年食堂 二四年初才回车间 其他时候都在干钳工",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2025-09-01",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "盾构在破碎带里头纠偏 我们局就我和另一个老师傅整得来 二十年都在掌子面 没上过办公室",
            "front_line_mastery",
            {},
            "2025-06-06",
            {"front_line_mastery": True},
        ),
        # round 187
        (
            "能上工程师就不整助理了 助理那个碎碎嘞 没意思",
            "target_level",
            {"track": "skill_to_title"},
            "2026-06-01",
            {"target_level": "中级"},
        ),
        (
            "17还是18年 记不太清 反正是北京冬奥会之前",
            "skill_certificates_obtained",
            {},
            "2026-06-01",
            {"province": None},
        ),
        ("返嚟之后都系合格 冇试过唔合格", "annual_review_results", {}, "2026-08-15", {"annual_reviews_all_pass": True}),
        (
            "21年国庆前嗰阵攞嘅 九月尾啦",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-08-15",
            {"corrected_date": "2021-09"},
        ),
        (
            "23年元旦过后 一月份州上组织考嘞 证月底就拿到了",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-02-10",
            {"corrected_date": "2023-01"},
        ),
        (
            "我现在在采购部 天天跟供应商打交道 电工活早就不沾了",
            "occupation_matches_post",
            {"track": "title_to_skill"},
            "2024-09-09",
            {"occupation_matches_post": False},
        ),
        # round 188
        (
            "高级工程师 俺技师都八年了",
            None,
            {},
            "2026-04-20",
            {"target_level": "副高级", "title_held": None},
        ),
        (
            "想申请职业技能等级 想弄个技能等级",
            "track",
            {"title_held": "助理级"},
            "2026-06-24",
            {"track": "title_to_skill"},
        ),
        ("都想 职称也想评 证也想考", "track", {}, "2026-12-03", {"track": None}),
        (
            "我20年拿的 我徒弟今年也在考技师",
            "skill_certificates_obtained",
            {},
            "2026-05-14",
            {"corrected_date": "2020"},
        ),
        (
            "一直在船上当轮机 我们队长倒是去跑了两年销售",
            "technical_work_interrupted",
            {},
            "2025-08-19",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "我三年都是合格 我们班小王有一年不合格 他也想评",
            "annual_review_results",
            {},
            "2026-02-23",
            {"annual_reviews_all_pass": True},
        ),
        (
            "额是西安的数控车工 高级技师 18年拿证 想评高级工程师 对了额媳妇也是技师 她能评啥 等下再问她的",
            None,
            {},
            "2024-12-03",
            {"target_level": "副高级", "skill_certificates": [{"level": "高级技师", "obtained": "2018"}]},
        ),
        ("咋没干 天天在吊车上", "technical_work_interrupted", {}, "2026-10-06", {"technical_work_interrupted": False}),
        (
            "都不沾边 其他吧 我搞酒店厨房设备的",
            "series",
            {"track": "skill_to_title"},
            "2027-03-03",
            {"series": "其他"},
        ),
        (
            "没改行 一直搞电梯维保 就是从上海跳槽到苏州了",
            "technical_work_interrupted",
            {},
            "2026-03-17",
            {"province": None},
        ),
        (
            "有一年基本合格 前年 其他都合格",
            "annual_review_results",
            {},
            "2025-08-08",
            {"annual_review_results": ["合格", "基本合格", "合格"]},
        ),
        (
            "23年优秀 24年25年就是普通的合格 25年的上个月才出来",
            "annual_review_results",
            {},
            "2026-03-18",
            {"annual_review_results": ["合格", "合格", "优秀"]},
        ),
        (
            "22年合格 23年合格 24年合格 25年的还莫得出来",
            "annual_review_results",
            {},
            "2026-02-14",
            {"annual_review_results": ["合格", "合格", "合格"]},
        ),
        (
            "前年三八节那天拿到的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2024-09-03",
            {"corrected_date": "2022-03-08"},
        ),
        (
            "22年国庆节那天拿的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2024-09-03",
            {"corrected_date": "2022-10-01"},
        ),
        (
            "21年被调去做销售 大概半年…哦不对 前前后后一整年 22年才回车间",
            "technical_work_interrupted",
            {},
            "2025-06-06",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "21年被借调到厂办写材料 整整一年没上天车 23年夏天又请了三个月假 跟我小舅子去上海装修队刷墙",
            "technical_work_interrupted",
            {},
            "2024-03-20",
            {"technical_work_gap_years": 1.25},
        ),
        (
            "我现在是安全员 管安全的 自己不焊 就是想多个证",
            "occupation_matches_post",
            {"track": "title_to_skill"},
            "2026-09-09",
            {"occupation_matches_post": False},
        ),
        (
            "我们评委会今年收到几位高级技师报高级工程师，想单独分组评审，文件上怎么说的？",
            None,
            {},
            "2026-11-03",
            {"organiser_topic": "separate_panel", "skill_certificates": None},
        ),
        (
            "高级工 想拿个技能等级证 高级工程师我年限还不够",
            None,
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-09-29",
            {"meets_occupation_standard": None},
        ),
        (
            "俺是景德镇做陶瓷的，省陶瓷美术大师",
            None,
            {},
            "2026-03-08",
            {"honours": [{"name": "陶瓷美术大师", "level": "省级"}]},
        ),
        # round 189: dates told by an event, and the event dated beside it
        (
            "技师证是俺闺女出生那年拿的 她是18年生的",
            None,
            {},
            "2026-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2018"}]},
        ),
        (
            "我们厂从西固搬到新区的前一年考下来滴 搬厂是2020年",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-01",
            {"corrected_date": "2019"},
        ),
        (
            "我退伍回来第二年 一五年退的伍",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-01",
            {"corrected_date": "2016"},
        ),
        (
            "孩子满月那会儿拿的证 孩子是21年三月生的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-01",
            {"corrected_date": "2021-04"},
        ),
        (
            "二三年吧 几月份忘了",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-03-05",
            {"corrected_date": "2023"},
        ),
        ("合格吧 应该都合格", "annual_review_results", {}, "2025-09-09", {"annual_reviews_all_pass": None}),
        ("过年好啊 正月十五都过了俺们厂还没开工呢", None, {}, "2026-03-05", {"annual_reviews_all_pass": None}),
        (
            "人事这边帮我们车间主任问下，他是高级技师，当车间主任四年了，手上活基本不干了",
            None,
            {},
            "2026-04-14",
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
        (
            "以前在纺织厂是挡车工技师 2017年拿的证。18年去外省带孩子 2023年才回陆良",
            None,
            {},
            "2026-01-15",
            {"technical_work_gap_years": 5.0},
        ),
        (
            "四川。不对 是云南 单位在丽江 只是人现在在攀枝花的项目上",
            "province",
            {"track": "skill_to_title"},
            "2026-01-15",
            {"province": "云南"},
        ),
        (
            "考核都合格的。另外刚才说错了 不是离开一年 是半年",
            "annual_review_results",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
            "2026-01-15",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "我是中级职称 工程师 想申请高级技师。不对 应该是技师吧 高级技师怕够不上",
            None,
            {},
            "2027-03-01",
            {"target_level": "技师"},
        ),
        (
            "享受过省政府特殊津贴，不对，是州里面的津贴",
            "honours",
            {"track": "skill_to_title"},
            "2026-01-30",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "我和我老婆都是技师 先问我自己的 19年拿的证 想评工程师",
            None,
            {},
            "2025-09-26",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
        ),
        (
            "我老婆是20年的 我是18年",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-09-26",
            {"corrected_date": "2018"},
        ),
        (
            "汽车维修工技师 19年拿的 想问两个：一是能评工程师不 二是这两年算不算在年限里",
            None,
            {},
            "2026-01-01",
            {"target_level": "中级"},
        ),
        (
            "生完老二在家待了四年 今年才回来重新上班 以前考过美发师技师 能评职称吗",
            None,
            {},
            "2027-03-01",
            {"technical_work_gap_years": 4.0, "skill_certificates": [{"level": "技师"}]},
        ),
        (
            "大理剑川做木雕的 高级技师 想评副高要哪些条件哦",
            None,
            {},
            "2025-10-12",
            {"skill_certificates": [{"level": "高级技师"}]},
        ),
        (
            "想评职称 工艺美术那种",
            "track",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-03-03",
            {"series": "工艺美术"},
        ),
        (
            "阮岗位是财务 泡茶是兴趣 无对口",
            "occupation_matches_post",
            {"track": "title_to_skill"},
            "2025-04-22",
            {"occupation_matches_post": False},
        ),
        (
            "我有个助理工程师 能不能整个数控车工技师啊 高级工俺可不想要 太低了",
            None,
            {},
            "2026-12-05",
            {"target_level": "技师"},
        ),
        (
            "我是助理工程师，今年4月凭职称评了电工高级工，现在能不能接着报电工技师",
            None,
            {},
            "2025-12-01",
            {"target_level": "技师", "skill_certificates": [{"level": "高级工", "obtained": "2025-04"}]},
        ),
        (
            "汽车装调工 高级技师",
            "skill_certificates",
            {"title_held": "副高级"},
            "2026-11-11",
            {"skill_certificates": [{"level": "高级技师"}], "target_level": None},
        ),
        (
            "我2012年评了助理工程师 后来做全职妈妈七年 想考个电工技师证",
            None,
            {},
            "2025-10-12",
            {"target_level": "技师"},
        ),
        ("评职称还是评高级技师都行", "track", {"title_held": "中级"}, "2022-11-15", {"track": None}),
        # round 190
        (
            "三十年都在机坑头钻，哪天离开过？",
            "technical_work_interrupted",
            {},
            "2025-11-03",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        ("中华技能大奖？发梦都冇 哈哈 都冇", "honours", {"track": "skill_to_title"}, "2026-04-03", {"honours": []}),
        (
            "帮我老公问下 佢喺惠州做化工总控工 技师 二零二一年年头攞嘅证 想评工程师",
            None,
            {},
            "2025-02-14",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-01"}]},
        ),
        (
            "我是省里给的那个能手 就是技术能手 焊工高级技师 能不能直接评高级工程师",
            None,
            {},
            "2025-05-12",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "省技术能手 哦不对 是全国的 19年人社部发的",
            "honours",
            {"track": "skill_to_title"},
            "2026-11-02",
            {"honours": [{"name": "技术能手", "level": "国家级"}]},
        ),
        (
            "我们那有个老师傅享受国务院津贴 直接评了正高 我有个省能手 能不能也直接评职称",
            None,
            {},
            "2024-02-22",
            {"title_held": None, "honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "我算是国家级技能大师吧 人社部挂牌的那个大师工作室 我是领办人",
            None,
            {},
            "2025-08-19",
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "我是高级技师 享受省政府特殊津贴 是不是可以直接报副高职称",
            None,
            {},
            "2025-05-12",
            {"honours": [{"name": "政府特殊津贴", "level": "省级"}]},
        ),
        (
            "有个津贴 我一直以为是国务院那个 刚翻了下文件 其实是省政府发的",
            "honours",
            {"track": "skill_to_title"},
            "2025-05-12",
            {"honours": [{"name": "政府特殊津贴", "level": "省级"}]},
        ),
        (
            "基本都喺一线 就二三年被借调去办公室写材料 写咗成年",
            "technical_work_interrupted",
            {},
            "2026-06-06",
            {"technical_work_gap_years": 1.0},
        ),
        (
            "我系百色芒果基地嘅 果树工高级工 二十岁考嘅 今年二十五岁 可唔可以评助理农艺师",
            None,
            {},
            "2026-08-08",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021"}]},
        ),
        ("中级先啦 副高之后再讲", "target_level", {"track": "skill_to_title"}, "2026-05-14", {"target_level": "中级"}),
        (
            "佢喺船上 一年出海十个月 冇做过第二样",
            "technical_work_interrupted",
            {},
            "2026-01-27",
            {"technical_work_interrupted": False},
        ),
        (
            "佢嗰手拉坯 全厂冇第二个做得嚟 三十年都喺车间 冇离开过",
            "front_line_mastery",
            {},
            "2026-07-12",
            {"front_line_mastery": True},
        ),
        ("绝活就有 但系前两年调咗去管仓库", "front_line_mastery", {}, "2025-10-14", {"front_line_mastery": False}),
        (
            "伊仰焊全厂无人比伊较好 三十冬攏佇船台顶 无离开过",
            "front_line_mastery",
            {},
            "2026-06-06",
            {"front_line_mastery": True},
        ),
        (
            "我是技工学校的讲师，讲师应该算中级吧？想走技能评价那条路拿个技师",
            None,
            {},
            "2026-02-27",
            {"target_level": "技师", "skill_certificates": None},
        ),
        (
            "这个不晓得咋算 我中间读过两年函授 边上班边读的",
            "cumulative_work_years",
            {},
            "2026-10-12",
            {"cumulative_work_years": None},
        ),
        (
            "技师 高级技师今年九月份考的 还没出结果",
            "skill_certificates",
            {},
            "2024-10-30",
            {"skill_certificates": [{"level": "技师"}]},
        ),
        (
            "21年下半年厂里没活，停薪留职出去跑了一年外卖，22年下半年回来的；23年七八九三个月又请假回宣威老家帮我爹烤烟",
            "technical_work_interrupted",
            {},
            "2024-06-20",
            {"technical_work_gap_years": 1.25},
        ),
        (
            "年年合格，你见过带头人考核不合格嘞？",
            "annual_review_results",
            {},
            "2026-02-27",
            {"annual_reviews_all_pass": True},
        ),
        (
            "请问：人社部发〔2020〕96号文件二（二）1中“高技能人才参加职称评审应在现工作岗位上近3年年度考核合格”，“近3年”是指什么",
            None,
            {},
            "2025-09-01",
            {"applicant_count": None, "annual_reviews_all_pass": None},
        ),
        # round 191
        (
            "工艺美术师 中级 助理的伊无想欲",
            "target_level",
            {"track": "skill_to_title"},
            "2024-07-19",
            {"target_level": "中级"},
        ),
        (
            "22年去卖了半年保险 23年又开了一年送配件的车",
            "technical_work_interrupted",
            {},
            "2025-11-20",
            {"technical_work_gap_years": 1.5},
        ),
        (
            "我老汉在国家级技能大师工作室头 是不是可以走绿色通道直接评高级工程师哦",
            None,
            {},
            "2025-03-03",
            {"honours": None},
        ),
        (
            "18年到20年去广东跑了两年销售 那会儿还冇拿证 拿证以后23年窑厂没活 去送了半年外卖",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-05"}]},
            "2025-11-30",
            {"technical_work_gap_years": 0.5, "corrected_date": None},
        ),
        (
            "证上写嘞是三月份 哪一年俺得回家翻翻 反正有好几年了",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-04",
            {"skill_certificates": None},
        ),
        ("木得 俺哪有那些 俺师傅倒是省技术能手", "honours", {}, "2026-09-09", {"honours": []}),
        (
            "一直搁车间焊 木离开过 就是去年冬天手烫了一下歇了半个月",
            "technical_work_interrupted",
            {},
            "2025-12-08",
            {"technical_work_interrupted": False},
        ),
        (
            "一直在飞 就是去年夏天中暑歇了一礼拜",
            "technical_work_interrupted",
            {},
            "2025-12-08",
            {"technical_work_interrupted": False},
        ),
        (
            "当车间主任四年了 现在还在当",
            "technical_work_interrupted",
            {},
            "2027-08-02",
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
        (
            "农业吧 我是搞水稻育种嘞 对了我们合作社去年评了个省级示范社",
            "series",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021"}]},
            "2025-04-28",
            {"series": "农业", "corrected_date": None},
        ),
        (
            "对口 俺就是干电工嘞 想评嘞也是电工高级工",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "助理级"},
            "2026-04-01",
            {"skill_certificates": None},
        ),
        (
            "收到12份 其中3份是走学历的 不算",
            "applicant_count",
            {"track": "organiser"},
            "2026-09-02",
            {"applicant_count": 9},
        ),
        (
            "全州就我跟我师父两个会修这种老式锅炉 一直在一线 三十年没离开过",
            "front_line_mastery",
            {},
            "2026-01-21",
            {"front_line_mastery": True},
        ),
        (
            "对口。刚才说的高级工不对 是技师 同一年拿的 所以我想报的其实是高级技师",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2026-01-21",
            {"target_level": "高级技师"},
        ),
        ("技能竞赛获奖、带徒弟这些，评职称的时候能不能当业绩？", None, {}, "2027-06-15", {"honours": None}),
        (
            "我爸是绍兴黄酒厂酿酒师傅 高级技师 开耙那一手全厂就他拿得准 四十年都在酒坊里",
            None,
            {},
            "2027-05-03",
            {"front_line_mastery": True},
        ),
        # round 192
        (
            "24年才换到这个厂 24年那年还没资格参加考核 25年合格",
            "annual_review_results",
            {},
            "2026-08-01",
            {"annual_review_results": ["合格"]},
        ),
        (
            "新单位是22年进的 22年没赶上考核 23 24都是合格",
            "annual_review_results",
            {},
            "2025-08-01",
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "22年我还在外头开货车 23年合格 24年也是合格",
            "annual_review_results",
            {},
            "2025-08-01",
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "22年合格 23年我们班组拿了先进集体 我个人还是合格 24年的要过完年才出来",
            "annual_review_results",
            {},
            "2025-01-10",
            {"annual_review_results": ["合格", "合格"]},
        ),
        (
            "22年合格 23年差点评个基本合格 最后还是合格 24年优秀",
            "annual_review_results",
            {},
            "2025-08-01",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "22年到24年 合格 优秀 合格",
            "annual_review_results",
            {},
            "2025-08-01",
            {"annual_review_results": ["合格", "优秀", "合格"]},
        ),
        (
            "前年厂里改制 大家都给的合格 去年我是优秀",
            "annual_review_results",
            {},
            "2025-09-01",
            {"annual_review_results": ["优秀", "合格"], "annual_reviews_all_pass": None},
        ),
        (
            "我们单位是打分的 每年都八十多分 这个算合格吧",
            "annual_review_results",
            {},
            "2025-09-01",
            {"annual_review_results": None, "annual_reviews_all_pass": None},
        ),
        ("他讲冇试过唔合格", "annual_review_results", {}, "2025-09-01", {"annual_reviews_all_pass": True}),
        ("厂长是全国劳动模范 我自己是没得", None, {}, "2025-09-01", {"honours": []}),
        ("啥荣誉不荣誉的 俺一个开吊车的 哪有那玩意儿", "honours", {}, "2025-09-01", {"honours": []}),
        (
            "我是楚雄州的民间工艺大师 你说的那些都没有",
            "honours",
            {},
            "2025-09-01",
            {"honours": [{"name": "工艺美术大师", "level": "市级"}]},
        ),
        (
            "23年合格 24年优秀 25年合格 那年我带的徒弟拿了市赛一等奖",
            "annual_review_results",
            {},
            "2026-03-01",
            {"honours": None},
        ),
        (
            "我后来当了班长 这个算不算离开 班长也天天上机床 扳手没离过手",
            "technical_work_interrupted",
            {},
            "2025-09-01",
            {"technical_work_interrupted": False},
        ),
        (
            "一直在果园 没出去打过工",
            "technical_work_interrupted",
            {},
            "2025-09-01",
            {"technical_work_interrupted": False},
        ),
        (
            "去年五六七三个月请假返屋企帮老豆插秧",
            "technical_work_interrupted",
            {},
            "2025-09-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "中间去亲戚的面馆帮过一阵子手 多久记不清了",
            "technical_work_interrupted",
            {},
            "2025-09-01",
            {"technical_work_interrupted": True},
        ),
        (
            "电工技师 19年的证 20年到22年回屋头照顾我爸 想报工程师",
            None,
            {},
            "2025-09-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "二二年 二二年国庆前后",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-09-01",
            {"corrected_date": "2022-10"},
        ),
        ("不知我这个岗位对不对口", "occupation_matches_post", {}, "2025-09-01", {"occupation_matches_post": None}),
        ("现在在仓库管账 早就不焊了", "occupation_matches_post", {}, "2025-09-01", {"occupation_matches_post": False}),
        ("工程吧 别的也对不上", "series", {}, "2025-09-01", {"series": "工程", "occupation_matches_post": None}),
        ("可能考经济师 也可能考统计 还没定下来", "exam", {}, "2025-09-01", {"exam": None}),
        (
            "我是高级工 想考中级经济师 这个跟评经济师是一回事不",
            None,
            {},
            "2025-09-01",
            {"series": None, "target_level": None},
        ),
        ("不清楚 这个先跳过吧", "new_occupation", {}, "2025-09-01", {"wants_direct_application": None}),
        (
            "工程师 中级的 助理的没甚意思",
            "target_level",
            {"track": "skill_to_title"},
            "2025-09-01",
            {"target_level": "中级"},
        ),
        (
            "这个我不知道算不算绝活 就是看一眼钢水颜色就晓得温度 车间老师傅都搞不来",
            "front_line_mastery",
            {},
            "2025-09-01",
            {"front_line_mastery": True},
        ),
        (
            "一共报了9个 其中6个是技能人才 另外3个按学历走的",
            "applicant_count",
            {"track": "organiser"},
            "2025-09-01",
            {"applicant_count": 6},
        ),
        # round 193
        (
            "我做银器三十年 县里头给过个津贴 别的没得",
            "honours",
            {},
            "2025-09-01",
            {"honours": [{"name": "政府特殊津贴", "level": "县级"}]},
        ),
        (
            "津贴有一个 是国务院发的 好多年前了",
            "honours",
            {},
            "2025-09-01",
            {"honours": [{"name": "政府特殊津贴", "level": "国家级"}]},
        ),
        ("全国技术能手厂里给报过 批没批下来晓不得", "honours", {}, "2025-09-01", {"honours": None}),
        (
            "高级工有 17年就拿了 技师那个还在走流程",
            "skill_certificates",
            {},
            "2025-09-01",
            {"skill_certificates": [{"level": "高级工", "obtained": "2017"}]},
        ),
        (
            "20年 五月份还是六月份记不清了",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-09-01",
            {"corrected_date": "2020"},
        ),
        (
            "二一年嘞 二一年国庆前后",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-09-01",
            {"corrected_date": "2021-10"},
        ),
        (
            "有 二〇二三年去卖茶叶卖半冬 后来搁转来做",
            "technical_work_interrupted",
            {},
            "2025-09-01",
            {"technical_work_gap_years": 0.5},
        ),
        ("啥物突出贡献 阮无啦", "major_contribution", {}, "2025-09-01", {"major_contribution": False}),
        (
            "木雕这款手路 规个剑川无几个人会 阮三十冬拢佇工场",
            "front_line_mastery",
            {},
            "2025-09-01",
            {"front_line_mastery": True},
        ),
        (
            "钢桥仰焊全公司就我焊得出来 三十年都在工地一线",
            "front_line_mastery",
            {},
            "2025-09-01",
            {"front_line_mastery": True},
        ),
        ("我读嘅系机电一体化 同电工有关嘅", "related_major_diploma", {}, "2025-09-01", {"related_major_diploma": True}),
        ("学的就是数控 跟车工对得上", "related_major_diploma", {}, "2025-09-01", {"related_major_diploma": True}),
        (
            "副高 高级工艺美术师那个 助理中级的阮无想欲",
            "target_level",
            {"track": "skill_to_title"},
            "2025-09-01",
            {"target_level": "副高级"},
        ),
        ("副高 中级的没意思", "target_level", {"track": "skill_to_title"}, "2025-09-01", {"target_level": "副高级"}),
        (
            "是规上企业 去年产值五个多亿 一线技师有三十多人",
            "enterprise_above_scale",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation"},
            "2025-09-01",
            {"enterprise_above_scale": True},
        ),
        (
            "都合格 24年的还没出来",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2025-01-20",
            {"annual_reviews_all_pass": True},
        ),
        ("我是高级技师 前年评上了贵州省嘞技术能手 想评高级工程师", None, {}, "2025-09-01", {"province": None}),
        (
            "中间停过两回 一回两个月一回半年 都是厂里停产",
            "technical_work_interrupted",
            {},
            "2025-09-01",
            {"technical_work_gap_years": 0.67},
        ),
        (
            "收到10份 其中3份不是技能人才",
            "applicant_count",
            {"track": "organiser"},
            "2025-09-01",
            {"applicant_count": 7},
        ),
        ("我在三亚农场割胶 有高级工证 21年拿的 能评农业系列的职称吗", None, {}, "2025-09-01", {"series": "农业"}),
        (
            "规上？我们哪里是嘛 就四十来号人",
            "enterprise_above_scale",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation"},
            "2025-09-01",
            {"enterprise_above_scale": False},
        ),
        (
            "21年 三月定四月唔记得",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-09-01",
            {"corrected_date": "2021"},
        ),
        # round 194
        (
            "去年三月份 那阵子正在栽苗 请了一天假去考嘞 证也是三月份下来嘞",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-07-01",
            {"corrected_date": "2025-03"},
        ),
        (
            "没离开过 就是22年矿上停产整顿了仨月 俺们都在井下搞维护来着",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2026-03-12",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "没离开 就是前年在家养了俩月腰 工伤",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2026-03-12",
            {"technical_work_interrupted": False},
        ),
        (
            "疫情那年猪场封了俩月 俺都住在场里 哪也没去",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "高级工", "obtained": "2019"}]},
            "2024-07-15",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "去工地上干过一阵 大概有那么一年吧 还是一年多 记不清了",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021"}]},
            "2024-12-09",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "木有 就县里评过个养殖能手",
            "honours",
            {},
            "2024-07-15",
            {"honours": [{"name": "养殖能手", "level": "县级"}]},
        ),
        (
            "俺们矿上评过个安全标兵 你说那些都没有",
            "honours",
            {},
            "2026-03-12",
            {"honours": [{"name": "安全标兵", "level": None}]},
        ),
        (
            "国务院津贴没有 四川省政府的有一个 21年拿的",
            "honours",
            {},
            "2025-01-08",
            {"honours": [{"name": "政府特殊津贴", "level": "省级"}]},
        ),
        (
            "有个广西技术能手 哦不对 是柳州市的 广西的那个是我徒弟拿的",
            "honours",
            {},
            "2025-10-14",
            {"honours": [{"name": "技术能手", "level": "市级"}]},
        ),
        (
            "拿过个全国技术能手 不过那是行业的 机械行业评的",
            "honours",
            {},
            "2025-03-03",
            {"honours": [{"name": "行业技术能手", "level": None}]},
        ),
        (
            "考是2022年年底考的 证是第二年开春才寄到的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2024-09-05",
            {"corrected_date": "2023"},
        ),
        ("二十好几个吧 还没统计完", "applicant_count", {"track": "organiser"}, "2025-06-10", {"applicant_count": 20}),
        (
            "估计有个十一二个 具体还在汇总",
            "applicant_count",
            {"track": "organiser"},
            "2025-06-03",
            {"applicant_count": 11},
        ),
        (
            "够的够的 我参加工作二十三年了",
            "cumulative_work_years",
            {"title_held": "中级"},
            "2025-10-10",
            {"cumulative_work_years": 23.0, "meets_occupation_standard": None},
        ),
        (
            "累计工作年限是咋算的 她中间休了一年产假算不算",
            "cumulative_work_years",
            {"title_held": "中级"},
            "2024-04-16",
            {"cumulative_work_years": None},
        ),
        (
            "给大飞机做过零件 是不是算突出贡献我也不敢说",
            "major_contribution",
            {},
            "2025-03-03",
            {"major_contribution": None},
        ),
        ("月嫂这个行当 应该算新兴的吧 我也说不准", "new_occupation", {}, "2027-03-15", {"new_occupation": None}),
        (
            "院里每年都评的 我一次都没掉过链子",
            "annual_review_results",
            {},
            "2025-12-03",
            {"annual_reviews_all_pass": True},
        ),
        (
            "考核表上写的 合格 合格 良好 从21年往后排的",
            "annual_review_results",
            {},
            "2024-02-20",
            {"annual_review_results": ["良好", "合格", "合格"]},
        ),
        ("人在东莞打工 户口在江西赣州 准备回老家那边报", "province", {}, "2026-03-26", {"province": "江西"}),
        ("我是中级职称 想问下中级对应的技能等级是技师对吧", None, {}, "2024-03-14", {"skill_certificates": None}),
        ("肯定是工艺美术嘛 难不成评工程师", "series", {}, "2026-09-01", {"series": "工艺美术", "target_level": None}),
        (
            "助工是我研究生毕业第二年评的 我是19年毕业",
            "title_obtained",
            {},
            "2026-12-01",
            {"related_major_diploma": None},
        ),
        (
            "96号文里说的“近3年年度考核合格” 是按自然年算还是按申报那天往前推三年啊",
            None,
            {},
            "2026-09-14",
            {"annual_reviews_all_pass": None},
        ),
        # round 195
        (
            "俺结婚那年 二三年 入冬那会儿 头场雪刚下完",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-08-18",
            {"corrected_date": "2023"},
        ),
        ("啥新兴不新兴的 俺就是在变电站搞检修的 老活了", "new_occupation", {}, "2026-08-18", {"new_occupation": False}),
        (
            "工作室倒是有一个 俺是领头的 辽宁省给挂的牌 还有一个国务院那个津贴 一八年批下来的",
            "honours",
            {},
            "2026-08-18",
            {
                "honours": [
                    {"name": "技能大师工作室带头人", "level": "省级"},
                    {"name": "政府特殊津贴", "level": "国家级"},
                ]
            },
        ),
        (
            "全国技术能手差一点 进了决赛没拿上 最后给了个省里的 三秦工匠也评上咧",
            "honours",
            {},
            "2026-08-18",
            {"honours": [{"name": "技术能手", "level": "省级"}, {"name": "工匠", "level": None}]},
        ),
        (
            "有个政府津贴 州上给的 其他那些没得",
            "honours",
            {},
            "2026-08-18",
            {"honours": [{"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "那些大奖都没沾边 就前几年全省煤炭系统技能大赛拿过个第二 这玩意有用没",
            "honours",
            {},
            "2026-08-18",
            {"honours": [{"name": "技能竞赛获奖", "level": None}]},
        ),
        (
            "额也记不清咧 好像有一年是基本合格 也可能是合格",
            "annual_review_results",
            {},
            "2026-08-18",
            {"annual_reviews_all_pass": None},
        ),
        (
            "年年都是合格 俺们厂考核就没见谁不合格过",
            "annual_review_results",
            {},
            "2026-08-18",
            {"annual_reviews_all_pass": True},
        ),
        (
            "合格合格优秀 优秀是去年的",
            "annual_review_results",
            {},
            "2026-08-18",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "鄂尔多斯这边露天矿 一直开电铲 就二四年冬天矿上停产检修 让俺们回家歇了俩月",
            "technical_work_gap_years",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2026-08-18",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.17},
        ),
        (
            "哈尔滨这边 俺是锅炉工高级技师 一五年拿的 中间去南方干了两年别的 想评副高 够不够",
            None,
            {},
            "2026-08-18",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "突出贡献可不敢往自个儿脸上贴金 就是保过几回生产",
            "major_contribution",
            {},
            "2026-08-18",
            {"major_contribution": False},
        ),
        (
            "我有中级职称 电气工程师 想评电工高级技师 可以一步到位吗 还是得先技师",
            None,
            {},
            "2026-08-18",
            {"skill_certificates": None},
        ),
        (
            "gjg zhengshu 21nian de yizhi zai gan neng ping zhuligongchengshi ma",
            None,
            {},
            "2026-08-18",
            {"target_level": "助理级", "technical_work_interrupted": False},
        ),
        (
            "24年优xiu 23年he格 25年的还没出来",
            "annual_review_results",
            {},
            "2026-03-01",
            {"annual_review_results": ["优秀", "合格"]},
        ),
        (
            "上面那个回答不对吧 你说高级工要满两年 可我看文件原话是「取得高级工职业技能等级后从事技术技能工作」",
            None,
            {},
            "2026-08-18",
            {"skill_certificates": None},
        ),
        # round 196
        (
            "就是我换到现在这个船厂的前一年 换厂是2020年",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-06-01",
            {"corrected_date": "2019"},
        ),
        (
            "进厂第三年考下来的 俺是14年进的厂",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-06-01",
            {"corrected_date": "2016"},
        ),
        (
            "评上工程师是我调到这个制药厂前一年 调过来是2021年",
            "title_obtained",
            {"title_held": "中级"},
            "2025-06-01",
            {"title_obtained": "2020"},
        ),
        (
            "三级还是四级我真个记勿牢了 证放勒老屋里",
            "skill_certificates",
            {},
            "2025-06-01",
            {"skill_certificates": None},
        ),
        (
            "我在防城港修船 焊工 等级是高级工还是技师 我要问我们班长先 想评职称嘞",
            None,
            {},
            "2025-06-01",
            {"skill_certificates": None},
        ),
        ("工程师 助理个阿拉勿要", "target_level", {}, "2025-01-20", {"target_level": "中级"}),
        ("副高 正高评不上嘞 想都莫想", "target_level", {}, "2026-08-08", {"target_level": "副高级"}),
        ("他说副高 评不上中级也行", "target_level", {}, "2025-12-12", {"target_level": "副高级"}),
        ("副高 评不上的话工程师也得", "target_level", {}, "2025-12-12", {"target_level": "副高级"}),
        (
            "技师证前年国庆前俩月拿的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-01",
            {"skill_certificates": [{"level": "技师", "obtained": "2024-08"}]},
        ),
        ("北京的 高级技师 想评副高 听说还得发论文？", None, {}, "2025-06-01", {"target_level": "副高级"}),
        (
            "我们县总工会搞了个劳模创新工作室，带头人是县劳模",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "劳动模范", "level": "县级"}]},
        ),
        # round 197
        (
            "您好，我是玉溪一家烟草企业的人事，想给我们车间高级技师老杨报正高级工程师，他享受国务院特殊津贴",
            None,
            {},
            "2025-06-10",
            {"target_level": "正高级"},
        ),
        (
            "技师评工程师是要满三年吧 我今年四月份就正好三年了 现在能报了不",
            None,
            {},
            "2026-04-10",
            {"skill_certificates": [{"level": "技师", "obtained": "2023-04"}]},
        ),
        (
            "网上传“技师等于工程师 高级技师等于高级工程师” 这种说法准确吗",
            None,
            {},
            "2024-09-21",
            {"skill_certificates": None},
        ),
        (
            "我们栏目收到观众来信 说“享受市政府特殊津贴也能直接评正高” 96号文原文是“省级以上”吧？帮忙核实一下",
            None,
            {},
            "2025-08-18",
            {"honours": None, "wants_direct_application": None},
        ),
        ("新兴职业的贯通办法 云南省到底出台了没有？我找了半天没找到", None, {}, "2026-08-19", {"new_occupation": None}),
        (
            "三八节单位组织学文件 问下96号文是哪年发的 有冇过期",
            None,
            {},
            "2026-03-08",
            {"annual_reviews_all_pass": None},
        ),
        (
            "公司十周年庆那年考的 公司是2013年成立的 证是十一月份发的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-06-30",
            {"corrected_date": "2023-11"},
        ),
        (
            "工程师 还有证不是22年 系21年中秋拿个",
            "target_level",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2025-11-26",
            {"corrected_date": "2021"},
        ),
        (
            "一直在焊冇离开 还有刚才讲三年都合格 不对 23年那年手受了伤评的基本合格 24 25都合格",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}], "annual_reviews_all_pass": True},
            "2026-03-20",
            {"corrected_date": None, "annual_reviews_all_pass": False},
        ),
        (
            "证上印的 07/2019",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-01-29",
            {"corrected_date": "2019-07"},
        ),
        (
            "我老公在南昌一家养老院做护工 有养老护理员高级工证 二三年放暑假那阵考的",
            None,
            {},
            "2025-10-21",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023"}]},
        ),
        (
            "冇离开过 一直在厂里焊 就係今年过年前后歇了二十几日 那系放假",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2026-04-09",
            {"technical_work_interrupted": False},
        ),
        ("锅炉操作工技师 中间冇离过岗", None, {}, "2025-02-26", {"technical_work_interrupted": False}),
        (
            "拿证没几个月厂子就停产了 我在家待了大半年 后来去隔壁镇的厂子 还是开数控",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-05"}]},
            "2025-05-06",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "离开过 6 months 去跑业务了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023-03"}]},
            "2026-07-23",
            {"technical_work_gap_years": 0.5},
        ),
        ("3年都pass ✅✅✅", "annual_review_results", {}, "2025-02-19", {"annual_reviews_all_pass": True}),
        (
            "22年优秀 班组考评第一名 23年合格 24年合格",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2020-06"}]},
            "2025-04-02",
            {"honours": None, "annual_review_results": ["合格", "合格", "优秀"]},
        ),
        (
            "国务院津贴？那是我们总工的 我就拿过个厂里的劳模",
            "honours",
            {},
            "2024-07-25",
            {"honours": [{"name": "劳动模范", "level": None}]},
        ),
        (
            "技能大师工作室 我是领办人 省人社厅挂的牌",
            "honours",
            {},
            "2026-12-14",
            {"honours": [{"name": "技能大师工作室带头人", "level": "省级"}]},
        ),
        (
            "标准里说要从事本职业8年 我干电工三十年了 96年进厂就没换过",
            "meets_occupation_standard",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2026-06-22",
            {"meets_occupation_standard": True, "cumulative_work_years": 30.0},
        ),
        (
            "我技校毕业的 学的就是汽修 现在想申请的是汽车维修工 那还能不对口吗",
            "related_major_diploma",
            {"track": "title_to_skill", "title_held": "助理级", "target_level": "高级工"},
            "2024-08-27",
            {"related_major_diploma": True},
        ),
        (
            "俩技师 + 仨高级技师 = 5 👨‍🔧",
            "applicant_count",
            {"track": "organiser"},
            "2027-01-12",
            {"applicant_count": 5},
        ),
        ("gjg 证 21nian 能评 zhuli gcs 不", None, {}, "2024-03-25", {"target_level": "助理级"}),
        ("佢系𠊎老妹 在赣州做美甲美睫 冇么证 想评职称做唔做得", None, {}, "2025-09-19", {"skill_certificates": []}),
        (
            "助理工程师还是工程师我都想问 先看工程师",
            "target_level",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2025-02-13",
            {"target_level": "中级"},
        ),
        (
            "俺是助理工程师 想考个电工的技能等级 厂里说有高级工证的能多点补贴",
            None,
            {},
            "2024-12-03",
            {"skill_certificates": None},
        ),
        # round 198
        (
            "我考高级工是在当班长的前一年 当班长是2024年3月",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}], "target_level": "助理级"},
            "2025-10-20",
            {"target_level": None, "skill_certificates": [{"level": "高级工", "obtained": "2023"}]},
        ),
        (
            "我是2021年进呢矿 考高级工是进矿第三年 具体几月份记不得了",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}], "target_level": "助理级"},
            "2025-11-20",
            {"target_level": None, "skill_certificates": [{"level": "高级工", "obtained": "2023"}]},
        ),
        (
            "俺当兵回来第二年考的技师 俺是一五年退的伍 现在在晋中一家煤机厂 想评工程师",
            None,
            {},
            "2024-12-05",
            {"skill_certificates": [{"level": "技师", "obtained": "2016"}]},
        ),
        (
            "俺在石家庄工地上干钢筋工 技师是俺老伴退休那年拿的 她是二〇二二年退的 想评个工程师 中不中",
            None,
            {},
            "2025-05-05",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}], "target_level": "中级"},
        ),
        (
            "技师证是俺儿子结婚那年拿的 他是2019年国庆办的事 想问今年能不能报工程师",
            None,
            {},
            "2024-03-22",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
        ),
        (
            "技师证是我女娃儿出生那个月拿到手的 她是2023年1月3号生的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-04-10",
            {"skill_certificates": [{"level": "技师", "obtained": "2023-01"}]},
        ),
        ("从八九年进厂到现在 一天没歇过", "cumulative_work_years", {}, "2026-04-20", {"cumulative_work_years": 37.0}),
        (
            "标准上好像要求十年吧 我在兵团农科所干了十四年了 应该够吧",
            "meets_occupation_standard",
            {"track": "title_to_skill"},
            "2027-06-10",
            {"cumulative_work_years": 14.0, "meets_occupation_standard": None},
        ),
        (
            "标准上说要6年 我干了快8年了 够的",
            "meets_occupation_standard",
            {"track": "title_to_skill"},
            "2026-02-10",
            {"cumulative_work_years": 7.0},
        ),
        (
            "HR问下，员工高级技师since 2022年3月，近三年考核all pass，想报副高，ok吗",
            None,
            {},
            "2026-06-15",
            {"annual_reviews_all_pass": True},
        ),
        (
            "初级会计，先考初级的，中级的以后再说。",
            "exam",
            {"track": "qualification_exam"},
            "2026-06-15",
            {"target_level": None},
        ),
        ("全国技术能手？？想啥呢😂 省里的都没有 啥都冇", "honours", {}, "2025-03-10", {"honours": None}),
        ("全国技术能手 国务院津贴 啥都没有", "honours", {}, "2024-04-25", {"honours": []}),
        (
            "坐席问一下 文件里说的近3年年度考核合格 是指哪三年 来电人一直追问",
            None,
            {},
            "2026-01-26",
            {"annual_reviews_all_pass": None},
        ),
        (
            "wo gjg 21nian na de zheng xiang ping zlgcs",
            None,
            {},
            "2024-05-09",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021"}], "target_level": "助理级"},
        ),
        (
            "一直干着呢 哦对了 刚才说错了 证不是19年的 是20年5月",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-05-19",
            {"corrected_date": "2020-05"},
        ),
        (
            "俺是包头的 一五年得过中华技能大奖 去北京领的奖 现在是高级技师",
            None,
            {},
            "2025-11-11",
            {"province": "内蒙古"},
        ),
        # round 199
        (
            "国家级工作室 我是带头人",
            "honours",
            {},
            "2025-06-01",
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "好像是18年 也可能19",
            "title_obtained",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-06-01",
            {"title_obtained": None, "corrected_date": None},
        ),
        (
            "没得问题 年年都是合格 不合格的话厂里还能让我带五个徒弟？",
            "annual_review_results",
            {},
            "2027-01-09",
            {"annual_reviews_all_pass": True},
        ),
        (
            "想评个助理工艺美术师 还是工艺美术师 我自己也不晓得",
            None,
            {},
            "2025-10-09",
            {"target_level": None, "title_held": None},
        ),
        (
            "24年拿证后一直在温岭水泵厂做装配调试 25年厂里订单多 我还主动要求加班 哪有空去干别的",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2024"}]},
            "2027-04-09",
            {"technical_work_interrupted": False},
        ),
        (
            "有个湖南省技术能手 是省人社厅发的 还有个津贴 一开始说是省里的 后来才知道是衡阳市政府发的",
            "honours",
            {"province": "湖南"},
            "2026-03-13",
            {"honours": [{"name": "技术能手", "level": "省级"}, {"name": "政府特殊津贴", "level": "市级"}]},
        ),
        (
            "九江市人社局认定过一个技术能手",
            "honours",
            {},
            "2027-01-15",
            {"honours": [{"name": "技术能手", "level": "市级"}]},
        ),
        # round 200
        (
            "他说考了两次 18年第一次没过 19年第二次过的 证是19年年底发的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2023-06-30",
            {"corrected_date": "2019-12"},
        ),
        (
            "2020年11月份拿的，那年冬天考的，年底发的证",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2025-08-20",
            {"corrected_date": "2020-11"},
        ),
        (
            "19年7月份考嘞 证是年底才发下来",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2024-12-12",
            {"corrected_date": "2019-12"},
        ),
        (
            "年限肯定够个 十八年还勿够啊",
            "meets_occupation_standard",
            {},
            "2025-09-16",
            {"meets_occupation_standard": True},
        ),
        (
            "技能大师工作室 人社部挂个牌 阿拉是带头人",
            "honours",
            {},
            "2027-01-11",
            {"honours": [{"name": "技能大师工作室带头人", "level": "国家级"}]},
        ),
        (
            "评上助工是阿拉进厂第三年 阿拉是2016年进个厂",
            "title_obtained",
            {"title_held": "助理级"},
            "2025-11-06",
            {"title_obtained": "2018"},
        ),
        ("先整个助理嘞嘛 中级嘞等够年限再说", "target_level", {}, "2025-12-01", {"target_level": "助理级"}),
        (
            "我闺女上一年级那年 开学那阵子 九月份 就是二三年",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2027-01-20",
            {"corrected_date": "2023"},
        ),
        # round 201
        (
            "老铁 俺在鞍山干钳工 22年厂里搞技能大赛 俺当年十月份考下来的技师 到现在能评工程师不",
            None,
            {},
            "2026-01-08",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-10"}]},
        ),
        (
            "2021年8月 不对不对 那是考试的时间 证是当年十一月才下来的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-06-18",
            {"corrected_date": "2021-11"},
        ),
        (
            "统共5个 仨技师俩高级技师",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2024-08-19",
            {"applicant_count": 5},
        ),
        (
            "之前话3个 今日又多咗2个报正高嘅同埋1个报副高嘅 即系6个 冇错",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel", "applicant_count": 3},
            "2025-09-24",
            {"applicant_count": 6},
        ),
        (
            "一直干着呢 就是23年夏天被抽调去亦庄那边项目部管了半年多资料 回来接着修电梯",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-05"}]},
            "2026-01-12",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "我二三年至二四年间返老家种咗一年槟榔 之后返嚟继续做电工",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-05"}]},
            "2025-06-16",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "工龄整二十年 零五年七月毕业就进的潍柴 一天没歇过",
            "cumulative_work_years",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-12-01",
            {"cumulative_work_years": 20.0},
        ),
        (
            "我在北京地铁车辆段干了十五年检修 后来一直没考技师。我想问 我这能评个助理工程师不",
            None,
            {},
            "2024-03-04",
            {"province": "北京"},
        ),
        (
            "我就是开挖机的 这个不是么事新职业吧 老行当了",
            "new_occupation",
            {"track": "skill_to_title"},
            "2026-10-20",
            {"new_occupation": False},
        ),
        (
            "我唔系好清楚 啱啱问咗财务 财务话系规模以上",
            "enterprise_above_scale",
            {"track": "organiser", "organiser_topic": "enterprise_self_evaluation"},
            "2025-12-11",
            {"enterprise_above_scale": True},
        ),
        (
            "嘛时候能评助理工程师啊？我天津港开门机的，高级工是前年五一前后拿的，"
            "那会儿港里正搞自动化改造。哦不对 不是前年 是大前年",
            None,
            {},
            "2025-11-20",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-05"}]},
        ),
        (
            "评上有三年了 当时厂里刚换了新厂长",
            "title_obtained",
            {"track": "title_to_skill", "title_held": "助理级"},
            "2025-07-01",
            {"corrected_date": "2022-07"},
        ),
        (
            "中间去过一阵子工地上搬砖 多久记不清了 反正没超过两年吧",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021"}]},
            "2024-11-28",
            {"technical_work_interrupted": True, "technical_work_gap_years": None},
        ),
        (
            "我爸是赣州稀土厂的高级技师 前年厂里搞技术比武他带的班组拿了第一 "
            "那年考核评了个优秀 去年和今年都合格 他想评高级工程师",
            None,
            {},
            "2026-12-15",
            {"annual_review_results": ["合格", "合格", "优秀"]},
        ),
        (
            "全国的那些没有 津贴倒是有一个 江西省政府给的 每个月几百块 享受好几年了",
            "honours",
            {"skill_certificates": [{"level": "高级技师"}], "target_level": "正高级"},
            "2024-12-20",
            {"honours": [{"name": "政府特殊津贴", "level": "省级"}]},
        ),
        (
            "仰焊那一手全厂就阿拉焊得出 三十年一直在船台上",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师"}]},
            "2026-10-09",
            {"front_line_mastery": True},
        ),
        # round 202
        (
            "拿证那年刚好北京开冬奥会嘛，我还在车间看的开幕式，证是那年六月份发下来的",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-09-01",
            {"corrected_date": "2022-06"},
        ),
        (
            "杭州亚运会那年呀 九月份 开幕那几天证刚发下来",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-09-01",
            {"corrected_date": "2023-09"},
        ),
        (
            "烤酒哪个歇得下来嘛 一年到头都在窖池边边",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023-01"}]},
            "2025-09-01",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "拿证后窑上冇活 出去送了两年快递……不对不对 冇得两年 一年多一点 就回来拉坯了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-03"}]},
            "2025-09-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "跑过一年业务 哦 其实就半年 后面就回来搞电工了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-03"}]},
            "2025-09-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "工伤养了俩月 脚好了就回去干了 别嘞时候都在",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-03"}]},
            "2025-09-01",
            {"technical_work_interrupted": False},
        ),
        (
            "有两段 一回三个月一回半年 去工地上打零工",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-03"}]},
            "2025-09-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.75},
        ),
        (
            "我是广东佛山做陶瓷窑炉的 技师 2022年五一前后拿的证 考核24年基本合格 25 26合格 "
            "去年还去帮表哥开了三个月大排档 还能评工程师不",
            None,
            {},
            "2026-10-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "有技师证 23年3月拿的 学校考核23到25年都是合格",
            None,
            {"track": "skill_to_title"},
            "2026-03-01",
            {"annual_review_results": ["合格", "合格", "合格"], "annual_reviews_all_pass": True},
        ),
        (
            "考核都合格 另外证不是23年的 我刚翻了下 是22年11月嘞",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级工", "obtained": "2023"}]},
            "2025-12-12",
            {"corrected_date": "2022-11"},
        ),
        (
            "打九七年起就在林场 干到现在",
            "cumulative_work_years",
            {"track": "title_to_skill", "title_held": "中级"},
            "2025-07-07",
            {"cumulative_work_years": 28.0},
        ),
        (
            "HR一枚 我们公司是规上 打算今年组织内部技能人才评职称 是必须要人社部门审核备案才能搞吗",
            None,
            {},
            "2024-11-28",
            {"organiser_topic": "enterprise_self_evaluation"},
        ),
        (
            "jishi 22nian na de zheng, kaohe 3年都hg, 想评gcs 在深圳",
            None,
            {},
            "2026-02-27",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}], "province": "广东"},
        ),
        (
            "这回报上来一共九个 有俩是本科毕业的技术员 不算技能人才 那就七个呗",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2026-10-09",
            {"applicant_count": 7},
        ),
        (
            "我们是陕西省某行业评委会，今年技能人才申报5人，高技能人才评委要占一半以上是吧，我们评委一共9个",
            None,
            {},
            "2025-03-11",
            {"applicant_count": 5},
        ),
        (
            "省级 技术能手 ×1 市级 五一劳动奖章 ×1",
            "honours",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2017"}], "target_level": "正高级"},
            "2025-09-29",
            {"honours": [{"name": "技术能手", "level": "省级"}, {"name": "五一劳动奖章", "level": "市级"}]},
        ),
        (
            "云南省政府认定过 高精尖缺那个 23年认定嘞",
            "honours",
            {
                "province": "云南",
                "skill_certificates": [{"level": "技师", "obtained": "2024-03"}],
                "target_level": "副高级",
            },
            "2026-07-21",
            {"honours": [{"name": "高精尖缺高技能人才", "level": "省级"}]},
        ),
        # round 203
        (
            "二三年 雪顿节那阵",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-04-14",
            {"corrected_date": "2023"},
        ),
        (
            "三月三放假回来就去考了 二四年 证是六月份才寄来",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-04-14",
            {"corrected_date": "2024-06"},
        ),
        (
            "二三年 证上写的十二月八号",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-09-25",
            {"corrected_date": "2023-12-08"},
        ),
        (
            "去了一年多机关 搞宣传 不对 前后两年 21年走的23年回的井队",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2020-10"}]},
            "2025-06-30",
            {"technical_work_interrupted": True, "technical_work_gap_years": 2.0},
        ),
        (
            "离开过一年 去跑销售 哦不对 其实就大半年",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021-04"}]},
            "2025-05-13",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.5},
        ),
        (
            "二三年厂里食堂缺人 叫我去帮了半年厨 后来又回机修了",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2025-01-10",
            {"technical_work_gap_years": 0.5},
        ),
        (
            "一直在变电站 就二二年冬天抽去村里驻了一阵子 三四个月吧",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-06"}]},
            "2025-09-01",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "刚才说错了 证是二〇年拿的 不是一九 这几年都在站上",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2019"}]},
            "2025-10-03",
            {"technical_work_interrupted": False},
        ),
        (
            "就五一在家歇了几天 别的时候都在后厨",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2025-05-08",
            {"technical_work_interrupted": False},
        ),
        (
            "19年到20年去内地学了一年 学藏餐改良 也是天天做菜",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2018"}]},
            "2024-06-25",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "没有 一直在 就是24年腰扭了歇了两个月",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2026-06-10",
            {"technical_work_interrupted": False, "technical_work_gap_years": None},
        ),
        (
            "中间断过没有？他说一直在电梯公司做维保 没断过",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022-03"}]},
            "2025-04-01",
            {"technical_work_interrupted": False},
        ),
        (
            "优秀是去年 前头两年合格",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2026-04-27",
            {"annual_review_results": ["优秀", "合格", "合格"]},
        ),
        (
            "23年良好 24年合格 25年 25年是基本合格 不对不对 也是合格",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2020"}]},
            "2026-05-06",
            {"annual_review_results": ["合格", "合格", "良好"], "annual_reviews_all_pass": None},
        ),
        (
            "23年合格 24年优秀 25的要过完年才出来",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022"}]},
            "2026-01-15",
            {"annual_review_results": ["优秀", "合格"]},
        ),
        (
            "有 电气自动化的大专 跟这个工种对口",
            "related_major_diploma",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2025-08-03",
            {"related_major_diploma": True, "occupation_matches_post": None},
        ),
        (
            "有毕业证 但不是这个专业的",
            "related_major_diploma",
            {"track": "title_to_skill", "title_held": "副高级", "target_level": "高级技师"},
            "2026-06-30",
            {"related_major_diploma": False},
        ),
        (
            "带电作业那一手 全公司没几个敢上 三十年一直在线路上",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2014"}], "wants_direct_application": True},
            "2026-03-09",
            {"front_line_mastery": True},
        ),
        (
            "手感铆接 误差零点零几毫米 厂里就额一个 干了二十八年一直在一线",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2021-11"}], "target_level": "正高级"},
            "2025-01-08",
            {"front_line_mastery": True},
        ),
        (
            "技师吧 高级工有点低了",
            "target_level",
            {"track": "title_to_skill", "title_held": "助理级"},
            "2024-04-16",
            {"target_level": "技师"},
        ),
        (
            "我现在在工艺科做工艺设计 不在钳工岗上 钳工是以前实习干过",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2025-10-20",
            {"occupation_matches_post": False},
        ),
        (
            "是不是说岗位对不对口？对口 天天做化验",
            "occupation_matches_post",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2025-03-03",
            {"occupation_matches_post": True},
        ),
        (
            "我是中药调剂员高级工 想评卫生系列的中药士还是中药师 不知道能不能评",
            None,
            {},
            "2025-06-01",
            {"title_held": None, "series": "卫生", "skill_certificates": [{"level": "高级工"}]},
        ),
        (
            "我有个汽修的四级证 一九年考的 修了二十年车了 能不能评个助理工程师啊 厂里说要高级工才行 真的假的",
            None,
            {},
            "2025-05-12",
            {"target_level": "助理级", "skill_certificates": [{"level": "中级工", "obtained": "2019"}]},
        ),
        (
            "我是剑川做木雕的 木雕技师 想评个工艺美术师 我记得是正月里拿的证 应该满三年了嘛",
            None,
            {},
            "2026-06-20",
            {"skill_certificates": [{"level": "技师"}]},
        ),
        # round 204
        (
            "俺九一年下的井 一直干到现在",
            "cumulative_work_years",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2026-05-18",
            {"cumulative_work_years": 35},
        ),
        (
            "全国技术能手 国务院津贴 那玩意儿俺可没有 就一个市里评的劳模",
            "honours",
            {"skill_certificates": [{"level": "技师", "obtained": "2019-12"}], "target_level": "副高级"},
            "2024-11-25",
            {"honours": [{"name": "劳动模范", "level": "市级"}]},
        ),
        (
            "广州市技术能手 啊唔係 係广东省嘅",
            "honours",
            {"skill_certificates": [{"level": "技师", "obtained": "2024-11"}], "target_level": "副高级"},
            "2026-10-19",
            {"honours": [{"name": "技术能手", "level": "省级"}]},
        ),
        (
            "22年三八节那天考的 证是五一过后才发下来",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-08-13",
            {"corrected_date": "2022-05"},
        ),
        (
            "我屋头老大考上大学那年 他是二四年考嘞大学 那年九月份我拿嘞证",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2026-03-05",
            {"corrected_date": "2024-09"},
        ),
        (
            "国庆节那天拿到个证 二三年",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-04-29",
            {"corrected_date": "2023-10-01"},
        ),
        (
            "印花调色嗰手 全厂得我一个识 做咗三十年都喺车间",
            "front_line_mastery",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2024-05"}], "wants_direct_application": True},
            "2026-04-13",
            {"front_line_mastery": True},
        ),
        (
            "技师五个 高级技师俩 评委老李自己也报了 他那个不算",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2026-10-14",
            {"applicant_count": 7},
        ),
        (
            "仓储部报了3个 运输部4个",
            "applicant_count",
            {"track": "organiser", "organiser_topic": "separate_panel"},
            "2026-09-14",
            {"applicant_count": 7},
        ),
        (
            "一直在医院锅炉房 就是疫情那会儿被调去门口测体温测了三个月",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2019-07"}], "target_level": "副高级"},
            "2025-10-27",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "一直在仓库干 就去年请了三个月病假",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级工", "obtained": "2021-08"}], "target_level": "助理级"},
            "2025-05-07",
            {"technical_work_interrupted": False},
        ),
        (
            "22 23都合格 24年那年摔了腿在家歇了俩月 评了个基本合格",
            "annual_review_results",
            {"skill_certificates": [{"level": "技师", "obtained": "2021-05"}], "technical_work_interrupted": False},
            "2025-04-20",
            {"annual_review_results": ["基本合格", "合格", "合格"]},
        ),
        (
            "高级技师 跟我现在带的电焊班组对口的",
            "target_level",
            {"track": "title_to_skill", "title_held": "副高级", "title_obtained": "2018"},
            "2025-06-11",
            {"target_level": "高级技师", "occupation_matches_post": True},
        ),
        (
            "fugao",
            "target_level",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2018"}]},
            "2025-05-05",
            {"target_level": "副高级"},
        ),
        (
            "我是八四年个 四十岁那年考出个挡车工技师 勒绍兴纺织厂做 现在想评个中级职称 好伐",
            None,
            {},
            "2026-03-08",
            {"skill_certificates": [{"level": "技师", "obtained": "2024"}], "target_level": "中级"},
        ),
        (
            "hi 我是菜鸟仓的仓储管理员 gaojigong 22nian 4yue 拿的 want to ping zhuli 职称 can I? 3年kaohe都pass",
            None,
            {},
            "2025-08-30",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-04"}], "target_level": "助理级"},
        ),
        (
            "俺是黑龙江农垦一个农场的农机修理工 技师二〇二三年腊月拿的证 一直搁农场修机器 冬天也在车库修 "
            "考核年年合格 想整个农业系列的中级",
            None,
            {},
            "2027-04-01",
            {"technical_work_interrupted": False, "series": "农业", "target_level": "中级"},
        ),
        # round 205
        (
            "前年评了个基本合格 那年我手让钢板砸了歇了仨月 去年跟大前年都是合格",
            "annual_review_results",
            {"skill_certificates": [{"level": "高级工", "obtained": "2022-07"}], "target_level": "助理级"},
            "2026-05-08",
            {"annual_review_results": ["合格", "基本合格", "合格"], "technical_work_gap_years": None},
        ),
        (
            "我是宁波一家汽配厂的工程师 16年评的 想申请个钳工技师 累计干了贰拾年",
            None,
            {},
            "2025-10-28",
            {"cumulative_work_years": 20.0, "title_obtained": "2016"},
        ),
        (
            "考试是２３年９月 考完仨月证就下来了",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-12-15",
            {"corrected_date": "2023-12"},
        ),
        (
            "考是23年6月份在张家港考的 考完半年后证才发下来",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-09-01",
            {"corrected_date": "2023-12"},
        ),
        (
            "拿证是我进茶厂第五年 进厂是2016年秋天",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2026-05-20",
            {"corrected_date": "2020"},
        ),
        (
            "年限肯定够 标准说要十年 我都干了十五年",
            "cumulative_work_years",
            {"track": "title_to_skill", "title_held": "中级", "target_level": "技师"},
            "2026-06-26",
            {"cumulative_work_years": 15.0, "meets_occupation_standard": True},
        ),
        (
            "已经是高级工程师了 二三年评的",
            "title_held",
            {"track": "title_to_skill", "target_level": "高级技师"},
            "2026-11-02",
            {"title_held": "副高级", "title_obtained": "2023"},
        ),
        (
            "我工程师早就有了 就想补个高级工证",
            None,
            {"title_held": "中级"},
            "2025-08-27",
            {"target_level": "高级工", "skill_certificates": None},
        ),
        # round 206
        (
            "二二年谷雨 哦不对 二一年谷雨 明前茶刚采完那阵",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-10-08",
            {"corrected_date": "2021-04"},
        ),
        (
            "头年三月街那阵",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "高级工"}]},
            "2025-06-24",
            {"corrected_date": "2024"},
        ),
        (
            "二零年三月三号",
            "skill_certificates_obtained",
            {"skill_certificates": [{"level": "技师"}]},
            "2025-06-24",
            {"corrected_date": "2020-03-03"},
        ),
        (
            "评茶员技师 二一年考嘞 23年去昆明茶城帮亲戚守了三个月铺子",
            None,
            {},
            "2025-11-20",
            {"technical_work_interrupted": True, "technical_work_gap_years": 0.25},
        ),
        (
            "我在安溪做茶 评茶员技师 2019年拿的 中间23年回厝里帮我爸种了一年茶",
            None,
            {},
            "2025-10-13",
            {"technical_work_interrupted": True, "technical_work_gap_years": 1.0},
        ),
        (
            "技师 19年10月的证 18年到19年初被借到厂办干过一阵 拿证以后一直在车间",
            None,
            {},
            "2026-11-02",
            {"technical_work_interrupted": False},
        ),
        (  # the year alone: the spell may have come after the certificate
            "技师 2019年拿的 19年初被借到厂办干过一阵 后来一直在车间",
            None,
            {},
            "2026-11-02",
            {"technical_work_interrupted": True},
        ),
        (
            "我八六年的 二十岁进的连云港港务局 一直干到现在",
            "cumulative_work_years",
            {"track": "title_to_skill", "title_held": "助理级", "target_level": "高级工"},
            "2026-09-14",
            {"cumulative_work_years": 20.0},
        ),
        ("评助理还是直接评工程师啊", None, {}, "2024-08-29", {"series": "工程", "target_level": None}),
        (
            "一直喺果园 冇出去打工",
            "technical_work_interrupted",
            {},
            "2026-03-20",
            {"technical_work_interrupted": False},
        ),
        (
            "当了两年班长 天天还是在焊",
            "technical_work_interrupted",
            {},
            "2025-04-26",
            {"technical_work_interrupted": False},
        ),
        (
            "哪有空去干别嘞 天天在工地",
            "technical_work_interrupted",
            {},
            "2024-09-20",
            {"technical_work_interrupted": False},
        ),
        (
            "全县没几个人尝得出是哪座山头的茶 我三十年一直在茶厂一线",
            "front_line_mastery",
            {},
            "2025-10-13",
            {"front_line_mastery": True},
        ),
        ("那哪敢说哦 就是个打银子嘞", "major_contribution", {}, "2025-05-16", {"major_contribution": False}),
        ("我师兄是国务院津贴 我啥都不是", "honours", {}, "2025-06-15", {"honours": []}),
        (
            "宜昌的 数控铣工高级技师 快五年了 想评副高",
            None,
            {},
            "2025-02-21",
            {"skill_certificates": [{"level": "高级技师", "years_held": 4.0}]},
        ),
        ("东莞做模具嘅 高级工21年攞嘅 想直接评工程师 助理嗰啲我唔要", None, {}, "2024-08-14", {"target_level": "中级"}),
        ("武隆景区嘞电工 高级工 想评职称", None, {}, "2026-10-07", {"province": "重庆"}),
    ],
)
def test_words_of_the_hundred_and_sixty_first_to_two_hundred_and_sixth_rounds(text, pending, known, as_of, updates):
    said = read(normalise_text(text), dt.date.fromisoformat(as_of), pending, known)
    held = {"skill_certificates": said.held_skills} if said.held_skills else {}
    said_facts = {**said.updates, **held, "corrected_date": said.corrected_date}
    assert {name: said_facts.get(name) for name in updates} == updates


def test_a_day_in_words_after_its_month_on_the_certificate():
    known = {"skill_certificates": [{"level": "技师"}]}
    said = read(
        normalise_text("二〇二二年 证上写的是六月十五"), dt.date(2026, 9, 21), "skill_certificates_obtained", known
    )
    assert said.corrected_date == "2022-06-15"


def test_by_the_way_before_a_year_is_no_span():
    known = {"skill_certificates": [{"level": "技师", "obtained": "2021"}], "annual_review_results": ["合格"] * 3}
    said = read(
        normalise_text("一直在干 对了23年那个是良好 不是合格 刚才说错了"),
        dt.date(2026, 3, 12),
        "technical_work_interrupted",
        known,
    )
    assert said.updates["technical_work_interrupted"] is False and said.updates["annual_review_results"][2] == "良好"


def test_a_span_reached_this_month_is_how_long_the_certificate_is_held():
    known = {"skill_certificates": [{"level": "技师"}]}
    said = read(normalise_text("今年三月份刚好满三年"), dt.date(2026, 5, 1), "skill_certificates_obtained", known)
    assert said.corrected_years_held == 3 and said.corrected_date is None


def test_the_month_on_the_certificate_refines_the_middle_of_the_year():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师"}]}
    said = read(
        normalise_text("21年的年中吧 证上写的是七月"), dt.date(2026, 1, 25), "skill_certificates_obtained", known
    )
    assert said.corrected_date == "2021-07"


def test_a_span_said_after_the_level_with_多_is_how_long_it_is_held():
    said = read(
        normalise_text("我在攀枝花钢厂上班 轧钢工高级技师 十多年了 想评高级工程师 顺便问下评上了能分房不"),
        dt.date(2026, 3, 26),
    )
    assert said.held_skills == [{"level": "高级技师", "years_held": 10.0}]


def test_a_certificate_redated_beside_the_level_wanted():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2022"}]}
    said = read(
        normalise_text("中级 工程师那个 另外刚才说错了 证是23年3月才发下来的"),
        dt.date(2026, 2, 12),
        "target_level",
        known,
    )
    assert said.updates["target_level"] == "中级" and said.corrected_date == "2023-03"


def test_the_firms_workers_are_not_the_one_asking_to_organise():
    said = read(
        normalise_text("俺们厂里几个技师老想评工程师，俺寻思能不能俺们厂自己组织评，省得往外跑"), dt.date(2024, 11, 11)
    )
    assert said.held_skills == [] and said.updates.get("organiser_topic") == "enterprise_self_evaluation"


def test_the_issue_month_said_with_出的_dates_the_certificate():
    said = read(
        normalise_text("天津港开门机的 高级技师2020年5月考的 证是8月出的 想直接报高级工程师"), dt.date(2025, 9, 9)
    )
    assert said.held_skills == [{"level": "高级技师", "obtained": "2020-08"}]


def test_a_certificate_dated_after_the_wish_by_its_year():
    said = read(normalise_text("电工技市 想评工程式 21年的证"), dt.date(2024, 12, 30))
    assert said.held_skills == [{"level": "技师", "obtained": "2021"}]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("我是厂里人力资源部的 想推荐我们车间一个电工技师小赵评工程师 帮我看看他够不够", [{"level": "技师"}]),
        ("我们想招几个持技师证的电工 哪里能找到人", []),
    ],
)
def test_the_one_put_forward_holds_the_level_and_those_to_be_hired_do_not(text, held):
    assert read(normalise_text(text), dt.date(2026, 2, 12)).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "known", "corrected"),
    [
        (
            "一直没离开过 哦还有 证不是22年 是23年3月才发下来的",
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "技师", "obtained": "2022"}]},
            "2023-03",
        ),
        (
            "一直在炉前 哦对了 证不是去年 是前年11月发嘞",  # (in 2026)
            "technical_work_interrupted",
            {"skill_certificates": [{"level": "高级技师", "obtained": "2025"}]},
            "2024-11",
        ),
    ],
)
def test_a_certificate_redated_beside_another_answer_with_no_level_named(text, pending, known, corrected):
    assert read(normalise_text(text), dt.date(2026, 9, 3), pending, known).corrected_date == corrected


def test_a_date_said_again_differently_by_the_one_relayed_is_the_one_kept():
    text = "帮我爱人问的 她是育婴员二级 她说证是21年拿的 哦她现在又说是22年6月"
    assert read(normalise_text(text), dt.date(2025, 9, 29)).held_skills == [{"level": "技师", "obtained": "2022-06"}]


def test_step_by_step_names_no_skill_grade():
    text = "我是湖南省技术能手 电焊技师 能不能走绿色通道直接评副高啊 不想一级级慢慢搞咯"
    assert read(normalise_text(text), dt.date(2026, 1, 12)).held_skills == [{"level": "技师"}]


def test_the_date_read_off_the_certificate_outweighs_the_one_remembered():
    text = "俺男人在金川镍矿开铲车 高级工 他说证是20年拿的 俺看证上写的2019年6月 想给他问问能评个助理工程师不"
    said = read(normalise_text(text), dt.date(2025, 6, 26))
    assert said.held_skills == [{"level": "高级工", "obtained": "2019-06"}]


def test_a_day_read_off_the_certificate_after_its_month():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工"}]}
    said = read(
        normalise_text("2023年9月 证书上写额是9月15号"), dt.date(2025, 9, 20), "skill_certificates_obtained", known
    )
    assert said.corrected_date == "2023-09-15"


def test_what_a_craft_makes_is_no_persons_name():
    said = read(normalise_text("我在拉萨画唐卡 有高级技师证 想问下我能不能评工艺美术系列嘞副高"), dt.date(2026, 7, 28))
    assert said.held_skills == [{"level": "高级技师"}]


def test_an_hr_office_organising_an_evaluation_for_its_works_is_an_organiser():
    said = read(
        "我们是包头一家稀土企业的人力资源部 今年想给厂里搞一次技能人才评职称 要满足啥条件", dt.date(2026, 12, 5)
    )
    assert said.updates.get("track") == "organiser"


def test_years_listed_before_the_word_review_are_each_years_result():
    said = read("重庆渝北 焊工 技师 证是21年6月份拿的 中间一直在干 22 23 24考核都合格 想评中级", dt.date(2025, 1, 15))
    assert said.updates["annual_review_results"] == ["合格", "合格", "合格"]


def test_a_date_corrected_in_reply_to_the_reviews_question_corrects_the_certificate():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "技师", "obtained": "2024-05"}]}
    said = read("不对 是大前年十一月份 记错了", dt.date(2026, 12, 5), "annual_review_results", known)
    assert said.corrected_date == "2023-11" and not said.updates


def test_this_years_review_said_after_last_years_number_counts_late_in_the_year():
    said = read("24年合格 今年刚评了个优秀 前头那年我还在别家店没考核", dt.date(2025, 12, 29), "annual_review_results")
    assert said.updates["annual_review_results"] == ["优秀", "合格"]


def test_a_lower_level_dated_to_explain_a_slip_leaves_the_date_to_the_level_asked_about():
    known = {"skill_certificates": [{"level": "高级工"}]}
    said = read(
        normalise_text("19年 不对 是20年拿的 19年是考的中级工"),
        dt.date(2025, 3, 9),
        "skill_certificates_obtained",
        known,
    )
    assert said.corrected_date == "2020" and said.held_skills == []


def test_a_correction_of_the_place_leaves_the_certificate_date_alone():
    text = normalise_text("二〇二二年拿的钳工技师 我在杭州 不对 去年调到宁波了 想评工程师")
    assert read(text, dt.date(2026, 5, 5), None, {}).held_skills == [{"level": "技师", "obtained": "2022"}]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("阮有高级技师证 提了六冬啊", [{"level": "高级技师", "years_held": 6.0}]),
        ("我个仔喺中山做电梯维修 有技师证 想评工程师 佢话要三年 佢21年拎嘅", [{"level": "技师", "obtained": "2021"}]),
    ],
)
def test_levels_held_in_dialect_of_the_hundred_and_third_round(text, held):
    assert read(normalise_text(text), dt.date(2026, 3, 1), None, {}).held_skills == held


@pytest.mark.parametrize(
    ("text", "pending", "updates"),
    [
        (
            "我们是湛江一家船厂的人事 今年报技师评工程师的有4个 高级技师报副高的2个 其中1个材料退回去没补",
            None,
            {"applicant_count": 5, "track": "organiser"},
        ),
        ("一直割胶 冬天停割的时候也在场里管苗圃", "annual_review_results", {"technical_work_interrupted": False}),
    ],
)
def test_words_found_talking_to_the_assistant_as_a_stranger(text, pending, updates):
    said = read(normalise_text(text), dt.date(2026, 12, 4), pending, {}).updates
    assert {name: said.get(name) for name in updates} == updates


def test_a_title_the_firm_gave_is_held_not_organised():
    said = read(normalise_text("我是厂里自己评的工程师"), dt.date(2026, 1, 1)).updates
    assert said.get("title_held") == "中级" and "organiser_topic" not in said


def test_a_level_before_a_denied_honour_is_not_the_next_honours():
    known = {"track": "skill_to_title", "province": "云南"}
    said = read(normalise_text("全国技术能手么得 政府津贴有一个 是州政府给嘞"), dt.date(2026, 1, 1), "honours", known)
    assert said.updates["honours"] == [{"name": "政府特殊津贴", "level": "市级"}]


def test_series_said_not_to_fit_in_cantonese_leave_another():
    known = {"track": "skill_to_title", "skill_certificates": [{"level": "高级工", "obtained": "2019"}]}
    said = read(normalise_text("工程农业嗰啲都唔啱 其他系列啦"), dt.date(2026, 1, 1), "series", known)
    assert said.updates["series"] == "其他"


def test_a_title_asked_about_with_the_aspect_of_now_is_wished_for():
    said = read(normalise_text("我是采油工高级技师 19年拿的证 想问高级工程师能不能报了"), dt.date(2024, 8, 1))
    assert said.updates.get("target_level") == "副高级" and "title_held" not in said.updates


@pytest.mark.parametrize(
    ("text", "occupation"),
    [("我是数控车床的车工 技师", "车工"), ("我老婆是纺织厂挡车工 高级工", None), ("俺是电焊工 高级工", "焊工")],
)
def test_an_occupation_is_named_only_as_itself(text, occupation):
    assert read(normalise_text(text), dt.date(2026, 12, 6), None, {}).occupation == occupation


def test_years_of_work_said_when_asked_for_the_certificates_date_are_not_years_held():
    known = {"skill_certificates": [{"level": "高级技师"}]}
    said = read(
        normalise_text("錾花这手全县么得几个做得来 三十年都在打"),
        dt.date(2026, 12, 6),
        "skill_certificates_obtained",
        known,
    )
    assert said.corrected_years_held is None and said.corrected_date is None
