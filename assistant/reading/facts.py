"""Reading the facts a message states about the person: free Chinese → the rules' facts.

Names of levels, titles, series, exams, honours and places come from the shared lexicon
(`corpus/data/lexicon.toml`); dates and durations from `assistant.reading.dates`; whose case a
clause speaks of from `assistant.reading.clauses`. Nothing is guessed: a word with several
readings (高工) becomes an `Ambiguity` to ask about. Every fact keeps the words it came from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

import cn2an

from assistant.config import load_config
from assistant.reading import honours, organiser, people, places, reviews, work
from assistant.reading.clauses import (
    A_GROUP_ASKED,
    CLAIM_CHECK,
    COMPARISON,
    CORNER_QUOTED,
    CORRECTION,
    DEFINITION,
    EACH_ASKED,
    HELP_WITH_MINE,
    LOOKED_UP,
    LOST_CERTIFICATE,
    PERSON,
    QUESTION,
    RUMOUR,
    WORKPLACE_SAID,
    Clause,
    about_the_person,
    asked_alone,
    asked_of_a_kind,
    blanked,
    clause_at,
    clauses,
    describes,
    spans_put_right,
    without_what_is_said_again,
    without_what_was_set_aside,
)
from assistant.reading.dates import (
    RELATIVE_YEARS,
    Found,
    digits_for_numerals,
    either_date,
    find_date,
    full_year,
    hesitates,
    months_after_the_exam,
    months_before,
    parse_duration_years,
    valid_date,
)
from assistant.reading.events import (
    dated_by_a_known_year,
    dated_by_an_anniversary,
    dated_by_an_event,
    dated_by_the_year_said_before,
    dated_by_the_year_said_next,
)
from assistant.reading.mentions import (
    ALREADY,
    APPLYING,
    DENIED,
    HELD,
    MEANS,
    NOT_WORTH,
    WANTED,
    role,
    said_as_the_means,
    skill_ladder,
    titles,
)
from assistant.reading.people import SURNAMES
from assistant.reading.topics import EXPLAINER, GREETING
from corpus.lexicon import LexiconMatch, load_lexicon
from corpus.normalise import normalise_text
from rules.facts import NO_TITLE
from rules.skill_to_title import rung_for

# (哦对了刚才忘了说 22年我已经考了技师了 / 高级工我2015年就拿了: one more, said late)
_ADDS = re.compile(
    r"还有|另外|也有|同时有|以及|^\s*(还|也)(享受|是|拿过|评过|获得过)|忘了说|忘说了|想起来|又(考|拿)了|早?就(拿|考|有)(了|哒|啦)|(上个?月|今年|最近|前几天|前不久)[^，,。]{0,4}刚(拿|考)(了|到|下)|(现在|如今)(已经)?是[^，,。]{0,6}(高级工|技师)了"
)
_OBTAINED_CUE = re.compile(
    r"拿|取得|取证|持证|获得|发证|发[的嘞]|发(下来|出来)|(?<=[年月底])的证|(取|领)(的|了)证?|领证|证[^，,。]{0,3}下来|考(的|了|过|下|上|到|取|起)|评(的|上|了|下)|证书?是|证书?\s*上(面)?(写|印)"
)  # (我翻了下证 上面写的是2019年10月15号)
_TITLE_OBTAINED = re.compile(r"评的|评上的?|评了|拿的|拿了|拿到的?|取得的?|考下来的?|考出来的?|考过的")
_WISH_VERB = re.compile(r"想(?!问|咨询|了解)|考|申请|申报|评|报")  # 想问 is asking, not wishing
_ASIDE_BREAK = re.compile(r"((?:另外|顺便|再|对了)问(?:一)?下|另问|另外想问(?:一)?下?|还想问(?:一)?下?)[，,：:\s]+")
# 想考个中药调剂员技师 还是高级工: the space before the other level offered
# (想评个助理工艺美术师 还是工艺美术师: the same, of titles)
_OTHER_LEVEL_OFFERED = re.compile(
    r"(?<=[工师级])\s+(?=还是(初级工|中级工|高级工|技师|高级技师|(?!想|要|得|打算)[^，,。\s评报考只就也]{0,6}(工程师|美术师|艺师|助理|中级|副高|正高))(?![^，,。\s]))"
)
_ASIDE_OPENS = re.compile(
    r"(另外|顺便|再|对了)问|另问|(另外|还)想问|顺便(想)?了解"
)  # every aside _ASIDE_BREAK marks, and bare ones
# 技师评工程师需要满3年 / 拿到高级工1年后是不是就能报: the rule's years, not the years held
_RULE_YEARS = re.compile(
    r"(需要|要|(?<![拿考干做])得)满?\s*\d+\s*年|(?<!想)(需要|要)[^，,。\d]{1,6}满\s*\d+\s*年|"  # 是要拿证以后满四年
    r"是[^，,。\d]{0,8}满\s*\d+\s*年([吧吗么]|对吧|是吧)|"  # 高级技师评副高是拿证后满4年吧 / 是拿证以后满4年对吧
    r"\d+\s*年(以|之)?后[^，,。]{0,3}(是不是|是否|就能|就可以|才能|能不能|可不可以|能否)|"
    r"满\s*\d+\s*年[^，,。]{0,2}(是不是|是否|就一定|就能|就可以|才能|就行)|"  # 高级工满两年是不是就一定能评上助理
    r"满\s*\d+\s*年\s*、|、[^，,。]{0,6}满\s*\d+\s*年|"  # 高级工满2年、技师满3年、高级技师满4年: the rules, listed
    r"等\s*\d+\s*年[^，,。\d]{0,2}(才|就)|"  # 去年拿证的要等两年才能评: the wait the rule sets
    r"满\s*\d+\s*年还是(满)?\s*\d+\s*年|"  # 是拿证满四年还是满三年: the rule asked
    # 高级技师满4年评副高: the rule
    r"(^|(?<=[:：\s]))(高级工|技师|高级技师)满\s*\d+\s*年(可以|可|能|就能|就可以)?(评|申报|报)"
)
# The words that say the wish falls short (不行 / 勿来事 / 够不上 / 不够格), after which comes the fall-back
_FALLS_SHORT = r"(不行|不中|不成|不得行|勿来事|唔得|不能|上不了|上不去|评不上|评不到|够不上|不够格?|(搞|弄|整)不成)"
_FALLBACK = re.compile(
    rf"{_FALLS_SHORT}的话|(要是|如果|假如){_FALLS_SHORT}|不行就|(搞|弄|整)不成\s*$|实在不行|退而求其次|(评|上)不(上|了)(的话|就)|还是(得|要)先(从|评|报)|定系(得|要)?先(从|评|报)|听说(得|要)先(从|评|报)|(是不是|要不要)(得|要)?先(从|评|报)"
)
# Words blanked before anything is read (positions kept): 今年五十八了 (an age, never a date); 不是没离开过 /
# 不是不对口 (a double negation: what follows is the answer); 20年的……9月 (a pause inside a date); 前年退的休 (when
# the person retired, never a certificate's date; 还有三年就退: how long until they retire).
_NEVER_READ = (
    re.compile(r"今年\s*(都|已经|也|才)?\s*[\d一二三四五六七八九十]+\s*(岁|了)"),
    re.compile(r"(也)?不是(不|没有?)(?=[\u4e00-\u9fa5])"),
    re.compile(r"(?<=年)的?[…⋯.。]{1,6}\s*(?=\d{1,2}\s*月)"),
    # 技师 听说高级技师得先有技师: the step a rule is heard to require, no wish of the person's
    re.compile(
        r"听说[^，,。？?\s]{0,2}(高级工|技师|高级技师)[^，,。？?\s]{0,3}(得|要|需要|必须)先(有|拿|考)[^，,。？?\s]{0,6}"
    ),
    # 我听说要三年年度考核合格: the reviews a rule is heard to require, none of the person's
    re.compile(
        r"听说[^，,。？?\s]{0,2}(要|得|需要|必须)[^，,。？?\s]{0,10}(考核|年度)[^，,。？?\s]{0,4}(合格|称职)(以上)?(才行|才可以)?"
    ),
    # 听说正高不在那个文件里: what the documents are heard to leave out, no level of the person's
    re.compile(r"听说[^，,。？?\s]{0,12}(不在|没在|不包括|没包括)[^，,。？?\s]{0,6}(文件|政策|规定)(里|中|上|里面)?"),
    # (拿到手有六年咧 年时还寻思评个啥: the year of a thought, not of the certificate)
    re.compile(rf"({RELATIVE_YEARS})(还|也|就)?(寻思|琢磨|合计|想着|打算)"),
    # 前年不是去年拿的证 / 干了三年不是两年: the year or span said, then the one denied after it
    re.compile(rf"(?<=年)的?[\s，,]*不是\s*(\d{{1,4}}\s*年|{RELATIVE_YEARS})的?(?![\s，,]*(而|应该|其实)?是)"),
    re.compile(
        r"(大前年|前年|去年|今年|(?<![龄了满有])[\d〇零一二三四五六七八九]{2,4}\s*年(底|初)?)\s*(就|才)?(退的休|退了休|退休)"
    ),
    re.compile(r"(还有|还剩|再过)\s*[\d一二两三四五六七八九十半]+\s*(个)?(年|月)\s*(就|才)?(要)?退"),  # 还有三年就退咧
    re.compile(r"(今年|明年|去年)(是|就是)?(鼠|牛|虎|兔|龙|蛇|马|羊|猴|鸡|狗|猪|本命)年"),  # 今年是羊年: the zodiac
    # 想评电工高级技师 可以一步到位吗 还是得先技师: a step asked about, no level of the person's
    re.compile(r"(还是|是不是|是否)(得|要|需要|必须)先(考|拿|评|有)?(个)?(高级工|技师|高级技师)"),
    # 上面那个回答不对吧 你说高级工要满两年: the assistant's words said back, no level of the person's
    re.compile(r"(你|您)(刚才?|上面|前面)?(说|讲)(?!的)(高级工|技师|高级技师)[^，,。]{0,10}"),
    # 肯定是工艺美术嘛 难不成评工程师: a choice waved off, not made
    re.compile(r"(难不成|难道)(还|要|让)?(我|俺)?(去)?(评|报|考|申报)[^，,。？?]{1,8}"),
    # 中级对应的技能等级是技师对吧: the level a rule pairs with another, asked — not one held
    re.compile(
        r"(助理级?|中级|副高级?|正高级?)?(职称)?对应(的)?(技能)?(等级|级别|职称)?(是|就是)(高级工|技师|高级技师)(?=[^，,。]{0,3}(对吧|吗|么|不|是吧|没错吧|[？?]))"
    ),
    re.compile(
        r"(娃儿?|孩子|小孩|儿子|女儿|闺女)\s*(今年|去年)(都|已经)?(上|读|念)"
    ),  # 娃儿今年上五年级了: the child's
    # 俺们厂里说技师评工程师得先有助理 是这样不: a rule others state, to be checked — no wish of the person's
    re.compile(
        r"(?<=说)[^，,。？?\s]{0,2}(高级工|技师|高级技师)(评|报|申报)[^，,。？?]{1,16}"
        rf"(?=[\s，,]*{CLAIM_CHECK})"
    ),
)
# 我是82年的人 四十岁那年考的技师 / 今年45 40岁那年拿的证: an age said with the year of birth (or today's age)
# is a year; the year of birth itself is never a date of anything held.
# (我00年的 二十三岁那年考下来的: a year said of oneself, with an age after it)
_BORN = re.compile(
    r"(?<!\d)(\d{2}|\d{4})\s*年(出生|出世|生人|生的|的人|生(?![产活意病了过])|((?<=[我俺]\d\d年)|(?<=[我俺]是\d\d年))(的|嘞|哩|滴|个)(?=[\s，,。]))"
)
# 他是2000年的 二十三岁那年考的: "of a year", said beside an age, is the year of birth
# (我属虎的 七四年 四十五岁那年考下来的: the year after one's zodiac sign)
_BORN_BESIDE_AN_AGE = re.compile(
    r"(?:(?<=是)|(?<=[的嘞][\s，,]))(\d{2}|\d{4})\s*年(的|嘞|哩|滴)(?=[\s，,。]|$)|"
    r"(?<=属[鼠牛虎兔龙蛇马羊猴鸡狗猪][的嘞][\s，,])(\d{2}|\d{4})\s*年(?=[\s，,。]|$)"
)  # (我32岁那年考的 我是89年的 / 我是宜宾的 80年的 四十岁那年考起的技师)
_AGE = r"(\d{2}|[二三四五六][十]?[一二三四五六七八九]?)"
_AGE_NOW = re.compile(rf"今年\s*(都|已经|也|才|整)?\s*{_AGE}\s*(岁|了|咧|啦|嘞|(?=[\s，,。]|$))")  # 今年四十七咧
# 考技师那年正好是五十 / 考高级工那年四十四 / 那年我正好四十: the age said after the year it names
_AGE_AFTER = re.compile(rf"(?<=那年)\s*(我|俺|他|她)?(正好|刚好|刚|整)?(是)?\s*{_AGE}(\s*周?岁)?(?=[\s，,。了]|$)")
# 五十一还是五十二那年: one age or the other, each that year
_EITHER_AGE = re.compile(rf"{_AGE}(\s*周?岁)?(?=\s*(还是|或者)\s*{_AGE}\s*周?岁?\s*那年)")
# 二十五岁那年 / 三十八那年 (said with an age, 岁 may be left out when the age is in words)
_AT_AGE = re.compile(
    # (二十岁考嘅, said with 今年二十五岁; 我八六年的 二十岁进的港务局: when the work began)
    rf"(?<![\d一二三四五六七八九十])({_AGE}\s*(周)?岁(?=考|拿|进|参加工作|入行|出来(打工|做|干))|"
    rf"(?:{_AGE}\s*(?:周)?岁|[二三四五六]十[一二三四五六七八九]?|(?<!年)[2-6]\d(?=那年|那一年))"
    r"(?=那年|那一年|那会|的时候|时候|时))"  # (今年四十二 三十八那年考的: the age in words, as digits by now)
)
# 闽南 二十冬 / 一冬: twenty years, a year
_WINTERS = re.compile(r"([\d一二两三四五六七八九十]+几?)\s*冬(?![天季瓜至奥])")  # (做二十几冬: twenty-odd years)
_HELD_SPAN = re.compile(
    r"拿证|拿起|拿着|[拿提][了咧嘞哒咯得]?\s*(\d+(\.\d+)?\s*年|半年)|证[^，,。]{0,4}满|(?<=技师|级工)\s*满\s*\d+\s*年(?![^，,。\s]{0,3}(可以|能|可)(评|报|申))|(?<=技师|级工)\d+\s*年(半|多)(?![前后])|证\s*\d+\s*年|搁手里|在手里|证[^，,。]{0,3}下来|持证|持.{0,6}证书?(约|大约|大概|近|已满|已经满|满)?\s*\d|取证|拿了|拿到|证.{0,4}了|有.{0,2}证|有\s*\d+(\.\d+)?\s*年|年(多|半|以上)?[了啦喽咯]"
)  # (高级技师十五年以上了: at least that long)
_GRADE_ALIAS = re.compile(r"[一二三四五]级")
# 我拿证好像三年了: how long, not said for sure — the date is asked
_HEDGED_YEARS = re.compile(r"(好像|应该|可能|估计)(是|有)?\s*(满|够)?\s*[\d一二两三四五六七八九十]+(\.\d+)?\s*年")
_NOT_YET_ISSUED = re.compile(
    r"证?还?没(考)?出来|证?还没(下来|发|拿到|领|考)|没拿到证|没发证|没领到|证没下来|(?<!现)在考(?!核|虑|的)|没出成绩|成绩还?没出|还?没出结果|结果还?没出|"
    # 技师今年才报的名 / 高级工今年六月份才考 / 技师今年先报咗名 (粤语 先 = 才)
    r"(才|刚|先)报(的|了)?名|才考(?!的|嘞|哩|滴|了|过|上|下|完|到|出|起|取|好)"
)
_BEFORE_LEVEL = re.compile(
    r"\s*(又|才|就|也|再)?((拿的|考的|取得的?|获得的?|拿了|考了|取得了|考下的)\s*[\u4e00-\u9fa5]{0,6}?|"
    r"(拿的|考的|取得的?|获得的?|拿了|考了|取得了|考下的)?\s*(是|拿)?)\s*(个|的)?\s*"
)  # 19年拿的高级工 / 三年前考了民宿管家高级工 / 一六年又考的技师
_AFTER_LEVEL = re.compile(r"\s*(证|证书)?\s*(是|在)?\s*[（(]?\s*")  # 焊工技师（2020年）
_NOT_A_GRADE_BEFORE = re.compile(r"[哪几第同这那上下每高低]$")
_NONE_HELD = re.compile(
    r"(?<!那会儿)(?<!那会)(?<!那时候)(?<!那时)(?<!当时)还没(有)?(拿|考)(到)?(啥|什么|任何)?证|(?<!有)(没有|没|无)(考过|拿过|考到|拿到|得)?(任何|啥子?|什么|哪样|其他|其它|别的)?(职业)?(技能)?(等级)?(证书|证|等级)(也没有|都没有)?|"
    r"(别的|其他|其它)的?(证书|证)(都|也)?(没有|没得|没)|"  # 手里就一个无人机驾驶员执照 别的证没有
    r"(啥|什么)证(都|也)?(没有|没得)|乜(嘢)?证(书)?(都|也)?(没有|没得|冇|没)|"  # 采煤机司机 啥证没有 / 乜证都冇 (粤)
    r"(?:(?<=[\s，,])|^)证(书)?都(没有|没得|没)(?=[\s，,。]|$)|"  # 我在安顺开铲车 证都没得
    r"初级(工)?(证)?(书)?(都|也)(没有|没得|没|冇)(?=[\s，,。]|$)|"  # 初级证都没得: not even the lowest
    r"[一1](本|个|张)证(书)?都(无|冇|没有?|没得|莫得)(?!所)|"  # 一本证都无 (闽南) / 一个证都没得: not one certificate
    r"(啥子?|什么)(证书?|等级)(都|也)(还)?(没有|没得|没)|啥(都|也)(还)?(没有|没得|没)(?!干|做|搞|弄|事|活|上班|去|买|吃|说|看|玩|听|想)|(技能等级|等级|技能)(证书|证)(我|俺)?([一1]个)?(也|都)?(没有|没得|没考过?|冇|没(?=[\s，,。]|$))(?!下来|发|到)|"
    # 只有个低压电工证: an operating permit, no skill level
    r"(只有|就)(个|1个|一个)?[^，,。]{0,6}(电工证|焊工证|叉车证|操作证|上岗证|特种作业|驾驶证|驾照|执照)|特种作业[^。]{0,12}(别的|其他|其它)(都|也)?(没有|没得|没)"
)
_BY_THE_SKILL_LEVEL = re.compile(
    r"(拿|用|凭|以|按)[^，,。]{0,4}(高级工|技师|高级技师|技能)|技能人才|走技能|直接(报|评|申报)|绿色通道|破格|"
    r"(高级工|技师|高级技师)(这个)?(条件|通道)|(高级工|技师|高级技师)证?在"
)
_NO_TITLE = re.compile(r"(没有|没得?|莫得?|冇得?|木有|无|还没有?)(评过|评上|评|拿到|拿过|取得)?(任何|啥|哪样)?职称")
_TRACK_WORDS = (
    (
        "organiser",
        re.compile(
            # (今年想给厂里搞一次技能人才评职称: an evaluation for the works, organised by its HR)
            r"组织.{0,12}(评审|评职称)|(帮|给|替)(厂|单位|公司|企业)里?(组织|搞|办)([^，,。？?]{0,2}评|[^，,。？?]{0,8}评(职称|审))|"
            r"评审.{0,6}(怎么|如何|咋个?)(组织|开展|搞|安排)|评委会(?!通过|评审通过|评的)|评审组|单设|单独分组|"
            # 今年农业系列评审有几个持技能证的报名: applicants to an evaluation someone organises
            r"(评审|评委会)[^，,。？?]{0,4}有[^，,。？?]{0,10}(报名|申报|报了)"
        ),
    ),
    (
        "title_to_skill",
        re.compile(
            # (开叉车的也能评职称了 我也想评 我有高级工证: a certificate held, not one wanted)
            # (职称没得 我就想评一个 技师证倒是有: no title held)
            r"(有职称|专业技术人员|专技人员|职称(?!没|冇|都没|也没|还没))"
            # (想评职称 拿证以后回家种了一年烤烟: since the certificate, not one wanted)
            r".{0,8}(评|考|申报|申请|弄|整|搞|拿)(?:(?!有).){0,6}(技能|等级|工种|证(?!以后|后|之后|以来))|"
            r"按职称申请|(参加|申请)[^，,。]{0,8}(职业)?技能(等级)?评价"
        ),
    ),
    # (想问问我们这种技能人才是不是可以去考专业技术人员的资格证)
    (
        "qualification_exam",
        re.compile(r"职业资格考试|考.{0,10}职业资格|资格考试|考[^，,。]{0,10}(专业技术人员|专技)[^，,。]{0,4}资格"),
    ),
    (
        "skill_to_title",
        re.compile(
            r"(技能人才|工人|技术工人|高技能人才).{0,4}(评|申报).{0,2}职称|系列的?职称|(?<![没未])评(?!过|上过|的|了|上的).{0,8}(职称|系列)|(能|可以)评的(职称|系列)|"
            r"报.{0,2}职称|(想|要|准备|打算)申报[^，,。？?]{0,10}职称|系列.{0,4}(能评|能不能评|可以评|评得)|职称[，,\s]?[^，,。？?]{0,8}(能|可以|能不能)评(吗|不|么|嘛)?(?=[？?，,。\s]|$)|(能|可以)参加.{0,10}(职称|评审)|(评|弄|整|搞)个[^，,。？?]{0,10}职称|(整|弄|搞)得成[^，,。？?]{0,6}职称|系列[^，,。？?]{0,2}(能|可以)报|走[^，,。？?]{0,10}系列|评职称|走.{0,2}职称|职称材料|(评|弄|整|搞)个(高级|中级|副高|正高)的?(?!工|技)|绿色通道|破格|特殊评审|特殊评价|"
            # 职称 / 职称 工程那个, in reply to which matter: a title to apply for (of the series said)
            r"^\s*(评)?职称[嘛吧啊呀哦的]?([\s，,]+[^，,。？?\s]{1,6}(那个|那种|的|系列|方面))?\s*$|"
            r"^\s*(这个|那个)?职称[嘛吧啊呀哦呢][\s，,].*(能|可以)评(?!过|上|了)|"  # 这个职称嘛 我…高级工 能评个嘛呀
            # 评工艺美术的正高还是副高合适 / 师傅说我们高级工也能评职称了，我也想评
            r"评(?![上了过])[^，,。？?]{1,8}的(正高|副高|中级|助理)|(我|俺)也(想|要)评(?=[，,。\s]|$)|"
            r"有(没有|没得)?职称(可以|能)?评|"  # 我们这行有冇得职称评咯
            r"职称[^，,。？?]{0,2}(咋|怎么|怎样|如何)(个|样)?(评|报|申报|弄|整|搞)"  # zc咋评 我高级工
        ),
    ),
)
# Facts that say what the person asks about rather than what they have.
_ASKED_FACTS = (
    "track",
    "target_level",
    "series",
    "wants_direct_application",
    "organiser_topic",
    "exam",
    "new_occupation",
)
# 破格 / 绿色通道 / 特殊评审: a way round the years, named as such (not 直接评副高, a 高级技师's regular rung)
SPECIAL_ROUTE = re.compile(r"破格|绿色通道|特殊(通道|渠道)|特殊评审|特殊评价")
DIRECT = re.compile(
    rf"直接(去)?(评|报|申报|申请|上|弄|(?=副高|正高))|{SPECIAL_ROUTE.pattern}|直接整|直接搞|"
    r"(?<!问题)(?<!这个)(?<!这题)(?<!这个先)(?<!这题先)跳过(?![来去])(?![\d一两几]?[次回趟]?槽)(?![^，,。]{0,2}下一)|越级|不等.{0,6}(年|直接)|不用等|要不要等|还用等(?=满|够|[\d一二三四五六七八九十几]+年)|"
    # 不想再等了 / 不想等四年 (not 不想等评委会: an organiser's own evaluation)
    r"不想再?等(满|够|那|这|[\d一二三四五六七八九十几]+年|了|$|(?=[\s，,。！!？?]))|"
    r"不受[^，,。]{0,12}(年限|限制)|不看年限|免年限"
)


@dataclass
class Ambiguity:
    surface: str
    readings: list[str]  # canonical names, usual first


@dataclass
class Extraction:
    """What one message says. `updates` are Facts fields; `spans` the words each came from."""

    updates: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, str] = field(default_factory=dict)
    held_skills: list[dict] = field(default_factory=list)  # [{"level", "obtained"?, "years_held"?}]
    adds_to_lists: bool = False  # 还有 / 另外: add to, do not replace, the certificates or honours said before
    replaces_level: bool = False  # 说错了，是高级技师不是技师: the level changes, its date stays
    corrected_date: str | None = None
    corrected_years_held: float | None = None
    dates_offered: tuple[str, str] | None = None  # 20年还是21年: no date said, one of two offered
    correction: bool = False
    occupation: str | None = None  # e.g. 电工: only ever a suggested series, never a fact
    ambiguities: list[Ambiguity] = field(default_factory=list)
    domain_terms: list[str] = field(default_factory=list)
    first_of_several: str | None = None  # several people asked about at once: the one read, as named
    several: tuple[str, ...] = ()  # and everyone so named, in order

    @property
    def empty(self) -> bool:
        return not (
            self.updates or self.held_skills or self.corrected_date or self.corrected_years_held or self.ambiguities
        )

    def held_facts_only(self) -> Extraction:
        """Only what the person has (levels, titles, honours, reviews…), none of what they ask about:
        for a message that is a general question or off topic but says something about them."""
        kept = {name: value for name, value in self.updates.items() if name not in _ASKED_FACTS}
        return Extraction(
            updates=kept,
            spans={n: s for n, s in self.spans.items() if n in kept or n == "skill_certificates"},
            held_skills=self.held_skills,
            adds_to_lists=self.adds_to_lists,
            occupation=self.occupation,
            domain_terms=self.domain_terms,
        )

    def set(self, name: str, value: Any, span: str) -> None:
        self.updates[name] = value
        self.spans[name] = span.strip(" ，,。")


@functools.cache
def occupations() -> dict[str, str]:
    """Occupation → suggested series (config, not policy), longest name first."""
    data = load_config("occupations")
    pairs = {name: series for series, entry in data.items() for name in entry["occupations"]}
    return dict(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


# 纺织厂挡车工: a loom minder, no 车工 (a lathe turner)
_PART_OF_ANOTHER_TRADE = {"车工": "挡"}


def _occupation_named(text: str) -> str | None:
    """The first occupation named, longest name first, not as part of another trade's name."""
    for name in occupations():
        before = _PART_OF_ANOTHER_TRADE.get(name, "")
        if any(not (m.start() and text[m.start() - 1] in before) for m in re.finditer(re.escape(name), text)):
            return name
    return None


# 我们班组6个人都是技师 我自己是2021年拿的: the level the group shares, dated as the speaker's own
_GROUPS_LEVEL = re.compile(r"都是(?P<level>高级技师|高级工|技师)")
_OWN_DATE_OF_IT = re.compile(
    r"(我|俺)(自己|本人)?(也)?是?\s*(?P<date>\d{2,4}\s*年[^，,。\s]{0,4}?)(拿|考|取得)的?(?![^，,。]{0,2}证?[^，,。]{0,2}(高级工|技师))"
)


# 他评上工程师了 我也想评一个: the level another got, wished for without naming it again
_ME_TOO_WITHOUT_A_LEVEL = re.compile(
    r"(?:(?<=[，,\s])|(?<=寻思|琢磨|想着|觉得))((我|俺)[^，,。]{0,4}也想?(评|弄|整|搞|考))(一个|1个|个)(?=[，,。？?吧呗\s]|$)"
)
_GOT = re.compile(r"(评上|拿了|拿到|当上|考上)了?\s*$")


def _the_level_another_got(text: str) -> str:
    """我表哥是技师 他评上工程师了 我也想评一个: the one wished for is the one the other got."""
    if (me_too := _ME_TOO_WITHOUT_A_LEVEL.search(text)) is None:
        return text
    before = text[: me_too.start()]
    got = [m for m in load_lexicon().find(before) if m.entry.kind in _LEVEL_KINDS and _GOT.search(before[: m.start])]
    if not got:
        return text
    return before + me_too.group(1) + got[-1].surface + text[me_too.end() :]


def _the_groups_level_as_ones_own(text: str) -> str:
    shared = _GROUPS_LEVEL.search(text)
    own = _OWN_DATE_OF_IT.search(text, shared.end()) if shared else None
    if not (shared and own and clause_at(text, shared.start()).group):
        return text
    return text[: own.end()] + shared.group("level") + text[own.end() :]


def _ages_as_years(text: str, today: dt.date) -> str:
    """四十岁那年, said with 82年的人 (or 今年45): the year 2022; the year of birth blanked (儿子是21年生的 他证是第二年
    拿的 22年: a birth year is never the date of anything held)."""
    text = _EITHER_AGE.sub(lambda age: age.group() + "那年", text)
    if not (_AT_AGE.search(text) or _AGE_AFTER.search(text)):
        return _BORN.sub(lambda born: " " * len(born.group()), text)
    if born := _BORN.search(text) or _BORN_BESIDE_AN_AGE.search(text):
        year = int(born.group(1) or born.group(3))
        year += 0 if year >= 100 else (1900 if year >= 30 else 2000)
        text = text[: born.start()] + " " * len(born.group()) + text[born.end() :]
    elif now := _AGE_NOW.search(text):
        year = today.year - _years_of_age(now.group(2))
        text = text[: now.start()] + " " * len(now.group()) + text[now.end() :]  # (今年四十二: no date of anything)
    else:
        return text
    text = _AGE_AFTER.sub(lambda age: f"{year + _years_of_age(age.group(4))}年", text)
    return _AT_AGE.sub(lambda age: f"{year + _years_of_age(age.group(1).rstrip('周岁 '))}年", text)


# 厂子2015年改制 改制后第二年考的: the second year after an event dated just before
_YEARS_AFTER_AN_EVENT = re.compile(
    r"(?<!\d)(?P<year>\d{2}|\d{4})\s*年(?P<event>[^，,。\s\d]{1,4}?)[，,\s]*(?P=event)?(以后|之后|后)的?第(?P<n>[二三四五2-5])年"
)


def _years_after_an_event(text: str, today: dt.date) -> str:
    """改制后第二年, with 2015年改制 said before it: 2016 (the event's own year blanked: it dates nothing held)."""
    said = _YEARS_AFTER_AN_EVENT.search(text)
    if said is None:
        return text
    year = full_year(int(said.group("year")), today)
    after = (
        year + "一二三四五".index(said.group("n")) if not said.group("n").isdigit() else year + int(said.group("n")) - 1
    )
    start, end = said.start(), said.start() + len(said.group("year")) + 1
    reckoned = text[:start] + " " * (end - start) + text[end : said.start("n") - 1] + f"{after}年"
    return reckoned + text[said.end() :]


# 九五年进的厂 拿技师那年 正好是我进厂二十年 / 二〇一〇年七月入职的 入职满十年那个月拿的证: a year counted
# from when work began
_WORK_BEGAN = re.compile(
    r"(?<!\d)(?P<year>\d{2}|\d{4})\s*年\s*((?P<month>\d{1,2})\s*月份?)?\s*(进的?(厂|单位|公司|矿)|入的?职|参加的?工作|"
    r"进的(?=[\s，,。]|$))"  # 我在烟站干满十年那年 零八年进的
)
_YEARS_INTO_THE_WORK = re.compile(
    r"(进厂|进单位|进公司|进矿|入职|参加工作|干满|做满)[^，,。\d]{0,3}?(正好|刚好|满|整)?\s*(?P<n>\d{1,2})\s*周?年"
    r"(?P<when>那年|那一年|那个月|那会儿?|的时候)?"
)


def _anniversaries(text: str, today: dt.date) -> str:
    """进厂二十年那年, with 九五年进的厂 said before it: 2015 (the year work began blanked: it dates nothing held)."""
    began = _WORK_BEGAN.search(text)
    counted = _YEARS_INTO_THE_WORK.search(text, began.end()) if began else None
    if began and counted is None:  # (我在烟站干满十年那年 零八年进的: the year counted, then when work began)
        counted = _YEARS_INTO_THE_WORK.search(text[: began.start()])
    if began is None or counted is None:
        return text
    that_year = counted.group("when") or re.search(r"那一?年[^。]{0,10}$", text[: counted.start()])
    if not that_year:
        return text  # 零五年进的厂 到现在二十年了: how long, not when
    year = full_year(int(began.group("year")), today)
    month = began.group("month") if counted.group("when") == "那个月" else None
    reckoned = f"{year + int(counted.group('n'))}年" + (f"{month}月" if month else "")
    text = text[: counted.start()] + reckoned + " " * (len(counted.group()) - len(reckoned)) + text[counted.end() :]
    return text[: began.start()] + " " * (began.end() - began.start()) + text[began.end() :]


def _years_of_age(said: str) -> int:
    return int(said) if said.isdigit() else int(cn2an.cn2an(said, "smart"))


def read(
    message: str,
    today: dt.date,
    pending_fact: str | None = None,
    known: dict[str, Any] | None = None,
    person: str | None = None,
) -> Extraction:
    """What `message` says, read in its context: the question just asked and the facts known;
    `person`: of several people it names, the one to read (as named in it)."""
    known = known or {}
    date_asked = pending_fact in ("skill_certificates_obtained", "title_obtained")
    text = _ASIDE_BREAK.sub(
        r"\1", digits_for_numerals(_WINTERS.sub(r"\1年", normalise_text(message)), date_asked)
    )  # 另外问下 高级技师…: one aside clause
    text = dated_by_an_event(spans_put_right(text), today, date_asked)  # 俺闺女出生那年拿的 她是18年生的
    text = dated_by_an_anniversary(text, today)  # 公司十周年庆那年考的 公司是2013年成立的
    text = dated_by_the_year_said_next(text)  # 厂里接第一条LNG船那年考的 那年是2019年
    text = dated_by_the_year_said_before(text)  # 22年厂里搞技能大赛 俺当年十月份考下来的
    text = dated_by_a_known_year(text, today)  # 拿证那年刚好北京开冬奥会…证是那年六月份发下来的
    text = _years_after_an_event(_anniversaries(_ages_as_years(text, today), today), today)
    text = _OTHER_LEVEL_OFFERED.sub("", text)  # 想考个中药调剂员技师 还是高级工: one clause, the two weighed
    text = _the_level_another_got(_the_groups_level_as_ones_own(text))
    for never_read in _NEVER_READ:
        text = never_read.sub(lambda words: " " * len(words.group()), text)
    text = _QUOTED.sub(lambda quoted: " " * len(quoted.group()), _without_asides(text))
    if pending_fact and (echo := _ASKED_BACK.match(text)):
        text = " " * echo.end() + text[echo.end() :]
    if pending_fact:  # 这个咋样才算绝活嘛 / 规上？是说产值两千万以上那种吗: the words of the question asked back
        text = blanked(text, [c for c in clauses(text) if DEFINITION.search(c.text)])
    text = CORNER_QUOTED.sub(lambda quoted: _unless_an_honour_asked(quoted, pending_fact), text)
    text = _THE_DOCUMENTS_WORDS.sub(lambda said: said.group(1) + " " * len(said.group(2)), text)
    compared = _compared_across_clauses(text)
    no_ones_case = bool(compared) and not PERSON.search(text)
    text = blanked(text, compared)
    # (6个 其中有1个是评委本人 他自己的材料也交了, asked how many: an applicant spoken of, the count still the matter)
    asked = people.Asked(text) if pending_fact == "applicant_count" else people.only_the_asked(text, person)
    said_in_full, text = text, asked.text if asked.text != text else _only_the_subject(text)
    result = Extraction(
        correction=bool(CORRECTION.search(text)), first_of_several=asked.first_of_several, several=asked.several
    )
    matches = load_lexicon().find(text)
    result.domain_terms = [m.entry.canonical for m in matches if m.entry.kind not in ("city", "province")]
    if (
        asked_of_a_kind(text)
        or _HYPOTHETICAL.search(text)
        or RUMOUR.match(text)
        or no_ones_case
        or _levels_listed_for_a_rule(text, matches)
        or _A_RULES_YEARS_ASKED.search(text)
        or A_GROUP_ASKED.search(text)
    ):
        return result  # 专业技术人员有中级职称，想评技师… / 假如一个人2023年6月拿的高级工证…: no one's case
    in_context = _in_context(text, today, pending_fact)
    _levels_and_titles(text, matches, today, result, _Context(pending_fact, known, in_context))
    places.read(text, matches, result, pending_fact, in_context)
    if "province" not in result.updates and said_in_full != text:
        places.the_speakers_workplace(said_in_full, text, result)  # 我是曲靖一家化工企业人力资源部的，我们有个…小杨
    if not result.held_skills:
        _date_for_the_title(text, today, result)  # 本人中级会计师，2019年取得: a title named as an exam's name
    honours.read(text, result, known.get("province"), asked=pending_fact == "honours")
    _direct_application(text, result, result.held_skills or known.get("skill_certificates") or [])
    if pending_fact not in ("applicant_count", "organiser_topic"):  # 又退了两个…一个考核没过: an applicant's review
        reviews.read(text, today, result)
    work.read(text, today, result, _asked_of_the_work(text, pending_fact, known), known.get("skill_certificates"))
    organiser.read(text, result, pending_fact, known)
    _own_case_or_the_applicants(text, result)
    _a_field_named_not_a_title(text, result, known, pending_fact)
    _titles_none(text, result)
    _track(text, result, known.get("title_held"), pending_fact == "track")
    _drop_what_does_not_apply(text, result, known.get("track"))
    _drop_options_not_chosen(text, matches, result, pending_fact)
    _the_first_step(text, matches, result)
    _the_skill_wish_said_again(result, known, pending_fact)
    _rough_years_within_those_known(text, result, known.get("cumulative_work_years"))
    result.occupation = _occupation_named(text)
    return result


# 96号文里说的“近3年年度考核合格” 是按自然年算还是…: the same, in quotation marks after the documents named
_THE_DOCUMENTS_WORDS = re.compile(
    r"((?:文件?|号文|条)[^，,。“”]{0,4}(?:说|写|规定|提到)[的了嘞]?[：:]?\s*)(“[^”]{2,60}”)"
)


def _unless_an_honour_asked(quoted: re.Match, pending_fact: str | None) -> str:
    """「…」 quotes the documents and is not read — but 省里评过个「湖南工匠」, asked about honours, names one held."""
    if pending_fact == "honours" and load_lexicon().honours_in(quoted.group()):
        return f" {quoted.group()[1:-1]} "
    return " " * len(quoted.group())


def _asked_of_the_work(text: str, pending_fact: str | None, known: dict[str, Any]) -> str | None:
    """刚才说跑了一年业务 其实就半年 俺记岔了, asked something else: the time away told before, put right — read as
    if asked again."""
    length_taken_back = without_what_is_said_again(text) != text
    put_right = "technical_work_gap_years" in known and (
        length_taken_back or (CORRECTION.search(text) and work.time_away(text))
    )
    return "technical_work_gap_years" if put_right and re.search(r"\d\s*年|半年|个月", text) else pending_fact


def _rough_years_within_those_known(text: str, result: Extraction, known_years: float | None) -> None:
    """我都干了二十多年了, from someone known to have worked 28: at least twenty, as known — not twenty."""
    said = result.updates.get("cumulative_work_years")
    if said is None or known_years is None or not said <= known_years < said + 10:
        return
    if re.search(rf"(?<!\d){int(said)}\s*多\s*年", digits_for_numerals(text)):
        result.updates.pop("cumulative_work_years")


# 我们厂几个技师想评工程师 能不能我们厂自己组织评: the workers the firm would evaluate, not the speaker (not 我们班组
# 几个高级工都想评助工 包括我: the speaker among them)
# (今年技师高级技师报职称的挺多 / 评委会今年收到几位高级技师报高级工程师: the applicants, several)
_MANY_APPLY = re.compile(
    r"(报|申报|评)[^，,。？?\s]{0,4}的(挺|很|蛮|好|比较|特别)?(多|不少)|"
    r"(收到|收了|来了)[^，,。？?\s]{0,2}(几|好几|好些|一些|多)\s*(个|名|位|份)"
)
_SEVERAL_WITH_THE_LEVEL = re.compile(
    r"^(?!.*(包括我|我也|俺也|我是|俺是)).*(几|好些|一些)\s*(个|名|位)[^，,。？?\s]{0,4}(高级工|技师|高级技师)"
)


def _own_case_or_the_applicants(text: str, result: Extraction) -> None:
    """我自己高级工17年拿的…二是听说企业也能自己评 / 我是技师…想评中级 福建有没有单独评的: one's own case, no
    organising; 报上来7个技能人才，技师高级技师都有: the applicants' levels, counted, none the speaker's."""
    own_case = any("obtained" in c for c in result.held_skills) or (
        result.held_skills and "target_level" in result.updates and not _SEVERAL_WITH_THE_LEVEL.search(text)
    )
    if "applicant_count" in result.updates or (_MANY_APPLY.search(text) and "organiser_topic" in result.updates):
        result.held_skills.clear()  # (今年技师高级技师报职称的挺多 …能不能给他们单整一个组: the applicants')
    elif own_case:
        for name in ("organiser_topic", "enterprise_above_scale"):
            result.updates.pop(name, None)


def _the_skill_wish_said_again(result: Extraction, known: dict[str, Any], pending_fact: str | None) -> None:
    """中式面点师技师, asked which title is held after 想申请个中式面点师技师: the level wanted, said again, not one
    held."""
    wanted = known.get("target_level")
    said = [c for c in result.held_skills if c["level"] == wanted and set(c) == {"level"}]
    if pending_fact == "title_held" and wanted in skill_ladder() and said and said == result.held_skills:
        result.held_skills = []


# 纺织工程师 / 焊接工艺工程师: a title word after the field it is in (not 我是工程师, 高级工程师)
_A_FIELDS_TITLE = re.compile(r"[\u4e00-\u9fff]{2}(?<![是个名位当做的嘞级理高中那上了过到])$")  # (not 评上工程师)


def _levels_listed_for_a_rule(text: str, matches: list[LexiconMatch]) -> bool:
    """助理级 中级 副高 分别要啥技能等级: what each of several levels needs, asked of no one; 高级工评助理工程师
    技师评工程师 高级技师评高工 是这样对应的吧: the ladder checked."""
    levels = {m.entry.canonical for m in matches if m.entry.kind in _LEVEL_KINDS}
    asked = EACH_ASKED.search(text) or (
        len(levels) > 3 and re.search(r"(这样|这么)(对应|对上|排|算)的?(吧|吗|么|不|对吧|对不对)", text)
    )
    # (我们工会要写个宣传材料 问一下高级工 技师 高级技师分别对应哪级职称: an office, asking for no one; not 我们单位
    # 有三个技师两个高级技师都想评职称: its people)
    office = (
        r"(我们|咱们|俺们)(工会|公司|单位|厂里?|协会|村里?|学校|社区)"
        r"(?![^，,。]{0,2}有[\d一二三四五六七八九十两几]+\s*(个|名|位))"
    )
    an_office = re.sub(office, "", text)
    return bool(asked) and len(levels) > 1 and not PERSON.search(an_office)


# 高级技师满4年评副高，这个4年是从证书发证日期开始算吗: the rule quoted, then how its years are counted
_A_RULES_YEARS_ASKED = re.compile(
    r"^[^我俺额阮]{0,4}(高级工|技师|高级技师)满\s*(\d+)\s*年[^，,。？?\d]{1,8}[，,\s]+(这个|这|那个|呢个)\s*\2\s*年|"
    # 技师评中级职称 那个三年是从拿证那天开始算 还是从上岗开始算: how the rule's years are counted
    r"^[^我俺额阮]{0,4}(高级工|技师|高级技师)(评|申报|报)[^，,。？?\s]{0,6}[，,\s]+(这个|那个|这)?\s*"
    r"[\d一二三四两]+\s*年(是)?从[^，,。？?]{1,10}算|"
    # 技师评工程师的那个三年 是哪三年啊: which years the rule means
    r"^[^我俺额阮]{0,4}(高级工|技师|高级技师)(评|申报|报)[^，,。？?\s]{0,6}的?(这个|那个)\s*[\d一二三四两]+\s*年[\s，,]*(是|指)(哪|什么|啥)"
)


def _a_field_named_not_a_title(text: str, result: Extraction, known: dict[str, Any], pending_fact: str | None) -> None:
    """对口 我是焊接工艺工程师, from someone known to hold 副高级: the post's name, not another title; 工程系列 就是
    那个纺织工程师嘛, asked the series by a skill holder: the series described. Said as a correction or in reply
    to the title question, it is the title."""
    span, said = result.spans.get("title_held", ""), result.updates.get("title_held")
    said_at = text.find(span) if span and said else -1
    if said_at < 0 or pending_fact == "title_held" or result.correction or not _A_FIELDS_TITLE.search(text[:said_at]):
        return
    another_known = known.get("title_held") not in (None, NO_TITLE, said)
    describes_the_series = pending_fact == "series" and known.get("track") == "skill_to_title"
    if another_known or describes_the_series:
        for name in ("title_held", "title_obtained"):
            result.updates.pop(name, None)
            result.spans.pop(name, None)


# 你是问单设评审组还是企业自主评？单设评审组那个: our question said back, then the answer
# (是不是说岗位对不对口？对口 天天做化验: the question asked back, then answered)
# (中间断过没有？他说一直在电梯公司做维保: the question said again, as relayed to the caller)
_ASKED_BACK = re.compile(
    r"^(((你是|是|是不是)(问|说)|你问的是)[^？?]{0,20}|[^？?\s]{0,8}(断过|离开过|停过|中断过)(没有|没|吗|么))[？?]\s*(?=\S)"
)

# 搞不清 / 拿不准 / 不确定: not sure which of two
_NOT_SURE = r"(整|搞|弄|说)不(明白|清楚?)|拿不准|说不准|不确定"
# 好像是技师 证在老家压箱底 回去翻翻 / 好像是一八年 我得回家翻翻证书: to be looked up, not said for sure
_TO_LOOK_UP = re.compile(r"(回去|回家|回头)[^，,。]{0,4}(翻|查|看|找)|翻翻|查查|找找")

# 假如一个人2023年6月拿的高级工证，最早什么时候能申报: a made-up person, for an example
_NOT_SETTLED_BETWEEN = re.compile(
    rf"还是[^，,。]{{1,8}}?(我|俺)?(也|都)?({_NOT_SURE}|不清楚|不知道|不晓得|晓不得|没想好|定不下来)|"
    # 副高还是中级 你帮我看哪个能上: left to us
    r"还是[^，,。]{1,6}[，,\s]*(你)?(帮我|给我)?看(看|下|一下)?[，,\s]*哪个|"
    # 农业？还是轻工？你帮我看下: the same, the choice left to us at the end
    r"还是[^，,。]{1,6}[，,\s]*你?(帮我|给我)(看|瞧|查)(看|下|一下)?[吧呗嘛]?\s*$|"
    # 我也不懂 是轻工还是工程: not known, then the two said
    rf"({_NOT_SURE}|不懂|不清楚|不知道|不晓得)[^。]{{0,6}}是[^，,。]{{1,6}}还是"
)
# 能评经济系列不 还是只能评工程, asked which series: asked, then the one it may have to be (not 能评工程师不
# 还是只能评助理, asked which level: the one hoped for, the other feared)
# 会计吧 还是统计 你说哪个好考: the choice asked of us (not 经济师 初级还是中级我还没想好: the exam chosen, its level
# not)
_WHICH_ASKED_OF_US = re.compile(r"还是[^，,。]{1,8}[，,\s]*(你说|你看)[^，,。？?]{0,3}哪个")  # 你看我够哪个
_SERIES_FEARED = re.compile(r"(吗|么|不)[？?]?[，,\s]+还是(说)?只能")
_BOTH_WANTED = re.compile(r"两个都|两样都|两个[^，,。]{0,2}都想|都想(了解|问|看)")


def _drop_options_not_chosen(
    text: str, matches: list[LexiconMatch], result: Extraction, pending_fact: str | None
) -> None:
    """助理工程师跟工程师，两个都想了解下: no one level wanted; 工程还是轻工我也搞不清楚, asked which series: neither
    option settled (not 讲师还是高级讲师我也搞不清，想走技工院校教师系列: the series said beside the levels)."""
    named = [m.entry for m in matches if m.entry.kind in _LEVEL_KINDS]
    # (副高级 中级都行 你们看着办, asked which level: either, left to us; not 工程师还是农艺师都行: one level)
    either_will_do = pending_fact == "target_level" and re.search(r"都(行|可以|成|中|好|得行)(?![吗么？?])", text)
    two_levels = len({e.level or e.canonical for e in named}) > 1
    if (_BOTH_WANTED.search(text) and len({e.canonical for e in named}) > 1) or (either_will_do and two_levels):
        result.updates.pop("target_level", None)
    feared = pending_fact == "series" and _SERIES_FEARED.search(text)
    asked_of_us = _WHICH_ASKED_OF_US.search(text)
    # (助理工程师还是工程师 你看哪个能上, asked which series: the levels weighed, of one series)
    titles_named = [m for m in matches if m.entry.kind == "series_title"]
    # (助理工程师还是工程师 我也不晓得 反正是工程那块: the same series named too)
    one_series = (
        pending_fact == "series"
        and len(titles_named) > 1
        and len({m.entry.series for m in titles_named}) == 1
        and not any(m.entry.kind == "series" and m.entry.canonical != titles_named[0].entry.series for m in matches)
    )
    # (具体副高正高额也搞不清, asked which level: two named, neither known)
    neither_known = two_levels and re.search(rf"(也|都)?({_NOT_SURE}|分不清)[了啊呀哦嘞]*[。！!\s]*$", text)
    unsettled = (_NOT_SETTLED_BETWEEN.search(text) or feared or asked_of_us or neither_known) and not one_series
    # (应该是经济师吧 也可能考会计 还没定下来, asked which exam: two named, neither chosen)
    exams_weighed = len({m.entry.canonical for m in matches if m.entry.kind == "exam"}) > 1 and re.search(
        r"还没定|没定下来|定不下来|没想好|也可能|说不定", text
    )
    if (pending_fact in ("series", "target_level") and unsettled) or (
        pending_fact == "exam" and (asked_of_us or exams_weighed)
    ):
        result.updates.pop(pending_fact, None)


def _the_first_step(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """他说想先报技师 高级技师一步一步来 / 哦不对 先报技师: of two levels wanted, the one said to be gone for first
    (not 是不是要先评助理 / 不想先评中级: the step asked about, or refused; nor 先报助理工程师嘛 哦 不对…: put
    right); 技师 高级技师一步一步来: the first of the levels said before the steps; 助理工程师还是工程师我都想问
    先看工程师: of two wanted, the one to look at first)."""
    levels = [m for m in matches if m.entry.kind in _LEVEL_KINDS]
    if "target_level" not in result.updates and len({m.entry.level or m.entry.canonical for m in levels}) < 2:
        return
    # (not 初级会计，先考初级的，中级的以后再说: with no wish read, only the one to look at first is taken)
    said_first = [(m, step) for m in levels if (step := _FIRST_STEP.search(text[: m.start]))]
    first = [m for m, step in said_first if "target_level" in result.updates or step.group("verb") in ("看", "问")]
    steps = _STEP_BY_STEP.search(text)
    if steps and re.search(r"(不用|不想|不要|不必|别|还是|是不是|要不要)[^，,。]{0,14}$", text[: steps.start()]):
        steps = None  # 不用按技师三年评工程师那么一级一级来 / 还是得一级一级来: the steps refused, or asked about
    in_turn = [m for m in matches if m.entry.kind in _LEVEL_KINDS and steps and m.end <= steps.start()]
    if not first and len(in_turn) > 1:
        first = in_turn[:1]
    if (
        len(first) == 1
        and not CORRECTION.search(text, first[0].end)
        and (first[0].entry.level or first[0].entry.canonical) != result.updates.get("target_level")
    ):
        result.set("target_level", first[0].entry.level or first[0].entry.canonical, first[0].surface)


_FIRST_STEP = re.compile(r"((?<!不)想|打算|准备|(^|[\s，,。])(那|那就)?)先(?P<verb>报|评|考|申报|整|弄|搞|看|问)个?$")
_STEP_BY_STEP = re.compile(r"(一步一?步|一级一?级)地?(来|走|评|考|往上)")


def _compared_across_clauses(text: str) -> list[Clause]:
    """走技能等级评上的工程师，跟按学历评的工程师，拿到手的证是不是一样的？: two things compared clause by clause,
    from the clause before the one that opens with 跟 to the question (我在集团是技师 集团自己评的工程师 跟去省里评的
    工程师 认不认一样的: the person's own level said before them)."""
    parts = clauses(text)
    second = next((i for i, part in enumerate(parts) if i and re.match(r"\s*(跟|和|与|同)", part.text)), None)
    # (技师 和 工程师 哪个高啊 俺们厂里吵起来了: the question, then where it came up)
    asking = next((p.text for p in parts[second or 0 :] if QUESTION.search(p.text) or "哪个" in p.text), "")
    last = asking or (parts[-1].text if parts else "")
    compared = COMPARISON.search(last) or re.search(r"(是不是|是否)一样", last)
    asked = QUESTION.search(last) or re.search(r"区别|哪个|认不认|算不算", last)  # (…跟以前一样: said, not asked)
    if not (second and compared and asked):
        return []
    # (我是高级技师，跟高级工程师比… / 我是采油工，高级技师，跟…比: the person's own level, not a kind described;
    # 技师 和 工程师 哪个高: a bare level, compared)
    before = parts[second - 1]
    bare = second == 1 and re.fullmatch(r"\s*(高级工|技师|高级技师|[^，,。\s]{0,6}(工程师|职称))\s*", before.text)
    described = ("的" in before.text and not before.personal) or bool(bare)
    return parts[second - 1 if described else second :]


_HYPOTHETICAL = re.compile(
    r"(假如|假设|比如说?|举个?例子?)[^，,。]{0,6}([一1]个人|有个人|某人|某某|张三|李四|小王|老王|[一1]个(高级工|技师|高级技师|工人|职工))"
)
# “在现工作岗位上近3年年度考核合格”这句…: the documents' words quoted, no fact of the person's (a caller's
# own words quoted, “高级工拿了五年多了”, are theirs)
# A sentence quoted to be explained (“…”这句是什么意思), or a question quoted for an answer to be written (其中一问：
# “持高级技师证满4年的员工能否申报副高级职称？”帮我写个标准答案): no one's case.
_QUOTED = re.compile(
    r"(“[^”]{2,}”|「[^」]{2,}」)"
    r"(?=\s*(这句|这条|这一条|这个规定|这(个|种)?说法|是说|是指|指的是|是什么意思|是啥意思|啥意思|是不是只有|里的|中的))|"
    # 网上传“技师等于工程师” / 绿色通道那句“…” / 原文是“省级以上”吧 / …里的“等”: words passed on or the documents' own
    r"(?:(?<=传)|(?<=那句)|(?<=这句)|(?<=原文是)|(?<=原话是)|(?<=里的)|(?<=来信说)|(?<=来信 说)|(?<=有人说))"
    r"\s*“[^”]{1,}”|"
    r"(?<=[：:])\s*“[^”]{8,}”(?=[^。]{0,12}(答案|回答|解答|答复))|"
    # 文件里说的近3年年度考核合格 是指哪三年: the documents' words, unquoted, asked about
    r"(?:(?<=文件里说的)|(?<=文件上说的)|(?<=文件里写的)|(?<=文件说的))[^，,。？?]{2,24}?"
    r"(?=\s*(是指|指的是|是什么意思|是啥意思|怎么算|咋算))|"
    # 96号文件二（二）1中“…” / 云南文件说“应当单设”: the documents' words (not 他说“…”: a caller's own)
    r"(?:(?<=\d中)|(?<=）中)|(?<=文件说)|(?<=文件写)|(?<=文件规定))[：:]?\s*“[^”]{4,}”"
)


def _without_asides(text: str) -> str:
    """我是技师 二三年拿的 顺便问一下 正高级是不是只能走绿色通道: the aside after the case carries no facts
    (an aside that opens the message, or follows only a greeting — 新年快乐！顺便问下… — is the message);
    我想问问技师评工程师的事 算了 先问个别的 会计那个考试…: what was set aside carries none either."""
    text = without_what_was_set_aside(text)
    parts = clauses(text)
    for index, clause in enumerate(parts[1:], start=1):
        before, aside = text[: clause.start], re.match(_ASIDE_OPENS.pattern + r"(一)?下?", clause.text)
        # (清明放假在家 顺便问下 我爸…: only small talk before, nothing of a case nor an answer: 这些都没有)
        no_case_before = not re.search(
            r"评|考|报|申|证|职称|工|师|级|能手|劳模|没|有|是|对|不|嗯|合格|优秀|称职|[\d一二三四五六七八九十]", before
        )
        if aside and not (GREETING.search(before.strip()) or no_case_before):
            # (另外问一句 技师评工程师是不是得干满三年: the words that open the aside, then the aside)
            alone = re.fullmatch(f"(?:{_ASIDE_OPENS.pattern})(一句|一下|下|个事)?\\s*", clause.text)
            end = parts[index + 1].end if alone and index + 1 < len(parts) else clause.end
            text = text[: clause.start] + " " * (end - clause.start) + text[end:]
        elif aside:  # only a greeting before: the question is the message, its opening words say nothing
            text = text[: clause.start] + " " * aside.end() + text[clause.start + aside.end() :]
    return text


# whose message -------------------------------------------------------------------------------

# 我是高级工 / 我电工技师 / 我没得: the asker's own facts (a clause that asks or wishes is not one).
_OWN_CLAUSE = re.compile(
    r"^(我|俺|咱|额|本人|来电人自己|我自己|俺自己)(?!们|爸|妈|家|媳妇|老婆|老公|爱人|师傅|同事|儿子|女儿|闺女|孩子)"
    r"(?![^，,。]*(想|问|能不能|可不可以|吗))(?=[^，,。]{0,10}(工(?!会)|师|级|职称|证|能手|没得|没有|没(?=[\s，,。]|$)))"
)  # (not 我是市总工会的: an office)
_OTHERS_CLAUSE = re.compile(
    # 我们厂里有个老师傅走技能这条路评上了高级工程师: another, introduced
    r"^(我们|俺们|咱们)?[^，,。\s]{0,4}有(个|一个|位|一位)(老)?(师傅|同事|工友)(?=[^，,。]{0,16}(工|师|级|职称))|"
    r"^(我们?|俺们?|咱们?|他的|她的)?(同事|师傅|车间主任|主任|领导|老板|厂长|班长|组长|朋友|他|她|爱人|老婆|老公|媳妇|丈夫|妻子|"
    r"儿子|女儿|闺女|孩子|爸|妈)(也|只|才|就)?(是|有)(?=[^，,。]{0,12}(工|师|级|职称|能手|劳模|证))"
)
_ASKS_FOR_ANOTHER = re.compile(
    r"替.{0,6}问|帮.{0,6}问|问(问)?(他|她|师傅|同事|爱人|老婆|老公|媳妇|我爸|我妈)|(他|她)(能不能|可不可以|能否)"
)


def _only_the_subject(text: str) -> str:
    """我同事是省技术能手，我是技师 / 我是高级工，她是技师…我主要想问她: the clauses about the person
    the question is not about are blanked (positions kept), so their levels and honours are not read."""
    own = [c for c in clauses(text) if _OWN_CLAUSE.search(c.text)]
    others = [c for c in clauses(text) if _OTHERS_CLAUSE.search(c.text)]
    if not (own and others):
        return text
    if _ASKS_FOR_ANOTHER.search(text):
        blank = own
    else:  # 我同事是省技术能手，他说他可以直接评副高: the clause after theirs still speaks of them
        parts, blank = clauses(text), others
        # (not 她说额能评高级工程师: what she says of the speaker)
        blank += [
            c
            for before, c in itertools.pairwise(parts)
            if before in blank and re.match(r"(他|她)(?!说(我|俺|额))", c.text)
        ]
    return blanked(text, blank)


def _drop_what_does_not_apply(text: str, result: Extraction, known_track: str | None) -> None:
    """Facts read on the way that the track, once known (said now or before), shows are not this person's case."""
    updates, track = result.updates, result.updates.get("track") or known_track
    # 中级会计师可以对应技师那个吧 就报技师, from a title holder asking a skill level: the title they hold, no exam
    asked_a_level = known_track == "title_to_skill" and updates.get("target_level") in skill_ladder()
    if (
        asked_a_level
        and "考" not in text
        and updates.pop("exam", None)
        and updates.get("track") == "qualification_exam"
    ):
        updates.pop("track")
        track = known_track
    if track == "qualification_exam":
        updates.pop("wants_direct_application", None)  # 想考一建，能不能直接报考: the exam's own rules
    # 没得证，一直是干活 / 一直在化工厂搞工艺 (a title holder): no certificate to count time away from
    if updates.get("skill_certificates") == [] or track in ("title_to_skill", "organiser", "qualification_exam"):
        for name in ("technical_work_interrupted", "technical_work_gap_years"):
            updates.pop(name, None)
    if track == "title_to_skill":
        updates.pop("series", None)  # 有农艺师职称，想考农艺工技师: the series of the title held, not one wanted
        if not re.search(r"年限|不用等|不等|跳过|越级", text):  # 不考那么多年限: skipping the years is asked
            updates.pop("wants_direct_application", None)  # 能直接申请技师吗: the title holder's ordinary route
    if updates.get("wants_direct_application") and _a_rumour_dismissed(text):
        updates.pop("wants_direct_application")
    if track == "organiser":
        # 今年工程系列中级评审，报名的有6个技师: the applicants' levels, not the speaker's (我是电焊高级技师，
        # 我们集团有自主评审权…: the speaker's own level, said of themselves)
        _drop_levels(result, keep_own=any(_OWN_CLAUSE.search(c.text) for c in clauses(text)))


# 有人说可以直接评正高 吹牛吧: what others say, dismissed (not 听说能直接评副高 真的假的 想试试: asked for; authors
# differ on a 高级技师's 听说可以直接评高级工程师, the regular rung heard of)
_HEARSAY_DISMISSED = re.compile(
    r"(听说|有人说|人家说|据说|都说)[^，,。？?]{0,6}直接[^。？?]{0,12}(吹牛|瞎说|乱说|不信)"
)


def _a_rumour_dismissed(text: str) -> bool:
    return _HEARSAY_DISMISSED.search(text) is not None and not SPECIAL_ROUTE.search(text)


def _drop_levels(result: Extraction, keep_own: bool) -> None:
    for name in ("title_held", "title_obtained", "target_level", "series"):
        result.updates.pop(name, None)
    if not keep_own:
        result.held_skills = []


# levels and titles -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    pending_fact: str | None
    known: dict[str, Any]
    in_context: bool  # see _about_the_person


def _in_context(text: str, today: dt.date, pending_fact: str | None) -> bool:
    dated_case = find_date(text, today) is not None and bool(PERSON.search(text) or _HELD_SPAN.search(text))
    # 我是楚雄的一名电工，有高级工，拿证两年多了，想问问评助理工程师的条件: how long held, said of oneself
    # (我在写公众号科普…高级技师评副高是要取得证书后满4年吧: the rule's years, checked by an explainer)
    dated_case = dated_case or bool(
        re.search(r"我(?!们)|俺|本人", text)
        and not EXPLAINER.search(text)
        and _HELD_SPAN.search(text)
        and parse_duration_years(text, today) is not None
    )
    own_level = any(_OWN_CLAUSE.search(c.text) for c in clauses(text)) or describes(text)  # 我是本省的焊工高级技师
    own_level = own_level or bool(
        re.search(r"(我|他|她)(就|也)是(这种|这样的|这类)?\s*([，,。！!]|$)", text)
    )  # …能直接报副高吗？我就是
    own_level = own_level or bool(HELP_WITH_MINE.search(text))
    own_level = (
        own_level
        or any(  # 来电人说他是中华技能大奖得主，问评正高级工程师还要不要论文
            PERSON.search(text[: c.end]) and not (c.general or c.group) and load_lexicon().honours_in(c.text)
            for c in clauses(text)[:-1]
        )
    )
    return (
        pending_fact is not None
        or dated_case
        or own_level
        or bool(re.search(r"拿的|考的|取得的", text) and find_date(text, today))
    )


_LEVEL_KINDS = ("skill_level", "title_level", "series_title", "ambiguous")


def _a_bound_not_a_wish(text: str, match: LexiconMatch, kind: str) -> bool:
    """有职称的是不是能直接申请高级工以上 / 我跟她说得高级工以上: a bound the rule sets; 厂里说要高级工才行: the
    condition heard of — neither is a wish."""
    required = re.search(r"(得|要|需要|必须)\s*$", text[: match.start])
    after = text[match.end :]
    return bool(
        ((kind == WANTED or required) and re.match(r"(及)?以上", after))
        or (required and re.match(r"(证)?\s*才(行|能|可以|够)", after))
    )


def _levels_and_titles(
    text: str, matches: list[LexiconMatch], today: dt.date, result: Extraction, context: _Context
) -> None:
    denied_skill, held_ambiguities, resolved = False, [], set()
    restated = _restated_after_correction(text, matches) if result.correction else None
    for index, match in enumerate(matches):
        clause = clause_at(text, match.start)
        if _not_read(text, matches, index, clause, context, restated):
            continue
        if word := _the_word_it_names(text, match, clause, matches[:index]):
            kind, certain = role(text, word, clause_at(text, word.start).start)[0], True
            resolved.add(word.surface)  # 能整个高工不？就是高级工程师那个: the word's reading, as the word was said
        else:
            kind, certain = _role_in_context(text, match, clause, context, result, matches)
        if "target_level" in result.updates and _beside_the_wish(text, match, kind):
            continue
        if _a_bound_not_a_wish(text, match, kind):
            continue
        if match.entry.kind == "ambiguous":
            if kind != DENIED:
                held_ambiguities.append(kind == HELD)
                result.ambiguities.append(Ambiguity(match.surface, list(match.entry.ambiguous)))
        elif match.entry.kind == "skill_level":
            denied_skill |= kind == DENIED
            _skill_level(text, match, kind, clause, today, result)
        else:
            _title(text, match, kind, certain, clause, today, result)
    held = result.updates.get("title_held")  # 检验技师（初级职称）: the title named already says which 初级
    result.ambiguities = [
        a
        for a, of_held in zip(result.ambiguities, held_ambiguities, strict=True)
        if not (of_held and held in a.readings) and a.surface not in resolved
    ]
    _date_for_the_certificate(text, today, result)
    _dated_by_its_issue(text, today, result)
    _the_year_said_again_with_its_month(text, today, result)
    if not result.held_skills:
        _date_for_the_title(text, today, result)
    _wish_apart_from_what_is_held(text, result)
    _the_held_level_weighed(text, matches, result, context)
    _series_of_undecided_titles(text, matches, result)
    _level_named_before_the_title(text, matches, result)
    _the_title_heard_of_asked_for_oneself(text, matches, result)
    _corrected_level(text, matches, result)
    _date_kept_by_the_corrected_level(text, matches, today, result)
    _date_said_to_stand(text, context.known, result)
    result.adds_to_lists = bool(_ADDS.search(text))
    corrected = result.correction or re.search(r"是[^，,。\s]{1,6}[，,\s]?不是", text)  # 是高级工不是技师
    denied_skill |= _a_told_level_corrected(text, matches, context.known, result)
    result.replaces_level = bool(result.held_skills and corrected and denied_skill)
    _none_held(text, denied_skill, result, context.pending_fact)
    _date_without_its_level(text, matches, today, result, context)


_THE_CERTIFICATE_DATED = re.compile(
    r"\s*(那个|我的|我那)?(证|证书)(是|在)?\s*(\d{2,4}|[一二〇零]{2,4})\s*年[^，,。]{0,6}(拿|考|取得|发)(下来|出来)?(的|嘞)"
)  # (证是23年3月才发下来的)


_THE_CERTIFICATE_REDATED = re.compile(
    r"(证|证书)不是[^，,。\s]{1,8}[\s，,]*((我|俺)[^，,。\s]{1,5}[，,\s]+)?(而)?(是|应该是|系)[^，,。\s]{1,10}((拿|考|发|取得)(下来)?)?(的|嘞|个|(?=[\s，,。！!]|$))"
)  # (证不是19年 是18年十月的 / 证不是22年 系21年中秋拿个 / 证不是19年的 是20年5月)


def _the_known_date_refined(text: str, today: dt.date, context: _Context) -> Found | None:
    """21年10月, said alone while another question is open, of the one certificate known as 2021: its month."""
    certificates = context.known.get("skill_certificates") or []
    known = str(certificates[0].get("obtained", "")) if len(certificates) == 1 else ""
    found = find_date(text, today)
    if not known or found is None or text[: found.start].strip():
        return None
    if not re.fullmatch(r"(份)?[\s，,。的吧啊嘛]*", text[found.end :]):  # (去年四月份)
        return None
    return found if found.value.startswith(known) and len(found.value) > len(known) else None


def _date_without_its_level(
    text: str, matches: list[LexiconMatch], today: dt.date, result: Extraction, context: _Context
) -> None:
    """A date said with no level beside it: of the certificate or title asked about or said before (asked when:
    证上写的是2023年3月 还有哈 刚才说评中级 我想了下还是先评个助理的 — a title wished for dates nothing)."""
    date_asked = context.pending_fact == "skill_certificates_obtained" and "title_held" not in result.updates
    kinds = ("skill_level",) if date_asked else _LEVEL_KINDS[:3]
    redated = _THE_CERTIFICATE_REDATED.search(text)
    if not any(m.entry.kind in kinds for m in matches):
        if redated and context.known.get("skill_certificates"):
            # (一直没离开过 哦还有 证不是22年 是23年3月才发下来的: the certificate redated beside the answer)
            _date_alone(redated.group(), today, result, context.pending_fact)
            return
        if refined := _the_known_date_refined(text, today, context):
            result.corrected_date, result.spans["corrected_date"] = refined.value, text.strip()
            return
        _date_alone(_in_the_known_year(text, context), today, result, context.pending_fact)
        return
    # 副高级 证是2018年拿的 刚才忘了说: the date of the certificate said before, beside the answer
    # (先说个事 证不是23年 是22年下半年拿的 评的话工程师: its date put right, beside the answer)
    certificate_dated = next((c.text for c in clauses(text) if _THE_CERTIFICATE_DATED.match(c.text)), None)
    certificate_dated = certificate_dated or (redated.group() if redated else None)
    if certificate_dated and not result.held_skills and context.known.get("skill_certificates"):
        _date_alone(certificate_dated, today, result, context.pending_fact)
    first = next(iter(clauses(text)), None)
    if context.pending_fact == "title_obtained" and first and not result.correction and not _names_a_level(first.text):
        _date_alone(first.text, today, result, context.pending_fact)  # 2019年评的 我还有个…高级工 2015年的: then more
    undated = [c for c in result.held_skills if len(c) == 1]
    said_first = first and not _names_a_level(first.text) and find_date(first.text, today)
    if date_asked and len(undated) == 1 and said_first:
        undated[0]["obtained"] = said_first.value  # 前年 哦不是技师 是高级工: the date asked for, then its level
    elif date_asked and not undated and not result.corrected_date and _only_lower_levels_dated(text, result, context):
        _date_beside_a_lower_level(text, today, result, context)
    elif date_asked and said_first and not result.corrected_date and _a_higher_level_added(text, result, context):
        # 去年六月 哦对了 我上个月刚拿了技师证: the date asked for, then a new certificate told beside it
        result.corrected_date, result.spans["corrected_date"] = said_first.value, text


def _date_beside_a_lower_level(text: str, today: dt.date, result: Extraction, context: _Context) -> None:
    """19年 不对 是20年拿的 19年是考的中级工: a lower level, dated to explain the slip, is beside the point; the date
    said without a level is the one asked for (not 考高级工那年四十四, the only date said)."""
    rest = " ".join(c.text for c in clauses(text) if not _names_a_level(c.text))
    if find_date(rest, today) is None:
        return
    result.held_skills = []
    result.spans.pop("skill_certificates", None)
    _date_alone(rest, today, result, context.pending_fact)


def _known_levels(context: _Context) -> list[str]:
    return [c["level"] for c in context.known.get("skill_certificates") or [] if c.get("level")]


def _a_higher_level_added(text: str, result: Extraction, context: _Context) -> bool:
    """A level above the one asked about, told after an aside word (哦对了 / 还有 / 另外)."""
    known = [skill_ladder().index(level) for level in _known_levels(context)]
    said = [skill_ladder().index(c["level"]) for c in result.held_skills]
    added = bool(known and said) and min(said) > max(known)
    return added and re.search(r"(哦|噢)?对了|还有|另外", text) is not None


def _only_lower_levels_dated(text: str, result: Extraction, context: _Context) -> bool:
    """Only levels below the one asked about are said, and that one is not named (不是技师 是高级工 corrects it)."""
    known = _known_levels(context)
    said = [skill_ladder().index(c["level"]) for c in result.held_skills]
    lowest_known = min((skill_ladder().index(level) for level in known), default=-1)
    return bool(known and said) and max(said) < lowest_known and not any(level in text for level in known)


# 俺这中不中 / 帮忙看一下他现在能不能报: the person's own case asked about, after a rule or what others say
_OWN_CASE_ASKED = re.compile(
    r"(俺|我|他|她)(这|这个|现在)[^，,。？?]{0,4}(中不中|行不行|能不能(报|评)?|可不可以|够不够|能行不|得不得)|"
    r"(俺|我|他|她)(也)?(可以|能)(评|报|申报)(不|吗|么)"  # 师傅些都说技师可以评工程师了 我是电工技师 想问下我可以评不嘛
)


def _the_title_heard_of_asked_for_oneself(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """厂里好几个人都在说能评工程师 俺这中不中 / 咨询技师评工程师的条件 帮忙看一下他现在能不能报: the one title named,
    in what others say or in the rule, is what the person with a level asks about for themselves."""
    named = {m.entry.level or m.entry.canonical for m in matches if m.entry.kind == "title_level"}
    named |= {m.entry.level for m in matches if m.entry.kind == "series_title" and m.entry.level}
    own_case = result.held_skills and "title_held" not in result.updates and _OWN_CASE_ASKED.search(text)
    an_exam = any(m.entry.kind == "exam" for m in matches)  # 想考个中级统计师…俺这学历够不够: the exam's level
    if "target_level" not in result.updates and len(named) == 1 and own_case and not an_exam:
        (level,) = named
        result.set("target_level", level, text)


def _level_named_before_the_title(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """直接评副高的工艺美术师: the level said before a title's name is the level wanted (the name gives the series)."""
    for level, title in itertools.pairwise(matches):
        named = level.entry.kind == "title_level" and title.entry.kind == "series_title"
        # (员级的技术员: a title held, not the level the title's name would give as wanted)
        wanted = title.entry.level is not None and result.updates.get("target_level") == title.entry.level
        if named and text[level.end : title.start] == "的" and wanted:
            result.set("target_level", level.entry.canonical, text[level.start : title.end])


def _a_series_named_by_its_title(text: str, match: LexiconMatch, clause: Clause, context: _Context) -> bool:
    """工程系列嘛，厂里说是评茶叶加工工程师, asked the series of a 副高 wish: the title others name gives the series,
    not another level."""
    wished = context.known.get("target_level")
    return (
        context.pending_fact == "series"
        and match.entry.kind == "series_title"
        and bool(match.entry.series)
        and wished in titles()
        and match.entry.level != wished
        and bool(places.NAMED_BY_OTHERS.search(text[clause.start : match.start]))
    )


def _beside_the_wish(text: str, match: LexiconMatch, kind: str) -> bool:
    """After the level wanted: 想一步到位评副高，不行的话中级也中 (the one settled for) / 高级技师呗 副高对应的不就是
    这个 (the one the wish is measured by) — neither is the wish."""
    settled_for = kind != DENIED and _FALLBACK.search(text[: match.start])
    return bool(settled_for or re.match(r"(的)?对应", text[match.end :]))


# 技师评中级是从拿证那天算还是从上岗算: how a rule counts, asked of the level it names — no wish (not 我这个
# 啥时候能报 / 现在够了吧: their own time asked)
_A_RULES_LEVEL = re.compile(
    r"(高级工|技师|高级技师)(评|申报|报)(助理|中级|副高|正高)[^，,。？?]{0,6}从[^，,。？?]{1,10}算"
)
_WISHED = re.compile(
    r"想(?!问|了解|咨询|知道)|打算|准备|希望|能不能|能否|可不可以|行不行|能报|够了|啥时候|什么时候|我这个"
)


def _the_held_level_weighed(text: str, matches: list[LexiconMatch], result: Extraction, context: _Context) -> None:
    """工程师 俺这技师够不够年头啊, asked which level is wanted: the title named is the wish; the level known to be held
    is the one whose years are asked about."""
    held = result.updates.get("target_level")
    if context.pending_fact != "target_level" or held not in _known_levels(context):
        return
    weighed = any(
        m.entry.canonical == held
        and re.match(r"[^，,。？?]{0,3}(够不够|够没够|满没满|满不满|年头|年限)", text[m.end :])
        for m in matches
    )
    titles_named = {m.entry.level or m.entry.canonical for m in matches if m.entry.kind in _LEVEL_KINDS} - {held}
    if weighed and len(titles_named) == 1:
        result.set("target_level", titles_named.pop(), text)


def _wish_apart_from_what_is_held(text: str, result: Extraction) -> None:
    if result.updates.get("target_level") in {c["level"] for c in result.held_skills} and not _WISH_VERB.search(text):
        del result.updates["target_level"]  # 技师能不能落户上海: the level held, the subject of the question
    if result.held_skills and _A_RULES_LEVEL.search(text) and not _WISHED.search(text):
        result.updates.pop("target_level", None)  # 我16年拿的高级技师 是不是已经可以了: the rule's level, no wish
    if result.updates.get("title_held") == result.updates.get("target_level") is not None:
        del result.updates["title_held"]  # 就是高级工程师啊，我想评高级工程师: what one wants is not what one has
        result.updates.pop("title_obtained", None)  # (去年拿的技师证…评工程师就是那个中级职称: nor its date)


def _not_read(
    text: str, matches: list[LexiconMatch], index: int, clause: Clause, context: _Context, restated: int | None
) -> bool:
    """Not a level of the person's, part of an exam's name, or withdrawn by a correction."""
    match = matches[index]
    if context.pending_fact == "title_held" and match.entry.kind == "title_level":
        # 正高级会计师, in reply to which title: the title held, not part of an exam's name (好像是助理级 也可能去年已经
        # 下中级了 我回去翻下文件: neither said for sure; 没有 是厂里说得先有中级: a condition, not a title)
        return _not_said_for_sure(text, match, clause) or _said_beside(text[: match.start], text[match.end :])
    if context.pending_fact == "exam" and (match.entry.kind == "title_level" or _GRADE_ALIAS.fullmatch(match.surface)):
        return True  # 通信…职业资格（中级） / catti二级: the exam's level, in reply to which exam
    if restated is not None and match.entry.kind == "skill_level" and match.start < restated:
        return True  # 是高级工……看错了，是技师: the one level said before the correction is withdrawn
    if re.search(r"(按|享受|参照)$", text[: match.start]) and re.match(r"的?(待遇|工资|标准|算)", text[match.end :]):
        return True  # 养老金能不能按副高待遇算 / 退休金能不能按副高算: a treatment compared, not a level wanted
    if _a_post_not_a_title(text, match):
        return True
    if re.search(r"(待遇|工资|退休金|养老金)[^，,。]{0,8}(比照|参照|按照?)$", text[: match.start]):
        return True  # 退休以后待遇能不能比照工程师: the same, the level named last
    if _undecided(text, clause) or _a_series_named_by_its_title(text, match, clause, context):
        # 想考个电工技师还是高级工 / 是技师还是高级技师来着，整不明白: not decided, not known; 厂里说是评茶叶加工工程师,
        # asked the series: the series only
        return True
    if match.entry.kind == "skill_level" and _EITHER_LEVEL.search(text):
        return True  # 我好像是高级工吧，也可能是中级工: one or the other, not known
    if _a_title_others_have_wished_for(text, match, clause):
        return False  # 厂里有人评上工程师了 他也想评: read as the title wished for
    return not _a_level_of_the_person(text, match, clause, context.in_context) or _part_of_an_exam(text, matches, index)


def _a_post_not_a_title(text: str, match: LexiconMatch) -> bool:
    """我喺东莞做会计助理: a job; 技术员都评的农艺师: the people of a post — not the person's title."""
    if match.surface == "助理" and re.search(_ASSISTANT_OF, text[: match.start]):
        return True
    # (a post, 技术员, or people, 工程师们; not 我副高都评了六年了)
    people = r"们?" if match.surface.endswith("员") else r"们"
    return match.entry.kind != "skill_level" and bool(
        re.match(people + r"(基本上|差不多)?都(是|评)", text[match.end :])
    )


def _a_title_others_have_wished_for(text: str, match: LexiconMatch, clause: Clause) -> bool:
    """工地上嘞技术员都是助理工程师 我这种能不能也评一个 / 厂里有人评上工程师了 他也想评: the title others have,
    which the person wants too."""
    others_have = _WHAT_OTHERS_ARE.search(text[clause.start : match.start])
    return bool(match.entry.kind != "skill_level" and others_have and _ME_TOO.search(text, match.end))


# 做会计助理 / 当经理助理: an assistant's job, named by whom or what it assists
_ASSISTANT_OF = (
    r"(做|当|干|是)[^，,。]{0,4}(会计|出纳|行政|人事|财务|销售|经理|总经理|总裁|店长|老板|律师|采购|研发|教学|科研)$"
)


def _undecided(text: str, clause: Clause) -> bool:
    """想考个电工技师还是高级工 / 是技师还是高级技师来着，整不明白: not decided, not known."""
    left_to_us = _LEFT_TO_US.search(clause.text) and _TWO_LEVELS.search(clause.text)  # 副高正高哪个能评就评哪个
    which_of_the_two = _TWO_NAMED.search(clause.text) and _WHICH_OF_THEM.match(text, clause.end)
    # 说他是高级工 一会又说好像是中级工 他自己也搞不清: one level, then another, said in turn
    said_in_turn = re.match(
        rf"[\s，,]*(他|她)?(一会儿?|过会儿?|后来|转头)又?说[^，,。]{{0,4}}{_A_LEVEL_SAID}", text[clause.end :]
    )
    return (
        _undecided_wish(text, clause)
        or bool((_UNDECIDED.search(clause.text) or said_in_turn) and _NOT_SURE_WHICH.search(text))
        or bool(left_to_us)
        or bool(which_of_the_two)
    )


def _undecided_wish(text: str, clause: Clause) -> bool:
    """想考个电工技师还是高级工 / 能评个啥职称 助理工程师还是工程师 (the wish in the clause before) /
    助理工程师还是工程师都行 (either will do)."""
    before = [c for c in clauses(text) if c.end <= clause.start][-1:]
    wish = _WISH_VERB.search(clause.text) or (before and _WISH_VERB.search(before[0].text))
    either_will_do = re.search(
        r"(还是|或者)[^，,。]{1,10}?\s*都(行|可以|中|成|好)|看着办|你(来)?定", text[clause.start : clause.end + 12]
    )
    wish = wish or either_will_do  # (助理工艺美术师还是工艺美术师 都行: the same, said after a space)
    alone = clause.text.strip() == text.strip()  # 助理工程师还是工程师, the whole reply: the options weighed
    return bool(_UNDECIDED.search(clause.text) and (wish or alone))


def _series_of_undecided_titles(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """想评助理工程师还是工程师: the level is not decided, the series (and the wish for a title) is — so with a bare
    level beside one series' title (评助理还是直接评工程师); 想评助理农艺师还是助理工程师: the series is not, the level
    is."""
    titles_weighed = [
        m
        for m in matches
        if m.entry.kind in ("title_level", "series_title") and _undecided(text, clause_at(text, m.start))
    ]
    said = "还是".join(m.surface for m in titles_weighed)
    series = {m.entry.series for m in titles_weighed} - {None}
    levels = {m.entry.level or m.entry.canonical for m in titles_weighed}
    if len(titles_weighed) > 1 and len(series) == 1 and "series" not in result.updates:
        result.set("series", series.pop(), said)
        result.set("track", "skill_to_title", said)
    if len(titles_weighed) > 1 and len(levels) == 1 and "target_level" not in result.updates:
        result.set("target_level", levels.pop(), said)
        result.set("track", "skill_to_title", said)


def _restated_after_correction(text: str, matches: list[LexiconMatch]) -> int | None:
    """Where the correction starts, when one skill level was said before it and the levels are said
    again after it (是高级工……看错了，是技师，2020年拿的 / 高级技师…更正一下，技师是2019年的，高级技师是去年);
    None otherwise (技师是2019年的…不对，2018年: the date alone is corrected)."""
    cue = CORRECTION.search(text)
    if cue is None:
        return None
    if _corrects_a_date_only(text, cue):
        return None
    levels = [m for m in matches if m.entry.kind == "skill_level"]
    before = {m.entry.canonical for m in levels if m.start < cue.start()}
    after = [m for m in levels if m.start >= cue.end() and role(text, m, clause_at(text, m.start).start)[0] == HELD]
    return cue.start() if len(before) == 1 and after else None


def _corrects_a_date_only(text: str, cue: re.Match) -> bool:
    """我高级工是2017年拿的，哦不对，是2015年，技师是去年刚拿的: the clause after the correction gives a date
    and no level — the date is corrected, and a level said later is another certificate."""
    corrected = _the_clause_corrected(text[cue.end() :])  # 哦不对，是2015年 → 是2015年
    return not _names_a_level(corrected) and bool(re.search(r"\d", corrected))


def _the_clause_corrected(after_the_cue: str) -> str:
    """The clause a correction opens (哦不对，是2015年 → 是2015年), up to the next break."""
    said = _CORRECTED_CLAUSE.match(after_the_cue)
    return said.group(1) if said else ""


_CORRECTED_CLAUSE = re.compile(r"[对了的是\s，,。…!！]*([^，,。；;\s]*)")


def _corrected_level(text: str, matches: list[LexiconMatch], result: Extraction) -> None:
    """我是高级工 哦不对 是技师 二零年拿的: the level said before the correction is withdrawn."""
    cue = CORRECTION.search(text)
    if not cue or len(result.held_skills) < 2 or _corrects_a_date_only(text, cue):
        return
    levels = [m for m in matches if m.entry.kind == "skill_level"]
    if {m.entry.canonical for m in levels if m.start >= cue.end()} <= {
        m.entry.canonical for m in levels if m.start < cue.start()
    }:
        return  # 17年拿的技师，呃不对，技师是18年: a level said again is corrected, the others stand
    said_at = {m.entry.canonical: m.start for m in levels}  # the last mention
    withdrawn = [c for c in result.held_skills if said_at.get(c["level"], cue.end()) < cue.start()]
    if withdrawn and len(withdrawn) < len(result.held_skills):
        result.held_skills = [c for c in result.held_skills if c not in withdrawn]


def _date_kept_by_the_corrected_level(
    text: str, matches: list[LexiconMatch], today: dt.date, result: Extraction
) -> None:
    """技师是2022年拿的 哦不对 我说错了 是高级工 技师还没考呢: the level is corrected, the date said for it stands."""
    cue = CORRECTION.search(text)
    undated = [c for c in result.held_skills if "obtained" not in c]
    if cue is None or len(result.held_skills) != 1 or not undated or find_date(text[cue.end() :], today):
        return
    before = [m.entry.canonical for m in matches if m.entry.kind == "skill_level" and m.start < cue.start()]
    said = find_date(text[: cue.start()], today)
    if said is not None and before and undated[0]["level"] not in before:
        undated[0]["obtained"] = said.value


def _date_said_to_stand(text: str, known: dict[str, Any], result: Extraction) -> None:
    """不是技师 是高级工 日期没错: the level told before is corrected, the date told with it stands."""
    told = [c for c in known.get("skill_certificates") or [] if "obtained" in c]
    undated = [c for c in result.held_skills if "obtained" not in c]
    if len(told) == 1 and len(result.held_skills) == 1 and undated and _DATE_STANDS.search(text):
        undated[0]["obtained"] = told[0]["obtained"]


_DATE_STANDS = re.compile(
    r"(日期|时间|日子|年份|年月)(没错|没变|不变|是对的|对的|没问题|一样)|同[一1]年|同年(拿|考|取)"
)


def _a_told_level_corrected(text: str, matches: list[LexiconMatch], known: dict[str, Any], result: Extraction) -> bool:
    """刚才说的高级工不对 是技师: the level told before, named before the correction, is the one replaced."""
    cue = CORRECTION.search(text)
    told = {c["level"] for c in known.get("skill_certificates") or []} - {c["level"] for c in result.held_skills}
    named_before = (
        any(m.entry.kind == "skill_level" and m.start < cue.start() and m.entry.canonical in told for m in matches)
        if cue
        else False
    )
    # 不对不对 是技师 刚才打错了, after one level was told: that level, put right (not 又考了技师: one more)
    in_its_place = (
        cue is not None
        and len(known.get("skill_certificates") or []) == 1
        and len(told) == 1
        and len(result.held_skills) == 1
        and sum(m.entry.kind == "skill_level" for m in matches) == 1
        and not _ADDS.search(text)
    )
    return named_before or in_its_place


def _role_in_context(
    text: str, match: LexiconMatch, clause: Clause, context: _Context, result: Extraction, matches: list[LexiconMatch]
) -> tuple[str, bool]:
    """The level's role (held / wanted / denied, and whether a cue said so), in the message and the conversation:
    a level said without a cue may be the one wanted (in reply to which level, or restating the wish)."""
    kind, certain = role(text, match, clause.start)
    said_again = _restates_the_wish(text, match, clause, context)
    title_holder = context.known.get("track") == "title_to_skill" or "title_held" in context.known
    asked_for = (
        context.pending_fact == "target_level"
        and (match.entry.kind != "skill_level" or title_holder)
        # 我副高都评了八年了 (not 高级工程师 不过…俺高级技师是2019年底拿的: another clause's)
        # (高级技师 技师是23年用职称申请下来嘞: the level held, dated)
        and not re.search(
            r"(我|阮|俺|额)[早就都也才只]{0,3}(的|是|有|(?=高级工|技师|高级技师))|评的|拿的|已经|(评|拿|考)(了|上)了?\s*\d+\s*年|是\s*\d{2,4}\s*年|申请下来|考下来|"
            r"我[^，,。]{0,6}的老",  # (我十几年的老工程师了: an old hand at the title held)
            clause.text,
        )
    )
    # 工程师, asked which title is held: the title held, not another wish (not 正高评得成评不成: the wish, asked)
    held_asked = context.pending_fact == "title_held" and not result.correction
    held_said = held_asked and not re.match(r"\s*(评|报|申报|申请|能|可以|行)", text[match.end :])
    wanted = (
        bool(_wanted_in_context(match, context, result) or _A_TITLE_TO_APPLY_FOR.search(text[: match.start]))
        and not held_said
    )
    # 跟我副高对应那个 / 20年通过贯通评的工程师: the one held
    owned = re.search(
        rf"(我|我的|俺|本人|{ALREADY}|(?<!想)(?<!要)(评|评上|拿|取得)的|(?<=[我俺])这个?|(?<=[我俺阮额])(才|只))\s*$",
        text[: match.start],
    )  # (额这高级工也就够这个: 我这, the level held)
    if not certain and _named_again_as_wanted(text, match, matches):
        return WANTED, True  # 高级工 我是想弄个技能等级的高级工: the bare word, then the same level as the wish
    if not certain and kind == HELD and _said_earlier_as(WANTED, text, match, matches):
        return WANTED, False  # 想考个高级工再评职称 先问问高级工以后几年能评助理: the wish, named again
    # (员级职称，想申请个食品检验员高级工，员级可不可以申请 / 高级工 员级可不可以申请, 员级 held: the title held, asked
    # about)
    held = context.known.get("title_held")
    held_before = context.known.get("track") == "title_to_skill" and held in (match.entry.level, match.entry.canonical)
    if kind == WANTED and (_held_earlier(text, match, matches) or (held_before and match.entry.kind != "skill_level")):
        return HELD, True
    if kind == HELD and (
        _the_wish_changed_to(text, match, clause, matches) or _the_wish_put_right(text, match, matches)
    ):
        return WANTED, True
    # 高级技师 一级呢, asked which level is held: 呢 said as 嘞 (云南话), the answer — not a level asked about
    said_as_held = re.match(r"\s*([一二三四五]级)?\s*呢\s*($|[，,。！!\s])", text[match.end :])
    if kind == WANTED and context.pending_fact == "skill_certificates" and said_as_held:
        return HELD, True
    # (中级职称 工程师那个 俺已经是技师了: a title said bare, then the skill level held set beside it: the title
    # wanted)
    bare = not certain or not text[clause.start : match.start].strip()  # (高级工程师 俺技师都八年了: no cue before it)
    skill_held_after = bare and match.entry.kind != "skill_level" and _SKILL_HELD_AFTER.search(text, match.end)
    if kind == HELD and not owned and (said_again or asked_for or (not certain and wanted) or skill_held_after):
        return WANTED, certain  # asked_for: 中级 哦 说错了 是副高, in reply to which level is wanted
    return kind, certain


# (俺技师都八年了 / 我都高级技师了还评啥子高级工: the same, with how long or a scoff)
_SKILL_HELD_AFTER = re.compile(  # (not 保健按摩师额技师: 额 as 的, in 沪语)
    r"(?:^|(?<=[\s，,。！!？?]))(我|俺|额)(已经|都已经|早就|都)?是?((?!想|要|申请|考|评|报|弄|整)[^，,。？?]){0,6}(高级工(?!程)|技师|高级技师)(都|已经)?"
    r"([^，,。？?]{0,4}年)?了?(?=[，,。！!？?\s还]|$)"
)


def _the_wish_put_right(text: str, match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    """想申请高级技师。不对 应该是技师吧: the level wished for, put right just after the correction."""
    cue = CORRECTION.search(text)
    if (
        cue is None
        or cue.end() > match.start
        or not re.fullmatch(r"[\s，,。]*(应该|其实)?(是)?", text[cue.end() : match.start])
    ):
        return False
    return any(
        m.entry.kind == match.entry.kind
        and m.end <= cue.start()
        and role(text, m, clause_at(text, m.start).start)[0] == WANTED
        for m in matches
    )


def _the_wish_changed_to(text: str, match: LexiconMatch, clause: Clause, matches: list[LexiconMatch]) -> bool:
    """想评个助理农艺师 哎 还是农艺师嘛: another level wished for instead (还是 … 吧), after a wish."""
    rather = re.search(r"(还是|干脆)\s*$", text[clause.start : match.start]) and re.match(
        r"[^，,。]{0,2}(吧|嘛|好|算了|得了)", text[match.end :]
    )
    return bool(rather) and any(
        role(text, m, clause_at(text, m.start).start)[0] == WANTED for m in matches if m.end <= clause.start
    )


def _held_earlier(text: str, match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    # (…副高可以直接申请吧: the same, asked as a guess)
    asked_about = re.match(
        r"[^，,。]{0,3}(可不可以|能不能|能否|行不行|中不中|成不成|得不得行|(可以|能)[^，,。]{0,6}(吧|吗|么|不|伐))",
        text[match.end :],
    )  # (俺这员级中不中: 河南话)
    return match.entry.kind == "title_level" and bool(asked_about) and _said_earlier_as(HELD, text, match, matches)


def _said_earlier_as(kind: str, text: str, match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    """The same level said before in the role `kind` (正高级工程师…不知道正高级可不可以: the title's level, by
    either name)."""
    return any(
        (m.entry.level or m.entry.canonical) == (match.entry.level or match.entry.canonical)
        and m.start < match.start
        and role(text, m, clause_at(text, m.start).start)[0] == kind
        for m in matches
    )


def _named_again_as_wanted(text: str, match: LexiconMatch, matches: list[LexiconMatch]) -> bool:
    return any(
        other.start > match.end
        and other.surface == match.surface  # the same word said again (not 哪一级 after 高级技师)
        and role(text, other, clause_at(text, other.start).start) == (WANTED, True)
        for other in matches
    )


def _the_word_it_names(
    text: str, match: LexiconMatch, clause: Clause, earlier: list[LexiconMatch]
) -> LexiconMatch | None:
    """能整个高工不？就是高级工程师那个: the ambiguous word said before, of which this names the reading."""
    if not re.search(r"(就是|是指|指的是|我说的是)\s*$", text[clause.start : match.start]):
        return None
    return next(
        (m for m in reversed(earlier) if m.entry.kind == "ambiguous" and match.entry.canonical in m.entry.ambiguous),
        None,
    )


def _restates_the_wish(text: str, match: LexiconMatch, clause: Clause, context: _Context) -> bool:
    """我说的是助理会计师，不是中级 / 我说的是工程师职称 不是技师: a title said to correct or name the title wanted
    (by someone who has not said they hold one)."""
    said_again = bool(re.search(r"(说|指|问)的是\s*$", text[clause.start : match.start]))
    # 工艺美术 就是高级工艺美术师, asked which series of 副高级: the title wanted, named in its series
    # (工程系列 就是工程师, asked what was meant: the same)
    named_in_its_series = context.pending_fact == "series" or re.search(
        r"系列[的嘞]?[\s，,]*(就是|也就是)\s*$", text[: match.start]
    )
    said_again = said_again or (
        bool(named_in_its_series) and match.entry.level == context.known.get("target_level") is not None
    )
    wished_before = context.known.get("target_level") in titles() or "title_held" not in context.known
    return bool(said_again) and match.entry.kind != "skill_level" and wished_before


# 评职称 助理工程师 / 想整个职称，工程师: the title named right after the wish to apply for one
_A_TITLE_TO_APPLY_FOR = re.compile(r"(评|申报|报|整|弄)个?职称[\s，,]*$")


def _wanted_in_context(match: LexiconMatch, context: _Context, result: Extraction) -> bool:
    """A level named without a cue is the one wanted: in reply to "您想申报哪一级？"; a title correcting
    the title wanted (应该是助理工程师，不是工程师); a title named on the skill-to-title track by
    someone who has said no title of their own; a skill level named on the title-to-skill track by someone who
    has said no certificate (护师 想考个养老护理员的技能等级…, then 技师吧; 工程师, asked which 高工 was meant: 高级工
    我都是工程师了…想弄个技能等级)."""
    if context.pending_fact == "target_level":
        return True
    if match.entry.kind == "skill_level" and context.pending_fact == "skill_certificates":
        return False  # 汽车装调工 高级技师, asked which level is held: held, whoever asks
    if match.entry.kind == "skill_level":
        title_holder = context.known.get("track") == "title_to_skill" or (
            "title_held" in context.known and "track" not in context.known
        )
        return title_holder and "skill_certificates" not in context.known
    if match.entry.kind not in ("title_level", "series_title") or "title_held" in context.known:
        return False
    wanted_before = context.known.get("target_level") in titles()
    skills_only = bool(context.known.get("skill_certificates")) and "target_level" not in context.known
    return (result.correction and wanted_before) or context.known.get("track") == "skill_to_title" or skills_only


def _part_of_an_exam(text: str, matches: list[LexiconMatch], index: int) -> bool:
    """中级统计师 / 软考，系统集成项目管理工程师: the level of an exam, not the person's (会计中级职称: a title)."""
    match = matches[index]
    if match.surface.endswith("职称") or re.match(r"\s*职称", text[match.end :]):
        return False
    following = matches[index + 1] if index + 1 < len(matches) else None
    if following and following.entry.kind == "exam" and following.start == match.end:
        return True
    # the nearest exam before it, past words like 专业技术人员 / 职业资格 (出版专业技术人员职业资格中级)
    previous = next((m for m in reversed(matches[:index]) if m.entry.kind != "concept"), None)
    if match.entry.kind == "skill_level" or not (previous and previous.entry.kind == "exam"):
        return False  # 通信线务员高级工: a skill level is never part of an exam's name
    if match.start - previous.end > (16 if "资格" in text[previous.end : match.start] else 8):
        return False
    between = text[previous.end : match.start]
    if match.entry.kind == "title_level" and re.fullmatch(r"(资格)?(考试)?[\s，,、？?]*", between):
        # 统计师 中级那个 / 能不能报通信工程师考试？中级的: the exam's level
        return not PERSON.search(clause_at(text, match.start).text)
    return not re.search(r"[，,。；;\s]|是|有|想|评|考|我|他|她|系列", between)


# Words right after (ahead) or before (behind) a level that say it is not one the person holds or wants.
_BESIDE = (
    (r"傅", None),  # 老中药师傅: a master, not the title
    (r"(证书?)?(都|也)(还)?(没有|没得|没|冇|莫得)(?=[\s，,。]|$)", None),  # 初级证都没得: not even that one
    # 技师要求的年限他是够的: the level's rule (not 想问评工程师年限够了没得: the years for the level wanted)
    (r"(的)?(要求|规定|标准|申报条件|条件|年限)(?!够了?(没|吗|不|么))", None),
    # 专业技术人员取得副高级职称可以申请哪一级: a kind of person, the rule's
    (None, r"(专业技术人员|专技人员|技能人才|人员)(取得|获得|具有|具备|拿到)了?$"),
    # 想自己组织技师评工程师 / 自己搞职称评审 畀厂里啲技师(畀啲技师)评工程师: the organiser's applicants, not the person
    # (俺们厂里几个技师老想评工程师…能不能俺们厂自己组织评: the firm's workers)
    (
        None,
        r"自己(组织|搞|给|开展)[^，,。\s]{0,4}$|(给|畀|让)((厂里|单位里?|公司里?|车间里?)(的|啲)?|啲|些|一些|呢啲|那啲)$|(厂里|单位里|公司里)(的)?几个$",
    ),
    # 技师撒 对应中级嘛: what a level corresponds to, not one held or wanted
    (None, r"(对应|相当于|等同于?)$"),
    # 我们想招几个持技师证的电工: those to be hired, not the person
    (None, r"(想|要|准备|打算)招[^，,。]{0,6}$"),
    # 读高级工班，明年毕业就能拿高级工证 / 毕业就有高级工: a class, a level to come
    (r"(班|专业)", r"(毕业|以后|将来|明年|到时候)[^，,。]{0,6}(就|才)?(能|会|可以)?(拿|发|有)(到)?$"),
    (r"还是[^，,。]{0,2}(啥|什么|哪个|哪样|别的)", None),  # 是评农艺师还是评啥子: not decided
    # 是不是非得先有高级工 / 不想从高级工开始考: a condition asked about
    (None, r"(先|得|要|必须|需要)(有|考|拿)$|(得|要|先|还是|不想|不用|不)从$"),
    (r"\s*(及|或者?)?以上(的)?(才|就)(行|可以|能)", None),  # 还是说必须高级工以上才行: the condition asked
    # 退休的时候技师有没有补贴 / 技师津贴还有吗 / 我们厂技师每月有两百块: what the level brings
    (r"\s*((有没有|有|能不能拿|能拿|能领)(啥|什么)?)?(补贴|津贴|待遇|奖励|工资|钱)|\s*每(个)?月", None),
    # 先评个助理的吧，副高太难了: a level set aside
    (
        # (高级技师我这个中级怕是不够: what the person has, said as too little for it)
        r"\s*(的)?(那个?(是)?(?=想都|不敢))?(我|他|她|咱|俺)?(这个?[^，,。\s]{1,3}(?=怕是|怕|估计))?(也|都)?(估计|怕是|怕|肯定|知道|晓得)?(年限|年头)?还?(想都不敢想|太难|太高|"
        r"不想(?!干?等|熬|排队|再|先|一级|从|(评|报|要|考|走)[^，,。]{0,2}(助理|中级|副高|正高|员级|初级))|"
        r"等(我|俺)[^，,。]{1,10}(以后|之后)?再(说|评|报|讲)|就算了|算了(?!下|一下|算)|不考虑|没戏|够不着|够不上|没希望|以后再说|不敢想|哪(里)?敢想|(我知道|我晓得)?还?不够(?![^，,。\s]{0,3}的话)|"
        # 再评助理划不来 / 高级技师那得等以后 / 高级工程师那得写论文 整不了
        # 高级技师还早 / 早着呢: not yet in reach
        r"(?<=还)早(着)?(呢|哩|嘞|咧)?(?=[\s，,。]|$)|早着(呢|哩|嘞|咧)?|划不来|不划算|犯不上|没必要|(那)?(得|要)?等(以后|将来|下次|明年)(?![吗么？?])|那得[^，,。]{0,6}[\s，,]*(整不了|搞不了|弄不了))",
        None,
    ),
    # 高级技师我晓得够不上 / 够不到 / 正高我晓得评不上
    (r"\s*(我|他|她|俺)?(晓得|知道)(是)?(够不着|够不上|够不到|不够|评不上|评不到)", None),
    # 正高我也想 但估计够不着: a wish the person gives up as out of reach
    (
        r"\s*(我|他|她)?(也|倒是)?(想|想评|想要)?[，,\s]*(但|可是|不过)[^，,。]{0,4}(估计|怕是|恐怕|应该)?"
        r"(够不着|够不上|评不上|没戏|没希望)",
        None,
    ),
    (r"(职称)?(评委会|评审委员会|评审会)", None),  # 工程系列初级评委会: the committee's level
    (None, r"(有人|人家|别人|听人)(说|讲)$"),  # 厂里有人说技师就中: the rule heard
    (r"那样(的|子)?", None),  # 正高…那玩意儿得是大学教授那样的: a kind of person compared
    (
        r"(那|这)条(路|道)",
        r"(有人|别人|人家)[^，,。]{0,2}(评|拿|考)(过|了|上)$",
    ),  # 工艺美术师那条路: the series' way; 有人评过工程师
    (None, r"(要是|如果|假如)[^，,。]{0,4}(可以|能行|行|能)的话[^，,。]{0,2}$"),  # 助理的吧 要是可以的话中级也想试试
    (None, r"(缺|缺少|要招|招)(个|一个|几个)?$"),  # 车间缺技师: one the workshop lacks
    (None, r"(在聘|聘用|聘任)的?$"),  # 企业里在聘的技师…能不能比照: those employed as such, a kind of person
    # 先评助理吧 够年限再冲工程师: the next step, for later
    (
        None,
        r"先[^。？?]{1,12}[，,\s]+(以后|将来|到时候|够[^，,。]{0,4}|满[^，,。]{0,4})再(冲|评|报|考|申报|往上)(个|一个)?$",
    ),
    (r"(证)?(下来|出来|考(下来|出来|过|完))", r"(?<![一二三两几]|年)(等|等到|等着)$"),  # 等技师下来了再说: awaited
    # 给厂里的技师评工程师: the levels of those the firm would evaluate
    (
        None,
        r"给(厂里|公司|单位|车间|店里|企业|我们|咱们)(的)?$|"
        # (想给钢筋工张师傅报助理工程师 / 想给我们厂高级技师陈师傅报正高 / 给车间高级技师老杨报正高: one person, named)
        rf"给(?![^，,。]{{0,4}}[一1](个|名|位))[^，,。]{{0,8}}((?<![{SURNAMES}])师傅|员工|职工|工人|技师|高级工|高级技师|他们|大家)"
        rf"(?![{SURNAMES}](师傅|师父|老师|工)|[老小][{SURNAMES}])[^，,。]{{0,3}}(评|报|申报)$",
    ),
)


_TREATMENT_ASKED = re.compile(
    r"\s*(能不能|可不可以|能否|能|可以)(申请|享受|领|办)[^，,。？?]{0,6}(公寓|补贴|住房|房子|户口|落户|待遇|奖励|贷款)"
)


def _a_kind_asked_about(before: str, after: str, surface: str) -> bool:
    """技师能不能申请人才公寓 / 拿了技师证能领技能补贴不: a treatment asked of a kind of person (not 有技师证能不能
    申请创业贷款: one held)."""
    held = re.search(r"(有|持有)\s*$", before)
    return bool(_TREATMENT_ASKED.match(after)) and not held


def _set_aside(before: str, after: str) -> bool:
    """能上副高就上副高，不行中级也行: the fall-back, not the wish; 副高再说 / 等够年限了再冲工程师: set aside (not
    先评个工程师再说, the level wanted first)."""
    # (not 正高我晓得评不上 就副高: the higher one known out of reach, the one chosen)
    settled_for = re.search(rf"{_FALLS_SHORT}(的话)?\s*(就|再说|再看)?$", before) and not re.search(
        rf"(晓得|知道|清楚|明白)[^，,。\s]{{0,3}}{_FALLS_SHORT}", before
    )
    # (正高伐 勿来事就副高 / 正高不行再说副高: the 就 or 再说 says it is the fall-back too)
    fallback = settled_for and (
        re.match(r"[^，,。]{0,2}(也行|也可以|也成|也中|也好|也得|也要得)", after)
        or before.endswith(("就", "再说", "再看"))
    )
    later = re.match(r"\s*(以后|之后|将来)?再(说|讲)", after) and not re.search(r"先[^，,。]{0,4}$", before)
    after_a_wait = re.search(r"(等|以后|然后)[^，,。]{0,8}再(冲|评|报|考|上|弄|申报)$", before)  # 等够年限了再冲工程师
    # 不用按技师三年评工程师那么一级一级来: the way not taken
    not_taken = re.search(r"不(用|必|需要)(按|走|先)[^，,。]{0,10}(评|报|考|申报)$", before)
    not_wanted = re.search(r"不想(再|先)?(走|评|报|要|考|弄|搞|申报)(个|那个)?$", before)  # 不想再走中级了: passed over
    not_wanted = not_wanted or re.search(r"总不能(去|再)?(考|评|报|弄|搞)(个|一个)?$", before)  # 总不能去考个高级工嘛
    not_wanted = not_wanted or re.search(r"(就|也|都)不(整|评|报|弄|搞|考)(个|那个)?$", before)  # 就不整助理了
    # 副高就不报了 / 助理的没嘛意思 / 助理的他嫌没意思: the level skipped
    skipped = re.match(r"\s*(就|也|都)?(不|唔)(报|评|考|要|申报|申请|走)了", after) or re.match(
        r"(的|嘞)?[^，,。]{0,3}(没|冇|莫)(得)?(啥|嘛|什么|哪样|多大)?意思", after
    )
    return bool(fallback or later or after_a_wait or not_taken or not_wanted or skipped)


def _what_it_would_bring(before: str, after: str) -> bool:
    """评上中级单位给不给涨工资 / 评了高级工程师退休工资要高 / 评上技师能不能落户广州: what the level would
    bring, not one held."""
    # (现在评个副高 退休金会不会高点: the level supposed, for what it would bring)
    supposed = re.search(r"评个$", before) and re.match(r"[\s，,]*(退休金|退休工资|工资|待遇)", after)
    return bool(supposed) or bool(
        re.search(r"评[上了到]$|(拿到|考上)了?$", before)  # (评到工程师嘅话可唔可以入户)
        and re.match(
            r"[^，,。]{0,4}(给不给|会不会|能不能|有没有)(涨|加|多|调|进|转)|[^，,。]{0,2}(退休|以后|之后|工资|待遇)|"
            r"[^，,。]{0,4}(能不能|可不可以|可唔可以|能唔能|能否|能|可以)[^，,。]{0,8}(落户|入户|加分|补贴|买房|分房|积分|户口|聘|转|入编|编制)|"
            r"[^，,。]{0,6}(涨|加|多)[^，,。]{0,2}(多少|几)|[^，,。]{0,3}不给(涨|加|聘)",  # 评上副高单位要给我涨多少钱
            after,
        )
    )


def _a_level_of_the_person(text: str, match: LexiconMatch, clause: Clause, in_context: bool) -> bool:
    if match.entry.kind not in _LEVEL_KINDS:
        return False
    if (
        _GRADE_ALIAS.fullmatch(match.surface)
        and (
            _NOT_A_GRADE_BEFORE.search(text[: match.start])
            or text.startswith(match.surface, match.end)
            or text.startswith("级", match.end)  # 不想一级级慢慢搞: step by step
            or re.match(
                r"(教练|演员|运动员|裁判|编剧|导演|作曲|指挥|播音|律师|建造师|造价)", text[match.end :]
            )  # 一级教练
            or text[: match.start].endswith(match.surface)
            or re.search(
                r"[A-Za-z]\s*$|(翻译|口译|笔译|日语|英语|俄语|法语|德语|韩语)[^，,。]{0,6}$", text[: match.start]
            )  # CATTI二级: the exam's
        )
    ):
        return False  # 哪一级 / 第三级 / 不走那一级一级的: not a skill grade
    after, before = text[match.end :], text[: match.start]
    if _said_beside(before, after):
        return False
    if match.entry.kind != "skill_level" and re.match(r"(的)?岗位?(?!证)", after):
        return False  # 普通技术员岗位: a post, not a title
    # (帮我写个申报材料 技师评工程师那种: the kind of application, no one's levels; 技师评工程师的时候
    # 评委里头有没有技能人才: the evaluation of its kind)
    kind_of_route = re.fullmatch(
        _ROUTE_BETWEEN_LEVELS.pattern + r"((那种|这种|那类|之类)(的)?|的时候|时)", clause.text.strip()
    ) or _A_ROUTE_TAKEN.fullmatch(clause.text.strip())
    if _set_aside(before, after) or _a_kind_asked_about(before, after, match.surface) or kind_of_route:
        return False
    if re.search(r"(取得|拿到)$", before) and re.match(r"(证书?)?(后|以后|之后)", after) and not clause.personal:
        return False  # 取得技师后满3年能报中级: the rule quoted, not a level of the person
    if _beside_the_persons_own(before, after, match) or _of_those_who_hold_it(before, after):
        return False

    if match.surface in ("技术员", "实验员") and _a_technicians_post(before):
        return False
    if _not_said_for_sure(text, match, clause):
        return False
    return about_the_person(clause, in_context) and not _topic_of_a_question(text, clause)


def _of_those_who_hold_it(before: str, after: str) -> bool:
    """厂里说有高级工证的能多点补贴: those who hold the level, as someone said, not the person."""
    said_of_holders = re.match(r"(证|证书)?的(人)?(能|可以|就|都|会|才)", after)
    return bool(said_of_holders and re.search(r"(说|讲|规定)[^，,。]{0,4}有$", before))


def _said_beside(before: str, after: str) -> bool:
    """Words right before or after a level that say it is not one the person holds or wants (_BESIDE)."""
    if re.search(r"(干脆|索性)(整|评|报|上|弄|搞|申报)个?$", before) and re.match(r"\s*算了", after):
        return False  # 那干脆整正高算了: might as well go for it — the wish, not one given up
    return any(
        (ahead and re.match(ahead, after)) or (behind and re.search(behind, before)) for ahead, behind in _BESIDE
    )


def _beside_the_persons_own(before: str, after: str, match: LexiconMatch) -> bool:
    """A level named for something other than what the person has or wants: what it would bring, the title a skill
    level was applied with, the fee for it (他问考技师的报名费是多少), or a step asked about (想申请高级工评价，
    是不是得先考个中级工才行) or the one another corresponds to (高级技师 对应副高那个)."""
    fee = re.match(r"(证|考试)?的?(报名费|考试费|鉴定费|评审费|培训费|费用|学费)", after)
    step = re.search(r"先(考|拿|评|弄)(个|一个)?$", before) and re.match(r"(证)?(才行|才能|才可以)", after)
    # 孩子读中职: the school, not a 中级 title
    school = match.surface == "中职" and (
        re.search(r"(读|上|念|考上?)了?(个)?$", before) or re.match(r"(毕业|学校|生|学历|文凭)", after)
    )
    counterpart = re.search(r"对应(的是|的|着|于)?$", before) and re.match(r"(的)?(那个|那种|那一?级)", after)
    # 想问企业自己评的高级工程师跟去省里评的…: a title by who awards it, asked about
    # (not 我是厂里自己评的工程师: one's own)
    by_whom = (
        match.entry.kind != "skill_level"
        and re.search(r"(企业|单位|公司|厂里?|省里|市里|自己|自主)[^，,。我俺]{0,4}评(审)?的$", before)
        and not re.search(r"(我|俺)(是|有|的)[^，,。]{0,8}$", before)
    )
    return bool(
        _what_it_would_bring(before, after)
        or _a_title_said_again_as_the_means(before, after, match)
        or fee
        or step
        or school
        or counterpart
        or by_whom
    )


def _a_title_said_again_as_the_means(before: str, after: str, match: LexiconMatch) -> bool:
    """我是工程师，17年评的中级，去年用工程师职称申请的钳工技师: the title held, said again as what the skill level
    was applied with — not a second title, nor dated by that clause."""
    earlier = load_lexicon().find(re.sub(r"[^，,。]*$", "", before))
    return (
        match.entry.kind != "skill_level"
        and said_as_the_means(before, after)
        and any(m.entry.kind in ("title_level", "series_title") for m in earlier)
    )


# 用工程师职称申请的技师: the title a skill level was applied with
# 前年用工程师职称申请的技师 / 我用工程师职称前年三月份申请的钳工技师: the title as the means
_TITLE_AS_THE_MEANS = re.compile(rf"[^，,。]*{MEANS}[^，,。]{{0,6}}(职称|工程师|助工)[^，,。]{{0,10}}{APPLYING}")


def _a_technicians_post(before: str) -> bool:
    """病案信息技术员: part of an occupation's name; 在车间管数控设备的技术员 / 合作社嘞技术员 / 化验室的实验员: a post
    described — not the title."""
    return bool(
        re.search(r"[^是个名当为做的有叫，,。\s]$", before)  # (俺那个叫技术员: the title's name)
        or re.search(r"(管|负责|搞|做)[^，,。]{1,10}的$|(厂|基地|公司|车间|站|所|场|矿|社|室|队|中心)的$", before)
    )


_A_WISH_PUT_RIGHT_BEFORE = re.compile(
    r"(想|要)(申请|评|考|报|弄)[^。]{0,12}。?\s*(不对|说错了)[\s，,。]*(应该|其实)?是?$"
)


def _not_said_for_sure(text: str, match: LexiconMatch, clause: Clause) -> bool:
    """好像是四级还是三级，记不清了: neither is known; 我好像是高级工吧，证在我妈那，记不清了: not for sure."""
    # (她儿子是技师 也可能是高级工 她也搞不清: the first, then another it may be)
    either = re.match(r"\s*(还是|或者|或是|也可能是?|也许是?|又(好像|好似)[是系]?)", text[match.end :]) or re.search(
        r"(还是|或者|或是|也可能是?|也许是?|又(好像|好似)[是系]?)\s*$", text[: match.start]
    )
    if either and (re.search(r"好像|好似|记不|不清|忘|不确定|不记得", text) or _TO_LOOK_UP.search(text)):
        return True  # (技术员还是助理 我得回家翻翻证: one or the other, to be looked up)
    # (好像是考过个高级工 也记不太清了)
    hedged = re.search(
        r"(好像|似乎|可能|大概|应该)(是|有)?[^，,。]{0,2}(考过|拿过|有)?个?$", text[clause.start : match.start]
    )
    hedged = hedged or re.match(r"\s*(也可能|也许|说不定)", clause.text)
    # (想申请高级技师。不对 应该是技师吧: the wish put right, hedged — still the wish)
    put_right = _A_WISH_PUT_RIGHT_BEFORE.search(text[: match.start])
    return (
        bool(hedged)
        and not put_right
        and bool(
            re.match(r"[^，,。]{0,2}吧", text[match.end :])
            or re.search(r"记不|不清|不确定|不记得", text)
            or _TO_LOOK_UP.search(text)
        )
    )


# 技师还是高级技师来着，整不明白 / 最高能报到哪一级？中级还是副高: which one is not known, or is asked
_NOT_SURE_WHICH = re.compile(
    r"来着|(整|搞|弄)[不勿](明白|清楚?|清爽)|记[不勿](清|得|牢|住)|不(太)?(清楚|确定|记得|懂)|"
    r"(要|得)(先)?问(问|一下)?[^，,。]{0,6}(班长|师傅|人事|领导|车间主任)|(我|俺)(要|得)(先)?问|哪一?级|[？?]|看着办|你(来)?定|帮(我|俺)?(看看?|瞧瞧|参谋|选)|"
    r"你(帮我)?看(看)?哪(个|一个|样)"  # 助理工程师还是工程师 你看哪个能上
)
_EITHER_LEVEL = re.compile(
    r"(好像|可能|也许|应该)[^，,。]{0,3}是?(中级工|高级工|技师|高级技师)[^。]{0,6}(也可能|也许|或者)是?(中级工?|高级工|技师|高级技师)"
)
_LEFT_TO_US = re.compile(
    r"哪个能(评|报|上)就(评|报|上)哪个|能(评|报)哪个就(评|报)哪个|哪个都(行|可以|中|成)|(?<=级|高)都(行|可以|中|成)"
)
_LEVEL_WORD = r"(副高|正高|中级|助理|高级工|技师|高级技师)"
_TWO_LEVELS = re.compile(rf"{_LEVEL_WORD}\s*(和|跟|、|/|或)?\s*{_LEVEL_WORD}")
# a level or title, as the end of its word (工程师, 高级技师, 三级…)
_A_LEVEL_SAID = r"(高级工|技师|高级技师|[一二三四五]级|中级|副高|正高|助理|师)"
_UNDECIDED = re.compile(
    rf"((?<!老){_A_LEVEL_SAID}|职称)[^，,。]{{0,5}}(还是|或者|或是|或|定系|抑或)[^，,。]{{0,5}}{_A_LEVEL_SAID}|"
    # 助理级中级都行: two levels side by side, either will do
    r"(助理|中级|副高|正高|技师)级?[、和跟/\s]?(助理|中级|副高|正高|高级工|技师)级?[^，,。]{0,2}都(行|可以|中|成|好)"
)
# 工程师跟高级工程师 能评哪个: two levels named together, then asked which of them
_TWO_NAMED = re.compile(rf"{_A_LEVEL_SAID}[^，,。]{{0,5}}(和|跟|与|同)[^，,。]{{0,6}}{_A_LEVEL_SAID}")
_WHICH_OF_THEM = re.compile(r"[\s，,]*[^，,。？?]{0,4}(哪个|哪一个|哪一?级|哪样)")
# 高级工评了助理工程师以后 还能再考技师吗: what follows a route taken, asked of anyone
_A_ROUTE_TAKEN = re.compile(
    r"(高级工|技师|高级技师)(评|报|申报)(了|上)(助理级?|中级|副高级?|正高级?|[助高]?[^，,。]{0,4}师)"
    r"(以后|之后|后)"
)
_ROUTE_BETWEEN_LEVELS = re.compile(
    r"(高级工|技师|高级技师|[三二一]级工?)(评|报|申报|考|晋升?|升)(助理级?|中级|副高级?|正高级?|[助高]?[^，,。]{0,4}师|[^，,。]{0,4}职称)"
)


# 在十堰一个汽车厂干车身修理: where the person works and what they do, no 我 said
_AT_WORK = re.compile(
    r"\s*在[^，,。]{1,12}(厂|公司|车间|工地|矿|医院|酒店|饭店|单位|站|段)[^，,。]{0,4}(干|做|搞|当|开|修)"
)


def _an_occupation_said(said: str) -> bool:
    """起重装卸机械操作工 / 电工 / 门机司机, said alone before a bare level: the person's trade (not 高级工)."""
    return bool(re.fullmatch(r"\s*[\u4e00-\u9fa5]{1,10}(工|员|司机|手)\s*", said)) and not _names_a_level(said)


# 三峡电厂嘞水轮机检修 / 格尔木盐湖化工干电工: the trade at a workplace, said before the level
_THE_TRADE_AT_A_WORKPLACE = re.compile(
    r"\s*[^，,。\s]{2,12}(厂|公司|车间|工地|矿|医院|酒店|饭店|电站|化工|集团)(的|嘞|干|做|开|当)[^，,。\s]{1,8}"
)


# 大理剑川做木雕的: what one does for a living, said of oneself
_WHAT_ONE_DOES = re.compile(r"[^，,。？?]{0,8}(做|干|搞|开|修|跑)[^，,。？?]{1,6}的")


def _topic_of_a_question(text: str, clause: Clause) -> bool:
    """正高级职称，技能的人有没有路子: a clause that only names a level (no person, no cue, no date) is
    the topic of the general question or comparison right after it."""
    a_route = _ROUTE_BETWEEN_LEVELS.fullmatch(clause.text.strip())  # 高级工评助理级，要不要大专学历: a rule asked about
    if clause.personal or (re.search(r"是|有|拿|考|评|想|申请|报|\d", clause.text) and not a_route):
        return False
    earlier = [c for c in clauses(text) if c.end <= clause.start]
    if any(
        (
            c.personal
            or _AT_WORK.match(c.text)
            or WORKPLACE_SAID.fullmatch(c.text)
            or _THE_TRADE_AT_A_WORKPLACE.fullmatch(c.text)
            or _an_occupation_said(c.text)
            or _WHAT_ONE_DOES.fullmatch(c.text.strip())
        )
        and not re.search(r"问|请教|咨询|了解", c.text)
        for c in earlier
    ):
        # 我在水泥厂上班，四级工，想评助理工程师要多久 / 在十堰一个汽车厂干车身修理 技师 评工程师要考试吗: said
        # after the person describes themselves
        return False
    if re.fullmatch(
        r"[^的]*[\u4e00-\u9fa5]+(?<!高级|中级|初级)(工|师|员)(技师|高级技师|高级工|[一二三四五]级)", clause.text.strip()
    ):
        return False  # 咖啡师技师，这个算不算新兴职业 / 互联网营销师二级: the person's occupation and level, said first
    following = [c for c in clauses(text) if c.start >= clause.end]
    if a_route and any(c.personal and a_route.group(1) in c.text for c in following):
        return False  # 高级技师评高级工程师 要几年？我19年拿的高级技师: the route from the level the person holds
    # 工程师 技师 哪个大: the bare levels before a comparison are what it compares
    asked = next((c for c in following if not (_names_a_level(c.text) and len(c.text.strip()) <= 5)), None)
    # 高级工程师，要是不够的话工程师也中 / 助理的吧 要是可以的话中级也想试试: the wish, then another way
    settles_for = asked is not None and (
        _FALLBACK.search(asked.text) or re.search(r"的话[^，,。]{0,6}也想", asked.text)
    )
    return asked is not None and (asked.general or asked.comparison) and not settles_for


def _none_held(text: str, denied_skill: bool, result: Extraction, pending_fact: str | None) -> None:
    """没有证书 / 还没有高级工证: no skill certificate at all (没有职称证书 is about a title; 啥也没评上过, asked
    about honours, is about honours; 没评过 啥都没有, asked about a title, is about titles)."""
    if pending_fact and not pending_fact.startswith("skill_certificates") and not re.search(r"证|等级", text):
        return
    none_held = _NONE_HELD.search(text)
    clause = clause_at(text, none_held.start()) if none_held else None
    if none_held and clause and "职称" in text[max(clause.start, none_held.start() - 4) : none_held.end()]:
        none_held = None  # 职称证书没有 (not 评艺术系列的职称 我没有什么证: the title is in another clause)
    if none_held and clause and _said_of_a_group(text, clause):
        none_held = None  # 十几个绣娘，大多数没得证 / 好多做豆腐的老师傅 都没证: a group, not the person
    asked_another = pending_fact and not pending_fact.startswith("skill_certificates")
    if none_held and clause and asked_another and not re.search(r"证|等级", clause.text):
        none_held = None  # 荣誉没有 啥也没有 对了 你们这能帮查证书真假不: the honours denied, a certificate asked about
    if (
        none_held
        and clause
        and re.search(r"(那会儿?|那时候?|那阵子?|当时|早先)[^，,。]{0,3}$", text[clause.start : none_held.start()])
    ):
        none_held = None  # 早先15到17年去南方打过工 那会儿还没证呢: none then, not now
    # (不是工程师那个高工…想再弄个高级工的技能等级: the level wanted, not one denied held)
    certificate_told = any(re.search(r"证|等级", c.text) and not _WANTED.search(c.text) for c in clauses(text))
    if not result.held_skills and (none_held or (denied_skill and certificate_told)):
        result.set("skill_certificates", [], none_held.group() if none_held else text)


_WANTED = re.compile(r"想|要(?!求)|打算|准备|弄个|考个")


def _said_of_a_group(text: str, clause: Clause) -> bool:
    of_some = re.search(r"大多数|大部分|多数|有的|一些|好些", clause.text)
    # (俺们厂里好多老师傅都没证: the group named in the same clause)
    group_before = any(c.group for c in clauses(text[: clause.start]))
    return bool(of_some or clause.group or (re.match(r"\s*都", clause.text) and group_before))


_MONTH_ALONE = re.compile(r"(?<![\d年])(\d{1,2})\s*月(份)?")


def _in_the_known_year(text: str, context: _Context) -> str:
    """五月 / 考是四月，证是五月发的, asked the month of a certificate known by its year: that year's month
    (the issue date when both are said)."""
    certificates = context.known.get("skill_certificates") or []
    year = str(certificates[-1].get("obtained", "")) if certificates else ""
    months = list(_MONTH_ALONE.finditer(text))
    if context.pending_fact != "skill_certificates_obtained" or len(year) != 4 or not months or re.search(r"年", text):
        return text
    issued = next((m for m in months if re.search(r"证|发", clause_at(text, m.start()).text)), months[-1])
    return f"{year}年{issued.group(1)}月"


def _no_date_settled(text: str, today: dt.date, result: Extraction, pending_fact: str | None) -> bool:
    """一六年还是一七年 / 他老婆说是20年拿的 他自己说21年: no date of the level is settled (asked when the certificate
    came, the two years offered are kept aside)."""
    if not (_no_date_of_the_level(text, pending_fact) or _date_unsettled(text, today)):
        return False
    if pending_fact == "skill_certificates_obtained":
        result.dates_offered = either_date(text, today)
    return True


def _date_alone(text: str, today: dt.date, result: Extraction, pending_fact: str | None) -> None:
    """不对，是2021年拿的 / 2019年 (asked when) / 拿了六年了: a date or duration for what was said before."""
    if not _a_date_said(text, result, pending_fact):
        return
    text = _said_of_the_certificate(text)
    if not text or _no_date_settled(text, today, result, pending_fact):
        return
    text = without_what_is_said_again(text)  # 不是今年 是前年
    text = blanked(text, [c for c in clauses(text) if re.search(r"换发|补发|换的新证|换证", c.text)])  # a reissue
    text = blanked(text, [c for c in clauses(text) if _THE_FIRMS.search(c.text)])  # 我们合作社去年评了个示范社
    text, issue = _as_issued(_as_asked_for(text, pending_fact, today), today, pending_fact)
    if issue:
        result.corrected_date = issue  # 四年前考的，证是同年十一月发的: the certificate dates from its issue
        result.spans["corrected_date"] = text
    elif full := _FULL_THIS_YEAR.search(text):
        held = _held_in_full(full, today)  # 今年三月份刚好满三年: how long
        result.corrected_date, result.corrected_years_held = held.get("obtained"), held.get("years_held")
        result.spans["corrected_date"] = full.group()
    elif (found := _said_date(text, today, result.correction)) is not None:
        if reviews.dates_a_review(text, found.end):
            return  # 去年合格，前年还评了个优秀: the reviews' years
        result.corrected_date = found.value
        result.spans["corrected_date"] = text[found.start : found.end]
    elif pending_fact == "title_obtained" and (span := _title_span(text, today)):
        result.corrected_date = months_before(today, round(span[0] * 12))  # 评上有五年了
        result.spans["corrected_date"] = span[1]
    elif (
        pending_fact == "skill_certificates_obtained"
        # 是不是满两年我也说不准 / 满三年是从发证那天算，还是…: asked, not said
        and not re.search(r"是不是|够不够|有没有|满没满|考核|合格|优秀|称职|还是", text)
        # (錾花这手全县么得几个做得来 三十年都在打: years of work, not of the certificate)
        and not re.search(
            r"年[^，,。\s]{0,2}(都|一直)(在|是)|(干|做|打|刻|绣)了[^，,。\s]{0,3}\d", digits_for_numerals(text)
        )
        # (拿证三年了 哦不到三年 两年零八个月: the years said after the correction)
        and (years := parse_duration_years(text[cue.end() :] if (cue := CORRECTION.search(text)) else text, today))
        is not None
    ):
        result.corrected_years_held = years
        result.spans["corrected_date"] = text


def _a_date_said(text: str, result: Extraction, pending_fact: str | None) -> bool:
    """A date asked for, said with a cue (拿的 / 考的), or corrected (刚才年份说错了，是二一年 / 考核都合格 对了前面说的
    证的时间说错了; not 前年其实是基本合格, a review, nor 工龄十二年 不对 十三年, the number asked for)."""
    if pending_fact in ("skill_certificates_obtained", "title_obtained"):
        return True
    if pending_fact == "honours" and "证" not in text:
        return False  # 去年石家庄市技能比武拿了个第一: the prize's year
    # 拿证以后一直在一线 就是去年下半年被派去新疆…: the time since the certificate, not its date
    since = re.sub(r"(拿证|取证|拿到证)(以后|之后|后)|(还)?(没|未)(有)?(拿|取)(到)?证", "", text)  # (…那会儿还没拿证)
    away_asked = pending_fact in ("technical_work_gap_years", "technical_work_interrupted")
    if _OBTAINED_CUE.search(since if away_asked else text) or _THE_CERTIFICATE_REDATED.search(text):
        return True  # (证不是19年 是18年十月的: the certificate's date put right)
    # (够 干了十五六年了 哎不对 十四年, asked if the standard's years are met: the years worked, put right)
    if pending_fact in (
        "cumulative_work_years",
        "technical_work_gap_years",
        "applicant_count",
        "meets_occupation_standard",
    ):
        return False
    return result.correction and (not reviews.GRADE.search(text) or bool(re.search(r"证的?(时间|日期|年份)", text)))


# The month each part of the year begins in: named before it has begun, it is last year's
_FIRST_MONTH_OF = {"年初": 1, "上半年": 1, "年中": 6, "下半年": 7, "年底": 11}


def _as_asked_for(text: str, pending_fact: str | None, today: dt.date) -> str:
    """19/7 or 证书上写的19.7, asked when: 19年7月; 年初刚拿, asked when: this year's (下半年, said in
    March: last year's, the part of this year named not yet begun)."""
    if pending_fact in ("skill_certificates_obtained", "title_obtained"):
        text = re.sub(r"(?<![\d./])(\d{2}|\d{4})\s*[/.]\s*(\d{1,2})(?![\d./年个])", r"\1年\2月", text)
        text = re.sub(r"^\s*(\d{2})\s*(?=[吧啊的嘞]?\s*$)", r"\1年", text)  # 19, asked when: 2019
    if pending_fact == "skill_certificates_obtained" and (
        part := re.match(
            # (not 下半年 去年 / 下半年吧 就是前年: its year said after it)
            r"\s*(年初|年底|年中|上半年|下半年)(?![吧啊呀]?[\s，,]*(也?就是)?\s*(\d{2,4}\s*年|大前年|前年|去年))",
            text,
        )
    ):
        begun = today.month >= _FIRST_MONTH_OF[part.group(1)]
        text = ("今年" if begun else "去年") + text.lstrip()
    # 一八年 那年喜事多 证也是那年拿到的 国庆前后: the holiday, said clauses after its year, gives the month
    # (大前年那会儿 三八节前后: a year said before today's, the same)
    year = re.search(
        r"((?<!\d)(\d{2}|\d{4})\s*年|大前年|前年|去年|今年)(?!\s*\d|\s*年?(底|初|中|国庆|五一|七一|元旦|清明|开学|三八))",
        text,
    )
    holiday = (
        re.search(r"(国庆|五一|七一|元旦|清明|三八节)(前后|那阵子?|左右|过后|前|后)", text[year.end() :])
        if year
        else None
    )
    if year and holiday and not re.search(r"\d{2,4}\s*年", text[year.end() : year.end() + holiday.start()]):
        text = text[: year.end()] + holiday.group(1) + text[year.end() :]
    return text


_UNSURE_BETWEEN = re.compile(rf"{_NOT_SURE}|对不上|不知道(哪个|谁)")
# 他说证是20年拿嘞 俺姐说是21年: two people's accounts of the year
# (not 来电人说是21年拿的，哦她现在又说是22年6月: one account, changed)
_TWO_ACCOUNTS = re.compile(r"说[^，,。]{0,8}?(\d{2,4})\s*年[^。]{0,12}?(?<!又)(?<!现在)说[^，,。]{0,6}?(\d{2,4})\s*年")


def _no_date_of_the_level(text: str, pending_fact: str | None) -> bool:
    """前年班组出了个事故 我被评了个不合格: the review's year; 哦不对，我今年调到贵州那边的项目部了: a move's year;
    一六年还是一七年: not known."""
    certificate_said = re.search(r"证|拿|取得|(?<!没)考(的|了|过)", text)
    graded = reviews.GRADE.search(text) and "证" not in text  # 前年和大前年是在原来那个厂考的，都是优秀
    # (不对 是大前年十一月份 记错了, asked the reviews: the date said before, corrected)
    # (not 刚才说黑龙江不对，单位去年搬到吉林了: the date of a move)
    cue = CORRECTION.search(text)
    a_date_corrected = (
        cue
        and not reviews.GRADE.search(text)
        and re.match(r"[\s，,]*(是|应该是)?\s*(\d|[〇零一二三四五六七八九]|大前年|前年|去年|今年)", text[cue.end() :])
    )
    if pending_fact == "annual_review_results" and (not certificate_said or graded) and not a_date_corrected:
        return True
    if pending_fact in (None, "province") and not certificate_said and _dates_another_event(text):
        return True
    if LOOKED_UP.search(text) or re.search(r"证书?上(面|头)?(写|印)?(的|嘞)?是?\s*\d", text):
        return False  # 好像是18年还是19年…后来让他把证翻出来了 / 他回去翻了证 证上写的2020年11月: looked up, settled
    if re.search(r"好像|可能|印象中", text) and (_TO_LOOK_UP.search(text) or re.search(r"记不(太|大)?清|不记得", text)):
        return True  # 好像是一八年 我得回家翻翻证书 / 好像是二一年 记不太清了: not said for sure
    if _UNSURE_BETWEEN.search(text) and len(set(re.findall(r"(\d{2,4})\s*年", text))) > 1:
        return True  # 他说是二三年底 我看他朋友圈发的是二四年初 搞不清: two years, neither settled
    accounts = _TWO_ACCOUNTS.search(text)
    if accounts and accounts.group(1)[-2:] != accounts.group(2)[-2:] and not cue:
        return True
    return bool(re.search(r"年([^，,。]{0,3}|吧[，,]\s*)(还是|或者|也可能是?)[^，,。]{0,3}\d{2,4}\s*年", text))


def _that_year_said_before(text: str, clause: Clause, today: dt.date) -> str:
    """20年评的 文件是那年11月才下来的 / 评起有六年咧 文件是那年十一月才下来的: 那年, in the clause, is the year said
    before it (or as long ago as said before it)."""
    before = text[: clause.start]
    year = re.search(r"((?:19|20)?\d{2})\s*年", before)
    years_ago = parse_duration_years(before, today) if year is None else None
    if year is None and (years_ago is None or years_ago != int(years_ago)):
        return clause.text
    said = year.group(1) if year else str(today.year - int(years_ago or 0))
    return re.sub(r"那一?年(?=\s*\d{1,2}\s*月)", f"{said}年", clause.text, count=1)


def _as_issued(text: str, today: dt.date, pending_fact: str | None) -> tuple[str, str | None]:
    """The words that date the level as issued: 答辩是2024年11月 文件是25年1月才下来的 (a title: the document's
    clause); 四年前考的，证是同年十一月发的 (a certificate: the issue date)."""
    issued = [_that_year_said_before(text, c, today) for c in clauses(text) if _ISSUED.search(c.text)]
    if pending_fact == "title_obtained" and issued and find_date(issued[0], today):
        return issued[0], None
    # (他去年7月份考的 8月出的证, said out of turn while the reviews are asked: the certificate's issue all the same)
    return text, _issue_date(text, today) if pending_fact != "title_obtained" else None


def _date_the_title_held(text: str, clause: Clause, today: dt.date, result: Extraction) -> None:
    """本人工程师（中级），2016年评的 / 我评上工程师八年了: when the title held was granted (…二〇一九年年底答辩
    文件下来是二〇年一月: the document's date)."""
    a_certificate_named = re.search(r"高级工|技师|技能|等级", text)  # (技师证是2020年发的: the certificate's)
    issued = [
        c
        for c in clauses(text)
        if _ISSUED.search(c.text)
        and (re.search(r"文件|批文|职称", c.text) or not a_certificate_named)
        and find_date(_that_year_said_before(text, c, today), today)  # (21年评嘞 文件是那年11月才下来)
    ]
    said = issued[0] if issued else _next_clause_if_undated(text, clause, today)
    if _TITLE_AS_THE_MEANS.match(said.text) or _TITLE_AS_THE_MEANS.match(clause.text):
        return  # 前年用工程师职称申请的技师 / 靠助理工程师申请的高级工 去年拿到的: the skill level's date
    if (found := find_date(_that_year_said_before(text, said, today), today)) is not None:
        result.set("title_obtained", (_date_corrected_after(text, said.end, today) or found).value, said.text)
    elif re.search(r"(评上|评了|拿到)[^，,。]{0,8}年(多)?了", clause.text) and (
        span := _title_span(clause.text, today)
    ):
        result.set("title_obtained", months_before(today, round(span[0] * 12)), span[1])


def _title_span(text: str, today: dt.date) -> tuple[float, str] | None:
    """评上有三年多了 证书上的日子我记不住: how long the title has been held, from the clause that says it
    (大概十几年前 / 十来年了: too vague to date)."""
    for clause in clauses(text):
        if (years := parse_duration_years(clause.text, today)) is not None:
            vague = re.search(r"几|记不|不记得|大概|差不多|来年|工龄|干了|工作了", clause.text)
            return None if vague else (years, clause.text)
    return None


def _date_corrected_after(text: str, end: int, today: dt.date):
    """2021年3月评的，不对，是2022年3月: the date said again right after the clause that dated it."""
    cue = CORRECTION.search(text, end)
    if cue is None or cue.start() - end > 2 or not _corrects_a_date_only(text, cue):
        return None
    return find_date(text[cue.end() :], today)


_A_MONTH_ALONE = re.compile(
    r"对?[\s，,]*(?:应该)?(?:是\s*)*(1[0-2]|[1-9])\s*月(?!\s*\d)(?!份?是考)"
)  # (not 七月是考的)


def _said_date(text: str, today: dt.date, correction: bool):
    """The date said; in a message that corrects itself (2022年，哦不，2021年 / 不是21年 是20年下半年) the one
    after the correction."""
    denied = _NOT_THIS_BUT.search(text)
    cue = denied or (CORRECTION.search(text) if correction else None)
    if cue and (later := find_date(text[cue.end() :], today)):
        later = type(later)(later.value, later.start + cue.end(), later.end + cue.end())
        return _said_again_more_precisely(text, later, today)
    found = find_date(text, today)
    if found is None:
        return None
    if cue and (corrected := _month_corrected(text, found, cue)):
        return _said_again_more_precisely(text, corrected, today)  # (…是6月 证上写的6月15号: and its day)
    return _said_again_more_precisely(text, found, today)


def _month_corrected(text: str, found: Found, cue: re.Match) -> Found | None:
    """2019年4月份 哦不是 是5月份: the month said again after the correction, in the year said before it."""
    month = _A_MONTH_ALONE.match(digits_for_numerals(text[cue.end() :]))
    if not month or found.end > cue.start() or not valid_date(int(found.value[:4]), int(month.group(1))):
        return None
    return Found(f"{found.value[:4]}-{int(month.group(1)):02d}", found.start, cue.end() + month.end())


# 2021年拿的 十月份 / 前年秋天考下的…嗯 证上是十月份 / 21年 俺记着是三月份: the year's month, said after it
# (21年 我家娃上一年级那年 开学那会儿 九月份: after what else happened that year)
_MONTH_OF_THE_YEAR = re.compile(
    r"(?:[\s，,]+[^\d，,。？?\s]{1,12}那一?年)?[^\d，,。？?]{0,9}?[\s，,、…]+[嗯呃额]?\s*(?:证上(?:写的)?是|(?:我|俺|额)?记[着得]是?|是)?\s*(\d{1,2})\s*月份?(?![\d前后一二三四五六七八九十])"
    # (12月进的厂: another event's; 十月还是十一月: not settled)
    r"(?!份?\s*(进|入职|去|调|回|开始|参加|换|转|还是|或者))"
    r"(?!份?吧?\s*(好像|可能|大概|估计|也许))"  # (前年下半年 十一月份好像: the month not said for sure)
)


def _said_again_more_precisely(text: str, found, today: dt.date):
    """是二二年 二二年年初 / 前年，2024年5月份: the same year said again with its month, right after; 去年5月……
    5月20号 / 前年三月份 证上写的是三月十五: the same month again with its day; 2021年拿的 十月份: the year's month;
    前年的嘛 前年九月份: the year said again with its month, after a particle."""
    months = _MONTH_OF_THE_YEAR.match(text, found.end) if re.fullmatch(r"\d{4}", found.value) else None
    # 21年年中 证上写的是七月: the month the certificate shows, over the part of the year said
    # (二二年年底那阵 证上写的是11月: after the words that say it is roughly then; 就是21年，文件是那年11月下来的)
    written = re.match(
        r"(那阵子?|那会儿?|那时候?|左右)?[吧啊哦呢嘛]?(?:(?:拿|考|发|评)[的嘞了]?证书?)?[\s，,、…]*(证上(?:写|印)[的嘞哩滴]是?|证上是|(?:文件|证书?)?是?那年)\s*(\d{1,2})\s*月"
        r"(?!\s*\d)",
        text[found.end :],
    )
    if (
        written
        and re.fullmatch(r"\d{4}(-\d{2})?", found.value)
        and valid_date(int(found.value[:4]), int(written.group(3)))
    ):
        return type(found)(f"{found.value[:4]}-{int(written.group(3)):02d}", found.start, found.end + written.end())
    if months and valid_date(int(found.value), int(months.group(1))):
        return type(found)(f"{found.value}-{int(months.group(1)):02d}", found.start, months.end())
    day = re.match(
        r"份?[吧啊]?(?:(?:拿|考|发)[的嘞了](?:证书?)?)?[\s，,、…]*(证书?上面?写[的嘞哩滴]?[是系]?|证书?上面?[是系]|证书?上面?|具体是)?\s*(\d{1,2})月"
        r"([\d一二三四五六七八九十]{1,3})(?:[号日]|(?![\d一二三四五六七八九十]))",
        text[found.end :],
    )
    same_month = day and re.fullmatch(r"\d{4}-\d{2}", found.value) and int(found.value[5:]) == int(day.group(2))
    # (21年夏天 证上写的7月15号 / 二二年 证上写嘞6月15号: the day the certificate shows, in the year said)
    day = day if same_month else _THE_DAY_WRITTEN.match(text, found.end)
    if day and re.fullmatch(r"\d{4}(-\d{2})?", found.value):
        year, month, date = int(found.value[:4]), int(day.group(2)), int(cn2an.cn2an(day.group(3), "smart"))
        if valid_date(year, month, date):
            return type(found)(f"{year}-{month:02d}-{date:02d}", found.start, found.end + day.end())
    # 23年6月 证上写15号: the month said, then only its day
    day_only = re.match(
        r"份?(?:(?:拿|考|发)[的嘞了]?(?:证书?)?)?[\s，,、…]*(证书?上面?(?:写|印)[的嘞哩滴]?[是系]?|证书?上面?[是系])\s*"
        r"([\d一二三四五六七八九十]{1,3})\s*[号日]",
        text[found.end :],
    )
    if day_only and re.fullmatch(r"\d{4}-\d{2}", found.value):
        year, month, date = int(found.value[:4]), int(found.value[5:]), int(cn2an.cn2an(day_only.group(2), "smart"))
        if valid_date(year, month, date):
            return type(found)(f"{found.value}-{date:02d}", found.start, found.end + day_only.end())
    again = find_date(text[found.end :], today)
    # (二三年嘞 二三年五一前后: 嘞 is 的)
    close = again is not None and re.fullmatch(
        r"[的嘞嘛吧啊]{0,2}[\s，,、…]*", text[found.end : found.end + again.start]
    )
    if again is not None and close and again.value.startswith(found.value) and len(again.value) > len(found.value):
        return type(again)(again.value, again.start + found.end, again.end + found.end)
    return found


_THE_DAY_WRITTEN = re.compile(
    r"[^\d，,。]{0,12}?[\s，,、…]*(证书?上面?(?:写|印)[的嘞哩滴]?[是系]?|证书?上面?[是系]|证书?上面?(?=\s*\d))\s*(\d{1,2})月"
    r"([\d一二三四五六七八九十]{1,3})(?:[号日]|(?![\d一二三四五六七八九十]))"
)
_DATES_DISPUTED = re.compile(
    r"说(?:证|证书)?(?:是)?\s*(\d{2,4})\s*年[^。？?]{0,12}?[他她我俺][^，,。？?\d]{0,7}(?:说|记得|记着)(?:是)?\s*(\d{2,4})\s*年"
)  # (他说21年拿的 我记得是22年)


def _date_unsettled(text: str, today: dt.date) -> bool:
    """他老婆说是20年拿的 他自己说21年 (two people, two years) / 好像是二〇二三年吧 还是二四年 (one or the other):
    when the certificate came is not known."""
    disputed = _DATES_DISPUTED.search(text)
    corrected = disputed is not None and re.search(r"改口|改说|纠正|不对|哦不|记错|又说", disputed.group())
    two_said = disputed is not None and not corrected and disputed.group(1) != disputed.group(2)
    return two_said or hesitates(text, today)


# 不是23年 是22年下半年 / 高级工不是大前年 是前年拿的: the year denied, then the one meant
_RELATIVE_YEAR = f"({RELATIVE_YEARS})"
_NOT_THIS_BUT = re.compile(
    rf"不是[^，,。]{{0,6}}(\d{{2,4}}\s*(年[^，,。]{{0,4}}?)?|{_RELATIVE_YEAR})[，,\s]*(而|应该|其实)?是(?=\s*(\d|{_RELATIVE_YEAR}))|"
    rf"(?<=年)[，,\s]*不是[，,\s]+(而|应该|其实)?是(?=\s*(\d|{_RELATIVE_YEAR}))"  # 大前年 不是 是前年
)


_TO_BE_TAKEN = re.compile(r"[\s，,]*(今年|明年|下个?月)[^，,。\s]{0,5}(才|要|准备)考[\s，,]*(还没考|还没)")
# 技师还没考出来 / 高级工的证还没下来 / 技师今年才报的名: said right after the level
_AWAITED_AFTER = re.compile(rf"的?(今年|去年|前不久|上个月|这个月)?(?:{_NOT_YET_ISSUED.pattern})")


def _awaiting_its_certificate(text: str, match: LexiconMatch, clause: Clause) -> bool:
    """技师还没考出来 / 正在考技师 / 技师今年刚考完 证还没下来 / 高级工的证还没下来 / 技师今年才报的名: a level being
    taken, its certificate still to come."""
    taken = re.match(r"[^，,。]{0,6}考(完|过)了?$", clause.text[match.end - clause.start :])
    return bool(
        _AWAITED_AFTER.match(text, match.end)
        or re.search(r"(正在|在)考$", text[: match.start])
        or (taken and _not_yet_issued(text, clause))
    )


def _skill_level(text: str, match: LexiconMatch, kind: str, clause: Clause, today: dt.date, result: Extraction) -> None:
    level = match.entry.canonical
    if kind == WANTED and _awaiting_its_certificate(text, match, clause):
        return  # neither held nor asked for
    if _TO_BE_TAKEN.match(text, match.end):
        return  # 技师 今年六月份才考 还没考咧: an exam still to sit, whatever the question

    if kind == WANTED:
        result.set("target_level", level, match.surface)
    elif kind == HELD and not _not_yet_issued(text, clause) and not _lost_before_applying(text, clause):
        said = _next_clause_if_undated(text, clause, today)
        earlier = next((c for c in result.held_skills if c["level"] == level), None)
        if earlier is not None:
            if len(earlier) == 1:  # 我有焊工技师…焊工技师是前年的: the date said at a later mention
                earlier.update(_when_held(text, match, said, today, result))
            return
        result.held_skills.append({"level": level, **_when_held(text, match, said, today, result)})
        result.spans["skill_certificates"] = said.text if said is not clause else clause.text


def _when_held(text: str, match: LexiconMatch, said: Clause, today: dt.date, result: Extraction) -> dict[str, Any]:
    """_when, less a date not yet come (高级嘞今年6月份才考, said in January: the exam to come, not the certificate)."""
    when = _when(text, match, said, today, result)
    return {} if "obtained" in when and _yet_to_come(when["obtained"], today) else when


def _when(text: str, match: LexiconMatch, said: Clause, today: dt.date, result: Extraction) -> dict[str, Any]:
    """When the certificate was obtained ({"obtained"}) or how long it has been held ({"years_held"})."""
    cue = CORRECTION.search(text)
    if (issued := _issue_date(text, today)) is not None:
        return {"obtained": issued}  # 二零年考的 证是二一年三月才发下来: the certificate dates from its issue
    if _date_unsettled(text, today):
        return {}
    if cue is not None and (put_right := _as_put_right(text, match, cue, today)):
        return put_right
    if (beside := _date_beside(said, match, today)) is not None:
        return {"obtained": beside}  # 我19年拿的高级工22年拿的技师
    if full := _FULL_THIS_YEAR.search(said.text):
        return _held_in_full(full, today)  # 技师今年满三年: how long, not the year taken
    found = _said_date(said.text, today, result.correction)
    begun = found is not None and _WORK_BEGUN_THEN.match(said.text, found.end)  # 零二年就干这行了: the trade's start
    if found is not None and not reviews.dates_a_review(said.text, found.end) and not begun:
        # 技师不是23年，是22年下半年拿的 / 2018年考的 哎不是18年 是19年: the year said, then denied
        denied = _NOT_THIS_BUT.search(text, said.start)
        # (the year denied by its digits, or said in words inside the denial: 不是大前年)
        in_denial = denied is not None and (
            found.value[2:4] in denied.group() or denied.start() <= said.start + found.start < denied.end()
        )
        later = find_date(text[denied.end() :], today) if denied is not None and in_denial else None
        # (前年，2024年5月份发的证: the year said again, with its month, in the clause after)
        in_full = _said_again_more_precisely(
            text, type(found)(found.value, found.start + said.start, found.end + said.start), today
        )
        return {"obtained": (later or in_full).value}
    # 前两年拿了个高级工: no span said; 技师评工程师需要满三年: the rule's years; 拿了高级工以后下岗了三年: away
    vague = bool(re.search(r"前(两|几|\d)年|这几年|那几年", said.text) or _RULE_YEARS.search(said.text))
    vague = vague or _years_told_before_the_level(said.text[: match.start - said.start])
    vague = vague or work.time_away(said.text) or bool(_HEDGED_YEARS.search(said.text))
    if (years := parse_duration_years(said.text, today)) is not None and _HELD_SPAN.search(said.text) and not vague:
        return {"years_held": years}
    noted = _YEARS_NOTED_AFTER.match(text, said.end)
    if noted and (years := parse_duration_years(noted.group(), today)) is not None:
        return {"years_held": years}  # 电梯维修 高级技师 4年 / 焊工二级 整了得有五六年了吧
    return {}


_WORK_BEGUN_THEN = re.compile(
    r"\s*(就|便|才)?(开始)?(干|做|搞|入|学)(上)?(这行|这一行|这个行当|这门手艺)|\s*(就)?(入行|参加工作|进的厂|进厂|出来打工)"
)


def _years_told_before_the_level(before: str) -> bool:
    """开大车拉煤十几年了有个汽车驾驶员中级工证: years of what was told before the level, not of holding it."""
    return bool(re.search(r"[\d一二两三四五六七八九十]+\s*(多|来|几)?\s*年(多|半)?了", before)) and not re.search(
        r"拿|证|持|提|考|评", before
    )


# 技师 提了六冬 / 技师 两年半了 / 技师，提了六冬了 / 酿酒师三级证 有四年了 / 焊工二级 整了得有五六年了吧 / 技师 快五年了
_YEARS_NOTED_AFTER = re.compile(
    r"(?:证书?)?(?:\s+|[，,]\s*(?=提|拿|持|有|整))(?:提了?|拿了?|整了?|持证)?\s*(?:得有|有)?\s*(?:快|将近|差不多)?\s*"
    r"(?:\d+(?:\.\d+)?|[一二三四五六七八九](?=[二三四五六七八九]年)[二三四五六七八九])\s*(?:多)?\s*年(半)?(?:以上)?(?:了|多)?吧?"
    r"(?=[\s，,。]|$)"
)


# 证是同年十一月发的 / 9月20号发下来的 / 文件是25年1月才下来的 / 21年底发的文: when a level was issued
# (证上写的2018年4月: what the certificate says)
_ISSUED = re.compile(
    r"(文件|证书?|批文)[^，,。]{0,10}((?<!转)(?<!印)发|下来|下(的|了|嘞)|颁发)|发[的嘞哩滴](文|证)|发证|领(的)?证|发下来|证书?上(面)?(写|印|是)"
    r"|证书?(写|印)(着|住)"  # 证书写住十一月 (Cantonese 写住: written on it)
    r"|(?<!没)出[的嘞哩滴了]证|证[^，,。]{0,4}\d{1,2}\s*月(份)?出(来)?[的嘞]"  # 去年7月份考的 8月出的证 / 证是8月出来的
    r"|证[^，,。]{0,12}(才|先)出(来)?(?=[的嘞了啦\s，,。]|$)"  # 证系二四年三月先出 (粤语 先 = 才)
    r"|证[^，,。]{0,8}(才|刚)到手"  # 25年下半年考的 证上个月才到手
    r"|证[^，,。]{0,12}寄(到|来|过来|回来|下来)"  # 证是第二年开春才寄到的
)
# 技师证24年考的，25年4月发的: the issue in a clause of its own, the certificate named before it
_ISSUED_AFTER_ITS_NOUN = re.compile(
    r"\s*[^，,。]{1,10}?(年|月|号|日)份?\s*(才|就|又)?(发|下来|发下来)(的|嘞|哩|了)?\s*$"
)
_FULL_THIS_YEAR = re.compile(
    r"(?:今年|这个月)(?:(?P<month>\d{1,2})\s*月份?)?(?:就|才)?(?:刚好|正好|刚)?(?:满|整|(?<=好))\s*(?P<years>\d+)\s*年(?!前)|"
    # 整整三年了 上个月刚满: the length, then the month it was reached
    r"(?:整整|刚好|正好)?\s*(?P<length>\d+)\s*年了?[\s，,]*(?:上个?月|这个月|本月|前几天|前两天)(?:才|就|刚好|正好|刚)?满"
)


def _held_in_full(full: re.Match, today: dt.date) -> dict[str, Any]:
    """今年三月份刚好满三年: how long it has been held; 今年四月份就正好三年了, said in April's first days or
    before: not yet, so the certificate dates from that month, the years before."""
    years, month = int(full.group("years") or full.group("length")), full.group("month")
    if month and today.month <= int(month) <= 12:
        return {"obtained": f"{today.year - years}-{int(month):02d}"}
    return {"years_held": float(years)}


def _dated_by_its_issue(text: str, today: dt.date, result: Extraction) -> None:
    """2019年拿的高级工 2023年又考了技师 证是23年10月发的: a clause saying when a certificate was issued, naming no
    level, dates the level named last before it, in the year said for it (一直在干 哦对了 我去年又考了技师
    上个月刚发嘞证: one level, said beside another answer)."""
    if not result.held_skills:
        return
    for clause in clauses(text):
        found = find_date(clause.text, today) if _ISSUED.search(clause.text) else None
        named_before = [m for m in load_lexicon().find(text[: clause.start]) if m.entry.kind == "skill_level"]
        if found is None or _names_a_level(clause.text) or not named_before:
            continue
        level = named_before[-1].entry.canonical
        held = next((c for c in result.held_skills if c["level"] == level), None)
        # (去年又考了技师 上个月刚发嘞证: issued the year after the exam; not 发证19.7，哦不是，19.11: the issue
        # date put right after it)
        if held is None or CORRECTION.search(text, clause.end):
            continue
        # (他说证是20年拿的 俺看证上写的2019年6月: what the certificate says outweighs what was remembered)
        read_off = re.search(r"证书?上(面|头)?(写|印)", clause.text)
        if int(found.value[:4]) - int(held.get("obtained", found.value)[:4]) in ((-1, 0, 1) if read_off else (0, 1)):
            held["obtained"] = found.value


def _lost_before_applying(text: str, clause: Clause) -> bool:
    """技师证丢了 还能评职称不: most authors leave a lost certificate unlabelled when it is to be used to apply
    (asking how to replace it, 我的技师证丢了怎么补办, they label the level held)."""
    # (技师 不过证丢了 搬家的时候弄没了: the loss said in the clause after the level)
    after = next((c.text for c in clauses(text) if c.start >= clause.end), "")
    lost_after = re.match(r"\s*(不过|但是|可是|只是|就是)?(那个)?证", after) and LOST_CERTIFICATE.search(after)
    return bool(LOST_CERTIFICATE.search(clause.text) or lost_after) and "补" not in text


_NUMERALS = r"\d一二三四五六七八九十"
_THE_NEXT_YEAR = r"(第[二2]年|次年|转年)(?!\s*[\d〇零一二]{2,4}\s*年)"


_A_FIXED_HOLIDAY = r"元旦|五一|七一|国庆"


def _issue_date(text: str, today: dt.date) -> str | None:
    """The date of a clause saying when the certificate was issued, when the exam's date is said too
    and only one level is named (我是高级工 哦不对 去年刚考过技师 证是26年11月发的: after the correction)."""
    # (一九年七月 不对不对 那是考的 证是九月份发下来的 / 十九年七月拿的 哦不对 七月是考的 证是九月份才发下来: the date
    # said first is the exam's, corrected to its issue)
    exam_said = r"对?[\s，,]*((那|这)(个)?|[\d一二三四五六七八九十]{1,3}\s*月份?)是考(的|试)"
    if (cue := CORRECTION.search(text)) and not re.match(exam_said, text[cue.end() :]):
        text = text[cue.end() :]
    named = [m for m in load_lexicon().find(text) if m.entry.kind == "skill_level"]
    if len({m.entry.canonical for m in named}) > 1:
        return None
    parts = clauses(text)  # (…不对是18年 证上写的2018年4月 后来21年又考了技师: the issue of the one before)
    # (是从发证那天算还是考试那天算？我是23年10月考的，24年1月发的证: the clause that dates the issue)
    issued_clauses = [
        c
        for c in parts
        if (_ISSUED.search(c.text) or (_ISSUED_AFTER_ITS_NOUN.match(c.text) and "证" in text[: c.start]))
        and not (named and c.end <= named[0].start)
        and not (re.search(r"考(下来|出来)", c.text) and "发" not in c.text)  # 技师证19年7月份考下来的: the exam
        and re.search(r"[\d一二三四五六七八九十腊]\s*个?月|年|上个?月|这个月|" + _A_FIXED_HOLIDAY, c.text)
    ]
    issued = [c.text for c in issued_clauses]
    examined = any(re.search(r"考(的|完|过|了|嘞|哩|下来|出来)", c.text) for c in parts)
    taken = find_date(text, today)
    if issued and taken and (months_after := months_after_the_exam(issued[0], taken.value)):
        return months_after
    if issued and taken and re.search(r"(同|当|那)年", issued[0]):
        # 四年前考的，证是同年十一月发的 / 前年过完年考的 证是那年五月份发下来的
        issued[0] = re.sub(r"(同|当|那)年", f"{taken.value[:4]}年", issued[0])
    elif issued and taken and re.search(_THE_NEXT_YEAR, issued[0]):
        # 大前年年底考的，证是第二年三月份才发下来的: the year after the exam's
        issued[0] = re.sub(_THE_NEXT_YEAR, f"{int(taken.value[:4]) + 1}年", issued[0])
    elif (
        issued
        and taken
        and re.search(r"(?<![\d〇零一二三四五六七八九年])年(底|末)", issued[0])
        and re.match(r"[^，,。\s]{0,4}考", text[taken.end :])
    ):
        # 19年7月份考嘞 证是年底才发下来: the end of the exam's year (not 2020年11月份拿的…年底发的证: the month
        # it was got, said first; nor 证是19年年底发的: its own year)
        issued[0] = re.sub(r"年(底|末)", rf"{taken.value[:4]}年\1", issued[0], count=1)
    elif issued and taken and "腊月" in issued[0] and "年" not in issued[0]:
        # 前年下半年考嘞 证是腊月才发下来: 腊月 of the exam's year (taken as the next January when read with it)
        year = int(taken.value[:4]) - ("腊月" in text[taken.start : taken.end])
        issued[0] = issued[0].replace("腊月", f"{year}年腊月", 1)
    elif (
        issued and taken and re.match(rf"[^{_NUMERALS}]*[{_NUMERALS}]{{1,3}}\s*月", issued[0]) and "年" not in issued[0]
    ):
        # 是23年考的，9月20号发下来的 / 前年下半年嘛 证是十一月份发下来嘞: the month of that year
        issued[0] = re.sub(rf"([{_NUMERALS}]{{1,3}}\s*月)", rf"{taken.value[:4]}年\1", issued[0], count=1)
    elif issued and taken and re.search(_A_FIXED_HOLIDAY, issued[0]) and "年" not in issued[0]:
        # 22年三八节那天考的 证是五一过后才发下来: the holiday of that year
        issued[0] = re.sub(_A_FIXED_HOLIDAY, rf"{taken.value[:4]}年\g<0>", issued[0], count=1)
    a_year_only = taken is not None and len(taken.value) == 4  # 前年下半年: the month comes from the issue
    # (来电人刚说22年拿的技师 现在又改口说是23年3月才发证: the issue said as a correction)
    said_again = issued and CORRECTION.search(issued[0])
    found = find_date(issued[0], today) if issued and (examined or a_year_only or said_again) else None
    return _refined_further_on(text[issued_clauses[0].end :], found.value, today) if found else None


_THE_MONTH_RECALLED = re.compile(r"\s*(?:我|俺|额)?(?:记着|记得)?(?:是)?\s*(1[0-2]|[1-9])\s*月份?[的嘞吧啊]?\s*")


def _refined_further_on(after: str, date: str, today: dt.date) -> str:
    """证是10月份才发 证上写的2023年10月15号: the same date said again, more precisely, after the clause giving it;
    证是二二年开春才发下来的 俺记着是三月份: the month of the year given, said on its own."""
    for clause in clauses(after):
        month = _THE_MONTH_RECALLED.fullmatch(digits_for_numerals(clause.text))
        if month and len(date) == 4 and valid_date(int(date), int(month.group(1))):
            return f"{date}-{int(month.group(1)):02d}"
        again = find_date(clause.text, today)
        if again and again.value.startswith(date) and len(again.value) > len(date):
            return again.value
    return date


def _as_put_right(text: str, match: LexiconMatch, cue: re.Match, today: dt.date) -> dict[str, Any]:
    """2022年拿的，哦不，2021年 / 高级技师 四年多了 不是四年多 五年多了: the date or the years after the correction."""
    if not _corrected_after(text, match, cue):
        return {}
    if (later := _said_date(text, today, True)) is not None:
        return {"obtained": later.value}
    if _HELD_SPAN.search(text[: cue.start()]) and (years := parse_duration_years(text[cue.end() :], today)):
        return {"years_held": years}
    return {}


def _corrected_after(text: str, match: LexiconMatch, cue: re.Match) -> bool:
    """The level's date or years, put right by the correction after it (not 技师是去年底拿的 高级工是前年 不对 大前年:
    the level said last before it; but 高级技师 一九年拿的…想评高级工程师…刚才说错了 证是二〇年拿的: the title wished
    between, the certificate's date put right)."""
    between = text[match.end : cue.start()]
    named_between = _names_another_level(between, match.entry.canonical)
    named_between = named_between and not _the_certificate_corrected(text[cue.end() :], between)
    return match.start < cue.start() and not named_between and _corrects_this_level(text[cue.end() :], match)


def _the_certificate_corrected(corrected: str, between: str) -> bool:
    """证是二〇年拿的, after only titles named since the level: the certificate's date put right."""
    skills_between = any(m.entry.kind == "skill_level" for m in load_lexicon().find(between))
    return not skills_between and bool(re.match(r"[^，,。\d〇零一二]{0,6}证(书)?(是|为)", corrected))


def _corrects_this_level(corrected: str, match: LexiconMatch) -> bool:
    """哦不，2021年 / 技师是18年 correct the technician's date; 技师是18年 leaves the 高级工 said before alone; 23年是
    良好 corrects a review."""
    said = _the_clause_corrected(corrected)
    if _A_REVIEW.search(said) or reviews.GRADE.search(said):
        return False  # 考核…23年 哦不对23年是良好: a review corrected, not the certificate's year
    found = load_lexicon().find(said)
    if any(m.entry.kind in ("province", "city") for m in found):
        return False  # 我在杭州 不对 去年调到宁波了: the place corrected, and when they moved
    named = {m.entry.canonical for m in found if m.entry.kind == "skill_level"}
    return not named or match.entry.canonical in named


def _date_beside(said: Clause, match: LexiconMatch, today: dt.date) -> str | None:
    """Of several dates in a clause, the one said right before the level (19年拿的高级工) or right
    after it (高级工是19年的); None when the clause has one date or none fits."""
    dates, offset = [], 0
    while (found := find_date(said.text[offset:], today)) is not None:
        dates.append((found.start + offset, found.end + offset, found.value))
        offset += found.end
    if len(dates) < 2:
        return None
    start, end = match.start - said.start, match.end - said.start
    before = [d for d in dates if d[1] <= start and _BEFORE_LEVEL.fullmatch(said.text[d[1] : start])]
    after = [d for d in dates if d[0] >= end and _AFTER_LEVEL.fullmatch(said.text[end : d[0]])]
    return before[-1][2] if before else after[0][2] if after else None


def _not_yet_issued(text: str, clause: Clause) -> bool:
    """证还没下来 in the clause, or in one beside it that speaks of the certificate (考完技师了，证还没发 /
    证还没下来，上个月刚考完高级技师)."""
    # 高级工上个月刚考完 成绩出来了过了 证还没发下来: past the results, to the certificate
    following = [c for c in clauses(text) if c.start >= clause.end][:2]
    # (今年终于过了 证还没发下来 / 高级工 今年刚考嘞 证还没下来: the pass or the exam, then the certificate)
    passed = (
        re.match(r"成绩|分数|[^，,。]{0,6}(过了|通过了|考(完|过|了|的|嘞|哩))$", following[0].text)
        if following
        else None
    )
    if following and (_names_a_level(following[0].text) or not passed):
        following = following[:1]
    taken = re.search(r"考(完|过|了|下|的)", clause.text)  # 证还没下来，上个月刚考完高级技师 (not …现在手上是高级工)
    preceding = [c for c in clauses(text) if c.end <= clause.start][-1:] if taken else []
    return any(
        _NOT_YET_ISSUED.search(c.text)
        for c in [clause, *following, *preceding]
        # 他考过技师了，但是证还没下来 / 去年考了技师 还没发证 / 技师今年六月考的，成绩出来了还没发证
        if c is clause
        or re.match(r"(但是?|可是?|不过)?(成绩[^，,。]{0,6})?(证|还?没(有)?(发|下来|拿到|领|考|出结果))", c.text)
    )


def _names_a_level_or_honour(text: str) -> bool:
    """去年拿了省技术能手: a date with an honour of its own is not the certificate's."""
    return _names_a_level(text) or bool(load_lexicon().honours_in(text))


def _only_a_series_named(text: str) -> bool:
    named = load_lexicon().find(text)
    return bool(named) and all(m.entry.kind in ("series", "exam") for m in named) and len(text.strip()) <= 5


def _next_clause_if_undated(text: str, clause: Clause, today: dt.date) -> Clause:
    """高级工更早，2015年: a date said in the next clause, when that clause names no other level;
    2012年技校毕业的，毕业的时候拿了个中级工: or in the one before, when this one says 那时 / 时候."""
    if find_date(clause.text, today) is not None and not _dates_another_event(clause.text):
        return clause
    following = [c for c in clauses(text) if c.start >= clause.end]
    if following and "（" in clause.text and "）" in following[0].text:  # （汽车维修工高级工，2023年取证）能否…
        bracketed = following[0].text[: following[0].text.index("）")]
        following[0] = Clause(bracketed, following[0].start, following[0].start + len(bracketed))
    # (评上工程师 那年 那年我正好四十 / 中级的 一几年评的来着 一四年: the year told after the words that point to it;
    # 中级 经济师 19年评嘞: the series named between)
    while following and (
        re.fullmatch(r"\s*(那年|那一年|那会儿?|[^，,。\d]{0,2}[一二]几年[^，,。\d]{0,6})\s*", following[0].text)
        or _only_a_series_named(following[0].text)
    ):
        following.pop(0)
    if (
        following
        and find_date(following[0].text, today)
        and not _names_a_level_or_honour(following[0].text)
        and not work.time_away(following[0].text)  # 技师，2022年至2023年间曾离岗: the time away's date
        and not _dates_another_event(following[0].text)  # 高级技师，前年退休了
        and not _A_REVIEW.search(following[0].text)  # 电工技师 去年不是合格，是基本合格: the review's year
        and not _YEARS_OF_WORK.search(following[0].text)  # 工艺美术师（中级），在景德镇做陶瓷20年
        # (中级工证，想问今年…考试能不能报 / 技师证有了 问下今年取暖费啥时候交: the wish's, the question's)
        and not re.match(r"(想问|请问|问下|问一下|问问|顺便|想|打算|准备)", following[0].text)
    ):
        return Clause(clause.text + "，" + following[0].text, clause.start, following[0].end)
    preceding = [c for c in clauses(text) if c.end <= clause.start]
    if (
        preceding
        and re.search(r"时候|那时|那年|当时", clause.text)
        and find_date(preceding[-1].text, today)
        and not _names_a_level_or_honour(preceding[-1].text)
    ):
        return Clause(preceding[-1].text + "，" + clause.text, preceding[-1].start, clause.end)
    # (今年准备推荐厂里一个高级技师: the plan's year, not the certificate's; not …二零二一年三月拿的证…明年能不能报)
    return dataclasses.replace(clause, text=_PLANS_YEAR.sub(lambda year: " " * len(year.group()), clause.text))


# 今年想报二建 / 明年能不能报: a year said of a plan (what follows it)
_A_PLAN_AFTER = r"(我|俺)?[还就也]?(想|打算|准备|计划|能不能|能|可以|可不可以)"
_PLANS_YEAR = re.compile(rf"(今年|明年|后年)(?={_A_PLAN_AFTER})")


def _names_another_level(text: str, level: str) -> bool:
    return any(m.entry.kind in _LEVEL_KINDS and m.entry.canonical != level for m in load_lexicon().find(text))


def _names_a_level(text: str) -> bool:
    return any(m.entry.kind in _LEVEL_KINDS for m in load_lexicon().find(text))


_ONLY_AS_A_FALLBACK = re.compile(
    r"还是(说)?只能[^，,。]{0,4}$|(如果|要是)?(不行|不得|不成|评不上|够不上)(的话)?就[^，,。]{0,2}$|"
    r"(不行|不得|不成|评不上|够不上|不够(年限|年头)?)的话\s*$|"  # 副高吧 唔得嘅话中级都得 / 实在不够年限的话助理的也行
    r"(上不去|上不了|评不上|够不上|不行)\s*$"  # 能上工程师就上工程师 上不去助理的也行
)


def _not_the_level_wished(text: str, match: LexiconMatch, level: str, clause: Clause, result: Extraction) -> bool:
    """我是正高级工程师…想申请个数控车工高级技师，正高可以吧？: the title held, offered as enough; 能不能评工程师
    还是只能评助理: the level feared, after the one hoped for."""
    skill_wanted = result.updates.get("target_level") in skill_ladder()
    # (工程师能直接报吗: the title held, as what one applies with)
    offered = re.match(
        r"\s*(的话)?((可以|行|够|能行)(吧|不|吗|么)|(能|可以)(直接)?(报|申请|申报)(吗|不|么|嘛))", text[match.end :]
    )
    if skill_wanted and offered and result.updates.get("title_held") == level:
        return True
    return "target_level" in result.updates and bool(_ONLY_AS_A_FALLBACK.search(text, clause.start, match.start))


def _title(
    text: str, match: LexiconMatch, kind: str, certain: bool, clause: Clause, today: dt.date, result: Extraction
) -> None:
    entry = match.entry
    level = entry.level or entry.canonical
    if _NOT_YET_ISSUED.search(clause.text) or re.search(r"还没评(下来|上)", clause.text):
        return  # 工程师还没评下来: neither held nor, by this clause, asked for
    if _a_job_not_a_title(text, match, kind, result) or _theirs(text, match, kind, clause):
        return
    if re.match(r"(职称)?(人员|的人)", text[match.end :]):
        return  # 算进中级职称人员里: those who hold it, as a category
    if kind == HELD and _wanted_though_said_as_held(text, match, certain, clause, result):
        kind = WANTED
    if kind == HELD and (not _held_as_said(certain, clause) or _a_lower_title_had_before(text, level, match, result)):
        return
    if kind == HELD:
        result.set("title_held", level, match.surface)
        _date_the_title_held(text, clause, today, result)
    elif kind == WANTED and _not_the_level_wished(text, match, level, clause, result):
        return
    elif kind == WANTED:
        result.set("target_level", level, match.surface)
        if entry.series and not _another_series_weighed(text, clause, entry.series):
            result.set("series", _the_schools_series(text, entry.series), match.surface)


def _theirs(text: str, match: LexiconMatch, kind: str, clause: Clause) -> bool:
    """我们车间的技术员都是助理工程师 / 我徒弟都是助理了: the title others have (not when the person wants it
    too)."""
    others = _WHAT_OTHERS_ARE.search(text[clause.start : match.start])
    return bool(kind in (HELD, WANTED) and others and not _ME_TOO.search(text, match.end))


def _wanted_though_said_as_held(
    text: str, match: LexiconMatch, certain: bool, clause: Clause, result: Extraction
) -> bool:
    """A title the words show is wished for: named after what is asked, others' title wished for too, or the
    title wished for said again (想评一级实习指导教师，就是中级)."""
    if not certain and _named_after_what_is_asked(text, match, clause, result):
        return True
    if _a_title_others_have_wished_for(text, match, clause):
        return True
    asks_to_be_evaluated = "target_level" in result.updates or re.search(r"评[^，,。]{0,8}职称", text)
    return bool(re.match(r"(也)?就是|即", clause.text) and asks_to_be_evaluated)


def _another_series_weighed(text: str, clause: Clause, series: str) -> bool:
    """我能评工程师不 还是说只能走卫生系列 / 想评高级工程师 还是说只能评农业的: the level wanted, its series weighed
    against another (not 还是只能评助理工程师: a lower level of the same series)."""
    weighed = re.match(r"[，,\s]*(还是|或者)([^，,。]{0,12})", text[clause.end :])
    if weighed is None:
        return False
    if re.search(r"(?<!别的)(?<!其他)(?<!其它)系列", weighed.group(2)):
        return True
    # (想评个助理农艺师 还是助理工程师: a title of another series weighed against it)
    return any(
        (m.entry.kind == "series" and m.entry.canonical != series)
        or (m.entry.kind == "series_title" and m.entry.series not in (None, series))
        for m in load_lexicon().find(weighed.group(2))
    )


def _named_after_what_is_asked(text: str, match: LexiconMatch, clause: Clause, result: Extraction) -> bool:
    """高级工 2024年7月 助理级: a level named after the certificate; 有绝活 可以特殊评审吗 副高: a bare level after
    asking to apply — the one asked about."""
    asked_before = re.search(r"(评|报|评审|申报|申请)[^，,。]{0,4}(吗|么|不)[？?\s，,]*$", text[: clause.start])
    if re.search(r"(评|评上|拿|取得)的\s*$", text[clause.start : match.start]):
        return False  # 我是技师 也是助理工程师 19年评的助理: the title held, dated
    return bool(result.held_skills) or bool(asked_before and clause.text.strip() == match.surface)


def _the_schools_series(text: str, series: str) -> str:
    """在合肥一个中专教汽修…能评讲师不: a 讲师 of a secondary vocational school, whose series is not the 技工院校
    教师 one (not 技师学院 / 技校)."""
    secondary = re.search(r"中专|职高|中职|职业高中|中等职业学校|职业中学", text) and not re.search(
        r"技工|技校|技师学院", text
    )
    return "中等职业学校教师" if series == "技工院校教师" and secondary else series


# 工地上嘞技术员都是助理工程师 / 厂里有人评上工程师了 / 那些年轻娃儿…都评起工程师了: what others are
_WHAT_OTHERS_ARE = re.compile(
    r"(((?<![我咱俺])们|员|工|人家|别人|师傅|同事|徒弟)(基本上|差不多)?都(是|评上了?|评(了|嘞|哩|起|的)|拿了|当上了?)|有人(评上了?|评了|拿了|当上了?)|"
    r"(那些|他们|她们|人家|别人)[^，,。]{0,16}都(是|评起|评上了?|评了|拿了|当上了?)|"
    r"(那帮|这帮|那伙|这伙|那些|这些)(人)?)\s*$"  # 药房那帮药师还不如我认药认得准
)
_ME_TOO = re.compile(r"[，,\s](我|俺|他|她)[^，,。]{0,8}也[^，,。]{0,6}(评|报|申报|弄|整|搞)")
_JOB_BEFORE = re.compile(
    r"(当|做|干|现任|担任|任)[^，,。的\s]{0,8}$|(厂|公司|车间|企业|工地|单位|矿)(上|里)?的?$|聘(的|任的|为)$|"
    r"岗位(上)?(就|也)?(是|系)[^，,。\s]{0,10}$"  # 我岗位就是船体装配的技术员: the post
)


def _a_job_not_a_title(text: str, match: LexiconMatch, kind: str, result: Extraction) -> bool:
    """在实验室当实验员 / 现任某公司设备部技术员 / 实验员 高级工: a job, not the 员级 title; 我是一名助理工程师，
    在电子厂做设备工程师: the job's name, after the title said."""
    job = _JOB_BEFORE.search(text[: match.start])
    occupation_of_a_level = re.match(r"\s*(高级工|技师|高级技师|[一二三四五]级)", text[match.end :])
    if match.entry.level == titles()[0] and (job or occupation_of_a_level or _NO_TITLE.search(text)):
        return True  # (我是技术员 没有职称: a job, the title denied)
    return bool(kind == HELD and "title_held" in result.updates and job)


def _held_as_said(certain: bool, clause: Clause) -> bool:
    """A title read as held unless the words say otherwise: 正高只能走绿色通道吗 (named in a question);
    要是评上工程师了能在昆明落户不 (hoped for)."""
    asked = not certain and not PERSON.search(clause.text) and QUESTION.search(clause.text)
    # (评上了工程师单位能给分房不: what a title would bring, asked)
    hoped = re.search(
        r"(要是|如果|假如|万一|等到?)[^，,。]{0,3}(评上|拿到|考上|取得)|评上[^，,。]{0,6}(以后|之后|后)|"
        r"^\s*评上了?[^，,。？?]{1,16}(不|吗|么)[？?]?\s*$",
        clause.text,
    )
    return not (asked or hoped)


def _the_year_said_again_with_its_month(text: str, today: dt.date, result: Extraction) -> None:
    """22年按职称申请的高级工证 22年10月拿的: the one certificate's year, said again in a clause of its own with the
    month it was obtained."""
    dated = [c for c in result.held_skills if re.fullmatch(r"\d{4}", c.get("obtained") or "")]
    if len(result.held_skills) != 1 or not dated:
        return
    for clause in clauses(text):
        found = find_date(clause.text, today)
        said_in_full = re.search(r"\d{2,4}\s*年\s*\d{1,2}\s*月", clause.text)  # (not 三年前拿的: reckoned)
        if found is None or not (said_in_full and found.value[:4] == dated[0]["obtained"]):
            continue
        if _OBTAINED_CUE.search(clause.text) and not _A_REVIEW.search(clause.text):
            dated[0]["obtained"] = found.value
            return


def _date_for_the_certificate(text: str, today: dt.date, result: Extraction) -> None:
    """技师，刺绣的，2019年考的: one certificate, its date said in another clause."""
    undated = [c for c in result.held_skills if len(c) == 1]
    # 我技师 3年了 / 俺有中级工证 十几年了
    held_a_while = re.search(r"(级工|技师)证?[\s，,]+(\d+(\.\d+)?|[十几多来]+)\s*年多?了", text)
    if (
        len(result.held_skills) == 1
        and undated
        and (_OBTAINED_CUE.search(text) or held_a_while)
        and not _date_unsettled(text, today)
        and not re.search(r"哪(一)?年[^，,。]{0,2}(忘|记不|不记得)", text)  # 后来考的技师 哪年忘了: not known
    ):
        dated = [  # 2023年考核合格 / 去年拿了省技术能手: the review's date, the honour's date
            c
            for c in clauses(text)
            if (f := find_date(c.text, today))
            and not reviews.dates_a_review(c.text, f.end)
            and not load_lexicon().honours_in(c.text)
            and not _names_another_level(c.text, undated[0]["level"])  # 高级工，技师去年考过了但证还没发
            and not work.time_away(c.text)  # 2022年至2023年间曾离岗: the time away, not the certificate
            and not _dates_another_event(c.text)
            and not _dates_the_honour_before(text, c)  # 我是全国技术能手 去年拿的 现在是高级技师
            and not re.search(r"想|打算|准备|评的|评上", c.text)  # 想报今年的…考试 / 19年评的 (a title)
            and not _THE_FIRMS.search(c.text)  # 我们合作社去年评了个省级示范社: the firm's year
            and not _A_REVIEW.search(c.text)  # 我去年请病假评了个基本合格: a review's year
            # (今年才回来重新上班: the return to work, not the certificate)
            and not (_BACK_AT_WORK.search(c.text) and not _OBTAINED_CUE.search(c.text))
        ]
        found = _said_date(dated[0].text, today, result.correction) if dated else None
        if found is not None and not _yet_to_come(found.value, today):
            undated[0]["obtained"] = found.value
        elif said := _years_held(text, today):
            undated[0]["years_held"], result.spans["skill_certificates"] = said


_A_REVIEW = re.compile(r"考核|合格|优秀|称职")
_THE_FIRMS = re.compile(
    r"(我们|俺们|咱们)[^，,。]{0,4}(合作社|公司|厂|单位|村|矿)[^，,。]{0,8}(评了|评上|获|被评为|当选)"
)
_BACK_AT_WORK = re.compile(r"回来|回到|复工|上班|回厂")
_YEARS_OF_WORK = re.compile(r"(干|做|搞|从事)[^，,。\d]{0,6}\d{1,2}\s*(多|来)?年(?![\d底初])")
_LIFE_EVENT = re.compile(
    r"上(小学|初中|初一|高中|大学|幼儿园)|退休|毕业|进(的)?(厂|矿|单位|公司)|入职|参加工作|(刚|开始)(工作|上班)|结婚|下岗|辞职|改制|调(到|任|去|岗)"
)
# 就係旧年屋下阿婆病咗 请咗两个礼拜假返梅州: leave taken, whose year dates no certificate
# (not 二〇年年底…考完就病了一场: an illness told beside the date; nor 请了一天假去考嘞: leave to sit the exam)
_LEAVE_TAKEN = re.compile(r"请了?[^，,。]{0,5}假(?!去考)")


def _yet_to_come(value: str, today: dt.date) -> bool:
    """就一个四级证 高级嘞今年6月份才考, said in January: a date not yet come dates no certificate held."""
    year, _, month = value.partition("-")
    return (int(year), int(month[:2] or 0)) > (today.year, today.month)


def _dates_another_event(clause: str) -> bool:
    """前年退休了 / 18年进的厂: the date of something else in their life, not of a certificate; 今年想报二建 /
    今年我能拿技师报中级不: of a plan."""
    if re.search(rf"年{_A_PLAN_AFTER}", clause):
        return True
    return bool(_LIFE_EVENT.search(clause)) and not re.search(r"拿|考|取得|证", clause)


_OTHERS_BEFORE = re.compile(r"学生|徒弟|同事|他们|别人|团队|班组|孩子")


def _said_of_the_certificate(text: str) -> str:
    """省技术能手，2020年评的 / 出去跑了一年销售，去年又回车间: the honour's, the time away's or the leave's date,
    not the certificate's — unless a clause apart from them dates it (2019年拿的证，2021年评上的省劳模 /
    2018年，跟…劳模是同一年; 那年我带的学生拿了省赛二等奖: another's honour dates nothing of the person's)."""
    own_honours = [
        h
        for h in load_lexicon().honours_in(text)
        if not _OTHERS_BEFORE.search(text[clause_at(text, h.start).start : h.start])
    ]
    if not (own_honours or work.time_away(text) or _LEAVE_TAKEN.search(text)):
        return text
    if re.search(r"同[一1]年|同年", text):
        return text  # 跟我评上厂里劳模是同一年，2018年: the one date is both's
    # (21年3月 哦中间22年下半年被调去仓库管了半年账 / 21年3月 然后22年还评上了个苏州市技术能手: a bare date first,
    # then the time away or the honour dated apart)
    parts = clauses(text)
    bare_date_first = (
        bool(parts) and _BARE_DATE.fullmatch(parts[0].text) and all(h.start >= parts[0].end for h in own_honours)
    )
    return "，".join(
        c.text
        for i, c in enumerate(parts)
        if (re.search(r"证|拿|考的|取得", c.text) or (i == 0 and bare_date_first))
        and not _dates_something_of_its_own(text, c)
    )


_BARE_DATE = re.compile(r"\s*((19|20)?\d{2})\s*年\s*(\d{1,2}\s*月份?)?[的吧嘛]?\s*")


def _dates_something_of_its_own(text: str, clause: Clause) -> bool:
    """The clause names an honour, time away or the return from it, or dates the honour said just before it."""
    away = work.time_away(clause.text) or re.search(r"回来|回厂|回车间|回到|又回", clause.text)
    return bool(load_lexicon().honours_in(clause.text) or away) or _dates_the_honour_before(text, clause)


def _dates_the_honour_before(text: str, clause: Clause) -> bool:
    """我是全国技术能手 去年拿的: a date with no level of its own, right after the honour it dates."""
    before = [c for c in clauses(text) if c.end <= clause.start]
    return bool(before) and bool(load_lexicon().honours_in(before[-1].text)) and not _names_a_level(clause.text)


def _years_held(text: str, today: dt.date) -> tuple[float, str] | None:
    """拿证五年了: the years in the clause that says the certificate is held (做茶几十年了: years of work;
    拿了好几年了…中间去跑了半年销售: the half year is the time away; 割胶二十多年了，前几年拿了个高级工: said
    before the certificate, years of work)."""
    named = re.search(r"证|技师|级工|[一二三四五]级", text)
    for held in _HELD_SPAN.finditer(text):
        clause = clause_at(text, held.end() - 1).text  # 有高级技师证，拿了三年: the clause the span ends in
        if named and held.end() <= named.start() and not re.search(r"拿|证|持", held.group()):
            continue
        # 拿证后辞职去跑了一年多滴滴 / 技师评工程师需要满三年: years of something else, or of a rule
        elsewhere = (
            re.search(r"干|做|(?<!证)搞|工作|从事|工龄", clause) or _RULE_YEARS.search(clause) or work.time_away(clause)
        )
        if not elsewhere and not _HEDGED_YEARS.search(clause) and (years := parse_duration_years(clause, today)):
            return years, held.group()
    return None


def _a_lower_title_had_before(text: str, level: str, match: LexiconMatch, result: Extraction) -> bool:
    """我前年已经评上工程师了 助理是14年的: the title before the one held now (not 工程师 不对 是助理: corrected)."""
    held, ladder = result.updates.get("title_held"), titles()
    if held not in ladder or level not in ladder or ladder.index(level) >= ladder.index(held):
        return False
    # (助理工程师 哦不对 前年评上工程师了 助理那是老早的事: the held title said last before this one)
    cue = CORRECTION.search(text, text.rfind(result.spans["title_held"], 0, match.start) + 1)
    return not (cue and cue.start() < match.start)


def _date_for_the_title(text: str, today: dt.date, result: Extraction) -> None:
    """我是助理工程师，还没评上工程师，一七年评的: the title's date said in a clause of its own."""
    if "title_held" not in result.updates or "title_obtained" in result.updates:
        return
    for clause in clauses(text):
        said = _TITLE_OBTAINED.search(clause.text)
        if said and not _names_a_level(clause.text) and (found := find_date(clause.text, today)) is not None:
            result.set("title_obtained", found.value, clause.text)
            return
        # 评上工程师有五年喽: how long the title has been held
        held_for = re.search(r"评上[^，,。\d一二三四五六七八九十]{0,6}(有|已经|都)", clause.text)
        if held_for and (span := _title_span(clause.text, today)):
            result.set("title_obtained", months_before(today, round(span[0] * 12)), clause.text)
            return
        ago = re.search(r"(\d+)多?年前", clause.text) or re.search(r"(评上|拿了|评了)(有)?(\d+)多?年", clause.text)
        if said and ago and not re.search(r"还没|没评上", clause.text):
            # 我中级工程师十多年前评的 / 中级职称拿了六年: that many years before today, at least
            result.set("title_obtained", months_before(today, int(ago.groups()[-1]) * 12), clause.text)
            return


def _titles_none(text: str, result: Extraction) -> None:
    if (said := _NO_TITLE.search(text)) and "title_held" not in result.updates:
        result.set("title_held", NO_TITLE, said.group())


def _direct_application(text: str, result: Extraction, held: list[dict]) -> None:
    """直接评 / 破格 / 绿色通道, said of the person's own case (not 高级技师可以直接评正高吗, asked of no one)."""
    # (绿色通道里说的高精尖缺高技能人才是哪个部门认定的: what the route's words mean, asked)
    means = re.search(r"(是)?(哪个|什么|啥)(部门|单位)(认定|评定|发)|谁(来|给)?认定", text)
    if (direct := DIRECT.search(text)) and not (
        asked_alone(text) or _one_of_several_questions(text, direct.start()) or means
    ):
        skill = [
            m for m in load_lexicon().find(text[direct.start() : direct.end() + 8]) if m.entry.kind == "skill_level"
        ]
        # 直接报高级工: a skill level, not the green channel (not 不受取得高级技师后满4年的年限限制)
        a_skill_level = skill and skill[0].start <= 4 and direct.group().startswith("直接")
        # 直接评工程师 不评助理了 / 评助理工程师还是直接评工程师: rather than 助理, one of two steps asked about
        # (助理工程师那玩意儿没意思 我要直接评工程师 / 助理的我不想弄: the next title instead of the lower one)
        lower_dismissed = re.search(rf"助理[^，,。]{{0,8}}({NOT_WORTH}|不要|不想|不弄|不考虑)", text)
        # (请问我是高级工 能不能直接评工程师 不评助理了: still no direct application, to its authors)
        skipped = re.search(r"不(想)?(再)?(评|要|考|报|走)(助理|中级)", text)
        rather_than = (
            lower_dismissed
            # (不想走中级了 直接上副高, from a 技师, whose rung 中级 is passed over: a direct application)
            or (skipped and not (skipped.group(4) == "中级" and _leads_to("中级", held)))
            or re.search(r"(跳过|越过|绕过|不经过)助理", text)
            # (not 工程师那个我嫌低了 还是直接报高工程师吧: the choice made, 还是 as "rather")
            or (
                re.search(r"还是[^，,。]{0,4}$", text[: direct.start()])
                and not re.match(r"[^，,。？?]*吧", text[direct.end() :])
            )
        )
        # (另外听说有绝活的能走绿色通道 那个是咋回事: heard of, what it is asked — not 听说可以破格…是不是真的, which
        # asks for it, as the authors read it)
        heard = re.search(r"听说[^，,。]{0,12}$", text[: direct.start()]) and re.search(
            r"咋回事|是什么|啥意思", text[direct.end() :]
        )
        if not (a_skill_level or rather_than or heard):
            result.set("wants_direct_application", True, direct.group())


def _leads_to(title: str, held: list[dict]) -> bool:
    """The highest level held leads to `title` by the regular rung (a 技师 to 中级; a 高级技师 to 副高)."""
    levels = [c["level"] for c in held if c.get("level") in skill_ladder()]
    if not levels:
        return False
    rung = rung_for(skill=max(levels, key=skill_ladder().index))
    return rung is not None and rung.value["title"] == title


def _one_of_several_questions(text: str, position: int) -> bool:
    """两个问题：一是高级技师能不能直接评正高？二是我自己…: the first question, asked of no one."""
    clause = clause_at(text, position)
    return bool(re.match(r"([^，,。？?]{0,6}[：:])?\s*(一是|一个是|第一)", clause.text)) and not clause.personal


def _skill_or_title(ambiguity: Ambiguity) -> bool:
    """高工: a skill level (高级工) or a title (高级工程师)."""
    skills = [reading for reading in ambiguity.readings if reading in skill_ladder()]
    return bool(skills) and len(skills) < len(ambiguity.readings)


_A_TITLE_HELD_UNNAMED = re.compile(r"\s*(我|俺)?(是)?(有|评了|拿了)(个)?职称的?(?![^，,。\s]{0,2}(吗|么|不|没))")


def _track(text: str, result: Extraction, title_known: str | None, track_asked: bool) -> None:
    """The track the message asks about; a skill level wanted by someone known to hold a title (高级工 技能等级
    那个, after they said they are 助理工程师) is title → skill, and so is a certificate wished for by them, asked
    which matter (想申请职业技能等级)."""
    updates = result.updates
    target = updates.get("target_level")
    title = updates.get("title_held", title_known)
    # (有职称的 想晋个技能等级 钳工技师: a title held, its level not said)
    title_said = updates.get("title_held") not in (None, NO_TITLE) or _A_TITLE_HELD_UNNAMED.match(text)
    if "organiser_topic" in updates or "applicant_count" in updates or "enterprise_above_scale" in updates:
        track = "organiser"
    elif "exam" in updates:
        track = "qualification_exam"
    elif (
        target in titles()
        and updates.get("title_held") in titles()
        and not (result.held_skills and _BY_THE_SKILL_LEVEL.search(text))
    ):
        # 高级工程师想评正高 / 我是工程师…想评高级工程师 另外手上还有个高级技师证: promotion within the titles,
        # which these documents do not cover (not 有技师证也有助理工程师，是拿技师去评工程师: through the skill level)
        track = None
    elif target in titles() and any(_skill_or_title(a) for a in result.ambiguities):
        track = None  # 来电人说他是高工，想评正高: which way depends on what 高工 is, not yet asked
    elif target in titles():
        track = "skill_to_title"
    elif target in skill_ladder() and (title not in (None, NO_TITLE) or title_said):
        track = "title_to_skill"
    elif (
        title_said or (track_asked and title not in (None, NO_TITLE) and not _EITHER_MATTER.search(text))
    ) and re.search(
        r"(考|评|申请|弄|拿|搞|整|晋).{0,16}(证|等级|工种|技能|高级工(?!艺|程)|技师)|(证|等级)[^，,。]{0,2}(考|拿|弄)(一|1|个|了)",
        text,
    ):
        track = "title_to_skill"  # 工程师想考个车工的证 / 中级职称…想顺便把电工的技能等级考一个
    elif updates.get("wants_direct_application") and target not in skill_ladder():
        track = "skill_to_title"  # (想申请个面点师技师 能直接申请吗: a skill level asked for, not a title)
    else:
        # (有个高级技师证…工艺美术能评吗: a series, which only titles have, asked by a skill holder; 技师…
        # 评农业还是评工程: two series weighed)
        weighed = (
            re.search(r"评[^，,。？?]{1,6}还是评", text)
            and any(m.entry.kind == "series" for m in load_lexicon().find(text))
        ) or re.search(
            r"评[^，,。？?]{0,6}(师|职称)还是(啥子?|什么|哪样)", text
        )  # 想评工程师还是啥: a title, which not known
        series_asked = (updates.get("series") or weighed) and result.held_skills and target is None
        # (高级工 拿了三年多…我也想评一个: a skill holder's wish to be evaluated, nothing named)
        one_wished = result.held_skills and re.search(r"(也|都)想评([一1]?个)?(?=[\s，,。！!？?]|$)", text)
        track = _the_track_said(text) or ("skill_to_title" if series_asked or one_wished else None)
        track = None if track == "skill_to_title" and _a_personnel_office_asking_in_general(text, result) else track
    if track:
        result.set("track", track, text)


_EITHER_MATTER = re.compile(
    r"职称[^，,。？?]{0,4}(还是|或者)(?!(要|得|必须|需要)先)[^，,。？?]{0,6}(技能|高级工|技师|证)|"
    r"(技能|证)[^，,。？?]{0,4}(还是|或者)[^，,。？?]{0,6}职称|"
    r"职称[^，,。？?]{0,2}也想.{0,8}(证|技能|等级)[^，,。？?]{0,2}也想|(证|技能|等级)[^，,。？?]{0,2}也想.{0,8}职称[^，,。？?]{0,2}也想"
)


def _the_track_said(text: str) -> str | None:
    """The matter the words name — the one said after a correction (评职称 哦不对 我是想考个…的证), not one denied or
    put off (想评职称 不是考证 / 先评职称 以后再考证)."""
    if _EITHER_MATTER.search(text):
        return None  # 评职称还是评高级技师都行 / 职称也想评 证也想考: either matter, not decided (not 还是要先考高级工)
    cue = CORRECTION.search(text)
    if cue and any(pattern.search(text, cue.end()) for _, pattern in _TRACK_WORDS):
        text = text[cue.end() :]
    # (是不是可以评职称了: asked; 评上职称以后倒班补贴还有没得: what would follow, supposed; 评职称 不考证了: refused)
    text = re.sub(
        r"((?<!是)不是|不想|不用|以后再|将来再|(?<![能可会要])不(?=(考|评|弄|拿|搞)[^，,。\s]{0,2}(证|职称)))[^，,。\s]{0,8}|评上[^，,。\s]{0,6}(以后|之后|后|的话)",
        " ",
        text,
    )
    return next((name for name, pattern in _TRACK_WORDS if pattern.search(text)), None)


def _a_personnel_office_asking_in_general(text: str, result: Extraction) -> bool:
    """我哋系…家电厂人力资源部 想问下技能人才评职称嘅事: one employee's case, or an evaluation to organise — asked."""
    told = result.held_skills or result.updates.keys() - {"province"}
    in_general = re.search(r"技能人才", text) and not _SOMEONE_NAMED.search(text)
    return bool(PERSONNEL_OFFICE.search(text) and in_general and not told)


PERSONNEL_OFFICE = re.compile(r"人力资源(部|处|科)?|人事(部|处|科|部门)|(?<![A-Za-z])HR(?![A-Za-z])")
_SOMEONE_NAMED = re.compile(r"员工|职工|工人|师傅|同事|老师|[他她]|[一二两三四五六七八九十几\d]+\s*(个|名|位)")
