//! A citation: the official page a fact comes from, named by its site so it stays short.

use super::GuideRef;
use crate::diagnosis::fill;
use yew::prelude::*;

/// Props of [`SourceLink`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceLinkProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The page's address (validated as https:// by the core).
    pub url: AttrValue,
    /// When the fact took effect (YYYY-MM-DD), if it is date-dependent.
    #[prop_or_default]
    pub date: Option<AttrValue>,
}

/// `www.mhlw.go.jp/stf/…` → `mhlw.go.jp`.
fn site_of(url: &str) -> &str {
    let host = url.trim_start_matches("https://").split('/').next().unwrap_or(url);
    host.strip_prefix("www.").unwrap_or(host)
}

/// See the module docs.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let ui = &props.guide.ui;
    html! {
        <p class="source">
            if let Some(date) = &props.date {
                { fill(&ui.from_date, &[("date", &ui.day(date))]) }
            }
            { &ui.source }
            <a href={props.url.clone()} rel="noreferrer">{ site_of(&props.url) }</a>
        </p>
    }
}

/// Props of [`SourceLinks`].
#[derive(Properties, PartialEq, Clone)]
pub struct SourceLinksProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The pages' addresses, most authoritative first; repeats are shown once.
    pub urls: Vec<AttrValue>,
}

/// Several citations on one line, for a box whose every line is backed by a page.
#[component]
pub fn SourceLinks(props: &SourceLinksProps) -> Html {
    let ui = &props.guide.ui;
    let mut urls: Vec<&AttrValue> = Vec::new();
    for url in &props.urls {
        if !urls.contains(&url) {
            urls.push(url);
        }
    }
    html! {
        <p class="source">
            { &ui.source }
            { for urls.iter().enumerate().map(|(i, url)| html! {
                <>
                    if i > 0 { { &ui.source_separator } }
                    <a href={(*url).clone()} rel="noreferrer">{ site_of(url) }</a>
                </>
            }) }
        </p>
    }
}
