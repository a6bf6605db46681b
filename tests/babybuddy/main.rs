//! `letdown sync` and the app's auto sync against a small Baby Buddy that
//! the tests start on 127.0.0.1 ([`server`]).

#[path = "../common/mod.rs"]
mod common;

mod advice;
mod auto;
mod household;
mod http;
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
    /// Another household's data dir, shared as Syncthing would.
    shared: Option<PathBuf>,
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
        let household = Self {
            sandbox,
            shared: None,
        };
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

    /// Another machine with folders of its own, whose config is `config`,
    /// sharing this household's data dir.
    fn sharing(&self, config: &str) -> Self {
        let mut other = Self::with_table(config);
        other.shared = Some(self.sandbox.data_dir());
        other
    }

    fn data(&self) -> DataDir {
        DataDir::new(
            self.shared
                .clone()
                .unwrap_or_else(|| self.sandbox.data_dir()),
        )
    }

    /// Adds `line` to the config.
    fn configure(&self, line: &str) {
        let file = self.sandbox.config_file();
        let text = fs::read_to_string(&file).expect("the config");
        fs::write(&file, format!("{line}\n{text}")).expect("the config");
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

    /// This machine's record of session `id` sent to `server` (child 1).
    fn sent_record(&self, server: &FakeBabyBuddy, id: &str) -> PathBuf {
        let folder = self.sandbox.data_dir().join(format!(
            "babybuddy/localhost-{}.child-1",
            server.addr.port()
        ));
        assert!(folder.is_dir(), "{}", folder.display());
        let mut found: Vec<PathBuf> = fs::read_dir(&folder)
            .expect("the records")
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("{id}@")))
            })
            .collect();
        assert_eq!(found.len(), 1, "one record of {id}: {found:?}");
        found.remove(0)
    }

    /// `letdown sync ARGS` in the sandbox.
    fn sync(&self, args: &[&str]) -> std::process::Output {
        let mut command = self.sandbox.letdown();
        if let Some(data) = &self.shared {
            command.env("LETDOWN_DATA_DIR", data);
        }
        command
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
