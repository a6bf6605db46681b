# plain
# Line mode (`--plain`): every line is read once by a screen reader, so
# each is a whole sentence. Lengths ($length, $at) come from the facts
# layer already written ("4m10s"); $time is a clock time ("07:10").

## The running session

# A phase begins. $number and $count: its place in the plan; $prompt: the
# phase's own words (maybe the user's).
plain-phase = Phase { $number } of { $count }: { $name }, { $length }. { $prompt }
# A phase that runs until the session ends.
plain-phase-open = Phase { $number } of { $count }: { $name }. { $prompt }
# A tap, once it is on disk. $at: when, on the session's clock.
plain-letdown = let-down { $number } at { $at }
# Undo. $number: the let-down taken back; $count: how many are left.
plain-undone = Let-down { $number } taken back; { $count } now.
plain-paused = Paused at { $at }; the clock is stopped.
plain-resumed = Going on from { $at }.
# A trigger or cue of the coach; $prompt: its words.
plain-coach = Coach: { $prompt }
# Every minute of the clock.
plain-minute = { $length } on the clock.
# The time key. $name: the phase.
plain-time = { $length } on the clock, { $count ->
    [one] one let-down
   *[other] { $count } let-downs
}, phase { $name }; it is { $time }.
plain-target-reached = The target is reached: { $length }.
# $plan: its name; $key: the let-down key; $help: the help key.
plain-started = A session started, on the plan { $plan }. Press { $key } at each let-down, { $help } for the keys.
plain-resumed-session = The session goes on; the time away is kept as a pause.
plain-ended-elsewhere = The session ended from another terminal; it is saved.
plain-saved-again = Saved again; nothing was lost.
plain-saved-now = The sessions kept aside are saved now; nothing was lost.
plain-back-to-session = Back to the session.
# $key: a key with no action here; $help: the help key.
plain-unbound = { $key } does nothing here; { $help } lists the keys.
plain-full-screen-only = That is on the full screen only: open letdown without --plain for it.

## Questions with numbered choices

# One choice of a question: "1. Resume the session".
plain-choice = { $number }. { $text }
plain-choose = Press a number from 1 to { $count }.
plain-what-now = What now?
# $key: the let-down key, which still marks a let-down here.
plain-leave = Leave the running session? { $key } still marks a let-down; any other key goes back.
plain-confirm-discard = Discard this session? Its let-downs are lost.
# $day and $time: when it started; $length: its clock.
plain-interrupted = A session was interrupted: started { $day } at { $time }, { $length } on the clock, { $count ->
    [one] one let-down
   *[other] { $count } let-downs
}. Every let-down that was confirmed is kept.
plain-confirm-discard-interrupted = Discard the interrupted session?
# $count: sessions not in the data dir yet; $lost: those only in memory.
plain-leave-unsaved = { $count ->
    [one] One session is
   *[other] { $count } sessions are
} not saved in the data dir yet. { $lost ->
    [0] It is kept safe and saved the next time letdown opens.
   *[other] Leaving now loses what is only in memory.
}
plain-choice-start = Start a session
plain-choice-day-before = The day before
plain-choice-day-after = The day after
plain-choice-today = Back to today
plain-choice-quit = Leave letdown
plain-choice-end = End and save; a few questions come next
plain-choice-discard = Discard it
plain-choice-back = Go back to the session
plain-choice-yes-discard = Yes, discard it
plain-choice-keep = No, keep it
plain-choice-resume = Resume the session; the time away is kept as a pause
# $length: the clock at its last save.
plain-choice-finish = Finish it at { $length }
plain-choice-later = Later: show the day
plain-choice-leave-anyway = Leave anyway
plain-choice-stay = Stay
plain-bye = Goodbye.
plain-discarded = The session was discarded.

## Help

plain-keys-head = Keys here:
plain-keys-numbers = 1 to 9: the numbered choices.
# $keys: every key of an action; $what: what it does.
plain-key = { $keys }: { $what }
plain-key-time = { $key }: Say the clock, the let-downs and the time.

## The day's list

# $day: the day, written in full; $count: its sessions.
plain-day-today = Today, { $day }: { $count ->
    [0] no sessions yet.
    [one] one session.
   *[other] { $count } sessions.
}
plain-day-other = { $day }: { $count ->
    [0] no sessions.
    [one] one session.
   *[other] { $count } sessions.
}
# A session of the day. $start: when it started; $length: its clock.
plain-day-session = { $start }: { $length }, { $count ->
    [one] one let-down
   *[other] { $count } let-downs
}, { $volume }.
plain-day-session-no-volume = { $start }: { $length }, { $count ->
    [one] one let-down
   *[other] { $count } let-downs
}.

# When the last session ended; $ago: how long ago.
plain-since-last = The last session ended { $ago } ago.
plain-since-last-due = The last session ended { $ago } ago; a session is due, whenever you are ready.
# $time: when the next session is due.
plain-since-last-next = The last session ended { $ago } ago; the next is due around { $time }.
# The reminder, once, when a session falls due while the day's list is open.
plain-due-now = A session is due, whenever you are ready.

## The summary's questions

# $enter: the key that answers; $cancel: the key back to the session.
plain-summary-keys = The session is ending. Type each answer and press { $enter }; { $enter } alone leaves it out, { $cancel } goes back to the session.
plain-summary-opening = The session: { $length }, { $count ->
    [one] one let-down.
   *[other] { $count } let-downs.
}
# $unit: ml or oz.
plain-ask-left = Left side, in { $unit }? Enter leaves it out.
plain-ask-right = Right side, in { $unit }? Enter leaves it out.
plain-ask-total = Total, in { $unit }? Enter leaves it out, and the sides make it.
plain-ask-comfort = How did it feel? 1. fine  2. tender  3. painful. Enter leaves it out.
plain-ask-note = A note? Enter leaves it out.
# $why: what was wrong with the answer.
plain-not-taken = Not taken: { $why }. Try again.
plain-comfort-again = Press 1, 2 or 3, or Enter to leave it out.
plain-left-is = Left: { $volume }.
plain-right-is = Right: { $volume }.
plain-total-is = Total: { $volume }.
plain-total-from-sides = Total: { $volume }, from the sides.
plain-volume-none = Left out.
plain-comfort-none = Comfort left out.
plain-comfort-fine = Comfort: fine.
plain-comfort-tender = Comfort: tender.
plain-comfort-painful = Comfort: painful.
plain-note-none = No note.
plain-note-kept = Note kept.
plain-saved = Saved: { $length }, { $count ->
    [one] one let-down.
   *[other] { $count } let-downs.
}

## Starting

plain-no-terminal = cannot use the terminal: { $why }

# Desktop notifications cannot be shown here (line mode rings no bell either).
plain-no-notifications = No desktop notifications here: each event is only a line.

# An answer of the session's, as the screen's status line words it ($words), said as a line.
plain-sentence = { $words }.
