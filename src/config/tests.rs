use super::*;

#[test]
fn the_shipped_default_is_the_default() {
    let parsed = Config::parse(DEFAULT_TOML, Path::new("default.toml")).expect("default parses");
    assert_eq!(parsed, Config::default());
}

#[test]
fn the_built_in_plans_are_the_documented_block_and_pass_the_check() {
    let names: Vec<&str> = builtin_plans().iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["power", "hands-on"]);
    // Written into a config as they stand, they are valid [[plans]] of its own.
    let text = toml::to_string(&Config {
        plans: builtin_plans().to_vec(),
        ..Config::default()
    })
    .expect("serializes");
    let parsed = Config::parse(&text, Path::new("c.toml")).expect("the plans pass");
    assert_eq!(parsed.plans, builtin_plans());
    let power = &builtin_plans()[0];
    let pumping: u32 = power
        .phases
        .iter()
        .filter(|p| p.kind.is_none())
        .filter_map(|p| p.secs)
        .sum();
    assert_eq!(pumping, 1800, "20 and 10 minutes, then the last 10 open");
    assert_eq!(power.target_mins, Some(60));
}

#[test]
fn an_empty_file_is_all_defaults() {
    let parsed = Config::parse("", Path::new("c.toml")).expect("empty parses");
    assert_eq!(parsed, Config::default());
    assert_eq!(parsed.phases.len(), 5);
    assert_eq!(parsed.triggers.len(), 10);
}

#[test]
fn errors_name_line_column_and_key() {
    let text = "units = \"ml\"\n[session]\nstall_secs = -5\n";
    let err = Config::parse(text, Path::new("c.toml")).expect_err("negative refused");
    assert_eq!((err.line, err.column), (3, 14));
    assert_eq!(err.key, "session.stall_secs");
    assert!(
        err.to_string()
            .starts_with("c.toml:3:14: session.stall_secs: "),
        "{err}"
    );
}

#[test]
fn unknown_keys_are_errors() {
    let err =
        Config::parse("[goals]\nsesions_per_day = 3\n", Path::new("c.toml")).expect_err("typo");
    assert_eq!(err.line, 2);
    assert!(err.expected.contains("sesions_per_day"), "{err}");
}

#[test]
fn array_entries_are_located() {
    let text = "[[phases]]\nname = \"A\"\nsecs = 10\n\n[[phases]]\nname = \"B\"\nsecs = 0\n";
    let err = Config::parse(text, Path::new("c.toml")).expect_err("zero secs");
    assert_eq!(err.key, "phases[1].secs");
    assert_eq!(err.line, 7);
}

#[test]
fn every_error_is_listed_in_the_order_of_the_file() {
    let text = "[session]\nstall_secs = -5\ntarget_mins = true\n\n[[triggers]]\nname = 5\nprompt = \"x\"\n";
    let errors = Config::check(text, Path::new("c.toml")).expect_err("three mistakes");
    let keys: Vec<(usize, &str)> = errors.iter().map(|e| (e.line, e.key.as_str())).collect();
    // The trigger whose name was set aside is not also said to lack one.
    assert_eq!(
        keys,
        [
            (2, "session.stall_secs"),
            (3, "session.target_mins"),
            (6, "triggers[0].name")
        ]
    );
    let first = Config::parse(text, Path::new("c.toml")).expect_err("refused");
    assert_eq!(first, errors[0]);
}

#[test]
fn the_goals_window_is_the_day_or_the_last_24_hours() {
    let parse = |text: &str| Config::parse(text, Path::new("c.toml"));
    assert_eq!(Config::default().goals.window, GoalsWindow::Day);
    let config = parse("[goals]\nwindow = \"24h\"\n").expect("24h parses");
    assert_eq!(config.goals.window, GoalsWindow::Last24h);
    let config = parse("[goals]\nwindow = \"day\"\n").expect("day parses");
    assert_eq!(config.goals.window, GoalsWindow::Day);
    let err = parse("[goals]\nsessions_per_day = 8\nwindow = \"week\"\n").expect_err("refused");
    assert_eq!((err.line, err.key.as_str()), (3, "goals.window"));
    assert!(
        err.to_string().starts_with("c.toml:3:10: goals.window: ")
            && err.expected.contains(r#"use "day" or "24h""#),
        "{err}"
    );
}

#[test]
fn a_key_bound_twice_is_an_error() {
    let err = Config::parse("[keys]\nundo = \"space\"\n", Path::new("c.toml")).expect_err("clash");
    assert_eq!(err.key, "keys.undo");
    assert_eq!(err.line, 2);
}

#[test]
fn the_commented_setup_block_is_a_valid_setup() {
    let block: String = DEFAULT_TOML
        .lines()
        .skip_while(|l| !l.starts_with("# [setup]"))
        .take_while(|l| l.starts_with("# ["))
        .chain(
            DEFAULT_TOML
                .lines()
                .skip_while(|l| !l.starts_with("# [setup]"))
                .skip(1)
                .take_while(|l| l.starts_with("# ") && !l.starts_with("# ["))
                .filter(|l| !l.starts_with("#  ")),
        )
        .map(|l| l.trim_start_matches("# "))
        .collect::<Vec<_>>()
        .join("\n");
    let parsed = Config::parse(&block, Path::new("c.toml")).expect("the block parses");
    assert_eq!(parsed.setup.pump.as_deref(), Some("Spectra S1"));
    assert_eq!(parsed.setup.setup().flange_right_mm, Some(24.0));
}
