//! When the content is from: the guide's date and the day the data was last checked, and the
//! dated facts from after the guide, with their official sources.

use super::{japanese_date, GuideProps, SourceLink};
use yew::prelude::*;

/// 「ガイドは…時点・この内容は…に確認」: one line saying how fresh the content is.
#[component]
pub fn CheckedLine(props: &GuideProps) -> Html {
    let guide = props.guide;
    html! {
        <p class="checked-line">
            { format!(
                "ガイドは{}時点・この内容は{}に確認",
                japanese_date(&guide.meta.as_of),
                japanese_date(&guide.meta.checked)
            ) }
        </p>
    }
}

/// The notice, the check line and every dated fact.
#[component]
pub fn DatedFacts(props: &GuideProps) -> Html {
    let guide = props.guide;
    html! {
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{ "この情報について" }</h2>
            <CheckedLine {guide} />
            <p>{ &guide.meta.notice }</p>
            <h3>{ format!("{}より後に変わったこと", japanese_date(&guide.meta.as_of)) }</h3>
            <ul>
                { for guide.facts.iter().map(|f| html! {
                    <li>
                        // A rule that has ended is dated by its end, the day a reader needs.
                        <p><strong class="date">{ match guide.ended(f.until.as_deref()) {
                            Some(until) => format!("{}まで", japanese_date(until)),
                            None => japanese_date(&f.date),
                        } }</strong>{ " " }{ &f.text }</p>
                        <SourceLink url={f.source.clone()} />
                    </li>
                }) }
            </ul>
        </section>
    }
}
