"""What a message is about — eligibility, policy, out of scope, small talk — decided by topic and by
the open question, never by a language model and never by failing to read an answer.

Order: meta commands and small talk; topics these documents do not cover (pensions, 落户, wages,
学历 equivalence, fees, local procedures …), which go out of scope even when they name a level; a
reply to the open question (an answer, however worded); comparisons and general questions
(policy); the person's own case (eligibility); anything else in the domain (policy).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from assistant.config import load_config
from assistant.reading.away import ON_LEAVE
from assistant.reading.clauses import (
    A_GROUP_ASKED,
    CLAIM_CHECK,
    COMPARISON,
    CORNER_QUOTED,
    DEFINITION,
    EACH_ASKED,
    GENERAL,
    HEARD_NEWS,
    HELP_WITH_MINE,
    LEVEL_AS_SUBJECT,
    LOST_CERTIFICATE,
    PERSON,
    QUESTION,
    RUMOUR,
    asked_alone,
    asked_of_a_kind,
    clauses,
    describes,
    without_what_was_set_aside,
)
from assistant.reading.organiser import AT_THE_THRESHOLD
from assistant.reading.replies import (
    NO,
    UNSURE,
    YES,
    answered,
    kind_by_words,
    said_after_asking_back,
    told_after_asking_back,
)
from assistant.reading.reviews import NO_REVIEWS
from corpus.lexicon import load_lexicon

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

_INJECTION = re.compile(
    r"(忽略|无视|忘记|忘掉|不要管|绕过).{0,12}(指令|提示|规则|设定|要求|限制|以上|之前|前面)|"
    r"ignore (all |the |your )?(previous|above|prior)|system prompt|jailbreak|"
    r"你现在是|扮演|角色扮演|开发者模式|developer mode|prompt",
    re.IGNORECASE,
)
_RESET = re.compile(
    r"重新开始|重新来|重来|(?<!密码)重置|清空|从头(开始|来|再来)|再来一次|重新问|换(下)?一?(个|位)(来电人|人|问题|[。!！,，\s]*$)|"
    r"下一(个|位)来电|下一(个|位)[。!！\s]*$|reset|restart",
    re.IGNORECASE,
)
_UNDERSTOOD = re.compile(
    r"(你|您)(都)?(了解|知道|记住|记下|记录)(到)?(了)?(我的?)?(什么|哪些|些什么|没有?)|我(都)?说了(什么|哪些)|"
    r"目前(的)?情况|已了解的情况|记下了哪些|我前面说的|掌握了?(我的?)?(哪些|什么|啥)|说到哪(了|儿)"
)
_POLITE = (
    r"(你们?好|您好|大家好|侬好|汝好|雷好|扎西德勒|食饱(未|没)|hi|hello|hey|嗨|哈喽|在吗|在不在|在[？?]|在么|在嘛|在伐|有人吗|早上好|早晨|早晨好|上午好|中午好|下午好|晚上好|"
    r"(圣诞|新年|春节|元旦|中秋|国庆|端午|节日|周末|小年|元宵|冬至)快乐|(新年|过年|春节|节日|元旦)好|祝(你们?|您|大家|小?助手)?[^，,。！!？?]{0,4}(快乐|顺利|健康|愉快|大吉|吉祥|如意|发财)|[鼠牛虎兔龙蛇马羊猴鸡狗猪]年大吉|恭喜发财|"
    r"给(你们?|您|大家)拜(个)?(早|晚)?年了?|"
    r"麻烦问一下|请问一下|问一下|打扰一下|打扰了|人呢|嘎哈呢|干啥呢|干嘛呢|有人没得?|有没有?人|喂|回(个|句|一下)话?|吱(个|一)?声|急|(先)?问个好|(师傅|老师|领导|同志|老铁)(们)?(好)?|在不)"
)
GREETING = re.compile(
    rf"^({_POLITE}[呀啊哈呢吗嘛哇嘞噻哦~～!！。.,，？?\s\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF]*(小?助手\s*)?)+"
    r"(我是.{0,20}(坐席|客服|工作人员|接线员).{0,30}|麻烦问一下|请问|问个事儿?)?"
    r"[呀啊哈呢吗嘛哇嘞噻哦呗!！。.~～\s\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF]*$",
    re.IGNORECASE,
)
_ACK = (
    r"(好的?|嗯+|哦+|噢|ok|行|中|可以|收到|明白(了|晒)?|知道了?|懂了|了解了?|清楚了|对的?|是的|谢谢|多谢|感谢|谢了|唔[该該]晒?|好清楚|好有用|辛苦了?|再见|拜拜|"
    r"好嘞|得嘞|妥了?|没问题|晓得了|先?挂了|帮大忙了|帮了大忙|(那|那就)?没(别的)?事了|就这些了?|就这样吧?)"
)
_BARE_ACK = re.compile(
    r"(嗯+|哦+|噢|好|行|ok|中|对头|得行|要得|是|对|得嘞|好嘞|👌|👍)[啊呀吧的。.!！~～\s]*", re.IGNORECASE
)
_THANKS = re.compile(
    # (唔该晒 你哋好有用👍: with a thumbs-up)
    rf"^((我|俺|你们?|您)?{_ACK}(你|您)?(啊|呀)?(小助手|助手|同志|老师)?[啦了呀哈啊吧的你您,，!！。.~～\s👍🙏👌😊]*)+$",
    re.IGNORECASE,
)
# 请问这里可以咨询职称的事情吗: whether one may ask here — a greeting, answered with what the assistant does
_MAY_ASK_HERE = re.compile(
    rf"^({_POLITE}[，,。!！\s]*)?(请问)?(这里|这儿|你这里?|您这里?|你们这里?)(可以|能|能不能|可不可以)(咨询|问)[^，,。？?]{{0,12}}"
    r"(吗|不|么|没)?[？?。\s]*$"
)
# 想咨询个事儿 / 问个政策 / 有点事想问: a question is coming
WANTS_TO_ASK = (
    r"想?(咨询|问|请教|打听)(个|一个|一|点)?(下|事儿?|事情|事体|代志|问题|政策)(问题|代志|事情)?|(还是)?想来(问问|咨询|打听)|"
    r"有(个|点)?事(儿|体)?(想|要)?(问|咨询|打听)|想(咨询|请教|打听)"
)
# 评委会的 问个政策 / 师傅 问个事: who they are and that a question is coming, nothing asked yet
# (扎西德勒！我画唐卡的，有个问题想请教; not 高级工评职称要干满几年啊 问一下: the question itself, said first)
_WHO_ASKS = r"([^，,。？?\d几咋啥]{0,8}[，,！!\s]*){0,2}(我)?"
_TRAILING = r"[呀啊哈哦咧嘛噻撒哟嘞呢儿。.!！~～\s]*"
_ABOUT_TO_ASK = re.compile(rf"{_WHO_ASKS}({WANTS_TO_ASK}){_TRAILING}")
# 请教一个评审组织方面的问题 / 有个职称的问题想问问 / 想问下技能等级晋级的事情: what it is about, nothing asked
_ABOUT_TO_ASK_OF = re.compile(
    rf"{_WHO_ASKS}(想?(咨询|问|请教)(个|一个|一)?下?[^，,。？?\d]{{1,10}}的?((?<!人)事|事情|问题)|"
    rf"有(个|点)?[^，,。？?\d]{{1,8}}的?(事|问题)(想|要)?(问问?|咨询|请教)){_TRAILING}"
)
_IDENTITY = re.compile(
    r"你是谁|你是什么|你是(哪样|啥子|么子)|隐私|(会|会晓|识)讲[^，,。？?]{1,4}话|(会不会|会|能不能)(说|讲)[^，,。？?]{1,3}语|(会|能)记住我(说)?的话|(呢个|这个|你们)[^，,。？?]{0,3}(系|是)(什么|啥|咩)(嚟|来)的?|你是哪个|有人回复|有人在吗|有人没|有没有人在?[？?]?$|边个(整|做|开发)|机械人|(你|你们|机器人|助手)[^，,。？?]{0,4}(靠谱吗|靠谱不|靠谱么|靠不靠谱)|(哪个|什么)(单位|部门)(搞|弄|做|开发|办|整)的|(你|你们|机器人|助手)[^，,。？?]{0,8}(哪个|哪家|什么)(公司|厂家|企业)(做|弄|开发|搞|出)的|是.{0,4}官方的|你叫什么|你能做什么|你会什么|你能帮我干|你能干(啥|什么)|你是机器人|你是人工|(你|您)是(真)?人还是机器人|(能|可以|可不可以|能不能)(问|咨询)(个|点|一下|下)?(事儿?|问题)(不|吗|么|没|嘛)?[？?]?$|(哪个|什么)单位开发|谁开发|讲(个)?笑话|陪我聊|"
    # 机器人也要考职称吗哈哈: banter
    r"(机器人|你|你们|助手)[^，,。？?]{0,3}也(要|得|用)(考|评)(职称|证)[^，,。？?]{0,3}(吗|不|么|没)?\s*(哈+)?[!！。？?\s]*$|"
    # 明天冬至了 你们那边吃饺子还是汤圆 / 冬至食咗汤圆未 (not 连过年都没回去过: no holiday taken)
    r"(冬至|端午|中秋|春节|过年|元宵|腊八)(?![^，,。？?]{0,3}没)[^，,。？?]{0,12}(吃|食|过|放[^，,。？?]{0,3}假|回家|开工)|"
    # 今天教师节 学生送了束花 / 今天三八节 厂里发了桶油: the day remarked on
    r"(今天|今儿个?|今日)[^，,。？?\s]{0,2}(教师节|三八节|妇女节|劳动节|儿童节|建军节|重阳节?|小年)(?![^，,。？?]{0,6}(考|评|报|证))|"
    # 我能不能直接把你这个链接发给他们自己问啊: the assistant passed on to others
    r"(你|你们)这个?(链接|网址|二维码|小程序)[^，,。？?]{0,10}(发|转|分享|推)给|"
    r"下(大)?(雨|雪|冰雹)了|(你们|机器人)[^，,。？?]{0,4}过不过|(你们|机器人)[^，,。？?]{0,4}(也)?过(节|年)(不|吗|么|没)|"
    # 你们这个机器人大半夜的也不睡觉啊
    r"(你们|机器人|助手)[^，,。？?]{0,10}(也)?(不睡觉|不用睡觉|不休息|不下班)|"
    r"(你|你们|机器人)[^，,。？?]{0,6}还?上班(不|吗|么|没)|(你|你们)[^，,。？?]{0,4}放(假|不放假)(了)?(不|吗|么|没)|(你们|这个)[^，,。？?]{0,4}助手[^，,。？?]{0,12}(可以|能)[^，,。？?]{0,8}(念|转|发|用)|"
    r"(你|你们|这个)[^，,。？?]{0,4}(回答|答复|回复|答案)[^，,。？?]{0,6}(可以|能)[^，,。？?]{0,8}(念|转|发|用|复制|截图)|"
    r"[吃食](饭|了)?(没|了没|了吗|了么|饭没|饭未)|你是哪家(做|弄|开发|搞)的|(先|去)吃(个|点)?饭|(台风|暴雨|刮风)[^，,。？?]{0,4}(好|真|太)?(大|猛)|聊聊天?|跟你聊|(跟你|和你)?唠(唠|嗑|会儿?|一唠|两句)|刷手机|"
    # 你们这个和12333哪个说了算: the assistant set beside another source
    r"(你|你们)[^，,。？?]{0,4}(和|跟|与|同)[^，,。？?]{1,8}(哪个|谁)[^，,。？?]{0,2}(说了算|说的算|准|权威|更靠谱)|"
    r"助手是[^，,。？?]{0,8}(弄|做|开发|搞)的|你(忙不忙|累不累|几岁)|(你|机器人)(?!说)[^，,。？?]{0,12}(累不累|忙不忙)|(你|你们|机器人)[^，,。？?]{0,3}比[^，,。？?]{1,10}还(懂行?|专业|智能|聪明|厉害|靠谱|耐心|磨叽|细)|(还挺|挺|真|好|蛮)能问|(讲|问|说)(得|的)比[^，,。？?]{1,10}还(清楚|细|明白|专业|懂)|(机器人|你)[^，,。？?]{0,6}(还|蛮|好|真|几)(板扎|灵泛|灵光|巴适)|头(也|都)?(昏|晕)(脱|死)?了|(你|机器人)[^，,。？?]{0,6}(挺|真|好|蛮)(懂行?|专业|智能|聪明|厉害|凶|靠谱|客气|耐心|有礼貌|贴心|好使|好用|管用)|人社局[的嘞](吗|么)|你是(AI|ai|人工智能)|(你|你们)是不是(AI|ai|人工智能|机器人|真人)|^问(这么|那么)多(做|干)?(啥|什么|嘛)[^，,。？?]{0,2}[，,\s]*(好烦|烦死了?|烦人)?[？?！!。\s]*$|(?<![我他她])是(AI|ai|人工智能|机器人)(吗|不|么|吧|啊|呀|伐|嘛)|(人|真人)还是(机器人?|AI|ai|人工智能)|(你|您)还在(不|吗|么|没)|(AI|ai|大模型|机器人)[^，,。？?]{0,10}(哪家|什么|谁)[^，,。？?]{0,6}(做|弄|开发|搞|的)|(用|问)?(你|你们)?这个?(助手|AI|ai)?[^，,。？?]{0,3}(收费|要钱|花钱)(不|吗|么)|(你|您)(还)?记得我[^，,。？?]{0,6}(问|说)|一次(性)?[^，,。？?]{0,6}问完|问完(了)?(没得|没有|没|吗|么|不)|问得[^，,。？?]{0,2}(细|仔细|详细)|查户口|没人(说得|讲得)(清|明白)[^？?]{0,4}[\s，,]*头都?(大|疼|晕)了?|(明年|下周|回头|改天|下次)见|(搞|弄|整|问)得(我)?头都?(晕|大|疼)了?|还(有|要问)(几个|多少)(问题)?(啊|呀|哦)?[？?]?$|^(你)?问这(个)?干(啥|嘛|什么)[？?！!。\s]*$|(人社局|人社厅|人社部门|政府|官方)(弄|做|搞|开发|办)[的嘞滴]|助手[^，,。？?]{0,3}是(哪个|谁|哪家)(整|弄|做|开发|搞)[的嘞滴]|说[的嘞得]?靠不靠谱|(你|你们|这个)[^，,。？?]{0,6}(能|可以|会)(回答|解答|答)(啥|什么|哪些)|说话(能行|行|可以)(不|吗|么)|(?<!明天)(?<!后天)(?<!明儿)(热不热|冷不冷)|(今天|今日|今儿个?|天气|这天儿?)[^，,。？?]{0,2}(好|真|太|可|贼|老|忒|嘎嘎)(热|冷)|冻得|(今天|今日|今朝|今儿个?)[^，,。？?]{0,2}(好(冷|冻|凍|热|焗)|(冷|热)(煞|死))|(听|听得)懂[^，,。？?]{0,4}(话|方言|口音)(不|吗|么)|困死了?|累死了?|真人|是不是机器|机器人(吗|吧|啊)|哪个单位的|你叫(啥|什么)|(你|您)(都)?能(干|做|帮)(啥|什么)|"
    r"是[^，,。？?]{0,4}助手(吗|吧|不)|(你|你们|机器人)(?![^，,。？?]{0,20}(局|窗口|大厅|当面))[^，,。？?]{0,12}(几点)?(下班|返工)|(你|你们|机器人)[^，,。？?]{0,4}(加班|也上班|不用休息|不休息)|摆(一?哈|下)?龙门阵|唠(唠|会儿?)?嗑|(今天|现在|晚上|周末|下班前)[^，,。？?]{0,4}还(能|可以)(咨询|问)(吗|不|么)|"
    # the assistant itself: where its answers come from, what it keeps, how it talks (你们系统会不会保存)
    r"(你们?|这个)[^，,。？?]{0,4}系统[^，,。？?]{0,10}(保存|泄露|部署|官方|谁)|(你|你们)是(人社局|人社厅|政府|官方)的还是|(你|你们|你哋|呢个|这个)[^，,。？?]{0,4}(系咪|是不是)(人社局|人社厅|政府|官方)[^，,。？?]{0,2}(整|做|开发|弄|搞)|机器人[^，,。？?]{0,2}靠谱(不|吗|么)|(会不会|会)泄露|(你|您|你们)(是)?哪里(开发|做|弄|搞)的|"
    r"(你|你们|这个)[^，,。？?]{0,6}(回答|说的|答复)[^，,。？?]{0,6}(短|简单|简短)一?点|(回答|说)的?[^，,。？?]{0,6}(法律效力|作数|算数)|"
    r"说话[^，,。？?]{0,4}像(真)?人|(你|您|助手|机器人)[^，,。？?]{0,2}(能|会|识)([唔不](能|会|识))?(说|讲)[^，,。？?]{0,4}(话|方言|粤语|白话|英语)|(你|您)还?记得(吗|不|么|没)"
)
# 今天热惨了 汗都流干了 / 今天落雨 冷死了: a remark on the weather (not beside another topic: 高温补贴…有没有啊 热死了)
_WEATHER = re.compile(
    r"晒化|(这天|天儿?|天气)[^，,。？?]{0,2}(热|冷)得|台风天|(?<![一个])(打|刮|来|过)台风|台风(过后|过了|走了|来了|刮)|屋顶[^，,。？?]{0,3}掀|晒死|太阳(好|太|真|贼)?(辣|毒)|(热|冷)惨了|(?<!怕)(热|冷|冻)死(了|咯|啦|哒)|落雪|(热|冻)到爆|汗都?(流干|湿透)|雾霾|沙尘暴|落大?雨|下大雨|水浸|风刮[得的嘞]|刮大风|风大[得的嘞]很|站不住|眼睛都睁不开|零下[^，,。？?]{0,6}度(?![^，,。]{0,3}(也|还|照样|照常))|冻透了?|说(冷|热)就(冷|热)"
)
# 明天哈尔滨冷不冷: a forecast asked, another topic — not a remark on the weather
_FORECAST = re.compile(
    r"(明天|后天|明儿)[^，,。？?]{0,8}(冷不冷|热不热|下不下|下雨(不|吗|么|没)|几度|路好走|路况|会不会(下|落))"
)
_HOLD = re.compile(
    r"稍等|等一下|等等|等下|等哈|等一哈|等会儿?|马上回来|一会儿?回来|先去(?!考|评|报|申|拿|学|哪)|晚点再|回头再|明天再|改天再|我问一下|我问问|等我一下|我得?去问|我先问|我去问|我查一下|(?<!帮)我看看|我找找|我翻一下|歇会儿?再"
)
_LEAVING_FOR_NOW = re.compile(r"拜拜|再见|听日|明天|改天|回头再|下次|晚点再")
# 好烦啊 评个职称咋这么麻烦: a sigh, not a question — met with a word of sympathy and the way to start
_VENT = re.compile(
    # 哎呀 你们这个问得比考驾照还细: the questions sighed at
    # (哎呀妈呀 你问得也太细了 俺们矿上人事都没问这么多: and others never asked so much)
    r"^((唉|哎)呀?(妈呀)?[，,\s]*)?[^？?，,。]{0,10}问(得|的)?(比[^，,。？?]{1,8})?(也)?(还挺|还|好|太|真|这么|挺|蛮)"
    r"(细|多|麻烦|啰嗦|复杂|全乎?|详细|仔细)"
    r"[啊呀哦了吧嘞哩呢哟]*([\s，,][^？?，,。]{0,12}(没|不)问(过)?(这么|那么)(多|细)[啊呀哦了吧]*)?"
    r"[!！。…\s\U0001F300-\U0001FAFF]*$|"
    # 恁问这么多 俺脑子都乱了: the questions sighed at
    r"^[^？?，,。]{0,2}问(得|的)?(这么|那么|恁|咁)多[啊呀哦了]*[\s，,]*[^？?，,。]{0,3}(脑子|脑壳|头)(都)?(乱|晕|大|疼)(了|咧|嘞|啦)?[!！。…\s]*$|"
    # 烦死了 评个职称跟唐僧取经似的: applying likened to an ordeal
    r"^(烦死了?|好烦|真烦|心累|唉)[，,\s]*[^？?，,。]{0,8}(跟|像)[^？?，,。]{1,8}(似的|一样)[啊呀哦了嘛]*[!！。…\s]*$|"
    # 额滴个神 这么多文件谁看得懂: the documents sighed at
    r"^((唉|哎)呀?|额滴个?神|我滴个?神|我的天|天哪|妈呀)?[，,\s]*[^？?，,。]{0,4}(这么多|一堆|这些)(文件|政策|条文|字)"
    r"[^？?，,。]{0,2}(谁|哪个)(看得懂|看得明白|搞得懂|弄得懂)[啊呀哦嘛哟]*[!！。？?…\s]*$|"
    # 乖乖 这政策看得我头都大了 一堆字 / 额滴神 这政策看得额头昏脑涨滴: the documents sighed at
    r"^([^？?，,。\s]{1,4}[，,\s]+)?[^？?，,。]{0,6}(政策|文件|条文|这些字)[^？?，,。]{0,3}看得[^？?，,。]{0,3}"
    r"(头都?大|头昏脑涨|头晕|眼睛都?花|脑壳痛|头疼)[了咧啦嘞滴]?([\s，,][^？?，,。]{0,8})?[!！。…\s\U0001F300-\U0001FAFF]*$|"
    # 哈哈 你这机器人还挺会问: the questions remarked on
    r"^(哈+|嘿嘿|呵呵)?[，,\s]*[^？?，,。]{0,8}((还挺|挺|真|好|蛮|很|太)(会|能)问|还(会|能)问得很)(的|啊|呀|哦|了|哈|嘞|哩|哟|呢)*(\s*(哈+|嘿+|呵+))?[!！。…\s\U0001F300-\U0001FAFF]*$|"
    # (你这问嘞额头都大咧 评个职称咋这么麻达: the head aching from the questions)
    r"^(唉|哎)?[，,\s]*[^？?，,。\s]{0,8}(好烦|烦死了?|真烦|心累|头都?大[了咧啦嘞]?)[啊呀哦]?[，,\s]*[^？?，,。]{0,10}(咋个?|怎么)(这么|恁)(麻烦|难|复杂|费劲|多说道|多事儿?|多讲究|多嘢问|多问题|多名堂)[啊呀哦]?"
    r"[!！。\s\U0001F300-\U0001FAFF\u200d\ufe0f]*$|"  # (头都大了 评个职称咋恁麻烦 😮‍💨)
    # 评个职称咋个这么麻烦嘛 烦死了 / 哎呀 评个职称咋这么费劲 头都疼了: the sigh after
    # (唉 评个职称咋这么费劲: a sigh said with 唉 alone)
    # (唉 评个职称咋恁费劲 问了一圈也没人说得明白: and no one could explain it)
    # (咱就是说 评个职称咋恁费劲…😮‍💨: the sigh opened with a phrase instead)
    # (额滴神 评个职称咋这么多说道: 陕西 for "my god")
    r"^((唉|哎)呀?|咱就是说|我就是说|说实话|额滴神|我滴神|我的天|天哪|妈呀)[，,\s]*[^？?，,。]{0,10}(咋个?|怎么)(这么|恁)(麻烦|难懂|难|复杂|费劲|多说道|多事儿?|多讲究)[嘛啊呀哦]?"
    # (哎呀 评个职称咋恁麻烦 问这问那嘞😮‍💨: and the questions)
    r"([\s，,][^？?，,。]{0,8}(没人|没有人|没一个|谁都|都不)[^？?，,。]{0,8}|[\s，,]+问这问那[嘞哩哦呀的了]*)?"
    r"[!！。…\U0001F300-\U0001FAFF\u200d\ufe0f]*$|"
    r"^((唉|哎)呀?[，,\s]*)?[^？?，,。]{0,10}(咋个?|怎么)这么(麻烦|难|复杂|费劲)[嘛啊呀哦]?[，,\s]*([^？?，,。]{2,14}[，,\s]+)?(好烦|烦死[了咧啦]?|真烦|心累|头大|头都?疼了?)[啊呀哦了咧]*[!！。\U0001F300-\U0001FAFF\u200d\ufe0f]*$|"
    # 你这问得也太细了 比俺们厂人事还磨叽: the questions sighed at, likened to another's
    # (哎呀妈呀 你这问得比俺们段长还细 嘎嘎冷的天 手都冻僵了: with a remark after, asking nothing)
    r"^[^？?，,。]{0,8}问(得|的)?(也?(太|真|好|(咋|怎么)?这么)(细|多|麻烦|啰嗦|磨叽)了?[吧啊呀哦呢]*[\U0001F300-\U0001FAFF]*[\s，,]+)?比[^？?，,。]{1,10}还(细|磨叽|啰嗦|麻烦)"
    r"[啊呀哦了吧嘞]*([\s，,]+((?!什么|怎么|咋|啥|吗|呢|[？?]|\d).){0,24})?[!！。\s\U0001F300-\U0001FAFF]*$|"
    # 唉 评个职称咁多嘢问 烦死: so much asked, sighed at
    r"^((唉|哎)呀?[，,\s]*)?[^？?，,。]{0,10}这么多(嘢|东西|事|名堂|问题)(要)?问?[啊呀哦]?[，,\s]*(好烦|烦死了?|真烦)?[!！。\s]*$|"
    # 你们问题咋这么多 比考驾照还磨叽: the questions sighed at
    r"^[^？?，,。]{0,4}问题(咋个?|怎么)?(这么|那么|太|好)(多|细)[啊呀哦了嘛]*([\s，,]+比[^？?，,。]{1,10}还(细|磨叽|啰嗦|麻烦))?[!！。\s]*$|"
    # 评个职称咋这么费劲 问了一圈也没人说得明白: the sigh, and whom they asked
    r"^[^？?，,。]{0,10}(咋个?|怎么)这么(麻烦|难|复杂|费劲)[嘛啊呀哦]?[，,\s]+[^？?，,。]{0,8}(没人|谁都|谁也|都)[^？?，,。]{0,4}(说得?明白|说得?清|讲得?清|说不(明白|清)|讲不清|搞不清)[啊呀哦了]*[!！。\s]*$|"
    # 材料要准备一大堆，真是头疼 (😂😂 评个职称咋这么多名堂哦 / 烦死 交咗三次材料都话唔啱 评个职称咁多嘢)
    r"^(唉|哎)?[，,\s]*[^？?吗]{2,24}[，,\s]*(真是?|太|好)?(头疼|头都?大|心累|烦人|麻烦|(?<=这么)多(名堂|说道|讲究|嘢))[啊呀哦了]*[!！。\U0001F300-\U0001FAFF\u200d\ufe0f]*$|"
    # 额滴神 这评职称的文件咋写得跟天书一样 看得额头都大咧: the documents likened to a book no one can read
    r"^((唉|哎)呀?|额滴神|我滴神|我的天|天哪|妈呀)?[，,\s]*[^？?。吗]{0,16}(跟|像)天书(一样|似的)[^？?。吗]{0,12}$|"
    # 头都大了 这些政策咋一个字都看不懂😭: the documents sighed at
    r"^(唉|哎)?[，,\s]*(头疼|头都?大了?|心累|烦死了?)[啊呀哦了]*[，,\s]+[^？?，,。]{0,12}(看不懂|看不明白|搞不懂|弄不懂|整不明白)"
    r"[啊呀哦了]*[!！。\s\U0001F300-\U0001FAFF\u200d\ufe0f]*$|"
    # 你这问得我头都大了 啥大奖啥津贴的: the questions sighed at, their items listed in scorn
    r"^[^？?，,。]{0,8}问(得|的)[^？?，,。]{0,3}头都?大[了咧啦嘞]?[啊呀哦]?[，,\s]+((啥|什么)[^？?，,。\s啥]{1,6}){2,}[的嘞哩]?"
    r"[!！。…\s\U0001F300-\U0001FAFF]*$|"
    # 头都大了 这么多系列 😵
    r"^(唉|哎)?[，,\s]*(头疼|头都?大了?|心累|烦死了?)[啊呀哦了]*([，,\s]+((?!什么|怎么|咋|啥|吗|呢|[？?]).){0,10})?"
    r"[!！。\U0001F300-\U0001FAFF\u200d\ufe0f\s]*$|"
    # 你这问得也太细了 跟查户口似的 / 哈哈你问得跟我们人事一样细
    r"问得?[^，,。？?]{0,3}(跟|和|像)[^，,。？?]{0,8}(一样|似的)[^，,。？?]{0,2}(细|多|仔细)|"
    # 问这么多 能评不能评你直接说嘛: the questions complained of, nothing answered (not 问这么多 都没有 …: an answer)
    # (粤 问咁多做咩 你直接话我得唔得啦)
    r"^(你)?问(这么|那么)(多|细)(做什么|干什么|干嘛|干啥)?[啊呀哦了嘛，,\s]*((能评不能评|能不能评)[啊呀嘛]?)?[，,\s]*(你)?(就)?直接"
    r"(说|讲|话|告诉我?)[^，,。？?]{0,6}[嘛吧啊呀撒啦!！\s\U0001F300-\U0001FAFF]*$|"
    r"问得?[^，,。？?]{0,3}(太|这么)(细|多)[^？?]{0,8}(查户口|似的|一样)|问得?[^，,。？?]{0,3}(跟|和|像)查户口|"
    # 脑瓜子嗡嗡的 / 脑壳都问昏了
    r"(脑瓜子?|脑壳|脑袋)[^，,。？?]{0,3}(嗡嗡|疼|痛|大|昏|晕)|比[^，,。？?]{1,6}还(费劲|难|麻烦)[^？?]*$|"
    # 哈哈你问得好细
    r"问得?(好|太|真|这么|那么)(细|仔细)|"
    # 中不中啊你这机器人 俺问了半天也没个准话
    r"(问|说)了(半天|这么久|老半天)[^，,。？?]{0,4}(也|还)?(没个?|没有)(个)?(准话|准信|结果|答案)|"
    # 额滴个神 这政策看得额头昏脑涨的: the documents sighed at
    r"^[^？?吗]{0,12}看得[^，,。？?]{0,3}(头昏脑涨|头都?大|头疼|头晕|眼花)[了的咧啦啊]*[!！。\s]*$|"
    # 咋恁多名堂 烦死咧: so much to it, sighed at
    r"^[^？?吗]{0,6}(咋|怎么)(这么|恁|那么)多(名堂|说道|讲究|事儿?|问题)[啊呀哦嘞咧]*[，,\s]*"
    r"(烦死[了咧啦]?|好烦|真烦|头疼|头都?大[了咧啦]?)?[!！。\s]*$|"
    # 好了没得 问完没得 俺还要上班: the questions hurried
    r"^[^？?，,。\s]{0,4}(好|问完)了?(没得?|没有|吗|么)([\s，,]+[^？?，,。\s]{0,4}(好|问完)了?(没得?|没有|吗|么))?"
    r"([\s，,]+[^？?，,。]{0,8}(上班|干活|忙|有事)[^？?，,。]{0,4})?[!！。\s]*$|"
    # 搞了半天还是没弄明白 算了
    r"^(唉|哎)?[，,\s]*[^？?吗]{0,12}(没|不)(弄|搞|整|闹)?(明白|懂)[^？?吗]{0,4}(算了|烦死了?)"
)
_DOMAIN = re.compile(
    r"职称|技能|等级|职业资格|评审|贯通|技师|高级工|高技能|专业技术|评价|申报|考核|绿色通道|评委|"
    r"待遇|政策|文件|规定|证书|拿证|取证|满.{0,2}年|年限|系列|工程师|高工|晋级|绝活|号文|发文|印发|人社部发|人社通|还有效|失效|废止"
)
# Words of small talk that need no answer beyond a polite one, when nothing else is said.
_SMALL_TALK = re.compile(
    r"谢|辛苦|拜拜|再见|晚安|在吗|(请|多多)关照|多指教|哈喽|早上好|早安|午安|晚上好|你好|您好|哈哈|嘿嘿|厉害|好滴|好嘞|棒|赞|挂了|挂断|太慢|好用|给力|(挺|真|好|蛮|还挺)(智能|聪明|方便)|方便多了|莫得排队|不用排队|点赞|唔该|多谢晒|讲得好清楚|讲得很清楚|"
    r"先这样|晓得了|知道了|明白了|板扎|过年好|新年好|莫见怪|别见怪|见谅|怪中|(怪|挺|真|蛮)得劲|(你|你这个?|这个?)机器人[^，,。？?]{0,4}(不累|不知道累|不用休息|不嫌累)|^早晨|[吃食]了?(早餐|早饭|早点|午饭|中饭|晚饭|饭)(未|没|冇)|我(去|克|得去)上班了|快乐|能听见|听得见|这个(咋|怎么)用|谝一(哈|下)|闲得|"
    r"你们[^，,。？?]{0,4}放(不放)?假|"  # 国庆节你们放不放假
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"
)
# (祝你们新年快乐 / 喂喂 能听见不 这个咋用哩: met with how the assistant is used, not with 不客气)
_GREETING_WORD = re.compile(
    r"早上好|^早晨|早安|午安|晚上好|你好|您好|在吗|[☀🌞]|快乐|能听见|听得见|(咋|怎么)用|谝一|闲得"
)
_ASKS = re.compile(
    r"[？?]|吗|能不能|可不可以|行不行|中不中|还要不要|还用不用|能否|占多大|(在|去)哪(里|儿)?(能|可以)?(查|找|看|下载)|(咋|怎么|如何)(认定|界定|判断)|(?<![没有了])多少|(有|有啥|有什么)关系|哪(三|几)年|算还是|还是按|是什么|算不算|怎么算|咋算|哪些|哪几|还是只能|都有哪|(?<!零)几年|(?<![没不])多久|哪个|[不么]$|对吧|(?<![算就])是吧|(?<!不)对不对|"
    r"有没有(什么|啥)?(要求|规定|限制)|有(什么|啥)(要求|规定|限制)|"  # 那考核有没有要求
    r"有没有(人|地方|部门)(管|办|负责|受理)|"  # 拉萨这边有没有人管社保转移的事
    r"谁给?(认定|评定|发|评)"  # 高精尖缺 是谁给认定啊
)
# A bare date or number with nothing to say what it is about (前年 / 2019年的 / 三年多): not a topic.
_FRAGMENT = re.compile(
    r"[\s,，。.!！?？]*(那|这|是|就是|大概|应该是)?[\d〇零一二三四五六七八九十两年月日号前去今大上下半初底中旬个多左右]{1,10}"
    r"(的|吧|啊|呀|呢|嘛|了|那年|那会儿?)*[\s,，。.!！?？]*"
)
_IGNORANT = re.compile(r"不(太)?(知道|清楚|确定|晓得|懂)")
_CONFIRMS = re.compile(
    r"对吧|(?<![算就])是吧|满\s*[^，,。？?\s]{1,3}年吧|(?<!不)对不对|是不是这样|是不是这么算|(记|说|讲)得?对不(?=[？?!！。\s]*$)|没(记|说)错吧|对伐|对唔对"
)
_POLICY_SAID = re.compile(r"(了解|咨询|问)(一)?(下|个)?政策")
_ASKING_SAID = re.compile(
    r"我是问|我问的是|我想问的是|打听(一下|打听)|我是想问|(我|就)?(主要)?想知道|还问|另外问|顺便问|再问一下|还想问|另外想问|我问你|反问(一句|一下)?|(想)?先问(一)?下|先问问|先问一句|"
    r"(咨询|问)(一个|个)?政策(上|方面)?的?问题|咨询政策|问个政策"
)
# 没说自己的情况，就问… / …那个三年是从哪天算？来电人没说自己的情况。
# (我问的是一般的规定啊 不是我自己: said to be the rule, not their case)
NO_CASE_TOLD = re.compile(
    r"没(说|讲|提)(自己|他|她)?的?(个人|具体)?情况([，,\s]*(就|只)问|[。.！!\s]*$)|"
    r"(问的是|是问)[^，,。]{0,4}(一般|普遍|通常)的?(规定|情况|政策)|"
    # 高级工程师 能申请高级技师吗 我们这有人问 / …有同事问我 我也不知道
    # (技师能评啥职称 我们车间好几个都在问: many asking, the question theirs in general)
    r"(我们|咱们|俺们)[^，,。？?]{0,4}(好几个|好些人?|好多人?|很多人?|不少人?)(都)?在?(问|打听)[了啊呀的]*[。！!]?\s*$|"
    r"(我们|咱们|俺们)?(这|这边|那边)?(有(个)?|(我|俺)的?)(人|同事|工友|朋友)(问|咨询)(我|过我)?[了啊呀的]?"
    r"([，,\s]*(我|俺)(也|都)?(不知道|不知|不清楚|不晓得|说不上来?|答不上来?)[了啊呀的]?)?[。.！!\s]*$"
)
_LEVEL_NAMED = re.compile(r"高级工|技师|[一二三四五]级|职称|工程师")
_OPENING_FILLER = re.compile(r"^\s*(先?等一下|先?等等|稍等|先?等下|对了|哦|嗯|那个?)[，,。\s]*")
_REVIEW_FACTS = ("annual_review_results", "annual_reviews_all_pass")
_GRADE_ASKED_ABOUT = re.compile(
    r"(基本合格|基本称职|称职|良好|优秀|不合格)[^，,。？?]{0,3}(算不算|算|能不能算|能算)[^，,。？?]{0,3}(合格|通过|过关?)"
)
# Someone explaining the rules to others (a column, a course, a Q&A for members): the rules they quote are no case.
EXPLAINER = re.compile(
    r"政策解读|公众号|自媒体|(做|管|搞)[^，,。]{0,5}职称(工作|这块|的)|我是[^，,。]{0,10}记者|(经视|卫视|电视台|电台|日报|晚报)[^，,。]{0,6}(编辑|记者|编导)|(电视台|电台|报社|广播)[^，,。]{0,16}(编导|栏目|节目|主持)|报道(里|中)|(写|做)[^，,。]{0,6}报道|采访|职称(科|处)|统一(一下|个)?口径|(领导|科长|处长|主任|老板)(让|叫|要)我(查|了解)|(回复|答复)(群众|来电)|主管部门|(职称|评审)办公室|职改(办|科)|小册子|宣传册|折页|明白纸|宣传(单|页|栏|海报|展板)|FAQ|faq|(接了?|接到)[^，,。]{0,4}电话[^，,。]{0,6}(问|咨询)|(我们|咱们)(咋|怎么|如何)(回答|答复|解释)|制定[^，,。]{0,8}办法|(写|做)(稿子|文章|推文|宣传)|(写|做)[^，,。]{1,16}(稿子|稿|文章|推文)(?![^，,。]{0,3}(吗|么|不))|(给|为|帮)[^，,。]{1,10}(做|搞|讲|上)[^，,。]{0,2}培训|短视频|科普|宣讲|讲(一|1)?课|备课|培训课|课件|"
    r"解读稿|(写|做)[^，,。]{0,4}解读|解读(材料|资料)|组织[^，,。]{0,6}学习[^，,。]{0,6}政策|讲座|教案|给[^，,。]{0,8}(上|讲)[^，,。]{0,6}课(?!题)|(上|讲)[^，,。]{0,4}指导课|给[^，,。]{0,4}学生(娃|们)?讲|给(学员|职工|工人|会员)们?讲|(技能|职业)?培训(中心|学校|基地)的[，,：:\s]*(想)?(请教|问)|"
    r"(编写|编|整理|汇编)[^，,。]{0,8}(政策|问答|手册)|政策问答|"
    # 我们在写评审工作指引 / 在做一份…培训PPT / 写一篇…指南 / 在做职工读本 / 出一份热线口径
    r"(写|做|编|出)[^，,。：:]{0,10}(指引|指南|读本|PPT|ppt|课件|宣传册|口径)|(写|做|编)[^，,。：:]{0,10}问答|整理[^，,。]{0,4}依据|"
    r"(写|做|编|出)[^，,。：:《]{0,10}《[^》]{0,24}(指引|指南|读本|手册|问答)》|"  # 编写公司内部《…申报指引》
    r"(怎么|如何)(回答|答复)[^，,。]{0,4}(准确|合适|稳妥)|职称管理部门|常见问题(解答)?|(做|写|编|整理)个?(FAQ|faq)|帮会员(?!问)|话术|培训材料|十问十答|数据新闻|"
    # (我是新余钢厂工会的 我们这边好多技师都想晓得…: many members, wanting to know)
    r"(经常|常常|老是|总是?|不少|很多|好多)(有)?(群众|人|来电人?|职工|工人|市民|网友|家长|学生|村民|老乡|技师|会员|工友|农民|茶农|果农|菜农|牧民|农户)"
    r"[^，,。：:]{0,4}(问|咨询|打听|想(晓得|知道|了解))|"
    # (我们那边好多放牧的都问: people of a kind, asking)
    r"(不少|很多|好多)[^，,。：:我]{1,4}的(人)?(都|也)?(来)?(问|咨询|打听)|"
    r"(好几个|好些人?|好多人|很多人|不少人)(都)?在?(问|咨询|打听)|"  # 我们学校好几个都在问
    # (厂里好多电焊工都想晓得: workers of a trade)
    r"(不少|很多|好多)[^，,。：:]{0,4}(工|师傅)们?(都)?(问|咨询|打听|想(晓得|知道|了解))|"
    # 经常有技师来问能不能评工程师 / 经常有来的人问
    r"(经常|常常|老是|总是?)有([^，,。：:]{1,6}来|[^，,。：:]{0,6}人)(问|咨询|打听)|不是我自己要评|"
    # 我是市总工会的 有会员问 技师能不能评工程师
    r"有(个|位|些)?会员[^，,。：:]{0,2}(问|咨询)|"
    # 12333 有群众打电话问 高级工能不能评工程师
    r"有(群众|市民|职工|网友|老百姓)[^，,。：:]{0,2}(打|来)(电话|电)[^，,。：:]{0,2}(问|咨询)|"
    r"(群众|职工|工人|会员|网友|学员|家长|学生|员工|老乡)们?(老|总|经常|常常|老是|总是)(是)?(来)?(问|咨询|打听)|"
    r"(学生|学员)们?(老|总|常|经常|总是)?(问|咨询)(我|过我)|"  # 我是技工学校的班主任，学生问我：高级工毕业的…
    # 我是长沙做无人机培训的…学员拿了无人机驾驶员高级工 以后能不能评职称: the trainees, as a whole
    r"(学员|学生)们?(拿了|考了|有)[^，,。]{0,14}(以后|之后)?[\s，,]*(能不能|可不可以|能否)|"
    # 我是技工学校的老师 想问下高级工班毕业的学生…: a teacher asking for the students as a whole
    r"(技工学校|技校|技师学院|技工院校|职校|职业学校)[^，,。]{0,4}(老师|教师|班主任)[^。？?]{0,12}(学生|毕业生)"
)
# (我一个做直播带货的: who they are, said with 一个)
_SELF_DESCRIBED = re.compile(
    r"(我|俺|他|她)(一个|一)?(是|在|做|干|搞|跑|开)|(都|也)想(评|报|申报)"
)  # 十几个技师都想评职称
# 能不能评职称 / 想评 / 想给车间三个老师傅报职称: asking to apply, said by someone who says who they are
_ASKS_TO_APPLY = re.compile(
    r"(能|可以|能不能|可不可以|能否)(评|报|申报|申请)[^，,。]{0,4}(职称|吗|不)|"
    r"想(给|帮|替)[^，,。]{0,10}?(评|报|申报|申请)|想(评|报|申报|申请)|"
    # 我是一名快递员 干了8年 想问问评个职称有什么要求
    r"(评|报|申报)个?职称[^，,。？?]{0,3}(有)?(什么|啥|哪些)(要求|条件)"
)
# 中级工，想问能不能评职称 / 技师证丢了…现在还能拿它评职称不: a level wished for beside an aside
# (评上职称以后退休待遇 is not one)
_WISHES_TO_APPLY = re.compile(
    r"(能不能|可不可以|能否|想)(评|报|申报|申请|考)|还?能[^，,。]{0,4}评[^，,。]{0,3}(职称|吗|不)|"
    r"还?能(整|弄|搞|考)个?[^，,。]{0,10}(技能等级|职称|证)(不|吗|么)"  # 还能整个农业技术员啥的技能等级不
)
_NOT_UNDERSTOOD = re.compile(r"没看懂|没听懂|看不懂|听不懂|不明白|(?<!没)啥意思|(?<!没)什么意思|没懂")


@dataclass
class Route:
    intent: str  # eligibility | policy | out_of_scope | smalltalk
    reply_name: str | None = None  # a fixed reply from config, for small talk and out of scope
    meta: str | None = None  # "reset" or "understood"
    aside: str | None = None  # where to ask about another topic raised beside the person's own case


def _topics() -> dict:
    return load_config("replies")["pointers"]


@functools.cache
def _topic_words() -> dict[str, re.Pattern]:
    """Each topic's words as one compiled pattern: hundreds of words searched one by one would crowd the other
    patterns out of `re`'s cache of compiled patterns."""
    return {
        name: re.compile("|".join(f"(?:{word})" for word in topic["words"]))
        for name, topic in _topics().items()
        if name != "default"
    }


def out_of_scope_topic(text: str) -> str | None:
    """The name of a topic these documents do not cover, if the message is about one (not words inside an
    honour's name: 州政府发嘞津贴算不算省级以上政府特殊津贴 asks about the honour)."""
    honours: list[tuple[int, int]] | None = None  # (looked up only once a topic's word is found)
    if _THE_DOCUMENTS_IN_FORCE.search(text):
        return None  # 96号文是哪年发的 有冇过期: whether the documents still apply, not a certificate's term
    for name, words in _topic_words().items():
        said = list(words.finditer(text))
        if said and honours is None:
            honours = [(h.start, h.end) for h in load_lexicon().honours_in(text)]
        if any(not any(a <= m.start() and m.end() <= b for a, b in honours or []) for m in said):
            return name
    if _another_provinces_rules(text):
        return "procedure"
    return None


_THE_DOCUMENTS_IN_FORCE = re.compile(r"(号文|文件|政策)[^。？?]{0,16}(过期|有效|失效|废止|作废)")


def _another_provinces_rules(text: str) -> bool:
    """四川的职称评审条件是啥: another province's own rules, which these documents do not contain."""
    places = [m for m in load_lexicon().find(text) if m.entry.kind in ("province", "city")]
    rules_of = re.compile(r"[^，,。]{0,8}(条件|规定|政策|办法|细则|标准|要求|流程|文件)")  # 四川的贯通细则
    # (青海有没有专门出的细则: whether the province made rules of its own, which the documents leave to it)
    whether_made = re.search(r"(有没有|有无|出没出|是不是)(专门)?(出|发|制定|定)", text) or _ADOPTED_THERE.search(text)
    return (
        bool(places)
        and not whether_made
        and "云南" not in {m.entry.canonical for m in places}
        and not PERSON.search(text)
        and not RUMOUR.match(text)  # (听说山东出了个文件 高级工能直接评工程师 真嘞假嘞: news of the rules, to check)
        and any(rules_of.match(text, m.end) for m in places)
    )


def out_of_scope_pointer(text: str) -> str:
    return _topics()[out_of_scope_topic(text) or "default"]["text"]


def route(text: str, extraction: Extraction, pending_fact: str | None, has_facts: bool) -> Route:
    text = without_what_was_set_aside(text).strip().replace("贯通助手", "助手")  # the assistant's name is no topic
    if fixed := _fixed(text, extraction, pending_fact):
        return fixed
    # (一直在干 没离开过 顺便问下文件里说嘞技术技能工作 开叉车算不算: the question answered first, then an aside)
    aside_after_an_answer = (
        pending_fact and answered(pending_fact, extraction) and re.search(r"顺便|另外|还想问|再问", text)
    )
    if the_documents_asked_about(text) and not aside_after_an_answer:
        return Route("policy")  # 文件里光说企业 也没说民营还是国企, whatever was asked: what the documents say
    if answer := _answer_to_the_question(text, extraction, pending_fact):
        return answer
    if (not_understood(text) and has_facts) or _ASKED_TO_GO_ON.search(text):
        return Route("eligibility")  # 啥意思 没看懂 / 你咋还不懂: say it again (or ask again), not a policy search
    topic = out_of_scope_topic(_the_question_an_explainer_asks(text))
    # 自考还没考完 / 中专的毕业证算不算: on topic (not 成人本科怎么报名: a question of its own)
    diploma_asked = (
        topic == "education"
        and pending_fact == "related_major_diploma"
        and not re.search(r"(怎么|咋|如何|哪里|在哪)[^，,。]{0,4}(报名|报考|读|上|考)|多少钱|学费", text)
    )
    # 社保交了十二年, asked the years worked: an answer in the wrong measure, not a question on pensions
    # 绿色通道里“享受省级以上政府特殊津贴”，市里给的津贴算不算: whether an allowance counts as the honour
    honour_asked = (
        topic == "subsidy"
        and any("津贴" in h.surface for h in load_lexicon().honours_in(text))
        and re.search(r"算不算|算吗|算不|能算", text)
    )
    paid_in_asked = (
        topic == "pension"
        and pending_fact == "cumulative_work_years"
        and re.search(r"交了", text)
        and not (QUESTION.search(text) or _ASKS.search(text))
    )
    # 工伤养了俩月 脚好了就回去干了, asked about time away: leave told, not a question on work injury
    leave_told = (
        topic == "pension"
        and pending_fact in ("technical_work_interrupted", "technical_work_gap_years")
        and ON_LEAVE.search(text)
        and not (QUESTION.search(text) or _ASKS.search(text))
    )
    # 在哪申报有区别吗: whether it matters, a rule; 技师和工程师到底哪个高？招聘上写…: levels compared
    levels_compared = any(
        c.comparison and len(_LEVEL_NAMED.findall(c.text)) > 1 and not out_of_scope_topic(c.text) for c in clauses(text)
    )
    compared = (topic == "procedure" and COMPARISON.search(text)) or levels_compared
    pointer = _aside_pointer(text, extraction)
    # 技师评中级要干满几年啊 评上中级一个月能多多少钱: a rule asked first, the other topic after it
    parts = clauses(text)
    rule_first = (
        len(parts) > 1
        and parts[0].general
        and re.search(r"几年|多久|多长时间|年限", parts[0].text)
        and not out_of_scope_topic(parts[0].text)
    )
    # 能不能把“淡化学历要求”那段原话发我一下: the clause itself, asked for (not 发到我微信上: sent elsewhere)
    quote_asked = re.search(r"原话|原文", text) and not re.search(r"微信|邮箱|手机|QQ|短信", text)
    # 社保断了两年 还能评职称不 我是技师: whether the other matter bars applying at all, no level wanted
    still_can = (
        topic == "pension"
        and re.search(r"还(能|可以)(评|报|申报)[^，,。]{0,4}(不|吗|么)", text)
        and "target_level" not in extraction.updates
    )
    if (
        topic
        and not (diploma_asked or paid_in_asked or leave_told or honour_asked or compared or pointer or rule_first)
        and not quote_asked
        and (still_can or not _asks_for_a_level(text, extraction))
    ):
        return Route("out_of_scope", "out_of_scope")
    if pending_fact and not _a_definition_asked(text) and not _question_of_its_own(text, extraction, pending_fact):
        routed = Route("eligibility")  # an answer to the open question, however it is worded
    else:
        routed = _by_content(text, extraction, has_facts)
    if pending_fact and routed.reply_name == "out_of_scope":
        routed = Route("eligibility")  # 我就想知道我到底能不能评 问这么多干啥: no topic of its own, the question stands
    return replace(routed, aside=pointer) if pointer and routed.intent == "eligibility" else routed


def _a_definition_asked(text: str) -> bool:
    """啥叫系列: what a word means, asked back (not 啥叫系列 我就想评个助理工程师: the wish told after it answers)."""
    asked = DEFINITION.search(text)
    if asked is None:
        return False
    return not re.search(r"(我|俺|他|她)[^，,。？?]{0,3}(就|只)?想(评|报|考|申报|申请)", text[asked.end() :])


_CASE_ASKED = re.compile(r"(要得|行|可以|能评|能行|中|够格)(不|吗|么|没)|能不能(评|报|申报)|(评|报)得(了|上)(不|吗|么)")


def _the_question_an_explainer_asks(text: str) -> str:
    """…准备给全县技能人才办个职称申报培训班，培训材料里想写清楚：技能人才参评职称学历有没有限制？ — what an
    explainer asks comes after the colon; the work they do it for (a 培训班) is not the topic."""
    explainer = EXPLAINER.search(text)
    if explainer and re.search(r"[：:]", text):
        return re.split(r"[：:]", text)[-1]
    # 我在做乡镇社保所的宣传册 养殖场里的技术员…能评哪个系列: the clause saying what they write is not the topic
    # (你们能帮我写一篇公众号推文吗: a request to the assistant is)
    parts = clauses(text)
    own_work = next((c for c in parts if c.start <= explainer.start() < c.end), None) if explainer else None
    if own_work and own_work is not parts[-1] and re.match(r"\s*(我|俺|咱)", own_work.text):
        # (培训机构的，我们给企业HR讲课，想问…: who they are, said just before)
        index = parts.index(own_work)
        who = parts[index - 1] if index and re.fullmatch(r"\s*[^，,。？?]{1,10}的\s*", parts[index - 1].text) else None
        return "，".join(c.text for c in parts if c is not own_work and c is not who)
    # 我们是培训机构，想给学员讲讲技能人才评职称是不是还要考外语: what is to be told, after 讲讲
    told = re.search(
        r"(给|跟|向)[^，,。？?]{0,6}(学员|学生|工人|职工|员工|大家|家长|群众|老百姓|师傅们|他们|会员)(讲讲|讲一下|讲清楚|介绍一下|说说|解释一下)",
        text,
    )
    return text[told.end() :] if told else text


# (唔该晒 你哋好有用 听日再同你讲: thanks, and the rest tomorrow)
_LEAVING = re.compile(
    r"(再来问|再问你|下次再问|回头再(来|问|说))[^。？?]{0,4}(拜拜|再见|👋|88)[!！。~～\s]*$|"
    r"(听日|明天|明儿|改天)再(同|跟|和)(你|您)(讲|说|聊)[啦吧啊哈]*[!！。~～\s]*$"
)
# 你咋还不懂 / 我说不清楚，你直接告诉我能不能评就行: the check to go on, not a new topic
_ASKED_TO_GO_ON = re.compile(
    r"你(咋|怎么)(还)?(不懂|听不懂|不明白)|我刚(才)?说(过)?的(那个)?意思|你(就)?直接(告诉|说)(我)?[^，,。？?]{0,6}(能不能|行不行)"
)


def not_understood(text: str) -> bool:
    """啥意思 没看懂: the question, asked again in other words."""
    term_asked = re.search(r"[\u4e00-\u9fff]{2,}是(啥|什么)意思", text)  # 规上是啥意思: a word's meaning
    return bool(_NOT_UNDERSTOOD.search(text)) and len(text) <= 12 and not term_asked


def _answer_to_the_question(text: str, extraction: Extraction, pending_fact: str | None) -> Route | None:
    if not pending_fact:
        return None
    if aside := _another_question_first(text, extraction, pending_fact):
        return aside
    if plain := _said_plainly(text, extraction, pending_fact):
        return plain  # (这个先不说 评上工程师一个月能涨多少工资: put aside, though a level is named)
    # (技师评工程师要几年, asked which matter: a rule asked of no one; 随便问问 我师兄说技师现在能评工程师了 真的假的:
    # news to check, no answer)
    rumour = RUMOUR.match(text) and extraction.updates.keys() <= {"track"}
    a_rule = asked_alone(text) and _ASKS.search(text) and not _OWN_SITUATION.search(text)
    if _a_rule_asked_back(text) or (pending_fact == "track" and a_rule) or rumour:
        return Route("policy")
    if _only_asks_of_another_topic(text):
        return None  # 我就想问问评了职称能不能涨工资, in reply: a question on another topic, not an answer
    if _said_to_be_a_question(text) and not answered(pending_fact, extraction):
        return None  # 他反问一句，是必须三年都合格吗 (not 单设评审组。另外想问下…: the answer, then a question)
    asked = _OPENING_FILLER.sub("", text)  # 等一下，高级工一般要干满几年才能评助理级？: the question after the pause
    compared = any(c.comparison for c in clauses(asked))  # 全国和省技术能手有啥区别，省级的也算吗
    left_to_us = re.search(r"随便|都行|都可以|无所谓|看着办|没想好", asked)  # 随便哪个，看哪个好评就评哪个
    if _weighs_the_options(asked, pending_fact):
        return Route("eligibility")  # 工程系列还是农业系列，你觉得哪个好评: the options weighed, in reply
    if _only_asks(asked) and ((compared and not left_to_us) or (kind_by_words(asked) != UNSURE and "算" not in text)):
        return None  # 基本合格算合格吗？ / 哪些荣誉才算？: a question back; 省技术能手算不算: an answer offered
    # (规模以上？么子叫规模以上？我们就六十来个人…肯定不是: the word asked back, then answered all the same)
    defined = [c for c in clauses(text) if DEFINITION.search(c.text)]
    defines = defined and not said_after_asking_back(text, defined[-1].end)
    ignorant = _IGNORANT.search(text)  # 标准是啥我都不知道: not known, though it asks
    answered_anyway = said_after_asking_back(text)  # 年限？标准要求多少？我干了十四年了 肯定够
    if (
        ignorant
        or answered_anyway
        or (not defines and (answered(pending_fact, extraction) or kind_by_words(text) == UNSURE))
    ):
        return Route("eligibility")  # 在深圳上班，社保也在深圳交 / 报名还没截止，说不准: an answer, whatever it says
    return None


def _another_question_first(text: str, extraction: Extraction, pending_fact: str) -> Route | None:
    """这个我不太懂，你先告诉我评个职称要交多少钱: not known, then an aside; 你说的职业技能等级是指哪些证 我看不太懂:
    the question's own words, asked back."""
    # (能帮我查下我那个技师证是哪年发嘞不 证找不着了: a service asked of the assistant first)
    parts = clauses(text)
    service_asked = (
        parts and re.match(r"\s*(能|可以|可不可以|能不能)?(帮|替)我(查|找)", text) and out_of_scope_topic(parts[0].text)
    )
    if _unsure_then_an_aside(text) or service_asked:
        return Route("out_of_scope", "out_of_scope")
    # 取得证书后满3年才能评工程师 是从发证那天算还是考试那天算, asked if they kept at the work: the rule, asked
    if _how_the_rule_counts(text, extraction):
        return Route("policy")
    # (你说的这些系列都包括啥: the options of the question, asked for)
    if re.match(r"\s*(你|您)(说|讲|问)(的|嘞|滴|哩)[^，,。？?]{1,12}(是指|指的是|(都)?(包括|有)(啥|什么|哪些))", text):
        return Route("policy")
    # 不是我自己报 我在给村里写政策明白纸…, asked which matter: who they are, asking for no one (想把技师评工程师那段
    # 写对: the levels of the text they write)
    # (都不是 不是我自己报 我在给公司写职工读本 想把技师评工程师那块写对: said after another word)
    not_their_own = re.search(rf"(^|[\s，,]){_NOT_ONES_OWN}", text)
    just_the_policy = _JUST_THE_POLICY.search(text) and (not_their_own or not extraction.held_skills)
    # (都不是 我是社区的 在给居民写政策宣传单: an explainer, with no case)
    explained = EXPLAINER.search(text) and (extraction.empty or not_their_own)
    if pending_fact == "track" and (just_the_policy or explained):
        return Route("policy")
    return None


# The kinds of word that name an option of the open question
_OPTION_KINDS = {
    "series": {"series", "series_title"},
    "target_level": {"title_level", "series_title", "skill_level"},
    "exam": {"exam"},
}


# 先问一下，技师一般一个月工资多少钱: that a question follows, no question of its own
_QUESTION_FOLLOWS = re.compile(r"(先|我先|顺便|另外|还想|再)?(问一下|问下|问问|请问|打听一下)")


# 这个前头说过了噻 我就想问…: the open question waved off, then the question the person has
_SAID_BEFORE = re.compile(r"(这个)?(前头|前面|刚才|之前|上面)(已经|都)?(说|讲|告诉你)(过)?了?[噻啊呀嘛哦]*")


def _only_asks_of_another_topic(text: str) -> bool:
    asking = [
        c
        for c in clauses(text)
        if not (_QUESTION_FOLLOWS.fullmatch(c.text.strip()) or _SAID_BEFORE.fullmatch(c.text.strip()))
    ]
    return bool(out_of_scope_topic(text)) and all(_ASKS.search(c.text) for c in asking)


def _weighs_the_options(text: str, pending_fact: str) -> bool:
    """工程系列还是农业系列，你觉得哪个好评 / 经济师或者统计师哪个好考: two options of the open question set side by
    side and asked about — still answering it, not a question on the rules."""
    kinds = _OPTION_KINDS.get(pending_fact)
    side_by_side = re.search(r"(跟|和|与)[^，,。？?]{1,8}哪(个|样)(好|合适|划算|容易|快)", text)
    if not kinds or not (side_by_side or re.search(r"还是|或者|或是|要么", text)):  # (工程 要么就是工艺美术)
        return False
    # (经济系列: the 经济 series, though the word alone names its exam; 工艺美术跟轻工哪个好评点 / 轻工？还是农业？
    # 你帮我看哪个好: one option known by name, set beside another in the person's own words)
    which_is_better = side_by_side or re.search(r"哪(个|样)(好|合适|划算|容易|快)", text)
    named = [m for m in load_lexicon().find(text) if m.entry.kind in kinds or text.startswith("系列", m.end)]
    return len({m.entry.canonical for m in named}) >= (1 if which_is_better else 2)


def _a_rule_asked_back(text: str) -> bool:
    """有相关专业毕业证的话是不是可以免考理论: a rule supposed and asked back; 来电人没说自己的情况，就问高级技师能不能
    评副高: a rule, relayed."""
    # (not 想弄个技师 不过问一下 有毕业证的话是不是…: the answer, then the question)
    supposed = (re.match(r"[^，,。？?]{2,16}的话", text) and len(clauses(text)) == 1) or (
        re.match(r"[^，,。？?\s]{2,16}的话[，,\s]*(是不是|是否|能不能|可不可以)", text)
        and not re.search(r"那(我)?就", text)
    )  # (有毕业证的话 是不是就不用考理论了; not 护师的话是不是只能报三级哦？那就三级嘛: the answer after)
    # 那是不是要先考个高级工才行: a step the rules may require, asked back; 我不是申报的 我是做政策解读的 想了解…:
    # an explainer, answering who they are
    # (是不是要三年考核都合格才行: a condition asked back, with nothing of one's own)
    a_step = re.search(
        r"是不是(要|得|必须)先(考|拿|评)(个|一个)?[^，,。？?]{1,8}才(行|能|可以)|算不算(工龄|工作年限)|"
        r"^\s*是不是[^，,。？?我俺]{0,6}(要|得|必须)[^，,。？?我俺]{1,12}才(行|能|可以)[吗么吧啊呀？?\s]*$|"
        # 近3年是哪3年哦 今年的算不算 / 近3年考核合格 是哪3年哦: how the window counts
        r"近\s*[3三]\s*年([^，,。？?]{0,6}[\s，,]*(?=是|指))?(是|指)?(指)?的?(哪|那)\s*[3三几]\s*年|"
        # (是不是要三年考核都合格才行 哪三年啊 从拿证那年算吗)
        r"(考核|合格)[^。？?]{0,12}[\s，,]+哪\s*[3三几]\s*年|"
        # 规模以上是按啥认定嘞 营业额还是人数 / 规上是按营业额还是人数算嘞 (not 是按证书上的时间还是按文件时间算？证书上
        # 写的是2022年6月: the question, then the answer)
        r"^[^，,。？?我俺]{0,8}是?按(啥|什么|哪个)(来)?(认定|算|定|标准)|"
        # (规上？是按营业额算还是按人数算: the word said back first; …还是人数算 我不太清楚: not known to them)
        r"(^|[？?]\s*)[^，,。？?我俺]{0,8}是?按[^，,。？?]{1,6}?(算)?还是按?[^，,。？?]{1,6}(来)?(认定|算|定)[的吗呢嘞啊呀哦？?\s]*"
        r"((这个)?(我|俺|我们|俺们)?(也)?不(太|大)?(清楚|知道|懂|晓得)[的啊呀]*)?$|"
        # 那正高要什么条件: the next level's rule, asked after an answer on another
        r"^\s*那(么)?[^，,。？?我俺]{1,10}(要|需要|得|有)(什么|啥|哪些)(条件|要求)[呢吗么啊呀？?\s]*$",
        text,
    )
    # 正好5个人算不算5人以上: the threshold asked, not the count (5个 / 目前收到5份 / 技师报中级的3个… 正好5个算不算…:
    # the count first)
    # (人数超过5个就必须单设吗 / 5个人以上必须单设评审组吗: the threshold asked before any count)
    threshold = re.search(
        r"算不算\s*\d+\s*(个|名)?人?(以上|以下)|" + AT_THE_THRESHOLD + "|"
        r"(超过|满|达到|够)\s*\d+\s*(个|名)?人?[^，,。？?\d]{0,10}(吗|么|不)[？?]|"
        r"^\s*\d+\s*(个|名)?人?以上[^，,。？?\d]{0,10}(吗|么|不)[？?]?\s*$|"
        # 5人以上是不是就必须单设 还是说可以不设 / 5人以上是指技能人才5个 还是全部申报嘞人啊 (你先说下 5人以上…)
        r"^\s*((你)?先(说|讲)(一)?下[，,\s]*)?\d+\s*(个|名)?人?以上(是不是|是否|是指|指的是)",
        text,
    ) and not re.search(
        r"(^\s*|(?<=[\s，,？?]))([^，,。？?\d]{0,4}(报了?|(报|交)上来了?|收到了?|收了)|[^，,。？?\d\s]{0,8}的|正好|刚好|恰好|(我们|咱们|俺们)?(是|有|一共))?"
        r"\d+\s*(个|名|位|人|份)(申报)?(材料)?([\s，,]|$)",
        text,
    )  # (单设评审组 我们报了5个 正好5个算不算…: the count said in the clause after the answer)
    # 这个要算评委吗 / 重复报的算不算: how heads are counted, asked back with no count said
    count_asked = re.search(
        r"(要|该|得)?(算|计)(上|进去|在内)?(评委|专家)[^，,。]{0,3}(吗|么|不)|(评委(?!会)|专家|重复)[^，,。]{0,6}((要不要|用不用)(算|计)|算不算)",
        text,
    ) and not re.search(r"[\d一二两三四五六七八九十]\s*(个|名|位|份)", text)
    # 考核先放一边 评职称还要不要论文 / 先确认下 5人以上含5人…还是…: the open question put off for a rule
    # (考核我得问人事 先问下评职称还要不要发论文: the question after it asks of no one)
    aside = re.match(r"\s*(考核|这个)?([^，,。？?]{0,8}?\s)?(先放一边|先放一放|先问下|先确认下)", text)
    put_off = (
        aside
        and not PERSON.search(text[aside.end() :])
        and not out_of_scope_topic(text)  # (先问下 考技师要多少钱: another topic)
    )
    explains = EXPLAINER.search(text) and _ASKS.search(text)
    of_a_kind = asked_of_a_kind(text)  # 专业技术人员评技能等级，是不是…
    # 我是网约配送员 这个算新职业吗: whether a job counts as new, asked back (这个不好说…算新的吗: not known)
    new_asked = bool(
        re.search(r"(算|是)(不算|不是)?(个)?新(职业|工种|兴职业)(吗|么|不|没|哦)|是不是新(职业|工种)", text)
    ) and not re.search(r"不好说|不清楚|不知道|不晓得|不确定", text)
    # 我就是想先了解下政策 技能人才评职称都能评哪些系列: said to be about the rules, and nothing else asked
    said_so = (
        _POLICY_SAID.search(text)
        and all(
            (c.general and not c.personal)
            or _POLICY_SAID.search(c.text)
            or re.search(
                r"不是(给|帮|替|为)?(我)?自己|不是(来)?(申报|要评|要报)的?|没(有)?(啥|什么)?具体(的|情况|事)", c.text
            )
            for c in clauses(text)
        )  # (不是给自己问的 / 没啥具体的: nobody's case)
        and not out_of_scope_topic(text)
    )
    # 这是云南的规定还是全国的 / 这个绝活评审是云南嘞规定还是全国都有嘞: whose rule it is, asked back
    scope = re.match(
        r"\s*(这|这个|那|那个)[^，,。？?]{0,6}(是|算)[^，,。？?]{1,6}(的|嘞|哩)(规定|政策|文件|要求)?还是[^，,。？?]{1,8}(的|嘞|哩)",
        text,
    )
    # 高精尖缺是哪个来认定嘞: who decides, asked back (not 我那个是州里认定的)
    who_decides = re.search(
        r"(是)?(哪个|谁|哪里|哪个部门|哪一级)(来|负责)?(认定|评定|审批|发)(的|嘞|哩|呢)?[吗呢嘞啊呀？?\s]*$", text
    ) and not re.search(r"我|俺|他|她", text)
    return bool(supposed and (_ASKS.search(text) or re.search(r"是不是|是否", text))) or bool(
        NO_CASE_TOLD.search(text)
        or scope
        or who_decides
        or a_step
        or count_asked
        or threshold
        or explains
        or of_a_kind
        or EACH_ASKED.search(text)  # 你先说下 助理级 中级 副高 分别要啥技能等级: what each level needs, asked back
        or new_asked
        or said_so
        or (put_off and (_ASKS.search(text) or GENERAL.search(text) or "还是" in text))
    )


# (这个先放一边 你就说评上助理了工资一个月能多几百不: put aside, then another topic)
_PUT_ASIDE = re.compile(
    r"(这个|这事|这些)?(先不说|先莫说|先放(一放|一边)|(等会儿?|待会儿?|晚点|回头)再?说)|(这个)?(我)?回头(翻|看|查|找)|"
    r"[^，,。？?]{1,8}(不重要|无所谓|不要紧)"  # 考核不考核的不重要 俺想知道…涨工资: the question set aside
)


def _unsure_then_an_aside(text: str) -> bool:
    """考核的事我得问问人事。对了，评上职称以后能落户昆明不？: not known, then a question on another topic."""
    parts = clauses(text)
    # (先不说这个 你们这个评职称要交钱不: the question put aside, then the aside)
    unsure = next((i for i, c in enumerate(parts) if kind_by_words(c.text) == UNSURE or _PUT_ASIDE.match(c.text)), None)
    return unsure is not None and any(
        out_of_scope_topic(c.text)
        and re.search(
            r"[吗呢不没嘛]$|多少|好多|几多|多几|怎么|能不能|可不可以|会不会|有没有|是不是|给不给|涨不涨|加不加|告诉我|说说|讲讲|好久|"
            r"哪里|在哪|去哪|啥时候|什么时候|几(月|号|点|份)|"
            r"(准备|要|交)(么子|啥|什么|哪些)",
            c.text,
        )
        for c in parts[unsure + 1 :]
    )


# 职称证书弄丢了，能补办不: how to have a lost certificate reissued, asked
_REISSUE_ASKED = re.compile(r"(丢了|弄丢|搞丢|遗失|找不到了)[^。]{0,12}(补办|补发|补证|在哪补|咋补|怎么补)")


def _said_plainly(text: str, extraction: Extraction, pending_fact: str) -> Route | None:
    """Replies whose own words say what they are, whatever else they contain."""
    parts = clauses(text)
    if parts and _THANKS.fullmatch(parts[0].text):
        parts = parts[1:]  # 谢谢你啊 这些都没有 对了…: the thanks before the answer
    first_said = len(parts) > 1 and not re.search(r"对了|对啦|哦对|还有", parts[0].text)
    # 没有。另外问下评上高级职称有没有补贴 / 这些都没有。对了问一下…: the answer first, then an aside
    bare = first_said and (len(parts[0].text) <= 4 or (len(parts[0].text) <= 10 and _ASIDE.match(parts[1].text)))
    if (bare and kind_by_words(parts[0].text) in (YES, NO)) or _answered_after_asking_back(
        text, extraction, pending_fact
    ):
        return Route("eligibility")
    # (评上职称以后退休金能多多少: 职称 named in a question on another topic)
    about_a_level = _LEVEL_NAMED.search(text) and not (_only_asks_of_another_topic(text) or _REISSUE_ASKED.search(text))
    if pending_fact in ("skill_certificates", "title_held") and about_a_level:
        return Route("eligibility")  # 我还在技校读书，明年毕业能拿高级工: an answer about their level
    if pending_fact in _REVIEW_FACTS and NO_REVIEWS.search(text) and "今年" not in text:
        return Route("eligibility")  # 考核是啥 我们私企没搞过这个: no reviews, an answer
    if _GRADE_ASKED_ABOUT.search(text) and not re.search(r"去年|前年|今年|\d{2}|我是|我的", text):
        return Route("policy")  # 基本合格算不算合格？: whether a grade passes, asked back — no year of theirs said
    if not_understood(text) and not extraction.domain_terms:
        return Route("eligibility")  # 啥意思 没看懂: the question, asked again in other words
    counted_from = _COUNTED_FROM_WHEN.search(text) and not answered(pending_fact, extraction)  # 去年上半年 是从…算
    if _ASKS_THE_DOCUMENTS.search(text) or counted_from:
        return Route("policy")  # 不知道诶 文件里有没有说厨师能评啥系列: what the documents cover, asked back
    if re.search(r"哪(个|一?级)[^，,。]{0,6}就(评|报|考|申报)?哪(个|一?级)", text):
        return Route("eligibility")  # 最高能评到哪个就评哪个: the choice left to us
    if re.search(
        r"你(说|问)的.{0,14}(是指|是不是[^，,。？?]{0,10}那种|指的是|是什么|是个?(啥子?|什么)|什么意思|是哪(个|些|级)|(由|是)?谁(认定|评|发)|(咋|怎么)(认定|算)|"
        r"(是)?要(有)?(啥|什么)(证明|材料|条件|标准))",
        text,
    ):
        # 你说的突出贡献是个什么标准: what the documents mean by it — unless they say first they cannot tell
        # (不清楚，你说的新兴是指哪些: an answer, not known)
        return Route("eligibility" if _IGNORANT.search(text) else "policy")
    return None


def _answered_after_asking_back(text: str, extraction: Extraction, pending_fact: str) -> bool:
    """近三年是指哪三年嘛？22 23 24都是合格嘞: a question asked back, then the answer all the same."""
    told_after = told_after_asking_back(text)
    # (not 这个还分省份吗？云南跟外省有啥区别 / 规上？是按营业额还是人数算的: another question after the first)
    asks_again = _ASKS.search(told_after) or "还是" in told_after or any(c.comparison for c in clauses(told_after))
    return bool(told_after.strip()) and not asks_again and answered(pending_fact, extraction)


_ASIDE = re.compile(r"\s*(对了|对啦|哦对|另外|还有|顺便|再问|问一下|问下)")
_ASIDE_ENDS = re.compile(r"\s(对了|另外|还有|顺便)(啊|呀|哈|嘛|哦)?\s*$")  # 社保断了有影响不 还有啊 | 我想评个职称
# 这个满三年是从发证那天算，还是从考试那天算？: how the rule counts, asked back
_COUNTED_FROM_WHEN = re.compile(
    r"(从|由)[^，,。？?]{1,8}(算|计)[，,\s]*还是(从|由)?"
)  # (由拿证那日计还是由参加工作计: 粤)
_ASKS_THE_DOCUMENTS = re.compile(
    r"(文件|政策)(里|上)(头|面|边)?[^，,。？?]{0,2}(有没有|有没得|提没提|说没说|写没写|咋说|怎么说)|"
    r"(文件|政策)(里|上)(头|面|边)?[^，,。？?]{0,12}(提到|说到|写到|规定)[^，,。]{0,4}(没有|吗|没)|"
    r"(文件|政策)(里|上)(头|面|边)?有[^，,。？?]{1,8}(没|吗|不)[？?]?$|"  # 文件里有我们这行没
    r"^(有没有|有木有)[^，,。？?]{1,8}系列[？?]"  # 有没有卫生系列？我是做康复理疗的: which series there are, asked back
)


def _said_to_be_a_question(text: str) -> bool:
    """他反问一句，是必须三年都合格吗？: a question the person says is one, nothing stated before it (not
    2019年的。对了顺便问下… or 员工赵某…想报实验师。顺便问：…: an answer or a case first)."""
    said = _ASKING_SAID.search(text)
    before = text[: said.start()].strip(" ，,。") if said else ""
    brief = len(before) <= 6 or kind_by_words(before) == UNSURE  # 这个无所谓吧，我主要想知道…
    return said is not None and brief and _only_asks(text[said.end() :])


def _only_asks(text: str) -> bool:
    """Every clause asks and one asks about the rules, with no person named: nothing is stated (a
    condition first, 单设评审组的话，…, belongs to the question)."""
    parts = [c for c in clauses(text) if not re.search(r"(的话|的时候)$", c.text)]
    asks = all(_ASKS.search(c.text) or COMPARISON.search(c.text) for c in parts)
    return bool(parts) and asks and any(c.general or c.comparison or _confirms_a_rule(c) for c in parts)


# What a statement answering the open question speaks of (毕业证是机械的 / 我们参加过高铁项目).
_ON_TOPIC = {
    "related_major_diploma": re.compile(r"毕业|专业|学的|文凭|学历"),
    "major_contribution": re.compile(r"项目|工程|贡献|奖|攻关"),
    "front_line_mastery": re.compile(r"绝活|绝技|绝招|一线|车间|现场"),
    "new_occupation": re.compile(r"职业|行业|工种|新"),
    "occupation_matches_post": re.compile(r"岗位|工种|干的|做的|我是|想报|报的"),
    "honours": re.compile(r"能手|劳模|奖|津贴|工作室|称号"),
}


def _states_something(text: str, pending_fact: str | None) -> bool:
    """A clause that answers the open question in its own words (毕业证是机械的), not a request or an
    explanation of the question (你先给我列一下 / 我文化低)."""
    on_topic = _ON_TOPIC.get(pending_fact or "")
    return on_topic is not None and any(
        not (_ASKS.search(c.text) or c.comparison or c.general) and on_topic.search(c.text) for c in clauses(text)
    )


def _confirms_a_rule(clause) -> bool:
    """高级工评助理级是要满2年对吧？: a rule said back to be confirmed, no person named."""
    return bool(_CONFIRMS.search(clause.text)) and not clause.personal


def _by_content(text: str, extraction: Extraction, has_facts: bool) -> Route:
    """No question open, or a question of its own: the person's case, the rules, or small talk."""
    case, personal = _states_a_case(text, extraction), _personal(text, extraction)
    own_case = (case and personal) or bool(HELP_WITH_MINE.search(text)) or _this_years_evaluation(text, extraction)
    if _about_the_rules(text, extraction, own_case=own_case):
        return Route("policy")
    # 刚好5个人的话… / 5个人以上就要单设 / 人数超过5个就要单设: a case imagined, a threshold
    said_as_if = re.sub(
        r"[^，,。？?]*(的话|如果|假如|要是)[^，,。？?]*|\d+\s*个?人?(以上|以下)|(超过|不到|不满|达到|少于|多于)\s*\d+\s*个?人?",
        "",
        text,
    )
    concrete = re.search(
        r"\d|准备|打算|想(?!了解|问|咨询|知道)|公司|单位|厂|集团|评委会", said_as_if
    )  # 集团公司准备自主评审: a case
    if extraction.updates.get("track") == "organiser" and not (
        personal or PERSON.search(text) or concrete or has_facts
    ):
        return Route("policy")  # 规模以上企业可以自己评职称吗: the rule, asked of no one in particular
    own_situation = _OWN_SITUATION.search(text) and _ASKS.search(text)  # 我这种情况能不能弄那个: a case, not yet told
    wants = _wants_something(text, extraction)
    if case or (personal and _DOMAIN.search(text)) or own_situation or extraction.ambiguities or wants:
        return Route("eligibility")
    parts = clauses(text)
    said_yes_or_no = bool(parts) and kind_by_words(parts[0].text) in (YES, NO)  # 对 互联网营销师是新职业 前几年才出来的
    # 那副高呢 / 应该是四川，不在云南了: more about the case under discussion; 是的 都是技师和高级技师: a reply about
    # the case, nothing asked
    more_of_the_case = extraction.updates and (len(text) <= 15 or personal or said_yes_or_no)
    if has_facts and (more_of_the_case or (said_yes_or_no and not (_ASKS.search(text) or _SMALL_TALK.search(text)))):
        return Route("eligibility")
    if extraction.domain_terms or _DOMAIN.search(text):
        return _the_matter_put_off(text) or Route("policy")
    if has_facts and extraction.empty and _FRAGMENT.fullmatch(text) and re.search(r"[\d年月日号]", text):
        return Route("eligibility", "fragment")  # 前年, with no question open: ask what it is about
    if _SMALL_TALK.search(text) and (len(text) <= 25 or not _ASKS.search(text)):
        return Route("smalltalk", "greeting" if _GREETING_WORD.search(text) else "thanks")  # 晚安 / 哈哈哈 / 🙏
    if has_facts and len(text) <= 15 and not (_ASKS.search(text) or out_of_scope_topic(text)):
        return Route("eligibility")  # 对口的 天天跟电打交道, after the verdict: a remark on the case, not another topic
    if _TRADE_SAID.search(text) and not out_of_scope_topic(text):
        return Route(
            "eligibility"
        )  # 我是焊工 / 帮我老公问一下 他是电工: a worker to hear out, asked what the matter is
    return Route("out_of_scope", "out_of_scope")


# 我是焊工 / 俺是车工 想打听个事儿 / 他是电工: who the person is, by trade — their case is about to follow
_TRADE_SAID = re.compile(
    r"(我|俺|他|她|阮|额|咱)(是|在)[^，,。？?\s]{0,10}(工|匠|师傅|司机|驾驶员|操作员|维修员|检验员)(?=[\s，,。!！~～]|$)"
)


def _the_matter_put_off(text: str) -> Route | None:
    """快过年了 祝你们新年快乐 明年再来问职称的事 / 国庆快乐 今天放假还在想职称的事: a greeting, the matter put off."""
    if not (_SMALL_TALK.search(text) and _THE_MATTER_PUT_OFF.search(text)) or _ASKS.search(text):
        return None
    return Route("smalltalk", "greeting" if _GREETING_WORD.search(text) else "thanks")


_IN_GENERAL = re.compile(
    r"一般(来讲|来说|情况下)?[^，,。？?]{0,12}(几年|多久|从[^，,。？?]{1,8}算|(哪个|什么|啥|哪几个|哪些)系列)"
)
# (…我自己就是高级工 想知道我够不够 / 我个人是…高级工证拿到手没得好久: one's own case asked as well)
# (我现在能评工程师了吗 / 我是助理工程师 23年评的 想考电工高级工: one's own wish)
_ONES_OWN_ASKED = re.compile(
    r"我(够不够|能不能|可不可以|行不行)|想知道我|我个人|我[^，,。？?]{0,6}(够|能)(不|吗|没)|"
    r"我(?!们)[^，,。？?]{0,6}能(评|报|考|申请)[^，,。？?]{0,8}(吗|不|么|没)(?=[\s，,。？?]|$)|"
    r"我(?!们)[^，,。？?]{0,16}想(考|评|报|申请|申报)"
)
_THE_MATTER_PUT_OFF = re.compile(
    r"(再来|再|以后|回头)问[^，,。？?]{0,6}(职称|评审)的事|(想|惦记)[^，,。？?]{0,6}(职称|评审)的事"
)
# (我这种高级工能评什么: the speaker's own kind, their case)
_OWN_SITUATION = re.compile(
    r"(我|他|她|俺)(这|的|们这)(种|个|样的?)?情况|这样(子)?(的话)?(能|可以|还能|能不能)|(我|俺|额)(这种|这样的?)"
)


# 文件里光说企业 也没说民营还是国企 / 文件说高技能人才评委要占一半以上 / 文件写「…」: the documents' words, quoted
# or said to be missing
_ON_THE_DOCUMENTS = re.compile(
    r"文件(里|上|中)?(头|面)?(好像|似乎)?(只|光|就|也|又)?(写|说|提|规定)(了|的|着|是)?|"
    r"文件(里|上|中)?(头|面)?(也|都|好像|又|并)?(没|没有)(写|说|提|细说|讲|规定)|文件的?(原话|原文)|「[^」]{2,}」"
)


def the_documents_asked_about(text: str) -> bool:
    """A question on what the documents say or leave unsaid, asked of no one's case (not 我做培训讲师教焊接
    算唔算技术技能工作: their own work, asked after the quote)."""
    asks = _ASKS.search(text) or QUESTION.search(text) or _ASKED_OF_THE_DOCUMENTS.search(text)
    # (可我看文件原话是「…」: the reader of the documents, no case)
    said = _READ_THE_DOCUMENTS.sub("", CORNER_QUOTED.sub("", text))
    # (天津的 高级技师 想考个审计师 文件里说能考吗: their own wish, asked against the documents)
    own_wish = re.search(r"想(考|评|报|申报|申请)", text)
    # (省里评过个「湖南工匠」 不晓得算不算: what the person was given, quoted)
    given = re.search(r"(评|获|拿|得|给)(过|了|上)?(个|一个)?「", text)
    return bool(_ON_THE_DOCUMENTS.search(text) and asks) and not (
        PERSON.search(said) or own_wish or given or out_of_scope_topic(text)
    )


# (可我看文件原话是…: the reader of the documents; 你给俺念念: asked to read them out — no case either way)
_READ_THE_DOCUMENTS = re.compile(r"(我|俺)(看|查|读|翻)(了|过)?(一下)?(文件|原文|原话)|给(我|俺)(念|读|讲|说|列)")
# (是占评审组的一半还是整个评委会的一半 / 到底指啥 谁来认定 有名单没 / 上面那个回答不对吧: asked, without 吗)
_ASKED_OF_THE_DOCUMENTS = re.compile(
    r"是[^，,。]{1,16}还是|算不算|指(的是)?(啥|什么)|谁(来)?(认定|定|评)|有[^，,。]{0,4}没(?=[\s，,。]|$)|不对吧|对吧|对吗|"
    r"都?有哪(些|几个|几种)"  # 文件里说的工程 农业那几个系列 到底都有哪些
)
_UNDERSTOOD_RIGHT = re.compile(r"我(这么|这样|这个)?理解(的|得)?(对不对|对吗|对不|没错吧|准确吗|有没有错)")
_SAID_RIGHT = re.compile(r"(说法|这样讲|这么讲|这么说|这样说)[^，,。？?]{0,4}(准确|对|没错|正确)(吗|不|么)")
# 请问：专业技术人员取得中级职称后…: the words that open the question
_A_CLAIM_CHECKED = re.compile(rf"(说|讲)[^，,。？?]{{2,24}}[\s，,]*{CLAIM_CHECK}[？?]?\s*$")
# 绿色通道特殊评审的具体办法 是国家统一定还是各地自己定 / 96号文最后写的联系单位是哪个司 / 这个近3年是哪3年 /
# 技能竞赛获奖、工法…这些，能不能当成职称评审的业绩材料来用: how the rules are made, counted or used, asked of no one
_HOW_THE_RULES_WORK = re.compile(
    r"(国家|全国)统一[^，,。？?]{0,4}还是(各地|地方|各省|省里)|"
    r"(联系|印发|发文|主办)(单位|部门|处室)[^，,。？?]{0,3}是(哪个|什么|啥)|是哪个司|"
    r"这些[，,\s]*(能不能|可不可以|能否|可以)(当成|当作|作为|算作|算成)[^，,。？?]{0,12}(业绩|材料|成果|依据)|"
    # (三年 是从考试算还是发证算; not 俺…是从发证那天算还是…: one's own)
    r"是?从[^，,。？?]{1,8}算还是(从)?[^，,。？?]{1,8}|"
    r"是?按[^，,。？?]{1,8}算还是(按)?[^，,。？?]{1,10}算"  # 是按职称算还是按技师满1年算
)
# 高级工评上助理工程师以后 再拿了技师证 是按技师满三年评工程师 还是得按助理工程师的年限走: which rule applies, asked
# of no one's wish (not …想申请焊工技师 是按讲师的路子走还是按高级工晋级: their own route)
_WHICH_RULE_APPLIES = re.compile(
    r"是按[^，,。？?]{1,12}[\s，,]*还是(得|要|该)?按|"
    # 这个是全国的规定还是只有云南这么规定 / 是云南自己的规定还是国家的: whose rule it is
    r"(全国|国家|[\u4e00-\u9fff]{2}(自己|省里))(的)?(规定|要求|政策|文件|标准)[^，,。？?]{0,4}还是"
)


# 这个近3年是哪3年 / 近3年年度考核 是哪三年 是22 23 24还是… / 5人 是报名5人还是通过初审5人: which of two ways a
# rule counts, asked — whatever case is told beside it
_HOW_A_RULE_COUNTS = re.compile(
    r"(近|最近)\s*[3三]\s*年[^，,。？?]{0,8}是(哪|几)\s*[3三几]?\s*年|"
    r"\d+\s*(个)?人\s*是[^，,。？?]{1,8}还是[^，,。？?]{0,8}\d+\s*(个)?人|"
    r"(是)?按(哪样|什么|啥子?)(认定|算|定)"  # 规上是按哪样认定嘞 营业额还是人数
)


def _a_level_asked_or_another(text: str) -> bool:
    """高级技师能不能评正高级职称 还是最多只能到副高: a level asked about with no one named, then its alternative."""
    parts = clauses(text)
    return (
        len(parts) > 1
        and bool(LEVEL_AS_SUBJECT.match(parts[0].text))
        and all(re.match(r"\s*还是", p.text) and not p.personal for p in parts[1:])
    )


# (文件中所称… / 96号文件二（二）1中“…” / 部里文件说“…” / 是哪一条写的: the documents cited, quoted or asked;
# 绿色通道那句“…” / 原文是“省级以上”吧 / 网上传“…” 这种说法准确吗: a sentence of theirs, or one passed on, checked)
_THE_DOCUMENTS_QUOTED = re.compile(
    r"文件(中|里|上)(所称|所说|提到|规定)的?|\d+号文件?[^，,。]{0,12}中?[“\"「]|〔20\d\d〕|文件(说|写|规定)[：:]?[“\"「]|"
    r"(那句|原文是|原话是|(?<![我俺])传)\s*“|”(里|中)的“|”\s*(这种|这个)说法"
)
# 文件原话是「…」还是「…」 / 用的是「应当」还是「可以」: the wording checked, whoever writes it down
_THE_WORDING_CHECKED = re.compile(r"(原话|原文|用的|用词)(是|为)?[：:]?[“\"「『][^”\"」』]{1,40}[”\"」』]\s*还是")
_WHICH_CLAUSE = re.compile(r"哪一?条(里|中)?(写|规定|说)的?|在哪一?条")  # 听说文件里说…是哪一条写的
_NOT_IN_THE_DOCUMENTS = re.compile(r"(文件|政策)(里|上)[^，,。]{0,2}(没看到|没找到|没写|没说|找不到)")


_NOT_ONES_OWN = r"(我|俺)?不是(我)?(自己)?(要|来)?(申报|评|报)"  # 不是我自己报 / 我不是自己报: not applying oneself
_JUST_THE_POLICY = re.compile(
    r"(想|先)(了解|问问|看看)(一)?下?(这个|这些)?(政策|文件)[^。？?]{0,4}(没|不是)[^，,。？?]{0,4}(要|想)|"
    # 我不是申报的 就是写公众号 想了解下政策 / 我不是申报的 是技工学校老师 想给学生讲讲这个政策
    rf"{_NOT_ONES_OWN}的?[^。？?]{{0,16}}(了解|问问|看看|讲讲|介绍)(一)?下?(这个|这些)?(政策|文件)|"
    # 不是我自己报 我在给村里写政策明白纸 想把…写清楚 / 我是社区的 在给居民写政策宣传单
    rf"^\s*{_NOT_ONES_OWN}的?[\s，,]+[^。？?]{{0,12}}(写|做|编|弄|搞)[^。？?]{{0,8}}(明白纸|宣传单|宣传页|宣传栏|解读|手册)"
)


def asks(text: str) -> bool:
    """The words ask something (能不能 / 有什么要求 / …吗), of a rule or of a case."""
    return bool(_ASKS.search(text))


def heard_news(text: str) -> bool:
    """刷抖音看到一个视频 说是…技师能直接评高级工程师…到底真的假的: news asked about, no level of the asker's said."""
    return bool(HEARD_NEWS.search(text)) and not re.search(r"我(是|有|拿|考|评)", text)


_ADOPTED_THERE = re.compile(
    r"(是不是|有没有|会不会)也?(执行|落实|适用)[^，,。？?]{0,8}(文件|文|号|政策|规定|办法)|(执行|落实)(不|没)(执行|落实)|"
    r"(有没有|有无|出没出)(专门)?(的|出|发|制定)[^，,。？?]{0,6}(细则|办法|文件|政策|规定)|"
    r"(有没有|有无)[^，,。？?]{0,6}(细则|实施办法|具体办法)|"  # 西藏这边有没有贯通的细则
    # 新兴职业的贯通办法 云南省到底出台了没有
    r"(细则|办法|文件|政策|规定)[^。？?]{0,12}(出台|出|发|制定)(了)?(没有?|吗|么|没得)"
)


_HOW_THE_DOCUMENTS_PUT_IT = re.compile(r"(文件|政策)(里|上|中)?(头|面)?(是)?(怎么|咋|如何)(写|说|规定)的?")


def _about_the_rules(text: str, extraction: Extraction, own_case: bool) -> bool:
    """A question about the rules rather than the person's case."""
    said = _ASKING_SAID.search(text)
    # 做短视频科普…这个说法准确吗 / 写政策解读…文件里说…这个2年是从拿证那天开始算吗: a rule to check
    # (在央企二级单位做职称工作，今年单位有5个高技能人才要报，想问集团能不能自己评: this year's evaluation, their own)
    checked = (
        EXPLAINER.search(text)
        and not _this_years_evaluation(text, extraction)
        and (
            _SAID_RIGHT.search(text)
            or re.search(r"文件(里|上)?(说|写|规定)|核实|核对|求证|引用[^，,。]{0,4}原文", text)
            or re.search(r"确认(一)?下?[^，,。？?]{0,20}是不是", text)  # 写明白纸 想确认下技师评中级是不是…满3年
            # 做一期短视频…想确认一下 高级工干满两年评助理级 这个两年是从拿证那天算吗: how the rule counts
            or re.search(r"确认(一)?下?[^？?]{0,30}从[^，,。？?]{1,8}算(吗|不|么|呢|的)", text)
            # 我是做工程师职称的，想问下正高级工程师能不能申请高级技师评价: a rule asked, in general
            or re.search(r"(想)?(问|请教)(一)?下?[^，,。？?我]{2,16}(能不能|可不可以|能否)", text)
            or re.search(r"(跟|和|与)(文件|政策)[^，,。？?]{0,2}(对得上|对的上|一致|相符|符合|吻合)", text)
            or any(_confirms_a_rule(c) for c in clauses(text))  # 公众号要发政策解读，想确认一下：…满2年对吧
        )
    )
    # 我理解的对不对：技师干满三年就能报中级职称？: the rule as understood, checked
    understood = _UNDERSTOOD_RIGHT.search(text) and not _dated(extraction)
    counted_from = _how_the_rule_counts(text, extraction)
    if (
        RUMOUR.match(text)
        or heard_news(text)
        or (_JUST_THE_POLICY.search(text) and extraction.empty)  # 就是想先了解下政策，没具体要评啥
        or checked
        or understood
        or counted_from
        or NO_CASE_TOLD.search(text)  # 来电人问…那个三年是从哪天算？来电人没说自己的情况。
        or (
            EACH_ASKED.search(text) and not PERSON.search(text) and not _dated(extraction)
        )  # 高级工 技师 高级技师 分别…
        or asked_of_a_kind(text)
        or A_GROUP_ASKED.search(text)  # 我们班组五个人 都是高级工 都能评职称不
        or (_IN_GENERAL.search(text) and not _ONES_OWN_ASKED.search(text))  # 想问下高级工一般要几年才能评助理级
        or (_THE_DOCUMENTS_QUOTED.search(text) and not own_case)  # 请问文件中所称“特殊评价办法”是否由各省自行制定？
        or _THE_WORDING_CHECKED.search(text)
        or (_WHICH_CLAUSE.search(text) and not re.search(r"想(评|考|报|申)", text))  # the clause, asked for
        # 正高级工程师能不能申请高级技师评价？文件里是怎么写的: what the documents say, asked of no one's case
        or (_HOW_THE_DOCUMENTS_PUT_IT.search(text) and not re.search(r"[我俺额阮咱]|本人", text))
        or (_HOW_THE_RULES_WORK.search(text) and not (own_case and re.search(r"[我俺]", text)))
        or _HOW_A_RULE_COUNTS.search(text)
        or (_WHICH_RULE_APPLIES.search(text) and not re.search(r"想(考|评|报|申请|申报)", text))
        or _a_level_asked_or_another(text)
        # 咱陕西是不是也执行这个96号文 / 电工技师 想问下青海有没有专门出的细则: the province's rules, asked
        # (碳排放管理员，新兴职业…云南这边有没有出具体的贯通办法: a case told beyond who they are)
        or (_ADOPTED_THERE.search(text) and extraction.updates.keys() <= {"province", "track"})
    ):
        return True  # 我朋友说技师能直接评高级工程师 真的假的 / 种地的农民有高级工证的，能不能评职称: the rules
    if _NOT_IN_THE_DOCUMENTS.search(text) and not own_case:
        return True  # 中级工能不能评员级职称 文件里没看到: what the documents say, asked
    if _said_to_be_a_question(text) or (said and _DOMAIN.search(text) and (extraction.empty or not own_case)):
        return True  # 我是问待遇，工资一样不 / 来电咨询一个政策上的问题: said to be about the rules
    # an organiser comparing two ways of evaluating asks the rules; one with applicants asks about them
    track = extraction.updates.get("track")
    applying = track not in (None, "organiser") or "applicant_count" in extraction.updates
    wish = applying or "target_level" in extraction.updates or re.search(r"想(考|评|报)|" + _CAN_APPLY_FOR, text)
    # …高级技师，二〇一九年取得…想申报副高级职称，俺们这边有啥说法没: what is said of their own case
    # (俺们厂想自己给工人评职称，有啥说法没？: an organiser's own case too)
    wished = wish or track == "organiser"
    asks_of_the_case = own_case and wished and re.search(r"有(个|啥|什么)?说法(没得?|吗|么|不|没有)", text)
    defined = DEFINITION.search(text)
    # 职称贯通是么子意思咯？我是机修钳工技师，想评工程师，要得不: a word asked, then the case itself
    case_after = defined and own_case and wished and _CASE_ASKED.search(text, defined.end())
    # (…今年想给车间技师自己组织评职称 另外问一下单设评审组是啥意思 / …想评个高级农艺师 另外听说有绝活的能走绿色通道
    # 那个是咋回事 / …我想问我能评啥职称 还有就是文件里说的“相应专业”是啥意思: the case, then a word asked beside it)
    asked_beside = (
        defined
        and wished
        and re.search(
            r"(另外|顺便|还有)(就是)?([^，,。？?]{0,3}(问|请教|听说)|\s*(文件|政策))", text[: defined.start()]
        )
    )
    defines = defined and not (asks_of_the_case or case_after or asked_beside)
    # (我是技师，想了解一下上海跟外地评职称的条件是不是一样的: the only 评 is in what is compared)
    # (听说云南那边技师评职称更宽松: what is heard of elsewhere, no wish)
    parts = clauses(text)
    # (高级工和技师评职称 哪个快点: the two named, then compared in the clause after)
    compared_next = [c for c, after in itertools.pairwise(parts) if re.search(r"和|跟|与", c.text) and after.comparison]
    wishes = [
        c
        for c in parts
        if re.search(r"评|考|报|申请", c.text)
        and not re.match(r"听说[^，,。]*那边", c.text)
        and c not in compared_next
        and not re.search(r"(同事|朋友|师傅|别人|人家|有人)(说|讲)", c.text)  # (我同事说技师能评工程师: a claim)
    ]
    # (想自主评审，评出来的职称是不是跟省里评的一样有效: an organiser's plan, then a comparison beside it)
    planned = [c for c in wishes if re.search(r"想(?!问|了解|咨询|知道)|准备|打算|计划", c.text)]
    wished_apart = (wish and not all(c.comparison for c in wishes)) or (
        track == "organiser" and not all(c.comparison for c in planned)
    )
    if defines or (any(c.comparison for c in clauses(text)) and not (own_case and wished_apart)):
        return True  # 啥叫高精尖缺 / 技师和工程师哪个高 / 我是高级技师…是不是跟副高一样的待遇: the rules
    if _A_CLAIM_CHECKED.search(text) and not extraction.updates.keys() & {"track", "target_level", "exam"}:
        return (
            True  # 技师 二〇一九年的证 俺们厂里说技师评工程师得先有助理 是这样不: what others say of the rule, checked
        )
    confirms = any(_confirms_a_rule(c) for c in clauses(text))
    # 我是跑网约配送的，这个算新职业吗，能评职称吗: someone who says who they are, asking to apply
    applies = "track" in extraction.updates and _SELF_DESCRIBED.search(text) and _ASKS_TO_APPLY.search(text)
    # 我们县里好多做豆腐的老师傅 都没证 这种能评职称吗: a kind of worker, asked about
    parts = clauses(text)
    of_a_group = bool(parts) and parts[0].group and re.search(r"(这种|这些|这类|他们)[^，,。？?]{0,4}(能|可以)", text)
    # (我们公司有三个全国技术能手，他们评职称能走绿色通道吗: a group of the firm's, asked about as a kind)
    group_asked = (
        of_a_group
        and re.search(r"他们", text)
        and not (_dated(extraction) or _OWN_PLAN.search(text) or extraction.updates.get("track") == "organiser")
    )
    if (_general(text) or confirms or _an_honour_as_a_kind(text, extraction) or of_a_group) and (
        group_asked or not (own_case or applies)
    ):
        return True  # 评助理要满几年 / 基本合格算不算 / 省级技术能手能不能走绿色通道
    # 我们是评委会的，想问一下单设的评审组里技能人才评委要占多大比例: an organiser asking a rule, no case of theirs
    # (今年…收到一批…评审组怎么设置: this year's evaluation, their own)
    counted_or_sized = bool(extraction.updates.keys() & {"applicant_count", "enterprise_above_scale"})
    their_evaluation = _this_years_evaluation(text, extraction)
    # (今年…单独分组是必须的吗: no applicants said — the rule)
    applied = re.search(r"申报|报名|报了|收到|材料", text)
    organiser_case = counted_or_sized or (their_evaluation and applied)
    # (是不是报的人满五个就必须单设: the threshold asked about)
    rule_asked = re.search(
        r"比例|占多少|占多大|(是不是|要不要|需不需要)(要|得)?占[^，,。]{0,4}(一半|半数|多数)|门槛|人数要求|(规定|要求)[^，,。？?]{0,2}人数|硬性(规定|要求)|(怎么|如何)(组建|设置)|(达到|超过|满)多少|是不是[^，,。]{0,12}(就|都)?(必须|一定)|"
        r"是必须的?(吗|么)|还是可以不|依据是?哪|文件依据|哪一条|(文件|政策)?规定的还是|(多少|几|是不是要?)\s*\d*\s*(个|名)?人?以上|(满|超过|达到)?\s*\d+\s*(个|名|人)?(以上)?(就|才)(必须|一定|要)",
        text,
    )
    if track == "organiser" and not organiser_case and rule_asked:
        return True
    # 我是做政策解读公众号的，想确认一下…: someone explaining the rules, asking about them
    counted = "applicant_count" in extraction.updates or their_evaluation
    # 职称科。辖区一家咖啡加工企业（规上）想自主开展…: one firm's case, brought by the office
    a_firm = (
        re.search(r"(一家|这家|有家|一个|有个|某)[^，,。？?]{0,12}(企业|企|公司|厂|集团)", text)  # (有家茶企)
        and "organiser_topic" in extraction.updates
    )
    # 我是曲靖市人社局职称科的，想问一下高技能人才评审组的事: the office's own panel, its question still to come
    announced = _ABOUT_TO_ASK_OF.search(text) and "organiser_topic" in extraction.updates
    # 我是报社记者，有新闻系列中级职称，能不能去考个摄影师的技能等级: a journalist's own case (not
    # 坐席培训材料：来电人问'我是工程师能考焊工技师吗': a case quoted after the colon that frames it, or right after
    # the question relayed: 经常有来的人问 我有中级职称能不能直接认定技师)
    relayed = EXPLAINER.search(text)
    framed = re.search(r"[：:]", text) or (relayed and re.match(r"[\s，,]*(我|俺)", text[relayed.end() :]))
    # (我是省人社厅热线的 写个宣传单 想确认下 正高级工程师能不能申请高级技师评价: a title named, no one's)
    title_said = extraction.spans.get("title_held")
    title_at = text.find(title_said) if title_said else -1
    said_as_theirs = title_at >= 0 and re.search(r"(我|俺|本人|自己|有|是)[^，,。？?]{0,8}$", text[:title_at])
    own_route = own_case and track == "title_to_skill" and said_as_theirs and not framed
    return bool(EXPLAINER.search(text)) and not (_dated(extraction) or counted or a_firm or announced or own_route)


def _fixed(text: str, extraction: Extraction, pending_fact: str | None) -> Route | None:
    """Commands and small talk: fixed replies, whatever else the message contains. A bare 嗯 / 好
    to an open question is a reply that says nothing, not small talk: the question stands."""
    chat = _IDENTITY.search(text) or _SMALL_TALK.search(text)  # 哈哈 你吃饭没得: small talk, though it ends in 没得
    said = len(text) <= 8 and kind_by_words(text) in (YES, NO) and not chat
    # 就这些, to a question: nothing more to say of it, not thanks
    that_is_all = re.fullmatch(r"(就这些|就这么多|没了|没别的了?)[了啦吧。.！!\s]*", text)
    if pending_fact and (_BARE_ACK.fullmatch(text) or said or that_is_all):
        return None  # (对的对的, to a yes-or-no question: an answer, not thanks)
    if command := _a_command(text, extraction, pending_fact):
        return command
    # (得嘞 谢了啊 那俺回去跟段里说一声 明天去交材料: thanks, after a word of assent)
    thanked = re.match(r"((好的?|行|得嘞|中|嗯|好嘞)[啊呀嘞了]*[\s，,!！]*)?(谢谢|多谢|感谢|谢了|谢啦)", text)
    if thanked and not (_ASKS.search(text) or extraction.updates or pending_fact):
        return Route("smalltalk", "thanks")  # 谢谢你啊 上次问的那个材料已经交上去了: thanks, and news
    if _LEAVING.search(text) and extraction.empty:  # 先这样吧 回头翻翻再来问 拜拜👋: the question left for another day
        return Route("smalltalk", "thanks")
    if (
        _MAY_ASK_HERE.search(text)
        or (_ABOUT_TO_ASK.fullmatch(text) and not extraction.occupation)  # (俺是车工 想打听个事儿: a worker's case)
        or (
            _ABOUT_TO_ASK_OF.fullmatch(text)
            and extraction.updates.keys() <= {"track"}
            and not (pending_fact or extraction.held_skills)  # (我修农机哩 拿了个高级工 想问哈评职称哩事: a case)
        )
    ):
        return Route("smalltalk", "greeting")
    levels_compared = len(_LEVEL_NAMED.findall(text)) > 1  # 高级技师比高级工程师还难评: no sigh
    for pattern, name in ((GREETING, "greeting"), (_THANKS, "thanks"), (_HOLD, "hold"), (_VENT, "vent")):
        if name == "hold" and not _only_a_pause(text, pending_fact):
            continue
        bare_sigh = name == "vent" and extraction.updates.keys() <= {"track"}  # 评个职称咋这么麻烦: no case said
        if pattern.search(text) and (extraction.empty or bare_sigh) and not (name == "vent" and levels_compared):
            # 稍等 我去翻下证, to an open question: a pause inside the check, which goes on after it (not 唔该晒 我返去
            # 问下人事 听日再同你讲: leaving for now)
            paused = name == "hold" and pending_fact and not _LEAVING_FOR_NOW.search(text)
            return Route("eligibility" if paused else "smalltalk", name)
    if pending_fact and _a_remark_only(text, extraction):
        leaving = re.search(r"问到这|先这样|拜拜|再见|下次再", text)  # 今天就问到这 谢谢: thanks, the check left
        return Route("smalltalk", "thanks" if leaving else "remark")
    return Route("smalltalk", "identity") if _chit_chat(text, extraction, pending_fact) else None


def _a_remark_only(text: str, extraction: Extraction) -> bool:
    """谢谢你哈 讲得比我们单位人事清楚多了👍 / 今天忙死了 晚上十点才有空来问😮‍💨, to an open question: a remark on the
    assistant or the day, no reply to the question (not 不清楚😅, unsure, nor 谢谢，没有了, a no; not 🤔 alone, which
    says nothing; not 谢谢，我回去问问人事再来, the answer put off)."""
    compared = re.sub(r"比(翻|看|查)?文件", "", text)  # (真方便 比翻文件快多了: the documents, only as a yardstick)
    asks = _ASKS.search(text) or QUESTION.search(text) or _DOMAIN.search(compared) or extraction.domain_terms
    answers = any(kind_by_words(c.text) is not None for c in clauses(text)) or kind_by_words(text) is not None
    return bool(_REMARK.search(text)) and extraction.empty and not (answers or asks or _PUT_OFF.search(text))


_REMARK = re.compile(
    r"谢|辛苦|方便|厉害|给力|好用|点赞|棒|清楚多了|讲得(好|真|很|比|挺)|忙(死|坏)了|才有空|祝你们|工作顺利"
)
_PUT_OFF = re.compile(r"回去|回头|问问|问下|再来|晚点|等我|等下|等会|拜拜")


def _chit_chat(text: str, extraction: Extraction, pending_fact: str | None) -> bool:
    """你是哪家做的 / 今天台风好大 在家躲着刷手机 (在家 is no time away from work) / 人社厅搞的还是哪家公司搞的 (a firm
    named, no case) — not 工龄十九年 周末有人回复不 (a fact said first), 唐山这天儿真冷 being no case either way, nor
    这个没有 你们这个助手是人社局弄的不 (the answer to the open question first)."""
    first = clauses(text)[:1]
    answered_first = (
        pending_fact
        and first
        and len(first[0].text) <= 6
        and kind_by_words(first[0].text) in (YES, NO)
        and not _IDENTITY.search(first[0].text)  # (你吃饭没得: small talk, though it ends in 没得)
    )
    said = extraction.updates.keys() <= {"province", "technical_work_interrupted"} and not extraction.corrected_date
    # (台风天厂里放了几天假 别的时候都在, asked about the work: the days off told, the work kept — an answer)
    asked_the_work = pending_fact in ("technical_work_interrupted", "technical_work_gap_years")
    kept = asked_the_work and extraction.updates.get("technical_work_interrupted") is False
    # (黑龙江 哈尔滨 今儿零下三十度 贼冷, asked where: the province, then the weather)
    kept = kept or (pending_fact == "province" and "province" in extraction.updates)
    domain = set(extraction.domain_terms) - {"企业", "待遇"}  # (你们这个要收费吗 用一次多少钱: 钱 is no case)
    forecast = _FORECAST.search(text)
    # (西安今儿个雾霾咋样 出门要戴口罩不: the weather asked about, another topic)
    weather_asked = re.search(r"咋样|怎么样|[吗不么？?]\s*$", text) and not re.search(r"你们?(那边|那儿|那里)", text)
    remark = _IDENTITY.search(text) or (_WEATHER.search(text) and not (out_of_scope_topic(text) or weather_asked))
    return bool(remark and not domain and said and not answered_first and not forecast and not kept)


def _a_command(text: str, extraction: Extraction, pending_fact: str | None) -> Route | None:
    """Instructions to the assistant: injected ones refused, start again, say what is understood so far."""
    if _INJECTION.search(text):
        return Route("out_of_scope", "injection")
    if _RESET.search(text) and not (pending_fact and kind_by_words(text) == UNSURE):
        return Route("smalltalk", meta="reset")  # not 这个不方便透露 下一个: the question skipped
    if _UNDERSTOOD.search(text) and extraction.empty:  # 我前面说的时间不对，是22年: a correction, not a request
        return Route("smalltalk", meta="understood")
    return None


def _only_a_pause(text: str, pending_fact: str | None) -> bool:
    """稍等 / 我问问: a pause — not 不清楚算不算规上，我问问财务 (an answer, unsure) nor 等一下，高级工一般要干满
    几年才能评助理级？ (a question after the pause) nor an aside."""
    unsure = pending_fact and (
        _IGNORANT.search(text)
        or re.search(r"算不算|说不(准|好)|才(晓得|知道|清楚)|应该|好像|可能|大概|估计", text)
        or (re.search(r"得去?问", text) and not re.search(r"等我|你等|稍等", text))
    )  # 应该都合格吧 我问问人事: an answer, hedged; 这个我得去问下科长: not known yet (…你等我一下: a pause)
    # 我翻一下…找到了 证上写的2018年6月: the answer, found (not 找到了再来问)
    found = re.search(r"(找到了|查到了|翻到了|问到了)(?![^，,。]{0,2}再)", text)
    # (我问一下啊 就是…是不是一样的啊 评职称都认吗: "let me ask", then the question)
    asked = re.match(r"\s*我问一下", text) and re.search(r"吗|[？?]", text)
    return not (out_of_scope_topic(text) or unsure or GENERAL.search(text) or found or asked)


def _asks_for_a_level(text: str, extraction: Extraction) -> bool:
    """他是高级技师…想在退休前评个高级工程师: a case and a level wanted; the other topic is by the way."""
    # 我儿子…明年毕业能拿高级工，到时候能评助理工程师吗: a level to come counts as one held
    to_come = re.search(r"(毕业|以后|到时候|明年)[^。]{0,8}(就)?(能|会|可以)?(拿|发|有)", text)
    lost = LOST_CERTIFICATE.search(text)  # 俺家老爷们儿技师证丢了 还能评职称不: still theirs to apply with
    holds = extraction.held_skills or extraction.updates.get("title_held") or to_come or lost
    asks_to_apply = "track" in extraction.updates and _WISHES_TO_APPLY.search(text)
    counted = "applicant_count" in extraction.updates  # 我们…有三个高技能人才报名…另外评审费: the organiser's case
    # (考了软考工资能涨不哦？我是计算机维修工技师，想去考软考: an exam wanted)
    # (考个中级经济师能涨工资不？俺是仓储管理员高级工 俺们这种能考那个经济师不: whether they may sit it)
    exam_wanted = "exam" in extraction.updates and re.search(r"想(去)?考|能不能考|能考[^，,。？?]{0,6}(不|吗|么)", text)
    # (…大概要花多少钱？我们是…化工企业…想自己搞高技能人才的职称评审: the organiser's own plan)
    organising = "organiser_topic" in extraction.updates and re.search(
        r"(想|准备|打算)[^，,。？?]{0,4}(自己|自主|单独)", text
    )
    wants = "target_level" in extraction.updates or bool(exam_wanted or asks_to_apply or organising) or counted
    wished_by_many = wants and re.search(r"想(评|报|申报)", text)  # 3个技师2个高级技师想评工程师…什么材料
    # 评个工程师和拿个技师证，哪个对涨工资更有用: the aside itself is what is compared
    compared = any(c.comparison and out_of_scope_topic(c.text) for c in clauses(text))
    held_or_counted = holds or wished_by_many or counted or organising
    return (_states_a_case(text, extraction) or bool(lost)) and bool(held_or_counted) and wants and not compared


_CAN_APPLY_FOR = r"能(评|报|考|申请|申报)个?(啥|什么)"  # 俺能评啥: what the person can apply for


def _wants_something(text: str, extraction: Extraction) -> bool:
    """问下评职称的事 / 想弄个职称: what the person wants to do, said without a question about the rules;
    能评个啥: what the person can apply for."""
    if re.search(_CAN_APPLY_FOR, text):
        return True
    return "track" in extraction.updates and not re.search(
        r"[？?]|吗|呢|要不要|能不能|是不是|有没有|算不算|要[^，,。]{1,6}不\s*$", text
    )  # (评职称要发论文不: a rule asked)


# What says the person wants something of their own case (a track, a level, an organiser's matter).
_WISH_FACTS = {"track", "target_level", "organiser_topic"}


def _aside_pointer(text: str, extraction: Extraction) -> str | None:
    """Where to ask about the other topic a person raised beside their own case (对了 你们这个收费不？), so the
    answer to the case can say it too; None when there is no such aside."""
    beside = _an_aside_after_a_case(text, extraction) or _an_aside_before_a_case(text, extraction)
    return out_of_scope_pointer(text) if beside and out_of_scope_topic(text) else None


def _an_aside_after_a_case(text: str, extraction: Extraction) -> bool:
    """…高级焊工证是2019年拿的…助理工程师能整不 对了 你们这个收费不？ / 我们这种能不能自己搞职称评审 要去哪里申请
    需不需要交钱: the person's own question first, then one on another topic as an aside."""
    parts = clauses(text)
    aside = next((i for i, c in enumerate(parts) if out_of_scope_topic(c.text)), None)
    if not aside:
        return False
    before = text[: parts[aside].start]
    marked = _ASIDE.match(parts[aside].text) or _ASIDE.match(parts[aside - 1].text)
    case = extraction.held_skills or {"target_level", "title_held", "organiser_topic"} & extraction.updates.keys()
    wish = _WISH_FACTS & extraction.updates.keys()
    return bool(case and wish and (marked or _ASKS.search(before))) and not out_of_scope_topic(before)


def _an_aside_before_a_case(text: str, extraction: Extraction) -> bool:
    """请问今年职称申报系统什么时候开放？另外我们公司想自己搞技能人才的职称评审: a question on another topic, then,
    marked as another matter, the person's own case."""
    parts = clauses(text)
    marked = next(
        (
            i
            for i, c in enumerate(parts)
            if i and ((_ASIDE.match(c.text) and "问" not in c.text[:2]) or _ASIDE_ENDS.search(parts[i - 1].text))
        ),
        None,
    )
    if marked is None:
        return False
    before, after = text[: parts[marked].start], text[parts[marked].start :]
    wish = _WISH_FACTS & extraction.updates.keys()
    return bool(wish) and bool(out_of_scope_topic(before)) and not out_of_scope_topic(after)


def _states_a_case(text: str, extraction: Extraction) -> bool:
    case_facts = {
        "skill_certificates",
        "title_held",
        "honours",
        "applicant_count",
        "front_line_mastery",
        "exam",
        "annual_review_results",
        "annual_reviews_all_pass",
        "technical_work_interrupted",
        "enterprise_above_scale",
        "target_level",
        "wants_direct_application",
        "organiser_topic",
    }
    # (我是高工 想评个再高一级的: a level held, which one to be asked)
    told = (
        extraction.held_skills
        or extraction.corrected_date
        or case_facts & extraction.updates.keys()
        or extraction.ambiguities
    )
    return bool(told) or _this_years_evaluation(text, extraction)  # 今年…评审有几个…报名: the organiser's case


def _dated(extraction: Extraction) -> bool:
    """A level the person holds, with when it came (a certificate or a title)."""
    return any(len(c) > 1 for c in extraction.held_skills) or "title_obtained" in extraction.updates


def _personal(text: str, extraction: Extraction) -> bool:
    """The person's own case: they name themselves (or whom they speak for), or date what they hold."""
    dated = _dated(extraction)
    wish = re.search(r"想(考|评|报|申报|申请|弄|走|拿)", text)  # 高级技师想考翻译资格证: a wish is someone's
    # 高技能人才申报正好5个人，是必须单设吗 / 公司是规模以上的…想问企业自主评职称: the organiser's case (not
    # 规模以上企业可以自己评职称吗: a kind of firm)
    # (克拉玛依一家石油化工企业，规模以上，想自己开展…: a firm, one of its kind, described)
    firm_described = "enterprise_above_scale" in extraction.updates and re.search(
        r"(公司|厂|企业|单位|集团)(是|属于|算)|(一家|一个)[^，,。？?]{0,12}(公司|厂|企业|单位|集团)", text
    )
    counted = "applicant_count" in extraction.updates or bool(firm_described)
    return (
        bool(PERSON.search(text) or wish)
        or dated  # 去年底刚评的助理工程师: a title of one's own, dated
        or counted
        or extraction.corrected_date is not None
        or describes(text)
        or bool(_OWN_SITUATION.search(text))  # 刚从技校毕业…这样能评职称吗
        or bool(re.match(r"\s*刚(刚)?(从)?[^，,。？?]{0,10}毕业", text))  # 刚从技师学院毕业 预备技师班的…能评职称吗
        or _this_years_evaluation(text, extraction)
    )


def _this_years_evaluation(text: str, extraction: Extraction) -> bool:
    """今年州里工程系列有几个高技能人才申报，要不要单设评审组: an organiser's own case, this year's."""
    organising = "organiser_topic" in extraction.updates or extraction.updates.get("track") == "organiser"
    return organising and bool(re.search(r"今年|明年|这次|本次|这一批", text) or _OWN_PLAN.search(text))


# 集团想自己组织高技能人才职称评审，需要走哪些程序: the organiser's own plan, however its question is put
_OWN_PLAN = re.compile(r"(集团|公司|厂里?|单位|我们|咱们|俺们|院里|局里)[^，,。？?]{0,4}(想|准备|打算|计划)(?!了解|问)")


def _an_honour_as_a_kind(text: str, extraction: Extraction) -> bool:
    """省级技术能手能不能走绿色通道: an honour named as a kind of person, asked about — no one said to
    hold it (获得过中华技能大奖，能直接报正高吗 is a case), no level, no date."""
    honours = load_lexicon().honours_in(text)
    cue = r"(获得|拿|得|评上|评过|评的|认定的|是|有|享受)"
    # (…画唐卡的，州里评的非遗传承人: the qualifier says it was given — not 县里评的劳模能不能…, a kind asked about)
    held = any(
        re.search(cue + r"[^，,。]{0,6}$", text[: h.start]) or (h.start and re.search(cue, h.surface)) for h in honours
    )
    held = held or bool(re.search(r"(都|也)有|有的|想(?!问|了解|咨询)|打算|准备", text))  # …带头人 都有 / 想直接评正高
    asks = _ASKS.search(text) or re.search(r"可以不|行不行", text)
    return bool(honours) and not held and not extraction.held_skills and bool(asks)


def _general(text: str) -> bool:
    """哪些系列可以贯通 / 满2年怎么算: words that ask about the rules."""
    return bool(GENERAL.search(text))


def _how_the_rule_counts(text: str, extraction: Extraction) -> bool:
    """取得证书后满3年才能评工程师 是从发证那天算还是考试那天算: how the rule counts, with no date of theirs to count
    (not 技师 我想问问技师评中级是从拿证那天算还是从上岗算: their own wait, asked)."""
    # (取得技师后满3年评工程师 是从考试那天算还是发证那天算: the rule's years quoted)
    quoted = re.search(r"才(能|可以)|满\s*\d+\s*年", text)
    # (取得技师后满3年 是从发证那天算吗: one way of counting, asked)
    # (是拿证以后满3年还是参加工作满3年: the same, the start named in each)
    counted_from = (
        _COUNTED_FROM_WHEN.search(text)
        or re.search(r"从[^，,。？?]{1,8}算(吗|不|么|呢)", text)
        or re.search(r"是[^，,。？?]{1,8}满\s*\d+\s*年还是[^，,。？?]{1,8}满\s*\d+\s*年", text)
    )
    return bool(counted_from and quoted and not _dated(extraction))


def _question_of_its_own(text: str, extraction: Extraction, pending_fact: str | None = None) -> bool:
    """In the middle of a check, a general question (啥叫高精尖缺？) is a question, not an answer;
    so is one the person says they are asking (我是问待遇，工资一样不)."""
    # 评职称还要考理论不 我文化低: the asking clause; 多久记不清了: not asked, unsure
    asking = [c for c in clauses(text) if (_ASKS.search(c.text) or c.comparison) and kind_by_words(c.text) != UNSURE]
    general = any(c.general or _confirms_a_rule(c) for c in asking) and not extraction.held_skills
    personal_case = _states_a_case(text, extraction) and _personal(text, extraction)
    if _said_to_be_a_question(text) and not (pending_fact and answered(pending_fact, extraction)):
        return True
    # (…想把技能人才评职称这块写清楚: the track named is the explainer's subject, not a wish; 我问的是高工, asked which
    # level: the word said again, which way still to be asked)
    no_case = extraction.updates.keys() <= {"track"} and not (extraction.held_skills or extraction.ambiguities)
    a_level_said_again = re.search(
        r"(我问的是|我是问)\s*(高工|助工|[^，,。？?\s]{0,6}(工程师|技师|高级工))([，,。\s]|$)", text
    )
    said_to_be_asked = bool(_ASKING_SAID.search(text) or _JUST_THE_POLICY.search(text)) and no_case
    said_to_be_asked = said_to_be_asked and not a_level_said_again
    states = _states_something(text, pending_fact) or (pending_fact and answered(pending_fact, extraction))
    if len(asking) < len(clauses(text)) and not said_to_be_asked and states:
        return False  # 毕业证是机械的，跟数控车工算相关吗 / 单设评审组。另外想问下…: an answer, with a question
    return ((bool(asking) and (general or bool(COMPARISON.search(text)))) or said_to_be_asked) and not personal_case
