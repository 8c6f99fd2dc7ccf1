"""`guantong serve`: the HTTP API and the web page on one port."""

from __future__ import annotations

from ui.cli.output import fail

MAX_WORKERS = 64

EPILOG = """\
示例：
  guantong serve                         在 http://127.0.0.1:7860 启动
  guantong serve --host 0.0.0.0 --port 8000
  guantong serve --host 0.0.0.0 --workers 4   四个工作进程（多核机器）

可用环境变量调整：
  GUANTONG_DATA_DIR               数据目录（检索索引、会话库），默认 ./data
  GUANTONG_SESSIONS_URL           会话存到 Redis，如 redis://10.0.0.5:6379/0（多台机器共用）；不设则存本机 SQLite
  GUANTONG_SESSIONS_DB            SQLite 会话库文件，默认在数据目录里
  GUANTONG_CHROMA_URL             向量库用 Chroma 服务，如 http://10.0.0.6:8000；不设则存数据目录
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
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="工作进程数（默认 1）：每个进程各自加载索引和模型，约占 250 MB 内存；"
        "大于 1 时 HTTP 接口照常，网页（/）需要单进程，见 README“部署与扩展”",
    )
    parser.set_defaults(run=run)


def run(args) -> int:
    import uvicorn

    if not 0 < args.port < 65536:
        return fail(f"端口 {args.port} 不对，应在 1 到 65535 之间。")
    if not 0 < args.workers <= MAX_WORKERS:
        return fail(f"工作进程数 {args.workers} 不对，应在 1 到 {MAX_WORKERS} 之间，一般不超过 CPU 核数。")
    problem = _bind_problem(args.host, args.port) or _settings_problem()
    if problem:
        return fail(problem)
    print(
        f"贯通助手：网页 http://{args.host}:{args.port}/ ，接口文档 http://{args.host}:{args.port}/docs"
        f"（{args.workers} 个工作进程；检索索引在后台加载，/healthz 返回 200 即全部就绪）",
        flush=True,
    )
    # Each worker process calls the factory and warms up on its own; nothing a later turn needs
    # stays in a process. Our own structured log (masked, with timing) replaces uvicorn's.
    uvicorn.run(
        "ui.service.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,
    )
    return 0


def _settings_problem() -> str | None:
    """Bad settings, in words, before any worker starts. Opening the session store once here
    also creates (or upgrades) a SQLite file before several workers open it together."""
    from ui.service.settings import ServiceSettings

    try:
        ServiceSettings.from_env().open_session_store().close()
    except ValueError as error:
        return str(error)
    return None


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
