"""The path map's picture: drawn locally with a CJK font, the same content as text beside it, and
only text when no Chinese font is installed."""

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from rules import Facts, evaluate, path_map
from ui.web import pathmap

WORKER = Facts.model_validate(
    {
        "series": "工程",
        "skill_certificates": [{"level": "高级工", "obtained": "2022-03-15"}],
        "annual_reviews_all_pass": True,
    }
)
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@pytest.mark.skipif(not NOTO_CJK.exists(), reason="需要 fonts-noto-cjk（make test 会安装）")
def test_the_picture_is_a_png_drawn_with_a_noto_cjk_font():
    assert pathmap.cjk_font().startswith("Noto Sans CJK")
    png = pathmap.render_png(path_map(WORKER, dt.date(2023, 1, 1)))
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.width >= 700 and picture.height >= 400
    colours = {"#{:02x}{:02x}{:02x}".format(*rgb) for _, rgb in picture.convert("RGB").getcolors(maxcolors=1 << 20)}
    assert pathmap.COLOURS["not_yet"][0] in colours  # a rung that waits is drawn in its colour


def test_the_page_gets_the_picture_and_the_same_dates_as_text():
    page = pathmap.path_html(path_map(WORKER, dt.date(2023, 1, 1)))
    assert "高级工（2022年3月15日取得）" in page
    assert "data-target='助理级'" in page and "2024年3月15日起可以申报" in page
    assert "data-target='技师'" in page and "2023年3月15日起可以申报" in page


def test_without_a_chinese_font_the_map_is_text_only(monkeypatch):
    monkeypatch.setattr(pathmap, "cjk_font", lambda: None)  # a machine without fonts-noto-cjk
    page = pathmap.path_html(path_map(WORKER, dt.date(2023, 1, 1)))
    assert "<img" not in page and "只显示文字" in page and "2024年3月15日起可以申报" in page


def test_the_chat_shows_the_map_only_once_a_ladder_verdict_is_reached():
    facts = WORKER.model_dump(exclude_none=True)
    verdict = evaluate(WORKER.model_copy(update={"track": "skill_to_title"}), dt.date(2023, 1, 1))
    assert verdict.outcome != "need_info"
    assert "路径图" in pathmap.chat_path_html(verdict, facts)
    assert pathmap.chat_path_html(verdict.model_copy(update={"outcome": "need_info"}), facts) == ""
    assert pathmap.chat_path_html(verdict.model_copy(update={"track": "organiser"}), facts) == ""
    assert pathmap.chat_path_html(None, facts) == ""


def test_the_chats_map_is_decided_as_the_verdict_was_when_a_rare_skill_could_not_be_said():
    facts = {
        "track": "skill_to_title",
        "target_level": "副高级",
        "wants_direct_application": True,
        "province": "贵州",
        "series": "工程",
        "honours": [],
        "annual_reviews_all_pass": True,
        "skill_certificates": [{"level": "高级技师", "obtained": "2023"}],
    }
    verdict = evaluate(Facts.model_validate(facts), dt.date(2026, 2, 25), ["front_line_mastery"])
    assert verdict.outcome == "not_yet" and verdict.unsure_facts == ["front_line_mastery"]
    page = pathmap.chat_path_html(verdict, facts)
    assert "data-target='副高级'" in page and "2027年12月31日起可以申报" in page
