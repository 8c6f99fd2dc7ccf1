"""Where the person applies, the series they want and the exam they would sit, as the message says
them: a place only where one works or applies (not where one comes from, visited or took an
exam), a series only when chosen (not weighed against another), an exam only when named as one
(not 我是会计 as a job, nor 中级会计师 as the title held)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from assistant.reading.away import LEFT_THE_WORK
from assistant.reading.clauses import CORRECTION, QUESTION, Clause, about_the_person, asked_alone, clause_at, clauses
from assistant.reading.dates import EVENT_DATE
from assistant.reading.mentions import DENIED, HELD, WANTED, role, titles
from assistant.reading.people import KIN
from assistant.reading.replies import UNSURE, kind_by_words
from corpus.lexicon import LexiconMatch, load_lexicon
from rules import load_parameters

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

_OTHER_PROVINCE = re.compile(r"外省|其他省|别的省|省外|不是云南|不在云南|非云南")
_OTHER_SERIES = re.compile(r"其他系列|别的系列|其它系列")
# (not 这么多系列; 想评轻工那个系列: the series, then 那个)
_SERIES_WORD = re.compile(r"((?![么多几])[\u4e00-\u9fa5]{2})(?<![的些个种么啥哪子那这是多几])(那个|这个)?系列")
_NOT_SERIES = {
    "就是",
    "对应",
    "随便",
    "反正",
    "好像",
    "可能",
    "应该",
    "算啥",
    "申报",
    "评审",
    "职称",
    "哪些",
    "什么",
    "哪个",
    "这个",
    "那个",
    "其他",
    "其它",
    "别的",
    "贯通",
    "所有",
    "各个",
    "啥叫",
    "叫啥",
    "啥子",
    "什子",
    "哪样",
    "哪种",
    "没有",  # 厨师有没得系列: asked whether there is one
    "没得",
}
_PLACE_GONE_TO = re.compile(r"(去|到|跑|回)[^，,。]{0,2}$")
_PLACE_BEEN_IN = re.compile(r"在[^，,。]{0,2}$")
_VISIT_AFTER = re.compile(
    r"^[^，,。]{0,6}(打工|打了|干了|做了|干过|做过|跑了|待了|呆了|当了|出差|旅游|比赛|参赛|开会|培训|学习|学了|送|援建|支援|挂职|"
    r"种了|种地|种田|歇了|养病|带娃|带孩子|照顾|伺候|陪|领(的|了)?奖)"
)
_STAY_AFTER = re.compile(r"^[^，,。]{0,6}(打了|干了|跑了|待了|呆了|出差|旅游)")
_EXAM_CUE = re.compile(r"考|报|资格|证|考试")
_ISSUER_AFTER = re.compile(r"(省|市|州)?(人民政府|政府|人社局|人社厅|认定|评的|发的|颁发)")
# 回老家南充 / 在老家河南开铲车: and works there
# 户口在… / 你们这个政策是云南的吧: where one comes from, or whose policy it is — not where one applies
_NOT_WHERE_BEFORE = re.compile(
    r"(?<![回在])(户口|老家|籍贯|户籍)[^，,。]{0,4}(在|是)?$|(?<![我俺])(屋里|家里|屋头|屋企)(是|在)$|(政策|文件|规定)(是|属于)$|"
    r"证(书)?是?在$"  # 浙江 不过证是在江西老家考的: where the certificate was got
)
# 在陕西榆林上班 不过厂子总部在内蒙古鄂尔多斯: where the firm is run from, set against where one works (not 我们集团
# 总部在昆明, the only place said)
_HEAD_OFFICE_BESIDE = re.compile(r"(不过|但是?|可是?)[^，,。]{0,4}总部(设)?(在|是)\s*$")
_SERIES_CONTEXT = re.compile(
    r"系列|(?<![不别])(?<!不是)评.{0,6}职称|不是考试|评审那种"
)  # 不评职称了，想考经济师: an exam


_AWAY_ASKED = ("technical_work_interrupted", "technical_work_gap_years")
# 厂里说是评茶叶加工工程师: a title as others name it, said for its series
NAMED_BY_OTHERS = re.compile(r"(说|讲)(是|就是)?评?[^，,。\s]{0,6}$")


def read(
    text: str, matches: list[LexiconMatch], result: Extraction, pending_fact: str | None, in_context: bool
) -> None:
    """The province, series and exam the message names, each only where it is the person's own."""
    exams_as_series = bool(_SERIES_CONTEXT.search(text))
    # 我是技校老师，想考教师资格证: the job named beside an exam is not a series to be evaluated in
    exam_named = not exams_as_series and any(m.entry.kind == "exam" for m in matches)
    # (想考中级会计师 这个跟评会计师是一回事不: the exam wanted, then a title compared with it)
    exam_wanted_apart = any(m.entry.kind == "exam" and not clause_at(text, m.start).comparison for m in matches)
    for before, match in zip([None, *matches], matches, strict=False):
        entry, clause = match.entry, clause_at(text, match.start)
        kind, _ = role(text, match, clause.start)
        if kind == DENIED:
            continue
        # (贵州跟云南政策一样不: a comparison; 文昌那个发射塔架的安装我们班组全程参与的, asked about a contribution:
        # where the project was)
        placed = (
            (pending_fact not in ("honours", "major_contribution") or _where_one_is_told(text, matches, pending_fact))
            and not clause.comparison
            and not _set_beside_another_place(text, match, matches)
        )
        # 成都龙泉: a place named right after the one it lies in (not Zhejiang's 龙泉)
        inside = (
            before is not None
            and before.entry.kind in ("province", "city")
            and match.start - before.end <= 1
            and not _a_bureau_before_its_section(text, before, matches)
        )
        if (
            entry.kind in ("province", "city")
            and placed
            and not inside
            and not _a_bureau_before_its_section(text, match, matches)
            and not _gone_to_while_away(text, match, clause, pending_fact)
            and _where_they_apply(text, match)
        ):
            # 享受州政府津贴，就是楚雄州的: in reply about honours, a place is who gave the honour
            result.set("province", entry.canonical, match.surface)
        elif entry.kind == "series" and about_the_person(clause, in_context) and not (kind == HELD and exam_named):
            # (广播电视系列 工程技术那块: the series named as one, then the kind of work in it)
            named_as_one = result.spans.get("series", "").endswith("系列") and not match.surface.endswith("系列")
            if _a_series_said(text, match, kind, pending_fact) and not named_as_one:
                result.set("series", entry.canonical, match.surface)
        elif entry.kind == "exam" and _an_exam_named(text, match) and not (clause.comparison and exam_wanted_apart):
            _exam_or_series(text, match, kind, exams_as_series, pending_fact, result)
    _places_and_series_said_otherwise(text, matches, result, in_context)
    _applying_where_they_are(text, matches, result)
    _exam_decided(text, matches, result)
    if pending_fact == "series":
        _series_in_reply(text, matches, result)


def _a_bureau_before_its_section(text: str, match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    """成都局重庆工务段: the railway bureau's city, then the section's, where the person works."""
    bureau = re.match(r"(铁路)?局", text[match.end :])
    if bureau is None:
        return False
    return any(m.start == match.end + bureau.end() and m.entry.kind in ("province", "city") for m in matches)


def _applying_where_they_are(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """我在东莞打工 屋头是湖南嘞 不过就在这边报: the place they are at, not their home, when they apply "here";
    回贵州报 我人在浙江打工: the place they go back to apply in."""
    applied_in = [
        m
        for m in matches
        if m.entry.kind in ("province", "city")
        and re.search(r"(回|回到|回去)$", text[: m.start])
        and re.match(r"(那边|老家)?(报|申报|评)", text[m.end :])
    ]
    if applied_in and not re.search(r"可能|还没定|没想好|或者|还是", text):
        result.set("province", applied_in[-1].entry.canonical, applied_in[-1].surface)
        return
    # (人在东莞打工 户口在江西赣州 准备回老家那边报: home named, then gone back to apply)
    home = [
        m
        for m in matches
        if m.entry.kind in ("province", "city")
        and re.search(r"(户口|老家|籍贯|户籍)(是|在)[^，,。\s]{0,4}$", text[: m.start])
    ]
    if home and re.search(r"回(老家|家乡|户口)(那边|那里|那儿)?(报|申报|评)", text[home[-1].end :]):
        result.set("province", home[-1].entry.canonical, home[-1].surface)
        return
    here = re.search(r"(在|喺)(这边|这里|这儿|这|呢边|呢度)(报|申报|评)", text)  # (喺呢边报: Cantonese)
    if here is None or re.search(r"可能|还没定|没想好|或者", text):
        return  # (可能在这边报也可能回老家报 还没定: not decided)
    places = [
        m
        for m in matches
        if m.entry.kind in ("province", "city")
        and m.end <= here.start()
        and not re.search(
            r"(户口|老家|屋头|屋企|家)(是|在|系|喺)[^，,。\s]{0,4}$|证是?在$", text[: m.start]
        )  # 户口在陕西榆林
    ]
    if places:
        result.set("province", places[-1].entry.canonical, places[-1].surface)


_SAME_WORKPLACE = re.compile(
    r"(同[一1]?[个家]|[一1]个)(厂|矿|单位|公司|医院|车间)|(跟|和)(他|她)[^，,。]{0,3}([一1]个|一起|同[一1])"
)


def _gone_to_while_away(text: str, match: LexiconMatch, clause: Clause, pending_fact: str | None) -> bool:
    """中间克深圳打了两年工, asked about time away / 中间去新疆摘了两个月棉花, in reply to anything: where they went
    while away, not where they apply."""
    went = re.search(
        r"(去|克|到|跑)(了)?([\d一二两三四五六七八九十半]+\s*个?(年|月))?[^，,。]{0,2}$", text[: match.start]
    )
    # (去打了两年工 在东莞: where the spell said just before was spent)
    went_before = re.search(r"在$", text[: match.start]) and re.search(
        r"去[^，,。]{0,6}(打|干|做|跑)", text[: clause.start]
    )
    return bool((went or went_before) and (pending_fact in _AWAY_ASKED or LEFT_THE_WORK.search(clause.text)))


_FAMILY = re.compile(rf"(?<![他她])(?:(?:我|俺|额)家?)?(?:{KIN})")  # 俺媳妇 / 我妈 (not 她老公)


def the_speakers_workplace(text: str, own_words: str, result: Extraction) -> None:
    """我是曲靖一家化工企业人力资源部的，我们有个化工总控工小杨…: HR speaking for someone at their own firm — the
    firm's place is where that person applies; 我男人在铜仁锰厂…我自己在同一个厂 (`own_words`, the words about the
    one asked): the place of the workplace shared; 俺是潍坊的 俺媳妇是高级工: the family's place."""
    shared = _SAME_WORKPLACE.search(own_words)
    family = _FAMILY.search(text)
    for match in load_lexicon().find(text):
        own_firm = re.search(r"(我是|我们|俺们|咱们)[^，,。]{0,3}$", text[: match.start]) and re.match(
            r"[^，,。]{0,8}(企业|公司|厂|集团|单位|矿|医院|电站)", text[match.end :]
        )
        from_there = re.search(r"(我|俺|额)(们)?是\s*$", text[: match.start]) and re.match(
            r"人?(的|嘞|哩)", text[match.end :]
        )
        if match.entry.kind in ("province", "city") and (own_firm or shared or (family and from_there)):
            result.set("province", match.entry.canonical, match.surface)
            return


def _series_in_reply(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """In reply to which series: 农业那块吧 农艺师那种 (the kind of title, not a level) / 交通运输那块 (a series as
    named) / 经济 (the 经济 series, not its exam)."""
    a_kind = re.search(r"那种|那类|之类|那个系列|那个\s*$|那一?路|那一?块|那一?挂", text) and not re.search(
        r"想|报|申|(^|[\s，,。])评[^，,。]{1,6}(能|可以|行|中)[^，,。]{0,2}(不|吗|么)", text
    )  # (兽医那块 评兽医师能中不: a title asked for)
    if a_kind or re.search(r"师(的)?(那种|那类|之类)", text):  # 想评卫生系列，中药师那种: the kind of title
        for name in ("target_level", "title_held"):
            result.updates.pop(name, None)
    if re.search(r"(就是|是说)[^，,。]{1,8}(那种|那类|之类)", text):
        result.updates.pop("title_held", None)  # 想评农业系列，她说就是农艺师那种: the kind of title, not one held
    _series_of_a_kind_of_title(text, matches, result)
    named = re.match(r"\s*(就是)?([\u4e00-\u9fa5]{2,4}?)(那块|这块|那一块|这一块|方面|那边|那个(?!系列))", text)
    fits_none = re.search(r"(哪个|哪一个|都)[^，,。]{0,2}(不沾边|不挨边|不搭边|对不上|不是|不对)", text) or re.search(
        r"(属于|算|归|是)(啥子?|什么|哪个|哪)个?系列", text
    )
    # 育婴这块好像哪个都不沾边 / 工程农业嗰啲都唔啱 / 养老这块属于啥子系列哦 卫生？: none, or asked
    if "series" not in result.updates and named and named.group(2) not in _NOT_SERIES and not fits_none:
        result.set("series", named.group(2), named.group())
    # (经济吧 我们这个不是新职业嘛: the series, then something else)
    first = next(iter(clauses(text)), None)
    bare = first and re.fullmatch(
        r"\s*(评)?([\u4e00-\u9fa5]{2,4}?)(系列)?(的|吧|呗|嘛|啊|撒|呀)?[。！!]?\s*", first.text
    )
    if "series" not in result.updates and bare and bare.group(2) in _exam_names():
        result.set("series", bare.group(2), text)
    # 经剂 就是经济师: the title an exam gives, named for its series (not 经济师或者会计师: not decided)
    titled = [m for m in matches if m.entry.kind == "exam" and m.surface.endswith("师")]
    if "series" not in result.updates and len(titled) == 1 and not re.search(r"或者|还是|或", text):
        result.set("series", titled[0].entry.canonical, titled[0].surface)


def _series_of_a_kind_of_title(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """就是农艺师那种 / 厂里说是评茶叶加工工程师, in reply to which series: that title's series (not 中药师那种 还是说
    只能评工程: not settled)."""
    kind = next((m for m in matches if m.entry.kind == "series_title" and m.entry.series), None)
    if kind is None or "series" in result.updates or re.search(r"还是", text[kind.end :]):
        return
    if re.match(r"(的)?(那种|那类|之类)", text[kind.end :]) or NAMED_BY_OTHERS.search(text[: kind.start]):
        result.set("series", kind.entry.series, kind.surface)


@cache
def _exam_names() -> frozenset[str]:
    return frozenset(entry.canonical for entry in load_lexicon().entries if entry.kind == "exam")


def _exam_decided(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """Of two exams named, the one said after a correction (先考统计吧 哦不 还是审计); none when both are wanted
    or it is not decided (还没想好，会计和经济都想考)."""
    exams = [m for m in matches if m.entry.kind == "exam"]
    if len(exams) < 2 or "exam" not in result.updates:
        return
    # 不是会计 / 经济师以后再说: set aside
    said = [
        m
        for m in exams
        if role(text, m, clause_at(text, m.start).start)[0] != DENIED
        and not re.match(r"\s*(以后|之后|回头)再说|[^，,。\s]{0,5}(太|很|挺|不好|难|没人)", text[m.end :])
        and not re.search(r"还是(说)?只能(考|报)?(个|一个)?$", text[: m.start])
    ]  # (统计太难了 / 经济那个书太厚了 / 统计那个没人教: the reason one is set aside; 还是只能考会计: the one feared)
    # 都想考，先考统计吧 / 先考个中级经济师，以后再考会计
    first = next((m for m in said if re.search(r"先(考|报)(个|一个|下)?[^，,。]{0,3}$", text[: m.start])), None)
    if (cue := CORRECTION.search(text)) and (later := [m for m in said if m.start > cue.end()]):
        result.set("exam", later[-1].entry.canonical, later[-1].surface)
    elif first or len(said) == 1:
        chosen = first or said[0]
        result.set("exam", chosen.entry.canonical, chosen.surface)
    elif re.search(r"都想|没想好|还没定|不确定|再想想", text):
        result.updates.pop("exam")


def _places_and_series_said_otherwise(
    text: str, matches: list[LexiconMatch], result: Extraction, in_context: bool
) -> None:
    """卫生系列 (a series outside the lexicon), 外省 / 其他系列, and two places with 可能 (undecided)."""
    said = _SERIES_WORD.search(text)
    if (
        "series" not in result.updates
        and said
        and said.group(1) not in _NOT_SERIES
        and about_the_person(clause_at(text, said.start()), in_context)
        and not any(_weighed_against_another(text, clause_at(text, m.start())) for m in _SERIES_WORD.finditer(text))
        and not re.search(r"有没有[^，,。]{0,2}$", text[: said.start()])  # 有没有卫生系列？: asked whether there is one
    ):
        result.set("series", said.group(1), said.group())  # a series outside the lexicon, e.g. 卫生系列
    # (去新疆援建…还是曲靖市技术能手: one place where they work, one visited)
    named = [m.entry.canonical for m in matches if m.entry.kind in ("province", "city") and _where_they_apply(text, m)]
    places = set(named)
    either_in_one = len(places) == 1 and len(named) > 1  # 可能在昆明报 也可能回老家昭通报: 云南 either way
    if (len(places) > 1 and re.search(r"可能|还没定|不确定|或者|还是(?!回|在|干|做)", text)) or (
        re.search(r"可能.{0,12}也可能|还没定|没想好|不确定在哪", text) and not either_in_one
    ):
        result.updates.pop("province", None)  # 可能回老家湖南，也可能留在广州: not decided
    # (他中间被派去外省做了一年销售支持: where the time away was spent, not where they apply; 是不是比别的省好评一些:
    # the places compared)
    others = (
        m for m in _OTHER_PROVINCE.finditer(text) if not re.search(r"(去|到|比)[^，,。]{0,2}$", text[: m.start()])
    )
    if "province" not in result.updates and (other_province := next(others, None)):
        # 不在云南 贵州那边: the other province, named after the words that rule Yunnan out
        named_after = [
            m
            for m in matches
            if m.entry.kind in ("province", "city") and m.start >= other_province.end() and m.entry.canonical != "云南"
        ]
        place = named_after[0] if len(named_after) == 1 else None
        if place:
            result.set("province", place.entry.canonical, place.surface)
        else:
            result.set("province", "其他", other_province.group())
    asked_whether = re.search(r"算不算|是不是|能不能", text)  # 我们这种算不算其他系列里的: asked, not said
    # 听说云南其他系列也能评职称: news of the rules, not the series chosen
    # (…听说可以评其他系列的 就其他系列嘛: chosen after)
    # (美发能走工艺美术不 不行就其他系列嘛: the fall-back, should the one asked about not do)
    chosen = (
        m
        for m in _OTHER_SERIES.finditer(text)
        if not re.search(r"听说|据说|听人说", clause_at(text, m.start()).text)
        and not re.search(r"(不行|不得|不成)(的话)?就$", text[: m.start()])
    )
    other = None if asked_whether else next(chosen, None) or _other_in_reply(text, in_context)
    if "series" not in result.updates and other:
        result.set("series", "其他", other.group())


def _other_in_reply(text: str, in_context: bool) -> re.Match | None:
    """其他的，你说的那几个都不是 / 好像没有对口的系列 (asked which series): another series."""
    other = (
        # …算其他吧 / 工程农业都不沾边 其他吧 (我搞酒店厨房设备的)
        r"\s*(其他|其它|别的)的?(系列)?(吧|呗)?[，,。\s]|.*(算|选|就|[\s，,])(其他|其它|别的)(吧|的)?\s*[，,。]?$|"
        r".*(算|选|就|[\s，,])(其他|其它)(系列)?(吧|呗)[\s，,。]|"
        r".*(?<!有)没(有|得)?(对口|对应|合适|相关)的?系列"
    )
    return re.match(other, text + "。") if in_context else None


def _an_exam_named(text: str, match: LexiconMatch) -> bool:
    """Not 高级工可以考初级会计吗 (the rule, asked alone), 要么考审计师要么考统计师 (not decided), 信息通信网络运维员证
    (an occupation's name), 她自己是会计 (what she works as) nor 二建证 安全员证都有 (a certificate held)."""
    undecided = re.search(r"要么[^。]{1,12}要么", text)
    if re.match(r"[筑设立]", text[match.end :]):
        return False  # 一建筑公司: a building firm, not the 一建 exam
    counted = re.match(
        r"\s*(是|了|下来|一下|出来)?\s*\d+\s*(个|人|名|位|份)", text[match.end :]
    )  # 上周统计是9个: counted, no exam
    occupation = counted or re.match(
        r"[^\s，,。？?吗呢吧我你他是能考想的了]{0,6}?((?<!人)员|工)(证|证书)?(?!程)", text[match.end :]
    )
    # 她自己是会计 这个不用管: what someone works as, not an exam
    works_as = re.search(r"(我|他|她|自己)(是|做|当)(个)?$", text[max(0, match.start - 5) : match.start]) and not (
        match.surface.endswith("师") or re.match(r"师|职称|专业", text[match.end :])
    )  # (我是会计师 / 她是中级会计职称: the title)
    held = re.match(
        r"\s*证(书)?[^。？?，,]{0,10}?(都|也)?(?<!没)(有|拿了|拿到了|考了|考过)(?!没)", text[match.end :]
    ) and not re.search(r"(想|要|准备|打算)(考|报)[^，,。]{0,6}$", text[: match.start])
    # (我就一个二建证 技能等级证没有 能评工程师不: the certificate held, said before its name)
    held = held or (
        re.search(r"(有|就|只有|拿了|考了|考过)([一1]?个|[一1]?张)?$", text[: match.start])
        and text.startswith("证", match.end)
    )
    return not (asked_alone(text) or undecided or occupation or works_as or held)


def _weighed_against_another(text: str, clause: Clause) -> bool:
    """评艺术系列好还是工艺美术系列好 / 能评农业系列吗，还是只能评工艺美术 / 餐饮这块算不算工程系列: a series
    not chosen (评工艺美术的正高还是副高合适: the levels weighed, the series chosen)."""
    if re.search(r"算不算|是不是|属不属于|归不归", clause.text):
        return True
    either = re.search(
        r"还是(?!想|要|打算|准备|[^，,。？?]{0,8}吧)|或者|或是|都行|都可以|也(有)?可能", clause.text
    ) or re.match(
        r"[，,\s？?]*(还是|或者|也(有)?可能)|[^。？?]{0,8}?[，,\s]+(还是说|或者说)", text[clause.end :]
    )  # (应该是卫生那块的吧 中药师那种 还是说只能评工程 / 应该是农业吧 也可能是工艺美术; not 想了一下
    # 还是想评卫生系列 / 还是评工艺美术吧: after all)
    nearby = text[max(0, clause.start - 24) : clause.end + 24]
    series_named = [m for m in load_lexicon().find(nearby) if m.entry.kind == "series"] + list(
        _SERIES_WORD.finditer(nearby)
    )
    # 能评农业职称吗还是别的啥 / 卫生系列？还是哪个 我也不懂
    other = re.search(r"还是[^，,。]{0,2}(别的|其他|其它|啥|什么|哪个|哪一个)", nearby)
    # 轻工？还是工程？: a guess, asked back (not 评工艺美术的正高还是副高合适？: the levels weighed)
    asked = text[clause.end : clause.end + 1] in ("？", "?") and re.match(r"\s*(还是|或者)", clause.text)
    # (能评化工的吗 还是只能评工程: the one it may have to be, after a question)
    asked = asked or (
        re.match(r"\s*还是(说)?只能", clause.text) and re.search(r"(吗|么|不|没)[？?]?\s*$", text[: clause.start])
    )
    # 评实验技术系列还是工程系列好 我在…实验室做仪器维修: the work told after two series weighed, no choice
    told_after = re.search(r"系列[^，,。？?]{0,2}还是[^，,。？?]{0,8}系列", text[: clause.start]) and not re.search(
        r"还是|就|吧|选|想", clause.text
    )
    return bool(told_after) or (bool(either) and (len(series_named) > 1 or bool(other) or bool(asked)))


_WHICH_IS_BETTER = re.compile(r"哪(个|一个|样)[^，,。？?]{0,3}(好评|容易|好|合适|划算|更好)")


def _named_together_undecided(text: str, match: LexiconMatch) -> bool:
    """工程农业我也搞不清: the series named side by side with another, in a clause said to be unclear; 工程吧 不对
    听说还有个交通运输的 你给看看哪个好评: two named, the choice asked of us."""
    others = [
        m for m in load_lexicon().find(text) if m.entry.kind == "series" and m.entry.canonical != match.entry.canonical
    ]
    if others and _WHICH_IS_BETTER.search(text):
        return True
    clause = clause_at(text, match.start)
    return kind_by_words(clause.text) == UNSURE and any(
        other.entry.kind == "series"
        and other.start != match.start
        and re.fullmatch(r"[、和跟与或/\s]?", text[min(match.end, other.end) : max(match.start, other.start)])
        for other in load_lexicon().find(text)
    )


def _a_series_said(text: str, match: LexiconMatch, kind: str, pending_fact: str | None) -> bool:
    """工程系列 / 评工程的 / 工程 (asked which series, or said on its own): a series; 西电东送的工程: a
    project, not a series; 是评艺术系列好还是工艺美术系列好: not chosen."""
    # (还是省工艺美术大师…想评工艺美术的正高: the honour's name is no series said again)
    said_again = [m.start() for m in re.finditer(re.escape(match.surface) + r"(?=系列|的|那|这|\s|$)", text)]
    if any(_weighed_against_another(text, clause_at(text, start)) for start in [match.start, *said_again]):
        # 是评艺术系列好还是工艺美术系列好 / 工程或者工艺美术都行 / 我们医院都评卫生系列 我能不能评卫生系列的
        # 还是只能去评工程的: not chosen
        return False
    # 就评文博的吧 应该比工程的对口: the series it is set against; 工程农业我也搞不清 你帮我看嘛: two series named
    # together, neither chosen
    if re.search(r"(?<!对)比$", text[: match.start]) or _named_together_undecided(text, match):
        return False
    if _said_by_others_or_asked(text, match):
        return False
    if re.search(r"(不行|不成|评不上)(的话)?就?$|还是(说)?只能[^，,。]{0,3}$", text[: match.start]):
        # 想评卫生系列的，不行就工程 / 想评高级工程师 还是说只能评农业的: the one settled for, or feared
        return False
    if re.match(r"(汇演|演出|晚会|节目|活动|比赛)", text[match.end :]) or re.search(
        r"招(聘)?[^，,。]{0,2}$|(给|帮|替|为)(几|好几|一些|不少|很多|好多)?(个|家)?(省|市|县|州)?$", text[: match.start]
    ):  # (给几个博物馆做过复制件: the customers, not the series)
        # 借到工会搞职工文艺汇演: a show, not the 艺术 series; 哪个技师学院在招实习指导老师: a post advertised
        return False
    if re.search(r"总不能[^，,。]{0,2}$|不(搞|做|干|沾)$", text[: match.start]) or re.match(
        r"[？?]\s*(我们|俺们|我|俺)?[^，,。]{0,2}不(搞|做|干|沾)|\s*(定系|还是|或者)[^，,。]{0,2}(其他|别的|其它)",
        text[match.end :],
    ):
        return False  # 总不能评工程吧 / 工程？我们又不搞工程 / 工程定系其他？: a series dismissed, or in doubt
    if match.surface != match.entry.canonical or pending_fact == "series":
        return True
    return _named_as_the_series(text, match)


def _said_by_others_or_asked(text: str, match: LexiconMatch) -> bool:
    """有人说是农业 / 我表哥说他报的是工程 / 我跟她说评工艺美术不对吧: what others say or chose, or were told;
    厨师归哪个系列啊 工程？ / 美发能走工艺美术不: a guess or a permission, asked."""
    before, after = text[: match.start], text[match.end :]
    if re.search(r"(有人|别人|人家)(说|讲)(是|就是)\s*$|(他|她)[^，,。]{0,2}(报|评)的(是)?$", before):
        return True
    if re.search(r"(跟|和|对)(他|她|人家)(说|讲)[^，,。]{0,2}$", before):
        return True
    unknown = re.search(r"不知道|不晓得|不清楚|搞不清|(属于|算|归)(啥子?|什么|哪个|哪)个?系列", before)
    if unknown and re.match(r"\s*[？?]", after):
        return True
    # (not 能评工艺美术系列不: the series wished for, asked)
    return bool(re.search(r"能走$", before) and re.match(r"(系列)?(不|吗|么|嘛)", after))


def _named_as_the_series(text: str, match: LexiconMatch) -> bool:
    """工程 alone / 评工程的 / 拟申报系列：工程 / 陶瓷那个工艺美术 / 工艺美术那个: the series, named as the person's."""
    clause = clause_at(text, match.start)
    if clause.text.strip(" ·/、") == match.surface:
        return True
    # 陶瓷那个工艺美术: the series of their work, named last (not 参加过滇中引水那个工程: a project)
    last = not text[match.end : clause.end].strip()
    if re.search(r"(那个|这个)$", text[: match.start]) and last and match.entry.canonical != "工程":
        return True
    if re.search(r"(评|报|申报|申请|[整弄搞]个)[^，,。]{0,2}$|系列[：:]\s*$", text[: match.start]):  # 拟申报系列：工程
        return True
    return bool(
        re.match(
            r"((那个|这个|那|这)?系列|类|技术|方面|这块|那块|(那个|这个)?的?(初级|中级|副高级?|正高级?|高级)?的?职称|(那边|这边)?(能|可以|能不能|可不可以)(评|报|申报)|"
            # (工艺美术副高能直接评不 / 农业助理能报了吗: the series, then its level)
            r"的?(助理|副高级?|正高级?)(?![工技])|"
            r"(那个|那种|那类|那块)\s*$)",  # 想评副高 工艺美术那个 / 想评职称 工艺美术那种
            text[match.end :],
        )
        or _named_after_the_level_wished(text, match)
    )


def _named_after_the_level_wished(text: str, match: LexiconMatch) -> bool:
    """想问渠能不能评副高 工艺美术个 / 想评副高 工艺美术那个 可以不嘛: the series of the level wished, added last."""
    return (
        match.entry.canonical != "工程"  # (想评中级 搞工程的: the work, not the series)
        and bool(
            re.search(
                r"(评|报|申报)[^，,。\s]{0,3}(助理|中级|副高级?|正高级?)[^，,。\s]{0,3}[\s，,]+$", text[: match.start]
            )
        )
        and bool(
            re.match(r"(那个|这个|个|嘅|的|嘞)\s*((可以|行|能|得)[^，,。\s]{0,3})?\s*[？?]?\s*$", text[match.end :])
        )
    )


def _neither_exam_nor_series(text: str, match: LexiconMatch, pending_fact: str | None, result: Extraction) -> bool:
    before = text[: match.start]
    if re.search(
        r"(干|做|搞|当)(了[^，,。考]{0,6}|[^，,。考评个\s]{1,3})?$|调度$|[学读念](的是?)?$|(毕业证|文凭|专业|岗位)(就)?(是|为)?$",
        before,
    ) or re.match(
        r"\s*专业(?![^，,。]{0,6}(资格|考|技术|人员))|\s*(初级|中级|高级|副高级?|正高级?)职称", text[match.end :]
    ):
        # 在国企干会计 / 搞林下经济 / 做了两年调度统计 / 岗位是会计 / 我是学会计的 / 毕业证是会计的 / 是会计专业的:
        # a job or a major
        return True
    wished_at = text.find(result.spans.get("target_level") or "\0")
    if result.updates.get("series") == match.entry.canonical and 0 <= wished_at < match.start:
        # 想评个助理经济师 旅游经济那个: the series of the title wanted, said again (not 我是中级会计师 想评高级会计师:
        # the title held, said before the wish)
        return True
    if match.surface == "统计" and (
        re.search(r"(初步|正在|在|做个?|我们)$", before)
        or re.match(r"(了|一下|过|下来|局|部门|口径|数据|年鉴|那边|这边|上报|报表)", text[match.end :])
    ):
        return True  # 初步统计八九个 / 统计局那边是按规上报的: counting or its office, not the exam
    # 正高级会计师, asked which title: the level named before it says which
    return pending_fact == "title_held" and bool(re.search(r"(正高级?|副高级?|高级|中级|初级|助理)$", before))


def _exam_or_series(
    text: str, match: LexiconMatch, kind: str, exams_as_series: bool, pending_fact: str | None, result: Extraction
) -> None:
    """会计 is an exam (考会计证) or a series (评会计系列的职称 / 评会计师)."""
    entry = match.entry
    if _neither_exam_nor_series(text, match, pending_fact, result):
        return
    wanted_title = kind == WANTED and re.search(
        r"评(个|一个)?$", text[max(0, match.start - 3) : match.start]
    )  # 评个经济师
    named_as_title = match.surface.endswith("师") or text[match.end : match.end + 1] == "师"  # 中级会计|师
    opening = clause_at(text, match.start)
    said_of_oneself = re.search(
        r"(我|本人|他|她|伊|爱人|老公|媳妇|老婆|同事|员工|来电人|[姐哥弟妹爸妈]|儿子|女儿|朋友|师傅)(已经|都)?(是|系)?(个|一名|1名)?(中级|初级)?(职称)?(的)?[\s，,]?$",
        text[: match.start],
    ) or re.search(
        r"(我|本人)(是|系)[^，,。？?想问要评考报]{1,12}(的|嘅)\s*$|"
        r"(我|本人|俺)(是|系|做|当|在)[^，,。？?想问要评考报\s师工级]{1,10}[\s，,]+(初级|中级|副高级|正高级|高级)?$",
        text[: match.start],
    )  # 我是物流公司的 中级经济师 / 我是会计 中级会计师 / 我在赣州一家物流公司，中级经济师
    opens_the_message = (  # 中级会计师，工龄十五年，想考个技能等级: the person described first
        match.start == 0
        and pending_fact not in ("exam", "target_level")  # (经济师 中级那个, asked which level: the one wanted)
        and len(clauses(text)) > 1
        and not (QUESTION.search(opening.text) or _EXAM_CUE.search(opening.text))
    )
    # (18年考下来的 中级经济师, asked when the title was got: the title, dated before it)
    # (我18年评的中级经济师: the same, 评的)
    passed = re.search(
        r"(考下来?了?|考过了?|考出来了?|考到了?|拿到了?|取得了?|评的)(?:(?<=[来过到了])[的嘞][\s，,]*)?(初级|中级|高级)?$",
        text[: match.start],
    ) or re.match(
        r"师?\s*[\d〇零一二]{2,4}\s*年[^，,。\s]{0,4}(考下来|考过|考出来|考到|拿到|取得)的", text[match.end :]
    )  # 中级会计师 18年考下来的: the title the exam gave, dated
    as_title = re.match(r"(师)?职称", text[match.end :]) and pending_fact != "exam"  # 中级会计职称, asked which exam
    if kind == HELD and (as_title or (passed and named_as_title)):
        # 我有中级会计职称 / 去年考下来中级经济师，想用这个申请…: the title the exam gave
        result.set("title_held", _grade(text, match), match.surface)
    elif (
        kind == HELD
        and named_as_title
        and (said_of_oneself or opens_the_message or pending_fact == "title_held")
        and not re.match(r"(资格)?考试", text[match.end :])  # 我是注册安全工程师考试想报: the exam, not the title
    ):
        _the_series_title_held(text, match, result)
    elif exams_as_series or text[match.end : match.end + 2] == "系列" or wanted_title:
        result.set("series", entry.canonical, match.surface)
        if match.surface.endswith("师") and match.surface != entry.canonical:
            result.set("target_level", titles()[2], match.surface)  # 会计师、经济师: the 中级 title
    elif (
        (re.search(r"(或者|还是|或)\s*$", text[: match.start]) and not _decided_on(text, match))
        or re.match(r"\s*(或者|还是|或)", text[match.end :])
        or opening.comparison
    ):
        if _EXAM_CUE.search(text):  # 想考个中级会计 或者审计师 哪个好考些: an exam wanted, which one not decided
            result.set("track", "qualification_exam", match.surface)
        return  # 经济师或者审计师吧: not decided
    elif (
        entry.canonical in result.spans.get("title_held", "") or re.search(r"职称的?$", text[: match.start])
    ) and not _the_next_exam(text, match, named_as_title):
        # 我有中级会计职称 想去考个技能等级证 会计这块有对应的工种吗 / 是酒店的中级职称经济师 想考个高级茶艺师: the
        # title's series again, not an exam (not 我是助理经济师…想考中级经济师: the next exam of it)
        return
    elif (_EXAM_CUE.search(text) and not _a_job_or_one_held(opening, match)) or pending_fact == "exam":
        result.set("exam", entry.canonical, match.surface)


def _the_next_exam(text: str, match: LexiconMatch, named_as_title: bool) -> bool:
    """我是助理经济师…想考中级经济师 / 助理会计师 今年想考中级会计: the next exam of the title held (not 高级会计师
    想考个会计类的技能等级证书: the title's series, for a skill level)."""
    before = text[: match.start]
    graded = re.match(r"(初级|中级|高级)", match.surface) or re.search(r"(初级|中级|高级)$", before)
    return bool(re.search(r"考(个|一个)?(初级|中级|高级)?$", before) and (named_as_title or graded))


def _the_series_title_held(text: str, match: LexiconMatch, result: Extraction) -> None:
    """我是会计师: the 中级 title of the series (初级会计师: 助理级); 我是二级建造师: a registration outside the eight
    exams, no title."""
    if match.entry.canonical in load_parameters().value("qualification_exams"):
        result.set("title_held", _grade(text, match), match.surface)


def _grade(text: str, match: LexiconMatch) -> str:
    """中级会计职称 / 会计师: 中级; 初级会计师: 助理级; 高级会计师: 副高级 (the grade said in the words or just
    before them)."""
    said = re.search(r"(正高级?|副高级?|高级|初级)$", text[max(0, match.start - 3) : match.start]) or re.match(
        r"(正高级?|副高级?|高级|初级)", match.surface
    )
    grade = said.group(1)[:2] if said else ""
    return {"初级": titles()[1], "高级": titles()[3], "副高": titles()[3], "正高": titles()[4]}.get(grade, titles()[2])


def _decided_on(text: str, match: LexiconMatch) -> bool:
    """统计 不对 还是经济吧: 还是 opening its clause chooses, it does not weigh two."""
    chosen = re.search(r"(^|[，,。\s]|不对|算了)\s*还是\s*$", text[: match.start])
    return bool(chosen and re.match(r"(师)?\s*(吧|好了|算了)", text[match.end :]))


def _a_job_or_one_held(clause: Clause, match: LexiconMatch) -> bool:
    """她是重庆一个国企的会计 … 想考个西式面点师的技师: the job; 有个高级工证 还有个二建: a certificate held —
    not an exam wanted."""
    before = clause.text[: match.start - clause.start]
    job = re.search(r"(我|他|她|俺)(是|在)[^，,。\s]{0,12}的$|(当|做|干)(了)?[^，,。\s]{0,6}$", before)
    held = re.search(r"(还|也)?有(个|一个)?$", before)
    return bool(job or held) and not _EXAM_CUE.search(clause.text)


def _not_a_place(text: str, match: LexiconMatch) -> bool:
    """北京开奥运会那年: a date; 我是唱滇剧的: an art — not where one works."""
    if any(e.start() <= match.start < e.end() for e in EVENT_DATE.finditer(text)):
        return True
    if re.match(r"[^，,。]{0,2}(开|办|举办)[^，,。]{0,2}(冬奥|奥运|世博|亚运)", text[match.end :]):
        return True  # 那年正好北京开冬奥会: the year an event was held there
    if re.match(r"(高铁|高速)(?![^，,。]{0,1}(站|局|段|公司|集团|上|动车|所))", text[match.end :]):
        return True  # 参加过贵南高铁隧道施工: a line named by the places it joins, not where one works
    if re.search(r"(挨到|挨着|靠近|紧挨着?|挨近|邻近)(你们)?$", text[: match.start]):
        return True  # 四川攀枝花嘛，挨到你们云南那边的: a neighbour named
    native = re.search(r"(我|他|她|俺)(是|系)(土生土长的)?$", text[: match.start])
    if native and re.match(r"[\u4e00-\u9fa5]{0,3}人(士|氏)?(?=$|[，,。！!？?\s])", text[match.end :]):
        return True  # 在广西北海干活…我是云南文山人: where the person is from
    if re.match(
        r"(茶|菜)(?!厂|城|场|园|区|籽|市|馆|山|叶公司|企|科|所|站|研)|白药(?!集团|公司|厂)|米线|小吃|拉面|牛肉面|烩面|凉皮",
        text[match.end :],
    ):
        return True  # 做普洱茶的: a product named after a place
    if re.match(r"(话(?!剧)|口音|方言)", text[match.end :]):
        return True  # 你能说四川话不: a dialect (not 哈尔滨话剧院: a theatre)
    # (我在省博物馆修文物的: 修文 is a county, 修文物 a trade)
    part_of_a_word = {"滇": "[剧菜红绣]", "修文": "物"}.get(match.surface)
    return part_of_a_word is not None and re.match(part_of_a_word, text[match.end : match.end + 1]) is not None


def _set_beside_another_place(text: str, match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    """想问下天津跟河北 评职称的条件一样不: two places set side by side, compared — neither is the person's."""
    places = [m for m in matches if m.entry.kind in ("province", "city") and m is not match]
    between = r"\s*(跟|和|与|同|还是|比)\s*"
    # (从上海跳槽到苏州了: the place left, set before the one moved to)
    moved = r"[^，,。\s]{0,4}(到|去)了?\s*"
    left = text[max(0, match.start - 1) : match.start] == "从"
    return any(
        re.fullmatch(between, text[match.end : other.start])
        or re.fullmatch(between, text[other.end : match.start])
        or (left and other.start > match.end and re.fullmatch(moved, text[match.end : other.start]))
        for other in places
    )


def _where_they_apply(text: str, match: LexiconMatch) -> bool:
    """在深圳上班 / 人在曲靖: where the person works; 去广东打了一年工: a place visited; 云南省人民政府认定的:
    who recognised an honour."""
    before, after = text[max(0, match.start - 3) : match.start], text[match.end : match.end + 8]
    if _NOT_WHERE_BEFORE.search(text[max(0, match.start - 6) : match.start]) or _HEAD_OFFICE_BESIDE.search(
        text[max(0, match.start - 12) : match.start]
    ):
        return False
    if _not_a_place(text, match):
        return False
    if re.match(
        r"\s*([^，,。]{0,5}落户|上户口|买房|\d+号文|(的|那个|那边的?)?文件|的?政策文件|人(?![社才力民])|(的)?(老板|老乡|口音)|"
        r"的?(规定|政策|做法|要求)[^，,。]{0,2}还是|(这边|那边|这里)?(有没有|有无|出没出)(专门)?(出|发|定)|"
        r"(是不是|有没有|会不会)也?(执行|落实)|"  # 咱陕西是不是也执行这个96号文: the province's rules asked about
        r"(要|会)?(松|宽松|宽|严|好评|容易|难评)(些|点|一些|一点|得多)|"
        # 武汉封城那年: a year, by its news
        r"(封城|解封|疫情|地震|洪水|发大水|奥运|亚运|世博)(那年|那会|那阵|的时候|时))",
        after,
    ):
        # 在昆明落户 / 云南28号文 / 这是云南的规定还是全国都这样 / 咱陕西有没有专门出…办法 / 湖南松些: not where the
        # person applies (the province's rules asked about)
        return False
    issuer = _ISSUER_AFTER.match(after) or any(
        _in_the_honours_name(text, match, h) for h in load_lexicon().honours_in(text)
    )
    if _not_where_one_works(before, after) or _sent_there_or_home(text, match, before, after):
        return False
    if re.match(r"\s*(老家)?(报|申报|评)", after) and re.search(r"回|在|到", before):
        return True  # 评职称还是回贵州报 / 回贵州老家报: where they will apply
    if re.search(r"(人|现在|目前)在$", before) and re.search(r"回[^，,。]{0,5}(报|申报|评)", text):
        return False  # 人在东莞…回贵州报 / 回贵州老家报 现在在浙江打工: where one is now, not where one applies
    if re.match(r"(省|市|州)?(人社局|人社厅|人力资源)", after):
        return True  # 楚雄州人社局职称科: where the organiser works
    if re.search(
        r"(那会儿?|那时候?|当时|以前|之前)[^，,。]{0,4}$|(到|至|-|—)\s*\d{2,4}\s*年(底|初)?\s*(在|去)$",
        text[: match.start],
    ):
        return False  # 那会儿还在东莞打工 / 19年到21年在深圳送外卖: where they were then
    if issuer:  # who recognised an honour (楚雄州技术能手) is not where one works; 昆明市认定的: the city's own
        return match.entry.kind == "city" and re.match(r"(省|市|州)?认定", after) is not None
    gone = _PLACE_GONE_TO.search(before) and _VISIT_AFTER.search(after)
    # (…干了十五年检修 后来一直没考技师: what came after, not a move)
    moved_on = re.search(
        r"(后来|之后|然后)[^，,。]{0,4}(去|到|回|调|换|跳|搬|出来|辞)|回(来|去|了|到)?老家|现在在", text[match.end :]
    )
    stayed = _PLACE_BEEN_IN.search(before) and _STAY_AFTER.search(after) and moved_on
    return not (gone or stayed)  # 在深圳打工 / 在昆明干了二十多年: works there


def _where_one_is_told(text: str, matches: list[LexiconMatch], pending_fact: str | None) -> bool:
    """云南大理的, asked about honours: where the person is, said out of turn — no honour or who gave one named
    (not 享受州政府津贴，就是楚雄州的: the government that gave it)."""
    return (
        pending_fact == "honours"
        and any(m.entry.kind == "province" for m in matches)
        and not load_lexicon().honours_in(text)
        and not re.search(r"津贴|能手|政府|人社|评的|发的|给的|挂|认定", text)
    )


def _in_the_honours_name(text: str, match: LexiconMatch, honour) -> bool:
    """楚雄州技术能手 / 云南省人民政府认定的: who gave the honour (昆明的 中华技能大奖获得者 / 北京这边直播带货
    高精尖缺: said apart, where one works)."""
    if not (honour.start <= match.end + 3 and honour.end > match.end):
        return False
    # (the honour's words may begin with the place itself: then what follows it, up to the honour's end)
    said_between = text[match.end : honour.start if honour.start >= match.end else honour.end]
    # (四川省嘞技术能手: the honour's government, with 的 right before the honour's name)
    return not re.search(r"[\s，,。的]", re.sub(r"^[的嘞](?=[^\s，,。])", "", said_between))


def _sent_there_or_home(text: str, match: LexiconMatch, before: str, after: str) -> bool:
    """中间去了一年新疆援建: where one was sent; 我在攀枝花上班，家是昭通嘞 / 在库尔勒 塔里木油田 家是甘肃的: home,
    beside where one works."""
    home = re.search(r"家(里)?(是|在)$", before) and any(
        other.entry.kind in ("province", "city") and other.start != match.start for other in load_lexicon().find(text)
    )
    return bool(re.match(r"(援建|支援|出差|驻点|帮扶)", after) or home)


def _not_where_one_works(before: str, after: str) -> bool:
    """能不能落户上海: where one would move; 证是在广东考的 / 剑川那边学的手艺 / 在武汉的技师学院读的: where one
    took a certificate or learned; 回山东老家: where one comes from."""
    moving = re.search(r"落户$", before)
    learned = re.match(
        r"\s*(那边|那里|这边)?(考的|考了|拿的|发的)|[^，,。]{0,8}((?<![中大小])学的|读的|念的|读书|学(的)?(手艺|技术))|"
        r"[^，,。\s的]{0,6}(学院|学校|技校|职校|职高|大学)(读|学|念|上学)|"  # 我儿子在莆田技师学院读数控
        # 有 长春电力学校毕业的 / 俺是焦作技校焊接专业毕业哩, asked about a diploma
        r"[^，,。\s的]{0,10}((学院|学校|大学|职院)毕业(的|嘞|哩)|(学院|学校|技校|职校|大学)[^，,。\s]{0,8}专业毕业)",
        after,
    )
    home = re.match(r"\s*老家(?![^，,。]{0,6}(报|申报|评))", after) and re.search(r"回$", before)
    # 北京冬奥会之前: a place named for an event, as a time
    event = re.match(r"\s*(冬奥会?|奥运会?|亚运会?|世博会|奥帆赛|大运会|全运会)", after)  # (not 昆明世博园: a park)
    # 我听说云南那边可以: a place heard of, over there
    heard_of = re.search(r"(听说|听人说|据说)[^，,。]{0,2}$", before) and re.match(r"\s*(那边|那里|那儿)", after)
    # (单位在丽江 只是人现在在攀枝花的项目上: where the person is sent for a project, not where the employer is)
    on_a_project = re.search(r"(人|现在|目前)在$", before) and re.match(r"\s*的?[^，,。]{0,4}项目(上|部)", after)
    return bool(moving or learned or home or heard_of or event or on_a_project)
