//! 「受付で見せる」: very large type for the reception staff across the counter — what the
//! patient can present when the card reader fails.

use super::PageProps;
use crate::components::{in_own_words, japanese, AppLink, LangSwitch, SourceLinks};
use crate::diagnosis::{Place, Shown};
use yew::prelude::*;

/// See the module docs. The staff read Japanese whatever the person reads: in another language
/// each text is the Japanese, with the person's words beneath it.
#[component]
pub fn DeskPage(props: &PageProps<Shown<'static>>) -> Html {
    let PageProps { guide, heading, shows } = props;
    let result = shows.result;
    let (own, ja) = (&guide.desk, japanese(guide));
    let ja_result = ja.result(&result.id).unwrap_or(result);
    let beneath = |text: &str| in_own_words(guide, text);
    html! {
        <main id="main" class="desk" lang="ja">
            <h1 ref={heading} tabindex="-1">{ &ja.desk.title }{ beneath(&own.title) }</h1>
            if let (Some(note), Some(own_note)) = (&ja_result.desk_note, &result.desk_note) {
                <p class="desk-situation"><strong>{ &ja.ui.desk_situation }</strong>{ note }{ beneath(own_note) }</p>
            }
            <p class="desk-lead">{ &ja.desk.lead }{ beneath(&own.lead) }</p>
            <ol class="desk-items">
                { for ja.desk.items.iter().zip(&own.items).map(|(item, own_item)| html! { <li>{ item }{ beneath(own_item) }</li> }) }
            </ol>
            <p class="desk-note">{ &ja.desk.note }{ beneath(&own.note) }</p>
            <SourceLinks guide={*guide} urls={own.sources.iter().cloned().map(AttrValue::from).collect::<Vec<_>>()} />
            <LangSwitch />
            <p class="desk-nav no-print">
                <AppLink to={shows.here(guide)} class="button secondary">{ &guide.ui.back_to_result }</AppLink>
                <AppLink to={Place::start()} class="button secondary">{ &guide.ui.restart }</AppLink>
            </p>
        </main>
    }
}
