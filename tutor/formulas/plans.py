"""Time-phased records and plans: MPS, ATP, MRP, DRP, production plans, RCCP, CRP, I/O control.

Their inputs are rows of a week-by-week table ("forecast 30, 30, 30, 30" or a typed table) and
named rows ("A: 0, 40, 0; B: 10, 0, 20"); their results are tables.
"""

from __future__ import annotations

from typing import Any

from tutor.formulas._base import OMIT, Formula, P, Param, without_names

_ON_HAND = P("on_hand", "on hand", r"on[- ]hand(?: (?:is|of))?", r"(?:beginning|starting|opening) inventory")
_MPS_ROW = P("mps", "MPS quantities", r"\bmps\b(?: (?:receipts?|quantities|quantity|row|is))?:?",
             r"master (?:production )?schedule(?: receipts?)?:?", kind="list")
_ORDERS_ROW = P("orders", "customer orders", r"(?:customer |booked )?orders?(?: (?:booked|promised|are|of))?:?", r"booked:?",
                kind="list")
_FORECAST_ROW = P("forecast", "forecast", r"forecasts?(?: (?:is|are|of))?:?", kind="list")
_DTF = P("demand_time_fence", "demand time fence (periods)", r"demand time fence(?: (?:is|at|of))?(?: (?:the end of )?(?:period|week))?",
         r"\bdtf\b(?: (?:is|at|of))?(?: (?:period|week))?", kind="count")
_ATP = (r"\batp\b", r"available[- ]to[- ]promise", r"(?:can|could) (?:we|i) promise")
_HOURS = P("hours_per_unit", "standard hours per unit", r"(?:standard )?hours(?: per unit)?(?: (?:are|of))?:?", kind="pairs")
_MPS_PAIRS = P("mps", "MPS quantities", r"\bmps\b(?: (?:is|of|quantities))?:?", r"master (?:production )?schedule:?",
               r"(?:volumes?|quantities|production)(?: (?:of|are))?:?", kind="pairs")


def _profile(values: dict[str, Any]) -> dict[str, Any]:
    """Named rows "A machining: 0, 3" -> {"A": {"machining": [0, 3]}}."""
    profile: dict[str, dict[str, list[float]]] = {}
    for key, row in values["profile"].items():
        item, _, center = key.partition(" ")
        profile.setdefault(item, {})[center or item] = row
    return values | {"profile": profile}


def _shares(values: dict[str, Any]) -> dict[str, Any]:
    """Work-centre shares written as percentages (70, 30) become fractions."""
    shares = values["work_center_shares"]
    if sum(shares.values()) > 1.5:
        shares = {k: v / 100 for k, v in shares.items()}
    return values | {"work_center_shares": shares}


def _atp(function: str, title: str, expression: str, cue: str, *more: Param, note: str = "",
         template: str = "on hand {on_hand}, MPS [{mps}], orders [{orders}]") -> Formula:
    """An available-to-promise formula: read from on hand, the MPS and the orders; the result is period 1's ATP."""
    return Formula(function, title, "supply", expression, (*_ATP, cue), (_ON_HAND, _MPS_ROW, _ORDERS_ROW, *more),
                   template, "units", pick=lambda r: r[0], note=note, ignores="forecasts?")


FORMULAS: tuple[Formula, ...] = (
    Formula("master_schedule", "Master schedule (MPS lots and PAB)", "supply",
            "PAB = previous PAB + MPS − max(forecast, orders) before the DTF uses orders only",
            (r"\bmps\b", r"master (?:production )?schedul\w*", r"when (?:do|should) (?:we|i) (?:schedule|need) (?:a |an )?(?:lot|mps)"),
            (_ON_HAND, _FORECAST_ROW, _ORDERS_ROW,
             P("lot_size", "MPS lot size", r"lot(?: size)?(?: (?:of|is))?", r"(?:in )?lots of", r"batch(?: size)?(?: of)?"),
             _DTF, P("safety_stock", "safety stock", r"safety stock", default=0)),
            "schedule a lot of {lot_size} whenever PAB would fall below {safety_stock}", pick=lambda r: None),
    Formula("mps_projected_available", "Projected available balance (PAB)", "supply",
            "PAB = previous PAB + MPS − orders (inside the DTF) or max(forecast, orders) (outside)",
            (r"projected available(?: balance)?", r"\bpab\b", r"\bmps\b.*projected|projected.*\bmps\b"),
            (_ON_HAND, _FORECAST_ROW, _ORDERS_ROW, _MPS_ROW, _DTF),
            "PAB from on hand {on_hand}, MPS [{mps}], forecast [{forecast}], orders [{orders}]", unit="units",
            pick=lambda r: r[-1]),
    _atp("atp_discrete", "Discrete available-to-promise (ATP)",
         "ATP = MPS (+ on hand in period 1) − orders until the next MPS receipt", r"discrete",
         note="ATP is shown only in periods with an MPS receipt (and period 1); the result is period 1's ATP."),
    _atp("atp_lookahead", "Discrete ATP with look-ahead", "discrete ATP, with later shortfalls covered from earlier ATP",
         r"look[- ]?ahead", note="Look-ahead takes later shortfalls out of earlier ATP, so no promise breaks a later order."),
    _atp("atp_cumulative", "Cumulative ATP", "cumulative ATP = running total of discrete ATP",
         r"cumulative (?:atp|available[- ]to[- ]promise)",
         P("lookahead", "look-ahead", kind="choice", choices=((r"look[- ]?ahead", True),), default=OMIT),
         template="running total of discrete ATP for on hand {on_hand}, MPS [{mps}], orders [{orders}]"),
    Formula("mrp_record", "MRP record", "supply", "PA = PA₋₁ + SR + planned receipts − GR; releases offset by the lead time",
            (r"\bgross(?: requirements?)?\s*[:|]", r"\bmrp\b", r"planned order (?:releases?|receipts?)", r"time[- ]phased (?:record|plan)", r"gross requirements"),
            (P("gross_requirements", "gross requirements", r"gross(?: requirements?)?(?: (?:are|of))?:?", r"\bgr\b:?",
               kind="list"),
             _ON_HAND, P("lead_time", "lead time (periods)", r"lead time(?: (?:is|of))?", kind="count"),
             P("scheduled_receipts", "scheduled receipts", r"scheduled receipts?(?: (?:are|of))?:?", r"\bsr\b:?", kind="list",
               default=OMIT),
             P("safety_stock", "safety stock", r"safety stock", default=0),
             P("lot_rule", "lot-sizing rule", kind="choice", default="lot-for-lot",
               choices=((r"\bpoq\b|period order quantity", "poq"),
                        (r"fixed(?: order)?(?: quantity| lot)?|\bfoq\b|lots? of|multiples? of", "fixed"),
                        (r"lot[- ]for[- ]lot|\bl4l\b|\blfl\b", "lot-for-lot"))),
             P("lot_size", "lot size", r"(?:lot|order|batch) (?:size|quantity)(?: (?:of|is))?", r"\bfoq\b(?: (?:of|is))?",
               r"lots of", r"multiples of", default=OMIT),
             P("periods", "periods per order (POQ)", r"\bpoq\b(?: of| covering| =)?", r"cover(?:s|ing)?", kind="count",
               default=OMIT),
             P("allocated", "allocated", r"allocated", default=OMIT)),
            "{lot_rule}, lead time {lead_time}", pick=lambda r: None),
    Formula("gross_requirements", "Component gross requirements", "supply",
            "GR = Σ parent planned order releases × quantity per + independent demand",
            (r"\bgoes into\b", r"\(\s*\d+\s*(?:per|each)\b", r"\bqty per\b", r"\bused \d+ per\b", r"\bcommon component\b", r"component (?:gross )?requirements?", r"gross requirements? (?:of|for) (?:the )?component",
             r"parents?'? (?:planned )?(?:order )?releases?"),
            (P("parent_releases", "parents' planned order releases", r"(?:parents?'?|planned order) releases?(?: (?:are|of))?:?",
               r"parents?:?", kind="named_lists"),
             P("quantity_per", "quantity per parent", r"quantity per(?: parent)?(?: (?:is|of))?:?", r"(?:usage|qty) per:?",
               kind="pairs"),
             P("independent_demand", "independent demand (service parts)",
               r"(?:service(?: parts?)?|independent|spares?)(?: demand| parts)?(?: (?:is|of))?:?", kind="list", default=OMIT)),
            "Σ releases × quantity per", "units", pick=lambda r: None),
    Formula("drp_record", "DRP record", "distribution", "PA = PA₋₁ + in transit + planned receipts − GR; ship one transit time earlier",
            (r"\bdc record\b", r"\bdc\b[^.?]*\bin[- ]transit\b", r"\bdrp\b", r"distribution requirements planning", r"planned shipments?"),
            (P("gross_requirements", "gross requirements (DC forecast)", r"(?:gross requirements?|forecast|demand)(?: (?:is|are|of))?:?",
               kind="list"),
             _ON_HAND, P("transit_lead_time", "transit lead time", r"(?:transit|shipping)(?: lead)?(?: time)?", r"lead time",
                         kind="count"),
             P("in_transit", "in transit", r"in[- ]transit(?: (?:is|of))?:?", kind="list", default=OMIT),
             P("safety_stock", "safety stock", r"safety stock", default=0),
             P("lot_size", "shipment lot size", r"(?:full )?(?:truck)?loads? of", r"(?:ship(?:ment)?|lot)(?: size| quantity)(?: (?:of|is))?", r"(?:in )?(?:lots|multiples) of",
               default=OMIT)),
            "transit {transit_lead_time}, safety stock {safety_stock}", pick=lambda r: None),
    Formula("supply_source_requirements", "Supply-source gross requirements", "distribution",
            "GR at the source = Σ DCs' planned shipments", (r"(?:central|regional) (?:warehouse|dc|plant)", r"supply source",
                                                            r"(?:dcs|branches|warehouses)'? planned shipments"),
            (P("dc_planned_shipments", "DCs' planned shipments", r"planned shipments?(?: (?:are|of|from))?:?",
               r"(?:dcs?|branches|warehouses):?", kind="named_lists"),),
            "Σ planned shipments per period", "units", pick=lambda r: None),
    Formula("chase_production", "Chase production plan", "sop", "Pₜ = Dₜ (first period adjusted to reach the target inventory)",
            (r"\bchas(?:e|ing)\b",),
            (P("demand", "demand per period", r"(?:demand|forecasts?|sales)(?: (?:is|are|of|by month|per month))?:?", kind="list"),
             P("beginning_inventory", "beginning inventory", r"(?:start|begin)\w* with", r"in stock", r"\bhave\b", r"(?:beginning|opening|starting|current) (?:inventory|stock)", r"on hand",
               default=0),
             P("target_inventory", "target inventory", r"\bkeep\b", r"(?:target|desired|ending) inventory",
               r"\bcarry (?:a constant |an? )?", r"\bconstant\b", r"(?:at|on hand at) (?:every|each) (?:month|week|period)[- ]end",
               r"\b(?:get|bring|cut|reduce|lower|drop|take|work)\w*\s+(?:it|the backlog|backlog|inventory|stock)?\s*(?:down\s+)?to\b", r"\bkeep (?:it|the backlog|backlog|inventory|stock) (?:at|to)\b", r"\b(?:it|backlog|inventory|stock) down to\b", r"\b(?:end|finish)\w*\s+(?:the\s+\w+\s+)?with\b", default=0)),
            "production = demand [{demand}] adjusted from {beginning_inventory} to {target_inventory}", pick=lambda r: None),
    Formula("projected_inventory", "Projected inventory", "sop", "Iₜ = Iₜ₋₁ + Pₜ − Dₜ",
            (r"projected (?:ending )?inventory", r"ending inventory (?:each|per|by|for each)", r"inventory (?:each|by) (?:month|period)"),
            (P("beginning_inventory", "beginning inventory", r"(?:open|start|begin)\w*\b[^.;]{0,20}?\bwith", r"in stock", r"(?:beginning|opening|starting|current) (?:inventory|stock)", r"on hand"),
             P("production", "production per period", r"production(?: (?:plan|is|of))?:?", r"produce:?", r"build(?:ing|s)?", r"mak(?:e|ing)", kind="list"),
             P("demand", "demand per period", r"(?:demand|forecasts?|sales)(?: (?:is|are|of))?:?", kind="list")),
            "{beginning_inventory} + cumulative (production − demand)", pick=lambda r: r[-1], unit="units"),
    Formula("projected_backlog", "Projected backlog", "sop", "Bₜ = Bₜ₋₁ + ordersₜ − productionₜ",
            (r"projected backlog", r"backlog (?:each|per|by) (?:month|period|week)", r"\bbacklog\b"),
            (P("beginning_backlog", "beginning backlog", r"backlog start(?:s|ing)?(?: at| of)?", r"(?:beginning|opening|starting|current) backlog", r"backlog(?: (?:is|of))?"),
             P("orders", "incoming orders", r"(?:incoming |new |customer )?orders?(?: (?:are|of|received|booked))?:?", kind="list"),
             P("production", "production per period", r"produc\w*", r"\b(?:build|make)s?\b", r"production(?: (?:plan|is|of))?:?", kind="list")),
            "{beginning_backlog} + cumulative (orders − production)", pick=lambda r: r[-1], unit="units"),
    Formula("plan_cost", "Cost of a production plan", "sop",
            "Σ labor + hiring + layoffs + carrying on ending inventory + backorders",
            (r"cost of (?:the|this|a|each) (?:production )?plan", r"plan(?:'s)? (?:total )?cost", r"(?:level|chase|hybrid) plan cost"),
            (P("demand", "demand per period", r"(?:demand|forecasts?)(?: (?:is|are|of))?:?", kind="list"),
             P("production", "production per period", r"production(?: (?:plan|is|of))?:?", kind="list"),
             P("beginning_inventory", "beginning inventory", r"(?:beginning|opening|starting) inventory", default=0),
             P("beginning_workers", "workers at the start", r"(?:beginning|starting|current) (?:workers?|workforce|headcount)",
               r"workers?(?: now)?"),
             P("units_per_worker", "units per worker per period", r"units? (?:per|a|each) worker", r"per worker"),
             P("wage_per_worker", "wage per worker per period", r"wages?(?: per worker)?", r"(?:pay|salary|cost) (?:per|a|each) worker"),
             P("hire_cost", "cost to hire one worker", r"hir(?:e|ing)(?: cost)?"),
             P("layoff_cost", "cost to lay off one worker", r"lay ?off(?: cost)?", r"fir(?:e|ing)(?: cost)?"),
             P("carrying_cost_per_unit", "carrying cost per unit per period", r"carrying(?: cost)?", r"holding(?: cost)?"),
             P("backorder_cost_per_unit", "backorder cost per unit per period", r"back ?order(?: cost)?", r"shortage(?: cost)?")),
            "labor + hiring + layoffs + carrying + backorders", "$", pick=lambda r: r["total"]),
    Formula("rccp_bill_of_labor", "Rough-cut capacity (bill of labor)", "supply",
            "hours at a work center = Σ MPS quantity × hours per unit there",
            (r"bill of (?:labor|labour|resources)", r"\brccp\b", r"rough[- ]cut"),
            (_MPS_PAIRS, P("bill", "bill of labor (hours per unit by work center)", r"bill of (?:labor|labour|resources):?",
                           r"\bbill:?", r"hours per unit:?", kind="named_pairs")),
            "Σ MPS × hours per unit", "hours", pick=lambda r: None),
    Formula("rccp_overall_factors", "Capacity planning using overall factors (CPOF)", "supply",
            "hours at a work center = total standard hours × historical share",
            (r"overall factors?", r"\bcpof\b"),
            (_MPS_PAIRS, _HOURS, P("work_center_shares", "historical work-center shares",
                                   r"(?:historical )?(?:shares?|percentages?|split|mix)(?: (?:of|are))?:?", kind="pairs")),
            "Σ MPS × hours, split by shares", "hours", pick=lambda r: None, adapt=_shares),
    Formula("rccp_resource_profile", "Rough-cut capacity (resource profiles)", "supply",
            "hours per work center placed in the periods the work is done (lead-time offset)",
            (r"resource profiles?",),
            (P("mps", "MPS per period by item", r"\bmps\b(?: (?:is|of))?:?", kind="named_lists"),
             P("profile", "profile: hours per unit 0, 1, … periods before the due period (\"A machining: 0, 3\")",
               r"profiles?(?: \([^)]*\))?(?: (?:is|are))?:?", kind="named_lists")),
            "MPS × profile hours, offset by lead time", "hours", pick=lambda r: None, adapt=_profile),
    Formula("total_standard_hours", "Total standard hours of an MPS", "supply", "Σ MPS quantity × standard hours per unit",
            (r"total standard hours", r"standard hours (?:required|needed|for the (?:mps|plan))"),
            (_MPS_PAIRS, _HOURS), "Σ {mps} × hours {hours_per_unit}", "standard hours"),
    Formula("resource_load", "Resource load", "supply", "load = Σ volume × hours per unit",
            (r"resource load", r"load (?:on|at) (?:the|a) (?:resource|bottleneck)",
             r"hours (?:required|needed|of load) (?:on|at) (?:the |a )?(?:bottleneck|resource|constraint)"),
            (P("volumes", "volumes", r"(?:volumes?|quantities|mps|production|units)(?: (?:of|are))?:?", kind="pairs"), _HOURS),
            "Σ {volumes} × hours {hours_per_unit}", "hours"),
    Formula("work_center_load", "Work-center load (CRP)", "supply", "load = Σ orders (setup + quantity × run time per unit)",
            (r"total load\b", r"\bload in hours\b", r"(?:hours of )?load (?:from|for) (?:the |these |those )?(?:jobs|orders)", r"work[- ]cent(?:er|re) load", r"\bcrp\b", r"capacity requirements? planning", r"load (?:on|at|for) (?:the )?work cent(?:er|re)",
             r"\bload (?:on|at) (?:the |that |this )?(?:booth|machine|cell|line|press|dep(?:artmen)?t|work ?cent(?:er|re)|wc\b)"),
            (P("orders", "open and planned orders", r"orders?:?", r"lots?:?", r"jobs?:?", kind="records",
               fields=(("quantity", r"units?|qty|quantity|pieces|pcs"), ("?setup_hours", r"set ?up"),
                       ("run_hours_per_unit", r"run(?: time)?"))),),
            "Σ (setup + quantity × run per unit)", "hours", adapt=without_names("orders")),
    Formula("input_output_control", "Input/output control", "detailed-schedules",
            "cumulative deviation = Σ (actual − planned); queue = queue₋₁ + actual input − actual output",
            (r"\bcum(?:ulative)?\.? (?:input|output) deviation", r"planned (?:input|output)\b.*actual (?:input|output)", r"planned in\b.*actual in\b", r"input/output", r"input[- ]output (?:control|report)", r"\bi/o\b"),
            (P("planned_input", "planned input", r"planned input:?", kind="list"),
             P("actual_input", "actual input", r"actual input:?", kind="list"),
             P("planned_output", "planned output", r"planned output:?", kind="list"),
             P("actual_output", "actual output", r"actual output:?", kind="list"),
             P("beginning_queue", "beginning queue", r"(?:beginning|starting|opening|initial)?\s*(?:queue|backlog)(?: (?:is|of))?")),
            "queue {beginning_queue} + actual input − actual output", pick=lambda r: None),
)
