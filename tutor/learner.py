"""The learner model: what a learner's quiz answers say about them, as pure functions.

Nothing here reads a clock, a file or a database: every time-dependent function takes `now` or `today`,
and the store (`tutor.store`) supplies the evidence. Naive datetimes are read as UTC.

Mastery (per domain or per subtopic):
    A Beta(1, 1) prior on the probability of answering correctly. Each graded answer adds a weight
    w = recency x difficulty to alpha if right, to beta if wrong, where
    recency = 0.5 ** (age_days / half_life_days) (half-life 30 days by default; age from `now`, answers
    time-stamped after `now` count as age 0), and the difficulty weight is 0.75 / 1.0 / 1.25 for a right
    answer to a difficulty 1 / 2 / 3 item, and 1.25 / 1.0 / 0.75 for a wrong one (a miss on an easy item
    says more; difficulties outside 1..3 are clamped). mean = alpha / (alpha + beta); lower and upper are
    the 5th and 95th percentiles of Beta(alpha, beta) (a 90% band); weight = sum of w; attempts = raw count.
    Example: 4 right answers of difficulty 2 today -> alpha 5, beta 1, mean 5/6, lower 0.05 ** (1/5) = 0.549.
    Chat questions are never evidence: they are counted separately by `engagement`.

Levels (checked from the top down):
    not started   no attempts
    attempted     effective weight < 3, or mean < 0.6
    mastered      mean >= 0.85 and lower >= 0.75
    proficient    mean >= 0.75 and lower >= 0.6
    familiar      otherwise (mean >= 0.6)
    With all answers right at difficulty 2 today: 2 -> attempted, 3 -> familiar, 5 -> proficient,
    10 -> mastered.

Weak areas: keys with evidence of weakness, i.e. at least one wrong answer and mean < 0.75 (the proficient
    mean), ascending by `lower`, ties by fewer attempts, then by key; the first k. Answers that are all right
    never make a weak area, however few (1/1 right has mean 2/3 and a low `lower` only for lack of data);
    one wrong answer with nothing right (mean 1/3) does. A skipped quiz item is recorded as a wrong answer.
Unexplored: the given domains with no evidence, in the given order.

FSRS rating of an answer: wrong -> Again; right -> Good; right, confident and fast (<= 20 s) -> Easy.

Adaptive drill (`drill_mix`), n slots in this order: min(due, n) ("review", None) slots; of the remaining
r slots, when there are unexplored domains and r >= 3, max(1, round(0.2 r)) go round-robin over the
unexplored domains as ("new", domain) and come last; the others go round-robin over the weak areas, weakest
first, as ("weak", key). With no weak area (no evidence yet) all r go to unexplored domains; with neither,
the slots are ("any", None).

Study plan (`study_plan`), one day from `today` to the day before the exam:
    - the day before the exam: "Rest and light review", no focus domains, no new items;
    - with a plan of >= 7 days, the day 3 days before the exam: "Mock exam (150 items, 3.5 h)", all
      domains, no new items (the mock is the day's work);
    - every other day is a study day with 2 focus domains (1 if only one domain is given) and
      `daily_items` new drill items. The 2 x (study days) focus slots are shared out in proportion to each
      domain's need = 1 - lower (1.0 for a domain without evidence) by the Sainte-Laguë highest-averages
      method, starting from one slot each when there are at least as many study days as domains, and at
      most one slot per domain per day. Days are filled greedily: a domain that must appear every remaining
      day goes first, then domains not studied the day before, each by most slots left, then greater need,
      then the given order, and each day lists its neediest domain first; so the weakest domains come first
      and back-to-back repeats are avoided wherever this greedy choice allows.
    - reviews_due counts the FSRS due dates falling on that UTC date; those before today count on today.

Exam dates (`parse_exam_date`, `check_exam_date`): written YYYY-MM-DD, from today (the exam may be today:
nothing is left to plan, but the date is real) to MAX_EXAM_DAYS (730, about two years) ahead. CPIM candidates
plan months ahead, not decades; a later date is a typo, and would make a plan of millions of rows, so
`study_plan` refuses one too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from fsrs import Rating
from scipy.stats import beta as beta_dist

from tutor.errors import QueryError

PRIOR_ALPHA = 1.0
PRIOR_BETA = 1.0
DEFAULT_HALF_LIFE_DAYS = 30.0
RIGHT_WEIGHT = {1: 0.75, 2: 1.0, 3: 1.25}
"""Difficulty weight of a right answer, by item difficulty."""
WRONG_WEIGHT = {1: 1.25, 2: 1.0, 3: 0.75}
"""Difficulty weight of a wrong answer, by item difficulty."""
BAND = (0.05, 0.95)
"""Posterior quantiles reported as `lower` and `upper` (a 90% band)."""

MIN_WEIGHT = 3.0
FAMILIAR_MEAN = 0.6
PROFICIENT_MEAN = 0.75
PROFICIENT_LOWER = 0.6
MASTERED_MEAN = 0.85
MASTERED_LOWER = 0.75
WEAK_MEAN = PROFICIENT_MEAN
"""A weak area has at least one wrong answer and a mean below this."""

FAST_SECONDS = 20.0
"""A right, confident answer given in at most this many seconds is rated Easy."""

UNEXPLORED_SHARE = 0.2
UNEXPLORED_MIN_SLOTS = 3
"""Unexplored domains get a reserved share of a drill only when at least this many non-review slots remain."""

MOCK_MIN_DAYS = 7
MOCK_DAYS_BEFORE = 3
MOCK_NOTE = "Mock exam (150 items, 3.5 h)"
REST_NOTE = "Rest and light review"
STUDY_NOTE = "Study and drill"
DOMAINS_PER_DAY = 2
MAX_EXAM_DAYS = 730
"""The latest exam date accepted, in days after today (about two years)."""
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Level(StrEnum):
    """How well a learner knows a domain or subtopic."""

    NOT_STARTED = "not started"
    ATTEMPTED = "attempted"
    FAMILIAR = "familiar"
    PROFICIENT = "proficient"
    MASTERED = "mastered"


@dataclass(frozen=True)
class Attempt:
    """One graded quiz answer: the evidence."""

    ts: datetime
    domain: str
    subtopic: str
    correct: bool
    difficulty: int = 2


@dataclass(frozen=True)
class Mastery:
    """The posterior estimate for one domain or subtopic."""

    key: str
    attempts: int
    weight: float
    mean: float
    lower: float
    upper: float
    level: Level
    last_seen: datetime | None
    wrong: int = 0
    """Raw count of wrong answers (the evidence a weak area needs)."""


@dataclass(frozen=True)
class PlanDay:
    """One day of a study plan."""

    day: date
    domains: list[str]
    reviews_due: int
    new_items: int
    note: str


def _utc(ts: datetime) -> datetime:
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def evidence_weight(attempt: Attempt, now: datetime, half_life_days: float = DEFAULT_HALF_LIFE_DAYS) -> float:
    """The weight w = recency x difficulty one answer adds to alpha (right) or beta (wrong)."""
    age_days = max(0.0, (_utc(now) - _utc(attempt.ts)).total_seconds() / 86400)
    difficulty = min(3, max(1, int(attempt.difficulty)))
    table = RIGHT_WEIGHT if attempt.correct else WRONG_WEIGHT
    return 0.5 ** (age_days / half_life_days) * table[difficulty]


def mastery(attempts: Sequence[Attempt], now: datetime, by: Literal["domain", "subtopic"] = "domain",
            half_life_days: float = DEFAULT_HALF_LIFE_DAYS) -> dict[str, Mastery]:
    """The mastery of every domain (or subtopic) with at least one attempt, sorted by key.

    Attempts without a domain (or subtopic) are left out of that grouping.

    Raises:
        ValueError: `by` is not "domain" or "subtopic", or the half-life is not positive.
    """
    if by not in ("domain", "subtopic"):
        raise ValueError(f"mastery(by=...) must be 'domain' or 'subtopic', got {by!r}")
    if half_life_days <= 0:
        raise ValueError(f"half_life_days must be positive, got {half_life_days}")
    groups: dict[str, list[Attempt]] = {}
    for a in attempts:
        if key := getattr(a, by):
            groups.setdefault(key, []).append(a)
    out: dict[str, Mastery] = {}
    for key in sorted(groups):
        alpha, beta_, weight = PRIOR_ALPHA, PRIOR_BETA, 0.0
        for a in groups[key]:
            w = evidence_weight(a, now, half_life_days)
            weight += w
            if a.correct:
                alpha += w
            else:
                beta_ += w
        mean = alpha / (alpha + beta_)
        lower, upper = (float(beta_dist.ppf(q, alpha, beta_)) for q in BAND)
        out[key] = Mastery(key=key, attempts=len(groups[key]), weight=weight, mean=mean, lower=lower, upper=upper,
                           level=level_of(len(groups[key]), weight, mean, lower),
                           last_seen=max(_utc(a.ts) for a in groups[key]),
                           wrong=sum(not a.correct for a in groups[key]))
    return out


def level_of(attempts: int, weight: float, mean: float, lower: float) -> Level:
    """The level for an estimate; thresholds in the module docstring, checked from the top down."""
    if attempts <= 0:
        return Level.NOT_STARTED
    if weight < MIN_WEIGHT or mean < FAMILIAR_MEAN:
        return Level.ATTEMPTED
    if mean >= MASTERED_MEAN and lower >= MASTERED_LOWER:
        return Level.MASTERED
    if mean >= PROFICIENT_MEAN and lower >= PROFICIENT_LOWER:
        return Level.PROFICIENT
    return Level.FAMILIAR


def weak_areas(masteries: Mapping[str, Mastery], k: int = 3) -> list[Mastery]:
    """The k weakest keys with evidence of weakness: lowest `lower` first, then fewer attempts, then key.

    Evidence of weakness: at least one wrong answer and mean < `WEAK_MEAN` (module docstring).
    """
    ranked = sorted((m for m in masteries.values() if m.attempts > 0 and m.wrong > 0 and m.mean < WEAK_MEAN),
                    key=lambda m: (m.lower, m.attempts, m.key))
    return ranked[:max(0, k)]


def unexplored(masteries: Mapping[str, Mastery], domains: Sequence[str]) -> list[str]:
    """The given domains without evidence, in the given order."""
    return [d for d in domains if d not in masteries or masteries[d].attempts == 0]


def engagement(questions: Sequence[tuple[datetime, str]]) -> dict[str, int]:
    """Chat questions per domain, from (time, domain) pairs; in order of first question, blanks skipped."""
    return dict(Counter(domain for _ts, domain in questions if domain))


def rating_for(correct: bool, seconds: float | None = None, confident: bool | None = None) -> Rating:
    """The FSRS rating of an answer: Again if wrong, Easy if right, confident and <= 20 s, else Good."""
    if not correct:
        return Rating.Again
    if confident is True and seconds is not None and seconds <= FAST_SECONDS:
        return Rating.Easy
    return Rating.Good


def drill_mix(n: int, due: int, weak: Sequence[str], unexplored: Sequence[str]) -> list[tuple[str, str | None]]:
    """The n slots of an adaptive drill as (kind, key), rules in the module docstring.

    Kinds: ("review", None) a due FSRS card, ("weak", subtopic), ("new", unexplored domain), ("any", None).

    Example: drill_mix(10, 2, ["a", "b"], ["x", "y"]) -> 2 reviews, then a, b, a, b, a, b, then x, y
    (8 slots left; round(8 x 0.2) = 2 for unexplored domains).
    """
    n = max(0, n)
    reviews = min(max(0, due), n)
    rest = n - reviews
    slots: list[tuple[str, str | None]] = [("review", None)] * reviews
    if not weak:
        if unexplored:
            return slots + [("new", unexplored[i % len(unexplored)]) for i in range(rest)]
        return slots + [("any", None)] * rest
    fresh = max(1, round(rest * UNEXPLORED_SHARE)) if unexplored and rest >= UNEXPLORED_MIN_SLOTS else 0
    slots += [("weak", weak[i % len(weak)]) for i in range(rest - fresh)]
    return slots + [("new", unexplored[i % len(unexplored)]) for i in range(fresh)]


def _need(domain: str, domain_mastery: Mapping[str, Mastery]) -> float:
    m = domain_mastery.get(domain)
    return 1.0 if m is None or m.attempts == 0 else max(0.0, 1.0 - m.lower)


def _quotas(need: Mapping[str, float], order: Sequence[str], slots: int, cap: int) -> dict[str, int]:
    """Share `slots` out by need (Sainte-Laguë), one each first if there are enough days, at most `cap` each."""
    rank = {d: i for i, d in enumerate(order)}
    quota = {d: (1 if cap >= len(order) else 0) for d in order}
    for _ in range(min(slots, cap * len(order)) - sum(quota.values())):
        open_ = [d for d in order if quota[d] < cap]
        best = max(open_, key=lambda d: (need[d] / (quota[d] + 0.5), need[d], -rank[d]))
        quota[best] += 1
    return quota


def _fill(quota: dict[str, int], need: Mapping[str, float], order: Sequence[str], days: int,
          per_day: int) -> list[list[str]]:
    """Lay quotas out over the days: forced domains first, then not-yesterday, most left, neediest, given order."""
    rank = {d: i for i, d in enumerate(order)}
    left = dict(quota)
    out: list[list[str]] = []
    yesterday: list[str] = []
    for i in range(days):
        remaining = days - i
        pool = [d for d in order if left[d] > 0]
        pool.sort(key=lambda d: (left[d] < remaining, d in yesterday, -left[d], -need[d], rank[d]))
        today = sorted(pool[:per_day], key=lambda d: (-need[d], rank[d]))  # the day's weakest first
        for d in today:
            left[d] -= 1
        out.append(today)
        yesterday = today
    return out


def check_exam_date(exam_date: date, today: date) -> date:
    """The exam date itself if it lies from today to MAX_EXAM_DAYS ahead.

    Raises:
        QueryError: the date is in the past or too far ahead; the message gives the window.
    """
    last = today + timedelta(days=MAX_EXAM_DAYS)
    if not today <= exam_date <= last:
        when = "is in the past" if exam_date < today else "is more than two years ahead"
        raise QueryError(f"The exam date {exam_date.isoformat()} {when}. The exam date must be between today "
                         f"({today.isoformat()}) and {last.isoformat()}.")
    return exam_date


def parse_exam_date(text: str | date, today: date) -> date:
    """An exam date typed as YYYY-MM-DD, checked to lie from today to MAX_EXAM_DAYS ahead.

    Raises:
        QueryError: the text is empty or not a YYYY-MM-DD date, or the date is outside the window.
    """
    if isinstance(text, date):
        return check_exam_date(text, today)
    clean = (text or "").strip()
    example = (today + timedelta(days=90)).isoformat()
    if not clean:
        raise QueryError(f"The exam date is empty. Write it as YYYY-MM-DD, e.g. {example}.")
    shown = clean if len(clean) <= 40 else clean[:40] + "…"
    try:
        if not _ISO_DAY.fullmatch(clean):
            raise ValueError(clean)
        day = date.fromisoformat(clean)
    except ValueError:
        raise QueryError(f"Could not read {shown!r} as a date. Write the exam date as YYYY-MM-DD, "
                         f"e.g. {example}.") from None
    return check_exam_date(day, today)


def study_plan(today: date, exam_date: date, domain_mastery: Mapping[str, Mastery], domains: Sequence[str],
               review_due_dates: Sequence[datetime], daily_items: int = 30) -> list[PlanDay]:
    """A day-by-day plan from today to the day before the exam (empty if the exam is today or past).

    The rules and numbers are in the module docstring.

    Raises:
        QueryError: the exam is more than MAX_EXAM_DAYS ahead (a plan that long is a typo, not a plan).
    """
    total = (exam_date - today).days
    if total <= 0:
        return []
    if total > MAX_EXAM_DAYS:
        check_exam_date(exam_date, today)
    days = [today + timedelta(days=i) for i in range(total)]
    rest_day = exam_date - timedelta(days=1)
    mock_day = exam_date - timedelta(days=MOCK_DAYS_BEFORE) if total >= MOCK_MIN_DAYS else None
    study_days = [d for d in days if d not in (rest_day, mock_day)]

    order = list(dict.fromkeys(domains))
    need = {d: _need(d, domain_mastery) for d in order}
    per_day = min(DOMAINS_PER_DAY, len(order))
    quota = _quotas(need, order, per_day * len(study_days), cap=len(study_days))
    focus = dict(zip(study_days, _fill(quota, need, order, len(study_days), per_day), strict=True))

    reviews = Counter(max(_utc(due).date(), today) for due in review_due_dates)
    plan: list[PlanDay] = []
    for day in days:
        if day == rest_day:
            plan.append(PlanDay(day, [], reviews[day], 0, REST_NOTE))
        elif day == mock_day:
            plan.append(PlanDay(day, list(order), reviews[day], 0, MOCK_NOTE))
        else:
            plan.append(PlanDay(day, focus[day], reviews[day], daily_items, STUDY_NOTE))
    return plan
