# facts: how every figure reads, on every face.

## Lengths: how long something lasted, never like a clock time. $hours,
## $minutes and $seconds are given as text (minutes and seconds after a
## larger unit already padded to two digits).

# 45s
facts-length-seconds = { $seconds }s
# 12m
facts-length-minutes = { $minutes }m
# 7m13s
facts-length-minutes-seconds = { $minutes }m{ $seconds }s
# 1h05m
facts-length-hours = { $hours }h{ $minutes }m

# A share in whole percent: 66%.
facts-share = { $percent }%

## Days. $weekday and $month are names already in the language (short or
## long as the form needs), $day the day of the month, $year the year,
## $date a date written 2026-11-24.

# 24 Nov
facts-date-day-month = { $day } { $month }
# Mon 24
facts-date-weekday-day = { $weekday } { $day }
# Mon 24 Nov
facts-date-short = { $weekday } { $day } { $month }
# Mon 24 Nov 2026
facts-date-short-year = { $weekday } { $day } { $month } { $year }
# Monday 24 November
facts-date-long = { $weekday } { $day } { $month }
# Monday 24 November 2026
facts-date-long-year = { $weekday } { $day } { $month } { $year }
# Mon 2026-11-24
facts-date-weekday-iso = { $weekday } { $date }
# A span of days; $from and $to are days as above.
facts-period = { $from } – { $to }
# A bin of time into a session; $from and $to are lengths.
facts-bin = { $from } to { $to }
# The last bin, open at its end; $from is a length.
facts-bin-last = { $from } or later

## Counts and figures of a span.

# "3 of 12 sessions went on…"; $long is how many went on, $sessions the
# sessions counted (with their noun), $quiet a length.
facts-went-on = { $long } of { $sessions } went on { $quiet } or more past the last let-down
# $sessions and $letdowns are counts with their nouns, $pumping a length.
facts-figures = { $sessions } · { $pumping } pumping · { $letdowns }
# The mark of a session added by hand, in the tables.
facts-by-hand = by hand
# A let-down count of a session added by hand: "3 by hand".
facts-letdowns-by-hand = { $count } by hand

## What was typed and could not be read; $text is what was typed.

facts-not-a-volume = "{ $text }" is not a volume; try 40, 40ml or 1.5oz
# $most is the most a session holds, with its unit.
facts-volume-below-zero = "{ $text }" is below 0; from 0 to { $most }
facts-volume-too-much = "{ $text }" is more than a session holds; from 0 to { $most }
facts-not-a-time = "{ $text }" is not a time; try 07:10 or 7:10pm
facts-not-a-length = "{ $text }" is not a length; try 20 (minutes) or 1h05
facts-not-an-offset = "{ $text }" is not a time into the session; try 1:35
facts-not-a-count = "{ $text }" is not a count; try 3
# $total and $sides are volumes with their unit.
facts-total-not-sides = the total ({ $total }) is not left + right ({ $sides }); clear one of them
# A time the clocks skipped; $time and $nearest are 07:10, $date 2026-03-29.
facts-time-skipped = { $time } on { $date } never existed here: the clocks went forward; the nearest real time is { $nearest }

## Notices.

# Files a listing could not read; $count is how many.
facts-unreadable-short = { $count ->
    [one] { $count } session file could not be read
   *[other] { $count } session files could not be read
}
facts-unreadable = { $count ->
    [one] { $count } session file could not be read and was left as it is; `letdown config check` lists it
   *[other] { $count } session files could not be read and were left as they are; `letdown config check` lists them
}
# $ago is a length: "Last session ended 2h10m ago".
facts-since-last = Last session ended { $ago } ago
# What the reminder says when a session falls due.
facts-due-now = a session is due, whenever you are ready
# $at is a time of day.
facts-due-around = next due around { $at }

## What the coach learned: calm lines, never a warning.

# After two let-downs and a quiet while; never an alarm.
facts-finish-line = You may be done whenever you are ready. If milk is still flowing, keep going.
# Before the first let-down; $first is a length, $sessions how many sessions it learned from.
facts-expect-first = Your first let-down usually comes around { $first } (from your last { $sessions } sessions).
# After a let-down; $count is the usual count of let-downs, $gaps a range of minutes (facts-gap-…).
facts-expect-next = { $count ->
    [one] Usually { $count } let-down; the next one often within { $gaps }.
   *[other] Usually { $count } let-downs; the next one often within { $gaps }.
}
facts-expect-count = { $count ->
    [one] Usually { $count } let-down.
   *[other] Usually { $count } let-downs.
}
# The usual gap between let-downs in whole minutes.
facts-gap-about = about { $minutes } min
facts-gap-range = { $low }–{ $high } min
facts-learn-fixed = The coach keeps its fixed timings (`[coach] learn = false`).
# For stats and the history; $plan is a plan's id, $first, $gap and $finish
# are lengths, $count the usual let-downs, $sessions how many sessions.
facts-learned-gap = The coach learned from your last { $sessions } { $plan } sessions: the first let-down around { $first }, usually { $count } let-downs, { $gap } between them, 90% of them by { $finish }.
facts-learned = The coach learned from your last { $sessions } { $plan } sessions: the first let-down around { $first }, usually { $count } let-downs, 90% of them by { $finish }.
# $after is how many timed sessions it needs, $so_far how many there are.
facts-learns-after = The coach learns your timings after { $after } timed { $plan } sessions ({ $so_far } so far).

## The coach's figures. $window is a length: the time in which a let-down
## counts as following a prompt.

facts-no-triggers = The coach showed no triggers in these days.
facts-too-few = Too few showings yet to tell which triggers help; this fills in as you go.
facts-no-cues = No pump-mode cue was shown in these days.
facts-cues-note = The coach's cues to switch the pump between its stimulation (let-down) mode and its expression mode. The expression cue comes at a let-down, so its share says little.
facts-within = within { $window }
# The head of the column counting the showings a let-down followed.
facts-followed-head = a let-down within { $window }
facts-triggers-note = How often a let-down followed each trigger within { $window }, best first.
# $trigger is a trigger's id, $share a share (66%), $shown how many times it was shown.
facts-best-line = a let-down followed { $trigger } { $share } of { $shown } times

## A pump setup and the sides.

facts-both-sides = both sides at once: there is no side to change
facts-switch-offer = Quiet on this side for a while: the other side, whenever you like.
facts-no-setup = no setup given
# A flange size on one side only; $size is in mm.
facts-flange-left = left { $size } mm
facts-flange-right = right { $size } mm
# $level is the suction as the user gave it: a number…
facts-suction-level = level { $level }
# …or the pump's own word for it.
facts-suction-word = suction { $level }
facts-sides-both = both
facts-side-left-only = left only
facts-side-right-only = right only
facts-sides-one-at-a-time = one side at a time
facts-method-pump = pump
facts-method-hand = by hand
facts-method-pump-and-hand = pump and hand
# A side in a sentence.
facts-side-left = left
facts-side-right = right
# The session screen's line for the side pumped now.
facts-on-left-side = Left side
facts-on-right-side = Right side
# The status line after a change of side.
facts-now-on-left = now on the left side
facts-now-on-right = now on the right side

## The milk over time.

# The mark of today, not over yet.
facts-so-far = so far
facts-by-setup-note = Figures of your own sessions, side by side; not advice.
facts-today-left-out = today, so far, is left out of the averages
# A day's left/right split; $left and $right are numbers, $unit ml or oz.
facts-split = L { $left } · R { $right } { $unit }
facts-no-change = no change
# The week against the week before; with -to, $to is the last day counted; $average, $before are volumes a day, $change a change.
facts-week-line = 7 days: { $average } a day; the 7 before: { $before } a day ({ $change })
facts-week-line-to = 7 days to { $to }: { $average } a day; the 7 before: { $before } a day ({ $change })
facts-week-line-alone = 7 days: { $average } a day; no volume the 7 days before
facts-week-line-alone-to = 7 days to { $to }: { $average } a day; no volume the 7 days before
# The parts of the day.
facts-part-night = night
facts-part-morning = morning
facts-part-afternoon = afternoon
facts-part-evening = evening
# A part of the day's volumes; $total and $average are volumes.
facts-part-volumes = { $total } · { $average } a session
# What the setup figures are split by, as a heading.
facts-by-flange = Flange
facts-by-suction = Suction
facts-by-pump = Pump
facts-by-sides = Sides
# $letdowns is a decimal: let-downs a session.
facts-setup-letdowns = { $letdowns } let-downs
# $first is a length: when the first let-down came.
facts-setup-first = first at { $first }
# How the sessions felt; $tender and $painful are counts.
facts-comfort = { $tender } tender
facts-comfort-painful = { $tender } tender, { $painful } painful
# The baby's age in whole weeks on a day ($on).
facts-baby-age = { $weeks ->
    [one] { $weeks } week old on { $on }
   *[other] { $weeks } weeks old on { $on }
}

## Experiments: plain words about the user's own sessions, never advice.

facts-only-yours = In your sessions only: what helps you, not advice. The interval is 95 % (Welch's t).
# What a measure is called.
facts-measure-letdowns = let-downs a session
facts-measure-first-letdown = time to the first let-down
facts-measure-volume = volume a session
# One experiment in one line; $name is its name, $state running or ended,
# $progress how far it came, $verdict what the let-downs say.
facts-experiment-summary = Experiment { $name } ({ $state }, { $progress }): let-downs { $verdict }
facts-experiment-running = running
facts-experiment-ended = ended
# $done sessions of the $planned.
facts-experiment-progress = { $done } of { $planned } sessions
facts-verdict-not-enough = not enough sessions yet ({ $done } of { $planned })
facts-verdict-too-few = too few sessions with this figure to tell
facts-verdict-unclear-so-far = no clear difference so far
facts-verdict-unclear = no clear difference
# $difference is one of the facts-more-…, facts-fewer-…, facts-first-… below.
facts-verdict-with-b = with B: { $difference }
# A clear difference of B from A: $size is its size, $near to $far its
# interval (numbers, lengths or volumes, as the measure reads).
facts-more-letdowns = { $size } more let-downs a session ({ $near } to { $far })
facts-fewer-letdowns = { $size } fewer let-downs a session ({ $near } to { $far })
facts-first-later = the first let-down { $size } later ({ $near } to { $far })
facts-first-sooner = the first let-down { $size } sooner ({ $near } to { $far })
facts-more-volume = { $size } more a session ({ $near } to { $far })
facts-less-volume = { $size } less a session ({ $near } to { $far })
# A session's condition when its words are not at hand; $arm is A or B.
facts-experiment-arm = experiment { $name }, { $arm }
# The line a session starts with; $condition is what this session does.
facts-this-session = This session: { $condition }
# The day screen's line; $a and $b are what each arm does.
facts-experiment-running-line = Experiment { $name }: { $progress } ({ $a } / { $b })
facts-experiment-left-out = this session is left out of the experiment
facts-experiment-none-running = no experiment is running
# What B changes beyond its text; $plan and $phase are ids.
facts-b-runs-plan = B runs the plan { $plan }
facts-b-skips-phase = B leaves out the phase { $phase }

## The engine's messages: the status line's, and what `letdown tap` and the
## like print.

# $count is the let-down's number in the session.
facts-msg-letdown-saved = let-down { $count } saved
# $secs is the double-tap guard in whole seconds.
facts-msg-tap-ignored = tap ignored: within { $secs } s of the last
# $count is how many let-downs are left.
facts-msg-undone = last let-down taken back ({ $count } now)
facts-msg-nothing-to-undo = nothing to undo
facts-msg-paused = paused — the clock is stopped
facts-msg-resumed = resumed
# $phase is the phase's name.
facts-msg-phase-changed = now: { $phase }
# $length is the phase's new length.
facts-msg-phase-length = { $phase } is now { $length }
# $target is the target time as a clock reads it (15:00).
facts-msg-target = target is now { $target }
facts-msg-first-phase = this is the first phase
facts-msg-last-phase = this is the last phase
# The answer to a request from another terminal when nothing more is said.
facts-reply-done = done
facts-reply-released = released

## The running session's lines: what is saved, refused or waiting. $save,
## $cancel, $resume, $undo and $edit are key names; $why is what went wrong.

facts-host-summary-open = not done: the session's summary is open on letdown's screen ({ $save } there saves it, { $cancel } goes back to the session)
facts-host-interrupted-waits = no session is running; an interrupted one waits on letdown's screen ({ $resume } there resumes it)
# $at is the time of day it ended.
facts-host-ended-at = no session is running; the one ended at { $at } is saved (`letdown undo` reopens it)
facts-host-no-session = no session is running
facts-host-not-ended-summary = not ended: the session's summary is open on letdown's screen ({ $save } there saves it)
facts-host-ended-keys = ended and saved; { $undo } reopens it, { $edit } adds the volume
facts-host-ended = ended and saved
# $length is the session's length, $letdowns its let-downs with their noun.
facts-host-ended-reopens = ended and saved: { $length }, { $letdowns }; `letdown undo` reopens it
facts-host-ended-line = ended and saved: { $length }, { $letdowns }
facts-host-not-saved = not saved yet: { $why }
facts-host-reopened = reopened; the time since it ended counts as a pause
facts-host-not-reopened = not reopened: { $why }
facts-host-not-reopened-stays = not reopened: { $why }; it stays saved as it was
facts-host-released = a session started elsewhere; the one ended here stays saved as it is
facts-host-running-here = a session is running here
facts-host-saved-again = saved again; nothing was lost
facts-host-saving-failed-kept = saving failed — kept, retrying ({ $why })
facts-host-saving-failed-state = saving failed — kept safe in the state folder, retrying ({ $why })
facts-host-saving-failed-memory = saving failed — kept in memory, retrying ({ $why })
facts-host-saved-now = saved now; nothing was lost
facts-host-not-discarded = could not discard: { $why }
facts-host-saving-failed = saving failed
# $busy says where the other session runs.
facts-host-busy = { $busy }; finish it there first
facts-host-resumed = resumed; the time away is kept as a pause
facts-host-unreachable = `letdown tap` cannot reach this session: { $why }

## Desktop notifications: short, kind, never medical advice.

# A trigger without a prompt; $trigger is its id.
facts-notify-try = Something to try: { $trigger }
# $target is the target time in words (facts-notify-minutes) or a length.
facts-notify-target = { $target } — well done. Keep going as long as is comfortable.
facts-notify-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
# $since is a length: the time since the last session ended.
facts-notify-reminder-since = Time for a session? It has been { $since } — whenever you are ready.
facts-notify-reminder = Time for a session? Whenever you are ready.
# A new phase; $phase is its name, $prompt what it asks.
facts-notify-phase = { $phase } — { $prompt }
facts-notify-no-bus = no desktop notifications here; the bell still rings
facts-notify-unavailable = desktop notifications are not working; the bell still rings

## How a session felt, as the screens and tables show it.

facts-comfort-fine = fine
facts-comfort-tender = tender
facts-comfort-painful-word = painful

## Why a record is not a session letdown can keep.

facts-invalid-newer-schema = written by a newer letdown (schema { $schema }); update letdown to read it
facts-invalid-unknown-schema = unknown schema { $schema }
facts-invalid-still-running = a session still running (on another machine?)
facts-invalid-secs = a time of { $secs } seconds is out of range (at most 366 days)
facts-invalid-volume = a volume of { $ml } ml is out of range (at most 2000 ml)
facts-invalid-total-volume = left and right together make { $ml } ml, out of range (at most 2000 ml)
facts-invalid-start-year = a start in the year { $year } is out of range (1970 to 2200)
# $id is the id in quotes.
facts-invalid-id = the id { $id } cannot name a file (letters, digits, `-`, `_` and `.` only)
facts-invalid-letdown-count = a count of { $count } let-downs is out of range (at most 100)
facts-invalid-count-beside-times = a let-down count beside let-down times; keep one of them
facts-invalid-pumping-secs = a pumping time longer than the session
facts-invalid-empty = a session must last longer than 0 minutes
facts-invalid-too-long = a session typed by hand lasts at most 24 hours
facts-invalid-future = that start is in the future
facts-invalid-end-before-start = the end is before the start
facts-invalid-flange = a flange of { $mm } mm is out of range (10 to 40 mm)
# $what is one of facts-name-….
facts-invalid-name = the { $what } is empty, too long (at most 60 characters) or holds a control character
facts-invalid-switch-order = the changes of side are out of order
facts-name-experiment = experiment's name
facts-name-pump = pump's name
facts-name-suction = suction level

## Why an experiment could not be made, read or changed. $name is its name,
## $most the most allowed, $arm A or B.

facts-experiment-bad-name = an experiment's name is 1 to { $most } letters, digits, `-` or `_` (it names its file): `{ $name }` is not
facts-experiment-bad-text = the text of { $arm } is 1 to { $most } printable characters
facts-experiment-bad-sessions = an experiment plans 1 to { $most } sessions for each condition
facts-experiment-exists = there is already an experiment named `{ $name }`; choose another name
facts-experiment-unknown = there is no experiment named `{ $name }`; `letdown experiment list` shows them
facts-experiment-one-at-a-time = `{ $name }` is running; end it first (`letdown experiment end { $name }`): one runs at a time
facts-experiment-ended-already = the experiment `{ $name }` has ended already
# $path is the file, $why what went wrong.
facts-experiment-not-written = { $path }: could not be written: { $why }
facts-experiment-misnamed = it names the experiment `{ $name }`, not its file's name

## A setup typed that cannot be read; the words in quotes are what to type.

# $from and $to are the sizes allowed, in mm.
facts-expected-flange = expected a flange size from { $from } to { $to } mm, like 24, or 24/21 for left/right
facts-expected-sides = expected "both", "left", "right" or "one-at-a-time"
facts-expected-method = expected "pump", "hand" or "pump+hand"

## Files a listing passed over or holds back. $count is how many.
facts-duplicates-ignored = { $count ->
    [one] 1 duplicate copy ignored; `letdown config check` lists it
   *[other] { $count } duplicate copies ignored; `letdown config check` lists them
}
facts-misfiled = { $count ->
    [one] 1 session file in another day's folder, shown on its own day; `letdown config check` says where
   *[other] { $count } session files in another day's folder, shown on its own day; `letdown config check` says where
}
facts-not-saved-yet = not saved yet
facts-unsaved-note = { $count ->
    [one] 1 session not saved yet: kept in the state folder and counted; letdown saves it once the data dir takes it
   *[other] { $count } sessions not saved yet: kept in the state folder and counted; letdown saves them once the data dir takes them
}
facts-duplicate-copies = { $count ->
    [one] 1 duplicate copy
   *[other] { $count } duplicate copies
}
