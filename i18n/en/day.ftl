# day

## The day screen's title

# A day in full; $weekday and $month are names, $day and $year numbers.
day-date-long = { $weekday } { $day } { $month } { $year }
# A day in short, in a narrow terminal: "Mon 23 Nov".
day-date-short = { $weekday } { $day } { $month }
# $date is day-date-long or day-date-short.
day-title-today = Today, { $date }
day-title-yesterday = Yesterday, { $date }

## The day's sessions

day-no-sessions = No sessions on this day.
day-welcome = Welcome. letdown walks you through each pumping session.
day-welcome-keys = Press s to start one, and space at each let-down.
# $folder is the data dir.
day-welcome-files = Sessions are kept as small files in { $folder }.
day-welcome-config = `letdown config init` writes the settings, to change the plan or the keys.
# The table's column headers; narrow columns: keep them short.
day-column-start = start
day-column-length = length
day-column-letdowns = let-downs
day-column-first = first
# $unit is ml or oz.
day-column-volumes = L/R/total { $unit }
day-column-comfort = comfort
day-column-note = note

## The day's figures

# $gap is the longest time between two sessions, as 3h10m.
day-longest-gap = longest gap { $gap }
day-night-session = a night session ✓
# $count sessions and $minutes pumping minutes in the last 24 hours.
day-last-24h = last 24 h: { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} · { $minutes } min
# The goal bars' labels: keep them to 8 letters.
day-goal-sessions = Sessions
day-goal-minutes = Minutes
# What the goal bars' labels add when they count the last 24 hours.
day-goal-in-24h = in 24 h

## Questions over the day

day-which-plan = Which plan, this time?
day-delete-question = Move this session to the trash?
# $time is when the session started.
day-delete-where = { $time }: it goes to the trash folder in the data dir.
