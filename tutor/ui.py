"""The Gradio web app. For now a search page over the study notes; the full app comes later.

`build_app(tutor)` only builds the page (it never loads models or launches); `launch()` is the
entry point used by `app.py` and `tutor app`. Formatting lives in plain functions.
"""

from __future__ import annotations

import logging
import os

import gradio as gr

from tutor.config import Settings
from tutor.domains import Domain
from tutor.errors import TutorError
from tutor.models import SearchHit
from tutor.service import Tutor

logger = logging.getLogger(__name__)

ALL_DOMAINS = "All domains"


def format_hits(query: str, hits: list[SearchHit]) -> str:
    """Render search hits as Markdown: heading, domain, score, source and the passage."""
    if not hits:
        return f"No passages found for **{query}**."
    parts = [f"### {len(hits)} passages for “{query}”"]
    for hit in hits:
        body = hit.text.split("\n\n", 1)[-1]
        parts.append(
            f"**{hit.rank}. {hit.heading}** · {Domain(hit.domain).display_name} · `{hit.subtopic}` · "
            f"score {hit.score:.2f}  \n<small>{hit.source}, line {hit.line}</small>\n\n{body}"
        )
    return "\n\n---\n\n".join(parts)


def build_app(tutor: Tutor) -> gr.Blocks:
    """Build the search page for `tutor`."""
    choices = [ALL_DOMAINS] + [d.display_name for d in Domain]

    def run_search(query: str, domain_name: str) -> str:
        domain = None if domain_name in (None, "", ALL_DOMAINS) else Domain.parse(domain_name)
        try:
            hits = tutor.search(query, domain=domain)
        except TutorError as exc:
            raise gr.Error(str(exc)) from None
        return format_hits(" ".join(query.split()), hits)

    with gr.Blocks(title="CPIM Tutor") as app:
        gr.Markdown("# CPIM Tutor\nSearch the study notes for the ASCM CPIM 8.0 exam.")
        with gr.Row():
            query = gr.Textbox(label="Question or search words", placeholder="e.g. available to promise",
                               scale=4, elem_id="query")
            domain = gr.Dropdown(choices=choices, value=ALL_DOMAINS, label="Domain", scale=1)
        button = gr.Button("Search", variant="primary", elem_id="search")
        results = gr.Markdown(elem_id="results")
        button.click(run_search, inputs=[query, domain], outputs=results)
        query.submit(run_search, inputs=[query, domain], outputs=results)
    return app


def launch(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Build the tutor, index the corpus if the index is missing or stale, and serve the app."""
    from tutor.wiring import build_tutor

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no usage pings
    tutor = build_tutor(settings)
    report = tutor.ensure_index()
    if report:
        logger.info("index updated: %d chunks, %d embedded", report.total_chunks, report.embedded)
    app = build_app(tutor)
    app.launch(server_name=host or settings.server_host, server_port=port or settings.server_port)
