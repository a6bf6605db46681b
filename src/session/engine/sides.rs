//! One side at a time: the setup the session runs with, the side pumped now,
//! a change of side, and when the coach offers one.

use super::Engine;
use crate::session::effects::{Effect, Message};
use crate::session::record::{Setup, Side, SideSwitch};

/// The shortest quiet on one side before the coach offers the other, in seconds.
const MIN_SWITCH_QUIET_SECS: f64 = 60.0;

impl Engine {
    /// Sets the setup the session runs with (the last session's, or the
    /// config's); an empty one is none, so a standard session stays schema 1.
    #[must_use]
    pub fn with_setup(mut self, setup: Option<Setup>) -> Self {
        self.record.setup = setup.filter(|s| !s.is_empty());
        self
    }

    /// Whether the session goes one side at a time.
    #[must_use]
    pub fn is_one_at_a_time(&self) -> bool {
        self.record.is_one_at_a_time()
    }

    /// The side pumped now, one side at a time; none otherwise.
    #[must_use]
    pub fn side(&self) -> Option<Side> {
        self.is_one_at_a_time()
            .then(|| self.record.side_at(f64::INFINITY))
    }

    /// Changes side at `active` seconds, one side at a time.
    pub(super) fn switch_side(&mut self, active: f64, effects: &mut Vec<Effect>) {
        let Some(side) = self.side() else {
            effects.push(Effect::Message(Message::BothSides));
            return;
        };
        let at_secs = self
            .record
            .switches
            .last()
            .map_or(active, |s| active.max(s.at_secs));
        let side = side.other();
        self.record.switches.push(SideSwitch { at_secs, side });
        effects.push(Effect::Save);
        effects.push(Effect::Message(Message::SideSwitched(side)));
    }

    /// The active second from which the coach offers the other side: once
    /// this side has had a let-down, half the stall wait (at least a minute)
    /// after its last one. None when not one side at a time, in a rest, or
    /// before this side's first let-down (the stall coach has that time).
    #[must_use]
    pub fn switch_offer_at(&self) -> Option<f64> {
        if self.side().is_none() || self.in_rest() {
            return None;
        }
        let since = self.record.side_since();
        let last = self
            .record
            .letdowns
            .last()
            .map(|l| l.at_secs)
            .filter(|at| *at >= since)?;
        Some(last + (self.plan.stall_secs / 2.0).max(MIN_SWITCH_QUIET_SECS))
    }

    /// Whether the coach offers the other side at `active` seconds.
    #[must_use]
    pub fn offers_switch(&self, active: f64) -> bool {
        self.switch_offer_at().is_some_and(|at| active >= at)
    }
}
