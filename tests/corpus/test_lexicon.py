from collections import Counter

from corpus.lexicon import load_lexicon

LEVELS = {
    "skill_level": ["初级工", "中级工", "高级工", "技师", "高级技师"],
    "title_level": ["员级", "助理级", "中级", "副高级", "正高级"],
    "series": ["工程", "农业", "工艺美术", "文物博物", "实验技术", "艺术", "体育", "技工院校教师"],
    "exam": ["经济", "会计", "统计", "审计", "翻译", "出版", "通信", "计算机技术与软件"],
    "honour": ["中华技能大奖", "全国技术能手", "国家级技能大师工作室带头人", "省级以上政府特殊津贴",
               "高精尖缺高技能人才"],
}


def test_canonical_names_are_the_documents_words():
    """The documents' own list comes first, in their order (other exams may follow)."""
    lexicon = load_lexicon()
    for kind, names in LEVELS.items():
        assert [e.canonical for e in lexicon.of_kind(kind)][:len(names)] == names


def test_skill_grades_are_aliases():
    lexicon = load_lexicon()
    assert [lexicon.lookup(g).canonical for g in ("五级", "四级", "三级", "二级", "一级")] == \
        LEVELS["skill_level"]


def test_series_titles_name_a_known_series_and_level():
    lexicon = load_lexicon()
    for entry in lexicon.of_kind("series_title"):
        assert entry.series in LEVELS["series"] and entry.level in LEVELS["title_level"]
    for title, series, level in [("助理工程师", "工程", "助理级"), ("副研究馆员", "文物博物", "副高级"),
                                 ("高级讲师", "技工院校教师", "副高级")]:
        entry = lexicon.lookup(title)
        assert (entry.kind, entry.series, entry.level) == ("series_title", series, level)
    assert lexicon.lookup("助工").canonical == "助理工程师"


def test_ambiguous_readings_resolve_to_entries():
    readings = load_lexicon().readings("高工")
    assert [(e.canonical, e.kind) for e in readings] == [("高级工程师", "series_title"),
                                                         ("高级工", "skill_level")]
    for entry in load_lexicon().of_kind("ambiguous"):
        assert len(load_lexicon().readings(entry.canonical)) == len(entry.ambiguous) >= 2


def test_concepts_and_places():
    lexicon = load_lexicon()
    pairs = {"技工学校": "技工院校", "会计证": "会计", "写文章": "论文", "文化程度": "学历", "昆明": "云南",
             "软考": "计算机技术与软件"}
    assert {alias: lexicon.lookup(alias).canonical for alias in pairs} == pairs
    assert lexicon.lookup("大理").kind == "city"


def test_no_surface_belongs_to_two_entries():
    counts = Counter(s.lower() for e in load_lexicon() for s in e.surfaces)
    # 云南 is the canonical of both the province entry and the city entry (cities → 云南).
    duplicates = {s: n for s, n in counts.items() if n > 1 and s != "云南"}
    assert duplicates == {}
