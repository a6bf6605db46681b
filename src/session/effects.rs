//! What the engine is asked and what it answers: commands in, effects out,
//! with the notices and status messages the outer loop shows.

/// What the user asks of a running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// A let-down happened.
    Letdown,
    /// Take back the last let-down tapped in this run.
    Undo,
    /// Pause, or resume when paused.
    TogglePause,
    /// Skip to the next phase.
    NextPhase,
    /// Go back to the previous phase.
    PrevPhase,
    /// Make the current phase 30 s longer (the target, in an open-ended phase).
    Extend,
    /// Make the current phase 30 s shorter (the target, in an open-ended phase).
    Shorten,
    /// Leave this session out of the running experiment.
    LeaveExperiment,
    /// Change to the other side, one side at a time.
    SwitchSide,
}

/// Something the outer loop must carry out, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Make the running session durable before anything below is shown.
    Save,
    /// Ring the bell and send a desktop notification, as the config allows.
    Notify(Notice),
    /// Show a line in the status area.
    Message(Message),
}

/// A moment worth a notification.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    PhaseChanged { name: String, prompt: String },
    Trigger { name: String, prompt: String },
    TargetReached { target_secs: f64 },
}

/// A status line, worded by the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    LetdownSaved(usize),
    TapIgnored {
        guard_secs: f64,
    },
    Undone(usize),
    NothingToUndo,
    Paused,
    Resumed,
    PhaseChanged(String),
    PhaseLength {
        name: String,
        secs: f64,
    },
    TargetChanged(f64),
    AlreadyFirstPhase,
    AlreadyLastPhase,
    LeftExperiment,
    NoExperiment,
    /// Now pumping this side.
    SideSwitched(crate::session::Side),
    /// A change of side asked of a session on both sides at once.
    BothSides,
}
