"""Dates and durations as Chinese speakers give them.

Dates: 2023年7月, 2021.3, 19.7, 21年3月, 19年拿的, 二〇一八年, 22年底, 2023年上半年, 今年上半年, 去年, 前年,
大前年, 去年腊月 (the next January), 上个月, 三年前, 三年多前, 18个月前.
Durations: 满两年, 拿证五年了, 三年多, 一年半, 半年, 18个月.

A date comes back as a partial ISO string ("2023", "2023-06", "2023-06-15"), the form the rules'
facts take; the rules, not this module, read a partial date conservatively (its last day).
"三年多前" is read as three years before today (the latest it can mean); "上半年" as June.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import cn2an

_DIGIT = dict(zip("〇零一二三四五六七八九", "00123456789", strict=True))
# Chinese numerals are converted only before a counting unit, so 一线, 一级 or 一年级 stay as they are.
_CN_NUMBER = re.compile(  # (not 哪一年 / 哪一个: which one, asked)
    r"(?<!哪)[零〇一二两三四五六七八九十百千]+(?=(?:个)?[多来]?(?:年(?!级)|月|日|号|人|名|位|岁|次|份)|[多来]?个(?!月)|"
    r"(?:还是|或者)[零〇一二两三四五六七八九十百千]+(?:个)?(?:年|月|人|名|个))"  # 十七还是十八年
)
_ROUGH_SPAN = re.compile(
    r"(?<![零〇一二两三四五六七八九十])((?:[二三四五六七八九]?十)?[一两二三四五六七八])(?:(?<=一)两|(?<=十一)二|(?<=两)三|(?<=二)三|(?<=三)四|(?<=四)五|(?<=五)六|(?<=六)七|(?<=七)八|(?<=八)九)(?=(?:个)?多?(?:年|月|人|名|位)|个)"
)
_CN_YEAR = re.compile(r"(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=年|\.)")  # 二〇二一年 / 二〇二一.三
# 二一二二年合格: two short years, 21 and 22 (a full year is 19xx or 20xx)
_CN_TWO_SHORT_YEARS = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千])(?!一九|二[〇零])([一二][〇零一二三四五六七八九])([一二][〇零一二三四五六七八九])(?=年)"
)
# 一八到二零年: a span between two short years, the first said without its 年
_CN_SHORT_YEAR_SPAN = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千])([一二][〇零一二三四五六七八九])(\s*(?:到|至|-|—|~)\s*)"
    r"(?=[一二][〇零一二三四五六七八九]年)"
)
# 一七年 / 二零年: a two-digit year — but 五六年 / 七八年 (two neighbouring digits) is a rough span.
_CN_SHORT_YEAR = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千])([〇零一二三四五六七八九])([〇零一二三四五六七八九])(?=年)"
)
# 二一年谷雨 / 去年立冬: a solar term falls on the same day or two of the calendar every year, so it names its
# month (清明 is early April); 雨水, 小雪 and 大雪 are left out: 二二年大雪那阵 may be the weather
SOLAR_TERM_MONTH = {
    "立春": 2, "惊蛰": 3, "春分": 3, "清明": 4, "谷雨": 4, "立夏": 5, "小满": 5, "芒种": 6, "夏至": 6,
    "小暑": 7, "大暑": 7, "立秋": 8, "处暑": 8, "白露": 9, "秋分": 9, "寒露": 10, "霜降": 10,
    "立冬": 11, "冬至": 12, "小寒": 1, "大寒": 1,
}  # fmt: skip
_SOLAR_TERMS = "|".join(SOLAR_TERM_MONTH)
# (二三年 好似係端午前后: the holiday said after a hedge)
_DATED_AFTER = re.compile(
    r"年\s*(?:[，,]?\s*(?:好像|好似|大概|应该|可能)[是系]?\s*(?=[\u4e00-\u9fff]{0,2}(?:前后|左右|那会|那阵|的时候)))?(的时候|[的嘞哩滴](?=[\s，,。！!？?]|$|证|事)|年?(初|底|末|中)|的?月份|腊月|上半年|下半年|(中秋|国庆|五一|元旦|春节|过年|端午|七一|三八|开学|暑假|寒假|[春夏秋冬](天|季)|泼水节|藏历新?年|火把节|三月街|"
    + _SOLAR_TERMS
    + r")"
    r"|[〇零一二三四五六七八九十\d]+\s*月|考|拿|取|评|发|(至|到|跟|和|与|、|\s)?\s*[〇零一二三四五六七八九\d]{2}\s*年|(至|到|跟|和|与|、)\s*[〇零一二三四五六七八九\d]{2}|"
    # 二三年不称职 / 二三年也是合格: the review of 2023; 二三年那年请长假: the year 2023
    r"[嘛呢啊吧哦]?(也|都|还)?(是|为)?(合格|优秀|良好|称职|不称职|不合格|基本)|那一?年|"
    # 二三年 入冬那会儿 / 二三年 宁东那个煤制油项目投产那年: a season or an event of that year said after it
    r"[\s，,]*(入冬|开春|入秋|入夏|立冬|立春|立秋|秋收|麦收|放暑假|放寒假)|[\s，,]+[^，,。\s]{2,16}那一?年|"
    r"[吧啊呀嘛]?[\s，,]*(几|哪个?)月份?)"  # 二三年吧 几月份忘了: a year, its month not known
)
# 2022年5月3日 (not 2022年5月 3月是考试: a month said next)
# (写的是 2019年12月 2019年12月: the date said twice, not the 20th)
_FULL_DATE = re.compile(
    r"(?<!\d)(20\d{2}|19\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})(?![\d月]|\s+月)\s*[日号]?"
)
_YEAR_MONTH = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年|[./-])\s*(\d{1,2})(?:\s*月|(?![\d年]))")
_MONTH_YEAR = re.compile(r"(?<![\d./])(0?[1-9]|1[0-2])\s*/\s*(20\d{2}|19\d{2})(?![\d/])")  # 证上印的 07/2019
_SHORT_YEAR_MONTH = re.compile(r"(?<!\d)(\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
# 19.7取得 / 证书时间23.4: a two-digit year and its month — not 3.5年, 12.5万, 98.5分
_SHORT_DOTTED = re.compile(r"(?<![\d.])(\d{2})\.(\d{1,2})(?![\d.])(?!\s*(年|个|万|元|块|分|%|倍|米|斤|公斤|平|岁))")
_YEAR = re.compile(r"(?<![\d〔［\[])(20\d{2}|19\d{2})\s*年?(?![\d〕］\]])")  # not 人社部发〔2020〕96号
# 19年拿的 / 22年底 / 23年才考的: a two-digit year, unless it is a span (拿证19年了, 干了19年).
# 十年总归有了 / 十年左右 / 十年前: a length, not 2010
_SHORT_YEAR = re.compile(r"(?<![\d.几])(\d{2})年(?![了多以来半间前]|总归|总有|左右|出头)")  # 几十年: a span
_SPAN_BEFORE = re.compile(
    # 完了一八年: 完了 is "then", not a span before the year
    # (有段时间没做 23年厂里停产: 没做 ends a clause, the year opens the next)
    r"((?<!完)了|咗|(?<!没)(?<!冇)干|(?<!没)(?<!冇)做|持证|拿证|证拿|工作|(工龄|年限)(是|为)?|已经|有|满|近|快|差|整整|这|累计是?|"
    r"总共是?|一共是?)\s*$"
)
# 国庆节前后: October; 21年嘛，七一前后发的证 / 22年，元旦过后: a month said just after the year
_HALF = re.compile(  # (21年的年中: 的 before the part of the year)
    # (二一年评上的 文件腊月才下来: the year said, then 腊月, when the papers came)
    r"\s*(?:[评拿考发]上?(?:的|嘞|哩|滴)[，,\s]*(?:(?:文件|证书?)(?:是|上)?)?(?=腊月))?(?:的(?=上半年|年中|年底|年末|下半年|年初))?(?:(?:嘛|吧|啊|呀|的)?(?:那个)?[，,\s]*(?:秋天|秋季)?(?=元旦|七一|国庆|五一|开学|腊月|三八|十一(?:长假|假期|黄金周)|"
    + _SOLAR_TERMS
    + r"))?"
    r"(上半年|年中(?!秋)|年底|年末|下半年|腊月|年初|年头(?!老|长|多|短|了|都)|国庆|五一|元旦|七一|开学|三八(?=节|妇女节)|放?暑假|十一(?:长假|假期|黄金周)|"
    + _SOLAR_TERMS
    + ")"
)
# 年底那阵……11月份: the part of the year, then its month
_MONTH_NAMED_AFTER = re.compile(
    r"(那阵儿?|那会儿?|那时候?|左右|前后|的时候|吧|啊|嘛|[，,。.…\s])*(?:应该是|是|就是|大概|具体是)?(1[0-2]|[1-9])\s*月(?!\s*(以?[前后]|[0-9]))"
    r"(?!份?吧?\s*(好像|可能|大概|估计|也许))"  # (十一月份好像: the month not said for sure)
)
# 开学: the autumn term, when the certificates of the summer's exams come out (暑假 alone names no month: July or
# August; 放暑假那会儿 七月份 names it after)
_MONTH_OF = {
    "年初": 1,
    "年头": 1,  # 二零二一年年头: the start of the year
    "上半年": 6,
    "年中": 6,
    "年底": 12,
    "年末": 12,
    "国庆": 10,
    "十一长假": 10,
    "十一假期": 10,
    "十一黄金周": 10,
    "五一": 5,
    "元旦": 1,
    "七一": 7,
    "开学": 9,
    "三八": 3,  # 三八节: Women's Day, 8 March
} | SOLAR_TERM_MONTH
RELATIVE_YEAR = {"今年": 0, "去年": 1, "头年": 1, "前年": 2, "大前年": 3}
RELATIVE_YEARS = "|".join(sorted(RELATIVE_YEAR, key=len, reverse=True))  # 大前年 before 前年
# 一九或者二零年 / 二〇二三年吧 还是二四年
# 22年还是二三年 / 前年秋天 还是大前年: one year or another
_YEAR_PART = r"(?:[春夏秋冬]天?|上半年|下半年|年?[底初末])?"
_ONE_YEAR_OR = (
    rf"(?:[\d〇零一二三四五六七八九]{{2,4}}\s*年?|{RELATIVE_YEARS}){_YEAR_PART}[吧啊呀]?[\s，,]*"
    r"(还是|或者|或是|也可能是?|也许是?)\s*"
)
_EITHER_MONTH = re.compile(r"(?<!\d)\d{1,2}\s*月份?[吧啊呀]?[\s，,]*(还是|或者|或是)\s*\d{1,2}\s*月份?")
# (21年下半年还是22年上半年: the later one to its half)
# (好像是18年 也可能19: the second year without its 年, said last)
_EITHER = re.compile(
    _ONE_YEAR_OR + rf"(?:[\d〇零一二三四五六七八九]{{2,4}}\s*年|\d{{2}}(?=[\s吧啊呀。]*$)|{RELATIVE_YEARS}){_YEAR_PART}"
)
# 北京开奥运会那年: a year named by an event everyone knows (疫情那年 names no single year: not read)
EVENT_YEARS = {
    "冬奥": 2022,
    "杭州亚运": 2023,
    "广州亚运": 2010,
    "建党一百周年": 2021,
    "建党百年": 2021,
    "奥运": 2008,
    "汶川地震": 2008,
    "世博": 2010,
    "非典": 2003,
    "香港回归": 1997,
    "澳门回归": 1999,
}
EVENT_DATE = re.compile(
    rf"(北京|上海|汶川|香港|澳门)?[^，,。\s]{{0,3}}({'|'.join(EVENT_YEARS)})[会的]?[^，,。\s]{{0,2}}(那一?年|那会儿?|的时候)"
)
_RECENT_MONTHS = {"上上个月": 2, "上上月": 2, "上个月": 1, "上月": 1, "这个月": 0, "本月": 0, "这月": 0}
_RECENT_MONTH = re.compile("|".join(sorted(_RECENT_MONTHS, key=len, reverse=True)))
_YEARS_AGO = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?<=0)多)?(年半|年多|年)\s*(?:以)?前")  # 十多年前 (10多年前): ten years
_MONTHS_AGO = re.compile(r"(\d+)\s*个?多?月\s*(?:以)?前")
# 20年以后又回到班组了: a point in time, not how long
# (证是第二年才发下来的 / 疫情那年 要么就是后一年: which year, not how long; 03年 is a year, never three years)
_DURATION = re.compile(
    r"(?<![\d.前第后同])(?!(?<=那)1\s*年)(?!0\d)(\d{1,2}(?:\.\d+)?)\s*来?(年半|个多月|个月|多年|年多|年)(?!以后|之后|级)"
)
_HALF_YEAR = re.compile(r"(?<![\d年上下])半年")
_TENS_ODD = re.compile(r"([二三四五六七八九]?十)(?:好几|几|多|来)年")  # 十几年 → 10, 二十好几年 → 20
# 十几年前: ten years before today, at the latest (大概十几年前, said as a guess: no date)
_TENS_AGO = re.compile(r"(?<!大概)(?<!大约)(?<!好像)(?<!差不多)" + _TENS_ODD.pattern + r"\s*(?:以)?前")


_MONTHS_THEN_THEIR_COUNT = re.compile(r"(?<![一二三四五六七八九十\d])[一二三四五六七八九]{2,4}(?=[两俩三四五六]个月)")


def digits_for_numerals(text: str, date_asked: bool = False) -> str:
    """二〇一八年 → 2018年, 三年前 → 3年前, 满两年 → 满2年, 五人 → 5人; leaves 一线, 一级 alone.
    `date_asked`: the text answers "when", so 二三年 said without a length's words is the year 2023."""
    text = re.sub(r"年的(?=\s*[〇零一二三四五六七八九十\d]{1,2}\s*月)", "年", text)  # 二零二二年的五月十八号
    text = text.replace("廿", "二十").replace("卅", "三十")  # 廿二年: twenty-two years
    text = _MONTHS_THEN_THEIR_COUNT.sub("", text)  # 七八九三个月: the months named, then how many
    text = re.sub(r"(?<=[一两二三四五六七八九十\d])整年", "年", text)  # 猫了一整年: a year
    text = re.sub(r"(?<=[\d〇零一二三四五六七八九]{2}年)整年", "一年", text)  # 22年整年被借调: the whole of that year
    text = _CN_YEAR.sub(lambda m: "".join(_DIGIT[c] for c in m.group()), text)
    text = _CN_SHORT_YEAR_SPAN.sub(lambda m: "".join(_DIGIT[c] for c in m.group(1)) + m.group(2), text)
    text = _CN_TWO_SHORT_YEARS.sub(lambda m: "、".join("".join(_DIGIT[c] for c in y) for y in m.groups()), text)
    text = _CN_SHORT_YEAR.sub(lambda match: _short_year_digits(match, date_asked), text)
    text = _LUNAR_FESTIVAL.sub(lambda festival: "节" * len(festival.group()), text)  # not March
    text = _DOTTED_MONTH.sub(lambda m: m.group(1) + str(cn2an.cn2an(m.group(2), "smart")), text)  # 2021.三 → 2021.3
    text = _ROUGH_SPAN.sub(lambda m: str(cn2an.cn2an(m.group(1), "smart")), text)  # 三四年 → at least 3 years
    text = _CN_NUMBER.sub(_number, text)
    return _DAY_AFTER_ITS_MONTH.sub(lambda m: str(cn2an.cn2an(m.group(), "smart")), text)  # 证上写的是六月十五


# 20年三月三那阵 / 头年三月街: festivals of the third lunar month (CONVENTIONS: a lunar month other than 腊月
# gives the year only)
_LUNAR_FESTIVAL = re.compile(r"三月(三(?![号日十])|街)")  # (not 三月三号, 3 March)
# 六月十五 (no 号): the day, said right after its month at the end of a clause
_DAY_AFTER_ITS_MONTH = re.compile(
    r"(?<=\d月)(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])(?=[\s，,。！!？?]|$)"
)
_DOTTED_MONTH = re.compile(r"(\d{4}\.)(十[一二]?|[一二三四五六七八九])(?![\d一二三四五六七八九十])")
# 二二年到二三年: the end of a span that starts at a year is a year too
_SPAN_FROM_A_YEAR = re.compile(r"[〇零一二三四五六七八九\d]{2,4}\s*年?\s*(到|至|-|—|~)\s*$")


# 二三年回村里种了一年甘蔗 / 二三年又在超市看了三个月大门: a clause that opens with the year, then what happened in it
# (not 干了二三年回老家了)
_CLAUSE_OPENS = re.compile(r"(^|[\s，,。；;])(不过|但是?|可是|就是|只是|就)?$")
# (二三年厂子停了仨月: the year the works stopped)
_AN_EVENT_AFTER = re.compile(
    # (二三年开了一年货拉拉 / 二三年有仨月被抽去食堂帮厨: what was done that year)
    # (二三年抽到办公室写了大半年材料 / 二三年台风厂子停了三个月: taken off the job, or what struck that year)
    r"年\s*((就|又|才|刚)?(被|回|去|到|进|调|出去|离开|辞|下岗|转|抽|借|派|请了|休了|停了)|台风|疫情|洪水|发大水|地震|封控|(又|才|也)(在|跑|干|做|开|当)|(开|跑|干|做|当|送|卖|帮)了|"
    r"有[\d一二两三四五六七八九十仨俩半几]+个?月|"
    # (二三年厂里食堂缺人 叫我去帮了半年厨: what the works lacked, or sent the person to, that year)
    r"(厂子|厂里|矿上|单位|公司|车间)[^，,。]{0,4}(停|关|放|歇|裁|缺|叫|让|派|抽|调|借))"
)
# 我是八九年的 / 他是七八年生的: the year of birth, 1989 (not eight or nine years)
_BORN_IN = re.compile(r"[我俺他她]是\s*$")
_BORN_IN_AFTER = re.compile(r"年(的|嘞|哩|滴|生|出生)")


def _short_year_digits(match: re.Match, date_asked: bool) -> str:
    """一七年 → 17年; 五六年 (neighbouring digits) stays a rough span — unless what follows dates something
    (二三年考的 / 二三年腊月拿的: the year 2023), or "when" was asked (二三年 雪顿节那阵) and no length's words
    follow."""
    first, second = (int(_DIGIT[c]) for c in match.groups())
    if first == 0:
        return f"{first}{second}"  # 零一年: no one says a span from none to one year
    dated = (
        (date_asked and not re.match(r"年\s*(了|多|左右|出头|的样子)", match.string[match.end() :]))
        or _DATED_AFTER.match(match.string, match.end())
        or _SPAN_FROM_A_YEAR.search(match.string[: match.start()])
        or _HOLIDAY_FIRST.search(match.string[: match.start()])  # 七一前后，二三年: the year of the holiday
        or re.search(_ONE_YEAR_OR + "$", match.string[: match.start()])  # 22年还是二三年: the other year
        or (_BORN_IN.search(match.string[: match.start()]) and _BORN_IN_AFTER.match(match.string, match.end()))
        or (_CLAUSE_OPENS.search(match.string[: match.start()]) and _AN_EVENT_AFTER.match(match.string, match.end()))
        # 九月份 就是二三年: the year named as such
        or re.search(r"(就是|那年是|那是)\s*$", match.string[: match.start()])
        # 从八九年进厂到现在: the year work began
        or re.match(r"年\s*(就)?(进(的)?(厂|矿|单位|公司)|入(的)?职|参加(的)?工作)", match.string[match.end() :])
        # 一优两合格 优秀是二三年: the year a grade was given
        or re.search(r"(优秀|合格|良好|称职)的?(是|係|系|在)\s*$", match.string[: match.start()])
        # 二三年厂里把我抽到后勤…二四年初才回车间: another year said the same way, later
        or re.search(
            r"(?<![〇零一二两三四五六七八九十])[一二][〇零一二三四五六七八九]年(初|底|中|[0-9一二三四五六七八九十]+月)",
            match.string[match.end() :],
        )
    )
    # 高级技师证都拿了六七年 评个副高: a span said after 了 (not the year 1967, evaluated; nor 已经是高级工程师了
    # 二三年评的: the 了 that closed what was said before)
    before = match.string[: match.start()]
    spanned = re.search(r"(了|有|快|近|满)$", before) or re.search(r"(拿|干|做|考|评|当|待|呆|搞)了\s+$", before)
    return match.group() if second == first + 1 and (spanned or not dated) else f"{first}{second}"


def _number(match: re.Match) -> str:
    """三 → 3, 十二 → 12; a rough count (二三十, 三四) is left as said: it is not one number."""
    try:
        return str(cn2an.cn2an(match.group(), "smart"))
    except ValueError:
        return match.group()


# 十二 / 30 / 七个吧 / 20多年: a number said alone, the whole reply to "how many" (多: at least that)
_BARE_NUMBER = re.compile(
    r"\s*(\d{1,3}|[零〇一二两三四五六七八九十百]{1,4})\s*(?:多|来)?(?:个|人|名|位|份|年)?\s*(?:吧|啊|了|左右)?[\s。？?！!]*"
)


def bare_number(text: str) -> int | None:
    """The number a reply consists of (十二 → 12, 7个吧 → 7); None when it says anything more."""
    if (said := _BARE_NUMBER.fullmatch(text)) is None:
        return None
    try:
        return int(cn2an.cn2an(said.group(1), "smart"))
    except ValueError:
        return None  # 二三十: a rough count, not one number


def full_year(year: int, today: dt.date) -> int:
    """15 → 2015, 98 → 1998 (a two-digit year is the latest one not after today's); 2015 stays."""
    return year if year >= 100 else 2000 + year if 2000 + year <= today.year else 1900 + year


def valid_date(year: int, month: int = 1, day: int = 1) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Found:
    value: str  # partial ISO date
    start: int
    end: int


# 上半年 23年: the half said before its year (positions kept)
# 下半年 2021年 / 七一前后 2020年 / 开学那会儿 二四年 / 开学那会儿 就是去年: the part of the year said before its year
_HALF_BEFORE_ITS_YEAR = re.compile(
    r"(?<![年\d])([上下]半年|七一|国庆|五一|元旦|开学|清明)((?:前后|左右|那会儿?|那阵子?|那时候?)?[\s，,]*(?:也?就是)?\s*)"
    rf"(\d{{2,4}}\s*年|{RELATIVE_YEARS})(?![上下]半年|\d|底|初|[春夏秋冬])"
)


def _half_after_its_year(said: re.Match) -> str:
    half, gap, year = said.groups()
    return year + half + " " * len(gap)


def find_date(text: str, today: dt.date) -> Found | None:
    """The first date the text states (absolute or relative to `today`), with where it was said;
    none when the person hesitates between two (2018年还是2019年)."""
    text = _HALF_BEFORE_ITS_YEAR.sub(_half_after_its_year, digits_for_numerals(text))
    text = _EITHER_MONTH.sub(lambda months: " " * len(months.group()), text)  # 21年 三月份还是四月份: the year only
    if either := _EITHER.search(text):  # (十七还是十八年 我翻一下…找到了 证上写的2018年6月: settled after)
        settled = find_date(text[either.end() :], today)
        return Found(settled.value, settled.start + either.end(), settled.end + either.end()) if settled else None
    for reader in (_absolute, _short_year, _relative, _ago, _event):
        if found := reader(text, today):
            return _days_before_the_month(text, found)
    return None


def hesitates(text: str, today: dt.date) -> bool:
    """好像是二〇二三年吧 还是二四年 记不住了: two years, none settled after."""
    return bool(_EITHER.search(digits_for_numerals(text))) and find_date(text, today) is None


def either_date(text: str, today: dt.date) -> tuple[str, str] | None:
    """20年还是21年 / 18年底还是19年初 / 17还是18年: the two dates offered, the earlier first."""
    either = _EITHER.search(digits_for_numerals(text))
    if either is None:
        return None
    cue = re.search(r"还是|或者|或是|也可能是?|也许是?", either.group())
    assert cue is not None  # _EITHER has one
    parts = (either.group()[: cue.start()], either.group()[cue.end() :])
    offered = [find_date(re.sub(r"^\s*(\d{2,4})\s*$", r"\1年", part), today) for part in parts]
    dates = sorted((found.value for found in offered if found is not None), key=_last_day_of)
    return (dates[0], dates[1]) if len(dates) == 2 else None


def _last_day_of(date: str) -> tuple[int, int, int]:
    """2021 → (2021, 12, 31), 2021-03 → (2021, 3, 31): a date said to a year or a month, at its latest."""
    parts = [int(part) for part in date.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 31)


# 十一长假前一个礼拜 / 10月前1个礼拜: days before a holiday or a month
_DAYS_BEFORE = re.compile(r"(节)?\s*(前|之前)[^，,。]{0,4}(礼拜|星期|周|几天)")


def _days_before_the_month(text: str, found: Found) -> Found:
    """10月前一个礼拜 (国庆前一个礼拜, as the text is normalised): days before the month began, in the month before."""
    if len(found.value) != 7 or text[found.end - 1] != "月" or not _DAYS_BEFORE.match(text, found.end):
        return found
    year, month = divmod(int(found.value[:4]) * 12 + int(found.value[5:]) - 2, 12)
    return Found(f"{year:04d}-{month + 1:02d}", found.start, found.end)


def parse_date(text: str, today: dt.date) -> str | None:
    found = find_date(text, today)
    return found.value if found else None


def _in_the_twelfth_lunar_month(year: int) -> str:
    """腊月 of a year: it ends in the next calendar year, so the next January (CONVENTIONS)."""
    return f"{year + 1:04d}-01"


def _with_half(text: str, end: int, year: int) -> tuple[str, int]:
    """年初 → January; 年底 → December; 上半年 / 年中 → June; 下半年 → the year (its last day); 国庆 →
    October, 五一 → May, 元旦 → January."""
    half = _HALF.match(text, end) or (_HALF.match(text, end - 1) if end else None)
    if not half:
        return str(year), end
    word = half.group(1)
    if month_named := _MONTH_NAMED_AFTER.match(text, half.end()):  # 22年年底那阵……11月份: the month said after
        return f"{year:04d}-{int(month_named.group(2)):02d}", month_named.end()
    if word == "腊月":
        return _in_the_twelfth_lunar_month(year), half.end()
    month = _holiday_month(word, text, half.end())
    if month and (moved := _MONTHS_FROM_THE_HOLIDAY.match(text, half.end())):
        # 五一过后俩月: July; 国庆前俩月: August
        months = _MONTHS_SAID[moved.group(3)] * (-1 if "前" in moved.group(2) else 1)
        year, month = divmod(year * 12 + month - 1 + months, 12)
        month += 1
    elif month and word in _FIXED_DAY and _JUST_BEFORE.match(text, half.end()):
        year, month = divmod(year * 12 + month - 2, 12)  # 22年国庆节前头: the month before the day, September
        month += 1
    elif day := _the_day(word, text, half.end()):
        return f"{year:04d}-{day}", half.end()  # 前年三八节那天: the day itself
    return (f"{year:04d}-{month:02d}" if month else str(year)), half.end()


_JUST_BEFORE = re.compile(r"(节)?(前头|之前|前夕|前面|前几天|前)(?!后)(?![^，,。]{0,3}(个?月|礼拜|星期|周))")
# (not 元旦过后 一月份: the month itself)
_MONTHS_FROM_THE_HOLIDAY = re.compile(
    r"(节)?(过后|以后|之后|后|以前|之前|前)\s*(俩|两|仨|[一二三四五六1-6])\s*个?月(?!份)"
)
_MONTHS_SAID = (
    {"俩": 2, "两": 2, "仨": 3} | {w: i for i, w in enumerate("一二三四五六", 1)} | {str(i): i for i in range(1, 7)}
)
# 考完仨月证就下来了 / 考完半年后证才发下来: the issue, months after the exam
_MONTHS_AFTER_THE_EXAM = re.compile(
    r"考(完|过)(了|以后|之后)?\s*(?:(?P<count>俩|两|仨|[一二三四五六1-6])\s*个?月|(?P<half>半年))"
)


def months_after_the_exam(text: str, exam: str) -> str | None:
    """The month of an issue said as months after an exam dated to its month."""
    said = _MONTHS_AFTER_THE_EXAM.search(text)
    if not said or len(exam) < 7:
        return None
    months = 6 if said.group("half") else _MONTHS_SAID[said.group("count")]
    year, month = divmod(int(exam[:4]) * 12 + int(exam[5:7]) - 1 + months, 12)
    return f"{year:04d}-{month + 1:02d}"


def _absolute(text: str, today: dt.date) -> Found | None:
    if (match := _FULL_DATE.search(text)) and valid_date(*map(int, match.groups())):
        year, month, day = map(int, match.groups())
        return Found(f"{year:04d}-{month:02d}-{day:02d}", match.start(), match.end())
    if (match := _YEAR_MONTH.search(text)) and valid_date(*map(int, match.groups())):
        year, month = map(int, match.groups())
        return Found(f"{year:04d}-{month:02d}", match.start(), match.end())
    if match := _MONTH_YEAR.search(text):
        return Found(f"{int(match.group(2)):04d}-{int(match.group(1)):02d}", match.start(), match.end())
    match = _SHORT_YEAR_MONTH.search(text)
    if (
        match
        and valid_date(2000 + int(match.group(1)), int(match.group(2)))
        and 2000 + int(match.group(1)) <= today.year
    ):
        year, month = 2000 + int(match.group(1)), int(match.group(2))
        if match.group(3) and valid_date(year, month, int(match.group(3))):  # 二二年九月十号
            return Found(f"{year:04d}-{month:02d}-{int(match.group(3)):02d}", match.start(), match.end())
        return Found(f"{year:04d}-{month:02d}", match.start(), match.end())
    match = _SHORT_DOTTED.search(text)
    if match and 1 <= int(match.group(2)) <= 12 and 2000 + int(match.group(1)) <= today.year:
        return Found(f"{2000 + int(match.group(1)):04d}-{int(match.group(2)):02d}", match.start(), match.end())
    if match := _YEAR.search(text):
        value, end = _with_half(text, match.end(), int(match.group(1)))
        return Found(value, match.start(), end)
    return None


def _short_year(text: str, today: dt.date) -> Found | None:
    for match in _SHORT_YEAR.finditer(text):
        year = 2000 + int(match.group(1))
        if year > today.year and int(match.group(1)) >= 80:
            year -= 100  # 九八年就是高级技师了: the 1990s
        spent = re.search(r"从事[^，,。\d]{0,6}$", text[max(0, match.start() - 10) : match.start()])  # 从事继电保护20年
        ranged = re.match(r"\s*(至|到|-|—)\s*\d{2,4}\s*年", text[match.end() :])  # 有 一八年到二一年: a span's start
        back = re.match(r"\s*(又|就)?回(来|厂|到)", text[match.end() :])  # 搞餐饮了 22年回来: when, not 了22年
        answered = re.fullmatch(r"\s*(有|是|对)[的啊]?[\s，,]+", text[: match.start()])  # 有 20年疫情…: yes, then when
        # (就去考了 二四年: taken, then the year in a clause of its own — not 考了24年)
        taken = re.search(r"(考|拿|评)了\s+$", text[: match.start()]) and not re.match(r"年\s*了", text[match.end() :])
        # (发下来了 二四年的元旦: the holiday of that year, not 了 24年)
        holiday = re.match(r"\s*的?\s*(元旦|国庆|五一|七一|春节|清明|中秋|年底|年初)", text[match.end() :])
        span = _SPAN_BEFORE.search(text[max(0, match.start() - 4) : match.start()]) and not (
            ranged or back or answered or holiday or taken
        )
        if year > today.year or spent or span:
            continue
        value, end = _with_half(text, match.end(), year)
        return _holiday_said_first(text, Found(value, match.start(), max(end, match.end())))
    return None


def _relative(text: str, today: dt.date) -> Found | None:
    for word in sorted(RELATIVE_YEAR, key=len, reverse=True):
        start = text.find(word)
        if start < 0 or (word == "头年" and text[:start].strip(" ，,。就是嘛") != ""):
            continue  # (头年 = 去年 only as the answer's first word, not 进厂头年: the first year)
        if word == "前年" and re.search(r"\d\s*年$", text[:start]):
            continue  # 三年前年底: three years back, then the end of that year (not 前年)
        year = today.year - RELATIVE_YEAR[word]
        end = start + len(word)
        # the twelfth lunar month ends in the next calendar year (前年评的 腊月里: said after the cue)
        # (前年的小年: 腊月二十三 or 二十四, the same month)
        # (前年下半年考嘞 证是腊月才发下来: the certificate issued in 腊月 of the year said)
        if lunar := re.match(
            r"(下半年|年底|年末)?(\s*[评拿考发](的|嘞|哩|滴))?[\s，,]*(证书?(是|上)?)?的?(腊月|小年)", text[end:]
        ):
            return Found(_in_the_twelfth_lunar_month(year), start, end + lunar.end())
        month = re.match(
            r"[\s)）]*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?!份?吧?\s*(好像|可能|大概|估计|也许))", text[end:]
        )
        if month and month.group(2) and valid_date(year, int(month.group(1)), int(month.group(2))):
            day = f"{year:04d}-{int(month.group(1)):02d}-{int(month.group(2)):02d}"  # 前年11月20号
            return Found(day, start, end + month.end())
        if month and valid_date(year, int(month.group(1))):
            return Found(f"{year:04d}-{int(month.group(1)):02d}", start, end + month.end())
        if (this_day := re.match(r"的?(今天|今日|今儿个?|这一?天)", text[end:])) and valid_date(
            year, today.month, today.day
        ):  # 去年的今天: this very day, that year
            return Found(f"{year:04d}-{today.month:02d}-{today.day:02d}", start, end + this_day.end())
        value, end = _with_half(text, end, year)
        return _holiday_said_first(text, Found(value, start, end))
    return None


# 元旦过后发的证 就今年 / 三八节那会儿，前年 / 七一前后，二三年: the holiday said first, its year after
# (那年娃儿满月 腊月里 二四年: 腊月 of that year, the next January)
_HOLIDAY_FIRST = re.compile(r"(元旦|五一|七一|国庆|清明|腊月|三八(?=节|妇女节)|十一(?:长假|假期|黄金周))[^。]{0,12}$")


def _holiday_said_first(text: str, found: Found) -> Found:
    """A bare year after a holiday: the holiday's month (a week before 国庆: September)."""
    holiday = _HOLIDAY_FIRST.search(text[: found.start])
    if holiday is None or not re.fullmatch(r"\d{4}", found.value):
        return found
    if holiday.group(1) == "腊月":
        return Found(_in_the_twelfth_lunar_month(int(found.value)), holiday.start(), found.end)
    if day := _the_day(holiday.group(1), text, holiday.end(1)):  # 国庆节那天拿到个证 二三年: that very day
        return Found(f"{found.value}-{day}", holiday.start(), found.end)
    return Found(
        f"{found.value}-{_holiday_month(holiday.group(1), text, holiday.end(1)):02d}", holiday.start(), found.end
    )


_THAT_DAY = re.compile(r"(节)?(那天|当天|那一天)")


def _the_day(holiday: str, text: str, end: int) -> str | None:
    """三八节那天 / 国庆当天: the holiday's own day, "MM-DD" (五年前那个三八节: a festival of one day names it
    without 那天)."""
    around = re.match(r"节?(那阵|前后|左右|那会|的时候|期间|附近)", text[end:])  # 三八节那阵: about then
    one_day = holiday == "三八" and text.startswith("节", end) and not around
    return _FIXED_DAY.get(holiday) if _THAT_DAY.match(text, end) or one_day else None


_FIXED_DAY = {"元旦": "01-01", "三八": "03-08", "五一": "05-01", "七一": "07-01", "国庆": "10-01"}


def _month_of_a_year_ago(text: str, ago: re.Match, today: dt.date) -> Found | None:
    """三年前 五一前后 / 两年前的5月: whole years back to a year, and the month said of it."""
    if ago.group(2) != "年" or "." in ago.group(1):
        return None
    year = today.year - int(ago.group(1))
    if (holiday := _HALF.match(text, ago.end())) and (month := _holiday_month(holiday.group(1), text, holiday.end(1))):
        if day := _the_day(holiday.group(1), text, holiday.end()):
            return Found(f"{year}-{day}", ago.start(), holiday.end())  # 五年前的三八节那天发的
        return Found(f"{year}-{month:02d}", ago.start(), holiday.end())
    if said := re.match(r"[\s，,]*的?\s*(1[0-2]|[1-9])\s*月(份)?", text[ago.end() :]):
        return Found(f"{year}-{int(said.group(1)):02d}", ago.start(), ago.end() + said.end())
    # (五年前 那年正好我娃考上大学 八月份: what happened that year, then the month)
    if said := re.match(r"[\s，,]+那(一)?年[^，,。\d]{1,14}[\s，,]+(1[0-2]|[1-9])\s*月(份)?", text[ago.end() :]):
        return Found(f"{year}-{int(said.group(2)):02d}", ago.start(), ago.end() + said.end())
    return None


def _holiday_month(word: str, text: str, end: int) -> int | None:
    """The month of a part of the year or a holiday named by `word` (ending at `end`): a week before 国庆 is
    the end of September (十一长假前一个礼拜考的)."""
    month = _MONTH_OF.get(word)
    return 9 if month == 10 and _DAYS_BEFORE.match(text, end) else month


def _ago(text: str, today: dt.date) -> Found | None:
    if match := _YEARS_AGO.search(text):
        years = float(match.group(1)) + (0.5 if match.group(2) == "年半" else 0)
        if in_month := _month_of_a_year_ago(text, match, today):
            return in_month
        return Found(months_before(today, round(years * 12)), match.start(), match.end())
    if match := _TENS_AGO.search(text):
        return Found(months_before(today, int(cn2an.cn2an(match.group(1), "smart")) * 12), match.start(), match.end())
    if match := _MONTHS_AGO.search(text):
        return Found(months_before(today, int(match.group(1))), match.start(), match.end())
    if match := _RECENT_MONTH.search(text):
        return Found(months_before(today, _RECENT_MONTHS[match.group()]), match.start(), match.end())
    return None


def _event(text: str, today: dt.date) -> Found | None:
    if (match := EVENT_DATE.search(text)) and EVENT_YEARS[match.group(2)] <= today.year:
        return Found(str(EVENT_YEARS[match.group(2)]), match.start(), match.end())
    return None


def months_before(today: dt.date, months: int) -> str:
    """A year-month `months` before today: the rules read it as the month's last day (conservative)."""
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


_SHORT_OF = re.compile(r"差\s*(\d{1,2})\s*个多?月\s*(就|才)?满\s*(\d{1,2})\s*年")


def parse_duration_years(text: str, today: dt.date | None = None, asked_for_years: bool = False) -> float | None:
    """满两年 → 2, 3年多 → 3 (at least 3), 一年半 → 1.5, 半年 → 0.5, 18个月 → 1.5, 十几年 → 10;
    None when no duration is stated (a date is not a duration). `asked_for_years`: the reply to
    "how many years", where 二十三年 is 23 years, not the year 2023."""
    text = digits_for_numerals(text)
    if _YEARS_AGO.search(text) or _MONTHS_AGO.search(text) or _TENS_AGO.search(text):
        return None
    today = today or dt.date.today()
    for reader in (_absolute,) if asked_for_years else (_absolute, _short_year):
        while found := reader(text, today):
            text = text[: found.start] + " " + text[found.end :]
    if short := _SHORT_OF.search(text):  # 差一个月满三年: three years less a month
        return round(float(short.group(3)) - float(short.group(1)) / 12, 2)
    match = _DURATION.search(text)
    if match and re.search(r"(不到|不满|没满|未满|没到)\s*$", text[: match.start()]):
        match = _DURATION.search(text, match.end())  # 不到二十年 十八年吧: the number said next
        if match is None:
            return None  # 拿证还不到两年: less than two, not how long
    if not match:
        tens = _TENS_ODD.search(text)
        return 0.5 if _HALF_YEAR.search(text) else (float(cn2an.cn2an(tens.group(1), "smart")) if tens else None)
    either = re.search(r"(\d+)\s*(还是|或者)\s*$", text[: match.start()])
    number, unit = float(either.group(1) if either else match.group(1)), match.group(2)  # 17还是18年: at least 17
    if unit == "年" and re.search(r"快\s*$", text[: match.start()]):
        number = max(number - 1, 0)  # 拿了快五年了: four whole years
    if unit in ("个月", "个多月"):
        return round(number / 12, 2)
    return number + (0.5 if unit == "年半" else 0)
