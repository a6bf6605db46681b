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
