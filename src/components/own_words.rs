//! Words that stay Japanese (the desk view the staff read, the message sent, the phone script),
//! shown to a person reading another language with their own words beneath.

use super::GuideRef;
use crate::diagnosis::{guide as guide_in, Guide, Lang};
use yew::prelude::*;

/// The Japanese guide, beside `guide`: the same one when the page is Japanese.
pub fn japanese(guide: &GuideRef) -> &'static Guide {
    match guide.lang {
        Lang::Ja => guide.0,
        // The Japanese guide is the one every other is built from: if it failed to load, no page
        // would have rendered; the page's own guide is the harmless fallback.
        _ => guide_in(Lang::Ja).unwrap_or(guide.0),
    }
}

/// The person's words for the Japanese just before them, on a line of their own, marked with
/// their language; nothing on a Japanese page. A plain function, not a component: on a Japanese
/// page it leaves no trace in the markup.
pub fn in_own_words(guide: &Guide, text: &str) -> Html {
    if guide.lang == Lang::Ja {
        return Html::default();
    }
    html! { <span class="own-words" lang={guide.lang.tag()}>{ text }</span> }
}
