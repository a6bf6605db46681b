//! `cargo bench --bench store`: the store and the figures over a generated
//! history of 2,000, 20,000 and 100,000 sessions (ten a day, ending today),
//! and the durable write of one let-down tap.
//!
//! - `read/N/day`, `read/N/30 days`, `read/N/90 days`: `DataDir::read_day`
//!   and `read_range`, parsing every file of those days;
//! - `figures/N/day totals`, `figures/N/history 30`, `figures/N/history 90`:
//!   `day_totals` and `history` over what was read;
//! - `report/N/90 days`: `letdown report --days 90` less the process: the
//!   period read and the HTML page written (`Report::load`, `to_html`);
//! - `tap/write_running`: `StateDir::write_running` of a running session
//!   with three let-downs, flushed to disk as a tap is;
//! - `tap/read_running`: what `letdown status` and recovery read, as one
//!   entry and as the longest journal the heartbeat lets it grow to.
//!
//! The files are read warm (the page cache holds them after the first pass),
//! as they are on a machine where letdown is used every day.
//! `LETDOWN_BENCH_SIZES=2000,20000` picks the sizes (writing 100,000 files
//! takes a few seconds and as much disk as 100,000 small files do).

#[allow(dead_code)] // shared with the examples, which use other parts
mod support {
    pub mod history;
}

use std::fs;
use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate, NaiveTime};
use criterion::{BenchmarkId, Criterion};
use letdown::report::{Report, to_html};
use letdown::stats::{day_totals, history};
use letdown::store::{DataDir, FOLD_AT, StateDir};
use support::history::{Rng, generate, running};

const SEED: u64 = 1;

fn sizes() -> Vec<usize> {
    std::env::var("LETDOWN_BENCH_SIZES").map_or_else(
        |_| vec![2_000, 20_000, 100_000],
        |v| {
            v.split(',')
                .filter_map(|s| s.trim().replace('_', "").parse().ok())
                .collect()
        },
    )
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let today = chrono::Utc::now().date_naive();
    for size in sizes() {
        let dir = tempfile::tempdir().expect("a temp dir");
        generate(dir.path(), size, today, SEED).expect("history written");
        bench_history(&mut c, &DataDir::new(dir.path().to_path_buf()), size, today);
    }
    bench_tap(&mut c, today);
    c.final_summary();
}

fn bench_history(c: &mut Criterion, data: &DataDir, size: usize, today: NaiveDate) {
    let midnight = NaiveTime::MIN;
    let days_back = |n: u64| today.checked_sub_days(Days::new(n - 1)).expect("a date");
    let mut group = c.benchmark_group(format!("read/{size}"));
    group.bench_function("day", |b| {
        b.iter(|| data.read_day(black_box(today), midnight));
    });
    for days in [30, 90] {
        group.bench_function(BenchmarkId::new("days", days), |b| {
            b.iter(|| data.read_range(black_box(days_back(days)), today, midnight));
        });
    }
    group.finish();

    let mut group = c.benchmark_group(format!("figures/{size}"));
    let day = data.read_day(today, midnight);
    assert!(
        !day.sessions.is_empty(),
        "the generated history reaches today"
    );
    group.bench_function("day totals", |b| {
        b.iter(|| day_totals(black_box(&day).sessions.iter().map(|s| &s.record)));
    });
    for days in [30, 90] {
        let from = days_back(days);
        let listing = data.read_range(from, today, midnight);
        group.bench_function(BenchmarkId::new("history", days), |b| {
            b.iter(|| {
                history(
                    black_box(&listing).sessions.iter().map(|s| &s.record),
                    from,
                    today,
                    midnight,
                    Some(300.0),
                )
            });
        });
    }
    group.finish();

    let mut group = c.benchmark_group(format!("report/{size}"));
    let config = letdown::config::Config::default();
    let from = days_back(90);
    group.bench_function("90 days", |b| {
        b.iter(|| {
            let now = chrono::Local::now().fixed_offset();
            let report = Report::load(data, &config, black_box(from), today, now, now);
            to_html(&report).len()
        });
    });
    group.finish();
}

fn bench_tap(c: &mut Criterion, today: NaiveDate) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().join("state"));
    let record = running(&mut Rng(SEED), today);
    let mut group = c.benchmark_group("tap");
    group.bench_function("write_running", |b| {
        b.iter(|| state.write_running(black_box(&record)).expect("written"));
    });
    // What the heartbeat does once the journal is long: it reads back as one entry.
    state.write_running(&record).expect("written");
    state.fold_running().expect("folded");
    group.bench_function("read_running/one entry", |b| {
        b.iter(|| state.read_running().expect("readable"));
    });
    // The longest journal there is: just short of being folded.
    let path = state.running_path();
    while fs::metadata(&path).expect("the running file").len() < FOLD_AT - 4096 {
        state.write_running(&record).expect("written");
    }
    group.bench_function("read_running/long journal", |b| {
        b.iter(|| state.read_running().expect("readable"));
    });
    group.finish();
}
