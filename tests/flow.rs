//! The walk from answers to results: exhaustive, and one scenario per situation in the seed.

mod common;

use common::{all_paths, shipped};
use myna_diagnosis::diagnosis::{End, LinkError};
use std::collections::BTreeSet;

#[test]
fn every_answer_combination_reaches_a_result_and_every_result_is_reached() {
    let g = shipped();
    let mut reached = BTreeSet::new();
    let paths = all_paths(g);
    assert!(paths.len() >= g.results.len());
    for path in &paths {
        let walk = g.walk(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        match walk.end {
            End::Show(r) => {
                reached.insert(r.id.clone());
            }
            End::Ask(q) => panic!("{path:?} stops at question {}", q.id),
        }
    }
    let all: BTreeSet<String> = g.results.iter().map(|r| r.id.clone()).collect();
    assert_eq!(reached, all);
}

#[test]
fn no_answers_asks_the_start_question() {
    let g = shipped();
    let walk = g.walk::<&str>(&[]).unwrap();
    assert!(matches!(walk.end, End::Ask(q) if q.id == "where"));
    assert_eq!(walk.progress(g), (1, 5));
}

#[test]
fn progress_counts_up_and_never_shrinks_below_what_is_done() {
    let g = shipped();
    assert_eq!(g.walk(&["portal"]).unwrap().progress(g), (2, 5));
    assert_eq!(g.walk(&["portal", "not-found", "self"]).unwrap().progress(g), (4, 5));
    assert_eq!(g.walk(&["app"]).unwrap().progress(g), (2, 3));
}

#[test]
fn bad_answers_are_errors_not_panics() {
    let g = shipped();
    assert_eq!(
        g.walk(&["portal", "nope"]).unwrap_err(),
        LinkError::UnknownAnswer { question: "portal-symptom".into(), answer: "nope".into() }
    );
    assert_eq!(g.walk(&["urgent", "more"]).unwrap_err(), LinkError::AnswersDoNotFit);
    assert!(g.walk(&[""]).is_err());
}

/// Walks `answers` and returns the result id and its causes, most likely first.
fn diagnose(answers: &[&str]) -> (String, Vec<String>) {
    let g = shipped();
    match g.walk(answers).unwrap().end {
        End::Show(r) => (r.id.clone(), r.causes.clone()),
        End::Ask(q) => panic!("still asking {}", q.id),
    }
}

#[test]
fn portal_says_not_found_right_after_a_job_change() {
    let (result, causes) = diagnose(&["portal", "not-found", "self", "job"]);
    assert_eq!(result, "after-insurance-change");
    assert_eq!(causes[..2], ["insurer-data-outdated", "mynumber-not-submitted"]);
}

#[test]
fn reader_does_not_recognise_the_card_two_days_after_applying() {
    let (result, causes) = diagnose(&["clinic", "not-recognized", "recent"]);
    assert_eq!(result, "waiting-for-reflection");
    assert_eq!(causes[0], "link-pending");
}

#[test]
fn the_app_shows_nothing_on_an_unsupported_phone() {
    let (result, causes) = diagnose(&["app", "unknown"]);
    assert_eq!(result, "unsupported-phone");
    assert_eq!(causes[0], "phone-nfc-app");
}

#[test]
fn only_a_childs_record_fails() {
    let (result, causes) = diagnose(&["portal", "not-found", "family"]);
    assert_eq!(result, "family-record");
    assert_eq!(causes[..2], ["cannot-fix-yourself", "record-mismatch"]);
}

#[test]
fn the_surname_changed_after_marriage() {
    let (result, causes) = diagnose(&["portal", "not-found", "self", "name"]);
    assert_eq!(result, "name-changed");
    assert_eq!(causes[0], "record-mismatch");
}

#[test]
fn a_visit_is_tomorrow_and_nothing_works() {
    let g = shipped();
    let (result, _) = diagnose(&["urgent"]);
    assert_eq!(result, "visit-soon");
    let first = g.check(&g.result("visit-soon").unwrap().checks[0]).unwrap();
    assert_eq!(first.id, "before-visit", "the fallback comes first when the visit is near");
    assert!(g.result("visit-soon").unwrap().desk);
}

#[test]
fn a_wholly_different_insurer_is_shown() {
    let (result, causes) = diagnose(&["portal", "other-insurer"]);
    assert_eq!(result, "wrong-insurer-shown");
    assert_eq!(causes[0], "cannot-fix-yourself");
}

#[test]
fn the_pin_is_locked_at_the_clinic() {
    let g = shipped();
    let (result, causes) = diagnose(&["clinic", "pin-locked"]);
    assert_eq!(result, "pin-locked");
    assert_eq!(causes[0], "pin-or-card-reading");
    let help = g.check("pin-help").unwrap();
    assert!(help.steps[0].text.contains("顔認証"), "face authentication is the first way round");
}

#[test]
fn the_clinic_reader_itself_fails() {
    let (result, causes) = diagnose(&["clinic", "no-read"]);
    assert_eq!(result, "reader-trouble");
    assert_eq!(causes[0], "terminal-trouble");
}

#[test]
fn my_number_never_submitted() {
    let (result, causes) = diagnose(&["portal", "not-found", "self", "none", "no"]);
    assert_eq!(result, "mynumber-not-submitted");
    assert_eq!(causes[0], "mynumber-not-submitted");
}

#[test]
fn the_scene_comes_from_the_first_answer() {
    let g = shipped();
    assert_eq!(g.walk(&["clinic", "no-read"]).unwrap().scene(), Some("clinic"));
    assert_eq!(g.walk(&["urgent"]).unwrap().scene(), None);
}
