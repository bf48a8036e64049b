"""Benchmark tools: a synthetic corpus generator and (later) timing scripts that print figures."""
