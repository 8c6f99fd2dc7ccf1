"""Evaluations: datasets and runners, one package per task (retrieval, …)."""
