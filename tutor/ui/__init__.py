"""The Gradio web app: `build_app(tutor)` builds it (never launches); `launch()` serves it.

`app.py` and `tutor app` call `launch(settings)`: settings -> `build_tutor` (models loaded once
per process) -> index if missing or stale -> `build_app` -> Gradio on the configured host and port,
with a queue sized for about ten learners at once and Gradio's login when TUTOR_USERS_FILE is set.
Without a users file names are not private, so a start on an address other than loopback is refused,
before any model loads, unless TUTOR_ALLOW_OPEN_NAMES accepts that (`tutor.users.check_open_names`).

A long-running app process bounds its memory: glibc is told not to hoard freed memory in one arena
per worker thread (`bound_native_memory`), and Gradio keeps the state of at most `SESSION_CAPACITY`
browser sessions (its default, 10,000, is gigabytes once sessions hold quizzes and exams).
"""

from __future__ import annotations

import ctypes
import logging
import os
from typing import Any

from tutor.config import Settings
from tutor.ui.app import build_app
from tutor.ui.views import format_hits

__all__ = ["bound_native_memory", "build_app", "format_hits", "launch", "serve"]

logger = logging.getLogger(__name__)

SESSION_CAPACITY = 500
"""Browser sessions whose state (chat, quiz, exam) Gradio keeps; the least recently used go first."""
_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8  # mallopt parameters from glibc's malloc.h
MMAP_THRESHOLD = 1 << 20
ARENA_MAX = 2


def bound_native_memory() -> bool:
    """Make glibc return freed large blocks to the system and share two arenas between threads.

    Gradio runs handlers on up to 40 worker threads, and glibc gives each thread its own arena (up to
    8 per core). The embedding model's temporaries (tens of MB per batch, e.g. for an upload) then
    land in a different arena each time, and glibc keeps each arena's high-water mark: resident
    memory climbed by gigabytes over a session of uploads and quizzes. Blocks of 1 MiB or more are
    now mapped and unmapped directly, and at most two arenas exist. Call it at process start, before
    worker threads exist; MALLOC_ARENA_MAX / MALLOC_MMAP_THRESHOLD_ in the environment win.
    Returns False where the C library is not glibc (nothing is changed there).
    """
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return False
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    if "MALLOC_ARENA_MAX" not in os.environ:
        mallopt(_M_ARENA_MAX, ARENA_MAX)
    return True


def launch(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Build the tutor, index the corpus if the index is missing or stale, and serve the app.

    Raises:
        SettingsError: the host is not loopback and there is no users file nor `allow_open_names`; checked
            first, before any model is loaded (`tutor.users.check_open_names`).
    """
    from tutor.users import check_open_names
    from tutor.wiring import build_tutor

    check_open_names(host or settings.server_host, settings.users_file, settings.allow_open_names)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no usage pings
    bound_native_memory()
    tutor = build_tutor(settings)
    report = tutor.ensure_index()
    if report:
        logger.info("index updated: %d chunks, %d embedded", report.total_chunks, report.embedded)
    serve(build_app(tutor), settings, host, port)


def serve(app: Any, settings: Settings, host: str | None = None, port: int | None = None, block: bool = True
          ) -> None:
    """Serve a built app: the queue, the login (with TUTOR_USERS_FILE) and the session bound.

    With `block=False` it returns once the server listens (tests and benchmarks); `app.close()` stops it.

    Raises:
        SettingsError: the host is not loopback and there is no users file nor `allow_open_names`.
    """
    from tutor.users import check_open_names

    check_open_names(host or settings.server_host, settings.users_file, settings.allow_open_names)
    app.queue(default_concurrency_limit=4, max_size=64)
    auth = None
    if settings.users_file is not None:
        from tutor.users import gradio_auth

        auth = gradio_auth(settings.users_file)
    app.launch(server_name=host or settings.server_host, server_port=port or settings.server_port, auth=auth,
               state_session_capacity=SESSION_CAPACITY, prevent_thread_lock=not block, quiet=not block)
