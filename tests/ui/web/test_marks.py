"""The condition marks (✓ × ？) render with the page's CJK font: no colour-emoji font needed."""

import shutil
import subprocess

import pytest

from assistant.compose import replies
from ui.web.page import SYSTEM_FONTS

CJK_FONT = "Noto Sans CJK SC"  # installed by `make browser`, named in the page's font stack


@pytest.mark.skipif(not shutil.which("fc-list"), reason="需要 fontconfig（make browser 会安装）")
def test_the_condition_marks_are_in_the_cjk_font_no_colour_emoji_font_needed():
    if CJK_FONT not in subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout:
        pytest.skip(f"需要 {CJK_FONT}（make browser 会安装 fonts-noto-cjk）")
    assert CJK_FONT in SYSTEM_FONTS
    for mark in replies()["outcome_marks"].values():
        query = f"{CJK_FONT}:charset={ord(mark):x}"
        covering = subprocess.run(["fc-list", query, "family"], capture_output=True, text=True).stdout
        assert CJK_FONT in covering, f"{mark} (U+{ord(mark):04X}) is not in {CJK_FONT}: it would render as a box"
