//! The hook runner, with real shells: failures said once, the queue, and process groups killed.

use super::*;

fn event(kind: HookKind, command: &str) -> HookEvent {
    HookEvent {
        kind,
        command: command.to_string(),
        vars: vec![("LETDOWN_LETDOWNS", "3".to_string())],
    }
}

/// Waits for trouble to be said, polling with a deadline.
fn trouble_within(runner: &HookRunner, within: Duration) -> Option<String> {
    let deadline = Instant::now() + within;
    loop {
        if let Some(trouble) = runner.take_trouble() {
            return Some(trouble);
        }
        if Instant::now() >= deadline {
            return None;
        }
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_failing_hook_is_said_once_and_the_next_still_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mark = dir.path().join("ran");
    let runner = HookRunner::with_limit(Duration::from_secs(5), || {});
    assert!(runner.run(event(HookKind::Letdown, "exit 3")));
    assert!(runner.run(event(HookKind::Letdown, "exit 3")));
    let touch = format!(
        "echo \"$LETDOWN_EVENT $LETDOWN_LETDOWNS\" > '{}'",
        mark.display()
    );
    assert!(runner.run(event(HookKind::Phase, &touch)));
    let said = trouble_within(&runner, Duration::from_secs(10)).expect("said");
    assert_eq!(
        said,
        "the letdown hook failed (exit code 3); letdown carries on without it"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while !mark.exists() {
        assert!(Instant::now() < deadline, "the next hook never ran");
        thread::sleep(Duration::from_millis(10));
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    let text = loop {
        let text = std::fs::read_to_string(&mark).expect("read the mark");
        if text.ends_with('\n') {
            break text;
        }
        assert!(Instant::now() < deadline, "the hook never finished writing");
        thread::sleep(Duration::from_millis(10));
    };
    assert_eq!(text, "phase 3\n");
    assert_eq!(runner.take_trouble(), None, "said once, not twice");
}

/// Reads the pid a hook wrote, waiting for it with a deadline.
fn pid_in(file: &std::path::Path) -> i32 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(pid) = std::fs::read_to_string(file)
            .ok()
            .and_then(|text| text.trim().parse().ok())
        {
            return pid;
        }
        assert!(Instant::now() < deadline, "the hook never wrote its pid");
        thread::sleep(Duration::from_millis(10));
    }
}

/// Waits until `pid` no longer runs (gone, or a zombie waiting for init).
fn wait_gone(pid: i32, within: Duration) {
    let deadline = Instant::now() + within;
    while std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| !stat.contains(") Z "))
    {
        assert!(Instant::now() < deadline, "the hook's child lives on");
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn what_a_hook_leaves_in_the_background_goes_when_its_shell_ends() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pid_file = dir.path().join("pid");
    let command = format!("sleep 1011 & echo $! > '{}'; exit 0", pid_file.display());
    let runner = HookRunner::with_limit(Duration::from_secs(30), || {});
    runner.run(event(HookKind::Phase, &command));
    wait_gone(pid_in(&pid_file), Duration::from_secs(5));
    assert_eq!(runner.take_trouble(), None, "the hook itself succeeded");
}

#[test]
fn a_queued_end_hook_runs_before_leaving_and_is_never_let_go() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mark = dir.path().join("ended");
    let runner = HookRunner::with_limit(Duration::from_secs(30), || {});
    for _ in 0..=QUEUE_LEN {
        runner.run(event(HookKind::Phase, "sleep 0.1"));
    }
    let touch = format!("echo \"$LETDOWN_EVENT\" > '{}'", mark.display());
    assert!(runner.run(event(HookKind::End, &touch)), "never let go");
    runner.finish(Duration::from_secs(20));
    assert_eq!(
        std::fs::read_to_string(&mark).expect("the end hook ran"),
        "end\n"
    );
}

#[test]
fn leaving_waits_no_longer_than_its_bound_and_kills_what_still_runs() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pid_file = dir.path().join("pid");
    let command = format!("sleep 1012 & echo $! > '{}'; wait", pid_file.display());
    let runner = HookRunner::with_limit(Duration::from_secs(30), || {});
    runner.run(event(HookKind::End, &command));
    let pid = pid_in(&pid_file);
    let left = Instant::now();
    runner.finish(Duration::from_millis(200));
    assert!(
        left.elapsed() < Duration::from_secs(5),
        "{:?}",
        left.elapsed()
    );
    wait_gone(pid, Duration::from_secs(5));
}

#[test]
fn a_hook_past_its_time_is_killed_with_what_it_started() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pid_file = dir.path().join("pid");
    // A child of the hook's shell, in its process group, that would outlive it.
    let command = format!("sleep 60 & echo $! > '{}'; wait", pid_file.display());
    let runner = HookRunner::with_limit(Duration::from_millis(300), || {});
    let started = Instant::now();
    runner.run(event(HookKind::Coach, &command));
    let said = trouble_within(&runner, Duration::from_secs(10)).expect("said");
    assert!(said.contains("ran longer than 0.3 s"), "{said}");
    assert!(started.elapsed() < Duration::from_secs(10));
    let pid: i32 = std::fs::read_to_string(&pid_file)
        .expect("the pid")
        .trim()
        .parse()
        .expect("a pid");
    let deadline = Instant::now() + Duration::from_secs(5);
    // Gone, or a zombie waiting for init: either way no longer sleeping.
    while std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .is_ok_and(|stat| !stat.contains(") Z "))
    {
        assert!(Instant::now() < deadline, "the hook's child lives on");
        thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_full_queue_lets_hooks_go_without_waiting_and_says_so_once() {
    let runner = HookRunner::with_limit(Duration::from_secs(30), || {});
    let started = Instant::now();
    let queued = (0..20)
        .filter(|_| runner.run(event(HookKind::Letdown, "sleep 30")))
        .count();
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "run never waits"
    );
    assert!(queued <= QUEUE_LEN + 1, "{queued} queued");
    assert_eq!(
        runner.take_trouble().as_deref(),
        Some("a hook was skipped: the hooks before it were still running")
    );
    assert_eq!(runner.take_trouble(), None);
}
