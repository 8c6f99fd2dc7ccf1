from corpus.normalise import to_half_width
from retrieval.normalise import normalise_query


def test_traditional_becomes_simplified():
    assert normalise_query("技師證滿三年，可以評中級職稱嗎").text == "技师证满三年,可以评中级职称吗"


def test_full_width_letters_digits_and_space_become_half_width():
    assert to_half_width("ＣＡＴＴＩ　２年！") == "CATTI 2年!"


def test_aliases_are_rewritten_to_the_documents_words():
    query = normalise_query("助工想评副高，会计证能考吗")
    assert query.rewritten == "助理工程师想评副高级,会计能考吗"
    assert {"助理工程师", "助理级", "工程", "副高级", "会计"} <= set(query.expansion)


def test_ambiguous_word_is_kept_and_expands_to_every_reading():
    query = normalise_query("高工能报正高吗")
    assert query.rewritten.startswith("高工")
    assert {"高级工程师", "高级工"} <= set(query.expansion)


def test_longest_surface_wins():
    surfaces = [m.surface for m in normalise_query("一级实习指导教师和高级工程师").matches]
    assert surfaces == ["一级实习指导教师", "高级工程师"]


def test_a_yunnan_city_implies_yunnan():
    assert "云南" in normalise_query("我在曲靖上班").expansion
