//! Links made today keep working after the data changes: every link in
//! `tests/fixtures/published-links.txt` must still open the same page, and a renamed result
//! needs an alias.

mod common;

use common::{shipped, shipped_value, upgraded};
use myna_diagnosis::diagnosis::{End, Guide, Place};
use serde_json::json;

const PUBLISHED: &str = include_str!("fixtures/published-links.txt");

fn links() -> impl Iterator<Item = &'static str> {
    PUBLISHED.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Every published link that does not resolve in `guide`, with the reason.
fn broken_links(guide: &Guide) -> Vec<String> {
    links()
        .filter_map(|link| match link.parse::<Place>().and_then(|p| guide.screen(&p).map(|_| ())) {
            Ok(()) => None,
            Err(e) => Some(format!("{link}: {e}")),
        })
        .collect()
}

#[test]
fn every_published_link_still_opens() {
    assert!(links().count() >= 50);
    assert_eq!(broken_links(shipped()), Vec::<String>::new());
}

/// A link with its answers or marked answer in the query opens the same place as its path form,
/// which the app then shows in the address bar.
#[test]
fn every_published_query_link_has_a_path_form() {
    let with_query: Vec<&str> = links().filter(|l| l.contains('?')).collect();
    assert!(with_query.iter().any(|l| l.contains("?a=")) && with_query.iter().any(|l| l.contains("?chosen=")));
    for link in with_query {
        let place = upgraded(link).unwrap_or_else(|| panic!("{link}: no path form"));
        let path = place.to_string();
        assert!(!path.contains('?'), "{link} → {path}");
        assert_eq!(path.parse::<Place>(), Ok(place), "{link} → {path} opens another place");
    }
}

#[test]
fn every_result_and_question_is_published() {
    let g = shipped();
    let listed: Vec<&str> = links().collect();
    for r in &g.results {
        assert!(listed.contains(&format!("/r/{}/", r.id).as_str()), "add /r/{}/ to the published links", r.id);
        // A link with the answers in it is what catches answers moved without a `moved_answers`
        // entry: every result has one.
        let walked = format!("/r/{}/via/", r.id);
        let older = format!("/r/{}/?a=", r.id);
        assert!(
            listed.iter().any(|l| l.starts_with(&walked) || l.starts_with(&older)),
            "add a walk's link to /r/{}/ (with /via/) to the published links",
            r.id
        );
    }
    for q in g.questions.iter().filter(|q| !g.meta.start.is(q)) {
        assert!(listed.contains(&format!("/q/{}/", q.id).as_str()), "add /q/{}/ to the published links", q.id);
    }
}

/// Renames `pin-locked` in a copy of the data, with or without an alias.
fn renamed(with_alias: bool) -> Guide {
    let mut v = shipped_value();
    for r in v["results"].as_array_mut().unwrap() {
        if r["id"] == "pin-locked" {
            r["id"] = json!("pin-lock");
        }
    }
    for q in v["questions"].as_array_mut().unwrap() {
        for a in q["answers"].as_array_mut().unwrap() {
            if a["next"] == json!({"result": "pin-locked"}) {
                a["next"] = json!({"result": "pin-lock"});
            }
        }
    }
    for group in v["index"]["groups"].as_array_mut().unwrap() {
        for r in group["results"].as_array_mut().unwrap() {
            if r == "pin-locked" {
                *r = json!("pin-lock");
            }
        }
    }
    if with_alias {
        v["aliases"] = json!({"pin-locked": "pin-lock"});
    }
    Guide::from_json(&v.to_string()).expect("the renamed table is valid")
}

#[test]
fn renaming_a_result_without_an_alias_breaks_published_links() {
    assert_eq!(
        broken_links(&renamed(false)),
        [
            "/r/pin-locked/: no result \"pin-locked\"",
            "/r/pin-locked/?a=clinic.pin-locked: no result \"pin-locked\"",
            "/r/pin-locked/desk/: no result \"pin-locked\"",
        ]
    );
}

#[test]
fn an_alias_keeps_the_old_links_opening_the_renamed_result() {
    let g = renamed(true);
    assert_eq!(broken_links(&g), Vec::<String>::new());
    let walk = g.resolve(&"/r/pin-locked/?a=clinic.pin-locked".parse().unwrap()).unwrap();
    assert!(matches!(walk.end, End::Show(r) if r.id == "pin-lock"));
    // The old name keeps static pages of its own (no redirects on a static host), which show the
    // renamed result and name it as their canonical address.
    for old in ["/r/pin-locked/", "/r/pin-locked/desk/"] {
        let place: Place = old.parse().unwrap();
        assert!(g.pages().contains(&place), "{old} is pre-rendered");
        let screen = g.screen(&place).unwrap();
        assert_eq!(screen.canonical(&g).to_string(), old.replace("pin-locked", "pin-lock"));
    }
    // The ticks a device kept under the old id are looked for there (and moved by the app).
    let renamed = g.result("pin-lock").unwrap();
    assert_eq!(g.old_ids(renamed).collect::<Vec<_>>(), ["pin-locked"]);
    assert_eq!(shipped().old_ids(shipped().result("pin-locked").unwrap()).count(), 0);
}
