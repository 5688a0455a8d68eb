//! Link encoding: every reachable state survives a round trip through its link, and nothing a
//! person (or a chat app) can paste makes decoding panic.

mod common;

use common::{all_states, shipped};
use myna_diagnosis::diagnosis::{Answers, End, LinkError, Place};

#[test]
fn every_reachable_state_round_trips_through_its_link() {
    let g = shipped();
    let states = all_states(g);
    assert!(states.len() > g.results.len());
    for answers in states {
        let walk = g.walk(&answers).unwrap();
        let link = g.place_of(&walk).to_string();
        let decoded: Place = link.parse().unwrap_or_else(|e| panic!("{link}: {e}"));
        let again = g.resolve(&decoded).unwrap_or_else(|e| panic!("{link}: {e}"));
        assert_eq!(again.answer_ids(), answers, "{link}");
        assert_eq!(again.end, walk.end, "{link}");
    }
}

#[test]
fn links_read_as_expected() {
    let g = shipped();
    let link = |answers: &[&str]| g.place_of(&g.walk(answers).unwrap()).to_string();
    assert_eq!(link(&[]), "/");
    assert_eq!(link(&["portal"]), "/q/portal-symptom/");
    assert_eq!(link(&["portal", "not-found", "self", "name"]), "/r/name-changed/?a=portal.not-found.self.name");
}

#[test]
fn back_and_change_links_return_to_a_question_with_its_answer_marked() {
    let g = shipped();
    let walk = g.walk(&["portal", "not-found", "self", "name"]).unwrap();
    assert_eq!(g.back_link(&walk).as_deref(), Some("/q/portal-change/?chosen=name"));
    assert_eq!(g.revisit(&walk, 0).as_deref(), Some("/?chosen=portal"));
    assert_eq!(g.revisit(&walk, 4), None);
    assert_eq!(g.back_link(&g.walk::<&str>(&[]).unwrap()), None);
}

#[test]
fn a_bare_result_link_shows_the_result_without_answers() {
    let g = shipped();
    let walk = g.resolve(&"/r/pin-locked/".parse().unwrap()).unwrap();
    assert!(matches!(walk.end, End::Show(r) if r.id == "pin-locked"));
    assert!(walk.taken.is_empty());
}

#[test]
fn chat_app_parameters_are_ignored() {
    let place: Place = "/r/pin-locked/?openExternalBrowser=1&a=clinic.pin-locked&utm_source=line".parse().unwrap();
    assert_eq!(
        place,
        Place::Result { id: "pin-locked".into(), answers: Some(Answers(vec!["clinic".into(), "pin-locked".into()])) }
    );
    assert_eq!("/r/pin-locked/index.html".parse::<Place>().unwrap().path(), "/r/pin-locked/");
}

#[test]
fn unknown_and_outdated_links_are_distinct_errors() {
    let g = shipped();
    let resolve = |link: &str| g.resolve(&link.parse::<Place>()?);
    assert_eq!(resolve("/r/no-such-result/").unwrap_err(), LinkError::UnknownResult("no-such-result".into()));
    assert_eq!(resolve("/q/no-such-question/").unwrap_err(), LinkError::UnknownQuestion("no-such-question".into()));
    assert_eq!(
        resolve("/r/pin-locked/?a=clinic.no-read").unwrap_err(),
        LinkError::AnswersLeadElsewhere { named: "pin-locked".into(), reached: "reader-trouble".into() }
    );
    assert_eq!(resolve("/r/pin-locked/?a=clinic").unwrap_err(), LinkError::AnswersDoNotFit);
    assert_eq!(resolve("/r/pin-locked/?a=clinic..x").unwrap_err(), LinkError::BadAnswers);
    assert_eq!(resolve("/r/pin-locked/?a=1&a=2").unwrap_err(), LinkError::BadAnswers);
}

#[test]
fn hostile_strings_decode_to_errors() {
    let long = "a.".repeat(10_000);
    let hostile = [
        "/r/../../etc/passwd/",
        "/r/%2e%2e/",
        "/r/<script>alert(1)</script>/",
        "/r/ピン/",
        "/q/",
        "/x/pin-locked/",
        "/r/pin-locked/extra/",
        "/r/PIN-LOCKED/",
        "/r/pin-locked/?a=<script>",
        "/r/pin-locked/?a=%E3%81%82",
        "/r/pin-locked/?a=",
        &format!("/r/pin-locked/?a={long}"),
        &"/".repeat(5000),
        "\u{0}",
    ];
    for link in hostile {
        let decoded = link.parse::<Place>().and_then(|p| shipped().resolve(&p).map(|_| ()));
        assert!(decoded.is_err(), "{link:?} decoded");
    }
}
