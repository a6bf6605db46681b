# errors

## What a config error expected. Each comes after `file:line:column: key: `;
## keys, table headers and values stay as the file writes them.

# $wanted says what the key takes, $found what the file has.
error-config-expected = expected { $wanted }, not { $found }
# $found is the value written, $choices the ones allowed, like "ml" or "oz".
error-config-not-a-choice = "{ $found }" is not one of the choices; use { $choices }
# $entry is a table, like [goals], or "this [[phases]] entry"; $key the key it lacks.
error-config-needs = { $entry } needs `{ $key }` too
# $unit is seconds, minutes, sessions or none; $like the default's value.
error-config-whole = { $unit ->
    [seconds] a whole number of seconds
    [minutes] a whole number of minutes
    [sessions] a whole number of sessions
   *[none] a whole number
}
error-config-whole-like = { $unit ->
    [seconds] a whole number of seconds
    [minutes] a whole number of minutes
    [sessions] a whole number of sessions
   *[none] a whole number
}, like { $like }
error-config-true-or-false = true or false
error-config-a-path = a path in quotes, like "~/Pictures/baby"
error-config-text = text in quotes
error-config-a-number = a number
# $header is a table's header, like [[phases]].
error-config-a-list = a list, or { $header } entries
error-config-an-entry = a { $header } entry
error-config-a-table = a { $header } table
# What the file has, when it is not a single value.
error-config-found-list = a list
error-config-found-table = a table
error-config-token = the token is never kept in the config: put it in a file of its own, readable by you only (chmod 600), named by `token_file`, or in LETDOWN_BABYBUDDY_TOKEN
# Where a setting is not: $place is one of the two below.
error-config-at-the-top = at the top of the file
error-config-in = in { $entry }
# $found is the setting written, $near a setting one slip away, $list the settings there.
error-config-unknown-near = `{ $found }` is not a setting { $place }; did you mean `{ $near }`? (the settings there are { $list })
error-config-unknown = `{ $found }` is not a setting { $place }; the settings there are { $list }
error-config-unknown-takes-none = `{ $found }` is not a setting { $place }; it takes no settings
error-config-the-file = the file
error-config-this-entry-of = this { $header } entry
error-config-this-entry = this entry
# A list's last two: $head is the others joined by commas.
error-config-list-or = { $head } or { $last }
error-config-list-and = { $head } and { $last }

## Config errors letdown finds itself

# $name is the unknown action, $known the actions, joined by commas.
error-config-unknown-action = unknown action `{ $name }`, expected one of { $known }
error-config-trigger-twice = the trigger name `{ $name }` is used twice
error-config-all-rest = expected a phase that is not a rest, to pump in
error-config-plan-name = expected a name for the plan
error-config-plan-standard = `standard` is the plan the top-level [[phases]] make; give this one another name
error-config-plan-twice = the plan name `{ $name }` is used twice
error-config-no-key = expected at least one key
# $key is a key's name, like ctrl+c.
error-config-key-leaves = `{ $key }` always leaves, as `quit` does; choose another key
# $taken is the action the key is bound to; $screen where, in words.
error-config-key-taken = `{ $key }` is already bound to `{ $taken }` on { $screen }
error-config-key-edits = `{ $key }` edits text in { $screen }; choose another key
error-config-key-typed = `{ $key }` is typed into { $screen }'s fields; choose a key that is not, like a function key
error-config-hook-blank = expected a command line, like "paplay ~/sounds/chime.oga"; leave the key out for none
# $mode is the file's mode in octal, like 0664.
error-config-hooks-writable = the config file can be written by group or others (mode { $mode }), and [hooks] runs commands from it; `chmod go-w` it first
error-config-hooks-owner = the config file belongs to another user (uid { $uid }), and [hooks] runs commands from it
error-config-minutes-above-0 = expected a number of minutes above 0
error-config-minutes-at-most = expected at most { $max } minutes (366 days)
error-config-seconds-above-0 = expected a number of seconds above 0
error-config-phase-too-long = expected at most { $max } seconds (366 days); leave `secs` out for an open-ended phase
error-config-minutes-from-1 = expected a number of minutes from 1 to { $max }
error-config-flange = expected a flange size from { $from } to { $to } mm
error-config-flange-all-three = expected either `flange_mm` or `flange_left_mm` and `flange_right_mm`, not all three
# $why says what is wrong with the name.
error-config-a-name = expected a name: { $why }
error-config-a-date = expected a date as YYYY-MM-DD, like 2026-10-01
error-config-time-of-day = expected a time of day as "HH:MM", like "04:00"
error-config-phase-secs = expected a number of seconds above 0 (leave `secs` out for an open-ended phase)
error-config-no-phase = expected at least one phase

## The [babybuddy] table

error-bb-url-query = expected the server's address without `?` or `#`, like "https://baby.example.org"
error-bb-url = expected the server's address, like "https://baby.example.org"
error-bb-url-scheme = expected the server's address with http:// or https://, like "https://baby.example.org"
error-bb-url-user = expected the address without a user or password: the token goes in `token_file` or LETDOWN_BABYBUDDY_TOKEN
error-bb-url-http = expected https:// (http:// would send the token unencrypted); http:// is allowed to this machine only, unless `allow_http = true`
error-bb-url-other = expected an http:// or https:// address, like "https://baby.example.org"
error-bb-child = expected the child's id in Baby Buddy, a whole number from 1
error-bb-tag = expected a tag of 1 to { $max } characters
