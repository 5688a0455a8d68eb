//! The app's router and the core's link writer agree on every path.

mod common;

use common::{all_states, shipped};
use myna_diagnosis::app::Route;
use yew_router::Routable;

#[test]
fn every_page_and_state_is_recognised_as_its_route() {
    let g = shipped();
    let mut places = g.pages();
    places.extend(all_states(g).iter().map(|answers| g.place_of(&g.walk(answers).unwrap())));
    for place in places {
        assert_eq!(Route::recognize(&place.path()), Some(Route::from(&place)), "{place}");
    }
}

#[test]
fn unknown_paths_fall_to_not_found() {
    assert_eq!(Route::recognize("/x/y/z/"), Some(Route::NotFound));
}
