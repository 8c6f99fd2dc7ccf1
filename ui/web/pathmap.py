"""The path map as a picture and as text: the two ladders side by side, where the person stands
today, and dated arrows to the rungs that open next.

Drawn with matplotlib on this machine (no CDN, no JavaScript): a PNG embedded in the page as a
data URI, with the same content as text beside it (and in the image's alt text), so nothing is
only in the picture. Chinese needs a CJK font: the Noto CJK fonts Debian's fonts-noto-cjk installs
are found and registered with matplotlib; without one the picture is left out and the text stays.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import logging
from dataclasses import dataclass

from pydantic import ValidationError

from rules import Facts, Verdict, path_map
from rules.certificates import skill_rank
from rules.dates import chinese_date
from rules.parameters import load_parameters
from rules.path import LADDER_NAMES, LADDERS, OUTCOME_WORDS, PathMap, Rung, Standing, path_text, standing_text, when
from rules.skill_to_title import PROMOTION as SERIES_PROMOTION
from rules.title_to_skill import BY_TITLE, GENERAL

LOG = logging.getLogger("guantong.ui")

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei")
CJK_FILE_HINTS = ("NotoSansCJK", "SourceHanSans", "wqy", "simhei")
# Each outcome's colours on the picture (fill, edge, text).
COLOURS = {
    "eligible": ("#dcfce7", "#15803d", "#14532d"),
    "conditional": ("#fef3c7", "#b45309", "#78350f"),
    "not_yet": ("#dbeafe", "#1d4ed8", "#1e3a8a"),
    "need_info": ("#f3f4f6", "#6b7280", "#374151"),
    "not_eligible": ("#f9fafb", "#d1d5db", "#9ca3af"),
    "held": ("#1e3a8a", "#1e3a8a", "#ffffff"),
    "below": ("#ffffff", "#e5e7eb", "#9ca3af"),
}
OPENING = ("eligible", "conditional", "not_yet")
# Routes that start from the title held; every other route starts from the skill level held.
FROM_TITLE = (BY_TITLE, GENERAL, SERIES_PROMOTION)
COLUMN_X = {"title_to_skill": 0.0, "skill_to_title": 2.6}
BOX_W, BOX_H = 1.5, 0.64


# the page --------------------------------------------------------------------------------------


def path_html(path: PathMap) -> str:
    """The picture (when a CJK font is there) and the rungs as a list, for the page."""
    png = render_png(path)
    alt = html.escape(path_text(path), quote=True)
    picture = (
        f"<img class='path-picture' alt='{alt}' style='width:100%;max-width:760px;height:auto'"
        f" src='data:image/png;base64,{base64.b64encode(png).decode()}'>"
        if png
        else "<p class='path-note'>（本机没有中文字体，路径图只显示文字。）</p>"
    )
    items = []
    for track, name in LADDER_NAMES.items():
        for rung in (r for r in path.rungs if r.track == track):
            blocked = (
                f"<br><span class='blocked'>还差：{html.escape(rung.blocked_by)}</span>" if rung.blocked_by else ""
            )
            items.append(
                f"<li class='rung {rung.outcome}' data-track='{track}' data-target='{html.escape(rung.target)}'>"
                f"<b>{name} {html.escape(rung.target)}</b>：{html.escape(when(rung))}{blocked}</li>"
            )
    return (
        f"<figure class='path-map'>{picture}<figcaption>"
        f"<p class='standing'>判断日期：{chinese_date(path.as_of)}　"
        f"现在：{html.escape(standing_text(path.standing))}</p>"
        f"<ul class='rungs'>{''.join(items)}</ul></figcaption></figure>"
    )


def chat_path_html(verdict: Verdict | None, facts: dict) -> str:
    """The path map the chat shows once a verdict on a ladder is reached; nothing while it asks."""
    if not verdict or verdict.outcome == "need_info" or verdict.track not in LADDERS:
        return ""
    try:
        parsed = Facts.model_validate(facts)
    except ValidationError:  # the chat's facts are checked by the pipeline; a picture is not worth an error
        return ""
    return "<h4>路径图</h4>" + path_html(path_map(parsed, verdict.as_of, verdict.unsure_facts))


# the picture -----------------------------------------------------------------------------------


@functools.cache
def cjk_font() -> str | None:
    """A font family matplotlib can draw Chinese with, or None. Fonts installed after matplotlib
    built its font cache are not in it: they are looked for on disk and registered."""
    from matplotlib import font_manager

    def known() -> str | None:
        names = {entry.name for entry in font_manager.fontManager.ttflist}
        return next((family for family in CJK_FAMILIES if family in names), None)

    if found := known():
        return found
    for path in font_manager.findSystemFonts():
        if any(hint.lower() in path.lower() for hint in CJK_FILE_HINTS):
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                LOG.warning("could not load font %s", path)
    found = known()
    if found is None:
        LOG.warning("no CJK font found (install fonts-noto-cjk): the path map is shown as text only")
    return found


@dataclass(frozen=True)
class _Box:
    x: float
    y: float
    state: str  # an outcome, "held" or "below"


def render_png(path: PathMap) -> bytes | None:
    """The two ladders as a PNG, or None when no CJK font is installed."""
    font = cjk_font()
    if font is None:
        return None
    from matplotlib.figure import Figure

    boxes = _boxes(path)
    rows = [box.y for box in boxes.values()]
    figure = Figure(figsize=(7.0, 1.5 + 0.82 * (max(rows) - min(rows) + 1)), dpi=110)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(-1.75, 3.55)
    axes.set_ylim(min(rows) - 1.05, max(rows) + 1.1)
    axes.axis("off")
    draw = _Drawing(axes, font)
    draw.text(0.9, max(rows) + 0.88, f"路径图　判断日期：{chinese_date(path.as_of)}", size=12, weight="bold")
    for track, x in COLUMN_X.items():
        draw.text(x, max(rows) + 0.52, LADDER_NAMES[track], size=10.5, colour="#374151")
    for (track, level), box in boxes.items():
        draw.box(box, level, _subtitle(path, track, level, box.state))
    for rung in path.rungs:
        start = _origin(path.standing, rung)
        origin = boxes.get(start) if start else None
        if rung.outcome in OPENING and origin is not None and rung.target:
            draw.arrow(origin, boxes[(rung.track, rung.target)], _arrow_words(rung), rung.outcome)
    draw.legend(min(rows) - 0.85)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _boxes(path: PathMap) -> dict[tuple[str, str], _Box]:
    """Every level drawn, by (ladder, level): the rungs, the level held, the levels below it."""
    p = load_parameters()
    titles, mapping = p.value("title_levels"), p.value("title_to_skill_mapping")
    first_title, first_skill = next(iter(mapping.items()))
    offset = titles.index(first_title) - skill_rank(first_skill)  # 高级工 beside 助理级
    held = {"title_to_skill": path.standing.skill_level, "skill_to_title": path.standing.title_level}
    rungs: dict[tuple[str, str | None], Rung] = {(r.track, r.target): r for r in path.rungs}
    levels = {
        "title_to_skill": [s for s in p.value("skill_levels") if s in mapping.values() or s == held["title_to_skill"]],
        "skill_to_title": [t for t in titles if t != titles[0] or t == held["skill_to_title"]],
    }
    boxes: dict[tuple[str, str], _Box] = {}
    for track, names in levels.items():
        for level in names:
            row = titles.index(level) if track == "skill_to_title" else skill_rank(level) + offset
            rung = rungs.get((track, level))
            state = rung.outcome if rung else ("held" if level == held[track] else "below")
            boxes[(track, level)] = _Box(COLUMN_X[track], row, state)
    return boxes


def _subtitle(path: PathMap, track: str, level: str, state: str) -> str:
    if state == "held":
        standing = path.standing
        since = standing.skill_since if track == "title_to_skill" else standing.title_since
        return f"现在持有{'·' + chinese_date(since) if since else ''}"
    if state == "below":
        return ""
    rung = next(r for r in path.rungs if (r.track, r.target) == (track, level))
    return when(rung).removesuffix("申报")


def _origin(standing: Standing, rung: Rung) -> tuple[str, str] | None:
    """The box an arrow to `rung` starts from: the title or the skill level held, if any."""
    level = standing.title_level if rung.route in FROM_TITLE else standing.skill_level
    return ("skill_to_title" if rung.route in FROM_TITLE else "title_to_skill", level) if level else None


def _arrow_words(rung: Rung) -> str:
    if rung.outcome == "not_yet" and rung.earliest_date:
        return f"{chinese_date(rung.earliest_date)}起"
    return "现在" if rung.outcome == "eligible" else "现在（有条件）"


class _Drawing:
    """Text, boxes and arrows on one matplotlib Axes, all in the CJK font."""

    def __init__(self, axes, font: str):
        self.axes, self.font = axes, font

    def text(self, x, y, words, size=9.0, weight="normal", colour="#111827", **extra):
        self.axes.text(
            x,
            y,
            words,
            ha="center",
            va="center",
            fontsize=size,
            fontweight=weight,
            color=colour,
            family=self.font,
            **extra,
        )

    def box(self, box: _Box, level: str, subtitle: str) -> None:
        from matplotlib.patches import FancyBboxPatch

        fill, edge, ink = COLOURS[box.state]
        self.axes.add_patch(
            FancyBboxPatch(
                (box.x - BOX_W / 2, box.y - BOX_H / 2),
                BOX_W,
                BOX_H,
                boxstyle="round,pad=0.02,rounding_size=0.08",
                facecolor=fill,
                edgecolor=edge,
                linewidth=1.6 if box.state in ("held", *OPENING) else 1.0,
                linestyle="--" if box.state == "need_info" else "-",
            )
        )
        self.text(box.x, box.y + (0.12 if subtitle else 0), level, size=10.5, weight="bold", colour=ink)
        if subtitle:
            self.text(box.x, box.y - 0.15, subtitle, size=7.5, colour=ink)

    def arrow(self, origin: _Box, target: _Box, words: str, outcome: str) -> None:
        colour = COLOURS[outcome][1]
        if origin.x == target.x:  # up the same ladder: on its outer side
            side = -1 if origin.x == min(COLUMN_X.values()) else 1
            start = (origin.x + side * BOX_W / 2, origin.y)
            end = (target.x + side * BOX_W / 2, target.y)
            bend, place = -0.5 * side, (origin.x + side * (BOX_W / 2 + 0.38), (origin.y + target.y) / 2)
        else:  # across, from one ladder to the other
            side = 1 if target.x > origin.x else -1
            start = (origin.x + side * BOX_W / 2, origin.y)
            end = (target.x - side * BOX_W / 2, target.y)
            bend = 0.12 * side * (1 if target.y >= origin.y else -1)
            place = (start[0] + 0.5 * (end[0] - start[0]), start[1] + 0.5 * (end[1] - start[1]))
        self.axes.annotate(
            "",
            xy=end,
            xytext=start,
            arrowprops={
                "arrowstyle": "-|>",
                "color": colour,
                "linewidth": 1.5,
                "connectionstyle": f"arc3,rad={bend}",
                "shrinkA": 2,
                "shrinkB": 2,
            },
        )
        self.text(
            *place, words, size=7.5, colour=colour, bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": colour}
        )

    def legend(self, y: float) -> None:
        keys = ("held", *OUTCOME_WORDS)
        words = {"held": "现在持有", **OUTCOME_WORDS}
        for index, key in enumerate(keys):
            fill, edge, ink = COLOURS[key]
            x = -1.2 + index * 0.84
            self.text(
                x, y, words[key], size=6.5, colour=ink, bbox={"boxstyle": "round,pad=0.25", "fc": fill, "ec": edge}
            )
