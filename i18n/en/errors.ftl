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

## Files and folders

error-not-utf8 = not UTF-8 text
error-not-regular = not a regular file
# $mib is the limit in MiB.
error-too-large = larger than a session file can be (more than { $mib } MiB); not read
error-exists = { $path } is there already
error-changed = the file changed since it was opened
error-gone = the file is gone since it was opened: { $path }
# $folder is the folder that is missing, or that is not a folder.
error-output-no-folder = cannot write { $path }: the folder { $folder } does not exist (letdown creates no folders)
error-output-not-a-folder = cannot write { $path }: { $folder } is not a folder
error-output-not-a-file = cannot write { $path }: it is not a regular file
error-output-exists = { $path } already exists and was left as it is (--force replaces it)
# $why is the system's message.
error-cannot-write = cannot write { $path }: { $why }

## Starting a session

# $path is the running session's file.
error-lock-busy = a session is already running on this machine (its file: { $path })
error-lock-io = cannot use the state folder { $path }: { $why }
error-lock-not-a-file = { $path } is not a regular file, so no session can be locked there; move it away to start one
error-start-not-saved = the last session in { $path } is not saved yet, and could not be kept aside ({ $why })
# $reason is why the file cannot be read, $why why it could not be moved.
error-start-not-set-aside = the running session's file cannot be read ({ $reason }), and could not be set aside ({ $why })
error-start-not-writable = cannot save sessions in { $path }: { $why }
error-reopen-changed = its file changed since it was saved, and was left as it is
error-reopen-gone = its file is no longer in the data dir
error-reopen-move = cannot move its file out of the way: { $why }

## The socket `letdown tap` talks to

# $len is the path's length in bytes, $max the most a socket takes.
error-socket-too-long = the state folder's path is too long for letdown's socket ({ $len } bytes with its name, at most { $max }); set XDG_STATE_HOME to a shorter folder
error-socket-stale = no session is running (letdown stopped without closing its socket)
error-socket-refusing = refusing { $path }: { $why }
error-socket-not-ours = { $path } is not letdown's socket, and was left as it is
error-socket-cannot-make = cannot make the socket { $path }: { $why }

## Import and the trash

# $lacks names the columns the header lacks.
error-import-header = line 1: not a letdown export; the header lacks { $lacks }
error-import-count = letdown_count is { $count } but letdown_secs holds { $offsets } and letdown_at { $times }
error-import-running = a running session cannot be imported
# $why is what is wrong on that line, or in that session.
error-import-line = line { $line }: { $why }
error-import-session = session { $number } ({ $id }): { $why }
error-restore-not-in-trash = no session with the id { $id } is in the trash
error-restore-present = a session with the id { $id } is in the data dir already ({ $path })

## Sync with Baby Buddy

error-sync-not-set = Baby Buddy is not set up: add a [babybuddy] table with `url` and `child` to the config (`letdown config path` says where it is; the README shows how)
# $env is the environment variable's name.
error-sync-no-token = no Baby Buddy token: set { $env } or name a file holding it in `token_file` of [babybuddy]
error-sync-token-file = the token file { $path }: { $why }
error-sync-ca-file = the certificate file (`ca_file`) { $path }: { $why }
# $status is the HTTP status, with the server's detail.
error-sync-bad-token = Baby Buddy refused the token ({ $status }): check { $env } or `token_file` (the key is on your Baby Buddy user settings page)
error-sync-no-child = Baby Buddy has no child { $child } (`child` in [babybuddy]: the child's id is in its address on Baby Buddy's pages)
error-sync-plain-http = { $url } speaks plain HTTP, not HTTPS: write the address as http:// if it is this machine (or set `allow_http = true`), or put Baby Buddy behind HTTPS
error-sync-no-session = no finished session { $id } to send (`letdown log --json` shows the ids)
# $why says why the session is held back.
error-sync-no-session-held = no finished session { $id } to send: { $why }
error-sync-unreachable = cannot reach Baby Buddy at { $url }: { $why }
error-sync-tls = a secure connection to { $url } failed: { $why }
error-sync-redirect = { $url } answered with a redirect ({ $status }); letdown follows none: set `url` to the address Baby Buddy is at
error-sync-redirect-to = { $url } answered with a redirect ({ $status } to { $to }); letdown follows none: set `url` to the address Baby Buddy is at
error-sync-not-babybuddy = { $url } does not answer as Baby Buddy's API does ({ $why }); check `url`
error-sync-server = Baby Buddy failed ({ $status }): { $why }
error-sync-busy = another sync is under way (`letdown sync` elsewhere, or the app's auto sync); try again in a moment
error-sync-sent-list = cannot keep what was sent, { $path }: { $why }

## A file the user named that was not read

# After the file's name and a colon.
error-config-cannot-read = cannot read the config: { $why }
error-config-not-utf8 = the config is not UTF-8 text
# $what is config, import or export: what the file should have been.
error-refused-not-regular = it is not a regular file (a folder, a FIFO or a device), and { $what ->
    [config] a config
    [import] an import
   *[export] an export
} is one
error-refused-too-large = it is larger than { $what ->
    [config] a config
    [import] an import
   *[export] an export
} can be (more than { $mib } MiB), so it was not read

## Hooks, said in the status line

error-hook-skipped = a hook was skipped: the hooks before it were still running
# $hook is the hook's name in the config, like on_letdown; $why one of the lines below.
error-hook-failed = the { $hook } hook { $why }; letdown carries on without it
error-hook-no-start = could not start ({ $why })
error-hook-exit = failed (exit code { $code })
error-hook-signal = was stopped by a signal
error-hook-too-long = ran longer than { $secs } s and was stopped
error-hook-no-wait = could not be waited for ({ $why })

## Reaching the running session

error-socket-connect = cannot connect: { $why }
error-socket-unknown-answer = the session answered something letdown does not know
error-socket-look = cannot look at the socket: { $why }
error-socket-not-socket = it is not a socket
error-socket-other-user = it belongs to another user (uid { $uid })
# $mode is the socket's mode in octal.
error-socket-mode = others may use it (mode { $mode }; letdown's own is 0600)
error-socket-look-folder = cannot look at the state folder: { $why }
error-socket-folder = its folder is not yours alone (others could replace the socket)
error-socket-listener = the program listening there runs as another user (uid { $uid })
error-socket-ask = cannot ask who listens there: { $why }
error-socket-no-answer-within = no answer within { $secs } s; look at letdown's screen
error-socket-no-answer = no answer: { $why }
error-socket-closed = the session closed the connection without answering (too many at once?)

## The token and certificate files, and talking to Baby Buddy

# Each of these follows a file's name and a colon.
error-file-cannot-read = cannot be read: { $why }
error-file-not-regular = is not a regular file
error-file-other-user = belongs to another user
error-file-not-text = is not plain text
error-token-readable = can be read by others (mode { $mode }); make it yours alone with `chmod 600` and sync again
error-token-too-long = is far longer than a token
error-token-none = holds no token
error-token-one-word = should hold the token alone, one word of letters and digits
error-token-env-not-text = it is not plain text
error-ca-too-large = is far larger than a certificate
error-ca-not-pem = is not PEM: { $why }
error-ca-none = holds no certificate (PEM, BEGIN CERTIFICATE)
# What a request was for, said when it got no answer.
error-bb-what-check = the check of the token and child { $child }
error-bb-what-new = a new entry
error-bb-what-entry = entry { $id }
error-bb-what-change = a change to entry { $id }
error-bb-what-around = the entries around a session
# Why the server does not look like Baby Buddy.
error-bb-bad-list = a list of entries that does not read
error-bb-no-id = a created entry without its id
error-bb-bad-entry = an entry that does not read
error-bb-no-api = 404: no pumping API there
# $what is one of the error-bb-what lines.
error-bb-no-connection = no connection within { $secs } s (waiting to send { $what })
error-bb-no-answer = it took the connection but gave no answer within { $secs } s (waiting for its answer to { $what }); is it Baby Buddy, and is it running well?
error-bb-no-reason = no reason given
error-bb-no-host = its host name was not found
error-bb-refused-connection = the connection was refused (is Baby Buddy running?)
error-bb-tls-ca-true = the server's certificate is marked as a certificate authority (CA:TRUE), which cannot also stand for the server; make it with `-addext basicConstraints=critical,CA:FALSE`, or have a CA of your own sign it (mkcert, Caddy) and name that CA in `ca_file`
# $why is the TLS library's message.
error-bb-tls-own-ca = { $why }; is `ca_file` the certificate the server uses, or the CA that signed it?
error-bb-tls = { $why }; for a server with a certificate of its own, name that certificate in `ca_file`

## The state folder's notes when a session starts

error-set-aside = an unreadable running session was set aside in the state folder ({ $reason })
error-unsaved-now-saved = your last session is now saved
error-unsaved-still = your last session is still kept aside; saving failed: { $why }
error-not-toml = cannot be written as TOML: { $why }

## The running session's answers to a request it cannot take

error-socket-too-slow = no request within a second
error-socket-not-a-request = not a letdown request
error-socket-closing = letdown is closing

## A cell of an import that does not read

# $column is the CSV column's name, $text the cell; $expected says what it should hold.
error-import-cell = { $column }: `{ $text }` is not { $expected ->
    [seconds] a number of seconds
    [sides] a side (left, right or -) for each let-down
    [experiment] an experiment's name and its arm (a or b) together
    [side] left, right or -
   *[datetime] a date and time with its UTC offset
}

## What the [keys] table takes

error-config-keys-table = a table of actions and their keys

## A session file that does not read

error-journal-cut = no whole entry in it (cut off while it was written)
error-not-a-session-file = not a session file
