"""Reading benchmark: how long one message takes to answer as it grows to the longest the service accepts
(MAX_MESSAGE_CHARS). Reading looks at every word against the others, so its cost grows faster than the length:
this is where a slow pattern would show first. Run by `make bench`.

Two kinds of long message: real ones, the blind authors' longest utterances said one after another (a caller telling a
long story), and one question typed again and again (the adversarial set's long input).
"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

from assistant.pipeline import MAX_MESSAGE_CHARS, Assistant
from evals.understanding.dataset import load

LENGTHS = (200, 500, 1000, MAX_MESSAGE_CHARS)
REPEATED = "技师能评中级吗？"
AS_OF = dt.date(2026, 11, 29)
TARGET_SECONDS = 5.0  # the longest message answered within this, on the 2-core development machine


def stories(length: int, count: int) -> list[str]:
    """`count` messages of `length` characters, each made of consecutive tuning utterances, longest first."""
    texts = sorted((item["text"] for item in load("utterances", "tuning")), key=len, reverse=True)
    messages, at = [], 0
    for _ in range(count):
        said = ""
        while len(said) < length:
            said += texts[at % len(texts)] + " "
            at += 1
        messages.append(said[:length])
    return messages


def seconds_to_answer(assistant: Assistant, message: str) -> float:
    started = time.perf_counter()
    assistant.ask(message, as_of=AS_OF)
    return time.perf_counter() - started


def main(stories_per_length: int = 5) -> dict:
    assistant = Assistant()
    assistant.ask("你好", as_of=AS_OF)  # (loads the index and the reading's data: not counted)
    results: dict = {}
    for length in LENGTHS:
        told = [seconds_to_answer(assistant, story) for story in stories(length, stories_per_length)]
        repeated = seconds_to_answer(assistant, (REPEATED * length)[:length])
        results[str(length)] = {"story_max_s": round(max(told), 2), "repeated_s": round(repeated, 2)}
    longest = results[str(MAX_MESSAGE_CHARS)]
    results["target_met"] = max(longest.values()) <= TARGET_SECONDS
    return results


if __name__ == "__main__":
    numbers = main()
    print(f"读一条消息的耗时（秒；目标：最长的 {MAX_MESSAGE_CHARS} 字在 {TARGET_SECONDS:g} 秒内答出）")
    for length in LENGTHS:
        row = numbers[str(length)]
        print(f"  {length} 字：真实长消息最慢 {row['story_max_s']}，同一句重复 {row['repeated_s']}")
    print("  达到目标" if numbers["target_met"] else "  未达到目标")
    output = Path("artifacts") / "bench-reading.json"
    output.parent.mkdir(exist_ok=True)
    output.write_text(json.dumps(numbers, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"结果已写入 {output}")
