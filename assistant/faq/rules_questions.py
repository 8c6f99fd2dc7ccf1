"""Entries derived from the rules engine's parameters: one template per parameter.

The answer is written from the parameter's value (so a wrong value shows in the answer), the
quotes are the clause sentences holding the parameter's evidence, and two checks tie them
together before anything is published:

- text: every value the answer states (each listed name, each number in its written form such
  as 满3年 or 5人以上（含5人）) must appear in the quoted clause text, unless the parameter's own
  `beyond_text` names it as not written in the documents;
- rules: the example situations (built from the same values) must be decided by the engine
  the way the answer says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.faq.errors import FaqVerificationError
from assistant.faq.model import Example, Expectation, FaqCitation, FaqEntry
from assistant.faq.verify import cite
from corpus import Corpus

# Example situations are dated, not relative to today, so the FAQ is the same on every build.
OBTAINED = dt.date(2021, 3, 15)
ALL_PASS = ["合格", "合格", "合格"]
EXAMPLE_DAY = dt.date(2024, 6, 1)  # for situations with no dates of their own
OTHER_PROVINCE = "广东"  # any province other than Yunnan: the national rules alone apply

Summary = Callable[[Any, Any], str]  # (parameter, parameters) -> Chinese answer
Examples = Callable[[Any, Any], list[Example]]


@dataclass(frozen=True)
class Template:
    topic: str
    question: str
    summary: Summary | None = None  # None: the parameter's own description
    notes: tuple[str, ...] = ()
    also_cite: tuple[str, ...] = ()  # other parameters whose evidence the answer relies on
    stated_values: Callable[[Any], list[str]] | None = None  # how numbers are written
    examples: Examples | None = None


def rules_entries(corpus: Corpus, parameters) -> list[FaqEntry]:
    return [_entry(corpus, parameters, parameter) for parameter in parameters if parameter.name in TEMPLATES]


def untemplated(parameters) -> list[str]:
    """Parameters no template turns into a question (coverage reports them)."""
    return [p.name for p in parameters if p.name not in TEMPLATES]


def entry_id_for(parameter_name: str) -> str:
    return "rules-" + parameter_name.replace("_", "-")


def _entry(corpus: Corpus, parameters, parameter) -> FaqEntry:
    template = TEMPLATES[parameter.name]
    entry_id = entry_id_for(parameter.name)
    cited = [parameter, *(parameters[name] for name in template.also_cite)]
    citations = tuple(
        dict.fromkeys(
            cite(corpus, entry_id, p.clause_id, quote) for p in cited for quote in _evidence_quotes(corpus, p)
        )
    )
    _check_values_are_in_text(entry_id, parameter, template, citations)
    summary = template.summary(parameter.value, parameters) if template.summary else parameter.description
    return FaqEntry(
        entry_id=entry_id,
        topic_id=template.topic,
        question=template.question,
        summary=summary,
        citations=citations,
        notes=template.notes,
        parameter=parameter.name,
        examples=tuple(template.examples(parameter.value, parameters) if template.examples else ()),
    )


def _evidence_quotes(corpus: Corpus, parameter) -> list[str]:
    """The whole sentence around each piece of evidence, so the quote reads on its own."""
    sentences = corpus.clause(parameter.clause_id).sentences
    quotes = []
    for evidence in parameter.evidence:
        sentence = next((s for s in sentences if evidence in s), evidence)
        quotes.append(sentence.rstrip("；;，"))
    return list(dict.fromkeys(quotes))


def _check_values_are_in_text(entry_id: str, parameter, template: Template, citations: tuple[FaqCitation, ...]) -> None:
    quoted = _plain("".join(c.quote for c in citations))
    stated = template.stated_values(parameter.value) if template.stated_values else []
    missing = [
        word
        for word in _names_in(parameter.value) + stated
        if _plain(word) not in quoted and word not in (parameter.beyond_text or "")
    ]
    if missing:
        raise FaqVerificationError(
            entry_id,
            f"规则参数 {parameter.name} 的取值（{'、'.join(missing)}）在所引条款原文中找不到，"
            "问答与原文不一致。请核对 rules 的参数文件和条款原文。",
            f"the rules parameter {parameter.name} states {missing}, which the quoted text of "
            f"{parameter.clause_id} does not contain: the text and the rules disagree.",
        )


def _names_in(value: Any) -> list[str]:
    """The names a list- or mapping-valued parameter states (labels, not free sentences)."""
    if isinstance(value, dict):
        atoms = [atom for pair in value.items() for atom in pair]
    elif isinstance(value, list):
        atoms = value
    else:
        return []
    # ASCII keys such as "years" are field names, not words of the text.
    return [atom for atom in atoms if isinstance(atom, str) and not atom.isascii()]


def _plain(text: str) -> str:
    return text.replace("“", "").replace("”", "").replace('"', "")


def _years_later(date: dt.date, years: int) -> dt.date:
    return date.replace(year=date.year + years)


def _skill_to_title(level: str, target: str, as_of: dt.date, situation: str, expected: Expectation, **facts) -> Example:
    base = {
        "track": "skill_to_title",
        "province": OTHER_PROVINCE,
        "series": "工程",
        "skill_certificates": [{"level": level, "obtained": OBTAINED.isoformat()}],
        "technical_work_interrupted": False,
        "annual_review_results": ALL_PASS,
        "target_level": target,
    }
    return Example(situation=situation, facts=base | facts, as_of=as_of, expected=expected)


def _rung_examples(rung: dict, _parameters) -> list[Example]:
    level, years, title = rung["skill_level"], rung["years"], rung["title"]
    due = _years_later(OBTAINED, years)
    return [
        _skill_to_title(
            level,
            title,
            due,
            f"{OBTAINED.isoformat()} 取得{level}，一直从事技术技能工作，近3年考核都合格，"
            f"申报{title}职称，到 {due.isoformat()} 正好满{years}年",
            Expectation("eligible", title),
        ),
        _skill_to_title(
            level, title, due - dt.timedelta(days=1), f"同上，但只差一天满{years}年", Expectation("not_yet", title, due)
        ),
    ]


def _rung_summary(rung: dict, parameters) -> str:
    review = parameters.value("annual_review_requirement")
    return (
        f"取得{rung['skill_level']}职业资格或职业技能等级后，从事技术技能工作满{rung['years']}年，"
        f"可以申报评审相应专业的{rung['title']}职称。同时要在现工作岗位上近{review['years']}年"
        f"年度考核{review['result']}。这些条件适用于两类人才贯通的职称系列。"
    )


def _rung_template(skill_level: str, title: str) -> Template:
    return Template(
        topic="conditions",
        question=f"取得{skill_level}后满几年可以申报{title}职称？",
        summary=_rung_summary,
        also_cite=("annual_review_requirement", "minimum_skill_level_for_titles"),
        stated_values=lambda rung: [f"满{rung['years']}年"],
        examples=_rung_examples,
        notes=(
            "年限按取得证书的日期算到满整年的那一天；只知道年份或月份的，贯通助手按最晚的日期保守计算。"
            "具体以评审机构的认定为准。",
        ),
    )


def _rung_for(parameters, title: str) -> dict:
    return next(p.value for p in parameters if isinstance(p.value, dict) and p.value.get("title") == title)


def _series_examples(series: list[str], parameters) -> list[Example]:
    rung = _rung_for(parameters, "中级")
    due = _years_later(OBTAINED, rung["years"])
    return [
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"{name}系列：{OBTAINED.isoformat()} 取得{rung['skill_level']}，"
            f"满{rung['years']}年，近3年考核都合格，申报{rung['title']}职称",
            Expectation("eligible", rung["title"]),
            series=name,
        )
        for name in series
    ]


def _minimum_level_examples(level: str, parameters) -> list[Example]:
    ladder = parameters.value("skill_levels")
    below = ladder[ladder.index(level) - 1]
    rung = _rung_for(parameters, "助理级")
    due = _years_later(OBTAINED, rung["years"])
    return [
        _skill_to_title(
            below,
            rung["title"],
            _years_later(OBTAINED, 6),
            f"只有{below}证书（{OBTAINED.isoformat()} 取得），申报{rung['title']}职称",
            Expectation("not_eligible", rung["title"]),
        ),
        _skill_to_title(
            level,
            rung["title"],
            due,
            f"{OBTAINED.isoformat()} 取得{level}，满{rung['years']}年，申报{rung['title']}职称",
            Expectation("eligible", rung["title"]),
        ),
    ]


def _review_examples(requirement: dict, parameters) -> list[Example]:
    rung = _rung_for(parameters, "中级")
    due = _years_later(OBTAINED, rung["years"])
    mixed = [requirement["result"], "基本合格", requirement["result"]]
    return [
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"取得{rung['skill_level']}满{rung['years']}年，近3年考核都{requirement['result']}",
            Expectation("eligible", rung["title"]),
        ),
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"取得{rung['skill_level']}满{rung['years']}年，但近3年里有一年是“基本合格”",
            Expectation("not_eligible", rung["title"], conditions=(("annual_review_results", "not_met"),)),
            annual_review_results=mixed,
        ),
    ]


def _no_education_example(_value, parameters) -> list[Example]:
    rung = _rung_for(parameters, "助理级")
    due = _years_later(OBTAINED, rung["years"])
    return [
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"初中毕业、没有论文，{OBTAINED.isoformat()} 取得{rung['skill_level']}，"
            f"满{rung['years']}年，近3年考核都合格",
            Expectation("eligible", rung["title"]),
        )
    ]


def _honour_facts(entry: dict, level: str | None = None) -> dict:
    return {"name": entry["honour"], "level": level or entry["minimum_level"]}


def _green_channel_examples(honours: list[dict], parameters) -> list[Example]:
    """Each listed honour at its level opens the channel; one level below does not."""
    titles = parameters.value("green_channel_titles")
    levels = parameters.value("honour_levels")
    as_of = _years_later(OBTAINED, 1)
    examples = [
        _skill_to_title(
            "技师",
            titles[-1],
            as_of,
            f"{entry['listed_as']}，取得技师才1年，申报{titles[-1]}职称",
            Expectation("eligible", titles[-1]),
            honours=[_honour_facts(entry)],
        )
        for entry in honours
    ]
    entry = next(e for e in honours if e["minimum_level"] != levels[0] and not e.get("only_at_minimum_level"))
    lower = levels[levels.index(entry["minimum_level"]) - 1]
    examples.append(
        _skill_to_title(
            "技师",
            titles[-1],
            as_of,
            f"{lower}{entry['honour']}（不是{entry['listed_as']}），取得技师才1年，申报{titles[-1]}职称",
            Expectation("not_eligible", titles[-1]),
            honours=[_honour_facts(entry, lower)],
            front_line_mastery=False,
        )
    )
    return examples


def _green_titles_examples(titles: list[str], parameters) -> list[Example]:
    entry = parameters.value("green_channel_honours")[0]
    as_of = _years_later(OBTAINED, 1)
    return [
        _skill_to_title(
            "高级技师",
            title,
            as_of,
            f"获得{entry['listed_as']}，取得高级技师才1年，申报{title}职称",
            Expectation("eligible", title),
            honours=[_honour_facts(entry)],
        )
        for title in titles
    ]


def _special_evaluation_examples(_value, parameters) -> list[Example]:
    title = parameters.value("green_channel_titles")[-1]
    return [
        _skill_to_title(
            "高级技师",
            title,
            _years_later(OBTAINED, 1),
            f"有绝招绝技绝活、长期在一线，为国家重大战略实施作出过突出贡献，没有文件所列荣誉，申报{title}职称",
            Expectation("conditional", title),
            front_line_mastery=True,
            major_contribution=True,
            honours=[],
        )
    ]


def _other_series_examples(_value, parameters) -> list[Example]:
    rung = _rung_for(parameters, "中级")
    due = _years_later(OBTAINED, rung["years"])
    situation = (
        f"卫生系列（不在贯通领域），取得{rung['skill_level']}满{rung['years']}年，"
        f"近3年考核都合格，申报{rung['title']}职称"
    )
    return [
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"在云南：{situation}",
            Expectation("conditional", rung["title"]),
            series="卫生",
            province="云南",
        ),
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"在云南以外：{situation}",
            Expectation("not_eligible", rung["title"], conditions=(("series", "not_met"),)),
            series="卫生",
        ),
    ]


def _new_occupation_examples(province: str) -> Examples:
    def examples(_value, parameters) -> list[Example]:
        rung = _rung_for(parameters, "中级")
        due = _years_later(OBTAINED, rung["years"])
        where = "在云南" if province == "云南" else "在云南以外"
        return [
            _skill_to_title(
                rung["skill_level"],
                rung["title"],
                due,
                f"{where}，新兴职业，取得{rung['skill_level']}满{rung['years']}年，"
                f"近3年考核都合格，申报{rung['title']}职称",
                Expectation("conditional", rung["title"]),
                new_occupation=True,
                series=None,
                province=province,
            )
        ]

    return examples


def _title_to_skill(title: str, target: str, situation: str, expected: Expectation, as_of: dt.date, **facts) -> Example:
    base = {
        "track": "title_to_skill",
        "province": OTHER_PROVINCE,
        "title_held": title,
        "title_obtained": OBTAINED.isoformat(),
        "target_level": target,
        "occupation_matches_post": True,
    }
    return Example(situation=situation, facts=base | facts, as_of=as_of, expected=expected)


def _title_to_skill_examples(mapping: dict, _parameters) -> list[Example]:
    as_of = _years_later(OBTAINED, 3)
    examples = []
    for title, skill in mapping.items():
        examples.append(
            _title_to_skill(
                title,
                skill,
                f"有{title}职称，申请与现岗位对应工种的{skill}评价，累计年限以该职业标准为准",
                Expectation("conditional", skill),
                as_of,
            )
        )
        examples.append(
            _title_to_skill(
                title,
                skill,
                f"有{title}职称，但申请的工种与现岗位不对应，申请{skill}评价",
                Expectation("not_eligible", skill),
                as_of,
                occupation_matches_post=False,
            )
        )
    return examples


def _promotion_examples(years: int, parameters) -> list[Example]:
    ladder = parameters.value("skill_levels")
    held, target = ladder[-2], ladder[-1]
    due = _years_later(OBTAINED, years)
    facts = {
        "skill_certificates": [{"level": held, "obtained": OBTAINED.isoformat()}],
        "meets_occupation_standard": True,
    }
    return [
        _title_to_skill(
            "中级",
            target,
            f"{OBTAINED.isoformat()} 取得{held}，累计工作年限已达标准，申报{target}晋级评价，正好满{years}年",
            Expectation("conditional", target),
            due,
            **facts,
        ),
        _title_to_skill(
            "中级",
            target,
            f"同上，但只差一天满{years}年",
            Expectation("not_yet", target, due),
            due - dt.timedelta(days=1),
            **facts,
        ),
    ]


def _exam_examples(exams: list[str], _parameters) -> list[Example]:
    """Listed exams: yes, subject to the exam's own entry conditions. An unlisted one: the
    documents are silent, which the engine must not turn into a no."""
    listed = [(f"技师想参加{exam}专业技术人员职业资格考试", exam, "conditional") for exam in exams]
    unlisted = [("技师想参加名单以外的法律职业资格考试", "法律职业资格", "not_eligible")]
    return [
        Example(
            situation=situation,
            facts={
                "track": "qualification_exam",
                "province": OTHER_PROVINCE,
                "exam": exam,
                "skill_certificates": [{"level": "技师"}],
            },
            as_of=EXAMPLE_DAY,
            expected=Expectation(outcome),
        )
        for situation, exam, outcome in listed + unlisted
    ]


def _panel_examples(threshold: dict, _parameters) -> list[Example]:
    """Fewer than the threshold: may set up a panel; at or above it: must (condition met)."""
    n = threshold["applicants"]
    cases = [(n - 1, "not_met", "可以单设，不是必须"), (n, "met", "应当单设"), (n + 1, "met", "应当单设")]
    examples = [
        Example(
            situation=f"云南某评委会，高技能人才申报{count}人（{meaning}）",
            facts={"track": "organiser", "province": "云南", "applicant_count": count},
            as_of=EXAMPLE_DAY,
            expected=Expectation("eligible", conditions=(("applicant_count", status),)),
        )
        for count, status, meaning in cases
    ]
    examples.append(
        Example(
            situation=f"云南以外某评委会，高技能人才申报{n}人（国家文件支持，可以单设，不是必须）",
            facts={"track": "organiser", "province": OTHER_PROVINCE, "applicant_count": n},
            as_of=EXAMPLE_DAY,
            expected=Expectation("eligible"),
        )
    )
    return examples


def _grades_examples(grades: dict, parameters) -> list[Example]:
    rung = _rung_for(parameters, "中级")
    due = _years_later(OBTAINED, rung["years"])
    passing, failing = grades["passing"], grades["failing"]
    return [
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"取得{rung['skill_level']}满{rung['years']}年，近3年考核为{'、'.join(passing[:3])}",
            Expectation("eligible", rung["title"]),
            annual_review_results=passing[:3],
        ),
        _skill_to_title(
            rung["skill_level"],
            rung["title"],
            due,
            f"取得{rung['skill_level']}满{rung['years']}年，近3年里有一年是“{failing[1]}”",
            Expectation("not_eligible", rung["title"]),
            annual_review_results=[passing[0], failing[1], passing[0]],
        ),
    ]


def _honour_levels_summary(_levels, parameters) -> str:
    entries = parameters.value("green_channel_honours")
    return (
        "绿色通道只认文件写明的荣誉和级别："
        + "、".join(e["listed_as"] for e in entries)
        + "。同名但级别低的不算，例如省级技术能手、省级技能大师工作室带头人、州市县政府的津贴、"
        "市里认定的“高精尖缺”人才。"
    )


def _honour_levels_examples(_levels, parameters) -> list[Example]:
    as_of = _years_later(OBTAINED, 1)
    title = parameters.value("green_channel_titles")[-1]
    return [
        _skill_to_title(
            "技师",
            title,
            as_of,
            f"{level}{name}，取得技师才1年，申报{title}职称",
            Expectation(outcome, title),
            honours=[{"name": name, "level": level}],
            front_line_mastery=False,
        )
        for name, level, outcome in (
            ("技术能手", "国家级", "eligible"),
            ("技术能手", "省级", "not_eligible"),
            ("政府特殊津贴", "省级", "eligible"),
            ("政府特殊津贴", "市级", "not_eligible"),
        )
    ]


def _in_force_examples(_date, _parameters) -> list[Example]:
    facts = {
        "track": "skill_to_title",
        "series": "工程",
        "target_level": "中级",
        "annual_review_results": ALL_PASS,
        "skill_certificates": [{"level": "技师", "obtained": "2015"}],
    }
    return [
        Example(
            situation="技师满5年，问2020年12月29日那天能不能申报中级职称",
            facts=facts,
            as_of=dt.date(2020, 12, 29),
            expected=Expectation("not_eligible", "中级"),
        ),
        Example(
            situation="同上，问2020年12月30日",
            facts=facts,
            as_of=dt.date(2020, 12, 30),
            expected=Expectation("eligible", "中级"),
        ),
    ]


def _share_word(share: float) -> str:
    return "一半" if share == 0.5 else f"{share:.0%}"


TEMPLATES: dict[str, Template] = {
    "national_in_force_from": Template(
        topic="overview",
        question="这个政策从什么时候开始执行？",
        summary=lambda date, _: (
            f"国家的实施意见“自印发之日起施行”，{date}印发。在这一天之前的情况，不能按这份文件判断。"
        ),
        examples=_in_force_examples,
    ),
    "yunnan_in_force_from": Template(
        topic="yunnan",
        question="云南的通知从什么时候开始执行？",
        summary=lambda date, _: (
            f"云南省人社厅的通知是{date}印发的，通知没有另写施行日期，"
            "贯通助手按印发日期适用；在此之前，云南只按国家文件判断。"
        ),
    ),
    "skill_levels": Template(
        topic="conditions",
        question="职业技能等级有哪几级？哪一级高？",
        summary=lambda levels, _: (
            f"从低到高依次是：{'、'.join(levels)}。这两份文件讲的是其中的高级工、技师、高级技师。"
        ),
        notes=("初级工、中级工不在这两份文件里，这里列出只为说明等级高低。",),
    ),
    "title_levels": Template(
        topic="conditions",
        question="职称分哪几级？",
        summary=lambda levels, _: f"从低到高依次是：{'、'.join(levels)}。",
        notes=("员级不在这两份文件里；正高级见“绿色通道”。这里列出只为说明等级高低。",),
    ),
    "minimum_skill_level_for_titles": Template(
        topic="conditions",
        question="我只有中级工证书，能评职称吗？",
        summary=lambda level, _: (
            f"按这两份文件还不能。在贯通的职称系列里，要具备{level}以上职业资格或职业技能等级，才可以参加职称评审。"
        ),
        stated_values=lambda level: [f"{level}以上"],
        examples=_minimum_level_examples,
    ),
    "assistant_title_rung": _rung_template("高级工", "助理级"),
    "intermediate_title_rung": _rung_template("技师", "中级"),
    "deputy_senior_title_rung": _rung_template("高级技师", "副高级"),
    "annual_review_requirement": Template(
        topic="conditions",
        question="评职称对年度考核有什么要求？“基本合格”行不行？",
        summary=lambda r, _: (
            f"要在现工作岗位上近{r['years']}年年度考核{r['result']}。"
            f"文件写的是“{r['result']}”，“基本合格”不是“{r['result']}”，"
            "贯通助手按不满足这一条判断。"
        ),
        stated_values=lambda r: [f"近{r['years']}年年度考核{r['result']}"],
        notes=("考核结果怎样认定，以评审机构的审核为准。",),
        examples=_review_examples,
    ),
    "annual_review_grades": Template(
        topic="conditions",
        question="年度考核是“优秀”或“称职”，算不算合格？",
        summary=lambda g, _: (
            f"算。{'、'.join(g['passing'])}都不低于“合格”，都满足“近3年年度考核合格”；{'、'.join(g['failing'])}都不算。"
        ),
        notes=("文件只写了“合格”；各等次的高低以单位的考核办法为准。",),
        examples=_grades_examples,
    ),
    "not_restrictive_conditions": Template(
        topic="conditions",
        question="没有大学文凭、没发表过论文、不会外语和计算机，能评职称吗？",
        summary=lambda items, _: (
            f"能。{'、'.join(items)}等都不作为高技能人才参加职称评审的"
            "限制性条件，主要看技能等级、从事技术技能工作的年限和年度考核。"
        ),
        also_cite=("minimum_skill_level_for_titles",),
        examples=_no_education_example,
    ),
    "integrated_series": Template(
        topic="conditions",
        question="哪些职称系列属于贯通领域？",
        summary=lambda series, _: (
            f"贯通领域包括{'、'.join(series)}等职称系列，国家以支持高技能人才参加工程系列职称评审为工作重点。"
        ),
        notes=(
            "您的职业（如电工、焊工）对应哪个职称系列，这两份文件没有规定，请向当地人社部门确认。",
            "在云南，贯通领域以外其他系列中有一定技术含量的高技能人才也可以申报，见“云南规定”。",
        ),
        examples=_series_examples,
    ),
    "yunnan_other_series": Template(
        topic="yunnan",
        question="我要评的职称系列不在贯通领域里，在云南能申报吗？",
        summary=lambda _, p: (
            "有可能。" + p["yunnan_other_series"].description + "是否“有一定技术含量”，由评审机构认定。"
        ),
        notes=("这是云南省的规定；国家文件列出的贯通领域见“哪些职称系列属于贯通领域”。",),
        examples=_other_series_examples,
    ),
    "new_occupation_mapping": Template(
        topic="conditions",
        question="我干的是新兴职业，评职称对应哪个专业？",
        notes=("具体对应哪个专业，这两份文件没有规定，要看当地制定的贯通办法。",),
        examples=_new_occupation_examples(OTHER_PROVINCE),
    ),
    "yunnan_new_occupation_mapping": Template(
        topic="yunnan",
        question="在云南，新兴职业的高技能人才怎么评职称？",
        notes=("某个新兴职业具体对应哪个专业，这两份文件没有规定，以省级行业主管部门的办法为准。",),
        examples=_new_occupation_examples("云南"),
    ),
    "green_channel_honours": Template(
        topic="green-channel",
        question="获得哪些荣誉，可以直接申报副高级、正高级职称？",
        summary=lambda honours, p: (
            f"有下列任一项的高技能人才，可以直接申报评审{'或'.join(p.value('green_channel_titles'))}"
            f"职称：{'；'.join(entry['listed_as'] for entry in honours)}。级别要看清："
            "省级技术能手、省级技能大师工作室、州市县的津贴、市里认定的人才都不在其列。"
        ),
        also_cite=("green_channel_titles",),
        examples=_green_channel_examples,
        notes=("各地区、各有关单位可以结合实际制定具体办法。", "近3年年度考核合格的要求同样适用。"),
    ),
    "honour_levels": Template(
        topic="green-channel",
        question="省里评的技术能手、州里发的津贴，能走绿色通道吗？",
        summary=_honour_levels_summary,
        also_cite=("green_channel_honours",),
        examples=_honour_levels_examples,
    ),
    "green_channel_local_methods": Template(
        topic="green-channel",
        question="绿色通道具体怎么申报？",
        summary=lambda words, _: (
            f"文件只写了“{words}”。具体怎么申报、交什么材料，要看当地和单位制定的办法，这两份文件没有写。"
        ),
    ),
    "green_channel_titles": Template(
        topic="green-channel",
        question="走绿色通道，可以直接评哪一级职称？要先满年限吗？",
        summary=lambda titles, _: (
            f"可以直接申报评审{'或'.join(titles)}职称。文件写的是“直接申报”，没有规定要先满取得技能等级后的年限。"
        ),
        examples=_green_titles_examples,
    ),
    "special_evaluation": Template(
        topic="green-channel",
        question="有绝招、绝技、绝活的一线老师傅，评职称有没有特殊办法？",
        summary=lambda _, p: "有。" + p["special_evaluation"].description,
        notes=("“特殊评价办法”具体怎么评，这两份文件没有规定，以当地制定的办法为准。",),
        examples=_special_evaluation_examples,
    ),
    "yunnan_special_evaluation": Template(
        topic="yunnan",
        question="在云南，有绝活的一线高技能领军人才怎么评职称？",
        notes=("特殊评审的具体办法，这两份文件没有规定。",),
    ),
    "title_to_skill_mapping": Template(
        topic="skill-evaluation",
        question="我有职称，可以申请哪一级职业技能等级？",
        summary=lambda mapping, _: (
            "、".join(f"{title}职称可以申请{skill}" for title, skill in mapping.items())
            + "职业技能评价。前提是累计工作年限达到申报条件，而且申请的是与现岗位相对应的职业（工种）。"
            "员级、正高级职称文件没有点名对应哪一级，按“符合职业技能评价条件的专业技术人员，"
            "可按有关规定申请”办理。"
        ),
        notes=("需要多少年累计工作年限，由该职业（工种）的国家职业技能标准规定，这两份文件没有写明。",),
        examples=_title_to_skill_examples,
    ),
    "promotion_wait_years": Template(
        topic="skill-evaluation",
        question="取得职业技能等级后，多久可以申报更高一级？",
        summary=lambda years, _: (
            f"取得职业资格或职业技能等级{years}年后，可以按累计工作年限申报相应职业（工种）的晋级评价。"
        ),
        stated_values=lambda years: [f"{years}年后"],
        notes=("晋级需要的累计工作年限，由该职业（工种）的国家职业技能标准规定，这两份文件没有写明。",),
        examples=_promotion_examples,
    ),
    "post_correspondence": Template(
        topic="skill-evaluation",
        question="有职称的人考技能等级，报哪个工种有要求吗？",
        summary=lambda words, _: f"有。文件写的是“{words}”：要申请与现在工作岗位相对应的职业（工种）。",
    ),
    "general_skill_evaluation": Template(
        topic="skill-evaluation",
        question="员级、正高级职称能申请职业技能评价吗？",
        summary=lambda _, p: (
            "文件点名的是助理级、中级、副高级三级职称分别对应的技能等级，没有点名员级和正高级。"
            + p["general_skill_evaluation"].description
        ),
    ),
    "related_major_exemption": Template(
        topic="skill-evaluation",
        question="专业技术人员考技能等级，理论考试能免吗？",
        summary=lambda _, p: "有相关专业毕业证书的可以免。" + p["related_major_exemption"].description,
    ),
    "direct_skill_application": Template(
        topic="skill-evaluation",
        question="技术水平已经很高了，能不能直接申报某个技能等级？",
        summary=lambda _, p: "可以。" + p["direct_skill_application"].description,
        notes=("怎样算“具有相应技能等级水平的优秀人才”，这两份文件没有规定，以评价机构的认定为准。",),
    ),
    "qualification_exams": Template(
        topic="skill-evaluation",
        question="高技能人才能考会计、经济这些专业技术人员职业资格吗？",
        summary=lambda exams, _: f"能。文件支持高技能人才取得{'、'.join(exams)}等专业技术人员职业资格。",
        notes=(
            "报考条件以各项职业资格考试自己的规定为准，这两份文件没有写。",
            "名单以外的职业资格，这两份文件没有提到，既没说能考，也没说不能考，不能据此判断。",
        ),
        examples=_exam_examples,
    ),
    "national_separate_panel": Template(
        topic="organisers",
        question="高技能人才可以单独分组、单独评审吗？",
        summary=lambda _, p: (
            "可以。"
            + p["national_separate_panel"].description
            + "在云南，申报人数达到一定数量时必须单设评审组，见本节关于人数的问题。"
        ),
    ),
    "separate_panel_threshold": Template(
        topic="organisers",
        question="在云南，高技能人才申报多少人时必须单设评审组？",
        summary=lambda t, _: (
            f"一般申报人员在{t['applicants']}人以上（含{t['applicants']}人）的，"
            f"应当单设评审组；不到{t['applicants']}人的，可以根据申报人数单设。"
        ),
        stated_values=lambda t: [f"{t['applicants']}人以上（含{t['applicants']}人）"],
        notes=("这是云南省的规定；国家文件只是支持有条件的地区和单位单独分组。",),
        examples=_panel_examples,
    ),
    "skill_judges_share": Template(
        topic="organisers",
        question="单设的评审组里，高技能人才评委要占多少？",
        summary=lambda s, _: (
            f"在云南，高技能人才评委须占评审组评委人数{_share_word(s['share'])}以上，"
            f"也就是至少{_share_word(s['share'])}。"
        ),
        stated_values=lambda s: [f"{_share_word(s['share'])}以上"],
        notes=(
            "“以上”是否包括本数，两份文件没有另作说明；贯通助手按《民法典》第一千二百五十九条"
            "“以上”包括本数的惯例，理解为至少一半。",
        ),
    ),
    "enterprise_self_evaluation": Template(
        topic="organisers",
        question="企业能自己组织高技能人才的职称评审吗？",
        summary=lambda _, p: "可以。" + p["enterprise_self_evaluation"].description,
    ),
    "yunnan_enterprise_self_evaluation": Template(
        topic="organisers",
        question="在云南，企业自主评审高技能人才职称要走什么程序？",
        notes=("审核备案由哪个部门办理、怎样办理，这两份文件没有写。",),
    ),
}
