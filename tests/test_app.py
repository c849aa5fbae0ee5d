"""The web app served on 127.0.0.1: gradio_client sessions, ten at once, and a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import threading
from pathlib import Path

import pytest

from tutor.ui import build_app
from tutor.wiring import assemble_tutor

from .conftest import free_port

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def served(seed_tutor, tmp_path_factory):
    """The app over the seeded index with its own learner database, on a free loopback port."""
    tmp = tmp_path_factory.mktemp("app")
    settings = seed_tutor.settings.model_copy(update={"database_url": f"sqlite:///{tmp / 'learners.db'}"})
    tutor = assemble_tutor(settings, seed_tutor.index_store, seed_tutor.index_store.embeddings)
    port = free_port()
    app = build_app(tutor)
    app.queue(default_concurrency_limit=4)
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    yield tutor, f"http://127.0.0.1:{port}/"
    app.close()


def _client(url):
    from gradio_client import Client

    return Client(url, verbose=False)


def _text(message) -> str:
    """A chat message's text (Gradio 6 sends content as a list of parts)."""
    content = message["content"]
    return content if isinstance(content, str) else " ".join(p.get("text", "") for p in content)


def _titles(messages):
    return [m["metadata"]["title"] for m in messages if isinstance(m, dict) and (m.get("metadata") or {}).get("title")]


def test_ask_returns_an_answer_with_cited_sources(served):
    tutor, url = served
    chat, cleared = _client(url).predict("what is safety stock?", "All domains", [], "Ada", api_name="/ask")[:2]
    assert cleared == "" and "Domain: `Inventory`" in _text(chat[1])
    assert chat[0]["role"] == "user" and "Safety stock" in _text(chat[1])
    titles = _titles(chat)
    assert titles and titles[0].startswith("[1")
    assert "answered by: offline" in _text(chat[1])
    ada = tutor.store.learner("Ada", create=False)
    assert tutor.store.questions(ada.id)[-1][1] == "inventory"


def test_a_second_question_in_the_same_chat_is_answered(served):
    """Gradio sends the chat back with each message's content as a list of parts; the second turn must work."""
    _, url = served
    client = _client(url)
    chat, _ = client.predict("what is safety stock?", "All domains", [], "Lin", api_name="/ask")[:2]
    chat, cleared = client.predict("give me an example", "All domains", chat, "Lin", api_name="/ask")[:2]
    assert cleared == ""
    texts = [_text(m) for m in chat]
    assert texts[0] == "what is safety stock?" and "give me an example" in texts
    follow = texts[texts.index("give me an example") + 1]
    assert "Safety stock" in follow and "165 units" in follow
    chat, _ = client.predict("which is better, that or cycle stock?", "All domains", chat, "Lin",
                             api_name="/ask")[:2]
    assert len([m for m in chat if m["role"] == "user"]) == 3


def _answer_all(client, learner, n, response="true"):
    client.predict(["Inventory"], ["true_false"], n, "any", learner, api_name="/start_quiz")
    feedback = ""
    for _ in range(n):
        *_, feedback = client.predict(response, "", learner, api_name="/answer")
    return feedback


def test_a_quiz_answer_is_recorded_and_progress_reflects_it(served):
    tutor, url = served
    client = _client(url)
    before = client.predict("", "Grace", api_name="/progress")[3]
    assert before["attempts"] == 0
    feedback = _answer_all(client, "Grace", 2)
    assert "Summary by domain" in feedback and "| **total** |" in feedback
    after = client.predict("", "Grace", api_name="/progress")[3]
    assert after["attempts"] == 2 and after["domains"]["inventory"]["attempts"] == 2
    grace = tutor.store.learner("Grace", create=False)
    assert [e["type"] for e in tutor.store.events(grace.id)] == ["attempt", "attempt"]


def test_upload_then_ask_cites_the_learners_own_file(served, tmp_path):
    from gradio_client import handle_file

    tutor, url = served
    notes = tmp_path / "my-kanban-notes.md"
    notes.write_text("# My kanban notes\n\nOur plant sizes each kanban loop with a tote of 24 brackets. The "
                     "supermarket beside the press line holds four totes of brackets, and the water spider "
                     "collects empty totes every 30 minutes.\n")
    client = _client(url)
    status, rows, _domain = client.predict(handle_file(str(notes)), "Auto-detect", "Hedy", api_name="/upload")
    assert "my-kanban-notes.md" in status and rows["data"][0][1] == "my-kanban-notes.md"
    chat, *_ = client.predict("how often does the water spider collect empty totes?", "All domains", [], "Hedy",
                              api_name="/ask")
    assert "From your notes" in _text(chat[1])
    assert any("my-kanban-notes.md" in _text(m) for m in chat[2:])
    other, *_ = client.predict("how often does the water spider collect empty totes?", "All domains", [], "Ivy",
                               api_name="/ask")
    assert not any("my-kanban-notes.md" in str(m) for m in other), "another learner never sees Hedy's file"


def test_ten_concurrent_learners_all_succeed_with_exact_counts(served):
    tutor, url = served
    errors: list[BaseException] = []

    def learner_session(i: int) -> None:
        try:
            client = _client(url)
            client.predict("what is a kanban?", "All domains", [], f"Concurrent {i}", api_name="/ask")
            _answer_all(client, f"Concurrent {i}", 3)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=learner_session, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors
    for i in range(10):
        who = tutor.store.learner(f"Concurrent {i}", create=False)
        kinds = [e["type"] for e in tutor.store.events(who.id)]
        assert kinds.count("question") == 1 and kinds.count("attempt") == 3, (i, kinds)


def _answer_on_screen(page) -> None:
    """Pick the first option of a choice item, or type into the answer box; waits for either to render."""
    radios = page.locator("#options label")
    typed = page.locator("#typed textarea, #typed input").first
    for _ in range(150):
        if radios.count() and radios.first.is_visible():
            radios.first.click()
            return
        if typed.is_visible():
            typed.fill("1")
            return
        page.wait_for_timeout(200)
    raise AssertionError("neither answer options nor an answer box appeared")


BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_end_to_end_in_a_real_headless_browser(served, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    _, url = served
    shots = tmp_path / "screenshots"
    shots.mkdir()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=BROWSER_FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(url)
        page.wait_for_selector("#learner")
        page.locator("#learner textarea, #learner input").first.fill("Browser Ada")
        page.locator("#question textarea, #question input").first.fill("what is available to promise?")
        page.locator("button#ask").click()
        expect(page.locator("#chat")).to_contain_text("[1]", timeout=60_000)
        page.screenshot(path=str(shots / "1-answer.png"))

        page.get_by_role("tab", name="Progress").click()
        page.locator("button#refresh-progress").click()
        expect(page.locator("#progress-text")).to_contain_text("0 answers", timeout=30_000)
        expect(page.locator("#progress-chart .js-plotly-plot")).to_have_count(1, timeout=30_000)
        # no domain started yet: no bar carries a count
        expect(page.locator("#progress-chart")).not_to_contain_text(re.compile(r"attempted · \d+ answer"))

        page.get_by_role("tab", name="Quiz").click()
        page.locator("button#start-quiz").click()
        for n in range(1, 6):
            expect(page.locator("#item")).to_contain_text(f"item {n} of 5", timeout=30_000)
            _answer_on_screen(page)
            page.locator("button#submit-answer").click()
            expect(page.locator("#feedback")).to_contain_text(
                re.compile("Right|Not quite") if n < 5 else re.compile("Summary"), timeout=30_000)
        page.screenshot(path=str(shots / "2-quiz.png"))

        page.get_by_role("tab", name="Progress").click()
        page.locator("button#refresh-progress").click()
        expect(page.locator("#progress-text")).to_contain_text("5 answers", timeout=30_000)
        expect(page.locator("#progress-chart")).to_contain_text(  # bars now carry counts ("1 answer", "2 answers")
            re.compile(r"attempted · \d+ answer"), timeout=30_000)
        page.screenshot(path=str(shots / "3-progress.png"))

        page.locator("#learner textarea, #learner input").first.fill("Browser Bo")
        page.locator("button#refresh-progress").click()
        expect(page.locator("#progress-text")).to_contain_text("Browser Bo", timeout=30_000)
        expect(page.locator("#progress-text")).to_contain_text("0 answers")
        expect(page.locator("#progress-text")).not_to_contain_text("Browser Ada")
        page.screenshot(path=str(shots / "4-other-learner.png"))
        browser.close()
    assert len(list(Path(shots).glob("*.png"))) == 4
