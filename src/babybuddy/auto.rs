//! `auto = true`: the app syncs in the background after each save. A
//! thread of its own does the work, so that a slow or unreachable server
//! never holds up the screen or a tap: [`AutoSync::nudge`] never waits, and
//! saves that come while a sync is waiting to run are taken by it. A sync
//! the server's absence (or its failure) cut short is tried again by
//! itself, after a wait that grows ([`Retry`]), for as long as the app is
//! open. What the user should know comes back as news for the status line,
//! each piece once (the server that cannot be reached is said once, until
//! it can be again).

use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender};
use std::time::Duration;

use super::{Asked, SyncError, Syncer, token};
use crate::context::Context;

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
        Self::start_with(context, Retry::default(), wake)
    }

    /// [`AutoSync::start`], trying a sync cut short again after `retry`'s waits.
    pub fn start_with(
        context: &Context,
        retry: Retry,
        wake: impl Fn() + Send + 'static,
    ) -> Option<Self> {
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
                let _ = tell.send(crate::tr!("cmd-sync-auto-off", why = err.to_string()));
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
                let mut again: Option<Duration> = None;
                loop {
                    let asked = match again {
                        None => jobs.recv().map_err(|_| RecvTimeoutError::Disconnected),
                        Some(wait) => jobs.recv_timeout(wait),
                    };
                    if asked == Err(RecvTimeoutError::Disconnected) {
                        return;
                    }
                    let (news, cut_short) = news_of(&syncer);
                    again = cut_short.then(|| retry.after(again));
                    if let Some(text) = teller.tell(news) {
                        let _ = tell.send(text);
                        wake();
                    }
                }
            });
        if let Err(err) = spawned {
            let (tell, news) = mpsc::channel();
            let _ = tell.send(crate::tr!("cmd-sync-auto-off", why = err.to_string()));
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

/// The waits before a sync cut short is tried again: `first`, then twice
/// the last, up to `most`.
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    pub first: Duration,
    pub most: Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Self {
            first: Duration::from_secs(30),
            most: Duration::from_secs(600),
        }
    }
}

impl Retry {
    /// The wait after `last` (none: the first).
    fn after(self, last: Option<Duration>) -> Duration {
        last.map_or(self.first, |last| (last * 2).min(self.most))
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

/// One sync, what the status line should say of it, if anything, and
/// whether it was cut short by something that may pass.
fn news_of(syncer: &Syncer) -> (Option<String>, bool) {
    match syncer.run(&Asked::default(), &mut ()) {
        Ok(report) => match &report.stopped {
            Some(err) if err.is_unreachable() => (Some(crate::tr!("cmd-sync-auto-away")), true),
            Some(err) => (
                Some(crate::tr!("cmd-sync-auto-stopped", why = err.to_string())),
                err.is_passing(),
            ),
            None => (
                report
                    .waiting_words()
                    .map(|who| crate::tr!("cmd-sync-auto-waiting", who = who)),
                false,
            ),
        },
        // The sync under way elsewhere, or the next one, takes these sessions.
        Err(SyncError::Busy) => (None, false),
        Err(err) => (
            Some(crate::tr!("cmd-sync-auto-error", why = err.to_string())),
            false,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wait_doubles_up_to_the_most() {
        let retry = Retry {
            first: Duration::from_secs(30),
            most: Duration::from_secs(100),
        };
        assert_eq!(retry.after(None), Duration::from_secs(30));
        assert_eq!(
            retry.after(Some(Duration::from_secs(30))),
            Duration::from_secs(60)
        );
        assert_eq!(
            retry.after(Some(Duration::from_secs(60))),
            Duration::from_secs(100)
        );
    }

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
