//! Keys a terminal cannot send as themselves: ctrl-i is Tab's byte, ctrl-m
//! Enter's, ctrl-[ Esc's, ctrl-@ and ctrl-2 the byte that reads as
//! ctrl-space. A binding to one would never fire, so the config refuses it
//! with its line and the key the terminal sends instead.

use std::path::Path;

use letdown::config::Config;

#[test]
fn keys_a_terminal_sends_as_another_key_are_refused_with_their_line() {
    let path = Path::new("keys.toml");
    for (name, sent) in [
        ("ctrl-i", "tab"),
        ("ctrl-m", "enter"),
        ("ctrl-[", "esc"),
        ("ctrl-@", "ctrl-space"),
        ("ctrl-2", "ctrl-space"),
    ] {
        let text = format!("[keys]\nletdown = [\"f5\", \"{name}\"]\n");
        let err = Config::parse(&text, path).expect_err(name);
        assert_eq!((err.line, err.key.as_str()), (2, "keys.letdown"), "{err}");
        assert!(
            err.expected.contains(&format!(
                "`{name}` never reaches letdown as itself: a terminal sends `{sent}`"
            )),
            "{err}"
        );
    }
}
