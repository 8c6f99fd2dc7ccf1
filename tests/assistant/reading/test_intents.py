"""A second opinion on intent from the nearest labelled messages (assistant/reading/intents.py)."""

import pytest

from assistant.pipeline import Assistant
from assistant.reading.intents import Example, IntentNeighbours, default_neighbours
from evals.understanding import dataset

SMALL_TALK = [Example(text, "smalltalk", False) for text in ("你吃饭了吗", "你吃了没", "吃饭了没有呀")]
POLICY = [Example(text, "policy", False) for text in ("技师能评工程师吗", "技师可以评工程师吗", "技师能不能评工程师")]


def test_the_nearest_examples_agreeing_closely_give_their_intent():
    neighbours = IntentNeighbours(SMALL_TALK + POLICY, threshold=0.85)
    assert neighbours.vote("你吃饭了没", is_reply=False) == "smalltalk"
    assert neighbours.vote("技师可不可以评工程师", is_reply=False) == "policy"


def test_no_opinion_when_the_nearest_disagree_or_are_far():
    mixed = SMALL_TALK[:2] + POLICY[:1]
    assert IntentNeighbours(mixed, threshold=0.5).vote("你吃饭了没", is_reply=False) is None
    assert IntentNeighbours(SMALL_TALK + POLICY, threshold=0.99).vote("你吃饭了没", is_reply=False) is None


def test_replies_and_first_messages_are_separate_pools():
    replies_only = [Example(e.text, e.intent, True) for e in SMALL_TALK]
    neighbours = IntentNeighbours(replies_only, threshold=0.85)
    assert neighbours.vote("你吃饭了没", is_reply=False) is None
    assert neighbours.vote("你吃饭了没", is_reply=True) == "smalltalk"


def test_a_message_is_not_its_own_neighbour():
    neighbours = IntentNeighbours([*SMALL_TALK, Example("技师能评工程师吗", "policy", False)], threshold=0.5)
    assert neighbours.vote("技师能评工程师吗", is_reply=False) == "smalltalk"  # the example itself is left out


def test_bad_settings_and_unknown_intents_are_refused_in_chinese():
    with pytest.raises(ValueError, match="neighbours 至少为 1"):
        IntentNeighbours(SMALL_TALK, neighbours=0)
    with pytest.raises(ValueError, match="不认识的意图：chat"):
        IntentNeighbours([Example("你好", "chat", False)])


def test_the_default_examples_are_the_tuning_split_only():
    tuning = dataset.load("utterances", "tuning")
    examples = default_neighbours().examples
    assert [(e.text, e.intent) for e in examples] == [(i["text"], i["intent"]) for i in tuning]


def test_the_assistant_follows_the_neighbours_but_not_over_commands():
    greeted_elsewhere = [Example(text, "out_of_scope", False) for text in ("你好呀", "你好啊", "你好哦")]
    assistant = Assistant(intent_neighbours=IntentNeighbours(greeted_elsewhere, threshold=0.8))
    assert Assistant(intent_neighbours=IntentNeighbours([])).ask("你好").intent == "smalltalk"
    assert assistant.ask("你好").intent == "out_of_scope"
    reset_elsewhere = [Example(text, "out_of_scope", False) for text in ("重新开始吧", "重新开始呀", "重新开始哦")]
    assistant = Assistant(intent_neighbours=IntentNeighbours(reset_elsewhere, threshold=0.8))
    assert assistant.ask("重新开始").intent == "smalltalk"  # a command stays a command


def test_the_examples_vectors_are_kept_for_the_next_process(tmp_path, monkeypatch):
    from retrieval.embeddings import load_embedder

    monkeypatch.setenv("GUANTONG_CACHE_DIR", str(tmp_path))
    embedded: list[int] = []

    def embed(texts):
        embedded.append(len(texts))
        return load_embedder().embed_queries(texts)

    IntentNeighbours(SMALL_TALK, embed=embed, threshold=0.85).vote("你吃饭了没", is_reply=False)
    assert embedded == [3, 1] and len(list(tmp_path.glob("intent_examples-*.npy"))) == 1
    IntentNeighbours(SMALL_TALK, embed=embed, threshold=0.85).vote("你吃饭了没", is_reply=False)
    assert embedded == [3, 1, 1]  # the examples read back, only the message embedded
