# report

## The page's frame and the figures in short

# The page's title in the browser; $dates is the period.
report-page-title = Pumping log, { $dates }
report-title = Pumping log
report-no-sessions = No sessions in these days.
report-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
# $unit is ml or oz; $day the day the report was made, with its year; $at the time.
report-meta = Volumes in { $unit }. Let-down times are minutes of the session's clock since its start (pauses left out). Made with letdown on { $day } at { $at }.
# $age is the baby's age, like "6 weeks".
report-baby = Baby: { $age }
report-not-medical = A personal log kept with letdown by the person who pumps, not a medical record.
report-gentle-pain = Pain is not a sign of a better session. If pumping hurts, checking the flange fit and talking with a lactation consultant or healthcare provider can help.
report-in-short = In short
report-sessions = Sessions
# $per_day is a decimal already written; $goal is 0 when there is none.
report-sessions-figures = { $goal ->
    [0] { $total } in all, { $per_day } a day
   *[other] { $total } in all, { $per_day } a day (goal { $goal })
}
report-pumping = Pumping
# $total is a length like "5h20m"; $minutes whole minutes a day.
report-pumping-figures = { $goal ->
    [0] { $total } in all, { $minutes } minutes a day
   *[other] { $total } in all, { $minutes } minutes a day (goal { $goal })
}
report-volume = Volume
report-volume-none = none noted
report-volume-figures = { $total } in all, { $per_day } a day
report-averages = Averages
report-letdowns = Let-downs
report-letdowns-figures = { $total } in all
report-pattern = Your pattern
# $first and $between are lengths, $count a median count, $sessions the sessions timed.
report-pattern-figures = first let-down after { $first }, { $count } a session, { $between } between let-downs (medians over { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} timed)
report-night = Night sessions
report-night-figures = { $days ->
    [one] 1 day
   *[other] { $days } days
} with a session between 01:00 and 05:00
# $day and $at: the end of the 24 hours.
report-last-24h = The last 24 hours, up to { $day } at { $at }

## Sections, charts and tables (HTML and Markdown)

report-every-day = Every day
report-sessions-a-day = Sessions a day
# $dates is the period; $goal the sessions a day the config aims at.
report-sessions-a-day-desc = A bar for each day from { $dates }: how many sessions it had. The dashed line is the goal of { $goal } a day.
report-sessions-a-day-caption = sessions a day
report-pumping-a-day = Pumping minutes a day
report-pumping-a-day-desc = A bar for each day from { $dates }: minutes of pumping (rests left out). The dashed line is the goal of { $goal } minutes a day.
report-pumping-a-day-caption = pumping minutes a day
# $unit is ml or oz.
report-volume-a-day = Volume a day ({ $unit })
report-volume-a-day-desc = A bar for each day from { $dates }: the volume pumped, in { $unit }.
report-volume-a-day-caption = volume a day ({ $unit })
# The title of a table's fold; $caption is the table's caption.
report-numbers = The numbers: { $caption }
# The goal's line in a chart; $goal is a number.
report-chart-goal = goal { $goal }
# A chart's median line; $median is a length or a count.
report-median = median { $median }
# A tick of a share axis; $percent is a whole number.
report-percent = { $percent } %
# Beside a trigger's bar.
report-trigger-bar = { $followed } of { $shown } ({ $percent } %)
# Axis titles.
report-axis-day = day
report-axis-sessions = sessions
report-axis-minutes = minutes
report-axis-letdowns = let-downs
report-axis-first-minutes = minutes from the start to the first let-down
report-axis-trigger = trigger
report-axis-trigger-share = shown, then a let-down within 2 minutes
# Table column heads.
report-head-day = day
report-head-start = start
report-head-length = length
report-head-letdowns = let-downs
report-head-first = first
report-head-first-letdown = first let-down
report-head-times = let-down times
report-head-rests = rests
report-head-volume = volume ({ $unit })
report-head-volume-plain = volume
report-head-sides = sides
report-head-sessions = sessions
report-head-timed-sessions = timed sessions
report-head-median-first = median first let-down
report-head-median-letdowns = median let-downs
report-head-median-timed = median a timed session
report-head-pumping-min = pumping min
report-head-night = night session
report-head-trigger = trigger
report-head-cue = cue
report-head-shown = shown
report-head-share = share
report-head-measure = measure
report-head-says = what it says
# In the night session column.
report-yes = yes
report-raster = Let-downs, session by session
# $span is the axis's length, like "40m".
report-raster-intro = Each row is one session, the oldest at the top, grouped by day; each tick is a let-down, on one axis of minutes since the start (up to { $span }). A person's let-downs tend to come at much the same times from session to session.
report-legend-letdown = a let-down
report-legend-pumping = pumping
report-legend-rest = a rest
# $from and $to are the week's first and last days.
report-raster-chart = Let-downs, { $from } – { $to }
report-raster-chart-desc = A row for each of { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} from { $from } to { $to }, oldest at the top; { $letdowns ->
    [one] 1 let-down
   *[other] { $letdowns } let-downs
} drawn as ticks at their minutes since the session's start. The table after the charts lists every session's let-down times.
# A session entered by hand has a count of let-downs, not their times.
report-added-by-hand = added by hand: { $count }
report-raster-caption = every session's let-downs
report-first = When the first let-down came
report-first-chart = The first let-down, how long after the start
# $after is the last bar's start, $without the sessions with no let-down, $median a length.
report-first-chart-desc = How many timed sessions had their first let-down in each half minute from the start; the last bar holds every first let-down after { $after }. { $without ->
    [one] 1 session
   *[other] { $without } sessions
} had no let-down. The dashed line is the median, { $median }.
report-no-letdown = no let-down
report-first-caption = sessions by the time of their first let-down
report-trends = Over the period
report-first-trend-chart = Minutes to the first let-down, each session
report-first-trend-chart-desc = A dot for each timed session with a let-down, at its day and its minutes to the first let-down; the line joins each day's median, the dashed line is the period's median.
report-first-trend-caption = time to the first let-down, day by day
report-letdowns-chart = Let-downs in each session
report-letdowns-chart-desc = A dot for each session at its day and its number of let-downs (a hollow square: added by hand); the line joins each day's median over timed sessions, the dashed line is the period's median.
report-letdowns-caption = let-downs, day by day
report-triggers = The coach's triggers
# $within says how soon, like "within 2 minutes".
report-triggers-chart = Triggers followed by a let-down { $within }
report-triggers-chart-desc = A bar for each trigger the coach showed: the share of its showings that a let-down followed { $within }, best first.
report-triggers-caption = the coach's triggers
report-cues = Pump-mode cues
report-cues-caption = pump-mode cues
report-comfort = Comfort and notes
report-comfort-fine = fine
report-comfort-tender = tender
report-comfort-painful = painful
report-comfort-not-said = not said
report-comfort-chart = How the sessions felt, day by day
report-comfort-chart-desc = A stacked bar for each day: its sessions that felt fine (at the bottom), tender, painful, and those saved without saying.
report-comfort-caption = comfort, day by day
report-sore = Tender or painful sessions
report-notes = Notes
report-no-notes = No notes in these days.
report-milk = Milk over time
report-milk-by-day = Volume by day
report-milk-by-day-legend = Each day's volume, and in brackets what was given for the left and the right side.
report-milk-by-time = By time of day
report-milk-by-setup = By setup
report-experiments = Experiments

## The Markdown version's own lines

report-md-title = Pumping log: { $dates }
report-md-meta = { $days ->
    [one] 1 day
   *[other] { $days } days
} · volumes in { $unit } · let-down times are minutes of the session's clock since its start · made with letdown on { $day } at { $at }
report-md-sessions = Sessions: { $total } in all, { $per_day } a day (goal { $goal })
report-md-pumping = Pumping: { $total } in all, { $minutes } minutes a day (goal { $goal })
report-md-volume = Volume: { $total }
report-md-volume-a-day = Volume: { $total }, { $per_day } a day
report-md-letdowns = Let-downs: { $total } in all
report-md-pattern = Your pattern (medians over { $sessions ->
    [one] 1 timed session
   *[other] { $sessions } timed sessions
}): first let-down after { $first }, { $count } a session, { $between } between let-downs
report-md-last-24h = The last 24 hours, up to { $day } at { $at }: { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}, { $pumping } pumping, { $letdowns ->
    [one] 1 let-down
   *[other] { $letdowns } let-downs
}, { $volume }
report-md-raster-intro = Each row is a session, oldest first; `|` is a let-down (a digit: that many in one cell), `-` pumping, `~` a rest; the axis is { $span } long.
report-md-added-by-hand = added by hand: { $count ->
    [one] 1 let-down
   *[other] { $count } let-downs
}
report-md-by-hand = added by hand
report-md-trends = Over the period, day by day

## The let-down raster's own words

report-raster-no-sessions = no sessions
report-axis-since-start = minutes since the start of the session
# A session entered by hand has no let-down times to draw.
report-raster-by-hand = added by hand: { $count ->
    [one] 1 let-down
   *[other] { $count } let-downs
}, no times
# Let-downs past the axis's end.
report-raster-later = +{ $count } later
