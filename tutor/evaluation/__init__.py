"""The evaluation harness: retrieval, answer and quiz quality on question sets, with no LLM needed."""
