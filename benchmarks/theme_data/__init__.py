"""Theme texts of the synthetic corpus (written for the benchmark; format in `benchmarks.themes.parse_themes`)."""
