"""Facts about the person's work: time away from technical-skill work, 绝活 and front-line service,
突出贡献, a new occupation, and for title holders the post, the occupation standard, the diploma."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from assistant.reading.away import LEFT_THE_WORK, ON_LEAVE
from assistant.reading.clauses import CORRECTION, blanked, clause_at, clauses, without_what_is_said_again
from assistant.reading.dates import (
    RELATIVE_YEAR,
    RELATIVE_YEARS,
    Found,
    bare_number,
    digits_for_numerals,
    find_date,
    full_year,
    parse_duration_years,
)
from assistant.reading.mentions import titles
from assistant.reading.people import KIN
from assistant.reading.reviews import GRADE
from rules.dates import parse_partial_date

if TYPE_CHECKING:
    from assistant.reading.facts import Extraction

_KEPT = re.compile(  # (not 那也不是一直在井上 22年让机关给借去写了一年材料: kept at the work, denied)
    r"(?<!不是)(?:(没|冇|未)(有|得)?离过(岗|职|位)|哪(有|来的?)(空|时间|工夫)(去)?(干|做)(别的|别嘞|别哩|别个|其他|其它)|(没|(?<![什怎这那多要])么|冇|冒)(有|得)?(断|中断|离开|停|歇|挪|离岗|脱岗|下岗|转岗|换岗|改行|换行|转行|改过行|换过行|转过行|放下|撂下|丢下)过?|(没|未|无)(有|得)?(去)?(干|做)过?(甚|啥|什么)?(别的|别哩|别嘞|别个|别项|别样|其他|其它|第二样)|(未|无)(曾)?(中断|断|离开|间断|离岗|脱岗|转岗)过?|(?<=拢)无离开|(不曾|毋曾|毋捌)(中断|离开|停)过?|一直(都)?(在|搁|干|做|是|从事|搞|负责|开|修|装|焊|当|割|种|养|绣|织|雕|采|烧|飞|下水|下井|下矿|跑车|跑船|出海)|一直[^，,。]{0,4}(?<!到现)在|一直[^，,。\d]{1,2}到(现在|如今|今天)|(过年|春节)[^，,。]{0,3}没回(去|家)|一直跟着?[^，,。]{0,3}(干|做|搞)|从(来)?没(停|断|离开)|(没|冇)(有|得)?((出去|走)(打|干|做)?过|(出去|外出|去)打(过)?工)|没(进|坐|去)过?[^，,。]{0,2}办公室|(住|待|呆)在[^，,。]{0,4}(里|头)[^，,。]{0,2}没出去|(都|一直)住在(厂|院|单位|矿|车间|工地|场|站|所)(子)?(里|上)|在[^，,。]{0,4}(里|头)住了?[^，,。]{0,6}没回(过)?家|没(有)?(出去|去)[^，,。]{0,2}(干|做)过?(别的|其他|其它)|始终|没挪窝|没下来过|[没冇]离(过)?手|(?<![不])不离手|(人)?一直没动|没(动|挪)过|(没|冇)(有|得)?(走|去)(去)?别(位|处|的地方)|"
    r"常年都(在|干|做|守|泡)|"  # 一年到头都在窖池边边 (一年到头 is read 常年; not 常年在老挝的项目上: where)
    # (这几年都在站上: the station, the works of power and rail staff)
    r"(这几年|这些年|这两年|这几冬)[^，,。]{0,2}都在[^，,。]{0,4}(车间|厂里|厂内|一线|岗位|现场|工地|矿上|井下|站上|站里|队上|后厨)|"
    r"没换过|没(改|换)过行|岗位(也)?没(变|换|动)|(干|做|学)的(也|都)?(还|也|都)是|(?<![我俺额咱他她])也是干|还是干|(也|还)(还)?是[^，,。]{0,4}(的)?活|都是[^，,。]{1,6}的活|(其他|其余|别的)(时间|时候|辰光)?都在|哪(能|敢|会)离开|"
    r"哪(里|儿|点|天|一天)?(离开|走|停|歇)过|还能(去|到|上)哪|"  # 哪离开过 / 割胶还能去哪点嘛: the question scorned
    r"^\s*(离开|走|停|歇)(啥子?|什么|个啥)(呀|啊|哟|哦|嘛)?(?=[\s，,。！!？?]|$)|"  # 离开啥呀 天天搁井底下
    # 咋没干 天天在吊车上: how could I not, then where every day
    r"^\s*(咋|怎么|哪)(会|能)?没(干|做|上班)|(天天|每天)(都)?在([^，,。]{1,6}(上|里|头)|工地|车间|现场|井下|一线)(?=[\s，,。！!？?]|$)|"
    r"(停[^，,。]{1,3}了|淡季|农闲)[^，,。]{0,2}也在(搞|干|做|修)|一直(在)?(跑|干|开|做)着|"  # 停榨了也在搞设备检修
    r"(改|转|换)(啥子?|什么|哪门子)行|(啥|什么)时候(离开|走|停)过|一天没停|一天没歇|没歇过|没闲着|(天天|一直)[^，,。]{0,6}(干活|守着)|(都|照样|照常)(住)?在[^，,。]{0,4}(里|头|上)?干活|都在[^，,。]{0,6}岗|无(离岗|脱岗|中断)|^\s*一直(都)?(是|在)?(的|啊|呀|哦)?\s*$|没(得|有)?(耽搁|耽误|间断)|(甭|别)(提|说)[^，,。]{0,2}离开)"
)
_SINCE_THE_CERTIFICATE = re.compile(
    r"(拿证|取证|拿到证|考到证|证(拿|考)(了|到)?(下来)?)(以后|之后|后)|考完(证)?(以后|之后|后)?(?=[^，,。]{0,2}(一直|就))"
)  # (18年考的技师 考完一直在矿上干: since the certificate)
_BEFORE_THE_CERTIFICATE = re.compile(r"(拿证|取证|考证|拿到证|考到证)(以前|之前|前)")
# 有三个月单位派去培训 学的就是本工种: training the employer sent them to, in their own trade — part of the work
# 就过年回玉林歇了半个月: a holiday, not time away
_A_HOLIDAY = re.compile(
    r"(过年|春节|年假|探亲|放假|五一|国庆|十一|端午|中秋|周末)[^，,。]{0,8}(歇|休|回)[^，,。]{0,4}(半个月|几[天日]|\d+[几来多]?\s*[天日]|十来天|一个月|1个月)|"
    r"放了?(几|\d+|一两|两三)天(的)?假"  # 停了一阵子电 放了几天假
)
_TRAINED_FOR_THE_WORK = re.compile(
    r"(单位|厂里|公司|厂子|领导)[^，,。]{0,3}(派|送|安排)[^，,。]{0,6}(去)?(培训|学习|进修)|"  # 厂里送我去德国培训
    r"(培训|学习|进修)[^，,。]{0,8}(本工种|本专业|本行|对口|自己这行|就是这个)|学的就是(本工种|本专业|这个|自己这行)|"
    # 24年去青海热贡学了三个月 也是画唐卡 / 去内地学了一年 学藏餐改良 也是天天做菜: learning more of the same craft
    r"(去|到)[^，,。]{0,8}(学|进修|培训)了[^，,。]{0,6}([\s，,]+[^，,。\s]{1,8})?[\s，,]+(也|还)是[^，,。]{1,6}(?=[\s，,。]|$)"
)
_HEDGED_KEPT = re.compile(
    r"差不多吧|(应该|好像|大概|可能)[^，,。]{0,3}一直"
)  # 差不多吧 应该一直在干: not said for sure
_EITHER_LENGTH = re.compile(r"还是\s*([\d一二两三四五六七八九十半]+)\s*(个月|年)")
_LENGTH_BEFORE = re.compile(r"([\d一二两三四五六七八九十半]+)\s*(个月|年)多?[^\d一二两三四五六七八九十半]{0,4}$")


def _either_length(text: str) -> bool:
    """去干了一年多销售 还是两年 记不太清了: one of two lengths (not 一年吧 还是一年多: a year, whichever)."""
    for either in _EITHER_LENGTH.finditer(text):
        before = _LENGTH_BEFORE.search(text[: either.start()])
        if not (before and before.groups() == either.groups()):
            return True
    return False


_AWAY_BEFORE_THE_CERTIFICATE = re.compile(
    # 21年去广东打过一年工 那会儿还没拿证 / 19年出去跑过半年销售 那阵还没拿技师
    r"(那会儿?|那时候?|那阵子?|当时)(我|他|她)?还没(有)?(拿|考)(到)?(证|高级工|技师|高级技师)|"
    r"(那会儿?|那时候?|当时)[^，,。]{0,2}证(都|也)?还(没|冒)(有)?(拿|考|下来)|"  # …歇了两个月 那时候证都还冒拿
    r"(那|这)(都|也)?(是|还是)(在)?(拿证|取证|考证)(以前|之前|前)|"  # 厂子停了大半年 不过那是拿证之前
    r"(回来|回厂|回到[^，,。]{0,6})(以后|之后|后|才)[^，,。]{0,12}(考(?!核)|拿|取得|评上)"
)
_MASTERY = re.compile(
    r"绝招|绝技|绝活|独一份|只有我会|一绝|拿手|独门|就剩?(我|他|她|额|俺)((一|1)个人?)?(还)?(能|会)|"
    r"(全|整个)[^，,。]{1,4}就(我|他|她|额|俺)[^，,。]{1,2}得(出来|出|了|好)|"  # 仰焊那手全公司就我焊得出(来)
    # 一刀下去深浅不差毫米 / 出胶比别人多一截，这个农场都晓得
    # 手艺在我们这点数得着: known around for the craft
    r"(手艺|技术|手上功夫)[^，,。]{0,8}(数得着|数得上|排得上号|出了名)|"
    r"不差(毫米|分毫|丝毫|一丝|一毫|毫厘)|比别人[^，,。]{0,4}(多|强|好|快|准)一(大)?截|(农场|厂|车间|公司|县|村)(里)?都(晓得|知道)|(全厂|全场|全公司|全车间|全队|全班|全矿|全站|厂里|厂头|全县|行里)[^，,。]{0,2}就(我|他|她|俺|额)((一|1)个|(能|会)[^，,。]{0,2}(调|修|弄|干|做|整)|(整|做|搞|弄|干|修|焊)得(来|了|转))|就(我|他|她|俺)(一|1)个(人)?(整|做|搞|弄|干)得(来|了|转)|"
    r"就(我|他|她|俺|额)((一|1)个人?)?敢(上|干|弄|接|焊|修|碰|动)|"  # 那几个高压管道就我敢上
    r"就(我|他|她|俺|额)(带的|嘞|的)(班|班组|队|组)(能|会|敢)|"  # 额们局里就额带的班能焊: the only team that can
    # 全段就我跟我徒弟敢上: the person and one other, the only ones who dare
    r"就(我|他|她|俺|额)(跟|和|同|与)[^，,。\s]{1,4}(敢|能|会)(上|干|弄|接|焊|修|做|碰)|"
    r"就(我|他|她|俺|额)(跟|和|同|与)[^，,。\s]{1,4}(俩人|两个人?|俩)(敢|能|会)|"  # 全旗就额跟额师父俩人会那个回纹
    r"就(我|他|她|俺|额)(跟|和|同|与)[^，,。\s]{1,6}(整|做|弄|干|搞)得(来|了|转)|"  # 我们局就我和另一个老师傅整得来
    # 大件一米二的瓶子景德镇没几个能拉: few around can do it
    r"(没|冇)(得)?几个(人)?(能|会)(拉|做|干|整|弄|焊|修|雕|绣|刻|打|烧|织|画|调)(?![^，,。]{0,3}[吗么？?])|"
    r"就(我|他|她|俺|额)[^，,。]{0,2}(整|做|搞|弄|干|焊|修|开|调)得最(稳|好|准|快|漂亮)|"  # 队上就我整得最稳
    # 这个手艺整个会泽会嘞不超过五个人 / 全州会这手的不超过三个
    r"(会|懂)[^，,。]{0,8}?(的|嘞|滴)?(人)?[^，,。]{0,2}不超过[^，,。]{0,3}个|"
    # 壮锦的手艺全县没几个识 (粤: 识 = 会): a craft few around know
    # (錾刻那手艺全县么得几个做得来: few around can do it)
    # (割胶这手艺 农场里能刀刀不伤树的没几个: few who can do it so)
    r"(手艺|手势|技术|刻法|手法|做法|工艺)[^，,。]{0,2}[\s，,]+[^，,。]{0,4}能[^，,。]{2,10}的(人)?(没|冇)(得)?几个|"
    # (这种刻法县上没得几个人会: the place said without 全; 阴刻阳填这手艺建水没得几个会: or by its name;
    # 透雕这手全剑川么得几个做得来)
    r"(手艺|手势|这手|技术|刻法|手法|做法|工艺)[^，,。]{0,10}(没|冇|么)(得)?几个(人)?"
    r"(会|懂|识|(做|干|整|弄|打)得(来|了|好))|"
    # (开耙那一手全厂就他拿得准: only they have it right)
    r"就(我|他|她|俺|额)[^，,。]{0,2}(拿得准|做得来|干得了|弄得好|整得好)|"
    # (全州就我跟我师父两个会修这种老式锅炉: the person and one other, the only ones who can)
    r"就(剩|只有)?(我|俺|他|她|额)(同|和|跟|与)[^，,。\s]{1,5}?(两个|俩)?(会|能)(修|做|干|弄|整|焊|雕)|"
    # (他那手拉坯 全厂没第二个做得来: no one else can)
    r"(没|冇|么)(有|得)?第(二|2)个[^，,。]{0,2}(会|能|(做|干|整|弄|打|拉)得(来|了|好|出))|"
    # 会这种老刀法嘅就剩我同我师兄两个: the person and one other are the only ones left who can
    r"(会|懂)[^，,。]{0,12}就(剩|只有)?(我|他|她|俺|额)(同|和|跟|与)[^，,。\s]{1,5}|"
    r"(一般人|旁人|其他人|好多人|很多人|不少人)[^，,。]{0,2}(弄|干|做|焊|修|搞)不(了|来|好)|看一眼就(知道|晓得|看得出)|(那|这)一手[^，,。]{0,6}(都晓得|都知道|出名)|行里都(晓得|知道|认)|手上有活|只有我能|别人(干|修|弄)不了|拿得下|(疑难|难)[^，,。]{0,4}(都|全)(找|是)(我|俺|额)|没人比得(上|过)|(找|挑)不出第(二|2)个|(找|挑)不出几个|(没|无)(几个|人)人?(能)?比(我|他|她|伊)(较|更|还)?(强|好|厉害|行)|数一数二|"
    r"别(人|个)[^，,。]{0,2}(做|干|修|弄|搞|焊)不(了|来|出)|"
    # 人家都说我焊的缝拍片子没挑过毛病: work no one finds fault with
    r"(没|从没|从来没)(人)?(被)?挑(出)?过(毛病|刺|错)|挑不出(毛病|刺)|"
    # 全厂就我们三个人能干 / 这手活全公司就我们两三个会: few besides them can do it
    # (特种钢全位置焊 厂里就俺们几个能干: a handful)
    # (全厂就我跟师兄两个能干: the person and another; 錾花手艺全县就我们几家会: a few households)
    # (阴刻填泥这手全县没得几个会: hardly anyone around)
    r"(全厂|全场|全公司|全车间|全矿|厂里|公司里|全县|全省)[^，,。]{0,4}就((我|他|她|俺|额)们?((跟|和|同)[^，,。\s]{1,3}?)?"
    r"([一二两三几1-3](个人?|家)|俩|仨)?|[一二两三1-3]个人?)"
    r"(能|会)(?!报|申|评|参|去)|(都|就)(叫|喊)(我|额|俺)去|"
    # (錾花錾得细 全县么得几个做得来: few can do it, the craft said before)
    # (全州就那么几个会看茶看得准的: only a handful can)
    r"(全厂|全场|全公司|全车间|全矿|全县|全州|全市|全省|全村|全镇)[^，,。]{0,2}((没得?|没有|冇|么得)|就(那么|这么)?)几(个|家)(人)?"
    r"(会|能|(做|干|整|弄|打)得(来|了|好))(?!报|申|评|参|去)|"
    # 全厂就我听声音能判断细纱机哪里出毛病: only they can tell, by what they sense
    r"(全厂|全场|全公司|全车间|全矿|厂里|全县)[^，,。]{0,4}就(我|他|她|俺|额)[^，,。]{1,8}?能(判断|听出|看出|摸出|找出)|"
    # 全厂就我带的班组能做: only the crew they lead
    r"(全厂|全场|全公司|全车间|全矿|厂里|全站)[^，,。]{0,4}就(我|他|她|俺|额)(带的|们)?(班组|组|队|几个人?|徒弟)(能|会)(?!报|申|评|参|去)|就我[^，,。]{0,2}(玩得转|搞得定|弄得了)|只有我(会|能|玩得转)|"
    r"(别人|年轻人|徒弟|一般人|新手)[^，,。]{0,2}学不(来|会)|一眼就(能)?(瞅|看|瞧|听)(得)?出|听[^，,。]{0,6}(声音|声)就(晓得|知道|听得出)|"
    r"有一套(自己的)?[^，,。]{0,3}(办法|手艺|手法|绝招)|有一手|没得?人比得(上|过)|[就只]剩(我|他|她|俺|额)(们)?((一|1|两|三|几)个|俩|仨)|(会|懂|做得了|(做|整)得来)(做|弄|干)?([^，,。\s]{1,6}?)?(的|嘞|滴)(人)?(没得?几个|不多了?|很?少(?!不)|屈指可数)|没几个人?(会|懂|做得了|能干|能做|干得了|能弄|敢上|敢干|敢弄)|(会|懂)[^，,。]{0,10}(的|嘞)[^，,。]{0,4}(没剩几个|没得?几个了|剩不了几个|不多了)|(很|倍儿|特|贼|老|太)少(有)?人(会|能)|别(人|个)[^，,。]{0,4}(处理|解决)不(了|来|好)|"
    # 看炉火颜色就晓得温度 / 摸一下就知道差几丝: a knack described
    r"(?<![去再])(看|摸|听|闻|尝|嗅)(?![^，,。]{0,6}(文件|政策|通知|规定|网上|新闻))[^，,。]{0,8}就(能)?(晓得|知道|看得出|听得出|摸得出|判断出)|"
    r"会这(手|门|个)(活|手艺)?(的|嘞|滴)(人)?(没得?几个|不多了?|很少)|"  # 厂里会这手嘞没得几个了
    r"(会|懂)(的|嘞)(人)?(也|都)?没(得|有)?几个|"  # 整个热贡会的也没几个
    # 剑川么得几个做得来 / 全县没几个人尝得出是哪座山头的茶: hardly anyone can, the place said or not
    r"(没|冇|么)(得|有)?几个人?(做|干|整|弄|打|尝|看|听|拉|焊|修|雕|刻|绣|认|分|闻)得(来|了|好|出|准)|"
    r"[就只]剩(我|他|她|俺|额)(跟|和)[^，,。]{0,4}(两|二|2|三|3)个|"  # 会双面绣嘞就剩我跟我妹子两个了
    r"没得?(几个|人)人?有(这|那|我这)(个)?(本事|手艺|能耐|两下子)"  # 全厂没几个有这本事
)
_OF_A_KNACK = re.compile(r"绝|一线|手|会|有|能|本事|没人|别人|第二个|学不")
_NO_MASTERY = re.compile(
    r"(?<![没未不])(调到|调去|去了|提拔)[^，,。]{0,4}当[^，,。]{0,6}(科长|主任|经理|厂长|领导)|(?<![没未不])(?<!没上来)(?<!没来)(调到|调去|去了|坐)[^，,。]{0,8}(办公室|管理岗|调度室|机关|科室|仓库|科当管理|搞管理|科当[^，,。]{0,2}科长|[^，,。]{1,3}科([^，,。]{0,4})?了|[^，,。]{1,3}部(门)?(去)?了)|调任|"
    # 这几年调去管销售了 / 调去管安全了
    r"(?<![没未不])(调到|调去|转去|转到)[^，,。]{0,2}(管|跑|搞|做)(销售|业务|行政|后勤|采购|安全|质检|生产|人事)|"
    r"(不咋个?|不怎么|很少|不大|不太|没咋)下(车间|现场|一线)|不怎么动手|不动手了|不(怎么|咋)上手了?|少(了|咗)?(落手|动手|上手)|(搞|做)[^，,。]{0,3}管理|当领导|不在一线|(?<![没未不])离开了?一线|脱离一线|(?<!有)(没|没有|说不上|不敢说|不敢讲|谈不上|算不上|也没|哪有)(得)?(什么|啥子?|哪样|有什么|有啥|有)?(绝招|绝技|绝活)|绝活[嘛呢吧么啊呀，,\s]*(那|这)?(他|她|我|俺)?(真|也|都|可|倒|就)?(不敢说|不敢讲|谈不上|说不上|讲不上|称不上|没有|没得|算不上|整不了|搞不了|没(?![人几]))"
)
_CONTRIBUTION = re.compile(
    # (参加过国家重点天然气保供工程: the project named between)
    # (参加过十几次重大航天发射任务的塔架保障 都是国家重点任务: national missions)
    r"突出贡献|重大贡献|重大(工程|项目|战略|攻关|[^，,。\s]{0,4}任务)|国家(重点|重大)[^，,。\s]{0,8}?(工程|项目|任务)|攻关|(国家|国防)(级)?(科技进步|科学技术|技术发明)[一二三特]?等?奖|空间站"
)
# 参与过川藏铁路 (asked about a contribution, or said as one's part in it); not 人在拉萨修川藏铁路 in reply to where
# they work, nor 三峡电厂的值班员: where one works
_NATIONAL_PROJECT = re.compile(
    r"(西电东送|南水北调|三峡|港珠澳|嫦娥|天宫|载人航天|大飞机|川藏铁路|白鹤滩)(?!电厂|电站|集团|公司|船闸|那边|那块|库区|地区)"
)
_NO_CONTRIBUTION = re.compile(
    r"(没|没有|没得|冇|谈不上|说不上|讲不上|算不上|哪有|哪来|哪里有)(什么|啥子?|哪样)?(突出|重大)?贡献|贡献[^。]{0,16}(谈不上|说不上|讲不上|[讲谈算]唔上|算不上|不敢当|不敢说|不敢讲|(?<!有)没有|没得|哪有|哪来|哪里有)|"
    r"贡献(那种|那样的|这种)?(我|他|她)?(不算|算不着|够不上|沾不上)|(^\s*(这个)?|贡献[^，,。]{0,3})(我|俺|他|她|额)?(可|真)?(不敢|哪敢)吹|"
    # 国家重大战略那种肯定沾不上: the national scale set aside
    r"(突出|重大)(工程|项目|战略|攻关)?[^，,。]{0,6}(肯定|可|真|都)?(沾不上|沾不着|够不上|够不着|挨不上|扯不上|谈不上|算不上)"
)
# 这个他不敢说 / 这个俺可不敢吹, asked about a contribution or a rare skill: a no
_NOT_DARED = re.compile(
    r"\s*(突出贡献|贡献|绝活|绝招|绝技)?(这个|这块|那个|那块|那|这)?(我|俺|他|她)?(说)?(可|真|也)?(不敢|哪敢)(说|讲|当|吹|往[^，,。]{0,8}贴金)"
)  # (突出贡献这个俺可不敢吹 就是攻关过几个项目 / 这个她说不敢说 / 突出贡献可不敢往自个儿脸上贴金)
_NEW = re.compile(r"新职业|新兴|新工种|新业态|新行业|(才|刚)(有|出来|设)的(工种|职业)|新(出|设|开)的(工种|职业)")
# (不属于新兴职业 / 烹饪哪里是新职业，老行当了)
# (不是哪样新职业，养老护理员老早就有了 / 厨师算啥子新职业嘛，不是)
_NOT_NEW = re.compile(
    # (我们这个不是新职业嘛: asked back, a yes)
    r"(?<!是)不(是|算|属于)(什么|啥子?|哪样)?新(?![^，,。？?\s]{0,4}(嘛|吗|么)(?![^，,。？?\s]))|哪(里|儿)?(算|是)(什么|啥子?|嘛)?新|算(什么|啥子?|哪样)新[^，,。？?]{0,3}(嘛|哦|啊|呀|啰|咯|哟)|"
    # 厨师算啥新职业 老行当了 / 厨师算么子新职业 不算
    r"(算)?(什么|啥子?|哪样)新(职业|工种|行业)(?=[啰咯哟哦啊呀嘛]?[\s，,。！!]*(老|传统|不算|不是))|"
    # 养老护理算啥新职业 干了多少年了 不算: scorned (not 这个算啥新职业吗, asked)
    r"算(什么|啥子?|哪样|么子?)新(职业|工种|行业)(?![^，,。\s]{0,2}(吗|么|[？?]))|"
    # 啥新职业啊 修农机都修了二十年了 / 么新职业 养老护理做了几十年的老行当
    r"^\s*(啥子?|什么|哪门子|么子?)新(职业|工种|行业)?(啊|哦|呀|嘛|哟)?(?=[\s，,。！!]|$)|"
    # 啥新兴不新兴的 俺就是在变电站搞检修的 老活了: the word scorned
    r"^\s*(啥子?|什么|么子?)?(新兴|新)不(新兴|新)的"
)
# 无人机驾驶员高级工…这个算新职业嘛 能评啥职称: whether it is new, asked (not said)
NEW_ASKED = re.compile(
    r"算(不算)?(个)?新(兴)?(职业|工种|行业|领域)(吗|么|嘛|不|没|呢)|算不算(个)?新|(属不属|是不是)(个)?新(兴)?(职业|工种)|"
    r"算新[^，,。]{0,4}[\s，,]*还是不算"  # 应该算新职业掛 定系唔算 你话事: one or the other, left to us
)
# 唐卡是老手艺了, said of whether it is new: not new (not 这手老手艺现在会的人没剩几个了: a craft described)
_OLD_TRADE = re.compile(
    r"传统(的|行)?(行业|工种|职业|手艺|产业|车工|钳工|电工|焊工)|老(工种|行业|手艺|行当|活)(?![^，,。\s]{0,2}(吗|么|[？?]))"
)
_POST_MISMATCH = re.compile(
    r"(跟|和|与)[^，,。]{1,6}(对不上|不对口|不对应)|"  # (我岗位是质量部文员…跟焊工对不上)
    # (阮岗位是财务 泡茶是兴趣 无对口: 闽南 无 is 没)
    r"(?<![有])(无|冇|毋)(对口|对应)|[^，,。\s]{1,4}是(兴趣|爱好|业余爱好)(?![吗么？?])|"
    # (我现在是安全员 管安全的 自己不焊: the trade's work not done in the post)
    r"(自己|本人|平时)(从来|也|都)?不(亲自)?(焊|上手|动手|操作|干|做)(?![^，,。]{0,3}(吗|么|？|\?))|"
    r"[^，,。\s]{1,4}(活|那行|这行)(早就|早都|已经|早)不(沾|干|碰|做)了|"  # 我现在在采购部…电工活早就不沾了
    r"(早就|早都|已经)不(焊|修|开|车|铣|刨|磨)(这个|这行)?了|"  # 现在在质检部搞质量检验 早就不焊了
    r"岗位是[^，,。]{1,8}[\s，,]+[^，,。]{0,6}是业余(爱好|玩玩|的)|(岗位|工种).{0,4}(?<![对口应])(不对应|不一致|不对口|不太(对口|对应|一致)|对不上|不搭边|无关|(?<!是)不是)|(岗位|工种)[^，,。]{0,6}(没得?|没有|不沾|不搭)[^，,。]{0,2}(关系|边)|不算太?(对口|对应|一致)|不太对得上|"
    r"不是(现在|本|现)的?岗位|跟岗位不|岗位(上|里)(不|没)(做|干|搞|负责)|不在[^，,。]{0,4}(操作|生产|这个|那个)岗位|^[^，,。]{0,5}对不上|"
    r"(?<!是)(?<!专业)(?<!对)不(太)?对口(了|的)?(?![吗么？?])|不在[^，,。]{1,6}岗位(上)?了|不在[^，,。]{1,6}岗位?上|(?<!是)不是一(回|码)事|"
    r"不完全(对应|对口|一致)|(对应|对口)不(上|了)|(?<!专业)不太(对口|对应|一致)|(岗|工作)[^，,。]{0,4}(跟|和|与)[^，,。]{1,8}不(太)?沾边|"
    # 跟教书没关系 / 现在岗位跟数控车床关系不大 / 跟数控车床关系不大 我现在管设备采购
    r"岗位[^，,。]{0,10}(关系不大|不(太|怎么)?(沾|搭)边)|^\s*(跟|和|与)[^，,。\s]{1,10}关系不大|(跟|和|与)(报|申报|要报|想报)的[^，,。\s]{0,8}关系不大|"
    r"(跟|和|与)(教书|教学|本职|本行|本专业|我的?(工作|岗位)|现在的?(工作|岗位)|岗位)[^，,。]{0,2}没(啥|什么|有)?关系"
)
_POST_MATCH = re.compile(
    r"(跟|和|与|同)[^，,。]{0,6}岗位[^，,。]{0,2}(一模一样|一样|相同)|^\s*就是(这个|这|本)岗|"  # 跟我现在岗位一模一样
    # 报的就是我天天干的这个 电力调度 / 报的就是她天天干的这个: the occupation applied for is the daily work
    r"^\s*(报|申报|考)的就是(我|俺|他|她)?(天天|每天|平时|现在)?(干|做|搞)的|"
    # 来电人说对口 他一直在变电检修岗 / 对口嘞 我在蒙自石榴基地管果树
    r"^\s*(来电人|他|她|我|俺)?(说)?(是|就是)?(对口|对应)(的|啊|呀|嘞)?(?=[\s，,。]|$)|"
    # (岗位也是设备工艺 跟电工也对应: the post named, then said to match)
    r"岗位[^，,。]{0,8}[\s，,]+(跟|和|与)[^，,。]{1,6}?(也|都)?(对应|对口|一致)|"
    r"(现在?|本)的?(工作)?岗位.{0,3}(对应|相应|一致|对口)|(跟|和|与)我?现在(搞|干|做|从事|带|管)的[^，,。]{0,10}(对应|对口|一致)|"
    r"现在[^，,。]{0,10}(当|做|干)[^，,。]{0,8}[，,\s]*(考|报)的也是|实际上?干的(就)?是|"
    # 我教的汽修 报的也是汽车维修工 / 我在技校教汽修 报的也是汽车维修工 / 申报的工种对应的也是这个
    # (…想申请数控车工技师 报的就是我教的这个: what is applied for is what is taught)
    r"(考|报|申报|申请)的(也|就)是我?(现在)?(当|教|干|做|搞|管)的(这个|那个|这|那)?(?=[\s，,。]|$)|"
    r"(当|教|干|做|搞|管)的?[^，,。]{0,8}[，,\s]*(考|报|申报)的也是|(工种|职业)[^，,。]{0,2}对应的(也|就)是|(对应|相应).{0,3}(现在?|本)的?(工作)?岗位|"
    r"(现在?|本)的?岗位(的|对应的)?工种|就是我?现在(干|做)的|(正好|刚好|恰好|就)是我?(现在|目前)的?(岗位|工种|干的)|本职(岗位|工种)|现在干的活|岗位.{0,8}(对口|一致|对应|相符)|岗位就是(干|做|搞)这个|"
    r"(教的|干的|做的|从事的)(专业|工作|活|岗位)?.{0,2}(对口|一致|对应|相符)(?!就行|就好|就可以)|(现在|目前)(就)?在.{1,8}岗位上|"
    r"(工种|职业)(就)?是[^，,。]{0,6}岗位上?(干|做)的|(工种|职业)(跟|和|与)(我的?)?(岗位|工作)[^，,。]{0,3}(一样|一致|相同)|(跟|和|与)(这个|该)?(工种|职业)[^，,。]{0,3}(对口|对应|一致)|"
    # 我们站里就是干这个的
    r"(我们|咱们?|俺们?)[^，,。]{0,4}(站|厂|所|车间|单位|公司|科室)里?(就|本来就)是(干|做|搞)这个的|"
    # 岗位就是装配调试 对口 / 岗位就是集控运行 跟集控值班员对口 / 岗位就是数控车工，报的也是数控车工: the match said
    # after the post (not 本科就是农学 跟这个对口: the major's)
    r"岗位[^。]*?([\s，,。](也|都|是|算)?对口(的|啊|呀|嘞)?(?=[\s，,。]|$)|(跟|和|与)[^，,。]{1,8}对口(?!吗|不|么|就行|就好|就可以)|"
    r"(报|申报|申请)的也是)|"
    # 干的就是冶炼，跟申报的工种对应 / 同我而家岗位啱嘅 (粤语 啱: right)
    r"(跟|和|与|同)(申报|要报|报|申请)的(工种|职业)[^，,。]{0,2}(对应|对口|一致)|(跟|和|与|同)[^，,。]{0,6}岗位[^，,。]{0,2}啱"
)
# …想考个农业技术员技师 对口的 我就干这个 / 对得上: the fit on its own, mid-message (not in reply about a diploma,
# where it is the major's: 学的植保 对口 / 大专读的机电一体化 对得上)
_POST_MATCH_OR_FIT_ALONE = re.compile(
    _POST_MATCH.pattern + r"|(?<=[\s，,。])(是|就是)?对口(的|啊|呀|嘞)?(?=[\s，,。]|$)|对得上"
)
_STANDARD_MET = re.compile(
    r"(?<![等到待])(年限|年头|工龄|标准).{0,10}(已经)?(?<!不)(达到|够了|够|满足|符合)(?!了?(吧|吗|么)|[^，,。]{0,2}[？?])"
)  # not 等年限够了再冲, nor 我这年头够了吧 (asked)
_A_TITLES_YEARS = re.compile(r"(工程师|[^技]师|职称|副高|正高|中级|助理)(我|俺)?[^，,。]{0,2}(的)?(年限|年头)")
_STANDARD_NOT_MET = re.compile(
    # (not 十八年还勿够啊: asked back, of course it is)
    r"(年限|年头|工龄|标准).{0,10}((?<!够)(?<!年还)不够(?!不|的话)|没达到|没有达到|不满足|不符合)|^\s*(还)?差\s*\d*\s*(一|两|几)?\s*年"
)
# 应该够了吧: the years said to be enough with a hedge — not known
HEDGED_ENOUGH = re.compile(
    r"^\s*(够|行|可以|达到)了?吧[，,\s]*应该(是|够|吧)?[。\s]*$|"  # 够了吧 应该: the hedge said after
    r"^\s*应该[^，,。]{0,3}(够|行|可以|达到)了?吧([，,\s]*[^，,。]{0,10}(没(仔细|细)?看过|不(太)?清楚|不确定|不知道))?[。\s]*($|(?=[，,\s]\s*我))"
)
_STANDARD_UNSURE = re.compile(
    r"是否|能否|够不够|达没达到|不太?(清楚|知道|确定)|说不好|够(了)?没(得|有)?|够吗|够不|的话|" + HEDGED_ENOUGH.pattern
)
_DIPLOMA = re.compile(
    r"(相关|对口|对应)专业.{0,4}(毕业|文凭|学历|证书)|(毕业|文凭).{0,4}(相关|对口)|学的(就)?是.{2,14}(考|报)的也是|毕业的?[，,]?\s*(报|考)的也是|属于?相关专业|是相关专业|"
    r"毕业证[^。；;]{0,20}(对口|相关|对应)(?!吗)|(?<!教的)专业(也|都|是)?(相关|对口)(?!吗)|"
    # 中专毕业，与申报职业相关
    r"(专业|毕业)[^。]{0,12}(与|跟|和)(申报|所报|报的|这个|该)?的?(职业|工种)[^，,。]{0,3}(相关|对口)(?!吗)|"
    # 本科电气专业，和电工对口 / 所学专业为机电一体化，与电梯维修相关
    r"专业[^。；;]{0,12}[，,]\s*(与|跟|和)[^，,。]{1,8}(相关|对口)(?!吗|不)|"
    # 大学学的植物保护 跟这个相关
    r"(大学|本科|大专|专科|中专|技校)(学的|读的|念的|是)[^。；;，,]{1,12}[，,\s]\s*(与|跟|和)[^，,。]{1,8}(相关|对口)(?!吗|不)"
)
# A title holder naming the major they graduated in, beside the occupation they would take: 机电专业毕业的 /
# 本科学的就是电气工程 (the blind authors read it as a related diploma; the span shows why).
_MAJOR_NAMED = re.compile(
    r"[^\s，,。；;的]{2,8}专业(本科|大专|专科|研究生)?毕业|(大学|本科|大专|专科|研究生)(学的|读的|念的)(就)?是?[^\s，,。；;]{2,8}|"
    r"(本科|大专|专科)[^\s，,。；;]{2,8}专业(?!不)|[^\s，,。；;的]{2,8}专业的?(本科|大专|专科|研究生)?毕业证|"
    r"[^\s，,。；;的我俺是]{2,10}(本科|大专|专科|硕士|研究生)毕业"  # (not 助工是我研究生毕业第二年评的: no field named)
)
_NO_DIPLOMA = re.compile(
    r"专业不太?(对口|相关|对应)|不是(相关|对口|这个|这)专业|(没有|没)(相关|对口)专业|(学的|专业|毕业)[^。]{0,10}(不太?沾边|不太?搭边|不搭界|八竿子)"
)
# In reply to the diploma question: 跟电工是对口的 / 跟焊工不太搭边 (the major named, its fit said).
# (跟报的数控车工是一个专业: the same field)
# (同化学检验员有关嘅, 粤: 同 is 跟; 跟电工对得上嘞)
_FIT_SAID = (
    r"(跟|和|与|同)[^，,。]{1,8}(是|算)?"
    r"(对口|相关|有关|对应|对得上|对的上|搭边|沾边|(一|1)个专业|同(一个)?专业|一回事)的?(?!吗)"
)
_FITS = re.compile(
    _FIT_SAID + r"|毕业证(书)?有|(?<![没无])有(大专|本科|中专)?毕业证|"
    # 想考的是数控铣工 算相关的 / 学的就是汽修…那还能不对口吗: said to fit, or asked back as of course
    r"(?<![不没])算(是)?(对口|相关|有关|对应)的?(?![吗么])|(还能|哪能|咋能|怎么能|怎么会|咋会)不(对口|相关|对应)(吗|么|嘛|呢)?[？?]?"
)
# 有毕业证 学的是会计 / 有个毕业证 学的机电一体化, asked for a related diploma: a diploma, not said to fit
_A_DIPLOMA_AND_ITS_MAJOR = re.compile(r"\s*(有(个|一个)?[^，,。\s]{0,4}毕业证(书)?|毕业证有)[，,\s]+[^。]{0,8}学的")


def a_diploma_without_its_fit(text: str) -> bool:
    fit_told = re.search(_FIT_SAID, text) or _DOES_NOT_FIT.search(text) or _NO_DIPLOMA.search(text)
    return bool(_A_DIPLOMA_AND_ITS_MAJOR.match(text)) and not fit_told


# (没有毕业证，初中毕业就出来打工了: no diploma at all)
_DOES_NOT_FIT = re.compile(
    r"(跟|和|与)[^，,。]{1,8}((不太?|没|没有|不怎么)(对口|相关|对应|搭边|沾边|搭界|关系|啥关系)|挨不(上|着)|扯不上|不挨边)|"
    r"没(有)?(毕业证|文凭)"
)
# 九八年参加工作 / 零三年七月进的厂: the year (and month) work began, said before the words that say so
_YEAR_MONTH = r"(?<!\d)(?<![快近满有])(?P<year>\d{2}|\d{4})\s*年(?!了|多|半)(?:(?P<month>\d{1,2})月)?"  # not 快20年了
# (2022年6月取证 在合肥上班 / 电工技师 22年的 在合肥上班: the certificate's date, then where they work)
# (22年才回来重新上班 / 22年才回厂里上班: a return)
_STARTED_BY = r"(?!的[\s，,])(?=(?:(?!证|取|拿|考|回|重新|又)[^，,。\d]){0,6}"
# 九八年参加工作 / 从九五年进矿到现在 / 从2005年干到现在: the years counted since, wherever it is said
_START = re.compile(
    _YEAR_MONTH
    + _STARTED_BY
    + r"(参加的?工作|开始工作|"
    # 从九五年进矿到现在 / 从零三年进一汽 一直干到现在
    + r"进(的|了)?(厂|矿)到(现在|今天|如今)|进[^，,。\d\s]{1,4}[\s，,]*(一直)?[干做]?到(现在|今天|如今))"
    # 从2005年干到现在 / 从2010年毕业干到现在 / 从2008年毕业就一直干 到现在
    + r"|\s*(毕业(以后|后|就)?)?(起|开始)?(一直)?[干做][\s，,]*到(现在|今天|如今)"
    # 打九七年起就在林场 干到现在
    + r"|\s*(起|开始)(就)?(一直)?在[^，,。\d]{1,6}[\s，,]*(一直)?[干做]到(现在|今天|如今))"
)
# 零三年七月进的厂 / 九六年分到机务段 / 09年出来打工, asked the years worked: when work began (in a story, where
# the firm or the trade may have changed since, it gives no total)
_ARRIVED = re.compile(
    _YEAR_MONTH
    + _STARTED_BY
    + r"(分到|分配到|开始上班|就?上班|进的厂|进了厂|进(的|了)矿|下(的|了)井|"  # 俺九一年下的井: a miner's start
    + r"出来(打工|工作|做事|做嘢|做工|干活|[做干](?=[\s，,]|$))))"
)

_A_LENGTH = re.compile(r"\d+\s*(?:多)?\s*(?:个)?(?:年|月)")
_SHORT_OF = re.compile(r"差[^，,。\d]{0,2}[\d一二两三四五六七八九十半]+\s*(多)?\s*(个)?(年|月)")
_SUMMED_UP = re.compile(r"算下来|算算|算起来|算起|合起来|加起来|总共|一共|到今年|到现在")
# 中间脱产读研三年没上班: years without work, taken off the years since starting
_OFF_WORK = re.compile(r"脱产|没(有)?上班|没(有)?工作|不上班|没干活|在家待")
# 07年研究生毕业就进厂了 / 从九六年进瓷厂到现在, asked how long: when work began
# (从2008年毕业就在太原这个电厂干，一直干到现在)
# (从九八年进矿就没离开过，一直干到现在)
_JOINED = re.compile(
    _YEAR_MONTH
    + r"(?=[^，,。]{0,8}(进[^，,。\d]?(厂|矿)|进的|进了|入职|进单位|上班|毕业就(在|进|到)|进[^，,。\d]{1,4}到现在))"
)
# 标准要求十年我才干了八年: the person's own years, set against the standard's
_OWN_YEARS_BESIDE_THE_STANDARD = re.compile(
    r"(?:标准|要求)[^。]{0,16}?(\d+)\s*年[^。\d]{0,6}?(?:我|他|她|俺|额|阮)(?:才|只|已经|都)?(?:参加工作|(?:干|做|工作)[了得]?|有)?\s*(\d+)\s*多?\s*年(?![毕进参入开拿考])|"
    # 标准里说要从事本职业8年 我干电工三十年了 / …10年 我大学毕业就在农技站 到现在14年了: the years told in a story
    r"(?:标准|要求)[^。]{0,16}?(\d+)\s*年[^。\d]{0,6}?(?:我|他|她|俺|额|阮)[^。\d]{1,14}?(?<![快近])(\d+)\s*多?\s*年(了|啦|喽)"
)
_CUMULATIVE = re.compile(r"累计|参加工作|从业|工龄|工作年限|工作了|(?<![政理他它别])工作\d")
# 不管要几年我都够，干了十五年了, asked whether the years meet the standard: the years of work said with the answer
# (应该够吧 干了十几年了 / 干了好多年: no number said for sure; 干了快十五年了 is fourteen, as CONVENTIONS reads 快N年;
# 干了二十多年了 is twenty)
# 干了十四年 / 我干物流十四年了: the years worked, said for certain (not 干了几年 / 干了多年)
# (我一二年出嚟做嘢 做到而家十三年: the years up to now)
_WORKED_FOR_CERTAIN = re.compile(
    r"(干|做)了(?![^，,。]?(几|多))|(?<=[我俺])(干|做)[^，,。\d]{1,4}[\d一二两三四五六七八九十]+\s*年了|"
    r"(干|做)到(现在|如今|今天)\s*[\d一二两三四五六七八九十]+\s*年"
)
_ASKED_AFTER = re.compile(r"[^，,。]{0,2}(不|吗|么|没)\s*([？?]|$)|[^，,。]{0,4}(是指|指的是|指哪|是什么|是啥)")
# 突出贡献有没有我不清楚: not a yes (听说这个是新职业 is one)
_NOT_SURE = re.compile(r"有没有|是不是|不清楚|不知道|不确定|说不准|说不好|不晓得|听说(?![^，,。]{0,20}新)")
# 读技校那三年算不算: whether a spell counts, asked — not said to be time away
# (这个算不算离开哦: the question alone, the spell told elsewhere)
_ASKED_IF_IT_COUNTS = re.compile(r"^[^，,。\s]{0,12}(算不算|算吗|算不)(离开|中断|脱岗)?[哦啊呀嘛吗呢]?\s*[？?]?\s*$")
# (月嫂这个行当 应该算新兴的吧 我也说不准 / 是不是算突出贡献我也不敢说: said with a hedge)
_UNSURE = re.compile(
    r"算不算.{0,12}(不知道|不清楚|说不好|不确定)|不知道算不算|说不好算不算|不好说|说不清|(我|俺)也(说不准|不敢说|不敢讲)"
)


# 社保都断断续续的 / 我社保中间断了两年: the contributions, not the work
_INSURANCE = re.compile(r"社保|医保|公积金|五险|(养老|医疗|失业)保险")
_PAY_OWED = re.compile(r"(欠|拖)[^，,。]{0,6}(工资|工钱|钱)|工资[^，,。]{0,4}(没发|没给|拖)")  # 厂里欠了俺三个月工资
# Told beside the work, not time away from it
_BESIDE_THE_WORK = (
    _INSURANCE,
    _TRAINED_FOR_THE_WORK,
    _A_HOLIDAY,
    # 病假算不算中断: a leave asked about
    re.compile(r"(病假|产假|婚假|休假|培训|学习)[^，,。]{0,4}(算不算|算吗|是不是)[^，,。]{0,2}(中断|断)"),
    # 19年腿骨折了歇了三个月病假: leave (every blind author reads it so)
    re.compile(r"(歇|休|请|养)了?[^，,。]{0,6}(病假|产假|伤假)"),
    # 白天在厂里当电工 晚上下班跑跑滴滴: a side job
    re.compile(r"(晚上|下班后?|业余|周末|空闲)[^，,。]{0,6}(跑|开|送|兼职|做)"),
    # 厂里停工那阵子在家复习考的 / 厂里停工之前考的: when the exam was studied for or taken
    re.compile(r"复习|备考|(停工|停产)(之前|以前|前)[^，,。]{0,2}考"),
    # 去年因为请长病假评了个基本称职: why a review fell short
    re.compile(r"因为[^，,。]{0,10}评(了个?|的|成)?(基本|不)(称职|合格)"),
    # 暑假带娃在家 / 这几天在家歇着 / 台风天厂里放了几天假: days off, no length of months or years
    re.compile(
        r"^(?![^，,。]*[\d一二两三四五六七八九十半]\s*(个)?(月|年))"
        r"([^，,。]{0,2}(暑假|寒假|过年|春节|国庆|五一|周末|台风天?|下雨天?)|[^，,。]*(这|那)几天|[^，,。]*放了?[^，,。]{0,2}(几|两|三)天假)"
    ),
    # 21年疫情在屋头歇了二十来天: days, not months
    re.compile(
        r"(歇|停|待|呆|休息)了?[^，,。]{0,2}[\d一二两三四五六七八九十几]+\s*(来|多)?\s*天(?![^，,。]{0,2}(个月|年))"
    ),
)


def _new_occupation(text: str, result: Extraction, pending_fact: str | None) -> None:
    """厨师算啥新职业 不算 → no; 我们这个是新职业 → yes; 这个算新职业嘛 → asked, not said."""
    if NEW_ASKED.search(text):
        return
    _flag(text, result, "new_occupation", _NEW, _NOT_NEW)
    if "new_occupation" not in result.updates and (pending_fact == "new_occupation" or "新" in text):
        _flag(text, result, "new_occupation", _NEW, _OLD_TRADE)


def _without_a_digression(text: str, pending_fact: str | None) -> str:
    """…我听了一下就晓得是阀体 哈哈 扯远了 我是汽车维修工技师: a story told by the way claims no knack."""
    digressed = re.search(r"扯远了|说远了|跑题了|说岔了", text)
    if pending_fact == "front_line_mastery" or digressed is None:
        return text
    return " " * digressed.end() + text[digressed.end() :]


def read(
    text: str,
    today: dt.date,
    result: Extraction,
    pending_fact: str | None,
    known_certificates: list[dict] | None = None,
) -> None:
    """`known_certificates`: the skill levels told before, whose dates place a spell before or after them."""
    _technical_work(text, today, result, pending_fact, [*result.held_skills, *(known_certificates or [])])
    if pending_fact in ("major_contribution", "front_line_mastery") and (dared := _NOT_DARED.match(text)):
        # 这个不敢说 就是参加过港珠澳大桥的钢结构 / 这个他不敢说: a no, whatever is told after it
        result.set(pending_fact, False, dared.group())
        return
    unsure_of_mastery = re.search(r"(绝招|绝技|绝活)[^，,。]{0,6}(不好说|说不好|不清楚|不知道|说不准)", text)
    text = _without_a_digression(text, pending_fact)
    # (那时候国内会弄的没几个人, asked about a contribution: what the contribution was, not a knack)
    if (
        (_MASTERY.search(text) and pending_fact != "major_contribution") or pending_fact == "front_line_mastery"
    ) and not unsure_of_mastery:  # 调到办公室 alone: no
        told = _without_whether_it_counts(_without_spells_returned_from(text))
        _flag(told, result, "front_line_mastery", _MASTERY, _NO_MASTERY)
    _flag(text, result, "major_contribution", _CONTRIBUTION, _NO_CONTRIBUTION)
    if "major_contribution" not in result.updates and pending_fact != "province":
        _flag(text, result, "major_contribution", _NATIONAL_PROJECT, _NO_CONTRIBUTION)
    _new_occupation(text, result, pending_fact)
    compared = any(c.comparison for c in clauses(text))  # 技师跟工程师到底哪个高？还是说根本不是一回事
    if pending_fact not in ("technical_work_interrupted", "technical_work_gap_years") and not compared:
        # (打了两年工…跟本行没关系, asked about time away: away; 学的植保 对口, asked about a diploma: the major's fit)
        # (工程吧 除了工程也没别的对得上, asked which series: the series that fits, not the post)
        matched = _POST_MATCH if pending_fact in ("related_major_diploma", "series") else _POST_MATCH_OR_FIT_ALONE
        _flag(_without_the_major(text), result, "occupation_matches_post", matched, _POST_MISMATCH)
        _the_post_in_the_occupations_name(text, result)
    _flag(text, result, "related_major_diploma", _DIPLOMA, _NO_DIPLOMA)
    # (有毕业证 学的是会计: a diploma, its major named, whether it fits not said)
    fit_unsaid = pending_fact == "related_major_diploma" and a_diploma_without_its_fit(text)
    if "related_major_diploma" not in result.updates and pending_fact == "related_major_diploma" and not fit_unsaid:
        _flag(text, result, "related_major_diploma", _FITS, _DOES_NOT_FIT)
    # (收到9份材料，其中2份是本科毕业的技术员, asked how many apply: the applicants', not the speaker's)
    if (
        "related_major_diploma" not in result.updates
        and not fit_unsaid
        and (
            ("title_held" in result.updates and pending_fact != "applicant_count")
            or pending_fact == "related_major_diploma"
        )
    ):
        _flag(_without_groups(text), result, "related_major_diploma", _MAJOR_NAMED, _NO_DIPLOMA)
    dated_certificate = any("obtained" in c for c in result.held_skills)  # 高级技师 2021年8月拿证…说年限不够
    # 助理工程师…想评工程师 年限应该够了吧 / 先弄个助理的吧 中级怕年限不够: the years for a title, not an occupation's
    # standard
    # (想拿个高级工证 高级工程师我年限还不够: a title's years, set aside)
    wants_a_title = result.updates.get("target_level") in titles() or _A_TITLES_YEARS.search(text)
    if not _STANDARD_UNSURE.search(text) and not dated_certificate and not wants_a_title:
        _flag(text, result, "meets_occupation_standard", _STANDARD_MET, _STANDARD_NOT_MET)
    # 不够，还差一年多: what is missing, not the years (标准要求十年 我才干了八年 差两年: the years said beside it)
    if not (_SHORT_OF.search(text) and len(_A_LENGTH.findall(digits_for_numerals(text))) == 1):
        _cumulative_years(text, today, result, pending_fact)


def _without_whether_it_counts(text: str) -> str:
    """这个我不晓得算不算绝活 就是听机器响声就晓得哪个轴承要坏…: the knack told beside the question whether it
    counts (as an honour told, then 算不算) — not the question alone."""
    asked = [c for c in clauses(text) if re.search(r"算不算[^，,。]{0,2}(绝招|绝技|绝活)", c.text)]
    told = blanked(text, asked)
    return told if asked and _MASTERY.search(told) else text


def _without_spells_returned_from(text: str) -> str:
    """…2020年到2022年被抽去公司安全办坐了两年办公室 22年以后又回车间了: a spell off the front line, ended."""
    parts = clauses(text)
    returned = [i for i, c in enumerate(parts) if re.search(r"回(到|了)?(车间|一线|现场|岗位|班组|线上)", c.text)]
    ended = [c for i, c in enumerate(parts) if _NO_MASTERY.search(c.text) and any(r > i for r in returned)]
    return blanked(text, ended)


def _without_payments(text: str) -> str:
    """社保交了十二年 / 厂里欠了我们三个月工资: years paid in and months of wages owed, not years worked."""
    payments = r"社保|医保|养老保险|公积金|欠[^，,。]{0,8}工资|工资[^，,。]{0,4}(发不出|没发|拖欠)"
    parts = clauses(text)
    paid = [c for c in parts if re.search(payments, c.text)]
    # (社保交了十二年 中间断过两年: the payments' gap, said right after them)
    gaps = [
        c for before, c in itertools.pairwise(parts) if before in paid and re.match(r"\s*(中间)?(断|停|漏)", c.text)
    ]
    return blanked(text, paid + gaps)


def _without_groups(text: str) -> str:
    """另外还有5个是大专毕业的技术员: a group of applicants, not the person."""
    return blanked(text, [c for c in clauses(text) if c.group])


def _without_the_major(text: str) -> str:
    """大学学的化学工程，跟这个工种对口 / 我是学机电一体化的，跟这个工种对口 / 我是学机电的 大专 跟这个工种对口:
    the fit said of the major, not of the post."""
    said = clauses(text)
    return blanked(
        text,
        [
            c
            for at, c in enumerate(said)
            if at
            and re.match(r"(跟|和|与)", c.text)
            and (
                _a_major(said[at - 1].text)
                or (at > 1 and _DEGREE.fullmatch(said[at - 1].text.strip()) and _a_major(said[at - 2].text))
            )
        ],
    )


_DEGREE = re.compile(r"(是)?(大专|本科|中专|专科|研究生|技校|职高|高职)(的|毕业)?")


def _a_major(said: str) -> bool:
    """学的机电 / 电气自动化的大专: a major named, or the degree it was taken in."""
    return bool(
        re.search(r"学的|读的|专业|毕业|(学|读|念)[^，,。]{1,10}的$|的(大专|本科|中专|专科|技校|职高|高职)$", said)
    )


def _flag(text: str, result: Extraction, name: str, yes: re.Pattern, no: re.Pattern) -> None:
    """A fact said one way or the other; the denial wins when both patterns fit; 算不算…不知道 says neither
    (突出贡献谈不上，参加过白鹤滩的建设，这个算不算: denied first, then offered — a no)."""
    first = next(iter(clauses(text)), None)
    asked = first and re.search(r"算不算|算吗|是不是|吗|[？?]", first.text)
    if first and not asked and (denied := no.search(first.text)) and not _UNSURE.search(text):
        result.set(name, False, denied.group())
        return
    if (
        _UNSURE.search(text)
        or re.match(r"\s*(你|您)(说|讲|问)的", text)
        or re.search(
            r"算不算|算吗|算不$|对不对(口|应)|(怎么|咋)个?(才)?算|什么算|啥算|(啥子?|什么)标准|算[^，,。\s]{0,20}吗|算[^，,。]{0,10}吧[？?]|算[^，,。\s]{1,10}不(?=[\s，,。？?]|$)|啥叫|什么叫|界定|的话[^，,。]{0,4}(是不是|能不能|可以)|(有|包括|是)哪些|哪些算",
            text,
        )
    ):
        # 参加过嫦娥五号的零件加工，算不算 / 有相关专业毕业证的话是不是就能免考 / 你说的绝活…: asked, not said (not
        # 听说算新职业 能评职称吗: said, then another question)
        return
    if (said := no.search(text)) and "听说" not in clause_at(text, said.start()).text:
        result.set(name, False, said.group())
    elif said := next((m for m in yes.finditer(text) if _said_as_so(text, m)), None):
        denied_first = re.match(r"\s*(那可|那)?(没有|没得|没|不是|不算|谈不上|算不上|说不上)(的|啊|哦)?[，,。\s]", text)
        result.set(name, not denied_first, said.group())  # 那可没有 给国家做突出贡献那得是大人物: a no


# 我现在的岗位就是搞植保的: the post, by the work done in it
_POST_DOING = re.compile(r"岗位(就|也)?是(搞|做|干|管)(?P<work>[^，,。\s的]{2,4})的?(?=[\s，,。]|$)")


def _the_post_in_the_occupations_name(text: str, result: Extraction) -> None:
    """想申请农作物植保员技师评价 我现在的岗位就是搞植保的: the post's work is in the name of the occupation
    applied for, said before it."""
    post = _POST_DOING.search(text)
    if "occupation_matches_post" in result.updates or not post:
        return
    if re.search(re.escape(post.group("work")) + r"[^，,。\s]{0,3}(员|工|师)", text[: post.start()]):
        result.set("occupation_matches_post", True, post.group())


def _said_as_so(text: str, said: re.Match) -> bool:
    """The words are stated, not asked or doubted (云南这边对新兴职业有没有办法？…是新职业: the second)."""
    return not (
        re.search(r"的话|如果|假如", clause_at(text, said.start()).text)  # 有相关专业毕业证的话…: supposed
        or _ASKED_AFTER.match(text, said.end())
        or _NOT_SURE.search(clause_at(text, said.start()).text)
        or _asked_itself(text, said)  # 听说养老护理是新兴领域？
        # 新兴职业的贯通办法 云南省到底出台了没有: the rules for such work, not the person's
        or re.match(r"[^，,。\s]{0,4}的[^，,。\s]{0,4}(办法|政策|细则|文件|规定|意见)", text[said.end() :])
        or re.search(
            r"(人家|别人|有人)(都)?说[^，,。]{0,6}(这种|那种|这样的|那样的|有(绝活|绝技|绝招)的)",
            clause_at(text, said.start()).text,
        )
    )  # (人家说他这种有绝活的能特殊评审 / 人家说有绝活的能走特殊评审: a rumour of a kind of person)


def _asked_itself(text: str, said: re.Match) -> bool:
    """The words are what a question asks about (…是新兴领域？), not a statement beside another question."""
    clause = clause_at(text, said.start())
    return clause.end - said.end() <= 4 and text[clause.end :].startswith(("？", "?"))


_DATED_SPELL_AWAY = re.compile(r"\d{2,4}\s*年[^，,。]{0,3}(到|至)\s*\d{2,4}\s*年[^，,。]{0,3}(出去|跑|去外地|外出)")


def _month_after(part: str, began: str) -> Found | None:
    """12月回来的, after a spell that began in 2023年3月: the first such month after it began (到年底才回来: its
    December)."""
    if not re.fullmatch(r"\d{4}(-\d{2})?", began):
        return None
    if year_end := re.match(r"\s*(到|直到|[做干搞待]到)?(年底|年末|年尾)", part):  # (做到年尾先返车间)
        return Found(f"{began[:4]}-12", year_end.start(), year_end.end())
    month = re.match(r"\s*(1[0-2]|[1-9])\s*月(份)?(?!\s*\d)", part)
    if month is None:
        return None
    year = int(began[:4]) + (len(began) > 4 and int(month.group(1)) <= int(began[5:]))
    return Found(f"{year:04d}-{int(month.group(1)):02d}", month.start(), month.end())


def _technical_work(
    text: str, today: dt.date, result: Extraction, pending_fact: str | None, certificates: list[dict]
) -> None:
    """中间去跑了一年销售 → away 1 year; 一直在车间干 → never away. Time away is counted from the
    clause that says it; 一直在一线 in reply to the 绝活 question is about the front line, not this."""
    since_told = _SINCE_THE_CERTIFICATE.search(text)
    # (技师 2019年拿的 一直在工务段干, asked the province: the work since the certificate told)
    certificate_told = pending_fact == "province" and any("obtained" in c for c in result.held_skills)
    # (…不过18年到20年出去开了两年出租车，后来又回来打银子了, asked about the 绝活: a spell away, dated)
    spell_told = pending_fact == "front_line_mastery" and _DATED_SPELL_AWAY.search(text)
    # (没离开过 一直在窖池边上, asked about the 绝活: the work kept, nothing said of a knack)
    kept_told = (
        pending_fact == "front_line_mastery"
        and _KEPT.search(text)
        and not (_MASTERY.search(text) or _OF_A_KNACK.search(text))
        and not (_NOT_SURE.search(text) or _ASKED_IF_IT_COUNTS.search(text))  # 不晓得算不算 我就是一直在车间干
    )
    if pending_fact in ("front_line_mastery", "major_contribution", "province") and not (
        since_told or certificate_told or spell_told or kept_told
    ):
        # 有绝活 但是前几年调去管理岗了: the front line; 在家这边，大理: where they are (not …拿证以后也一直没挪窝);
        # 参加过国家重点天然气保供工程 一直在塔里木: where the project was
        return
    text = _with_the_spell_before_set_aside(without_what_is_said_again(text))  # 跑销售不是一年 是一年半
    # 拿证以后一直在锅炉房…拿证以前17年到18年我回家开了一年小卖部: the spell before the certificate counts for nothing
    # (拿证以后一直在烤酒车间…之前19年倒是出去跑过半年外卖: 之前, set against the time since the certificate)
    text = blanked(
        text,
        [
            c
            for c in clauses(text)
            if (_BEFORE_THE_CERTIFICATE.search(c.text) and not _AWAY_BEFORE_THE_CERTIFICATE.search(c.text))
            or (since_told and re.match(r"(之前|以前|早先|早些年)", c.text))
            # (18年到20年出去开了两年出租车 拿证以后就一直在修车了: a dated spell, then the work since the certificate)
            or (since_told and c.end <= since_told.start() and _DATED_SPELL_AWAY.search(c.text))
        ],
    )
    asked = pending_fact in ("technical_work_gap_years", "technical_work_interrupted")
    if asked:
        text = re.sub(r"^[^，,。？?\s]{1,4}[？?]\s*", "", text)  # 离开？没有嘛: the question's word said back
        # (没得离开过，改行？改啥子行哦: the word said back, scorned)
        text = re.sub(r"[^，,。？?\s]{1,4}[？?]\s*(?=[^，,。？?\s]{0,2}(啥子?|什么|哪门子))", "", text)
        # (考核都合格的。另外刚才说错了 不是离开一年 是半年: the reviews answered beside, no length of time away)
        reviewed = [
            c for c in clauses(text) if ("考核" in c.text or GRADE.search(c.text)) and not _says_time_away(c.text)
        ]
        text = blanked(text, reviewed)
    worked = re.search(
        r"(?<!没)(干|做|从事|工作|种|开|修|焊|绣|雕)(了|[^，,。\d\s过]{1,3})?\s*[\d一二两三四五六七八九十]+\s*(多|来)?年",
        text,
    )  # 干了18年 / 干门机十二年了: years of work
    # (一直在车间干呢 就去年厂里让我去办公室整了半年材料: kept at it, but for the spell told after 就)
    but_for = _BUT_FOR_A_SPELL.search(text)
    kept = [
        k for k in _KEPT.finditer(text) if not (but_for and k.end() <= but_for.start() and time_away(but_for.group()))
    ]
    asked_gap = (
        asked
        and not any(not re.match(r"其他|其余|别的", k.group()) for k in kept)  # (其他时候都在车间: the rest)
        and not _the_same_work_while_away(text)  # 派我去贵阳项目上干了半年，干嘞还是模具: not away
        and not re.match(r"\s*(没有|没|不)", text)
        and not _ASKED_IF_IT_COUNTS.search(text)
        and not (worked and not time_away(text) and not re.search(r"去(?!年)|到", text))
        and not ON_LEAVE.search(text)  # 24年做手术住了三个月医院，请的病假: leave, not time away
        and not _TRAINED_FOR_THE_WORK.search(text)
        and not _INSURANCE.search(text)
        and not _PAY_OWED.search(text)
        and not _STILL_AWAY.search(text)  # 现在在跑网约车 跑了快两年了: still away, no length yet
        and not _STAYED_THROUGH.search(text)  # 我在院里住了三个月没回家: kept at the works that long
        and not _AWAY_BEFORE_THE_CERTIFICATE.search(text)  # …歇了两个月 那时候证都还没拿
    )  # 一直在岗。…近三年考核
    parts = [c.text for c in clauses(text)]
    away = _with_the_spells_counted(parts, [i for i, part in enumerate(parts) if _says_time_away(part)], today)
    several_spells = len(_separate_spells(parts, away)) > 1
    if _either_length(text):
        asked_gap = False  # 去干了一年多销售 还是两年 记不太清了: away, for a length not known
    # (种烟种了三十年，中间22年去浙江打了半年工: the length of the clause that says the time away)
    # (22年拿证 23年厂里没活 出去送了一年快递 24年回来的: the clause that says it, not a year read as a length)
    # (21年3月到年底 矿里停产 在屋里歇了大半年: a span from its month, not a year apart)
    dated_apart = re.search(
        r"(^|[\s，,])\d{2}\s*年(?!了|多|半|\s*(\d{1,2}\s*月份?\s*)?(到|至|-))", digits_for_numerals(text)
    )
    said_away = (
        next((p for p in parts if _says_time_away(p) and _gap_in(p, today) is not None), text)
        if worked or dated_apart
        else text
    )
    gap = _gap_in(said_away, today)
    gap = _gap_in(text, today) if gap is None else gap
    # (18年到20年在车间当主任 21年以后一直在一线, a 技师 since 2021: the spell before the certificate)
    if _elsewhere_in_the_trade(text, result, asked) or _away_before_the_certificate(
        text, parts, result, today, asked, certificates
    ):
        return
    if asked_gap and not several_spells and gap is not None:
        result.set("technical_work_interrupted", True, text)  # 半年, in reply to "离开了多长时间"
        result.set("technical_work_gap_years", gap, text)
        return
    # (这个不好说 中间被调去仓库帮过一阵忙 多久记不清了: away, only how long not known)
    only_the_length_unknown = re.search(r"(多久|多长时间?|几个月|多少天)[^，,。]{0,2}(记不|不记得|忘了|说不)", text)
    if (
        (re.match(r"\s*(这个)?(我|俺)?(也)?(不好说|说不好|说不准|不好讲|不清楚)", text) and not only_the_length_unknown)
        or _HEDGED_KEPT.search(text)
        or (re.search(r"算不算|算吗", text) and re.search(r"应该|好像|可能", text))
    ):
        return  # 这个不好说…有段时间主要是管排班 / 应该没断过吧 中间好像去培训了几个月 培训算不算: not settled
    text = _LEFT_ASKED_IN_DISBELIEF.sub(" ", text)  # 伊啥辰光离开过车间啦 从来没有: when did he ever
    if (since := _told_after_the_certificate(text)) is not None:
        # 下岗了两年…零九年又回来了 一五年考的技师 后来一直在维修岗: what counts is told after the certificate
        text = since
    if _time_away(text, today, result):
        return
    never_left = re.search(r"没(有|得)?(离开|断|停|中断|离岗)(?!过?一线)过?", text)  # …有自己的绝活，一直在做壶没离开过
    # (not 另外听说有绝活的能走绿色通道: others' knacks, heard of)
    heard = [c for c in clauses(text) if re.search(r"听说|咋回事|是什么|啥意思", c.text)]
    if _MASTERY.search(blanked(text, heard)) and not (never_left or asked):
        return  # 一直在一线，手上有几手绝活: front-line service, said of the 绝活, not of technical work
    _kept_at_it(text, result)


_LEFT_ASKED_IN_DISBELIEF = re.compile(
    r"[^，,。\s]{0,2}(啥辰光|啥时候|什么时候|哪个时候|几时|哪天)[^，,。\s]{0,4}离开过[^，,。\s]{0,3}?(啦|嘛|哦|呀|吗)"
)
_BUT_FOR_A_SPELL = re.compile(
    r"[\s，,](就|只是|就是|除了)[^，,。]{0,4}(去年|前年|\d{2,4}\s*年|有(一|1)?(年|段|阵)|疫情)[^。]*"
)
_A_SPELL_ELSEWHERE = re.compile(
    r"(别家|别的|另一家|另外一?家|其他|其它)[^，,。]{0,3}(店|厂|公司|单位|矿|医院|酒店|工地)"
)


def _elsewhere_in_the_trade(text: str, result: Extraction, asked: bool) -> bool:
    """到另一个煤矿干了一年 也是开采煤机, in reply to whether they left: the same trade elsewhere, never away."""
    # (前几年去东莞打了两年工 干嘞还是电工活 / 中间在别家店干了半年也还是做面点, in an opening: a spell told, in the
    # same trade)
    told = asked or time_away(text) or _A_SPELL_ELSEWHERE.search(text)
    if told and (same_work := _the_same_work_while_away(text)):
        result.set("technical_work_interrupted", False, same_work.group())
        return True
    return False


def _kept_at_it(text: str, result: Extraction) -> None:
    """一直在车间干: never away — said of the work, not of the reviews (年度考核一直是合格)."""
    for clause in clauses(text):
        for kept in _KEPT.finditer(clause.text):
            # (…中间没离开过灶台考核都是合格: a run-on, the reviews said apart from it)
            before, after = (
                clause.text[max(0, kept.start() - 6) : kept.start()],
                clause.text[kept.end() : kept.end() + 3],
            )
            if "考核" in before or re.search(r"优秀|合格|称职", kept.group() + after) or re.search(r"不是$", before):
                continue  # (咁又唔系一直做: not kept at it)
            result.set("technical_work_interrupted", False, kept.group())
            return


_CERTIFICATE_TAKEN = re.compile(
    r"(考|拿|取得)[^，,。]{0,4}(高级工|技师|高级技师|中级工)|(高级工|技师|高级技师)[^，,。]{0,4}(考|拿|取得)"
)


def _told_after_the_certificate(text: str) -> str | None:
    """The story after the clause where the certificate was taken, when all the time away is told
    before it (a life told in order: the time away came before the certificate)."""
    parts = clauses(text)
    taken = next((i for i, c in enumerate(parts) if _CERTIFICATE_TAKEN.search(c.text)), None)
    away = [i for i, c in enumerate(parts) if _says_time_away(c.text)]
    if taken is None or not away or max(away) >= taken:
        return None
    if any(_STILL_AWAY.search(re.sub(r"^\s*(我|俺)", "", parts[i].text)) for i in away):
        return None  # 我现在跑网约车 之前在4S店干汽修 18年考的高级工: away now, after the certificate
    back = re.search(r"回来|重新上班|复工|回厂", text)
    if back and re.match(r"\s*(以前|之前|早就|早年|早些年|原来)", parts[taken].text):
        return None  # 在家待了四年 今年才回来 以前考过美发师技师: the certificate told last, taken long before

    return text[parts[taken].end :]


# 在深圳送外卖，网约配送员 / 货车司机…跑运输: the work of the person's own trade, not time away from it
_THEIR_TRADE = (
    (re.compile(r"外卖|快递|配送|跑单|骑手"), re.compile(r"网约配送|骑手|外卖员|快递员|配送员")),
    (
        re.compile(r"开[^，,。]{0,8}车|运输|网约车|出租"),
        re.compile(
            r"(?<!挖掘机)(?<!装载机)(?<!叉车)(?<!采煤机)(?<!掘进机)(?<!门机)(?<!起重机)(?<!塔吊)(驾驶员|司机|公交)"
        ),
    ),
    (re.compile(r"仓库"), re.compile(r"物流|仓储|叉车")),  # 在京东物流仓库干了八年: a 物流服务师's trade
    (re.compile(r"收割机|拖拉机|插秧机|农机"), re.compile(r"农机")),  # 回老家开收割机, a 农机驾驶操作员: the trade
)


def _in_their_trade(clause: str, text: str) -> bool:
    return any(work.search(clause) and trade.search(text) for work, trade in _THEIR_TRADE)


_SAME_WORK = re.compile(
    r"(?<!现在)(?<!目前)(?<!觉得)(?<!感觉)(没(得|有)?改行|也是(天天|每天)?(干|开|做|修|焊|搭|砌|装|掌勺|炒菜)|还是(在)?(干|做|搞|修|焊|开|割|采)|同样(是)?干|(干|做)(的|嘞|哩)(也|还|都)是|"
    r"(这|那)?(也|都)(还)?(是|算)[^，,。]{0,6}(的)?活|都是[^，,。]{1,6}的活)"  # 这也是茶厂的活 / 也还是电工活
)
_EXCEPTION_AFTER = re.compile(r"[\s，,]*(就是|只是|不过|但是?|除了)")


def _an_exception_after(text: str, end: int) -> bool:
    """没改行 就是21年厂里停产 在家歇了大半年: a spell said as the exception (not 就是23年生了场病歇了仨月: sick
    leave)."""
    return bool(_EXCEPTION_AFTER.match(text, end)) and not ON_LEAVE.search(text, end)


def _the_same_work_while_away(text: str) -> re.Match | None:
    """去广东打了一年工，不过也是干电焊: not away (现在还是干纺丝: what they do now, after it; …后头又回厂里来了 还是干
    老本行 / 二三年又去了一个新厂 还是干电工: the work after the time away; 后来觉得还是修车安逸: a liking, not the work
    done while away)."""
    # (没改行 就是21年厂里停产 在家歇了大半年: the trade kept, but for the spell said as the exception — unless the
    # spell was at the trade too: 没改行 就是中间去过一趟南方打工 也还是电工活)
    same_work = next((said for said in _SAME_WORK.finditer(text) if not _an_exception_after(text, said.end())), None)
    back = (
        same_work
        and re.search(
            r"(回(来|厂|到|单位|公司|的|了)|回[^，,。\s]{0,4}(厂|单位|公司|矿|店)|(才|又)回|又(去|进|到|出来)了?|出来上班|"
            r"又(下|上)(井|矿|班|岗)了?|(后来|后面|之后)(去|进|到)了?|"  # 21年又下井了 还是开采煤机: back at the work
            r"进[了的]?(现在|新|另))[^。]{0,10}$",
            text[: same_work.start()],
        )
    )  # (…23年又出来上班了 还是干钳工 / …22年进了现在这个热电厂 还是干电焊 / …后来去隔壁镇的厂子 还是开数控: the
    # work after the time away)
    return None if back else same_work


# (当了两年区队长 不过手上活也一天没停过: the hands-on work went on through it)
_STAYED_THROUGH = re.compile(
    # (设备大修停了个把月 人也是在厂里跟着修机器的: the works stopped, the person worked on)
    # (20年疫情停了俩月 俺都在厂里守着 / 院里封闭管理 我在院里住了三个月没回家: kept at the works)
    r"((?<=[\s，,])没(有|得)?离开过|活[^，,。]{0,5}没(停|断|撂下?)过|(?<!其)(人|我|俺|他|她)(们)?(也|还|都)(是)?在(厂|矿|车间)里|"
    r"(?<!其)(我|俺|他|她)(们)?(也|还|都)(是)?在(井下|井底|车间|厂里|矿上)[^，,。]{0,4}(维护|检修|维修|修)|"
    # (not 其他时间都在站上值班: the rest of the time, beside a spell away)
    r"(?<!时间都)(?<!时候都)(?<!其他都)(?<!其余都)在(厂|院|单位|矿|车间|工地|场|站|所)(子)?(里|上)[^，,。]{0,8}(守|值班|没回家)|"
    # 俺都住厂里守设备 / 猪场封了俩月 俺都住在场里 哪也没去
    r"住(在)?(厂|院|单位|矿|车间|工地|场|站|所)(子)?(里|上)[^，,。]{0,4}(守|值班|看|没(回家|出去|去|走)))"
    r"(?![^。]*(就是|不过|但是?|哦不对|不对))"
)


_SPELLS_RUN_TOGETHER = re.compile(r"(?<=[月年])(?=(一|另一|还有一)(次|回|趟))")


def _time_away(text: str, today: dt.date, result: Extraction) -> bool:
    """Time away said, and its length from the first clause about it that gives one (停产整顿 在家待了三个月)."""
    text = _SPELLS_RUN_TOGETHER.sub(" ", text)  # 一回三个月一回半年: two spells, each its own clause
    parts = [c.text for c in clauses(text)]
    same_work = _the_same_work_while_away(text)
    # (那年腰椎间盘突出歇了仨月: sick leave, not time away)
    away = [
        i
        for i, part in enumerate(parts)
        if _says_time_away(part) and not _in_their_trade(part, text) and not _on_leave(parts, i)
    ]
    away = _with_the_spells_counted(parts, away, today)
    # (没离开过 就疫情那年厂里停了俩月 俺都住在厂里守设备: the last said of it, after the stop)
    stayed = next(reversed([*_STAYED_THROUGH.finditer(text)]), None)
    if away and stayed and stayed.start() > text.find(parts[away[-1]]):
        same_work = stayed  # 厂里停了俩月 俺都住在厂里守设备 没离开过: the works stopped, not the person
    if same_work and away:
        result.set("technical_work_interrupted", False, same_work.group())
        return True
    if away:
        result.set("technical_work_interrupted", True, parts[away[0]])
    # 借调到集团办公室帮忙写材料，搞了三个月又回来了: the length may follow in the next clause
    # …店关了半年，在屋头耍 (持高级工证书约四年，去年起调任车间主任: the years beside are the certificate's);
    # 20年去开了一年网约车 一次是23年在家带娃带了三个月: each spell's length, added up
    # (18年到19年厂子停产，我在家待了三个月: one spell told twice, its length said after it)
    spells = _separate_spells(parts, _told_after_it_was_admitted(parts, away, today))
    other_spells = spells if len(spells) > 1 else []
    gaps = [gap for i in spells if (gap := _gap_of_the_spell(parts, i, other_spells, today))]
    # (现在没在厂里了 开滴滴三年了 一直开到现在: still away, the length not yet settled)
    since_away = "".join(parts[away[0] :]) if away else ""
    # (现在冇做机修啦 揸网约车 揸咗成年: not at the work now, the spell said from now)
    # (当车间主任四年了: still in the post, for so long by now)
    still_away = (
        re.search(r"(开|干|跑|做|送|待|呆)到(现在|今天)|至今|(当|做|干)[^，,。\d]{1,8}\d+\s*年了", since_away)
        or re.match(r"\s*(现在|目前|如今)", text)
    ) and not re.search(r"回|复工|复产|重新|又|后来|后面|之后|以后", since_away)
    if gaps and not _either_length(text) and not still_away:
        result.set("technical_work_gap_years", round(sum(years for years, _ in gaps), 2), "，".join(s for _, s in gaps))
    return bool(away)


_SPELLS_ANNOUNCED = re.compile(
    r"([两俩二2几三3])(次|回|趟)(没|冇|不)(做|干|上班|在)|(离开|出去|走)过?([两俩二2几三3])(次|回|趟)"
)
_ONE_OF_THE_SPELLS = re.compile(r"\s*(一|1|另一|另外一|还有一|第[一二两12])(次|回|趟)")


def _with_the_spell_before_set_aside(text: str) -> str:
    """18年到20年去广东跑了两年销售 那会儿还冇拿证 拿证以后23年…去送了半年外卖: the spell before the certificate is
    set aside when another is told after it (alone, it says there was none since: see _away_before_the_certificate)."""
    before = _AWAY_BEFORE_THE_CERTIFICATE.search(text)
    if before and _says_time_away(text[before.end() :]):
        return " " * before.end() + text[before.end() :]
    return text


def _on_leave(parts: list[str], index: int) -> bool:
    """那年腰椎间盘突出歇了仨月 / 生过一场病 歇了仨月: leave, said in the clause or in the one just before it."""
    before = parts[index - 1] if index else ""
    # (请了三个月假 跟我小舅子去上海装修队刷墙: the leave taken to work elsewhere)
    worked_elsewhere = _WORK_ELSEWHERE.search(parts[index])
    on_leave = ON_LEAVE.search(parts[index]) or (ON_LEAVE.search(before) and not _says_time_away(before))
    return bool(on_leave and not worked_elsewhere)


_WORK_ELSEWHERE = re.compile(
    r"(去|到)[^，,。]{0,10}(打工|帮工|干活|刷|跑|送|卖|队|厂|店|工地|公司)|回[^，,。]{0,6}帮[^，,。]{0,4}(烤|种|收|摘|干|做|看|开|斩|砍|割|插|盖)"
)  # (请假回宣威老家帮我爹烤烟: the leave spent at other work)


def _with_the_spells_counted(parts: list[str], away: list[int], today: dt.date) -> list[int]:
    """有两次没做 一次去广州卖衣服半年 一次在家盖房子一年: each clause telling one of the spells counted is time away,
    once one of them, or the count said before them, says so; so is each spell told with its year, beside another
    (23年去兰州新区开了半年网约车 24年又去饭馆帮我哥看了三个月店)."""
    counted = [i for i, part in enumerate(parts) if _ONE_OF_THE_SPELLS.match(part)]
    announced = any(_SPELLS_ANNOUNCED.search(part) for part in parts)  # 有两次没做
    if len(counted) > 1 and (set(counted) & set(away) or announced):
        away = sorted(set(away) | set(counted))
    dated = [i for i, part in enumerate(parts) if _A_DATED_SPELL.match(part) and _its_length(parts, i, today)]
    return sorted(set(away) | set(dated)) if len(dated) > 1 or (away and dated) else away


# 21年在屋里种了一年地 / 23年又去车队开了仨月车: a spell, by the year that opens it (not 22年又回厂里了: the return;
# nor 19年去考了技师)
_A_DATED_SPELL = re.compile(
    r"^\s*\d{2,4}\s*年[^，,。\d]{0,4}(又|还|就)?(去(?!考|拿|评)|到(?!厂|单位|车间)|回(?!厂|单位|车间|矿|岗|原|来)|"
    r"在(屋|家)|被?(抽|借|派|调)|(开|卖|送|跑)了(?=[^，,。]{0,3}\d))[^，,。]{1,16}"  # (23年又开了一年送配件的车)
)


def _its_length(parts: list[str], index: int, today: dt.date) -> bool:
    """The spell's length, in its clause or alone in the next (20年去新疆摘了一季棉花 三个月)."""
    following = parts[index + 1] if index + 1 < len(parts) else ""
    return _gap_in(parts[index], today) is not None or (len(following) <= 6 and _gap_in(following, today) is not None)


def _told_after_it_was_admitted(parts: list[str], away: list[int], today: dt.date) -> list[int]:
    """断是断过的 我拿证以后第二年被派去外地做了一年销售支持…: time away admitted with no length, then told in the
    clause after it — one spell, told by the later clause."""
    return [i for i in away if not (i + 1 in away and _gap_in(parts[i], today) is None and i == away[0])]


def _separate_spells(parts: list[str], away: list[int]) -> list[int]:
    """Of the clauses that say time away (`away`), those telling spells to add up: each told with its own year
    (19年去深圳跑了一年快递，23年又回老家种了半年地) or said to be another (出去跑了一年滴滴 24年回来了 25年又被抽去
    工会帮了半年忙); otherwise the first, as one spell may be told twice (18年到19年厂子停产，我在家待了三个月)."""
    # (21年厂头没单子 我去送了半年外卖 23年辞职回家带了一年娃: the year may open the clause before the spell)
    year = re.compile(rf"\d{{2,4}}\s*年|{RELATIVE_YEARS}")  # (头年…半年 前年还有仨月: each its year)
    dated = [i for i in away if year.search(parts[i]) or (i and i - 1 not in away and year.match(parts[i - 1]))]
    if any(re.search(r"(两|俩|二|2|几)(回|次|趟)", part) for part in parts):
        return away  # 中间出去过两回：…送了一年外卖；24年回老家照顾我爹半年: each spell told
    if len(dated) > 1:
        return dated
    return away[:1] + [
        i for i in away[1:] if re.search(r"又(?!回(?!家|老家|屋|村|乡下|农村))|再次|还有一次|另外一次", parts[i])
    ]


_STILL_AWAY = re.compile(
    r"^(现在|目前|如今|眼下)(?!回|又回)|(现在|目前|如今)[^，,。]{0,4}(辞职|在家|待业|没上班)|还在家|"
    r"(现在|目前|如今)还在(当|干|做)"  # 当车间主任四年了 现在还在当
)
_NOT_BACK_YET = re.compile(r"还没(有)?回(去|来|厂|单位|车间|岗位)")


def _gap_of_the_spell(parts: list[str], index: int, away: list[int], today: dt.date) -> tuple[float, str] | None:
    """The length of the spell told in clause `index`, or in the clause beside it when that one tells no
    other spell (`away`) and dates no certificate. A spell still going on (现在辞职在家带孩子一年了) has no
    length yet."""
    if _STILL_AWAY.search(parts[index]) or any(_NOT_BACK_YET.search(part) for part in parts):
        return None  # (这两年厂里没得活 我一直在跑滴滴 还没回去: still away, said last)
    # (23 24 25这三年都是合格 停产那年…: the years of the reviews beside it are no length)
    beside = [
        j
        for j in (index + 1, index - 1)
        if 0 <= j < len(parts) and j not in away and not re.search(r"证|考核", parts[j]) and not GRADE.search(parts[j])
    ]
    said = next(((years, parts[j]) for j in (index, *beside) if (years := _gap_in(parts[j], today)) is not None), None)
    return said or _from_the_dated_return(parts, index, today) or (None if away else _the_only_length(parts, today))


def _the_only_length(parts: list[str], today: dt.date) -> tuple[float, str] | None:
    """去年5月到7月底 仨月 电工班人多 把我派食堂帮厨去了: one spell, and one length said further from it (not of the
    work, a certificate or the reviews)."""
    lengths = [
        (years, part)
        for part in parts
        if not re.search(r"证|考核|干|做|从事|工作|上班", part)
        and not GRADE.search(part)
        and (years := _gap_in(part, today)) is not None
    ]
    return lengths[0] if len(lengths) == 1 else None


def _from_the_dated_return(parts: list[str], index: int, today: dt.date) -> tuple[float, str] | None:
    """21年3月调去当车间主任 管人管排班 22年3月又回维修班了: from the date the spell began to the date of the return
    (23年3月厂里活少 额停薪留职出去跑货车 12月回来的: the year opens the clause before, the return's is the same)."""
    began = find_date(parts[index], today)
    if began is None and index and re.match(r"\d{2,4}\s*年", parts[index - 1]):
        began = find_date(parts[index - 1], today)
    if began is None:
        return None
    returned = next(
        (
            found
            for part in parts[index + 1 :]
            if "回" in part and (found := find_date(part, today) or _month_after(part, began.value))
        ),
        None,
    )
    if returned is None:
        return None
    years = _between_dates(f"{began.value}至{returned.value}", today)
    return (years, parts[index]) if years is not None else None


def _away_before_the_certificate(
    text: str, parts: list[str], result: Extraction, today: dt.date, asked: bool, certificates: list[dict]
) -> bool:
    """前几年去广东打过一年工…高级工是回来以后22年考的 / 中间15到16年去浙江跑了一年业务 后来又回矿上了 (技师 taken
    in 2023): away before the certificate, not since — and, back at work after it, never away since."""
    if before := _AWAY_BEFORE_THE_CERTIFICATE.search(text):
        if asked and not _says_time_away(text[before.end() :]):
            result.set("technical_work_interrupted", False, before.group())  # …那时候证都还没拿, asked: none since
        return True
    obtained = [_year_and_month(c["obtained"]) for c in certificates if c.get("obtained")]
    away = [part for part in parts if _says_time_away(part)]
    ends = [_END_OF_A_SPELL.findall(digits_for_numerals(part)) for part in away]
    if not obtained or not away or not all(ends):
        return False
    # (18年到19年初被借到厂办干过一阵, a 技师 of 2019-10: ended in the months before it)
    if any(_spell_end(years[-1], today) >= max(obtained) for years in ends):
        return False
    # (20年辞职回家带了两年孩子 22年才回厂里上班, a 技师 of 2022: back in the certificate's year, not before it)
    returned = re.findall(r"(?<!\d)(\d{2}|\d{4})\s*年[^，,。\d]{0,3}(?:才|又)?回", digits_for_numerals(text))
    if any(full_year(int(year), today) >= max(obtained)[0] for year in returned):
        return False
    if re.search(r"后来|之后|以后|又回|回来", text):
        result.set("technical_work_interrupted", False, text)
    return True


_END_OF_A_SPELL = re.compile(r"(?<!\d)(\d{2}|\d{4})\s*年\s*(初|头|(\d{1,2})\s*月)?")


def _spell_end(said: tuple[str, str, str], today: dt.date) -> tuple[int, int]:
    """(year, month) a spell ended: 19年初 → January, 19年3月 → March, 19年 → December (the whole year)."""
    year, part, month = said
    return full_year(int(year), today), int(month) if month else 1 if part else 12


def _year_and_month(obtained: str) -> tuple[int, int]:
    """A certificate's (year, month); a bare year may be any month of it, so a spell that ended in that year is not
    known to be before it (month 0)."""
    date = parse_partial_date(obtained)
    return date.latest.year, 0 if date.precision == "year" else date.latest.month


# (我爱人倒是… / 俺们那个车间主任倒是去跑了一年销售 / 我们教研室主任倒是借调到教育局两年: another's spell)
_ANOTHERS_BY_CONTRAST = re.compile(
    rf"\s*((我|俺|额)?(的)?({KIN}|他|她)|((我|俺|额|咱)们?(那个|的)?)?[^，,。\s]{{0,8}}?(主任|班长|组长|师傅|同事|领导|厂长))"
    r"(倒是|倒)"
)


def _says_time_away(clause: str) -> bool:
    """The clause says the person left (一直在一线没离开过 / 中间没离开过: 离开 is denied; 以后能不能调去坐办公室:
    asked about, not done)."""
    if re.search(
        r"以后能不能|以后可不可以|能不能调|想调|打算调|想去|打算去|准备去|要去|明天|明儿|后天|待会|等会|好多人|很多人|不少人|别人|他们|会不会|不想|怕被|担心|"
        # 一天都没离开过 你说离开去哪点嘛 / 你说俺离开没离开 / 啥时候离开过啊: asked back, scorned
        # (你说离开没得: asked back)
        r"你说[^，,。]{0,4}(去|到)哪|离开没离开|离没离开|离开(了)?(没得|没有|吗|么)\s*$|(啥|什么)时候(离开|走|停)过|"
        r"离开了?[^，,。]{0,2}就(生|废|忘|手生|不会)|"  # 俺们这行 离开了手就生了: a saying, not a spell
        r"停了?[^，,。]{0,4}电|"  # 厂里停了一阵子电 放了几天假: a power cut
        r"(要是|如果|不然)[^，,。]{0,8}(就|早)|"  # 要是不合格就得下岗: what would have happened
        r"^\s*(咋|怎么|哪)(会|能)?没(干|做|上班)",  # 咋没干 天天在吊车上: how could I not
        clause,
    ) or _ASKED_IF_IT_COUNTS.search(clause):
        return False  # 好多人下岗了 我运气好留下来了: others left, not the person
    if any(beside.search(clause) for beside in _BESIDE_THE_WORK) or _ANOTHERS_BY_CONTRAST.match(clause):
        return False  # (一直在干的 没换过 我爱人倒是去年辞职在家带娃: another's spell, set against one's own)
    negated = [
        k.span() for k in _KEPT.finditer(clause) if re.search(r"没|未|不曾|毋|甭|别|无|哪|么|啥|冇|冒", k.group())
    ]
    return any(not any(a < m.end() and m.start() < b for a, b in negated) for m in LEFT_THE_WORK.finditer(clause))


def _gap_in(clause: str, today: dt.date) -> float | None:
    """How long the clause says the time away lasted (去年被借调…搞了半年文秘: a date is not the gap)."""
    clause = re.sub(r"((?:至|到)\s*\d{2,4}\s*年)间", r"\1", clause)  # 23年至24年间: the span's end, not 24 years
    # 有一年被调去门卫室看了半年大门: "one year", when, before the length said
    clause = re.sub(
        r"(?<![\d年])有(一|1)年(?=[^，,。]{2,16}(半年|[\d一二两三四五六七八九十]+\s*个多?月))", "有那年", clause
    )
    said = digits_for_numerals(clause).replace("月份", "月")  # 2022年3月份到2022年12月份
    # 去年三月到十二月: the year said as a year ago (not 去年5月到7月底 仨月: to the month's end, the length said)
    said = re.sub(
        rf"({RELATIVE_YEARS})(?=\s*\d{{1,2}}\s*月\s*(至|到|-|—)\s*\d{{1,2}}\s*月(?!底|末))",
        lambda year: f"{today.year - RELATIVE_YEAR[year.group(1)]}年",
        said,
    )
    # 2023年五月到十一月: the end in the same year
    said = re.sub(r"(\d{2,4})\s*年(\s*\d{1,2}\s*月\s*(至|到|-|—)\s*)(?=\d{1,2}\s*月)", r"\1年\2\1年", said)
    # 20年3月到年底: the end of the same year
    said = re.sub(r"(\d{2,4})\s*年(\s*\d{1,2}\s*月\s*(至|到)\s*)年底", r"\1年\2\1年12月", said)
    ranged = re.search(r"\d{2,4}\s*(年[^，,。至到]{0,4})?(至|到|-|—)\s*\d{2,4}\s*年", said)  # 14到17年 too
    span = re.sub(r"^(\d{2,4})(?=\s*(至|到|-|—))", r"\1年", said[ranged.start() :]) if ranged else ""  # 14到17年
    if ranged and (between := _between_dates(span, today)) is not None:
        # …干了二十多年了…后来18年到20年抽调去扶贫: the span, not the years of work said before it
        # (18年到19年厂子停产，我在家待了三个月: the length said after the span)
        after = _undated(said[ranged.end() :], today)
        length = parse_duration_years(after, today)  # (not 22年回来)
        if length is None or (re.search(r"[大多]半年", after) and between > length):
            return between  # 20年3月到年底厂子停产 在屋头耍了大半年: the span, more exact than 大半年
        return length
    if re.search(r"(没|不)超过\s*[\d一二两三四五六七八九十半]", said):
        return None  # 反正没超过两年吧: a bound, not how long
    # 一回三个月一回半年: two spells told in one breath, added up
    each = [parse_duration_years(part, today) for part in re.split(r"一(?:回|次|趟)", said)[1:]]
    lengths = [length for length in each if length is not None]
    if len(lengths) > 1 and len(lengths) == len(each):
        return float(sum(lengths))
    gap = parse_duration_years(_undated(clause, today), today)
    if gap is None and re.search(r"\d{2,4}\s*年那一?年", said):
        return 1.0  # 23年那年我在外头帮人家种烤烟: the one year named
    return gap if gap is not None else _between_dates(clause, today)


def _undated(text: str, today: dt.date) -> str:
    """The words without their dates: 拿证以后第二年被派去… / 22年回来 say when, not how long."""
    text = re.sub(r"第\s*[\d一二三四五六七八九十两]+\s*年", " ", text)
    while (dated := find_date(text, today)) is not None:
        text = text[: dated.start] + " " + text[dated.end :]
    return text


def _between_dates(text: str, today: dt.date) -> float | None:
    """2023年7月至2024年6月借调 / 2022年3月至2023年3月 → 1; 2020.03-2021.09 → 1.5; 19年到21年 → 2: a span
    given by its ends (a month short of whole years is read as the whole years)."""
    first = find_date(text, today)
    if first is None or not re.match(r"\s*(至|到|-|—|~|～)\s*", text[first.end :]):
        return None
    last = find_date(text[first.end :], today)
    if last is None or len(first.value) != len(last.value) or len(first.value) > 7:
        return None  # 2023年至2024年6月: ends said differently
    if len(first.value) == 4:
        years = int(last.value) - int(first.value)
        return float(years) if years > 0 else None
    months = _month_number(last.value) - _month_number(first.value)
    months += 1 if (months + 1) % 12 == 0 else 0  # 7月至次年6月 and 3月至次年3月: a year
    return round(months / 12, 2) if months > 0 else None


def _month_number(year_month: str) -> int:
    year, month = year_month.split("-")
    return int(year) * 12 + int(month)


def time_away(text: str) -> bool:
    """The words speak of leaving technical-skill work (中间去跑了一年销售 / 曾离岗外出务工; not 中间没停过)."""
    return any(_says_time_away(c.text) for c in clauses(text))


def _years_in_each_job(text: str, today: dt.date) -> float | None:
    """The sum of the years said of each job, when more than one is said (之前在别个厂做过五年)."""
    if not re.search(r"之前|以前|先在|前面|加上|另外", text):
        return None
    spans = [years for c in clauses(text) if (years := parse_duration_years(c.text, today)) is not None]
    return float(sum(spans)) if len(spans) > 1 else None


def _total_said(text: str, today: dt.date) -> float | None:
    """18 / 零四年参加工作 中间读了三年研 算下来干了二十年, in reply to how many years: the total said outright."""
    if (bare := bare_number(text)) is not None:
        return float(bare)  # 18 / 三十
    written = digits_for_numerals(text)
    if named := re.match(
        r"[\s对是，,]*(差不多|大概|大约)?(工龄(?:是|有)?)?\s*(?:整整|整)?(\d{1,2})\s*年(?!多|半)[吧啊]?[\s，,]*((从|打)?\d{2,4}\s*年|$)",
        written,
    ):
        return float(named.group(3))  # 工龄十六年 09年进的厂 / 差不多二十年吧 05年毕业就进厂了: the total said first
    if precisely := re.search(r"(具体|准确|确切)(说|来说|地说|点说?)?[是有]?\s*(\d{1,2})\s*年", written):
        return float(precisely.group(3))  # 三十多年了，具体是三十二年: the years said precisely
    # …中间当兵走了两年 那就二十八年 / 05年毕业就入厂 差唔多二十年啦: the total reckoned last
    if reckoned := re.search(
        r"(那|所以|差不多|大概|大约)(就|就是|么|有)?是?\s*(\d{1,2})\s*年[了吧啊啦]?[。\s]*$", written
    ):
        return float(reckoned.group(3))
    began = re.search(r"\d{2,4}\s*年[^，,。\d]{0,8}(毕业|参加的?工作|进厂|出来)", written)
    worked = re.search(r"(?<![快近])(干了|算|算下来|算落)[\s，,]*(\d{1,2})\s*年", written)  # (粤语 算落)
    if began and worked and not _OFF_WORK.search(text):
        # 从零三年毕业算 干了廿三年了 / …进厂算 廿二年了: the total said after when it began
        return float(worked.group(2))
    summed = [*_SUMMED_UP.finditer(text)]
    return parse_duration_years(text[summed[-1].end() :], today, asked_for_years=True) if summed else None


def _years_put_right(text: str, asked: bool) -> str:
    """十二年 不对 算上在部队那几年有十五年了, asked how long: the words after the correction;
    工龄二十三年 哦不对 二十四年: 工龄24年."""
    cue = CORRECTION.search(text)
    if not cue or not re.search(r"\d+\s*年(?!\s*(评|拿|考|取|发))", text[cue.end() :]):
        return text
    after = text[cue.end() :]
    # (刚才说错了 不是6年 是9年 标准要求5年 够了: the years denied, then the years meant)
    if denied := re.match(r"了?[\s，,]*不是\s*\d+\s*年[，,\s]*(而|应该|其实)?(?=是\s*\d+\s*年)", after):
        return after[denied.end() :]
    if asked:
        return after
    if withdrawn := re.search(r"(?<=工龄)\s*\d+\s*年\W*$", text[: cue.start()]):
        return text[: withdrawn.start()] + text[cue.end() :].lstrip("对是 ，,")
    return text


def _cumulative_years(text: str, today: dt.date, result: Extraction, pending_fact: str | None) -> None:
    text = _without_payments(text)  # 社保交了十二年，工龄其实有十五年: the years worked, not those paid in
    text = re.sub(
        r"(工龄(?:是|有)?\s*[\d一二两三四五六七八九十]+)(?![\d.年岁个一二两三四五六七八九十])", r"\1年", text
    )  # 工龄二十八
    asked = pending_fact == "cumulative_work_years"
    text = _years_put_right(text, asked)
    # (这个不晓得咋算 我中间读过两年函授 边上班边读的: study beside the work, neither away nor more years; 她中间休了
    # 一年产假算不算: a leave's length, no years of work)
    text = blanked(
        text,
        [c for c in clauses(text) if re.search(r"函授|边上班边|业余(读|学)|夜校", c.text) or ON_LEAVE.search(c.text)],
    )
    standard_asked = pending_fact == "meets_occupation_standard"
    if asked and (years := _total_said(text, today)):
        result.set("cumulative_work_years", years, text)
        return
    started = _START.search(text) or (asked and _ARRIVED.search(text))
    stated = re.sub(r"\d{2,4}\s*年(进厂|入职|进单位)", "", text)  # 打八八年进厂，到现在三十多年喽: the span said
    joined = started or (asked and parse_duration_years(stated, today) is None and _JOINED.search(text))
    if joined:  # 九八年参加工作 / 零三年七月参加工作 / 从08年进厂到现在
        year, month = full_year(int(joined.group("year")), today), int(joined.group("month") or 0)
        whole = today.year - year - (1 if month and today.month < month else 0)
        off = [years for c in clauses(text) if _OFF_WORK.search(c.text) and (years := _gap_in(c.text, today))]
        result.set("cumulative_work_years", float(whole - sum(off)), joined.group())
        return
    if said := _OWN_YEARS_BESIDE_THE_STANDARD.search(
        digits_for_numerals(text)
    ):  # 标准要求十年我才干了八年 (before the first years said: the standard's)
        standard, own = int(said.group(1) or said.group(3)), int(said.group(2) or said.group(4))
        result.set("cumulative_work_years", float(own), said.group())
        if said.group(3) and (_STANDARD_UNSURE.search(text) or re.search(r"好像|应该|大概|可能", text)):
            return  # 标准上好像要求十年吧 我…干了十四年了 应该够吧: the standard not known for sure
        result.set("meets_occupation_standard", own >= standard, said.group())  # the years said outweigh 够
        return
    if asked and (years := _years_in_each_job(stated, today)) is not None:
        result.set("cumulative_work_years", years, text)  # 这个厂做了八年 之前在别个厂做过五年: 13
        return
    if asked and (years := parse_duration_years(stated, today, asked_for_years=True)) is not None:
        result.set("cumulative_work_years", years, text)  # 干了12年了, in reply to "累计工作了多少年"
        return
    for clause in clauses(text):
        counted = _CUMULATIVE.search(clause.text) or (standard_asked and _WORKED_FOR_CERTAIN.search(clause.text))
        if not counted or re.search(r"标准|要求|规定|要累计|需要|文件|年后", clause.text):
            continue  # 标准要求累计10年: the standard's years, not the person's
        # 工龄算下来二十一年 / 做到而家十三年: years, not the year 2021
        length = bool(re.search(r"工龄|工作年限|到(现在|如今|今天)", clause.text))
        if (years := parse_duration_years(clause.text, today, asked_for_years=length)) is not None:
            result.set("cumulative_work_years", years, clause.text)  # 听说要看累计工作年限，我工龄十五年了: the second
            return
