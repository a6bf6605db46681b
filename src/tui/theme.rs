//! Colours: the normal palette, the dim night palette, and none at all when
//! `NO_COLOR` is set. Nothing is told by colour alone: every state also has
//! a word or a mark.

use ratatui::style::{Color, Modifier, Style};

/// The styles the screens draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub accent: Style,
    pub clock: Style,
    pub good: Style,
    pub warn: Style,
    pub bar_done: Style,
    pub bar_now: Style,
    pub bar_todo: Style,
}

impl Theme {
    /// The palette for the config's `night` and the environment's `NO_COLOR`.
    #[must_use]
    pub fn new(night: bool, no_color: bool) -> Self {
        if no_color {
            return Self::plain();
        }
        if night {
            let base = Style::new().fg(Color::Rgb(150, 110, 90));
            return Self {
                text: base,
                dim: Style::new().fg(Color::Rgb(90, 70, 60)),
                accent: Style::new().fg(Color::Rgb(180, 120, 90)),
                clock: Style::new().fg(Color::Rgb(170, 120, 95)),
                good: Style::new().fg(Color::Rgb(130, 140, 90)),
                warn: Style::new()
                    .fg(Color::Rgb(190, 110, 80))
                    .add_modifier(Modifier::BOLD),
                bar_done: Style::new().fg(Color::Rgb(110, 85, 70)),
                bar_now: Style::new()
                    .fg(Color::Rgb(190, 130, 100))
                    .add_modifier(Modifier::BOLD),
                bar_todo: Style::new().fg(Color::Rgb(70, 55, 50)),
            };
        }
        Self {
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            accent: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            clock: Style::new().fg(Color::LightMagenta),
            good: Style::new().fg(Color::Green),
            warn: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            bar_done: Style::new().fg(Color::Magenta),
            bar_now: Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            bar_todo: Style::new().fg(Color::DarkGray),
        }
    }

    /// No colour at all; emphasis by weight only.
    #[must_use]
    pub fn plain() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Self {
            text: Style::new(),
            dim: Style::new(),
            accent: bold,
            clock: Style::new(),
            good: Style::new(),
            warn: bold,
            bar_done: Style::new(),
            bar_now: bold,
            bar_todo: Style::new(),
        }
    }

    /// Whether the environment asks for no colour (any non-empty `NO_COLOR`).
    #[must_use]
    pub fn no_color_env() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }
}
