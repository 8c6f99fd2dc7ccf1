"""The three formats: standalone printable HTML with working anchors, Markdown, importable JSON."""

import json
import re
from html.parser import HTMLParser

import pytest

from assistant.faq import build_faq, build_faq_from
from corpus import load_corpus
from rules import Facts, evaluate, load_parameters


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links, self.tags, self.text = set(), [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def faq():
    return build_faq()


@pytest.fixture(scope="module")
def page(faq):
    parser = PageParser()
    parser.feed(faq.to_html())
    return parser


def test_html_is_standalone(faq, page):
    html = faq.to_html()
    assert html.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in html
    assert not [t for t, attrs in page.tags if t in {"link", "script", "img", "iframe"}]
    assert not [a for a in page.links if not a.startswith("#")]
    assert "@import" not in html and "url(" not in html and "http" not in html


def test_html_is_printable(faq):
    assert "@media print" in faq.to_html()


def test_html_has_a_toc_entry_and_an_anchor_per_question(faq, page):
    for entry in faq.entries:
        assert entry.entry_id in page.ids
        assert f"#{entry.entry_id}" in page.links


def test_every_html_link_lands_on_the_page(page):
    assert page.links and all(link[1:] in page.ids for link in page.links)


def test_html_citation_labels_link_to_the_clause_text_on_the_page(faq, page):
    text = "".join(page.text)
    for entry in faq.entries:
        for citation in entry.citations:
            clause = faq.clause_text(citation.clause_id)
            assert f"#{clause.anchor}" in page.links and clause.anchor in page.ids
    for clause in faq.clauses:
        assert clause.text.split("\n")[0] in text  # the full clause text is on the page


def test_html_escapes_text():
    assert "<mark>" in build_faq().to_html()
    assert "&lt;" not in "".join(e.question for e in build_faq().entries)


def test_markdown_has_every_question_with_its_anchor_and_quotes(faq):
    markdown = faq.to_markdown()
    for entry in faq.entries:
        assert f'<a id="{entry.entry_id}"></a>{entry.question}' in markdown
        assert f"(#{entry.entry_id})" in markdown
        for citation in entry.citations:
            assert citation.quote in markdown


def test_json_carries_what_a_hotline_knowledge_base_imports(faq):
    data = json.loads(json.dumps(faq.to_dict(), ensure_ascii=False))
    entry_ids = [e["id"] for e in data["entries"]]
    assert sorted(i for t in data["topics"] for i in t["entry_ids"]) == sorted(entry_ids)
    for entry in data["entries"]:
        assert {"id", "anchor", "topic", "question", "answer", "citations", "source", "verified_by"} <= set(entry)
        assert entry["source"] in {"rules", "clause"}
        assert (entry["parameter"] is not None) == (entry["source"] == "rules")
        for citation in entry["citations"]:
            assert set(citation) == {"clause_id", "label", "quote"}
            assert citation["quote"] in entry["answer"] and citation["label"] in entry["answer"]
        for check in entry["verified_by"]:
            assert {"situation", "facts", "as_of", "outcome", "summary"} <= set(check)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", check["as_of"])
    assert data["coverage"]["complete"] is True


def test_build_is_cached_and_deterministic(faq):
    assert build_faq() is faq
    again = build_faq_from(load_corpus(), load_parameters(), evaluate, Facts.model_validate)
    assert again.to_dict() == faq.to_dict()
    assert again.to_html() == faq.to_html() and again.to_markdown() == faq.to_markdown()


def test_question_polishing_hook_only_changes_questions():
    plain = build_faq()
    polished = build_faq_from(
        load_corpus(),
        load_parameters(),
        evaluate,
        Facts.model_validate,
        polish_question=lambda question, entry: "请问" + question,
    )
    assert all(p.question == "请问" + e.question for p, e in zip(polished.entries, plain.entries, strict=True))
    assert [p.answer_markdown for p in polished.entries] == [e.answer_markdown for e in plain.entries]
