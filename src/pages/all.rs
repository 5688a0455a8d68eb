//! 「一覧から探す」: every result, grouped by where the person is, each with the words people
//! have seen or been told in it, for whoever knows their case or arrives from a search box.
//! Headings per group, so a screen reader's list of headings is the table of contents.

use super::PageProps;
use crate::components::{AppLink, Shell};
use crate::diagnosis::Place;
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn AllPage(props: &PageProps<()>) -> Html {
    let PageProps { guide, heading, .. } = props;
    let index = &guide.index;
    html! {
        <Shell guide={*guide}>
            <h1 ref={heading} tabindex="-1">{ &index.title }</h1>
            <p class="lead">{ &index.lead }</p>
            { for index.groups.iter().map(|group| html! {
                <section class="index-group" aria-labelledby={format!("group-{}", group.id)}>
                    <h2 id={format!("group-{}", group.id)}>{ &group.title }</h2>
                    <ul class="index-list">
                        { for group.results.iter().map(|id| guide.get(id)).map(|result| html! {
                            <li>
                                <AppLink to={Place::result(&result.id)} class="index-link">{ &result.title }</AppLink>
                                <p class="heard">{ guide.heard_line(result) }</p>
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </Shell>
    }
}
