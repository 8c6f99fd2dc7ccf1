"""Whose facts: a message that names several people keeps only those of the one asked about.

员工A技师，员工B高级工，先帮我看B / 老王2016年的，小刘2022年的，帮我看看小刘 / 她老公是技师，她是高级工，
问她自己 (DESIGN "Reading people"). The message is cut into one segment per person named as the
subject of what follows (员工A / 老王 / 她老公 / 我 …, up to the next person so named); the person
asked about is the one named after 问 / 看 / 帮 / 替 (先问A, 帮我看看小刘, 问她自己, 帮他问问), or else
the one who 想评 / 能不能. The segments of everyone else are blanked (positions kept), and a level
said of them all (两个技师 / 我和我同事都是高级技师) is read as the asked person's. Two people told
apart only by their levels (一个高级工一个技师，先问那个技师的) keep the level named again.
A message about one person is returned unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.reading.clauses import clause_at, clauses
from corpus.lexicon import load_lexicon
from rules import load_parameters

SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜"
    "戴夏钟汪田任姜范方姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟段雷钱汤尹黎易武乔贺赖龚"
)
_KIN = (
    r"老公|丈夫|爱人|媳妇|老婆|妻子|对象|公公|婆婆|岳父|岳母|父亲|母亲|(?<!全职)爸爸|(?<!全职)妈妈|叔叔|舅舅|哥哥|姐姐|弟弟|妹妹|"
    r"[表堂](哥|姐|弟|妹)|姐夫|妹夫|嫂子|侄子|侄女|外甥女?|"
    r"那口子|(?<=[我俺咱]家)老爷子|(?<=[我俺咱]家)老头子?|(?<=[我他她]个)仔|(?<=[我俺咱]家)老太太|老伴儿?|闺女|女儿|儿子|(?<![生带养怀看])孩子|(?<=[的个位])兄弟|哥们儿?|工友|(?:(?<=[我俺她他咱家们问替帮给跟和找叫让请，,。：:、；;！？?!\s])|^)师(傅|父|姐|兄|妹|弟)(?!些|们)|(?<=有个|有位|一个|一位)老师傅|老师傅(?=(里面?|中间|当中)有)|(?<=[班组厂间位队里]有个)(高级技师|技师|高级工|工程师)(?=评|是|考|拿)|(?<=有个)(农艺师|工程师|会计师|经济师)(?=[\s，,]|$)|(?<=[班组厂间位队里]有个)(全国技术能手|技术能手|劳模)|邻居(家)?(的)?(小子|儿子|闺女|孩子|老[\u4e00-\u9fff])?|(?<![带收教])徒弟|同事|朋友|老倌|爷叔|老豆|老窦|(?<=[我俺咱]们)(车队|车间|工段|班组)?(车间主任|班长|厂长|科长|组长|队长|领导|站长|矿长|段长|工长|所长)|(?<=我们车间)主任"
)
_KIN_SHORT = r"爸|妈|爹|娘|叔|舅|哥|姐|弟|妹|男人|婆娘|堂客|老汉"  # only with a possessive: 我爸, 俺男人
_POSSESSIVE = r"我|她|他|来电人|来电者|咱|俺|阿拉|阮|额"  # 阮小弟: 闽南's "my"; 额老汉: 陕西's
# Another person named by their tie to the speaker (我媳妇 / 俺们班长 / 她老公), for the readers that set another's
# words apart from the speaker's own.
KIN = rf"{_KIN}|(?:{_POSSESSIVE})(?:的|家)?[大小二三老]?(?:{_KIN_SHORT})"
_MENTION = re.compile(
    rf"(?P<label>(?:员工|职工|工人|同事|徒弟|学员|学生|师傅|老师)(?P<letter>[A-Z甲乙丙丁])(?![A-Za-z]))|"
    rf"(?P<kin>(?:(?:{_POSSESSIVE})(?:的|家|两个|俩|几个|\d个)?)?(?P<kin_word>{_KIN})|(?:{_POSSESSIVE})(?:的)?[大小二三老]?(?P<kin_short>{_KIN_SHORT}))|"
    rf"(?P<name>(?:员工|职工)?(?:(?<![养])[老小][{SURNAMES}](?![老师傅金])|[{SURNAMES}](?:老师|师傅|某某|某|总|姐|哥)))|"
    # 张三2019年 (not 油田干了30年: a verb is no given name; nor 跟着师傅学，2016年…; nor 画唐卡 有…: what a craft
    # makes, after its verb)
    rf"(?P<fullname>(?<![师画刻雕绣织烧酿茶树])[{SURNAMES}](?:(?![了的在是干做有拿考过上下来去着])[\u4e00-\u9fff]){{1,2}}(?=[：:，,]?\s*(?:\d{{2,4}}\s*年|是|有|拿|今年|去年|前年)))|"
    r"(?P<self>(?:我|俺|她|他|来电人|来电者)(?:自己|家己|自个儿?)|本人|来电人(?!问)|来电者(?!问)|[我俺](?!们|俩|想问|要问|问|想咨询|咨询|帮|替|给|(想|要|准备|打算)?(推荐|让|叫|请|帮|替|给)(他|她)|记得|觉得|估计|听说|猜|印象|寻思|感觉|知道|不知道|不清楚|不记得|跟你说|说)|"
    r"(?<![金数余名总限配超])额(?=还|是|在|有|拿|就|也|只|都|自己|啥|能|这种)|(?<![姓老小])阮(?=是|在|有|拿|就|也|只|都|自己|啥|无|能))|"
    r"(?P<pronoun>(?<!其)[他她](?!们|说|讲))"
)
_KIN_SAME = {
    "爸爸": "爸",
    "妈妈": "妈",
    "叔叔": "叔",
    "舅舅": "舅",
    "哥哥": "哥",
    "姐姐": "姐",
    "弟弟": "弟",
    "妹妹": "妹",
}
# The words of asking or looking into someone (问问 / 看看 / 看一下 / 看下), said before them
_ASKING_OR_LOOKING = r"问问?|看看?|看一下|看下"
# The mention is the object of the asking: 先问A / 帮我看看小刘 / 问她自己 / 想问问我闺女.
_ASKED_BEFORE = re.compile(rf"(?<![不别])({_ASKING_OR_LOOKING}|瞧瞧|说说|咨询一下|咨询)(一下|的是)?$")  # 我想问的是他…
# 帮他问问 / 替他师傅问 / 先帮小周问: the person helped is the one asked about.
_HELPED_BEFORE = re.compile(r"(帮|替|给)$")
_HELPED_AFTER = re.compile(
    r"^(自己)?(的)?[^，,。；;]{0,4}(问|看|咨询|查|(报|申报|申请|评)[^，,。；;]{0,3}(职称|工程师|技师|高级工|助理|中级|副高|正高))"
)  # (想帮他报工程师)
# 小刘想评工程师 / 乙能不能评: the person who wishes (a weaker sign).
_WISHES_AFTER = re.compile(
    r"^(自己|家己)?(是?\s*(高级工|技师|高级技师)\s*)?(是不是|是否)?(也|还|现在|今年|啥时候|什么时候|几时|会使)?"
    r"(想|要|打算|准备|能不能|可不可以|能否|够不够|符不符合|可以|能)"  # (我技师 能评工程师不: the level said between)
)
# A mention that is not the subject of what follows: 我和我老公 / 替他师傅 / 一直跟着我干.
_NOT_SUBJECT_BEFORE = re.compile(rf"(和|跟着?|与|同|及|、|帮|替|给|{_ASKING_OR_LOOKING}|说|对|像|带|教)$")  # 带徒弟
_SELF_DESCRIBED_AS = re.compile(r"(我|俺)(就|也|只)?是[^，,。；;\s问给替帮]{0,8}$")
_OWN_PREDICATE = re.compile(r"(也|还|就)?(是|有|拿|考|评|想|在|干|做)")
# 帮我爸种了一年茶 / 帮亲戚看了半年店: work the speaker did for the one helped (not 给孩子报个技工学校)
_WORK_DONE_FOR_THEM = re.compile(
    r"\s*(种|干|做|守|开|带|收|养|卖|搬|跑|管|打理|照看|看(了|过)?[^，,。；;]{0,4}(店|铺|摊))"
)
_JOINED_BEFORE = re.compile(r"(和|跟|与|同|及|、)$")
_COUNT = re.compile(r"(两|俩|[2-9二三四五])\s*(个|名|位)|都(?=是|有|拿)")
# The rules' skill levels (not a copy), longest first so that 高级技师 is not read as 技师.
_LEVEL = "|".join(sorted(load_parameters().value("skill_levels"), key=len, reverse=True))
_ALL_OF_THEM = re.compile(
    r"分别|各自|[他她]们(?!厂|单位|公司|车间|矿|店|村|那)|这几个|这几位|几个人|[我俺咱]们?俩|俩人|两个人都|[我俺咱]们都"
)
# 我自己想评工程师 另外我们科长…他能不能…: a second person's wish, asked on the side
_AN_ASIDE = re.compile(r"(另外|顺便|顺带|还有|对了)[^。？?]{0,12}$")
_ASIDE_BEFORE = re.compile(r"另外|顺便|顺带|还有[^。？?]{0,12}$")  # anywhere before, or 还有 just before
_OWN_WISH = re.compile(r"想(问问?|问一下)?(能|能不能)?(评|考|报|申报)|(我|俺|额)[^，,。？?]{0,4}能(评|报)")
_OWN_WORDS_FIRST = re.compile(r"\s*(我|俺|额|阮)([^，,。\s]{0,3}年)?(都|也|一直|就|还)?(是|有|在|没|合格|优秀|称职)")
_ONE_OF = re.compile(rf"[一1]个(是)?(?P<level>{_LEVEL})")
_THAT_ONE = re.compile(rf"那个(是)?(?P<level>{_LEVEL})")


@dataclass(frozen=True)
class _Mention:
    who: str
    start: int
    end: int
    subject: bool  # the person the words after it speak of
    joined: bool  # 和我老公: named beside another, in a clause about both
    helped: bool = False  # 帮我爸问一下: the one asked for, whom a 他 / 她 after it means


@dataclass(frozen=True)
class Asked:
    text: str  # the message with the words about everyone else blanked (same length)
    first_of_several: str | None = None  # 张三…李四…分别能评什么: the one read first, as named
    several: tuple[str, ...] = ()  # then: everyone so named, in order (张三, 李四, 王五)


def only_the_asked(text: str, person: str | None = None) -> Asked:
    """The message as it speaks of the person asked about — `person` when given (as named in the
    message), else the one its words ask about; when several are asked about at once (张三…李四…
    王五…分别能评什么), the first of them, said so (one verdict is one person's)."""
    if (told_apart := _one_of_several_levels(text)) != text:
        return Asked(told_apart)
    mentions = _unnamed_speaker_first(text, _mentions(text))
    subjects = [m for m in mentions if not m.joined]
    named = next((m.who for m in subjects if text[m.start : m.end] == person), None)
    asked, first = named or _asked(text, mentions) or _oneself(text, mentions), None
    if asked is None and (first := _first_of_several(subjects)) is not None:
        asked = first.who
    if asked in (None, "other"):
        return Asked(text)
    if not any(m.who == asked and m.subject for m in mentions):  # nothing is said of them alone:
        return Asked(_said_of_them_all(text, _joint(text, mentions), mentions[0].start))  # 我和我老公都是技师…问他
    if not any(m.who != asked for m in subjects):
        return Asked(text)
    if first is None:
        return Asked(_blank_the_others(text, mentions, subjects, asked))
    several = tuple(dict.fromkeys(text[m.start : m.end] for m in _named(subjects)))
    return Asked(_blank_the_others(text, mentions, subjects, asked), text[first.start : first.end], several)


def _unnamed_speaker_first(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """高级技师16年拿的证，我想问问能评高级工程师不，另外我爱人…她是技师: the speaker's own case, said first without
    我, then someone else brought in on the side — the speaker is the one asked about."""
    if not mentions or any(m.who == "self" and m.subject for m in mentions):
        return mentions  # (…她那个跟我这个有关系不: the speaker named beside her, not the subject)
    before = text[: mentions[0].start]
    marker = _AN_ASIDE.search(before)
    # (22年7月份发的证… 对了我徒弟今年也在考技师: a date of one's own said first, then another brought in on the
    # side; not 哦对了 23年一整年他被借调: the date is his)
    aside = marker and (
        re.search(_LEVEL + r"|职称|工程师", before) or re.search(r"\d{2,4}\s*年", before[: marker.start()])
    )
    # (海南 对了我老婆那个技师能评啥 等下再问她的: the other's matter put off)
    put_off = marker and _PUT_OFF.search(text, mentions[0].end)
    # (高级技师 一级的 我们师傅也是高级技师 还是全国技术能手: the speaker's level said first, another's beside it)
    # (全国技术能手啥的都没有 县里评过个劳模 俺师兄倒是享受国务院特殊津贴: another's set against what was said first)
    set_against = re.match(r"(也|倒|才|还)(是|有)|倒", text[mentions[0].end :])
    # (一直在船上当轮机 我们队长倒是去跑了两年销售: one's own work said first)
    level_first = set_against and (
        re.match(rf"\s*({_LEVEL})", before) or re.search(r"没有|没得|没|冇|评过|有个|一直(都)?(在|干|做|当|搞)", before)
    )
    if not (aside or put_off or _own_case(before) or level_first) or re.search(r"[他她]|来电", before):
        return mentions  # (他说想评工程师，还有他补充一下…: the one relayed all along)
    return [_Mention("self", 0, 0, subject=True, joined=False), *mentions]


def _own_case(before: str) -> bool:
    """…有高级工 想评兽医师 / 橡胶割胶工高级工 21年拿证 想评助理农艺师: a whole case of one's own, before anyone
    else is named (not 我们单位有个工程师…想考电工技师: someone brought in at the start)."""
    return bool(
        re.search(rf"(有|拿了?)[^，,。\s]{{0,4}}({_LEVEL})|({_LEVEL})[^，,。]{{0,12}}(拿|考)(的|了|滴|嘞|证)", before)
        and re.search(r"想(评|考|报|申)", before)
        and not re.search(r"有(个|位|一个|一位|名)", before)
    )


_PUT_OFF = re.compile(r"(等下|等会儿?|待会儿?|回头|下次|改天|晚点)再?(问|说|看)")


def _joint(text: str, mentions: list[_Mention]):
    """我和我老公… / …分别能评什么: the clauses about them all."""
    return [
        c
        for c in clauses(text)
        if any(c.start <= m.start < c.end and m.joined for m in mentions) or _ALL_OF_THEM.search(c.text)
    ]


def _said_of_them_all(text: str, joint: list, first_named: int) -> str:
    """两个技师 / 我和我同事都是高级技师: what is said of them all is said of the one asked about."""
    for clause in clauses(text):
        if clause in joint or clause.end <= first_named:
            for count in _COUNT.finditer(clause.text):
                text = _blank(text, clause.start + count.start(), clause.start + count.end())
    return text


def _blank_the_others(text: str, mentions: list[_Mention], subjects: list[_Mention], asked: str) -> str:
    joint = _joint(text, mentions)  # a clause about them all is kept
    chars = list(text)
    for start, end in _others(text, subjects, asked):
        for position in range(start, end):
            if not any(c.start <= position < c.end for c in joint):
                chars[position] = " "
    return _said_of_them_all("".join(chars), joint, subjects[0].start)


def _named(subjects: list[_Mention]) -> list[_Mention]:
    return [m for m in subjects if m.subject and m.who.startswith(("name:", "label:"))]


def _first_of_several(subjects: list[_Mention]) -> _Mention | None:
    """The first of two or more people named by name or label, each the subject of what follows."""
    named = _named(subjects)
    return named[0] if len({m.who for m in named}) >= 2 else None


# What a clause may say of the person it names: where they work, what they are, have or did
_SAYS_OF_THEM = re.compile(r"在|干|做|搞|是|有|拿|考|评|享受|获|工作|上班|当|开|修|焊|(说|讲|聊|提)起|\d|" + _LEVEL)
_READ_OFF_THE_CERTIFICATE = re.compile(r"(看|瞅|瞧|翻|查)(了|过)?(一?下|一眼)?(他|她)?(的)?证(书)?上")
_INTRODUCED = re.compile(  # (想推荐我们车间一个电工技师小赵: the one put forward, introduced)
    r"(有(个|一个|一位|位|一名|名)|(推荐|介绍)[^，,。；;]{0,6}(个|一个|一位|位|一名|名)?)[^，,。；;]{0,8}$"
)


def _others(text: str, subjects: list[_Mention], asked: str) -> list[tuple[int, int]]:
    """(start, end) of each segment about someone not asked about: from the mention to the next
    person named; when that one is named by the asking words (先帮我看B), to the start of their clause."""
    every = clauses(text)
    spans = []
    for index, mention in enumerate(subjects):
        worked_for = mention.helped and _WORK_DONE_FOR_THEM.match(text, mention.end)
        if mention.who == asked or (not mention.subject and (mention.who == "self" or worked_for)):
            continue  # (一直跟着我干管道安装: nothing of the speaker; 回厝里帮我爸种了一年茶: what the speaker did)
        following = next((m for m in subjects[index + 1 :] if m.who != mention.who), None)
        end = following.start if following else len(text)
        own = clause_at(text, mention.start)
        said_of_them = text[mention.end : own.end].strip()  # (第一位，赵某，高级工…: the name alone, then theirs)
        if _READ_OFF_THE_CERTIFICATE.match(said_of_them):
            continue  # 他说证是20年拿的 俺看证上写的2019年6月: what the speaker reads is the asked one's certificate
        if said_of_them and not _SAYS_OF_THEM.search(said_of_them):
            end = min(end, own.end)  # 前几年孩子上学忙没顾上，23年…才考下来技师: the child in passing, then oneself
        introduced = following and following.who == asked and _INTRODUCED.search(text[max(0, end - 20) : end])
        if following and (not following.subject or introduced):  # (我们有个高级工小李: the clause is theirs)
            end = max(mention.start, next((c.start for c in every if c.start <= end < c.end), end))
        # 国务院津贴是我师傅的 / 是我师傅嘞: what the clause names before them is theirs
        # (国务院津贴那是我们厂长 我啥也莫得: an honour said to be theirs; not 不对 那是俺们班长: what was said of them)
        theirs = re.search(r"是([我俺咱他她]们)?$", text[own.start : mention.start]) and (
            re.match(
                r"(那种|这种|那样的)?(人)?(才)*(的|嘞|哩|滴|有|有的|有嘞|有哩|拿的|得的|评的)(?=$|[\s，,。])",
                text[mention.end :],
            )
            or (
                re.match(r"(?=$|[\s，,。])", text[mention.end :])
                and load_lexicon().honours_in(text[own.start : mention.start])
            )
        )
        spans.append((own.start if theirs else mention.start, end))
    return spans


def _one_of_several_levels(text: str) -> str:
    """一个高级工一个技师，先问那个技师的: the other "一个…" is blanked."""
    named = list(_ONE_OF.finditer(text))
    again = [m.group("level") for m in _THAT_ONE.finditer(text)]
    levels = {m.group("level") for m in named}
    if len(named) < 2 or len(levels) < 2 or len(set(again) & levels) != 1:
        return text
    kept = next(level for level in again if level in levels)
    for match in named:
        if match.group("level") != kept:
            text = _blank(text, match.start(), match.end())
    for count in _COUNT.finditer(text):  # 她两个徒弟: two people, one asked about, not two applicants
        if not count.group().startswith("都"):
            text = _blank(text, count.start(), count.end())
    return text


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def _mentions(text: str) -> list[_Mention]:
    narrated = bool(re.search(r"来电人|来电者|来电的", text))  # 来电人…她是高级工: 她 is the caller
    labels = {m.group("letter") for m in _MENTION.finditer(text) if m.group("letter")}
    found: list[_Mention] = []
    words = [(m.start, m.end) for m in load_lexicon().find(text) if m.end - m.start > 1]  # 钱 alone may be 钱七
    for match in _MENTION.finditer(text):
        if match.group("fullname") and any(s < match.end() and match.start() < e for s, e in words):
            continue  # 高级工2020年拿的: a level, not 高某
        who = _who(text, match, narrated, found)
        if who is None or (who.startswith("name:") and re.search(r"(来电人|来电者)$", text[: match.start()])):
            continue  # 来电人李某: the caller's name, not a second person
        if _not_about_them(text, match):
            continue
        if match.group("kin") and (name := _MENTION.match(text, match.end())) and name.group("name"):
            continue  # 他徒弟小周: the name says who
        if _SELF_DESCRIBED_AS.search(text, 0, match.start()) and not _OWN_PREDICATE.match(text, match.end()):
            continue  # 我是他带出来的徒弟: the speaker described (我是技师她是高级工: 她 says something of her own)
        before = text[max(0, match.start() - 6) : match.start()]
        found.append(
            _Mention(
                who,
                match.start(),
                match.end(),
                subject=not _NOT_SUBJECT_BEFORE.search(before),
                joined=bool(_JOINED_BEFORE.search(before)),
                helped=bool(_HELPED_BEFORE.search(before)),
            )
        )
    # 先帮我看B: a letter named alone once 员工B has been said
    for letter in labels:
        for bare in re.finditer(rf"(?<![A-Za-z员职工同徒学师老]){letter}(?![A-Za-z0-9级类方])", text):
            if not any(m.start <= bare.start() < m.end for m in found):
                before = text[max(0, bare.start() - 6) : bare.start()]
                found.append(
                    _Mention(
                        "label:" + letter,
                        bare.start(),
                        bare.end(),
                        subject=not _NOT_SUBJECT_BEFORE.search(before),
                        joined=bool(_JOINED_BEFORE.search(before)),
                    )
                )
    return sorted(found, key=lambda m: m.start)


def _not_about_them(text: str, match: re.Match[str]) -> bool:
    """Named as where words come from, as whose a thing is (全国技术能手那是俺爸), as those taught (带了十几个徒弟)
    or as a time (高级工是孩子上小学那年考的): no one whose case is told."""
    whose = re.search(r"(那|这)个?是$|(带|收|教)(了|过)?[^，,。]{0,4}$", text[: match.start()])  # (带了十几个徒弟)
    a_time = match.group("kin") and re.match(r"[^，,。]{0,6}(那年|那一年|那会儿?|的时候|那时候?)", text[match.end() :])
    return bool(_a_source_of_words(text, match) or whose or a_time)


def _a_source_of_words(text: str, match: re.Match[str]) -> bool:
    """听他同事说技师能评工程师: where it was heard; 俺们车间主任说技师能评工程师: what someone said of the rules
    (not 我老公说他…: his own) — not whom the message is about."""
    said = re.match(r"(说|讲)(?!过?(他|她))", text[match.end() :])
    heard = re.search(r"听$", text[: match.start()]) and re.match(r"(说|讲)", text[match.end() :])
    return bool(heard or (said and (match.group("kin") or match.group("name"))))


_LOOKED_INTO = re.compile(r"(看|瞧|瞅|查|算|判断|评估)")


def _who(text: str, match: re.Match[str], narrated: bool, found: list[_Mention]) -> str | None:
    if match.group("label"):
        return "label:" + match.group("letter")
    if match.group("kin"):
        word = match.group("kin_word") or match.group("kin_short")
        return "kin:" + _KIN_SAME.get(word, word)
    if match.group("name"):
        return "name:" + re.sub(r"^(员工|职工)|某某|某", "", match.group("name"))
    if match.group("fullname"):
        return "name:" + match.group("fullname")
    if match.group("self") and not (match.group("self")[0] in "他她" and not narrated and found):
        return "self"  # 他自己不会打字, after 他 was named: the same him, not the speaker
    if narrated:
        return "self"
    # 带徒弟…她: not the 徒弟; 帮我爸问一下，他得过…: the father, even after 孩子上学…他也不管
    others = [m.who for m in found if m.who != "self" and (m.subject or m.joined or m.helped)]
    # (帮我看看他够不够: the speaker helped to look, 他 is not the speaker; not 帮我老爸问一下，他…)
    helped = [m.who for m in found if m.helped and not (m.who == "self" and _LOOKED_INTO.match(text, m.end))]
    return (helped or others or ["other"])[-1]


# (我是武汉一个汽修厂的高级工: the workplace said between)
_OWN_LEVEL_AFTER = re.compile(
    rf"(是[^，,。；;\s问想帮替给]{{0,12}}?|\s*[\u4e00-\u9fa5\d]{{0,3}}?)({_LEVEL})(?!学院|学校)"
)  # (我就1个技师; not 我是个旧技师学院的)
# 我20年拿的 我徒弟今年也在考技师: one's own date, said first (or set against another's: 他20年拿的证我21年拿的)
_OWN_DATE_FIRST = re.compile(r"\s*[\d一二三四五六七八九十零〇]{2,4}\s*年[^，,。\s]{0,3}(拿|考|取得|评)")
_ANOTHERS_DATE_JUST_BEFORE = re.compile(r"[他她]\s*\d{2,4}\s*年[^，,。]{0,4}(拿|考)的?证?\s*$")


def _first_or_set_against(text: str, mention: _Mention) -> bool:
    before = text[: mention.start]
    return not before.strip() or bool(_ANOTHERS_DATE_JUST_BEFORE.search(before))


_ONESELF = re.compile(r"(我|俺|阮|额)(自己|自个儿?|家己|本人|也(是|在|干|做|有|拿|考|问))|本人")
# 我还冇去考 / 我係广西技术能手 / 我只有助工 / 我乜都冇: the speaker says what they are, have or have not
_SAYS_OWN = re.compile(
    r"(也|还|就|只|才|倒|都|可)?(没|冇|有|拿|考|啥|乜|什么|在[^，,。\s]{0,8}(搞|干|做|开|修|上班|种|养))|一直(都)?在|"
    r"是\s*\d{2,4}\s*年(的|拿的|考的)?(?=[\s，,。]|$)|"  # (我老婆是20年的 我是18年, asked the date: one's own)
    r"(先|就|也|还)评|(就|只)(一|1)个|(这种|这样的?|这个)(也)?(能不能|能|可以)(评|报)|不敢比|比不(了|上)|"
    rf"[是係系][^，,。\s]{{0,8}}({_LEVEL}|能手|工程师|助工|职称|传承人|劳模)(?!学院|学校)"
)


def _oneself(text: str, mentions: list[_Mention]) -> str | None:
    """我自己是高级工，我媳妇才是技师，她回头也想问问 / 俺对象是高级技师…俺也在邯钢 开天车: no one else asked
    about now — the speaker, said so (自己, or 也 after another's case)."""
    # (…我挖机高级工 22年6月拿的证: the speaker's own level said after another's case)
    own_level = any(m.who == "self" and m.subject and _OWN_LEVEL_AFTER.match(text, m.end) for m in mentions)
    unnamed = bool(mentions) and mentions[0].end == 0  # (see _unnamed_speaker_first)
    own_says = any(
        m.who == "self"
        and m.subject
        and text[m.start : m.start + 1] in "我俺额阮"  # (not a caller narrated as 他 / 她)
        and (_SAYS_OWN.match(text, m.end) or (_OWN_DATE_FIRST.match(text, m.end) and _first_or_set_against(text, m)))
        and not text[: m.start].endswith("不是")
        for m in mentions
    )
    other = next((m for m in mentions if m.who != "self"), None)
    case_first = other is not None and _own_case(text[: other.start]) and mentions[0].who == "self"
    said = (
        (_ONESELF.search(text) and any(m.who == "self" and m.subject for m in mentions))
        or own_level
        or unnamed
        or case_first
    )
    # a relative, or 她 said of one (两口子…她去年评上), or 老李 / 小王 / 马姐: not 丽江某酒店 (江某) nor 带徒弟
    family = any(
        m.who.startswith("kin:") or (m.who == "other" and m.subject) or re.fullmatch(r"name:([老小].|.[姐哥])", m.who)
        for m in mentions
    )
    return "self" if (said or own_says) and family else None


def _asked(text: str, mentions: list[_Mention]) -> str | None:
    """Who the question is about: the object of 问 / 看 / 帮 (the last such), else the last who wishes."""
    strong, weak = None, None
    for mention in mentions:
        if mention.start == mention.end:  # the speaker's own case, said first (工程师 另外我们车间主任…他能…)
            weak = mention.who
            continue
        before = text[max(0, mention.start - 6) : mention.start]
        after = text[mention.end : mention.end + 12]
        if mention.who == "self" and re.search(r"[他她](也|就)?(问|叫|让)$", before):
            continue  # 她问我能不能评: the one who asks wishes, not the speaker asked
        if _PUT_OFF.search(before):
            continue  # 等下再问她的: asked about later, not now
        if mention.who != "self" and _PUT_OFF.search(text, mention.end):
            continue  # 额媳妇也是技师 她能评啥 等下再问她的: the wish said, then put off
        if _ASKED_BEFORE.search(before) or (_HELPED_BEFORE.search(before) and _HELPED_AFTER.search(after)):
            strong = mention.who
        elif mention.subject and _WISHES_AFTER.search(after):
            # (另外我们科长…他能不能… / 另外我们车间主任是全国技术能手 他能…: asked on the side)
            aside = weak is not None and _ASIDE_BEFORE.search(text, 0, mention.start) is not None
            # (俺…技师…想问问能评个工程师不 俺们队长是高级技师 他也想评: another wishing the same, after the speaker)
            # (我都合格 我们班小王有一年不合格 他也想评: or after the speaker's own answer)
            own_first = _OWN_WISH.search(text, 0, mention.start) or _OWN_WORDS_FIRST.match(text)
            also = mention.who != "self" and re.match(r"也", after) and own_first
            weak = (weak or "self") if also else weak if aside else mention.who
    return strong or weak
