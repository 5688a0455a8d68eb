//! Helpers shared by the native test files.
#![allow(dead_code)]

use myna_diagnosis::diagnosis::{guide, Guide, Lang, Next, Place, Question, GUIDE_JSON};
use serde_json::Value;

/// The shipped guide; the tests in `data.rs` prove it loads.
pub fn shipped() -> &'static Guide {
    match guide(Lang::Ja) {
        Ok(g) => g,
        Err(e) => panic!("assets/diagnosis.json is invalid: {e}"),
    }
}

/// The shipped JSON as a value, to break on purpose.
pub fn shipped_value() -> Value {
    serde_json::from_str(GUIDE_JSON).expect("shipped JSON parses")
}

/// Every answer sequence from the start that ends at a result, depth first.
pub fn all_paths(g: &Guide) -> Vec<Vec<String>> {
    fn go(g: &Guide, q: &Question, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
        for a in &q.answers {
            let mut next = prefix.clone();
            next.push(a.id.clone());
            match &a.next {
                Next::Question(id) => go(g, g.get(id), next, out),
                Next::Result(_) => out.push(next),
            }
        }
    }
    let mut out = Vec::new();
    go(g, g.get(&g.meta.start), Vec::new(), &mut out);
    out
}

/// Every prefix of every path, including the empty one: each reachable state once.
pub fn all_states(g: &Guide) -> Vec<Vec<String>> {
    let mut states: Vec<Vec<String>> = vec![Vec::new()];
    for path in all_paths(g) {
        for n in 1..=path.len() {
            let prefix = path[..n].to_vec();
            if !states.contains(&prefix) {
                states.push(prefix);
            }
        }
    }
    states
}

/// Fails, naming the phrase and what it was looked for in, unless `text` contains every phrase.
pub fn assert_contains(text: &str, phrases: &[&str], what: &str) {
    for p in phrases {
        assert!(text.contains(p), "{what} should say {p:?}: {text}");
    }
}

/// The place an older link names when its query says what the path now says (answers, a
/// marked answer): what the app shows in the address bar once it has read it (see
/// `show_link_as_its_current_path` in `src/app.rs`); `None` for a link with nothing to upgrade.
pub fn upgraded(link: &str) -> Option<Place> {
    let (path, _query) = link.split_once('?')?;
    let place: Place = link.parse().ok()?;
    (place.is_walk() && place.to_string() != path).then_some(place)
}
