//! Crash torture: the real binary, tapped a random number of times, is killed
//! (`kill -9`), signalled (SIGTERM, SIGINT, SIGHUP) or loses its terminal at
//! a random moment, a tap still in flight included. Every tap the screen had
//! confirmed must be in the session the next start offers to resume.
//!
//! `LETDOWN_TORTURE_RUNS` sets the number of runs (default 6; 30 for the full
//! torture) and `LETDOWN_TORTURE_SEED` repeats a run's random choices. Run
//! with `--nocapture` to see the figures.

mod pty_harness;
#[path = "torture/tally.rs"]
mod tally;

use std::thread;
use std::time::{Duration, Instant};

use letdown::session::Timestamp;
use pty_harness::procfs::CpuSamples;
use pty_harness::{Home, Pty};
use tally::Tally;

/// Runs when `LETDOWN_TORTURE_RUNS` is not set: enough to catch a lost tap
/// now and then while `cargo test` stays quick.
const DEFAULT_RUNS: usize = 6;
/// The most taps in one round.
const MAX_TAPS: usize = 8;
/// How long a signalled program or one without a terminal may take to leave.
const LEAVE_WITHIN: Duration = Duration::from_secs(2);
/// The share of one core a program without a terminal may use in its last
/// second: far above an idle loop, far below a spinning one.
const MAX_CPU_SHARE: f64 = 0.5;
/// The CPU time a program may use from losing its terminal to its exit:
/// saving takes a few milliseconds; spinning until a quarter-second check
/// notices takes ten times that.
const MAX_CPU_AFTER_LOSS: Duration = Duration::from_millis(50);
const COLS: u16 = 100;
const ROWS: u16 = 30;

/// One long first phase, so every tap lands in it; taps count however fast
/// they come; no desktop notifications.
const CONFIG: &str = r#"
[session]
double_tap_guard_secs = 0

[notifications]
desktop = false

[[phases]]
name = "Massage"
secs = 600
prompt = "Gently massage toward the nipple."

[[phases]]
name = "Pump"
prompt = "Keep pumping."
"#;

/// The random choices of one test, repeatable from its seed.
struct Dice {
    rng: fastrand::Rng,
    runs: usize,
}

impl Dice {
    /// Dice for the test named `what`; prints the seed that repeats them.
    fn new(what: &str) -> Self {
        let seed = std::env::var("LETDOWN_TORTURE_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| fastrand::u64(..));
        let runs = std::env::var("LETDOWN_TORTURE_RUNS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(DEFAULT_RUNS);
        println!("{what}: seed {seed} (LETDOWN_TORTURE_SEED={seed} repeats it), {runs} runs");
        Self {
            rng: fastrand::Rng::with_seed(seed),
            runs,
        }
    }
}

/// When, relative to the last tap, the program is stopped.
#[derive(Debug, Clone, Copy)]
enum Moment {
    /// Right after the key is sent, without waiting for anything.
    MidTap,
    /// A few milliseconds after the key, while it may be being written.
    JustAfter(Duration),
    /// Some time after the screen confirmed it.
    Settled(Duration),
}

impl Moment {
    fn roll(rng: &mut fastrand::Rng) -> Self {
        match rng.u8(0..3) {
            0 => Self::MidTap,
            1 => Self::JustAfter(Duration::from_micros(rng.u64(0..10_000))),
            _ => Self::Settled(Duration::from_millis(rng.u64(0..300))),
        }
    }
}

/// One stretch of tapping, up to the moment the program is stopped.
#[derive(Debug)]
struct Round {
    /// Let-downs in the session before this round.
    before: usize,
    sent: usize,
    /// The highest count the screen confirmed, in all.
    confirmed: usize,
    moment: Moment,
}

impl Round {
    /// Taps a random number of times, some confirmed before the next key,
    /// some sent in a burst, and returns at the moment to stop the program.
    fn play(pty: &Pty, rng: &mut fastrand::Rng, before: usize) -> Self {
        let sent = rng.usize(0..=MAX_TAPS);
        let moment = Moment::roll(rng);
        let mut confirmed = before;
        for n in before + 1..=before + sent {
            pty.send(b" ");
            let last = n == before + sent;
            if (last && matches!(moment, Moment::Settled(_))) || (!last && rng.bool()) {
                pty.wait_for(&format!("let-down {n} saved"));
                confirmed = n;
            }
        }
        match moment {
            Moment::MidTap => {}
            Moment::JustAfter(delay) | Moment::Settled(delay) => thread::sleep(delay),
        }
        Self {
            before,
            sent,
            confirmed,
            moment,
        }
    }

    /// Takes in what the screen showed last, once the program is gone.
    fn read_screen(&mut self, pty: &Pty) {
        self.confirmed = self.confirmed.max(shown_count(&pty.contents()));
    }

    /// Checks the session left in the state folder against what was
    /// confirmed and sent; returns its let-down count.
    fn check(&self, home: &Home, tally: &mut Tally, context: &str) -> usize {
        let recovered = home.running().letdowns.len();
        tally.stops += 1;
        if self.sent > 0 && !matches!(self.moment, Moment::Settled(_)) {
            tally.in_flight += 1;
        }
        tally.sent += self.sent;
        tally.confirmed += self.confirmed - self.before;
        tally.recovered += recovered.saturating_sub(self.before);
        tally.lost += self.confirmed.saturating_sub(recovered);
        assert!(
            self.confirmed <= recovered && recovered <= self.before + self.sent,
            "{context}: {self:?}, but {recovered} let-downs recovered"
        );
        recovered
    }

    /// The same after a signal or a lost terminal, which also save the
    /// clock on the way out.
    fn check_saved(
        &self,
        home: &Home,
        before: Timestamp,
        tally: &mut Tally,
        context: &str,
    ) -> usize {
        assert!(
            home.heartbeat() > before,
            "{context}: not saved on the way out"
        );
        self.check(home, tally, context)
    }
}

/// The let-down count the screen shows: the counter, or the confirmation of
/// the last tap if the counter was not redrawn yet.
fn shown_count(screen: &str) -> usize {
    let after = |text: &str, marker: &str| -> Vec<usize> {
        text.match_indices(marker)
            .filter_map(|(at, _)| {
                let digits: String = text[at + marker.len()..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                digits.parse().ok()
            })
            .collect()
    };
    after(screen, "Let-downs ")
        .into_iter()
        .chain(
            after(screen, "let-down ")
                .into_iter()
                .filter(|&n| screen.contains(&format!("let-down {n} saved"))),
        )
        .max()
        .unwrap_or(0)
}

/// Temp files in the state folder: a write the kill cut short leaves one,
/// and the next start must clear them away.
fn leftovers(home: &Home) -> Vec<String> {
    std::fs::read_dir(home.state_dir())
        .expect("the state folder")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.starts_with(".tmp-"))
        .collect()
}

/// Starts `letdown start` and waits for the new session's first frame.
fn start(home: &Home) -> Pty {
    let pty = home.spawn(&["start"], COLS, ROWS);
    pty.wait_for("Massage");
    pty
}

/// How a restart goes on from the offer to resume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Then {
    /// Leave the offer on screen.
    Stay,
    /// Resume, and wait until the screen shows the session again.
    Resume,
    /// Resume, and go on at once: the next key or kill may meet the resume
    /// still being written.
    ResumeInFlight,
}

/// Starts letdown again and checks that it offers the session left behind
/// with `count` let-downs, and has cleared away what a cut-short write left.
fn restart(home: &Home, count: usize, then: Then) -> Pty {
    let pty = home.spawn(&["start"], COLS, ROWS);
    pty.wait_for("A session was interrupted");
    let plural = if count == 1 { "" } else { "s" };
    pty.wait_for(&format!(", {count} let-down{plural}."));
    assert_eq!(
        leftovers(home),
        Vec::<String>::new(),
        "left by the last write"
    );
    if then != Then::Stay {
        pty.send(b"r");
    }
    if then == Then::Resume {
        pty.wait_for("resumed; the time away is kept as a pause");
        pty.wait_until(&format!("the counter at {count}"), |screen| {
            shown_count(&screen.contents()) == count
        });
    }
    pty
}

/// Waits for the program to be gone within `within`; returns how long it
/// took. It must leave on its own: no abort, no death by a signal. Without
/// a terminal to draw on, it may say so with exit code 1.
fn wait_gone(pty: &mut Pty, since: Instant, within: Duration, context: &str) -> Duration {
    let Some(status) = pty.wait_exit(within) else {
        panic!(
            "{context}: still running {:?} later; the screen:\n{}",
            since.elapsed(),
            pty.contents()
        );
    };
    let took = since.elapsed();
    assert_eq!(status.signal(), None, "{context}: {status:?}");
    assert!(status.exit_code() <= 1, "{context}: {status:?}");
    took
}

#[test]
fn kill_9_at_random_moments_loses_no_confirmed_tap() {
    let mut dice = Dice::new("kill -9");
    let mut tally = Tally::default();
    for run in 0..dice.runs {
        let home = Home::new(CONFIG);
        let mut pty = start(&home);
        let mut count = 0;
        // One to three kills in a row, each followed by a resume.
        let kills = dice.rng.usize(1..=3);
        for kill in 1..=kills {
            let mut round = Round::play(&pty, &mut dice.rng, count);
            pty.kill_9();
            pty.wait_drained();
            round.read_screen(&pty);
            count = round.check(&home, &mut tally, &format!("run {run}, kill {kill}"));
            drop(pty);
            let then = match (kill < kills, dice.rng.bool()) {
                (false, _) => Then::Stay,
                (true, true) => Then::Resume,
                (true, false) => Then::ResumeInFlight,
            };
            pty = restart(&home, count, then);
        }
        tally.runs += 1;
    }
    tally.print("kill -9");
}

#[test]
fn signals_at_random_moments_save_restore_and_exit() {
    let mut dice = Dice::new("signals");
    let mut tally = Tally::default();
    for run in 0..dice.runs {
        let signal = ["TERM", "INT", "HUP"][run % 3];
        let context = format!("run {run}, SIG{signal}");
        let home = Home::new(CONFIG);
        let mut pty = start(&home);
        let mut round = Round::play(&pty, &mut dice.rng, 0);
        let before = home.heartbeat();
        let since = Instant::now();
        pty.signal(signal);
        let took = wait_gone(&mut pty, since, LEAVE_WITHIN, &context);
        tally.exit_times.push(took);
        pty.wait_drained();
        round.read_screen(&pty);
        assert!(
            !pty.is_alternate_screen() && pty.is_cursor_shown(),
            "{context}: the terminal was not put back"
        );
        let count = round.check_saved(&home, before, &mut tally, &context);
        drop(pty);
        drop(restart(&home, count, Then::Stay));
        tally.runs += 1;
    }
    tally.print("signals");
}

/// Samples a process's CPU time every few milliseconds until it is gone.
fn sample_cpu(pid: u32) -> thread::JoinHandle<CpuSamples> {
    thread::spawn(move || {
        let mut samples = CpuSamples::new(pid);
        while samples.sample() {
            thread::sleep(Duration::from_millis(10));
        }
        samples
    })
}

#[test]
fn a_lost_terminal_exits_without_spinning() {
    let mut dice = Dice::new("lost terminal");
    let mut tally = Tally::default();
    for run in 0..dice.runs.div_ceil(3) {
        let context = format!("run {run}, terminal lost");
        let home = Home::new(CONFIG);
        // The shell ignores SIGHUP: only the hung-up terminal tells letdown.
        let mut pty = home.spawn_under_shell(&["start"], COLS, ROWS);
        pty.wait_for("Massage");
        let sampling = sample_cpu(pty.pid_under_shell());
        // A while with nothing to do (the test's input, not a wait for the
        // program), so that its last second is its own, not its start-up's.
        thread::sleep(Duration::from_millis(dice.rng.u64(1000..1300)));
        let round = Round::play(&pty, &mut dice.rng, 0);
        let before = home.heartbeat();
        // Half the time with a key on its way, half while it sits idle.
        if dice.rng.bool() {
            pty.close_terminal();
        } else {
            pty.close_terminal_when_idle();
        }
        let lost = Instant::now();
        wait_gone(&mut pty, lost, LEAVE_WITHIN, &context);
        let samples = sampling.join().expect("the sampler");
        let gone = samples.last_seen().expect("samples");
        tally.exit_times.push(gone.saturating_duration_since(lost));
        let (share, window) = samples.share_of_last_second().expect("a window");
        assert!(
            share < MAX_CPU_SHARE,
            "{context}: {:.0} % of a core over its last {window:?}",
            share * 100.0
        );
        tally.cpu_shares.push(share);
        let (used, _) = samples.used_since(lost).expect("a window");
        assert!(
            used <= MAX_CPU_AFTER_LOSS,
            "{context}: {used:?} of CPU from the loss to the exit: it spun"
        );
        tally.cpu_after_loss.push(used);
        let count = round.check_saved(&home, before, &mut tally, &context);
        drop(pty);
        drop(restart(&home, count, Then::Stay));
        tally.runs += 1;
    }
    tally.print("lost terminal");
}

/// How many `letdown tap` a flood sends: enough that a journal of whole
/// saves that is never folded would pass what the reader accepts.
const FLOOD_TAPS: usize = 600;

#[test]
fn a_flood_of_taps_without_a_pause_is_all_found_after_kill_9() {
    let home = Home::new(CONFIG);
    let mut pty = start(&home);
    let mut confirmed = 0;
    let mut largest = 0;
    for _ in 0..FLOOD_TAPS {
        if home.run(&["tap"]).status.code() == Some(0) {
            confirmed += 1;
        }
        largest = largest.max(
            std::fs::metadata(home.running_file())
                .expect("the running file")
                .len(),
        );
    }
    pty.kill_9();
    pty.wait_drained();
    println!(
        "flood: {FLOOD_TAPS} taps sent, {confirmed} confirmed, the running file {largest} bytes at most"
    );
    assert_eq!(confirmed, FLOOD_TAPS, "every tap answered done");
    assert_eq!(home.running().letdowns.len(), confirmed);
    drop(pty);
    drop(restart(&home, confirmed, Then::Stay));
}
