"""The HTTP service (FastAPI). The Gradio UI will be mounted at `/`."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, JSONResponse

from corpus import UnknownClauseError, load_corpus

PLACEHOLDER_PAGE = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>贯通助手</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto;">
<h1>贯通助手</h1>
<p>解答高技能人才与专业技术人才职业发展贯通政策（人社部发〔2020〕96号、云人社通〔2021〕28号）。</p>
<p>对话界面正在建设中。现在可以使用接口文档：<a href="/docs">/docs</a>。</p>
<p>本工具只解读政策原文，最终以评审机构的认定为准。</p>
</body></html>"""


def create_app() -> FastAPI:
    corpus = load_corpus()
    app = FastAPI(title="贯通助手 guantong", description="高技能人才与专业技术人才职业发展贯通政策问答接口")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> str:
        return PLACEHOLDER_PAGE

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok", "clauses": len(list(corpus.clauses()))}

    @app.get("/v1/clauses/{clause_id}")
    def get_clause(clause_id: str):
        try:
            return corpus.clause(clause_id).to_dict()
        except UnknownClauseError as error:
            return JSONResponse(status_code=404, content={
                "error": {"code": "clause_not_found",
                          "message": f"找不到条款“{clause_id}”。",
                          "suggestions": error.suggestions}})

    return app
