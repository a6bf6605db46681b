# summary

## The summary form's heading

# $day is the session's day, in full.
summary-heading-edit = Editing the session of { $day }
summary-heading-add = Adding a session to { $day }, as it happened
summary-heading-end = Well done. Ending the session here:
# After the session's length: its let-downs, and $time when it started.
summary-what-ended = { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}  ·  started { $time }
# $times are the let-downs' times into the session, as 4:10.
summary-letdowns-at = Let-downs at { $times }
summary-optional-end = All optional:
summary-optional-edit = Change what needs it; the rest stays as it is:
summary-optional-add = When it started and how long it lasted; the rest is optional:

## The fields; the longest label sets the column where every field starts

summary-started = Started
summary-length = Length
summary-ended = Ended at
# Beside the end field, ending a session.
summary-ended-hint = if you stopped earlier
summary-letdowns = Let-downs
# Beside the let-downs field: what to type.
summary-letdowns-hint = times into it
# The question about let-downs after a typed end: drop them or keep them.
summary-after = After it
summary-after-drop = { $count ->
    [one] drop { $count } let-down
   *[other] drop { $count } let-downs
}
summary-after-keep = keep them
summary-left = Left
summary-right = Right
summary-total = or total
summary-setup = Setup
summary-pump = Pump
summary-flange = Flange
# Beside the flange field: what to type.
summary-flange-hint = mm, or left/right
summary-suction = Suction
summary-sides = Sides
summary-method = Method
summary-comfort = Comfort
summary-note = Note
# A key hint in a field where letters are typed; $key is the next-field key.
summary-leaves-note = { $key } leaves the note
summary-leaves-field = { $key } leaves the field
# Shown when the user says it was painful: gentle, no medical advice.
summary-pain-note = Pain is not needed for milk to flow. Check the flange fit, and talk to a lactation consultant or your healthcare provider if it goes on.

## What is wrong with a typed field

summary-length-missing = how long did it last? in minutes, as 20
# $start is when the session started.
summary-end-before-start = that is before it started ({ $start })
summary-end-after-now = it can end earlier than now, not later
# $time is a typed let-down's time into the session.
summary-letdown-after-end = { $time } is after the end

## Adding a session that overlaps another

summary-overlap = It overlaps another session.
# $other is when the other session started, $length its length, $from when this one starts.
summary-overlap-which = The session of { $other } ({ $length }) shares time with this one from { $from }.

## The status line after the form

summary-status-saved = saved
summary-status-added = added, marked as entered by hand
# $error is why, in the system's words.
summary-status-not-added = not added: { $error }
summary-status-changed = not saved: the file changed since it was opened; here is the newer version
# $reason is why the newer file cannot be read.
summary-status-changed-unreadable = not saved: the file changed since it was opened and cannot be read now ({ $reason }); it was left as it is
summary-status-save-failed = could not save the change: { $error }
