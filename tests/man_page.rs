//! The man pages and shell completions in `doc/`, generated from the clap
//! definitions: a test fails when they are out of date with `--help`, and
//! `LETDOWN_WRITE_DOCS=1 cargo test --test man_page` writes them anew.

use std::fs;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use letdown::cli::Cli;

fn doc() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("doc")
}

/// Every file the docs hold, by its path under `doc/`, as the command line makes them now.
fn generated() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let dir = tempfile::tempdir().expect("a temp dir");
    clap_mangen::generate_to(Cli::command(), dir.path()).expect("man pages render");
    let mut pages: Vec<PathBuf> = fs::read_dir(dir.path())
        .expect("the pages")
        .map(|e| e.expect("an entry").path())
        .collect();
    pages.sort();
    for page in pages {
        let name = page.file_name().expect("a name").to_owned();
        files.push((
            Path::new("man").join(name),
            fs::read(&page).expect("a page"),
        ));
    }
    for (shell, name) in [
        (Shell::Bash, "letdown.bash"),
        (Shell::Zsh, "_letdown"),
        (Shell::Fish, "letdown.fish"),
    ] {
        let mut text = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "letdown", &mut text);
        files.push((Path::new("completions").join(name), text));
    }
    files
}

#[test]
fn the_man_pages_and_completions_are_current() {
    let files = generated();
    if std::env::var_os("LETDOWN_WRITE_DOCS").is_some() {
        for sub in ["man", "completions"] {
            let _ = fs::remove_dir_all(doc().join(sub));
            fs::create_dir_all(doc().join(sub)).expect("a doc folder");
        }
        for (path, bytes) in &files {
            fs::write(doc().join(path), bytes).expect("written");
        }
    }
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if fs::read(doc().join(path)).ok().as_ref() != Some(bytes) {
            stale.push(path.display().to_string());
        }
    }
    for sub in ["man", "completions"] {
        for entry in fs::read_dir(doc().join(sub)).expect("a doc folder") {
            let name = Path::new(sub).join(entry.expect("an entry").file_name());
            if !files.iter().any(|(path, _)| *path == name) {
                stale.push(format!("{} (no such command now)", name.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "out of date with the command line: {stale:?}; \
         `LETDOWN_WRITE_DOCS=1 cargo test --test man_page` writes them anew"
    );
}

#[test]
fn the_main_page_names_every_command_and_each_has_its_page() {
    let files = generated();
    let main = files
        .iter()
        .find(|(path, _)| path.ends_with("letdown.1"))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .expect("letdown.1");
    for command in Cli::command().get_subcommands() {
        let name = command.get_name();
        assert!(main.contains(name), "letdown.1 does not name `{name}`");
        let page = format!("letdown-{name}.1");
        assert!(
            files.iter().any(|(path, _)| path.ends_with(&page)),
            "no {page}"
        );
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long() {
                let text = files
                    .iter()
                    .find(|(path, _)| path.ends_with(&page))
                    .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
                    .unwrap_or_default();
                assert!(
                    text.contains(&format!("\\-\\-{}", long.replace('-', "\\-"))),
                    "{page} lacks --{long}"
                );
            }
        }
    }
}
