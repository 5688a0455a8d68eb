//! The way back of a page reached from another (the contacts, the page about the information):
//! assets/boot.js goes back in the history, to the result and the place on it that was left;
//! without a history (a link opened on its own) or without scripts, it opens the start.

use super::{use_href, GuideProps};
use crate::diagnosis::Place;
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn BackToPage(props: &GuideProps) -> Html {
    let start = use_href(&Place::start());
    html! {
        // `data-back` is `crate::contract::BACK`.
        <p class="back-to-page no-print"><a href={start} data-back="">{ &props.guide.ui.back_to_page }</a></p>
    }
}
