//! Dated facts from after the seed's as-of date, with their official sources.

use super::use_guide;
use yew::prelude::*;

/// See the module docs.
#[component]
pub fn DatedFacts() -> Html {
    let Ok(guide) = use_guide() else { return Html::default() };
    html! {
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{ "この情報について" }</h2>
            <p>{ &guide.meta.notice }</p>
            <ul>
                { for guide.facts.iter().map(|f| html! {
                    <li>
                        <span class="date">{ &f.date }</span>{ " " }{ &f.text }
                        <span class="source">{ " 出典: " }<a href={f.source.clone()} rel="noreferrer">{ &f.source }</a></span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
