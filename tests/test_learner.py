"""The learner model: worked examples computed by hand from the formulas in `tutor.learner`'s docstring."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from fsrs import Rating

from tutor.domains import Domain
from tutor.learner import (
    Attempt,
    Level,
    Mastery,
    drill_mix,
    engagement,
    level_of,
    mastery,
    rating_for,
    study_plan,
    unexplored,
    weak_areas,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
DOMAINS = [str(d) for d in Domain]


def answers(pattern: str, *, days_ago: float = 0, difficulty: int = 2,
            subtopic: str = "inventory/eoq") -> list[Attempt]:
    """One attempt per character: "1" right, "0" wrong."""
    ts = NOW - timedelta(days=days_ago)
    return [Attempt(ts, subtopic.split("/")[0], subtopic, c == "1", difficulty) for c in pattern]


def one(attempts: list[Attempt], **kwargs: object) -> Mastery:
    result = mastery(attempts, NOW, **kwargs)  # type: ignore[arg-type]
    assert len(result) == 1
    return next(iter(result.values()))


def entry(key: str, lower: float, attempts: int = 5, wrong: int = 1, mean: float = 0.5) -> Mastery:
    return Mastery(key, attempts, float(attempts), mean, lower, 0.9, Level.ATTEMPTED, NOW, wrong=wrong)


# -- mastery --------------------------------------------------------------------------------------------------

def test_four_right_today_is_the_worked_example():
    m = one(answers("1111"))
    # alpha = 1 + 4 x 1.0 = 5, beta = 1; Beta(5, 1) has CDF x^5, so its q-quantile is q ** (1/5)
    assert (m.key, m.attempts, m.weight) == ("inventory", 4, pytest.approx(4.0))
    assert m.mean == pytest.approx(5 / 6)
    assert m.lower == pytest.approx(0.05 ** (1 / 5))  # 0.549
    assert m.upper == pytest.approx(0.95 ** (1 / 5))  # 0.990
    assert m.level is Level.FAMILIAR  # weight 4 >= 3, mean 0.83 >= 0.6, but lower 0.549 < 0.6
    assert m.last_seen == NOW


@pytest.mark.parametrize(("n", "level"), [
    (1, Level.ATTEMPTED),    # weight 1 < 3 though mean 2/3
    (2, Level.ATTEMPTED),    # weight 2 < 3
    (3, Level.FAMILIAR),     # mean 4/5; lower 0.05 ** (1/4) = 0.473 < 0.6
    (5, Level.PROFICIENT),   # mean 6/7 = 0.857; lower 0.05 ** (1/6) = 0.607 >= 0.6, < 0.75
    (9, Level.PROFICIENT),   # mean 10/11; lower 0.05 ** (1/10) = 0.741 < 0.75
    (10, Level.MASTERED),    # mean 11/12; lower 0.05 ** (1/11) = 0.762 >= 0.75
])
def test_all_right_rises_with_evidence(n, level):
    m = one(answers("1" * n))
    assert m.mean == pytest.approx((n + 1) / (n + 2))
    assert m.lower == pytest.approx(0.05 ** (1 / (n + 1)))
    assert m.level is level


def test_all_wrong_is_attempted_with_a_low_mean():
    m = one(answers("00000"))
    # alpha = 1, beta = 6; Beta(1, 6) has CDF 1 - (1 - x)^6, so its q-quantile is 1 - (1 - q) ** (1/6)
    assert m.mean == pytest.approx(1 / 7)
    assert m.lower == pytest.approx(1 - 0.95 ** (1 / 6))
    assert m.upper == pytest.approx(1 - 0.05 ** (1 / 6))  # 0.393
    assert m.level is Level.ATTEMPTED


def test_improving_beats_declining_at_the_same_counts():
    improving = one(answers("000", days_ago=60) + answers("111"))
    declining = one(answers("111", days_ago=60) + answers("000"))
    # 60 days = two half-lives -> recency 0.25. improving: alpha 1 + 3 = 4, beta 1 + 0.75 = 1.75
    assert improving.mean == pytest.approx(4 / 5.75)
    assert declining.mean == pytest.approx(1.75 / 5.75)
    assert improving.weight == declining.weight == pytest.approx(3.75)
    assert improving.attempts == declining.attempts == 6
    # Beta(1.75, 4) mirrors Beta(4, 1.75): the bands are reflections of each other
    assert improving.lower == pytest.approx(1 - declining.upper)
    assert improving.lower > declining.lower
    assert improving.level is Level.FAMILIAR  # weight 3.75 >= 3, mean 0.696 >= 0.6, lower 0.367 < 0.6
    assert declining.level is Level.ATTEMPTED  # mean 0.304 < 0.6
    assert improving.last_seen == declining.last_seen == NOW


def test_stale_evidence_decays_and_widens_the_band():
    fresh = one(answers("1111"))
    stale = one(answers("1111", days_ago=90))
    # 90 days = three half-lives -> recency 1/8: weight 4/8 = 0.5, alpha 1.5, beta 1, quantile q ** (1/1.5)
    assert stale.weight == pytest.approx(fresh.weight / 8) == pytest.approx(0.5)
    assert stale.mean == pytest.approx(1.5 / 2.5)
    assert stale.lower == pytest.approx(0.05 ** (1 / 1.5))  # 0.136
    assert stale.upper == pytest.approx(0.95 ** (1 / 1.5))
    assert stale.upper - stale.lower > fresh.upper - fresh.lower
    assert stale.level is Level.ATTEMPTED and stale.last_seen == NOW - timedelta(days=90)


def test_half_life_is_a_parameter_and_future_answers_count_as_now():
    assert one(answers("1111", days_ago=10), half_life_days=10).weight == pytest.approx(2.0)  # 4 x 0.5
    assert one(answers("1111", days_ago=-3)).weight == pytest.approx(4.0)
    with pytest.raises(ValueError):
        mastery(answers("1"), NOW, half_life_days=0)


def test_difficulty_weighting():
    hard_right_easy_wrong = one(answers("1", difficulty=3) + answers("0", difficulty=1))
    # right on difficulty 3 adds 1.25 to alpha; wrong on difficulty 1 adds 1.25 to beta
    assert hard_right_easy_wrong.weight == pytest.approx(2.5)
    assert hard_right_easy_wrong.mean == pytest.approx(2.25 / 4.5)
    easy_right_hard_wrong = one(answers("1", difficulty=1) + answers("0", difficulty=3))
    assert easy_right_hard_wrong.weight == pytest.approx(1.5)  # 0.75 + 0.75
    three_hard = one(answers("111", difficulty=3))
    # alpha = 1 + 3 x 1.25 = 4.75 -> lower 0.05 ** (1/4.75) = 0.532; weight 3.75
    assert three_hard.lower == pytest.approx(0.05 ** (1 / 4.75))
    assert three_hard.lower > one(answers("111")).lower > one(answers("111", difficulty=1)).lower
    misses = one(answers("00", difficulty=1))
    assert misses.mean == pytest.approx(1 / 4.5)  # alpha 1, beta = 1 + 2 x 1.25 = 3.5
    assert one(answers("00", difficulty=3)).mean == pytest.approx(1 / 3.5)  # beta = 1 + 2 x 0.75 = 2.5


def test_grouping_by_domain_and_by_subtopic():
    attempts = (answers("11", subtopic="inventory/eoq") + answers("0", days_ago=2, subtopic="inventory/abc")
                + answers("1", days_ago=5, subtopic="demand/forecasting"))
    by_domain = mastery(attempts, NOW)
    assert list(by_domain) == ["demand", "inventory"]
    assert by_domain["inventory"].attempts == 3
    assert by_domain["inventory"].last_seen == NOW
    assert by_domain["demand"].last_seen == NOW - timedelta(days=5)
    by_subtopic = mastery(attempts, NOW, by="subtopic")
    assert {k: m.attempts for k, m in by_subtopic.items()} == {
        "demand/forecasting": 1, "inventory/abc": 1, "inventory/eoq": 2}
    assert by_subtopic["inventory/eoq"].mean == pytest.approx(3 / 4)  # alpha 3, beta 1
    assert by_subtopic["inventory/abc"].mean == pytest.approx(1 / (2 + 0.5 ** (2 / 30)))
    assert mastery([], NOW) == {}


@pytest.mark.parametrize(("args", "level"), [
    ((0, 0.0, 0.5, 0.0), Level.NOT_STARTED),
    ((3, 2.99, 0.95, 0.9), Level.ATTEMPTED),
    ((9, 9.0, 0.59, 0.4), Level.ATTEMPTED),
    ((9, 9.0, 0.6, 0.3), Level.FAMILIAR),
    ((9, 9.0, 0.9, 0.59), Level.FAMILIAR),
    ((9, 9.0, 0.75, 0.6), Level.PROFICIENT),
    ((9, 9.0, 0.84, 0.8), Level.PROFICIENT),
    ((9, 9.0, 0.85, 0.74), Level.PROFICIENT),
    ((9, 9.0, 0.85, 0.75), Level.MASTERED),
])
def test_level_thresholds(args, level):
    assert level_of(*args) is level


# -- weak areas, unexplored, engagement ------------------------------------------------------------------------

def test_weak_areas_rank_by_lower_then_attempts_then_key():
    ms = {m.key: m for m in [entry("inventory/eoq", 0.4), entry("demand/forecasting", 0.2, attempts=9),
                             entry("supply/mrp", 0.2, attempts=3), entry("sop/basics", 0.2, attempts=3),
                             entry("quality-tech-ci/lean", 0.1, attempts=0)]}
    assert [m.key for m in weak_areas(ms, k=3)] == ["sop/basics", "supply/mrp", "demand/forecasting"]
    assert [m.key for m in weak_areas(ms, k=10)][-1] == "inventory/eoq"  # no-evidence entry left out
    assert weak_areas(ms, k=0) == []
    assert weak_areas({}) == []


def test_a_weak_area_needs_a_wrong_answer_and_a_mean_below_the_proficient_mean():
    # 1/1 right: mean 2/3 and lower 0.05 ** (1/2) = 0.224, the lowest band here, but no evidence of weakness
    attempts = (answers("1", subtopic="inventory/eoq") + answers("0", subtopic="demand/forecasting")
                + answers("11110", subtopic="supply/mrp")      # mean 5/7 = 0.714 < 0.75: weak
                + answers("111110", subtopic="sop/basics")     # mean 6/8 = 0.75: not below, not weak
                + answers("1111", days_ago=300, subtopic="distribution/drp"))  # stale rights: mean 0.50, not weak
    ms = mastery(attempts, NOW, by="subtopic")
    assert (ms["inventory/eoq"].wrong, ms["supply/mrp"].wrong, ms["sop/basics"].wrong) == (0, 1, 1)
    assert ms["inventory/eoq"].lower < ms["supply/mrp"].lower
    assert [m.key for m in weak_areas(ms, k=10)] == ["demand/forecasting", "supply/mrp"]
    assert weak_areas({"a": entry("a", 0.1, wrong=0), "b": entry("b", 0.1, mean=0.75)}) == []


def test_unexplored_domains_are_listed_in_the_given_order():
    ms = mastery(answers("1", subtopic="inventory/eoq") + answers("0", subtopic="demand/forecasting"), NOW)
    assert unexplored(ms, DOMAINS) == ["supply-chains-strategy", "sop", "supply", "detailed-schedules",
                                       "distribution", "quality-tech-ci"]
    assert unexplored(ms, ["sop", "inventory", "supply"]) == ["sop", "supply"]
    assert unexplored({}, DOMAINS) == DOMAINS


def test_engagement_counts_questions_per_domain():
    qs = [(NOW, "sop"), (NOW, "inventory"), (NOW - timedelta(days=1), "sop"), (NOW, ""), (NOW, "sop")]
    assert engagement(qs) == {"sop": 3, "inventory": 1}
    assert engagement([]) == {}


# -- FSRS rating and the adaptive drill -------------------------------------------------------------------------

@pytest.mark.parametrize(("correct", "seconds", "confident", "rating"), [
    (False, None, None, Rating.Again),
    (False, 5.0, True, Rating.Again),
    (True, None, None, Rating.Good),
    (True, 5.0, None, Rating.Good),
    (True, 5.0, False, Rating.Good),
    (True, None, True, Rating.Good),
    (True, 20.0, True, Rating.Easy),
    (True, 20.5, True, Rating.Good),
    (True, 3.0, True, Rating.Easy),
])
def test_rating_for(correct, seconds, confident, rating):
    assert rating_for(correct, seconds, confident) is rating


def test_drill_all_due():
    assert drill_mix(5, 5, ["inventory/eoq"], ["sop"]) == [("review", None)] * 5


def test_drill_n_smaller_than_due():
    assert drill_mix(3, 10, ["inventory/eoq"], ["sop"]) == [("review", None)] * 3
    assert drill_mix(0, 10, ["inventory/eoq"], ["sop"]) == []


def test_drill_no_evidence_goes_to_unexplored_round_robin():
    assert drill_mix(5, 0, [], ["sop", "demand"]) == [
        ("new", "sop"), ("new", "demand"), ("new", "sop"), ("new", "demand"), ("new", "sop")]
    assert drill_mix(2, 1, [], ["sop", "demand"]) == [("review", None), ("new", "sop")]  # even when r < 3


def test_drill_mixed():
    # 2 reviews; r = 8; unexplored gets max(1, round(8 x 0.2)) = 2; weak gets 6
    assert drill_mix(10, 2, ["a", "b"], ["x", "y"]) == (
        [("review", None)] * 2 + [("weak", "a"), ("weak", "b")] * 3 + [("new", "x"), ("new", "y")])
    # r = 3 -> max(1, round(0.6)) = 1 unexplored; r = 2 < 3 -> none
    assert drill_mix(3, 0, ["a"], ["x", "y"]) == [("weak", "a"), ("weak", "a"), ("new", "x")]
    assert drill_mix(4, 2, ["a"], ["x"]) == [("review", None)] * 2 + [("weak", "a")] * 2
    # r = 20 -> round(4.0) = 4 unexplored, round-robin
    mix = drill_mix(20, 0, ["a", "b", "c"], ["x", "y", "z"])
    assert mix[16:] == [("new", "x"), ("new", "y"), ("new", "z"), ("new", "x")]
    assert mix[:4] == [("weak", "a"), ("weak", "b"), ("weak", "c"), ("weak", "a")]


def test_drill_no_unexplored():
    assert drill_mix(4, 1, ["a", "b"], []) == [("review", None), ("weak", "a"), ("weak", "b"), ("weak", "a")]
    assert drill_mix(3, 1, [], []) == [("review", None), ("any", None), ("any", None)]


# -- study plan -------------------------------------------------------------------------------------------------

def test_plan_length_mock_and_rest_days():
    plan = study_plan(TODAY, date(2026, 6, 15), {}, DOMAINS, [], daily_items=25)
    assert [d.day for d in plan] == [TODAY + timedelta(days=i) for i in range(14)]
    mock, rest = plan[-3], plan[-1]
    assert mock.day == date(2026, 6, 12) and mock.note == "Mock exam (150 items, 3.5 h)"
    assert mock.domains == DOMAINS and mock.new_items == 0
    assert rest.day == date(2026, 6, 14) and rest.note == "Rest and light review"
    assert rest.new_items == 0 and rest.domains == []
    study = [d for d in plan if d not in (mock, rest)]
    assert len(study) == 12
    assert all(d.new_items == 25 and len(d.domains) == 2 == len(set(d.domains)) for d in study)
    assert sum(1 for d in plan if d.note.startswith("Mock")) == 1


def test_plan_without_mock_under_seven_days():
    plan = study_plan(TODAY, TODAY + timedelta(days=6), {}, DOMAINS, [])
    assert len(plan) == 6
    assert not any(d.note.startswith("Mock") for d in plan)
    assert plan[-1].note == "Rest and light review"
    assert study_plan(TODAY, TODAY + timedelta(days=7), {}, DOMAINS, [])[-3].note.startswith("Mock")
    only = study_plan(TODAY, TODAY + timedelta(days=1), {}, DOMAINS, [])
    assert [(d.day, d.note, d.new_items) for d in only] == [(TODAY, "Rest and light review", 0)]


def test_plan_exam_today_or_past_is_empty():
    assert study_plan(TODAY, TODAY, {}, DOMAINS, [NOW]) == []
    assert study_plan(TODAY, TODAY - timedelta(days=3), {}, DOMAINS, []) == []


def test_plan_weakest_domain_first_and_most_often():
    ms = {d: entry(d, 0.8) for d in DOMAINS} | {"inventory": entry("inventory", 0.05)}
    plan = study_plan(TODAY, date(2026, 6, 15), ms, DOMAINS, [])
    study = [d for d in plan if d.note == "Study and drill"]
    assert study[0].domains[0] == "inventory"
    counts = {d: sum(d in day.domains for day in study) for d in DOMAINS}
    # 12 study days x 2 = 24 slots, one each first (8 used, 16 left); need 0.95 for inventory, 0.2 for the
    # others. Sainte-Laguë quotient need / (q + 0.5): inventory takes q = 1..6 -> 7 (0.95 / 6.5 = 0.146 beats
    # 0.2 / 1.5 = 0.133; 6 slots); then 0.95 / 7.5 = 0.127 < 0.133, so the 7 others take a second slot
    # (13 slots); the last 3 go to inventory (0.127, 0.112, 0.100 all beat 0.2 / 2.5 = 0.08) -> 10 + 7 x 2 = 24.
    assert counts["inventory"] == 10
    assert all(counts[d] == 2 for d in DOMAINS if d != "inventory")
    assert sum(counts.values()) == 24


def test_plan_unexplored_count_as_full_need_and_no_back_to_back_repeats():
    ms = {d: entry(d, 0.7) for d in DOMAINS[:4]}  # need 0.3 each; the other 4 unexplored, need 1.0
    plan = study_plan(TODAY, TODAY + timedelta(days=10), ms, DOMAINS, [])
    study = [d for d in plan if d.note == "Study and drill"]
    assert len(study) == 8  # 10 days - mock day - rest day
    # 16 slots, one each first; the 8 left: 1.0 / 1.5 = 0.67 > 0.3 / 1.5 = 0.2 and 1.0 / 2.5 = 0.4 > 0.2 give
    # each unexplored domain 2 more -> 4 x 3 + 4 x 1 = 16; the unexplored ones fill the first days
    counts = {d: sum(d in day.domains for day in study) for d in DOMAINS}
    assert counts == {d: 1 for d in DOMAINS[:4]} | {d: 3 for d in DOMAINS[4:]}
    assert set(study[0].domains) | set(study[1].domains) == set(DOMAINS[4:])
    for a, b in zip(plan, plan[1:], strict=False):
        if (b.day - a.day).days == 1 and a.note == b.note == "Study and drill":
            assert not set(a.domains) & set(b.domains), (a, b)
    assert all(any(d in day.domains for day in study) for d in DOMAINS)


def test_plan_counts_reviews_on_their_utc_day():
    dues = [NOW - timedelta(days=5), NOW - timedelta(hours=1),                  # overdue -> today
            datetime(2026, 6, 3, 23, 30, tzinfo=UTC), datetime(2026, 6, 3, 0, 0, tzinfo=UTC),
            datetime(2026, 6, 5, 1, 0, tzinfo=timezone(timedelta(hours=2))),   # 06-04 23:00 UTC
            datetime(2026, 6, 9, tzinfo=UTC)]                                  # exam day: not in the plan
    plan = study_plan(TODAY, date(2026, 6, 9), {}, DOMAINS, dues)
    assert {d.day: d.reviews_due for d in plan if d.reviews_due} == {
        date(2026, 6, 1): 2, date(2026, 6, 3): 2, date(2026, 6, 4): 1}


def test_plan_shares_by_need_with_sainte_lague_and_alternates():
    ms = {"demand": entry("demand", 0.2), "sop": entry("sop", 0.5), "supply": entry("supply", 0.8)}
    plan = study_plan(TODAY, TODAY + timedelta(days=5), ms, ["supply", "sop", "demand", "inventory"], [])
    # needs: inventory 1.0 (unexplored), demand 0.8, sop 0.5, supply 0.2. 5 days < 7: no mock; the last is rest
    # -> 4 study days x 2 = 8 slots, one each first, 4 left, quotient need / (q + 0.5):
    # inventory 1 / 1.5 = 0.667 -> 2; demand 0.8 / 1.5 = 0.533 -> 2; inventory 1 / 2.5 = 0.4 -> 3;
    # sop 0.5 / 1.5 = 0.333 beats demand 0.8 / 2.5 = 0.32 and inventory 1 / 3.5 = 0.286 -> sop 2.
    # (D'Hondt, need / (q + 1), would give demand 3 and sop 1.)
    # Days: most slots left first, not yesterday's, a domain needed every remaining day goes first.
    assert [d.domains for d in plan] == [["inventory", "demand"], ["sop", "supply"], ["inventory", "demand"],
                                         ["inventory", "sop"], []]


def test_plan_gives_every_domain_a_day_when_there_are_enough_days():
    ms = {d: entry(d, 0.97) for d in DOMAINS if d not in ("demand", "inventory")}  # need 0.03 each
    # demand and inventory are unexplored (need 1.0): alone they would take all 16 slots (8 each, one a day)
    plan = study_plan(TODAY, TODAY + timedelta(days=10), ms, DOMAINS, [])
    study = [d for d in plan if d.note == "Study and drill"]
    counts = {d: sum(d in day.domains for day in study) for d in DOMAINS}
    # 10 days -> 8 study days >= 8 domains: one slot each first (8); the 8 left alternate demand, inventory
    # (1.0 / (q + 0.5) always beats 0.03 / 1.5) -> 1 + 4 each
    assert counts == {d: 1 for d in DOMAINS} | {"demand": 5, "inventory": 5}
