//! The command line, as clap sees it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::builder::{OsStringValueParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;

use crate::session::Comfort;

/// A gentle coach for pumping: let-down triggers, one key at each let-down,
/// and every session kept as a small plain-text file.
#[derive(Debug, Parser)]
#[command(name = "letdown", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every command takes. An empty value (`LETDOWN_CONFIG=` left in a
/// shell profile) names nothing, as with the XDG variables: read them through
/// [`Global::named_config`] and [`Global::named_data_dir`].
#[derive(Debug, Clone, Default, Args)]
pub struct Global {
    /// The config file to use
    #[arg(
        long,
        global = true,
        env = "LETDOWN_CONFIG",
        value_name = "PATH",
        value_parser = path_or_empty()
    )]
    pub config: Option<PathBuf>,
    /// The data dir to use, over the config's `data_dir`
    #[arg(
        long,
        global = true,
        env = "LETDOWN_DATA_DIR",
        value_name = "PATH",
        value_parser = path_or_empty()
    )]
    pub data_dir: Option<PathBuf>,
    /// Line mode: plain lines of text, no full screen, for screen readers
    /// and small links (also on a dumb terminal)
    #[arg(
        long,
        global = true,
        env = "LETDOWN_PLAIN",
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub plain: bool,
}

impl Global {
    /// The config file named on the command line or in the environment.
    #[must_use]
    pub fn named_config(&self) -> Option<&Path> {
        non_empty(self.config.as_deref())
    }

    /// The data dir named on the command line or in the environment.
    #[must_use]
    pub fn named_data_dir(&self) -> Option<&Path> {
        non_empty(self.data_dir.as_deref())
    }
}

fn non_empty(path: Option<&Path>) -> Option<&Path> {
    path.filter(|p| !p.as_os_str().is_empty())
}

/// Any path, the empty one included (clap's own path parser refuses it).
fn path_or_empty() -> impl TypedValueParser<Value = PathBuf> {
    OsStringValueParser::new().map(PathBuf::from)
}

/// Where a command's `-o` writes: `-` is standard output for every command
/// that takes `-o` (`./-` names a file called `-`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    Stdout,
    File(PathBuf),
}

fn output_arg() -> impl TypedValueParser<Value = Output> {
    OsStringValueParser::new().map(|text| {
        if text == "-" {
            Output::Stdout
        } else {
            Output::File(PathBuf::from(text))
        }
    })
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Start a pumping session straight away
    Start {
        /// The plan: standard, power, hands-on, or one of the config's;
        /// the one used last when left out
        #[arg(long, value_name = "NAME")]
        plan: Option<String>,
    },
    /// Print a day's sessions as a table (or JSON)
    Log {
        /// The day: YYYY-MM-DD, today or yesterday; today when left out
        #[arg(value_parser = day_arg)]
        date: Option<DayArg>,
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Print the history figures of the last days as text (or JSON)
    Stats {
        /// How many days to cover, today included (1 to 3660)
        #[arg(long, default_value_t = 7, value_parser = clap::value_parser!(u32).range(1..=3660))]
        days: u32,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Print one short line for a tmux or shell status bar
    Status {
        /// Print the same facts as JSON fields
        #[arg(long)]
        json: bool,
        /// Print a new line (or JSON object) at each change, at most once a second, until stopped
        #[arg(long)]
        follow: bool,
    },
    /// Record a let-down in the session running in another terminal
    Tap,
    /// Take back the last let-down of the running session; reopen one `letdown end` ended
    Undo,
    /// Pause the running session, or resume it when paused
    Pause,
    /// Move the running session to its next phase
    Next,
    /// End the running session and save it without the summary (`v` on the day screen fills it in later)
    End,
    /// Write sessions out as CSV or JSON
    Export {
        /// The first day: YYYY-MM-DD, today or yesterday; the oldest day kept when left out
        #[arg(long, value_name = "DATE", value_parser = day_arg)]
        from: Option<DayArg>,
        /// The last day: YYYY-MM-DD, today or yesterday; the newest day kept when left out
        #[arg(long, value_name = "DATE", value_parser = day_arg)]
        to: Option<DayArg>,
        /// csv (one row per session) or json (the session files' fields)
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write to this file instead of standard output (- for standard output)
        #[arg(short, long, value_name = "FILE", value_parser = output_arg())]
        output: Option<Output>,
    },
    /// Write a report of the last days to bring to a lactation consultant: one self-contained HTML page, or Markdown
    Report(ReportArgs),
    /// Add the sessions of a file that `letdown export` wrote
    Import {
        /// A CSV or JSON export; sessions already present are skipped
        file: PathBuf,
    },
    /// Send finished sessions to Baby Buddy (`[babybuddy]` in the config)
    Sync {
        /// Say what would be sent, and send nothing
        #[arg(long)]
        dry_run: bool,
        /// Only the sessions of this day and after: YYYY-MM-DD, today or yesterday
        #[arg(long, value_name = "DATE", value_parser = day_arg)]
        since: Option<DayArg>,
        /// Put the session's amount and times back over an entry whose were changed in Baby Buddy
        #[arg(long)]
        overwrite: bool,
        /// Make an overlapping entry of another session (one letdown sent) this session's, if it has none
        #[arg(long)]
        replace: bool,
        /// Send this session again as a new entry (after its entry was deleted there, say)
        #[arg(long, value_name = "ID", conflicts_with = "link")]
        resend: Option<String>,
        /// Take Baby Buddy entry ENTRY (one entered by hand, say) as session ID's
        #[arg(long, num_args = 2, value_names = ["ID", "ENTRY"])]
        link: Option<Vec<String>>,
    },
    /// Add a session that happened without letdown (marked as entered by hand)
    Add(Box<AddArgs>),
    /// List the sessions deleted on the day screen, bring one back, or empty the trash
    Trash {
        /// list when left out
        #[command(subcommand)]
        action: Option<TrashAction>,
    },
    /// Compare two conditions over your next sessions (a warm compress or none, one flange size or another)
    Experiment {
        #[command(subcommand)]
        action: ExperimentAction,
    },
    /// Where the config is, write the default, check it, or show it
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
    /// Print shell completions
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: Shell,
    },
}

/// What `letdown add` is told about a session. Volumes are in the
/// configured units unless they say ("40ml", "1.5oz").
#[derive(Debug, Clone, Args)]
pub struct AddArgs {
    /// When it started: 07:10, 19:10 or 7:10pm
    #[arg(long, value_name = "HH:MM")]
    pub at: String,
    /// The day it counts toward: YYYY-MM-DD, today or yesterday; today when left out
    #[arg(long, value_name = "DATE", value_parser = day_arg)]
    pub date: Option<DayArg>,
    /// How long it lasted: minutes (20), or hours and minutes (1h05)
    #[arg(long, value_name = "N")]
    pub mins: String,
    /// How many let-downs it had
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub letdowns: Option<u32>,
    /// The left side's volume, in the configured units unless it says ("40ml", "1.5oz")
    #[arg(long, value_name = "VOLUME", allow_hyphen_values = true)]
    pub left: Option<String>,
    /// The right side's volume
    #[arg(long, value_name = "VOLUME", allow_hyphen_values = true)]
    pub right: Option<String>,
    /// The total volume (or left and right)
    #[arg(long, value_name = "VOLUME", allow_hyphen_values = true)]
    pub total: Option<String>,
    /// How it felt: fine, tender or painful
    #[arg(long, value_name = "C", value_parser = comfort_arg)]
    pub comfort: Option<Comfort>,
    /// A note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// The pump, as you name it; any setup option starts from the last session's setup
    #[arg(long, value_name = "NAME")]
    pub pump: Option<String>,
    /// The flange size in mm: 24, or 24/21 for left/right
    #[arg(long, value_name = "MM")]
    pub flange: Option<String>,
    /// The suction level as the pump shows it: a number or a word
    #[arg(long, value_name = "LEVEL")]
    pub suction: Option<String>,
    /// Which sides: both, left, right or one-at-a-time
    #[arg(long, value_name = "SIDES")]
    pub sides: Option<String>,
    /// How: pump, hand or pump+hand
    #[arg(long, value_name = "METHOD")]
    pub method: Option<String>,
    /// Add it even when it overlaps another session
    #[arg(long)]
    pub force: bool,
}

/// Which days `letdown report` covers, how, and where it writes.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// How many days, ending on --to (today when left out); 14 when neither --days nor --from is given (1 to 3660)
    #[arg(long, value_name = "N", conflicts_with = "from", value_parser = clap::value_parser!(u32).range(1..=3660))]
    pub days: Option<u32>,
    /// The first day: YYYY-MM-DD, today or yesterday
    #[arg(long, value_name = "DATE", value_parser = day_arg)]
    pub from: Option<DayArg>,
    /// The last day: YYYY-MM-DD, today or yesterday; today when left out
    #[arg(long, value_name = "DATE", value_parser = day_arg)]
    pub to: Option<DayArg>,
    /// html (one page, to print or keep) or md (Markdown text, to paste into a message)
    #[arg(long, value_enum, default_value_t = ReportFormat::Html)]
    pub format: ReportFormat,
    /// Write to this file (- for standard output); report.html (or report.md) in the current folder when left out
    #[arg(short, long, value_name = "FILE", value_parser = output_arg())]
    pub output: Option<Output>,
    /// Replace report.html (or report.md) when it is there already
    #[arg(long)]
    pub force: bool,
}

/// What `letdown report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Html,
    Md,
}

/// Reads a comfort word.
fn comfort_arg(text: &str) -> Result<Comfort, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "fine" => Ok(Comfort::Fine),
        "tender" => Ok(Comfort::Tender),
        "painful" => Ok(Comfort::Painful),
        _ => Err("use fine, tender or painful".to_string()),
    }
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum ConfigAction {
    /// Print where the config file is (or would be)
    Path,
    /// Write the commented default config, if there is none yet
    Init,
    /// Check the config and every session file, and list what is wrong
    Check,
    /// Print the config in effect, defaults included
    Show,
}

/// What `letdown experiment` does.
#[derive(Debug, Clone, Subcommand)]
pub enum ExperimentAction {
    /// Start an experiment: each new session draws A or B (one of each every two sessions)
    New {
        /// Its name: letters, digits, - or _ (it names its file in the data dir)
        name: String,
        /// Condition A, in your words ("warm compress first")
        #[arg(long, value_name = "TEXT")]
        a: String,
        /// Condition B, in your words ("no compress")
        #[arg(long, value_name = "TEXT")]
        b: String,
        /// Sessions planned for each condition (1 to 500)
        #[arg(long, default_value_t = crate::experiment::DEFAULT_SESSIONS,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::experiment::MAX_SESSIONS)))]
        sessions: u32,
        /// B's sessions run this plan
        #[arg(long, value_name = "PLAN", conflicts_with = "skip_phase_b")]
        plan_b: Option<String>,
        /// B's sessions leave out this phase (by its name)
        #[arg(long, value_name = "PHASE")]
        skip_phase_b: Option<String>,
    },
    /// List the experiments, the newest first
    List,
    /// Print an experiment's figures: each condition's, and the difference
    Show {
        /// The experiment's name
        name: String,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// End an experiment: new sessions draw no condition; its figures stay
    End {
        /// The experiment's name
        name: String,
    },
}

/// What `letdown trash` does.
#[derive(Debug, Clone, Subcommand)]
pub enum TrashAction {
    /// List what is in the trash, the newest session first
    List,
    /// Put a session back in its day, by its id (as the list shows it)
    Restore {
        /// The session's id
        id: String,
    },
    /// Delete what is in the trash for good (asks first)
    Empty {
        /// Only what was deleted more than this many days ago (a delete sets the file's modification time)
        #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(..=36_600))]
        older_than: Option<u32>,
        /// Do not ask (needed without a terminal)
        #[arg(long, short)]
        yes: bool,
    },
}

/// A day as the user names it on the command line. `today` and `yesterday`
/// are resolved against the day the config counts (`day_starts_at`), which
/// only the command knows, so they stay words until then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayArg {
    Today,
    Yesterday,
    On(NaiveDate),
}

impl DayArg {
    /// The date this names, `today` being the day the config counts now.
    #[must_use]
    pub fn resolve(self, today: NaiveDate) -> NaiveDate {
        match self {
            Self::Today => today,
            Self::Yesterday => today.pred_opt().unwrap_or(today),
            Self::On(date) => date,
        }
    }
}

/// Reads a DATE argument; clap shows the refusal after the value it quotes.
fn day_arg(text: &str) -> Result<DayArg, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "today" => Ok(DayArg::Today),
        "yesterday" => Ok(DayArg::Yesterday),
        other => NaiveDate::parse_from_str(other, "%Y-%m-%d")
            .map(DayArg::On)
            .map_err(|_| "use YYYY-MM-DD, or today / yesterday".to_string()),
    }
}

/// What `letdown export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_a_date_or_a_word() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).expect("a date");
        let day = |text| day_arg(text).map(|d| d.resolve(today));
        assert_eq!(day("today"), Ok(today));
        assert_eq!(
            day("Yesterday"),
            NaiveDate::from_ymd_opt(2026, 2, 28).ok_or_else(String::new)
        );
        assert_eq!(
            day("2026-11-23"),
            NaiveDate::from_ymd_opt(2026, 11, 23).ok_or_else(String::new)
        );
        assert!(day("2026-13-01").is_err());
        assert!(day("nope").is_err());
    }
}
