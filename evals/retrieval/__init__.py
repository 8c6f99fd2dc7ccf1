"""The retrieval evaluation: recall@k and MRR of each component and the fused pipeline."""
