"""Blind calculation questions for the Demand and Quality/Tech/CI domains (written without seeing the reader)."""

from eval.blind.item import Item
from tutor import calc

D = "demand"
Q = "quality-tech-ci"

# Helpers only turn "errors given directly" into actual/forecast pairs (forecast = base, actual = base + e).
_BASE = 1000


def _from_errors(errors):
    return [_BASE + e for e in errors], [_BASE] * len(errors)


ITEMS = [
    # ------------------------------------------------------------------ Simple moving average
    Item(question="ok so my study guide has this one: a store sold 62, 58, 71, 66, 69 and 74 cases of water over the "
                  "last six weeks (oldest first). price is $4.50 a case. what's the 3-week simple moving average "
                  "forecast for week 7?",
         domain=D, formula="Simple moving average", function="moving_average",
         compute=lambda: calc.moving_average(actuals=[62, 58, 71, 66, 69, 74], periods=3), unit="units",
         note="price is noise"),
    Item(question="Week | 1 | 2 | 3 | 4 | 5 | 6\nDemand | 1,180 | 1,240 | 1,205 | 1,310 | 1,275 | 1,330\n"
                  "Using a 4-week simple moving average, what is the forecast for week 7?",
         domain=D, formula="Simple moving average", function="moving_average",
         compute=lambda: calc.moving_average(actuals=[1180, 1240, 1205, 1310, 1275, 1330], periods=4), unit="units"),
    Item(question="3 mo moving avg forecast for may?? jan 12k, feb 13.5k, mar 11.8k, apr 12.6k",
         domain=D, formula="Simple moving average", function="moving_average",
         compute=lambda: calc.moving_average(actuals=[12000, 13500, 11800, 12600], periods=3), unit="units"),
    Item(question="what's next month's forecast with a moving average? sales were 310, 295, 330, 342, 318, 355 "
                  "(jan to jun)",
         domain=D, formula="Simple moving average", function="moving_average",
         compute=None, unit="units", missing=["periods"], note="number of periods to average not given"),

    Item(question="wk 1: 95\nwk 2: 102\nwk 3: 98\nwk 4: 110\nwk 5: 104\n2-week moving average forecast for week 6?",
         domain=D, formula="Simple moving average", function="moving_average",
         compute=lambda: calc.moving_average(actuals=[95, 102, 98, 110, 104], periods=2), unit="units"),
    # ------------------------------------------------------------------ Weighted moving average
    Item(question="WMA question - weights .5 .3 .2, the .5 goes on the most recent month. last 3 months oldest to "
                  "newest: 800, 760, 840. forecast?",
         domain=D, formula="Weighted moving average", function="weighted_moving_average",
         compute=lambda: calc.weighted_moving_average(actuals=[800, 760, 840], weights=[0.2, 0.3, 0.5]),
         unit="units"),
    Item(question="Compute a weighted moving average forecast for Q4 using weights of 3, 2 and 1, where 3 applies to "
                  "the most recent quarter. Q1 = 2,150 units, Q2 = 2,400 units, Q3 = 2,310 units.",
         domain=D, formula="Weighted moving average", function="weighted_moving_average",
         compute=lambda: calc.weighted_moving_average(actuals=[2150, 2400, 2310], weights=[1, 2, 3], normalize=True),
         unit="units", note="weights 3-2-1 normalised by their sum of 6"),
    Item(question="Month\tUnits\tAvg price\nJun\t1,420\t$8.10\nJul\t1,380\t$8.25\nAug\t1,510\t$8.05\n"
                  "Sep\t1,465\t$8.30\n"
                  "pasted from my sheet ^ weights 0.1, 0.2, 0.3, 0.4 with 0.4 on Sep. weighted moving avg forecast "
                  "for Oct?",
         domain=D, formula="Weighted moving average", function="weighted_moving_average",
         compute=lambda: calc.weighted_moving_average(actuals=[1420, 1380, 1510, 1465], weights=[0.1, 0.2, 0.3, 0.4]),
         unit="units", note="price column is noise"),

    Item(question="demand Jan 510, Feb 545, Mar 530, Apr 575. weighted moving average with 0.7 on the latest month "
                  "and 0.3 on the month before -> May forecast?",
         domain=D, formula="Weighted moving average", function="weighted_moving_average",
         compute=lambda: calc.weighted_moving_average(actuals=[510, 545, 530, 575], weights=[0.3, 0.7]),
         unit="units"),
    # ------------------------------------------------------------------ Exponential smoothing
    Item(question="F_t = 540, A_t = 585, α = 0.3. F_t+1 = ?",
         domain=D, formula="Exponential smoothing", function="exponential_smoothing",
         compute=lambda: calc.exponential_smoothing(previous_forecast=540, actual=585, alpha=0.3), unit="units"),
    Item(question="last month we forecast 1,250 units and actually sold 1,180. our smoothing constant is 0.15 - "
                  "what should this month's forecast be?",
         domain=D, formula="Exponential smoothing", function="exponential_smoothing",
         compute=lambda: calc.exponential_smoothing(previous_forecast=1250, actual=1180, alpha=0.15), unit="units"),
    Item(question="exp smoothing w/ alpha=0.2, forecast for wk1 was 500. actuals: wk1 520 / wk2 480 / wk3 510 / "
                  "wk4 545. whats the forecast for wk 5",
         domain=D, formula="Exponential smoothing", function="exponential_smoothing_series",
         compute=lambda: calc.exponential_smoothing_series(actuals=[520, 480, 510, 545], initial_forecast=500,
                                                           alpha=0.2)[-1], unit="units"),
    Item(question="Actual demand in March was 2,300 units and we use alpha = 0.25. What is April's forecast using "
                  "exponential smoothing?",
         domain=D, formula="Exponential smoothing", function="exponential_smoothing",
         compute=None, unit="units", missing=["previous_forecast"], note="March forecast not given"),

    Item(question="Forecast for this period: 1.2e4 units\nActual: 1.29e4 units\nalpha: 0.1\nnext period forecast "
                  "(simple exponential smoothing)?",
         domain=D, formula="Exponential smoothing", function="exponential_smoothing",
         compute=lambda: calc.exponential_smoothing(previous_forecast=12000, actual=12900, alpha=0.1), unit="units"),
    # ------------------------------------------------------------------ Seasonal index
    Item(question="Year | Q1 | Q2 | Q3 | Q4\n2022 | 180 | 260 | 340 | 220\n2023 | 200 | 280 | 360 | 240\n"
                  "What is the seasonal index for Q3?",
         domain=D, formula="Seasonal index", function="seasonal_indices",
         compute=lambda: calc.seasonal_indices(history=[[180, 260, 340, 220], [200, 280, 360, 240]])[2], unit="ratio"),
    Item(question="trying to get the winter seasonal index. we sell snow shovels lol. 2021: winter 95, spring 130, "
                  "summer 160, fall 115. 2022: winter 105, spring 140, summer 175, fall 120. 2023: winter 110, "
                  "spring 150, summer 180, fall 125",
         domain=D, formula="Seasonal index", function="seasonal_indices",
         compute=lambda: calc.seasonal_indices(history=[[95, 130, 160, 115], [105, 140, 175, 120],
                                                        [110, 150, 180, 125]])[0], unit="ratio"),
    Item(question="seasonal index for high season? yr1 low 400 high 650, yr2 low 440 high 710, yr3 low 460 high 740",
         domain=D, formula="Seasonal index", function="seasonal_indices",
         compute=lambda: calc.seasonal_indices(history=[[400, 650], [440, 710], [460, 740]])[1], unit="ratio"),

    # ------------------------------------------------------------------ Deseasonalize / reseasonalize
    Item(question="Q2 actual sales 3,450 units; Q2 seasonal index = 1.15. deseasonalized demand?",
         domain=D, formula="Deseasonalize / reseasonalize", function="deseasonalize",
         compute=lambda: calc.deseasonalize(actual=3450, seasonal_index=1.15), unit="units"),
    Item(question="The base (deseasonalized) forecast for next quarter from our trend line is 1 820 units. The Q4 "
                  "seasonal index is 0.85. What is the seasonal forecast for Q4?",
         domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
         compute=lambda: calc.reseasonalize(base_forecast=1820, seasonal_index=0.85), unit="units"),
    Item(question="annual forecast is 48,000 units, spread evenly over the 12 months before seasonality. july "
                  "index 1.30 - what's the july forecast?",
         domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
         compute=lambda: calc.reseasonalize(base_forecast=48000 / 12, seasonal_index=1.30), unit="units",
         note="monthly base = 48,000 / 12"),
    Item(question="deseasonalized demand for November was 7,400 units (2023). if the base stays the same what's the "
                  "seasonalized November 2024 forecast?",
         domain=D, formula="Deseasonalize / reseasonalize", function="reseasonalize",
         compute=None, unit="units", missing=["seasonal_index"], note="November index not given"),

    # ------------------------------------------------------------------ Linear trend / regression
    Item(question="fit y = a + bx by least squares. x = 1, 2, 3, 4, 5 and y = 42, 47, 51, 58, 60. what's the slope b?",
         domain=D, formula="Linear trend / regression", function="linear_regression",
         compute=lambda: calc.linear_regression(x=[1, 2, 3, 4, 5], y=[42, 47, 51, 58, 60])["b"], unit="number"),
    Item(question="Using a least-squares linear trend, forecast period 7. Demand for periods 1-6: 120, 126, 135, 139, "
                  "148, 152.",
         domain=D, formula="Linear trend / regression", function="trend_forecast",
         compute=lambda: calc.trend_forecast(
             a=calc.linear_regression(x=[1, 2, 3, 4, 5, 6], y=[120, 126, 135, 139, 148, 152])["a"],
             b=calc.linear_regression(x=[1, 2, 3, 4, 5, 6], y=[120, 126, 135, 139, 148, 152])["b"], x=7),
         unit="units"),
    Item(question="regression of sales on advertising. ad spend ($000) vs units sold: 2 -> 30, 4 -> 44, 5 -> 50, "
                  "7 -> 63, 8 -> 70. what is the intercept a?",
         domain=D, formula="Linear trend / regression", function="linear_regression",
         compute=lambda: calc.linear_regression(x=[2, 4, 5, 7, 8], y=[30, 44, 50, 63, 70])["a"], unit="number",
         note="causal regression, x = ad spend"),
    Item(question="our trend line is Y = 215 + 12.5X where X = 1 is Jan 2024 (the item sells at $19.99). monthly "
                  "forecast for March 2025?",
         domain=D, formula="Linear trend / regression", function="trend_forecast",
         compute=lambda: calc.trend_forecast(a=215, b=12.5, x=15), unit="units",
         note="March 2025 is X = 15; price is noise"),

    # ------------------------------------------------------------------ Forecast error
    Item(question="forecast was 1,200 and actual came in at 1,135. what's the forecast error (A - F)?",
         domain=D, formula="Forecast error", function="forecast_errors",
         compute=lambda: calc.forecast_errors(actuals=[1135], forecasts=[1200])[0], unit="units"),
    Item(question="the demand in week 6 is 480 units vs a forecast of 455. forecast error for wk 6?",
         domain=D, formula="Forecast error", function="forecast_errors",
         compute=lambda: calc.forecast_errors(actuals=[480], forecasts=[455])[0], unit="units",
         note="week number is a label"),
    Item(question="Period | Actual | Forecast\n1 | 90 | 100\n2 | 105 | 98\n3 | 112 | 104\n"
                  "what is the forecast error in period 3?",
         domain=D, formula="Forecast error", function="forecast_errors",
         compute=lambda: calc.forecast_errors(actuals=[90, 105, 112], forecasts=[100, 98, 104])[2], unit="units"),

    # ------------------------------------------------------------------ Bias (mean error)
    Item(question="bias of the forecast? actual 210 195 230 220 / forecast 200 200 210 215",
         domain=D, formula="Bias (mean error)", function="mean_error",
         compute=lambda: calc.mean_error(actuals=[210, 195, 230, 220], forecasts=[200, 200, 210, 215]), unit="units"),
    Item(question="monthly forecast errors (actual minus forecast) were -12, 8, -20, 5, -6, -11. what's the mean "
                  "error / bias?",
         domain=D, formula="Bias (mean error)", function="mean_error",
         compute=lambda: calc.mean_error(*_from_errors([-12, 8, -20, 5, -6, -11])), unit="units",
         note="errors given directly; passed as actual = 1000 + e vs forecast 1000"),
    Item(question="Month | Actual | Forecast\nJan | 640 | 620\nFeb | 610 | 630\nMar | 655 | 640\nApr | 700 | 660\n"
                  "May | 590 | 620\nCalculate the forecast bias.",
         domain=D, formula="Bias (mean error)", function="mean_error",
         compute=lambda: calc.mean_error(actuals=[640, 610, 655, 700, 590], forecasts=[620, 630, 640, 660, 620]),
         unit="units"),

    # ------------------------------------------------------------------ Mean absolute deviation
    Item(question="MAD? A: 88 94 101 97  F: 90 90 95 100",
         domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
         compute=lambda: calc.mean_absolute_deviation(actuals=[88, 94, 101, 97], forecasts=[90, 90, 95, 100]),
         unit="units"),
    Item(question="week\tactual\tforecast\n1\t312\t300\n2\t298\t305\n3\t305\t300\n4\t330\t310\n5\t289\t310\n6\t317\t305\n"
                  "mean absolute deviation for these 6 weeks?",
         domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
         compute=lambda: calc.mean_absolute_deviation(actuals=[312, 298, 305, 330, 289, 317],
                                                      forecasts=[300, 305, 300, 310, 310, 305]), unit="units"),
    Item(question="i'm confused about MAD. our forecast errors for the past 5 months were +12, -8, -15, +6, +10. "
                  "what's the MAD?",
         domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
         compute=lambda: calc.mean_absolute_deviation(*_from_errors([12, -8, -15, 6, 10])), unit="units",
         note="errors given directly; passed as actual = 1000 + e vs forecast 1000"),
    Item(question="can you work out the MAD for the last 4 weeks? actual demand was 500, 520, 480 and 510 units",
         domain=D, formula="Mean absolute deviation", function="mean_absolute_deviation",
         compute=None, unit="units", missing=["forecasts"], note="forecasts not given"),

    # ------------------------------------------------------------------ Mean squared error
    Item(question="MSE? actual 50, 55, 48, 60 - forecast was 52 every period",
         domain=D, formula="Mean squared error", function="mean_squared_error",
         compute=lambda: calc.mean_squared_error(actuals=[50, 55, 48, 60], forecasts=[52, 52, 52, 52]),
         unit="number"),
    Item(question="Month | Actual | Forecast\nJan | 1,020 | 1,000\nFeb | 980 | 1,010\nMar | 1,050 | 1,030\n"
                  "Apr | 995 | 1,005\nWhat is the root mean squared error (RMSE)?",
         domain=D, formula="Mean squared error", function="root_mean_squared_error",
         compute=lambda: calc.root_mean_squared_error(actuals=[1020, 980, 1050, 995],
                                                      forecasts=[1000, 1010, 1030, 1005]), unit="units"),
    Item(question="errors for 5 periods: -3, 5, -1, 4, -6. mean squared error pls",
         domain=D, formula="Mean squared error", function="mean_squared_error",
         compute=lambda: calc.mean_squared_error(*_from_errors([-3, 5, -1, 4, -6])), unit="number",
         note="errors given directly; passed as actual = 1000 + e vs forecast 1000"),

    # ------------------------------------------------------------------ MAPE
    Item(question="MAPE? actual 200, 250, 180, 220; forecast 210, 230, 190, 200",
         domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
         compute=lambda: calc.mean_absolute_percentage_error(actuals=[200, 250, 180, 220],
                                                             forecasts=[210, 230, 190, 200]), unit="percent"),
    Item(question="Month | Actual | Forecast\nJan | 1,250 | 1,300\nFeb | 1,400 | 1,350\nMar | 1,320 | 1,350\n"
                  "Apr | 1,180 | 1,250\nMay | 1,500 | 1,400\nFind the mean absolute percent error.",
         domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
         compute=lambda: calc.mean_absolute_percentage_error(actuals=[1250, 1400, 1320, 1180, 1500],
                                                             forecasts=[1300, 1350, 1350, 1250, 1400]),
         unit="percent"),
    Item(question="hey, we forecast 80, 95 and 110 units for the last three months and actually sold 100, 90 and 120. "
                  "what's our MAPE in %?",
         domain=D, formula="Mean absolute percentage error", function="mean_absolute_percentage_error",
         compute=lambda: calc.mean_absolute_percentage_error(actuals=[100, 90, 120], forecasts=[80, 95, 110]),
         unit="percent"),

    # ------------------------------------------------------------------ Tracking signal
    Item(question="tracking signal after 6 months? forecast was 1,000 every month, actuals 1000, 1050, 980, 1100, "
                  "1120, 1150",
         domain=D, formula="Tracking signal", function="tracking_signal",
         compute=lambda: calc.tracking_signal(actuals=[1000, 1050, 980, 1100, 1120, 1150], forecasts=[1000] * 6),
         unit="number"),
    Item(question="Forecast errors (A - F) for the last six periods were 15, -5, 20, 10, 12 and -4. Compute the "
                  "tracking signal (RSFE / MAD). Our trip limit is ±4.",
         domain=D, formula="Tracking signal", function="tracking_signal",
         compute=lambda: calc.tracking_signal(*_from_errors([15, -5, 20, 10, 12, -4])), unit="number",
         note="errors given directly; trip limit is noise"),
    Item(question="wk | actual | fcst\n1 | 210 | 220\n2 | 225 | 220\n3 | 198 | 220\n4 | 240 | 225\n5 | 236 | 230\n"
                  "6 | 251 | 235\n7 | 229 | 235\n8 | 262 | 240\ntracking signal at the end of week 8?",
         domain=D, formula="Tracking signal", function="tracking_signal",
         compute=lambda: calc.tracking_signal(actuals=[210, 225, 198, 240, 236, 251, 229, 262],
                                              forecasts=[220, 220, 220, 225, 230, 235, 235, 240]), unit="number"),

    Item(question="weeks 1-5: forecast 400, 400, 420, 420, 440; actual 380, 410, 395, 405, 430. what's the tracking "
                  "signal after week 5?",
         domain=D, formula="Tracking signal", function="tracking_signal",
         compute=lambda: calc.tracking_signal(actuals=[380, 410, 395, 405, 430], forecasts=[400, 400, 420, 420, 440]),
         unit="number"),
    # ------------------------------------------------------------------ MAD to standard deviation
    Item(question="MAD = 42 units per week. approx std dev of the forecast errors?",
         domain=D, formula="MAD to standard deviation (normal errors)", function="sigma_from_mad",
         compute=lambda: calc.sigma_from_mad(mad=42), unit="units"),
    Item(question="If the standard deviation of forecast errors is 80 units and errors are normally distributed, "
                  "what is the approximate MAD?",
         domain=D, formula="MAD to standard deviation (normal errors)", function="mad_from_sigma",
         compute=lambda: calc.mad_from_sigma(sigma=80), unit="units"),
    Item(question="need sigma for safety stock. actual demand last 4 wks 410, 380, 455, 430 vs forecast 400, 400, "
                  "420, 440. estimate the standard deviation of forecast error from the MAD",
         domain=D, formula="MAD to standard deviation (normal errors)", function="sigma_from_mad",
         compute=lambda: calc.sigma_from_mad(mad=calc.mean_absolute_deviation(actuals=[410, 380, 455, 430],
                                                                              forecasts=[400, 400, 420, 440])),
         unit="units", note="MAD computed from the data first"),

    # ------------------------------------------------------------------ Fill rate
    Item(question="customers ordered 2,400 units last week and we shipped 2,232 complete and on time. fill rate in %?",
         domain=D, formula="Fill rate (customer service)", function="fill_rate",
         compute=lambda: calc.fill_rate(shipped_complete=2232, requested=2400) * 100, unit="percent"),
    Item(question="Order line fill rate: customers ordered 640 lines this week, and 608 lines shipped complete and on "
                  "time. What is the line fill rate?",
         domain=D, formula="Fill rate (customer service)", function="fill_rate",
         compute=lambda: calc.fill_rate(shipped_complete=608, requested=640) * 100, unit="percent"),
    Item(question="SKU\trequested\tshipped\nA-101\t120\t120\nA-102\t240\t216\nB-201\t60\t60\nB-202\t90\t90\n"
                  "C-301\t90\t81\nunit fill rate for this order (everything shipped went out on time)?",
         domain=D, formula="Fill rate (customer service)", function="fill_rate",
         compute=lambda: calc.fill_rate(shipped_complete=120 + 216 + 60 + 90 + 81,
                                        requested=120 + 240 + 60 + 90 + 90) * 100, unit="percent",
         note="totals summed over the SKUs"),
    Item(question="we shipped 8,730 units complete & on time in october. what was our unit fill rate?",
         domain=D, formula="Fill rate (customer service)", function="fill_rate",
         compute=None, unit="percent", missing=["requested"], note="units requested not given"),

    # ================================================================== QUALITY
    # ------------------------------------------------------------------ Cost of quality
    Item(question="COQ? prevention 45k appraisal 80k internal failure 120k external failure 210k",
         domain=Q, formula="Cost of quality", function="cost_of_quality",
         compute=lambda: calc.cost_of_quality(prevention=45000, appraisal=80000, internal_failure=120000,
                                              external_failure=210000)["total"], unit="money"),
    Item(question="our plant spent $12,000 on quality training, $30,000 on incoming inspection, $55,000 on scrap and "
                  "rework, and $73,000 on warranty repairs. what % of the total cost of quality is failure cost?",
         domain=Q, formula="Cost of quality", function="cost_of_quality",
         compute=lambda: calc.cost_of_quality(prevention=12000, appraisal=30000, internal_failure=55000,
                                              external_failure=73000)["failure_share"] * 100, unit="percent",
         note="training = prevention, inspection = appraisal, scrap/rework = internal, warranty = external"),
    Item(question="Category | Annual $\nPrevention | 18,500\nAppraisal | 42,000\nInternal failure | 96,300\n"
                  "External failure | 131,200\n(annual sales are $3.1M) What is the total cost of quality?",
         domain=Q, formula="Cost of quality", function="cost_of_quality",
         compute=lambda: calc.cost_of_quality(prevention=18500, appraisal=42000, internal_failure=96300,
                                              external_failure=131200)["total"], unit="money", note="sales is noise"),
    Item(question="prevention costs were $20,000, appraisal $35,000 and internal failure (scrap, rework) $60,000 last "
                  "year. what's our total cost of quality?",
         domain=Q, formula="Cost of quality", function="cost_of_quality",
         compute=None, unit="money", missing=["external_failure"], note="external failure cost not given"),

    # ------------------------------------------------------------------ Process capability index (Cp)
    Item(question="spec is 25.00 ± 0.06 mm and the process std dev is 0.015 mm. Cp?",
         domain=Q, formula="Process capability index", function="process_capability",
         compute=lambda: calc.process_capability(usl=25.06, lsl=24.94, sigma=0.015), unit="ratio",
         note="limits from 25.00 ± 0.06"),
    Item(question="USL = 120, LSL = 100, σ = 2.8 -> Cp",
         domain=Q, formula="Process capability index", function="process_capability",
         compute=lambda: calc.process_capability(usl=120, lsl=100, sigma=2.8), unit="ratio"),
    Item(question="so the shaft diameter spec is 0.750 in +/- 0.005. from the last study the sample mean is 0.751 "
                  "and std dev 0.0012. what's the Cp (not Cpk)?",
         domain=Q, formula="Process capability index", function="process_capability",
         compute=lambda: calc.process_capability(usl=0.755, lsl=0.745, sigma=0.0012), unit="ratio",
         note="mean is noise for Cp"),
    Item(question="spec limits are 4.8 g to 5.2 g and the process is centered at 5.0 g. what's the Cp?",
         domain=Q, formula="Process capability index", function="process_capability",
         compute=None, unit="ratio", missing=["sigma"], note="process standard deviation not given"),

    # ------------------------------------------------------------------ Cpk
    Item(question="cpk? USL 10.5 LSL 9.5 mean 10.1 sd 0.12",
         domain=Q, formula="Capability allowing for centering", function="process_capability_index",
         compute=lambda: calc.process_capability_index(usl=10.5, lsl=9.5, mean=10.1, sigma=0.12), unit="ratio"),
    Item(question="A dimension is specified as 50 ± 0.5 mm. The process mean is 49.85 mm and the standard deviation "
                  "is 0.1 mm. What is Cpk?",
         domain=Q, formula="Capability allowing for centering", function="process_capability_index",
         compute=lambda: calc.process_capability_index(usl=50.5, lsl=49.5, mean=49.85, sigma=0.1), unit="ratio",
         note="limits from 50 ± 0.5"),
    Item(question="spec 3.50 +/- 0.08 mm, process average 3.52 mm, variance 0.0004 mm². whats the cpk",
         domain=Q, formula="Capability allowing for centering", function="process_capability_index",
         compute=lambda: calc.process_capability_index(usl=3.58, lsl=3.42, mean=3.52, sigma=0.0004 ** 0.5),
         unit="ratio", note="sigma = sqrt(variance) = 0.02"),

    Item(question="service process: customers want orders shipped between 24 and 72 hours after order entry. our "
                  "average is 60 hours with a std deviation of 5.5 hours. what is Cpk?",
         domain=Q, formula="Capability allowing for centering", function="process_capability_index",
         compute=lambda: calc.process_capability_index(usl=72, lsl=24, mean=60, sigma=5.5), unit="ratio"),
    # ------------------------------------------------------------------ X-bar and R charts
    Item(question="x-double-bar = 12.50, R-bar = 0.42, subgroup size n = 5. UCL for the x-bar chart?",
         domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
         compute=lambda: calc.xbar_r_limits(grand_mean=12.50, average_range=0.42, subgroup_size=5)["ucl_x"],
         unit="number"),
    Item(question="We take subgroups of 7 parts. Grand mean is 48.6 and the average range is 3.2. What is the lower "
                  "control limit of the R chart?",
         domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
         compute=lambda: calc.xbar_r_limits(grand_mean=48.6, average_range=3.2, subgroup_size=7)["lcl_r"],
         unit="number"),
    Item(question="5 samples of 4 bottles each. sample means: 20.1, 19.8, 20.3, 20.0, 19.9 oz. sample ranges: 0.6, "
                  "0.4, 0.7, 0.5, 0.3. what's the LCL for the x-bar chart?",
         domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
         compute=lambda: calc.xbar_r_limits(grand_mean=(20.1 + 19.8 + 20.3 + 20.0 + 19.9) / 5,
                                            average_range=(0.6 + 0.4 + 0.7 + 0.5 + 0.3) / 5,
                                            subgroup_size=4)["lcl_x"], unit="number",
         note="grand mean and R-bar averaged from the samples"),
    Item(question="x double bar 75.2 and R bar 1.8 - what's the UCL for the x-bar chart?",
         domain=Q, formula="X-bar and R charts", function="xbar_r_limits",
         compute=None, unit="number", missing=["subgroup_size"], note="subgroup size needed for A2"),

    # ------------------------------------------------------------------ p chart
    Item(question="p-bar = 0.03, n = 150. UCL for the p chart?",
         domain=Q, formula="p chart", function="p_chart_limits",
         compute=lambda: calc.p_chart_limits(p_bar=0.03, sample_size=150)["ucl"], unit="fraction"),
    Item(question="we pulled 20 samples of 100 units each and found 90 defectives in total. what's the upper control "
                  "limit for the p chart, in %?",
         domain=Q, formula="p chart", function="p_chart_limits",
         compute=lambda: calc.p_chart_limits(p_bar=90 / (20 * 100), sample_size=100)["ucl"] * 100, unit="percent",
         note="p-bar = 90 / 2,000"),
    Item(question="A p chart uses samples of 400 orders and the average fraction defective is 0.08. Compute the lower "
                  "control limit (3-sigma).",
         domain=Q, formula="p chart", function="p_chart_limits",
         compute=lambda: calc.p_chart_limits(p_bar=0.08, sample_size=400)["lcl"], unit="fraction"),

    # ------------------------------------------------------------------ DPMO
    Item(question="we audited 1,500 invoices, each has 8 fields that can be wrong, and found 38 errors. DPMO?",
         domain=Q, formula="Defects per million opportunities", function="dpmo",
         compute=lambda: calc.dpmo(defects=38, units=1500, opportunities_per_unit=8), unit="number"),
    Item(question="dpmo: 1.2k units, 6 defect opportunities per unit, 27 defects found",
         domain=Q, formula="Defects per million opportunities", function="dpmo",
         compute=lambda: calc.dpmo(defects=27, units=1200, opportunities_per_unit=6), unit="number"),
    Item(question="Our process produced 40,000 units with 4 defect opportunities per unit and 250 defects were found. "
                  "What sigma level is that, using DPMO and the usual 1.5 sigma shift?",
         domain=Q, formula="Defects per million opportunities", function="sigma_level",
         compute=lambda: calc.sigma_level(dpmo_value=calc.dpmo(defects=250, units=40000, opportunities_per_unit=4)),
         unit="number", note="asks for the sigma level, via DPMO"),
    Item(question="found 45 defects in a run of 2,000 units. what's the dpmo?",
         domain=Q, formula="Defects per million opportunities", function="dpmo",
         compute=None, unit="number", missing=["opportunities_per_unit"], note="opportunities per unit not given"),

    # ------------------------------------------------------------------ First-pass yield
    Item(question="1,200 units were started and 1,068 passed the first time without any rework. FPY in %?",
         domain=Q, formula="First-pass yield", function="first_pass_yield",
         compute=lambda: calc.first_pass_yield(good_first_time=1068, units_started=1200) * 100, unit="percent"),
    Item(question="started 500 boards at final test. 35 were scrapped and 25 needed rework before passing, the rest "
                  "passed first time. first pass yield?",
         domain=Q, formula="First-pass yield", function="first_pass_yield",
         compute=lambda: calc.first_pass_yield(good_first_time=500 - 35 - 25, units_started=500) * 100,
         unit="percent", note="good first time = 500 - 35 - 25"),
    Item(question="fpy? 846 good first pass out of 900 started",
         domain=Q, formula="First-pass yield", function="first_pass_yield",
         compute=lambda: calc.first_pass_yield(good_first_time=846, units_started=900) * 100, unit="percent"),

    # ------------------------------------------------------------------ Rolled throughput yield
    Item(question="rty for 3 steps with first pass yields of 98%, 95%, 97%?",
         domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
         compute=lambda: calc.rolled_throughput_yield(step_yields=[0.98, 0.95, 0.97]) * 100, unit="percent"),
    Item(question="cutting: 1,000 in, 970 good first pass. welding: 970 in, 921 good first pass. painting: 921 in, "
                  "903 good first pass. what's the rolled throughput yield?",
         domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
         compute=lambda: calc.rolled_throughput_yield(step_yields=[
             calc.first_pass_yield(good_first_time=970, units_started=1000),
             calc.first_pass_yield(good_first_time=921, units_started=970),
             calc.first_pass_yield(good_first_time=903, units_started=921)]) * 100, unit="percent",
         note="each step's FPY from counts, then multiplied"),
    Item(question="Step | FPY\nMold | 0.96\nTrim | 0.99\nAssemble | 0.93\nPack | 0.995\n"
                  "What is the rolled throughput yield, as a decimal?",
         domain=Q, formula="Rolled throughput yield", function="rolled_throughput_yield",
         compute=lambda: calc.rolled_throughput_yield(step_yields=[0.96, 0.99, 0.93, 0.995]), unit="fraction"),

    # ------------------------------------------------------------------ OEE
    Item(question="OEE calc: planned production time 450 min, 45 min of unplanned downtime, ideal cycle time 0.8 "
                  "min per unit, 460 units produced of which 440 were good. OEE?",
         domain=Q, formula="Overall equipment effectiveness", function="oee",
         compute=lambda: calc.oee(planned_production_time=450, run_time=450 - 45, ideal_cycle_time=0.8,
                                  total_count=460, good_count=440)["oee"] * 100, unit="percent",
         note="run time = 450 - 45"),
    Item(question="availability 90%, performance 95%, quality 99.5% -> OEE?",
         domain=Q, formula="Overall equipment effectiveness", function="oee",
         compute=lambda: calc.oee(planned_production_time=1, run_time=0.90, ideal_cycle_time=0.95 * 0.90,
                                  total_count=1, good_count=0.995)["oee"] * 100, unit="percent",
         note="three-rate variant, expressed through oee() with unit planned time and one unit of output"),
    Item(question="The line runs two 8-hour shifts, each with a 30-minute break (breaks are not planned production "
                  "time). Unplanned stops totalled 72 minutes. Ideal cycle time is 45 seconds per part; 1,020 parts "
                  "were made and 31 were rejected. Calculate the OEE.",
         domain=Q, formula="Overall equipment effectiveness", function="oee",
         compute=lambda: calc.oee(planned_production_time=2 * (8 * 60 - 30), run_time=2 * (8 * 60 - 30) - 72,
                                  ideal_cycle_time=45 / 60, total_count=1020, good_count=1020 - 31)["oee"] * 100,
         unit="percent", note="planned = 2 x (480 - 30) = 900 min; run = 828 min; ideal 0.75 min; good = 989"),
    Item(question="planned time 440 min, actual run time 400 min, ideal rate 120 parts/hr, made 720 parts, 702 good. "
                  "what's just the performance rate part of OEE?",
         domain=Q, formula="Overall equipment effectiveness", function="oee",
         compute=lambda: calc.oee(planned_production_time=440, run_time=400, ideal_cycle_time=60 / 120,
                                  total_count=720, good_count=702)["performance"] * 100, unit="percent",
         note="ideal cycle time = 60 / 120 = 0.5 min"),

    # ------------------------------------------------------------------ Pareto analysis
    Item(question="complaints last quarter: late delivery 48, wrong item 22, damaged 61, billing error 14, other 5. "
                  "what cumulative % do the top 2 causes account for?",
         domain=Q, formula="Pareto analysis", function="pareto_analysis",
         compute=lambda: calc.pareto_analysis(counts={"late delivery": 48, "wrong item": 22, "damaged": 61,
                                                      "billing error": 14, "other": 5})[1]["cumulative_share"] * 100,
         unit="percent"),
    Item(question="Cost item | Annual cost\nRework labor | $34,500\nScrap material | $21,000\n"
                  "Expedited freight | $9,800\nField returns | $48,700\nOther | $6,000\n"
                  "In a Pareto analysis, what percentage of the total does the biggest category account for?",
         domain=Q, formula="Pareto analysis", function="pareto_analysis",
         compute=lambda: calc.pareto_analysis(counts={"rework labor": 34500, "scrap material": 21000,
                                                      "expedited freight": 9800, "field returns": 48700,
                                                      "other": 6000})[0]["share"] * 100, unit="percent"),
    Item(question="pareto on PCB defects: solder bridges 142, missing component 88, misalignment 41, cold joint 17, "
                  "contamination 7, other 5. how many defect types do we need to cover at least 80% of all defects?",
         domain=Q, formula="Pareto analysis", function="pareto_analysis",
         compute=lambda: next(i + 1 for i, row in enumerate(calc.pareto_analysis(
             counts={"solder bridges": 142, "missing component": 88, "misalignment": 41, "cold joint": 17,
                     "contamination": 7, "other": 5})) if row["cumulative_share"] >= 0.8), unit="count"),
]
