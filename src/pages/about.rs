//! 「この内容の日付と、その後に変わったこと」: what changed after the guide's date, each fact with its date and
//! official source; every result links here from under its steps.

use crate::components::{checked_sentence, BackToPage, DatedFacts, GuideRef, Shell};
use yew::prelude::*;

/// Props of [`AboutPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct AboutPageProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The screen's heading, focused on arrival.
    pub heading: NodeRef,
}

/// See the module docs.
#[component]
pub fn AboutPage(props: &AboutPageProps) -> Html {
    let AboutPageProps { guide, heading } = props;
    html! {
        <Shell guide={*guide}>
            <BackToPage guide={*guide} />
            <h1 ref={heading} tabindex="-1">{ &guide.meta.about.title }</h1>
            <p>{ checked_sentence(guide) }</p>
            <DatedFacts guide={*guide} />
        </Shell>
    }
}
