"""Rules: typed facts, policy parameters as data, the deterministic eligibility engine."""
