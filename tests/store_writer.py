"""A writer process for the store concurrency tests: records attempts and reports each commit.

Usage: python -m tests.store_writer URL LEARNER COUNT [ITEMS]
Prints "committed <n>" (flushed) after each committed attempt.
"""

import sys
from datetime import UTC, datetime, timedelta

from tutor.quiz.items import QuizItem
from tutor.store import Store


def main() -> None:
    url, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    pool = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    store = Store(url)
    learner = store.learner(name)
    items = [QuizItem(kind="true_false", domain="inventory", subtopic="inventory/eoq", difficulty=1,
                      stem=f"statement {i}", answer=True, explanation="e") for i in range(pool)]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(count):
        item = items[n % pool]
        store.record_attempt(learner.id, item, "true", n % 3 != 0, start + timedelta(minutes=n), seconds=5.0)
        print(f"committed {n + 1}", flush=True)


if __name__ == "__main__":
    main()
