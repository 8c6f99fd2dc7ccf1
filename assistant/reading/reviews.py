"""Annual reviews as people give them: year by year (2023年合格，2024年基本合格; 去年前年合格，
大前年优秀; 优秀、合格、合格), or summed up (年年合格, 都过了, 有一年没过)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from assistant.reading.away import LEFT_THE_WORK, ON_LEAVE
from assistant.reading.clauses import CORRECTION, blanked, clause_at, clauses
from assistant.reading.people import KIN
from corpus.lexicon import load_lexicon
from rules import load_parameters

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

_YEAR = re.compile(
    r"(20\d{2})\s*(?:年|(?=[优良合基不称])|(?=[、和跟]\s*20\d{2}))|(大前年|前年|去年|头年|今年|上一年|最近一年|再往前(?:[一1]年)?|再前(?:面)?[一1]年)"
)  # 2023基本合格 / 2024、2023年合格
_RELATIVE = {
    "去年": 0,
    "头年": 0,
    "上一年": 0,
    "最近一年": 0,
    "今年": 0,
    "前年": 1,
    "大前年": 2,
    "再往前": 2,
    "再往前一年": 2,
    "再前一年": 2,
    "再前面一年": 2,
}
_ALL_PASS = re.compile(
    # (厂里考核都给的合格: who gave it said before; not 那年厂子搬迁 大家都给的合格: everyone's, that year)
    r"(?<!大家)(?<!所有人)(?<!人人)(都|全|均|全部|拢|每年都?|每冬都?|三年都?|(?<!\d)3年都?|一直|年年)(是|为|给[的嘞了]?|评[的嘞了]?)?(考核)?(合格|通过|过了?|称职|优秀|良好|ok|没问题)|"
    r"考核(都|全|均)?(合格|过了)|都过了|(没有|没|从来没有?)(试)?过?(不合格|不称职)|没(有|得)?哪(一)?年[^，,。]{0,2}(不合格|不称职|没过)|没出过问题|((一|1)(次|回)|从来)(都|也)?没(掉过链子|出过岔子|拉过胯)|年年都?过|考核.{0,4}(杠杠|没毛病|没得说)|考核[✅✔√☑]+|"
    r"考核\s*(ok|没问题|都行|all\s*pass)|考核[^，,。]{0,3}都中|连续\s*\d*\s*年[^，,。]{0,6}合格|"
    r"拢有(合格|过)|(无|没有?)(一|1)(冬|年)(无|冇|没)过",  # 闽南 拢有合格 无一冬无过: all passed, no year without
    re.IGNORECASE,
)
_SOME_FAILED = re.compile(
    r"(有|就)?(?<![\d一二三四五六七八九〇零])(一|1)(年|次)(的)?(考核)?(因为[^，,。]{1,8}?)?(在[^，,。]{1,6}[，,]\s*)?(被)?(是|为|得了|评了个?|评的|评为)?(没过|没有过|没评上合格|不是合格|不合格|基本合格|基本称职|不称职)|(?<!哪年)(?<!哪一年)没过(?![完去来年节期])"
)  # (正月十五都没过完就上班了: the festival not over, no review)
_SOME_YEAR = re.compile(r"有(一|1|两|2)(年|次)")  # 有一年基本合格，其他都合格: which year is not said
# No annual review at all (a private boss, one's own orchard): not a failed review, and not one the
# documents settle — never read as 不合格.
NO_REVIEWS = re.compile(
    r"不搞.{0,4}考核|没(得|有)?(搞|做)?(过)?(年度)?考核|还没(有)?考(核)?过|没搞过这个|不搞这个|不考核|考核.{0,3}(?<!有)(没有|没得|没搞|不搞)|哪个给我考核|谁给我考核|哪(有|来)的?(啥子?|什么)?考核|没(人|谁)(给[我俺他她]?)?考核"
)
_DENIED_GRADE = re.compile(
    # (我们厂没听说哪个不合格的: no one failed, as far as they know)
    # (冇试过唔合格, as normalised 没试过不合格: never failed)
    r"(没有|没|无|从没有?|从来没有?)(出现?过|得过|评过|拿过|有过|听说过?|见过?|试过|过|得)?(一次|一年|哪年|哪一年|哪个|谁|有谁|有人)?(是|有)?(不合格|基本合格|不称职|基本称职)"
)
_SUMMED = re.compile(r"都|全|均|拢|年年|每年|每冬|三年|(?<!\d)3年|一直|反正|从来|从没|没出过")  # not 23年
_PARTLY_KNOWN = re.compile(
    r"(那年|那一年|那会儿?|那时候?|再早|更早|之前|往前|大前年|第三年)[^。]{0,14}(不记得|记不得|记不清|不知道|不晓得|不清楚|忘了|没考|没参加|没(有|得)?考核|休产假|还?没(进|来|到))|还没考|只有两年|"
    r"\d{2,4}\s*年(的)?[^，,。]{0,8}(不记得|记不得|记不清|不知道|忘了|找不着|找不到|丢了|还没出|休产假|没给我?考核|没(有|得)?考核)"
)
_A_YEAR_NOT_REVIEWED = re.compile(
    r"\d{2,4}\s*年[^，,。、\d]{0,10}没(有|得)?(搞)?考核|\d{2,4}\s*年[^，,。、\d\s]{0,6}没(有|得)?(参加)?考(?![上过起到试核好])"
)  # 22年在家没考: no review that year
_APPLICATIONS_FAILED = re.compile(r"\d+\s*份[^，,。\s]{0,4}(不合格|合格)|(资格审查|审核|初审)[^，,。]{0,3}没(通)?过")
# 是必须三年都合格吗 / 点解评职称要近三年考核合格: the rule asked about, not results
_RULE_ASKED = re.compile(
    r"算不算|(必须|一定要|要求|需要|算)[^，,。]*[吗么？?]|(这个|这|那个|那)算(合格|称职|通过)(噻|吧|嘛|不)|(为什么|为啥|凭什么)[^，,。]*(要|得|必须)|"
    r"是不是(要|得)[^，,。]*才(行|能|可以)|是不是(也)?(要|得|需要)[^，,。]{0,10}合格|"  # 是不是要三年考核都合格才行
    # 技能人才参加职称评审要近3年考核合格 是哪3年: the rule quoted, then asked about
    r"(要|需要|要求)(近|最近)\s*[3三]\s*年[^，,。]{0,6}合格"
)
_HEDGED = re.compile(
    r"(应该|好像|可能|大概)[^，,。]{0,8}(吧|问问|不确定)|考核(应该|好像|大概)(都|是)?(合格|称职)|还行吧"
)
_NOT_SURE_AFTER = re.compile(
    # 好像有一年是基本合格 也可能是合格: one grade or another
    r"(好像|可能)[^，,。]{0,8}(合格|称职|优秀|良好)[\s，,]+(也)?(可能|或者|或许)(是)?(基本)?(合格|称职|优秀|良好)|"
    r"(合格|称职)吧[^。]{0,12}(不太?清楚|不确定|不知道|说不准)|"  # 他说一直合格吧 我这边也不太清楚
    r"(合格|称职)吧[\s，,]+(应该|可能|大概|好像)|"  # 合格吧 应该都合格: a guess, said twice
    # 应该都合格嘅 我问下人事先: said as a guess, to be checked with someone
    r"(应该|好像|可能|大概)[^。，,]{0,4}(合格|称职|过了)[的嘅吧]?[\s，,]+[^。]{0,3}(问(下|一下|问)|查(下|一下))"
)
_REST = re.compile(
    r"(其他|其余|另外|前面|前头|前边|后面|后头|后边|剩下|别的)(两|2)?(年|次)?(都|也)?(是)?|前(两|2)(年|次)(都|也)?"
)
_COUNT_ONE = re.compile(r"(只|就)(考核)?(过)?(一|1)(次|年)|才(干|来)了?(一|1)年")
_SHORT_YEARS = re.compile(
    r"(?<![\d.了干做满有])((?:\d{2}\s*[、,，和跟与及]\s*)*\d{2})年(?![了多以来半间])|"
    # 23 24 25都合格 / 24、25两年都合格
    r"(?<![\d.了干做满有])((?:\d{2}\s*[、,，和跟与及\s]\s*)+\d{2})(?=\s*(?:\d年)?\s*(?:都|全|均))|"
    # 22优秀，23合格，24合格: a year said bare before its grade (23年 优秀 22 21 合格: or years, the grade of each;
    # 23的也是合格)
    r"(?<![\d.了干做满有])((?:\d{2}\s*[、,，和跟与及\s]\s*)*\d{2})(?=\s*(?:的)?(?:也|还)?(?:是|为)?(?:优秀|合格|良好|称职|基本|不合格|不称职))"
)
# 二三年不称职，二四二五都称职: two-digit years said as numerals, before a result or a summary
_SPOKEN_YEARS = re.compile(
    r"(?<![〇零一二两三四五六七八九十])([一二][〇零一二三四五六七八九])(?:[、，,和跟\s]?([一二][〇零一二三四五六七八九]|\d{2}))?"
    # 二二 二三 二四 都是合格: three (二三 二四 二五 年年合格: the last one in digits by now, with its 年)
    r"(?:[、，,和跟\s]?([一二][〇零一二三四五六七八九]|\d{2}))?"
    # (二三 二四 二五 年年合格; 二三年那年请长假评了个基本称职)
    r"(?=\s*年?\s*(都|全|均|年年|是|为|不|基本|合格|优秀|良好|称职)|年那一?年)"
)
_SPOKEN_COUNT = {"一": "1", "两": "2", "二": "2", "三": "3"}
_NUMERAL_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_IN_ORDER = re.compile(
    r"分别(是|为)|依次(是|为)|往前数|"
    # 22 23 24考核 合格 合格 良好: the years, then a grade for each in the same order (22 23 24 合格合格优秀: or run
    # together)
    r"(?<!\d)(20)?\d{2}\s*年?[\s、,，]+(20)?\d{2}\s*年?[\s、,，]+(20)?\d{2}\s*年?\s*(年度)?(考核)?(结果)?\s*[是为：:]?\s*"
    r"(合格|优秀|良好|称职|基本)[^，,。\d合优良称基]{0,4}[\s、,，]*(合格|优秀|良好|称职|基本)"
)
# 合格合格优秀 从21年开始数 / 称职 称职 基本称职 从23年开始往后数 / 良好 良好 合格 从23年往后数 /
# 称职 称职 优秀 从前年到今年
_OLDEST_FIRST = re.compile(
    r"从(\d{2}|20\d{2})\s*年?((开始|起)(往后|往下)?|往后|往下)(数|算|排)|从(前|早)往(后|近)(数|算|排)|"
    r"从(大前年|前年|去年)到(去年|今年)|从(\d{2}|20\d{2})\s*年?(到|至)(\d{2}|20\d{2})\s*年?|"  # 从23年到25年
    # 23年到25年 合格 合格 优秀: the span, then its grades
    r"(?<!\d)(\d{2}|20\d{2})\s*年?(到|至)(\d{2}|20\d{2})\s*年?(度)?(的)?(考核)?(结果)?[\s：:是为]*(?=合格|优秀|良好|称职|基本)"
)
_SHORT_EXCELLENT = re.compile(r"优(?![秀良先势惠质])")


def _grade_pattern() -> re.Pattern:
    grades = load_parameters().value("annual_review_grades")
    return re.compile("|".join(sorted(grades["passing"] + grades["failing"], key=len, reverse=True)))


GRADE = _grade_pattern()
# 去年不是合格，是基本合格: the grade denied gives way to the one said after it
_GRADE_TAKEN_BACK = re.compile(
    rf"不是({GRADE.pattern})(?=[，,。\s]*(而|应该|其实|实际)?是)|"
    rf"(差点|差一点|险些)(儿)?[^，,。\s]{{0,6}}({GRADE.pattern})|"  # 差点给我评个基本合格 最后还是合格
    rf"({GRADE.pattern})(?=[\s，,]*(哦|噢|呃)?[\s，,]*不是[\s，,]+(而|应该|其实)?是)|"  # 去年基本合格 哦不是 是合格
    # (25年是基本合格 不对不对 也是合格: the grade said again, put right)
    rf"({GRADE.pattern})(?=[\s，,]*(哦|噢|呃)?[\s，,]*(不对)+[\s，,]*(也|还|应该|其实)?(是)?\s*({GRADE.pattern}))"
)
# 按称职、基本称职那套来的 / 我们单位是称职不称职那种: the grades in use, not a result
_SCALE = re.compile(
    rf"按[^，,。]{{0,3}}({GRADE.pattern})([、和跟/]({GRADE.pattern}))+[^，,。]{{0,4}}(那套|那种|这套|来)|"
    rf"({GRADE.pattern})[、和跟/]?不?({GRADE.pattern})[^，,。]{{0,2}}(那套|那种|这套|那样的|两档|两种|两个档次?)|"
    rf"(叫|分|按|只有)\s*({GRADE.pattern})不({GRADE.pattern})"  # 都叫称职不称职 / 只有称职不称职: the words in use
)
_NOT_PLACED = re.compile(r"(?<![没有])哪(一)?年(是|评的?)?(优秀|良好|合格|称职)")  # 哪年优秀哪年合格记不住了
# 我们厂分优秀、合格、不合格 / 我们这评优秀 合格那种: the grades the employer gives, not the person's
_GRADING_SCHEME = re.compile(
    rf"分(?!别)(成|为)?[^，,。\s\d]{{0,2}}({GRADE.pattern})([、，,\s和跟/]*({GRADE.pattern}))+|"
    rf"(评|是|有)[^，,。\s\d]{{0,2}}({GRADE.pattern})([、，,\s和跟/]*({GRADE.pattern}))+\s*(那种|这种|那样|几档|几种|几个档次?|[三四五]档|这几种|这几样)"
)
_A_SPAN_OF_YEARS = re.compile(  # (not 合格 合格 良好 从23年到25年: the years the grades were said in)
    r"(?<!从)(?<!从\d)(?<!从\d\d)\d{2,4}\s*年?\s*(到|至)\s*\d{2,4}\s*年(?!\s*(度|的?考核))(?![^，,。\s]{0,4}(都|均|全)?(是|为)?\s*(合格|优秀|称职|良好))"
)
_AN_AWARD = re.compile(r"优秀(员工|党员|共产党员|工作者|个人|标兵|班组长?|教师|师傅|技能人才|青年)")
# 不合格早让撵回家了: what would happen; 这玩意儿还能不合格咋的: a failure asked of in disbelief
# 有一年基本合格 就是23年 其他两年都合格: one year's grade, then which year it was
_THE_YEAR_SAID_AFTER = re.compile(
    # (有一年基本合格 前年 其他都合格: the year said bare; not 有一年基本合格 23年合格: the next year's own grade)
    rf"有(一|1)年(是|为|评了个?|得了个?)?(?P<grade>{GRADE.pattern})[，,\s]*((就是|是)\s*)?"
    rf"(?P<year>(20)?\d{{2}}|大前年|前年|去年)年?(?![^，,。\s]{{0,2}}({GRADE.pattern}))|"
    # (23年是称职 基本称职那是22年 / 优秀是去年 前头两年合格: the grade moved to the year it belongs to)
    # (not 一优两合格 优秀是二三年: which of the grades counted fell in which year)
    rf"(?:(?<=[\s，,])(?P<grade2>{GRADE.pattern})(那|这)(个)?|^(?P<grade3>{GRADE.pattern}))是\s*"
    rf"(?P<year2>(20)?\d{{2}}|大前年|前年|去年)年?(?=[\s，,。]|$)"
)


# 学校考核23到25年都是合格: one grade said of every year of a span
_A_SPAN_ALL_GRADED = re.compile(
    r"(?<![\d.])(?P<first>\d{2})\s*年?\s*(到|至)\s*(?P<last>\d{2})\s*年(?=(度)?(的)?(考核)?[^，,。\d]{0,3}(都|全|均)(是|为)?\s*"
    r"(合格|优秀|良好|称职))"
)


def _each_year_of_the_span(span: re.Match) -> str:
    first, last = int(span.group("first")), int(span.group("last"))
    if not 0 < last - first <= 3:
        return span.group()
    return "、".join(str(year) for year in range(first, last + 1)) + "年"


def _the_year_before_its_grade(said: re.Match) -> str:
    year = said.group("year") or said.group("year2")
    grade = said.group("grade") or said.group("grade2") or said.group("grade3")
    return (year + ("" if year.endswith("年") else "年") + grade).ljust(len(said.group()))


SUPPOSED_FAILURE = re.compile(
    # (唔合格嘅早就俾老细炒咗啦 / 不合格还能让我带徒弟: a failure supposed, to show there was none)
    r"(要是|如果)?(不合格|不称职|基本合格)(的话|的|嘅)?(早就?|就得|就要|就会|就|还能|还会|还让)[^，,。]{0,8}|"
    r"(还能|还会|难道还?能?|咋可能|怎么可能|哪能)[^，,。]{0,2}(不合格|不称职)[^，,。]{0,4}|"
    r"(你|谁)见过[^，,。]{0,8}(不合格|不称职)[^，,。？?]{0,4}|"  # 你见过带头人考核不合格嘞？
    r"(差点|差一点|险些|差点儿)(就)?(没过|没有过|不合格|不称职)"  # 前年差点没过但也过了: a pass, nearly not
)
_GRADE_SAID = re.compile(rf"\s*(是|为|都是|也是|还是|评了个?|得了个?)({GRADE.pattern})")  # 前年是基本合格
# 23年那年手受了伤评的基本合格: the year, what happened in it, then its grade
_THAT_YEARS_GRADE = re.compile(rf"\s*那一?年[^，,。]{{0,12}}?(评的|评了个?|得了个?|是|为)({GRADE.pattern})")


def dates_a_review(text: str, date_end: int) -> bool:
    """2023年合格 / 去年基本合格: a year said right before a review result dates the review, not a certificate."""
    if GRADE.match(text, date_end) or _GRADE_SAID.match(text, date_end) or _THAT_YEARS_GRADE.match(text, date_end):
        return True  # 2023年合格 / 考核前年是基本合格
    review = re.match(r"([^，,。]{0,3})(考核|年度)", text[date_end:])
    # (2020年6月 考核这三年也都是合格的: the reviews dated by their own years)
    own_years = review is not None and re.match(
        r"[^，,。]{0,2}(这|近)(三|3|几|两|2)年", text[date_end + review.end() :]
    )
    # (22年6月 考核你等会儿要问吧: a month dates no review)
    monthly = re.search(r"月(份)?\s*$", text[:date_end])
    return review is not None and not (
        re.search(r"拿|取得|发|考的", review.group(1)) or own_years or monthly
    )  # 2016年拿的 考核都优秀


def _grades() -> list[str]:
    grades = load_parameters().value("annual_review_grades")
    return sorted(grades["passing"] + grades["failing"], key=len, reverse=True)


def _years() -> int:
    return load_parameters().value("annual_review_requirement")["years"]


_SURE_ANYWAY = re.compile(r"反正[^，,。]{0,6}(都|全)(过了|合格|是合格|称职)")


def hedged(text: str) -> bool:
    """应该都合格吧: the reviews said with a hedge (近三年都称职，应该没问题吧 hedges the outcome, not them)."""
    # 应该都没问题吧 我回去问问人事: the reviews said as no problem (近三年考核都称职，应该没问题吧: the outcome hedged)
    if _SURE_ANYWAY.search(text):
        return False  # 23年好像是良好还是合格来着 记不太准了 反正这三年都过了: which grade not known, a pass either way
    if re.search(r"分[^。？?]{0,12}算(是)?(合格|优秀|称职|良好)(吧|吗|不)", text):
        return True  # 俺们那是打分的 都在八十分往上 算合格吧: a score, whether it counts asked
    said = r"考核|合格|称职|优秀|良好|过了" + ("" if GRADE.search(text) else "|没(啥|什么)?问题")
    parts = clauses(text)
    # 都合格吧，应该 / 矿上一般都给合格 我的应该也是吧: the hedge said after, on its own
    hedge_after = len(parts) == 2 and re.fullmatch(
        r"\s*(我的|他的|她的)?(应该|应该是|可能|好像|大概)(也)?(是|一样)?(吧|的)?\s*", parts[1].text
    )
    return bool((hedge_after and re.search(said, parts[0].text)) or _NOT_SURE_AFTER.search(text)) or any(
        _HEDGED.search(c.text) and re.search(said, c.text) for c in parts
    )


# 正月十五都过了 / 年都过完了: a day gone by, not a review passed
_A_DAY_GONE_BY = re.compile(r"(正月|腊月|初[一二三四五六七八九十]|十五|元宵|过年|春节|节)(都|也)过(完)?了")


def read(text: str, today: dt.date, result: Extraction) -> None:
    text = _A_DAY_GONE_BY.sub(lambda day: " " * len(day.group()), text)
    text = _A_SPAN_ALL_GRADED.sub(_each_year_of_the_span, text)  # 23到25年都是合格 → 23、24、25年都是合格
    if anothers := _ANOTHERS_SAID_BEFORE.search(text):
        # 23年是基本合格 不对 那是俺们班长: his, not theirs (…基本合格不是我 是我们班长: that clause only)
        start = clause_at(text, anothers.start()).start if anothers.group("not_mine") else 0
        text = text[:start] + " " * (anothers.end() - start) + text[anothers.end() :]
    said_in_full = text
    text = _without_hedged_years(text)
    # 去年好像是基本合格 前头两年都是合格: the other years only, never all three (…反正这三年都过了: all three)
    one_hedged = text != said_in_full and not _SURE_ANYWAY.search(said_in_full)
    if (NO_REVIEWS.search(text) and not GRADE.search(text)) or hedged(text):
        return  # 应该都合格吧，我回头问问他: not said for sure (去年优秀 前年合格 大前年…没考核: two are said)
    text = _SHORT_EXCELLENT.sub("优秀", text)  # 优/合格/合格
    text = _THE_YEAR_SAID_AFTER.sub(_the_year_before_its_grade, text)  # 有一年基本合格 就是23年 → 23年基本合格
    text = _the_same_again(text)  # 去年是合格 前年也是 → 前年也是合格
    text = _A_PAUSE_BEFORE_THE_GRADE.sub("", text)  # 二三年嘛合格 → 二三年合格
    # 是必须三年都合格吗？/ 基本合格算不算合格？: the rule asked about, not results
    text = blanked(text, [c for c in clauses(text) if _RULE_ASKED.search(c.text)])
    text = _APPLICATIONS_FAILED.sub(" ", text)  # 退回了2份不合格的 / 1个资格审查没过: applications, not reviews
    # 不合格的话厂里还能让我带五个徒弟？: a fail supposed, to show there was none
    text = re.sub(r"(不合格|基本合格|不称职|没过)的话[^，,。]*", " ", text)
    # 他说考了两次 18年第一次没过 19年第二次过的: attempts at an exam, not reviews
    text = blanked(text, [c for c in clauses(text) if re.search(r"第[一二三两1-3]次|考了[两二三2-3]次", c.text)])
    text = _SCALE.sub(lambda m: " " * len(m.group()), text)  # 按称职、基本称职那套来的: the grades in use
    text = _NOT_PLACED.sub(lambda m: " " * len(m.group()), text)  # grades said of no year
    text = _GRADING_SCHEME.sub(lambda m: " " * len(m.group()), text)  # 分优秀、合格、不合格: the employer's grades
    text = SUPPOSED_FAILURE.sub(lambda m: " " * len(m.group()), text)
    text = _AN_AWARD.sub(lambda m: " " * len(m.group()), text)  # 23年是我评上厂里优秀员工: an award, not a review
    text = blanked(text, [c for c in clauses(text) if load_lexicon().honours_in(c.text) and not GRADE.search(c.text)])
    text = _A_SPAN_OF_YEARS.sub(lambda m: " " * len(m.group()), text)  # 19年到20年被抽去驻村: a spell, not a review
    text = _A_YEAR_NOT_REVIEWED.sub(_no_review_said, text)  # 22年刚进来实习 没考核: no grade that year
    as_said = text
    text = _DENIED_GRADE.sub(lambda m: " " * len(m.group()), text)  # 都合格的 没有不合格: no failure said
    text = _GRADE_TAKEN_BACK.sub(lambda m: " " * len(m.group()), text)
    # 22 23年都合格 / 23 24合格: two years, one result
    # (2023 2024都合格: the same, in full)
    year = r"(?:\d{2}|20\d{2})"
    # 二四 二五 二六 这三年 都是合格 / 22 23 24三年厂里都给的合格 (read as 22 23 243年)
    # (24这3年厂里都给的合格: digits by now; not 22 23 24这三年 就23年是基本合格, the years then each one's result)
    text = re.sub(rf"(?<![\d.])({year})\s*(这[三几两]|[三几两]|这[23](?=年[^，,。\s]{{0,8}}(都|全)))年", r"\1年", text)
    # (2022、2023、2024三年都是合格, read as 20243年)
    text = re.sub(r"(?<=[\s、，,])(\d{2}|20\d{2})3年(?=[^，,。]{0,6}(都|合格|优秀|称职))", r"\1年", text)
    # (22 23 24考核都合格: the review named after the years; 21 22 23团里都给的合格: who gave it)
    named_after = rf"(考核|{_GIVERS})?"
    # 21 22 23都合格 24也合格 / 22年合格 23合格 24嘛也合格: a bare year after the others, its grade said "too"
    text = re.sub(rf"(?<=[\s，,])({year})(?=[嘛呢啊吧哦的]?(也|还)(是)?({GRADE.pattern}))", r"\1年", text)
    text = re.sub(
        rf"(?<![\d.])({year})\s+(?={year}(\s+{year})*\s*{named_after}(年|都|也|合格|优秀|称职|基本|不合格|良好))",
        r"\1、",
        text,
    )
    text = re.sub(
        rf"(?<![\d.])({year})、({year})(?=\s*{named_after}(都|也|合格|优秀|称职|基本|不合格|良好))", r"\1、\2年", text
    )
    text = re.sub(rf"(?<![\d.])({year})(?=那一?年)", r"\1年", text)  # 23那年违章让扣了 给了个基本称职: the year 2023
    text = _SPOKEN_YEARS.sub(_spoken_years, text)  # 二三年不称职，二四二五都称职
    text = _full_years(text, today)  # 23、24、25年都合格；不合格是21年那次
    failing = load_parameters().value("annual_review_grades")["failing"]
    if counted := _counted(text):
        if placed := _the_one_placed(text, today, counted):
            result.set("annual_review_results", placed, text)  # 一个优秀两个合格 优秀係旧年
        else:
            result.set("annual_reviews_all_pass", not any(g in failing for _, g in counted), text)
        return  # 两个优秀一个合格: how many of each, not which year had which
    grade = re.compile("|".join(_grades()))
    said = [(m.start(), m.group()) for m in grade.finditer(text)]  # longest first: 基本合格 before 合格
    results = _the_others_as_every_year(_year_by_year(text, today, said), text)
    if results:
        result.set("annual_review_results", results, text)
        if any(r in failing for r in results):
            result.set("annual_reviews_all_pass", False, text)
    long_ago = (failed := _SOME_FAILED.search(text)) and (
        re.search(r"(以前|之前|早些年|早年|前些年|前几年|那些年)[^，,。]{0,6}$", text[: failed.start()])
        or _before_the_last_three(text, failed.start(), today)
    )  # 俺以前考核有一年没过: when is not said, so whether it is among the last three is not known
    if failed and not long_ago:
        result.set("annual_reviews_all_pass", False, failed.group())  # 有一年基本合格，其他都合格
    elif (
        (summary := _ALL_PASS.search(as_said))
        and not any(r in failing for r in results or [])
        # 去年考核合格 / 22 23都是合格 (the 都 of the years just named): fewer years than the rule's
        and not (
            results
            and len([r for r in results if r != "unknown"]) < _years()
            and (not _SUMMED.search(summary.group()) or _years_just_named(as_said[: summary.start()]))
        )
        and not (_PARTLY_KNOWN.search(as_said) and not _ALL_BUT_THE_YEAR_NOT_OUT.match(as_said))
        and not one_hedged  # (去年和前年都是合格，再早那年他不记得了: not all three)
    ):
        result.set("annual_reviews_all_pass", True, summary.group())


# 这几年单位都给合格 / 都是合格: one grade said of every year, in a clause that names none (not 前年那年厂子搬迁
# 大家都给嘞合格: everyone's grade that year)
_EVERY_YEAR = re.compile(
    rf"^(?!大家|所有人|人人|全厂|全车间)(这几年|这些年|每年|年年|历年|一直)?[^，,。\d]{{0,4}}(都|全|一直|年年)(是|为|给的?|评的?)?\s*(?P<grade>{GRADE.pattern})"
)


def _the_others_as_every_year(results: list[str], text: str) -> list[str]:
    """这几年单位都给合格 前年那次是良好: the years with no result of their own take the grade said of every year."""
    if not results or ("unknown" not in results and len(results) >= _years()):
        return results
    every = next(
        (
            said
            for c in clauses(text)
            if not _A_YEAR_SAID.search(c.text) and (said := _EVERY_YEAR.match(c.text.strip()))
        ),
        None,
    )
    if every is None:
        return results
    grade = every.group("grade")
    return [grade if r == "unknown" else r for r in results] + [grade] * (_years() - len(results))


_A_YEAR_SAID = re.compile(r"\d|去年|前年|今年|那年|其他|其余|别的|另外")


def _before_the_last_three(text: str, failed_at: int, today: dt.date) -> bool:
    """22年评过一次基本合格, in mid-2026: the year named is older than the last three reviews (22年刚调过来那年考核
    没过: the year named, then told of; not 19年嘞证 有一年基本合格: the certificate's year)."""
    year = re.search(
        r"(?<!\d)(20\d{2}|\d{2})\s*年(?![^，,。\d]{0,3}(证|拿|考(?!核)|取))([^，,。\d]{0,6}|[^，,。\d]{0,10}那一?年[^，,。\d]{0,4})$",
        text[:failed_at],
    )  # (我21年考核没过: the year in two digits)
    return year is not None and 2000 + int(year.group(1)[-2:]) < _latest_review_year(text, today) - (_years() - 1)


_SAME_AGAIN = re.compile(r"(前年|去年|今年|\d{2}年|\d{4}年)(的)?(也|还)是(?=[\s，,。；;]|$)")


def _the_same_again(text: str) -> str:
    """去年是合格 前年也是: the grade said before, said again for another year."""

    def said_again(same: re.Match) -> str:
        before = [*GRADE.finditer(text, 0, same.start())]
        return same.group() + before[-1].group() if before else same.group()

    return _SAME_AGAIN.sub(said_again, text)


def _years_just_named(before: str) -> bool:
    """22 23都是合格 / 前年和去年都是合格: the 都 of the years just named (not 21到23年都合格: a span of three)."""
    # (二三 二四都合格: the years said as numerals; 后两年都是合格: two years counted)
    named = re.search(
        r"((?<!\d)(\d{2}|\d{4})\s*年?|[一二][〇零一二三四五六七八九]\s*年?|前年|去年|今年|(后|近|最近|这)(两|2)年)"
        r"(的)?(考核)?\s*$",
        before,
    )
    span = re.search(r"(到|至|-|—|~)\s*\d{2,4}\s*年?(的)?(考核)?\s*$", before)
    listed = len(re.findall(r"(?<!\d)(\d{2}|\d{4})\s*年", clause_at(before, len(before) - 1).text)) >= _years()
    return bool(named) and not (span or listed)


def _without_hedged_years(text: str) -> str:
    """前年是合格 去年优秀嘛 … 大前年好像也是合格的嘛: a year said with a hedge is left unknown, the others stand."""
    parts = clauses(text)
    hedged_years = [
        c
        for c in parts
        if re.search(r"好像|可能|也许|大概|应该[^，,。]{0,6}吧|应该也", c.text) and GRADE.search(c.text)
    ]
    if not hedged_years or len(hedged_years) == len([c for c in parts if GRADE.search(c.text)]):
        return text  # all of them hedged: read as a whole (应该都合格吧 says nothing for sure)
    return blanked(text, hedged_years)


def _spoken_years(match: re.Match) -> str:
    return "、".join(year.translate(_NUMERAL_DIGITS) for year in match.groups()[:3] if year)


def _full_years(text: str, today: dt.date) -> str:
    """23、24、25年 → 2023年、2024年、2025年: two-digit years (not spans: 干了23年) written out."""

    def written_out(match: re.Match) -> str:
        years = re.findall(r"\d{2}", next(group for group in match.groups() if group))
        if any(2000 + int(y) > today.year for y in years):
            return match.group()
        return "、".join(f"20{y}年" for y in years)

    return _SHORT_YEARS.sub(written_out, text)


def _counted(text: str) -> list[tuple[int, str]]:
    """2个优秀1个合格 → [(2, 优秀), (1, 合格)] when the counts cover the reviews required; [] otherwise."""
    text = re.sub(r"俩|两个", "2个", text.replace("仨", "3个"))  # 一个优秀俩合格
    text = re.sub(
        rf"[一两二三](?=\s*(?:个|年|次)?(?:{GRADE.pattern}))", lambda m: _SPOKEN_COUNT[m.group()], text
    )  # 一优两合格
    counts = [
        (int(m.group(1)), m.group(2)) for m in re.finditer(rf"(?<!\d)(\d)\s*(?:个|年|次)?({GRADE.pattern})", text)
    ] or [  # 优秀一个 合格两个: the grade, then its count
        (int(m.group(2)), m.group(1))
        for m in re.finditer(rf"({GRADE.pattern})\s*(\d)\s*(?:个|年|次)(?![^，,。\s]{{0,2}}({GRADE.pattern}))", text)
    ]
    enough = len(counts) > 1 and sum(n for n, _ in counts) >= _years()  # 这样算三年合格吧: one count is no tally
    return counts if enough else []


def _the_one_placed(text: str, today: dt.date, counted: list[tuple[int, str]]) -> list[str]:
    """一个优秀两个合格 优秀係旧年 / 一优两合格 优秀是二二年: the grade counted once, placed by the year a clause
    without counts says of it; the others, the grade counted twice. [] when no year places it."""
    if len(counted) != 2 or sorted(n for n, _ in counted) != [1, 2]:
        return []
    once, twice = (next(grade for n, grade in counted if n == count) for count in (1, 2))
    latest = _latest_review_year(text, today)
    for clause in clauses(text):
        if once in clause.text and not re.search(r"\d\s*(个|年|次)?(" + GRADE.pattern + ")", clause.text):
            slots = [_slot(m, latest, today) for m in _YEAR.finditer(clause.text)]
            if len(slots) == 1 and 0 <= slots[0] < _years():
                return [once if slot == slots[0] else twice for slot in range(_years())]
    return []


# 团里 / 厂里 / 单位: who gave the reviews, said after their years
# (22 23 24他们矿上都给的合格: whose the place is, said before it)
_GIVERS = (
    r"(他们|她们|我们|俺们|咱们)?"
    r"(团里|团场|连队|厂里|厂子|单位|公司|集团|队里|矿上|店里|所里|院里|剧院|场里|农场|林场|牧场|茶场|渔场|酒店|饭店|医院|站里|局里|"
    r"学校|车间|项目部|部门|科里|[\u4e00-\u9fff]厂)"  # (23 24 25 茶厂都给嘞合格)
)
_OTHERS = rf"{KIN}|班长|组长|主任|别人|他|她|哥|弟|姐|妹"  # (俺们班长: 们 is not one's own)
_A_PAUSE_BEFORE_THE_GRADE = re.compile(r"(?<=年)[嘛呢啊吧哦](?=\s*(是|为)?(合格|优秀|良好|称职|基本|不合格|不称职))")
_ANOTHERS_SAID_BEFORE = re.compile(
    rf"(不对|不是|哦不)[，,\s]*(那|这)(个)?是((俺们|我们|咱们)的?\s*({_OTHERS})?|(我|俺|额)?的?({_OTHERS}))的?(?=[\s，,。]|$)|"
    # (三年都合格 二三年那个基本合格不是我 是我们班长: the result denied as one's own, then whose it is)
    rf"(?P<not_mine>不是(我|俺|额)的?[，,\s]*是((俺们|我们|咱们)的?\s*({_OTHERS})?|(我|俺|额)?的?({_OTHERS}))的?(?=[\s，,。]|$))"
)
# 都合格 25年的还没出来: every result out passed, the only year named the one not out yet
_ALL_BUT_THE_YEAR_NOT_OUT = re.compile(
    r"^[^\d年]*(都|全)(是)?合格[\s，,]+\d{2,4}\s*年(的|嘞)?[^，,。\d]{0,3}(还)?没(有)?出(来)?"
)
_RESULT_PENDING = re.compile(
    r"还在等|还没(出|下来|公布|评)|没出来|结果(还)?没|(要|得)?(年底|年末|年尾|年后)才(出|有|评)"
)


def _in_the_order_said(text: str, said: list[tuple[int, str]]) -> list[str] | None:
    """Grades listed with the order they are in said (从今年往前数分别是 / 从21年往后排的 / 优秀是去年的), most
    recent first; None when no order is said."""
    if order := _IN_ORDER.search(text):
        in_order = [r for _, r in said][: _years()]  # 从今年往前数分别是优秀、合格、合格
        # (22 23 24考核 合格 合格 良好, after 2022.3拿的: the years listed with the grades)
        years_said = order.group() if order.group()[0].isdigit() else text[: said[0][0]]
        years = [int(y) for y in re.findall(r"(?<!\d)(?:20)?(\d{2})(?=[\s、,，和年三\-—~至到])", years_said)]
        return in_order[::-1] if len(years) > 1 and years == sorted(years) else in_order  # 2023—2025年度…分别为
    if _OLDEST_FIRST.search(text):
        return [r for _, r in said][: _years()][::-1]
    # 合格合格优秀 优秀是去年的: the last one said named as the latest
    latest_named = re.search(rf"({GRADE.pattern})(那个|那年)?(是|为)(去年|最近|最近一年)(的|那年)?", text)
    before = [r for start, r in said if not latest_named or start < latest_named.start()]
    if latest_named and len(before) > 1 and before[-1] == latest_named.group(1) != before[0]:
        return before[: _years()][::-1]
    return None


def _year_by_year(text: str, today: dt.date, said: list[tuple[int, str]]) -> list[str]:
    """Results most recent first; positions with no result said are "unknown"."""
    if len(said) > 1 and (in_order := _in_the_order_said(text, said)) is not None:
        return in_order
    latest = _latest_review_year(text, today)
    # (23年合格 24年优秀 25年合格 26年的年后才出: the latest year not out yet, the three before it counted)
    if re.search(rf"(?<!\d)(20)?{latest % 100}\s*年(的|嘅|嘞)?\s*(年后|年底|年末)才(出|有|评)", text):
        latest -= 1
    slots, within = _placed(text, today, said, latest)
    if slots and 0 not in slots and _RESULT_PENDING.search(text):
        slots = {i - 1: grade for i, grade in slots.items()}  # 去年的还在等结果: the last review is the year before
    if slots:  # (24年合格 23年休产假没参加考核 22年合格 / 23跟25年合格 24年那张表找不到了: the year with none left out)
        skipped = _years_without_a_review(text, today, latest)
        return [slots.get(i, "unknown") for i in range(max(slots) + 1) if i not in skipped]
    if len(within) > 1 and not _SOME_YEAR.search(text):
        return [r for _, r in within][: _years()]  # 优秀、合格、合格: in the order said, most recent first
    if not within:
        return []
    only = within[0][1]
    if re.search(r"(两|2)年都", text):
        return [only] * 2  # 最近两年都是称职，再往前那年记不得了
    if re.search(rf"(三|3)年都|都是|年年|每年|一直(都)?(是)?({GRADE.pattern})", text):
        return [only] * _years()
    return [only] if _COUNT_ONE.search(text) else []


def _placed(
    text: str, today: dt.date, said: list[tuple[int, str]], latest: int
) -> tuple[dict[int, str], list[tuple[int, str]]]:
    """Each result in the year slot the words before it name ({0: last year's …}), and the results
    said for the last three reviews (22年不合格，后面三年都合格: 2022 is outside them)."""
    slots: dict[int, str] = {}
    previous, within = 0, []
    corrected_from = cue.end() if (cue := CORRECTION.search(text)) else len(text)
    for position, result in said:
        # (2022年被借调…23年初又回来了。考核22年良好: the years in sentences before the one on 考核 date something else)
        reviewed = text.rfind("考核", previous, position)
        since = max(previous, _sentence_start(text, reviewed)) if reviewed >= 0 else previous
        # (21年疫情在屋头歇了二十来天 考核嘛22年基本合格: a year in a clause before the one on 考核, with no grade of
        # its own, dates something else when the 考核 clause names its own year; not 前年单位出了事，考核不合格)
        review_clause = clause_at(text, reviewed).start if reviewed >= 0 else since
        told_before = review_clause if _YEAR.search(text, review_clause, position) else since
        dated = (
            m
            for m in _YEAR.finditer(text, since, position + 1)
            if not _dates_something_else(m)
            and not (m.end() <= told_before and _a_story_of_the_year(text, m))
            and not _result_pending_for(text, m)
        )
        years = [_slot(m, latest, today) for m in dated]
        previous = position + len(result)
        if years and all(s >= _years() for s in years):
            continue
        within.append((position, result))
        for slot in (s for s in years if 0 <= s < _years()):
            if position > corrected_from:  # 23年优秀。哦不对，23年是合格: the year said again after a correction
                slots[slot] = result
            else:
                slots.setdefault(slot, result)
        if _REST.search(text, max(0, position - 8), position) and slots:
            for slot in range(_years()):
                slots.setdefault(slot, result)
    return slots, within


def _result_pending_for(text: str, year: re.Match) -> bool:
    """二四年个还没出来 二三年优秀: the year whose result is not out yet has none to be given."""
    said = _said_of_the_year(text, year)
    return bool(_RESULT_PENDING.search(said)) and not GRADE.search(said)


def _a_story_of_the_year(text: str, year: re.Match) -> bool:
    """21年疫情在屋头歇了二十来天: the year's clause tells something else and gives no grade (not 去年 前年
    大前年考核都是合格: years listed)."""
    told = _YEAR.sub("", clause_at(text, year.start()).text)
    return not GRADE.search(told) and bool(re.search(r"[\u4e00-\u9fff]{2}", told))


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(end, 0, position) for end in "。！？!?") + 1


# 2023年6月拿的技师证 / 前年被评为全国技术能手 (not 大前年那年评的优秀: a review)
_CERTIFICATE_AFTER = re.compile(
    r"(\s*\d{1,2}\s*月(份)?)?的?证|"  # 21年8月的证
    # (24年拿了个优秀: a review's grade, got)
    r"(?:(?!合格|优秀|良好|称职)[^，,。]){0,6}(拿(?!了?个?\s*(优秀|合格|良好|称职|基本|先进集体))|取得|取证|考的(?!\s*是?(优秀|合格|良好|称职|基本|不))|考了|考上|考下|评上|评的(?!\s*是?(优秀|合格|良好|称职|基本|不))|发(的|嘞|滴|哩|了|下来)|获得|荣获|"
    r"(被)?评为(?!\s*(优秀|合格|良好|称职|基本|不)))"  # 前年被评为全国技术能手: the year of an honour
)


# 21年那会儿还没进这个公司 / 23年休产假没参加考核: no review that year
# (23年那年我在外头帮人家种烤烟 没考 / 22年刚调过来 那年没考 / 23年我还在外头跑业务)
_NO_REVIEW_THAT_YEAR = re.compile(
    r"还没(进|来|入职|到|参加工作)|还在(外头|外面|外地|别处|老家)|没(有)?(资格|赶上|轮到)?(参加|搞|有)?(考核|评)|没(有|得)?考(?![上过起到试核好完])"
)
# 24年那张表找不到了 / 22年那次记不清了: a year whose result is not known, left out rather than guessed
_RESULT_LOST = re.compile(r"(表|单子|结果)[^，,。]{0,3}(找不到|找不着|丢了|没找到|冇找到)|记不清|不记得|记不得|忘了")


def _years_without_a_review(text: str, today: dt.date, latest: int) -> set[int]:
    """The slots of the years said to have had no review at all, or whose result is not known (not 今年的还没评
    early in the year: this year's review, not yet due, is none of the three)."""
    return {
        _slot(year, latest, today)
        for year in _YEAR.finditer(text)
        if (_NO_REVIEW_THAT_YEAR.search(said := _said_of_the_year(text, year)) or _RESULT_LOST.search(said))
        and not GRADE.search(said)
        and not (year.group(2) == "今年" and latest != today.year)
    }


def _said_of_the_year(text: str, year: re.Match) -> str:
    """The year's clause, with the next one when that goes on about it (23年休产假 没参加考核; not …今年的还没评)."""
    clause = clause_at(text, year.start())
    following = clause_at(text, clause.end + 1) if clause.end < len(text) else None
    goes_on = following and re.match(r"\s*(那年|那一年|当年)?(也|都|就)?(没|没有|冇|未)", following.text)
    said = (
        clause.text + " " + following.text if following and following.start > clause.start and goes_on else clause.text
    )
    # (24年在家没考 23 25都是合格: what is said of the year ends where other years begin)
    another = _ANOTHER_YEAR_SAID.search(said, year.end() - clause.start)
    return said[: another.start()] if another else said


_ANOTHER_YEAR_SAID = re.compile(r"\s(20)?\d{2}(?!\d)\s*(年)?(?![月个多半号])")


def _no_review_said(match: re.Match) -> str:
    """22年刚进来实习 没考核 → 22年没考: the year kept with no grade, for the year to be left out of the list."""
    year = re.match(r"\d{2,4}\s*年", match.group())
    return ((year.group() if year else "") + "没考").ljust(len(match.group()))


def _dates_something_else(year: re.Match) -> bool:
    """2023年6月拿的技师证，考核都合格 / 今年想评副高，…2023合格: the year of the certificate or of the wish,
    not of a review."""
    clause = clause_at(year.string, year.start())
    wish = re.search(r"想(评|报|申报|申请|考)|打算|准备|申报", clause.text)
    # 都是2022年的: the date of what was said before it; 2021年3月到2022年3月被借调: a spell's ends
    before = re.sub(r"\d{2,4}\s*年?|[、和跟与及\s]", "", year.string[clause.start : year.start()])
    dated_thing = re.fullmatch(r"[^，,。\s]{0,3}的\s*", year.string[year.end() : clause.end]) and before
    spell = re.match(r"[^，,。]{0,3}(到|至)", year.string[year.end() :]) or re.search(
        r"(到|至)\s*$", year.string[clause.start : year.start()]
    )
    graded = GRADE.search(clause.text)
    not_there = _NO_REVIEW_THAT_YEAR.search(clause.text)
    # 22年23年那两年我出去送外卖了: a year away, not reviewed there (not 25年借出去那年考核是销售那边评的, nor
    # 去年…停了半天产: no year away; nor 前年那年我腰间盘突出歇了小半年: leave)
    away = (
        LEFT_THE_WORK.search(clause.text)
        and re.search(r"那[两二三几]年|(?<!\d)[一两二三1-3]\s*年", clause.text)  # a length: whole years away
        and not re.search(r"考核", clause.text)
        and not ON_LEAVE.search(clause.text)
    )
    return bool(
        _CERTIFICATE_AFTER.match(year.string, year.end())
        or wish
        or (not graded and (dated_thing or spell or not_there or away or _JOINED.search(clause.text)))
    )


# 前年才进厂的 第一年没资格参加考核 去年考核合格: the year one joined dates the joining, not a review
_JOINED = re.compile(
    r"(进|来|到)(的|了)?(这个|这家)?(厂|矿|单位|公司|医院|学校|酒店|这里|这边)|入职|参加工作|刚进来|调(过)?来|调到这"
)


def _slot(match: re.Match, latest: int, today: dt.date) -> int:
    """0 for the latest review, 1 for the year before …; 今年 is this year's when this year's review is out."""
    if match.group(2) == "今年" and latest == today.year:
        return 0
    year = int(match.group(1)) if match.group(1) else today.year - 1 - _RELATIVE[match.group(2).replace("1", "一")]
    return latest - year


_LAST_YEARS_REVIEW_SURELY_OUT = 7  # the month from which last year's review is taken to be out


def _latest_review_year(text: str, today: dt.date) -> int:
    """Last year's; this year's when its result is said; or the year before when last year's is said
    not to be out yet (25年的还没出来，24年合格…) or the three years named end the year before it (22年合格，23年合格，
    24年优秀, early in 2026 — not late in it, when 2025's review is long out and still to be said)."""
    # (25的要过完年才出来: the year's number, its 年 left out)
    yy = (today.year - 1) % 100
    last = rf"(去年|{today.year - 1}\s*年?|(?<!\d){yy}\s*(年|(?=[的嘞哩个])))(度)?(的|嘞|哩|个)?(考核)?(结果)?"
    # (技师证是2020年6月拿的 中间2021年3月到2022年3月被借调: no review's years)
    named = {int(m.group(1)) for m in re.finditer(r"(?<!\d)(20\d{2})(?!\d)", text) if not _dates_something_else(m)}
    # (去年单位改制 没搞考核: what happened, then no review)
    # (25年的单位还没出: who has not given it yet)
    not_out = re.search(
        # (23年的还在评 / 25年嘞还莫出来: still being given)
        last
        + rf"([^，,。\d]{{0,6}}[\s，,]|{_GIVERS})?"
        # (not 21 22 23都合格 没出过岔子: nothing went wrong)
        # (25年的得三月份才出来: not before the spring)
        + r"((还|也)?(没|莫|冇)(有|得)?(出来|下来|出(?!过)|评|考|搞|定|公布)|(还|正)在(评|走流程|审)|"
        # (not 25年的上个月才出来: out, only lately)
        + r"(?![^，,。年]{0,3}(上个?月|上礼拜|上周|前几天|前两天|昨天)才)"
        # (25年嘞要过完年才出来: after the new year)
        + r"(得|要)?(过完年|过了年)?[^，,。年]{0,6}?才(出来|出|下来|公布|评))",
        text,
    )
    three_before = (
        named >= {today.year - 4, today.year - 3, today.year - 2}
        and today.year - 1 not in named
        and today.month < _LAST_YEARS_REVIEW_SURELY_OUT
    )
    # (前年基本合格 去年跟今年都是合格 / 去年考核基本合格 今年优秀: 今年 beside 去年 is this year, not the latest
    # review)
    # (24年合格 今年刚评了个优秀, late in 2025: the same, with last year said by its number)
    after_last_year = r"|(?<=[\s，,])今年" if re.search(last + r"[^。]{0,12}[\s，,]今年", text) else ""
    this_year_named = rf"({today.year}\s*年?|今年(?=[^。]*去年)|(?<=去年)[^。，,]{{0,3}}今年{after_last_year})"
    # (今年的刚出来也是称职: this year's result, just out)
    # (今年刚评了个优秀 / 25年的上礼拜刚出来 也是合格)
    out = r"(上礼拜|上周|前几天|前两天|昨天|这几天|最近)?(刚|已经|也)?((出来|下来|公布)了?|评了个?)[\s，,]*"
    this_year = re.search(rf"{this_year_named}(的|度)?(考核)?(结果)?({out})?(都|也)?(是|为)?\s*({GRADE.pattern})", text)
    if this_year and not re.search(rf"{today.year}\s*年?(的)?(还没|没|要)", text):
        return today.year  # 24年基本称职，23年和25年都是称职, late in 2025: this year's review is out
    return today.year - 1 - (1 if not_out or three_before else 0)
