"""Detailed schedules: lead time, scheduling dates, priority rules, sequencing and I/O control.

Also Little's Law, takt time, kanban sizing, line balancing and throughput accounting.

Conventions: dates are shop-calendar day numbers (working days); times are in consistent units
chosen by the caller. Sequencing is for one work center with all jobs available at time 0
(static), and the critical-ratio rule uses CR = (due − today) / processing time at time 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from tutor.calc._checks import CalcError, nonneg, number, positive, same_length, series, whole

RULES = ("FCFS", "SPT", "EDD", "CR", "LPT")
_STEPS = ("queue", "setup", "run", "wait", "move")


def manufacturing_lead_time(operations: Sequence[Mapping[str, float]]) -> float:
    """Manufacturing lead time = Σ over operations (queue + setup + run + wait + move).

    Each operation is a mapping with any of `queue`, `setup`, `run`, `wait`, `move` (same unit).

    Example: [{queue 2, setup 0.25, run 0.75, wait 0.5, move 0.5}, {queue 1.5, setup 0.5, run 1, move 0.5}]
    -> 4 + 3.5 = 7.5 days.
    """
    if not operations:
        raise CalcError("operations must list at least one operation")
    total = 0.0
    for i, op in enumerate(operations, 1):
        unknown = set(op) - set(_STEPS)
        if unknown:
            raise CalcError(f"operation {i} has unknown parts: {', '.join(sorted(unknown))}")
        total += sum(nonneg(f"operations[{i}].{k}", v) for k, v in op.items())
    return total


def backward_schedule_start(due_day: float, lead_time: float) -> float:
    """Backward scheduling: start day = due day − remaining lead time (working days).

    Example: due on shop day 250, 12 days of lead time -> start on day 238.
    """
    return number("due_day", due_day) - nonneg("lead_time", lead_time)


def forward_schedule_finish(start_day: float, lead_time: float) -> float:
    """Forward scheduling: finish day = start day + lead time (working days).

    Example: start on shop day 238, 12 days of lead time -> finish on day 250.
    """
    return number("start_day", start_day) + nonneg("lead_time", lead_time)


def critical_ratio(due_day: float, today: float, remaining_lead_time: float) -> float:
    """CR = (due date − today) / remaining lead time. Below 1 behind, 1 on, above 1 ahead of schedule.

    Example: due day 110, today 100, 5 days of lead time left -> 2.0.
    """
    return (number("due_day", due_day) - number("today", today)) / positive("remaining_lead_time", remaining_lead_time)


def slack(due_day: float, today: float, remaining_processing_time: float) -> float:
    """Slack = (due date − today) − remaining processing time (days; negative means late already).

    Example: due day 110, today 100, 6 days of work left -> 4 days.
    """
    return number("due_day", due_day) - number("today", today) - nonneg(
        "remaining_processing_time", remaining_processing_time)


def slack_per_operation(due_day: float, today: float, remaining_processing_time: float,
                        operations_remaining: int) -> float:
    """Slack per remaining operation = slack / number of operations left; the lowest runs first.

    Example: slack 4 days with 2 operations left -> 2.
    """
    return slack(due_day, today, remaining_processing_time) / whole("operations_remaining", operations_remaining, 1)


def sequence_jobs(jobs: Sequence[Mapping[str, float | str]], rule: str) -> dict[str, object]:
    """Sequence jobs on one work center by a priority rule and measure the result.

    Each job: `name`, `processing_time`, `due` (time from now); jobs are listed in arrival order
    (FCFS). Rules: FCFS, SPT (shortest first), EDD (earliest due first), CR (lowest
    due / processing time first), LPT (longest first). Ties keep arrival order.
    Returns `order`, per-job `completion`, `lateness`, `tardiness`, and `average_flow_time`,
    `average_tardiness`, `max_tardiness`, `jobs_late`, `makespan`, `average_jobs_in_system`
    (Σ flow times / makespan).

    Example: A (6, due 8), B (2, due 6), C (4, due 14), SPT -> order B, C, A; completions 2, 6, 12;
    average flow time 6.67; average tardiness 1.33.
    """
    if rule not in RULES:
        raise CalcError(f"rule must be one of {', '.join(RULES)} (got {rule!r})")
    if not jobs:
        raise CalcError("jobs must list at least one job")
    rows = []
    for i, job in enumerate(jobs):
        name = str(job.get("name", f"job {i + 1}"))
        rows.append((i, name, positive(f"{name}.processing_time", job.get("processing_time")),  # type: ignore[arg-type]
                     number(f"{name}.due", job.get("due"))))  # type: ignore[arg-type]
    keys = {"FCFS": lambda r: r[0], "SPT": lambda r: r[2], "EDD": lambda r: r[3],
            "CR": lambda r: r[3] / r[2], "LPT": lambda r: -r[2]}
    ordered = sorted(rows, key=lambda r: (keys[rule](r), r[0]))
    clock, completion, lateness, tardiness = 0.0, {}, {}, {}
    for _, name, time, due in ordered:
        clock += time
        completion[name], lateness[name] = clock, clock - due
        tardiness[name] = max(0.0, clock - due)
    n = len(rows)
    return {
        "order": [r[1] for r in ordered], "completion": completion, "lateness": lateness, "tardiness": tardiness,
        "average_flow_time": sum(completion.values()) / n, "average_tardiness": sum(tardiness.values()) / n,
        "max_tardiness": max(tardiness.values()), "jobs_late": sum(1 for t in tardiness.values() if t > 0),
        "makespan": clock, "average_jobs_in_system": sum(completion.values()) / clock,
    }


def input_output_control(planned_input: Sequence[float], actual_input: Sequence[float],
                         planned_output: Sequence[float], actual_output: Sequence[float],
                         beginning_queue: float) -> dict[str, list[float]]:
    """Input/output report for a work center, in standard hours per period.

    Cumulative input deviation = Σ (actual − planned input); cumulative output deviation =
    Σ (actual − planned output); queue = previous queue + actual input − actual output.

    Example: planned in/out [100, 100], actual in [95, 105], actual out [90, 100], queue 30
    -> input deviation [−5, 0], output deviation [−10, −10], queue [35, 40].
    """
    pi, ai = series("planned_input", planned_input), series("actual_input", actual_input)
    po, ao = series("planned_output", planned_output), series("actual_output", actual_output)
    same_length(planned_input=pi, actual_input=ai, planned_output=po, actual_output=ao)
    queue, dev_in, dev_out = nonneg("beginning_queue", beginning_queue), 0.0, 0.0
    out: dict[str, list[float]] = {"cumulative_input_deviation": [], "cumulative_output_deviation": [], "queue": []}
    for p_in, a_in, p_out, a_out in zip(pi, ai, po, ao, strict=True):
        dev_in += a_in - p_in
        dev_out += a_out - p_out
        queue += a_in - a_out
        out["cumulative_input_deviation"].append(dev_in)
        out["cumulative_output_deviation"].append(dev_out)
        out["queue"].append(queue)
    return out


def littles_law_wip(throughput_rate: float, flow_time: float) -> float:
    """Little's Law: WIP = throughput rate × flow time (units; consistent time units).

    Example: 40 units a day × 5 days -> 200 units in process.
    """
    return nonneg("throughput_rate", throughput_rate) * nonneg("flow_time", flow_time)


def littles_law_flow_time(wip: float, throughput_rate: float) -> float:
    """Little's Law rearranged: flow (lead) time = WIP / throughput rate.

    Example: 200 units / 40 units a day -> 5 days.
    """
    return nonneg("wip", wip) / positive("throughput_rate", throughput_rate)


def takt_time(available_time: float, demand: float) -> float:
    """Takt time = available production time per period / customer demand per period.

    Example: 27,000 seconds a shift / 450 units a shift -> 60 seconds per unit.
    """
    return nonneg("available_time", available_time) / positive("demand", demand)


def kanban_containers(demand_rate: float, lead_time: float, safety_factor: float, container_quantity: float) -> float:
    """Number of kanban containers N = D × L × (1 + α) / C (round up to use it).

    D = demand per period, L = replenishment lead time (waiting + processing, same period unit),
    α = safety factor as a fraction, C = units per container.

    Example: 200 per hour × 1.5 hours × 1.1 / 50 per container -> 6.6 (7 containers).
    """
    return (nonneg("demand_rate", demand_rate) * nonneg("lead_time", lead_time)
            * (1 + nonneg("safety_factor", safety_factor)) / positive("container_quantity", container_quantity))


def minimum_workstations(task_times: Sequence[float], cycle_time: float) -> int:
    """Theoretical minimum workstations = Σ task times / cycle time, rounded up.

    Example: tasks [40, 30, 50, 20, 35, 25] s, cycle 60 s -> 200 / 60 = 3.33 -> 4.
    """
    tasks, cycle = series("task_times", task_times), positive("cycle_time", cycle_time)
    if max(tasks) > cycle:
        raise CalcError(f"a task of {max(tasks):g} exceeds the cycle time {cycle:g}; split it or lengthen the cycle")
    return math.ceil(sum(tasks) / cycle - 1e-9)


def balance_efficiency(task_times: Sequence[float], workstations: int, cycle_time: float) -> float:
    """Line balance efficiency = Σ task times / (workstations × cycle time), as a fraction.

    Example: 200 s of work on 4 stations at a 60 s cycle -> 0.8333.
    """
    tasks = series("task_times", task_times)
    return sum(tasks) / (whole("workstations", workstations, 1) * positive("cycle_time", cycle_time))


def throughput_accounting(sales_revenue: float, totally_variable_cost: float, operating_expense: float,
                          investment: float) -> dict[str, float]:
    """TOC measures: throughput T = sales − totally variable cost; net profit = T − OE; ROI = (T − OE) / I.

    Example: sales 1,000,000, TVC 400,000, OE 450,000, I 750,000 -> T 600,000, profit 150,000, ROI 0.2.
    """
    t = nonneg("sales_revenue", sales_revenue) - nonneg("totally_variable_cost", totally_variable_cost)
    profit = t - nonneg("operating_expense", operating_expense)
    return {"throughput": t, "net_profit": profit, "roi": profit / positive("investment", investment)}

