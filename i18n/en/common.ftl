# Words every face shares: day and month names, units, yes and no.

# A day of the week; $day is 1 for Monday to 7 for Sunday.
weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# A month; $month is 1 for January to 12 for December.
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

# Counts with their noun: 1 session, 3 sessions.
common-count-session = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
common-count-letdown = { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}
common-count-day = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
common-count-week = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
common-count-file = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
common-count-session-file = { $count ->
    [one] { $count } session file
   *[other] { $count } session files
}
common-count-timed-session = { $count ->
    [one] { $count } timed session
   *[other] { $count } timed sessions
}
