"""The shared vocabulary: its canonical names are the rules' parameters (the one copy of every
policy list) and the documents' words; every alias keeps what it says (level, series, honour level)."""

from collections import Counter

import pytest

from corpus.lexicon import load_lexicon
from rules import load_parameters

P = load_parameters()
POLICY_LISTS = {
    "skill_level": P.value("skill_levels"),
    "title_level": P.value("title_levels"),
    "series": P.value("integrated_series"),
    "exam": P.value("qualification_exams"),
}


@pytest.mark.parametrize("kind", sorted(POLICY_LISTS))
def test_the_policy_lists_come_first_in_the_parameters_order(kind):
    """The rules' own list comes first, in its order (other exams may follow)."""
    names = POLICY_LISTS[kind]
    assert [e.canonical for e in load_lexicon().of_kind(kind)][: len(names)] == names


def test_every_green_channel_honour_is_read_with_its_name_and_level():
    lexicon = load_lexicon()
    for entry in P.value("green_channel_honours"):
        mention = lexicon.honours_in(entry["listed_as"].replace("“", "").replace("”", ""))[0]
        assert mention.name == entry["honour"]
        assert mention.level in (entry["minimum_level"], None) or entry["listed_as"].startswith("各省")


@pytest.mark.parametrize(
    ("said", "name", "level"),
    [
        ("全国技术能手", "技术能手", "国家级"),
        ("省技术能手", "技术能手", "省级"),
        ("州里评的技术能手", "技术能手", "市级"),
        ("技术能手", "技术能手", None),
        ("国务院特殊津贴", "政府特殊津贴", "国家级"),
        ("州政府津贴", "政府特殊津贴", "市级"),
        ("省级技能大师工作室带头人", "技能大师工作室带头人", "省级"),
        ("市里认定的高精尖缺人才", "高精尖缺高技能人才", "市级"),
        ("云南省人民政府认定的高精尖缺人才", "高精尖缺高技能人才", "省级"),
        ("中华技能大奖", "中华技能大奖", "国家级"),
        ("在市场上当过技术能手", "技术能手", None),
    ],
)
def test_honours_keep_their_qualifier(said, name, level):
    mention = load_lexicon().honours_in(said)[0]
    assert (mention.name, mention.level) == (name, level)


def test_skill_grades_are_aliases():
    lexicon = load_lexicon()
    assert [lexicon.lookup(g).canonical for g in ("五级", "四级", "三级", "二级", "一级")] == POLICY_LISTS[
        "skill_level"
    ]


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("我是高级茶艺师", ("高级茶艺师", "skill_level", "高级工")),
        ("她有中级育婴员的证", ("中级育婴员", "skill_level", "中级工")),
        ("想考个高级电工", ("高级电工", "skill_level", "高级工")),
        ("我是高级工程师", ("高级工程师", "series_title", "高级工程师")),
        ("考中级会计师", ("中级会计", "exam", "会计")),
        ("高级讲师", ("高级讲师", "series_title", "高级讲师")),
        ("高级技师", ("高级技师", "skill_level", "高级技师")),
    ],
)
def test_a_grade_before_an_occupation_is_a_skill_level_and_before_a_title_is_not(text, read_as):
    (match,) = load_lexicon().find(text)
    assert (match.surface, match.entry.kind, match.entry.canonical) == read_as


def test_a_grade_before_a_management_occupation_is_left_unread():
    assert load_lexicon().find("高级人力资源管理师") == []  # the old name of 一级, not 三级: not guessed


def test_series_titles_name_a_known_series_and_level():
    lexicon = load_lexicon()
    series_named = {entry.series for entry in lexicon.of_kind("series_title")}
    for entry in lexicon.of_kind("series_title"):
        assert entry.series and entry.level in POLICY_LISTS["title_level"]
    assert set(POLICY_LISTS["series"]) - {"艺术", "体育"} <= series_named
    for title, series, level in [
        ("助理工程师", "工程", "助理级"),
        ("副研究馆员", "文物博物", "副高级"),
        ("高级讲师", "技工院校教师", "副高级"),
        ("副主任技师", "卫生", "副高级"),  # a title of a series outside the list, not the skill level 技师
    ]:
        entry = lexicon.lookup(title)
        assert (entry.kind, entry.series, entry.level) == ("series_title", series, level)
    assert lexicon.lookup("助工").canonical == "助理工程师"


def test_ambiguous_readings_resolve_to_entries():
    readings = load_lexicon().readings("高工")
    assert [(e.canonical, e.kind) for e in readings] == [("高级工程师", "series_title"), ("高级工", "skill_level")]
    for entry in load_lexicon().of_kind("ambiguous"):
        assert len(load_lexicon().readings(entry.canonical)) == len(entry.ambiguous) >= 2


def test_concepts_and_places():
    lexicon = load_lexicon()
    pairs = {
        "技工学校": "技工院校",
        "会计证": "会计",
        "写文章": "论文",
        "文化程度": "学历",
        "昆明": "云南",
        "软考": "计算机技术与软件",
    }
    assert {alias: lexicon.lookup(alias).canonical for alias in pairs} == pairs
    assert lexicon.lookup("大理").kind == "city"


def test_no_surface_belongs_to_two_entries():
    # A city entry's canonical is its province (昆明 → 云南): only its aliases are its own surfaces.
    counts = Counter(s.lower() for e in load_lexicon() for s in (e.aliases if e.kind == "city" else e.surfaces))
    assert {s: n for s, n in counts.items() if n > 1} == {}


def test_every_city_names_a_known_province():
    lexicon = load_lexicon()
    provinces = {e.canonical for e in lexicon.of_kind("province")}
    assert all(e.canonical in provinces for e in lexicon.of_kind("city"))


@pytest.mark.parametrize(
    ("said", "province"),
    [("雷山", "贵州"), ("郫都", "四川"), ("泾县", "安徽"), ("中宁", "宁夏"), ("鄠邑", "陕西"), ("澜沧", "云南")],
)
def test_a_county_names_its_province(said, province):
    entry = load_lexicon().lookup(said)
    assert (entry.kind, entry.canonical) == ("city", province)


@pytest.mark.parametrize("word", ["通道", "新兴", "路桥", "合作", "长寿", "城区", "矿区", "和平", "东方"])
def test_an_everyday_word_or_a_name_two_provinces_share_is_no_place(word):
    entry = load_lexicon().lookup(word)
    assert entry is None or entry.kind not in ("city", "province")


def test_the_generated_counties_only_add_places():
    hand_made, full = load_lexicon(counties=None), load_lexicon()
    added = [e for e in full if e not in hand_made.entries]
    assert added and {e.kind for e in added} == {"city"}


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("您 好 我 是 西 双 版 纳 的 橡 胶 工 高级工 一九年 拿 的", "您好我是西双版纳的橡胶工高级工一九年拿的"),
        ("我是技师 二三年拿的 想评工程师", "我是技师 二三年拿的 想评工程师"),
        ("22 23 24 合格 合格 优秀", "22 23 24合格合格优秀"),  # three years, not 222324
    ],
)
def test_voice_input_that_spaces_every_word_is_read_as_one_run(said, read):
    from corpus.normalise import normalise_text

    assert normalise_text(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("累计干了贰拾年", "累计干了二十年"),
        ("报了叁个 考核伍年都合格", "报了三个 考核五年都合格"),
        ("陆续来了几个 陆师傅也报了 收拾一下", "陆续来了几个 陆师傅也报了 收拾一下"),  # words, not numerals
    ],
)
def test_the_numerals_of_cheques_are_read_as_numbers(said, read):
    from corpus.normalise import normalise_text

    assert normalise_text(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("2O19.O7", "2019.07"),
        ("我是技市", "我是技师"),
        ("想评直称", "想评职称"),
        ("拿证两冬了", "拿证两年了"),
        ("中级经剂师", "中级经济师"),
        ("我想评高功", "我想评高工"),  # voice input, still to be asked which one
        ("高功率电机", "高功率电机"),
        ("中华技能大将 20年的", "中华技能大奖 20年的"),  # voice input
        ("一直勒岗位浪 全国技术能手啥的么没", "一直在岗位上 全国技术能手啥的都没"),  # 吴语
        ("年时才拿下来", "去年才拿下来"),  # 西北
        ("干了三年时间", "干了三年时间"),
        ("过年时回了趟家", "过年时回了趟家"),
        ("规上毋是啦", "规上不是啦"),  # 闽南
        ("是评艺术系列抑是工艺美术", "是评艺术系列还是工艺美术"),
        ("屋下系梅州嘅", "老家是梅州的"),  # 客家
        ("证仲未落", "证还没下来"),  # 粤语
        ("有两摆冇做", "有两次没做"),  # 客家
        ("摆摊卖过菜", "摆摊卖过菜"),
        ("老子是工程师噻 评起有六年了", "老子是工程师噻 评上有六年了"),  # 西南
        ("助理工程师 评好三年了", "助理工程师 评上三年了"),  # 吴语
        ("助理的阮嫌伊无啥意思", "助理的阮嫌伊没啥意思"),  # 闽南
        ("俺们厂自个儿能不能评", "俺们厂自己能不能评"),  # 北方话
        ("𠊎系惠州嘅", "我是惠州的"),  # 客家
        ("22年定23年啊", "22年还是23年啊"),  # 粤语
        ("唔係好对口", "不太对口"),
        ("全省冇几个人识", "全省没几个人会"),
        ("做到年尾先返车间", "做到年尾先回车间"),
        ("额就么不称职过", "额就没不称职过"),  # 陕西
        ("我师傅先至系高级技师", "我师傅才是高级技师"),  # 粤语
        ("二〇二〇年拾月", "二〇二〇年十月"),
        ("副高做得就副高 唔得个话中级都得", "副高做得就副高 不得的话中级都得"),  # 客家
        ("拢总合格", "都合格"),  # 吴语
        ("评个职称咯多名堂", "评个职称这么多名堂"),  # 湘语
        ("技帅证是一八年底拿的", "技师证是一八年底拿的"),
        ("想平副高级直称 能不能直接平", "想评副高级职称 能不能直接评"),
        ("2021年第三季度", "2021年9月"),
        ("技师佮工程师 佗一个卡大", "技师和工程师 哪一个更大"),  # 闽南
        ("这两冬阮拢在厂内底修机 无走去别位", "这两冬阮都在厂内底修机 没走去别位"),  # 闽南
        ("绝活说勿上", "绝活说不上"),  # 吴语
        ("zlgcs", "助理工程师"),
        ("工程噻 我们搞设备的 不是工程是啥子", "工程噻 我们搞设备的 工程"),
        ("你讲嘅突出贡献系咩标准", "你讲的突出贡献是什么标准"),  # 粤语
        ("冇关系什么的", "没关系什么的"),
        ("副高咯 高级工程丝", "副高咯 高级工程师"),
        ("高级工要做够几耐先可以报助理工程师", "高级工要做满多久才可以报助理工程师"),  # 粤语
        ("近三年系边三年", "近三年是哪三年"),  # 粤语
        ("评咗工程师之后人工会唔会加", "评了工程师之后工资会不会加"),  # 粤语
        ("有一年係基本合格", "有一年是基本合格"),  # 粤语
        ("系 我岗位就系做电工", "是 我岗位就是做电工"),  # 粤语: yes, said first
        ("拢佇做 毋捌断过", "都在做 没断过"),  # 闽南
        ("突出贡献勿敢讲", "突出贡献不敢讲"),  # 吴语
        ("咋没干 天天搁吊车上", "咋没干 天天在吊车上"),  # 东北
        ("跟电工勿搭界个", "跟电工不搭边"),  # 吴语
        ("够 年限恁长了咋会不够", "够 年限恁长了肯定够"),
        ("22年国庆节前头发的", "22年国庆节前头发的"),  # (the day before National Day: not October)
    ],
)
def test_typing_and_dialect_slips_are_read_as_meant(said, read):
    from corpus.normalise import normalise_text

    assert normalise_text(said) == read
