//! 「この内容の日付と、その後に変わったこと」: what changed after the guide's date, each fact with its date and
//! official source; every result links here from under its steps.

use super::PageProps;
use crate::components::{checked_sentence, BackToPage, DatedFacts, Shell};
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn AboutPage(props: &PageProps<()>) -> Html {
    let PageProps { guide, heading, .. } = props;
    html! {
        <Shell guide={*guide}>
            <BackToPage guide={*guide} />
            <h1 ref={heading} tabindex="-1">{ &guide.meta.about.title }</h1>
            <p>{ checked_sentence(guide) }</p>
            <DatedFacts guide={*guide} />
        </Shell>
    }
}
