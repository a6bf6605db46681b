# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_letdown_global_optspecs
    string join \n config= data-dir= plain h/help V/version
end

function __fish_letdown_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_letdown_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_letdown_using_subcommand
    set -l cmd (__fish_letdown_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c letdown -n "__fish_letdown_needs_command" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_needs_command" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_needs_command" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_needs_command" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_needs_command" -s V -l version -d 'Print version'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "start" -d 'Start a pumping session straight away'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "log" -d 'Print a day\'s sessions as a table (or JSON)'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "stats" -d 'Print the history figures of the last days as text (or JSON)'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "status" -d 'Print one short line for a tmux or shell status bar'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "tap" -d 'Record a let-down in the session running in another terminal'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "undo" -d 'Take back the last let-down of the running session; reopen one `letdown end` ended'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "pause" -d 'Pause the running session, or resume it when paused'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "next" -d 'Move the running session to its next phase'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "end" -d 'End the running session and save it without the summary (`v` on the day screen fills it in later)'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "export" -d 'Write sessions out as CSV or JSON'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "report" -d 'Write a report of the last days to bring to a lactation consultant: one self-contained HTML page, or Markdown'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "import" -d 'Add the sessions of a file that `letdown export` wrote'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "sync" -d 'Send finished sessions to Baby Buddy (`[babybuddy]` in the config)'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "add" -d 'Add a session that happened without letdown (marked as entered by hand)'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "trash" -d 'List the sessions deleted on the day screen, bring one back, or empty the trash'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "experiment" -d 'Compare two conditions over your next sessions (a warm compress or none, one flange size or another)'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "config" -d 'Where the config is, write the default, check it, or show it'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c letdown -n "__fish_letdown_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand start" -l plan -d 'The plan: standard, power, hands-on, or one of the config\'s; the one used last when left out' -r
complete -c letdown -n "__fish_letdown_using_subcommand start" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand start" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand start" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand start" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand log" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand log" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand log" -l json -d 'Print JSON instead of a table'
complete -c letdown -n "__fish_letdown_using_subcommand log" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand log" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand stats" -l days -d 'How many days to cover, today included (1 to 3660)' -r
complete -c letdown -n "__fish_letdown_using_subcommand stats" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand stats" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand stats" -l json -d 'Print JSON instead of text'
complete -c letdown -n "__fish_letdown_using_subcommand stats" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand stats" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand status" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand status" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand status" -l json -d 'Print the same facts as JSON fields'
complete -c letdown -n "__fish_letdown_using_subcommand status" -l follow -d 'Print a new line (or JSON object) at each change, at most once a second, until stopped'
complete -c letdown -n "__fish_letdown_using_subcommand status" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand status" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand tap" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand tap" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand tap" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand tap" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand undo" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand undo" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand undo" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand undo" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand pause" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand pause" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand pause" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand pause" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand next" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand next" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand next" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand next" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand end" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand end" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand end" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand end" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand export" -l from -d 'The first day: YYYY-MM-DD, today or yesterday; the oldest day kept when left out' -r
complete -c letdown -n "__fish_letdown_using_subcommand export" -l to -d 'The last day: YYYY-MM-DD, today or yesterday; the newest day kept when left out' -r
complete -c letdown -n "__fish_letdown_using_subcommand export" -l format -d 'csv (one row per session) or json (the session files\' fields)' -r -f -a "csv\t''
json\t''"
complete -c letdown -n "__fish_letdown_using_subcommand export" -s o -l output -d 'Write to this file instead of standard output (- for standard output)' -r
complete -c letdown -n "__fish_letdown_using_subcommand export" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand export" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand export" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand export" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand report" -l days -d 'How many days, ending on --to (today when left out); 14 when neither --days nor --from is given (1 to 3660)' -r
complete -c letdown -n "__fish_letdown_using_subcommand report" -l from -d 'The first day: YYYY-MM-DD, today or yesterday' -r
complete -c letdown -n "__fish_letdown_using_subcommand report" -l to -d 'The last day: YYYY-MM-DD, today or yesterday; today when left out' -r
complete -c letdown -n "__fish_letdown_using_subcommand report" -l format -d 'html (one page, to print or keep) or md (Markdown text, to paste into a message)' -r -f -a "html\t''
md\t''"
complete -c letdown -n "__fish_letdown_using_subcommand report" -s o -l output -d 'Write to this file (- for standard output); report.html (or report.md) in the current folder when left out' -r
complete -c letdown -n "__fish_letdown_using_subcommand report" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand report" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand report" -l force -d 'Replace report.html (or report.md) when it is there already'
complete -c letdown -n "__fish_letdown_using_subcommand report" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand report" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand import" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand import" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand import" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand import" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l since -d 'Only the sessions of this day and after: YYYY-MM-DD, today or yesterday' -r
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l resend -d 'Send this session again as a new entry (after its entry was deleted there, say)' -r
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l link -d 'Take Baby Buddy entry ENTRY (one entered by hand, say) as session ID\'s' -r
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l dry-run -d 'Say what would be sent, and send nothing'
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l overwrite -d 'Put the session\'s amount and times back over an entry whose were changed in Baby Buddy'
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l replace -d 'Make an overlapping entry of another session (one letdown sent) this session\'s, if it has none'
complete -c letdown -n "__fish_letdown_using_subcommand sync" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand sync" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand add" -l at -d 'When it started: 07:10, 19:10 or 7:10pm' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l date -d 'The day it counts toward: YYYY-MM-DD, today or yesterday; today when left out' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l mins -d 'How long it lasted: minutes (20), or hours and minutes (1h05)' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l letdowns -d 'How many let-downs it had' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l left -d 'The left side\'s volume, in the configured units unless it says ("40ml", "1.5oz")' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l right -d 'The right side\'s volume' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l total -d 'The total volume (or left and right)' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l comfort -d 'How it felt: fine, tender or painful' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l note -d 'A note' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l pump -d 'The pump, as you name it; any setup option starts from the last session\'s setup' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l flange -d 'The flange size in mm: 24, or 24/21 for left/right' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l suction -d 'The suction level as the pump shows it: a number or a word' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l sides -d 'Which sides: both, left, right or one-at-a-time' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l method -d 'How: pump, hand or pump+hand' -r
complete -c letdown -n "__fish_letdown_using_subcommand add" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand add" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand add" -l force -d 'Add it even when it overlaps another session'
complete -c letdown -n "__fish_letdown_using_subcommand add" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand add" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "list" -d 'List what is in the trash, the newest session first'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "restore" -d 'Put a session back in its day, by its id (as the list shows it)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "empty" -d 'Delete what is in the trash for good (asks first)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and not __fish_seen_subcommand_from list restore empty help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from list" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from list" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from list" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from restore" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from restore" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from restore" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from empty" -l older-than -d 'Only what was deleted more than this many days ago (a delete sets the file\'s modification time)' -r
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from empty" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from empty" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from empty" -s y -l yes -d 'Do not ask (needed without a terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from empty" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from empty" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "list" -d 'List what is in the trash, the newest session first'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Put a session back in its day, by its id (as the list shows it)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "empty" -d 'Delete what is in the trash for good (asks first)'
complete -c letdown -n "__fish_letdown_using_subcommand trash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -f -a "new" -d 'Start an experiment: each new session draws A or B (one of each every two sessions)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -f -a "list" -d 'List the experiments, the newest first'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -f -a "show" -d 'Print an experiment\'s figures: each condition\'s, and the difference'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -f -a "end" -d 'End an experiment: new sessions draw no condition; its figures stay'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and not __fish_seen_subcommand_from new list show end help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l a -d 'Condition A, in your words ("warm compress first")' -r
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l b -d 'Condition B, in your words ("no compress")' -r
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l sessions -d 'Sessions planned for each condition (1 to 500)' -r
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l plan-b -d 'B\'s sessions run this plan' -r
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l skip-phase-b -d 'B\'s sessions leave out this phase (by its name)' -r
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from list" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from list" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from list" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from show" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from show" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from show" -l json -d 'Print JSON instead of text'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from show" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from end" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from end" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from end" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from help" -f -a "new" -d 'Start an experiment: each new session draws A or B (one of each every two sessions)'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the experiments, the newest first'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print an experiment\'s figures: each condition\'s, and the difference'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from help" -f -a "end" -d 'End an experiment: new sessions draw no condition; its figures stay'
complete -c letdown -n "__fish_letdown_using_subcommand experiment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -f -a "path" -d 'Print where the config file is (or would be)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -f -a "init" -d 'Write the commented default config, if there is none yet'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -f -a "check" -d 'Check the config and every session file, and list what is wrong'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -f -a "show" -d 'Print the config in effect, defaults included'
complete -c letdown -n "__fish_letdown_using_subcommand config; and not __fish_seen_subcommand_from path init check show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from path" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from path" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from path" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from init" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from init" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from init" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from check" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from check" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from show" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from show" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print where the config file is (or would be)'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write the commented default config, if there is none yet'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the config and every session file, and list what is wrong'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the config in effect, defaults included'
complete -c letdown -n "__fish_letdown_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand completions" -l config -d 'The config file to use' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand completions" -l data-dir -d 'The data dir to use, over the config\'s `data_dir`' -r -F
complete -c letdown -n "__fish_letdown_using_subcommand completions" -l plain -d 'Line mode: plain lines of text, no full screen, for screen readers and small links (also on a dumb terminal)'
complete -c letdown -n "__fish_letdown_using_subcommand completions" -s h -l help -d 'Print help'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "start" -d 'Start a pumping session straight away'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "log" -d 'Print a day\'s sessions as a table (or JSON)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "stats" -d 'Print the history figures of the last days as text (or JSON)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "status" -d 'Print one short line for a tmux or shell status bar'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "tap" -d 'Record a let-down in the session running in another terminal'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "undo" -d 'Take back the last let-down of the running session; reopen one `letdown end` ended'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "pause" -d 'Pause the running session, or resume it when paused'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "next" -d 'Move the running session to its next phase'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "end" -d 'End the running session and save it without the summary (`v` on the day screen fills it in later)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "export" -d 'Write sessions out as CSV or JSON'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "report" -d 'Write a report of the last days to bring to a lactation consultant: one self-contained HTML page, or Markdown'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "import" -d 'Add the sessions of a file that `letdown export` wrote'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "sync" -d 'Send finished sessions to Baby Buddy (`[babybuddy]` in the config)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "add" -d 'Add a session that happened without letdown (marked as entered by hand)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "trash" -d 'List the sessions deleted on the day screen, bring one back, or empty the trash'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "experiment" -d 'Compare two conditions over your next sessions (a warm compress or none, one flange size or another)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "config" -d 'Where the config is, write the default, check it, or show it'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "completions" -d 'Print shell completions'
complete -c letdown -n "__fish_letdown_using_subcommand help; and not __fish_seen_subcommand_from start log stats status tap undo pause next end export report import sync add trash experiment config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from trash" -f -a "list" -d 'List what is in the trash, the newest session first'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from trash" -f -a "restore" -d 'Put a session back in its day, by its id (as the list shows it)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from trash" -f -a "empty" -d 'Delete what is in the trash for good (asks first)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from experiment" -f -a "new" -d 'Start an experiment: each new session draws A or B (one of each every two sessions)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from experiment" -f -a "list" -d 'List the experiments, the newest first'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from experiment" -f -a "show" -d 'Print an experiment\'s figures: each condition\'s, and the difference'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from experiment" -f -a "end" -d 'End an experiment: new sessions draw no condition; its figures stay'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print where the config file is (or would be)'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write the commented default config, if there is none yet'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Check the config and every session file, and list what is wrong'
complete -c letdown -n "__fish_letdown_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the config in effect, defaults included'
