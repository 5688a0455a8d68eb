//! 「受付で見せる」: very large type for the reception staff across the counter — what the
//! patient can present when the card reader fails.

use super::PageProps;
use crate::components::{AppLink, SourceLinks};
use crate::diagnosis::{Place, Shown};
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn DeskPage(props: &PageProps<Shown<'static>>) -> Html {
    let PageProps { guide, heading, shows } = props;
    let result = shows.result;
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
                <AppLink to={shows.here(guide)} class="button secondary">{ &guide.ui.back_to_result }</AppLink>
                <AppLink to={Place::start()} class="button secondary">{ &guide.ui.restart }</AppLink>
            </p>
        </main>
    }
}
