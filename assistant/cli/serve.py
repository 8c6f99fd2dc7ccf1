"""`guantong serve`: the HTTP API and the web page on one port."""

from __future__ import annotations

EPILOG = """\
示例：
  guantong serve                         在 http://127.0.0.1:7860 启动
  guantong serve --host 0.0.0.0 --port 8000
"""


def register(commands) -> None:
    parser = commands.add_parser("serve", help="启动网页和 HTTP 接口服务", epilog=EPILOG,
                                 description="在一个端口上启动 HTTP 接口（/v1/…，文档在 /docs）和网页。")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=7860, help="端口（默认 7860）")
    parser.set_defaults(run=run)


def run(args) -> int:
    import uvicorn

    from assistant.api import create_app

    uvicorn.run(create_app(), host=args.host, port=args.port)
    return 0
