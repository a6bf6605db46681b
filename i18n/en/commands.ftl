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

## letdown trash

cmd-trash-empty-list = The trash is empty: no deleted session is waiting there.
cmd-trash-list-title = In the trash, the newest session first:
cmd-trash-head-date = date
cmd-trash-head-length = length
cmd-trash-list-hint = `letdown trash restore ID` brings one back; `letdown trash empty` deletes them for good.
# $at is the session's start time, $day its day in full, like "Monday 23 November 2026".
cmd-trash-restored = Brought back the { $at } session of { $day }.
cmd-trash-not-there = no session with the id { $id } is in the trash; `letdown trash` lists what is there
cmd-trash-present = a session with the id { $id } is in the data dir already ({ $path }); nothing was restored
# $why says why the trashed file cannot be read.
cmd-trash-restore-unreadable = { $why }; it was left in the trash as it is
cmd-trash-cannot-move = cannot move it back to { $path }: { $why }; it stays in the trash
cmd-trash-none-older = Nothing in the trash was deleted more than { $days ->
    [one] 1 day
   *[other] { $days } days
} ago; nothing was deleted.
cmd-trash-nothing-to-delete = The trash is empty: there is nothing to delete.
# $what is "3 sessions" or "3 sessions (4 files)".
cmd-trash-no-terminal = not deleting { $what } from the trash without asking, and there is no terminal to ask on; nothing was deleted (add --yes to delete them for good)
cmd-trash-ask = Delete { $what } from the trash for good? [y/N]
# The answers to a yes-or-no question that mean yes, lowercase, separated by commas.
cmd-yes-answers = y, yes
cmd-trash-cannot-read-answer = cannot read the answer: { $why }
cmd-trash-nothing-deleted = Nothing was deleted.
cmd-trash-changed = { $count ->
    [one] 1 file
   *[other] { $count } files
} changed since it was listed and stayed in the trash
cmd-trash-deleted = Deleted { $count ->
    [one] 1 session
   *[other] { $count } sessions
} from the trash for good.
# $first is the first file's error.
cmd-trash-cannot-delete = could not delete { $count ->
    [one] 1 file
   *[other] { $count } files
} from the trash ({ $first }); they stay there
cmd-trash-sessions-files = { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} ({ $files ->
    [one] 1 file
   *[other] { $files } files
})
cmd-trash-one-unreadable = 1 file in the trash could not be read and was left as it is ({ $path }: { $why })
cmd-trash-many-unreadable = { $count } files in the trash could not be read and were left as they are

## letdown experiment

cmd-experiment-ended = Ended the experiment { $name }: new sessions draw no condition.
cmd-experiment-no-such-phase = no plan has a phase named `{ $phase }`; the phases are: { $phases }
# $a and $b are what the user wrote for each condition.
cmd-experiment-started = Started the experiment { $name }: A is "{ $a }", B is "{ $b }", { $sessions } sessions each.
cmd-experiment-draws = Each new session draws A or B (one of each every two sessions) and says which at its start.
cmd-experiment-none = No experiments yet. `letdown experiment new NAME --a TEXT --b TEXT` starts one.
# $state is the experiment's state in words, $day the day it started (YYYY-MM-DD).
cmd-experiment-since = { $state }, since { $day }
# $state is running or ended; $progress how far it is, in words.
cmd-experiment-title = Experiment { $name } ({ $state ->
    [running] running
   *[ended] ended
}): { $progress }
# $arm is A or B, $text what the user wrote for it.
cmd-experiment-arm = { $arm }: { $text } ({ $sessions } sessions)

## letdown sync

cmd-sync-bad-entry = --link { $entry }: ENTRY is the entry's number in Baby Buddy, like 12
cmd-sync-link-takes = --link takes a session id and an entry number
# $who says which sessions wait, like "2 sessions".
cmd-sync-waiting = { $who }: why is said above; nothing of it was lost here
# What a dry run would do with a session; padded to 12 columns.
cmd-sync-would-send = would send
# $entry is the entry's number in Baby Buddy.
cmd-sync-would-change = would change entry { $entry }:
cmd-sync-would-take = would take entry { $entry }:
cmd-sync-not-sent = not sent
cmd-sync-checking = checking the token and the child with Baby Buddy at { $url }…
# The progress bar: $bar, $pos and $len are its parts, kept where they read best.
cmd-sync-bar = { $bar } { $pos }/{ $len } sessions to Baby Buddy

## letdown config

cmd-config-none-yet = no config there yet; the built-in defaults are in use (`letdown config init` writes one)
cmd-config-exists = { $path } already exists and was left as it is
cmd-cannot-write = cannot write { $path }: { $why }
cmd-config-wrote = wrote { $path }
cmd-config-problems = { $count ->
    [one] 1 problem in the config, listed above; fix it and run `letdown config check` again
   *[other] { $count } problems in the config, listed above; fix them and run `letdown config check` again
}
cmd-config-fine = config: { $path } is fine
cmd-config-defaults = config: none at { $path }; the built-in defaults are in use
cmd-config-data-dir = data dir: { $path } ({ $count ->
    [one] 1 session
   *[other] { $count } sessions
})
cmd-config-state-folder = state folder: { $path }
# Followed by one line a file.
cmd-config-unreadable = { $count ->
    [one] 1 session file could not be read; it was left as it is:
   *[other] { $count } session files could not be read; they were left as they are:
}
cmd-config-unreadable-hint = letdown never changes a session file it cannot read; fix or move the ones listed above by hand
cmd-config-misfiled = { $count ->
    [one] 1 session file
   *[other] { $count } session files
} in another day's folder, counted on its own day and left as it is:
# After a file's path; $day is the day it started on, YYYY-MM-DD.
cmd-config-belongs = started on { $day }; it belongs in sessions/{ $day }/
# $copies says how many copies, like "2 copies".
cmd-config-duplicates = { $copies } of sessions ignored (the file named by the id inside wins, else the one modified last), left as they are:
cmd-config-copy-of = a copy of { $path }

## letdown report

# $dates is the period, like "Mon 10 Nov – Sun 23 Nov 2026".
cmd-report-wrote = wrote the report of { $dates } ({ $days ->
    [one] 1 day
   *[other] { $days } days
}, { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}) to { $path }
cmd-report-too-long = a report covers at most { $max } days; { $from } to { $to } is { $days }

## letdown sync: what became of each session, and the summary

# $entry is the entry's number in Baby Buddy.
cmd-sync-sent = sent (Baby Buddy entry { $entry })
cmd-sync-updated = changed in Baby Buddy (entry { $entry })
cmd-sync-found = already in Baby Buddy (entry { $entry }, by its mark); noted as sent
# $what says what was changed there.
cmd-sync-changed-there = its entry ({ $entry }) was changed in Baby Buddy ({ $what }); left as it is there (`letdown sync --overwrite` puts this session's figures back)
# $of is the session the entry was.
cmd-sync-replaced = entry { $entry } is now this session's (it was session { $of }'s)
cmd-sync-linked = entry { $entry } is now this session's
cmd-sync-refused = refused by Baby Buddy: { $why }
cmd-sync-gone = its entry ({ $entry }) was deleted in Baby Buddy; the change was not sent
cmd-sync-no-volume = no volume yet (Baby Buddy needs an amount; add one with `v` and sync again)
cmd-sync-too-long = longer than 24 hours, which Baby Buddy refuses
# Who kept sessions from going: counts of sessions.
cmd-sync-waiting-refused = Baby Buddy refused { $refused ->
    [one] 1 session
   *[other] { $refused } sessions
}
cmd-sync-waiting-held = { $held ->
    [one] 1 session
   *[other] { $held } sessions
} held back
cmd-sync-waiting-both = Baby Buddy refused { $refused ->
    [one] 1 session
   *[other] { $refused } sessions
} and { $held ->
    [one] 1 session
   *[other] { $held } sessions
} held back
# One part of the summary: $count sessions, and what became of them.
cmd-sync-done = { $count } { $kind ->
    [sent] sent
    [changed] changed
    [found] found there already
    [refused] refused
    [held] held back
    [left] changed in Baby Buddy, left alone
   *[deleted] deleted there
}
cmd-sync-nothing-new = nothing new to send
cmd-sync-nothing-sent = nothing sent
cmd-sync-left = { $count ->
    [one] 1 session
   *[other] { $count } sessions
} for the next sync
# $parts are the summary's parts, joined by semicolons.
cmd-sync-summary = Baby Buddy: { $parts }
cmd-sync-dry-run-summary = Baby Buddy, dry run (nothing sent): { $parts }
cmd-sync-plan-send = would send { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}
cmd-sync-plan-change = would change { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}
cmd-sync-plan-both = would send { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} and change { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
}
# Sessions not sent this time, and why.
cmd-sync-rest = { $count ->
    [one] 1 session
   *[other] { $count } sessions
} { $kind ->
    [before] sent before
    [deleted] deleted in Baby Buddy, not sent again (`--resend ID` sends one)
    [no-volume] without a volume, not sent
   *[too-long] longer than 24 hours, not sent
}
cmd-sync-book-unreadable = { $count ->
    [one] 1 file in the data dir's babybuddy folder could not be read as a record of a session sent; left as it is
   *[other] { $count } files in the data dir's babybuddy folder could not be read as a record of a session sent; left as they are
}
cmd-sync-no-api = Baby Buddy has no pumping API
cmd-sync-no-entry = Baby Buddy has no entry { $entry } to take
# $other is the session the entry belongs to.
cmd-sync-entry-taken = entry { $entry } is letdown's entry of session { $other }; trash that session, or `letdown sync --replace`
# An entry a session overlaps; $span is its times, like 07:10–07:30.
cmd-sync-entry-ours = Baby Buddy entry { $entry } ({ $span }), letdown's entry of session { $session }
cmd-sync-entry-theirs = Baby Buddy entry { $entry } ({ $span }) that letdown did not send
# $entries are the entries it overlaps, joined by commas.
cmd-sync-overlaps-ours-replace = it overlaps { $entries }; move one of the two sessions to the trash and sync again, or `letdown sync --replace` to make that entry this session's
cmd-sync-overlaps-ours = it overlaps { $entries }; move one of the two sessions to the trash, or change its times, and sync again
cmd-sync-overlaps = it overlaps { $entries }; change one of them and sync again, or `letdown sync --link { $session } { $entry }` to take that entry as this session's

## The app's auto sync, said in the status line

cmd-sync-auto-off = Baby Buddy auto sync is off: { $why }
cmd-sync-auto-away = Baby Buddy cannot be reached; letdown tries again by itself while it is open
cmd-sync-auto-stopped = Baby Buddy sync stopped: { $why }
# $who says who kept sessions from going.
cmd-sync-auto-waiting = { $who }; `letdown sync` says why
cmd-sync-auto-error = Baby Buddy sync: { $why }
