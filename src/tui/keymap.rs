//! The keymap is data: the config's bindings read through the action table
//! of [`crate::keys::actions`], from which the footers, the dialog labels and
//! the help screens are drawn too.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::config::Keys;
pub use crate::keys::actions::Action;
use crate::keys::{Code, KeyName};
pub use crate::keys::{KeyContext, Row};

/// The keys the config binds, looked up per context.
#[derive(Debug, Clone)]
pub struct Keymap {
    keys: Keys,
}

impl Keymap {
    #[must_use]
    pub fn new(keys: &Keys) -> Self {
        Self { keys: keys.clone() }
    }

    /// The action a key press asks for in `context`; key releases and
    /// repeats ask for none. Ctrl-C is `quit` where the context has it, and
    /// goes back one level where it does not.
    #[must_use]
    pub fn action(&self, context: KeyContext, event: &KeyEvent) -> Option<Action> {
        if event.kind != KeyEventKind::Press {
            return None;
        }
        let name = key_name(event)?;
        let rows = context.rows();
        if name.is_ctrl_c() {
            let quit = rows.iter().any(|r| r.action == Action::Quit);
            return Some(if quit { Action::Quit } else { Action::Cancel });
        }
        rows.iter()
            .find(|r| self.keys.binding(r.action).is_bound(name))
            .map(|r| r.action)
    }

    /// Whether a key press is bound to `action`, whatever the context.
    #[must_use]
    pub fn is(&self, action: Action, event: &KeyEvent) -> bool {
        event.kind == KeyEventKind::Press
            && key_name(event).is_some_and(|name| self.keys.binding(action).is_bound(name))
    }

    /// The first key of an action, as footers and dialogs show it.
    #[must_use]
    pub fn label(&self, action: Action) -> String {
        self.keys.binding(action).label()
    }

    /// The first key of an action, if it has one.
    #[must_use]
    pub fn first_key(&self, action: Action) -> Option<KeyName> {
        self.keys.binding(action).0.first().copied()
    }

    /// Every key of an action, as the help screen shows them.
    #[must_use]
    pub fn all_keys(&self, action: Action) -> String {
        let keys: Vec<String> = self
            .keys
            .binding(action)
            .0
            .iter()
            .map(ToString::to_string)
            .collect();
        keys.join(" ")
    }

    /// The context's hints in order, "keys hint", the keys of rows that say
    /// the same thing joined ("esc/q close").
    #[must_use]
    pub fn hints(&self, context: KeyContext) -> Vec<String> {
        self.hints_where(context, |_| true)
    }

    /// [`Keymap::hints`] of the actions `keep` lets through.
    #[must_use]
    pub fn hints_where(&self, context: KeyContext, keep: impl Fn(Action) -> bool) -> Vec<String> {
        let mut merged: Vec<(Vec<String>, &'static str)> = Vec::new();
        for row in context.rows().iter().filter(|r| keep(r.action)) {
            let key = self.label(row.action);
            match merged.iter_mut().find(|(_, hint)| *hint == row.hint) {
                Some((keys, _)) => keys.push(key),
                None => merged.push((vec![key], row.hint)),
            }
        }
        merged
            .into_iter()
            .map(|(keys, hint)| format!("{} {hint}", keys.join("/")))
            .collect()
    }

    /// The help screen's lines for a context: every key and what it does.
    #[must_use]
    pub fn help_lines(&self, context: KeyContext) -> Vec<String> {
        let mut lines: Vec<String> = context
            .rows()
            .iter()
            .map(|row| format!("{:<12} {}", self.all_keys(row.action), row.help))
            .collect();
        let quit = context.rows().iter().any(|r| r.action == Action::Quit);
        let ctrl_c = if quit {
            crate::tr!("session-help-ctrl-c-quit")
        } else {
            crate::tr!("session-help-ctrl-c-back")
        };
        lines.push(format!("{:<12} {ctrl_c}", "ctrl-c"));
        lines
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
        KeyCode::BackTab => Code::BackTab,
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
    use crate::keys::Binding;
    use ratatui::crossterm::event::KeyEventState;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn default_keys_map_to_actions() {
        let map = Keymap::new(&Keys::default());
        let session = KeyContext::Session;
        assert_eq!(
            map.action(session, &press(KeyCode::Char(' '))),
            Some(Action::Letdown)
        );
        assert_eq!(
            map.action(session, &press(KeyCode::Char('u'))),
            Some(Action::Undo)
        );
        assert_eq!(map.action(session, &press(KeyCode::Char('z'))), None);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map.action(session, &ctrl_c), Some(Action::Quit));
        assert_eq!(map.action(KeyContext::Summary, &ctrl_c), Some(Action::Quit));
        assert_eq!(map.action(KeyContext::Leave, &ctrl_c), Some(Action::Cancel));
        assert_eq!(
            map.action(KeyContext::Leave, &press(KeyCode::Char(' '))),
            Some(Action::Letdown)
        );
    }

    #[test]
    fn releases_are_ignored() {
        let map = Keymap::new(&Keys::default());
        let release = KeyEvent {
            code: KeyCode::Char(' '),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        };
        assert_eq!(map.action(KeyContext::Session, &release), None);
    }

    #[test]
    fn rebinding_moves_the_action_and_its_labels() {
        let mut keys = Keys::default();
        keys.set(
            Action::Letdown,
            Binding(vec![
                "f5".parse().expect("name"),
                "l".parse().expect("name"),
            ]),
        );
        keys.set(Action::Discard, Binding(vec!["k".parse().expect("name")]));
        let map = Keymap::new(&keys);
        let session = KeyContext::Session;
        assert_eq!(
            map.action(session, &press(KeyCode::F(5))),
            Some(Action::Letdown)
        );
        assert_eq!(
            map.action(session, &press(KeyCode::Char('l'))),
            Some(Action::Letdown)
        );
        assert_eq!(map.action(session, &press(KeyCode::Char(' '))), None);
        assert_eq!(map.label(Action::Letdown), "f5");
        assert!(
            map.hints(KeyContext::Leave)
                .contains(&"k discard it".to_string())
        );
        assert!(map.help_lines(session)[0].starts_with("f5 l "));
    }

    #[test]
    fn rows_that_say_the_same_are_one_hint() {
        let map = Keymap::new(&Keys::default());
        assert!(
            map.hints(KeyContext::History)
                .contains(&"esc/h back to the day".to_string()),
            "{:?}",
            map.hints(KeyContext::History)
        );
    }
}
