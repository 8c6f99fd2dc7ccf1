"""The two policy documents as clauses: parser, model and the Corpus API."""

from corpus.runtime import apply_offline_defaults

apply_offline_defaults()

from corpus.model import Clause, Document, DocumentMeta  # noqa: E402
from corpus.store import Corpus, UnknownClauseError, load_corpus  # noqa: E402

__all__ = ["Clause", "Corpus", "Document", "DocumentMeta", "UnknownClauseError", "load_corpus"]
