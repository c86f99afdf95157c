"""Extractors: numbers, dates, named groups, named entities. Each module has a ``make_stage`` factory."""
