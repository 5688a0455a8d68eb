//! When the content is from: the day the data was last checked, and the dated facts from after
//! the guide's date, with their official sources.

use super::{AppLink, GuideProps, SourceLink};
use crate::diagnosis::{fill, Guide, Page, Place};
use yew::prelude::*;

/// 「この内容は…に確認しました」: the day the data was last read against its sources.
pub fn checked_sentence(guide: &Guide) -> String {
    fill(&guide.ui.checked, &[("date", &guide.ui.day(&guide.meta.checked))])
}

/// 「この内容は…に確認しました」 under the steps it is about, with the link to what changed after
/// the guide's date: one page for every result (`/about/`), rather than the same list on each.
#[component]
pub fn CheckedLine(props: &GuideProps) -> Html {
    let meta = &props.guide.meta;
    let link = fill(
        &meta.about.link,
        &[("date", &props.guide.ui.day(&meta.as_of)), ("count", &props.guide.facts.len().to_string())],
    );
    html! {
        <p class="checked-line">
            { checked_sentence(&props.guide) }
            <AppLink to={Place::Page(Page::About)}>{ link }</AppLink>
        </p>
    }
}

/// The notice and every dated fact, each with its date and source.
#[component]
pub fn DatedFacts(props: &GuideProps) -> Html {
    let guide = props.guide;
    html! {
        <>
            <p class="lead">{ &guide.meta.notice }</p>
            <ul class="facts">
                { for guide.facts.iter().map(|f| html! {
                    <li>
                        // A rule that has ended is dated by its end, the day a reader needs.
                        <p><strong class="date">{ match guide.ended(f.until.as_deref()) {
                            Some(until) => fill(&guide.ui.until_date, &[("date", &guide.ui.day(until))]),
                            None => guide.ui.day(&f.date),
                        } }</strong>{ " " }{ &f.text }</p>
                        <SourceLink {guide} url={f.source.clone()} />
                    </li>
                }) }
            </ul>
        </>
    }
}
