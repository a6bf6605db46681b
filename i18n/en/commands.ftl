# commands

## letdown log

cmd-log-no-sessions = No sessions yet.
# The table's column heads; they are padded to the column's width.
cmd-log-head-start = start
cmd-log-head-duration = duration
cmd-log-head-letdowns = let-downs
cmd-log-head-first = first
# $unit is "ml" or "oz".
cmd-log-head-volume = volume L/R/total { $unit }
cmd-log-head-comfort = comfort
cmd-log-head-note = note
# After the day's figures; $gap is a length like "2h10m".
cmd-log-longest-gap = longest gap { $gap }
cmd-log-night-session = a night session (01:00–05:00)

## Counts that sentences take as a variable

cmd-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
cmd-letdowns = { $count ->
    [one] 1 let-down
   *[other] { $count } let-downs
}
cmd-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
cmd-files = { $count ->
    [one] 1 file
   *[other] { $count } files
}

## letdown stats

cmd-stats-no-sessions = No sessions in these days.
cmd-stats-by-plan = By plan:
# After a plan's name; $pumping is a length like "1h52m".
cmd-stats-plan-figures = { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} · { $pumping } pumping · { $letdowns ->
    [one] 1 let-down
   *[other] { $letdowns } let-downs
}
# Column heads of the days' table.
cmd-stats-head-day = day
cmd-stats-head-sessions = sessions
cmd-stats-head-pumping = pumping
cmd-stats-head-letdowns = let-downs
cmd-stats-head-volume = volume
cmd-stats-total = total
# $figures is "7 sessions · 1h52m pumping · 21 let-downs · 700 ml".
cmd-stats-last-24h = Last 24 hours: { $figures }
cmd-stats-pattern = Your pattern ({ $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}, medians):
cmd-stats-pattern-first = first let-down after
cmd-stats-pattern-count = let-downs a session
cmd-stats-pattern-between = between let-downs
# Heads of the prompts' tables.
cmd-stats-head-trigger = coach trigger
cmd-stats-head-cue = pump-mode cue
cmd-stats-head-shown = shown
cmd-stats-milk = Milk:
cmd-stats-sessions = Sessions:
cmd-stats-by-time-of-day = By time of day:
# $note says how to read the figures by setup.
cmd-stats-by-setup = By setup ({ $note })

## Refusals every command may give

# $name is the plan asked for, $plans the config's plans, joined by commas.
cmd-no-such-plan = there is no plan named `{ $name }`; the plans are: { $plans }
cmd-needs-terminal = letdown's screen needs a terminal; to print instead, try `letdown log` or `letdown --help`
# $from and $to are dates as typed (YYYY-MM-DD).
cmd-from-after-to = --from { $from } is after --to { $to }
cmd-no-such-file = there is no such file

## letdown add

# $why says which option is wrong and why, like "--at: …".
cmd-add-bad-input = { $why }; nothing was added
# $at is the other session's start time, $length its length.
cmd-add-overlaps = it overlaps the session of { $at } ({ $length }); nothing was added (--force adds it anyway)
cmd-add-cannot-save = cannot save the session: { $why }; nothing was added
cmd-add-no-count = no let-down count
# $day is YYYY-MM-DD, $at a time of day, $length like "20m", $letdowns like
# "3 let-downs" or "no let-down count".
cmd-add-added = added the session of { $day } { $at } ({ $length }, { $letdowns }), saved in { $path }

## letdown tap, undo, pause, next, end

cmd-remote-stale = no session is running: letdown stopped without closing its socket
cmd-remote-no-session = no session is running
# $first is one of the two lines above.
cmd-remote-interrupted = { $first }; a session was interrupted — open letdown to resume it
cmd-remote-unreachable = cannot reach the running session: { $why }
cmd-remote-not-listening = a session is running, but it does not take commands from other terminals; tap on its screen

## letdown export and import

cmd-exported = exported { $count ->
    [one] 1 session
   *[other] { $count } sessions
} to { $path }
# After the file's name and a colon.
cmd-import-cannot-read = cannot read it: { $why }; nothing was imported
cmd-import-too-large = { $why }; export fewer days to a file (--from, --to) and import each
cmd-import-not-utf8 = not UTF-8 text
# After the file's name and a colon; $why says what is wrong in it.
cmd-import-bad-file = { $why }; nothing was imported
# $imported is how many sessions were imported before this one failed.
cmd-import-cannot-save = cannot save { $path }: { $why }; { $imported } imported before it (importing again skips them)
cmd-imported = imported { $count ->
    [one] 1 session
   *[other] { $count } sessions
}, skipped { $skipped } already present

## letdown status (one short line for a status bar)

cmd-status-file-unreadable = the running session's file cannot be read: { $why }
cmd-status-running = a session is running
cmd-status-interrupted = a session was interrupted — open letdown to resume it
cmd-status-not-saved = the last session is not saved yet; opening letdown will save it
cmd-status-unreadable = the running session's file cannot be read; opening letdown will set it aside
# $state is paused, resting or pumping; $clock the session's clock, like 07:42.
cmd-status-session = { $state ->
    [paused] paused
    [resting] resting
   *[pumping] pumping
} { $clock } · { $letdowns ->
    [one] 1 let-down
   *[other] { $letdowns } let-downs
}
cmd-status-none-lately = no sessions in the last { $days } days
cmd-status-none-yet = no sessions yet
# $not_saved says they wait to be saved.
cmd-status-unsaved = { $count ->
    [one] 1 session
   *[other] { $count } sessions
} { $not_saved }
# Kept short: $sessions is a count, $pumping a length like 1h52m.
cmd-status-last-24h = 24 h: { $sessions } · { $pumping }
# $ago is a length like 2h10m.
cmd-status-last-pumped = last pumped { $ago } ago
cmd-status-due-now = due now
# $at is a time of day.
cmd-status-next-due = next due { $at }
