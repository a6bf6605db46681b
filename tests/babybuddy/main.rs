//! `letdown sync` and the app's auto sync against a small Baby Buddy that
//! the tests start on 127.0.0.1 ([`server`]).

#[path = "../common/mod.rs"]
mod common;

mod auto;
mod server;
mod setup;
mod sync;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use common::{Sandbox, finished_session};
use letdown::session::SessionRecord;
use letdown::store::DataDir;
use server::{FakeBabyBuddy, TOKEN};

/// A household: letdown's folders, and a config whose `[babybuddy]` names
/// `url` (the test's server, most often) with a token file of the right token.
struct Household {
    sandbox: Sandbox,
}

impl Household {
    /// Folders whose config sends to `server`.
    fn of(server: &FakeBabyBuddy) -> Self {
        Self::with_table(&format!(
            "[babybuddy]\nurl = \"{}\"\nchild = 1\ntoken_file = \"token\"\n",
            server.url()
        ))
    }

    /// Folders whose config is `config`, and a token file beside it.
    fn with_table(config: &str) -> Self {
        let sandbox = Sandbox::new();
        let file = sandbox.config_file();
        fs::create_dir_all(file.parent().expect("a folder")).expect("config folder");
        fs::write(&file, config).expect("the config");
        let household = Self { sandbox };
        household.write_token(TOKEN);
        household
    }

    fn token_file(&self) -> PathBuf {
        self.sandbox.path().join("config/letdown/token")
    }

    /// Puts `token` in the token file, readable by its owner only.
    fn write_token(&self, token: &str) {
        let path = self.token_file();
        fs::write(&path, format!("{token}\n")).expect("the token file");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod 600");
    }

    /// Points the config at `server` (keeping the rest of it).
    fn point_at(&self, server: &FakeBabyBuddy) {
        let file = self.sandbox.config_file();
        let text = fs::read_to_string(&file).expect("the config");
        let text: String = text
            .lines()
            .map(|l| {
                if l.starts_with("url = ") {
                    format!("url = \"{}\"\n", server.url())
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        fs::write(&file, text).expect("the config");
    }

    fn data(&self) -> DataDir {
        DataDir::new(self.sandbox.data_dir())
    }

    /// Saves a finished session of `ml` millilitres in all, started at
    /// `started`, with let-downs at 70 and 200 s, lasting 15 minutes.
    fn pumped(&self, started: &str, ml: Option<f64>) -> SessionRecord {
        let record = finished_session(started, &[70.0, 200.0], 900.0, ml);
        self.save(&record);
        record
    }

    fn save(&self, record: &SessionRecord) {
        self.data().save_new(record).expect("the session is saved");
    }

    /// `letdown sync ARGS` in the sandbox.
    fn sync(&self, args: &[&str]) -> std::process::Output {
        self.sandbox
            .letdown()
            .env_remove("LETDOWN_BABYBUDDY_TOKEN")
            .arg("sync")
            .args(args)
            .output()
            .expect("letdown runs")
    }
}

/// What a run printed, both streams, for messages.
fn said(output: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
