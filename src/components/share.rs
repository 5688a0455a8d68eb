//! Sends a result's title and stable link: the Web Share sheet on phones, otherwise the
//! clipboard, with the outcome announced through a live region.
//!
//! Only the markup is here: `assets/boot.js` does the sending, whether the app runs or not. The
//! share sheet opens only within a moment of the tap that asks for it, and on a slow connection
//! the app can arrive later than that.

use super::{use_href, GuideRef};
use crate::contract::{NEEDS_APP, SENT_QUERY};
use crate::diagnosis::Place;
use yew::prelude::*;

/// Props of [`ShareButton`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareButtonProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The result's title, the only text shared besides the link.
    pub title: AttrValue,
    /// The result's stable link.
    pub link: Place,
}

/// See the module docs. The button's `data-share` and `data-share-title` are
/// `crate::contract::SHARE` and `SHARE_TITLE` (`html!` takes attribute names only as literals).
#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    // The link opens with a note that it was sent (see `SENT_QUERY`); the page is the same.
    let href = use_href(&props.link);
    let href = format!("{href}?{SENT_QUERY}");
    let ui = &props.guide.ui;
    html! {
        <div class={classes!("share", "no-print", NEEDS_APP)}>
            // The words boot.js says are the data's, like every word on the page (`SHARE_WORDS`).
            <button type="button" class="button" data-share={href} data-share-title={props.title.clone()}
                    data-shared={ui.shared.clone()} data-link-copied={ui.link_copied.clone()}
                    data-link-copy-failed={ui.link_copy_failed.clone()} data-busy={ui.busy.clone()}>
                { &props.guide.ui.share }
            </button>
            <p class="status" role="status" aria-live="polite"></p>
        </div>
    }
}
