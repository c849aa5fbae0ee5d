"""Inputs worked out before reading (tutor.derive and its rule modules): each rule on a learner's wording.

Each case checks the value written into the text for the reader and that a step shows it; the
questions are written here, in our own words.
"""

import re

import pytest

from tutor.derive import derive
from tutor.layout import canonical


def derived(question: str) -> tuple[str, list[str]]:
    return derive(canonical(question))


@pytest.mark.parametrize(("question", "written", "step"), [
    ("spec limits are 12.4 mm to 12.6 mm, sigma 0.02",
     "lower specification limit 12.4 and upper specification limit 12.6", "LSL = 12.40"),
    ("we keep on average 400 units of a part that costs $20. carrying rate 25% a year",
     "average inventory value $8000", "400 units × $20"),
    ("the line turns out 50 units per shift and runs 3 shifts a day; lead time 2 days; WIP?", "150 units a day",
     "50 a shift × 3 shifts"),
    ("3 machines x 2 shifts x 8 hours x 5 days, utilization 90%, efficiency 95%", "available hours 240",
     "3 machines × 2 shifts × 8 hours × 5 days"),
    ("p chart: 10 samples of 100 units each, 40 defectives found. UCL?", "p-bar 0.04", "40 / (10 × sample size)"),
    ("a container holds 20 pallets of 48 cases each and costs $1,920 to ship. freight per case?", "960 cases",
     "20 pallets × 48"),
    ("cost of goods sold is 60% of sales; sales were $5M; average inventory $1M; turns?",
     "cost of goods sold $3000000", "60% × sales"),
    ("newsvendor: retail at $20, we pay $8, leftovers salvaged for $2", "underage cost $12, overage cost $6",
     "price − cost = 12"),
    ("payables were $2M at the start of the year and $1.6M at the end; COGS $18M. DPO?", "average payables $1800000",
     "(2,000,000 + 1,600,000) / 2"),
    ("profit margin is 5% on sales of $20M, total assets $8M. ROA?", "net income $1000000", "5% × sales"),
    ("selling price is $10 and the contribution margin is 30%; fixed costs $21,000. break-even?", "variable cost $7",
     "price × (1 − 0.3)"),
    ("fpy? 500 units started, 20 reworked, 5 scrapped, the rest good first time", "good first time 475",
     "500 − 20 − 5"),
    ("oee? 8 hour shift, 40 min of downtime, ideal cycle 1 min, 400 made, 390 good", "run time 440 minutes",
     "planned − 40"),
    ("lead time is 0.25 day waiting + 0.5 day transport; kanban bins of 40, usage 320 a day", "0.75 day",
     "0.25 + 0.5"),
    ("12,000 units spread evenly across the 12 months; the March index is 1.1. March forecast?", "1000 units a month",
     "12,000 / 12"),
])
def test_a_derived_input_is_written_for_the_reader_and_shown(question, written, step):
    text, steps = derived(question)
    assert written in text
    assert any(step in s for s in steps), steps


@pytest.mark.parametrize("question", [
    "what is the EOQ? annual demand 1,000, order cost $50, carrying 20%, unit cost $10",
    "spec is a tight one this quarter; what is the Cp if sigma is 0.1?",  # no range to read
    "the line turns out 50 units per shift. how many shifts do we need?",  # no shifts a day: nothing to convert
])
def test_no_rule_fires_without_its_inputs(question):
    text, steps = derived(question)
    assert steps == []
    assert re.sub(r"\s+", " ", text) == canonical(question)
