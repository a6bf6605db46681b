//! The config: the shipped default, valid files, and broken ones that must be
//! refused with their file, line, column and key, by the library and the binary.
//!
//! Each file in `fixtures/config/invalid/` begins with
//! `# expect: line N, key K` (`key (none)` for a syntax error), and may go on
//! with `# says: TEXT`, words the message must hold.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{Sandbox, arg, fixtures};
use letdown::config::{ClockStyle, Config, DEFAULT_TOML, Hooks, Units};
use letdown::keys::actions::Action;
use letdown::keys::{Code, KeyName};

fn fixture_files(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(fixtures().join("config").join(kind))
        .expect("the fixture folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {kind} fixtures");
    files
}

/// The words a fixture's `# says:` line promises, if it has one.
fn promised_words(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).expect("a fixture");
    text.lines()
        .nth(1)
        .and_then(|l| l.strip_prefix("# says: "))
        .map(str::to_string)
}

/// The line and key a fixture's first line promises.
fn expectation(path: &Path) -> (usize, String) {
    let text = fs::read_to_string(path).expect("a fixture");
    let rest = text
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# expect: line "))
        .unwrap_or_else(|| panic!("{}: no `# expect:` line", path.display()));
    let (line, key) = rest
        .split_once(", key ")
        .unwrap_or_else(|| panic!("{}: `# expect: line N, key K`", path.display()));
    let key = if key == "(none)" { "" } else { key };
    (line.parse().expect("a line number"), key.to_string())
}

fn parse(path: &Path) -> Result<Config, letdown::config::ConfigError> {
    Config::parse(&fs::read_to_string(path).expect("a fixture"), path)
}

#[test]
fn the_shipped_default_parses_and_is_the_default() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/default.toml");
    let text = fs::read_to_string(&path).expect("config/default.toml");
    assert_eq!(text, DEFAULT_TOML, "the binary embeds the file in the repo");
    let parsed = Config::parse(&text, &path).expect("the shipped default parses");
    assert_eq!(parsed, Config::default());
}

#[test]
fn the_shipped_default_mentions_every_key() {
    let config = Config {
        data_dir: Some("~/x".into()),
        photo: Some("~/y".into()),
        babybuddy: Some(letdown::config::BabyBuddy {
            url: "https://baby.example.org".into(),
            child: 1,
            token_file: Some("~/t".into()),
            units: letdown::config::Units::Ml,
            tags: vec!["letdown".into()],
            auto: false,
            send_notes: true,
            allow_http: false,
            ca_file: Some("~/ca.pem".into()),
        }),
        hooks: every_hook(),
        ..Config::default()
    };
    let value = toml::Value::try_from(&config).expect("serializes");
    let mut missing = Vec::new();
    collect_missing(&value, &mut missing);
    assert!(
        missing.is_empty(),
        "not in config/default.toml: {missing:?}"
    );
}

fn collect_missing(value: &toml::Value, missing: &mut Vec<String>) {
    match value {
        toml::Value::Table(table) => {
            for (key, inner) in table {
                let forms = [
                    format!("\n{key} = "),
                    format!("\n# {key} = "),
                    format!("\n[{key}]\n"),
                    format!("\n# [{key}]\n"),
                    format!("\n[[{key}]]\n"),
                ];
                if !forms.iter().any(|form| DEFAULT_TOML.contains(form)) {
                    missing.push(key.clone());
                }
                collect_missing(inner, missing);
            }
        }
        toml::Value::Array(items) => items.iter().for_each(|i| collect_missing(i, missing)),
        _ => {}
    }
}

fn every_hook() -> Hooks {
    let set = || Some("true".to_string());
    Hooks {
        phase: set(),
        letdown: set(),
        coach: set(),
        end: set(),
        due: set(),
    }
}

/// The `[hooks]` the default shows, commented out, are real examples: with
/// the comment marks taken off, they parse, every one.
#[test]
fn the_hooks_the_default_shows_parse_once_uncommented() {
    let (_, shown) = DEFAULT_TOML
        .split_once("\n# [hooks]\n")
        .expect("config/default.toml shows [hooks]");
    let mut text = String::from("[hooks]\n");
    for line in shown.lines() {
        text.push_str(line.strip_prefix("# ").expect("a commented-out line"));
        text.push('\n');
    }
    let config = Config::parse(&text, Path::new("hooks.toml")).expect("the examples parse");
    let set = |hook: &Option<String>| hook.is_some();
    let hooks = &config.hooks;
    assert!(
        [
            &hooks.phase,
            &hooks.letdown,
            &hooks.coach,
            &hooks.end,
            &hooks.due
        ]
        .into_iter()
        .all(set),
        "{hooks:?}"
    );
    assert_eq!(Config::default().hooks, Hooks::default(), "none by default");
}

/// `[hooks]` runs commands from the config, so a config others could change
/// is refused, naming the file, by every command (exit code 2).
#[test]
fn hooks_in_a_config_others_can_write_are_refused_with_the_file_named() {
    use std::os::unix::fs::PermissionsExt;
    let sandbox = Sandbox::new();
    let path = sandbox.config_file();
    fs::create_dir_all(path.parent().expect("a folder")).expect("config folder");
    fs::write(&path, "units = \"ml\"\n\n[hooks]\nletdown = \"true\"\n").expect("config");
    for mode in [0o664, 0o646] {
        fs::set_permissions(&path, fs::Permissions::from_mode(mode)).expect("chmod");
        for args in [&["status"][..], &["config", "check"], &["tap"]] {
            let stderr = sandbox.refuses(args, 2);
            let want = format!(
                "{}:3:2: hooks: the config file can be written by group or others (mode 0{mode:o})",
                path.display()
            );
            assert!(stderr.contains(&want), "{args:?}: {stderr}");
            assert!(stderr.contains("chmod go-w"), "{stderr}");
        }
    }
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    sandbox.stdout_of(["status"]);
    // Without hooks, the same mode is none of letdown's business.
    fs::write(&path, "units = \"ml\"\n").expect("config");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o664)).expect("chmod");
    sandbox.stdout_of(["status"]);
}

#[test]
fn an_empty_file_is_the_default() {
    let path = fixtures().join("config/valid/empty.toml");
    assert_eq!(parse(&path).expect("parses"), Config::default());
}

#[test]
fn a_custom_file_is_read_key_by_key() {
    let config = parse(&fixtures().join("config/valid/custom.toml")).expect("parses");
    assert_eq!(config.units, Units::Oz);
    assert_eq!(config.clock, ClockStyle::H12);
    assert_eq!(config.day_starts_at.0.to_string(), "04:00:00");
    assert!(config.night);
    assert_eq!(config.session.target_mins, 20);
    assert_eq!(config.session.stall_secs, 300);
    assert_eq!(
        config.session.first_letdown_secs,
        Config::default().session.first_letdown_secs,
        "an unset key keeps its default"
    );
    let phases: Vec<(&str, Option<u32>)> = config
        .phases
        .iter()
        .map(|p| (p.name.as_str(), p.secs))
        .collect();
    assert_eq!(phases, [("Warm up", Some(90)), ("Pump", None)]);
    assert_eq!(config.triggers.len(), 1);
    assert!(!config.notifications.desktop);
    assert!(config.notifications.bell);
    let letdown = config.keys.binding(Action::Letdown);
    assert!(letdown.is_bound(KeyName::plain(Code::F(5))));
    assert!(letdown.is_bound(KeyName::plain(Code::Space)));
    assert_eq!(config.keys.binding(Action::Quit).label(), "ctrl-q");
}

#[test]
fn each_invalid_fixture_names_its_line_and_key() {
    let mut wrong = Vec::new();
    for path in fixture_files("invalid") {
        let (line, key) = expectation(&path);
        let Err(err) = parse(&path) else {
            wrong.push(format!("{}: accepted", path.display()));
            continue;
        };
        let prefix = format!("{}:{}:{}: ", path.display(), err.line, err.column);
        let shown = err.to_string();
        if err.line != line || err.key != key || err.file != path || err.column == 0 {
            wrong.push(format!("{shown} (wanted line {line}, key {key:?})"));
        } else if !shown.starts_with(&prefix) || err.expected.is_empty() {
            wrong.push(format!("badly worded: {shown}"));
        } else if let Some(words) = promised_words(&path)
            && !err.expected.contains(&words)
        {
            wrong.push(format!("{shown} (wanted the words {words:?})"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn windows_line_endings_locate_the_same_line() {
    let path = fixtures().join("config/invalid/negative_duration.toml");
    let text = fs::read_to_string(&path).expect("a fixture");
    let lf = Config::parse(&text, &path).expect_err("refused");
    let crlf = Config::parse(&text.replace('\n', "\r\n"), &path).expect_err("refused");
    assert_eq!((crlf.line, crlf.column), (lf.line, lf.column));
}

#[test]
fn config_check_refuses_each_invalid_fixture_with_exit_code_2() {
    let sandbox = Sandbox::new();
    for path in fixture_files("invalid") {
        let err = parse(&path).expect_err("an invalid fixture");
        let stderr = sandbox.refuses(["config", "check", "--config", arg(&path)], 2);
        assert!(stderr.starts_with(&format!("letdown: {err}\n")), "{stderr}");
        assert_eq!(
            stderr.lines().count(),
            2,
            "one error and what to do: {stderr}"
        );
        assert!(stderr.contains("1 problem in the config"), "{stderr}");
        let refused = sandbox.refuses(["log", "--config", arg(&path)], 2);
        assert_eq!(refused, format!("letdown: {err}\n"));
        let place = format!(
            "{}:{}:{}: ",
            path.display(),
            expectation(&path).0,
            err.column
        );
        assert!(stderr.contains(&place), "{stderr}");
    }
}

#[test]
fn config_check_accepts_each_valid_fixture() {
    let sandbox = Sandbox::new();
    for path in fixture_files("valid") {
        let checked = sandbox.stdout_of(["config", "check", "--config", arg(&path)]);
        assert!(checked.contains("is fine"), "{checked}");
    }
}

#[test]
fn a_config_that_is_not_utf8_is_refused_with_its_path() {
    let sandbox = Sandbox::new();
    let path = sandbox.path().join("latin1.toml");
    fs::write(&path, b"units = \"ml\" # caf\xe9\n").expect("write");
    let stderr = sandbox.refuses(["log", "--config", arg(&path)], 2);
    assert!(
        stderr.contains(&format!("{}:1:1", path.display())),
        "{stderr}"
    );
}

#[test]
fn a_named_config_that_is_missing_is_an_error_not_the_defaults() {
    let sandbox = Sandbox::new();
    let path = sandbox.path().join("nowhere.toml");
    let stderr = sandbox.refuses(["config", "check", "--config", arg(&path)], 2);
    assert!(stderr.contains(arg(&path)), "{stderr}");
}

/// The timings a session record holds at most, as the record's validator
/// states them: the config takes up to them and refuses one step more.
#[test]
fn timings_are_held_to_the_limits_of_a_session_record() {
    let file = Path::new("c.toml");
    let max_secs = letdown::session::MAX_SECS as u32;
    let phase = |secs: u32| format!("[[phases]]\nname = \"Pump\"\nsecs = {secs}\n");
    let target = |mins: u32| format!("[session]\ntarget_mins = {mins}\n");
    assert!(Config::parse(&phase(max_secs), file).is_ok());
    assert!(Config::parse(&target(max_secs / 60), file).is_ok());
    for (text, key, words) in [
        (
            phase(max_secs + 1),
            "phases[0].secs",
            "at most 31622400 seconds",
        ),
        (phase(u32::MAX), "phases[0].secs", "open-ended"),
        (
            target(max_secs / 60 + 1),
            "session.target_mins",
            "at most 527040",
        ),
        (target(0), "session.target_mins", "above 0"),
        (
            "[session]\nstall_secs = 0\n".to_string(),
            "session.stall_secs",
            "above 0",
        ),
    ] {
        let err = Config::parse(&text, file).expect_err(&text);
        assert_eq!(err.key, key, "{err}");
        assert_eq!(
            err.line,
            if key.starts_with("phases") { 3 } else { 2 },
            "{err}"
        );
        assert!(
            err.to_string()
                .starts_with(&format!("c.toml:{}:1: {key}: ", err.line)),
            "{err}"
        );
        assert!(err.expected.contains(words), "{err}");
    }
}

/// A coach that speaks at once is a choice the engine can honour.
#[test]
fn a_first_trigger_at_the_start_is_allowed() {
    let config = Config::parse("[session]\nfirst_letdown_secs = 0\n", Path::new("c.toml"))
        .expect("accepted");
    assert_eq!(config.session.first_letdown_secs, 0);
}

/// What `config check` lists for `fixtures/config/every_error.toml`: each
/// line and key, in the order of the file.
const EVERY_ERROR: [(usize, &str); 9] = [
    (2, "colour"),
    (3, "units"),
    (4, "night"),
    (7, "session.stall_secs"),
    (8, "session.target_mins"),
    (11, "goals.sesions_per_day"),
    (14, "keys.pause"),
    (15, "keys.letdwon"),
    (22, "triggers[1].name"),
];

#[test]
fn config_check_lists_every_error_of_a_file_that_parses() {
    let sandbox = Sandbox::new();
    let path = fixtures().join("config/every_error.toml");
    let stderr = sandbox.refuses(["config", "check", "--config", arg(&path)], 2);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), EVERY_ERROR.len() + 1, "{stderr}");
    for (shown, (line, key)) in lines.iter().zip(EVERY_ERROR) {
        let place = format!("letdown: {}:{line}:", path.display());
        assert!(shown.starts_with(&place), "{shown}: not at line {line}");
        assert!(
            shown.contains(&format!(": {key}: ")),
            "{shown}: not about {key}"
        );
    }
    assert!(
        lines[EVERY_ERROR.len()].contains("9 problems in the config"),
        "{stderr}"
    );
    let errors =
        Config::check(&fs::read_to_string(&path).expect("a fixture"), &path).expect_err("refused");
    assert_eq!(errors.len(), EVERY_ERROR.len());
}

#[test]
fn the_other_commands_stop_at_the_first_error() {
    let sandbox = Sandbox::new();
    let path = fixtures().join("config/every_error.toml");
    for args in [&["log"][..], &["start"], &[]] {
        let mut args = args.to_vec();
        args.extend(["--config", arg(&path)]);
        let stderr = sandbox.refuses(&args, 2);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with(&format!("letdown: {}:2:1: colour: ", path.display())),
            "{stderr}"
        );
    }
}

#[test]
fn a_syntax_error_is_the_only_error_listed() {
    let sandbox = Sandbox::new();
    let path = sandbox.path().join("broken.toml");
    fs::write(&path, "colour = \"blue\"\n[session\nstall_secs = -30\n").expect("write");
    let stderr = sandbox.refuses(["config", "check", "--config", arg(&path)], 2);
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stderr.starts_with(&format!("letdown: {}:2:", path.display())),
        "{stderr}"
    );
}
