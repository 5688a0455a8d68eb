//! Why: the likely causes of a result, most likely first, folded under one short line so the
//! steps come first.

use super::{GuideRef, SourceLink};
use crate::diagnosis::{fill, Outcome};
use yew::prelude::*;

/// Props of [`CauseList`].
#[derive(Properties, PartialEq, Clone)]
pub struct CauseListProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The result whose causes these are.
    pub result: &'static Outcome,
}

/// See the module docs.
#[component]
pub fn CauseList(props: &CauseListProps) -> Html {
    let guide = props.guide;
    html! {
        <details class="causes why">
            <summary>{ fill(&guide.ui.causes, &[("count", &props.result.causes.len().to_string())]) }</summary>
            // What people in this situation have seen or been told, before why: in the fold, so
            // that the steps stay near the top at 200 % text (the index shows it unfolded).
            <p class="heard">{ guide.heard_line(props.result) }</p>
            <ol class="cause-list" aria-label={guide.ui.causes_label.clone()}>
                { for props.result.causes.iter().map(|id| guide.get(id)).map(|c| html! {
                    <li class="cause">
                        <strong class="cause-title">{ &c.title }</strong>
                        <p>{ &c.detail }</p>
                        if let Some(url) = &c.source {
                            <SourceLink {guide} url={url.clone()} />
                        }
                    </li>
                }) }
            </ol>
        </details>
    }
}
