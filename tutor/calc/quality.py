"""Quality: cost of quality, process capability, control-chart limits and Six Sigma measures.

Also first-pass and rolled throughput yield, OEE and Pareto analysis.

Conventions: rates and yields are fractions; the sigma level includes the customary 1.5σ
long-term shift (3.4 DPMO = 6σ); X-bar/R constants are the standard table values for subgroup
sizes 2-10; a negative lower control limit is reported as 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from statistics import NormalDist

from tutor.calc._checks import CalcError, fraction, mapping, nonneg, number, positive, series, whole

#: Subgroup size -> (A2, D3, D4) for X-bar and R charts.
XBAR_R_CONSTANTS = {
    2: (1.880, 0.0, 3.267), 3: (1.023, 0.0, 2.574), 4: (0.729, 0.0, 2.282), 5: (0.577, 0.0, 2.114),
    6: (0.483, 0.0, 2.004), 7: (0.419, 0.076, 1.924), 8: (0.373, 0.136, 1.864), 9: (0.337, 0.184, 1.816),
    10: (0.308, 0.223, 1.777),
}


def cost_of_quality(prevention: float, appraisal: float, internal_failure: float,
                    external_failure: float) -> dict[str, float]:
    """COQ = prevention + appraisal + internal failure + external failure, with each share.

    Example: 20,000 + 60,000 + 150,000 + 170,000 -> total 400,000; failure share 0.8.
    """
    parts = {"prevention": nonneg("prevention", prevention), "appraisal": nonneg("appraisal", appraisal),
             "internal_failure": nonneg("internal_failure", internal_failure),
             "external_failure": nonneg("external_failure", external_failure)}
    total = sum(parts.values())
    shares = {f"{k}_share": (v / total if total else 0.0) for k, v in parts.items()}
    failure = (parts["internal_failure"] + parts["external_failure"]) / total if total else 0.0
    return {"total": total, **shares, "failure_share": failure}


def process_capability(usl: float, lsl: float, sigma: float) -> float:
    """Cp = (USL − LSL) / 6σ: the spread the specification allows over the process spread.

    Example: USL 10.6, LSL 9.4, σ 0.15 -> 1.33.
    """
    upper, lower = number("usl", usl), number("lsl", lsl)
    if upper <= lower:
        raise CalcError("usl must be above lsl")
    return (upper - lower) / (6 * positive("sigma", sigma))


def process_capability_index(usl: float, lsl: float, mean: float, sigma: float) -> float:
    """Cpk = min((USL − μ) / 3σ, (μ − LSL) / 3σ): capability allowing for an off-center mean.

    Example: USL 10.6, LSL 9.4, μ 10.15, σ 0.15 -> min(1.0, 1.67) = 1.0 (rounded).
    """
    upper, lower, mu = number("usl", usl), number("lsl", lsl), number("mean", mean)
    if upper <= lower:
        raise CalcError("usl must be above lsl")
    s = positive("sigma", sigma)
    return min((upper - mu) / (3 * s), (mu - lower) / (3 * s))


def xbar_r_limits(grand_mean: float, average_range: float, subgroup_size: int) -> dict[str, float]:
    """X-bar and R chart limits: x̿ ± A2 R̄; R chart D3 R̄ to D4 R̄.

    Example: x̿ 500, R̄ 4, n 5 -> UCL 502.308, LCL 497.692, R chart 0 to 8.456.
    """
    n = whole("subgroup_size", subgroup_size, 2)
    if n not in XBAR_R_CONSTANTS:
        raise CalcError("subgroup_size must be between 2 and 10 (the table this uses)")
    a2, d3, d4 = XBAR_R_CONSTANTS[n]
    x, r = number("grand_mean", grand_mean), nonneg("average_range", average_range)
    return {"center_x": x, "ucl_x": x + a2 * r, "lcl_x": x - a2 * r, "center_r": r, "ucl_r": d4 * r,
            "lcl_r": d3 * r}


def p_chart_limits(p_bar: float, sample_size: float) -> dict[str, float]:
    """P chart limits = p̄ ± 3 √(p̄ (1 − p̄) / n), with the lower limit floored at 0.

    Example: p̄ 0.04, n 200 -> UCL 0.0816, LCL 0.
    """
    p, n = fraction("p_bar", p_bar), positive("sample_size", sample_size)
    spread = 3 * math.sqrt(p * (1 - p) / n)
    return {"center": p, "ucl": min(1.0, p + spread), "lcl": max(0.0, p - spread)}


def dpmo(defects: float, units: float, opportunities_per_unit: float) -> float:
    """Defects per million opportunities = defects / (units × opportunities) × 1,000,000.

    Example: 150 defects, 2,000 units, 5 opportunities -> 15,000.
    """
    return nonneg("defects", defects) / (positive("units", units) * positive(
        "opportunities_per_unit", opportunities_per_unit)) * 1_000_000


def sigma_level(dpmo_value: float) -> float:
    """Sigma level for a DPMO, with the 1.5σ shift: z(1 − DPMO / 10⁶) + 1.5.

    Example: 3.4 DPMO -> 6.0; 15,000 DPMO -> 3.67.
    """
    rate = nonneg("dpmo_value", dpmo_value) / 1_000_000
    if not 0 < rate < 1:
        raise CalcError("dpmo_value must be between 0 and 1,000,000 (exclusive)")
    return NormalDist().inv_cdf(1 - rate) + 1.5


def first_pass_yield(good_first_time: float, units_started: float) -> float:
    """FPY = units good the first time (no rework) / units started.

    Example: 940 of 1,000 -> 0.94.
    """
    good, started = nonneg("good_first_time", good_first_time), positive("units_started", units_started)
    if good > started:
        raise CalcError("good_first_time cannot exceed units_started")
    return good / started


def rolled_throughput_yield(step_yields: Sequence[float]) -> float:
    """RTY = product of the first-pass yields of all steps.

    Example: [0.95, 0.98, 0.90] -> 0.8379.
    """
    return math.prod(fraction(f"step_yields[{i + 1}]", y) for i, y in enumerate(series("step_yields", step_yields)))


def oee(planned_production_time: float, run_time: float, ideal_cycle_time: float, total_count: float,
        good_count: float) -> dict[str, float]:
    """OEE = availability × performance × quality.

    availability = run time / planned production time; performance = ideal cycle time × total
    count / run time; quality = good count / total count (times in one unit).

    Example: planned 480 min, run 420, ideal 1 min, 380 made, 361 good -> 0.875 × 0.905 × 0.95 = 0.752.
    """
    planned, run = positive("planned_production_time", planned_production_time), positive("run_time", run_time)
    total, good = positive("total_count", total_count), nonneg("good_count", good_count)
    if run > planned:
        raise CalcError("run_time cannot exceed planned_production_time")
    if good > total:
        raise CalcError("good_count cannot exceed total_count")
    availability = run / planned
    performance = nonneg("ideal_cycle_time", ideal_cycle_time) * total / run
    if performance > 1 + 1e-9:
        raise CalcError("ideal cycle time × total count exceeds run time: the ideal cycle time is too long")
    quality = good / total
    return {"availability": availability, "performance": performance, "quality": quality,
            "oee": availability * performance * quality}


def oee_from_rates(availability: float, performance: float, quality: float) -> float:
    """OEE from its three rates (fractions): availability × performance × quality.

    Example: 0.90 × 0.95 × 0.995 -> 0.850725.
    """
    return (fraction("availability", availability) * fraction("performance", performance)
            * fraction("quality", quality))


def pareto_analysis(counts: Mapping[str, float]) -> list[dict[str, float | str]]:
    """Sort causes by count (or cost), largest first, with each share and the cumulative share.

    Example: {late: 50, damaged: 30, wrong item: 15, other: 5} -> cumulative 0.5, 0.8, 0.95, 1.0.
    """
    values = mapping("counts", counts)
    total = sum(values.values())
    if total == 0:
        raise CalcError("all counts are zero")
    rows, running = [], 0.0
    for cause, value in sorted(values.items(), key=lambda kv: (-kv[1], kv[0])):
        running += value
        rows.append({"cause": cause, "count": value, "share": value / total, "cumulative_share": running / total})
    return rows
