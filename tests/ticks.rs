//! Check marks remembered on the device: bad stored values are ignored, never a crash.

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::Ticks;

/// How many steps are ticked, read from the value the device stores.
fn count_ticked(ticks: &Ticks) -> usize {
    let stored: serde_json::Value = serde_json::from_str(&ticks.to_stored()).unwrap();
    stored["done"].as_array().map_or(0, Vec::len)
}

#[test]
fn ticks_survive_a_round_trip_through_storage() {
    let g = shipped();
    let r = g.result("pin-locked").unwrap();
    let key = Ticks::step_key("pin-help", "face-auth");
    let ticked = Ticks::restore(None, g, r).toggled(&key);
    let restored = Ticks::restore(Some(&ticked.to_stored()), g, r);
    assert!(restored.is_done(&key));
    assert_eq!(count_ticked(&restored), 1);
    assert!(!restored.toggled(&key).is_done(&key));
}

#[test]
fn corrupt_old_and_foreign_values_are_ignored() {
    let g = shipped();
    let r = g.result("pin-locked").unwrap();
    let stale_version = format!(r#"{{"v":{},"done":["pin-help/face-auth"]}}"#, g.meta.version + 1);
    for stored in
        ["", "null", "{", "[1,2,3]", "\"pin-help/face-auth\"", r#"{"v":"one","done":7}"#, stale_version.as_str()]
    {
        assert_eq!(count_ticked(&Ticks::restore(Some(stored), g, r)), 0, "{stored:?}");
    }
}

#[test]
fn ticks_of_steps_that_no_longer_exist_are_dropped() {
    let g = shipped();
    let r = g.result("pin-locked").unwrap();
    let stored =
        format!(r#"{{"v":{},"done":["pin-help/face-auth","gone/step","check-phone/update"]}}"#, g.meta.version);
    let t = Ticks::restore(Some(&stored), g, r);
    assert_eq!(count_ticked(&t), 1);
    assert!(t.is_done("pin-help/face-auth"));
}

#[test]
fn ticks_on_the_fallback_cards_survive_too() {
    let g = shipped();
    // pin-locked's own checks do not include the fallback; its cards are shown all the same.
    let r = g.result("pin-locked").unwrap();
    assert!(!r.checks.contains(&g.meta.fallback));
    let key = Ticks::step_key(&g.meta.fallback, "bring-documents");
    let ticked = Ticks::restore(None, g, r).toggled(&key);
    assert!(Ticks::restore(Some(&ticked.to_stored()), g, r).is_done(&key));
}

#[test]
fn boxes_ticked_before_the_app_ran_join_the_stored_ticks() {
    let g = shipped();
    let r = g.result("pin-locked").unwrap();
    let stored = Ticks::restore(None, g, r).toggled("pin-help/face-auth");
    let joined = stored.with_done(["before-visit/call-clinic", "pin-help/face-auth"]);
    assert_eq!(count_ticked(&joined), 2);
    assert!(joined.is_done("pin-help/face-auth") && joined.is_done("before-visit/call-clinic"));
    assert_eq!(stored.with_done([]), stored);
}
