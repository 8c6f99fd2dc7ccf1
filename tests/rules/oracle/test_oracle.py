"""Hand-worked situations for the oracle, taken from DESIGN.md and the two documents.
Each expected value was worked out by hand from the text before running the oracle."""

import datetime as dt

import pytest

from tests.rules.oracle.oracle import decide

D = dt.date
OK3 = {"annual_reviews_all_pass": True}


def s2t(**kw):
    f = {"track": "skill_to_title", "series": "工程", **OK3}
    f.update(kw)
    return f


def cert(level, obtained=None, years_held=None):
    c = {"level": level}
    if obtained is not None:
        c["obtained"] = obtained
    if years_held is not None:
        c["years_held"] = years_held
    return c


def v(facts, as_of):
    return decide(facts, as_of)


# ---------------------------------------------------------------- anniversaries (二（二）1)
@pytest.mark.parametrize(
    "level,obtained,target,day_before,anniv",
    [
        ("高级工", "2022-06-15", "助理级", D(2024, 6, 14), D(2024, 6, 15)),  # 高级工 + 2
        ("技师", "2021-03-01", "中级", D(2024, 2, 29), D(2024, 3, 1)),  # 技师 + 3
        ("高级技师", "2020-02-29", "副高级", D(2024, 2, 28), D(2024, 2, 29)),  # 高级技师 + 4, leap→leap
        ("技师", "2020-02-29", "中级", D(2023, 2, 27), D(2023, 2, 28)),  # 29 Feb → 28 Feb
        ("高级工", "2022", "助理级", D(2024, 12, 30), D(2024, 12, 31)),  # bare year → 31 Dec
        ("高级工", "2022-02", "助理级", D(2024, 2, 27), D(2024, 2, 28)),  # bare month → last day
    ],
)
def test_day_before_and_on_anniversary(level, obtained, target, day_before, anniv):
    f = s2t(skill_certificates=[cert(level, obtained)], target_level=target)
    before = v(f, day_before)
    assert before["outcome"] == "not_yet" and before["earliest_date"] == anniv
    assert before["target"] == target and before["track"] == "skill_to_title"
    on = v(f, anniv)
    assert on["outcome"] == "eligible" and on["earliest_date"] is None


def test_gap_one_year_postpones():
    f = s2t(
        skill_certificates=[cert("高级工", "2022-06-15")],
        target_level="助理级",
        technical_work_interrupted=True,
        technical_work_gap_years=1,
    )
    assert v(f, D(2025, 6, 14)) == {
        "outcome": "not_yet",
        "track": "skill_to_title",
        "target": "助理级",
        "earliest_date": D(2025, 6, 15),
        "obligation": None,
    }
    assert v(f, D(2025, 6, 15))["outcome"] == "eligible"


def test_gap_half_year_postpones_six_months():
    f = s2t(
        skill_certificates=[cert("高级工", "2022-06-15")],
        target_level="助理级",
        technical_work_interrupted=True,
        technical_work_gap_years=0.5,
    )
    r = v(f, D(2024, 6, 15))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2024, 12, 15)


def test_interrupted_gap_unknown_anniversary_passed_is_need_info():
    f = s2t(skill_certificates=[cert("高级工", "2018-01-01")], target_level="助理级", technical_work_interrupted=True)
    assert v(f, D(2024, 6, 1))["outcome"] == "need_info"


def test_interrupted_gap_unknown_anniversary_ahead_is_not_yet():
    f = s2t(skill_certificates=[cert("高级工", "2023-09-01")], target_level="助理级", technical_work_interrupted=True)
    r = v(f, D(2024, 6, 1))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2025, 9, 1)


def test_years_held_estimates_start():
    f = s2t(skill_certificates=[cert("高级工", years_held=3)], target_level="助理级")
    assert v(f, D(2024, 6, 1))["outcome"] == "eligible"
    f = s2t(skill_certificates=[cert("高级工", years_held=1)], target_level="助理级")
    r = v(f, D(2024, 6, 1))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2025, 6, 1)


def test_higher_level_counts_as_lower_from_its_own_date():
    f = s2t(skill_certificates=[cert("技师", "2022-01-10")], target_level="助理级")
    assert v(f, D(2024, 1, 9))["earliest_date"] == D(2024, 1, 10)
    assert v(f, D(2024, 1, 10))["outcome"] == "eligible"


def test_lower_level_own_earlier_date_counts():
    f = s2t(skill_certificates=[cert("高级工", "2018-05-01"), cert("技师", "2023-05-01")])
    assert v({**f, "target_level": "助理级"}, D(2025, 6, 1))["outcome"] == "eligible"
    r = v({**f, "target_level": "中级"}, D(2025, 6, 1))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2026, 5, 1)


def test_wrong_level_for_rung_is_not_eligible():
    f = s2t(skill_certificates=[cert("高级工", "2010")], target_level="中级")
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


# ---------------------------------------------------------------- the 高级工 gate
@pytest.mark.parametrize("certs", [[], [cert("中级工", "2010")], [cert("初级工", "2005")]])
@pytest.mark.parametrize(
    "extra",
    [
        {"target_level": "助理级"},
        {"target_level": "正高级", "honours": [{"name": "中华技能大奖", "level": "国家级"}]},
        {"target_level": "副高级", "front_line_mastery": True, "major_contribution": True},
    ],
)
def test_below_high_skilled_never_eligible(certs, extra):
    f = {"track": "skill_to_title", "skill_certificates": certs, **extra}  # everything else unknown
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


# ---------------------------------------------------------------- annual reviews
@pytest.mark.parametrize(
    "results,expected",
    [
        (["优秀", "良好", "合格"], "eligible"),
        (["称职", "称职", "称职"], "eligible"),
        (["合格", "基本合格", "合格"], "not_eligible"),
        (["基本称职", "合格", "合格"], "not_eligible"),
        (["合格", "合格", "不合格"], "not_eligible"),
        (["不称职"], "not_eligible"),
        (["合格", "合格"], "need_info"),
    ],
)
def test_review_results(results, expected):
    f = {
        "track": "skill_to_title",
        "series": "工程",
        "skill_certificates": [cert("高级工", "2015")],
        "target_level": "助理级",
        "annual_review_results": results,
    }
    assert v(f, D(2024, 6, 1))["outcome"] == expected


def test_review_summary_flags():
    base = {
        "track": "skill_to_title",
        "series": "工程",
        "skill_certificates": [cert("高级工", "2015")],
        "target_level": "助理级",
    }
    assert v({**base, "annual_reviews_all_pass": True}, D(2024, 6, 1))["outcome"] == "eligible"
    assert v({**base, "annual_reviews_all_pass": False}, D(2024, 6, 1))["outcome"] == "not_eligible"
    assert v(base, D(2024, 6, 1))["outcome"] == "need_info"


def test_failed_review_beats_not_yet():
    f = {
        "track": "skill_to_title",
        "series": "工程",
        "skill_certificates": [cert("高级工", "2024-01-01")],
        "target_level": "助理级",
        "annual_review_results": ["基本合格"],
    }
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


def test_not_yet_beats_unknown_reviews():
    f = {
        "track": "skill_to_title",
        "series": "工程",
        "skill_certificates": [cert("高级工", "2024-01-01")],
        "target_level": "助理级",
    }
    r = v(f, D(2024, 6, 1))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2026, 1, 1)


def test_reviews_apply_to_green_channel():
    f = s2t(
        skill_certificates=[cert("技师", "2015")],
        target_level="正高级",
        honours=[{"name": "中华技能大奖", "level": "国家级"}],
    )
    f.pop("annual_reviews_all_pass")
    f["annual_review_results"] = ["合格", "不合格", "合格"]
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


# ---------------------------------------------------------------- green channel honours, each level
@pytest.mark.parametrize(
    "name,level,expected",
    [
        ("中华技能大奖", "国家级", "eligible"),
        ("中华技能大奖", None, "eligible"),
        ("技术能手", "国家级", "eligible"),
        ("技术能手", "省级", "not_eligible"),
        ("技术能手", "市级", "not_eligible"),
        ("技术能手", None, "need_info"),
        ("技能大师工作室带头人", "国家级", "eligible"),
        ("技能大师工作室带头人", "省级", "not_eligible"),
        ("政府特殊津贴", "国家级", "eligible"),
        ("政府特殊津贴", "省级", "eligible"),
        ("政府特殊津贴", "市级", "not_eligible"),
        ("政府特殊津贴", "县级", "not_eligible"),
        ("高精尖缺高技能人才", "省级", "eligible"),
        ("高精尖缺高技能人才", "市级", "not_eligible"),
        ("劳动模范", "国家级", "not_eligible"),
        ("五一劳动奖章", "国家级", "not_eligible"),
    ],
)
def test_honours_for_fugaoji(name, level, expected):
    # 技师 only: the ordinary route to 副高级 (高级技师 + 4) is closed; 绝活 said to be absent
    f = s2t(
        skill_certificates=[cert("技师", "2015")],
        target_level="副高级",
        front_line_mastery=False,
        honours=[{"name": name, "level": level}],
    )
    assert v(f, D(2024, 6, 1))["outcome"] == expected


def test_green_channel_for_zhenggaoji_beats_years():
    f = s2t(
        skill_certificates=[cert("高级工", "2023-01-01")],
        target_level="正高级",
        honours=[{"name": "技术能手", "level": "国家级"}],
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "eligible"


def test_green_channel_for_fugaoji_beats_ordinary_not_yet():
    f = s2t(
        skill_certificates=[cert("高级技师", "2023-01-01")],
        target_level="副高级",
        honours=[{"name": "政府特殊津贴", "level": "省级"}],
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "eligible"


def test_honours_not_asked_without_trigger():
    # ordinary not_yet stands; honours unknown are not asked about
    f = s2t(skill_certificates=[cert("高级技师", "2023-01-01")], target_level="副高级")
    r = v(f, D(2024, 6, 1))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2027, 1, 1)


def test_direct_application_asks_honours():
    f = s2t(skill_certificates=[cert("高级技师", "2023-01-01")], target_level="副高级", wants_direct_application=True)
    assert v(f, D(2024, 6, 1))["outcome"] == "need_info"


# ---------------------------------------------------------------- 正高级
def test_zhenggaoji_without_channel_not_eligible():
    f = s2t(
        skill_certificates=[cert("高级技师", "2010")],
        target_level="正高级",
        honours=[],
        front_line_mastery=False,
        title_held="中级",
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


def test_zhenggaoji_for_fugaoji_holder_not_settled_conditional():
    f = s2t(
        skill_certificates=[cert("高级技师", "2010")],
        target_level="正高级",
        honours=[],
        front_line_mastery=False,
        title_held="副高级",
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "conditional"


# ---------------------------------------------------------------- special evaluation
def test_special_evaluation_national_needs_contribution():
    f = s2t(
        province="广东",
        skill_certificates=[cert("技师", "2015")],
        target_level="副高级",
        honours=[],
        front_line_mastery=True,
        major_contribution=True,
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "conditional"
    f["major_contribution"] = False
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


def test_special_evaluation_yunnan_without_contribution():
    f = s2t(
        province="云南",
        skill_certificates=[cert("技师", "2015")],
        target_level="副高级",
        honours=[],
        front_line_mastery=True,
        major_contribution=False,
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "conditional"
    assert v(f, D(2021, 3, 1))["outcome"] == "not_eligible"  # Yunnan notice not yet issued


# ---------------------------------------------------------------- series
def test_other_series_nationally_not_eligible():
    f = s2t(series="卫生", province="广东", skill_certificates=[cert("高级技师", "2010")], target_level="副高级")
    assert v(f, D(2024, 6, 1))["outcome"] == "not_eligible"


def test_other_series_yunnan_conditional_without_rungs():
    f = s2t(series="卫生", province="云南", skill_certificates=[cert("高级工", "2024-05-01")], target_level="中级")
    assert v(f, D(2024, 6, 1))["outcome"] == "conditional"


def test_other_series_yunnan_effective_date():
    f = s2t(series="卫生", province="云南", skill_certificates=[cert("高级技师", "2010")], target_level="副高级")
    assert v(f, D(2021, 4, 8))["outcome"] == "not_eligible"
    assert v(f, D(2021, 4, 9))["outcome"] == "conditional"


def test_other_series_province_unknown_need_info():
    f = s2t(series="卫生", skill_certificates=[cert("高级技师", "2010")], target_level="副高级")
    assert v(f, D(2024, 6, 1))["outcome"] == "need_info"


def test_new_occupation_conditional_and_years_still_count():
    f = s2t(
        series="其他",
        province="广东",
        new_occupation=True,
        skill_certificates=[cert("高级工", "2015")],
        target_level="助理级",
    )
    assert v(f, D(2024, 6, 1))["outcome"] == "conditional"
    f["skill_certificates"] = [cert("高级工", "2024-01-01")]
    assert v(f, D(2024, 6, 1))["earliest_date"] == D(2026, 1, 1)


def test_integrated_series_stays_integrated_when_new():
    f = s2t(new_occupation=True, skill_certificates=[cert("高级工", "2015")], target_level="助理级")
    assert v(f, D(2024, 6, 1))["outcome"] == "eligible"


# ---------------------------------------------------------------- target when none asked
def test_target_highest_reached():
    f = s2t(skill_certificates=[cert("高级技师", "2010")])
    r = v(f, D(2024, 6, 1))
    assert (r["outcome"], r["target"]) == ("eligible", "副高级")


def test_target_next_rung_when_none_reached():
    f = s2t(skill_certificates=[cert("高级工", "2025-01-10")])
    r = v(f, D(2026, 6, 15))
    assert (r["outcome"], r["target"], r["earliest_date"]) == ("not_yet", "助理级", D(2027, 1, 10))


def test_target_green_channel_reaches_zhenggaoji():
    f = s2t(skill_certificates=[cert("技师", "2020")], honours=[{"name": "中华技能大奖", "level": "国家级"}])
    r = v(f, D(2024, 6, 1))
    assert (r["outcome"], r["target"]) == ("eligible", "正高级")


# ---------------------------------------------------------------- title -> skill (二（四）)
def t2s(**kw):
    f = {"track": "title_to_skill"}
    f.update(kw)
    return f


def test_title_to_skill_conditional_on_standard():
    r = v(t2s(title_held="中级", target_level="技师", occupation_matches_post=True), D(2024, 6, 1))
    assert (r["outcome"], r["target"]) == ("conditional", "技师")


def test_title_to_skill_post_match_is_a_condition():
    assert (
        v(t2s(title_held="中级", target_level="技师", occupation_matches_post=False), D(2024, 6, 1))["outcome"]
        == "not_eligible"
    )
    assert v(t2s(title_held="中级", target_level="技师"), D(2024, 6, 1))["outcome"] == "need_info"


def test_title_to_skill_standard_not_met():
    assert (
        v(
            t2s(
                title_held="助理级",
                target_level="高级工",
                occupation_matches_post=True,
                meets_occupation_standard=False,
            ),
            D(2024, 6, 1),
        )["outcome"]
        == "not_eligible"
    )


def test_title_to_skill_default_target():
    r = v(t2s(title_held="副高级", occupation_matches_post=True), D(2024, 6, 1))
    assert (r["outcome"], r["target"]) == ("conditional", "高级技师")


def test_title_to_skill_higher_than_mapping_not_opened():
    assert (
        v(
            t2s(title_held="助理级", target_level="技师", occupation_matches_post=True, skill_certificates=[]),
            D(2024, 6, 1),
        )["outcome"]
        == "not_eligible"
    )


def test_title_to_skill_promotion_one_year():
    f = t2s(
        title_held="助理级",
        target_level="技师",
        occupation_matches_post=True,
        skill_certificates=[cert("高级工", "2023-05-01")],
    )
    r = v(f, D(2024, 4, 30))
    assert r["outcome"] == "not_yet" and r["earliest_date"] == D(2024, 5, 1)
    assert v(f, D(2024, 5, 1))["outcome"] == "conditional"


def test_title_to_skill_zhenggaoji_not_named():
    r = v(t2s(title_held="正高级", target_level="高级技师", occupation_matches_post=True), D(2024, 6, 1))
    assert r["outcome"] == "conditional"


# ---------------------------------------------------------------- qualification exams (二（一）)
@pytest.mark.parametrize("exam", ["经济", "会计", "统计", "审计", "翻译", "出版", "通信", "计算机技术与软件"])
def test_eight_exams_conditional(exam):
    r = v({"track": "qualification_exam", "exam": exam, "skill_certificates": [cert("技师", "2018")]}, D(2024, 6, 1))
    assert (r["outcome"], r["target"]) == ("conditional", exam)


def test_everyday_exam_names():
    for name, canon in [("中级会计师", "会计"), ("经济师", "经济"), ("软考", "计算机技术与软件")]:
        r = v(
            {"track": "qualification_exam", "exam": name, "skill_certificates": [cert("技师", "2018")]}, D(2024, 6, 1)
        )
        assert (r["outcome"], r["target"]) == ("conditional", canon)


def test_other_exam_not_settled():
    for exam in ["建造师", "教师资格", "注册安全工程师"]:
        assert (
            v(
                {"track": "qualification_exam", "exam": exam, "skill_certificates": [cert("技师", "2018")]},
                D(2024, 6, 1),
            )["outcome"]
            == "not_eligible"
        )


def test_exam_unknown_need_info():
    assert v({"track": "qualification_exam"}, D(2024, 6, 1))["outcome"] == "need_info"


# ---------------------------------------------------------------- organisers
@pytest.mark.parametrize("n,obligation", [(4, "may"), (5, "must"), (6, "must"), (1, "may")])
def test_yunnan_panel_threshold(n, obligation):
    r = v(
        {"track": "organiser", "organiser_topic": "separate_panel", "province": "云南", "applicant_count": n},
        D(2024, 6, 1),
    )
    assert (r["outcome"], r["obligation"]) == ("eligible", obligation)


def test_yunnan_panel_count_unknown():
    r = v({"track": "organiser", "organiser_topic": "separate_panel", "province": "云南"}, D(2024, 6, 1))
    assert (r["outcome"], r["obligation"]) == ("need_info", None)


def test_national_panel_no_threshold():
    r = v(
        {"track": "organiser", "organiser_topic": "separate_panel", "province": "广东", "applicant_count": 8},
        D(2024, 6, 1),
    )
    assert (r["outcome"], r["obligation"]) == ("eligible", "may")  # settled S12


def test_yunnan_panel_before_notice_is_national():
    r = v(
        {"track": "organiser", "organiser_topic": "separate_panel", "province": "云南", "applicant_count": 8},
        D(2021, 4, 8),
    )
    assert (r["outcome"], r["obligation"]) == ("eligible", "may")  # the national reading, settled S12


def test_enterprise_self_evaluation_no_head_count():
    base = {"track": "organiser", "organiser_topic": "enterprise_self_evaluation", "province": "云南"}
    assert v({**base, "enterprise_above_scale": True}, D(2024, 6, 1))["outcome"] == "conditional"
    assert v({**base, "enterprise_above_scale": False}, D(2024, 6, 1))["outcome"] == "not_eligible"
    assert v(base, D(2024, 6, 1))["outcome"] == "need_info"
    assert v({**base, "enterprise_above_scale": True, "applicant_count": 2}, D(2024, 6, 1))["outcome"] == "conditional"


# ---------------------------------------------------------------- effective dates
def test_before_national_document():
    f = s2t(skill_certificates=[cert("高级技师", "2010")], target_level="副高级")
    assert v(f, D(2020, 12, 29))["outcome"] == "not_eligible"
    assert v(f, D(2020, 12, 30))["outcome"] == "eligible"


def test_unknown_everything_need_info():
    assert v({}, D(2024, 6, 1))["outcome"] == "need_info"
    assert v({"track": "skill_to_title"}, D(2024, 6, 1))["outcome"] == "need_info"
