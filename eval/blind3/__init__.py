"""A third blind calculation set for development only (not a gate), written after the reader was tuned on the second."""
