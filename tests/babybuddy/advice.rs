//! What a sync tells the user to do when it cannot send a session: advice
//! that works when followed, and words that say who held the session back.

use letdown::session::{SessionRecord, Timestamp};
use letdown::store::read_stored;

use super::server::FakeBabyBuddy;
use super::{Household, said};

const FIRST: &str = "2026-11-20T07:14:05.120+01:00";
const SECOND: &str = "2026-11-20T08:00:00.000+01:00";

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Rewrites the session's file as `change` says, as an edit (`v`) does.
fn edit(home: &Household, record: &SessionRecord, change: impl FnOnce(&mut SessionRecord)) {
    let stored = read_stored(&home.data().path_for(record)).expect("the file reads");
    let mut edited = stored.record.clone();
    change(&mut edited);
    home.data()
        .rewrite(&stored, &edited)
        .expect("the edit is saved");
}

#[test]
fn a_refused_change_over_letdowns_own_entry_does_not_offer_replace() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let first = home.pumped(FIRST, Some(95.5));
    let second = home.pumped(SECOND, Some(80.0));
    assert!(home.sync(&[]).status.success());
    // The second session, moved by an edit to start during the first.
    edit(&home, &second, |r| {
        let by = Timestamp(r.started.0 - chrono::TimeDelta::minutes(40));
        r.started = by;
        r.ended = Some(Timestamp(by.0 + chrono::TimeDelta::seconds(900)));
    });

    for args in [&[][..], &["--replace"][..]] {
        let output = home.sync(args);
        assert_eq!(output.status.code(), Some(1), "{}", said(&output));
        let out = stdout(&output);
        assert!(
            out.contains(&format!(
                "it overlaps Baby Buddy entry 1 (07:14–07:29), letdown's entry of session {}",
                first.id
            )),
            "{out}"
        );
        assert!(
            out.contains("move one of the two sessions to the trash")
                && out.contains("change its times"),
            "{out}"
        );
        assert!(!said(&output).contains("--replace"), "{}", said(&output));
    }
    assert_eq!(server.entries().len(), 2);
}

#[test]
fn an_edit_in_baby_buddy_left_alone_is_held_back_by_letdown() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    assert!(home.sync(&[]).status.success());
    server.edit(1, |held| held.amount = 90.0);
    edit(&home, &record, |r| {
        r.result.note = Some("felt fine".to_string());
    });

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let err = stderr(&output);
    assert!(err.contains("1 session held back: "), "{err}");
    assert!(!err.contains("refused"), "{err}");
}

#[test]
fn linking_an_entry_that_is_not_there_says_baby_buddy_once() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));

    let output = home.sync(&["--link", &record.id, "999"]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let out = stdout(&output);
    assert!(
        out.contains("2026-11-20 07:14  Baby Buddy has no entry 999 to take"),
        "{out}"
    );
    assert!(!out.contains("refused by Baby Buddy"), "{out}");
    assert!(server.entries().is_empty());
}
