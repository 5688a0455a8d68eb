//! Friendly pages for links that cannot be followed and for broken embedded data.

use super::PageProps;
use crate::components::{AppLink, Shell};
use crate::diagnosis::Place;
use yew::prelude::*;

/// A link that names nothing we know, or carries garbled answers.
#[component]
///
/// What it shows: a result that still exists, when only the answers in the link are out of date.
pub fn BrokenLink(props: &PageProps<Option<Place>>) -> Html {
    let ui = &props.guide.ui;
    html! {
        <Shell guide={props.guide}>
            <h1 ref={&props.heading} tabindex="-1">{ &ui.broken_heading }</h1>
            <p class="lead">{ &ui.broken_lead }</p>
            <p>{ &ui.broken_sent }</p>
            if let Some(result) = &props.shows {
                <p><AppLink to={result.clone()} class="button">{ &ui.broken_result }</AppLink></p>
            }
            <p><AppLink to={Place::start()} class="button">{ &ui.broken_start }</AppLink></p>
        </Shell>
    }
}

/// Props of [`BrokenData`].
#[derive(Properties, PartialEq, Clone)]
pub struct BrokenDataProps {
    /// The validation message, for whoever reports the problem.
    pub detail: AttrValue,
}

/// The embedded data failed validation. The native tests make this unreachable in a release;
/// it exists so that even then the person sees words, not a blank page. Its words are the one
/// text of the app not in the data, which it cannot rely on: Japanese, then English (the
/// foreign-language line is the data's `myna-dial-foreign`).
#[component]
pub fn BrokenData(props: &BrokenDataProps) -> Html {
    html! {
        <main id="main" class="page">
            <h1>{ "ただいま診断を表示できません" }</h1>
            <p>{ "申し訳ありません。診断のデータに問題が見つかりました。困ったときは、マイナンバー総合フリーダイヤル 0120-95-0178 にお問い合わせください。" }</p>
            <p lang="en">{ "Sorry, the diagnosis cannot be shown: its data has a problem. For help, call the My Number General Toll-Free Line, 0120-0178-26 (English and other languages)." }</p>
            <p class="source"><small>{ &props.detail }</small></p>
        </main>
    }
}
