use chrono::DateTime;

use super::*;
use crate::session::State;

fn experiment(seed: u64) -> Experiment {
    Experiment {
        name: "compress".into(),
        a: "warm compress first".into(),
        b: "no compress".into(),
        plan_b: None,
        skip_phase_b: Some("Warm compress".into()),
        sessions: 10,
        seed,
        started: Timestamp(
            DateTime::parse_from_rfc3339("2026-12-01T07:00:00+01:00").expect("a time"),
        ),
        ended: None,
    }
}

#[test]
fn every_two_sessions_hold_one_of_each_arm_and_the_seed_alone_decides() {
    for seed in [0, 1, 42, u64::MAX >> 1] {
        let e = experiment(seed);
        for block in 0..50 {
            let pair = [e.arm_of(block * 2), e.arm_of(block * 2 + 1)];
            assert_ne!(pair[0], pair[1], "seed {seed}, block {block}");
        }
        // The same seed, the same arms: two machines agree.
        let again = experiment(seed);
        assert!((0..100).all(|n| e.arm_of(n) == again.arm_of(n)));
    }
    // The order within blocks is drawn: not always A first.
    let e = experiment(7);
    let firsts: Vec<Arm> = (0..40).map(|block| e.arm_of(block * 2)).collect();
    assert!(
        firsts.contains(&Arm::A) && firsts.contains(&Arm::B),
        "{firsts:?}"
    );
}

#[test]
fn welchs_interval_matches_a_worked_example() {
    // Worked with SciPy 1.x: `ttest_ind(b, a, equal_var=False).confidence_interval(0.95)`
    // gives (0.5975574041990436, 2.2913314846898456), ν = 14.988.
    let a = [3.0, 4.0, 5.0, 4.0, 3.0, 5.0, 4.0, 4.0];
    let b = [5.0, 6.0, 4.0, 6.0, 5.0, 5.0, 6.0, 5.0, 7.0];
    let d = welch_interval(&a, &b).expect("two or more each");
    assert!((d.estimate - 1.444_444_444_444_444_6).abs() < 1e-9, "{d:?}");
    assert!((d.low - 0.597_557_404_199_043_6).abs() < 1e-6, "{d:?}");
    assert!((d.high - 2.291_331_484_689_845_6).abs() < 1e-6, "{d:?}");
    assert!(d.is_clear());
    assert!(welch_interval(&a, &[5.0]).is_none());
    let same = welch_interval(&[2.0, 2.0], &[2.0, 2.0]).expect("figures");
    assert!(!same.is_clear());
}

fn session(arm: Arm, letdowns: usize, by_hand: bool) -> SessionRecord {
    let started =
        Timestamp(DateTime::parse_from_rfc3339("2026-12-02T07:00:00+01:00").expect("a time"));
    let mut record = SessionRecord::empty("s".into(), State::Finished, started);
    record.letdowns = (0..letdowns)
        .map(|i| crate::session::Letdown {
            at_secs: 90.0 + 150.0 * i as f64,
            at: started,
            side: None,
        })
        .collect();
    record.experiment = Some(ExperimentArm {
        name: "compress".into(),
        arm,
    });
    if by_hand {
        record.entered = Some(crate::session::Entered::ByHand);
    }
    record
}

#[test]
fn figures_are_called_only_once_each_arm_has_its_sessions_and_hand_entries_never_count() {
    let mut e = experiment(3);
    e.sessions = 3;
    let mut records = vec![
        session(Arm::A, 3, false),
        session(Arm::B, 4, false),
        session(Arm::A, 4, false),
        session(Arm::B, 5, false),
        session(Arm::B, 9, true),
    ];
    let early = Outcome::of(&e, &records);
    assert_eq!(
        (early.sessions_a, early.sessions_b, early.planned),
        (2, 2, 6)
    );
    assert!(!early.called);
    assert!(early.measures.iter().all(|m| m.difference.is_none()));
    records.push(session(Arm::A, 3, false));
    records.push(session(Arm::B, 5, false));
    let done = Outcome::of(&e, &records);
    assert!(done.called);
    let letdowns = done.measures[0];
    assert_eq!(letdowns.measure, Measure::Letdowns);
    assert_eq!((letdowns.a.n, letdowns.b.n), (3, 3));
    let d = letdowns.difference.expect("called");
    assert!((d.estimate - (14.0 / 3.0 - 10.0 / 3.0)).abs() < 1e-9);
}

#[test]
fn b_may_leave_out_a_phase_or_run_another_plan() {
    let config = crate::config::Config::default();
    let plan = Plan::from_config(&config);
    let e = experiment(1);
    let skip = e.skip_phase_b.clone().expect("a phase");
    assert!(plan.phases.iter().any(|p| p.name == skip));
    let b = e.apply(Arm::B, plan.clone(), &config);
    assert!(b.phases.iter().all(|p| p.name != skip));
    assert_eq!(b.phases.len() + 1, plan.phases.len());
    assert_eq!(e.apply(Arm::A, plan.clone(), &config).phases, plan.phases);
}
