"""Imports point down only (DESIGN, "Layout and data flow"):

    ui → assistant → retrieval, rules → corpus

`evals` sits beside `ui`: it may import everything except `ui`, and only the CLI's `eval` command
imports `evals`. Nothing imports `tests`. `retrieval` and `rules` do not import each other.
Lazy imports inside functions count as much as those at the top of a module.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGES = ("assistant", "corpus", "evals", "retrieval", "rules", "ui")

# What each package may import besides itself and third-party code.
MAY_IMPORT = {
    "corpus": set(),
    "retrieval": {"corpus"},
    "rules": {"corpus"},
    "assistant": {"retrieval", "rules", "corpus"},
    "evals": {"assistant", "retrieval", "rules", "corpus"},
    "ui": {"assistant", "retrieval", "rules", "corpus"},
}
# The one door from a front end into the evaluations.
EXTRA_IMPORTS = {("ui/cli/eval.py", "evals")}


def imported_packages(source: str) -> set[str]:
    """The top-level names of every absolute import in a module, wherever it is written."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def upward_imports(root: Path) -> list[str]:
    """Every import under `root` that DESIGN's layering forbids, as "file → package"."""
    found = []
    for package, allowed in MAY_IMPORT.items():
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            project_imports = imported_packages(path.read_text(encoding="utf-8")) & {*PACKAGES, "tests"}
            for name in sorted(project_imports - allowed - {package}):
                if (relative, name) not in EXTRA_IMPORTS:
                    found.append(f"{relative} → {name}")
    return found


def test_the_tree_imports_downward_only():
    assert upward_imports(ROOT) == []


def write(root: Path, relative: str, source: str) -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")


def test_the_checker_finds_every_kind_of_forbidden_import(tmp_path):
    write(tmp_path, "corpus/store.py", "import assistant.pipeline\n")
    write(tmp_path, "rules/engine.py", "def lazy():\n    from retrieval import Retriever\n")
    write(tmp_path, "retrieval/units.py", "from rules.facts import Facts\n")
    write(tmp_path, "assistant/api.py", "from ui.service import create_app\n")
    write(tmp_path, "evals/load/run.py", "from tests.ui.live_server import LiveServer\nimport ui\n")
    write(tmp_path, "ui/service/routes.py", "from evals.live_server import LiveServer\n")
    assert upward_imports(tmp_path) == [
        "corpus/store.py → assistant",
        "retrieval/units.py → rules",
        "rules/engine.py → retrieval",
        "assistant/api.py → ui",
        "evals/load/run.py → tests",
        "evals/load/run.py → ui",
        "ui/service/routes.py → evals",
    ]


def test_the_checker_allows_downward_sideways_and_the_eval_command(tmp_path):
    write(tmp_path, "ui/cli/eval.py", "from evals.retrieval.runner import evaluate\nfrom assistant import answer\n")
    write(tmp_path, "evals/runner.py", "from assistant.pipeline import Assistant\nfrom . import metrics\n")
    write(tmp_path, "assistant/pipeline.py", "from retrieval import Retriever\nfrom rules import evaluate\n")
    write(tmp_path, "rules/engine.py", "import corpus\nimport yaml\n")
    assert upward_imports(tmp_path) == []
