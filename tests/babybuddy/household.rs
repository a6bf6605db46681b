//! Baby Buddy for a real household: two machines sharing the data dir, a
//! partner who edits and deletes entries there, one unit for every entry,
//! notes that read on one line, refusals in plain words.

use std::fs;

use letdown::babybuddy::carries_mark;
use letdown::session::SessionRecord;
use letdown::store::read_stored;

use super::server::FakeBabyBuddy;
use super::{Household, common, said};

const FIRST: &str = "2026-11-20T07:14:05.120+01:00";

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn posts(server: &FakeBabyBuddy) -> usize {
    server
        .requests()
        .iter()
        .filter(|r| r.starts_with("POST"))
        .count()
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

fn table_for(url: &str) -> String {
    format!("[babybuddy]\nurl = \"{url}\"\nchild = 1\ntoken_file = \"token\"\n")
}

#[test]
fn an_entry_deleted_in_baby_buddy_stays_deleted_whichever_machine_syncs() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    assert!(home.sync(&[]).status.success());
    server.delete(1);

    // The other machine, its own state folder, the url written another way.
    let other = home.sharing(&table_for(&format!(
        "http://localhost:{}/",
        server.addr.port()
    )));
    let output = other.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        stdout(&output).contains("nothing new to send; 1 session sent before"),
        "{}",
        said(&output)
    );
    // The first machine, its state folder emptied.
    fs::remove_dir_all(home.sandbox.state_dir().join("babybuddy")).expect("emptied");
    assert!(home.sync(&[]).status.success());
    assert!(server.entries().is_empty(), "never sent again");
    assert_eq!(posts(&server), 1);

    // An edit finds it deleted there, and every machine knows from then on.
    edit(&home, &record, |r| r.result.total_ml = Some(100.0));
    let output = other.sync(&[]);
    assert!(
        stdout(&output).contains("its entry (1) was deleted in Baby Buddy"),
        "{}",
        said(&output)
    );
    let output = home.sync(&[]);
    assert!(
        stdout(&output).contains("1 session deleted in Baby Buddy, not sent again"),
        "{}",
        said(&output)
    );
    assert_eq!(posts(&server), 1);

    // Sent again on purpose.
    let output = home.sync(&["--resend", &record.id]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        stdout(&output).contains("Baby Buddy: 1 sent"),
        "{}",
        said(&output)
    );
    let entries = server.entries();
    assert_eq!(entries.len(), 1);
    assert!(carries_mark(&entries[0].notes, &record.id));
    assert!(other.sync(&[]).status.success());
    assert_eq!(server.entries().len(), 1, "and known as sent everywhere");
}

#[test]
fn what_an_older_list_in_the_state_folder_knows_is_carried_into_the_data_dir() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    let folder = home.sandbox.state_dir().join("babybuddy");
    fs::create_dir_all(&folder).expect("folder");
    fs::write(
        folder.join("sent.toml"),
        format!(
            "[[servers]]\nurl = \"{}\"\nchild = 1\n\n[servers.sent.\"{}\"]\nentry = 7\ndigest = \"0badf00d\"\n",
            server.url(),
            record.id
        ),
    )
    .expect("the old list");

    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        stdout(&output).contains("nothing new to send; 1 session sent before"),
        "{}",
        said(&output)
    );
    assert!(server.requests().is_empty());
    let text = fs::read_to_string(home.sent_record(&server, &record.id)).expect("the record");
    assert!(text.contains("entry = 7"), "{text}");
}

#[test]
fn a_change_keeps_the_partners_tag_and_line_and_leaves_an_edit_there_alone_unless_asked() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    assert!(home.sync(&[]).status.success());
    server.edit(1, |held| {
        held.tags.push("fridge".to_string());
        held.notes.push_str("\nin the fridge, top shelf");
    });

    edit(&home, &record, |r| {
        r.result.note = Some("felt good".to_string());
    });
    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        stdout(&output).contains("Baby Buddy: 1 changed"),
        "{}",
        said(&output)
    );
    let entry = &server.entries()[0];
    assert_eq!(entry.tags, ["letdown", "fridge"]);
    assert_eq!(
        entry.notes,
        format!(
            "2 let-downs (07:15, 07:17) · note: felt good · letdown:{}\nin the fridge, top shelf",
            record.id
        )
    );

    // The partner corrects the amount there; an edit here leaves it alone.
    server.edit(1, |held| held.amount = 90.0);
    edit(&home, &record, |r| {
        r.result.note = Some("felt fine".to_string());
    });
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    assert!(
        stdout(&output).contains("its entry (1) was changed in Baby Buddy (amount 95.5 → 90)")
            && stdout(&output).contains("--overwrite"),
        "{}",
        said(&output)
    );
    assert!((server.entries()[0].amount - 90.0).abs() < 1e-9);
    assert!(!server.entries()[0].notes.contains("felt fine"));

    let output = home.sync(&["--overwrite"]);
    assert!(output.status.success(), "{}", said(&output));
    let entry = &server.entries()[0];
    assert!((entry.amount - 95.5).abs() < 1e-9);
    assert!(entry.notes.contains("felt fine") && entry.notes.contains("top shelf"));
}

#[test]
fn the_display_units_change_nothing_there_and_the_tables_units_round_once() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let mut record = common::finished_session(FIRST, &[70.0], 900.0, None);
    record.result.left_ml = Some(45.0);
    record.result.right_ml = Some(38.0);
    home.save(&record);
    assert!(home.sync(&[]).status.success());
    home.configure("units = \"oz\"");
    let output = home.sync(&[]);
    assert!(
        stdout(&output).contains("nothing new to send"),
        "{}",
        said(&output)
    );
    assert!((server.entries()[0].amount - 83.0).abs() < 1e-9);

    let ounces = FakeBabyBuddy::start();
    let home = Household::with_table(&format!(
        "units = \"ml\"\n[babybuddy]\nurl = \"{}\"\nchild = 1\ntoken_file = \"token\"\nunits = \"oz\"\n",
        ounces.url()
    ));
    home.save(&record);
    assert!(home.sync(&[]).status.success());
    let entry = &ounces.entries()[0];
    // 45 ml is 1.52 oz and 38 ml 1.28 oz: the total is theirs, 2.80.
    assert!((entry.amount - 2.8).abs() < 1e-9, "{}", entry.amount);
    assert!(
        entry.notes.contains(" · L 1.52 oz / R 1.28 oz · "),
        "{}",
        entry.notes
    );
}

#[test]
fn let_downs_in_one_minute_show_their_seconds_and_no_count_is_made_up() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let mut record = common::finished_session(FIRST, &[60.0, 75.0, 200.0], 900.0, Some(50.0));
    record.plan = Some("hands-on".to_string());
    home.save(&record);
    let output = home.sandbox.run([
        "add",
        "--at",
        "10:00",
        "--date",
        "2026-11-20",
        "--mins",
        "20",
        "--total",
        "60",
    ]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(home.sync(&[]).status.success());
    let entries = server.entries();
    assert!(
        entries[0]
            .notes
            .starts_with("3 let-downs (07:15:05, 07:15:20, 07:17) · hands-on pumping · letdown:"),
        "{}",
        entries[0].notes
    );
    assert!(
        entries[1].notes.starts_with("entered by hand · letdown:"),
        "{}",
        entries[1].notes
    );
}

#[test]
fn an_overlap_with_letdowns_own_entry_says_whose_and_replace_resolves_it() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let first = home.pumped(FIRST, Some(95.5));
    assert!(home.sync(&[]).status.success());
    // Added by hand over it, with --force.
    let second = home.pumped("2026-11-20T07:20:00.000+01:00", Some(80.0));

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "it overlaps Baby Buddy entry 1 (07:14–07:29), letdown's entry of session {}",
            first.id
        )) && out.contains("`letdown sync --replace`"),
        "{out}"
    );
    assert!(!out.contains("did not send"), "{out}");

    let output = home.sync(&["--replace"]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(stdout(&output).contains("1 changed"), "{}", said(&output));
    let entries = server.entries();
    assert_eq!(entries.len(), 1);
    assert!(carries_mark(&entries[0].notes, &second.id));
    assert!(!carries_mark(&entries[0].notes, &first.id));
    let again = home.sync(&[]);
    assert!(again.status.success(), "{}", said(&again));
    assert!(
        stdout(&again).contains("nothing new to send"),
        "{}",
        said(&again)
    );
}

#[test]
fn a_refused_change_is_said_in_the_sessions_own_times_with_the_entry() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    assert!(home.sync(&[]).status.success());
    let theirs = server.hold(
        60.0,
        "2026-11-20T07:35:00+01:00",
        "2026-11-20T07:45:00+01:00",
        "by hand",
    );
    edit(&home, &record, |r| {
        r.active_secs = 1500.0;
        r.ended = Some(letdown::session::Timestamp(
            r.started.0 + chrono::TimeDelta::seconds(1500),
        ));
    });

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "it overlaps Baby Buddy entry {theirs} (07:35–07:45) that letdown did not send"
        )),
        "{out}"
    );
    assert!(
        !out.contains("a.m.") && !out.contains("Conflicting"),
        "{out}"
    );
}

#[test]
fn a_hand_entry_is_taken_as_the_sessions_with_link() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    let theirs = server.hold(
        90.0,
        "2026-11-20T07:10:00+01:00",
        "2026-11-20T07:30:00+01:00",
        "pumped, on the phone",
    );
    let output = home.sync(&[]);
    assert!(
        stdout(&output).contains(&format!("`letdown sync --link {} {theirs}`", record.id)),
        "{}",
        said(&output)
    );
    let output = home.sync(&["--link", &record.id, &theirs.to_string()]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(stdout(&output).contains("1 changed"), "{}", said(&output));
    let entries = server.entries();
    assert_eq!(entries.len(), 1);
    assert!((entries[0].amount - 95.5).abs() < 1e-9);
    assert!(entries[0].notes.starts_with("pumped, on the phone\n"));
    assert!(carries_mark(&entries[0].notes, &record.id));
    assert!(stdout(&home.sync(&[])).contains("nothing new to send"));
}

#[test]
fn an_entry_found_by_its_mark_and_corrected_counts_as_changed() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    server.hold(
        70.0,
        &record.started.to_rfc3339(),
        &record.end().to_rfc3339(),
        &format!("letdown:{}", record.id),
    );
    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        stdout(&output).contains("Baby Buddy: 1 changed"),
        "{}",
        said(&output)
    );
    assert!((server.entries()[0].amount - 95.5).abs() < 1e-9);
}

#[test]
fn since_leaves_out_the_days_before() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    let kept = home.pumped("2026-11-22T22:05:00.000+01:00", Some(60.0));
    let output = home.sync(&["--since", "2026-11-22"]);
    assert!(output.status.success(), "{}", said(&output));
    let entries = server.entries();
    assert_eq!(entries.len(), 1);
    assert!(carries_mark(&entries[0].notes, &kept.id));
}
