//! Writes a generated pumping history into a data dir, for trying letdown on
//! years of sessions or for timing it by hand:
//!
//! ```sh
//! cargo run --release --example gen_history -- DIR [SESSIONS] [SEED]
//! letdown --data-dir DIR log
//! ```
//!
//! SESSIONS (default 20000) are spread ten a day over the days up to today
//! (UTC); the same SEED (default 1) gives the same files.

#[allow(dead_code)] // shared with the benchmarks, which use more of it
#[path = "../benches/support/history.rs"]
mod history;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen_history DIR [SESSIONS] [SEED]");
        return ExitCode::from(2);
    };
    let number = |arg: Option<String>, default: u64| {
        arg.map_or(Ok(default), |a| a.replace('_', "").parse::<u64>())
    };
    let (Ok(sessions), Ok(seed)) = (number(args.next(), 20_000), number(args.next(), 1)) else {
        eprintln!("SESSIONS and SEED are whole numbers");
        return ExitCode::from(2);
    };
    let today = chrono::Utc::now().date_naive();
    let began = Instant::now();
    match history::generate(&dir, sessions as usize, today, seed) {
        Ok(written) => {
            println!(
                "{} sessions, {} to {}, in {} ({:.1} s)",
                written.sessions,
                written.first_day,
                written.last_day,
                dir.display(),
                began.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("gen_history: {err}");
            ExitCode::FAILURE
        }
    }
}
