"""The operator console in a real browser (Debian's chromium through Playwright, the network cut):
hotline calls played field by field from an empty console, checked against /v1/eligibility on
the same live server after every field; the path map with the person's dates; a chat session
continued in the console; the masked call record. Screenshots go to artifacts/."""

from __future__ import annotations

import datetime as dt
import re

import httpx
import pytest
from playwright.sync_api import expect

from rules.labels import label
from tests.rules.test_situations import SITUATIONS
from tests.ui.web.chat_driver import ARTIFACTS, needs_chromium
from ui.web.chat import ChatTab
from ui.web.console import ConsoleTab

pytestmark = [pytest.mark.integration, needs_chromium]

# One call per outcome and track at least: the caller's facts are entered in the order they say them.
CALLS = [
    "skill_to_title:高级工满2年前一天，助理级暂不能申报",
    "skill_to_title:技师满3年当天可申报中级",
    "skill_to_title:高级工想评中级，要先取得技师",
    "reviews:基本合格不算合格，并说明哪一年移出近3年",
    "technical_work:中间离开一年：满年日期顺延一年（前一天）",
    "green_channel:全国技术能手直接申报副高级",
    "series:云南其他系列有条件可以申报，不套用年限",
    "special_evaluation:云南：绝活加一线就可以特殊评审",
    "title_to_skill:中级职称申请技师，已达职业标准年限，仍以职业标准为准",
    "title_to_skill:取得高级工1年前一天，晋级技师暂不能",
    "exams:会计",
    "organiser:云南4人可以单设但不是必须",
    "organiser:国家规定支持单独分组：可以，不是必须",
    "organiser:小企业不在支持自主评审之列",
]
BY_ID = {f"{s['file']}:{s['name']}": s for s in SITUATIONS}
TEXT_FACTS = ("technical_work_gap_years", "cumulative_work_years", "applicant_count", "title_obtained")
TYPED_CHOICES = ("province", "series", "exam")  # the list offers some; others are typed


@pytest.fixture(scope="module")
def api(server):
    with httpx.Client(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture
def console(open_chat):
    """An empty console at 1366×900, on a fresh visitor's page with the network cut (conftest)."""
    page = open_chat("desktop").page
    page.get_by_role("tab", name=ConsoleTab.title).click()
    expect(page.locator("#console-verdict .summary")).to_contain_text("请先说明您要办的事")
    # today's date arrives with the first verdict, so nothing typed from here on is overwritten by it
    expect(page.locator("#c-as-of input")).to_have_value(dt.date.today().isoformat(), timeout=1000)
    return page


# driving the form as an operator does --------------------------------------------------------


def choose(page, elem_id: str, text: str, typed: bool = False) -> None:
    box = page.locator(f"#{elem_id} input")
    box.click()
    options = page.locator(f"[id^='{box.get_attribute('aria-controls')}-option-']")
    option = options.and_(page.locator(f"[aria-label='{text}']"))
    if typed and not option.count():
        box.fill(text)
        box.press("Enter")
    else:
        option.click()
    expect(box).to_have_value(text)


def type_in(page, elem_id: str, text: str) -> None:
    page.locator(f"#{elem_id} input").fill(text)
    page.locator(f"#{elem_id} input").blur()


def tick(page, elem_id: str, answer: bool) -> None:
    page.locator(f"#{elem_id} label").filter(has_text="是" if answer else "否").click()


def elem(fact: str) -> str:
    return "c-" + fact.replace("_", "-")


def say(page, fact: str, value) -> None:
    """Enter one fact the caller gave, the way it is in the situation."""
    if fact in SAY:
        SAY[fact](page, value)
    elif isinstance(value, bool):
        tick(page, elem(fact), value)
    elif fact in TEXT_FACTS:
        type_in(page, elem(fact), str(value))
    else:
        words = CHOICE_WORDS.get(fact, lambda v: v)(value)
        choose(page, elem(fact), words, typed=fact in TYPED_CHOICES)


def _certificates(page, certificates: list[dict]) -> None:
    if not certificates:
        choose(page, "c-cert-level-0", "没有证书")
    for row, certificate in enumerate(certificates):
        choose(page, f"c-cert-level-{row}", certificate["level"])
        if "years_held" in certificate:
            type_in(page, f"c-cert-when-{row}", f"{certificate['years_held']:g}年")
        elif certificate.get("obtained"):
            type_in(page, f"c-cert-when-{row}", str(certificate["obtained"]))


def _reviews(page, grades: list[str]) -> None:
    for year, grade in enumerate(grades):
        choose(page, f"c-review-{year}", grade)


def _honours(page, honours: list[dict]) -> None:
    choose(page, "c-honour-name", honours[0]["name"] if honours else "没有", typed=True)
    if honours and honours[0].get("level"):
        choose(page, "c-honour-level", honours[0]["level"])


SAY = {"skill_certificates": _certificates, "annual_review_results": _reviews, "honours": _honours}
CHOICE_WORDS = {
    "track": lambda value: label("tracks", value),
    "organiser_topic": lambda value: label("routes", value),
    "title_held": lambda value: "没有职称" if value == "无" else value,
}


def eligibility(api, facts: dict, as_of: str) -> dict:
    reply = api.post("/v1/eligibility", json={"facts": facts, "as_of": as_of})
    assert reply.status_code == 200, reply.text
    return reply.json()


def shows(page, verdict: dict) -> None:
    """The console shows this verdict: its outcome, its sentence, its next question."""
    expect(page.locator("#console-verdict .summary")).to_have_text(verdict["summary"])
    expect(page.locator("#console-verdict .outcome")).to_have_attribute("data-outcome", verdict["outcome"])
    if verdict["missing_facts"]:
        expect(page.locator("#console-next [data-fact]")).to_have_text(label("fields", verdict["missing_facts"][0]))


def quotes_match_the_clauses(page, api, verdict: dict) -> None:
    citations = page.locator("#console-clauses .citation")
    shown = {citations.nth(i).get_attribute("data-clause-id") for i in range(citations.count())}
    assert shown == set(verdict["clause_ids"])
    for i in range(citations.count()):
        citation = citations.nth(i)
        clause = api.get(f"/v1/clauses/{citation.get_attribute('data-clause-id')}").json()
        assert citation.locator(".quote").inner_text() in clause["text"]
        assert citation.locator(".clause-label").inner_text() == f"——{clause['label']}"


# the tests -----------------------------------------------------------------------------------


def test_the_calls_cover_every_outcome_and_the_organiser():
    outcomes = {BY_ID[call]["expect"]["outcome"] for call in CALLS}
    assert {"eligible", "not_yet", "not_eligible", "conditional"} <= outcomes
    assert len(CALLS) >= 10 and any(BY_ID[call]["facts"].get("track") == "organiser" for call in CALLS)


@pytest.mark.parametrize("call", CALLS)
def test_a_hotline_call_reaches_the_verdict_and_clause_text_of_eligibility(console, api, call):
    situation = BY_ID[call]
    as_of = situation["as_of"].isoformat()
    type_in(console, "c-as-of", as_of)
    said: dict = {}
    seen = [console.locator("#console-verdict .summary").inner_text()]
    for fact, value in situation["facts"].items():
        if value is None:
            continue
        say(console, fact, value)
        said[fact] = value
        verdict = eligibility(api, said, as_of)
        shows(console, verdict)  # after every field: what the rules say for what was said so far
        seen.append(verdict["summary"])
    assert verdict == eligibility(api, situation["facts"], as_of)
    assert verdict["outcome"] == situation["expect"]["outcome"]
    assert len(set(seen)) >= 2, "the verdict never changed during the call"
    quotes_match_the_clauses(console, api, verdict)
    if call == CALLS[0]:
        ARTIFACTS.mkdir(exist_ok=True)
        console.screenshot(path=str(ARTIFACTS / "console-call.png"))


def test_the_path_map_shows_the_persons_dates(console):
    type_in(console, "c-as-of", "2023-01-01")
    choose(console, "c-series", "工程")
    choose(console, "c-cert-level-0", "高级工")
    type_in(console, "c-cert-when-0", "2022-03-15")
    tick(console, "c-annual-reviews-all-pass", True)
    path = console.locator("#console-path")
    expect(path.locator(".standing")).to_contain_text("高级工（2022年3月15日取得）")
    expect(path.locator("li[data-target='助理级']")).to_contain_text("2024年3月15日起可以申报")
    expect(path.locator("li[data-target='技师']")).to_contain_text("2023年3月15日起可以申报")
    expect(path.locator("li[data-target='中级']")).to_contain_text("技师")
    picture = path.locator("img.path-picture")
    expect(picture).to_have_attribute("alt", _contains("2024年3月15日起可以申报"))
    assert picture.evaluate("img => img.complete && img.naturalWidth > 600 && img.naturalHeight > 300")
    ARTIFACTS.mkdir(exist_ok=True)
    path.screenshot(path=str(ARTIFACTS / "console-path-map.png"))
    console.screenshot(path=str(ARTIFACTS / "console-full.png"), full_page=True)
    type_in(console, "c-as-of", "2024-06-01")  # a day later in the caller's life: the dates move on
    expect(path.locator("li[data-target='助理级']")).to_contain_text("现在可以申报")


def _contains(text: str) -> re.Pattern:
    return re.compile(re.escape(text))


def test_a_call_started_in_chat_continues_in_the_console(console, api):
    first = api.post(
        "/v1/chat", json={"message": "我是电工，2020年7月拿的技师证，能评中级职称吗", "as_of": "2024-05-01"}
    )
    session_id = first.json()["session_id"]
    api.post("/v1/chat", json={"session_id": session_id, "message": "工程系列，最近三年考核都合格"})
    facts = api.get(f"/v1/sessions/{session_id}").json()["facts"]
    console.locator("#c-session input").fill(session_id)
    console.locator("#c-load").click()
    expect(console.locator("#c-cert-level-0 input")).to_have_value("技师")
    expect(console.locator("#c-cert-when-0 input")).to_have_value(facts["skill_certificates"][0]["obtained"])
    type_in(console, "c-as-of", "2024-05-01")
    shows(console, eligibility(api, facts, "2024-05-01"))

    console.locator("#c-session input").fill("no-such-session-123")
    console.locator("#c-load").click()
    expect(console.get_by_text("找不到这个对话")).to_be_visible()
    expect(console.locator("#c-cert-level-0 input")).to_have_value("技师")  # nothing lost


def test_copy_as_text_gives_a_masked_record_for_the_call_log(console, api):
    type_in(console, "c-as-of", "2024-06-01")
    choose(console, "c-track", label("tracks", "organiser"))
    choose(console, "c-province", "云南", typed=True)
    type_in(console, "c-applicant-count", "5")
    verdict = eligibility(api, {"track": "organiser", "province": "云南", "applicant_count": 5}, "2024-06-01")
    shows(console, verdict)
    console.locator("#c-notes textarea").fill("来电 13812345678，身份证 530102199001011234，问评审组")
    console.locator("#c-copy").click()
    record = console.locator("#c-record textarea")
    expect(record).to_have_value(_contains(verdict["summary"]))
    text = record.input_value()
    assert "138****5678" in text and "530***********1234" in text
    assert "13812345678" not in text and "530102199001011234" not in text
    assert f"判断日期：{dt.date(2024, 6, 1).year}年6月1日" in text


def test_the_chat_shows_the_path_map_once_it_reaches_a_verdict(console):
    console.get_by_role("tab", name=ChatTab.title).click()
    chat_path = console.locator("#chat-path")
    for message in ("我是电工，2020年7月拿的技师证，能评中级职称吗", "工程系列，最近三年考核都合格，一直在做电工"):
        console.locator("#message textarea").fill(message)
        console.locator("#send").click()
        expect(console.locator('#chat [data-testid="user"]').last).to_contain_text(message[:6])
    expect(chat_path.locator(".standing")).to_contain_text("技师（2020年7月31日取得）")
    expect(chat_path.locator("li[data-target='中级']")).to_contain_text("申报")
    assert chat_path.locator("img.path-picture").evaluate("img => img.complete && img.naturalWidth > 600")
    ARTIFACTS.mkdir(exist_ok=True)
    console.screenshot(path=str(ARTIFACTS / "chat-path-map.png"), full_page=True)
