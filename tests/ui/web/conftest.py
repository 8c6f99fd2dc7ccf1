"""A real server and Debian's chromium (through Playwright) for the chat page's browser tests,
with the network cut: every request that does not go to the local server is recorded and refused."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect, sync_playwright

from evals.live_server import LiveServer, shared_data_dir
from tests.ui.web.chat_driver import CHROMIUM, CHROMIUM_ARGS, VIEWPORTS, ChatDriver


@pytest.fixture(scope="package")
def server(tmp_path_factory):
    with LiveServer(
        shared_data_dir(tmp_path_factory), GUANTONG_SESSIONS_DB=str(tmp_path_factory.mktemp("ui") / "sessions.sqlite3")
    ) as live:
        yield live


@pytest.fixture(scope="package")
def browser():
    expect.set_options(timeout=60_000)  # a slow CI machine, not a broken page
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_chat(server, browser):
    """`open_chat(viewport)` → a ChatDriver on a fresh browser context (a new visitor) at that size."""
    outside, contexts = [], []

    def only_local(route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    def open_at(viewport: str = "desktop") -> ChatDriver:
        context = browser.new_context(locale="zh-CN", viewport=VIEWPORTS[viewport])
        context.route("**/*", only_local)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(server.url)
        page.locator("#facts").wait_for()
        return ChatDriver(page, viewport)

    yield open_at
    for context in contexts:
        context.close()
    assert outside == [], f"the page tried to reach the network: {outside}"
