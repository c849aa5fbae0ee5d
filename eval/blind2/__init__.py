"""A second blind calculation set for development only (not a gate): more learner wording to read."""
