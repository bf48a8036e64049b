"""Ingest: SENACS export files → typed `Fiche` records → chunks → index.

`python -m ingest parse FILE... --jsonl` prints the parsed fiches; `python -m ingest FILE...` syncs the index.
"""
