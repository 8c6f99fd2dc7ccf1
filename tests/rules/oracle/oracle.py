"""Independent oracle for guantong's eligibility rules.

Written only from /work/shared/DESIGN.md ("The policy, as rules", "Precedence", "Outcomes",
the verdict fields of "Interfaces"), the text of the two documents
(/work/shared/sources/000_7e763686a073978f.txt) and /work/blind/FACTS.md.  It does not use,
and was written without reading, the project's own rules engine.

    decide(facts, as_of) -> {"outcome", "track", "target", "earliest_date", "obligation"}
    explain(facts, as_of) -> the same plus the routes tried and their conditions (for review)

Layout: (1) the decision table as module-level data, each entry with the sentence it comes
from; (2) small readers of the facts; (3) one function per condition / route; (4) ONE
function, `settle` + `pick`, that applies DESIGN's precedence; (5) one function per track.
Every choice DESIGN leaves open is listed in READINGS.md beside this file (R1, R2, ...).
"""
from __future__ import annotations

import calendar
import datetime as _dt
import math
from dataclasses import dataclass, field

D = _dt.date

# =============================================================================================
# (1) THE DECISION TABLE
# =============================================================================================

# --- the documents and when they apply ----------------------------------------------------
# 人社部发〔2020〕96号, closing: "本意见自印发之日起施行。" … "人力资源社会保障部办公厅 2020年12月30日印发"
MOHRSS_96 = {"id": "mohrss-2020-96", "name": "人社部发〔2020〕96号", "in_force_from": D(2020, 12, 30)}
# 云人社通〔2021〕28号, closing: "云南省人力资源和社会保障厅 2021年4月9日" … "2021年4月9日印发"
# (the notice has no 施行 line of its own; read as applying from its issue date — R3)
YUNNAN_28 = {"id": "yunnan-2021-28", "name": "云人社通〔2021〕28号", "in_force_from": D(2021, 4, 9)}
YUNNAN = "云南"

# --- levels, lowest first -----------------------------------------------------------------
# DESIGN: 初级工(五级) < 中级工(四级) < 高级工(三级) < 技师(二级) < 高级技师(一级)
SKILL_LEVELS = ["初级工", "中级工", "高级工", "技师", "高级技师"]
# DESIGN: 员级 < 助理级 < 中级 < 副高级 < 正高级
TITLE_LEVELS = ["员级", "助理级", "中级", "副高级", "正高级"]

# 二（二）1: "具备高级工以上职业资格或职业技能等级的技能人才，均可参加职称评审"
HIGH_SKILL_MIN = "高级工"

# --- skill -> title: the ordinary years route (二（二）1) -------------------------------------
# "取得高级工职业资格或职业技能等级后从事技术技能工作满2年，可申报评审相应专业助理级职称；
#  取得技师职业资格或职业技能等级后从事技术技能工作满3年，可申报评审相应专业中级职称；
#  取得高级技师职业资格或职业技能等级后从事技术技能工作满4年，可申报评审相应专业副高级职称。"
RUNGS = {
    "助理级": ("高级工", 2),
    "中级": ("技师", 3),
    "副高级": ("高级技师", 4),
}

# --- the integrated series (二（一）) -------------------------------------------------------
# "将贯通领域扩大为工程、农业、工艺美术、文物博物、实验技术、艺术、体育、技工院校教师等职称系列。"
INTEGRATED_SERIES = ["工程", "农业", "工艺美术", "文物博物", "实验技术", "艺术", "体育", "技工院校教师"]
# 云人社通〔2021〕28号 四: "其他系列中有一定技术含量的高技能人才也可申报职称评审。"  (Yunnan only)
# 二（一）: "各地区、各有关部门可在职业分类基础上，根据实际情况研究制定新兴职业、新兴领域贯通办法，
#  明确高技能人才参加职称评审的专业对应关系。"  and 云人社通〔2021〕28号 二 second paragraph.

# --- annual reviews (二（二）1) ---------------------------------------------------------------
# "高技能人才参加职称评审应在现工作岗位上近3年年度考核合格。"
REVIEWS_REQUIRED = 3
REVIEW_PASS = {"优秀", "良好", "合格", "称职"}          # 合格 or better (DESIGN: 优秀 and 称职 pass)
REVIEW_FAIL = {"基本合格", "基本称职", "不合格", "不称职"}  # below 合格

# --- green channel (二（二）3) ---------------------------------------------------------------
# "获得中华技能大奖、全国技术能手，担任国家级技能大师工作室带头人，享受省级以上政府特殊津贴的
#  高技能人才，或各省（区、市）人民政府认定的“高精尖缺”高技能人才，可直接申报评审正高级或副高级职称。"
HONOUR_LEVELS = ["县级", "市级", "省级", "国家级"]      # lowest first
GREEN_CHANNEL_HONOURS = {                             # honour -> lowest level that qualifies
    "中华技能大奖": "国家级",            # "获得中华技能大奖" (national by nature; level null accepted — R14)
    "技术能手": "国家级",                # "全国技术能手"
    "技能大师工作室带头人": "国家级",     # "担任国家级技能大师工作室带头人"
    "政府特殊津贴": "省级",              # "享受省级以上政府特殊津贴"
    "高精尖缺高技能人才": "省级",        # "各省（区、市）人民政府认定的“高精尖缺”高技能人才"
}
HONOURS_LEVEL_NOT_NEEDED = {"中华技能大奖"}
GREEN_CHANNEL_TARGETS = ("副高级", "正高级")           # "可直接申报评审正高级或副高级职称"

# --- special evaluation (二（二）3; 云人社通〔2021〕28号 二) -----------------------------------
# national: "对为国家经济发展和重大战略实施作出突出贡献，具有绝招、绝技、绝活，并长期坚守在生产服务
#  一线岗位工作的高技能领军人才，采取特殊评价办法，建立职称评审绿色通道。"
# Yunnan:   "对具有绝招、绝技、绝活，并长期坚守在生产服务一线岗位工作的高技能领军人才，建立绿色通道，
#  实行特殊评审。"  (no 突出贡献 clause)
SPECIAL_EVAL_NEEDS_CONTRIBUTION = {"national": True, YUNNAN: False}

# --- title -> skill (二（四）) -----------------------------------------------------------------
# "专业技术人员取得助理级、中级、副高级职称，累计工作年限达到申报条件的，可分别申请参加与现岗位
#  相对应职业（工种）的高级工、技师、高级技师职业技能评价。"
TITLE_TO_SKILL = {"助理级": "高级工", "中级": "技师", "副高级": "高级技师"}
# "取得职业资格或职业技能等级1年后，可按累计工作年限申报相应职业（工种）晋级评价。"
PROMOTION_WAIT_YEARS = 1

# --- qualification exams (二（一）) -----------------------------------------------------------
# "支持高技能人才取得经济、会计、统计、审计、翻译、出版、通信、计算机技术与软件等专业技术人员职业资格。"
EXAMS = ["经济", "会计", "统计", "审计", "翻译", "出版", "通信", "计算机技术与软件"]
EXAM_ALIASES = {
    "经济师": "经济", "初级经济师": "经济", "中级经济师": "经济", "高级经济师": "经济",
    "会计师": "会计", "中级会计师": "会计", "初级会计": "会计", "初级会计师": "会计", "中级会计": "会计",
    "会计专业技术资格": "会计", "统计师": "统计", "审计师": "审计", "翻译资格": "翻译",
    "CATTI": "翻译", "出版专业资格": "出版", "通信工程师": "通信", "软考": "计算机技术与软件",
    "计算机软件": "计算机技术与软件", "计算机技术与软件专业技术资格": "计算机技术与软件",
}

# --- organisers (二（三）; 云人社通〔2021〕28号 三) ------------------------------------------------
# Yunnan: "根据高技能人才申报人数，可单设高技能人才评审组，实行单独评价。一般申报人员多于5人以上
#  （含5人）的，应当单设评审组，高技能人才评委须占评审组评委人数一半以上。"
YUNNAN_PANEL_THRESHOLD = 5          # 含5人 → 应当 (must); fewer → 可 (may)
# national: "支持有条件的地区和单位对高技能人才单独分组、单独评审。" (no threshold)
# enterprise self-evaluation: national "支持高技能人才密集、技术实力较强、内部管理规范的规模以上企业
#  自主开展高技能人才职称评审。"; Yunnan "鼓励…规模以上企业按管理权限，经审核备案后，自主开展…"

# --- outcomes and their order when several routes answer ---------------------------------
ELIGIBLE, NOT_YET, NOT_ELIGIBLE, NEED_INFO, CONDITIONAL = (
    "eligible", "not_yet", "not_eligible", "need_info", "conditional")
ROUTE_ORDER = [ELIGIBLE, CONDITIONAL, NEED_INFO, NOT_YET, NOT_ELIGIBLE]   # best first (R9)

TRACKS = ("skill_to_title", "title_to_skill", "qualification_exam", "organiser")

# aliases for levels (FACTS normalises, these only make the oracle forgiving)
LEVEL_ALIASES = {
    "五级": "初级工", "四级": "中级工", "三级": "高级工", "二级": "技师", "一级": "高级技师",
    "助理工程师": "助理级", "工程师": "中级", "高级工程师": "副高级", "副高": "副高级",
    "正高": "正高级", "正高级工程师": "正高级", "初级": "助理级",
}
SERIES_ALIASES = {"工程技术": "工程", "技工院校": "技工院校教师", "农业技术": "农业"}

# =============================================================================================
# (2) READING THE FACTS
# =============================================================================================


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(d: D, n: int) -> D:
    """d plus n months; a day that does not exist is clamped (29 Feb -> 28 Feb)."""
    y, m0 = divmod(d.month - 1 + n, 12)
    y += d.year
    return D(y, m0 + 1, min(d.day, _last_day(y, m0 + 1)))


def parse_date(s) -> D | None:
    """'YYYY' -> 31 Dec, 'YYYY-MM' -> last day of the month, 'YYYY-MM-DD' -> that day (R6)."""
    if s is None:
        return None
    if isinstance(s, _dt.datetime):
        return s.date()
    if isinstance(s, D):
        return s
    if isinstance(s, int):
        s = str(s)
    try:
        parts = [int(p) for p in str(s).strip().split("-")]
        if len(parts) == 1:
            return D(parts[0], 12, 31)
        if len(parts) == 2:
            return D(parts[0], parts[1], _last_day(parts[0], parts[1]))
        if len(parts) == 3:
            return D(parts[0], parts[1], parts[2])
    except (ValueError, TypeError):
        return None
    return None


def _rank(levels: list[str], lv) -> int:
    return levels.index(lv) if lv in levels else -1


def norm_level(lv):
    if lv is None:
        return None
    lv = str(lv).strip()
    return LEVEL_ALIASES.get(lv, lv)


def norm_series(s):
    if s is None:
        return None
    s = str(s).strip()
    if s.endswith("系列"):
        s = s[:-2]
    return SERIES_ALIASES.get(s, s)


def norm_exam(e):
    if e is None:
        return None
    e = str(e).strip()
    for suffix in ("考试", "职业资格"):
        if e.endswith(suffix) and e[: -len(suffix)]:
            e = e[: -len(suffix)]
    return EXAM_ALIASES.get(e, e)


def is_yunnan(facts) -> bool | None:
    p = facts.get("province")
    if p is None or str(p).strip() == "":
        return None
    return str(p).strip().startswith(YUNNAN)


def in_force(doc, as_of: D) -> bool:
    return as_of >= doc["in_force_from"]


def certificates(facts):
    """None = unknown; [] = none held; else list of (level, start_date_or_None)."""
    raw = facts.get("skill_certificates")
    if raw is None:
        return None
    return [c for c in raw if isinstance(c, dict)]


def cert_start(cert: dict, as_of: D) -> D | None:
    """The date from which the level counts: `obtained` read conservatively, else as_of minus
    `years_held` (whole months, rounded down = the later, conservative start) (R7)."""
    d = parse_date(cert.get("obtained"))
    if d is not None:
        return d
    yh = cert.get("years_held")
    if isinstance(yh, (int, float)) and yh >= 0:
        return add_months(as_of, -int(math.floor(yh * 12 + 1e-9)))
    return None


def norm_honour(h: dict):
    name = str(h.get("name") or "").strip()
    level = h.get("level")
    level = None if level in (None, "", "null") else str(level).strip()
    # qualifiers left inside the name
    for prefix, lv in (("全国", "国家级"), ("国家级", "国家级"), ("国务院", "国家级"), ("省级", "省级"),
                       ("省", "省级"), ("州", "市级"), ("市级", "市级"), ("市", "市级"), ("县", "县级")):
        if name.startswith(prefix) and name[len(prefix):]:
            name = name[len(prefix):].lstrip("政府")
            level = level or lv
            break
    if "特殊津贴" in name or name in ("政府津贴", "特贴"):
        name = "政府特殊津贴"
    elif "高精尖缺" in name:
        name = "高精尖缺高技能人才"
    elif "技能大师工作室" in name:
        name = "技能大师工作室带头人"
    level_alias = {"全国": "国家级", "国家": "国家级", "国务院": "国家级", "省": "省级", "自治区": "省级",
                   "直辖市": "省级", "州": "市级", "市": "市级", "地区": "市级", "县": "县级", "区": "县级"}
    level = level_alias.get(level, level)
    return name, level


# =============================================================================================
# (3) CONDITIONS AND ROUTES
# =============================================================================================

PASS, COND, UNKNOWN, WAIT, FAIL = "pass", "conditional", "unknown", "wait", "fail"


@dataclass
class C:
    """One condition of a route: pass / conditional (left to other rules) / unknown /
    wait (met on `date`) / fail (time cannot cure, or not now)."""
    kind: str
    why: str
    date: D | None = None
    missing: str | None = None


@dataclass
class RouteResult:
    route: str
    outcome: str
    earliest_date: D | None
    conditions: list = field(default_factory=list)


# ---- conditions common to every route to a title -----------------------------------------

def c_high_skilled(facts) -> C:
    """二（二）1: only 高级工 and above take part (DESIGN: 初级工/中级工/none -> not_eligible)."""
    certs = certificates(facts)
    if certs is None:
        return C(UNKNOWN, "skill certificate not known", missing="skill_certificates")
    levels = [norm_level(c.get("level")) for c in certs]
    if any(_rank(SKILL_LEVELS, lv) >= _rank(SKILL_LEVELS, HIGH_SKILL_MIN) for lv in levels):
        return C(PASS, "holds 高级工 or above (高技能人才)")
    if any(lv not in SKILL_LEVELS for lv in levels):
        return C(UNKNOWN, "a certificate's level is not known", missing="skill_certificates")
    return C(FAIL, "not 高技能人才: no 高级工-or-above certificate (二（二）1)")


def c_reviews(facts) -> C:
    """二（二）1: 近3年年度考核合格 — the last 3, most recent first."""
    results = facts.get("annual_review_results") or []
    results = [str(r).strip() for r in results][:REVIEWS_REQUIRED]
    for i, r in enumerate(results):
        if r in REVIEW_FAIL:
            return C(FAIL, f"annual review {r} ({i + 1} year(s) back) is below 合格; it leaves the "
                           f"3-year window after {REVIEWS_REQUIRED - i} more review(s)")
    if facts.get("annual_reviews_all_pass") is False:
        return C(FAIL, "not all of the last 3 annual reviews were 合格")
    if facts.get("annual_reviews_all_pass") is True:
        return C(PASS, "last 3 annual reviews 合格 or better")
    if len(results) == REVIEWS_REQUIRED and all(r in REVIEW_PASS for r in results):
        return C(PASS, "last 3 annual reviews 合格 or better")
    return C(UNKNOWN, "annual reviews not (fully) known", missing="annual_review_results")


def c_series(facts) -> C:
    """二（一）: the integrated series; a new occupation outside them -> a local mapping."""
    s = norm_series(facts.get("series"))
    if s in INTEGRATED_SERIES:
        return C(PASS, f"{s} is an integrated series (二（一）)")
    if facts.get("new_occupation") is True:
        return C(COND, "new occupation/field: subject to the local 贯通办法 and 专业对应关系 (二（一）; 云 二)")
    if s is None:
        return C(UNKNOWN, "series not known", missing="series")
    return C(FAIL, f"{s} series is not opened by 人社部发〔2020〕96号 (local rules may differ)")


def c_years(facts, as_of: D, level: str, years: int) -> C:
    """满N年 of 技术技能工作 after obtaining `level` (a higher level counts from its own date);
    the gap away from technical-skill work postpones the date."""
    certs = certificates(facts)
    if certs is None:
        return C(UNKNOWN, "skill certificate not known", missing="skill_certificates")
    qualifying = [c for c in certs
                  if _rank(SKILL_LEVELS, norm_level(c.get("level"))) >= _rank(SKILL_LEVELS, level)]
    if not qualifying:
        return C(FAIL, f"does not hold {level} or above (needs {level} + {years} years)")
    starts = [cert_start(c, as_of) for c in qualifying]
    known = [s for s in starts if s is not None]
    undated = len(known) < len(starts)
    gap = facts.get("technical_work_gap_years")
    gap_unknown = False
    if isinstance(gap, (int, float)) and gap > 0:
        gap_months = int(math.ceil(gap * 12 - 1e-9))                      # R8
    else:
        gap_months = 0
        gap_unknown = facts.get("technical_work_interrupted") is True and not isinstance(gap, (int, float))
    if not known:
        return C(UNKNOWN, f"date of {level} not known", missing="skill_certificates.obtained")
    due = add_months(min(known), 12 * years + gap_months)
    if due <= as_of:
        if gap_unknown:
            return C(UNKNOWN, "left technical-skill work for an unknown time", missing="technical_work_gap_years")
        return C(PASS, f"{level} + {years} years met on {due.isoformat()}")
    if undated:
        return C(UNKNOWN, f"an undated {level}-or-above certificate might be older",
                 missing="skill_certificates.obtained")
    if gap_unknown:   # R10: known to fail now; the no-gap anniversary is the earliest possible date
        return C(WAIT, f"{level} + {years} years: not before {due.isoformat()} (gap unknown)", date=due)
    return C(WAIT, f"{level} + {years} years met on {due.isoformat()}", date=due)


def c_honours(facts) -> C:
    """二（二）3: one of exactly the listed honours at the listed level; never round up."""
    raw = facts.get("honours")
    if raw is None:
        return C(UNKNOWN, "honours not known", missing="honours")
    maybe = False
    for h in raw:
        if not isinstance(h, dict):
            continue
        name, level = norm_honour(h)
        if name not in GREEN_CHANNEL_HONOURS:
            continue
        if level is None:
            if name in HONOURS_LEVEL_NOT_NEEDED:
                return C(PASS, f"{name} (二（二）3)")
            maybe = True
            continue
        if _rank(HONOUR_LEVELS, level) >= _rank(HONOUR_LEVELS, GREEN_CHANNEL_HONOURS[name]):
            return C(PASS, f"{level}{name} (二（二）3)")
    if maybe:
        return C(UNKNOWN, "an honour's level is not known", missing="honours.level")
    return C(FAIL, "no honour at the level 二（二）3 lists")


def c_special(facts, as_of: D) -> C:
    """二（二）3 and 云 二: 绝招绝技绝活 + long front-line service (+ 突出贡献 nationally)."""
    fl = facts.get("front_line_mastery")
    if fl is False:
        return C(FAIL, "no 绝招、绝技、绝活 with long front-line service")
    national_rule = is_yunnan(facts) is False or not in_force(YUNNAN_28, as_of)
    if facts.get("major_contribution") is False and national_rule:   # S3: a known failure settles it
        return C(FAIL, "nationally the special evaluation also needs 突出贡献 (二（二）3)")
    if fl is None:
        return C(UNKNOWN, "绝活 / front-line service not known", missing="front_line_mastery")
    yn = is_yunnan(facts)
    if yn is True and in_force(YUNNAN_28, as_of):
        return C(COND, "special evaluation (云 二: no 突出贡献 needed); the method is set locally, no level fixed")
    mc = facts.get("major_contribution")
    if mc is True:
        return C(COND, "special evaluation (二（二）3); the method is set locally, no level fixed")
    if yn is None and in_force(YUNNAN_28, as_of):
        return C(UNKNOWN, "province decides whether 突出贡献 is needed", missing="province")
    if mc is False:
        return C(FAIL, "nationally the special evaluation also needs 突出贡献 (二（二）3)")
    return C(UNKNOWN, "突出贡献 not known", missing="major_contribution")


def c_yunnan_other_series(facts, as_of: D) -> C:
    """云 四: 其他系列中有一定技术含量的高技能人才也可申报 — that series' own conditions, no rungs."""
    s = norm_series(facts.get("series"))
    if s is None or s in INTEGRATED_SERIES:
        return C(FAIL, "route only for a known non-integrated series")
    if not in_force(YUNNAN_28, as_of):
        return C(FAIL, "云人社通〔2021〕28号 does not apply yet")
    yn = is_yunnan(facts)
    if yn is None:
        return C(UNKNOWN, "province not known", missing="province")
    if yn is False:
        return C(FAIL, "only Yunnan opens other series")
    return C(COND, f"{s} series in Yunnan (云 四: 有一定技术含量): that series' own conditions")


def c_holds_title_at_least(facts, level: str) -> C:
    t = norm_level(facts.get("title_held"))
    if t is None:
        return C(UNKNOWN, "title held not known", missing="title_held")
    if _rank(TITLE_LEVELS, t) >= _rank(TITLE_LEVELS, level):
        return C(COND, f"holds {t}: promotion follows the series' own rules — not settled by these documents")
    return C(FAIL, f"holds {t}, not {level}")


# ---- routes to a title ---------------------------------------------------------------------

def settle(route: str, conds: list[C]) -> RouteResult:
    """DESIGN precedence inside one route: a known failure that time cannot cure ->
    not_eligible; else a years condition met on a known date -> not_yet (the latest such date,
    since all must hold); only when nothing known fails: need_info / conditional / eligible."""
    kinds = [c.kind for c in conds]
    if FAIL in kinds:
        return RouteResult(route, NOT_ELIGIBLE, None, conds)
    if WAIT in kinds:
        return RouteResult(route, NOT_YET, max(c.date for c in conds if c.kind == WAIT), conds)
    if UNKNOWN in kinds:
        return RouteResult(route, NEED_INFO, None, conds)
    if COND in kinds:
        return RouteResult(route, CONDITIONAL, None, conds)
    return RouteResult(route, ELIGIBLE, None, conds)


def pick(results: list[RouteResult]) -> RouteResult:
    """Across routes: the best outcome (ROUTE_ORDER); among not_yet, the earliest date."""
    def key(r):
        return (ROUTE_ORDER.index(r.outcome), r.earliest_date or D.max)
    return min(results, key=key)


def route_ordinary_years(facts, as_of, target) -> RouteResult:
    level, years = RUNGS[target]
    return settle("ordinary years route (二（二）1)",
                  [c_high_skilled(facts), c_reviews(facts), c_series(facts), c_years(facts, as_of, level, years)])


def route_junior_title(facts, as_of, target) -> RouteResult:   # 员级: not named (R12)
    return settle("员级: not named by the rungs; the series' own conditions",
                  [c_high_skilled(facts), c_reviews(facts), c_series(facts),
                   C(COND, "员级 is not named in 二（二）1: the series' own conditions")])


def route_green_channel(facts, as_of, target) -> RouteResult:
    return settle("green channel (二（二）3)",
                  [c_high_skilled(facts), c_reviews(facts), c_series(facts), c_honours(facts),
                   C(PASS, "各地区、各有关单位可结合实际情况制定具体办法 (open note)")])


def route_special_evaluation(facts, as_of, target) -> RouteResult:
    return settle("special evaluation (二（二）3; 云 二)",
                  [c_high_skilled(facts), c_reviews(facts), c_series(facts), c_special(facts, as_of)])


def route_senior_holder(facts, as_of, target) -> RouteResult:
    return settle("副高级 holder -> 正高级 (series' own rules)",
                  [c_high_skilled(facts), c_reviews(facts), c_series(facts),
                   c_holds_title_at_least(facts, "副高级")])


def route_yunnan_other_series(facts, as_of, target) -> RouteResult:
    return settle("Yunnan other series (云 四)",
                  [c_high_skilled(facts), c_reviews(facts), c_yunnan_other_series(facts, as_of)])


def green_channel_in_play(facts, target) -> bool:
    """DESIGN: honours / 绝活 are asked about only when mentioned, for 正高级, or 'directly'."""
    return bool(facts.get("honours")) or facts.get("wants_direct_application") is True \
        or target == "正高级" or facts.get("front_line_mastery") is not None \
        or facts.get("major_contribution") is not None


def title_routes(facts, as_of, target, for_target_choice=False) -> list[RouteResult]:
    """Every route that could open `target`.  For choosing a target only the routes that name
    a level count (ordinary rungs, green channel honours, a 副高级 holder for 正高级)."""
    in_play = green_channel_in_play(facts, target)
    out = []
    if target in RUNGS:
        out.append(route_ordinary_years(facts, as_of, target))
    if target in GREEN_CHANNEL_TARGETS and (in_play or for_target_choice):
        out.append(route_green_channel(facts, as_of, target))
    if target == "正高级":
        out.append(route_senior_holder(facts, as_of, target))
    if for_target_choice:
        return out
    if target == "员级":
        out.append(route_junior_title(facts, as_of, target))
    if in_play:
        out.append(route_special_evaluation(facts, as_of, target))
    out.append(route_yunnan_other_series(facts, as_of, target))
    return out


# ---- routes to a skill level (二（四）) --------------------------------------------------------

def c_post_match(facts) -> C:
    m = facts.get("occupation_matches_post")
    if m is True:
        return C(PASS, "occupation corresponds to the current post")
    if m is False:
        return C(FAIL, "occupation does not correspond to the current post (与现岗位相对应)")
    return C(UNKNOWN, "post correspondence not known", missing="occupation_matches_post")


def c_occupation_standard(facts) -> C:
    if facts.get("meets_occupation_standard") is False:
        return C(FAIL, "cumulative work years do not (yet) meet the occupation's standard")   # R16
    return C(COND, "cumulative work years per the occupation's national skill standard (not in these documents)")


def route_title_mapping(facts, as_of, target) -> RouteResult:
    t = norm_level(facts.get("title_held"))
    if t is None and facts.get("skill_certificates"):
        # S1: a worker who speaks only of the skill levels held is not asked for a title
        first = C(FAIL, "no title mentioned by a holder of skill levels: 晋级 decides")
    elif t is None:
        first = C(UNKNOWN, "title held not known", missing="title_held")
    elif t in TITLE_TO_SKILL:
        mapped = TITLE_TO_SKILL[t]
        if _rank(SKILL_LEVELS, target) <= _rank(SKILL_LEVELS, mapped):
            first = C(PASS, f"{t} -> {mapped} (二（四）)")
        else:
            first = C(FAIL, f"{t} opens {mapped}, not {target}")
    else:   # 正高级 / 员级: not named (R15)
        first = C(COND, f"{t} is not named in 二（四）'s mapping; only its general first sentence applies")
    return settle("title -> skill by title (二（四）)", [first, c_post_match(facts), c_occupation_standard(facts)])


def route_skill_promotion(facts, as_of, target) -> RouteResult:
    certs = certificates(facts)
    below = SKILL_LEVELS[_rank(SKILL_LEVELS, target) - 1] if _rank(SKILL_LEVELS, target) > 0 else None
    if certs is None:   # R31: 晋级 is in play only when a skill level held is mentioned
        first = C(FAIL, "no skill level mentioned: 晋级 not in play")
    elif below is None or not [c for c in certs if norm_level(c.get("level")) == below]:
        first = C(FAIL, f"晋级 to {target} needs {below} held 1 year")
    else:
        starts = [cert_start(c, as_of) for c in certs if norm_level(c.get("level")) == below]
        known = [s for s in starts if s is not None]
        if not known:
            first = C(UNKNOWN, f"date of {below} not known", missing="skill_certificates.obtained")
        else:
            due = add_months(min(known), 12 * PROMOTION_WAIT_YEARS)
            first = C(PASS, f"{below} held 1 year on {due}") if due <= as_of else \
                C(WAIT, f"{below} held 1 year on {due}", date=due)
    return settle("晋级 (二（四）)", [first, c_occupation_standard(facts)])


# =============================================================================================
# (4) TRACKS, TARGETS AND THE SINGLE PRECEDENCE ENTRY POINT
# =============================================================================================

def infer_track(facts):
    t = facts.get("track")
    if t in TRACKS:
        return t
    target = norm_level(facts.get("target_level"))                       # R2
    if facts.get("exam"):
        return "qualification_exam"
    if facts.get("organiser_topic") or facts.get("applicant_count") is not None \
            or facts.get("enterprise_above_scale") is not None:
        return "organiser"
    if target in TITLE_LEVELS:
        return "skill_to_title"
    if target in SKILL_LEVELS:
        return "title_to_skill"
    if facts.get("title_held") and not facts.get("skill_certificates"):
        return "title_to_skill"
    if facts.get("skill_certificates") and not facts.get("title_held"):
        return "skill_to_title"
    return None


def choose_title_target(facts, as_of) -> str | None:
    """No level asked: the highest title the facts reach (eligible or conditional through a
    route that names a level), above any title already held; if none, the ordinary rung of
    the highest certificate held, or the next title above the one held (R11)."""
    held_title = norm_level(facts.get("title_held"))
    floor_rank = _rank(TITLE_LEVELS, held_title)
    for target in reversed(TITLE_LEVELS[1:]):
        if _rank(TITLE_LEVELS, target) <= floor_rank:
            continue
        results = title_routes(facts, as_of, target, for_target_choice=True)
        if results and pick(results).outcome in (ELIGIBLE, CONDITIONAL):
            return target
    certs = certificates(facts) or []
    best = max((_rank(SKILL_LEVELS, norm_level(c.get("level"))) for c in certs), default=-1)
    rung = None
    for title, (level, _) in RUNGS.items():
        if best >= _rank(SKILL_LEVELS, level):
            rung = title
    if rung is None:   # S2: DESIGN "if none, the next rung of the ordinary ladder above what they hold"
        if held_title is not None:
            return TITLE_LEVELS[min(floor_rank + 1, len(TITLE_LEVELS) - 1)]
        return None if certificates(facts) is None else next(iter(RUNGS))
    if floor_rank >= _rank(TITLE_LEVELS, rung):
        return TITLE_LEVELS[min(floor_rank + 1, len(TITLE_LEVELS) - 1)]
    return rung


def choose_skill_target(facts, as_of) -> str | None:
    t = norm_level(facts.get("title_held"))
    certs = certificates(facts) or []
    best = max((_rank(SKILL_LEVELS, norm_level(c.get("level"))) for c in certs), default=-1)
    candidates = []
    if t in TITLE_TO_SKILL:
        candidates.append(TITLE_TO_SKILL[t])
    if 0 <= best < len(SKILL_LEVELS) - 1:
        candidates.append(SKILL_LEVELS[best + 1])
    candidates = [c for c in candidates if _rank(SKILL_LEVELS, c) > best]
    reached = [c for c in candidates if pick(skill_routes(facts, as_of, c)).outcome in (ELIGIBLE, CONDITIONAL)]
    pool = reached or candidates
    return max(pool, key=lambda c: _rank(SKILL_LEVELS, c)) if pool else None


def skill_routes(facts, as_of, target):
    return [route_title_mapping(facts, as_of, target), route_skill_promotion(facts, as_of, target)]


def decide_skill_to_title(facts, as_of):
    target = norm_level(facts.get("target_level"))
    if target not in TITLE_LEVELS:
        target = choose_title_target(facts, as_of)
    if target is None:
        gate = c_high_skilled(facts)
        outcome = NOT_ELIGIBLE if gate.kind == FAIL else NEED_INFO
        return RouteResult("no level", outcome, None, [gate]), None
    return pick(title_routes(facts, as_of, target)), target


def decide_title_to_skill(facts, as_of):
    target = norm_level(facts.get("target_level"))
    if target not in SKILL_LEVELS:
        target = choose_skill_target(facts, as_of)
    if target is None:
        t = norm_level(facts.get("title_held"))
        if t is None:
            return RouteResult("no level", NEED_INFO, None, [C(UNKNOWN, "title held", missing="title_held")]), None
        if t in TITLE_TO_SKILL:   # S11: already holds what the title points to: ask which level
            return RouteResult("no level", NEED_INFO, None, [C(UNKNOWN, "level", missing="target_level")]), None
        return route_title_mapping(facts, as_of, None), None      # 正高级/员级 with no level asked
    return pick(skill_routes(facts, as_of, target)), target


def decide_exam(facts, as_of):
    exam = norm_exam(facts.get("exam"))
    if not exam:
        return RouteResult("exam", NEED_INFO, None, [C(UNKNOWN, "exam", missing="exam")]), None
    if exam not in EXAMS:   # R13: not settled by these documents; never 原则上可以
        return RouteResult("exam", NOT_ELIGIBLE, None,
                           [C(FAIL, f"{exam}: not among the eight of 二（一） — not settled by these documents")]), exam
    return settle("exam (二（一）)", [c_high_skilled(facts),
                                     C(COND, f"{exam}: the exam's own entry rules")]), exam


def decide_organiser(facts, as_of):
    """Returns (RouteResult, obligation)."""
    topic = facts.get("organiser_topic")
    if topic is None:                                                    # R17
        has_count = facts.get("applicant_count") is not None
        has_scale = facts.get("enterprise_above_scale") is not None
        if has_count and not has_scale:
            topic = "separate_panel"
        elif has_scale and not has_count:
            topic = "enterprise_self_evaluation"
    if topic == "enterprise_self_evaluation":
        scale = facts.get("enterprise_above_scale")
        if scale is False:
            return RouteResult("enterprise self-evaluation", NOT_ELIGIBLE, None, []), None
        if scale is None:
            return RouteResult("enterprise self-evaluation", NEED_INFO, None, []), None
        return RouteResult("enterprise self-evaluation (二（三）; 云 三: 经审核备案)", CONDITIONAL, None, []), "may"
    if topic == "separate_panel":
        yn = is_yunnan(facts) if in_force(YUNNAN_28, as_of) else False
        if yn is None:
            return RouteResult("separate panel", NEED_INFO, None, []), None
        if yn is False:   # 二（三）: 支持有条件的地区和单位 — no threshold (R18, settled S12)
            return RouteResult("separate panel (二（三）)", ELIGIBLE, None, []), "may"
        n = facts.get("applicant_count")
        if not isinstance(n, int) or isinstance(n, bool):
            return RouteResult("separate panel (云 三)", NEED_INFO, None, []), None
        return RouteResult("separate panel (云 三)", ELIGIBLE, None, []), \
            ("must" if n >= YUNNAN_PANEL_THRESHOLD else "may")
    return RouteResult("organiser", NEED_INFO, None, []), None


def explain(facts: dict, as_of) -> dict:
    facts = dict(facts or {})
    as_of = parse_date(as_of)
    track = infer_track(facts)
    obligation = None
    asked = norm_level(facts.get("target_level"))
    if not in_force(MOHRSS_96, as_of):                                   # R4
        target = norm_exam(facts.get("exam")) if track == "qualification_exam" else \
            (None if track == "organiser" else asked)
        res, target = RouteResult("before 人社部发〔2020〕96号 applies", NOT_ELIGIBLE, None, []), target
    elif track is None:
        res, target = RouteResult("track", NEED_INFO, None, [C(UNKNOWN, "track", missing="track")]), None
        if asked in TITLE_LEVELS + SKILL_LEVELS:
            target = asked
    elif track == "skill_to_title":
        res, target = decide_skill_to_title(facts, as_of)
    elif track == "title_to_skill":
        res, target = decide_title_to_skill(facts, as_of)
    elif track == "qualification_exam":
        res, target = decide_exam(facts, as_of)
    else:
        (res, obligation), target = decide_organiser(facts, as_of), None
    return {
        "outcome": res.outcome,
        "track": track,
        "target": target,
        "earliest_date": res.earliest_date if res.outcome == NOT_YET else None,
        "obligation": obligation if track == "organiser" else None,
        "route": res.route,
        "conditions": [(c.kind, c.why) for c in res.conditions],
        "missing_facts": [c.missing for c in res.conditions if c.kind == UNKNOWN and c.missing],
    }


def decide(facts: dict, as_of: _dt.date) -> dict:
    """-> {"outcome": "eligible|not_yet|not_eligible|need_info|conditional",
           "track": ... or None, "target": str or None, "earliest_date": datetime.date or None,
           "obligation": "must|may" or None}"""
    full = explain(facts, as_of)
    return {k: full[k] for k in ("outcome", "track", "target", "earliest_date", "obligation")}
