"""The Gradio app: chat, quiz, review, progress, mock exam, library and search tabs for each learner.

`build_app(tutor)` only builds the Blocks (models are loaded once by the caller); every handler
names its learner: the login (with TUTOR_USERS_FILE) or the name typed at the top, which the
browser remembers. Each handler reads and writes only that learner's data.
"""

from __future__ import annotations

import functools
import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from tutor.coach import plan, progress
from tutor.domains import Domain
from tutor.errors import TutorError
from tutor.quiz.items import Kind
from tutor.service import Tutor
from tutor.store import Learner
from tutor.ui import drills
from tutor.ui.views import answer_messages, format_hits, progress_figure, progress_markdown

logger = logging.getLogger(__name__)

ALL_DOMAINS = "All domains"
WEAK = "My weak areas"
AUTO = "Auto-detect"
DOMAIN_NAMES = [d.display_name for d in Domain]


def _slug(name: str | None) -> str | None:
    return None if name in (None, "", ALL_DOMAINS, AUTO) else str(Domain.parse(name))


def build_app(tutor: Tutor) -> gr.Blocks:
    """The whole app for `tutor`."""

    def learner(name: str | None, request: gr.Request | None) -> Learner:
        user = getattr(request, "username", None) if request else None
        who = user or (name or "").strip()
        if not who:
            raise gr.Error("Type your name at the top first: your progress is kept under it.")
        return tutor.store.learner(who)

    def recorder(who: Learner) -> Any:
        def record(item: Any, response: str, correct: bool, seconds: float | None, review: bool) -> None:
            tutor.store.record_attempt(who.id, item, response, correct, drills.stamp(), seconds=seconds, review=review)
        return record

    def guard(fn: Any) -> Any:
        @functools.wraps(fn)  # keeps the signature, so Gradio still passes gr.Request and gr.Progress
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except TutorError as exc:
                raise gr.Error(str(exc)) from None
        return wrapped

    # -- chat ----------------------------------------------------------------------------------------------
    def ask(question: str, domain_name: str, history: list[dict[str, Any]] | None, name: str,
            request: gr.Request) -> Any:
        who = learner(name, request)
        history = list(history or [])
        asked = [m["content"] for m in history if m.get("role") == "user"][-4:]
        history.append({"role": "user", "content": question})
        yield history + [{"role": "assistant", "content": "…"}], None, ""
        try:
            for step in tutor.ask_stream(who, question, history=asked, domain=_slug(domain_name)):
                if isinstance(step, str):  # a language model is still writing
                    yield history + [{"role": "assistant", "content": step}], None, ""
                else:
                    yield history + answer_messages(step), getattr(step, "domain", None) or "", ""
        except TutorError as exc:
            raise gr.Error(str(exc)) from None

    # -- quiz / review / exam ------------------------------------------------------------------------------
    def show(session: dict[str, Any], feedback: str) -> tuple[Any, ...]:
        item = drills.current(session)
        typed = item is not None and item.kind in (Kind.CLOZE, Kind.NUMERIC)
        return (session, drills.item_markdown(session), gr.update(choices=drills.choices(item), value=None,
                visible=item is not None and not typed), gr.update(value="", visible=typed), feedback)

    def start_quiz(domains: list[str], kinds: list[str], n: float, difficulty: str, name: str,
                   request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        chosen = [d for d in domains or [] if d != WEAK]
        if WEAK in (domains or []):
            items = tutor.next_quiz(who, n=int(n))
        else:
            items = tutor.quiz([_slug(d) for d in chosen] or None, n=int(n), kinds=kinds or None,
                               difficulty=None if difficulty in (None, "", "any") else int(difficulty))
        return show(drills.new_session(items, "quiz"), "")

    def answer(choice: str | None, typed: str | None, session: dict[str, Any], name: str,
               request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        response = drills.to_letter(choice) if choice else (typed or "")
        session, text = drills.answer(session, response, record=recorder(who))
        return show(session, text)

    def quiz_me(topic: str, name: str, request: gr.Request) -> tuple[Any, ...]:
        learner(name, request)
        if not topic:
            raise gr.Error("Ask a question first; the quiz follows its topic.")
        items = tutor.quiz([topic], n=3)
        return (*show(drills.new_session(items, "quiz"), f"A short drill on **{Domain(topic).display_name}**."),
                gr.Tabs(selected="quiz"))

    def start_review(name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        items = tutor.store.due(who.id, datetime.now(UTC), limit=20)
        note = "" if items else "No reviews due. Come back later or take a quiz."
        session = drills.new_session(items, "review")
        return show(session, note)

    def start_exam(n: float, name: str, request: gr.Request) -> tuple[Any, ...]:
        learner(name, request)
        session = drills.new_session(tutor.exam(n=int(n)), "exam")
        return (*show(session, ""), drills.exam_clock(session), gr.Timer(active=True))

    def exam_answer(choice: str | None, typed: str | None, session: dict[str, Any], name: str,
                    request: gr.Request) -> tuple[Any, ...]:
        learner(name, request)
        response = drills.to_letter(choice) if choice else (typed or "")
        session, text = drills.answer(session, response)
        return (*show(session, text), drills.exam_clock(session))

    def submit_exam(session: dict[str, Any], name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        if not session or session.get("mode") != "exam":
            raise gr.Error("Start a mock exam first.")
        session, report = drills.submit_exam(session, record=recorder(who))
        return (*show(session, report), "", gr.Timer(active=False))

    def tick(session: dict[str, Any]) -> str:
        return drills.exam_clock(session)

    # -- progress ------------------------------------------------------------------------------------------
    def show_progress(exam_date: str, name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        report = progress(tutor.store, who, datetime.now(UTC))
        text = progress_markdown(report)
        rows: list[list[Any]] = []
        when = exam_date.strip() if exam_date else (report.exam_date.isoformat() if report.exam_date else "")
        if when:
            try:
                day = date.fromisoformat(when)
            except ValueError:
                raise gr.Error("The exam date must be YYYY-MM-DD.") from None
            today = datetime.now(UTC).date()
            text += f"\n\n**Exam in {(day - today).days} days** ({day.isoformat()})."
            if day > today:
                rows = [[d.day.isoformat(), ", ".join(Domain(x).display_name for x in d.domains), d.reviews_due,
                         d.new_items, d.note] for d in plan(tutor.store, who, day, today)]
        weak = [m.key for m in report.weak]
        buttons = [gr.update(value=f"Drill {weak[i]}", visible=True) if i < len(weak) else gr.update(visible=False)
                   for i in range(3)]
        summary = {"learner": report.learner, "attempts": report.attempts, "due_now": report.due_now,
                   "domains": {k: {"mean": round(m.mean, 3), "attempts": m.attempts, "level": str(m.level)}
                               for k, m in report.domains.items()}, "weak": weak}
        return (progress_figure(report), text, rows, summary, *buttons)

    def drill_this(label: str, name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        key = label.removeprefix("Drill ").strip()
        attempts = tutor.store.attempts(who.id)
        domain = next((a.domain for a in attempts if a.subtopic == key), None)
        items = tutor.quiz_engine.quiz([domain] if domain else None, n=5, subtopics=[key])
        return (*show(drills.new_session(items, "quiz"), f"Drilling `{key}`."), gr.Tabs(selected="quiz"))

    # -- library -------------------------------------------------------------------------------------------
    def upload(file: str | None, domain_name: str, name: str, request: gr.Request,
               progress_bar: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        who = learner(name, request)
        if not file:
            raise gr.Error("Choose a PDF, Markdown or text file first.")
        path = Path(file)
        added = tutor.library.add(who.id, path.name, path.read_bytes(), domain=_slug(domain_name),
                                  progress=lambda f, msg: progress_bar(f, desc=msg))
        status = (f"Added **{added.filename}**: {added.pages} page(s), {added.chunks} passages, tagged "
                  f"**{Domain(added.domain).display_name}** (change it below if that is wrong).")
        return status, library_rows(who), gr.update(value=Domain(added.domain).display_name)

    def library_rows(who: Learner) -> list[list[Any]]:
        return [[f.file_id, f.filename, Domain(f.domain).display_name, f.pages, f.chunks]
                for f in tutor.library.files(who.id)]

    def retag(file_id: str, domain_name: str, name: str, request: gr.Request) -> list[list[Any]]:
        who = learner(name, request)
        tutor.library.set_domain(who.id, file_id.strip(), str(Domain.parse(domain_name)))
        return library_rows(who)

    def remove(file_id: str, name: str, request: gr.Request) -> list[list[Any]]:
        who = learner(name, request)
        tutor.library.remove(who.id, file_id.strip())
        return library_rows(who)

    def list_library(name: str, request: gr.Request) -> list[list[Any]]:
        return library_rows(learner(name, request))

    # -- search --------------------------------------------------------------------------------------------
    def run_search(query: str, domain_name: str) -> str:
        return format_hits(" ".join(query.split()), tutor.search(query, domain=_slug(domain_name)))

    with gr.Blocks(title="CPIM Tutor") as app:
        remembered = gr.BrowserState("", storage_key="cpim-tutor-learner")
        with gr.Row():
            gr.Markdown(f"# CPIM Tutor\nStudy for the ASCM CPIM 8.0 exam · answers from the notes · "
                        f"backend: **{tutor.backend_name}**")
            name = gr.Textbox(label="Your name", placeholder="e.g. Ada", scale=0, min_width=220, elem_id="learner")
        topic = gr.State("")
        quiz_state = gr.State({})
        with gr.Tabs() as tabs:
            with gr.Tab("Ask", id="ask"):
                scope = gr.Dropdown([ALL_DOMAINS, *DOMAIN_NAMES], value=ALL_DOMAINS, label="Domain scope")
                chat = gr.Chatbot(label="CPIM Tutor", height=480, elem_id="chat")
                question = gr.Textbox(label="Question", placeholder="e.g. what is the difference between MPS and MRP?",
                                      elem_id="question")
                with gr.Row():
                    send = gr.Button("Ask", variant="primary", elem_id="ask")
                    quiz_me_btn = gr.Button("Quiz me on this", elem_id="quiz-me")
            with gr.Tab("Quiz", id="quiz"):
                with gr.Row():
                    q_domains = gr.Dropdown([WEAK, *DOMAIN_NAMES], multiselect=True, label="Domains (empty: all)")
                    q_kinds = gr.Dropdown([k.value for k in Kind], multiselect=True, label="Kinds (empty: all)")
                    q_n = gr.Slider(1, 50, value=5, step=1, label="Items")
                    q_diff = gr.Dropdown(["any", "1", "2", "3"], value="any", label="Difficulty")
                q_start = gr.Button("Start quiz", variant="primary", elem_id="start-quiz")
                item_md = gr.Markdown(elem_id="item")
                options = gr.Radio(choices=[], label="Your answer", visible=False, elem_id="options")
                typed = gr.Textbox(label="Your answer", visible=False, elem_id="typed")
                q_submit = gr.Button("Submit answer", elem_id="submit-answer")
                fb = gr.Markdown(elem_id="feedback")
            with gr.Tab("Review", id="review"):
                r_start = gr.Button("Review due cards", variant="primary", elem_id="start-review")
                gr.Markdown("Reviews use the same answer box as the Quiz tab: answer them there.")
            with gr.Tab("Progress", id="progress"):
                with gr.Row():
                    exam_day = gr.Textbox(label="Exam date (YYYY-MM-DD)", scale=1)
                    p_refresh = gr.Button("Refresh progress", variant="primary", elem_id="refresh-progress")
                chart = gr.Plot(elem_id="progress-chart")
                p_text = gr.Markdown(elem_id="progress-text")
                p_json = gr.JSON(visible=False)
                with gr.Row():
                    drill_buttons = [gr.Button(visible=False, elem_id=f"drill-{i}") for i in range(3)]
                plan_table = gr.Dataframe(headers=["day", "focus", "reviews", "new items", "note"], label="Study plan")
            with gr.Tab("Mock exam", id="exam"):
                gr.Markdown("Domains are weighted equally: ASCM publishes no per-domain weights for CPIM 8.0. "
                            "Time: 3.5 h for 150 items, scaled for fewer. Submit at any time.")
                with gr.Row():
                    e_n = gr.Slider(8, 150, value=150, step=1, label="Items")
                    e_start = gr.Button("Start mock exam", variant="primary", elem_id="start-exam")
                clock = gr.Markdown(elem_id="clock")
                e_item = gr.Markdown()
                e_options = gr.Radio(choices=[], label="Your answer", visible=False)
                e_typed = gr.Textbox(label="Your answer", visible=False)
                with gr.Row():
                    e_next = gr.Button("Save and next")
                    e_submit = gr.Button("Submit exam", variant="stop")
                e_fb = gr.Markdown()
                timer = gr.Timer(1.0, active=False)  # ticks only while an exam runs
            with gr.Tab("Library", id="library"):
                gr.Markdown("Upload your own notes (PDF, Markdown or text, up to 20 MB). They are tagged with a "
                            "domain, indexed for you only, and cited in your answers.")
                with gr.Row():
                    l_file = gr.File(file_types=[".pdf", ".md", ".markdown", ".txt"], type="filepath", label="File")
                    l_domain = gr.Dropdown([AUTO, *DOMAIN_NAMES], value=AUTO, label="Domain")
                l_status = gr.Markdown(elem_id="library-status")
                l_table = gr.Dataframe(headers=["file id", "file", "domain", "pages", "passages"], label="Your files")
                with gr.Row():
                    l_id = gr.Textbox(label="File id")
                    l_retag = gr.Button("Set domain")
                    l_remove = gr.Button("Remove file", variant="stop")
                l_add = gr.Button("Upload", variant="primary", elem_id="upload")
            with gr.Tab("Search", id="search"):
                s_query = gr.Textbox(label="Question or search words", elem_id="query")
                s_domain = gr.Dropdown([ALL_DOMAINS, *DOMAIN_NAMES], value=ALL_DOMAINS, label="Domain")
                s_button = gr.Button("Search", elem_id="search")
                s_results = gr.Markdown(elem_id="results")

        # fill the name the browser remembers; never blank out a name already typed
        app.load(lambda saved: saved if saved else gr.update(), inputs=remembered, outputs=name, api_name=False)
        name.change(lambda n: n, inputs=name, outputs=remembered, api_name=False)
        chat_outputs = [chat, topic, question]
        send.click(ask, [question, scope, chat, name], chat_outputs, api_name="ask")
        question.submit(ask, [question, scope, chat, name], chat_outputs, api_name=False)
        drill_outputs = [quiz_state, item_md, options, typed, fb]
        quiz_me_btn.click(guard(quiz_me), [topic, name], [*drill_outputs, tabs], api_name="quiz_me")
        q_start.click(guard(start_quiz), [q_domains, q_kinds, q_n, q_diff, name], drill_outputs, api_name="start_quiz")
        q_submit.click(guard(answer), [options, typed, quiz_state, name], drill_outputs, api_name="answer")
        typed.submit(guard(answer), [options, typed, quiz_state, name], drill_outputs, api_name=False)
        r_start.click(guard(start_review), [name], drill_outputs, api_name="start_review").then(
            lambda: gr.Tabs(selected="quiz"), None, tabs, api_name=False)
        p_outputs = [chart, p_text, plan_table, p_json, *drill_buttons]
        p_refresh.click(guard(show_progress), [exam_day, name], p_outputs, api_name="progress")
        for button in drill_buttons:
            button.click(guard(drill_this), [button, name], [*drill_outputs, tabs], api_name=False)
        exam_state = gr.State({})
        e_outputs = [exam_state, e_item, e_options, e_typed, e_fb, clock]
        e_start.click(guard(start_exam), [e_n, name], [*e_outputs, timer], api_name="start_exam")
        e_next.click(guard(exam_answer), [e_options, e_typed, exam_state, name], e_outputs, api_name="exam_answer")
        e_submit.click(guard(submit_exam), [exam_state, name], [*e_outputs, timer], api_name="submit_exam")
        timer.tick(tick, exam_state, clock, api_name=False)
        l_add.click(guard(upload), [l_file, l_domain, name], [l_status, l_table, l_domain], api_name="upload")
        l_retag.click(guard(retag), [l_id, l_domain, name], l_table, api_name="retag")
        l_remove.click(guard(remove), [l_id, name], l_table, api_name="remove_file")
        s_button.click(guard(run_search), [s_query, s_domain], s_results, api_name="run_search")
        s_query.submit(guard(run_search), [s_query, s_domain], s_results, api_name=False)
        name.submit(guard(list_library), [name], l_table, api_name=False)
    return app
