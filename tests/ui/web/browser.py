"""What every browser test here shares: Debian's chromium driven by Playwright, the network cut
(a request that does not go to this machine is refused and recorded), screenshots in artifacts/."""

from pathlib import Path
from urllib.parse import urlparse

import pytest

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts"  # the checkout's artifacts/
NEEDS_CHROMIUM = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="需要 Debian 的 chromium（make test 会安装）")

sync_api.expect.set_options(timeout=60_000)  # a slow CI machine, not a broken page


def keep_local(context) -> list[str]:
    """Refuse every request of `context` that leaves this machine; the list fills with their URLs."""
    outside: list[str] = []

    def only_local(route):
        if urlparse(route.request.url).hostname in ("127.0.0.1", "localhost"):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    context.route("**/*", only_local)
    return outside
