"""What the calculation solver knows: for each formula, the cues that name it and its inputs.

Pure data over `tutor.calc`. Cues are case-insensitive regular expressions. Param kinds:
`number`, `rate` (25%, 0.25 and 25 all mean 0.25), `annual` (a monthly or weekly figure is
converted to a year), `count` (whole number) and `list` (several numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Param:
    """One input of a formula."""

    name: str
    label: str
    cues: tuple[str, ...]
    kind: str = "number"
    default: Any = None
    unit: str = ""

    @property
    def unit_suffix(self) -> str:
        """The unit, with a leading space, for display."""
        return f" {self.unit}" if self.unit else ""


@dataclass(frozen=True)
class Formula:
    """A formula the solver can detect, read and compute."""

    function: str
    title: str
    domain: str
    expression: str
    cues: tuple[str, ...]
    params: tuple[Param, ...]
    template: str
    unit: str = ""
    pick: Callable[[Any], float] = field(default=lambda result: float(result))
    note: str = ""

    @property
    def unit_suffix(self) -> str:
        """The result unit, with a leading space, for display."""
        return f" {self.unit}" if self.unit else ""

    def substitute(self, values: dict[str, Any]) -> str:
        """The expression with the given values filled in."""
        from tutor.solver import _fmt

        return self.template.format(**{k: _fmt(v) for k, v in values.items()})


def P(name: str, label: str, *cues: str, kind: str = "number", default: Any = None, unit: str = "") -> Param:  # noqa: N802
    """Shorthand for a Param."""
    return Param(name, label, tuple(cues), kind, default, unit)


_DEMAND_YEAR = P("annual_demand", "annual demand (A)", r"annual demand", r"demand", r"usage", r"sells?", r"units? (?:a|per) year",
                 kind="annual", unit="units/year")
_ORDER_COST = P("order_cost", "cost per order (S)", r"(?:per|an|each|every) order", r"order(?:ing)? cost",
                r"setup cost", r"cost to order", r"(?:per|each) setup", unit="$")
_RATE = P("carrying_rate", "carrying cost rate (i)", r"carrying (?:cost|rate|charge)", r"holding (?:cost|rate)",
          r"carrying", r"holding", kind="rate")
_UNIT_COST = P("unit_cost", "unit cost (c)", r"unit cost", r"(?:costs?|price)\s+(?:of\s+)?(?:\$?[\d.]+\s+)?(?:per|a|each) unit",
               r"(?:item|unit|purchase) (?:cost|price)", r"costs?", r"price", unit="$")

FORMULAS: tuple[Formula, ...] = (
    Formula("eoq", "Economic order quantity (EOQ)", "inventory", "EOQ = √(2AS / (ic))",
            (r"\beoq\b", r"economic order quantity", r"optimal order (?:size|quantity)", r"how (?:much|many).*order"),
            (_DEMAND_YEAR, _ORDER_COST, _RATE, _UNIT_COST),
            "√(2 × {annual_demand} × {order_cost} / ({carrying_rate} × {unit_cost}))", "units"),
    Formula("safety_stock_from_mad", "Safety stock from MAD", "inventory", "SS = z × 1.25 × MAD × √(LT / FI)",
            (r"safety stock.*\bmad\b", r"\bmad\b.*safety stock", r"mean absolute deviation.*safety"),
            (P("z", "safety factor (z)", r"safety factor", r"\bz\b", r"z-value", r"z value"),
             P("mad", "MAD", r"\bmad\b", r"mean absolute deviation"),
             P("lead_time", "lead time (LT)", r"lead time", default=1),
             P("forecast_interval", "forecast interval (FI)", r"forecast interval", r"interval", default=1)),
            "{z} × 1.25 × {mad} × √({lead_time} / {forecast_interval})", "units"),
    Formula("safety_stock", "Statistical safety stock", "inventory", "SS = z × σ × √(LT / FI)",
            (r"safety stock",),
            (P("z", "safety factor (z)", r"safety factor", r"\bz\b", r"z-value", r"z value"),
             P("sigma", "standard deviation (σ)", r"standard deviation", r"std\.? dev", r"sigma", r"σ"),
             P("lead_time", "lead time (LT)", r"lead time", default=1),
             P("forecast_interval", "forecast interval (FI)", r"forecast interval", default=1)),
            "{z} × {sigma} × √({lead_time} / {forecast_interval})", "units"),
    Formula("order_point", "Order point (reorder point)", "inventory", "OP = demand × lead time + SS",
            (r"order point", r"reorder point", r"\brop\b", r"when (?:should|to) (?:we |i )?(?:re)?order"),
            (P("demand_per_period", "demand per period", r"demand", r"usage", r"sells?", r"uses?"),
             P("lead_time", "lead time", r"lead time"),
             P("safety_stock", "safety stock (SS)", r"safety stock", default=0)),
            "{demand_per_period} × {lead_time} + {safety_stock}", "units"),
    Formula("break_even_volume", "Break-even volume", "supply-chains-strategy", "Q = FC / (P − VC)",
            (r"break[- ]?even",),
            (P("fixed_cost", "fixed cost (FC)", r"fixed costs?", r"overhead"),
             P("price", "selling price (P)", r"(?:selling )?price", r"sells? for"),
             P("variable_cost", "variable cost (VC)", r"variable costs?")),
            "{fixed_cost} / ({price} − {variable_cost})", "units"),
    Formula("exponential_smoothing", "Exponential smoothing forecast", "demand", "F(t+1) = α·A(t) + (1 − α)·F(t)",
            (r"exponential(?:ly)? smooth", r"smoothing constant", r"\balpha\b", r"α"),
            (P("alpha", "smoothing constant (α)", r"alpha", r"α", r"smoothing constant", kind="rate"),
             P("previous_forecast", "previous forecast F(t)", r"(?:previous|last|old|current|prior)\s+(?:\w+\s+)?forecast",
               r"forecast"),
             P("actual", "actual demand A(t)", r"actual(?: demand)?", r"demand was", r"sales? (?:were|was)")),
            "{alpha} × {actual} + (1 − {alpha}) × {previous_forecast}", "units"),
    Formula("moving_average", "Simple moving average", "demand", "F = (A₁ + … + Aₙ) / n",
            (r"moving average",),
            (P("actuals", "actual demand (oldest first)", r"(?:actual |past |last |demand |sales )?(?:demand|sales|actuals?)"
               r"(?: (?:was|were|of|history))?:?", kind="list"),
             P("periods", "periods averaged (n)", r"(\d+)[- ](?:period|month|week)", r"periods?", r"n\s*=", kind="count")),
            "average of the last {periods} values of [{actuals}]", "units"),
    Formula("tracking_signal", "Tracking signal", "demand", "TS = RSFE / MAD",
            (r"tracking signal",),
            (P("actuals", "actual demand", r"actuals?(?: demand)?(?: (?:was|were))?:?", kind="list"),
             P("forecasts", "forecasts", r"forecasts?(?: (?:was|were))?:?", kind="list")),
            "RSFE / MAD for actuals [{actuals}] against forecasts [{forecasts}]"),
    Formula("mean_absolute_deviation", "Mean absolute deviation (MAD)", "demand", "MAD = Σ|A − F| / n",
            (r"\bmad\b", r"mean absolute deviation"),
            (P("actuals", "actual demand", r"actuals?(?: demand)?(?: (?:was|were))?:?", kind="list"),
             P("forecasts", "forecasts", r"forecasts?(?: (?:was|were))?:?", kind="list")),
            "mean of |A − F| for actuals [{actuals}] against forecasts [{forecasts}]", "units"),
    Formula("takt_time", "Takt time", "detailed-schedules", "takt = available time / demand",
            (r"\btakt\b",),
            (P("available_time", "available production time", r"available(?: production)? time", r"available",
               r"(?:minutes|seconds|hours) (?:a|per|each) (?:day|shift)", r"(?:shift|day) (?:of|is|has)"),
             P("demand", "customer demand", r"demand", r"units? (?:a|per) (?:day|shift)", r"customers? (?:want|need|order)")),
            "{available_time} / {demand}", "time units per unit"),
    Formula("kanban_containers", "Number of kanban containers", "detailed-schedules", "N = D × L × (1 + α) / C",
            (r"kanban",),
            (P("demand_rate", "demand rate (D)", r"demand", r"usage", r"uses?"),
             P("lead_time", "replenishment lead time (L)", r"lead time", r"replenishment time"),
             P("safety_factor", "safety factor (α)", r"safety (?:factor|stock|margin)", kind="rate", default=0),
             P("container_quantity", "container quantity (C)", r"container(?: size| quantity| holds)?", r"per (?:container|bin|tote)",
               r"(?:bin|tote) (?:size|holds)")),
            "{demand_rate} × {lead_time} × (1 + {safety_factor}) / {container_quantity}", "containers",
            note="Round up to a whole number of containers."),
    Formula("critical_ratio", "Critical ratio", "detailed-schedules", "CR = (due date − today) / remaining lead time",
            (r"critical ratio", r"\bcr\b"),
            (P("due_day", "due date", r"due(?: date| on| day)?"),
             P("today", "today", r"today(?: is)?", r"current (?:date|day)"),
             P("remaining_lead_time", "remaining lead time", r"(?:remaining )?lead time", r"remaining")),
            "({due_day} − {today}) / {remaining_lead_time}"),
    Formula("utilization", "Utilization", "supply", "utilization = actual hours / available hours",
            (r"utili[sz]ation",),
            (P("actual_hours", "actual hours worked", r"actual(?:ly)?(?: hours)?(?: worked)?", r"worked"),
             P("available_hours", "available hours", r"available(?: hours| time)?", r"scheduled")),
            "{actual_hours} / {available_hours}"),
    Formula("efficiency", "Efficiency", "supply", "efficiency = standard hours / actual hours",
            (r"efficiency",),
            (P("standard_hours", "standard hours produced", r"standard hours", r"earned"),
             P("actual_hours", "actual hours worked", r"actual(?:ly)?(?: hours)?", r"worked")),
            "{standard_hours} / {actual_hours}"),
    Formula("rated_capacity", "Rated capacity", "supply", "rated = available × utilization × efficiency",
            (r"rated capacity", r"calculated capacity"),
            (P("available_hours", "available time", r"available(?: time| hours)?"),
             P("utilization_rate", "utilization", r"utili[sz]ation", kind="rate"),
             P("efficiency_rate", "efficiency", r"efficiency", kind="rate")),
            "{available_hours} × {utilization_rate} × {efficiency_rate}", "standard hours"),
    Formula("dpmo", "Defects per million opportunities (DPMO)", "quality-tech-ci", "DPMO = defects / (units × opportunities) × 10⁶",
            (r"\bdpmo\b", r"defects per million"),
            (P("defects", "defects", r"defects?"), P("units", "units", r"units?", r"orders?", r"items?"),
             P("opportunities_per_unit", "opportunities per unit", r"opportunit(?:y|ies)")),
            "{defects} / ({units} × {opportunities_per_unit}) × 1,000,000", "DPMO"),
    Formula("process_capability", "Process capability (Cp)", "quality-tech-ci", "Cp = (USL − LSL) / 6σ",
            (r"\bcp\b", r"process capability(?! index)"),
            (P("usl", "upper specification limit", r"\busl\b", r"upper spec(?:ification)?(?: limit)?"),
             P("lsl", "lower specification limit", r"\blsl\b", r"lower spec(?:ification)?(?: limit)?"),
             P("sigma", "process standard deviation (σ)", r"standard deviation", r"sigma", r"σ")),
            "({usl} − {lsl}) / (6 × {sigma})"),
    Formula("inventory_turns", "Inventory turnover", "inventory", "turns = COGS / average inventory",
            (r"\bturns\b", r"turnover"),
            (P("cost_of_goods_sold", "cost of goods sold", r"cost of goods sold", r"\bcogs\b", r"cost of sales"),
             P("average_inventory_value", "average inventory", r"average inventory", r"inventory")),
            "{cost_of_goods_sold} / {average_inventory_value}", "turns a year"),
    Formula("days_of_supply", "Days of supply", "inventory", "DOS = inventory / average daily demand",
            (r"days? of supply", r"weeks? of supply", r"days of cover"),
            (P("inventory", "inventory on hand", r"inventory", r"on hand", r"stock"),
             P("average_daily_demand", "average demand per day (or week)", r"(?:daily )?demand", r"usage", r"per day", r"sells?")),
            "{inventory} / {average_daily_demand}", "periods of supply"),
    Formula("littles_law_flow_time", "Little's Law (flow time)", "detailed-schedules", "flow time = WIP / throughput",
            (r"little'?s law", r"flow time", r"throughput time"),
            (P("wip", "work in process (WIP)", r"\bwip\b", r"work in process", r"in process"),
             P("throughput_rate", "throughput rate", r"throughput", r"(?:completes?|finishes?|produces?|ships?)")),
            "{wip} / {throughput_rate}", "time units"),
    Formula("level_rate_mts", "Level production rate (make-to-stock)", "sop",
            "P = (Σ forecast + target ending inventory − beginning inventory) / periods",
            (r"level (?:production|rate|plan|strategy)",),
            (P("forecasts", "forecast per period", r"forecasts?(?: (?:is|are|of))?:?", r"demand(?: (?:is|of))?:?", kind="list"),
             P("beginning_inventory", "beginning inventory", r"(?:beginning|opening|starting|current) inventory", r"on hand"),
             P("target_ending_inventory", "target ending inventory", r"(?:target |desired )?ending inventory",
               r"end with", default=0)),
            "(Σ[{forecasts}] + {target_ending_inventory} − {beginning_inventory}) / periods", "units per period"),
    Formula("oee", "Overall equipment effectiveness (OEE)", "quality-tech-ci", "OEE = availability × performance × quality",
            (r"\boee\b", r"overall equipment effectiveness"),
            (P("planned_production_time", "planned production time", r"planned(?: production)?(?: time)?"),
             P("run_time", "run time", r"run(?:ning)? time", r"ran"),
             P("ideal_cycle_time", "ideal cycle time", r"ideal cycle(?: time)?", r"cycle time"),
             P("total_count", "total count", r"total(?: count)?", r"made", r"produced"),
             P("good_count", "good count", r"good")),
            "availability × performance × quality", pick=lambda r: r["oee"]),
    Formula("cash_to_cash_cycle", "Cash-to-cash cycle time", "supply-chains-strategy", "C2C = DIO + DSO − DPO",
            (r"cash[- ]to[- ]cash", r"cash conversion cycle"),
            (P("dio", "days inventory outstanding (DIO)", r"\bdio\b", r"days (?:of )?inventory"),
             P("dso", "days sales outstanding (DSO)", r"\bdso\b", r"days (?:of )?sales"),
             P("dpo", "days payables outstanding (DPO)", r"\bdpo\b", r"days (?:of )?payables?")),
            "{dio} + {dso} − {dpo}", "days"),
    Formula("make_or_buy_indifference", "Make-or-buy indifference volume", "supply", "Q* = (FC_make − FC_buy) / (VC_buy − VC_make)",
            (r"make[- ]or[- ]buy", r"indifference"),
            (P("fixed_cost_make", "fixed cost to make", r"(?:make|making|in-house)[^.]{0,30}?fixed", r"fixed cost (?:to|of) mak(?:e|ing)"),
             P("variable_cost_make", "variable cost to make", r"(?:make|making|in-house)[^.]{0,40}?variable",
               r"variable cost (?:to|of) mak(?:e|ing)"),
             P("fixed_cost_buy", "fixed cost to buy", r"(?:buy|buying|supplier)[^.]{0,30}?fixed", default=0),
             P("variable_cost_buy", "price to buy", r"(?:buy|buying|supplier)[^.]{0,30}?(?:price|variable|costs?)",
               r"(?:buy|purchase) (?:price|for)")),
            "({fixed_cost_make} − {fixed_cost_buy}) / ({variable_cost_buy} − {variable_cost_make})", "units"),
    Formula("sigma_from_mad", "Standard deviation from MAD", "demand", "σ ≈ 1.25 × MAD",
            (r"(?:standard deviation|sigma|σ).*\bmad\b", r"\bmad\b.*(?:standard deviation|sigma|σ)"),
            (P("mad", "MAD", r"\bmad\b(?: (?:is|of))?", r"mean absolute deviation"),),
            "1.25 × {mad}", "units"),
    Formula("square_root_law", "Square-root law", "distribution", "SS_new = SS × √(n_new / n_current)",
            (r"square[- ]root law", r"risk pooling", r"consolidat\w+ .*(?:dcs|warehouses|locations)"),
            (P("safety_stock_current", "current safety stock", r"safety stock", r"inventory"),
             P("locations_current", "current number of locations", r"(?:from|currently|across)\s*", kind="count"),
             P("locations_new", "new number of locations", r"(?:to|into)\s*", kind="count")),
            "{safety_stock_current} × √({locations_new} / {locations_current})", "units"),
)
