"""`guantong clause` and `guantong documents`: read the corpus."""

from __future__ import annotations

from corpus import UnknownClauseError, load_corpus
from ui.cli.output import fail, print_json

CLAUSE_EPILOG = """\
示例：
  guantong clause mohrss-2020-96:2.2.1          人社部发〔2020〕96号 二（二）1 的原文
  guantong clause yunnan-2021-28:3 --json       云南省规定第三条，JSON 格式
  guantong clause --list                        全部条款编号、标签和标题
条款编号的写法：文件编号:序号，如 mohrss-2020-96:2.2.1（二（二）1），
导语为 :preamble，结尾为 :closing。
"""

DOCUMENTS_EPILOG = """\
示例：
  guantong documents
  guantong documents --json
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "clause", help="查看一条条款的原文", epilog=CLAUSE_EPILOG, description="按条款编号显示政策原文。"
    )
    parser.add_argument("clause_id", nargs="?", metavar="条款编号", help="例如 mohrss-2020-96:2.2.1")
    parser.add_argument("--list", action="store_true", help="列出全部条款")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.set_defaults(run=run_clause)

    parser = commands.add_parser(
        "documents",
        help="列出收录的政策文件",
        epilog=DOCUMENTS_EPILOG,
        description="列出收录的政策文件及其文号、发文机关和日期。",
    )
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.set_defaults(run=run_documents)


def run_clause(args) -> int:
    corpus = load_corpus()
    if args.list:
        return _list_clauses(corpus, args.json)
    if not args.clause_id:
        return fail(
            "请给出条款编号，例如 guantong clause mohrss-2020-96:2.2.1；用 guantong clause --list 查看全部编号。"
        )
    try:
        clause = corpus.clause(args.clause_id.strip())
    except UnknownClauseError as error:
        hint = "".join(f"\n  {i}  {corpus.clause(i).label}" for i in error.suggestions)
        return fail(
            f"找不到条款“{error.clause_id}”。"
            + (f"您是不是要找：{hint}" if hint else "")
            + "\n用 guantong clause --list 查看全部条款编号。"
        )
    if args.json:
        print_json(clause.to_dict())
    else:
        print(f"{clause.label}　{clause.heading}\n（条款编号：{clause.clause_id}）\n")
        print(clause.text or "（本条只有标题，内容见下级条款。）")
    return 0


def _list_clauses(corpus, as_json: bool) -> int:
    clauses = list(corpus.clauses())
    if as_json:
        print_json([c.to_dict() for c in clauses])
        return 0
    for clause in clauses:
        depth = len(corpus.ancestors(clause.clause_id))
        print(f"{clause.clause_id:<26} {'  ' * depth}{clause.label}　{clause.heading}")
    return 0


def run_documents(args) -> int:
    documents = load_corpus().documents()
    if args.json:
        print_json([_document_dict(doc) for doc in documents])
        return 0
    for doc in documents:
        meta = doc.meta
        scope = f"省级（{meta.province}）" if meta.scope == "provincial" else "国家级"
        print(f"{meta.wenhao}　{meta.title}")
        print(
            f"  编号：{meta.doc_id}　发文机关：{meta.issuer}　层级：{scope}"
            f"　印发日期：{meta.print_date.isoformat()}　条款数：{len(doc.clauses)}"
        )
        if meta.forwards:
            print(f"  转发：{documents_by_id(documents)[meta.forwards].meta.wenhao}")
    return 0


def documents_by_id(documents):
    return {doc.doc_id: doc for doc in documents}


def _document_dict(doc) -> dict:
    meta = doc.meta
    return {
        "doc_id": meta.doc_id,
        "wenhao": meta.wenhao,
        "title": meta.title,
        "issuer": meta.issuer,
        "scope": meta.scope,
        "province": meta.province,
        "issue_date": meta.issue_date.isoformat() if meta.issue_date else None,
        "print_date": meta.print_date.isoformat(),
        "forwards": meta.forwards,
        "clause_count": len(doc.clauses),
    }
