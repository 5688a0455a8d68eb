//! The words of a page explained in plain words, from the one glossary in the data, behind one
//! tap so they cost no room until wanted.

use super::{japanese, GuideRef};
use crate::diagnosis::{fill, Outcome};
use yew::prelude::*;

/// Props of [`TermList`].
#[derive(Properties, PartialEq, Clone)]
pub struct TermListProps {
    /// The shipped guide.
    pub guide: GuideRef,
    /// The result whose page the terms are on.
    pub result: &'static Outcome,
}

/// See the module docs.
#[component]
pub fn TermList(props: &TermListProps) -> Html {
    let guide = props.guide;
    let terms = guide.terms_on(props.result);
    if terms.is_empty() {
        return Html::default();
    }
    // The first words named, so a person sees whether the one they stumbled on is there.
    let names: Vec<&str> = terms.iter().take(2).map(|t| t.term.as_str()).collect();
    html! {
        <details class="terms">
            <summary>{ fill(&guide.ui.terms, &[("names", &names.join(&guide.ui.list_separator)), ("count", &terms.len().to_string())]) }</summary>
            <dl>
                { for terms.iter().map(|t| {
                    // In another language, the Japanese word beside: what the person will see.
                    let ja = guide.term_in(japanese(&guide), t).map(|j| &j.term).filter(|j| **j != t.term);
                    html! {
                        <div class="term">
                            <dt>{ &t.term }if let Some(ja) = ja { <span class="ja-term" lang="ja">{ format!(" ({ja})") }</span> }</dt>
                            <dd>{ &t.plain }</dd>
                        </div>
                    }
                }) }
            </dl>
        </details>
    }
}
