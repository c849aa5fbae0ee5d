"""Demand: time-series forecasts, seasonality, regression, forecast-error measures, fill rate.

Conventions: forecast error eₜ = Aₜ − Fₜ (actual minus forecast), so a positive error means
the forecast was too low and a positive tracking signal means under-forecasting. Lists of
history run oldest first. MAPE is returned in percent; fill rate as a fraction.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tutor.calc._checks import CalcError, fraction, nonneg, number, positive, same_length, series, share, whole


def moving_average(actuals: Sequence[float], periods: int) -> float:
    """Simple moving average of the last `periods` actuals: the forecast for the next period.

    Example: actuals [100, 110, 120, 130], periods 3 -> (110 + 120 + 130) / 3 = 120.
    """
    a, n = series("actuals", actuals), whole("periods", periods, minimum=1)
    if n > len(a):
        raise CalcError(f"periods ({n}) exceeds the {len(a)} actuals given")
    return sum(a[-n:]) / n


def weighted_moving_average(actuals: Sequence[float], weights: Sequence[float], normalize: bool = False) -> float:
    """Weighted moving average, F = Σ wᵢ × Aᵢ over the last len(weights) actuals.

    Weights run oldest to newest (the last weight applies to the latest actual) and sum to 1;
    with `normalize=True` any positive weights are divided by their sum (weights 1, 2, 3 mean
    1/6, 2/6, 3/6).

    Example: actuals [100, 110, 120], weights [0.2, 0.3, 0.5] -> 20 + 33 + 60 = 113.
    """
    a, w = series("actuals", actuals), series("weights", weights)
    if len(w) > len(a):
        raise CalcError(f"{len(w)} weights but only {len(a)} actuals")
    if normalize:
        total = sum(w)
        if total <= 0:
            raise CalcError("weights must include a positive value")
        w = [x / total for x in w]
    if abs(sum(w) - 1) > 1e-6:
        raise CalcError(f"weights must sum to 1 (they sum to {sum(w):g}); pass normalize=True to scale them")
    return sum(wi * ai for wi, ai in zip(w, a[-len(w):], strict=True))


def exponential_smoothing(previous_forecast: float, actual: float, alpha: float) -> float:
    """Next forecast Fₜ₊₁ = α × Aₜ + (1 − α) × Fₜ, with 0 < α < 1.

    Example: previous forecast 100, actual 110, α 0.2 -> 102.
    """
    a = fraction("alpha", alpha, allow_zero=False, allow_one=False)
    return a * nonneg("actual", actual) + (1 - a) * nonneg("previous_forecast", previous_forecast)


def exponential_smoothing_series(actuals: Sequence[float], initial_forecast: float, alpha: float) -> list[float]:
    """Forecasts for each period and the next: [F₁ = initial, F₂, ..., Fₙ₊₁].

    Example: actuals [110, 95], initial 100, α 0.2 -> [100, 102, 100.6].
    """
    out = [nonneg("initial_forecast", initial_forecast)]
    for actual in series("actuals", actuals):
        out.append(exponential_smoothing(out[-1], actual, alpha))
    return out


def seasonal_indices(history: Sequence[Sequence[float]]) -> list[float]:
    """Seasonal index per season: average demand in that season / average demand over all periods.

    `history` is one list per year (cycle), each with one value per season, oldest first.
    The indices average to 1.

    Example: [[80, 120], [100, 100]] -> season averages 90 and 110, overall 100 -> [0.9, 1.1].
    """
    if not history:
        raise CalcError("history needs at least one cycle of demand")
    years = [series(f"history[{i + 1}]", year) for i, year in enumerate(history)]
    same_length(**{f"year_{i + 1}": y for i, y in enumerate(years)})
    overall = sum(map(sum, years)) / (len(years) * len(years[0]))
    if overall == 0:
        raise CalcError("average demand is zero, so seasonal indices are undefined")
    seasons = zip(*years, strict=True)
    return [sum(values) / len(years) / overall for values in seasons]


def deseasonalize(actual: float, seasonal_index: float) -> float:
    """Deseasonalized demand = actual / seasonal index.

    Example: 132 / 1.2 -> 110.
    """
    return nonneg("actual", actual) / positive("seasonal_index", seasonal_index)


def reseasonalize(base_forecast: float, seasonal_index: float) -> float:
    """Seasonal forecast = deseasonalized (base) forecast × seasonal index.

    Example: 110 × 0.8 -> 88.
    """
    return nonneg("base_forecast", base_forecast) * nonneg("seasonal_index", seasonal_index)


def linear_regression(x: Sequence[float], y: Sequence[float]) -> dict[str, float]:
    """Least-squares line y = a + b × x.

    b = (nΣxy − ΣxΣy) / (nΣx² − (Σx)²), a = (Σy − bΣx) / n. Returns `a` (intercept) and `b` (slope).

    Example: x [1, 2, 3, 4], y [10, 12, 15, 17] -> a 7.5, b 2.4.
    """
    xs, ys = series("x", x, allow_negative=True, min_len=2), series("y", y, allow_negative=True, min_len=2)
    n = same_length(x=xs, y=ys)
    sx, sy = sum(xs), sum(ys)
    sxy, sxx = sum(a * b for a, b in zip(xs, ys, strict=True)), sum(a * a for a in xs)
    denominator = n * sxx - sx * sx
    if denominator == 0:
        raise CalcError("all x values are equal, so no line can be fitted")
    b = (n * sxy - sx * sy) / denominator
    return {"a": (sy - b * sx) / n, "b": b}


def trend_forecast(a: float, b: float, x: float) -> float:
    """Forecast from a fitted line: y = a + b × x.

    Example: a 7.5, b 2.4, x 5 -> 19.5.
    """
    return number("a", a) + number("b", b) * number("x", x)


def _errors(actuals: Sequence[float], forecasts: Sequence[float]) -> list[float]:
    a, f = series("actuals", actuals), series("forecasts", forecasts)
    same_length(actuals=a, forecasts=f)
    return [ai - fi for ai, fi in zip(a, f, strict=True)]


def forecast_errors(actuals: Sequence[float], forecasts: Sequence[float]) -> list[float]:
    """Errors eₜ = Aₜ − Fₜ per period.

    Example: actuals [106, 104, 98, 108], forecasts [100]*4 -> [6, 4, −2, 8].
    """
    return _errors(actuals, forecasts)


def running_sum_of_forecast_errors(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """RSFE = Σ (Aₜ − Fₜ), signs kept.

    Example: errors [6, 4, −2, 8] -> 16.
    """
    return sum(_errors(actuals, forecasts))


def mean_error(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """Bias (mean error) = Σ eₜ / n; positive means the forecast runs low.

    Example: errors [6, 4, −2, 8] -> 4.
    """
    e = _errors(actuals, forecasts)
    return sum(e) / len(e)


def mean_absolute_deviation(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """MAD = Σ |eₜ| / n.

    Example: errors [6, 4, −2, 8] -> 5.
    """
    e = _errors(actuals, forecasts)
    return sum(map(abs, e)) / len(e)


def mean_squared_error(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """MSE = Σ eₜ² / n.

    Example: errors [6, 4, −2, 8] -> (36 + 16 + 4 + 64) / 4 = 30.
    """
    e = _errors(actuals, forecasts)
    return sum(v * v for v in e) / len(e)


def root_mean_squared_error(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """RMSE = √MSE.

    Example: MSE 30 -> 5.48.
    """
    return math.sqrt(mean_squared_error(actuals, forecasts))


def mean_absolute_percentage_error(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """MAPE = (100 / n) × Σ |eₜ| / Aₜ, in percent. Every actual must be above zero.

    Example: actuals [100, 200], forecasts [90, 210] -> (10% + 5%) / 2 = 7.5.
    """
    e = _errors(actuals, forecasts)
    a = series("actuals", actuals)
    if any(v == 0 for v in a):
        raise CalcError("MAPE is undefined when an actual is zero; use MAD instead")
    return 100 * sum(abs(ei) / ai for ei, ai in zip(e, a, strict=True)) / len(e)


def tracking_signal(actuals: Sequence[float], forecasts: Sequence[float]) -> float:
    """Tracking signal = RSFE / MAD (error = actual − forecast).

    Example: RSFE 16, MAD 5 -> 3.2.
    """
    mad = mean_absolute_deviation(actuals, forecasts)
    if mad == 0:
        raise CalcError("MAD is zero (every forecast was exact), so the tracking signal is undefined")
    return running_sum_of_forecast_errors(actuals, forecasts) / mad


def sigma_from_mad(mad: float) -> float:
    """Standard deviation of normally distributed errors: σ ≈ 1.25 × MAD.

    Example: MAD 40 -> 50.
    """
    return 1.25 * nonneg("mad", mad)


def mad_from_sigma(sigma: float) -> float:
    """MAD ≈ 0.8 × σ for normally distributed errors.

    Example: σ 50 -> 40.
    """
    return 0.8 * nonneg("sigma", sigma)


def fill_rate(shipped_complete: float, requested: float) -> float:
    """Fill rate = quantity (units, lines or orders) shipped complete and on time / quantity requested.

    Example: 9,400 of 10,000 units -> 0.94.
    """
    return share("shipped_complete", shipped_complete, "requested", requested)
