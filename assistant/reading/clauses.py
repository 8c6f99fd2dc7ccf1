"""A message as clauses, and whose case each clause speaks of.

Only facts about the person asking — or the caller, colleague or relative they speak for — are
facts (DESIGN "Reading people"). A clause that compares levels (技师和工程师哪个高), asks about the
rules in general (高级工几年能评助理), or counts a group of applicants (我们有6个人报，都是技师) says
nothing about that person's own levels.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from corpus.lexicon import load_lexicon

# 好像21年还是22年…找到了，证上头写嘞是2021年9月: what the certificate says, once looked up (a date follows)
LOOKED_UP = re.compile(
    r"(找到了|翻到了|翻出来了?|看了一?下|查了一?下|翻了一?下)[^。\d]{0,8}?(写|印)(的|嘞|得|着)?是?(?=\s*[\d〇零一二])"
)
# 哦不对 / 记岔了 / 我是说: what follows corrects what was said before it
CORRECTION = re.compile(
    r"(?<!哪儿)(?<!哪里)(?<!哪)(?<!啥)(?<!什么)(?<!有点)不对(?:不对)*|[伐勿]对|说错|讲错|记错|记岔|说岔|讲岔|改口|搞错|搞混|听错|弄错|看错|写错|打错|应该是|更正|纠正|哦不(?![到满够])|我是说|我说的是|我指的是|口误|其实是|毋着|[额呃哦噢啊]\s*(那个|这个)?不是|[哦噢](?=\s*(不到|不满|没满|没到))|[哦噢](他|她)?(现在|后来)?又说|"
    r"(?<=[\s，,。])不是[\s，,。]+是(?=\s*[\d〇零一二三四五六七八九十两])|"  # 21年5月 不是 是6月
    r"(?<=[\s，,。])不是[\s，,。]+(?=\d{2,4}\s*年)|"  # 23年基本合格 唔係 23年合格
    r"(?<=[\s，,。])不[\s，,]+(?=还是)|"  # 会计吧 不 还是统计
    # 四年多了 不是四年多 五年多了: a length denied, then the right one
    r"(?<=[\s，,。])不是[\d一二三四五六七八九十两]+\s*年多?[\s，,]+(?=[\d一二三四五六七八九十两]+\s*年)|"
    r"(?<=[\s，,。])[哦噢][\s，,]*是(?=\s*[\d〇零一二三四五六七八九十两])|"  # 技师 21年的 哦 是22年
    # 刚开始说自己是技师，后来又说是高级技师: the second word taken
    r"(?<=[，,\s])(后来|后面)(又|改口)(说|讲)(是|自己是)?|"
    # 开始说是三级证，后来翻出证来一看是二级
    r"(?<=[，,\s])(后来|结果)[^。，,]{0,10}(一看|发现|才知道|确认)(是|原来是|其实是)|" + LOOKED_UP.pattern
)
_BREAK = re.compile(
    r"[，,。；;！!？?\n·]|[…⋯]+(?=\s*(哦|噢|对了|不对|另外|还有))|\s{2,}|(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff\d])|(?<=\d)\s(?=[\u4e00-\u9fff])(?![年月日号个岁多来余名位人份次级])|(?<!\d)/(?!\d)"
)
# The person: the asker, or someone they speak for.
PERSON = re.compile(
    r"(?<=问)我(?=们)|(?<![给帮诉跟和对问])我(?!想问|问一下|想咨询|想了解|咨询)|(?<![金数余名])额(?=是|在|有|拿|们|的|这|开|干|做)|(?<![姓老小])阮(?=是|在|有|拿|们|的|这|领|干|做)|来电单位|我司|俺|本人|咱(?!就是说)|阿拉|老子(?!们)|来电人(?!问|咨询|询问)|来电者(?!问|咨询|询问)|对方|(?<!其)他|她|老公|爱人|媳妇|老婆|家属|同事|(?<!的老)师傅(?!们)|这位|该同志|"
    r"我爸|我妈|我哥|我姐|我弟|我妹|我兄弟|朋友|徒弟"
)
COMPARISON = re.compile(
    r"(哪个|边个|哪样)(高|大|好|厉害|值钱|吃香|有用|划算)|哪个[^，,。]{0,8}更(有用|好|划算|值|吃香)|哪一个(高|大)|谁的?[^，,。？?]{0,3}(高|大)|相当于|等同于?|等于什么|(就|是不是|就是)等于|算(什么|啥|哪)(级|职称|等级)|"
    r"对应的?是?(什么|啥|哪)|对应的是[^，,。？?]{1,8}(吗|么|不)$|对应的?是[^，,。？?]{1,6}还是|^[^，,。？?我说]{2,8}对应[^，,。？?]{1,6}(吗|么)$|(是不是|是否)(直接)?(就)?(对应|相当于|等于)|一样不|(有)?(啥子?|什么)(不一样|不同|区别)|算一样的?[^，,。？?]{0,3}(吗|么)|(?<!占)比(?!例|重|率).{0,6}(牛|强|厉害|吃香|好评|宽松|容易)|(哪个|边个|哪样|边样)[^，,。？?]{0,6}(快|慢|好评|容易|难|松|宽|严|着数|划算)|(?<!评到)(?<!能到)(?<!评)什么级别|(?<!评到)(?<!评)啥级别|区别|差别|一样吗|相当(吗|不|么|嘛)|(是不是|是否)(一回事|一码事)|一(回|码)事(吗|不)|(一|1|同一)个(档次|级别|等级|层级|层次)|平级|同级|(?<!占)比(?!例|重|率).{0,4}(高|低)|(跟|和|与)(?![^，,。]{0,8}岗位).{1,10}(比|一样)|(跟|和|与|(?<![合共协相])同)[^，,。？?]{1,20}(是不是|是否)一样|(认|算)不(认|算)(是)?一样|哪个(年限)?(要求)?(更)?(长|短|久|严|松|难|容易)(?!期)|(高级工|技师|高级技师)(评|报|申报)[^，,。？?]{1,8}(跟|和|与|同)(中级工|高级工|技师|高级技师)(评|报|申报)|哪一?个.{0,4}(?<![副正])(高|大)|最(高|低)的?还是最(高|低)|差在哪|差(别)?在(哪|什么|啥)|差(几|多少)(个)?(档次|级|等级|档)|含金量|"
    # 技师证能不能直接换工程师证 / 听说相当于副高…是不是直接就算副高: a level taken for another, asked
    r"证[^，,。？?]{0,2}(能不能|可不可以|能否)直接(换|转)(成)?[^，,。？?]{0,6}(职称|工程师|技师)(证)?|"
    r"(直接)?就算(是)?(副高|正高|中级|工程师|高级工程师)(了)?[吗么吧？?]|"
    # 高工是高级工还是高级工程师: which of two levels a word names, asked
    r"^\s*(高工|助工|中工|高师|技工)(是|指)(高级工程师|高级工|高级技师|技师|工程师)还是(指)?"
    r"(高级工程师|高级工|高级技师|技师|工程师)[^，,。？?]{0,3}$|"
    # 全国都是一个标准吗 还是各省不一样: the provinces compared; 我老婆非说工程师高 / 我老婆话高级技师大过高级工程师:
    # a level said to be higher
    r"(全国|各省|各地)[^，,。？?]{0,4}(都是)?一(个|样)的?标准|各(省|地)[^，,。？?]{0,3}不一样|(高级工|技师|工程师)(大|高)过|"
    r"(说|讲|话|觉得|认为)[^，,。？?]{0,3}(高级工|技师|工程师|职称|技能)(更|比较)?(高|大|厉害|吃香)(?=[\s，,。？?啊呀吧呢嘛]|$)"
)
# a kind of person, named as such
_CATEGORY = "(专业技术人员|专技人员|高技能人才|技能人才|技术工人|技能工人|技工院校的?(?:教师|老师))"
_HAS = "有|取得|拿了?|持有|具有|获得|享受"
_LADDER_STEP = "(高级工|技师|高级技师|助理|中级|副高|正高)(级)?(职称)?"  # 中级职称对应技师，副高对应高级技师
GENERAL = re.compile(
    r"(?<![好十这前那近零一])几年|几多(年|耐|个)|(要|干)?好多年(才|可以|能)|谁给?(认定|评定|发)|谁(能|来|可以)(认定|评定|判断)|哪个系列(能|可以)|(单位|评委会|厂里|公司)说了算还是|哪几(种|个|类|样)|哪个(能|可以)|(?<![没不])多久|多长时间|多少年|什么条件|啥条件|哪些条件|要求(?!不高|不多|低|不严)|怎么算|咋算|怎么评|如何|"
    r"是什么意思|(?<!没)(?<!没得)(?<!没有)啥意思|(?<!没)(?<!没得)(?<!没有)什么意思|啥叫|什么叫|是指|哪些|都有哪|需要什么|要什么|规定|算不算|"
    r"要几个|(?<!没)(?<!没得)(?<!没有)(?<!冇)几个|多少个|占多少|占好多|多少人|什么待遇|享受什么|由谁|谁来|需要考|要考|要不要考|需不需要考|"
    r"(文件|政策)(上|里)?(咋个?|怎么|如何)(写|说|规定)|有没有(路子|门路|通道)|(咋|怎么)个?评法|咋个评|"
    r"最高只?能(到|评到?)|"  # 高级技师能不能评正高级职称？还是说最高只能到副高
    # 副高评上了以后还能接着评正高吗: a step after another, asked of no one
    r"^[^，,。我俺]{0,8}评上(了)?(以后|之后|后)[^，,。]{0,6}(还能|能不能|可以|能)[^，,。]{0,4}评|"
    r"评(了|上)[^，,。？?]{1,8}(以后|之后)[^，,。？?]{0,4}(还能|还能不能|还可以)[^，,。？?]{0,4}(考|评)|(两条路|两个)[^，,。？?]{0,4}一起走|"
    r"(能|可以)(不能)?同时(搞|评|报|申报|申请|进行)|是多少|含不含|包不包括|是含|还是要|多于|哪个等级|哪一级|哪个级别|什么等级|算.{1,6}吗|才算|"
    r"看啥|看什么|主要看|一般来说|一般情况|按哪个|以哪个为准|还要考|要不要考|属于[^，,。？?]{0,6}(范围|领域)|"
    r"(高技能人才|技能人才|技术工人)(到底)?(能不能|可不可以|能否|可以)|"
    # 云南的绿色通道是不是只要有绝活、一直在一线就行: whether a rule asks no more than that
    r"是不是只要|是否只要|"
    # 评职称要论文吗 / 要不要答辩: what applying takes, asked of no one
    r"(评|报|申报)(个)?职称[^，,。？?]{0,2}(要|需要|得)(写|交|发)?(论文|答辩|外语|英语|计算机)(吗|不|么|没|[？?]|$)|"
    r"(评|报|申报)(个)?职称[^，,。？?]{0,2}(要不要|需不需要)(写|交|发)?(论文|答辩)|"
    # 技师评了工程师以后 原来的技师证还有用没: what becomes of a certificate, asked of no one
    r"(原来|之前|以前|原先)的?[^，,。？?]{0,6}证[^，,。？?]{0,4}(还)?(有用|有效|作废|保留|管用|算数)|"
    # 高级技师评副高是要取得证书后满4年吧: the rule's own words, checked
    r"(取得|拿到|拿(?=证))(证书?|等级)?(后|以后|之后)[^，,。？?]{0,4}满\s*[\d一二三四五]\s*年[^，,。？?]{0,2}(吧|吗|对吧|是吧|么|[？?]|就行|就可以)|"
    r"哪一?年(开始)?(施行|实施|执行|出台|发布|印发)|什么时候(开始)?(施行|实施|执行|生效)|施行的|生效|"
    r"需要[^，,。？?]{0,8}吗|需不需要|卡不卡|限不限|算还是|还是按|达到多少|多少就|多少才|多少[个人名]?以上|怎么界定|如何界定|口径|统一的?答复|是必须的|还是可以|什么情况下|概括一下|总结一下|介绍一下|哪个文件哪一条|文件(里|上|中)?(提到|说的?|写的?)|文件原话|原文|"
    # what a rule means or where it stands: 指什么范围 / 按什么标准 / 在哪查 / 怎么走 / 占多少比例
    r"指(的是)?(什么|啥|哪些)|(什么|啥)范围|按(什么|啥)|(什么|啥)标准|在哪(里|儿)?(能|可以)?查|(怎么|咋)走|"
    # 这个3年是从发证那天算吗 / 是不是也要干满四年 / 评职称时候有用不: a rule, or what counts in it, asked
    r"从[^，,。？?]{1,8}(起算|开始算|算起|算)[，,\s]?(吗|呢|的吗|还是|不|么|没)|(是不是|是否)(也|都)?(要|得|需要)[^，,。？?]{0,4}满|"
    # 是不是要累计工作年限够了才行 / 是不是不用考理论 / 是不是必须得有中华技能大奖: what a rule asks, asked
    r"(是不是|是否)[^，,。？?]{0,14}才(行|可以|能)|(是不是|是否)(就|也|都)?(不用|不需要|不必|免)|"
    r"(是不是|是否)(一定|都)?(必须|非得|非要)(得|要)?有|"
    r"(评职称|评审|评的)[^，,。？?]{0,4}(有用|管用|有帮助|加分)(不|吗|么|没)|"
    # 副高级职称的专业技术人员 可以申请哪个技能等级 / 国家文件是硬性要求还是鼓励
    r"(可以|能)(申请|评|报|申报)(到)?哪(个|一?级|些)|(硬性|强制)(要求|规定)|还是鼓励|考考你|出(道|个)题|"
    r"(哪个|什么|哪一?级)(部门|单位|机构)[^，,。？?]{0,2}(评|发|认定|颁发)|"  # 全国技术能手是哪个部门评的
    r"比例|能不能作为|哪种情况|什么情况|哪些情况|(有|有啥|有什么)关系|是按[^，,。]{0,6}算|看哪(三|几)年|(文件|政策)(上|里|中)?有没有(这个|这种)?(说法|规定|提到|说)|(文件|政策)(里|上|中)(头|面)?有没有|可不可以作为|算到|是真的吗|是不是真的|分别(对应|是)|必须(在|是)|(?<!不)是必须|一定要|"
    # a made-up case for an FAQ or a leaflet: 假设一个人…
    r"假设|假如|要是|如果|若是|举个?例子?|打个比方|比方说|FAQ|招生|宣传|政策解读|最高能|"
    # 副高职称的人能直接考高级技师吗 / 享受国务院特殊津贴的高技能人才是不是可以: a kind of person, asked about
    r"对(高技能人才|技能人才|技术工人|技能工人)|(要不要|还要|也要)[^，,。？?]{0,4}(学历|文凭|论文|英语|计算机|答辩|业绩)|"
    r"要(交|写|发|考)[^，,。？?]{0,2}(论文|英语|计算机)|(学历|文凭)(有)?(要求|限制|门槛)|"
    r"的(人|同志|高技能人才|技能人才|职工|工人|技工|员工|老师|教师)[，,]?(都|就)?(能|可以|能不能|可不可以|是不是|是否|有没有|能否|想)|"
    # 享受州政府津贴的能不能走绿色通道 / 获得中华技能大奖的，是可以直接申报正高级吗
    r"^(享受|获得|拿了?|有)[^，,。？?我]{2,12}的([，,\s]*(能不能|可不可以|能否|是不是)|[，,\s]*是(可以|能))|"
    # 是拿证满四年还是满三年 文件咋个说的 / 是不是只能评助理级: what the rule says, asked
    r"满\s*[\d一二三四五]\s*年还是(满)?\s*[\d一二三四五]\s*年|文件(里|上)?(咋个?|怎么|如何)(说|讲|规定|写)|是不是只能|"
    r"(高技能人才|技能人才|技术工人)(也|都)?(能|可以)(报|考|评)(吗|不|么|没)|"
    # 技工院校的实习指导老师有技师证的，能评讲师不: a kind of person
    r"^[^我他她俺，,。]{2,16}(老师|师傅|工人|职工|员工)有[^，,。]{1,6}证的(?=[，,\s]|$)|"
    r"有专门的?(办法|政策|规定|通道)|有没有(专门|单独)?(出|出台|发布|制定|下发)[^，,。？?]{0,14}(办法|细则|文件|政策|规定)|"
    # 是不是所有系列都行 / 是评哪个系列都行吗 / 技工院校教师系列也能贯通吗: which series the rule covers
    r"所有系列|(哪个|什么)系列都|走(哪个|什么|啥|哪一个)系列|系列[^，,。？?]{0,4}(也)?能(贯通|评)吗|只(有|能评)工程系列|"
    rf"^{_CATEGORY}(想|要|去|申请|评|考|报|{_HAS})|"
    # 高级工评助理要两年，这个两年是从发证那天算还是…: a rule said, then asked about
    r"(评|报|申报)[^，,。？?]{1,6}(要|需要|得)满?[\d一两二三四五六七八九十]+年|从[^，,。？?]{1,8}算还是|"
    r"要(干|做)?满?\s*[\d一两二三四五六七八九十]+\s*年才(能|可以)|(要|需要)[^，,。？?]{0,12}满?几年才(能|可以)|(咋|怎么|如何)(认定|界定|判断|搞|操作)|细则"
)
# …高级技师评高工得等几年啊 我这咋整: a rule asked, then help asked with one's own case — the rule's levels are theirs
HELP_WITH_MINE = re.compile(
    r"(我|俺)(这|们这)(种|个|样的?)?(情况)?[，,\s]*(咋整|咋办|怎么办|咋弄|怎么弄|咋个(整|弄|办)|怎么整)"
)
# 专业技术人员有中级职称，想评技师…: a kind of person as the subject of the whole message, no one's case
# 种地的农民有高级工证的，能不能评职称: a kind of person, named by what they hold
CATEGORY_SUBJECT = re.compile(
    rf"^{_CATEGORY}({_HAS}|能不能|可不可以|能否|是否)|^[^，,。\s]{{2,10}}({_HAS})[^，,。]{{0,8}}证书?[的嘞](人|老师|职工|员工|工人)?([，,\s]|(?=能|可以|可不可以))|"
    rf"^({_HAS})[^，,。]{{1,10}}的{_CATEGORY}|"  # 有中级职称的专业技术人员可以申请参加哪一级的技能评价
    rf"^(为啥|为什么|凭啥|凭什么){_CATEGORY}|"  # 为啥技能人才评职称不看学历
    # 为啥非要高级工以上才能评职称 / 高级工干满两年就能评助理工程师了不: a rule asked of no one
    r"^(高级工|技师|高级技师)?(为啥|为什么|凭啥|凭什么)(非要|非得|一定要|必须|只有|只能)|"  # (高级工为啥非得干满两年)
    r"^(高级工|技师|高级技师)(干|做)?满\s*[\d一两二三四五六]+\s*年(就|才)(能|可以)(评|报|申报)|"
    # 一个高级工要评到副高 最快要多少年 / 有个问题想问 一个高级工…: any one
    r"^(有个问题想问|想问一下|想问下|请问)?[\s，,]*一个(高级工|技师|高级技师)(要|想|从)[^，,。]{0,8}(评|到)|"
    # 高级工评助理 技师评中级 高级技师评副高 是这样对应的吧: the ladder said back, to be checked
    rf"^{_LADDER_STEP}(评|对应|对)[^，,。\s]{{1,4}}[\s，,、]+{_LADDER_STEP}(评|对应|对)|"
    # 有绝活的能不能特殊评审 / 有绝活的老师傅能不能走绿色通道
    rf"^({_HAS})[^，,。？?我]{{1,10}}的(人|老师傅|师傅|工人)?(?=\s*(能|可以|可不可以|是不是|是否|去(考|评|报)))|"
    # 像直播带货这种新职业 能评职称不 / 想问下 像…
    r"^((我)?(想)?(问下|问一下|问问|请问|咨询一?下)[\s，,]*)?像[^，,。\s]{1,10}(这种|这样的?|这类|那种)(新职业|新工种|职业|工种|人|工人|师傅)?|"
    r"^[^，,。\s我俺]{2,10}(这种|这类|这样的)(新职业|新工种|新兴职业)|"  # 直播带货这种新职业能评职称不
    # 技工院校的老师 有技师证的 能不能评讲师啊: people of a kind, then what they have
    rf"^[^，,。\s我俺]{{2,10}}的[^，,。\s我俺]{{0,4}}(老师|师傅|工人|职工|员工)[\s，,]+({_HAS})[^，,。\s]{{1,8}}[的嘞][\s，,]*(?=能|可以|可不可以|是不是|是否)|"
    # (云南这边其他系列的技能人才评职称 是不是也要…: where they are said first)
    # 专业技术人员评技能等级，是不是有相关专业毕业证就可以
    rf"^([^，,。？?\s]{{2,12}}的)?{_CATEGORY}[^，,。？?]{{0,8}}[，,\s]+(是不是|是否)|"
    rf"^{_CATEGORY}[^，,。？?]{{0,10}}(需要|需不需要|要求)|"  # 高技能人才参加职称评审需要近几年年度考核合格
    # 全国技术能手是不是可以直接评正高: the holders of an honour, a kind of person
    r"^[^，,。\s我俺]{0,4}(技术能手|技能大奖|技能大师|劳模|劳动模范|劳动奖章|特殊津贴|高精尖缺[^，,。\s]{0,6})(的人)?"
    r"(是不是|能不能|可不可以|能否|是否)|"
    # 大理周城那边做扎染的好多老嬢嬢 一辈子都在染布 就是没得证 这种能评职称不: many others, as a kind
    r"^[^。？?我俺]{0,16}(好多|很多|不少|许多)[^，,。？?\s我俺]{0,4}(嬢嬢|老人|师傅|工人|阿姨|大姐|大妈|农民|手艺人)"
    r"[^？?我俺]{0,30}(这种|这样的?|这些|她们|他们)(人)?(能|可以|能不能|可不可以)"
)
# 厂里说技师评工程师得先有助理 是这样不: words that ask whether a claim said before them is true
CLAIM_CHECK = r"(是这样不|是这样吗|是这样|是不是这样|(?<!不)对不对|对吗|真的吗|是真的吗|是吗)"
# 请问 / 有个事想问问 我不是给自己问 是我们村的支书让问的: an opening that relays the question for someone else
_RELAYED_OPENING = re.compile(
    r"^\s*((大哥|大姐|老哥|师傅|同志)?(请问一下|请问下|请问|您好|你好|老师好|问一下|有个(事|问题)想问问?|想问一下|想问下)[：:，,！!\s]*|"
    r"都不是[，,\s]+|(我)?(就|只是)?想问问[，,\s]*|"  # 都不是 我就想问问…: neither route, a kind asked about
    r"来电(人|者)问(一下|下)?[：:，,\s]*|"  # 来电人问 高级工干满两年就能评助理工程师了不: the caller's question relayed
    # (最近好多快递小哥来问 他们有快递员高级工证的 能不能评职称: many of a kind, asking)
    r"(最近)?(好多|很多|不少|经常有)[^，,。？?\s]{0,8}来问(一下|下)?[，,\s]*(他们|她们)?|"
    r"(我)?不是(给|帮|替|为)(我)?自己问的?[，,\s]*|是[^，,。\s]{1,12}(让|叫|托)(我)?(来)?问的?[，,\s]*|"
    # 问个政策： / 我是工会干事 帮职工问下 / 帮我们村支书问的 / 我是一家养老院的人事: for people of a kind
    r"问个政策[：:，,\s]*|(我|俺)在[^，,。？?\s]{2,6}(这边|那边)?[，,\s]+(?=(帮|替|给))|我是[^，,。？?\s]{0,12}(人事|HR|hr|工会干事|工会的)[的，,\s]*|"
    r"[^，,。？?\s]{0,12}(人事处|人事科|人事部)(的)?[，,\s]+|"  # 技工院校人事处 想问一下…
    r"(帮|替|给)(我们|咱们|俺们)?[^，,。？?\s我俺]{0,6}(支书|职工|员工|会员|村民|工人|老乡|群众)们?问(一)?下?[的嘞]?[，,\s]*)+"
)


# 我们班组五个人 都是高级工 都能评职称不: a group asked about, the speaker not said to be among them
A_GROUP_ASKED = re.compile(
    r"^(?!.*(包括我|我也|俺也|我是|俺是))((我们|咱们|俺们)[^，,。？?\s]{0,6}(\d+|[两三四五六七八九十几]+)\s*(个人|个|人|位)[\s，,]*"
    r"(都是|全是)[^，,。？?\s]{0,8}[\s，,]*(都|全)(能|可以)(评|报|申报)[^，,。？?]{0,6}(不|吗|么|没)|"
    # 我们公司人事部的，有三个技师都想报工程师…文件上是不是说要满三年: several, with the rule asked of them
    r"(我们|咱们|俺们)[^？?]{0,12}有(\d+|[两三四五六七八九十几]+)\s*(个|位|名)(高级工|技师|高级技师)都(想|要)(评|报|申报)"
    r"(?=.*(文件|政策|规定))|"
    # 我带的五个徒弟都是高级工 都想评助理 一起报行不行: those the speaker teaches
    r"(我|俺)带的(\d+|[两三四五六七八九十几]+)\s*(个|位|名)(徒弟|学生|学徒)都是)"
)
# …能不能评讲师啊 我们学校好几个都在问: the many it is asked for, said after the question
_RELAYED_ENDING = re.compile(
    r"[\s，,。]*(我们|咱们|俺们)[^，,。？?]{0,6}(好几个|好些人?|好多人?|很多人?|不少人?)(都)?在?(问|咨询|打听|传)[啊呀呢哦]*[。！!]?\s*$|"
    # (…能不能走这个贯通 我们学校好多实习指导老师都是技师: the many it is asked for)
    r"[\s，,。]*(我们|咱们|俺们)[^，,。？?]{0,6}(好多|好些|很多|不少)[^，,。？?]{0,10}都是(高级工|技师|高级技师)[。！!]?\s*$"
)


def asked_of_a_kind(text: str) -> bool:
    """村里种茶的有高级工证的能不能评农艺师, after the words that relay it: a kind of person, no one's case (像我们
    这种烤烟厂的 有技师证的 / 我们合作社牧民里有高级工证的: a kind the speaker's firm is one of)."""
    asked = _RELAYED_ENDING.sub("", _RELAYED_OPENING.sub("", text))
    of_a_kind = CATEGORY_SUBJECT.match(asked.strip())
    among_us = r"^(像(我们|咱们|俺们)(这种|这样的?|这类)|(我们|咱们|俺们)(?=[^，,。？?\s]{1,8}(里|中|当中)有))"
    return bool(of_a_kind) and not PERSON.search(re.sub(among_us, "", asked.strip()))


# 我朋友在西双版纳说技师能直接评高级工程师 真的假的: a rule heard of a kind of person, no one's case (not 有人说能评
# 工艺美术系列 真的假的: what the person may apply for)
# 真的假的 俺们车间都传疯了: a word on where it was heard, after the question
_STORY_AFTER = r"((?:[我俺]们|[^？?吗呢我俺，,。]){2,12}[。!！\s]*)?$"
RUMOUR = re.compile(
    # 听说以后高技能人才评职称不要论文了 真的假的: news heard of a kind of person
    r"^[^，,。]{0,4}听说[^。？?我俺]{2,30}[？?]?\s*(真[的嘞滴]假[的嘞滴]|是真的吗|是真的不|真的吗|是不是真的|有没有这回事|有这回事吗)[啊呀哦吧]?"
    r"[？?。!！\s\U0001F300-\U0001FAFF]*" + _STORY_AFTER + "|"
    # (我们班组长说技师三年就能评工程师 是真的不)
    r"^[^，,。]{0,12}(朋友|同事|工友|老乡|有人|别人|网上|群里|听人|人家|大家|师傅|师父|师兄|师姐|师弟|亲戚|班组长|班长|组长|车间主任|"
    r"领导|厂长|老板)[^，,。]{0,10}(说|讲|传)[，,\s]*[^，,。？?]{0,4}(初级工|中级工|高级工|技师|"
    r"高级技师|[^，,。]{0,4}工程师|(?<=[说，,\s])[^，,。？?我俺]{1,8}(也|都)?(能|可以))[^。？?]{2,30}(真[的嘞滴]假[的嘞滴]|是真的吗|是真的不|"
    # (…真的不 / …吹牛吧)
    r"真的不|真的吗|靠谱吗|是不是真的|有这回事吗|有没有这回事|吹牛吧|瞎说吧|忽悠人吧)[？?。!！\s\U0001F300-\U0001FAFF]*"
    + _STORY_AFTER
    # 高级工干满两年就能评助理工程师了不 俺们车间都在传 真嘞假嘞: a rule of a level, then that it goes round
    + r"|^\s*(初级工|中级工|高级工|技师|高级技师)[^。？?我俺]{2,24}[？?]?\s*[^。？?]{0,8}(都在传|在传|传疯了|都这么说)"
    # 采访对象说他技师满三年就评上了工程师 这个说法跟文件对得上吗: a story told, checked against the documents
    + r"|^[^。？?]{0,60}说法[^，,。？?]{0,4}(跟|和|与)(文件|政策|规定)[^，,。？?]{0,4}(对得上|符合|一致|对不对|对吗)"
    # 长治的 人家说评职称得有论文 俺一个开挖掘机的哪会写论文: a requirement heard, worried over
    + r"|^[^。？?]{0,8}(人家|别人|有人|听人)说[^，,。？?]{0,8}(得|要|需要|必须)(有|写|发|考)[^，,。？?]{0,4}"
    + r"(论文|学历|外语|英语|计算机)"
    # 他问我技师能不能直接评高级工程师 我说不行 他不信 你给评评理: a rule two people argue over
    + r"|^[^。？?]{0,60}(我|他|她)说[^，,。？?]{1,8}[，,\s]*(他|她|我)(不信|不服)[^。？?]{0,12}"
    + r"(评评理|评个理|谁说得对|谁说的对|谁对)"
)
# 刷抖音看到一个视频 说是人社部出了新规定 技师能直接评高级工程师…到底真的假的: news heard, asked about
HEARD_NEWS = re.compile(
    r"(抖音|快手|视频|网上|群里|朋友圈|公众号|新闻|刷到)[^。？?]{0,20}(说|讲)[^。？?]{0,30}(高级工|技师|工程师)[^？?]{0,60}"
    r"(真的假的|是真的吗|真的吗|靠谱吗|是不是真的|有这回事吗|有没有这回事)"
)
# 正高级工程师能不能申请高级技师评价 / 技师能评工程师不, said alone: a level as the subject of a question, no one
# named (高级工能评会计师不？我在厂里兼着做账: the next clause says it is their own)
LEVEL_AS_SUBJECT = re.compile(
    r"^[^，,。？?\s有拿]{0,8}(中级工|初级工|高级工|技师|工程师|职称|高工|助工|副高|正高)证?的?(人)?"
    r"(能不能|能否|可不可以|可以|能|好)(直接)?(申请|评|报考?|申报|考)|"  # (吴语 好申请…伐: 可以)
    # 评上副高后还能再评正高吗: what the rules allow after a level
    r"^(评上|取得|拿到)[^，,。？?\s]{1,6}(后|以后|之后)(还)?(能|可以|能不能|可不可以)(再)?(评|申请|报|考)|"
    # 正高职称退休以后还能申请高级技师不: what a level allows later on
    r"^(正高|副高|中级|助理|高级技师|技师|高级工)(级)?(职称)?[^，,。？?\s我俺]{0,4}(以后|之后)还?(能|可以|能不能)(申请|评|报|考)|"
    # 正高级职称的能不能去申请
    r"^[^，,。？?\s有拿]{0,8}(职称|工程师|技师|高级工)的(人)?(能不能|能否|可不可以)去(申请|评|报|考)|"
    # 高级工考初级会计可以不: the level, what it may sit for, asked
    r"^(中级工|高级工|技师|高级技师)(考|报考|评|报)[^，,。？?\s]{1,8}(可以不|可不可以|行不行|行不|能行不|得不得)\s*$"
)
# 助理级 中级 副高 分别要啥技能等级: what each of several levels needs, asked
EACH_ASKED = re.compile(r"(分别|各自|各)(要|需要|对应|是)?[^，,。\d]{0,6}(啥|什么|哪|多少|几)")
QUESTION = re.compile(r"[？?]|吗|呢|要不要|能不能|是不是|可不可以|行不行")
# 技师证丢了: a certificate lost — its level is not labelled as held until it is reissued
LOST_CERTIFICATE = re.compile(r"证[^，,。]{0,4}(丢了|弄丢|搞丢|丢失|找不到了|弄没了|搞掉了|弄掉了)")
# 啥叫高精尖缺？: what a word means — a question of its own, even in the middle of a check.
DEFINITION = re.compile(
    r"(?<!不懂)(?<!不知道)(?<!不清楚)(^(啥子|什么|啥)是[^，,。\s]{1,12}[？?吗呢哦]?$|啥子?叫|什么叫|(是个?|按)(什么|啥子?|哪样)标准|(是|就是)(说|指)?[^，,。？?]{1,20}(那种|那个|那样)吗|(是说|是指)[^，,。？?]{1,20}(那种|那个|那样)嘛|有(个|啥|什么)?(具体)?(标准|说法)(没得?|吗|么|不|没有)|有没有个?(具体的?)?标准|是什么意思|(?<!没)(?<!没得)(?<!没有)啥意思|(?<!没)(?<!没得)(?<!没有)什么意思|是指(什么|啥|哪)|指的是(什么|啥|哪些)|(?<=[是体])指(啥|什么|哪些)|(?<!还)(?<!还能)(?<!还会)(?<!不)(?<!哪)是啥(?!子?(系列|级别|级|职称|等级|工种|来着[…。.，,\s]+\S))|(咋个?|咋样|怎么样?|怎样|^\s*啥子?|^\s*什么)(才)?算(是)?(突出贡献|绝活|绝技|绝招|新兴|新职业|对口|一线)|是个(啥子?|什么)(东西|意思)?[哦啊呀嘛]?([，,。？?\s]|$)|是干(嘛|啥|什么)的|是(怎么|咋)(一)?回事|"
    # 规上？就是统计局说那个…企业吗: the word said back, its meaning asked
    r"^[^，,。？?\s]{1,6}[？?]\s*(就是|是不是|是指)[^，,。？?]{1,24}(吗|么|嘛)[？?]?\s*$)"
)
# 文件原话是「应在现工作岗位上近3年年度考核合格」还是…: the documents' words quoted, no one's facts
CORNER_QUOTED = re.compile(r"「[^」]*」|『[^』]*』")
# 我们有6个人报，都是技师 / 好几个高级工 / 3个技师: a count of people, not the person.
GROUP = re.compile(
    # (not 想问两个：一是…: the questions to come, counted)
    r"(?<!第)(?<!问)([2-9]|\d{2,}|[二三四五六七八九几]?[十百][几多来]?)\s*(个|名|位|人)"
    r"(?!证|等级|级|工种|职业|系列|优秀|合格|称职|基本|不合格|良好)|"
    # 我们公司有三个全国技术能手: a group, in words (not 三个月 / 两个证)
    r"(?<![第一\d])[两三四五六七八九]\s*(个|名|位)(?=[^，,。？?\s]{0,6}(技术能手|技师|高级工|高级技师|师傅|工人|职工|员工))|\d+\s*[来多]\s*号|[十百千][几多来]号|好几个|"
    # 今年有茶厂的技师来报农艺师 / 今年有茶厂 烟站的技师来报农艺师: applicants of a kind, come to apply (not 我有技师证)
    r"(?<![我俺])有[^，,。\d我俺]{0,8}(技师|高级工|高级技师)(?!证)[^，,。证]{0,2}(来|要|想)?(报|申报|申请)|"
    r"的(技师|高级工|高级技师)们?来(报|申报|申请)|"
    # 我们厂有工程师在问: others asking, the question theirs in general (推荐我们车间高级技师老刘 /
    # 我们厂高级技师陈师傅: one, named)
    # (我是市总工会的 有会员问…: members of a union)
    r"(?<![我俺])有[^，,。\d我俺]{0,6}(工程师|技师|高级工|师傅|工人|职工|员工|同事|会员|群众|居民|网友|粉丝|学员)(在|来|也)?(问|打听|咨询)|几十个|百多个|多个|一批|有几个|(推荐|报|选|送)了?几(个|名|位)|(我们|咱们|俺们?)(厂|单位|公司|车间)的?(技师|高级工|高级技师)(?![老小](?!伙|孩|年|师|同|们)[\u4e00-\u9fff]|[\u4e00-\u9fff](师傅|师父))|(一|1)个(高级工|技师|高级技师)[，,、]?(一|1)个|都是(技师|高级工|高级技师)|大家(?![好早])|(技师|高级工|师傅)们(?![好早])|"
    r"(^|的|们)学生|学生们|毕业生|学员们|学生(一般|都|里)|(好多|很多|不少|许多)([^，,。\d]{0,6}的)?(老师傅|老师|师傅|老把式|手艺人|工人|职工|员工|人|农民|社员|牧民|技师|高级工|高级技师)(都)?|(高级工|技师|高级技师)[^，,。]{0,2}(老多|很多|好多|不老少|不少|挺多|老鼻子|比较多|蛮多|特别多|多得很|一大堆|一堆|成堆)(?![年天个月])|"
    # 我们学校实习指导老师好多都有技师证: many of them
    r"(老师|师傅|工人|职工|员工|同事|学员)们?(好多|很多|不少|许多|大多|多数)(都)?(有|是|拿)"
)


@dataclass(frozen=True)
class Clause:
    text: str
    start: int
    end: int
    alone: bool = False  # the whole message is this one clause

    @property
    def personal(self) -> bool:
        return bool(PERSON.search(self.text))

    @property
    def comparison(self) -> bool:
        return bool(COMPARISON.search(self.text))

    @property
    def group(self) -> bool:
        """A clause counting or gathering people (the organiser's applicants), not one person (我和我老婆都是技师:
        the speaker among them)."""
        among = re.search(r"(我|俺|额)(和|跟|与)[^，,。]{1,6}都是", self.text)
        return bool(GROUP.search(self.text)) and not (re.search(r"\d+\s*(年|月|日|号)", self.text) or among)

    @property
    def general(self) -> bool:
        """A question about the rules, not about a case: no person named, a general question word."""
        asked_alone = self.alone and LEVEL_AS_SUBJECT.search(self.text)
        none_fits = re.search(r"哪(个|一个|样)[^，,。？?]{0,4}都(不|没)", self.text)  # 哪个系列都不沾边吧: an answer
        return bool(GENERAL.search(self.text) or asked_alone) and not (self.personal or none_fits)


# 能不能 申请 锅炉运行值班员高级工 / 想 评 工程师: every word typed apart — a verb alone is no clause of its own
# (not 能不能评 高级工 22年 一直干: a question, then the facts, each a chunk of its own)
_A_LONE_VERB = re.compile(r"想|要|想要|打算|准备|能不能|能否|可不可以|评|报|申请|申报|考")


def clauses(text: str) -> list[Clause]:
    return list(_clauses(text))


# (a message's clauses are asked for again and again, word by word: read once, a long message stays quick to read)
@functools.lru_cache(maxsize=256)
def _clauses(text: str) -> tuple[Clause, ...]:
    found: list[Clause] = []
    start = 0
    for match in _BREAK.finditer(text):
        if match.start() > start:
            found.append(Clause(text[start : match.start()], start, match.start()))
        start = match.end()
    if start < len(text):
        found.append(Clause(text[start:], start, len(text)))
    found = _verbs_joined_to_what_follows(text, found)
    if len(found) == 1:
        found[0] = Clause(found[0].text, found[0].start, found[0].end, alone=True)
    return tuple(found)


def _verbs_joined_to_what_follows(text: str, found: list[Clause]) -> list[Clause]:
    joined: list[Clause] = []
    for clause in found:
        before = joined[-1] if joined else None
        if before and _A_LONE_VERB.fullmatch(before.text.split(" ")[-1]) and text[before.end : clause.start] == " ":
            joined[-1] = Clause(text[before.start : clause.end], before.start, clause.end)
        else:
            joined.append(clause)
    return joined


def blanked(text: str, these: list[Clause]) -> str:
    """The text with these clauses turned to spaces: what they say is not read, and every other character keeps its
    place (so spans and positions found later still point into the message)."""
    for clause in these:
        text = text[: clause.start] + " " * len(clause.text) + text[clause.end :]
    return text


def clause_at(text: str, position: int) -> Clause:
    return next((c for c in _clauses(text) if c.start <= position < c.end), Clause(text, 0, len(text)))


_ASKING = re.compile(r"[？?吗呢]|能|可以|怎么|咋|如何|什么|啥|多少|几|算不算|是不是|[不么]$")


_A_ROUTE = re.compile(r"(高级工|技师|高级技师|[三二一]级)\s*(评|报|申报|升|晋|到(?!现在|今年|目前))")


# 齐齐哈尔车辆段的: where the person works, said as who they are (no 我)
# (两江新区汽车厂装配的: the trade there, said after the workplace)
WORKPLACE_SAID = re.compile(
    r"\s*[^，,。\s]{1,12}(厂|公司|车间|工地|矿|医院|酒店|饭店|站|段)([^，,。\s]{1,3})?的(?=[\s，,]|$)"
)
# 工龄三十年了 退休以后待遇…: the person's own years, said first
OWN_YEARS_SAID = re.compile(r"\s*工龄(是|有)?\s*[\d一二两三四五六七八九十]+\s*多?年")


def describes(text: str) -> bool:
    """青海盐湖化工的，高级工，…想问评助理级考核有啥要求: a clause before the question that only says
    what the person holds — their own case, though no 我 is said (高级工2年评助理 对吧 says a rule)."""
    if re.search(r"对吧|是吧|(?<!不)对不对", text):
        return False
    return any(
        any(m.entry.kind == "skill_level" for m in load_lexicon().find(c.text))
        and not (
            _ASKING.search(c.text)
            or c.general
            or c.group
            or c.comparison
            or re.search(r"和|跟|与|还是|以后|之后|的话|(?<![前先])后$", c.text)  # 评上副高后，…: a step supposed
            or _A_ROUTE.search(c.text)  # 高级工评助理级，…: the route asked about, not what the person holds
            or re.search(r"(去|再去?|准备|打算)(报|评|考|申请|申报)", c.text)  # 再去报技师: a step, not a level held
        )
        for c in clauses(text)[:-1]  # the last clause is the one that asks
    )


def about_the_person(clause: Clause, in_context: bool) -> bool:
    """A clause speaks of the person's own case unless it compares levels, counts a group or asks
    about the rules in general. `in_context`: a reply to the open question, or a message that dates
    the person's own case (阿拉技师今年刚拿到，评工程师要等几年), where even a general clause is theirs."""
    if clause.comparison or clause.group or (clause.general and re.search(r"一般|通常", clause.text)):
        return False  # 高级工一般要干满几年: what is typical, even in reply
    if re.match(r"(顺便|另外|再)问", clause.text):
        return False  # 顺便问下医院里的技工能不能评卫生系列 / 另外问下评上高级职称…: an aside
    return in_context or not clause.general


def asked_alone(text: str) -> bool:
    parts = clauses(text)
    return len(parts) == 1 and parts[0].general


# 我想问问技师评工程师的事 算了 先问个别的: a topic begun, then set aside for another
# (我想问考经济师 算了 还是问评职称吧: the second question instead of the first)
_SET_ASIDE = re.compile(r"^[^。？?]{2,30}?[，,\s]*算了[，,\s]*(先(问|说)(个|点)?别的|还是(先)?(问|说))")


def without_what_was_set_aside(text: str) -> str:
    """我想问问技师评工程师的事 算了 先问个别的 会计那个考试…: the words before 算了 blanked, the rest kept in place."""
    set_aside = _SET_ASIDE.search(text)
    return " " * set_aside.end() + text[set_aside.end() :] if set_aside else text


# 跑销售不是一年 是一年半 / 不是今年 是前年: what is taken back for what is said next
# (不是24年6月 我刚看了 是24年9月: a word on how it was checked, between)
_TAKEN_BACK = re.compile(r"不是[^，,。\s]{1,6}[，,\s]*((我|俺)[^，,。\s]{1,5}[，,\s]+)?(?=(而)?是)")
# 係前年唔係旧年: the year said, then the one it is not
_YEAR_TAKEN_BACK_AFTER = re.compile(
    r"(?<=[是系](前年|去年|今年))不是(大前年|前年|去年|今年|\d{2,4}\s*年)|"
    r"(?<=[是系]\d\d年|[是系]大前年)不是(大前年|前年|去年|今年|\d{2,4}\s*年)"
)
# 中间17年到19年不对 是19年到20年在销售部待了一年: a span said, then put right
_SPAN_PUT_RIGHT = re.compile(
    r"\d{2,4}\s*年\s*(到|至)\s*\d{2,4}\s*年[？?]?[，,\s]*(不对|说错了|错了)[，,\s]*(是|应该是)?"
    r"(?=\s*\d{2,4}\s*年\s*(到|至)\s*\d{2,4}\s*年)"
)
# 借了两年？不对 就一年: a length said, then put right
_A_LENGTH = r"(\d{1,2}\s*个月|\d(\.\d)?\s*年|大?半年)"
# 借了两年？不对 就一年 / 跑了一年业务 其实就半年: the length taken back, then what it really was
# (大概半年…哦不对 前前后后一整年 / 送了两年快递……不对不对 冇得两年 一年多一点 / 跑过一年业务 哦 其实就半年;
# 离开过一年 去跑销售 哦不对 其实就大半年 / 去了一年多机关 搞宣传 不对 前后两年: what was done kept)
_LENGTH_PUT_RIGHT = re.compile(
    rf"(?<!\d){_A_LENGTH}(?P<between>[^，,。\d\s]{{0,4}}[？?]?[，,\s]*(?:[^，,。\d\s]{{2,5}}[，,\s]+)?)"
    rf"(((哦|噢|哎|啊)?(不对)+|说错了|错了)[，,\s]*(其实)?|"
    rf"((哦|噢|哎|啊)[，,\s]+)?(?<=[，,\s])(其实|实际上)(也)?)((没|冇)(有|得)?|不到|哪有)?(\s*{_A_LENGTH}[，,\s]+)?"
    rf"(就|是|应该是|只有|才)?(前前后后|前后|总共|一共|整整|加起来)?(?=\s*{_A_LENGTH})"
)


# 不是22年10月 是11月发的: only the month put right, in the year said
_MONTH_PUT_RIGHT = re.compile(r"不是\s*(\d{2,4}\s*年)\s*\d{1,2}\s*月[，,\s]*(而)?是\s*(?=\d{1,2}\s*月)")


def spans_put_right(text: str) -> str:
    """中间17年到19年不对 是19年到20年在销售部待了一年 → 中间19年到20年在销售部待了一年: the span taken back goes (it
    dates nothing, and the correction is spent); so does a year put right, in the date it was said in."""
    return _year_put_right(_SPAN_PUT_RIGHT.sub("", text))


_A_YEAR = r"(大前年|前年|去年|今年|\d{2,4}\s*年)"
# 高级工是前年五一前后拿的…哦不对 不是前年 是大前年: the year alone put right, at the end of its sentence
_YEAR_PUT_RIGHT = re.compile(
    rf"[\s，,。]*((哦|噢|哎)?(不对|说错了|错了)[\s，,]*)?不是(?P<old>{_A_YEAR})[\s，,]*(而)?(是|应该是)(?P<new>{_A_YEAR})"
    r"[\s。啊吧]*$"
)


def _year_put_right(text: str) -> str:
    """…前年五一前后拿的…不是前年 是大前年 → …大前年五一前后拿的…: the month said with the year is kept."""
    said = _YEAR_PUT_RIGHT.search(text)
    if said is None:
        return text
    old = re.compile(
        r"(?<!大)" + re.escape(said.group("old")) if said.group("old") == "前年" else re.escape(said.group("old"))
    )
    earlier = list(old.finditer(text, 0, said.start()))
    if not earlier:
        return text
    told = earlier[-1]
    return text[: told.start()] + said.group("new") + text[told.end() : said.start()]


def without_what_is_said_again(text: str) -> str:
    """不是今年 是前年 → 是前年; 是前年不是去年 → 是前年; 借了两年？不对 就一年 → 借了一年; 不是22年10月 是11月 →
    是22年11月: the words taken back go, what is said instead stays."""
    text = _YEAR_TAKEN_BACK_AFTER.sub("", _MONTH_PUT_RIGHT.sub(r"是\1", text))
    return _LENGTH_PUT_RIGHT.sub(lambda put_right: put_right.group("between"), _TAKEN_BACK.sub("", text))
