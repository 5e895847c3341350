"""TIMEX3 values to calendar ranges: what `2026-H1` or `2025-08` with mod START covers."""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

_VALUE: Final = re.compile(
    r"^(?:(?P<y>\d{4})|(?P<dy>\d{3})X)(?:-(?:(?P<h>H[12])|(?P<q>Q[1-4])|(?P<s>SP|SU|FA|WI)|W(?P<w>\d{2})(?P<we>-WE)?|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?(?:T(?P<t>[\w:]+))?$"
)


def month_length(year: int, month: int) -> int:
    """Days in the month (calendar.monthrange without the weekday it also computes)."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


_MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # (calendar.mdays, which typeshed leaves out)


@lru_cache(maxsize=4096)  # the same values recur across articles (2026-01-15, 2026-H1)
def granularity(value: str) -> str | None:
    match = _VALUE.match(value or "")
    if not match:
        return None
    if match["t"]:
        return "time"
    if match["dy"]:
        return "decade"
    for name, key in (("day", "d"), ("week", "w"), ("month", "m"), ("quarter", "q"), ("season", "s"), ("half", "h")):
        if match[key]:
            return name
    return "year"


@lru_cache(maxsize=4096)
def value_range(value: str, mod: str | None = None) -> tuple[date, date] | None:
    """Inclusive first and last day a TIMEX3 date value covers, narrowed by START/MID/END."""
    match = _VALUE.match(value or "")
    if not match:
        return None
    if match["dy"]:  # a decade, 201X: 2010s; its first, middle or last years for START, MID, END
        first_year = int(match["dy"]) * 10
        first, last = DECADE_PARTS.get(mod or "", (0, 9))
        return date(first_year + first, 1, 1), date(first_year + last, 12, 31)
    year = int(match["y"])
    if match["d"]:
        day = date(year, int(match["m"]), int(match["d"]))
        return day, day
    if match["w"]:
        monday = date.fromisocalendar(year, int(match["w"]), 1)
        first_day, last_day = (5, 6) if match["we"] else WEEK_PARTS.get(mod or "", (0, 6))  # (이번 주 초: Monday and Tuesday)
        return monday + timedelta(days=first_day), monday + timedelta(days=last_day)
    if match["m"]:
        month = int(match["m"])
        last = month_length(year, month)
        thirds = {"START": (1, 10), "MID": (11, 20), "END": (21, last)}
        first_day, last_day = thirds.get(mod or "", (1, last))
        return date(year, month, first_day), date(year, month, last_day)
    if match["q"]:
        first = 3 * int(match["q"][1]) - 2
        return _part_of(year, first, first + 2, mod)
    if match["s"]:  # spring: March to May, ..., winter: December to February
        first = SEASON_FIRST_MONTH[match["s"]]
        months = [(year + (first + i - 1) // 12, (first + i - 1) % 12 + 1) for i in range(3)]
        months = months[:1] if mod == "START" else months[2:] if mod == "END" else months
        (first_year, first_month), (last_year, last_month) = months[0], months[-1]
        return date(first_year, first_month, 1), date(last_year, last_month, month_length(last_year, last_month))
    if match["h"]:
        first = 6 * int(match["h"][1]) - 5
        return _part_of(year, first, first + 5, mod)
    spans = {"START": (1, 3), "MID": (4, 9), "END": (10, 12)}
    return _months(year, *spans.get(mod or "", (1, 12)))


SEASON_FIRST_MONTH: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
DECADE_PARTS: Final = {"START": (0, 3), "MID": (3, 6), "END": (6, 9)}  # years after the decade's first (2010년대 초반)
WEEK_PARTS: Final = {"START": (0, 1), "MID": (2, 3), "END": (4, 6)}  # days after Monday
YEAR_SUBDIVISIONS: Final = ("H", "Q", *SEASON_FIRST_MONTH)  # value suffixes of a part of a year: 2026-H1, 2026-Q3, 2025-SU


def _part_of(year: int, first: int, last: int, mod: str | None) -> tuple[date, date]:
    """A quarter or half, or its first or last month for START/END (상반기 말 = June)."""
    if mod == "START":
        return _months(year, first, first)
    if mod == "END":
        return _months(year, last, last)
    return _months(year, first, last)


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    return date(year, first, 1), date(year, last, month_length(year, last))


def span(value: str, end_value: str | None = None, mod: str | None = None) -> tuple[date, date] | None:
    """The range of a value, or of a start and end value (a TIMEX range)."""
    first = value_range(value, mod)
    if first is None:
        return None
    if end_value:
        last = value_range(end_value, mod)
        if last is not None and last[1] >= first[0]:
            return first[0], last[1]
    return first


@lru_cache(maxsize=512)
def holiday_date(calendar_kind: str, month: int, day: int, year: int) -> date | None:
    """The solar date of a holiday in a year: `S` a solar month-day, `L` a lunar one (설날 is L
    01-01), found with the Korean lunar calendar; None outside the calendar's years."""
    if calendar_kind == "S":
        return date(year, month, day)
    from korean_lunar_calendar import KoreanLunarCalendar  # noqa: PLC0415 (only when a holiday is named)

    lunar = KoreanLunarCalendar()
    if not lunar.setLunarDate(year, month, day, False):
        return None
    return date.fromisoformat(lunar.SolarIsoFormat())
