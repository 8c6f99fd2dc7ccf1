"""Honours the person holds: named with the level their words give (全国技术能手, 州里评的技术能手), denied
(技术能手、津贴都没得), or someone else's (我们车间主任倒是全国技术能手, 我们厂有技能大师工作室) — LABELS `honours`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.reading.clauses import CORRECTION, PERSON, clause_at, clauses
from assistant.reading.people import KIN
from corpus.lexicon import HonourMention, load_lexicon
from rules import load_parameters
from rules.honours import entry_named

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

# 厂里给我弄了个工作室 / 我有个工作室: a studio the person leads, its level not said
_OWN_STUDIO = re.compile(
    r"(给我|我(?!们))[^，,。没不]{0,6}(弄|建|成立|设|搞|批)了?(个|一个)?[^，,。]{0,6}工作室|我(的|有个|有一个)[^，,。]{0,6}工作室|"
    # 工作室是我领办的，省里挂的牌 / 工作室倒是有 我领办的 / 工作室係有个 我係带头人
    # (工作室是额领办的 / 工作室是阮领办的: 额, "I" in 陕西; 阮, in 闽南)
    r"工作室[^，,。]{0,3}(是)?(我|俺|额|阮)(领办|牵头|带头|负责)(的|嘞)?|"
    r"工作室[是系]?(倒是|倒|也)?有[一1]?个?[，,\s]+(是)?(我|俺|额|阮)[是系]?(领办|牵头|带头|领头)"
)
_STUDIO_HEAD = "技能大师工作室带头人"


_ASKED_ABOUT = re.compile(
    r"[^，,。？?]{0,3}(是|由|归)?(哪个|哪一?级|什么|啥)(部门|单位|机构|级别)[^，,。]{0,6}(认定|评|发|管|定)|"
    r"[^，,。？?]{0,3}(是|指)(什么|啥)(意思)?[？?]|[^，,。？?]{0,3}(怎么|如何|咋)(认定|评上|评定|申请)"
)


_HOLDERS = r"师傅|师父|领导|车间主任|厂长|矿长|队长|站长|院长|所长|经理|书记|总工|主任"
_WHETHER_IT_COUNTS = re.compile(r"(算不算|是不是|属不属于|够不够得?上|能不能算|能算|可以算)(是)?(个)?$")
# 国务院特殊津贴是我师傅的: the honour said to be another's
# (国务院特殊津贴 我们老主任有 我没有: the one who has it, named after it)
_ANOTHERS = re.compile(
    rf"\s*[？?]?\s*(那个?|这个?)?(是|属于)(我们?|俺们?|他们|她们)?(的)?老?({_HOLDERS}|同事|徒弟|老板|爸|妈|父亲|母亲|老公|爱人)"
    # 国务院津贴是我们厂长那种人才有嘞 / 是我师傅嘞 / 是我们矿长那种人才有的 / 是他们厂长那种人才有嘞
    r"(的|嘞|哩|滴|那种|那样|才|$|[\s，,。])|"
    rf"\s*(我们|俺们|咱们)(的)?老?({_HOLDERS}|班长)(倒是|倒)?(有|拿过|评上了?)(?=$|[\s，,。])|"
    r"\s*(那种|那个|这种)?(我们|俺们|我|俺)(哪里|哪儿|哪)(有|能有|评得上)"  # 国务院津贴那种我们哪里有哦
)
# 我在市总工会负责劳模服务这块: work done for the people who hold it, not an honour held
_SERVED = re.compile(r"\s*(服务|评选|表彰|推荐)")


def _level_put_right(text: str, cue: re.Match) -> str | None:
    """享受过省政府特殊津贴，不对，是州里面的 / …一开始说是省里的 后来才知道是衡阳市政府发的: the level said after the
    correction (whose own words may end in 是, with no pause before the level)."""
    return _level_said_later(text, cue.end()) or _level_said_later(
        f"{text[: cue.end()]} {text[cue.end() :]}", cue.end()
    )


def _level_said_later(text: str, end: int, next_named: int | None = None) -> str | None:
    """技能大师工作室，我是领办人，省级的 / …工作室 不过是市里挂牌的 市级的 国家级那些我够不上: the level said
    on its own further on (its first word), before the next honour named, if any (全国技术能手…还是工作室的领办人
    不过那个是市里挂的牌: the studio's; 政府津贴有一个 是红河州政府给嘞 还有个州里嘞首席技师: the allowance's)."""
    later = re.search(
        # (高精尖缺那个 云南省政府认定过: the province named before its government)
        # (红河州挂嘞牌: the prefecture named before 州)
        # (宝鸡市里挂的牌 / 是红河州政府给嘞)
        # (…技能大师工作室 说是自治区级的)
        # (去年刚升成国家级的: the level it has been raised to)
        r"[，,\s](不过|但是?|其实|实际上)?(说)?(那个|这个)?[是系]?(去年|今年|前年)?(刚)?(升成|升为|升到|升级成|升级为)?(?P<place>(?:(?![像似])[\u4e00-\u9fff]){2,4}?(?=省|[州市](里|挂|政府|人民政府|的|嘞)))?"
        r"(?P<level>省级|国家级|全国|市级|县级|省里|州里|市里|县里|省政府|州政府|市政府|县政府|(?<!自治)区政府|国务院|自治区级?|[州市](?=挂|的|嘞|人社局)|省(?=给挂|挂|人社厅|[的嘞滴哩个]?\s*$)|人社部(?=给|挂|批|发|认定)|[省州市县]上(?=给|批|发|评|挂))(面)?(人社厅|人社局)?"
        # 政府津贴有 州政府的 / 工作室 我领办嘞 国家级嘞牌子
        # (国家级嘞 / 是州政府给嘞)
        # (国家级个: 吴语 个 = 的)
        # (享受过省政府特殊津贴，不对，是州里面的津贴: the allowance named again after its level)
        r"(给?挂牌|给?挂[的嘞滴哩个]牌子?|批[的嘞个]|认定[的嘞个]|认定过|给[的嘞个]|发[的嘞个]|[的嘞滴哩]牌子?)?(的|嘞|哩|滴|个)?"
        r"(津贴|特殊津贴)?\s*(?=[，,。！!\s]|$)",
        text[end : end + 30],
    )
    if later is None or (next_named is not None and end + later.end() > next_named):
        return None
    if later.group("place") in _MUNICIPALITIES and later.group("level").startswith("市"):
        return "省级"  # 高精尖缺 北京市政府认定嘞: a municipality's government is a province's
    level = later.group("level")
    said_alone = {"州": "州里", "市": "市里", "省": "省里", "区政府": "区里"}  # (是广东省的: the province's)
    return load_lexicon().honour_level_words.get(said_alone.get(level, level))


_AN_ALLOWANCE_BY_A_GOVERNMENT = re.compile(
    r"(?<![政府殊])津贴(?=(倒是|倒|也|还)?有[^，,。]{0,4}[\s，,][^，,。]{0,10}(政府|国务院)[^，,。]{0,2}(给|发|批|评))|"
    r"(?<=有个)津贴(?=[^。]{0,30}政府[^，,。]{0,2}(给|发|批|评))"  # 有个津贴 …其实是省政府发的
)
# 州里头给过个津贴: the allowance, said after the government that gave it
_AN_ALLOWANCE_GIVEN_BY = re.compile(r"((州|市|县|省)(里头|里|上)?(给|发|批)(过|了)?(个|一个)?)(?<![政府殊])津贴")
# (俺们车间主任倒是全国技术能手 俺啥也没有: none of one's own, in reply)
# (高精尖缺报过 不晓得批下来没得 别嘞都没得: the others, none)
# (我师傅是全国技术能手 我自己是没得: the master's, none of one's own; 哪有那玩意儿: scoffed)
_NONE_OF_ONES_OWN = re.compile(
    r"(我|俺|额|阮)(自己)?(啥|什么|啥子|乜)(都|也)(没有|没得|莫得|没|冇|不是)|别(的|嘞|哩|个)(都|也)(没有|没得|没)|"
    r"(我|俺|额|阮)自己(是|就|倒是?)?(没有|没得|莫得|冇|没)|(哪有|哪来的?)(那|这)(玩意|玩艺|东西)"
)


_SCOFFED = re.compile(r"[^，,。]{0,2}(哦|啊|嘛|哟)?[\s，,]*(想都|哪有|没有|莫得|没得|发梦)")
_ECHOED_THEN_DENIED = re.compile(r"\s*[？?][^。]{0,12}(没有|没得|莫得|冇|没|无)")


def read(text: str, result: Extraction, province: str | None = None, asked: bool = False) -> None:
    """The honours said (or said to be none) in `text`, set on `result`; `province`, known from before, tells
    whether 市里 is a municipality's government; `asked`: the honours are the open question."""
    if asked:  # (津贴有一个 是延边州政府给的, asked which honours: the government's allowance, named by who gave it)
        text = _AN_ALLOWANCE_BY_A_GOVERNMENT.sub("政府津贴", text)
        text = _AN_ALLOWANCE_GIVEN_BY.sub(r"\1政府津贴", text)
    _named(text, result, province)
    if asked:
        _recognised_by_a_province(text, result)
    # (我师傅是全国技术能手 我自己是没得, unasked: another's honour named, none of one's own)
    none = _NONE_OF_ONES_OWN.search(text)
    if none and (asked or load_lexicon().honours_in(text)) and "honours" not in result.updates:
        result.set("honours", [], none.group())


def _named(text: str, result: Extraction, province: str | None) -> None:
    said = [
        m
        for m in load_lexicon().honours_in(text)
        if not (
            _denied(text, m.start, m.end, off_the_list=entry_named(m.name) is None)
            or clause_at(text, m.start).comparison
        )  # 全国和省技术能手有啥区别
        and not _someone_elses_honour(text, m.start)
        and not re.match(r"[^，,。]{0,4}的话", text[m.end :])  # 有高精尖缺的话是不是就能直接评副高: supposed
        # 他要有全国技术能手就不打这个电话了: supposed, and denied by it
        and not (
            re.search(r"要(是)?有$", text[: m.start]) and re.match(r"[^，,。]{0,4}(就不|早就|还用)", text[m.end :])
        )
        and not _ASKED_ABOUT.match(text[m.end :])  # 高精尖缺人才是哪个部门认定的？: asked about, not held
        # 全国技术能手是不是可以直接评正高: the rule for those who hold it, asked
        and not (
            re.match(r"\s*(是不是|是否)(就)?(可以|能)", text[m.end :])
            and not PERSON.search(text[: clause_at(text, m.start).end])  # (我是高级技师 享受省政府特殊津贴 是不是…)
        )
        # 啥子全国技术能手哦 想都莫敢想 (not 还有个啥子首席技师 公司发的: some such)
        and not (re.search(r"(啥子?|什么|哪有|哪来的?)\s*$", text[: m.start]) and _SCOFFED.match(text, m.end))
        and not _WHETHER_IT_COUNTS.search(text[: m.start])  # 我是省里的技术能手 算不算高精尖缺: asked, not held
        and not _SERVED.match(text, m.end)
        and not _ANOTHERS.match(text, m.end)
        # 22年优秀 班组考评第一名: a ranking in the reviews, not a contest's prize
        and not (m.name == "技能竞赛获奖" and re.search(r"(考评|考核|排名|排)[^，,。]{0,3}$", text[: m.start]))
        and not re.search(re.escape(m.surface[-2:]) + _ANOTHERS.pattern, text[m.end :])  # …津贴 不对 津贴那个是我爸的
        and not re.search(r"(你|您)(说|讲|问)的[^，,。]{0,4}$", text[: m.start])  # 你说的国家级技能大师工作室: our word
        and not re.search(
            r"好像|好似|可能|也许|大概", text[clause_at(text, m.start).start : m.start]
        )  # 好像评过个技术能手吧 / 好似评过个技术能手吧 (粤)
        and not _ECHOED_THEN_DENIED.match(text, m.end)  # 中华技能大奖？发梦都冇: the name said back, then none
        # 技能竞赛获奖、带徒弟这些，评职称的时候能不能当业绩？: kinds of thing, asked about
        and not (
            re.match(r"[、，,][^，,。]{0,8}((这些|那些)(?!年)|之类)", text[m.end :])
            and re.search(r"能不能|可不可以|[？?]", text)
        )
    ]
    other = _another_level_of_a_denied_honour(text)
    studio = _own_studio(text, province)
    if not said and other:
        # (全国技术能手差一点 最后评了个自治区嘞 工作室倒是有 我领办嘞: the studio led, as well)
        result.set("honours", [other[0], *([studio[0]] if studio else [])], other[1])
        return
    cue = CORRECTION.search(text)
    if cue and any(m.start > cue.end() for m in said):
        said = [m for m in said if m.start > cue.end()]  # 市技术能手，哦不对是省技术能手: the one said last
    # 享受省政府特殊津贴 不对 是州里的: the level alone, put right
    level_put_right = _level_put_right(text, cue) if cue and said and said[-1].start < cue.start() else None
    if said:
        following = [*(m.start for m in said[1:]), None]  # each level is sought before the next honour named
        unique = list(
            dict.fromkeys(
                (_name(text, m), _level(text, m, after, province)) for m, after in zip(said, following, strict=True)
            )
        )
        leveled = {name for name, level in unique if level}
        unique = [(name, level) for name, level in unique if level or name not in leveled]  # 县里评的劳模…这个劳模
        if level_put_right:
            unique[-1] = (unique[-1][0], level_put_right)
        if other:  # 国家那个技术能手没评上 省里嘞倒是有一个 还有个县里评的劳模: the provincial one as well
            unique.insert(0, (other[0]["name"], other[0]["level"]))
        if studio and studio[0]["name"] not in leveled:  # 工作室倒是有一个 俺是领头的…还有一个国务院那个津贴
            unique.insert(0, (studio[0]["name"], studio[0]["level"]))
        result.set(
            "honours", [{"name": name, "level": level} for name, level in unique], "，".join(m.surface for m in said)
        )
    elif studio:
        result.set("honours", [studio[0]], studio[1])
    elif none := re.search(
        r"(没有|没|无)(获得过?|得过?|拿过|评过)?(什么|任何|啥子?|那些|这些|相关)?(荣誉|奖项|称号|大奖|奖)|(啥|什么)(奖|荣誉)(都|也)没|"
        r"(没有|没得)[^，,。]{0,8}(那些|这些)[^，,。]{0,4}(荣誉|奖项|称号)|"  # 没得你们说的那些国家级荣誉
        r"(奖|荣誉|称号)(啥的|什么的|啥子的?|的话|嘛|么|呢|哦|啊|这块|方面|倒是|倒|一个|1个|一样)?[，,\s]*(也|都)?(没有|没得|没|无)|"
        r"(未|没有?)(获得|获|得|拿)过?(任何)?(荣誉|奖项?|称号)|"
        # 技术能手、津贴都没得 / 津贴那些拢无 (闽南: 拢 = 都)
        rf"(?<=奖|誉|号|手|贴|室|才)[^，,。证]{{0,8}}(都|也|拢)({_NONE_OF_IT})(?=$|[\s，,。])|"
        r"(成员|工作室)[^。]*(自己)?(其他|别的)[^，,。]{0,3}没(了|有|得)|"  # 工作室里的成员…俺自己其他没了
        r"(我|俺)(自己)?[^，,。]{0,3}没(评|得|拿)过?(别的|其他|啥)|"  # 带头人是我师傅，我是成员。我自己没评过别的
        # 国务院津贴那是我们总工的 我哪有那些 / 那些我都没得
        r"(我|俺)(哪有|哪里有|没有)(那些|这些|啥)|(那些|这些)(我|俺)(都|也)(没有|没得|没)|"
        r"(?<![我俺])(哪有|哪来的?)(这些|那些)(?![^，,。]{0,4}[吗么？?])|"  # 阮一个普通工人 哪有这些
        # 津贴那个是我爸的 我自己啥都没有
        # (国务院津贴那是我们老厂长才有的 我啥都没有)
        r"(?<=[贴手奖誉号室才])[^。]{0,16}(我|俺)(自己)?(啥|什么|啥子)?(都|也)(没有|没得|莫得|没)|"
        r"(要是|如果)有(这些|那些)[^，,。？?]{0,6}还(用|会|至于)",  # 我要是有这些还用问你吗: none
        text,
    ):
        result.set("honours", [], none.group())


# (最后评了个云南省嘞: a province named, its level)
_LEVEL_WORD = r"(?P<level>省里|省级|省上|自治区|市里|市级|州里|州级|县里|县级|[\u4e00-\u9fff]{2,3}省)"
# 省里嘞倒是有一个 / 最后只评了个省里嘞: the level the honour is held at, said after it is denied
_ANOTHER_LEVEL = (
    # (国务院津贴没有 四川省政府的有一个: the government that gave it)
    re.compile(rf"[，,\s]{_LEVEL_WORD}(人民)?(政府)?(的|嘞|哩|滴)?(那个|倒是|倒|就|是)*(有|评上|评过|拿过|拿了)"),
    re.compile(
        rf"[，,\s](最后|后来|结果)?(只|就)?(评|拿|给)(了|上|到)(个|一个)?{_LEVEL_WORD}(的|嘞|哩|滴)?(?=[\s，,。]|$)"
    ),
)


# 有 江苏省政府认定过的, asked which honours: of those the question lists, a province's government recognises only the
# 高精尖缺 (the rules' green-channel list, listed as 各省（区、市）人民政府认定的…)
_RECOGNISED_BY_A_PROVINCE = re.compile(r"(省|自治区)(人民)?政府[^，,。]{0,2}认定")


def _recognised_by_a_province(text: str, result: Extraction) -> None:
    """The honour asked about, named only by who recognised it."""
    if "honours" in result.updates or not (said := _RECOGNISED_BY_A_PROVINCE.search(text)):
        return
    listed = load_parameters().value("green_channel_honours")
    recognised = next(h for h in listed if "人民政府认定" in h["listed_as"])
    result.set("honours", [{"name": recognised["honour"], "level": recognised["minimum_level"]}], said.group())


def _own_studio(text: str, province: str | None) -> tuple[dict, str] | None:
    """厂里给我弄了个工作室 / 工作室是我领办的，省里挂的牌: the studio the person leads, at the level said after it."""
    if not (studio := _OWN_STUDIO.search(text)):
        return None
    level = _level_said_later(text, studio.end())
    level = _in_municipal_terms(level, bool(_CITY_SAID_LATER.search(text, studio.end())), text, province)
    return {"name": _STUDIO_HEAD, "level": level}, studio.group()


def _another_level_of_a_denied_honour(text: str) -> tuple[dict, str] | None:
    """国家那个技术能手没评上，省里嘞倒是有一个: the honour denied, held at the level said next (not …都没有
    县里评过个劳模: the level of another honour, named after it)."""
    mentions = load_lexicon().honours_in(text)
    for mention in mentions:
        end = clause_at(text, mention.start).end
        # (全国技术能手差一点 进了决赛没拿上 最后评了个省里嘞: the level said a clause or two on)
        other = next((said for words in _ANOTHER_LEVEL if (said := words.search(text[: end + 24], end))), None)
        level = load_lexicon().honour_level_words.get(other.group("level")) if other else None
        # (not 最后给了个省里的 三秦工匠也评上咧: another honour, said after a pause)
        of_another = other and any(
            other.start() < m.start <= other.end() + 3 and not re.search(r"[\s，,]", text[other.end() : m.start])
            for m in mentions
        )
        if other and level and not of_another and _denied(text, mention.start, mention.end):
            return {"name": mention.name, "level": level}, text[mention.start : other.end()]
    return None


# 上海…被市政府认定为高精尖缺 / 亦庄车厂…市里认定的: a municipality's 市 is a province's government
# (各省（区、市）人民政府), wherever in it the person says they work
_MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆"})


def _in_a_municipality(text: str) -> bool:
    return any(
        m.entry.kind in ("province", "city") and m.entry.canonical in _MUNICIPALITIES for m in load_lexicon().find(text)
    )


# (工作室 我领办嘞 市里挂嘞牌, in 重庆: the level said later, by the city)
_CITY_SAID_LATER = re.compile(r"[，,\s](不过|但是?)?(是)?(市里|市级|市政府|市(?=挂))")


# 全国纺织行业技术能手 / 中央企业技术能手 / 省电力公司评的技术能手: a trade's or a firm's own, not the
# government's 技术能手 at any level — another honour
_A_TRADES_OR_A_FIRMS = re.compile(r"行业|中央企业|央企")
_A_TRADES_SAID_AFTER = re.compile(r"[\s，,]*(不过|但是?|其实)?(那|这)?(个)?(是|系)[^，,。]{0,6}行业")  # …不过那是行业的
_BY_A_FIRM = re.compile(r"(公司|集团|企业|厂里|厂)[^，,。\s]{0,3}(评|发|给)的?$")


def _name(text: str, mention: HonourMention) -> str:
    if mention.name == "技术能手" and _A_TRADES_OR_A_FIRMS.search(mention.surface):
        return "行业技术能手" if "行业" in mention.surface else "企业技术能手"
    if mention.name == "技术能手" and _A_TRADES_SAID_AFTER.match(text, mention.end):
        return "行业技术能手"  # 拿过个全国技术能手 不过那是行业的
    if mention.name == "技术能手" and _BY_A_FIRM.search(text[: mention.start]):
        return "企业技术能手"
    return mention.name


def _level(text: str, mention: HonourMention, next_named: int | None, province: str | None) -> str | None:
    if _name(text, mention) != mention.name:
        return None  # (a trade's or a firm's own honour has no government's level)
    level = mention.level or _level_said_later(text, mention.end, next_named)
    # (高精尖缺那个 市政府认定的, in 北京: the level read off the words after it, by the city)
    by_the_city = re.match(r"(被)?(市|市里|市级|市政府|市人民政府)", mention.surface) or (
        level == "市级" and _CITY_SAID_LATER.search(text, mention.end)
    )
    return _in_municipal_terms(level, bool(by_the_city), text, province)


def _in_municipal_terms(level: str | None, by_the_city: bool, text: str, province: str | None) -> str | None:
    municipality = province in _MUNICIPALITIES or _in_a_municipality(text)
    return "省级" if level == "市级" and by_the_city and municipality else level


def _someone_elses_honour(text: str, start: int) -> bool:
    """我没有，我们车间主任倒是全国技术能手: another's honour, set against the speaker's own (我师傅是中华技能大奖
    获得者…帮他问问: the master is the one asked about); 我们公司有三个全国技术能手: a group's."""
    clause = clause_at(text, start)
    # (那些都没得 我师父倒是全国技术能手 / 俺们车间主任倒是全国技术能手 俺啥也没有 / 额师父是中华技能大奖 额自己么有:
    # the master's honour)
    contrasted = (
        re.search(
            r"^\s*(没有|没得|木有|木得|莫得|冇|么有)|(我|俺|额|他|她|都)(就|可|倒)?((啥|什么)(也|都))?(没有|没得|么有|不是|就是|自己)|"
            r"那(我|俺|额)(是|有|呢)",  # 同事是全国技术能手…那我是省级技术能手: the speaker's own, set against it
            text,
        )
        and re.search(
            r"(车间主任|班长|队长|组长|厂长|师傅|师父|师兄|师弟|徒弟|工友|搭档|同事|领导|主任|老板)(倒是|倒|也|都)?(是|有|评上了?|拿过)?$",
            text[clause.start : start],
        )
    )
    held_by_the_firm = re.search(
        r"(我们|咱们?|俺们)(厂|公司|单位|企业|车间)里?(有|建了|设了|成立了)[^，,。]{0,4}$", text[clause.start : start]
    ) and re.match(r"[^，,。]{0,6}工作室(?!带头人|领办人|负责人)", text[start:])  # 我们厂有技能大师工作室: the firm's
    # 我冇 他有个广西技术能手 / 我冇 我师傅才是全国技术能手: none of one's own, then another's
    others = re.match(
        rf"\s*(我|俺|额)(也|都)?(没有|没得|没|冇)[\s，,。]+((我|俺|额)?的?({KIN})|他|她)(倒是|倒|也|才)?(是|有)",
        text[:start],
    )
    # 那年我带的徒弟拿了市里比赛二等奖: the apprentice's prize, not the speaker's
    others = others or re.search(
        r"(徒弟|学生|学徒|孩子|儿子|女儿)[^，,。]{0,2}(拿|获得|得|评上)(了|过)?[^，,。]{0,4}$",
        text[clause.start : start],
    )
    # 我们厂有个全国技术能手 可惜不是我: someone else in the firm
    not_me = re.match(r"[^。]{0,8}?[，,\s]*(可惜|但是?|不过)?(不是我|不是俺|不是本人)", text[start:])
    # 国务院津贴那是我师傅有: the master's, said after the honour's name (全国技术能手那是俺爹 俺啥也没有: the
    # father's, the speaker's own denied)
    theirs = (
        re.match(
            r"[^，,。\s]{0,8}?(那|这)?(是|个是)?(我|俺)(的)?(师傅|师父|师兄|同事|领导|老公|爱人|车间主任|班长|厂长)(有|的|得的|拿的|评的)",
            text[start:],
        )
        or re.match(
            # (全国技术能手那是我哥 …我就一个市里的技能标兵: the brother's, whatever the speaker has)
            rf"[^，,。\s]{{0,8}}?(那|这)(是|个是)((我|俺|额)的?)?({KIN})(?=[\s，,。]|$)",  # (那是俺师兄)
            text[start:],
        )
    )
    # 我们公司有三个技师都想评工程师 有一个是全国技术能手: one of a group told of before
    one_of_them = re.search(
        r"(其中|里面|里头|当中|他们)?(有)?(一|1|两|2)\s*(个|位|名)(人)?(是|有|拿过|评过|获得过|评上过?)$",
        text[clause.start : start],
    ) and any(c.group for c in clauses(text) if c.end <= clause.start)
    return bool(contrasted or clause.group or held_by_the_firm or others or not_me or theirs or one_of_them)


_NONE_OF_IT = (
    r"没有|没得|没沾上边?|没挨上边?|没|冇得?|无|挨不着|挨不上|够不着|够不上|沾不上边?"  # (全国技术能手那些无: 闽南)
)


def _denied(text: str, start: int, end: int, off_the_list: bool = False) -> bool:
    """没有全国技术能手 / 技术能手、津贴都没得: the honour is denied before or at the end of its clause;
    我是工作室的成员，不是带头人: a member is not the head. `off_the_list`: an honour the green channel does not list,
    which 你说的那些都没有 (the ones we asked about) does not deny."""
    clause = clause_at(text, start)
    studio = "工作室" in text[start:end]
    if studio and re.search(r"不是带头人|(只是|普通)?成员|带头人是(我)?(师父|师傅|别人|他|她|领导)", text):
        return True
    led = re.search(r"带头人|领办人|负责人", text[start : clause.end])
    # (俺们工作室是国家级技能大师工作室: the studio they work in)
    inside = re.search(
        r"(^|我|俺|还|也|老汉|爸|妈|[他她])(在|进了?|加入了?)[^，,。]{0,6}$|(我们|俺们|咱们)[^，,。]{0,3}工作室(是|属于|就是)[^，,。]{0,2}$",
        text[clause.start : start],
    )
    # (阿拉是国家级技能大师工作室的 技师: one of the studio, not its head)
    one_of_it = re.search(r"是$", text[clause.start : start]) and re.match(
        r"(的|嘞)(?![^，,。\s])|的(成员|一员)", text[end:]
    )
    if studio and not led and (inside or one_of_it or re.match(r"(里头|里面|里边|头)", text[end:])):
        return True  # 我在国家级大师工作室 / 还在国家级技能大师工作室里头: working in the studio, not leading it
    if re.search(
        r"(咋|怎么|如何)(才能)?(评|得|拿|考)|(谁|哪个|哪家|哪里|哪个部门|什么部门)(来)?(认定|评定|发)", clause.text
    ):
        return True  # 全国技术能手是咋评上的 / 高精尖缺是哪个来认定的: asked how it is won, not said to be held
    if re.search(r"(想问问?|问问|请问|咨询一下|咨询|(想)?了解(一下)?)$", text[clause.start : start]):
        return True  # 想问问全国技术能手评职称有啥优惠 / 想了解一下劳模能不能走…: the honour asked about
    if re.match(r"(听说|据说|听人说)", clause.text) and not PERSON.search(clause.text):
        return True  # 听说现在又有特级技师、首席技师了: news heard, not an honour held
    if re.match(r"[^，,。]{0,2}[哦啊呀嘛哟]*[\s，,]*(想都不敢想|不敢想|哪敢想|做梦)", text[end:]):
        return True  # 莫得 啥子全国技术能手哦 想都不敢想: out of reach, not held
    if re.search(r"(^|[\s，,。])(什么|啥子?)$", text[:start]) and re.match(
        r"[哦啊呀哟喔]+([\s，,。！!]|$)", text[end:]
    ):
        return True  # 么子全国技术能手哦，我就评了个湘潭市技术能手: the honour waved off
    before = re.search(
        r"(不是|没有|没得?|无|冇得?|木有|莫得|莫有)(什么|啥)?$", text[max(0, start - 5) : start]
    )  # 冇得全国技术能手 / 没什么全国技术能手
    clause = clause_at(text, end - 1)  # (省级劳模 21年评的 技术能手没评过: the clause the honour's name is in)
    after = re.search(
        r"(都|也|拢)?(没有|没得|没|无|不是|没评上|没评过|没拿到|没得过|没拿过)了?[啊呀哦嘛喔]?\s*$|"  # 全国技术能手冇啊
        # 全国技术能手那些够不着 / 全国技术能手差一点
        r"^[^，,。]{0,6}(够不着|够不上|沾不上边?|挨不上边?|挨不着|轮不到|不沾边|想都不敢想|差(一)?点|差一步|"
        r"(边度|哪里|哪儿?)轮得?(到|着))",  # 全国技术能手边度轮到我: how would it come to me
        text[end : clause.end],
    )
    # 别的什么大师工作室 特殊津贴那些就没有了: a list ended by its denial (not 省级技术能手 别的那些没有 /
    # 州政府特殊津贴 国家级那些没有: the others)
    # (你说那几样全国技术能手啥的 都没有 / …啥嘞 他都没有: the list's denial after a pause)
    listed = re.match(
        # (全国技术能手 国务院津贴 那玩意儿俺可没有: the things named, scorned)
        rf"[^。？?]{{0,16}}?(那些|这些|那玩意儿?|啥(的|嘞|哩|滴)|什么的)[\s，,]*(他|她|我|俺|额|阮)?(就|都|也|拢|可)?"
        rf"({_NONE_OF_IT}|莫得|莫有)",
        text[end:],
    )
    # (not 全国五一劳动奖章有一个，你说的那些都没有: this one held, the others denied)
    # (有个全国五一劳动奖章 你说的那些都没有: this one, held as it is named; the others denied)
    held_as_named = re.search(r"有(一|1)?个$", text[max(0, start - 3) : start])
    denied_in_a_list = (
        listed is not None
        and not held_as_named
        # (俺们矿上评过个安全标兵 你说那些都没有: the same, without 的)
        and not (off_the_list and re.search(r"(你|您)(刚才?)?(说|讲|列|问)(的|嘞|哩|那|这)", listed.group()))
        and not re.search(r"别的|其他|其它|其余|国家级?|省级|市级|全国|更高|有(一|1)?个|倒是有", listed.group())
    )
    # 全国技术能手 国务院津贴都没有 / 啥子全国技术能手 国务院津贴 都没得 / …国务院津贴 都挨不着: named, then denied
    # together
    denied_together = (
        re.match(
            rf"[\s、，,和跟]*[^。？?，,\s]{{0,8}}(津贴|能手|工作室|大奖|高精尖缺)\s*(啥|什么)?(都|也)({_NONE_OF_IT})(?![^，,。\s])",
            text[end:],
        )
        or re.match(  # (…国务院津贴 没得 / …国务院津贴 啥都没沾上边: after a pause)
            rf"\s+(啥|什么)?(都|也)?({_NONE_OF_IT}|莫得)(?![^，,。\s])", text[end:]
        )
    )
    # (被推荐过全国技术能手 差一点没评上: put forward, not won)
    missed = re.match(r"[\s，,]*(差(一)?点(儿)?)?(没评上|没选上|落选|没拿到)", text[end:])
    # (高精尖缺那个 厂里给报过 不知道批下来没: put forward, not known to be won)
    # (高精尖缺报过一回 批没批下来不晓得: the same, asked of oneself)
    missed = missed or re.match(
        r"[^。？?]{0,10}(报|推荐|申报)(过|了|上去)([^。？?]{0,3}(不知道|不晓得|还没)[^，,。]{0,3}(批|下来|评上|出来|公布)|"
        r"[^。？?]{0,4}[\s，,]*(批没批|下没下来|评没评上)[^，,。]{0,4}(不知道|不晓得|晓不得|不清楚))",
        text[end:],
    )
    return bool(before or after or denied_in_a_list or denied_together or missed)
