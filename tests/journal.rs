//! The running file under a flood of saves: thousands in a row with no pause
//! (a stuck key, a script), killed at random points, cut at any byte of the
//! save under way. It stays far below what the reader accepts, and every
//! save that returned (a tap the screen confirmed) is found again.

mod common;

use std::fs;

use common::{FakeClock, proptest_runner};
use letdown::config::Config;
use letdown::session::{Command, Engine, Plan};
use letdown::store::{FOLD_AT, StateDir};
use proptest::prelude::*;

/// The most the running file may ever hold with sessions of this size: far
/// under the reader's 8 MiB, whatever the rate of saves.
const BOUND: u64 = 2 * FOLD_AT;

/// A plan whose double-tap guard lets every tap count.
fn plan() -> Plan {
    let mut config = Config::default();
    config.session.double_tap_guard_secs = 0;
    Plan::from_config(&config)
}

/// A temp folder in memory where there is one: thousands of flushes stay quick.
fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir_in("/dev/shm")
        .or_else(|_| tempfile::tempdir())
        .expect("a temp dir")
}

/// One flood: `saves` saves, a tap at every `tap_every`-th, the others the
/// clock's (a heartbeat); at each kill point the save under way is cut at the
/// fraction `cut` of what it wrote, or (for a whole-file rewrite) lost or not.
fn flood(saves: usize, tap_every: usize, kills: &[(usize, f64)]) -> Result<(), TestCaseError> {
    let dir = temp_dir();
    let state = StateDir::new(dir.path().join("state"));
    let clock = FakeClock::default();
    let mut engine = Engine::start(plan(), clock.at(0.0), "test-host");
    state
        .write_running(engine.snapshot(clock.at(0.0)))
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let mut confirmed = 0;
    for save in 1..=saves {
        let at = clock.at(save as f64 * 0.01);
        if save % tap_every == 0 {
            engine.apply(Command::Letdown, at);
        }
        let kill = kills.iter().find(|(k, _)| *k == save);
        let before = kill.map(|_| fs::read(state.running_path()).expect("the running file"));
        state
            .write_running(engine.snapshot(at))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let len = fs::metadata(state.running_path())
            .expect("the running file")
            .len();
        prop_assert!(len <= BOUND, "{len} bytes after save {save}");
        let taps = engine.record().letdowns.len();
        if let (Some(&(_, cut)), Some(before)) = (kill, before) {
            let after = fs::read(state.running_path()).expect("the running file");
            // Killed during this save: the file holds part of it, or for a
            // rewrite, the old file or the new one.
            let torn = if after.starts_with(&before) {
                let end = before.len() + ((after.len() - before.len()) as f64 * cut) as usize;
                after[..end].to_vec()
            } else if cut < 0.5 {
                before
            } else {
                after
            };
            fs::write(state.running_path(), &torn).expect("torn");
            let found = state
                .read_running()
                .map_err(|e| TestCaseError::fail(format!("save {save}: {e}")))?
                .expect("a running session");
            let n = found.letdowns.len();
            prop_assert!(
                confirmed <= n && n <= taps,
                "save {save}: {n} let-downs found, {confirmed} confirmed"
            );
            let times = |record: &letdown::session::SessionRecord| -> Vec<i64> {
                record.letdowns[..confirmed]
                    .iter()
                    .map(|l| (l.at_secs * 10.0).round() as i64)
                    .collect()
            };
            prop_assert_eq!(times(&found), times(engine.record()));
        }
        confirmed = taps;
    }
    let found = state.read_running().expect("readable").expect("present");
    prop_assert_eq!(found.letdowns.len(), confirmed);
    Ok(())
}

#[test]
fn a_flood_of_saves_stays_bounded_and_every_confirmed_tap_survives_a_kill() {
    let strategy = (1500usize..2500, 20usize..40).prop_flat_map(|(saves, tap_every)| {
        (
            Just(saves),
            Just(tap_every),
            proptest::collection::vec((1..=saves, 0.0f64..1.0), 1..8),
        )
    });
    proptest_runner(2)
        .run(&strategy, |(saves, tap_every, kills)| {
            flood(saves, tap_every, &kills)
        })
        .expect("bounded, and nothing confirmed lost");
}
