"""Both blind tasks on whole splits, each task in a process of its own, so that the machine's two cores
measure at once (the tuning split alone is tens of thousands of sentences and thousands of dialogues)."""

from __future__ import annotations

import functools
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from evals.understanding import dialogues, utterances

TASKS = {"utterances": utterances, "dialogues": dialogues}
WORKERS = 2


def measure(splits: tuple[str, ...]) -> dict[str, tuple[utterances.UtteranceReport, dialogues.DialogueReport]]:
    """{split: (utterance report, dialogue report)}, as `guantong eval understanding|dialogues` gives them."""
    jobs = [(kind, split) for split in splits for kind in TASKS]
    # spawned, not forked: each worker starts a clean interpreter and loads its own embedding model
    with ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn")) as pool:
        reports = {job: pool.submit(_run, *job) for job in jobs}
        return {
            split: (reports["utterances", split].result(), reports["dialogues", split].result()) for split in splits
        }


def _run(kind: str, split: str):
    return TASKS[kind].run(_assistant(), split)


@functools.cache
def _assistant():
    from assistant.pipeline import Assistant

    return Assistant()
