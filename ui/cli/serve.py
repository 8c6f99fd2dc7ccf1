"""`guantong serve`: the HTTP API and the web page on one port."""

from __future__ import annotations

from ui.cli.output import fail

EPILOG = """\
示例：
  guantong serve                         在 http://127.0.0.1:7860 启动
  guantong serve --host 0.0.0.0 --port 8000

可用环境变量调整：
  GUANTONG_DATA_DIR               数据目录（检索索引、会话库），默认 ./data
  GUANTONG_SESSION_IDLE_SECONDS   会话闲置多久后清除（秒），默认 3600
  GUANTONG_MAX_MESSAGE_CHARS      一条消息最多多少字，默认 2000
  GUANTONG_CORS_ORIGINS           允许跨域调用的来源，逗号分隔，如 https://a.example,https://b.example
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "serve",
        help="启动网页和 HTTP 接口服务",
        epilog=EPILOG,
        description="在一个端口上启动 HTTP 接口（/v1/…，文档在 /docs）和网页（/）。",
    )
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=7860, help="端口（默认 7860）")
    parser.set_defaults(run=run)


def run(args) -> int:
    import uvicorn

    from ui.service import create_app

    if not 0 < args.port < 65536:
        return fail(f"端口 {args.port} 不对，应在 1 到 65535 之间。")
    problem = _bind_problem(args.host, args.port)
    if problem:
        return fail(problem)
    try:
        app = create_app()
    except ValueError as error:
        return fail(str(error))
    print(
        f"贯通助手：网页 http://{args.host}:{args.port}/ ，接口文档 http://{args.host}:{args.port}/docs"
        "（检索索引在后台加载，/healthz 返回 200 即全部就绪）",
        flush=True,
    )
    # Our own structured log (masked, with timing) replaces uvicorn's access log.
    uvicorn.run(app, host=args.host, port=args.port, access_log=False)
    return 0


def _bind_problem(host: str, port: int) -> str | None:
    """Why the server could not listen there, in words, or None: uvicorn's own message is English."""
    import socket

    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except socket.gaierror:
            return f"监听地址“{host}”无效，请用 127.0.0.1 或 0.0.0.0 这样的地址。"
        except OSError:
            return f"{host}:{port} 已被占用（可能服务已经在运行），请换一个端口，例如 --port 8000。"
    return None
