//! `letdown experiment new|list|show|end`: the experiments of the data dir,
//! and what they found, in the facts layer's words.

use std::fmt::Write as _;

use chrono::Local;

use crate::cli::ExperimentAction;
use crate::context::Context;
use crate::experiment::{Experiment, ExperimentError, Experiments, Outcome, new_seed};
use crate::facts::experiment as words;
use crate::failure::Failure;
use crate::session::{Plan, Timestamp};

use super::{json_text, print, today};

/// Runs one `letdown experiment` action.
pub fn run(context: &Context, action: &ExperimentAction) -> Result<(), Failure> {
    let experiments = Experiments::of(context.data.root());
    match action {
        ExperimentAction::New {
            name,
            a,
            b,
            sessions,
            plan_b,
            skip_phase_b,
        } => {
            let experiment = Experiment {
                name: name.clone(),
                a: a.trim().to_string(),
                b: b.trim().to_string(),
                plan_b: plan_b.clone(),
                skip_phase_b: skip_phase_b.clone(),
                sessions: *sessions,
                seed: 0,
                started: Timestamp(Local::now().fixed_offset()),
                ended: None,
            };
            new(context, &experiments, experiment)
        }
        ExperimentAction::List => list(context, &experiments),
        ExperimentAction::Show { name, json } => {
            let experiment = experiments.load(name).map_err(|e| failure(&e))?;
            show(context, &experiment, *json)
        }
        ExperimentAction::End { name } => {
            let experiment = experiments
                .end(name, Timestamp(Local::now().fixed_offset()))
                .map_err(|e| failure(&e))?;
            print(&format!(
                "{}\n\n",
                crate::tr!("cmd-experiment-ended", name = experiment.name.as_str())
            ))?;
            show(context, &experiment, false)
        }
    }
}

fn new(context: &Context, experiments: &Experiments, mut e: Experiment) -> Result<(), Failure> {
    if let Some(plan) = &e.plan_b {
        super::known_plan(context, plan)?;
    }
    if let Some(phase) = e.skip_phase_b.take() {
        let names = phase_names(context);
        // Kept as the plans spell it.
        let Some(name) = names.iter().find(|n| n.eq_ignore_ascii_case(&phase)) else {
            return Err(Failure::Usage(crate::tr!(
                "cmd-experiment-no-such-phase",
                phase = phase,
                phases = names.join(", ")
            )));
        };
        e.skip_phase_b = Some(name.clone());
    }
    e.seed = new_seed(&e.started);
    experiments.create(&e).map_err(|e| failure(&e))?;
    let mut out = crate::tr!(
        "cmd-experiment-started",
        name = e.name.as_str(),
        a = e.a.as_str(),
        b = e.b.as_str(),
        sessions = e.sessions
    );
    out.push('\n');
    if let Some(changes) = words::b_changes(&e) {
        let _ = writeln!(out, "{changes}.");
    }
    let _ = writeln!(out, "{}", crate::tr!("cmd-experiment-draws"));
    print(&out)
}

/// Every phase name of every plan, each once.
fn phase_names(context: &Context) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (plan, _) in context.config.plan_choices() {
        for phase in Plan::named(&context.config, plan)
            .map(|p| p.phases)
            .unwrap_or_default()
        {
            if !names.contains(&phase.name) {
                names.push(phase.name);
            }
        }
    }
    names
}

fn list(context: &Context, experiments: &Experiments) -> Result<(), Failure> {
    let (found, unreadable) = experiments.list();
    for err in &unreadable {
        eprintln!("letdown: {err}");
    }
    if found.is_empty() {
        return print(&format!("{}\n", crate::tr!("cmd-experiment-none")));
    }
    let today = today(context);
    let mut out = String::new();
    for e in &found {
        let outcome = crate::query::experiment_outcome(&context.data, &context.config, e, today);
        let _ = writeln!(
            out,
            "{}  {}  {}  A: {}  B: {}",
            e.name,
            crate::tr!(
                "cmd-experiment-since",
                state = words::state(e),
                day = crate::facts::DayLabel::Iso.of(e.started.local_date())
            ),
            words::progress(&outcome),
            e.a,
            e.b
        );
    }
    print(&out)
}

fn show(context: &Context, e: &Experiment, json: bool) -> Result<(), Failure> {
    let outcome =
        crate::query::experiment_outcome(&context.data, &context.config, e, today(context));
    if json {
        let mut value = serde_json::to_value(Shown {
            experiment: e,
            outcome: &outcome,
        })
        .map_err(|err| Failure::Io(err.to_string()))?;
        crate::session::flatten_datetimes(&mut value);
        return print(&json_text(&value)?);
    }
    print(&text(context, e, &outcome))
}

/// `letdown experiment show` as text.
fn text(context: &Context, e: &Experiment, outcome: &Outcome) -> String {
    let units = context.config.units;
    let mut out = String::new();
    let state = if e.is_running() { "running" } else { "ended" };
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            "cmd-experiment-title",
            name = e.name.as_str(),
            state = state,
            progress = words::progress(outcome)
        )
    );
    for (arm, text, sessions) in [
        ("A", &e.a, outcome.sessions_a),
        ("B", &e.b, outcome.sessions_b),
    ] {
        let _ = writeln!(
            out,
            "  {}",
            crate::tr!(
                "cmd-experiment-arm",
                arm = arm,
                text = text.as_str(),
                sessions = sessions
            )
        );
    }
    if let Some(changes) = words::b_changes(e) {
        let _ = writeln!(out, "  {changes}");
    }
    out.push('\n');
    for [measure, a, b, says] in words::rows(e, outcome, units) {
        let _ = writeln!(out, "{measure}: A {a} · B {b} · {says}");
    }
    let _ = writeln!(out, "\n{}", words::only_yours());
    out
}

/// What `show --json` prints.
#[derive(serde::Serialize)]
struct Shown<'a> {
    experiment: &'a Experiment,
    outcome: &'a Outcome,
}

fn failure(err: &ExperimentError) -> Failure {
    match err {
        ExperimentError::Write { .. } => Failure::Io(err.to_string()),
        _ => Failure::Usage(err.to_string()),
    }
}
