"""Learner journeys in a real headless Chromium against the real app, served as `tutor app` in a subprocess.

Each journey walks several steps the way a learner does (follow-ups, skipped and wrong answers, a
second click on "Submit exam", dates out of range, two uploads, a name changed mid-quiz). Every step
checks that no "Error" badge or error toast shows unless the step is meant to fail, and the server's
own log (stdout and stderr of the app process) must hold no traceback at the end of each journey.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from .conftest import free_port

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not shutil.which("chromium"),
                                                reason="Debian chromium is missing (.ci/run installs it)")]

BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]
WAIT = 60_000


class Server:
    """The app process, its URL, its log and its learner database."""

    def __init__(self, url: str, log: Path, db: Path, process: subprocess.Popen[bytes]) -> None:
        self.url, self.log, self.db, self.process = url, log, db, process
        self.read_upto = 0

    def new_log(self) -> str:
        """Log lines written since the last call."""
        text = self.log.read_text(errors="replace")
        fresh, self.read_upto = text[self.read_upto:], len(text)
        return fresh

    def store(self):
        from tutor.store import Store

        return Store(f"sqlite:///{self.db}")


@pytest.fixture(scope="module")
def server(seed_tutor, tmp_path_factory):
    """`python -m tutor app` over a copy of the seeded index, logging to a file the journeys read."""
    tmp = tmp_path_factory.mktemp("journeys")
    data = tmp / "data"
    shutil.copytree(seed_tutor.settings.data_dir, data, ignore=shutil.ignore_patterns("learners.db*", "*.lock"))
    port, log, db = free_port(), tmp / "server.log", tmp / "learners.db"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TUTOR_")}
    env.update(TUTOR_CORPUS_DIR=str(seed_tutor.settings.corpus_dir), TUTOR_DATA_DIR=str(data),
               TUTOR_DATABASE_URL=f"sqlite:///{db}", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               GRADIO_ANALYTICS_ENABLED="False", ANONYMIZED_TELEMETRY="False", PYTHONUNBUFFERED="1")
    with open(log, "wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "tutor", "app", "--host", "127.0.0.1", "--port", str(port)],
                                   env=env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 240
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"the app did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.5)
    yield Server(url, log, db, process)
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def page(server):
    """A fresh browser page on the app; after the journey, the server log must hold no traceback."""
    from playwright.sync_api import sync_playwright

    server.new_log()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=BROWSER_FLAGS, headless=True)
        tab = browser.new_page(viewport={"width": 1280, "height": 1000})
        tab.goto(server.url)
        tab.wait_for_selector("#learner")
        yield tab
        browser.close()
    log = server.new_log()
    assert "Traceback" not in log, f"the server logged a traceback during the journey:\n{log[-4000:]}"


# -- helpers -------------------------------------------------------------------------------------------------------
def no_error(page) -> None:
    """No red "Error" badge on any component and no error toast."""
    page.wait_for_timeout(150)
    toasts = page.locator(".toast-body.error")
    badges = page.get_by_text("Error", exact=True)
    visible = [b for b in badges.all() if b.is_visible()] + [t for t in toasts.all() if t.is_visible()]
    assert not visible, [v.inner_text() for v in visible]


def expect_error_toast(page, text: str) -> None:
    """A step meant to fail shows its message (and nothing else breaks); the toast is closed after."""
    from playwright.sync_api import expect

    toast = page.locator(".toast-body.error").filter(has_text=text)
    expect(toast.first).to_be_visible(timeout=WAIT)
    for close in page.locator(".toast-body.error .toast-close").all():
        if close.is_visible():
            close.click()
    page.wait_for_timeout(300)


def fill(page, elem_id: str, text: str) -> None:
    page.locator(f"#{elem_id} textarea, #{elem_id} input").first.fill(text)


def set_name(page, name: str) -> None:
    fill(page, "learner", name)
    page.locator("#learner textarea, #learner input").first.press("Tab")


def bot_texts(page) -> list[str]:
    return page.locator("#chat .message.bot, #chat [data-testid='bot']").all_inner_texts()


def ask(page, question: str, expect_text: str | re.Pattern[str]) -> str:
    """Type a question, send it, wait for the answer holding `expect_text`; returns the chat's text."""
    from playwright.sync_api import expect

    before = page.locator("#chat").inner_text()
    fill(page, "question", question)
    page.locator("button#ask").click()
    box = page.locator("#question textarea, #question input").first
    expect(box).to_have_value("", timeout=WAIT)  # cleared only when the answer is in
    expect(page.locator("#chat")).to_contain_text(expect_text, timeout=WAIT)
    after = page.locator("#chat").inner_text()
    assert after != before and "…" not in after[-5:]
    no_error(page)
    return after


# -- journeys ------------------------------------------------------------------------------------------------------
def test_a_six_question_chat_with_follow_ups_a_calculation_and_an_off_topic_question(page):
    from playwright.sync_api import expect

    set_name(page, "Journey Chat")
    ask(page, "what is safety stock?", "Safety stock")
    ask(page, "and what's its formula?", "SS = z × σ_LT")
    ask(page, "give me an example", "165 units")
    ask(page, "MPS vs MRP", "Material requirements planning")
    expect(page.locator("#chat table")).to_have_count(1)
    assert "| Exam trap" not in page.locator("#chat").inner_text()  # the table did not break into raw pipes
    ask(page, "which one comes first?", re.compile("Master production schedule", re.I))
    expect(page.locator("#chat table")).to_have_count(2)
    ask(page, "annual demand 12,000 units, $50 per order, carrying cost 25%, unit cost $12: EOQ?", "632.46")
    ask(page, "who won the world cup in 2018?", "Nearest topics")
    page.locator("button#quiz-me").click()  # after an off-topic question: a general quiz, not an error
    expect(page.locator("#item")).to_contain_text("item 1 of", timeout=WAIT)
    no_error(page)


def test_an_empty_question_is_refused_and_a_typed_one_survives_an_error(page):
    from playwright.sync_api import expect

    page.locator("button#ask").click()  # no name yet: meant to fail, says what to do
    expect_error_toast(page, "Type your name")
    set_name(page, "Journey Empty")
    fill(page, "question", "   ")
    page.locator("button#ask").click()
    expect_error_toast(page, "empty")
    fill(page, "question", "what is a kanban?")
    page.locator("button#ask").click()
    expect(page.locator("#chat")).to_contain_text("anban", timeout=WAIT)
    no_error(page)


def set_slider(page, elem_id: str, value: int) -> None:
    box = page.locator(f"#{elem_id} input[type=number]").first
    box.fill(str(value))
    box.press("Enter")


def pick(page, elem_id: str, option: str) -> None:
    """Choose an option of a (multiselect) dropdown by typing it."""
    box = page.locator(f"#{elem_id} input").first
    box.click()
    page.locator(f"#{elem_id} li[role=option][aria-label='{option}']").first.click()
    page.keyboard.press("Escape")


def progress_text(page, name: str) -> str:
    from playwright.sync_api import expect

    page.get_by_role("tab", name="Progress").click()
    page.locator("button#refresh-progress").click()
    expect(page.locator("#progress-text")).to_contain_text(name, timeout=WAIT)
    return page.locator("#progress-text").inner_text()


def true_false_quiz(page, name: str, n: int) -> None:
    """Start a true/false quiz of `n` items as `name` and wait for its first item."""
    from playwright.sync_api import expect

    set_name(page, name)
    page.get_by_role("tab", name="Quiz").click()
    pick(page, "quiz-kinds", "true_false")
    set_slider(page, "quiz-n", n)
    page.locator("button#start-quiz").click()
    expect(page.locator("#item")).to_contain_text(f"item 1 of {n}", timeout=WAIT)


def test_a_quiz_with_an_empty_submit_a_skip_and_wrong_and_right_answers(page, server):
    from playwright.sync_api import expect

    true_false_quiz(page, "Journey Quiz", 16)
    page.locator("button#submit-answer").click()  # nothing selected: a plain message, the item stays
    expect(page.locator("#feedback")).to_contain_text(re.compile("pick|choose|select", re.I), timeout=WAIT)
    expect(page.locator("#item")).to_contain_text("item 1 of 16")
    no_error(page)
    page.locator("button#skip-item").click()
    expect(page.locator("#item")).to_contain_text("item 2 of 16", timeout=WAIT)
    verdicts = []
    for n in range(2, 17):
        expect(page.locator("#item")).to_contain_text(f"item {n} of 16", timeout=WAIT)
        page.locator("#options label").filter(has_text="True" if n % 2 else "False").first.click()
        page.locator("button#submit-answer").click()
        if n < 16:  # the next item is on screen once this answer's feedback is in
            expect(page.locator("#item")).to_contain_text(f"item {n + 1} of 16", timeout=WAIT)
        else:
            expect(page.locator("#feedback")).to_contain_text("Summary by domain", timeout=WAIT)
        feedback = page.locator("#feedback").inner_text()
        assert ("✅" in feedback) != ("❌" in feedback), feedback
        verdicts.append("✅" in feedback)
        no_error(page)
    expect(page.locator("#feedback")).to_contain_text("Summary by domain")
    assert any(verdicts) and not all(verdicts), "the journey needs a right and a wrong answer"
    text = progress_text(page, "Journey Quiz")
    assert "16 answers" in text  # the skipped item counts as not known
    no_error(page)
    store = server.store()
    who = store.learner("Journey Quiz", create=False)
    events = [e for e in store.events(who.id) if e["type"] == "attempt"]
    assert len(events) == 16 and sum(1 for e in events if e.get("correct")) == sum(verdicts)


def test_a_mock_exam_submitted_twice_records_once(page, server):
    from playwright.sync_api import expect

    set_name(page, "Journey Exam")
    page.get_by_role("tab", name="Mock exam").click()
    set_slider(page, "exam-n", 8)
    page.locator("button#start-exam").click()
    expect(page.locator("#exam-item")).to_contain_text("item 1 of 8", timeout=WAIT)
    expect(page.locator("#clock")).to_contain_text("left", timeout=WAIT)
    page.locator("button#save-next").click()  # nothing chosen: a plain message, no badge
    expect(page.locator("#exam-feedback")).to_contain_text(re.compile("pick|choose|select|type", re.I), timeout=WAIT)
    no_error(page)
    page.locator("#exam-options label").first.click()
    page.locator("button#save-next").click()
    expect(page.locator("#exam-item")).to_contain_text("item 2 of 8", timeout=WAIT)
    page.locator("button#skip-exam-item").click()
    expect(page.locator("#exam-item")).to_contain_text("item 3 of 8", timeout=WAIT)
    page.locator("#exam-options label").nth(1).click()
    page.locator("button#save-next").click()
    expect(page.locator("#exam-item")).to_contain_text("item 4 of 8", timeout=WAIT)
    page.locator("button#submit-exam").click()
    expect(page.locator("#exam-feedback")).to_contain_text("2 of 8 items answered", timeout=WAIT)
    page.locator("button#submit-exam").click()
    expect(page.locator("#exam-feedback")).to_contain_text("already submitted", timeout=WAIT)
    no_error(page)
    assert "2 answers" in progress_text(page, "Journey Exam")
    store = server.store()
    who = store.learner("Journey Exam", create=False)
    assert len([e for e in store.events(who.id) if e["type"] == "attempt"]) == 2


def test_a_plan_refuses_a_past_and_a_far_future_date_then_plans(page):
    from playwright.sync_api import expect

    set_name(page, "Journey Plan")
    page.get_by_role("tab", name="Progress").click()
    today = datetime.now(UTC).date()
    for bad in ((today - timedelta(days=3)).isoformat(), "9999-12-31", "2099-12-31", "next tuesday"):
        fill(page, "exam-date", bad)
        started = time.monotonic()
        page.locator("button#refresh-progress").click()
        expect_error_toast(page, "exam date")  # meant to fail: says the allowed window
        assert time.monotonic() - started < 20
    fill(page, "exam-date", (today + timedelta(days=45)).isoformat())
    page.locator("button#refresh-progress").click()
    expect(page.locator("#progress-text")).to_contain_text("Exam in 45 days", timeout=WAIT)
    table = page.locator("#plan-table")
    expect(table).to_contain_text(today.isoformat(), timeout=WAIT)
    no_error(page)


def test_two_uploads_with_auto_detect_each_get_their_own_domain(page, tmp_path):
    from playwright.sync_api import expect

    set_name(page, "Journey Library")
    page.get_by_role("tab", name="Library").click()
    files = {
        "cycle-counts.md": "# Our cycle counting\n\nWe count A items monthly and C items once a year. The ABC "
                           "classification ranks items by annual dollar usage; safety stock and reorder points "
                           "are reviewed after each count so inventory record accuracy stays above 95%.\n",
        "spc-notes.md": "# Control charts at our plant\n\nOperators plot x-bar and R charts for bore diameter. A "
                        "point outside the control limits means a special cause; process capability Cpk above "
                        "1.33 is our quality target, and six sigma projects follow DMAIC.\n",
    }
    domains = []
    for filename, body in files.items():
        path = tmp_path / filename
        path.write_text(body)
        clear = page.locator("#library-file button[aria-label='Clear']")
        if clear.count():  # the previous file is still shown: take it away first
            clear.first.click()
        page.locator("#library-file input[type=file]").set_input_files(str(path))
        page.wait_for_timeout(500)
        expect(page.locator("#library-domain input").first).to_have_value("Auto-detect")
        page.locator("button#upload").click()
        expect(page.locator("#library-status")).to_contain_text(f"Added {filename}", timeout=WAIT)
        status = page.locator("#library-status").inner_text()
        tagged = re.search(r"tagged (.+?) \(", status)
        assert tagged, status
        domains.append(tagged.group(1))
        expect(page.locator("#library-domain input").first).to_have_value("Auto-detect")
        no_error(page)
    assert domains == ["Inventory", "Quality, technology and continuous improvement"] or domains[0] != domains[1]
    expect(page.locator("#library-table")).to_contain_text("spc-notes.md")
    expect(page.locator("#library-table")).to_contain_text("cycle-counts.md")


def test_changing_the_name_mid_quiz_keeps_the_answers_with_the_learner_who_started(page, server):
    from playwright.sync_api import expect

    true_false_quiz(page, "Journey Dee", 3)
    for n in (1, 2, 3):
        expect(page.locator("#item")).to_contain_text(f"item {n} of 3", timeout=WAIT)
        if n == 2:
            set_name(page, "Journey Eve")
        page.locator("#options label").first.click()
        page.locator("button#submit-answer").click()
        expect(page.locator("#feedback")).to_contain_text(re.compile("Right|Not quite"), timeout=WAIT)
        if n == 2:
            expect(page.locator("#feedback")).to_contain_text("Journey Dee")  # says whose answers these are
        no_error(page)
    store = server.store()
    dee = store.learner("Journey Dee", create=False)
    assert len([e for e in store.events(dee.id) if e["type"] == "attempt"]) == 3
    eve = store.learner("Journey Eve", create=True)
    assert not [e for e in store.events(eve.id) if e["type"] == "attempt"]


def test_a_review_started_mid_quiz_leaves_the_quiz_where_it_was(page, server, seed_tutor):
    from playwright.sync_api import expect

    true_false_quiz(page, "Journey Rae", 3)
    page.locator("#options label").first.click()
    page.locator("button#submit-answer").click()
    expect(page.locator("#item")).to_contain_text("item 2 of 3", timeout=WAIT)
    store = server.store()
    rae = store.learner("Journey Rae", create=False)
    for item in seed_tutor.quiz(n=2, kinds=["true_false"], seed=5):  # answered wrong a month ago: due now
        store.record_attempt(rae.id, item, "x", False, datetime.now(UTC) - timedelta(days=30))
    page.get_by_role("tab", name="Review").click()
    page.locator("button#start-review").click()
    expect(page.locator("#review-item")).to_contain_text("Review · item 1 of 2", timeout=WAIT)
    page.locator("#review-options label").first.click()
    page.locator("button#submit-review").click()
    expect(page.locator("#review-feedback")).to_contain_text(re.compile("Right|Not quite"), timeout=WAIT)
    no_error(page)
    page.get_by_role("tab", name="Quiz").click()
    expect(page.locator("#item")).to_contain_text("item 2 of 3")  # the quiz in progress is still there
    page.locator("#options label").first.click()
    page.locator("button#submit-answer").click()
    expect(page.locator("#item")).to_contain_text("item 3 of 3", timeout=WAIT)
    no_error(page)
    kinds = [e["type"] for e in store.events(rae.id)]
    assert kinds.count("review") == 1 and kinds.count("attempt") == 2 + 2  # two seeded, two quiz answers
