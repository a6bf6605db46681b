# history

## The history screen's titles

# A range of days: $days is 7, 30 or 90.
history-days = { $days } days
history-title-letdowns = Let-downs · { $days } days
history-title-milk = Milk · last { $days } days
history-title-history = History · last { $days } days
# After "letdown · " in a wide title: which view this is.
history-name-letdowns = let-downs
history-name-milk = milk
history-name-history = history
# Which sessions of the raster are in sight: $first to $last of $total.
history-position = { $first }–{ $last } of { $total }
history-letdown-count = { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}

## The charts

# $what is the chart, $average its average a day.
history-chart-average = { $what } · avg { $average }
# As history-chart-average, with the daily goal; ••• is how the goal's line looks.
history-chart-average-goal = { $what } · avg { $average } · goal { $goal } •••
history-chart-sessions = Sessions a day
history-chart-minutes = Pumping minutes a day
# $unit is ml or oz.
history-chart-volume = Volume a day ({ $unit })
history-chart-letdowns = Let-downs in each session
history-chart-first = Minutes to the first let-down, each session

## The table of days, in a small terminal; short headers are 4 columns

history-column-day = Day
history-column-sessions = Sessions
history-column-minutes = Minutes
history-column-sessions-short = Sess
history-column-minutes-short = Min

## The pattern and the coach's triggers

history-no-sessions = No sessions in these days yet. Your own pattern will show here.
history-pattern-title = Your pattern
# $time is how long the first let-down usually takes to come.
history-pattern-first = First let-down after { $time }
history-pattern-count = { $count ->
    [one] Usually { $count } let-down a session
   *[other] Usually { $count } let-downs a session
}
# $gap is the usual time between let-downs.
history-pattern-gap = { $gap } between let-downs
# $plans is each plan with its count of sessions.
history-pattern-plans = Plans: { $plans }
history-triggers-title = Coach triggers
# The triggers table's headers; "Shown" is 5 columns at most.
history-triggers-trigger = Trigger
history-triggers-shown = Shown
# In a small terminal, the pattern in one line: $figures are the three
# below, joined by commas.
history-usually = Usually: { $figures }
history-usually-first = first let-down after { $time }
history-usually-count = { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}
history-usually-gap = { $gap } apart
# $said is what the coach found about its triggers.
history-coach-says = Coach: { $said }

## The let-downs raster

history-legend-letdown = let-down
history-legend-pumping = pumping
history-legend-rest = rest
# A "2" in the raster: two let-downs in one cell.
history-legend-two = two in a cell
# A session added by hand has no timeline: its count of let-downs instead.
history-row-by-hand = by hand · { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}

## The milk view

history-milk-no-volume = No volume in the last whole days.
history-milk-by-day = Volume by day
history-milk-legend-left = left
history-milk-legend-right = right
history-milk-legend-total = total only
history-milk-by-time = By time of day
history-milk-by-setup = By setup
history-milk-each-session = Each session

## A session's detail

history-detail-title = Session
# $length is its pumping time, $paused its paused time, $count its let-downs.
history-detail-lengths = Length { $length } · paused { $paused } · { $count ->
    [one] { $count } let-down
   *[other] { $count } let-downs
}
# $time is how far in the first let-down came.
history-detail-first-at = first at { $time }
history-detail-by-hand = added by hand
# $times are the let-downs' times, each as "4:10 (07:18)".
history-detail-letdowns = Let-downs: { $times }
history-detail-phases = Phases: { $phases }
# $trigger is the trigger's id, $at when it was shown, as 4:10.
history-detail-trigger = Coach: { $trigger } at { $at }
history-detail-trigger-followed = Coach: { $trigger } at { $at } — a let-down followed ✓
history-detail-volume = Volume: left { $left } · right { $right } · total { $total }
history-detail-comfort = Comfort: { $comfort }
# $note is the user's own note, as written.
history-detail-note = Note: { $note }
