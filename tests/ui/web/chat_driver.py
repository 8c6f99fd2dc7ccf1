"""What a visitor does on the chat page and what they can see, for the browser tests."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from rules.labels import load_labels

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts"
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
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}

FINAL_OUTCOMES = [text for outcome, text in load_labels()["outcomes"].items() if outcome != "need_info"]

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="需要 Debian 的 chromium（make test 会安装）")

# True when every pixel of the element is on screen: inside the viewport and not cut off by any
# scrolling or clipping box around it (the chat's own scroll area included).
FULLY_VISIBLE = """element => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    for (let outer = element.parentElement; outer; outer = outer.parentElement) {
        if (getComputedStyle(outer).overflowY === "visible") continue;
        const clip = outer.getBoundingClientRect();
        if (box.top < clip.top - 1 || box.bottom > clip.bottom + 1) return false;
    }
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
}"""

# No transition or animation still running: what a screenshot shows is what the visitor sees.
SETTLED = "() => document.getAnimations().every(animation => animation.playState !== 'running')"


class ChatDriver:
    def __init__(self, page: Page, viewport: str):
        self.page = page
        self.viewport = viewport

    # ------------------------------------------------------------------ doing

    def type(self, text: str) -> str:
        """Type `text` into the box, send it, and return the assistant's reply."""
        return self._and_wait(lambda: (self.input.fill(text), self.page.locator("#send").click()))

    def click_quick_reply(self, option: str) -> str:
        return self._and_wait(lambda: self.quick_reply(option).click())

    def click(self, locator: Locator) -> str:
        return self._and_wait(locator.click)

    def _and_wait(self, action) -> str:
        before = self.replies.count()
        action()
        expect(self.replies).to_have_count(before + 1)
        expect(self.page.locator("#quick-replies input:checked")).to_have_count(0)  # the answer's view is in
        self.page.wait_for_function(SETTLED)
        return self.replies.nth(before).inner_text()

    def screenshot(self, name: str, full_page: bool = False) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"ui-{self.viewport}-{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    # ------------------------------------------------------------------ seeing

    @property
    def input(self) -> Locator:
        return self.page.locator("#message textarea")

    @property
    def replies(self) -> Locator:
        return self.page.locator('#chat [data-testid="bot"]')

    @property
    def newest_reply(self) -> Locator:
        return self.replies.last

    @property
    def first_paragraph(self) -> Locator:
        """The newest reply's first block: what the assistant says first."""
        return self.newest_reply.locator(".message-content .prose > :first-child")

    @property
    def detail(self) -> Locator:
        return self.newest_reply.locator("details")

    def quick_replies(self) -> list[str]:
        return [text.strip() for text in self.page.locator("#quick-replies label:visible").all_inner_texts()]

    def quick_reply(self, option: str) -> Locator:
        return self.page.locator("#quick-replies label").filter(has_text=re.compile(f"^\\s*{re.escape(option)}\\s*$"))

    def facts(self) -> str:
        return self.page.locator("#facts").inner_text()

    def reached_a_verdict(self) -> bool:
        """The side panel shows a final outcome (not "need more information")."""
        verdict = self.page.locator("#verdict").inner_text()
        return any(text in verdict for text in FINAL_OUTCOMES)

    def fully_visible(self, locator: Locator) -> bool:
        return locator.evaluate(FULLY_VISIBLE)

    def scrolled(self) -> bool:
        return self.page.evaluate("window.scrollY") > 0

    def visible_text(self) -> str:
        return self.page.locator("body").inner_text()
