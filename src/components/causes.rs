//! Why: the likely causes of a result, most likely first, folded under one short line so the
//! steps come first.

use super::{GuideRef, SourceLink};
use yew::prelude::*;

/// Props of [`CauseList`].
#[derive(Properties, PartialEq, Clone)]
pub struct CauseListProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// Cause ids, most likely first.
    pub causes: Vec<AttrValue>,
}

/// See the module docs.
#[component]
pub fn CauseList(props: &CauseListProps) -> Html {
    let guide = props.guide;
    html! {
        <details class="causes why">
            <summary>{ format!("なぜ? 考えられる原因({})", props.causes.len()) }</summary>
            <ol class="cause-list" aria-label="考えられる原因(可能性の高い順)">
                { for props.causes.iter().filter_map(|id| guide.cause(id)).map(|c| html! {
                    <li class="cause">
                        <strong class="cause-title">{ &c.title }</strong>
                        <p>{ &c.detail }</p>
                        if let Some(url) = &c.source {
                            <SourceLink url={url.clone()} />
                        }
                    </li>
                }) }
            </ol>
        </details>
    }
}
