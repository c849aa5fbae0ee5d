"""Blind practice set 4, part `demand_quality`: the `demand` and `quality-tech-ci` calculations.

Written in varied learner styles and personas (chat, forum posts, exam stems with exhibits, ERP
screen dumps, e-mails, Slack shorthand, non-native English).

Expected values come from calling tutor.calc directly. About 10% of items lack an input on
purpose (compute=None, missing=[...]).
"""

from eval.blind.item import Item
from tutor import calc

D = "demand"
Q = "quality-tech-ci"

SMA = "Simple moving average"
WMA = "Weighted moving average"
EXP = "Exponential smoothing"
SI = "Seasonal index"
DESEAS = "Deseasonalize / reseasonalize"
REG = "Linear trend / regression"
ERR = "Forecast error"
BIAS = "Bias (mean error)"
MAD = "Mean absolute deviation"
MSE = "Mean squared error"
MAPE = "Mean absolute percentage error"
TS = "Tracking signal"
MADSIG = "MAD to standard deviation (normal errors)"
FILL = "Fill rate (customer service)"

COQ = "Cost of quality"
CP = "Process capability index"
CPK = "Capability allowing for centering"
XBAR = "X-bar and R charts"
PCH = "p chart"
DPMO = "Defects per million opportunities"
FPY = "First-pass yield"
RTY = "Rolled throughput yield"
OEE = "Overall equipment effectiveness"
PARETO = "Pareto analysis"


def _pareto_rank_count(counts, threshold=0.8):
    rows = calc.pareto_analysis(counts)
    return next(i + 1 for i, r in enumerate(rows) if r["cumulative_share"] >= threshold - 1e-12)


ITEMS: list[Item] = [
    # ------------------------------------------------------------------ simple moving average
    Item(
        question="3-mo moving avg forecast for july? jan 120 feb 135 mar 128 apr 140 may 150 jun 145",
        domain=D, formula=SMA, function="moving_average",
        compute=lambda: calc.moving_average([120, 135, 128, 140, 150, 145], 3),
        unit="units",
    ),
    Item(
        question=(
            "ITEM: 40-7719-B   DESC: HOSE CLAMP SS   UOM: EA   PLANNER: KLM\n"
            "WK   DEMAND\n"
            "14    1,240\n"
            "15    1,310\n"
            "16    1,180\n"
            "17    1,295\n"
            "18    1,330\n"
            "Using a 4-week simple moving average, what goes into week 19?"
        ),
        domain=D, formula=SMA, function="moving_average",
        compute=lambda: calc.moving_average([1240, 1310, 1180, 1295, 1330], 4),
        unit="units", note="ERP-style dump with an item number and planner code as distractors",
    ),
    Item(
        question=(
            "Hello, I have the demand of last 6 months: 52, 48, 61, 57, 55, 63 (first is oldest). "
            "Teacher is asking the moving average with 5 periods for the next month. Please how much it gives?"
        ),
        domain=D, formula=SMA, function="moving_average",
        compute=lambda: calc.moving_average([52, 48, 61, 57, 55, 63], 5),
        unit="units",
    ),
    Item(
        question=(
            "My exam is on the 14th and I still can't get moving averages. If weekly usage was "
            "weeks 1-6: 300, 320, 310, 330, 350, 340 and we average the two most recent weeks, "
            "what's the week 7 forecast?"
        ),
        domain=D, formula=SMA, function="moving_average",
        compute=lambda: calc.moving_average([300, 320, 310, 330, 350, 340], 2),
        unit="units",
    ),
    Item(
        question="whats the moving average forecast for next period? demand history 210, 190, 230, 205, 220",
        domain=D, formula=SMA, function="moving_average",
        compute=None, unit="units", missing=["periods"],
        note="number of periods to average is not given",
    ),
    # ------------------------------------------------------------------ weighted moving average
    Item(
        question=(
            "Using weights of 0.5 for the most recent month, 0.3 for the month before, and 0.2 for the "
            "month before that, compute the forecast for April. Actual demand: January 400, "
            "February 420, March 460."
        ),
        domain=D, formula=WMA, function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([400, 420, 460], [0.2, 0.3, 0.5]),
        unit="units",
    ),
    Item(
        question="wma w/ wts 3-2-1 (3 = latest wk) — last 3 wks were 88, 95, 102 (wk10, 11, 12). fcst wk13?",
        domain=D, formula=WMA, function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([88, 95, 102], [1, 2, 3], normalize=True),
        unit="units", note="integer weights must be normalized (divide by 6)",
    ),
    Item(
        question=(
            "period,actual\n1,540\n2,515\n3,560\n4,590\n"
            "weights oldest->newest: 10%,20%,30%,40%. weighted moving avg forecast for period 5?"
        ),
        domain=D, formula=WMA, function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([540, 515, 560, 590], [0.1, 0.2, 0.3, 0.4]),
        unit="units",
    ),
    Item(
        question=(
            "Sales mgr here. We sold 1.2k in Q1, 1.5k in Q2 and 1.1k in Q3. Our planner wants to put "
            "60% weight on the latest quarter and 40% on the one before it (Q1 gets nothing). "
            "What would the weighted moving average forecast be for Q4?"
        ),
        domain=D, formula=WMA, function="weighted_moving_average",
        compute=lambda: calc.weighted_moving_average([1200, 1500, 1100], [0.4, 0.6]),
        unit="units", note="two-period WMA; Q1 is a distractor",
    ),
    Item(
        question="Forecast next month using a 3-period weighted moving average. Demand: 70, 75, 80.",
        domain=D, formula=WMA, function="weighted_moving_average",
        compute=None, unit="units", missing=["weights"],
        note="weights not given",
    ),
    # ------------------------------------------------------------------ exponential smoothing
    Item(
        question=(
            "Last month's forecast was 1,200 units and actual demand came in at 1,320. With a smoothing "
            "constant of 0.15, what is this month's forecast?"
        ),
        domain=D, formula=EXP, function="exponential_smoothing",
        compute=lambda: calc.exponential_smoothing(1200, 1320, 0.15),
        unit="units",
    ),
    Item(
        question=(
            "Starting forecast for week 1 = 500, alpha .3\n"
            "wk1 520, wk2 480, wk3 510\n"
            "Exponential smoothing forecast for week 4?"
        ),
        domain=D, formula=EXP, function="exponential_smoothing_series",
        compute=lambda: calc.exponential_smoothing_series([520, 480, 510], 500, 0.3)[-1],
        unit="units", note="three smoothing steps from the initial forecast",
    ),
    Item(
        question=(
            "Hi team, forwarding the numbers from the call: old forecast for SKU A-220 was 8.5k, "
            "actual came in at 9.1k. We use exponential smoothing with a 20% smoothing constant. "
            "What should the new forecast be? Thanks, Dana"
        ),
        domain=D, formula=EXP, function="exponential_smoothing",
        compute=lambda: calc.exponential_smoothing(8500, 9100, 0.20),
        unit="units",
    ),
    Item(
        question=(
            "alpha = 0.4. F(mar) = 260. Actuals: Mar 300 / Apr 280. what is the forecast for May "
            "using simple exponential smoothing?"
        ),
        domain=D, formula=EXP, function="exponential_smoothing_series",
        compute=lambda: calc.exponential_smoothing_series([300, 280], 260, 0.4)[-1],
        unit="units",
    ),
    Item(
        question=(
            "We use exponential smoothing at work. Forecast for March was 340 and actual was 362. "
            "What's the April forecast?"
        ),
        domain=D, formula=EXP, function="exponential_smoothing",
        compute=None, unit="units", missing=["alpha"],
        note="smoothing constant not given",
    ),
    # ------------------------------------------------------------------ seasonal index
    Item(
        question=(
            "Quarterly demand, two years:\n"
            "Qtr\t2022\t2023\n"
            "Q1\t80\t100\n"
            "Q2\t120\t130\n"
            "Q3\t150\t170\n"
            "Q4\t90\t110\n"
            "What is the seasonal index for Q3?"
        ),
        domain=D, formula=SI, function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[80, 120, 150, 90], [100, 130, 170, 110]])[2],
        unit="ratio", note="tab-separated, years as columns",
    ),
    Item(
        question=(
            "Sales by season last year: winter 300, spring 500, summer 700, fall 500. "
            "seasonal index for summer?"
        ),
        domain=D, formula=SI, function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[300, 500, 700, 500]])[2],
        unit="ratio",
    ),
    Item(
        question=(
            "| Year | Q1 | Q2 | Q3 | Q4 |\n"
            "|------|----|----|----|----|\n"
            "| 2021 | 45 | 60 | 75 | 40 |\n"
            "| 2022 | 50 | 65 | 80 | 45 |\n"
            "| 2023 | 55 | 70 | 85 | 50 |\n"
            "Exhibit 3 above. Calculate the seasonal index for the first quarter."
        ),
        domain=D, formula=SI, function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[45, 60, 75, 40], [50, 65, 80, 45], [55, 70, 85, 50]])[0],
        unit="ratio",
    ),
    Item(
        question=(
            "ice cream shop, 2 yrs of sales: yr1 -> spring 12k summer 30k fall 10k "
            "winter 4k ; yr2 -> spring 14k summer 34k fall 12k winter 4k. whats the winter index"
        ),
        domain=D, formula=SI, function="seasonal_indices",
        compute=lambda: calc.seasonal_indices([[12, 30, 10, 4], [14, 34, 12, 4]])[3],
        unit="ratio",
    ),
    # ------------------------------------------------------------------ deseasonalize / reseasonalize
    Item(
        question="Q2 actual sales were 1,150 units and the Q2 seasonal index is 1.15. What are deseasonalized Q2 sales?",
        domain=D, formula=DESEAS, function="deseasonalize",
        compute=lambda: calc.deseasonalize(1150, 1.15),
        unit="units",
    ),
    Item(
        question=(
            "Our deseasonalized forecast for next year is 4,800 units for the whole year, spread evenly "
            "over the 12 months. July's seasonal index is 1.3. What is the July forecast?"
        ),
        domain=D, formula=DESEAS, function="reseasonalize",
        compute=lambda: calc.reseasonalize(4800 / 12, 1.3),
        unit="units", note="monthly base derived from the annual figure",
    ),
    Item(
        question=(
            "the index of december is 135% and trend forecast give 2 200 units for december. "
            "What is the seasonal forecast for december please?"
        ),
        domain=D, formula=DESEAS, function="reseasonalize",
        compute=lambda: calc.reseasonalize(2200, 1.35),
        unit="units", note="index given as a percent; space thousands separator",
    ),
    Item(
        question="feb shipments 684 units, feb seasonal index 90%. deseasonalize it",
        domain=D, formula=DESEAS, function="deseasonalize",
        compute=lambda: calc.deseasonalize(684, 0.90),
        unit="units",
    ),
    # ------------------------------------------------------------------ linear regression
    Item(
        question=(
            "Demand for periods 1 through 5 was 20, 24, 27, 31 and 33. Fit a least-squares trend line "
            "and forecast period 6."
        ),
        domain=D, formula=REG, function="trend_forecast",
        compute=lambda: (lambda r: calc.trend_forecast(r["a"], r["b"], 6))(
            calc.linear_regression([1, 2, 3, 4, 5], [20, 24, 27, 31, 33])),
        unit="units",
    ),
    Item(
        question=(
            "Causal forecasting homework. Advertising spend ($000) vs unit sales:\n"
            "spend  sales\n"
            "2      110\n"
            "3      125\n"
            "5      160\n"
            "6      175\n"
            "4      140\n"
            "What is the slope (b) of the regression line?"
        ),
        domain=D, formula=REG, function="linear_regression",
        compute=lambda: calc.linear_regression([2, 3, 5, 6, 4], [110, 125, 160, 175, 140])["b"],
        unit="number", note="x is a causal variable, rows not sorted",
    ),
    Item(
        question=(
            "Code January as x = 1. Monthly demand Jan–Jun: 200, 215, 222, 240, 251, 260. "
            "What is the intercept a of the least squares line y = a + bx?"
        ),
        domain=D, formula=REG, function="linear_regression",
        compute=lambda: calc.linear_regression([1, 2, 3, 4, 5, 6], [200, 215, 222, 240, 251, 260])["a"],
        unit="number",
    ),
    Item(
        question=(
            "Our trend line is y = 150 + 12.5x where x = 1 is January 2023 (monthly periods). "
            "Using it, what is the forecast for March 2024?"
        ),
        domain=D, formula=REG, function="trend_forecast",
        compute=lambda: calc.trend_forecast(150, 12.5, 15),
        unit="units", note="x for March 2024 is 15",
    ),
    # ------------------------------------------------------------------ forecast error
    Item(
        question="forecast 480, actual 455. forecast error (actual minus forecast)?",
        domain=D, formula=ERR, function="forecast_errors",
        compute=lambda: calc.forecast_errors([455], [480])[0],
        unit="units",
    ),
    Item(
        question=(
            "Week | Fcst | Actual\n"
            "1 | 200 | 212\n"
            "2 | 210 | 198\n"
            "3 | 205 | 231\n"
            "4 | 215 | 209\n"
            "What is the forecast error in week 3?"
        ),
        domain=D, formula=ERR, function="forecast_errors",
        compute=lambda: calc.forecast_errors([212, 198, 231, 209], [200, 210, 205, 215])[2],
        unit="units",
    ),
    Item(
        question=(
            "We forecast 12k cases for the promo and actually sold 13.4k. What was the forecast error, "
            "and does that mean we forecast too high or too low?"
        ),
        domain=D, formula=ERR, function="forecast_errors",
        compute=lambda: calc.forecast_errors([13400], [12000])[0],
        unit="units",
    ),
    # ------------------------------------------------------------------ bias
    Item(
        question=(
            "Calculate the bias (mean forecast error) for these four months.\n"
            "Jan: F 100 / A 106\nFeb: F 100 / A 104\nMar: F 100 / A 98\nApr: F 100 / A 108"
        ),
        domain=D, formula=BIAS, function="mean_error",
        compute=lambda: calc.mean_error([106, 104, 98, 108], [100, 100, 100, 100]),
        unit="units",
    ),
    Item(
        question=(
            "errors (A-F) over the last 5 wks: +12, -8, +5, -15, +1. avg error / bias?"
        ),
        domain=D, formula=BIAS, function="mean_error",
        compute=lambda: calc.mean_error([112, 92, 105, 85, 101], [100] * 5),
        unit="units", note="errors given directly; actuals rebuilt against a forecast of 100",
    ),
    Item(
        question=(
            "Our S&OP deck shows forecasts of 5,000, 5,200, 5,400 and 5,600 units for Jul–Oct, and "
            "actual orders of 4,700, 5,050, 5,100 and 5,350. What is the average bias? "
            "(Ignore the 3% price increase in August.)"
        ),
        domain=D, formula=BIAS, function="mean_error",
        compute=lambda: calc.mean_error([4700, 5050, 5100, 5350], [5000, 5200, 5400, 5600]),
        unit="units",
    ),
    # ------------------------------------------------------------------ MAD
    Item(
        question="MAD? actual 106 104 98 108, forecast 100 each period",
        domain=D, formula=MAD, function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([106, 104, 98, 108], [100] * 4),
        unit="units",
    ),
    Item(
        question="Forecast errors for six months were +12, −8, +5, −15, +6 and −4. What is the mean absolute deviation?",
        domain=D, formula=MAD, function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([112, 92, 105, 85, 106, 96], [100] * 6),
        unit="units", note="errors given directly",
    ),
    Item(
        question=(
            "PART 7781-X  FCST ACCURACY REPORT\n"
            "PER   FCST    ACT\n"
            "P01   450     430\n"
            "P02   450     480\n"
            "P03   470     455\n"
            "P04   470     500\n"
            "P05   480     472\n"
            "Compute MAD for P01-P05."
        ),
        domain=D, formula=MAD, function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([430, 480, 455, 500, 472], [450, 450, 470, 470, 480]),
        unit="units",
    ),
    Item(
        question=(
            "Hey all, study group question from tonight (9 of us). Months Jan-Apr, actual sales: "
            "1,050 / 980 / 1,120 / 1,010. Forecasts were 1,000 every month. What's the MAD?"
        ),
        domain=D, formula=MAD, function="mean_absolute_deviation",
        compute=lambda: calc.mean_absolute_deviation([1050, 980, 1120, 1010], [1000] * 4),
        unit="units",
    ),
    # ------------------------------------------------------------------ MSE
    Item(
        question=(
            "Find the mean squared error.\n"
            "Period  Actual  Forecast\n"
            "1       106     100\n"
            "2       104     100\n"
            "3       98      100\n"
            "4       108     100"
        ),
        domain=D, formula=MSE, function="mean_squared_error",
        compute=lambda: calc.mean_squared_error([106, 104, 98, 108], [100] * 4),
        unit="number",
    ),
    Item(
        question=(
            "rmse pls: actual 50, 62, 48, 55 vs forecast 52, 58, 50, 55"
        ),
        domain=D, formula=MSE, function="root_mean_squared_error",
        compute=lambda: calc.root_mean_squared_error([50, 62, 48, 55], [52, 58, 50, 55]),
        unit="units", note="asks RMSE",
    ),
    Item(
        question="The errors of a forecast over five periods were 3, -4, 6, -2, 0. What is the MSE?",
        domain=D, formula=MSE, function="mean_squared_error",
        compute=lambda: calc.mean_squared_error([103, 96, 106, 98, 100], [100] * 5),
        unit="number", note="errors given directly",
    ),
    # ------------------------------------------------------------------ MAPE
    Item(
        question="MAPE for: month 1 actual 100 forecast 90, month 2 actual 200 forecast 210?",
        domain=D, formula=MAPE, function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([100, 200], [90, 210]),
        unit="percent",
    ),
    Item(
        question=(
            "month,forecast,actual\nJan,250,240\nFeb,260,300\nMar,270,250\n"
            "mean absolute percent error in %?"
        ),
        domain=D, formula=MAPE, function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([240, 300, 250], [250, 260, 270]),
        unit="percent",
    ),
    Item(
        question=(
            "Hi, I'm from Brazil and study for CPIM part 2. Actual demands are 80, 95, 110, 125 and the "
            "forecasts were 85, 90, 100, 130. How I compute the MAPE?"
        ),
        domain=D, formula=MAPE, function="mean_absolute_percentage_error",
        compute=lambda: calc.mean_absolute_percentage_error([80, 95, 110, 125], [85, 90, 100, 130]),
        unit="percent",
    ),
    Item(
        question="Forecast errors last quarter were 10, -5 and 8 units. What's the MAPE?",
        domain=D, formula=MAPE, function="mean_absolute_percentage_error",
        compute=None, unit="percent", missing=["actuals"],
        note="actual demand (denominators) not given",
    ),
    # ------------------------------------------------------------------ tracking signal
    Item(
        question=(
            "A company tracks its forecast for six months:\n"
            "Month: 1 2 3 4 5 6\n"
            "Forecast: 100 100 100 100 100 100\n"
            "Actual: 110 95 115 120 105 112\n"
            "What is the tracking signal at the end of month 6?"
        ),
        domain=D, formula=TS, function="tracking_signal",
        compute=lambda: calc.tracking_signal([110, 95, 115, 120, 105, 112], [100] * 6),
        unit="number", note="columns per period",
    ),
    Item(
        question="running sum of forecast errors = 120 after 4 periods, each period's error was +30 so MAD = 30. TS?",
        domain=D, formula=TS, function="tracking_signal",
        compute=lambda: calc.tracking_signal([130] * 4, [100] * 4),
        unit="number", note="RSFE and MAD given; series rebuilt from errors of +30 each",
    ),
    Item(
        question=(
            "Slack from the demand planner: 'errors A-F for wks 1-6: +15, +20, -5, +10, +25, +5 "
            "-- can someone calc the tracking signal? want to know if we trip the ±4 limit'"
        ),
        domain=D, formula=TS, function="tracking_signal",
        compute=lambda: calc.tracking_signal([115, 120, 95, 110, 125, 105], [100] * 6),
        unit="number", note="errors given directly",
    ),
    Item(
        question=(
            "Compute the tracking signal. Forecasts Jan-Apr: 500, 520, 540, 560. Actual demand "
            "Jan-Apr: 470, 500, 545, 530."
        ),
        domain=D, formula=TS, function="tracking_signal",
        compute=lambda: calc.tracking_signal([470, 500, 545, 530], [500, 520, 540, 560]),
        unit="number", note="negative tracking signal (over-forecasting)",
    ),
    # ------------------------------------------------------------------ MAD <-> sigma
    Item(
        question="MAD is 40 units. Assuming normally distributed errors, what's the standard deviation?",
        domain=D, formula=MADSIG, function="sigma_from_mad",
        compute=lambda: calc.sigma_from_mad(40),
        unit="units",
    ),
    Item(
        question="std dev of fcst errors = 25 units/week. approx MAD?",
        domain=D, formula=MADSIG, function="mad_from_sigma",
        compute=lambda: calc.mad_from_sigma(25),
        unit="units",
    ),
    Item(
        question=(
            "For safety stock we need sigma. Our system only reports a MAD of 18.4 units for item "
            "3302 (lead time 2 weeks, don't worry about that). What sigma should I use?"
        ),
        domain=D, formula=MADSIG, function="sigma_from_mad",
        compute=lambda: calc.sigma_from_mad(18.4),
        unit="units",
    ),
    Item(
        question="If sigma = 1,000 cases, what's the equivalent mean absolute deviation?",
        domain=D, formula=MADSIG, function="mad_from_sigma",
        compute=lambda: calc.mad_from_sigma(1000),
        unit="units",
    ),
    # ------------------------------------------------------------------ fill rate
    Item(
        question="Customers requested 10,000 units last month and we shipped 9,400 complete and on time. Fill rate?",
        domain=D, formula=FILL, function="fill_rate",
        compute=lambda: calc.fill_rate(9400, 10000) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "line fill rate q: order had 250 lines, 235 shipped complete on time. ignore the 12 lines "
            "that were backordered and shipped the next week. what's line fill %?"
        ),
        domain=D, formula=FILL, function="fill_rate",
        compute=lambda: calc.fill_rate(235, 250) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Of 1,200 customer orders received in May, 66 were either short or late. What was the "
            "order fill rate, as a fraction?"
        ),
        domain=D, formula=FILL, function="fill_rate",
        compute=lambda: calc.fill_rate(1200 - 66, 1200),
        unit="fraction", note="shipped complete = orders minus short/late",
    ),
    Item(
        question="We shipped 4,750 units complete and on time this week. What is our fill rate?",
        domain=D, formula=FILL, function="fill_rate",
        compute=None, unit="percent", missing=["requested"],
        note="quantity requested not given",
    ),
    # ================================================================== QUALITY
    # ------------------------------------------------------------------ cost of quality
    Item(
        question=(
            "Prevention costs $20,000, appraisal $60,000, internal failure $150,000, external "
            "failure $170,000. What is the total cost of quality?"
        ),
        domain=Q, formula=COQ, function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(20000, 60000, 150000, 170000)["total"],
        unit="money",
    ),
    Item(
        question=(
            "From: Plant Controller\nSubject: quality cost roll-up\n\n"
            "Training for operators $40k (prevention), incoming + final inspection $65k, scrap and "
            "rework $90k, warranty claims $120k. The $200k marketing budget is not a quality cost. "
            "Please give me the total COQ for the board pack."
        ),
        domain=Q, formula=COQ, function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(40000, 65000, 90000, 120000)["total"],
        unit="money", note="marketing is a distractor",
    ),
    Item(
        question=(
            "coq breakdown: prev 15k | appraisal 35k | internal fail 80k | external fail 70k. "
            "what % of total cost of quality is failure cost?"
        ),
        domain=Q, formula=COQ, function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(15000, 35000, 80000, 70000)["failure_share"] * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Exhibit: Quality costs, FY2023 ($ millions)\n"
            "  Returns & warranty        1.4\n"
            "  Design reviews            0.3\n"
            "  Lab testing               0.6\n"
            "  In-plant scrap            0.9\n"
            "What is the total cost of quality in dollars?"
        ),
        domain=Q, formula=COQ, function="cost_of_quality",
        compute=lambda: calc.cost_of_quality(300000, 600000, 900000, 1400000)["total"],
        unit="money", note="categories must be classified; values in $ millions",
    ),
    Item(
        question="Prevention 25k, appraisal 40k, internal failure 60k. What's the total COQ?",
        domain=Q, formula=COQ, function="cost_of_quality",
        compute=None, unit="money", missing=["external_failure"],
        note="external failure cost not given",
    ),
    # ------------------------------------------------------------------ Cp
    Item(
        question="Spec is 25.00 ± 0.06 mm and the process standard deviation is 0.015 mm. What is Cp?",
        domain=Q, formula=CP, function="process_capability",
        compute=lambda: calc.process_capability(25.06, 24.94, 0.015),
        unit="ratio", note="limits from nominal ± tolerance",
    ),
    Item(
        question="cp? fill weight spec 9.5 to 10.5 oz, process sd 0.12 oz",
        domain=Q, formula=CP, function="process_capability",
        compute=lambda: calc.process_capability(10.5, 9.5, 0.12),
        unit="ratio",
    ),
    Item(
        question=(
            "A shaft diameter must be between 4.00 and 4.18 mm. The process variance is 0.0004 mm². "
            "Calculate the process capability ratio Cp."
        ),
        domain=Q, formula=CP, function="process_capability",
        compute=lambda: calc.process_capability(4.18, 4.00, 0.0004 ** 0.5),
        unit="ratio", note="sigma = sqrt(variance) = 0.02",
    ),
    Item(
        question="Specs are 200 ± 3 g and the process mean is 200.5 g. What is the Cp?",
        domain=Q, formula=CP, function="process_capability",
        compute=None, unit="ratio", missing=["sigma"],
        note="process standard deviation not given",
    ),
    # ------------------------------------------------------------------ Cpk
    Item(
        question="USL 10.6, LSL 9.4, process mean 10.15, std dev 0.15. Cpk = ?",
        domain=Q, formula=CPK, function="process_capability_index",
        compute=lambda: calc.process_capability_index(10.6, 9.4, 10.15, 0.15),
        unit="ratio",
    ),
    Item(
        question=(
            "The bore is specified at 12.00 mm ± 0.05 mm. Machine runs at an average of 12.02 mm with a "
            "standard deviation of 0.01 mm. What is the Cpk?"
        ),
        domain=Q, formula=CPK, function="process_capability_index",
        compute=lambda: calc.process_capability_index(12.05, 11.95, 12.02, 0.01),
        unit="ratio", note="limits from nominal ± tolerance",
    ),
    Item(
        question=(
            "Our delivery promise is between 30 and 50 minutes. Measured deliveries average 42 minutes "
            "with a standard deviation of 2.5 minutes. What's the capability index allowing for "
            "centering (Cpk)?"
        ),
        domain=Q, formula=CPK, function="process_capability_index",
        compute=lambda: calc.process_capability_index(50, 30, 42, 2.5),
        unit="ratio",
    ),
    Item(
        question=(
            "Exhibit 7 – Process data: mean = 0.497 in; σ = 0.002 in; upper spec = 0.505 in; lower "
            "spec = 0.490 in. Compute Cpk. (The Cp value in the exhibit's footnote is not needed.)"
        ),
        domain=Q, formula=CPK, function="process_capability_index",
        compute=lambda: calc.process_capability_index(0.505, 0.490, 0.497, 0.002),
        unit="ratio",
    ),
    # ------------------------------------------------------------------ X-bar and R
    Item(
        question=(
            "Grand mean 500, average range 4, subgroups of 5. What is the upper control limit of the "
            "x-bar chart?"
        ),
        domain=Q, formula=XBAR, function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(500, 4, 5)["ucl_x"],
        unit="number",
    ),
    Item(
        question="xbar chart LCL? x double bar = 72.3, R bar = 1.6, n = 4",
        domain=Q, formula=XBAR, function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(72.3, 1.6, 4)["lcl_x"],
        unit="number",
    ),
    Item(
        question=(
            "We take samples of 7 bottles every hour. Average of the sample ranges is 2.5 ml and the "
            "overall mean fill is 750 ml. What is the UCL for the R chart?"
        ),
        domain=Q, formula=XBAR, function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits(750, 2.5, 7)["ucl_r"],
        unit="number",
    ),
    Item(
        question=(
            "Four subgroups of 8 parts each were measured.\n"
            "Subgroup  Mean   Range\n"
            "1         10.2   0.8\n"
            "2         10.0   1.1\n"
            "3         9.9    0.9\n"
            "4         10.1   1.2\n"
            "What is the lower control limit of the range chart?"
        ),
        domain=Q, formula=XBAR, function="xbar_r_limits",
        compute=lambda: calc.xbar_r_limits((10.2 + 10.0 + 9.9 + 10.1) / 4, (0.8 + 1.1 + 0.9 + 1.2) / 4, 8)["lcl_r"],
        unit="number", note="R-bar derived from subgroup ranges; n = 8 gives D3 = 0.136",
    ),
    # ------------------------------------------------------------------ p chart
    Item(
        question="p-bar 0.04, sample size 200. UCL for the p chart?",
        domain=Q, formula=PCH, function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(0.04, 200)["ucl"],
        unit="fraction",
    ),
    Item(
        question=(
            "We pulled 20 samples of 100 units each and found 160 defective units in total. "
            "Using 3-sigma limits, what's the upper control limit of the p chart (as a proportion)?"
        ),
        domain=Q, formula=PCH, function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(160 / (20 * 100), 100)["ucl"],
        unit="fraction", note="p-bar derived = 0.08",
    ),
    Item(
        question=(
            "average fraction defective is 10%, we inspect 400 per sample. what's the lower control "
            "limit in percent?"
        ),
        domain=Q, formula=PCH, function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(0.10, 400)["lcl"] * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Call center QA: we audit 50 calls per day and on average 2% have an error. What's the LCL "
            "for the p chart?"
        ),
        domain=Q, formula=PCH, function="p_chart_limits",
        compute=lambda: calc.p_chart_limits(0.02, 50)["lcl"],
        unit="fraction", note="negative lower limit is floored at 0",
    ),
    # ------------------------------------------------------------------ DPMO
    Item(
        question="150 defects found on 2,000 units, each unit has 5 opportunities for a defect. DPMO?",
        domain=Q, formula=DPMO, function="dpmo",
        compute=lambda: calc.dpmo(150, 2000, 5),
        unit="number",
    ),
    Item(
        question=(
            "AP team processed 12k invoices last quarter. 4 fields on each invoice can be wrong. "
            "Audit found 96 errors. Defects per million opportunities?"
        ),
        domain=Q, formula=DPMO, function="dpmo",
        compute=lambda: calc.dpmo(96, 12000, 4),
        unit="number",
    ),
    Item(
        question=(
            "Assembly line 3, week 22: 8 500 harnesses built, 12 solder joints each (each joint = one "
            "opportunity), 51 bad joints found. Ignore the 3 defects found in the pilot lot, they're "
            "already excluded. What is the DPMO?"
        ),
        domain=Q, formula=DPMO, function="dpmo",
        compute=lambda: calc.dpmo(51, 8500, 12),
        unit="number",
    ),
    Item(
        question="We inspected 5,000 PCBs and found 37 defects. What's the DPMO?",
        domain=Q, formula=DPMO, function="dpmo",
        compute=None, unit="number", missing=["opportunities_per_unit"],
        note="opportunities per unit not given",
    ),
    # ------------------------------------------------------------------ FPY
    Item(
        question="940 of 1,000 units passed inspection first time without rework. first pass yield?",
        domain=Q, formula=FPY, function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(940, 1000) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Started 2,400 units. 2,160 passed first time, 180 were reworked and then passed, 60 "
            "were scrapped. What is the first-pass yield?"
        ),
        domain=Q, formula=FPY, function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(2160, 2400) * 100,
        unit="percent", note="reworked units do not count",
    ),
    Item(
        question=(
            "Bonjour, in my line we start 1 500 pieces. 45 go to scrap and 120 need rework (all of them "
            "are good after rework). Which is the first pass yield as a fraction?"
        ),
        domain=Q, formula=FPY, function="first_pass_yield",
        compute=lambda: calc.first_pass_yield(1500 - 45 - 120, 1500),
        unit="fraction", note="good first time = started − scrap − rework",
    ),
    # ------------------------------------------------------------------ RTY
    Item(
        question="Three steps with first-pass yields of 95%, 98% and 90%. Rolled throughput yield?",
        domain=Q, formula=RTY, function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.95, 0.98, 0.90]) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Step | FPY\n"
            "Cut | 99%\n"
            "Weld | 97.5%\n"
            "Paint | 96%\n"
            "Assemble | 98.2%\n"
            "RTY for the whole line, as a decimal?"
        ),
        domain=Q, formula=RTY, function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.99, 0.975, 0.96, 0.982]),
        unit="fraction",
    ),
    Item(
        question=(
            "Process has 3 operations. Op 10: 1,000 in, 950 good first time. Op 20: 950 in, 912 good "
            "first time. Op 30: 912 in, 866 good first time. What is the rolled throughput yield in %?"
        ),
        domain=Q, formula=RTY, function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([950 / 1000, 912 / 950, 866 / 912]) * 100,
        unit="percent", note="step FPYs derived from counts",
    ),
    Item(
        question="rty? 5 steps each at 0.97 fpy",
        domain=Q, formula=RTY, function="rolled_throughput_yield",
        compute=lambda: calc.rolled_throughput_yield([0.97] * 5),
        unit="fraction",
    ),
    # ------------------------------------------------------------------ OEE
    Item(
        question=(
            "Planned production time 480 min, run time 420 min, ideal cycle time 1 min per piece, "
            "380 pieces produced of which 361 were good. Calculate OEE."
        ),
        domain=Q, formula=OEE, function="oee",
        compute=lambda: calc.oee(480, 420, 1, 380, 361)["oee"] * 100,
        unit="percent",
    ),
    Item(
        question="oee if availability 90%, performance 95%, quality 99.5%?",
        domain=Q, formula=OEE, function="oee_from_rates",
        compute=lambda: calc.oee_from_rates(0.90, 0.95, 0.995) * 100,
        unit="percent",
    ),
    Item(
        question=(
            "One 8-hour shift with a 30-minute lunch break (not planned production). The press was down "
            "45 minutes for a die change. Ideal cycle time is 45 seconds. It made 500 parts and 20 were "
            "rejected. What is the OEE?"
        ),
        domain=Q, formula=OEE, function="oee",
        compute=lambda: calc.oee(8 * 60 - 30, 8 * 60 - 30 - 45, 45 / 60, 500, 480)["oee"] * 100,
        unit="percent", note="planned 450 min, run 405 min, cycle 0.75 min, good 480",
    ),
    Item(
        question=(
            "MACHINE: CNC-04   DATE: 03/11\n"
            "PLANNED TIME (MIN) ..... 600\n"
            "UNPLANNED STOPS (MIN) .. 90\n"
            "IDEAL CT (MIN/PC) ...... 0.5\n"
            "TOTAL PCS .............. 900\n"
            "REJECTS ................ 27\n"
            "What is the performance rate component of OEE?"
        ),
        domain=Q, formula=OEE, function="oee",
        compute=lambda: calc.oee(600, 600 - 90, 0.5, 900, 900 - 27)["performance"] * 100,
        unit="percent", note="asks the performance factor only",
    ),
    Item(
        question=(
            "Planned production time 7.5 h, downtime 50 min, 620 parts produced, 12 rejects. "
            "What is the OEE?"
        ),
        domain=Q, formula=OEE, function="oee",
        compute=None, unit="percent", missing=["ideal_cycle_time"],
        note="ideal cycle time not given",
    ),
    # ------------------------------------------------------------------ Pareto
    Item(
        question=(
            "Complaints last quarter: late delivery 50, damaged 30, wrong item 15, other 5. "
            "What cumulative percentage do the top two causes account for?"
        ),
        domain=Q, formula=PARETO, function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"late delivery": 50, "damaged": 30, "wrong item": 15, "other": 5})[1]["cumulative_share"] * 100,
        unit="percent",
    ),
    Item(
        question=(
            "defect type,count\nscratches,42\nporosity,118\nwrong dimension,23\ncrack,9\nburr,64\ncolor,14\n"
            "Pareto: how many defect types do you need to cover at least 80% of defects?"
        ),
        domain=Q, formula=PARETO, function="pareto_analysis",
        compute=lambda: _pareto_rank_count({"scratches": 42, "porosity": 118, "wrong dimension": 23,
                                            "crack": 9, "burr": 64, "color": 14}),
        unit="count", note="counts unsorted; answer is a number of causes",
    ),
    Item(
        question=(
            "Scrap cost by cause: tooling wear $12k, operator error $3.5k, material $28k, setup $6.5k. "
            "What share of total scrap cost is the biggest cause, in %?"
        ),
        domain=Q, formula=PARETO, function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"tooling wear": 12000, "operator error": 3500, "material": 28000,
                                              "setup": 6500})[0]["share"] * 100,
        unit="percent",
    ),
    Item(
        question=(
            "Downtime reasons (minutes, Jan 2024, line 2)\n"
            "| Reason        | Min |\n"
            "| Changeover    | 210 |\n"
            "| Jam           | 340 |\n"
            "| No material   | 95  |\n"
            "| Breakdown     | 255 |\n"
            "| Quality hold  | 100 |\n"
            "After sorting Pareto-style, what is the cumulative % through the 3rd-ranked reason?"
        ),
        domain=Q, formula=PARETO, function="pareto_analysis",
        compute=lambda: calc.pareto_analysis({"Changeover": 210, "Jam": 340, "No material": 95, "Breakdown": 255,
                                              "Quality hold": 100})[2]["cumulative_share"] * 100,
        unit="percent",
    ),
]
