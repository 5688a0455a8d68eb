//! When the content is from: the guide's date and the day the data was last checked, and the
//! dated facts from after the guide, with their official sources.

use super::{japanese_date, GuideProps, SourceLink};
use yew::prelude::*;

/// 「この内容は…に確認しました」: one short line saying how fresh the content is, under the
/// steps it is about; the guide's own date is in [`DatedFacts`].
#[component]
pub fn CheckedLine(props: &GuideProps) -> Html {
    html! {
        <p class="checked-line">{ format!("この内容は{}に確認しました。", japanese_date(&props.guide.meta.checked)) }</p>
    }
}

/// The notice and every dated fact, folded: they explain the dates, and few need them.
#[component]
pub fn DatedFacts(props: &GuideProps) -> Html {
    let guide = props.guide;
    html! {
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{ "この情報について" }</h2>
            <details class="fold">
            <summary>{ format!("{}より後に変わったこと({}件)", japanese_date(&guide.meta.as_of), guide.facts.len()) }</summary>
            <p>{ &guide.meta.notice }</p>
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
            </details>
        </section>
    }
}
