//! The host alone, with no screen: driven by a fake clock in temp folders.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use tempfile::TempDir;

use super::{Answer, Ask, Asking, Event, Host, NotNow, Said, Tone, reply};
use crate::config::{Config, Hooks};
use crate::context::Context;
use crate::hooks::{HookEvent, HookKind};
use crate::remote::{Reply, Request};
use crate::session::{Command, Message, Now};
use crate::store::{DataDir, StateDir};

/// Both clocks, moved only when told.
#[derive(Clone, Copy)]
struct Clock {
    base: Instant,
    wall: DateTime<FixedOffset>,
}

impl Clock {
    fn new() -> Self {
        Self {
            base: Instant::now(),
            wall: DateTime::parse_from_rfc3339("2026-11-23T07:14:05+01:00").expect("start"),
        }
    }

    fn at(self, secs: f64) -> Now {
        let since = Duration::from_secs_f64(secs);
        Now {
            mono: self.base + since,
            wall: self.wall + chrono::Duration::from_std(since).expect("duration"),
        }
    }
}

/// A host with the lock and a session begun at 0 s, in its own folders.
struct Bench {
    host: Host,
    context: Context,
    clock: Clock,
    _temp: TempDir,
}

impl Bench {
    fn new() -> Self {
        Self::with(Config::default(), |temp| temp.join("data"))
    }

    /// With `config`, and the data dir `data` names inside the temp folder.
    fn with(config: Config, data: impl Fn(&std::path::Path) -> std::path::PathBuf) -> Self {
        Self::on_plan(config, data, None)
    }

    /// [`Bench::with`], the session on the plan of that name.
    fn on_plan(
        config: Config,
        data: impl Fn(&std::path::Path) -> std::path::PathBuf,
        plan: Option<&str>,
    ) -> Self {
        let temp = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(temp.path().join("state"));
        let context = Context {
            config,
            config_path: temp.path().join("config.toml"),
            config_found: false,
            data: DataDir::new(data(temp.path())).with_waiting(state.unsaved_dir()),
            state,
        };
        let clock = Clock::new();
        let lock = context.state.lock().expect("the lock");
        let mut host = Host::new(&context, Some(lock), clock.at(0.0));
        host.begin(plan.map(str::to_string), clock.at(0.0));
        Self {
            host,
            context,
            clock,
            _temp: temp,
        }
    }

    /// What a key asks, through the host's door, as a request's reply.
    fn key(&mut self, command: Command, secs: f64) -> Reply {
        let now = self.clock.at(secs);
        self.host.tick(now);
        let answer = self.host.apply(Ask::Session(command), now);
        self.host.beat(now);
        reply(&answer)
    }

    fn request(&mut self, request: Request, secs: f64) -> Reply {
        let now = self.clock.at(secs);
        self.host.tick(now);
        self.host.on_request(request, now)
    }

    fn on_disk(&self) -> usize {
        self.context
            .state
            .read_running()
            .expect("the running file reads")
            .map_or(0, |r| r.letdowns.len())
    }

    fn said(&mut self) -> Vec<Said> {
        self.host
            .take_events()
            .into_iter()
            .filter_map(|e| match e {
                Event::Said(said) => Some(said),
                _ => None,
            })
            .collect()
    }
}

fn hooks(events: &[Event]) -> Vec<&HookEvent> {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Hook(hook) => Some(hook),
            _ => None,
        })
        .collect()
}

#[test]
fn a_key_and_a_request_get_the_same_answer() {
    let (mut keys, mut remote) = (Bench::new(), Bench::new());
    let script = [
        (Command::Letdown, Request::Tap, 70.0),
        // Within the double-tap guard: ignored, and said so, the same way.
        (Command::Letdown, Request::Tap, 71.0),
        (Command::Undo, Request::Undo, 80.0),
        (Command::Undo, Request::Undo, 81.0),
        (Command::TogglePause, Request::Pause, 90.0),
        (Command::TogglePause, Request::Pause, 100.0),
        (Command::NextPhase, Request::Next, 110.0),
        (Command::Letdown, Request::Tap, 120.0),
    ];
    for (command, request, secs) in script {
        let by_key = keys.key(command, secs);
        assert_eq!(
            by_key,
            remote.request(request, secs),
            "{request:?} at {secs}"
        );
        assert!(matches!(by_key, Reply::Done(_)), "{by_key:?}");
    }
    assert_eq!(
        keys.key(Command::Letdown, 121.0),
        Reply::Done("tap ignored: within 3 s of the last".to_string())
    );
    remote.request(Request::Tap, 121.0);
    let ended = keys.host.apply(Ask::End, keys.clock.at(130.0));
    assert!(
        matches!(&ended, Ok(Answer::Ended(line)) if line.contains("1 let-down")),
        "{ended:?}"
    );
    assert_eq!(reply(&ended), remote.request(Request::End, 130.0));
    // With no session left, both say so alike.
    assert_eq!(
        keys.key(Command::Letdown, 140.0),
        remote.request(Request::Tap, 140.0)
    );
}

#[test]
fn a_tap_is_on_disk_before_apply_returns() {
    let mut bench = Bench::new();
    let answer = bench
        .host
        .apply(Ask::Session(Command::Letdown), bench.clock.at(10.0));
    assert_eq!(answer, Ok(Answer::Done(vec![Message::LetdownSaved(1)])));
    assert_eq!(bench.on_disk(), 1, "on disk when the answer came");
    let ignored = bench
        .host
        .apply(Ask::Session(Command::Letdown), bench.clock.at(11.0));
    assert_eq!(
        ignored,
        Ok(Answer::Done(vec![Message::TapIgnored { guard_secs: 3.0 }]))
    );
    assert_eq!(bench.on_disk(), 1, "an ignored tap is no let-down");
}

#[test]
fn a_failed_save_is_retried_and_the_tap_not_confirmed_until_saved() {
    let mut bench = Bench::new();
    bench.said();
    // The running file's place taken by a folder: no save can land there.
    let running = bench.context.state.running_path();
    std::fs::remove_file(&running).expect("remove");
    std::fs::create_dir(&running).expect("a folder in its place");

    let answer = bench
        .host
        .apply(Ask::Session(Command::Letdown), bench.clock.at(10.0));
    assert!(
        matches!(&answer, Err(NotNow::NotSaved(why)) if why.starts_with("not saved yet: saving failed")),
        "{answer:?}"
    );
    assert!(bench.host.is_unsaved());
    let said = bench.said();
    assert!(
        said.iter().all(|s| !s.text.contains("let-down 1 saved")),
        "no confirmation: {said:?}"
    );
    assert!(said.iter().any(|s| s.stays && s.tone == Tone::Warning));
    assert_eq!(
        bench.host.engine().map(|e| e.record().letdowns.len()),
        Some(1),
        "kept in memory"
    );

    // Each moment retries; still refused, still not confirmed.
    bench.host.beat(bench.clock.at(11.0));
    assert!(bench.host.is_unsaved());

    std::fs::remove_dir(&running).expect("fixed");
    bench.host.beat(bench.clock.at(12.0));
    assert!(!bench.host.is_unsaved());
    assert_eq!(bench.on_disk(), 1, "the tap kept in memory is on disk now");
    assert!(
        bench
            .said()
            .iter()
            .any(|s| s.text == "saved again; nothing was lost")
    );
    assert_eq!(
        bench
            .host
            .apply(Ask::Session(Command::Letdown), bench.clock.at(20.0)),
        Ok(Answer::Done(vec![Message::LetdownSaved(2)]))
    );
}

#[test]
fn an_end_the_data_dir_refuses_is_kept_and_filed_at_a_retry() {
    let mut bench = Bench::with(Config::default(), |temp| {
        let blocker = temp.join("blocker");
        std::fs::write(&blocker, b"not a folder").expect("blocker");
        blocker.join("data")
    });
    let blocker = bench
        .context
        .data
        .root()
        .parent()
        .expect("parent")
        .to_owned();
    bench.key(Command::Letdown, 10.0);
    let ended = bench.host.apply(Ask::End, bench.clock.at(20.0));
    assert!(matches!(ended, Err(NotNow::NotSaved(_))), "{ended:?}");
    assert_eq!(bench.host.pending().len(), 1);
    assert!(bench.host.engine().is_none(), "the session is over");

    std::fs::remove_file(&blocker).expect("fixed");
    bench.host.take_events();
    bench.host.tick(bench.clock.at(24.0));
    assert_eq!(bench.host.pending().len(), 1, "not due yet");
    bench.host.tick(bench.clock.at(25.0));
    assert!(bench.host.pending().is_empty(), "filed at the retry");
    let events = bench.host.take_events();
    assert!(events.contains(&Event::Retried), "{events:?}");
}

#[test]
fn the_hook_queue_gets_phase_letdown_and_end_from_the_host() {
    let set = |kind: &str| Some(format!("echo {kind}"));
    let config = Config {
        hooks: Hooks {
            phase: set("phase"),
            letdown: set("letdown"),
            coach: set("coach"),
            end: set("end"),
            due: set("due"),
        },
        ..Config::default()
    };
    let mut bench = Bench::with(config, |temp| temp.join("data"));
    let kinds = |events: &[Event]| hooks(events).iter().map(|h| h.kind).collect::<Vec<_>>();

    assert_eq!(
        kinds(&bench.host.take_events()),
        [HookKind::Phase],
        "first phase"
    );
    bench.key(Command::Letdown, 10.0);
    assert_eq!(kinds(&bench.host.take_events()), [HookKind::Letdown]);
    bench.host.tick(bench.clock.at(60.0));
    let events = bench.host.take_events();
    let [phase] = hooks(&events)[..] else {
        panic!("{events:?}");
    };
    assert_eq!(phase.kind, HookKind::Phase);
    assert!(
        phase
            .vars
            .contains(&("LETDOWN_PHASE", "Warm compress".to_string()))
    );

    // While the summary is filled in the session runs on quietly, but a
    // let-down still asks for its hook.
    bench.host.set_asking(Asking::Summary);
    bench.host.tick(bench.clock.at(180.0));
    assert!(hooks(&bench.host.take_events()).is_empty());
    bench.key(Command::Letdown, 181.0);
    assert_eq!(kinds(&bench.host.take_events()), [HookKind::Letdown]);
    bench.host.set_asking(Asking::Nothing);

    let ended = bench.host.apply(Ask::End, bench.clock.at(200.0));
    assert!(ended.is_ok(), "{ended:?}");
    let events = bench.host.take_events();
    let [end] = hooks(&events)[..] else {
        panic!("{events:?}");
    };
    assert_eq!(end.kind, HookKind::End);
    assert!(end.vars.contains(&("LETDOWN_LETDOWNS", "2".to_string())));
}

#[test]
fn the_summary_refuses_what_would_cut_across_it_but_a_tap_records() {
    let mut bench = Bench::new();
    bench.host.set_asking(Asking::Summary);
    assert!(matches!(
        bench.request(Request::Pause, 10.0),
        Reply::Refused(_)
    ));
    assert!(matches!(
        bench.request(Request::End, 11.0),
        Reply::Refused(_)
    ));
    assert_eq!(
        bench.request(Request::Tap, 12.0),
        Reply::Done("let-down 1 saved".to_string())
    );
    assert_eq!(bench.on_disk(), 1);
}

#[test]
fn undo_after_a_remote_end_reopens_the_session() {
    let mut bench = Bench::new();
    bench.key(Command::Letdown, 10.0);
    assert!(matches!(bench.request(Request::End, 20.0), Reply::Done(_)));
    assert!(bench.host.has_ended());
    assert_eq!(bench.host.ask_for(Request::Undo), Ask::Reopen);
    let reopened = bench.host.apply(Ask::Reopen, bench.clock.at(60.0));
    assert!(matches!(reopened, Ok(Answer::Reopened(_))), "{reopened:?}");
    assert_eq!(
        bench.host.engine().map(|e| e.record().letdowns.len()),
        Some(1)
    );
    assert_eq!(
        bench.host.ask_for(Request::Undo),
        Ask::Session(Command::Undo)
    );
}

#[test]
fn a_session_reopened_after_a_remote_end_keeps_its_plan() {
    let mut bench = Bench::on_plan(Config::default(), |temp| temp.join("data"), Some("power"));
    bench.key(Command::Letdown, 10.0);
    assert!(matches!(bench.request(Request::End, 20.0), Reply::Done(_)));
    let reopened = bench.host.apply(Ask::Reopen, bench.clock.at(60.0));
    assert!(matches!(reopened, Ok(Answer::Reopened(_))), "{reopened:?}");
    assert_eq!(
        bench.host.engine().map(|e| e.plan().name.clone()),
        Some("power".to_string())
    );
}

#[test]
fn the_engine_s_messages_read_in_spanish_with_the_built_in_phase_names() {
    use crate::session::Side;
    crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
    assert_eq!(super::word(&Message::LetdownSaved(3)), "bajada 3 guardada");
    assert_eq!(
        super::word(&Message::PhaseChanged("Warm compress".into())),
        "ahora: Compresa tibia"
    );
    assert_eq!(
        super::word(&Message::PhaseChanged("My own phase".into())),
        "ahora: My own phase"
    );
    assert_eq!(
        super::word(&Message::SideSwitched(Side::Left)),
        "ahora en el lado izquierdo"
    );
    crate::i18n::set_language_here(None);
    assert_eq!(super::word(&Message::LetdownSaved(3)), "let-down 3 saved");
    assert_eq!(
        super::word(&Message::PhaseChanged("Warm compress".into())),
        "now: Warm compress"
    );
}
