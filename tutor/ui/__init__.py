"""The Gradio web app: `build_app(tutor)` builds it (never launches); `launch()` serves it.

`app.py` and `tutor app` call `launch(settings)`: settings -> `build_tutor` (models loaded once
per process) -> index if missing or stale -> `build_app` -> Gradio on the configured host and port,
with a queue sized for about ten learners at once and Gradio's login when TUTOR_USERS_FILE is set.
"""

from __future__ import annotations

import logging
import os

from tutor.config import Settings
from tutor.ui.app import build_app
from tutor.ui.views import format_hits

__all__ = ["build_app", "format_hits", "launch"]

logger = logging.getLogger(__name__)


def launch(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Build the tutor, index the corpus if the index is missing or stale, and serve the app."""
    from tutor.wiring import build_tutor

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no usage pings
    tutor = build_tutor(settings)
    report = tutor.ensure_index()
    if report:
        logger.info("index updated: %d chunks, %d embedded", report.total_chunks, report.embedded)
    app = build_app(tutor)
    app.queue(default_concurrency_limit=4, max_size=64)
    auth = None
    if settings.users_file is not None:
        from tutor.users import gradio_auth

        auth = gradio_auth(settings.users_file)
    app.launch(server_name=host or settings.server_host, server_port=port or settings.server_port, auth=auth)
