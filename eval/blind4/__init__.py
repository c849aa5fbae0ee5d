"""A fourth blind calculation set for development only (not a gate), measured once untuned at the end of a session."""
