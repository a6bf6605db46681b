//! `letdown stats`: the history figures of the last days, and the last 24
//! hours, as text or JSON.

use std::fmt::Write as _;

use chrono::Local;
use serde::Serialize;

use super::log::report_unreadable;
use super::{Context, Failure, in_english, json_text, print};
use crate::config::Config;
use crate::facts::{self, CoachFacts};
use crate::format;
use crate::query::{self, HistoryReport};
use crate::stats::{History, Last24h, Pattern, TriggerFigures, Volumes};

mod volumes;

/// What `letdown stats --json` prints: the history's fields, and `last_24h`.
#[derive(Serialize)]
struct StatsJson<'a> {
    #[serde(flatten)]
    history: &'a History,
    volumes: &'a Volumes,
    last_24h: Last24h,
    /// What the coach learned for the next session's plan.
    coach: &'a query::CoachLearned,
}

pub fn run(context: &Context, days: u32, json: bool) -> Result<(), Failure> {
    let config = &context.config;
    let now = Local::now().fixed_offset();
    let to = query::today(config, now);
    let read = || {
        (
            query::history_report(&context.data, config, to, days, to),
            query::last_24h(&context.data, config, now),
            query::coach_learned(&context.data, config),
        )
    };
    // The figures carry words (a setup, a side): in JSON they are data, the
    // same in every language.
    let (
        HistoryReport {
            history: figures,
            volumes,
            mut unreadable,
        },
        rolling,
        coach,
    ) = if json { in_english(read) } else { read() };
    let last_24h = rolling.at(now);
    let text = if json {
        json_text(&StatsJson {
            history: &figures,
            volumes: &volumes,
            last_24h,
            coach: &coach,
        })?
    } else {
        let mut text = summary(config, &figures, &volumes, &last_24h);
        let _ = writeln!(text, "\n{}", coach.sentence());
        text
    };
    unreadable.extend(rolling.unreadable_besides(&unreadable));
    report_unreadable(&unreadable);
    print(&text)
}

/// The figures as a reader wants them: the days, the last 24 hours, the
/// pattern, the triggers.
fn summary(config: &Config, figures: &History, volumes: &Volumes, last_24h: &Last24h) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", facts::period_title(figures.from, figures.to));
    if figures.is_empty() {
        out.push_str(&crate::tr!("cmd-stats-no-sessions"));
        out.push('\n');
        write_last_24h(&mut out, config, last_24h);
        return out;
    }
    write_days(&mut out, config, figures);
    write_last_24h(&mut out, config, last_24h);
    volumes::write_volumes(&mut out, config, volumes);
    write_pattern(&mut out, &figures.pattern);
    write_plans(&mut out, figures);
    write_triggers(&mut out, &figures.triggers);
    out
}

/// The plans, when more than one ran; and how often a session went on
/// long past its last let-down.
fn write_plans(out: &mut String, figures: &History) {
    if figures.by_plan.len() > 1 {
        let _ = writeln!(out, "\n{}", crate::tr!("cmd-stats-by-plan"));
        for plan in &figures.by_plan {
            let _ = writeln!(
                out,
                "  {:<12}  {}",
                format::printable(&plan.plan),
                crate::tr!(
                    "cmd-stats-plan-figures",
                    sessions = plan.sessions,
                    pumping = crate::facts::Length::of(plan.pumping_secs).short(),
                    letdowns = plan.letdown_count
                )
            );
        }
    }
    if let Some(line) = format::went_on(&figures.went_on) {
        let _ = writeln!(out, "\n{line}");
    }
}

fn write_days(out: &mut String, config: &Config, figures: &History) {
    let volume = |ml: Option<f64>| {
        ml.map_or("-".to_string(), |ml| {
            crate::facts::Volume::new(ml, config.units).to_string()
        })
    };
    let _ = writeln!(
        out,
        "\n{:<10}  {:>8}  {:>7}  {:>9}  {}",
        crate::tr!("cmd-stats-head-day"),
        crate::tr!("cmd-stats-head-sessions"),
        crate::tr!("cmd-stats-head-pumping"),
        crate::tr!("cmd-stats-head-letdowns"),
        crate::tr!("cmd-stats-head-volume")
    );
    let (mut sessions, mut secs, mut letdowns, mut ml) = (0, 0.0, 0, None);
    for day in &figures.days {
        let t = &day.totals;
        let _ = writeln!(
            out,
            "{:<10}  {:>8}  {:>7}  {:>9}  {}",
            crate::facts::DayLabel::Medium.of(day.date),
            t.sessions,
            crate::facts::Length::of(t.pumping_secs).short(),
            t.letdowns,
            volume(t.volume_ml)
        );
        sessions += t.sessions;
        secs += t.pumping_secs;
        letdowns += t.letdowns;
        if let Some(v) = t.volume_ml {
            *ml.get_or_insert(0.0) += v;
        }
    }
    if figures.days.len() > 1 {
        let _ = writeln!(
            out,
            "{:<10}  {sessions:>8}  {:>7}  {letdowns:>9}  {}",
            crate::tr!("cmd-stats-total"),
            crate::facts::Length::of(secs).short(),
            volume(ml)
        );
    }
}

/// "Last 24 hours: 7 sessions · 1h52m pumping · 21 let-downs · 700 ml",
/// when there was a session in them.
fn write_last_24h(out: &mut String, config: &Config, figures: &Last24h) {
    if figures.sessions == 0 {
        return;
    }
    let _ = write!(
        out,
        "\n{}",
        crate::tr!(
            "cmd-stats-last-24h",
            figures = format::figures(
                figures.sessions,
                figures.pumping_secs,
                figures.letdown_count,
                figures.volume_ml,
                config.units
            )
        )
    );
    out.push('\n');
}

fn write_pattern(out: &mut String, pattern: &Pattern) {
    let secs =
        |v: Option<f64>| v.map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string());
    let count = pattern.median_letdowns.map_or("-".to_string(), |n| {
        if n.fract() == 0.0 {
            crate::i18n::decimal(n, 0)
        } else {
            crate::i18n::decimal(n, 1)
        }
    });
    let _ = writeln!(
        out,
        "\n{}",
        crate::tr!("cmd-stats-pattern", sessions = pattern.sessions)
    );
    let rows = [
        (
            crate::tr!("cmd-stats-pattern-first"),
            secs(pattern.median_first_letdown_secs),
        ),
        (crate::tr!("cmd-stats-pattern-count"), count),
        (
            crate::tr!("cmd-stats-pattern-between"),
            secs(pattern.median_gap_secs),
        ),
    ];
    let width = rows
        .iter()
        .map(|(label, _)| format::columns(label))
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        let pad = width - format::columns(&label);
        let _ = writeln!(out, "  {label}{:pad$}  {value}", "");
    }
}

fn write_triggers(out: &mut String, triggers: &[TriggerFigures]) {
    let coach = CoachFacts::of(triggers);
    let _ = writeln!(out, "\n{}", coach.note());
    write_prompts(
        out,
        &crate::tr!("cmd-stats-head-trigger"),
        coach.triggers(),
        true,
    );
    write_prompts(out, &crate::tr!("cmd-stats-head-cue"), coach.cues(), false);
}

/// A table of prompts: each one's showings, and how many a let-down
/// followed (with the share, for triggers).
fn write_prompts<'a>(
    out: &mut String,
    title: &str,
    prompts: impl Iterator<Item = &'a TriggerFigures>,
    with_share: bool,
) {
    let prompts: Vec<_> = prompts.collect();
    if prompts.is_empty() {
        return;
    }
    let names: Vec<_> = prompts.iter().map(|t| format::printable(&t.name)).collect();
    let width = names
        .iter()
        .map(|name| format::columns(name))
        .max()
        .unwrap_or(0)
        .max(format::columns(title));
    let pad = width - format::columns(title);
    let _ = writeln!(
        out,
        "\n{title}{:pad$}  {:>5}  {}",
        "",
        crate::tr!("cmd-stats-head-shown"),
        facts::coach::followed_head()
    );
    for (t, name) in prompts.iter().zip(&names) {
        let pad = width.saturating_sub(format::columns(name));
        let _ = write!(
            out,
            "{name}{:pad$}  {:>5}  {}",
            "", t.shown, t.followed_by_letdown
        );
        if with_share {
            let _ = write!(out, " ({})", t.share_followed());
        }
        out.push('\n');
    }
}
