//! The keymap is data: one table from keys to actions, from which the footer
//! hints and the help screen are drawn too.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::config::Keys;
use crate::keys::{Binding, Code, KeyName};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// A let-down happened.
    Letdown,
    /// Take back the last let-down.
    Undo,
    /// Pause or resume the clock.
    Pause,
    /// Skip to the next phase.
    Next,
    /// Go back to the previous phase.
    Back,
    /// 30 s more in this phase.
    Extend,
    /// 30 s less in this phase.
    Shorten,
    /// End the session and fill in the summary.
    End,
    /// Leave (asks first while a session runs).
    Quit,
    /// Show or hide every key.
    Help,
    /// The day before.
    PrevDay,
    /// The day after.
    NextDay,
    /// Back to today.
    Today,
    /// Select the session above.
    Up,
    /// Select the session below.
    Down,
    /// A session's detail.
    Open,
    /// Edit a session's volume, comfort and note.
    Edit,
    /// Move a session to the trash.
    Delete,
    /// Start a session.
    Start,
    /// The weeks behind.
    History,
}

/// One row of the keymap: an action, its keys, and what the help says of it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub action: Action,
    pub binding: Binding,
    /// A word for the footer.
    pub hint: &'static str,
    /// A sentence for the help screen.
    pub help: &'static str,
}

/// One row of a keymap.
fn entry(action: Action, binding: &Binding, hint: &'static str, help: &'static str) -> Entry {
    Entry {
        action,
        binding: binding.clone(),
        hint,
        help,
    }
}

/// The session screen's keys.
#[derive(Debug, Clone)]
pub struct Keymap {
    entries: Vec<Entry>,
}

impl Keymap {
    /// The keymap the config describes.
    #[must_use]
    pub fn session(keys: &Keys) -> Self {
        Self {
            entries: vec![
                entry(
                    Action::Letdown,
                    &keys.letdown,
                    "let-down",
                    "Mark a let-down, the moment it starts.",
                ),
                entry(
                    Action::Undo,
                    &keys.undo,
                    "undo",
                    "Take back the last let-down.",
                ),
                entry(
                    Action::Pause,
                    &keys.pause,
                    "pause",
                    "Pause or resume; paused time is not counted.",
                ),
                entry(
                    Action::End,
                    &keys.end,
                    "end",
                    "End the session and add volume, comfort, a note.",
                ),
                entry(
                    Action::Quit,
                    &keys.quit,
                    "quit",
                    "Leave; with a session running, asks first.",
                ),
                entry(Action::Help, &keys.help, "help", "Show or hide this list."),
                entry(Action::Next, &keys.next, "next", "Skip to the next phase."),
                entry(
                    Action::Back,
                    &keys.back,
                    "back",
                    "Go back to the previous phase.",
                ),
                entry(
                    Action::Extend,
                    &keys.extend,
                    "+30s",
                    "30 seconds more in this phase (or on the target).",
                ),
                entry(
                    Action::Shorten,
                    &keys.shorten,
                    "-30s",
                    "30 seconds less in this phase (or on the target).",
                ),
            ],
        }
    }

    /// The day screen's keys.
    #[must_use]
    pub fn day(keys: &Keys) -> Self {
        Self {
            entries: vec![
                entry(Action::Start, &keys.start, "start", "Start a session."),
                entry(
                    Action::Open,
                    &keys.open,
                    "detail",
                    "A session's let-downs, phases and triggers.",
                ),
                entry(
                    Action::Edit,
                    &keys.edit,
                    "edit",
                    "Edit a session's volume, comfort and note.",
                ),
                entry(
                    Action::Delete,
                    &keys.delete,
                    "delete",
                    "Move a session to the trash folder (asks first).",
                ),
                entry(
                    Action::History,
                    &keys.history,
                    "history",
                    "The weeks behind: charts and your own pattern.",
                ),
                entry(Action::Quit, &keys.quit, "quit", "Leave letdown."),
                entry(Action::Help, &keys.help, "help", "Show or hide this list."),
                entry(
                    Action::PrevDay,
                    &keys.prev_day,
                    "day before",
                    "The day before.",
                ),
                entry(
                    Action::NextDay,
                    &keys.next_day,
                    "day after",
                    "The day after.",
                ),
                entry(Action::Today, &keys.today, "today", "Back to today."),
                entry(Action::Up, &keys.up, "up", "Select the session above."),
                entry(
                    Action::Down,
                    &keys.down,
                    "down",
                    "Select the session below.",
                ),
            ],
        }
    }

    /// The action a key press asks for; key releases and repeats ask for none.
    #[must_use]
    pub fn action(&self, event: &KeyEvent) -> Option<Action> {
        if event.kind != KeyEventKind::Press {
            return None;
        }
        if event.modifiers.contains(KeyModifiers::CONTROL) && event.code == KeyCode::Char('c') {
            return Some(Action::Quit);
        }
        let name = key_name(event)?;
        self.entries
            .iter()
            .find(|e| e.binding.is_bound(name))
            .map(|e| e.action)
    }

    /// Every row, in order, for the help screen and the footer.
    #[must_use]
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The key label of an action, as the footer shows it.
    #[must_use]
    pub fn label(&self, action: Action) -> String {
        self.entries
            .iter()
            .find(|e| e.action == action)
            .map(|e| e.binding.label())
            .unwrap_or_default()
    }
}

/// A crossterm key event as a config key name.
#[must_use]
pub fn key_name(event: &KeyEvent) -> Option<KeyName> {
    let code = match event.code {
        KeyCode::Char(' ') => Code::Space,
        KeyCode::Char(c) => Code::Char(c),
        KeyCode::Enter => Code::Enter,
        KeyCode::Esc => Code::Esc,
        KeyCode::Tab => Code::Tab,
        KeyCode::Backspace => Code::Backspace,
        KeyCode::Delete => Code::Delete,
        KeyCode::Left => Code::Left,
        KeyCode::Right => Code::Right,
        KeyCode::Up => Code::Up,
        KeyCode::Down => Code::Down,
        KeyCode::Home => Code::Home,
        KeyCode::End => Code::End,
        KeyCode::PageUp => Code::PageUp,
        KeyCode::PageDown => Code::PageDown,
        KeyCode::F(n) => Code::F(n),
        _ => return None,
    };
    Some(KeyName {
        code,
        ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
        alt: event.modifiers.contains(KeyModifiers::ALT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn default_keys_map_to_actions() {
        let map = Keymap::session(&Keys::default());
        assert_eq!(
            map.action(&press(KeyCode::Char(' '))),
            Some(Action::Letdown)
        );
        assert_eq!(map.action(&press(KeyCode::Char('u'))), Some(Action::Undo));
        assert_eq!(map.action(&press(KeyCode::Char('z'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map.action(&ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn releases_are_ignored() {
        let map = Keymap::session(&Keys::default());
        let release = KeyEvent {
            code: KeyCode::Char(' '),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        };
        assert_eq!(map.action(&release), None);
    }

    #[test]
    fn rebinding_moves_the_action() {
        let keys = Keys {
            letdown: Binding(vec![
                "enter".parse().expect("name"),
                "l".parse().expect("name"),
            ]),
            ..Keys::default()
        };
        let map = Keymap::session(&keys);
        assert_eq!(map.action(&press(KeyCode::Enter)), Some(Action::Letdown));
        assert_eq!(
            map.action(&press(KeyCode::Char('l'))),
            Some(Action::Letdown)
        );
        assert_eq!(map.action(&press(KeyCode::Char(' '))), None);
        assert_eq!(map.label(Action::Letdown), "enter");
    }
}
