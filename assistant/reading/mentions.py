"""What a level or title named in a message is to the person: held, wanted, or denied.

The nearest cue before the word in its clause decides (我是 / 拿的 / 考下 → held; 想评 / 能不能 /
报 → wanted; 不是 / 没有 → denied); with no cue before, what follows it (证、证书、a date → held; 吗、
不、呢 → wanted); otherwise a skill level is held and a title is what the person has.
"""

from __future__ import annotations

import functools
import re

from assistant.reading.clauses import clause_at
from assistant.reading.people import SURNAMES
from corpus.lexicon import LexiconMatch, load_lexicon
from rules import load_parameters

HELD, WANTED, DENIED = "held", "wanted", "denied"

# 我都正高级工程师了 / 他早就是技师: a level already held
ALREADY = r"(?<=[我俺他她])(都|早就|已经|早都)"
_CUES = (
    # 我都技师好多年了还评啥子高级工: a level dismissed; 我们厂有评农艺师的: others' level, not the person's
    (
        DENIED,
        re.compile(
            r"(不是|并非|没有|没|无|还没有?|不算|不在|不属于|非|跳过|越过|跨过|不经过|不是(想|要)?(评上了?|拿了?|考了?|评|考|报)|还(评|考|要)(啥子?|什么)|还(问|提)|说成|写成|记成|看成|[不唔勿](再|想|需要|用|必)?先?(评|考|报|申报|要|走|整|弄|搞)|[不唔]想(由|从)|无需先?(评|考|报)|(总)?不(可能|会)(去)?(评|报|走)|(咋|怎么|哪)可能(再)?(去)?(弄|考|评|报|拿)|(我们|俺们|咱们)[^，,。]{0,4}有(人|的)?(评|报|考)(过|了)?|不给?聘(任)?|(?<![^\s，,。])(啥子?|撒子?|什么)|(?<=[了咧嘞再后])(再)?(说|考虑)(?!的)|还是(要|得|需要)先(考|拿|评|弄|整)个?)$"
        ),
    ),
    (
        HELD,
        re.compile(
            rf"(我是|他是|她是|本身是|就是|也是|是个|是一名|{ALREADY}(是)?|(?<=[我他她俺额])(一个|1个|一名|1名|这个|这种|这)|是|有|持有|(?<![能会想要便再去])拿(了|(?!\s*个))|拿的|(?<![能会想要没])拿到了?|取得了?|获得了?|考了|考过|"
            r"考取了?|考下来?了?|(评|批|发|申请)下来了?|(?<![想能要没])考上了?|(?<![想能要])考到了?|考出来?了?|(?<![想能要会得先没])评上了?|评了|当上了?|当了|属于)\s*(个|一个|了|着)?$"
        ),
    ),
    (
        WANTED,
        re.compile(
            r"((整|弄|搞|评)得(成|到|上|了)|想(评|报|考)(的|嘞|哩)(也|就|其实)?是|想评的是|想报的是|要评的是|想考的是|(要|想)?申请的(也|就)?是|(要|想)?申报的(也|就)?是|想评|想考|想报|想申报|想申请|想弄|想拿|想走|想搞|想整|(想|要)(接着|继续|再|还)(搞|整|弄|评|考|报|拿)|(想|要|打算)(再)?补(考)?|晋级|评审|评得?|申报|申请|申个|报|考得?|"
            r"冲|升|晋升?|够|能|可以|打算|准备|(想|要)?往|(想)?试(试|哈|下|一下)(评|考|报)?|"  # 我想试哈高级工艺美术师
            r"参加|弄个|弄|整个|整|搞个|拿个|(就|只)问|到|直接|要|转|(?<![已都])换|算)\s*(个|一个|上)?$"
        ),
    ),
)
_AFTER_HELD = re.compile(
    # (not 工程师 打错字了: the word the typo meant; not 副高他已经不想要了: a wish given up)
    r"^(?!\s*(太|很|挺|比较|有点|更|打错|写错|输错|按错))(?![^，,。；;？?]{0,6}不(想|再)?(要|评|报|考虑|稀罕)了)\s*(证|证书|资格|职称证|等级证)?\s*(是|已经|有)?[^，,。；;？?]{0,6}(拿的|取得的|考的|"
    r"评的|获得的|发的|年了|(?<![对算错])了(?![不吗没么呢吧]))|^\s*(证|证书)|^\s*[,，]?\s*\d{2,4}\s*[年.]"
)
_AFTER_WANTED = re.compile(
    r"^\s*(可以|能|可不可以|能不能)?\s*直接(报|评|申报|申请)|^\s*应该(能|可以)(评|报)|"
    # 化工总控工高级工咋申请: how to apply for it, the clause ending there (not 技师咋评工程师)
    r"^\s*(证|证书)?(咋|怎么|如何|怎样)(个)?(申请|申报|报名|报|考|评)(呢|啊|呀|哦|嘞)?\s*($|[，,。？?\s])|"
    # (调饮师四级 别的没得: nothing else held, not a question)
    r"^(?!\s*(然后|完了|接着|别的|其他|其它))[^，,。；;我]{0,3}(吗|么|不(?!好意思|对|是)|没(?!问题|事)|呢|？|\?|行不行|可不可以|可以不|能不能|中不中|有戏)"
)
_WILL_DO = re.compile(r"\s*(就|也)(行|可以|好|中|成)(?![^，,。]{0,2}[吗么？?])")
_SPAN = 8  # how far back a cue may stand from the word
_WISH_BEFORE_AN_EXAMPLE = re.compile(
    r"(想|能不能|可不可以|可以|能否)[^。？?]{0,6}(评|考|报|申请|申报|弄|拿)[^。？?]{0,12}[，,\s]*$"
)
_CHANGED_MIND = re.compile(r"(的)?[，,\s]*(后来|现在|但是?|可是?|不过)")
_GIVEN_UP = re.compile(r"[，,\s]*(现在|后来|但是?|可)(又)?(说)?(不评|不考|不报|不弄)了")
_WISH_CORRECTED = re.compile(r"不是(想|要)(评|报|考|申报|申请)[^，,。？?]{1,12}[，,\s]*(而)?是\s*$")
_WISH_FOR_AN_OCCUPATION = re.compile(
    r"(想(?!问|咨询|了解)|要|申请(?!的|了|下来)|申报(?!的|了)|报考|报个|考个|整个|弄个|搞个|评(?![上了过]))\s?"
    r"([^，,。；;？?\s是]{2,20}(师|员|工)|(职业)?技能等级)(的|嘞)?$"
)  # (想考个技能等级嘞高级工: the kind, then the level)
# 想再晋一级 / 想晋个技能等级 (钳工技师) / 想晋个汽车装调工的技能等级 (高级工): a wish whose level is said after it
_WISH_WITHOUT_ITS_LEVEL = re.compile(
    r"(想|要|打算)[^，,。]{0,4}(晋一级|升一级|往上(走|评|考)一?(级|步)?|晋个?等级|"
    r"(晋|评|考|弄|整|搞|拿|申请|报)个[^，,。\s]{0,8}?技能等级)[，,\s]*$"
)


def _imagined(text: str, match: LexiconMatch, clause_start: int) -> str | None:
    """评上工程师的话单位给不给分房 / 评上工程师了社保基数能不能调: what a title would bring — imagined, not held."""
    before = text[max(clause_start, match.start - _SPAN) : match.start]
    return DENIED if re.search(r"(评上|当上)了?$", before) and _IMAGINED_AFTER.match(text, match.end) else None


# what a title would bring, once got
_IMAGINED_AFTER = re.compile(
    r"\s*(职称)?(了|以后|之后)?[^，,。？?]{0,2}的话|"
    r"\s*(职称)?(了|以后|之后)?[^，,。？?]{0,12}(社保|工资|待遇|分房|房子|补贴|基数|退休金|加钱|奖金)"
)
_A_TITLE_WISHED = re.compile(r"(想|要|打算)(评|报|申报|申请|弄|整|搞)(个|一个)?职称[哦啊嘛呢]?[，,\s]*$")
_ASKING_VERB = re.compile(r"想问|请问|问一下|问下|咨询")
# 我是工程师 前年用职称申请的技师: applied for, in a year gone by — held
_APPLIED_FOR_BEFORE = re.compile(
    r"(今年|前年|去年|大前年|\d{2,4}\s*年|那年)[^，,。]{0,12}(?<![想要])(申请|申报)(的|了|嘞|哩)[^，,。\s]{0,10}$"
)  # (去年用职称申请的继电保护员技师: the occupation named between)
# 想退休前评上工程师 / 争取明年考上技师: a level hoped for, though 评上 / 考上 alone says it is held
_HOPED_TO_GET = re.compile(
    r"(想(?!问|咨询|了解)|争取|希望|打算|盼着?)[^，,。；;？?]{0,6}(评上|考上|拿到|评到)\s*(个|一个)?$"
)
_WISH_OPENS = re.compile(
    r"\s*(我|俺|他|她)?(现在|今年|明年|以后|目前)?(咨询|询问|问|请问|想问)?(想|准备|打算|还想|想要|能不能|可不可以|能否|是否可以|是否能|可以)((给|帮|替)[^，,。]{1,12}?)?(去|再|着|要|接着|继续|按[^，,。]{1,6})?(考|评|报|申请|申报|弄|拿|晋级)"
)  # (现在能不能接着报电工技师: the next level, wished for)
# (中药调剂员高级工 能不能评个中药师: a title of any series named as what is asked)
_LEVEL_AHEAD = re.compile(
    r"高级工|技师|助理|工程师|中级|副高|正高|职称|技能等级|等级证|工种|(评|报|申报|申请)个?[\u4e00-\u9fff]{1,5}师(?!傅)"
)
_EXAM_NAMED = re.compile(
    r"(会计|审计|统计|经济|翻译|出版|通信|建造|软考|资格).{0,6}(报名|报考|考)|(报名|报考|考).{0,6}(会计|审计|统计|经济|翻译|出版|通信|建造|软考|资格)|"
    r"[一二]建"
)


def _said_across_clauses(text: str, match: LexiconMatch, clause_start: int) -> str | None:
    """What a clause before or after says of the word: 原来问的是评助理工程师，现在又说不评了 (given up);
    不是想评农艺师，是助理农艺师 (the wish, corrected); 能不能去评个技能等级，比如…一级那种 (an example of the wish)."""
    once_wanted = re.search(r"(本来|原来|原先|之前)(是)?(想|要|打算)(考|评|报)个?\s*$", text[: match.start])
    if _DOES_NOT_FIT.match(text, match.end):
        return DENIED  # 我这个木雕跟工程不搭边: whatever came before, the word is set aside
    if _GIVEN_UP.match(text, match.end) or (once_wanted and _CHANGED_MIND.match(text, match.end)):
        return DENIED  # (本来想考经济师的 后来一想还是评职称划算: a wish dropped for another)
    if _WISH_CORRECTED.search(text[: match.start]):
        return WANTED
    # (现在想再晋一级 高级技师 / 想晋个技能等级 钳工技师: the level of the wish said just before, its trade first)
    occupation_first = re.fullmatch(
        r"\s*[\u4e00-\u9fff]{0,8}", text[clause_start : match.start]
    )  # (电梯安装维修工高级工)
    # (有职称 想晋个技能等级 我是助理工程师 / 我是食品厂的助理工程师: the title held, said after the wish)
    held_said = re.search(
        r"(我|俺|本人)(已经|早就|早|都|也|就)*(是|有)([^，,。]{1,10}的)?\s*$", text[clause_start : match.start]
    )  # (我已经是工程师了)
    title = match.entry.kind in ("series_title", "title_level")
    if (
        occupation_first
        and not held_said
        and (
            _WISH_WITHOUT_ITS_LEVEL.search(text[:clause_start])
            or (title and _A_TITLE_WISHED.search(text[:clause_start]))
        )
    ):
        return WANTED  # (我想评个职称 农业系列嘞副高: the title wished, said after the wish)
    # (想评个职称嘛，助理工程师那种: the kind of title wished for, in the clause after the wish)
    # (想评职称 就那个助理工程师: the wish named in the clause after it)
    example = re.match(r"\s*(比如(说)?|例如|譬如|就(是)?那个)", text[clause_start:]) or (
        match.start == clause_start and re.match(r"[^，,。]{0,2}(那种|那个|那样的?|那类|这种|这类)", text[match.end :])
    )
    dismissed = _DISMISSED.match(text, match.end)  # (助理那个我不要: not an example, a level set aside)
    return WANTED if example and _WISH_BEFORE_AN_EXAMPLE.search(text[:clause_start]) and not dismissed else None


# 用技师可唔可以评 / 去年用工程师职称申请的钳工技师: what one applies with, and the applying
MEANS = r"(用|凭|靠)着?"
APPLYING = r"(可唔可以|可不可以|能不能|能唔能|可以|能)?(去|来)?(报|考|申报|申请|评|换)"
_MEANS_BEFORE = re.compile(rf"(?<!没){MEANS}[^，,。用]{{0,3}}$")
_APPLYING_AFTER = re.compile(rf"\s*的?(证|证书|职称)?\s*{APPLYING}")


def said_as_the_means(before: str, after: str) -> bool:
    """想评中职讲师 用技师可唔可以评 / 前年用工程师职称申请的技师: the level said is the one applied with — held."""
    return bool(_MEANS_BEFORE.search(before) and _APPLYING_AFTER.match(after))


def _the_means_or_a_time(before: str, after: str) -> bool:
    """The level one applies with, or a time told by the level got (考技师以后就一直在修车; not 拿了高级技师以后
    干满几年？: the rule's time, asked)."""
    time = re.match(r"\s*(证)?(以后|之后|那年|那会儿?)(?![^，,。]{0,6}(几年|多久|[？?]))", after)
    return said_as_the_means(before, after) or bool(time and re.search(r"(考|拿|取得)(了|到|上)?$", before))


# 想给我们一个化工总控工技师推荐评工程师: the employee put forward, described by the level they hold
_PUT_FORWARD = re.compile(
    r"((给|帮|替|推荐)(我们|咱们)?(单位|厂|公司)?([^，,。\d评报推]{1,6}的|车间|班组|科室|工段|队里|厂里)?)(一|1)(个|名|位)"
    r"[^，,。\d评报推]{0,8}$|"
    r"推荐(我们|咱们)?(单位|厂|公司)?(车间|班组|科室|工段|队里|厂里)[^，,。\d评报推]{0,6}$"
)  # (推荐我们锅炉房的一个锅炉操作工技师 / 想给车间一个高级技师申报 / 想推荐车间焊工技师小李: a workshop named)

_SUPPOSED = re.compile(
    r"((要是|如果|假如|万一|假设)[^，,。]{0,3}|(想问下?|请问|问一下|问下)[^，,。]{0,6})(评了|评上了?|拿到了?|考上了?)\s*(个|一个)?$"
)


def _hoped_for_or_done(text: str, match: LexiconMatch, clause_start: int) -> str | None:
    """想退休前评上工程师: hoped for, though 评上 says held; 前年用职称申请的技师: applied for and done; 给我们一个
    化工总控工技师推荐: the level of the one put forward."""
    if _PUT_FORWARD.search(text, clause_start, match.start):
        return HELD
    if _SUPPOSED.search(text, max(0, clause_start - 6), match.start):
        return DENIED  # 要是评了工程师，以后退休工资…: a level supposed, neither held nor asked for
    if (
        re.search(r"^[^我俺]*(评上|考上|拿到)了?\s*(个|一个)?$", text[clause_start : match.start])
        and re.match(
            r"[^，,。？?\s了]{0,10}(会不会|能不能|可不可以|有没有|能多|会多|[要得](交|花|给))|"
            r"\s+(会不会|能不能|可不可以|能)(多|涨|加|分|享受)",  # 评上了工程师 能不能多休几天年假
            text[match.end :],
        )
    ):
        # 评上工程师社保基数会不会跟到涨 / 评上高级技师有没有人才补贴 / 评上高级工艺美术师要交好多钱: what it would
        # bring or cost, supposed
        return DENIED
    if _HOPED_TO_GET.search(text, clause_start, match.start):
        return WANTED
    if not text[clause_start : match.start].strip() and re.match(
        r"\s*(想|要|准备|打算)(评|报|申报|申请)(一下|下)?\s*($|[，,。\s])", text[match.end :]
    ):
        return WANTED  # 高级工艺美术师想评: the title named first, the wish after it
    return HELD if _APPLIED_FOR_BEFORE.search(text, clause_start, match.start) else None


def _when_it_was_taken(before: str, after: str) -> bool:
    """我考高级工是在2023年: the exam taken then, not one to sit."""
    return bool(re.search(r"考(的|了)?$", before) and re.match(r"\s*是(在)?\s*\d{2,4}\s*年", after))


def _of_the_one_applied_for(before: str, after: str) -> bool:
    """想给高级技师陈师傅报正高: the level of the person named after it, for whom one applies."""
    named = re.match(rf"(的)?([{SURNAMES}](师傅|师父|老师|工)|[老小][{SURNAMES}])", after)
    return bool(named) and bool(re.search(r"(给|帮|替)[^，,。]{0,6}$", before))


_OBTAINED_SINCE = re.compile(r"[\s，,]*[^，,。\s]{0,6}(拿到|拿|下来|发下来|取得)(的|了|嘞)")


# (every word's role is asked again as each other word of the message is read: worked out once per message)
@functools.lru_cache(maxsize=4096)
def role(text: str, match: LexiconMatch, clause_start: int) -> tuple[str, bool]:
    """(held | wanted | denied, whether a cue said so) for the word at `match`, within its clause."""
    if re.fullmatch(r"\s*(对|对的|是的|嗯|没错)[，,。\s]*(就)?是\s*", text[: match.start]):
        return HELD, False  # 对 就是助理工程师: the word asked about, confirmed — no cue of its own
    if re.search(r"(申请|申报)(的|嘞)$", text[: match.start]) and _OBTAINED_SINCE.match(text, match.end):
        return HELD, True  # 我是靠助理工程师申请的高级工 去年拿到的: applied for, and since obtained
    if _an_alternative_wished(text, match, clause_start):
        return WANTED, True
    return _role_in_its_clause(text, match, clause_start)


_OR_ELSE = re.compile(r"\s*(还是|或者|或是)\s*(直接)?(评|考|报|弄|整)?个?\s*")
_OR_ELSE_BEFORE = re.compile(_OR_ELSE.pattern + "$")


def _an_alternative_wished(text: str, match: LexiconMatch, clause_start: int) -> bool:
    """想评卫生系列的中药士还是中药师 / 想评技术员还是助理工程师: the level after 还是 is an option of the wish,
    as the one before it is (not 我是高级工还是技师来着: one held, not remembered)."""
    if not _OR_ELSE_BEFORE.search(text, 0, match.start):
        return False  # (most words have no 还是 before them: the levels named before are not looked for)
    named = [m for m in load_lexicon().find(text[: match.start]) if m.entry.kind in _LEVEL_KINDS]
    if not named or not _OR_ELSE.fullmatch(text, named[-1].end, match.start):
        return False
    previous = named[-1]
    return role(text, previous, clause_at(text, previous.start).start)[0] == WANTED


_LEVEL_KINDS = ("skill_level", "title_level", "series_title")


def _role_in_its_clause(text: str, match: LexiconMatch, clause_start: int) -> tuple[str, bool]:
    if cue := (
        _said_across_clauses(text, match, clause_start)
        or _hoped_for_or_done(text, match, clause_start)
        or _imagined(text, match, clause_start)
    ):
        return cue, True
    before = text[max(clause_start, match.start - _SPAN) : match.start]
    nearest = _nearest_cue(_ASKING_VERB.split(before)[-1])  # 2017年拿的证书想问副高…: what follows 想问 is asked
    if nearest is None and _WISH_OPENS.match(text, clause_start):
        nearest = (WANTED, _SPAN)  # 想考和我岗位对口的电工技师: the wish that opens the clause
    wish_cue = nearest is None or nearest[0] == WANTED  # 想整个汽车维修工技师证: the grade of the occupation wanted
    occupation_wished = _WISH_FOR_AN_OCCUPATION.search(text[max(clause_start, match.start - 20) : match.start])
    # (想拿个西式面点师的高级工证: the 拿 of the wish is no level held)
    if occupation_wished and (wish_cue or occupation_wished.group().startswith("想")):
        return WANTED, True  # 申请企业人力资源管理师二级: the grade of the occupation applied for
    after = text[match.end : match.end + 14]
    certificate = re.match(r"\s*(证|证书)", after) or match.surface.endswith(("证", "证书"))
    wished = _WISH_OPENS.match(text, clause_start) and not (nearest and nearest[0] == HELD)
    use = re.match(r"\s*(证|证书)?\s*(去|来)(报|考|申报|申请|评|参加)", after)
    if use and re.search(r"(拿|用|凭|持)着?(这个|那个|个)?$", before):
        return HELD, True  # 我能不能拿高级工证去报二级建造师: the certificate one has, used to apply
    if (
        _the_means_or_a_time(before, after)
        or _of_the_one_applied_for(before, after)
        or _when_it_was_taken(before, after)
    ):
        return HELD, True
    if certificate and not (nearest and nearest[0] != HELD and nearest[1] <= 4) and not wished:
        return HELD, True  # 评茶员技师证 / 技师证是2023年考的: a certificate is held
    if nearest and (said_of_the_wish := _the_wish_said(text, match, before, nearest)):
        return said_of_the_wish, True
    if nearest and nearest[0] == HELD and re.match(r"\s*(证|证书)?\s*(没(啥|什么)?用|有(没有|啥|什么)?用)", after):
        return HELD, True  # 之前也考过一个水工的中级工 没啥用 / 有个汽车驾驶员高级工 有用没得: held, its use asked
    if said := _role_from_what_follows(text, match, clause_start):
        return said
    return (nearest[0], True) if nearest else (HELD, False)


_DOES_NOT_FIT = re.compile(r"\s*(系列)?(都|也|又)?(不沾边|不挨边|扯不上|不搭边|沾不上边)")
_A_SERIES_BETWEEN = re.compile(r"[^，,。\s]{1,8}系列(的|嘞|哩|滴)?\s*")
# 工程师吧，助理的没啥意思 / 工程师那个我嫌低 / 助理个冇啥意思 / 助理(嘞)那个我不要: a level dismissed
# 助理的没啥意思 / 嫌低 / (我是技师) 评高级工干啥: a level below, asked what for
NOT_WORTH = (
    r"没得?(啥子?|什么|乜|哪样|么子|甚|甚么)?意思|不稀罕|看不上|瞧不上|我?嫌低|(太|有点|有些|偏)低了?|低了点"
    r"|[干做](啥子?|嘛|么子)[哦嘛哟呢啊]?(?=[\s，,。？?！!]|$)"
)
_DISMISSED = re.compile(  # (助理中级的阮无想欲: two levels named together, then dismissed)
    r"([、和跟]?(助理|初级|中级|副高|正高)级?)?\s*(的|嘞|哩)?(的|嘞|那个|这个|𠮶个|那啲|那些|个|级|那玩意儿?|那东西|么|嘛|呢|那是|那就是)?((?P<twice>[^，,。\s])(?P=twice)(的|嘞)[\s，,]*)?(我|俺|他|她|额|阮|哇|伊|阿拉)?(嫌(伊|它|他|她)?)?(就|也|都|可)?(先|暂时)?(说)?(自己)?("
    + NOT_WORTH
    # (工程师 不想评助理: the dismissal names its own level)
    + r"|没(啥)?用|算了(?!下|一下|算)|不考虑|(唔|不)谂(住)?|"
    # (副高 不想再等那三年 / 副高 不想再一年年等了 / 正高 不想排队了: the wait refused, not the level)
    r"(不想|不要|不评|不整|不弄|不搞)(?![^，,。\s]{0,3}(助理|员级|初级|中级|副高|正高|高级|技师|工程师))(?!再?(([一1]年){1,2}|[一1]?年年)?(等|熬|排队))|"
    r"(做|干)(啥子?|什么|嘛)|"
    # 正高那个估计够不着 / 怕不够格
    r"(估计|肯定|可能|怕是|怕)?(也|都)?(够不着|够不上|够不到|不够格|不够资格|没戏|没指望)(?!的话)|"
    # 闽南 副高阮知影无够: not enough for it
    r"阮?(知道|晓得)?(无|不)够(?![格资用了\d一二两三四五六七八九十年]|的话|就)|"
    r"(估计|肯定|可能|怕是|怕)(不行|不得行|不成|不中|够呛|悬)(?![吧吗么嘛？?])|"  # 高级技师估计不行 / 估计不得行
    # (高级技师我这个中级应该够不着: the one held said between)
    r"(这个?[^，,。\s]{0,3}?)?(晓得|知道)?(应该|估计|肯定|可能|怕是)?(也|都|还)?(够不着|够不上|够不到|不够格)(?!的话)|"
    r"太难了?|难考|怕?(考不过|考不上)|"
    r"(晓得|知道|清楚|肯定)?(肯定|估计)?(评不上|评不了|评不到)(?!的话)(?=[嘞了啊呀哦咧\s，,。！!]|$)(?![\s，,]*[^，,。\s]{0,4}也行)|"
    r"可?不敢(想|指望)|想都(不|莫|别)敢?想|(说出去)?没人认|"  # 统计那个太难
    r"(之后|以后|往后|回头|下次|过两年)再(讲|说|看|考虑|算))"  # 中级先啦 副高之后再讲: put off
)
_NOT_WORTH_IT = re.compile(rf"\s*(的|嘞|那个|个)?(就|也|都)?({NOT_WORTH})")  # not 太难了: a wish still
_A_YEAR = r"(\d{2,4}|[一二〇零][一二三四五六七八九〇零]{1,3})\s*年"
# What the words right after a level say it is to the person, in order.
_SAID_AFTER = (
    # 我刚说的技师不对 (not 17年拿的高级工 不对是18年: the date corrected)
    # (工艺美术应该也不对: a series guessed and set aside)
    (
        re.compile(
            r"\s*(应该|好像|估计)?(也)?(不对|说错了?|错了|搞错了)(?![，,。\s]*(应该|其实)?是?\s*" + _A_YEAR + ")"
        ),
        DENIED,
    ),
    (_DISMISSED, DENIED),
    # 技师不是 是高级工 / 二级那个不是 是一级: the level denied
    (re.compile(r"\s*(那个|这个|的)?(也)?不是(?=[\s，,。！!]|$)"), DENIED),
    (re.compile(r"\s*(也)?(没有|没得)(?=[\s，,。！!]|$)"), DENIED),  # 正高没有 副高 高级实验师: not held
    # (我是高级技师 技师是以前的: the level held before, superseded)
    (re.compile(r"\s*(那)?是(以前|之前|原来|早先|老早)(的|嘞|哩)(?=[\s，,。！!]|$)"), DENIED),
    # 工程农业都不沾边 / 工程农业嗰啲都唔啱 (as normalised: 那啲都不啱) / 工程农业那些都不对: the series named, each set
    # aside
    (
        re.compile(
            r"\s*(系列)?([、和跟与]?[\u4e00-\u9fff]{2,4}(系列)?)?(那些|这些|那几个|哪个|哪一个|那啲)?"
            r"((都|也)?(不沾边|不挨边|扯不上|不搭边|沾不上边|不啱)|(都|也)(不对|不是))"
        ),
        DENIED,
    ),
    (re.compile(r"\s*(我|他|她)?(还)?(没|没有)(考|报|去考)"), DENIED),  # 技师，二建我没考: an exam not taken
    (re.compile(r"\s*(没|没有)(评上|评下来|通过|批下来)"), DENIED),  # 去年报了工程师没评上: not held
    (re.compile(r"\s*(那个|的)?(还在|正在)(走流程|审核?|批|办)"), DENIED),  # 技师那个还在走流程: not held yet
    (re.compile(r"\s*[^，,。]{0,6}(评烂了|烂大街|一抓一大把)"), DENIED),  # 副高我们厂都评烂了: too common to want
    # 副高评不到的话 那就按工程师看: out of reach, another taken instead (not 副高 评不上的话工程师也得: a fallback)
    (re.compile(r"\s*(评|考|报|够)不(到|上|了|着)的话[，,\s]*那就"), DENIED),
    # 工程的跟我们不沾边 / 工程农业那些 跟俺们炒菜都不沾边: a series set aside
    (
        re.compile(
            r"\s*([\u4e00-\u9fff]{2}(系列)?)?(的|那个|那边|那些|这些)?[^，,。]{0,2}(跟|和|与)[^，,。]{0,6}(不沾边|没关系|没啥关系|不搭|不挨边|扯不上)"
        ),
        DENIED,
    ),
    # 卫生系列，想评主管中药师…工程那些用不上 / 厂里说工程系列对不上: a series that does not fit
    # (统计那个我们单位用不上: the one it is of no use to named between)
    (
        re.compile(
            r"\s*(系列)?(那些|那个|的)?((我们|俺们|咱们)(单位|厂|公司)?)?[^，,。\s]{0,2}(用不上|用不着|对不上|不对口|不对路|不合适|评不了)"
        ),
        DENIED,
    ),
    (re.compile(r"\s*那个[，,\s]*(能|可以)?(考|评|报|申请)(不|吗|么)"), WANTED),  # 高级技师那个，能考不
    # 助工能评了不 我高级工: the level wanted, asked if it is open now (not 高级工能报吗, of an exam: the level held)
    (re.compile(r"\s*(现在)?(能|可以)评了(不|吗|么|没)(?=[\s，,。？?]|$)"), WANTED),
    (re.compile(r"\s*(要|需要|得)(啥子?|什么|哪些)(条件|要求)"), WANTED),  # 助理工程师要啥子条件嘛 我是高级工
    # 技师考试去哪报名: the exam for a level, asked about
    (re.compile(r"\s*(的)?(考试|鉴定)[^，,。]{0,6}(去哪|在哪|哪里|怎么报|咋报|什么时候|啥时候|报名)"), WANTED),
    # 有职称的可以申请技能等级 我不知道员级的算不算: whether the level held counts
    (re.compile(r"\s*(的)?(职称|证|证书)?(算不算|算吗|算数吗|也算吗)"), HELD),
    (re.compile(r"\s*(职称|证书)?的人"), HELD),  # 正高级职称的人能不能申报: a kind of person, the asker among them
    # 副高啦 中级我已经有㗎喇: a level already had
    (re.compile(r"\s*(我|俺|额|阮)?(已经|早就|早都)有(了|咗|㗎|嘞|啦)?"), HELD),
    # 先看看高级工能评啥: what the level held opens
    (re.compile(r"\s*(能|可以)(评|报|申报)(啥|什么|哪个|哪些|哪一?级)"), HELD),
    # 技师是23年用职称申请下来嘞: a level got, dated
    (re.compile(r"\s*(证)?是\s*\d{2,4}\s*年[^，,。]{0,8}(申请|考|拿|评|取得)(下来|到|上|的|嘞)"), HELD),
)


def _the_wish_said(text: str, match: LexiconMatch, before: str, nearest: tuple[str, int]) -> str | None:
    """The role a cue close before the word gives it: 年纪大了评助理没意思 (the wish named, to be set aside);
    想评农业系列嘞中级，18年拿嘞证 (the series, then the level of the wish)."""
    if nearest[0] == WANTED and _NOT_WORTH_IT.match(text, match.end):
        return DENIED
    if nearest[1] <= 4:
        return nearest[0]
    series_between = _A_SERIES_BETWEEN.fullmatch(before[len(before) - nearest[1] :])
    return WANTED if nearest[0] == WANTED and series_between else None


# 农艺师 技师证能评不: the title named, then whether a level held may apply for it
_ASKED_IN_FULL = re.compile(r"\s*(能|可以|能不能|可不可以)[^\s]{0,2}(评|报|申报|申请|考)(不|吗|么|没|呢|啊|嘛)?(?=\s)")
_ASKED_WITH_A_LEVEL = re.compile(r"\s*(高级工|技师|高级技师)(证|证书)?(能|可以)(评|报)(不|吗|么|没)")


def _role_from_what_follows(text: str, match: LexiconMatch, clause_start: int) -> tuple[str, bool] | None:
    """The role the words after the level give it (技师不对 / 助理的没啥意思 / 技师证是2023年考的 / 能不能报…)."""
    after = text[match.end : match.end + 14]
    said = next((role for words, role in _SAID_AFTER if words.match(after)), None)
    if said:
        return said, True
    if re.search(r"(能|可以)(评|报|申报|申请)[^，,。？?]{1,8}$", text[clause_start : match.start]):
        return WANTED, True  # 听说我们这种也能评工艺美术的助理级了: what may be applied for, named further on
    if _ASKED_WITH_A_LEVEL.match(after):
        return WANTED, True
    # (想问高级工程师能不能报了: the 了 of the question, not of a level had)
    asked_next = re.match(r"\s*(能不能|可不可以|能否|可以不|行不行)", after)
    if _AFTER_HELD.search(after) and not asked_next:
        return HELD, True
    if _WILL_DO.match(after) and not re.search(r"说|要求|只要|需要|得", text[clause_start : match.start]):
        return WANTED, True  # 评职称啊 助理工程师就行: the level that will do (not 有人说技师就中: the condition heard)
    if _AFTER_WANTED.search(after):
        # 助理工程师能不能报高级工 / 审计师我们技师能报名吗: the level is the subject, what follows is asked
        own_noun = re.match(r"\s*(职称|证书|证|资格)", after)  # 馆员职称？: the word's own noun, not another level
        # 灯光师高级工 有没有可能评个艺术系列的职称: another level asked for further on in the sentence
        ahead = re.split(r"[，,。；;？?]", text[match.end : match.end + 24])[0]
        if asked_in_full := _ASKED_IN_FULL.match(ahead):
            ahead = asked_in_full.group()  # 工程师能评不 电工技师 22年的: the question ends before the level held
        subject = _LEVEL_AHEAD.search(ahead, own_noun.end() if own_noun else 0) or _EXAM_NAMED.search(text)
        return (HELD if subject else WANTED), True
    return None


def _nearest_cue(before: str) -> tuple[str, int] | None:
    """(kind, how many characters lie between the cue and the word) of the cue nearest the word; of
    two ending at the same place the longer wins (想评的是 over 是)."""
    nearest: tuple[str, int, int] | None = None
    before = re.sub(r"(这种|这个|这)情况", lambda said: " " * len(said.group()), before)  # 我这种情况正高能不能报
    for kind, cue in _CUES:
        for cut in range(len(before) + 1):  # the cue that ends closest to the word wins
            found = cue.search(before[: len(before) - cut])
            if found and len(found.group()) == 1 and before[len(before) - cut :].strip():
                continue  # 技术能手 高级技师: a bare one-character cue (能、报、是) counts only right before the word
            if found:
                if nearest is None or (cut, -len(found.group())) < (nearest[1], -nearest[2]):
                    nearest = (kind, cut, len(found.group()))
                break
    return (nearest[0], nearest[1]) if nearest else None


def titles() -> list[str]:
    """Title levels, lowest first: the rules' parameter, not a copy."""
    return load_parameters().value("title_levels")


def skill_ladder() -> list[str]:
    """Skill levels, lowest first: the rules' parameter, not a copy."""
    return load_parameters().value("skill_levels")
