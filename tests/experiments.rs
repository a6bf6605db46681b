//! Experiments from the command line: made, listed, shown and ended; a
//! generated history with a known effect is found with an interval that
//! leaves 0 out, one with none is called "no clear difference"; the arms
//! of new sessions come in balanced pairs and are recorded in their files.

mod common;

use common::{FakeClock, Sandbox, finished_session};
use letdown::config::Config;
use letdown::session::{Arm, ExperimentArm, SCHEMA};
use letdown::store::DataDir;

/// Ten sessions in each arm, one a day from 2026-11-02 (after the
/// experiment started), with 3, 4 or 5 let-downs in A and `effect` more in B.
fn sessions(sandbox: &Sandbox, name: &str, effect: usize) {
    for i in 0..20_usize {
        let arm = if i % 2 == 0 { Arm::A } else { Arm::B };
        let count = 3 + (i / 2) % 3 + if arm == Arm::B { effect } else { 0 };
        let at: Vec<f64> = (0..count).map(|k| 90.0 + 150.0 * k as f64).collect();
        let started = format!("2026-11-{:02}T07:00:00+01:00", 2 + i);
        let mut record = finished_session(&started, &at, 1500.0, Some(80.0));
        record.experiment = Some(ExperimentArm {
            name: name.into(),
            arm,
        });
        record.schema = SCHEMA;
        sandbox.save(&record);
    }
}

fn new_experiment(sandbox: &Sandbox, name: &str) {
    sandbox.stdout_of([
        "experiment",
        "new",
        name,
        "--a",
        "warm compress first",
        "--b",
        "no compress",
        "--sessions",
        "10",
    ]);
}

/// An experiment file started on 2026-11-01, so that the generated
/// sessions fall between its start and today.
fn start_on_the_first(sandbox: &Sandbox, name: &str) {
    let path = sandbox
        .data_dir()
        .join("experiments")
        .join(format!("{name}.toml"));
    let text = std::fs::read_to_string(&path).expect("written");
    let started = text
        .lines()
        .find(|l| l.starts_with("started"))
        .expect("a start")
        .to_string();
    let text = text.replace(&started, "started = 2026-11-01T06:00:00+01:00");
    std::fs::write(&path, text).expect("rewritten");
}

#[test]
fn a_known_effect_is_found_and_no_effect_is_called_no_clear_difference() {
    let sandbox = Sandbox::new();
    new_experiment(&sandbox, "compress");
    start_on_the_first(&sandbox, "compress");
    sessions(&sandbox, "compress", 1);
    let json: serde_json::Value =
        serde_json::from_str(&sandbox.stdout_of(["experiment", "show", "compress", "--json"]))
            .expect("JSON");
    let outcome = &json["outcome"];
    assert_eq!(outcome["sessions_a"], 10);
    assert_eq!(outcome["sessions_b"], 10);
    assert_eq!(outcome["called"], true);
    let letdowns = &outcome["measures"][0];
    assert_eq!(letdowns["measure"], "letdowns");
    let d = &letdowns["difference"];
    let (low, estimate, high) = (
        d["low"].as_f64().expect("low"),
        d["estimate"].as_f64().expect("estimate"),
        d["high"].as_f64().expect("high"),
    );
    assert!((estimate - 1.0).abs() < 1e-9, "{d}");
    assert!(
        low > 0.0 && high > estimate,
        "the interval leaves 0 out: {d}"
    );
    let text = sandbox.stdout_of(["experiment", "show", "compress"]);
    assert!(
        text.contains(
            "let-downs a session: A 3.9 · B 4.9 · with B: 1.0 more let-downs a session (0.2 to 1.8)"
        ),
        "{text}"
    );
    assert!(text.contains("In your sessions only"), "{text}");
    // The report has a section for it, with the same words.
    let period = ["--from", "2026-11-01", "--to", "2026-11-30", "-o", "-"];
    let md = sandbox.stdout_of(["report", "--format", "md"].into_iter().chain(period));
    assert!(md.contains("## Experiments"), "{md}");
    assert!(
        md.contains(r"with B\: 1\.0 more let\-downs a session \(0\.2 to 1\.8\)"),
        "{md}"
    );
    let html = sandbox.stdout_of(["report"].into_iter().chain(period));
    assert!(html.contains("<h2>Experiments</h2>"), "{html}");
    assert!(
        html.contains("with B: 1.0 more let-downs a session (0.2 to 1.8)"),
        "{html}"
    );

    // Ended, and another with no effect at all.
    sandbox.stdout_of(["experiment", "end", "compress"]);
    new_experiment(&sandbox, "music");
    start_on_the_first(&sandbox, "music");
    sessions(&sandbox, "music", 0);
    let text = sandbox.stdout_of(["experiment", "show", "music"]);
    assert!(
        text.contains("let-downs a session: A 3.9 · B 3.9 · no clear difference so far"),
        "{text}"
    );
    let list = sandbox.stdout_of(["experiment", "list"]);
    assert!(list.contains("music  running"), "{list}");
    assert!(list.contains("compress  ended"), "{list}");
}

#[test]
fn figures_wait_for_the_planned_sessions_and_mistakes_are_refused_with_exit_2() {
    let sandbox = Sandbox::new();
    new_experiment(&sandbox, "early");
    let text = sandbox.stdout_of(["experiment", "show", "early"]);
    assert!(text.contains("not enough sessions yet (0 of 20)"), "{text}");
    let second = sandbox.refuses(["experiment", "new", "other", "--a", "x", "--b", "y"], 2);
    assert!(second.contains("one runs at a time"), "{second}");
    let bad = sandbox.refuses(["experiment", "new", "a b", "--a", "x", "--b", "y"], 2);
    assert!(bad.contains("name"), "{bad}");
    let plan = sandbox.refuses(
        [
            "experiment",
            "new",
            "p",
            "--a",
            "x",
            "--b",
            "y",
            "--plan-b",
            "nosuch",
        ],
        2,
    );
    assert!(plan.contains("no plan named"), "{plan}");
    let unknown = sandbox.refuses(["experiment", "show", "nosuch"], 2);
    assert!(unknown.contains("no experiment named"), "{unknown}");
}

#[test]
fn new_sessions_draw_arms_in_balanced_pairs_and_record_them() {
    let sandbox = Sandbox::new();
    sandbox.stdout_of([
        "experiment",
        "new",
        "photo",
        "--a",
        "photo",
        "--b",
        "no photo",
        "--skip-phase-b",
        "baby photo",
    ]);
    let data = DataDir::new(sandbox.data_dir());
    let config = Config::default();
    let mut arms = Vec::new();
    for i in 0..6 {
        let now = chrono::Local::now().fixed_offset();
        let new = letdown::query::new_session(&data, &config, None, now);
        let draw = new.draw.expect("an experiment runs");
        assert_eq!(draw.arm.name, "photo");
        let photo = new.plan.phases.iter().any(|p| p.name == "Baby photo");
        assert_eq!(photo, draw.arm.arm == Arm::A, "B leaves the photo out");
        // The session runs and is saved with its arm.
        let clock = FakeClock::starting_at(&now.to_rfc3339());
        let mut engine = letdown::session::Engine::start(new.plan, clock.at(0.0), "test-host");
        engine.join_experiment(draw.arm.clone(), draw.text.clone());
        let mut record = engine.finish(
            clock.at(600.0 + f64::from(i)),
            letdown::session::SessionResult::default(),
        );
        record.id = format!("{}-{i}", record.id);
        assert_eq!(record.experiment, Some(draw.arm.clone()));
        data.save_new(&record).expect("saved");
        arms.push(draw.arm.arm);
    }
    for pair in arms.chunks(2) {
        assert_ne!(pair[0], pair[1], "{arms:?}");
    }
    // A session left out does not count, and the next draws the same arm.
    let before =
        letdown::query::new_session(&data, &config, None, chrono::Local::now().fixed_offset());
    let clock = FakeClock::starting_at(&chrono::Local::now().fixed_offset().to_rfc3339());
    let draw = before.draw.expect("an experiment runs");
    let mut engine = letdown::session::Engine::start(before.plan, clock.at(0.0), "test-host");
    engine.join_experiment(draw.arm.clone(), draw.text);
    engine.apply(letdown::session::Command::LeaveExperiment, clock.at(5.0));
    let left_out = engine.finish(clock.at(600.0), letdown::session::SessionResult::default());
    assert_eq!(left_out.experiment, None);
    data.save_new(&left_out).expect("saved");
    let after =
        letdown::query::new_session(&data, &config, None, chrono::Local::now().fixed_offset());
    assert_eq!(after.draw.map(|d| d.arm), Some(draw.arm));
}
