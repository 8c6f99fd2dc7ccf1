"""A date told by an event of the speaker's life, with that event's own year said beside it.

技师证是俺闺女出生那年拿的 她是18年生的 → 2018年拿的; 搬到新区的前一年考下来滴 搬厂是2020年 → 2019年;
我退伍回来第二年 15年退的伍 → 2016年; 孩子满月那会儿拿的证 孩子是21年3月生的 → 2021年4月. The event's own
year is blanked: it dates nothing held (a child's birth year is never a certificate's). Read after numerals
are digits.
"""

from __future__ import annotations

import datetime as dt
import re

import cn2an

from assistant.reading.clauses import clause_at
from assistant.reading.dates import EVENT_YEARS, full_year

# The events people date things by, as said in the date and in the event's own dating (的 dropped: 退的伍 is 退伍)
_EVENT = (
    # (老大考上大学那年 他是二四年考嘞大学: a child's school entrance, by either verb)
    r"(?:当兵|退(?:的)?伍|复员)回来|出生|出世|满月|考(?:上|的|了|嘞)?(?:初中|高中|大学)|上(?:的)?(?:初中|小学|高中|大学)|改(?:的)?制|搬(?:的)?厂|搬家|搬|退(?:的)?伍|退(?:的)?休|退(?=的)|结(?:的)?婚|出嫁|嫁人|办(?:的)?(?:事|酒)|"
    # 换到现在这个船厂的前一年 换厂是2020年 / 进厂第三年 俺是14年进的厂: a change of job
    r"换(?:的)?厂|换到|换(?:的)?单位|调到|调过来|跳槽|进(?:的|呢|嘞|个)?(?:[茶酒糖钢纱药]?厂|矿)|回来|回到|"
    # 当班长的前一年 当班长是2024年3月 / 俺当上班长那年 当班长是二〇年三月的事: a post taken up
    r"(?:当|评)(?:上|了|的)?(?:班组长|班长|组长|队长|车间主任|主任|工段长|领班)|"
    r"生(?![产活意病日])"
)
# Whose event: 俺闺女 / 我们家老大 / 油田 (said with it, so that the date is no one else's)
_WHOSE = (
    r"(?:(?:(?:俺|我|她|他|咱|额)(?:们)?(?:家)?(?:的)?)?(?:大|小|女|男)?(?:闺女|儿子|孩子|老大|老二|女儿|娃儿?|姑娘|小孩)|"
    r"(?:俺|我|咱|额)们?(?:厂|单位)|(?:俺|我|咱|额)(?:家)?(?:的)?(?:老伴|老婆|老公|爱人|媳妇|对象))?"
)
_AS_A_DATE = re.compile(
    rf"{_WHOSE}(?P<event>{_EVENT})(?P<between>[^，,。\s\d]{{0,10}}?)"
    r"(?P<when>那(?:一|1)?年|那个?月|那会儿?|的时候|前(?:一|1)年|后(?:一|1)年|第(?:[二三四五六七八九]|[2-9])年|次年)"
)
# (not 俺们是17年腊月办的事: 腊月 dates it on its own, as January of the next year)
_ITS_YEAR = re.compile(
    rf"(?P<year>\d{{2}}|\d{{4}})\s*年(?:(?P<month>1[0-2]|[1-9])\s*月(?:\d{{1,2}}\s*[号日])?)?份?(?:(?!腊月)[^，,。\s\d]){{0,3}}?(?P<event>{_EVENT})|"
    rf"(?P<event2>{_EVENT})(?:是|在)(?P<year2>\d{{2}}|\d{{4}})\s*年(?:(?P<month2>1[0-2]|[1-9])\s*月)?"
)
_HELD_VERB = re.compile(r"拿|考|取得|发|下来|评|证")


def dated_by_an_event(text: str, today: dt.date, date_asked: bool) -> str:
    """The event's date put in the words that date by it (got then, or asked when something was got: 我退伍回来第二年);
    the event's own dating blanked."""
    said = next(
        (m for m in _AS_A_DATE.finditer(text) if date_asked or _HELD_VERB.search(clause_at(text, m.start()).text)), None
    )
    if said is None:
        return text
    dating = next(
        (
            m
            for m in _ITS_YEAR.finditer(text)
            if (m.end() <= said.start() or m.start() >= said.end()) and _same(m, said.group("event"))
        ),
        None,
    )
    if dating is None:
        return text
    return _dated_in_place(text, said, _reckoned(dating, said, today), dating)


# 技师是厂里接第一条LNG船那年考的 那年是2019年: whatever happened that year, its year said next
_THAT_YEAR_SAID_NEXT = re.compile(
    r"那(?:一|1)?年(?P<rest>[^。\s，,]{0,12})[\s，,]+那(?:一|1)?年(?:是|就是)\s*(?P<year>\d{2}|\d{4})\s*年(?=[\s，,。]|$)"
)


def dated_by_the_year_said_next(text: str) -> str:
    """…那年考的 那年是2019年 → …2019年考的: the year put where 那年 was said (the clause that told it, blanked)."""
    said = _THAT_YEAR_SAID_NEXT.search(text)
    if said is None:
        return text
    dated = f"{said.group('year')}年{said.group('rest')}"
    return text[: said.start()] + dated + " " * (said.end() - said.start() - len(dated)) + text[said.end() :]


# 22年厂里搞技能大赛 俺当年十月份考下来的 / 2021年8月 不对 那是考试的时间 证是当年十一月才下来的: the month of
# the year said before; 前年厂里搞技术比武…拿了第一 那年考核评了个优秀: that year's review
_THAT_YEAR_SAID_BEFORE = re.compile(
    r"(?P<year>\d{2}\s*年|\d{4}\s*年|大前年|前年|去年)(?P<between>[^。]{0,30}?)"
    r"(当年(?=\s*(1[0-2]|[1-9])\s*月)|(?<=[\s，,])(那|当)(一|1)?年(?=[^，,。\d]{0,3}(年度)?考核|\s*(1[0-2]|[1-9])\s*月))"
)


def dated_by_the_year_said_before(text: str) -> str:
    """…22年… 当年10月份考的 → …22年… 22年10月份考的: the year put where 当年 (or 那年, of a review) was said."""
    return _THAT_YEAR_SAID_BEFORE.sub(lambda m: f"{m.group('year')}{m.group('between')}{m.group('year')}", text)


# 拿证那年刚好北京开冬奥会…证是那年六月份发下来的 / 杭州亚运会那年呀 九月份: a year everyone knows, and its month
_A_KNOWN_YEAR = re.compile(
    rf"那(?:一|1)?年[^，,。\d]{{0,8}}?(?P<after>{'|'.join(EVENT_YEARS)})|(?P<before>{'|'.join(EVENT_YEARS)})[会的]?那(?:一|1)?年"
)
_THAT_YEARS_MONTH = re.compile(r"那(?:一|1)?年(?=\s*(1[0-2]|[1-9])\s*月)|(?<=[\s，,])(?=(1[0-2]|[1-9])\s*月份?[\s，,])")


def dated_by_a_known_year(text: str, today: dt.date) -> str:
    """…那年刚好北京开冬奥会…证是那年6月份发下来的 → …证是2022年6月份发下来的: the month said of that year, in it."""
    said = _A_KNOWN_YEAR.search(text)
    if said is None or (year := EVENT_YEARS[said.group("after") or said.group("before")]) > today.year:
        return text
    month = _THAT_YEARS_MONTH.search(text, said.end())
    if month is None:
        return text
    return text[: month.start()] + f"{year}年" + text[month.end() :]


def _same(dating: re.Match[str], event: str) -> bool:
    return _kind(dating.group("event") or dating.group("event2")) == _kind(event)


def _kind(event: str) -> str:
    """出生 / 生 / 满月: a birth; 搬厂 / 搬家 / 搬: a move (换厂 / 换到, 调到 / 调过来…: a change of job, by its verb);
    退的伍: 退伍."""
    event = event.replace("的", "")
    if event in ("出生", "出世", "满月", "生"):
        return "生"
    if re.search(r"兵|伍|复员", event):  # 当兵回来第二年 / 一五年退的伍: the same return from the army
        return "退伍"
    if event in ("退", "退休"):  # 老伴退休那年 / 她是二〇二二年退的
        return "退休"
    if re.match(r"结婚|出嫁|嫁人|办", event):  # 儿子结婚那年 / 他是2019年国庆办的事: a wedding
        return "结婚"
    if re.search(r"班组长|班长|组长|队长|主任|工段长|领班", event):  # 评上班组长的第二年 / 19年当的班组长: a post
        return "当"
    if school := re.search(r"初中|小学|高中|大学", event):  # 考上大学那年 / 二四年考嘞大学: the same entrance
        return school.group()
    return event[0] if event[0] in "搬换调跳进回" else event


def _reckoned(dating: re.Match[str], said: re.Match[str], today: dt.date) -> str:
    year = full_year(int(dating.group("year") or dating.group("year2")), today)
    month_said = dating.group("month") or dating.group("month2")
    month = int(month_said) if month_said else None
    when = said.group("when")
    # 前一年 / 第二年: a year off it (进厂第三年: two)
    moved = -1 if when.startswith("前") else _YEARS_ON.get(when[1], 0) if when[0] == "第" else int(when[0] in "后次")
    if said.group("event") == "满月" and month:  # a month after the birth
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    in_that_year = re.fullmatch(r"那(一|1)?年", when)  # (出生那年: the year, not the month of the birth)
    return f"{year + moved}年" + (f"{month}月" if month and not moved and not in_that_year else "")


_YEARS_ON = {word: years for years, word in enumerate("二三四五六七八九", 1)} | {str(n): n - 1 for n in range(2, 10)}

# 公司十周年庆那年考的 公司是2013年成立的 / 院里十周年院庆那天发的证 院是2014年开的: the years counted from a founding
_ANNIVERSARY = re.compile(
    r"(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*周年(?:[^，,。\s\d]{0,2}庆)?(?P<when>那(?:一|1)?年|那天|那会儿?|的时候|那阵)"
)
_FOUNDED = re.compile(
    r"(?P<year>\d{2}|\d{4})\s*年(?:(?P<month>1[0-2]|[1-9])\s*月)?份?(?:成立|开业|开张|开|建成|建|创办|办)的?"
)


def dated_by_an_anniversary(text: str, today: dt.date) -> str:
    """The anniversary's year (the founding's, with the years said added) put in the words that date by it; the
    founding's own dating blanked (it dates nothing held)."""
    said = _ANNIVERSARY.search(text)
    if said is None:
        return text
    founded = next((m for m in _FOUNDED.finditer(text) if m.end() <= said.start() or m.start() >= said.end()), None)
    if founded is None:
        return text
    month = founded.group("month") if said.group("when") == "那天" else None
    years_on = int(cn2an.cn2an(said.group("n"), "smart"))  # (十 / 10 / 两)
    date = f"{full_year(int(founded.group('year')), today) + years_on}年" + (f"{month}月" if month else "")
    return _dated_in_place(text, said, date, founded)


def _dated_in_place(text: str, said: re.Match[str], date: str, dating: re.Match[str]) -> str:
    """The date put in the words that date by it (`said`); the words that dated the event (`dating`) blanked, where
    they stand once the date is in (told after: moved)."""
    text = text[: said.start()] + date + text[said.end() :]
    shift = 0 if dating.start() < said.start() else len(date) - (said.end() - said.start())
    return _blank_the_clause_of(text, dating.start() + shift, dating.end() + shift)


def _blank_the_clause_of(text: str, start: int, end: int) -> str:
    """她是18年生的 / 搬厂是2020年: the whole clause when it says nothing else (its subject and 是 are no one's
    case)."""
    clause = clause_at(text, start)
    rest = (text[clause.start : start] + text[end : clause.end]).strip()
    if len(rest) <= 4:
        start, end = clause.start, clause.end
    return text[:start] + " " * (end - start) + text[end:]
