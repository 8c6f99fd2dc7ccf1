"""Both blind tasks on whole splits, in parts measured at once by the machine's cores (the tuning split alone
is tens of thousands of sentences and thousands of dialogues), each part in a process of its own."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from evals.understanding import dialogues, utterances

TASKS = {"utterances": utterances, "dialogues": dialogues}
WORKERS = 2
PARTS = 4  # per task and split: small enough that the two workers finish close together


def measure(
    splits: tuple[str, ...], every: dict[str, int] | None = None
) -> dict[str, tuple[utterances.UtteranceReport, dialogues.DialogueReport]]:
    """{split: (utterance report, dialogue report)}, the same as `guantong eval understanding|dialogues` gives;
    `every` {split: n}: a sample of one item in n of that split (dataset.sampled)."""
    every = every or {}
    jobs = [
        (kind, split, (part, PARTS), every.get(split, 1)) for split in splits for kind in TASKS for part in range(PARTS)
    ]
    # spawned, not forked: each worker starts a clean interpreter and loads its own embedding model
    with _one_thread_each(), ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = [(job, pool.submit(_run, *job)) for job in jobs]
        reports: dict[tuple[str, str], list] = {(kind, split): [] for kind, split, *_ in jobs}
        for (kind, split, *_), part in parts:
            reports[kind, split].append(part.result())
    return {
        split: (_combined(reports["utterances", split]), _combined(reports["dialogues", split])) for split in splits
    }


@contextlib.contextmanager
def _one_thread_each():
    """The workers are the parallelism: each embeds with one OpenMP thread (idle OpenMP threads spin, and two
    workers with two threads each would spend half their time waiting on each other)."""
    before = os.environ.get("OMP_NUM_THREADS")
    os.environ["OMP_NUM_THREADS"] = "1"
    try:
        yield
    finally:
        if before is None:
            del os.environ["OMP_NUM_THREADS"]
        else:
            os.environ["OMP_NUM_THREADS"] = before


def _run(kind: str, split: str, shard: tuple[int, int], every: int):
    return TASKS[kind].run(_assistant(), split, shard, every)


@functools.cache
def _assistant():
    from assistant.pipeline import Assistant

    return Assistant()


def _combined(parts: list):
    """One report from its parts: counts added, lists joined."""
    first, *rest = parts
    for part in rest:
        for field in dataclasses.fields(first):
            said = getattr(part, field.name)
            if isinstance(said, int | list):
                setattr(first, field.name, getattr(first, field.name) + said)
    return first
