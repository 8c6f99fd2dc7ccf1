"""Routing by topic (assistant/reading/topics.py): what a message is about, with the open question."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.reading.facts import read
from assistant.reading.topics import route
from corpus.normalise import normalise_text

TODAY = dt.date(2026, 6, 1)


def routed(text: str, pending_fact: str | None = None, has_facts: bool = False):
    text = normalise_text(text)  # as the pipeline reads it: 咗 → 了, 工程式 → 工程师
    return route(text, read(text, TODAY, pending_fact), pending_fact, has_facts)


@pytest.mark.parametrize(
    "text",
    ["行 清楚了 那就没事了", "好的 就这些了 谢谢", "嗯嗯 就这样吧", "对方已经挂断了", "系统有点太慢了吧", "对", "是的"],
)
def test_closing_words_are_small_talk(text):
    assert routed(text).intent == "smalltalk"


@pytest.mark.parametrize("text", ["好了 下一个", "这位问完了，下一位"])
def test_next_caller_starts_again(text):
    assert routed(text).meta == "reset"


def test_a_next_question_is_not_a_new_caller():
    assert routed("下一个问题，技师评中级要满几年").meta != "reset"


@pytest.mark.parametrize(
    "text",
    [
        "请教：文件说的省级以上政府特殊津贴，州市政府的津贴算不算？我在写解读稿",
        "我是技工学校老师，给学生上就业指导课，想讲讲技能等级和职称怎么贯通，有没有简单的框架",
        "湖南这边有没有出具体的高技能人才职称绿色通道办法？",
        "专业技术人员能不能考技能等级？比如工程师能考技师吗",
    ],
)
def test_questions_of_the_forty_seventh_round_about_the_rules(text):
    assert routed(text).intent == "policy"


@pytest.mark.parametrize(
    "text",
    [
        "我们局公众号要发一期政策解读，想确认一下：高级工评助理级是取得证书后从事技术技能工作满2年对吧？",
        "我是县融媒体中心的记者，准备写一篇“技能人才也能评职称”的稿子，请问文件里说的贯通领域具体是哪些系列？",
        "朋友说美容师也能评职称，真的假的",
        "听说以后高技能人才评职称不要论文了 真的假的",
        "年初我们县人社局准备给全县技能人才办个职称申报培训班，培训材料里想写清楚：技能人才参评职称学历有没有限制？",
        "我想问问技师评工程师的事 算了 先问个别的 会计那个考试高技能人才能报不",
    ],
)
def test_questions_of_the_forty_eighth_round_about_the_rules(text):
    assert routed(text).intent == "policy"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我在月子中心当育婴员，有个育婴员三级证，想问问我们这种能评职称吗？要评的话是啥子系列", None, "eligibility"),
        ("工程系列还是农业系列，你觉得哪个好评", "series", "eligibility"),
        ("你们这个机器人是哪个公司做的？回得还挺快", None, "smalltalk"),
        ("明天冷不冷，要不要穿羽绒服去大厅办事", None, "out_of_scope"),
        (
            "我是县人社局职称科的，县里一个分公司想自主开展高技能人才职称评审，他们是规上企业，需要走什么程序",
            None,
            "eligibility",
        ),
        ("我是总工会的，帮会员问一下：他是采油高级技师，全国技术能手，想直接评高级工程师，能行不", None, "eligibility"),
        ("先不说这个 评上工程师一个月能多拿多少", "target_level", "out_of_scope"),
        ("技师学院今年还招不招成人学员？", None, "out_of_scope"),
        ("我是攀枝花钢厂的技师 想问技师能不能申请人才公寓", None, "out_of_scope"),
    ],
)
def test_messages_of_the_forty_eighth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("早晨 今日好凍啊", None, "smalltalk"),
        ("我想转行做电工 要先去哪里培训", None, "out_of_scope"),
        ("有没有职称评审的模板 述职报告怎么写", None, "out_of_scope"),
        ("我们是州里的工程系列中级评委会，想问一下高技能人才申报人数达到多少必须单设评审组？", None, "policy"),
        ("高技能人才享受省级政府特殊津贴的，可以直接申报正高吗？", None, "policy"),
        ("评哪个都行，关键是评上了一个月能多几百块钱不", "target_level", "out_of_scope"),
    ],
)
def test_messages_of_the_forty_ninth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("请问教资面试什么时候出成绩", None, "out_of_scope"),
        ("我自己是高级工，能考教师资格证吗？", None, "eligibility"),
        ("工程跟农业哪个好评些？我是搞农机维修的", "series", "eligibility"),
        ("技师和工程师哪个高？我先搞清楚再说", "target_level", "policy"),
        ("板扎 晓得了 先这样 我克上班了", None, "smalltalk"),
        ("辛苦了，你们这个机器人讲得比我们坐席培训手册还清楚，点赞👍", None, "smalltalk"),
        ("评上工程师一个月能多几百不？多的话就评", "target_level", "out_of_scope"),
        ("我是技工学校的班主任，学生老问我：拿了高级工证以后是不是马上就能评职称了？", None, "policy"),
        ("来电人没说自己的情况，就问高级技师能不能评副高", "track", "policy"),
        ("我想给孩子报个技工学校，昆明哪家好", None, "out_of_scope"),
        ("规上？是说产值两千万以上那种吗", "enterprise_above_scale", "policy"),
    ],
)
def test_messages_of_the_fiftieth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("唔该晒 你哋讲得好清楚", None, "smalltalk"),
    ],
)
def test_messages_of_the_fifty_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_a_question_about_using_our_answers_is_small_talk():
    assert routed("你们这个回答可以直接念给来电人听吗？").intent == "smalltalk"


def test_a_certificate_exchanged_is_not_a_new_caller():
    assert routed("俺这技师证能换个工程师不").meta != "reset"
    assert routed("好了，换个人").meta == "reset"


@pytest.mark.parametrize(
    "text",
    [
        "我是技师，2021年拿的证，能评工程师吗",
        "我们单位有6个人报，要单设评审组吗",
        "高技能人才申报正好5个人，是必须单设评审组，还是可设可不设？",
    ],
)
def test_a_case_is_eligibility(text):
    assert routed(text).intent == "eligibility"


@pytest.mark.parametrize(
    ("text", "pending_fact"),
    [
        ("省级技术能手能不能走绿色通道", None),
        ("这个技术技能工作具体指什么范围？", None),
        ("FAQ里想放个例子：假设一个人2020年7月拿技师，一直在岗，考核合格，最早哪天能报中级？", None),
        ("高技能人才评委要占评审组多少比例？", None),
        ("哪些荣誉才算？", "honours"),
        ("高级工评助理级是要满2年对吧？", "target_level"),
        ("这个还分省份吗？云南跟外省有啥区别", "province"),
        ("我们技工学校的学生毕业时一般都拿高级工证，高级工要工作几年能评助理级？", None),
        ("助理工程师跟高级工是一个档次吗", None),
        ("技师和工程师哪个高啊 我们班长说技师比工程师牛🤣", None),
        (
            "来电咨询一个政策上的问题啊，就是说，嗯，高技能人才评职称，是不是一定要本科学历？他说他们单位说要学历。",
            None,
        ),
        ("工程系列和农业系列，对技能人才来说评审条件有啥不一样", None),
        ("高级工2年评助理 对吧", None),
        ("他反问一句，是必须三年都合格吗？基本合格算不算合格？", "annual_review_results"),
        ("我想先问下每一级要多少年", "target_level"),
        ("先问一下，考核是必须三年都合格吗？", "annual_review_results"),
        ("省技术能手和全国技术能手有啥区别，省级的能不能走？", "honours"),
        ("这个人数是按报名的算还是按通过初审的算？", "applicant_count"),
        ("工程师 技师 哪个大", None),
        ("专业技术人员去考技能等级，什么情况下理论考试可以免", None),
        ("来电人询问：技能人才贯通评职称这个政策是哪一年开始施行的", None),
        ("请问云南这边企业自主开展高技能人才职称评审需要审核备案吗", None),
    ],
)
def test_questions_about_the_rules_are_policy(text, pending_fact):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == "policy"


@pytest.mark.parametrize(
    ("text", "pending_fact"),
    [
        ("省技术能手算不算", "honours"),
        ("断过，多久记不清了", "technical_work_gap_years"),
        ("标准是啥我都不知道", "meets_occupation_standard"),
    ],
)
def test_an_answer_that_also_asks_is_an_answer(text, pending_fact):
    assert routed(text, pending_fact, has_facts=True).intent == "eligibility"


@pytest.mark.parametrize(
    ("text", "pending_fact"),
    [
        ("毕业证是机械的，跟数控车工算相关吗", "related_major_diploma"),
        ("这个咋算？我们参加过高铁项目", "major_contribution"),
        ("不清楚，你说的新兴是指哪些", "new_occupation"),
        ("不清楚算不算规上，我问问财务", "enterprise_above_scale"),
        ("没有毕业证，自考还没考完", "related_major_diploma"),
        ("保山的，咖啡师技师，这个算不算新兴职业，能评哪个系列的职称", None),
    ],
)
def test_an_answer_with_a_question_about_it_is_an_answer(text, pending_fact):
    assert routed(text, pending_fact, has_facts=True).intent == "eligibility"


def test_a_comparison_is_about_the_rules():
    assert routed("高级技师和副高哪个级别高").intent == "policy"


def test_a_reply_to_the_open_question_is_never_out_of_scope():
    assert routed("年年都过了", pending_fact="annual_review_results", has_facts=True).intent == "eligibility"


@pytest.mark.parametrize(
    "text",
    [
        "退休金一个月能拿多少",
        "评上高级技师后单位的岗位工资怎么定",
        "帮我写一篇关于技能人才的公众号推文",
        "技能等级认定的考点在哪，要什么资质才能办考点",
        "四川的贯通细则出来没有",
        "评上职称能不能转干部身份",
        "评上职称了单位不给聘，不给兑现待遇，怎么办",
        "评职称的论文要查重吗 查重费谁出",
        "我们公司不给技师发技能津贴，这样合法吗，去哪投诉",
        "全国技术能手是咋评上的？要参加啥比赛？",
        "他在云南这边评的职称，调到四川去认不认",
        "帮我写个评职称用的个人业绩总结呗",
        "来电人是技师，问评上职称以后退休待遇会不会提高",
    ],
)
def test_topics_the_documents_do_not_cover_are_out_of_scope(text):
    assert routed(text).intent == "out_of_scope"


def test_retired_and_rehired_asking_about_a_title_is_a_case():
    assert routed("我退休了又返聘回厂里，高级技师，还能评职称吗").intent == "eligibility"


@pytest.mark.parametrize("text", ["前年", "2019年的", "大概三年多吧"])
def test_a_bare_date_after_a_verdict_is_asked_about_not_out_of_scope(text):
    assert routed(text, has_facts=True).reply_name == "fragment"


def test_a_bare_date_in_reply_to_the_open_question_is_an_answer():
    assert routed("前年", pending_fact="skill_certificates_obtained", has_facts=True).reply_name is None


def test_care_work_is_not_pensions():
    assert routed("我在养老院当护理员，主管护师职称，想考养老护理员技师").intent == "eligibility"
    assert routed("养老保险断缴了怎么办").intent == "out_of_scope"


def test_a_question_said_to_be_one_is_not_an_answer():
    assert (
        routed("我是问待遇，评上了工资一样不", pending_fact="annual_review_results", has_facts=True).intent == "policy"
    )
    assert routed("我还想问，我是2020年拿的技师", pending_fact="series", has_facts=True).intent == "eligibility"


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("副高职称的人能直接考高级技师吗", None, "policy"),
        ("高级工评助理级，要不要大专学历", None, "policy"),
        ("中级会计师考试对高技能人才报名有没有什么优惠政策", None, "policy"),
        ("请问人社部发2020 96号这个文现在还有效吗", None, "policy"),
        ("考核一定要三年都合格吗？基本合格的话行不行", "annual_review_results", "policy"),
        ("近三年是指哪三年啊？今年的考核还没搞呢", "annual_review_results", "policy"),
        ("帮我查下我的职称证书编号", None, "out_of_scope"),
        ("我是技师，想问问技师证能不能抵扣个税", None, "out_of_scope"),
        ("今年职称评审结果一般啥时候公示", None, "out_of_scope"),
        ("这个先不说，你先告诉我评上了以后工资怎么算", "skill_certificates_obtained", "out_of_scope"),
        ("你好，请问这里可以咨询职称的事情吗", None, "smalltalk"),
        ("我是做政策解读公众号的，想确认一下，申报人数5人以上，是必须单设评审组还是可以单设？", None, "policy"),
        ("我是跑网约配送的，这个算新职业吗，能评职称吗", None, "eligibility"),
    ],
)
def test_everyday_questions_go_where_they_belong(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("绿色通道是个啥东西，谁能走？", None, "policy"),
        ("考核基本合格算不算合格？", "annual_review_results", "policy"),
        ("技术技能工作具体指啥？带徒弟算不算", "technical_work_interrupted", "policy"),
        ("云南这边除了工程农业那几个系列，其他系列的技能人才能不能评？", None, "policy"),
        ("我今年58了，还能不能延迟退休，技师有没有啥特殊政策", None, "out_of_scope"),
        ("公司不给报销考证的费用 合不合法 我是高级技师", None, "out_of_scope"),
        ("都不是哦 我就想问下退休的时候有职称能不能多拿点钱", "track", "out_of_scope"),
        ("我是HR，我们公司有三个员工，一个高级工两个技师，都想评职称，分别要满足啥条件？", None, "eligibility"),
        ("等下 我前面说的时间不对 技师证是22年的不是21年", "annual_review_results", "eligibility"),
        ("算相关吗 我是工艺员 想报车工", "occupation_matches_post", "eligibility"),
    ],
)
def test_more_everyday_questions_go_where_they_belong(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("考核是啥 我们私企没搞过这个", "annual_review_results", "eligibility"),
        ("这个我得去问问人事科才晓得", "annual_review_results", "eligibility"),
        ("能评到哪个算哪个 越高越好", "target_level", "eligibility"),
        ("这个无所谓吧，我主要想知道技师一般几年能评中级", "province", "policy"),
        ("专业技术人员去考技能等级，哪种情况可以免理论考试", None, "policy"),
        ("我是高级技师 高级技师在单位里是不是跟副高享受一样的待遇 文件上有没有这个说法", None, "policy"),
        ("我们是云南省的一个行业主管部门 想给民宿管家这类新兴领域制定贯通办法 制定好了要报哪里审核", None, "policy"),
        ("这个先不说，你们晓得昆明的人才公寓咋个申请不", "annual_review_results", "out_of_scope"),
        ("来电咨询：职称证书电子版在哪里下载打印。来电人为某厂技师。", None, "out_of_scope"),
        ("考二级建造师需要什么学历？", None, "out_of_scope"),
        ("职称评审结果一般在哪个网站公示 怎么查", None, "out_of_scope"),
        ("公司有十几个高级工和技师，都想评职称，我们人事部该怎么帮他们申报", None, "eligibility"),
        ("我技师证丢了 当时是16年考的 补不补得到我也不晓得 现在还能拿它评职称不", None, "eligibility"),
    ],
)
def test_asides_questions_and_cases_go_where_they_belong(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("我想问一下高级技师评副高鸡职称要满几年", None, "policy"),
        ("高精尖缺是个啥子意思哦", "honours", "policy"),
        ("新兴职业的高技能人才评职称有专门办法没", None, "policy"),
        ("评个工程师和拿个技师证，哪个对涨工资更有用？", None, "out_of_scope"),
        ("我在红河 想问下技师退休能不能提前", None, "out_of_scope"),
        (
            "师傅们好，我是跑长途的货车司机，啥证都没有就一个A2驾照，听说现在工人也能评职称了，我这种能评吗？",
            None,
            "eligibility",
        ),
        ("这个还没统计完，下周才截止", "applicant_count", "eligibility"),
        ("我还在技校读书，明年毕业能拿高级工", "skill_certificates", "eligibility"),
    ],
)
def test_questions_asides_and_answers_in_the_words_of_a_new_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("技工院校的老师要是有高级技师证，是能评高级讲师还是只能评讲师？文件上咋规定的", None, "policy"),
        ("等一下，高级工一般要干满几年才能评助理级？", "skill_certificates_obtained", "policy"),
        (
            "我是省住建厅职称评审办公室的，想确认一下：高级技师申报副高，有一年是基本合格，有没有放宽的口子？",
            None,
            "policy",
        ),
        ("有中级职称的人想考技师，要工作满几年", None, "policy"),
        ("统计师考试高技能人才能报吗", None, "policy"),
        ("高技能人才最高能评到正高吗", None, "policy"),
        ("你先跟我说说副高要拿了高级技师以后干满几年？", "target_level", "policy"),
        ("这个先不说，评上职称以后能不能调去坐办公室啊", "annual_review_results", "out_of_scope"),
        ("你们这个能不能帮我查一下我的证是不是真的", "title_obtained", "out_of_scope"),
        ("我是技师，想问下技师能不能落户上海", None, "out_of_scope"),
        ("中级职称和技师哪个工资高", None, "out_of_scope"),
        ("我是高级技师，退休了还能返聘吗", None, "out_of_scope"),
    ],
)
def test_questions_and_asides_of_another_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("你问这个干啥，考核跟评职称有啥关系", "annual_review_results", "policy"),
        ("职称证能挂出去赚钱不？一年能挂多少", None, "out_of_scope"),
        ("技能等级证书有效期几年，过期了要不要年审", None, "out_of_scope"),
        (
            "接线记录：来电单位为楚雄州某化工企业（规模以上），拟自主开展高技能人才职称评审，咨询需要哪些审核备案手续。",
            None,
            "eligibility",
        ),
    ],
)
def test_still_more_questions_asides_and_cases(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("你说的这个突出贡献，是个什么标准？有没有具体说法", "major_contribution", "policy"),
        ("啥子叫突出贡献嘛 有标准没得", "major_contribution", "policy"),
        ("不晓得 你说的新兴职业是指哪些", "new_occupation", "eligibility"),
        ("等一下，我想先问问这个年限是从拿证那天算还是从考试那天算？", "skill_certificates_obtained", "policy"),
        ("高级工评助理要两年 这个两年是从发证那天开始算还是从考试那天算", None, "policy"),
        ("专业技术人员想考技能等级 有相关专业毕业证是不是可以免考理论", None, "policy"),
        ("评职称要的论文去哪发表比较快？有没有靠谱的期刊推荐", None, "out_of_scope"),
        ("我是高级工程师，孩子中考能加分吗", None, "out_of_scope"),
        ("我就想知道我到底能不能评 问这么多干啥", "meets_occupation_standard", "eligibility"),
    ],
)
def test_questions_back_and_asides_of_the_fifteenth_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("正高级工程师能不能申请高级技师评价", None, "policy"),
        ("高级工能评会计师不？我在厂里兼着做账", None, "eligibility"),
        ("单设评审组的话，技能人才评委要占多少？", "applicant_count", "policy"),
        ("单设评审组。另外想问下评委里高技能人才要占多少", "organiser_topic", "eligibility"),
        ("全国技术能手和省技术能手有啥区别，省级的也算吗", "honours", "policy"),
        ("随便哪个，看哪个好评就评哪个", "series", "eligibility"),
        ("工程呗，还能是啥", "series", "eligibility"),
        ("请问企业自主评审需要哪些条件？我这边要回复群众", None, "policy"),
        ("我是高级技师，想问下退休以后养老金能不能按副高待遇算", None, "out_of_scope"),
    ],
)
def test_questions_and_answers_of_the_sixteenth_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("我是个技师，想问下异地就医备案怎么弄", None, "out_of_scope"),
        ("技师要干满3年才能评中级，这3年是从拿证那天开始算吗", None, "policy"),
        ("哈喽，我是新来的HR小白，啥也不懂，请多关照", None, "smalltalk"),
        ("我现在技师学院读预备技师班，毕业就发技师证，到时候能评工程师吗", None, "eligibility"),
        ("绝活这个是咋认定的，要单位出证明吗", "front_line_mastery", "policy"),
        ("对了，顺便问下，技师是不是对应中级职称？", "target_level", "policy"),
        ("高级技师可以直接评正高吗", None, "policy"),
    ],
)
def test_questions_and_asides_of_the_seventeenth_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("請問技師評中級職稱要做夠幾多年㗎？", None, "policy"),
        ("你们云南是不是报5个人以上就要单设评审组", None, "policy"),
        ("唔该晒 好有用", None, "smalltalk"),
        ("高级工和技师 哪个能评中级职称", None, "policy"),
        ("铁路上的技能等级认定是不是要去路局考？报名找谁", None, "out_of_scope"),
        ("我想问一下计师正能不能平中级职称", None, "policy"),
        ("有技师证能不能申请创业贷款", None, "out_of_scope"),
        ("这个跟你有啥关系？不想说", "skill_certificates_obtained", "eligibility"),
        ("没有。另外问下评上高级职称单位有没有补贴", "honours", "eligibility"),
        ("对了 评审会场地费能从哪里列支", "applicant_count", "out_of_scope"),
        ("规上是啥意思？怎么算", "enterprise_above_scale", "policy"),
        ("破格评职称有没有啥说法？我是全国技术能手，想破格评副高", None, "eligibility"),
    ],
)
def test_questions_answers_and_asides_of_the_eighteenth_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("评职称的材料是网上交还是要跑人社局现场交啊", None, "out_of_scope"),
        ("中级工能评职称吗", None, "policy"),
        ("你们这个小助手是哪个单位开发的呀", None, "smalltalk"),
        ("技师评上工程师以后，还能接着评高级工程师吗，要隔几年", None, "policy"),
        ("云南的特殊评审具体怎么搞，有没有细则", None, "policy"),
        ("俺对象是技师，要是评上工程师，俺们单位能给分房子不", None, "out_of_scope"),
        ("有没有职称代评的，花点钱能办下来不", None, "out_of_scope"),
        ("评职称的论文找人代写靠谱不", None, "out_of_scope"),
        ("我外省评的职称想转到云南来认定，要怎么办理", None, "out_of_scope"),
        ("在不在啊 人呢", None, "smalltalk"),
    ],
)
def test_questions_and_asides_of_the_nineteenth_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("这个我不太懂，你先告诉我评个职称要交多少钱", "series", "out_of_scope"),
        ("考核结果在哪里查？我自己都不晓得", "annual_review_results", "eligibility"),
        ("技师证和中级职称，哪个在找工作的时候更吃香？", None, "out_of_scope"),
        ("请问今年的职称申报系统什么时候开放？", None, "out_of_scope"),
        ("在不在？急！！", None, "smalltalk"),
        ("来电人为某市人社局职称科工作人员，询问高技能人才单独分组评审有没有人数要求。", None, "policy"),
    ],
)
def test_questions_and_asides_of_the_twentieth_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("请问哈，高级技师要干好多年才可以报副高嘛？", None, "policy"),
        ("技师和高级技师鉴定的考试费分别多少", None, "out_of_scope"),
        ("你会不会讲笑话", None, "smalltalk"),
        ("这个先不说，你们能不能给我们出个评审通知的模板", "enterprise_above_scale", "out_of_scope"),
    ],
)
def test_questions_and_asides_of_the_twenty_first_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("你说的高精尖缺人才是哪个部门认定的？", "honours", "policy"),
        ("我就想问问评了职称能不能涨工资", "track", "out_of_scope"),
        ("哈哈你这问得我都不好意思了，你吃饭没得", "honours", "smalltalk"),
        ("工程师吧，助理的没啥意思", "target_level", "eligibility"),
        ("高级工可以考初级会计吗", None, "policy"),
        (
            "俺在青岛港开门机，门座起重机司机高级技师，二〇一九年取得，这些年考核都是称职，想申报副高级职称，俺们这边有啥说法没",
            None,
            "eligibility",
        ),
        ("高级技师评副高有啥说法没", None, "policy"),
    ],
)
def test_questions_and_asides_of_the_twenty_second_round(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("正高级职称的能不能去申请高级技师", None, "policy"),
        ("享受州政府津贴的能不能走绿色通道", None, "policy"),
        ("有相关专业毕业证的话是不是可以免考理论", "related_major_diploma", "policy"),
        ("俺家老爷们儿技师证丢了 还能评职称不", None, "eligibility"),
        ("好烦啊 评个职称咋这么麻烦", None, "smalltalk"),
        ("好烦啊，我是技师，评工程师咋这么麻烦", None, "eligibility"),
        ("持有技师证书的技能人才，能否报考中级统计师？", None, "policy"),
        ("评职称要交钱不 交好多", None, "out_of_scope"),
        ("早晨！", None, "smalltalk"),
        ("唔該晒，好清楚", None, "smalltalk"),
        ("今天好热哦 你们那边热不热", None, "smalltalk"),
        ("你们这个助手是人社局弄的不", None, "smalltalk"),
        ("你说的突出贡献是个啥子标准嘛", "major_contribution", "policy"),
    ],
)
def test_questions_asides_and_small_talk_of_rounds_twenty_three_to_twenty_five(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("我想问下我这种情况能不能弄那个 就是单位里面说的那个", None, "eligibility"),
        ("刚从技校毕业 还没拿到证 说是高级工证要等几个月 这样能评职称吗", None, "eligibility"),
        (
            "我帮我家那口子问问哈，他前年7月考的汽车维修高级工，想评个助理工程师，孩子上学一堆事他也不管",
            None,
            "eligibility",
        ),
        ("早上好，请问是贯通助手吗？", None, "smalltalk"),
        ("辛苦了，今天下班前还能咨询吗？", None, "smalltalk"),
        ("哎，评个职称材料要准备一大堆，真是头疼。", None, "smalltalk"),
        ("请问北京市职称评审的申报费用是多少，是单位出还是个人出？", None, "out_of_scope"),
        ("请问职称评审结果公示期间，如果有人匿名举报，单位应该怎么处理？", None, "out_of_scope"),
        ("我们在编写单位内部的政策问答，想确认一下：取得高级技师后满4年，是从发证日期起算吗？", None, "policy"),
        ("我们是一家行业协会，帮会员企业整理政策。请问规模以上企业自主评审要向哪一级人社部门备案？", None, "policy"),
        ("应该都合格吧 我问问人事", "annual_reviews", "eligibility"),
        ("最高能评到哪个就评哪个", "target_level", "eligibility"),
        ("云南这边是不是人数超过5个就要单独设评审组", None, "policy"),
        ("高级技师评上副高级职称后，还能不能再评正高级？需要几年？", None, "policy"),
    ],
)
def test_questions_asides_and_small_talk_of_round_twenty_six(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("请问一下高级工评助理工程师，是要取得证书后干满几年？是2年还是3年", None, "policy"),
        ("取得技师后从事技术技能工作满3年能报中级，这个3年是从发证那天算吗？", None, "policy"),
        ("高级工评助理级，要求取得高级工后干满两年技术技能工作，那中间去干别的还算不算？", None, "policy"),
        ("全国技术能手是哪个部门评的？", "honours", "policy"),
        ("俺在新乡一家面粉厂上班，厂里欠俺仨月工资了，咋弄？", None, "out_of_scope"),
        ("我们是建筑公司，农民工工资专户咋开？", None, "out_of_scope"),
        ("我是高级技师，退休以后待遇能不能比照高级工程师？", None, "out_of_scope"),
        ("哎呀妈呀 这玩意儿比唠嗑还费劲 脑瓜子嗡嗡的", None, "smalltalk"),
        ("整一天了，脑瓜子嗡嗡的，歇会儿再问", None, "smalltalk"),
        ("你这个小程序是哪个单位搞的嘛，靠不靠谱哦", None, "smalltalk"),
        ("早晨，食咗饭未呀", None, "smalltalk"),
        ("红河州人社局职称科，今年州里工程系列有几个高技能人才申报，要不要单设评审组？", None, "eligibility"),
        ("本人正高级工程师，退休返聘在厂里带徒弟，想拿个高级技师证书，政策上允许吗", None, "eligibility"),
    ],
)
def test_questions_asides_and_small_talk_of_round_twenty_seven(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("这个不方便透露 下一个", "annual_reviews", "eligibility"),
        ("下一个", None, "smalltalk"),
        (
            "帮我爸问的 他在油田干了三十年 高级技师 享受过自治区政府特殊津贴 听说可以直接评高级工程师 是真的吗",
            None,
            "eligibility",
        ),
        ("副高级职称的专业技术人员 可以申请哪个技能等级", None, "policy"),
        ("好烦啊 评个职称咋这么麻烦😩", None, "smalltalk"),
        ("唔该晒 你哋好有用", None, "smalltalk"),
        ("今天好热哦 在地里干了一天活", None, "smalltalk"),
        ("在不在 有人没", None, "smalltalk"),
        ("哎哟 评个职称比考大学还难 烦死了", None, "smalltalk"),
        ("唔该晒，明白晒", None, "smalltalk"),
        (
            "您好，我是省报记者，在写一篇关于技能人才评职称的稿子，想确认一下：高级工、技师分别对应能评哪一级职称？",
            None,
            "policy",
        ),
        ("想请教一个问题，我们报道里写了‘高级技师可以评正高级职称’，这个说法准确吗？", None, "policy"),
        ("高级工到技师，技师到高级技师，专业技术人员晋级要等多久？", None, "policy"),
        ("职称和技能等级能不能互相认定？比如有中级职称是不是直接就等于技师？", None, "policy"),
        ("取得职称后的技能人才，文件有没有说要鼓励他们继续留在一线？", None, "policy"),
        ("这个先不说，我就想知道评上职称一年能多发多少绩效", "annual_reviews", "out_of_scope"),
        ("国家职业技能标准在哪里能查到", "meets_occupation_standard", "policy"),
    ],
)
def test_questions_asides_and_small_talk_of_round_twenty_eight(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("不是啥新兴的，就是传统的车工", "new_occupation", "eligibility"),
        ("唉 搞了半天还是没弄明白 算了 烦死了", None, "smalltalk"),
        ("哎呀妈呀 这玩意儿还挺智能", None, "smalltalk"),
        ("考核的事我不太清楚 你先说说评上职称有补贴没", "annual_reviews", "out_of_scope"),
        ("我在写一篇政策解读，想确认一下：高技能人才评职称，学历和论文还算不算限制条件？出处是哪条", None, "policy"),
        ("我在做政策课件，文件里说的支持高技能人才取得职业资格，有没有具体放宽报考条件？", None, "policy"),
        ("我是技师，想问问评上工程师以后单位是不是必须给聘", None, "out_of_scope"),
        ("零几年就开始上班了，具体算不清", "cumulative_work_years", "eligibility"),
        ("技能等级里的一级是最高的还是最低的？", None, "policy"),
        ("这个咋个算突出贡献哦 我参加过白鹤滩水电站的机组安装 这个算不算嘛", "major_contribution", "policy"),
        ("评职称要不要找关系啊 听说要花钱打点", None, "out_of_scope"),
        ("取得职称以后 工资要怎么套改 有没有标准", None, "out_of_scope"),
        ("下班咯 累得板 跟你摆哈龙门阵嘛", None, "smalltalk"),
        ("你们这个机器人几点下班啊 哈哈", None, "smalltalk"),
        ("唉 材料交了三遍还被退回来 心累", None, "smalltalk"),
        ("请问一下，高级工评助理工程师满两年，是从发证那天算，还是从考试那天算", None, "policy"),
        ("技师退休以后能不能按工程师的待遇走", None, "out_of_scope"),
        ("我们在做一期短视频科普 想讲清楚：全国技术能手能直接申报哪一级职称？", None, "policy"),
        ("职称评审结果公示期是多少天", None, "out_of_scope"),
    ],
)
def test_questions_asides_and_small_talk_of_round_twenty_nine(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [("对口的 天天跟电打交道", "eligibility"), ("干了十二年了", "eligibility"), ("养老保险交多少", "out_of_scope")],
)
def test_a_remark_after_the_verdict_is_about_the_case(text, intent):
    assert routed(text, None, has_facts=True).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("拿到技师证以后每个月工资能多几百不", None, "out_of_scope"),
        ("焊工高级工的工资指导价是多少", None, "out_of_scope"),
        ("申报职称的材料费要交多少", None, "out_of_scope"),
        ("今年技师考试的时间定了没有", None, "out_of_scope"),
        ("技校毕业以后包分配吗", None, "out_of_scope"),
        ("工勤岗的职工能转管理岗吗", None, "out_of_scope"),
        ("考上在职研究生了 读书期间单位还发不发工资", None, "out_of_scope"),
        ("新年快乐 你们今天也加班吗", None, "smalltalk"),
        ("中秋快乐！", None, "smalltalk"),
        ("工龄十九年 你们这个周末也有人回复不", "cumulative_work_years", "eligibility"),
        ("我想想哈……疫情那会儿吧 考完没多久小区就封了", "skill_certificates_obtained", "eligibility"),
        ("啥子是高精尖缺人才", None, "policy"),
        ("技师和工程师到底哪个高？我看招聘上写技师相当于中级", None, "policy"),
        ("我儿子说高级技师比高级工程师还难评，真的假的", None, "policy"),
        ("我们在做常见问题解答：高级工取证后满几年可以评助理级？", None, "policy"),
        ("评委会的 问个政策", None, "smalltalk"),
        ("你这机器人还挺懂行 哈哈", None, "smalltalk"),
        ("机器人你一天回答这么多问题累不累啊", None, "smalltalk"),
        ("职称评审结果一般公示几天？", None, "out_of_scope"),
        ("评职称答辩能用朝鲜语不", None, "out_of_scope"),
        ("高技能人才考经济师，报名条件上学历还卡不卡？", None, "policy"),
        ("我们是评委会的，想问一下单设的评审组里，技能人才评委要占多大比例？", None, "policy"),
        (
            "HR问一下：我司有三名员工，分别是高级工、技师、高级技师，都想参加职称评审，各自该报什么级别？",
            None,
            "eligibility",
        ),
        ("评个职称咋这么麻烦 头都大了", None, "smalltalk"),
        ("专业技术人员取得副高职称，想评高级技师，是不是要先考技师？", None, "policy"),
        ("我在人社局窗口，经常有人问：技师证拿了满几年能评工程师？文件怎么说的", None, "policy"),
        ("我是高级技师，厂里有自主评审权，想问厂里自主评审和评委会评审是不是一回事", None, "policy"),
        ("规上？是指营业收入两千万以上那个吗", "enterprise_above_scale", "policy"),
        ("一般申报的人数多少以上才单独分组", None, "policy"),
    ],
)
def test_wages_fees_greetings_and_questions_of_round_thirty_one(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


def test_a_kind_of_person_asked_about_carries_no_facts():
    assert read("专业技术人员有中级职称，想评技师，要先考高级工吗", TODAY).updates == {}


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("考核的事我不太清楚 你先说评上以后退休金会不会高点", "annual_review_results", "out_of_scope"),
        ("哈哈你这个机器人还挺客气的", "technical_work_interrupted", "smalltalk"),
        ("头都大了 这么多系列 😵", "series", "smalltalk"),
        ("我想问下今年技能等级认定考试啥时候报名", None, "out_of_scope"),
        (
            "普洱市人社局职称科。辖区一家咖啡加工企业（规上）想自主开展高技能人才职称评审，我们该怎么审核备案？",
            None,
            "eligibility",
        ),
        ("我朋友在西双版纳说技师能直接评高级工程师 真的假的", None, "policy"),
    ],
)
def test_asides_sighs_rumours_and_an_office_with_a_firm_of_round_thirty_six(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


def test_yes_with_a_new_occupation_after_the_verdict_is_the_case():
    assert routed("对 互联网营销师是新职业 前几年才出来的", None, has_facts=True).intent == "eligibility"


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("不知道诶 厨师还有职称啊？文件里有没有说厨师能评啥系列", "series", "policy"),
        ("高精尖缺人才是哪个部门认定的？我们这边好像没听说过有这个", "honours", "policy"),
        ("做个FAQ：云南的文件说申报人员多于5人以上（含5人）应当单设评审组，那只有4个人的情况怎么办？", None, "policy"),
        ("明天冬至了 你们那边吃饺子还是汤圆", None, "smalltalk"),
        ("你们人社局几点下班", None, "out_of_scope"),
        ("网上那种包过的职称代评靠谱吗，收八千", None, "out_of_scope"),
        ("我们报社在做一篇工匠报道，想确认一下：高技能人才在评优上是不是享受同等待遇？", None, "policy"),
        ("种地的农民有高级工证的，能不能评职称", None, "policy"),
        ("我工龄三十年了 高级技师 退休以后一个月能拿多少", None, "out_of_scope"),
        ("想学个电工 去哪个技校比较好", None, "out_of_scope"),
        ("在？", None, "smalltalk"),
    ],
)
def test_questions_asides_and_small_talk_of_round_thirty_seven(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


def test_an_organisers_count_with_an_aside_about_fees_is_their_case():
    text = "我们州农业系列评委会今年有三个高技能人才报名，单独搞个评审组有必要吗？另外评审费是不是也要单独收"
    assert routed(text).intent == "eligibility"


@pytest.mark.parametrize("text", ["问个事咧", "hello～ 有个职称的问题想问问", "你好 我想问下技能等级晋级的事情"])
def test_an_opening_that_says_what_a_question_will_be_about_is_a_greeting(text):
    assert routed(text).reply_name == "greeting"


def test_a_reply_that_says_who_to_ask_is_not_a_greeting():
    assert routed("不清楚 得问问我们单位人事", "annual_review_results", has_facts=True).intent == "eligibility"


def test_a_factory_asking_what_is_said_of_evaluating_its_own_workers_is_its_case():
    assert routed("中不中啊，俺们厂想自己给工人评职称，有啥说法没？").intent == "eligibility"


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("有没有卫生系列？我是做康复理疗的", "series", "policy"),
        ("技工院校教师系列也属于贯通范围吗？我们学校好多老师都有技师证", None, "policy"),
        ("这个满三年是从发证那天算，还是从考试那天算？", "skill_certificates_obtained", "policy"),
        ("去年上半年 是从拿证那天开始算还是从考试那天开始算啊", "skill_certificates_obtained", "eligibility"),
        ("今儿个昆明下冰雹了，吓死个人", None, "smalltalk"),
        ("我是12333的座席，你们这个助手答的东西我们可以直接念给群众听吗", None, "smalltalk"),
    ],
)
def test_questions_back_and_small_talk_of_round_thirty_eight(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("听群里说现在技师可以直接评工程师了，不用学历，是真的假的？", None, "policy"),
        ("香格里拉的，画唐卡的，州里评的非遗传承人，没有技能等级证，能评工艺美术的职称不", None, "eligibility"),
        ("县里评的劳模能不能走绿色通道直接评副高？", None, "policy"),
        ("国庆快乐！祝你们节日快乐🇨🇳", None, "smalltalk"),
        ("早晨！今日好热啊", None, "smalltalk"),
        ("先不说这个 你们这个评职称要交钱不", "track", "out_of_scope"),
        ("就是我刚说的那个意思啊，你咋还不懂", None, "eligibility"),
        ("我是陆良县人社局的，准备给乡镇干部讲一课，主题是高技能人才怎么评职称，文件里哪几条最要紧？", None, "policy"),
    ],
)
def test_rumours_greetings_asides_and_complaints_of_round_thirty_nine(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("绿色通道是怎么回事", None, "policy"),
        ("人社局职称窗口周六上不上班啊", None, "out_of_scope"),
        ("听说云南今年出了新的职称评审管理办法，能发我看看吗", None, "out_of_scope"),
        ("帮我写一段给热线坐席用的话术：来电人问‘我是高级技师，能不能评高级工程师’，坐席应该怎么回答", None, "policy"),
        (
            "我们厂宣传科要写个‘技能人才评职称十问十答’，第一问：没有大专文凭的高级工能不能评助理工程师？",
            None,
            "policy",
        ),
        ("对的对的", "occupation_matches_post", "eligibility"),
        ("好的 谢谢", "occupation_matches_post", "smalltalk"),
    ],
)
def test_definitions_offices_scripts_and_short_yeses_of_round_forty(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("谢谢你啊 上次问的那个材料已经交上去了", None, "smalltalk"),
        ("圣诞快乐呀🎄 你们机器人过不过圣诞", "track", "smalltalk"),
        ("小年快乐啊老妹儿 过年了你们还上班不", None, "smalltalk"),
        ("今年二级建造师啥时候考试 报名入口在哪", None, "out_of_scope"),
        ("我是高级工 想读个成人本科 哪个学校学费便宜", None, "out_of_scope"),
        ("我是高级技师，想问下高级技师跟副高级职称算不算同一个层级", None, "policy"),
        ("哎呀我说不清楚，你直接告诉我能不能评就行", None, "eligibility"),
    ],
)
def test_thanks_festivals_exams_and_comparisons_of_round_forty_one(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("评上工程师以后一个月能多发好多钱嘛", "annual_review_results", "out_of_scope"),
        ("我们这种小包装厂哪有啥年度考核哦，老板讲做得好就多发点钱", "annual_review_results", "eligibility"),
        ("这些都没有。对了问一下 评职称要交钱不", "honours", "eligibility"),
        ("高级焊工证是2019年拿的 一直在厂里干 助理工程师能整不 对了 你们这个收费不？", None, "eligibility"),
        ("我是技师 19年拿的证 对了 退休金怎么算", None, "out_of_scope"),
        ("你们能帮我写评职称的业绩材料吗 收费也行", None, "out_of_scope"),
        (
            "公司不大 才三十来个人 但是技术工人比例很高 我们这种能不能自己搞职称评审 要去哪里申请 需不需要交钱",
            None,
            "eligibility",
        ),
        ("退休以后技师津贴还有吗 我们厂技师每月有两百块", None, "out_of_scope"),
        ("今年二建几号开始报名啊", None, "out_of_scope"),
        ("你们几点下班啊 我想下午去窗口当面问", None, "out_of_scope"),
        ("你们几点下班呀", None, "smalltalk"),
        ("职称是中级 农艺师 2015年评上的 现在想弄个农作物植保员的技师证 下乡给农民讲课也硬气点", None, "eligibility"),
        ("啥算新兴职业？", "new_occupation", "policy"),
        ("这个不好说，啥算突出贡献嘛", "major_contribution", "eligibility"),
    ],
)
def test_asides_wages_office_hours_and_lectures_of_round_forty_two(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "刷抖音看到一个视频 说是人社部出了新规定 技师能直接评高级工程师 不用评中级了 我们车间也在传 到底真的假的",
            "policy",
        ),
        ("俺厂技师、高级技师不老少，领导叫俺问问，企业能不能自个儿组织技能人才评职称？要啥条件？", "eligibility"),
    ],
)
def test_news_heard_and_an_enterprise_with_many_technicians(text, intent):
    assert routed(text).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        (
            "我是曲靖市人社局职称科的，辖区有一家水泥集团想自己搞高技能人才职称评审，他们是规上企业，这个需要走什么程序",
            None,
            "eligibility",
        ),
        ("来电人是个焊工高级工，她问评职称能不能找中介代办，交钱包过那种", None, "out_of_scope"),
        ("考技师的报名在哪里报？一般几月考？", None, "out_of_scope"),
        ("我是技工学校的班主任，学生问我：高级工毕业的，工作两年后能不能评助理工程师？", None, "policy"),
        ("想评工程师咯 助理的冇得么子意思", "target_level", "eligibility"),
        ("这个没有 你们这个助手是人社局弄的不", "honours", "eligibility"),
        ("都没有 那是不是就不能直接评了", "honours", "eligibility"),
    ],
)
def test_relays_offices_and_asides_of_round_forty_three(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        (
            "西安市某区人社局职称科。辖区有家做3D打印的科技公司来申请自主开展高技能人才职称评审，我们这边能支持吗？",
            None,
            "eligibility",
        ),
        ("岗位跟电工冒得关系咯，我在院里管图纸档案的", "occupation_matches_post", "eligibility"),
        ("我的档案在哪里查", None, "out_of_scope"),
        ("证书能打印电子版吗", None, "out_of_scope"),
    ],
)
def test_words_that_name_a_topic_only_in_some_uses(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("评上高级工艺美术师以后 在瑞丽开玉器店能不能少交点税啊", None, "out_of_scope"),
        ("你们这个助手是省人社厅弄的吗", None, "smalltalk"),
        ("社保交了十二年 这个算不算工龄？退休能拿多少", "cumulative_work_years", "out_of_scope"),
        ("你吃饭没得 我刚下班 饿死了", "honours", "smalltalk"),
        ("哎呀评个职称咋这么麻烦 跑了三趟了 心累😮‍💨", None, "smalltalk"),
        ("今天台风好大 在家躲着刷手机 顺便跟你聊聊哈哈", None, "smalltalk"),
        ("一八年八月 那年台风很大", "skill_certificates_obtained", "eligibility"),
        ("东莞市造纸行业协会的 想了解一下 技能人才评职称现在可以单独分组评吗", None, "policy"),
        ("我在做一期短视频科普 想确认一下 高级工干满两年就能评助理级 技师满三年评中级 这个说法准确吗", None, "policy"),
        ("我是技师 想问下技师和工程师在上海落户积分里算一样的分吗", None, "out_of_scope"),
        ("中级工能不能评员级职称 文件里没看到", None, "policy"),
        ("有中级职称的专业技术人员可以申请参加哪一级的技能评价 是技师吗", None, "policy"),
    ],
)
def test_asides_chat_and_rules_asked_of_round_forty_four(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "请问今年职称申报系统什么时候开放？另外我们公司想自己搞技能人才的职称评审，不知道行不行",
        "你好，我是曲靖市人社局职称科的，想问一下高技能人才评审组的事",
    ],
)
def test_an_organisers_own_matter_after_an_aside_or_announced_starts_the_check(text):
    assert routed(text).intent == "eligibility"


@pytest.mark.parametrize(
    "text",
    [
        "我是焊工",
        "俺是车工 想打听个事儿",
        "帮我老公问一下 他是电工",
        "您好，我是大理州人社局职称科的。今年州里工程系列中级评委会收到一批高技能人才的申报材料，想咨询一下评审组这块应该怎么设置，有没有硬性要求？",
    ],
)
def test_a_worker_named_by_trade_or_an_office_with_this_years_applicants_starts_the_check(text):
    assert routed(text).intent == "eligibility"


def test_a_trade_beside_another_topic_stays_out_of_scope():
    assert routed("我是农民工 工资被拖欠了怎么办").intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("你吃饭了么？我还在厂里头加班呢", "target_level", "smalltalk"),
        ("请问你是哪家做的", "target_level", "smalltalk"),
        ("哎呀 今天可冷了 零下三十度 俺们呼伦贝尔冻得圪抽抽的", None, "smalltalk"),
        ("明天昆明下不下雨哦，要去工地浇混凝土", None, "out_of_scope"),
    ],
)
def test_weather_asked_and_weather_remarked(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("我在给单位公众号写政策解读，文件里说高级工满2年可以评助理级，这个2年是从拿证那天开始算吗", "policy"),
        ("你们这个机器人是人社厅搞的还是哪家公司搞的哦", "smalltalk"),
        ("副高评上了以后还能接着评正高吗", "policy"),
        ("我技师，我老婆是助理工程师，我们俩到底谁的级别高？", "policy"),
    ],
)
def test_explainers_quoting_steps_asked_and_levels_compared_of_round_forty_five(text, intent):
    assert routed(text).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("高级技师能不能评正高级职称？还是说最高只能到副高", None, "policy"),
        ("我是技师，想问下评职称期间要脱产去培训不？单位不给假咋整", None, "out_of_scope"),
        ("我是焊工技师，你们能帮忙介绍个工作不，想去新疆那边干", None, "out_of_scope"),
        ("唠会嗑呗，今天嘎嘎冷", None, "smalltalk"),
        ("哎呀问这么细 脑壳都问昏了😂", "annual_review_results", "smalltalk"),
        ("考核我得问问人事。另外评上工程师能加多少工资", "annual_review_results", "out_of_scope"),
        ("我是工程师，想问一下工程师对应的是技师还是高级工？", None, "policy"),
    ],
)
def test_limits_leave_jobs_chat_and_mappings_of_round_forty_six(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("朋友说技师能直接评高工 真的假的😳", "policy"),
        ("我是区人社局的，要写一篇问答：技工院校老师能不能走贯通评职称？帮我整理一下依据", "policy"),
        (
            "您好，我们是职称管理部门的，想请教一下：规模以上企业自主开展高技能人才职称评审，是不是要先审核备案？",
            "policy",
        ),
        (
            "接线员小李：来电人问，技师证满三年才能评中级，那个三年是从发证日期算还是从考试日期算？来电人没说自己的情况。",
            "policy",
        ),
        (
            "我们单位要写个内部问答：员工高级工满两年，中间借调到办公室一年，能不能评助理级？这种怎么回答比较准确",
            "policy",
        ),
        ("评个职称咋个这么麻烦嘛 烦死了", "smalltalk"),
        ("我是焊工 想去日本打工 那种劳务派遣靠谱不", "out_of_scope"),
    ],
)
def test_rumours_explainers_relays_sighs_and_jobs_abroad_of_round_fifty_two(text, intent):
    assert routed(text).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("规上？就是年主营收入2000万以上那个吗", "enterprise_above_scale", "policy"),
        ("听人说技师能直接评高级工程师 真的假的 俺们车间都传疯了", None, "policy"),
        (
            "我们是黑龙江省总工会的 要出个小册子讲技能人才评职称 想确认一下 获得中华技能大奖的能直接申报哪一级",
            None,
            "policy",
        ),
        ("今天接了好多电话都在问 高级工满两年是不是就一定能评上助理？我们咋回答", None, "policy"),
        ("单设评审组是不是报的人满五个就必须单设 我们这边有人说是可以不单设", None, "policy"),
        ("喂喂 能听见不 这个咋用哩 额孙子给额装的", None, "smalltalk"),
        ("七一了 祝党生日快乐 额是老党员 今天厂里搞活动 刚吃完饭闲得谝一哈", None, "smalltalk"),
    ],
)
def test_definitions_rumours_explainers_and_chat_of_round_fifty_three(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("二建报名什么时候开始", None, "out_of_scope"),
        ("评职称的时候要不要请评委吃饭", None, "out_of_scope"),
        ("办职称的窗口在昆明哪里", None, "out_of_scope"),
        ("技师评中级要几年？顺便问下今年昆明的职称申报啥时候开始", None, "policy"),
        ("高工能直接评正高吗", None, "policy"),
        ("助工能不能考二建", None, "policy"),
        ("请问：专业技术人员取得中级职称后申请技师评价，是否必须具备相关专业毕业证书？", None, "policy"),
        ("请问文件中所称“特殊评价办法”是否由各省自行制定？", None, "policy"),
        ("我是一名快递员 干了8年 想问问评个职称有什么要求", None, "eligibility"),
        ("恁好 想打听个事儿", None, "smalltalk"),
        ("俺是车工 想打听个事儿", None, "eligibility"),
        ("哎呀 评个职称咋这么费劲 头都疼了", None, "smalltalk"),
        ("哈哈 你这问得也太细了 跟查户口似的😂", "annual_review_results", "smalltalk"),
    ],
)
def test_procedures_rules_cases_and_chat_of_round_fifty_four(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("老师好～在不在嘛", None, "smalltalk"),
        ("老师新年好哇🎉", None, "smalltalk"),
        ("侬好呀", None, "smalltalk"),
        ("你这个东西能回答啥问题 俺不会打字 说话能行不", None, "smalltalk"),
        ("你们这个是人社局官方弄嘞不 说嘞靠不靠谱", None, "smalltalk"),
        ("拿高级技师评副高 是不是也要干满四年？从发证那天开始算不", None, "policy"),
        ("五一放假在屋里刷到个视频 讲高级工可以评助理工程师 是真的假的咯", None, "policy"),
        ("过年好 问一下 高级工评助理级得干满两年 技师评中级三年 高级技师评副高四年 额记得对不", None, "policy"),
        ("技能竞赛拿过奖的 评职称时候有用不", None, "policy"),
        ("技师和工程师哪个高？俺是技师 单位领导说技师就等于工程师 真的假的", None, "policy"),
        (
            "我是日报社的记者，在写一篇技能人才评职称的稿子，"
            "想核实几个点：一是高级工评助理级要满2年，这2年是从取证那天起算吗？",
            None,
            "policy",
        ),
        (
            "我是电视台民生栏目的编导，有观众来信说他是高级技师，厂里告诉他评副高必须有大专文凭，这个说法对不对？",
            None,
            "policy",
        ),
        (
            "我们是江苏省工程系列某中级评委会办公室，问一下：今年高技能人才单独分组是必须的吗？还是可以不分？",
            None,
            "policy",
        ),
        ("高技能人才参评职称，推荐单位要审核哪些东西，有没有清单", None, "policy"),
        ("高考完了 我家娃娃想报技师学院 昆明哪个技师学院好些嘛", None, "out_of_scope"),
        ("你能帮俺在网上把职称申报表填了不 俺不会弄电脑", None, "out_of_scope"),
        ("我想找个能评职称的单位上班，你们能帮忙推荐不", None, "out_of_scope"),
        ("我们是在普洱种茶制茶嘞 就农艺师那种嘛", "series", "eligibility"),
        (
            "您好，打扰了。我是曲靖市农业农村局负责职称的，今年农业系列评审有几个持技能证的报名，想咨询一下。",
            None,
            "eligibility",
        ),
        ("我是报社的编辑（中级），业余摄影很多年，想申请摄影师技师", None, "eligibility"),
    ],
)
def test_greetings_rules_explainers_services_and_cases_of_round_fifty_five(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("老铁在不 问个事儿呗", None, "smalltalk"),
        ("新年快乐🧧祝你们工作顺利 马年大吉……哦不对今年是羊年了哈哈", None, "smalltalk"),
        ("评上工程师以后一个月能多给几百块钱不 俺们厂咋一点动静都没有呢", None, "out_of_scope"),
        ("这个等会儿说 经济师考试今年好久报名哦 在哪个网站报", "skill_certificates_obtained", "out_of_scope"),
        ("评职称的时候单位领导不给签字咋办 他说名额有限", None, "out_of_scope"),
        ("请问深圳今年技能人才入户积分怎么算", None, "out_of_scope"),
        ("咱陕西有没有专门出贯通办法 还是就按国家那个文件走", None, "policy"),
        ("像俺们人社局组织职称评审的 高技能人才满5个就必须单设评审组吗 河南有没有这个要求", None, "policy"),
        ("听说技师现在能直接评副高了？有没有这回事啊", None, "policy"),
        ("高级技师同高级工程师边个高啲？", None, "policy"),
        ("我是技师，想了解一下上海跟外地评职称的条件是不是一样的", None, "policy"),
        (
            "我是广州一家企业的培训主管，在做内部问答手册，其中一问：“持高级技师证满4年的员工能否申报副高级职称？”帮我写个标准答案",
            None,
            "policy",
        ),
        ("考了软考工资能涨不哦？我是计算机维修工技师，想去考软考", None, "eligibility"),
        ("就这些", "title_held", "eligibility"),
    ],
)
def test_chat_services_rules_and_cases_of_round_fifty_six(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("你家好 过年好噶 先问下你这个助手是哪个整嘞 人社局嘞么", None, "smalltalk"),
        ("清明放假在家刷到说外卖员可以评工程师了 真的假的", None, "policy"),
        ("技师评中级要干满几年啊 评上中级一个月能多多少钱", None, "policy"),
        (
            "西安一家航空零部件公司人力 公司是规模以上的 技能人才有三百多 想问企业自主评职称 需要上面批吗",
            None,
            "eligibility",
        ),
        (
            "请第三方机构帮我们组织职称评审，大概要花多少钱？我们是楚雄禄丰的化工企业，一千二百多人，想自己搞高技能人才的职称评审",
            None,
            "eligibility",
        ),
    ],
)
def test_chat_rules_and_organisers_of_round_fifty_seven(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("你是AI吧？", "skill_certificates", "smalltalk"),
        ("用你这个助手收费不？", None, "smalltalk"),
        ("你们这个AI是用哪家的大模型做的", None, "smalltalk"),
        ("你记得我上回问的啥不", None, "smalltalk"),
        ("你能不能一次把问题都问完", "honours", "smalltalk"),
        ("问这干啥", "cumulative_work_years", "smalltalk"),
        ("你们这能不能帮忙查证书是真是假", None, "out_of_scope"),
        ("能不能把政策原文发到我微信上", None, "out_of_scope"),
        ("职称评审没通过可以复议吗 去哪申诉", None, "out_of_scope"),
        ("下岗职工再就业的事归你们管不", None, "out_of_scope"),
        ("我是湖南经视的编辑，想核实一句：新文件说技工也能评正高职称，是真的吗？依据是哪一条？", None, "policy"),
        ("我是四川的技师，听说云南那边技师评职称更宽松，跟四川有啥区别？", None, "policy"),
        ("我是高级工 问下高级工和助理工程师哪个吃香", None, "policy"),
        ("出道题考考你：高级工满2年评助理级，那技师和高级技师分别要满几年、评啥", None, "policy"),
        ("技工院校教师系列是干嘛的", "series", "policy"),
        ("评委会办公室：今年工程系列评审拟对高技能人才单独分组，请问文件依据是哪一条", None, "policy"),
    ],
)
def test_chat_services_and_rules_of_round_fifty_eight(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("我们在写一份贯通政策的问答，想确认一下：技工院校教师系列也在贯通范围里吧？", None, "policy"),
        ("问这么多 能评不能评你直接说嘛", "annual_review_results", "smalltalk"),
        ("问这么多 都没有 你就直接说能不能评嘛", "honours", "eligibility"),
        ("请问你们职称评审办公室几点上班", None, "out_of_scope"),
        ("大理州职称申报系统老是登不进去 密码重置在哪点", None, "out_of_scope"),
        ("这个先不说 评上工程师一个月能涨多少工资", "title_held", "out_of_scope"),
        ("我是高级技师 跟我们厂的高级工程师比 在评优评奖这些上是不是享受一样的待遇", None, "policy"),
        ("扎西德勒！老师好，我画唐卡的，有个问题想请教", None, "smalltalk"),
    ],
)
def test_chat_rules_and_services_of_round_fifty_nine(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("俺是平顶山矿上的 高级工 要是评上助理工程师 井下津贴还给不给发", None, "out_of_scope"),
        ("我有个技师证 可唔可以攞嚟喺深圳入户", None, "out_of_scope"),
        ("你帮我把申报表填一下嘛 我发给你", None, "out_of_scope"),
        ("哈哈你问得跟我们人事一样细", "annual_review_results", "smalltalk"),
        ("我是酒泉钢铁工会的 职工老问 高级工评助理工程师对学历有没有要求", None, "policy"),
        ("那是不是要先考个高级工才行", "target_level", "policy"),
        ("听讲现在技能人才评职称不要论文和外语了 真的假的哦", None, "policy"),
        ("我哋电视台做紧一期讲技能人才评职称嘅节目 想核实下 系咪攞咗全国技术能手就可以直接评副高", None, "policy"),
        ("我们是评委会办公室 问一下 正好5个人算不算‘5人以上’", None, "policy"),
        ("啥子才算绝活哦", "front_line_mastery", "policy"),
    ],
)
def test_chat_rules_and_services_of_round_sixty(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("请问一下高级工程师和高级技师那个相当吗我是高级计师", None, "policy"),
        (
            "我是黔东南州职业技能培训中心的讲师，下周给学员讲贯通政策，想确认一下：取得高级技师后要从事技术技能工作满几年才能申报副高级职称？",
            None,
            "policy",
        ),
        (
            "我是淮南矿业培训中心的，想请教：有绝招绝技的高技能人才，是不是一定要有突出贡献才能走绿色通道？",
            None,
            "policy",
        ),
        ("你们能不能把那个文件原文发我微信", None, "out_of_scope"),
        ("我不懂诶 美容的能评哪个系列 文件里有我们这行没", "series", "policy"),
        ("我不是申报的 我是做政策解读的 想了解高级工评助理级要几年", "track", "policy"),
        ("头都大了 咋这么复杂", None, "smalltalk"),
        ("他跟的是包工头 哪有啥考核", "annual_review_results", "eligibility"),
        ("老师 我修农机哩 拿了个高级工 想问哈评职称哩事", None, "eligibility"),
    ],
)
def test_chat_rules_and_sighs_of_round_sixty_one(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("我想问问评上职称以后退休金能多多少", "out_of_scope"),  # another topic, though 职称 is named
        ("高级工 评上职称工资能涨不", "eligibility"),  # the answer first, then the aside
        ("我还在技校读书，明年毕业能拿高级工", "eligibility"),
    ],
)
def test_a_reply_to_the_level_question_on_another_topic(text, intent):
    assert routed(text, "skill_certificates", has_facts=False).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("我们把员工的信息输进来，你们系统会不会保存？会不会泄露出去", None, "smalltalk"),
        ("你这个回答能不能短一点，我要直接念给来电人听的", None, "smalltalk"),
        ("你们这个系统是人社厅统一部署的吗？内容是谁审核的", None, "smalltalk"),
        ("你回答的这些有没有法律效力？我能不能拿去跟单位理论", None, "smalltalk"),
        ("上礼拜我跟你说过我的情况，你还记得吗", None, "smalltalk"),
        ("你们这个要收费吗？用一次多少钱", "track", "smalltalk"),
        ("你能说四川话不嘛，普通话看起累", "skill_certificates", "smalltalk"),
        ("中不中啊你这机器人 俺问了半天也没个准话", None, "smalltalk"),
        ("明天哈尔滨冷不冷啊 要去考点考试", None, "out_of_scope"),  # a forecast asked, not a remark
        ("工资是按职称定还是按技能等级定 我是技师", None, "out_of_scope"),
        ("我们工会想给今年评上技师的职工发一笔奖励，一般发多少合适？", None, "out_of_scope"),
        ("先问一下，技师一般一个月工资多少钱啊", "target_level", "out_of_scope"),
        ("这个我回头翻翻，先问一下技师考试去哪报名", "skill_certificates_obtained", "out_of_scope"),
        ("我社保中间断了两年，会不会影响评职称？", "technical_work_gap_years", "out_of_scope"),
        (
            "我们是职业技能培训机构，想给学员讲讲技能人才评职称是不是还要考外语和计算机，文件怎么规定的",
            None,
            "policy",
        ),
        ("专业技术人员评技能等级，是不是有相关专业毕业证就可以不考理论？", "related_major_diploma", "policy"),
        ("侬好呀 阿拉想问点事体", None, "smalltalk"),
    ],
)
def test_the_assistant_asked_about_and_asides_of_round_sixty_two(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("哈哈你问得好细 我都要笑了😂", "honours", "smalltalk"),
        ("你说的职业技能等级是指哪些证 我看不太懂", "skill_certificates", "policy"),
        ("高技能人才参加职称评审需要近几年年度考核合格？", None, "policy"),
        ("十七还是十八年 我翻一下…找到了 证上写的2018年6月", "skill_certificates_obtained", "eligibility"),
    ],
)
def test_words_asked_back_and_answers_found_of_round_sixty_three(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending_fact", "intent"),
    [
        ("我是高级技师，想问问退休以后企业年金是怎么算的", None, "out_of_scope"),
        ("企业里评上高级工程师以后，能不能调到事业单位去？", None, "out_of_scope"),
        ("人社局的电话是多少", None, "out_of_scope"),
        ("评委名单要不要公示？", None, "out_of_scope"),
        ("能帮我查下我在人社系统里的证书记录吗", None, "out_of_scope"),
        ("我是做住家保姆的 雇主不给签合同 还老拖工资 能帮我找人说说吗", None, "out_of_scope"),
        ("那曲今天下冰雹了 明天去拉萨考试的路好走不", None, "out_of_scope"),
        ("你是人社局的还是哪个公司的机器人 靠谱不", None, "smalltalk"),
        ("新年快乐！祝贯通助手越来越好用🎉", None, "smalltalk"),
        ("咱就是说 高级工评助理工程师 满两年是从发证那天算还是从考试那天算啊", None, "policy"),
    ],
)
def test_asides_and_greetings_of_round_sixty_four(text, pending_fact, intent):
    assert routed(text, pending_fact, has_facts=pending_fact is not None).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我是技工学校的班主任，家长们经常问娃娃读完高级工班能不能直接评助理工程师，这个咋个说", None, "policy"),
        ("评职称还要论文吗 我们干活的哪会写论文", None, "policy"),
        (
            "总工会职工服务热线：会员是个技师，反映单位评先进老是轮不到他，问工会能不能出面跟单位说说",
            None,
            "out_of_scope",
        ),
        ("都不是，老板让我问问，员工评上工程师以后公司是不是必须按工程师发工资", "organiser_topic", "out_of_scope"),
        ("本单位拟编制《高技能人才职称评审政策问答》，请问96号文关于绿色通道的适用对象具体有哪些？", None, "policy"),
        ("评上职称能不能进编制", None, "out_of_scope"),
        ("咯个职称贯通是么子意思咯？我是机修钳工技师，想评工程师，要得不", None, "eligibility"),
        ("职称贯通是什么意思", None, "policy"),
    ],
)
def test_routes_of_the_sixty_fifth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("先这样吧 回头翻翻再来问 拜拜👋", "skill_certificates_obtained", "smalltalk"),
        ("行 今天先到这，我回头找人事要了考核表再来问，拜拜", "annual_review_results", "smalltalk"),
        ("记不到了 等我回去翻哈证书", "skill_certificates_obtained", "eligibility"),
        ("先问下 高级工评助理和技师评中级 年限各差多少", "target_level", "policy"),
        ("考核先放一边 评职称还要不要论文 外语计算机要不要考", "annual_review_results", "policy"),
        ("有毕业证的话 是不是就不用考理论了", "related_major_diploma", "policy"),
        ("读技校那三年算不算工龄啊", "cumulative_work_years", "policy"),
        ("明天重庆下雨不 要出去装空调", "honours", "out_of_scope"),
    ],
)
def test_routes_of_the_sixty_seventh_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("哇 你回得好快 是AI吗", "track", "smalltalk"),
        ("帮我写个申报材料呗 谢谢🙏", None, "out_of_scope"),
        ("我儿子在哈尔滨技师学院读书 毕业能拿高级工 以后能评职称不", None, "eligibility"),
        ("我是全国技术能手，想问下娃儿读书升学有没有加分政策", None, "out_of_scope"),
    ],
)
def test_routes_of_the_sixty_eighth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我在济南做住家保姆 东家拖了我三个月工资 该找哪个部门", None, "out_of_scope"),
        ("职称证书弄丢了，能补办不？在哪补", "title_held", "out_of_scope"),
        ("云南的绿色通道是不是只要有绝活、一直在一线就行，不用非得有突出贡献？", None, "policy"),
        ("我是电视台记者 采访对象说他技师满三年就评上了工程师 这个说法跟文件对得上吗", None, "policy"),
    ],
)
def test_routes_of_the_sixty_ninth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("哈哈你这机器人还挺懂 我们站长都说不清楚", "technical_work_interrupted", "smalltalk"),
        ("井下没信号 刚升井 你还在不", "technical_work_interrupted", "smalltalk"),
        ("我是技师 想问问技师跟高级技师评职称差在哪", None, "policy"),
        ("考核我得问人事 先问下评职称还要不要发论文", "annual_review_results", "policy"),
        ("在给职工夜校备课 讲技能人才评职称 能不能把“淡化学历要求”那段原话发我一下", None, "policy"),
        ("能不能把政策原文发到我微信上", None, "out_of_scope"),
        ("这个前头说过了噻 我就想问技师在杭州能落户不", "skill_certificates_obtained", "out_of_scope"),
        ("我爸是高级技师 明年就退休了 退休金能不能按副高算", None, "out_of_scope"),
    ],
)
def test_routes_of_the_seventieth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("印刷这行评职称走哪个系列啊", None, "policy"),
        ("我是印刷工 技师 评职称走哪个系列啊", None, "eligibility"),
        ("今天热惨了 汗都流干了", "province", "smalltalk"),
        ("我是电视台做节目的 采访对象说他技师满三年就评上了工程师 这跟文件对得上吗", None, "policy"),
        ("我们县里好多做豆腐的老师傅 都没证 这种能评职称吗", None, "policy"),
        ("集团下属企业技师、高级技师三百多人，集团想自己组织高技能人才职称评审，需要走哪些程序？", None, "eligibility"),
        ("规上企业想自己组织评审 需要什么条件", None, "policy"),
        ("还在统计 各分厂材料都还没交齐", "applicant_count", "eligibility"),
        ("多少人？这个我得去问下科长", "applicant_count", "eligibility"),
        ("我在集团是技师 集团自己评的工程师 跟去省里评的工程师 认不认一样的", None, "policy"),
        ("我是技师 想问下技师评工程师跟高级工评助理工程师 年限哪个要求长", None, "policy"),
    ],
)
def test_routes_of_the_seventy_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("你讲嘅绝活系指啲咩嘢？要有证明吗", "front_line_mastery", "policy"),
        ("想问哈 技工院校教师系列 高级技师可以评高级讲师不 文件咋个说嘞", None, "policy"),
        ("你能听懂河南话不 俺说话带口音", None, "smalltalk"),
        ("今天落雨 冷死了 手都僵了", "province", "smalltalk"),
        ("高温补贴外卖骑手有没有啊 热死了🥵", None, "out_of_scope"),
        ("你可唔可以帮我写份职称申报表 我唔识写", None, "out_of_scope"),
        ("技师评了工程师 工资能比高级技师高不", None, "out_of_scope"),
        ("记不到了 要去社保局查一下", "cumulative_work_years", "eligibility"),
        ("经济系列还是工程系列 你帮我看哪个好", "series", "eligibility"),
    ],
)
def test_routes_of_the_seventy_second_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("技师评副高是拿证后满5年吧 我在写科普文章", None, "policy"),
        ("我们镇里要印个政策明白纸 高级工评助理工程师要干满几年", None, "policy"),
        ("我在给人社所做宣传册 种植大户有技师证的能评哪个系列", None, "policy"),
        ("我听人说高级工干满两年就能评助理工程师 是真的不", None, "policy"),
        ("高级技师评上高级工程师以后 原来的证还有效吗", None, "policy"),
        ("这个小程序是哪个部门开发的", None, "smalltalk"),
        ("唉 你问得比办贷款还多", "annual_review_results", "smalltalk"),
        ("评上工程师以后能不能落个省城户口 我是技师", None, "out_of_scope"),
    ],
)
def test_routes_of_the_seventy_third_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我在给车间写篇宣传稿，技师评工程师要干满几年？文件原话是怎么说的", None, "policy"),
        ("我们下个月要给各乡镇社保员做培训 想问企业自主评审要满足哪几条", None, "policy"),
        ("工友们都在传 高级工干满两年就能评助理 真的假的", None, "policy"),
        ("我就是想先了解一下政策 高技能人才评职称有哪些系列", "track", "policy"),
        ("顺便问一下居住证办下来要多久", "province", "out_of_scope"),
        ("我就是想知道我啥时候能报", "honours", "eligibility"),
        ("我们公司技师挺多的，是不是报的人8个以上才要单设评审组？", None, "policy"),
        ("侬是机器人伐", None, "smalltalk"),
        ("你系真人定系机器人", None, "smalltalk"),
    ],
)
def test_routes_of_the_seventy_fourth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("高级技师评副高是要拿证以后满四年对吧", None, "policy"),
        ("问一下哈 专业技术人员评了中级 再去报技师 是不是要累计工作年限够了才行", None, "policy"),
        ("12333这边 有群众打电话问 评上中级职称以后再去评技师 是不是不用考理论", None, "policy"),
        ("我想问一下那个高级技师评正高级 是不是必须得有那个什么中华技能大奖", None, "policy"),
        ("我是市人社局职称处的 要给窗口统一个口径：考核要近3年合格，刚换单位不满3年的怎么算？", None, "policy"),
        ("我们村好多种烤烟的老把式 都没得证 这种能评职称吗", None, "policy"),
        ("物流服务师这个算新职业吗", "new_occupation", "policy"),
        ("我是开无人机给烟田打药嘞 算是新职业嘛 国家前几年才公布嘞", "new_occupation", "eligibility"),
        ("这个我得去问下科长", "applicant_count", "eligibility"),  # not known yet
        ("这个我得去问下财务 你等我一下", "enterprise_above_scale", "eligibility"),  # a pause inside the check
        ("今天北京这雾霾 眼睛都睁不开", None, "smalltalk"),
        ("额问一哈西安今儿个雾霾咋样 出门要戴口罩不", None, "out_of_scope"),
        ("我就是想先了解下政策 不是给自己问的", "track", "policy"),
    ],
)
def test_routes_of_the_seventy_fifth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("一般申报的多少人以上就得单设评审组啊 领导让我查一下", None, "policy"),
        ("老板让我问的，我们厂王师傅是国家级技能大师工作室带头人，他想直接评正高", None, "eligibility"),
        ("正好5个人算不算5人以上啊", "applicant_count", "policy"),  # the threshold, not the count
        ("云南跟贵州在技能人才评职称这块有啥子不一样", None, "policy"),
        ("工资唔够使 你识唔识边度招电工", None, "out_of_scope"),
        ("技师评咗工程师之后 人工能唔能加 我系广州嘅", None, "out_of_scope"),
        ("今天落雨 冻死咯", None, "smalltalk"),
    ],
)
def test_routes_of_the_seventy_sixth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我说 评了职称能不能转事业编啊", "technical_work_interrupted", "out_of_scope"),
        ("听说评上技师就能进事业编了，真的吗", None, "policy"),  # a rumour about the rules
        ("多少人以上要单设评审组 云南那个文件说的5人 浙江也一样吗", None, "policy"),
        ("今天热惨了 你们那边热不", None, "smalltalk"),
        ("这个我得问下人事 等下再说", "annual_review_results", "eligibility"),  # not known yet
        ("厨师这块哪个系列都不沾边吧", "series", "eligibility"),  # none fits: an answer
        ("我理解的对不对：技师干满三年就能报中级职称，跟学历没关系？", None, "policy"),
        ("是不是有全国技术能手就可以直接评正高 不用等年限 我理解的对不对", None, "policy"),
        ("高级技师评副高是拿证后满4年吧 是不是这么算的", None, "policy"),
        ("头都大了😂", "annual_review_results", "smalltalk"),
    ],
)
def test_routes_of_the_seventy_seventh_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我在给区人社局写一份宣传折页，请问高级技师评副高级职称，要求取得证书后满几年？", None, "policy"),
        ("今天北京这风刮得 真够呛", None, "smalltalk"),
        ("早晨 今日热到爆 你哋呢个系边个整嘅", None, "smalltalk"),
        ("我们是街道社保所，给居民做政策解读，技能人才评职称是不是不看学历了", None, "policy"),
        ("我在三亚酒店做厨师 评了职称能不能多拿点工资啊", None, "out_of_scope"),
        ("5个 正好5个算不算5人以上？", "applicant_count", "eligibility"),  # the count, then the rule
    ],
)
def test_routes_of_the_seventy_eighth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("高级技师评副高是不是取得证书后满4年就行", None, "policy"),
        ("高级技师评副高 是拿证以后满4年对吧", None, "policy"),
        ("12333 有群众打电话问 高级工能不能评工程师", None, "policy"),  # a rule relayed
        ("你是人还是机器啊", None, "smalltalk"),
        ("过年好啊 贯通助手", None, "smalltalk"),
        ("你说的这些系列都包括啥", "series", "policy"),  # the options of the question, asked for
        ("评职称要发论文不", None, "policy"),
        ("这个问题跳过 下一个", "annual_review_results", "eligibility"),  # the question skipped, no reset
    ],
)
def test_routes_of_the_seventy_ninth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("高级技师评副高是拿证满四年还是满三年 文件咋个说的", None, "policy"),
        ("老铁 你们这个AI靠谱不", None, "smalltalk"),
        ("嘎哈呢 在不在", None, "smalltalk"),
        ("今天长沙落雪了 冻死哒", None, "smalltalk"),
        ("你们问得比考驾照还细😂", "honours", "smalltalk"),
        ("获得中华技能大奖的，是可以直接申报正高级吗？还是只能副高", None, "policy"),
        ("我们厂在绍兴 想招几个持技师证的电工 你们这有没有人才推荐", None, "out_of_scope"),
        ("职工中间调去管理岗干了两年，再回技术岗，这两年算不算从事技术技能工作的年限？", None, "policy"),
        ("请问 近三年年度考核是按自然年算吗？跳槽过来的职工前面单位的考核算不算", None, "policy"),
        ("我们公司有三个全国技术能手，他们评职称能走绿色通道吗", None, "policy"),  # a group, asked about
        ("得嘞", "title_held", "eligibility"),  # a murmur to the question, no thanks
    ],
)
def test_routes_of_the_eightieth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        (
            "我在给区里写一篇职称贯通的政策解读，专业技术人员取得副高级职称可以申请哪一级技能评价，原文怎么写的",
            None,
            "policy",
        ),
        ("经济、会计这些职业资格考试 高技能人才也能报吗", None, "policy"),
        ("就想了解下政策 我不是申报的", "track", "policy"),
        ("和平区人社局职称科 今年技能人才报工程系列的一共6个", None, "eligibility"),  # their own count
        ("技能人才评委要占多大比例", "organiser_topic", "policy"),  # a rule asked back
        ("俺有高级工证 能考那种专业技术人员职业资格不", None, "eligibility"),
    ],
)
def test_routes_of_the_eighty_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("厂里欠了俺三个月工资 该找谁", None, "out_of_scope"),
        ("技工院校的实习指导老师有技师证的，能评讲师不", None, "policy"),  # a kind of person
        ("早晨！你系边个整嘅机械人啊", None, "smalltalk"),
        ("你说嘞系列是指哪些嘛", "series", "policy"),
        ("不晓得，你说的新兴是指哪些", "new_occupation", "eligibility"),  # not known, asked back: an answer
        ("考核的事我不清楚 评上以后一个月能多拿好多钱嘛", "annual_review_results", "out_of_scope"),
    ],
)
def test_routes_of_the_eighty_second_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_a_yes_about_the_case_is_no_new_question():
    assert routed("对的 都是高级工", None, has_facts=True).intent == "eligibility"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("今天兰州这风刮嘞，眼睛都睁不开", "annual_review_results", "smalltalk"),
        ("你识唔识讲广东话㗎", None, "smalltalk"),
        ("云南那个文件说的5人以上单设评审组，是5个技能人才还是全部申报嘞人？", None, "policy"),  # what it counts
        ("报了5个，正好5个算不算5人以上", "applicant_count", "eligibility"),  # the count, then the rule
        ("俺是阳泉嘞技师，工龄二十年，想问问退休以后待遇能不能比照工程师", None, "out_of_scope"),
    ],
)
def test_routes_of_the_eighty_third_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("哎呀妈呀 今天外头零下三十多度 冻透了", "skill_certificates_obtained", "smalltalk"),
        ("早晨 你哋呢个助手系咪人社局整嘅", None, "smalltalk"),
        ("有绝活的老师傅能不能走绿色通道直接评副高 要啥条件", None, "policy"),  # a kind of person
        ("考核我得问人事 对了 评职称要交好多钱", "annual_review_results", "out_of_scope"),  # not known, then an aside
        ("正好5个 5个算不算5人以上", "applicant_count", "eligibility"),
    ],
)
def test_routes_of_the_eighty_fourth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我在县人社局写个政策明白纸 想确认下技师评中级是不是取得证书后满3年", None, "policy"),  # a rule to check
        ("zc咋评 我高级工", None, "eligibility"),
    ],
)
def test_routes_of_the_eighty_fifth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我是做工程师职称的，想问下正高级工程师能不能申请高级技师评价", None, "policy"),  # an official, in general
        ("全国技术能手是不是可以直接评正高", None, "policy"),  # the holders of an honour
        ("我爱人是技师 评上工程师以后能调到事业单位不", None, "out_of_scope"),
        (
            "一直在中控室倒班，三班倒，没离开过，你说累不累",
            "technical_work_interrupted",
            "eligibility",
        ),  # of themselves
    ],
)
def test_routes_of_the_eighty_sixth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        (
            "新疆克拉玛依一家石油化工企业，规模以上，想自己开展高技能人才职称评审，需要啥条件",
            None,
            "eligibility",
        ),  # the organiser's own firm, described
        ("老铁问一下 社保断了一个月有影响不😂 还有啊 我想评个职称 钳工那种 能整不", None, "eligibility"),
    ],
)
def test_routes_of_the_eighty_seventh_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("早晨！你哋系咪人工智能嚟㗎", None, "smalltalk"),
        ("问咁多做咩啊，好烦", "annual_review_results", "smalltalk"),
        ("培训机构的，我们给企业HR讲课，想问高技能人才评审组评委比例是怎么规定的", None, "policy"),
    ],
)
def test_routes_of_the_eighty_eighth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("介机器人还挺好使嘿", None, "smalltalk"),
        ("我是渝北嘞电工技师 想问下哪里在招电工 工资高点嘞", None, "out_of_scope"),
    ],
)
def test_routes_of_the_eighty_ninth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("评职称还要不要发论文哦", "target_level", "policy"),
        ("目前收到5份 正好5个算不算5人以上", "applicant_count", "eligibility"),
        ("济南哪个技师学院招老师啊 我有焊工技师证", None, "out_of_scope"),
        ("我是省人社厅热线的 写个宣传单 想确认下 正高级工程师能不能申请高级技师评价", None, "policy"),
        ("我是报社记者，有新闻系列中级职称，能不能去考个摄影师的技能等级", None, "eligibility"),
    ],
)
def test_routes_of_the_ninetieth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("国庆加班呢 累成狗了 这天儿说冷就冷", None, "smalltalk"),
        ("评个职称咋这么费劲 问了一圈也没人说得明白", None, "smalltalk"),
        ("评上职称以后能唔能加人工啊", "honours", "out_of_scope"),
        ("来电人说他就是想先了解下政策，没具体要评啥", "track", "policy"),
        ("昆明哪点有招电工的 工资高点的", None, "out_of_scope"),
        ("考个中级经济师能涨工资不？俺是仓储管理员高级工 俺们这种能考那个经济师不", None, "eligibility"),
        (
            "我们是一家乳业集团 规模以上 今年想给车间技师自己组织评职称 另外问一下单设评审组是啥意思",
            None,
            "eligibility",
        ),
    ],
)
def test_routes_of_the_ninety_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("济南哪个技师学院招实习指导老师 我想去", None, "out_of_scope"),
        ("高级工评助理 技师评中级 高级技师评副高 是这样对应的吧", None, "policy"),
        ("那考核有没有要求", "skill_certificates", "policy"),  # a rule asked after the offer of one's own check
    ],
)
def test_routes_of_the_ninety_second_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("请问一下下 高级工 干满几年 能评那个助理工程师啊 我问的是一般的规定啊 不是我自己", None, "policy"),
        ("你好 我是沈阳一家汽车厂的人事 想问问 单设评审组那个 是多少人以上才要单设啊", None, "policy"),
        ("高级工程师 能申请高级技师吗 我们这有人问", None, "policy"),
        ("俺们供暖公司的 今年取暖费又涨了 你们这能管这个不", None, "out_of_scope"),
        ("过年好啊 贯通助手 给您拜年了", None, "smalltalk"),
        ("你这问得也太细了 比俺们厂人事还磨叽", "annual_reviews", "smalltalk"),
        ("你说的那个高精尖缺 是谁给认定啊 哪个部门", "honours", "policy"),
        ("我问一下啊 就是 以前的职业资格证 和现在的职业技能等级证书 是不是一样的啊 评职称都认吗", None, "policy"),
    ],
)
def test_routes_of_the_ninety_third_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("云南那边是不是比别的省好评一些 听说他们其他系列也能报", None, "policy"),
        ("我在南昌上班 高级工 想问下江西跟浙江哪个评职称快", None, "policy"),
        ("为啥技能人才评职称不看学历 那读大学还有啥用", None, "policy"),
        ("技师学院毕业的预备技师 算不算技师", None, "policy"),
        ("中级职称对应技师，副高对应高级技师，是这样对应的吧", None, "policy"),
        ("这个要算评委吗", "applicant_count", "policy"),
        ("评审费一个人多少钱啊", "applicant_count", "out_of_scope"),
        ("6个 不过其中有1个是评委本人 他自己的材料也交了", "applicant_count", "eligibility"),
        ("社保交了十二年", "cumulative_work_years", "eligibility"),
        ("社保断了两年 对这个有没有影响哦", "cumulative_work_years", "out_of_scope"),
        ("就是问我们评委会要不要给技能人才单独分个组", "organiser_topic", "eligibility"),
        ("刚从技师学院毕业 预备技师班的 证还没发下来 能评职称吗", None, "eligibility"),
        ("你们这个助手能说四川话不", None, "smalltalk"),
        ("我在西安一个区人社局职称科 今年辖区企业报上来的技能人才一共5个 先跟你说一声", None, "eligibility"),
        (
            "我们是德阳的重型装备企业，规上，技能人才密集，想自主评审，评出来的职称是不是跟省里评的一样有效",
            None,
            "eligibility",
        ),
        (
            "我在北京一家央企二级单位做职称工作，今年单位有5个高技能人才要报，想问集团能不能自己评，还是得送北京市的评委会",
            None,
            "eligibility",
        ),
    ],
)
def test_routes_of_the_ninety_fourth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("哎呀妈呀 你这问得比俺们段长还细 嘎嘎冷的天 手都冻僵了 打字费劲", "annual_review_results", "smalltalk"),
        ("中级的 一几年评的来着 一四年", "title_obtained", "eligibility"),
        ("我们在做乡镇社保所嘞宣传册 想确认下 州政府发嘞津贴算不算省级以上政府特殊津贴", None, "policy"),
        ("享受政府特殊津贴的人 津贴发多少", None, "out_of_scope"),
    ],
)
def test_routes_of_the_ninety_fifth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("江苏跟安徽哪个评职称容易点", None, "policy"),
        ("我们石嘴山这边今天风大得很 出门都站不住", None, "smalltalk"),
        ("你能说粤语吗 我阿妈普通话唔太灵光", None, "smalltalk"),
        ("工资一个月才四千 评上能涨不", "annual_review_results", "out_of_scope"),
        ("我是广西日报的记者，想问绿色通道里“享受省级以上政府特殊津贴”，市里给的津贴算不算", None, "policy"),
    ],
)
def test_routes_of_the_ninety_sixth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("在不在 有人没得", None, "smalltalk"),
        ("下大雨 厂里停工 闲着跟你唠唠嗑", None, "smalltalk"),
        ("超过5个人就必须单独分组吗？我们先搞清楚再报", "applicant_count", "policy"),
        ("东莞这边的技工学校招不招老师", None, "out_of_scope"),
        ("能帮我查到我那个高级工证是哪年的不", None, "out_of_scope"),
        ("新兴职业都有哪些 有名单没", "new_occupation", "policy"),
    ],
)
def test_routes_of_the_ninety_seventh_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("6个人以上必须单设评审组吗", "applicant_count", "policy"),
        ("成人大专怎么报名", "related_major_diploma", "out_of_scope"),
        ("我是电工技师 评上工程师的话厂里给不给分宿舍", None, "out_of_scope"),
        ("我是技师 评上职称以后夜班补贴还有没得", None, "out_of_scope"),
        ("跟电工不太沾边", "occupation_matches_post", "eligibility"),
        ("什么叫相关专业？技校的毕业证算不算", "related_major_diploma", "policy"),
    ],
)
def test_routes_of_the_ninety_ninth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("在哪儿能查到我证是哪年发的 网上能查不", "skill_certificates_obtained", "out_of_scope"),
        ("证压箱底了 你们能不能帮我查一下是哪年发的", "skill_certificates_obtained", "out_of_scope"),
    ],
)
def test_routes_of_the_hundredth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_a_threshold_restated_then_asked_of_is_a_rule():
    assert routed("评审组是5个人以上 那正好5个算不算", None).intent == "policy"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("今天台风天 酒店都停了 一个人在宿舍好无聊哈哈", "annual_review_results", "smalltalk"),
        ("哎呀妈呀 你问得也太细了 俺们矿上人事都没问这么多", "annual_review_results", "smalltalk"),
        ("工艺美术跟轻工哪个好评点 我做的是德化白瓷", "series", "eligibility"),
        ("哪个技师学院在招焊接实习指导老师 工资咋样", None, "out_of_scope"),
        ("我们是长庆油田的 想问下 正高级工程师能不能去申请高级技师 有同事问我 我也不知道", None, "policy"),
        ("技师评工程师要几年", "track", "policy"),
    ],
)
def test_routes_of_the_hundred_and_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("唔该晒 你哋好有用 听日再同你讲", "annual_review_results", "smalltalk"),
        ("是不是要三年考核都合格才行", "annual_review_results", "policy"),
    ],
)
def test_routes_of_the_hundred_and_second_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("今天昆明太阳好辣 晒死了", None, "smalltalk"),
        ("哎呀 评个职称咋这么麻烦 问了一圈都莫人说得清", None, "smalltalk"),
        ("你这个问得比我们人事还细嘞 哈哈", "honours", "smalltalk"),
        ("州里给嘞津贴有一个 楚雄州政府发嘞", "honours", "eligibility"),
        ("证喺屋企 记唔到 对了评咗职称可唔可以入户广州", "skill_certificates_obtained", "out_of_scope"),
    ],
)
def test_routes_of_the_hundred_and_third_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("台风过后屋顶都掀了 好烦 唉", None, "smalltalk"),
        ("一直在滇中引水工地上开盾构 连过年都没回去过 你说离开没得", "technical_work_interrupted", "eligibility"),
        ("我们上海金山石化这边 工会想组织职工学习这个贯通政策 有没有简单的解读材料", None, "policy"),
        ("老师傅们说 全国技术能手可以直接报正高 这个是文件上写的吗", None, "policy"),
        ("江西跟湖南哪个评职称容易点啊 我老表说湖南松些", None, "policy"),
    ],
)
def test_routes_of_the_hundred_and_fourth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("高级工考初级会计可以不", None, "policy"),
        ("技能等级评价跟职称评审能同时搞不", None, "policy"),
    ],
)
def test_routes_of_the_hundred_and_fifth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我以前是八级钳工 现在退休返聘了 还能评个职称玩玩不", None, "eligibility"),
        ("五一还要值班 烦死了 你们放假没", None, "smalltalk"),
        ("啥叫系列 我就想评个助理工程师", "series", "eligibility"),
        ("技师报中级的3个 高级技师报副高的2个 正好5个 5个算不算5人以上", "applicant_count", "eligibility"),
        ("老乡问我 全国技术能手是不是可以直接评正高 这个是真的不", None, "policy"),
    ],
)
def test_routes_of_the_hundred_and_sixth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_what_the_assistant_is_asked_in_cantonese_is_small_talk():
    assert routed("早晨 你哋呢个系咩嚟嘅", None).intent == "smalltalk"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("技工院校的老师 有技师证的 能不能评讲师啊", None, "policy"),
        ("我不是申报的 就是写公众号 想了解下政策", "track", "policy"),
        ("我是数控车工技师 问下济南哪个技师学院在招实习指导老师 工资咋样", None, "out_of_scope"),
    ],
)
def test_routes_of_the_hundred_and_eighth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我是钳工技师 评上工程师能调事业编不", None, "out_of_scope"),
        ("技师学院毕业出来 能不能考事业编", None, "out_of_scope"),
        ("重庆跟四川哪个评职称松些嘛 我是长寿化工园区嘞技师", None, "policy"),
        ("你们问题咋这么多 比考驾照还磨叽", "technical_work_interrupted", "smalltalk"),
        ("打台风 厂里放假 好无聊哈哈", "annual_review_results", "smalltalk"),
    ],
)
def test_routes_of_the_hundred_and_ninth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("像直播带货这种新职业 能评职称不 评哪个系列", None, "policy"),
        ("州里给过个津贴 别的没得了", "honours", "eligibility"),
    ],
)
def test_routes_of_the_hundred_and_tenth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("技工院校嘞老师 有技师证嘞 能评讲师不", None, "policy"),
        ("哈喽 周末你也上班啊 机器人不用休息的吗😂", None, "smalltalk"),
        ("兰州石化的 评上高级技师能不能给多发点工资", None, "out_of_scope"),
    ],
)
def test_routes_of_the_hundred_and_twelfth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("想问一下 我一个做直播带货的 算不算新职业 能评啥职称", None, "eligibility"),
        ("老乡们都说有了技师证就能进事业编 真的假的", None, "policy"),
        ("兄弟们 高级技师能直接评正高不", None, "policy"),
        ("评上了工程师 能不能多休几天年假", None, "out_of_scope"),
    ],
)
def test_routes_of_the_hundred_and_thirteenth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_hot_weather_said_in_dialect_is_small_talk():
    assert routed("额滴神 这天热得 人都快晒化咧", None).intent == "smalltalk"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("技工院校的实习指导老师 有技师证的 能不能评讲师", None, "policy"),
        ("我是焊工技师 想问下这个技师评职称全国都是一个标准吗 还是各省不一样", None, "policy"),
        ("社保交了十二年 中间断过两年 这个能补吗", "cumulative_work_years", "out_of_scope"),
        ("唔该晒 我听日再同你讲 拜拜", "target_level", "smalltalk"),
    ],
)
def test_routes_of_the_hundred_and_fifteenth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_writing_the_application_for_a_kind_of_route_is_out_of_scope():
    assert routed("帮我写个申报材料呗 技师评工程师那种 格式我不会", None).intent == "out_of_scope"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("咱陕西是不是也执行这个96号文？", None, "policy"),
        ("技能等级评价跟职称评审能同时搞不 两个都报会不会冲突", None, "policy"),
        ("想弄个技师 不过问一下 有毕业证的话是不是就不用考理论了", "target_level", "eligibility"),
    ],
)
def test_routes_of_the_hundred_and_eighteenth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("不是我自己报 我在给村里写政策明白纸 想了解下政策", "track", "policy"),
        ("盐湖化工的电工技师 想问下青海有没有专门出的细则", None, "policy"),
        ("你这问得也太细了吧😂 比我们厂人事还磨叽", "annual_review_results", "smalltalk"),
        ("你们这个机器人大半夜的也不睡觉啊😂", "annual_review_results", "smalltalk"),
        ("我们学校经常有家长问 孩子读中职拿个中级工证 以后能不能评职称", None, "policy"),
    ],
)
def test_routes_of_the_hundred_and_nineteenth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("问得咋这么细呢 比考驾照还磨叽😂", "annual_review_results", "smalltalk"),
        ("早晨 你哋呢个系咩嚟㗎", None, "smalltalk"),
        ("目前收到5份材料 正好5个算不算5人以上", "applicant_count", "eligibility"),
        ("规上？就是统计局说那个规模以上工业企业吗", "enterprise_above_scale", "policy"),
    ],
)
def test_routes_of_the_hundred_and_twentieth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("不是我自己报 我在给村里写政策明白纸 想把技能人才评职称这块写清楚", "track", "policy"),
        ("不是我自己报 我是社区的 在给居民写政策宣传单", "track", "policy"),
        ("我是焊工技师 想问下宁夏这边有没有专门出贯通的细则", None, "policy"),
        (
            "碳排放管理员，新兴职业，我在普洱一家林业碳汇公司，刚考了三级，云南这边有没有出具体的贯通办法？",
            None,
            "eligibility",
        ),
        ("圣诞快乐哈 你们机器人也过节不", "series", "smalltalk"),
    ],
)
def test_routes_of_the_hundred_and_twenty_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("俺是盾构司机 技师 取得证书后满3年才能评工程师 是从发证那天算还是考试那天算", None, "policy"),
        ("春节刚过完 工地还没开工 这几天在家歇着 别的时候一直在干", "technical_work_gap_years", "eligibility"),
        ("台风天厂里放了几天假 别的时候都在 船厂嘞活一直没停", "technical_work_interrupted", "eligibility"),
        ("今天台风好大 在家躲着刷手机", "technical_work_interrupted", "smalltalk"),
    ],
)
def test_routes_of_the_hundred_and_twenty_second_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("师傅说技师可以直接评高级工程师 真的假的", None, "policy"),
        ("上海宝山 我是钢厂的行车工技师 这边有没有专门的细则啊", None, "policy"),
    ],
)
def test_routes_of_the_hundred_and_twenty_third_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("不是我自己报 我在给厂里写政策宣传栏 想把技师评工程师那段写对", "track", "policy"),
        ("你好，我是市人社局的，想问下我们市今年职称评审报名一般几月开始", None, "out_of_scope"),
    ],
)
def test_routes_of_the_hundred_and_twenty_fourth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("正月十五都没过完就上班了😭", None, "smalltalk"),
        ("有职称的人能不能回头考技能等级 我们厂有工程师在问", None, "policy"),
    ],
)
def test_routes_of_the_hundred_and_twenty_fifth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("这是云南的规定还是全国的", "province", "policy"),
        ("谢谢你啊 这些都没有 对了评上工程师工资能涨多少", "honours", "eligibility"),
    ],
)
def test_routes_of_the_hundred_and_twenty_sixth_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("单设评审组 我们报了5个 正好5个算不算5人以上", "organiser_topic", "eligibility"),
        ("正好5个算不算5人以上", "organiser_topic", "policy"),
    ],
)
def test_routes_of_the_hundred_and_twenty_seventh_round(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize("text", ["想问下 像直播带货这种新职业 能评职称不", "5人以上就要单设评审组 那正好5个人算不算"])
def test_questions_of_a_kind_or_a_threshold_in_the_hundred_and_thirtieth_round_are_policy(text):
    assert routed(text, None).intent == "policy"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("我们班组长说技师三年就能评工程师 是真的不", None, "policy"),
        ("你先说下 助理级 中级 副高 分别要啥技能等级", "target_level", "policy"),
        ("唉 评个职称咋这么费劲", "series", "smalltalk"),
    ],
)
def test_routes_of_the_hundred_and_thirty_first_round(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_the_question_put_aside_for_wages_is_out_of_scope():
    assert (
        routed("这个先放一边 你就说评上助理了工资一个月能多几百不", "technical_work_gap_years").intent == "out_of_scope"
    )


@pytest.mark.parametrize(
    ("text", "pending"),
    [
        ("你们机器人也过年不 新年快乐哈", "annual_review_results"),
        ("给您拜年了 祝贯通助手马年大吉", None),
        ("腊月了 厂里忙得脚不沾地 还是想来问问", None),
    ],
)
def test_season_greetings_and_a_question_to_come_are_small_talk(text, pending):
    assert routed(text, pending).intent == "smalltalk"


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("你这个机器人问得还挺全乎😂", "honours", "smalltalk"),
        ("我们评委会想问下 高技能人才评委是不是要占一半以上", None, "policy"),
        ("有人说高级技师可以直接评正高 吹牛吧？", None, "policy"),
        ("我们班组长说技师满三年就能评工程师 真的不", None, "policy"),
        ("问咁多做咩 你直接话我得唔得啦", "annual_review_results", "smalltalk"),
        ("稍等 我去人事档案里翻一下", "annual_review_results", "eligibility"),  # a pause inside the check
    ],
)
def test_words_of_the_hundred_and_thirty_fourth_round_are_routed(text, pending, intent):
    assert routed(text, pending).intent == intent


@pytest.mark.parametrize(
    ("text", "pending", "intent"),
    [
        ("想问下广东同广西评职称嘅条件系咪一样嘅", None, "policy"),
        ("听说技师学院在招实习指导老师 工资咋样 好进不", None, "out_of_scope"),
        ("取得证书后满3年才能评工程师 是从发证那天算还是考试那天算", "technical_work_interrupted", "policy"),
        ("那正高要什么条件", "skill_certificates", "policy"),  # after a policy answer, the next level's rule
        ("拉萨这边有没有人管社保转移的事", "province", "out_of_scope"),
        ("这个先放一边 评上助理以后能进事业编不", "annual_review_results", "out_of_scope"),
        ("取得技师后满3年评工程师 是从考试那天算还是发证那天算", None, "policy"),
        ("我们评委会想问下，高技能人才单独分组评审，有没有硬性规定人数？", None, "policy"),
        ("评职称那个申报表能帮我填一下不", None, "out_of_scope"),
        ("厂里欠了俺三个月工资 这个咋整", "technical_work_interrupted", "out_of_scope"),
        ("哈哈 你这机器人还挺会问", "major_contribution", "smalltalk"),
        ("食饱未 阮想问一下代志", None, "smalltalk"),
        ("哈哈你这个机器人问得还挺细", "honours", "smalltalk"),
        ("唉 评个职称咋这么费劲 问了一圈没一个说得明白", None, "smalltalk"),
        ("5人以上就要单设 那含不含5个", "applicant_count", "policy"),
        ("国庆节你们放不放假", None, "smalltalk"),
        ("都不是 我是社区的 在给居民写政策宣传单", "track", "policy"),
        ("规上？就系统计局讲嘅嗰个吗", "enterprise_above_scale", "policy"),
        ("评委会单设高技能人才评审组 是不是要5个人以上", None, "policy"),
        ("5人以上是不是就必须单设 还是说可以不设", "applicant_count", "policy"),
        ("高精尖缺是哪个来认定嘞", "honours", "policy"),
        ("我的是州里认定的", "honours", "eligibility"),
        ("能帮我查下我那个技师证是哪年发嘞不 证找不着了", "skill_certificates_obtained", "out_of_scope"),
        ("能帮我看看我够不够 证找不着了", "skill_certificates_obtained", "eligibility"),
        ("是不是三年考核都要合格才行", "annual_review_results", "policy"),
        ("5人以上是指技能人才5个 还是全部申报嘞人啊", "applicant_count", "policy"),
        ("5人以上是不是就要单设？我们是6个", "applicant_count", "eligibility"),
        ("北京朝阳 做直播运营的 互联网营销师二级 想问这个能评哪个系列的职称", None, "eligibility"),
        ("高级工和技师评职称 哪个快点？我现在是高级工", None, "policy"),
        ("评职称的申报材料能不能帮我写一下 我文化低不会写", None, "out_of_scope"),
        ("近3年是哪3年哦 今年的算不算", "annual_review_results", "policy"),
        ("我不是自己报 我在村委会帮忙弄政策明白纸 想把技师评工程师那段写准确", "track", "policy"),
        ("这个先放一边 你就说评上技师工资一个月能多几百", "cumulative_work_years", "out_of_scope"),
        ("哈哈 你这个机器人问得还挺细嘞", "technical_work_interrupted", "smalltalk"),
        ("高级工 技师 高级技师 分别能对应评啥职称啊", None, "policy"),
        ("我是技师 分别要啥条件", None, "eligibility"),
        ("咱就是说 评个职称咋恁费劲 问了一圈也没人说得明白😮‍💨", None, "smalltalk"),
        ("规模以上是按啥认定嘞 营业额还是人数", "enterprise_above_scale", "policy"),
        ("唉 评个职称咋恁费劲 问了一圈也没人说得明白", None, "smalltalk"),
        ("稍等 我去翻下证", "skill_certificates_obtained", "eligibility"),  # a pause inside the check
        ("稍等哈 我问下他", "annual_review_results", "eligibility"),
        ("唔该晒 我返去问下人事 听日再同你讲", "annual_review_results", "smalltalk"),  # leaving for now
        ("西藏这边有没有贯通的细则", None, "policy"),
        ("能帮我写一下评职称的申报材料不", None, "out_of_scope"),
        ("技校毕业算大专学历吗", None, "out_of_scope"),
        ("近3年考核合格 是哪3年哦", "annual_review_results", "policy"),
        ("轻工？还是农业？你帮我看哪个好", "series", "eligibility"),
        ("我是市总工会的 有会员问高级技师能不能评副高 要干满几年", None, "policy"),
        ("规上是按营业额还是人数算嘞", "enterprise_above_scale", "policy"),
        ("你先说下 5人以上是指技能人才5个 还是全部申报的人", "applicant_count", "policy"),
        ("是按证书上的时间还是按文件时间算？证书上写的是2022年6月", "title_obtained", "eligibility"),
        ("规上？是按营业额算还是按人数算", "enterprise_above_scale", "policy"),
        ("哎呀 评个职称咋恁麻烦 问这问那嘞😮‍💨", "annual_review_results", "smalltalk"),
        ("一个高级工要评到副高 最快要多少年", None, "policy"),
        ("想辞职 要提前多久说", None, "out_of_scope"),
        ("单设评审组是5人以上 那含不含5个 我们在写评审工作指引", None, "policy"),
        ("专业技术人员有了中级职称 是不是就能直接报技师不用先考高级工 我们在做职工读本", None, "policy"),
        ("有个问题想问 一个高级工要评到副高 最快要多少年", None, "policy"),
        ("唔该晒 你哋好有用👍", "annual_review_results", "smalltalk"),
        ("2016年考咗三级高级工，之后辞职返乡凑仔凑咗四年，想问可唔可以评助理工程师", None, "eligibility"),
        ("规上？是按产值算还是人数算 我不太清楚", "enterprise_above_scale", "policy"),
        ("有人没 回个话", None, "smalltalk"),
        ("我问的是高工", "target_level", "eligibility"),
        ("我们这有个徒弟 他问我技师能不能直接评高级工程师 我说不行 他不信 你给评评理", None, "policy"),
        ("5人以上要单设评审组 这个5人是指技能人才5个还是全部申报的人", None, "policy"),
        ("技师评工程师的时候 评委里头有没有技能人才？还是全是搞技术的专家", None, "policy"),
        ("头都大了 评个职称咋恁麻烦 😮‍💨", None, "smalltalk"),
        ("河北唐山 高炉炉前工 技师 二〇一九年的证 俺们厂里说技师评工程师得先有助理 是这样不", None, "policy"),
        ("宁夏这边有没有一个人又是技师又是工程师的 这种人多不多", None, "out_of_scope"),
        ("喂 有冇人啊", None, "smalltalk"),
        ("你介机器人还挺能问 嘛时候下班啊哈哈", "annual_review_results", "smalltalk"),
        (
            "我们在编写公司内部《技能人才职称申报指引》，想确认一下：单设评审组这个是国家文件规定的还是云南文件的？",
            None,
            "policy",
        ),
        ("规上？是按产值算还是按人数算的", "enterprise_above_scale", "policy"),
        ("高级工程师好申请高级技师评价伐？", None, "policy"),
        ("哎呀妈呀 评个职称咋这么多说道", None, "smalltalk"),
        ("我是市总工会的 有会员问 高级技师评副高要几年", None, "policy"),
        ("有个事想问问 我不是给自己问 是我们村的支书让问的 村里种茶的有高级工证的能不能评农艺师", None, "policy"),
        ("额滴神 评个职称咋这么多说道", None, "smalltalk"),
        ("哎呀 你这问嘞额头都大咧 评个职称咋这么麻达", "annual_review_results", "smalltalk"),
        ("阮是总工会嘅 有会员问 技师评工程师 考核是看几冬", None, "policy"),
        ("我是市总工会的 有会员问 技师能不能评工程师", None, "policy"),
        ("评上工程师了社保缴费基数能不能跟着往上调啊 俺们单位管这个的也说不明白", None, "out_of_scope"),
        ("头都大了 评个职称咋恁多说道", None, "smalltalk"),
        ("头都大了 这些政策咋一个字都看不懂😭", None, "smalltalk"),
        ("技校毕业的能不能升大专啊", None, "out_of_scope"),
        ("就是想先了解下政策 没啥具体的", "track", "policy"),
        ("高级技师满4年评副高，这个4年是从证书发证日期开始算吗？一般怎么掌握", None, "policy"),
        ("师傅们好👋 高级工证刚到手🎉 啥时候能评助理工程师啊😂", None, "eligibility"),
        ("规上？是按产值算还是按人数算的 这个我们不太清楚", "enterprise_above_scale", "policy"),
        ("头都大了 评个职称咋咁多嘢问😩", "technical_work_interrupted", "smalltalk"),
        ("技校毕业的能不能转成大专学历啊", None, "out_of_scope"),
        ("今年职称申报啥时候开始 截止到几号啊", None, "out_of_scope"),
        ("你们这个和12333哪个说了算", None, "smalltalk"),
        ("额想把户口落到银川 技校毕业证能不能当大专用", None, "out_of_scope"),
        ("你这问得我头都大了 啥大奖啥津贴的", "honours", "smalltalk"),
        ("我是技工学校的老师 想问下高级工班毕业的学生 毕业就能评助理工程师吗", None, "policy"),
        ("😂😂 评个职称咋这么多名堂哦", None, "smalltalk"),
        ("你好凶哦 啥子都晓得 😄", "series", "smalltalk"),
        ("我是新余钢厂工会的 我们这边好多技师都想晓得 评工程师要近三年考核合格 是哪三年", None, "policy"),
        ("头都大了 评个职称咋恁多名堂", "skill_certificates_obtained", "smalltalk"),
        ("唉 这个咋个这么难懂哦😂", "series", "smalltalk"),
        ("你这个机器人还挺能问的哈哈", "technical_work_interrupted", "smalltalk"),
        ("喂 有人没", "organiser_topic", "smalltalk"),
        ("我在乡镇做就业服务 经常有茶农问 高级工是不是就能评助理农艺师了", None, "policy"),
        ("技师评中级职称 那个三年是从拿证那天开始算 还是从上岗开始算", None, "policy"),
        ("取得技师后满3年 是从发证那天算吗", "skill_certificates_obtained", "policy"),
        # round 173
        ("我是青岛一家职业技能等级认定机构的 经常有来的人问 我有中级职称能不能直接认定技师 文件咋说的", None, "policy"),
        ("你好 我是镇江一家造船厂工会的 厂里好多电焊工都想晓得 评职称说的近三年考核合格 是哪三年", None, "policy"),
        ("烦死 交咗三次材料都话唔啱 评个职称咁多嘢", None, "smalltalk"),
        ("额滴神 这评职称的文件咋写得跟天书一样 看得额头都大咧", None, "smalltalk"),
        ("冬至食咗汤圆未 我哋厂今日放半日假 嘻嘻", None, "smalltalk"),
        ("过年好啊 正月初八就开工了 俺们矿上就这样 命苦", None, "smalltalk"),
        ("今日落大雨 厂里水浸 搞到成身湿晒 唉", None, "smalltalk"),
        ("工程师和技师 边个难考啲 我想拣一个", None, "policy"),
        ("高工是高级工还是高级工程师 我们厂里叫法乱的很 我是高工 想评个再高一级的", None, "eligibility"),
        (
            "我是临沂一个蔬菜合作社的农技员 农艺工高级技师是2020年3月的证 想评个高级农艺师 "
            "另外听说有绝活的能走绿色通道 那个是咋回事",
            None,
            "eligibility",
        ),
        ("烦死哒 评个职称咯多名堂", "honours", "smalltalk"),
        ("我不是申报的 是技工学校老师 想给学生讲讲这个政策", "track", "policy"),
        ("你这个机器人还挺能问的 哈哈", "major_contribution", "smalltalk"),
        ("今天教师节 学生送了束花 心情好 你接着问", "honours", "smalltalk"),
        ("今天三八节 厂里发了桶油 嘿嘿 高兴", "series", "smalltalk"),
        ("你好 我是厂里管人事的 以后员工来问职称的事 我能不能直接把你这个链接发给他们自己问啊", None, "smalltalk"),
        ("云南这边其他系列的技能人才评职称 是不是也要高级工满2年 技师满3年这些", None, "policy"),
        ("问个政策：技工院校老师里头有高级技师证的，一般评的是哪个系列", None, "policy"),
        ("我是工会干事 帮职工问下 像我们这种烤烟厂的 有技师证的 去评农业系列还是工程系列 谁说了算", None, "policy"),
        ("帮我们村支书问的 村里种三七的有高级工证的 能不能评农业职称 在文山", None, "policy"),
        ("我是一家养老院的人事 护理员有高级工证的 能不能评职称 评哪个系列", None, "policy"),
        ("谁能认定我有没有绝活？是单位说了算还是评委会说了算", None, "policy"),
        (
            "我们这边是12333 来电人问的是 绿色通道里说的高精尖缺高技能人才是哪个部门认定的 市里认定的算不算",
            None,
            "policy",
        ),
        ("HR这边，想确认一下“单独分组、单独评审”是不是只有云南有 外省能不能申请", None, "policy"),
        ("我们是民营企业 员工技师评上工程师以后 工资是不是必须给他往上调？有没有文件规定", None, "out_of_scope"),
        ("我们护林员的工资是县里发还是林业局发啊 拖了两个月了", None, "out_of_scope"),
        ("工程噻 我们搞设备的 不是工程是啥子", "series", "eligibility"),
        ("直播带货这种新职业能评职称不😂", None, "policy"),
        ("请问5人以上要单设评审组 是指技能人才5个还是全部申报的人", None, "policy"),
        ("哪个系列能评无人机的职称啊 工程还是农业", None, "policy"),
        ("我是长沙做无人机培训的 有个机构想问 学员拿了无人机驾驶员高级工 以后能不能评职称 哪个系列", None, "policy"),
        ("是不是要三年考核都合格才行 哪三年啊 从拿证那年算吗", "annual_review_results", "policy"),
        ("养老这块属于啥子系列哦 卫生？", "series", "eligibility"),
        ("👌", "technical_work_interrupted", "eligibility"),
        ("技师佮工程师 佗一个卡大？", None, "policy"),
        ("评上副高之后仲可唔可以再评正高㗎", None, "policy"),
        ("正高职称退休以后还能申请高级技师不", None, "policy"),
        ("早晨 今日好焗啊", None, "smalltalk"),
        ("唉 评个职称咁多嘢问 烦死", "annual_review_results", "smalltalk"),
        ("不是工程是啥子 我们都是修铁路机车的", "series", "eligibility"),
        # round 179
        ("哈哈 你还挺能问的 问完没得", "honours", "smalltalk"),
        ("我是学校的老师 要给技校学生讲高技能人才评职称的政策 高级工评助理级是要干满两年吗", None, "policy"),
        ("技师评工程师的那个三年 是哪三年啊", None, "policy"),
        ("我们那边好多放牧的都问 有高级工证的牧民能评农业职称不", None, "policy"),
        ("大哥问一下 高级工干满两年就能评助理工程师了不", None, "policy"),
        ("请问一下，专业技术人员有中级职称的，能去考技师吗？", None, "policy"),
        ("为啥非要高级工以上才能评职称 中级工就不行？", None, "policy"),
        ("社保断了两年 还能评职称不 我是技师", None, "out_of_scope"),
        ("申报材料要准备哪些 身份证要复印几份", None, "out_of_scope"),
        ("评上高级职称能不能让娃在城里上公办学校", None, "out_of_scope"),
        ("我儿子在技校读书 他能评职称不", None, "eligibility"),
        ("你讲嘅突出贡献系咩标准嚟㗎", "major_contribution", "policy"),
        ("高级工和技师哪个评职称更划算啊 我同事说技师能评工程师 我现在是高级工 二三年拿的", None, "policy"),
        ("不对不对 是技师 刚才打错了", None, "eligibility"),
        # round 180
        ("评着工程师 涯个工资会唔会加", None, "out_of_scope"),
        ("我们班组五个人 都是高级工 都能评职称不", None, "policy"),
        ("技工院校的老师有技师证的 能不能评讲师啊 我们学校好几个都在问", None, "policy"),
        ("哈哈你问得蛮细的咧 跟查户口一样", "honours", "smalltalk"),
        ("突出贡献是么样算啊 有个么标准冇", "major_contribution", "policy"),
        # round 181
        ("快过年了 祝你们新年快乐 明年再来问职称的事", None, "smalltalk"),
        ("国庆快乐 今天放假还在想职称的事 睡不着😂", None, "smalltalk"),
        ("评个职称咋这么麻烦 问了一圈也没人说得明白 烦死咧", None, "smalltalk"),
        ("嗯个话好多哦 么子大奖么子津贴 搞得我头都晕了", "honours", "smalltalk"),
        ("请问技工院校教师能不能走这个贯通 我们学校好多实习指导老师都是技师", None, "policy"),
        ("长治的 人家说评职称得有论文 俺一个开挖掘机的哪会写论文", None, "policy"),
        ("考核的事我要问下人事 对了 申报材料要准备么子 复印几份", "annual_review_results", "out_of_scope"),
        ("我爸高级技师 明年就退休了 现在评个副高 退休金会不会高点", None, "out_of_scope"),
        # round 182
        ("评上工程师以后能调岗不 俺不想天天倒班了", "technical_work_interrupted", "out_of_scope"),
        ("今天最后一天班了 明年见", None, "smalltalk"),
        ("我是楚雄州嘞 高级工 想问下高级工一般要几年才能评助理级", None, "policy"),
        ("我是技师 想问下一般来讲技师评工程师那个三年 是从拿证那天算起还是从年底算", None, "policy"),
        ("请问下 高级工评助理工程师一般要干满几年啊？我自己就是高级工 想知道我够不够", None, "eligibility"),
        # round 183
        ("朋友讲高级技师能直接评高级工程师 真的假的", None, "policy"),
        ("高级工为啥非得干满两年才能评助理 恁给说说", None, "policy"),
        ("恁这机器人还怪中嘞 说话怪得劲", None, "smalltalk"),
        ("好了没得 问完没得 俺还要上班", "series", "smalltalk"),
        ("高级工要做够几耐先可以报助理工程师㗎", None, "policy"),
        ("评咗工程师之后人工会唔会加 我而家先五千蚊一个月", None, "out_of_scope"),
        ("早晨 食咗早餐未呀", None, "smalltalk"),
        ("近三年系边三年 今年算唔算", "annual_review_results", "policy"),
        # round 184
        ("咋恁多名堂 烦死咧", "honours", "smalltalk"),
        ("跟着包工头干的 哪有啥子考核哦", "annual_review_results", "eligibility"),
        ("唉 周一电话又多得接不过来 你这机器人倒是不累哈", None, "smalltalk"),
        (
            "我们公司人事部的，有三个技师都想报工程师，一个是2020年拿的证，另外两个是22年的，文件上是不是说要满三年？",
            None,
            "policy",
        ),
        ("技能竞赛获奖、工法、技术报告、带徒弟这些，能不能当成职称评审的业绩材料来用", None, "policy"),
        ("绿色通道特殊评审的具体办法 是国家统一定还是各地自己定", None, "policy"),
        ("96号文最后写的联系单位是哪个司 我们要在答复里注明", None, "policy"),
        ("高级技师能不能评正高级职称 还是最多只能到副高", None, "policy"),
        ("高技能人才参加职称评审要“近3年年度考核合格” 这个近3年是哪3年", None, "policy"),
        ("技工院校人事处 想问一下学校里有高级技师证的老师 评高级讲师走哪个系列", None, "policy"),
        # round 185
        ("过年好 嘎哈呢 还上班呢啊机器人", None, "smalltalk"),
        ("好额 谢谢侬 今朝先到这 下趟再问 拜拜", "occupation_matches_post", "smalltalk"),
        ("朋友讲技师会使直接评高级工程师 有影无", None, "policy"),
        ("高级工做满两冬就会使评助理工程师 敢是按呢", None, "policy"),
        ("人工会唔会因为评咗职称加啊", None, "out_of_scope"),
        # round 186
        ("技工院校的老师 手上有高级技师证的 一般能走哪个系列评职称", None, "policy"),
        ("随便问问 我师兄说技师现在能评工程师了 真的假的", "track", "policy"),
        ("额滴个神 这政策看得额头昏脑涨的", None, "smalltalk"),
        ("单设评审组那个5人 是报名5人还是通过初审5人", None, "policy"),
        ("我是乌鲁木齐的焊工技师 20年的证 想问一下近3年年度考核 是哪三年 是22 23 24还是23 24 25", None, "policy"),
        ("我带的五个徒弟都是高级工 都想评助理 一起报行不行", None, "policy"),
        ("景洪嘞 割胶工技师 想问技师评工程师嘞三年 是从考试算还是发证算", None, "policy"),
        ("怒江这边信号差 打字慢 莫见怪哈", None, "smalltalk"),
        # round 187
        ("问一下 高级工干满两年就能评助理工程师了不 俺们段上好多人在传", None, "policy"),
        ("俺是邯钢嘞技师 想问下评上工程师能不能把户口落到石家庄", None, "out_of_scope"),
        ("听说山东出了个文件 高级工能直接评工程师 真嘞假嘞", None, "policy"),
        ("在不在 你是哪样机器人哦", None, "smalltalk"),
        ("这个先莫说 我想问哈 职称评下来以后工资咋个算", "annual_review_results", "out_of_scope"),
        ("我家娃娃想考技师学院 分数线是好多", None, "out_of_scope"),
        ("哈哈 你这个机器人还会问得很", "annual_review_results", "smalltalk"),
        # a stranger's reply, in review
        ("想问问我这种高级工能评什么", "track", "eligibility"),
        # round 189
        (
            "写解读稿的，想确认一下：高级技师满4年评副高，这4年要求从事技术技能工作，那中间调去管理岗的算不算在里面？",
            None,
            "policy",
        ),
        ("正高级工程师能不能申请高级技师评价？文件里是怎么写的", None, "policy"),
        ("技师评工程师那个满3年，是拿证以后满3年还是参加工作满3年？", None, "policy"),
        ("我是在家带了两年孩子刚回来的 汽车维修工技师 19年拿的 想问两个：一是能评工程师不", None, "eligibility"),
        ("过年好啊 正月十五都过了俺们厂还没开工呢", None, "smalltalk"),
        # round 190
        ("gjg评zc要干满几年啊 问下", None, "policy"),  # the question said first, then that it is one
        ("技工院校嘅老师有技师证 可唔可以评讲师 我同事问我 我都唔知", None, "policy"),
        ("你们看哪个能上 就哪个", "target_level", "eligibility"),
        ("我是助理工程师 听说文件里说专业技术人员也能参加技能评价 是哪一条写的", None, "policy"),
        # round 191
        ("高级工干满两年就能评助理工程师了不 俺们车间都在传 真嘞假嘞", None, "policy"),
        ("乖乖 这政策看得我头都大了 一堆字", None, "smalltalk"),
        # round 192
        ("稍等 来电人说要去翻一下考核表", "annual_review_results", "eligibility"),
        ("你这个机器人还挺能问嘞", "technical_work_interrupted", "smalltalk"),
        ("员工要是评上工程师了 工资要不要跟着调", None, "out_of_scope"),
        ("核对一下 文件原话是「近3年年度考核合格」还是「近三年年度考核均为合格」 我们稿子要一字不差", None, "policy"),
        ("想问下 技师满3年评中级 呢个3年係由攞证嗰日计定係由入职计", None, "policy"),
        ("我在遵义 帮我们村支书问嘞 村里养蜂嘞有高级工证嘞 能评农业职称不", None, "policy"),
        ("交上来5个 都是技师 正好5个算不算5人以上嘛", "applicant_count", "eligibility"),
        # round 193
        ("吉林 长春 今天零下二十多度 冻透了", "province", "eligibility"),
        # round 194
        ("额滴个神 这么多文件谁看得懂", None, "smalltalk"),
        ("你好呀 机器人也要考职称吗哈哈", None, "smalltalk"),
        ("评上助理畜牧师以后 能不能考编进畜牧局", None, "out_of_scope"),
        ("我们私人的火锅店 哪有啥子年度考核哦 老板说干得好就发红包", "annual_review_results", "eligibility"),
        (
            "我在做一期短视频 讲技能人才评职称的 想确认一下 高级工干满两年评助理级 这个两年是从拿证那天算吗",
            None,
            "policy",
        ),
        ("想问一下 技工院校教师系列跟这个贯通有关系吗 我们学校实习指导老师好多都有技师证", None, "policy"),
        ("96号文里说的“近3年年度考核合格” 是按自然年算还是按申报那天往前推三年啊 我们单位搞培训要讲", None, "policy"),
        ("助工是我研究生毕业第二年评的 我是19年毕业", "title_obtained", "eligibility"),
        # round 195
        ("想问下 私企的高级工也能评职称吗 文件里光说企业 也没说民营还是国企", "technical_work_gap_years", "policy"),
        (
            "单设评审组的话 文件说高技能人才评委要占一半以上 是占评审组的一半还是整个评委会的一半",
            "applicant_count",
            "policy",
        ),
        ("文件说自印发之日起施行 那2020年12月30日之前拿的技师证还算不算", "skill_certificates_obtained", "policy"),
        ("文件里的「高精尖缺」高技能人才到底指啥 谁来认定 有名单没", "honours", "policy"),
        ("ping zhicheng yao lunwen ma", "technical_work_gap_years", "policy"),
        ("得嘞 谢了啊 那俺回去跟段里说一声 明天去交材料", None, "smalltalk"),
        ("烦死了 评个职称跟唐僧取经似的", None, "smalltalk"),
        (
            "唔该 想问下 技师评工程师 文件写「从事技术技能工作满3年」 我做培训讲师教焊接 算唔算技术技能工作",
            None,
            "eligibility",
        ),
        # round 196
        ("俺寻思问问 恁这个机器人是哪个单位整的", None, "smalltalk"),
        ("恁问这么多 俺脑子都乱了", "technical_work_gap_years", "smalltalk"),
        ("先勿讲搿个 职称评上了好加几级工资", "technical_work_gap_years", "out_of_scope"),
        ("一直在干 没离开过 顺便问下文件里说嘞技术技能工作 开叉车算不算", "technical_work_gap_years", "eligibility"),
        ("天津的 高级技师 想考个审计师 文件里说能考吗", None, "eligibility"),
        ("评上工程师以后工资能涨多少啊 有没有文件规定", None, "out_of_scope"),
        # round 197
        ("网上传“技师等于工程师 高级技师等于高级工程师” 这种说法准确吗", None, "policy"),
        ("绿色通道那句“可直接申报评审正高级或副高级职称” 到底评正高还是副高 谁说了算？", None, "policy"),
        ("正高级工程师能不能申请高级技师评价 文件里好像只写了助理 中级 副高 没写正高？", None, "policy"),
        ("专业技术人员用职称申请了技师 后面想晋级高级技师 是按职称算还是按技师满1年算？", None, "policy"),
        ("我是技师 22年拿的 问一下 技能人才一般能走哪几个系列 是不是只有工程", None, "policy"),
        ("新兴职业的贯通办法 云南省到底出台了没有？我找了半天没找到", None, "policy"),
        ("三八节单位组织学文件 问下96号文是哪年发的 有冇过期", None, "policy"),
        ("文件说不把学历、论文作为限制性条件 那评审材料里到底还要不要交论文？", None, "policy"),
        ("么事叫突出贡献 要么样的证明", "major_contribution", "policy"),
        ("我的技师证会过期吗", None, "out_of_scope"),
        # round 198
        ("你们这机器人还挺能问 比俺们车间主任还磨叽 哈哈", "series", "smalltalk"),
        ("哈哈哈 你比我们hr还专业", "annual_review_results", "smalltalk"),
        ("我是太原市职称办的 想问一下高技能人才单设评审组 是几个人以上才要单设", None, "policy"),
        ("文件里说的工程 农业那几个系列 到底都有哪些 你给俺念念", "series", "policy"),
        ("考核不考核的不重要 俺想知道评上了单位给不给涨工资", "annual_review_results", "out_of_scope"),
        ("我gjg 想换个厂 东莞这边有没有推荐的", None, "out_of_scope"),
        # round 199
        ("评上职称能多加几百块工资不", None, "out_of_scope"),
        ("技师证能不能直接换工程师证", None, "policy"),
        # round 200
        ("今朝热煞脱了 侬好", None, "smalltalk"),
        ("你们这个机器人说话还板扎嘞 比我们厂人事还讲得清楚", "skill_certificates", "smalltalk"),
        ("哎哟你咯个机器人还蛮灵泛咯 问得比我们人事还细", "skill_certificates", "smalltalk"),
        ("侬问了交关多 阿拉头也昏脱了", "meets_occupation_standard", "smalltalk"),
        (
            "江苏省某工程系列高级评委会的办公室 想问技能人才评委要占一半以上 这个是国家文件规定的还是只有云南这么规定",
            None,
            "policy",
        ),
        # round 201
        ("俺有高级工证 能不能换个大专学历 俺在淄博", None, "out_of_scope"),
        ("评上高级技师以后 娃能不能在太原上个好学校", None, "out_of_scope"),
        ("我是楚雄嘞 绣花嘞 州里头给过我个津贴 听说有津贴嘞可以直接评副高 是不是嘞", None, "eligibility"),
        ("就是州政府给嘞那个津贴 一个月几百块 其他嘞没得", "honours", "eligibility"),
        ("评边个级别我都未谂好 你帮我睇下最高可以评到边个", "target_level", "eligibility"),
        # round 202
        ("工程 要么就是工艺美术 你看哪个好评", "series", "eligibility"),
        ("工伤养了俩月 脚好了就回去干了 别嘞时候都在", "technical_work_interrupted", "eligibility"),
        # round 203
        ("谢谢你哈 讲得比我们单位人事清楚多了👍", "series", "smalltalk"),
        ("今天忙死了 晚上十点才有空来问😮‍💨", "target_level", "smalltalk"),
        ("好的 你们这个真方便 比翻文件快多了", "cumulative_work_years", "smalltalk"),
        ("今天就问到这 谢谢贯通助手 祝你们工作顺利🙏", "occupation_matches_post", "smalltalk"),
        ("扎西德勒 你这个机器人会不会说藏语嘛", None, "smalltalk"),
        ("都不是 我就想问问我们合作社牧民里有高级工证的 能评啥职称", "track", "policy"),
        ("高级工评上助理工程师以后 再拿了技师证 是按技师满三年评工程师 还是得按助理工程师的年限走？", None, "policy"),
        (
            "我是焊工技师 22年拿的证，想问下我现在能评工程师了吗？另外一般高级工评助理工程师要几年？",
            None,
            "eligibility",
        ),
        (
            "我是高级工 17年拿的 在西宁干电焊 我想问我能评啥职称 还有就是文件里说的“相应专业”是啥意思",
            None,
            "eligibility",
        ),
        ("规模以上？么子叫规模以上？我们就六十来个人 一年产值几百万 肯定不是", "enterprise_above_scale", "eligibility"),
        ("年限？标准要求多少？我干了十四年了 肯定够", "meets_occupation_standard", "eligibility"),
        ("🤔", "honours", "eligibility"),  # says nothing: the question stands
        ("谢谢，我回去问问人事再来", "annual_review_results", "eligibility"),  # the answer put off
        ("我们班组有6个技师 都想评工程师 一般要满几年啊", None, "policy"),  # a group's wish, a general rule asked
        ("啥叫助理级 是不是就是助理工程师", "target_level", "policy"),  # the word asked back, twice
        # round 204
        ("你係人还係机器人哦 𠊎听唔出来", None, "smalltalk"),
        ("矿上嘞井下津贴咋个算 有文件不", None, "out_of_scope"),
        (
            "我们是建筑公司HR 想问下技术工人评上职称以后 公司资质申报能不能把他们算进中级职称人员里",
            None,
            "out_of_scope",
        ),
        ("我是市总工会的 最近好多快递小哥来问 他们有快递员高级工证的 能不能评职称", None, "policy"),  # many, relayed
        ("来电人问 高级工干满两年就能评助理工程师了不", None, "policy"),  # the caller's question, relayed
        ("省里评过个「湖南工匠」 不晓得算不算", "honours", "eligibility"),  # what was given, quoted
        ("啥算绝活？我会修老式的德国海德堡印刷机 这个算不", "front_line_mastery", "policy"),  # offered, then asked
        # round 205
        ("中不中啊这 能问事儿不", None, "smalltalk"),  # may I ask: a greeting, not a topic
        # round 206
        # whose rule it is
        ("单设评审组那个 5人以上应当单设 这个是全国的规定还是只有云南这么规定", None, "policy"),
        ("大理周城那边做扎染的好多老嬢嬢 一辈子都在染布 就是没得证 这种能评职称不？", None, "policy"),  # others
        ("都不是 不是我自己报 我在给公司写职工读本 想把技师评工程师那块写对", "track", "policy"),  # an explainer
        ("近三年是指哪三年嘛？22 23 24都是合格嘞", "annual_review_results", "eligibility"),  # asked, then answered
        ("我现在就在茶厂做审评 对口噻", "occupation_matches_post", "eligibility"),
    ],
)
def test_words_of_the_hundred_and_thirty_seventh_round_are_routed(text, pending, intent):
    assert routed(text, pending).intent == intent


def test_whose_rule_a_route_is_asked_in_reply_is_a_policy_question():
    assert routed("这个绝活评审是云南嘞规定还是全国都有嘞", "front_line_mastery").intent == "policy"


def test_a_rumour_asked_about_in_dialect_is_a_policy_question():
    assert routed("师傅说技师可以直接评高级工程师 真嘞假嘞", None).intent == "policy"
