//! 「受付で見せる」: very large type for the reception staff across the counter — what the
//! patient can present when the card reader fails.

use crate::components::{AppLink, GuideRef, SourceLinks};
use crate::diagnosis::{Outcome, Place, Walk};
use yew::prelude::*;

/// Props of [`DeskPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct DeskPageProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The screen's heading, focused on arrival.
    pub heading: NodeRef,
    /// The answers that led to the result, if the link carries them.
    pub walk: Walk<'static>,
    /// The result this view belongs to.
    pub result: &'static Outcome,
}

/// See the module docs.
#[component]
pub fn DeskPage(props: &DeskPageProps) -> Html {
    let DeskPageProps { guide, heading, walk, result } = props;
    let desk = &guide.desk;
    html! {
        <main id="main" class="desk" lang="ja">
            <h1 ref={heading} tabindex="-1">{ &desk.title }</h1>
            if let Some(note) = &result.desk_note {
                <p class="desk-situation"><strong>{ &guide.ui.desk_situation }</strong>{ note }</p>
            }
            <p class="desk-lead">{ &desk.lead }</p>
            <ol class="desk-items">
                { for desk.items.iter().map(|item| html! { <li>{ item }</li> }) }
            </ol>
            <p class="desk-note">{ &desk.note }</p>
            <SourceLinks guide={*guide} urls={desk.sources.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} />
            <p class="desk-nav no-print">
                <AppLink to={guide.place_of(walk)} class="button secondary">{ &guide.ui.back_to_result }</AppLink>
                <AppLink to={Place::start()} class="button secondary">{ &guide.ui.restart }</AppLink>
            </p>
        </main>
    }
}
