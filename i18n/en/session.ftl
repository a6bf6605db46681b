# session

## The session screen

# Before the coach's trigger or offer, as "Coach: " then its words.
session-coach = Coach:
# Over the phase's name in a rest phase: no need to pump now.
session-rest = REST
session-paused = PAUSED
# $left is the time left in the phase, as 1:30.
session-phase-left = { $left } left
# Which phase of the plan this is: $index of $count.
session-phase-of = ({ $index } of { $count })
# Under the clock; $target is the session's target, $over the time past it.
session-target-reached = target { $target } reached ✓  +{ $over } over
# Under the clock; $left is the time still to go to $target.
session-target-to-go = target { $target }  ·  { $left } to go
# Before the count of let-downs, as "Let-downs 3".
session-letdowns = Let-downs
# $time is how far into the session the first let-down came.
session-first-at = first at { $time }
# $time is how long ago the last let-down was tapped.
session-last-ago = last { $time } ago
# session-first-at and session-last-ago in short, where the long words do
# not fit the line; English has no shorter words.
session-first-at-short = first at { $time }
session-last-ago-short = last { $time } ago
# In the title; $time is when the session started, as 07:14.
session-started = session started { $time }
# Under the big count of let-downs.
session-count-label = { $count ->
    [one] let-down
   *[other] let-downs
}
session-letdown-count = { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}

## Leaving a running session

session-leave-question = Leave this session?
session-discard-question = Discard this session?
session-discard-loses = Its let-downs will not be kept.
session-saving-failing = Saving is failing: it is kept in memory only.

## An interrupted session, when letdown opens again

session-resume-title = A session was interrupted
# $day is the day it started, $started its time of day, $clock the time on
# its clock as 12:30, $count how many let-downs it has.
session-resume-what = Started { $day } at { $started }: { $clock } on the clock, { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}.
session-resume-kept = Every let-down that was confirmed is kept.
# In a small terminal, in one line: as session-resume-what.
session-resume-short = Interrupted: { $started }, { $clock }, { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}
session-resume-resume = resume it (the time away is kept as a pause)
# $clock is the time on its clock, as 12:30.
session-resume-finish = finish it at { $clock }
session-resume-discard = discard it
session-resume-later = later: show the day
session-resume-quit = leave letdown
session-resume-discard-question = Discard the interrupted session?
# Before what closing the question does, as "any other key  go back".
session-any-other-key = any other key

## Leaving with sessions not saved yet

session-unsaved-count = { $count ->
    [one] { $count } session is not saved in the data dir yet.
   *[other] { $count } sessions are not saved in the data dir yet.
}
# $folder is where they are kept until then.
session-unsaved-kept = Kept safe in { $folder }; it is saved the next time letdown opens.
session-unsaved-in-memory = { $count ->
    [one] { $count } session is only in memory: leaving now loses it.
   *[other] { $count } sessions are only in memory: leaving now loses it.
}

## The help overlay

# $screen is what the keys are for, as "the session screen".
session-help-title = Keys on { $screen }
# $key is the let-down key.
session-help-close-session = Any key closes this; { $key } also marks a let-down.
session-help-close = Any key closes this.
session-help-config = Keys can be changed in [keys] of the config.
session-help-more = ↓ more
session-help-back = ↑ back
# The help's last line for ctrl-c, where the screen has a quit key.
session-help-ctrl-c-quit = Same as quit.
# The help's last line for ctrl-c, where the screen has none.
session-help-ctrl-c-back = Go back, as cancel does.

## The status line

# $key is the resume key.
session-status-not-running = not recorded: no session is running; { $key } resumes this one
session-status-discarded = the session was discarded

## Opening the screen

# $error says which letdown holds the session lock.
session-open-busy = { $error }; finish it there first (this letdown can still print: `letdown log`)
# $key is the start key.
session-open-lock-held = another letdown window holds the session lock; { $key } here starts a session
session-open-day-only = { $error }; this window shows the day only
# $error is why, in the system's words.
session-open-terminal-failed = cannot open the terminal: { $error }
session-restore-terminal-failed = cannot restore the terminal: { $error }

## The breath pacer

session-breathe-in = breathe in
session-breathe-out = breathe out

## The photo phase

# Shown in place of the photo: none configured, not loaded yet, or unreadable.
session-photo-prompt = Look at a photo or a video of your baby on your phone, or smell something they have worn.
session-photo-not-prepared = the photo could not be prepared
# $error is why, in the terminal library's words.
session-photo-not-drawn = the photo could not be drawn: { $error }
# $path is the photo set in the config; $why is one of the reasons below.
session-photo-failed = The photo at { $path } can't be shown: { $why }. Set `photo` in the config to a JPEG or PNG file, or a folder of them.
session-photo-missing = it is not there
session-photo-forbidden = letdown may not read it
session-photo-unreadable = it is not a JPEG or PNG that letdown can read
# $path is the file, $width and $height its size in pixels.
session-photo-too-many-pixels = { $path } is too large to show ({ $width }×{ $height } pixels)
session-photo-not-a-file = { $path } is not a regular file
# $megabytes is the file's size.
session-photo-too-large = { $path } is too large for a photo ({ $megabytes } MB)
# $path is the folder set in the config.
session-photo-none-in-folder = no JPEG or PNG file in { $path }
