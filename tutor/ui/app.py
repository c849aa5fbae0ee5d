"""The Gradio app: chat, quiz, review, progress, mock exam, library and search tabs for each learner.

`build_app(tutor)` only builds the Blocks (models are loaded once by the caller); every handler
names its learner: the login (with TUTOR_USERS_FILE) or the name typed at the top, which the
browser remembers. Each handler reads and writes only that learner's data.
"""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import Any

import gradio as gr

from tutor import drill
from tutor.domains import Domain
from tutor.errors import QueryError, TutorError
from tutor.quiz.items import Kind
from tutor.service import Tutor
from tutor.store import Learner
from tutor.ui import calculator, drills
from tutor.ui.chat import learner_questions
from tutor.ui.views import PLAN_HEADERS, PLAN_WIDTHS, answer_messages, format_hits, progress_figure, progress_markdown
from tutor.uploads import check_upload
from tutor.users import open_names_notice

logger = logging.getLogger(__name__)

ALL_DOMAINS = "All domains"
WEAK = "My weak areas"
AUTO = "Auto-detect"
DOMAIN_NAMES = [d.display_name for d in Domain]
DRILL_BUTTONS = ("Submit answer", "Skip (show the answer)")
"""The buttons under a quiz or review item."""


def _text(value: Any) -> str:
    """A text input's value; anything that is not text (possible through the API) reads as ""."""
    return value if isinstance(value, str) else ""


def _slug(name: Any) -> str | None:
    name = _text(name)
    return None if name in ("", ALL_DOMAINS, AUTO) else str(Domain.parse(name))


def user_error(problem: TutorError | str, where: str = "app") -> gr.Error:
    """A message for the learner, logged as one line: a validation error is no fault, so no traceback.

    Gradio prints the traceback of every `gr.Error` unless told not to, which buries real crashes.
    """
    logger.info("%s: %s", where, problem)
    return gr.Error(str(problem), print_exception=False)


def answer_panel(ids: tuple[str, ...], labels: tuple[str, ...], stop_last: bool = False) -> tuple[Any, ...]:
    """The item, its answer radio and box, a row of buttons (`labels`) and the feedback, with these elem_ids.

    Returns (item, radio, box, *buttons, feedback); ids name them in that order. `stop_last` shows the last
    button as the one that ends the session (Submit exam).
    """
    item = gr.Markdown(elem_id=ids[0])
    radio = gr.Radio(choices=[], label="Your answer", visible=False, elem_id=ids[1])
    box = gr.Textbox(label="Your answer", visible=False, elem_id=ids[2])
    with gr.Row():
        buttons = [gr.Button(label, elem_id=i, variant="stop" if stop_last and n == len(labels) - 1 else "secondary")
                   for n, (label, i) in enumerate(zip(labels, ids[3:], strict=False))]
    return item, radio, box, *buttons, gr.Markdown(elem_id=ids[-1])


def build_app(tutor: Tutor) -> gr.Blocks:
    """The whole app for `tutor`."""

    def learner(name: str | None, request: gr.Request | None) -> Learner:
        user = getattr(request, "username", None) if request else None
        who = user or _text(name).strip()
        if not who:
            raise user_error("Type your name at the top first: your progress is kept under it.", "learner")
        return tutor.learner(who)

    record = drill.recorder(tutor.record_attempt)  # for the learner who started the session, whoever types now

    def typed_name(name: str | None, request: gr.Request | None) -> str:
        """The name the learner goes by now (login or name box), without creating a learner."""
        return (getattr(request, "username", None) if request else None) or _text(name)

    def guard(fn: Any) -> Any:
        @functools.wraps(fn)  # keeps the signature, so Gradio still passes gr.Request and gr.Progress
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except TutorError as exc:
                raise user_error(exc, fn.__name__) from None
        return wrapped

    # -- chat ----------------------------------------------------------------------------------------------
    def ask(question: str, domain_name: str, history: list[dict[str, Any]] | None, context: list[str] | None,
            name: str, request: gr.Request) -> Any:
        """Answer in the chat. A bad question raises before anything changes, so the typed text stays in its box.

        `context` holds the previous answer's entry ids (`Answer.topics`) so that a follow-up follows; it is
        dropped when the chat was cleared.
        """
        history = list(history or [])
        try:
            who = learner(name, request)
            tutor.check_query(question)
            scope = _slug(domain_name)
        except TutorError as exc:
            raise user_error(exc, "ask") from None
        asked = learner_questions(history)
        topics = [t for t in context if isinstance(t, str)] if isinstance(context, list) and history else []
        history.append({"role": "user", "content": question})
        keep = gr.update()
        form = [keep] * calculator.OUTPUTS  # the calculator form: opened only for an unfinished calculation
        yield history + [{"role": "assistant", "content": "…"}], keep, keep, keep, *form
        try:
            written = ""
            for step in tutor.ask_stream(who, question, history=asked, domain=scope, topics=topics):
                if isinstance(step, str):  # a language model is still writing: show the text so far
                    written += step
                    yield history + [{"role": "assistant", "content": written}], keep, keep, keep, *form
                else:
                    domain = getattr(step, "domain", None) or ""
                    yield (history + answer_messages(step), domain, "", list(getattr(step, "topics", [])),
                           *calculator.prefilled(step))
        except TutorError as exc:  # e.g. garbled text: said in the chat; the question stays in its box to fix
            logger.info("ask: %s", exc)
            yield history + [{"role": "assistant", "content": f"⚠️ {exc}"}], keep, keep, keep, *form

    def calculate(function: str, *typed: Any) -> str:
        """Compute from the calculator form's fields and show the working (or what is still missing)."""
        return calculator.compute(tutor, function, tuple(_text(t) for t in typed))

    # -- quiz / review / exam ------------------------------------------------------------------------------
    NO_ITEMS = ("No quiz items match these choices. Widen them (more domains, no kind filter, difficulty \"any\") "
                "and start again.")
    submit_lock = threading.Lock()  # one submission at a time, so a double click cannot record an exam twice

    def show(session: dict[str, Any], feedback: str) -> tuple[Any, ...]:
        item = drill.current(session)
        typed = item is not None and item.kind in (Kind.CLOZE, Kind.NUMERIC)
        return (session, drills.item_markdown(session), gr.update(choices=drills.choices(item), value=None,
                visible=item is not None and not typed), gr.update(value="", visible=typed), feedback)

    def started(session: dict[str, Any], note: str) -> tuple[Any, ...]:
        """show() for a new session; with none (nothing to ask), only the message: what was on screen stays."""
        return show(session, note) if session else (gr.update(), gr.update(), gr.update(), gr.update(), note)

    def draw(make: Any) -> tuple[list[Any], str]:
        """The items `make()` draws, or none and why (e.g. filters no item matches) as a plain message."""
        try:
            return list(make()), NO_ITEMS
        except QueryError as exc:
            return [], f"No quiz started: {exc}"

    def after(session: dict[str, Any], before: Any, text: str, name: str, request: gr.Request | None
              ) -> tuple[Any, ...]:
        """show() after an answer or skip: a plain message, and the same item kept as it was if it is still on."""
        if session.get("index") != before and session.get("done") and session.get("mode") != "exam":
            text += "\n\n" + drill.summary(session["results"])  # the last item of a quiz or review
        note = drills.owner_note(session, typed_name(name, request))
        text = f"{text}\n\n{note}" if note else text
        if drill.current(session) is not None and session.get("index") == before:
            return session, gr.update(), gr.update(), gr.update(), text
        return show(session, text)

    def start_quiz(domains: list[str], kinds: list[str], n: float, difficulty: str, name: str,
                   request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        chosen = [d for d in domains or [] if d != WEAK]
        if WEAK in (domains or []):
            items, why = draw(lambda: tutor.next_quiz(who, n=drills.whole_number(n, 1, 50, "Items")))
        else:
            level = None if difficulty in (None, "", "any") else drills.whole_number(difficulty, 1, 3, "Difficulty")
            count = drills.whole_number(n, 1, 50, "Items")
            items, why = draw(lambda: tutor.quiz([_slug(d) for d in chosen] or None, n=count, kinds=kinds or None,
                                                 difficulty=level))
        return started(*drill.start(items, "quiz", who, empty=why))

    def answer(choice: str | None, typed: str | None, session: dict[str, Any], name: str,
               request: gr.Request) -> tuple[Any, ...]:
        session = drill.checked(session)
        before = session.get("index")
        response = drills.to_letter(choice) if choice else drills.to_letter(typed)
        session, text = drill.answer(session, response, record=record)  # recorded for the session's learner
        return after(session, before, text, name, request)

    def skip_item(session: dict[str, Any], name: str, request: gr.Request) -> tuple[Any, ...]:
        session = drill.checked(session)
        before = session.get("index")
        session, text = drill.skip(session, record=record)  # a skipped quiz item is recorded as not known
        return after(session, before, text, name, request)

    def quiz_me(topic: str, history: list[dict[str, Any]] | None, name: str, request: gr.Request
                ) -> tuple[Any, ...]:
        who = learner(name, request)
        domains, note = drills.quiz_me_plan(topic, history)  # off-topic or no question: a general quiz, saying so
        items, why = draw(lambda: tutor.quiz(domains, n=3))
        return (*started(*drill.start(items, "quiz", who, empty=why, note=note)), gr.Tabs(selected="quiz"))

    def start_review(name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        items = tutor.due(who, limit=20)
        return started(*drill.start(items, "review", who, empty="No reviews due. Come back later or take a quiz."))

    def start_exam(n: float, name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        session, note = drill.start(tutor.exam(n=drills.whole_number(n, 8, 150, "Items")), "exam", who,
                                    empty="No exam items could be drawn from the notes. Index the corpus first.")
        return (*show(session, note), drill.exam_clock(session), gr.Timer(active=drill.clock_running(session)))

    def exam_answer(choice: str | None, typed: str | None, session: dict[str, Any], name: str,
                    request: gr.Request) -> tuple[Any, ...]:
        session = drill.checked(session)
        before = session.get("index")
        response = drills.to_letter(choice) if choice else drills.to_letter(typed)
        session, text = drill.answer(session, response)  # nothing is saved after the deadline
        return (*after(session, before, text, name, request), drill.exam_clock(session))

    def exam_skip(session: dict[str, Any], name: str, request: gr.Request) -> tuple[Any, ...]:
        session = drill.checked(session)
        before = session.get("index")
        session, text = drill.skip(session)  # left unanswered: counts as wrong at submission
        return (*after(session, before, text, name, request), drill.exam_clock(session))

    def submit_exam(session: dict[str, Any], name: str, request: gr.Request) -> tuple[Any, ...]:
        session = drill.checked(session)
        note = drills.owner_note(session, typed_name(name, request))
        with submit_lock:
            # idempotent: a second submit records nothing
            session, report = drill.submit_exam(session, record=record, weights=tutor.settings.exam_weights)
        return (*show(session, f"{report}\n\n{note}" if note else report), "", gr.Timer(active=False))

    def tick(session: dict[str, Any]) -> tuple[Any, ...]:
        session = drill.checked(session)
        return drill.exam_clock(session), gr.Timer(active=drill.clock_running(session))

    # -- progress ------------------------------------------------------------------------------------------
    def show_progress(exam_date: str, name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        report = tutor.progress(who)
        text = progress_markdown(report)
        # one shared validator (tutor.learner.parse_exam_date); a saved date out of range is noted, not planned
        exam = tutor.exam_outlook(who, exam_date)
        text += f"\n\n{exam.note}" if exam.note else ""
        rows: list[list[Any]] = [[d.day.isoformat(), ", ".join(Domain(x).display_name for x in d.domains),
                                  d.reviews_due, d.new_items, d.note] for d in exam.days]
        weak = [m.key for m in report.weak]
        buttons = [gr.update(value=f"Drill {weak[i]}", visible=True) if i < len(weak) else gr.update(visible=False)
                   for i in range(3)]
        summary = {"learner": report.learner, "attempts": report.attempts, "due_now": report.due_now,
                   "domains": {k: {"mean": round(m.mean, 3), "attempts": m.attempts, "level": str(m.level)}
                               for k, m in report.domains.items()}, "weak": weak}
        return (progress_figure(report), text, rows, summary, *buttons)

    def drill_this(label: str, name: str, request: gr.Request) -> tuple[Any, ...]:
        who = learner(name, request)
        key = _text(label).removeprefix("Drill ").strip()
        items, why = draw(lambda: tutor.drill_subtopic(key, n=5))
        return (*started(*drill.start(items, "quiz", who, empty=why, note=f"Drilling `{key}`.")),
                gr.Tabs(selected="quiz"))

    # -- library -------------------------------------------------------------------------------------------
    def library_domain(domain_name: str | None) -> str | None:
        """The slug chosen in the Library's Domain list; None for Auto-detect."""
        if domain_name in (None, "", AUTO):
            return None
        try:
            return Domain.parse(str(domain_name)).value
        except ValueError:
            raise QueryError(f"Pick Auto-detect or one of the eight domains: {', '.join(DOMAIN_NAMES)}.") from None

    def upload(file: str | None, domain_name: str, name: str, request: gr.Request,
               progress_bar: gr.Progress = gr.Progress()) -> tuple[Any, ...]:  # noqa: B008
        who = learner(name, request)
        if not file:
            raise user_error("Choose a PDF, Markdown or text file first.", "upload")
        path, chosen = Path(file), library_domain(domain_name)
        try:
            check_upload(path.name, path.stat().st_size)  # an oversized file is refused before it is read
            data = path.read_bytes()
        except OSError:
            raise QueryError("The uploaded file could not be read. Upload it again.") from None
        added = tutor.add_note(who, path.name, data, domain=chosen,
                                  progress=lambda f, msg: progress_bar(f, desc=msg))
        status = (f"Added **{added.filename}**: {added.pages} page(s), {added.chunks} passages, tagged "
                  f"**{Domain(added.domain).display_name}** ({'as you chose' if chosen else 'detected'}; "
                  "to change it, pick a domain, type the file id and press Set domain).")
        # the Domain list keeps the learner's choice: after an Auto-detect upload the next file is auto-detected too
        return status, library_rows(who), Domain(chosen).display_name if chosen else AUTO

    def library_rows(who: Learner) -> list[list[Any]]:
        return [[f.file_id, f.filename, Domain(f.domain).display_name, f.pages, f.chunks]
                for f in tutor.notes(who)]

    def retag(file_id: str, domain_name: str, name: str, request: gr.Request) -> list[list[Any]]:
        """Set a file's domain; Auto-detect puts it back in the domain detected from its text."""
        who = learner(name, request)
        tutor.set_note_domain(who, str(file_id or ""), library_domain(domain_name))
        return library_rows(who)

    def remove(file_id: str, name: str, request: gr.Request) -> list[list[Any]]:
        who = learner(name, request)
        tutor.remove_note(who, str(file_id or ""))
        return library_rows(who)

    def list_library(name: str, request: gr.Request) -> list[list[Any]]:
        return library_rows(learner(name, request))

    # -- search --------------------------------------------------------------------------------------------
    def run_search(query: str, domain_name: str) -> str:
        query = _text(query)
        return format_hits(" ".join(query.split()), tutor.search(query, domain=_slug(domain_name)),
                           close=tutor.scope_threshold)

    with gr.Blocks(title="CPIM Tutor") as app:
        remembered = gr.BrowserState("", storage_key="cpim-tutor-learner")
        with gr.Row():
            with gr.Column():
                gr.Markdown(f"# CPIM Tutor\nStudy for the ASCM CPIM 8.0 exam · answers from the notes · "
                            f"backend: **{tutor.backend_name}**")
                notice = open_names_notice(tutor.settings.users_file)  # no users file: names are not private
                if notice:
                    gr.Markdown(f"⚠️ {notice}", elem_id="open-names")
            name = gr.Textbox(label="Your name", placeholder="e.g. Ada", scale=0, min_width=220, elem_id="learner")
        topic = gr.State("")
        context = gr.State([])  # the previous answer's entry ids, for follow-ups
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
                with gr.Accordion("Calculator", open=False, elem_id="calculator") as calc_box:
                    calc_pick = gr.Dropdown(calculator.CHOICES, value=None, label="Formula (type to search)",
                                            filterable=True, elem_id="calc-formula")
                    calc_fields = [gr.Textbox(visible=False, elem_id=f"calc-field-{n}")
                                   for n in range(calculator.SLOTS)]
                    calc_go = gr.Button("Compute", elem_id="calc-compute")
                    calc_out = gr.Markdown(elem_id="calc-result")
            with gr.Tab("Quiz", id="quiz"):
                with gr.Row():
                    q_domains = gr.Dropdown([WEAK, *DOMAIN_NAMES], multiselect=True, label="Domains (empty: all)")
                    q_kinds = gr.Dropdown([k.value for k in Kind], multiselect=True, label="Kinds (empty: all)",
                                          elem_id="quiz-kinds")
                    q_n = gr.Slider(1, 50, value=5, step=1, label="Items", elem_id="quiz-n")
                    q_diff = gr.Dropdown(["any", "1", "2", "3"], value="any", label="Difficulty")
                q_start = gr.Button("Start quiz", variant="primary", elem_id="start-quiz")
                item_md, options, typed, q_submit, q_skip, fb = answer_panel(
                    ("item", "options", "typed", "submit-answer", "skip-item", "feedback"), DRILL_BUTTONS)
            with gr.Tab("Review", id="review"):  # its own session: a review never discards a quiz in progress
                r_start = gr.Button("Review due cards", variant="primary", elem_id="start-review")
                r_item, r_options, r_typed, r_submit, r_skip, r_fb = answer_panel(
                    ("review-item", "review-options", "review-typed", "submit-review", "skip-review",
                     "review-feedback"), DRILL_BUTTONS)
            with gr.Tab("Progress", id="progress"):
                with gr.Row():
                    exam_day = gr.Textbox(label="Exam date (YYYY-MM-DD)", scale=1, elem_id="exam-date")
                    p_refresh = gr.Button("Refresh progress", variant="primary", elem_id="refresh-progress")
                chart = gr.Plot(elem_id="progress-chart")
                p_text = gr.Markdown(elem_id="progress-text")
                p_json = gr.JSON(visible=False)
                with gr.Row():
                    drill_buttons = [gr.Button(visible=False, elem_id=f"drill-{i}") for i in range(3)]
                plan_table = gr.Dataframe(headers=PLAN_HEADERS, column_widths=PLAN_WIDTHS, wrap=True,
                                          label="Study plan", elem_id="plan-table")
            with gr.Tab("Mock exam", id="exam"):
                gr.Markdown(f"{drill.weights_note(tutor.settings.exam_weights)} Time: "
                            f"{drill.time_allowed(drill.REAL_EXAM_ITEMS)} for {drill.REAL_EXAM_ITEMS} items, "
                            "scaled for fewer. Submit at any time.", elem_id="exam-note")
                with gr.Row():
                    e_n = gr.Slider(8, 150, value=150, step=1, label="Items", elem_id="exam-n")
                    e_start = gr.Button("Start mock exam", variant="primary", elem_id="start-exam")
                clock = gr.Markdown(elem_id="clock")
                e_item, e_options, e_typed, e_next, e_skip, e_submit, e_fb = answer_panel(
                    ("exam-item", "exam-options", "exam-typed", "save-next", "skip-exam-item", "submit-exam",
                     "exam-feedback"), ("Save and next", "Skip (leave unanswered)", "Submit exam"), stop_last=True)
                timer = gr.Timer(1.0, active=False)  # ticks only while an exam runs
            with gr.Tab("Library", id="library"):
                gr.Markdown("Upload your own notes (PDF, Markdown or text, up to 20 MB). They are tagged with a "
                            "domain, indexed for you only, and cited in your answers.")
                with gr.Row():
                    l_file = gr.File(file_types=[".pdf", ".md", ".markdown", ".txt"], type="filepath", label="File",
                                     elem_id="library-file")
                    l_domain = gr.Dropdown([AUTO, *DOMAIN_NAMES], value=AUTO, label="Domain", elem_id="library-domain")
                l_status = gr.Markdown(elem_id="library-status")
                l_table = gr.Dataframe(headers=["file id", "file", "domain", "pages", "passages"], label="Your files",
                                       elem_id="library-table")
                with gr.Row():
                    l_id = gr.Textbox(label="File id")
                    l_retag = gr.Button("Set domain")
                    l_remove = gr.Button("Remove file", variant="stop")
                gr.Markdown("To change a file's domain, type its id, pick the domain above and press Set domain; "
                            "Auto-detect puts it back in the domain detected from its text.")
                l_add = gr.Button("Upload", variant="primary", elem_id="upload")
            with gr.Tab("Search", id="search"):
                s_query = gr.Textbox(label="Question or search words", elem_id="query")
                s_domain = gr.Dropdown([ALL_DOMAINS, *DOMAIN_NAMES], value=ALL_DOMAINS, label="Domain")
                s_button = gr.Button("Search", elem_id="search")
                s_results = gr.Markdown(elem_id="results")

        # fill the name the browser remembers; never blank out a name already typed
        app.load(lambda saved: saved if saved else gr.update(), inputs=remembered, outputs=name, api_name=False)
        name.change(lambda n: n, inputs=name, outputs=remembered, api_name=False)
        chat_outputs = [chat, topic, question, context, calc_box, calc_pick, calc_out, *calc_fields]
        calc_pick.input(lambda f: ["", *calculator.fields(f)], calc_pick, [calc_out, *calc_fields],
                        api_name="calc_formula")
        calc_go.click(guard(calculate), [calc_pick, *calc_fields], calc_out, api_name="calculate")
        send.click(ask, [question, scope, chat, context, name], chat_outputs, api_name="ask")
        question.submit(ask, [question, scope, chat, context, name], chat_outputs, api_name=False)
        drill_outputs = [quiz_state, item_md, options, typed, fb]
        quiz_me_btn.click(guard(quiz_me), [topic, chat, name], [*drill_outputs, tabs], api_name="quiz_me")
        q_start.click(guard(start_quiz), [q_domains, q_kinds, q_n, q_diff, name], drill_outputs, api_name="start_quiz")
        q_submit.click(guard(answer), [options, typed, quiz_state, name], drill_outputs, api_name="answer")
        q_skip.click(guard(skip_item), [quiz_state, name], drill_outputs, api_name="skip")
        typed.submit(guard(answer), [options, typed, quiz_state, name], drill_outputs, api_name=False)
        review_state = gr.State({})
        review_outputs = [review_state, r_item, r_options, r_typed, r_fb]
        r_start.click(guard(start_review), [name], review_outputs, api_name="start_review")
        r_submit.click(guard(answer), [r_options, r_typed, review_state, name], review_outputs,
                       api_name="review_answer")
        r_skip.click(guard(skip_item), [review_state, name], review_outputs, api_name="review_skip")
        r_typed.submit(guard(answer), [r_options, r_typed, review_state, name], review_outputs, api_name=False)
        p_outputs = [chart, p_text, plan_table, p_json, *drill_buttons]
        p_refresh.click(guard(show_progress), [exam_day, name], p_outputs, api_name="progress")
        for button in drill_buttons:
            button.click(guard(drill_this), [button, name], [*drill_outputs, tabs], api_name=False)
        exam_state = gr.State({})
        e_outputs = [exam_state, e_item, e_options, e_typed, e_fb, clock]
        e_start.click(guard(start_exam), [e_n, name], [*e_outputs, timer], api_name="start_exam")
        e_next.click(guard(exam_answer), [e_options, e_typed, exam_state, name], e_outputs, api_name="exam_answer")
        e_skip.click(guard(exam_skip), [exam_state, name], e_outputs, api_name="exam_skip")
        e_submit.click(guard(submit_exam), [exam_state, name], [*e_outputs, timer], api_name="submit_exam")
        timer.tick(tick, exam_state, [clock, timer], api_name=False)
        l_add.click(guard(upload), [l_file, l_domain, name], [l_status, l_table, l_domain], api_name="upload")
        l_retag.click(guard(retag), [l_id, l_domain, name], l_table, api_name="retag")
        l_remove.click(guard(remove), [l_id, name], l_table, api_name="remove_file")
        s_button.click(guard(run_search), [s_query, s_domain], s_results, api_name="run_search")
        s_query.submit(guard(run_search), [s_query, s_domain], s_results, api_name=False)
        name.submit(guard(list_library), [name], l_table, api_name=False)
    return app
