//! Check marks remembered on the device: bad stored values are ignored, never a crash.

mod common;

use common::shipped;
use myna_diagnosis::diagnosis::Ticks;

#[test]
fn ticks_survive_a_round_trip_through_storage() {
    let g = shipped();
    let r = g.result("pin-locked").unwrap();
    let key = Ticks::step_key("pin-help", "face-auth");
    let ticked = Ticks::restore(None, g, r).toggled(&key);
    let restored = Ticks::restore(Some(&ticked.to_stored()), g, r);
    assert!(restored.is_done(&key));
    assert_eq!(restored.count(), 1);
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
        assert_eq!(Ticks::restore(Some(stored), g, r).count(), 0, "{stored:?}");
    }
}

#[test]
fn ticks_of_steps_that_no_longer_exist_are_dropped() {
    let g = shipped();
    let r = g.result("pin-locked").unwrap();
    let stored =
        format!(r#"{{"v":{},"done":["pin-help/face-auth","gone/step","check-phone/update"]}}"#, g.meta.version);
    let t = Ticks::restore(Some(&stored), g, r);
    assert_eq!(t.count(), 1);
    assert!(t.is_done("pin-help/face-auth"));
}
