//! `auto = true`: the app syncs in the background after each save. A
//! thread of its own does the work, so that a slow or unreachable server
//! never holds up the screen or a tap: [`AutoSync::nudge`] never waits, and
//! saves that come while a sync is waiting to run are taken by it. What the
//! user should know comes back as news for the status line, each piece once
//! (the server that cannot be reached is said once, until it can be again).

use std::sync::mpsc::{self, Receiver, SyncSender};

use super::{SyncError, Syncer, token};
use crate::context::Context;
use crate::format;

/// The background sync of one app.
///
/// Dropping it closes the queue; the thread finishes the sync under way, if
/// any, and ends. It is never joined: quitting must not wait for a server.
#[derive(Debug)]
pub struct AutoSync {
    nudges: SyncSender<()>,
    news: Receiver<String>,
}

impl AutoSync {
    /// Starts the background sync when the config asks for it (`auto =
    /// true` in `[babybuddy]`); `wake` is called from its thread when there
    /// is news, so that the screen shows it. No connection is made until the
    /// first [`AutoSync::nudge`].
    pub fn start(context: &Context, wake: impl Fn() + Send + 'static) -> Option<Self> {
        let table = context.config.babybuddy.as_ref()?;
        if !table.auto {
            return None;
        }
        let (nudges, jobs) = mpsc::sync_channel(1);
        let (tell, news) = mpsc::channel();
        let setup = Syncer::new(context).and_then(|syncer| {
            token::read(syncer.table())?;
            Ok(syncer)
        });
        let syncer = match setup {
            Ok(syncer) => Some(syncer),
            Err(err) => {
                let _ = tell.send(format!("Baby Buddy auto sync is off: {err}"));
                None
            }
        };
        let spawned = std::thread::Builder::new()
            .name("letdown-babybuddy".to_string())
            .spawn(move || {
                let Some(syncer) = syncer else {
                    return;
                };
                let mut teller = Teller::default();
                while jobs.recv().is_ok() {
                    if let Some(text) = teller.tell(news_of(&syncer)) {
                        let _ = tell.send(text);
                        wake();
                    }
                }
            });
        if let Err(err) = spawned {
            let (tell, news) = mpsc::channel();
            let _ = tell.send(format!("Baby Buddy auto sync is off: {err}"));
            return Some(Self { nudges, news });
        }
        Some(Self { nudges, news })
    }

    /// Asks for a sync soon, without waiting. When one is already waiting
    /// to run, it will take this session too.
    pub fn nudge(&self) {
        // Full: a sync is waiting to run already. Gone: the thread ended.
        let _ = self.nudges.try_send(());
    }

    /// News for the status line, once each.
    #[must_use]
    pub fn take_news(&self) -> Option<String> {
        self.news.try_recv().ok()
    }
}

/// Says each piece of news once: the same news after the same news is no
/// news, and a sync that went well makes the next trouble news again.
#[derive(Debug, Default)]
struct Teller {
    told: Option<String>,
}

impl Teller {
    /// What to tell of this sync's news, if anything.
    fn tell(&mut self, news: Option<String>) -> Option<String> {
        if news == self.told {
            return None;
        }
        self.told.clone_from(&news);
        news
    }
}

/// One sync, and what the status line should say of it, if anything.
fn news_of(syncer: &Syncer) -> Option<String> {
    match syncer.run(None, &mut ()) {
        Ok(report) => match &report.stopped {
            Some(err) if err.is_unreachable() => Some(
                "Baby Buddy cannot be reached; the sessions wait for the next sync".to_string(),
            ),
            Some(err) => Some(format!("Baby Buddy sync stopped: {err}")),
            None if report.refused() > 0 => Some(format!(
                "Baby Buddy refused {}; `letdown sync` says why",
                format::plural(report.refused(), "session")
            )),
            None => None,
        },
        // The sync under way elsewhere, or the next one, takes these sessions.
        Err(SyncError::Busy) => None,
        Err(err) => Some(format!("Baby Buddy sync: {err}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_server_is_told_once_until_it_is_back() {
        let away = || Some("cannot be reached".to_string());
        let mut teller = Teller::default();
        assert_eq!(teller.tell(away()), away());
        assert_eq!(teller.tell(away()), None, "once");
        assert_eq!(teller.tell(None), None, "back: nothing to say");
        assert_eq!(teller.tell(away()), away(), "away again: said again");
    }
}
