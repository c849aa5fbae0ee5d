"""Sources of the blind calculation set: questions written by authors who never saw the reader or solver."""
