//! Property tests for the link decoder: whatever arrives — random bytes, very long strings,
//! percent-encoding, unicode, `../`, markup — decoding gives an error or a valid page, never a
//! panic, and every page it accepts encodes back to an equivalent link.

#![cfg(not(target_arch = "wasm32"))]
mod common;

use common::shipped;
use myna_diagnosis::diagnosis::{Answers, Place};
use proptest::prelude::*;

/// Pieces that links are made of, good and hostile, to build plausible-looking strings.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("/".to_string()),
        Just("/r/".to_string()),
        Just("/q/".to_string()),
        Just("desk/".to_string()),
        Just("?a=".to_string()),
        Just("&".to_string()),
        Just(".".to_string()),
        Just("../".to_string()),
        Just("%2e%2e%2f".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("index.html".to_string()),
        Just("?chosen=".to_string()),
        Just("ピン".to_string()),
        Just("\u{0}".to_string()),
        "[a-z-]{0,12}",
        prop::sample::select(vec!["pin-locked", "clinic", "portal", "not-found", "self", "job", "urgent", "app-phone"])
            .prop_map(str::to_string),
    ]
}

fn check(link: &str) {
    let g = shipped();
    if let Ok(place) = link.parse::<Place>() {
        // Whatever parses prints as a well-formed link that parses back to the same page.
        let again: Place = place.to_string().parse().expect("a printed link parses");
        assert_eq!(again, place);
        let _ = g.resolve(&place);
    }
    let _ = Answers::from_query(link);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(link in any::<String>()) {
        check(&link);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn link_shaped_strings_never_panic(parts in prop::collection::vec(fragment(), 0..24)) {
        check(&parts.concat());
    }
}

#[test]
fn very_long_links_are_refused_without_trouble() {
    for link in
        ["/r/".to_string() + &"a".repeat(1 << 20), "/r/x/?a=".to_string() + &"a.".repeat(1 << 19), "/".repeat(1 << 20)]
    {
        assert!(link.parse::<Place>().and_then(|p| shipped().resolve(&p)).is_err());
    }
}
