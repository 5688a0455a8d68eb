//! Why: the likely causes of a result, most likely first, folded under one short line so the
//! steps come first.

use super::{GuideRef, SourceLink};
use crate::diagnosis::{fill, Cause, Ref};
use yew::prelude::*;

/// Props of [`CauseList`].
#[derive(Properties, PartialEq, Clone)]
pub struct CauseListProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The causes, most likely first.
    pub causes: &'static [Ref<Cause>],
}

/// See the module docs.
#[component]
pub fn CauseList(props: &CauseListProps) -> Html {
    let guide = props.guide;
    html! {
        <details class="causes why">
            <summary>{ fill(&guide.ui.causes, &[("count", &props.causes.len().to_string())]) }</summary>
            <ol class="cause-list" aria-label={guide.ui.causes_label.clone()}>
                { for props.causes.iter().map(|id| guide.get(id)).map(|c| html! {
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
