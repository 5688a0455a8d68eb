//! Dated facts from after the seed's as-of date, with their official sources.

use super::{japanese_date, SourceLink};
use crate::diagnosis::guide;
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn DatedFacts() -> Html {
    let Ok(guide) = guide() else { return Html::default() };
    html! {
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{ "この情報について" }</h2>
            <p>{ &guide.meta.notice }</p>
            <h3>{ format!("{}より後に変わったこと", japanese_date(&guide.meta.as_of)) }</h3>
            <ul>
                { for guide.facts.iter().map(|f| html! {
                    <li>
                        <p><strong class="date">{ japanese_date(&f.date) }</strong>{ " " }{ &f.text }</p>
                        <SourceLink url={f.source.clone()} />
                    </li>
                }) }
            </ul>
        </section>
    }
}
