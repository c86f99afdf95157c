"""The handlers of the date rules, one module per family: a regex match → a candidate with its value.

* :mod:`.absolute`: calendar dates, years, year ranges, numeric dates, decades;
* :mod:`.relative`: today/yesterday/weekdays, days of this month, this/last/next year, quarters;
* :mod:`.durations`: durations (and منذ/قبل + duration as relative dates), vague and periodic words;
* :mod:`.clock`: clock times;
* :mod:`.periods`: the Nth week of a month (an ISO week), the Nth month of a year.

Each handler takes ``(match, ctx)`` and returns a :class:`~..candidates.Candidate` or None; the
ordered table that pairs them with their patterns is :data:`arabnews.extract.dates.rules.RULES`.

A handler reads its match's groups by number, ``m[g["month"]]`` with ``g = m.re.groupindex``: the
``regex`` module reads a group by name only after trying the name as a number, which raises and
clears a TypeError each time (some six times slower than by number; it was a twentieth of the stage).
"""
