"""Organisers: which question (a separate panel, or an enterprise evaluating its own workers), how
many high-skilled applicants, and whether the enterprise is above designated size."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import cn2an

from assistant.reading.clauses import CORRECTION, DEFINITION, clause_at, clauses
from assistant.reading.dates import bare_number
from assistant.reading.replies import UNSURE, kind_by_words

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

_SELF_EVALUATION = re.compile(
    r"自主评审|自主开展|自主评价|自主评|自己评|自己组织|自行评审|自行(组织|开展)|自己(能不能|可不可以|能否|能|可以)?给.{0,6}评|(我们|公司|企业|单位|集团|学校|厂里?)自己(能不能|可不可以|能否|能|可以)(评|组织)|关起门来评|组织内部[^，,。]{0,8}评|(?<![我俺额])自己(?!想|要|打算)[^，,。\s]{0,10}评职称|不去评委会|自己来评|内部评|"
    # (not 想给自己整个高级技师证 / 我自己整不整得成: the person's own)
    r"(?<![给我俺额阮])自己(开展|搞|组织|办|整(?!个|不整|得))|自己[^，,。]{0,12}(搞|开展|组织|办|整|弄)[^，,。]{0,10}评审|自己给[^，,。]{0,10}评|自己(厂|单位|公司|企业)里?(能不能|可不可以|能否|能|可以)?(给|来|组织|评)|(厂|单位|公司|企业|集团|学校)里?自己(给|帮|来)?[^，,。]{0,4}评"
)
_PANEL = re.compile(
    r"一半以上[^。？?]{0,10}评委|单设|单独设|单独[^，,。]{0,10}分.{0,2}组|单独[^，,。]{0,10}(弄|设|搞|成立)一?个?组|单独评审|单独评|评审组(?!织)|分组|单独[^，,。]{0,3}组(?!织)|"
    r"单(整|弄|搞|开)[一1]?个?(评审)?组|"  # 评审能不能给他们单整一个组
    r"(和|跟|与)(别人|其他人|专业技术人员|专技人员)分开评|"  # 闽南 佮别人分开评会使无
    # 报了4个技师…这个算不算5人以上 / 有5个技能人才申报 正好5个算不算5人以上
    r"(报了?\d+\s*(个|名|位|人)|有\d+\s*(个|名|位|人)[^，,。？?]{0,8}报|(收到|收了)[^，,。？?]{0,10}\d+\s*(份|个))"
    r"[^。？?]{0,24}算不算[^，,。？?]{0,2}(5|五)\s*(人|个)以上|"
    # 我们单位有6个人报 都是技师 能一起评不: those counted, evaluated as one group
    r"\d+\s*(个|名|位)[^。？?]{0,16}(能|可以|可不可以|能不能)(一起|一块儿?|集中|统一)评(?![^，,。？?]{0,4}(师|职称))"
)
# (今年技能人才报工程系列的一共6个: those applying, counted)
# 是5个人以上 那正好5个算不算 / 5人以上就要单设评审组 那正好5个人算不算: the threshold said, then a count at it asked
AT_THE_THRESHOLD = (  # (5人以上就要单设 那含不含5个: the threshold's own count asked)
    r"(?<=以上)[^。？?\d]{0,12}((正好|刚好|恰好)\s*\d+\s*(个|名|位)?人?算不算|(含不含|包不包括|包括不包括)\s*\d+|"
    # 5人以上要单设评审组 这个5人是指技能人才5个还是全部申报的人: what the threshold counts, asked
    # (…要单设评审组 是指技能人才5个还是全部申报的人: the count not said again)
    r"(这个|那个)?(\s*\d+\s*(个|名)?人?)?[\s，,]*(是指|指的是|说的是)[^。？?]*)"
)
_ORGANISING = re.compile(r"评委会|评审|申报|报了|报名|报上来|单设|评审组|分组|组织|报[^，,。]{0,8}的(一共|共|总共|有)")
_COUNT = re.compile(
    r"(?<![我他她同第])(\d+)\s*[来多]?\s*(个|名|位|人|份)(?!\s*左右)"
)  # 5个左右: not settled  # 就我一个: not a head count; 材料7份: seven; 同一个人: the same one; 找不出第二个: no count
# (a committee, 评委会 / 评审委员会, is organising already by _ORGANISING's words)
_AN_ORGANISING_OFFICE = re.compile(r"(我们|咱们|俺们)(是|这边是|这里是)?[^，,。]{0,8}(人社局|职称(科|办))")
_DENIED_COUNT = re.compile(r"(不是|不到|不足|不满|少于|没有|没到)\s*$")  # 不足5人: a bound, not a count
_ROUGH_COUNT = re.compile(
    r"(十?[一二三四五六七八九]|[二三四五六七八九]十)[二三四五六七八九十几多来](?:个|(?=份|人|名|位))|(上百)(?=人|个)"
)
_WITHDRAWN = re.compile(
    r"(走|按|凭)学历|退回|退了|撤回|撤了|调走|(?<![评报])走了|不报了|不合格|不符合|不全|淘汰|不算|重复|交了?(两|2)(回|次|遍)|交重了|专技人员|不是(高)?技能|是[^，,。]{0,4}(工程师|专技)|没过|没通过|学历[^，,。]{0,3}(评|报|走)[的嘞滴]\s*($|[^，,。]{0,4}(工程师|职称|(?<!技)师)|\d+\s*(份|个|人|名))|是评委(自己|本人)"
)
# (7个站长是高级工想评助理工程师: the title wished for, not what they are)
_OTHERS = re.compile(
    r"[^，,。]{0,2}(是[^，,。评报]{0,8}|是?(按|走|凭)[^，,。]{0,6}(评|申报|报)[的嘞滴])?(大学生|本科|研究生|技术员|技术人员|专技人员|工程师|评委)|"
    r"[^，,。]{0,2}是?(按|凭)学历[^，,。]{0,3}(评|申报|报|走)[的嘞滴]"  # 其中2个是按学历走的
)  # (还有1个是按学历评的工程师 / 1份是按学历申报的工程师: a title by degree, not high-skilled)
_HEADS = re.compile(r"\s*(有|共|大概|差不多)?\s*\d+\s*[多来]?\s*(个)?人\s*")
_THE_SKILLED_COUNTED = re.compile(r"高级工|技师|技能人才|一线|师傅")
_THE_SKILLED = re.compile(r"\s*(都)?是(高)?技能人才")
_THE_REST = re.compile(r"(其他|其余|剩下)[^，,。]*")
_NOT_HIGH_SKILLED_BESIDE = re.compile(r"另外(还)?有[^。]*?(工程师|专技|大学生|本科|研究生|技术员)[^。]*")
_MORE = re.compile(r"又|再|补报|补交|新增|追加|多了|另有|另外(还)?有")
# 厂里就三个人会 / 就两个能焊: people able to do a piece of work, not applicants or a workforce
_ABLE = r"会(?![不吗么])|能(干|做|焊|修)(?![不吗么])|做得了|干得了"
_NOT_APPLYING_OR_ABLE = rf"(?![^，,。]{{0,2}}(报|申|参|{_ABLE}))"
# 1个评审组 / 1个评委会组建单位 / 带两个徒弟: a count of things or of others, not of applicants
_NOT_PEOPLE_AFTER = re.compile(
    r"[\u4e00-\u9fa5]{0,3}?系列|[\u4e00-\u9fa5]{0,6}?评审组|评委会|组|(自然)?年度|单位|企业|公司|厂|部门|问题|事|文件|通知|地方|专业|工种|职业|岗位|证|车间|班组|科室|工段|分厂|分公司|[微毫厘千]?米|公分|公斤|千克|吨|小时|钟头|项目|专利|奖|都想了解|都想问|都问|徒弟|学徒|孩子|娃|学生|人?("
    + _ABLE
    + ")"
)
# 职工八百多人 / 四十来个人: the enterprise's size, not its applicants
_WORKFORCE_BEFORE = re.compile(r"(职工|员工|工人|全厂|全公司|全单位|总共|规模)[有共约大概差不多]{0,4}$")
_JUDGES = re.compile(r"评委(?!会)|专家")
# (还有1个评委自己也报了 不算: a judge's own application, taken off)
_JUDGES_COUNTED = re.compile(
    r"\d+\s*(个|名|位)[^，,。\s]{0,8}(评委(?!会|自己|本人)|专家)(?![^，,。\s]{0,4}(报|交|申报))|(评委(?!会)|专家)[^，,。\s]{0,4}\d+"
)
# 评委4个 / 4个评委 / 4个是高技能人才评委: a count of judges, not of applicants.
_JUDGES_BEFORE = re.compile(
    r"(评委|专家)(库)?((里|中|当中|里面)[^，,。]{0,8}|那边)?(我们|咱们)?(就|都|已经)?(有|共|一共|其中|(准备|打算)?(请|聘请|邀请)了?)?\s*$"
)
# 还有2个评委是技能人才 不算: judges beside the applicants, said not to count (not 1个评委自己也报了: an applicant)
_JUDGES_LEFT_OUT = re.compile(
    r"(还有|另外)(?![^，,。]{0,4}份)[^，,。]{0,6}(评委(?!会)|专家)(?![^，,。\s]{0,4}(报|交|申报|自己|本人))[^报交。]{0,12}?不(算|计)"
)
_JUDGES_AFTER = re.compile(r"(是|为)?[^，,。；;申报名]{0,8}(评委|专家)")
_APPLYING = re.compile(
    r"申报|报名|(?<!提)交了|报了|报上来|报职称|参评|收到|收了|收齐|\d+\s*份|\d+\s*(个|名|位)?人报|报(正高|副高|中级|助理)|推荐名单|报[^，,。]{0,4}系列|"
    r"是评委(自己|本人)"  # 其中有个高级技师是评委自己: a judge's own application among those counted
)
_PAIR_COUNTS = {"俩": "2个", "仨": "3个"}
_PAIRS = re.compile(r"(?<![们])[俩仨]")


def _pairs_as_counts(text: str) -> str:
    """高级技师俩 / 仨技师: 2个, 3个 (not 他们俩: the two of them)."""
    return _PAIRS.sub(lambda pair: _PAIR_COUNTS[pair.group()], text)


_ABOVE_SCALE = re.compile(r"规模以上|规上|[进入升](的|了)?规")  # 去年刚进的规: became one
# 三十来个人 / 四十来个工人: a workforce of tens, said with the firm (not 三百多人, not applicants)
_FEW = (
    r"(?<![\d百千万])([1-9]\d?|几10|十几|[二三四五六七八][三四五六七八九]十|(?<![一二三四五六七八九])[二三四五六七八九]十)"
    r"\s*[来多]?\s*[个号]?(人|工人|员工|职工)"
)
_SMALL = re.compile(
    rf"{_FEW}的[^，,。]{{0,8}}(厂|公司|企业|作坊|合作社)|"
    # (三十来个人的配件厂)
    rf"(?<![\d百千万])[二三四五六七八九]?十来?\s*个?人的[^，,。]{{0,8}}(厂|公司|企业|作坊|合作社)|"
    rf"(厂|公司|企业|作坊|合作社)[^。？?\d]{{0,6}}?(就|才|只有|一共|总共|有|大概|差不多)?\s*{_FEW}{_NOT_APPLYING_OR_ABLE}|"
    rf"小企业|小微|微型|小型|小厂|细厂|小[^，,。]{{1,4}}(厂|店|院|馆|铺)|小公司|小作坊|规模以下|不是规模以上|不是规上|规上[^，,。]{{0,3}}不是|(?<!算)不算规上|(算|够)不上规上|(公司|厂|企业|单位|合作社|我们|咱们|俺们|他们|人家)[^，,。]{{0,3}}(才|就|只有)\s*[\d一二两三四五六七八九十百几]+\s*[来多]?\s*[个口]?人{_NOT_APPLYING_OR_ABLE}|规模不大|规模小|差(一)?点(点)?(就)?(到|才到|够|进)规上|还?没(到|进|达到|够)规上|不够规上|规下|没进规"
)


def _how_a_title_was_given(text: str, said: re.Match) -> bool:
    """我是厂里自己评的工程师: how the person's own title was given, not an evaluation to organise."""
    title_after = re.match(r"[^，,。]{0,2}的[^，,。]{0,4}(工程师|师|职称)", text[said.end() :])
    return bool(title_after and re.search(r"(我|俺|他|她)(是|有)[^，,。]{0,6}$", text[: said.start()]))


# 先跟你说一声，后面可能还要问单设评审组的事: a matter to be asked later, not yet the one asked
_ASKED_LATER = r"(后面|以后|回头|下次|改天)[^，,。]{0,3}(可能)?(还)?(要|会|再)?问[^，,。]{0,4}$"


def read(text: str, result: Extraction, pending_fact: str | None, known: dict) -> None:
    # 就是我们公司的首席技师，公司内部评的: in reply about honours, how the honour was given
    # (职称是助理工程师 九几年评的 那时候还是厂里自己评: how a title was given long ago)
    told_of_a_title = pending_fact in ("title_held", "title_obtained")
    self_evaluation = _SELF_EVALUATION.search(text) if pending_fact != "honours" and not told_of_a_title else None
    if self_evaluation and _how_a_title_was_given(text, self_evaluation):
        self_evaluation = None
    if self_evaluation and re.search(r"(不是|并非)[^，,。]{0,2}$", text[: self_evaluation.start()]):
        self_evaluation = None  # 问的是单设评审组，不是企业自主评审
    later = r"[^，,。]{0,6}(回头|以后|后面|下次|改天)再(说|问|讲)|[^，,。]{0,6}先不(问|说|管)"
    if self_evaluation and _PANEL.search(text) and re.match(later, text[self_evaluation.end() :]):
        self_evaluation = None  # 先问单设评审组吧 自主评审的事回头再说: the other matter put off
    both = (
        self_evaluation
        and _PANEL.search(text)
        and re.search(r"都想(问|了解|咨询)|两个都|两样都", text)
        and not re.search(r"先(问|说|了解|讲)", text)
    )
    if not both:  # (单设评审组跟自己评 都想问问: neither one is the matter yet)
        if said := self_evaluation:
            result.set("organiser_topic", "enterprise_self_evaluation", said.group())
        elif (said := _PANEL.search(text)) and not re.search(_ASKED_LATER, text[: said.start()]):
            result.set("organiser_topic", "separate_panel", said.group())
    asked_as_organiser = pending_fact in ("organiser_topic", "applicant_count", "enterprise_above_scale")
    about_organising = (  # 是规模以上的, said after the verdict to an organiser: still about the organising
        asked_as_organiser or known.get("track") == "organiser" or "organiser_topic" in result.updates
    ) or _ORGANISING.search(text)
    # 就四十来号人, in reply to whether the firm is above scale: a workforce of tens (not 是规上企业…一线技师和
    # 高级技师有四十多人: the skilled among them)
    few = re.search(_FEW, text) if pending_fact == "enterprise_above_scale" else None
    few = None if few and _THE_SKILLED_COUNTED.search(clause_at(text, few.start()).text) else few
    small = _SMALL.search(text) or few
    if (
        small
        and re.search(r"下面(还)?有|还有(个|一个|家)|另外(一)?(个|家)|那个不算", text[max(0, small.start() - 16) :])
        and (_ABOVE_SCALE.search(text, 0, small.start()) or re.search(r"还有|另外|那个不算", text))
    ):
        small = None  # 是规上…不过我们集团下面还有个小厂只有几十号人 那个不算: another firm
    # 规上是指…我不太确定 我问下财务…财务说是规模以上工业企业: what the one asked said settles it
    # (就是统计局说的那个规模以上工业企业吗: the bureau's definition, asked about; no one asked)
    told = re.search(r"(财务|会计|老板|领导|人事|统计(?!局))[^，,。…]{0,4}(说|讲|话(?=是|系))", text)  # (粤语 话)
    settled = told.end() if told and _ABOVE_SCALE.search(text, told.end()) else 0
    settled_text = " " * settled + text[settled:]
    small = small if small is None or small.start() >= settled else _SMALL.search(text, settled)
    size = small or _ABOVE_SCALE.search(settled_text)
    size_clause = clause_at(settled_text, size.start()).text if size else ""
    # 不清楚算不算规上 / 规上是啥标准 / 应该算规上吧，我得问问财务 (是不是要先去备案, said apart, does not count)
    # (规模以上是按啥认定嘞 营业额还是人数: how it is counted, asked)
    unsure = re.search(r"算不算|是不是|不清楚|不知道|不确定|说不准|按(啥|什么)", size_clause) or DEFINITION.search(
        size_clause
    )
    # 规上？是指产值两千万以上那个吗: the word asked about, right after it is said
    unsure = unsure or (size and re.match(r"[？?，,\s]*(是指|指的是|是不是指|你是说|就是)", text[size.end() :]))
    # 应该算规上吧，这个我得问问财务: said unsure (not 规上企业…不知道要具备啥条件？: a question of its own, nor
    # 人数还在统计，我们厂是规模以上: the count unsure, said before)
    # (主要问企业自己评 我们集团是规上企业: the matter named, not a hedge)
    hedged = not settled and any(
        kind_by_words(c.text) == UNSURE and not re.search(r"[？?]|啥|什么|怎么|吗|能不能|可不可以", c.text)
        for c in clauses(settled_text)
        if (size is None or c.end > size.start() or not re.search(r"人数|统计|几个人|多少人", c.text))
        and not (_SELF_EVALUATION.search(c.text) or _PANEL.search(c.text))
        and not re.search(r"不懂|不了解|搞不明白", c.text)  # (厂里就三十来个人…我们不懂这些: the rules not known)
    )
    if about_organising and size and not (unsure or hedged):
        result.set("enterprise_above_scale", small is None, size.group())
    if result.updates.get("organiser_topic") != "enterprise_self_evaluation":  # 技师高级技师两百多个: the workforce
        # 评的都是技师，有六个, said to an organiser after the verdict: the count, in the case already told
        after_the_verdict = pending_fact is None and known.get("track") == "organiser"
        # (今年有6个技师想评工程师 要不要给他们单独分个组: the applicants counted, with the panel asked about)
        panel_asked = result.updates.get("organiser_topic") == "separate_panel"
        asked = pending_fact == "applicant_count" or "applicant_count" in known or after_the_verdict or panel_asked
        _count(text, result, asked)
        _changed_since(text, result, known.get("applicant_count"))


_SAID_AFRESH = re.compile(r"现在|一共|总共|共有|改成|应该是|剩|还有")


def _changed_since(text: str, result: Extraction, known_count: int | None) -> None:
    """其中有一个后来说不报了 / 又补报了两个, said after the count was given: that count, less or more (not a
    count said afresh: 现在是6个)."""
    said = result.updates.get("applicant_count")
    counts_said = re.findall(r"\d+", text)  # (退回了1份 还剩4个: the count left, said outright)
    said_afresh = _SAID_AFRESH.search(text)
    if known_count and len(counts_said) >= 2 and not said_afresh and (both := _withdrawn_and_added(text)):
        result.set("applicant_count", known_count - both[0] + both[1], text)
        return
    if not known_count or said is None or said >= known_count or len(counts_said) != 1 or said_afresh:
        return
    if _WITHDRAWN.search(text):
        result.set("applicant_count", known_count - said, text)
    elif _MORE.search(text):
        result.set("applicant_count", known_count + said, text)


def _withdrawn_and_added(text: str) -> tuple[int, int] | None:
    """有两个调走了不报了 又补上来一个 / 有1份是重复的 1份资格审查没过退回了: how many were withdrawn and how many
    added, clause by clause — when every count said is one or the other."""
    counted = [(c.text, found) for c in clauses(text) if (found := re.findall(r"\d+", c.text))]
    if len(counted) < 2 or any(len(found) > 1 for _, found in counted):
        return None  # (6个里头有1个材料不全: the count, then one of it, in one clause)
    less = [int(found[0]) for said, found in counted if _WITHDRAWN.search(said)]
    more = [int(found[0]) for said, found in counted if _MORE.search(said) and not _WITHDRAWN.search(said)]
    return (sum(less), sum(more)) if len(less) + len(more) == len(counted) else None


def _of_applicants(clause: str, match: re.Match) -> bool:
    """Not judges (评委9个), things (1个评审组), a rule's threshold (5人以上 / 含5人 / 这个5人是指), the
    workforce (职工八百多人), a denied count or a number of years."""
    before, after = clause[: match.start()], clause[match.end() :]
    judges = _JUDGES_BEFORE.search(before) or _JUDGES_AFTER.match(clause, match.end())
    things = (
        _NOT_PEOPLE_AFTER.match(clause, match.end())
        or re.match(r"\s*人?(以上|以下|及以上|以内|是指|指的是)", after)
        or re.search(r"(含|包括|多于|超过|不少于|至少|这个|那个|要到|要满|(?<![已都])满|够|达到)\s*$", before)
        or re.search(r"(文件|规定|政策)[^，,。]{0,4}(说|写|规定)的?\s*$", before)  # 云南那个文件说的5人: the rule's
        or re.search(r"费\s*$", before)  # 评审费一个人多少钱: a fee per head
        # 技能等级评价跟职称评审能同时搞不 两个都报: both of the things named, not two people
        or (
            match.group(1) == "2"
            and not re.search(r"有\s*$", before)
            and re.match(r"\s*都(想)?(报|搞|弄|评|考|申请)", after)
        )
        or (re.search(r"是\s*$", before) and "还是" in after)  # 是5个技能人才还是全部申报的人: what it counts
    )
    workforce = _WORKFORCE_BEFORE.search(before) and not _APPLYING.search(clause)
    return not (
        judges
        or things
        or workforce
        or _DENIED_COUNT.search(before)
        or re.match(r"年|月|优秀|合格|基本|称职", after[:2])
    )


def _at_least(match: re.Match) -> str:
    return "100" if match.group(2) else f"{cn2an.cn2an(match.group(1), 'smart')}个"


_IN_AGAIN = r"(补交|交回|交上|提交|递交|补上|交了)"  # files handed in again
_RESUBMITTED = re.compile(rf"退[^，,。]{{0,4}}(又|重新|后来){_IN_AGAIN}")
# 其中3份退回去了 退回的有1份又交回来了: of those taken off, some came back — counted again
_TAKEN_OFF_AND_BACK = re.compile(
    rf"^\s*(被)?退(回|了)?(去|来)?的[^，,。\d]{{0,3}}(?P<count>\d+)\s*(份|个)[^，,。]{{0,3}}(又|重新|后来){_IN_AGAIN}"
)


def _named_again(clause: str) -> tuple[int, str] | None:
    said = re.match(r"[^，,。\d]{0,4}?(\d+)\s*(个|份|名|位)(里头|里面|当中)", clause)  # (收到的7份里头)
    return (int(said.group(1)), clause) if said else None


_BACK_AGAIN = re.compile(rf"(\d+)\s*(个|份|名|位)[^，,。\d]{{0,8}}?(又|重新)[^，,。]{{0,3}}{_IN_AGAIN}")
_ONE_PERSONS_FILES = re.compile(r"(?:(\d+)\s*个?|(?<=有)个)人[^，,。\d]{0,4}(交|报)了\s*(\d+)\s*份")  # (有个人交了两份)
_FILES_OF_ONE = re.compile(r"(\d+)\s*(份|个)[^，,。\d]{0,6}同(一|1)个?人")
_FILES_DESCRIBED = re.compile(r"\s*(\d+\s*份[^，,。\d\s]{1,4}\s*){2,}")


def _files_accounted(clause: str, said: tuple[int, str] | None) -> tuple[int, str] | None:
    """A clause that changes the count said before without a new count of its own: 其中2个又交回来了 (two of
    those sent back are in again), 还有1个人交了两份 / 有2份是同一个人的 (one person's files, counted once),
    一份电工一份钳工 (those files described)."""
    if said is None:
        return None
    if (back := _BACK_AGAIN.search(clause)) and not _WITHDRAWN.search(clause):
        return said[0] + int(back.group(1)), clause
    if one := _ONE_PERSONS_FILES.search(clause):
        return said[0] - int(one.group(1) or 1) * (int(one.group(3)) - 1), clause
    if (one := _FILES_OF_ONE.search(clause)) and int(one.group(1)) > 1:
        return said[0] - int(one.group(1)) + 1, clause
    return said if _FILES_DESCRIBED.fullmatch(clause) else None


_NOT_YET = re.compile(
    r"可能|也许|估计|还没定|不确定|还在确认|待确认|还要确认|说不准|犹豫|考虑|不一定|在路上|在想报不报|报不报|说(也|还)?(要|想)报|的话|的情况(?!比较|是|如下|[：:])|如果|假如|要是|这周|下周|还没交|未交|还在准备|在准备|没交上来|在补充|补充中|在补|说.{0,4}交|一模一样|完全一样|完全相同"
)


def _not_a_count_yet(clause: str) -> bool:
    """下周可能还有两三个: not a count yet (估计七八个: a rough count, the lower bound; 两份材料一模一样: the
    duplicate described)."""
    return bool(_NOT_YET.search(clause)) and not re.search(r"(估计|大概)(有|是)?(个)?\s*\d+\s*(个|名|位|人)", clause)


def _counts_said_afresh(clause: str) -> list[re.Match]:
    """Counts in the clause, not 这9份里有1份…退回去了 / 8个里头有1个… (the count said before, named again)."""
    return [
        m
        for m in _COUNT.finditer(clause)
        if not (re.search(r"(这|那)\s*$", clause[: m.start()]) or re.match(r"(里头|里面|当中)", clause[m.end() :]))
    ]


def _last_count(text: str) -> tuple[int, str] | None:
    """The last count of applicants said, with what is added (又补报了2个) or taken off (退回3份)."""
    said, replaced = None, None  # (the count a correction replaced)
    parts = clauses(_pairs_as_counts(text))
    back = sum(int(m.group("count")) for c in parts if (m := _TAKEN_OFF_AND_BACK.search(c.text)))
    # (另有2份退回后又补交了: the count stands)
    parts = [c for c in parts if not (_RESUBMITTED.search(c.text) or _TAKEN_OFF_AND_BACK.search(c.text))]
    for index, clause in enumerate(parts):
        following = parts[index + 1].text if index + 1 < len(parts) else ""
        # 其中一个是在读研究生 不是技能人才: taken off, said in the clause after the count
        taken_off = _WITHDRAWN.search(clause.text) or re.match(r"(不是|不符合|不合格|没过|没通过|被退)", following)
        accounted = _files_accounted(clause.text, said)
        if accounted is not None or (_not_a_count_yet(clause.text) and not taken_off):
            said = accounted or said
            continue
        # 报了12个 我们是规上企业 一千多人: the firm's size, said on its own after the firm
        size = index and re.search(r"企业|公司|厂|单位", parts[index - 1].text) and _HEADS.fullmatch(clause.text)
        afresh = _counts_said_afresh(clause.text)
        said = said or _named_again(clause.text)  # 7个里头有一个是按学历报的: the count, then those taken off
        for match in afresh[: 1 if taken_off and said else None]:
            others = _OTHERS.match(clause.text, match.end())  # 另外12个是本科毕业的技术员: not high-skilled
            # (1份是评委自己的 不算: a judge's own file among those received)
            if size or not (_of_applicants(clause.text, match) or (others and said)):
                continue
            count = int(match.group(1))
            later = " ".join(c.text for c in parts[index + 1 : index + 3])
            among = re.search(r"(其中|里头有?|里面有?)\s*$", clause.text[: match.start()])  # 其中2份是技术员的
            has_some = re.match(r"\s*有\s*$", clause.text[: match.start()])  # 收了9份 有1份是按学历报的工程师
            # 另外我们有两个工程师也想报 / 十个 另有3名是工程师 不算: not among them (另有1份是评委自己的: a file among
            # those received)
            beside = re.search(r"另外", clause.text[: match.start()]) or (
                re.search(r"另有\s*$", clause.text[: match.start()]) and "份" not in match.group()
            )
            # (另外1个说今年不报了: one of them, withdrawn)
            another = beside and not re.search(r"不报|退|撤|走了|调走|重复", clause.text)
            if (
                others
                and said
                and not beside
                and (taken_off or among or has_some or re.search(r"不算|不能算|不计", later))
            ):
                said = (said[0] - count, clause.text)  # 报上来12个 有两个是大学生…不算: ten left
                continue
            # (就是5个 不过有一个下个月要退休了 可能不报了: one of the five, still counted)
            one_of_them = (
                said and not taken_off and re.match(r"\s*(不过|但是?|可是)\s*有\s*$", clause.text[: match.start()])
            )
            # (一共报了12个 其中8个是技能人才: those counted are the skilled ones)
            said = (count, clause.text) if among and said and _THE_SKILLED.match(clause.text, match.end()) else said
            if others or (among and said and not taken_off and not _THE_REST.search(text)) or one_of_them:
                continue  # (申报5人，其中2名是高级技师: some of those counted; not …其他都是大学生: the rest are not)
            if said and _MORE.search(clause.text[: match.start()]) and not taken_off:
                count += said[0]  # 原来报了4个，昨天又补报了2个: six in all (not 又有2个调走不报了)
            elif (
                said
                and taken_off
                and (
                    count >= said[0]
                    or another
                    or re.search(r"不算在(里面|内)|不在(里面|内)", clause.text)
                    or replaced == said[0] + count  # 报了11个 不对 10个 有1个是重复报的: why it was put right
                )
            ):
                continue  # 另外普通专技人员的四十多份不算在里面 / 另外还有1个是按学历评的: others, never among them
            elif said and taken_off:
                count = said[0] - count  # 收到12份，资格审查退回3份: nine left
            put_right = CORRECTION.search(parts[index - 1].text if index else "") or CORRECTION.search(clause.text)
            replaced = said[0] if said and put_right else None
            said = (count, clause.text)
    return (said[0] + back, said[1]) if said and back else said


# where applicants came from, counted part by part (综采队报了4个 机电队报了3个)
_PART = r"车间|班组|分厂|分公司|部门|工段|科室|那边|这边|(?<=[\u4e00-\u9fa5]{2})[队部]"  # (仓储部报了3个 运输部4个)
_BY_LEVEL = (  # 技师三个，高级技师两个 / 三名技师一名高级技师: the level after its count or before it
    # (技师报了5个 高级技师3个)
    re.compile(r"(?:高级工|技师|高级技师)(?:的材料|的申报材料)?\s*(?:有|报了|交了)?\s*(\d+)\s*(?:个|名|位|人|份)"),
    re.compile(r"(\d+)\s*(?:个|名|位)[\u4e00-\u9fa5]{0,4}?(?:高级工|技师|高级技师)"),  # 2个电工技师
    re.compile(r"(\d+)\s*(?:个|名|位)(?:报|申报)(?:正高|副高|中级|助理)"),  # 两个报正高四个报副高
    re.compile(r"报[^，,。\d]{1,8}?的(?:有|是)?\s*(\d+)\s*(?:个|名|位|人|份)"),  # 报技师评工程师的有4个
    re.compile(rf"(?:{_PART})(?:报了|报|有|交了)?\s*(\d+)\s*(?:个|名|位|人|份)"),  # 一车间报了3个，二车间2个
    # 综采的4个 井下作业的3个 另有2名通风的 / 输电3个 变电2个: counted by the work each does
    re.compile(r"(?:^|(?<=[\s，,、]))[\u4e00-\u9fa5]{2,4}?[的嘞]\s*(\d+)\s*(?:个|名|位)"),
    re.compile(
        r"^\s*(?!其中|还有|另外|今年|去年|目前|现在|合起来|加起来|合计)(?:(?![了又再报交收退走来共计有是就才只这那次刚正恰好约概多少几])[\u4e00-\u9fa5]){2,3}?"
        r"(\d+)\s*(?:个|名|位)\s*$"
    ),
    re.compile(r"另有\s*(\d+)\s*(?:个|名|位)[\u4e00-\u9fa5]{2,3}[的嘞]"),
    re.compile(
        r"(?:报上来|报了|报上)[的了]?[\u4e00-\u9fa5]{2,3}?(\d+)\s*(?:个|名|位)\s*$"
    ),  # 今年报上来电工3个 焊工2个
    # 报正高的有2个，报副高的3个 / 报正高2份、副高3份 / 报工程系列中级的有4个: counted by the level each applies
    # for (副高3个正高2个: one count right after another)
    re.compile(
        r"(?:(?<=[报、，,：:])|(?<=\d[个名位人份])|(?<=系列)|^)\s*(?:正高|副高|中级|助理)级?[的嘞]?(?:技能人才|人)?(?:还有|有)?\s*(\d+)\s*"
        r"(?:个|名|位|人|份)"
    ),
)


def _counts_by_level(text: str) -> int | None:
    """技师三个，高级技师两个: counts said level by level, in reply to how many, add up — not those said to have
    withdrawn (还有2个报助理的后来撤了), less duplicates among them (其中有1份是重复提交的)."""
    # 其他是普通专技人员 / 另外还有两个是工程师转过来的，那两个不算: the others, not taken off
    kept = _NOT_HIGH_SKILLED_BESIDE.sub("", _THE_REST.sub("", _pairs_as_counts(text)))  # 技师五个 高级技师俩
    counted: list[str] = []
    first_clause_counts = None  # (报工程师的有五个 机电队三个综采队两个: the total, then its parts)
    taken_off = 0
    for clause in clauses(kept):
        counts = max((pattern.findall(clause.text) for pattern in _BY_LEVEL), key=len)
        among = re.search(
            rf"(其中|里头|里面|后来|{_PART}|^\s*又?有)[^，,。]{{0,3}}(\d+|(?<=有)(?=个))\s*(个|份|人)", clause.text
        )
        if _not_a_count_yet(clause.text) and not _WITHDRAWN.search(clause.text):
            continue  # (二车间还有两个技师说也要报，材料这周交: not applicants yet; not 有一个材料退回去了还没交回来)
        if not _WITHDRAWN.search(clause.text):
            # (综采的3个 机电的2个 后来又补报了1个: one more, beside those counted)
            added = re.search(r"补报|补交|补了|补上|追加|新增", clause.text)
            more = re.search(r"(\d+)\s*(?:个|名|位|份)", clause.text) if added else None
            counted += [more.group(1)] if more and not counts else counts
            if first_clause_counts is None and counted:
                first_clause_counts = len(counted) if re.search(r"的有|一共|总共|共有|合计", clause.text) else 0
        elif among:  # 其中有1份是重复提交的 / 二车间有1个材料退回去以后没再交 / 有1个材料退回去了: taken off
            # 其中有个…: one (报了6个，其中1个是按学历报的…3个技师2个高级技师: the levels counted after are those left)
            taken_off += int(among.group(2) or 1) if counted else 0
        elif re.match(r"\s*(还有|另外)", clause.text):
            continue  # 还有1个材料退回去了没补: one beside those counted, not among them
        elif not counts and re.search(r"\d", clause.text):
            return None  # 收到9份，退回了2份: netted as said, not level by level (还有个助理工程师不算: one beside)
    total = sum(int(n) for n in counted)
    if first_clause_counts == 1 and len(counted) > 2 and total == 2 * int(counted[0]):
        total = int(counted[0])  # the total said first, then its parts
    return total - taken_off if len(counted) > 1 else None


_TOTAL = re.compile(r"(统共|一共|总共|共计|总计|合计|加起来|那就是?|就是)\s*(\d+)\s*[个人名份位]")


def _the_total_said(text: str) -> tuple[int, str] | None:
    """统共5个 仨技师俩高级技师 / 又多了2个…同埋1个… 即系6个: a total said outright, when the counts said after it
    are its parts or there are none (not 一共20个，其中技能人才8个: those counted among them)."""
    # (我们评委一共9个: the judges, not those applying)
    totals = [t for t in _TOTAL.finditer(text) if not re.search(r"(评委|专家|委员)[^，,。\d]{0,4}$", text[: t.start()])]
    total = totals[-1] if totals else None  # (一共九个 有俩…不算 那就七个: the total said last)
    if not total or re.search(r"其中|剩下|剩|里头|里面|当中|不算|不是|退|撤", text[total.end() :]):
        return None  # (一共12个人 其中3个是推去当评委的 剩下9个…: those left are counted)
    after = [int(n) for n in re.findall(r"\d+", _pairs_as_counts(text[total.end() :]))]
    return (int(total.group(2)), total.group()) if not after or sum(after) == int(total.group(2)) else None


def _count(text: str, result: Extraction, asked: bool) -> None:
    """6个 / 五个，算上我 / 是8个不是6个: a head count, said by an organiser, asked for, or corrected.
    The last count said wins (一共20个，其中技能人才8个 / 又来了两个，现在是6个), one said as more is added
    (原来4个，又补报了2个 → 6); a count of judges
    (评委9个，里头4个是技能人才) is not one of applicants."""
    received = re.search(r"收(了|到)\s*\d+\s*份", text)  # 收了6份…的材料: applications received
    # (我们是曲靖的人社局 电工3个 焊工2个: an office that organises reviews, counting before it names its matter)
    if not (asked or _ORGANISING.search(text) or received or _AN_ORGANISING_OFFICE.search(text)):
        return
    text = _JUDGES_LEFT_OUT.sub(lambda judges: " " * len(judges.group()), text)
    if _JUDGES.search(text) and not _APPLYING.search(text):
        return
    # 正好5个 算不算5人以上, in reply to how many: the count said first, then the threshold asked
    if asked and (first := re.match(r"\s*(正好|刚好|恰好)\s*(\d+)\s*(个|名|位)人?[\s，,]", text)):
        result.set("applicant_count", int(first.group(2)), first.group())
        return
    # 正好5个人算不算‘5人以上’: the threshold asked about, not a head count (5个 正好5个算不算… / 申报了5个 正好5个
    # 算不算…: the count said before it stands)
    text = re.sub(
        r"(正好|刚好|恰好)\s*\d+\s*(个|名|位)?人?[^，,。\d]{0,2}算不算[^，,。\d]{0,4}\d+\s*(个|名|位)?人?以上|"
        + AT_THE_THRESHOLD,
        " ",
        text,
    )
    if asked and (bare := bare_number(text)) is not None:
        result.set("applicant_count", bare, text)  # 3 / 十二, in reply to how many
        return
    if asked and (summed := re.search(r"[=＝]\s*(\d+)", text)):
        result.set("applicant_count", int(summed.group(1)), summed.group())  # 俩技师 + 仨高级技师 = 5: the sum
        return
    if re.match(r"[^，,。\d]{0,4}还在统计[\s，,。]*(估计|大概)", text):
        return  # 还在统计 估计七八个: still being counted, a guess (not 七八个吧 还在统计: the count, then a caveat)
    text = re.sub(  # 十好几个 / 二十好几个: at least ten, twenty
        r"([二三四五六七八九]?)十好几(?=个|人|名)",
        lambda m: f"{'一二三四五六七八九'.find(m.group(1) or '一') + 1}0",
        text,
    )
    # 石家庄这边一个工程系列评委会的: "a" panel, the speaker's office, no head
    text = re.sub(
        r"(?<![\d])(一|1)个(?=[^，,。\d]{0,10}(评委会|委员会|办公室|单位|公司|企业|厂|学校|部门)的)", "  ", text
    )
    text = _ROUGH_COUNT.sub(_at_least, text)  # 七八个 → 7个, 十一二个 → 11个, 上百人 → 100人
    text = re.sub(r"(?<=有)个(?=是)", "1个", text)  # 还有个是按学历报的: one
    # (我们是红河州这边一个评委会 / 我们是曲靖一个煤矿集团的人力资源部: the organiser itself, not an applicant)
    text = re.sub(
        r"\d+\s*[个家](?=(州级|市级|省级)?(评委会|评审委员会|协会|企业|公司|单位)|[^，,。\d\s]{0,4}(集团|公司|企业)的)",
        " ",
        text,
    )
    said = _last_count(text)
    # (另外请了3个高级技师来当评委: judges counted; not 另外有个评委自己也交了 不算, one file taken off)
    by_level = None if _JUDGES_COUNTED.search(text) else _counts_by_level(text)
    # …一个高级技师一个技师…那就是5个 / 综采的3个 机电的2个 后来又补报了1个 一共6个: the total said
    total = re.search(r"(那就是|合计|加起来)\s*\d|(一共|总共|共计)\s*\d+\s*[个人名份位]?[\s。吧啊]*$", text)
    if by_level is not None and (asked or said is None or by_level > said[0]) and not (said and total):
        said = (by_level, text)  # 技师三个，高级技师两个 / 三名技师一名高级技师: counted level by level
    said = _the_total_said(text) or said
    if said and (asked or said[0] > 1):  # 我单位一名高级技师…该同志能否: one person's case, not a head count
        result.set("applicant_count", *said)
