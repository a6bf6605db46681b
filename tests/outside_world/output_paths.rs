//! `-o FILE` writes where the user pointed: a bare name in the current
//! folder, never a folder created, through a symlink rather than over it;
//! and a relative `data_dir` is the config file's neighbour wherever
//! letdown is started.

use std::fs;
use std::os::unix::fs::symlink;

use crate::common::{Sandbox, arg};
use crate::{save_with_note, with_config};

/// A sandbox holding one session.
fn one_session() -> Sandbox {
    let sandbox = Sandbox::new();
    save_with_note(&sandbox.data_dir(), "2026-11-23T07:14:05+01:00", "ok");
    sandbox
}

#[test]
fn a_bare_name_is_written_in_the_current_folder() {
    let sandbox = one_session();
    let here = sandbox.path().join("here");
    fs::create_dir(&here).expect("a folder");
    sandbox
        .letdown()
        .current_dir(&here)
        .args(["export", "--format", "csv", "-o", "out.csv"])
        .assert()
        .success()
        .stdout("exported 1 session to out.csv\n");
    let text = fs::read_to_string(here.join("out.csv")).expect("written here");
    assert!(text.starts_with("date,start_time,id,"), "{text}");
}

#[test]
fn a_missing_folder_is_named_and_never_created() {
    let sandbox = one_session();
    let missing = sandbox.path().join("missing");
    let file = missing.join("dir/x.json");
    let stderr = sandbox.refuses(["export", "--format", "json", "-o", arg(&file)], 1);
    assert!(
        stderr.contains(&format!("the folder {} does not exist", missing.display())),
        "{stderr}"
    );
    assert!(!missing.exists(), "a folder was created");
}

#[test]
fn a_file_the_user_named_is_replaced_whole() {
    let sandbox = one_session();
    let file = sandbox.path().join("out.json");
    fs::write(&file, "x".repeat(100_000)).expect("an old file");
    sandbox
        .letdown()
        .args(["export", "--format", "json", "-o", arg(&file)])
        .assert()
        .success();
    let text = fs::read_to_string(&file).expect("replaced");
    assert!(
        text.starts_with('[') && !text.contains("xxxxxxxx"),
        "{text}"
    );
    let leftovers = fs::read_dir(sandbox.path())
        .expect("listing")
        .filter(|e| {
            let name = e.as_ref().expect("entry").file_name();
            name.to_string_lossy().starts_with(".tmp")
        })
        .count();
    assert_eq!(leftovers, 0, "a temp file was left behind");
}

#[test]
fn a_symlink_is_written_through_and_stays_a_link() {
    let sandbox = one_session();
    let real = sandbox.path().join("real");
    fs::create_dir(&real).expect("a folder");
    let target = real.join("export.csv");
    fs::write(&target, "old").expect("the link's target");
    // A relative link, resolved against the link's own folder.
    let link = sandbox.path().join("link.csv");
    symlink("real/export.csv", &link).expect("a symlink");
    // A dangling link: its target is created.
    let dangling = sandbox.path().join("dangling.csv");
    symlink(real.join("new.csv"), &dangling).expect("a symlink");
    for (path, written) in [(&link, &target), (&dangling, &real.join("new.csv"))] {
        sandbox
            .letdown()
            .args(["export", "--format", "csv", "-o", arg(path)])
            .assert()
            .success();
        let meta = fs::symlink_metadata(path).expect("still there");
        assert!(meta.file_type().is_symlink(), "the link was replaced");
        let text = fs::read_to_string(written).expect("written through");
        assert!(text.starts_with("date,start_time,id,"), "{text}");
    }
}

#[test]
fn a_folder_given_as_the_file_is_refused() {
    let sandbox = one_session();
    let folder = sandbox.path().join("a-folder");
    fs::create_dir(&folder).expect("a folder");
    let stderr = sandbox.refuses(["export", "--format", "csv", "-o", arg(&folder)], 1);
    assert!(stderr.contains("not a regular file"), "{stderr}");
    assert!(folder.is_dir());
}

#[test]
fn a_relative_data_dir_is_beside_the_config_wherever_letdown_starts() {
    let sandbox = with_config("data_dir = \"my-sessions\"\n");
    let config_folder = sandbox
        .config_file()
        .parent()
        .expect("a folder")
        .to_path_buf();
    let data = config_folder.join("my-sessions");
    save_with_note(&data, "2026-11-23T07:14:05+01:00", "beside the config");
    let elsewhere = sandbox.path().join("elsewhere");
    fs::create_dir(&elsewhere).expect("a folder");
    for dir in [sandbox.path(), elsewhere.as_path()] {
        let output = sandbox
            .letdown()
            .current_dir(dir)
            .args(["log", "2026-11-23", "--json"])
            .output()
            .expect("runs");
        assert!(output.status.success(), "{output:?}");
        let value: serde_json::Value =
            serde_json::from_slice(&output.stdout).expect("JSON on stdout");
        assert_eq!(
            value["sessions"].as_array().map(Vec::len),
            Some(1),
            "from {}",
            dir.display()
        );
    }
    let check = sandbox.stdout_of(["config", "check"]);
    assert!(
        check.contains(&format!("data dir: {} (1 session)", data.display())),
        "{check}"
    );
}

/// A relative `photo`, like a relative `data_dir`, is the config file's
/// neighbour, wherever letdown is started.
#[test]
fn a_relative_photo_is_beside_the_config() {
    let sandbox = with_config("photo = \"baby.jpg\"\n");
    let beside = sandbox
        .config_file()
        .parent()
        .expect("a folder")
        .join("baby.jpg");
    let elsewhere = sandbox.path().join("elsewhere");
    fs::create_dir(&elsewhere).expect("a folder");
    let output = sandbox
        .letdown()
        .current_dir(&elsewhere)
        .args(["config", "show"])
        .output()
        .expect("runs");
    let shown = String::from_utf8_lossy(&output.stdout);
    assert!(
        shown.contains(&format!("photo = \"{}\"", beside.display())),
        "{shown}"
    );
}
