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

## The status line over the day

# $state is how the day lists a session still waiting, as "not saved yet".
day-status-waits = that session is { $state }; it can be changed once letdown has saved it
# $undo is the undo key.
day-status-deleted = moved to the trash folder in the data dir; { $undo } brings it back
# As day-status-deleted; $entry is the session's entry in Baby Buddy.
day-status-deleted-baby-buddy = moved to the trash folder in the data dir; { $undo } brings it back; its Baby Buddy entry { $entry } stays there (delete it there too if it should go)
# $error is why, in the system's words.
day-status-delete-failed = could not move it to the trash: { $error }
day-status-nothing-to-undo = nothing to undo here; deleted sessions wait in `letdown trash`
# $time is when the session started.
day-status-back-already = the { $time } session is back already
day-status-brought-back = brought back the { $time } session
# $why is one of the three day-status-restore-… below.
day-status-restore-failed = could not bring it back: { $why }
day-status-restore-gone = its file is no longer in the trash folder
day-status-restore-present = a session with its id is in the data dir already; it stays in the trash
day-status-restore-other = { $error }; nothing is lost, it stays in the trash
