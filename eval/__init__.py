"""Evaluation data sets and (later) the evaluation harness."""
