"""The corpus data model (corpus/model.py): what a clause offers to be quoted."""

import pytest

from corpus import load_corpus
from corpus.model import is_aside


def test_asides_on_the_document_are_never_quoted():
    closing = load_corpus().clause("mohrss-2020-96:closing")
    assert any(is_aside(s) for s in closing.sentences)  # (此件主动公开) is in the text, verbatim
    assert closing.quotable_sentences and not any(is_aside(s) for s in closing.quotable_sentences)
    assert "本意见自印发之日起施行。" in closing.quotable_sentences


@pytest.mark.parametrize(
    ("sentence", "aside"), [("(此件主动公开)", True), ("（联系单位：某司）", True), ("本意见自印发之日起施行。", False)]
)
def test_an_aside_is_a_sentence_wholly_in_brackets(sentence, aside):
    assert is_aside(sentence) is aside
