//! The likely causes of a result, most likely first.

use super::SourceLink;
use crate::diagnosis::guide;
use yew::prelude::*;

/// Props of [`CauseList`].
#[derive(Properties, PartialEq, Clone)]
pub struct CauseListProps {
    /// Cause ids, most likely first.
    pub causes: Vec<AttrValue>,
}

/// See the module docs.
#[component]
pub fn CauseList(props: &CauseListProps) -> Html {
    let Ok(guide) = guide() else { return Html::default() };
    html! {
        <section class="causes" aria-labelledby="causes-heading">
            <h2 id="causes-heading">{ "考えられる原因(可能性の高い順)" }</h2>
            <ol class="cause-list">
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
        </section>
    }
}
