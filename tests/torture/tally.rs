//! What the torture tests count, and the line each prints at its end.

use std::fmt::Write as _;
use std::time::Duration;

/// The figures a test prints at its end.
#[derive(Debug, Default)]
pub struct Tally {
    pub runs: usize,
    pub stops: usize,
    /// Stops with the last tap perhaps not yet saved.
    pub in_flight: usize,
    pub sent: usize,
    pub confirmed: usize,
    pub recovered: usize,
    pub lost: usize,
    pub exit_times: Vec<Duration>,
    pub cpu_shares: Vec<f64>,
    /// CPU time used from the terminal's loss to the exit.
    pub cpu_after_loss: Vec<Duration>,
}

impl Tally {
    pub fn print(&self, what: &str) {
        let mut line = format!(
            "{what}: {} runs, {} stopped ({} with a tap in flight), {} taps sent, \
             {} confirmed, {} recovered, {} lost",
            self.runs,
            self.stops,
            self.in_flight,
            self.sent,
            self.confirmed,
            self.recovered,
            self.lost
        );
        if let Some(slowest) = self.exit_times.iter().max() {
            let mean = self.exit_times.iter().sum::<Duration>() / self.exit_times.len() as u32;
            let _ = write!(
                line,
                "; exit after {mean:.0?} on average, {slowest:.0?} at most"
            );
        }
        if let Some(most) = self.cpu_shares.iter().copied().reduce(f64::max) {
            let _ = write!(
                line,
                "; CPU in the last second at most {:.1} %",
                most * 100.0
            );
        }
        if let Some(most) = self.cpu_after_loss.iter().max() {
            let _ = write!(line, ", from the loss to the exit at most {most:.0?}");
        }
        println!("{line}");
        assert_eq!(self.lost, 0, "confirmed let-downs were lost");
    }
}
